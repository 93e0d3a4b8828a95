package twentyninetheval

import (
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

const numCases = 11000

func seed() uint64 {
	if s := os.Getenv("VIGIL_TWENTYNINTH_SEED"); s != "" {
		if v, err := strconv.ParseUint(s, 10, 64); err == nil {
			return v
		}
	}
	return 29
}

// redactor turns a case into the text the judge reads: every field's text
// after Event, or the dead-letter line after RedactText.
type redactor func(c *tcase) string

func joinFields(fs []event.Field) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Path)
		b.WriteString("=")
		b.WriteString(f.Value.Text())
		b.WriteString("\n")
	}
	return b.String()
}

func realRedactor(t testing.TB) redactor {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return func(c *tcase) string {
		if c.dead {
			return r.RedactText(c.line)
		}
		ev := &event.Event{Fields: append([]event.Field(nil), c.fields...)}
		r.Event(ev)
		return joinFields(ev.Fields)
	}
}

func identity(c *tcase) string {
	if c.dead {
		return c.line
	}
	return joinFields(c.fields)
}

func blank(c *tcase) string { return "" }

// spellings of a PII value the judge looks for.
func spellings(v value) []string {
	s := []string{v.raw}
	if v.spelled != "" && v.spelled != v.raw {
		s = append(s, v.spelled)
	}
	switch v.kind {
	case "phone", "card", "iban", "cn_id":
		nat := digitsOnly(v.raw, false)
		asc := digitsOnly(v.raw, true)
		if len([]rune(asc)) >= 7 {
			s = append(s, nat)
			if asc != nat {
				s = append(s, asc)
			}
		}
	}
	return s
}

type result struct {
	c      *tcase
	out    string
	leaked []bool // per value: leaked (pii) or damaged (look-alike)
}

func judge(cs []tcase, rd redactor) []result {
	res := make([]result, len(cs))
	for i := range cs {
		c := &cs[i]
		out := rd(c)
		rr := result{c: c, out: out, leaked: make([]bool, len(c.values))}
		for j, v := range c.values {
			if v.pii {
				for _, sp := range spellings(v) {
					if sp != "" && strings.Contains(out, sp) {
						rr.leaked[j] = true
						break
					}
				}
			} else {
				sp := v.spelled
				if sp == "" {
					sp = v.raw
				}
				rr.leaked[j] = !strings.Contains(out, sp)
			}
		}
		res[i] = rr
	}
	return res
}

type tally struct{ n, bad int }

func (t tally) rate() float64 {
	if t.n == 0 {
		return 0
	}
	return 100 * float64(t.bad) / float64(t.n)
}

