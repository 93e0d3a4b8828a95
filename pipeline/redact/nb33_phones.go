package redact

import "strings"

// A phone number split in two by a word or a sign, as people read it out
// or type it to get past a filter: "call 0612 and 345678", "tel 7561 /
// 75055", "ring 01769 - 17563", "電話 02529 and 91398", "bitte 0171 und
// 2345678 anrufen". After a phone word (the scanner's phone context) two
// runs of digits joined by one connector (a sign, or "and", "then" and
// their like in the buyers' languages) are one phone when together they
// have a phone's length: 9 to 13 digits (8 with a trunk '0' first), each
// part 3 or more, as a whole number has there ("callback 4821 then 7712":
// two codes). Without a phone word before, a verb of
// calling right after the number says the same ("… anrufen", "…に電話").
// Two ids or amounts joined by "and" or "/" where no phone is spoken of
// ("orders 12345 and 67890", "ports 8080 / 8443", "qty 3 / 5") stay, and
// so does a pair followed by a unit ("1234 / 5678 items").

// splitPhoneConn33 are the words that join the two parts, lower case.
var splitPhoneConn33 = []string{"and", "then", "und", "dann", "y", "luego", "et", "puis", "e", "depois", "poi",
	"en", "dan", "lalu", "và", "и", "потом", "затем", "ve", "och", "og", "oraz", "i", "és", "και", "و", "và", "和", "跟"}

// callVerbsAfter33 are verbs of calling written after the number
// (German's separable verb, Japanese and Korean verb-final clauses).
var callVerbsAfter33 = []string{" anrufen", " anzurufen", " zurückrufen", " ligar", "に電話", "へ電話", "までお電話", "までご連絡",
	"로 전화", "으로 전화", "로 연락", "으로 연락", "번으로 전화", " पर कॉल", " पर फोन", " にお電話"}

// splitUnits33 are words after a pair that make it a quantity, not a phone.
var splitUnits33 = []string{"items", "item", "pcs", "pieces", "units", "stars", "points", "pts", "ms", "kb", "mb", "gb",
	"x", "times", "rows", "orders", "users", "%"}

// phonePart33 reads a part of a phone from i: digits, in groups of two or
// more joined by single spaces or dashes ("0171 234", "91 641"), at most
// 13 digits. It returns its end and its digits' count (0 for none).
func phonePart33(s string, i int) (int, int) {
	j, nd := i, 0
	for {
		k := j
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		nd += k - j
		j = k
		if nd > 13 {
			return j, 0
		}
		if j+2 < len(s) && (s[j] == ' ' || s[j] == '-') && isDigit(s[j+1]) && isDigit(s[j+2]) {
			j++
			continue
		}
		return j, nd
	}
}

// splitConnAt33 reads a connector between two parts from e (the first
// part's end): " and ", " / ", " - ", "/", " und ", "、"… It returns where
// the second part begins, or 0.
func splitConnAt33(s string, e int) int {
	p := e
	if p < len(s) && s[p] == ' ' {
		p++
	}
	if p >= len(s) {
		return 0
	}
	q := 0
	switch c := s[p]; {
	case c == '/' || c == '-':
		q = p + 1 // ('|' separates a record's items: "tel 0612 345678 | 12345 | …")
	case strings.HasPrefix(s[p:], "、"):
		q = p + len("、")
	case isAlpha(c) || c >= 0x80:
		if p == e {
			return 0 // a word glued to the digits
		}
		for _, w := range splitPhoneConn33 {
			if len(s)-p > len(w) && (s[p:p+len(w)] == w || isAlpha(c) && strings.EqualFold(s[p:p+len(w)], w)) && s[p+len(w)] == ' ' {
				q = p + len(w)
				break
			}
		}
	}
	if q == 0 {
		return 0
	}
	if q < len(s) && s[q] == ' ' {
		q++
	} else if p > e && s[p] < 0x80 {
		return 0 // "0612 /345": a sign after a space has one after it too
	}
	if q < len(s) && isDigit(s[q]) {
		return q
	}
	return 0
}

// splitPhoneAt33 reads a phone split in two from the digit i: its end and
// digits' count when two parts join, else the first part's end and 0.
func splitPhoneAt33(s string, i int) (int, int) {
	e1, n1 := phonePart33(s, i)
	if n1 < 3 || n1 > 8 {
		return e1, 0 // (a whole phone before a connector is the scanner's, and what follows it another value)
	}
	if a2 := splitConnAt33(s, e1); a2 > 0 {
		if e2, n2 := phonePart33(s, a2); n2 >= 3 && n2 <= 8 && (n1+n2 >= 9 || n1+n2 == 8 && s[i] == '0') && n1+n2 <= 13 && phoneEnd33(s, e2) && !(n1 == 4 && n2 == 4 && yearLike33(s[i:]) && yearLike33(s[a2:])) {
			return e2, n1 + n2
		}
	}
	return e1, 0
}

