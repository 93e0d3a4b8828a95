package twentyninetheval

import (
	"math/rand/v2"
	"strings"
)

// locale holds one market's conventions. Names are "native|transliteration"
// pairs written for this corpus; street and city lists likewise.
type locale struct {
	code     string
	given    []string
	family   []string
	famFirst bool
	hon      string // honorific; "+x" suffix, "x+" prefix
	cc       string
	mobile   string // national pattern, # = random digit, leading trunk 0 dropped for +cc
	zero     rune   // the script's digit zero, for native-digit forms
	streets  []string
	cities   []string
	addr     string // {s} street {n} number {c} city {z} zip {n2} second number
	zip      string
	domains  []string
	iban     string
}

var locales = []locale{
	{"ja_JP", []string{"陽翔|Haruto", "結衣|Yui", "蓮|Ren", "美咲|Misaki", "大翔|Hiroto", "さくら|Sakura"}, []string{"田中|Tanaka", "佐藤|Sato", "鈴木|Suzuki", "高橋|Takahashi", "渡辺|Watanabe"}, true, "+様", "81", "090-####-####", '０', []string{"神宮前", "西新宿", "栄", "梅田"}, []string{"東京都渋谷区", "東京都新宿区", "愛知県名古屋市中区", "大阪府大阪市北区"}, "〒{z} {c}{s}{n}丁目{n2}番{n}号", "###-####", []string{"docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "例え.jp"}, ""},
	{"ko_KR", []string{"민준|Minjun", "서연|Seoyeon", "지호|Jiho", "하은|Haeun", "도윤|Doyun"}, []string{"김|Kim", "이|Lee", "박|Park", "최|Choi", "정|Jung"}, true, "+ 님", "82", "010-####-####", '0', []string{"테헤란로", "세종대로", "해운대로", "올림픽로"}, []string{"서울특별시 강남구", "서울특별시 중구", "부산광역시 해운대구", "인천광역시 연수구"}, "{c} {s} {n}길 {n2}, {n}동 {n2}호 ({z})", "#####", []string{"naver.com", "daum.net", "kakao.com", "한국.kr"}, ""},
	{"zh_CN", []string{"伟|Wei", "娜|Na", "静|Jing", "磊|Lei", "秀英|Xiuying", "志强|Zhiqiang"}, []string{"王|Wang", "李|Li", "张|Zhang", "刘|Liu", "陈|Chen"}, true, "+先生", "86", "13#-####-####", '０', []string{"中山路", "人民路", "建国路", "解放大道"}, []string{"广东省深圳市南山区", "浙江省杭州市西湖区", "北京市朝阳区", "四川省成都市武侯区"}, "{c}{s}{n}号{n2}栋{n}室", "######", []string{"qq.com", "163.com", "126.com", "公司.中国"}, ""},
	{"zh_TW", []string{"怡君|Yi-Chun", "家豪|Chia-Hao", "雅婷|Ya-Ting", "冠宇|Kuan-Yu"}, []string{"陳|Chen", "林|Lin", "黃|Huang", "吳|Wu"}, true, "+小姐", "886", "09##-###-###", '０', []string{"忠孝東路", "中山北路", "民生路"}, []string{"台北市大安區", "台中市西屯區", "高雄市苓雅區"}, "{z} {c}{s}{n}段{n2}號{n}樓", "###", []string{"gmail.com", "yahoo.com.tw", "hinet.net"}, ""},
	{"zh_HK", []string{"嘉欣|Ka Yan", "子軒|Tsz Hin", "詠詩|Wing Sze", "俊傑|Chun Kit"}, []string{"陳|Chan", "黃|Wong", "李|Lee", "張|Cheung"}, true, "+先生", "852", "9###-####", '0', []string{"彌敦道", "軒尼詩道", "皇后大道中"}, []string{"九龍旺角", "香港灣仔", "香港中環"}, "{c}{s}{n}號{n2}樓{n}室", "", []string{"netvigator.com", "gmail.com"}, ""},
	{"ar_AE", []string{"محمد|Mohammed", "فاطمة|Fatima", "أحمد|Ahmed", "مريم|Maryam", "خالد|Khalid"}, []string{"الهاشمي|Al Hashimi", "المنصوري|Al Mansoori", "الكعبي|Al Kaabi", "النعيمي|Al Nuaimi"}, false, "السيد +", "971", "05#-###-####", '٠', []string{"شارع الشيخ زايد", "شارع الوصل", "شارع حمدان"}, []string{"دبي", "أبوظبي", "الشارقة"}, "فيلا {n}، {s}، {c}، ص.ب {z}", "#####", []string{"emirates.net.ae", "gmail.com", "موقع.امارات"}, "AE"},
	{"ar_SA", []string{"عبدالله|Abdullah", "نورة|Noura", "فهد|Fahad", "سارة|Sara"}, []string{"القحطاني|Al Qahtani", "العتيبي|Al Otaibi", "الشهري|Al Shehri"}, false, "الأستاذ +", "966", "05#-###-####", '٠', []string{"طريق الملك فهد", "شارع العليا", "طريق الأمير سلطان"}, []string{"الرياض", "جدة", "الدمام"}, "{n} {s}، حي الملز، {c} {z}", "#####", []string{"gmail.com", "stc.com.sa"}, "SA"},
	{"ar_EG", []string{"محمود|Mahmoud", "ياسمين|Yasmin", "عمر|Omar", "هبة|Heba"}, []string{"عبدالرحمن|Abdelrahman", "السيد|El Sayed", "حسن|Hassan", "مصطفى|Mostafa"}, false, "أ. +", "20", "01#-####-####", '٠', []string{"شارع التحرير", "شارع الهرم", "شارع جامعة الدول العربية"}, []string{"القاهرة", "الجيزة", "الإسكندرية"}, "{n} {s}، الدور {n2}، {c} {z}", "#####", []string{"yahoo.com", "gmail.com"}, "EG"},
	{"fa_IR", []string{"علی|Ali", "زهرا|Zahra", "حسین|Hossein", "مریم|Maryam", "رضا|Reza"}, []string{"محمدی|Mohammadi", "حسینی|Hosseini", "رضایی|Rezaei", "کریمی|Karimi"}, false, "آقای +", "98", "09##-###-####", '۰', []string{"خیابان ولیعصر", "خیابان انقلاب", "بلوار کشاورز"}, []string{"تهران", "اصفهان", "شیراز"}, "{c}، {s}، پلاک {n}، واحد {n2}، کد پستی {z}", "##########", []string{"gmail.com", "chmail.ir", "ایمیل.ایران"}, "IR"},
	{"he_IL", []string{"נועה|Noa", "יוסף|Yosef", "תמר|Tamar", "אריאל|Ariel"}, []string{"כהן|Cohen", "לוי|Levi", "מזרחי|Mizrahi", "פרץ|Peretz"}, false, "", "972", "05#-###-####", '0', []string{"רחוב הרצל", "שדרות רוטשילד", "רחוב יפו"}, []string{"תל אביב", "ירושלים", "חיפה"}, "{s} {n}, דירה {n2}, {c} {z}", "#######", []string{"walla.co.il", "gmail.com"}, "IL"},
	{"hi_IN", []string{"आरव|Aarav", "प्रिया|Priya", "विवान|Vivaan", "अनन्या|Ananya", "राहुल|Rahul"}, []string{"शर्मा|Sharma", "वर्मा|Verma", "गुप्ता|Gupta", "सिंह|Singh"}, false, "+ जी", "91", "9#### #####", '०', []string{"एमजी रोड", "लिंक रोड", "नेहरू मार्ग"}, []string{"मुंबई", "बेंगलुरु", "नई दिल्ली"}, "मकान {n}, {s}, {c} - {z}", "######", []string{"gmail.com", "rediffmail.com", "डाकघर.भारत"}, ""},
	{"bn_BD", []string{"রহিম|Rahim", "নুসরাত|Nusrat", "তানভীর|Tanvir", "সাদিয়া|Sadia"}, []string{"হোসেন|Hossain", "ইসলাম|Islam", "আহমেদ|Ahmed", "রহমান|Rahman"}, false, "+ সাহেব", "880", "017##-######", '০', []string{"মিরপুর রোড", "গুলশান এভিনিউ", "সাতমসজিদ রোড"}, []string{"ঢাকা", "চট্টগ্রাম", "সিলেট"}, "বাড়ি {n}, রোড {n2}, {s}, {c} {z}", "####", []string{"gmail.com", "yahoo.com"}, ""},
	{"th_TH", []string{"สมชาย|Somchai", "สุดา|Suda", "ประเสริฐ|Prasert", "นภา|Napa"}, []string{"ใจดี|Jaidee", "แสงทอง|Saengthong", "ศรีสุข|Srisuk", "วงศ์ไทย|Wongthai"}, false, "คุณ+", "66", "08#-###-####", '๐', []string{"ถนนสุขุมวิท", "ถนนสีลม", "ถนนพหลโยธิน"}, []string{"กรุงเทพมหานคร", "เชียงใหม่", "ภูเก็ต"}, "{n}/{n2} หมู่ {n2} {s} {c} {z}", "#####", []string{"hotmail.co.th", "gmail.com"}, ""},
	{"vi_VN", []string{"An|An", "Thảo|Thao", "Dũng|Dung", "Hương|Huong", "Minh|Minh"}, []string{"Nguyễn|Nguyen", "Trần|Tran", "Lê|Le", "Phạm|Pham"}, true, "Anh +", "84", "09#-###-####", '0', []string{"Điện Biên Phủ", "Lê Lợi", "Nguyễn Huệ"}, []string{"Phường Bến Thành, Quận 1, TP. Hồ Chí Minh", "Phường Tràng Tiền, Hoàn Kiếm, Hà Nội"}, "{n} {s}, {c}", "", []string{"gmail.com", "yahoo.com.vn"}, "VN"},
	{"id_ID", []string{"Budi|Budi", "Siti|Siti", "Agus|Agus", "Dewi|Dewi", "Putri|Putri"}, []string{"Santoso|Santoso", "Wijaya|Wijaya", "Nurhaliza|Nurhaliza", "Saputra|Saputra"}, false, "Bpk. +", "62", "08##-####-###", '0', []string{"Jl. Sudirman", "Jl. Thamrin", "Jl. Gatot Subroto"}, []string{"Jakarta Selatan", "Bandung", "Surabaya"}, "{s} No. {n}, RT 00{n2}/RW 00{n2}, {c} {z}", "#####", []string{"gmail.com", "yahoo.co.id"}, ""},
	{"ru_RU", []string{"Иван|Ivan", "Анна|Anna", "Дмитрий|Dmitry", "Екатерина|Ekaterina", "Сергей|Sergey"}, []string{"Смирнов|Smirnov", "Кузнецов|Kuznetsov", "Попов|Popov", "Соколов|Sokolov"}, true, "", "7", "8 9## ###-##-##", '0', []string{"ул. Тверская", "пр-т Мира", "ул. Ленина"}, []string{"Москва", "Санкт-Петербург", "Казань"}, "{z}, г. {c}, {s}, д. {n}, кв. {n2}", "######", []string{"yandex.ru", "mail.ru", "почта.рф"}, "RU"},
	{"uk_UA", []string{"Олена|Olena", "Тарас|Taras", "Оксана|Oksana", "Андрій|Andrii"}, []string{"Шевченко|Shevchenko", "Коваленко|Kovalenko", "Бондаренко|Bondarenko"}, true, "пані +", "380", "0## ### ## ##", '0', []string{"вул. Хрещатик", "просп. Перемоги", "вул. Сумська"}, []string{"Київ", "Львів", "Харків"}, "{s}, {n}, кв. {n2}, м. {c}, {z}", "#####", []string{"ukr.net", "gmail.com"}, "UA"},
	{"el_GR", []string{"Γιώργος|Giorgos", "Μαρία|Maria", "Νίκος|Nikos", "Ελένη|Eleni"}, []string{"Παπαδόπουλος|Papadopoulos", "Οικονόμου|Oikonomou", "Γεωργίου|Georgiou"}, false, "κ. +", "30", "69# ### ####", '0', []string{"Οδός Ερμού", "Πανεπιστημίου", "Λεωφόρος Συγγρού"}, []string{"Αθήνα", "Θεσσαλονίκη", "Πάτρα"}, "{s} {n}, {z} {c}", "### ##", []string{"otenet.gr", "gmail.com"}, "GR"},
	{"tr_TR", []string{"Mehmet|Mehmet", "Ayşe|Ayse", "Mustafa|Mustafa", "Zeynep|Zeynep", "Çağrı|Cagri"}, []string{"Yılmaz|Yilmaz", "Kaya|Kaya", "Demir|Demir", "Şahin|Sahin", "Öztürk|Ozturk"}, false, "+ Bey", "90", "05## ### ## ##", '0', []string{"İstiklal Cad.", "Atatürk Bulvarı", "Bağdat Cad."}, []string{"Beyoğlu/İstanbul", "Çankaya/Ankara", "Konak/İzmir"}, "{s} No:{n} D:{n2}, {z} {c}", "#####", []string{"hotmail.com", "gmail.com", "yandex.com.tr"}, "TR"},
	{"es_MX", []string{"José|Jose", "María Fernanda|Maria Fernanda", "Juan Pablo|Juan Pablo", "Guadalupe|Guadalupe"}, []string{"González Ruiz|Gonzalez Ruiz", "Hernández|Hernandez", "López Díaz|Lopez Diaz", "Martínez|Martinez"}, false, "Sr. +", "52", "55 #### ####", '0', []string{"Av. Paseo de la Reforma", "Calle Insurgentes Sur", "Av. Revolución"}, []string{"Col. Juárez, CDMX", "Col. Del Valle, CDMX", "Guadalajara, Jal."}, "{s} {n}, Int. {n2}, {c}, C.P. {z}", "#####", []string{"hotmail.com", "prodigy.net.mx", "correo.méxico.mx"}, ""},
	{"pt_BR", []string{"João|Joao", "Ana Luíza|Ana Luiza", "Gabriel|Gabriel", "Beatriz|Beatriz"}, []string{"Silva|Silva", "Gonçalves|Goncalves", "Araújo|Araujo", "Conceição|Conceicao"}, false, "Sr. +", "55", "(11) 9####-####", '0', []string{"Rua das Flores", "Av. Paulista", "Rua Augusta"}, []string{"São Paulo - SP", "Rio de Janeiro - RJ", "Belo Horizonte - MG"}, "{s}, {n} - apto {n2}, {c}, CEP {z}", "#####-###", []string{"uol.com.br", "gmail.com", "bol.com.br"}, "BR"},
	{"es_AR", []string{"Martín|Martin", "Sofía|Sofia", "Joaquín|Joaquin", "Valentina|Valentina"}, []string{"Fernández|Fernandez", "Rodríguez|Rodriguez", "Gómez|Gomez"}, false, "", "54", "11 ####-####", '0', []string{"Av. Corrientes", "Calle Florida", "Av. Santa Fe"}, []string{"CABA", "Rosario, Santa Fe", "Córdoba"}, "{s} {n}, piso {n2}, {c} C{z}", "####", []string{"fibertel.com.ar", "gmail.com"}, ""},
	{"es_CO", []string{"Andrés|Andres", "Camila|Camila", "Santiago|Santiago"}, []string{"Ramírez|Ramirez", "Castaño|Castano", "Ospina|Ospina"}, false, "", "57", "3## ### ####", '0', []string{"Carrera 7", "Calle 72", "Av. El Dorado"}, []string{"Bogotá", "Medellín", "Cali"}, "{s} # {n}-{n2}, {c}", "", []string{"gmail.com", "une.net.co"}, ""},
	{"es_ES", []string{"Lucía|Lucia", "Hugo|Hugo", "Martina|Martina", "Álvaro|Alvaro"}, []string{"García|Garcia", "Sánchez|Sanchez", "Muñoz|Munoz", "Jiménez|Jimenez"}, false, "", "34", "6## ## ## ##", '0', []string{"Calle Mayor", "Gran Vía", "Calle de Alcalá"}, []string{"Madrid", "Sevilla", "Valencia"}, "{s} {n}, {n2}º B, {z} {c}", "#####", []string{"telefonica.net", "gmail.com"}, "ES"},
	{"de_DE", []string{"Lukas|Lukas", "Jürgen|Juergen", "Sophie|Sophie", "Leonie|Leonie"}, []string{"Müller|Mueller", "Schäfer|Schaefer", "Weiß|Weiss", "Koch|Koch"}, false, "Herr +", "49", "01## #######", '0', []string{"Dorfstr.", "Hauptstraße", "Schloßallee"}, []string{"Berlin", "München", "Köln"}, "{s} {n}, {z} {c}", "#####", []string{"web.de", "gmx.de", "t-online.de", "bücher.de"}, "DE"},
	{"fr_FR", []string{"Chloé|Chloe", "Hélène|Helene", "Théo|Theo", "Gaël|Gael"}, []string{"Lefèvre|Lefevre", "Dubois|Dubois", "Moreau|Moreau", "Bérard|Berard"}, false, "M. +", "33", "06 ## ## ## ##", '0', []string{"rue de la Paix", "avenue Victor Hugo", "boulevard Saint-Germain"}, []string{"Paris", "Lyon", "Marseille"}, "{n} {s}, {z} {c}", "#####", []string{"orange.fr", "free.fr", "laposte.net"}, "FR"},
	{"it_IT", []string{"Giulia|Giulia", "Niccolò|Niccolo", "Francesca|Francesca"}, []string{"Rossi|Rossi", "Esposito|Esposito", "Bianchi|Bianchi"}, false, "Sig. +", "39", "3## ### ####", '0', []string{"Via Roma", "Corso Vittorio Emanuele", "Via Garibaldi"}, []string{"Milano MI", "Roma RM", "Napoli NA"}, "{s} {n}, {z} {c}", "#####", []string{"libero.it", "virgilio.it"}, "IT"},
	{"pl_PL", []string{"Zofia|Zofia", "Łukasz|Lukasz", "Małgorzata|Malgorzata"}, []string{"Nowak|Nowak", "Wiśniewski|Wisniewski", "Wójcik|Wojcik"}, false, "Pan +", "48", "5## ### ###", '0', []string{"ul. Kwiatowa", "ul. Marszałkowska", "al. Jerozolimskie"}, []string{"Warszawa", "Kraków", "Gdańsk"}, "{s} {n}/{n2}, {z} {c}", "##-###", []string{"wp.pl", "onet.pl", "o2.pl"}, "PL"},
	{"nl_NL", []string{"Daan|Daan", "Sanne|Sanne", "Bram|Bram"}, []string{"de Vries|de Vries", "van den Berg|van den Berg", "Jansen|Jansen"}, false, "", "31", "06-########", '0', []string{"Keizersgracht", "Damrak", "Coolsingel"}, []string{"Amsterdam", "Rotterdam", "Utrecht"}, "{s} {n}, {z} AB {c}", "####", []string{"ziggo.nl", "kpnmail.nl"}, "NL"},
	{"en_US", nil, nil, false, "Mr. +", "1", "(###) 555-####", '0', nil, nil, "", "", []string{"gmail.com", "outlook.com", "icloud.com"}, ""},
	{"en_GB", []string{"Oliver|Oliver", "Amelia|Amelia", "Harry|Harry", "Isla|Isla"}, []string{"Smith|Smith", "Taylor|Taylor", "O'Brien|O'Brien", "Davies|Davies"}, false, "Ms +", "44", "07### ######", '0', []string{"High Street", "Station Road", "Church Lane"}, []string{"London", "Manchester", "Leeds"}, "Flat {n2}, {n} {s}, {c} SW1A 1AA", "", []string{"btinternet.com", "gmail.com"}, "GB"},
	{"sv_SE", []string{"Åsa|Asa", "Björn|Bjorn", "Linnéa|Linnea"}, []string{"Johansson|Johansson", "Ström|Strom", "Lindqvist|Lindqvist"}, false, "", "46", "07#-### ## ##", '0', []string{"Drottninggatan", "Storgatan", "Kungsgatan"}, []string{"Stockholm", "Göteborg", "Malmö"}, "{s} {n}, {z} {c}", "### ##", []string{"telia.com", "gmail.com"}, "SE"},
	{"cs_CZ", []string{"Jiří|Jiri", "Tereza|Tereza", "Lukáš|Lukas"}, []string{"Novák|Novak", "Dvořák|Dvorak", "Černá|Cerna"}, false, "pan +", "420", "6## ### ###", '0', []string{"Václavské náměstí", "Národní", "Karlova"}, []string{"Praha 1", "Brno", "Ostrava"}, "{s} {n}/{n2}, {z} {c}", "### ##", []string{"seznam.cz", "email.cz"}, "CZ"},
	{"hu_HU", []string{"Bence|Bence", "Eszter|Eszter", "Dániel|Daniel"}, []string{"Nagy|Nagy", "Kovács|Kovacs", "Tóth|Toth"}, true, "", "36", "06 30 ### ####", '0', []string{"Andrássy út", "Váci utca", "Rákóczi út"}, []string{"Budapest", "Debrecen", "Szeged"}, "{z} {c}, {s} {n}. {n2}. em.", "####", []string{"freemail.hu", "citromail.hu"}, "HU"},
}

// fake US people come from gofakeit; the others from the lists above.

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func split2(s string) (string, string) {
	a, b, _ := strings.Cut(s, "|")
	return a, b
}

func fillDigits(r *rand.Rand, pat string) string {
	var b strings.Builder
	for _, c := range pat {
		if c == '#' {
			b.WriteByte(byte('0' + r.IntN(10)))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// toScript rewrites ASCII digits in the digits of the script whose zero is z.
func toScript(s string, z rune) string {
	if z == '0' {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(z + (c - '0'))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// fullWidth turns ASCII letters, digits and punctuation into their full-width forms.
func fullWidth(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c > ' ' && c < 0x7f {
			b.WriteRune(c - 0x21 + 0xFF01)
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// asciiDigits maps every Unicode decimal digit this corpus writes to ASCII.
func asciiDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		b.WriteRune(digitOf(c))
	}
	return b.String()
}

var zeros = []rune{'0', '０', '٠', '۰', '०', '০', '๐'}

func digitOf(c rune) rune {
	for _, z := range zeros {
		if c >= z && c <= z+9 {
			return '0' + (c - z)
		}
	}
	return c
}

func isDigitAny(c rune) bool { return digitOf(c) != c || (c >= '0' && c <= '9') }

func digitsOnly(s string, ascii bool) string {
	var b strings.Builder
	for _, c := range s {
		if isDigitAny(c) {
			if ascii {
				b.WriteRune(digitOf(c))
			} else {
				b.WriteRune(c)
			}
		}
	}
	return b.String()
}

var nfdMap = map[rune]string{'é': "e\u0301", 'è': "e\u0300", 'á': "a\u0301", 'í': "i\u0301", 'ó': "o\u0301", 'ú': "u\u0301", 'ñ': "n\u0303", 'ç': "c\u0327", 'ü': "u\u0308", 'ö': "o\u0308", 'ä': "a\u0308", 'ã': "a\u0303", 'ş': "s\u0327", 'ğ': "g\u0306", 'ł': "ł", 'ř': "r\u030c", 'š': "s\u030c", 'č': "c\u030c", 'ễ': "e\u0302\u0303", 'ũ': "u\u0303", 'ư': "ư", 'Ö': "O\u0308", 'Á': "A\u0301", 'Ç': "C\u0327", 'Ş': "S\u0327", 'Å': "A\u030a", 'å': "a\u030a", 'ë': "e\u0308", 'ò': "o\u0300", 'ß': "ß", 'ơ': "o\u031b", 'ả': "a\u0309", 'ồ': "o\u0302\u0300", 'ệ': "e\u0323\u0302", 'ý': "y\u0301", 'ě': "e\u030c"}

func nfd(s string) string {
	var b strings.Builder
	for _, c := range s {
		if d, ok := nfdMap[c]; ok {
			b.WriteString(d)
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func hasNFD(s string) bool { return nfd(s) != s }
