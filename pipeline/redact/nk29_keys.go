package redact

// Keys of the parties of an order in the buyers' languages. Sellers'
// systems in Bangkok, Tehran, Dhaka, Athens or Tel Aviv name a record's
// fields in their own language, romanised into ASCII ("chue_phu_sue" for
// ชื่อผู้ซื้อ, "girandeh" for گیرنده, "shem_ha_mekabel" for שם המקבל,
// "agorastis" for αγοραστής) or in their script. A key whose last part is
// a word for whoever receives, buys, pays for or holds (a card, an account)
// holds that person's name, as "recipient" or "cardholder" do in English.
// The words are kept as tables, one row a language, romanised (the common
// spellings) and native, in the forms a key takes: without spaces, the
// genitive after a word for "name" where the language inflects it
// ("imya_pokupatelya", "shem_ha_lakoach").
//
// Long words (five ASCII letters or more, or a script beyond ASCII) end a
// key anywhere (nk29RoleTails, added to keys.go's personTailSet). Short
// words, and the romanised words for "name" ("naam", "esm", "isim"), hold a
// name as a whole key, after a header's "X-", or after a word of a person
// ("buyer_nam", "x_buyer_esm"), or as "name" before a word of a person
// ("esm_al_3ameel", "nam_kharidar"); nk29NameKey reads them.

// nk29RoleTails are words for a recipient, buyer, customer, payer, orderer
// and card or account holder, in languages that put the word a key is about
// last (compounds and head-final languages: "Rechnungsempfänger", "付款人",
// "kharidar", "kart_sahibi"), so that they end keys holding that person's
// name wherever they stand.
var nk29RoleTails = []string{
	// Hindi and Urdu (प्रापक, खरीदार, भुगतानकर्ता, खाताधारक, कार्डधारक)
	"praptkarta", "praptakarta", "prapak", "kharidar", "kharidaar", "khareedar", "bhugtankarta", "bhugtaankarta",
	"khatadharak", "kaarddharak", "carddharak",
	"प्रापक", "खरीदार", "ख़रीदार", "भुगतानकर्ता", "खाताधारक", "कार्डधारक", "ادائیگیکنندہ", "کارڈہولڈر",
	// Bengali (প্রাপক, ক্রেতা, গ্রাহক, পরিশোধকারী, কার্ডধারী)
	"prapok", "kroyta", "grahok", "porishodhkari", "carddhari", "পরিশোধকারী", "কার্ডধারী", "হিসাবধারী",
	// Tamil, Telugu, Kannada, Malayalam, Gujarati (who receives, buys or pays)
	"perunar", "vadikkaiyalar", "vangubavar", "graheetha", "swikarta", "sweekarta",
	"வாங்குபவர்", "செலுத்துபவர்", "గ్రహీత", "కొనుగోలుదారు", "ಸ್ವೀಕರಿಸುವವರು", "ಖರೀದಿದಾರ", "സ്വീകർത്താവ്",
	"വാങ്ങുന്നയാൾ", "ખરીદનાર", "પ્રાપ્તકર્તા",
	// Chinese pinyin and characters (付款人, 买家, 买方, 购买人, 持卡人, 户名,
	// 开户人, 订购人, 下单人)
	"fukuanren", "maijia", "maifang", "goumairen", "goumaizhe", "chikaren", "kaihuren", "dinggouren", "xiadanren",
	"付款人", "买家", "買家", "买方", "買方", "购买人", "購買人", "购买者", "持卡人", "户名", "戶名", "开户人",
	"開戶人", "订购人", "訂購人", "下单人", "下單人", "顾客", "客户名称", "客戶名稱",
	// Japanese romaji and kanji (購入者, 支払者, 注文者, 名義人)
	"kounyusha", "konyusha", "kounyuusha", "shiharaisha", "chumonsha", "chuumonsha", "meiginin", "kokyakumei",
	"購入者", "支払者", "支払人", "注文者", "名義人", "受取人名", "お客様名", "ご注文者",
	// Korean romanised and Hangul (구매자, 결제자, 받는 사람, 카드 소유자, 명의자)
	"gumaeja", "gyeoljeja", "batneunsaram", "batneunbun", "jumunja", "yegeumju", "myeonguija",
	"결제자", "받는사람", "카드소유자", "명의자", "구매자명", "수취인명",
	// Turkish (müşteri, ödeyen, kart sahibi, teslim alan, sipariş veren)
	"müşteri", "odeyen", "ödeyen", "kartsahibi", "hesapsahibi", "teslimalan", "siparisveren", "siparişveren",
	// Georgian, Armenian, Uzbek, Kazakh
	"mkidveli", "gadamxdeli", "gadamkhdeli", "მყიდველი", "გადამხდელი", "gnord", "vcharogh", "գնորդ", "վճարող",
	"qabulqiluvchi", "xaridor", "tolovchi", "satypalushy",
	// Germanic and Nordic languages, Finnish, Hungarian
	"zahler", "zahlungspflichtiger", "karteninhaber", "karteninhaberin", "betaler", "kaarthouder", "betalare",
	"kortinnehavare", "kortholder", "kontohavare", "ostaja", "maksaja", "kortinhaltija", "fizeto", "fizető",
	"kartyabirtokos", "kártyabirtokos", "megrendelo", "megrendelő",
}

