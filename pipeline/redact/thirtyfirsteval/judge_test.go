package thirtyfirsteval

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

// outcome is the judge's verdict on one corpus run.
type outcome struct {
	cases   []*kcase
	leaked  map[*piiVal]string // value -> output (for samples)
	damaged map[*kcase][]int   // case -> indexes of damaged look-alikes
	outs    map[*kcase]string
}

type redactFunc func(c *kcase) string

func judge(cases []*kcase, f redactFunc) *outcome {
	o := &outcome{cases: cases, leaked: map[*piiVal]string{}, damaged: map[*kcase][]int{}, outs: map[*kcase]string{}}
	for _, c := range cases {
		out := f(c)
		if c.b64 {
			out += decodeB64Runs(out)
		}
		o.outs[c] = out
		for _, p := range c.pii {
			for _, s := range p.spell {
				if strings.Count(out, s) > strings.Count(c.maskedInputExt, s) {
					o.leaked[p] = out
					break
				}
			}
		}
		for i, l := range c.las {
			if strings.Count(out, l.spell) < strings.Count(c.maskedInputExt, l.spell) {
				o.damaged[c] = append(o.damaged[c], i)
			}
		}
	}
	return o
}

func realRedactor(t testing.TB) redactFunc {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return func(c *kcase) string {
		if c.dl {
			return r.RedactText(c.line)
		}
		ev := &event.Event{}
		for _, f := range c.fields {
			ev.Fields = append(ev.Fields, event.Field{Path: f.path, Value: event.StringValue(f.text)})
		}
		r.Event(ev)
		var b strings.Builder
		for _, f := range ev.Fields {
			b.WriteString(f.Path + "=" + f.Value.Text() + "\n")
		}
		return b.String()
	}
}

var (
	corpusOnce  sync.Once
	corpusCases []*kcase
	corpusFP    string
	runOnce     sync.Once
	runResult   *outcome
)

func corpus() ([]*kcase, string) {
	corpusOnce.Do(func() {
		corpusCases = buildCorpus(seed())
		finish(corpusCases)
		corpusFP = fingerprint(corpusCases)
	})
	return corpusCases, corpusFP
}

func firstRun(t testing.TB) *outcome {
	cs, _ := corpus()
	runOnce.Do(func() { runResult = judge(cs, realRedactor(t)) })
	return runResult
}

// ---- tallies ----

type tally struct{ n, bad int }

type table map[string]*tally

func (tb table) add(k string, bad bool) {
	x := tb[k]
	if x == nil {
		x = &tally{}
		tb[k] = x
	}
	x.n++
	if bad {
		x.bad++
	}
}

