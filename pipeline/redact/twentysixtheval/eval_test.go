package twentysixtheval

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

const (
	defaultSeed = 26
	numCases    = 4200
)

func seed() uint64 {
	if s := os.Getenv("VIGIL_TWENTYSIXTH_SEED"); s != "" {
		if n, err := strconv.ParseUint(s, 10, 64); err == nil {
			return n
		}
	}
	return defaultSeed
}

// corpus generates every case of a seed. Contexts and scenes are spread
// evenly, locales at random.
func corpus(sd uint64) []*tcase {
	g := newGen(sd)
	cs := make([]*tcase, 0, numCases)
	for i := 0; i < numCases; i++ {
		l := locales[g.r.IntN(len(locales))]
		sn := sceneNames[i%len(sceneNames)]
		c := &tcase{id: i, ctx: contexts[(i/len(sceneNames)+i)%len(contexts)], scene: sn}
		sc := g.scene(sn, l)
		c.loc = sc.loc
		c.form = "event"
		if g.chance(0.1) {
			c.dead, c.form = true, "deadletter"
		}
		g.render(c, sc)
		for j := range c.units {
			c.units[j].form = c.form
		}
		cs = append(cs, c)
	}
	return cs
}

// VIGIL_TWENTYSIXTH_SAMPLES sets how many leaks per kind are printed (12),
// VIGIL_TWENTYSIXTH_CTX keeps the samples of one context.
var (
	nSamples = func() int {
		if n, err := strconv.Atoi(os.Getenv("VIGIL_TWENTYSIXTH_SAMPLES")); err == nil {
			return n
		}
		return 12
	}()
	onlyCtx = os.Getenv("VIGIL_TWENTYSIXTH_CTX")
)

func fingerprint(cs []*tcase) string {
	h := sha256.New()
	for _, c := range cs {
		fmt.Fprintf(h, "%d|%s|%s|%s\n", c.id, c.loc.code, c.scene, c.ctx)
		for _, u := range c.units {
			fmt.Fprintf(h, "%s=%s\n", u.path, joinText(u.segs))
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// deadLine writes a case as the raw line a dead-letter queue would hold: a
// JSON object for structured carriers, the text itself for text carriers.
func deadLine(c *tcase) (string, bool) {
	main := c.units[len(c.units)-1]
	switch main.ctx {
	case "message", "chat", "stack", "email", "logfmt", "csv":
		if c.ctx != "field" {
			return joinText(main.segs), false
		}
	}
	return string(c.line()), true
}

// run redacts every case and judges it.
func run(t testing.TB, cs []*tcase) []verdict {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	out := make([][]verdict, len(cs))
	var wg sync.WaitGroup
	ch := make(chan int)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dec := event.NewDecoder(nil)
			for i := range ch {
				out[i] = runCase(t, r, dec, cs[i])
			}
		}()
	}
	for i := range cs {
		ch <- i
	}
	close(ch)
	wg.Wait()
	var all []verdict
	for _, v := range out {
		all = append(all, v...)
	}
	return all
}

func runCase(t testing.TB, r *redact.Redactor, dec *event.Decoder, c *tcase) []verdict {
	var vs []verdict
	if c.dead {
		line, isJSON := deadLine(c)
		red := r.RedactText(line)
		if !isJSON {
			u := &c.units[len(c.units)-1]
			return append(vs, judgeUnit(u, red)...) // the line is the carrier alone
		}
		var ev event.Event
		if err := dec.Decode([]byte(red), &ev); err != nil {
			t.Errorf("case %d: dead-letter output is not JSON: %v", c.id, err)
		}
		for i := range c.units {
			u := &c.units[i]
			v, _ := ev.Get(u.path)
			vs = append(vs, judgeUnit(u, v.Str)...)
		}
		return vs
	}
	ev := &event.Event{}
	if err := dec.Decode(c.line(), ev); err != nil {
		t.Fatalf("case %d: %v", c.id, err)
	}
	r.Event(ev)
	for i := range c.units {
		u := &c.units[i]
		v, _ := ev.Get(u.path)
		vs = append(vs, judgeUnit(u, v.Str)...)
	}
	return vs
}

type tally struct{ n, bad int }

func (t tally) rate() float64 {
	if t.n == 0 {
		return 1
	}
	return 1 - float64(t.bad)/float64(t.n)
}

type report struct {
	pii, looks                          tally
	byKind, byCtx, byLoc, byForm, byTpl map[string]*tally
	byLook                              map[string]*tally
	leakSamples, dmgSamples             map[string][]string
}

func summarize(cs []*tcase, vs []verdict) *report {
	rp := &report{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{}, byForm: map[string]*tally{},
		byTpl: map[string]*tally{}, byLook: map[string]*tally{}, leakSamples: map[string][]string{}, dmgSamples: map[string][]string{}}
	inc := func(m map[string]*tally, k string, bad bool) {
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
	tpl := map[*unit]string{}
	for _, c := range cs {
		for i := range c.units {
			tpl[&c.units[i]] = c.scene
		}
	}
	for _, v := range vs {
		if v.seg.v != nil {
			rp.pii.n++
			if v.leaked {
				rp.pii.bad++
			}
			k := v.seg.v.kind
			inc(rp.byKind, k, v.leaked)
			inc(rp.byCtx, v.unit.ctx, v.leaked)
			inc(rp.byLoc, v.seg.v.locale, v.leaked)
			inc(rp.byForm, k+":"+v.seg.v.form, v.leaked)
			inc(rp.byForm, "case:"+v.unit.form, v.leaked)
			inc(rp.byTpl, tpl[v.unit], v.leaked)
			if v.leaked && len(rp.leakSamples[k]) < nSamples && (onlyCtx == "" || onlyCtx == v.unit.ctx) {
				rp.leakSamples[k] = append(rp.leakSamples[k], fmt.Sprintf("[%s %s %s] value %q\n        out: %.300q", v.unit.ctx, v.seg.v.locale, v.seg.v.form, v.seg.v.raw, v.out))
			}
			continue
		}
		rp.looks.n++
		if v.broken {
			rp.looks.bad++
		}
		inc(rp.byLook, v.seg.look, v.broken)
		if v.broken && len(rp.dmgSamples[v.seg.look]) < nSamples/2 && (onlyCtx == "" || onlyCtx == v.unit.ctx) {
			rp.dmgSamples[v.seg.look] = append(rp.dmgSamples[v.seg.look], fmt.Sprintf("[%s] %q\n        out: %.300q", v.unit.ctx, v.seg.raw, v.out))
		}
	}
	return rp
}

func sortedKeys(m map[string]*tally) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func table(t *testing.T, title string, m map[string]*tally, damage bool) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "%s:\n", title)
	for _, k := range keys {
		x := m[k]
		if damage {
			fmt.Fprintf(&b, "  %-22s %6d  damaged %5d  %6.2f%%\n", k, x.n, x.bad, 100*float64(x.bad)/float64(x.n))
		} else {
			fmt.Fprintf(&b, "  %-28s %6d  leaked %5d  recall %6.2f%%\n", k, x.n, x.bad, 100*x.rate())
		}
	}
	t.Log(b.String())
}

