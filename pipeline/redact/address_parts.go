package redact

import (
	"strings"
	"unicode/utf8"
)

// Addresses of the shapes that street.go's "number, name, street type"
// does not cover: the Caucasus, Central Asia, Mongolia, Ethiopia,
// Cambodia, South Asia, southern and western Africa, Iceland and the
// Baltics write the house after the street, the unit and the district
// before or after it, often in their own script, and point at a landmark
// instead of a number ("Woreda 3, House No. 24, near … church, Arada",
// "#92E40, Street 8705, near … market, Toul Tom Poung", "г. Астана, ул.
// …, д. 73, кв. 47", "ք. Երևան, … փ., շենք 120, բն. 36", "… дүүрэг, 15-р
// хороо, … өргөн чөлөө, 27-р байр, 8328 тоот", "ផ្ទះលេខ 213 ផ្លូវ …
// សង្កាត់ …"). They are read by their parts: a closed class of street,
// unit, district and landmark words in many languages and scripts, house
// numbers and postcodes.

// addrWords are street types, units, districts, post office boxes and
// landmark words, lower case, without a final full stop. A word of this
// class and a number, in a value of two comma-separated parts or more,
// make an address.
var addrWords = setOf(
	// English and the English of South Asia and Africa
	"street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "boulevard", "blvd", "highway",
	"house", "h.no", "hno", "flat", "block", "blk", "unit", "apt", "apartment", "building", "bldg", "floor",
	"stand", "section", "erf", "estate", "colony", "nagar", "vihar", "chowk", "sector", "phase", "gali", "mohalla",
	"bazaar", "district", "village", "quarter", "ward", "zone", "suburb", "township", "compound", "plot", "p.o",
	"box", "pobox", "bag", "sub-city", "subcity", "kebele", "woreda", "sangkat", "khan", "phum", "khum", "srok",
	"khoroo", "horoo", "microdistrict", "mkr", "kvartal", "mahalla", "aul",
	// Romance languages
	"esq", "esquina", "casa", "bis", "n.º", "nº", "n°", "andar", "piso", "largo", "avenida", "rua", "bairro",
	"travessa", "calle", "carrera", "caixa", "postal", "casilla", "apartado", "succ", "c.p", "depto", "apto",
	"barrio", "colonia", "quadra", "lote", "edificio", "edifício", "bloco",
	// French, Italian, German and Central European street types
	"rue", "chemin", "allée", "impasse", "quai", "boulevard", "viale", "piazza", "corso", "strasse", "straße",
	"gasse", "platz", "ulica", "ul", "utca", "út", "sokak", "sok", "cad", "caddesi", "mahalle", "jalan", "jl",
	"soi", "thanon",
	// Baltic, Nordic and Icelandic, Dutch, German
	"g", "gatvė", "pr", "prospektas", "al", "alėja", "butas", "íbúð", "ibud", "hæð", "pósthólf", "postfach",
	"postboks", "postbus", "pf", "bus", "straat", "laan", "weg",
	// Russian and Kazakh (Cyrillic)
	"ул", "улица", "пр", "пр-т", "просп", "проспект", "д", "дом", "кв", "квартира", "корп", "корпус", "стр",
	"строение", "г", "мкр", "микрорайон", "пер", "переулок", "б-р", "бульвар", "ш", "шоссе", "пл", "площадь",
	"наб", "набережная", "а/я", "к-сі", "көшесі", "даңғылы", "үй", "пәтер", "қ", "ауданы", "ықшамаудан",
	// Mongolian
	"дүүрэг", "хороо", "гудамж", "өргөн", "чөлөө", "байр", "тоот", "хороолол", "аймаг", "сум",
	// Georgian
	"ქ", "ქუჩა", "გამზ", "გამზირი", "ბ", "ბინა", "სადარბაზო", "შესახვევი", "კორპ", "კორპუსი", "მოედანი", "ჩიხი",
	"სართ", "სართული",
	// Armenian
	"փ", "փողոց", "պող", "պողոտա", "շենք", "բն", "բնակարան", "ք", "թաղ", "թաղամաս", "նրբ", "նրբանցք",
	// Amharic and Tigrinya
	"ክ/ከተማ", "ክፍለ", "ከተማ", "ወረዳ", "ቀበሌ", "የቤት", "ቤት", "ቁ", "ጎዳና", "መንገድ", "ሰፈር", "ሳ.ሣ.ቁ", "ፖ.ሳ.ቁ",
	// Khmer
	"ផ្ទះលេខ", "ផ្ទះ", "ផ្លូវ", "សង្កាត់", "ខណ្ឌ", "ភូមិ", "ឃុំ", "ស្រុក", "ខេត្ត",
	// Hindi and Nepali
	"मकान", "नं", "गली", "मार्ग", "नगर", "कॉलोनी", "सेक्टर", "मोहल्ला", "रोड", "वार्ड", "टोल",
	// Arabic, Persian, Hebrew
	"شارع", "طريق", "حي", "ص.ب", "خیابان", "کوچه", "پلاک", "רחוב", "ת.ד",
)

