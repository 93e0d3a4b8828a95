package twentyseventheval

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

// redactor turns a case into the text that leaves the process.
type redactor func(k *kase) string

func eventText(ev *event.Event) string {
	var b strings.Builder
	for _, f := range ev.Fields {
		b.WriteString(f.Path + "\t" + f.Value.Text() + "\n")
	}
	return b.String()
}

// vigil redacts as a user would: Event for events, RedactText for dead letters.
func vigil(t testing.TB) redactor {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return func(k *kase) string {
		if strings.HasPrefix(k.mode, "dead") {
			return r.RedactText(k.line())
		}
		ev := k.event()
		r.Event(ev)
		return eventText(ev)
	}
}

func identity(k *kase) string {
	if strings.HasPrefix(k.mode, "dead") {
		return k.line()
	}
	return eventText(k.event())
}

func blankAll(*kase) string { return "" }

type tally struct{ n, bad int }

func (t *tally) add(bad bool) {
	t.n++
	if bad {
		t.bad++
	}
}

type sample struct{ value, out string }

type result struct {
	values, looks           int
	leaks, damages          int
	byKind, byCtx, byLoc    map[string]*tally
	byForm, byTmpl, byMode  map[string]*tally
	byLook                  map[string]*tally
	leakSamples, dmgSamples map[string][]sample
}

func bump(m map[string]*tally, k string, bad bool) {
	t := m[k]
	if t == nil {
		t = &tally{}
		m[k] = t
	}
	t.add(bad)
}

func first300(s string) string {
	if len(s) <= 300 {
		return s
	}
	i := 300
	for i > 0 && (s[i]&0xc0) == 0x80 {
		i--
	}
	return s[:i]
}

func judge(c *corpus, red redactor) *result {
	res := &result{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{}, byForm: map[string]*tally{},
		byTmpl: map[string]*tally{}, byMode: map[string]*tally{}, byLook: map[string]*tally{}, leakSamples: map[string][]sample{}, dmgSamples: map[string][]sample{}}
	for _, k := range c.cases {
		out := red(k)
		for _, v := range k.vals {
			leak := false
			for _, s := range v.spellings() {
				if strings.Contains(out, s) {
					leak = true
					break
				}
			}
			res.values++
			if leak {
				res.leaks++
				if len(res.leakSamples[v.kind]) < 12 {
					res.leakSamples[v.kind] = append(res.leakSamples[v.kind], sample{v.text + "  [" + v.form + ", " + k.tmpl + ", " + k.mode + "]", first300(out)})
				}
			}
			bump(res.byKind, v.kind, leak)
			bump(res.byCtx, k.ctx, leak)
			bump(res.byLoc, v.loc, leak)
			bump(res.byForm, v.form, leak)
			bump(res.byTmpl, k.tmpl, leak)
			bump(res.byMode, k.mode, leak)
		}
		for _, l := range k.looks {
			dmg := !strings.Contains(out, l.enc) && !strings.Contains(out, l.text)
			res.looks++
			if dmg {
				res.damages++
				if len(res.dmgSamples[l.typ]) < 6 {
					res.dmgSamples[l.typ] = append(res.dmgSamples[l.typ], sample{l.text + "  [" + k.tmpl + ", " + k.mode + "]", first300(out)})
				}
			}
			bump(res.byLook, l.typ, dmg)
		}
	}
	return res
}

func pct(bad, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * float64(bad) / float64(n)
}

func (res *result) recall() float64 { return 100 - pct(res.leaks, res.values) }
func (res *result) damage() float64 { return pct(res.damages, res.looks) }

func sortedKeys(m map[string]*tally) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (res *result) table(w *strings.Builder, title string, m map[string]*tally, what string) {
	fmt.Fprintf(w, "\n%s\n| %s | n | %s | %% |\n|---|---:|---:|---:|\n", title, strings.Fields(title)[0], what)
	for _, k := range sortedKeys(m) {
		t := m[k]
		if what == "leaks" {
			fmt.Fprintf(w, "| %s | %d | %d | %.2f |\n", k, t.n, t.bad, 100-pct(t.bad, t.n))
		} else {
			fmt.Fprintf(w, "| %s | %d | %d | %.2f |\n", k, t.n, t.bad, pct(t.bad, t.n))
		}
	}
}

