package redact

// A conversation's role labelling a turn. A chat or a call logged as one
// text puts the speaker's role before each turn, with or without the
// turn's time in brackets:
//
//	[7pm] buyer: Obrigado
//	[seller] oi!
//	[buyer] …
//
// "buyer:" there is no key of the buyer's name: what follows is what the
// buyer said (a greeting, a sentence in any language, an amount), read by
// the readers of free text like any other turn. A role's key labels a
// turn when it starts a line (after the turn's bracket, if any) and
// another line of the same text starts a turn too: a role's label
// ("[seller]", "agent:", "[3pm] customer:").

// dm33TurnLabel reports the key of a role at w0 (normalised nk, its colon
// before k) labelling a turn of a dialogue.
func dm33TurnLabel(s string, w0, k int, nk []byte) bool {
	if k < 1 || s[k-1] != ':' && !(s[k-1] == ' ' && k >= 2 && s[k-2] == ':') || !speakerRoles[string(nk)] {
		return false
	}
	ls, ok := dm33TurnStart(s, w0)
	if !ok {
		return false
	}
	// another turn in the text, before or after this one (bounded)
	for p, seen := 0, 0; p >= 0 && p < len(s) && seen < 64; seen++ {
		if p != ls && dm33TurnAt(s, p) {
			return true
		}
		p = nextLine(s, p)
	}
	return false
}

// dm33TurnStart returns where the line holding the label at w0 starts,
// when only a turn's bracket ("[7pm] ", "[월요일] ") stands before it.
func dm33TurnStart(s string, w0 int) (int, bool) {
	p := w0
	if p >= 2 && s[p-1] == ' ' && s[p-2] == ']' {
		q := p - 2
		for q > 0 && p-q < 48 && s[q] != '[' && s[q] != '\n' {
			q--
		}
		if s[q] != '[' {
			return 0, false
		}
		p = q
	}
	return p, dm33LineStart(s, p)
}

// dm33LineStart reports whether p starts a line or a string.
func dm33LineStart(s string, p int) bool {
	return p == 0 || s[p-1] == '\n' || s[p-1] == '"' || s[p-1] == '=' || p >= 2 && s[p-2] == '\\' && s[p-1] == 'n'
}

// dm33TurnAt reports a turn's label at the line start p: a role in
// brackets ("[seller] …"), or a role and a colon after an optional
// bracket ("agent: …", "[3pm] buyer: …").
func dm33TurnAt(s string, p int) bool {
	i := p
	if i < len(s) && s[i] == '[' {
		e := i + 1
		for e < len(s) && e-i < 48 && s[e] != ']' && s[e] != '\n' {
			e++
		}
		if e >= len(s) || s[e] != ']' {
			return false
		}
		if dm33Role(s[i+1 : e]) {
			return true
		}
		i = e + 1
		if i < len(s) && s[i] == ' ' {
			i++
		}
	}
	e := i
	for e < len(s) && e-i < 24 && (isAlpha(s[e]) || s[e] >= 0x80) {
		e++
	}
	return e > i && e < len(s) && s[e] == ':' && dm33Role(s[i:e])
}

func dm33Role(w string) bool {
	if len(w) == 0 || len(w) > 24 {
		return false
	}
	var buf [24]byte
	return speakerRoles[string(lower(buf[:0], w))]
}
