package sixtheval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/vigilops/vigil/event"
)

// ---- the corpus ----

type line struct {
	idx              int
	ctx, loc         string
	event            bool
	real, bg, marker string
	items            []item
	looks            []look
}

var kindWeights = []struct {
	kind string
	w    int
}{{"name", 20}, {"phone", 18}, {"email", 14}, {"address", 16}, {"credential", 16}, {"card", 7}, {"iban", 5}, {"cn_id", 4}}

// render draws line i of the corpus for one mode. The same seed and index make
// the same choices in every mode; only the PII text differs.
func render(seed uint64, i int, m mode) (string, bool, *gen) {
	g := newGen(seed, i, m)
	g.loc = locales[g.n(len(locales))]
	c := contexts[g.n(len(contexts))]
	g.ctx = c.name
	n := 1
	if r := g.n(10); r >= 4 && r < 8 {
		n = 2
	} else if r >= 8 {
		n = 3
	}
	p := g.person()
	seen := map[string]bool{}
	var vs []pv
	for len(vs) < n {
		k := weightedKind(g)
		if seen[k] {
			continue
		}
		seen[k] = true
		switch k {
		case "name":
			vs = append(vs, g.name(p))
		case "phone":
			vs = append(vs, g.phone())
		case "email":
			vs = append(vs, g.email())
		case "address":
			vs = append(vs, g.address())
		case "credential":
			vs = append(vs, g.credential())
		case "card":
			vs = append(vs, g.card())
		case "iban":
			vs = append(vs, g.iban())
		default:
			vs = append(vs, g.cnID())
		}
	}
	s, ev := c.fn(g, vs)
	return s, ev, g
}

func weightedKind(g *gen) string {
	t := 0
	for _, k := range kindWeights {
		t += k.w
	}
	r := g.n(t)
	for _, k := range kindWeights {
		if r < k.w {
			return k.kind
		}
		r -= k.w
	}
	return "name"
}

func buildCorpus(seed uint64, n int) []*line {
	out := make([]*line, n)
	var wg sync.WaitGroup
	const workers = 2
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				real, ev, g := render(seed, i, modeReal)
				bg, _, _ := render(seed, i, modeBackground)
				mk, _, _ := render(seed, i, modeMarker)
				out[i] = &line{idx: i, ctx: g.ctx, loc: g.loc.code, event: ev, real: real, bg: bg, marker: mk, items: g.items, looks: g.looks}
			}
		}(w)
	}
	wg.Wait()
	return out
}

// ---- views ----

// views are the forms of a line the judge searches: JSON escapes undone (t1),
// then URL encoding undone (t2), both with vigil's markers cut out and
// lower-cased; c1 and c2 are the same with separators removed.
type views struct{ t1, t2, c1, c2 string }

func viewsOf(s string) views {
	u := unescapeAll(s)
	t1 := strings.ToLower(stripMarkers(u))
	t2 := strings.ToLower(stripMarkers(urlDecode(u)))
	return views{t1: t1, t2: t2, c1: compactView(t1), c2: compactView(t2)}
}

func compactView(s string) string {
	return strings.Map(func(r rune) rune {
		if isSep(r) {
			return -1
		}
		return r
	}, s)
}

