package twentysecondeval

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/vigilops/vigil/pipeline/redact"
)

const (
	defaultSeed = 22
	minValues   = 24600
	minLooks    = 61000
)

type corpus struct {
	lines []*line
	vals  []*val
	looks []*look
}

func generate(seed uint64) *corpus { return generateN(seed, -1) }

// generateN stops after maxLines lines (all of them when negative).
func generateN(seed uint64, maxLines int) *corpus {
	sel := rand.New(rand.NewPCG(seed, 0x22))
	byCtx := map[string][]*tmpl{}
	for _, t := range allTemplates {
		byCtx[t.ctx] = append(byCtx[t.ctx], t)
	}
	c := &corpus{}
	for i := 0; (len(c.vals) < minValues || len(c.looks) < minLooks) && (maxLines < 0 || len(c.lines) < maxLines); i++ {
		ctx := contexts[i%len(contexts)]
		ts := byCtx[ctx]
		// templates in turn, so every template of a context appears; the locale at random
		t := ts[(i/len(contexts)+sel.IntN(2))%len(ts)]
		L := locales[sel.IntN(len(locales))]
		ln := build(t, L, seed*1_000_003+uint64(i))
		if ln == nil {
			continue
		}
		c.lines = append(c.lines, ln)
		c.vals = append(c.vals, ln.vals...)
		c.looks = append(c.looks, ln.looks...)
	}
	return c
}

var (
	defOnce   sync.Once
	defCorpus *corpus
)

func seedFromEnv() (uint64, bool) {
	if s := os.Getenv("VIGIL_TWENTYSECOND_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err == nil {
			return n, n == defaultSeed
		}
	}
	return defaultSeed, true
}

func defaultCorpus() *corpus {
	defOnce.Do(func() { defCorpus = generate(defaultSeed) })
	return defCorpus
}

func corpusFor(seed uint64) *corpus {
	if seed == defaultSeed {
		return defaultCorpus()
	}
	return generate(seed)
}

// ---------- shape masking ----------

