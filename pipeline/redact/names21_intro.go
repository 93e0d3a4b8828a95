package redact

import (
	"strings"
	"unicode/utf8"
)

// A name after "my name is" in any case or script. Customers type their
// turns in chats, search boxes and assistants carelessly, in lower case
// ("my name is jane roe", "me llamo ana lópez díaz"), and in scripts
// without case ("என் பெயர் …", "اسمي …"), where the capital the other
// introduction passes look for is missing. A phrase that can only mean
// "my name is" (not "I am", "it's" or "this is", which precede a state or
// a thing as often) is evidence enough: the one to four words of letters
// after it are the name, whatever their case, up to a punctuation mark, a
// quote, a line end, a word that begins the next clause ("my", "and",
// "please", a copula that closes the phrase: "… ہے", "… आहे") or a word
// glued to digits. A run of three words or more that does not end so is
// cut to two ("jina langu ni baraka wekesa simu 07…": the third word is
// the next clause's).

// intro21 is a "my name is" phrase; close, when set, is the word that must
// follow the name for the phrase to mean it (Mongolian "намайг … гэдэг").
type intro21 struct {
	p, close string
}

// intros21 are the phrases, lower case, each ending with a space.
var intros21 = []intro21{
	{p: "my name is "}, {p: "my name's "}, {p: "my full name is "}, {p: "me llamo "}, {p: "mi nombre es "},
	{p: "je m'appelle "}, {p: "je m’appelle "}, {p: "mon nom est "}, {p: "ich heiße "}, {p: "ich heisse "},
	{p: "mein name ist "}, {p: "mi chiamo "}, {p: "il mio nome è "}, {p: "meu nome é "}, {p: "o meu nome é "},
	{p: "me chamo "}, {p: "chamo-me "}, {p: "nazywam się "}, {p: "mam na imię "}, {p: "jmenuji se "},
	{p: "jmenuju se "}, {p: "volám sa "}, {p: "zovem se "}, {p: "ime mi je "}, {p: "imenujem se "},
	{p: "benim adım "}, {p: "nama saya "}, {p: "nama aku "}, {p: "tên tôi là "}, {p: "tôi tên là "},
	{p: "mình tên là "}, {p: "mijn naam is "}, {p: "ik heet "}, {p: "my naam is "}, {p: "ek heet "},
	{p: "jag heter "}, {p: "mitt namn är "}, {p: "jeg heter "}, {p: "mitt navn er "}, {p: "jeg hedder "},
	{p: "mit navn er "}, {p: "nimeni on "}, {p: "minun nimeni on "}, {p: "minu nimi on "}, {p: "mano vardas "},
	{p: "mani sauc "}, {p: "mă numesc "}, {p: "numele meu este "}, {p: "a nevem "}, {p: "jina langu ni "},
	{p: "naitwa "}, {p: "ako po si "}, {p: "ang pangalan ko ay "}, {p: "ang pangalan ko po ay "},
	{p: "το όνομά μου είναι "}, {p: "με λένε "}, {p: "меня зовут "}, {p: "мене звати "}, {p: "менің атым "},
	{p: "менің есімім "}, {p: "миний нэр "}, {p: "намайг ", close: "гэдэг"}, {p: "зовем се "}, {p: "казвам се "},
	{p: "име ми је "}, {p: "казват ме "}, {p: "என் பெயர் "}, {p: "எனது பெயர் "}, {p: "माझे नाव "},
	{p: "माझं नाव "}, {p: "मेरा नाम "}, {p: "আমার নাম "}, {p: "میرا نام "}, {p: "اسم من "}, {p: "اسمم "},
	{p: "اسمي "}, {p: "إسمي "}, {p: "שמי "}, {p: "השם שלי "}, {p: "ខ្ញុំឈ្មោះ "}, {p: "ကျွန်တော့်နာမည် "},
	{p: "ကျွန်မနာမည် "}, {p: "ကျွန်တော်နာမည် "},
}

// introIndex21 holds the phrases by their first two bytes; introFirst21
// marks the bytes a phrase starts with (ASCII letters in both cases).
var (
	introIndex21 [1 << 16]uint8 // 1 + an index into introLists21, or 0
	introLists21 = [][]int{nil}
	introFirst21 [256]bool
)

func init() {
	for i, x := range intros21 {
		k := uint16(x.p[0])<<8 | uint16(x.p[1])
		if introIndex21[k] == 0 {
			introIndex21[k] = uint8(len(introLists21))
			introLists21 = append(introLists21, nil)
		}
		introLists21[introIndex21[k]] = append(introLists21[introIndex21[k]], i)
		introFirst21[x.p[0]] = true
		if x.p[0] >= 'a' && x.p[0] <= 'z' {
			introFirst21[x.p[0]-'a'+'A'] = true
		}
	}
}

