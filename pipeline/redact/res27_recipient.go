package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A label's recipient line (label_recipient.go: "render label for Given
// Family, <address>") in the shapes that reader leaves:
//
//   - the name written whole in Chinese, Japanese or Korean ("for 佐藤悠斗,
//     …", "for 김예린, …": cjkNameR27) or as "FAMILY, Given" ("for DLAMINI,
//     Annelie, …"), after a lower-case word or a colon;
//   - the address after the name read by its parts in any script up to the
//     clause's end (res27Address: a Colombian "# 205-12", a Bulgarian
//     "бул. …", a Mexican "Col. …, 92802 Oaxaca de Juárez"), or, where an
//     address reader took part of it, the words, house and unit numbers,
//     postcode and town it left around its span ("Landstraßer […]/14, 0745
//     Innsbruck", "[…]. 4, Sherbrooke (QC) H2V 7B7", "No. 96, […]").
//
// Both name and address are masked; the address alone is never read here
// without the name before it.

// mayHoldRecipientR27 is the cheap test before recipientSpansR27.
func mayHoldRecipientR27(sig uint32, tp *textPairs, have []span, marked bool) bool {
	return sig&sigComma != 0 && sig&sigDigit != 0 && tp.contains(", ") && (len(have) > 0 || marked || sig&sigHigh != 0 || tp.contains(" # "))
}

// recipientSpansR27 returns the names and addresses of the recipient lines of s.
func recipientSpansR27(s string, have []span) []span {
	var out []span
	for off, seen := 0, 0; off < len(s) && seen < 24; seen++ {
		c := strings.Index(s[off:], ", ")
		if c < 0 {
			break
		}
		c += off
		off = c + 2
		if c == 0 {
			continue
		}
		if c+2 >= len(s) {
			break // ", " ends the text: no value after it (it read s[len(s)] and panicked)
		}
		if !digitWithin(s, c+2, 120) && s[c+2] != '[' && !overlapsAny(have, c+2, c+3) {
			continue // an address holds a number: the cheap test first
		}
		if legalFormAt(s, c+2) {
			continue // "Fakezion Apps, Inc., Unit 12, …": a company (damage16_brands.go)
		}
		a, found := recipientNameR27(s, c, have)
		if a < 0 {
			continue
		}
		e := recipientClauseEndR27(s, c+2)
		if e <= c+2 || !recipientAddressAtR27(s, c+2, e, have) {
			continue
		}
		if !found && !overlapsAny(have, a, c) && !overlapsAny(out, a, c) {
			out = append(out, span{start: a, end: c, kind: KindName})
		}
		for e > c+2 && strings.IndexByte(" .,", s[e-1]) >= 0 && !markerEndsAt(s, e) {
			e--
		}
		a2 := c + 2
		for w := 0; w < 3; w++ { // the words in lower case before the address ("ship to …")
			q := a2
			for q < e && s[q] >= 'a' && s[q] <= 'z' {
				q++
			}
			if q == a2 || q >= e || s[q] != ' ' {
				break
			}
			a2 = q + 1
		}
		if !coveredR27(have, a2, e) {
			out = append(out, span{start: a2, end: e, kind: KindAddress})
		}
		off = e
	}
	return out
}

// recipientClauseEndR27 returns where the address clause at k ends: a line
// break (raw or escaped), a quote, ';', '|', a brace, within 200 bytes.
func recipientClauseEndR27(s string, k int) int {
	e := k
	for e < len(s) && e-k < 200 {
		c := s[e]
		if strings.IndexByte("\"\n;|{}<>\t=)", c) >= 0 || c == '\\' {
			break
		}
		if c == '(' {
			if !provinceAtR27(s, e) {
				break // "… (grand total 7 989,23 DH)": no part of the address
			}
			e = strings.IndexByte(s[e:], ')') + e // "(QC)"
		}
		e++
	}
	if e-k >= 200 {
		return k
	}
	return e
}

