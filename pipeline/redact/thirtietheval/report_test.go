package thirtietheval

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

var (
	corpusOnce sync.Once
	theCorpus  *corpus
)

func getCorpus() *corpus {
	corpusOnce.Do(func() { theCorpus = buildCorpus(seed()) })
	return theCorpus
}

// vigil's redactor as a user runs it: defaults, Event for events, RedactText
// for dead-letter lines.
type vigil struct{ r *redact.Redactor }

func (v vigil) Event(ev *event.Event) { v.r.Event(ev) }
func (v vigil) Line(s string) string  { return v.r.RedactText(s) }

func newVigil(t testing.TB) vigil {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return vigil{r}
}

// identity redacts nothing; blank removes everything.
type identity struct{}

func (identity) Event(*event.Event)   {}
func (identity) Line(s string) string { return s }

type blank struct{}

func (blank) Event(ev *event.Event) {
	for i := range ev.Fields {
		ev.Fields[i].Value = event.StringValue("[REDACTED:field]")
	}
}
func (blank) Line(string) string { return "" }

// ---------- stats ----------

type tally struct{ n, bad int }

func (t tally) rate() float64 { // share that is fine
	if t.n == 0 {
		return 1
	}
	return 1 - float64(t.bad)/float64(t.n)
}

type stats struct {
	pii, look                                        tally
	kind, ctx, loc, form, tmpl, ltype, lctx, deadPII map[string]*tally
	leaks                                            map[string][]string
	damages                                          map[string][]string
}

func add(m map[string]*tally, k string, bad bool) {
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

func sample(out string) string {
	out = strings.ReplaceAll(out, "\x00", "[M]")
	if len(out) > 300 {
		cut := 300
		for cut > 0 && out[cut]&0xc0 == 0x80 {
			cut--
		}
		out = out[:cut]
	}
	return out
}

func (cp *corpus) stats() *stats {
	s := &stats{kind: map[string]*tally{}, ctx: map[string]*tally{}, loc: map[string]*tally{}, form: map[string]*tally{},
		tmpl: map[string]*tally{}, ltype: map[string]*tally{}, lctx: map[string]*tally{}, deadPII: map[string]*tally{},
		leaks: map[string][]string{}, damages: map[string][]string{}}
	for _, c := range cp.cases {
		for _, pv := range c.pii {
			s.pii.n++
			if pv.leaked {
				s.pii.bad++
				if len(s.leaks[pv.kind]) < 12 {
					s.leaks[pv.kind] = append(s.leaks[pv.kind], fmt.Sprintf("%s %s %s %q\n        -> %q", pv.ctx, pv.form, pv.loc, strings.Join(pv.parts, " | "), sample(c.lastOut)))
				}
			}
			add(s.kind, pv.kind, pv.leaked)
			add(s.ctx, pv.ctx, pv.leaked)
			add(s.loc, pv.loc, pv.leaked)
			add(s.form, pv.form, pv.leaked)
			add(s.tmpl, pv.tmpl, pv.leaked)
			d := "event"
			if c.dead != "" {
				d = "dead_letter_" + c.dead
			}
			add(s.deadPII, d, pv.leaked)
		}
		for _, lv := range c.looks {
			s.look.n++
			if lv.damaged {
				s.look.bad++
				if len(s.damages[lv.typ]) < 6 {
					s.damages[lv.typ] = append(s.damages[lv.typ], fmt.Sprintf("%s %q\n        -> %q", lv.ctx, lv.out, sample(c.lastOut)))
				}
			}
			add(s.ltype, lv.typ, lv.damaged)
			add(s.lctx, lv.ctx, lv.damaged)
		}
	}
	return s
}

func pct(x float64) string { return fmt.Sprintf("%.2f %%", 100*x) }

func table(b *strings.Builder, title, col string, m map[string]*tally, damage bool) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(b, "\n%s\n", title)
	if damage {
		fmt.Fprintf(b, "  %-34s %8s %8s %9s\n", col, "n", "damaged", "damage")
	} else {
		fmt.Fprintf(b, "  %-34s %8s %8s %9s\n", col, "n", "leaked", "recall")
	}
	for _, k := range keys {
		t := m[k]
		r := t.rate()
		if damage {
			r = 1 - r
		}
		fmt.Fprintf(b, "  %-34s %8d %8d %9s\n", k, t.n, t.bad, pct(r))
	}
}

