package thirteentheval

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A fragment of a PII value: if it occurs more often in the redacted line
// than in the background, the value leaked. Fragments are searched in one of
// three views of the normalised text.
type frag struct {
	view byte // 't' text, 'd' digit stream, 'a' alnum stream
	s    string
}

var markerRE = regexp.MustCompile(`\[(?:REDACTED|HASH):[^\]\s]{0,80}\]`)

// norm undoes JSON escapes (up to three levels), URL encoding and case, maps
// digits of any script to ASCII and blanks the redactor's markers.
func norm(s string) string {
	if strings.Contains(s, "[REDACTED:") || strings.Contains(s, "[HASH:") {
		s = markerRE.ReplaceAllString(s, "\x00")
	}
	for i := 0; i < 3; i++ {
		t := jsonUnescape(s)
		if t == s {
			break
		}
		s = t
	}
	s = urlDecode(s)
	if strings.Contains(s, "[REDACTED:") || strings.Contains(s, "[HASH:") {
		s = markerRE.ReplaceAllString(s, "\x00")
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\u00a0' || r == '\u202f':
			b.WriteByte(' ')
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r > 127 && unicode.IsDigit(r):
			b.WriteByte(byte('0' + digitValue(r)))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func digitValue(r rune) int {
	// Unicode decimal digits come in runs of ten starting at a zero.
	for z := r; z > r-10; z-- {
		if !unicode.IsDigit(z - 1) {
			return int(r - z)
		}
	}
	return 0
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
		case 'u':
			if i+6 <= len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
					r := rune(v)
					j := i + 6
					if r >= 0xD800 && r < 0xDC00 && j+6 <= len(s) && s[j] == '\\' && s[j+1] == 'u' {
						if v2, err := strconv.ParseUint(s[j+2:j+6], 16, 32); err == nil && v2 >= 0xDC00 && v2 < 0xE000 {
							r = 0x10000 + (r-0xD800)<<10 + (rune(v2) - 0xDC00)
							j += 6
						}
					}
					b.WriteRune(r)
					i = j - 1
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

// urlDecode decodes %XX (twice, for values encoded in an encoded URL) and '+'.
func urlDecode(s string) string {
	for k := 0; k < 2; k++ {
		if !strings.ContainsAny(s, "%+") {
			return s
		}
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '+' {
				b.WriteByte(' ')
				continue
			}
			if c == '%' && i+2 < len(s) {
				h, l := unhex(s[i+1]), unhex(s[i+2])
				if h >= 0 && l >= 0 {
					b.WriteByte(byte(h<<4 | l))
					i += 2
					continue
				}
			}
			b.WriteByte(c)
		}
		s = b.String()
	}
	return s
}

// digitStream keeps the digits of a normalised text; separators people type
// inside numbers (space, - . / ( ) and up to two of them) vanish, anything
// else becomes '|'.
func digitStream(s string) string {
	var b strings.Builder
	sep := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if sep > 2 {
				b.WriteByte('|')
			}
			sep = 0
			b.WriteByte(c)
		case strings.IndexByte(" -./()", c) >= 0:
			sep++
		default:
			sep = 3
		}
	}
	return b.String()
}

func alnumStream(s string) string {
	return strings.NewReplacer(" ", "", "-", "", "\n", "").Replace(s)
}

func asciiDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else if r > 127 && unicode.IsDigit(r) {
			b.WriteByte(byte('0' + digitValue(r)))
		}
	}
	return b.String()
}

func windows(view byte, s string, n, max int) []frag {
	rs := []rune(s)
	if len(rs) <= n {
		return []frag{{view, s}}
	}
	cnt := len(rs) - n + 1
	step := 1
	if cnt > max {
		step = (cnt + max - 1) / max
	}
	var out []frag
	for i := 0; i < cnt; i += step {
		out = append(out, frag{view, string(rs[i : i+n])})
	}
	return out
}

func isNoSpaceScript(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Thai) {
			return true
		}
	}
	return false
}

