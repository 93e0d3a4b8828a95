package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name keys of more languages, in their own scripts and romanised as
// developers write them in keys ("vardas", "ovog_ner", "saxeli", "aty_zhoni",
// "nafn", "igama"), normalised as keys are (lower case, no '_', '-', '.').
// Short or ambiguous words ("ad", "sim", "ner", "aha") are matched as a
// whole key only; the longer ones also as a key's last part
// ("klientoVardas", "recipient.fullt_nafn").

// nameKeysMore are whole keys that hold a person's name, given name,
// family name, or who receives or buys.
var nameKeysMore = []string{
	// Baltic: Lithuanian, Latvian, Estonian
	"vardas", "pavarde", "pavardė", "vardaspavarde", "vardaspavardė", "pirkejas", "pirkėjas", "klientas",
	"vards", "vārds", "uzvards", "uzvārds", "vardsuzvards", "vārdsuzvārds", "pircejs", "pircējs", "sanemejs",
	"eesnimi", "perenimi", "perekonnanimi", "taisnimi", "täisnimi", "saaja", "ostja",
	// Nordic: Icelandic, Faroese, Norwegian, Swedish, Danish
	"nafn", "fulltnafn", "fornafn", "eftirnafn", "kenninafn", "vidtakandi", "viðtakandi", "vidskiptavinur",
	"viðskiptavinur", "kaupandi", "mottakar", "kunde", "kund", "kunden",
	// Caucasus: Georgian, Armenian, Azerbaijani
	"saxeli", "sakheli", "gvari", "saxeligvari", "sakheligvari", "mimgebi", "klienti", "myidveli", "mkidveli",
	"სახელი", "გვარი", "სახელიგვარი", "მიმღები", "კლიენტი", "მყიდველი",
	"anun", "azganun", "anunazganun", "stacogh", "statsogh", "hachakhord", "gnord",
	"անուն", "ազգանուն", "անունազգանուն", "ստացող", "հաճախորդ", "գնորդ",
	"adsoyad", "soyadi", "alıcı", "alici", "müştəri", "musteri", "adı", "soyadı",
	// Central Asia: Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen; Mongolian
	"aty", "atyzhoni", "atyzhony", "atyjoni", "atyjony", "tegi", "esimi", "alushy", "alushi", "satypalushy",
	"аты", "атыжөні", "тегі", "есімі", "алушы", "сатыпалушы", "атыжөнү", "алуучу",
	"ism", "ismi", "familiyasi", "toliqism", "to'liqism", "qabulqiluvchi", "mijoz", "xaridor",
	"исм", "насаб", "мижоз", "харидор",
	"ner", "ovog", "ovogner", "ovognere", "khuleenavagch", "huleenavagch", "khereglegch", "hereglegch",
	"zakhialagch", "zahialagch", "нэр", "овог", "овогнэр", "хүлээнавагч", "үйлчлүүлэгч", "захиалагч",
	// Slavic beyond Russian and Ukrainian: Belarusian, Bulgarian, Serbian,
	// Croatian, Bosnian, Slovenian, Macedonian, Slovak
	"імя", "прозвішча", "атрымальнік", "име", "фамилия", "презиме", "получател", "прималац", "примач", "купац",
	"ime", "prezime", "imeprezime", "imeiprezime", "primalac", "primatelj", "kupac", "priimek", "prejemnik",
	"kupec", "meno", "priezvisko", "menopriezvisko", "prijemca", "príjemca", "zakaznik", "zákazník",
	// Albanian, Greek romanised, Maltese, Basque, Catalan, Galician, Irish, Welsh
	"emri", "mbiemri", "emriimplote", "marresi", "marrësi", "klienti", "isem", "kunjom", "izena", "abizena",
	"abizenak", "cognom", "cognoms", "nomcomplet", "apelidos", "ainm", "sloinne", "enw", "cyfenw",
	// Africa: Amharic, Tigrinya, Oromo, Somali, Hausa, Yoruba, Igbo, Zulu,
	// Xhosa, Sotho, Shona, Malagasy
	"ስም", "ሙሉስም", "ሙሉ_ስም", "የአባትስም", "ተቀባይ", "ደንበኛ", "ሽም", "sim", "mulusim", "tekebay", "tekebai",
	"denbegna", "denbegnya", "maqaa", "maqaaguutuu", "magac", "magaca", "magacaoo", "suna", "sunan", "sunanmai",
	"oruko", "orúkọ", "orukoidile", "orúkọìdílé", "olugba", "onibara", "aha", "ahazuru", "igama", "isibongo",
	"igamaeligcwele", "umamukeli", "ikhasimende", "ifani", "lebitso", "zita", "anarana",
	// South and South-East Asia: Khmer, Lao, Burmese, Indian languages,
	// Sinhala, Nepali, Persian, Pashto, Kurdish
	"ឈ្មោះ", "នាមត្រកូល", "នាមខ្លួន", "អ្នកទទួល", "អតិថិជន", "chhmoh", "chmoh", "chhmous", "neaktotuol",
	"ateteiachun", "chhmuoh", "chhmuos", "ຊື່", "ນາມສະກຸນ", "ຜູ້ຮັບ", "အမည်", "နာမည်", "လက်ခံသူ",
	"पूरा_नाम", "प्राप्तकर्ता", "ग्राहक", "नाव", "आडनाव", "पेरु", "பெயர்", "வாடிக்கையாளர்", "பெறுநர்", "పేరు",
	"ಹೆಸರು", "പേര്", "નામ", "ਨਾਮ", "නම", "ලබන්නා", "पूरानाम", "poora_naam", "pooranaam", "grahak", "grahakname",
	"praptkarta", "peyar", "hesaru", "naav", "navê", "نامخانوادگی", "گیرنده", "مشتری", "نوم", "تخلص",
	// East Asia romanised: Japanese, Korean, Chinese
	"namae", "seimei", "atena", "uketorinin", "okyakusama", "furigana", "フリガナ", "宛名", "ireum", "seongmyeong",
	"seongham", "suryeongin", "gogaek", "mingzi", "shoujianren", "shouhuoren", "lianxiren", "kehuming",
	"收件人姓名", "联系人", "聯絡人",
	// who ordered or bought, in German, Dutch and the Nordic languages
	"besteller", "bestellerin", "auftraggeber", "auftraggeberin", "käufer", "kaeufer", "käuferin", "kaeuferin",
	"koper", "besteller", "opdrachtgever", "köpare", "kopare", "bestiller", "kjøper", "kjoper", "køber", "kober",
}

