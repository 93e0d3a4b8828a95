package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Values answered to a question that asks for them. A call center's
// speech-to-text transcript, an agent's notes, a technician's visit log or
// a chat bot's transcript writes the turns one a line, each after its
// speaker's label; when one side asks for a value, the other side's next
// turn is that value alone, with no key beside it:
//
//	[10:02:11] AGENT: what's the door code?
//	[10:02:15] CUSTOMER: 4471
//	[00:01:27] AGENT: smtp password?
//	[00:01:37] CUSTOMER: 9Y3.rebXFkZcp
//	[00:00:36] AGENT: telefone?
//	[00:00:51] CUSTOMER: 11 987109489
//	bot> お名前を教えてください
//	user> 山田太郎
//
// One reader serves every kind. The question is a turn that asks (a
// question mark, or a colon at its end) and names what it asks for: its
// last words, joined as a key is written, are read by the package's key
// classes (keyClass: a password, token or API key in ~60 languages, a
// card's number, a phone, an address, a person's name or role); a
// question for a name is also read by asksForName (names16_turns.go), and
// a question for a door, gate or access code or a PIN by answerCodeAsks.
// The answer is the whole of the next turn of another speaker, kept only
// when its shape is that kind's:
//
//   - a secret: one token without spaces that looks like one (letters and
//     digits or symbols, a long hex or base64 string), or 4 to 12 digits
//     for a PIN or a code; an "Authorization" answer after its scheme
//     ("Basic …");
//   - a phone: 8 to 15 digits and the separators people say or type,
//     a leading '+' (digits spoken one by one too: "+ 8 1 3 6 …");
//   - a card: 12 to 19 digits that pass Luhn; a card's security code: 3
//     or 4 digits;
//   - an address: a digit and words (two parts or more, or a script
//     without spaces);
//   - a name: read as a role key's value is (roleName), one capitalised
//     word only after a question for a name (nameAnswer).
//
// What stays: a question whose last word is an id's ("address id?",
// "serial number?", "order number?"), a question for a thing with a name
// ("company name?", "vendor name?", "phone model?": the answer's shape
// refuses a model number), an answer of another shape ("yes", "same as
// before", "WH-1000XM5" after a phone question), a turn of the same
// speaker, an answer that already holds a marker.

// answerAsk is what a question asks for.
type answerAsk uint8

const (
	askNone answerAsk = iota
	askName
	askNameWord // a question for a name by its word: one capitalised word answers too
	askSecret
	askCode // a PIN, a door, gate or access code: digits answer too
	askAuth
	askPhone
	askCard
	askCardCode
	askAddress
	askLocation // a place, a site: an address only by its parts
)

// mayHoldAnswerTurn is the cheap test before answerTurnSpans: text of
// several lines (mayHoldOTPTurn), and a question mark or a colon.
func mayHoldAnswerTurn(s string, sig uint32) bool {
	return mayHoldOTPTurn(s, sig) && (sig&(sigColon|sigHigh) != 0 || strings.IndexByte(s, '?') >= 0)
}

// answerTurnSpans returns the values answered on the lines of s after a
// question that asks for them.
func answerTurnSpans(s string) []span {
	var out []span
	asker, ask := "", askNone
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls)
		te := otpTurnEnd(s, ls, le)
		who, bs := turnLabelAt(s, ls, te)
		if who != "" && !turnLabel17(who) {
			who = ""
		}
		if who != "" && ask != askNone && who != asker {
			if a, b, k := answerOf(s, answerFiller19(s, bs, te), te, ask); b > a { // "uh, …", "sure, …" (names19_turns.go)
				out = append(out, span{start: a, end: b, kind: k})
			}
		}
		ask = askNone
		if who != "" {
			if ask = askedFor(s[bs:te]); ask != askNone {
				asker = who
			}
		}
		ls = next
	}
	return out
}

// answerCodeAsks are the words of a question for a code that opens a door,
// a gate, a locker or an account, in the buyers' languages, lower case
// ("pin code" is India's postcode: not here).
var answerCodeAsks = []string{"door code", "gate code", "access code", "entry code", "alarm code", "lockbox", "key safe",
	"keysafe", "building code", "buzzer code", "intercom code", "garage code", "locker code", "passcode",
	"pin number", "security pin", "código de acceso", "código de la puerta", "código del portal", "código do portão",
	"código de acesso", "código da porta", "code d'accès", "code d'acces", "code de la porte", "code porte", "digicode",
	"code portail", "türcode", "torcode", "zugangscode", "haustürcode", "codice del cancello", "codice di accesso",
	"codice porta", "kod do drzwi", "kod dostępu", "kod domofonu", "kapı şifresi", "kapı kodu", "giriş kodu",
	"код домофона", "код двери", "код доступа", "код от подъезда", "门禁密码", "门禁码", "門禁密碼", "大门密码", "暗証番号",
	"オートロック", "현관 비밀번호", "공동현관", "비밀번호", "รหัสประตู", "mã cổng", "mã cửa", "kode pintu", "kode akses",
	"kod pintu", "deurcode", "toegangscode", "portcode", "dørkode", "ovikoodi", "κωδικός πόρτας", "קוד כניסה", "קוד לדלת",
	"رمز الباب", "رمز الدخول"}

