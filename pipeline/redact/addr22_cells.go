package redact

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An address that stands as a whole value — a row's cell, a line of a
// mail, an element's text, a value an assertion prints between angle
// brackets, the item after an error's colon — is known by its own format
// when the format is its locale's:
//
//	Wiedner 149, 8235 Klagenfurt                     a street, its number, a four-digit postcode and the town
//	Pilestredet 89 H0201, 7472 Drammen               (a Norwegian flat number after the house number)
//	Mariahilfer 88/2/14, 8767 Klagenfurt             (an Austrian staircase and door)
//	Algade 143, 2. th., 2634 Randers                 (a Danish floor and side between)
//	184 boul. Papineau, Sherbrooke QC Q0Y 9M4        a Canadian postal code after the province
//	Avenida Colón # 160-14, Medellín                 a Colombian plate: "# 160-14" after the street
//	خیابان جمهوری پلاک 136 واحد ۳ تهران                   a street word of its script and a number
//	ផ្ទះលេខ 126 មហាវិថីម៉ៅសេទុង កំពត, အမှတ် 55၊ ပြည်လမ်း၊ မန္တလေး, Gida na 17, titin …, Mtaa wa … 47, …
//	名古屋市中区栄1-2-14 ハイツ201号室                  a Japanese city, ward and block number
//
// cellAddress22 reads these shapes; cellAddress18 (quoted items, location
// keys) asks it first. addr22Spans finds the whole values in free text.
// A value of such a shape is no order line, version or amount: those hold
// no postcode after a street and its number, no street word of a script.

// streetWords22 are street, house and unit words of scripts without
// capitals, and Hausa and Swahili phrases that open a street or a house
// ("titin X" is X street, "gida na 17" house 17, "mtaa wa X" X street).
var streetWords22 = []string{
	"خیابان", "بلوار", "کوچه", "پلاک", "مکان", "روڈ", "گلی", "شارع", // Persian, Urdu, Arabic
	"বাড়ি", "রোড", "সড়ক", // Bengali
	"ផ្ទះលេខ", "មហាវិថី", "ផ្លូវ", // Khmer
	"အမှတ်", "လမ်း", // Burmese
	"гудамж", "өргөн чөлөө", "даңғылы", "көшесі", "дүүрэг", "хороолол", // Mongolian, Kazakh
	"דירה", "רחוב", "שדרות", // Hebrew
	"தெரு", "சாலை", "வீதி", // Tamil
}

// streetPhrases22 are the Latin-script phrases of the same use, lower case.
var streetPhrases22 = []string{"gida na ", "titin ", "layin ", "unguwar ", "mtaa wa ", "barabara ya "}

