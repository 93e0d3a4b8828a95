package seventheval

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

const defaultSeed = 20261205

func corpusSeed(t *testing.T) (uint64, bool) {
	s := os.Getenv("VIGIL_SEVENTH_SEED")
	if s == "" {
		return defaultSeed, true
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatalf("VIGIL_SEVENTH_SEED: expected a non-negative integer, got %q", s)
	}
	return n, n == defaultSeed
}

// TestSeventhCorpus redacts the corpus with vigil's default configuration
// and holds the redactor to the floors of floors_test.go (to the issue's
// targets with VIGIL_SEVENTH_TARGETS=1).
func TestSeventhCorpus(t *testing.T) {
	seed, enforce := corpusSeed(t)
	res, err := runCorpus(seed, defaultLines, modeVigil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("seed %d", seed)
	res.report(t.Logf)
	if res.all.n < 20000 {
		t.Errorf("only %d PII values planted, want ≥ 20,000", res.all.n)
	}
	if res.damage.n <= res.all.n {
		t.Errorf("%d look-alikes for %d PII values, want more look-alikes", res.damage.n, res.all.n)
	}
	fail := t.Errorf
	if !enforce {
		fail = t.Logf // other seeds: floors reported, not enforced
		t.Logf("seed %d is not the floors' seed: below-floor figures are reported only", seed)
	}
	checkFloors(res, fail)
	if os.Getenv("VIGIL_SEVENTH_TARGETS") == "1" {
		checkTargets(res, t.Errorf)
	}
}

func checkFloors(res *result, fail func(string, ...any)) {
	if p := res.all.pct(); p < floorOverall {
		fail("overall recall %.2f %% below floor %.1f %%", p, floorOverall)
	}
	for k, f := range floorKind {
		if r := res.kinds[k]; r == nil || r.pct() < f {
			fail("recall of %s below floor %.1f %%: %v", k, f, r)
		}
	}
	for k, f := range floorContext {
		if r := res.ctxs[k]; r == nil || r.pct() < f {
			fail("recall in %s below floor %.1f %%: %v", k, f, r)
		}
	}
	for k, f := range ceilLeaks {
		if r := res.kinds[k]; r != nil && r.bad > f {
			fail("%d %s leaks, ceiling %d", r.bad, k, f)
		}
	}
	if d := res.damage.badPct(); d > ceilDamage {
		fail("look-alikes damaged %.3f %%, ceiling %.2f %%", d, ceilDamage)
	}
}

// checkTargets holds the redactor to issue 10's targets.
func checkTargets(res *result, fail func(string, ...any)) {
	for _, k := range []string{"card", "iban", "cn_id", "credential"} {
		if r := res.kinds[k]; r != nil && r.bad > 0 {
			fail("target: %d %s leaks, want 0", r.bad, k)
		}
	}
	for _, k := range sortedKeys(res.kinds) {
		if r := res.kinds[k]; r.pct() < 99.5 {
			fail("target: recall of %s %.2f %%, want ≥ 99.5 %%", k, r.pct())
		}
	}
	for _, k := range sortedKeys(res.ctxs) {
		if r := res.ctxs[k]; r.pct() < 99.5 {
			fail("target: recall in %s %.2f %%, want ≥ 99.5 %%", k, r.pct())
		}
	}
	if d := res.damage.badPct(); d > 0.1 {
		fail("target: look-alikes damaged %.3f %%, want ≤ 0.1 %%", d)
	}
}

// TestJudge checks the judge itself: a redactor that changes nothing leaks
// every value and damages nothing; one that replaces exactly the planted
// values leaks nothing and damages nothing; every kind, context, locale and
// look-alike type is present.
func TestJudge(t *testing.T) {
	const n = 3000
	id, err := runCorpus(defaultSeed, n, modeIdentity)
	if err != nil {
		t.Fatal(err)
	}
	if id.all.bad != id.all.n {
		for _, k := range sortedKeys(id.classes) {
			if r := id.classes[k]; r.bad != r.n {
				t.Errorf("identity redactor: class %s leaks %d of %d, want all", k, r.bad, r.n)
			}
		}
	}
	if id.damage.bad != 0 {
		t.Errorf("identity redactor damaged %d look-alikes, want 0", id.damage.bad)
	}
	if id.unmeasured != 0 {
		t.Errorf("%d look-alikes not found in their own background", id.unmeasured)
	}
	var below []string
	checkFloors(id, func(f string, a ...any) { below = append(below, f) })
	if len(below) < len(floorKind) {
		t.Errorf("floors flag %d figures of a redactor that changes nothing, want at least one per kind", len(below))
	}
	pf, err := runCorpus(defaultSeed, n, modePerfect)
	if err != nil {
		t.Fatal(err)
	}
	if pf.all.bad != 0 {
		for _, k := range sortedKeys(pf.classes) {
			if r := pf.classes[k]; r.bad != 0 {
				t.Errorf("perfect redactor: class %s leaks %d of %d, want 0 (%v)", k, r.bad, r.n, pf.leakEx[k])
			}
		}
	}
	if pf.damage.bad != 0 {
		t.Errorf("perfect redactor damaged %d look-alikes, want 0", pf.damage.bad)
	}
	for _, k := range kindNames {
		if id.kinds[k] == nil || id.kinds[k].n < 50 {
			t.Errorf("kind %s: %v values, want ≥ 50", k, id.kinds[k])
		}
	}
	for _, c := range contexts {
		if id.ctxs[c.name] == nil {
			t.Errorf("context %s holds no value", c.name)
		}
		if id.trapCtx[c.name] == nil {
			t.Errorf("context %s holds no look-alike", c.name)
		}
	}
	for _, l := range locales {
		if id.locs[l.code] == nil {
			t.Errorf("locale %s holds no value", l.code)
		}
	}
	for _, typ := range trapTypes {
		if id.traps[typ] == nil {
			t.Errorf("look-alike type %s never written", typ)
		}
	}
	// A judge that sees through encodings: a value written URL-encoded or
	// JSON-escaped and left so still counts as leaked.
	v := planted{kind: kEmail, text: "x", textFr: normFrags([]string{"sakura.sato"})}
	for _, out := range []string{"e=sakura.sato%40x.example", `{"m":"{\"e\":\"SAKURA.SATO@x.example\"}"}`, `"Sakura.Sato\u0040x"`} {
		if !leaked(v, 0, []planted{v}, mkNorms(out), mkNorms("")) {
			t.Errorf("judge misses %q", out)
		}
	}
	p := planted{kind: kPhone, text: "x", digitFr: windows("812345678", 6, 0)}
	for _, out := range []string{"tel ٠٨١٢-٣٤٥-٦٧٨", "+66 (81) 234-5678", "0812%20345%20678"} {
		if !leaked(p, 0, []planted{p}, mkNorms(out), mkNorms("")) {
			t.Errorf("judge misses %q", out)
		}
	}
	if leaked(p, 0, []planted{p}, mkNorms("tel [REDACTED:phone] 5678"), mkNorms("")) {
		t.Error("judge counts four digits as a leak")
	}
	if got := countTok("a 123-4567890-1234567 b 123-4567890-12345678", "123-4567890-1234567"); got != 1 {
		t.Errorf("countTok = %d, want 1", got)
	}
}

// TestGenerators checks the check digits of the generated values.
func TestGenerators(t *testing.T) {
	c := newCtx(1, 1, locales[0], false)
	for range 2000 {
		pan, iss := c.cardPAN()
		if !luhnValid(pan) {
			t.Fatalf("%s card fails Luhn", iss)
		}
		f := ibanFormats[c.r.IntN(len(ibanFormats))]
		ib := ibanOf(f.cc, c.bban(f.bban))
		if !ibanValid(ib) {
			t.Fatalf("%s IBAN fails mod-97", f.cc)
		}
		id := strings.TrimSuffix(c.cnID(), "")
		if cnCheck(id[:17]) != strings.ToUpper(id[17:])[0] {
			t.Fatalf("resident id fails MOD 11-2")
		}
		if e := c.luhnEpochMs(); !luhnValid(e) || len(e) != 13 {
			t.Fatalf("epoch ms not Luhn-valid")
		}
	}
	// known answers
	if !luhnValid("4111111111111111") || luhnValid("4111111111111112") {
		t.Error("luhn")
	}
	if !ibanValid("DE89 3704 0044 0532 0130 00") || ibanValid("DE88 3704 0044 0532 0130 00") {
		t.Error("mod-97")
	}
	if cnCheck("11010519491231002") != 'X' {
		t.Error("MOD 11-2")
	}
	want := map[string]int{"IT": 27, "AT": 20, "PL": 28, "GR": 27, "BR": 29, "AE": 23, "IL": 23, "PT": 25, "SA": 24, "TR": 26, "CH": 21, "DE": 22, "FR": 27, "ES": 24, "EG": 29, "PK": 24, "QA": 29, "JO": 30, "CR": 22, "MU": 30}
	for _, f := range ibanFormats {
		if l := len(ibanOf(f.cc, c.bban(f.bban))); l != want[f.cc] {
			t.Errorf("%s IBAN length %d, want %d", f.cc, l, want[f.cc])
		}
	}
	e := ean13(c, "789")
	sum := 0
	for i := range 13 {
		d := int(e[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	if sum%10 != 0 {
		t.Error("EAN-13 check digit")
	}
}
