package redact

// The other half of a known name's word. A name a field rule redacted
// ("cardholder": "Kovács Gergely") is searched for elsewhere in its event
// word by word (known.go), since relatives and the same person write it
// in other orders and with other given names: "refund issued to Kovács
// Ádám for order …", "profile":{"name":"Balogh Eszter"} beside a
// recipient "Nagy Eszter". The word alone is then redacted and the word
// beside it, the other half of that person's name, is left. The known
// word is the evidence that a person's name stands here, so the word
// beside it needs only the shape names25_glued.go asks of a one-word
// span's neighbour:
//
//   - after it, a capitalised word (not a word of prose, a legal form, a
//     carrier, an honorific or a role) followed by the clause's end or by
//     a word in lower case;
//   - before it, the same shape after a word in lower case, or opening a
//     quoted value or the text when the known word closes it
//     ("name":"Balogh Eszter").
//
// A second capitalised word beside it ("Kovács Bolt Kft") is a firm's or
// a title's, and nothing is taken.

// extendKnownWords26 widens in place the spans of a known name's word
// found alone in s (sp, in any order) over the other half of the name.
func extendKnownWords26(s string, sp []span) {
	for i := range sp {
		x := &sp[i]
		if x.kind != KindName {
			continue
		}
		if e := gluedTail25(s, x.end, len(s)); e > x.end {
			x.end = e
			continue
		}
		if a := knownHead26(s, x.start, x.end); a < x.start {
			x.start = a
		}
	}
}

// knownHead26 returns the start of the capitalised word before the known
// word s[a:e], or a.
func knownHead26(s string, a, e int) int {
	if g := gluedHead25(s, a, 0); g < a {
		return g
	}
	if a < 3 || s[a-1] != ' ' || !(e == len(s) || s[e] == '"' || s[e] == '\\' || s[e] == '\'' || s[e] == ',' || s[e] == '\n') {
		return a
	}
	q := a - 1
	g := q
	for g > 0 && s[g-1] != ' ' && s[g-1] != '"' && s[g-1] != '\'' && s[g-1] != '\n' && s[g-1] != '>' && s[g-1] != '=' && s[g-1] != ':' {
		g--
	}
	if g == q {
		return a
	}
	w := n14WordAt(s, g)
	if w.b != q || w.k != n14Cap || !gluedWord25(s, w) {
		return a
	}
	// the word opens the value: the text, a quoted string, or a key's
	// value after "=" or ":"
	if g > 0 && s[g-1] == ' ' {
		return a
	}
	return g
}
