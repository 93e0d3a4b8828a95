package redact

import "strings"

// A buyer's name filed as an object's name (nam24_paths.go: "invoices/2026/
// Given Family (123-4567890-1234567).pdf") written "FAMILY, Given", as
// exports sorted by family name write it: "invoices/2026/BOUCHARD, Étienne
// (292-…).pdf", and the same name percent-encoded in the object's URL
// ("…/BOUCHARD%2C%20%C3%89tienne%20factura.pdf?X-Amz-…").

// pathFamilyNamesR27 returns the "FAMILY, Given" object names of s and their
// percent-encoded copies.
func pathFamilyNamesR27(s string, have []span) []span {
	// (the encoded copies of "FAMILY, Given" always differ from it: the
	// comma and the space are escaped)
	return objectNameSpans(s, have, func(v string, a, o int) bool {
		c := strings.Index(v, ", ")
		return c > 0 && capsWordsR27(v[:c]) && startsUpperR27(v[c+2:]) && argName(v) && roleName(v)
	})
}
