package thirtyfirsteval

import (
	"math/rand/v2"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// locale holds one country's people, written for this corpus (English
// locales draw their names and streets from gofakeit).
type locale struct {
	code     string
	given    []string // native script
	family   []string
	givenR   []string // romanised, same order (nil: Latin already)
	familyR  []string
	famFirst bool
	hon      []string // "{n}" is the name
	cc       string
	nat      []string // national phone patterns: X digit, others literal
	native   rune     // zero of the native digits, 0 if none
	streets  []string
	cities   []string
	post     string // postcode pattern
	street   string // {s} street {n} number {a} apartment
	full     string // {L} street line {c} city {p} postcode
	domains  []string
	faker    bool // names/streets from gofakeit
}

var locales = []*locale{
	{code: "en_US", faker: true, hon: []string{"Mr. {n}", "Ms. {n}", "Dr. {n}"}, cc: "1",
		nat:  []string{"(2XX) XXX-XXXX", "3XX-XXX-XXXX", "4XX.XXX.XXXX"},
		post: "XXXXX", street: "{n} {s}", full: "{L}, Apt {a}, {c}, {st} {p}",
		domains: []string{"gmail.com", "yahoo.com", "outlook.com", "icloud.com"}},
	{code: "en_GB", faker: true, hon: []string{"Mr {n}", "Mrs {n}", "Ms {n}"}, cc: "44",
		nat:     []string{"07XXX XXXXXX", "020 XXXX XXXX", "0161 XXX XXXX"},
		streets: []string{"High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue"},
		cities:  []string{"Leeds", "Bristol", "Sheffield", "Norwich", "Cardiff", "Exeter"},
		post:    "LLX XLL", street: "{n} {s}", full: "Flat {a}, {L}, {c} {p}",
		domains: []string{"btinternet.com", "gmail.com", "hotmail.co.uk"}},
	{code: "en_AU", faker: true, hon: []string{"Mr {n}", "Ms {n}"}, cc: "61",
		nat:     []string{"04XX XXX XXX", "(02) XXXX XXXX"},
		streets: []string{"George Street", "Queen Street", "Bourke Street", "Hay Street", "Rundle Mall"},
		cities:  []string{"Brisbane QLD", "Perth WA", "Adelaide SA", "Hobart TAS"},
		post:    "XXXX", street: "{a}/{n} {s}", full: "{L}, {c} {p}",
		domains: []string{"bigpond.com", "gmail.com", "outlook.com.au"}},
	{code: "en_IN", given: []string{"Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Arjun", "Sneha"},
		family: []string{"Sharma", "Iyer", "Reddy", "Nair", "Gupta", "Menon", "Kulkarni", "Bose"},
		hon:    []string{"Mr. {n}", "Mrs. {n}", "{n} ji", "Shri {n}"}, cc: "91",
		nat:     []string{"09XXXX XXXXX", "9XXXX-XXXXX", "08XXXXXXXXX"},
		streets: []string{"MG Road", "Linking Road", "Park Street", "Anna Salai", "Brigade Road"},
		cities:  []string{"Bengaluru", "Pune", "Chennai", "Kolkata", "Hyderabad"},
		post:    "XXXXXX", street: "Flat {a}, {n} {s}", full: "{L}, {c} {p}",
		domains: []string{"gmail.com", "rediffmail.com", "yahoo.co.in"}},
	{code: "de_DE", given: []string{"Lukas", "Hannah", "Jürgen", "Sabine", "Maximilian", "Lea", "Uwe", "Anke"},
		family: []string{"Müller", "Schmidt", "Weißhaupt", "Becker", "Hoffmann", "Schäfer", "Krüger", "Vogel"},
		hon:    []string{"Herr {n}", "Frau {n}", "Dr. {n}"}, cc: "49",
		nat:     []string{"0151 XXXXXXXX", "0176-XXXX XXXX", "030 XXXXXXX", "(089) XXXX XXX"},
		streets: []string{"Lindenstraße", "Hauptstr.", "Goethestraße", "Am Markt", "Bahnhofstraße", "Dorfstr."},
		cities:  []string{"Leipzig", "Köln", "Hamburg", "Freiburg", "Kassel"},
		post:    "XXXXX", street: "{s} {n}", full: "{L}, {p} {c}",
		domains: []string{"web.de", "gmx.de", "t-online.de"}},
	{code: "fr_FR", given: []string{"Camille", "Étienne", "Chloé", "Théo", "Margaux", "Benoît", "Inès", "Hugo"},
		family: []string{"Lefèvre", "Dubois", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier", "Bonnet"},
		hon:    []string{"M. {n}", "Mme {n}", "Madame {n}"}, cc: "33",
		nat:     []string{"06 XX XX XX XX", "07.XX.XX.XX.XX", "01 XX XX XX XX"},
		streets: []string{"rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas", "place Bellecour"},
		cities:  []string{"Lyon", "Nantes", "Toulouse", "Lille", "Rennes"},
		post:    "XXXXX", street: "{n} {s}", full: "{L}, {p} {c}",
		domains: []string{"orange.fr", "free.fr", "laposte.net"}},
	{code: "es_ES", given: []string{"Lucía", "Javier", "Nerea", "Álvaro", "Carmen", "Íñigo", "Marta", "Sergio"},
		family: []string{"García Romero", "Fernández", "López Ibáñez", "Martínez", "Sánchez Ruiz", "Navarro", "Ortega", "Delgado"},
		hon:    []string{"Sr. {n}", "Sra. {n}", "D. {n}", "Dña. {n}"}, cc: "34",
		nat:     []string{"6XX XX XX XX", "6XX XXX XXX", "91X XX XX XX"},
		streets: []string{"Calle de Alcalá", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia", "Calle Sierpes"},
		cities:  []string{"Madrid", "Sevilla", "Valencia", "Zaragoza", "Bilbao"},
		post:    "XXXXX", street: "{s} {n}, {a}º B", full: "{L}, {p} {c}",
		domains: []string{"gmail.com", "hotmail.es", "telefonica.net"}},
	{code: "es_MX", given: []string{"Guadalupe", "José Luis", "Ximena", "Fernando", "Itzel", "Ricardo", "Mariana", "Héctor"},
		family: []string{"Hernández Cruz", "Ramírez", "Torres Vega", "Flores", "Morales", "Gutiérrez", "Reyes", "Mendoza"},
		hon:    []string{"Sr. {n}", "Sra. {n}", "Lic. {n}", "Ing. {n}"}, cc: "52",
		nat:     []string{"55 XXXX XXXX", "(33) XXXX-XXXX", "81-XXXX-XXXX"},
		streets: []string{"Av. Paseo de la Reforma", "Calle Insurgentes Sur", "Av. Juárez", "Calle Morelos", "Av. Revolución"},
		cities:  []string{"Ciudad de México", "Guadalajara, Jal.", "Monterrey, N.L.", "Puebla, Pue."},
		post:    "XXXXX", street: "{s} {n}, Col. Del Valle", full: "{L}, C.P. {p}, {c}",
		domains: []string{"gmail.com", "hotmail.com", "prodigy.net.mx"}},
	{code: "pt_BR", given: []string{"João Pedro", "Ana Beatriz", "Thiago", "Larissa", "Gabriel", "Fernanda", "Rafael", "Júlia"},
		family: []string{"da Silva", "Souza Santos", "Oliveira", "Pereira Lima", "Carvalho", "Gonçalves", "Araújo", "Ribeiro"},
		hon:    []string{"Sr. {n}", "Sra. {n}", "Dona {n}", "Seu {n}"}, cc: "55",
		nat:     []string{"(11) 9XXXX-XXXX", "(21) 9XXXX XXXX", "71 9XXXX-XXXX"},
		streets: []string{"Rua das Flores", "Av. Paulista", "Rua Augusta", "Rua Sete de Setembro", "Av. Atlântica"},
		cities:  []string{"São Paulo - SP", "Rio de Janeiro - RJ", "Salvador - BA", "Curitiba - PR"},
		post:    "XXXXX-XXX", street: "{s}, {n} - apto {a}", full: "{L}, {c}, {p}",
		domains: []string{"uol.com.br", "gmail.com", "bol.com.br"}},
	{code: "pt_PT", given: []string{"Inês", "Tiago", "Beatriz", "Duarte", "Leonor", "Gonçalo", "Mariana", "Rui"},
		family: []string{"Ferreira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes", "Pinto", "Lopes"},
		hon:    []string{"Sr. {n}", "Sra. {n}", "Dr.ª {n}"}, cc: "351",
		nat:     []string{"91X XXX XXX", "93X XXX XXX", "21X XXX XXX"},
		streets: []string{"Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"},
		cities:  []string{"Lisboa", "Porto", "Braga", "Coimbra"},
		post:    "XXXX-XXX", street: "{s}, {n}, {a}º Esq.", full: "{L}, {p} {c}",
		domains: []string{"sapo.pt", "gmail.com"}},
	{code: "it_IT", given: []string{"Giulia", "Alessandro", "Chiara", "Matteo", "Francesca", "Lorenzo", "Martina", "Davide"},
		family: []string{"Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "De Luca", "Greco"},
		hon:    []string{"Sig. {n}", "Sig.ra {n}", "Dott. {n}"}, cc: "39",
		nat:     []string{"3XX XXX XXXX", "34X XXXXXXX", "06 XXXX XXXX"},
		streets: []string{"Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Piazza Navona", "Via dei Mille"},
		cities:  []string{"Milano (MI)", "Torino (TO)", "Napoli (NA)", "Bologna (BO)"},
		post:    "XXXXX", street: "{s} {n}, int. {a}", full: "{L}, {p} {c}",
		domains: []string{"libero.it", "virgilio.it", "gmail.com"}},
	{code: "nl_NL", given: []string{"Sanne", "Daan", "Fleur", "Bram", "Lotte", "Joris", "Anouk", "Sem"},
		family: []string{"de Vries", "van Dijk", "Jansen", "Bakker", "van den Berg", "Visser", "Smit", "Mulder"},
		hon:    []string{"dhr. {n}", "mevr. {n}"}, cc: "31",
		nat:     []string{"06-XXXXXXXX", "06 XX XX XX XX", "020 XXX XXXX"},
		streets: []string{"Overtoom", "Kalverstraat", "Prinsengracht", "Lange Voorhout", "Oudegracht"},
		cities:  []string{"Amsterdam", "Utrecht", "Rotterdam", "Den Haag"},
		post:    "XXXX LL", street: "{s} {n}", full: "{L}, {p} {c}",
		domains: []string{"ziggo.nl", "kpnmail.nl", "gmail.com"}},
	{code: "pl_PL", given: []string{"Zofia", "Jakub", "Małgorzata", "Piotr", "Agnieszka", "Łukasz", "Katarzyna", "Tomasz"},
		family: []string{"Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska"},
		hon:    []string{"Pan {n}", "Pani {n}"}, cc: "48",
		nat:     []string{"5XX XXX XXX", "6XX-XXX-XXX", "22 XXX XX XX"},
		streets: []string{"ul. Grunwaldzka", "ul. Marszałkowska", "al. Jerozolimskie", "ul. Długa", "ul. Piotrkowska"},
		cities:  []string{"Warszawa", "Gdańsk", "Kraków", "Łódź", "Wrocław"},
		post:    "XX-XXX", street: "{s} {n}/{a}", full: "{L}, {p} {c}",
		domains: []string{"wp.pl", "onet.pl", "o2.pl"}},
	{code: "ru_RU", given: []string{"Анастасия", "Дмитрий", "Екатерина", "Сергей", "Ольга", "Алексей", "Наталья", "Иван"},
		givenR:  []string{"Anastasia", "Dmitry", "Ekaterina", "Sergey", "Olga", "Alexey", "Natalia", "Ivan"},
		family:  []string{"Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Козлова", "Новиков"},
		familyR: []string{"Ivanova", "Smirnov", "Kuznetsova", "Popov", "Sokolova", "Lebedev", "Kozlova", "Novikov"},
		hon:     []string{"г-н {n}", "г-жа {n}", "уважаемый {n}"}, cc: "7",
		nat:     []string{"8 9XX XXX-XX-XX", "8 (9XX) XXX XX XX", "+7 9XX XXX XX XX"},
		streets: []string{"ул. Тверская", "пр-т Мира", "ул. Ленина", "Невский пр.", "ул. Садовая"},
		cities:  []string{"Москва", "Санкт-Петербург", "Казань", "Новосибирск"},
		post:    "XXXXXX", street: "{s}, д. {n}, кв. {a}", full: "{p}, г. {c}, {L}",
		domains: []string{"mail.ru", "yandex.ru", "rambler.ru"}},
	{code: "uk_UA", given: []string{"Олена", "Тарас", "Ірина", "Богдан", "Оксана", "Андрій", "Юлія", "Максим"},
		givenR:  []string{"Olena", "Taras", "Iryna", "Bohdan", "Oksana", "Andrii", "Yuliia", "Maksym"},
		family:  []string{"Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравчук", "Мельник", "Олійник", "Петренко"},
		familyR: []string{"Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk", "Oliinyk", "Petrenko"},
		hon:     []string{"пан {n}", "пані {n}"}, cc: "380",
		nat:     []string{"067 XXX XX XX", "050-XXX-XX-XX", "(093) XXX XX XX"},
		streets: []string{"вул. Хрещатик", "вул. Сумська", "просп. Перемоги", "вул. Дерибасівська"},
		cities:  []string{"Київ", "Харків", "Одеса", "Львів"},
		post:    "XXXXX", street: "{s}, буд. {n}, кв. {a}", full: "{L}, м. {c}, {p}",
		domains: []string{"ukr.net", "i.ua", "gmail.com"}},
	{code: "tr_TR", given: []string{"Elif", "Mehmet", "Zeynep", "Mustafa", "Ayşe", "Emre", "Şule", "Oğuz"},
		family: []string{"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın"},
		hon:    []string{"{n} Bey", "{n} Hanım", "Sayın {n}"}, cc: "90",
		nat:     []string{"05XX XXX XX XX", "0(5XX) XXX XX XX", "5XX XXX XXXX"},
		streets: []string{"Halaskargazi Cad.", "Atatürk Bulvarı", "Bağdat Cad.", "Gül Sok.", "İstiklal Cad."},
		cities:  []string{"Şişli/İstanbul", "Çankaya/Ankara", "Konak/İzmir", "Nilüfer/Bursa"},
		post:    "XXXXX", street: "{s} No: {n} D: {a}", full: "{L}, {p} {c}",
		domains: []string{"hotmail.com", "gmail.com", "yandex.com.tr"}},
	{code: "ar_EG", given: []string{"محمد", "فاطمة", "أحمد", "مريم", "يوسف", "نور", "عمر", "سارة"},
		givenR:  []string{"Mohamed", "Fatma", "Ahmed", "Mariam", "Youssef", "Nour", "Omar", "Sara"},
		family:  []string{"عبد الله", "حسن", "السيد", "إبراهيم", "منصور", "الشريف", "فاروق", "سليمان"},
		familyR: []string{"Abdallah", "Hassan", "Elsayed", "Ibrahim", "Mansour", "Elsherif", "Farouk", "Soliman"},
		hon:     []string{"السيد {n}", "السيدة {n}", "أ. {n}"}, cc: "20", native: '٠',
		nat:     []string{"010 XXXX XXXX", "012-XXXX-XXXX", "011XXXXXXXX"},
		streets: []string{"شارع التحرير", "شارع الهرم", "شارع جامعة الدول العربية", "شارع عباس العقاد"},
		cities:  []string{"القاهرة", "الجيزة", "الإسكندرية", "مدينة نصر"},
		post:    "XXXXX", street: "{n} {s}، شقة {a}", full: "{L}، {c} {p}",
		domains: []string{"gmail.com", "yahoo.com", "hotmail.com"}},
	{code: "ar_SA", given: []string{"عبدالعزيز", "نورة", "فيصل", "ريم", "خالد", "هيفاء", "سلطان", "لمى"},
		givenR:  []string{"Abdulaziz", "Noura", "Faisal", "Reem", "Khalid", "Haifa", "Sultan", "Lama"},
		family:  []string{"القحطاني", "العتيبي", "الشمري", "الدوسري", "الغامدي", "الحربي", "الزهراني", "المطيري"},
		familyR: []string{"Alqahtani", "Alotaibi", "Alshammari", "Aldosari", "Alghamdi", "Alharbi", "Alzahrani", "Almutairi"},
		hon:     []string{"الأستاذ {n}", "الأستاذة {n}"}, cc: "966", native: '٠',
		nat:     []string{"05X XXX XXXX", "05XXXXXXXX", "05X-XXX-XXXX"},
		streets: []string{"طريق الملك فهد", "شارع التحلية", "طريق الأمير سلطان", "شارع العليا"},
		cities:  []string{"الرياض", "جدة", "الدمام", "مكة المكرمة"},
		post:    "XXXXX", street: "{n} {s}، حي العليا", full: "{L}، {c} {p}",
		domains: []string{"gmail.com", "hotmail.com"}},
	{code: "he_IL", given: []string{"נועה", "איתי", "תמר", "יונתן", "מיכל", "אורי", "שירה", "דניאל"},
		givenR:  []string{"Noa", "Itay", "Tamar", "Yonatan", "Michal", "Ori", "Shira", "Daniel"},
		family:  []string{"כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא"},
		familyR: []string{"Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Avraham", "Friedman", "Shapira"},
		hon:     []string{"מר {n}", "גב' {n}"}, cc: "972",
		nat:     []string{"05X-XXX-XXXX", "05X XXXXXXX", "03-XXX-XXXX"},
		streets: []string{"רחוב הרצל", "שדרות רוטשילד", "רחוב ז'בוטינסקי", "רחוב אלנבי"},
		cities:  []string{"תל אביב", "חיפה", "ירושלים", "רמת גן"},
		post:    "XXXXXXX", street: "{s} {n}, דירה {a}", full: "{L}, {c} {p}",
		domains: []string{"walla.co.il", "gmail.com"}},
	{code: "hi_IN", given: []string{"राहुल", "पूजा", "अमित", "सुनीता", "विकास", "नेहा", "संजय", "दीपिका"},
		givenR:  []string{"Rahul", "Pooja", "Amit", "Sunita", "Vikas", "Neha", "Sanjay", "Deepika"},
		family:  []string{"शर्मा", "वर्मा", "सिंह", "यादव", "मिश्रा", "चौहान", "अग्रवाल", "पांडे"},
		familyR: []string{"Sharma", "Verma", "Singh", "Yadav", "Mishra", "Chauhan", "Agarwal", "Pandey"},
		hon:     []string{"श्री {n}", "श्रीमती {n}", "{n} जी"}, cc: "91", native: '०',
		nat:     []string{"9XXXX XXXXX", "09XXXXXXXXX", "7XXXX-XXXXX"},
		streets: []string{"गांधी मार्ग", "नेहरू नगर", "राजपथ", "सदर बाज़ार रोड"},
		cities:  []string{"लखनऊ", "जयपुर", "भोपाल", "पटना"},
		post:    "XXXXXX", street: "मकान नं. {n}, {s}", full: "{L}, {c} - {p}",
		domains: []string{"gmail.com", "rediffmail.com"}},
	{code: "bn_BD", given: []string{"রহিম", "ফারজানা", "তানভীর", "নুসরাত", "সাকিব", "মাহমুদা", "আরিফ", "সুমাইয়া"},
		givenR:  []string{"Rahim", "Farzana", "Tanvir", "Nusrat", "Sakib", "Mahmuda", "Arif", "Sumaiya"},
		family:  []string{"হোসেন", "আহমেদ", "চৌধুরী", "ইসলাম", "রহমান", "খান", "সরকার", "বিশ্বাস"},
		familyR: []string{"Hossain", "Ahmed", "Chowdhury", "Islam", "Rahman", "Khan", "Sarkar", "Biswas"},
		hon:     []string{"জনাব {n}", "{n} সাহেব"}, cc: "880", native: '০',
		nat:     []string{"01XXX-XXXXXX", "01XXX XXXXXX", "01XXXXXXXXX"},
		streets: []string{"মিরপুর রোড", "সাত মসজিদ রোড", "গুলশান এভিনিউ", "বেইলি রোড"},
		cities:  []string{"ঢাকা", "চট্টগ্রাম", "সিলেট", "খুলনা"},
		post:    "XXXX", street: "বাড়ি {n}, {s}", full: "{L}, {c} {p}",
		domains: []string{"gmail.com", "yahoo.com"}},
	{code: "th_TH", given: []string{"สมชาย", "สุภาพร", "ธนากร", "กาญจนา", "วีระพงษ์", "ณัฐธิดา", "ประยุทธ", "อรุณี"},
		givenR:  []string{"Somchai", "Supaporn", "Thanakorn", "Kanchana", "Weerapong", "Natthida", "Prayut", "Arunee"},
		family:  []string{"ใจดี", "ศรีสุข", "วงศ์ใหญ่", "แสงทอง", "บุญมา", "รัตนพันธ์", "ทองดี", "พรหมมา"},
		familyR: []string{"Jaidee", "Srisuk", "Wongyai", "Saengthong", "Boonma", "Rattanaphan", "Thongdee", "Phromma"},
		hon:     []string{"คุณ{n}", "นาย{n}", "นาง{n}"}, cc: "66",
		nat:     []string{"08X-XXX-XXXX", "09X XXX XXXX", "06XXXXXXXX"},
		streets: []string{"ถนนสีลม", "ถนนสุขุมวิท", "ถนนพหลโยธิน", "ถนนรัชดาภิเษก"},
		cities:  []string{"กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "ภูเก็ต"},
		post:    "XXXXX", street: "{n}/{a} หมู่ 4 {s}", full: "{L} {c} {p}",
		domains: []string{"hotmail.com", "gmail.com"}},
	{code: "vi_VN", given: []string{"Minh Anh", "Văn Hùng", "Thị Lan", "Quốc Bảo", "Ngọc Hân", "Đức Thắng", "Thu Trang", "Hoàng Long"},
		family: []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"}, famFirst: true,
		hon: []string{"anh {n}", "chị {n}", "Ông {n}", "Bà {n}"}, cc: "84",
		nat:     []string{"09XX XXX XXX", "03X.XXX.XXXX", "0XXX XXX XXX"},
		streets: []string{"Điện Biên Phủ", "Lý Tự Trọng", "Nguyễn Huệ", "Trần Hưng Đạo", "Lê Lợi"},
		cities:  []string{"Phường Bến Thành, Quận 1, TP. Hồ Chí Minh", "Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội", "Phường Hải Châu 1, Đà Nẵng"},
		post:    "XXXXXX", street: "{n} {s}", full: "{L}, {c}",
		domains: []string{"gmail.com", "yahoo.com.vn"}},
	{code: "id_ID", given: []string{"Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Hendra", "Ayu"},
		family: []string{"Santoso", "Rahayu", "Wijaya", "Lestari", "Saputra", "Hidayat", "Kusuma", "Pratama"},
		hon:    []string{"Bapak {n}", "Ibu {n}", "Kak {n}", "Mas {n}"}, cc: "62",
		nat:     []string{"08XX-XXXX-XXXX", "08XX XXXX XXX", "(021) XXXX XXXX"},
		streets: []string{"Jl. Sudirman", "Jl. Gatot Subroto", "Jl. Merdeka", "Jl. Diponegoro", "Jl. Malioboro"},
		cities:  []string{"Jakarta Selatan", "Bandung", "Surabaya", "Yogyakarta"},
		post:    "XXXXX", street: "{s} No. {n}, RT 00{a}/RW 00{a}", full: "{L}, {c} {p}",
		domains: []string{"gmail.com", "yahoo.co.id"}},
	{code: "ms_MY", given: []string{"Nurul Aina", "Ahmad Faiz", "Siti Aishah", "Muhammad Hafiz", "Farah", "Azlan", "Wei Ling", "Kumaravel"},
		family: []string{"binti Ismail", "bin Abdullah", "binti Hassan", "bin Osman", "Tan", "Lim", "Ong", "a/l Subramaniam"},
		hon:    []string{"Encik {n}", "Puan {n}", "Cik {n}"}, cc: "60",
		nat:     []string{"012-XXX XXXX", "01X-XXXX XXXX", "03-XXXX XXXX"},
		streets: []string{"Jalan Ampang", "Jalan Bukit Bintang", "Jalan Tun Razak", "Lorong Maarof"},
		cities:  []string{"Kuala Lumpur", "Petaling Jaya, Selangor", "Johor Bahru", "George Town, Pulau Pinang"},
		post:    "XXXXX", street: "No. {n}, {s}", full: "{L}, {p} {c}",
		domains: []string{"gmail.com", "yahoo.com.my"}},
	{code: "fil_PH", given: []string{"Maria Clara", "Jose Rizal", "Kristine", "Mark Anthony", "Jasmine", "Paolo", "Rowena", "Jerome"},
		family: []string{"Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Aquino", "Castillo"},
		hon:    []string{"Ms. {n}", "Mr. {n}", "Ate {n}", "Kuya {n}"}, cc: "63",
		nat:     []string{"0917 XXX XXXX", "09XX-XXX-XXXX", "(02) 8XXX XXXX"},
		streets: []string{"Rizal Avenue", "Ayala Avenue", "Katipunan Avenue", "Taft Avenue", "Mabini Street"},
		cities:  []string{"Makati City", "Quezon City", "Cebu City", "Davao City"},
		post:    "XXXX", street: "{n} {s}, Brgy. San Antonio", full: "{L}, {c} {p}",
		domains: []string{"gmail.com", "yahoo.com.ph"}},
	{code: "zh_CN", given: []string{"秀英", "伟", "静怡", "建国", "晓明", "丽娟", "子涵", "浩然"},
		givenR:  []string{"Xiuying", "Wei", "Jingyi", "Jianguo", "Xiaoming", "Lijuan", "Zihan", "Haoran"},
		family:  []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵"},
		familyR: []string{"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao"}, famFirst: true,
		hon: []string{"{n}先生", "{n}女士", "尊敬的{n}"}, cc: "86",
		nat:     []string{"13X XXXX XXXX", "15XXXXXXXXX", "18X-XXXX-XXXX"},
		streets: []string{"南京东路", "中山路", "建国门外大街", "人民路", "解放大道"},
		cities:  []string{"上海市黄浦区", "北京市朝阳区", "广州市天河区", "成都市武侯区"},
		post:    "XXXXXX", street: "{s}{n}号{a}室", full: "{c}{L}",
		domains: []string{"qq.com", "163.com", "126.com"}},
	{code: "zh_TW", given: []string{"怡君", "志明", "雅婷", "家豪", "淑芬", "俊傑", "佳穎", "冠宇"},
		givenR:  []string{"Yi-Chun", "Chih-Ming", "Ya-Ting", "Chia-Hao", "Shu-Fen", "Chun-Chieh", "Chia-Ying", "Kuan-Yu"},
		family:  []string{"陳", "林", "黃", "張", "李", "王", "吳", "蔡"},
		familyR: []string{"Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Tsai"}, famFirst: true,
		hon: []string{"{n}先生", "{n}小姐"}, cc: "886",
		nat:     []string{"09XX-XXX-XXX", "09XX XXX XXX", "(02) XXXX-XXXX"},
		streets: []string{"忠孝東路四段", "中山北路二段", "民生東路三段", "復興南路一段"},
		cities:  []string{"台北市大安區", "台中市西屯區", "高雄市前鎮區", "新北市板橋區"},
		post:    "XXX", street: "{s}{n}號{a}樓", full: "{p}{c}{L}",
		domains: []string{"yahoo.com.tw", "gmail.com"}},
	{code: "ja_JP", given: []string{"陽菜", "翔太", "美咲", "健一", "さくら", "大輔", "由美子", "蓮"},
		givenR:  []string{"Hina", "Shota", "Misaki", "Kenichi", "Sakura", "Daisuke", "Yumiko", "Ren"},
		family:  []string{"佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村"},
		familyR: []string{"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"}, famFirst: true,
		hon: []string{"{n}様", "{n}さん", "{n} 様"}, cc: "81",
		nat:     []string{"090-XXXX-XXXX", "080 XXXX XXXX", "03-XXXX-XXXX"},
		streets: []string{"神南1丁目", "西新宿2丁目", "梅田3丁目", "栄4丁目"},
		cities:  []string{"東京都渋谷区", "東京都新宿区", "大阪府大阪市北区", "愛知県名古屋市中区"},
		post:    "〒XXX-XXXX", street: "{s}{n}-{a}", full: "{p} {c}{L}",
		domains: []string{"docomo.ne.jp", "yahoo.co.jp", "gmail.com"}},
	{code: "ko_KR", given: []string{"민준", "서연", "지훈", "수빈", "현우", "지민", "예은", "도윤"},
		givenR:  []string{"Minjun", "Seoyeon", "Jihoon", "Subin", "Hyunwoo", "Jimin", "Yeeun", "Doyun"},
		family:  []string{"김", "이", "박", "최", "정", "강", "조", "윤"},
		familyR: []string{"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"}, famFirst: true,
		hon: []string{"{n}님", "{n} 고객님", "{n}씨"}, cc: "82",
		nat:     []string{"010-XXXX-XXXX", "010 XXXX XXXX", "02-XXX-XXXX"},
		streets: []string{"테헤란로", "세종대로", "강남대로", "올림픽로"},
		cities:  []string{"서울특별시 강남구", "서울특별시 종로구", "부산광역시 해운대구", "인천광역시 연수구"},
		post:    "XXXXX", street: "{s} {n}, {a}호", full: "({p}) {c} {L}",
		domains: []string{"naver.com", "daum.net", "kakao.com"}},
	{code: "el_GR", given: []string{"Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Κώστας", "Δήμητρα", "Γιάννης", "Σοφία"},
		givenR:  []string{"Giorgos", "Maria", "Nikos", "Eleni", "Kostas", "Dimitra", "Giannis", "Sofia"},
		family:  []string{"Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολαΐδου", "Καραγιάννης", "Βασιλείου", "Αλεξίου", "Πετρίδης"},
		familyR: []string{"Papadopoulos", "Oikonomou", "Georgiou", "Nikolaidou", "Karagiannis", "Vasileiou", "Alexiou", "Petridis"},
		hon:     []string{"κ. {n}", "κα {n}"}, cc: "30",
		nat:     []string{"69X XXX XXXX", "69XXXXXXXX", "210 XXX XXXX"},
		streets: []string{"Οδός Ερμού", "Λεωφόρος Κηφισίας", "Οδός Αθηνάς", "Οδός Τσιμισκή"},
		cities:  []string{"Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο"},
		post:    "XXX XX", street: "{s} {n}", full: "{L}, {p} {c}",
		domains: []string{"otenet.gr", "gmail.com"}},
	{code: "sv_SE", given: []string{"Astrid", "Oskar", "Ebba", "Lars", "Maja", "Björn", "Ingrid", "Nils"},
		family: []string{"Andersson", "Johansson", "Lindqvist", "Bergström", "Nyström", "Åkesson", "Ek", "Sjöberg"},
		hon:    []string{"herr {n}", "fru {n}"}, cc: "46",
		nat:     []string{"070-XXX XX XX", "073 XXX XX XX", "08-XXX XXX XX"},
		streets: []string{"Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan"},
		cities:  []string{"Stockholm", "Göteborg", "Malmö", "Uppsala"},
		post:    "XXX XX", street: "{s} {n}, lgh 1{a}", full: "{L}, {p} {c}",
		domains: []string{"telia.com", "gmail.com"}},
	{code: "cs_CZ", given: []string{"Jana", "Petr", "Tereza", "Jiří", "Lucie", "Ondřej", "Kateřina", "Tomáš"},
		family: []string{"Nováková", "Svoboda", "Dvořáková", "Černý", "Procházková", "Kučera", "Veselá", "Horák"},
		hon:    []string{"pan {n}", "paní {n}"}, cc: "420",
		nat:     []string{"6XX XXX XXX", "7XX XXX XXX", "+420 60X XXX XXX"},
		streets: []string{"Vinohradská", "Národní", "Masarykova", "Husova"},
		cities:  []string{"Praha 2", "Brno", "Ostrava", "Plzeň"},
		post:    "XXX XX", street: "{s} {n}/{a}", full: "{L}, {p} {c}",
		domains: []string{"seznam.cz", "email.cz"}},
	{code: "hu_HU", given: []string{"Zsófia", "Bence", "Réka", "Gábor", "Eszter", "László", "Dóra", "Péter"},
		family: []string{"Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár"}, famFirst: true,
		hon: []string{"{n} úr", "{n} asszony", "Kedves {n}"}, cc: "36",
		nat:     []string{"06 30 XXX XXXX", "06 20/XXX-XXXX", "(06 1) XXX XXXX"},
		streets: []string{"Andrássy út", "Váci utca", "Kossuth Lajos utca", "Rákóczi út"},
		cities:  []string{"Budapest", "Debrecen", "Szeged", "Pécs"},
		post:    "XXXX", street: "{s} {n}. {a}. em.", full: "{p} {c}, {L}",
		domains: []string{"freemail.hu", "citromail.hu"}},
	{code: "ro_RO", given: []string{"Andreea", "Ionuț", "Ioana", "Mihai", "Elena", "Ștefan", "Alexandra", "Cristian"},
		family: []string{"Popescu", "Ionescu", "Dumitrescu", "Stan", "Munteanu", "Constantin", "Țurcanu", "Georgescu"},
		hon:    []string{"dl. {n}", "dna. {n}"}, cc: "40",
		nat:     []string{"07XX XXX XXX", "07XX-XXX-XXX", "021 XXX XXXX"},
		streets: []string{"Str. Lipscani", "Bd. Unirii", "Calea Victoriei", "Str. Memorandumului"},
		cities:  []string{"București", "Cluj-Napoca", "Iași", "Timișoara"},
		post:    "XXXXXX", street: "{s} nr. {n}, ap. {a}", full: "{L}, {c} {p}",
		domains: []string{"yahoo.ro", "gmail.com"}},
	{code: "fa_IR", given: []string{"علی", "زهرا", "رضا", "فاطمه", "حسین", "مریم", "مهدی", "نرگس"},
		givenR:  []string{"Ali", "Zahra", "Reza", "Fatemeh", "Hossein", "Maryam", "Mehdi", "Narges"},
		family:  []string{"محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "احمدی", "صادقی"},
		familyR: []string{"Mohammadi", "Hosseini", "Rezaei", "Karimi", "Mousavi", "Jafari", "Ahmadi", "Sadeghi"},
		hon:     []string{"آقای {n}", "خانم {n}"}, cc: "98", native: '۰',
		nat:     []string{"09XX XXX XXXX", "09XXXXXXXXX", "021-XXXX-XXXX"},
		streets: []string{"خیابان ولیعصر", "خیابان انقلاب", "بلوار کشاورز", "خیابان آزادی"},
		cities:  []string{"تهران", "اصفهان", "شیراز", "مشهد"},
		post:    "XXXXXXXXXX", street: "{s}، پلاک {n}، واحد {a}", full: "{c}، {L}، کد پستی {p}",
		domains: []string{"gmail.com", "yahoo.com"}},
	{code: "sw_KE", given: []string{"Wanjiku", "Otieno", "Achieng", "Kamau", "Njeri", "Mwangi", "Akinyi", "Kiprono"},
		family: []string{"Mutua", "Omondi", "Wambui", "Kariuki", "Chebet", "Ochieng", "Njoroge", "Kibet"},
		hon:    []string{"Bw. {n}", "Bi. {n}", "Mama {n}"}, cc: "254",
		nat:     []string{"07XX XXX XXX", "07XXXXXXXX", "0722-XXX-XXX"},
		streets: []string{"Moi Avenue", "Ngong Road", "Kenyatta Avenue", "Tom Mboya Street"},
		cities:  []string{"Nairobi", "Mombasa", "Kisumu", "Nakuru"},
		post:    "XXXXX", street: "{s}, House {n}", full: "{L}, P.O. Box {a}-{p}, {c}",
		domains: []string{"gmail.com", "yahoo.com"}},
	{code: "yo_NG", given: []string{"Adebayo", "Folasade", "Oluwaseun", "Yetunde", "Babatunde", "Funmilayo", "Chukwuemeka", "Ngozi"},
		family: []string{"Adeyemi", "Okonkwo", "Balogun", "Ogunleye", "Eze", "Adebisi", "Nwosu", "Oyelaran"},
		hon:    []string{"Mr. {n}", "Mrs. {n}", "Chief {n}", "Alhaji {n}"}, cc: "234",
		nat:     []string{"080X XXX XXXX", "0803-XXX-XXXX", "070XXXXXXXX"},
		streets: []string{"Allen Avenue", "Awolowo Road", "Adeola Odeku Street", "Herbert Macaulay Way"},
		cities:  []string{"Ikeja, Lagos", "Victoria Island, Lagos", "Wuse II, Abuja", "Ibadan"},
		post:    "XXXXXX", street: "{n} {s}", full: "{L}, {c} {p}",
		domains: []string{"yahoo.com", "gmail.com"}},
	{code: "ka_GE", given: []string{"ნინო", "გიორგი", "მარიამ", "დავით", "თამარ", "ლევან", "ანა", "ირაკლი"},
		givenR:  []string{"Nino", "Giorgi", "Mariam", "Davit", "Tamar", "Levan", "Ana", "Irakli"},
		family:  []string{"ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "ლომიძე", "ხარაიშვილი", "წიკლაური", "ჯანელიძე"},
		familyR: []string{"Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Lomidze", "Kharaishvili", "Tsiklauri", "Janelidze"},
		hon:     []string{"ბატონი {n}", "ქალბატონი {n}"}, cc: "995",
		nat:     []string{"5XX XX XX XX", "5XX-XXX-XXX", "032 2XX XX XX"},
		streets: []string{"რუსთაველის გამზ.", "ჭავჭავაძის გამზ.", "აღმაშენებლის გამზ.", "პეკინის ქ."},
		cities:  []string{"თბილისი", "ბათუმი", "ქუთაისი"},
		post:    "XXXX", street: "{s} {n}, ბინა {a}", full: "{L}, {c} {p}",
		domains: []string{"gmail.com", "mail.ru"}},
}

var localeByCode = func() map[string]*locale {
	m := map[string]*locale{}
	for _, l := range locales {
		m[l.code] = l
	}
	return m
}()

// person is one generated buyer.
type person struct {
	loc            *locale
	given, family  string // native
	givenR, famR   string // romanised (same as native for Latin scripts)
	street, city   string
	post, apt, num string
	state          string
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func fill(r *rand.Rand, pat string) string {
	var b strings.Builder
	for _, c := range pat {
		switch c {
		case 'X':
			b.WriteByte(byte('0' + r.IntN(10)))
		case 'L':
			b.WriteByte(byte('A' + r.IntN(26)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func newPerson(r *rand.Rand, fk *gofakeit.Faker, l *locale) *person {
	p := &person{loc: l}
	if l.faker {
		p.given, p.family = fk.FirstName(), fk.LastName()
		p.givenR, p.famR = p.given, p.family
		if l.code == "en_US" {
			p.street = fk.StreetName() + " " + pick(r, []string{"St", "Ave", "Blvd", "Dr", "Ln"})
			p.city, p.state, p.post = fk.City(), fk.StateAbr(), fk.Zip()
		}
	} else {
		i, j := r.IntN(len(l.given)), r.IntN(len(l.family))
		p.given, p.family = l.given[i], l.family[j]
		p.givenR, p.famR = p.given, p.family
		if l.givenR != nil {
			p.givenR, p.famR = l.givenR[i], l.familyR[j]
		}
	}
	if p.street == "" {
		p.street = pick(r, l.streets)
		p.city = pick(r, l.cities)
		p.post = fill(r, l.post)
	}
	p.num = itoa(1 + r.IntN(380))
	p.apt = itoa(1 + r.IntN(60))
	return p
}

// fullName is the name in its locale's own order.
func (p *person) fullName() string {
	switch {
	case p.loc.famFirst && p.loc.code != "vi_VN" && p.loc.code != "hu_HU" && p.loc.givenR != nil:
		return p.family + p.given // CJK: no space
	case p.loc.famFirst:
		return p.family + " " + p.given
	}
	return p.given + " " + p.family
}

func (p *person) romanName(famFirst bool) string {
	if famFirst {
		return p.famR + " " + p.givenR
	}
	return p.givenR + " " + p.famR
}

// name returns a name in one of the forms and the form's label.
func (p *person) name(r *rand.Rand) (string, string) {
	l := p.loc
	switch n := r.IntN(20); {
	case n < 6:
		return p.fullName(), "full"
	case n < 8:
		if l.givenR != nil {
			return p.romanName(l.famFirst && r.IntN(2) == 0), "translit"
		}
		return p.family + ", " + p.given, "family-comma"
	case n < 10:
		h := pick(r, l.hon)
		nm := p.family
		if r.IntN(2) == 0 {
			nm = p.fullName()
		}
		return strings.ReplaceAll(h, "{n}", nm), "hon"
	case n < 11:
		if l.givenR != nil {
			return strings.ReplaceAll(pick(r, []string{"Mr. {n}", "Ms. {n}", "{n}-san", "Mx {n}"}), "{n}", p.romanName(l.famFirst)), "translit+hon"
		}
		return strings.ToLower(p.fullName()), "lower"
	case n < 12:
		return strings.ToUpper(p.romanName(l.famFirst && r.IntN(2) == 0)), "upper"
	case n < 13:
		return strings.ToLower(p.romanName(false)), "lower"
	case n < 14:
		g := []rune(p.givenR)
		return string(g[0]) + ". " + p.famR, "initials"
	case n < 15:
		if l.famFirst {
			return p.famR + " " + p.givenR, "family-first"
		}
		return strings.ToUpper(p.famR) + " " + p.givenR, "family-first"
	case n < 16:
		g := []rune(p.givenR)
		if len(g) > 5 {
			g = g[:4]
		}
		return string(g), "nickname"
	case n < 18 && l.givenR != nil:
		return p.fullName() + " (" + p.romanName(l.famFirst) + ")", "mixed-script"
	}
	return p.given + " " + p.family, "given-family"
}

// oneWord is the given name alone (kept for a record that carries a phone
// or an e-mail next to it).
func (p *person) oneWord(r *rand.Rand) (string, string) {
	if r.IntN(3) == 0 && p.loc.givenR != nil {
		return p.givenR, "oneword-translit"
	}
	if r.IntN(5) == 0 {
		return strings.ToLower(p.givenR), "oneword-lower"
	}
	return p.given, "oneword"
}

func (p *person) address(r *rand.Rand) (string, string) {
	l := p.loc
	if l.code == "en_US" {
		line := p.num + " " + p.street
		if r.IntN(3) == 0 {
			return line, "street"
		}
		return line + ", Apt " + p.apt + ", " + p.city + ", " + p.state + " " + p.post, "full"
	}
	if l.faker {
		// en_GB, en_AU: gofakeit street names are American, use the lists.
	}
	line := strings.NewReplacer("{s}", p.street, "{n}", p.num, "{a}", p.apt).Replace(l.street)
	if r.IntN(3) == 0 {
		return line, "street"
	}
	full := strings.NewReplacer("{L}", line, "{c}", p.city, "{p}", p.post, "{a}", p.apt).Replace(l.full)
	if r.IntN(8) == 0 {
		return strings.ToUpper(full), "full-upper"
	}
	return full, "full"
}

func toNative(s string, zero rune) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(zero + (c - '0'))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func (p *person) phone(r *rand.Rand) (string, string) {
	l := p.loc
	nat := fill(r, pick(r, l.nat))
	if strings.HasPrefix(nat, "+") {
		return nat, "intl"
	}
	// the number without its brackets and trunk prefix: "(272) 645-4224" ->
	// "272 645-4224", "8 (907) 883 49 01" -> "907 883 49 01", "0(532) …" ->
	// "532 …", "(06 1) 390 4355" -> "1 390 4355"
	trunkless := strings.NewReplacer("(", "", ")", "").Replace(nat)
	if l.cc != "1" {
		switch {
		case strings.HasPrefix(trunkless, "06 ") && l.code == "hu_HU":
			trunkless = trunkless[3:]
		case strings.HasPrefix(trunkless, "8 ") && l.code == "ru_RU":
			trunkless = trunkless[2:]
		case strings.HasPrefix(trunkless, "0"):
			trunkless = trunkless[1:]
		}
	}
	switch n := r.IntN(10); {
	case n < 4:
		return nat, "national"
	case n < 7:
		return "+" + l.cc + " " + trunkless, "intl"
	case n < 8:
		return "+" + l.cc + digitsOnly(trunkless), "e164"
	case n < 9 && l.native != 0:
		return toNative(nat, l.native), "native-digits"
	case n < 9:
		return "(+" + l.cc + ") " + trunkless, "intl-paren"
	}
	return digitsOnly(nat), "compact"
}

var mailSeps = []string{".", "_", "", "-"}

func (p *person) email(r *rand.Rand) (string, string) {
	g := asciiFold(strings.ToLower(strings.ReplaceAll(p.givenR, " ", "")))
	f := asciiFold(strings.ToLower(strings.ReplaceAll(p.famR, " ", "")))
	dom := pick(r, p.loc.domains)
	var local, form string
	switch n := r.IntN(10); {
	case n < 4:
		local, form = g+pick(r, mailSeps)+f, "plain"
	case n < 6:
		local, form = g[:1]+f+itoa(r.IntN(99)), "initial+digits"
	case n < 7:
		local, form = g+"."+f+"+shop", "subaddress"
	case n < 8:
		return strings.ToUpper(g + "." + f + "@" + dom), "upper"
	case n < 9 && p.loc.givenR == nil && strings.ToLower(p.given) != g:
		local, form = strings.ToLower(strings.ReplaceAll(p.given, " ", ""))+"."+f, "idn-local"
	default:
		local, form = f+g+itoa(1960+r.IntN(50)), "family+year"
	}
	return local + "@" + dom, form
}

var foldRep = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ã", "a", "ä", "ae", "å", "a", "ą", "a", "ă", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ę", "e", "ě", "e", "í", "i", "ì", "i", "î", "i", "ï", "i", "ı", "i",
	"ó", "o", "ò", "o", "ô", "o", "õ", "o", "ö", "oe", "ø", "o", "ő", "o", "ú", "u", "ù", "u", "û", "u", "ü", "ue", "ű", "u", "ů", "u",
	"ç", "c", "ć", "c", "č", "c", "ñ", "n", "ń", "n", "ň", "n", "ś", "s", "š", "s", "ş", "s", "ș", "s", "ß", "ss",
	"ž", "z", "ź", "z", "ż", "z", "ł", "l", "ř", "r", "ť", "t", "ț", "t", "ğ", "g", "ý", "y", "đ", "d", "ď", "d",
	"ạ", "a", "ả", "a", "ấ", "a", "ầ", "a", "ậ", "a", "ắ", "a", "ằ", "a", "ặ", "a", "ơ", "o", "ờ", "o", "ở", "o", "ợ", "o", "ố", "o", "ồ", "o", "ộ", "o", "ọ", "o",
	"ư", "u", "ứ", "u", "ừ", "u", "ữ", "u", "ự", "u", "ủ", "u", "ụ", "u", "ĩ", "i", "ị", "i", "ỳ", "y", "ỹ", "y", "ệ", "e", "ế", "e", "ề", "e", "ể", "e", "ễ", "e",
	"'", "", "/", "")

func asciiFold(s string) string {
	s = foldRep.Replace(s)
	var b strings.Builder
	for _, c := range s {
		if c < 128 {
			b.WriteRune(c)
		}
	}
	if b.Len() == 0 {
		return "user"
	}
	return b.String()
}

func digitsOnly(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [24]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
