package eightheval

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"

	"github.com/vigilops/vigil/event"
)

const (
	defaultSeed = 8
	corpusLines = 15000
)

// genLine is one generated log line, rendered with its PII and as background.
type genLine struct {
	idx    int
	ctx    string
	loc    string
	ndjson bool
	text   string // with PII
	back   string // with placeholders
	marked string // with vigil-style markers (a perfect redactor's output)
	vals   []pii
	looks  []look
}

func render(seed uint64, i int, m mode) *cx {
	f := gofakeit.New(seed*1_000_003 + uint64(i))
	l := locales[f.IntN(len(locales))]
	ctx := contexts[i%len(contexts)]
	c := &cx{f: f, l: l, m: m, ctx: ctx.name, ndjson: ctx.ndjson}
	return c
}

// generate renders n lines; withMarkers also renders each with vigil-style
// markers in place of its PII (for TestJudge).
func generate(seed uint64, n int, withMarkers bool) ([]genLine, error) {
	out := make([]genLine, 0, n)
	for i := 0; i < n; i++ {
		ctx := contexts[i%len(contexts)]
		var texts [3]string
		var cs [3]*cx
		last := modeBack
		if withMarkers {
			last = modeMarker
		}
		for m := modePII; m <= last; m++ {
			c := render(seed, i, m)
			texts[m] = ctx.render(c)
			cs[m] = c
		}
		a, b := cs[modePII], cs[modeBack]
		if len(a.vals) != len(b.vals) || len(a.looks) != len(b.looks) || withMarkers && len(a.vals) != len(cs[modeMarker].vals) {
			return nil, fmt.Errorf("line %d (%s): renderings differ in what they plant", i, ctx.name)
		}
		for k := range a.looks {
			if a.looks[k] != b.looks[k] {
				return nil, fmt.Errorf("line %d (%s): look-alike %d differs between renderings", i, ctx.name, k)
			}
		}
		out = append(out, genLine{idx: i, ctx: ctx.name, loc: a.l.code, ndjson: ctx.ndjson, text: texts[modePII], back: texts[modeBack], marked: texts[modeMarker], vals: a.vals, looks: a.looks})
	}
	return out, nil
}

// redactor turns one line into its output; canon brings an NDJSON line into
// the shape the redactor's output has (decoded and re-encoded), so the
// background and the output are compared in the same form.
type redactor func(ndjson bool, line string) (string, error)

func canon(dec *event.Decoder, line string) (string, error) {
	var ev event.Event
	if err := dec.Decode([]byte(line), &ev); err != nil {
		return "", err
	}
	return string(ev.AppendJSON(nil)), nil
}

// ---- normalisation ----

func hexv(c byte) int {
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

func jsonUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch s[i+1] {
		case '"', '\\', '/', '\'', ',', ';', '+', '#':
			b.WriteByte(s[i+1])
			i++
		case 'n':
			b.WriteByte('\n')
			i++
		case 'r':
			b.WriteByte('\r')
			i++
		case 't':
			b.WriteByte('\t')
			i++
		case 'u':
			if i+5 < len(s) {
				v := 0
				ok := true
				for k := 2; k < 6; k++ {
					h := hexv(s[i+k])
					if h < 0 {
						ok = false
						break
					}
					v = v*16 + h
				}
				if ok {
					r := rune(v)
					i += 5
					if r >= 0xd800 && r < 0xdc00 && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
						lo := 0
						for k := 3; k < 7; k++ {
							lo = lo*16 + max(hexv(s[i+k]), 0)
						}
						r = 0x10000 + (r-0xd800)<<10 + rune(lo-0xdc00)
						i += 6
					}
					b.WriteRune(r)
					continue
				}
			}
			b.WriteByte('\\')
		default:
			b.WriteByte('\\')
		}
	}
	return b.String()
}

var entities = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'", "&#39;", "'", "&#10;", "\n", "''", "'", `""`, `"`)

