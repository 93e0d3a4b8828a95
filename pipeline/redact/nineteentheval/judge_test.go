package nineteentheval

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// digitZeros are the zeros of the digit blocks folded to ASCII.
var digitZeros = []rune{0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0xFF10}

func foldDigits(s string) string {
	if isASCII(s) || strings.IndexFunc(s, func(c rune) bool { return c > 127 && unicode.IsDigit(c) }) < 0 {
		return s
	}
	var sb strings.Builder
	changed := false
	for _, c := range s {
		if c > 127 && unicode.IsDigit(c) {
			for _, z := range digitZeros {
				if c >= z && c <= z+9 {
					c = '0' + c - z
					changed = true
					break
				}
			}
		}
		sb.WriteRune(c)
	}
	if !changed {
		return s
	}
	return sb.String()
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

// pctDecode decodes %XX escapes once and reads '+' as a space.
func pctDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && unhex(s[i+1]) >= 0 && unhex(s[i+2]) >= 0 {
			b = append(b, byte(unhex(s[i+1])<<4|unhex(s[i+2])))
			i += 2
			continue
		}
		if c == '+' {
			c = ' '
		}
		b = append(b, c)
	}
	return string(b)
}

// jsonUnescape reads JSON string escapes once, wherever they stand.
func jsonUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			sb.WriteByte(c)
			continue
		}
		n := s[i+1]
		switch n {
		case '"', '\\', '/':
			sb.WriteByte(n)
			i++
		case 'n':
			sb.WriteByte('\n')
			i++
		case 'r':
			sb.WriteByte('\r')
			i++
		case 't':
			sb.WriteByte('\t')
			i++
		case 'b', 'f':
			i++
		case 'u':
			if i+5 < len(s) {
				v := 0
				ok := true
				for j := 2; j < 6; j++ {
					h := unhex(s[i+j])
					if h < 0 {
						ok = false
						break
					}
					v = v<<4 | h
				}
				if ok {
					i += 5
					if v >= 0xD800 && v < 0xDC00 && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
						lo := 0
						ok2 := true
						for j := 3; j < 7; j++ {
							h := unhex(s[i+j])
							if h < 0 {
								ok2 = false
								break
							}
							lo = lo<<4 | h
						}
						if ok2 && lo >= 0xDC00 && lo < 0xE000 {
							v = 0x10000 + (v-0xD800)<<10 + (lo - 0xDC00)
							i += 6
						}
					}
					sb.WriteRune(rune(v))
					continue
				}
			}
			sb.WriteByte(c)
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// readings are the forms in which an output is read.
type readings struct {
	forms []string
	lower []string
	words map[string]bool
	runs  []string // digit strings of runs of digits and separators, all forms
	flat  []string // forms with spaces and dashes removed, upper case
}

// readAsIs reads a text in its one form (a look-alike, which is never
// encoded).
func readAsIs(s string) *readings { return &readings{forms: []string{foldDigits(s)}} }

func read(out string) *readings {
	p1 := pctDecode(out)
	j1 := jsonUnescape(out)
	raw := []string{out, p1, pctDecode(p1), j1, jsonUnescape(j1), html.UnescapeString(out)}
	rd := &readings{}
	seen := map[string]bool{}
	for _, f := range raw {
		f = foldDigits(f)
		if seen[f] {
			continue
		}
		seen[f] = true
		rd.forms = append(rd.forms, f)
	}
	return rd
}

func (rd *readings) lowers() []string {
	if rd.lower == nil {
		for _, f := range rd.forms {
			rd.lower = append(rd.lower, strings.ToLower(f))
		}
	}
	return rd.lower
}

func (rd *readings) flats() []string {
	if rd.flat == nil {
		for _, f := range rd.forms {
			rd.flat = append(rd.flat, strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(f)))
		}
	}
	return rd.flat
}

func isPhoneSep(c byte) bool {
	switch c {
	case ' ', '-', '.', '/', '(', ')', '+', '\n', '\r':
		return true
	}
	return false
}

