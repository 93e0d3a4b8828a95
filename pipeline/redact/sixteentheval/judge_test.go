package sixteentheval

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

// redactor is what the judge measures: one line in, its redacted text out
// (for events: the re-encoded event followed by its field values, one per line).
type redactor func(l *line) string

// haystacks are the forms of a redacted line a reader could read a value
// from: as written, percent-decoded, and JSON-unescaped twice; native and
// full-width digits folded to ASCII in each.
func haystacks(out string) []*hay {
	a := asciiDigits(out)
	hs := []*hay{{s: a}}
	once := percentDecode(out)
	for _, x := range []string{asciiDigits(once), asciiDigits(percentDecode(once)), asciiDigits(jsonUnescape(jsonUnescape(out)))} {
		if x != a {
			hs = append(hs, &hay{s: x})
		}
	}
	return hs
}

// hay is one haystack with its derived forms computed on first use.
type hay struct {
	s       string
	runs    []string
	ranRuns bool
	lower   string
	compact string
}

func (h *hay) digitRuns() []string {
	if !h.ranRuns {
		h.runs, h.ranRuns = digitRuns(h.s), true
	}
	return h.runs
}

func (h *hay) low() string {
	if h.lower == "" {
		h.lower = strings.ToLower(h.s)
	}
	return h.lower
}

func (h *hay) comp() string {
	if h.compact == "" {
		h.compact = strings.ToUpper(strings.NewReplacer(" ", "", "-", "", "\u00a0", "").Replace(h.s))
	}
	return h.compact
}

var digitZeros = []rune{'٠', '۰', '०', '০', '๐', '០', '０', '၀', '໐'}

func asciiDigits(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		for _, z := range digitZeros {
			if r >= z && r <= z+9 {
				return '0' + (r - z)
			}
		}
		switch r {
		case '＋':
			return '+'
		case '－':
			return '-'
		}
		return r
	}, s)
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

// percentDecode decodes %XX and '+' once, leaving anything invalid as it is.
func percentDecode(s string) string {
	for round := 0; round < 1 && strings.ContainsAny(s, "%+"); round++ {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '%' && i+2 < len(s) && unhex(s[i+1]) >= 0 && unhex(s[i+2]) >= 0 {
				b.WriteByte(byte(unhex(s[i+1])<<4 | unhex(s[i+2])))
				i += 2
				continue
			}
			if c == '+' && round == 0 {
				b.WriteByte(' ')
				continue
			}
			b.WriteByte(c)
		}
		s = b.String()
	}
	return s
}

// jsonUnescape undoes one level of JSON string escaping wherever it appears.
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
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '"', '\\', '/':
			b.WriteByte(n)
		case 'u':
			if i+5 < len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
					r := rune(v)
					i += 6
					if r >= 0xD800 && r < 0xDC00 && i+5 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
						if lo, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
							r = (r-0xD800)<<10 + (rune(lo) - 0xDC00) + 0x10000
							i += 6
						}
					}
					b.WriteRune(r)
					i--
					continue
				}
			}
			b.WriteByte(c)
			continue
		default:
			b.WriteByte(c)
			continue
		}
		i++
	}
	return b.String()
}

// digitRuns returns the digits of every run of digits and the separators
// people put between groups (space, dash, dot, slash, parentheses, plus, line
// breaks, escaped line breaks).
func digitRuns(s string) []string {
	s = strings.NewReplacer(`\n`, " ", `\r`, " ", `\t`, " ").Replace(s)
	var runs []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() >= 4 {
			runs = append(runs, cur.String())
		}
		cur.Reset()
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			cur.WriteByte(c)
		case strings.IndexByte(" -./()+\n\r\t", c) >= 0:
		default:
			flush()
		}
	}
	flush()
	return runs
}

func anyRunHas(runs []string, needle string) bool {
	for _, r := range runs {
		if strings.Contains(r, needle) {
			return true
		}
	}
	return false
}