func urlDecode(s string, plus bool) string {
	if !strings.Contains(s, "%") && !(plus && strings.Contains(s, "+")) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && hexv(s[i+1]) >= 0 && hexv(s[i+2]) >= 0 {
			b.WriteByte(byte(hexv(s[i+1])<<4 | hexv(s[i+2])))
			i += 2
			continue
		}
		if plus && s[i] == '+' {
			b.WriteByte(' ')
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// views are the forms of one text a fragment is searched in.
type views struct {
	n [3]string // unescaped; + URL-decoded; + '+' as space
	d [2]string // compact forms of n[1], n[2]
}

func makeViews(s string) views {
	var v views
	n1 := strings.ToLower(entities.Replace(jsonUnescape(jsonUnescape(s))))
	n1 = strings.ReplaceAll(n1, "^fd", "^fd\x01") // ZPL glues field data to its command
	v.n[0], v.n[1], v.n[2] = n1, n1, n1
	if strings.IndexByte(n1, '%') >= 0 {
		v.n[1] = strings.ToLower(urlDecode(urlDecode(n1, false), false))
	}
	if strings.IndexByte(n1, '%') >= 0 || strings.IndexByte(n1, '+') >= 0 {
		v.n[2] = strings.ToLower(urlDecode(urlDecode(n1, true), false))
	}
	v.d[0] = compact(v.n[1])
	v.d[1] = v.d[0]
	if v.n[2] != v.n[1] {
		v.d[1] = compact(v.n[2])
	}
	return v
}

// leaked reports whether a fragment of p survives in out beyond what the
// background holds, and the first fragment that did.
func leaked(p *pii, out, back *views) (bool, string, int) {
	for _, fr := range p.frags {
		for k := range out.n {
			if strings.Contains(out.n[k], fr) && strings.Count(out.n[k], fr) > strings.Count(back.n[k], fr) {
				return true, fr, k
			}
		}
	}
	for _, fr := range p.dfrags {
		for k := range out.d {
			if strings.Contains(out.d[k], fr) && strings.Count(out.d[k], fr) > strings.Count(back.d[k], fr) {
				return true, fr, 3 + k
			}
		}
	}
	return false, "", 0
}

func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// sameClass: both digits, or both letters (a value glued to a letter of
// another class, as in ZPL's ^FD1Z…, still counts).
func sameClass(a, b rune) bool {
	if unicode.IsDigit(a) || unicode.IsDigit(b) {
		return unicode.IsDigit(a) && unicode.IsDigit(b)
	}
	return isWord(a) && isWord(b) && a < 0x2e80 && b < 0x2e80
}

// countBounded counts occurrences of sub in s not glued to a letter or digit.
func countBounded(s, sub string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(s[i:], sub)
		if j < 0 {
			return n
		}
		at := i + j
		end := at + len(sub)
		okL, okR := true, true
		if at > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:at])
			f, _ := utf8.DecodeRuneInString(sub)
			okL = !sameClass(r, f)
		}
		if end < len(s) {
			r, _ := utf8.DecodeRuneInString(s[end:])
			l, _ := utf8.DecodeLastRuneInString(sub)
			okR = !sameClass(r, l)
		}
		if okL && okR {
			n++
		}
		i = at + max(1, len(sub))
	}
}

// ---- results ----

type tally struct{ n, bad int }

func (t tally) rate() float64 {
	if t.n == 0 {
		return 1
	}
	return 1 - float64(t.bad)/float64(t.n)
}

type example struct{ value, output string }

type result struct {
	values, leaks  int
	looks, damaged int
	byKind         map[string]*tally
	byCtx          map[string]*tally
	byLoc          map[string]*tally
	byShape        map[string]*tally // kind/shape/ctx
	lookByType     map[string]*tally
	lookByCtx      map[string]*tally
	leakEx, damEx  map[string]example
	leakShape      map[string]int
	failures       []string
}

func newResult() *result {
	return &result{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{}, byShape: map[string]*tally{},
		lookByType: map[string]*tally{}, lookByCtx: map[string]*tally{}, leakEx: map[string]example{}, damEx: map[string]example{}, leakShape: map[string]int{}}
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

func showReal() bool { return os.Getenv("VIGIL_EVAL_SHOW") == "1" }

// maskShape hides a value's letters and digits, keeping its shape.
func maskShape(s string) string {
	if showReal() {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsDigit(r):
			return '9'
		case unicode.IsUpper(r):
			return 'A'
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			return 'a'
		}
		return r
	}, s)
}

func excerpt(s, frag string) string {
	ls := strings.ToLower(s)
	i := strings.Index(ls, frag)
	if i < 0 || len(ls) != len(s) {
		i = 0
	}
	a, b := max(0, i-70), min(len(s), i+len(frag)+70)
	for a > 0 && !utf8.RuneStart(s[a]) {
		a--
	}
	for b < len(s) && !utf8.RuneStart(s[b]) {
		b++
	}
	return strings.ReplaceAll(s[a:b], "\n", "⏎")
}

