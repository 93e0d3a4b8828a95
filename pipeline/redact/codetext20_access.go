package redact

import (
	"strings"
	"unicode/utf8"
)

// Access codes in prose. A parcel locker, a courier or a shop sends the
// code that opens a locker or releases a parcel in an SMS body, a notice
// or a driver's note, in the buyer's language: the word for "code" (or
// PIN, passcode) qualified by what the code does or opens.
//
//	SMS to …: pickup code 959531 JT1742749634782 (…)
//	KRA01M-64: received by …, collection code 15572794, call me on …
//	… — Lieferadresse: … (Abholcode 239780)
//	código de retiro 11268 · kód pro vyzvednutí 60321 · رمز الاستلام 1656
//	取件码 708894 · 受取コード 80179 · 수령 코드 3674379 · รหัสรับพัสดุ 76497
//	Your delivery code is 979192 · 482913 is your locker code
//
// proseCodeSpans20 reads 4 to 8 digits standing alone (otpDigitsEnd)
// after such a phrase (a colon, a dash, a bracket, a copula or a
// possessive between them: "Abholcode lautet …", "mã nhận hàng của bạn
// là …"), or before it when a copula or a bracket links them ("482913 is
// your pickup code", "482913 (pickup code)"). The phrase holds a word for
// "code" and an access word: an action that releases or opens (pickup,
// collection, delivery, retrait, retiro, Abhol-, vyzvednutí, отримання,
// الاستلام, 取件, 受取, 수령, รับพัสดุ…), before the code word, joined to
// it or after it behind a preposition ("code de retrait"); or a thing
// that is opened (locker, door, gate, Paketautomat…), before the code
// word only: in "pickup code for locker 12" the number is the locker's.
// A phrase that also names another code (postal, promo, tracking, error,
// status), a place (a pickup point, a station, a shop) or an id or a
// number is not read; digits in a longer token (a date, a time, an
// amount, a tracking number) never are.

// proseActions20 are the access actions' stems, lower case; an ASCII
// stem starts a word ("pickup", "collection"), a stem of another script
// may stand inside one ("取件码", "รหัสรับพัสดุ").
var proseActions20 = []string{"pickup", "pick-up", "collect", "retriev", "release", "unlock", "opening", "access",
	"entry", "deliver", "handover", "hand-over", "drop-off", "dropoff",
	"abhol", "öffnung", "oeffnung", "zugang", "zustell", "übergabe", "freigabe", "entsperr",
	"afhaal", "ophaal", "toegang", "bezorg", "ontgrendel",
	"retrait", "récupération", "recuperation", "ouverture", "accès", "acces", "livraison", "déverrouill",
	"retiro", "recogida", "recojo", "entrega", "apertura", "acceso", "desbloqueo", "recolección", "recoleccion",
	"levantamento", "retirada", "recolha", "abertura", "acesso", "desbloqueio",
	"ritiro", "consegna", "accesso", "sblocco",
	"ridicare", "livrare", "deschidere",
	"vyzvednut", "vyzdvihnut", "výdej", "vydání", "otevřen", "přístup", "převzet", "prevzat",
	"odbior", "odbiór", "otwarci", "dostęp", "nadani",
	"átvétel", "átvevő", "nyitó", "nyitás", "hozzáférés", "kézbesít",
	"teslim", "açma", "erişim",
	"saņemšan", "piekļuv", "atvēršan", "izņemšan", "atsiėmim", "paėmim", "atrakin",
	"kättesaami", "väljastus", "avamis", "ligipääs", "nouto", "avaus",
	"afhending", "opnun", "aðgang", "upphämtning", "hämtning", "afhentning", "henting", "åbning", "öppning",
	"ambil", "pengambilan", "akses", "buka", "serah", "penerimaan",
	"nhận", "lấy", "mở", "giao",
	"yokulanda", "ukulanda", "lokulanda", "yokuvula", "yokungena", "yokuthatha", "kuchukua", "kufungua", "gbigba", "pagkuha",
	"παραλαβ", "παράδοσ", "παραδοσ", "πρόσβασ", "προσβασ", "ξεκλείδ", "ανοίγ",
	"отриман", "получени", "видач", "выдач", "відкрит", "открыт", "доступ", "доставк", "получаване", "преузим",
	"ստացման", "մուտքի", "բացման", "առաքման", "მიღების", "გახსნის", "წვდომის", "ჩაბარების",
	"الاستلام", "استلام", "التسليم", "تسليم", "الدخول", "الفتح", "איסוף", "מסירה", "כניסה", "פתיחה", "تحویل", "دریافت",
	"取件", "取货", "取貨", "提货", "提貨", "开箱", "開箱", "开柜", "開櫃", "门禁", "門禁", "收货", "收貨", "签收", "簽收",
	"受取", "受け取", "解錠", "開錠", "引き取", "引取", "수령", "픽업", "출입", "잠금해제", "수취",
	"รับพัสดุ", "รับสินค้า", "รับของ", "เปิดตู้", "เปิดประตู", "पिकअप", "प्राप्त", "डेलिभरी", "डिलीवरी", "खोल"}

