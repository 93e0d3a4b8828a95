package redact

import (
	"strings"
	"unicode/utf8"
)

// Staff look a buyer up by typing the address into a search box, and the
// request is logged URL-encoded: "autocomplete q=Husova+27%2F9%2C+078+00+
// Olomouc", "GET /search?query=Ba%C4%9Fdat+Mah.+…+No%3A76". The decoded
// value of a search key is one whole value, as a cell is, but it is as
// often a product ("Nike Air Max 270", "LEGO 42115") as an address: it is
// taken when it reads as an address by its parts (quotedReadsAsAddress),
// or begins as one with a house number (dest14Reads) and shows a mark
// that no product name carries: a postcode in a later part, a house
// number with a slash ("27/9"), a unit, quarter or street abbreviation of
// the markets' languages ("Mah.", "Col.", "Imm", "ngõ", "буд."), a Korean
// road name with its number, or a Chinese or Japanese house number.

// searchQueryKeys name a search box's query in a URL or a form.
var searchQueryKeys = []string{"q=", "query=", "search=", "search_query=", "searchquery=", "searchterm=", "search_term=",
	"keyword=", "keywords=", "term=", "kw=", "suchbegriff=", "busqueda=", "recherche=", "zoeken="}

// searchAddressSpans returns the values of search keys in the decoded text
// s that read as addresses. s is a token the URL decoder saw (urlEncoded),
// so a value runs to the next '&' or the end.
func searchAddressSpans(s string) []span {
	var out []span
	for _, k := range searchQueryKeys {
		for off := 0; off < len(s); {
			i := indexFoldASCII(s[off:], k)
			if i < 0 {
				break
			}
			i += off
			off = i + len(k)
			if i > 0 && s[i-1] != '?' && s[i-1] != '&' && s[i-1] != ' ' && s[i-1] != '/' {
				continue // "faq=", "subquery=": not the key
			}
			e := strings.IndexByte(s[off:], '&')
			if e < 0 {
				e = len(s)
			} else {
				e += off
			}
			v := strings.TrimRight(s[off:e], " ,.")
			if searchAddress(v) {
				out = append(out, span{start: off, end: off + len(v), kind: KindAddress})
			}
		}
	}
	return out
}

// indexFoldASCII is strings.Index with k's ASCII letters matched in either
// case (k is lower case).
func indexFoldASCII(s, k string) int {
	for i := 0; i+len(k) <= len(s); i++ {
		if (s[i] | 0x20) != k[0] {
			continue
		}
		if strings.EqualFold(s[i:i+len(k)], k) {
			return i
		}
	}
	return -1
}

// searchAddress reports a search value that reads as an address (see the
// comment at the top of the file).
func searchAddress(v string) bool {
	if len(v) < 6 || len(v) > 160 || strings.ContainsAny(v, "@:/") && !searchColonOK(v) {
		return false
	}
	if cjkHouseNumber(v) {
		return true
	}
	if quotedReadsAsAddress(v) {
		return true
	}
	if !dest14Reads(v) {
		return false
	}
	parts := strings.Split(v, ",")
	for i, p := range parts {
		for _, f := range strings.Fields(p) {
			if searchMark(f) || i > 0 && postcodeToken(f) {
				return true
			}
		}
		if i > 0 && splitPostcode(strings.TrimSpace(p)) {
			return true // "187 88 Brno 2", "38-757 Warszawa"
		}
	}
	return false
}

// searchColonOK allows the colon and the slash of a house number ("No:76",
// "27/9", "C/ Príncipe") but not a URL, an e-mail or a key ("email:").
func searchColonOK(v string) bool {
	if strings.Contains(v, "@") || strings.Contains(v, "://") {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] == ':' && !(i >= 2 && strings.EqualFold(v[i-2:i], "no") || i >= 1 && (v[i-1] == 'D' || v[i-1] == 'd')) {
			return false
		}
	}
	return true
}

// searchMarks are unit, quarter and street abbreviations that no product
// name holds, lower case, a final full stop dropped.
var searchMarks = setOf("mah", "sok", "cad", "no:", "col", "imm", "appt", "apt", "số", "ngõ", "ngách", "hẻm", "phường",
	"quận", "tp", "p", "résidence", "residence", "layout", "cross", "perum", "blok", "kv", "кв", "буд", "м", "nám", "al",
	"os", "ul", "вул", "просп", "int", "depto", "piso", "izq", "dcha", "bât", "esc", "villa", "estate", "h.no", "c/")

// searchMark reports a token of searchMarks, a house number with a slash
// ("27/9", "60/5"), or a Korean road name with its number ("테헤란길").
func searchMark(f string) bool {
	t := strings.TrimRight(f, ".,")
	if strings.HasPrefix(t, "No:") || strings.HasPrefix(t, "D:") {
		return true
	}
	if searchMarks[strings.ToLower(t)] {
		return true
	}
	if slash := strings.IndexByte(t, '/'); slash > 0 && slash < len(t)-1 && allDigits(t[:slash]) && len(t[:slash]) <= 4 {
		rest := strings.TrimRight(t[slash+1:], "abcdefghABCDEFGH")
		return rest != "" && allDigits(rest) && len(rest) <= 4
	}
	return strings.HasSuffix(t, "길") || strings.HasSuffix(t, "로") && utf8.RuneCountInString(t) >= 2
}

// postcodeToken reports four to six digits, or a postcode of the Argentine
// shape ("H3670OMT", brackets dropped), not a year alone.
func postcodeToken(f string) bool {
	t := strings.Trim(f, "().,")
	if allDigits(t) && len(t) >= 4 && len(t) <= 6 {
		return !(len(t) == 4 && (t[:2] == "19" || t[:2] == "20"))
	}
	return len(t) == 8 && isUpper(t[0]) && allDigits(t[1:5]) && isUpper(t[5]) && isUpper(t[6]) && isUpper(t[7])
}

// splitPostcode reports a part that opens with a postcode written in two
// groups ("187 88 Brno", "38-757 Warszawa", "SE-919 11 Malmö").
func splitPostcode(p string) bool {
	p = strings.TrimPrefix(p, "SE-")
	i := 0
	for i < len(p) && isDigit(p[i]) {
		i++
	}
	if i < 2 || i > 3 || i >= len(p) || p[i] != ' ' && p[i] != '-' {
		return false
	}
	j := i + 1
	for j < len(p) && isDigit(p[j]) {
		j++
	}
	return j-i-1 >= 2 && j-i-1 <= 3 && (j == len(p) || p[j] == ' ')
}

// cjkHouseNumber reports a Chinese or Japanese address: a road or a block
// and a number with its counter ("南京西路48号", "西新宿3丁目5-85").
func cjkHouseNumber(v string) bool {
	if v[0] < 0x80 && !isDigit(v[0]) {
		return false
	}
	for _, c := range []string{"号", "丁目", "番地"} {
		if i := strings.Index(v, c); i > 0 && isDigit(v[i-1]) {
			return strings.Contains(v, "路") || strings.Contains(v, "街") || strings.Contains(v, "道") ||
				strings.Contains(v, "区") || strings.Contains(v, "市") || c != "号"
		}
	}
	return false
}

func allDigits(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) {
			return false
		}
	}
	return true
}
