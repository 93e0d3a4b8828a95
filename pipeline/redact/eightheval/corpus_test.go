package eightheval

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

func corpusSeed(t *testing.T) (uint64, bool) {
	s := os.Getenv("VIGIL_EIGHTH_SEED")
	if s == "" {
		return defaultSeed, true
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatalf("VIGIL_EIGHTH_SEED: expected a non-negative integer, got %q", s)
	}
	return n, n == defaultSeed
}

func vigilRedactor(t testing.TB) redactor {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatalf("redact.New(DefaultConfig()): %v", err)
	}
	dec := event.NewDecoder(nil)
	return func(ndjson bool, line string) (string, error) {
		if !ndjson {
			return r.String(line), nil
		}
		var ev event.Event
		if err := dec.Decode([]byte(line), &ev); err != nil {
			return "", err
		}
		r.Event(&ev)
		return string(ev.AppendJSON(nil)), nil
	}
}

// identity leaves every line as it is (NDJSON re-encoded like Event's output).
func identity() redactor {
	dec := event.NewDecoder(nil)
	return func(ndjson bool, line string) (string, error) {
		if ndjson {
			return canon(dec, line)
		}
		return line, nil
	}
}

func TestEighthCorpus(t *testing.T) {
	seed, enforce := corpusSeed(t)
	lines, err := generate(seed, corpusLines, false)
	if err != nil {
		t.Fatal(err)
	}
	res, err := judge(lines, vigilRedactor(t), false)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.failures {
		t.Errorf("judge: %s", f)
	}
	t.Logf("seed %d, %d lines, %d contexts, %d locales", seed, len(lines), len(res.byCtx), len(res.byLoc))
	res.report(t.Logf)
	if res.values < 20000 || len(res.byCtx) < 12 || len(res.byLoc) < 15 || res.looks < 2*res.values {
		t.Errorf("corpus too small: %d values, %d contexts, %d locales, %d look-alikes", res.values, len(res.byCtx), len(res.byLoc), res.looks)
	}
	present(t, res)
	if enforce {
		checkFloors(res, t.Errorf)
	} else {
		t.Logf("seed %d is not the default: floors reported, not enforced", seed)
		checkFloors(res, func(format string, args ...any) { t.Logf("below floor: "+format, args...) })
	}
	if os.Getenv("VIGIL_EIGHTH_TARGETS") == "1" {
		checkTargets(t, res)
	}
}

func checkFloors(res *result, fail func(string, ...any)) {
	if got := res.recall(); got < floorRecall {
		fail("recall %s fell below its floor %s", pct(got), pct(floorRecall))
	}
	for k, fl := range floorKind {
		if tl := res.byKind[k]; tl == nil || tl.rate() < fl {
			fail("kind %s: recall %.3f %% below its floor %.1f %%", k, 100*rateOf(tl), 100*fl)
		}
	}
	for k, fl := range floorCtx {
		if tl := res.byCtx[k]; tl == nil || tl.rate() < fl {
			fail("context %s: recall %.3f %% below its floor %.1f %%", k, 100*rateOf(tl), 100*fl)
		}
	}
	for k, fl := range floorLocale {
		if tl := res.byLoc[k]; tl == nil || tl.rate() < fl {
			fail("locale %s: recall %.3f %% below its floor %.1f %%", k, 100*rateOf(tl), 100*fl)
		}
	}
	if d := res.damage(); d > ceilDamage {
		fail("look-alikes damaged %.3f %% above the ceiling %.3f %%", 100*d, 100*ceilDamage)
	}
}

func checkTargets(t *testing.T, res *result) {
	t.Helper()
	for _, k := range []string{"card", "iban", "cn_id", "credential"} {
		if tl := res.byKind[k]; tl != nil && tl.bad > 0 {
			t.Errorf("target: %d %s leaks, want 0", tl.bad, k)
		}
	}
	for _, k := range sortedKeys(res.byKind) {
		if r := res.byKind[k].rate(); r < 0.995 {
			t.Errorf("target: kind %s recall %s < 99.5 %%", k, pct(r))
		}
	}
	for _, k := range sortedKeys(res.byCtx) {
		if r := res.byCtx[k].rate(); r < 0.995 {
			t.Errorf("target: context %s recall %s < 99.5 %%", k, pct(r))
		}
	}
	if d := res.damage(); d > 0.001 {
		t.Errorf("target: look-alikes damaged %.3f %% > 0.1 %%", 100*d)
	}
}

