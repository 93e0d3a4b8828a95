package redact

import "strings"

// Who asks, and for whom they work. Procurement mails, CRM notices and
// helpdesks write the sender of a request as "<person> from <company>
// asks for …" ("RFQ for 192 x … : Duarte Sequeira from Nippon Express
// asks for delivery to …", "Jane Roe from Acme requested a quote"). A run
// shaped as a person's name (roleName: no company, team or goods word)
// that opens a clause and is followed by "from", an organisation's name
// and a verb of asking is the person. The text must hold other PII (a
// phone, an address, an e-mail: a span or a marker), as a request for
// delivery or a callback does.

// fromAskVerbs19 are the verbs of asking that follow the organisation.
var fromAskVerbs19 = []string{" asks ", " asked ", " requests ", " requested ", " wants ", " would like ", " needs ",
	" is asking ", " is requesting ", " has requested "}

// mayHoldFromAsk19 is the cheap test before fromAskNameSpans19.
func mayHoldFromAsk19(s string, found bool) bool {
	return found && containsAt(s, " from ", 1)
}

// fromAskNameSpans19 returns the names of the people who ask in s.
func fromAskNameSpans19(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], " from ")
		if i < 0 {
			break
		}
		p := off + i
		off = p + 6
		org := s[p+6 : min(len(s), p+6+64)]
		verb := -1
		for _, v := range fromAskVerbs19 {
			if j := strings.Index(org, v); j > 0 && (verb < 0 || j < verb) {
				verb = j
			}
		}
		if verb < 0 || strings.ContainsAny(org[:verb], ",.;:\"\n") || !(isUpper(org[0]) || org[0] >= 0x80) {
			continue // the organisation: one run of words, a capital first
		}
		cs := clauseStart19(s, p)
		if cs >= p || p-cs >= 80 {
			continue
		}
		if cs >= 2 && s[cs-2] == ',' && strings.IndexByte(s[cs:p], ' ') < 0 {
			if fs := clauseStart19(s, cs-2); fs < cs-2 && fromAskName19(s[fs:p]) {
				cs = fs // "Family, Given from …"
			}
		}
		if !fromAskName19(s[cs:p]) {
			continue
		}
		out = append(out, span{start: cs, end: p, kind: KindName})
	}
	return out
}

// clauseStart19 returns where the clause that ends at p starts: after
// ": ", ", ", ". ", a raw or an escaped line break, a quote, or at the
// text's start.
func clauseStart19(s string, p int) int {
	cs := p
	for cs > 0 && p-cs < 80 {
		c := s[cs-1]
		if c == '\n' || c == '"' || (c == ' ' && cs >= 2 && (s[cs-2] == ':' || s[cs-2] == ',' || s[cs-2] == '.')) {
			break
		}
		if c == 'n' && cs >= 2 && s[cs-2] == '\\' {
			break
		}
		cs--
	}
	return cs
}

// fromAskName19 reports a clause that is a person's name alone.
func fromAskName19(v string) bool {
	return !hasMarker(v) && (roleName(v) && !plainRun(v) || caselessOneName(v))
}
