package redact

import (
	"net/url"
	"strings"
)

// A buyer's name filed as an object's name (nam24_paths.go: "invoices/2026/
// Given Family (123-4567890-1234567).pdf") written "FAMILY, Given", as
// exports sorted by family name write it: "invoices/2026/BOUCHARD, Étienne
// (292-…).pdf", and the same name percent-encoded in the object's URL
// ("…/BOUCHARD%2C%20%C3%89tienne%20factura.pdf?X-Amz-…").

// pathFamilyNamesR27 returns the "FAMILY, Given" object names of s and their
// percent-encoded copies.
func pathFamilyNamesR27(s string, have []span) []span {
	var out []span
	var names []string
	for i := 0; ; {
		k := strings.Index(s[i:], ").")
		if k < 0 {
			break
		}
		k += i
		i = k + 2
		if !fileExtAt24(s, k+2) {
			continue
		}
		o := strings.LastIndex(s[max(0, k-40):k], " (")
		if o < 0 {
			continue
		}
		o += max(0, k-40)
		if !bracketID24(s[o+2 : k]) {
			continue
		}
		a := o
		for a > 0 && o-a < 96 && s[a-1] != '/' && s[a-1] != '\n' && s[a-1] != '"' {
			a--
		}
		if a == 0 || s[a-1] != '/' {
			continue
		}
		v := s[a:o]
		c := strings.Index(v, ", ")
		if c <= 0 || !capsWordsR27(v[:c]) || !startsUpperR27(v[c+2:]) || !argName(v) || !roleName(v) {
			continue
		}
		if !overlapsAny(have, a, o) {
			out = append(out, span{start: a, end: o, kind: KindName})
		}
		names = append(names, v)
	}
	for _, v := range names {
		for _, enc := range [...]string{url.PathEscape(v), strings.ReplaceAll(url.QueryEscape(v), "+", "%20"), url.QueryEscape(v)} {
			for i := 0; ; {
				k := strings.Index(s[i:], enc)
				if k < 0 {
					break
				}
				k += i
				i = k + len(enc)
				if k > 0 && (s[k-1] == '/' || s[k-1] == '=') && !overlapsAny(have, k, i) && !overlapsAny(out, k, i) {
					out = append(out, span{start: k, end: i, kind: KindName})
				}
			}
		}
	}
	return out
}