var (
	evalOnce sync.Once
	evalCS   []*tcase
	evalRep  *report
)

func evaluate(t *testing.T) ([]*tcase, *report) {
	evalOnce.Do(func() {
		evalCS = corpus(seed())
		evalRep = summarize(evalCS, run(t, evalCS))
	})
	return evalCS, evalRep
}

func TestCorpusReport(t *testing.T) {
	cs, rp := evaluate(t)
	t.Logf("seed %d: %d cases, %d PII values, %d look-alikes, fingerprint %s", seed(), len(cs), rp.pii.n, rp.looks.n, fingerprint(cs))
	t.Logf("OVERALL recall %.2f%% (%d leaked of %d); damage %.3f%% (%d of %d)", 100*rp.pii.rate(), rp.pii.bad, rp.pii.n,
		100*float64(rp.looks.bad)/float64(rp.looks.n), rp.looks.bad, rp.looks.n)
	table(t, "per kind", rp.byKind, false)
	table(t, "per context", rp.byCtx, false)
	table(t, "per locale", rp.byLoc, false)
	table(t, "per template", rp.byTpl, false)
	table(t, "per form", rp.byForm, false)
	table(t, "damage per look-alike type", rp.byLook, true)
	for _, k := range kinds {
		if s := rp.leakSamples[k]; len(s) > 0 {
			t.Logf("sample leaks, %s:\n  %s", k, strings.Join(s, "\n  "))
		}
	}
	var lk []string
	for k := range rp.dmgSamples {
		lk = append(lk, k)
	}
	sort.Strings(lk)
	for _, k := range lk {
		t.Logf("sample damage, %s:\n  %s", k, strings.Join(rp.dmgSamples[k], "\n  "))
	}
}

