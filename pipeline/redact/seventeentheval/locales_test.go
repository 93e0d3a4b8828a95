package seventeentheval

import "strings"

// locale is one market's people, streets and phone plans, in the forms its
// residents type them. Lists are '|'-separated; roman lists run parallel to
// the native ones for scripts other than Latin (e-mail local parts).
type locale struct {
	code, lang     string
	given, family  string
	groman, froman string
	familyFirst    bool   // family name written first
	nospace        bool   // name written without a space (Chinese, Japanese, Korean)
	substr         bool   // script without word spaces: parts matched as substrings
	particles      string // words of a family name that are not distinctive
	streets        string // distinctive street names
	streetFmt      string // {s} name, {n} house number
	cities         string
	post           string // # digit, A letter
	addrFmt        string // {st} street, {pc} postcode, {c} city
	phones         string // # digit, X digit 2-9
	zero           rune   // native zero digit used now and then (0 for none)
	domains        string
}

var locales = []locale{
	{code: "en_US", lang: "en", streetFmt: "{n} {s} St|{n} {s} Ave|{n} {s} Blvd, Apt {n}|{n} {s} Dr", cities: "", post: "#####", addrFmt: "{st}, {c} {pc}",
		phones: "(X##) X##-####|X##-X##-####|+1 X##-X##-####|+1 (X##) X##-####|X##.X##.####|1X##X##X###", domains: "gmail.com|yahoo.com|outlook.com|icloud.com"},
	{code: "en_GB", lang: "en", given: "Oliver|Amelia|Harry|Isla|George|Poppy|Jack|Freya|Alfie|Imogen", family: "Whitfield|Ashworth|Thornton|Pemberton|Hargreaves|Blackwood|Fairbairn|Kingsley|Rowntree|Calloway",
		streets: "Wellington|Mulberry|Ashby|Hawthorn|Cheltenham|Fernhill", streetFmt: "{n} {s} Road|{n} {s} Lane|Flat {n}, {s} Close|{n} {s} Street", cities: "Leeds|Bristol|Norwich|York|Sheffield",
		post: "AA# #AA", addrFmt: "{st}, {c} {pc}", phones: "07### ######|+44 7### ######|+44 (0)20 #### ####|020 #### ####|(0161) ### ####|447#########", domains: "btinternet.com|gmail.com|hotmail.co.uk"},
	{code: "en_IN", lang: "en", given: "Aarav|Priya|Vihaan|Ananya|Rohan|Kavya|Arjun|Sneha", family: "Sharma|Iyer|Reddy|Banerjee|Kulkarni|Chatterjee|Nair|Deshpande",
		streets: "Linking|Brigade|Residency|Sarojini|Hosur|Koregaon", streetFmt: "{n}, {s} Road|{n} {s} Marg|Flat {n}, {s} Nagar", cities: "Mumbai|Bengaluru|Pune|Chennai",
		post: "5#####", addrFmt: "{st}, {c} {pc}", phones: "+91 9#### #####|09#########|9#########|+91-9#########|(+91) 98### #####|919#########", domains: "gmail.com|rediffmail.com|yahoo.co.in"},
	{code: "de_DE", lang: "de", given: "Lukas|Anna|Maximilian|Lea|Jonas|Hannah|Felix|Marie", family: "Müller|Schneider|Fischer|Weber|Wagner|Becker|Hoffmann|Schäfer|Krüger|Zimmermann",
		streets: "Linden|Birken|Goethe|Schiller|Ahorn|Eichen|Mozart", streetFmt: "{s}straße {n}|{s}weg {n}|{s}str. {n}|{s}allee {n}", cities: "Berlin|Hamburg|Leipzig|Köln",
		post: "#####", addrFmt: "{st}, {pc} {c}", phones: "0151 ########|+49 151 ########|+49 (0)30 ########|030/#######|0049 176 #######|+49 171 #######|01761 #######", domains: "web.de|gmx.de|t-online.de"},
	{code: "fr_FR", lang: "fr", given: "Lucas|Chloé|Hugo|Léa|Louis|Manon|Jules|Camille", family: "Martin|Bernard|Dubois|Lefèvre|Moreau|Laurent|Girard|Rousseau",
		streets: "des Lilas|Victor Hugo|de la Paix|Pasteur|des Tilleuls|Gambetta", streetFmt: "{n} rue {s}|{n}, avenue {s}|{n} bd {s}", cities: "Lyon|Nantes|Lille|Toulouse",
		post: "#####", addrFmt: "{st}, {pc} {c}", phones: "06 ## ## ## ##|+33 6 ## ## ## ##|07.##.##.##.##|+33 (0)1 ## ## ## ##|0033 6########|06########", domains: "orange.fr|free.fr|laposte.net"},
	{code: "es_ES", lang: "es", given: "Hugo|Lucía|Martín|Sofía|Pablo|Martina|Álvaro|Carmen", family: "García|Fernández|González|Rodríguez|Sánchez|Jiménez|Moreno|Navarro",
		streets: "Alcalá|Mayor|Serrano|Goya|Velázquez|del Prado", streetFmt: "Calle {s}, {n}|C/ {s} {n}, 3º B|Avda. {s}, {n}", cities: "Madrid|Sevilla|Valencia|Zaragoza",
		post: "#####", addrFmt: "{st}, {pc} {c}", phones: "6## ### ###|+34 6## ## ## ##|+34 91 ### ## ##|0034 6########|6########", domains: "telefonica.net|gmail.com|hotmail.es"},
	{code: "es_AR", lang: "es", given: "Mateo|Valentina|Santiago|Camila|Benjamín|Isabella|Thiago|Florencia", family: "Gómez|Pereyra|Acosta|Benítez|Medina|Herrera|Aguirre|Sosa",
		streets: "Corrientes|Santa Fe|Rivadavia|Belgrano|Callao|Pueyrredón", streetFmt: "Av. {s} {n}|{s} {n}, piso 4 dto B|Calle {s} {n}", cities: "Buenos Aires|Córdoba|Rosario|Mendoza",
		post: "C####AAA", addrFmt: "{st}, {pc} {c}", phones: "+54 9 11 ####-####|011 15-####-####|(011) 4###-####|+54 11 ####-####|5491#########", domains: "gmail.com|fibertel.com.ar|yahoo.com.ar"},
	{code: "pt_BR", lang: "pt", given: "Miguel|Helena|Arthur|Alice|Heitor|Laura|Davi|Manuela", family: "Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Almeida|Carvalho",
		streets: "das Flores|Augusta|Haddock Lobo|Oscar Freire|dos Andradas|Sete de Setembro", streetFmt: "Rua {s}, {n}|Av. {s}, {n} - apto 12|Rua {s}, {n} - Bloco B", cities: "São Paulo|Curitiba|Recife|Salvador",
		post: "#####-###", addrFmt: "{st}, {c} - {pc}", phones: "(11) 9####-####|+55 11 9####-####|+55 (21) 9####-####|11 9########|5511#########|(71) 3###-####", domains: "uol.com.br|bol.com.br|gmail.com"},
	{code: "pt_PT", lang: "pt", given: "João|Beatriz|Rodrigo|Mariana|Tomás|Inês|Duarte|Carolina", family: "Pereira|Costa|Martins|Gonçalves|Fonseca|Ribeiro|Marques|Teixeira",
		streets: "Garrett|Augusta|da Liberdade|de Santa Catarina|Almirante Reis|do Carmo", streetFmt: "Rua {s}, {n}|Av. {s} {n}, 2º Esq", cities: "Lisboa|Porto|Braga|Coimbra",
		post: "####-###", addrFmt: "{st}, {pc} {c}", phones: "91# ### ###|+351 91# ### ###|+351 21# ### ###|00351 96#######|93#######", domains: "sapo.pt|gmail.com|netcabo.pt"},
	{code: "it_IT", lang: "it", given: "Leonardo|Giulia|Francesco|Aurora|Alessandro|Sofia|Lorenzo|Ginevra", family: "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci",
		streets: "Garibaldi|Mazzini|dei Mille|Cavour|Manzoni|Solferino", streetFmt: "Via {s}, {n}|Viale {s} {n}|Corso {s} {n}|P.zza {s} {n}", cities: "Milano|Torino|Bologna|Napoli",
		post: "#####", addrFmt: "{st}, {pc} {c}", phones: "3## ### ####|+39 3## ### ####|+39 06 #### ####|0039 3#########|3#########", domains: "libero.it|virgilio.it|gmail.com"},
	{code: "nl_NL", lang: "nl", given: "Daan|Emma|Sem|Julia|Lucas|Mila|Finn|Tess", family: "de Vries|van Dijk|Bakker|Janssen|van den Berg|Visser|Smit|Meijer",
		particles: "de|van|den|der|ter", streets: "Keizers|Prinsen|Kalver|Dorps|Molen|Linden", streetFmt: "{s}straat {n}|{s}weg {n}|{s}gracht {n}|{s}laan {n}", cities: "Amsterdam|Utrecht|Den Haag|Eindhoven",
		post: "#### AA", addrFmt: "{st}, {pc} {c}", phones: "06-########|06 ########|+31 6 ########|+31 (0)20 ### ####|0031 6########|020-#######", domains: "ziggo.nl|kpnmail.nl|gmail.com"},
	{code: "pl_PL", lang: "pl", given: "Jakub|Zuzanna|Antoni|Julia|Szymon|Maja|Filip|Hanna", family: "Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański",
		streets: "Marszałkowska|Piotrkowska|Długa|Mickiewicza|Kwiatowa|Słoneczna", streetFmt: "ul. {s} {n}|ul. {s} {n}/12|al. {s} {n}", cities: "Warszawa|Kraków|Łódź|Gdańsk",
		post: "##-###", addrFmt: "{st}, {pc} {c}", phones: "5## ### ###|+48 5## ### ###|+48 22 ### ## ##|0048 6########|6##-###-###", domains: "wp.pl|onet.pl|interia.pl"},
	{code: "cs_CZ", lang: "cs", given: "Jakub|Eliška|Jan|Tereza|Tomáš|Anna|Matyáš|Adéla", family: "Novák|Svoboda|Dvořák|Černý|Procházka|Kučera|Veselý|Horák",
		streets: "Vinohradská|Husova|Palackého|Lidická|Korunní|Masarykova", streetFmt: "{s} {n}|{s} {n}/12", cities: "Praha|Brno|Ostrava|Plzeň",
		post: "### ##", addrFmt: "{st}, {pc} {c}", phones: "+420 6## ### ###|7## ### ###|+420 7########|00420 6## ### ###|602######", domains: "seznam.cz|email.cz|centrum.cz"},
	{code: "tr_TR", lang: "tr", given: "Yusuf|Zeynep|Eymen|Elif|Mustafa|Defne|Ömer|Ayşe", family: "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın",
		streets: "Atatürk|Bağdat|İstiklal|Cumhuriyet|Gazi|Lale", streetFmt: "{s} Cad. No: {n}|{s} Sok. No:{n} D:4|{s} Caddesi No {n}", cities: "İstanbul|Ankara|İzmir|Bursa",
		post: "#####", addrFmt: "{st}, {pc} {c}", phones: "0532 ### ## ##|+90 5## ### ## ##|0(532) ### ## ##|+90 (212) ### ## ##|905#########", domains: "hotmail.com|gmail.com|yandex.com.tr"},
	{code: "ru_RU", lang: "ru", given: "Александр|Мария|Дмитрий|Анна|Максим|Елена|Иван|Ольга", family: "Иванов|Смирнов|Кузнецов|Попов|Васильев|Петров|Соколов|Михайлов",
		groman: "aleksandr|mariya|dmitriy|anna|maksim|elena|ivan|olga", froman: "ivanov|smirnov|kuznetsov|popov|vasilev|petrov|sokolov|mikhaylov",
		streets: "Ленина|Тверская|Садовая|Пушкина|Лесная|Гагарина", streetFmt: "ул. {s}, д. {n}|ул. {s}, д. {n}, кв. 45|проспект {s}, {n}", cities: "Москва|Казань|Новосибирск|Екатеринбург",
		post: "######", addrFmt: "{pc}, {c}, {st}", phones: "+7 9## ###-##-##|8 (9##) ###-##-##|8 9## ### ## ##|+7 (495) ###-##-##|79#########", domains: "mail.ru|yandex.ru|rambler.ru"},
	{code: "uk_UA", lang: "uk", given: "Олександр|Софія|Максим|Анна|Артем|Марія|Дмитро|Вікторія", family: "Шевченко|Коваленко|Бондаренко|Ткаченко|Кравченко|Олійник|Мельник|Поліщук",
		groman: "oleksandr|sofiia|maksym|anna|artem|mariia|dmytro|viktoriia", froman: "shevchenko|kovalenko|bondarenko|tkachenko|kravchenko|oliinyk|melnyk|polishchuk",
		streets: "Хрещатик|Сагайдачного|Шевченка|Франка|Соборна|Грушевського", streetFmt: "вул. {s}, {n}|вул. {s}, буд. {n}, кв. 7|просп. {s}, {n}", cities: "Київ|Львів|Одеса|Харків",
		post: "#####", addrFmt: "{st}, {c}, {pc}", phones: "+380 67 ### ## ##|067 ### ## ##|(067) ###-##-##|+380 (44) ### ## ##|38050#######", domains: "ukr.net|i.ua|gmail.com"},
	{code: "ja_JP", lang: "ja", given: "陽翔|結衣|蓮|陽葵|湊|美咲|大翔|美桜", family: "佐藤|鈴木|高橋|田中|渡辺|伊藤|山本|中村",
		groman: "haruto|yui|ren|himari|minato|misaki|hiroto|mio", froman: "sato|suzuki|takahashi|tanaka|watanabe|ito|yamamoto|nakamura", familyFirst: true, nospace: true, substr: true,
		streets: "神宮前|道玄坂|栄町|本町|西新宿|茶屋町", cities: "東京都渋谷区|大阪府大阪市北区|愛知県名古屋市中区|東京都新宿区", post: "###-####",
		phones: "090-####-####|080 #### ####|+81 90-####-####|03-####-####|+81 3 #### ####|070########|(03) ####-####", domains: "docomo.ne.jp|yahoo.co.jp|gmail.com"},
	{code: "ko_KR", lang: "ko", given: "민준|서연|도윤|지우|하준|서윤|시우|하은", family: "김|이|박|최|정|강|조|윤",
		groman: "minjun|seoyeon|doyun|jiwoo|hajun|seoyun|siwoo|haeun", froman: "kim|lee|park|choi|jung|kang|cho|yoon", familyFirst: true, nospace: true, substr: true,
		streets: "테헤란로|강남대로|세종대로|올림픽로|한강대로|도산대로", streetFmt: "{s} {n}|{s} {n}, 12층", cities: "서울특별시 강남구|부산광역시 해운대구|서울특별시 마포구|인천광역시 연수구",
		post: "#####", addrFmt: "{c} {st} ({pc})", phones: "010-####-####|010 #### ####|+82 10-####-####|+82 (0)10 #### ####|02-###-####|010.####.####|8210########", domains: "naver.com|daum.net|kakao.com"},
	{code: "zh_CN", lang: "zh", given: "伟|芳|秀英|敏|静|丽华|志强|明轩|子涵|欣怡", family: "王|李|张|刘|陈|杨|黄|赵|吴|欧阳",
		groman: "wei|fang|xiuying|min|jing|lihua|zhiqiang|mingxuan|zihan|xinyi", froman: "wang|li|zhang|liu|chen|yang|huang|zhao|wu|ouyang", familyFirst: true, nospace: true, substr: true,
		streets: "建国路|张杨路|中山路|解放路|人民路|南京西路", streetFmt: "{s}{n}号|{s}{n}号3栋502室|{s}{n}弄12号", cities: "北京市朝阳区|上海市浦东新区|广州市天河区|深圳市南山区|杭州市西湖区",
		post: "######", addrFmt: "{c}{st}|{pc} {c}{st}", phones: "138########|139 #### ####|+86 138 #### ####|+86-139-####-####|0086 13#########|(010) ########|86137########", domains: "qq.com|163.com|126.com"},
	{code: "zh_HK", lang: "zht", given: "嘉欣|志明|詠詩|家豪|美玲|俊傑|穎欣|偉文", family: "陳|黃|李|張|梁|何|林|吳",
		groman: "kayan|chiming|wingsze|kahou|meiling|chunkit|wingyan|waiman", froman: "chan|wong|lee|cheung|leung|ho|lam|ng", familyFirst: true, nospace: true, substr: true,
		streets: "彌敦道|軒尼詩道|皇后大道|英皇道|德輔道|窩打老道", streetFmt: "{s}{n}號|{s}{n}號8樓B室", cities: "九龍旺角|香港灣仔|新界沙田|九龍尖沙咀",
		post: "", addrFmt: "{c}{st}", phones: "+852 9### ####|9### ####|852-6###-####|(852) 5### ####|+852 2### ####|8529#######", domains: "yahoo.com.hk|netvigator.com|gmail.com"},
	{code: "vi_VN", lang: "vi", given: "Bảo|Chi|Dũng|Hương|Khánh|Linh|Minh|Phương|Quang|Thảo|Tuấn|Hùng", family: "Nguyễn|Trần|Phạm|Hoàng|Huỳnh|Phan|Đặng|Bùi",
		familyFirst: true, streets: "Điện Biên Phủ|Lý Thường Kiệt|Hai Bà Trưng|Cách Mạng Tháng Tám|Trường Chinh|Nguyễn Huệ", streetFmt: "{n} {s}|Số {n} đường {s}|{n}/12 {s}",
		cities: "Phường Bến Thành, Quận 1, TP. Hồ Chí Minh|Quận Hoàn Kiếm, Hà Nội|Quận Hải Châu, Đà Nẵng|Quận Ninh Kiều, Cần Thơ", post: "", addrFmt: "{st}, {c}",
		phones: "090 ### ####|+84 90 ### ####|0912.###.###|8491#######|(+84) 98 ### ####|09########", domains: "gmail.com|yahoo.com.vn|fpt.vn"},
	{code: "th_TH", lang: "th", given: "สมชาย|สมหญิง|ณัฐวุฒิ|กมลชนก|ธนพล|ปิยะนุช|วรวุฒิ|สุภาพร", family: "ใจดี|ศรีสุข|วงศ์สวัสดิ์|บุญมา|แสงทอง|ทองดี|รัตนพันธ์|พงษ์ไพบูลย์",
		groman: "somchai|somying|nattawut|kamonchanok|thanaphon|piyanut|worawut|supaporn", froman: "jaidee|srisuk|wongsawat|boonma|saengthong|thongdee|rattanaphan|pongpaiboon", substr: true,
		streets: "สีลม|สุขุมวิท|พหลโยธิน|รัชดาภิเษก|เพชรบุรี|ลาดพร้าว", streetFmt: "{n} ถนน{s}|{n}/12 ซอย{s}|{n} หมู่ 5 ถนน{s}", cities: "เขตบางรัก กรุงเทพฯ|เขตวัฒนา กรุงเทพมหานคร|อ.เมือง เชียงใหม่|อ.เมือง ภูเก็ต",
		post: "10###", addrFmt: "{st} {c} {pc}", phones: "08#-###-####|+66 8# ### ####|0-2###-####|668########|08########|(+66) 9# ### ####", zero: '๐', domains: "hotmail.com|gmail.com|yahoo.co.th"},
	{code: "id_ID", lang: "id", given: "Budi|Siti|Agus|Dewi|Rizky|Putri|Andi|Nurul", family: "Santoso|Wijaya|Saputra|Hidayat|Kusuma|Pratama|Setiawan|Lestari",
		streets: "Sudirman|Gatot Subroto|Merdeka|Diponegoro|Kebon Jeruk|Gajah Mada", streetFmt: "Jl. {s} No. {n}|Jalan {s} No.{n}, RT 003/RW 005|Jl. {s} Kav. {n}", cities: "Jakarta Selatan|Bandung|Surabaya|Yogyakarta",
		post: "#####", addrFmt: "{st}, {c} {pc}", phones: "0812-####-####|+62 812 #### ####|(+62) 813 #### ###|62812########|0813 #### ####|(021) #######", domains: "gmail.com|yahoo.co.id|ymail.com"},
	{code: "ms_MY", lang: "ms", given: "Ahmad|Farah|Hafiz|Aisyah|Amir|Nurul|Faiz|Syafiqah", family: "bin Ismail|binti Abdullah|bin Rahman|binti Hassan|bin Yusof|binti Ibrahim|bin Osman|binti Zakaria",
		particles: "bin|binti", streets: "Ampang|Bukit Bintang|Tun Razak|Sultan Ismail|Gasing|Kenanga", streetFmt: "No. {n}, Jalan {s}|{n}, Jln {s} 3/2|Lot {n}, Lorong {s}", cities: "Kuala Lumpur|Petaling Jaya|Johor Bahru|Shah Alam",
		post: "#####", addrFmt: "{st}, {pc} {c}", phones: "012-### ####|+60 12-### ####|+6012 ### ####|601#########|03-#### ####|(+60) 17 ### ####", domains: "gmail.com|yahoo.com.my|hotmail.my"},
	{code: "fil_PH", lang: "fil", given: "Juan|Maria|Jose|Angelica|Mark|Kristine|John Paul|Jasmine", family: "dela Cruz|Reyes|Santos|Bautista|Villanueva|Mendoza|Garcia|Aquino",
		particles: "dela|de|del|delos", streets: "Mabini|Rizal|Katipunan|Magsaysay|Aguinaldo|Kalayaan", streetFmt: "{n} {s} St., Brgy. San Antonio|Blk 4 Lot {n} {s} Ave|Unit {n}, {s} Tower", cities: "Quezon City|Makati|Cebu City|Davao City",
		post: "####", addrFmt: "{st}, {c} {pc}", phones: "0917 ### ####|+63 917 ### ####|0918-###-####|639#########|(02) 8###-####|+63 (2) 8### ####", domains: "gmail.com|yahoo.com.ph|outlook.ph"},
	{code: "ar_SA", lang: "ar", given: "محمد|فاطمة|عبدالله|نورة|خالد|سارة|فيصل|ريم", family: "العتيبي|القحطاني|الغامدي|الشهري|الزهراني|الدوسري|المطيري|الحربي",
		groman: "mohammed|fatimah|abdullah|noura|khalid|sara|faisal|reem", froman: "alotaibi|alqahtani|alghamdi|alshehri|alzahrani|aldosari|almutairi|alharbi",
		streets: "العليا|التحلية|الضباب|الستين|الخزامى|المروج", streetFmt: "{n} شارع {s}|شارع {s}، مبنى {n}|طريق {s} {n}", cities: "الرياض|جدة|الدمام|مكة المكرمة",
		post: "#####", addrFmt: "{st}، {c} {pc}", phones: "05# ### ####|+966 5# ### ####|00966 5########|9665########|(011) ### ####|05########", zero: '٠', domains: "gmail.com|hotmail.com|outlook.sa"},
	{code: "he_IL", lang: "he", given: "נועה|דוד|מאיה|יוסף|תמר|אריאל|שירה|איתי", family: "כהן|לוי|מזרחי|פרץ|ביטון|אברהם|פרידמן|שפירא",
		groman: "noa|david|maya|yosef|tamar|ariel|shira|itai", froman: "cohen|levi|mizrahi|peretz|biton|avraham|friedman|shapira",
		streets: "הרצל|דיזנגוף|אלנבי|בן יהודה|ז'בוטינסקי|רוטשילד", streetFmt: "רחוב {s} {n}|{s} {n}, דירה 4|שדרות {s} {n}", cities: "תל אביב|ירושלים|חיפה|באר שבע",
		post: "#######", addrFmt: "{st}, {c} {pc}", phones: "05#-###-####|+972 5#-###-####|+972 (0)5# ### ####|9725########|03-###-####|05########", domains: "walla.co.il|gmail.com|012.net.il"},
	{code: "el_GR", lang: "el", given: "Γιώργος|Μαρία|Νίκος|Ελένη|Κώστας|Αικατερίνη|Δημήτρης|Σοφία", family: "Παπαδόπουλος|Βασιλείου|Γεωργίου|Νικολάου|Καραγιάννης|Παπανικολάου|Οικονόμου|Μακρής",
		groman: "giorgos|maria|nikos|eleni|kostas|aikaterini|dimitris|sofia", froman: "papadopoulos|vasileiou|georgiou|nikolaou|karagiannis|papanikolaou|oikonomou|makris",
		streets: "Ερμού|Τσιμισκή|Πατησίων|Αθηνάς|Σταδίου|Εγνατίας", streetFmt: "{s} {n}|Οδός {s} {n}|Λεωφ. {s} {n}", cities: "Αθήνα|Θεσσαλονίκη|Πάτρα|Ηράκλειο",
		post: "### ##", addrFmt: "{st}, {pc} {c}", phones: "69# ### ####|+30 69# ### ####|+30 21# ### ####|0030 69########|2310 ######|3069########", domains: "otenet.gr|gmail.com|yahoo.gr"},
	{code: "ro_RO", lang: "ro", given: "Andrei|Maria|Alexandru|Elena|Ștefan|Ioana|Mihai|Ana", family: "Popescu|Ionescu|Dumitrescu|Stan|Gheorghiu|Constantinescu|Munteanu|Dobre",
		streets: "Victoriei|Lipscani|Mihai Eminescu|Florilor|Unirii|Ștefan cel Mare", particles: "cel", streetFmt: "Str. {s} nr. {n}|Bd. {s} nr. {n}, bl. A2, ap. 14|Calea {s} {n}", cities: "București|Cluj-Napoca|Iași|Timișoara",
		post: "######", addrFmt: "{st}, {pc} {c}", phones: "07## ### ###|+40 7## ### ###|+40 (21) ### ## ##|0040 7########|07########|407########", domains: "yahoo.ro|gmail.com|rdslink.ro"},
	{code: "hu_HU", lang: "hu", given: "László|Anna|Bence|Eszter|Gábor|Zsófia|Péter|Katalin", family: "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár", familyFirst: true,
		streets: "Petőfi|Kossuth Lajos|Váci|Andrássy|Rákóczi|Béke", streetFmt: "{s} utca {n}.|{s} út {n}. 2/5|{s} tér {n}", cities: "Budapest|Debrecen|Szeged|Pécs",
		post: "####", addrFmt: "{pc} {c}, {st}", phones: "+36 30 ### ####|06 30 ### ####|06-20-###-####|(06 1) ### ####|+36 1 ### ####|3670#######", domains: "freemail.hu|citromail.hu|gmail.com"},
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// words of the free text, per language: customer, phone, email, address,
// changed, from, to, call back at, ship to, regards, bank account, card, id.
var lexicon = map[string][13]string{
	"en":  {"customer", "phone", "email", "address", "changed", "from", "to", "please call back at", "ship to", "Kind regards", "bank account", "card", "ID no."},
	"de":  {"Kunde", "Telefon", "E-Mail", "Anschrift", "geändert", "von", "auf", "bitte Rückruf unter", "Lieferung an", "Mit freundlichen Grüßen", "Bankverbindung", "Karte", "Ausweisnr."},
	"fr":  {"client", "téléphone", "courriel", "adresse", "modifié", "de", "à", "merci de rappeler au", "livrer à", "Cordialement", "compte bancaire", "carte", "pièce d'identité"},
	"es":  {"cliente", "teléfono", "correo", "dirección", "cambiado", "de", "a", "por favor llamar al", "enviar a", "Saludos cordiales", "cuenta bancaria", "tarjeta", "documento"},
	"pt":  {"cliente", "telefone", "e-mail", "endereço", "alterado", "de", "para", "favor retornar no", "entregar em", "Atenciosamente", "conta bancária", "cartão", "documento"},
	"it":  {"cliente", "telefono", "e-mail", "indirizzo", "modificato", "da", "a", "richiamare al", "spedire a", "Cordiali saluti", "conto bancario", "carta", "documento"},
	"nl":  {"klant", "telefoon", "e-mail", "adres", "gewijzigd", "van", "naar", "graag terugbellen op", "verzenden naar", "Met vriendelijke groet", "bankrekening", "kaart", "ID-nummer"},
	"pl":  {"klient", "telefon", "e-mail", "adres", "zmieniono", "z", "na", "proszę oddzwonić na", "wysyłka do", "Z poważaniem", "konto bankowe", "karta", "nr dowodu"},
	"cs":  {"zákazník", "telefon", "e-mail", "adresa", "změněno", "z", "na", "prosím zavolejte na", "doručit na", "S pozdravem", "bankovní účet", "karta", "číslo OP"},
	"tr":  {"müşteri", "telefon", "e-posta", "adres", "değiştirildi", "eski", "yeni", "lütfen geri arayın", "teslimat adresi", "Saygılarımla", "banka hesabı", "kart", "kimlik no"},
	"ru":  {"клиент", "телефон", "почта", "адрес", "изменён", "с", "на", "перезвоните по номеру", "доставка по адресу", "С уважением", "банковский счёт", "карта", "паспорт"},
	"uk":  {"клієнт", "телефон", "пошта", "адреса", "змінено", "з", "на", "передзвоніть за номером", "доставка за адресою", "З повагою", "банківський рахунок", "картка", "документ"},
	"ja":  {"お客様", "電話番号", "メール", "住所", "変更", "旧", "新", "折り返し連絡先", "お届け先", "よろしくお願いいたします", "口座", "カード", "身分証"},
	"ko":  {"고객", "전화번호", "이메일", "주소", "변경", "이전", "변경후", "회신 번호", "배송지", "감사합니다", "계좌", "카드", "신분증"},
	"zh":  {"客户", "电话", "邮箱", "地址", "已修改", "原", "改为", "请回电", "收货地址", "此致", "银行账户", "卡号", "身份证号"},
	"zht": {"客戶", "電話", "電郵", "地址", "已更改", "原", "改為", "請回電", "送貨地址", "謝謝", "銀行戶口", "卡號", "身份證"},
	"vi":  {"khách hàng", "điện thoại", "email", "địa chỉ", "đã đổi", "từ", "thành", "vui lòng gọi lại số", "giao đến", "Trân trọng", "tài khoản", "thẻ", "CCCD"},
	"th":  {"ลูกค้า", "โทร", "อีเมล", "ที่อยู่", "เปลี่ยน", "จาก", "เป็น", "กรุณาโทรกลับ", "จัดส่งที่", "ขอบคุณค่ะ", "บัญชีธนาคาร", "บัตร", "บัตรประชาชน"},
	"id":  {"pelanggan", "telepon", "email", "alamat", "diubah", "dari", "menjadi", "mohon hubungi kembali di", "kirim ke", "Salam", "rekening", "kartu", "KTP"},
	"ms":  {"pelanggan", "telefon", "emel", "alamat", "ditukar", "dari", "kepada", "sila hubungi semula di", "hantar ke", "Terima kasih", "akaun bank", "kad", "No. KP"},
	"fil": {"customer", "numero", "email", "address", "pinalitan", "mula", "sa", "pakitawagan po sa", "ipadala sa", "Salamat po", "bank account", "card", "ID"},
	"ar":  {"العميل", "الجوال", "البريد", "العنوان", "تم تغيير", "من", "إلى", "يرجى الاتصال على", "التوصيل إلى", "مع التحية", "الحساب البنكي", "البطاقة", "الهوية"},
	"he":  {"לקוח", "טלפון", "דוא\"ל", "כתובת", "שונה", "מ-", "ל-", "נא לחזור למספר", "משלוח אל", "בברכה", "חשבון בנק", "כרטיס", "ת.ז."},
	"el":  {"πελάτης", "τηλέφωνο", "email", "διεύθυνση", "άλλαξε", "από", "σε", "παρακαλώ καλέστε στο", "αποστολή σε", "Με εκτίμηση", "τραπεζικός λογαριασμός", "κάρτα", "ΑΔΤ"},
	"ro":  {"client", "telefon", "e-mail", "adresa", "modificat", "din", "în", "vă rog sunați la", "livrare la", "Cu stimă", "cont bancar", "card", "CNP"},
	"hu":  {"ügyfél", "telefon", "e-mail", "cím", "módosítva", "erről", "erre", "kérem hívjon vissza", "szállítás", "Üdvözlettel", "bankszámla", "kártya", "szig. szám"},
}
