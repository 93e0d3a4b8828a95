package twentietheval

import (
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readForms returns the forms the judge reads an output in: as written,
// percent-decoded once and twice, JSON-unescaped once and twice,
// HTML-entity-decoded; each with native and full-width digits folded.
func readForms(out string) []string {
	p1 := pctDecode(out)
	j1 := jsonUnescape(out)
	raw := []string{out, p1, pctDecode(p1), j1, jsonUnescape(j1), html.UnescapeString(out)}
	var forms []string
	seen := map[string]bool{}
	for _, s := range raw {
		s = foldDigits(s)
		if !seen[s] {
			seen[s] = true
			forms = append(forms, s)
		}
	}
	return forms
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
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '+' {
			sb.WriteByte(' ')
			continue
		}
		if c == '%' && i+2 < len(s) && unhex(s[i+1]) >= 0 && unhex(s[i+2]) >= 0 {
			sb.WriteByte(byte(unhex(s[i+1])<<4 | unhex(s[i+2])))
			i += 2
			continue
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

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
		case 'n':
			sb.WriteByte('\n')
		case 't':
			sb.WriteByte('\t')
		case 'r':
			sb.WriteByte('\r')
		case 'b', 'f':
			sb.WriteByte(' ')
		case 'u':
			if i+5 < len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
					r := rune(v)
					i += 4
					if r >= 0xD800 && r < 0xDC00 && i+6 < len(s) && s[i+2] == '\\' && s[i+3] == 'u' {
						if v2, err := strconv.ParseUint(s[i+4:i+8], 16, 32); err == nil && v2 >= 0xDC00 && v2 < 0xE000 {
							r = (r-0xD800)<<10 + (rune(v2) - 0xDC00) + 0x10000
							i += 6
						}
					}
					sb.WriteRune(r)
					i++
					continue
				}
			}
			sb.WriteByte(c)
			continue
		default:
			sb.WriteByte(c)
			continue
		}
		i++
	}
	return sb.String()
}

var digitZeros = []rune{0x660, 0x6F0, 0x966, 0x9E6, 0xBE6, 0xC66, 0xE50, 0x17E0, 0x1040, 0x1810, 0xFF10}

func foldDigits(s string) string {
	first := -1
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			first = i
			break
		}
	}
	if first < 0 {
		return s
	}
	found := false
	for _, r := range s[first:] {
		if r >= 0x660 && isNativeDigit(r) {
			found = true
			break
		}
	}
	if !found {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		if r >= 0x660 {
			for _, z := range digitZeros {
				if r >= z && r <= z+9 {
					r = '0' + (r - z)
					break
				}
			}
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func isNativeDigit(r rune) bool {
	for _, z := range digitZeros {
		if r >= z && r <= z+9 {
			return true
		}
	}
	return false
}

// digitRuns returns the digits of every run of digits and separators.
func digitRuns(s string) []string {
	var runs []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			runs = append(runs, string(cur))
			cur = cur[:0]
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			cur = append(cur, c)
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+' || c == '\n' || c == '\r' || c == '\t':
		case c == '\\' && i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == 'r' || s[i+1] == 't'):
			i++
		case c == '\\' && i+2 < len(s) && s[i+1] == '\\' && (s[i+2] == 'n' || s[i+2] == 'r'):
			i += 2
		default:
			flush()
		}
	}
	flush()
	return runs
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

func isTokenDelim(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	return strings.ContainsRune("\"'`<>()[]{},;:=|\\/&?#*!", r)
}

