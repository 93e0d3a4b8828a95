package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An address logged as one quoted item keeps its commas inside the quotes:
// a CSV cell ("…,\"Palackého 24, 180 50 Praha\",…"), a task's positional
// argument ('49, Brigade Road, Chennai 600589'), an Oracle bind
// (:6='Husova 345/36, 348 47 Plzeň'), a JSON string under a key that does
// not say "address" ("location":"ul. Długa 158/12, 56-245 Łódź"). The
// quotes bound the value, and its parts say what it is: a street with its
// house number first, then a postcode with its town ("963 89 Πάτρα",
// "Chennai 600725") or a unit ("piso 4 dto B", "דירה 4", "12층"), every
// part a few words of an address (label18Part). A list of words with a
// number ("Kindle Paperwhite 16GB, Black") has neither a postcode nor a
// unit; a company, a warehouse or a date has no house number.

// mayHoldQuotedAddress18 is quotedAddressSpans18's cheap test: a quote or
// an apostrophe, and a comma (Latin, Arabic or Burmese).
func mayHoldQuotedAddress18(s string, sig uint32) bool {
	return sig&(sigQuote|sigApos) != 0 && (sig&sigComma != 0 || sig&sigHigh != 0 && (strings.Contains(s, "،") || strings.Contains(s, "၊")))
}

// quotedAddressSpans18 returns the quoted items of s that read as an
// address by cellAddress18, leaving out what a reader has taken.
func quotedAddressSpans18(s string, have []span) []span {
	var out []span
	for p := 0; p < len(s); {
		q := strings.IndexAny(s[p:], `"'`)
		if q < 0 {
			break
		}
		q += p
		c := s[q]
		if c == '\'' && q > 0 && isLetterByteOrHigh(s[q-1]) {
			p = q + 1 // an apostrophe inside a word ("d'Italia", "ז'בוטינסקי")
			continue
		}
		// A quote escaped in JSON (\"…\" in a string that holds JSON)
		// closes at the next escaped one; a quote as written, at the next
		// one as written.
		esc := q > 0 && s[q-1] == '\\'
		a := q + 1
		e := a
		for e < len(s) && e-a <= 200 && s[e] != '\n' && (s[e] != c || (e > a && s[e-1] == '\\') != esc) {
			e++
		}
		if e >= len(s) || s[e] != c || e-a > 200 {
			p = q + 1
			continue
		}
		b := e
		if esc {
			b-- // (the backslash of the closing quote)
		}
		if b-a >= 8 && strings.IndexAny(s[a:b], ",،၊") >= 0 && label18Free(have, a, b) && cellAddress18(s[a:b]) {
			out = append(out, span{start: a, end: b, kind: KindAddress})
		}
		if c == '\'' && b-a < 8 || !esc && strings.Contains(s[a:b], `\"`) {
			p = q + 1 // an apostrophe may open nothing ("it's"), a string may hold JSON: go on inside
			continue
		}
		p = e + 1
	}
	return out
}

// cellAddress18 reports a whole value that reads as an address by its
// parts (see quotedAddressSpans18).
func cellAddress18(v string) bool {
	if cellAddress22(v) {
		return true // a locale's format: "Wiedner 149, 8235 Klagenfurt", "خیابان … پلاک 136 …" (addr22_cells.go)
	}
	if len(v) < 8 || len(v) > 160 || strings.ContainsAny(v, "=@{}[]<>|\\\t") || strings.Contains(v, "://") {
		return false
	}
	for p := strings.IndexByte(v, ','); p >= 0; {
		if p+1 >= len(v) || v[p+1] != ' ' {
			return false // "10 169,69", "1,04,035.40": a number's comma, not a part's
		}
		n := strings.IndexByte(v[p+1:], ',')
		if n < 0 {
			break
		}
		p += 1 + n
	}
	var parts []string
	for p := 0; p < len(v); {
		q, next := partEnd(v, p, len(v))
		parts = append(parts, strings.TrimSpace(v[p:q]))
		p = next
	}
	if len(parts) < 2 || len(parts) > 7 {
		return false
	}
	for i, p := range parts {
		if p == "" || !label18Part(p, i == 0) || !plainAddressWords18(p, i == len(parts)-1) {
			return false
		}
	}
	if !label18Reads(v) {
		return false
	}
	for _, p := range parts[1:] {
		if label18Postcode(p) || unitPart18(p) {
			return true
		}
	}
	if label18Postcode(parts[0]) && hasDigitByte(parts[1]) {
		return true // the postcode and town first: "6751 Szeged, Andrássy utca 20."
	}
	// Scripts without capitals write no postcode as often: three parts or
	// more, numbered in the first two ("مکان نمبر 440، گلی 22، گلبرگ، لاہور").
	r, _ := utf8.DecodeRuneInString(v)
	return len(parts) >= 3 && r >= 0x80 && unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) &&
		hasDigitByte(parts[0]) && (hasDigitByte(parts[1]) || len(parts) >= 4)
}