// phoneEnd33 reports the end of a phone at e: no letter, digit or a piece
// of a decimal, a date or an id after it, and no unit ("… items").
func phoneEnd33(s string, e int) bool {
	if e == len(s) {
		return true
	}
	c := s[e]
	if isAlnum(c) || c == '/' || c == '-' || c == '%' || (c == '.' || c == ',' || c == ':') && e+1 < len(s) && isDigit(s[e+1]) {
		return false
	}
	return !unitAfter33(s, e)
}

// splitPhone33 reads a phone split in two at the digit i in the phone
// context (see the comment at the top). It emits the phone and returns
// its end, or 0.
func (sc *scanner) splitPhone33(i int) int {
	s := sc.s
	if i > 0 && (isAlnum(s[i-1]) || s[i-1] == '.' || s[i-1] == ',' || s[i-1] == '/' || s[i-1] == '-' || s[i-1] == '+') {
		return 0
	}
	if e, nd := splitPhoneAt33(s, i); nd > 0 && sc.emit(i, e, KindPhone, 0) {
		return e
	}
	return 0
}

// mayHoldCallAfter33 is the cheap test before callAfterSpans33.
func mayHoldCallAfter33(tp *textPairs) bool {
	return tp.contains("nruf") || tp.contains("電話") || tp.contains("전화") || tp.contains("igar")
}

// callAfterSpans33 returns the phones a verb of calling follows ("bitte
// 0171 2345678 anrufen", "bitte 0171 / 2345678 anrufen", "着いたら0612
// and 345678に電話"): a whole number of 8 to 13 digits, or one split in two.
func callAfterSpans33(s string) []span {
	var out []span
	for _, v := range callVerbsAfter33 {
		for off := 0; ; {
			k := strings.Index(s[off:], v)
			if k < 0 {
				break
			}
			k += off
			off = k + len(v)
			if off < len(s) && isAlpha(s[off]) {
				continue
			}
			e := k
			if e > 0 && s[e-1] == ' ' && v[0] != ' ' {
				e--
			}
			// the number's start: back over digits, spaces, signs and connectors
			a := e
			for a > 0 && e-a < 40 {
				c := s[a-1]
				if isDigit(c) || c == ' ' || c == '-' || c == '/' || c == '|' {
					a--
					continue
				}
				if isAlpha(c) {
					b := a - 1
					for b > 0 && isAlpha(s[b-1]) {
						b--
					}
					if b > 0 && s[b-1] == ' ' && a < len(s) && s[a] == ' ' && connWord33(s[b:a]) {
						a = b
						continue
					}
				}
				break
			}
			for a < e && !isDigit(s[a]) {
				a++
			}
			if a == e || a > 0 && (isAlnum(s[a-1]) || s[a-1] == '.' || s[a-1] == ',' || s[a-1] == '+') || idWordBefore33(s, a) {
				continue
			}
			end, nd := splitPhoneAt33(s, a)
			if nd == 0 {
				end, nd = phonePart33(s, a)
			}
			if end == e && nd >= 8 && nd <= 13 {
				out = append(out, span{start: a, end: end, kind: KindPhone})
			}
		}
	}
	return out
}

