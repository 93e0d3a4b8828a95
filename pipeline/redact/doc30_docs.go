package redact

import "strings"

// Partner documents (doc30): the shapes that SOAP notifications, label
// printers and legacy exports give a value.
//
//   - An XML element's text in a CDATA section ("<ns2:BuyerName><![CDATA[
//     Ana Lima]]></ns2:BuyerName>"): the section's text is the element's, read
//     by the element's name as plain text is (word.go's xmlElement).

const cdataOpen30 = "<![CDATA["

// cdataText30 returns where the text of a CDATA section opening at k starts
// and its length, or k and 0 when no section opens there or it does not
// close within maxValue bytes.
func cdataText30(s string, k int) (int, int) {
	if !strings.HasPrefix(s[k:], cdataOpen30) {
		return k, 0
	}
	a := k + len(cdataOpen30)
	e := strings.Index(s[a:min(len(s), a+maxValue)], "]]>")
	if e <= 0 {
		return k, 0
	}
	return a, e
}

// fixedWidthCapsNames30 appends the cells after a fixed-width row's first
// PII cell that are a name in capitals ("MUNTEANU ALEXANDRA" in a legacy
// batch record, after its phone and e-mail columns): two to four words of
// capitals that capsName takes (no word of commerce, status or a
// program) and no word of goods, statuses, teams or places (plainRun),
// not led by an Incoterm ("FOB SHENZHEN", "DAP HAMBURG": a trade term and
// its place). names_fixedwidth.go reads the cells before the first PII
// cell.
func fixedWidthCapsNames30(s string, cells []wideSpan, first int, have, out []span) []span {
	for _, c := range cells[first+1:] {
		if v := s[c.a:c.b]; c.b-c.a >= 7 && !overlapsAny(have, c.a, c.b) && capsName(v) && !plainRun(v) && !incoterm30(v) {
			out = append(out, span{start: c.a, end: c.b, kind: KindName})
		}
	}
	return out
}

// incoterm30 reports a cell led by an Incoterm of 2000–2020 and a space,
// or the Incoterm alone.
func incoterm30(v string) bool {
	if len(v) < 3 || len(v) > 3 && v[3] != ' ' {
		return false
	}
	switch v[:3] {
	case "EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP", "DAT", "DDU", "DAF", "DES", "DEQ":
		return true
	}
	return false
}