// judge redacts every line and scores the output against its background.
func judge(lines []genLine, red redactor, useMarked bool) (*result, error) {
	res := newResult()
	dec := event.NewDecoder(nil)
	for i := range lines {
		ln := &lines[i]
		in := ln.text
		if useMarked {
			in = ln.marked
		}
		out, err := red(ln.ndjson, in)
		if err != nil {
			return nil, fmt.Errorf("line %d (%s): %v", ln.idx, ln.ctx, err)
		}
		back := ln.back
		if ln.ndjson {
			if back, err = canon(dec, ln.back); err != nil {
				return nil, fmt.Errorf("line %d (%s): background does not decode: %v", ln.idx, ln.ctx, err)
			}
		}
		ov, bv := makeViews(out), makeViews(back)
		for k := range ln.vals {
			p := &ln.vals[k]
			bad, fr, view := leaked(p, &ov, &bv)
			res.values++
			bump(res.byKind, p.kind, bad)
			bump(res.byCtx, ln.ctx, bad)
			bump(res.byLoc, ln.loc, bad)
			cls := p.kind + "/" + p.shape + " in " + ln.ctx
			bump(res.byShape, cls, bad)
			if bad {
				res.leaks++
				res.leakShape[p.kind+"/"+p.shape]++
				if _, ok := res.leakEx[cls]; !ok {
					src := ov.n[min(view, 2)]
					if view >= 3 {
						src = ov.d[view-3]
					}
					res.leakEx[cls] = example{value: maskShape(p.text), output: maskShape(excerpt(src, fr))}
				}
			}
		}
		seen := map[string]bool{}
		for _, lk := range ln.looks {
			t := strings.ToLower(lk.text)
			if seen[t] {
				continue
			}
			seen[t] = true
			best, nb, nr := 0, -1, 0
			for k := range bv.n {
				if c := countBounded(bv.n[k], t); c > nb {
					best, nb = k, c
				}
			}
			nr = countBounded(ov.n[best], t)
			if nb == 0 {
				res.failures = append(res.failures, fmt.Sprintf("line %d (%s): look-alike %s not found in its own background", ln.idx, ln.ctx, lk.typ))
				continue
			}
			bad := nr < nb
			res.looks++
			bump(res.lookByType, lk.typ, bad)
			bump(res.lookByCtx, ln.ctx, bad)
			if bad {
				res.damaged++
				if _, ok := res.damEx[lk.typ+" in "+ln.ctx]; !ok {
					at := strings.Index(bv.n[best], t)
					o := ov.n[best]
					a, b := max(0, min(at-60, len(o))), min(len(o), at+len(t)+60)
					for a > 0 && !utf8.RuneStart(o[a]) {
						a--
					}
					for b < len(o) && !utf8.RuneStart(o[b]) {
						b++
					}
					res.damEx[lk.typ+" in "+ln.ctx] = example{value: maskShape(lk.text), output: maskShape(strings.ReplaceAll(o[a:b], "\n", "⏎"))}
				}
			}
		}
	}
	return res, nil
}

func (r *result) recall() float64 { return tally{r.values, r.leaks}.rate() }
func (r *result) damage() float64 {
	if r.looks == 0 {
		return 0
	}
	return float64(r.damaged) / float64(r.looks)
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func pct(x float64) string { return strconv.FormatFloat(100*x, 'f', 2, 64) + " %" }

func (r *result) report(logf func(string, ...any)) {
	logf("values %d, leaked %d, recall %s; look-alikes %d, damaged %d (%s)", r.values, r.leaks, pct(r.recall()), r.looks, r.damaged, strconv.FormatFloat(100*r.damage(), 'f', 3, 64)+" %")
	section := func(title string, m map[string]*tally, damage bool) {
		logf("-- %s", title)
		for _, k := range sortedKeys(m) {
			t := m[k]
			if damage {
				logf("   %-26s %6d  damaged %4d  %s", k, t.n, t.bad, strconv.FormatFloat(100*float64(t.bad)/float64(t.n), 'f', 3, 64)+" %")
			} else {
				logf("   %-26s %6d  leaked %5d  recall %s", k, t.n, t.bad, pct(t.rate()))
			}
		}
	}
	section("recall per kind", r.byKind, false)
	section("recall per context", r.byCtx, false)
	section("recall per locale", r.byLoc, false)
	section("damage per look-alike type", r.lookByType, true)
	section("damage per context", r.lookByCtx, true)
	type kv struct {
		k string
		n int
	}
	var shapes []kv
	for k, n := range r.leakShape {
		shapes = append(shapes, kv{k, n})
	}
	sort.Slice(shapes, func(i, j int) bool {
		return shapes[i].n > shapes[j].n || shapes[i].n == shapes[j].n && shapes[i].k < shapes[j].k
	})
	logf("-- leaks per kind/shape (all contexts)")
	for _, x := range shapes {
		logf("   %-34s %5d", x.k, x.n)
	}
	var top []kv
	for k, t := range r.byShape {
		if t.bad > 0 {
			top = append(top, kv{k, t.bad})
		}
	}
	sort.Slice(top, func(i, j int) bool { return top[i].n > top[j].n || top[i].n == top[j].n && top[i].k < top[j].k })
	logf("-- top leak classes (kind/shape in context)%s", map[bool]string{true: "", false: " — examples shape-masked; VIGIL_EVAL_SHOW=1 shows values"}[showReal()])
	for i, x := range top {
		if i >= 120 && !strings.HasPrefix(x.k, "card/") && !strings.HasPrefix(x.k, "iban/") && !strings.HasPrefix(x.k, "cn_id/") && !strings.HasPrefix(x.k, "credential/") {
			continue // past the top 120, only the kinds with a zero target
		}
		ex := r.leakEx[x.k]
		logf("   %4d  %s\n         value:  %s\n         output: %s", x.n, x.k, ex.value, ex.output)
	}
	var dtop []kv
	for k := range r.damEx {
		dtop = append(dtop, kv{k, 0})
	}
	sort.Slice(dtop, func(i, j int) bool { return dtop[i].k < dtop[j].k })
	logf("-- damaged look-alikes (first of each type and context)")
	for i, x := range dtop {
		if i == 40 {
			break
		}
		ex := r.damEx[x.k]
		logf("   %s\n         value:  %s\n         output: %s", x.k, ex.value, ex.output)
	}
}