func (cp *corpus) report(s *stats) string {
	var b strings.Builder
	locs := map[string]bool{}
	for _, c := range cp.cases {
		locs[c.loc.code] = true
	}
	dead := 0
	for _, c := range cp.cases {
		if c.dead != "" {
			dead++
		}
	}
	fmt.Fprintf(&b, "seed %d: %d cases (%d dead-letter lines, %d dropped for colliding values), %d PII values, %d look-alikes, %d locales, %d contexts\n",
		cp.seed, len(cp.cases), dead, cp.dropped, s.pii.n, s.look.n, len(locs), len(s.ctx))
	fmt.Fprintf(&b, "fingerprint sha256 %s\n", cp.fp)
	fmt.Fprintf(&b, "OVERALL recall %s (%d of %d PII values leaked), damage %s (%d of %d look-alikes damaged)\n",
		pct(s.pii.rate()), s.pii.bad, s.pii.n, pct(1-s.look.rate()), s.look.bad, s.look.n)
	table(&b, "per kind", "kind", s.kind, false)
	table(&b, "per context", "context", s.ctx, false)
	table(&b, "per input shape", "shape", s.deadPII, false)
	table(&b, "per locale", "locale", s.loc, false)
	table(&b, "per form", "form", s.form, false)
	table(&b, "per template", "template", s.tmpl, false)
	table(&b, "damage per look-alike type", "type", s.ltype, true)
	table(&b, "damage per context", "context", s.lctx, true)
	b.WriteString("\nsample leaks\n")
	for _, k := range []string{"name", "address", "phone", "email", "card", "iban", "cn_id", "credential"} {
		for _, l := range s.leaks[k] {
			fmt.Fprintf(&b, "  [%s] %s\n", k, l)
		}
	}
	b.WriteString("\nsample damages\n")
	for _, k := range allLookTypes {
		for _, l := range s.damages[k] {
			fmt.Fprintf(&b, "  [%s] %s\n", k, l)
		}
	}
	for _, k := range []string{"trace_id", "request_id"} {
		for _, l := range s.damages[k] {
			fmt.Fprintf(&b, "  [%s] %s\n", k, l)
		}
	}
	return b.String()
}

// ---------- tests ----------

var (
	vigilOnce  sync.Once
	vigilStats *stats
)

// vigilRun judges vigil's redactor once per test binary.
func vigilRun(t *testing.T) (*corpus, *stats) {
	cp := getCorpus()
	vigilOnce.Do(func() {
		cp.judge(newVigil(t))
		vigilStats = cp.stats()
	})
	return cp, vigilStats
}

func TestCorpusReport(t *testing.T) {
	cp, s := vigilRun(t)
	t.Log("\n" + cp.report(s))
}

func TestCorpusSize(t *testing.T) {
	cp := getCorpus()
	cp.judge(identity{})
	s := cp.stats()
	if s.pii.n < 20000 {
		t.Errorf("%d PII values, want >= 20000", s.pii.n)
	}
	if s.look.n < 40000 {
		t.Errorf("%d look-alikes, want >= 40000", s.look.n)
	}
	if len(s.loc) < 30 {
		t.Errorf("%d locales, want >= 30", len(s.loc))
	}
	if len(s.ltype) < 20 {
		t.Errorf("%d look-alike types, want >= 20", len(s.ltype))
	}
	if len(s.ctx) < 14 {
		t.Errorf("%d contexts, want >= 14", len(s.ctx))
	}
	have := map[string]bool{}
	for _, c := range cp.cases {
		for _, pv := range c.pii {
			have[pv.kind+"@"+pv.ctx] = true
		}
	}
	for _, k := range []string{"name", "address", "phone", "email", "card", "iban", "cn_id", "credential"} {
		for _, c := range contexts {
			if !have[k+"@"+c.name] {
				t.Errorf("no %s in context %s", k, c.name)
			}
		}
	}
	if n := s.kind["name"].n; float64(n) < 0.22*float64(s.pii.n) {
		t.Errorf("names are %d of %d values, want about a quarter", n, s.pii.n)
	}
	dead := 0
	for _, c := range cp.cases {
		if c.dead != "" {
			dead++
		}
	}
	if f := float64(dead) / float64(len(cp.cases)); f < 0.07 || f > 0.13 {
		t.Errorf("dead-letter share %.3f, want about 0.10", f)
	}
	t.Logf("%d PII values, %d look-alikes, %d locales, %d look-alike types, %d contexts", s.pii.n, s.look.n, len(s.loc), len(s.ltype), len(s.ctx))
}