// cellAddress22 reports a whole value that is an address by one of the
// shapes above.
func cellAddress22(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 8 || len(v) > 200 || cellRefuse22.in(v) || strings.Contains(v, "://") || containsRare(v, "[REDACTED:") {
		return false
	}
	if !hasNumberToken22(v) || strings.Contains(v, "  ") || longRunInside22(v) || amountIn22(v) {
		return false // a fixed-width row's columns, an id or an amount inside
	}
	if strings.Contains(v, "：") || containsAt(v, " - ", 1) {
		return false // a label before it, a clause beside it
	}
	if codeOrNoteIn22(v) {
		return false // "… 23468 (Rp 022.000)", "… 6936 тоот sku MUG-1376-RED qty 9": a sentence around the address
	}
	if v[0] >= 0x80 && cjkBlockAddress18(v) && (strings.Contains(v, "市") || strings.Contains(v, "都") || strings.Contains(v, "県")) {
		return true // 名古屋市中区栄1-2-14
	}
	if highIn22(v) {
		for _, w := range streetWords22 {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	if isAlpha(v[0]) {
		var buf [48]byte
		head := string(lower(buf[:0], v[:min(len(v), 24)]))
		for _, w := range streetPhrases22 {
			if strings.Contains(head, w) && strings.ContainsAny(v, ",،") {
				return true
			}
		}
		if (strings.HasPrefix(v, "House ") || strings.HasPrefix(v, "No. ") || strings.HasPrefix(v, "Plot ")) && isDigit(v[strings.IndexByte(v, ' ')+1]) &&
			strings.Contains(v, ",") && (strings.Contains(v, " Road") || strings.Contains(v, " Street") || strings.Contains(v, " Lane")) {
			return true // "House 71, <street of its script> Road, <town>", "No. 93, <…> Street, T. Nagar, …"
		}
	}
	if !strings.Contains(v, ", ") {
		return false
	}
	return canadianAddress22(v) || plateAddress22(v) || postcodeTownAddress22(v)
}

// hasNumberToken22 reports a house number: a token of one to five digits
// (of any script), alone or with a sign of its own ("#51", "88/2/14",
// "5-25-11", "17،").
func hasNumberToken22(v string) bool {
	run := 0
	for _, r := range v {
		if unicode.IsDigit(r) {
			run++
			continue
		}
		if run >= 1 && run <= 5 {
			return true
		}
		run = 0
	}
	return run >= 1 && run <= 5
}

// canadianAddress22 reads "184 boul. Papineau, Sherbrooke QC Q0Y 9M4" and
// "168, rue Papineau Est, app. 3, Laval (Québec) A5W 4K0": a house number
// first, a Canadian postal code (letter, digit, letter, space, digit,
// letter, digit) last.
func canadianAddress22(v string) bool {
	n := len(v)
	if !isDigit(v[0]) || n < 16 || v[n-8] != ' ' || v[n-4] != ' ' {
		return false
	}
	pc := v[n-7:]
	return isUpper(pc[0]) && isDigit(pc[1]) && isUpper(pc[2]) && isDigit(pc[4]) && isUpper(pc[5]) && isDigit(pc[6])
}

// plateAddress22 reads a Colombian address: a capitalised street, " # "
// and the plate's two numbers joined by a dash ("Avenida Colón # 160-14,
// Medellín", "Calle 45 # 12-30, Bogotá").
func plateAddress22(v string) bool {
	if !isUpper(v[0]) {
		return false
	}
	i := strings.Index(v, " # ")
	if i < 0 || i > 60 {
		return false
	}
	p := i + 3
	d := p
	for d < len(v) && isDigit(v[d]) {
		d++
	}
	if d == p || d-p > 3 {
		return false
	}
	if d < len(v) && isUpper(v[d]) {
		d++ // "# 12A-30"
	}
	if d+1 >= len(v) || v[d] != '-' || !isDigit(v[d+1]) {
		return false
	}
	c := strings.Index(v[d:], ", ")
	return c >= 0 && c <= 6 && capWord(v, d+c+2) > 0
}

// postcodeTownAddress22 reads a street written without a type: a
// capitalised name, its house number, and in the last part a postcode of
// four or five digits or of three and two ("149 81 Nitra") and a
// capitalised town ("Wiedner 149, 8235 Klagenfurt"), with
// at most a floor or a door between ("2. th.", "app. 3").
func postcodeTownAddress22(v string) bool {
	parts := strings.Split(v, ", ")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	if !streetAndNumber22(parts[0]) {
		return false
	}
	for _, m := range parts[1 : len(parts)-1] {
		if len(m) > 12 || !hasDigitByte(m) && m != "Postfach" && m != "Case postale" {
			return false // "2. th.", "st. tv.", "app. 3", a post box
		}
	}
	last := parts[len(parts)-1]
	if len(last) > 3 && isUpper(last[0]) && isUpper(last[1]) && last[2] == '-' {
		last = last[3:] // "CH-4602 Chur"
	}
	d := 0
	for d < len(last) && isDigit(last[d]) {
		d++
	}
	switch {
	case d == 3 && len(last) > 7 && last[3] == ' ' && isDigit(last[4]) && isDigit(last[5]) && last[6] == ' ':
		last = last[7:] // "149 81 Nitra", "176 10 Prešov"
	case d == 4 && len(last) > 5 && last[4] == ' ':
		if (last[0] == '1' && last[1] == '9' || last[0] == '2' && last[1] == '0') && len(parts) == 2 && strings.Count(last[5:], " ") > 1 {
			return false // a year after a comma ("Build 149, 2026 Roadmap Q3"), unless a floor stood between
		}
		last = last[5:]
	case d == 5 && len(last) > 6 && last[5] == ' ':
		last = last[6:] // "08189 Tarragona"
	case d == 2 && len(last) > 7 && last[2] == '-' && isDigit(last[3]) && isDigit(last[4]) && isDigit(last[5]) && last[6] == ' ':
		last = last[7:] // "75-387 Szczecin"
	default:
		return false
	}
	t := last
	if capWord(t, 0) == 0 {
		return false
	}
	for _, w := range strings.Fields(t) {
		var buf [24]byte
		if len(w) <= 24 && countNouns22[string(lower(buf[:0], w))] {
			return false // "Pallet 12, 3000 Units"
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "am" && w != "an" && w != "im" && w != "bei" && w != "i" {
			return false // "2026 items shipped": no town
		}
	}
	return strings.Count(t, " ") <= 3
}

// countNouns22 are what a count before them counts, never a town.
var countNouns22 = setOf("units", "items", "pieces", "pcs", "users", "orders", "rows", "records", "requests", "events",
	"errors", "points", "bytes", "files", "tests", "tasks", "jobs", "products", "skus", "parcels", "packages", "boxes",
	"pallets", "edition", "roadmap", "release", "series", "pro", "plus", "max", "mini", "ultra")

// streetAndNumber22 reports a street's name and its house number: one to
// three words, the first capitalised and of four letters or more, no word
// of numbered things ("Order 12"), then the number, alone or with a
// letter, a staircase and door ("88/2/14") or a flat ("H0201").
func streetAndNumber22(p string) bool {
	fs := strings.Fields(p)
	if len(fs) < 2 || len(fs) > 5 {
		return false
	}
	if a := strings.ToLower(fs[0]); a == "ul." || a == "al." || a == "os." || a == "pl." {
		fs = fs[1:] // "ul. Kościuszki 72/4"
		if len(fs) < 2 {
			return false
		}
	}
	k := -1
	for i, f := range fs {
		if isDigit(f[0]) {
			k = i
			break
		}
	}
	if k < 1 || k > 3 || k < len(fs)-2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(fs[0])
	if !unicode.IsUpper(r) || utf8.RuneCountInString(fs[0]) < 4 || allUpperWord(fs[0]) {
		return false
	}
	for _, f := range fs[:k] {
		for _, c := range f {
			if !unicode.IsLetter(c) && c != '-' && c != '.' && c != '\'' {
				return false
			}
		}
		var buf [24]byte
		if len(f) <= 24 && numberedThings[string(lower(buf[:0], f))] {
			return false
		}
	}
	n := fs[k]
	d := 0
	for d < len(n) && isDigit(n[d]) {
		d++
	}
	if d > 4 {
		return false
	}
	rest := n[d:]
	switch {
	case rest == "":
	case len(rest) == 1 && isAlpha(rest[0]):
	case rest[0] == '/' && strings.Trim(rest, "/0123456789") == "":
	default:
		return false
	}
	if k+1 < len(fs) {
		f := fs[k+1] // "H0201", "A", "bis"
		if len(f) > 5 || !(isUpper(f[0]) || f == "bis" || f == "ter") {
			return false
		}
	}
	return true
}

// mayHoldAddr22 is the cheap test before addr22Spans: a digit, and a
// comma, bytes beyond ASCII or a URL escape.
func mayHoldAddr22(sig uint32) bool {
	return sig&sigDigit != 0 && sig&(sigComma|sigHigh|sigPercent) != 0
}

// addr22Spans returns the whole values of s that read as an address by
// cellAddress22: the text between line breaks (raw or escaped), cell
// separators (";", "|", tab), quotes (an apostrophe between letters is
// none) and angle brackets (raw or as
// entities), a query's "=" and "&" (read decoded when it is encoded:
// "ep.postal=Str%C3%B8get+60%2C+8741+Odense"), and within that the item after an error's ": " and each side
// of " / ". Values another reader took (but for an address or a name) are
// left.
func addr22Spans(s string, have []span) []span {
	var out []span
	a := 0
	for i := 0; i <= len(s); i++ {
		for i < len(s) && !addr22Stops[s[i]] {
			i++ // a byte the switch below neither cuts at nor skips
		}
		cut, skip := false, 1
		if i == len(s) {
			cut = true
		} else {
			switch c := s[i]; c {
			case '\n', '\r', ';', '|', '\t', '"', '<', '>', '=':
				cut = true
			case '\'':
				cut = i == 0 || i+1 == len(s) || !isLetterByteOrHigh(s[i-1]) || !isLetterByteOrHigh(s[i+1]) // not "d'Italia"
			case '\\':
				cut = i+1 >= len(s) || s[i+1] != ',' // iCalendar's "\," stays inside its value
				if i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == 'r' || s[i+1] == 't') {
					skip = 2
				}
			case '&':
				cut = true
				if strings.HasPrefix(s[i:], "&lt;") || strings.HasPrefix(s[i:], "&gt;") {
					skip = 4
				}
			}
		}
		if !cut {
			continue
		}
		if e := i; i-a >= 8 {
			if i < len(s) && s[i] == '=' {
				if k := strings.LastIndexAny(s[a:i], ", "); k >= 0 {
					e = a + k // "…, 7370 тоот, x-order=": the next key is no part
				}
			}
			out = addr22Segment(s, a, e, have, out)
		}
		a = i + skip
		i += skip - 1
	}
	return out
}

// addr22Segment adds the address s[a:e] holds as a whole value, or after
// its last ": ", or on a side of " / ".
func addr22Segment(s string, a, e int, have []span, out []span) []span {
	seg := s[a:e]
	if !hasDigitByte(seg) && !hasNativeDigit(seg) {
		return out
	}
	if strings.IndexByte(seg, ' ') < 0 && (strings.Contains(seg, "%2C") || strings.Contains(seg, "%2c") || strings.IndexByte(seg, '+') >= 0 && strings.IndexByte(seg, '%') >= 0) {
		// a query's or a form's value: read decoded, redacted whole
		if dec, err := url.QueryUnescape(seg); err == nil && label18Free(have, a, e) && cellAddress22(dec) {
			out = append(out, span{start: a, end: e, kind: KindAddress})
		}
		return out
	}
	if c := lastColonSpace(seg); c >= 0 {
		a += c + 2
		seg = s[a:e]
	}
	for len(seg) >= 8 {
		n := indexRareAt(seg, " / ", 1)
		part := seg
		if n >= 0 {
			part = seg[:n]
		}
		b := a + len(part) - len(strings.TrimLeft(part, " +-'"))
		f := a + len(strings.TrimRight(part, " .'"))
		if f-b >= 8 && label18Free(have, b, f) && cellAddress22(s[b:f]) {
			out = append(out, span{start: b, end: f, kind: KindAddress})
		}
		if n < 0 {
			break
		}
		a += n + 3
		seg = s[a:e]
	}
	return out
}

// highIn22 reports a byte beyond ASCII.
func highIn22(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] >= 0x80 {
			return true
		}
	}
	return false
}

