package thirteentheval

import "strings"

// phrases of one language, as buyers and agents write them.
type phrases struct {
	hi, iam, phone, addr, email, otp, pw, order, thanks, ret, card, iban, id, review, deliver, call string
}

type locale struct {
	code, region, lang string
	iban               string
	given, family      []string
	roman              []string // romanised full names, "Given Family"
	// order: "gf" given first, "fg" family first (no space for "fgc")
	order    string
	phones   []string // patterns: # digit, % 1-9
	streets  []string // street line patterns: {s} street name, {n} number
	snames   []string
	locality []string // {c} city, {p} postcode
	cities   []string
	postcode string
	pr       phrases
}

var langs = map[string]phrases{
	"en": {"Hi", "this is", "my number is", "please deliver to", "email me at", "Your verification code is", "password", "order", "Thanks", "Return reason: item arrived damaged", "card", "IBAN", "ID number", "Great product, fast shipping.", "Leave the parcel with the neighbour at", "Customer called from"},
	"es": {"Hola", "soy", "mi número es", "entregar en", "escríbanme a", "Tu código de verificación es", "contraseña", "pedido", "Gracias", "Motivo de devolución: llegó roto", "tarjeta", "IBAN", "número de identificación", "Muy buen producto, llegó rápido.", "Dejar el paquete en portería,", "La clienta llamó desde el"},
	"pt": {"Olá", "aqui é", "meu celular é", "entregar na", "meu e-mail é", "Seu código de verificação é", "senha", "pedido", "Obrigado", "Motivo da devolução: produto com defeito", "cartão", "IBAN", "CPF/ID", "Produto ótimo, chegou antes do prazo.", "Deixar com o porteiro na", "Cliente ligou do número"},
	"fr": {"Bonjour", "je suis", "mon numéro est le", "livrer au", "écrivez-moi à", "Votre code de vérification est", "mot de passe", "commande", "Merci", "Motif du retour : article abîmé", "carte", "IBAN", "numéro d'identité", "Très bon produit, livraison rapide.", "Déposer le colis chez la gardienne,", "Le client a appelé depuis le"},
	"de": {"Hallo", "hier ist", "meine Nummer ist", "bitte liefern an", "schreiben Sie mir an", "Ihr Bestätigungscode lautet", "Passwort", "Bestellung", "Danke", "Rücksendegrund: Ware beschädigt", "Karte", "IBAN", "Ausweisnummer", "Super Produkt, schnelle Lieferung.", "Paket bitte beim Nachbarn abgeben:", "Kunde rief an von"},
	"nl": {"Hoi", "met", "mijn nummer is", "graag bezorgen op", "mail me op", "Je verificatiecode is", "wachtwoord", "bestelling", "Bedankt", "Reden retour: beschadigd", "kaart", "IBAN", "BSN", "Prima product, snel geleverd.", "Pakket bij de buren afgeven,", "Klant belde vanaf"},
	"sv": {"Hej", "det är", "mitt nummer är", "leverera till", "mejla mig på", "Din verifieringskod är", "lösenord", "beställning", "Tack", "Returorsak: trasig vid leverans", "kort", "IBAN", "personnummer", "Bra produkt, snabb leverans.", "Lämna paketet hos grannen på", "Kunden ringde från"},
	"pl": {"Dzień dobry", "tu", "mój numer to", "proszę dostarczyć na", "mój e-mail to", "Twój kod weryfikacyjny to", "hasło", "zamówienie", "Dziękuję", "Powód zwrotu: uszkodzony towar", "karta", "IBAN", "PESEL", "Świetny produkt, szybka wysyłka.", "Zostawić paczkę u sąsiada,", "Klient dzwonił z numeru"},
	"cs": {"Dobrý den", "tady", "moje číslo je", "doručit na adresu", "pište na", "Váš ověřovací kód je", "heslo", "objednávka", "Děkuji", "Důvod vrácení: poškozené zboží", "karta", "IBAN", "rodné číslo", "Skvělý produkt, rychlé dodání.", "Balík nechte u sousedů,", "Zákazník volal z čísla"},
	"uk": {"Добрий день", "це", "мій номер", "доставте на адресу", "пишіть на", "Ваш код підтвердження:", "пароль", "замовлення", "Дякую", "Причина повернення: пошкоджено", "картка", "IBAN", "ІПН", "Чудовий товар, швидка доставка.", "Залиште посилку у сусідів,", "Клієнт телефонував з номера"},
	"tr": {"Merhaba", "ben", "numaram", "teslimat adresi", "e-postam", "Doğrulama kodunuz:", "şifre", "sipariş", "Teşekkürler", "İade nedeni: ürün hasarlı", "kart", "IBAN", "TC kimlik", "Ürün çok iyi, kargo hızlı.", "Paketi kapıcıya bırakın,", "Müşteri şu numaradan aradı"},
	"ar": {"مرحبا", "أنا", "رقمي هو", "التوصيل إلى", "بريدي الإلكتروني", "رمز التحقق الخاص بك هو", "كلمة المرور", "طلب", "شكرا", "سبب الإرجاع: المنتج تالف", "بطاقة", "آيبان", "رقم الهوية", "منتج ممتاز وتوصيل سريع.", "اترك الطرد عند الحارس،", "اتصل العميل من"},
	"sw": {"Habari", "mimi ni", "namba yangu ni", "tafadhali leta", "barua pepe yangu ni", "Nambari yako ya uthibitisho ni", "nenosiri", "oda", "Asante", "Sababu ya kurudisha: bidhaa imeharibika", "kadi", "IBAN", "namba ya kitambulisho", "Bidhaa nzuri, imefika haraka.", "Acha mzigo kwa mlinzi,", "Mteja alipiga simu kutoka"},
	"hi": {"Namaste", "main", "mera number hai", "delivery address:", "mera email", "आपका सत्यापन कोड है", "पासवर्ड", "order", "Dhanyavaad", "Return ka kaaran: item toota hua aaya", "card", "IBAN", "Aadhaar", "Bahut accha product, jaldi delivery.", "Parcel guard ke paas chhod dena,", "Customer ne call kiya"},
	"id": {"Halo kak", "saya", "no HP saya", "tolong kirim ke", "email saya", "Kode verifikasi Anda adalah", "kata sandi", "pesanan", "Terima kasih", "Alasan retur: barang rusak", "kartu", "IBAN", "NIK", "Barang bagus, pengiriman cepat.", "Titip paket ke satpam,", "Pelanggan menelepon dari"},
	"vi": {"Chào shop", "mình là", "số điện thoại của mình là", "giao đến", "email của mình", "Mã xác minh của bạn là", "mật khẩu", "đơn hàng", "Cảm ơn", "Lý do trả hàng: hàng bị vỡ", "thẻ", "IBAN", "CCCD", "Sản phẩm tốt, giao nhanh.", "Gửi bảo vệ giúp mình,", "Khách gọi từ số"},
	"th": {"สวัสดีค่ะ", "ดิฉัน", "เบอร์โทรของฉันคือ", "ส่งที่", "อีเมลของฉัน", "รหัส OTP ของคุณคือ", "รหัสผ่าน", "คำสั่งซื้อ", "ขอบคุณค่ะ", "เหตุผลการคืน: สินค้าเสียหาย", "บัตร", "IBAN", "เลขบัตรประชาชน", "สินค้าดีมาก ส่งเร็ว", "ฝากไว้กับ รปภ.", "ลูกค้าโทรมาจาก"},
	"tl": {"Hello po", "ako si", "ang number ko ay", "pakideliver sa", "email ko", "Ang iyong verification code ay", "password", "order", "Salamat po", "Reason for return: sira yung item", "card", "IBAN", "ID no.", "Ang ganda ng product, mabilis dumating.", "Iwan na lang po sa guard,", "Tumawag si customer mula sa"},
	"zh": {"你好", "我是", "我的手机号是", "收货地址：", "我的邮箱是", "您的验证码是", "密码", "订单", "谢谢", "退货原因：商品破损", "银行卡", "IBAN", "身份证号", "质量很好，物流很快。", "放快递柜，", "客户来电号码"},
	"ja": {"こんにちは", "私は", "電話番号は", "お届け先：", "メールは", "認証コードは", "パスワード", "注文", "ありがとうございます", "返品理由：破損していました", "カード", "IBAN", "マイナンバー", "とても良い商品です。発送も早い。", "宅配ボックスに入れてください、", "お客様から着信"},
	"ko": {"안녕하세요", "저는", "제 번호는", "배송지:", "이메일은", "인증번호는", "비밀번호", "주문", "감사합니다", "반품 사유: 파손", "카드", "IBAN", "주민번호", "제품 좋아요 배송 빨라요.", "경비실에 맡겨주세요,", "고객 전화 번호"},
}