// isIdent reports whether b is a byte that joins a word to an identifier
// (an e-mail's local part, a handle, a file name).
func joined(s string, i int, before bool) bool {
	if before {
		if i == 0 {
			return false
		}
		c := s[i-1]
		if c == '@' {
			return true
		}
		if strings.IndexByte("._+-", c) >= 0 && i >= 2 {
			r, _ := utf8.DecodeLastRuneInString(s[:i-1])
			return unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		return false
	}
	if i >= len(s) {
		return false
	}
	c := s[i]
	if c == '@' {
		return true
	}
	if strings.IndexByte("._+-", c) >= 0 && i+1 < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i+1:])
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// wordIn reports whether part survives in s as a word of its own: case-folded,
// not inside a longer word (for scripts written with spaces), not inside an
// e-mail address or identifier.
func wordIn(s, part string) bool {
	ls, lp := s, part // both case-folded by the caller
	r0, _ := utf8.DecodeRuneInString(lp)
	caseless := unicode.In(r0, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Thai)
	for off := 0; ; {
		i := strings.Index(ls[off:], lp)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(lp)
		off = i + 1
		if joined(ls, i, true) || joined(ls, j, false) {
			continue
		}
		if !caseless {
			if i > 0 {
				if r, _ := utf8.DecodeLastRuneInString(ls[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
					continue
				}
			}
			if j < len(ls) {
				if r, _ := utf8.DecodeRuneInString(ls[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
					continue
				}
			}
		}
		return true
	}
}

// leaked reports whether a PII value survives in one of the haystacks, and which needle did.
func leaked(p *piiVal, hs []*hay) (bool, string) {
	v := asciiDigits(p.value)
	switch p.kind {
	case "email":
		lv := strings.ToLower(v)
		local := lv[:strings.IndexByte(lv, '@')]
		for _, h := range hs {
			lh := h.low()
			if strings.Contains(lh, lv) {
				return true, v
			}
			// The local part left in front of an @ or a marker: what a
			// half-redacted address shows.
			if len(local) >= 6 && strings.Contains(lh, local) && !isPlain(local) {
				return true, local
			}
		}
	case "phone":
		dg := onlyDigits(v)
		if len(dg) > 8 {
			dg = dg[len(dg)-8:]
		}
		for _, h := range hs {
			if strings.Contains(h.s, v) || anyRunHas(h.digitRuns(), dg) {
				return true, dg
			}
		}
	case "card":
		// The digits PCI DSS never allows to be shown: from the seventh to
		// the fifth from the end, with one neighbour on each side.
		mid := v[5 : len(v)-3]
		for _, h := range hs {
			if anyRunHas(h.digitRuns(), mid) {
				return true, mid
			}
		}
	case "iban":
		tail := v[len(v)-10:]
		for _, h := range hs {
			if strings.Contains(h.comp(), tail) {
				return true, tail
			}
		}
	case "cn_id":
		tail := v[6:]
		for _, h := range hs {
			if strings.Contains(h.comp(), tail) {
				return true, tail
			}
		}
	case "credential":
		needle := v
		if len(v) >= 24 {
			needle = v[len(v)/2:]
		}
		for _, h := range hs {
			if strings.Contains(h.s, v) {
				return true, v
			}
			if needle != v && strings.Contains(h.s, needle) {
				return true, needle
			}
			if isDigits(v) && digitWordIn(h.s, v) {
				return true, v
			}
		}
	case "name", "address":
		for _, h := range hs {
			for _, part := range p.parts {
				if wordIn(h.low(), strings.ToLower(asciiDigits(part))) {
					return true, part
				}
			}
		}
	}
	return false, ""
}

// isPlain: a local part that is one ordinary word could appear anywhere.
func isPlain(s string) bool {
	for _, c := range s {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// digitWordIn: the digits stand on their own (no digit either side).
func digitWordIn(h, v string) bool {
	for off := 0; ; {
		i := strings.Index(h[off:], v)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(v)
		off = i + 1
		if (i == 0 || h[i-1] < '0' || h[i-1] > '9') && (j == len(h) || h[j] < '0' || h[j] > '9') {
			return true
		}
	}
}

func damaged(lk *lookVal, raw string, hs []*hay) bool {
	if strings.Contains(raw, lk.value) {
		return false
	}
	v := asciiDigits(lk.value)
	for _, h := range hs {
		if strings.Contains(h.s, v) {
			return false
		}
	}
	return true
}

// ---- scoring ----

type tally struct{ total, bad int }

func (t *tally) add(bad bool) {
	t.total++
	if bad {
		t.bad++
	}
}

func (t tally) pct() float64 {
	if t.total == 0 {
		return 0
	}
	return 100 * float64(t.bad) / float64(t.total)
}

type example struct{ line, needle, out string }

type result struct {
	values, looks                tally
	byKind, byCtx, byLoc, byForm map[string]*tally
	damByType, damByCtx          map[string]*tally
	leakClass                    map[string]int
	leakEx                       map[string]example
	damEx                        []string
}

func bump(m map[string]*tally, k string, bad bool) {
	t := m[k]
	if t == nil {
		t = &tally{}
		m[k] = t
	}
	t.add(bad)
}

func judge(lines []line, red redactor) *result {
	res := &result{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{}, byForm: map[string]*tally{},
		damByType: map[string]*tally{}, damByCtx: map[string]*tally{}, leakClass: map[string]int{}, leakEx: map[string]example{}}
	for i := range lines {
		l := &lines[i]
		out := red(l)
		hs := haystacks(out)
		for j := range l.pii {
			p := &l.pii[j]
			bad, needle := leaked(p, hs)
			res.values.add(bad)
			bump(res.byKind, p.kind, bad)
			bump(res.byCtx, l.ctx, bad)
			bump(res.byLoc, p.locale, bad)
			bump(res.byForm, p.form, bad)
			if bad {
				cls := p.kind + " · " + l.ctx + "/" + l.tmpl + " · " + p.form
				res.leakClass[cls]++
				if _, ok := res.leakEx[cls]; !ok {
					res.leakEx[cls] = example{line: l.locale, needle: needle, out: out}
				}
			}
		}
		for j := range l.looks {
			lk := &l.looks[j]
			bad := damaged(lk, out, hs)
			res.looks.add(bad)
			bump(res.damByType, lk.typ, bad)
			bump(res.damByCtx, l.ctx, bad)
			if bad && len(res.damEx) < 25 {
				res.damEx = append(res.damEx, fmt.Sprintf("%s %s/%s: %q in %s", lk.typ, l.ctx, l.tmpl, show(lk.value), excerpt(out, "", 220)))
			}
		}
	}
	return res
}

// show masks letters and digits by their shape unless VIGIL_EVAL_SHOW=1:
// generated values can resemble real ones.
func show(s string) string {
	if os.Getenv("VIGIL_EVAL_SHOW") == "1" {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return '9'
		case unicode.IsDigit(r):
			return '9'
		case unicode.IsUpper(r):
			return 'A'
		case unicode.IsLower(r):
			return 'a'
		case unicode.IsLetter(r):
			return 'x'
		}
		return r
	}, s)
}

// excerpt is the redacted output around where the needle survived, masked,
// keeping the redactor's markers readable.
func excerpt(out, needle string, width int) string {
	i := 0
	if needle != "" {
		if k := strings.Index(out, needle); k >= 0 {
			i = max(0, k-width/2)
		}
	}
	s := out[i:]
	if len(s) > width {
		s = s[:width]
	}
	s = strings.ToValidUTF8(s, "")
	// keep markers readable
	var b strings.Builder
	for {
		k := strings.Index(s, "[REDACTED")
		h := strings.Index(s, "[HASH")
		if h >= 0 && (k < 0 || h < k) {
			k = h
		}
		if k < 0 {
			b.WriteString(show(s))
			break
		}
		e := strings.IndexByte(s[k:], ']')
		if e < 0 {
			b.WriteString(show(s))
			break
		}
		b.WriteString(show(s[:k]))
		b.WriteString(s[k : k+e+1])
		s = s[k+e+1:]
	}
	return strings.ReplaceAll(b.String(), "\n", `\n`)
}

func recall(t *tally) float64 {
	if t == nil || t.total == 0 {
		return 100
	}
	return 100 * float64(t.total-t.bad) / float64(t.total)
}

func sortedKeys[T any](m map[string]T) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// report prints the figures, leak classes and damaged examples.
func (res *result) report(logf func(string, ...any)) {
	logf("values %d, leaked %d, recall %.3f %%", res.values.total, res.values.bad, recall(&res.values))
	logf("look-alikes %d, damaged %d (%.3f %%)", res.looks.total, res.looks.bad, res.looks.pct())
	for _, title := range []string{"kind", "context", "locale", "form"} {
		m := map[string]map[string]*tally{"kind": res.byKind, "context": res.byCtx, "locale": res.byLoc, "form": res.byForm}[title]
		var b strings.Builder
		for _, k := range sortedKeys(m) {
			fmt.Fprintf(&b, "  %-16s %6d values %5d leaked  recall %7.3f %%\n", k, m[k].total, m[k].bad, recall(m[k]))
		}
		logf("recall per %s:\n%s", title, b.String())
	}
	for _, title := range []string{"type", "context"} {
		m := map[string]map[string]*tally{"type": res.damByType, "context": res.damByCtx}[title]
		var b strings.Builder
		for _, k := range sortedKeys(m) {
			fmt.Fprintf(&b, "  %-16s %6d look-alikes %5d damaged (%.3f %%)\n", k, m[k].total, m[k].bad, m[k].pct())
		}
		logf("damage per %s:\n%s", title, b.String())
	}
	cls := sortedKeys(res.leakClass)
	sort.SliceStable(cls, func(i, j int) bool { return res.leakClass[cls[i]] > res.leakClass[cls[j]] })
	var b strings.Builder
	for i, c := range cls {
		if i == 40 {
			break
		}
		ex := res.leakEx[c]
		fmt.Fprintf(&b, "  %5d  %s  [%s] left %q in: %s\n", res.leakClass[c], c, ex.line, show(ex.needle), excerpt(ex.out, ex.needle, 200))
	}
	logf("largest leak classes (of %d):\n%s", len(cls), b.String())
	logf("damaged examples:\n  %s", strings.Join(res.damEx, "\n  "))
}

// ---- the real redactor ----

// eventRedactor decodes NDJSON lines with the event package, redacts them
// with Event and returns the re-encoded event followed by each field's text;
// plain lines go through String.
func eventRedactor(ev func(*event.Event), str func(string) string) redactor {
	dec := event.NewDecoder(nil)
	var e event.Event
	return func(l *line) string {
		if !l.event {
			return str(l.text)
		}
		if err := dec.Decode([]byte(l.text), &e); err != nil {
			panic("corpus line is no event: " + err.Error() + ": " + l.text)
		}
		ev(&e)
		var b strings.Builder
		b.Write(e.JSON())
		for _, f := range e.Fields {
			b.WriteByte('\n')
			b.WriteString(f.Value.Text())
		}
		return b.String()
	}
}
