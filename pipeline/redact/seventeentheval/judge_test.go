package seventeentheval

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// words splits text into lower-cased words, leaving out the parts of e-mail
// addresses and identifiers (chunks holding '@', '_', a digit, or a dot
// between letters).
func words(s string) []string {
	var out []string
	s = strings.ToLower(s)
	isChunk := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || strings.ContainsRune("_@.-'+’", r)
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isChunk(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isChunk(r) {
				break
			}
			j += n
		}
		chunk := strings.Trim(s[i:j], ".-'+’")
		i = j
		if chunk == "" || strings.ContainsAny(chunk, "@_0123456789") || strings.ContainsFunc(chunk, unicode.IsDigit) {
			continue
		}
		if k := strings.IndexByte(chunk, '.'); k >= 0 && k+1 < len(chunk) {
			r, _ := utf8.DecodeRuneInString(chunk[k+1:])
			if unicode.IsLetter(r) {
				continue
			}
		}
		for _, w := range strings.FieldsFunc(chunk, func(r rune) bool { return strings.ContainsRune(".-'+’", r) }) {
			out = append(out, w)
		}
	}
	return out
}

var zeros = []rune{0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10}

func foldDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r > 127 && unicode.IsDigit(r) }) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r > 127 && unicode.IsDigit(r) {
			for _, z := range zeros {
				if r >= z && r <= z+9 {
					r = '0' + (r - z)
					break
				}
			}
		}
		b.WriteRune(r)
	}
	return b.String()
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

func pctDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) {
			h, ok1 := unhex(s[i+1])
			l, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				b = append(b, h<<4|l)
				i += 2
				continue
			}
		}
		if c == '+' {
			c = ' '
		}
		b = append(b, c)
	}
	return string(b)
}

func qpDecode(s string) string {
	if !strings.Contains(s, "=") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '=' {
			if strings.HasPrefix(s[i+1:], "\r\n") {
				i += 2
				continue
			}
			if strings.HasPrefix(s[i+1:], "\n") {
				i++
				continue
			}
			if i+2 < len(s) {
				h, ok1 := unhex(s[i+1])
				l, ok2 := unhex(s[i+2])
				if ok1 && ok2 && (s[i+1] < 'a' || s[i+1] > 'f') {
					b = append(b, h<<4|l)
					i += 2
					continue
				}
			}
		}
		b = append(b, c)
	}
	return string(b)
}

// jsonUnescape resolves JSON string escapes wherever they stand.
func jsonUnescape(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case '"', '\\', '/':
			b.WriteByte(s[i])
		case 'u':
			if i+4 < len(s) {
				if n, err := strconv.ParseUint(s[i+1:i+5], 16, 32); err == nil {
					r := rune(n)
					i += 4
					if utf16Hi(r) && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
						if m, err := strconv.ParseUint(s[i+3:i+7], 16, 32); err == nil {
							r = (r-0xD800)<<10 + (rune(m) - 0xDC00) + 0x10000
							i += 6
						}
					}
					b.WriteRune(r)
					continue
				}
			}
			b.WriteString("\\u")
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func utf16Hi(r rune) bool { return r >= 0xD800 && r < 0xDC00 }

// view is one form of an output, prepared for the checks.
type view struct {
	raw, lower, nospace              string
	runs                             string // digit strings of runs, '|'-separated
	wordset                          map[string]bool
	haveLower, haveNospace, haveRuns bool
}

func (v *view) words() map[string]bool {
	if v.wordset == nil {
		v.wordset = map[string]bool{}
		for _, w := range words(v.raw) {
			v.wordset[w] = true
		}
	}
	return v.wordset
}

var nospaceRepl = strings.NewReplacer(" ", "", "-", "")

var escBreaks = strings.NewReplacer(`\\r\\n`, "  ", `\\n`, " ", `\\r`, " ", `\r\n`, "  ", `\n`, " ", `\r`, " ")

func newView(s string) *view { return &view{raw: s} }

func (v *view) low() string {
	if !v.haveLower {
		v.lower, v.haveLower = strings.ToLower(v.raw), true
	}
	return v.lower
}

func (v *view) compact() string {
	if !v.haveNospace {
		v.nospace, v.haveNospace = nospaceRepl.Replace(strings.ToUpper(v.raw)), true
	}
	return v.nospace
}

func (v *view) digitRuns() string {
	if v.haveRuns {
		return v.runs
	}
	v.haveRuns = true
	t := v.raw
	if strings.IndexByte(t, '\\') >= 0 {
		t = escBreaks.Replace(t)
	}
	var b strings.Builder
	in := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
			in = true
		case strings.IndexByte(" -./()+\n\r", c) >= 0:
		default:
			if in {
				b.WriteByte('|')
				in = false
			}
		}
	}
	v.runs = b.String()
	return v.runs
}

// views returns the forms the output is read in.
func views(out string) []*view {
	forms := []string{out}
	add := func(s string) {
		for _, f := range forms {
			if f == s {
				return
			}
		}
		forms = append(forms, s)
	}
	p1 := pctDecode(out)
	add(p1)
	add(pctDecode(p1))
	j1 := jsonUnescape(out)
	add(j1)
	add(jsonUnescape(j1))
	add(qpDecode(out))
	add(qpDecode(j1))
	var vs []*view
	for _, f := range forms {
		vs = append(vs, newView(foldDigits(f)))
	}
	return vs
}

func boundedIn(s, sub string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], sub)
		if k < 0 {
			return false
		}
		k += i
		before := k == 0 || s[k-1] < '0' || s[k-1] > '9'
		after := k+len(sub) >= len(s) || s[k+len(sub)] < '0' || s[k+len(sub)] > '9'
		if before && after {
			return true
		}
		i = k + 1
	}
}

// leaks reports whether value v survives in any of the views.
func leaks(v *value, vs []*view) bool {
	for _, w := range vs {
		if leaksIn(v, w) {
			return true
		}
	}
	return false
}

func leaksIn(v *value, w *view) bool {
	switch v.kind {
	case "email":
		return strings.Contains(w.low(), v.key) || v.local != "" && strings.Contains(w.low(), v.local)
	case "phone", "card":
		return strings.Contains(w.digitRuns(), v.key)
	case "iban", "cn_id":
		return strings.Contains(w.compact(), strings.ToUpper(v.key))
	case "credential":
		if v.digits {
			return boundedIn(w.raw, v.key)
		}
		return strings.Contains(w.raw, v.key) || v.half != "" && strings.Contains(w.raw, v.half)
	case "name", "address":
		for _, x := range v.words {
			if w.words()[x] {
				return true
			}
		}
		for _, x := range v.subs {
			if strings.Contains(w.low(), x) {
				return true
			}
		}
		for _, x := range v.bounded {
			if boundedIn(w.raw, x) {
				return true
			}
		}
	}
	return false
}

// intact reports whether a look-alike appears whole in any view.
func intact(text string, vs []*view) bool {
	t := foldDigits(text)
	for _, w := range vs {
		if strings.Contains(w.raw, t) {
			return true
		}
	}
	return false
}