// proseThings20 are the stems of things a code opens, read before the
// code word only ("locker code 2038", "pakiautomaadi kood 3812").
var proseThings20 = []string{"locker", "door", "gate", "lockbox", "keysafe", "key safe", "packstation", "paketautomat",
	"schließfach", "schliessfach", "tür", "paczkomat", "pakiautomaa", "pakomat", "pakkeautomat", "paketomat",
	"casillero", "taquilla", "cacifo", "consigne", "armadietto", "kluis", "deur", "porte", "portail", "puerta",
	"portão", "portao", "porta", "kapı", "dolap", "csomagautomat", "двер", "домофон", "поштомат", "постамат", "ロッカー",
	"宅配ボックス", "보관함", "快递柜", "快遞櫃", "ตู้", "tủ"}

// proseLinks20 may stand between the phrase and its code: prepositions
// before an action ("code de retrait"), copulas and possessives.
var proseLinks20 = setOf("de", "di", "da", "do", "del", "della", "pro", "para", "per", "pour", "for", "of", "du", "des",
	"na", "za", "ng", "sa", "pentru", "für", "zum", "zur", "voor", "om", "til", "för", "to",
	"is", "est", "ist", "es", "é", "è", "là", "adalah", "ialah", "ni", "je", "jest", "er", "är", "on", "lautet", "será",
	"sera", "your", "ihr", "votre", "ton", "tu", "su", "seu", "sua", "il", "tuo", "uw", "jouw", "je", "twój", "anda",
	"kamu", "của", "bạn", "mình", "hàng")

// proseCopulas20 link digits to a phrase after them ("482913 is your …").
var proseCopulas20 = setOf("is", "est", "ist", "es", "é", "è", "là", "adalah", "ialah", "ni", "jest", "er", "är")

// proseOthers20 name another code, a place or an id: a phrase that
// holds one is not read.
var proseOthers20 = []string{"postal", "post", "zip", "pos", "promo", "coupon", "voucher", "discount", "gift", "tracking",
	"track", "error", "status", "country", "area", "product", "sku", "hs", "tariff", "point", "punkt", "points", "station",
	"store", "shop", "branch", "location", "office", "zone", "route", "sort", "bar", "qr", "reference", "ref", "order",
	"id", "number", "nummer", "número", "numero", "nr", "no", "relais", "filiale", "agence", "sucursal", "номер", "번호",
	"番号", "编号", "編號", "单号", "單號", "邮编", "郵便", "우편", "ไปรษณีย์", "البريد", "kodepos", "pin code", "pincode",
	"journal", "ledger", "posting", "booking", "accounting", "cost", "tax", "vat", "account", "bank", "swift"}

// proseAnchors20 are byte strings every code word holds: ASCII ones,
// then those of other scripts (searched for only in text that has bytes
// beyond ASCII).
var proseAnchors20 = [2][]string{{"od", "OD", "pin", "PIN", "Pin", "asscode"},
	{"ód", "Ód", "óð", "ÓÐ", "код", "Код", "КОД", "κωδ", "Κωδ", "ΚΩΔ", "קוד", "رمز", "كود", "कोड", "কোড", "կոդ", "Կոդ",
		"კოდ", "码", "碼", "コード", "코드", "รหัส", "mã", "Mã", "កូដ"}}

// proseAnchorsBy20 holds the anchors by their first byte.
var proseAnchorsBy20 = func() (t [256][]string) {
	for _, list := range proseAnchors20 {
		for _, a := range list {
			t[a[0]] = append(t[a[0]], a)
		}
	}
	return t
}()

// proseAnchorPairs20 rules out the positions where no anchor starts.
var proseAnchorPairs20 = newPairFilter(proseAnchors20[0], proseAnchors20[1])

