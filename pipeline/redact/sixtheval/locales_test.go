package sixtheval

// Per-locale tables: people in local order and script, phones as each
// country's numbering plan is typed, streets and address shapes, and the words
// a shop uses around them. Every value is combined at random from these
// tables; no table row is a real person or a real address.

// words holds the vocabulary of one language used around PII.
type words struct {
	recipient, customer, phone, address, email, password, otp, dear, deliver string
	hName, hPhone, hAddress, hEmail                                          string // CSV headers
	nameKey, phoneKey, addressKey, passKey                                   string // JSON/form keys
}

type locale struct {
	code        string
	given       []string
	family      []string
	rgiven      []string // romanised, paired with given (may be nil)
	rfamily     []string // romanised, paired with family (may be nil)
	familyFirst bool
	sep         string // between the parts of a name
	honorific   string // appended after the name (ja: 様), "" if none
	cc          string
	phones      []string // '#' a digit, '|' starts an extension (not part of the number)
	localDigits string   // ten local digit runes 0-9, "" if none
	streets     []string // distinctive street names (the leak fragments)
	addr        []string // {s} street, {n} number, {u} unit, {d} district, {c} city, {p} postcode, {b} PO box
	cities      []string
	districts   []string
	postcode    string // '#' digit, '@' letter
	iban        string // IBAN country code, "" for none
	domains     []string
	w           words
}

