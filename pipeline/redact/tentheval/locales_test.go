package tentheval

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// locale is one market's people: names in local order and script (with a
// romanisation where the script is not Latin), its numbering plan and its
// address shapes.
type locale struct {
	code        string
	given       []string
	family      []string
	romGiven    []string // parallel to given, "" when the script is Latin
	romFamily   []string
	familyFirst bool
	noSpace     bool     // family and given name written together (CJK)
	particles   []string // written between given and family name
	honor       []string // before (or, for CJK, after) the name
	cc          string
	trunk       string
	mobile      []string // leading digits of a mobile NSN
	nsn         int      // national significant number length
	groups      [][]int  // national groupings of trunk+NSN
	digits      rune     // zero of a local digit system, 0 when none
	domains     []string
	cities      []string
	postcode    func(r *rand.Rand) string
	street      func(r *rand.Rand, c *gen) address
	nameKey     string // "name" in the local language, as a key
	phoneKey    string
	addrKey     string
	passKey     string
	greet       string // a chat opener in the buyer's language
}

type address struct {
	text  string // the whole address as one line
	line1 string // street line
	city  string
	post  string
	frags []string // distinctive street words, the leak fragments
}

func dg(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func nd(n int) func(r *rand.Rand) string { return func(r *rand.Rand) string { return dg(r, n) } }

// streetAddr builds a street line from parts; the street's own words are the
// fragments.
func simpleStreet(names []string, format string) func(r *rand.Rand, c *gen) address {
	return func(r *rand.Rand, c *gen) address {
		s := pick(r, names)
		no := fmt.Sprint(1 + r.IntN(240))
		line := strings.NewReplacer("{s}", s, "{n}", no, "{u}", fmt.Sprint(1+r.IntN(40)), "{f}", fmt.Sprint(1+r.IntN(30))).Replace(format)
		return address{line1: line, frags: []string{s}}
	}
}

func multiStreet(names []string, formats ...string) func(r *rand.Rand, c *gen) address {
	return func(r *rand.Rand, c *gen) address { return simpleStreet(names, pick(r, formats))(r, c) }
}

var locales = []*locale{
	{code: "en_US", cc: "1", trunk: "", mobile: []string{"212", "415", "646", "702", "312", "617", "206"}, nsn: 10,
		groups: [][]int{{3, 3, 4}}, domains: []string{"gmail.com", "yahoo.com", "outlook.com", "icloud.com"},
		cities: []string{"Springfield", "Portland", "Columbus", "Austin"}, postcode: nd(5),
		particles: []string{"de la", "Mc"}, honor: []string{"Mr.", "Ms.", "Dr."},
		street: multiStreet([]string{"Maplewood", "Riverside", "Chestnut", "Sycamore", "Brookhaven", "Lakeshore"},
			"{n} {s} Ave Apt {u}", "{n} {s} Street, Suite {u}0", "PO Box {n}{u}, {s} Station", "{n} N {s} Blvd #{u}"),
		nameKey: "name", phoneKey: "phone", addrKey: "address", passKey: "password", greet: "Hi, this is"},
	{code: "en_GB", cc: "44", trunk: "0", mobile: []string{"7700", "7911", "7456", "7123"}, nsn: 10,
		groups: [][]int{{5, 6}, {5, 3, 3}}, domains: []string{"btinternet.com", "gmail.com", "hotmail.co.uk"},
		cities: []string{"Leeds", "Bristol", "Norwich", "Exeter"},
		postcode: func(r *rand.Rand) string {
			return fmt.Sprintf("%c%c%d %d%c%c", 'A'+rune(r.IntN(20)), 'A'+rune(r.IntN(20)), 1+r.IntN(20), r.IntN(10), 'A'+rune(r.IntN(20)), 'A'+rune(r.IntN(20)))
		},
		honor: []string{"Mr", "Mrs", "Ms"},
		street: multiStreet([]string{"Wellington", "Kingsbury", "Ashcombe", "Thornfield", "Millbrook"},
			"Flat {u}, {n} {s} Road", "{n} {s} Lane", "{s} House, {n} High Street"),
		nameKey: "full_name", phoneKey: "telephone", addrKey: "address_line_1", passKey: "password", greet: "Hello, my name is"},
	{code: "de_DE", cc: "49", trunk: "0", mobile: []string{"151", "160", "170", "176"}, nsn: 11,
		groups: [][]int{{4, 7}, {4, 3, 4}}, domains: []string{"web.de", "gmx.de", "t-online.de"},
		cities: []string{"Leipzig", "Bremen", "Dortmund", "Augsburg"}, postcode: nd(5),
		given:     []string{"Jürgen", "Sabine", "Franziska", "Matthias", "Lukas", "Annegret"},
		family:    []string{"Schröder", "Müller-Lüdenscheidt", "Weißenborn", "Hoffmann", "Kühnel", "Brandstätter"},
		particles: []string{"von", "von der", "zu"}, honor: []string{"Herr", "Frau", "Dr."},
		street: multiStreet([]string{"Lindenstraße", "Goethestr.", "Am Mühlbach", "Schillerplatz", "Birkenweg"},
			"{s} {n}", "{s} {n}a, {f}. OG", "{s} {n}, Hinterhaus"),
		nameKey: "vollstaendiger_name", phoneKey: "telefonnummer", addrKey: "lieferadresse", passKey: "passwort", greet: "Guten Tag, hier ist"},
	{code: "fr_FR", cc: "33", trunk: "0", mobile: []string{"6", "7"}, nsn: 9,
		groups: [][]int{{2, 2, 2, 2, 2}}, domains: []string{"orange.fr", "free.fr", "laposte.net"},
		cities: []string{"Lyon", "Nantes", "Toulouse", "Rennes"}, postcode: nd(5),
		given:     []string{"Élodie", "François", "Amélie", "Jean-Baptiste", "Hélène", "Stéphane"},
		family:    []string{"Lefèvre", "Dubois-Martin", "Rousseau", "Girardeau", "Fontaine", "Beaumarchais"},
		particles: []string{"de", "d'", "du"}, honor: []string{"M.", "Mme", "Mlle"},
		street: multiStreet([]string{"des Lilas", "Gambetta", "Mirabeau", "Jean-Jaurès", "Pasteur"},
			"{n} rue {s}", "{n} bis avenue {s}, Bât. B", "{n} boulevard {s}, appt {u}"),
		nameKey: "nom_complet", phoneKey: "telephone", addrKey: "adresse", passKey: "mot_de_passe", greet: "Bonjour, je suis"},
	{code: "es_ES", cc: "34", trunk: "", mobile: []string{"6", "7"}, nsn: 9,
		groups: [][]int{{3, 3, 3}, {3, 2, 2, 2}}, domains: []string{"telefonica.net", "gmail.com", "yahoo.es"},
		cities: []string{"Zaragoza", "Valencia", "Sevilla", "Bilbao"}, postcode: nd(5),
		given:  []string{"María José", "Alejandro", "Begoña", "Íñigo", "Nuria", "Álvaro"},
		family: []string{"García Fernández", "Martínez de la Torre", "Echeverría", "Gutiérrez", "Rodríguez-Vidal", "Santamaría"},
		honor:  []string{"Sr.", "Sra.", "D.", "Dña."},
		street: multiStreet([]string{"Alcalá", "Serrano", "Menéndez Pelayo", "Cervantes", "Goya"},
			"Calle {s} {n}, {f}º {u}", "C/ {s}, {n}, 3º izq.", "Avda. de {s} {n}, bajo"),
		nameKey: "nombre_completo", phoneKey: "telefono", addrKey: "direccion", passKey: "contraseña", greet: "Hola, soy"},
	{code: "it_IT", cc: "39", trunk: "", mobile: []string{"3"}, nsn: 10,
		groups: [][]int{{3, 3, 4}, {3, 7}}, domains: []string{"libero.it", "tiscali.it", "gmail.com"},
		cities: []string{"Bologna", "Torino", "Verona", "Palermo"}, postcode: nd(5),
		given:     []string{"Giuseppe", "Francesca", "Lorenzo", "Chiara", "Gianluca", "Benedetta"},
		family:    []string{"Esposito", "Colombo", "Ricci", "Bianchi", "Ferraresi", "Lombardi"},
		particles: []string{"De", "Di", "Della"}, honor: []string{"Sig.", "Sig.ra", "Dott."},
		street: multiStreet([]string{"Garibaldi", "Mazzini", "Cavour", "Manzoni", "Castiglione"},
			"Via {s} {n}", "Corso {s} {n}/B, int. {u}", "Piazza {s} {n}, scala C"),
		nameKey: "nome_cognome", phoneKey: "cellulare", addrKey: "indirizzo", passKey: "parola_d_ordine", greet: "Buongiorno, sono"},
	{code: "nl_NL", cc: "31", trunk: "0", mobile: []string{"6"}, nsn: 9,
		groups: [][]int{{2, 8}, {2, 2, 2, 2, 2}}, domains: []string{"ziggo.nl", "kpnmail.nl", "gmail.com"},
		cities: []string{"Utrecht", "Haarlem", "Eindhoven", "Groningen"},
		postcode: func(r *rand.Rand) string {
			return fmt.Sprintf("%d %c%c", 1000+r.IntN(8999), 'A'+rune(r.IntN(26)), 'A'+rune(r.IntN(26)))
		},
		given:     []string{"Sanne", "Joost", "Maartje", "Pieter", "Femke", "Willem"},
		family:    []string{"Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder"},
		particles: []string{"van", "van der", "de", "van den", "ter"},
		street: multiStreet([]string{"Keizersgracht", "Prinsengracht", "Dorpsstraat", "Kerkstraat", "Molenweg"},
			"{s} {n}", "{s} {n}-III", "{s} {n} hs"),
		nameKey: "volledige_naam", phoneKey: "telefoonnummer", addrKey: "adres", passKey: "wachtwoord", greet: "Goedendag, met"},
	{code: "pl_PL", cc: "48", trunk: "", mobile: []string{"50", "60", "69", "78", "88"}, nsn: 9,
		groups: [][]int{{3, 3, 3}}, domains: []string{"wp.pl", "onet.pl", "interia.pl"},
		cities:   []string{"Kraków", "Wrocław", "Gdańsk", "Poznań"},
		postcode: func(r *rand.Rand) string { return dg(r, 2) + "-" + dg(r, 3) },
		given:    []string{"Małgorzata", "Grzegorz", "Agnieszka", "Krzysztof", "Wojciech", "Katarzyna"},
		family:   []string{"Wiśniewska", "Kowalczyk", "Zieliński", "Szymańska", "Dąbrowski", "Wójcik-Nowak"},
		honor:    []string{"Pan", "Pani"},
		street: multiStreet([]string{"Marszałkowska", "Piotrkowska", "Mickiewicza", "Długa", "Kościuszki"},
			"ul. {s} {n}/{u}", "al. {s} {n} m. {u}"),
		nameKey: "imie_nazwisko", phoneKey: "numer_telefonu", addrKey: "adres_dostawy", passKey: "haslo", greet: "Dzień dobry, z tej strony"},
	{code: "pt_BR", cc: "55", trunk: "0", mobile: []string{"11 9", "21 9", "71 9", "31 9"}, nsn: 11,
		groups: [][]int{{2, 5, 4}}, domains: []string{"uol.com.br", "bol.com.br", "gmail.com"},
		cities:    []string{"Salvador", "Curitiba", "Recife", "Campinas"},
		postcode:  func(r *rand.Rand) string { return dg(r, 5) + "-" + dg(r, 3) },
		given:     []string{"João Pedro", "Ana Clara", "Luíza", "Thiago", "Conceição", "Gabriela"},
		family:    []string{"dos Santos Oliveira", "Conceição", "Albuquerque", "Figueiredo", "Nascimento", "Carvalho"},
		particles: []string{"da", "de", "dos"}, honor: []string{"Sr.", "Sra."},
		street: multiStreet([]string{"das Flores", "Augusta", "Barão de Itapetininga", "Visconde de Pirajá", "Sete de Setembro"},
			"Rua {s}, {n} - apto {u}", "Av. {s}, {n}, Bloco B, Ap. {u}0", "Travessa {s}, {n} - fundos"),
		nameKey: "nome_completo", phoneKey: "celular", addrKey: "endereco", passKey: "senha", greet: "Olá, aqui é"},
	{code: "es_MX", cc: "52", trunk: "", mobile: []string{"55", "33", "81"}, nsn: 10,
		groups: [][]int{{2, 4, 4}}, domains: []string{"prodigy.net.mx", "hotmail.com", "gmail.com"},
		cities: []string{"Guadalajara", "Monterrey", "Puebla", "Querétaro"}, postcode: nd(5),
		given:  []string{"Guadalupe", "José Luis", "Ximena", "Rodrigo", "Itzel", "Fernanda"},
		family: []string{"Hernández López", "Ramírez", "Villaseñor", "Cuauhtémoc Reyes", "Zúñiga", "Orozco"},
		honor:  []string{"Lic.", "Ing.", "Sra."},
		street: multiStreet([]string{"Paseo de la Reforma", "Insurgentes Sur", "Revolución", "Juárez", "Hidalgo"},
			"Av. {s} {n}, Col. Del Valle", "Calle {s} #{n} Int. {u}, Col. Centro", "{s} {n}, Depto. {u}, entre Morelos y Allende"),
		nameKey: "nombre", phoneKey: "celular", addrKey: "domicilio", passKey: "clave_acceso", greet: "Buenas tardes, habla"},
	{code: "ja_JP", cc: "81", trunk: "0", mobile: []string{"90", "80", "70"}, nsn: 10,
		groups: [][]int{{3, 4, 4}}, domains: []string{"docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp"},
		cities:   []string{"大阪市", "札幌市", "福岡市", "名古屋市"},
		postcode: func(r *rand.Rand) string { return "〒" + dg(r, 3) + "-" + dg(r, 4) },
		given:    []string{"翔太", "美咲", "健一", "陽菜", "大輔", "さくら"}, romGiven: []string{"Shota", "Misaki", "Kenichi", "Hina", "Daisuke", "Sakura"},
		family: []string{"佐藤", "鈴木", "高橋", "渡辺", "伊藤", "小林"}, romFamily: []string{"Sato", "Suzuki", "Takahashi", "Watanabe", "Ito", "Kobayashi"},
		familyFirst: true, honor: []string{"様", "さん"},
		street: multiStreet([]string{"中之島", "天神", "栄町", "北浜", "桜丘町"},
			"{s}{n}丁目{u}番{f}号", "{s}{n}-{u}-{f} グランドメゾン{u}0{f}号室"),
		nameKey: "氏名", phoneKey: "電話番号", addrKey: "住所", passKey: "パスワード", greet: "お世話になっております。"},
	{code: "ko_KR", cc: "82", trunk: "0", mobile: []string{"10"}, nsn: 10,
		groups: [][]int{{3, 4, 4}}, domains: []string{"naver.com", "daum.net", "kakao.com"},
		cities: []string{"서울특별시", "부산광역시", "대구광역시", "인천광역시"}, postcode: nd(5),
		given: []string{"민준", "서연", "지호", "하은", "도윤", "수빈"}, romGiven: []string{"Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yoon", "Su-bin"},
		family: []string{"김", "이", "박", "최", "정", "강"}, romFamily: []string{"Kim", "Lee", "Park", "Choi", "Jung", "Kang"},
		familyFirst: true, noSpace: true, honor: []string{"님", "고객님"},
		street: multiStreet([]string{"테헤란로", "강남대로", "세종대로", "올림픽로", "해운대로"},
			"{s} {n}, {u}동 {f}0{u}호", "{s}{n}길 {u}, {f}층"),
		nameKey: "수령인", phoneKey: "휴대폰번호", addrKey: "배송지주소", passKey: "비밀번호", greet: "안녕하세요,"},
	{code: "zh_CN", cc: "86", trunk: "", mobile: []string{"138", "139", "186", "159", "177"}, nsn: 11,
		groups: [][]int{{3, 4, 4}}, domains: []string{"qq.com", "163.com", "126.com"},
		cities: []string{"杭州市", "成都市", "武汉市", "南京市"}, postcode: nd(6),
		given: []string{"秀英", "志强", "晓明", "丽娟", "建国", "雨萱"}, romGiven: []string{"Xiuying", "Zhiqiang", "Xiaoming", "Lijuan", "Jianguo", "Yuxuan"},
		family: []string{"王", "李", "张", "刘", "陈", "欧阳"}, romFamily: []string{"Wang", "Li", "Zhang", "Liu", "Chen", "Ouyang"},
		familyFirst: true, noSpace: true, honor: []string{"先生", "女士"},
		street: multiStreet([]string{"中关村大街", "南京西路", "人民路", "解放大道", "天府大道"},
			"{s}{n}号{u}栋{f}0{u}室", "{s}{n}号院{u}单元"),
		nameKey: "收件人", phoneKey: "手机号", addrKey: "收货地址", passKey: "密码", greet: "你好，我是"},
	{code: "zh_TW", cc: "886", trunk: "0", mobile: []string{"9"}, nsn: 9,
		groups: [][]int{{4, 3, 3}, {4, 6}}, domains: []string{"yahoo.com.tw", "hinet.net", "gmail.com"},
		cities: []string{"臺北市", "高雄市", "臺中市", "新竹市"}, postcode: nd(3),
		given: []string{"怡君", "家豪", "雅婷", "冠宇", "淑芬", "志明"}, romGiven: []string{"Yi-chun", "Chia-hao", "Ya-ting", "Kuan-yu", "Shu-fen", "Chih-ming"},
		family: []string{"陳", "林", "黃", "張", "吳", "蔡"}, romFamily: []string{"Chen", "Lin", "Huang", "Chang", "Wu", "Tsai"},
		familyFirst: true, noSpace: true, honor: []string{"先生", "小姐"},
		street: multiStreet([]string{"忠孝東路", "中山北路", "民生東路", "和平西路"},
			"{s}{f}段{n}巷{u}號{f}樓", "{s}{n}號{u}樓之{f}"),
		nameKey: "姓名", phoneKey: "手機", addrKey: "地址", passKey: "密碼", greet: "您好，我是"},
	{code: "th_TH", cc: "66", trunk: "0", mobile: []string{"8", "9", "6"}, nsn: 9, digits: '๐',
		groups: [][]int{{3, 3, 4}, {2, 4, 4}}, domains: []string{"hotmail.co.th", "gmail.com"},
		cities: []string{"เชียงใหม่", "ขอนแก่น", "ภูเก็ต", "นครราชสีมา"}, postcode: nd(5),
		given: []string{"สมชาย", "นภัสสร", "ธนากร", "กาญจนา", "วรเชษฐ์", "สุภาพร"}, romGiven: []string{"Somchai", "Napatsorn", "Thanakorn", "Kanchana", "Worachet", "Supaporn"},
		family: []string{"ศรีสุข", "วงศ์สวัสดิ์", "แก้วมณี", "บุญประเสริฐ", "ทองดี", "จันทร์เพ็ญ"}, romFamily: []string{"Srisuk", "Wongsawat", "Kaewmanee", "Boonprasert", "Thongdee", "Chanphen"},
		honor: []string{"คุณ", "นาย", "นางสาว"},
		street: multiStreet([]string{"ถนนสีลม", "ถนนสุขุมวิท", "ถนนพหลโยธิน", "ถนนเพชรบุรี"},
			"{n}/{u} หมู่ {f} {s}", "{n}/{u} ซอยอารีย์ {s} แขวงสามเสนใน"),
		nameKey: "ชื่อผู้รับ", phoneKey: "เบอร์โทร", addrKey: "ที่อยู่", passKey: "รหัสผ่าน", greet: "สวัสดีค่ะ ดิฉัน"},
	{code: "vi_VN", cc: "84", trunk: "0", mobile: []string{"90", "91", "98", "37", "86"}, nsn: 9,
		groups: [][]int{{4, 3, 3}, {3, 3, 4}}, domains: []string{"gmail.com", "yahoo.com.vn"},
		cities: []string{"Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"}, postcode: nd(6),
		given:       []string{"Nguyễn Văn An", "Trần Thị Hương", "Lê Minh Khoa", "Phạm Thu Trang", "Hoàng Đức Thịnh", "Vũ Ngọc Lan"},
		family:      []string{""}, // the given list holds whole names
		familyFirst: true, honor: []string{"anh", "chị", "ông", "bà"},
		street: multiStreet([]string{"Điện Biên Phủ", "Nguyễn Thị Minh Khai", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng"},
			"{n} {s}, Phường Bến Thành, Quận {f}", "Số {n} đường {s}, Phường {u}", "Hẻm {n}/{u} {s}, P. {f}"),
		nameKey: "ho_ten", phoneKey: "so_dien_thoai", addrKey: "dia_chi", passKey: "mat_khau", greet: "Chào shop, mình là"},
	{code: "id_ID", cc: "62", trunk: "0", mobile: []string{"812", "813", "818", "857", "878"}, nsn: 11,
		groups: [][]int{{4, 4, 4}, {4, 3, 4}}, domains: []string{"yahoo.co.id", "gmail.com"},
		cities: []string{"Bandung", "Surabaya", "Semarang", "Makassar"}, postcode: nd(5),
		given:  []string{"Siti Nurhaliza", "Budi", "Dewi Lestari", "Agus", "Rini", "Hendra"},
		family: []string{"Santoso", "Wijaya", "Kusumawati", "Prasetyo", "Hidayat", "Setiawan"},
		honor:  []string{"Bpk.", "Ibu", "Kak"},
		street: multiStreet([]string{"Sudirman", "Gatot Subroto", "Diponegoro", "Malioboro", "Pemuda"},
			"Jl. {s} No. {n}, RT 0{f}/RW 00{u}", "Jalan {s} Gg. Mawar No.{n}, Kel. Cempaka"),
		nameKey: "nama_penerima", phoneKey: "no_hp", addrKey: "alamat", passKey: "kata_sandi", greet: "Halo kak, saya"},
	{code: "ms_MY", cc: "60", trunk: "0", mobile: []string{"12", "13", "16", "17", "19"}, nsn: 9,
		groups: [][]int{{3, 3, 4}, {3, 7}}, domains: []string{"gmail.com", "yahoo.com.my"},
		cities: []string{"Petaling Jaya", "Johor Bahru", "Ipoh", "Shah Alam"}, postcode: nd(5),
		given:     []string{"Nurul Aisyah", "Muhammad Hafiz", "Siti Aminah", "Ahmad Faris", "Lim Jia Hui", "Tan Wei Ming"},
		family:    []string{"Abdullah", "Ismail", "Rahman", "Hassan", "", ""},
		particles: []string{"bin", "binti"},
		honor:     []string{"Encik", "Puan", "Cik"},
		street: multiStreet([]string{"Ampang", "Tun Razak", "Bukit Bintang", "Klang Lama", "Damansara"},
			"No. {n}, Jalan {s}, Taman Melati", "Lot {n}, Jln {s} {u}/{f}", "Unit {f}-{u}, Menara {s}"),
		nameKey: "nama", phoneKey: "telefon_bimbit", addrKey: "alamat_penghantaran", passKey: "kata_laluan", greet: "Salam, saya"},
	{code: "fil_PH", cc: "63", trunk: "0", mobile: []string{"917", "918", "927", "998"}, nsn: 10,
		groups: [][]int{{4, 3, 4}}, domains: []string{"yahoo.com.ph", "gmail.com"},
		cities: []string{"Quezon City", "Cebu City", "Davao City", "Makati"}, postcode: nd(4),
		given:  []string{"Maria Cristina", "Jose Rizalino", "Ma. Lourdes", "Jericho", "Angelica", "Rommel"},
		family: []string{"dela Cruz", "Macaraeg", "Bautista", "Villanueva", "Dimaculangan", "Panganiban"},
		honor:  []string{"Ms.", "Mr.", "Engr."},
		street: multiStreet([]string{"Katipunan", "Magsaysay", "Rizal", "Bonifacio", "Aguinaldo"},
			"Blk {u} Lot {f}, {s} St., Brgy. San Isidro", "Unit {n}, {s} Tower, {s} Ave."),
		nameKey: "pangalan", phoneKey: "numero", addrKey: "tirahan", passKey: "password", greet: "Hi po, si"},
	{code: "en_SG", cc: "65", trunk: "", mobile: []string{"8", "9"}, nsn: 8,
		groups: [][]int{{4, 4}}, domains: []string{"singnet.com.sg", "gmail.com"},
		cities: []string{"Singapore"}, postcode: nd(6),
		given:  []string{"Wei Ling", "Jun Jie", "Priya", "Muhammad Irfan", "Hui Min", "Darren"},
		family: []string{"Tan", "Goh", "Ramasamy", "Koh", "Lim", "Chua"},
		street: multiStreet([]string{"Jurong West", "Ang Mo Kio", "Tampines", "Bukit Batok", "Woodlands"},
			"Blk {n} {s} St {u} #{f}-0{u}", "{n} {s} Avenue {f}, #0{f}-{u}"),
		nameKey: "recipient_name", phoneKey: "contact_no", addrKey: "delivery_address", passKey: "password", greet: "Hi, I'm"},
	{code: "ar_SA", cc: "966", trunk: "0", mobile: []string{"50", "53", "55", "56"}, nsn: 9, digits: '٠',
		groups: [][]int{{3, 3, 4}}, domains: []string{"gmail.com", "hotmail.com"},
		cities: []string{"الرياض", "جدة", "الدمام", "مكة"}, postcode: nd(5),
		given: []string{"عبدالرحمن", "فاطمة", "محمد", "نورة", "خالد", "ريم"}, romGiven: []string{"Abdulrahman", "Fatimah", "Mohammed", "Noura", "Khalid", "Reem"},
		family: []string{"الغامدي", "القحطاني", "العتيبي", "الشهري", "الزهراني", "الدوسري"}, romFamily: []string{"Al-Ghamdi", "Al-Qahtani", "Al-Otaibi", "Al-Shehri", "Al-Zahrani", "Al-Dosari"},
		particles: []string{"بن"}, honor: []string{"السيد", "الأستاذة"},
		street: multiStreet([]string{"طريق الملك فهد", "شارع التحلية", "حي النخيل"},
			"{n} {s}، الوحدة {u}", "مبنى {n}، {s}، ص.ب {f}{u}"),
		nameKey: "الاسم", phoneKey: "جوال", addrKey: "العنوان", passKey: "كلمة_المرور", greet: "السلام عليكم، معك"},
	{code: "ar_AE", cc: "971", trunk: "0", mobile: []string{"50", "52", "55", "56"}, nsn: 9,
		groups: [][]int{{3, 3, 4}, {2, 3, 4}}, domains: []string{"eim.ae", "gmail.com"},
		cities: []string{"Dubai", "Abu Dhabi", "Sharjah"}, postcode: func(r *rand.Rand) string { return "P.O. Box " + dg(r, 5) },
		given:     []string{"Omar", "Aisha", "Hamdan", "Mariam", "Saeed", "Layla"},
		family:    []string{"Al Mansoori", "Al Nahyan", "Al Falasi", "Al Suwaidi", "Al Marri", "Al Ketbi"},
		particles: []string{"bin", "bint"},
		street: multiStreet([]string{"Al Wasl", "Jumeirah Beach", "Sheikh Zayed", "Al Khail", "Umm Suqeim"},
			"Villa {n}, {s} Road, near Spinneys", "Apt {u}0{f}, {s} Residence, Tower B", "Office {n}, {s} Street, behind Mall of the Emirates"),
		nameKey: "customer_name", phoneKey: "mobile", addrKey: "address", passKey: "password", greet: "Hello, this is"},
	{code: "tr_TR", cc: "90", trunk: "0", mobile: []string{"53", "54", "55"}, nsn: 10,
		groups: [][]int{{4, 3, 2, 2}, {4, 3, 4}}, domains: []string{"hotmail.com", "gmail.com", "yandex.com.tr"},
		cities: []string{"İzmir", "Ankara", "Bursa", "Antalya"}, postcode: nd(5),
		given:  []string{"Ayşe", "Mehmet", "Gülşen", "Çağlar", "İbrahim", "Şükrü"},
		family: []string{"Yılmaz", "Öztürk", "Kılıçdaroğlu", "Çelik", "Şahin", "Aydoğan"},
		honor:  []string{"Bay", "Bayan", "Sayın"},
		street: multiStreet([]string{"Atatürk", "Cumhuriyet", "İstiklal", "Bağdat", "Gazi Osmanpaşa"},
			"{s} Cad. No:{n} D:{u}", "{s} Mah. Lale Sok. No: {n}/{u}"),
		nameKey: "ad_soyad", phoneKey: "telefon", addrKey: "teslimat_adresi", passKey: "sifre", greet: "Merhaba, ben"},
	{code: "ru_RU", cc: "7", trunk: "8", mobile: []string{"9"}, nsn: 10,
		groups: [][]int{{1, 3, 3, 2, 2}}, domains: []string{"mail.ru", "yandex.ru", "bk.ru"},
		cities: []string{"Казань", "Новосибирск", "Екатеринбург", "Самара"}, postcode: nd(6),
		given:  []string{"Екатерина", "Дмитрий", "Анастасия", "Владимир", "Светлана", "Алексей"},
		family: []string{"Смирнова", "Кузнецов", "Соколова", "Лебедев", "Новикова", "Попов"},
		street: multiStreet([]string{"Тверская", "Ленинградский", "Садовая", "Профсоюзная", "Пушкинская"},
			"ул. {s}, д. {n}, кв. {u}", "{s} пр-т, д. {n}, корп. {f}, кв. {u}"),
		nameKey: "фио", phoneKey: "телефон", addrKey: "адрес_доставки", passKey: "пароль", greet: "Здравствуйте, меня зовут"},
	{code: "hi_IN", cc: "91", trunk: "0", mobile: []string{"98", "99", "97", "70", "88"}, nsn: 10, digits: '०',
		groups: [][]int{{5, 5}, {3, 3, 4}}, domains: []string{"rediffmail.com", "gmail.com"},
		cities: []string{"Pune", "Jaipur", "Lucknow", "Bengaluru"}, postcode: nd(6),
		given:  []string{"Priyanka", "Rajesh Kumar", "Ananya", "Venkatesh", "Deepika", "Suresh"},
		family: []string{"Sharma", "Venkataraman", "Iyer", "Chaudhary", "Banerjee", "Reddy"},
		honor:  []string{"Shri", "Smt.", "Mr."},
		street: multiStreet([]string{"Brigade", "Linking", "Nehru Nagar", "Koramangala", "Ashok Vihar"},
			"Flat {u}0{f}, {s} Road, opp. Axis Bank", "H.No. {n}-{u}/{f}, {s} Colony, near Hanuman Mandir"),
		nameKey: "naam", phoneKey: "mobile_no", addrKey: "pata", passKey: "password", greet: "Namaste, main"},
	// three from elsewhere
	{code: "es_AR", cc: "54", trunk: "0", mobile: []string{"11 15", "351 15"}, nsn: 10,
		groups: [][]int{{3, 4, 4}}, domains: []string{"fibertel.com.ar", "gmail.com"},
		cities: []string{"Rosario", "Mendoza", "Córdoba", "La Plata"}, postcode: func(r *rand.Rand) string { return "C" + dg(r, 4) + "ABC" },
		given:  []string{"Florencia", "Maximiliano", "Agustina", "Facundo", "Milagros", "Santiago"},
		family: []string{"Fernández", "Gómez", "Sosa", "Benítez", "Pereyra", "Acosta"},
		street: multiStreet([]string{"Corrientes", "Rivadavia", "Santa Fe", "Callao", "Belgrano"},
			"Av. {s} {n}, piso {f} dpto {u}", "{s} {n}0 PB B"),
		nameKey: "nombre_apellido", phoneKey: "telefono_celular", addrKey: "domicilio_entrega", passKey: "contrasena", greet: "Hola, les escribe"},
	{code: "sv_SE", cc: "46", trunk: "0", mobile: []string{"70", "72", "73", "76"}, nsn: 9,
		groups: [][]int{{3, 3, 2, 2}, {3, 7}}, domains: []string{"telia.com", "gmail.com"},
		cities:   []string{"Göteborg", "Malmö", "Uppsala", "Västerås"},
		postcode: func(r *rand.Rand) string { return dg(r, 3) + " " + dg(r, 2) },
		given:    []string{"Åsa", "Björn", "Ingrid", "Märta", "Oskar", "Linnéa"},
		family:   []string{"Lindqvist", "Bergström", "Johansson", "Söderberg", "Nyström", "Åkesson"},
		street: multiStreet([]string{"Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan", "Linnégatan"},
			"{s} {n}, lgh 1{f}0{u}", "{s} {n} B, 3 tr"),
		nameKey: "namn", phoneKey: "mobilnummer", addrKey: "leveransadress", passKey: "lösenord", greet: "Hej, det är"},
	{code: "en_NG", cc: "234", trunk: "0", mobile: []string{"803", "806", "813", "816", "703"}, nsn: 10,
		groups: [][]int{{4, 3, 4}}, domains: []string{"yahoo.com", "gmail.com"},
		cities: []string{"Lagos", "Abuja", "Ibadan", "Port Harcourt"}, postcode: nd(6),
		given:  []string{"Chukwuemeka", "Oluwaseun", "Ngozi", "Adebayo", "Folasade", "Ifeanyi"},
		family: []string{"Okonkwo", "Adeyemi", "Balogun", "Eze", "Okafor", "Oyelaran"},
		honor:  []string{"Chief", "Mrs", "Alhaji"},
		street: multiStreet([]string{"Adeola Odeku", "Awolowo", "Ahmadu Bello", "Herbert Macaulay", "Allen"},
			"Plot {n}, {s} Street, off Admiralty Way", "{n} {s} Road, beside First Bank"),
		nameKey: "customer_name", phoneKey: "phone_number", addrKey: "delivery_address", passKey: "password", greet: "Good day, this is"},
}
