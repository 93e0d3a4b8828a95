package redact

import "strings"

// Names that an error or a debug line prints beside other PII of the same
// buyer, with no key of their own:
//
//   - "(for Given Family)" closing a line, and "… [card] for Given Family":
//     "for" opening a bracket, or after a card, phone or e-mail, names whom
//     the call was for (names_for.go reads "for" after a clause's colon);
//   - `failed for "<address>" (Given Family)`: a bracket right after a quoted
//     address (found, redacted, or of an address's shape) holding only a
//     person's name;
//   - "<address> / Given Family" ending a message: the addressee after the
//     address, set apart by a slash;
//   - "…: Given Family +49 …" / "…: Given Family [phone]": the run between a
//     message's colon and a phone number;
//   - "fixture owner Given Family -->": a run after a word naming a person's
//     role (owner, customer, recipient, holder…) that ends a comment or line;
//   - "could not save customer: Given Family (<uuid>)": an error message's
//     last clause, after its colon, that is a run and the record's UUID in
//     brackets ending the line (an entity's display name and its id; goods'
//     titles are refused by personRun22).
//
// Each run must have a person's shape in its script (personRun22) and end
// where the line, the bracket or the comment does.

// mayHoldTails22 is the cheap test before tailSpans22.
func mayHoldTails22(s string, sig uint32, evidence bool, tp *textPairs) bool {
	return evidence && (tp.containsAt(" (", 1) || tp.contains("for ") || tp.contains(": ")) || tp.contains(": ") && tp.containsAt(" (", 1) || tp.contains("(for ") ||
		tp.containsAt(" / ", 1) || tp.containsAt(`" (`, 2) || tp.contains("-->")
}

// tailSpans22 returns the names of tailSpans' shapes in s.
func tailSpans22(s string, have []span, tp *textPairs, out []span) []span {
	if tp.contains("(for ") {
		out = forBracket22(s, out)
	}
	if len(have) > 0 || hasMarker(s) {
		out = forAfterPII22(s, have, out)
		out = beforePhone22(s, have, out)
	}
	if tp.containsAt(" (", 1) {
		out = bracketAfterPII22(s, have, out)
	}
	if tp.containsAt(" / ", 1) {
		out = slashTail22(s, have, out)
	}
	if tp.contains(": ") && tp.containsAt(" (", 1) {
		out = uuidTail22(s, out)
	}
	if tp.contains("-->") || tp.contains("owner") {
		out = roleTail22(s, out)
	}
	return out
}

// lineRunEnd22 returns where a run that starts at a ends: at a quote, a
// bracket, a line break (raw or escaped) or the text's end.
func lineRunEnd22(s string, a int, stops string) int {
	e := a
	for e < len(s) && e-a <= 80 && strings.IndexByte(stops, s[e]) < 0 && s[e] != '\n' && s[e] != '"' &&
		!(s[e] == '\\' && e+1 < len(s) && s[e+1] != 'u') {
		e++
	}
	return e
}

// nameRun22 returns the span of s[a:e] with its spaces trimmed when it is
// a person's name.
func nameRun22(s string, a, e int) (span, bool) {
	for a < e && s[a] == ' ' {
		a++
	}
	for e > a && s[e-1] == ' ' {
		e--
	}
	if e-a < 2 || !personRun22(unescapeU22(s[a:e])) {
		return span{}, false
	}
	return span{start: a, end: e, kind: KindName}, true
}

// forBracket22 reads "(for Given Family)".
func forBracket22(s string, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "(for ")
		if i < 0 {
			break
		}
		a := off + i + len("(for ")
		off = a
		e := lineRunEnd22(s, a, ")(")
		if e >= len(s) || s[e] != ')' {
			continue
		}
		if sp, ok := nameRun22(s, a, e); ok {
			out = append(out, sp)
		}
	}
	return out
}

// piiEndsAt22 reports a PII span of have or a marker that ends at e.
func piiEndsAt22(s string, have []span, e int) bool {
	for _, x := range have {
		if x.end == e && x.kind != KindCustom {
			return true
		}
	}
	return e > 0 && s[e-1] == ']' && strings.LastIndex(s[max(0, e-32):e], "[REDACTED:") >= 0
}

// addressEndsAt22 reports an address span of have or an address's marker
// that ends at e (a card's bracket, "(Visa Debit)", is holderSpans').
func addressEndsAt22(s string, have []span, e int) bool {
	for _, x := range have {
		if x.end == e && x.kind == KindAddress {
			return true
		}
	}
	return e > 0 && s[e-1] == ']' && strings.HasSuffix(s[max(0, e-32):e], "[REDACTED:address]")
}

// forAfterPII22 reads "… [REDACTED:card] for Given Family" ending a line.
func forAfterPII22(s string, have []span, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], " for ")
		if i < 0 {
			break
		}
		p := off + i
		off = p + len(" for ")
		if !piiEndsAt22(s, have, p) {
			continue
		}
		e := lineRunEnd22(s, off, "()[],;")
		if e < len(s) && s[e] != '\n' && s[e] != '"' && s[e] != '\\' {
			continue
		}
		if sp, ok := nameRun22(s, off, e); ok {
			out = append(out, sp)
		}
	}
	return out
}