// TestJudgeSelfTest: redacting nothing leaks everything and damages nothing;
// removing everything leaks nothing and damages everything.
func TestJudgeSelfTest(t *testing.T) {
	cp := getCorpus()
	cp.judge(identity{})
	s := cp.stats()
	if s.pii.bad != s.pii.n || s.look.bad != 0 {
		t.Errorf("identity: %d of %d leaked, %d damaged; want all leaked, none damaged", s.pii.bad, s.pii.n, s.look.bad)
		for _, c := range cp.cases {
			for _, pv := range c.pii {
				if !pv.leaked {
					t.Logf("not seen: %q in %q", pv.parts, sample(c.lastOut))
					break
				}
			}
		}
	}
	cp.judge(blank{})
	s = cp.stats()
	if s.pii.bad != 0 || s.look.bad != s.look.n {
		t.Errorf("blank: %d leaked, %d of %d damaged; want none leaked, all damaged", s.pii.bad, s.look.bad, s.look.n)
	}
}

func TestDeterminism(t *testing.T) {
	a, b := getCorpus(), buildCorpus(seed())
	if a.fp != b.fp {
		t.Fatalf("fingerprints differ: %s %s", a.fp, b.fp)
	}
	t.Logf("fingerprint %s twice", a.fp)
}

// Floors from the first run on the unchanged code of branch c30 (main at
// 527eb7c, seed 30, fingerprint 663998b2…): recall floors rounded down to
// 0.1 pt, damage ceiling rounded up to 0.1 pt, leak ceilings for the kinds
// that must never leak = first-run counts.
var (
	recallFloor = map[string]float64{
		"name": 0.393, "address": 0.918, "phone": 0.880, "email": 0.746,
		"card": 0.800, "iban": 1.000, "cn_id": 1.000, "credential": 0.864,
	}
	damageCeiling = 0.010
	leakCeiling   = map[string]int{"card": 430, "iban": 0, "cn_id": 0, "credential": 293}
)

func TestFloors(t *testing.T) {
	_, s := vigilRun(t)
	if os.Getenv("VIGIL_THIRTIETH_TARGETS") == "1" {
		for _, k := range []string{"card", "iban", "cn_id", "credential"} {
			if s.kind[k].bad > 0 {
				t.Errorf("target: %s leaks %d, want 0", k, s.kind[k].bad)
			}
		}
		for _, k := range []string{"name", "address", "phone", "email"} {
			if r := s.kind[k].rate(); r < 0.995 {
				t.Errorf("target: %s recall %s, want >= 99.50 %%", k, pct(r))
			}
		}
		ctxs := make([]string, 0, len(s.ctx))
		for k := range s.ctx {
			ctxs = append(ctxs, k)
		}
		sort.Strings(ctxs)
		for _, k := range ctxs {
			if r := s.ctx[k].rate(); r < 0.995 {
				t.Errorf("target: context %s recall %s, want >= 99.50 %%", k, pct(r))
			}
		}
		if d := 1 - s.look.rate(); d > 0.001 {
			t.Errorf("target: damage %s, want <= 0.10 %%", pct(d))
		}
		return
	}
	if seed() != defaultSeed {
		t.Skip("floors hold for the default seed")
	}
	for k, f := range recallFloor {
		if r := s.kind[k].rate(); r < f-1e-9 {
			t.Errorf("%s recall %s below floor %s", k, pct(r), pct(f))
		}
	}
	if d := 1 - s.look.rate(); d > damageCeiling+1e-9 {
		t.Errorf("damage %s above ceiling %s", pct(d), pct(damageCeiling))
	}
	for k, c := range leakCeiling {
		if s.kind[k].bad > c {
			t.Errorf("%s leaks %d, ceiling %d", k, s.kind[k].bad, c)
		}
	}
}
