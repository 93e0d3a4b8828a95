package redact

import "strings"

// Phones as people say or type them after a label that names one, in the
// shapes the number reader leaves (pc29):
//
//	caller id 081-754-2399; intent=…        (an IVR's caller id: "id" is no order's id here)
//	confirm number 520 591 371?             (three groups of three: no amount after this label)
//	(sent to 044 55 1780 8264)              (the phone a code was sent to)
//	Erreichbar unter 030 / 487 80 21.       (a German area code set apart by " / ")
//	callback +49 170 und dann 1779710       (digit groups joined by a spoken "and then")
//	tel +1 (635) then 280-3890, 11 9 4970 e 6402, 0821 3750 lalu 3650
//
// The label stands right before the number, across at most four bytes of
// spaces, ':', '=', '>' and quotes: a caller's ("caller", "caller id"), a
// call-back's, a contact's, "confirm (the|your) number", "sent to", a phone
// word at the end of a key or a tag (`payer_phone=`, `<telefon>`). The
// number is 7–15 digits in groups set apart by a space, '-', '.', '/' or
// " / ", a trunk or area code in brackets ("(0)", "(635)"), and at most one
// connector word of a language ("then", "und dann", "y luego", "e",
// "lalu"…) between two groups. Digits in one piece after "sent to",
// "callback" or "contact" want a trunk 0 or a '+'. A number written with a
// connector word and led by '+' or a trunk 0 is a phone wherever it stands
// ("buyer: 0821 3750 lalu 3650"). What stays: dates (2-2-4, 4-2-2),
// dotted quads (an IPv4 address), decimals and amounts ("18 054,76"),
// digits glued to a letter, a unit or more digits, epoch seconds and
// milliseconds in one piece.

// labelsPC29 name the phone right after them (lower case; the byte before
// is no letter). A true value marks a label after which digits in one piece
// want a trunk 0 or a '+'.
var labelsPC29 = []struct {
	w     string
	loose bool
}{
	{"caller id", false}, {"caller-id", false}, {"callerid", false}, {"caller", false}, {"calling number", false},
	{"confirm number", false}, {"confirm the number", false}, {"confirm your number", false}, {"confirm phone", false},
	{"callback", true}, {"call back", true}, {"call-back", true}, {"contact", true}, {"sent to", true}, {"sms to", true},
	{"erreichbar unter", false}, {"phone", false}, {"telefon", false}, {"telephone", false}, {"tel", false}, {"tel.", false},
	{"mobile", false}, {"handy", false}, {"celular", false}, {"telefono", false}, {"telefone", false}, {"móvil", false},
}

// connectorsPC29 join two groups of a phone read aloud (lower case, with
// their spaces).
var connectorsPC29 = []string{" und dann ", " dann ", " then ", " and then ", " y luego ", " luego ", " y ", " e ",
	" e depois ", " lalu ", " terus ", " kemudian ", " dan ", " et ", " puis ", " ensuite ", " poi ", " e poi ",
	" och ", " sedan ", " en dan ", " dan nog ", " potem ", " i ", " potom ", " sonra ", " ve ", " rồi ", " và ",
	" kisha ", " na ", " ndipo ", " потом ", " и ", " затем ", " ثم ", " و ", " ואז ", " και ", " μετά "}

// mayHoldPhonePC29 is the cheap test before phoneSpansPC29 (sig is 0 in a
// decoded view, depth > 0; named: a name was found or marked before). It
// returns the parts to read: 1 the labels, 2 the numbers after a name, 4
// the numbers read aloud.
func mayHoldPhonePC29(s string, sig uint32, depth int, named bool, tp *textPairs) (m int) {
	if depth == 0 && sig&sigDigit == 0 || len(s) < 9 {
		return 0
	}
	if tp.contains(" / ") || tp.contains("hen ") || tp.contains("dann ") || tp.contains("uego ") || tp.contains("lalu ") || depth > 0 {
		m |= 1 | 4
	} else if tp.contains("aller") || tp.contains("ALLER") || tp.contains("allback") || tp.contains("all back") ||
		tp.contains("onfirm") || tp.contains("ent to") || tp.contains("ms to") || tp.contains("ontact") || tp.contains("rreichbar") {
		m |= 1
	}
	if named && tp.contains(", ") {
		m |= 2
	}
	return m
}

