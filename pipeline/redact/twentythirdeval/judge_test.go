package twentythirdeval

import (
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

var digitZeros = []rune{0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10}

// digitVal is the value of an ASCII, native or full-width digit, or -1.
func digitVal(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x660 {
		return -1
	}
	for _, z := range digitZeros {
		if r >= z && r <= z+9 {
			return int(r - z)
		}
	}
	return -1
}

func foldDigits(s string) string {
	ascii := true
	for _, r := range s {
		if r >= 0x660 && digitVal(r) >= 0 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var o strings.Builder
	for _, r := range s {
		if d := digitVal(r); d >= 0 {
			o.WriteByte(byte('0' + d))
		} else {
			o.WriteRune(r)
		}
	}
	return o.String()
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

// pctDecode decodes %XX leniently and reads '+' as a space.
func pctDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	o := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && unhex(s[i+1]) >= 0 && unhex(s[i+2]) >= 0 {
			o = append(o, byte(unhex(s[i+1])<<4|unhex(s[i+2])))
			i += 2
			continue
		}
		if c == '+' {
			c = ' '
		}
		o = append(o, c)
	}
	return string(o)
}

// jsonUnescape reads backslash escapes as JSON does, leniently.
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
		case 't':
			o.WriteByte('\t')
			i++
		case 'r':
			o.WriteByte('\r')
			i++
		case 'b', 'f':
			i++
		case 'u':
			if i+6 <= len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
					r := rune(v)
					i += 5
					if utf16.IsSurrogate(r) && i+7 <= len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
						if v2, err := strconv.ParseUint(s[i+3:i+7], 16, 32); err == nil {
							r = utf16.DecodeRune(r, rune(v2))
							i += 6
						}
					}
					o.WriteRune(r)
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

// view is one form of a redacted line, with what the judge reads from it.
type view struct {
	s, low string
	runs   []string // digits of each run of digits and separators
	bare   string   // upper case, spaces and dashes removed
}

func views(out string) []*view {
	p1 := pctDecode(out)
	j1 := jsonUnescape(out)
	forms := []string{out, p1, pctDecode(p1), j1, jsonUnescape(j1), html.UnescapeString(out)}
	var vs []*view
	seen := map[string]bool{}
	for _, f := range forms {
		f = foldDigits(f)
		if seen[f] {
			continue
		}
		seen[f] = true
		vs = append(vs, &view{s: f})
	}
	return vs
}

func (v *view) lower() string {
	if v.low == "" {
		v.low = lowerFold(v.s)
	}
	return v.low
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || r == '\u200c' || r == '\u200d'
}

// tokenSep splits a line into tokens; a token holding '@', '_', a digit or
// a dot between letters is an identifier, whose words do not count.
func tokenSep(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '"', '\'', ',', ';', ':', '<', '>', '(', ')', '[', ']', '{', '}', '|', '=', '&', '?', '/', '\\', '*', '`', '!', '#', '،', '、', '，', '。', '«', '»', '“', '”', '‘', '’':
		return true
	}
	return false
}

func isIdent(t string) bool {
	if strings.ContainsAny(t, "@_") {
		return true
	}
	prev := rune(0)
	rs := []rune(t)
	for i, r := range rs {
		if unicode.IsDigit(r) {
			return true
		}
		if r == '.' && i > 0 && i+1 < len(rs) && unicode.IsLetter(prev) && unicode.IsLetter(rs[i+1]) {
			return true
		}
		prev = r
	}
	return false
}

// hasWord reports whether w (lower case) stands as a word outside an
// identifier.
func (v *view) hasWord(w string) bool {
	s := v.lower()
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(w)
		i = j + 1
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[e:])
		if j > 0 && isWordRune(before) || e < len(s) && isWordRune(after) {
			continue
		}
		ts := strings.LastIndexFunc(s[:j], tokenSep) + 1
		te := strings.IndexFunc(s[e:], tokenSep)
		if te < 0 {
			te = len(s)
		} else {
			te += e
		}
		if !isIdent(s[ts:te]) {
			return true
		}
	}
}

