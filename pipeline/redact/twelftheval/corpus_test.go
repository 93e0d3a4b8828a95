package twelftheval

import (
	"cmp"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

const (
	defaultSeed = 20261205
	corpusLines = 15000
	piiShare    = 0.46
)

// line is one generated log line with what it holds.
type line struct {
	ctx, loc string
	json     bool
	real, bg string
	pii      []*pv
	traps    map[string]string
	order    []string
}

var kindWeights = []struct {
	kind string
	w    int
}{{kName, 6}, {kPhone, 6}, {kEmail, 5}, {kAddress, 5}, {kCred, 4}, {kCard, 2}, {kIBAN, 2}, {kCNID, 1}}

func weightedKind(b *bld) string {
	t := 0
	for _, k := range kindWeights {
		t += k.w
	}
	n := b.r.IntN(t)
	for _, k := range kindWeights {
		if n < k.w {
			return k.kind
		}
		n -= k.w
	}
	return kName
}

// renderLine draws and renders line i; called once with PII, once without.
func renderLine(b *bld, i int) (ctx, text string, isJSON bool) {
	b.loc = &locales[i%len(locales)]
	if b.r.Float64() >= piiShare {
		t := 0
		for _, x := range borings {
			t += x.weight
		}
		n := b.r.IntN(t)
		for _, x := range borings {
			if n < x.weight {
				text, isJSON = x.render(b)
				return x.ctx, text, isJSON
			}
			n -= x.weight
		}
	}
	c := contexts[b.r.IntN(len(contexts))]
	kinds := []string{allKinds[b.r.IntN(len(allKinds))]}
	for range 1 + b.r.IntN(4) {
		k := weightedKind(b)
		if k == kCNID && b.loc.code != "cn" && b.chance(0.7) {
			k = kName
		}
		kinds = append(kinds, k)
	}
	var its []item
	for _, k := range kinds {
		v := b.value(k)
		its = append(its, item{v: v, key: b.keyFor(v)})
	}
	b.r.Shuffle(len(its), func(i, j int) { its[i], its[j] = its[j], its[i] })
	text, isJSON = c.render(b, its)
	return c.name, text, isJSON
}

func generate(seed uint64, n int) []line {
	out := make([]line, 0, n)
	for i := range n {
		br, bb := newBld(seed, i, false), newBld(seed, i, true)
		ctx, real, js := renderLine(br, i)
		ctx2, bg, js2 := renderLine(bb, i)
		if ctx != ctx2 || js != js2 || len(br.pii) != len(bb.pii) {
			panic("twelftheval: the two renderings of line " + strconv.Itoa(i) + " diverged")
		}
		out = append(out, line{ctx: ctx, loc: br.loc.code, json: js, real: real, bg: bg, pii: br.pii, traps: br.traps, order: br.order})
	}
	return out
}

// redactor turns a line into its redacted output and its background output.
type redactor func(l *line) (out, bg string, err error)

func vigilRedactor(r *redact.Redactor) redactor {
	dec := event.NewDecoder(nil)
	var ev event.Event
	return func(l *line) (string, string, error) {
		if !l.json {
			return r.String(l.real), l.bg, nil
		}
		if err := dec.Decode([]byte(l.bg), &ev); err != nil {
			return "", "", fmt.Errorf("background of a %s line does not decode: %w", l.ctx, err)
		}
		bg := string(ev.JSON())
		if err := dec.Decode([]byte(l.real), &ev); err != nil {
			return "", "", fmt.Errorf("a %s line does not decode: %w", l.ctx, err)
		}
		r.Event(&ev)
		return string(ev.JSON()), bg, nil
	}
}

// identity decodes and re-encodes without redacting.
func identityRedactor() redactor {
	dec := event.NewDecoder(nil)
	var ev event.Event
	return func(l *line) (string, string, error) {
		if !l.json {
			return l.real, l.bg, nil
		}
		if err := dec.Decode([]byte(l.bg), &ev); err != nil {
			return "", "", err
		}
		bg := string(ev.JSON())
		if err := dec.Decode([]byte(l.real), &ev); err != nil {
			return "", "", err
		}
		return string(ev.JSON()), bg, nil
	}
}

// oracle replaces every planted value: its output is the background.
func oracleRedactor() redactor {
	id := identityRedactor()
	return func(l *line) (string, string, error) {
		_, bg, err := id(l)
		return bg, bg, err
	}
}

type tally struct{ n, bad int }

func (t *tally) rate() float64 {
	if t.n == 0 {
		return 0
	}
	return float64(t.bad) / float64(t.n)
}

type example struct {
	text, frag string
	at         int // where to look when the fragment is gone (damage)
}

type report struct {
	values, leaks      int
	traps, damaged     int
	unrenderedTraps    int
	byKind, byCtx      map[string]*tally
	byLoc, byKindClass map[string]*tally
	dmgType, dmgCtx    map[string]*tally
	leakClass          map[string]int
	leakEx             map[string][]example
	dmgEx              map[string][]example
	lines, bytes       int
	elapsed            time.Duration
}

func get(m map[string]*tally, k string) *tally {
	t := m[k]
	if t == nil {
		t = &tally{}
		m[k] = t
	}
	return t
}

func evaluate(lines []line, red redactor) (*report, error) {
	rep := &report{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{}, byKindClass: map[string]*tally{},
		dmgType: map[string]*tally{}, dmgCtx: map[string]*tally{}, leakClass: map[string]int{}, leakEx: map[string][]example{}, dmgEx: map[string][]example{}}
	start := time.Now()
	for i := range lines {
		l := &lines[i]
		out, bg, err := red(l)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i, err)
		}
		rep.lines++
		rep.bytes += len(l.real)
		ov, bv := makeViews(out), makeViews(bg)
		for _, v := range l.pii {
			rep.values++
			f := leakedFrag(v, ov, bv, l.pii)
			bad := 0
			if f != "" {
				bad = 1
				rep.leaks++
				cls := v.kind + " " + v.class + " in " + l.ctx
				rep.leakClass[cls]++
				if len(rep.leakEx[cls]) < 2 {
					rep.leakEx[cls] = append(rep.leakEx[cls], example{out, f, 0})
				}
			}
			for _, t := range []*tally{get(rep.byKind, v.kind), get(rep.byCtx, l.ctx), get(rep.byLoc, l.loc), get(rep.byKindClass, v.kind+" "+v.class)} {
				t.n++
				t.bad += bad
			}
		}
		for _, tv := range l.order {
			typ := l.traps[tv]
			nb := trapCount(bg, tv)
			if nb == 0 {
				rep.unrenderedTraps++ // drawn but not written into this line
				continue
			}
			rep.traps++
			bad := 0
			if trapCount(out, tv) < nb {
				bad = 1
				rep.damaged++
				k := typ + " in " + l.ctx
				if len(rep.dmgEx[k]) < 2 {
					rep.dmgEx[k] = append(rep.dmgEx[k], example{out, tv, strings.Index(bg, tv)})
				}
			}
			for _, t := range []*tally{get(rep.dmgType, typ), get(rep.dmgCtx, l.ctx)} {
				t.n++
				t.bad += bad
			}
		}
	}
	rep.elapsed = time.Since(start)
	return rep, nil
}

