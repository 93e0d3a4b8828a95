package redact

import (
	"net/url"
	"strings"
)

// A buyer who signs a message right after their own contact details:
// "Mijn e-mail: <email> — Lieke van der Berg", "call me <phone>. Lieke
// Hoekstra", "Salamat po — Rodel Dela Cruz, <phone>", and the same in a
// form body ("…%40example.com+%E2%80%94+Lieke+van+der+Berg&MessageSid=…",
// a signature after its "%0A--+%0A" delimiter).
// names_signoff.go reads this slot for a name whose first word the
// lexicon knows; here the slot itself is the evidence, so any run of a
// person's shape in its script (personRun22: capitalised words or words
// in capitals with particles, a Han or Hangul name, a Thai one) fills it:
//
//   - after a contact (an e-mail, a phone or an address, found by this
//     scan or redacted before) and a dash (" — ", " – ") or a full
//     stop, a run that ends its text or value (the end, a quote, '&', a
//     line break);
//   - after a dash (" - " too), a run followed by ", " and a phone of the
//     writer.
//
// A run that ends anywhere else is prose, not a signature.

// mayHoldSignOff24 is the cheap test before signOffSpans24: the pass
// needs a contact already found or redacted.
func mayHoldSignOff24(s string, have []span, marked bool) bool {
	if marked {
		return true
	}
	for _, x := range have {
		if signOffContact24(x.kind) {
			return true
		}
	}
	return false
}

func signOffContact24(k Kind) bool {
	return k == KindEmail || k == KindPhone || k == KindAddress
}

// signOffSpans24 returns the signatures after (or before) the contacts of
// have and the contact markers of s.
func signOffSpans24(s string, have []span) []span {
	var out []span
	try := func(st, end int, phone bool) {
		if a, e := signOffAfter24(s, end); e > a {
			out = append(out, span{start: a, end: e, kind: KindName})
		}
		if phone {
			if a, e := signOffBeforePhone24(s, st); e > a {
				out = append(out, span{start: a, end: e, kind: KindName})
			}
		}
	}
	for _, x := range have {
		if signOffContact24(x.kind) {
			try(x.start, x.end, x.kind == KindPhone)
		}
	}
	for i := 0; ; {
		k := indexRare(s[i:], "[REDACTED:")
		if k < 0 {
			break
		}
		k += i
		e := markerEnd(s, k)
		if e == 0 {
			i = k + 1
			continue
		}
		kind := s[k+10 : e-1]
		if c := strings.IndexByte(kind, ':'); c >= 0 {
			kind = kind[:c]
		}
		if kind == "email" || kind == "phone" || kind == "address" {
			try(k, e, kind == "phone")
		}
		i = e
	}
	if strings.Contains(s, "%0A--") {
		out = formSignature24(s, out)
	}
	return dropOverlaps24(out, have)
}

// formSignature24 reads the first line of a signature in a form-encoded
// body ("…%0A--+%0AGiven+Family%0A%2B44…&MessageSid=…"): the RFC 3676
// delimiter that names_free.go reads in plain text, percent-encoded.
func formSignature24(s string, out []span) []span {
	for p := 0; ; {
		d := strings.Index(s[p:], "%0A--")
		if d < 0 {
			return out
		}
		d += p
		p = d + 5
		q := p
		for q < len(s) && (s[q] == '+' || strings.HasPrefix(s[q:], "%20")) {
			if s[q] == '+' {
				q++
			} else {
				q += 3
			}
		}
		if strings.HasPrefix(s[q:], "%0D") {
			q += 3
		}
		if !strings.HasPrefix(s[q:], "%0A") {
			continue
		}
		a := q + 3
		e := a
		for e < len(s) && s[e] != '&' && s[e] != '"' && s[e] != '\\' && s[e] != ' ' && !strings.HasPrefix(s[e:], "%0A") && !strings.HasPrefix(s[e:], "%0D") && e-a < 160 {
			e++
		}
		if e > a && signOffName24(s, a, e) {
			out = append(out, span{start: a, end: e, kind: KindName})
		}
	}
}

// signOffDash24 returns the end of a dash that sets a signature apart at
// p (spaces or a form's '+' around it), or 0.
func signOffDash24(s string, p int, hyphen bool) int {
	q := p
	for q < len(s) && (s[q] == ' ' || s[q] == '+') {
		q++
	}
	if q == p {
		return 0
	}
	var d int
	switch {
	case strings.HasPrefix(s[q:], "—") || strings.HasPrefix(s[q:], "–"):
		d = q + 3
	case strings.HasPrefix(s[q:], "%E2%80%94") || strings.HasPrefix(s[q:], "%E2%80%93"):
		d = q + 9
	case hyphen && s[q] == '-' && !(q+1 < len(s) && s[q+1] == '-'):
		d = q + 1
	default:
		return 0
	}
	e := d
	for e < len(s) && (s[e] == ' ' || s[e] == '+') {
		e++
	}
	if e == d {
		return 0
	}
	return e
}

