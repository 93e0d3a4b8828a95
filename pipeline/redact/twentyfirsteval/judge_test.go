package twentyfirsteval

import (
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// zeros of the decimal digit blocks the judge folds to ASCII.
var zeros = []rune{0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10}

func foldDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var o strings.Builder
	for _, r := range s {
		if r >= 0x0660 {
			for _, z := range zeros {
				if r >= z && r <= z+9 {
					r = '0' + (r - z)
					break
				}
			}
		}
		o.WriteRune(r)
	}
	return o.String()
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// pctDecode decodes %XX once and reads '+' as a space; bad escapes stay.
func pctDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	o := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '+' {
			o = append(o, ' ')
			continue
		}
		if c == '%' && i+2 < len(s) {
			h, ok1 := unhex(s[i+1])
			l, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				o = append(o, h<<4|l)
				i += 2
				continue
			}
		}
		o = append(o, c)
	}
	return string(o)
}

// jsonUnescape undoes JSON string escapes once, wherever they stand.
func jsonUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var o strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			o.WriteByte(c)
			continue
		}
		n := s[i+1]
		switch n {
		case '"', '\\', '/':
			o.WriteByte(n)
			i++
		case 'n':
			o.WriteByte('\n')
			i++
		case 'r':
			o.WriteByte('\r')
			i++
		case 't':
			o.WriteByte('\t')
			i++
		case 'b', 'f':
			o.WriteByte(' ')
			i++
		case 'u':
			if i+6 <= len(s) {
				v, err := strconv.ParseUint(s[i+2:i+6], 16, 32)
				if err == nil {
					r := rune(v)
					adv := 5
					if utf16High(r) && i+12 <= len(s) && s[i+6] == '\\' && s[i+7] == 'u' {
						if v2, err := strconv.ParseUint(s[i+8:i+12], 16, 32); err == nil && rune(v2) >= 0xDC00 && rune(v2) <= 0xDFFF {
							r = 0x10000 + (r-0xD800)<<10 + (rune(v2) - 0xDC00)
							adv = 11
						}
					}
					o.WriteRune(r)
					i += adv
					continue
				}
			}
			o.WriteByte(c)
		default:
			o.WriteByte(c)
		}
	}
	return o.String()
}

func utf16High(r rune) bool { return r >= 0xD800 && r <= 0xDBFF }

// form is one reading of a redacted output.
type form struct {
	s, low, compact string
	runs            []string
}

func newForm(s string) *form {
	s = foldDigits(s)
	fm := &form{s: s, low: strings.ToLower(s)}
	return fm
}

func (fm *form) compactS() string {
	if fm.compact == "" {
		fm.compact = strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(fm.s))
	}
	return fm.compact
}

// digitRuns lists the digits of each run of digits and separators.
func (fm *form) digitRuns() []string {
	if fm.runs != nil {
		return fm.runs
	}
	fm.runs = []string{}
	s := fm.s
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			fm.runs = append(fm.runs, string(cur))
		}
		cur = cur[:0]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			cur = append(cur, c)
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+' || c == '\n' || c == '\r':
		case c == '\\' && i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == 'r'):
			i++
		default:
			flush()
		}
	}
	flush()
	return fm.runs
}

// forms reads an output as written, percent-decoded once and twice,
// JSON-unescaped once and twice and HTML-entity-decoded.
func forms(out string) []*form {
	p1 := pctDecode(out)
	p2 := pctDecode(p1)
	j1 := jsonUnescape(out)
	j2 := jsonUnescape(j1)
	h := html.UnescapeString(out)
	seen := map[string]bool{}
	var fs []*form
	for _, s := range []string{out, p1, p2, j1, j2, h} {
		if seen[s] {
			continue
		}
		seen[s] = true
		fs = append(fs, newForm(s))
	}
	return fs
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

func tokenDelim(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("\"'<>()[]{},;:=|*~+!?/\\`&#$^", r)
}

// identToken reports whether the token around s[i:j] is an e-mail address or
// an identifier: it holds '@', '_', a digit or a dot between letters.
func identToken(s string, i, j int) bool {
	a := i
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:a])
		if tokenDelim(r) {
			break
		}
		a -= n
	}
	z := j
	for z < len(s) {
		r, n := utf8.DecodeRuneInString(s[z:])
		if tokenDelim(r) {
			break
		}
		z += n
	}
	tok := s[a:z]
	if strings.ContainsAny(tok, "@_0123456789") {
		return true
	}
	rs := []rune(tok)
	for k := 1; k+1 < len(rs); k++ {
		if rs[k] == '.' && unicode.IsLetter(rs[k-1]) && unicode.IsLetter(rs[k+1]) {
			return true
		}
	}
	return false
}

func wordIn(s, w string) bool {
	off := 0
	for {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return false
		}
		i, j := off+k, off+k+len(w)
		off = i + 1
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(r) {
				continue
			}
		}
		if j < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[j:]); isWordRune(r) {
				continue
			}
		}
		if identToken(s, i, j) {
			continue
		}
		return true
	}
}

func numIn(s, n string) bool {
	off := 0
	for {
		k := strings.Index(s[off:], n)
		if k < 0 {
			return false
		}
		i, j := off+k, off+k+len(n)
		off = i + 1
		if i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			continue
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			continue
		}
		return true
	}
}

func (c check) in(fm *form) bool {
	switch c.mode {
	case mSub:
		return strings.Contains(fm.low, c.s)
	case mExact:
		return strings.Contains(fm.s, c.s)
	case mWord:
		return wordIn(fm.low, c.s)
	case mDigits:
		for _, r := range fm.digitRuns() {
			if strings.Contains(r, c.s) {
				return true
			}
		}
		return false
	case mCompact:
		return strings.Contains(fm.compactS(), c.s)
	case mNum:
		return numIn(fm.s, c.s)
	}
	return false
}

func (v value) leaksIn(fs []*form) bool {
	for _, fm := range fs {
		for _, c := range v.checks {
			if c.in(fm) {
				return true
			}
		}
	}
	return false
}

func (l look) intactIn(fs []*form) bool {
	for _, fm := range fs {
		if strings.Contains(fm.s, foldDigits(l.text)) {
			return true
		}
	}
	return false
}
