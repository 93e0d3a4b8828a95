package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names in hand-written text that the frame around them shows, whatever
// their case or shape: a name in lower case, a given name or a nickname
// alone, an initial and a family name ("p. testovici"), a name in another
// script. The frame is the evidence, read the same way in the buyers'
// languages:
//
//   - a sign-off: a closing word or phrase and its comma ("Love,",
//     "Saludos,", "beijos,", "Con cariño,", "Att,", "Cheers", "xoxo"), then
//     one to three name-shaped words that end the text, the value or the
//     line, or come before "xx" ("Love, qorvo xx", "Saludos,\nzindle");
//   - thanks said to someone: "gracias Marta!", "thx qorvo!", "obrigado
//     Agus!" (a thanks word, the name, an exclamation mark or the end);
//   - a reply addressed to its reader: "Shop reply: z. testovici, sorry …"
//     (a reply's label, the name and its comma);
//   - a person to whom something is given, for whom it is meant, asked for
//     or signed by: "gift for", "regalo para", "Geschenk für", "cadeau
//     pour", "pls give to", "ask for … at reception", "preguntar por",
//     "déjelo con …, la vecina", "laisser chez", "bitte bei … nebenan",
//     "signed by", "signé", "firmado:", "assinado por", "unterschrieben
//     von", and the possessions named by their owner ("pedido do …",
//     "Paket von …", "commande de …"): one to four name-shaped words up to
//     a punctuation mark, the end, or a word of the sentence ("at", "next",
//     "en", "nebenan", "about").
//
// A name-shaped word is letters of one script (a combining mark, an inner
// hyphen or apostrophe, an initial's full stop allowed), neither a word of
// the sentence (stopWord30 and frameStop33: articles, pronouns, roles,
// family words, greetings' objects such as "team" or "all", weekdays and
// months) nor glued to digits. A closing phrase followed by such a word
// ("thanks again", "best regards", "love it", "cheers mate", "Thanks,
// Customer Care") gives no name, nor a run that goes on past three words
// or stops short of the end ("thanks, Acme team").

// frame33 kinds: what must follow the name.
const (
	f33Close = 1 + iota // a sign-off: the end of the text, value or line (or "xx" before it), "!" too
	f33Reply            // a reply's reader: a comma
	f33Frame            // a frame before the name: punctuation, the end or a word of the sentence
	f33Intro            // a self-introduction after a greeting: as f33Frame, one word only if the lexicon knows it
)

// f33New marks a phrase that is not one of the older intros: after it the
// older readers of the intros are not asked.
const f33New = 0x10

// frames33 are the phrases of this class, lower case, each as written
// before the name (a trailing space, or a comma a line break may follow),
// and intros33 the same longest first: they join the intros
// (nm30_frames.go's init), so that the word scanner finds them where it
// finds the others.
var frames33, intros33 = buildFrames33()

