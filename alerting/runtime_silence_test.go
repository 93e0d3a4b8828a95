package alerting

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

const runtimeSilenceYAML = `
route: {receiver: default, group_by: ["..."], group_wait: 0s, group_interval: 1m}
receivers: [{name: default, terminal: true}]
`

// newSyncDispatcher returns a synchronous dispatcher of cfgYAML whose one
// receiver records into the returned recorder at minute *clock.
func newSyncDispatcher(t *testing.T, cfgYAML string, clock *int) (*Dispatcher, *recorder) {
	t.Helper()
	rec := &recorder{name: "default", clock: clock}
	d, err := NewDispatcher(decodeConfig(t, cfgYAML), map[string]Notifier{"default": rec}, zerolog.Nop(), SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close(context.Background()) })
	return d, rec
}

// A silence added at run time mutes a new alert as a config silence does;
// expired by the operator, it leaves no aftermath: the alert it held back
// is notified at its group's next flush.
func TestAddSilenceMutesAndExpireLiftsIt(t *testing.T) {
	clock := 0
	d, rec := newSyncDispatcher(t, runtimeSilenceYAML, &clock)
	var id string
	steps := map[int]func(){
		0: func() { d.Submit(fire(0, "errors", alert.P2, "service.name", "inventory-sync")) },
		1: func() {
			s, err := d.AddSilence(Silence{Matchers: []string{"service.name=inventory-sync"}, EndsAt: at(120), CreatedBy: "ana", Comment: "WMS maintenance"})
			if err != nil {
				t.Fatal(err)
			}
			if s.State != SilenceActive || s.Source != SilenceFromAPI || !s.StartsAt.Equal(at(0)) || len(s.ID) != 36 {
				t.Errorf("added %+v: want active, from the api, starting on the dispatcher clock (minute 0), a UUID", s)
			}
			if !slices.Equal(s.Matchers, []string{`service.name="inventory-sync"`}) {
				t.Errorf("matchers %q", s.Matchers)
			}
			id = s.ID
			d.Submit(fire(1, "latency", alert.P2, "service.name", "inventory-sync"))
		},
		3: func() {
			act := d.Active()
			if len(act) != 2 {
				t.Fatalf("Active = %+v", act)
			}
			for _, a := range act {
				if a.MutedBy != "silence" || !slices.Equal(a.SilencedBy, []string{id}) {
					t.Errorf("%s: muted by %q, silenced by %v; want the silence %s", a.Alert.Rule, a.MutedBy, a.SilencedBy, id)
				}
			}
			s, err := d.ExpireSilence(id)
			if err != nil {
				t.Fatal(err)
			}
			if s.State != SilenceExpired || !s.EndsAt.Equal(at(2)) {
				t.Errorf("expired %+v: want expired, ending at the dispatcher clock (minute 2)", s)
			}
		},
	}
	for clock = 0; clock <= 6; clock++ {
		if f := steps[clock]; f != nil {
			f()
		}
		d.Tick(at(clock))
	}
	// errors was told before the silence; it is not told again (no repeat
	// is due). latency began under the silence and is told once it is
	// expired, not 30 minutes later.
	want := []string{"0 default F:errors", "3 default F:latency"}
	if !slices.Equal(rec.got, want) {
		t.Errorf("notified %q, want %q", rec.got, want)
	}
	if act := d.Active(); len(act) != 2 || act[1].MutedBy != "" || len(act[1].SilencedBy) != 0 {
		t.Errorf("after the expiry: %+v", act)
	}
}

// A silence that runs out keeps the aftermath of config silences: the
// episode it muted stays muted for silenceAftermath.
func TestRuntimeSilenceThatEndsKeepsTheAftermath(t *testing.T) {
	clock := 0
	d, rec := newSyncDispatcher(t, runtimeSilenceYAML, &clock)
	d.Tick(at(0))
	if _, err := d.AddSilence(Silence{Matchers: []string{"service.name=x"}, EndsAt: at(5)}); err != nil {
		t.Fatal(err)
	}
	d.Submit(fire(1, "errors", alert.P2, "service.name", "x"))
	for clock = 1; clock <= 40; clock++ {
		d.Tick(at(clock))
	}
	if want := []string{"35 default F:errors"}; !slices.Equal(rec.got, want) {
		t.Errorf("notified %q, want %q (the silence's end plus the 30-minute aftermath)", rec.got, want)
	}
}

