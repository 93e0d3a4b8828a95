package twentyeightheval

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

// redactFn returns a case's output text: the event's field values after
// redaction (one a line), or the redacted dead-letter line.
type redactFn func(c *tcase) string

func identity(c *tcase) string { return c.input() }

func blank(c *tcase) string { return "" }

func realRedactor(t testing.TB) redactFn {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return func(c *tcase) string {
		if c.dead {
			return r.RedactText(c.fields[0].text())
		}
		ev := &event.Event{Time: t0}
		for _, f := range c.fields {
			ev.Set(f.path, event.StringValue(f.text()))
		}
		r.Event(ev)
		var parts []string
		for _, f := range ev.Fields {
			parts = append(parts, f.Value.Text())
		}
		return strings.Join(parts, "\n")
	}
}

type tally struct{ n, bad int }

func (t *tally) add(bad bool) {
	t.n++
	if bad {
		t.bad++
	}
}

func (t tally) rate() float64 {
	if t.n == 0 {
		return 0
	}
	return float64(t.bad) / float64(t.n)
}

type sample struct{ value, out string }

type result struct {
	values, looks  int
	leaks, damages int
	byKind, byCtx  map[string]*tally
	byLoc, byForm  map[string]*tally
	byTmpl, byLook map[string]*tally
	byKindCtx      map[string]*tally
	byMode         map[string]*tally
	leakSamples    map[string][]sample
	damageSamples  map[string][]sample
}

func inc(m map[string]*tally, k string, bad bool) {
	t := m[k]
	if t == nil {
		t = &tally{}
		m[k] = t
	}
	t.add(bad)
}

func judge(cs []*tcase, fn redactFn) *result {
	res := &result{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{}, byForm: map[string]*tally{},
		byTmpl: map[string]*tally{}, byLook: map[string]*tally{}, byKindCtx: map[string]*tally{}, byMode: map[string]*tally{},
		leakSamples: map[string][]sample{}, damageSamples: map[string][]sample{}}
	for _, c := range cs {
		out := fn(c)
		mode := "event"
		if c.dead {
			mode = "dead_letter"
		}
		for i, p := range c.ps {
			leak := false
			for _, f := range forms(c, i) {
				if strings.Contains(out, f) {
					leak = true
					break
				}
			}
			res.values++
			if leak {
				res.leaks++
				if len(res.leakSamples[p.kind]) < 12 {
					res.leakSamples[p.kind] = append(res.leakSamples[p.kind], sample{c.ctx + " " + p.form + " " + c.pspell[i], clip(out, 300)})
				}
			}
			inc(res.byKind, p.kind, leak)
			inc(res.byCtx, c.ctx, leak)
			inc(res.byLoc, c.loc, leak)
			inc(res.byForm, p.kind+":"+p.form, leak)
			inc(res.byTmpl, c.tmpl, leak)
			inc(res.byKindCtx, p.kind+"@"+c.ctx, leak)
			inc(res.byMode, mode, leak)
		}
		for j, l := range c.ls {
			dmg := !strings.Contains(out, c.lspell[j])
			res.looks++
			if dmg {
				res.damages++
				if len(res.damageSamples[l.typ]) < 6 {
					res.damageSamples[l.typ] = append(res.damageSamples[l.typ], sample{c.ctx + " " + c.lspell[j], clip(out, 300)})
				}
			}
			inc(res.byLook, l.typ, dmg)
		}
	}
	return res
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return strings.ReplaceAll(string(r), "\n", "⏎")
}

func (r *result) recall() float64 { return 1 - float64(r.leaks)/float64(r.values) }
func (r *result) damage() float64 { return float64(r.damages) / float64(r.looks) }

func table(t *testing.T, title string, m map[string]*tally, metric string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", title)
	for _, k := range keys {
		v := m[k]
		if metric == "recall" {
			fmt.Fprintf(&b, "  %-34s n=%6d leaks=%5d recall=%7.3f%%\n", k, v.n, v.bad, 100*(1-v.rate()))
		} else {
			fmt.Fprintf(&b, "  %-34s n=%6d damaged=%5d damage=%7.3f%%\n", k, v.n, v.bad, 100*v.rate())
		}
	}
	t.Log(b.String())
}

func TestJudgeSelfTest(t *testing.T) {
	cs := corpus(corpusSeed())
	id := judge(cs, identity)
	if id.leaks != id.values || id.damages != 0 {
		t.Fatalf("identity: %d/%d leaks, %d damages; want all leaks, no damage", id.leaks, id.values, id.damages)
	}
	bl := judge(cs, blank)
	if bl.leaks != 0 || bl.damages != bl.looks {
		t.Fatalf("blank: %d leaks, %d/%d damages; want no leaks, all damaged", bl.leaks, bl.damages, bl.looks)
	}
	// a redactor that removes exactly the PII segments: no leak, no damage
	exact := func(c *tcase) string {
		var parts []string
		for _, f := range c.fields {
			var sb strings.Builder
			for _, s := range f.segs {
				if s.own >= 0 {
					sb.WriteString("[REDACTED]")
				} else {
					sb.WriteString(s.s)
				}
			}
			parts = append(parts, sb.String())
		}
		return strings.Join(parts, "\n")
	}
	ex := judge(cs, exact)
	if ex.leaks != 0 || ex.damages != 0 {
		t.Fatalf("exact: %d leaks, %d damages; want none", ex.leaks, ex.damages)
	}
}

