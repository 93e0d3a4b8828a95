package redact

import (
	"bytes"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Classes of keys in key=value and JSON contexts.
const (
	keyNone = iota
	keyCred
	keyAuth
	keyCard
	keyName
	keyAddress
	keyPhone
	keyID
	keyCardCtx
	keyIBAN // a field path naming an IBAN ("payout.iban"); pathClass only
)

// Value extents.
const (
	modeToken = iota
	modeDigits
	modeName
	modeAddress
	modeCJK  = 8  // flag: the value follows a Chinese trigger
	modeBare = 16 // flag: the key is a bare "name", which often names no person
)

var (
	credSuffix = []string{"password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey",
		"secretkey", "privatekey", "credential", "credentials", "cookie", "sessionid", "signature", "clientsecret"}
	credExact = map[string]bool{"pwd": true, "pass": true, "pw": true, "pin": true, "otp": true, "auth": true,
		"psk": true, // a pre-shared key (strongSwan, IKE, hostapd)
		"sig": true, // a pre-signed URL's signature (Azure SAS "&sig=", signed links)
		"sid": true, "session": true, "jwt": true, "bearer": true, "csrf": true, "xsrf": true, "密码": true, "密碼": true,
		// "password" in the languages of the shops' staff and buyers
		"passwort": true, "kennwort": true, "wachtwoord": true, "senha": true, "contrasena": true, "contraseña": true,
		"haslo": true, "hasło": true, "heslo": true, "sifre": true, "şifre": true, "parola": true, "lozinka": true,
		"salasana": true, "losenord": true, "lösenord": true, "adgangskode": true, "passord": true, "jelszo": true,
		"jelszó": true, "motdepasse": true, "katasandi": true, "sandi": true, "matkhau": true, "mậtkhẩu": true, "пароль": true, "chiave": true,
		"κωδικός": true, "kodikos": true, "kodikosprosvasis": true, "סיסמה": true, "nenosiri": true, "kodeord": true, "كلمةالسر": true, "clave": true,
		"katalaluan": true, "jelszava": true, "পাসওয়ার্ড": true, "پاسورڈ": true, "parool": true, "geslo": true, "كلمةالمرور": true, "パスワード": true, "비밀번호": true, "รหัสผ่าน": true}
	// cardExact keys hold card security codes: their values are masked.
	cardExact = map[string]bool{"cvv": true, "cvc": true, "cvv2": true, "cvc2": true, "securitycode": true,
		"cardcvv": true, "cardcvc": true, "cid": true}
	// cardCtxExact keys hold card numbers: digits after them need Luhn only.
	cardCtxExact = map[string]bool{"card": true, "cc": true, "cardnumber": true, "ccnumber": true, "cardno": true,
		"pan": true, "creditcard": true, "creditcardnumber": true, "ccnum": true}
	nameExact = map[string]bool{"name": true, "fullname": true, "firstname": true, "lastname": true,
		"middlename": true, "givenname": true, "familyname": true, "surname": true, "buyername": true,
		"customername": true, "recipientname": true, "recipient": true, "contactname": true,
		"contactperson": true, "shiptoname": true, "shippingname": true, "billingname": true,
		"billtoname": true, "cardholder": true, "cardholdername": true, "holdername": true,
		"accountholder": true, "buyer": true, "customer": true, "consignee": true, "receiver": true,
		"receivername": true, "addressee": true, "buyerfullname": true, "holder": true,
		"payer": true, "payername": true, "shiptoperson": true, "person": true,
		// The same in the languages sellers' systems are written in: given
		// and family names, full names, and who receives or buys.
		"nama": true, "namadepan": true, "namabelakang": true, "namalengkap": true, "imie": true, "imię": true,
		"nazwisko": true, "imienazwisko": true, "imięnazwisko": true, "jmeno": true, "jméno": true, "prijmeni": true,
		"příjmení": true, "jmenoprijmeni": true, "prenom": true, "prénom": true, "nom": true, "nomclient": true,
		"nomcomplet": true, "nome": true, "nomecompleto": true, "apelido": true, "sobrenome": true, "cognome": true,
		"ad": true, "soyad": true, "adsoyad": true, "adisoyadi": true, "vorname": true, "nachname": true, "nume": true,
		"prenume": true, "numecomplet": true, "jina": true, "jinakamili": true, "naam": true, "grahaknaam": true,
		"voornaam": true, "achternaam": true, "fornavn": true, "efternavn": true, "etternavn": true, "fornamn": true,
		"förnamn": true, "efternamn": true, "etunimi": true, "sukunimi": true, "nombre": true, "apellido": true,
		"apellidos": true, "nombrecompleto": true, "hoten": true, "họtên": true, "имя": true, "фамилия": true,
		"отчество": true, "фио": true, "получатель": true, "покупатель": true, "клиент": true, "名": true, "姓": true,
		"氏名": true, "お名前": true, "名前": true, "姓名": true, "ονοματεπώνυμο": true, "όνομα": true, "επώνυμο": true,
		"שם": true, "שםמלא": true, "الاسم": true, "اسم": true, "الاسمالكامل": true, "nameoncard": true,
		"cardname": true, "deliverycontact": true, "recipientcontact": true, "mottagare": true, "modtager": true,
		"mottaker": true, "vastaanottaja": true, "παραλήπτης": true, "المستلم": true, "收件人": true, "收货人": true, "收貨人": true,
		// Abbreviated and romanised: "fname", "xingming" (姓名), "shimei" (氏名).
		"fname": true, "lname": true, "mname": true, "fullnm": true, "firstnm": true, "lastnm": true, "fio": true,
		"xingming": true, "shimei": true, "onamae": true, "chue": true, "imya": true, "familiya": true, "onoma": true,
		"eponymo": true, "shem": true, "ism": true, "navn": true, "nimi": true, "név": true, "nev": true, "nombres": true, "ชื่อ": true, "ชื่อลูกค้า": true, "ชื่อผู้รับ": true, "ชื่อนามสกุล": true,
		"นามสกุล": true, "성": true, "이름": true, "성함": true, "नाम": true, "पूरानाम": true, "ім'я": true, "імя": true, "прізвище": true,
		"gmfmc": true} // a fapiao's buyer (购买方名称)
	addressExact = map[string]bool{"address": true, "addr": true, "address1": true, "address2": true,
		"addressline1": true, "addressline2": true, "street": true, "streetaddress": true,
		"shippingaddress": true, "billingaddress": true, "shipto": true, "shiptoaddress": true,
		"deliveryaddress": true, "buyeraddress": true, "customeraddress": true, "recipientaddress": true,
		"homeaddress": true, "mailingaddress": true, "postaladdress": true,
		"xlgr": true, "xcpl": true, // NF-e's street (logradouro) and its complement
		"n3": true} // X12's N3 segment, the address lines of a party, flattened to a key
	phoneExact = map[string]bool{"tel": true, "mobile": true, "cell": true, "fax": true, "msisdn": true,
		"whatsapp": true, "mobileno": true, "telno": true, "contactno": true, "mobilenumber": true, "cellphone": true,
		"waid": true, "whatsappid": true} // WhatsApp Cloud API's "wa_id" is the number
	idExact = map[string]bool{"sku": true, "asin": true, "tracking": true, "waybill": true, "awb": true,
		"order": true, "status": true, "code": true, "version": true, "port": true, "ts": true, "time": true,
		"timestamp": true, "duration": true, "took": true, "amount": true, "total": true, "price": true, "qty": true,
		"upc": true, "ean": true, "ean13": true, "gtin": true, "barcode": true, "isbn": true, "jan": true, "mpn": true,
		"upca": true, "upce": true, "upccode": true, "ean8": true, "eancode": true, "gtin8": true, "gtin12": true,
		"gtin13": true, "gtin14": true, "isbn10": true, "isbn13": true, "barcodenumber": true,
		"发票代码": true, "发票号码": true, "發票代碼": true, "發票號碼": true, // a fapiao's code and number
		"fpdm": true, "fphm": true, // the same in the pinyin initials tax-control APIs use (发票代码, 发票号码)
		"rrn": true, "rtgnb": true, "routingnumber": true, "abarouting": true, "abaroutingnumber": true, // a card payment's retrieval reference number, a bank's routing number
		"routingtransitnumber": true}
)

// keyTable maps every exact key to its class; built from the lists above.
var keyTable = newTable(func() map[string]int {
	m := map[string]int{}
	add := func(set map[string]bool, cls int) {
		for k, on := range set {
			if on {
				if _, dup := m[k]; !dup {
					m[k] = cls
				}
			}
		}
	}
	add(cardExact, keyCard)
	add(cardCtxExact, keyCardCtx)
	add(credExact, keyCred)
	add(nameExact, keyName)
	add(nameKeySet, keyName) // names_vocab.go
	add(nameExact19, keyName)
	add(addressExact, keyAddress)
	add(phoneExact, keyPhone)
	for _, suf := range credSuffix {
		if _, dup := m[suf]; !dup {
			m[suf] = keyCred
		}
	}
	add(idExact, keyID)
	add(carrierKeys, keyID)          // damage_carriers.go
	add(docIDKeys30, keyID)          // doc30_ids.go
	for k, c := range sapFieldKeys { // fixedwidth.go
		if _, dup := m[k]; !dup {
			m[k] = c
		}
	}
	for k := range m {
		if len(k) > 1 {
			keyShape[shapeOf(k[0], k[1], len(k))] = true
		}
	}
	return m
}())

// keyShape filters keyTable lookups like wordShape.
var keyShape [1024]bool

// keyClass classifies a normalised key (lower case, no '_', '-', '.').
func keyClass(kb []byte) int {
	if len(kb) == 0 {
		return keyNone
	}
	if n := len(kb); n > 3 && isDigit(kb[n-1]) && !isDigit(kb[0]) {
		// A key numbered to tell it from its sibling ("nome2", "name_2",
		// "phone_1") is that key, when the key without its number is one
		// of interest.
		d := n - 1
		for d > 0 && isDigit(kb[d-1]) && n-d < 2 {
			d--
		}
		if c := keyClassOf(kb); c != keyNone || d < 3 || isDigit(kb[d-1]) {
			return c
		}
		return keyClassOf(kb[:d])
	}
	return keyClassOf(kb)
}

// keyClassOf classifies a normalised key (see keyClass).
func keyClassOf(kb []byte) int {
	if len(kb) == 1 || keyShape[shapeOf(kb[0], kb[1], len(kb))] {
		if c, ok := keyTable.get(kb); ok {
			return c
		}
	}
	if len(kb) > 3 && kb[0] == 'x' {
		if c, ok := keyTable.get(kb[1:]); ok && c != keyNone {
			return c // a header's "X-" prefix: "X-Ean", "X-Name"
		}
	}
	k := bytesToString(kb)
	if len(k) >= 13 && k[len(k)-13:] == "authorization" {
		return keyAuth
	}
	if len(k) > maxCachedKey {
		return keyByParts(k)
	}
	slot := &partsFront[partsSlot(k)]
	if e := slot.Load(); e != nil && e.k == k {
		return e.c
	}
	if v, ok := partsCache.Load(k); ok {
		e := v.(*partsEntry)
		slot.Store(e)
		return e.c
	}
	c := keyByParts(k)
	if partsCached.Add(1) <= maxPartsCache {
		ks := string(kb) // a copy: kb is the caller's buffer
		partsCache.Store(ks, &partsEntry{k: ks, c: c})
	}
	return c
}

// partsEntry is a key partsCache holds and its class.
type partsEntry struct {
	k string
	c int
}

// partsFront is a direct-mapped cache of partsCache's entries in front of
// it: a key seen again costs a few bytes' hash and one comparison.
var partsFront [256]atomic.Pointer[partsEntry]

// partsSlot is k's slot in partsFront (k is not empty).
func partsSlot(k string) int {
	n := len(k)
	return (n*31 + int(k[0])*7 + int(k[n/2])*131 + int(k[n-1])*17) & (len(partsFront) - 1)
}

// partsCache remembers how keyByParts classified the keys seen (logs repeat
// their keys); it stops growing at maxPartsCache keys, so keys that hold
// ids cannot grow it without bound.
var (
	partsCache  sync.Map
	partsCached atomic.Int64
)

const (
	maxCachedKey  = 48
	maxPartsCache = 8192
)

// Keys are classified by their parts, not by a list of whole keys: the key
// arrives lower-cased with its separators removed ("smtp_pass" → "smtppass",
// "X-Api-Key" → "xapikey"), so a part is a suffix or an infix.
var (
	// credTails end the keys whose values are secrets.
	credTails = []string{"password", "passwd", "passphrase", "passcode", "pass", "pwd", "secret", "secrets", "basicauth",
		"2facode", "otpcode", "mfacode", "totpcode", "smscode", "verificationcode", "verifycode", "authcode", "onetimecode", "totp",
		"token", "tokens", "key", "keys", "credential", "credentials", "cookie", "cookies", "sessionid", "session",
		"sessid", "connectsid", "sesskey", "sessiontoken",
		"signature", "hmac", "otp", "privkey", "jwt",
		// security daemons' own spellings: OpenLDAP's "bindpw"/"rootpw", IKE's
		// and hostapd's pre-shared keys ("wpa_psk"), SSSD's "authtok" (whole
		// words: a random token may end in "pw" or "psk")
		"bindpw", "rootpw", "adminpw", "ldappw", "userpw", "authpw", "saslpw", "smtppw", "masterpw",
		"wpapsk", "ikepsk", "vpnpsk", "authtok",
		// codes that stand in for a password or a second factor: recovery
		// and backup codes, TOTP seeds
		"recoverycode", "recoverycodes", "backupcode", "backupcodes", "totpseed", "mfaseed", "otpseed", "2faseed",
		// "password" in the languages of the exact keys, as a key's last part:
		// "uusi_salasana", "neues_passwort", "nova_senha".
		"passwort", "kennwort", "wachtwoord", "senha", "contrasena", "contraseña", "haslo", "hasło", "heslo", "sifre",
		"şifre", "parola", "lozinka", "salasana", "losenord", "lösenord", "adgangskode", "passord", "jelszo", "jelszó",
		"jelszava", "motdepasse", "katasandi", "matkhau", "mậtkhẩu", "пароль", "katalaluan", "parool", "geslo",
		"slaptažodis", "slaptazodis", "lykilorð", "lykilord", "salasõna", "salasona", "parole", "parolă",
		"գաղտնաբառ", "პაროლი", "құпиясөз", "нууцүг", "የይለፍቃል", "पासवर्ड", "ពាក្យសម្ងាត់", "මුරපදය",
		"كلمةالمرور", "パスワード", "비밀번호", "รหัสผ่าน", "পাসওয়ার্ড", "پاسورڈ",
		// abbreviations: "mdp" (mot de passe), "비번" (비밀번호)
		"mdp", "비번",
		// and in more of the buyers' languages, native and romanised: Zulu,
		// Mongolian, Amharic, Yoruba, Igbo, Hausa, Catalan, Galician,
		// Azerbaijani, Welsh, Irish, Basque, Afrikaans, Malagasy, Kyrgyz,
		// Tamil, Telugu, Burmese, Lao, Pashto
		"iphasiwedi", "nuutsug", "yeyilefqal", "oroasina", "ọ̀rọ̀aṣínà", "okwuntughe", "kalmarsirri", "contrasenya",
		"contrasinal", "şifrə", "sifrə", "cyfrinair", "pasfhocal", "pasahitza", "wagwoord", "tenimiafina", "сырсөз",
		"கடவுச்சொல்", "పాస్‌వర్డ్", "စကားဝှက်", "ລະຫັດຜ່ານ", "پټنوم",
		// Spanish "clave de acceso" / "clave secreta"; Arabic, Urdu, Hindi,
		// Korean, Japanese, Thai, Persian loanwords of "password"
		"claveacceso", "clavedeacceso", "clavesecreta", "الباسورد", "باسورد", "پاسورد", "پاسورڈ", "पासवर्ड", "패스워드",
		"รหัส", "گذرواژه", "رمزعبور", "كلمةالسر", "رمز",
		// romanised as local developers write them: Chinese "mima" (密码),
		// "kouling" (口令); Korean "bimilbeonho" (비밀번호), "amho" (암호);
		// Japanese "pasuwado" (パスワード), "anshobango" (暗証番号); Thai
		// "rahat phan" (รหัสผ่าน); Persian "ramz" (رمز), "ramz-e obur"; Arabic
		// "kalimat al-murur", "kalimat al-sir"; Georgian "paroli"; Russian
		// "parol"; Hebrew "sisma" (סיסמה); Hindi "paasvard" (a26_keep.go)
		"mima", "kouling", "bimilbeonho", "bimilbunho", "amho", "pasuwado", "pasuwaado", "pasuwaado", "anshobango",
		"rahatphan", "rahatphaan", "ramz", "ramzeobur", "ramzobur", "kalimatalmurur", "kalimatalsir", "kalimatmurur",
		"kalimatsir", "paroli", "parol", "sisma", "sismah", "paasvard", "paasavard",
		// Portuguese "palavra-passe", German "Zugangscode", access codes,
		// PINs ("暗証番号", "الرقم السري", "пин-код"), and "password" as the
		// tail of a key in Han script and in Hebrew's other spelling
		// ("登入密碼", "סיסמא")
		"palavrapasse", "palavradepasse", "zugangscode", "accesscode", "codigoacceso", "codigodeacceso", "codiceaccesso",
		"codicediaccesso", "暗証番号", "暗証コード", "パスコード", "الرقمالسري", "رقمسري", "الرقمالسرى", "пинкод", "pinkod", "pinkode",
		"密码", "密碼", "口令", "암호", "סיסמא", "סיסמה", "סיסמת",
		// romanised Bengali and Greek, and Persian: "gopon_shongket" (গোপন সংকেত),
		// "synthimatiko" (συνθηματικό), "کلمه عبور"
		// Swahili, Danish; recovery codes in the shops' languages
		"nenosiri", "kodeord", "codigosrecuperacion", "codigosderecuperacion", "códigosderecuperación", "codigosderecuperacao",
		"códigosderecuperação", "codicidirecupero", "codesderecuperation", "codesderécupération", "wiederherstellungscodes",
		"herstelcodes", "kodyodzyskiwania", "kurtarmakodlari", "kurtarmakodları", "kodepemulihan",
		"goponshongket", "goponsongket", "গোপনসংকেত", "synthimatiko", "sunthimatiko", "συνθηματικό", "κωδικόςπρόσβασης", "کلمهعبور", "کلمهیعبور", "رمزعبور",
		// "password" in Central Asian, Turkic, Balkan and Greek keys, native and
		// romanised: Uzbek "maxfiy so'z", Uzbek, Kazakh, Azerbaijani, Turkmen
		// and Tatar "parol", Tajik "парол", Bulgarian "парола", Serbian and
		// Macedonian "лозинка", Albanian "fjalëkalim", Kazakh "qupiya söz",
		// Greek "kodikos (prosvasis)", Swahili "nywila", Indic scripts
		"maxfiysoz", "maxfiysoʻz", "maxfiysozi", "maxfiykalit", "махфийсўз", "parol", "parolu", "parolni", "парол", "парола",
		"паролата", "лозинка", "лозинку", "fjalekalim", "fjalëkalim", "fjalekalimi", "fjalëkalimi", "kupiyasoz",
		"qupiyasoz", "qupiyasöz", "құпиясөзі", "kodikos", "kodikosprosvasis", "nywila", "पासवर्ड", "ਪਾਸਵਰਡ",
		"પાસવર્ડ", "ಪಾಸ್‌ವರ್ಡ್", "ಗುಪ್ತಪದ", "പാസ്‌വേഡ്", "ପାସୱାର୍ଡ", "açarsöz", "серсүз"}
	// notSecretBefore are the parts before "key" or "pass" that make a key
	// no secret: "partition_key", "cache_key", "bypass".
	notSecretBefore = []string{"partition", "sort", "cache", "idempotency", "routing", "object", "primary",
		"foreign", "hash", "dedup", "dedupe", "row", "shard", "lookup", "group", "message", "msg", "event",
		"public", "pub", "bucket", "storage", "s3", "mon", "tur", "hoc", "joc", "whis", "don", "hot", "map",
		"index", "search", "lock", "record", "entry", "item", "product", "config", "translation", "label",
		"metric", "tag", "field", "header", "query", "param", "attribute", "property", "registry", "cursor",
		"sequence", "trace", "correlation", "request", "job", "task", "queue", "topic", "stream", "state",
		"resource", "file", "path", "image", "asset", "region", "locale", "lang", "country", "currency",
		"template", "feature", "flag", "variant", "sku", "category", "dict", "by", "com", "over", "under",
		"sur", "tres", "boarding",
		"botuser", "plusfrienduser"} // Kakao's "botUserKey", "plusfriendUserKey": a user's id in a bot
	// phoneTails end the keys whose values are phone numbers.
	phoneTails = []string{"mobile", "mobiles", "mobileno", "mobilenumber", "msisdn", "whatsapp", "celular",
		"telefono", "telefone", "telefon", "fax", "contactnumber", "contactno", "cellno", "cellnumber", "hp", "nohp",
		"callernumber", "callerid", "caller", "callee", "calledto", "smsto", "smsfrom", "smsnumber", "dialed", "dialled",
		"cpnumber", "cpno", "cpnum", // Filipino "cellphone number": "cp_number"
		"faxcsid", "faxtsid", "remotecsid", "remotetsid", "switchboard", // a fax's station ids ("X-Fax-CSID"), a store's switchboard
		"tel1numbr", "tel2numbr", "telnumbr", "mobnumber", "faxnumber", // SAP's address fields ("PI_PERSONALDATA-TEL1_NUMBR")
		// the number of an SMS gateway's recipient ("Recipients":[{"number":…}])
		"recipientnumber", "recipientsnumber", "receivernumber", "destinationnumber", "destinationsnumber",
		"sdt", "sodienthoai", "telp", "telepon", "nomortelepon", "handphone", "telefonnummer", "numerotelephone", "tel1", "tel2",
		"whatsappnumber", "callbacknumber", "telnumber", "komorka", "telemovel", "telemóvel", "kinito", "κινητό", "denwa",
		"handy", "handynummer", "gsm", "ceptelefonu", "cepno", "телефон", "номертелефона", "мобильный", "τηλέφωνο",
		"الهاتف", "هاتف", "جوال", "電話", "电话", "手机", "携帯", "휴대폰", "전화번호", "โทรศัพท์", "טלפון", "נייד", "mobil",
		"mobilni", "mobilny", "numertelefonu", "telefonszam", "puhelin", "simu", "namba",
		// Mobile and phone words of more languages: Italian, French, Danish and
		// Norwegian, Dutch, Spanish, Filipino, Finnish, German, Hungarian,
		// Ukrainian, Urdu, Bengali, Korean.
		"cellulare", "cellulaire", "mobilnummer", "mobilnr", "telefonnr", "tlf", "tlfnr", "mobiel",
		"mobielnummer", "telefoonnummer", "movil", "móvil", "telepono", "puhelinnumero", "matkapuhelin",
		"mobiltelefon", "rufnummer", "mobilszam", "mobilszám", "telefonszám", "мобільний", "телефону",
		"موبائل", "فون", "মোবাইল", "ফোন", "핸드폰", "연락처", "fono", "celu",
		"fone", "natel", "cpno", "cellno", "cel", "tlf", "tél", "mobil2", "tel2", "numérodegsm", "numerodegsm", "gsmnummer",
		"موبائلنمبر", "فوننمبر", "رابطہنمبر", "মোবাইলনম্বর", "휴대폰번호", "핸드폰번호", "الموبايل", "موبايل", "тел", "моб",
		"телефон2", "puhelinnumero", "matkapuhelinnumero"}
	// networkBefore are the parts before "addr"/"address" of keys that hold
	// no postal address: "ip_address", "remote_addr", "email_address".
	networkBefore = []string{"ip", "ipv4", "ipv6", "mac", "email", "mail", "remote", "server", "host", "local",
		"peer", "client", "bind", "listen", "proxy", "wallet", "contract", "node", "gateway", "broker",
		"upstream", "socket", "net", "url", "web", "http", "forwarded", "realip", "src", "dst", "source",
		"dest", "lan", "wan", "vpn", "dns", "smtp", "btc", "eth", "crypto", "mem", "memory", "base", "start",
		"return", "ptr", "pointer", "hw", "bt", "multicast", "broadcast", "nat", "x", "public", "private"}
	// addressTails end the keys whose values are postal addresses or parts of one.
	addressTails = []string{"street", "street1", "street2", "streetname", "streetaddress", "line1", "line2",
		"line3", "district", "subdistrict", "ward", "barangay", "kelurahan", "kecamatan", "suburb", "building",
		"strasse", "anschrift", "endereco", "direccion", "indirizzo", "adresse", "alamat", "diachi", "calle", "rua",
		"via", "fieldone", "fieldtwo", "fieldthree", "addressfieldone", "fulladdress", "jalan",
		"adrline", "strtnm", "twnnm", "bldgnm", "ctrysubdvsn", "adres", "adresa", "morada", "domicilio",
		"straat", "huisnummer", "hausnummer", "shipto", "dropoff", "cím", "cim", "pata", "ulica", "ulice", "ulitsa", "улица",
		"адрес", "адреса", "адресдоставки", "adresselivraison", "livraison", "כתובת", "العنوان", "عنوان", "住所",
		"地址", "주소", "ที่อยู่", "sokak", "mahalle", "strada", "endereço", "dirección", "adressezeile",
		// street and address words of more languages as a key's last part
		"vejnavn", "gadenavn", "gatenavn", "gatuadress", "katuosoite", "rue", "utca", "házszám", "utcaházszám",
		"cím2", "tirahan", "вулиця", "адресаотримувача", "адресадоставки", "الشارع", "العنوانالكامل", "street3",
		"bezorgadres", "afleveradres", "leveringsadresse", "toimitusosoite", "direccióndefacturación", "domicilio"}
	// addressStems are the words for a postal address, found anywhere in a
	// key: their language puts them first as often as last.
	addressStems = []string{"adres", "anwani", "osoite", "ঠিকানা", "پتہ", "dieuthinsi", "jusho", "direccion", "endereco", "indirizzo", "alamat",
		"diachi", "địachỉ", "διεύθυνση", "адрес", "עنوان", "عنوان", "כתובת", "पता", "住所", "地址", "주소", "ที่อยู่"}
	// personBefore are the parts before "name" of keys holding a person's name.
	personBefore = []string{"recipients", "customers", "buyers", "contacts", "receivers", "payers", "holders",
		"members", "guests", "passengers", "first", "last", "full", "given", "family", "middle", "sur", "buyer", "customer",
		"recipient", "receiver", "contact", "holder", "cardholder", "accountholder", "shipto", "billto",
		"payer", "payee", "consignee", "sender", "person", "member", "client", "guest", "passenger", "owner",
		"real", "legal", "nick", "billing", "shipping", "delivery", "ship", "bill", "deliver", "account", "card", "bank", "beneficiary",
		"signer", "cust", "user", "display", "real", "legal", "shopper", "purchaser", "orderer", "addressee", "profile",
		// who opened, sent or wrote a ticket or review (helpdesks, issue trackers, review platforms)
		"requester", "requestor", "requesters", "submitter", "reporter", "author", "caller", "reviewer", "assignee",
		"müşteri", "musteri", "客户", "客戶", "顧客", "клиент", "покупатель", "получатель", "cliente", "klient", "kunde", "kunden",
		"pelanggan", "pembeli", "penerima", "khachhang", "comprador", "acheteur", "destinatario", "empfanger", "empfänger",
		"fullstandigt", "fullständigt", "vollstaendiger", "vollständiger", "kund", "mottagare", "destinatar", "nguoinhan",
		"vevo", "vevő", "vasarlo", "vásárló", "cimzett", "címzett", "teljes", "asiakas", "asiakkaan", "vastaanottajan", "fulde",
		"fullt", "kunde", "kunden", "mottaker", "modtager", "modtagers"}
	// personKeys hold a person's name without saying "name".
	personTails = []string{"recipients", "customers", "buyers", "receivers", "consignees", "holdername", "realname",
		"nm", "dbtrnm", "cdtrnm", "firstlast", "lastfirst", "firstandlast", "given", "empfaenger", "empfanger", "destinatario",
		"destinataria", "nombre", "nome", "nama", "hoten", "tenkhachhang", "penerima", "namapenerima", "cliente", "kunde",
		"recipient", "receiver", "consignee", "addressee", "attn", "attention", "cardholder",
		"holder", "accountholder", "payer", "payee", "beneficiary", "customer", "buyer", "kana", "kanji", "pinyin",
		"shopper", "purchaser", "ontvanger", "klant", "pembeli", "pelanggan", "comprador", "acheteur", "adı", "adi",
		"收件人", "收货人", "收件者", "收貨人", "受取人", "수령인", "ผู้รับ",
		"prenom", "vorname", "nachname", "imie", "nazwisko", "jmeno", "prijmeni", "soyad", "namadepan",
		"namabelakang", "namalengkap", "voornaam", "achternaam", "apellido", "apellidos", "cognome", "sobrenome",
		"apelido", "prenume", "nameoncard", "deliverycontact", "jinakamili", "grahaknaam", "nomclient",
		// "recipient" and "full name" in more languages, and romanised
		"destinatar", "destinataire", "prijemce", "příjemce", "odbiorca", "alici", "alıcı", "nguoinhan",
		"xingming", "shoujianren", "shouhuoren", "poluchatel", "onomateponymo", "addressees", "addressee",
		// given, family and full names and "recipient" in Hungarian, Korean,
		// Ukrainian, Urdu and Persian, Bengali and Filipino
		"utónév", "utonev", "vezetéknév", "vezeteknev", "keresztnév", "keresztnev", "teljesnév", "받는분", "이름", "성명",
		"수취인", "ім'я", "імя", "прізвище", "отримувач", "نام", "وصول", "নাম", "প্রাপক", "pangalan", "tatanggap",
		"buongpangalan", "forename", "forenames", "namapenuh",
		// "customer", "buyer", "recipient" as the last word of a key in
		// Arabic, Urdu, Bengali, Korean and Ukrainian ("اسم_العميل")
		"العميل", "المشتري", "المستلم", "گاہک", "خریدار", "গ্রাহক", "ক্রেতা", "고객", "고객명", "구매자",
		"клієнт", "покупець", "одержувач",
		// account holders, full and family names, contacts and business
		// names in more languages ("tilinomistaja", "kontoinhaber",
		// "rekeninghouder", "titular", "razon_social", "nama_keluarga")
		"tilinomistaja", "kontoinhaber", "kontohaver", "kontoinnehaver", "kontoindehaver", "rekeninghouder",
		"tenaamstelling", "titular", "titulaire", "titolare", "intestatario", "intestataria", "nominativo",
		"razonsocial", "ragionesociale", "contacto", "contato", "destinatário", "empfänger", "címzett", "cimzett",
		"számlatulajdonos", "szamlatulajdonos", "vevőneve", "vevoneve", "kokonimi", "volledigenaam", "klantnaam",
		"familienname", "nomdefamille", "namakeluarga", "namapertama", "pemegangakaun", "contactperson",
		"lname", "fname", "firstname", "lastname", "surname", "givenname", "familyname", "fullname", "naam",
		"الاسمبالكامل", "اسمالعائلة", "الاسمالأول", "اسمالعميل", "예금주", "주문자", "পদবি", "নামেরপ্রথমঅংশ",
		"піб", "власниккартки", "وصولکنندہ", "名字", "姓名",
		"ansprechpartner", "vollständigername", "vollstandigername", "주문자명", "গ্রাহকেরনাম", "családnév", "csaladnev",
		// given and family names and contact persons in the Nordic languages,
		// Finnish and Ukrainian ("order.efternavn", "контактна_особа")
		"efternavn", "fornavn", "etternavn", "efternamn", "förnamn", "fornamn", "sukunimi", "etunimi", "nombres",
		"kontaktperson", "контактнаособа", "контактноелицо", "kontoinnehaver", "kontoindehaver",
		// "recipient" and "customer" in Swahili, Romanian, Balkan and Baltic
		// languages, with their articles, and in Hebrew and Swedish
		"mpokeaji", "mteja", "destinatarul", "clientul", "primatelj", "prejemnik", "gavejas", "gavėjas", "saņēmējs",
		"adresat", "נמען", "הנמען", "mottagaren", "namn", "fulltnamn", "fullständigtnamn",
		"apelyido", "pangalan", "імя", "ім'я", "teljesnév", "teljesnev", "holdername", "accountholder", "accountname"}
)

// tailSet is a list of key parts indexed by their last byte, so that
// matching a key's end costs a few comparisons, not one per part.
type tailSet [256][]string

func newTailSet(parts ...[]string) *tailSet {
	var t tailSet
	for _, list := range parts {
		for _, p := range list {
			t[p[len(p)-1]] = append(t[p[len(p)-1]], p)
		}
	}
	return &t
}

// endsWithPart reports whether k ends with one of the set's parts; it
// returns the text before the longest such part.
func endsWithPart(k string, t *tailSet) (string, bool) {
	if k == "" {
		return "", false
	}
	best := -1
	var prev byte
	if len(k) >= 2 {
		prev = k[len(k)-2]
	}
	for _, p := range t[k[len(k)-1]] {
		if len(p) > best && len(k) >= len(p) && (len(p) < 2 || p[len(p)-2] == prev) && k[len(k)-len(p):] == p {
			best = len(p)
		}
	}
	if best < 0 {
		return "", false
	}
	return k[:len(k)-best], true
}

func endsWithAny(k string, t *tailSet) bool {
	_, ok := endsWithPart(k, t)
	return ok
}

var (
	credTailSet     = newTailSet(credTails)
	notSecretSet    = newTailSet(notSecretBefore)
	phoneTailSet    = newTailSet(phoneTails, phoneTailsMore, phoneTails20, phoneTails28) // phone_words.go, phones20_keys.go, na28_linekeys.go
	networkSet      = newTailSet(networkBefore)
	addressTailSet  = newTailSet(addressTails, addressTailsMore, addressTails28) // address_keys.go, na28_linekeys.go
	personBeforeSet = newTailSet(personBefore, personBeforeMore, personBefore19, personBefore23b)
	personTailSet   = newTailSet(personTails, nameTailsMore, personTails19, personTails20, nk29RoleTails) // names_vocab.go; both …19: names19_keys.go; names20_fields.go; nk29_keys.go
	idKeyTailSet    = newTailSet(idKeyTails)
	idTailSet       = newTailSet(idTails)
	nameTailSet     = newTailSet([]string{"names", "name", "namn", "navn", "nimi", "nev", "név", "nom", "nombre", "nome", "naam", "nama"})
)

// stemFirst indexes addressStems by their first byte.
var stemFirst = func() (t [256][]string) {
	for _, st := range append(addressStems[:len(addressStems):len(addressStems)], addressStemsMore...) { // address_keys.go
		t[st[0]] = append(t[st[0]], st)
	}
	return t
}()

// addressStemAt returns where an address stem starts in k, or -1: one
// pass over k, comparing only the stems that start with the byte at hand.
func addressStemAt(k string) int {
	for p := 0; p < len(k); p++ {
		for _, st := range stemFirst[k[p]] {
			if strings.HasPrefix(k[p:], st) {
				return p
			}
		}
	}
	return -1
}

// passwordHeads are the words for "password" that begin a key in the
// languages that put the head first.
// nameHeads begin keys that name a person's name head first, and
// personStems say whose it is ("nazwisko_klienta", "имя_получателя").
var nameHeads = []string{"nazwisko", "imie", "imię", "imienazwisko", "имя", "фамилия", "фио", "ім'я", "імя", "прізвище",
	"nome", "nombre", "nombres", "apellido", "apellidos", "prenom", "prénom", "naam", "voornaam", "achternaam", "nama",
	"jmeno", "jméno", "prijmeni", "příjmení", "meno", "priezvisko", "isim", "soyisim", "soyad", "numele", "prenumele",
	"nev", "név", "vezeteknev", "vezetéknév", "onoma", "όνομα", "επώνυμο", "שם", "الاسم", "اسم", "नाम"}

var personStems = []string{"klient", "client", "cliente", "odbiorc", "kupuj", "nabywc", "получател", "покупател",
	"клиент", "заказчик", "отримувач", "клієнт", "покупц", "pelanggan", "penerima", "pembeli", "destinat", "empf",
	"customer", "buyer", "recipient", "receiver", "consignee", "musteri", "müşteri", "alici", "alıcı", "zakaznik",
	"zákazník", "prijemce", "příjemce", "adresat", "comprador", "acheteur", "ontvanger", "vevo", "vevő", "pelati",
	"πελάτη", "παραλήπτη", "לקוח", "נמען", "العميل", "المستلم", "ग्राहक"}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

var passwordHeads = []string{"senha", "contrasena", "contraseña", "motdepasse", "paroladordine", "parolad'ordine", "parolachiave",
	"salasana", "jelszo", "jelszó", "haslo", "hasło", "heslo", "wachtwoord", "passwort", "kennwort", "katasandi",
	"katalaluan", "matkhau", "mậtkhẩu", "claveacceso", "clavedeacceso", "clavesecreta", "claveweb", "palavrapasse"}

// keyByParts classifies a key that is not in the exact-key table.
func keyByParts(k string) int {
	if c := keyClass25(k); c >= 0 {
		return c // "safeNumber": a marketplace's virtual number for the buyer; "TokenId": a SOAP session's token (leak25_keys.go)
	}
	if cursorKey25(k) || docKey25(k) {
		return keyNone // "next_token", "pageToken": a page's cursor; "cargoKey": a shipment's reference (keep25_signed.go)
	}
	if userAgentKey21(k) {
		return keyNone // "browser_ua": a user agent, not a street (keep21_values.go)
	}
	if privateKeyIDKey20(k) {
		return keyCred // "private_key_id": which private key signs (secrets20_keys.go)
	}
	if phoneThingKey(k) {
		return keyNone // "phone_model": a model number (damage17_traps.go)
	}
	if pinKey18(k) {
		return keyCred // "wallet_pin", "card_pin", "PinCode" (creds18_keys.go)
	}
	if factorCodeKey22(k) {
		return keyCred // "mfa_pending_code", "otpSentCode" (secrets22_keys.go)
	}
	if otpKey32(k) {
		return keyCred // "رمز_التحقق", "認証コード": a verification code's key in another language (cr32_keys.go)
	}
	if otpKey33(k) {
		return keyCred // "otp_input", "sms_otp": a one-time code's key by its qualifier (l33b_otpkeys.go)
	}
	if len(k) > 5 && (strings.Contains(k, "phone") || strings.Contains(k, "telefon")) || k == "phone" || endsWithAny(k, phoneTailSet) ||
		strings.HasPrefix(k, "tel") && (len(k) == 3 || strings.HasPrefix(k[3:], "no") || strings.HasPrefix(k[3:], "nr") || isDigit(k[3])) {
		return keyPhone
	}
	if before, ok := endsWithPart(k, credTailSet); ok {
		t := k[len(before):]
		if !(t == "key" || t == "keys" || t == "pass") || before == "" || !endsWithAny(before, notSecretSet) {
			return keyCred
		}
	}
	if strings.Contains(k, "secret") && !endsWithAny(k, idTailSet) && !secretAboutKey18(k) { // not "secret_name", "secretRef" (keys18_parts.go)
		return keyCred
	}
	if strings.Contains(k, "password") && !endsWithAny(k, idTailSet) && !secretAboutKey18(k) {
		return keyCred
	}
	if h := strings.LastIndex(k, "hmac"); h >= 0 {
		switch k[h+4:] {
		case "sha1", "sha256", "sha384", "sha512", "md5", "signature", "sig", "digest", "value":
			return keyCred // "x_shopify_hmac_sha256", "hmacSha256"; not "hmac_algorithm"
		}
	}
	// Languages that put the head first: "senhaAcesso" (senha de acesso),
	// "contraseñaUsuario", "parolaDordine" (parola d'ordine).
	for _, w := range passwordHeads {
		if strings.HasPrefix(k, w) && !endsWithAny(k, idTailSet) {
			return keyCred
		}
	}
	if strings.HasPrefix(k, "pass") && passQualifier(k[4:]) {
		return keyCred // "pass_nueva", "passNew", "pass_confirm" (creds_keys8.go)
	}
	if strings.HasSuffix(k, "addressee") || strings.HasSuffix(k, "addressees") {
		return keyName // "X-Addressee": who, not where
	}
	if i := strings.Index(k, "addr"); i >= 0 && !endsWithAny(k, idTailSet) && !strings.HasPrefix(k[i:], "addrfamily") {
		if i == 0 || !endsWithAny(k[:i], networkSet) || i == 1 && strings.HasPrefix(k[1:], "address") && !strings.HasPrefix(k[1:], "addresses") ||
			strings.HasSuffix(k[:i], "ship") || returnPostal19(k, i) { // "ship_address" written "shipaddress": no "ip" address; "return_address" (keys19_parties.go)
			return keyAddress // (a header's "X-" before a whole "address": "X-Address-Line")
		}
		return keyNone
	}
	if endsWithAny(k, addressTailSet) {
		return keyAddress
	}
	// "adres_satiri", "teslimat_adresi", "adresa_livrare", "عنوان_التوصيل":
	// the word for address anywhere in the key.
	if i := addressStemAt(k); i >= 0 && !endsWithAny(k, idTailSet) {
		if i > 0 && endsWithAny(k[:i], networkSet) && !(i == 1 && k[0] == 'x') { // (a header's "X-": "X-Misamarti")
			return keyNone // "ip_adresi"
		}
		return keyAddress
	}
	if before, ok := endsWithPart(k, nameTailSet); ok && before != "" && endsWithAny(before, personBeforeSet) {
		return keyName
	}
	// Languages that put the head first: "nazwisko_klienta", "имя_получателя",
	// "nombre_cliente": a name word, then whose.
	for _, h := range nameHeads {
		if strings.HasPrefix(k, h) && len(k) > len(h) && containsAny(k[len(h):], personStems) {
			return keyName
		}
	}
	if endsWithAny(k, personTailSet) && !notPersonTail(k) { // not "model_name", "LglNm" (damage15_keys.go)
		return keyName
	}
	if joinedNameKey17(k) {
		return keyName // "givenName_sn": joined name attributes, not a serial number (names17_keys.go)
	}
	if nk29NameKey(k) {
		return keyName // "chue_phu_sue", "girandeh", "X-Customer-Agorastis", "esm" (nk29_keys.go)
	}
	if cardNumberKey(k) {
		return keyCardCtx // "kartennummer", "numero_tarjeta", "req.cardNo" (cards14_keys.go)
	}
	if endsWithAny(k, idKeyTailSet) {
		return keyID
	}
	if paymentCardKey(k) {
		return keyCardCtx // "payment_card", "creditCard" (cards_visa13.go)
	}
	return keyNone
}

var (
	// idKeyTails end the keys whose digits are ids or times, not phones.
	idKeyTails = []string{"id", "ids", "no", "number", "sn", "at", "ms", "code", "tracking", "waybill", "awb", "reference",
		"upc", "ean", "gtin", "isbn"} // product codes: "_wc_gla_upc", "gtin" (damage_ids11.go)
	// idTails end the keys that describe a secret or an address rather
	// than hold it: "password_reset_at", "address_type", "secret_version".
	idTails = append([]string{"type", "count", "status", "version", "length", "len", "policy", "changed",
		"days", "expiry", "expiration", "ttl", "attempts"}, idKeyTails...) // "password_expiry_days" (keep21_values.go)
)

// signatureScheme reports a webhook signature's scheme part: "v1=…" or
// "v0=…" right after "t=<unix time>," (Stripe-Signature and its imitators),
// or right after a signature redacted on this pass or an earlier one
// ("signature=[REDACTED:…],v1=…", "…,v1=…,v0=…").
func (sc *scanner) signatureScheme(ks int, nk []byte) bool {
	s := sc.s
	if len(nk) != 2 || nk[0] != 'v' || !isDigit(nk[1]) || ks < 2 || s[ks-1] != ',' {
		return false
	}
	if sc.lastEnd == ks-1 && len(sc.spans) > 0 && sc.spans[len(sc.spans)-1].kind == KindCredential {
		return true
	}
	before := s[:ks-1]
	if strings.HasSuffix(before, "[REDACTED:credential]") {
		return true
	}
	d := len(before)
	for d > 0 && isDigit(before[d-1]) {
		d--
	}
	return len(before)-d == 10 && d >= 2 && before[d-1] == '=' && before[d-2] == 't'
}

// varDumpValue skips what PHP's var_dump writes between "=>" and a
// string's quoted value: a line break (or a space, the dump on one line),
// the indentation and "string(37) ".
// Anything else leaves k as it is.
func varDumpValue(s string, k int) int {
	p := k
	if p < len(s) && s[p] == '\r' {
		p++
	}
	if p < len(s) && s[p] == '\n' {
		p++
	}
	for p < len(s) && p-k < 16 && s[p] == ' ' {
		p++ // (one line too: `["otp"]=> string(6) "…"`, var_dump's text on one line: cr32_vardump.go)
	}
	if !strings.HasPrefix(s[p:], "string(") {
		return k
	}
	p += len("string(")
	d := p
	for p < len(s) && isDigit(s[p]) && p-d < 9 {
		p++
	}
	if p == d || p+1 >= len(s) || s[p] != ')' || s[p+1] != ' ' {
		return k
	}
	return p + 2
}

// key handles a word that may end a key ("password=", `"name": `, "x-api-key:").
// It returns where scanning resumes: j when the word is no key of interest.
func (sc *scanner) key(i, j, ctx int) int {
	s := sc.s
	n := len(s)
	k := j
	w0 := i // the start of the whole key: "2fa_code", "Api-key"
	for w0 > 0 && w0 > sc.lastEnd && (isWord(s[w0-1]) || s[w0-1] == '-') {
		w0--
	}
	switch {
	case k < n && (s[k] == '"' || s[k] == '\'' || s[k] == '`'): // MySQL quotes names in backticks
		k++
		if k+2 < n && s[k] == ']' && s[k+1] == '=' && s[k+2] == '>' && w0 >= 2 && s[w0-2] == '[' {
			k++ // PHP's var_dump: ["private_key"]=>
		}
	case k < n && s[k] == ']' && w0 > 0 && s[w0-1] == '[' && k+1 < n && (s[k+1] == '=' || s[k+1] == ' '):
		k++ // a bracketed key: Rails' checkout[user_password]=…, PHP's [consignee] => …
	case k+2 < n && s[k] == ']' && w0 > 0 && s[w0-1] == '[' && (s[k+1] == '"' || s[k+1] == '\'') && s[k+2] == '=':
		k += 2 // a bracketed key quoted for the shell: curl's -d "billing_details[name]"="…"
	default:
		k += escapedQuote(s, k) + releasedColon31(s, w0, k) // (EDIFACT's "db_pass?: …": cc31_creds.go)
	}
	for sp := 0; k < n && s[k] == ' ' && sp < 3; sp++ {
		k++
	}
	if k >= n {
		return j
	}
	switch {
	case s[k] == '>' && strings.HasPrefix(s[k:], ">> => <<") && j > 2 && s[j] == '"':
		k += len(">> => <<") // Erlang and Elixir binaries: <<"user_pwd">> => <<"…"/utf8>>
	case s[k] == '=' && k+1 < n && s[k+1] == '>':
		k += 2 // Ruby and PHP: "given_name"=>"Ana", FullName => Ana Lima
		k = dumpValue32(s, k, i, j)
		if phpDumpType32(s, k) {
			return j // `["buyer"]=> array(2) {`, `=> NULL`: a type, no value (nm32_dump.go)
		}
	case s[k] == '=' && (k+1 >= n || s[k+1] != '='):
		k++
	case s[k] == ':' && (k+1 >= n || s[k+1] != ':' && !strings.HasPrefix(s[k+1:], "//")):
		k++ // not "http://", "std::"; "SecretKey:/VFF…" (a secret may start with '/')
	case strings.HasPrefix(s[k:], "："):
		k += len("：")
	case s[k] == ',' && k > j && pairOpens(s, i) && k+2 < n && s[k+1] == ' ' && (s[k+2] == '"' || s[k+2] == '\'') && pairCloses(s, k+2):
		k++ // a pair: Rails binds [["client_secret", "…"]], Python ("name", "…")
	default:
		return j
	}
	floor := sc.lastEnd
	if floor < 0 {
		floor = 0
	}
	ks := i
	for ks > floor && i-ks < 48 && (isWord(s[ks-1]) || s[ks-1] == '.' || s[ks-1] == '-' || elidedAt(s, ks-1, floor)) {
		ks--
	}
	if ks > 0 && s[ks-1] == '^' && j-ks > 2 && s[ks] == 'F' && s[ks+1] == 'D' {
		ks += 2 // a label printer's field: "^FDTel: …" (block.go)
	}
	if sourceFile(s[ks:j]) {
		return j // "src/address.js:226": a file and a line, not a key
	}
	if arnPartAt(s, ks) {
		return j // "arn:aws:secretsmanager:…:secret:xendit": an ARN's resource type (keys18_parts.go)
	}
	if s[k-1] == ':' && macAt18(s, ks) {
		return j // "mac=ad:de:19:ae:f8:73": a MAC address's pairs, no key (damage18_fields.go)
	}
	if ks > 0 && s[ks-1] == '\\' && j-ks > 5 && s[ks] == 'u' && strings.HasPrefix(s[ks:], "u0026") {
		ks += 5 // "…\\u0026sig=…": an '&' escaped in JSON held in a string, then the key
	}
	if j-ks == 8 && ks >= 7 && strings.EqualFold(s[ks:j], "username") {
		if e := sc.digestAnywhere(ks); e > 0 {
			return e // "Digest username=\"…\", …, response=\"…\"" without its header (creds_positional.go)
		}
	}
	var buf [64]byte
	nk := buf[:0]
	high := false
	for p := ks; p < j && len(nk) < len(buf); p++ {
		c := s[p]
		switch {
		case c == '_' || c == '-' || c == '.' || c == ' ':
			continue // ' ': a key of words (spacedHighKey)
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			high = true
		}
		nk = append(nk, c)
	}
	if high {
		nk = lowerHigh(nk) // "АдресДоставки"
	}
	if isDigit(s[j-1]) {
		if e, ok := sc.cefLabelled29(ks, j, k); ok {
			return e // "cs3=… cs3Label=mysqlPwd": a CEF custom field read by its label (x29_pairs.go)
		}
	}
	if e, ok := sc.pairKey(ks, k, nk); ok {
		return e // {"key":"customer.email","value":…}, form-data; name="…" (pairs.go)
	}
	if e := sc.searchSecret(nk, k); e > 0 {
		return e // "autocomplete q=kgK5WG3ViGuT": a secret in a search box (creds14_search.go)
	}
	cls := keyClass(nk)
	kt := keyTestsFor(nk) // the tests of the key alone, remembered for a key seen again (keyfacts.go)
	if cls == keyNone && ks > 0 && s[ks-1] == '$' && queryOperator30(nk) {
		cls = operatorParent30(s, ks-1) // {"password":{"$eq":"…"}}: the operator's value is its parent key's (cr30_creds.go)
	}
	if cls == keyNone && signKey(s[ks:j]) {
		cls = keyCred // "X-Lazada-Sign: …", "api_sig=…"
	}
	if cls == keyNone && len(nk) <= 12 && lineKey28(nk) && postalSibling28(s, ks) {
		cls = keyAddress // "first_line", "add" beside "city" or "zip": a street line (na28_linekeys.go)
	}
	if cls == keyNone && strings.IndexByte(s[ks:j], '.') > 0 && dottedNameKey(s[ks:j]) {
		cls = keyName // "billing.sim=…", "recv.name=…": the last part names a person's name (names_vocab.go)
	}
	if cls == keyNone && sc.signatureScheme(ks, nk) {
		// The scheme's value is hex: exactly the hex, whatever follows it
		// ("…,v1=e3da…|455055478081|" in a row).
		e := k
		for e < n && (isDigit(s[e]) || s[e]|0x20 >= 'a' && s[e]|0x20 <= 'f') {
			e++
		}
		if e-k >= 32 && (e == n || !isWord(s[e])) && sc.emit(k, e, KindCredential, 0) {
			return e
		}
		return j
	}
	if cls == keyNone && ks > 0 && (s[ks-1] == '?' || s[ks-1] == '&') && searchKeys[string(nk)] && addressSearchPath(s, ks) {
		cls = keyAddress // "GET /address/autocomplete?q=Damrak+143A": what is searched for is an address
	}
	if cls == keyNone && (string(nk) == "to" || string(nk) == "from" || string(nk) == "value") && sc.phoneKeyByContext(ks, string(nk)) {
		sc.ctx = ctxPhone // "sms.send provider=… to=22 789 6632", Twilio's "To=…", {"type":"mobile","value":"…"}
		return k
	}
	if (cls == keyNone || cls == keyID) && (j-ks >= 4 && s[j-1]|0x20 == 'e' && codeKeyTail(s[ks:j]) || codeKey32(nk, high) || escapedCodeKey33(s, ks, j)) { // ("код": cr32_keys.go)
		if e := sc.otpCodeValue(ks+b2i(escapedCodeKey33(s, ks, j)), j, k); e > 0 {
			return e // "code=486513" beside a buyer's phone (otp_code.go)
		}
	}
	if (cls == keyNone || cls == keyID) && (kt.access() || string(nk) == "code") {
		if ak := accessCodeKeyAt20(s, ks, j); ak != notAccessKey20 {
			if e := sc.accessCodeValue20(ks, j, k, ak); e > 0 {
				return e // "pickup_code=83169891", "X-Pod-Pin: 8195": a code that opens or releases (codekeys20_keys.go)
			}
		}
	}
	if (cls == keyNone || cls == keyID) && dsnKey30(nk) {
		if e := sc.dsnValue30(k); e > 0 {
			return e // "db.dsn=Hx7!pa55-Qm": a password where the connection string belonged (cr30_creds.go)
		}
	}
	if cls == keyNone && kt.sentCode() {
		if e := sc.sentCodeValue23(k); e > 0 {
			return e // "otp_sent=969067": the code a key says was sent (secrets23_keys.go)
		}
	}
	if cls == keyNone && kt.business() {
		if e := businessValueEnd18(s, k); e > 0 {
			return e // "brand_owner=\"Dr. Martens\"", "X-Seller: Ralph Lauren": a business's name (keys18_parts.go)
		}
	}
	if cls == keyNone {
		if kt.role() && !dnKey17(nk, s, k) { // (a DN's "cn=…,ou=…" is read by names_dir.go)
			if e := sc.roleValue(k); e > 0 {
				return e // "owner": "Given Family", a person under a role key (names_roles.go)
			}
		} else if kt.party() {
			if e := sc.partyValue19(k); e > 0 {
				return e // "denominazione": a person, not a firm, as an invoice's party (keys19_parties.go)
			}
		} else if kt.title() {
			if e := sc.titleValue(k); e > 0 {
				return e // "title": "📦 Given", a push title's name (names_title.go)
			}
		}
		if e := sc.wrappedValue(ks, k, nk); e > 0 {
			return e // {"match":{"customer.email":{"query":…}}} (cardparent.go)
		}
		return j
	}
	for sp := 0; k < n && s[k] == ' ' && sp < 3; sp++ {
		k++
	}
	switch cls {
	case keyPhone:
		sc.ctx = ctxPhone
		return k
	case keyID:
		if keyIDKey18(nk) {
			if e := razorpayKeyID18(s, k); e > 0 {
				return e // "key_id=rzp_live_…": Razorpay's public key id (keys18_parts.go)
			}
		}
		sc.ctx = ctxID
		if sc.cardParent(ks, nk) {
			sc.ctx = ctxCard // `"card":{"number":…}` (cardparent.go)
		} else if sc.phoneParent(ks, nk) {
			sc.ctx = ctxPhone // `"phone":{"area_code":"11","number":…}` (phone_parent.go)
		}
		if last := s[ks+strings.LastIndexByte(s[ks:j], '.')+1 : j]; orderWord(strings.ToLower(last)) {
			sc.ctx = ctxOrder // the key's last part names an order: "lazada_order_id", not "order.ccNumber"
		}
		return k
	case keyCardCtx:
		sc.ctx = ctxCard
		return k
	case keyAuth:
		return sc.auth(k)
	case keyCred:
		if e := sc.keptSignature25(ks, j, k, nk); e > 0 {
			return e // an SNS message's or a signed request's signature (keep25_signed.go)
		}
		if tokenCountKey20(bytesToString(nk)) {
			if e := tokenCountAt20(s, k); e > 0 {
				return e // "total_tokens=6382": a count of a model's tokens (secrets20_keys.go)
			}
		}
		if v := alignedValue20(s, ks, k); v > 0 {
			k = v // "  ELASTIC_API_KEY:        RjQ5…": kubectl's column of values (secrets20_keys.go)
		}
		if d := strings.LastIndexByte(s[ks:j], '.'); d >= 0 && strings.EqualFold(s[ks+d+1:j], "key") {
			if e, ok := sc.bareKey(k); ok {
				return e // "kafka.key": a record's key, an id (pairs.go)
			}
		}
		if schemeAt(s, k) {
			return sc.auth(k) // userPassword: Basic …, X-Secret: Bearer … (creds_keys9.go)
		}
		if e := sc.spacedSecret(k); e > 0 {
			return e // { Heslo = Old age1979*, … } (creds_keys9.go)
		}
		if nfeKeyAt18(s, k) || approvalCodeAt18(s, k) && approvalKey18(string(nk)) || paymentAuthAt21(s, k, string(nk)) { // (a terminal's "auth=…": ids21_values.go)
			return k // "access_key=3526…": an NF-e's access key (keys18_parts.go)
		}
		if flowSessionAt(s[ks:j], s, k) || sessionIDAt(s, ks, j, k) || (string(nk) == "pin" || string(nk) == "pincode") && postalPinAt(s, ks, k) {
			return k // kyc.session=…: a flow's UUID (damage15_ids.go), a bot turn's (damage16_session.go); "Pin":560038 beside "Addr1" (damage15_keys.go)
		}
		return sc.valueOr(k, KindCredential, modeToken)
	case keyCard:
		if cidValueAt(s[ks:j], s, k) {
			return k // cid=1234567890.1712345678: an analytics client id (damage15_ids.go)
		}
		return sc.valueOr(k, KindCard, modeToken)
	case keyName:
		if string(nk) == "name" || bareNameKey19(string(nk)) { // "fn", "admin": names19_keys.go
			if placeParent(s, ks) || businessParent(s, ks) || thingLabelBefore(s, ks) {
				return k // `"city":{"name":…}`, `"sender":{"name":"Ninja Van"}`, "product name: …": a place's, a business's, a thing's (damage_places.go, damage_parties.go)
			}
			if string(nk) != "name" && !sc.personValue19(k) {
				return k // "fn":"handleRequest", "admin":"root": no person's name (names19_keys.go)
			}
			return sc.valueOr(k, KindName, modeName|modeBare)
		}
		if dm33TurnLabel(s, w0, k, nk) {
			return k // "[7pm] buyer: Obrigado" beside "[seller] oi!": a turn's role, no name's key (dm33_turns.go)
		}
		return sc.valueOr(k, KindName, modeName)
	case keyAddress:
		return sc.valueOr(k, KindAddress, modeAddress)
	}
	return j
}

// phoneKeyByContext reports a "to" or "from" key in a text about SMS or
// WhatsApp messages, or a "value" key whose sibling "type" names a phone
// ({"type":"whatsapp","value":"…"}).
func (sc *scanner) phoneKeyByContext(ks int, k string) bool {
	s := sc.s
	if k == "value" {
		w := strings.ToLower(s[max(0, ks-40):ks])
		if p := strings.LastIndex(w, "phonenumbers"); p >= 0 && !strings.ContainsAny(w[p:], "}]") {
			return true // SCIM's "phoneNumbers":[{"value":…}] (RFC 7643)
		}
		t := strings.LastIndex(w, "type")
		if t < 0 {
			return false
		}
		for _, p := range []string{"phone", "mobile", "whatsapp", "sms", "tel", "cell", "msisdn"} {
			if strings.Contains(w[t:], p) {
				return true
			}
		}
		return false
	}
	if sc.sms == 0 {
		sc.sms = 2
		for _, w := range smsRecordWords { // (phones20_keys.go)
			if strings.Contains(s, w) {
				sc.sms = 1
				break
			}
		}
	}
	return sc.sms == 1
}

// lowerHigh lower-cases a key with letters beyond ASCII in place when the
// lower case is no longer (Cyrillic, Greek, Latin with diacritics).
func lowerHigh(k []byte) []byte {
	l := bytes.ToLower(k)
	if len(l) > len(k) {
		return k
	}
	return append(k[:0], l...)
}

// pairOpens reports whether the quoted word at i opens a pair: its quote
// follows '[' or '('.
func pairOpens(s string, i int) bool {
	if i < 2 || s[i-1] != '"' && s[i-1] != '\'' {
		return false
	}
	p := i - 2
	if s[p] == ' ' && p > 0 {
		p--
	}
	return s[p] == '[' || s[p] == '('
}

func (sc *scanner) valueOr(k int, kind Kind, mode int) int {
	if e := sc.value(k, kind, mode); e > 0 {
		return e
	}
	return k
}

// auth redacts an Authorization header's credentials, keeping its scheme.
func (sc *scanner) auth(k int) int {
	s := sc.s
	st := authSeparators18(s, k) // "Authorization: - Basic …", "Authorization:：Bearer …" (chat18_auth.go)
	k = st
	if st < len(s) && (s[st] == '"' || s[st] == '\'') {
		st++
	} else if st+1 < len(s) && s[st] == '\\' && s[st+1] == '"' {
		st += 2
	}
	e := st
	for e < len(s) && e-st < 24 && (isAlnum(s[e]) || s[e] == '-') {
		e++
	}
	if e > st && e < len(s) && s[e] == ' ' && e+1 < len(s) && s[e+1] != ' ' {
		if end := sc.keyedSignature25(st, e); end > 0 {
			return end // "IYZWS <key id>:<digest>", "CEA algorithm=…, signature=…": the key masked, the request's digest kept (keep25_signed.go)
		}
		if end := authParams(s, e+1); end > e+1 && sc.emit(e+1, end, KindCredential, 0) {
			return end
		}
		if r := sc.value(e+1, KindCredential, modeToken); r > 0 {
			return r
		}
		return e + 1
	}
	return sc.valueOr(k, KindCredential, modeToken)
}

// authParams returns the end of an Authorization value written as
// parameters after its scheme, which start at p (Digest username="…",
// realm="…", nonce="…", response="…"; AWS4-HMAC-SHA256 Credential=…,
// SignedHeaders=…, Signature=…): the whole list is the credential. It reads
// name=value pairs joined by commas, a value quoted (escaped once or more,
// as in JSON held in a string) or a token, and ends after the last; 0 when
// what follows the scheme is not such a list.
func authParams(s string, p int) int {
	k, end := p, 0
	for {
		n0 := k
		for k < len(s) && (isAlnum(s[k]) || s[k] == '_' || s[k] == '-') {
			k++
		}
		if k == n0 || k+1 >= len(s) || s[k] != '=' || !authParam(s[n0:k]) {
			return end // (a map's next entry, "x-order=…", is no parameter of the scheme's)
		}
		k++
		q := k
		for q < len(s) && s[q] == '\\' {
			q++
		}
		if q < len(s) && s[q] == '"' {
			open := s[k : q+1] // the quote as written: ", \", \\\"…
			c := strings.Index(s[q+1:], open)
			if c < 0 {
				return end
			}
			k = q + 1 + c + len(open)
		} else {
			for k < len(s) && !strings.ContainsRune(", \t\r\n\"'\\]", rune(s[k])) {
				k++
			}
		}
		end = k
		if k+1 < len(s) && s[k] == '\\' && s[k+1] == ',' {
			k++ // iCalendar escapes the comma: "Digest username=\"…\"\, realm=…"
		}
		if k < len(s) && s[k] == ',' {
			k++
			for k < len(s) && s[k] == ' ' {
				k++
			}
			continue
		}
		return end
	}
}

// authParam reports a parameter name of the HTTP authentication schemes
// that write their credentials as a list: Digest (RFC 7616), AWS Signature
// Version 4, OAuth 1.0 (oauth_*).
func authParam(name string) bool {
	switch strings.ToLower(name) {
	case "username", "username*", "realm", "nonce", "uri", "response", "algorithm", "cnonce", "opaque", "qop", "nc",
		"userhash", "credential", "signedheaders", "signature":
		return true
	}
	return len(name) > 6 && strings.EqualFold(name[:6], "oauth_")
}

func maxLen(mode int) int {
	switch mode &^ (modeCJK | modeBare) {
	case modeName:
		return 96
	case modeAddress:
		return 240
	}
	return 4096
}

// value redacts the value starting at k (quoted or not) and returns where
// scanning resumes, or 0 when there is no value.
func (sc *scanner) value(k int, kind Kind, mode int) int {
	s := sc.s
	n := len(s)
	for sp := 0; k < n && s[k] == ' ' && sp < 3; sp++ {
		k++
	}
	if k >= n || isMarkerAt(s, k) {
		return 0
	}
	if kind == KindAddress && urlSchemeAt(s, k) {
		return 0 // "delivery … to https://erp.example/hooks": an endpoint (damage_ids11.go)
	}
	if kind == KindCredential {
		p := k
		if p < n && (s[p] == '"' || s[p] == '\'') {
			p++
		}
		if strings.HasPrefix(s[p:], "-----BEGIN ") || strings.HasPrefix(s[p:], "-----BEGIN+") {
			if e := sc.pem(p); e > 0 { // private_key: -----BEGIN … the whole block
				return e
			}
		}
	}
	if k+1 < n && (s[k] == 'u' || s[k] == 'b') && (s[k+1] == '\'' || s[k+1] == '"') {
		k++ // Python 2 reprs: u'…', b'…'
	}
	q := ""
	switch {
	case s[k] == '"':
		q = `"`
	case s[k] == '\'':
		q = "'"
	case s[k] == '[' && !isMarkerAt(s, k):
		// key:[value], as Go prints a map of slices (HTTP and gRPC headers).
		if e := strings.IndexByte(s[k+1:min(n, k+1+maxValue)], ']'); e > 0 && strings.IndexByte(s[k+1:k+1+e], '[') < 0 {
			// (a '[' inside is a marker's: its ']' does not close this value)
			vs, ve := k+1, k+1+e
			if !isMarkerAt(s, vs) && !isLiteral(s[vs:ve]) && !(mode&modeBare != 0 && isSlug(s[vs:ve])) &&
				!(kind == KindName && (s[vs] == '#' || isDigit(s[vs]))) && !notKindValue(kind, s[vs:ve]) && sc.emit(vs, ve, kind, 0) {
				return ve + 1
			}
		}
		return 0
	default:
		if e := escapedQuote(s, k); e > 0 {
			q = s[k : k+e] // \", \\\" …: a string inside a string inside a string
		}
	}
	lim := maxLen(mode)
	if q != "" {
		st := k + len(q)
		sp := st
		for sp < n && sp-st < 3 && s[sp] == ' ' {
			sp++
		}
		if st >= n || isMarkerAt(s, sp) {
			return 0 // (`" [REDACTED:phone]"`: what a first pass found, spaces inside the quote before it)
		}
		// The closing quote is searched without the value cap, so whether a
		// value is quoted cannot change once values inside it are redacted.
		e := sc.closing(st, q, maxValue)
		if e == st {
			return 0
		}
		if e > st {
			ve := e
			for ve > st && s[ve-1] == ' ' {
				ve--
			}
			vs := st
			for vs < ve && s[vs] == ' ' {
				vs++
			}
			if vs < ve && !isLiteral(s[vs:ve]) && !(mode&modeBare != 0 && isSlug(s[vs:ve])) &&
				!(kind == KindName && (s[vs] == '#' || isDigit(s[vs]) || companyName(s[vs:ve]))) && !notKindValue(kind, s[vs:ve]) &&
				!(kind == KindAddress && barePostcode21(s[vs:ve])) && sc.emit(vs, ve, kind, 0) { // a quoted postcode alone: LugarExpedicion="06600" (ids21_values.go)
				return e + len(q)
			}
			return 0
		}
		k = st
	}
	if kind == KindName && mode&^(modeCJK|modeBare) == modeName {
		k = nameEmojiSkip32(s, k) // "buyer_name=🐱 Given Family": the emoji skipped (nm32_dump.go)
	}
	if mode&^(modeCJK|modeBare) == modeName && (!startsWithLetter(s[k:]) || triggerFirst[s[k]] && sc.credWordAt(k) || amountAt(s, k) ||
		introAt(s, k) > 0 || greetingNext(s, k) || sentenceAt(s, k)) { // ("customer: I am …", "Customer: Ẹ kú àárọ̀ …": the name follows the phrase; names_sentence.go)
		return 0 // "name: #1001": a name starts with a letter; "Customer: Kata laluan: …" names a password
	}
	if base := mode &^ (modeCJK | modeBare); (base == modeName || base == modeAddress) && startsWithKey(s, k) {
		return 0 // "shipping_address: recipient_name:…": the next key, not a value
	}
	if kind == KindCredential && mode&^(modeCJK|modeBare) == modeToken {
		// "IllegalAccessToken: access_token TTP_…": a key word is no
		// secret; the scan goes on to the one it names.
		e := k
		for e < n && e-k < 40 && (isWord(s[e]) || s[e] == '-') {
			e++
		}
		var buf [40]byte
		if e < n && s[e] == ' ' && e-k >= 3 && e-k <= len(buf) {
			if c := keyClass(normKey(buf[:0], s[k:e])); c == keyCred || c == keyAuth {
				return 0
			}
		}
	}
	// The decision looks at the value's natural extent; only the span is
	// capped, so it does not depend on how long the text after it is.
	natural := lim
	if mode&modeBare != 0 {
		natural = 4 * lim // enough to see what a bare name is, bounded for speed
	}
	if mode&^(modeCJK|modeBare) == modeName {
		// A word longer than any name's is no name, whatever follows it (a
		// later pass may have replaced what follows with a marker).
		w := k
		for w < n && w-k <= maxNameWord && isAlpha(s[w]) {
			w++
		}
		if w-k > maxNameWord {
			return 0
		}
	}
	e := unquotedEnd(s, k, mode, natural)
	if mode&^(modeCJK|modeBare) == modeName && e >= k+natural-3 && e < n && (s[e] >= 0x80 || isAlnum(s[e])) {
		// A run of letters longer than any name, cut at the cap: the name
		// ends at the last space before it, where a second pass starts the
		// rest the same way; with no space, it is no name (cut inside a run,
		// a second pass would read its rest otherwise).
		sp := strings.LastIndexByte(s[k:e], ' ')
		if sp <= 0 {
			return 0
		}
		e = k + sp
	}
	if mode&^(modeCJK|modeBare) == modeName && e > k && e < n && s[e-1] != ' ' && isMarkerAt(s, e) {
		return 0 // "A![REDACTED:credential]": glued to what an earlier pass took from its token, no name
	}
	if mode&^(modeCJK|modeBare) == modeName && e > k && e < n && s[e-1] != ' ' && s[e-1] < 0x80 && isDigit(s[e]) && strings.IndexByte(s[k:e], ' ') < 0 {
		return 0 // "Name: ip-10-62-77-235.eu-…": a word that runs into digits is a host, no name
	}
	if mode&^(modeCJK|modeBare) == modeName {
		// A name ends before a word that no name has ("aa shpat_…",
		// "Ana svc/2"): whatever that word turns into on a later pass, the
		// name is the same.
		ws := k
		for p := k; p <= e; p++ {
			if p == e || s[p] == ' ' {
				if strings.ContainsAny(s[ws:p], "_/@#=:0123456789") && !(ws > k && particles[s[ws:p]]) {
					if ws == k {
						return 0
					}
					e = ws - 1
					break
				}
				ws = p + 1
			}
		}
	}
	if mode&^(modeCJK|modeBare) == modeName && e < n && e > k && isDigit(s[e]) && isAlnum(s[e-1]) {
		// Letters glued to digits are an id, not a name ("username=c0e2eb84-…",
		// "… account DE89…"): the name, if any, ends at the space before.
		sp := strings.LastIndexByte(s[k:e], ' ')
		if sp <= 0 {
			return 0
		}
		e = k + sp
	}
	for e > k && strings.IndexByte(" ,.;:-", s[e-1]) >= 0 {
		e--
	}
	if e <= k || isLiteral(s[k:e]) || mode&modeBare != 0 && isSlug(s[k:e]) {
		return 0
	}
	if e-k > lim {
		e = k + lim
		for e > k && s[e]&0xC0 == 0x80 {
			e-- // never cut a UTF-8 sequence
		}
		for e > k && strings.IndexByte(" ,.;:-", s[e-1]) >= 0 {
			e--
		}
	}
	if e <= k || notKindValue(kind, s[k:e]) || kind == KindName && notNameAhead(s, k) || !sc.emit(k, e, kind, 0) { // "ship to: NLRTM", "contact: Stunt Performer" (damage17_traps.go)
		return 0
	}
	return e
}

// maxValue bounds how far a value or its closing quote is looked for.
const maxValue = 4096

// isSlug reports a value that names a thing, not a person: "order-sync",
// "worker-3", "shop_42", "a/b". People's names have no digits, '_', '/',
// ':', '@', '#', and are not lower-case words joined by '-' or '.'.
func isSlug(v string) bool {
	if strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") {
		// What an earlier pass redacted inside was a value of its own (a
		// number, an address): the whole was no bare name then, nor is it now.
		return true
	}
	upper, space, joined, marks := false, false, false, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '\\' && i+5 < len(v) && v[i+1] == 'u' && isHex(v[i+2]) && isHex(v[i+3]) && isHex(v[i+4]) && isHex(v[i+5]):
			upper = true // a JSON-escaped letter ("Jos\u00e9"): not a digit
			i += 5
		case isDigit(c):
			return true
		case strings.IndexByte("_/:@#=", c) >= 0:
			marks = true
		case isUpper(c) || c >= 0x80:
			upper = true
		case c == ' ':
			space = true
		case c == '-' || c == '.':
			joined = true
		}
	}
	if marks {
		// "a/b", "shop_42" are ids; "Hakim a/p Ahmad" is a person.
		return !(space && upper)
	}
	return joined && !upper && !space
}