// nk29RoleWords are the same words in languages that put the word a key is
// about first ("shomare_girandeh" is the recipient's number, "kod_pelati" a
// customer's code): they hold a name as a whole key, after a header's "X-",
// after a word for "name" ("chue_phu_sue", "shem_ha_mekabel", "ism_al_mushtari",
// "imya_pokupatelya") or after a word of a person ("X-Customer-Agorastis").
var nk29RoleWords = []string{
	// Thai (ผู้รับ, ผู้ซื้อ, ลูกค้า, ผู้ชำระเงิน, ผู้ถือบัตร, เจ้าของบัญชี, ผู้สั่งซื้อ)
	"phurap", "phusue", "phuse", "phusuea", "lukkha", "lukkhaa", "phuchamra", "phuchamrangoen", "phuchai",
	"phuchaingoen", "phuthuebat", "chaokhongbanchi", "phusangsue",
	"ผู้ซื้อ", "ลูกค้า", "ผู้ชำระเงิน", "ผู้จ่ายเงิน", "ผู้ถือบัตร", "เจ้าของบัญชี", "ผู้สั่งซื้อ", "ผู้รับสินค้า",
	// Persian (گیرنده, خریدار, مشتری, پرداخت‌کننده, دریافت‌کننده, صاحب حساب, دارنده کارت)
	"girande", "girandeh", "giranda", "moshtari", "pardakhtkonande", "pardakhtkonandeh", "daryaftkonande",
	"daryaftkonandeh", "sahebhesab", "sahebehesab", "darandekart", "darandehkart",
	"پرداختکننده", "پرداخت\u200cکننده", "دریافتکننده", "دریافت\u200cکننده", "صاحبحساب", "دارندهکارت",
	// Arabic, romanised with and without the article and with Arabizi's
	// digits (المستلم, المشتري, العميل, الدافع, حامل البطاقة, المرسل إليه)
	"mustalim", "mustalem", "mostalem", "mostalim", "mushtari", "moshtary", "3ameel", "3amil", "alameel",
	"elameel", "aldafe", "aldafi", "eldafe", "hamilalbitaqa", "hamelalbetaqa", "hamilbitaqa", "sahibalhisab",
	"almursalilayh", "mursalilayh",
	"مستلم", "مشتري", "الدافع", "حاملالبطاقة", "صاحبالحساب", "المرسلإليه",
	// Vietnamese, without and with diacritics (người nhận, người mua, khách
	// hàng, người thanh toán, chủ tài khoản, chủ thẻ, người đặt hàng)
	"nguoimua", "nguoithanhtoan", "chutaikhoan", "chuthe", "nguoidathang", "nguoinhanhang", "khachhang",
	"ngườinhận", "ngườimua", "kháchhàng", "ngườithanhtoán", "chủtàikhoản", "chủthẻ", "ngườiđặthàng",
	// Indonesian and Malay, Filipino, Swahili
	"pembayar", "pemegangkartu", "pemilikrekening", "pemilikakaun", "pemesan", "mamimili", "nagbayad",
	"tagatanggap", "kustomer", "mnunuzi", "mlipaji",
	// Russian and Ukrainian, romanised and Cyrillic, in the nominative and
	// in the genitive after "name"
	"poluchatelya", "pokupatel", "pokupatelya", "platelshchik", "platelshchika", "platelschik", "zakazchik",
	"zakazchika", "vladeletskarty", "derzhatelkarty", "otrymuvach", "otrymuvacha", "oderzhuvach", "pokupets",
	"pokuptsya", "platnyk", "platnyka", "zamovnyk", "zamovnyka", "vlasnykkartky",
	"получателя", "покупателя", "плательщик", "плательщика", "заказчик", "заказчика", "владелецкарты",
	"держателькарты", "отримувача", "покупця", "платник", "платника", "замовник", "замовника",
	// Greek (παραλήπτης, αγοραστής, πελάτης, κάτοχος κάρτας, πληρωτής)
	"paraliptis", "paralipti", "agorastis", "agorasti", "pelatis", "pelati", "katochoskartas", "katoxoskartas",
	"pliroti", "plirotis",
	"παραλήπτη", "αγοραστής", "αγοραστή", "πελάτης", "πελάτη", "πληρωτής", "κάτοχοςκάρτας",
	// Hebrew (נמען, מקבל, לקוח, קונה, משלם, בעל הכרטיס, בעל החשבון)
	"nimaan", "hanimaan", "mekabel", "hamekabel", "lakoach", "lakoah", "halakoach", "halakoah", "meshalem",
	"baalhakartis", "baalhacheshbon",
	"מקבל", "המקבל", "לקוח", "הלקוח", "קונה", "הקונה", "משלם", "המשלם", "בעלהכרטיס", "בעלהחשבון",
	// Polish, Czech, Slovak
	"nabywca", "platnik", "płatnik", "zamawiajacy", "zamawiający", "posiadaczkarty", "wlascicielkarty",
	"właścicielkarty", "odbiorcy", "kupujici", "kupující", "platce", "plátce", "objednatel", "drzitelkarty",
	"držitelkarty", "kupujuci", "kupujúci",
	// Romance languages: payer, buyer, holder
	"pagador", "pagadora", "compradora", "acquirente", "pagatore", "payeur", "ordenante", "recebedor",
	"cumparator", "cumpărător", "platitor", "plătitor",
}

