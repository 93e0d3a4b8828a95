package redact

import "strings"

// Security tools log the person an alert is about as they typed their name,
// often in lower case, in two places a name has in any case:
//
//   - before their e-mail address in brackets, opening a clause: "[ATO] …:
//     oisín murphy (o.murphy@…) logged in from …" — the display name's place
//     ("Given Family (address)");
//   - between a buyer's role word and a verb of reporting or the label of
//     the buyer's next datum: "customer kristīne krūmiņš reported: …",
//     "buyer mei ling quek iban …".
//
// A run of two to four words shaped as a name in any case (personName23)
// in either place is the person's name; runs that read as accounts or
// services of a system stay (personName23 refuses them).

// mayHoldLowerNames23b is the cheap test before lowerNameSpans23b.
func mayHoldLowerNames23b(tp *textPairs, have []span, marked bool) bool {
	if tp.contains("customer ") || tp.contains("buyer ") || tp.contains("Customer ") || tp.contains("Buyer ") {
		return true
	}
	if !tp.contains(" (") {
		return false
	}
	if marked && tp.contains("([REDACTED:email])") {
		return true
	}
	for _, sp := range have {
		if sp.kind == KindEmail && sp.start > 0 && tp.s[sp.start-1] == '(' {
			return true
		}
	}
	return false
}

// lowerNameSpans23b returns the names of both places in s.
func lowerNameSpans23b(s string, have []span, out []span) []span {
	// before "(address)"
	for _, sp := range have {
		if sp.kind == KindEmail && sp.start >= 2 && s[sp.start-1] == '(' && s[sp.start-2] == ' ' && sp.end < len(s) && s[sp.end] == ')' {
			out = nameBeforeParen23b(s, sp.start-2, out)
		}
	}
	for off := 0; ; {
		i := strings.Index(s[off:], " ([REDACTED:email])")
		if i < 0 {
			break
		}
		out = nameBeforeParen23b(s, off+i, out)
		off += i + 2
	}
	// after a buyer's role word
	for _, w := range []string{"customer ", "buyer ", "Customer ", "Buyer "} {
		for off := 0; ; {
			i := strings.Index(s[off:], w)
			if i < 0 {
				break
			}
			a := off + i + len(w)
			off = a
			if off-len(w) > 0 && isAlnum(s[off-len(w)-1]) {
				continue
			}
			out = nameAfterRole23b(s, a, out)
		}
	}
	return out
}

// nameBeforeParen23b reads the run that ends at the space at sp and opens
// its clause.
func nameBeforeParen23b(s string, sp int, out []span) []span {
	a, words := sp, 0
	for a > 0 && sp-a < 80 {
		c := s[a-1]
		if c == ' ' {
			words++
			if words == 4 {
				return out
			}
		}
		if c == ':' || c == '\n' || c == '"' || c == '\t' || c == ']' || c == '>' || c == '|' || c == ',' || c == ';' {
			break
		}
		a--
	}
	b := a
	for b < sp && s[b] == ' ' {
		b++
	}
	if a > 0 && s[a-1] != ' ' && b == a && s[a-1] != '"' && s[a-1] != '\n' && s[a-1] != '\t' && s[a-1] != '>' {
		return out // "…:name" glued: a key, not a clause
	}
	v := s[b:sp]
	if strings.IndexByte(v, ' ') > 0 && personName23(v, true) {
		out = append(out, span{start: b, end: sp, kind: KindName})
	}
	return out
}

// afterNameWords23b end a buyer's name after its role word: verbs of
// reporting and the labels of the buyer's other data.
var afterNameWords23b = setOf("reported", "reports", "said", "says", "wrote", "writes", "called", "asked", "complained",
	"claims", "claimed", "iban", "card", "phone", "email", "e-mail", "tel", "mobile", "address", "paid", "ordered", "via", "from",
	"with", "at", "on", "has", "had", "is", "was")

// nameAfterRole23b reads two to four words at a that an ending word
// follows ("customer master synced:" has none: a heading, not a name).
func nameAfterRole23b(s string, a int, out []span) []span {
	p, words, end := a, 0, -1
	for words <= 4 && p < len(s) {
		e := p
		for e < len(s) && s[e] != ' ' && s[e] != ':' && s[e] != ',' && s[e] != '"' && s[e] != '\\' && s[e] != '\n' {
			e++
		}
		if e == p {
			return out
		}
		var buf [16]byte
		if w := s[p:e]; len(w) <= len(buf) && afterNameWords23b[string(lower(buf[:0], w))] {
			end = p - 1
			break
		}
		words++
		if e >= len(s) || s[e] != ' ' {
			return out
		}
		p = e + 1
	}
	if end < 0 || words < 2 || words > 4 {
		return out
	}
	if v := s[a:end]; personName23(v, true) {
		out = append(out, span{start: a, end: end, kind: KindName})
	}
	return out
}