// TestJudge checks the judge itself on a slice of the corpus.
func TestJudge(t *testing.T) {
	lines, err := generate(defaultSeed, 3*len(contexts)*len(locales), true)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("identity leaks everything, damages nothing", func(t *testing.T) {
		res, err := judge(lines, identity(), false)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.failures {
			t.Error(f)
		}
		if res.leaks != res.values || res.values == 0 {
			for cls, tl := range res.byShape {
				if tl.bad < tl.n {
					t.Errorf("%s: %d of %d values not seen by the judge in the unredacted line", cls, tl.n-tl.bad, tl.n)
				}
			}
		}
		if res.damaged != 0 {
			t.Errorf("identity damaged %d look-alikes", res.damaged)
		}
	})
	t.Run("markers in place of every value leak nothing, damage nothing", func(t *testing.T) {
		res, err := judge(lines, identity(), true)
		if err != nil {
			t.Fatal(err)
		}
		if res.leaks != 0 || res.damaged != 0 || len(res.failures) != 0 {
			for cls, ex := range res.leakEx {
				t.Logf("%s: %s → %s", cls, ex.value, ex.output)
			}
			t.Errorf("perfect redactor: %d leaks, %d damaged, %d judge failures", res.leaks, res.damaged, len(res.failures))
		}
	})
	t.Run("a damaged look-alike is counted", func(t *testing.T) {
		res, err := judge(lines[:50], func(ndjson bool, s string) (string, error) {
			out, err := identity()(ndjson, s)
			return strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return '#'
				}
				return r
			}, out), err
		}, true)
		if err != nil {
			t.Fatal(err)
		}
		if res.damaged == 0 {
			t.Error("a redactor that erases every digit damaged no look-alike")
		}
	})
	t.Run("a leak is found whatever its case", func(t *testing.T) {
		var text []genLine
		for _, ln := range lines {
			if !ln.ndjson {
				text = append(text, ln)
			}
		}
		res, err := judge(text, func(_ bool, s string) (string, error) {
			return strings.Map(func(r rune) rune {
				if r >= 'a' && r <= 'z' {
					return r - 'a' + 'A'
				}
				return r
			}, s), nil
		}, false)
		if err != nil {
			t.Fatal(err)
		}
		if res.leaks != res.values || res.values == 0 {
			t.Errorf("upper-cased lines: %d of %d values found leaked, want all", res.leaks, res.values)
		}
	})
}

func TestGenerators(t *testing.T) {
	if !luhnValid("4111111111111111") || luhnValid("4111111111111112") {
		t.Fatal("luhn check is wrong on a known vector")
	}
	if !ibanValid("DE89370400440532013000") || ibanValid("DE89370400440532013001") {
		t.Fatal("mod-97 check is wrong on a known vector")
	}
	if cnCheck("11010519491231002") != 'X' {
		t.Fatalf("MOD 11-2 check of a known id: got %c, want X", cnCheck("11010519491231002"))
	}
	if ean13(nil2(), "400638133393")[12] != '1' {
		t.Fatal("EAN-13 check digit wrong on a known vector")
	}
	lines, err := generate(defaultSeed, 2000, false)
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, ln := range lines {
		for _, p := range ln.vals {
			d := compact(p.text)
			switch p.kind {
			case "card":
				n["card"]++
				if !luhnValid(d) || len(d) < 13 || len(d) > 19 {
					t.Errorf("card %s fails Luhn or length", maskShape(p.text))
				}
			case "iban":
				n["iban"]++
				raw := strings.ReplaceAll(p.text, " ", "")
				if !ibanValid(raw) || len(raw) != ibanLen[raw[:2]] {
					t.Errorf("IBAN %s fails mod-97 or its country's length", maskShape(p.text))
				}
			case "cn_id":
				n["cn_id"]++
				u := strings.ToUpper(p.text)
				if len(u) != 18 || cnCheck(u[:17]) != u[17] {
					t.Errorf("resident id %s fails MOD 11-2", maskShape(p.text))
				}
				m, _ := strconv.Atoi(u[10:12])
				dd, _ := strconv.Atoi(u[12:14])
				if m < 1 || m > 12 || dd < 1 || dd > 28 {
					t.Errorf("resident id %s has an invalid birth date", maskShape(p.text))
				}
			case "phone":
				n["phone"]++
				if len(p.dfrags) == 0 || !strings.Contains(compact(p.text), p.dfrags[0]) {
					t.Errorf("phone %s: its digits are not in its text", maskShape(p.text))
				}
			}
		}
		for _, l := range ln.looks {
			if l.typ == "epoch_ms_luhn" && !luhnValid(l.text) {
				t.Errorf("epoch ms %s is not Luhn-valid", l.text)
			}
			if (l.typ == "ean13" || l.typ == "isbn13") && ean13(nil2(), l.text[:12]) != l.text {
				t.Errorf("%s %s has a wrong check digit", l.typ, l.text)
			}
		}
	}
	for _, k := range []string{"card", "iban", "cn_id", "phone"} {
		if n[k] == 0 {
			t.Errorf("no %s generated in 2,000 lines", k)
		}
	}
}

// present checks that every kind, context, locale and look-alike type is in
// the corpus in numbers.
func present(t *testing.T, res *result) {
	t.Helper()
	for _, k := range kinds {
		if tl := res.byKind[k]; tl == nil || tl.n < 200 {
			t.Errorf("kind %s: fewer than 200 values", k)
		}
	}
	for _, c := range contexts {
		if tl := res.byCtx[c.name]; tl == nil || tl.n < 200 {
			t.Errorf("context %s: fewer than 200 values", c.name)
		}
	}
	for _, l := range locales {
		if tl := res.byLoc[l.code]; tl == nil || tl.n < 200 {
			t.Errorf("locale %s: fewer than 200 values", l.code)
		}
	}
	for _, ty := range lookTypes {
		if tl := res.lookByType[ty]; tl == nil || tl.n < 100 {
			t.Errorf("look-alike type %s: fewer than 100", ty)
		}
	}
}

func rateOf(t *tally) float64 {
	if t == nil {
		return 0
	}
	return t.rate()
}
