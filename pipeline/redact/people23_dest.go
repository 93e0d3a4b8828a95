package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A buyer who asks for delivery in a message goes on to the next request
// right after the address, often without a comma or a full stop: "pošljite
// na naslov Tržaška cesta 185, 8628 Ljubljana prosim pokličite me na +386
// 40 …", "saatke palun aadressile Vabaduse mnt 56 Tartu palun helistage
// …", "ուղարկեք այս հասցեով … 199 խնդրում եմ զանգահարեք …". The address
// after a delivery phrase (dest14End, address14_dest.go) ends at the word
// "please" of the buyer's language, at a verb that asks for a call, and
// at a phone number written as one ("+386", "tel:…"): no address goes on
// into them. Where the house number is written in the digits of the
// buyer's script ("वडा नं. ४, …") or a clause is closed by the Ethiopic
// comma, the address reads as one by dest14Reads once those are read as
// ASCII digits and commas (dest23Reads).

// dest23Stops are the words, lower case, that open a buyer's next request:
// "please" and "call me" in the buyers' languages, as typed.
var dest23Stops = setOf(
	// please
	"prosim", "palun", "kérem", "kerem", "kérlek", "xahiş", "xahis", "lütfen", "lutfen", "iltimos", "bitte",
	"proszę", "prosze", "prosím", "molim", "vă", "παρακαλώ", "parakalo", "будь", "пожалуйста",
	"будьласка", "tafadhali", "tolong", "mohon", "alsjeblieft", "alstublieft", "asseblief",
	"ngiyacela", "jọ̀wọ́", "jowo", "biko", "lūdzu", "ludzu", "vinsamlegast", "խնդրում", "խնդրեմ", "እባክዎ",
	"እባክህ", "እባክሽ", "እባኮትን", "გთხოვთ", "გეთაყვა", "कृपया", "कृपा", "කරුණාකර", "กรุณา", "รบกวน", "zəhmət",
	"zehmet", "илтимос", "өтінемін", "s'il", "svp", "pls", "plz", "kindly",
	// call me
	"helistage", "helista", "pokličite", "poklicite", "hívjanak", "hívjon", "zəng", "zeng", "arayın", "arayin",
	"qo'ng'iroq", "звоните", "позвоните", "зателефонуйте", "telefonieren", "rufen", "zadzwońcie", "zadzwoń",
	"volejte", "zavolejte", "nazovite", "nipigie", "mpigie", "զանգահարեք", "զանգեք", "ይደውሉልኝ", "ይደውሉ",
	"დამირეკოთ", "დამირეკეთ", "फोन", "सम्पर्क", "llámenme", "llamenme", "llámeme", "liguem", "appelez",
	"appelez-moi", "call", "gọi", "hubungi", "telepon", "zvanīt", "zvaniet", "hringið")

// dest23TokenStops reports a token (trimmed of a closing '.' or ':') that
// ends an address after a delivery phrase: a word of dest23Stops, or the
// start of a phone number ("+386", "tel:+…", "tel:[REDACTED:phone]").
func dest23TokenStops(t string) bool {
	if len(t) >= 2 && t[0] == '+' && isDigit(t[1]) || strings.HasPrefix(t, "tel:") || strings.HasPrefix(t, "Tel:") {
		return true
	}
	if len(t) > 40 || len(t) < 2 {
		return false
	}
	if t[0] < 0x80 && !isAlpha(t[0]) {
		return false
	}
	if dest23Stops[t] {
		return true
	}
	return dest23Stops[strings.ToLower(t)]
}

// dest23Reads reports an address after a delivery phrase that reads as
// one (dest14Reads) once the digits of its script are read as ASCII
// digits, the Ethiopic comma and full stop as a comma and a stop, and a
// Georgian word as a capitalised one.
func dest23Reads(v string) bool {
	if cjkBlockAddress18(v) {
		return true // "愛知県名古屋市中区三軒茶屋5-18-2 メゾン青葉302" (address18_cells.go)
	}
	first, _ := utf8.DecodeRuneInString(v)
	georgian := unicode.Is(unicode.Georgian, first)
	if !georgian && !dest23Native(v) {
		return false
	}
	var b strings.Builder
	b.Grow(len(v))
	for i, r := range v {
		switch {
		case i == 0 && georgian:
			b.WriteByte('A') // Georgian is written without case (Mkhedruli): its first letter opens a name as a capital does
		case r == '፣' || r == '،' || r == '、':
			b.WriteByte(',')
		case r == '።':
			b.WriteByte('.')
		case r >= 0x80 && unicode.IsDigit(r):
			b.WriteByte(byte('0' + nativeDigit23(r)))
		default:
			b.WriteRune(r)
		}
	}
	return dest14Reads(b.String())
}

// dest23Native reports a digit of another script or an Ethiopic or Arabic
// comma in v: what dest23Reads reads otherwise than dest14Reads.
func dest23Native(v string) bool {
	for i := 0; i < len(v); {
		if v[i] < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(v[i:])
		if r == '፣' || r == '،' || r == '、' || r == '።' || unicode.IsDigit(r) {
			return true
		}
		i += n
	}
	return false
}

// nativeDigit23 returns the value of a decimal digit of any script: the
// Unicode decimal digits come in runs of ten from zero.
func nativeDigit23(r rune) int {
	for z := r; z >= r-9; z-- {
		if !unicode.IsDigit(z - 1) {
			return int(r - z)
		}
	}
	return 0
}

// lowerLatinAt23 reports a Latin letter in lower case beyond ASCII at k
// ("ünvana", "élan") that is no honorific or role word itself ("ông"): a
// word that starts so is no name after a role word or an honorific, as
// one in ASCII lower case is not.
func lowerLatinAt23(s string, k int) bool {
	r, _ := utf8.DecodeRuneInString(s[k:])
	if !unicode.IsLower(r) || !unicode.Is(unicode.Latin, r) {
		return false
	}
	// an honorific or a role word itself ("ông", "señora") is read on
	if we := nameWordEnd(s, k); we > k && we-k <= 16 {
		var buf [16]byte
		lw := lower(buf[:0], s[k:we])
		if cls, _ := wordTable.get(lw); cls == wordName || honorificSet[string(lw)] {
			return false
		}
	}
	return true
}

// dest23End returns where an address of Japan, China or Korea that starts
// at k and that dest14End ends at e ends: after its last word that holds a
// digit (a block, a room), as the request that follows is written in the
// same script without a stop ("… メゾン青葉302 こちらの番号にお電話ください").
// Other addresses end at e.
func dest23End(s string, k, e int) int {
	if e <= k || s[k] < 0xE0 {
		return e
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	if !(unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Katakana, r)) {
		return e
	}
	last := -1
	for p := k; p < e; {
		q := p
		for q < e && s[q] != ' ' {
			q++
		}
		if strings.ContainsAny(s[p:q], "0123456789") {
			last = q
		}
		p = q + 1
	}
	if last < 0 {
		return e
	}
	return last
}