func buildFrames33() (map[string]uint8, []string) {
	frames := map[string]uint8{}
	older := map[string]bool{}
	for _, l := range [][]string{intros, intros19, intros30, intros32} {
		for _, p := range l {
			older[strings.ToLower(p)] = true
		}
	}
	add := func(kind uint8, ps ...string) {
		for _, p := range ps {
			k := kind
			if !older[p] {
				k |= f33New
			}
			frames[p] = k
		}
	}
	add(f33Close,
		// English (a comma's phrase is found with or without the space after it)
		"love,", "lots of love,", "all my love,", "much love,", "regards,", "kind regards,",
		"best regards,", "warm regards,", "best,", "cheers,", "cheers ", "thanks,", "thanks ", "thank you,",
		"many thanks,", "thx ", "thx,", "xoxo,", "xoxo ", "xx ", "hugs,", "warmly,", "yours,", "sincerely,",
		"take care,",
		// Spanish, Portuguese, Italian, French, German, Dutch
		"saludos,", "con cariño,", "besos,", "abrazos,", "gracias ",
		"gracias,", "muchas gracias,", "beijos,", "bjs,", "abraços,", "att,", "att. ", "atenciosamente,",
		"obrigado ", "obrigada ", "obrigado,", "obrigada,", "baci,", "saluti,", "grazie ",
		"bisous,", "bises,", "cordialement,", "merci ", "merci,", "grüße,", "liebe grüße,",
		"viele grüße,", "lg,", "danke ", "danke,", "groetjes,", "groeten,", "bedankt ",
		// Indonesian, Filipino, Polish, Turkish
		"makasih ", "terima kasih ", "salamat ", "salamat po,", "pozdrawiam,", "dzięki ", "teşekkürler ")
	add(f33Reply, "reply: ", "respuesta: ", "resposta: ", "réponse : ", "réponse: ", "antwort: ")
	add(f33Frame,
		// for whom
		"gift for ", "a gift for ", "present for ", "regalo para ", "presente para ", "geschenk für ", "cadeau pour ",
		"regalo per ", "hadiah untuk ", "подарок для ", "δώρο για ",
		// given to, asked for, left with
		"give to ", "pls give to ", "please give to ", "hand to ", "ask for ", "asking for ", "preguntar por ",
		"perguntar por ", "demander ", "fragen nach ", "chiedere di ", "vragen naar ",
		"déjelo con ", "laisser chez ", "deixar com ", "bitte bei ", "titip ke ",
		"leave it with ", "left it with ", "leave with ", "у соседки ", "у соседа ", "spoke to ", "spoke with ",
		"talked to ", "the buyer is ", "buyer is ", "the recipient is ", "recipient is ",
		// signed by
		"signed by ", "signed ", "signé ", "signé par ", "firmado: ", "firmado por ", "firmado ", "assinado por ",
		"assinado: ", "unterschrieben von ", "gezeichnet ", "firmato da ", "getekend ",
		// whose parcel
		"pedido do ", "pedido da ", "pacote do ", "pacote da ", "paquete de ", "pedido de ", "commande de ",
		"colis de ", "paket von ", "bestellung von ", "cumple de ")
	all := make([]string, 0, len(frames))
	for p := range frames {
		all = append(all, p)
	}
	slices.SortFunc(all, func(a, b string) int { // longest first: "signed by " before "signed "
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return frames, all
}

// frameKind33 returns the kind of the phrase s[i:e] of this class, or 0.
func frameKind33(s string, i, e int) uint8 {
	p := s[i:e]
	if k, ok := frames33[p]; ok {
		return k
	}
	var b [32]byte
	if len(p) > len(b) {
		return 0
	}
	n := 0
	for k := 0; k < len(p); k++ {
		c := p[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[n] = c
		n++
	}
	if k := frames33[string(b[:n])]; k != 0 {
		return k
	}
	// a first letter beyond ASCII in capitals ("Über", "Спасибо")
	r, sz := utf8.DecodeRuneInString(p)
	if r >= 0x80 && unicode.IsUpper(r) {
		return frames33[string(unicode.ToLower(r))+strings.ToLower(p[sz:])]
	}
	return 0
}

// closeWord33 reports a word that is a sign-off or a thanks of frames33
// ("Merci", "Love").
func closeWord33(w string) bool {
	if len(w) > 24 {
		return false
	}
	var b [26]byte
	n := copy(b[:], strings.ToLower(w))
	b[n] = ' '
	if frames33[string(b[:n+1])]&0x0f == f33Close {
		return true
	}
	b[n] = ','
	return frames33[string(b[:n+1])]&0x0f == f33Close
}

// frame33 reads the name after the phrase s[i:e] of kind k and emits it;
// it returns the name's end, or 0.
func (sc *scanner) frame33(i, e int, k uint8) int {
	s := sc.s
	k &^= f33New
	p := e
	for p < len(s) && s[p] == ' ' {
		p++
	}
	if k == f33Close && p < len(s) && s[i] != 'x' && s[i] != 'X' {
		// "Saludos,\nzindle": the name on the next line
		if s[p] == '\n' {
			p++
		} else if s[p] == '\\' && p+1 < len(s) && s[p+1] == 'n' {
			p += 2
		}
		for p < len(s) && s[p] == ' ' {
			p++
		}
	}
	if p == e && e > 0 && s[e-1] != ' ' && s[e-1] != ',' {
		return 0
	}
	a, b, end := nameRun33(s, p, k == f33Close)
	if b <= a {
		return 0
	}
	switch k {
	case f33Close:
		if end != run33End && !(end == run33Punct && s[b] == '!') {
			return 0
		}
		for q := max(0, i-24); q < i; q++ {
			if isDigit(s[q]) {
				return 0 // "entregar na <address> beijos, …": an address read later may run up to the sign-off
			}
		}
	case f33Reply:
		if end != run33Punct || s[b] != ',' {
			return 0
		}
	default:
		if end == run33Other {
			return 0
		}
		if strings.IndexByte(s[a:b], ' ') < 0 && (k == f33Intro || allCaps33(s[a:b])) && lexClass(s[a:b]) == 0 {
			return 0 // "hi this is urgent", "spoke to DHL": one word the lexicon does not know
		}
	}
	if b+2 < len(s) && s[b] == ',' && s[b+1] == ' ' && isUpper(s[b+2]) && isUpper(s[a]) {
		// "Family, Given": the given name after the family name's comma
		if _, ge, gend := nameRun33(s, b+2, true); ge > b+2 && strings.IndexByte(s[b+2:ge], ' ') < 0 && gend != run33Other {
			b = ge
		}
	}
	if !sc.emit(a, b, KindName, 0) {
		return 0
	}
	return b
}

// allCaps33 reports a word of ASCII capitals ("DHL", "UPS").
func allCaps33(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isUpper(w[k]) {
			return false
		}
	}
	return true
}

// What ends a name's run.
const (
	run33Other = iota // a word of another kind, digits, too many words
	run33End          // the text's, value's or line's end, a quote, a tag, "xx" before them
	run33Punct        // a punctuation mark
	run33Stop         // a word of the sentence
)

// nameRun33 reads one to four name-shaped words at p (three for a
// sign-off); it returns their bounds and what follows them.
func nameRun33(s string, p int, close bool) (int, int, int) {
	max := 4
	if close {
		max = 3
	}
	a, e, n := p, p, 0
	var script *unicode.RangeTable
	for q := p; ; {
		we, sc := nameWord33(s, q)
		if we == q {
			break
		}
		if script != nil && sc != nil && sc != script {
			return 0, 0, run33Other // "qorvo的生日礼物": no run of one script
		}
		if sc != nil {
			script = sc
		}
		w := s[q:we]
		if strings.Trim(w, "xoXO") == "" && strings.IndexAny(w, "xX") >= 0 {
			if n == 0 {
				return 0, 0, run33Other // "Love, x": kisses, no name
			}
			break // "qorvo xx": the kisses after the name (after33)
		}
		if frameStop33(w) {
			if n == 0 {
				return 0, 0, run33Other
			}
			return a, e, run33Stop
		}
		n++
		if n > max {
			return 0, 0, run33Other
		}
		e = we
		if e < len(s) && s[e] == ' ' && e+1 < len(s) && s[e+1] != ' ' {
			q = e + 1
			continue
		}
		break
	}
	if n == 0 {
		return 0, 0, run33Other
	}
	return a, e, after33(s, e)
}

// after33 reads what follows a name's run at e.
func after33(s string, e int) int {
	q := e
	if q < len(s) && s[q] == ' ' {
		q++
		// "Love, qorvo xx", "… xoxo"
		if strings.HasPrefix(s[q:], "xx") || strings.HasPrefix(s[q:], "xoxo") || strings.HasPrefix(s[q:], "XX") {
			for q < len(s) && (s[q] == 'x' || s[q] == 'o' || s[q] == 'X') {
				q++
			}
			if q >= len(s) || !isAlnum(s[q]) {
				e = q
			}
		}
	}
	if e >= len(s) {
		return run33End
	}
	switch s[e] {
	case '\n', '"', '\\', '<', '&', '\r':
		return run33End
	case ',', '.', '!', '?', ';', ':', ')', '(', '-':
		return run33Punct
	case ' ':
		if e+1 < len(s) && (s[e+1] == '-' || s[e+1] == '(' || isMarkerAt(s, e+1)) {
			return run33Punct
		}
		return run33Other
	}
	if s[e] >= 0x80 {
		r, _ := utf8.DecodeRuneInString(s[e:])
		if unicode.IsPunct(r) {
			return run33Punct
		}
	}
	return run33Other
}

// nameWord33 returns the end of the name-shaped word at q (q when there is
// none) and its script (nil for ASCII): letters of one script, inner
// hyphens and apostrophes, combining marks, an initial's full stop.
func nameWord33(s string, q int) (int, *unicode.RangeTable) {
	e := q
	var script *unicode.RangeTable
	for e < len(s) {
		c := s[e]
		if c < 0x80 {
			switch {
			case isAlpha(c):
				e++
				continue
			case (c == '\'' || c == '-') && e > q && e+1 < len(s) && (isAlpha(s[e+1]) || s[e+1] >= 0x80):
				e++
				continue
			case c == '.' && e == q+1:
				return e + 1, nil // an initial: "J.", "p."
			case isDigit(c) || c == '_' || c == '@' || c == '/':
				return q, nil // glued to digits or an identifier
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[e:])
		if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
			e += n
			continue
		}
		if !unicode.IsLetter(r) {
			break
		}
		rs := scriptOf33(r)
		if rs == unicode.Han || rs == unicode.Hiragana || rs == unicode.Katakana || rs == unicode.Hangul {
			if e > q && script != rs {
				break
			}
			if e == q {
				return cjkWord33(s, q, rs) // "김 민준", "지우,": a word of its own
			}
		}
		if script != nil && rs != script && rs != unicode.Latin {
			break
		}
		if rs != unicode.Latin {
			script = rs
		}
		e += n
	}
	return e, script
}

// cjkWord33 returns the end of a word of Han or Hangul at q, one to four
// characters set apart by a space, a punctuation mark or the end (q when
// it is glued to other letters: "送给nora的", "옆집 …에게").
func cjkWord33(s string, q int, script *unicode.RangeTable) (int, *unicode.RangeTable) {
	if script != unicode.Han && script != unicode.Hangul {
		return q, nil
	}
	e, n := q, 0
	for e < len(s) {
		r, w := utf8.DecodeRuneInString(s[e:])
		if !unicode.Is(script, r) {
			if unicode.IsLetter(r) {
				return q, nil
			}
			break
		}
		e += w
		n++
	}
	if n > 4 {
		return q, nil
	}
	return e, script
}

var scripts33 = []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Arabic, unicode.Hebrew,
	unicode.Devanagari, unicode.Bengali, unicode.Thai, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul,
	unicode.Tamil, unicode.Georgian, unicode.Armenian}

func scriptOf33(r rune) *unicode.RangeTable {
	for _, t := range scripts33 {
		if unicode.Is(t, r) {
			return t
		}
	}
	return nil
}

// frameStop33 reports a word that is no part of a name after these frames.
func frameStop33(w string) bool {
	if len(w) <= 24 {
		var b [24]byte
		n := 0
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[n] = c
			n++
		}
		lw := string(b[:n])
		lw = strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")
		if stopWord30(lw) || stop33[lw] {
			return true
		}
		if w[0] >= 0x80 {
			return stop33[strings.ToLower(w)]
		}
	}
	return false
}

