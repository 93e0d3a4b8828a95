package eighteentheval

import (
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

// views are the forms a line's output is read in: as written, percent-decoded
// once and twice, JSON-unescaped once and twice, HTML-entity-decoded; in each,
// native and full-width digits folded to ASCII.
type views struct {
	forms []string // folded
	lower []string
	strip []string // upper case, spaces and dashes removed
	runs  [][]string
}

var digitZeros = []rune{0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10}

func foldDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii || !strings.ContainsFunc(s, func(c rune) bool { return c > 127 && unicode.IsDigit(c) }) {
		return s
	}
	var sb strings.Builder
	for _, c := range s {
		if c > 127 && unicode.IsDigit(c) {
			for _, z := range digitZeros {
				if c >= z && c <= z+9 {
					c = '0' + (c - z)
					break
				}
			}
		}
		sb.WriteRune(c)
	}
	return sb.String()
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

// pctDecode decodes %XX and reads '+' as a space, leaving malformed escapes.
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
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// jsonUnescape undoes JSON string escapes wherever they stand.
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
		switch s[i+1] {
		case '"', '\\', '/':
			sb.WriteByte(s[i+1])
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'b', 'f':
			sb.WriteByte(' ')
		case 'u':
			if i+5 < len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
					r := rune(v)
					i += 4
					if r >= 0xD800 && r < 0xDC00 && i+7 < len(s) && s[i+2] == '\\' && s[i+3] == 'u' {
						if v2, err := strconv.ParseUint(s[i+4:i+8], 16, 32); err == nil {
							r = 0x10000 + (r-0xD800)<<10 + (rune(v2) - 0xDC00)
							i += 6
						}
					}
					sb.WriteRune(r)
					i++
					continue
				}
			}
			sb.WriteByte('\\')
			continue
		default:
			sb.WriteByte('\\')
			continue
		}
		i++
	}
	return sb.String()
}

var stripper = strings.NewReplacer(" ", "", "-", "")

func newViews(base []string) *views {
	v := &views{}
	for _, s := range base {
		for _, f := range []string{s, pctDecode(s), pctDecode(pctDecode(s)), jsonUnescape(s), jsonUnescape(jsonUnescape(s)), html.UnescapeString(s)} {
			f = foldDigits(f)
			dup := false
			for _, g := range v.forms {
				if g == f {
					dup = true
					break
				}
			}
			if !dup {
				v.forms = append(v.forms, f)
			}
		}
	}
	return v
}

func (v *views) lowers() []string {
	if v.lower == nil {
		for _, f := range v.forms {
			v.lower = append(v.lower, strings.ToLower(f))
		}
	}
	return v.lower
}

func (v *views) strips() []string {
	if v.strip == nil {
		for _, f := range v.forms {
			v.strip = append(v.strip, strings.ToUpper(stripper.Replace(f)))
		}
	}
	return v.strip
}

func (v *views) digitRuns() [][]string {
	if v.runs == nil {
		for _, f := range v.forms {
			v.runs = append(v.runs, digitRuns(f))
		}
	}
	return v.runs
}

// digitRuns returns the digits of every run of digits and separators.
func digitRuns(s string) []string {
	var out []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
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
	return out
}

func isWordRune(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) || unicode.Is(unicode.Mc, c)
}

func tokenDelim(c rune) bool {
	return unicode.IsSpace(c) || strings.ContainsRune("\"'`,;:=&<>()[]{}|\\/+#?!，。：、", c)
}

// wordIn reports whether w stands in s as a word; for names, not inside an
// e-mail address or an identifier.
func wordIn(s, w string, name bool) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		off = i + 1
		j := i + len(w)
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
		if name {
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
			if identToken(s[a:z]) {
				continue
			}
		}
		return true
	}
}

func identToken(t string) bool {
	if strings.ContainsAny(t, "@_0123456789") {
		return true
	}
	rs := []rune(t)
	for k := 1; k+1 < len(rs); k++ {
		if rs[k] == '.' && unicode.IsLetter(rs[k-1]) && unicode.IsLetter(rs[k+1]) {
			return true
		}
	}
	return false
}

