package fiftheval

import (
	"strings"
)

// locale is one buyer population: names in local script and order, their
// romanised spellings (for email addresses and romanised records), phone
// numbers as people of that country type them, addresses in local shape and
// the local words the log templates use.
type locale struct {
	code           string
	given, family  []string // local script
	rgiven, rfam   []string // romanised, parallel to given and family
	mid            []string // middle names, patronymics, Vietnamese middle names
	nameForms      []string // {G} {F} {F2} {M} {RG} {RF} {RFU}
	phones         []string // X digit, Ｘ full-width digit, Y Arabic-Indic digit
	addr           func(g *gen) address
	domains        []string
	ibanCC         string
	w              words
	currencyAmount func(g *gen) string
}

type words struct {
	recipient, address, phone, hello, myName, myAddr, myPhone, otp, password, thanks, customer string
}

type address struct {
	full, street string
}

func pick[T any](g *gen, xs []T) T { return xs[g.r.IntN(len(xs))] }

func (g *gen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}

func (g *gen) num(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

func (g *gen) itoa(lo, hi int) string { return itoa(g.num(lo, hi)) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
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

// pattern fills X with ASCII digits, Ｘ with full-width digits and Y with
// Arabic-Indic digits; the first digit after a leading "0" group is never 0.
func (g *gen) pattern(p string) string {
	var b strings.Builder
	for _, c := range p {
		switch c {
		case 'X':
			b.WriteByte(byte('0' + g.r.IntN(10)))
		case 'Ｘ':
			b.WriteRune(rune(0xFF10 + g.r.IntN(10)))
		case 'Y':
			b.WriteRune(rune(0x0660 + g.r.IntN(10)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

var foldLatin = strings.NewReplacer(
	"ą", "a", "ć", "c", "ę", "e", "ł", "l", "ń", "n", "ó", "o", "ś", "s", "ź", "z", "ż", "z",
	"č", "c", "ď", "d", "ě", "e", "ň", "n", "ř", "r", "š", "s", "ť", "t", "ů", "u", "ý", "y", "ž", "z",
	"á", "a", "é", "e", "í", "i", "ú", "u", "à", "a", "â", "a", "ç", "c", "è", "e", "ê", "e", "ë", "e",
	"î", "i", "ï", "i", "ô", "o", "û", "u", "ù", "u", "ü", "u", "ñ", "n", "ã", "a", "õ", "o", "ä", "a",
	"ö", "o", "å", "a", "ş", "s", "ğ", "g", "ı", "i", "ș", "s", "ț", "t", "ă", "a", "đ", "d", "ơ", "o",
	"ư", "u", "ễ", "e", "ế", "e", "ạ", "a", "ị", "i", "ồ", "o", "ộ", "o", "ủ", "u", "ỳ", "y", "ý", "y",
	"ầ", "a", "ậ", "a", "ữ", "u", "ứ", "u", "ấ", "a", "ệ", "e", "ờ", "o", "ợ", "o", "ả", "a", "ỹ", "y",
	"Ş", "S", "İ", "I", "Ç", "C", "Ö", "O", "Ü", "U", "Ł", "L", "Ś", "S", "Ž", "Z", "Č", "C", "Ř", "R",
	"Š", "S", "Đ", "D", "É", "E", "Á", "A", "-", "", "'", "", " ", "",
)

func romanFold(s string) string { return strings.ToLower(foldLatin.Replace(s)) }

// latin copies a Latin-script name list as its own romanisation.
func latin(xs ...string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = romanFold(x)
	}
	return out
}

var locales = []*locale{
	{
		code:      "ja_JP",
		family:    []string{"佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"},
		rfam:      []string{"sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato"},
		given:     []string{"陽翔", "結衣", "大翔", "美咲", "翔太", "さくら", "健一", "真由美", "蓮", "陽菜"},
		rgiven:    []string{"haruto", "yui", "hiroto", "misaki", "shota", "sakura", "kenichi", "mayumi", "ren", "hina"},
		nameForms: []string{"{F} {G}", "{F}{G}", "{F}　{G}", "{RFU} {RG}", "{RG} {RF}"},
		phones:    []string{"090-XXXX-XXXX", "080 XXXX XXXX", "+81 90-XXXX-XXXX", "+81-80-XXXX-XXXX", "03-XXXX-XXXX", "(06) XXXX-XXXX", "０９０－ＸＸＸＸ－ＸＸＸＸ", "+81 (0)70 XXXX XXXX", "070XXXXXXXX"},
		addr: func(g *gen) address {
			towns := []string{"桜丘町", "神宮前", "本町", "栄", "梅田", "天神", "中央", "錦"}
			wards := []string{"東京都渋谷区", "東京都港区", "大阪府大阪市北区", "愛知県名古屋市中区", "福岡県福岡市中央区", "神奈川県横浜市西区"}
			bld := []string{"パークハイツ", "メゾン", "グランドール", "サンライズ", "コーポ"}
			if g.r.IntN(3) == 0 {
				rt := []string{"Sakuragaokacho", "Jingumae", "Honcho", "Sakae", "Umeda", "Tenjin", "Nishiki"}
				st := g.itoa(1, 9) + "-" + g.itoa(1, 30) + "-" + g.itoa(1, 20) + " " + pick(g, rt)
				return address{st + ", " + pick(g, []string{"Shibuya-ku, Tokyo", "Minato-ku, Tokyo", "Kita-ku, Osaka", "Naka-ku, Nagoya"}) + " " + g.pattern("XXX-XXXX"), st}
			}
			st := pick(g, towns) + g.itoa(1, 9) + "丁目" + g.itoa(1, 30) + "番" + g.itoa(1, 20) + "号"
			if g.r.IntN(2) == 0 {
				st = pick(g, towns) + g.itoa(1, 9) + "-" + g.itoa(1, 30) + "-" + g.itoa(1, 20)
			}
			return address{"〒" + g.pattern("XXX-XXXX") + " " + pick(g, wards) + st + " " + pick(g, bld) + g.itoa(101, 1205) + "号室", st}
		},
		domains: []string{"yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp", "icloud.com"},
		ibanCC:  "GB",
		w:       words{"お届け先", "配送先住所", "電話番号", "いつもご利用ありがとうございます", "と申します", "住所が変わりました：", "電話番号は", "認証コード", "パスワード", "よろしくお願いします", "お客様"},
	},
	{
		code:      "zh_TW",
		family:    []string{"陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊"},
		rfam:      []string{"chen", "lin", "huang", "chang", "lee", "wang", "wu", "liu", "tsai", "yang"},
		given:     []string{"怡君", "志明", "雅婷", "俊傑", "淑芬", "家豪", "美玲", "冠宇", "宜蓁", "柏翰"},
		rgiven:    []string{"yichun", "chihming", "yating", "chunchieh", "shufen", "chiahao", "meiling", "kuanyu", "yichen", "pohan"},
		nameForms: []string{"{F}{G}", "{F}{G}", "{F} {G}", "{RFU} {RG}"},
		phones:    []string{"09XX-XXX-XXX", "09XX XXX XXX", "+886 9XX XXX XXX", "+886-9XX-XXXXXX", "(02)2XXX-XXXX", "02-2XXX-XXXX", "+886 2 2XXX XXXX", "09XXXXXXXX"},
		addr: func(g *gen) address {
			roads := []string{"忠孝東路", "中山北路", "民生東路", "復興南路", "信義路", "和平東路", "文心路"}
			secs := []string{"一段", "二段", "三段", "四段", "五段"}
			cities := []string{"台北市大安區", "台北市信義區", "新北市板橋區", "台中市西屯區", "高雄市前鎮區"}
			st := pick(g, roads) + pick(g, secs) + g.itoa(1, 300) + "巷" + g.itoa(1, 30) + "弄" + g.itoa(1, 99) + "號"
			if g.r.IntN(3) == 0 {
				st = pick(g, roads) + pick(g, secs) + g.itoa(1, 300) + "號"
			}
			return address{g.pattern("XXX") + pick(g, cities) + st + g.itoa(2, 21) + "樓", st}
		},
		domains: []string{"gmail.com", "yahoo.com.tw", "hotmail.com", "msa.hinet.net"},
		ibanCC:  "GB",
		w:       words{"收件人", "收件地址", "電話", "您好", "我叫", "我的新地址是", "我的手機是", "驗證碼", "密碼", "謝謝", "顧客"},
	},
	{
		code:      "zh_HK",
		family:    []string{"陳", "李", "張", "黃", "何", "梁", "吳", "周"},
		rfam:      []string{"chan", "lee", "cheung", "wong", "ho", "leung", "ng", "chow"},
		given:     []string{"嘉欣", "偉明", "詠詩", "志強", "家樂", "美儀", "子軒", "淑儀"},
		rgiven:    []string{"ka yan", "wai ming", "wing sze", "chi keung", "ka lok", "mei yee", "tsz hin", "shuk yee"},
		nameForms: []string{"{F}{G}", "{RFU} {RG}", "{RF} {RG}", "{F}{G}"},
		phones:    []string{"9XXX XXXX", "6XXX-XXXX", "+852 9XXX XXXX", "(852) 6XXX-XXXX", "852-5XXXXXXX", "+852 2XXX XXXX", "(+852) 9XXX XXXX"},
		addr: func(g *gen) address {
			if g.r.IntN(2) == 0 {
				roads := []string{"Nathan Road", "King's Road", "Hennessy Road", "Taikoo Shing Road", "Castle Peak Road", "Sha Tin Centre Street"}
				st := g.itoa(1, 700) + " " + pick(g, roads)
				return address{"Flat " + pick(g, []string{"A", "B", "C", "D"}) + ", " + g.itoa(2, 40) + "/F, Block " + g.itoa(1, 8) + ", " + st + ", " + pick(g, []string{"Mong Kok, Kowloon", "Quarry Bay", "Tsuen Wan, N.T.", "Sha Tin, N.T."}), st}
			}
			roads := []string{"彌敦道", "英皇道", "軒尼詩道", "青山公路", "沙田正街"}
			st := pick(g, roads) + g.itoa(1, 700) + "號"
			return address{"香港" + pick(g, []string{"九龍旺角", "北角", "灣仔", "新界荃灣"}) + st + g.itoa(2, 40) + "樓" + pick(g, []string{"A", "B", "C"}) + "室", st}
		},
		domains: []string{"gmail.com", "yahoo.com.hk", "netvigator.com", "outlook.com"},
		ibanCC:  "GB",
		w:       words{"收件人", "送貨地址", "電話", "你好", "我叫", "我新地址係", "我電話係", "驗證碼", "密碼", "唔該", "客戶"},
	},
	{
		code:      "th_TH",
		given:     []string{"สมชาย", "สมศักดิ์", "วิภาวดี", "สุภาพร", "ณัฐพล", "กาญจนา", "ธนพร", "ประเสริฐ"},
		rgiven:    []string{"somchai", "somsak", "wipawadee", "supaporn", "nattapon", "kanchana", "thanaporn", "prasert"},
		family:    []string{"ใจดี", "ศรีสุข", "วงศ์สวัสดิ์", "แสงทอง", "บุญมา", "รัตนพันธ์", "ทองดี", "สุวรรณ"},
		rfam:      []string{"jaidee", "srisuk", "wongsawat", "saengthong", "boonma", "rattanapan", "thongdee", "suwan"},
		nameForms: []string{"{G} {F}", "คุณ{G} {F}", "{RG} {RF}", "{G} {F}"},
		phones:    []string{"08X-XXX-XXXX", "08XXXXXXXX", "+66 8X XXX XXXX", "+66 (0) 8X XXX XXXX", "02-XXX-XXXX", "09X XXX XXXX", "+668XXXXXXXX"},
		addr: func(g *gen) address {
			roads := []string{"ถนนสุขุมวิท", "ถนนสีลม", "ถนนพหลโยธิน", "ถนนรัชดาภิเษก", "ถนนเพชรบุรี"}
			st := g.itoa(1, 999) + "/" + g.itoa(1, 99) + " หมู่ " + g.itoa(1, 12) + " " + pick(g, roads)
			return address{st + " แขวงคลองเตย เขตคลองเตย กรุงเทพฯ " + g.pattern("10XX0"), st}
		},
		domains: []string{"gmail.com", "hotmail.com", "yahoo.co.th"},
		ibanCC:  "GB",
		w:       words{"ผู้รับ", "ที่อยู่จัดส่ง", "เบอร์โทร", "สวัสดีค่ะ", "ชื่อ", "ที่อยู่ใหม่ของฉันคือ", "เบอร์ของฉันคือ", "รหัส OTP", "รหัสผ่าน", "ขอบคุณค่ะ", "ลูกค้า"},
	},
	{
		code:      "vi_VN",
		family:    []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ"},
		rfam:      []string{"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu"},
		mid:       []string{"Văn", "Thị", "Minh", "Đức", "Ngọc", "Thanh"},
		given:     []string{"Hùng", "Lan", "Tuấn", "Hương", "Dũng", "Mai", "Khoa", "Trang"},
		rgiven:    []string{"hung", "lan", "tuan", "huong", "dung", "mai", "khoa", "trang"},
		nameForms: []string{"{F} {M} {G}", "{F} {G}", "{RFU} {M} {RG}", "{F} {M} {G}"},
		phones:    []string{"09X XXX XXXX", "09XXXXXXXX", "+84 9X XXX XX XX", "+84 (0) 9X XXX XXXX", "(028) 38XX XXXX", "09X.XXX.XXXX", "849XXXXXXXX"},
		addr: func(g *gen) address {
			streets := []string{"Nguyễn Huệ", "Lê Lợi", "Điện Biên Phủ", "Trần Hưng Đạo", "Hai Bà Trưng", "Cách Mạng Tháng Tám"}
			if g.r.IntN(2) == 0 {
				st := "Số " + g.itoa(1, 200) + " ngõ " + g.itoa(1, 99) + " phố " + pick(g, []string{"Huế", "Bạch Mai", "Kim Mã", "Tôn Đức Thắng"})
				return address{st + ", Quận Hai Bà Trưng, Hà Nội", st}
			}
			st := g.itoa(1, 500) + " " + pick(g, streets)
			return address{st + ", Phường Bến Nghé, Quận " + g.itoa(1, 12) + ", TP. Hồ Chí Minh", st}
		},
		domains: []string{"gmail.com", "yahoo.com.vn", "outlook.com"},
		ibanCC:  "GB",
		w:       words{"Người nhận", "Địa chỉ giao hàng", "SĐT", "Chào shop", "mình tên là", "địa chỉ mới của mình là", "số điện thoại của mình là", "Mã xác thực", "mật khẩu", "cảm ơn", "khách hàng"},
	},
	{
		code:      "id_ID",
		given:     []string{"Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Hendra", "Wulan"},
		family:    []string{"Santoso", "Wijaya", "Saputra", "Lestari", "Hidayat", "Kusuma", "Nugroho", "Pratama"},
		nameForms: []string{"{G} {F}", "{G} {F}", "{G}", "{G} {F2} {F}"},
		phones:    []string{"08XX-XXXX-XXXX", "08XXXXXXXXXX", "+62 8XX-XXXX-XXXX", "(+62) 8XX XXXX XXX", "628XXXXXXXXXX", "(021) 5XXXXXX", "0812 XXXX XXXX"},
		addr: func(g *gen) address {
			st := "Jl. " + pick(g, []string{"Gatot Subroto", "Sudirman", "Thamrin", "Diponegoro", "Gajah Mada", "Kebon Jeruk Raya"}) + " No. " + g.itoa(1, 250)
			return address{st + ", RT " + g.pattern("00X") + "/RW " + g.pattern("00X") + ", Kel. " + pick(g, []string{"Kuningan", "Menteng", "Kebayoran"}) + ", Jakarta Selatan " + g.pattern("1XXX0"), st}
		},
		domains: []string{"gmail.com", "yahoo.co.id", "ymail.com"},
		ibanCC:  "GB",
		w:       words{"Penerima", "Alamat pengiriman", "No. HP", "Halo kak", "nama saya", "alamat baru saya", "nomor saya", "Kode verifikasi", "kata sandi", "makasih", "pelanggan"},
	},
	{
		code:      "tr_TR",
		given:     []string{"Mehmet", "Ayşe", "Mustafa", "Fatma", "Emre", "Zeynep", "Burak", "Elif"},
		family:    []string{"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk"},
		nameForms: []string{"{G} {F}", "{G} {F}", "{G} {FU}", "{G} {F2} {F}"},
		phones:    []string{"05XX XXX XX XX", "0 (5XX) XXX XX XX", "+90 5XX XXX XX XX", "+90 (5XX) XXX-XXXX", "(0212) XXX XX XX", "905XXXXXXXXX", "5XXXXXXXXX"},
		addr: func(g *gen) address {
			st := pick(g, []string{"Atatürk", "Cumhuriyet", "Fatih", "Bahçelievler", "Yeni"}) + " Mah. " + pick(g, []string{"Gül", "Lale", "Menekşe", "Çınar", "Papatya"}) + " Sok. No: " + g.itoa(1, 90) + " D: " + g.itoa(1, 20)
			return address{st + ", " + g.pattern("34XXX") + " " + pick(g, []string{"Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir"}), st}
		},
		domains: []string{"gmail.com", "hotmail.com", "yandex.com.tr"},
		ibanCC:  "TR",
		w:       words{"Alıcı", "Teslimat adresi", "Telefon", "Merhaba", "adım", "yeni adresim", "numaram", "doğrulama kodunuz", "şifre", "teşekkürler", "müşteri"},
	},
	{
		code:      "pl_PL",
		given:     []string{"Krzysztof", "Agnieszka", "Piotr", "Małgorzata", "Tomasz", "Katarzyna", "Paweł", "Joanna"},
		family:    []string{"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowska", "Zielińska"},
		nameForms: []string{"{G} {F}", "{F} {G}", "{G} {F}-{F2}", "{G} {F}"},
		phones:    []string{"+48 5XX XXX XXX", "5XX-XXX-XXX", "5XX XXX XXX", "(22) XXX XX XX", "0048 5XXXXXXXX", "+48 (22) XXX-XX-XX", "+48XXXXXXXXX"},
		addr: func(g *gen) address {
			st := pick(g, []string{"ul. Kwiatowa", "ul. Długa", "ul. Marszałkowska", "al. Jerozolimskie", "ul. Piotrkowska", "os. Tysiąclecia"}) + " " + g.itoa(1, 200)
			if g.r.IntN(2) == 0 {
				st += " m. " + g.itoa(1, 80)
			} else {
				st += "/" + g.itoa(1, 80)
			}
			return address{st + ", " + g.pattern("XX-XXX") + " " + pick(g, []string{"Warszawa", "Kraków", "Łódź", "Wrocław"}), st}
		},
		domains: []string{"wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"},
		ibanCC:  "PL",
		w:       words{"Odbiorca", "Adres dostawy", "tel.", "Dzień dobry", "nazywam się", "mój nowy adres to", "mój numer to", "Twój kod weryfikacyjny", "hasło", "dziękuję", "klient"},
	},
	{
		code:      "cs_CZ",
		given:     []string{"Jiří", "Jana", "Petr", "Eva", "Tomáš", "Lucie", "Martin", "Tereza"},
		family:    []string{"Novák", "Svobodová", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý", "Horáková"},
		nameForms: []string{"{G} {F}", "{F} {G}", "Ing. {G} {F}", "{G} {F}"},
		phones:    []string{"+420 6XX XXX XXX", "6XX XXX XXX", "7XX XXX XXX", "00420 7XXXXXXXX", "+420 2XX XXX XXX", "+420XXXXXXXXX"},
		addr: func(g *gen) address {
			st := pick(g, []string{"Vinohradská", "Husova", "Masarykova", "Na Příkopě", "Dlouhá", "Korunní"}) + " " + g.itoa(100, 3000) + "/" + g.itoa(1, 99)
			return address{st + ", " + g.pattern("1X0 00") + " Praha " + g.itoa(1, 10), st}
		},
		domains: []string{"seznam.cz", "email.cz", "centrum.cz", "gmail.com"},
		ibanCC:  "CZ",
		w:       words{"Příjemce", "Doručovací adresa", "tel.", "Dobrý den", "jmenuji se", "moje nová adresa je", "moje číslo je", "ověřovací kód", "heslo", "děkuji", "zákazník"},
	},
	{
		code:      "ro_RO",
		given:     []string{"Andrei", "Ioana", "Mihai", "Elena", "Alexandru", "Maria", "Bogdan", "Cristina"},
		family:    []string{"Popescu", "Ionescu", "Popa", "Dumitrescu", "Stan", "Constantinescu", "Georgescu", "Munteanu"},
		nameForms: []string{"{G} {F}", "{F} {G}", "{FU} {G}", "{G}-{G2} {F}"},
		phones:    []string{"07XX XXX XXX", "+40 7XX XXX XXX", "07XX.XXX.XXX", "(021) 3XX XXXX", "0040 7XXXXXXXX", "+40-7XX-XXX-XXX"},
		addr: func(g *gen) address {
			st := "Str. " + pick(g, []string{"Mihai Eminescu", "Victoriei", "Lipscani", "Dorobanților", "Unirii"}) + " nr. " + g.itoa(1, 150)
			return address{st + ", bl. " + pick(g, []string{"A3", "B2", "C1", "M7"}) + ", sc. " + g.itoa(1, 4) + ", ap. " + g.itoa(1, 60) + ", Sector " + g.itoa(1, 6) + ", București " + g.pattern("0XXXXX"), st}
		},
		domains: []string{"yahoo.com", "gmail.com", "yahoo.ro"},
		ibanCC:  "RO",
		w:       words{"Destinatar", "Adresa de livrare", "Telefon", "Bună ziua", "mă numesc", "noua mea adresă este", "numărul meu este", "codul de verificare", "parola", "mulțumesc", "client"},
	},
	{
		code:      "el_GR",
		given:     []string{"Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Αικατερίνη", "Κωνσταντίνος", "Σοφία"},
		rgiven:    []string{"giorgos", "maria", "nikos", "eleni", "dimitris", "aikaterini", "konstantinos", "sofia"},
		family:    []string{"Παπαδόπουλος", "Παπαδοπούλου", "Οικονόμου", "Γεωργίου", "Νικολάου", "Βασιλείου", "Ιωάννου", "Καραγιάννης"},
		rfam:      []string{"papadopoulos", "papadopoulou", "oikonomou", "georgiou", "nikolaou", "vasileiou", "ioannou", "karagiannis"},
		nameForms: []string{"{G} {F}", "{F} {G}", "{RG} {RF}", "{RFU} {RGU}"},
		phones:    []string{"69X XXX XXXX", "+30 69X XXX XXXX", "210 XXX XXXX", "+30 210-XXXXXXX", "0030 69XXXXXXXX", "69XXXXXXXX"},
		addr: func(g *gen) address {
			st := pick(g, []string{"Οδός Ερμού", "Λεωφ. Κηφισίας", "Οδός Σταδίου", "Οδός Αθηνάς", "Λεωφ. Συγγρού"}) + " " + g.itoa(1, 300)
			return address{st + ", " + g.pattern("1XX XX") + " Αθήνα", st}
		},
		domains: []string{"gmail.com", "yahoo.gr", "otenet.gr"},
		ibanCC:  "GR",
		w:       words{"Παραλήπτης", "Διεύθυνση αποστολής", "Τηλ.", "Καλησπέρα", "με λένε", "η νέα μου διεύθυνση είναι", "το τηλέφωνό μου είναι", "κωδικός επαλήθευσης", "κωδικός πρόσβασης", "ευχαριστώ", "πελάτης"},
	},
	{
		code:      "he_IL",
		given:     []string{"יוסי", "מיכל", "דוד", "נועה", "אבי", "שירה", "משה", "רותם"},
		rgiven:    []string{"yossi", "michal", "david", "noa", "avi", "shira", "moshe", "rotem"},
		family:    []string{"כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "אזולאי"},
		rfam:      []string{"cohen", "levi", "mizrahi", "peretz", "biton", "avraham", "friedman", "azoulay"},
		nameForms: []string{"{G} {F}", "{G} {F}", "{RG} {RF}", "{F} {G}"},
		phones:    []string{"05X-XXX-XXXX", "+972-5X-XXX-XXXX", "+972 (0)5X XXXXXXX", "(03) XXX-XXXX", "05XXXXXXXX", "972 5X XXX XXXX"},
		addr: func(g *gen) address {
			st := pick(g, []string{"רחוב הרצל", "רחוב דיזנגוף", "שדרות רוטשילד", "רחוב יפו", "רחוב בן יהודה"}) + " " + g.itoa(1, 200)
			return address{st + " דירה " + g.itoa(1, 40) + ", " + pick(g, []string{"תל אביב", "ירושלים", "חיפה"}) + " " + g.pattern("XXXXXXX"), st}
		},
		domains: []string{"gmail.com", "walla.co.il", "012.net.il"},
		ibanCC:  "IL",
		w:       words{"נמען", "כתובת למשלוח", "טלפון", "שלום", "קוראים לי", "הכתובת החדשה שלי היא", "המספר שלי", "קוד האימות שלך", "סיסמה", "תודה", "לקוח"},
	},
	{
		code:      "ru_RU",
		given:     []string{"Александр", "Елена", "Дмитрий", "Ольга", "Сергей", "Наталья", "Иван", "Анастасия"},
		rgiven:    []string{"aleksandr", "elena", "dmitriy", "olga", "sergey", "natalya", "ivan", "anastasiya"},
		family:    []string{"Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Новиков", "Морозова"},
		rfam:      []string{"ivanov", "smirnova", "kuznetsov", "popova", "sokolov", "lebedeva", "novikov", "morozova"},
		mid:       []string{"Сергеевич", "Петровна", "Иванович", "Алексеевна", "Дмитриевич", "Андреевна"},
		nameForms: []string{"{F} {G} {M}", "{G} {F}", "{F} {G}", "{RG} {RF}"},
		phones:    []string{"+7 (9XX) XXX-XX-XX", "8 9XX XXX-XX-XX", "8 (495) XXX-XX-XX", "+79XXXXXXXXX", "89XXXXXXXXX", "+7 9XX XXX XX XX"},
		addr: func(g *gen) address {
			st := pick(g, []string{"ул. Тверская", "ул. Ленина", "пр-т Мира", "ул. Садовая", "Невский пр-т"}) + ", д. " + g.itoa(1, 150)
			return address{st + ", кв. " + g.itoa(1, 300) + ", " + pick(g, []string{"Москва", "Санкт-Петербург", "Казань"}) + ", " + g.pattern("1XXXXX"), st}
		},
		domains: []string{"mail.ru", "yandex.ru", "gmail.com", "bk.ru"},
		ibanCC:  "GB",
		w:       words{"Получатель", "Адрес доставки", "тел.", "Здравствуйте", "меня зовут", "мой новый адрес", "мой номер", "код подтверждения", "пароль", "спасибо", "покупатель"},
	},
	{
		code:      "fr_FR",
		given:     []string{"Jean-Pierre", "Camille", "Nicolas", "Manon", "Théo", "Léa", "Mathieu", "Chloé"},
		family:    []string{"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Rousseau"},
		nameForms: []string{"{G} {F}", "{FU} {G}", "{G} de {F}", "{G} {F}"},
		phones:    []string{"06 XX XX XX XX", "+33 6 XX XX XX XX", "+33 (0)7 XX XX XX XX", "06.XX.XX.XX.XX", "01 XX XX XX XX", "0033 6XXXXXXXX", "06XXXXXXXX"},
		addr: func(g *gen) address {
			st := g.itoa(1, 150) + pick(g, []string{"", " bis", " ter"}) + " " + pick(g, []string{"rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire", "rue du Faubourg Saint-Antoine", "impasse des Lilas", "allée des Tilleuls"})
			return address{pick(g, []string{"", "Bât. B, ", "Appt 12, "}) + st + ", " + g.pattern("75XXX") + " " + pick(g, []string{"Paris", "Lyon", "Marseille"}), st}
		},
		domains: []string{"orange.fr", "free.fr", "gmail.com", "laposte.net"},
		ibanCC:  "FR",
		w:       words{"Destinataire", "Adresse de livraison", "Tél.", "Bonjour", "je m'appelle", "ma nouvelle adresse est", "mon numéro est", "code de vérification", "mot de passe", "merci", "client"},
	},
	{
		code:      "de_AT",
		given:     []string{"Lukas", "Anna", "Maximilian", "Lena", "Tobias", "Sophie", "Florian", "Katharina"},
		family:    []string{"Gruber", "Huber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner", "Moser"},
		nameForms: []string{"{G} {F}", "{F}, {G}", "Mag. {G} {F}", "{G} {F}"},
		phones:    []string{"0664 XXXXXXX", "+43 664 XXX XXXX", "+43 (0) 676 XXXXXXX", "01 XXX XXXX", "+43 1 XXX XX XX", "0043 699 XXXXXXXX", "0650/XXXXXXX"},
		addr: func(g *gen) address {
			st := pick(g, []string{"Mariahilfer Straße", "Landstraßer Hauptstraße", "Getreidegasse", "Herrengasse", "Wiedner Gürtel"}) + " " + g.itoa(1, 120) + "/" + g.itoa(1, 9) + "/" + g.itoa(1, 30)
			return address{st + ", " + g.pattern("1XX0") + " Wien", st}
		},
		domains: []string{"gmx.at", "aon.at", "gmail.com", "chello.at"},
		ibanCC:  "AT",
		w:       words{"Empfänger", "Lieferadresse", "Tel.", "Grüß Gott", "mein Name ist", "meine neue Adresse ist", "meine Nummer ist", "Bestätigungscode", "Passwort", "danke", "Kunde"},
	},
	{
		code:      "es_ES",
		given:     []string{"José Antonio", "María", "Carmen", "Javier", "Lucía", "Alejandro", "Paula", "Sergio"},
		family:    []string{"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez"},
		nameForms: []string{"{G} {F} {F2}", "{G} {F}", "{FU} {F2U}, {G}", "{G} {F} {F2}"},
		phones:    []string{"6XX XX XX XX", "+34 6XX XXX XXX", "91 XXX XX XX", "0034 6XXXXXXXX", "6XX-XXX-XXX", "+34 (9X) XXX XX XX", "6XXXXXXXX"},
		addr: func(g *gen) address {
			st := pick(g, []string{"C/ Mayor", "Calle de Alcalá", "Avda. Diagonal", "Paseo de Gracia", "Gran Vía"}) + ", " + g.itoa(1, 300)
			return address{st + ", " + g.itoa(1, 9) + "º " + pick(g, []string{"A", "B", "Izda.", "Dcha."}) + ", " + g.pattern("28XXX") + " " + pick(g, []string{"Madrid", "Barcelona", "Valencia"}), st}
		},
		domains: []string{"gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"},
		ibanCC:  "ES",
		w:       words{"Destinatario", "Dirección de envío", "Teléfono", "Hola", "me llamo", "mi nueva dirección es", "mi número es", "código de verificación", "contraseña", "gracias", "cliente"},
	},
	{
		code:      "sv_SE",
		given:     []string{"Erik", "Anna", "Lars", "Karin", "Johan", "Emma", "Oskar", "Maja"},
		family:    []string{"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson"},
		nameForms: []string{"{G} {F}", "{G} {G2} {F}", "{F}, {G}", "{G} {F}"},
		phones:    []string{"070-XXX XX XX", "+46 70 XXX XX XX", "08-XXX XXX XX", "07XXXXXXXX", "+46 (0)73 XXX XX XX", "0046 76XXXXXXX"},
		addr: func(g *gen) address {
			st := pick(g, []string{"Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Götgatan"}) + " " + g.itoa(1, 120)
			return address{st + " lgh " + g.itoa(1001, 1805) + ", " + g.pattern("1XX XX") + " Stockholm", st}
		},
		domains: []string{"telia.com", "gmail.com", "hotmail.se", "bredband.net"},
		ibanCC:  "SE",
		w:       words{"Mottagare", "Leveransadress", "Telefon", "Hej", "jag heter", "min nya adress är", "mitt nummer är", "verifieringskod", "lösenord", "tack", "kund"},
	},
	{
		code:      "pt_PT",
		given:     []string{"João", "Maria", "Tiago", "Inês", "Rui", "Beatriz", "Duarte", "Leonor"},
		family:    []string{"Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins"},
		nameForms: []string{"{G} {F2} {F}", "{G} dos {F}", "{G} {F}", "{G} {F2} da {F}"},
		phones:    []string{"9XX XXX XXX", "+351 9XX XXX XXX", "21 XXX XXXX", "00351 9XXXXXXXX", "+351 21 XXX XX XX", "9XXXXXXXX"},
		addr: func(g *gen) address {
			st := pick(g, []string{"Rua Augusta", "Av. da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo", "Largo do Rato"}) + ", " + g.itoa(1, 300)
			return address{st + ", " + g.itoa(1, 8) + ".º " + pick(g, []string{"Esq.", "Dto.", "Frt."}) + ", " + g.pattern("1XXX-XXX") + " Lisboa", st}
		},
		domains: []string{"sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"},
		ibanCC:  "PT",
		w:       words{"Destinatário", "Morada de entrega", "Telemóvel", "Olá", "chamo-me", "a minha nova morada é", "o meu número é", "código de verificação", "palavra-passe", "obrigado", "cliente"},
	},
	{
		code:      "en_GB",
		given:     []string{"Oliver", "Amelia", "Harry", "Isla", "George", "Freya", "Jack", "Poppy"},
		family:    []string{"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans"},
		nameForms: []string{"{G} {F}", "{G} {F}-{F2}", "Mrs {G} {F}", "{F}, {G}"},
		phones:    []string{"07700 XXXXXX", "+44 7XXX XXXXXX", "+44 (0)20 7XXX XXXX", "020 7XXX XXXX", "(0161) XXX XXXX", "07XXX XXX XXX", "0044 7XXXXXXXXX"},
		addr: func(g *gen) address {
			st := g.itoa(1, 250) + " " + pick(g, []string{"Kingsley Road", "Victoria Street", "Church Lane", "Mill Close", "Station Approach", "The Crescent"})
			return address{pick(g, []string{"Flat " + g.itoa(1, 30) + ", ", "", "Apartment " + g.itoa(1, 9) + ", "}) + st + ", " + pick(g, []string{"Leeds LS6 2AB", "Manchester M14 5RT", "Bristol BS8 1TH", "London SE15 4QN"}), st}
		},
		domains: []string{"btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"},
		ibanCC:  "GB",
		w:       words{"Recipient", "Delivery address", "Tel", "Hi", "my name is", "my new address is", "my number is", "Your verification code is", "password", "cheers", "customer"},
	},
	{
		code:      "en_IN",
		given:     []string{"Rahul", "Priya", "Amit", "Sneha", "Arjun", "Ananya", "Vikram", "Kavya"},
		family:    []string{"Sharma", "Patel", "Reddy", "Iyer", "Nair", "Gupta", "Singh", "Banerjee"},
		nameForms: []string{"{G} {F}", "{G} {F}", "{GU} {FU}", "{G} Kumar {F}"},
		phones:    []string{"98XXX XXXXX", "+91 9XXXX XXXXX", "+91-9XXXXXXXXX", "09XXXXXXXXX", "080-2XXX XXXX", "919XXXXXXXXX", "(+91) 7XXXX-XXXXX"},
		addr: func(g *gen) address {
			st := pick(g, []string{"Sai Residency", "Lakshmi Nilayam", "Green Park Apartments", "Shanti Kunj"}) + ", " + g.itoa(1, 20) + "th Cross"
			return address{"Flat " + g.itoa(101, 905) + ", " + st + ", " + pick(g, []string{"Indiranagar", "Koramangala", "Andheri West", "Salt Lake"}) + ", near " + pick(g, []string{"HDFC Bank", "Ganesh Temple", "Metro Station"}) + ", " + pick(g, []string{"Bengaluru", "Mumbai", "Kolkata"}) + " - " + g.pattern("5600XX"), st}
		},
		domains: []string{"gmail.com", "rediffmail.com", "yahoo.co.in"},
		ibanCC:  "GB",
		w:       words{"Consignee", "Shipping address", "Mobile", "Hello sir", "my name is", "my new address is", "my mobile is", "OTP", "password", "thanks", "customer"},
	},
	{
		code:      "en_ZA",
		given:     []string{"Thabo", "Lerato", "Sipho", "Nomvula", "Johan", "Annelie", "Pieter", "Zanele"},
		family:    []string{"Nkosi", "Dlamini", "Mokoena", "Botha", "van der Merwe", "Naidoo", "Khumalo", "Pretorius"},
		nameForms: []string{"{G} {F}", "{G} {F}", "{F}, {G}", "{G} {F}"},
		phones:    []string{"082 XXX XXXX", "+27 82 XXX XXXX", "(011) XXX-XXXX", "+27(0)72 XXX XXXX", "0027 83XXXXXXX", "07XXXXXXXX"},
		addr: func(g *gen) address {
			st := g.itoa(1, 200) + " " + pick(g, []string{"Jacaranda Ave", "Jan Smuts Ave", "Rivonia Rd", "Long Street", "Oxford Rd"})
			return address{"Unit " + g.itoa(1, 40) + ", " + st + ", " + pick(g, []string{"Sandton, Johannesburg, 2196", "Sea Point, Cape Town, 8005", "Umhlanga, Durban, 4320"}), st}
		},
		domains: []string{"gmail.com", "webmail.co.za", "mweb.co.za"},
		ibanCC:  "GB",
		w:       words{"Recipient", "Delivery address", "Cell", "Howzit", "my name is", "my new address is", "my cell is", "OTP", "password", "thanks", "customer"},
	},
	{
		code:      "en_SG",
		given:     []string{"Wei Ling", "Jun Jie", "Hui Min", "Kumar", "Siti Nurhaliza", "Muhammad Faiz", "Mei Xin", "Ravi"},
		rgiven:    []string{"weiling", "junjie", "huimin", "kumar", "siti", "faiz", "meixin", "ravi"},
		family:    []string{"Tan", "Lim", "Lee", "Ng", "Goh", "Chua", "bin Ismail", "s/o Subramaniam"},
		rfam:      []string{"tan", "lim", "lee", "ng", "goh", "chua", "ismail", "subramaniam"},
		nameForms: []string{"{F} {G}", "{G} {F}", "{FU} {G}", "{F} {G}"},
		phones:    []string{"9XXX XXXX", "+65 8XXX XXXX", "(65) 9XXX XXXX", "+65-6XXX-XXXX", "65 9XXXXXXX", "8XXX-XXXX"},
		addr: func(g *gen) address {
			st := "Blk " + g.itoa(1, 999) + " " + pick(g, []string{"Ang Mo Kio Ave 3", "Jurong West St 42", "Tampines St 81", "Bedok North Rd"}) + " #" + g.pattern("XX-XXX")
			return address{st + ", Singapore " + g.pattern("5XXXXX"), st}
		},
		domains: []string{"gmail.com", "singnet.com.sg", "hotmail.com"},
		ibanCC:  "GB",
		w:       words{"Recipient", "Delivery address", "HP", "Hi", "my name is", "my new address is", "my hp no is", "OTP", "password", "tks", "customer"},
	},
	{
		code:      "sw_KE",
		given:     []string{"Wanjiku", "Otieno", "Achieng", "Kamau", "Njeri", "Mwangi", "Akinyi", "Kiprono"},
		family:    []string{"Kamau", "Otieno", "Mwangi", "Wanjala", "Kiplagat", "Omondi", "Njoroge", "Chebet"},
		nameForms: []string{"{G} {F}", "{G} {F}", "{FU} {G}", "{G} {G2} {F}"},
		phones:    []string{"0712 XXXXXX", "+254 7XX XXX XXX", "2547XXXXXXXX", "(020) XXXXXXX", "07XX XXX XXX", "+254-7XX-XXXXXX"},
		addr: func(g *gen) address {
			if g.r.IntN(2) == 0 {
				st := "P.O. Box " + g.itoa(100, 99999) + "-" + g.pattern("00X00")
				return address{st + ", " + pick(g, []string{"Nairobi", "Mombasa", "Kisumu"}), st}
			}
			st := pick(g, []string{"Kimathi House", "Ngong Lane Plaza", "Mama Ngina Court"}) + ", " + pick(g, []string{"Moi Avenue", "Ngong Road", "Kenyatta Avenue"})
			return address{st + ", " + g.itoa(1, 9) + "rd Floor, Nairobi", st}
		},
		domains: []string{"gmail.com", "yahoo.com", "safaricom.co.ke"},
		ibanCC:  "GB",
		w:       words{"Mpokeaji", "Anwani ya kupeleka", "Simu", "Habari", "jina langu ni", "anwani yangu mpya ni", "namba yangu ni", "nambari ya uthibitisho", "nenosiri", "asante", "mteja"},
	},
	{
		code:      "ar_SA",
		given:     []string{"محمد", "عبدالله", "فاطمة", "نورة", "خالد", "سارة", "فيصل", "ريم"},
		rgiven:    []string{"mohammed", "abdullah", "fatimah", "noura", "khalid", "sarah", "faisal", "reem"},
		family:    []string{"العتيبي", "القحطاني", "الغامدي", "الشهري", "الدوسري", "الحربي", "المطيري", "الزهراني"},
		rfam:      []string{"alotaibi", "alqahtani", "alghamdi", "alshehri", "aldosari", "alharbi", "almutairi", "alzahrani"},
		nameForms: []string{"{G} {F}", "{G} بن {G2} {F}", "{RG} {RF}", "{G} {F}"},
		phones:    []string{"05X XXX XXXX", "+966 5X XXX XXXX", "00966 5XXXXXXXX", "011 XXX XXXX", "9665XXXXXXXX", "٠٥YYYYYYYY", "+966-5X-XXX-XXXX"},
		addr: func(g *gen) address {
			if g.r.IntN(2) == 0 {
				st := g.itoa(1000, 9999) + " " + pick(g, []string{"طريق الملك فهد", "شارع التحلية", "طريق الأمير محمد بن عبدالعزيز"})
				return address{st + "، حي العليا، الرياض " + g.pattern("1XXXX") + "، الرقم الإضافي " + g.pattern("XXXX"), st}
			}
			st := "Building " + g.itoa(1000, 9999) + ", " + pick(g, []string{"King Fahd Rd", "Tahlia St", "Prince Sultan St"})
			return address{st + ", Al Olaya, Riyadh " + g.pattern("1XXXX") + ", Additional No. " + g.pattern("XXXX") + ", short address " + g.pattern("RRRDXXXX"), st}
		},
		domains: []string{"gmail.com", "hotmail.com", "outlook.sa"},
		ibanCC:  "SA",
		w:       words{"المستلم", "عنوان الشحن", "الجوال", "السلام عليكم", "اسمي", "عنواني الجديد", "رقمي", "رمز التحقق", "كلمة المرور", "شكرا", "العميل"},
	},
}

// person is one buyer of a locale.
type person struct {
	name, shape string
	words       []string // the name's words, for the judge
	email       string
}

func (g *gen) person(l *locale) person {
	gi, fi := g.r.IntN(len(l.given)), g.r.IntN(len(l.family))
	g2, f2 := g.r.IntN(len(l.given)), g.r.IntN(len(l.family))
	if g2 == gi {
		g2 = (g2 + 1) % len(l.given)
	}
	if f2 == fi {
		f2 = (f2 + 1) % len(l.family)
	}
	rg, rf := romanFold(l.given[gi]), romanFold(l.family[fi])
	if l.rgiven != nil {
		rg = l.rgiven[gi]
	}
	if l.rfam != nil {
		rf = l.rfam[fi]
	}
	title := func(s string) string {
		parts := strings.Fields(s)
		for i, p := range parts {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
		return strings.Join(parts, " ")
	}
	mid := ""
	if len(l.mid) > 0 {
		mid = pick(g, l.mid)
	}
	fi2 := g.r.IntN(len(l.nameForms))
	form := l.nameForms[fi2]
	name := strings.NewReplacer(
		"{G}", l.given[gi], "{F}", l.family[fi], "{F2}", l.family[f2], "{G2}", l.given[g2], "{M}", mid,
		"{RG}", title(rg), "{RF}", title(rf), "{RFU}", strings.ToUpper(rf), "{RGU}", strings.ToUpper(rg),
		"{FU}", strings.ToUpper(l.family[fi]), "{F2U}", strings.ToUpper(l.family[f2]), "{GU}", strings.ToUpper(l.given[gi]),
	).Replace(form)
	local := ""
	rgc, rfc := strings.ReplaceAll(rg, " ", ""), strings.ReplaceAll(rf, " ", "")
	switch g.r.IntN(7) {
	case 0:
		local = rgc + "." + rfc
	case 1:
		local = rfc + "_" + rgc + g.itoa(1, 99)
	case 2:
		local = rgc[:1] + rfc
	case 3:
		local = rfc + "." + rgc + "+" + pick(g, []string{"shop", "amazon", "shopee", "orders", "lazada"})
	case 4:
		local = rgc + g.itoa(1960, 2006)
	case 5:
		local = strings.ToLower(g.f.Username())
	default:
		local = rfc + "-" + rgc[:1] + g.itoa(10, 999)
	}
	return person{
		name:  name,
		shape: "form" + itoa(fi2),
		words: strings.Fields(strings.ReplaceAll(name, "　", " ")),
		email: local + "@" + pick(g, l.domains),
	}
}
