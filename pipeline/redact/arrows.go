package redact

import "strings"

// Audit logs and change events write a field's change as its old value,
// an arrow and its new one: `name: "Ana Lima" -> "Ana L. Souza"`,
// `phone=+1… => +1…`, `адрес: … → …`. When one side is redacted, the other
// is the same field's value and is redacted as the same kind.

var arrows = []string{"->", "=>", "→", "⇒", "⟶"}

// hasArrow gates arrowSpans.
func hasArrow(s string) bool {
	return strings.Contains(s, "->") || strings.Contains(s, "=>") || strings.Contains(s, "→") || strings.Contains(s, "⇒") || strings.Contains(s, "⟶")
}

// arrowSpans returns the values across an arrow from the spans found.
func arrowSpans(s string, spans []span) []span {
	var out []span
	for _, sp := range spans {
		switch sp.kind {
		case KindName, KindAddress, KindPhone, KindEmail, KindCard, KindCredential, KindIBAN, KindCNID:
		default:
			continue
		}
		if a, b, ok := afterArrow(s, sp.end); ok && sp.kind == KindCard {
			a, b, ok = cardAcross(s, a, b, true) // masked_cards.go
			if ok {
				out = append(out, span{start: a, end: b, kind: sp.kind})
			}
		} else if ok && !arrowIDSide(s[a:b], sp.kind) { // an order id routed to an address (damage15_arrows.go)
			out = append(out, secretSide(s, sp, span{start: a, end: b, kind: sp.kind})) // (change17.go)
		} else if !ok && sp.kind == KindCredential {
			if a, b, ok := secretAfterQuoted(s, sp.end); ok {
				out = append(out, span{start: a, end: b, kind: KindCredential}) // `"Basic …" -> d21z…` (change17.go)
			}
		}
		if a, b, ok := beforeArrow(s, sp.start); ok && sp.kind == KindCard {
			a, b, ok = cardAcross(s, a, b, false) // masked_cards.go
			if ok {
				out = append(out, span{start: a, end: b, kind: sp.kind})
			}
		} else if ok && !arrowIDSide(s[a:b], sp.kind) && !arrowKeySide(s, a, b) { // an order id routed to an address (damage15_arrows.go)
			out = append(out, span{start: a, end: b, kind: sp.kind})
		}
	}
	return out
}

