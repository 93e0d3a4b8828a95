package redact

import (
	"strings"
	"unicode"
)

// Names and addresses said after their frame in a transcript or a chat.
// A speech-to-text transcript writes a caller's name and address in lower
// case and runs on into the caller's next words; a chat line writes them
// in any case up to the line's end:
//
//	um its under jane testperson okay order id …
//	this is mr ola testmann um …
//	the address is 12 example street sometown 100001 uh yes …
//	customer: order is under JANE TESTPERSON
//
// After a frame of a name ("its under", "order is under", "my name is",
// "this is", "me llamo", "a nombre de", …) asr32Spans takes one to five
// words of letters (honorifics and particles besides) when they end where
// the caller's sentence ends: a filler or a joining word ("um", "uh",
// "okay", "and"), the line's or the text's end. None of them may be a word
// of the sentence (asr32Common, stop30's and notNames' words), and in
// Latin letters two of them are needed; after "this is" and "it's" (which
// precede a state as often: "this is broken again") one must be a given
// or family name of the lexicon, or the words must be in a script without
// case. After a frame of an address ("the address is", "i live at",
// "deliver it to", "mi dirección es", …) it takes the words up to a
// filler or a joining word when they hold a digit or open with a street's
// word, three words or more for "send it to".

// asr32Frame is a frame: its words, lower case, with the space after them.
type asr32Frame struct {
	text   string
	kind   Kind
	weak   bool // "this is", "it's": a name needs the lexicon or a script without case
	keyOff int  // where its key word (one of asr32FrameKeys) starts in text
}

var asr32Frames = func() []asr32Frame {
	var out []asr32Frame
	add := func(k Kind, weak bool, fs ...string) {
		for _, f := range fs {
			out = append(out, asr32Frame{text: f + " ", kind: k, weak: weak})
		}
	}
	add(KindName, false, "its under", "it's under", "it’s under", "is under", "booked under", "under the name",
		"under the name of", "my name is", "the name is", "name is", "name's",
		"me llamo", "mi nombre es", "a nombre de", "je m'appelle", "je mappelle", "mon nom est", "au nom de",
		"ich heiße", "ich heisse", "mein name ist", "auf den namen", "meu nome é", "me chamo", "em nome de",
		"mi chiamo", "il mio nome è", "a nome di", "mijn naam is", "op naam van", "nama saya", "atas nama",
		"меня зовут", "на имя", "benim adım", "nazywam się", "na nazwisko", "jmenuji se", "tên tôi là")
	add(KindName, true, "this is", "it's", "its", "it’s", "it&#39;s", "i am", "i'm", "im", "soy", "sou", "c'est", "hier ist", "sono")
	add(KindAddress, false, "the address is", "my address is", "address is", "new address is", "deliver it to",
		"ship it to", "i live at", "i live on", "mi dirección es", "la dirección es", "vivo en", "meu endereço é",
		"moro na", "moro em", "mon adresse est", "j'habite", "j'habite au", "meine adresse ist", "ich wohne in",
		"il mio indirizzo è", "abito in", "mijn adres is", "ik woon op", "alamat saya", "мой адрес", "adresim",
		"mój adres to", "mieszkam na")
	add(KindAddress, true, "send it to")
	return out
}()

// asr32FrameKeys are words of the frames for the gate of the spaces
// (asr30SpaceGate's bit 8): the word after a space that may open or end
// one.
var asr32FrameKeys = []string{"under", "nombre", "name", "this", "its", "it's", "llamo", "m'appelle", "mappelle",
	"heiße", "heisse", "chamo", "chiamo", "naam", "nama", "зовут", "имя", "adım", "nazywam", "nazwisko", "jmenuji",
	"tên", "soy", "sou", "c'est", "ist", "sono", "address", "deliver", "ship", "send", "live", "dirección", "vivo",
	"endereço", "moro", "adresse", "j'habite", "wohne", "indirizzo", "abito", "adres", "woon", "alamat", "адрес",
	"adresim", "mieszkam", "nom", "nome", "names", "name's", "i'm", "namen", "it’s", "it&#39;s"}