// fragments defines, per kind, what of a value must not survive.
func fragments(kind, val string, extra ...string) []frag {
	switch kind {
	case "phone", "card", "cn_id":
		d := asciiDigits(val)
		if kind == "cn_id" {
			d = d[:min(len(d), 17)]
		}
		return windows('d', d, 6, 40)
	case "iban":
		c := norm(strings.ReplaceAll(val, " ", ""))
		return windows('a', c[2:], 6, 40)
	case "email":
		v := norm(val)
		local, _, _ := strings.Cut(v, "@")
		if i := strings.IndexByte(local, ' '); i >= 0 { // a '+' tag, after norm
			local = local[:i]
		}
		if utf8.RuneCountInString(local) >= 4 {
			return []frag{{'t', local}}
		}
		return []frag{{'t', v}}
	case "name":
		v := norm(val)
		var out []frag
		if isNoSpaceScript(v) {
			out = append(out, frag{'t', strings.ReplaceAll(v, " ", "")})
			for _, w := range strings.Fields(v) {
				if utf8.RuneCountInString(w) >= 2 {
					out = append(out, frag{'t', w})
				}
			}
			return out
		}
		for _, w := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '.' }) {
			if particles[w] || utf8.RuneCountInString(w) < 4 {
				continue
			}
			out = append(out, frag{'t', w})
		}
		if len(out) == 0 {
			out = append(out, frag{'t', v})
		}
		return out
	case "address":
		street, sname := val, ""
		if len(extra) > 0 {
			street = extra[0]
		}
		if len(extra) > 1 {
			sname = extra[1]
		}
		out := []frag{{'t', strings.Join(strings.Fields(norm(street)), " ")}}
		if sn := norm(sname); utf8.RuneCountInString(sn) >= 4 {
			out = append(out, frag{'t', sn})
		}
		return out
	case "credential":
		v := norm(val)
		if len(v) <= 8 { // a one-time code: the code itself
			return []frag{{'t', v}}
		}
		return windows('t', v, 6, 32)
	}
	return []frag{{'t', norm(val)}}
}

// views of one rendering, computed on demand.
type views struct {
	raw, t, d, a string
	done         [3]bool
}

func (v *views) get(view byte) string {
	if !v.done[0] {
		v.t = norm(v.raw)
		v.done[0] = true
	}
	switch view {
	case 'd':
		if !v.done[1] {
			v.d = digitStream(v.t)
			v.done[1] = true
		}
		return v.d
	case 'a':
		if !v.done[2] {
			v.a = alnumStream(v.t)
			v.done[2] = true
		}
		return v.a
	}
	return v.t
}

// verdict of one line.
type verdict struct {
	leaked      []bool
	leakFrag    []string
	trapTotal   map[string]int
	trapDamaged map[string]int
	missing     []string // traps absent from the background: a judge bug
}

func judge(out, bg string, piis []*pii, traps []trap) verdict {
	o, b := &views{raw: out}, &views{raw: bg}
	vd := verdict{leaked: make([]bool, len(piis)), leakFrag: make([]string, len(piis)), trapTotal: map[string]int{}, trapDamaged: map[string]int{}}
	for i, p := range piis {
		for _, f := range p.frags {
			if f.s == "" {
				continue
			}
			n := strings.Count(o.get(f.view), f.s)
			if n == 0 {
				continue
			}
			if n > strings.Count(b.get(f.view), f.s) {
				vd.leaked[i] = true
				vd.leakFrag[i] = f.s
				break
			}
		}
	}
	seen := map[string]bool{}
	for _, t := range traps {
		if seen[t.val] {
			continue
		}
		seen[t.val] = true
		nv := norm(t.val)
		exp := strings.Count(b.get('t'), nv)
		if exp == 0 {
			vd.missing = append(vd.missing, t.typ)
			continue
		}
		got := strings.Count(o.get('t'), nv)
		vd.trapTotal[t.typ] += exp
		if got < exp {
			vd.trapDamaged[t.typ] += exp - got
		}
	}
	return vd
}

// shapeMask hides an example: letters to a/A, digits to 9.
func shapeMask(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('9')
		case unicode.IsUpper(r):
			b.WriteByte('A')
		case unicode.IsLetter(r):
			b.WriteByte('a')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
