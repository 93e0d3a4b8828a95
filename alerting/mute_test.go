package alerting

import (
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

// muteBy is a Muter that mutes every alert of one rule, and counts the
// questions.
type muteBy struct {
	rule, by string
	asked    int
}

func (m *muteBy) Mutes(a *alert.Alert, _ time.Time) (bool, string) {
	m.asked++
	if a.Rule == m.rule {
		return true, m.by
	}
	return false, ""
}

func TestMuteChainAsksInOrder(t *testing.T) {
	first := &muteBy{rule: "a", by: "first"}
	second := &muteBy{rule: "a", by: "second"}
	third := &muteBy{rule: "b", by: "third"}
	chain := muteChain{first, second, third}
	a, b, c := fire(0, "a", alert.P1), fire(0, "b", alert.P1), fire(0, "c", alert.P1)
	if muted, by := chain.Mutes(&a, at(0)); !muted || by != "first" {
		t.Errorf("a: %v %q, want muted by first", muted, by)
	}
	if second.asked != 0 || third.asked != 0 {
		t.Errorf("asked further muters after the first muted: %d, %d", second.asked, third.asked)
	}
	if muted, by := chain.Mutes(&b, at(0)); !muted || by != "third" {
		t.Errorf("b: %v %q, want muted by third", muted, by)
	}
	if muted, by := chain.Mutes(&c, at(0)); muted || by != "" {
		t.Errorf("c: %v %q, want not muted", muted, by)
	}
	if muted, _ := (muteChain{}).Mutes(&c, at(0)); muted {
		t.Error("an empty chain muted")
	}
}

// The dispatcher asks silences, then maintenance windows, then inhibition:
// an alert all three would mute is counted, and shown, as silenced.
func TestDispatcherMuterOrder(t *testing.T) {
	cfg := decodeConfig(t, `
route: {receiver: default, group_wait: 0s, group_by: ["..."]}
receivers: [{name: default, terminal: true}]
silences:
  - {matchers: [rule=all-three], starts_at: 2026-11-25T07:00:00Z, ends_at: 2026-11-25T09:00:00Z}
maintenance_windows:
  - {name: m, matchers: ["rule=~all-three|two"], start: "07:00", end: "09:00"}
`)
	d, err := NewDispatcher(cfg, map[string]Notifier{"default": &funcNotifier{f: func([]alert.Alert) {}}}, zerolog.Nop(), SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	d.Submit(fire(0, "page", alert.P1, "service.name", "pay"))
	d.Submit(fire(0, "all-three", alert.P3, "service.name", "pay"))
	d.Submit(fire(0, "two", alert.P3, "service.name", "pay"))
	d.Submit(fire(0, "one", alert.P3, "service.name", "pay"))
	d.Tick(at(0))
	want := map[string]string{"page": "", "all-three": "silence", "two": "maintenance", "one": "inhibit"}
	for _, aa := range d.Active() {
		if aa.MutedBy != want[aa.Alert.Rule] {
			t.Errorf("%s: muted by %q, want %q", aa.Alert.Rule, aa.MutedBy, want[aa.Alert.Rule])
		}
	}
	if s := d.Stats(); s.Silenced != 1 || s.Maintenance != 1 || s.Inhibited != 1 {
		t.Errorf("silenced %d, maintenance %d, inhibited %d; want 1 each", s.Silenced, s.Maintenance, s.Inhibited)
	}
}