// stop33 are words after a frame of this class that name no person: the
// objects of thanks and greetings, family words, what is asked for or
// given, what a sign-off goes on with, weekdays, months and feasts.
var stop33 = setOf(
	"again", "up", "out", "off", "into", "over", "as", "so", "much", "lot", "lots", "mate", "everyone", "everybody", "all", "guys", "folks", "team", "teams",
	"crew", "y'all", "friend", "friends", "dear", "love", "babe", "honey", "sweetie", "darling", "buddy", "pal",
	"bro", "sis", "boss", "sir", "madam", "ma'am", "it", "this", "that", "these", "those", "them", "him", "her",
	"me", "us", "you", "ya", "u", "yourself", "myself", "himself", "herself", "regards", "wishes", "best", "wish",
	"luck", "care", "soon", "later", "tomorrow", "today", "tonight", "now", "then", "anyway", "anyways", "btw", "again!",
	"in", "advance", "very", "really", "too", "also", "kind", "kindly", "warm", "warmest", "sincerely", "cheers",
	"thanks", "thank", "thx", "ty", "regard", "greetings", "hello", "hi", "hey", "bye", "goodbye", "ok", "okay",
	"yes", "no", "not", "nothing", "anything", "something", "everything", "please", "pls", "plz",
	"mom", "mum", "mother", "dad", "father", "mama", "papa", "mommy", "daddy", "wife", "husband", "son", "daughter",
	"kids", "kid", "children", "child", "baby", "brother", "sister", "grandma", "grandpa", "granny", "aunt",
	"uncle", "cousin", "boyfriend", "girlfriend", "partner", "family", "neighbour", "neighbor", "neighbours",
	"colleague", "colleagues", "boss's", "teacher", "nurse", "doctor", "wedding", "christmas", "xmas", "birthday",
	"anniversary", "easter", "eid", "diwali", "valentine", "valentine's", "holidays", "holiday", "graduation",
	"help", "refund", "return", "returns", "exchange", "replacement", "invoice", "receipt", "details", "info",
	"assistance", "manager", "supervisor", "reception", "receptionist", "security", "concierge", "porter", "gate",
	"lobby", "desk", "office", "door", "next", "about", "contact", "call", "calling", "ring", "text", "leave",
	"send", "speaking", "here", "number", "id", "password", "passwd", "pw", "pwd", "pin", "code", "otp", "ship",
	"deliver", "address", "email", "e-mail", "phone", "mobile", "cell", "whatsapp", "card", "iban", "from", "with", "without", "by", "for", "to", "at", "on",
	"customer", "customers", "client", "cliente", "clientes", "kunde", "kunden", "klant", "buyer", "day", "seller", "shop", "store", "service", "support", "staff", "agent",
	"courier", "driver", "rider", "delivery", "parcel", "package", "order", "item", "items", "gift", "present",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october", "november", "december", "weekend",
	"mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec",
	// the same in the buyers' other languages
	"equipo", "equipe", "todos", "todas", "pessoal", "amigo", "amiga", "amigos", "zusammen", "leute", "allemal",
	"tous", "toutes", "monde", "vous", "toi", "tutti", "ragazzi", "iedereen", "allemaal", "semua", "kakak", "kak",
	"gan", "sis", "po", "lagi", "banyak", "mucho", "muchas", "mil", "muito", "muita", "muitos", "beaucoup",
	"vielmals", "schön", "sehr", "nochmals", "grazie", "mille", "molto", "usted", "ustedes", "você", "vocês",
	"mamá", "papá", "mãe", "pai", "mutter", "vater", "oma", "opa", "maman", "papa", "mamma", "abuela", "abuelo",
	"avó", "avô", "navidad", "natal", "weihnachten", "noël", "natale", "cumpleaños", "aniversário", "geburtstag",
	"anniversaire", "compleanno", "recepción", "recepção", "réception", "rezeption", "portería", "portaria",
	"vecina", "vecino", "vizinha", "vizinho", "voisine", "voisin", "nachbar", "nachbarin", "nebenan", "lado",
	"el", "la", "los", "las", "lo", "le", "les", "un", "una", "une", "o", "a", "os", "as", "um", "uma", "der", "die",
	"das", "den", "dem", "ein", "eine", "einen", "mein", "meine", "mi", "mis", "mon", "ma", "mes", "meu", "minha",
	"su", "sus", "seu", "sua", "ihr", "ihre", "en", "em", "no", "na", "bei", "am", "im", "para", "pour", "für",
	"por", "de", "da", "do", "del", "des", "du", "von", "con", "com", "avec", "mit", "y", "e", "et", "und",
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "segunda", "terça", "quarta",
	"quinta", "sexta", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi",
	"mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "enero", "febrero", "marzo", "abril", "mayo",
	"junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "janeiro", "fevereiro",
	"março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "januar", "februar", "märz",
	"juni", "juli", "oktober", "dezember", "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre",
	"всем", "все", "вам", "тебе", "большое", "команда", "мама", "папа", "όλους", "πολύ")

