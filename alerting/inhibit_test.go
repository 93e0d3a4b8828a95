package alerting

import (
	"slices"
	"testing"

	"github.com/vigilops/vigil/alert"
)

func TestInhibitorMutes(t *testing.T) {
	page := fire(0, "down", alert.P1, "service.name", "pay")
	symptom := fire(0, "slow", alert.P3, "service.name", "pay")
	elsewhere := fire(0, "slow", alert.P3, "service.name", "web")
	noService := fire(0, "slow", alert.P3)
	pageNoService := fire(0, "down", alert.P1)
	tests := []struct {
		name   string
		rules  []InhibitRule // default: P0/P1 hold P2/P3 of the same service.name
		firing []alert.Alert // the alerts the inhibitor is built on
		a      alert.Alert
		want   bool
	}{
		{name: "a firing source mutes a target with the same service", firing: []alert.Alert{page, symptom}, a: symptom, want: true},
		{name: "not a target with another service", firing: []alert.Alert{page, elsewhere}, a: elsewhere},
		{name: "not an alert that is no target", firing: []alert.Alert{page}, a: page},
		{name: "a resolved source mutes nothing", firing: []alert.Alert{resolve(5, page), symptom}, a: symptom},
		{name: "a target is muted even when resolved", firing: []alert.Alert{page}, a: resolve(5, symptom), want: true},
		{name: "no source at all", firing: []alert.Alert{symptom}, a: symptom},
		{name: "a missing equal label is equal to a missing one", firing: []alert.Alert{pageNoService}, a: noService, want: true},
		{name: "but not to a set one", firing: []alert.Alert{pageNoService}, a: symptom},
		{
			name:   "an alert that is source and target does not inhibit itself",
			rules:  []InhibitRule{{Source: []string{"rule=slow"}, Target: []string{"rule=slow"}, Equal: []string{"service.name"}}},
			firing: []alert.Alert{symptom}, a: symptom,
		},
		{
			name:   "two such alerts inhibit each other",
			rules:  []InhibitRule{{Source: []string{"rule=~slow|other"}, Target: []string{"rule=~slow|other"}, Equal: []string{"service.name"}}},
			firing: []alert.Alert{symptom, fire(0, "other", alert.P3, "service.name", "pay")}, a: symptom, want: true,
		},
		{
			name:   "the second rule may mute what the first does not",
			rules:  []InhibitRule{{Source: []string{"rule=none"}, Target: []string{"severity=P3"}}, {Source: []string{"severity=P1"}, Target: []string{"severity=P3"}}},
			firing: []alert.Alert{page, elsewhere}, a: elsewhere, want: true,
		},
		{name: "no rules mute nothing", rules: []InhibitRule{}, firing: []alert.Alert{page, symptom}, a: symptom},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := Config{Inhibit: tc.rules}
			_, _, rules, err := compileSuppressions(&cfg)
			if err != nil {
				t.Fatal(err)
			}
			for i := range tc.firing {
				tc.firing[i] = fingerprinted(tc.firing[i])
			}
			in := rules.inhibitor(func(yield func(*alert.Alert) bool) {
				for i := range tc.firing {
					if !yield(&tc.firing[i]) {
						return
					}
				}
			})
			a := fingerprinted(tc.a)
			muted, by := in.Mutes(&a, at(1))
			if muted != tc.want {
				t.Errorf("muted = %v, want %v", muted, tc.want)
			}
			if want := map[bool]string{true: "inhibit", false: ""}[tc.want]; by != want {
				t.Errorf("by = %q, want %q", by, want)
			}
		})
	}
}

// The inhibitor sees the alerts it was built on, not later ones: the
// dispatcher builds it again once an alert changed.
func TestInhibitorIsASnapshot(t *testing.T) {
	_, _, rules, err := compileSuppressions(&Config{})
	if err != nil {
		t.Fatal(err)
	}
	held := []alert.Alert{fingerprinted(fire(0, "slow", alert.P3, "service.name", "pay"))}
	seq := func(yield func(*alert.Alert) bool) {
		for i := range held {
			if !yield(&held[i]) {
				return
			}
		}
	}
	in := rules.inhibitor(seq)
	held = slices.Insert(held, 0, fingerprinted(fire(0, "down", alert.P1, "service.name", "pay")))
	if muted, _ := in.Mutes(&held[1], at(1)); muted {
		t.Error("muted by a source that fired after the inhibitor was built")
	}
	if muted, _ := rules.inhibitor(seq).Mutes(&held[1], at(1)); !muted {
		t.Error("not muted by the inhibitor built again")
	}
}