var locales = []*locale{
	{
		code: "nl_BE", given: []string{"Wouter", "Annelies", "Jeroen", "Lieselotte", "Pieterjan", "Marijke", "Stijn", "Griet", "Bavo", "Hanne"},
		family: []string{"Vandenbroucke", "De Smedt", "Verhaeghe", "Van Damme", "Claeys", "Goossens", "Wuyts", "Vermeulen", "De Backer", "Maes"},
		sep:    " ", cc: "32",
		phones:  []string{"04## ## ## ##", "+32 4## ## ## ##", "0032 4##/##.##.##", "+32 (0)4## ## ## ##", "02 ### ## ##", "04##/## ## ##", "+32 9 ### ## ##| toestel ##"},
		streets: []string{"Kortrijksesteenweg", "Vlaanderenstraat", "Groenplaats", "Meirbrug", "Overpoortstraat", "Lange Nieuwstraat", "Brugsevaart", "Sint-Pietersnieuwstraat"},
		addr:    []string{"{s} {n}, {p} {c}", "{s} {n} bus {u}, {p} {c}", "{s} {n}/{u}, B-{p} {c}"},
		cities:  []string{"Gent", "Antwerpen", "Leuven", "Brugge", "Mechelen"}, postcode: "9###", iban: "BE",
		domains: []string{"telenet.be", "skynet.be", "gmail.com", "proximus.be"},
		w:       words{"ontvanger", "klant", "tel.", "adres", "e-mail", "wachtwoord", "verificatiecode", "Beste", "leveren aan", "Naam", "Telefoon", "Adres", "E-mailadres", "naam", "telefoon", "adres", "wachtwoord"},
	},
	{
		code: "fr_CA", given: []string{"Maxime", "Geneviève", "Étienne", "Marie-Ève", "Jean-François", "Noémie", "Rosalie", "Mathieu", "Josée", "Félix"},
		family: []string{"Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Ouellet", "Gauthier"},
		sep:    " ", cc: "1",
		phones:  []string{"(514) ###-####", "514-###-####", "+1 438 ### ####", "1-819-###-####| poste ###", "418.###.####", "(450) ###-####| ext. ##"},
		streets: []string{"Sherbrooke", "Saint-Denis", "Côte-des-Neiges", "Papineau", "Laurier", "Wellington", "Maisonneuve", "Beaubien"},
		addr:    []string{"{n}, rue {s}, {c} (Québec) {p}", "{n}-{u} boulevard {s}, {c} QC {p}", "app. {u}, {n} avenue {s}, {c}, QC {p}", "C.P. {b}, succ. Centre-ville, {c} QC {p}"},
		cities:  []string{"Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke"}, postcode: "H#@ #@#",
		domains: []string{"videotron.ca", "sympatico.ca", "gmail.com", "outlook.com"},
		w:       words{"destinataire", "client", "tél.", "adresse", "courriel", "mot de passe", "code de vérification", "Bonjour", "livrer à", "Nom complet", "Téléphone", "Adresse", "Courriel", "nom", "telephone", "adresse", "mot_de_passe"},
	},
	{
		code: "en_IE", given: []string{"Siobhán", "Cathal", "Aoife", "Pádraig", "Niamh", "Oisín", "Gráinne", "Ciarán", "Órla", "Darragh"},
		family: []string{"Ó Súilleabháin", "Mac Giolla", "O'Rourke", "Fitzgerald", "Ní Bhriain", "McGettigan", "Kavanagh", "Breathnach", "Donnelly", "Quigley"},
		sep:    " ", cc: "353",
		phones:  []string{"08# ### ####", "+353 8# ### ####", "(01) ### ####", "+353 (0)8# ###-####", "00353 8#######", "087-#######"},
		streets: []string{"Drumcondra", "Glasnevin", "Ballymun", "Rathmines", "Stillorgan", "Clonskeagh", "Knocklyon", "Ballinteer"},
		addr:    []string{"{n} {s} Road, Dublin {u}, {p}", "Apt {u}, {n} {s} Court, {c}, Co. {c}", "{s} House, {n} Main Street, {c} {p}", "The Old Rectory, {s}, {c}"},
		cities:  []string{"Cork", "Galway", "Limerick", "Waterford", "Kilkenny"}, postcode: "D0# @#@#",
		domains: []string{"eircom.net", "gmail.com", "outlook.ie", "yahoo.ie"},
		w:       words{"recipient", "customer", "phone", "address", "email", "password", "verification code", "Dear", "deliver to", "Name", "Phone", "Address", "Email", "name", "phone", "address", "password"},
	},
	{
		code: "en_PK", given: []string{"Muhammad Bilal", "Ayesha", "Usman", "Fatima", "Hamza", "Sana", "Zeeshan", "Mahnoor", "Faisal", "Rabia"},
		family: []string{"Qureshi", "Chaudhry", "Siddiqui", "Malik", "Butt", "Rajput", "Abbasi", "Khattak", "Mirza", "Hashmi"},
		sep:    " ", cc: "92",
		phones:  []string{"03##-#######", "+92 3## #######", "0092-3##-#######", "(051) ###-####", "92 3## ### ####", "0300 #######"},
		streets: []string{"Jinnah Avenue", "Shahrah-e-Faisal", "Mall Road", "Allama Iqbal", "Khayaban-e-Ittehad", "Murree Road", "Ferozepur", "Tariq Road"},
		addr:    []string{"House No. {n}, Street {u}, {s}, {d}, {c}", "Flat {u}, Block {b}, near {s} Chowk, {d}, {c} {p}", "Plot {n}-C, {s}, Phase {u}, DHA, {c}"},
		cities:  []string{"Lahore", "Karachi", "Islamabad", "Rawalpindi", "Faisalabad"}, districts: []string{"Gulberg III", "F-7/2", "Clifton", "Saddar", "Model Town"}, postcode: "#####", iban: "PK",
		domains: []string{"gmail.com", "yahoo.com", "hotmail.com", "ptcl.net.pk"},
		w:       words{"recipient", "customer", "mobile", "address", "email", "password", "verification code", "Dear", "deliver to", "Customer Name", "Mobile No", "Address", "Email", "name", "mobile", "address", "password"},
	},
	{
		code: "hi_IN", given: []string{"राहुल", "प्रिया", "अमित", "सुनीता", "विकास", "अनुराधा", "सौरभ", "कविता", "दीपक", "नेहा"},
		family:  []string{"शर्मा", "वर्मा", "गुप्ता", "श्रीवास्तव", "चौहान", "मिश्रा", "त्रिपाठी", "अग्रवाल", "यादव", "भटनागर"},
		rgiven:  []string{"Rahul", "Priya", "Amit", "Sunita", "Vikas", "Anuradha", "Saurabh", "Kavita", "Deepak", "Neha"},
		rfamily: []string{"Sharma", "Verma", "Gupta", "Srivastava", "Chauhan", "Mishra", "Tripathi", "Agarwal", "Yadav", "Bhatnagar"},
		sep:     " ", cc: "91",
		phones:      []string{"+91 9#### #####", "98### #####", "+91-7#########", "0091 8#########", "(011) 2### ####", "09#########", "९८७## #####"},
		localDigits: "०१२३४५६७८९",
		streets:     []string{"गांधी मार्ग", "Nehru Nagar", "Lajpat Rai", "Ashok Vihar", "Rajendra Prasad", "महात्मा गांधी", "Sarojini", "Vivekananda"},
		addr:        []string{"{n}, {s} Road, {d}, {c} - {p}", "Flat {u}, Tower {b}, {s} Marg, near Hanuman Mandir, {c} {p}", "मकान नं. {n}, {s} मार्ग, {d}, {c} {p}", "H.No. {n}/{u}, Gali No. {b}, {s} Colony, {c}"},
		cities:      []string{"Lucknow", "Jaipur", "Kanpur", "Bhopal", "Patna"}, districts: []string{"Gomti Nagar", "Malviya Nagar", "Civil Lines", "Arera Colony", "Kankarbagh"}, postcode: "######",
		domains: []string{"gmail.com", "rediffmail.com", "yahoo.co.in", "डाकघर.भारत"},
		w:       words{"प्राप्तकर्ता", "ग्राहक", "फ़ोन", "पता", "ईमेल", "पासवर्ड", "सत्यापन कोड", "प्रिय", "डिलीवरी पता", "नाम", "मोबाइल", "पता", "ईमेल", "naam", "mobile_no", "pata", "पासवर्ड"},
	},
	{
		code: "es_UY", given: []string{"Facundo", "Florencia", "Agustín", "Valentina", "Nahuel", "Lucía", "Bruno", "Martina", "Gonzalo", "Camila"},
		family: []string{"Rodríguez Pereira", "Fernández", "Olivera", "Sosa", "Acosta", "Techera", "Cabrera", "Silveira", "De León", "Méndez"},
		sep:    " ", cc: "598",
		phones:  []string{"09# ### ###", "+598 9# ### ###", "2### ####| int. ###", "(+598) 2### ####", "099######", "00598 9########"},
		streets: []string{"Bulevar Artigas", "Dieciocho de Julio", "Rambla Gandhi", "Garibaldi", "Ellauri", "Rivera", "Colonia", "Sarandí"},
		addr:    []string{"Av. {s} {n} apto {u}, {d}, {c}", "{s} {n} esq. Mercedes, CP {p}, {c}", "{s} {n} bis, casa {u}, {c}"},
		cities:  []string{"Montevideo", "Salto", "Paysandú", "Maldonado", "Rivera"}, districts: []string{"Pocitos", "Cordón", "Malvín", "Punta Carretas", "Parque Rodó"}, postcode: "11###",
		domains: []string{"adinet.com.uy", "gmail.com", "hotmail.com", "vera.com.uy"},
		w:       words{"destinatario", "cliente", "cel.", "dirección", "correo", "contraseña", "código de verificación", "Estimado/a", "entregar en", "Nombre y apellido", "Celular", "Dirección", "Correo", "nombre", "celular", "direccion", "contraseña"},
	},
	{
		code: "pt_AO", given: []string{"Adilson", "Luzia", "Mbemba", "Esperança", "Nzinga", "Domingos", "Kiala", "Filomena", "Nelo", "Teresa"},
		family: []string{"dos Santos", "Kiluanje", "Mbunda", "da Silva Neto", "Cassoma", "Tchiyuka", "Lukamba", "Sebastião", "Kalunga", "Mateus"},
		sep:    " ", cc: "244",
		phones:  []string{"+244 9## ### ###", "9## ### ###", "00244 9########", "(+244) 222 ### ###", "244 92#######"},
		streets: []string{"Rua Amílcar Cabral", "Avenida Comandante Valódia", "Rua Rainha Ginga", "Avenida Deolinda Rodrigues", "Rua Kwamme Nkrumah", "Largo do Kinaxixi", "Rua Major Kanhangulo", "Avenida Ho Chi Minh"},
		addr:    []string{"{s}, n.º {n}, {u}.º andar, {d}, {c}", "Bairro {d}, {s}, casa n.º {n}, {c}", "{s} {n}, Prédio {b}, apto {u}, {c}", "Caixa Postal {b}, {c}"},
		cities:  []string{"Luanda", "Benguela", "Huambo", "Lobito", "Lubango"}, districts: []string{"Maianga", "Ingombota", "Talatona", "Rangel", "Cazenga"}, postcode: "",
		domains: []string{"gmail.com", "netcabo.co.ao", "hotmail.com", "unitel.co.ao"},
		w:       words{"destinatário", "cliente", "telemóvel", "morada", "email", "palavra-passe", "código de verificação", "Caro/a", "entregar em", "Nome", "Telemóvel", "Morada", "Email", "nome", "telemovel", "morada", "palavra_passe"},
	},
	{
		code: "zh_SG", given: []string{"Jia Hui", "Wei Ming", "Hui Min", "Jun Jie", "Xin Yi", "Zhi Hao", "Shu Fen", "Kai Wen", "Li Ting", "Yong Sheng"},
		family:      []string{"Tan", "Lim", "Ong", "Goh", "Chua", "Teo", "Koh", "Ng", "Seah", "Quek"},
		familyFirst: true, sep: " ", cc: "65",
		phones:  []string{"+65 9### ####", "8### ####", "(65) 6### ####", "+65-9###-####", "65 8#######", "+65 6### ####| ext ###"},
		streets: []string{"Tampines", "Bedok North", "Yishun Ring", "Ang Mo Kio", "Jurong West", "Woodlands Drive", "Toa Payoh Lorong", "Pasir Ris"},
		addr:    []string{"Blk {n} {s} Ave {u}, #0{b}-{n}, Singapore {p}", "{n} {s} Street {u} #{b}-{u}, S({p})", "Blk {n}A {s} Road, #{b}-{n}, Singapore {p}"},
		cities:  []string{"Singapore"}, postcode: "5#####",
		domains: []string{"singnet.com.sg", "gmail.com", "yahoo.com.sg", "starhub.net.sg"},
		w:       words{"recipient", "customer", "HP", "address", "email", "password", "OTP", "Dear", "deliver to", "Name", "Contact No.", "Address", "Email", "name", "contact_no", "address", "password"},
	},
	{
		code: "zh_CN", given: []string{"秀英", "志强", "丽娟", "建国", "海燕", "俊杰", "婷婷", "晓东", "雪梅", "宇航"},
		family:      []string{"王", "李", "欧阳", "刘", "诸葛", "赵", "黄", "周", "吴", "司马"},
		rgiven:      []string{"Xiuying", "Zhiqiang", "Lijuan", "Jianguo", "Haiyan", "Junjie", "Tingting", "Xiaodong", "Xuemei", "Yuhang"},
		rfamily:     []string{"Wang", "Li", "Ouyang", "Liu", "Zhuge", "Zhao", "Huang", "Zhou", "Wu", "Sima"},
		familyFirst: true, sep: "", cc: "86",
		phones:  []string{"1## #### ####", "+86 1##-####-####", "(010) 6###-####", "0086 1##########", "1##########", "+86 (21) 5### ####| 转 ###", "０１０－６###－####"},
		streets: []string{"建国路", "中山东路", "人民南路", "解放大道", "长安街", "淮海中路", "天府大道", "珠江新城花城大道"},
		addr:    []string{"{c}{d}{s}{n}号{b}栋{u}室", "{c}{d}{s}{n}号院{b}号楼{u}单元", "{c}市{d}{s}{n}号，邮编{p}"},
		cities:  []string{"北京市", "上海市", "成都市", "广州市", "武汉市"}, districts: []string{"朝阳区", "浦东新区", "武侯区", "天河区", "江汉区"}, postcode: "######",
		domains: []string{"qq.com", "163.com", "126.com", "sina.com", "公司.中国"},
		w:       words{"收件人", "客户", "电话", "地址", "邮箱", "密码", "验证码", "尊敬的", "收货地址", "姓名", "手机号", "详细地址", "电子邮箱", "xingming", "shouji", "dizhi", "mima"},
	},
	{
		code: "ja_JP", given: []string{"花子", "翔太", "美咲", "大輔", "さくら", "健太", "陽菜", "拓海", "恵美", "悠斗"},
		family:      []string{"佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"},
		rgiven:      []string{"Hanako", "Shota", "Misaki", "Daisuke", "Sakura", "Kenta", "Hina", "Takumi", "Emi", "Yuto"},
		rfamily:     []string{"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"},
		familyFirst: true, sep: " ", honorific: " 様", cc: "81",
		phones:      []string{"090-####-####", "03-####-####", "+81 90-####-####", "(03) ####-####", "０９０－####－####", "080########", "+81 (0)6-####-####| 内線 ###"},
		localDigits: "０１２３４５６７８９",
		streets:     []string{"神宮前", "道玄坂", "栄町", "錦糸", "桜丘町", "北浜", "天神", "大通西"},
		addr:        []string{"〒{p} 東京都渋谷区{s}{n}丁目{u}-{b}", "〒{p} {c}{d}{s}{n}-{u}-{b} {s}ハイツ{b}号室", "{c}{d}{s}{n}番地{u} メゾン{b}0{u}"},
		cities:      []string{"大阪市", "名古屋市", "福岡市", "札幌市", "横浜市"}, districts: []string{"北区", "中央区", "西区", "博多区", "港北区"}, postcode: "###-####",
		domains: []string{"docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com", "例え.jp"},
		w:       words{"お届け先", "お客様", "電話", "住所", "メール", "パスワード", "確認コード", "", "お届け先住所", "氏名", "電話番号", "住所", "メールアドレス", "shimei", "denwa", "jusho", "pasuwado"},
	},
	{
		code: "km_KH", given: []string{"ដារ៉ា", "សុភា", "វណ្ណា", "ចន្ថា", "រតនា", "សុខា", "បុប្ផា", "វិសាល", "ស្រីនាង", "ពិសិដ្ឋ"},
		family:      []string{"សុខ", "ចាន់", "ហេង", "លឹម", "ម៉ៅ", "គឹម", "ស៊ុន", "ពេជ្រ", "អ៊ុំ", "ឈឹម"},
		rgiven:      []string{"Dara", "Sophea", "Vanna", "Chantha", "Rathana", "Sokha", "Bopha", "Visal", "Sreyneang", "Piseth"},
		rfamily:     []string{"Sok", "Chan", "Heng", "Lim", "Mao", "Kim", "Sun", "Pich", "Um", "Chhim"},
		familyFirst: true, sep: " ", cc: "855",
		phones:      []string{"012 ### ###", "+855 12 ### ###", "(+855) 97 #### ###", "០១២ ### ###", "855 1########", "097-###-####"},
		localDigits: "០១២៣៤៥៦៧៨៩",
		streets:     []string{"Norodom", "Sihanouk", "Monivong", "Mao Tse Toung", "Russian Federation", "Kampuchea Krom", "Sothearos", "Preah Ang Duong"},
		addr:        []string{"House {n}, St. {u}, {s} Blvd, Sangkat {d}, Khan Chamkarmon, {c}", "ផ្ទះលេខ {n} ផ្លូវ {s} សង្កាត់ {d} {c}", "#{n}E{u}, Street {b}, near {s} market, {d}, {c} {p}"},
		cities:      []string{"Phnom Penh", "Siem Reap", "Battambang", "Sihanoukville", "Kampot"}, districts: []string{"Boeung Keng Kang", "Tonle Bassac", "Toul Tom Poung", "Daun Penh", "Chbar Ampov"}, postcode: "120###",
		domains: []string{"gmail.com", "yahoo.com", "camnet.com.kh", "online.com.kh"},
		w:       words{"អ្នកទទួល", "អតិថិជន", "ទូរស័ព្ទ", "អាសយដ្ឋាន", "អ៊ីមែល", "ពាក្យសម្ងាត់", "លេខកូដផ្ទៀងផ្ទាត់", "ជូនចំពោះ", "ដឹកជញ្ជូនទៅ", "ឈ្មោះ", "ទូរស័ព្ទ", "អាសយដ្ឋាន", "អ៊ីមែល", "chhmuoh", "tourasap", "asayatthan", "peaksamngat"},
	},
	{
		code: "ka_GE", given: []string{"გიორგი", "ნინო", "ლევანი", "თამარი", "დავითი", "მარიამი", "ირაკლი", "ეკატერინე", "ზურაბი", "ქეთევანი"},
		family:  []string{"ბერიძე", "მამულაშვილი", "კაპანაძე", "გელაშვილი", "ჯაფარიძე", "ლომიძე", "ხარაიშვილი", "წიკლაური", "ნოზაძე", "ჩხეიძე"},
		rgiven:  []string{"Giorgi", "Nino", "Levani", "Tamari", "Davit", "Mariami", "Irakli", "Ekaterine", "Zurabi", "Ketevan"},
		rfamily: []string{"Beridze", "Mamulashvili", "Kapanadze", "Gelashvili", "Japaridze", "Lomidze", "Kharaishvili", "Tsiklauri", "Nozadze", "Chkheidze"},
		sep:     " ", cc: "995",
		phones:  []string{"5## ## ## ##", "+995 5## ## ## ##", "(+995) 5##-##-##-##", "995 5########", "032 2 ## ## ##", "+995 (32) 2## ## ##"},
		streets: []string{"რუსთაველის", "ჭავჭავაძის", "Pekini", "Tsereteli", "აღმაშენებლის", "Kazbegi", "Vazha-Pshavela", "ბელიაშვილის"},
		addr:    []string{"{s} გამზ. {n}, ბ. {u}, {c} {p}", "{s} ქ. N{n}, სადარბაზო {b}, ბინა {u}, {c}", "{n} {s} Ave, apt {u}, {d}, {c} {p}"},
		cities:  []string{"თბილისი", "Batumi", "ქუთაისი", "Rustavi", "Zugdidi"}, districts: []string{"ვაკე", "Saburtalo", "Didube", "ისანი", "Gldani"}, postcode: "0###", iban: "GE",
		domains: []string{"gmail.com", "mail.ru", "posta.ge", "საიტი.გე"},
		w:       words{"მიმღები", "მომხმარებელი", "ტელ", "მისამართი", "ელფოსტა", "პაროლი", "დადასტურების კოდი", "ძვირფასო", "მიწოდება", "სახელი გვარი", "ტელეფონი", "მისამართი", "ელფოსტა", "saxeli", "telefoni", "misamarti", "პაროლი"},
	},
	{
		code: "hy_AM", given: []string{"Արամ", "Անահիտ", "Տիգրան", "Լիլիթ", "Գոռ", "Նարինե", "Հայկ", "Մարիամ", "Արմեն", "Սյուզաննա"},
		family:  []string{"Պետրոսյան", "Հովհաննիսյան", "Սարգսյան", "Ղազարյան", "Մկրտչյան", "Աբրահամյան", "Գրիգորյան", "Վարդանյան", "Ավետիսյան", "Կարապետյան"},
		rgiven:  []string{"Aram", "Anahit", "Tigran", "Lilit", "Gor", "Narine", "Hayk", "Mariam", "Armen", "Syuzanna"},
		rfamily: []string{"Petrosyan", "Hovhannisyan", "Sargsyan", "Ghazaryan", "Mkrtchyan", "Abrahamyan", "Grigoryan", "Vardanyan", "Avetisyan", "Karapetyan"},
		sep:     " ", cc: "374",
		phones:  []string{"0## ######", "+374 ## ######", "(+374 10) ## ## ##", "0##-##-##-##", "374 9#######", "+374 (91) ###-###"},
		streets: []string{"Մաշտոցի", "Abovyan", "Սայաթ-Նովայի", "Tumanyan", "Բաղրամյան", "Komitas", "Isahakyan", "Տերյան"},
		addr:    []string{"{s} պող. {n}, բն. {u}, {c} {p}", "{n} {s} St, apt {u}, {d}, {c} {p}", "ք. {c}, {s} փ., շենք {n}, բն. {u}"},
		cities:  []string{"Երևան", "Gyumri", "Vanadzor", "Վաղարշապատ", "Abovyan"}, districts: []string{"Kentron", "Arabkir", "Ajapnyak", "Malatia-Sebastia", "Davtashen"}, postcode: "00##",
		domains: []string{"gmail.com", "mail.ru", "yandex.ru", "arminco.com"},
		w:       words{"ստացող", "հաճախորդ", "հեռ.", "հասցե", "էլ. փոստ", "գաղտնաբառ", "հաստատման կոդ", "Հարգելի", "առաքել", "Անուն Ազգանուն", "Հեռախոս", "Հասցե", "Էլ. փոստ", "anun", "herakhos", "hasce", "գաղտնաբառ"},
	},
	{
		code: "kk_KZ", given: []string{"Айгерим", "Нұрлан", "Жанар", "Ерлан", "Динара", "Асхат", "Мадина", "Бауыржан", "Гүлнұр", "Дәулет"},
		family:  []string{"Нұрланұлы", "Сейтқалиева", "Жұмабаев", "Оспанова", "Тоқтаров", "Әбдірахманова", "Қасымов", "Серікқызы", "Бекмұханбетов", "Ермекова"},
		rgiven:  []string{"Aigerim", "Nurlan", "Zhanar", "Yerlan", "Dinara", "Askhat", "Madina", "Baurzhan", "Gulnur", "Daulet"},
		rfamily: []string{"Nurlanuly", "Seitkaliyeva", "Zhumabayev", "Ospanova", "Toktarov", "Abdrakhmanova", "Kassymov", "Serikkyzy", "Bekmukhanbetov", "Yermekova"},
		sep:     " ", cc: "7",
		phones:  []string{"8 (7##) ### ## ##", "+7 7## ### ####", "8 7## ###-##-##", "+7(727)###-##-##", "87#########", "+7 701 ### ## ##| доб. ###"},
		streets: []string{"Абай даңғылы", "Достык", "Тole bi", "Сәтпаев", "Kabanbay Batyr", "Жібек жолы", "Назарбаев", "Aль-Фараби"},
		addr:    []string{"г. {c}, ул. {s}, д. {n}, кв. {u}, {p}", "{c} қ., {s} к-сі, {n} үй, {u} пәтер", "мкр. {d}, {s} {n}/{u}, {c} {p}"},
		cities:  []string{"Алматы", "Астана", "Шымкент", "Караганда", "Актобе"}, districts: []string{"Самал-2", "Айнабулак", "Коктем-1", "Жетысу", "Орбита-3"}, postcode: "0#####", iban: "KZ",
		domains: []string{"mail.ru", "gmail.com", "yandex.kz", "инфо.қаз"},
		w:       words{"алушы", "клиент", "тел.", "мекенжай", "эл. пошта", "құпия сөз", "растау коды", "Құрметті", "жеткізу", "Аты-жөні", "Телефон", "Мекенжай", "Email", "aty_zhoni", "telefon", "mekenzhai", "құпиясөз"},
	},
	{
		code: "am_ET", given: []string{"አበበ", "ሰላማዊት", "ተስፋዬ", "መቅደስ", "ዳዊት", "ሕይወት", "ብርሃኑ", "ትዕግሥት", "ሙሉጌታ", "ፀሐይ"},
		family:  []string{"በቀለ", "ገብረሥላሴ", "ወልደማርያም", "ታደሰ", "አለሙ", "ኃይሌ", "መንግሥቱ", "ደምሴ", "ጌታቸው", "አሰፋ"},
		rgiven:  []string{"Abebe", "Selamawit", "Tesfaye", "Mekdes", "Dawit", "Hiwot", "Birhanu", "Tigist", "Mulugeta", "Tsehay"},
		rfamily: []string{"Bekele", "Gebreselassie", "Woldemariam", "Tadesse", "Alemu", "Haile", "Mengistu", "Demisse", "Getachew", "Assefa"},
		sep:     " ", cc: "251",
		phones:  []string{"09## ### ###", "+251 9## ### ###", "251-9##-######", "(011) ### ####", "+251 (0)9########", "0911######"},
		streets: []string{"Bole Medhanialem", "ቸርችል ጎዳና", "Africa Avenue", "Haile Gebreselassie", "Gotera", "ሜክሲኮ", "Kazanchis", "Piassa Arada"},
		addr:    []string{"ክ/ከተማ {d}, ወረዳ {u}, የቤት ቁ. {n}, {s}, {c}", "Woreda {u}, House No. {n}, near {s} church, {d}, {c}", "P.O. Box {b}, {s} area, {c}"},
		cities:  []string{"አዲስ አበባ", "Adama", "Bahir Dar", "ሐዋሳ", "Mekelle"}, districts: []string{"Bole", "Yeka", "Kirkos", "Arada", "Lideta"}, postcode: "1###",
		domains: []string{"gmail.com", "ethionet.et", "yahoo.com", "ethiotelecom.et"},
		w:       words{"ተቀባይ", "ደንበኛ", "ስልክ", "አድራሻ", "ኢሜይል", "የይለፍ ቃል", "የማረጋገጫ ኮድ", "ውድ", "ማድረስ ወደ", "ሙሉ ስም", "ስልክ ቁጥር", "አድራሻ", "ኢሜይል", "sim", "silk", "adrasha", "yeyilef_qal"},
	},
	{
		code: "yo_NG", given: []string{"Adébáyọ̀", "Folúkẹ́", "Olúwaṣeun", "Morẹ́nikẹ́", "Túndé", "Abímbọ́lá", "Kọ́lá", "Yétúndé", "Oyèwálé", "Bùkọ́lá"},
		family:  []string{"Ọládiípọ̀", "Adéwálé", "Ògúnlẹ́yẹ", "Babátúndé", "Akínyẹmí", "Fáṣọlá", "Adébísí", "Olúwọlé", "Ìbídàpọ̀", "Oyèníyì"},
		rgiven:  []string{"Adebayo", "Foluke", "Oluwaseun", "Morenike", "Tunde", "Abimbola", "Kola", "Yetunde", "Oyewale", "Bukola"},
		rfamily: []string{"Oladipo", "Adewale", "Ogunleye", "Babatunde", "Akinyemi", "Fashola", "Adebisi", "Oluwole", "Ibidapo", "Oyeniyi"},
		sep:     " ", cc: "234",
		phones:  []string{"080# ### ####", "+234 80# ### ####", "234 80########", "0803-###-####", "(+234) 70# ### ####", "0813 ### ####"},
		streets: []string{"Awolowo", "Adeola Odeku", "Herbert Macaulay", "Ogunlana", "Allen Avenue", "Ikorodu", "Bode Thomas", "Akin Adesola"},
		addr:    []string{"No. {n}, {s} Road, off {d}, {c}", "{n} {s} Street, {d}, {c} {p}, Lagos State", "Plot {n}, {s} Crescent, opposite First Bank, {d}, {c}", "Flat {u}, Block {b}, {s} Estate, {c}"},
		cities:  []string{"Ikeja", "Ibadan", "Abeokuta", "Surulere", "Lekki"}, districts: []string{"Yaba", "Ikoyi", "Bodija", "Ogba", "Magodo"}, postcode: "1#####",
		domains: []string{"gmail.com", "yahoo.com", "outlook.com", "mweb.com.ng"},
		w:       words{"olùgbà", "oníbàárà", "fóònù", "àdírẹ́sì", "ímeèlì", "ọ̀rọ̀ aṣínà", "kóòdù ìjẹ́rìísí", "Ẹ kú àárọ̀", "fi ránṣẹ́ sí", "Orúkọ", "Nọ́mbà fóònù", "Àdírẹ́sì", "Ímeèlì", "oruko", "nomba_foonu", "adiresi", "oro_asina"},
	},
	{
		code: "zu_ZA", given: []string{"Nomvula", "Sipho", "Thandeka", "Bongani", "Lindiwe", "Mandla", "Zanele", "Sibusiso", "Nokuthula", "Themba"},
		family: []string{"Dlamini", "Nkosi", "Zungu", "Mthembu", "Khumalo", "Ndlovu", "Buthelezi", "Mkhize", "Ngcobo", "Shabalala"},
		sep:    " ", cc: "27",
		phones:  []string{"08# ### ####", "+27 8# ### ####", "(011) ### ####", "0027 8########", "+27 (0)7# ### ####", "07#-###-####"},
		streets: []string{"Mangaung", "Inkosi Albert Luthuli", "Umgeni", "Jabavu", "Vilakazi", "Pixley ka Seme", "Anton Lembede", "Mahatma Gandhi"},
		addr:    []string{"{n} {s} Street, {d}, {c}, {p}", "Unit {u}, {s} Gardens, {n} Main Road, {d}, {c} {p}", "Stand {n}, {s} Section, {d}, {c}", "PO Box {b}, {c}, {p}"},
		cities:  []string{"Soweto", "Durban", "Pietermaritzburg", "Umlazi", "Johannesburg"}, districts: []string{"Orlando East", "Berea", "KwaMashu", "Glenwood", "Diepkloof"}, postcode: "4###",
		domains: []string{"gmail.com", "webmail.co.za", "telkomsa.net", "mweb.co.za"},
		w:       words{"umamukeli", "ikhasimende", "ucingo", "ikheli", "i-imeyili", "iphasiwedi", "ikhodi yokuqinisekisa", "Sawubona", "thumela ku", "Igama", "Inombolo yocingo", "Ikheli", "I-imeyili", "igama", "inombolo", "ikheli", "iphasiwedi"},
	},
	{
		code: "mn_MN", given: []string{"Болд", "Сарантуяа", "Ганбаатар", "Оюунчимэг", "Төмөрбаатар", "Нарангэрэл", "Батжаргал", "Мөнхзул", "Энхбаяр", "Цэцэгмаа"},
		family:      []string{"Батын", "Доржийн", "Гантулгын", "Цэрэнгийн", "Пүрэвийн", "Лхагвасүрэнгийн", "Очирын", "Баярын", "Дашийн", "Нямын"},
		rgiven:      []string{"Bold", "Sarantuya", "Ganbaatar", "Oyunchimeg", "Tumurbaatar", "Narangerel", "Batjargal", "Munkhzul", "Enkhbayar", "Tsetsegmaa"},
		rfamily:     []string{"Batyn", "Dorjiin", "Gantulgyn", "Tserengiin", "Purevin", "Lkhagvasurengiin", "Ochiryn", "Bayaryn", "Dashiin", "Nyamyn"},
		familyFirst: true, sep: " ", cc: "976",
		phones:  []string{"99## ####", "+976 88## ####", "(+976) 9###-####", "976 9#######", "+976-11-######"},
		streets: []string{"Энхтайваны", "Seoul", "Чингисийн", "Peace Avenue", "Жамъян гүний", "Olympic", "Amarsanaa", "Бага тойруу"},
		addr:    []string{"{c}, {d} дүүрэг, {u}-р хороо, {s} өргөн чөлөө, {n}-р байр, {b} тоот", "{c}, {d} district, khoroo {u}, {s} street, building {n}, apt {b}", "{d} дүүрэг, {s} гудамж {n}, {c} {p}"},
		cities:  []string{"Улаанбаатар", "Darkhan", "Эрдэнэт", "Choibalsan", "Mörön"}, districts: []string{"Сүхбаатар", "Bayangol", "Хан-Уул", "Chingeltei", "Баянзүрх"}, postcode: "14###",
		domains: []string{"gmail.com", "yahoo.com", "mail.mn", "univision.mn"},
		w:       words{"хүлээн авагч", "харилцагч", "утас", "хаяг", "и-мэйл", "нууц үг", "баталгаажуулах код", "Эрхэм", "хүргэх хаяг", "Овог нэр", "Утас", "Хаяг", "И-мэйл", "ovog_ner", "utas", "khayag", "nuuts_ug"},
	},
	{
		code: "lt_LT", given: []string{"Mindaugas", "Rūta", "Darius", "Aušra", "Tomas", "Eglė", "Gintaras", "Jurgita", "Vytautas", "Giedrė"},
		family: []string{"Kazlauskas", "Petrauskienė", "Jankauskas", "Stankevičiūtė", "Vasiliauskas", "Žukauskaitė", "Butkus", "Paulauskienė", "Urbonas", "Navickaitė"},
		sep:    " ", cc: "370",
		phones:  []string{"8 6## #####", "+370 6## #####", "(8 5) ### ####", "+370 (6##) #####", "86#######", "8-6##-##-###"},
		streets: []string{"Gedimino", "Laisvės", "Konstitucijos", "Savanorių", "Kalvarijų", "Žirmūnų", "Ukmergės", "Taikos"},
		addr:    []string{"{s} pr. {n}-{u}, LT-{p} {c}", "{s} g. {n}, {c}, LT-{p}", "{s} g. {n}A, butas {u}, {c}"},
		cities:  []string{"Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys"}, postcode: "#####", iban: "LT",
		domains: []string{"gmail.com", "inbox.lt", "one.lt", "takas.lt"},
		w:       words{"gavėjas", "klientas", "tel.", "adresas", "el. paštas", "slaptažodis", "patvirtinimo kodas", "Gerb.", "pristatyti", "Vardas Pavardė", "Telefonas", "Adresas", "El. paštas", "vardas", "telefonas", "adresas", "slaptazodis"},
	},
	{
		code: "is_IS", given: []string{"Guðrún", "Sigurður", "Þórdís", "Ólafur", "Hrafnhildur", "Björn", "Sólveig", "Gunnar", "Ragnheiður", "Einar"},
		family: []string{"Jónsdóttir", "Sigurðsson", "Guðmundsdóttir", "Ólafsson", "Magnúsdóttir", "Björnsson", "Stefánsdóttir", "Gunnarsson", "Kristjánsdóttir", "Þórðarson"},
		sep:    " ", cc: "354",
		phones:  []string{"### ####", "+354 ### ####", "00354 ###-####", "+354 8## ####", "8######"},
		streets: []string{"Laugavegur", "Skólavörðustígur", "Hverfisgata", "Borgartún", "Suðurlandsbraut", "Hringbraut", "Tryggvagata", "Þingholtsstræti"},
		addr:    []string{"{s} {n}, {p} {c}", "{s} {n}, íbúð {u}, {p} {c}", "Pósthólf {b}, {p} {c}"},
		cities:  []string{"Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri", "Garðabær"}, postcode: "1##", iban: "IS",
		domains: []string{"simnet.is", "gmail.com", "internet.is", "visir.is"},
		w:       words{"viðtakandi", "viðskiptavinur", "sími", "heimilisfang", "netfang", "lykilorð", "staðfestingarkóði", "Kæri/Kæra", "senda til", "Nafn", "Símanúmer", "Heimilisfang", "Netfang", "nafn", "simi", "heimilisfang", "lykilord"},
	},
}