// unescapeAll undoes JSON string escapes, repeatedly (a JSON string inside a
// JSON string inside an event), at most four levels.
func unescapeAll(s string) string {
	for range 4 {
		if !strings.Contains(s, `\`) {
			return s
		}
		u := unescapeOnce(s)
		if u == s {
			return s
		}
		s = u
	}
	return s
}

func unescapeOnce(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		switch n := s[i+1]; n {
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
			r, ok := hex4(s, i+2)
			if !ok {
				b.WriteByte(c)
				continue
			}
			i += 5
			if r >= 0xd800 && r < 0xdc00 && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
				if lo, ok := hex4(s, i+3); ok && lo >= 0xdc00 && lo < 0xe000 {
					r = 0x10000 + (r-0xd800)<<10 + (lo - 0xdc00)
					i += 6
				}
			}
			b.WriteRune(r)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func hex4(s string, at int) (rune, bool) {
	if at+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[at : at+4]) {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return r, true
}

func urlDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
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
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// stripMarkers replaces vigil's markers ([REDACTED:kind], [HASH:kind:hex],
// [REDACTED:card:****1111]) by a NUL, so that what they reveal by design is
// not read as a leak and they do not join their neighbours.
func stripMarkers(s string) string {
	if !strings.Contains(s, "[REDACTED:") && !strings.Contains(s, "[HASH:") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "[REDACTED:")
		j := strings.Index(s, "[HASH:")
		if i < 0 || (j >= 0 && j < i) {
			i = j
		}
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		e := strings.IndexByte(s[i:], ']')
		if e < 0 || e > 120 {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteByte(0)
		s = s[i+e+1:]
	}
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// countTok counts occurrences of v in s that do not continue a longer run of
// letters or digits on either side.
func countTok(s, v string) int {
	n := 0
	for off := 0; ; {
		i := strings.Index(s[off:], v)
		if i < 0 {
			return n
		}
		i += off
		okL := i == 0 || !isWordByte(v[0]) || !isWordByte(s[i-1])
		e := i + len(v)
		okR := e == len(s) || !isWordByte(v[len(v)-1]) || !isWordByte(s[e])
		if okL && okR {
			n++
		}
		off = i + 1
	}
}

// ---- judging ----

// producer returns the text the judge reads for a line: vigil's output, or a
// reference redactor's.
type producer func(l *line, dec *event.Decoder) (string, error)

func eventText(dec *event.Decoder, s string, f func(*event.Event)) (string, error) {
	var ev event.Event
	if err := dec.Decode([]byte(s), &ev); err != nil {
		return "", err
	}
	if f != nil {
		f(&ev)
	}
	return string(ev.AppendJSON(nil)), nil
}

func background(l *line, dec *event.Decoder) (string, error) {
	if l.event {
		return eventText(dec, l.bg, nil)
	}
	return l.bg, nil
}

func identity(l *line, dec *event.Decoder) (string, error) {
	if l.event {
		return eventText(dec, l.real, nil)
	}
	return l.real, nil
}

// oracle replaces every planted value by vigil's marker: it leaks nothing.
func oracle(l *line, dec *event.Decoder) (string, error) {
	if l.event {
		return eventText(dec, l.marker, nil)
	}
	return l.marker, nil
}

type tally struct{ total, bad int }

type class struct {
	n       int
	example string
}

type report struct {
	values, leaked     int
	looks, damaged     int
	kind, ctx, loc     map[string]*tally
	form               map[string]*tally // kind/form: the shape a value was written in
	lookTyp, lookCtx   map[string]*tally
	leakCls, damageCls map[string]*class
	decodeErrs         int
	invisible          int // look-alikes the background does not show: a generator bug
	firstDecodeErr     string
}

func (r *report) add(m map[string]*tally, k string, bad bool) {
	t := m[k]
	if t == nil {
		t = &tally{}
		m[k] = t
	}
	t.total++
	if bad {
		t.bad++
	}
}

func (r *report) cls(m map[string]*class, k, ex string) {
	c := m[k]
	if c == nil {
		c = &class{example: ex}
		m[k] = c
	}
	c.n++
}

func judge(lines []*line, out producer) *report {
	rep := &report{kind: map[string]*tally{}, form: map[string]*tally{}, ctx: map[string]*tally{}, loc: map[string]*tally{}, lookTyp: map[string]*tally{}, lookCtx: map[string]*tally{}, leakCls: map[string]*class{}, damageCls: map[string]*class{}}
	show := os.Getenv("VIGIL_EVAL_SHOW") == "1"
	type res struct {
		leaked  []bool
		leakAt  []string
		damaged []bool
		hidden  int
		err     error
	}
	results := make([]res, len(lines))
	var wg sync.WaitGroup
	const workers = 2
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			dec := event.NewDecoder(nil)
			for i := w; i < len(lines); i += workers {
				l := lines[i]
				o, err := out(l, dec)
				if err != nil {
					results[i].err = err
					continue
				}
				b, err := background(l, dec)
				if err != nil {
					results[i].err = err
					continue
				}
				ov, bv := viewsOf(o), viewsOf(b)
				r := res{leaked: make([]bool, len(l.items)), leakAt: make([]string, len(l.items)), damaged: make([]bool, len(l.looks))}
				for j, it := range l.items {
					r.leaked[j], r.leakAt[j] = leaks(it, ov, bv)
				}
				for j, lk := range l.looks {
					v := strings.ToLower(lk.val)
					b1, b2 := countTok(bv.t1, v), countTok(bv.t2, v)
					if b1 == 0 && b2 == 0 {
						r.hidden++
					}
					r.damaged[j] = countTok(ov.t1, v) < b1 || countTok(ov.t2, v) < b2
				}
				results[i] = r
			}
		}(w)
	}
	wg.Wait()
	for i, l := range lines {
		r := results[i]
		if r.err != nil {
			rep.decodeErrs++
			if rep.firstDecodeErr == "" {
				rep.firstDecodeErr = fmt.Sprintf("line %d (%s): %v", l.idx, l.ctx, r.err)
			}
			continue
		}
		rep.invisible += r.hidden
		for j, it := range l.items {
			bad := r.leaked[j]
			rep.values++
			if bad {
				rep.leaked++
			}
			rep.add(rep.kind, it.kind, bad)
			rep.add(rep.form, it.kind+"/"+it.form, bad)
			rep.add(rep.ctx, it.ctx, bad)
			rep.add(rep.loc, it.loc, bad)
			if bad {
				ex := it.shown
				if !show {
					ex = shapeMask(ex)
				}
				rep.cls(rep.leakCls, it.kind+" "+it.form+" in "+it.ctx, fmt.Sprintf("%s (%s) near %s", ex, it.loc, r.leakAt[j]))
			}
		}
		for j, lk := range l.looks {
			bad := r.damaged[j]
			rep.looks++
			if bad {
				rep.damaged++
			}
			rep.add(rep.lookTyp, lk.typ, bad)
			rep.add(rep.lookCtx, lk.ctx, bad)
			if bad {
				ex := lk.val
				if !show {
					ex = shapeMask(ex)
				}
				rep.cls(rep.damageCls, lk.typ+" in "+lk.ctx, ex)
			}
		}
	}
	return rep
}

// leaks reports whether a fragment of it occurs more often in the output than
// in the background, in any view, and a shape-masked excerpt of where.
func leaks(it item, o, b views) (bool, string) {
	vo, vb := [2]string{o.t1, o.t2}, [2]string{b.t1, b.t2}
	if it.compact {
		vo, vb = [2]string{o.c1, o.c2}, [2]string{b.c1, b.c2}
	}
	for _, f := range it.frags {
		for k := 0; k < 2; k++ {
			if !strings.Contains(vo[k], f) {
				continue
			}
			if strings.Count(vo[k], f) > strings.Count(vb[k], f) {
				return true, excerpt(vo[k], f)
			}
		}
	}
	return false, ""
}

func excerpt(s, f string) string {
	i := strings.Index(s, f)
	lo, hi := max(0, i-40), min(len(s), i+len(f)+40)
	for lo > 0 && !isRuneStart(s[lo]) {
		lo--
	}
	for hi < len(s) && !isRuneStart(s[hi]) {
		hi++
	}
	ex := strings.ReplaceAll(s[lo:hi], "\x00", "▮")
	ex = strings.ReplaceAll(ex, "\n", "⏎")
	if os.Getenv("VIGIL_EVAL_SHOW") != "1" {
		ex = shapeMask(ex)
	}
	return "«" + ex + "»"
}

func isRuneStart(c byte) bool { return c&0xc0 != 0x80 }

// shapeMask keeps a value's shape and hides its content.
func shapeMask(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsDigit(r):
			return '9'
		case unicode.IsUpper(r):
			return 'A'
		case unicode.IsLetter(r):
			return 'a'
		}
		return r
	}, s)
}

func (r *report) recall() float64 { return pct(r.values-r.leaked, r.values) }
func (r *report) damage() float64 { return pct(r.damaged, r.looks) }

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

func sortedKeys[T any](m map[string]T) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// table writes recall (or damage) per key, worst first.
func (r *report) table(title string, m map[string]*tally, damage bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", title)
	ks := sortedKeys(m)
	val := func(t *tally) float64 {
		if damage {
			return pct(t.bad, t.total)
		}
		return pct(t.total-t.bad, t.total)
	}
	sort.SliceStable(ks, func(i, j int) bool {
		if damage {
			return val(m[ks[i]]) > val(m[ks[j]])
		}
		return val(m[ks[i]]) < val(m[ks[j]])
	})
	for _, k := range ks {
		t := m[k]
		if damage {
			fmt.Fprintf(&b, "  %-24s %7d  damaged %5d  %7.3f %%\n", k, t.total, t.bad, val(t))
		} else {
			fmt.Fprintf(&b, "  %-24s %7d  leaked %5d  recall %7.3f %%\n", k, t.total, t.bad, val(t))
		}
	}
	return b.String()
}

func topClasses(m map[string]*class, n int) string {
	ks := sortedKeys(m)
	sort.SliceStable(ks, func(i, j int) bool { return m[ks[i]].n > m[ks[j]].n })
	var b strings.Builder
	for i, k := range ks {
		if i == n {
			fmt.Fprintf(&b, "  … %d more classes\n", len(ks)-n)
			break
		}
		fmt.Fprintf(&b, "  %5d  %s\n         e.g. %s\n", m[k].n, k, m[k].example)
	}
	return b.String()
}
