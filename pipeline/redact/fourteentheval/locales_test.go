package fourteentheval

import "strings"

// locale describes how people of one market are called, where they live and
// how their phones are written. Lists are "|"-separated to keep the tables
// readable.
type locale struct {
	tag       string
	cc        string // country calling code
	mob       string // national mobile (or area) prefixes
	nsn       int    // national significant number length
	natFmt    string // national format, '#' takes the NSN's digits in order
	intlFmt   string // international format after "+cc "
	given     string
	family    string
	famFirst  bool   // family name first
	sep       string // between the name's parts ("" for scripts without spaces)
	roman     string // ASCII handles for e-mail local parts (non-Latin scripts)
	addrFmt   string // {n} number, {s} street, {u} unit, {d} district, {c} city, {p} postcode
	streets   string
	districts string
	cities    string
	postFmt   string // '#' digit, 'A' letter
	iban      string // country of the local IBAN, "" when none
	cur       string // how an amount is written, '%' takes the number
	native    rune   // zero of the native digits people type, 0 when ASCII
	// Phrases of the buyer's language.
	hello, phoneIs, shipTo, thanks, mailIs, where string
	domains                                       string
}

var locales = []locale{
	{tag: "en-US", cc: "1", mob: "415|212|646|312|206|512", nsn: 10, natFmt: "(###) ###-####", intlFmt: "###-###-####",
		given: "Emily|Jacob|Madison|Tyler|Brianna|Dwayne|Kayla|Marcus", family: "Whitaker|Gonzalez|Kowalczyk|Bennett|Thibodeaux|McAllister|Okafor|Lindqvist",
		addrFmt: "{n} {s} Apt {u}, {c} {p}", streets: "Maplewood Avenue|Sycamore Lane|Briarcliff Road|Lakeshore Drive|Cottonwood Street", districts: "", cities: "Austin, TX|Columbus, OH|Portland, OR|Raleigh, NC", postFmt: "#####",
		cur: "$%", hello: "Hi", phoneIs: "you can call me at", shipTo: "please ship it to", thanks: "Thanks!", mailIs: "my email is", where: "where is my order", domains: "gmail.com|yahoo.com|outlook.com|icloud.com"},
	{tag: "en-GB", cc: "44", mob: "7700|7911|7458|7824", nsn: 10, natFmt: "0#### ######", intlFmt: "#### ######",
		given: "Oliver|Amelia|Harriet|Rhys|Siobhan|Callum|Imogen|Alfie", family: "Pemberton|Ashworth|Featherstone|Cartwright|Hollingsworth|Blackwood|Ogunleye|Fairbairn",
		addrFmt: "{n} {s}, {c} {p}", streets: "Kingsley Road|Ashford Lane|Wellington Crescent|Harcourt Street|Beechwood Gardens", cities: "Leeds|Bristol|Nottingham|Cardiff", postFmt: "AA# #AA", iban: "GB",
		cur: "£%", hello: "Hello", phoneIs: "my mobile is", shipTo: "could you send it to", thanks: "Cheers", mailIs: "email me at", where: "still waiting for my parcel", domains: "btinternet.com|hotmail.co.uk|gmail.com"},
	{tag: "de-DE", cc: "49", mob: "151|160|172|176|157", nsn: 11, natFmt: "0### ########", intlFmt: "### ########",
		given: "Lukas|Johanna|Friedrich|Annika|Maximilian|Katharina|Jörg|Svenja", family: "Schwarzkopf|Brandtner|Oberhäuser|Kleinschmidt|Hoffmeister|Wagenknecht|Lützow|Reinholdt",
		addrFmt: "{s} {n}, {p} {c}", streets: "Lindenstraße|Dorfstr.|Bahnhofstraße|Am Mühlenteich|Kastanienallee", cities: "Leipzig|Bremen|Freiburg im Breisgau|Kassel", postFmt: "#####", iban: "DE",
		cur: "% €", hello: "Hallo", phoneIs: "meine Handynummer ist", shipTo: "bitte liefern an", thanks: "Danke", mailIs: "meine E-Mail:", where: "wo bleibt meine Bestellung", domains: "web.de|gmx.de|t-online.de|gmail.com"},
	{tag: "fr-FR", cc: "33", mob: "6|7", nsn: 9, natFmt: "0# ## ## ## ##", intlFmt: "# ## ## ## ##",
		given: "Camille|Théo|Manon|Baptiste|Océane|Grégoire|Léa|Mathis", family: "Lefebvre|Delacroix|Beaumarchais|Rousseaux|Vasseur|Chevallier|Benhamou|Duplessis",
		addrFmt: "{n} {s}, {p} {c}", streets: "rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|allée des Tilleuls|rue de la Roquette", cities: "Lyon|Nantes|Toulouse|Lille", postFmt: "#####", iban: "FR",
		cur: "% €", hello: "Bonjour", phoneIs: "mon numéro est le", shipTo: "merci de livrer au", thanks: "Merci beaucoup", mailIs: "mon adresse mail :", where: "je n'ai toujours pas reçu mon colis", domains: "orange.fr|free.fr|laposte.net|gmail.com"},
	{tag: "es-ES", cc: "34", mob: "6|7", nsn: 9, natFmt: "### ## ## ##", intlFmt: "### ### ###",
		given: "Lucía|Álvaro|Carmen|Iñigo|Nerea|Sergio|Paloma|Jordi", family: "Fernández Ruiz|Goikoetxea|Martínez Soler|Echevarría|Castellanos|Villalobos|Puigdemont|Arrieta",
		addrFmt: "{s}, {n}, {u}º, {p} {c}", streets: "Calle de Alcalá|Avenida Diagonal|Calle Serrano|Carrer de Sants|Paseo de la Castellana", cities: "Madrid|Barcelona|Valencia|Bilbao", postFmt: "#####", iban: "ES",
		cur: "% €", hello: "Hola", phoneIs: "mi móvil es el", shipTo: "por favor envíalo a", thanks: "Gracias", mailIs: "mi correo es", where: "dónde está mi pedido", domains: "gmail.com|hotmail.es|telefonica.net"},
	{tag: "es-MX", cc: "52", mob: "55|33|81", nsn: 10, natFmt: "## #### ####", intlFmt: "## #### ####",
		given: "Guadalupe|José Luis|Ximena|Itzel|Jesús|Fernanda|Rogelio|Citlali", family: "Hernández|Quetzalcóatl Ramírez|Zamudio|Cervantes|Tlaxcala Ortiz|Villaseñor|Olvera|Saldívar",
		addrFmt: "{s} {n}, Col. {d}, {p} {c}", streets: "Av. Insurgentes Sur|Calle Río Lerma|Av. Paseo de la Reforma|Calle Durango|Calzada de Tlalpan", districts: "Del Valle|Roma Norte|Narvarte|Condesa", cities: "CDMX|Guadalajara, Jal.|Monterrey, N.L.", postFmt: "#####",
		cur: "$% MXN", hello: "Buenas tardes", phoneIs: "mi cel es", shipTo: "me lo mandan a", thanks: "Gracias", mailIs: "mi correo:", where: "no me ha llegado el pedido", domains: "hotmail.com|gmail.com|prodigy.net.mx"},
	{tag: "pt-BR", cc: "55", mob: "1198|2199|7198|3197", nsn: 11, natFmt: "(##) #####-####", intlFmt: "## #####-####",
		given: "João Pedro|Ana Clara|Thiago|Larissa|Rafaela|Gustavo|Beatriz|Wellington", family: "Nascimento|Albuquerque|Gonçalves|Magalhães|Cavalcanti|Figueiredo|Bezerra|Damasceno",
		addrFmt: "{s}, {n} - apto {u}, {d}, {c} - {p}", streets: "Rua das Flores|Avenida Paulista|Rua Augusta|Rua Voluntários da Pátria|Avenida Sete de Setembro", districts: "Bela Vista|Pinheiros|Botafogo|Savassi", cities: "São Paulo - SP|Rio de Janeiro - RJ|Belo Horizonte - MG", postFmt: "#####-###", iban: "BR",
		cur: "R$ %", hello: "Olá", phoneIs: "meu whats é", shipTo: "pode enviar para", thanks: "Obrigada", mailIs: "meu e-mail é", where: "cadê meu pedido", domains: "uol.com.br|bol.com.br|gmail.com|hotmail.com"},
	{tag: "it-IT", cc: "39", mob: "333|347|328|320", nsn: 10, natFmt: "### ### ####", intlFmt: "### ### ####",
		given: "Giulia|Alessandro|Chiara|Lorenzo|Federica|Matteo|Gianluca|Ilaria", family: "Esposito|Bianchini|Santangelo|Marcheselli|Ferraioli|Lombardozzi|De Luca|Cattaneo",
		addrFmt: "{s} {n}, {p} {c}", streets: "Via Garibaldi|Via dei Mille|Corso Vittorio Emanuele II|Viale Monza|Via Tiburtina", cities: "Milano|Torino|Napoli|Bologna", postFmt: "#####", iban: "IT",
		cur: "% €", hello: "Buongiorno", phoneIs: "il mio cellulare è", shipTo: "spedite a", thanks: "Grazie mille", mailIs: "la mia email:", where: "dov'è il mio ordine", domains: "libero.it|virgilio.it|gmail.com"},
	{tag: "nl-NL", cc: "31", mob: "6", nsn: 9, natFmt: "0# ########", intlFmt: "# ########",
		given: "Sanne|Joris|Femke|Bram|Lieke|Thijs|Maaike|Sven", family: "van der Berg|Dijkstra|de Vries|Hoekstra|Verhoeven|Brouwer|van Leeuwen|Kuipers",
		addrFmt: "{s} {n}, {p} {c}", streets: "Prinsengracht|Kerkstraat|Van Woustraat|Laan van Meerdervoort|Oudegracht", cities: "Amsterdam|Utrecht|Den Haag|Groningen", postFmt: "#### AA", iban: "NL",
		cur: "€ %", hello: "Hoi", phoneIs: "mijn nummer is", shipTo: "graag bezorgen op", thanks: "Bedankt", mailIs: "mijn e-mail:", where: "waar blijft mijn pakket", domains: "ziggo.nl|kpnmail.nl|gmail.com"},
	{tag: "pl-PL", cc: "48", mob: "5|6|7", nsn: 9, natFmt: "### ### ###", intlFmt: "### ### ###",
		given: "Katarzyna|Mateusz|Agnieszka|Paweł|Zofia|Grzegorz|Małgorzata|Wojciech", family: "Wiśniewska|Kaczmarek|Zieliński|Szymańska|Wróblewski|Dąbrowska|Lewandowski|Jankowiak",
		addrFmt: "ul. {s} {n}/{u}, {p} {c}", streets: "Marszałkowska|Piotrkowska|Długa|Świętokrzyska|Grunwaldzka", cities: "Warszawa|Łódź|Gdańsk|Kraków", postFmt: "##-###", iban: "PL",
		cur: "% zł", hello: "Dzień dobry", phoneIs: "mój numer to", shipTo: "proszę wysłać na adres", thanks: "Dziękuję", mailIs: "mój e-mail:", where: "gdzie jest moja paczka", domains: "wp.pl|onet.pl|o2.pl|gmail.com"},
	{tag: "tr-TR", cc: "90", mob: "532|541|505|555", nsn: 10, natFmt: "0### ### ## ##", intlFmt: "### ### ## ##",
		given: "Elif|Mehmet|Zeynep|Burak|Ayşegül|Emre|Gökhan|Büşra", family: "Yılmaz|Çelik|Öztürk|Karaca|Şahin|Aydoğan|Kılıçarslan|Erdoğdu",
		addrFmt: "{s} No:{n} D:{u}, {d}, {c}", streets: "Atatürk Caddesi|Bağdat Caddesi|Gül Sokak|İstiklal Caddesi|Menekşe Sokak", districts: "Kadıköy|Çankaya|Karşıyaka|Nilüfer", cities: "İstanbul|Ankara|İzmir|Bursa", postFmt: "#####", iban: "TR",
		cur: "% TL", hello: "Merhaba", phoneIs: "telefonum", shipTo: "şu adrese gönderin:", thanks: "Teşekkürler", mailIs: "e-postam:", where: "siparişim nerede", domains: "hotmail.com|gmail.com|yandex.com.tr"},
	{tag: "ru-RU", cc: "7", mob: "916|903|925|985", nsn: 10, natFmt: "8 (###) ###-##-##", intlFmt: "### ###-##-##",
		given: "Анастасия|Дмитрий|Екатерина|Сергей|Ольга|Алексей|Татьяна|Никита", family: "Смирнова|Кузнецов|Волкова|Соколов|Морозова|Лебедев|Новикова|Ковалёв",
		famFirst: true, sep: " ", roman: "smirnova|kuznetsov|volkova|sokolov|morozova|lebedev|novikova|kovalev",
		addrFmt: "ул. {s}, д. {n}, кв. {u}, {c}, {p}", streets: "Профсоюзная|Тверская|Садовая-Кудринская|Бауманская|Малая Грузинская", cities: "Москва|Санкт-Петербург|Казань|Новосибирск", postFmt: "######",
		cur: "% ₽", hello: "Здравствуйте", phoneIs: "мой телефон", shipTo: "доставьте по адресу", thanks: "Спасибо", mailIs: "почта:", where: "где мой заказ", domains: "mail.ru|yandex.ru|rambler.ru"},
	{tag: "zh-CN", cc: "86", mob: "138|159|186|177", nsn: 11, natFmt: "###########", intlFmt: "### #### ####",
		given: "秀英|子轩|梓涵|浩然|雨桐|俊杰|欣怡|宇航", family: "王|李|张|刘|陈|欧阳|黄|赵", famFirst: true, sep: "",
		roman:   "wang|li|zhang|liu|chen|ouyang|huang|zhao",
		addrFmt: "{c}{d}{s}{n}号{u}室", streets: "建国路|中山北路|南京西路|科技园南路|解放大道", districts: "朝阳区|静安区|南山区|江汉区", cities: "北京市|上海市|深圳市|武汉市", postFmt: "######",
		cur: "¥%", hello: "您好", phoneIs: "我的手机号是", shipTo: "请寄到", thanks: "谢谢", mailIs: "邮箱", where: "我的快递到哪了", domains: "qq.com|163.com|126.com|sina.com"},
	{tag: "ja-JP", cc: "81", mob: "90|80|70", nsn: 10, natFmt: "0##-####-####", intlFmt: "##-####-####",
		given: "陽菜|蓮|結衣|大翔|美咲|悠真|さくら|颯太", family: "佐藤|鈴木|高橋|渡辺|伊藤|山本|中村|小林", famFirst: true, sep: " ",
		roman:   "sato|suzuki|takahashi|watanabe|ito|yamamoto|nakamura|kobayashi",
		addrFmt: "〒{p} {c}{d}{s}{n}", streets: "神南|道玄坂|西新宿|梅田|栄", districts: "渋谷区|新宿区|北区|中区", cities: "東京都|大阪府|愛知県名古屋市", postFmt: "###-####",
		cur: "¥%", hello: "お世話になっております", phoneIs: "電話番号は", shipTo: "お届け先：", thanks: "よろしくお願いします", mailIs: "メール：", where: "注文した商品がまだ届きません", domains: "yahoo.co.jp|docomo.ne.jp|gmail.com"},
	{tag: "ko-KR", cc: "82", mob: "10", nsn: 10, natFmt: "0##-####-####", intlFmt: "##-####-####",
		given: "민준|서연|지호|하은|도윤|수아|예준|지우", family: "김|이|박|최|정|강|조|윤", famFirst: true, sep: "",
		roman:   "kim|lee|park|choi|jung|kang|cho|yoon",
		addrFmt: "{c} {d} {s} {n}, {u}호", streets: "테헤란로|세종대로|강남대로|올림픽로|해운대로", districts: "강남구|중구|송파구|해운대구", cities: "서울특별시|부산광역시", postFmt: "#####",
		cur: "₩%", hello: "안녕하세요", phoneIs: "제 번호는", shipTo: "배송지:", thanks: "감사합니다", mailIs: "이메일:", where: "주문한 상품이 아직 안 왔어요", domains: "naver.com|daum.net|gmail.com"},
	{tag: "vi-VN", cc: "84", mob: "90|91|38|86", nsn: 9, natFmt: "0### ### ###", intlFmt: "### ### ###",
		given: "Thị Lan|Văn Hùng|Ngọc Anh|Minh Tuấn|Thu Trang|Quốc Bảo|Hoài Thương|Đức Thắng", family: "Nguyễn|Trần|Phạm|Huỳnh|Võ|Đặng|Bùi|Lương", famFirst: true, sep: " ",
		roman:   "nguyen|tran|pham|huynh|vo|dang|bui|luong",
		addrFmt: "{n} {s}, Phường {d}, {c}", streets: "Điện Biên Phủ|Nguyễn Thị Minh Khai|Lê Văn Sỹ|Trần Hưng Đạo|Cách Mạng Tháng Tám", districts: "Bến Thành|Đa Kao|Tân Định|Võ Thị Sáu", cities: "Quận 1, TP. Hồ Chí Minh|Quận 3, TP.HCM|Hà Nội", postFmt: "######",
		cur: "%₫", hello: "Chào shop", phoneIs: "sđt của mình là", shipTo: "giao về", thanks: "Cảm ơn shop", mailIs: "email:", where: "đơn hàng của mình đâu rồi", domains: "gmail.com|yahoo.com.vn"},
	{tag: "th-TH", cc: "66", mob: "81|89|62|95", nsn: 9, natFmt: "0##-###-####", intlFmt: "## ### ####",
		given: "สมชาย|ปิยะนุช|ณัฐวุฒิ|กมลชนก|ธนากร|วรรณา|ศิริพร|อนุชา", family: "วงศ์สวัสดิ์|ศรีสุข|แสงทอง|บุญมา|จันทร์เพ็ญ|ทองดี|รัตนพันธ์|พึ่งบุญ", sep: " ",
		roman:   "wongsawat|srisuk|saengthong|boonma|janpen|thongdee|rattanaphan|phuengboon",
		addrFmt: "{n} หมู่ {u} ถนน{s} แขวง{d} {c} {p}", streets: "สีลม|สุขุมวิท|พหลโยธิน|รัชดาภิเษก|เพชรบุรีตัดใหม่", districts: "สีลม|คลองเตย|จตุจักร|ห้วยขวาง", cities: "กรุงเทพมหานคร|เชียงใหม่", postFmt: "10###",
		cur: "฿%", hello: "สวัสดีค่ะ", phoneIs: "เบอร์โทร", shipTo: "ส่งที่", thanks: "ขอบคุณค่ะ", mailIs: "อีเมล", where: "ของยังไม่ถึงเลยค่ะ", domains: "hotmail.com|gmail.com"},
	{tag: "id-ID", cc: "62", mob: "812|813|857|878", nsn: 11, natFmt: "0###-####-####", intlFmt: "### #### ####",
		given: "Siti|Agus|Dewi|Rizky|Putri|Bambang|Wulandari|Fajar", family: "Rahmawati|Setiawan|Kusumawardhani|Hidayat|Nugroho|Siregar|Simanjuntak|Prasetyo",
		addrFmt: "Jl. {s} No. {n}, RT 00{u}/RW 00{u}, {d}, {c} {p}", streets: "Kebon Jeruk Raya|Cempaka Putih Tengah|Tebet Barat Dalam|Kaliurang|Pemuda Raya", districts: "Kebon Jeruk|Tebet|Menteng|Sleman", cities: "Jakarta Barat|Jakarta Selatan|Yogyakarta|Surabaya", postFmt: "#####",
		cur: "Rp %", hello: "Halo kak", phoneIs: "no hp saya", shipTo: "tolong kirim ke", thanks: "Makasih kak", mailIs: "email saya", where: "paket saya kok belum sampai", domains: "gmail.com|yahoo.co.id"},
	{tag: "ms-MY", cc: "60", mob: "12|16|19|17", nsn: 9, natFmt: "0##-### ####", intlFmt: "##-### ####",
		given: "Nurul Aisyah|Muhammad Hafiz|Siti Nurhaliza|Ahmad Firdaus|Farah Nadia|Hafizuddin|Wan Azlina|Khairul Anuar", family: "binti Abdullah|bin Ismail|binti Rahman|bin Othman|binti Yusof|bin Kamaruddin|binti Zakaria|bin Hashim",
		addrFmt: "No. {n}, Jalan {s}, {d}, {p} {c}", streets: "Ampang Hilir|Bukit Bintang|Tun Razak|Kenanga 3/5|Meranti Jaya", districts: "Taman Melawati|Bandar Baru Bangi|Taman Tun Dr Ismail", cities: "Kuala Lumpur|Selangor|Johor Bahru", postFmt: "5####",
		cur: "RM%", hello: "Hi boss", phoneIs: "no tel saya", shipTo: "tolong hantar ke", thanks: "Terima kasih", mailIs: "emel saya", where: "barang saya belum sampai lagi", domains: "gmail.com|yahoo.com.my"},
	{tag: "fil-PH", cc: "63", mob: "917|918|927|998", nsn: 10, natFmt: "0### ### ####", intlFmt: "### ### ####",
		given: "Maricel|Jomar|Kristine|Rodel|Jhunalyn|Aljon|Rowena|Nestor", family: "Dela Cruz|Bautista|Villanueva|Macaraeg|Pangilinan|Sumalpong|Magbanua|Ocampo",
		addrFmt: "{n} {s}, Brgy. {d}, {c} {p}", streets: "Mabini Street|Katipunan Avenue|Aguinaldo Highway|Kalayaan Avenue|Sampaguita Street", districts: "San Antonio|Poblacion|Bagong Silang|Malinta", cities: "Quezon City|Makati|Cebu City|Davao City", postFmt: "1###",
		cur: "₱%", hello: "Hello po", phoneIs: "cp number ko po", shipTo: "paki-deliver po sa", thanks: "Salamat po", mailIs: "email ko po", where: "nasaan na po yung order ko", domains: "gmail.com|yahoo.com"},
	{tag: "en-SG", cc: "65", mob: "8|9", nsn: 8, natFmt: "#### ####", intlFmt: "#### ####",
		given: "Wei Ling|Jun Jie|Hui Min|Kai Xiang|Priya|Muhammad Irfan|Shu Fen|Zhi Hao", family: "Tan|Lim|Ng|Goh|Chua|Teo|Ong|Koh", famFirst: true, sep: " ",
		addrFmt: "Blk {n} {s} #{u}, Singapore {p}", streets: "Jurong West St 91|Tampines Ave 4|Ang Mo Kio Ave 10|Bedok North Rd|Woodlands Dr 62", cities: "Singapore", postFmt: "######",
		cur: "S$%", hello: "Hi", phoneIs: "my hp is", shipTo: "pls deliver to", thanks: "Thanks ah", mailIs: "email:", where: "my order still haven't reach", domains: "gmail.com|singnet.com.sg|hotmail.com"},
	{tag: "ar-SA", cc: "966", mob: "50|55|53|56", nsn: 9, natFmt: "0## ### ####", intlFmt: "## ### ####",
		given: "محمد|نورة|عبدالله|ريم|فيصل|هيفاء|تركي|لمى", family: "العتيبي|القحطاني|الشمري|الدوسري|الزهراني|الغامدي|المطيري|الحربي", sep: " ",
		roman:   "alotaibi|alqahtani|alshammari|aldosari|alzahrani|alghamdi|almutairi|alharbi",
		addrFmt: "{n} {s}، حي {d}، {c} {p}", streets: "شارع الأمير محمد بن عبدالعزيز|طريق الملك عبدالله|شارع التخصصي|شارع الأمير سلطان", districts: "العليا|الروضة|النزهة|الملقا", cities: "الرياض|جدة|الدمام", postFmt: "1####", iban: "SA",
		cur: "% ر.س", native: '٠', hello: "السلام عليكم", phoneIs: "رقم جوالي", shipTo: "التوصيل إلى", thanks: "شكراً", mailIs: "إيميلي", where: "وين طلبي", domains: "gmail.com|hotmail.com"},
	{tag: "hi-IN", cc: "91", mob: "98|99|70|88", nsn: 10, natFmt: "0##### #####", intlFmt: "##### #####",
		given: "Priyanka|Rohit|Ananya|Vikram|Sneha|Arjun|Kavitha|Siddharth", family: "Raghunathan|Chatterjee|Deshpande|Kulkarni|Venkataraman|Bhattacharya|Malhotra|Iyengar",
		addrFmt: "Flat {u}, {n} {s}, {d}, {c} - {p}", streets: "Lokhandwala Road|Indiranagar 100 Feet Road|Anna Salai|Linking Road|Salt Lake Sector V", districts: "Andheri West|HSR Layout|Koramangala|Bandra West", cities: "Mumbai|Bengaluru|Chennai|Kolkata", postFmt: "5#####",
		cur: "₹%", native: '०', hello: "Namaste", phoneIs: "mera number hai", shipTo: "please deliver to", thanks: "Dhanyavaad", mailIs: "mera email", where: "mera order kab aayega", domains: "gmail.com|rediffmail.com|yahoo.co.in"},
	{tag: "en-AU", cc: "61", mob: "4", nsn: 9, natFmt: "0### ### ###", intlFmt: "### ### ###",
		given: "Lachlan|Matilda|Brodie|Chloe|Hamish|Ellie|Tahlia|Jarrah", family: "McKenzie|Fitzgerald|Nguyen-Walsh|Kowalski|Papadopoulos|Thompson-Reid|Gallagher|Blundstone",
		addrFmt: "{u}/{n} {s}, {c} {p}", streets: "Coronation Drive|Brunswick Street|Lygon Street|Oxford Street|Hay Street", cities: "Brisbane QLD|Fitzroy VIC|Paddington NSW|Perth WA", postFmt: "####",
		cur: "A$%", hello: "G'day", phoneIs: "my mobile's", shipTo: "send it to", thanks: "Ta", mailIs: "email is", where: "where's my order", domains: "bigpond.com|gmail.com|outlook.com.au"},
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}
