package redact

import "strings"

// A snapshot test's failure prints the rendered markup as a diff: the
// changed lines start with "-" (the snapshot) and "+" (what was
// rendered), under the unchanged line of the element that holds them:
//
//	<p class="recipient">
//	-   Given Family
//	+   Other Person
//	</p>
//
// When that element is named for a person's field (its tag, class, id or
// test id: "recipient", "customer-name", "data-testid=\"buyer\""), the
// changed lines are its text: a person's name when shaped as one. Jest,
// Vitest and snapshot tools print it so; CI logs it as it is or inside a
// JSON string with escaped line breaks.

// mayHoldSnapshot22 is the cheap test before snapshotSpans22.
func mayHoldSnapshot22(sig uint32, tp *textPairs) bool {
	return sig&sigLT != 0 && (tp.contains("Snapshot") || tp.contains("Received") || tp.contains("Expected"))
}

// snapshotSpans22 returns the names on the changed lines of a markup
// snapshot's diff in s.
func snapshotSpans22(s string, out []span) []span {
	person := false // whether the last unchanged line opens a person's element
	for ls := 0; ls < len(s); {
		le, w := nextLine22(s, ls)
		if le < 0 {
			le, w = len(s), 0
			if e := strings.IndexByte(s[ls:], '\n'); e >= 0 {
				le, w = ls+e, 1
			}
		}
		line := s[ls:le]
		t := strings.TrimLeft(line, " \t")
		a := ls + len(line) - len(t)
		switch {
		case len(t) >= 2 && (t[0] == '-' || t[0] == '+') && t[1] == ' ':
			if person {
				v := strings.TrimRight(t[1:], " \t")
				b := strings.TrimLeft(v, " \t")
				st := a + 1 + len(v) - len(b)
				if personRun22(unescapeU22(b)) {
					out = append(out, span{start: st, end: st + len(b), kind: KindName})
				}
			}
		default:
			person = personElement22(t)
		}
		ls = le + w
	}
	return out
}

// personElement22 reports a line that opens an element named for a
// person's field: <p class="recipient">, <span data-testid="customer-name">.
func personElement22(t string) bool {
	if len(t) < 3 || t[0] != '<' || t[1] == '/' || !strings.HasSuffix(strings.TrimRight(t, `\ `), ">") {
		return false
	}
	// every word of the tag: its name and its attributes' values
	for i := 1; i < len(t); {
		for i < len(t) && !isAlpha(t[i]) {
			i++
		}
		j := i
		for j < len(t) && (isAlnum(t[j]) || t[j] == '-' || t[j] == '_') {
			j++
		}
		if j > i && personFieldWord22(t[i:j]) {
			return true
		}
		i = j
	}
	return false
}

// personFieldWord22 reports a markup word that names a person's field:
// a name key ("recipient", "customer-name", "fullName") or a word of
// whom an element shows.
func personFieldWord22(w string) bool {
	if len(w) < 4 || len(w) > 40 {
		return false
	}
	var buf [40]byte
	nk := normKey(buf[:0], w)
	switch string(nk) {
	case "class", "span", "data", "testid", "name", "label", "title", "div", "strong":
		return false
	case "recipient", "customer", "buyer", "addressee", "consignee", "cardholder", "holder", "owner", "contact", "shipto", "billto", "attendee", "passenger", "guest", "member", "author", "sender", "receiver":
		return true
	}
	return keyClass(nk) == keyName
}