// asr32Stops end a name's or an address's words: fillers and the words
// that join the caller's next sentence.
var asr32Stops = setOf("um", "uh", "er", "erm", "ah", "eh", "hmm", "mm", "okay", "ok", "yes", "yeah", "yep", "no",
	"so", "and", "but", "or", "then", "also", "please", "thanks", "thank", "right", "well", "sorry", "again",
	"y", "e", "et", "und", "en", "dan", "и", "ve", "i", "a", "oder", "ou", "o")

// asr32AddrStops end an address's words (asr32Stops without the words
// an address holds: "no", "y", "e").
var asr32AddrStops = setOf("um", "uh", "er", "erm", "ah", "eh", "hmm", "mm", "okay", "ok", "yes", "yeah", "yep",
	"so", "and", "but", "or", "then", "also", "please", "thanks", "thank", "sorry", "und", "et")

// asr32Fillers are the stops a caller says after the name (not "and").
var asr32Fillers = setOf("um", "uh", "er", "erm", "ah", "eh", "hmm", "mm", "okay", "ok")

// asr32NotAddr are words that stop an address's stretch from being one:
// the next sentence ("the code is …") or a place of a firm's own
// ("warehouse 4", "dock 2").
var asr32NotAddr = setOf("the", "is", "are", "was", "it", "its", "my", "your", "please", "today", "tomorrow",
	"now", "code", "pin", "for", "from", "with", "if", "when", "dock", "gate", "room", "floor", "server", "host",
	"port", "queue", "slot", "channel", "topic", "bucket", "folder", "printer", "line", "version", "step", "page",
	"minutes", "hours", "days", "weeks", "people", "times", "items", "pieces", "pcs")

// asr32Common are words of a sentence a frame may precede ("its under
// review", "this is still broken", "the name is missing on the label").
var asr32Common = setOf("about", "regarding", "re", "for", "from", "with", "calling", "here", "speaking", "just",
	"review", "reviewed", "investigation", "warranty", "process", "processing", "control", "way", "construction",
	"maintenance", "discussion", "consideration", "pressure", "budget", "load", "test", "testing", "repair",
	"broken", "still", "not", "missing", "wrong", "correct", "right", "fine", "good", "great", "bad", "ok", "okay",
	"done", "late", "early", "urgent", "important", "weird", "strange", "odd", "annoying", "ridiculous", "taking",
	"going", "getting", "being", "been", "having", "really", "very", "too", "so", "quite", "already", "now",
	"today", "tomorrow", "yesterday", "it", "this", "that", "these", "those", "what", "which", "who", "how", "why",
	"where", "when", "there", "their", "they", "we", "you", "he", "she", "me", "him", "her", "us", "them", "all",
	"any", "some", "no", "none", "nothing", "something", "everything", "anything", "same", "different", "another",
	"other", "one", "two", "first", "second", "last", "next", "previous", "only", "also", "even", "never", "always",
	"again", "more", "less", "most", "least", "much", "many", "few", "lot", "bit", "little", "big", "small", "new",
	"old", "your", "my", "our", "his", "its", "the", "a", "an", "of", "to", "in", "on", "at", "by", "is", "are",
	"was", "were", "be", "do", "does", "did", "have", "has", "had", "can", "could", "will", "would", "should",
	"may", "might", "must", "shall", "order", "orders", "package", "parcel", "delivery", "shipment", "item",
	"items", "refund", "return", "payment", "invoice", "label", "account", "card", "number", "email", "phone",
	"address", "name", "problem", "issue", "error", "bug", "mistake", "question", "request", "complaint", "case",
	"ticket", "call", "message", "voicemail", "customer", "agent", "support", "team", "company", "shop", "store",
	"seller", "buyer", "courier", "driver", "office", "home", "work", "file", "system", "app", "website", "page",
	"unclear", "unknown", "pending", "open", "closed", "cancelled", "canceled", "delayed", "lost", "damaged",
	"stuck", "failing", "failed", "working", "fixed", "resolved", "sent", "received", "delivered", "shipped",
	"ready", "available", "unavailable", "possible", "impossible", "empty", "full", "blank", "null", "invalid",
	"valid", "expired", "active", "inactive", "disabled", "enabled", "locked", "blocked", "required", "optional",
	"my", "mr", "mrs", "ms", "dr", "gift", "someone", "somebody", "nobody", "everyone", "business", "personal",
	"work", "office", "reference", "ref", "id", "ids", "code", "status", "tracking", "waybill", "sku", "product",
	"under", "unacceptable", "frustrating", "terrible", "awful", "perfect", "confusing", "crazy", "insane",
	"amazing", "excellent", "helpful", "useless", "fast", "slow", "quick", "free", "paid", "true", "false", "yes",
	"urgente", "sobre", "acerca", "über", "wegen", "à", "propos", "sul", "sulla", "tentang", "про", "hakkında")