// recipientAddressAtR27 reports the clause s[k:e] as an address: by its
// parts, or an address reader's span or marker with only an address's
// words, numbers and postcode around it.
func recipientAddressAtR27(s string, k, e int, have []span) bool {
	v := strings.TrimRight(s[k:e], " .,")
	if v == "" {
		return false
	}
	if !strings.Contains(v, "[REDACTED:") && !overlapsAny(have, k, e) {
		return res27Address(v)
	}
	// the spans and markers inside: addresses (a name's span inside is a
	// reader's mistake over a street's word), at least one address
	addr := false
	words := 0 // the words outside the spans
	i := k
	for i < k+len(v) {
		if x, ok := spanAtR27(have, i); ok {
			if x.kind == KindAddress {
				addr = true
			} else if x.kind != KindName {
				return false
			}
			i = x.end
			continue
		}
		if s[i] == '[' {
			if m := markerEnd(s, i); m > 0 {
				switch {
				case strings.HasPrefix(s[i:], "[REDACTED:address"):
					addr = true
				case strings.HasPrefix(s[i:], "[REDACTED:name"):
				default:
					return false
				}
				i = m
				continue
			}
		}
		// a token outside: a word, a house or unit number, a postcode
		j := i
		for j < k+len(v) && s[j] != ' ' && s[j] != ',' && !(s[j] == '[' && isMarkerAt(s, j)) && !spanStartsR27(have, j) {
			j++
		}
		if j > i {
			t := strings.Trim(s[i:j], "()")
			if !addressTokenR27(t) {
				return false
			}
			if strings.IndexFunc(t, unicode.IsLetter) >= 0 {
				if words++; words > 4 {
					return false
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	return addr
}

// spanAtR27 returns the span of sp that holds position i.
func spanAtR27(sp []span, i int) (span, bool) {
	for _, x := range sp {
		if x.start <= i && i < x.end {
			return x, true
		}
	}
	return span{}, false
}

// spanStartsR27 reports a span of sp that starts at i.
func spanStartsR27(sp []span, i int) bool {
	for _, x := range sp {
		if x.start == i {
			return true
		}
	}
	return false
}

// addressTokenR27 reports a token an address holds around its street: a
// house or unit number ("/14", "4"), a postcode or its half, a word that
// starts with a capital ("Landstraßer",
// "Innsbruck", "Цара"), an abbreviation of up to four letters and a full
// stop ("No.", "app."), a province's code; not a word in lower case ("we
// will ship …": a sentence) nor of a script without case, nor eight
// digits or more.
func addressTokenR27(t string) bool {
	if t == "" || t == "#" || t == "-" || t == "/" || t == "." {
		return true
	}
	t = strings.TrimLeft(t, "/-.")
	if t == "" {
		return true
	}
	if strings.IndexFunc(t, unicode.IsDigit) < 0 {
		if utf8.RuneCountInString(t) > 24 {
			return false
		}
		for _, r := range t {
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsUpper(r) {
			return true
		}
		return unicode.IsLower(r) && strings.HasSuffix(t, ".") && utf8.RuneCountInString(t) <= 5
	}
	if d := countDigits(t); d == len(t) && d > 7 {
		return false // a number of eight digits or more: an id or a phone, no postcode beside a street
	}
	return res27HouseNumber(t) || res27Postcode(t) || res27Half(t)
}

// recipientNameR27 returns where the name that ends at c starts, and
// whether a reader found it already, or -1: a name's span or marker that
// ends there, a CJK name written whole, "FAMILY, Given", or a name the
// label reader's shape takes (recipientNameStart), after a lower-case word
// or a colon.
func recipientNameR27(s string, c int, have []span) (int, bool) {
	for _, x := range have {
		if x.end == c && x.kind == KindName {
			return x.start, true
		}
	}
	if markerEndsAt(s, c) && strings.HasPrefix(s[strings.LastIndexByte(s[:c], '['):], "[REDACTED:name") {
		return c, true
	}
	if overlapsAny(have, c-1, c) {
		return -1, false
	}
	// one token before the comma
	t := c
	for t > 0 && s[t-1] != ' ' && s[t-1] != ':' && s[t-1] != '"' && s[t-1] != ',' {
		t--
	}
	if t < c && cjkNameR27(s[t:c]) && introBeforeR27(s, t) {
		return t, false
	}
	// "FAMILY, Given"
	if g := strings.LastIndex(s[max(0, c-40):c], ", "); g >= 0 {
		g += max(0, c-40)
		given := s[g+2 : c]
		f := g
		for f > 0 && g-f < 40 && s[f-1] != ':' && s[f-1] != ',' && s[f-1] != '"' {
			f--
		}
		for f < g && s[f] == ' ' {
			f++
		}
		// the family words start after a lower-case word
		fam := s[f:g]
		for {
			sp := strings.IndexByte(fam, ' ')
			if sp < 0 || !lowerWordR27(fam[:sp]) {
				break
			}
			fam = fam[sp+1:]
			f += sp + 1
		}
		if f < g && capsWordsR27(fam) && introBeforeR27(s, f) && argName(fam+", "+given) && roleName(fam+", "+given) && !overlapsAny(have, f, c) {
			return f, false
		}
	}
	if st := recipientNameStart(s, c); st >= 0 && !overlapsAny(have, st, c) {
		return st, false
	}
	return -1, false
}

// introBeforeR27 reports a lower-case word and a space, or a colon and a
// space, or a quote right before t.
func introBeforeR27(s string, t int) bool {
	if t == 0 {
		return false
	}
	if s[t-1] == '"' || s[t-1] == ':' {
		return true
	}
	if s[t-1] != ' ' || t < 2 {
		return false
	}
	if s[t-2] == ':' {
		return true
	}
	k := t - 1
	for k > 0 && s[k-1] != ' ' && s[k-1] != '"' && s[k-1] != ':' && s[k-1] != '\n' {
		k--
	}
	return lowerWordR27(s[k : t-1])
}

// lowerWordR27 reports a word of lower-case letters (any script with case).
func lowerWordR27(w string) bool {
	if w == "" || len(w) > 20 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// provinceAtR27 reports a province's or a state's code in brackets at p
// ("(QC)", "(NSW)"): two or three capitals.
func provinceAtR27(s string, p int) bool {
	q := p + 1
	for q < len(s) && q-p <= 4 && isUpper(s[q]) {
		q++
	}
	return q < len(s) && s[q] == ')' && q-p-1 >= 2 && q-p-1 <= 3
}

// coveredR27 reports [a, b) inside one span of sp.
func coveredR27(sp []span, a, b int) bool {
	for _, x := range sp {
		if x.start <= a && x.end >= b {
			return true
		}
	}
	return false
}