// arrowKeySide reports the side s[a:b] before a "=>" that is the key of
// the value after it, as PHP's print_r ("[password] => …") and var_export
// ("'email' => '…'") print an array: an identifier in lower case that
// opens with a letter, in brackets or quotes. An old value that is PII is
// not written so (a name has capitals or spaces; a phone, an e-mail, a
// card hold other characters), and it opens an item of the list (after a
// line break, a bracket or a comma), not a key's value.
func arrowKeySide(s string, a, b int) bool {
	if bareArrowKey27(s, a, b) {
		return true // "…, dia_chi => …": an unquoted key of a list (dmg27_ids.go)
	}
	v := s[a:b]
	if a > 0 && s[a-1] == '[' && strings.HasSuffix(v, "]") {
		v = v[:len(v)-1]
		b--
	} else if a == 0 || s[a-1] != '\'' && s[a-1] != '"' {
		return false
	}
	if v == "" || len(v) > 40 || v[0] < 'a' || v[0] > 'z' {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !(c >= 'a' && c <= 'z' || isDigit(c) || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	o := a - 1 // the opening bracket or quote: a list's item opens there, not a key's value
	for o > 0 && (s[o-1] == ' ' || s[o-1] == '\t') {
		o--
	}
	if o > 0 && strings.IndexByte("\n(,{[", s[o-1]) < 0 && !(o > 1 && s[o-2] == '\\' && s[o-1] == 'n') {
		return false // "password: 'old' => 'new'": a change of the key's value
	}
	p := b + 1 // past the closing bracket or quote
	for p < len(s) && s[p] == ' ' {
		p++
	}
	return strings.HasPrefix(s[p:], "=>")
}

// quoteLen is the length of a quote at i: `"`, `'`, `\"`, or 0.
func quoteLen(s string, i int) int {
	switch {
	case i < len(s) && (s[i] == '"' || s[i] == '\''):
		return 1
	case i+1 < len(s) && s[i] == '\\' && s[i+1] == '"':
		return 2
	}
	return 0
}

// skipArrow returns the end of the arrow at p, spaces before it skipped,
// and whether there is one.
func skipArrow(s string, p int) (int, bool) {
	for p < len(s) && s[p] == ' ' {
		p++
	}
	for _, a := range arrows {
		if strings.HasPrefix(s[p:], a) {
			return p + len(a), true
		}
	}
	return p, false
}

// afterArrow finds the value after an arrow that follows a value ending
// at e.
func afterArrow(s string, e int) (int, int, bool) {
	q := quoteLen(s, e)
	closeQ := s[e : e+q]
	p, arrow := skipArrow(s, e+q)
	if !arrow || p-e > 12 {
		return 0, 0, false
	}
	for p < len(s) && s[p] == ' ' {
		p++
	}
	if q > 0 {
		if !strings.HasPrefix(s[p:], closeQ) {
			return 0, 0, false
		}
		a := p + q
		b := strings.Index(s[a:min(len(s), a+200)], closeQ)
		if b <= 0 {
			return 0, 0, false
		}
		return arrowValue(s, a, a+b)
	}
	if k := quoteLen(s, p); k > 0 {
		return quotedAfterArrow(s, p, k) // `pass: Old1? -> "New2…"`: an old value bare, the new one quoted (creds18_arrow.go)
	}
	b := p
	for b < len(s) && b-p < 200 && strings.IndexByte(",;)}]\n\"", s[b]) < 0 && !(s[b] == ' ' && pairAfter(s, b+1)) {
		b++ // (up to the record's next key=value pair: "-> Summer2025# ticket=ZD-1"; change17.go)
	}
	for b > p && s[b-1] == ' ' {
		b--
	}
	return arrowValue(s, p, b)
}

// beforeArrow finds the value before an arrow that precedes a value
// starting at a.
func beforeArrow(s string, a int) (int, int, bool) {
	p := a
	var q string
	switch {
	case p >= 2 && s[p-2] == '\\' && s[p-1] == '"':
		q = `\"`
	case p >= 1 && (s[p-1] == '"' || s[p-1] == '\''):
		q = s[p-1 : p]
	}
	p -= len(q)
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	arrow := false
	for _, ar := range arrows {
		if strings.HasSuffix(s[:p], ar) {
			p -= len(ar)
			arrow = true
			break
		}
	}
	if !arrow {
		return 0, 0, false
	}
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if q != "" {
		if !strings.HasSuffix(s[:p], q) {
			return 0, 0, false
		}
		e := p - len(q)
		st := strings.LastIndex(s[max(0, e-200):e], q)
		if st < 0 {
			return 0, 0, false
		}
		st += max(0, e-200) + len(q)
		return arrowValue(s, st, e)
	}
	st := p
	for st > 0 && p-st < 200 && strings.IndexByte(",;({[\n\"=:", s[st-1]) < 0 {
		st--
	}
	for st < p && s[st] == ' ' {
		st++
	}
	return arrowValue(s, st, p)
}

// arrowValue accepts a value that is something: not empty, not a marker,
// not a null.
func arrowValue(s string, a, b int) (int, int, bool) {
	if b-a < 2 {
		return 0, 0, false
	}
	v := s[a:b]
	if isMarkerAt(s, a) || strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") {
		return 0, 0, false
	}
	switch strings.ToLower(v) {
	case "null", "nil", "none", "(none)", "<nil>", "undefined", "empty", "(empty)", "n/a", "-":
		return 0, 0, false
	}
	return a, b, true
}