// ibanFormats gives each IBAN country's BBAN shape: '9' a digit, 'A' an upper
// letter, 'c' an upper letter or digit. The length is 4 + len(BBAN).
var ibanFormats = map[string]string{
	"BE": "999999999999", "IS": "9999999999999999999999", "LT": "9999999999999999",
	"GE": "AA9999999999999999", "KZ": "999ccccccccccccc", "PK": "AAAA9999999999999999",
	"AZ": "AAAAcccccccccccccccccccc", "UA": "999999ccccccccccccccccccc", "MD": "cccccccccccccccccccc",
	"AL": "99999999cccccccccccccccc", "RS": "999999999999999999", "MK": "999cccccccccc99",
	"BG": "AAAA999999cccccccc", "HR": "99999999999999999", "SI": "999999999999999",
	"SK": "99999999999999999999", "EE": "9999999999999999", "LV": "AAAAccccccccccccc",
	"BR": "99999999999999999999999Ac", "SA": "99cccccccccccccccccc", "JO": "AAAA9999cccccccccccccccccc",
	"MU": "AAAA9999999999999999999AAA", "TL": "9999999999999999999", "CR": "999999999999999999",
	"DO": "cccc99999999999999999999", "EG": "9999999999999999999999999", "QA": "AAAAccccccccccccccccccccc",
}

var ibanCountries = []string{"AZ", "UA", "MD", "AL", "RS", "MK", "BG", "HR", "SI", "SK", "EE", "LV", "BR", "SA", "JO", "MU", "TL", "CR", "DO", "EG", "QA"}

// cnRegions are six-digit administrative division codes.
var cnRegions = []string{"110101", "110105", "310104", "310115", "440305", "440106", "510107", "330106", "420102", "320102", "500103", "610113", "370202", "210102", "350203", "130102"}
