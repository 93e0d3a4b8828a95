package redact

import "strings"

// Secrets printed on a label. A label printer's job is logged whole, and a
// careless template prints what it was given: an SFTP password, a
// carrier's API key or a driver's session token in a text field of a
// recipient's label, glued to the field's command so that no other reader
// sees it standing alone:
//
//	^FO40,148^A0N,28,28^FDsaffron_872!^FS
//	^FO40,184^A0N,28,28^FD0j8ZvUmAK9zD0pQ03QdtwDYOxVglr5OG^FS
//	^FO40,76^A0N,28,28^FDBearer GN92KWDs5jyKmKmqTMO7R8zgPqMb2jyFrcY1sOjC^FS
//
// zplSecretSpans20 reads a text field's whole data: an authorization
// scheme and its token ("Bearer …", "Basic …") is a credential on any
// label; on a recipient's label (segments17_zpl.go), a field that is one
// token shaped as a secret, as a positional argument's is read
// (creds_positional.go: a word with a year and a symbol, a random key, a
// word and a tail of digits and symbols; two capitalised words joined by a
// dot and digits: "Tamarind.Tamarind44"; a generator's password of both
// cases and a symbol: "URyLBi#oPzhAd"), is one too. Barcodes' data,
// SKUs, pallet ids, zone codes, versions, plus codes and a printer's
// product and version ("Zebra-ZD420/4.2") have none of these shapes and
// stay.
func zplSecretSpans20(s string, fields []zplField, recipient bool, out []span) []span {
	for _, f := range fields {
		if f.barcode || f.b-f.a < 8 {
			continue
		}
		v := s[f.a:f.b]
		if strings.Contains(v, "[REDACTED") || strings.Contains(v, "[HASH:") {
			continue
		}
		if sp := strings.IndexByte(v, ' '); sp > 0 {
			switch v[:sp] {
			case "Bearer", "bearer", "BEARER", "Basic", "Token", "token":
				t := v[sp+1:]
				if loneToken(t) && len(t) >= 16 && !strings.ContainsRune(t, ' ') {
					out = append(out, span{start: f.a + sp + 1, end: f.b, kind: KindCredential})
				}
			}
			continue
		}
		if !recipient || !loneToken(v) || coordinate(v) || zplCommands(v) || productVersion20(v) {
			continue
		}
		if secretShaped(v) || wordAndTail(v) || wordAndNumber(v) || lowerRandomKey(v) || boundPassword(v) || wordsDotDigits20(v) || generatedPassword20(v) || randomPassword21(v) {
			out = append(out, span{start: f.a, end: f.b, kind: KindCredential})
		}
	}
	return out
}

// wordsDotDigits20 matches two capitalised words of four letters or more
// joined by a dot and ending in two to four digits: "Saffron.Basalt39",
// a password a person chose (a host or a file name is not capitalised
// twice with digits at its end).
func wordsDotDigits20(v string) bool {
	dot := strings.IndexByte(v, '.')
	if dot < 4 || strings.Count(v, ".") != 1 {
		return false
	}
	capWord := func(w string) int {
		if len(w) == 0 || !isUpper(w[0]) {
			return 0
		}
		i := 1
		for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
			i++
		}
		return i
	}
	if capWord(v[:dot]) != dot {
		return false
	}
	r := v[dot+1:]
	i := capWord(r)
	if i < 4 {
		return false
	}
	d := i
	for i < len(r) && isDigit(r[i]) {
		i++
	}
	return i == len(r) && i-d >= 2 && i-d <= 4
}

// productVersion20 matches a product and its version, as a user agent
// writes them: "Zebra-ZD420/4.2", "DriverApp/7.3.1".
func productVersion20(v string) bool {
	sl := strings.IndexByte(v, '/')
	if sl < 2 || sl == len(v)-1 || !isDigit(v[sl+1]) {
		return false
	}
	for i := sl + 1; i < len(v); i++ {
		if !isDigit(v[i]) && v[i] != '.' {
			return false
		}
	}
	for i := 0; i < sl; i++ {
		if !isAlnum(v[i]) && v[i] != '-' && v[i] != '_' {
			return false
		}
	}
	return true
}

// generatedPassword20 matches a password a generator made: 10 to 64
// letters of both cases whose case changes often, a symbol among them
// ("URyLBi#oPzhAd", "xVsbZC&yKTh4e"), digits or not; no dot, slash, colon
// or '=' (hosts, paths, times, queries).
func generatedPassword20(v string) bool {
	if len(v) < 10 || len(v) > 64 || strings.ContainsAny(v, "./:= ") || !strings.ContainsAny(v, "!#$%&*?@^~") {
		return false
	}
	sh := shapeOfToken(v)
	return sh.upper >= 3 && sh.lower >= 3 && sh.maxLowRun <= 5 && caseSwitches(v) >= 4
}