// The frames whose name comes before a word of the frame, or ends the
// text after a dash, are read by one pass over the text (frameSpans33):
//
//   - a dash that signs a message: " - ", " — ", " —— ", " – " and one to
//     three name-shaped words that end the text ("… belasten - zindle",
//     "生日快乐！… —— 张三"; a single capitalised word needs the lexicon,
//     "Order 5521 - Shipped" is a status), and a signature's "-- " line
//     (RFC 3676) whose next line is a name in any case ("-- \na. fakeberg");
//   - "from … with love" in any case ("from qorvo with love");
//   - the Japanese "より" (from) glued after a name that ends the text
//     ("… Zindle Fakebergより");
//   - a name that opens a clause and asks for something: "…: marta testovici asked
//     for a call back" (after a colon, a quote or the text's start).

// mayHoldFrames33 is the cheap test before frameSpans33.
func mayHoldFrames33(s string, tp *textPairs) bool {
	if len(s) < 4 {
		return false
	}
	if dashTail33(s) {
		return true
	}
	// (each string's rarest pair first: "ov", "sk")
	return tp.contains("--") && (tp.contains("-- ") || tp.contains("--\n") || tp.contains("--\\n")) ||
		tp.contains("ove") && tp.contains(" with love") || tp.contains("より") || tp.contains("sked ") && tp.contains(" asked ")
}

