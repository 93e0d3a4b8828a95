package redact

import "strings"

// The buyer a mail's subject names at its end. Shops and buyers write
// subjects as a reference and whom it is about: "Bestellung #78291 Given
// Family", "Order 402-…-… Family, Given", "<complaint> - Given Family
// +44 …" (a contact form's subject: the text, a dash, the sender's name
// and number). Mail logs keep the subject: Exim's T="…", Postfix's and
// gateways' subject=, a message trace's "Subject", a header's "Subject:".
// Inside such a subject, the words after an order's number ("#" and
// digits, or a marketplace's dashed number) or after a spaced dash that
// end the subject — or that a phone number alone follows to its end — are
// the name when they read as one (personName23; in lower case only
// before the phone, family first with a comma, or when the lexicon knows
// the words). A phone number
// that closes the subject after the name is the same person's: it is
// taken too when no other pass did ("- Given Family 866308714").

// mayHoldSubjects23 is the cheap test before subjectNameSpans23.
func mayHoldSubjects23(sig uint32, tp *textPairs) bool {
	return sig&(sigQuote|sigColon|sigEq) != 0 && (tp.contains(`T="`) || tp.contains(`T=\"`) || tp.contains("ubject"))
}

// subjectNameSpans23 returns the names (and phones) closing subjects in s.
func subjectNameSpans23(s string, have []span, out []span) []span {
	for off := 0; off < len(s); {
		a, e, next := nextSubject23(s, off)
		if next < 0 {
			break
		}
		off = next
		if e-a < 5 {
			continue
		}
		out = subjectTail23(s, a, e, have, out)
	}
	return out
}

// nextSubject23 finds the next subject value at or after off and returns
// its bounds and where to search on (-1: none).
func nextSubject23(s string, off int) (int, int, int) {
	best, kind := -1, 0
	for k, m := range [...]string{` T="`, ` T=\"`, `ubject":"`, `ubject\":\"`, "ubject: ", "ubject=\"", `ubject=\"`} {
		if i := strings.Index(s[off:], m); i >= 0 && (best < 0 || off+i < best) {
			best, kind = off+i, k
		}
	}
	if best < 0 {
		return 0, 0, -1
	}
	ms := [...]string{` T="`, ` T=\"`, `ubject":"`, `ubject\":\"`, "ubject: ", "ubject=\"", `ubject=\"`}[kind]
	a := best + len(ms)
	if kind >= 2 && (best == 0 || s[best-1] != 's' && s[best-1] != 'S') {
		return a, a, a
	}
	e := a
	for e < len(s) && e-a < 256 {
		c := s[e]
		if c == '\n' || c == '\r' {
			break
		}
		if c == '"' && kind != 4 {
			break
		}
		if c == '\\' && e+1 < len(s) && (s[e+1] == '"' || s[e+1] == 'n' || s[e+1] == 'r') {
			break
		}
		e++
	}
	if e-a >= 256 {
		return a, a, e
	}
	return a, e, e
}

// subjectTail23 reads the name at the end of the subject s[a:e].
func subjectTail23(s string, a, e int, have []span, out []span) []span {
	v := s[a:e]
	// where the subject's last phone, found or masked, starts
	ne, pe, raw := subjectPhone23(s, a, e, have)
	var starts [2]int
	n := 0
	if d := strings.LastIndex(v[:ne-a], " - "); d >= 0 {
		starts[n] = a + d + 3
		n++
	}
	if r := orderRefEnd23(v[:ne-a]); r > 0 {
		starts[n] = a + r
		n++
	}
	for _, t := range starts[:n] {
		for t < ne && s[t] == ' ' {
			t++
		}
		z := ne
		for z > t && s[z-1] == ' ' {
			z--
		}
		if z-t < 3 {
			continue
		}
		name := s[t:z]
		if name == "[REDACTED:name]" && raw {
			return append(out, span{start: ne, end: pe, kind: KindPhone}) // the name masked before, its number not
		}
		if hasMarker(name) || strings.Contains(name, " - ") {
			continue
		}
		// in lower case: before the phone, or family first with its comma
		ok := personName23(name, pe > ne || strings.Count(name, ",") == 1)
		if !ok && lowerWords23(name) && !strings.Contains(name, ",") {
			ok = lowerTermName21(name)
		}
		if !ok {
			continue
		}
		out = append(out, span{start: t, end: z, kind: KindName})
		if raw {
			out = append(out, span{start: ne, end: pe, kind: KindPhone})
		}
		break
	}
	return out
}

