package eightheval

import (
	"fmt"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// locale holds one country's people: names in local order and script, phone
// numbering plan, address shapes, IBAN country and e-mail domains.
type locale struct {
	code   string
	lang   string // sentence table key
	given  []string
	family []string
	// latin holds romanised full names written by people of this locale in
	// Latin script (nil: the native names are Latin already).
	latin []string
	// order: "gf" given family, "fg" family given, "fgp" family given patronymic.
	order    string
	particle []string // inserted between given and family sometimes
	honor    []string // honorifics / titles written before the name
	// phone plan
	cc       string
	trunk    string
	mobile   []string // leading digits of the national significant number
	nsnLen   int
	natGroup []int // groups of the trunk-prefixed national form
	intGroup []int // groups of the NSN after +CC
	native   rune  // zero digit of a native script ('٠', '۰', '၀'), 0 for none
	extWord  string
	addr     func(f *gofakeit.Faker) (full, core string)
	iban     []string
	domains  []string
	pwKey    string // "password" in the locale's language, as a key
	currency []string
}

func pick[T any](f *gofakeit.Faker, xs []T) T { return xs[f.IntN(len(xs))] }

func digits(f *gofakeit.Faker, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + f.IntN(10))
	}
	return string(b)
}

func nz(f *gofakeit.Faker, n int) string { // n digits, first non-zero
	return string(rune('1'+f.IntN(9))) + digits(f, n-1)
}