func (res *result) report(c *corpus, fp string, full bool) string {
	var w strings.Builder
	fmt.Fprintf(&w, "seed %d, %d cases, %d PII values, %d look-alikes, %d locales, fingerprint %s\n", c.seed, len(c.cases), res.values, res.looks, len(res.byLoc), fp)
	fmt.Fprintf(&w, "OVERALL recall %.2f %% (%d leaks of %d), damage %.3f %% (%d of %d)\n", res.recall(), res.leaks, res.values, res.damage(), res.damages, res.looks)
	res.table(&w, "kind (recall %)", res.byKind, "leaks")
	res.table(&w, "context (recall %)", res.byCtx, "leaks")
	res.table(&w, "mode (recall %)", res.byMode, "leaks")
	if !full {
		return w.String()
	}
	res.table(&w, "locale (recall %)", res.byLoc, "leaks")
	res.table(&w, "form (recall %)", res.byForm, "leaks")
	res.table(&w, "template (recall %)", res.byTmpl, "leaks")
	res.table(&w, "look-alike (damage %)", res.byLook, "damaged")
	fmt.Fprintf(&w, "\nsample leaks\n")
	for _, k := range kinds {
		for _, s := range res.leakSamples[k] {
			fmt.Fprintf(&w, "LEAK %s: %s\n    out: %q\n", k, s.value, s.out)
		}
	}
	fmt.Fprintf(&w, "\nsample damages\n")
	for _, t := range lookTypes {
		for _, s := range res.dmgSamples[t] {
			fmt.Fprintf(&w, "DAMAGE %s: %s\n    out: %q\n", t, s.value, s.out)
		}
	}
	return w.String()
}

var (
	once   sync.Once
	theC   *corpus
	theRes *result
	theFP  string
)

var (
	genOnce sync.Once
	genC    *corpus
)

// shared: the corpus of this seed, generated once per test binary.
func shared() *corpus {
	genOnce.Do(func() { genC = genCorpus(seed()) })
	return genC
}

func run(t testing.TB) (*corpus, *result, string) {
	once.Do(func() {
		theC = shared()
		theFP = theC.fingerprint()
		theRes = judge(theC, vigil(t))
	})
	return theC, theRes, theFP
}

func TestCorpusReport(t *testing.T) {
	c, res, fp := run(t)
	t.Log("\n" + res.report(c, fp, true))
	if p := os.Getenv("VIGIL_TWENTYSEVENTH_REPORT"); p != "" {
		_ = os.WriteFile(p, []byte(res.report(c, fp, true)), 0o644)
	}
}

func TestJudgeSelfTest(t *testing.T) {
	c := shared()
	id := judge(c, identity)
	if id.leaks != id.values || id.damages != 0 {
		t.Fatalf("identity: %d/%d leaks, %d damages", id.leaks, id.values, id.damages)
	}
	bl := judge(c, blankAll)
	if bl.leaks != 0 || bl.damages != bl.looks {
		t.Fatalf("blank: %d leaks, %d/%d damages", bl.leaks, bl.damages, bl.looks)
	}
	t.Logf("identity: recall %.1f%% damage %.1f%%; blank: recall %.1f%% damage %.1f%%", id.recall(), id.damage(), bl.recall(), bl.damage())
}

func TestCorpusSize(t *testing.T) {
	c := shared()
	fp := c.fingerprint()
	res := judge(c, identity)
	if fp2 := genCorpus(seed()).fingerprint(); fp2 != fp {
		t.Fatalf("not deterministic: %s vs %s", fp, fp2)
	}
	if res.values < 20000 || res.looks < 40000 {
		t.Errorf("too small: %d values, %d look-alikes", res.values, res.looks)
	}
	if len(res.byLoc) < 30 || len(res.byLook) < 20 || len(res.byCtx) < 10 {
		t.Errorf("%d locales, %d look-alike types, %d contexts", len(res.byLoc), len(res.byLook), len(res.byCtx))
	}
	seen := map[string]int{}
	dead := 0
	for _, k := range c.cases {
		for _, v := range k.vals {
			seen[k.ctx+"/"+v.kind]++
		}
		if strings.HasPrefix(k.mode, "dead") {
			dead++
		}
	}
	for _, ctx := range contexts {
		for _, kind := range kinds {
			if seen[ctx+"/"+kind] < 20 {
				t.Errorf("%s/%s: only %d values", ctx, kind, seen[ctx+"/"+kind])
			}
		}
	}
	if f := float64(dead) / float64(len(c.cases)); f < 0.08 || f > 0.12 {
		t.Errorf("dead letters %.1f%%", 100*f)
	}
	for _, l := range locales {
		for _, p := range append(append([]string{}, l.natFmt...), l.intlFmt...) {
			if strings.Count(p, "N") != l.nsnLen {
				t.Errorf("%s: pattern %q does not hold %d digits", l.code, p, l.nsnLen)
			}
		}
	}
	bad := 0
	for _, k := range c.cases {
		if !k.valid() {
			bad++
		}
	}
	if bad > 0 {
		t.Errorf("%d cases failed their own validation", bad)
	}
	for _, k := range c.cases {
		for _, v := range k.vals {
			switch v.kind {
			case kCard:
				if !luhnOK(onlyDigits(v.text)) {
					t.Fatalf("card %s fails Luhn", v.text)
				}
			case kIBAN:
				if !ibanValid(v.text) {
					t.Fatalf("iban %s fails mod-97", v.text)
				}
			case kCNID:
				if cnCheck(v.text) != v.text[17] {
					t.Fatalf("cn_id %s bad check", v.text)
				}
			}
		}
	}
}