// longRunInside22 reports a run of seven ASCII digits or more, or a date
// ("4/12/2026", "12.04.2026"), anywhere but as the value's last token of
// ten digits at most outside brackets (a postcode: "کد پستی 1641385402").
func longRunInside22(v string) bool {
	last := strings.LastIndexByte(v, ' ')
	run := 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			run++
			if run >= 7 && (i < last || run >= 11 || strings.ContainsAny(v, "()")) {
				return true // an id, a barcode ("(ean 9804842409936)")
			}
			continue
		}
		if (v[i] == '/' || v[i] == '.') && run >= 1 && run <= 2 && i+4 < len(v) && isDigit(v[i+1]) {
			j := i + 1
			for j < len(v) && isDigit(v[j]) {
				j++
			}
			day, mon := atoiSmall22(v[i-run:i]), atoiSmall22(v[i+1:j])
			if j-i-1 <= 2 && day >= 1 && day <= 31 && mon >= 1 && mon <= 31 && j+4 <= len(v) && v[j] == v[i] && isDigit(v[j+1]) && isDigit(v[j+2]) {
				return true // 4/12/2026, 12.04.26
			}
		}
		run = 0
	}
	return false
}

// atoiSmall22 reads a number of a few digits.
func atoiSmall22(d string) int {
	n := 0
	for i := 0; i < len(d); i++ {
		n = n*10 + int(d[i]-'0')
	}
	return n
}