// asr32Honors are honorifics and titles before a name (skipped, kept in
// the span).
var asr32Honors = setOf("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "mme", "mlle", "m", "herr",
	"frau", "sr", "sra", "srta", "sig", "sig.ra", "dott", "bapak", "pak", "ibu", "bu", "encik", "puan", "tuan",
	"κ", "κα", "κος", "κυρία", "г-н", "г-жа", "pan", "pani", "bay", "bayan", "ông", "bà", "anh", "chị",
	"श्री", "श्रीमती", "सुश्री", "السيد", "السيدة", "آقای", "خانم", "מר", "גב")

// asr32Particles are the lower-case words inside a name ("da silva",
// "binti abdullah", "de luca").
var asr32Particles = setOf("da", "de", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
	"ter", "ten", "la", "le", "bin", "binti", "bint", "ibn", "al", "el", "abu", "y", "e", "st")

// asr32StreetFirst are words that open a street's name said without a
// number first ("вул …", "ul …", "rua …").
var asr32StreetFirst = setOf("rua", "calle", "avda", "av", "avenida", "via", "viale", "piazza", "corso", "rue",
	"avenue", "boulevard", "bd", "impasse", "chemin", "allée", "ul", "ulica", "al", "aleja", "jl", "jalan", "jln",
	"lorong", "вул", "вулиця", "ул", "улица", "пр-т", "проспект", "пер", "οδός", "λεωφόρος", "straße", "strasse",
	"calz", "calzada", "carrera", "cra", "cl", "rambla", "paseo", "plaza", "travessa", "largo", "flat", "house",
	"unit", "apt", "no", "nr", "street", "road", "lane")

// asr32Spans returns the names and addresses said after their frames in
// s: one pass over the bytes a frame may start at, each looked up among
// the frames that start with its byte.
func asr32Spans(s string) []span {
	var out []span
	for i := 0; i+4 <= len(s); i++ {
		b := asr32ByFirst[s[i]]
		if b == nil || i > 0 && !asr32Before(s[i-1]) && !(i > 1 && s[i-1] == 'n' && s[i-2] == '\\') { // after "\n" escaped
			continue
		}
		for _, fi := range b {
			f := &asr32Frames[fi]
			if !strings.HasPrefix(s[i:], f.text) {
				continue
			}
			p := i + len(f.text)
			var sp span
			var ok bool
			if f.kind == KindName {
				sp, ok = asr32Name(s, p, f.weak)
			} else {
				sp, ok = asr32Address(s, p, f.weak)
			}
			if ok {
				out = append(out, sp)
			}
		}
	}
	return out
}

// asr32ByFirst lists the frames (indexes into asr32Frames) by their first
// byte.
var asr32ByFirst [256][]uint8

