package redact

import "strings"

// A quoted value that holds a redacted name and capitalised words only.
// A positional argument, a bound parameter or a JSON string is one value:
// when part of it was redacted as a person's name ("'[REDACTED:name]
// Zuluaga Castaño'", "\"Balogh [REDACTED:name]\"") and every other word
// of it is capitalised and shaped as a name's (no word of prose, a legal
// form, a firm's trade, a role, a carrier), the rest is the same person's
// other names. An honorific opening the value stays ("'Ibu [name] …'").
// A word after the marker is a title or a place as often ("[name]
// Warehouse", "[name] Berlin"): there the lexicon must know it as a
// name's; before it, the family name written first, the shape suffices.

// mayHoldMarkedValue26 is the cheap test: a name's marker with a quote
// or an apostrophe before it or after it.
func mayHoldMarkedValue26(s string) bool {
	return strings.Contains(s, "[REDACTED:name]")
}

// markedValueSpans26 returns the capitalised words of quoted values that
// hold a name's marker and such words only.
func markedValueSpans26(s string) []span {
	const m = "[REDACTED:name]"
	var out []span
	for i := 0; ; {
		k := strings.Index(s[i:], m)
		if k < 0 {
			break
		}
		k += i
		i = k + len(m)
		// the value's opening quote: back over words and spaces
		a := k
		for a > 0 && a > k-96 && s[a-1] != '"' && s[a-1] != '\'' && s[a-1] != '\n' && s[a-1] != ',' && s[a-1] != '=' {
			a--
		}
		if a == 0 && !strings.ContainsAny(s, "\"'\n,=") {
			out = append(out, markedValueWords26(s, 0, len(s))...)
			break // the string is the value: a field's
		}
		if a == 0 || s[a-1] != '"' && s[a-1] != '\'' {
			continue
		}
		q := s[a-1]
		e := i
		for e < len(s) && e < i+96 && s[e] != q && s[e] != '\n' && s[e] != ',' && s[e] != '=' {
			e++
		}
		if e >= len(s) || s[e] != q {
			continue
		}
		if q == '"' && a >= 2 && s[a-2] == '\\' {
			if s[e-1] != '\\' {
				continue
			}
			e-- // an escaped quote closes the value: \"…\"
		} else if e > 0 && s[e-1] == '\\' {
			continue
		}
		out = append(out, markedValueWords26(s, a, e)...)
		i = max(i, e)
	}
	return out
}

// markedValueWords26 returns the words of s[a:e] beside its markers when
// all of them are shaped as a name's, the value has one to four of them
// and no other text.
func markedValueWords26(s string, a, e int) []span {
	const m = "[REDACTED:name]"
	var out []span
	words, first, afterMarker := 0, true, false
	for p := a; p < e; {
		if s[p] == ' ' {
			p++
			continue
		}
		if strings.HasPrefix(s[p:e], m) {
			p += len(m)
			first, afterMarker = false, true
			continue
		}
		if strings.HasPrefix(s[p:e], "[REDACTED:") || strings.HasPrefix(s[p:e], "[HASH:") {
			return nil // another kind's marker: a record, not a name
		}
		w := n14WordAt(s, p)
		if w.b <= p || w.b > e {
			return nil
		}
		if t := w.b; first && t < e && s[t] == '.' && honorificSet[strings.ToLower(s[p:t+1])] {
			p = t + 1 // "Gng.", "Sra.": the title stays
			first = false
			continue
		}
		if w.b < e && s[w.b] != ' ' {
			return nil
		}
		if first && (honorific17(s[p:w.b]) || honorificSet[strings.ToLower(s[p:w.b])]) {
			p = w.b // "Ibu": the title stays
			first = false
			continue
		}
		if w.k != n14Cap || !gluedWord25(s, w) || plainWord(s[p:w.b]) || first && closeWord33(s[p:w.b]) {
			return nil // ("Merci [name]": a thanks, nm33_frames.go)
		}
		if !first && afterMarker && lexClass(s[p:w.b]) == 0 {
			return nil // "[name] Warehouse", "[name] Berlin": after the name, only a word the lexicon knows as a name's
		}
		first = false
		if words++; words > 4 {
			return nil
		}
		out = append(out, span{start: p, end: w.b, kind: KindName})
		p = w.b
	}
	if len(out) > 1 {
		// adjacent words become one span
		j := 0
		for _, x := range out[1:] {
			if x.start-out[j].end <= 1 {
				out[j].end = x.end
				continue
			}
			j++
			out[j] = x
		}
		out = out[:j+1]
	}
	return out
}
