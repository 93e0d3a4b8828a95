package redact

import "strings"

// A waybill's number under its label. Air cargo numbers its waybills with
// an airline's three-digit prefix and eight digits ("020-57808291",
// "mawb 157-29631418"), express carriers with ten or eleven digits ("awb
// 0549651172"): a prefix 020 or a leading 0 reads as a national phone
// number, yet under a waybill's or a tracking label the digits are the
// shipment's, whether the label stands just before them ("mawb ",
// "awb_number=", `"hawb":"`) or heads their column in a table that OCR
// read off a document ("Awb number" above, the number below it).
//
// Only the shapes of national numbers are let through: "+CC …" and a
// bracketed area code stay phones after an id's label (classify).

// waybillWords19 end the labels (normalised: lower case, no '_', '-',
// '.', ' ') that name a waybill's or a parcel's number, beyond
// trackingWords.
var waybillWords19 = []string{"awbnumber", "awbnr", "mawb", "hawb", "mawbno", "hawbno", "mawbnumber", "hawbnumber",
	"airwaybill", "airwaybillno", "airwaybillnumber", "waybillnr", "frachtbrief", "frachtbriefnummer", "luftfrachtbrief",
	"lettredetransportaérien", "lta", "guiaaerea", "guíaaérea", "conhecimentoaereo", "trackingnr", "shipmentnumber",
	"consignmentnumber", "sendungsnr", "paketnummer"}

// waybillLabel19 reports a normalised label that names a waybill's or a
// parcel's number.
func waybillLabel19(w string) bool {
	if len(w) >= 3 && !waybillTails19.has(w) {
		return false // no word of the lists ends in w's last three bytes
	}
	for _, t := range trackingWords {
		if strings.HasSuffix(w, t) {
			return true
		}
	}
	for _, t := range waybillWords19 {
		if strings.HasSuffix(w, t) && (len(w) == len(t) || t != "lta") {
			return true
		}
	}
	for _, t := range docIDWords30 { // a D-U-N-S or control number (doc30_ids.go)
		if strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// waybillTails19 holds the last three bytes of every word waybillLabel19
// tests for, so a label that ends in none of them is ruled out by one bit
// test; it is built from the lists themselves.
var waybillTails19 = newTails3(trackingWords, waybillWords19, docIDWords30)

// tails3 is a 4,096-bit filter of words' last three bytes: has reports
// false only for a text that no word of its lists can end.
type tails3 struct {
	all  bool // a word shorter than three bytes: every text may end in it
	bits [64]uint64
}

func tails3Hash(a, b, c byte) uint32 {
	return (uint32(a)*31*31 + uint32(b)*31 + uint32(c)) & 4095
}

func newTails3(lists ...[]string) *tails3 {
	t := &tails3{}
	for _, l := range lists {
		for _, w := range l {
			if len(w) < 3 {
				t.all = true
				continue
			}
			h := tails3Hash(w[len(w)-3], w[len(w)-2], w[len(w)-1])
			t.bits[h>>6] |= 1 << (h & 63)
		}
	}
	return t
}

// has reports whether a word of the lists may end w (len(w) >= 3).
func (t *tails3) has(w string) bool {
	n := len(w)
	h := tails3Hash(w[n-3], w[n-2], w[n-1])
	return t.all || t.bits[h>>6]&(1<<(h&63)) != 0
}

// waybillBefore19 reports a waybill's label right before the digits at p:
// a key or label of one or more words ("mawb", "awb_number", "Awb number",
// "air waybill no.") ending at most three bytes of ` :="'#` before p, or
// the label of p's column on the line above (waybillColumn19).
func waybillBefore19(s string, p int) bool {
	if p < 4 {
		return false
	}
	e := p
	for k := 0; k < 4 && e > 0 && strings.IndexByte(" :=\"'#", s[e-1]) >= 0; k++ {
		e--
	}
	if e < p && e > 0 && isAlpha(s[e-1]) {
		var buf [40]byte
		// The label's last three bytes first (labelBefore19 reads from
		// the end): a label none of the lists ends as is not read whole.
		if t := labelBefore19(buf[len(buf)-3:], s, e); (len(t) < 3 || waybillTails19.has(bytesToString(t))) &&
			waybillLabel19(bytesToString(labelBefore19(buf[:], s, e))) {
			return true
		}
	}
	if s[p-1] == ' ' && s[p-2] == ' ' || s[p-1] == '\n' {
		return waybillColumn19(s, p)
	}
	return false
}

// labelBefore19 returns the label ending at e, normalised in buf: up to three
// words of letters joined by '_', '-', '.' or one space, lower case,
// without the joins.
func labelBefore19(buf []byte, s string, e int) []byte {
	n := len(buf)
	words := 1
	for b := e; b > 0 && n > 0; b-- {
		c := s[b-1]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z':
		case c == '_' || c == '-' || c == '.':
			continue
		case c == ' ' && words < 3 && b > 1 && isAlpha(s[b-2]):
			words++
			continue
		default:
			return buf[n:]
		}
		n--
		buf[n] = c
	}
	return buf[n:]
}

// waybillColumn19 reports a value at p that stands under a waybill's label
// in a table of columns: the line above holds, at p's column (with two
// spaces or more between the cells of that line), a label waybillLabel19
// knows.
func waybillColumn19(s string, p int) bool {
	ls := strings.LastIndexByte(s[:p], '\n') + 1
	if ls < 2 {
		return false
	}
	col := p - ls
	ps := strings.LastIndexByte(s[:ls-1], '\n') + 1
	above := s[ps : ls-1]
	if col >= len(above) || col > 0 && above[col-1] != ' ' || above[col] == ' ' {
		return false // the cell above does not start where the value does
	}
	e := col
	for e < len(above) && !(above[e] == ' ' && (e+1 == len(above) || above[e+1] == ' ')) {
		e++
	}
	var buf [48]byte
	return e-col <= 40 && waybillLabel19(bytesToString(normLabel19(&buf, above[col:e])))
}

// normLabel19 lower-cases v into buf and drops its spaces, '_', '-' and
// '.'.
func normLabel19(buf *[48]byte, v string) []byte {
	w := buf[:0]
	for i := 0; i < len(v) && len(w) < len(buf); i++ {
		c := v[i]
		switch {
		case c == ' ' || c == '_' || c == '-' || c == '.':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		w = append(w, c)
	}
	return w
}

// waybillField19 reports a field whose key names a waybill ("mawb",
// "hawb", "awb_number", "air_waybill") holding a waybill's number: eight to
// fourteen digits, in one piece or in groups joined by single dashes or
// spaces, without a '+' or a bracket ("020-57808291", "0549651172").
func waybillField19(path, v string) bool {
	if len(v) < 8 || len(v) > 20 || !isDigit(v[0]) || !isDigit(v[len(v)-1]) {
		return false
	}
	d := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			d++
		case (c == '-' || c == ' ') && isDigit(v[i-1]):
		default:
			return false
		}
	}
	if d < 8 || d > 14 {
		return false
	}
	seg := path[strings.LastIndexByte(path, '.')+1:]
	var buf [48]byte
	return len(seg) <= 40 && waybillLabel19(bytesToString(normLabel19(&buf, seg)))
}
