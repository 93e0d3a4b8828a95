package thirdeval

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The judge. It never looks at how the redactor works, only at its output.
//
// A PII value LEAKS when a distinctive part of it (its "needles", see
// needle modes below) occurs more often in the redacted output than in the
// baseline: the same event rendered with every PII value replaced by a
// neutral placeholder. Comparing with the baseline means that filler text
// which happens to contain the same digits or words is never blamed on the
// value. Both texts are read in three views: raw, JSON-unescaped (repeatedly,
// so bodies nested twice are read plainly), and that URL-decoded; redaction
// markers ([REDACTED:…], [HASH:…]) are blanked first, so the last four digits
// a partial card marker shows never count.
//
// A LOOK-ALIKE is DAMAGED when it occurs fewer times in the output than in
// the input, in both the JSON-unescaped and the URL-decoded view.

type needleMode uint8

const (
	// mDigits: any 6 consecutive digits of the value's digits. Digits are
	// read across the separators people type (space, -, ., /, parentheses),
	// so "532 123 45 67" still contains "532123".
	mDigits needleMode = iota
	// mFold: the text itself, case-insensitively (an email's mailbox: the
	// local part up to a '+').
	mFold
	// mWord: a whole word, case-insensitively, not inside a longer word
	// (name tokens of >= 3 letters, street-name tokens of >= 4 letters).
	mWord
	// mSub: a plain substring (windows of 2 CJK/kana characters of a name or
	// street name, Thai words; scripts written without spaces).
	mSub
	// mChars: any 6 consecutive characters of a secret, case-sensitively;
	// secrets longer than 64 characters use 12-character windows every 6
	// characters (any surviving run of 17 characters is seen).
	mChars
)

type needle struct {
	mode needleMode
	s    string
}

var markerRe = regexp.MustCompile(`\[(?:REDACTED|HASH)(?::[^\]\s]{0,80})?\]`)

// view is one reading of a text, with the derived forms the needle modes use.
type view struct {
	text   string // markers blanked
	lower  string
	digits string // digits joined across separators, anything else '|'
}

type views [3]view

func makeViews(s string) views {
	un := jsonUnescapeAll(s)
	dec := urlDecode(un)
	var v views
	for i, t := range [3]string{s, un, dec} {
		t = markerRe.ReplaceAllString(t, "\x01")
		v[i] = view{text: t, lower: strings.ToLower(t), digits: digitView(t)}
	}
	return v
}

func isSep(r rune) bool {
	switch r {
	case ' ', '-', '.', '/', '(', ')', '\u00a0', '\u2009', '\u202f', '－', '‐', '–':
		return true
	}
	return false
}

func digitView(s string) string {
	var b strings.Builder
	b.Grow(len(s) / 2)
	last := byte(0)
	for _, r := range s {
		if r >= '０' && r <= '９' {
			r = r - '０' + '0'
		}
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte(byte(r))
			last = byte(r)
		case isSep(r):
		default:
			if last != '|' {
				b.WriteByte('|')
				last = '|'
			}
		}
	}
	return b.String()
}