// introStops21 are the words that end a name run after the phrase: the
// next clause's first word (a possessive, a conjunction, a courtesy, a
// contact word), a negation, and the copulas that close the phrase in the
// languages that put the verb last.
var introStops21 = setOf("my", "mi", "mon", "ma", "mes", "mein", "meine", "meu", "minha", "mój", "moj", "moja", "moje",
	"min", "mitt", "mit", "mine", "minun", "minu", "mano", "mani", "mijn", "and", "y", "e", "et", "und", "i", "och", "og",
	"ja", "na", "dan", "a", "ou", "or", "oder", "but", "pero", "mas", "aber", "the", "please", "pls", "plz", "por", "per",
	"bitte", "thanks", "thank", "gracias", "kiitos", "tack", "takk", "tak", "ačiū", "grazie", "obrigado", "obrigada",
	"merci", "danke", "asante", "salamat", "terima", "email", "e-mail", "mail", "correo", "phone", "tel", "telefon",
	"telefone", "teléfono", "simu", "nambari", "where", "is", "not", "no", "nicht", "não", "nie", "ne", "inte", "ikke",
	"ei", "and", "order", "pedido", "commande", "bestellung", "zamówienie", "tilaus", "dhe", "ہے", "است", "هست",
	"आहे", "है", "ပါ", "ဖြစ်ပါတယ်", "гэдэг", "و", "и", "және", "ба", "និង", "এবং", "மற்றும்", "और", "اور", "ve",
	"och", "sa", "at", "po", "pô")

// introAt21 reads a phrase at the word start i and the name after it.
func introAt21(s string, i int) (span, bool) {
	c := s[i]
	if c >= 'A' && c <= 'Z' {
		c |= 0x20
	}
	li := introIndex21[uint16(c)<<8|uint16(s[i+1])]
	if li == 0 {
		return span{}, false
	}
	for _, ix := range introLists21[li] {
		x := intros21[ix]
		if e := introMatch21(s, i, x.p); e >= 0 {
			return introNameAt21(s, e, x.close)
		}
	}
	return span{}, false
}

// introNameAt21 reads the name run that starts at p (after spaces).
func introNameAt21(s string, p int, close string) (span, bool) {
	for p < len(s) && s[p] == ' ' {
		p++
	}
	start := p
	var ends [5]int
	n, q := 0, p
	terminated, closed := false, false
	for n < len(ends) {
		e := nameWordEnd(s, q)
		if e == q || e < len(s) && isDigit(s[e]) {
			break // no word, or a word glued to digits
		}
		w := s[q:e]
		var buf [48]byte
		if len(w) <= len(buf) && introStops21[string(lower(buf[:0], w))] {
			terminated, closed = true, w == close
			break
		}
		if close != "" && strings.HasSuffix(w, close) {
			return span{}, false
		}
		ends[n] = e
		n++
		q = e
		if q >= len(s) || introEnd21(s, q) {
			terminated = true
			break
		}
		sp := q
		for sp < len(s) && sp-q < 3 && s[sp] == ' ' {
			sp++
		}
		if sp == q || sp >= len(s) {
			terminated = sp >= len(s)
			break
		}
		q = sp
	}
	if n == 0 {
		return span{}, false
	}
	if close != "" && !closed {
		return span{}, false
	}
	if n > 2 && !terminated {
		n = 2
	}
	end := ends[n-1]
	if end > len(s) {
		return span{}, false
	}
	if hasMarker(s[start:end]) || !utf8.ValidString(s[start:end]) {
		return span{}, false
	}
	return span{start: start, end: end, kind: KindName}, true
}

// introEnd21 reports a mark that ends a name at s[q]: punctuation, a quote,
// a bracket, a line break (raw or escaped), or a full stop or comma of
// another script.
func introEnd21(s string, q int) bool {
	switch s[q] {
	case ',', '.', ';', ':', '!', '?', '"', '\'', ')', ']', '}', '\n', '\r', '\t', '\\', '|', '/', '(':
		return true
	}
	if s[q] >= 0x80 {
		r, _ := utf8.DecodeRuneInString(s[q:])
		switch r {
		case '،', '۔', '।', '။', '၊', '។', '，', '。', '、', '！', '？', '־':
			return true
		}
	}
	return false
}

// introMatch21 returns the end of phrase p at s[i:], or -1: ASCII letters
// in either case, and a space of p matching one to three typed spaces.
func introMatch21(s string, i int, p string) int {
	for k := 0; k < len(p); k++ {
		if i >= len(s) {
			return -1
		}
		c := s[i]
		switch {
		case p[k] == ' ':
			if c != ' ' {
				return -1
			}
			for n := 0; n < 3 && i < len(s) && s[i] == ' '; n++ {
				i++
			}
			continue
		case c >= 'A' && c <= 'Z':
			c |= 0x20
		}
		if c != p[k] {
			if k == 0 || c < 0x80 || lowerRuneDiffers31(s[i:], p[k:]) || !strings.HasPrefix(strings.ToLower(s[i:min(len(s), i+len(p)-k+4)]), p[k:]) {
				return -1
			}
			return introMatchRest21(s, i, p[k:])
		}
		i++
	}
	return i
}

// introMatchRest21 matches the rest of a phrase written with capitals
// outside ASCII ("MEU NOME É "): the same bytes once lower-cased.
func introMatchRest21(s string, i int, rest string) int {
	for n := len(rest); n <= len(rest)+4 && i+n <= len(s); n++ {
		if strings.ToLower(s[i:i+n]) == rest {
			return i + n
		}
	}
	return -1
}