func numberIn(s, d string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], d)
		if i < 0 {
			return false
		}
		i += off
		off = i + 1
		if i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			continue
		}
		if j := i + len(d); j < len(s) && s[j] >= '0' && s[j] <= '9' {
			continue
		}
		return true
	}
}

// leaks reports whether v survives in any of the views.
func leaks(v *value, vw *views) bool {
	switch v.kind {
	case "name", "address", "email":
		for _, f := range vw.lowers() {
			for _, w := range v.words {
				if wordIn(f, w, v.kind == "name") {
					return true
				}
			}
			for _, s := range v.subs {
				if strings.Contains(f, s) {
					return true
				}
			}
		}
	case "phone", "card":
		for _, rs := range vw.digitRuns() {
			for _, r := range rs {
				if strings.Contains(r, v.run) {
					return true
				}
			}
		}
	case "iban", "cn_id":
		for _, f := range vw.strips() {
			if strings.Contains(f, v.strip) {
				return true
			}
		}
	case "credential":
		for _, f := range vw.forms {
			if v.digits {
				if numberIn(f, v.text) {
					return true
				}
				continue
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

func isAlnumRune(c rune) bool { return isWordRune(c) || c == '_' }

// countIn counts the occurrences of t in s that are not part of a longer word.
func countIn(s, t string) int {
	n := 0
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	for off := 0; ; {
		i := strings.Index(s[off:], t)
		if i < 0 {
			return n
		}
		i += off
		off = i + len(t)
		if isAlnumRune(first) && i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); isAlnumRune(r) {
				off = i + 1
				continue
			}
		}
		if isAlnumRune(last) && off < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[off:]); isAlnumRune(r) {
				off = i + 1
				continue
			}
		}
		n++
	}
}

// masker is what the judge runs a line through.
type masker interface {
	Event(ev *event.Event)
	String(s string) string
}

type redactorMasker struct{ r *redact.Redactor }

func (m redactorMasker) Event(ev *event.Event)  { m.r.Event(ev) }
func (m redactorMasker) String(s string) string { return m.r.String(s) }

type nothingMasker struct{}

func (nothingMasker) Event(*event.Event)     {}
func (nothingMasker) String(s string) string { return s }

type everythingMasker struct{}

func (everythingMasker) Event(ev *event.Event) {
	for i := range ev.Fields {
		ev.Fields[i].Value = event.StringValue("[REDACTED]")
	}
}
func (everythingMasker) String(string) string { return "[REDACTED]" }

// output runs a line through m and returns what is read: for an event its
// JSON followed by every field's text.
func output(m masker, dec *event.Decoder, text string, isEvent bool) string {
	if !isEvent {
		return m.String(text)
	}
	var ev event.Event
	if err := dec.Decode([]byte(text), &ev); err != nil {
		return "DECODE ERROR " + err.Error()
	}
	m.Event(&ev)
	var sb strings.Builder
	sb.Write(ev.JSON())
	for _, f := range ev.Fields {
		sb.WriteByte('\n')
		sb.WriteString(f.Value.Text())
	}
	return sb.String()
}

func inputViews(text string, isEvent bool, dec *event.Decoder) *views {
	return newViews([]string{output(nothingMasker{}, dec, text, isEvent)})
}

// result is the judge's reading of one line.
type result struct {
	leaked  []bool
	damaged []bool
	out     string
}

func judgeLine(ln *line, m masker, dec *event.Decoder) result {
	out := output(m, dec, ln.text, ln.event)
	ov := newViews([]string{out})
	res := result{out: out, leaked: make([]bool, len(ln.vals)), damaged: make([]bool, len(ln.looks))}
	for i := range ln.vals {
		res.leaked[i] = leaks(&ln.vals[i], ov)
	}
	for i, lk := range ln.looks {
		t := foldDigits(lk.text)
		intact := false
		for _, f := range ov.forms {
			if countIn(f, t) >= lk.need {
				intact = true
				break
			}
		}
		res.damaged[i] = !intact
	}
	return res
}
