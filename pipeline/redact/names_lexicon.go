package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names known by their words. Most names vigil redacts are found by their
// place: a key, a trigger, a greeting, a format's field. A name logged
// with none of these ("webhook received for #1041 (Ingrid Nyström)",
// "refund approved: Carlos Mendoza Ruiz") is found by its words instead:
// a run of capitalised words of which the first is a given name of
// givenNames (or a family name, for the markets that write it first) and
// another is a given or family name too. A given name first and
// capitalised words after it are read as a name in a slot a name fills by
// itself, in brackets or parentheses; a given name alone only where it
// opens a title or a greeting ("📦 Luíza", "Priya, your parcel …").
//
// What keeps look-alikes: a run that holds a noun of places, goods or
// organisations (stopNouns: "Victoria Station", "Grace Tote Bag") or a
// company's legal form, a run inside a longer proper noun ("Santa Maria",
// "Hotel Maria Theresia") and a run glued to an identifier.

const (
	lexGiven  = 1
	lexFamily = 2
)

var (
	lexTable  *table
	lexFilter [1 << 10]uint64 // a Bloom filter of one hash over lexTable's keys
	lexShape  [1 << 10]uint64 // the same over lexShapeOf of the keys, lower and upper case
)

// lexShapeOf is a word's first three bytes (ASCII folded to lower case)
// and its length, hashed to 16 bits: read from the text as it stands, it
// rules out most words before they are folded and looked up.
func lexShapeOf(w string) uint32 {
	h := uint32(len(w)) * 0x9E3779B1
	for k := 0; k < 3 && k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h >> 16
}

func init() {
	m := map[string]int{}
	for _, w := range givenNames {
		m[w] |= lexGiven
	}
	for _, w := range familyNames {
		m[w] |= lexFamily
	}
	lexTable = newTable(m)
	for w := range m {
		h := fnv([]byte(w)) & (1<<16 - 1)
		lexFilter[h>>6] |= 1 << (h & 63)
		r, n := utf8.DecodeRuneInString(w)
		for _, f := range []string{w, strings.ToUpper(w), string(unicode.ToUpper(r)) + w[n:]} {
			h := lexShapeOf(f)
			lexShape[h>>6] |= 1 << (h & 63)
			if d := strings.IndexByte(f, '-'); d >= 2 {
				h := lexShapeOf(f[:d])
				lexShape[h>>6] |= 1 << (h & 63)
			}
		}
	}
}

// lexMaybe reports whether the word w may be in the lexicon (false: it is
// not; true: look it up). A hyphenated word may be known by its first part.
func lexMaybe(w string) bool {
	h := lexShapeOf(w)
	if lexShape[h>>6]&(1<<(h&63)) != 0 {
		return true
	}
	if d := strings.IndexByte(w, '-'); d >= 2 {
		h := lexShapeOf(w[:d])
		return lexShape[h>>6]&(1<<(h&63)) != 0
	}
	return false
}

// lexClass returns the lexicon's bits for the word w (any case), or 0.
func lexClass(w string) int {
	var buf [40]byte
	if len(w) > len(buf) || len(w) < 2 {
		return 0
	}
	lw := buf[:0]
	ascii := true
	for k := 0; k < len(w); k++ {
		if w[k] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		lw = lower(lw, w)
	} else {
		for _, r := range w {
			lw = utf8.AppendRune(lw, unicode.ToLower(r))
		}
		if len(lw) > len(buf) {
			return 0
		}
	}
	c := 0
	if h := fnv(lw) & (1<<16 - 1); lexFilter[h>>6]&(1<<(h&63)) != 0 {
		c, _ = lexTable.get(lw)
	}
	if c == 0 {
		if h := strings.IndexByte(w, '-'); h >= 2 {
			return lexClass(w[:h]) // "Jean-Baptiste", "Anna-Lena"
		}
	}
	return c
}