// mayHoldProseCode20 is proseCodeSpans20's cheap test, in one pass: a
// code word's anchor, and a digit.
func mayHoldProseCode20(s string, sig uint32) bool {
	if len(s) < 9 {
		return false
	}
	anchor := false
	for i := proseAnchorPairs20.next(s, 0); i < len(s)-1; i = proseAnchorPairs20.next(s, i+1) { // (where an anchor may start: prefilters.go)
		if proseAnchorAt20(s, i) {
			anchor = true
			break
		}
	}
	return anchor && strings.ContainsAny(s, "0123456789")
}

// proseAnchorAt20 reports whether a code word's anchor starts at i.
func proseAnchorAt20(s string, i int) bool {
	for _, a := range proseAnchorsBy20[s[i]] {
		if strings.HasPrefix(s[i:], a) {
			return true
		}
	}
	return false
}

// proseCodeSpans20 returns the access codes of s (see above); have are
// the spans found so far.
func proseCodeSpans20(s string, sig uint32, have []span) []span {
	var out []span
	for k, list := range proseAnchors20 {
		if k == 1 && sig&sigHigh == 0 {
			break
		}
		for _, a := range list {
			out = proseCodesAt20(s, a, have, out)
		}
	}
	sortByStart(out)
	return out
}

// proseCodesAt20 appends to out the codes of the phrases whose code word
// holds the anchor a.
func proseCodesAt20(s, a string, have, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], a)
		if i < 0 {
			break
		}
		i += off
		off = i + len(a)
		ws, we := wordAround18(s, i, i+len(a))
		if ws < 0 {
			continue
		}
		off = max(off, we)
		var buf [64]byte
		if we-ws > len(buf) {
			continue
		}
		if !digitRun4Near20(s, ws, we) {
			continue // no code of digits near the word
		}
		w := bytesToString(lowerWord18(buf[:0], s[ws:we]))
		code, joined := proseCodeWord20(w)
		if !code {
			continue
		}
		if a, b := proseAfter20(s, ws, we, joined); b > a && !overlaps(have, a, b) && !overlaps(out, a, b) {
			out = append(out, span{start: a, end: b, kind: KindCredential})
			off = max(off, b)
			continue
		}
		if a, b := proseBefore20(s, ws, we, joined); b > a && !overlaps(have, a, b) && !overlaps(out, a, b) {
			out = append(out, span{start: a, end: b, kind: KindCredential})
		}
	}
	return out
}

// digitRun4Near20 reports a run of four digits or more in the 64 bytes
// after the word at ws..we or the 48 before it.
func digitRun4Near20(s string, ws, we int) bool {
	for _, r := range [2][2]int{{we, min(len(s), we+64)}, {max(0, ws-48), ws}} {
		n := 0
		for i := r[0]; i < r[1]; i++ {
			if isDigit(s[i]) {
				if n++; n == 4 {
					return true
				}
			} else {
				n = 0
			}
		}
	}
	return false
}

// proseCodeWord20 reports a word for "code" (or a PIN, a passcode), and
// whether an access word is joined to it ("abholcode", "取件码",
// "afhendingarkóði", "รหัสรับพัสดุ"). A word of a script without spaces
// may carry a copula after the code word ("取件码是", "コードは").
func proseCodeWord20(w string) (code, joined bool) {
	switch w {
	case "pincode", "pin-code":
		return false, false // India's postcode
	case "pin", "passcode", "kood", "kodo":
		return true, false
	}
	if w[0] < 0x80 && w[len(w)-1] < 0x80 {
		if !otpWordEndsCode(w) {
			return false, false
		}
		if len(w) <= 7 {
			return true, false // "code", "kode", "codice", "koodi": no access word joined
		}
		return true, proseJoined20(w)
	}
	// scripts of their own: the code word ends the word, a copula may follow
	for _, c := range []string{"код", "κωδικ", "קוד", "رمز", "كود", "कोड", "কোড", "կոդ", "კოდ", "码", "碼", "コード", "코드",
		"รหัส", "mã", "កូដ", "kóði", "kóða", "kóð", "kód", "cód"} {
		k := strings.LastIndex(w, c)
		if k < 0 {
			continue
		}
		rest := w[k+len(c):]
		switch rest {
		case "", "是", "为", "為", "は", "는", "은", "ი", "ը", "ս", "ot", "us", "s", "u", "a", "ós", "ός", "ό", "ού", "οί", "ul", "ом", "у",
			"а", "і", "ہ", "ی", "ige", "o", "igo", "ice":
		default:
			if strings.HasPrefix(w, c) && c == "รหัส" {
				break // Thai puts the code word first: "รหัสรับพัสดุ"
			}
			continue
		}
		return true, proseJoined20(w)
	}
	return false, false
}

