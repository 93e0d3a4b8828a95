package redact

import "strings"

// A certificate's subject names its holder in the common name. Client and
// S/MIME certificates, ACME CSRs and openssl's text dump write the
// distinguished name as "CN=…, O=…" or "C = RO, CN = …, emailAddress = …",
// one attribute after each comma. A comma that no "attr=" follows is part
// of the value: a person's "Family, Given" written unescaped
// ("CN=Rossouw, Hendrik, O=…"). A common name of two words or more is no
// host (a host name has no space): it is a person's name when it reads as
// one, "Family, Given" in any case, or in any case when the subject also
// holds the holder's e-mail address (emailAddress, E). Hosts ("CN=api.shop
// .example"), issuers ("CN=R11"), companies and teams stay.

// mayHoldCertCN23b is the cheap test before certCNSpans23b.
func mayHoldCertCN23b(sig uint32, tp *textPairs) bool {
	return sig&sigEq != 0 && (tp.contains("CN=") || tp.contains("CN ="))
}

// certCNSpans23b returns the person names of "CN" attributes in s.
func certCNSpans23b(s string, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "CN")
		if i < 0 {
			break
		}
		ks := off + i
		off = ks + 2
		if ks > 0 && !dnAttrBoundary23b(s[ks-1]) {
			continue
		}
		p := ks + 2
		for p < len(s) && s[p] == ' ' {
			p++
		}
		if p >= len(s) || s[p] != '=' {
			continue
		}
		p++
		for p < len(s) && s[p] == ' ' {
			p++
		}
		a := p
		e, comma := dnValueEnd23b(s, a)
		v := strings.TrimRight(s[a:e], " ")
		if len(v) < 3 || strings.IndexByte(v, ' ') < 0 {
			continue
		}
		ok := false
		if comma {
			ok = personName23(v, true)
		} else {
			ok = personName23(v, false) || dnHoldsEmail23b(s, ks) && personName23(v, true)
		}
		if ok {
			out = append(out, span{start: a, end: a + len(v), kind: KindName})
		}
		off = e
	}
	return out
}

// dnAttrBoundary23b reports a byte that may stand before an attribute's name.
func dnAttrBoundary23b(c byte) bool {
	return c == ' ' || c == ',' || c == '/' || c == '"' || c == '\'' || c == '\t' || c == '\n' || c == '('
}

// dnValueEnd23b returns where the attribute value starting at a ends: at
// a comma or slash that the next "attr=" follows, or at a byte that ends
// the subject; comma reports a comma kept inside the value.
func dnValueEnd23b(s string, a int) (int, bool) {
	comma := false
	for p := a; p < len(s); p++ {
		switch c := s[p]; c {
		case ';', '\n', '\r', '\t', '"', '\\', '<', '>', '+', '=', '|':
			return p, comma
		case ',', '/':
			if dnAttrAt23b(s, p+1) {
				return p, comma
			}
			if c == '/' {
				return p, comma
			}
			comma = true
		}
		if p-a > 96 {
			return a, false
		}
	}
	return len(s), comma
}

// dnAttrAt23b reports an attribute's name and "=" at p, spaces before
// either allowed ("O=", " emailAddress = ").
func dnAttrAt23b(s string, p int) bool {
	for p < len(s) && s[p] == ' ' {
		p++
	}
	q := p
	for q < len(s) && q-p < 32 && (isAlnum(s[q]) || s[q] == '.' || s[q] == '-') {
		q++
	}
	if q == p || !isAlpha(s[p]) {
		return false
	}
	for q < len(s) && s[q] == ' ' {
		q++
	}
	return q < len(s) && s[q] == '='
}

// dnHoldsEmail23b reports an e-mail attribute in the subject around the
// "CN" at ks (the same line).
func dnHoldsEmail23b(s string, ks int) bool {
	ls, le := ks, ks
	for ls > 0 && s[ls-1] != '\n' && ks-ls < 400 {
		ls--
	}
	for le < len(s) && s[le] != '\n' && le-ks < 600 {
		le++
	}
	line := s[ls:le]
	return strings.Contains(line, "emailAddress") || strings.Contains(line, "E=") || strings.Contains(line, "E = ")
}