func TestCorpusSize(t *testing.T) {
	cs, rp := evaluate(t)
	if rp.pii.n < 20000 || rp.looks.n < 40000 {
		t.Errorf("corpus too small: %d PII values, %d look-alikes", rp.pii.n, rp.looks.n)
	}
	seen := map[string]bool{}
	for _, c := range cs {
		seen[c.loc.code] = true
	}
	if len(seen) < 30 {
		t.Errorf("only %d locales", len(seen))
	}
	for _, k := range kinds {
		for _, c := range contexts {
			n := 0
			for _, x := range cs {
				for _, u := range x.units {
					if u.ctx != c {
						continue
					}
					for _, s := range u.segs {
						if s.v != nil && s.v.kind == k {
							n++
						}
					}
				}
			}
			if n == 0 && c != "field" {
				t.Errorf("no %s in context %s", k, c)
			}
		}
	}
}

func TestCorpusDeterministic(t *testing.T) {
	a, b := fingerprint(corpus(seed())), fingerprint(corpus(seed()))
	if a != b {
		t.Fatalf("same seed, two corpora: %s vs %s", a, b)
	}
	if seed() == defaultSeed && a != pinnedFingerprint {
		t.Errorf("corpus of seed 26 changed: fingerprint %s, pinned %s (floors were taken on the pinned corpus)", a, pinnedFingerprint)
	}
}

// TestJudgeSelf: the ideal redaction leaks nothing and damages nothing; the
// untouched text leaks every value.
func TestJudgeSelf(t *testing.T) {
	cs := corpus(seed())[:600]
	for _, c := range cs {
		for i := range c.units {
			u := &c.units[i]
			var b strings.Builder
			for _, s := range u.segs {
				if s.v != nil {
					b.WriteString("[REDACTED:" + s.v.kind + "]")
				} else {
					b.WriteString(s.text)
				}
			}
			for _, v := range judgeUnit(u, b.String()) {
				if v.leaked || v.broken {
					t.Errorf("case %d %s: hand-redacted %q judged bad (leaked %v, damaged %v)", c.id, u.path, v.seg.raw, v.leaked, v.broken)
				}
			}
			for _, v := range judgeUnit(u, joinText(u.segs)) {
				if v.seg.v != nil && !v.leaked {
					t.Errorf("case %d %s: untouched %s %q not judged leaked", c.id, u.path, v.seg.v.kind, v.seg.raw)
				}
				if v.broken {
					t.Errorf("case %d %s: untouched look-alike %q judged damaged", c.id, u.path, v.seg.raw)
				}
			}
		}
	}
	// a partial mask: last four of a card, the scheme of a token
	u := &unit{path: "m", ctx: "message", segs: []seg{tmpl("card "), pii(&val{kind: kCard, raw: "4111 1111 1111 1111", digits: "4111111111111111"}), tmpl(" ok")}}
	if v := judgeUnit(u, "card [REDACTED:card:****1111] ok"); v[0].leaked {
		t.Errorf("last four judged a leak")
	}
	if v := judgeUnit(u, "card 4111 1111 [REDACTED] ok"); !v[0].leaked {
		t.Errorf("first eight not judged a leak")
	}
}

func TestFloors(t *testing.T) {
	if seed() != defaultSeed && os.Getenv("VIGIL_TWENTYSIXTH_TARGETS") == "" {
		t.Skip("floors hold at the default seed")
	}
	_, rp := evaluate(t)
	targets := os.Getenv("VIGIL_TWENTYSIXTH_TARGETS") == "1"
	dmg := float64(rp.looks.bad) / float64(rp.looks.n)
	for _, k := range sortedKeys(rp.byKind) {
		x := rp.byKind[k]
		fl := floorKind[k]
		if targets {
			fl = 0.995
			if k == kCard || k == kIBAN || k == kCNID || k == kCredential {
				if x.bad > 0 {
					t.Errorf("target: %d %s leaks, want 0", x.bad, k)
				}
				continue
			}
		}
		if x.rate() < fl {
			t.Errorf("recall of %s %.2f%% below %.1f%%", k, 100*x.rate(), 100*fl)
		}
		if c, ok := leakCeiling[k]; ok && !targets && x.bad > c {
			t.Errorf("%d %s leaks, ceiling %d", x.bad, k, c)
		}
	}
	for _, c := range sortedKeys(rp.byCtx) {
		x := rp.byCtx[c]
		fl := floorCtx[c]
		if targets {
			fl = 0.995
		}
		if x.rate() < fl {
			t.Errorf("recall in context %s %.2f%% below %.1f%%", c, 100*x.rate(), 100*fl)
		}
	}
	ceil := damageCeiling
	if targets {
		ceil = 0.001
	}
	if dmg > ceil {
		t.Errorf("damage %.3f%% above %.1f%%", 100*dmg, 100*ceil)
	}
}
