package alerting

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

func TestUpdateSuppressionsAndActive(t *testing.T) {
	cfg := decodeConfig(t, `
route:
  receiver: default
  group_by: ["..."]
  group_wait: 0s
  group_interval: 1m
  routes:
    - matchers: ["severity=P0"]
      receiver: pager
      continue: true
    - matchers: ["service.name=x"]
      receiver: default
receivers: [{name: default, terminal: true}, {name: pager, terminal: true}]
`)
	clock := 0
	def := &recorder{name: "default", clock: &clock}
	pager := &recorder{name: "pager", clock: &clock}
	d, err := NewDispatcher(cfg, map[string]Notifier{"default": def, "pager": pager}, zerolog.Nop(), SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	silence := decodeConfig(t, `
silences:
  - matchers: [service.name=x]
    ends_at: 2026-11-25T09:00:00Z
`)
	steps := map[int]func(){
		0: func() { d.Submit(fire(0, "a", alert.P0, "service.name", "x")) },
		2: func() {
			if err := d.UpdateSuppressions(silence); err != nil {
				t.Fatal(err)
			}
			d.Submit(fire(2, "b", alert.P2, "service.name", "x"))
		},
		5: func() {
			act := d.Active()
			if len(act) != 2 || act[0].Alert.Rule != "a" || act[1].MutedBy != "silence" {
				t.Fatalf("Active = %+v", act)
			}
			if !slices.Equal(act[0].Receivers, []string{"default", "pager"}) {
				t.Errorf("receivers of a: %v", act[0].Receivers)
			}
			if err := d.UpdateSuppressions(Config{Inhibit: []InhibitRule{}}); err != nil { // no silence, no inhibition
				t.Fatal(err)
			}
		},
	}
	for clock = 0; clock <= 7; clock++ {
		if f := steps[clock]; f != nil {
			f()
		}
		d.Tick(at(clock))
	}
	got := append(def.got, pager.got...)
	want := []string{"0 default F:a", "5 default F:b", "0 pager F:a"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if act := d.Active(); len(act) != 2 || act[1].MutedBy != "" {
		t.Errorf("after the silence is lifted: %+v", act)
	}
	bad := Config{Silences: []Silence{{Matchers: []string{"=x"}}}}
	if err := d.UpdateSuppressions(bad); err == nil || !strings.Contains(err.Error(), "silences.0") {
		t.Errorf("invalid suppressions: %v", err)
	}
	_ = d.Close(context.Background())
}

func TestReceivers(t *testing.T) {
	cfg := decodeConfig(t, `
route:
  receiver: terminal
  routes:
    - matchers: [severity<=P1]
      receiver: oncall
      continue: true
    - matchers: [team=payments]
      receiver: payments
    - matchers: ["team=~orders|inventory"]
      receiver: commerce
receivers: [{name: terminal, terminal: true}, {name: oncall, terminal: true}, {name: payments, terminal: true}, {name: commerce, terminal: true}]
`)
	ns := map[string]Notifier{}
	for _, r := range cfg.Receivers {
		ns[r.Name] = &recorder{name: r.Name, clock: new(int)}
	}
	d, err := NewDispatcher(cfg, ns, zerolog.Nop(), SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		a    alert.Alert
		want []string
	}{
		{fire(0, "r", alert.P0, "team", "payments"), []string{"oncall", "payments"}},
		{fire(0, "r", alert.P1, "team", "search"), []string{"oncall"}},
		{fire(0, "r", alert.P2, "team", "inventory"), []string{"commerce"}},
		{fire(0, "r", alert.P3), []string{"terminal"}},
	} {
		if got := d.Receivers(tc.a); !slices.Equal(got, tc.want) {
			t.Errorf("%s %v: %v, want %v", tc.a.Severity, tc.a.Labels, got, tc.want)
		}
	}
}