func isLiteral(v string) bool { return v == "null" || v == "true" || v == "false" }

// closing finds the closing quote q from st within lim bytes, or -1. It
// remembers how far a failed search saw no quote byte at all, so repeated
// unterminated values cannot make the scan quadratic.
func (sc *scanner) closing(st int, q string, lim int) int {
	s := sc.s
	qb := q[len(q)-1] // '"' or '\''
	esc := len(q) - 1 // backslashes before the quote
	slot := esc       // one memory per kind of quote
	if qb == '\'' {
		slot = len(sc.noQuote) - 1
	}
	if st < sc.noQuote[slot] {
		st = sc.noQuote[slot] // no closing quote of this kind in [st, noQuote)
	}
	end := st + lim
	if end > len(s) {
		end = len(s)
	}
	for p := st; p < end; p++ {
		c := s[p]
		switch {
		case c == qb && qb == '\'' && p > st && p+1 < end && isAlpha(s[p-1]) && isAlpha(s[p+1]):
			// An apostrophe inside a word ('Tariq O'Brien'): not the end.
		case c == qb:
			b := 0
			for b < p-st && s[p-1-b] == '\\' {
				b++
			}
			if qb == '\'' && esc == 0 && b%2 == 1 {
				continue // Python's repr escapes a quote inside: 'Lorenzo D\'Angelo'
			}
			if qb == '\'' || b == esc {
				return p - esc
			}
			if b < esc {
				// A quote escaped less: the string holding this value ends.
				sc.noQuote[slot] = p
				return -1
			}
		case c == '\n':
			sc.noQuote[slot] = p
			return -1
		}
	}
	sc.noQuote[slot] = end
	return -1
}

