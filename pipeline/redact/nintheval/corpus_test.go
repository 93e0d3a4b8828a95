package nintheval

import (
	"os"
	"strconv"
	"testing"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

const (
	defaultSeed = 20261205
	corpusLines = 15000
)

func corpusSeed(t *testing.T) (uint64, bool) {
	s := os.Getenv("VIGIL_NINTH_SEED")
	if s == "" {
		return defaultSeed, true
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatalf("VIGIL_NINTH_SEED: expected a non-negative integer, got %q", s)
	}
	return n, n == defaultSeed
}

func vigilRedactor(t *testing.T) redactFunc {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatalf("redact.New(DefaultConfig()): %v", err)
	}
	return func(_ *event.Decoder, _ *line, ev *event.Event, text string) string {
		if ev != nil {
			r.Event(ev)
			return string(ev.JSON())
		}
		return r.String(text)
	}
}

func TestNinthCorpus(t *testing.T) {
	seed, enforce := corpusSeed(t)
	rep := judge(seed, corpusLines, false, vigilRedactor(t))
	t.Logf("seed %d", seed)
	rep.write(t.Logf)
	if rep.decodeErrors > 0 || rep.unfoundTraps > 0 {
		t.Errorf("judge: %d decode errors, %d look-alikes missing from their background", rep.decodeErrors, rep.unfoundTraps)
	}
	if rep.values < 20000 || len(rep.byCtx) < 14 || len(rep.byLoc) < 18 || rep.traps <= rep.values {
		t.Errorf("corpus too small: %d values, %d contexts, %d locales, %d look-alikes", rep.values, len(rep.byCtx), len(rep.byLoc), rep.traps)
	}
	if enforce {
		checkFloors(t, rep)
	} else {
		t.Logf("seed %d is not the default: floors reported, not enforced", seed)
	}
	if os.Getenv("VIGIL_NINTH_TARGETS") == "1" {
		checkTargets(t, rep)
	}
}

// checkTargets holds the redactor to the targets.
func checkTargets(t *testing.T, rep *report) {
	for _, k := range []string{"card", "iban", "cn_id", "credential"} {
		if c := rep.byKind[k]; c != nil && c.bad > 0 {
			t.Errorf("target: %d %s leaks, want 0", c.bad, k)
		}
	}
	for _, k := range sortedKeys(rep.byKind) {
		if c := rep.byKind[k]; 1-c.rate() < 0.995 {
			t.Errorf("target: recall for kind %s %.3f %%, want ≥ 99.5 %%", k, 100*(1-c.rate()))
		}
	}
	for _, k := range sortedKeys(rep.byCtx) {
		if c := rep.byCtx[k]; 1-c.rate() < 0.995 {
			t.Errorf("target: recall in context %s %.3f %%, want ≥ 99.5 %%", k, 100*(1-c.rate()))
		}
	}
	if rep.damage() > 0.001 {
		t.Errorf("target: %.3f %% of look-alikes damaged, want ≤ 0.1 %%", 100*rep.damage())
	}
}

func checkFloors(t *testing.T, rep *report) {
	if got := 100 * rep.recall(); got < floorRecall {
		t.Errorf("overall recall %.3f %% below the floor %.1f %%", got, floorRecall)
	}
	for _, k := range sortedKeys(floorKind) {
		f := floorKind[k]
		c := rep.byKind[k]
		if c == nil {
			t.Errorf("kind %s missing from the corpus", k)
			continue
		}
		if got := 100 * (1 - c.rate()); got < f {
			t.Errorf("recall for kind %s %.3f %% below the floor %.1f %%", k, got, f)
		}
	}
	for _, k := range sortedKeys(floorCtx) {
		f := floorCtx[k]
		c := rep.byCtx[k]
		if c == nil {
			t.Errorf("context %s missing from the corpus", k)
			continue
		}
		if got := 100 * (1 - c.rate()); got < f {
			t.Errorf("recall in context %s %.3f %% below the floor %.1f %%", k, got, f)
		}
	}
	for _, k := range sortedKeys(floorLeaks) {
		f := floorLeaks[k]
		if c := rep.byKind[k]; c != nil && c.bad > f {
			t.Errorf("%d %s leaks, the floor allows %d", c.bad, k, f)
		}
	}
	if got := 100 * rep.damage(); got > ceilDamage {
		t.Errorf("%.3f %% of look-alikes damaged, above the ceiling %.2f %%", got, ceilDamage)
	}
	for _, k := range sortedKeys(ceilDamageType) {
		f := ceilDamageType[k]
		if c := rep.trapType[k]; c != nil && 100*c.rate() > f {
			t.Errorf("look-alike %s damaged %.3f %%, above the ceiling %.1f %%", k, 100*c.rate(), f)
		}
	}
}