// frameSpans33 returns the names of these frames in s.
func frameSpans33(s string, tp *textPairs) []span {
	var out []span
	add := func(a, e int) {
		if e > a {
			out = append(out, span{start: a, end: e, kind: KindName})
		}
	}
	add(dashSign33(s))
	for _, d := range []string{"-- \n", "--\n", "-- \\n", "--\\n"} {
		if !tp.contains(d) {
			continue
		}
		for i := 0; ; {
			k := strings.Index(s[i:], d)
			if k < 0 {
				break
			}
			k += i
			i = k + len(d)
			if k > 0 && s[k-1] != '\n' && s[k-1] != 'n' && s[k-1] != ' ' {
				continue
			}
			if a, e, end := nameRun33(s, i, true); end == run33End {
				add(a, e)
			}
		}
	}
	if tp.contains(" with love") {
		for i := 0; ; {
			k := strings.Index(s[i:], " with love")
			if k < 0 {
				break
			}
			k += i
			i = k + 10
			add(fromWithLove33(s, k))
		}
	}
	if tp.contains("より") && strings.HasSuffix(strings.TrimRight(s, " \n"), "より") {
		add(yoriSign33(s))
	}
	if tp.contains(" asked ") {
		for i := 0; ; {
			k := strings.Index(s[i:], " asked ")
			if k < 0 {
				break
			}
			k += i
			i = k + 7
			add(askedBy33(s, k))
		}
	}
	return out
}

