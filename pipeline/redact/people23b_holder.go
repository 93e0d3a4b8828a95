package redact

import "strings"

// A bank account's or an identity document's holder is written right
// after its number: DLP tools quote the matched excerpt as "IBAN <iban>
// <holder>" or "身份证 <id> <holder>", and payout records and exports do
// the same. A run shaped as a person's name (personName23: capitalised
// words, a family name in capitals, "Family, Given", one word of a script
// without case) that follows an IBAN or a resident id found here or
// redacted before, and that closes its clause (the text, a line or a
// quoted value ends after it), is the holder's name; a bank, a firm or a
// status ("Deutsche Bank", "Payout Hold") is not.

// mayHoldIDHolder23b is the cheap test before idHolderSpans23b.
func mayHoldIDHolder23b(tp *textPairs, have []span, marked bool) bool {
	if marked && (tp.contains("D:iban]") || tp.contains("D:cn_id]")) {
		return true
	}
	for _, sp := range have {
		if sp.kind == KindIBAN || sp.kind == KindCNID {
			return true
		}
	}
	return false
}

// idHolderSpans23b returns the holders' names after IBANs and resident ids.
func idHolderSpans23b(s string, have []span, out []span) []span {
	for _, sp := range have {
		if sp.kind == KindIBAN || sp.kind == KindCNID {
			out = idHolderAt23b(s, sp.end, out)
		}
	}
	for _, m := range []string{"[REDACTED:iban]", "[REDACTED:cn_id]"} {
		for off := 0; ; {
			i := strings.Index(s[off:], m)
			if i < 0 {
				break
			}
			off += i + len(m)
			out = idHolderAt23b(s, off, out)
		}
	}
	return out
}

// idHolderAt23b reads the run after an id that ends at p.
func idHolderAt23b(s string, p int, out []span) []span {
	if p >= len(s) || s[p] != ' ' {
		return out
	}
	a := p + 1
	if a < len(s) && s[a] == ' ' {
		a++
	}
	e := a
	for e < len(s) && e-a <= 80 {
		c := s[e]
		if c == '"' || c == '\n' || c == '\r' || c == '\t' || c == '\\' || c == ';' || c == '|' || c == ')' || c == ']' || c == '<' {
			break
		}
		e++
	}
	if e-a > 80 || e == a {
		return out
	}
	v := strings.TrimRight(s[a:e], " ")
	if personName23(v, false) && !firmValue19(v) && !statusRun23b(v) {
		out = append(out, span{start: a, end: a + len(v), kind: KindName})
	}
	return out
}

// statusRun23b reports a run holding a word of statuses, events or goods
// ("Payout Hold", "Pending Review"): a record's state, not its holder.
func statusRun23b(v string) bool {
	var buf [24]byte
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		w = strings.Trim(w, ".,")
		if len(w) < 2 || len(w) > len(buf) || w[0] >= 0x80 {
			continue
		}
		if statusWords14[string(lower(buf[:0], w))] {
			return true
		}
	}
	return false
}
