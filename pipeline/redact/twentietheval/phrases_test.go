package twentietheval

import "strings"

// phrases are what customers and agents type, per language. Slots: {N}
// name, {E} e-mail, {P} phone, {A} address, {C} card, {I} IBAN, {K} code,
// {O} an order number (a look-alike), {S} a product.
type phraseSet struct {
	hello, name, email, phone, addr, order, card, iban, code, search, thanks string
}

var phrasesByLang = map[string]phraseSet{
	"pl":    {"dzień dobry", "nazywam się {N}", "mój email to {E}", "proszę dzwonić na {P}", "proszę wysłać na adres {A}", "gdzie jest moje zamówienie {O}", "płaciłem kartą {C}", "zwrot proszę na konto {I}", "kod z sms to {K}", "buty zimowe damskie", "dziękuję"},
	"sk":    {"dobrý deň", "volám sa {N}", "môj email je {E}", "moje číslo je {P}", "pošlite to na adresu {A}", "kde je moja objednávka {O}", "platila som kartou {C}", "peniaze vráťte na účet {I}", "overovací kód je {K}", "detská bunda zimná", "ďakujem"},
	"hr":    {"dobar dan", "zovem se {N}", "moj email je {E}", "nazovite me na {P}", "dostava na adresu {A}", "gdje je moja narudžba {O}", "platio sam karticom {C}", "povrat na račun {I}", "kod je {K}", "tenisice za trčanje", "hvala"},
	"sr":    {"добар дан", "зовем се {N}", "мој имејл је {E}", "мој број телефона је {P}", "пошаљите на адресу {A}", "где је моја поруџбина {O}", "платио сам картицом {C}", "вратите новац на рачун {I}", "код је {K}", "зимска јакна мушка", "хвала"},
	"bg":    {"здравейте", "казвам се {N}", "имейлът ми е {E}", "телефонът ми е {P}", "изпратете на адрес {A}", "къде е поръчката ми {O}", "платих с карта {C}", "върнете парите по сметка {I}", "кодът е {K}", "дамски ботуши кожа", "благодаря"},
	"fi":    {"hei", "nimeni on {N}", "sähköpostini on {E}", "puhelinnumeroni on {P}", "toimitusosoite on {A}", "missä tilaukseni {O} on", "maksoin kortilla {C}", "palautus tilille {I}", "vahvistuskoodi on {K}", "villasukat lapselle", "kiitos"},
	"sv":    {"hej", "jag heter {N}", "min mejl är {E}", "ring mig på {P}", "skicka till {A}", "var är min beställning {O}", "jag betalade med kort {C}", "återbetala till konto {I}", "koden är {K}", "regnjacka barn", "tack"},
	"nb":    {"hei", "jeg heter {N}", "e-posten min er {E}", "ring meg på {P}", "send til {A}", "hvor er bestillingen min {O}", "jeg betalte med kort {C}", "refusjon til konto {I}", "koden er {K}", "ullundertøy dame", "takk"},
	"da":    {"hej", "mit navn er {N}", "min mail er {E}", "ring på {P}", "lever til {A}", "hvor er min ordre {O}", "jeg betalte med kort {C}", "refundér til konto {I}", "koden er {K}", "sengetøj dobbelt", "tak"},
	"lt":    {"laba diena", "mano vardas {N}", "mano el. paštas {E}", "mano telefonas {P}", "pristatykite adresu {A}", "kur mano užsakymas {O}", "mokėjau kortele {C}", "grąžinkite į sąskaitą {I}", "kodas {K}", "žieminė striukė", "ačiū"},
	"de":    {"grüezi", "mein Name ist {N}", "meine E-Mail ist {E}", "meine Nummer ist {P}", "bitte liefern an {A}", "wo bleibt meine Bestellung {O}", "ich habe mit Karte {C} bezahlt", "Rückerstattung bitte auf {I}", "der Code lautet {K}", "winterjacke herren wasserdicht", "danke"},
	"fr":    {"bonjour", "je m'appelle {N}", "mon courriel est {E}", "mon numéro est le {P}", "livrez au {A}", "où est ma commande {O}", "j'ai payé avec la carte {C}", "remboursez sur le compte {I}", "le code est {K}", "manteau d'hiver femme", "merci"},
	"it":    {"buongiorno", "mi chiamo {N}", "la mia email è {E}", "il mio numero è {P}", "consegnare a {A}", "dov'è il mio ordine {O}", "ho pagato con la carta {C}", "rimborso sul conto {I}", "il codice è {K}", "scarpe da trekking", "grazie"},
	"pt":    {"olá", "meu nome é {N}", "meu email é {E}", "meu celular é {P}", "entregar na {A}", "cadê meu pedido {O}", "paguei com o cartão {C}", "estorno na conta {I}", "o código é {K}", "tênis de corrida feminino", "obrigada"},
	"es":    {"hola", "me llamo {N}", "mi correo es {E}", "mi celular es {P}", "envíenlo a {A}", "dónde está mi pedido {O}", "pagué con la tarjeta {C}", "devuélvanlo a la cuenta {I}", "el código es {K}", "audífonos inalámbricos", "gracias"},
	"en":    {"hi", "my name is {N}", "my email is {E}", "you can reach me on {P}", "please send it to {A}", "where is my order {O}", "i paid with card {C}", "refund to account {I}", "the code is {K}", "waterproof hiking boots", "thanks"},
	"fil":   {"hello po", "ako po si {N}", "email ko po {E}", "cp number ko po {P}", "paki-deliver sa {A}", "nasaan na po order ko {O}", "nagbayad ako gamit card {C}", "i-refund sa account {I}", "ang code ay {K}", "rubber shoes pambabae", "salamat po"},
	"sw":    {"habari", "jina langu ni {N}", "barua pepe yangu ni {E}", "nambari yangu ni {P}", "tuma kwa {A}", "oda yangu {O} iko wapi", "nililipa kwa kadi {C}", "rudisha pesa kwa akaunti {I}", "nambari ya siri ni {K}", "viatu vya watoto", "asante"},
	"bn":    {"আসসালামু আলাইকুম", "আমার নাম {N}", "আমার ইমেইল {E}", "আমার মোবাইল নম্বর {P}", "এই ঠিকানায় পাঠান {A}", "আমার অর্ডার {O} কোথায়", "কার্ড দিয়ে পেমেন্ট করেছি {C}", "টাকা ফেরত দিন {I}", "কোডটি {K}", "মেয়েদের শাড়ি", "ধন্যবাদ"},
	"ur":    {"السلام علیکم", "میرا نام {N} ہے", "میری ای میل {E} ہے", "میرا نمبر {P} ہے", "اس پتے پر بھیجیں {A}", "میرا آرڈر {O} کہاں ہے", "میں نے کارڈ {C} سے ادائیگی کی", "رقم اس اکاؤنٹ میں واپس کریں {I}", "کوڈ {K} ہے", "لان کا سوٹ", "شکریہ"},
	"fa":    {"سلام", "اسم من {N} است", "ایمیل من {E}", "شماره من {P}", "لطفا به این آدرس بفرستید {A}", "سفارش {O} من کجاست", "با کارت {C} پرداخت کردم", "وجه را به حساب {I} برگردانید", "کد {K} است", "کفش ورزشی زنانه", "ممنون"},
	"he":    {"שלום", "שמי {N}", "המייל שלי {E}", "הטלפון שלי {P}", "נא לשלוח ל{A}", "איפה ההזמנה שלי {O}", "שילמתי בכרטיס {C}", "החזר לחשבון {I}", "הקוד הוא {K}", "נעלי ריצה לגברים", "תודה"},
	"ta":    {"வணக்கம்", "என் பெயர் {N}", "என் மின்னஞ்சல் {E}", "என் கைபேசி எண் {P}", "இந்த முகவரிக்கு அனுப்பவும் {A}", "என் ஆர்டர் {O} எங்கே", "கார்டு {C} மூலம் செலுத்தினேன்", "பணத்தை கணக்கில் திருப்பவும் {I}", "குறியீடு {K}", "பட்டுப் புடவை", "நன்றி"},
	"mr":    {"नमस्कार", "माझे नाव {N} आहे", "माझा ईमेल {E}", "माझा मोबाईल नंबर {P}", "या पत्त्यावर पाठवा {A}", "माझी ऑर्डर {O} कुठे आहे", "मी कार्ड {C} ने पैसे दिले", "परतावा खात्यात {I}", "कोड {K} आहे", "पैठणी साडी", "धन्यवाद"},
	"kk":    {"сәлеметсіз бе", "менің атым {N}", "менің поштам {E}", "менің нөмірім {P}", "мына мекенжайға жіберіңіз {A}", "менің тапсырысым {O} қайда", "картамен төледім {C}", "ақшаны шотқа қайтарыңыз {I}", "код {K}", "қысқы етік", "рахмет"},
	"mn":    {"сайн байна уу", "намайг {N} гэдэг", "миний имэйл {E}", "миний утас {P}", "энэ хаяг руу илгээнэ үү {A}", "миний захиалга {O} хаана байна", "картаар төлсөн {C}", "мөнгийг данс руу буцаана уу {I}", "код {K}", "ноолууран цамц", "баярлалаа"},
	"km":    {"ជំរាបសួរ", "ខ្ញុំឈ្មោះ {N}", "អ៊ីមែលរបស់ខ្ញុំ {E}", "លេខទូរស័ព្ទខ្ញុំ {P}", "សូមផ្ញើទៅ {A}", "ការបញ្ជាទិញ {O} របស់ខ្ញុំនៅឯណា", "ខ្ញុំបង់ដោយកាត {C}", "សងប្រាក់ទៅគណនី {I}", "លេខកូដគឺ {K}", "ស្បែកជើងកីឡា", "អរគុណ"},
	"my":    {"မင်္ဂလာပါ", "ကျွန်တော့်နာမည် {N} ပါ", "အီးမေးလ် {E}", "ဖုန်းနံပါတ် {P}", "ဒီလိပ်စာကို ပို့ပေးပါ {A}", "အော်ဒါ {O} ဘယ်ရောက်နေလဲ", "ကတ် {C} နဲ့ ပေးချေခဲ့တယ်", "ငွေကို အကောင့် {I} သို့ ပြန်အမ်းပါ", "ကုဒ် {K}", "ထမီ", "ကျေးဇူးတင်ပါတယ်"},
	"zh_tw": {"您好", "我叫{N}", "我的信箱是 {E}", "我的手機 {P}", "請寄到 {A}", "我的訂單 {O} 到哪了", "我用信用卡 {C} 付款", "請退款到帳戶 {I}", "驗證碼是 {K}", "保溫杯 500ml", "謝謝"},
	"zh_cn": {"你好", "我叫{N}", "我的邮箱是 {E}", "我的手机号 {P}", "请寄到 {A}", "我的订单 {O} 怎么还没到", "我用银行卡 {C} 付的款", "请退款到账户 {I}", "验证码是 {K}", "羽绒服 女 长款", "谢谢"},
	"ja":    {"こんにちは", "{N}と申します", "メールアドレスは {E} です", "電話番号は {P} です", "お届け先は {A} です", "注文 {O} はまだ届いていません", "カード {C} で支払いました", "口座 {I} に返金してください", "認証コードは {K} です", "加湿器 静音", "ありがとうございます"},
	"ko":    {"안녕하세요", "제 이름은 {N}입니다", "이메일은 {E} 입니다", "전화번호는 {P} 입니다", "배송지는 {A} 입니다", "주문 {O} 어디쯤인가요", "카드 {C}로 결제했어요", "계좌 {I}로 환불해주세요", "인증번호는 {K} 입니다", "겨울 패딩 여성", "감사합니다"},
	"ms":    {"hai", "nama saya {N}", "emel saya {E}", "nombor telefon saya {P}", "tolong hantar ke {A}", "mana pesanan saya {O}", "saya bayar guna kad {C}", "pulangkan wang ke akaun {I}", "kod ialah {K}", "tudung bawal", "terima kasih"},
	"ar":    {"مرحبا", "اسمي {N}", "بريدي الإلكتروني {E}", "رقم موبايلي {P}", "يرجى التوصيل إلى {A}", "فين طلبي {O}", "دفعت بالكارت {C}", "رجعوا الفلوس على الحساب {I}", "الكود هو {K}", "عباية سوداء", "شكرا"},
}