// phoneSpansPC29 returns the phones of s read above.
func phoneSpansPC29(s string, m int, tp *textPairs, have []span) []span {
	var out []span
	add := func(a, b int) {
		if !overlapsAny(have, a, b) && !overlapsAny(out, a, b) {
			out = append(out, span{start: a, end: b, kind: KindPhone})
		}
	}
	for _, l := range labelsPC29 {
		if m&1 == 0 {
			break
		}
		if !tp.may(l.w[1:]) {
			continue
		}
		for off := 0; off < len(s); {
			k := indexFoldASCII(s[off:], l.w)
			if k < 0 {
				break
			}
			k += off
			off = k + len(l.w)
			if k > 0 && (isAlpha(s[k-1]) || s[k-1] >= 0x80) {
				continue
			}
			i := off
			for i < len(s) && i-off < 10 && (s[i] == ' ' || s[i] == ':' || s[i] == '=' || s[i] == '>' || s[i] == '"' || s[i] == '\'' || s[i] == '\\') {
				i++
			}
			if i == off || i >= len(s) {
				continue
			}
			e, r := phoneRunPC29(s, i)
			if e == 0 {
				continue
			}
			if r.groups == 1 && l.loose && s[i] != '0' && s[i] != '+' {
				continue
			}
			if r.groups == 1 && (l.w == "tel" || l.w == "phone") {
				continue // the number reader's own
			}
			add(i, e)
		}
	}
	// a number in groups between commas right after a person's name: "payer Given Family, 526 561 778, …"
	for _, x := range have {
		if m&2 != 0 && x.kind == KindName {
			if a, b := phoneAfterNamePC29(s, x.end); b > 0 {
				add(a, b)
			}
		}
	}
	for _, w := range []string{"[REDACTED:name]", "[REDACTED:field]"} {
		for off := 0; m&2 != 0 && off < len(s) && tp.contains("[REDACTED:"); {
			k := strings.Index(s[off:], w)
			if k < 0 {
				break
			}
			off += k + len(w)
			if a, b := phoneAfterNamePC29(s, off); b > 0 {
				add(a, b)
			}
		}
	}
	// a number read aloud, led by '+' or a trunk 0, wherever it stands
	for _, c := range connectorsPC29 {
		for off := 0; m&4 != 0 && off < len(s); {
			k := strings.Index(s[off:], c)
			if k < 0 {
				break
			}
			k += off
			off = k + len(c)
			if k == 0 || !isDigit(s[k-1]) || off >= len(s) || !isDigit(s[off]) {
				continue
			}
			a := k
			for a > 0 && k-a < 24 && (isDigit(s[a-1]) || s[a-1] == ' ' || s[a-1] == '-' || s[a-1] == '+' || s[a-1] == '(' || s[a-1] == ')') {
				a--
			}
			for a < k && (s[a] == ' ' || s[a] == '-' || s[a] == ')') {
				a++
			}
			if a >= k || s[a] != '+' && s[a] != '0' || a > 0 && (isWord(s[a-1]) || s[a-1] == '.' || s[a-1] == '/') {
				continue
			}
			if e, r := phoneRunPC29(s, a); e > off && r.words == 1 {
				add(a, e)
			}
		}
	}
	return out
}

// phoneAfterNamePC29 returns the number in groups that a name ending at e
// is followed by, between ", " and a comma, a semicolon or the text's end
// (9–13 digits, two groups or more), or 0, 0.
func phoneAfterNamePC29(s string, e int) (int, int) {
	if !strings.HasPrefix(s[e:], ", ") {
		return 0, 0
	}
	a := e + 2
	b, r := phoneRunPC29(s, a)
	if b == 0 || r.groups < 2 || r.words > 0 || r.digits < 9 || r.digits > 13 {
		return 0, 0
	}
	if b < len(s) && s[b] != ',' && s[b] != ';' && s[b] != '"' && s[b] != '\\' && s[b] != '\n' {
		return 0, 0
	}
	return a, b
}

// runPC29 describes a number read by phoneRunPC29.
type runPC29 struct {
	digits, groups, words int
	seps                  byte // '.' or '/' once one was met, else 0
	dots                  int
	marks                 bool // a separator other than a space was met
}

