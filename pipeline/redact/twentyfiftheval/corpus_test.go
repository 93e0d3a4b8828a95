package twentyfiftheval

import (
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

// rounds: every template runs w times a round.
const rounds = 30

const defaultSeed = 25

func corpusSeed(t testing.TB) uint64 {
	if s := os.Getenv("VIGIL_TWENTYFIFTH_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("VIGIL_TWENTYFIFTH_SEED: %v", err)
		}
		return v
	}
	return defaultSeed
}

func buildCorpus(seed uint64) []*cas { return buildRounds(seed, rounds) }

func buildRounds(seed uint64, n int) []*cas {
	g := newGen(seed)
	var out []*cas
	ts := sortedTemplates()
	for r := 0; r < n; r++ {
		for _, t := range ts {
			for k := 0; k < t.w; k++ {
				c := newCase(t.id)
				t.fn(g, c)
				out = append(out, c)
			}
		}
	}
	return out
}

func fingerprint(cs []*cas) uint64 {
	h := fnv.New64a()
	for _, c := range cs {
		for _, f := range c.fields {
			h.Write([]byte(f.path))
			h.Write([]byte(f.t.Str()))
		}
	}
	return h.Sum64()
}

type tally struct{ n, leaked, unjudged int }

func (t *tally) recall() float64 {
	if t.n == 0 {
		return 1
	}
	return float64(t.n-t.leaked) / float64(t.n)
}

type sample struct {
	tpl, path, what, out string
}

type result struct {
	cases, events, lines, bytes    int
	pii, judged, leaked, orphans   int
	kinds, ctxs, forms, locs, tpls map[string]*tally
	carriers                       map[string]*tally
	looks, damaged                 int
	lookTypes                      map[string]*tally // leaked = damaged
	leakSamples, damageSamples     []sample
	genTime, redactTime, judgeTime time.Duration
	leaksByKind                    map[string]int
	tplRedact, tplJudge            map[string]time.Duration
	orphanAt                       map[string]int
}

func tallyOf(m map[string]*tally, k string) *tally {
	t := m[k]
	if t == nil {
		t = &tally{}
		m[k] = t
	}
	return t
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xc0 != 0x80 }

