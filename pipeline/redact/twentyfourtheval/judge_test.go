package twentyfourtheval

import (
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// view is one reading of a redactor's output; what the judge needs of it
// is worked out when first asked for.
type view struct {
	s     string
	lower *string
	runs  []string        // digits of each run of digits and separators
	nums  map[string]bool // maximal runs of digits
	words map[string]bool // case-folded words of tokens that are not identifiers
	flat  *string         // upper case, spaces and dashes removed
	done  [3]bool
}

var digitZeros = []rune{0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0x1040, 0x17E0, 0x1810, 0xFF10}

func foldDigits(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		if c > 127 && unicode.IsDigit(c) {
			for _, z := range digitZeros {
				if c >= z && c <= z+9 {
					c = '0' + c - z
					break
				}
			}
		}
		b.WriteRune(c)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func unhex(c byte) int {
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

func pctDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '+' {
			b = append(b, ' ')
			continue
		}
		if c == '%' && i+2 < len(s) && unhex(s[i+1]) >= 0 && unhex(s[i+2]) >= 0 {
			b = append(b, byte(unhex(s[i+1])<<4|unhex(s[i+2])))
			i += 2
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

func jsonUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		n := s[i+1]
		switch n {
		case '"', '\\', '/':
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
			if i+5 < len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
					r := rune(v)
					i += 5
					if r >= 0xD800 && r < 0xDC00 && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
						if v2, err := strconv.ParseUint(s[i+3:i+7], 16, 32); err == nil && v2 >= 0xDC00 && v2 < 0xE000 {
							r = (r-0xD800)<<10 + (rune(v2) - 0xDC00) + 0x10000
							i += 6
						}
					}
					b.WriteRune(r)
					continue
				}
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// views returns the distinct readings of out the judge looks at.
func views(out string) []*view {
	p1 := pctDecode(out)
	p2 := pctDecode(p1)
	j1 := jsonUnescape(out)
	j2 := jsonUnescape(j1)
	h := html.UnescapeString(out)
	seen := map[string]bool{}
	var vs []*view
	for _, s := range []string{out, p1, p2, j1, j2, h} {
		s = foldDigits(s)
		if seen[s] {
			continue
		}
		seen[s] = true
		vs = append(vs, newView(s))
	}
	return vs
}

func isSep(c byte) bool {
	switch c {
	case ' ', '-', '.', '/', '(', ')', '+', '\n', '\r':
		return true
	}
	return false
}

func newView(s string) *view { return &view{s: s} }

func (v *view) getLower() string {
	if v.lower == nil {
		l := strings.ToLower(v.s)
		v.lower = &l
	}
	return *v.lower
}

func (v *view) getFlat() string {
	if v.flat == nil {
		fl := strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(v.s))
		v.flat = &fl
	}
	return *v.flat
}

func (v *view) getRuns() []string {
	if v.done[0] {
		return v.runs
	}
	v.done[0] = true
	s := v.s
	// digit runs with separators; escaped line breaks continue a run
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			v.runs = append(v.runs, string(cur))
		}
		cur = cur[:0]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			cur = append(cur, c)
		case isSep(c):
		case c == '\\' && i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == 'r'):
			i++
		default:
			flush()
		}
	}
	flush()
	return v.runs
}

func (v *view) getNums() map[string]bool {
	if v.done[1] {
		return v.nums
	}
	v.done[1] = true
	v.nums = map[string]bool{}
	s := v.s
	for i := 0; i < len(s); {
		if s[i] >= '0' && s[i] <= '9' {
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			v.nums[s[i:j]] = true
			i = j
			continue
		}
		i++
	}
	return v.nums
}

func (v *view) getWords() map[string]bool {
	if v.done[2] {
		return v.words
	}
	v.done[2] = true
	v.words = map[string]bool{}
	for _, tok := range strings.FieldsFunc(v.s, func(c rune) bool {
		return unicode.IsSpace(c) || strings.ContainsRune("\"'`,;:=()[]{}<>|\\/&?#!*", c) || c == '、' || c == '，' || c == '：'
	}) {
		if identifier(tok) {
			continue
		}
		for _, w := range strings.FieldsFunc(tok, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsMark(c) }) {
			v.words[strings.ToLower(w)] = true
		}
	}
	return v.words
}

func identifier(tok string) bool {
	if strings.ContainsAny(tok, "@_0123456789") {
		return true
	}
	for i := 1; i+1 < len(tok); i++ {
		if tok[i] == '.' {
			a, _ := utf8.DecodeLastRuneInString(tok[:i])
			b, _ := utf8.DecodeRuneInString(tok[i+1:])
			if unicode.IsLetter(a) && unicode.IsLetter(b) {
				return true
			}
		}
	}
	return false
}

func leaksIn(v *val, w *view) bool {
	switch v.kind {
	case "email":
		if strings.Contains(w.getLower(), v.key) {
			return true
		}
		return v.local != "" && strings.Contains(w.getLower(), v.local)
	case "phone", "card":
		for _, r := range w.getRuns() {
			if strings.Contains(r, v.key) {
				return true
			}
		}
		return false
	case "iban", "cn_id":
		return strings.Contains(w.getFlat(), strings.ToUpper(v.key))
	case "credential":
		if v.numOnly {
			return w.getNums()[v.key]
		}
		return strings.Contains(w.s, v.key)
	case "name", "address":
		for _, p := range v.parts {
			if p.sub {
				if strings.Contains(w.s, p.s) {
					return true
				}
			} else if w.getWords()[p.s] {
				return true
			}
		}
		return false
	}
	return false
}

func leaks(v *val, vs []*view) bool {
	for _, w := range vs {
		if leaksIn(v, w) {
			return true
		}
	}
	return false
}

func intact(look string, vs []*view) bool {
	for _, w := range vs {
		if strings.Contains(w.s, foldDigits(look)) {
			return true
		}
	}
	return false
}
