package fifteentheval

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

const defaultSeed = 15

// targetValues is how many PII values the corpus holds at least.
const targetValues = 26000

func seed() (uint64, bool) {
	if s := os.Getenv("VIGIL_FIFTEENTH_SEED"); s != "" {
		if n, err := strconv.ParseUint(s, 10, 64); err == nil {
			return n, n == defaultSeed
		}
	}
	return defaultSeed, true
}

// corpus is built once per test binary: every test reads the same lines.
type corpus struct {
	lines   []line
	dropped int
}

var (
	corpusOnce sync.Once
	corpusVal  *corpus
)

func getCorpus() *corpus {
	corpusOnce.Do(func() {
		s, _ := seed()
		corpusVal = build(s)
	})
	return corpusVal
}

// build generates PII lines across contexts and locales until the corpus
// holds targetValues values, and as many lines without PII beside them.
// A line the judge cannot score fairly (a perfect redactor would leak or
// damage in it, or a value is not found in the unredacted line) is dropped.
func build(s uint64) *corpus {
	g := newGen(s)
	c := &corpus{}
	values := 0
	i := 0
	keep := func() bool {
		l := &g.out[len(g.out)-1]
		if !narrow(l) || !fair(l) {
			g.out = g.out[:len(g.out)-1]
			c.dropped++
			return false
		}
		return true
	}
	for values < targetValues {
		ctx := contextNames[i%len(contextNames)]
		loc := locales[(i/len(contextNames)+i)%len(locales)]
		i++
		g.context(ctx, loc, true)
		if keep() {
			values += len(g.out[len(g.out)-1].pii)
		}
		// a line without PII beside each line with PII
		if g.chance(0.5) {
			g.ops(locales[g.n(len(locales))])
		} else {
			g.context(pick(g, contextNames), locales[g.n(len(locales))], false)
		}
		keep()
	}
	c.lines = g.out
	return c
}

// narrow keeps of each value only the needles that stand in its own place:
// a part found elsewhere in the line (a given name that is also a street's,
// a family name shared by two people) could not tell a leak from its
// namesake. A value left without needles makes the line unfair.
func narrow(l *line) bool {
	for _, p := range l.pii {
		t := l.text
		for _, s := range p.surfaces {
			t = strings.ReplaceAll(t, s, "[X]")
		}
		v := makeViews(t)
		kept := p.needles[:0]
		for _, n := range p.needles {
			if !v.leaked(n) {
				kept = append(kept, n)
			}
		}
		p.needles = kept
		if len(kept) == 0 {
			return false
		}
	}
	return true
}