// jsonUnescapeAll undoes JSON string escapes until nothing changes (at most
// four rounds: a body held in a string held in a string needs two).
func jsonUnescapeAll(s string) string {
	for range 4 {
		if !strings.Contains(s, `\`) {
			return s
		}
		t := jsonUnescape(s)
		if t == s {
			return s
		}
		s = t
	}
	return s
}

func hexv(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func hex4(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	v := 0
	for i := range 4 {
		h := hexv(s[i])
		if h < 0 {
			return 0, false
		}
		v = v<<4 | h
	}
	return rune(v), true
}

func jsonUnescape(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		n := s[i+1]
		switch n {
		case '"', '\\', '/', '\'':
			b.WriteByte(n)
			i++
		case 'n':
			b.WriteByte('\n')
			i++
		case 't':
			b.WriteByte('\t')
			i++
		case 'r':
			b.WriteByte('\r')
			i++
		case 'b', 'f':
			b.WriteByte(' ')
			i++
		case 'u':
			r, ok := hex4(s[i+2:])
			if !ok {
				b.WriteByte(c)
				continue
			}
			i += 5
			if r >= 0xD800 && r < 0xDC00 && i+2 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
				if r2, ok := hex4(s[i+3:]); ok && r2 >= 0xDC00 && r2 < 0xE000 {
					r = (r-0xD800)<<10 + (r2 - 0xDC00) + 0x10000
					i += 6
				}
			}
			b.WriteRune(r)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// urlDecode decodes %XX escapes and '+' leniently (invalid escapes stay).
func urlDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '+':
			b.WriteByte(' ')
		case c == '%' && i+2 < len(s) && hexv(s[i+1]) >= 0 && hexv(s[i+2]) >= 0:
			b.WriteByte(byte(hexv(s[i+1])<<4 | hexv(s[i+2])))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// countWord counts whole-word occurrences of w (lower-case) in s (lower-case).
func countWord(s, w string) int {
	n := 0
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return n
		}
		i += off
		j := i + len(w)
		okL, okR := true, true
		if i > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			okL = !isWordRune(r)
		}
		if j < len(s) {
			r, _ := utf8.DecodeRuneInString(s[j:])
			okR = !isWordRune(r)
		}
		if okL && okR {
			n++
		}
		off = i + 1
	}
}

// windows expands a needle into the strings that are searched.
func (n needle) windows() []string {
	switch n.mode {
	case mDigits:
		d := onlyDigits(n.s)
		if len(d) <= 6 {
			return []string{d}
		}
		out := make([]string, 0, len(d)-5)
		for i := 0; i+6 <= len(d); i++ {
			out = append(out, d[i:i+6])
		}
		return out
	case mChars:
		rs := []rune(n.s)
		w, step := 6, 1
		if len(rs) > 64 {
			w, step = 12, 6
		}
		if len(rs) <= w {
			return []string{n.s}
		}
		var out []string
		for i := 0; i+w <= len(rs); i += step {
			out = append(out, string(rs[i:i+w]))
		}
		if (len(rs)-w)%step != 0 {
			out = append(out, string(rs[len(rs)-w:]))
		}
		return out
	case mFold, mWord:
		return []string{strings.ToLower(n.s)}
	default:
		return []string{n.s}
	}
}

func (n needle) count(v *view, w string) int {
	switch n.mode {
	case mDigits:
		return strings.Count(v.digits, w)
	case mFold:
		return strings.Count(v.lower, w)
	case mWord:
		return countWord(v.lower, w)
	default:
		return strings.Count(v.text, w)
	}
}

// leak returns the first window of the value's needles that survives, or "".
func leak(nd []needle, out, base *views) string {
	for _, n := range nd {
		for _, w := range n.windows() {
			if w == "" {
				continue
			}
			for i := range out {
				if n.count(&out[i], w) > n.count(&base[i], w) {
					return w
				}
			}
		}
	}
	return ""
}

// damaged reports whether look-alike s lost an occurrence.
func damaged(s string, out, in *views) bool {
	lost1 := strings.Count(out[1].text, s) < strings.Count(in[1].text, s)
	lost2 := strings.Count(out[2].text, s) < strings.Count(in[2].text, s)
	return lost1 && lost2
}

// onlyDigits keeps the digits of s (full-width digits read as ASCII).
func onlyDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '０' && r <= '９' {
			r = r - '０' + '0'
		}
		if r >= '0' && r <= '9' {
			b.WriteByte(byte(r))
		}
	}
	return b.String()
}

// shape hides a value: letters become a/A (x for letters without case),
// digits 9; redaction markers are kept.
func shape(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range markerRe.FindAllStringIndex(s, -1) {
		shapeInto(&b, s[last:m[0]])
		b.WriteString(s[m[0]:m[1]])
		last = m[1]
	}
	shapeInto(&b, s[last:])
	return b.String()
}

func shapeInto(b *strings.Builder, s string) {
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			b.WriteByte('A')
		case unicode.IsLower(r):
			b.WriteByte('a')
		case unicode.IsLetter(r):
			b.WriteByte('x')
		case unicode.IsMark(r):
		case unicode.IsDigit(r):
			b.WriteByte('9')
		default:
			b.WriteRune(r)
		}
	}
}