// proseJoined20 reports an access word inside the code word w.
func proseJoined20(w string) bool {
	for _, list := range [2][]string{proseActions20, proseThings20} {
		for _, st := range list {
			if st[0] < 0x80 && len(st) >= 4 {
				if strings.HasPrefix(w, st) {
					return true
				}
			} else if st[0] >= 0x80 && strings.Contains(w, st) {
				return true
			}
		}
	}
	return false
}

// proseWordIs20 reports a word that starts with (ASCII) or holds (other
// scripts) one of the stems.
func proseWordIs20(w string, stems []string) bool {
	for _, st := range stems {
		if st == "gate" {
			if w == "gate" || w == "gates" {
				return true // not "gateway"
			}
			continue
		}
		if st[0] < 0x80 {
			if strings.HasPrefix(w, st) {
				return true
			}
		} else if strings.Contains(w, st) {
			return true
		}
	}
	return false
}

// proseOther20 reports a word that names another code, a place or an id.
func proseOther20(w string) bool {
	for _, o := range proseOthers20 {
		if w == o || o[0] >= 0x80 && strings.Contains(w, o) {
			return true
		}
	}
	return false
}

// proseWordAt20 returns the word of letters starting at p, lower case
// into buf, and its end; "" when none starts there.
func proseWordAt20(s string, p int, buf []byte) (string, int) {
	e := p
	for e < len(s) && e-p < 48 {
		r, n := utf8.DecodeRuneInString(s[e:])
		if !wordRune18(r) && !(r == '-' && e > p && e+1 < len(s) && isAlpha(s[e+1])) {
			break
		}
		e += n
	}
	if e == p || e-p >= 48 {
		return "", p
	}
	return bytesToString(lowerWord18(buf[:0], s[p:e])), e
}

// proseWordBefore20 returns the word of letters ending at e, lower case
// into buf, and its start; "" when none ends there.
func proseWordBefore20(s string, e int, buf []byte) (string, int) {
	p := e
	for p > 0 && e-p < 48 {
		r, n := utf8.DecodeLastRuneInString(s[:p])
		if !wordRune18(r) && !(r == '-' && p < e && p >= 2 && isAlpha(s[p-2])) {
			break
		}
		p -= n
	}
	if p == e || e-p >= 48 {
		return "", e
	}
	return bytesToString(lowerWord18(buf[:0], s[p:e])), p
}

// proseQualifiedBefore20 reads the two words before the code word at
// ws: whether one is an access word, and whether one names another code.
func proseQualifiedBefore20(s string, ws int) (qualified, other bool) {
	p := ws
	for n := 0; n < 2; n++ {
		q := p
		for q > 0 && s[q-1] == ' ' {
			q--
		}
		if q == p && n > 0 || q == 0 {
			break
		}
		var buf [64]byte
		w, a := proseWordBefore20(s, q, buf[:])
		if w == "" {
			break
		}
		if proseOther20(w) {
			return false, true
		}
		if proseWordIs20(w, proseActions20) || proseWordIs20(w, proseThings20) {
			qualified = true
		}
		p = a
	}
	return qualified, false
}

// proseSep20 skips the spaces and separators that may stand between a
// phrase and its code.
func proseSep20(s string, p int) int {
	for p < len(s) {
		switch c := s[p]; c {
		case ' ', ':', '-', '(', '[', '"', '\'', '\t':
			p++
			continue
		}
		matched := false
		for _, x := range []string{"：", "–", "—", "【", "「", "『", "（", "\u00a0"} {
			if strings.HasPrefix(s[p:], x) {
				p += len(x)
				matched = true
				break
			}
		}
		if !matched {
			return p
		}
	}
	return p
}

// proseAfter20 returns the code after the code word at ws..we, or 0, 0.
func proseAfter20(s string, ws, we int, joined bool) (int, int) {
	qualified, other := proseQualifiedBefore20(s, ws)
	if other {
		return 0, 0
	}
	qualified = qualified || joined
	p := we
	for n := 0; n < 7; n++ {
		p = proseSep20(s, p)
		if p >= len(s) {
			return 0, 0
		}
		if isDigit(s[p]) {
			if e := otpDigitsEnd(s, p); e > 0 && (qualified || prosePurpose20(s, e)) {
				return p, e
			}
			return 0, 0
		}
		var buf [64]byte
		w, e := proseWordAt20(s, p, buf[:])
		switch {
		case w == "":
			return 0, 0
		case proseOther20(w) || proseWordIs20(w, proseThings20):
			return 0, 0 // "code for locker 12", "code de point relais 12"
		case proseWordIs20(w, proseActions20):
			qualified = true
		case proseLinks20[w]:
		default:
			return 0, 0
		}
		p = e
	}
	return 0, 0
}

