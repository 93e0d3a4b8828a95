package twelftheval

import (
	"strings"
	"unicode"
)

// The judge. A line is rendered twice from one seed: with its PII (real) and
// with placeholders where the PII stood (background). Both go through the
// same path (NDJSON decoded and written back; text as is); only the real one
// is redacted.
//
//   - A PII value leaks when one of its fragments occurs more often in the
//     redacted line than in the background, read raw, JSON-unescaped (every level)
//     and URL-decoded, case-folded; digits are compared with separators
//     removed and native digits read as ASCII, IBANs and resident ids with
//     spaces and dashes removed. vigil's own markers are cut out first.
//   - A look-alike is damaged when it occurs fewer times (as a whole token)
//     in the redacted line than in the background.

// stripMarkers replaces [REDACTED:…] and [HASH:…] with NUL, which no
// separator rule removes, so the text on either side never joins.
func stripMarkers(s string) string {
	if !strings.Contains(s, "[REDACTED") && !strings.Contains(s, "[HASH") {
		return s
	}
	var sb strings.Builder
	for {
		i := strings.Index(s, "[REDACTED")
		j := strings.Index(s, "[HASH:")
		if i < 0 || (j >= 0 && j < i) {
			i = j
		}
		if i < 0 {
			sb.WriteString(s)
			return sb.String()
		}
		end := strings.IndexByte(s[i:], ']')
		if end < 0 || end > 120 {
			sb.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		sb.WriteString(s[:i])
		sb.WriteByte(0)
		s = s[i+end+1:]
	}
}

func unhex(c byte) (rune, bool) {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0'), true
	case c >= 'a' && c <= 'f':
		return rune(c-'a') + 10, true
	case c >= 'A' && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

// jsonUnescape undoes one level of JSON string escapes, leniently.
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
		i++
		switch s[i] {
		case 'n':
			sb.WriteByte('\n')
		case 't':
			sb.WriteByte('\t')
		case 'r':
			sb.WriteByte('\r')
		case '"', '\\', '/':
			sb.WriteByte(s[i])
		case 'u':
			if i+4 < len(s) {
				var r rune
				ok := true
				for k := 1; k <= 4; k++ {
					d, good := unhex(s[i+k])
					ok = ok && good
					r = r<<4 | d
				}
				if ok {
					i += 4
					if r >= 0xD800 && r < 0xDC00 && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
						var lo rune
						good2 := true
						for k := 3; k <= 6; k++ {
							d, g := unhex(s[i+k])
							good2 = good2 && g
							lo = lo<<4 | d
						}
						if good2 && lo >= 0xDC00 && lo < 0xE000 {
							r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
							i += 6
						}
					}
					sb.WriteRune(r)
					continue
				}
			}
			sb.WriteString(`\u`)
		default:
			sb.WriteByte('\\')
			sb.WriteByte(s[i])
		}
	}
	return sb.String()
}

// unescapeAll undoes JSON escapes level by level (a body in a string in an
// envelope in an event is escaped three times), at most four levels.
func unescapeAll(s string) string {
	for range 4 {
		u := jsonUnescape(s)
		if u == s {
			return s
		}
		s = u
	}
	return s
}

// urlDecode undoes %XX and '+', leniently.
func urlDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '+':
			sb.WriteByte(' ')
		case c == '%' && i+2 < len(s):
			h, ok1 := unhex(s[i+1])
			l, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				sb.WriteByte(byte(h<<4 | l))
				i += 2
			} else {
				sb.WriteByte(c)
			}
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// views of one text, in the three readings and the three match modes;
// the digit and compact views are made on first use.
type views struct {
	text, digits, compact [3]string
	haveD, haveC          bool
}

func nativeToASCII(c rune) rune {
	switch {
	case c >= '٠' && c <= '٩':
		return '0' + c - '٠'
	case c >= '۰' && c <= '۹':
		return '0' + c - '۰'
	case c >= '০' && c <= '৯':
		return '0' + c - '০'
	case c >= '०' && c <= '९':
		return '0' + c - '०'
	case c >= '０' && c <= '９':
		return '0' + c - '０'
	}
	return c
}

func digitView(s string) string {
	return strings.Map(func(c rune) rune {
		c = nativeToASCII(c)
		switch c {
		case ' ', '-', '.', '/', '(', ')', '+', '\u00a0', '\u202f', '\t', '\u2011':
			return -1
		}
		return c
	}, s)
}

func compactView(s string) string {
	return strings.Map(func(c rune) rune {
		switch c {
		case ' ', '-', '\u00a0', '\u202f', '\t':
			return -1
		}
		return c
	}, s)
}

func makeViews(s string) *views {
	v := &views{}
	raw := stripMarkers(s)
	un := stripMarkers(unescapeAll(s))
	v.text[0] = strings.ToLower(raw)
	v.text[1] = strings.ToLower(un)
	v.text[2] = strings.ToLower(urlDecode(un))
	return v
}

func (v *views) get(mode, i int) string {
	switch mode {
	case mDigits:
		if !v.haveD {
			for k := range 3 {
				v.digits[k] = digitView(v.text[k])
			}
			v.haveD = true
		}
		return v.digits[i]
	case mCompact:
		if !v.haveC {
			for k := range 3 {
				v.compact[k] = compactView(v.text[k])
			}
			v.haveC = true
		}
		return v.compact[i]
	}
	return v.text[i]
}

func modeNorm(mode int, s string) string {
	s = strings.ToLower(s)
	switch mode {
	case mDigits:
		return digitView(s)
	case mCompact:
		return compactView(s)
	}
	return s
}

// leakedFrag returns the first fragment of v that survives, or "".
func leakedFrag(v *pv, out, bg *views, others []*pv) string {
	frags := v.frags
	// fragments that another PII value of the line also holds say nothing
	// about this one; leave them out unless nothing else is left
	if len(others) > 1 {
		var norms []string
		for _, o := range others {
			if o != v {
				norms = append(norms, modeNorm(v.mode, o.text))
			}
		}
		var keep []string
		for _, f := range frags {
			shared := false
			for _, o := range norms {
				if strings.Contains(o, f) {
					shared = true
					break
				}
			}
			if !shared {
				keep = append(keep, f)
			}
		}
		if len(keep) > 0 {
			frags = keep
		}
	}
	for _, f := range frags {
		if f == "" {
			continue
		}
		for i := range 3 {
			if strings.Count(out.get(v.mode, i), f) > strings.Count(bg.get(v.mode, i), f) {
				return f
			}
		}
	}
	return ""
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// countToken counts occurrences of tok not glued to letters or digits.
func countToken(s, tok string) int {
	n := 0
	for off := 0; ; {
		i := strings.Index(s[off:], tok)
		if i < 0 {
			return n
		}
		i += off
		j := i + len(tok)
		before := i == 0 || !isWordByte(s[i-1]) || !isWordByte(tok[0])
		after := j >= len(s) || !isWordByte(s[j]) || !isWordByte(tok[len(tok)-1])
		if before && after {
			n++
		}
		off = i + 1
	}
}

// trapCount reads a look-alike in the raw and the JSON-unescaped text.
func trapCount(s, tok string) int {
	return max(countToken(s, tok), countToken(unescapeAll(s), tok))
}

// shape masks letters and digits for examples printed by default.
func shape(s string) string {
	return strings.Map(func(c rune) rune {
		switch {
		case c >= '0' && c <= '9':
			return '9'
		case unicode.IsUpper(c):
			return 'A'
		case unicode.IsLetter(c):
			return 'a'
		case unicode.IsDigit(c):
			return '9'
		}
		return c
	}, s)
}