func TestAddSilenceRefusesWhatIsWrong(t *testing.T) {
	clock := 0
	d, _ := newSyncDispatcher(t, runtimeSilenceYAML, &clock)
	d.Tick(at(10))
	for _, tc := range []struct {
		name string
		s    Silence
		want string
	}{
		{"no matchers", Silence{EndsAt: at(20)}, "matchers: at least one matcher"},
		{"bad matcher", Silence{Matchers: []string{"=x"}, EndsAt: at(20)}, `matchers: matcher "=x"`},
		{"matches everything", Silence{Matchers: []string{"service.name=~.*"}, EndsAt: at(20)}, "would mute everything"},
		{"no end", Silence{Matchers: []string{"a=b"}}, "ends_at: is required"},
		{"end before start", Silence{Matchers: []string{"a=b"}, StartsAt: at(30), EndsAt: at(20)}, "is not after starts_at"},
		{"end passed", Silence{Matchers: []string{"a=b"}, StartsAt: at(0), EndsAt: at(5)}, "has passed"},
		{"long comment", Silence{Matchers: []string{"a=b"}, EndsAt: at(20), Comment: strings.Repeat("x", 5000)}, "comment: longer than"},
		{"long author", Silence{Matchers: []string{"a=b"}, EndsAt: at(20), CreatedBy: strings.Repeat("x", 300)}, "created_by: longer than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := d.AddSilence(tc.s)
			if !errors.Is(err, ErrInvalidSilence) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want ErrInvalidSilence saying %q", err, tc.want)
			}
		})
	}
	if n := len(d.Silences()); n != 0 {
		t.Errorf("%d silences kept from refused adds", n)
	}
}