// dashTail33 reports a dash before the words that end s: the walk back
// passes letters, spaces, full stops, apostrophes and inner hyphens, and
// stops at anything else (most texts end in a digit or a sign).
func dashTail33(s string) bool {
	e := len(s)
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '\n') {
		e--
	}
	for p, n := e, 0; p > 0 && n < 64; p, n = p-1, n+1 {
		c := s[p-1]
		switch {
		case isAlpha(c) || c == ' ' || c == '.' || c == '\'':
			continue
		case c == '-':
			if p >= 2 && s[p-2] == ' ' {
				return true // " - "
			}
			continue
		case c >= 0x80:
			if p >= 3 && s[p-3] == 0xE2 && s[p-2] == 0x80 && (c == 0x94 || c == 0x93) {
				return true // "—", "–"
			}
			continue
		}
		return false
	}
	return false
}

// dashSign33 returns the name a dash signs at the text's end.
func dashSign33(s string) (int, int) {
	t := strings.TrimRight(s, " \n")
	lo := max(0, len(t)-64)
	for _, d := range []string{" —— ", " — ", " - ", " – ", "——"} {
		k := strings.LastIndex(t[lo:], d)
		if k < 0 {
			continue
		}
		k += lo
		if k == 0 {
			return 0, 0
		}
		a, e, end := nameRun33(t, k+len(d), true)
		if end != run33End || e != len(t) {
			if a, e := hanBefore33(t); a == k+len(d) {
				return a, e // "—— 张三"
			}
			return 0, 0
		}
		if d == " —— " || d == "——" || strings.IndexByte(t[:k], '!') >= 0 {
			return a, e // a message's ("Alles Gute! … - zindle") or a Chinese signature's dash
		}
		for p := a; p < e; {
			we, _ := nameWord33(t, p)
			if we == p {
				break
			}
			if lexClass(t[p:we]) != 0 {
				return a, e // a name the lexicon knows: "… - Mary Testovici"
			}
			p = we + 1
		}
		return 0, 0 // "Order 5521 - Shipped", "… - payout queued", "… - Password Reset"

	}
	return 0, 0
}