// phoneRunPC29 returns the end of a phone as described above that starts at
// i, or 0.
func phoneRunPC29(s string, i int) (int, runPC29) {
	var r runPC29
	p := i
	if p < len(s) && s[p] == '+' {
		p++
	}
	var lens [16]int
	for {
		// a group: digits, or a code in brackets
		if n := parenGroupPC29(s, p); n > 0 {
			r.digits += n - 2
			p += n
		} else {
			q := p
			for q < len(s) && isDigit(s[q]) {
				q++
			}
			if q == p {
				return 0, r
			}
			if r.groups < len(lens) {
				lens[r.groups] = q - p
			}
			r.digits += q - p
			p = q
		}
		r.groups++
		if r.digits > 15 {
			return 0, r
		}
		// a separator before the next group
		n := 0
		switch {
		case strings.HasPrefix(s[p:], " / ") || strings.HasPrefix(s[p:], " - "):
			n = 3
			r.seps = '/'
		case p < len(s) && (s[p] == '-' || s[p] == ' '):
			n = 1
		case p < len(s) && (s[p] == '.' || s[p] == '/'):
			n = 1
			r.seps = s[p]
			if s[p] == '.' {
				r.dots++
			}
		}
		if n > 0 && p+n < len(s) && (isDigit(s[p+n]) || parenGroupPC29(s, p+n) > 0) {
			r.marks = r.marks || s[p] != ' ' || n == 3
			p += n
			continue
		}
		if r.words == 0 && p < len(s) && s[p] == ' ' {
			if w := connectorAtPC29(s, p); w > 0 && p+w < len(s) && isDigit(s[p+w]) {
				r.words++
				p += w
				continue
			}
		}
		break
	}
	// the end: no word, decimal, unit or more digits glued on
	if p < len(s) {
		c := s[p]
		if isWord(c) || c >= 0x80 && !strings.HasPrefix(s[p:], "\u00a0") && !strings.HasPrefix(s[p:], "—") && !strings.HasPrefix(s[p:], "\u200e") && !strings.HasPrefix(s[p:], "\u200f") ||
			c == '%' || c == '@' || (c == ',' || c == '.' || c == ':' || c == '-' || c == '/') && p+1 < len(s) && isDigit(s[p+1]) {
			return 0, r
		}
	}
	if r.digits < 7 || r.groups == 1 && r.digits < 8 || r.words > 0 && r.digits < 9 {
		return 0, r
	}
	g := min(r.groups, len(lens))
	switch {
	case r.groups == 1 && s[i] == '1' && (r.digits == 10 || r.digits == 13):
		return 0, r // epoch seconds or milliseconds
	case r.groups == 3 && r.marks && (lens[0] == 2 && lens[1] == 2 && lens[2] == 4 || lens[0] == 4 && lens[1] == 2 && lens[2] == 2):
		return 0, r // a date
	case r.dots == 3 && r.groups == 4 && lens[0] <= 3 && lens[1] <= 3 && lens[2] <= 3 && lens[3] <= 3 && s[i] != '0':
		return 0, r // an IPv4 address
	case r.seps == '.' && g == 2 && s[i] != '0':
		return 0, r // a decimal
	case r.dots == r.groups-1 && s[i] != '0' && s[i] != '+' && lens[0] <= 3 && thousandsPC29(lens[1:g]):
		return 0, r // "12.345.678": an amount's thousands
	}
	return p, r
}

// connectorAtPC29 returns the length of a connector word of connectorsPC29
// at p (its leading space included, its closing space too), or 0.
func connectorAtPC29(s string, p int) int {
	for _, c := range connectorsPC29 {
		if len(s)-p >= len(c) && equalFoldASCII(s[p:p+len(c)], c) {
			return len(c)
		}
	}
	return 0
}

// parenGroupPC29 returns the length of a code of 1–4 digits in brackets at
// p ("(0)", "(635)"), or 0.
func parenGroupPC29(s string, p int) int {
	if p >= len(s) || s[p] != '(' {
		return 0
	}
	q := p + 1
	for q < len(s) && isDigit(s[q]) && q-p <= 4 {
		q++
	}
	if q == p+1 || q >= len(s) || s[q] != ')' {
		return 0
	}
	return q + 1 - p
}

// thousandsPC29 reports groups of three digits each.
func thousandsPC29(lens []int) bool {
	for _, n := range lens {
		if n != 3 {
			return false
		}
	}
	return len(lens) > 0
}

// namedPC29 reports a name among the spans found, or an earlier pass's
// marker (marked).
func namedPC29(have []span, marked bool) bool {
	if marked {
		return true
	}
	for _, x := range have {
		if x.kind == KindName {
			return true
		}
	}
	return false
}