// unitPart18 reports a part that names a unit of a building: a unit word
// and its number ("piso 4 dto B", "bl. A2", "דירה 4", "кв. 17") or a number
// with a floor's or a room's sign ("12층", "3º B", "502室").
func unitPart18(p string) bool {
	fs := strings.Fields(p)
	if len(fs) < 1 || len(fs) > 4 || !hasDigitByte(p) {
		return false
	}
	w := strings.TrimRight(fs[0], ".")
	var buf [24]byte
	if len(w) <= 24 && (unitWords18[string(lower(buf[:0], w))] || unitWordsHigh18[w]) {
		return true
	}
	if isDigit(fs[0][0]) {
		t := strings.TrimLeft(fs[0], "0123456789")
		for _, sfx := range []string{"층", "호", "室", "楼", "號", "号", "º", "ª", "°", "F", "/F"} {
			if t == sfx {
				return true
			}
		}
	}
	return false
}

// unitWordsHigh18 are unit and building words of scripts without
// capitals, as an address's later part begins with them.
var unitWordsHigh18 = setOf("דירה", "קומה", "כניסה", "مبنى", "شقة", "الطابق", "فيلا", "кв", "квартира", "корп", "под", "эт",
	"буд", "д", "офіс", "оф", "fl", "flr")

// A "location" is a bin, a dock or a warehouse as often as a buyer's
// address, so the key alone says nothing: under it ("location=…",
// "\"location\":\"…\"", iCalendar's "LOCATION:…") the value is taken when it
// reads as an address by its parts (cellAddress18), or is an address of
// Japan, China or Korea with its block number ("大阪府大阪市北区茶屋町2-8-8").

// locationSpans18 returns the addresses under the location keys of s.
func locationSpans18(s string, have []span) []span {
	var out []span
	for off := 0; ; {
		i := strings.Index(s[off:], "ocation")
		if i < 0 {
			return out
		}
		i += off
		off = i + len("ocation")
		if i == 0 || s[i-1]|0x20 != 'l' || i >= 2 && isAlnum(s[i-2]) && s[i-2] != '_' {
			continue // "allocation", "relocation"
		}
		if i >= 2 && s[i-2] == '_' && !(i >= 3 && strings.HasSuffix(s[:i-1], "ship_") || strings.HasSuffix(s[:i-1], "delivery_")) {
			continue // "bin_location", "storage_location"
		}
		if i+7 < len(s) && isAlpha(s[i+7]) {
			continue // "locations", "locationId"
		}
		k := off
		for _, sep := range []string{`\":\"`, `":"`, `": "`, `=`, `:`, `='`} {
			if strings.HasPrefix(s[k:], sep) {
				k += len(sep)
				break
			}
		}
		if k == off || k >= len(s) {
			continue
		}
		e := k
		for e < len(s) && e-k <= 200 && strings.IndexByte("\"'&\n\r\\", s[e]) < 0 {
			e++
		}
		v := strings.TrimRight(s[k:e], " .")
		if len(v) < 8 || !label18Free(have, k, k+len(v)) {
			continue
		}
		if cellAddress18(v) || cjkBlockAddress18(v) {
			out = append(out, span{start: k, end: k + len(v), kind: KindAddress})
		}
	}
}

// cjkBlockAddress18 reports an address of Japan, China or Korea written
// without spaces: an administrative unit's sign (都, 道, 府, 県, 市, 区, 省,
// 路, 街) before a block or house number ("…茶屋町2-8-8", "人民路27号").
func cjkBlockAddress18(v string) bool {
	r, _ := utf8.DecodeRuneInString(v)
	if !(unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r)) || utf8.RuneCountInString(v) > 60 {
		return false
	}
	d := strings.IndexAny(v, "0123456789")
	if d < 0 || !strings.ContainsAny(v[:d], "都道府県市区省路街") && !strings.ContainsAny(v[:d], "로길동") {
		return false
	}
	return strings.Count(v[d:], "-") >= 1 || strings.ContainsAny(v[d:], "号番丁")
}

// plainAddressWords18 reports a part whose words an address holds: no id
// (seven digits or more in a row, but for a postcode of up to seven
// digits in the last part: "תל אביב 7478204") and no word in lower case of
// four letters or more that is no street or unit word ("Order 158-… delivered
// to …" is a sentence about an order).
func plainAddressWords18(p string, last bool) bool {
	for _, f := range strings.Fields(p) {
		run, maxRun, lowerOnly := 0, 0, len(f) >= 4
		for j := 0; j < len(f); j++ {
			c := f[j]
			if isDigit(c) {
				run++
				maxRun = max(maxRun, run)
			} else {
				run = 0
			}
			if !(c >= 'a' && c <= 'z' || c == '.') {
				lowerOnly = false
			}
		}
		if maxRun >= 8 || maxRun == 7 && !(last && len(f) == 7) {
			return false
		}
		if lowerOnly {
			w := strings.TrimRight(f, ".")
			var buf [24]byte
			if !(addrToken(f) || streetHeadWord(w) || streetTypeToken(w) || len(w) <= 24 && unitWords18[string(lower(buf[:0], w))]) {
				return false
			}
		}
	}
	return true
}