func (b *builder) phrases() phraseSet { return phrasesByLang[b.loc.lang] }

// typed makes a customer's own words look typed: lower case, no
// punctuation, spacing typos. It runs before any credential or look-alike
// is filled in.
func (b *builder) typed(s string) string {
	switch b.intn(4) {
	case 0:
		s = strings.ToLower(s)
	case 1:
		s = strings.ToLower(strings.NewReplacer(",", "", "!", "", "?", "", ";", "").Replace(s))
	case 2:
		s = strings.Replace(s, " ", "  ", 1+b.intn(2))
	}
	return s
}

// fill replaces slots in a phrase with planted values; {O} and {K} are left
// for look-alikes and codes filled later.
func (b *builder) fill(p string) string {
	for {
		i := strings.IndexByte(p, '{')
		if i < 0 || i+2 >= len(p) || p[i+2] != '}' {
			return p
		}
		var v string
		switch p[i+1] {
		case 'N':
			v = b.name("")
		case 'E':
			v = b.email()
		case 'P':
			v = b.phone("")
		case 'A':
			v = b.address("")
		case 'C':
			v = b.card("")
		case 'I':
			v = b.iban("")
		case 'S':
			v = b.phrases().search
		default:
			return p[:i] + "\x00" + p[i+1:i+2] + "\x01" + b.fill(p[i+3:])
		}
		p = p[:i] + v + p[i+3:]
	}
}

// late fills the slots fill left: {K} a one-time code, {O} an order number.
func (b *builder) late(p string) string {
	for {
		i := strings.IndexByte(p, 0)
		if i < 0 {
			return p
		}
		var v string
		switch p[i+1] {
		case 'K':
			v = b.cred("otp")
		default:
			v = b.orderID()
		}
		p = p[:i] + v + p[i+3:]
	}
}

// say writes a customer's sentence from a phrase key, typed or not.
func (b *builder) say(p string, typed bool) string {
	s := b.fill(p)
	if typed {
		s = b.typed(s)
	}
	return b.late(s)
}
