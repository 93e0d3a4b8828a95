package redact

import (
	"strings"
	"unicode"
)

// A shipping label printed as ZPL writes the recipient as a block of text
// fields: the party's heading and name ("^FDSHIP TO: Given Family^FS"),
// then one field per address line ("^FD Σταδίου 119^FS", "^FD343 14
// Ιωάννινα^FS"), then the phone ("^FDTel …^FS") and the barcode. The
// lines under the heading's field, up to a labelled field, a phone's or a
// barcode's, are the recipient's address whatever their street looks
// like: a line of words and a number, or a line of words right above one
// (a street without its number: "Navoiy ko'chasi" above "846636
// Toshkent"). Ids, amounts and e-mails end the block.

// zplField23 is one text field: where its data starts and ends, and
// whether a barcode command opens it.
type zplField23 struct {
	a, b    int
	barcode bool
}

// zplFields23 returns the text fields of s in order.
func zplFields23(s string) []zplField23 {
	var fs []zplField23
	for p := 0; ; {
		i := strings.Index(s[p:], "^FD")
		if i < 0 {
			break
		}
		a := p + i + 3
		j := strings.Index(s[a:], "^FS")
		if j < 0 {
			break
		}
		fs = append(fs, zplField23{a, a + j, zplBarcodeBefore(s, p+i)})
		p = a + j + 3
	}
	return fs
}

// zplShipToLines23 adds the address lines under each ZPL field that opens
// with a party's heading and holds its name ("SHIP TO: …"), in a text
// that holds other PII.
func zplShipToLines23(s string, have []span, out []span) []span {
	pii := len(have) > 0 || hasMarker(s)
	fs := zplFields23(s)
	for i, f := range fs {
		v := s[f.a:f.b]
		c := strings.IndexAny(v, ":：")
		if f.barcode || c <= 0 || c > 32 || !isBlockHeading(v[:c]) {
			continue
		}
		rest := strings.TrimSpace(v[c+1:])
		if rest == "" {
			continue
		}
		// a name in Georgian or Armenian, whose letters Unicode gives a
		// case nobody writes: two or three words of that script
		georgian := zplScriptName23(rest)
		if !pii && !georgian {
			continue
		}
		if georgian && !overlapsAny(have, f.a, f.b) {
			a := f.a + strings.Index(v, rest)
			out = append(out, span{start: a, end: a + len(rest), kind: KindName})
		}
		// the block: the fields that follow, up to three
		var lines []zplField23
		for k := i + 1; k < len(fs) && k <= i+3; k++ {
			g := fs[k]
			w := strings.TrimSpace(s[g.a:g.b])
			if g.barcode || w == "" || zplPhoneLabelled(w) || labelled(w) || strings.HasPrefix(w, "[REDACTED:phone]") ||
				strings.HasPrefix(w, "[REDACTED:email]") || zplPhone(w) {
				break
			}
			lines = append(lines, g)
		}
		for k, g := range lines {
			w := strings.TrimSpace(s[g.a:g.b])
			if hasMarker(w) {
				continue
			}
			a := g.a + strings.Index(s[g.a:g.b], w)
			if overlapsAny(have, a, a+len(w)) || !zplLineWords23(w) {
				continue
			}
			ok := countDigits(w) > 0
			if !ok && k+1 < len(lines) {
				// a street without its number above a line of the address
				n := strings.TrimSpace(s[lines[k+1].a:lines[k+1].b])
				ok = strings.HasPrefix(n, "[REDACTED:address]") || countDigits(n) > 0 && zplLineWords23(n)
			}
			if ok {
				out = append(out, span{start: a, end: a + len(w), kind: KindAddress})
			}
		}
	}
	return out
}

// zplLineWords23 reports a label line that may be an address's: a letter,
// at most 120 bytes, no e-mail, link or markup, no id (a run of seven
// digits or more), no amount or quantity, no company's legal form.
func zplLineWords23(w string) bool {
	if len(w) < 3 || len(w) > 120 || strings.ContainsAny(w, "@=<>{}|\\") || strings.Contains(w, "://") {
		return false
	}
	letter, run, maxRun := false, 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isDigit(c) {
			run++
			maxRun = max(maxRun, run)
			continue
		}
		run = 0
		if isAlpha(c) || c >= 0x80 {
			letter = true
		}
	}
	if !letter || maxRun >= 7 {
		return false
	}
	return !quantityIn(w) && !amountFirst(w) && !companyName(w)
}

// zplScriptName23 reports two or three words of Georgian or Armenian
// letters, no company's legal form.
func zplScriptName23(v string) bool {
	ws := strings.Fields(v)
	if len(ws) < 2 || len(ws) > 3 || companyName(v) {
		return false
	}
	for _, w := range ws {
		for _, r := range w {
			if !unicode.Is(unicode.Georgian, r) && !unicode.Is(unicode.Armenian, r) {
				return false
			}
		}
	}
	return true
}