// bracketAfterPII22 reads `"<address>" (Given Family)` and
// "[REDACTED:address] (Given Family)".
func bracketAfterPII22(s string, have []span, out []span) []span {
	for off := 0; off < len(s); {
		i := indexAt(s[off:], " (", 1)
		if i < 0 {
			break
		}
		p := off + i
		off = p + 2
		q := p
		if q > 0 && s[q-1] == '"' {
			q--
			if q > 0 && s[q-1] == '\\' {
				q--
			}
			o := strings.LastIndexByte(s[max(0, q-120):q], '"')
			if o < 0 {
				continue
			}
			o += max(0, q-120)
			inner := strings.TrimRight(s[o+1:q], `\`)
			if !addressEndsAt22(s, have, o+1+len(inner)) && !(len(inner) >= 8 && countDigits(inner) > 0 && countDigits(inner) < len(inner)/2 && strings.ContainsAny(inner, " ,،、")) {
				continue // a quoted value that holds PII, or an address's shape: a number among words
			}
		} else if !addressEndsAt22(s, have, q) {
			continue
		}
		e := lineRunEnd22(s, off, ")(")
		if e >= len(s) || s[e] != ')' {
			continue
		}
		if sp, ok := nameRun22(s, off, e); ok {
			out = append(out, sp)
		}
	}
	return out
}

// slashTail22 reads "<address> / Given Family" ending a line or value.
func slashTail22(s string, have []span, out []span) []span {
	for off := 0; off < len(s); {
		i := indexAt(s[off:], " / ", 1)
		if i < 0 {
			break
		}
		p := off + i
		off = p + 3
		if !piiEndsAt22(s, have, p) && !addressBefore22(s, have, p) {
			continue
		}
		e := lineRunEnd22(s, off, "/()[];,")
		if e < len(s) && s[e] != '\n' && s[e] != '"' && s[e] != '\\' {
			continue
		}
		if sp, ok := nameRun22(s, off, e); ok {
			out = append(out, sp)
		}
	}
	return out
}

// addressBefore22 reports an address's shape before p, since the last
// ": ": a house number among words, with a comma or a marker inside.
func addressBefore22(s string, have []span, p int) bool {
	a := strings.LastIndex(s[max(0, p-160):p], ": ")
	if a < 0 {
		return false
	}
	a += max(0, p-160) + 2
	seg := s[a:p]
	for _, x := range have {
		if x.kind == KindAddress && x.start >= a && x.end <= p {
			return true
		}
	}
	return countDigits(seg) > 0 && countDigits(seg) <= 12 && strings.Count(seg, " ") >= 2 && !strings.ContainsAny(seg, "=\"{}[]")
}

// beforePhone22 reads "…: Given Family [REDACTED:phone]", the run between
// a message's colon and a phone number that ends the line.
func beforePhone22(s string, have []span, out []span) []span {
	for _, x := range have {
		if x.kind != KindPhone {
			continue
		}
		b := x.start
		if b >= 4 && s[b-4:b] == "tel:" {
			b -= 4
		}
		if b < 3 || s[b-1] != ' ' {
			continue
		}
		c := strings.LastIndex(s[max(0, b-80):b], ": ")
		if c < 0 {
			continue
		}
		a := max(0, b-80) + c + 2
		if sp, ok := nameRun22(s, a, b-1); ok && !phoneWordLast33(s[a:b-1]) { // "…: 안녕하세요 전화 010…" (nb33_phones.go)
			out = append(out, sp)
		}
	}
	return out
}

// roleWords22 name a person by the part they play in a record.
var roleWords22 = [...]string{"owner", "customer", "buyer", "recipient", "holder", "cardholder", "consignee", "addressee", "client", "contact"}

// roleTail22 reads "fixture owner Given Family -->": a run after a role
// word that ends a comment or a line.
func roleTail22(s string, out []span) []span {
	for _, w := range roleWords22 {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], w+" ")
			if i < 0 {
				break
			}
			p := off + i
			off = p + len(w) + 1
			if p > 0 && (isAlpha(s[p-1]) || s[p-1] == '_' || s[p-1] == '.') {
				continue
			}
			e := lineRunEnd22(s, off, "()[];,:<>")
			end := e
			if k := strings.Index(s[off:min(len(s), e+1)], "-->"); k >= 0 {
				end = off + k // the comment's end
			} else if e < len(s) && s[e] != '\n' && s[e] != '"' && s[e] != '\\' {
				continue
			}
			if sp, ok := nameRun22(s, off, end); ok {
				out = append(out, sp)
			}
		}
	}
	return out
}

// uuidTail22 reads "…: Given Family (<uuid>)" ending a line.
func uuidTail22(s string, out []span) []span {
	for off := 0; off < len(s); {
		i := indexAt(s[off:], " (", 1)
		if i < 0 {
			break
		}
		p := off + i
		off = p + 2
		if off+37 > len(s) || s[off+36] != ')' || !canonicalUUID(s[off:off+36]) {
			continue
		}
		if z := off + 37; z < len(s) && s[z] != '\n' && s[z] != '"' && s[z] != '\\' {
			continue // the line's end
		}
		c := strings.LastIndex(s[max(0, p-80):p], ": ")
		if c < 0 {
			continue
		}
		a := max(0, p-80) + c + 2
		if strings.IndexByte(s[max(0, a-80):a], ' ') < 0 {
			continue // a message's clause before the colon
		}
		if sp, ok := nameRun22(s, a, p); ok {
			out = append(out, sp)
		}
	}
	return out
}