// stopNouns are capitalised words of places, goods and organisations that
// follow a given name in a proper noun that is no person ("Victoria
// Station", "Lucia Hotel", "Ruby Tote Bag").
var stopNouns = setOf("street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "drive", "way",
	"square", "place", "plaza", "city", "town", "village", "island", "islands", "bay", "beach", "park", "garden",
	"gardens", "hill", "hills", "valley", "lake", "river", "mountain", "mount", "port", "harbour", "harbor",
	"airport", "station", "terminal", "bridge", "tower", "towers", "hall", "center", "centre", "mall", "market",
	"store", "stores", "shop", "shops", "outlet", "hotel", "hostel", "resort", "hospital", "clinic", "school",
	"college", "university", "church", "cathedral", "museum", "gallery", "theatre", "theater", "stadium", "arena",
	"county", "district", "province", "state", "region", "north", "south", "east", "west", "central", "upper",
	"lower", "new", "old", "saint", "san", "santa", "st.", "fort", "cape", "point", "heights", "springs",
	"group", "holdings", "trading", "company", "co", "corp", "corporation", "inc", "ltd", "llc", "gmbh", "sa",
	"bank", "foundation", "institute", "association", "club", "team", "studio", "studios", "labs", "media",
	"records", "press", "brands", "collection", "edition", "series", "limited", "special", "classic", "original",
	"pro", "max", "mini", "plus", "lite", "ultra", "premium", "deluxe", "set", "pack", "kit", "box", "bag", "bags",
	"case", "cover", "shirt", "dress", "shoes", "boots", "watch", "cream", "oil", "tea", "coffee", "wine", "beer",
	"perfume", "candle", "lamp", "chair", "table", "sofa", "bed", "tote", "jacket", "coat", "ring", "necklace",
	"bracelet", "earrings", "doll", "toy", "toys", "book", "books", "cake", "bakery", "kitchen", "cafe", "café",
	"restaurant", "bar", "grill", "pizza", "sale", "day", "week", "award", "prize", "cup", "trophy", "festival",
	"strasse", "straße", "platz", "weg", "rue", "calle", "avenida", "rua", "via", "piazza", "corso", "jalan",
	"gate", "allee", "gasse", "ring", "markt", "kirche", "schule", "hof", "haus", "see", "berg",
	// trades of firms named after a person ("Russell Investments")
	"investments", "capital", "partners", "consulting", "solutions", "systems", "technologies", "technology",
	"logistics", "foods", "motors", "airlines", "pharma", "pharmaceuticals", "insurance", "securities",
	"associates", "industries", "enterprises", "ventures", "services", "brewery", "winery", "farms", "textiles",
	"electronics", "fashion", "apparel", "cosmetics", "furniture", "jewellery", "jewelry", "imports", "exports",
	// colours and materials of goods ("Olivia Rose Gold")
	"gold", "silver", "black", "red", "blue", "pink", "grey", "gray", "navy", "beige", "ivory", "leather", "cotton",
	"wool", "silk", "steel", "glass", "linen", "velvet", "denim")

// lexName redacts a name found by its words at i (a capitalised word, or
// one of a script without case); it returns the name's end, or 0.
func (sc *scanner) lexName(i int) int {
	s := sc.s
	n := len(s)
	if we := nameWordEnd(s, i); we-i < 2 || !lexMaybe(s[i:we]) || lexClass(s[i:we]) == 0 {
		return 0 // the first word must be known: most words cost this one look-up
	}
	if i > 0 {
		switch p := s[i-1]; {
		case isAlnum(p) || p == '_' || p == '-' || p == '.' || p == '/' || p == '@' || p == '#' || p == '$' || p == '%' || p == '&' || p == '=' && i >= 2 && s[i-2] == '=':
			return 0 // inside an identifier, a path, a handle, a query's key
		case p == ' ' && i >= 2 && capitalisedBefore(s, i-1):
			return 0 // inside a longer proper noun: "Santa Maria", "Hotel Maria Theresia"
		}
	}
	type word struct{ a, e, cls int }
	var ws [5]word
	k, nw := i, 0
	for nw < len(ws) && k < n {
		if !isUpper(s[k]) && !(nw == 0 && s[k] >= 0x80) {
			if nw == 0 {
				return 0
			}
			pe := k
			for pe < n && isAlpha(s[pe]) {
				pe++
			}
			if pe > k && pe+1 < n && s[pe] == ' ' && particles[s[k:pe]] && (isUpper(s[pe+1]) || s[pe+1] >= 0x80) {
				k = pe + 1 // "Ana de Souza", "Ahmad bin Hassan"
				continue
			}
			if s[k] < 0x80 {
				break
			}
			if !nameInitial(s[k:]) {
				break
			}
		}
		we := nameWordEnd(s, k)
		if we-k < 2 || we-k > 40 || we < n && (s[we] == '.' && nw == 0 || s[we] == '_' || s[we] == '@' || isDigit(s[we])) {
			break
		}
		w := s[k:we]
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return 0 // "Samuel Smith's Oatmeal Stout": a possessive names a brand or a place
		}
		var buf [16]byte
		if len(w) <= len(buf) && stopNouns[string(lower(buf[:0], strings.TrimSuffix(w, ".")))] || legalForm(s, k, we) {
			return 0 // "Victoria Station", "Grace Tote Bag", "Lucas Trading Ltd"
		}
		cls := lexClass(w)
		if nw > 0 && cls == 0 && w[0] >= 0x80 && !caseOf(w) && !strings.HasPrefix(w, "ال") {
			break // in a script without case only known words (and an Arabic family's "al-") go on a name
		}
		if nw >= 2 && cls == 0 && !(capsWord(w) && capsWord(s[ws[0].a:ws[0].e])) && !clauseEndsAt(s, we) {
			break // "Oliver Nakamura Québec card …": a third word goes on when it is known, in the name's capitals, or ends the clause (names_free.go)
		}
		ws[nw] = word{k, we, cls}
		nw++
		if we+1 < n && s[we] == ' ' && (isUpper(s[we+1]) || s[we+1] >= 0x80 || isLowerASCII(s[we+1])) {
			k = we + 1
			continue
		}
		break
	}
	if nw == 0 || ws[0].cls == 0 {
		return 0
	}
	end := ws[nw-1].e
	if measureAfter(s, end) || goodsAfter(s, end) || end < n && (s[end] == '/' || s[end] == '(' && end+1 < n && isDigit(s[end+1])) {
		return 0 // "Lucas 3000W x1", "Maria/2.1": goods and programs
	}
	known := 0
	for _, w := range ws[:nw] {
		if w.cls != 0 {
			known++
		}
	}
	switch {
	case nw >= 2 && known >= 2 && (ws[0].cls|ws[1].cls)&lexGiven != 0:
		// "Ingrid Nyström", "Nguyễn Văn An", "Tanaka Hiroshi": two known
		// words, a given name among the first two ("Morgan Stanley" is two
		// family names: a firm).
	case nw >= 2 && ws[0].cls&lexGiven != 0 && sc.aloneSlot(i, end):
		// "(Matthias Obermaier)": a given name first, in a slot of its own.
	case nw >= 2 && ws[0].cls&lexGiven != 0 && signOffSlot(s, i, end, len(sc.spans) > 0 || hasMarker(s[:i])):
		// "Call me … . Fernanda Zamudio": a message signed in its last sentence (names_signoff.go)
	case nw == 1 && ws[0].cls&lexGiven != 0 && titleSlot(s, i, end):
		// "📦 Luíza", "Priya, your parcel is on its way"
	default:
		return 0
	}
	if notPersonRun14(s, i, end) || shopWordBefore15(s, i) || !sc.emit(i, end, KindName, 0) { // titles, brands: damage14_titles.go; a shop's (damage15_brands.go)
		return 0
	}
	return end
}