func runCorpus(t testing.TB, cs []*cas) *result {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	dec := event.NewDecoder(nil)
	res := &result{kinds: map[string]*tally{}, ctxs: map[string]*tally{}, forms: map[string]*tally{}, locs: map[string]*tally{}, tpls: map[string]*tally{},
		carriers: map[string]*tally{}, lookTypes: map[string]*tally{}, leaksByKind: map[string]int{},
		tplRedact: map[string]time.Duration{}, tplJudge: map[string]time.Duration{}}
	res.cases = len(cs)
	var dump *os.File
	if path := os.Getenv("VIGIL_TWENTYFIFTH_DUMP"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		dump = f
	}
	ts := baseTime
	for _, c := range cs {
		ts = ts.Add(1700 * time.Millisecond)
		outs := make([]string, len(c.fields))
		t0 := time.Now()
		if c.text {
			in := c.fields[0].t.Str()
			res.bytes += len(in)
			outs[0] = r.RedactText(in)
			res.lines++
		} else {
			ev, err := c.event(ts, dec)
			if err != nil {
				t.Fatal(err)
			}
			res.bytes += len(ev.JSON())
			r.Event(ev)
			for fi, f := range c.fields {
				if v, ok := ev.Get(f.path); ok {
					outs[fi] = v.Text()
				}
			}
			res.events++
		}
		t1 := time.Now()
		res.redactTime += t1.Sub(t0)
		res.tplRedact[c.tpl] += t1.Sub(t0)
		leaks, damaged := map[int]leakRes{}, map[int]bool{}
		for fi := range c.fields {
			judgeField(c, fi, outs[fi], leaks, damaged)
		}
		res.judgeTime += time.Since(t1)
		if dump != nil {
			for i, p := range c.pii {
				if lr := leaks[i]; p.field >= 0 && !lr.judged {
					fmt.Fprintf(dump, "UNJUDGED [%s] %s %s %s %q\n", c.tpl, p.kind, p.form, p.loc, p.val)
				}
				if lr := leaks[i]; p.field >= 0 && lr.leaked {
					fmt.Fprintf(dump, "LEAK [%s] %s: %s %s %s %s %q piece=%q view=%s\n  out: %s\n", c.tpl, c.fields[p.field].path, p.kind, p.form, p.ctx, p.loc, p.val, lr.piece, lr.view, outs[p.field])
				}
			}
			for i, l := range c.looks {
				if damaged[i] {
					fmt.Fprintf(dump, "DAMAGE [%s] %s: %s %q\n  out: %s\n", c.tpl, c.fields[l.field].path, l.typ, l.text, outs[l.field])
				}
			}
		}
		res.tplJudge[c.tpl] += time.Since(t1)
		carrier := "event"
		if c.text {
			carrier = "raw_line"
		}
		for i, p := range c.pii {
			if p.field == -2 {
				continue
			}
			if p.field < 0 {
				res.orphans++
				if res.orphanAt == nil {
					res.orphanAt = map[string]int{}
				}
				res.orphanAt[c.tpl+" "+p.kind+" "+p.ctx]++
				continue
			}
			res.pii++
			lr := leaks[i]
			for _, m := range []*tally{tallyOf(res.kinds, p.kind), tallyOf(res.ctxs, p.ctx), tallyOf(res.forms, p.form), tallyOf(res.locs, p.loc), tallyOf(res.tpls, c.tpl), tallyOf(res.carriers, carrier)} {
				if !lr.judged {
					m.unjudged++
					continue
				}
				m.n++
				if lr.leaked {
					m.leaked++
				}
			}
			if !lr.judged {
				continue
			}
			res.judged++
			if lr.leaked {
				res.leaked++
				res.leaksByKind[p.kind]++
				if len(res.leakSamples) < 40 {
					res.leakSamples = append(res.leakSamples, sample{tpl: c.tpl, path: c.fields[p.field].path,
						what: fmt.Sprintf("%s %s %s %s %q (piece %q in %s view)", p.kind, p.form, p.ctx, p.loc, p.val, lr.piece, lr.view), out: outs[p.field]})
				}
			}
		}
		for i, l := range c.looks {
			if l.field < 0 {
				continue
			}
			res.looks++
			lt := tallyOf(res.lookTypes, l.typ)
			lt.n++
			if damaged[i] {
				res.damaged++
				lt.leaked++
				if len(res.damageSamples) < 40 {
					res.damageSamples = append(res.damageSamples, sample{tpl: c.tpl, path: c.fields[l.field].path, what: fmt.Sprintf("%s %q", l.typ, l.text), out: outs[l.field]})
				}
			}
		}
	}
	return res
}

func pct(x float64) string { return fmt.Sprintf("%.2f%%", 100*x) }

func table(b *strings.Builder, title string, m map[string]*tally) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(b, "\n%s\n", title)
	fmt.Fprintf(b, "  %-24s %7s %7s %9s %9s\n", "", "values", "leaked", "recall", "unjudged")
	for _, k := range keys {
		t := m[k]
		fmt.Fprintf(b, "  %-24s %7d %7d %9s %9d\n", k, t.n, t.leaked, pct(t.recall()), t.unjudged)
	}
}

