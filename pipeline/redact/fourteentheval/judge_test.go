package fourteentheval

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"

	"github.com/vigilops/vigil/event"
)

// line is one generated log line: the text sent to the redactor, the same
// line with placeholders where personal values stood (bg), and what it holds.
type line struct {
	ctx, loc string
	text, bg string
	json     bool
	clean    bool
	plants   []plant
	looks    []look
}

// generate builds n lines from seed. Each line has its own random streams,
// so a line does not depend on the ones before it.
func generate(seed uint64, n int) []line {
	out := make([]line, n)
	parallel(n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = generateLine(seed, i)
		}
	})
	return out
}

// parallel runs f over [0,n) in one chunk per processor.
func parallel(n int, f func(lo, hi int)) {
	k := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for c := 0; c < k; c++ {
		lo, hi := n*c/k, n*(c+1)/k
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
}

func generateLine(seed uint64, i int) line {
	sel := rand.New(rand.NewPCG(seed, uint64(i)))
	loc := &locales[sel.IntN(len(locales))]
	ctx := contexts[i%len(contexts)]
	clean := sel.IntN(2) == 0
	pr := rand.New(rand.NewPCG(seed^0x5eed, uint64(i)))
	pf := gofakeit.New(seed*1_000_003 + uint64(i))
	p, p2 := newPerson(pr, pf, loc), newPerson(pr, pf, loc)
	blank := &person{blank: true, loc: loc}
	render := func(cur, cur2 *person) (*em, string, bool) {
		e := &em{p: cur, real: p, p2: cur2, real2: p2, loc: loc,
			r: rand.New(rand.NewPCG(seed+7, uint64(i))), f: gofakeit.New(seed*7_000_001 + uint64(i))}
		render := ctx.pii
		if clean {
			render = ctx.clean
		}
		s, js := render(e)
		return e, s, js
	}
	e, text, js := render(p, p2)
	_, bg, _ := render(blank, blank)
	return line{ctx: ctx.name, loc: loc.tag, text: text, bg: bg, json: js, clean: clean, plants: e.plants, looks: e.looks}
}

// redactor is what the judge measures: the real one or the self-test's fakes.
type redactor interface {
	text(s string) string
	event(line string) (string, error)
}

// normalize decodes and re-encodes an NDJSON line without redaction, so the
// placeholder line is written as the redactor's output is.
func normalize(dec *event.Decoder, s string) (string, error) {
	var ev event.Event
	if err := dec.Decode([]byte(s), &ev); err != nil {
		return "", err
	}
	return string(ev.AppendJSON(nil)), nil
}

// views are the ways a reader could read a value back from text: as
// written, JSON-unescaped once and twice, percent-decoded; each also
// case-folded, reduced to digits, or to letters and digits.
type views struct {
	texts         []string
	fold, dig, an []string
}

func newViews(s string) *views {
	j1 := jsonUnescape(s)
	j2 := jsonUnescape(j1)
	return &views{texts: []string{s, j1, j2, pctDecode(s), pctDecode(j1), pctDecode(j2)}}
}

func (v *views) get(view int) []string {
	switch view {
	case viewFold, viewWord:
		if v.fold == nil {
			for _, t := range v.texts {
				v.fold = append(v.fold, fold(t))
			}
		}
		return v.fold
	case viewDigits:
		if v.dig == nil {
			for _, t := range v.texts {
				v.dig = append(v.dig, digitsView(t))
			}
		}
		return v.dig
	case viewAlnum:
		if v.an == nil {
			for _, t := range v.texts {
				v.an = append(v.an, alnumView(t))
			}
		}
		return v.an
	}
	return v.texts
}

func count(hay, n string, view int) int {
	switch view {
	case viewFold:
		return strings.Count(hay, fold(n))
	case viewWord:
		return countWord(hay, fold(n))
	}
	return strings.Count(hay, n)
}

// folder folds case so that a Turkish name upper-cased by a template reads
// back as written (İ, ı and i are one letter to a reader).
var folder = strings.NewReplacer("i\u0307", "i", "ı", "i")

func fold(s string) string { return folder.Replace(strings.ToLower(s)) }

// countWord counts n in hay where it is not part of a longer word.
func countWord(hay, n string) int {
	c := 0
	for off := 0; ; {
		i := strings.Index(hay[off:], n)
		if i < 0 {
			return c
		}
		i += off
		if !joinedBefore(hay[:i]) && !joinedAfter(hay[i+len(n):]) {
			c++
		}
		off = i + len(n)
	}
}

// joinedBefore reports whether the text before a match continues the same
// token: a letter or digit, or a handle's joiner ("lieke.hoekstra@…" holds
// the e-mail address, not the name in its place).
func joinedBefore(s string) bool {
	c, n := utf8.DecodeLastRuneInString(s)
	if isWordRune(c) || c == '_' || c == '@' || c == '+' {
		return true
	}
	if c == '.' {
		d, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
		return isWordRune(d)
	}
	return false
}

func joinedAfter(s string) bool {
	c, n := utf8.DecodeRuneInString(s)
	if isWordRune(c) || c == '_' || c == '@' || c == '+' {
		return true
	}
	if c == '.' {
		d, _ := utf8.DecodeRuneInString(s[n:])
		return isWordRune(d)
	}
	return false
}

func isWordRune(c rune) bool {
	return c != utf8.RuneError && (unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c))
}