var locales = []*locale{
	{code: "us", region: "north_america", lang: "en", given: []string{"Jennifer", "Marcus", "DeShawn", "Emily", "Kaitlyn", "Robert"}, family: []string{"Whitaker", "Gonzalez", "O'Connor", "Washington", "Nguyen", "McAllister"}, order: "gf",
		phones: []string{"(%##) %##-####", "%##-%##-####", "+1 %##-%##-####", "%##.%##.####", "1-%##-%##-####", "+1 (%##) %##-####"}, streets: []string{"{n} {s} St", "{n} {s} Avenue Apt {m}", "{n} N {s} Blvd"}, snames: []string{"Sycamore", "Willowbrook", "Magnolia", "Chestnut Ridge", "Lakeshore"}, locality: []string{"{c}, TX {p}", "{c} CA {p}"}, cities: []string{"Austin", "Fresno", "Dallas"}, postcode: "7####"},
	{code: "ca", region: "north_america", lang: "fr", iban: "", given: []string{"Geneviève", "Mathieu", "Olivia", "Liam", "Émilie"}, family: []string{"Tremblay", "Gagnon", "Bouchard", "MacDonald", "Côté-Lavoie"}, order: "gf",
		phones: []string{"(%##) %##-####", "+1 %## %## ####", "%##-%##-####", "1 %## %##-####"}, streets: []string{"{n}, rue {s}", "{n} {s} Street, Unit {m}", "{m}-{n} boulevard {s}"}, snames: []string{"Sherbrooke", "Laurier", "Rideau", "Papineau"}, locality: []string{"{c} QC {p}", "{c}, ON {p}"}, cities: []string{"Montréal", "Laval", "Ottawa"}, postcode: "H#@ #@#"},
	{code: "mx", region: "latin_america", lang: "es", given: []string{"José Luis", "Guadalupe", "Ximena", "Alejandro", "María Fernanda"}, family: []string{"Hernández", "García", "Martínez", "de la Cruz", "Ramírez"}, order: "gf2",
		phones: []string{"55 %### ####", "+52 1 55 %### ####", "+52 (33) %###-####", "%## %## ####", "044 55 %### ####"}, streets: []string{"Av. {s} {n}, Col. Del Valle", "Calle {s} #{n} Int. {m}", "{s} {n}, Col. Roma Norte"}, snames: []string{"Insurgentes Sur", "Paseo de la Reforma", "Tlacotalpan", "Xochicalco"}, locality: []string{"C.P. {p}, {c}", "{p} {c}, CDMX"}, cities: []string{"Benito Juárez", "Cuauhtémoc", "Zapopan"}, postcode: "0####"},
	{code: "br", region: "latin_america", lang: "pt", iban: "BR", given: []string{"João Pedro", "Ana Beatriz", "Thiago", "Letícia", "Gabriel"}, family: []string{"da Silva", "dos Santos", "Oliveira", "Pereira", "Carvalho"}, order: "gf2",
		phones: []string{"(11) 9####-####", "+55 11 9####-####", "+55 (21) 9#### ####", "11 9########", "(71) 9 ####-####", "0xx11 9####-####"}, streets: []string{"Rua {s}, {n} - apto {m}", "Av. {s}, {n}, bloco B", "Travessa {s} {n}"}, snames: []string{"das Palmeiras", "Augusta", "Voluntários da Pátria", "Marquês de Olinda"}, locality: []string{"{c} - SP, {p}", "CEP {p} {c}/RJ"}, cities: []string{"São Paulo", "Campinas", "Niterói"}, postcode: "#####-###"},
	{code: "ar", region: "latin_america", lang: "es", given: []string{"Martina", "Santiago", "Valentina", "Facundo"}, family: []string{"Fernández", "López", "Giménez", "Acosta"}, order: "gf",
		phones: []string{"+54 9 11 %###-####", "011 15-%###-####", "+54 11 %### ####", "(0351) 15 %##-####"}, streets: []string{"Av. {s} {n}, piso {m} depto B", "{s} {n}"}, snames: []string{"Corrientes", "Rivadavia", "Santa Fe", "Cabildo"}, locality: []string{"{p} {c}", "{c} ({p})"}, cities: []string{"CABA", "Córdoba", "Rosario"}, postcode: "@####@@@"},
	{code: "gb", region: "western_europe", lang: "en", iban: "GB", given: []string{"Oliver", "Siobhan", "Harriet", "Callum", "Priya"}, family: []string{"Fairweather", "Ashworth", "Pemberton", "Okonkwo", "Llewellyn"}, order: "gf",
		phones: []string{"07### ######", "+44 7### ######", "+44 (0)7### ######", "0207 ### ####", "07###-###-###", "(0161) ### ####"}, streets: []string{"Flat {m}, {n} {s} Road", "{n} {s} Lane", "{n} {s} Close"}, snames: []string{"Ashbourne", "Kingsmead", "Thornbury", "Wellington"}, locality: []string{"{c} {p}", "{c}, {p}"}, cities: []string{"Leeds", "Bristol", "Croydon"}, postcode: "@@# #@@"},
	{code: "de", region: "central_europe", lang: "de", iban: "DE", given: []string{"Jürgen", "Lena", "Maximilian", "Anneliese", "Mehmet"}, family: []string{"Schäfer", "von Bülow", "Großmann", "Weißenberger", "Yılmaz-Krüger"}, order: "gf",
		phones: []string{"0151 ########", "+49 151 ########", "+49 (0)30 #######", "0170/#######", "0049 176 ########", "030 - ### ### ##", "+49 1## ### ####"}, streets: []string{"{s}straße {n}", "{s}weg {n}a", "Am {s} {n}"}, snames: []string{"Lindenhof", "Kastanien", "Mühlbach", "Eichendorff"}, locality: []string{"{p} {c}", "D-{p} {c}"}, cities: []string{"Köln", "Leipzig", "Würzburg"}, postcode: "#####"},
	{code: "fr", region: "western_europe", lang: "fr", iban: "FR", given: []string{"Amélie", "Benoît", "Léa", "Jean-Baptiste", "Inès"}, family: []string{"Lefèvre", "de Villeneuve", "Moreau", "Benali", "Rousseau"}, order: "gf",
		phones: []string{"06 ## ## ## ##", "+33 6 ## ## ## ##", "+33 (0)7 ## ## ## ##", "06.##.##.##.##", "07########", "0033 6 ## ## ## ##"}, streets: []string{"{n} rue {s}", "{n} bis avenue {s}", "{n}, allée {s}, bât. C"}, snames: []string{"des Lilas", "Victor Hugo", "du Faubourg", "Jean Jaurès"}, locality: []string{"{p} {c}", "{p} {c} CEDEX"}, cities: []string{"Lyon", "Nantes", "Toulouse"}, postcode: "#####"},
	{code: "es", region: "western_europe", lang: "es", iban: "ES", given: []string{"Álvaro", "Lucía", "Nerea", "Íñigo", "Montserrat"}, family: []string{"García Ruiz", "Fernández de Córdoba", "Etxeberria", "Sánchez-Vidal", "Pujol i Serra"}, order: "gf",
		phones: []string{"6## ## ## ##", "+34 6## ### ###", "+34 9## ## ## ##", "6########", "0034 6## ######"}, streets: []string{"C/ {s}, {n}, 3º izq.", "Avda. {s} {n}", "Plaza {s} {n}, bajo"}, snames: []string{"Alcalá", "Gran Vía de les Corts", "Príncipe de Vergara", "Arturo Soria"}, locality: []string{"{p} {c}", "{p} {c} (Madrid)"}, cities: []string{"Madrid", "Bilbao", "Sevilla"}, postcode: "#####"},
	{code: "nl", region: "western_europe", lang: "nl", iban: "NL", given: []string{"Sanne", "Joost", "Fleur", "Bram", "Willemijn"}, family: []string{"van der Berg", "de Vries", "Jansen", "van 't Hof", "Bakker"}, order: "gf",
		phones: []string{"06-########", "+31 6 ########", "+31 (0)6 ## ## ## ##", "06 ## ## ## ##", "020-### ####"}, streets: []string{"{s}straat {n}", "{s}gracht {n}-II", "{s}laan {n} bis"}, snames: []string{"Keizers", "Prinsen", "Lindegracht", "Oosterpark"}, locality: []string{"{p} {c}", "{p}, {c}"}, cities: []string{"Utrecht", "Haarlem", "Eindhoven"}, postcode: "#### @@"},
	{code: "se", region: "northern_europe", lang: "sv", iban: "SE", given: []string{"Åsa", "Björn", "Linnéa", "Öskar", "Ingrid"}, family: []string{"Lindqvist", "Åkesson", "Bergström", "Sjöberg", "Nyström"}, order: "gf",
		phones: []string{"07#-### ## ##", "+46 7# ### ## ##", "+46 (0)7#-#######", "07# ### ####", "08-### ### ##"}, streets: []string{"{s}gatan {n}", "{s}vägen {n} lgh {m}", "{s}backen {n}"}, snames: []string{"Drottning", "Björk", "Sveav", "Lilla Nygata"}, locality: []string{"{p} {c}", "SE-{p} {c}"}, cities: []string{"Göteborg", "Uppsala", "Malmö"}, postcode: "### ##"},
	{code: "pl", region: "central_europe", lang: "pl", iban: "PL", given: []string{"Małgorzata", "Krzysztof", "Agnieszka", "Wojciech", "Zuzanna"}, family: []string{"Wiśniewska", "Kowalczyk", "Grzybowski", "Szczepańska", "Dąbrowski"}, order: "gf",
		phones: []string{"5## ### ###", "+48 6## ### ###", "+48 5##-###-###", "(22) ### ## ##", "0048 7########"}, streets: []string{"ul. {s} {n}/{m}", "al. {s} {n} m. {m}", "os. {s} {n}"}, snames: []string{"Marszałkowska", "Piotrkowska", "Świętokrzyska", "Grunwaldzka"}, locality: []string{"{p} {c}", "{p} {c}, woj. mazowieckie"}, cities: []string{"Warszawa", "Łódź", "Gdańsk"}, postcode: "##-###"},
	{code: "cz", region: "central_europe", lang: "cs", iban: "CZ", given: []string{"Jiří", "Kateřina", "Tomáš", "Zdeňka"}, family: []string{"Dvořák", "Nováková", "Procházka", "Černá"}, order: "gf",
		phones: []string{"6## ### ###", "+420 7## ### ###", "+420 6##-###-###", "00420 7########"}, streets: []string{"{s} {n}/{m}", "nám. {s} {n}"}, snames: []string{"Vinohradská", "Sokolovská", "Husova", "Palackého"}, locality: []string{"{p} {c}", "{p} {c} 2"}, cities: []string{"Praha", "Brno", "Olomouc"}, postcode: "### ##"},
	{code: "ua", region: "eastern_europe", lang: "uk", iban: "UA", given: []string{"Олександр", "Оксана", "Тарас", "Ірина", "Андрій"}, family: []string{"Шевченко", "Коваленко", "Бондаренко", "Мельник", "Ткачук"}, roman: []string{"Oleksandr Shevchenko", "Oksana Kovalenko", "Iryna Tkachuk"}, order: "fgp",
		phones: []string{"+380 (67) ### ## ##", "067 ### ## ##", "+380 50 ###-##-##", "0(93)###-##-##", "380 66 ### ####"}, streets: []string{"вул. {s}, {n}, кв. {m}", "просп. {s}, буд. {n}"}, snames: []string{"Хрещатик", "Сагайдачного", "Шевченка", "Городоцька"}, locality: []string{"м. {c}, {p}", "{c} {p}"}, cities: []string{"Київ", "Львів", "Одеса"}, postcode: "0####"},
	{code: "tr", region: "turkey", lang: "tr", iban: "TR", given: []string{"Ayşe", "Mustafa", "Şükrü", "Gülşen", "Çağlar"}, family: []string{"Yılmaz", "Öztürk", "Kılıçdaroğlu", "Şahin", "Çelik"}, order: "gf",
		phones: []string{"0 (5##) ### ## ##", "+90 5## ### ## ##", "05## ### ####", "+90 (532) ###-####", "5#########"}, streets: []string{"{s} Mah. {s2} Sok. No:{n} D:{m}", "{s} Cad. No: {n}/{m}"}, snames: []string{"Bağdat", "Atatürk", "Cumhuriyet", "Kocatepe"}, locality: []string{"{p} Kadıköy/{c}", "{p} {c}"}, cities: []string{"İstanbul", "Ankara", "İzmir"}, postcode: "34###"},
	{code: "ae", region: "gulf_north_africa", lang: "ar", iban: "AE", given: []string{"محمد", "فاطمة", "عبدالله", "مريم", "Ahmed"}, family: []string{"الهاشمي", "المنصوري", "بن راشد", "الشامسي", "Al Mansoori"}, roman: []string{"Mohammed Al Hashimi", "Fatima bint Rashid", "Abdullah Al Shamsi"}, order: "gf",
		phones: []string{"+971 50 ### ####", "050 ### ####", "+971-55-#######", "00971 52 #######", "٠٥٠ ### ####"}, streets: []string{"Villa {n}, Street {m}, {s}", "Apt {m}, {s} Tower {n}"}, snames: []string{"Al Wasl", "Jumeirah", "Al Barsha", "Khalifa City"}, locality: []string{"{c}, UAE", "P.O. Box {p}, {c}"}, cities: []string{"Dubai", "Abu Dhabi", "Sharjah"}, postcode: "#####"},
	{code: "ma", region: "gulf_north_africa", lang: "fr", iban: "MA", given: []string{"Youssef", "Khadija", "Mehdi", "Salma"}, family: []string{"El Amrani", "Benjelloun", "Ait Taleb", "Bennani"}, order: "gf",
		phones: []string{"06 ## ## ## ##", "+212 6 ## ## ## ##", "+212 (0)6########", "07-##-##-##-##"}, streets: []string{"{n} Rue {s}, Appt {m}", "Résidence {s}, Imm {n}"}, snames: []string{"Ibn Batouta", "Al Massira", "Moulay Youssef", "Zerktouni"}, locality: []string{"{p} {c}", "{c} {p}"}, cities: []string{"Casablanca", "Rabat", "Marrakech"}, postcode: "2####"},
	{code: "ng", region: "subsaharan_africa", lang: "en", given: []string{"Chukwuemeka", "Ngozi", "Oluwaseun", "Aisha", "Babatunde"}, family: []string{"Okonkwo", "Adeyemi", "Balogun", "Eze", "Abubakar"}, order: "gf",
		phones: []string{"080# ### ####", "+234 80# ### ####", "234 81########", "0703-###-####", "+234 (0)90########"}, streets: []string{"{n} {s} Street, off Allen Avenue", "Plot {n}, {s} Crescent"}, snames: []string{"Adeola Odeku", "Awolowo", "Bode Thomas", "Ahmadu Bello"}, locality: []string{"{c}, Lagos State", "{c} {p}"}, cities: []string{"Ikeja", "Lekki", "Abuja"}, postcode: "1#####"},
	{code: "ke", region: "subsaharan_africa", lang: "sw", given: []string{"Wanjiru", "Otieno", "Achieng", "Kipchoge", "Njeri"}, family: []string{"Kamau", "Odhiambo", "Mutua", "Chebet", "Wafula"}, order: "gf",
		phones: []string{"07## ######", "+254 7## ### ###", "254 7########", "0 7##-###-###", "+254 (0)1## ######"}, streets: []string{"{s} Road, House {n}", "{s} Estate, Block {m} No. {n}"}, snames: []string{"Ngong", "Kilimani", "Waiyaki Way", "Lang'ata"}, locality: []string{"P.O. Box {p}-00100, {c}", "{c}"}, cities: []string{"Nairobi", "Mombasa", "Kisumu"}, postcode: "#####"},
	{code: "za", region: "subsaharan_africa", lang: "en", given: []string{"Thandiwe", "Sipho", "Pieter", "Lerato", "Anele"}, family: []string{"Nkosi", "van Wyk", "Dlamini", "Botha", "Mokoena"}, order: "gf",
		phones: []string{"08# ### ####", "+27 8# ### ####", "+27 (0)82 ### ####", "07#-###-####", "0027 7# ### ####"}, streets: []string{"{n} {s} Drive", "Unit {m}, {s} Complex, {n} Main Rd"}, snames: []string{"Jan Smuts", "Rivonia", "Beyers Naudé", "Protea"}, locality: []string{"{c}, {p}", "{c} {p}"}, cities: []string{"Sandton", "Durban", "Soweto"}, postcode: "####"},
	{code: "in", region: "south_asia", lang: "hi", given: []string{"Priyanka", "Rajesh", "Ananya", "Venkatesh", "Gurpreet"}, family: []string{"Sharma", "Iyer", "Chatterjee", "Reddy", "Singh Bedi"}, order: "gf",
		phones: []string{"9######### ", "+91 98### #####", "+91-9#########", "098### #####", "(+91) 7### ### ###", "०९८४५ ६७८९०"}, streets: []string{"Flat {m}, {s} Apartments, {n} MG Road", "H.No. {n}-{m}, {s} Nagar", "{n}, {s} Layout, 2nd Cross"}, snames: []string{"Shanti Kunj", "Indiranagar", "Koramangala", "Vasant Vihar"}, locality: []string{"{c} - {p}", "{c}, Karnataka {p}"}, cities: []string{"Bengaluru", "Pune", "Hyderabad"}, postcode: "56####"},
	{code: "pk", region: "south_asia", lang: "en", iban: "PK", given: []string{"Muhammad Usman", "Ayesha", "Bilal", "Sana"}, family: []string{"Qureshi", "Chaudhry", "Malik", "Siddiqui"}, order: "gf",
		phones: []string{"03##-#######", "+92 3## #######", "0092 3##-#######", "92 3#########"}, streets: []string{"House {n}, Street {m}, {s}", "Flat {m}, {s} Heights, Block {n}"}, snames: []string{"Gulberg III", "DHA Phase 5", "Bahria Town", "Johar Town"}, locality: []string{"{c} {p}", "{c}"}, cities: []string{"Lahore", "Karachi", "Islamabad"}, postcode: "54###"},
	{code: "id", region: "southeast_asia", lang: "id", given: []string{"Siti", "Budi", "Dewi", "Agus", "Putri"}, family: []string{"Rahayu", "Santoso", "Wulandari", "Hidayat", "Nasution"}, order: "gf",
		phones: []string{"08##-####-####", "+62 8## #### ####", "(+62) 8## ### ###", "628##########", "0812 #### ###"}, streets: []string{"Jl. {s} No. {n}, RT 0{m}/RW 0{m}", "Perum {s} Blok C{m} No. {n}", "Gg. {s} No. {n}"}, snames: []string{"Kebon Jeruk", "Cempaka Putih", "Margonda Raya", "Diponegoro"}, locality: []string{"Kec. Tebet, {c} {p}", "{c} {p}"}, cities: []string{"Jakarta Selatan", "Bandung", "Surabaya"}, postcode: "1####"},
	{code: "vn", region: "southeast_asia", lang: "vi", given: []string{"Thị Lan", "Văn Hùng", "Minh Anh", "Quốc Bảo"}, family: []string{"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh"}, order: "fg",
		phones: []string{"09## ### ###", "+84 9# ### ## ##", "+84 (0)3########", "09##.###.###", "84 9########"}, streets: []string{"{n} {s}, Phường {m}", "Số {n} ngõ {m} {s}", "{n}/{m} {s}, P. Bến Nghé"}, snames: []string{"Điện Biên Phủ", "Nguyễn Thị Minh Khai", "Lý Thường Kiệt", "Trần Hưng Đạo"}, locality: []string{"Quận {m}, {c}", "{c} {p}"}, cities: []string{"TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng"}, postcode: "70####"},
	{code: "th", region: "southeast_asia", lang: "th", given: []string{"สมชาย", "วิภาวดี", "ณัฐพล", "กนกวรรณ"}, family: []string{"ศรีสวัสดิ์", "วงศ์ใหญ่", "แก้วมณี", "ทองดี"}, roman: []string{"Somchai Srisawat", "Natthaphon Kaewmanee"}, order: "gf",
		phones: []string{"08#-###-####", "+66 8# ### ####", "+66 (0)9#-###-####", "09########", "0 2### ####"}, streets: []string{"{n}/{m} หมู่ {m} ถนน{s}", "{n} ซอย{s} {m}"}, snames: []string{"สุขุมวิท", "พหลโยธิน", "รัชดาภิเษก", "ลาดพร้าว"}, locality: []string{"แขวงคลองเตย {c} {p}", "{c} {p}"}, cities: []string{"กรุงเทพฯ", "เชียงใหม่", "ภูเก็ต"}, postcode: "10###"},
	{code: "ph", region: "southeast_asia", lang: "tl", given: []string{"Ma. Cristina", "Jose Rizal", "Jhonalyn", "Mark Anthony"}, family: []string{"dela Cruz", "Santos", "Reyes", "Bautista"}, order: "gf",
		phones: []string{"0917 ### ####", "+63 917 ### ####", "0918-###-####", "639##########", "(02) 8### ####"}, streets: []string{"{n} {s} St., Brgy. San Isidro", "Blk {m} Lot {n}, {s} Subd."}, snames: []string{"Mabini", "Katipunan", "Aurora Blvd", "Magsaysay"}, locality: []string{"{c}, Metro Manila {p}", "{c} {p}"}, cities: []string{"Quezon City", "Makati", "Cebu City"}, postcode: "1###"},
	{code: "cn", region: "east_asia", lang: "zh", given: []string{"伟", "秀英", "志强", "静怡", "子涵"}, family: []string{"王", "李", "张", "欧阳", "陈"}, roman: []string{"Wang Wei", "Li Xiuying", "Zhang Zhiqiang", "Ouyang Jingyi"}, order: "fgc",
		phones: []string{"138########", "+86 139 #### ####", "+86-158-####-####", "186 #### ####", "0086 13#########", "(010) 8###-####"}, streets: []string{"{s}路{n}号{m}室", "{s}街道{n}弄{m}号"}, snames: []string{"南京西", "建国门外", "淮海中", "天河北"}, locality: []string{"{c} {p}", "{c}市"}, cities: []string{"上海市静安区", "北京市朝阳区", "广州市天河区"}, postcode: "200###"},
	{code: "jp", region: "east_asia", lang: "ja", given: []string{"翔太", "陽菜", "健一", "美咲"}, family: []string{"佐藤", "高橋", "渡辺", "山本"}, roman: []string{"Shota SATO", "Hina TAKAHASHI", "Kenichi Watanabe"}, order: "fgc",
		phones: []string{"090-####-####", "+81 90 #### ####", "080(####)####", "03-####-####", "+81-(0)70-####-####"}, streets: []string{"{s}{n}丁目{m}-{n}", "{s}{n}-{m}-{n} メゾン{m}号室"}, snames: []string{"神宮前", "西新宿", "本町", "栄"}, locality: []string{"〒{p} {c}", "{c} 〒{p}"}, cities: []string{"東京都渋谷区", "大阪市北区", "名古屋市中区"}, postcode: "###-####"},
	{code: "kr", region: "east_asia", lang: "ko", given: []string{"민준", "서연", "지훈", "하은"}, family: []string{"김", "이", "박", "최", "남궁"}, roman: []string{"Kim Minjun", "Lee Seo-yeon", "Park Ji-hoon"}, order: "fgc",
		phones: []string{"010-####-####", "+82 10-####-####", "010 #### ####", "010.####.####", "+82 (0)10 #### ####"}, streets: []string{"{s}로 {n}, {m}동 {n}호", "{s}길 {n}-{m}"}, snames: []string{"테헤란", "세종대", "올림픽", "해운대해변"}, locality: []string{"서울특별시 {c} {p}", "{c} {p}"}, cities: []string{"강남구", "마포구", "해운대구"}, postcode: "0####"},
	{code: "au", region: "oceania", lang: "en", given: []string{"Lachlan", "Matilda", "Hamish", "Mia", "Tane"}, family: []string{"Fitzgerald", "Nguyen", "Papadopoulos", "Te Whata", "O'Sullivan"}, order: "gf",
		phones: []string{"04## ### ###", "+61 4## ### ###", "+61 (0)4## ###-###", "(02) #### ####", "0061 4########"}, streets: []string{"Unit {m}/{n} {s} Street", "{n} {s} Parade", "{n} {s} Rd"}, snames: []string{"Wattle", "Banksia", "Kookaburra", "Coogee Bay"}, locality: []string{"{c} NSW {p}", "{c} VIC {p}"}, cities: []string{"Parramatta", "Fitzroy", "Geelong"}, postcode: "2###"},
	{code: "nz", region: "oceania", lang: "en", given: []string{"Aroha", "Wiremu", "Charlotte", "Rangi"}, family: []string{"Ngata", "Thompson", "Parata", "Henare"}, order: "gf",
		phones: []string{"021 ### ####", "+64 21 ### ####", "027-###-####", "(09) ### ####"}, streets: []string{"{n} {s} Road", "Flat {m}, {n} {s} Tce"}, snames: []string{"Ponsonby", "Karangahape", "Tamaki", "Kohimarama"}, locality: []string{"{c} {p}", "{c}, Auckland {p}"}, cities: []string{"Grey Lynn", "Remuera", "Wellington"}, postcode: "10##"},
}