// digitRuns returns the digits of each run of digits and separators (escaped
// line breaks count as separators).
func (rd *readings) digitRuns() []string {
	if rd.runs != nil {
		return rd.runs
	}
	rd.runs = []string{}
	for _, f := range rd.forms {
		var cur []byte
		flush := func() {
			if len(cur) > 0 {
				rd.runs = append(rd.runs, string(cur))
				cur = cur[:0]
			}
		}
		for i := 0; i < len(f); i++ {
			c := f[i]
			switch {
			case c >= '0' && c <= '9':
				cur = append(cur, c)
			case isPhoneSep(c):
			case c == '\\' && i+1 < len(f) && (f[i+1] == 'n' || f[i+1] == 'r'):
				i++
			default:
				flush()
			}
		}
		flush()
	}
	return rd.runs
}

func tokenSep(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '"', '\'', '<', '>', '(', ')', '[', ']', '{', '}', ',', ';', ':', '=', '&', '|', '\\', '/', '`', '?', '!', '*', '^', '#', '，', '、', '。', '：', '；':
		return true
	}
	return false
}

// ident reports whether a token is an identifier or an address, whose parts
// are not read as a name's words.
func ident(tok string) bool {
	if strings.ContainsAny(tok, "@_0123456789") {
		return true
	}
	rs := []rune(tok)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == '.' && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]) {
			return true
		}
	}
	return false
}

// wordSet holds the words of every reading, tokens that are identifiers
// left out.
func (rd *readings) wordSet() map[string]bool {
	if rd.words != nil {
		return rd.words
	}
	m := map[string]bool{}
	for _, f := range rd.lowers() {
		// ZPL's field-data command letters are not part of the word after them.
		f = strings.ReplaceAll(f, "^fd", "^fd ")
		for _, tok := range strings.FieldsFunc(f, tokenSep) {
			if ident(tok) {
				continue
			}
			for _, wd := range strings.FieldsFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
				m[wd] = true
			}
		}
	}
	rd.words = m
	return m
}

func containsNumber(f, code string) bool {
	for i := 0; ; {
		j := strings.Index(f[i:], code)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || f[j-1] < '0' || f[j-1] > '9'
		e := j + len(code)
		after := e >= len(f) || f[e] < '0' || f[e] > '9'
		if before && after {
			return true
		}
		i = j + 1
	}
}

// leaks reports whether a value survives in an output's readings.
func leaks(v *value, rd *readings) bool {
	switch v.kind {
	case "email":
		for _, f := range rd.lowers() {
			if strings.Contains(f, v.key) || (v.local != "" && strings.Contains(f, v.local)) {
				return true
			}
		}
	case "phone", "card":
		for _, run := range rd.digitRuns() {
			if strings.Contains(run, v.key) {
				return true
			}
		}
	case "iban", "cn_id":
		for _, f := range rd.flats() {
			if strings.Contains(f, v.key) {
				return true
			}
		}
	case "credential":
		for _, f := range rd.forms {
			if v.digits {
				if containsNumber(f, v.key) {
					return true
				}
			} else if strings.Contains(f, v.key) {
				return true
			}
		}
	case "name", "address":
		for _, s := range v.subs {
			for _, f := range rd.lowers() {
				if strings.Contains(f, strings.ToLower(s)) {
					return true
				}
			}
		}
		for _, wd := range v.words {
			// A word that is not even a substring of a reading is not a word of it.
			in := false
			for _, f := range rd.lowers() {
				if strings.Contains(f, wd) {
					in = true
					break
				}
			}
			if in && rd.wordSet()[wd] {
				return true
			}
		}
	}
	return false
}

// damaged reports whether a look-alike is missing from every reading.
func damaged(lk *look, rd *readings) bool {
	for _, f := range rd.forms {
		if strings.Contains(f, lk.text) {
			return false
		}
	}
	return true
}

// shape masks an example: letters a/A, digits 9, caseless letters x.
func shape(s string) string {
	var sb strings.Builder
	for _, c := range s {
		switch {
		case unicode.IsDigit(c):
			sb.WriteByte('9')
		case unicode.IsUpper(c):
			sb.WriteByte('A')
		case unicode.IsLower(c):
			sb.WriteByte('a')
		case unicode.IsLetter(c) || unicode.IsMark(c):
			sb.WriteByte('x')
		default:
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