// digitsView keeps digits (native ones as ASCII) and drops the separators
// people put inside numbers; anything else breaks a run.
func digitsView(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			b.WriteRune(c)
		case unicode.IsDigit(c):
			b.WriteRune('0' + digitValue(c))
		case strings.ContainsRune(" -.()/+\u00a0\t", c):
		default:
			b.WriteByte('|')
		}
	}
	return b.String()
}

func digitValue(c rune) rune {
	for _, z := range []rune{'٠', '۰', '०', '০', '០', '０'} {
		if c >= z && c <= z+9 {
			return c - z
		}
	}
	return 0
}

func alnumView(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)):
			b.WriteRune(unicode.ToUpper(c))
		case c == ' ' || c == '-' || c == '\u00a0':
		default:
			b.WriteByte('|')
		}
	}
	return b.String()
}

// jsonUnescape undoes one level of JSON string escaping wherever it appears.
func jsonUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'u':
			if i+4 < len(s) {
				var r rune
				if _, err := fmt.Sscanf(s[i+1:i+5], "%04x", &r); err == nil {
					if r >= 0xd800 && r < 0xdc00 && i+10 < len(s) && s[i+5] == '\\' && s[i+6] == 'u' {
						var lo rune
						if _, err := fmt.Sscanf(s[i+7:i+11], "%04x", &lo); err == nil {
							r = (r-0xd800)<<10 + (lo - 0xdc00) + 0x10000
							i += 6
						}
					}
					b.WriteRune(r)
					i += 4
					continue
				}
			}
			b.WriteString(`\u`)
		default:
			b.WriteByte(s[i])
		}
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

// pctDecode undoes URL encoding (%XX and '+') wherever it appears.
func pctDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '%':
			if i+2 < len(s) {
				h, ok1 := unhex(s[i+1])
				l, ok2 := unhex(s[i+2])
				if ok1 && ok2 {
					b.WriteByte(h<<4 | l)
					i += 2
					continue
				}
			}
		case '+':
			b.WriteByte(' ')
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// leaked reports whether any needle of p is seen more often in the output
// than in the placeholder line, in any view; where tells the first view text
// and needle that showed it.
func leaked(p plant, out, bg *views) (bool, string, string) {
	for _, n := range p.needles {
		o, g := out.get(n.view), bg.get(n.view)
		for i := range o {
			if count(o[i], n.s, n.view) > count(g[i], n.s, n.view) {
				return true, o[i], n.s
			}
		}
	}
	return false, "", ""
}

// intact reports whether the look-alike survives whole: some view in which
// the placeholder line shows it shows it as often in the output.
func intact(l look, out, bg *views) (ok, judged bool) {
	for i := range bg.texts {
		g := strings.Count(bg.texts[i], l.value)
		if g == 0 {
			continue
		}
		judged = true
		if strings.Count(out.texts[i], l.value) >= g {
			return true, true
		}
	}
	return false, judged
}

// tally counts hits out of a total under a key.
type tally map[string]*[2]int

func (t tally) add(key string, hit bool) {
	c := t[key]
	if c == nil {
		c = &[2]int{}
		t[key] = c
	}
	c[1]++
	if hit {
		c[0]++
	}
}