func shapeMask(s string) string {
	if os.Getenv("VIGIL_EVAL_SHOW") == "1" {
		return s
	}
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

func excerpt(out, key string, width int) string {
	i := strings.Index(strings.ToLower(out), strings.ToLower(key))
	if i < 0 {
		i = 0
	}
	a, z := i-width/2, i+len(key)+width/2
	if a < 0 {
		a = 0
	}
	if z > len(out) {
		z = len(out)
	}
	for a > 0 && !utf8Start(out[a]) {
		a--
	}
	for z < len(out) && !utf8Start(out[z]) {
		z++
	}
	return strings.ReplaceAll(out[a:z], "\n", "⏎")
}

func utf8Start(c byte) bool { return c&0xC0 != 0x80 }

// ---------- stats ----------

type tally struct{ n, bad int }

func (t tally) rate() float64 {
	if t.n == 0 {
		return 100
	}
	return 100 * float64(t.n-t.bad) / float64(t.n)
}

func (t tally) badRate() float64 {
	if t.n == 0 {
		return 0
	}
	return 100 * float64(t.bad) / float64(t.n)
}

func tallyBy[T any](xs []T, key func(T) string, bad func(T) bool) (map[string]*tally, []string) {
	m := map[string]*tally{}
	for _, x := range xs {
		k := key(x)
		t := m[k]
		if t == nil {
			t = &tally{}
			m[k] = t
		}
		t.n++
		if bad(x) {
			t.bad++
		}
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return m, keys
}

func floorDown(x float64) float64 { return math.Floor(x*10) / 10 }
func ceilUp(x float64) float64    { return math.Ceil(x*10) / 10 }

func realRedactor(t testing.TB) redactFn {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return func(text string, ndjson bool, dec *eventDecoder) string {
		if ndjson {
			return decodeOut(dec, text, func(ev *eventT) { r.Event(ev) })
		}
		return r.String(text)
	}
}

func TestTwentySecondCorpus(t *testing.T) {
	seed, isDefault := seedFromEnv()
	c := corpusFor(seed)
	res := judge(c.lines, realRedactor(t))
	leakedN := len(res.leaked)
	damagedN := len(res.damaged)
	recall := 100 * float64(len(c.vals)-leakedN) / float64(len(c.vals))
	dmg := 100 * float64(damagedN) / float64(len(c.looks))
	t.Logf("seed %d: %d lines", seed, len(c.lines))
	t.Logf("values %d, leaked %d, recall %.2f %%; look-alikes %d, damaged %d (%.3f %%)", len(c.vals), leakedN, recall, len(c.looks), damagedN, dmg)

	isLeak := func(x *val) bool { return res.leaked[x] }
	isDmg := func(l *look) bool { return res.damaged[l] }
	byKind, kinds := tallyBy(c.vals, func(x *val) string { return x.kind }, isLeak)
	byCtx, ctxs := tallyBy(c.vals, func(x *val) string { return x.ctx }, isLeak)
	byLoc, locs := tallyBy(c.vals, func(x *val) string { return x.loc }, isLeak)
	byForm, frms := tallyBy(c.vals, func(x *val) string { return x.form }, isLeak)
	var sb strings.Builder
	section := func(title string, m map[string]*tally, keys []string) {
		fmt.Fprintf(&sb, "\n%s\n", title)
		for _, k := range keys {
			fmt.Fprintf(&sb, "  %-16s %6d  leaked %5d  recall %7.2f %%\n", k, m[k].n, m[k].bad, m[k].rate())
		}
	}
	section("recall by kind", byKind, kinds)
	section("recall by context", byCtx, ctxs)
	section("recall by locale", byLoc, locs)
	section("recall by form", byForm, frms)
	dByType, dtypes := tallyBy(c.looks, func(l *look) string { return l.typ }, isDmg)
	dByCtx, dctxs := tallyBy(c.looks, func(l *look) string { return l.ctx }, isDmg)
	dsection := func(title string, m map[string]*tally, keys []string) {
		fmt.Fprintf(&sb, "\n%s\n", title)
		for _, k := range keys {
			fmt.Fprintf(&sb, "  %-22s %6d  damaged %5d  %6.2f %%\n", k, m[k].n, m[k].bad, m[k].badRate())
		}
	}
	dsection("damage by look-alike type", dByType, dtypes)
	dsection("damage by context", dByCtx, dctxs)

	// largest leak classes
	type class struct {
		key string
		n   int
		ex  *val
	}
	cm := map[string]*class{}
	for _, x := range c.vals {
		if !res.leaked[x] {
			continue
		}
		k := x.kind + " · " + x.ctx + "/" + x.tmpl + " · " + x.form
		if cm[k] == nil {
			cm[k] = &class{key: k, ex: x}
		}
		cm[k].n++
	}
	var cls []*class
	for _, c := range cm {
		cls = append(cls, c)
	}
	sort.Slice(cls, func(i, j int) bool {
		if cls[i].n != cls[j].n {
			return cls[i].n > cls[j].n
		}
		return cls[i].key < cls[j].key
	})
	fmt.Fprintf(&sb, "\nlargest leak classes (kind · context/template · form)\n")
	for i, c := range cls {
		if i == 40 {
			break
		}
		out := res.leakOut[c.ex]
		fmt.Fprintf(&sb, "  %5d  %s\n         value %s (%s)\n         out   %s\n", c.n, c.key, shapeMask(c.ex.text), c.ex.sub, shapeMask(excerpt(out, c.ex.keys[0], 160)))
	}
	fmt.Fprintf(&sb, "\nfirst damaged example per look-alike type\n")
	seen := map[string]bool{}
	shown := 0
	for _, l := range c.looks {
		if !res.damaged[l] || seen[l.typ] || shown == 25 {
			continue
		}
		seen[l.typ] = true
		shown++
		fmt.Fprintf(&sb, "  %-18s %s/%s %q\n         out %s\n", l.typ, l.ctx, l.tmpl, l.text, excerpt(res.dmgOut[l], firstWord(l.text), 160))
	}
	t.Log(sb.String())

	if os.Getenv("VIGIL_TWENTYSECOND_TARGETS") == "1" {
		for _, k := range kinds {
			switch k {
			case kCard, kIBAN, kCNID, kCred:
				if byKind[k].bad > 0 {
					t.Errorf("target: %s leaks %d, want 0", k, byKind[k].bad)
				}
			default:
				if byKind[k].rate() < 99.5 {
					t.Errorf("target: %s recall %.2f %% < 99.5 %%", k, byKind[k].rate())
				}
			}
		}
		for _, k := range ctxs {
			if byCtx[k].rate() < 99.5 {
				t.Errorf("target: context %s recall %.2f %% < 99.5 %%", k, byCtx[k].rate())
			}
		}
		if dmg > 0.1 {
			t.Errorf("target: damage %.3f %% > 0.1 %%", dmg)
		}
		return
	}
	if os.Getenv("VIGIL_TWENTYSECOND_FLOORS") == "1" {
		printFloors(t, byKind, kinds, byCtx, ctxs, dmg, dByCtx, dctxs)
	}
	if !isDefault {
		return
	}
	for _, k := range kinds {
		if f, ok := floorsByKind[k]; ok && byKind[k].rate() < f {
			t.Errorf("recall of %s %.2f %% below its floor %.1f %%", k, byKind[k].rate(), f)
		}
		if ceil, ok := leakCeilings[k]; ok && byKind[k].bad > ceil {
			t.Errorf("%s leaks %d, more than the first run's %d", k, byKind[k].bad, ceil)
		}
	}
	for _, k := range ctxs {
		if f, ok := floorsByContext[k]; ok && byCtx[k].rate() < f {
			t.Errorf("recall of context %s %.2f %% below its floor %.1f %%", k, byCtx[k].rate(), f)
		}
	}
	if dmg > damageCeiling {
		t.Errorf("damage %.3f %% above its ceiling %.1f %%", dmg, damageCeiling)
	}
	for _, k := range dctxs {
		if ceil, ok := damageCeilingByContext[k]; ok && dByCtx[k].badRate() > ceil {
			t.Errorf("damage in context %s %.3f %% above its ceiling %.1f %%", k, dByCtx[k].badRate(), ceil)
		}
	}
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " \n"); i > 0 {
		return s[:i]
	}
	return s
}

func printFloors(t *testing.T, byKind map[string]*tally, kinds []string, byCtx map[string]*tally, ctxs []string, dmg float64, dByCtx map[string]*tally, dctxs []string) {
	var sb strings.Builder
	sb.WriteString("\nfloors from this run:\nvar floorsByKind = map[string]float64{\n")
	for _, k := range kinds {
		fmt.Fprintf(&sb, "\t%q: %.1f,\n", k, floorDown(byKind[k].rate()))
	}
	sb.WriteString("}\nvar floorsByContext = map[string]float64{\n")
	for _, k := range ctxs {
		fmt.Fprintf(&sb, "\t%q: %.1f,\n", k, floorDown(byCtx[k].rate()))
	}
	sb.WriteString("}\nvar leakCeilings = map[string]int{\n")
	for _, k := range []string{kCard, kIBAN, kCNID, kCred} {
		if byKind[k] != nil {
			fmt.Fprintf(&sb, "\t%q: %d,\n", k, byKind[k].bad)
		}
	}
	fmt.Fprintf(&sb, "}\nconst damageCeiling = %.1f\nvar damageCeilingByContext = map[string]float64{\n", ceilUp(dmg))
	for _, k := range dctxs {
		fmt.Fprintf(&sb, "\t%q: %.1f,\n", k, ceilUp(dByCtx[k].badRate()))
	}
	sb.WriteString("}\n")
	t.Log(sb.String())
}