// escapedQuote returns the length of the backslashes-and-quote at s[k:]
// (\", \\\", up to seven backslashes), or 0.
func escapedQuote(s string, k int) int {
	b := 0
	for k+b < len(s) && s[k+b] == '\\' && b < 7 {
		b++
	}
	if b > 0 && k+b < len(s) && s[k+b] == '"' {
		return b + 1
	}
	return 0
}

// unquotedEnd finds where an unquoted value ends.
func unquotedEnd(s string, k, mode, lim int) int {
	end := k + lim
	if end > len(s) {
		end = len(s)
	}
	cjk := mode&modeCJK != 0
	base := mode &^ (modeCJK | modeBare)
	e := k
loop:
	for e < end {
		c := s[e]
		switch base {
		case modeToken:
			if c == '&' && !nextIsParam(s, e+1) {
				break // "client_secret=PvglFRA5t0z&V4zbc card=…": the '&' is the secret's
			}
			if c == '\\' && e+1 < end && s[e+1] == '/' && e > k {
				e += 2 // JSON that escapes slashes: "AccountKey=AD\/jZ0…"
				continue
			}
			if c <= ' ' || strings.IndexByte("&,;\"'<>{}[]()\\", c) >= 0 || c == '|' && e-k > 5 && lwaEnd(s, k) <= e {
				break loop // (a '|' deep in a token is a row's separator; Amazon's "Atzr|…" has it at 4, and may have more: "Atzr|Ywa3uu|…")
			}
		case modeName, modeAddress:
			if c < ' ' || strings.IndexByte("&;|\"<>{}[]\\=", c) >= 0 {
				break loop
			}
			if c == '\'' && (e+1 >= len(s) || !startsWithLetter(s[e+1:])) && !(e > k && isAlpha(s[e-1]) && (e-1 == k || s[e-2] == ' ')) &&
				!(base == modeAddress && hebrewGeresh26(s, k, e)) { // "רח' הרצל 173": a geresh (addr26_labels.go)
				break loop // "-H 'X-Addressee: Ana Lima' -H …": the quote closes (O'Brien and "rue de l' Église" go on)
			}
			if base == modeName && c == ',' && !cjk && invertedName(s, k, e) && !nextIsKey(s, e) {
				e = givenAfter(s, e) // "Thompson, Isla": a family name first
				continue
			}
			if base == modeName && (isDigit(c) || strings.IndexByte(",()@:", c) >= 0) {
				break loop
			}
			if base == modeName && c == 0xD8 && e+1 < len(s) && (s[e+1] == 0x8C || s[e+1] == 0x9B) {
				break loop // the Arabic comma and semicolon end a name
			}
			if base == modeAddress && c == '(' {
				break loop // "… QLD 4000 (total 9112.23)": a remark, not the address
			}
			if base == modeAddress && !cjk && c == ',' && e+2 < len(s) && s[e+1] == ' ' && s[e+2] >= 'a' && s[e+2] <= 'z' &&
				!unitWordAt(s, e+2) && !particleAt(s, e+2) && !streetTypeAt(s, e+2) {
				break loop // "Kerkweg 12, klant gebeld": a clause in lower case
			}
			if base == modeAddress && !cjk && c == ' ' && e > k+1 && s[e-1] == '.' && e+1 < len(s) && s[e+1] >= 'a' && s[e+1] <= 'z' &&
				!unitWordAt(s, e+1) && !particleAt(s, e+1) && !streetTypeAt(s, e+1) {
				break loop // "… Zürichstrasse 39. call 075 …", "… Jal.. on node …": a sentence in lower case
			}
			if base == modeAddress && !cjk && c == ' ' && e > k && e+3 < len(s) && s[e+1] == '-' && s[e+2] == ' ' &&
				s[e+3] >= 'a' && s[e+3] <= 'z' && !unitWordAt(s, e+3) && !particleAt(s, e+3) && !streetTypeAt(s, e+3) {
				break loop // "… 8041 - invoice F2023-97329", "… Turku - on node …": the next clause
			}
			if base == modeAddress && !cjk && c == ' ' && e > k && e+3 < len(s) && s[e+1] == '-' && s[e+2] == ' ' && s[k] < 0x80 && s[e+3] >= 0x80 {
				if r, _ := utf8.DecodeRuneInString(s[e+3:]); !unicode.Is(unicode.Latin, r) {
					break loop // "… 3011 Bern - 收件人身份证 …": a Latin address, then another script
				}
			}
			if base == modeAddress && !cjk && c == ' ' && e > k && lowerClauseAt(s, e+1) && strings.ContainsAny(s[k:e], "0123456789") {
				break loop // "… 843 76 Plzeň se nepodařilo ověřit": a sentence goes on after the address
			}
			if base == modeAddress && c == ' ' && e > k && dateAhead(s, e+1) {
				break loop // "… Springfield 4000 on 14.11.2026": when, not where (damage_dates.go)
			}
			if base == modeAddress && c >= 0x80 && e > k && amountAt(s, e) {
				break loop // "…Kowloon（合計HK$ 7,686.74）", "…, ¥14,114.60": an amount
			}
			if base == modeAddress && c == ' ' && e > k && addressFieldEnds(s, k, e) {
				break loop // "ship_to=Av.+Insurgentes+4550%2C+CDMX 502", "… 27601 商品:…": the value ends (address16_ends.go)
			}
			if c == ' ' {
				if cjk && !cjkGoesOn(s, k, e, base) || nextIsKey(s, e) && !(base == modeAddress && unitLabelNext(s, e+1)) || lookAlikeNext(s, e+1) ||
					base == modeAddress && (sentenceEnd(s, k, e) || moneyNext(s, e+1)) ||
					base == modeName && !cjk && nameEndsBefore(s, k, e+1) {
					break loop
				}
			}
			if cjk && (c == ':' || c == ',' && base == modeName) {
				break loop
			}
			if c >= 0x80 && fullwidthStop(s[e:]) {
				break loop
			}
		}
		e++
	}
	if e < len(s) && s[e] == '=' && (base == modeName || base == modeAddress) {
		e = swallowedKey30(s, k, e) // "…, Lisboa,otp=…": the next pair's key is no part of the value (cr30_creds.go)
	}
	for e < len(s) && e > k && s[e]&0xC0 == 0x80 {
		e-- // never cut a UTF-8 sequence
	}
	return e
}