func isRunSep(r rune) bool {
	switch r {
	case ' ', '-', '.', '/', '(', ')', '+', '\n', '\r':
		return true
	}
	return false
}

func (v *view) digitRuns() []string {
	if v.runs != nil {
		return v.runs
	}
	s := breakRepl.Replace(v.s)
	v.runs = []string{}
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			v.runs = append(v.runs, string(cur))
		}
		cur = cur[:0]
	}
	for _, r := range s {
		if r >= '0' && r <= '9' {
			cur = append(cur, byte(r))
		} else if !isRunSep(r) {
			flush()
		}
	}
	flush()
	return v.runs
}

func (v *view) bareUpper() string {
	if v.bare == "" {
		v.bare = strings.ToUpper(bareRepl.Replace(v.s))
	}
	return v.bare
}

func inRuns(v *view, d string) bool {
	for _, r := range v.digitRuns() {
		if strings.Contains(r, d) {
			return true
		}
	}
	return false
}

func numberOfItsOwn(s, d string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], d)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(d):])
		if !(before >= '0' && before <= '9') && !(after >= '0' && after <= '9') {
			return true
		}
		i = j + 1
	}
}

func isPlainWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// leaked reports whether value v survives in any view.
func leaked(v *value, vs []*view) bool {
	for _, w := range vs {
		if leakedIn(v, w) {
			return true
		}
	}
	return false
}

func leakedIn(v *value, w *view) bool {
	switch v.kind {
	case kEmail:
		a := lowerFold(v.text)
		if strings.Contains(w.lower(), a) {
			return true
		}
		local := a[:strings.LastIndexByte(a, '@')]
		return len([]rune(local)) >= 6 && !isPlainWord(local) && strings.Contains(w.lower(), local)
	case kPhone:
		d := onlyDigits(v.text)
		if len(d) > 8 {
			d = d[len(d)-8:]
		}
		return inRuns(w, d)
	case kCard:
		d := onlyDigits(v.text)
		return inRuns(w, d[len(d)-8:len(d)-3])
	case kIBAN, kCNID:
		n := 10
		if v.kind == kCNID {
			n = 12
		}
		t := strings.ToUpper(bareRepl.Replace(v.text))
		return strings.Contains(w.bareUpper(), t[len(t)-n:])
	case kCredential:
		t := v.text
		if onlyDigits(t) == t {
			return numberOfItsOwn(w.s, t)
		}
		if len(t) >= 24 {
			t = t[len(t)/2:]
		}
		return strings.Contains(w.s, t)
	case kName, kAddress:
		for _, s := range v.substr {
			if strings.Contains(w.lower(), foldDigits(lowerFold(s))) {
				return true
			}
		}
		for _, p := range v.parts {
			if w.hasWord(p) {
				return true
			}
		}
		return false
	}
	panic(v.kind)
}

// intact reports whether a look-alike appears unchanged in any view.
func intact(l *look, vs []*view) bool {
	t := foldDigits(l.text)
	for _, w := range vs {
		if strings.Contains(w.s, t) {
			return true
		}
	}
	return false
}

var (
	breakRepl = strings.NewReplacer(`\\r\\n`, "\n", `\\n`, "\n", `\r\n`, "\n", `\n`, "\n", `\r`, "\n")
	bareRepl  = strings.NewReplacer(" ", "", "-", "")
)

// splitmix is a small, fast random source.
type splitmix struct{ s uint64 }

func (m *splitmix) Seed(s int64) { m.s = uint64(s) }
func (m *splitmix) Uint64() uint64 {
	m.s += 0x9e3779b97f4a7c15
	z := m.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
func (m *splitmix) Int63() int64 { return int64(m.Uint64() >> 1) }

var foldRepl = strings.NewReplacer("ς", "σ", "ı", "i", "\u0307", "")

// lowerFold case-folds: lower case, final sigma as sigma, dotless i as i.
func lowerFold(s string) string {
	l := strings.ToLower(s)
	if strings.ContainsAny(l, "ςı\u0307") {
		l = foldRepl.Replace(l)
	}
	return l
}