func TestCorpusDeterministic(t *testing.T) {
	a := fingerprint(corpus(corpusSeed()))
	b := fingerprint(buildCorpus(corpusSeed()))
	if a != b {
		t.Fatalf("fingerprints differ: %s %s", a, b)
	}
}

func TestCorpusSize(t *testing.T) {
	cs := corpus(corpusSeed())
	res := judge(cs, identity)
	if res.values < 20000 || res.looks < 40000 {
		t.Errorf("values=%d looks=%d; want ≥ 20000 and ≥ 40000", res.values, res.looks)
	}
	if len(res.byLoc) < 30 {
		t.Errorf("locales=%d; want ≥ 30", len(res.byLoc))
	}
	if len(res.byLook) < 20 {
		t.Errorf("look-alike types=%d; want ≥ 20", len(res.byLook))
	}
	if len(res.byCtx) < 14 {
		t.Errorf("contexts=%d; want ≥ 14", len(res.byCtx))
	}
	for _, k := range kinds {
		for _, c := range contexts {
			if res.byKindCtx[k+"@"+c.name] == nil {
				t.Errorf("kind %s missing in context %s", k, c.name)
			}
		}
	}
	dead := res.byMode["dead_letter"]
	if dead == nil || float64(dead.n) < 0.07*float64(res.values) {
		t.Errorf("dead-letter share too small")
	}
}

var (
	realMu    sync.Mutex
	realCache = map[uint64]*result{}
)

// realResult judges the corpus against the redactor once per seed.
func realResult(t *testing.T, seed uint64) *result {
	realMu.Lock()
	defer realMu.Unlock()
	if r, ok := realCache[seed]; ok {
		return r
	}
	r := judge(corpus(seed), realRedactor(t))
	realCache[seed] = r
	return r
}

func TestCorpusReport(t *testing.T) {
	seed := corpusSeed()
	cs := corpus(seed)
	res := realResult(t, seed)
	t.Logf("seed=%d cases=%d pii_values=%d lookalikes=%d locales=%d contexts=%d lookalike_types=%d", seed, len(cs), res.values, res.looks, len(res.byLoc), len(res.byCtx), len(res.byLook))
	t.Logf("fingerprint=%s", fingerprint(cs))
	t.Logf("OVERALL recall=%.3f%% (%d leaks of %d) damage=%.3f%% (%d of %d)", 100*res.recall(), res.leaks, res.values, 100*res.damage(), res.damages, res.looks)
	table(t, "per kind", res.byKind, "recall")
	table(t, "per context", res.byCtx, "recall")
	table(t, "per mode", res.byMode, "recall")
	table(t, "per locale", res.byLoc, "recall")
	table(t, "per form", res.byForm, "recall")
	table(t, "per template", res.byTmpl, "recall")
	table(t, "damage per look-alike type", res.byLook, "damage")
	for _, k := range kinds {
		for _, s := range res.leakSamples[k] {
			t.Logf("LEAK %s: %s\n    out: %s", k, s.value, s.out)
		}
	}
	for _, k := range lookTypes {
		for _, s := range res.damageSamples[k] {
			t.Logf("DAMAGE %s: %s\n    out: %s", k, s.value, s.out)
		}
	}
}

// Floors from the first run on the unchanged redactor (seed 28, corpus
// fingerprint 55fbc629…): recall rounded down, damage rounded up to 0.1 pt,
// leak counts as they were.
var (
	recallFloor = map[string]float64{
		"name": 86.5, "address": 94.0, "phone": 94.7, "email": 94.9,
		"card": 94.7, "iban": 93.7, "cn_id": 94.8, "credential": 97.2,
	}
	damageCeiling  = 1.9
	leakCeiling    = map[string]int{"card": 142, "iban": 168, "cn_id": 135, "credential": 72}
	floorsRecorded = true
)

func TestFloors(t *testing.T) {
	res := realResult(t, corpusSeed())
	if os.Getenv("VIGIL_TWENTYEIGHTH_TARGETS") == "1" {
		for _, k := range []string{"card", "iban", "cn_id", "credential"} {
			if n := res.byKind[k].bad; n > 0 {
				t.Errorf("target: %s leaks %d, want 0", k, n)
			}
		}
		for _, k := range []string{"name", "address", "phone", "email"} {
			if r := 1 - res.byKind[k].rate(); r < 0.995 {
				t.Errorf("target: %s recall %.3f%%, want ≥ 99.5%%", k, 100*r)
			}
		}
		for _, c := range contexts {
			if r := 1 - res.byCtx[c.name].rate(); r < 0.995 {
				t.Errorf("target: context %s recall %.3f%%, want ≥ 99.5%%", c.name, 100*r)
			}
		}
		if d := res.damage(); d > 0.001 {
			t.Errorf("target: damage %.3f%%, want ≤ 0.1%%", 100*d)
		}
		return
	}
	if corpusSeed() != defaultSeed {
		t.Skip("floors are for the default seed")
	}
	if !floorsRecorded {
		t.Skip("floors not recorded yet")
	}
	for k, f := range recallFloor {
		if r := 100 * (1 - res.byKind[k].rate()); r < f {
			t.Errorf("%s recall %.3f%% below floor %.1f%%", k, r, f)
		}
	}
	if d := 100 * res.damage(); d > damageCeiling {
		t.Errorf("damage %.3f%% above ceiling %.1f%%", d, damageCeiling)
	}
	for k, c := range leakCeiling {
		if n := res.byKind[k].bad; n > c {
			t.Errorf("%s leaks %d above ceiling %d", k, n, c)
		}
	}
}