func (tb table) keys() []string {
	var ks []string
	for k := range tb {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type summary struct {
	values, leaks, las, damaged int
	kind, ctx, loc, form, tmpl  table
	laType, laCtx               table
}

func summarize(o *outcome) *summary {
	s := &summary{kind: table{}, ctx: table{}, loc: table{}, form: table{}, tmpl: table{}, laType: table{}, laCtx: table{}}
	for _, c := range o.cases {
		for _, p := range c.pii {
			_, bad := o.leaked[p]
			s.values++
			if bad {
				s.leaks++
			}
			s.kind.add(p.kind, bad)
			s.ctx.add(c.ctx, bad)
			s.loc.add(c.loc, bad)
			s.form.add(p.kind+":"+p.form, bad)
			s.tmpl.add(c.ctx+"/"+c.tmpl, bad)
		}
		dm := map[int]bool{}
		for _, i := range o.damaged[c] {
			dm[i] = true
		}
		for i, l := range c.las {
			s.las++
			if dm[i] {
				s.damaged++
			}
			s.laType.add(l.typ, dm[i])
			s.laCtx.add(c.ctx, dm[i])
		}
	}
	return s
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func (tb table) recallLines(title string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", title)
	for _, k := range tb.keys() {
		x := tb[k]
		fmt.Fprintf(&b, "  %-44s %6d values %5d leaked  recall %6.2f%%\n", k, x.n, x.bad, 100-pct(x.bad, x.n))
	}
	return b.String()
}

func (tb table) damageLines(title string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", title)
	for _, k := range tb.keys() {
		x := tb[k]
		fmt.Fprintf(&b, "  %-44s %6d kept-values %5d damaged  damage %6.2f%%\n", k, x.n, x.bad, pct(x.bad, x.n))
	}
	return b.String()
}

func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", "⏎")
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && (s[i]&0xC0) == 0x80 {
		i--
	}
	return s[:i]
}

func report(o *outcome, sd uint64, fp string) string {
	s := summarize(o)
	var b strings.Builder
	dl := 0
	for _, c := range o.cases {
		if c.dl {
			dl++
		}
	}
	fmt.Fprintf(&b, "seed %d  cases %d (dead-letter %d)  PII values %d  look-alikes %d  locales %d  contexts %d  templates %d\n",
		sd, len(o.cases), dl, s.values, s.las, len(s.loc), len(s.ctx), len(s.tmpl))
	fmt.Fprintf(&b, "fingerprint %s\n", fp)
	fmt.Fprintf(&b, "OVERALL recall %.2f%% (%d of %d values leaked)  damage %.3f%% (%d of %d look-alikes damaged)\n\n",
		100-pct(s.leaks, s.values), s.leaks, s.values, pct(s.damaged, s.las), s.damaged, s.las)
	b.WriteString(s.kind.recallLines("per kind"))
	b.WriteString(s.ctx.recallLines("per context"))
	b.WriteString(s.loc.recallLines("per locale"))
	b.WriteString(s.form.recallLines("per form"))
	b.WriteString(s.tmpl.recallLines("per template"))
	b.WriteString(s.laType.damageLines("damage per look-alike type"))
	b.WriteString(s.laCtx.damageLines("damage per context"))
	// samples
	b.WriteString("sample leaks (up to 12 per kind)\n")
	per := map[string]int{}
	for _, c := range o.cases {
		for _, p := range c.pii {
			out, ok := o.leaked[p]
			if !ok || per[p.kind] >= 12 {
				continue
			}
			per[p.kind]++
			fmt.Fprintf(&b, "  [%s %s %s/%s %s dl=%v] %q\n      out: %s\n", p.kind, p.form, c.ctx, c.tmpl, c.loc, c.dl, p.raw, clip(out, 300))
		}
	}
	b.WriteString("sample damages (up to 6 per look-alike type)\n")
	perL := map[string]int{}
	for _, c := range o.cases {
		for _, i := range o.damaged[c] {
			l := c.las[i]
			if perL[l.typ] >= 6 {
				continue
			}
			perL[l.typ]++
			fmt.Fprintf(&b, "  [%s %s/%s dl=%v] %q\n      out: %s\n", l.typ, c.ctx, c.tmpl, c.dl, l.spell, clip(o.outs[c], 300))
		}
	}
	return b.String()
}

// ---- tests ----

func TestCorpusReport(t *testing.T) {
	cs, fp := corpus()
	o := firstRun(t)
	rep := report(o, seed(), fp)
	t.Log("\n" + rep)
	if p := os.Getenv("VIGIL_THIRTYFIRST_REPORT"); p != "" {
		if err := os.WriteFile(p, []byte(rep), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_ = cs
}

func TestCorpusSize(t *testing.T) {
	cs, _ := corpus()
	values, las := 0, 0
	locs := map[string]bool{}
	kindCtx := map[string]bool{}
	laTypesSeen := map[string]bool{}
	names := 0
	dl := 0
	for _, c := range cs {
		locs[c.loc] = true
		if c.dl {
			dl++
		}
		for _, p := range c.pii {
			values++
			kindCtx[p.kind+"/"+c.ctx] = true
			if p.kind == "name" {
				names++
			}
		}
		las += len(c.las)
		for _, l := range c.las {
			laTypesSeen[l.typ] = true
		}
	}
	if values < 20000 {
		t.Errorf("PII values %d < 20000", values)
	}
	if las < 40000 {
		t.Errorf("look-alikes %d < 40000", las)
	}
	if len(laTypesSeen) < 20 {
		t.Errorf("look-alike types %d < 20", len(laTypesSeen))
	}
	if len(locs) < 30 {
		t.Errorf("locales %d < 30", len(locs))
	}
	if len(contexts) < 14 {
		t.Errorf("contexts %d < 14", len(contexts))
	}
	for _, ctx := range contexts {
		if n := len(templatesOf(ctx.name)); n < 6 {
			t.Errorf("context %s has %d templates < 6", ctx.name, n)
		}
		for _, k := range []string{"name", "address", "phone", "email", "card", "iban", "cn_id", "credential"} {
			if !kindCtx[k+"/"+ctx.name] {
				t.Errorf("kind %s missing from context %s", k, ctx.name)
			}
		}
	}
	if f := float64(names) / float64(values); f < 0.2 || f > 0.35 {
		t.Errorf("names are %.1f%% of the values, want about a quarter", 100*f)
	}
	if f := float64(dl) / float64(len(cs)); f < 0.07 || f > 0.13 {
		t.Errorf("dead-letter cases %.1f%%, want about 10%%", 100*f)
	}
	t.Logf("values %d (names %d), look-alikes %d (%d types), locales %d, dead-letter %d of %d", values, names, las, len(laTypesSeen), len(locs), dl, len(cs))
}

func TestDeterministic(t *testing.T) {
	_, fp := corpus()
	a := buildCorpus(seed())
	finish(a)
	if fp2 := fingerprint(a); fp2 != fp {
		t.Fatalf("fingerprint differs between two builds: %s vs %s", fp, fp2)
	}
}

// TestJudgeSelf checks the judge: the identity leaks everything and damages
// nothing, blanking everything leaks nothing and damages everything.
func TestJudgeSelf(t *testing.T) {
	cs, _ := corpus()
	id := summarize(judge(cs, func(c *kcase) string { return c.input }))
	if id.leaks != id.values || id.damaged != 0 {
		t.Errorf("identity: %d of %d leaked, %d damaged", id.leaks, id.values, id.damaged)
	}
	bl := summarize(judge(cs, func(c *kcase) string { return "" }))
	if bl.leaks != 0 || bl.damaged != bl.las {
		t.Errorf("blank: %d leaked, %d of %d damaged", bl.leaks, bl.damaged, bl.las)
	}
	// check the generators' own validity
	for _, c := range cs {
		for _, p := range c.pii {
			d, _ := asciiDigitsOf(p.raw)
			switch p.kind {
			case "card":
				if !luhnValid(d) {
					t.Fatalf("card %q fails Luhn", p.raw)
				}
			case "iban":
				if !ibanValid(p.raw) {
					t.Fatalf("iban %q fails mod-97", p.raw)
				}
			case "cn_id":
				v := strings.ToUpper(p.raw)
				if cnCheck(v[:17]) != v[17] {
					t.Fatalf("cn_id %q has a bad check character", p.raw)
				}
			}
		}
	}
}

func TestFloors(t *testing.T) {
	o := firstRun(t)
	s := summarize(o)
	if os.Getenv("VIGIL_THIRTYFIRST_TARGETS") == "1" {
		for _, k := range []string{"card", "iban", "cn_id", "credential"} {
			if x := s.kind[k]; x != nil && x.bad > 0 {
				t.Errorf("target: %s leaks %d, want 0", k, x.bad)
			}
		}
		for _, k := range []string{"name", "address", "phone", "email"} {
			if x := s.kind[k]; x != nil && 100-pct(x.bad, x.n) < 99.5 {
				t.Errorf("target: %s recall %.2f%% < 99.5%%", k, 100-pct(x.bad, x.n))
			}
		}
		for _, k := range s.ctx.keys() {
			x := s.ctx[k]
			if 100-pct(x.bad, x.n) < 99.5 {
				t.Errorf("target: context %s recall %.2f%% < 99.5%%", k, 100-pct(x.bad, x.n))
			}
		}
		if d := pct(s.damaged, s.las); d > 0.1 {
			t.Errorf("target: damage %.3f%% > 0.1%%", d)
		}
		return
	}
	if seed() != defaultSeed {
		t.Skip("floors are set for the default seed")
	}
	for k, f := range recallFloor {
		x := s.kind[k]
		if x == nil {
			t.Errorf("kind %s missing", k)
			continue
		}
		if r := 100 - pct(x.bad, x.n); r < f {
			t.Errorf("%s recall %.2f%% below floor %.1f%%", k, r, f)
		}
	}
	for k, c := range leakCeiling {
		if x := s.kind[k]; x != nil && x.bad > c {
			t.Errorf("%s leaks %d above ceiling %d", k, x.bad, c)
		}
	}
	if d := pct(s.damaged, s.las); d > damageCeiling {
		t.Errorf("damage %.3f%% above ceiling %.1f%%", d, damageCeiling)
	}
	_ = math.Floor
}