// sentenceEnd reports a full stop before the space at e: a '.' after a
// word of four letters or more ("St." and "Apt." do not end an address).
func nextIsParam(s string, p int) bool {
	st := p
	for p < len(s) && p-st < 64 && (isWord(s[p]) || s[p] == '.' || s[p] == '-' || s[p] == '[' || s[p] == ']' || s[p] == '%') {
		p++
	}
	return p > st && p < len(s) && s[p] == '=' || p == len(s) && p > st
}

func sentenceEnd(s string, k, e int) bool {
	if e == 0 || s[e-1] != '.' || e+1 < len(s) && isDigit(s[e+1]) {
		return false // (an abbreviation before its number goes on: "Depto. 374")
	}
	p := e - 1
	for p > k && isAlpha(s[p-1]) {
		p--
	}
	n := e - 1 - p
	if n < 4 || n > 4 && strings.EqualFold(s[e-4:e-1], "str") {
		return false // "Bahnhofstr. 50": Straße
	}
	// "Brgy. Poblacion", "Avda. Gran Vía": a short capitalised word with a
	// full stop before another capitalised word abbreviates a street type.
	if n <= 5 && isUpper(s[p]) && e+1 < len(s) && (isUpper(s[e+1]) || s[e+1] >= 0x80) {
		return false
	}
	return true
}