// asr32BySlot lists the frames by the slot of asr30Keys that holds the
// gate's key (asr30Key) of their key word: a word of asr32FrameKeys, the
// first one the frame holds.
var asr32BySlot [512][]uint8

// asr32Lead holds the first bytes of the frames whose key word is their
// first (the frames asr32FrameAt finds at a text's start).
var asr32Lead [256]bool

// asr32SlotOf returns the slot of asr30Keys that holds k, or -1.
func asr32SlotOf(k uint32) int {
	for h := asr30Slot(k); ; h = (h + 1) & 511 {
		switch asr30Keys[h] {
		case k:
			return int(h)
		case 0:
			return -1
		}
	}
}

// asr32FrameAt reports a frame whose key word starts at p (a word's
// start the walk of the spaces reached with the gate's bit 8).
func asr32FrameAt(s string, p int) bool {
	if p+4 > len(s) {
		return false
	}
	h := asr32SlotOf(asr30Key(s, p))
	if h < 0 {
		return false
	}
	for _, fi := range asr32BySlot[h] {
		f := &asr32Frames[fi]
		i := p - f.keyOff
		if i < 0 || !strings.HasPrefix(s[i:], f.text) {
			continue
		}
		if i == 0 || asr32Before(s[i-1]) || i > 1 && s[i-1] == 'n' && s[i-2] == '\\' {
			return true
		}
	}
	return false
}

// asr32Before reports a byte a frame may follow: a space, a line's or a
// quote's or a tag's end, a list's mark.
func asr32Before(c byte) bool {
	switch c {
	case ' ', '\n', '\t', '>', '`', '"', '*', ':', '-', '(', '[':
		return true
	}
	return false
}

// asr32Word returns the end of the word at p: a run of bytes up to a
// space or a byte that ends a line, a quote or a tag.
func asr32Word(s string, p int) int {
	q := p
	for q < len(s) {
		switch s[q] {
		case ' ', '\n', '\r', '\t', '<', '`', '"', '\\', '*', '|', '&', '=', '?':
			return q
		}
		q++
	}
	return q
}

// asr32End reports whether the words end at q: the text's or the line's
// end, a tag, a quote, or a space before a stop word.
func asr32End(s string, q int) bool { return asr32EndBy(s, q, asr32Stops) }

// asr32EndBy is asr32End with the stop words given.
func asr32EndBy(s string, q int, stops map[string]bool) bool {
	if q >= len(s) {
		return true
	}
	switch s[q] {
	case '\n', '\r', '<', '`', '"', '\\', '*', '|', '&', '=', '?':
		return true
	case ' ':
		e := asr32Word(s, q+1)
		return e > q+1 && stops[asr32Lower(s[q+1:e])] || e == q+1 && asr32EndBy(s, e, stops)
	}
	return false
}

// asr32Lower returns w in lower case (no allocation for a lower-case
// ASCII word).
func asr32Lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// asr32Letters reports a word of letters (and marks), with a hyphen or an
// apostrophe inside; latin says whether its letters are Latin, cased
// whether its script has case.
func asr32Letters(w string) (ok, latin, cased bool) {
	if w == "" {
		return false, false, false
	}
	latin, cased = true, true
	prev := '-'
	for _, r := range w {
		switch {
		case r == '-' || r == '\'' || r == '’':
			if prev == '-' {
				return false, false, false
			}
			r = '-'
		case unicode.IsLetter(r) || unicode.IsMark(r):
			if r >= 0x250 && !unicode.Is(unicode.Latin, r) && unicode.IsLetter(r) {
				latin = false
				if !unicode.IsUpper(r) && !unicode.IsLower(r) {
					cased = false
				}
			}
		default:
			return false, false, false
		}
		prev = r
	}
	return prev != '-', latin, cased
}

// asr32Open skips a quote or a backtick that opens a value at p.
func asr32Open(s string, p int) int {
	if p < len(s) && (s[p] == '`' || s[p] == '"') {
		return p + 1
	}
	return p
}

