package fifteentheval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// redactFn redacts one line as the pipeline would and returns its output.
type redactFn func(l *line, w int) (string, error)

// views are the readings of a text a reader could use: as written, with its
// JSON escapes undone once to three times, and each of those URL-decoded
// once and twice.
type views struct {
	text   []string
	lower  []string
	digits []string // runs of digits (any script) joined through separators
	runs   []map[string]bool
	alnum  []string
}

func makeViews(s string) *views {
	v := &views{}
	seen := map[string]bool{}
	add := func(t string) {
		if !seen[t] {
			seen[t] = true
			v.text = append(v.text, t)
		}
	}
	cur := s
	for i := 0; i < 4; i++ {
		add(cur)
		p := pctDecode(cur)
		add(p)
		add(pctDecode(p))
		next := jsonUnescape(cur)
		if next == cur {
			break
		}
		cur = next
	}
	for _, t := range v.text {
		v.lower = append(v.lower, strings.ToLower(t))
	}
	return v
}

func (v *views) digitSpans() []string {
	if v.digits == nil {
		for _, t := range v.text {
			v.digits = append(v.digits, spans(t, false))
		}
	}
	return v.digits
}

func (v *views) alnumSpans() []string {
	if v.alnum == nil {
		for _, t := range v.text {
			v.alnum = append(v.alnum, spans(t, true))
		}
	}
	return v.alnum
}

func (v *views) digitRuns() []map[string]bool {
	if v.runs == nil {
		for _, t := range v.text {
			m := map[string]bool{}
			var b strings.Builder
			flush := func() {
				if b.Len() > 0 {
					m[b.String()] = true
					b.Reset()
				}
			}
			for _, c := range t {
				if d, ok := digitVal(c); ok {
					b.WriteByte(byte('0' + d))
				} else {
					flush()
				}
			}
			flush()
			v.runs = append(v.runs, m)
		}
	}
	return v.runs
}

// spans keeps digits (and, with letters, upper-cased letters) and drops the
// separators people write inside numbers; anything else ends a span.
func spans(t string, letters bool) string {
	var b strings.Builder
	for _, c := range t {
		if d, ok := digitVal(c); ok {
			b.WriteByte(byte('0' + d))
			continue
		}
		if letters && c < 0x80 && unicode.IsLetter(c) {
			b.WriteRune(unicode.ToUpper(c))
			continue
		}
		switch c {
		case ' ', '-', '\n', '\t', '\r', 0xa0, '－', '\u2009', '\u202f':
			continue
		case '.', '(', ')', '/', '+', '（', '）', '＋':
			if !letters {
				continue
			}
		}
		b.WriteByte('|')
	}
	return b.String()
}

// leaked reports whether a needle survives in any view.
func (v *views) leaked(n needle) bool {
	switch n.mode {
	case mWord:
		w := strings.ToLower(n.s)
		for _, t := range v.lower {
			if hasWord(t, w) {
				return true
			}
		}
	case mSub:
		w := strings.ToLower(n.s)
		for _, t := range v.lower {
			if strings.Contains(t, w) {
				return true
			}
		}
	case mExact:
		for _, t := range v.text {
			if strings.Contains(t, n.s) {
				return true
			}
		}
	case mDigits:
		for _, t := range v.digitSpans() {
			if strings.Contains(t, n.s) {
				return true
			}
		}
	case mDigitTo:
		for _, m := range v.digitRuns() {
			if m[n.s] {
				return true
			}
		}
	case mAlnum:
		for _, t := range v.alnumSpans() {
			if strings.Contains(t, strings.ToUpper(n.s)) {
				return true
			}
		}
	}
	return false
}

// hasWord finds w in t with no letter, digit or mark on either side.
func hasWord(t, w string) bool {
	for i := 0; ; {
		j := strings.Index(t[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if bounded(t, j, j+len(w)) {
			return true
		}
		_, sz := utf8.DecodeRuneInString(t[j:])
		i = j + sz
	}
}

func wordRune(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) || unicode.Is(unicode.Mc, c)
}

func bounded(t string, a, b int) bool {
	if a > 0 {
		c, _ := utf8.DecodeLastRuneInString(t[:a])
		f, _ := utf8.DecodeRuneInString(t[a:])
		if wordRune(c) && wordRune(f) {
			return false
		}
	}
	if b < len(t) {
		c, _ := utf8.DecodeRuneInString(t[b:])
		l, _ := utf8.DecodeLastRuneInString(t[:b])
		if wordRune(c) && wordRune(l) {
			return false
		}
	}
	return true
}

// countBounded counts occurrences of s in t that stand as a whole token.
func countBounded(t, s string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(t[i:], s)
		if j < 0 {
			return n
		}
		j += i
		if bounded(t, j, j+len(s)) {
			n++
		}
		i = j + len(s)
	}
}