var particles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "la": true, "da": true, "dos": true, "das": true, "do": true, "di": true, "le": true, "bin": true, "bint": true, "al": true, "el": true, "ibn": true, "ait": true, "ben": true, "'t": true, "mc": true, "dela": true, "i": true, "y": true, "ma.": true}

// name draws a person's name as the buyer or an agent writes it.
func (g *gen) name() (string, string) {
	l := g.loc
	if len(l.roman) > 0 && g.chance(0.3) {
		n := pick(g, l.roman)
		if g.chance(0.3) {
			return strings.ToUpper(n), "roman_upper"
		}
		return n, "roman"
	}
	gv, fm := pick(g, l.given), pick(g, l.family)
	switch l.order {
	case "fgc":
		if g.chance(0.2) {
			return fm + " " + gv, "native_spaced"
		}
		return fm + gv, "native"
	case "fg":
		return fm + " " + gv, "family_first"
	case "fgp":
		pat := pick(g, []string{"Олександрович", "Іванівна", "Петрович", "Богданівна"})
		if g.chance(0.5) {
			return fm + " " + gv + " " + pat, "patronymic"
		}
		return gv + " " + fm, "given_first"
	case "gf2":
		f2 := pick(g, l.family)
		return gv + " " + fm + " " + f2, "double_surname"
	}
	switch g.in(6) {
	case 0:
		return strings.ToUpper(fm) + " " + gv, "upper_family"
	case 1:
		r := []rune(gv)
		return string(r[0]) + ". " + fm, "initial"
	}
	return gv + " " + fm, "given_first"
}