// asr32Name reads a name at p after a frame.
func asr32Name(s string, p int, weak bool) (span, bool) {
	start := -1
	n, known := 0, false
	latin, cased := true, true
	q := asr32Open(s, p)
	for words := 0; ; words++ {
		if words > 8 || q >= len(s) {
			return span{}, false
		}
		e := asr32Word(s, q)
		if e == q {
			return span{}, false
		}
		w := s[q:e]
		last := false
		if n == 0 && strings.HasSuffix(w, ",") && e < len(s) && s[e] == ' ' {
			w = w[:len(w)-1] // "Family, Given"
		} else if t := strings.TrimRight(w, ".,!?;:"); t != w && t != "" {
			if !asr32End(s, e) && !(n == 0 && asr32Honors[asr32Lower(t)]) {
				return span{}, false // a sentence goes on after the mark
			}
			if n > 0 || !asr32Honors[asr32Lower(t)] {
				w, e, last = t, q+len(t), true
			}
		}
		lw := asr32Lower(w)
		ok, lat, cas := asr32Letters(strings.TrimSuffix(w, "."))
		switch {
		case !ok:
			return span{}, false
		case n == 0 && asr32Honors[strings.TrimSuffix(lw, ".")]:
		case n > 0 && asr32Particles[lw]:
		case asr32Stops[lw] || asr32Common[lw] || stop30[lw] && !asr32Particles[lw] || notNames[lw]:
			return span{}, false
		default:
			n++
			latin = latin && lat
			cased = cased && cas
			if start >= 0 && n == 1 {
				known = true // after an honorific
			}
			if !known && lat && lexMaybe(w) && lexClass(w) != 0 {
				known = true
			}
		}
		if start < 0 {
			start = q
		}
		if n > 0 && (last || asr32End(s, e)) {
			if weak && latin && !known && n <= 3 && !last && e < len(s) && s[e] == ' ' {
				fe := asr32Word(s, e+1)
				known = asr32Fillers[asr32Lower(s[e+1:fe])] // "this is jane testperson um": a caller's name before a filler
				for k := start; known && k < e; k++ {
					known = s[k] < 'A' || s[k] > 'Z' // said, in lower case
				}
			}
			if n > 5 || latin && n < 2 || weak && latin && !known || weak && cased && !latin && n < 2 {
				return span{}, false
			}
			return span{start: start, end: e, kind: KindName}, true
		}
		if e >= len(s) || s[e] != ' ' {
			return span{}, false
		}
		q = e + 1
	}
}

// asr32Address reads an address at p after a frame: its words up to a
// stop word, a line's end or a tag.
func asr32Address(s string, p int, weak bool) (span, bool) {
	p = asr32Open(s, p)
	q := p
	digit := false
	words := 0
	first := ""
	for {
		e := asr32Word(s, q)
		if e == q {
			return span{}, false
		}
		w := s[q:e]
		lw := asr32Lower(strings.TrimRight(w, ",.;"))
		if words == 0 {
			if asr32AddrStops[lw] || asr32Common[lw] && !asr32StreetFirst[lw] || stop30[lw] && !asr32StreetFirst[lw] {
				return span{}, false // "the address is wrong", "deliver it to my office", "send it to warehouse 4"
			}
			first = lw
		}
		if asr32NotAddr[lw] || !asr32Said(w) || asr32DottedNumber(w) {
			return span{}, false // "… 1626 the code is #4671", "ip address is 10.0.0.1", "Flat 7, 47 Mill Close; commit=…"
		}
		words++
		if words > 16 {
			return span{}, false
		}
		for i := 0; i < len(w); i++ {
			if isDigit(w[i]) {
				digit = true
				break
			}
		}
		if asr32EndBy(s, e, asr32AddrStops) {
			if words < 2 || !digit && !asr32StreetFirst[first] || weak && (words < 3 || !digit) {
				return span{}, false
			}
			end := e
			for end > p && strings.IndexByte(",.;", s[end-1]) >= 0 {
				end--
			}
			return span{start: p, end: end, kind: KindAddress}, true
		}
		if e >= len(s) || s[e] != ' ' {
			return span{}, false
		}
		q = e + 1
	}
}