// landmarkWords point at a place near the house instead of a number
// ("near … market", "off Ikoyi", "opposite … church"): after one, the
// part's words are the place's, whatever their case.
var landmarkWords = setOf("near", "nr", "off", "opposite", "opp", "behind", "beside", "across", "facing",
	"adjacent", "cerca", "frente", "atrás", "perto", "près", "derrière", "около", "возле", "напротив", "рядом",
	"ойролцоо", "арын", "хажууд", "አጠገብ", "ፊት", "ለፊት", "ជិត", "ក្បែរ", "पास", "सामने", "पीछे")

// floorWords are the floor, side and flat abbreviations written after the
// street in lower case ("…, st. th., 9000 Aalborg", "…, as. 37, 90100
// Oulu", "lgh 1102"); they continue an address, but say too little to
// start one.
var floorWords = setOf("st", "th", "tv", "mf", "kl", "sal", "as", "krs", "lgh", "vån", "et", "étage", "ét",
	"bus", "bte", "app", "appt", "apt", "esc", "pta", "piso", "dpto", "int", "hs")

// addrToken reports a token (a trailing full stop or comma dropped) that
// is a word of addrWords.
func addrToken(t string) bool {
	dot := strings.HasSuffix(strings.TrimRight(t, ","), ".")
	t = strings.TrimRight(t, ".,")
	if t == "" {
		return false
	}
	if !dot && (utf8.RuneCountInString(t) == 1 || len(t) == 2 && t[0] < 0x80 && t[1] < 0x80) {
		return false // "g.", "д.", "ქ.", "pr." are abbreviations; "250 g" and "5 г" are grams
	}
	if t[0] < 0x80 {
		var buf [24]byte
		if len(t) > len(buf) {
			return false
		}
		return addrWords[string(lower(buf[:0], t))]
	}
	if addrWords[t] {
		return true
	}
	return addrWords[strings.ToLower(t)] || fusedAddrWord(t) // address_words9.go
}

// numberToken reports a house, unit or postal number: digits with a
// letter, a dash or a slash ("32", "N135", "#92E40", "27-р", "99A",
// "138-34", "95/47", "LT-54910", "n.º 234" is two tokens).
func numberToken(t string) bool {
	t = strings.TrimRight(t, ".,")
	t = strings.TrimPrefix(t, "#")
	if t == "" || len(t) > 12 {
		return false
	}
	d := 0
	for i := 0; i < len(t); i++ {
		if isDigit(t[i]) {
			d++
		}
	}
	return d > 0 && d <= 10
}