func (res *result) summary(seed uint64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "twenty-fifth corpus, seed %d: %d cases (%d events, %d raw lines, %.1f MB), %d PII values (%d judged, %d leaked, recall %s), %d look-alikes (%d damaged, %s) of %d types\n",
		seed, res.cases, res.events, res.lines, float64(res.bytes)/1e6, res.pii, res.judged, res.leaked, pct(float64(res.judged-res.leaked)/float64(res.judged)), res.looks, res.damaged, pct(float64(res.damaged)/float64(res.looks)), len(res.lookTypes))
	fmt.Fprintf(&b, "time: redact %v, judge %v\n", res.redactTime.Round(time.Millisecond), res.judgeTime.Round(time.Millisecond))
	if os.Getenv("VIGIL_TWENTYFIFTH_TIMES") == "1" {
		var names []string
		for k := range res.tplRedact {
			names = append(names, k)
		}
		sort.Slice(names, func(i, j int) bool { return res.tplRedact[names[i]] > res.tplRedact[names[j]] })
		for _, k := range names {
			fmt.Fprintf(&b, "  %-30s redact %8v judge %8v\n", k, res.tplRedact[k].Round(time.Millisecond), res.tplJudge[k].Round(time.Millisecond))
		}
	}
	table(&b, "per kind", res.kinds)
	table(&b, "per context", res.ctxs)
	table(&b, "per form", res.forms)
	table(&b, "per locale", res.locs)
	table(&b, "per carrier", res.carriers)
	table(&b, "per template", res.tpls)
	fmt.Fprintf(&b, "\nleaks per kind:")
	for _, k := range []string{"email", "phone", "card", "iban", "cn_id", "credential", "name", "address"} {
		fmt.Fprintf(&b, " %s=%d", k, res.leaksByKind[k])
	}
	fmt.Fprintf(&b, "\n\ndamage: %d of %d look-alikes (%s)\n", res.damaged, res.looks, pct(float64(res.damaged)/float64(res.looks)))
	types := make([]string, 0, len(res.lookTypes))
	for k := range res.lookTypes {
		types = append(types, k)
	}
	sort.Slice(types, func(i, j int) bool {
		a, c := res.lookTypes[types[i]], res.lookTypes[types[j]]
		ra, rc := float64(a.leaked)/float64(a.n), float64(c.leaked)/float64(c.n)
		if ra != rc {
			return ra > rc
		}
		return types[i] < types[j]
	})
	fmt.Fprintf(&b, "  %-28s %7s %7s %8s\n", "type", "n", "damaged", "rate")
	for _, k := range types {
		lt := res.lookTypes[k]
		fmt.Fprintf(&b, "  %-28s %7d %7d %8s\n", k, lt.n, lt.leaked, pct(float64(lt.leaked)/float64(lt.n)))
	}
	fmt.Fprintf(&b, "\nsample leaks (up to 40):\n")
	for _, s := range res.leakSamples {
		fmt.Fprintf(&b, "- [%s] %s: %s\n    out: %s\n", s.tpl, s.path, s.what, clip(s.out, 600))
	}
	fmt.Fprintf(&b, "\nsample damages (up to 40):\n")
	for _, s := range res.damageSamples {
		fmt.Fprintf(&b, "- [%s] %s: %s\n    out: %s\n", s.tpl, s.path, s.what, clip(s.out, 600))
	}
	return b.String()
}

func TestTwentyFifthCorpus(t *testing.T) {
	seed := corpusSeed(t)
	t0 := time.Now()
	cs := buildCorpus(seed)
	gen := time.Since(t0)
	res := runCorpus(t, cs)
	res.genTime = gen
	t.Logf("generation %v", gen.Round(time.Millisecond))
	t.Log("\n" + res.summary(seed))

	// The corpus's own promises (a generator bug fails here, not a floor).
	if res.orphans > 0 {
		t.Errorf("%d PII values generated but written in no field: %v", res.orphans, res.orphanAt)
	}
	if res.pii < 22000 {
		t.Errorf("only %d PII values (want ≥ 22,000)", res.pii)
	}
	if res.looks < 50000 {
		t.Errorf("only %d look-alikes (want ≥ 50,000)", res.looks)
	}
	if len(res.lookTypes) < 60 {
		t.Errorf("only %d look-alike types (want ≥ 60)", len(res.lookTypes))
	}
	if n := countAtLeast(res.ctxs, 50); n < 14 {
		t.Errorf("only %d contexts with 50 values or more (want ≥ 14)", n)
	}
	if n := countAtLeast(res.forms, 50); n < 15 {
		t.Errorf("only %d forms with 50 values or more (want ≥ 15)", n)
	}
	if n := countAtLeast(res.locs, 100); n < 24 {
		t.Errorf("only %d locales with 100 values or more (want ≥ 24)", n)
	}

	if os.Getenv("VIGIL_TWENTYFIFTH_TARGETS") == "1" {
		checkTargets(t, res)
		return
	}
	if os.Getenv("VIGIL_TWENTYFIFTH_FLOORS") == "off" {
		t.Log("floors off (VIGIL_TWENTYFIFTH_FLOORS=off)")
		return
	}
	if seed != defaultSeed {
		t.Logf("floors are set for seed %d; seed %d is reported only", defaultSeed, seed)
		return
	}
	checkFloors(t, res)
}

