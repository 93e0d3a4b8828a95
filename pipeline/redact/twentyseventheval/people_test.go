package twentyseventheval

import (
	"math/rand/v2"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// locale is one country's people: names (native script and a Latin
// transliteration), honorifics, street and phone conventions, IBAN country.
type locale struct {
	code        string
	given       []string
	family      []string
	latGiven    []string // transliterations (nil: the names are Latin already)
	latFamily   []string
	familyFirst bool
	hon         []string // "Mr. " prefix, "~様" suffix
	streets     []string
	addrFmt     []string // {n} number {s} street {c} city {z} postcode {u} unit
	cities      []string
	zip         string // '#' digit, 'A' letter
	cc          string
	trunk       string
	prefixes    []string // mobile prefixes of the national significant number
	nsnLen      int
	natFmt      []string // N = a digit of the NSN (after the trunk)
	intlFmt     []string // N = a digit of the NSN
	iban        string
	domains     []string
	fake        bool // use gofakeit for names and streets
}

var locales = []*locale{
	{code: "en_US", fake: true, hon: []string{"Mr. ", "Ms. ", "Dr. "}, addrFmt: []string{"{n} {s}, {c}, {st} {z}", "{n} {s} Apt {u}, {c}, {st} {z}", "{n} {s}"},
		zip: "#####", cc: "1", trunk: "", prefixes: []string{"415", "212", "646", "312", "702", "503"}, nsnLen: 10,
		natFmt: []string{"(NNN) NNN-NNNN", "NNN-NNN-NNNN", "NNN.NNN.NNNN", "1-NNN-NNN-NNNN"}, intlFmt: []string{"+1 NNN NNN NNNN", "+1 (NNN) NNN-NNNN", "+1NNNNNNNNNN", "+1-NNN-NNN-NNNN"}, iban: "GB", domains: []string{"gmail.com", "yahoo.com", "outlook.com", "icloud.com"}},
	{code: "en_GB", given: []string{"Oliver", "Amelia", "Harry", "Isla", "Jack", "Poppy", "Alfie", "Freya"}, family: []string{"Whitfield", "Ashworth", "Pemberton", "Holloway", "Thornton", "Greaves", "Fairbairn"},
		hon: []string{"Mr ", "Mrs ", "Miss ", "Sir "}, streets: []string{"Kingsley Road", "Orchard Lane", "Marlborough Crescent", "Station Approach", "Hawthorn Close"}, addrFmt: []string{"{n} {s}, {c} {z}", "Flat {u}, {n} {s}, {c}, {z}"},
		cities: []string{"Leeds", "Bristol", "Norwich", "Sheffield", "Exeter"}, zip: "AA# #AA", cc: "44", trunk: "0", prefixes: []string{"77", "78", "74"}, nsnLen: 10,
		natFmt: []string{"0NNNN NNNNNN", "0NNNN NNN NNN", "0NNNNNNNNNN"}, intlFmt: []string{"+44 NNNN NNNNNN", "+44 (0) NNNN NNNNNN", "+44NNNNNNNNNN", "0044 NNNN NNNNNN"}, iban: "GB", domains: []string{"btinternet.com", "gmail.com", "sky.com"}},
	{code: "en_AU", given: []string{"Lachlan", "Matilda", "Hamish", "Ruby", "Cooper", "Zara"}, family: []string{"McAllister", "Baird", "Kowalczyk", "Nguyen-Tran", "Fitzgerald", "Dunstan"},
		hon: []string{"Mr ", "Ms "}, streets: []string{"Wattle Street", "Gum Tree Drive", "Banksia Avenue", "Ocean Parade"}, addrFmt: []string{"{u}/{n} {s}, {c} {st} {z}", "{n} {s}, {c} NSW {z}"},
		cities: []string{"Parramatta", "Geelong", "Toowoomba", "Fremantle"}, zip: "####", cc: "61", trunk: "0", prefixes: []string{"4"}, nsnLen: 9,
		natFmt: []string{"0NNN NNN NNN", "0NNNNNNNNN"}, intlFmt: []string{"+61 NNN NNN NNN", "+61NNNNNNNNN", "(+61) NNN NNN NNN"}, iban: "GB", domains: []string{"bigpond.com", "optusnet.com.au", "gmail.com"}},
	{code: "en_IN", given: []string{"Aarav", "Ananya", "Vihaan", "Diya", "Arjun", "Saanvi", "Ishaan"}, family: []string{"Raghunathan", "Chatterjee", "Deshpande", "Kulkarni", "Venkatesh", "Malhotra"},
		hon: []string{"Shri ", "Smt. ", "Mr. "}, streets: []string{"MG Road", "Nehru Nagar", "Link Road", "Gandhi Marg"}, addrFmt: []string{"{n}, {s}, {c} {z}", "Flat {u}, {n} {s}, {c} - {z}"},
		cities: []string{"Pune", "Bengaluru", "Chennai", "Jaipur"}, zip: "######", cc: "91", trunk: "0", prefixes: []string{"98", "99", "70", "81"}, nsnLen: 10,
		natFmt: []string{"0NNNNN NNNNN", "NNNNN NNNNN", "NNNNNNNNNN"}, intlFmt: []string{"+91 NNNNN NNNNN", "+91-NNNNNNNNNN", "+91NNNNNNNNNN", "91NNNNNNNNNN"}, iban: "GB", domains: []string{"rediffmail.com", "gmail.com"}},
	{code: "en_NG", given: []string{"Chinedu", "Ngozi", "Oluwaseun", "Aisha", "Emeka", "Funmilayo"}, family: []string{"Okonkwo", "Adeyemi", "Balogun", "Eze", "Abubakar", "Nwosu"},
		hon: []string{"Mr. ", "Mrs. ", "Chief "}, streets: []string{"Adeola Odeku Street", "Allen Avenue", "Awolowo Road"}, addrFmt: []string{"{n} {s}, {c}", "Plot {n}, {s}, {c}"},
		cities: []string{"Ikeja", "Lekki", "Abuja", "Enugu"}, zip: "######", cc: "234", trunk: "0", prefixes: []string{"803", "806", "813", "905"}, nsnLen: 10,
		natFmt: []string{"0NNN NNN NNNN", "0NNNNNNNNNN"}, intlFmt: []string{"+234 NNN NNN NNNN", "234NNNNNNNNNN", "+234NNNNNNNNNN"}, iban: "GB", domains: []string{"yahoo.com", "gmail.com"}},
	{code: "de_DE", given: []string{"Lukas", "Johanna", "Maximilian", "Greta", "Felix", "Hannelore", "Jürgen"}, family: []string{"Müller-Lüdenscheidt", "Schäfer", "Brandstätter", "Wagenknecht", "Hoffmann", "Zimmermann", "Kößler"},
		hon: []string{"Herr ", "Frau ", "Dr. "}, streets: []string{"Lindenstraße", "Am Mühlbach", "Goethestr.", "Hauptstraße", "Birkenweg"}, addrFmt: []string{"{s} {n}, {z} {c}", "{s} {n}a, {z} {c}"},
		cities: []string{"Bielefeld", "Würzburg", "Göttingen", "Chemnitz"}, zip: "#####", cc: "49", trunk: "0", prefixes: []string{"151", "160", "170", "176"}, nsnLen: 11,
		natFmt: []string{"0NNN NNNNNNNN", "0NNN-NNNNNNNN", "0NNN/NNNNNNNN"}, intlFmt: []string{"+49 NNN NNNNNNNN", "+49 (0)NNN NNNNNNNN", "+49NNNNNNNNNNN", "0049 NNN NNNNNNNN"}, iban: "DE", domains: []string{"web.de", "gmx.de", "t-online.de"}},
	{code: "fr_FR", given: []string{"Éloïse", "Théo", "Maëlle", "Grégoire", "Inès", "Benoît"}, family: []string{"Lefèvre", "Dubois-Marchand", "Girard", "Rousseau", "Faure", "Lemaître"},
		hon: []string{"M. ", "Mme ", "Mlle "}, streets: []string{"rue des Lilas", "avenue Jean-Jaurès", "boulevard Voltaire", "impasse du Moulin"}, addrFmt: []string{"{n} {s}, {z} {c}", "{n} bis {s}, {z} {c}"},
		cities: []string{"Lyon", "Nantes", "Montpellier", "Rennes"}, zip: "#####", cc: "33", trunk: "0", prefixes: []string{"6", "7"}, nsnLen: 9,
		natFmt: []string{"0N NN NN NN NN", "0N.NN.NN.NN.NN", "0NNNNNNNNN"}, intlFmt: []string{"+33 N NN NN NN NN", "+33 (0)N NN NN NN NN", "+33NNNNNNNNN"}, iban: "FR", domains: []string{"orange.fr", "free.fr", "laposte.net"}},
	{code: "es_ES", given: []string{"Lucía", "Alejandro", "Carmen", "Íñigo", "Begoña", "Sergio"}, family: []string{"Fernández", "Gutiérrez", "Muñoz", "Echeverría", "Castaño", "Ibáñez"},
		hon: []string{"Sr. ", "Sra. ", "D. ", "Dña. "}, streets: []string{"Calle Mayor", "Avenida de la Constitución", "Calle del Pez", "Paseo de Gracia"}, addrFmt: []string{"{s}, {n}, {u}º B, {z} {c}", "{s} {n}, {z} {c}"},
		cities: []string{"Zaragoza", "Valladolid", "Málaga", "Bilbao"}, zip: "#####", cc: "34", trunk: "", prefixes: []string{"6", "7"}, nsnLen: 9,
		natFmt: []string{"NNN NN NN NN", "NNN NNN NNN", "NNNNNNNNN"}, intlFmt: []string{"+34 NNN NN NN NN", "+34 NNN NNN NNN", "+34NNNNNNNNN", "0034 NNN NNN NNN"}, iban: "ES", domains: []string{"telefonica.net", "gmail.com", "hotmail.es"}},
	{code: "es_MX", given: []string{"Guadalupe", "José Luis", "Ximena", "Itzel", "Rodrigo", "Citlali"}, family: []string{"Hernández", "Ramírez", "Villaseñor", "Cuauhtémoc", "Olvera", "Zúñiga"},
		hon: []string{"Lic. ", "Ing. ", "Sra. "}, streets: []string{"Av. Insurgentes Sur", "Calle Durango", "Av. Revolución", "Calz. de Tlalpan"}, addrFmt: []string{"{s} {n}, Col. Roma Norte, {z} {c}", "{s} {n} Int. {u}, C.P. {z}, {c}"},
		cities: []string{"Guadalajara", "Puebla", "Monterrey", "Querétaro"}, zip: "#####", cc: "52", trunk: "", prefixes: []string{"55", "33", "81"}, nsnLen: 10,
		natFmt: []string{"NN NNNN NNNN", "(NN) NNNN-NNNN", "NNNNNNNNNN"}, intlFmt: []string{"+52 NN NNNN NNNN", "+52 1 NN NNNN NNNN", "+52NNNNNNNNNN"}, iban: "ES", domains: []string{"prodigy.net.mx", "gmail.com"}},
	{code: "pt_BR", given: []string{"João", "Luíza", "Thiago", "Conceição", "Gustavo", "Bárbara"}, family: []string{"da Silva", "Gonçalves", "Araújo", "Nascimento", "Figueiredo", "Magalhães"},
		hon: []string{"Sr. ", "Sra. ", "Dra. "}, streets: []string{"Rua das Acácias", "Avenida Paulista", "Rua Voluntários da Pátria", "Travessa do Ouvidor"}, addrFmt: []string{"{s}, {n} - Apto {u}, {c} - SP, {z}", "{s}, {n}, {c}, CEP {z}"},
		cities: []string{"Campinas", "Recife", "Curitiba", "Salvador"}, zip: "#####-###", cc: "55", trunk: "0", prefixes: []string{"119", "219", "719"}, nsnLen: 11,
		natFmt: []string{"(NN) NNNNN-NNNN", "NN NNNNN-NNNN", "NNNNNNNNNNN"}, intlFmt: []string{"+55 NN NNNNN-NNNN", "+55 (NN) NNNNN-NNNN", "+55NNNNNNNNNNN", "55NNNNNNNNNNN"}, iban: "BR", domains: []string{"uol.com.br", "bol.com.br", "gmail.com"}},
	{code: "pt_PT", given: []string{"Tomás", "Beatriz", "Duarte", "Leonor", "Rui", "Inês"}, family: []string{"Carvalho", "Sequeira", "Lourenço", "Pinheiro", "Antunes"},
		hon: []string{"Sr. ", "Sra. D. "}, streets: []string{"Rua Augusta", "Avenida da Liberdade", "Largo do Carmo", "Rua de Santa Catarina"}, addrFmt: []string{"{s} {n}, {u}º Esq., {z} {c}", "{s}, n.º {n}, {z} {c}"},
		cities: []string{"Porto", "Braga", "Coimbra", "Faro"}, zip: "####-###", cc: "351", trunk: "", prefixes: []string{"91", "93", "96"}, nsnLen: 9,
		natFmt: []string{"NNN NNN NNN", "NNNNNNNNN"}, intlFmt: []string{"+351 NNN NNN NNN", "+351NNNNNNNNN", "00351 NNN NNN NNN"}, iban: "PT", domains: []string{"sapo.pt", "gmail.com"}},
	{code: "it_IT", given: []string{"Giuseppe", "Chiara", "Niccolò", "Federica", "Lorenzo", "Gianluca"}, family: []string{"Esposito", "De Luca", "Bianchi", "D'Angelo", "Colombo", "Santoro"},
		hon: []string{"Sig. ", "Sig.ra ", "Dott. "}, streets: []string{"Via Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille", "Piazza Navona"}, addrFmt: []string{"{s} {n}, {z} {c}", "{s}, {n}/B, {z} {c} (MI)"},
		cities: []string{"Bologna", "Torino", "Bari", "Verona"}, zip: "#####", cc: "39", trunk: "", prefixes: []string{"33", "34", "32"}, nsnLen: 10,
		natFmt: []string{"NNN NNN NNNN", "NNN NNNNNNN", "NNNNNNNNNN"}, intlFmt: []string{"+39 NNN NNN NNNN", "+39NNNNNNNNNN", "0039 NNN NNNNNNN"}, iban: "IT", domains: []string{"libero.it", "virgilio.it", "tim.it"}},
	{code: "nl_NL", given: []string{"Sem", "Fenna", "Daan", "Lotte", "Bram", "Sanne"}, family: []string{"van der Berg", "de Vries", "Bakker", "Visser", "van Dijk", "Jansen"},
		hon: []string{"Dhr. ", "Mevr. "}, streets: []string{"Keizersgracht", "Dorpsstraat", "Wilhelminalaan", "Molenweg"}, addrFmt: []string{"{s} {n}, {z} {c}", "{s} {n}-{u}, {z} {c}"},
		cities: []string{"Utrecht", "Eindhoven", "Groningen", "Haarlem"}, zip: "#### AA", cc: "31", trunk: "0", prefixes: []string{"6"}, nsnLen: 9,
		natFmt: []string{"0N NNNNNNNN", "0N-NNNNNNNN", "0NNNNNNNNN"}, intlFmt: []string{"+31 N NNNNNNNN", "+31 (0)N NNNN NNNN", "+31NNNNNNNNN"}, iban: "NL", domains: []string{"ziggo.nl", "kpnmail.nl"}},
	{code: "pl_PL", given: []string{"Zofia", "Jakub", "Małgorzata", "Wojciech", "Agnieszka", "Łukasz"}, family: []string{"Wiśniewska", "Kowalczyk", "Zieliński", "Wójcik", "Grzybowski", "Szczepańska"},
		hon: []string{"Pan ", "Pani "}, streets: []string{"ul. Marszałkowska", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Długa"}, addrFmt: []string{"{s} {n}/{u}, {z} {c}", "{s} {n}, {z} {c}"},
		cities: []string{"Kraków", "Wrocław", "Gdańsk", "Łódź"}, zip: "##-###", cc: "48", trunk: "", prefixes: []string{"50", "60", "69", "79"}, nsnLen: 9,
		natFmt: []string{"NNN NNN NNN", "NNN-NNN-NNN", "NNNNNNNNN"}, intlFmt: []string{"+48 NNN NNN NNN", "+48NNNNNNNNN", "0048 NNN NNN NNN"}, iban: "PL", domains: []string{"wp.pl", "onet.pl", "interia.pl"}},
	{code: "ru_RU", given: []string{"Алексей", "Екатерина", "Дмитрий", "Ольга", "Сергей", "Наталья"}, family: []string{"Смирнов", "Кузнецова", "Волков", "Соколова", "Лебедев", "Морозова"},
		latGiven: []string{"Aleksei", "Ekaterina", "Dmitrii", "Olga", "Sergei", "Natalia"}, latFamily: []string{"Smirnov", "Kuznetsova", "Volkov", "Sokolova", "Lebedev", "Morozova"},
		hon: []string{"г-н ", "г-жа "}, streets: []string{"ул. Тверская", "пр-т Мира", "ул. Ленина", "Невский пр."}, addrFmt: []string{"{s}, д. {n}, кв. {u}, {c}, {z}", "{z}, г. {c}, {s}, д. {n}"},
		cities: []string{"Москва", "Казань", "Новосибирск", "Екатеринбург"}, zip: "######", cc: "7", trunk: "8", prefixes: []string{"9"}, nsnLen: 10,
		natFmt: []string{"8 (NNN) NNN-NN-NN", "8 NNN NNN NN NN", "8NNNNNNNNNN"}, intlFmt: []string{"+7 (NNN) NNN-NN-NN", "+7 NNN NNN-NN-NN", "+7NNNNNNNNNN"}, iban: "RU", domains: []string{"yandex.ru", "mail.ru", "rambler.ru"}},
	{code: "uk_UA", given: []string{"Олександр", "Оксана", "Богдан", "Ірина", "Тарас", "Соломія"}, family: []string{"Шевченко", "Коваленко", "Бондаренко", "Ткачук", "Мельник", "Кравчук"},
		latGiven: []string{"Oleksandr", "Oksana", "Bohdan", "Iryna", "Taras", "Solomiia"}, latFamily: []string{"Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravchuk"},
		hon: []string{"пан ", "пані "}, streets: []string{"вул. Хрещатик", "вул. Сагайдачного", "просп. Перемоги"}, addrFmt: []string{"{s}, {n}, кв. {u}, м. {c}, {z}", "{s} {n}, {c}"},
		cities: []string{"Київ", "Львів", "Одеса", "Харків"}, zip: "#####", cc: "380", trunk: "0", prefixes: []string{"67", "50", "93"}, nsnLen: 9,
		natFmt: []string{"0NN NNN NN NN", "(0NN) NNN-NN-NN", "0NNNNNNNNN"}, intlFmt: []string{"+380 NN NNN NN NN", "+380NNNNNNNNN", "380NNNNNNNNN"}, iban: "UA", domains: []string{"ukr.net", "i.ua", "gmail.com"}},
	{code: "tr_TR", given: []string{"Ayşe", "Mehmet", "Şükrü", "Gülşen", "Barış", "İpek"}, family: []string{"Yılmaz", "Öztürk", "Çelik", "Kılıç", "Doğan", "Aydın"},
		hon: []string{"Sayın ", "Bay ", "Bayan "}, streets: []string{"Atatürk Cad.", "İstiklal Caddesi", "Bağdat Cad.", "Gül Sokak"}, addrFmt: []string{"{s} No:{n} D:{u}, {z} {c}", "{s} No. {n}, Kadıköy/{c}"},
		cities: []string{"İstanbul", "Ankara", "İzmir", "Bursa"}, zip: "#####", cc: "90", trunk: "0", prefixes: []string{"53", "54", "50"}, nsnLen: 10,
		natFmt: []string{"0NNN NNN NN NN", "0(NNN) NNN NN NN", "0NNNNNNNNNN"}, intlFmt: []string{"+90 NNN NNN NN NN", "+90NNNNNNNNNN", "90 NNN NNN NNNN"}, iban: "TR", domains: []string{"hotmail.com.tr", "yandex.com.tr"}},
	{code: "ar_SA", given: []string{"محمد", "فاطمة", "عبدالله", "نورة", "خالد", "ريم"}, family: []string{"العتيبي", "القحطاني", "الشمري", "الدوسري", "الحربي"},
		latGiven: []string{"Mohammed", "Fatimah", "Abdullah", "Noura", "Khalid", "Reem"}, latFamily: []string{"Al-Otaibi", "Al-Qahtani", "Al-Shammari", "Al-Dosari", "Al-Harbi"},
		hon: []string{"السيد ", "الأستاذة "}, streets: []string{"طريق الملك فهد", "شارع التحلية", "شارع العليا"}, addrFmt: []string{"{n} {s}، حي العليا، {c} {z}", "{s} {n}، {c}"},
		cities: []string{"الرياض", "جدة", "الدمام"}, zip: "#####", cc: "966", trunk: "0", prefixes: []string{"50", "55", "54"}, nsnLen: 9,
		natFmt: []string{"0NN NNN NNNN", "0NNNNNNNNN"}, intlFmt: []string{"+966 NN NNN NNNN", "+966NNNNNNNNN", "00966NNNNNNNNN"}, iban: "SA", domains: []string{"gmail.com", "hotmail.com"}},
	{code: "ar_EG", given: []string{"أحمد", "منى", "يوسف", "هبة", "عمرو"}, family: []string{"عبد الرحمن", "السيد", "مصطفى", "الشافعي", "حسنين"},
		latGiven: []string{"Ahmed", "Mona", "Youssef", "Heba", "Amr"}, latFamily: []string{"Abdelrahman", "El-Sayed", "Moustafa", "El-Shafei", "Hassanein"},
		hon: []string{"أ. ", "Eng. "}, streets: []string{"شارع التحرير", "شارع جامعة الدول العربية", "كورنيش النيل"}, addrFmt: []string{"{n} {s}، الدقي، {c}", "{s} {n}، {c} {z}"},
		cities: []string{"القاهرة", "الجيزة", "الإسكندرية"}, zip: "#####", cc: "20", trunk: "0", prefixes: []string{"10", "11", "12"}, nsnLen: 10,
		natFmt: []string{"0NNN NNN NNNN", "0NNNNNNNNNN"}, intlFmt: []string{"+20 NNN NNN NNNN", "+20NNNNNNNNNN", "20NNNNNNNNNN"}, iban: "EG", domains: []string{"yahoo.com", "gmail.com"}},
	{code: "he_IL", given: []string{"נועה", "איתי", "תמר", "אורי", "שירה"}, family: []string{"כהן", "לוי", "מזרחי", "פרץ", "ביטון"},
		latGiven: []string{"Noa", "Itai", "Tamar", "Uri", "Shira"}, latFamily: []string{"Cohen", "Levi", "Mizrahi", "Peretz", "Biton"},
		hon: []string{"מר ", "גב' "}, streets: []string{"רחוב הרצל", "שדרות רוטשילד", "רחוב דיזנגוף"}, addrFmt: []string{"{s} {n}, דירה {u}, {c} {z}", "{s} {n}, {c}"},
		cities: []string{"תל אביב", "חיפה", "ירושלים"}, zip: "#######", cc: "972", trunk: "0", prefixes: []string{"50", "52", "54"}, nsnLen: 9,
		natFmt: []string{"0NN-NNN-NNNN", "0NNNNNNNNN"}, intlFmt: []string{"+972 NN-NNN-NNNN", "+972NNNNNNNNN"}, iban: "IL", domains: []string{"walla.co.il", "gmail.com"}},
	{code: "fa_IR", given: []string{"علی", "زهرا", "رضا", "مریم", "حسین"}, family: []string{"محمدی", "حسینی", "رضایی", "کریمی", "موسوی"},
		latGiven: []string{"Ali", "Zahra", "Reza", "Maryam", "Hossein"}, latFamily: []string{"Mohammadi", "Hosseini", "Rezaei", "Karimi", "Mousavi"},
		hon: []string{"آقای ", "خانم "}, streets: []string{"خیابان ولیعصر", "خیابان انقلاب", "بلوار کشاورز"}, addrFmt: []string{"{c}، {s}، پلاک {n}، واحد {u}", "{s} پلاک {n}، {c}"},
		cities: []string{"تهران", "اصفهان", "شیراز"}, zip: "##########", cc: "98", trunk: "0", prefixes: []string{"912", "935", "901"}, nsnLen: 10,
		natFmt: []string{"0NNN NNN NNNN", "0NNNNNNNNNN"}, intlFmt: []string{"+98 NNN NNN NNNN", "+98NNNNNNNNNN"}, iban: "IR", domains: []string{"yahoo.com", "chmail.ir"}},
	{code: "hi_IN", given: []string{"राहुल", "प्रिया", "अमित", "सुनीता", "विकास"}, family: []string{"शर्मा", "वर्मा", "गुप्ता", "यादव", "सिंह"},
		latGiven: []string{"Rahul", "Priya", "Amit", "Sunita", "Vikas"}, latFamily: []string{"Sharma", "Verma", "Gupta", "Yadav", "Singh"},
		hon: []string{"श्री ", "श्रीमती "}, streets: []string{"गांधी मार्ग", "स्टेशन रोड", "नेहरू नगर"}, addrFmt: []string{"मकान नं. {n}, {s}, {c} {z}", "{n}, {s}, {c}"},
		cities: []string{"लखनऊ", "जयपुर", "पटना"}, zip: "######", cc: "91", trunk: "0", prefixes: []string{"94", "88", "73"}, nsnLen: 10,
		natFmt: []string{"0NNNNN NNNNN", "NNNNN-NNNNN"}, intlFmt: []string{"+91 NNNNN NNNNN", "+91NNNNNNNNNN"}, iban: "GB", domains: []string{"gmail.com", "yahoo.co.in"}},
	{code: "th_TH", given: []string{"สมชาย", "สุดารัตน์", "ธนากร", "พิมพ์ชนก", "วีระ"}, family: []string{"ศรีสุข", "วงศ์สวัสดิ์", "แก้วมณี", "บุญมา", "ทองดี"},
		latGiven: []string{"Somchai", "Sudarat", "Thanakorn", "Pimchanok", "Weera"}, latFamily: []string{"Srisuk", "Wongsawat", "Kaewmanee", "Boonma", "Thongdee"},
		hon: []string{"คุณ", "นาย", "นางสาว"}, streets: []string{"ถนนสุขุมวิท", "ถนนพหลโยธิน", "ถนนเพชรบุรี"}, addrFmt: []string{"{n}/{u} หมู่ 4 {s} แขวงคลองตัน {c} {z}", "{n} {s} {c} {z}"},
		cities: []string{"กรุงเทพฯ", "เชียงใหม่", "ขอนแก่น"}, zip: "#####", cc: "66", trunk: "0", prefixes: []string{"8", "9", "6"}, nsnLen: 9,
		natFmt: []string{"0NN-NNN-NNNN", "0NN NNN NNNN", "0NNNNNNNNN"}, intlFmt: []string{"+66 NN NNN NNNN", "+66NNNNNNNNN", "(+66) NN-NNN-NNNN"}, iban: "GB", domains: []string{"hotmail.co.th", "gmail.com"}},
	{code: "vi_VN", given: []string{"Minh Anh", "Quốc Bảo", "Thu Trang", "Đức Huy", "Ngọc Lan"}, family: []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"}, familyFirst: true,
		latGiven: []string{"Minh Anh", "Quoc Bao", "Thu Trang", "Duc Huy", "Ngoc Lan"}, latFamily: []string{"Nguyen", "Tran", "Le", "Pham", "Hoang", "Dang"},
		hon: []string{"Anh ", "Chị ", "Ông ", "Bà "}, streets: []string{"Nguyễn Huệ", "Lê Lợi", "Điện Biên Phủ", "Trần Hưng Đạo"}, addrFmt: []string{"{n} {s}, Phường Bến Nghé, Quận 1, {c}", "Số {n} {s}, {c}"},
		cities: []string{"TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng"}, zip: "######", cc: "84", trunk: "0", prefixes: []string{"90", "91", "98", "35"}, nsnLen: 9,
		natFmt: []string{"0NNN NNN NNN", "0NN NNNN NNN", "0NNNNNNNNN"}, intlFmt: []string{"+84 NN NNN NNNN", "+84NNNNNNNNN", "84NNNNNNNNN"}, iban: "GB", domains: []string{"gmail.com", "yahoo.com.vn"}},
	{code: "id_ID", given: []string{"Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri"}, family: []string{"Santoso", "Wijaya", "Hidayat", "Saputra", "Kurniawan", "Lestari"},
		hon: []string{"Bapak ", "Ibu ", "Sdr. "}, streets: []string{"Jl. Sudirman", "Jl. Gatot Subroto", "Jl. Malioboro", "Gg. Mawar"}, addrFmt: []string{"{s} No. {n}, RT 00{u}/RW 005, {c} {z}", "{s} No.{n}, {c}"},
		cities: []string{"Jakarta Selatan", "Bandung", "Surabaya", "Yogyakarta"}, zip: "#####", cc: "62", trunk: "0", prefixes: []string{"812", "813", "857", "878"}, nsnLen: 11,
		natFmt: []string{"0NNN-NNNN-NNNN", "0NNN NNNN NNNN", "0NNNNNNNNNNN"}, intlFmt: []string{"+62 NNN-NNNN-NNNN", "+62NNNNNNNNNNN", "62NNNNNNNNNNN", "(+62) NNN NNNN NNNN"}, iban: "GB", domains: []string{"gmail.com", "yahoo.co.id"}},
	{code: "ms_MY", given: []string{"Ahmad Faiz", "Nurul Ain", "Muhammad Hafiz", "Siti Aisyah", "Lim Wei", "Kavitha"}, family: []string{"bin Ismail", "binti Rahman", "bin Abdullah", "Tan", "Subramaniam"},
		hon: []string{"Encik ", "Puan ", "Cik "}, streets: []string{"Jalan Ampang", "Jalan Tun Razak", "Lorong Maarof", "Jalan SS 2/24"}, addrFmt: []string{"No. {n}, {s}, {z} {c}, Selangor", "{n}, {s}, {c}"},
		cities: []string{"Petaling Jaya", "Shah Alam", "Johor Bahru", "Ipoh"}, zip: "#####", cc: "60", trunk: "0", prefixes: []string{"12", "17", "19"}, nsnLen: 9,
		natFmt: []string{"0NN-NNN NNNN", "0NN-NNNNNNN", "0NNNNNNNNN"}, intlFmt: []string{"+60 NN-NNN NNNN", "+60NNNNNNNNN", "60NNNNNNNNN"}, iban: "GB", domains: []string{"gmail.com", "yahoo.com.my"}},
	{code: "fil_PH", given: []string{"Juan Miguel", "Maria Clara", "Jose Rizal", "Angelica", "Mark Anthony"}, family: []string{"dela Cruz", "Bautista", "Villanueva", "Mercado", "Santos"},
		hon: []string{"G. ", "Gng. ", "Bb. "}, streets: []string{"Rizal Avenue", "Mabini Street", "Katipunan Ave", "Ayala Avenue"}, addrFmt: []string{"{n} {s}, Brgy. San Antonio, {c} {z}", "Unit {u}, {n} {s}, {c}"},
		cities: []string{"Quezon City", "Makati", "Cebu City", "Davao City"}, zip: "####", cc: "63", trunk: "0", prefixes: []string{"917", "918", "927", "995"}, nsnLen: 10,
		natFmt: []string{"0NNN NNN NNNN", "0NNN-NNN-NNNN", "0NNNNNNNNNN"}, intlFmt: []string{"+63 NNN NNN NNNN", "+63NNNNNNNNNN", "63NNNNNNNNNN"}, iban: "GB", domains: []string{"gmail.com", "yahoo.com.ph"}},
	{code: "zh_CN", given: []string{"伟", "芳", "秀英", "建国", "丽娜", "志强"}, family: []string{"王", "李", "张", "刘", "陈", "欧阳"}, familyFirst: true,
		latGiven: []string{"Wei", "Fang", "Xiuying", "Jianguo", "Lina", "Zhiqiang"}, latFamily: []string{"Wang", "Li", "Zhang", "Liu", "Chen", "Ouyang"},
		hon: []string{"~先生", "~女士"}, streets: []string{"建国路", "南京西路", "人民大道", "解放路"}, addrFmt: []string{"{c}朝阳区{s}{n}号{u}室", "{c}{s}{n}号院{u}号楼"},
		cities: []string{"北京市", "上海市", "广州市", "成都市"}, zip: "######", cc: "86", trunk: "", prefixes: []string{"138", "139", "186", "155"}, nsnLen: 11,
		natFmt: []string{"NNN NNNN NNNN", "NNN-NNNN-NNNN", "NNNNNNNNNNN"}, intlFmt: []string{"+86 NNN NNNN NNNN", "+86NNNNNNNNNNN", "86NNNNNNNNNNN", "0086 NNNNNNNNNNN"}, iban: "GB", domains: []string{"qq.com", "163.com", "126.com"}},
	{code: "zh_TW", given: []string{"怡君", "冠宇", "雅婷", "家豪", "淑芬"}, family: []string{"陳", "林", "黃", "張", "吳"}, familyFirst: true,
		latGiven: []string{"Yi-Chun", "Kuan-Yu", "Ya-Ting", "Chia-Hao", "Shu-Fen"}, latFamily: []string{"Chen", "Lin", "Huang", "Chang", "Wu"},
		hon: []string{"~先生", "~小姐"}, streets: []string{"忠孝東路四段", "中山北路二段", "信義路五段"}, addrFmt: []string{"{c}大安區{s}{n}號{u}樓", "{c}{s}{n}巷{u}號"},
		cities: []string{"台北市", "新北市", "台中市"}, zip: "###", cc: "886", trunk: "0", prefixes: []string{"91", "93", "98"}, nsnLen: 9,
		natFmt: []string{"0NNN-NNN-NNN", "0NNN NNN NNN", "0NNNNNNNNN"}, intlFmt: []string{"+886 NNN NNN NNN", "+886NNNNNNNNN"}, iban: "GB", domains: []string{"yahoo.com.tw", "gmail.com"}},
	{code: "ja_JP", given: []string{"翔太", "陽菜", "健一", "美咲", "大輔"}, family: []string{"佐藤", "鈴木", "高橋", "田中", "渡辺"}, familyFirst: true,
		latGiven: []string{"Shota", "Hina", "Kenichi", "Misaki", "Daisuke"}, latFamily: []string{"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe"},
		hon: []string{"~様", "~さん"}, streets: []string{"西新宿", "道玄坂", "栄", "梅田"}, addrFmt: []string{"〒{z} {c}{s}{n}-{u}-3", "{c}{s}{n}丁目{u}番地"},
		cities: []string{"東京都新宿区", "東京都渋谷区", "名古屋市中区", "大阪市北区"}, zip: "###-####", cc: "81", trunk: "0", prefixes: []string{"90", "80", "70"}, nsnLen: 10,
		natFmt: []string{"0NN-NNNN-NNNN", "0NNNNNNNNNN", "0NN NNNN NNNN"}, intlFmt: []string{"+81 NN-NNNN-NNNN", "+81 NN NNNN NNNN", "+81NNNNNNNNNN"}, iban: "GB", domains: []string{"docomo.ne.jp", "yahoo.co.jp", "gmail.com"}},
	{code: "ko_KR", given: []string{"민준", "서연", "지훈", "하은", "도윤"}, family: []string{"김", "이", "박", "최", "정"}, familyFirst: true,
		latGiven: []string{"Minjun", "Seoyeon", "Jihoon", "Haeun", "Doyun"}, latFamily: []string{"Kim", "Lee", "Park", "Choi", "Jung"},
		hon: []string{"~님", "~씨"}, streets: []string{"테헤란로", "세종대로", "강남대로", "올림픽로"}, addrFmt: []string{"{c} 강남구 {s} {n}, {u}호", "{c} {s} {n}"},
		cities: []string{"서울특별시", "부산광역시", "인천광역시"}, zip: "#####", cc: "82", trunk: "0", prefixes: []string{"10"}, nsnLen: 10,
		natFmt: []string{"0NN-NNNN-NNNN", "0NNNNNNNNNN", "0NN NNNN NNNN"}, intlFmt: []string{"+82 NN-NNNN-NNNN", "+82 NN NNNN NNNN", "+82NNNNNNNNNN"}, iban: "GB", domains: []string{"naver.com", "daum.net", "kakao.com"}},
	{code: "el_GR", given: []string{"Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης"}, family: []string{"Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Καραγιάννη"},
		latGiven: []string{"Giorgos", "Maria", "Nikos", "Eleni", "Dimitris"}, latFamily: []string{"Papadopoulos", "Oikonomou", "Georgiou", "Nikolaou", "Karagianni"},
		hon: []string{"κ. ", "κα "}, streets: []string{"Οδός Ερμού", "Λεωφ. Κηφισίας", "Πανεπιστημίου", "Οδός Αθηνάς"}, addrFmt: []string{"{s} {n}, {z} {c}", "{s} {n}, {c}"},
		cities: []string{"Αθήνα", "Θεσσαλονίκη", "Πάτρα"}, zip: "### ##", cc: "30", trunk: "", prefixes: []string{"69"}, nsnLen: 10,
		natFmt: []string{"NNN NNN NNNN", "NNNNNNNNNN"}, intlFmt: []string{"+30 NNN NNN NNNN", "+30NNNNNNNNNN", "0030 NNNNNNNNNN"}, iban: "GR", domains: []string{"otenet.gr", "gmail.com"}},
	{code: "sv_SE", given: []string{"Astrid", "Björn", "Ingrid", "Oskar", "Linnéa"}, family: []string{"Lindqvist", "Åkesson", "Sjöberg", "Bergström", "Nyström"},
		hon: []string{""}, streets: []string{"Drottninggatan", "Storgatan", "Sveavägen", "Kungsgatan"}, addrFmt: []string{"{s} {n}, {z} {c}", "{s} {n} lgh {u}, {z} {c}"},
		cities: []string{"Göteborg", "Malmö", "Uppsala", "Västerås"}, zip: "### ##", cc: "46", trunk: "0", prefixes: []string{"70", "72", "73"}, nsnLen: 9,
		natFmt: []string{"0NN-NNN NN NN", "0NN NNN NN NN", "0NNNNNNNNN"}, intlFmt: []string{"+46 NN NNN NN NN", "+46NNNNNNNNN"}, iban: "SE", domains: []string{"telia.com", "bredband.net"}},
	{code: "cs_CZ", given: []string{"Jiří", "Tereza", "Ondřej", "Kateřina", "Vojtěch"}, family: []string{"Dvořák", "Novotná", "Černý", "Procházková", "Kučera"},
		hon: []string{"pan ", "paní "}, streets: []string{"Vinohradská", "Národní třída", "Masarykova", "Husova"}, addrFmt: []string{"{s} {n}/{u}, {z} {c}", "{s} {n}, {c}"},
		cities: []string{"Praha 2", "Brno", "Ostrava", "Plzeň"}, zip: "### ##", cc: "420", trunk: "", prefixes: []string{"60", "72", "77"}, nsnLen: 9,
		natFmt: []string{"NNN NNN NNN", "NNNNNNNNN"}, intlFmt: []string{"+420 NNN NNN NNN", "+420NNNNNNNNN", "00420 NNN NNN NNN"}, iban: "CZ", domains: []string{"seznam.cz", "centrum.cz"}},
	{code: "hu_HU", given: []string{"Bence", "Zsófia", "Gergő", "Eszter", "Levente"}, family: []string{"Nagy", "Kovács", "Szabó", "Tóth", "Horváth"}, familyFirst: true,
		hon: []string{"~ úr", "~né"}, streets: []string{"Andrássy út", "Váci utca", "Rákóczi út", "Petőfi Sándor u."}, addrFmt: []string{"{z} {c}, {s} {n}. {u}. em.", "{c}, {s} {n}."},
		cities: []string{"Budapest", "Debrecen", "Szeged", "Pécs"}, zip: "####", cc: "36", trunk: "06", prefixes: []string{"20", "30", "70"}, nsnLen: 9,
		natFmt: []string{"06 NN NNN NNNN", "06-NN/NNN-NNNN", "06NNNNNNNNN"}, intlFmt: []string{"+36 NN NNN NNNN", "+36NNNNNNNNN", "+36 (NN) NNN-NNNN"}, iban: "HU", domains: []string{"freemail.hu", "citromail.hu"}},
	{code: "ro_RO", given: []string{"Andrei", "Ioana", "Mihai", "Alexandra", "Ștefan"}, family: []string{"Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Constantinescu"},
		hon: []string{"dl. ", "dna. "}, streets: []string{"Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei", "Șos. Kiseleff"}, addrFmt: []string{"{s} nr. {n}, bl. {u}, ap. 12, {c} {z}", "{s} {n}, {c}"},
		cities: []string{"București", "Cluj-Napoca", "Iași", "Timișoara"}, zip: "######", cc: "40", trunk: "0", prefixes: []string{"72", "74", "75"}, nsnLen: 9,
		natFmt: []string{"0NNN NNN NNN", "0NNN.NNN.NNN", "0NNNNNNNNN"}, intlFmt: []string{"+40 NNN NNN NNN", "+40NNNNNNNNN", "0040 NNN NNN NNN"}, iban: "RO", domains: []string{"yahoo.ro", "gmail.com"}},
	{code: "sw_KE", given: []string{"Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri"}, family: []string{"Mwangi", "Odhiambo", "Kiptoo", "Wambui", "Chebet"},
		hon: []string{"Bw. ", "Bi. "}, streets: []string{"Moi Avenue", "Kenyatta Avenue", "Ngong Road", "Muindi Mbingu Street"}, addrFmt: []string{"{n} {s}, P.O. Box {z}, {c}", "{s}, House {n}, {c}"},
		cities: []string{"Nairobi", "Mombasa", "Kisumu", "Nakuru"}, zip: "#####", cc: "254", trunk: "0", prefixes: []string{"7", "1"}, nsnLen: 9,
		natFmt: []string{"0NNN NNN NNN", "0NNNNNNNNN"}, intlFmt: []string{"+254 NNN NNN NNN", "+254NNNNNNNNN", "254NNNNNNNNN"}, iban: "GB", domains: []string{"gmail.com", "yahoo.com"}},
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func digits(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

func fillPattern(r *rand.Rand, pat string) string {
	var b strings.Builder
	for _, c := range pat {
		switch c {
		case '#':
			b.WriteByte(byte('0' + r.IntN(10)))
		case 'A':
			b.WriteByte(byte('A' + r.IntN(26)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// person is one fake buyer of a locale.
type person struct {
	loc                 *locale
	given, family       string
	latGiven, latFamily string
}

func newPerson(r *rand.Rand, f *gofakeit.Faker, l *locale) person {
	p := person{loc: l}
	if l.fake {
		p.given, p.family = f.FirstName(), f.LastName()
		p.latGiven, p.latFamily = p.given, p.family
		return p
	}
	i, j := r.IntN(len(l.given)), r.IntN(len(l.family))
	p.given, p.family = l.given[i], l.family[j]
	if l.latGiven != nil {
		p.latGiven, p.latFamily = l.latGiven[i%len(l.latGiven)], l.latFamily[j%len(l.latFamily)]
	} else {
		p.latGiven, p.latFamily = asciiFold(p.given), asciiFold(p.family)
	}
	return p
}

var fold = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "é", "e", "è", "e", "ê", "e", "ë", "e", "í", "i", "ï", "i", "ì", "i", "î", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ő", "o",
	"ú", "u", "ù", "u", "ü", "u", "û", "u", "ű", "u", "ñ", "n", "ç", "c", "ł", "l", "ś", "s", "ż", "z", "ź", "z", "ć", "c", "ń", "n", "ę", "e", "ą", "a", "ş", "s", "ș", "s", "ğ", "g", "ı", "i",
	"İ", "I", "Ş", "S", "Ł", "L", "Ö", "O", "Ü", "U", "É", "E", "Í", "I", "ř", "r", "ě", "e", "č", "c", "ý", "y", "ů", "u", "ž", "z", "š", "s", "ď", "d", "ť", "t", "ă", "a", "ț", "t", "Ș", "S", "Ç", "C", "Č", "C", "Ř", "R", "Å", "A", "ß", "ss", "Đ", "D", "đ", "d", "ễ", "e", "ầ", "a", "ạ", "a", "ố", "o", "ồ", "o", "ứ", "u", "ư", "u", "ơ", "o", "'", "")

func asciiFold(s string) string { return fold.Replace(s) }