// asr32Said reports a word as a transcript writes an address's: lower
// case, letters, digits and the marks of a house number or a postcode
// ("125/4", "01897-986", "d3").
func asr32Said(w string) bool {
	for _, r := range w {
		switch {
		case r == '-' || r == '/' || r == '\'' || r == '.' || r == ',':
		case r < 0x80 && (isDigit(byte(r)) || r >= 'a' && r <= 'z'):
		case r >= 0x80 && (unicode.IsLetter(r) || unicode.IsMark(r)) && !unicode.IsUpper(r):
		default:
			return false
		}
	}
	return true
}

// asr32DottedNumber reports digits on both sides of a dot ("10.0.0.1",
// "4.2", "1.795,80").
func asr32DottedNumber(w string) bool {
	for i := 1; i+1 < len(w); i++ {
		if w[i] == '.' && isDigit(w[i-1]) && isDigit(w[i+1]) {
			return true
		}
	}
	return false
}

func init() {
	keys := map[string]bool{}
	for _, w := range asr32FrameKeys {
		keys[w] = true
		t := w + " "
		k := asr30Key(t, 0)
		for h := asr30Slot(k); ; h = (h + 1) & 511 {
			if asr30Keys[h] == 0 || asr30Keys[h] == k {
				asr30Keys[h], asr30Vals[h] = k, asr30Vals[h]|8
				break
			}
		}
	}
	for fi := range asr32Frames {
		f := &asr32Frames[fi]
		asr32ByFirst[f.text[0]] = append(asr32ByFirst[f.text[0]], uint8(fi))
		off := 0
		for _, w := range strings.Fields(f.text) {
			if keys[w] && len(w) >= 3 {
				f.keyOff = off
				asr32Lead[f.text[0]] = asr32Lead[f.text[0]] || off == 0
				h := asr32SlotOf(asr30Key(f.text, off))
				asr32BySlot[h] = append(asr32BySlot[h], uint8(fi))
				break
			}
			off += len(w) + 1
		}
	}
}

// asr32Filler reports a filler (" um ", " uh ") in a text with a frame
// (spaceFacts.asrFrame): a transcript asr30's gate did not take (no digit
// word), read for digit groups alone after a card's word (asr32Cued).
func asr32Filler(s string) bool { return strings.Contains(s, " um ") || strings.Contains(s, " uh ") }

// asr32AtStart reports a frame at s's start, which the walk of the spaces
// does not reach (asr32Gate is spaceFacts.asrFrame, asr30's gate, or
// this).
func asr32AtStart(s string) bool { return len(s) > 4 && asr32Lead[s[0]] && asr32FrameAt(s, 0) }

// asr32Cues are the words before a card's or a resident id's digits said
// in groups alone ("card 220 4460 15 1396 87 2", "my id number is 110 101
// 1983 …").
var asr32Cues = setOf("card", "number", "id", "karte", "kartennummer", "tarjeta", "cartão", "cartao", "carta",
	"carte", "kartu", "kart", "karta", "карта", "número", "numero", "nummer", "nomor", "numer", "номер", "numara")

// asr32Cued reports a run ts[k:en] of digit groups alone (no digit word)
// that may be a card or a resident id said in irregular groups: three
// groups or more, 13 to 19 digits, after a cue in the three words before
// it. The readers of the spelled view check what it is (Luhn, the id's
// check).
func asr32Cued(s string, ts []asr30Tok, k, en, digits int) bool {
	if en-k < 3 || digits < 13 || digits > 19 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if !asr30Next(s, ts, j) {
			return false
		}
		if asr32Cues[asr30Lower(s, ts[j])] {
			return true
		}
	}
	return false
}
