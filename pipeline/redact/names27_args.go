package redact

import "strings"

// Positional arguments that hold no other PII. A formatter that logs a
// record without its keys writes it as a list (`args=["171-…", "Given
// Family", "70517.78"]`, `Customer registered "…", "Given Family"`,
// `args=('Given Family')`, `{1}=Given Family (ean …)`); argNameSpans reads
// a name-shaped item of such a list when the list holds other PII of the
// record. A list of ids, amounts and dates around one name holds none, so
// there the item needs the evidence a slot that points to a person asks
// for (slotNameEvidence27: a script without case, "Family, Given", an
// initial, a known given name first or a known family name last) besides
// a person's shape (argName, roleName): a product's, a shop's or a city's
// title has none. A list of one quoted item counts when it opens a bracket
// or follows a comma (`…, "Given Family"`), not after a label's colon.

// mayHoldArgs27 is the cheap test before argNameSpans27.
func mayHoldArgs27(s string, sig uint32) bool {
	if len(s) < 12 || sig&(sigQuote|sigApos|sigRBrace) == 0 {
		return false
	}
	return mayHoldArgs(s) || sig&sigApos != 0 && (strings.Contains(s, "('") || strings.Contains(s, "['")) ||
		sig&sigQuote != 0 && (strings.Contains(s, `("`) || strings.Contains(s, `["`) || strings.Contains(s, `, "`))
}

// argNameSpans27 returns the name-shaped items, with a person's evidence,
// of positional lists in s.
func argNameSpans27(s string, have []span) []span {
	var out []span
	eachArgList(s, func(items []argItem) {
		if len(items) == 1 && !oneItemList27(s, items[0]) {
			return
		}
		for _, it := range items {
			a, b := it.trimmed(s)
			if b-a < 2 || overlaps(have, a, b) || overlaps(out, a, b) {
				continue
			}
			if v := s[a:b]; argName(v) && roleName(v) && argEvidence27(v) && !pairList27(s, items) {
				out = append(out, span{start: a, end: b, kind: KindName})
			}
		}
	})
	return out
}

// oneItemList27 reports a list of one quoted item that is an argument: it
// opens a bracket ("('Given Family')") or follows a comma after a value
// ("…, 725860221563239, \"Given Family\"").
func oneItemList27(s string, it argItem) bool {
	q := it.a - 1 // the opening quote
	if q < 1 {
		return false
	}
	if s[q] != '"' && s[q] != '\'' {
		return false // a placeholder's value: "{1}=…" alone
	}
	if c := s[q-1]; c == '(' || c == '[' {
		return true
	}
	// after a comma: after a quoted item (`"…", "Given Family", 2283…`),
	// or as the list's last item (`…23239, "Given Family"`); among a
	// call's unquoted arguments (`[args: 12, "…", 302.88]`) it is read
	// with other PII only (names_argsmixed.go)
	if q < 3 || s[q-1] != ' ' || s[q-2] != ',' {
		return false
	}
	e := it.b + 1
	return s[q-3] == '"' || s[q-3] == '\'' || e >= len(s) || s[e] == '\n' || s[e] == '"' || s[e] == '}'
}

// argEvidence27 is slotNameEvidence27 for an argument: Han characters only
// after a family name's character ("发票号码" is a field's name).
func argEvidence27(v string) bool {
	if hanName(v) {
		return strings.ContainsRune(hanSurnames, []rune(v)[0])
	}
	return slotNameEvidence27(v)
}

// pairList27 reports a list that is a pair inside a list of pairs
// (Rails' binds `[["发票号码", "7545…"], ["buyer_tel", …]]`): its first
// item is a column's name.
func pairList27(s string, items []argItem) bool {
	q := items[0].a - 2 // before the opening quote
	return q >= 1 && s[q] == '[' && (s[q-1] == '[' || s[q-1] == ' ' && q >= 2 && s[q-2] == ',')
}