func TestSilencesListsConfigAndRuntimeSilences(t *testing.T) {
	clock := 0
	d, _ := newSyncDispatcher(t, runtimeSilenceYAML+`
silences:
  - matchers: [service.name=price-scraper]
    ends_at: 2026-11-25T10:00:00Z
    comment: supplier site rebuilt
    created_by: ops
maintenance_windows:
  - name: nightly-batch
    matchers: [team=inventory]
    start: "07:30"
    end: "08:30"
  - matchers: [team=search]
    ranges: [{starts_at: 2026-11-26T00:00:00Z, ends_at: 2026-11-26T01:00:00Z}]
`, &clock)
	d.Tick(at(0))
	pending, err := d.AddSilence(Silence{Matchers: []string{"job.name=ledger-close"}, StartsAt: at(60), EndsAt: at(90)})
	if err != nil {
		t.Fatal(err)
	}
	gone, err := d.AddSilence(Silence{Matchers: []string{"service.name=a"}, EndsAt: at(30)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.ExpireSilence(gone.ID); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Silences() {
		got = append(got, s.ID+" "+s.Source+" "+s.State)
	}
	want := []string{"config-0 config active", pending.ID + " api pending", gone.ID + " api expired"}
	if !slices.Equal(got, want) {
		t.Errorf("Silences = %q, want %q", got, want)
	}
	if s := d.Silences()[0]; s.Comment != "supplier site rebuilt" || s.CreatedBy != "ops" || !s.StartsAt.IsZero() {
		t.Errorf("config silence listed as %+v", s)
	}
	if _, err := d.ExpireSilence("config-0"); !errors.Is(err, ErrSilenceReadOnly) {
		t.Errorf("expiring a config silence: %v", err)
	}
	if _, err := d.ExpireSilence("nope"); !errors.Is(err, ErrSilenceNotFound) {
		t.Errorf("expiring an unknown silence: %v", err)
	}
	if s, err := d.ExpireSilence(gone.ID); err != nil || s.State != SilenceExpired {
		t.Errorf("expiring again: %+v, %v; want the expired silence unchanged", s, err)
	}
	ws := d.MaintenanceWindows()
	if len(ws) != 2 || ws[0].Name != "nightly-batch" || !ws[0].Open || ws[1].Open || len(ws[1].Ranges) != 1 {
		t.Errorf("MaintenanceWindows = %+v", ws)
	}
	a := fire(0, "r", alert.P2, "team", "inventory")
	d.Submit(a)
	if act := d.Active(); len(act) != 1 || act[0].MutedBy != "maintenance" || !slices.Equal(act[0].MaintenanceBy, []string{"nightly-batch"}) {
		t.Errorf("Active = %+v", act)
	}
	// An expired runtime silence is listed for a day, then forgotten.
	d.Tick(at(2 + 24*60 + 1))
	for _, s := range d.Silences() {
		if s.ID == gone.ID {
			t.Errorf("expired silence still listed a day later")
		}
	}
}

// The runtime silences are the caller's to persist: restored into another
// dispatcher they mute as before, and a configuration reload keeps them.
func TestRuntimeSilencesRestoreAndSurviveAReload(t *testing.T) {
	clock := 0
	d, _ := newSyncDispatcher(t, runtimeSilenceYAML, &clock)
	d.Tick(at(0))
	keep, err := d.AddSilence(Silence{Matchers: []string{"service.name=x"}, EndsAt: at(60), Comment: "c"})
	if err != nil {
		t.Fatal(err)
	}
	expired, err := d.AddSilence(Silence{Matchers: []string{"service.name=y"}, EndsAt: at(60)})
	if err != nil {
		t.Fatal(err)
	}
	d.Tick(at(1))
	if _, err := d.ExpireSilence(expired.ID); err != nil {
		t.Fatal(err)
	}
	saved := d.RuntimeSilences()
	if len(saved) != 2 {
		t.Fatalf("RuntimeSilences = %+v", saved)
	}

	d2, rec := newSyncDispatcher(t, runtimeSilenceYAML, &clock)
	d2.Tick(at(1)) // as Restore of the dispatcher's snapshot sets its clock
	bad := SilenceInfo{ID: "broken", Matchers: []string{"=x"}, EndsAt: at(60)}
	err = d2.RestoreSilences(append(saved, bad))
	if err == nil || !strings.Contains(err.Error(), `"broken"`) {
		t.Errorf("restoring a broken silence: %v", err)
	}
	if err := d2.UpdateSuppressions(decodeConfig(t, `
silences: [{matchers: [service.name=z], ends_at: 2026-11-25T09:00:00Z}]
`)); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range d2.Silences() {
		ids = append(ids, s.ID+" "+s.State)
	}
	if want := []string{"config-0 active", keep.ID + " active", expired.ID + " expired"}; !slices.Equal(ids, want) {
		t.Errorf("after restore and reload: %q, want %q", ids, want)
	}
	for clock = 2; clock <= 4; clock++ {
		if clock == 2 {
			d2.Submit(fire(2, "errors", alert.P2, "service.name", "x"))
			d2.Submit(fire(2, "errors", alert.P2, "service.name", "y"))
		}
		d2.Tick(at(clock))
	}
	// x is muted by the restored silence; y's silence was expired before
	// the restart, so it leaves no aftermath either.
	if want := []string{"2 default F:errors"}; !slices.Equal(rec.got, want) {
		t.Errorf("notified %q, want %q", rec.got, want)
	}
	for _, a := range d2.Active() {
		if muted := a.MutedBy == "silence" && slices.Equal(a.SilencedBy, []string{keep.ID}); muted != (a.Alert.Labels["service.name"] == "x") {
			t.Errorf("%v: muted by %q %v", a.Alert.Labels, a.MutedBy, a.SilencedBy)
		}
	}
}

func TestRuntimeSilencesAreBounded(t *testing.T) {
	clock := 0
	d, _ := newSyncDispatcher(t, runtimeSilenceYAML, &clock)
	d.Tick(at(0))
	for i := range MaxRuntimeSilences {
		if _, err := d.AddSilence(Silence{Matchers: []string{"n=" + time.Duration(i).String()}, EndsAt: at(10)}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := d.AddSilence(Silence{Matchers: []string{"n=x"}, EndsAt: at(10)}); !errors.Is(err, ErrTooManySilences) {
		t.Errorf("silence %d: %v, want ErrTooManySilences", MaxRuntimeSilences+1, err)
	}
	// Once the expired ones are forgotten there is room again.
	d.Tick(at(11 + 24*60))
	if _, err := d.AddSilence(Silence{Matchers: []string{"n=x"}, EndsAt: at(2000)}); err != nil {
		t.Errorf("after the retention: %v", err)
	}
}

// A silence added and expired on one dispatcher, applied to another (a
// cluster's instance that did not serve the request), mutes and lifts
// there exactly as on the first: the same id, no aftermath after the
// expiry, and an older version applied late changes nothing.
func TestApplySilenceReplaysAnotherDispatchersSilence(t *testing.T) {
	clockA, clockB := 0, 0
	a, _ := newSyncDispatcher(t, runtimeSilenceYAML, &clockA)
	b, rec := newSyncDispatcher(t, runtimeSilenceYAML, &clockB)
	var added SilenceInfo
	for clockB = 0; clockB <= 6; clockB++ {
		clockA = clockB
		switch clockB {
		case 0:
			b.Submit(fire(0, "errors", alert.P2, "service.name", "inventory-sync"))
		case 1:
			var err error
			added, err = a.AddSilence(Silence{Matchers: []string{"service.name=inventory-sync"}, EndsAt: at(120), CreatedBy: "ana"})
			if err != nil {
				t.Fatal(err)
			}
			if err := b.ApplySilence(added); err != nil {
				t.Fatal(err)
			}
			b.Submit(fire(1, "latency", alert.P2, "service.name", "inventory-sync"))
		case 3:
			ss := b.Silences()
			if len(ss) != 1 || ss[0].ID != added.ID || ss[0].State != SilenceActive {
				t.Fatalf("b lists %+v, want a's silence %s active", ss, added.ID)
			}
			expired, err := a.ExpireSilence(added.ID)
			if err != nil {
				t.Fatal(err)
			}
			if err := b.ApplySilence(expired); err != nil {
				t.Fatal(err)
			}
			if err := b.ApplySilence(added); err != nil { // late, older: ignored
				t.Fatal(err)
			}
			if ss := b.Silences(); ss[0].State != SilenceExpired {
				t.Fatalf("after the expiry and a late older version, b lists %+v", ss)
			}
		}
		a.Tick(at(clockB))
		b.Tick(at(clockB))
	}
	want := []string{"0 default F:errors", "3 default F:latency"}
	if !slices.Equal(rec.got, want) {
		t.Errorf("b notified %q, want %q", rec.got, want)
	}
	if err := b.ApplySilence(SilenceInfo{ID: "x", Matchers: []string{"service.name=x"}}); err == nil {
		t.Error("a silence without an end was applied")
	}
}