var locales = []*locale{
	{code: "pt_PT", lang: "pt", given: []string{"João", "Inês", "Tiago", "Beatriz", "Gonçalo", "Mariana", "Rodrigo", "Leonor"},
		family: []string{"Ferreira", "Gonçalves", "Magalhães", "Rodrigues", "Carvalho", "Albuquerque", "Sousa Pinto", "Moreira"},
		order:  "gf", particle: []string{"da", "dos", "de"}, honor: []string{"Sr.", "Sra.", "Dra."},
		cc: "351", trunk: "", mobile: []string{"91", "92", "93", "96"}, nsnLen: 9, natGroup: []int{3, 3, 3}, intGroup: []int{3, 3, 3},
		extWord: "ext.", iban: []string{"PT"}, domains: []string{"sapo.pt", "correio.pt", "mail.telepac.pt"}, pwKey: "palavra_passe",
		currency: []string{"%s €", "EUR %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"das Flores", "de Santa Catarina", "Augusta", "do Almada", "Cândido dos Reis", "Barão de Forrester"})
			typ := pick(f, []string{"Rua", "Avenida", "Travessa", "Largo"})
			line := fmt.Sprintf("%s %s, %d", typ, st, 1+f.IntN(400))
			return fmt.Sprintf("%s, %dº %s, %s-%s %s", line, 1+f.IntN(9), pick(f, []string{"Esq.", "Dto.", "Frente"}), nz(f, 4), digits(f, 3), pick(f, []string{"Lisboa", "Porto", "Braga", "Coimbra"})), st
		}},
	{code: "es_AR", lang: "es", given: []string{"Martín", "Florencia", "Agustín", "Camila", "Facundo", "Valentina", "Lautaro", "Milagros"},
		family: []string{"Fernández", "Gutiérrez", "Domínguez", "Benedetti", "Lombardi", "Ocampo", "Quiroga", "Echeverría"},
		order:  "gf", particle: []string{"de"}, honor: []string{"Sr.", "Sra.", "Lic."},
		cc: "54", trunk: "0", mobile: []string{"911", "9351", "9341"}, nsnLen: 11, natGroup: []int{4, 2, 4, 4}, intGroup: []int{1, 2, 4, 4},
		extWord: "int.", iban: []string{"ES"}, domains: []string{"fibertel.com.ar", "yahoo.com.ar", "speedy.com.ar"}, pwKey: "contrasena",
		currency: []string{"ARS %s", "$ %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"Corrientes", "Santa Fe", "Rivadavia", "Scalabrini Ortiz", "Cabildo", "Pueyrredón"})
			return fmt.Sprintf("Av. %s %d, Piso %d Dto. %s, C%s%s CABA", st, 100+f.IntN(5000), 1+f.IntN(20), pick(f, []string{"A", "B", "C"}), nz(f, 4), pick(f, []string{"AAB", "ACD", "BGE"})), st
		}},
	{code: "es_CO", lang: "es", given: []string{"Andrés Felipe", "Luisa Fernanda", "Juan Sebastián", "María Camila", "Santiago", "Daniela", "Alejandro", "Natalia"},
		family: []string{"Restrepo", "Londoño", "Castaño", "Betancur", "Valderrama", "Quintero", "Arbeláez", "Zuluaga"},
		order:  "gff", honor: []string{"Sr.", "Sra.", "Dr."},
		cc: "57", trunk: "", mobile: []string{"300", "310", "315", "320"}, nsnLen: 10, natGroup: []int{3, 3, 4}, intGroup: []int{3, 7},
		extWord: "ext.", iban: []string{"CR"}, domains: []string{"une.net.co", "hotmail.com.co", "etb.net.co"}, pwKey: "clave",
		currency: []string{"COP %s", "$%s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			typ := pick(f, []string{"Calle", "Carrera", "Diagonal", "Transversal"})
			core := fmt.Sprintf("%s %d%s # %d-%d", typ, 1+f.IntN(150), pick(f, []string{"", "A", "B", " Bis"}), 1+f.IntN(120), 1+f.IntN(99))
			return fmt.Sprintf("%s, Apto %d, Barrio %s, %s", core, 100+f.IntN(1500), pick(f, []string{"Chapinero", "El Poblado", "Laureles", "Cedritos"}), pick(f, []string{"Bogotá D.C.", "Medellín", "Cali"})), core
		}},
	{code: "ro_RO", lang: "ro", given: []string{"Andrei", "Ioana", "Mihai", "Alexandra", "Răzvan", "Bianca", "Ștefan", "Cristina"},
		family: []string{"Popescu", "Ionescu", "Dumitrescu", "Constantinescu", "Stoica", "Munteanu", "Gheorghiu", "Vasilescu"},
		order:  "fg", honor: []string{"dl.", "dna."},
		cc: "40", trunk: "0", mobile: []string{"72", "74", "75", "76"}, nsnLen: 9, natGroup: []int{4, 3, 3}, intGroup: []int{3, 3, 3},
		extWord: "int.", iban: []string{"RO"}, domains: []string{"yahoo.ro", "gmail.com", "clicknet.ro"}, pwKey: "parola",
		currency: []string{"%s lei", "RON %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"Mihai Eminescu", "Calea Victoriei", "Ion Creangă", "Lizeanu", "Moșilor", "Dacia"})
			return fmt.Sprintf("Str. %s nr. %d, bl. %s%d, sc. %d, ap. %d, Sector %d, București %s", st, 1+f.IntN(200), pick(f, []string{"A", "B", "M"}), 1+f.IntN(20), 1+f.IntN(4), 1+f.IntN(90), 1+f.IntN(6), "0"+digits(f, 5)), st
		}},
	{code: "cs_CZ", lang: "cs", given: []string{"Jana", "Tomáš", "Lucie", "Jiří", "Kateřina", "Ondřej", "Petra", "Lukáš"},
		family: []string{"Nováková", "Dvořák", "Procházková", "Kučera", "Veselá", "Horák", "Němcová", "Pokorný"},
		order:  "gf", honor: []string{"Ing.", "Mgr.", "MUDr."},
		cc: "420", trunk: "", mobile: []string{"60", "72", "73", "77"}, nsnLen: 9, natGroup: []int{3, 3, 3}, intGroup: []int{3, 3, 3},
		extWord: "linka", iban: []string{"CZ"}, domains: []string{"seznam.cz", "centrum.cz", "pošta.cz"}, pwKey: "heslo",
		currency: []string{"%s Kč", "CZK %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"Vinohradská", "Karlova", "Husova", "Palackého", "Masarykova", "Štefánikova"})
			return fmt.Sprintf("%s %d/%d, %s %s %s", st, 100+f.IntN(2000), 1+f.IntN(300), nz(f, 3), digits(f, 2), pick(f, []string{"Praha 2", "Brno", "Ostrava", "Plzeň"})), st
		}},
	{code: "hu_HU", lang: "hu", given: []string{"Zsófia", "Bence", "Réka", "Gergely", "Eszter", "Levente", "Krisztina", "Ádám"},
		family: []string{"Nagy", "Kovács", "Szabó", "Horváth", "Varga", "Tóth", "Farkas", "Balogh"},
		order:  "fg", honor: []string{"dr.", "ifj."},
		cc: "36", trunk: "06", mobile: []string{"20", "30", "70"}, nsnLen: 9, natGroup: []int{2, 2, 3, 4}, intGroup: []int{2, 3, 4},
		extWord: "mellék", iban: []string{"HU"}, domains: []string{"freemail.hu", "citromail.hu", "t-online.hu"}, pwKey: "jelszo",
		currency: []string{"%s Ft", "HUF %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"Andrássy", "Rákóczi", "Váci", "Kossuth Lajos", "Bajcsy-Zsilinszky", "Üllői"})
			return fmt.Sprintf("%s, %s %s %d. %s em. %d.", nz(f, 4), pick(f, []string{"Budapest", "Debrecen", "Szeged"}), st+" "+pick(f, []string{"út", "utca", "körút"}), 1+f.IntN(120), pick(f, []string{"I.", "II.", "III.", "IV."}), 1+f.IntN(12)), st
		}},
	{code: "tr_TR", lang: "tr", given: []string{"Ayşe", "Mehmet Ali", "Elif", "Burak", "Zeynep", "Oğuzhan", "Gülşen", "Emre"},
		family: []string{"Yılmaz", "Öztürk", "Çelik", "Şahin", "Aydın", "Kılıç", "Doğan", "Arslan"},
		order:  "gf", honor: []string{"Sayın"},
		cc: "90", trunk: "0", mobile: []string{"532", "505", "542", "555"}, nsnLen: 10, natGroup: []int{1, 3, 3, 2, 2}, intGroup: []int{3, 3, 2, 2},
		extWord: "dahili", iban: []string{"TR"}, domains: []string{"hotmail.com.tr", "ttmail.com", "müşteri.com.tr"}, pwKey: "sifre",
		currency: []string{"%s TL", "₺%s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"Bağdat", "İstiklal", "Atatürk", "Cumhuriyet", "Halaskargazi", "Fevzi Çakmak"})
			return fmt.Sprintf("%s Cad. No: %d D: %d, %s Mah., %s %s/%s", st, 1+f.IntN(300), 1+f.IntN(30), pick(f, []string{"Caddebostan", "Moda", "Kızılay", "Alsancak"}), nz(f, 5), pick(f, []string{"Kadıköy", "Çankaya", "Konak"}), pick(f, []string{"İstanbul", "Ankara", "İzmir"})), st
		}},
	{code: "uk_UA", lang: "uk", given: []string{"Олена", "Тарас", "Оксана", "Богдан", "Ірина", "Дмитро", "Наталія", "Андрій"},
		family: []string{"Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравчук", "Мельник", "Олійник", "Литвиненко"},
		latin:  []string{"Olena Shevchenko", "Taras Kovalenko", "Oksana Bondarenko", "Bohdan Tkachenko"},
		order:  "fgp", honor: []string{"пан", "пані"},
		cc: "380", trunk: "0", mobile: []string{"67", "50", "63", "97"}, nsnLen: 9, natGroup: []int{3, 3, 2, 2}, intGroup: []int{2, 3, 2, 2},
		extWord: "дод.", iban: []string{"UA"}, domains: []string{"ukr.net", "i.ua", "пошта.укр"}, pwKey: "пароль",
		currency: []string{"%s грн", "₴%s", "UAH %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"Хрещатик", "Січових Стрільців", "Богдана Хмельницького", "Лесі Українки", "Сагайдачного"})
			return fmt.Sprintf("вул. %s, буд. %d, кв. %d, %s, %s", st, 1+f.IntN(150), 1+f.IntN(200), pick(f, []string{"Київ", "Львів", "Одеса", "Харків"}), "0"+digits(f, 4)), st
		}},
	{code: "sv_SE", lang: "sv", given: []string{"Karin", "Oskar", "Linnéa", "Johan", "Elsa", "Björn", "Ingrid", "Viktor"},
		family: []string{"Lindqvist", "Johansson", "Bergström", "Sjöberg", "Åkesson", "Lundgren", "Nyström", "Holmberg"},
		order:  "gf",
		cc:     "46", trunk: "0", mobile: []string{"70", "72", "73", "76"}, nsnLen: 9, natGroup: []int{3, 3, 2, 2}, intGroup: []int{2, 3, 2, 2},
		extWord: "ankn.", iban: []string{"SE"}, domains: []string{"telia.com", "bredband.net", "spray.se"}, pwKey: "losenord",
		currency: []string{"%s kr", "SEK %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Götgatan", "Linnégatan"})
			return fmt.Sprintf("%s %d lgh %d, %s %s %s", st, 1+f.IntN(120), 1000+f.IntN(400), nz(f, 3), digits(f, 2), pick(f, []string{"Stockholm", "Göteborg", "Malmö", "Uppsala"})), st
		}},
	{code: "ar_EG", lang: "ar", given: []string{"محمد", "أحمد", "فاطمة", "ياسمين", "مصطفى", "نورهان", "كريم", "هبة"},
		family: []string{"عبد الرحمن", "السيد", "الشناوي", "منصور", "عبد العزيز", "الجمال", "حسنين", "فهمي"},
		latin:  []string{"Mohamed Abdelrahman", "Yasmine El-Shenawy", "Mostafa Mansour", "Nourhan Hassanein"},
		order:  "gf", honor: []string{"الأستاذ", "السيدة", "م."},
		cc: "20", trunk: "0", mobile: []string{"10", "11", "12", "15"}, nsnLen: 10, natGroup: []int{3, 4, 4}, intGroup: []int{2, 4, 4},
		native: '٠', extWord: "داخلي", iban: []string{"EG"}, domains: []string{"yahoo.com", "link.net", "البريد.مصر"}, pwKey: "كلمة_المرور",
		currency: []string{"%s ج.م", "EGP %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"التحرير", "جامعة الدول العربية", "مصدق", "الهرم", "شبرا"})
			return fmt.Sprintf("%d شارع %s، عمارة %d، الدور %s، %s، %s", 1+f.IntN(200), st, 1+f.IntN(40), pick(f, []string{"الرابع", "الثاني", "السابع"}), pick(f, []string{"الدقي", "المهندسين", "مدينة نصر"}), pick(f, []string{"الجيزة", "القاهرة"})), "شارع " + st
		}},
	{code: "ur_PK", lang: "ur", given: []string{"محمد عمران", "عائشہ", "بلال", "زینب", "حمزہ", "مریم", "عثمان", "صائمہ"},
		family: []string{"خان", "چوہدری", "قریشی", "ملک", "بٹ", "شیخ", "راجپوت", "صدیقی"},
		latin:  []string{"Muhammad Imran Khan", "Ayesha Qureshi", "Bilal Chaudhry", "Saima Siddiqui", "Usman Butt"},
		order:  "gf",
		cc:     "92", trunk: "0", mobile: []string{"300", "321", "333", "345"}, nsnLen: 10, natGroup: []int{4, 7}, intGroup: []int{3, 7},
		native: '۰', extWord: "ext", iban: []string{"PK"}, domains: []string{"yahoo.com", "cyber.net.pk", "gmail.com"}, pwKey: "پاس_ورڈ",
		currency: []string{"Rs. %s", "PKR %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			if f.Bool() {
				st := pick(f, []string{"Gulberg III", "Model Town", "DHA Phase 5", "Bahria Town"})
				return fmt.Sprintf("House %d, Street %d, %s, %s", 1+f.IntN(900), 1+f.IntN(60), st, pick(f, []string{"Lahore", "Karachi", "Islamabad"})), st
			}
			st := pick(f, []string{"گلبرگ", "ماڈل ٹاؤن", "علامہ اقبال ٹاؤن", "جوہر ٹاؤن"})
			return fmt.Sprintf("مکان نمبر %d، گلی %d، %s، %s", 1+f.IntN(900), 1+f.IntN(60), st, pick(f, []string{"لاہور", "کراچی"})), st
		}},
	{code: "ta_IN", lang: "ta", given: []string{"கார்த்திக்", "பிரியா", "சரவணன்", "லட்சுமி", "அருண்குமார்", "தீபிகா", "விக்னேஷ்", "கவிதா"},
		family: []string{"சுப்பிரமணியன்", "ராஜேந்திரன்", "வெங்கடேசன்", "நடராஜன்", "பாலகிருஷ்ணன்", "சண்முகம்"},
		latin:  []string{"Karthik Subramanian", "Priya Rajendran", "S. Saravanan", "Deepika Natarajan", "Vignesh Balakrishnan"},
		order:  "gf",
		cc:     "91", trunk: "0", mobile: []string{"98", "94", "97", "63"}, nsnLen: 10, natGroup: []int{5, 6}, intGroup: []int{5, 5},
		extWord: "ext.", iban: []string{"AE"}, domains: []string{"rediffmail.com", "yahoo.co.in", "gmail.com"}, pwKey: "கடவுச்சொல்",
		currency: []string{"₹%s", "Rs.%s", "INR %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			if f.Bool() {
				st := pick(f, []string{"Gandhi Road", "Luz Church Road", "Anna Salai", "Kamarajar Salai"})
				return fmt.Sprintf("No. %d/%d, %s, near %s, Mylapore, Chennai %s", 1+f.IntN(120), 1+f.IntN(9), st, pick(f, []string{"Kapaleeshwarar Temple", "Saravana Stores", "bus depot"}), "600"+digits(f, 3)), st
			}
			st := pick(f, []string{"காந்தி சாலை", "அண்ணா சாலை", "காமராஜர் தெரு", "பாரதியார் தெரு"})
			return fmt.Sprintf("%d, %s, மயிலாப்பூர், சென்னை %s", 1+f.IntN(120), st, "600"+digits(f, 3)), st
		}},
	{code: "si_LK", lang: "si", given: []string{"දුලානි", "කසුන්", "නිමාලි", "චමින්ද", "තරිඳු", "සඳුනි"},
		family: []string{"පෙරේරා", "ජයසූරිය", "ගුණවර්ධන", "විජේසිංහ", "රණසිංහ", "බණ්ඩාර"},
		latin:  []string{"Dulani Perera", "Kasun Jayasuriya", "Nimali Gunawardena", "Chaminda Wijesinghe", "W. A. Tharindu Ranasinghe"},
		order:  "gf",
		cc:     "94", trunk: "0", mobile: []string{"77", "71", "76", "70"}, nsnLen: 9, natGroup: []int{3, 3, 4}, intGroup: []int{2, 3, 4},
		extWord: "ext.", iban: []string{"SA"}, domains: []string{"sltnet.lk", "gmail.com", "yahoo.com"}, pwKey: "මුරපදය",
		currency: []string{"Rs. %s", "LKR %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			if f.Bool() {
				st := pick(f, []string{"Galle Road", "Duplication Road", "Havelock Road", "Kandy Road"})
				return fmt.Sprintf("No. %d/%d, %s, Colombo %02d", 1+f.IntN(400), 1+f.IntN(9), st, 1+f.IntN(15)), st
			}
			st := pick(f, []string{"ගාලු පාර", "මහනුවර පාර", "හැව්ලොක් පාර"})
			return fmt.Sprintf("%d/%d, %s, කොළඹ %02d", 1+f.IntN(400), 1+f.IntN(9), st, 1+f.IntN(15)), st
		}},
	{code: "id_ID", lang: "id", given: []string{"Siti", "Budi", "Dewi", "Agus", "Rina", "Wahyu", "Putri", "Hendra"},
		family: []string{"Nurhaliza", "Santoso", "Wulandari", "Setiawan", "Kusumawati", "Pratama", "Hidayat", "Saputra"},
		order:  "gf", honor: []string{"Bapak", "Ibu", "Sdr."},
		cc: "62", trunk: "0", mobile: []string{"812", "813", "857", "878"}, nsnLen: 11, natGroup: []int{4, 4, 4}, intGroup: []int{3, 4, 4},
		extWord: "ext.", iban: []string{"DE"}, domains: []string{"yahoo.co.id", "telkom.net", "gmail.com"}, pwKey: "kata_sandi",
		currency: []string{"Rp %s", "IDR %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"Sudirman", "Gatot Subroto", "Diponegoro", "Raya Kebayoran", "Cempaka Putih", "Kemang Raya"})
			return fmt.Sprintf("Jl. %s No. %d, RT %03d/RW %03d, Kel. %s, %s %s", st, 1+f.IntN(300), 1+f.IntN(20), 1+f.IntN(15), pick(f, []string{"Karet", "Menteng", "Cilandak"}), pick(f, []string{"Jakarta Selatan", "Bandung", "Surabaya"}), nz(f, 5)), st
		}},
	{code: "fil_PH", lang: "fil", given: []string{"Maria Cristina", "Jose Miguel", "Rowena", "Jerome", "Angelica", "Mark Anthony", "Lovely", "Rodel"},
		family: []string{"dela Cruz", "Santos", "Reyes", "de los Santos", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan"},
		order:  "gf", honor: []string{"Gng.", "Bb.", "Engr."},
		cc: "63", trunk: "0", mobile: []string{"917", "918", "927", "999"}, nsnLen: 10, natGroup: []int{4, 3, 4}, intGroup: []int{3, 3, 4},
		extWord: "loc.", iban: []string{"GB"}, domains: []string{"yahoo.com.ph", "gmail.com", "pldtdsl.net"}, pwKey: "password",
		currency: []string{"₱%s", "PHP %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"Rizal", "Mabini", "Bonifacio", "Aguinaldo", "Katipunan", "Kalayaan"})
			return fmt.Sprintf("Unit %d%s, %d %s St., Brgy. %s, %s %s", 1+f.IntN(30), pick(f, []string{"A", "B", "C"}), 1+f.IntN(900), st, pick(f, []string{"San Antonio", "Poblacion", "Bel-Air"}), pick(f, []string{"Makati City", "Quezon City", "Pasig City"}), nz(f, 4)), st
		}},
	{code: "my_MM", lang: "my", given: []string{"အေးအေးမြင့်", "ကျော်ဇော", "သီတာဝင်း", "မင်းထက်", "နှင်းဝေ", "ဇော်လင်း"},
		family: []string{""},
		latin:  []string{"Aye Aye Myint", "Kyaw Zaw", "Thida Win", "Min Htet Aung", "Hnin Wai Phyo"},
		order:  "g", honor: []string{"ဒေါ်", "ဦး", "မ", "Daw", "U"},
		cc: "95", trunk: "0", mobile: []string{"9"}, nsnLen: 10, natGroup: []int{2, 3, 3, 3}, intGroup: []int{1, 3, 3, 3},
		native: '၀', extWord: "ext.", iban: []string{"FR"}, domains: []string{"gmail.com", "mpt.net.mm", "yahoo.com"}, pwKey: "စကားဝှက်",
		currency: []string{"%s Ks", "MMK %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			if f.Bool() {
				st := pick(f, []string{"Bogyoke Aung San Road", "Anawrahta Road", "Pyay Road", "Maha Bandula Road"})
				return fmt.Sprintf("No. %d, %s, %s Township, Yangon", 1+f.IntN(400), st, pick(f, []string{"Pabedan", "Kamaryut", "Sanchaung"})), st
			}
			st := pick(f, []string{"ဗိုလ်ချုပ်လမ်း", "အနော်ရထာလမ်း", "ပြည်လမ်း"})
			return fmt.Sprintf("အမှတ် %d၊ %s၊ %s၊ ရန်ကုန်", 1+f.IntN(400), st, pick(f, []string{"ပန်းဘဲတန်းမြို့နယ်", "ကမာရွတ်မြို့နယ်"})), st
		}},
	{code: "zh_CN", lang: "zh", given: []string{"秀英", "建国", "志强", "丽娟", "子涵", "浩然", "婷婷", "伟"},
		family: []string{"王", "李", "张", "刘", "陈", "欧阳", "黄", "赵"},
		latin:  []string{"Wang Xiuying", "Li Jianguo", "Zhang Zhiqiang", "Ouyang Zihan", "Chen Haoran"},
		order:  "fg0",
		cc:     "86", trunk: "", mobile: []string{"138", "159", "186", "177"}, nsnLen: 11, natGroup: []int{3, 4, 4}, intGroup: []int{3, 4, 4},
		extWord: "转", iban: []string{"NO"}, domains: []string{"qq.com", "163.com", "邮件.中国"}, pwKey: "密码",
		currency: []string{"¥%s", "CNY %s", "%s元"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"建国路", "中山北路", "南京西路", "天府大道", "解放路"})
			return fmt.Sprintf("%s%s%s%d号%d栋%d单元%d室", pick(f, []string{"北京市", "上海市", "成都市"}), pick(f, []string{"朝阳区", "静安区", "武侯区"}), st, 1+f.IntN(300), 1+f.IntN(20), 1+f.IntN(6), 100+f.IntN(2800)), st
		}},
	{code: "sw_KE", lang: "sw", given: []string{"Wanjiru", "Otieno", "Achieng", "Kiprotich", "Nyambura", "Mwangi", "Chebet", "Omondi"},
		family: []string{"Kamau", "Odhiambo", "Njoroge", "Wekesa", "Mutua", "Kiptoo", "Wambui", "Ochieng"},
		order:  "gf", honor: []string{"Bw.", "Bi.", "Mama"},
		cc: "254", trunk: "0", mobile: []string{"712", "722", "733", "798"}, nsnLen: 9, natGroup: []int{4, 6}, intGroup: []int{3, 6},
		extWord: "ext.", iban: []string{"DK"}, domains: []string{"gmail.com", "yahoo.co.ke", "safaricom.co.ke"}, pwKey: "nenosiri",
		currency: []string{"KSh %s", "KES %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"Moi Avenue", "Kenyatta Avenue", "Ngong Road", "Kimathi Street", "Muindi Mbingu Street"})
			return fmt.Sprintf("%s House, %s, %s floor, P.O. Box %d-00100, Nairobi", pick(f, []string{"Uchumi", "Jamii", "Hazina"}), st, pick(f, []string{"3rd", "5th", "Ground"}), 100+f.IntN(90000)), st
		}},
	{code: "en_NG", lang: "en", given: []string{"Chukwuemeka", "Adebayo", "Ngozi", "Oluwaseun", "Aisha", "Ifeanyi", "Funmilayo", "Babatunde"},
		family: []string{"Okafor", "Ogunleye", "Adeyemi", "Nwachukwu", "Balogun", "Eze", "Abubakar", "Okonkwo"},
		order:  "gf", honor: []string{"Chief", "Alhaji", "Mrs.", "Engr."},
		cc: "234", trunk: "0", mobile: []string{"803", "806", "813", "905"}, nsnLen: 10, natGroup: []int{4, 3, 4}, intGroup: []int{3, 3, 4},
		extWord: "ext.", iban: []string{"BE"}, domains: []string{"yahoo.com", "gmail.com", "mail.com.ng"}, pwKey: "password",
		currency: []string{"₦%s", "NGN %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"Adeola Odeku", "Awolowo", "Allen Avenue", "Ademola Adetokunbo", "Herbert Macaulay"})
			return fmt.Sprintf("%d %s Street, opposite %s, %s, %s", 1+f.IntN(200), st, pick(f, []string{"Mobil filling station", "Zenith Bank", "Shoprite"}), pick(f, []string{"Victoria Island", "Ikeja", "Wuse II"}), pick(f, []string{"Lagos", "Abuja"})), st
		}},
	{code: "en_AU", lang: "en", given: []string{"Liam", "Chloe", "Harrison", "Matilda", "Lachlan", "Isla", "Cooper", "Sienna"},
		family: []string{"O'Connor", "Nguyen", "McAllister", "Papadopoulos", "Fitzgerald", "Whitfield", "Kowalczyk", "Thornbury"},
		order:  "gf", honor: []string{"Mr", "Ms", "Dr"},
		cc: "61", trunk: "0", mobile: []string{"4"}, nsnLen: 9, natGroup: []int{4, 3, 3}, intGroup: []int{3, 3, 3},
		extWord: "ext", iban: []string{"CH"}, domains: []string{"bigpond.com", "optusnet.com.au", "outlook.com.au"}, pwKey: "password",
		currency: []string{"A$%s", "AUD %s"},
		addr: func(f *gofakeit.Faker) (string, string) {
			st := pick(f, []string{"Brunswick", "Smith", "Chapel", "Oxford", "Glenferrie", "Beaufort"})
			return fmt.Sprintf("Unit %d/%d %s %s, %s %s %s", 1+f.IntN(40), 1+f.IntN(300), st, pick(f, []string{"Street", "St", "Road", "Parade"}), pick(f, []string{"Fitzroy", "Paddington", "Fremantle"}), pick(f, []string{"VIC", "NSW", "WA"}), nz(f, 4)), st
		}},
}

// person draws a name of the locale and how it is written.
func (l *locale) person(f *gofakeit.Faker) string {
	if len(l.latin) > 0 && f.IntN(3) == 0 {
		return pick(f, l.latin)
	}
	g, fam := pick(f, l.given), pick(f, l.family)
	var s string
	switch l.order {
	case "fg":
		s = fam + " " + g
	case "fgp":
		pat := pick(f, []string{"Петрівна", "Іванович", "Миколаївна", "Олегович"})
		s = fam + " " + g + " " + pat
	case "fg0":
		s = fam + g
	case "g":
		s = g
	case "gff":
		s = g + " " + fam + " " + pick(f, l.family)
	default:
		if len(l.particle) > 0 && f.IntN(3) == 0 {
			s = g + " " + pick(f, l.particle) + " " + fam
		} else {
			s = g + " " + fam
		}
	}
	if len(l.honor) > 0 && f.IntN(5) == 0 {
		h := pick(f, l.honor)
		if strings.HasSuffix(h, "ဒေါ်") || h == "ဦး" || h == "မ" {
			s = h + s
		} else {
			s = h + " " + s
		}
	}
	return s
}