func (r *report) recall() float64 { return 1 - float64(r.leaks)/float64(max(r.values, 1)) }
func (r *report) damage() float64 { return float64(r.damaged) / float64(max(r.traps, 1)) }

func pct(x float64) string { return strconv.FormatFloat(100*x, 'f', 3, 64) + " %" }

func sortedKeys(m map[string]*tally, by func(a, b *tally) int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.SortFunc(ks, func(a, b string) int {
		if c := by(m[a], m[b]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return ks
}

func excerpt(e example, show bool) string {
	s := e.text
	lo := strings.Index(strings.ToLower(s), e.frag)
	if lo < 0 {
		lo = min(max(e.at-20, 0), len(s))
	}
	a, b := max(0, lo-90), min(len(s), lo+len(e.frag)+90)
	for a > 0 && a < len(s) && s[a]&0xC0 == 0x80 {
		a--
	}
	for b < len(s) && s[b]&0xC0 == 0x80 {
		b++
	}
	s = strings.ReplaceAll(s[a:b], "\n", `⏎`)
	if !show {
		s = shape(s)
	}
	return s
}

func (r *report) log(t *testing.T) {
	show := os.Getenv("VIGIL_EVAL_SHOW") == "1"
	t.Logf("%d lines (%.1f MB) redacted and judged in %s", r.lines, float64(r.bytes)/1e6, r.elapsed.Round(time.Millisecond))
	t.Logf("PII values %d, leaked %d, recall %s; look-alikes %d, damaged %d (%s); %d look-alikes drawn but not written",
		r.values, r.leaks, pct(r.recall()), r.traps, r.damaged, pct(r.damage()), r.unrenderedTraps)
	byRecall := func(a, b *tally) int { return cmp.Compare(b.rate(), a.rate()) }
	byLeaks := func(a, b *tally) int { return cmp.Compare(b.bad, a.bad) }
	section := func(title string, m map[string]*tally, limit int) {
		t.Logf("-- %s", title)
		order := byRecall
		if limit > 0 {
			order = byLeaks
		}
		for i, k := range sortedKeys(m, order) {
			if limit > 0 && i >= limit {
				break
			}
			x := m[k]
			t.Logf("   %-34s %6d values %5d leaked  recall %s", k, x.n, x.bad, pct(1-x.rate()))
		}
	}
	section("recall per kind", r.byKind, 0)
	section("recall per context", r.byCtx, 0)
	section("recall per locale", r.byLoc, 0)
	section("shapes that leak most (kind, locale/class)", r.byKindClass, 30)
	t.Logf("-- damage per look-alike type")
	for _, k := range sortedKeys(r.dmgType, byRecall) {
		x := r.dmgType[k]
		t.Logf("   %-20s %6d  damaged %4d (%s)", k, x.n, x.bad, pct(x.rate()))
	}
	t.Logf("-- damage per context")
	for _, k := range sortedKeys(r.dmgCtx, byRecall) {
		x := r.dmgCtx[k]
		t.Logf("   %-20s %6d  damaged %4d (%s)", k, x.n, x.bad, pct(x.rate()))
	}
	type kv struct {
		k string
		n int
	}
	var lc []kv
	for k, n := range r.leakClass {
		lc = append(lc, kv{k, n})
	}
	slices.SortFunc(lc, func(a, b kv) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.k, b.k)
	})
	t.Logf("-- top leak classes (examples shape-masked unless VIGIL_EVAL_SHOW=1)")
	for i, x := range lc {
		if i >= 30 {
			break
		}
		t.Logf("   %4d  %s", x.n, x.k)
		for _, e := range r.leakEx[x.k][:1] {
			t.Logf("         %s", excerpt(e, show))
		}
	}
	var dk []string
	for k := range r.dmgEx {
		dk = append(dk, k)
	}
	slices.Sort(dk)
	t.Logf("-- damage examples")
	for i, k := range dk {
		if i >= 25 {
			break
		}
		t.Logf("   %s: %s", k, excerpt(r.dmgEx[k][0], show))
	}
}

func seedFromEnv(t *testing.T) (uint64, bool) {
	s := os.Getenv("VIGIL_TWELFTH_SEED")
	if s == "" {
		return defaultSeed, true
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatalf("VIGIL_TWELFTH_SEED: expected a non-negative integer, got %q", s)
	}
	return n, n == defaultSeed
}

func TestTwelfthCorpus(t *testing.T) {
	seed, enforce := seedFromEnv(t)
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	lines := generate(seed, corpusLines)
	rep, err := evaluate(lines, vigilRedactor(r))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("seed %d", seed)
	rep.log(t)
	if rep.values < 20000 || len(rep.byCtx) < 16 || len(rep.byLoc) < 24 {
		t.Errorf("corpus too small: %d values, %d contexts, %d locales", rep.values, len(rep.byCtx), len(rep.byLoc))
	}
	if !enforce {
		t.Logf("seed %d: floors reported, not enforced", seed)
		checkFloors(t, rep, false)
	} else {
		checkFloors(t, rep, true)
	}
	if os.Getenv("VIGIL_TWELFTH_TARGETS") == "1" {
		checkTargets(t, rep)
	}
}

func checkTargets(t *testing.T, rep *report) {
	for _, k := range []string{kCard, kIBAN, kCNID, kCred} {
		if x := rep.byKind[k]; x != nil && x.bad > 0 {
			t.Errorf("target: %d %s leaks, want 0", x.bad, k)
		}
	}
	for k, x := range rep.byKind {
		if 1-x.rate() < 0.995 {
			t.Errorf("target: %s recall %s, want ≥ 99.5 %%", k, pct(1-x.rate()))
		}
	}
	for k, x := range rep.byCtx {
		if 1-x.rate() < 0.995 {
			t.Errorf("target: context %s recall %s, want ≥ 99.5 %%", k, pct(1-x.rate()))
		}
	}
	if rep.damage() > 0.001 {
		t.Errorf("target: look-alikes damaged %s, want ≤ 0.1 %%", pct(rep.damage()))
	}
}

// floorPct rounds a recall down to 0.1 %; ceilPct a damage up to 0.01 %.
func floorPct(x float64) float64 { return math.Floor(x*1000+1e-9) / 10 }
func ceilPct(x float64) float64  { return math.Ceil(x*10000-1e-9) / 100 }

func checkFloors(t *testing.T, rep *report, enforce bool) {
	fail := func(format string, args ...any) {
		if enforce {
			t.Errorf(format, args...)
		} else {
			t.Logf("(not enforced) "+format, args...)
		}
	}
	if got := 100 * rep.recall(); got < floors.recall {
		fail("recall %.3f %% below floor %.1f %%", got, floors.recall)
	}
	for k, f := range floors.kind {
		if x := rep.byKind[k]; x == nil || 100*(1-x.rate()) < f {
			fail("kind %s: recall below floor %.1f %%", k, f)
		}
	}
	for k, f := range floors.ctx {
		if x := rep.byCtx[k]; x == nil || 100*(1-x.rate()) < f {
			fail("context %s: recall below floor %.1f %%", k, f)
		}
	}
	for k, n := range floors.leaks {
		if x := rep.byKind[k]; x != nil && x.bad > n {
			fail("kind %s: %d leaks, floor allows %d", k, x.bad, n)
		}
	}
	if got := 100 * rep.damage(); got > floors.damage {
		fail("damage %.3f %% above ceiling %.2f %%", got, floors.damage)
	}
	// the figures a floors_test.go would hold for this run
	var sb strings.Builder
	fmt.Fprintf(&sb, "measured floors: recall %.1f, damage %.2f; kinds:", floorPct(rep.recall()), ceilPct(rep.damage()))
	for _, k := range allKinds {
		if x := rep.byKind[k]; x != nil {
			fmt.Fprintf(&sb, " %s=%.1f/%d", k, floorPct(1-x.rate()), x.bad)
		}
	}
	sb.WriteString("; contexts:")
	for _, c := range contexts {
		if x := rep.byCtx[c.name]; x != nil {
			fmt.Fprintf(&sb, " %s=%.1f", c.name, floorPct(1-x.rate()))
		}
	}
	t.Log(sb.String())
}
