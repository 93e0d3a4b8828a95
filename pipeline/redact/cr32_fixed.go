package redact

import "strings"

// Secrets in fixed-width records. A batch export that pads its columns
// with spaces (see names_fixedwidth.go) writes a customer's password, a
// client secret or an API key in a column of its own, and a short value
// runs into its neighbour with one space:
//
//	…5990915622193   2i2FgJ!2aVTaD 579824583088783362 [REDACTED:phone] …
//	Lotus1996$ [REDACTED:iban] HB-WSU-1070-M 1746090766916    ¥256400 …
//	GLesULUyjgyDRG3clMLyaoCEGBR6 HTTP 201   INV-2025-945989 …
//
// In a record that holds other PII of the buyer (a span found or a
// marker), fixedSecretSpans32 reads each word of the row and takes the one
// shaped as a positional secret is (secretShaped: a random key of both
// cases and digits, a generator's password with a symbol; wordAndTail,
// humanPassword: a word, digits and a symbol). Ids, codes and versions in
// capitals or lower case alone, hex digests, hosts, files with a line,
// e-mail ids and MIME boundaries have none of these shapes.

// fixedSecretSpans32 returns the secret-shaped words of the fixed-width
// rows of s that hold PII (have: the spans found so far): rows with two
// gaps of three spaces or more between their words (a message's indented
// continuation line has none).
func fixedSecretSpans32(s string, have []span) []span {
	var out []span
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls)
		if row := strings.TrimSpace(s[ls:le]); len(row) >= 32 && strings.Count(row, "   ") >= 2 && (hasMarker(row) || overlapsAny(have, ls, le)) {
			out = fixedSecretRow32(s, ls, le, have, out)
		}
		ls = next
	}
	return out
}

// fixedSecretRow32 appends the secret-shaped words of the row s[ls:le].
func fixedSecretRow32(s string, ls, le int, have, out []span) []span {
	for p := ls; p < le; {
		for p < le && s[p] == ' ' {
			p++
		}
		e := p
		for e < le && s[e] != ' ' {
			e++
		}
		if e-p >= 8 && e-p <= 64 && !overlapsAny(have, p, e) {
			t := s[p:e]
			if !hasMarker(t) && asciiGraphic32(t) && (wordAndTail(t) || humanPassword(t) || secretShaped(t) && !coordinate(t)) {
				out = append(out, span{start: p, end: e, kind: KindCredential})
			}
		}
		p = e
	}
	return out
}

// asciiGraphic32 reports a word of printable ASCII without brackets,
// quotes, '@' (an e-mail's id, a bracketed field, a quoted value) or the
// separators of pairs and segments (',', ';', ':', '=', '|', '~', a second
// '*': an X12 or EDIFACT segment run into the row).
func asciiGraphic32(t string) bool {
	stars := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '*' {
			stars++
		}
		if c <= ' ' || c >= 0x7f || stars > 1 || strings.IndexByte("<>\"'@()[]{}/\\,;:=|~", c) >= 0 {
			return false
		}
	}
	return true
}