type example struct {
	n    int
	text string
}

// result is what the judge measured.
type result struct {
	lines, cleanLines, values, leaks, looks, damaged, absent int
	caughtByKind, caughtByCtx, caughtByLoc                   tally // hit = caught
	damByType, damByCtx                                      tally // hit = damaged
	leakClasses, damClasses                                  map[string]*example
	errors                                                   []string
}

func (res *result) recall() float64 { return 1 - float64(res.leaks)/float64(res.values) }
func (res *result) damage() float64 { return float64(res.damaged) / float64(res.looks) }

func rate(c *[2]int) float64 {
	if c == nil || c[1] == 0 {
		return 1
	}
	return float64(c[0]) / float64(c[1])
}

func (res *result) kindLeaks(kind string) int {
	c := res.caughtByKind[kind]
	if c == nil {
		return 0
	}
	return c[1] - c[0]
}

// judge redacts every line with a redactor from newR (one per goroutine)
// and measures leaks and damage.
func judge(lines []line, newR func() redactor, show bool) *result {
	k := runtime.GOMAXPROCS(0)
	parts := make([]*result, k)
	parallel(k, func(lo, hi int) {
		for c := lo; c < hi; c++ {
			parts[c] = judgeChunk(lines[len(lines)*c/k:len(lines)*(c+1)/k], newR(), show)
		}
	})
	res := parts[0]
	for _, p := range parts[1:] {
		res.merge(p)
	}
	return res
}

// merge adds o's counts to res; examples of res come first, so the result
// does not depend on scheduling.
func (res *result) merge(o *result) {
	res.lines += o.lines
	res.cleanLines += o.cleanLines
	res.values += o.values
	res.leaks += o.leaks
	res.looks += o.looks
	res.damaged += o.damaged
	res.absent += o.absent
	res.errors = append(res.errors, o.errors...)
	for _, pair := range [][2]tally{{res.caughtByKind, o.caughtByKind}, {res.caughtByCtx, o.caughtByCtx}, {res.caughtByLoc, o.caughtByLoc}, {res.damByType, o.damByType}, {res.damByCtx, o.damByCtx}} {
		for key, c := range pair[1] {
			if d := pair[0][key]; d != nil {
				d[0] += c[0]
				d[1] += c[1]
			} else {
				pair[0][key] = c
			}
		}
	}
	for _, pair := range [][2]map[string]*example{{res.leakClasses, o.leakClasses}, {res.damClasses, o.damClasses}} {
		for key, ex := range pair[1] {
			if d := pair[0][key]; d != nil {
				d.n += ex.n
			} else {
				pair[0][key] = ex
			}
		}
	}
}

func judgeChunk(lines []line, r redactor, show bool) *result {
	res := &result{caughtByKind: tally{}, caughtByCtx: tally{}, caughtByLoc: tally{}, damByType: tally{}, damByCtx: tally{},
		leakClasses: map[string]*example{}, damClasses: map[string]*example{}}
	dec := event.NewDecoder(nil)
	for _, ln := range lines {
		res.lines++
		if ln.clean {
			res.cleanLines++
		}
		out, bg := ln.text, ln.bg
		if ln.json {
			var err error
			if bg, err = normalize(dec, ln.bg); err != nil {
				res.errors = append(res.errors, fmt.Sprintf("%s: placeholder line does not decode: %v", ln.ctx, err))
				continue
			}
			if out, err = r.event(ln.text); err != nil {
				res.errors = append(res.errors, fmt.Sprintf("%s: line does not decode: %v", ln.ctx, err))
				continue
			}
		} else {
			out = r.text(ln.text)
		}
		ov, bv := newViews(out), newViews(bg)
		for _, p := range ln.plants {
			res.values++
			bad, where, n := leaked(p, ov, bv)
			res.caughtByKind.add(p.kind, !bad)
			res.caughtByCtx.add(ln.ctx, !bad)
			res.caughtByLoc.add(ln.loc, !bad)
			if bad {
				res.leaks++
				key := p.kind + " | " + ln.ctx + " | " + p.form
				ex := res.leakClasses[key]
				if ex == nil {
					if p.needles[0].view == viewDigits || p.needles[0].view == viewAlnum {
						// Show the line as written, around the value's tail.
						where, n = out, n[max(0, len(n)-3):]
					}
					ex = &example{text: snippet(where, n, show)}
					res.leakClasses[key] = ex
				}
				ex.n++
			}
		}
		for _, l := range ln.looks {
			ok, judged := intact(l, ov, bv)
			if !judged {
				res.absent++
				continue
			}
			res.looks++
			res.damByType.add(l.typ, !ok)
			res.damByCtx.add(ln.ctx, !ok)
			if !ok {
				res.damaged++
				key := l.typ + " | " + ln.ctx
				ex := res.damClasses[key]
				if ex == nil {
					ex = &example{text: snippet(out, l.value, show) + "  (was " + shape(l.value, show) + ")"}
					res.damClasses[key] = ex
				}
				ex.n++
			}
		}
	}
	return res
}