// nameTailsMore end keys that hold a person's name: the distinctive words of
// nameKeysMore, long enough not to end an English key.
var nameTailsMore = []string{
	"vardas", "pavarde", "pavardė", "pirkejas", "pirkėjas", "klientas", "uzvards", "uzvārds", "perenimi",
	"perekonnanimi", "eesnimi", "nafn", "fornafn", "eftirnafn", "vidtakandi", "viðtakandi", "saxeli", "sakheli",
	"mimgebi", "სახელი", "გვარი", "მიმღები", "azganun", "stacogh", "statsogh", "hachakhord", "անուն", "ազգանուն",
	"ստացող", "հաճախորդ", "atyzhoni", "atyzhony", "atyjoni", "alushy", "атыжөні", "алушы", "ovogner",
	"khuleenavagch", "huleenavagch", "нэр", "овог", "хүлээнавагч", "prezime", "priimek", "priezvisko",
	"презиме", "прозвішча", "mbiemri", "abizena", "cyfenw", "sloinne", "ስም", "ተቀባይ", "ደንበኛ", "mulusim",
	"tekebay", "denbegna", "magaca", "orukoidile", "igama", "isibongo", "umamukeli", "ikhasimende", "ឈ្មោះ",
	"អ្នកទទួល", "អតិថិជន", "chhmoh", "ຊື່", "အမည်", "பெயர்", "పేరు", "ಹೆಸರು", "പേര്", "નામ", "ਨਾਮ", "නම",
	"grahak", "گیرنده", "seimei", "uketorinin", "seongmyeong", "suryeongin", "shoujianren", "shouhuoren",
	"shimei", "oruko", "chhmuoh", "chhmuos",
	"besteller", "bestellerin", "auftraggeber", "käufer", "kaeufer", "opdrachtgever", "köpare", "kjøper",
}

// personBeforeMore are more parts before "name" of keys holding a person's
// name: abbreviations of "receiver" and "customer" and the parties of an
// order ("recv.name", "rcpt_name", "soldto_name").
var personBeforeMore = []string{"recv", "rcv", "rcvr", "rcpt", "recip", "cnee", "consignee", "soldto", "deliverto",
	"shipper", "orderer", "cliente", "klienta", "kunden"}