// fromWithLove33 returns the name between "from " and " with love" at k.
func fromWithLove33(s string, k int) (int, int) {
	lo := max(0, k-60)
	f := strings.LastIndex(s[lo:k], "from ")
	if f < 0 {
		f = strings.LastIndex(s[lo:k], "From ")
		if f < 0 {
			return 0, 0
		}
	}
	f += lo
	if f > 0 && isWord(s[f-1]) {
		return 0, 0
	}
	a, e, _ := nameRun33(s[:k], f+5, false)
	if e != k || strings.IndexByte(s[a:e], ' ') < 0 && isUpper(s[a]) && lexClass(s[a:e]) == 0 {
		return 0, 0 // "from Paris with love": a single capitalised word the lexicon does not know
	}
	return a, e
}

// yoriSign33 returns the name glued before the "より" that ends s.
func yoriSign33(s string) (int, int) {
	t := strings.TrimRight(s, " \n")
	t = t[:len(t)-len("より")]
	// back over one to three words of Latin or another script with spaces
	a := len(t)
	for words := 0; words < 3; words++ {
		p := a
		for p > 0 {
			r, n := utf8.DecodeLastRuneInString(t[:p])
			if r == '.' && p-n > 0 && p == a {
				p -= n // an initial's full stop
				continue
			}
			if !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == '-' || r == '\'') {
				break
			}
			if sc := scriptOf33(r); sc == unicode.Han || sc == unicode.Hiragana || sc == unicode.Katakana {
				break
			}
			p -= n
		}
		if p == a {
			break
		}
		a = p
		if a > 0 && t[a-1] == ' ' && a > 1 && t[a-2] != ' ' {
			r, _ := utf8.DecodeLastRuneInString(t[:a-1])
			if unicode.IsLetter(r) && scriptOf33(r) != unicode.Han && scriptOf33(r) != unicode.Hiragana && scriptOf33(r) != unicode.Katakana {
				a--
				continue
			}
		}
		break
	}
	for a < len(t) && t[a] == ' ' {
		a++
	}
	if a >= len(t) {
		return hanBefore33(t)
	}
	b, _, end := nameRun33(t, a, true)
	_ = b
	if end != run33End {
		return 0, 0
	}
	return a, len(t)
}

// hanBefore33 returns two to four Han characters that end t after a
// space, a punctuation mark or a marker ("携帯：… 山本健二").
func hanBefore33(t string) (int, int) {
	p, n := len(t), 0
	for p > 0 {
		r, w := utf8.DecodeLastRuneInString(t[:p])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		p -= w
		n++
	}
	if n < 2 || n > 4 || p == 0 || t[p-1] != ' ' && t[p-1] != ']' {
		return 0, 0
	}
	return p, len(t)
}

// askedBy33 returns the name that opens the clause before " asked " at k.
func askedBy33(s string, k int) (int, int) {
	lo := max(0, k-48)
	st := -1
	for p := k - 1; p >= lo; p-- {
		if c := s[p]; c == ':' || c == '"' || c == '\n' || c == ']' {
			st = p + 1
			break
		}
	}
	if st < 0 && lo == 0 {
		st = 0
	}
	if st < 0 {
		return 0, 0
	}
	for st < k && s[st] == ' ' {
		st++
	}
	a, e, _ := nameRun33(s[:k], st, true)
	if e != k {
		return 0, 0
	}
	return a, e
}