// signOffAfter24 reads a signature after a contact that ends at p.
func signOffAfter24(s string, p int) (int, int) {
	a := signOffDash24(s, p, false) // "<email> - Password Reset" is a subject's heading
	if a == 0 {
		if p+1 >= len(s) || s[p] != '.' || !(s[p+1] == ' ' || s[p+1] == '+') {
			return 0, 0
		}
		a = p + 1
		for a < len(s) && (s[a] == ' ' || s[a] == '+') {
			a++
		}
	}
	e, phone := signOffRunEnd24(s, a)
	if e <= a || phone {
		if phone && e > a && signOffName24(s, a, e) {
			return a, e
		}
		return 0, 0
	}
	if !signOffName24(s, a, e) {
		return 0, 0
	}
	return a, e
}

// signOffBeforePhone24 reads "— Given Family, <phone>": a dash, the run,
// a comma and the phone at st.
func signOffBeforePhone24(s string, st int) (int, int) {
	c := st
	for c > 0 && (s[c-1] == ' ' || s[c-1] == '+') {
		c--
	}
	if c == st || c == 0 || s[c-1] != ',' && !strings.HasSuffix(s[:c], "%2C") {
		return 0, 0
	}
	if s[c-1] == ',' {
		c--
	} else {
		c -= 3
	}
	lo := c - 120
	if lo < 0 {
		lo = 0
	}
	for d := c - 1; d >= lo; d-- {
		if a := signOffDash24(s, d, true); a > 0 && a < c && (d == 0 || s[d] == ' ' || s[d] == '+') && (d == 0 || s[d-1] != ' ' && s[d-1] != '+') {
			if e, phone := signOffRunEnd24(s, a); e == c && phone && signOffName24(s, a, c) {
				return a, c
			}
			return 0, 0
		}
	}
	return 0, 0
}

// signOffRunEnd24 returns where a run from a ends: the end of its text or
// value, or a comma before a phone (phone set); 0 when it runs into more
// text.
func signOffRunEnd24(s string, a int) (int, bool) {
	e := a
	for e < len(s) && e-a <= 90 {
		switch c := s[e]; c {
		case '"', '\\', '&', '\n', '\r':
			return signOffTrim24(s, a, e), false
		case ',':
			q := e + 1
			for q < len(s) && (s[q] == ' ' || s[q] == '+') {
				q++
			}
			if q < len(s) && (s[q] == '+' && q+1 < len(s) && isDigit(s[q+1]) || isDigit(s[q]) || strings.HasPrefix(s[q:], "[REDACTED:phone")) {
				return e, true
			}
			if strings.HasPrefix(s[e:], "%2C") {
				return 0, false
			}
			return 0, false
		case '%':
			if strings.HasPrefix(s[e:], "%2C") {
				q := e + 3
				for q < len(s) && s[q] == '+' {
					q++
				}
				if q < len(s) && (isDigit(s[q]) || strings.HasPrefix(s[q:], "%2B")) {
					return e, true
				}
				return 0, false
			}
		case '.', '!', '?':
			if e+1 == len(s) || strings.IndexByte("\"\\&\n", s[e+1]) >= 0 {
				return signOffTrim24(s, a, e), false
			}
			if c != '.' {
				return 0, false
			}
		case '[', ']', '(', ')', '{', '}', '<', '>', ':', ';', '|', '=', '/', '@', '#', '$', '*', '_':
			return 0, false
		}
		e++
	}
	if e == len(s) {
		return signOffTrim24(s, a, e), false
	}
	return 0, false
}

func signOffTrim24(s string, a, e int) int {
	for e > a && (s[e-1] == ' ' || s[e-1] == '+') {
		e--
	}
	return e
}

// signOffName24 reports a run s[a:e] of a person's shape, read decoded
// when it stands in a form body.
func signOffName24(s string, a, e int) bool {
	v := s[a:e]
	if strings.ContainsAny(v, "+%") {
		d, err := url.QueryUnescape(v)
		if err != nil {
			return false
		}
		v = d
	}
	if !personRun22(v) || strings.ContainsAny(v, "0123456789") {
		return false
	}
	return !notPersonRun14(s, a, e) && !shopWordBefore15(s, a)
}

// dropOverlaps24 drops the spans of out that overlap a span of have.
func dropOverlaps24(out, have []span) []span {
	k := 0
	for _, x := range out {
		if !overlaps(have, x.start, x.end) {
			out[k] = x
			k++
		}
	}
	return out[:k]
}