// intact reports whether a look-alike survives: some reading of the input
// that holds it holds it as often after redaction.
func intact(in, out *views, s string) bool {
	want := 0
	for _, t := range in.text {
		if c := countBounded(t, s); c > want {
			want = c
		}
	}
	if want == 0 {
		return true // not in the line as a token: nothing to damage
	}
	for _, t := range out.text {
		if countBounded(t, s) >= want {
			return true
		}
	}
	return false
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
		i++
		switch s[i] {
		case '"', '\\', '/':
			b.WriteByte(s[i])
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'u':
			if r, ok := hex4(s, i+1); ok {
				i += 4
				if r >= 0xd800 && r < 0xdc00 && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
					if r2, ok := hex4(s, i+3); ok && r2 >= 0xdc00 && r2 < 0xe000 {
						r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
						i += 6
					}
				}
				b.WriteRune(r)
			} else {
				b.WriteString(`\u`)
			}
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range s[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r*16 + c - '0'
		case c >= 'a' && c <= 'f':
			r = r*16 + c - 'a' + 10
		case c >= 'A' && c <= 'F':
			r = r*16 + c - 'A' + 10
		default:
			return 0, false
		}
	}
	return r, true
}

// pctDecode undoes %XX escapes and + for spaces, leniently.
func pctDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '+':
			b.WriteByte(' ')
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// ---- scoring ----------------------------------------------------------------------

type tally struct{ n, bad int }

func (t tally) rate() float64 {
	if t.n == 0 {
		return 0
	}
	return float64(t.bad) / float64(t.n)
}

type example struct{ in, out string }

type result struct {
	values, leaks     int
	looks, damaged    int
	byKind, byCtx     map[string]*tally
	byForm, byLocale  map[string]*tally
	lookType, lookCtx map[string]*tally
	classes           map[string]*tally
	classEx           map[string]example
	damagedEx         []string
	errors            int
	lineLeaks         []bool
}

func bump(m map[string]*tally, k string, bad bool) {
	t := m[k]
	if t == nil {
		t = &tally{}
		m[k] = t
	}
	t.n++
	if bad {
		t.bad++
	}
}

// lineScore is one line's verdict.
type lineScore struct {
	leaked  []bool
	damaged []bool
	out     string
	err     error
}

func scoreLine(l *line, out string) lineScore {
	in, ov := makeViews(l.text), makeViews(out)
	s := lineScore{out: out, leaked: make([]bool, len(l.pii)), damaged: make([]bool, len(l.looks))}
	for i, p := range l.pii {
		for _, n := range p.needles {
			if ov.leaked(n) {
				s.leaked[i] = true
				break
			}
		}
	}
	for i, lk := range l.looks {
		s.damaged[i] = !intact(in, ov, lk.s)
	}
	return s
}

// judge redacts every line with fn (two workers) and scores it.
func judge(lines []line, fn redactFn) *result {
	scores := make([]lineScore, len(lines))
	var wg sync.WaitGroup
	const workers = 2
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(lines); i += workers {
				out, err := fn(&lines[i], w)
				if err != nil {
					scores[i] = lineScore{err: err, leaked: make([]bool, len(lines[i].pii)), damaged: make([]bool, len(lines[i].looks))}
					continue
				}
				scores[i] = scoreLine(&lines[i], out)
			}
		}(w)
	}
	wg.Wait()
	r := &result{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byForm: map[string]*tally{}, byLocale: map[string]*tally{},
		lookType: map[string]*tally{}, lookCtx: map[string]*tally{}, classes: map[string]*tally{}, classEx: map[string]example{}}
	for i := range lines {
		l, s := &lines[i], scores[i]
		if s.err != nil {
			r.errors++
		}
		for j, p := range l.pii {
			bad := s.leaked[j]
			r.values++
			if bad {
				r.leaks++
			}
			bump(r.byKind, p.kind, bad)
			bump(r.byCtx, l.ctx, bad)
			bump(r.byForm, p.form, bad)
			bump(r.byLocale, p.locale, bad)
			cls := p.kind + " · " + l.ctx + " · " + p.form
			if bad {
				bump(r.classes, cls, true)
				if _, ok := r.classEx[cls]; !ok {
					r.classEx[cls] = example{showText(l, l.text), showText(l, s.out)}
				}
			}
		}
		for j, lk := range l.looks {
			bad := s.damaged[j]
			r.looks++
			if bad {
				r.damaged++
				if len(r.damagedEx) < 25 {
					r.damagedEx = append(r.damagedEx, lk.typ+" · "+l.ctx+": "+showText(l, l.text)+"\n      → "+showText(l, s.out))
				}
			}
			bump(r.lookType, lk.typ, bad)
			bump(r.lookCtx, l.ctx, bad)
		}
	}
	return r
}

func (r *result) recall() float64 {
	if r.values == 0 {
		return 0
	}
	return 1 - float64(r.leaks)/float64(r.values)
}