func sortedKeys(m map[string]*tally) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func countAtLeast(m map[string]*tally, n int) int {
	k := 0
	for name, t := range m {
		if name != "-" && t.n >= n {
			k++
		}
	}
	return k
}

// checkTargets checks issue 10's targets.
func checkTargets(t *testing.T, res *result) {
	for _, k := range []string{"card", "iban", "cn_id", "credential"} {
		if n := res.leaksByKind[k]; n > 0 {
			t.Errorf("target: %d %s leaks (want 0)", n, k)
		}
	}
	for _, k := range sortedKeys(res.kinds) {
		v := res.kinds[k]
		if k == "card" || k == "iban" || k == "cn_id" || k == "credential" {
			continue
		}
		if v.recall() < 0.995 {
			t.Errorf("target: %s recall %s (want ≥ 99.5%%)", k, pct(v.recall()))
		}
	}
	for _, k := range sortedKeys(res.ctxs) {
		if v := res.ctxs[k]; v.recall() < 0.995 {
			t.Errorf("target: context %s recall %s (want ≥ 99.5%%)", k, pct(v.recall()))
		}
	}
	if d := float64(res.damaged) / float64(res.looks); d > 0.001 {
		t.Errorf("target: damage %s (want ≤ 0.1%%)", pct(d))
	}
}

// checkFloors fails below the first run's figures (see floors_test.go).
func checkFloors(t *testing.T, res *result) {
	if len(floorKind) == 0 {
		t.Log("no floors set yet")
		return
	}
	const eps = 1e-9
	for k, f := range floorKind {
		if v := res.kinds[k]; v == nil || v.recall()+eps < f {
			t.Errorf("floor: %s recall %s below %.1f%%", k, pct(res.kinds[k].recall()), 100*f)
		}
	}
	for k, f := range floorContext {
		if v := res.ctxs[k]; v == nil || v.recall()+eps < f {
			t.Errorf("floor: context %s recall %s below %.1f%%", k, pct(res.ctxs[k].recall()), 100*f)
		}
	}
	if d := float64(res.damaged) / float64(res.looks); d > ceilDamage+eps {
		t.Errorf("floor: damage %s above %.1f%%", pct(d), 100*ceilDamage)
	}
	for k, n := range ceilLeaks {
		if res.leaksByKind[k] > n {
			t.Errorf("floor: %d %s leaks (ceiling %d)", res.leaksByKind[k], k, n)
		}
	}
}

// floorDown rounds a ratio down to 0.1 %, ceilUp up.
func floorDown(x float64) float64 { return math.Floor(x*1000) / 1000 }
func ceilUp(x float64) float64    { return math.Ceil(x*1000) / 1000 }

// TestPrintFloors prints floors_test.go's tables from a run
// (VIGIL_TWENTYFIFTH_PRINT_FLOORS=1).
func TestPrintFloors(t *testing.T) {
	if os.Getenv("VIGIL_TWENTYFIFTH_PRINT_FLOORS") != "1" {
		t.Skip("set VIGIL_TWENTYFIFTH_PRINT_FLOORS=1")
	}
	res := runCorpus(t, buildCorpus(corpusSeed(t)))
	var b strings.Builder
	emit := func(name string, m map[string]*tally) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(&b, "var %s = map[string]float64{\n", name)
		for _, k := range keys {
			fmt.Fprintf(&b, "\t%q: %.3f,\n", k, floorDown(m[k].recall()))
		}
		b.WriteString("}\n\n")
	}
	emit("floorKind", res.kinds)
	emit("floorContext", res.ctxs)
	fmt.Fprintf(&b, "const ceilDamage = %.3f\n\n", ceilUp(float64(res.damaged)/float64(res.looks)))
	fmt.Fprintf(&b, "var ceilLeaks = map[string]int{\"card\": %d, \"iban\": %d, \"cn_id\": %d, \"credential\": %d}\n",
		res.leaksByKind["card"], res.leaksByKind["iban"], res.leaksByKind["cn_id"], res.leaksByKind["credential"])
	t.Log("\n" + b.String())
}

func TestGeneratorDeterministic(t *testing.T) {
	a := fingerprint(buildRounds(defaultSeed, 4))
	b := fingerprint(buildRounds(defaultSeed, 4))
	if a != b {
		t.Fatalf("two builds at seed %d differ: %x %x", defaultSeed, a, b)
	}
}