type summary struct {
	pii, look                  tally
	kind, ctx, loc, form, tmpl map[string]*tally
	ltype                      map[string]*tally
	leakSamples, damageSamples map[string][]string
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

func summarise(res []result) *summary {
	s := &summary{kind: map[string]*tally{}, ctx: map[string]*tally{}, loc: map[string]*tally{}, form: map[string]*tally{}, tmpl: map[string]*tally{}, ltype: map[string]*tally{}, leakSamples: map[string][]string{}, damageSamples: map[string][]string{}}
	for _, r := range res {
		for j, v := range r.c.values {
			bad := r.leaked[j]
			snip := r.out
			if len(snip) > 300 {
				snip = snip[:300]
			}
			if v.pii {
				s.pii.n++
				if bad {
					s.pii.bad++
					if len(s.leakSamples[v.kind]) < 12 {
						s.leakSamples[v.kind] = append(s.leakSamples[v.kind], fmt.Sprintf("[%s %s %s dead=%v] %q\n        out: %q", r.c.ctx, v.loc, v.form, r.c.dead, v.raw, snip))
					}
				}
				add(s.kind, v.kind, bad)
				add(s.ctx, r.c.ctx, bad)
				add(s.loc, v.loc, bad)
				add(s.form, v.form, bad)
				add(s.tmpl, r.c.tmpl, bad)
				if r.c.dead {
					add(s.ctx, "(dead-letter)", bad)
				}
			} else {
				s.look.n++
				if bad {
					s.look.bad++
					if len(s.damageSamples[v.typ]) < 6 {
						s.damageSamples[v.typ] = append(s.damageSamples[v.typ], fmt.Sprintf("[%s] %q\n        out: %q", r.c.ctx, v.spelled, snip))
					}
				}
				add(s.ltype, v.typ, bad)
			}
		}
	}
	return s
}

func keys(m map[string]*tally) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func table(b *strings.Builder, title string, m map[string]*tally, recall bool) {
	fmt.Fprintf(b, "\n%s\n", title)
	for _, k := range keys(m) {
		t := m[k]
		if recall {
			fmt.Fprintf(b, "  %-34s n=%6d leaked=%5d recall=%6.2f%%\n", k, t.n, t.bad, 100-t.rate())
		} else {
			fmt.Fprintf(b, "  %-34s n=%6d damaged=%5d damage=%6.2f%%\n", k, t.n, t.bad, t.rate())
		}
	}
}

var (
	once   sync.Once
	corpus []tcase
	sum    *summary
	fp     string
)

func evaluate(t testing.TB) {
	once.Do(func() {
		corpus = buildCorpus(seed(), numCases)
		fp = fingerprint(corpus)
		sum = summarise(judge(corpus, realRedactor(t)))
	})
}

func locales30(cs []tcase) int {
	m := map[string]bool{}
	for _, c := range cs {
		m[c.loc] = true
	}
	return len(m)
}

func TestCorpusReport(t *testing.T) {
	evaluate(t)
	s := sum
	var b strings.Builder
	dead := 0
	for _, c := range corpus {
		if c.dead {
			dead++
		}
	}
	fmt.Fprintf(&b, "seed=%d cases=%d dead_letter=%d pii=%d lookalikes=%d locales=%d contexts=%d\nfingerprint=%s\n", seed(), len(corpus), dead, s.pii.n, s.look.n, locales30(corpus), len(contexts), fp)
	fmt.Fprintf(&b, "OVERALL recall=%.2f%% (leaked %d of %d)  damage=%.2f%% (%d of %d)\n", 100-s.pii.rate(), s.pii.bad, s.pii.n, s.look.rate(), s.look.bad, s.look.n)
	table(&b, "per kind", s.kind, true)
	table(&b, "per context", s.ctx, true)
	table(&b, "per locale", s.loc, true)
	table(&b, "per form", s.form, true)
	table(&b, "per template", s.tmpl, true)
	table(&b, "damage per look-alike type", s.ltype, false)
	b.WriteString("\nsample leaks\n")
	for _, k := range kinds {
		for _, l := range s.leakSamples[k] {
			fmt.Fprintf(&b, "  %s %s\n", k, l)
		}
	}
	b.WriteString("\nsample damages\n")
	for _, k := range keys(s.ltype) {
		for _, l := range s.damageSamples[k] {
			fmt.Fprintf(&b, "  %s %s\n", k, l)
		}
	}
	t.Log(b.String())
}

func TestCorpusSize(t *testing.T) {
	evaluate(t)
	if sum.pii.n < 20000 || sum.look.n < 40000 {
		t.Fatalf("pii=%d look=%d", sum.pii.n, sum.look.n)
	}
	if n := locales30(corpus); n < 30 {
		t.Fatalf("locales=%d", n)
	}
	if len(sum.ltype) < 20 {
		t.Fatalf("look-alike types=%d", len(sum.ltype))
	}
	seen := map[string]bool{}
	for _, c := range corpus {
		for _, v := range c.values {
			if v.pii {
				seen[c.ctx+"/"+v.kind] = true
			}
		}
	}
	for _, ctx := range contexts {
		for _, k := range kinds {
			if !seen[ctx+"/"+k] {
				t.Errorf("kind %s missing in context %s", k, ctx)
			}
		}
	}
	if fp2 := fingerprint(buildCorpus(seed(), numCases)); fp2 != fp {
		t.Fatalf("not deterministic: %s vs %s", fp, fp2)
	}
}

func TestJudgeSelf(t *testing.T) {
	cs := buildCorpus(seed(), 800)
	id := summarise(judge(cs, identity))
	if id.pii.bad != id.pii.n || id.look.bad != 0 {
		t.Fatalf("identity: leaked %d/%d damaged %d", id.pii.bad, id.pii.n, id.look.bad)
	}
	bl := summarise(judge(cs, blank))
	if bl.pii.bad != 0 || bl.look.bad != bl.look.n {
		t.Fatalf("blank: leaked %d damaged %d/%d", bl.pii.bad, bl.look.bad, bl.look.n)
	}
}

// Floors from the first run on the unchanged code of branch c29 (seed 29).
var recallFloor = map[string]float64{
	"address": 83.5, "card": 86.3, "cn_id": 87.7, "credential": 78.7,
	"email": 68.3, "iban": 63.6, "name": 71.4, "phone": 75.1,
}

var damageCeiling = 3.6

var leakCeiling = map[string]int{"card": 375, "iban": 999, "cn_id": 338, "credential": 583}

func TestFloors(t *testing.T) {
	evaluate(t)
	if os.Getenv("VIGIL_TWENTYNINTH_TARGETS") == "1" {
		for _, k := range []string{"card", "iban", "cn_id", "credential"} {
			if sum.kind[k].bad > 0 {
				t.Errorf("target: %s leaks %d", k, sum.kind[k].bad)
			}
		}
		for _, k := range []string{"name", "address", "phone", "email"} {
			if r := 100 - sum.kind[k].rate(); r < 99.5 {
				t.Errorf("target: %s recall %.2f%% < 99.5%%", k, r)
			}
		}
		for _, k := range contexts {
			if r := 100 - sum.ctx[k].rate(); r < 99.5 {
				t.Errorf("target: context %s recall %.2f%% < 99.5%%", k, r)
			}
		}
		if d := sum.look.rate(); d > 0.1 {
			t.Errorf("target: damage %.2f%% > 0.1%%", d)
		}
		return
	}
	if seed() != 29 {
		t.Skip("floors are for seed 29")
	}
	for k, f := range recallFloor {
		if r := 100 - sum.kind[k].rate(); r+1e-9 < f {
			t.Errorf("%s recall %.2f%% below floor %.1f%%", k, r, f)
		}
	}
	if d := sum.look.rate(); d > damageCeiling+1e-9 {
		t.Errorf("damage %.2f%% above ceiling %.1f%%", d, damageCeiling)
	}
	for k, c := range leakCeiling {
		if n := sum.kind[k].bad; n > c {
			t.Errorf("%s leaks %d above ceiling %d", k, n, c)
		}
	}
}