// invertedName reports a name written family name first at k, with its
// comma at e: one capitalised word before it, and a capitalised word after
// ", " ("Thompson, Isla", "Andersson, Ebba").
func invertedName(s string, k, e int) bool {
	g := givenAfter(s, e)
	if g < 0 || g >= len(s) || !(isUpper(s[g]) || s[g] >= 0x80) || e == k {
		return false
	}
	if !(isUpper(s[k]) || s[k] >= 0x80) || strings.IndexByte(s[k:e], ' ') >= 0 && !capsFamily(s[k:e]) {
		return false // (a family name of words in capitals: "DE BACKER, Griet", names_comma.go)
	}
	return nameWordEnd(s, g) > g
}

// givenAfter returns where the word after the comma at e starts: after a
// space, or an encoded one ("Popa,%20Ana", "Popa,+Ana"); or -1.
func givenAfter(s string, e int) int {
	switch {
	case e+1 < len(s) && s[e+1] == ' ', e+1 < len(s) && s[e+1] == '+':
		return e + 2
	case e+3 < len(s) && s[e+1] == '%' && s[e+2] == '2' && s[e+3] == '0':
		return e + 4
	}
	return -1
}

// startsWithLetter reports whether s starts with a letter of any script.
func startsWithLetter(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < 0x80 {
		return isAlpha(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// particleAt reports a name particle at p ("de", "van", "a/l").
func particleAt(s string, p int) bool {
	q := p
	for q < len(s) && (isAlpha(s[q]) || s[q] == '/') {
		q++
	}
	return q < len(s) && s[q] == ' ' && particles[s[p:q]]
}

// nameEndsBefore reports whether a name that started capitalised at k ends
// before the word at p: a lower-case word that is no particle ("Alec G.
// Nelson bank account", "Nguyễn Văn Dũng login with …").
func nameEndsBefore(s string, k, p int) bool {
	if k >= len(s) || !(isUpper(s[k]) || s[k] >= 0x80) || p >= len(s) || !(s[p] >= 'a' && s[p] <= 'z') {
		return false
	}
	q := p
	for q < len(s) && (isAlpha(s[q]) || s[q] == '/') {
		q++
	}
	return !particles[s[p:q]] && !nk29TitleThenLower(s, k, p) // "Smt. kavya deshpande" (nk29_titles.go)
}

// lookAlikeNext reports whether the token at p is an id, not part of a
// name or an address: a run of eight digits or more (tracking numbers,
// epoch times, EAN-13), hex of sixteen or more with a digit (trace and span
// ids), a version (v1.2.3), an IPv4 address, an order number (#1001),
// "HTTP 503", a UPS (1Z…) or postal (LK123456789CN) tracking number.
func lookAlikeNext(s string, p int) bool {
	if p >= len(s) {
		return false
	}
	e := p
	for e < len(s) && e-p < 64 && s[e] > ' ' && s[e] != ',' && s[e] != ';' && s[e] != '"' && s[e] != '\\' && s[e] != ')' {
		e++
	}
	t := s[p:e]
	for len(t) > 0 && (t[len(t)-1] == '.' || t[len(t)-1] == ':') {
		t = t[:len(t)-1]
	}
	if len(t) == 0 {
		return false
	}
	digits, hexOnly, dots := 0, true, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isDigit(c):
			digits++
		case c == '.':
			dots++
			hexOnly = false
		case !isHex(c):
			hexOnly = false
		}
	}
	dashes := strings.Count(t, "-")
	switch {
	case digits == len(t) && digits >= 8, digits+dashes == len(t) && digits >= 10 && dashes > 0:
		return true // 112-3456789-1234567
	case hexOnly && len(t) >= 16 && digits > 0:
		return true
	case len(t) == 36 && t[8] == '-' && t[13] == '-' && t[18] == '-' && t[23] == '-' && digits > 0 &&
		strings.Trim(t, "0123456789abcdefABCDEF-") == "":
		return true // UUID
	case t[0] == '#' && len(t) > 1 && digits == len(t)-1:
		return true
	case (t[0] == 'v' || t[0] == 'V') && len(t) > 3 && isDigit(t[1]) && dots >= 1 && digits+dots == len(t)-1:
		return true
	case dots == 3 && digits+dots == len(t):
		return true // IPv4
	case len(t) == 18 && (t[0] == '1' && (t[1] == 'Z' || t[1] == 'z')):
		return true // UPS
	case len(t) == 13 && isUpper(t[0]) && isUpper(t[1]) && digits == 9 && isUpper(t[11]) && isUpper(t[12]):
		return true // UPU S10
	case carrierTracking(t, digits):
		return true // SPXVN084709596523, JNTMY358409750850
	case strings.EqualFold(t, "http") && e+1 < len(s) && isDigit(s[e+1]):
		return true
	}
	return false
}

// carrierTracking reports a carrier's tracking number: two to eight capital
// letters, then nine digits or more, and at most two letters after them.
func carrierTracking(t string, digits int) bool {
	p := 0
	for p < len(t) && isUpper(t[p]) {
		p++
	}
	if p < 2 || p > 8 || digits < 9 {
		return false
	}
	q := p
	for q < len(t) && isDigit(t[q]) {
		q++
	}
	if q-p != digits {
		return false
	}
	for r := q; r < len(t); r++ {
		if !isUpper(t[r]) || r-q >= 2 {
			return false
		}
	}
	return true
}

var fullwidth = []string{"，", "。", "；", "：", "、", "（", "）", "！", "？", "【", "】"}

func fullwidthStop(s string) bool {
	if s[0] != 0xEF && s[0] != 0xE3 {
		return false
	}
	for _, f := range fullwidth {
		if strings.HasPrefix(s, f) {
			return true
		}
	}
	return false
}

var stopWords = []string{"via ", "tracking", "order", "status", "carrier", "sku", "eta ", "phone", "tel ", "email", "returned ", "failed ", "rejected ",
	"resi ", "no. resi", "mã vận đơn", "mã đơn", "sendungsnummer", "trackingnummer", "suivi", "seguimiento", "rastreio", "awb", "waybill",
	"http/1", "http/2"}

// nextIsKey reports whether the text after the space at e starts a new
// key ("email=", "phone:") or a word that ends an address phrase.
func nextIsKey(s string, e int) bool {
	p := e + 1
	for p < len(s) && s[p] == ' ' {
		p++
	}
	st := p
	for p < len(s) && p-st < 32 && (isWord(s[p]) || s[p] == '.' || s[p] == '-') {
		p++
	}
	if q := p; q < len(s) && s[q] >= 0x80 {
		// A key in another script or with diacritics: "имя=יוסף фамилия=…".
		for q < len(s) && q-st < 48 && (isWord(s[q]) || s[q] == '-' || s[q] >= 0x80) {
			q++
		}
		if q+1 < len(s) && s[q] == ' ' && s[q+1] == '=' {
			q++ // "Имя = Lakshmi, Фамилия = Menon"
		}
		if q < len(s) && s[q] == '=' {
			return true // (not ':': "… 28057 Málaga: el repartidor …" ends a sentence)
		}
		if q < len(s) && s[q] == ':' && credKeyWord(s[st:q]) {
			return true // a secret's key: "{FullName:Ana Sepúlveda Contraseña:…}" (creds_keys9.go)
		}
	}
	if p == st {
		return false
	}
	w := s[st:]
	for _, sw := range stopWords {
		if len(w) >= len(sw) && strings.EqualFold(w[:len(sw)], sw) {
			return true
		}
	}
	if w := s[st:p]; len(w) >= 3 && len(w) <= 24 {
		// A word that names a secret, a card or a phone starts the next
		// clause: "bill to 1 Main St api key …", "… Valencia password …".
		var buf [24]byte
		switch keyClass(normKey(buf[:0], w)) {
		case keyCred, keyAuth:
			return true
		case keyCard, keyCardCtx, keyPhone:
			// … when a number or a separator follows it: "Namba, Naka-ku"
			// is a district that reads as Swahili's "number".
			q := p
			for q < len(s) && (s[q] == ' ' || s[q] == ':' || s[q] == '=' || s[q] == '#') {
				q++
			}
			if q < len(s) && (isDigit(s[q]) || s[q] == '+' || s[q] == '(' || q > p && s[q-1] != ' ') || q == len(s) {
				return true
			}
		}
		if strings.EqualFold(w, "api") {
			return true
		}
	}
	if p < len(s) && (s[p] == '"' || s[p] == '\'') {
		p++
	}
	if p+1 < len(s) && s[p] == ' ' && s[p+1] == '=' {
		p++ // "FirstName = Ana, LastName = Lima"
	}
	return p < len(s) && (s[p] == '=' || s[p] == ':' || strings.HasPrefix(s[p:], "："))
}

// lowerClauseAt reports two words in lower case at p, neither a unit, a
// particle nor a street type: the sentence that follows an address.
func lowerClauseAt(s string, p int) bool {
	for w := 0; w < 2; w++ {
		if p >= len(s) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(s[p:])
		if !unicode.IsLower(r) || unitWordAt(s, p) || particleAt(s, p) || streetTypeAt(s, p) {
			return false
		}
		q := p
		for q < len(s) && s[q] != ' ' && s[q] != ',' {
			q++
		}
		if q >= len(s) || s[q] != ' ' {
			return w == 1 && q > p
		}
		p = q + 1
	}
	return true
}

// unitLabelNext reports an address's own label at p: a unit word or a
// single capital before a colon ("No: 186 D: 6", "Kat: 3"), which does not
// start the next key.
func unitLabelNext(s string, p int) bool {
	q := p
	for q < len(s) && q-p < 8 && isAlpha(s[q]) {
		q++
	}
	if q == p || q >= len(s) || s[q] != ':' && s[q] != '.' {
		return false
	}
	if q-p == 1 && isUpper(s[p]) {
		return true
	}
	var buf [8]byte
	return unitWords[string(lower(buf[:0], s[p:q]))] || strings.EqualFold(s[p:q], "nr")
}

// moneyWords start the text after an address: an amount, not a place
// (compared case-insensitively).
var moneyWords = []string{"total", "subtotal", "amount", "price", "paid", "sum", "cost", "fee", "charged"}

// currencyCodes start an amount when written as currencies are (exact case:
// "RM 45.90" is ringgit, "Rm 12" a room).
var currencyCodes = []string{"USD", "EUR", "GBP", "JPY", "CNY", "RMB", "SGD", "MYR", "THB", "IDR", "PHP", "VND",
	"BRL", "MXN", "AUD", "CAD", "KRW", "INR", "HKD", "TWD", "NZD", "CHF", "RM", "Rp", "R$", "S$", "US$", "A$", "HK$", "NT$"}

// moneySymbols are currency signs that start an amount.
var moneySymbols = []string{"$", "€", "£", "¥", "₫", "฿", "₱", "₩", "₹", "￥"}

// moneyNext reports whether an amount starts at p: a currency word or sign,
// or a number with two decimals ("9112.23", "1,299.00").
func moneyNext(s string, p int) bool {
	if p >= len(s) {
		return false
	}
	for _, m := range moneySymbols {
		if strings.HasPrefix(s[p:], m) {
			return true
		}
	}
	st := p
	for p < len(s) && (isAlpha(s[p]) || s[p] == '$') && p-st < 8 {
		p++
	}
	if p > st && (p == len(s) || !isAlnum(s[p])) {
		w := s[st:p]
		for _, m := range moneyWords {
			if len(w) == len(m) && strings.EqualFold(w, m) {
				return true
			}
		}
		for _, m := range currencyCodes {
			if w == m {
				return true
			}
		}
		if q := p; len(w) <= 3 {
			// A currency's short sign and an amount with two decimals: "kr.
			// 6.044,06", "Rs. 1,234.00", "zł 12,50".
			if q < len(s) && s[q] == '.' {
				q++
			}
			if q+1 < len(s) && s[q] == ' ' && isDigit(s[q+1]) {
				return moneyNext(s, q+1)
			}
		}
		return false
	}
	// An amount: digits (thousands grouped by ',' or '.') and two decimals.
	q := p
	for q < len(s) && (isDigit(s[q]) || s[q] == ',' || s[q] == '.') && q-p < 24 {
		q++
	}
	for q > p && !isDigit(s[q-1]) {
		q--
	}
	return q-p >= 4 && isDigit(s[p]) && (s[q-3] == '.' || s[q-3] == ',') && isDigit(s[q-2]) &&
		(q == len(s) || !isWord(s[q])) && strings.IndexByte(s[p:q-3], s[q-3]) < 0
}

// cjkGoesOn reports whether the value after a Chinese trigger goes on past
// the space at e: an address always does (Latin, Thai and Korean addresses
// have spaces); a name does when a capitalised or non-Latin word follows
// ("收货人：Mei Ling Tan", "收件人 山田 太郎") that is not another trigger.
func cjkGoesOn(s string, k, e int, base int) bool {
	p := e + 1
	if p >= len(s) {
		return false
	}
	for _, t := range cjkTriggers {
		if strings.HasPrefix(s[p:], t.w) {
			return false
		}
	}
	if base == modeAddress {
		return s[p] < 0x80 || !cjkLabelAt(s, p) // "… NC 27601 商品:Galaxy S24": the next field (address16_ends.go)
	}
	c := s[p]
	if c >= 0x80 && latinOnly(s[k:e]) {
		if r, _ := utf8.DecodeRuneInString(s[p:]); !unicode.Is(unicode.Latin, r) {
			return false // a Latin name ends before text in another script: "收货人Wang Fang 已签收"
		}
	}
	if q := p; c >= 'a' && c <= 'z' {
		for q < len(s) && (isAlpha(s[q]) || s[q] == '/') {
			q++
		}
		return particles[s[p:q]] && q < len(s) && s[q] == ' '
	}
	if isUpper(c) {
		q := p
		for q < len(s) && isAlpha(s[q]) {
			q++
		}
		return q == len(s) || !isDigit(s[q]) && s[q] != '=' && s[q] != ':'
	}
	return c >= 0x80 && !fullwidthStop(s[p:])
}

// gluedCJKKey reports one to three Han characters at k, glued to a
// trigger word before them, that a colon or '=' closes: the trigger is then
// the start of a longer key ("联系人数：", "收件人数："), not a key of its own.
func gluedCJKKey(s string, k int) bool {
	for n := 0; n < 3 && k < len(s); n++ {
		r, w := utf8.DecodeRuneInString(s[k:])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		k += w
		if strings.HasPrefix(s[k:], "：") || k < len(s) && (s[k] == ':' || s[k] == '=') {
			return true
		}
	}
	return false
}

type cjkTrigger struct {
	w   string
	cls int
}

var cjkTriggers = []cjkTrigger{
	{"收货人", keyName}, {"收件人", keyName}, {"联系人", keyName}, {"申请人", keyName}, {"申請人", keyName},
	{"姓名", keyName}, {"收货地址", keyAddress}, {"收件地址", keyAddress},
	{"详细地址", keyAddress}, {"地址", keyAddress},
	{"联系电话", keyPhone}, {"手机号码", keyPhone}, {"手机号", keyPhone},
	{"手机", keyPhone}, {"电话", keyPhone},
	{"订单号", keyID}, {"运单号", keyID}, {"物流单号", keyID}, {"订单", keyID},
	{"密码", keyCred}, {"卡号", keyCardCtx}, {"银行卡", keyCardCtx},
}

// high handles a non-ASCII byte: Chinese trigger words, else skips the rune.
func (sc *scanner) high(i int) int {
	s := sc.s
	c := s[i]
	if c == 0xEF && strings.HasPrefix(s[i:], "：") {
		return sc.colon(i, i+len("："))
	}
	if e := sc.cjkAddress(i); e > 0 {
		return e
	}
	if mayStartCyrStreet(s, i) {
		if e := sc.cyrStreet(i); e > 0 {
			return e // "ул. Тверская, д. 9, кв. 112, …" (address16_cyrillic.go)
		}
	}
	if c == 0xE3 && strings.HasPrefix(s[i:], "〒") && postalMarkNumber(s, i+len("〒")) && !postcodeAlone(s, i+len("〒")) {
		// Japan's postal mark and a postcode begin an address wherever it
		// stands: "〒415-6223 愛知県名古屋市…".
		if e := sc.value(i, KindAddress, modeAddress|modeCJK); e > 0 {
			return e
		}
	}
	for _, h := range honorificSuffixes {
		if strings.HasPrefix(s[i:], h) && i > 0 && i != sc.lastEnd {
			sc.nameBefore(i) // "Hajun Han님의", "山田 太郎 様"
			break
		}
	}
	if e := sc.latinTrigger(i); e > 0 {
		return e
	}
	if i > 0 && s[i-1] == '"' {
		if e := sc.quotedNamePair(i); e > 0 {
			return e // "Özlem Doğan", "雅婷", "林" as positional arguments
		}
	}
	if i > 0 {
		if e := sc.cellNamePair(i); e > 0 {
			return e // "Łukasz;Żak" as two cells of a row
		}
	}
	if (i == 0 || s[i-1] < 0x80 && !isWord(s[i-1])) && nameInitial(s[i:]) {
		if e := sc.lexName(i); e > 0 {
			return e // "Łukasz Nowak", "Иван Петров" known by their words (names_lexicon.go)
		}
	}
	if !sc.sawDest && destIndex.first[s[i]] && sc.phraseAt(destIndex, i) != "" {
		sc.sawDest = true // destinationSpans reads the address after it (address_dest.go)
	}
	if w := sc.otpPhraseWord(i); w != "" {
		if e := sc.otpAfter(i, w); e > 0 {
			return e
		}
		if e := sc.otpPhraseLinked(i, w); e > 0 {
			return e // "รหัส OTP ของคุณคือ 6283" (otp_use.go)
		}
	}
	if e := sc.addressPhrase(i); e > 0 {
		return e
	}
	if e := sc.credWord(i); e > 0 {
		return e
	}
	if e := sc.highKey(i); e > 0 {
		return e
	}
	if c >= 0xE5 && c <= 0xE8 {
		for _, t := range cjkTriggers {
			if !strings.HasPrefix(s[i:], t.w) {
				continue
			}
			k := i + len(t.w)
			switch {
			case k < len(s) && (s[k] == '"' || s[k] == '\''):
				k++
			case k+1 < len(s) && s[k] == '\\' && s[k+1] == '"':
				k += 2
			}
			for k < len(s) {
				switch {
				case s[k] == ' ' || s[k] == ':' || s[k] == '=' || s[k] == '>' && s[k-1] == '=':
					k++
					continue
				case strings.HasPrefix(s[k:], "："):
					k += len("：")
					continue
				}
				break
			}
			if k == i+len(t.w) && (gluedCJKKey(s, k) || dm33CJKStatusAt(s, k)) {
				break // "联系人数：3", "申请人数：": a longer key that holds the trigger, not its value; "地址校验失败": an error's subject (dm33_labels.go)
			}
			switch t.cls {
			case keyPhone:
				sc.ctx = ctxPhone
				return k
			case keyID:
				sc.ctx = ctxID
				return k
			case keyCred:
				return sc.valueOr(k, KindCredential, modeToken)
			case keyCardCtx:
				sc.ctx = ctxCard
				return k
			case keyName:
				return sc.valueOr(k, KindName, modeName|modeCJK)
			default:
				return sc.valueOr(k, KindAddress, modeAddress|modeCJK)
			}
		}
	}
	i++
	for i < len(s) && s[i]&0xC0 == 0x80 {
		i++
	}
	return i
}

// sourceFile reports a word that names a source file ("address.js",
// "Customer.java"): what follows its colon is a line number.
func sourceFile(k string) bool {
	dot := strings.LastIndexByte(k, '.')
	if dot <= 0 {
		return false
	}
	switch k[dot+1:] {
	case "js", "ts", "mjs", "jsx", "tsx", "go", "py", "java", "kt", "rb", "php", "cs", "c", "h", "cc", "cpp", "rs", "swift", "scala", "ex", "exs", "erl":
		return true
	}
	return false
}

// Administrative divisions and street markers of Chinese, Japanese and
// Korean addresses: "北京市朝阳区建国路88号", "東京都渋谷区道玄坂1-2-3",
// "서울특별시 강남구 테헤란로 152".
var (
	cjkAdmin  = []string{"省", "市", "区", "區", "县", "縣", "都", "府", "県", "道", "특별시", "광역시", "시", "구", "군"}
	cjkStreet = []string{"路", "街", "号", "號", "丁目", "番地", "番", "巷", "弄", "栋", "棟", "室", "로", "길", "번지", "동", "호"}
)

// cjkAddress redacts an address written by its shape, without a trigger:
// a run of CJK or Hangul text and digits (spaces allowed in Korean) that
// names an administrative division early and a street or number marker
// later. It returns the run's end, or 0.
func (sc *scanner) cjkAddress(i int) int {
	s := sc.s
	if i > 0 && s[i-1] >= 0x80 && i-1 != sc.lastEnd {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) {
			return 0 // only from the start of a run
		}
	}
	e := i
	hangul, roadNo := false, false
	for e < len(s) && e-i < 240 {
		r, n := utf8.DecodeRuneInString(s[e:])
		switch {
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hiragana, r) || r == 'ー':
		case unicode.Is(unicode.Hangul, r):
			hangul = true
		case r < 0x80 && (isDigit(byte(r)) || r == '-'):
		case r == ' ' && hangul && e+1 < len(s) && s[e+1] >= 0x80:
		case r == ' ' && hangul && e+1 < len(s) && isDigit(s[e+1]) && (roadNo || strings.HasSuffix(s[i:e], "로") || strings.HasSuffix(s[i:e], "길")):
			roadNo = true // Korean writes a space before the building number: "도산대로 341"
		case r == ',' && roadNo && e+2 < len(s) && s[e+1] == ' ' && s[e+2] >= 0xEA && s[e+2] <= 0xED && koreanUnitAfter(s, e+2):
			// "…대로 90, 현대오피스텔 320호": the building after a comma
		default:
			goto done
		}
		e += n
	}