// connWord33 reports a connector word of splitPhoneConn33.
func connWord33(w string) bool {
	for _, c := range splitPhoneConn33 {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// unitAfter33 reports a unit or a count's noun after e ("… items").
func unitAfter33(s string, e int) bool {
	if e < len(s) && s[e] == '%' {
		return true
	}
	if e+1 >= len(s) || s[e] != ' ' {
		return false
	}
	w := s[e+1:]
	for _, u := range splitUnits33 {
		if len(w) >= len(u) && strings.EqualFold(w[:len(u)], u) && (len(w) == len(u) || !isAlpha(w[len(u)])) {
			return true
		}
	}
	return false
}

// yearLike33 reports digits that begin with a year of this or the last
// century ("2024 / 2025" are two years, not a phone).
func yearLike33(d string) bool {
	return len(d) >= 4 && (d[0] == '1' && d[1] == '9' || d[0] == '2' && d[1] == '0')
}

// phoneWords33 are phone words and phrases of the buyers' languages that
// put the number after them in a phone's context: those of ASCII letters
// join the word scanner's phrases (indexCallPhrases), the others
// phoneWordsNonASCII (matched at a word's start in either case, so one
// that begins longer words ends in a space or a sign: "tél ").
var phoneWords33 = []string{
	// French, German, Portuguese, Spanish, Italian
	"tél ", "tél.", "tél:", "portable", "mon portable", "mon numéro", "mon numero", "mon téléphone", "numéro de téléphone",
	"meine Nummer ist", "meine Nummer", "meine Handynummer ist", "meine Handynummer", "meine Telefonnummer ist",
	"meine Telefonnummer", "meine Mobilnummer", "Handynummer", "Telefonnummer",
	"zap", "meu número é", "meu número", "meu numero", "meu celular", "meu telefone", "meu zap", "número de telefone",
	"mi número es", "mi número", "mi numero", "mi celular", "mi teléfono", "mi móvil", "mio numero",
	// Indonesian and Malay, Polish, Turkish
	"wa", "no hp", "no. hp", "nomor hp", "nomor saya", "nomor telepon", "nombor telefon",
	"mój numer", "moj numer", "numer telefonu", "zadzwoń na", "zadzwoń pod", "numaram", "telefon numaram",
	// Russian, Ukrainian, Greek
	"мой номер", "номер телефона", "мій номер", "номер телефону", "звоните на", "τηλ.", "το κινητό μου",
	// Chinese, Japanese, Korean
	"联系方式", "联系电话", "手机号", "手機號", "电话号码", "電話號碼", "到了打", "请打", "拨打", "撥打",
	"携帯", "連絡先", "電話番号", "전화번호", "핸드폰",
	// Arabic, Persian, Hebrew, Hindi, Bengali, Thai
	"رقمي", "رقم الهاتف", "رقم الجوال", "شماره تماس", "شماره موبایل", "موبایل", "מספר הטלפון", "המספר שלי", "मेरा नंबर", "আমার নম্বর",
	"เบอร์"}

func init() {
	var ascii []string
	for _, w := range phoneWords33 {
		if isASCII33(w) {
			ascii = append(ascii, w)
			continue
		}
		if !containsString23(phoneWordsNonASCII, w) {
			phoneWordsNonASCII = append(phoneWordsNonASCII, w)
		}
		triggerFirst[w[0]] = true
		if w[0] >= 'a' && w[0] <= 'z' {
			triggerFirst[w[0]-'a'+'A'] = true
		}
	}
	indexCallPhrases(ascii) // (phones20_phrases.go; read by phonePhraseAt)
}

func isASCII33(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// phoneWordLast33 reports a clause that ends in a phone word ("안녕하세요
// 전화", "Hallo Handy"): the words before a number are a sentence that
// names it, not the caller's name (nameBeforePhone24).
func phoneWordLast33(v string) bool {
	w := v[strings.LastIndexByte(v, ' ')+1:]
	if phoneWords16[strings.ToLower(w)] {
		return true
	}
	for _, p := range phoneWordsNonASCII {
		if p == w {
			return true
		}
	}
	return false
}

// idWordBefore33 reports an id's or an order's word right before the
// number at a ("Auftrag 1234… anrufen", "order 1234…").
func idWordBefore33(s string, a int) bool {
	w := wordBefore(s, a-1)
	if w == "" || len(w) > 24 {
		return false
	}
	var buf [32]byte
	lw := lower(buf[:0], w)
	if cls, _ := wordTable.get(lw); cls == wordID {
		return true
	}
	switch string(lw) {
	case "auftrag", "auftragsnummer", "rechnung", "sendung", "kundennummer", "ticket", "vorgang", "paket":
		return true
	}
	return orderWord(string(lw))
}

// hanLead33 reports the lead byte of a character of U+3000 to U+9FFF or
// U+FF00 to U+FFEF (CJK punctuation, kana, ideographs, full-width forms):
// written without spaces, each is a word of its own beside Latin words.
func hanLead33(c byte) bool { return c >= 0xE3 && c <= 0xE9 || c == 0xEF }

// escapedBreakBefore33 reports a JSON string's escaped line break right
// before the word at i ("…\ntext me at …").
func escapedBreakBefore33(s string, i int) bool {
	return i >= 2 && s[i-1] == 'n' && s[i-2] == '\\' && (i < 3 || s[i-3] != '\\')
}