// nameInitial reports a letter beyond ASCII that may start a name's word:
// a capital ("Ömer", "Łukasz", "Иван") or a letter of a script without
// case ("محمد", "राहुल").
func nameInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r) && !unicode.Is(unicode.Han, r) &&
		!unicode.Is(unicode.Hiragana, r) && !unicode.Is(unicode.Katakana, r) && !unicode.Is(unicode.Hangul, r)
}

// caseOf reports whether the word's first letter is of a script with case.
func caseOf(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsLower(r)
}

// capitalisedBefore reports a capitalised word in lower case after its
// capital that ends at the space at p, itself no known name's word.
func capitalisedBefore(s string, p int) bool {
	q := p
	for q > 0 && (isAlpha(s[q-1]) || s[q-1] >= 0x80) {
		q--
	}
	if q == p {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[q:p])
	return unicode.IsUpper(r) && hasLowerOrHigh(s[q:p]) && lexClass(s[q:p]) == 0 // ("ERROR Maria …": a level in capitals is no proper noun's word)
}

// aloneSlot reports whether s[a:e] fills a slot by itself, between
// brackets or parentheses. (A quoted value or a cell may as well hold a
// company named after its founder: "Ravi Textiles".)
func (sc *scanner) aloneSlot(a, e int) bool {
	s := sc.s
	if a == 0 || e >= len(s) {
		return false
	}
	return s[a-1] == '(' && s[e] == ')' || s[a-1] == '[' && s[e] == ']'
}

// titleSlot reports a single word that opens a title or a greeting: at
// the text's start or after an emoji, and followed by the end, a closing
// quote, or ", " / "!".
func titleSlot(s string, a, e int) bool {
	if e < len(s) && !(s[e] == '"' || s[e] == '\\' || s[e] == '!' || s[e] == ',' && e+1 < len(s) && s[e+1] == ' ') {
		return false
	}
	p := a
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p == 0 {
		return e < len(s) && (s[e] == ',' || s[e] == '!')
	}
	r, rw := utf8.DecodeLastRuneInString(s[:p])
	if r < 0x2190 || r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	// An emoji or pictograph ends the title's start: what is before it is
	// a quote, a key or nothing.
	q := p - rw
	for q > 0 && (s[q-1] >= 0x80 || s[q-1] == ' ') {
		r2, w := utf8.DecodeLastRuneInString(s[:q])
		if r2 == ' ' || r2 >= 0x2190 && !unicode.IsLetter(r2) || r2 == 0xFE0F || r2 == 0x200D {
			q -= w
			continue
		}
		return false
	}
	return q == 0 || s[q-1] == '"' || s[q-1] == '\'' || s[q-1] == '>'
}
