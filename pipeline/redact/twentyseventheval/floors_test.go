package twentyseventheval

import (
	"os"
	"testing"
)

// Floors from the first run on the unchanged redactor (seed 27): per-kind
// recall rounded down to 0.1 pt, damage rounded up to 0.1 pt, and the leak
// counts of the kinds whose target is zero.
var (
	floorsSet   = true
	recallFloor = map[string]float64{
		kAddr: 98.9, kCard: 100.0, kCNID: 99.8, kCred: 97.7,
		kEmail: 100.0, kIBAN: 99.9, kName: 95.1, kPhone: 99.7,
	}
	damageCeiling = 0.5
	leakCeiling   = map[string]int{kCard: 0, kIBAN: 2, kCNID: 4, kCred: 60}
)

func TestFloors(t *testing.T) {
	_, res, _ := run(t)
	if os.Getenv("VIGIL_TWENTYSEVENTH_TARGETS") == "1" {
		checkTargets(t, res)
		return
	}
	if seed() != 27 {
		t.Skip("floors hold for seed 27 only")
	}
	if !floorsSet {
		t.Skip("floors not set yet")
	}
	for _, k := range kinds {
		tl := res.byKind[k]
		got := 100 - pct(tl.bad, tl.n)
		if got < recallFloor[k] {
			t.Errorf("%s recall %.2f %% below floor %.1f %%", k, got, recallFloor[k])
		}
		if c, ok := leakCeiling[k]; ok && tl.bad > c {
			t.Errorf("%s: %d leaks, ceiling %d", k, tl.bad, c)
		}
	}
	if d := res.damage(); d > damageCeiling {
		t.Errorf("damage %.3f %% above ceiling %.1f %%", d, damageCeiling)
	}
}

// checkTargets: issue 10's targets.
func checkTargets(t *testing.T, res *result) {
	for _, k := range kinds {
		tl := res.byKind[k]
		switch k {
		case kCard, kIBAN, kCNID, kCred:
			if tl.bad > 0 {
				t.Errorf("%s: %d leaks, target 0", k, tl.bad)
			}
		default:
			if r := 100 - pct(tl.bad, tl.n); r < 99.5 {
				t.Errorf("%s recall %.2f %%, target 99.5 %%", k, r)
			}
		}
	}
	for _, c := range sortedKeys(res.byCtx) {
		tl := res.byCtx[c]
		if r := 100 - pct(tl.bad, tl.n); r < 99.5 {
			t.Errorf("context %s recall %.2f %%, target 99.5 %%", c, r)
		}
	}
	if d := res.damage(); d > 0.1 {
		t.Errorf("damage %.3f %%, target 0.1 %%", d)
	}
}