// nk29NameHeads are romanised and native words for "name" that hold a
// person's name as a whole key, after "X-" or after a word of a person
// ("buyer_nam"), and that a word of nk29RoleWords may follow.
var nk29NameHeads = []string{
	"nam", "naam", "esm", "ism", "isim", "ismi", "chue", "shem", "imya", "imia", "onoma", "jina", "namae",
	"ireum", "mingzi", "saxeli", "anun", "emri", "hesaru",
	"नाम", "নাম", "نام", "اسم", "שם", "ชื่อ", "이름", "名前", "όνομα", "имя", "ім'я", "სახელი",
}

// nk29Before are more words for "name" (or "full name") that a word of
// nk29RoleWords may follow but that say too little as a whole key.
var nk29Before = []string{"ten", "hoten", "tên", "họtên", "name", "nama", "namalengkap", "nome", "nombre", "nom",
	"imie", "imię", "jmeno", "jméno", "meno", "fio", "фио", "fullname", "onomateponymo", "ονοματεπώνυμο", "esme",
	"esmo", "ismu", "al", "el", "ha", "ho"}

var (
	nk29HeadSet   = newTailSet(nk29NameHeads)
	nk29WordSet   = newTailSet(nk29RoleWords)
	nk29BeforeSet = newTailSet(nk29NameHeads, nk29Before)
)

// nk29NameKey reports a normalised key that holds a person's name by a
// word of nk29RoleWords or nk29NameHeads (nk29RoleTails are personTailSet's).
func nk29NameKey(k string) bool {
	if len(k) < 3 || len(k) > 48 {
		return false
	}
	if before, ok := endsWithPart(k, nk29WordSet); ok && nk29Whose(before) {
		return true // "girandeh", "chue_phu_sue", "X-Customer-Agorastis"
	}
	if before, ok := endsWithPart(k, nk29HeadSet); ok && (before == "" || before == "x" || nk29Person(before)) {
		return true // "esm", "X-Isim", "customer_naam", "kharidar_esm"
	}
	return false
}

// nk29Whose reports what may stand before a word of nk29RoleWords in a
// key: nothing, a header's "X-", a word for "name" ("chue", "shem_ha",
// "ism_al") or a word of a person ("x_buyer").
func nk29Whose(before string) bool {
	for i := 0; i < 2; i++ {
		if before == "" || before == "x" {
			return true
		}
		if nk29Person(before) {
			return true
		}
		b, ok := endsWithPart(before, nk29BeforeSet)
		if !ok {
			return false
		}
		before = b // "shem" + "ha" + "nimaan", "ism" + "al" + "mustalim"
		if b == "" || b == "x" {
			return true
		}
	}
	return nk29Person(before) || before == "" || before == "x"
}

// nk29Person reports a key's part ending in a word of a person: "buyer",
// "customer", "x_buyer", "kharidar".
func nk29Person(before string) bool {
	return endsWithAny(before, personBeforeSet) || endsWithAny(before, personTailSet)
}