// subjectPhone23 returns where the subject's closing phone starts (e when
// there is none), where it ends, and whether it is raw digits no pass
// took: a span of have or a marker of a phone, "tel:" before it too, or
// seven to fifteen digits typed as a phone ("+", digits, spaces, dots,
// dashes, slashes, brackets) that end the subject.
func subjectPhone23(s string, a, e int, have []span) (int, int, bool) {
	for _, x := range have {
		if x.kind == KindPhone && x.end >= e-1 && x.end <= e && x.start > a {
			b := x.start
			if b-4 > a && s[b-4:b] == "tel:" {
				b -= 4
			}
			return b, x.end, false
		}
	}
	if strings.HasSuffix(s[a:e], "[REDACTED:phone]") {
		b := e - len("[REDACTED:phone]")
		if b-4 > a && s[b-4:b] == "tel:" {
			b -= 4
		}
		return b, e, false
	}
	b, digits := e, 0
	for b > a {
		c := s[b-1]
		if isDigit(c) {
			digits++
		} else if !strings.ContainsRune(" +./-()", rune(c)) {
			break
		}
		b--
	}
	for b < e && s[b] == ' ' {
		b++
	}
	if digits < 7 || digits > 15 || b == a || s[b-1] != ' ' || !(isDigit(s[b]) || s[b] == '+' || s[b] == '(') {
		return e, e, false
	}
	return b, e, true
}

// orderRefEnd23 returns where the text after an order's number in v
// starts: after "#" and three digits or more, or after a number of digit
// groups joined by dashes ("402-1234567-1234567"), each followed by a
// space; 0 when there is none.
func orderRefEnd23(v string) int {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '#' {
			j := i + 1
			for j < len(v) && (isDigit(v[j]) || v[j] == '-') {
				j++
			}
			if j-i > 3 && j < len(v) && v[j] == ' ' {
				return j + 1
			}
			continue
		}
		if isDigit(c) && (i == 0 || v[i-1] == ' ') {
			j, dashes := i, 0
			for j < len(v) && (isDigit(v[j]) || v[j] == '-') {
				if v[j] == '-' {
					dashes++
				}
				j++
			}
			if dashes >= 2 && j-i >= 15 && j < len(v) && v[j] == ' ' {
				return j + 1
			}
			i = j
		}
	}
	return 0
}

// subjectPaths23 are the normalised last parts of the keys of a mail's
// subject in a decoded event ("Subject", "email.subject", "mail_subject").
var subjectPaths23 = setOf("subject", "emailsubject", "mailsubject", "msgsubject", "messagesubject")

// subjectField23 redacts the name (and phone) closing the subject held by
// an event's field whose key names a mail's subject.
func (r *Redactor) subjectField23(path, v string, off uint32, c *Counts) string {
	if len(v) < 8 || off&(1<<KindName) != 0 || r.kindAction[KindName] == ActionOff {
		return v
	}
	seg := path[strings.LastIndexByte(path, '.')+1:]
	if len(seg) < 7 || len(seg) > 16 || seg[len(seg)-1]|0x20 != 't' {
		return v
	}
	var buf [16]byte
	if !subjectPaths23[string(normKey(buf[:0], seg))] {
		return v
	}
	sp := subjectTail23(v, 0, len(v), nil, nil)
	if len(sp) == 0 {
		return v
	}
	out := make([]byte, 0, len(v)+24)
	last := 0
	for _, x := range sp {
		if x.start < last || r.allowed(v[x.start:x.end]) || x.kind == KindPhone && (off&(1<<KindPhone) != 0 || r.kindAction[KindPhone] == ActionOff) {
			continue
		}
		out = append(out, v[last:x.start]...)
		out = r.replacement(out, x.kind, 0, v[x.start:x.end])
		c[x.kind]++
		last = x.end
	}
	if last == 0 {
		return v
	}
	return string(append(out, v[last:]...))
}