// identAround reports whether the word at [i,j) of s sits inside an e-mail
// address or an identifier: a token holding '@', '_', a digit or a dot
// between letters.
func identAround(s string, i, j int) bool {
	a := i
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:a])
		if isTokenDelim(r) {
			break
		}
		a -= n
	}
	z := j
	for z < len(s) {
		r, n := utf8.DecodeRuneInString(s[z:])
		if isTokenDelim(r) {
			break
		}
		z += n
	}
	tok := s[a:z]
	if strings.ContainsAny(tok, "@_0123456789") {
		return true
	}
	for k := 1; k+1 < len(tok); k++ {
		if tok[k] == '.' {
			r1, _ := utf8.DecodeLastRuneInString(tok[:k])
			r2, _ := utf8.DecodeRuneInString(tok[k+1:])
			if unicode.IsLetter(r1) && unicode.IsLetter(r2) {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether w (lower case) occurs in s (lower case) as a
// whole word; ident skips occurrences inside identifiers.
func hasWord(s, w string, ident bool) bool {
	off := 0
	for {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return false
		}
		i := off + k
		j := i + len(w)
		off = i + 1
		if i > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			if isWordRune(r) {
				continue
			}
		}
		if j < len(s) {
			r, _ := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				continue
			}
		}
		if ident && identAround(s, i, j) {
			continue
		}
		return true
	}
}

func compactUpper(s string) string {
	return strings.ToUpper(strings.NewReplacer(" ", "", "-", "", "\u00a0", "").Replace(s))
}

// standalone reports whether digits d occur in s with no digit beside them.
func standalone(s, d string) bool {
	off := 0
	for {
		k := strings.Index(s[off:], d)
		if k < 0 {
			return false
		}
		i := off + k
		j := i + len(d)
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

// reading is an output prepared for the judge.
type reading struct {
	forms   []string
	lower   []string
	runs    [][]string
	compact []string
}

func newReading(out string) *reading {
	rd := &reading{forms: readForms(out)}
	for _, f := range rd.forms {
		rd.lower = append(rd.lower, strings.ToLower(f))
	}
	return rd
}

func (rd *reading) digitRuns() [][]string {
	if rd.runs == nil {
		for _, f := range rd.forms {
			rd.runs = append(rd.runs, digitRuns(f))
		}
	}
	return rd.runs
}

func (rd *reading) compacts() []string {
	if rd.compact == nil {
		for _, f := range rd.forms {
			rd.compact = append(rd.compact, compactUpper(f))
		}
	}
	return rd.compact
}

func isPlainWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// leaks reports whether v survives in the output read as rd.
func (rd *reading) leaks(v *value) bool {
	switch v.kind {
	case kEmail:
		e := strings.ToLower(v.text)
		local := e[:strings.IndexByte(e, '@')]
		for _, f := range rd.lower {
			if strings.Contains(f, e) {
				return true
			}
			if len(local) >= 6 && !isPlainWord(local) && strings.Contains(f, local) {
				return true
			}
		}
	case kPhone, kCard:
		for _, runs := range rd.digitRuns() {
			for _, r := range runs {
				if strings.Contains(r, v.tail) {
					return true
				}
			}
		}
	case kIBAN, kCNID:
		for _, f := range rd.compacts() {
			if strings.Contains(f, v.tail) {
				return true
			}
		}
	case kCred:
		for _, f := range rd.forms {
			if v.code {
				if standalone(f, v.text) {
					return true
				}
				continue
			}
			if strings.Contains(f, v.text) {
				return true
			}
			if len(v.text) >= 24 && strings.Contains(f, v.text[len(v.text)/2:]) {
				return true
			}
		}
	case kName, kAddress:
		for _, f := range rd.lower {
			for _, w := range v.words {
				if hasWord(f, w, v.kind == kName) {
					return true
				}
			}
			for _, s := range v.subs {
				if strings.Contains(f, s) {
					return true
				}
			}
		}
	}
	return false
}

// intact reports whether a look-alike appears whole in some form.
func (rd *reading) intact(s string) bool {
	for _, f := range rd.forms {
		if strings.Contains(f, s) {
			return true
		}
	}
	return false
}

// shape masks an example: letters a/A, digits 9, caseless scripts x.
func shape(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			sb.WriteByte('9')
		case unicode.IsUpper(r):
			sb.WriteByte('A')
		case unicode.IsLower(r):
			sb.WriteByte('a')
		case unicode.IsLetter(r):
			sb.WriteByte('x')
		case unicode.IsMark(r):
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