// prosePurposes20 say, after a code, what it opens or releases, lower
// case: "code 4711 to open the locker", "code 4711 pour ouvrir …".
var prosePurposes20 = []string{"to open", "to unlock", "to collect", "to pick up", "to pickup", "to retrieve",
	"to access", "pour ouvrir", "pour retirer", "pour récupérer", "para abrir", "para retirar", "para recoger",
	"para levantar", "zum öffnen", "zum abholen", "om te openen", "om op te halen", "per aprire", "per ritirare",
	"untuk membuka", "untuk mengambil", "để mở", "để nhận", "aby otworzyć", "aby odebrać", "k otevření",
	"pentru a deschide", "pentru ridicare", "açmak için", "almak için"}

// prosePurpose20 reports an access purpose after the code ending at e.
func prosePurpose20(s string, e int) bool {
	if e >= len(s) || s[e] != ' ' {
		return false
	}
	after := s[e+1 : min(len(s), e+1+24)]
	for _, p := range prosePurposes20 {
		if len(after) >= len(p) && strings.EqualFold(after[:len(p)], p) {
			return true
		}
	}
	return false
}

// proseBefore20 returns the code before the phrase whose code word is
// at ws..we, linked to it by a copula or a bracket ("482913 is your
// pickup code", "482913 (Abholcode)"), or 0, 0.
func proseBefore20(s string, ws, we int, joined bool) (int, int) {
	qualified := joined
	if !qualified {
		// "… est votre code de retrait": the action after the code word
		p := we
		for n := 0; n < 2 && !qualified; n++ {
			for p < len(s) && s[p] == ' ' {
				p++
			}
			var buf [64]byte
			w, e := proseWordAt20(s, p, buf[:])
			if w == "" {
				break
			}
			if proseWordIs20(w, proseActions20) {
				qualified = true
			} else if !proseLinks20[w] {
				break
			}
			p = e
		}
	}
	linked := false
	p := ws
	for n := 0; n < 5; n++ {
		q := p
		for q > 0 && (s[q-1] == ' ' || s[q-1] == '(' || s[q-1] == '-') {
			if s[q-1] == '(' || s[q-1] == '-' && q >= 2 && s[q-2] == ' ' {
				linked = true
			}
			q--
		}
		if q == 0 || q == p && n > 0 {
			return 0, 0
		}
		if isDigit(s[q-1]) {
			if !linked || !qualified || q == p {
				return 0, 0
			}
			d := q
			for d > 0 && isDigit(s[d-1]) {
				d--
			}
			if d > 0 && (isAlnum(s[d-1]) || s[d-1] == '-' || s[d-1] == '/' || s[d-1] == '.' || s[d-1] == ':' || s[d-1] == ',') {
				return 0, 0
			}
			if e := otpDigitsEnd(s, d); e == q {
				return d, e
			}
			return 0, 0
		}
		var buf [64]byte
		w, a := proseWordBefore20(s, q, buf[:])
		switch {
		case w == "" || proseOther20(w):
			return 0, 0
		case proseCopulas20[w]:
			linked = true
		case proseWordIs20(w, proseActions20) || proseWordIs20(w, proseThings20):
			qualified = true
		case proseLinks20[w]:
		default:
			return 0, 0
		}
		p = a
	}
	return 0, 0
}

// proseAsk20 reports a question's clause (lower case) that ends by
// asking for an access code or a PIN ("can you confirm the pod pin",
// "the pickup code", "el código de retiro"), not India's "pin code".
func proseAsk20(lq string) bool {
	lq = strings.TrimRight(lq, " ")
	var buf [64]byte
	w, a := proseWordBefore20(lq, len(lq), buf[:])
	if w == "" {
		return false
	}
	if w == "pin" || w == "passcode" {
		return true
	}
	if code, joined := proseCodeWord20(w); code {
		q, other := proseQualifiedBefore20(lq, a)
		return (q || joined) && !other
	}
	// "código de retiro": the action last, the code word before it
	if !proseWordIs20(w, proseActions20) {
		return false
	}
	for n := 0; n < 2; n++ {
		a = strings.LastIndexByte(lq[:a], ' ')
		if a < 0 {
			return false
		}
		var b2 [64]byte
		x, a2 := proseWordBefore20(lq, a, b2[:])
		if x == "" {
			return false
		}
		if code, _ := proseCodeWord20(x); code {
			return true
		}
		if !proseLinks20[x] {
			return false
		}
		a = a2
	}
	return false
}