// amountIn22 reports an amount: a currency sign or code, or a number with two
// decimals after a point or a comma ("147,941.84", "63086,05").
func amountIn22(v string) bool {
	if currencySigns22.in(v) {
		return true
	}
	if c := strings.IndexByte(v, ':'); c >= 2 && c+2 < len(v) && isDigit(v[c-1]) && isDigit(v[c+1]) {
		return true // a time or an address of a network: no street's
	}
	for i := 0; i+4 < len(v); i++ {
		if isUpper(v[i]) && isUpper(v[i+1]) && isUpper(v[i+2]) && v[i+3] == ' ' && isDigit(v[i+4]) && (i == 0 || v[i-1] == ' ') {
			return true // "EGP 170 006"
		}
	}
	for i := 1; i+2 < len(v); i++ {
		if (v[i] == '.' || v[i] == ',') && isDigit(v[i-1]) && isDigit(v[i+1]) && isDigit(v[i+2]) && (i+3 == len(v) || !isDigit(v[i+3])) {
			return true
		}
	}
	return false
}

// codeOrNoteIn22 reports what no address holds: a token of eight bytes or
// more mixing ASCII letters and digits (an SKU, an order or a hex id) or a
// bracketed note with a digit (a total, a barcode).
func codeOrNoteIn22(v string) bool {
	for w := range strings.FieldsSeq(v) {
		if len(w) < 8 {
			continue // (no shorter word trims to eight bytes)
		}
		w = strings.Trim(w, ",.;:()")
		if len(w) >= 8 && hasDigitByte(w) && strings.IndexFunc(w, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }) >= 0 {
			return true
		}
	}
	if o := strings.IndexByte(v, '('); o >= 0 {
		if c := strings.IndexByte(v[o:], ')'); c > 0 && hasDigitByte(v[o:o+c]) {
			return true
		}
	}
	return false
}

// currencySigns22 are the signs amountIn22 takes for an amount's.
var currencySigns22 = newRuneSet("₹€$£¥₩₺₽₦฿₱₫")

// cellRefuse22 are the bytes that rule a value out before cellAddress22
// reads it.
var cellRefuse22 = newByteTable("=@{}[]<>|\\\t\"")