// dottedNameKey reports a dotted key in text ("billing.sim", "recv.name",
// "customer.oruko") whose path, read as an event's field path is, names a
// person's name.
func dottedNameKey(k string) bool {
	if len(k) > 64 || pathClass(k) != keyName {
		return false
	}
	dot := strings.LastIndexByte(k, '.')
	var buf [64]byte
	last := trimKeyCounter27(normKey(buf[:0], k[dot+1:])) // "kubernetes.pod.name_2" (dmg27_ids.go)
	if !genericNameWords[string(last)] {
		return true // "billing.sim", "customer.oruko"
	}
	// "recv.name", not "order.nom": a word for "name" says whose only with
	// the part before it.
	parent := k[:dot]
	nk := normKey(buf[:0], parent[strings.LastIndexByte(parent, '.')+1:])
	nk = normKey(nk, k[dot+1:])
	return keyClass(lowerHigh(nk)) == keyName
}

// genericNameWords are the words for "name" that name a thing as often as a
// person.
var genericNameWords = setOf("name", "names", "nom", "nome", "nombre", "naam", "nama", "navn", "namn", "nimi", "nev",
	"név", "nafn", "ime", "isim", "ad", "ism", "ner", "нэр", "име", "имя", "назва", "名前", "名称")

// nameKeySet is nameKeysMore as keyTable's builder adds a list.
var nameKeySet = func() map[string]bool {
	m := make(map[string]bool, len(nameKeysMore))
	for _, k := range nameKeysMore {
		var buf [64]byte
		m[string(lowerHigh(normKey(buf[:0], k)))] = true
	}
	return m
}()

// roleWordsMore are role words a name follows in prose ("ստացող Արամ …",
// "ተቀባይ …", "អតិថិជន …"), in scripts the word scanner does not read;
// they join roleWordsNonASCII, capitalised too where the script has case.
var roleWordsMore = []string{
	"ստացող", "հաճախորդ", "գնորդ", "მიმღები", "კლიენტი", "მყიდველი", "алушы", "сатып алушы", "тапсырыс беруші",
	"хүлээн авагч", "үйлчлүүлэгч", "захиалагч", "худалдан авагч", "ተቀባይ", "ደንበኛ", "ገዢ", "អ្នកទទួល", "អតិថិជន",
	"viðtakandi", "viðskiptavinur", "pirkėjas", "pirkėja", "gavėja", "pircējs", "получател", "прималац", "примач",
	"купац", "купувач", "атрымальнік", "кліент", "mijoz", "xaridor", "qabul qiluvchi", "müştəri", "alıcı",
	"प्राप्तकर्ता", "ग्राहक", "பெறுநர்", "வாடிக்கையாளர்", "గ్రహీత", "ಸ್ವೀಕರಿಸುವವರು", "ලබන්නා", "ผู้รับ",
	"ຜູ້ຮັບ", "လက်ခံသူ", "گیرنده", "مشتری", "تحویل گیرنده", "olùgbà", "olugbà",
	// "for the customer", "to the buyer" written as one word in Arabic and
	// Hebrew
	"للعميل", "للمشتري", "للمستلم", "ללקוח", "לנמען",
	// "dear" and "respected" wherever they stand in a message, not only
	// where one opens ("… token=… Հարգելի Լիլիթ …"): they precede a name
	"հարգելի", "սիրելի", "प्रिय", "आदरणीय", "ውድ", "ክቡር", "ክብርት", "эрхэм", "хүндэт", "құрметті", "қымбатты",
	"ძვირფასო", "პატივცემულო", "ជូនចំពោះ", "kæri", "kæra", "kæri/kæra", "cienījamais", "cienījamā", "প্রিয়",
	"அன்புள்ள", "ప్రియమైన",
}

func init() {
	seen := make(map[string]bool, len(roleWordsNonASCII))
	for _, w := range roleWordsNonASCII {
		seen[w] = true
	}
	for _, w := range roleWordsMore {
		vs := []string{w, capitalised(w)}
		if w[0] < 0x80 {
			vs = vs[:1] // (prefixFold1 folds an ASCII first letter; "Kæri" needs no entry of its own)
		}
		for _, v := range vs {
			if !seen[v] {
				seen[v] = true
				roleWordsNonASCII = append(roleWordsNonASCII, v)
				triggerFirst[v[0]] = true
			}
		}
	}
}

// capitalised returns w with its first letter in upper case.
func capitalised(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