done:
	if e-i < 12 || fullwidthStop(s[i:]) {
		return 0
	}
	run := s[i:e]
	admin := -1
	for _, a := range cjkAdmin {
		if p := strings.Index(run, a); p >= 0 && p < 36 && (admin < 0 || p < admin) {
			admin = p
		}
	}
	if admin < 3 {
		return 0 // a division needs a name before it
	}
	street := false
	for _, m := range cjkStreet {
		if p := strings.Index(run[admin:], m); p > 0 {
			street = true
			break
		}
	}
	if !street || !strings.ContainsAny(run, "0123456789") {
		return 0
	}
	for _, t := range cjkTriggers {
		if strings.HasPrefix(run, t.w) {
			return 0 // the trigger's own value follows
		}
	}
	if !sc.emit(i, e, KindAddress, 0) {
		return 0
	}
	return e
}

// koreanUnitAfter reports a building and its unit at p: a Hangul word, a
// space and a number of a block, a flat or a floor ("현대오피스텔 320호",
// "롯데캐슬아파트 103동", "12층") — not "송장번호 7400…", a tracking number.
func koreanUnitAfter(s string, p int) bool {
	q := p
	for q < len(s) && q-p < 60 && s[q] >= 0x80 {
		q++
	}
	if q < len(s) && s[q] == ' ' {
		q++
	}
	d := q
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	return q > d && (strings.HasPrefix(s[q:], "동") || strings.HasPrefix(s[q:], "호") || strings.HasPrefix(s[q:], "층"))
}