// askedFor reports what the turn t asks for, or askNone.
func askedFor(t string) answerAsk {
	t = strings.TrimSpace(t)
	if len(t) < 2 || len(t) > 240 || strings.Contains(t, "[REDACTED") {
		return askNone
	}
	q := t
	if i := questionMark(q); i >= 0 {
		q = q[:i]
	} else if strings.HasSuffix(q, ":") || strings.HasSuffix(q, "：") {
		q = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(q, ":"), "："), " ")
	} else {
		if asksForName(t) {
			return askNameWord // "お名前を教えてください"
		}
		return askNone
	}
	// the clause that asks: after the last break before the mark
	if i := strings.LastIndexAny(q, ".!;¿¡,，。、"); i >= 0 {
		q = q[i+1:]
	}
	lq := strings.ToLower(q)
	for _, w := range answerCodeAsks {
		if strings.Contains(lq, w) {
			return askCode
		}
	}
	if proseAsk20(lq) {
		return askCode // "the pod pin?", "the pickup code?" (codetext20_access.go)
	}
	ask, bare := askByKey(lq)
	if ask == askName && bare || ask == askNone {
		if asksForName(t) {
			return askNameWord
		}
		if ask == askName {
			return askNone // "vendor name?", "product name?": a thing's name
		}
	}
	return ask
}

// questionMark returns where the last question mark of t that ends a
// word stands (at the end, or before a space: not the '?' inside a
// password or a URL), or -1.
func questionMark(t string) int {
	for e := len(t); e > 0; {
		i := strings.LastIndexAny(t[:e], "?？؟")
		if i < 0 {
			return -1
		}
		_, n := utf8.DecodeRuneInString(t[i:])
		if i+n == len(t) || t[i+n] == ' ' {
			return i
		}
		e = i
	}
	return -1
}

// turnLabel17 reports a turn's label that names a speaker: words of
// letters ("AGENT", "Cliente", "bot", "Agent Sam", "客服"), a number of
// one or two digits at most ("agent 2"), not an id or a hash that a
// colon follows in other text.
func turnLabel17(who string) bool {
	if len(who) > 40 {
		return false
	}
	digits, letters := 0, 0
	for _, r := range who {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters > 0 && digits <= 2
}

// askWords are words that close a question without naming what it asks
// for: "your phone number please?", "the code again?".
var askWords = setOf("please", "pls", "again", "por", "favor", "bitte", "svp", "plz", "now", "too", "also", "then")

// askByKey reads the last words of a question's clause as a key: the
// longest run of up to four words that keyClass knows. bare reports a
// name found by its last word alone after words that make no key of a
// person ("vendor name": a thing's name).
func askByKey(lq string) (answerAsk, bool) {
	var wb [12]string
	ws := wb[:0]
	for _, w := range strings.FieldsFunc(lq, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) }) {
		if len(ws) == len(wb) {
			copy(ws, ws[1:])
			ws = ws[:len(ws)-1]
		}
		ws = append(ws, w)
	}
	for len(ws) > 1 && (askWords[ws[len(ws)-1]] || allDigits(ws[len(ws)-1])) {
		ws = ws[:len(ws)-1] // "… please?", "item description 2?"
	}
	if len(ws) == 0 {
		return askNone, false
	}
	var kb [96]byte
	for n := min(4, len(ws)); n >= 1; n-- {
		k := kb[:0]
		for _, w := range ws[len(ws)-n:] {
			k = append(k, w...)
		}
		if len(k) > len(kb) {
			continue
		}
		c := keyClass(k)
		if c == keyNone {
			if f, ok := foldLatin(string(k)); ok {
				c = keyClass([]byte(f)) // "dirección de envío" as "direcciondeenvio"
			}
		}
		if c == keyNone && n == len(ws) && (n == 1 || n == 2 && !askRoleNot[ws[1]]) && askRole(string(k)) {
			return askName, false // "customer?", "klient?", "khách hàng?"
		}
		switch c {
		case keyNone:
			if n == 1 && locationWords[ws[len(ws)-1]] {
				return askLocation, false
			}
			continue
		case keyCred:
			return askSecret, false
		case keyAuth:
			return askAuth, false
		case keyPhone:
			return askPhone, false
		case keyCardCtx:
			return askCard, false
		case keyCard:
			return askCardCode, false
		case keyAddress:
			return askAddress, false
		case keyName:
			return askName, n == 1 && len(ws) > 1
		}
		return askNone, false // an id, a time, an amount
	}
	return askNone, false
}