// fair reports whether the judge can score a line: unredacted, every value
// is found (so a miss is not scored as a catch), and replacing exactly the
// values as written leaves none of them and no look-alike damaged.
func fair(l *line) bool {
	if len(l.looks) == 0 && len(l.pii) == 0 {
		return true
	}
	in := makeViews(l.text)
	for _, lk := range l.looks {
		found := false
		for _, t := range in.text {
			if countBounded(t, lk.s) > 0 {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	s := scoreLine(l, l.text)
	for _, b := range s.leaked {
		if !b {
			return false
		}
	}
	for _, b := range s.damaged {
		if b {
			return false
		}
	}
	s = scoreLine(l, oracle(l))
	for _, b := range s.leaked {
		if b {
			return false
		}
	}
	for _, b := range s.damaged {
		if b {
			return false
		}
	}
	return true
}

// oracle replaces exactly the values as the generator wrote them.
func oracle(l *line) string {
	var ss []string
	for _, p := range l.pii {
		ss = append(ss, p.surfaces...)
	}
	sort.Slice(ss, func(i, j int) bool { return len(ss[i]) > len(ss[j]) })
	t := l.text
	for _, s := range ss {
		t = strings.ReplaceAll(t, s, "[X]")
	}
	return t
}

// realRedactor runs vigil's redactor as the pipeline does: events decoded,
// redacted with Event and encoded again; text lines through String.
func realRedactor(t testing.TB) redactFn {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	decs := []*event.Decoder{event.NewDecoder(nil), event.NewDecoder(nil)}
	evs := make([]event.Event, 2)
	return func(l *line, w int) (string, error) {
		if !l.event {
			return r.String(l.text), nil
		}
		ev := &evs[w]
		if err := decs[w].Decode([]byte(l.text), ev); err != nil {
			return "", fmt.Errorf("decode: %w", err)
		}
		r.Event(ev)
		return string(ev.AppendJSON(nil)), nil
	}
}

// Floors measured on the default seed at the corpus's first run on a
// generator without known faults (see README.md): recall rounded down to
// 0.1 %, damage rounded up, leak counts as ceilings. A regression fails.
var (
	floorRecall = 0.922
	floorKind   = map[string]float64{"address": 0.962, "card": 0.898, "cn_id": 1.0, "credential": 1.0, "email": 1.0, "iban": 1.0, "name": 0.803, "phone": 0.991}
	floorCtx    = map[string]float64{"analytics": 0.906, "app_logger": 0.925, "b2b": 0.961, "ci_secrets": 1.0, "deeplink": 1.0, "finance": 0.854, "infra": 0.999,
		"kyc": 0.816, "loyalty": 0.694, "mobile_crash": 0.942, "push": 0.96, "seller_api": 0.997, "sms_voice": 0.931, "tax_invoice": 0.933}
	ceilDamage = 0.024
	ceilLeaks  = map[string]int{"card": 87, "iban": 0, "cn_id": 0, "credential": 0}
)

func TestFifteenthCorpus(t *testing.T) {
	c := getCorpus()
	res := judge(c.lines, realRedactor(t))
	var b strings.Builder
	fmt.Fprintf(&b, "fifteenth corpus: %d lines (%d without PII), %d dropped as unfair\n", len(c.lines), cleanLines(c), c.dropped)
	res.report(&b)
	t.Log("\n" + b.String())
	if res.errors > 0 {
		t.Errorf("%d lines could not be redacted", res.errors)
	}
	_, isDefault := seed()
	if os.Getenv("VIGIL_FIFTEENTH_TARGETS") == "1" {
		checkTargets(t, res)
		return
	}
	if !isDefault {
		return
	}
	checkFloors(t, res)
}

func cleanLines(c *corpus) int {
	n := 0
	for i := range c.lines {
		if len(c.lines[i].pii) == 0 {
			n++
		}
	}
	return n
}

// checkTargets holds the redactor to its issue's targets.
func checkTargets(t *testing.T, res *result) {
	for _, k := range []string{"card", "iban", "cn_id", "credential"} {
		if tl := res.byKind[k]; tl != nil && tl.bad > 0 {
			t.Errorf("target: %d %s leaks, want 0", tl.bad, k)
		}
	}
	for k, tl := range res.byKind {
		if r := 1 - tl.rate(); r < 0.995 {
			t.Errorf("target: %s recall %s, want ≥ 99.50 %%", k, pct(r))
		}
	}
	for k, tl := range res.byCtx {
		if r := 1 - tl.rate(); r < 0.995 {
			t.Errorf("target: context %s recall %s, want ≥ 99.50 %%", k, pct(r))
		}
	}
	if d := res.damage(); d > 0.001 {
		t.Errorf("target: look-alikes damaged %.3f %%, want ≤ 0.100 %%", 100*d)
	}
}

// checkFloors fails when the redactor does worse than at the first run.
func checkFloors(t *testing.T, res *result) {
	if res.recall() < floorRecall {
		t.Errorf("recall %s below floor %s", pct(res.recall()), pct(floorRecall))
	}
	for k, f := range floorKind {
		if tl := res.byKind[k]; tl == nil || 1-tl.rate() < f {
			t.Errorf("kind %s recall below floor %s", k, pct(f))
		}
	}
	for k, f := range floorCtx {
		if tl := res.byCtx[k]; tl == nil || 1-tl.rate() < f {
			t.Errorf("context %s recall below floor %s", k, pct(f))
		}
	}
	for k, c := range ceilLeaks {
		if tl := res.byKind[k]; tl != nil && tl.bad > c {
			t.Errorf("%s leaks %d above ceiling %d", k, tl.bad, c)
		}
	}
	if d := res.damage(); d > ceilDamage {
		t.Errorf("damage %.3f %% above ceiling %.3f %%", 100*d, 100*ceilDamage)
	}
}

// TestJudgeSelf checks the judge on fake redactors: masking everything
// catches every value and damages every look-alike; masking nothing
// catches none and damages none; the generator's own replacement is perfect.
func TestJudgeSelf(t *testing.T) {
	c := getCorpus()
	lines := c.lines
	if len(lines) > 6000 {
		lines = lines[:6000]
	}
	all := judge(lines, func(l *line, _ int) (string, error) { return "[REDACTED]", nil })
	if all.recall() != 1 || all.damage() != 1 {
		t.Errorf("mask-all: recall %s damage %s, want 100 %% and 100 %%", pct(all.recall()), pct(all.damage()))
	}
	none := judge(lines, func(l *line, _ int) (string, error) { return l.text, nil })
	if none.recall() != 0 || none.damage() != 0 {
		t.Errorf("mask-nothing: recall %s damage %s, want 0 %% and 0 %%", pct(none.recall()), pct(none.damage()))
	}
	perfect := judge(lines, func(l *line, _ int) (string, error) { return oracle(l), nil })
	if perfect.recall() != 1 || perfect.damage() != 0 {
		t.Errorf("oracle: recall %s damage %s, want 100 %% and 0 %%", pct(perfect.recall()), pct(perfect.damage()))
	}
}

// TestGenerators checks the checksums and the corpus's breadth.
func TestGenerators(t *testing.T) {
	g := newGen(7)
	for i := 0; i < 2000; i++ {
		d, is := g.card()
		if !luhnOK(d) || len(d) != is.length {
			t.Fatalf("card %s (%s) fails Luhn or length", shape(d), is.name)
		}
		cc := pick(g, []string{"GB", "DE", "FR", "ES", "IT", "NL", "PL", "TR", "SA", "BR", "XX"})
		ib := g.iban(cc)
		if !ibanValid(ib) {
			t.Fatalf("iban %s fails mod-97", shape(ib))
		}
		if len(ib) != ibanLength[ib[:2]] {
			t.Fatalf("iban %s has length %d", shape(ib), len(ib))
		}
		id := g.cnID()
		if len(id) != 18 || cnCheck(id[:17]) != id[17:] {
			t.Fatalf("cn_id %s has a wrong check character", shape(id))
		}
	}
	if !luhnOK("4111111111111111") || luhnOK("4111111111111112") {
		t.Fatal("luhn is wrong on a known number")
	}
	if !ibanValid("GB82WEST12345698765432") || ibanValid("GB82WEST12345698765433") {
		t.Fatal("mod-97 is wrong on a known IBAN")
	}
	if cnCheck("11010519491231002") != "X" {
		t.Fatal("cn_id check is wrong on a known id")
	}
	c := getCorpus()
	ctxs, locs, kinds, forms := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	values, clean := 0, 0
	for _, l := range c.lines {
		if len(l.pii) == 0 {
			clean++
		}
		for _, p := range l.pii {
			values++
			ctxs[l.ctx]++
			locs[p.locale]++
			kinds[p.kind]++
			forms[p.form]++
		}
	}
	for _, k := range contextNames {
		if ctxs[k] == 0 {
			t.Errorf("context %s has no values", k)
		}
	}
	for _, l := range locales {
		if locs[l.code] == 0 {
			t.Errorf("locale %s has no values", l.code)
		}
	}
	for _, k := range []string{"name", "email", "phone", "address", "card", "iban", "cn_id", "credential"} {
		if kinds[k] == 0 {
			t.Errorf("kind %s has no values", k)
		}
	}
	if _, isDefault := seed(); isDefault {
		if values < 20000 || len(ctxs) < 12 || len(locs) < 20 {
			t.Errorf("corpus too small: %d values, %d contexts, %d locales", values, len(ctxs), len(locs))
		}
		if float64(clean) < 0.4*float64(len(c.lines)) {
			t.Errorf("only %d of %d lines without PII", clean, len(c.lines))
		}
		if float64(c.dropped) > 0.03*float64(len(c.lines)) {
			t.Errorf("%d lines dropped as unfair of %d", c.dropped, len(c.lines))
		}
	}
	t.Logf("%d lines, %d without PII, %d values, %d dropped; kinds %v; forms %v", len(c.lines), clean, values, c.dropped, kinds, forms)
}