func (r *result) damage() float64 {
	if r.looks == 0 {
		return 0
	}
	return float64(r.damaged) / float64(r.looks)
}

// ---- printing ---------------------------------------------------------------------

var showAll = os.Getenv("VIGIL_EVAL_SHOW") == "1"

// showText writes a line for a report: generated values shape-masked (letters
// as a/A/x, digits as 9) unless VIGIL_EVAL_SHOW=1, and cut to 420 bytes.
func showText(l *line, s string) string {
	if !showAll {
		var known []string
		for _, p := range l.pii {
			known = append(known, p.value)
			known = append(known, p.surfaces...)
			for _, n := range p.needles {
				known = append(known, n.s)
			}
		}
		for _, lk := range l.looks {
			known = append(known, lk.s)
		}
		sort.Slice(known, func(i, j int) bool { return len(known[i]) > len(known[j]) })
		for _, k := range known {
			if len(k) >= 2 {
				s = replaceFold(s, k)
			}
		}
		s = maskDigitsAndMail(s)
	}
	s = strings.ReplaceAll(s, "\n", "⏎")
	if len(s) > 420 {
		cut := 420
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

func shape(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= 'A' && c <= 'Z':
			b.WriteByte('A')
		case c >= 'a' && c <= 'z':
			b.WriteByte('a')
		case unicode.IsDigit(c):
			b.WriteByte('9')
		case unicode.IsLetter(c):
			b.WriteByte('x')
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// replaceFold shape-masks every case-insensitive occurrence of k in s.
func replaceFold(s, k string) string {
	ls, lk := strings.ToLower(s), strings.ToLower(k)
	if len(ls) != len(s) || len(lk) != len(k) {
		return strings.ReplaceAll(s, k, shape(k))
	}
	var b strings.Builder
	for i := 0; ; {
		j := strings.Index(ls[i:], lk)
		if j < 0 {
			b.WriteString(s[i:])
			return b.String()
		}
		b.WriteString(s[i : i+j])
		b.WriteString(shape(s[i+j : i+j+len(k)]))
		i += j + len(k)
	}
}

// maskDigitsAndMail masks every digit run of three or more and every token
// holding an @, whatever produced them.
func maskDigitsAndMail(s string) string {
	out := []rune(s)
	for i := 0; i < len(out); {
		if !unicode.IsDigit(out[i]) {
			i++
			continue
		}
		j := i
		for j < len(out) && unicode.IsDigit(out[j]) {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				out[k] = '9'
			}
		}
		i = j
	}
	res := string(out)
	fields := strings.FieldsFunc(res, func(c rune) bool { return c == ' ' || c == '"' || c == '<' || c == '>' || c == ',' })
	for _, f := range fields {
		if strings.Contains(f, "@") && !strings.Contains(f, "REDACTED") {
			res = strings.ReplaceAll(res, f, shape(f))
		}
	}
	return res
}

func pct(x float64) string { return fmt.Sprintf("%.2f %%", 100*x) }

func (r *result) report(w *strings.Builder) {
	fmt.Fprintf(w, "values %d, leaked %d, recall %s; look-alikes %d, damaged %d (%.3f %%); redact errors %d\n",
		r.values, r.leaks, pct(r.recall()), r.looks, r.damaged, 100*r.damage(), r.errors)
	table := func(title string, m map[string]*tally, recall bool) {
		fmt.Fprintf(w, "\n%s\n", title)
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			t := m[k]
			if recall {
				fmt.Fprintf(w, "  %-16s %6d  leaked %5d  recall %s\n", k, t.n, t.bad, pct(1-t.rate()))
			} else {
				fmt.Fprintf(w, "  %-20s %6d  damaged %5d  (%.3f %%)\n", k, t.n, t.bad, 100*t.rate())
			}
		}
	}
	table("per kind", r.byKind, true)
	table("per context", r.byCtx, true)
	table("per form", r.byForm, true)
	table("per locale", r.byLocale, true)
	table("damage per look-alike type", r.lookType, false)
	table("damage per context", r.lookCtx, false)
	type cls struct {
		k string
		n int
	}
	var cs []cls
	for k, t := range r.classes {
		cs = append(cs, cls{k, t.n})
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].n > cs[j].n || cs[i].n == cs[j].n && cs[i].k < cs[j].k })
	fmt.Fprintf(w, "\nlargest leak classes (kind · context · form)\n")
	for i, c := range cs {
		if i == 40 {
			break
		}
		ex := r.classEx[c.k]
		fmt.Fprintf(w, "  %5d  %s\n      in:  %s\n      out: %s\n", c.n, c.k, ex.in, ex.out)
	}
	fmt.Fprintf(w, "\ndamaged examples\n")
	for _, d := range r.damagedEx {
		fmt.Fprintf(w, "  %s\n", d)
	}
}