// askRoleNot are words before "name" in a person's key that, asked alone,
// ask for no person: "account?", "card?", "user?", "contact?" (a job
// title, a company or a team as often).
var askRoleNot = setOf("account", "card", "bank", "user", "display", "profile", "nick", "real", "legal", "billing",
	"shipping", "delivery", "ship", "bill", "deliver", "first", "last", "full", "given", "family", "middle", "sur",
	"contact", "contacts", "member", "members", "owner", "author", "reviewer", "assignee", "requester", "requestor",
	"submitter", "reporter", "signer", "teljes", "fulde", "fullt", "fullstandigt", "fullständigt")

// askRoleWords are the customer, buyer and recipient asked for alone in
// languages whose word the key lists do not hold before "name".
var askRoleWords = setOf("πελάτης", "πελάτη", "παραλήπτης", "αγοραστής", "お客様", "お客さま", "客様", "顧客", "購入者", "受取人",
	"ลูกค้า", "ผู้รับ", "ผู้ซื้อ", "zákazník", "zakaznik", "příjemce", "ügyfél", "ugyfel", "vevő", "vevo", "címzett",
	"клієнт", "покупець", "одержувач", "отримувач", "client", "clienta", "clientă", "destinatar", "cumpărător",
	"לקוח", "הלקוח", "נמען", "مشتري", "زبون", "cliente", "kunde", "asiakas", "kund")

// askRole reports a question that is a role alone: a word before "name"
// in a person's key ("customer", "klient", "müşteri", "khách hàng"
// without its marks), or a word of askRoleWords.
func askRole(k string) bool {
	if askRoleWords[k] {
		return true
	}
	if askRoleNot[k] || len(k) < 3 || len(k) > 40 {
		return false
	}
	if f, ok := foldLatin(k); ok {
		k = f
	}
	var kb [48]byte
	return keyClass(append(append(kb[:0], k...), "name"...)) == keyName
}

// answerOf returns the value the turn's text bs..te holds as a whole
// when its shape is the one asked for, and its kind; b == 0 when not.
func answerOf(s string, bs, te int, ask answerAsk) (a, b int, k Kind) {
	a, b = bs, te
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	if b-a < 2 || b-a > 240 {
		return 0, 0, 0
	}
	v := s[a:b]
	switch ask {
	case askName, askNameWord:
		if initialName(strings.TrimRight(v, ".!")) {
			return a, a + len(strings.TrimRight(v, ".!")), KindName // "P. Iyer"
		}
		if ask == askName && !strings.Contains(v, "[REDACTED:name]") && !roleName(strings.TrimRight(v, ".!")) {
			return 0, 0, 0
		}
		if x, y := nameAnswer(s, a, b); y > x {
			return x, y, KindName
		}
	case askSecret, askCode, askAuth:
		if ask == askAuth {
			if sp := strings.IndexByte(v, ' '); sp > 0 && authScheme(v[:sp]) {
				a += sp + 1
				v = v[sp+1:]
			}
		}
		if answerSecret(v, ask == askCode) {
			return a, b, KindCredential
		}
	case askPhone:
		if n := answerDigits(v, true); n >= 8 && n <= 15 { // (a local number of 7 digits stays, as a code's lead-in does)
			return a, b, KindPhone
		}
	case askCard:
		if n := answerDigits(v, false); n >= 12 && n <= 19 && luhn(digitsOf(v)) {
			return a, b, KindCard
		}
	case askCardCode:
		if n := answerDigits(v, false); (n == 3 || n == 4) && len(v) == n {
			return a, b, KindCard
		}
	case askAddress, askLocation:
		v = strings.TrimRight(v, ".")
		if answerAddress(v) && (ask == askAddress || locationAnswer(v)) {
			return a, a + len(v), KindAddress
		}
	}
	return 0, 0, 0
}

// authScheme reports an HTTP authentication scheme said before its
// credentials.
func authScheme(w string) bool {
	switch strings.ToLower(w) {
	case "basic", "bearer", "token", "digest", "apikey", "hmac":
		return true
	}
	return false
}