// streetWordToken reports a street name fused with its type ("Hringbraut",
// "Skólavörðustígur", "Brugsevaart", "Mozartstraße").
func streetWordToken(t string) bool {
	if len(t) < 6 || !startsWithUpperRune(t) {
		return false
	}
	for _, suf := range streetSuffixes {
		if len(t) > len(suf)+2 && strings.EqualFold(t[len(t)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// addressByParts reports a whole value (a positional argument, a cell)
// that reads as an address by its parts: a street, unit or district word
// (addrWords) or a fused street name, a house number, and two parts or
// more; or two such words and a number.
func addressByParts(v string) bool {
	if len(v) < 8 || len(v) > 200 || strings.ContainsAny(v, "=@:\\{}[]<>|\"\n") || moneyNext(v, 0) {
		return false
	}
	parts := strings.Count(v, ", ") + 1
	if parts > 9 {
		return false
	}
	fs := strings.Fields(v)
	if len(fs) > 40 {
		return false
	}
	strong, weak, numbers := 0, 0, 0
	num := func(k int) bool { return k >= 0 && k < len(fs) && numberToken(fs[k]) }
	for k, f := range fs {
		switch {
		case streetWordToken(strings.TrimRight(f, ".,")):
			strong++
		case addrToken(f):
			// A word of the class is strong evidence when it is an
			// abbreviation, in a script of its own, or beside a number in
			// its part ("Woreda 51", "27-р байр", "192 bis"); an English
			// or Romance word alone ("Floor lamp, 2 bulbs") is weak.
			t := strings.TrimRight(f, ",")
			if t[len(t)-1] == '.' || f[0] >= 0x80 || !strings.HasSuffix(f, ",") && (num(k+1) || nextIsNo(fs, k)) || num(k-1) {
				strong++
			} else {
				weak++
			}
		case numberToken(f):
			numbers++
		case k == 0 && nextIsNo(fs, -1):
			strong++ // "No. 12, …", "H.No. 57/53, …": a house number's own word
		}
	}
	if numbers == 0 || strong+weak == 0 || len(fs) < 3 {
		return numbers == 0 && houseNameAddress(v)
	}
	return strong >= 1 && (parts >= 2 || strong+weak >= 2) || weak >= 2 && parts >= 2
}

// nextIsNo reports "No."/"No"/"N°"/"n.º"/"№" and a number after fs[k]
// ("House No. 147", "Gali No. 5514"; k = -1: at the value's start).
func nextIsNo(fs []string, k int) bool {
	if k+2 >= len(fs) {
		return false
	}
	switch strings.ToLower(strings.TrimRight(fs[k+1], ".")) {
	case "no", "nº", "n°", "n.º", "№", "nr", "num", "h.no", "hno":
		return numberToken(fs[k+2])
	}
	return false
}

// houseNames end the name of a house that stands for its number in
// Ireland and Britain ("The Old Rectory, Drumcondra, Kilkenny").
var houseNames = setOf("house", "lodge", "cottage", "cottages", "rectory", "vicarage", "manor", "farm", "farmhouse",
	"grange", "mill", "villa", "hall", "barn", "croft")

// houseNameAddress reports a house's name and two places or more, every
// word capitalised: "The Old Rectory, Drumcondra, Kilkenny", "Ballinteer
// House, Stillorgan, Dublin".
func houseNameAddress(v string) bool {
	parts := strings.Split(v, ", ")
	if len(parts) < 3 || len(parts) > 5 {
		return false
	}
	for k, p := range parts {
		ws := strings.Fields(p)
		if len(ws) == 0 || len(ws) > 4 {
			return false
		}
		for _, w := range ws {
			if !startsWithUpperRune(w) {
				return false
			}
		}
		if k == 0 {
			var buf [16]byte
			last := ws[len(ws)-1]
			if len(ws) < 2 || len(last) > len(buf) || !houseNames[string(lower(buf[:0], last))] {
				return false
			}
		}
	}
	return true
}

// indexedArgSpans returns the values of indexed positional arguments
// ("{2}=ბელიაშვილის გამზ. 32, ბ. 3, Rustavi 0664 (ean …)", as Java's
// MessageFormat arguments are logged) that read as addresses. A value runs
// to the next argument, a " (" or the line's end.
func indexedArgSpans(s string, have []span) []span {
	var out []span
	for p := 0; p < len(s); {
		k := strings.Index(s[p:], "}=")
		if k < 0 {
			break
		}
		k += p
		p = k + 2
		o := k - 1
		for o >= 0 && isDigit(s[o]) {
			o--
		}
		if o < 0 || o == k-1 || s[o] != '{' || o > 0 && s[o-1] != ' ' && s[o-1] != '\t' {
			continue
		}
		a := k + 2
		b := a
		for b < len(s) && s[b] != '\n' {
			if s[b] == ' ' && b+1 < len(s) && (s[b+1] == '(' || s[b+1] == '{' && indexedArg(s, b+1)) {
				break
			}
			b++
		}
		for b > a && (s[b-1] == ' ' || s[b-1] == '.') {
			b--
		}
		if b-a >= 8 && !isMarkerAt(s, a) && onlyInside(have, a, b) && (addressByParts(s[a:b]) || cellAddress(s[a:b])) {
			out = append(out, span{start: a, end: b, kind: KindAddress})
			p = b
		}
	}
	return out
}

// indexedArg reports "{N}=" at p.
func indexedArg(s string, p int) bool {
	q := p + 1
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	return q > p+1 && q+1 < len(s) && s[q] == '}' && s[q+1] == '='
}

// extendAddressForward extends each address span of sp over the parts
// after it that its reader stopped at: a landmark ("…, near … market,
// Chbar Ampov, Siem Reap 120590"), a district or unit in lower case
// ("…, khoroo 32, Olympic street, building 134, apt 9099") or a street
// type written in lower case after the name ("… гүний өргөн чөлөө, 67-р
// байр"). The first such part must open with a word of addrWords or
// landmarkWords; after it, the parts that follow are read as streetRun
// reads them. sp is sorted by start; a span never reaches into the next.
func extendAddressForward(s string, sp []span) {
	for i := range sp {
		if sp[i].kind != KindAddress {
			continue
		}
		ceil := len(s)
		if i+1 < len(sp) {
			ceil = sp[i+1].start
		}
		e := timeTail(s, sp[i].start, sp[i].end)
		e = provinceTail(s, e, ceil)
		sp[i].end = addressTail(s, e, ceil, lastPartKnown(s[sp[i].start:e]))
	}
}

// timeTail cuts from an address s[st:e] the time a message gives after it
// ("… 155 Akureyri at 1736690004593"): " at " and an epoch time or a
// clock time end the address. It returns the new end.
func timeTail(s string, st, e int) int {
	k := strings.LastIndex(s[st:e], " at ")
	if k <= 0 {
		return e
	}
	k += st
	v := s[k+4 : e]
	d := 0
	for d < len(v) && (isDigit(v[d]) || v[d] == ':' || v[d] == '.' || v[d] == 'T' || v[d] == 'Z' || v[d] == '-') {
		d++
	}
	if d == len(v) && countDigits(v) >= 4 {
		return k
	}
	return e
}

// lastPartKnown reports an address whose last comma-separated part holds
// a word of the class ("…, khoroo 32"): the parts after it are read on.
func lastPartKnown(v string) bool {
	if c := strings.LastIndex(v, ", "); c >= 0 {
		v = v[c+2:]
	} else {
		return false
	}
	for f := range strings.FieldsSeq(v) {
		if addrToken(f) || landmarkWords[strings.ToLower(strings.TrimRight(f, "."))] {
			return true
		}
	}
	return false
}

// addressTail returns where the address ending at e really ends (see
// extendAddressForward), never past ceil; opened when the address's last
// part already holds a word of the class.
func addressTail(s string, e, ceil int, opened bool) int {
	for e+1 < ceil {
		p := e
		comma := false
		switch {
		case s[p] == ',' && s[p+1] == ' ':
			p += 2
			comma = true
		case s[p] == ' ':
			p++
		default:
			return e
		}
		end, known, toks, firstKnown, place := p, 0, 0, false, false
		for q := p; q < ceil && toks < 8; {
			t := q
			for t < ceil && s[t] > ' ' && strings.IndexByte(",;|\"'()[]{}<>\\=&", s[t]) < 0 {
				t++
			}
			if t == q || t < len(s) && (s[t] == '=' || s[t] == '&') || s[t-1] == ':' || idPieceNext27(s, q) { // (an id: dmg27_ids.go)
				break // a key ("calle=…", "tel: …") and what it labels
			}
			if s[q] >= 0x80 && cjkLabelAt(s, q) {
				break // "… Hồ Chí Minh 商品:AirPods": the record's next field (address16_ends.go)
			}
			w := s[q:t]
			lw := strings.ToLower(strings.TrimRight(w, "."))
			conn := landmarkWords[lw]
			kn := conn || addrToken(w) || floorWords[lw]
			if !kn {
				if lowerASCIIWord(strings.TrimRight(w, ".")) && !place || isMarkerAt(s, q) || moneyNext(s, q) || lookAlikeNext(s, q) && !numberToken(w) {
					break
				}
				if !opened && !comma && !(s[q] >= 0x80 && !startsWithUpperRune(w)) {
					break // before a part opens, only words of a script without capitals
				}
			}
			if conn {
				place = true // "near Sothearos market": the place's own words follow
			}
			if kn {
				known++
				if toks == 0 {
					firstKnown = true
				}
			}
			toks++
			end = t
			if t+1 < ceil && s[t] == ' ' && s[t+1] != ' ' {
				q = t + 1
				continue
			}
			break
		}
		if end == p || !opened && (comma && !firstKnown || !comma && known == 0) {
			return e
		}
		opened = true
		e = end
	}
	return e
}

// lowerASCIIWord reports a word of lower-case ASCII letters ("on",
// "tracking", "order"): it ends an address's tail unless it is one of the
// class.
func lowerASCIIWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// poBoxHeads open a post office box wherever it stands, in the languages
// that write one: the number follows ("P.O. Box 1349, Gotera area",
// "Pósthólf 4913, 155 Akureyri", "Caixa Postal 2776, Lubango").
var poBoxHeads = []string{"P.O. Box ", "P. O. Box ", "P.O.Box ", "PO Box ", "POBox ", "Post Office Box ", "Private Bag ",
	"Pósthólf ", "Postboks ", "Postbus ", "Postfach ", "Postilokero ", "Caixa Postal ", "Casilla de Correo ",
	"Casilla Postal ", "Casilla ", "Apartado Postal ", "Apartado ", "Boîte postale ", "Boite postale ", "Case postale ",
	"C.P. ", "B.P. ", "BP ", "Skrytka pocztowa ", "Postafiók ", "P.K. ", "Posta Kutusu ", "Pf. "}

// poBox redacts a post office box at i and the parts after it; it returns
// its end, or 0. A place must follow the number ("…, 155 Akureyri"): a box
// alone is as often a business's postcode (a warehouse's "P.O. Box 46118").
func (sc *scanner) poBox(i int) int {
	s := sc.s
	for _, h := range poBoxHeads {
		if h[0] != s[i] || !strings.HasPrefix(s[i:], h) {
			continue
		}
		k := i + len(h)
		e := k
		for e < len(s) && isDigit(s[e]) && e-k < 8 {
			e++
		}
		if e == k || e < len(s) && isWord(s[e]) || e-k > 7 {
			return 0
		}
		if !(e+2 < len(s) && s[e] == ',' && s[e+1] == ' ' && (isUpper(s[e+2]) || isDigit(s[e+2]) || s[e+2] >= 0x80 || strings.HasPrefix(s[e+2:], "succ"))) {
			return 0 // a box alone ("ZONE P.O. Box 46118") is a business's postcode, not a buyer's address
		}
		return sc.streetRun(i, e)
	}
	return 0
}

// poBoxFirst holds the first bytes of poBoxHeads: the cheap test.
var poBoxFirst = func() (t [256]bool) {
	for _, h := range poBoxHeads {
		t[h[0]] = true
	}
	return t
}()

// addressPhrasesMore say "deliver to", "delivery address" and "address:"
// in the languages of the Caucasus, Central Asia, Mongolia, Ethiopia,
// Cambodia, South Asia, Africa, Iceland and the Baltics (see
// addressPhrases in word.go); those written by a system must be followed
// by what begins as an address.
var addressPhrasesMore = []string{
	// Georgian, Armenian, Azerbaijani
	"მიწოდება ", "მისამართი: ", "მიწოდების მისამართი: ", "გაგზავნა ", "առաքում ", "առաքման հասցե: ", "հասցե: ",
	"առաքել ", "çatdırılma ", "ünvan: ",
	// Kazakh, Kyrgyz, Uzbek, Mongolian
	"жеткізу ", "жеткізу мекенжайы: ", "мекенжай: ", "жеткирүү ", "дарек: ", "yetkazib berish ", "manzil: ",
	"хүргэх ", "хүргэлт ", "хүргэлтийн хаяг: ", "хаяг: ",
	// Amharic, Somali, Zulu, Xhosa, Yoruba, Igbo, Hausa
	"ማድረስ ", "አድራሻ: ", "የመላኪያ አድራሻ: ", "cinwaanka: ", "thumela ku ", "thumela e ", "ikheli: ", "idilesi: ",
	"fi ránṣẹ́ sí ", "fi ranse si ", "àdírẹ́sì: ", "adiresi: ", "zipu na ", "adreesị: ", "isar da zuwa ", "adireshi: ",
	// Khmer, Burmese, Lao, Sinhala, Nepali, Hindi, Tamil, Bengali
	"ដឹកជញ្ជូនទៅ ", "អាសយដ្ឋាន: ", "ပို့ရန် ", "လိပ်စာ: ", "ສົ່ງໄປ ", "ທີ່ຢູ່: ", "ලිපිනය: ", "ठेगाना: ",
	"यहाँ भेजें ", "डिलीवरी पता: ", "डिलीवरी पता ", "शिपिंग पता ", "पता: ", "முகவரி: ", "ঠিকানায় পাঠান ",
	// Icelandic, Lithuanian, Latvian, Estonian, Dutch, Irish, Welsh
	"senda til ", "sent til ", "afhenda á ", "heimilisfang: ", "pristatyti ", "pristatymo adresas: ", "adresas: ",
	"piegādāt uz ", "adrese: ", "tarnida ", "aadress: ", "leveren aan ", "geleverd aan ", "livrer à ", "livrer au ", "seoladh: ",
	"cyfeiriad: ",
	// "deliver to", "delivery address" in English variants
	"please deliver to ", "deliver to ", "delivered to ", "delivery to ", "drop off at ", "dropoff at ",
}

// addressEventsMore are the phrases of addressPhrasesMore that may start
// ordinary prose: what follows them must begin as an address does.
var addressEventsMore = []string{"მიწოდება ", "გაგზავნა ", "առաքում ", "առաքել ", "çatdırılma ", "жеткізу ", "жеткирүү ",
	"yetkazib berish ", "хүргэх ", "хүргэлт ", "ማድረስ ", "thumela ku ", "thumela e ", "fi ránṣẹ́ sí ", "fi ranse si ",
	"zipu na ", "isar da zuwa ", "ដឹកជញ្ជូនទៅ ", "ပို့ရန် ", "ສົ່ງໄປ ", "यहाँ भेजें ", "ঠিকানায় পাঠান ",
	"senda til ", "sent til ", "afhenda á ", "pristatyti ", "piegādāt uz ", "tarnida ", "leveren aan ",
	"geleverd aan ", "livrer à ", "livrer au ", "please deliver to ", "deliver to ", "delivered to ", "delivery to ", "drop off at ",
	"dropoff at "}

// (Other files' init functions add phrases the same way: each appends to
// addressPhrases and rebuilds the index from it, whatever their order.)
func init() {
	for _, w := range addressEventsMore {
		addressEvents[w] = true
	}
	addressPhrases = append(addressPhrases, addressPhrasesMore...)
	addrIndex = newPhraseIndex(addressPhrases)
}

// addressAhead reports a clause at k that reads as an address by its parts
// (addressByParts), up to the clause's end: "entregar en Garibaldi 32 esq.
// Mercedes, CP 11507, Maldonado".
func addressAhead(s string, k int) bool {
	e := k
	for e < len(s) && e-k < 160 && strings.IndexByte(";|\"'()[]{}<>\n\\=", s[e]) < 0 {
		e++
	}
	return addressByParts(strings.TrimRight(s[k:e], " .,"))
}

// onlyInside reports whether the spans of sp that overlap [a, b) are names
// and addresses that lie inside it: the parts of an address its readers
// took one by one ("Unit 19, Pixley" and "Road, Orlando" of "Unit 19,
// Pixley ka Seme Gardens, 11 Main Road, Orlando East, …").
func onlyInside(sp []span, a, b int) bool {
	for _, x := range sp {
		if x.start < b && x.end > a && (x.start < a || x.end > b || x.kind != KindAddress && x.kind != KindName) {
			return false
		}
	}
	return true
}

// startsSpan reports a span of sp that starts at a: the cell begins with
// what a reader already took as an address or a name.
func startsSpan(sp []span, a int) bool {
	for _, x := range sp {
		if x.start == a {
			return true
		}
	}
	return false
}

// provinceTail extends an address ending at e over a province written in
// brackets and the postcode after it ("…, Québec (Québec) H6L 1W2"), as
// Canadian addresses are written; it returns the new end.
func provinceTail(s string, e, ceil int) int {
	if e+4 >= ceil || s[e] != ' ' || s[e+1] != '(' {
		return e
	}
	c := strings.IndexByte(s[e+2:min(ceil, e+40)], ')')
	if c <= 0 {
		return e
	}
	prov := s[e+2 : e+2+c]
	if !startsWithUpperRune(prov) || strings.ContainsAny(prov, "0123456789()") {
		return e
	}
	p := e + 2 + c + 1
	end := p
	for tok := 0; tok < 2 && p+1 < ceil && s[p] == ' '; tok++ {
		q := p + 1
		for q < ceil && (isUpper(s[q]) || isDigit(s[q])) {
			q++
		}
		if q-p-1 != 3 || countDigits(s[p+1:q]) == 0 || q < len(s) && isWord(s[q]) {
			break
		}
		end, p = q, q
	}
	if end == e+2+c+1 {
		return e // a remark in brackets, not a province before a postcode
	}
	return end
}