func (g *gen) phone() (string, string) {
	i := g.in(len(g.loc.phones))
	return strings.TrimSpace(g.fill(g.loc.phones[i])), "fmt" + string(rune('0'+i))
}

// address returns the full address, its street line and its street name.
func (g *gen) address() (full, street, sname string) {
	l := g.loc
	sname = pick(g, l.snames)
	st := pick(g, l.streets)
	st = strings.ReplaceAll(st, "{s2}", pick(g, l.snames))
	st = strings.ReplaceAll(st, "{s}", sname)
	st = strings.ReplaceAll(st, "{n}", g.fill("%#"))
	st = strings.ReplaceAll(st, "{m}", g.fill("%"))
	loc := pick(g, l.locality)
	loc = strings.ReplaceAll(loc, "{c}", pick(g, l.cities))
	loc = strings.ReplaceAll(loc, "{p}", g.fill(l.postcode))
	loc = strings.ReplaceAll(loc, "{m}", g.fill("%"))
	sep := ", "
	if l.lang == "zh" || l.lang == "ja" {
		sep = ""
		return loc + sep + st, st, sname
	}
	return st + sep + loc, st, sname
}

func (g *gen) email(name string) string {
	loc := g.loc
	base := name
	if len(loc.roman) > 0 {
		base = pick(g, loc.roman)
	}
	base = strings.ToLower(asciiFold(base))
	parts := strings.Fields(strings.NewReplacer("'", "", ".", " ", "-", " ").Replace(base))
	if len(parts) == 0 {
		parts = []string{g.from("abcdefghijklmnopqrstuvwxyz", 6)}
	}
	local := strings.Join(parts, pick(g, []string{".", "_", ""}))
	if len(local) < 5 {
		local += g.digits(3)
	}
	if g.chance(0.3) {
		local += g.digits(2)
	}
	dom := pick(g, []string{"gmail.com", "yahoo.co.jp", "outlook.de", "hotmail.fr", "mail.ru", "qq.com", "naver.com", "web.de", "icloud.com", "proton.me", "yandex.ua", "rediffmail.com", "uol.com.br"})
	switch g.in(10) {
	case 0:
		local += "+" + pick(g, []string{"shop", "orders", "amazon", "returns"})
	case 1:
		return strings.ToUpper(local) + "@" + strings.ToUpper(dom)
	case 2:
		if loc.lang == "zh" {
			return local + "@公司.中国"
		}
		if loc.lang == "hi" {
			return local + "@डाकघर.भारत"
		}
		if loc.lang == "uk" || loc.lang == "de" {
			return local + "@почта.укр"
		}
	}
	return local + "@" + dom
}

var fold = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "é", "e", "è", "e", "ê", "e", "á", "a", "à", "a", "ã", "a", "â", "a", "í", "i", "ó", "o", "ô", "o", "õ", "o", "ú", "u", "ç", "c", "ñ", "n", "å", "a", "ł", "l", "ś", "s", "ź", "z", "ż", "z", "ć", "c", "ń", "n", "ą", "a", "ę", "e", "š", "s", "č", "c", "ř", "r", "ž", "z", "ý", "y", "ě", "e", "ů", "u", "ı", "i", "ş", "s", "ğ", "g", "ë", "e", "ï", "i", "ň", "n", "ď", "d", "ť", "t", "Ö", "o", "Ü", "u", "Ç", "c", "Ş", "s", "İ", "i", "Á", "a", "É", "e", "Í", "i", "Å", "a", "Ł", "l", "Ż", "z", "Č", "c", "Ž", "z")

func asciiFold(s string) string {
	s = fold.Replace(s)
	var b strings.Builder
	for _, r := range s {
		if r < 128 {
			b.WriteRune(r)
		}
	}
	return b.String()
}
