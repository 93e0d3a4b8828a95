package redact

import "strings"

// Numbers and e-mails spoken as words. A speech-to-text transcript (a
// support call, a voicemail) writes what a caller read aloud in lower
// case, without punctuation, and numbers partly as words:
//
//	the card number is four one one one 11 one one 1111 111 1
//	my number is plus four four seven seven zero 0000 one two three
//	id card double one zero one zero one one 990 10 100 10 1 x
//	refund to gb two nine abcd60161331926819
//	my email is test dot user dash name at example dot com
//
// asr30Spans builds a spelled view of such a text: a run of digit words
// (0 to 9 in the callers' languages, "double"/"triple" before one) and
// digit groups becomes its digits written together ("plus" before it a
// '+'), a lower-case IBAN's country code, check digits and body become
// the IBAN written compact in upper case, and an address said as words
// ("name dot surname at gmail dot com", "underscore", "dash", "plus")
// becomes the address. The view is read by the scanner's readers of
// numbers and addresses, and what they find on a rewritten stretch is
// masked on the original words. A run becomes digits only when a digit
// word is in it and it holds seven digits or more; what the readers find
// there must pass their checks (Luhn, a resident id's check, mod 97, a
// phone's country code or context), so an amount, a duration, a version
// or an order id said in the same call stays; prose using "at", "dot" or
// "one" is not rewritten ("at" and "dot" only between the words of an
// address ending in a top-level domain).

// asr30Word is what a spoken word stands for.
type asr30Word struct {
	digit byte // '0'…'9', or 0
	role  byte // asr30Digit, asr30Amb, asr30Oh, asr30Times2, asr30Times3, asr30Plus, asr30At, asr30Dot, asr30Dash, asr30Under
}

const (
	asr30Digit = iota + 1
	asr30Amb   // a digit word that is also an article or a filler ("un", "bir", "um"): not at a run's ends
	asr30Oh    // "oh" for zero: only between digits
	asr30Times2
	asr30Times3
	asr30Plus // "plus": a country code's '+', or '+' in an address
	asr30At
	asr30Dot
	asr30Dash
	asr30Under
)

