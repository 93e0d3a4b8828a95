package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name and a number written together as a buyer signs a report or an
// agent quotes a caller, on a line that holds other PII of theirs: "…, the
// parcel never came, Given Family 996 65 396: … (given@…)". The clause
// opens after a separator (a comma, a colon, a quote, a bracket, a line's
// start), holds a person's name (personValue24, "FAMILY, Given", a CJK
// name written whole), one space, and a number shaped like a phone as
// people type it (7–15 digits in one piece or in groups set apart by dots,
// dashes or spaces: "094984.29603", "8.747.412.55.28", "9948.6093"), and
// a colon that closes the clause. Both are masked; a phone a reader found
// already makes the name before it a name when written "FAMILY, Given"
// (nam24_before.go reads the other shapes).

// mayHoldPairR27 is the cheap test before pairSpansR27.
func mayHoldPairR27(sig uint32, have []span, marked bool) bool {
	return sig&sigDigit != 0 && (len(have) > 0 || marked)
}

// pairSpansR27 returns the names and phones written together in s.
func pairSpansR27(s string, have []span) []span {
	var out []span
	add := func(a, i, j int, found bool) {
		if !overlapsAny(have, a, i-1) && !overlapsAny(out, a, i-1) {
			out = append(out, span{start: a, end: i - 1, kind: KindName})
		}
		if !found && !overlapsAny(have, i, j) {
			out = append(out, span{start: i, end: j, kind: KindPhone})
		}
	}
	// a phone found: "FAMILY, Given" right before it
	for _, x := range have {
		if x.kind != KindPhone || x.start < 3 || s[x.start-1] != ' ' || !givenBeforeR27(s, x.start-1) {
			continue
		}
		if a, ok := pairNameR27(s, x.start-1, have, true); ok && pairEvidenceR27(s, a, x.end, have) {
			add(a, x.start, x.end, true)
		}
	}
	// a number closed by a colon: "Given Family 996 65 396: …"
	for off := 0; off < len(s); {
		k := strings.IndexByte(s[off:], ':')
		if k < 0 {
			break
		}
		j := off + k
		off = j + 1
		if j < 2 || !isDigit(s[j-1]) {
			continue
		}
		i := j - 1
		for i > 0 && j-i < 24 && (isDigit(s[i-1]) || (s[i-1] == ' ' || s[i-1] == '.' || s[i-1] == '-') && i >= 2 && isDigit(s[i-2]) || s[i-1] == '+') {
			i--
		}
		if i < 2 || s[i-1] != ' ' || !(s[i-2] >= 0x80 || isAlpha(s[i-2]) || s[i-2] == '.') || overlapsAny(have, i, j) {
			continue
		}
		if e, ok := phoneRunR27(s, i); !ok || e != j {
			continue
		}
		if a, ok := pairNameR27(s, i-1, have, false); ok && pairEvidenceR27(s, a, j, have) {
			add(a, i, j, false)
		}
	}
	return out
}

// phoneRunR27 returns the end of a phone-shaped number that starts at i.
func phoneRunR27(s string, i int) (int, bool) {
	j := i
	if j < len(s) && s[j] == '+' {
		j++
	}
	last := j
	for j < len(s) && j-i < 24 {
		c := s[j]
		if isDigit(c) {
			j++
			last = j
			continue
		}
		if (c == '.' || c == '-' || c == ' ') && j+1 < len(s) && isDigit(s[j+1]) {
			j++
			continue
		}
		break
	}
	v := s[i:last]
	if last < len(s) && (isDigit(s[last]) || isAlpha(s[last])) || strings.HasPrefix(v, "000") {
		return 0, false // ("000129577": an order's number padded with zeros)
	}
	return last, phoneShaped24(v) || twoDotPhoneR27(v)
}

// twoDotPhoneR27 reports digits in two groups set apart by a dot, seven to
// twelve in all and three or more in each ("9948.6093", "21.99070.2780"
// is read by phoneShaped24): a phone after its owner's name, not an amount.
func twoDotPhoneR27(v string) bool {
	k := strings.IndexByte(v, '.')
	if k < 3 || strings.Count(v, ".") != 1 || len(v)-k-1 < 3 {
		return false
	}
	d := countDigits(v)
	return d == len(v)-1 && d >= 7 && d <= 12
}

// pairNameR27 returns where the name that ends one space before the number
// (at e) starts, after a clause's separator.
func pairNameR27(s string, e int, have []span, found bool) (int, bool) {
	a := e
	for a > 0 && e-a < 80 {
		c := s[a-1]
		if c == ',' || c == ';' || c == ':' || c == '(' || c == '"' || c == '\n' || c == '\t' || c == '|' || c == '>' || c == '[' {
			break
		}
		if c == 'n' && a >= 2 && s[a-2] == '\\' {
			break
		}
		a--
	}
	for a < e && s[a] == ' ' {
		a++
	}
	if a >= e || e-a >= 80 {
		return 0, false
	}
	v := s[a:e]
	if strings.ContainsAny(v, "0123456789@[]") {
		return 0, false
	}
	// "FAMILY, Given": the family words in capitals before the comma
	if a >= 2 && s[a-1] == ' ' && s[a-2] == ',' && !strings.Contains(v, " ") {
		f := a - 2
		for f > 0 && a-2-f < 40 && strings.IndexByte(",:;(\"\n\t|>", s[f-1]) < 0 {
			f--
		}
		for f < a-2 && s[f] == ' ' {
			f++
		}
		if fam := s[f : a-2]; capsWordsR27(fam) && argName(fam+", "+v) && roleName(fam+", "+v) && startsUpperR27(v) {
			return f, true
		}
	}
	if found {
		return 0, false // nam24_before.go reads the other shapes beside a found phone
	}
	if strings.IndexByte(v, ' ') < 0 {
		// one word: a CJK name written whole, nothing else ("주문 000129577": an order)
		return a, cjkNameR27(v)
	}
	if !personValue24(s, a, e) || phonePhraseIn24(v) || shopWordBefore15(s, a) {
		return 0, false
	}
	return a, true
}

// startsUpperR27 reports a word that starts with a capital letter.
func startsUpperR27(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// pairEvidenceR27 reports other PII on the line of s[a:b]: a span or a
// marker of an e-mail, a phone, an address, a card or an IBAN.
func pairEvidenceR27(s string, a, b int, have []span) bool {
	ls, le := a, b
	for ls > 0 && s[ls-1] != '\n' && a-ls < 400 {
		ls--
	}
	for le < len(s) && s[le] != '\n' && le-b < 400 {
		le++
	}
	for _, x := range have {
		if x.start < le && x.end > ls && (x.end <= a || x.start >= b) {
			switch x.kind {
			case KindEmail, KindPhone, KindAddress, KindCard, KindIBAN:
				return true
			}
		}
	}
	seg := s[ls:le]
	return strings.Contains(seg, "[REDACTED:email") || strings.Contains(seg, "[REDACTED:address") || strings.Contains(seg, "[REDACTED:iban")
}

// givenBeforeR27 is the cheap test for "FAMILY, Given" ending at e: one
// word that starts with a capital (or a byte beyond ASCII) after ", ".
func givenBeforeR27(s string, e int) bool {
	g := strings.LastIndexByte(s[max(0, e-40):e], ' ')
	if g < 0 {
		return false
	}
	g += max(0, e-40)
	return g >= 2 && s[g-1] == ',' && g+1 < e && (isUpper(s[g+1]) || s[g+1] >= 0x80)
}