// shape masks letters and digits unless show is set: generated data can
// resemble real data, and test output must not carry it.
func shape(s string, show bool) string {
	if show {
		return s
	}
	return strings.Map(func(c rune) rune {
		switch {
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

// snippet is up to 70 bytes either side of n in s (the start of s when n is
// not in it as written), shape-masked, on one line.
func snippet(s, n string, show bool) string {
	i := strings.Index(strings.ToLower(s), strings.ToLower(n))
	lo, hi := 0, min(len(s), 140)
	if i >= 0 {
		lo, hi = max(0, i-70), min(len(s), i+len(n)+70)
	}
	for lo > 0 && !utf8.RuneStart(s[lo]) {
		lo--
	}
	for hi < len(s) && !utf8.RuneStart(s[hi]) {
		hi++
	}
	t := strings.NewReplacer("\n", "⏎", "\r", "", "\t", "⇥").Replace(s[lo:hi])
	return shape(t, show)
}

// report writes the figures in the order a reader wants them.
func (res *result) report(w func(format string, args ...any)) {
	w("lines %d (%d with no personal value), personal values %d, look-alikes %d", res.lines, res.cleanLines, res.values, res.looks)
	w("RECALL overall %.3f %% (%d leaks); DAMAGE %.3f %% (%d of %d)", 100*res.recall(), res.leaks, 100*res.damage(), res.damaged, res.looks)
	w("-- recall per kind")
	for _, k := range allKinds {
		c := res.caughtByKind[k]
		if c != nil {
			w("  %-12s %8.3f %%  %6d values  %5d leaks", k, 100*rate(c), c[1], c[1]-c[0])
		}
	}
	for _, sec := range []struct {
		title string
		t     tally
	}{{"recall per context", res.caughtByCtx}, {"recall per locale", res.caughtByLoc}} {
		w("-- %s", sec.title)
		for _, k := range sortedKeys(sec.t) {
			c := sec.t[k]
			w("  %-14s %8.3f %%  %6d values  %5d leaks", k, 100*rate(c), c[1], c[1]-c[0])
		}
	}
	for _, sec := range []struct {
		title string
		t     tally
	}{{"damage per look-alike type", res.damByType}, {"damage per context", res.damByCtx}} {
		w("-- %s", sec.title)
		for _, k := range sortedKeys(sec.t) {
			c := sec.t[k]
			w("  %-14s %8.3f %%  %6d  damaged %d", k, 100*rate(c), c[1], c[0])
		}
	}
	w("-- largest leak classes (kind | context | form)")
	for i, k := range byCount(res.leakClasses) {
		if i == 40 {
			break
		}
		w("  %5d  %s\n         e.g. %s", res.leakClasses[k].n, k, res.leakClasses[k].text)
	}
	w("-- damaged look-alikes (type | context)")
	for i, k := range byCount(res.damClasses) {
		if i == 30 {
			break
		}
		w("  %5d  %s\n         e.g. %s", res.damClasses[k].n, k, res.damClasses[k].text)
	}
	if res.absent > 0 {
		w("(%d look-alikes were not in their placeholder line and were not judged)", res.absent)
	}
	for i, e := range res.errors {
		if i == 10 {
			break
		}
		w("error: %s", e)
	}
}

func sortedKeys(t tally) []string {
	var ks []string
	for k := range t {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func byCount(m map[string]*example) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if m[ks[i]].n != m[ks[j]].n {
			return m[ks[i]].n > m[ks[j]].n
		}
		return ks[i] < ks[j]
	})
	return ks
}