// asr30Digits are the digit words 0 to 9, lower case, by language.
var asr30Digits = [][10]string{
	{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"},           // en
	{"cero", "", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"},           // es
	{"zero", "", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"},            // pt
	{"zéro", "", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"},             // fr
	{"", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"},            // de
	{"zero", "", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"},            // it
	{"nul", "", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"},               // nl
	{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"},    // id, ms
	{"ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"},      // ru
	{"sıfır", "", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"},                // tr
	{"zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"}, // pl
	{"", "", "", "tres", "", "", "", "", "", ""},                                               // pt without its accent
	{"zero", "", "", "", "", "fuenf", "", "", "", ""},                                          // de without its umlaut
	{"sifir", "", "", "uc", "dort", "bes", "alti", "", "", ""},                                 // tr without its letters
	{"нуль", "одна", "две", "", "", "", "", "", "", ""},                                        // ru, other forms
	{"zero", "", "", "", "", "piec", "szesc", "", "", "dziewiec"},                              // pl without its accents
	{"", "", "zwo", "", "", "", "", "", "lapan", ""},                                           // de "zwo", ms "lapan"
}

// asr30Others are the other words: ambiguous ones, multipliers and the
// words of an address.
var asr30Others = map[string]asr30Word{
	// "one" that is also an article or a filler
	"um": {'1', asr30Amb}, "uma": {'1', asr30Amb}, "uno": {'1', asr30Amb}, "una": {'1', asr30Amb},
	"un": {'1', asr30Amb}, "une": {'1', asr30Amb}, "een": {'1', asr30Amb}, "bir": {'1', asr30Amb},
	"null": {'0', asr30Amb}, "kosong": {'0', asr30Amb}, "duas": {'2', asr30Amb}, "meia": {'6', asr30Amb},
	"oh": {'0', asr30Oh}, "o": {'0', asr30Oh},
	"double": {0, asr30Times2}, "doble": {0, asr30Times2}, "doppio": {0, asr30Times2}, "doppia": {0, asr30Times2},
	"doppel": {0, asr30Times2}, "dubbel": {0, asr30Times2}, "duplo": {0, asr30Times2},
	"triple": {0, asr30Times3}, "triplo": {0, asr30Times3}, "tripla": {0, asr30Times3},
	"plus": {0, asr30Plus}, "más": {0, asr30Plus}, "più": {0, asr30Plus}, "piu": {0, asr30Plus},
	"плюс": {0, asr30Plus}, "artı": {0, asr30Plus}, "arti": {0, asr30Plus}, "tambah": {0, asr30Plus},
	"at": {0, asr30At}, "arroba": {0, asr30At}, "arobase": {0, asr30At}, "chiocciola": {0, asr30At},
	"klammeraffe": {0, asr30At}, "собака": {0, asr30At}, "sobaka": {0, asr30At}, "et": {0, asr30At},
	"dot": {0, asr30Dot}, "punto": {0, asr30Dot}, "ponto": {0, asr30Dot}, "point": {0, asr30Dot},
	"punkt": {0, asr30Dot}, "titik": {0, asr30Dot}, "точка": {0, asr30Dot}, "tochka": {0, asr30Dot}, "nokta": {0, asr30Dot},
	"dash": {0, asr30Dash}, "hyphen": {0, asr30Dash}, "minus": {0, asr30Dash}, "guion": {0, asr30Dash},
	"guión": {0, asr30Dash}, "hífen": {0, asr30Dash}, "hifen": {0, asr30Dash}, "traço": {0, asr30Dash},
	"tiret": {0, asr30Dash}, "bindestrich": {0, asr30Dash}, "trattino": {0, asr30Dash}, "strip": {0, asr30Dash},
	"дефис": {0, asr30Dash}, "тире": {0, asr30Dash}, "tire": {0, asr30Dash},
	"underscore": {0, asr30Under}, "underline": {0, asr30Under}, "subrayado": {0, asr30Under},
	"sublinhado": {0, asr30Under}, "unterstrich": {0, asr30Under}, "подчёркивание": {0, asr30Under},
	"подчеркивание": {0, asr30Under},
}

// asr30Pairs are the two-word names of '_' and '-' ("guion bajo", "tiret
// bas"): the first word's meaning when the second follows.
var asr30Pairs = map[[2]string]byte{
	{"guion", "bajo"}: asr30Under, {"guión", "bajo"}: asr30Under, {"tiret", "bas"}: asr30Under,
	{"trattino", "basso"}: asr30Under, {"garis", "bawah"}: asr30Under, {"alt", "çizgi"}: asr30Under,
	{"alt", "tire"}: asr30Under, {"нижнее", "подчёркивание"}: asr30Under, {"tanda", "hubung"}: asr30Dash,
	{"kısa", "çizgi"}: asr30Dash,
}

// asr30Words maps every word to its meaning (digit words and asr30Others).
var asr30Words = func() map[string]asr30Word {
	m := map[string]asr30Word{}
	for _, l := range asr30Digits {
		for d, w := range l {
			if w != "" {
				m[w] = asr30Word{byte('0' + d), asr30Digit}
			}
		}
	}
	for w, x := range asr30Others {
		m[w] = x
	}
	return m
}()

// asr30Keys is the gate's table: the first four bytes (each or'ed with
// 0x20, a word of three bytes with its space) of the digit words and of
// the words for "dot", hashed into an open-addressed table. A key's value
// is 1 for a digit word, 2 for a dot.
var asr30Keys [512]uint32
var asr30Vals [512]uint8

func asr30Key(s string, p int) uint32 {
	return uint32(s[p]|0x20)<<24 | uint32(s[p+1]|0x20)<<16 | uint32(s[p+2]|0x20)<<8 | uint32(s[p+3]|0x20)
}

func asr30Slot(k uint32) uint32 { return (k * 2654435761) >> 23 }

func init() {
	for w, x := range asr30Words {
		var v uint8
		switch x.role {
		case asr30Digit, asr30Times2, asr30Times3:
			v = 1
		case asr30Dot:
			v = 2
		default:
			continue
		}
		t := w + " "
		if len(t) < 4 {
			continue
		}
		k := asr30Key(t, 0)
		for h := asr30Slot(k); ; h = (h + 1) & 511 {
			if asr30Keys[h] == 0 || asr30Keys[h] == k {
				asr30Keys[h], asr30Vals[h] = k, asr30Vals[h]|v
				break
			}
		}
	}
}

// asr30KeyAt returns the gate's value of the word at p: 1 when it may be a
// digit word, 2 when it may be a word for "dot".
func asr30KeyAt(s string, p int) uint8 {
	if asr30Pairs32[s[p]&31]>>(s[p+1]&31)&1 == 0 {
		return 0 // (no key starts with this word's first two bytes: sp32_gates.go)
	}
	k := asr30Key(s, p)
	for h := asr30Slot(k); ; h = (h + 1) & 511 {
		switch asr30Keys[h] {
		case k:
			return asr30Vals[h]
		case 0:
			return 0
		}
	}
}

// asr30Tok is a word of the text: its bytes and what it means.
type asr30Tok struct {
	start, end int
	w          asr30Word
	known      bool
}

// asr30Tokens splits s into words (runs of ASCII letters and digits and of
// bytes of other scripts).
func asr30Tokens(s string) []asr30Tok {
	var out []asr30Tok
	var buf [32]byte
	for i := 0; i < len(s); {
		if !asr30TokByte(s[i]) {
			i++
			continue
		}
		if hanLead33(s[i]) {
			i += 3 // a character of Chinese or Japanese is a word of its own: "手机：five …", "着いたらzero …に電話" (nb33_phones.go)
			continue
		}
		j := i
		for j < len(s) && asr30TokByte(s[j]) && !hanLead33(s[j]) {
			j++
		}
		t := asr30Tok{start: i, end: j}
		if j-i <= len(buf) {
			b := buf[:0]
			for _, c := range []byte(s[i:j]) {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b = append(b, c)
			}
			t.w, t.known = asr30Words[string(b)]
		}
		out = append(out, t)
		i = j
	}
	return out
}

func asr30TokByte(c byte) bool { return c >= 0x80 || isAlnum(c) }

// asr30Next reports whether word k+1 follows word k after one space.
func asr30Next(s string, ts []asr30Tok, k int) bool {
	return k+1 < len(ts) && ts[k+1].start == ts[k].end+1 && s[ts[k].end] == ' '
}

// asr30Group reports a digit group of one to four digits.
func asr30Group(s string, t asr30Tok) bool {
	if t.end-t.start > 4 {
		return false
	}
	for p := t.start; p < t.end; p++ {
		if !isDigit(s[p]) {
			return false
		}
	}
	return true
}

// asr30Num reads the number word or group at ts[k] (a multiplier with the
// digit after it): the digits it says appended to d, the next word's
// index, and whether it is one.
func asr30Num(s string, ts []asr30Tok, k int, d []byte) ([]byte, int, bool) {
	t := ts[k]
	if asr30Group(s, t) {
		return append(d, s[t.start:t.end]...), k + 1, true
	}
	if !t.known {
		return d, k, false
	}
	switch t.w.role {
	case asr30Digit, asr30Amb, asr30Oh:
		return append(d, t.w.digit), k + 1, true
	case asr30Times2, asr30Times3:
		if !asr30Next(s, ts, k) {
			return d, k, false
		}
		n := ts[k+1]
		var c byte
		switch {
		case n.end-n.start == 1 && isDigit(s[n.start]):
			c = s[n.start]
		case n.known && (n.w.role == asr30Digit || n.w.role == asr30Amb):
			c = n.w.digit
		default:
			return d, k, false
		}
		d = append(d, c, c)
		if t.w.role == asr30Times3 {
			d = append(d, c)
		}
		return d, k + 2, true
	}
	return d, k, false
}

// asr30Wordy reports a spoken digit (not a group, not an ambiguous word).
func asr30Wordy(t asr30Tok) bool {
	return t.known && (t.w.role == asr30Digit || t.w.role == asr30Times2 || t.w.role == asr30Times3)
}

// asr30Run reads the run of numbers starting at ts[k]: its digits, the
// index after its last word, and whether a digit word is in it. Ambiguous
// words and "oh" at its ends are left out (at its start: the run is
// empty).
func asr30Run(s string, ts []asr30Tok, k int, d []byte) ([]byte, int, bool) {
	type mark struct {
		n, k         int
		weak, strong bool
	}
	var marks [48]mark
	nm, j := 0, k
	for nm < len(marks) {
		j0 := j
		var ok bool
		d, j, ok = asr30Num(s, ts, j, d)
		if !ok {
			break
		}
		t := ts[j0]
		weak := t.known && (t.w.role == asr30Amb || t.w.role == asr30Oh)
		if weak && nm == 0 && !(t.w.role == asr30Amb && asr30Next(s, ts, j-1) && j < len(ts) && asr30Wordy(ts[j])) {
			return d[:0], k, false // ("null eins sieben …": a digit first, nb33_phones.go)
		}
		marks[nm] = mark{len(d), j, weak, asr30Wordy(t)}
		nm++
		if !asr30Next(s, ts, j-1) {
			break
		}
	}
	for nm > 0 && marks[nm-1].weak {
		nm--
	}
	if nm == 0 {
		return d[:0], k, false
	}
	wordy := false
	for _, m := range marks[:nm] {
		wordy = wordy || m.strong
	}
	return d[:marks[nm-1].n], marks[nm-1].k, wordy
}

// asr30SpaceGate is the cheap test, read in spaceFactsOf's walk: at a
// space, the word after it may be a digit word (bit 1) or a word for
// "dot" (bit 2); or a lower-case IBAN's country code and check digits
// (bit 4).
func asr30SpaceGate(s string, i int) uint8 {
	if i+5 > len(s) {
		return 0
	}
	v := asr30KeyAt(s, i+1)
	if c := s[i+1]; v == 0 && c >= 'a' && c <= 'z' && s[i+3] == ' ' && s[i+2] >= 'a' && s[i+2] <= 'z' && isDigit(s[i+4]) {
		if _, ok := ibanLen[string([]byte{c - 'a' + 'A', s[i+2] - 'a' + 'A'})]; ok {
			return 4
		}
	}
	return v
}

// asr30Spans returns the cards, phones, resident ids, IBANs and e-mails
// said as words in s (see the comment at the top).
func (sc *scanner) asr30Spans() []span {
	s := sc.s
	ts := asr30Tokens(s)
	view := make([]byte, 0, len(s))
	startAt := make([]int, 0, len(s)+1)
	endAt := make([]int, 0, len(s)+1)
	var rewritten [][2]int // stretches of the view that were rewritten
	copied := 0            // s is copied up to here
	put := func(from, to int, b []byte) {
		for p := copied; p < from; p++ {
			view = append(view, s[p])
			startAt = append(startAt, p)
			endAt = append(endAt, p+1)
		}
		v0 := len(view)
		view = append(view, b...)
		for range b {
			startAt = append(startAt, from)
			endAt = append(endAt, to)
		}
		rewritten = append(rewritten, [2]int{v0, len(view)})
		copied = to
	}
	var d []byte
	for k := 0; k < len(ts); k++ {
		if ts[k].start < copied {
			continue
		}
		// an e-mail address said as words: "<word> (<link> <word>)* at <word> (dot <word>)+"
		if ts[k].known && ts[k].w.role == asr30At && k > 0 {
			if st, en, b := asr30Mail(s, ts, k); en > 0 && ts[st].start >= copied {
				put(ts[st].start, ts[en-1].end, b)
				k = en - 1
				continue
			}
		}
		// a lower-case IBAN: "gb 21 ywaa…", "tr zero two 2184…"
		if t := ts[k]; t.end-t.start == 2 && asr30Next(s, ts, k) && isAlpha(s[t.start]) && isAlpha(s[t.start+1]) {
			if en, b := asr30IBAN(s, ts, k); en > 0 {
				put(t.start, ts[en-1].end, b)
				k = en - 1
				continue
			}
		}
		d = d[:0]
		var en int
		var wordy bool
		d, en, wordy = asr30Run(s, ts, k, d)
		if en == k {
			continue
		}
		if !wordy && !asr32Cued(s, ts, k, en, len(d)) || len(d) < 7 {
			k = en - 1
			continue
		}
		from, to := ts[k].start, ts[en-1].end
		var b []byte
		if k > 0 && ts[k-1].known && ts[k-1].w.role == asr30Plus && asr30Next(s, ts, k-1) && ts[k-1].start >= copied {
			from = ts[k-1].start
			b = append(b, '+')
		}
		b = append(b, d...)
		if len(d) == 17 && asr30Next(s, ts, en-1) && ts[en].end-ts[en].start == 1 && s[ts[en].start]|0x20 == 'x' {
			b = append(b, 'X') // a resident id's check said as "x"
			to = ts[en].end
			en++
		}
		put(from, to, b)
		k = en - 1
	}
	if len(rewritten) == 0 {
		return nil
	}
	for p := copied; p < len(s); p++ {
		view = append(view, s[p])
		startAt = append(startAt, p)
		endAt = append(endAt, p+1)
	}
	sub := sc.r.findDepth(string(view), sc.off, 2)
	defer sub.release()
	var out []span
	for _, x := range sub.spans {
		switch x.kind {
		case KindCard, KindPhone, KindCNID, KindIBAN, KindEmail:
		default:
			continue
		}
		for _, r := range rewritten {
			if x.start < r[1] && x.end > r[0] {
				out = append(out, span{start: startAt[x.start], end: endAt[x.end-1], kind: x.kind})
				break
			}
		}
	}
	return out
}

// asr30IBAN reads a lower-case IBAN said at ts[k] (its country code): the
// check digits as digits or words, then the body's letters and digits
// (digit words read as digits) up to the country's length. It returns the
// index after its last word and the IBAN written compact in upper case.
func asr30IBAN(s string, ts []asr30Tok, k int) (int, []byte) {
	cc := strings.ToUpper(s[ts[k].start:ts[k].end])
	want, ok := ibanLen[cc]
	if !ok {
		return 0, nil
	}
	b := []byte(cc)
	j := k + 1
	// the check digits
	for len(b) < 4 && j < len(ts) {
		var ok bool
		b, j, ok = asr30Num(s, ts, j, b)
		if !ok || !asr30Next(s, ts, j-1) && len(b) < want {
			return 0, nil
		}
	}
	if len(b) != 4 {
		return 0, nil
	}
	for len(b) < want && j < len(ts) {
		if j > k+1 && !asr30Next(s, ts, j-1) {
			return 0, nil
		}
		t := ts[j]
		if t.known {
			var ok bool
			if b, j, ok = asr30Num(s, ts, j, b); !ok || len(b) > want {
				return 0, nil
			}
			continue
		}
		for p := t.start; p < t.end; p++ {
			c := s[p]
			if !isAlnum(c) {
				return 0, nil
			}
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			b = append(b, c)
		}
		j++
	}
	if len(b) != want || !mod97(b) {
		return 0, nil
	}
	return j, b
}

// asr30Mail reads an e-mail address said as words around the word for
// "at" at ts[k]: before it, words joined by "dot", "dash", "underscore" or
// "plus"; after it, words joined by "dot", at least one, the last a
// top-level domain. It returns the first word's index, the index after
// the last, and the address.
func asr30Mail(s string, ts []asr30Tok, k int) (int, int, []byte) {
	if !asr30Next(s, ts, k-1) || !asr30Next(s, ts, k) {
		return 0, 0, nil
	}
	// the domain: labels joined by "dot" and "dash", the last link a dot
	j, dots := k+1, 0
	if !asr30MailWord(s, ts[j]) {
		return 0, 0, nil
	}
	for j+2 < len(ts) && asr30Next(s, ts, j) && asr30Next(s, ts, j+1) && ts[j+1].known && asr30MailWord(s, ts[j+2]) {
		role := ts[j+1].w.role
		if role != asr30Dot && role != asr30Dash {
			break
		}
		if role == asr30Dot {
			dots++
		}
		j += 2
	}
	if dots == 0 || ts[j-1].w.role != asr30Dot || !asr30TLD(s[ts[j].start:ts[j].end]) {
		return 0, 0, nil
	}
	en := j + 1
	// the local part
	st := k - 1
	if !asr30MailWord(s, ts[st]) {
		return 0, 0, nil
	}
	for st >= 2 {
		c, n := asr30Link(s, ts, st)
		if c == 0 || !asr30MailWord(s, ts[st-n-1]) || !asr30Next(s, ts, st-n-1) {
			break
		}
		st -= n + 1
	}
	if st == k-1 && !asr30MailCue(s, ts, st) {
		return 0, 0, nil // one word before "at" and no word for e-mail before it: "look at me dot com"
	}
	var b []byte
	for p := st; p < en; {
		if p > st {
			c, n := asr30LinkAfter(s, ts, p)
			if p == k {
				c, n = '@', 1
			}
			b = append(b, c)
			p += n
		}
		b = append(b, strings.ToLower(s[ts[p].start:ts[p].end])...)
		p++
	}
	return st, en, b
}

// asr30Link returns the character the link word(s) just before ts[k] say
// and how many words they are, or 0.
func asr30Link(s string, ts []asr30Tok, k int) (byte, int) {
	if k >= 3 && asr30Next(s, ts, k-2) && asr30Next(s, ts, k-1) {
		if r, ok := asr30Pairs[[2]string{asr30Lower(s, ts[k-2]), asr30Lower(s, ts[k-1])}]; ok {
			return asr30LinkChar(r), 2
		}
	}
	if t := ts[k-1]; t.known && asr30Next(s, ts, k-1) {
		if c := asr30LinkChar(t.w.role); c != 0 {
			return c, 1
		}
	}
	return 0, 0
}

// asr30LinkAfter is asr30Link read forward: the link word(s) at ts[k].
func asr30LinkAfter(s string, ts []asr30Tok, k int) (byte, int) {
	if k+1 < len(ts) {
		if r, ok := asr30Pairs[[2]string{asr30Lower(s, ts[k]), asr30Lower(s, ts[k+1])}]; ok {
			return asr30LinkChar(r), 2
		}
	}
	return asr30LinkChar(ts[k].w.role), 1
}

func asr30Lower(s string, t asr30Tok) string { return strings.ToLower(s[t.start:t.end]) }

func asr30LinkChar(role byte) byte {
	switch role {
	case asr30Dot:
		return '.'
	case asr30Dash:
		return '-'
	case asr30Under:
		return '_'
	case asr30Plus:
		return '+'
	}
	return 0
}

// asr30MailWord reports a word of an address: ASCII letters and digits,
// not itself a link word.
func asr30MailWord(s string, t asr30Tok) bool {
	if t.known && t.w.role >= asr30Plus {
		return false
	}
	for p := t.start; p < t.end; p++ {
		if !isAlnum(s[p]) {
			return false
		}
	}
	return t.end > t.start
}

// asr30TLD reports a top-level domain: two letters (a country's) or a
// common generic one.
func asr30TLD(w string) bool {
	if len(w) == 2 {
		return isAlpha(w[0]) && isAlpha(w[1])
	}
	switch strings.ToLower(w) {
	case "com", "net", "org", "edu", "gov", "info", "biz", "mail", "online", "email", "shop", "store", "app", "dev", "xyz", "site", "tech", "cloud", "mobi", "name", "pro", "asia":
		return true
	}
	return false
}

// asr30Gate reports, from what spaceFactsOf's walk saw, a text that may
// hold numbers or an address said as words: two digit words, a word for
// "dot", or a lower-case IBAN's country code before its check digits.
func (f spaceFacts) asr30Gate() bool { return f.asrDigits >= 2 || f.asrBits&6 != 0 }

// asr30MailCue reports a word for e-mail among the four words before
// ts[k] ("my email is …", "correo …", "почта …").
func asr30MailCue(s string, ts []asr30Tok, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := asr30Lower(s, ts[j])
		if strings.Contains(w, "mail") || strings.Contains(w, "почт") {
			return true
		}
		switch w {
		case "correo", "courriel", "posta", "eposta", "surel", "surat", "indirizzo", "adresse", "endereço", "endereco":
			return true
		}
	}
	return false
}