// answerSecret reports a token that answers a question for a secret: one
// piece without spaces, no marker, that looks like a secret
// (secretLooking: letters and digits or symbols; a long hex or base64
// string), or 4 to 12 digits when a PIN or a code was asked for (6 to 12
// for a password).
func answerSecret(v string, code bool) bool {
	if len(v) < 4 || len(v) > 200 || strings.ContainsAny(v, " \t") || strings.Contains(v, "[REDACTED") || strings.Contains(v, "[HASH") {
		return false
	}
	digits := 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			digits++
		}
	}
	if digits == len(v) {
		return len(v) <= 12 && (code || len(v) >= 6)
	}
	if code && digits >= len(v)-2 && digits >= 4 && strings.Trim(v, "0123456789#*") == "" {
		return true // "4471#", "*2580"
	}
	return secretLooking(v) || len(v) >= 16 && hexOnly(v)
}

// answerDigits returns the number of digits of v when v is digits and
// the separators said or typed between them (spaces, '-', '.', '/',
// brackets; a leading '+' when plus), else 0.
func answerDigits(v string, plus bool) int {
	n := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			n++
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')':
		case c == '+' && plus && n == 0:
		default:
			return 0
		}
	}
	return n
}

// digitsOf returns the ASCII digits of v.
func digitsOf(v string) []byte {
	d := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			d = append(d, v[i])
		}
	}
	return d
}

// answerAddress reports a turn's text that answers a question for an
// address: a digit and letters, two parts or more (words, or commas) or
// a script without spaces, no marker, not a token of an id's shape
// ("returns-queue-2", "A-12-03").
func answerAddress(v string) bool {
	if len(v) < 6 || len(v) > 240 || strings.Contains(v, "[REDACTED") || strings.Contains(v, "[HASH") || v[0] == '#' {
		return false
	}
	digit, letters, high := false, 0, false
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9' || unicode.IsDigit(r):
			digit = true
		case unicode.IsLetter(r):
			letters++
			high = high || r >= 0x2E80 && !unicode.Is(unicode.Hangul, r) // Han, kana, Thai… (no spaces)
		}
	}
	if !digit || letters < 3 {
		return false
	}
	if !strings.ContainsAny(v, " ,") {
		return high && utf8.RuneCountInString(v) >= 6
	}
	// a word of letters: not digits and codes alone ("12 34", "A-12 B-3")
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == ',' }) {
		l := 0
		for _, r := range f {
			if unicode.IsLetter(r) {
				l++
			}
		}
		if l >= 3 && l*2 >= utf8.RuneCountInString(f) {
			return true
		}
	}
	return false
}

// initialName reports an initial and a family name ("P. Iyer", "G.
// Ferrari", "M. Moreno Navarro"): an upper-case letter and a full stop,
// then one or two capitalised words that no list holds as a word of
// teams, goods or statuses (oneNameWord16).
func initialName(v string) bool {
	if len(v) < 5 || len(v) > 64 || !isUpper(v[0]) || v[1] != '.' || v[2] != ' ' {
		return false
	}
	ws := strings.Fields(v[3:])
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if !oneNameWord16(w) {
			return false
		}
	}
	return true
}

// locationWords ask for a place: an address when the answer reads as one
// by its parts (locationAnswer), a warehouse, a bin or a dock otherwise.
var locationWords = setOf("location", "place", "site", "ubicación", "ubicacion", "localização", "localizacao", "lieu",
	"emplacement", "standort", "ort", "posizione", "luogo", "locatie", "lokasi", "lokalizacja", "konum", "местоположение",
	"місцезнаходження", "位置", "場所", "위치", "สถานที่", "מיקום", "الموقع", "τοποθεσία", "helyszín", "locație")

// locationAnswer reports a place given as an address: two parts or more
// (a comma of Latin or Arabic script between them), a house number beside
// a word in one before the last, and a postcode (a number of four digits or more,
// or "NNN NN") and a word in the last ("Lidická 210, 159 54 Brno"). A
// dock, a bin or a building of the business ("Dock 4, Building 2") has no
// postcode.
func locationAnswer(v string) bool {
	v = strings.ReplaceAll(v, "،", ",")
	parts := strings.Split(v, ",")
	if len(parts) < 2 || len(parts) > 6 {
		return false
	}
	street := false
	for _, p := range parts[:len(parts)-1] {
		house, word := false, false
		for _, f := range strings.Fields(p) {
			if hasDigitByte(f) && len(f) <= 6 {
				house = true
			} else if utf8.RuneCountInString(f) >= 3 && !hasDigitByte(f) {
				word = true
			}
		}
		street = street || house && word
	}
	if !street {
		return false
	}
	last := strings.Fields(parts[len(parts)-1])
	digits, lword := 0, false
	for _, f := range last {
		if allDigits(f) {
			digits += len(f)
		} else if utf8.RuneCountInString(f) >= 3 && !hasDigitByte(f) {
			lword = true
		}
	}
	return digits >= 4 && lword
}