// startsWithKey reports a key ("recipient_name:", "city=") at k.
func startsWithKey(s string, k int) bool {
	p := k
	for p < len(s) && p-k < 40 && (isWord(s[p]) || s[p] == '.' || s[p] == '-') {
		p++
	}
	if p-k < 3 || p+1 >= len(s) || !isAlpha(s[k]) {
		return false
	}
	return (s[p] == ':' || s[p] == '=') && s[p+1] != '=' && s[p+1] != '/' && s[p+1] != ':'
}

// roleWordsNonASCII are role words that a name follows, in scripts the
// word scanner does not read: "จัดส่งถึง" (delivered to), "ผู้ซื้อ" (buyer),
// "顧客" (customer), "고객" (customer).
var roleWordsNonASCII = []string{"จัดส่งถึง", "ผู้ซื้อ", "ผู้รับ", "ลูกค้า", "คุณ", "顧客", "お客様", "受取人", "고객", "수령인",
	"người nhận", "khách hàng", "người mua", "giao cho", "gửi cho", "gửi đến", "giao đến", "empfänger", "käufer",
	"destinatário", "recebedor", "müşteri", "alıcı", "olá", "expédié", "expédiée", "livré", "livrée", "envoyé",
	"envoyée", "señor", "señora", "doña", "kính gửi", "xin chào", "chào", "sayın", "меня зовут", "Меня зовут",
	"Клиент", "клиент", "Покупатель", "покупатель", "Получатель", "получатель", "Заказчик", "заказчик",
	"Здравствуйте,", "我叫", "我是", "私は", "اسمي", "العميل", "שמי", "שלום", "לקוח", "नमस्ते", "ग्राहक",
	"Γεια σας,", "πελάτης", "Πελάτης", "kliënt", "Kliënt", "عزيزي", "عزيزتي", "السيد", "السيدة", "παραλήπτης",
	"Παραλήπτης", "المستلم", "客户", "客戶",
	// Greetings, honorifics and roles of the Nordic, Swiss, Hungarian,
	// Ukrainian, Urdu, Bengali, Korean and Spanish buyers and staff.
	"kære", "Kære", "kjære", "Kjære", "grüezi", "Grüezi", "recibió", "Recibió", "ügyfél", "Ügyfél", "vevő", "Vevő",
	"címzett", "Címzett", "számlatulajdonos", "Számlatulajdonos", "клієнт", "Клієнт", "одержувач", "Одержувач",
	"отримувач", "Отримувач", "власник картки", "Шановний", "Шановна", "Уважаемый", "Уважаемая", "گاہک",
	"وصول کنندہ", "مدام", "محترم", "محترمہ", "جناب", "জনাব", "মিসেস", "মিস্টার", "গ্রাহক", "প্রাপক", "예금주",
	"받는 분", "받는분", "주문자", "수취인", "เรียน", "Sehr geehrte", "sehr geehrte", "Señorita", "señorita",
	// "this is" and "my name is" in scripts the word scanner does not read
	"зовут", "это", "Это", "είμαι η", "είμαι ο", "Είμαι η", "Είμαι ο", "קוראים לי", "זה", "ผม", "ดิฉัน", "ฉันชื่อ",
	"저는", "제 이름은", "私の名前は", "わたしは", "我叫", "我姓", "我係", "Меня зовут", "меня зовут", "мене звати", "Мене звати",
	"mình tên là", "tên là", "tôi tên là", "ég heiti", "Ég heiti", "ჩემი სახელია", "իմ անունը", "मेरो नाम", "ስሜ", "أنا", "انا", "مرحبا،", "مرحباً،", "میرا نام", "मेरा नाम", "আমার নাম", "আমি",
	// Greetings and recipients in Chinese, Hebrew, Czech, Slovak, Romanian,
	// Baltic and Hindi letters and notes.
	"尊敬的", "亲爱的", "親愛的", "敬爱的", "הנמען", "נמען", "הלקוח", "příjemce", "Příjemce", "zákazník", "Zákazník",
	"príjemca", "Príjemca", "cumpărător", "Cumpărător", "cumpărătorul", "gavėjas", "Gavėjas", "saņēmējs", "Saņēmējs",
	"प्राप्तकर्ता", "Destinatarul", "пан", "пані", "Пан", "Пані", "господин", "госпожа", "Господин", "Госпожа", "adresát", "Adresát", "adresátovi", "Αγαπητή", "Αγαπητέ", "αγαπητή", "αγαπητέ", "контактна особа", "Контактна особа", "контактное лицо", "Контактное лицо",
	// (what a greeting names when it names no one: "亲爱的用户")
	"用户", "用戶", "会员", "會員", "买家", "買家", "顾客", "朋友", "各位"}

// honorificSuffixes follow a name in Korean and Japanese.
var honorificSuffixes = []string{"님", "様", "さま", "さん", "씨", "殿", "と申します", "といいます"}

// nameBefore redacts the name right before an honorific suffix at i: up to
// three words of letters (Latin capitalised, or any other script).
func (sc *scanner) nameBefore(i int) {
	s := sc.s
	end := i
	for end > 0 && s[end-1] == ' ' {
		end--
	}
	floor := max(sc.lastEnd, 0)
	if n := len(sc.spans); n > 0 && sc.spans[n-1].end > floor {
		floor = sc.spans[n-1].end
	}
	st := end
	for words := 0; words < 3 && st > floor; words++ {
		p := st
		for p > floor {
			r, n := utf8.DecodeLastRuneInString(s[:p])
			if !unicode.IsLetter(r) {
				break
			}
			p -= n
		}
		if p == st {
			break
		}
		if r, _ := utf8.DecodeRuneInString(s[p:]); r < 0x80 && !unicode.IsUpper(r) {
			break
		}
		st = p
		if st-1 > floor && s[st-1] == ' ' && s[st-2] != ' ' {
			st--
			continue
		}
		break
	}
	for st < end && s[st] == ' ' {
		st++
	}
	if st < end {
		sc.emit(st, end, KindName, 0)
	}
}

// triggerFirst holds the first bytes of the non-ASCII trigger lists (both
// cases of ASCII letters): most bytes start none, and are skipped at once.
var triggerFirst = func() (t [256]bool) {
	for _, list := range [][]string{phoneWordsNonASCII, roleWordsNonASCII, credWordsNonASCII} {
		for _, w := range list {
			t[w[0]] = true
			if w[0] >= 'a' && w[0] <= 'z' {
				t[w[0]-'a'+'A'] = true
			}
		}
	}
	return t
}()

// highKey reads a key written in another script at a word start i
// ("имя=…", "\"收件人\":\"…\"", "שם='…'", "氏名=…") as key reads an
// ASCII one; it returns where scanning resumes, or 0.
func (sc *scanner) highKey(i int) int {
	s := sc.s
	punct := false
	if i > 0 && i != sc.lastEnd && (isWord(s[i-1]) || s[i-1] >= 0x80) {
		if punct = s[i-1] >= 0x80 && punctBefore32(s, i); !punct {
			return 0 // inside a word: only a word's start may be a key
		}
	}
	e := i
	for e < len(s) && e-i < 64 {
		r, n := utf8.DecodeRuneInString(s[e:])
		if r == '-' && e > i && e+1 < len(s) && s[e+1] >= 0x80 {
			e++ // "پاس-ورڈ", "x-вулиця": words of a key joined by '-'
			continue
		}
		if (r == 0x200C || r == 0x200D) && e > i {
			e += n // a zero-width (non-)joiner inside a word of an Indic or Persian key: "పాస్‌వర్డ్"
			continue
		}
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsMark(r) && !(r < 0x80 && isDigit(byte(r))) {
			break
		}
		e += n
	}
	if e == i || e >= len(s) {
		return 0
	}
	if (punct || s[e] == 0xEF && strings.HasPrefix(s[e:], "：")) && !nameKeyWord32(s, i, e) {
		return sc.credHighKey32(i, e, punct) // "、contraseña：…", "كلمة_المرور：…" (cr32_pw.go); a name's key goes on (nm32_keys.go)
	}
	switch s[e] {
	case '"', '\'', '=', ':', '\\', '`':
	case 0xEF:
		if !fullwidthColonKey32(s, i, e) {
			return 0 // ("фио：…": the key of a name before a full-width colon, nm32_keys.go)
		}
	case ']':
		if i == 0 || s[i-1] != '[' {
			return 0 // a bracketed key only: checkout[كلمةالمرور]=…
		}
	case '>':
		return max(sc.xmlElement(i, e), 0) // <비밀번호>…</비밀번호>
	case ' ':
		if e2 := spacedHighKey(s, e); e2 > 0 {
			if r := sc.key(i, e2, ctxNone); r != e2 {
				return r // "κωδικός πρόσβασης": "…" (creds_keys9.go)
			}
			return 0
		}
		// A key before " = ", " => " or " : ": SQL's SET, toString()
		// ("Имя = Lakshmi"), Ruby and PHP hashes ("الاسم => …").
		k := e
		for k < len(s) && s[k] == ' ' && k-e < 3 {
			k++
		}
		if k >= len(s) || !(s[k] == '=' && (k+1 >= len(s) || s[k+1] != '=') || s[k] == ':' && k+1 < len(s) && s[k+1] == ' ') {
			return max(sc.spacedNameValue32(i, e), 0) // "όνομα محمد …": a name in another script (nm32_keys.go)
		}
	default:
		return 0
	}
	if r := sc.key(i, e, ctxNone); r != e {
		return r
	}
	return 0
}

// credWordsNonASCII are "password" in scripts the word scanner does not
// read; a secret follows ("密碼: z6j0…", "كلمة المرور: …").
var credWordsNonASCII = []string{"κωδικός πρόσβασης", "Κωδικός πρόσβασης", "密碼", "密码", "인증번호", "验证码", "驗證碼", "認証コード", "認証番号", "확인코드", "パスワード", "비밀번호", "пароль", "Пароль", "κωδικός", "Κωδικός", "סיסמה",
	"كلمة المرور", "รหัสผ่าน", "mật khẩu", "Mật khẩu", "şifre", "Şifre", "hasło", "Hasło", "lösenord", "Lösenord",
	"contraseña", "Contraseña", "kata sandi", "Kata sandi", "mot de passe", "Mot de passe", "palavra-passe",
	"Palavra-passe", "nenosiri", "Nenosiri", "kata laluan", "Kata laluan", "Kata Laluan", "패스워드", "암호", "الباسورد",
	"باسورد", "كلمة السر", "كلمه السر", "الرقم السري", "پاس ورڈ", "پاسورڈ", "رمز عبور", "पासवर्ड", "पास वर्ड", "পাসওয়ার্ড",
	"пароля", "Пароля", "парола", "Парола", "jelszó", "Jelszó", "salasana", "Salasana", "adgangskode", "Adgangskode",
	"passord", "Passord", "wachtwoord", "Wachtwoord", "heslo", "Heslo", "parolă", "Parolă", "senha", "Senha",
	"нууц үг", "Нууц үг", "ọ̀rọ̀ aṣínà", "Ọ̀rọ̀ aṣínà", "የይለፍ ቃል", "პაროლი", "գաղտնաբառ", "Գաղտնաբառ", "құпия сөз",
	"Құпия сөз", "ពាក្យសម្ងាត់", "මුරපදය", "கடவுச்சொல்", "စကားဝှက်", "ລະຫັດຜ່ານ", "şifrə", "Şifrə", "비번"}

// credWordsByFirst files credWordsNonASCII by their first bytes, in their
// order: a word that starts at i starts with s[i], so credWordAt and
// credWord try only those, and find the first the whole list would.
var credWordsByFirst = wordsByFirst(credWordsNonASCII)

// credWordAt reports whether a password word of credWordsNonASCII starts at i.
func (sc *scanner) credWordAt(i int) bool {
	for _, w := range credWordsByFirst[sc.s[i]] {
		if strings.HasPrefix(sc.s[i:], w) {
			return true
		}
	}
	return false
}

// credWord redacts the secret after a non-ASCII password word at i; it
// returns where scanning resumes, or 0.
func (sc *scanner) credWord(i int) int {
	s := sc.s
	if !triggerFirst[s[i]] {
		return 0
	}
	for _, w := range credWordsByFirst[s[i]] {
		if !strings.HasPrefix(s[i:], w) {
			continue
		}
		k := i + len(w)
		if k2, ok := pwParticle33(s, k); ok {
			return sc.pwProseValue33(k2) // "パスワードは…", "비번은 …" (cr33_prose.go)
		}
		if q := quotedKeyClose(s, i, k); q > k {
			// {"mật khẩu":"…"}, {\"kata sandi\":…} (creds_keys9.go)
			for q++; q < len(s) && s[q] == ' '; q++ {
			}
			return max(sc.value(q, KindCredential, modeToken), 0)
		}
		for k < len(s) && (s[k] == ' ' || s[k] == ':' || s[k] == '=' || s[k] == '>' && s[k-1] == '=') {
			k++ // (Ruby's "=>": {:密码=>"…"})
		}
		if strings.HasPrefix(s[k:], "：") {
			k += len("：")
		}
		if k == i+len(w) || k >= len(s) {
			return 0
		}
		if k2, ok := pwCopula33(s, k); ok {
			return max(sc.pwProseValue33(k2), k2) // "mi contraseña es …" (cr33_prose.go)
		}
		return sc.valueOr(skipIntros(s, k), KindCredential, modeToken)
	}
	return 0
}

// latinTrigger handles a phone or role word of the non-ASCII lists at i
// (its first letter in either case): "Người nhận: Trương Thu Châu",
// "gọi 0905 088 551". It returns where scanning resumes, or 0.
func (sc *scanner) latinTrigger(i int) int {
	s := sc.s
	if !triggerFirst[s[i]|0x20] && !triggerFirst[s[i]] {
		return 0
	}
	if s[i] < 0x80 && i > 0 && i != sc.lastEnd && (isWord(s[i-1]) || s[i-1] >= 0x80) {
		if s[i-1] >= 0x80 && punctBefore32(s, i) {
			return max(sc.credWord(i), 0) // "、contraseña：…": a password word after a mark of another script (cr32_pw.go)
		}
		return 0 // a Latin word starts at a word boundary; Thai has none
	}
	tw := triggerWords31() // the lists' words this byte may start, in order (sp31_triggers.go)
	for _, w := range tw[0][s[i]] {
		if prefixFold2(s[i:], w) {
			sc.ctx = ctxPhone
			return sc.phoneAhead(i + len(w))
		}
	}
	if s[i] < 0x80 {
		if e := sc.credWord(i); e > 0 { // "hasło=…", "lösenord=…"
			return e
		}
	}
	for _, w := range tw[1][s[i]] {
		// (a word of a script without spaces may touch the name: "我是Sun Chao")
		if prefixFold2(s[i:], w) && !(i+len(w) < len(s) && isAlpha(s[i+len(w)]) && !(w[0] >= 0xE0 && w[0] <= 0xED)) {
			k := i + len(w)
			if spacedScript(w) && k < len(s) && (s[k] == '_' || s[k] == '-' && k+1 < len(s) && (isAlpha(s[k+1]) || s[k+1] >= 0x80) || s[k] >= 0x80 && !roleWordAt(s, k)) {
				// (scripts that write spaces between words: Latin, Cyrillic,
				// Greek, Arabic, Hebrew, Hangul, Bengali, Devanagari)
				if r, _ := utf8.DecodeRuneInString(s[k:]); r == '_' || r == '-' || unicode.IsLetter(r) || unicode.IsMark(r) {
					return 0 // the word goes on: a key ("گاہککانام", "клієнт_імя", "주문자명"), not the role word
				}
			}
			if k < len(s) && strings.IndexByte("=\"'\\]", s[k]) >= 0 || k+1 < len(s) && s[k] == ':' && (s[k+1] == '"' || s[k+1] == '\'' || s[k+1] == '{' || s[k+1] > ' ') ||
				strings.HasPrefix(s[k:], " => ") || strings.HasPrefix(s[k:], " = ") {
				return 0 // a key: "получатель=…", Go's Empfänger:"…", PHP's [destinatário] => … are read by highKey
			}
			if k < len(s) && s[k] == ':' {
				k++
			}
			if e := sc.personName(k); e > 0 {
				return e
			}
			return k
		}
	}
	return 0
}

// roleWordAt reports a phrase of roleWordsNonASCII written in another
// script at k ("Меня зовут", "我是", "Клиент"): it introduces a name, it is
// none.
func roleWordAt(s string, k int) bool {
	for _, w := range triggerWords31()[1][s[k]] {
		if w[0] >= 0x80 && strings.HasPrefix(s[k:], w) && !wordGoesOn(s, k+len(w), w) {
			return true
		}
	}
	return false
}

// wordGoesOn reports a role word w of a script that writes spaces between
// words continued by more letters at e: "प्रिया" (a name) starts with
// "प्रिय" (dear), and is none.
func wordGoesOn(s string, e int, w string) bool {
	if e >= len(s) || s[e] < 0x80 || !spacedScript(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[e:])
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// prefixFold1 reports whether s starts with w, the first byte compared
// without case when it is an ASCII letter.
func prefixFold1(s, w string) bool {
	if len(s) < len(w) || len(w) == 0 {
		return false
	}
	a, b := s[0], w[0]
	if a >= 'A' && a <= 'Z' {
		a += 'a' - 'A'
	}
	return a == b && s[1:len(w)] == w[1:]
}

// phoneWordsNonASCII are phone words the word scanner does not read.
var phoneWordsNonASCII = []string{"gọi", "điện thoại", "致電", "致电", "電話", "โทร", "전화", "연락처", "sđt", "sĐT",
	"số điện thoại", "teléfono", "téléphone", "téléfono", "telefônico", "móvil", "handynummer", "rufnummer",
	// mobiles and verbs of calling in more languages: "звонил на номер …",
	// "перезвоните мне по номеру …", "התקשר ל-…", "Telemóvel do cliente
	// alterado para …"
	"telemóvel", "Telemóvel", "звонил", "звонила", "позвонил", "позвонила", "перезвоните", "позвоните", "дзвонив",
	"дзвонила", "зателефонуйте", "передзвоніть", "התקשר", "התקשרה", "טלפון", "נייד", "αριθμό κινητού", "κινητό",
	"τηλεφώνησε", "zadzwonił", "zadzwoniła", "oddzwonić", "volal", "volala", "aradı", "arayın", "gọi lại", "ha chiamato",
	"llamó", "ligou", "a appelé", "hat angerufen", "rief an", "ringde", "bellde", "soitti", "ringede", "ringte",
	"τηλέφωνο", "Τηλέφωνο", "телефон", "Телефон", "телефона", "мобильный", "мобільний", "هاتف", "الهاتف", "جوال",
	"الجوال", "موبايل", "फ़ोन", "फोन", "मोबाइल", "ফোন", "মোবাইল", "휴대폰", "핸드폰",
	// "call me (at …)" in more of the buyers' languages: Arabic, Greek, Spanish,
	// Romanian, Hungarian, Kazakh, Russian, Bulgarian
	"الاتصال", "اتصل", "اتصلوا", "اتصلي", "καλέστε", "τηλεφωνήστε", "llámenme", "llámame", "llámeme", "sunați-mă",
	"sunaţi-mă", "hívjon", "hívjanak", "хабарласыңыз", "қоңырау", "звоните", "обадете", "позвънете"}

// maxNameWord is the longest Latin word of a name, in letters.
const maxNameWord = 48

// postalMarkNumber reports a Japanese postcode at k, after the postal mark:
// three digits, an optional dash and four digits.
func postalMarkNumber(s string, k int) bool {
	for k < len(s) && s[k] == ' ' {
		k++
	}
	d := 0
	for ; k < len(s) && d < 7; k++ {
		switch {
		case isDigit(s[k]):
			d++
		case s[k] == '-' && d == 3:
		default:
			return false
		}
	}
	return d == 7 && (k == len(s) || !isDigit(s[k]))
}

// latinOnly reports text whose letters are all of the Latin script.
func latinOnly(s string) bool {
	for _, r := range s {
		if r >= 0x80 && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// spacedScript reports a word of a script written with spaces between
// words (not Thai, Chinese or Japanese, where a name may touch the word
// before it).
func spacedScript(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.In(r, unicode.Thai, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// searchKeys name what a search endpoint is asked for.
var searchKeys = map[string]bool{"q": true, "query": true, "input": true, "term": true, "search": true, "text": true,
	"searchtext": true, "keyword": true, "address": true, "location": true}

// addressSearchPath reports a URL path before the query at ks ("…?q=")
// that names an address lookup: autocomplete, geocoding, place or address
// validation endpoints.
func addressSearchPath(s string, ks int) bool {
	q := ks - 1
	p := q
	for p > 0 && q-p < 256 && s[p-1] > ' ' && s[p-1] != '"' && s[p-1] != '\'' {
		p--
	}
	path := strings.ToLower(s[p:q])
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	for _, w := range []string{"address", "geocod", "autocomplete", "/places", "/place/", "postcode", "postalcode", "adres", "endereco", "direccion"} {
		if strings.Contains(path, w) {
			return true
		}
	}
	return false
}

// lwaEnd returns the end of an Amazon Login with Amazon token at k
// ("Atzr|…", "Atza|…", "Atc|…"), or 0. Its body may hold another '|'
// after a short segment ("Atzr|Ywa3uu|SLVP…"); a '|' after the long
// body is a row's separator.
func lwaEnd(s string, k int) int {
	p := k
	switch {
	case strings.HasPrefix(s[k:], "Atzr|"), strings.HasPrefix(s[k:], "Atza|"):
		p += 5
	case strings.HasPrefix(s[k:], "Atc|"):
		p += 4
	default:
		return 0
	}
	for seg := 0; ; seg++ {
		q := p
		for q < len(s) && q-p < 1024 && (isWord(s[q]) || strings.IndexByte("-.%+/=", s[q]) >= 0) {
			q++
		}
		if seg == 0 && q-p <= 12 && q < len(s) && s[q] == '|' {
			r := q + 1
			for r < len(s) && r-q < 1024 && (isWord(s[r]) || strings.IndexByte("-.%+/=", s[r]) >= 0) {
				r++
			}
			if r-q-1 >= 20 {
				p = q + 1
				continue
			}
		}
		return q
	}
}
