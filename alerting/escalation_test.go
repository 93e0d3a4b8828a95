package alerting

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/internal/await"
)

// escYAML routes the payments service to team-pay, which escalates to
// oncall-sms after 10 minutes and, for P0 and P1 only, to lead-phone after
// 30; everything else goes to default and never escalates.
const escYAML = `
route:
  receiver: default
  group_by: [service.name]
  group_wait: 0s
  group_interval: 1m
  repeat_interval: 4h
  routes:
    - receiver: team-pay
      matchers: ["service.name=payments"]
      escalate:
        - after: 10m
          receiver: oncall-sms
        - after: 30m
          receiver: lead-phone
          severities: [P0, P1]
receivers:
  - {name: default, terminal: true}
  - {name: team-pay, terminal: true}
  - {name: oncall-sms, terminal: true}
  - {name: lead-phone, terminal: true}
`

// alertRecorder is a Notifier that keeps what it was told, alerts and all,
// with the minute of the test clock.
type alertRecorder struct {
	name  string
	clock *int
	mu    sync.Mutex
	got   []told
	fail  bool
}

type told struct {
	min    int
	recv   string
	alerts []alert.Alert
}

func (r *alertRecorder) Name() string { return r.name }

func (r *alertRecorder) Notify(_ context.Context, as []alert.Alert) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail {
		return false, errors.New("refused")
	}
	r.got = append(r.got, told{min: *r.clock, recv: r.name, alerts: slices.Clone(as)})
	return false, nil
}

// escRig is a synchronous dispatcher on the test's minute clock.
type escRig struct {
	t     *testing.T
	cfg   Config
	d     *Dispatcher
	clock *int
	recs  map[string]*alertRecorder
	hist  *historyRecorder
}

func newEscRig(t *testing.T, cfgYAML string, clock *int, snap []byte, nflog string) *escRig {
	t.Helper()
	cfg := decodeConfig(t, cfgYAML)
	r := &escRig{t: t, cfg: cfg, clock: clock, recs: map[string]*alertRecorder{}, hist: &historyRecorder{}}
	ns := map[string]Notifier{}
	for _, rc := range cfg.Receivers {
		ar := &alertRecorder{name: rc.Name, clock: clock}
		r.recs[rc.Name] = ar
		ns[rc.Name] = ar
	}
	d, err := NewDispatcher(cfg, ns, zerolog.Nop(), SyncDelivery(), WithHistory(r.hist),
		WithSleep(func(context.Context, time.Duration) error { return nil }))
	if err != nil {
		t.Fatal(err)
	}
	if snap != nil {
		if err := d.Restore(snap); err != nil {
			t.Fatal(err)
		}
	}
	if nflog != "" {
		if _, err := d.OpenLog(nflog); err != nil {
			t.Fatal(err)
		}
	}
	r.d = d
	return r
}

// to ticks minute by minute up to until, calling do first at each minute.
func (r *escRig) to(until int, do func(min int)) {
	for ; *r.clock <= until; *r.clock++ {
		if do != nil {
			do(*r.clock)
		}
		r.d.Tick(at(*r.clock))
	}
}

// lines are the notifications as "minute receiver F:rule,R:rule", in
// minute order (receivers in configuration order within a minute).
func (r *escRig) lines() []string {
	var out []string
	for _, rc := range r.cfg.Receivers {
		ar := r.recs[rc.Name]
		ar.mu.Lock()
		for _, n := range ar.got {
			parts := make([]string, len(n.alerts))
			for i, a := range n.alerts {
				s := "F"
				if a.Status == alert.Resolved {
					s = "R"
				}
				parts[i] = s + ":" + a.Rule
			}
			out = append(out, fmt.Sprintf("%d %s %s", n.min, n.recv, strings.Join(parts, ",")))
		}
		ar.mu.Unlock()
	}
	slices.SortStableFunc(out, func(a, b string) int {
		var ma, mb int
		fmt.Sscan(a, &ma)
		fmt.Sscan(b, &mb)
		return ma - mb
	})
	return out
}

func (r *escRig) told(recv string) []told {
	ar := r.recs[recv]
	ar.mu.Lock()
	defer ar.mu.Unlock()
	return slices.Clone(ar.got)
}

func wantLines(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("notifications:\n got %q\nwant %q", got, want)
	}
}

// Two steps fire at their minutes, once each although the alert goes on
// firing; the step limited to P0 and P1 leaves a P2 alone; the resolution
// reaches every receiver a step told; the history records each escalation
// with its step.
func TestEscalationStepsFireOnceAtTheirMinutes(t *testing.T) {
	clock := 0
	r := newEscRig(t, escYAML+"inhibit: []\n", &clock, nil, "") // the P1 would hold the P2 back
	p1 := fire(0, "card-declines", alert.P1, "service.name", "payments")
	p1.Annotations = map[string]string{"summary": "card declines at 12%"}
	p2 := fire(0, "slow-refunds", alert.P2, "service.name", "payments", "region", "eu")
	other := fire(0, "checkout-errors", alert.P1, "service.name", "checkout")
	r.to(90, func(min int) {
		switch min {
		case 0:
			r.d.Submit(p1)
			r.d.Submit(p2)
			r.d.Submit(other)
		case 60:
			r.d.Submit(resolve(60, p1))
			r.d.Submit(resolve(60, p2))
		}
	})
	wantLines(t, r.lines(), []string{
		"0 default F:checkout-errors",
		"0 team-pay F:card-declines,F:slow-refunds",
		"10 oncall-sms F:card-declines,F:slow-refunds",
		"30 lead-phone F:card-declines",
		"60 team-pay R:card-declines,R:slow-refunds",
		"60 oncall-sms R:card-declines,R:slow-refunds",
		"60 lead-phone R:card-declines",
	})
	sms := r.told("oncall-sms")[0].alerts[0]
	if got := sms.Annotations["escalation"]; got != "step 1 of 2: not acknowledged after 10m" {
		t.Errorf("escalation annotation %q", got)
	}
	if got := sms.Annotations["summary"]; got != "[escalated 1/2] card declines at 12%" {
		t.Errorf("summary %q", got)
	}
	if p1.Annotations["summary"] != "card declines at 12%" {
		t.Error("the submitted alert's annotations were changed")
	}
	phone := r.told("lead-phone")
	if got := phone[0].alerts[0].Annotations["escalation"]; got != "step 2 of 2: not acknowledged after 30m" {
		t.Errorf("step 2 annotation %q", got)
	}
	if got := phone[1].alerts[0].Annotations["escalation"]; phone[1].alerts[0].Status != alert.Resolved || got == "" {
		t.Errorf("the resolution to lead-phone is %s, annotation %q: want resolved and marked", phone[1].alerts[0].Status, got)
	}
	if got := r.told("team-pay")[0].alerts[0].Annotations["escalation"]; got != "" {
		t.Errorf("the route's own receiver was told escalation %q", got)
	}
	var esc []string
	for _, h := range r.hist.recs {
		if h.Step > 0 {
			esc = append(esc, fmt.Sprintf("%s %s %s step %d %s", h.Time.Format("15:04"), h.Kind, h.Receiver, h.Step, h.Alert.Rule))
			if !strings.HasSuffix(h.Group, fmt.Sprintf("/escalate/%d", h.Step)) {
				t.Errorf("history group %q: want the step's group", h.Group)
			}
		}
	}
	wantHist := []string{
		"08:10 escalated oncall-sms step 1 card-declines", "08:10 escalated oncall-sms step 1 slow-refunds",
		"08:30 escalated lead-phone step 2 card-declines",
		"09:00 resolved oncall-sms step 1 card-declines", "09:00 resolved oncall-sms step 1 slow-refunds",
		"09:00 resolved lead-phone step 2 card-declines",
	}
	if !slices.Equal(esc, wantHist) {
		t.Errorf("escalation history:\n got %q\nwant %q", esc, wantHist)
	}
	if s := r.d.Stats(); s.Escalations != 3 || s.Active != 1 || len(r.d.esc.states) != 0 || len(r.d.esc.groups) != 0 {
		t.Errorf("after the end: %d escalations (want 3), %d alerts (want checkout-errors), %d escalation states, %d step groups held",
			s.Escalations, s.Active, len(r.d.esc.states), len(r.d.esc.groups))
	}
}

// An acknowledgement before the first step stops the escalation; one
// between the steps stops the second, and the receiver the first step told
// still hears the resolution.
func TestAckStopsEscalation(t *testing.T) {
	for _, tc := range []struct {
		name  string
		ackAt int
		want  []string
	}{
		{"before the first step", 5, []string{"0 team-pay F:card-declines", "40 team-pay R:card-declines"}},
		{"between the steps", 15, []string{
			"0 team-pay F:card-declines", "10 oncall-sms F:card-declines",
			"40 team-pay R:card-declines", "40 oncall-sms R:card-declines"}},
		{"never", -1, []string{
			"0 team-pay F:card-declines", "10 oncall-sms F:card-declines", "30 lead-phone F:card-declines",
			"40 team-pay R:card-declines", "40 oncall-sms R:card-declines", "40 lead-phone R:card-declines"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clock := 0
			r := newEscRig(t, escYAML, &clock, nil, "")
			a := fire(0, "card-declines", alert.P0, "service.name", "payments")
			fp := alert.Fingerprint(a.Rule, a.Labels)
			r.to(50, func(min int) {
				switch min {
				case 0:
					r.d.Submit(a)
				case tc.ackAt:
					r.d.Tick(at(min)) // acknowledged at this minute
					got, err := r.d.Ack(fp, "ana", "on it")
					if err != nil || got.Fingerprint != fp {
						t.Fatalf("Ack: %v, %v", got.Fingerprint, err)
					}
					act := r.d.Active()
					if len(act) != 1 || act[0].AckedBy != "ana" || act[0].AckComment != "on it" || !act[0].AckedAt.Equal(at(tc.ackAt)) {
						t.Errorf("Active after the ack: %+v", act)
					}
				case 40:
					r.d.Submit(resolve(40, a))
				}
			})
			wantLines(t, r.lines(), tc.want)
			var acks []string
			for _, h := range r.hist.recs {
				if h.Kind == HistoryAcknowledged {
					acks = append(acks, fmt.Sprintf("%s %s %s %q", h.Time.Format("15:04"), h.Alert.Rule, h.By, h.Comment))
				}
			}
			var want []string
			if tc.ackAt >= 0 {
				want = []string{fmt.Sprintf("%s card-declines ana \"on it\"", at(tc.ackAt).Format("15:04"))}
			}
			if !slices.Equal(acks, want) {
				t.Errorf("acknowledgements in the history: %q, want %q", acks, want)
			}
		})
	}
}

// Ack refuses what it cannot acknowledge; acknowledging twice keeps the
// first; the acknowledgement ends with the episode.
func TestAckErrorsAndEpisodes(t *testing.T) {
	clock := 0
	r := newEscRig(t, escYAML, &clock, nil, "")
	a := fire(0, "card-declines", alert.P1, "service.name", "payments")
	fp := alert.Fingerprint(a.Rule, a.Labels)
	r.d.Submit(a)
	r.to(2, nil)
	if _, err := r.d.Ack("0000000000000000", "ana", ""); !errors.Is(err, ErrAlertNotHeld) {
		t.Errorf("unknown fingerprint: %v, want ErrAlertNotHeld", err)
	}
	if _, err := r.d.Ack(fp, "ana", "first"); err != nil {
		t.Fatal(err)
	}
	r.to(4, nil)
	if _, err := r.d.Ack(fp, "bo", "second"); err != nil {
		t.Fatalf("a second ack: %v", err)
	}
	if ak, ok := r.d.Acknowledged(fp); !ok || ak.By != "ana" || ak.Comment != "first" || !ak.At.Equal(at(2)) {
		t.Errorf("after two acks: %+v %v, want the first (ana, first, minute 2)", ak, ok)
	}
	if n := len(r.hist.recs); r.hist.recs[n-1].Kind != HistoryAcknowledged || r.hist.recs[n-1].By != "ana" {
		t.Errorf("the second ack was recorded: %+v", r.hist.recs[n-1])
	}
	r.d.Submit(resolve(5, a)) // held until its resolution is notified at the next Tick
	if _, err := r.d.Ack(fp, "ana", ""); !errors.Is(err, ErrAlertNotFiring) {
		t.Errorf("resolved alert: %v, want ErrAlertNotFiring", err)
	}
	r.to(6, nil)
	b := fire(7, "card-declines", alert.P1, "service.name", "payments") // a new episode
	r.d.Submit(b)
	r.to(30, nil)
	if _, ok := r.d.Acknowledged(fp); ok {
		t.Error("the new episode is acknowledged")
	}
	if act := r.d.Active(); len(act) != 1 || act[0].AckedBy != "" || !act[0].AckedAt.IsZero() {
		t.Errorf("Active: %+v, want the new episode not acknowledged", act)
	}
	wantLines(t, r.lines(), []string{
		"0 team-pay F:card-declines", "5 team-pay R:card-declines",
		"7 team-pay F:card-declines", "17 oncall-sms F:card-declines",
	})
}

// A muted alert does not escalate, and the time it is muted does not
// count: in a maintenance window from minute 5 to 25, the alert told at
// minute 0 reaches its first step (10 minutes) at minute 30 and its second
// (30 minutes) at 50. An alert inhibited from the start is never told and
// never escalates.
func TestMutedAlertsDoNotEscalate(t *testing.T) {
	clock := 0
	r := newEscRig(t, escYAML+`
maintenance_windows:
  - name: card-provider
    matchers: ["rule=card-declines"]
    ranges: [{starts_at: 2026-11-25T08:05:00Z, ends_at: 2026-11-25T08:25:00Z}]
inhibit:
  - source: ["severity=P0"]
    target: ["severity=P2"]
    equal: [service.name]
`, &clock, nil, "")
	a := fire(0, "card-declines", alert.P1, "service.name", "payments")
	src := fire(0, "payments-down", alert.P0, "service.name", "payments", "region", "eu")
	tgt := fire(0, "slow-refunds", alert.P2, "service.name", "payments", "region", "us")
	r.to(60, func(min int) {
		if min == 0 {
			r.d.Submit(a)
			r.d.Submit(src)
			r.d.Submit(tgt)
		}
		if min == 20 {
			muted := map[string]string{}
			for _, aa := range r.d.Active() {
				muted[aa.Alert.Rule] = aa.MutedBy
			}
			if muted["card-declines"] != mutedByMaintenance || muted["slow-refunds"] != mutedByInhibition || muted["payments-down"] != "" {
				t.Errorf("muted at minute 20: %v", muted)
			}
		}
	})
	wantLines(t, r.lines(), []string{
		"0 team-pay F:card-declines,F:payments-down",
		"10 oncall-sms F:payments-down",
		"30 oncall-sms F:card-declines",
		"30 lead-phone F:payments-down",
		"50 lead-phone F:card-declines",
	})
}

// A restart mid-escalation, from a snapshot taken after the first step,
// neither tells the first step again nor loses the second or the
// resolutions. An older snapshot (without escalations) still restores.
func TestEscalationSnapshotRestore(t *testing.T) {
	clock := 0
	r1 := newEscRig(t, escYAML, &clock, nil, "")
	a := fire(0, "card-declines", alert.P1, "service.name", "payments")
	fp := alert.Fingerprint(a.Rule, a.Labels)
	b := fire(0, "slow-refunds", alert.P1, "service.name", "payments", "region", "eu")
	r1.to(15, func(min int) {
		if min == 0 {
			r1.d.Submit(a)
			r1.d.Submit(b)
		}
		if min == 12 {
			if _, err := r1.d.Ack(alert.Fingerprint(b.Rule, b.Labels), "ana", ""); err != nil {
				t.Fatal(err)
			}
		}
	})
	wantLines(t, r1.lines(), []string{"0 team-pay F:card-declines,F:slow-refunds", "10 oncall-sms F:card-declines,F:slow-refunds"})
	snap, err := r1.d.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	var s snapshot
	if err := json.Unmarshal(snap, &s); err != nil || len(s.Escalations) != 2 || len(s.Acks) != 1 || s.Version != snapshotVersion {
		t.Fatalf("snapshot: %d escalations, %d acks, version %d, %v", len(s.Escalations), len(s.Acks), s.Version, err)
	}

	r2 := newEscRig(t, escYAML, &clock, snap, "")
	r2.to(60, func(min int) {
		if min == 16 { // the rules engine raises them again after its own restart
			r2.d.Submit(a)
			r2.d.Submit(b)
		}
		if min == 45 {
			r2.d.Submit(resolve(45, a))
			r2.d.Submit(resolve(45, b))
		}
	})
	wantLines(t, r2.lines(), []string{
		"30 lead-phone F:card-declines", // slow-refunds is acknowledged
		"45 team-pay R:card-declines,R:slow-refunds",
		"45 oncall-sms R:card-declines,R:slow-refunds",
		"45 lead-phone R:card-declines",
	})
	if _, ok := r2.d.Acknowledged(fp); ok {
		t.Error("card-declines acknowledged after the restore")
	}

	// The same restart from an older snapshot: the escalation's clock
	// starts again from what the receiver was last told.
	clock = 16
	var old map[string]json.RawMessage
	if err := json.Unmarshal(snap, &old); err != nil {
		t.Fatal(err)
	}
	delete(old, "escalations")
	delete(old, "acks")
	oldSnap, _ := json.Marshal(old)
	r3 := newEscRig(t, escYAML, &clock, oldSnap, "")
	r3.to(31, nil)
	wantLines(t, r3.lines(), []string{"16 oncall-sms F:card-declines,F:slow-refunds", "30 lead-phone F:card-declines,F:slow-refunds"})
}

// With the notification log, escalations told after the last checkpoint
// are not told again after a crash, and their receivers still hear the
// resolutions: two alerts of one group reach the first step at minutes 10
// and 15, in two notifications; the log keeps only the newest of a group's
// records, which lists both.
func TestEscalationSurvivesCrashThroughTheLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json.nflog")
	clock := 0
	a := fire(0, "card-declines", alert.P1, "service.name", "payments")
	b := fire(5, "refund-errors", alert.P1, "service.name", "payments")
	r1 := newEscRig(t, escYAML, &clock, nil, path)
	r1.to(6, func(min int) {
		switch min {
		case 0:
			r1.d.Submit(a)
		case 5:
			r1.d.Submit(b)
		}
	})
	snap, err := r1.d.Snapshot() // before the escalations
	if err != nil {
		t.Fatal(err)
	}
	if err := r1.d.CompactLog(); err != nil {
		t.Fatal(err)
	}
	r1.to(16, nil)
	wantLines(t, r1.lines(), []string{
		"0 team-pay F:card-declines", "5 team-pay F:card-declines,F:refund-errors",
		"10 oncall-sms F:card-declines", "15 oncall-sms F:refund-errors"})
	r1.d.nf.close() // killed: no Close

	r2 := newEscRig(t, escYAML, &clock, snap, path)
	r2.to(50, func(min int) {
		switch min {
		case 17: // raised again by the restarted rules engine
			r2.d.Submit(a)
			r2.d.Submit(b)
		case 40:
			r2.d.Submit(resolve(40, a))
			r2.d.Submit(resolve(40, b))
		}
	})
	wantLines(t, r2.lines(), []string{
		"30 lead-phone F:card-declines", "35 lead-phone F:refund-errors",
		"40 team-pay R:card-declines,R:refund-errors", "40 oncall-sms R:card-declines,R:refund-errors",
		"40 lead-phone R:card-declines,R:refund-errors",
	})
}

// A step whose receiver fails is tried again a minute later (dispatcher
// clock) and counted once it is told.
func TestEscalationRetriedAfterFailure(t *testing.T) {
	clock := 0
	r := newEscRig(t, escYAML, &clock, nil, "")
	r.recs["oncall-sms"].fail = true
	a := fire(0, "card-declines", alert.P1, "service.name", "payments")
	r.to(14, func(min int) {
		if min == 0 {
			r.d.Submit(a)
		}
		if min == 12 {
			r.recs["oncall-sms"].mu.Lock()
			r.recs["oncall-sms"].fail = false
			r.recs["oncall-sms"].mu.Unlock()
		}
	})
	wantLines(t, r.lines(), []string{"0 team-pay F:card-declines", "12 oncall-sms F:card-declines"})
	if s := r.d.Stats(); s.Escalations != 1 || s.Receivers["oncall-sms"].FinalFailures != 2 {
		t.Errorf("stats: %d escalations, %d final failures of oncall-sms; want 1 and 2 (minutes 10 and 11)",
			s.Escalations, s.Receivers["oncall-sms"].FinalFailures)
	}
}

// With external_url and ack_secret every firing alert handed to a receiver
// carries a signed ack_url; the link acknowledges that episode only, until
// it expires; a tampered one is refused; the history keeps the link
// without its token.
func TestAckLinks(t *testing.T) {
	clock := 0
	secret := strings.Repeat("k", 40)
	r := newEscRig(t, escYAML+`
external_url: https://vigil.example.com/
ack_secret: `+secret+`
ack_link_ttl: 2h
`, &clock, nil, "")
	a := fire(0, "card-declines", alert.P1, "service.name", "payments")
	fp := alert.Fingerprint(a.Rule, a.Labels)
	r.d.Submit(a)
	r.to(10, nil)
	first := r.told("team-pay")[0].alerts[0]
	base := "https://vigil.example.com/api/v1/alerts/" + fp + "/ack"
	u, tok, ok := strings.Cut(first.AckURL, "?token=")
	if !ok || u != base || tok == "" {
		t.Fatalf("ack_url %q: want %s?token=…", first.AckURL, base)
	}
	if esc := r.told("oncall-sms")[0].alerts[0]; !strings.HasPrefix(esc.AckURL, base+"?token=") {
		t.Errorf("the escalation's ack_url %q", esc.AckURL)
	}
	for _, h := range r.hist.recs {
		if h.Alert.AckURL != base {
			t.Errorf("history ack_url %q: want %s without the token", h.Alert.AckURL, base)
		}
	}
	if _, err := r.d.CheckAckLink(fp, tok); err != nil {
		t.Errorf("CheckAckLink: %v", err)
	}
	exp, sig, _ := strings.Cut(tok, ".")
	flip := []byte(sig)
	flip[3] ^= 1
	for name, bad := range map[string]string{
		"signature changed": exp + "." + string(flip),
		"expiry extended":   fmt.Sprint(at(0).Add(48*time.Hour).Unix()) + "." + sig,
		"no signature":      exp,
		"empty":             "",
	} {
		if _, err := r.d.AckWithLink(fp, bad, "mallory", ""); !errors.Is(err, ErrAckLinkInvalid) {
			t.Errorf("%s: %v, want ErrAckLinkInvalid", name, err)
		}
	}
	if _, err := r.d.AckWithLink("0000000000000000", tok, "ana", ""); !errors.Is(err, ErrAlertNotHeld) {
		t.Errorf("another fingerprint: %v", err)
	}
	r.to(121, nil) // the link of minute 0 expired at minute 120
	if _, err := r.d.AckWithLink(fp, tok, "ana", ""); !errors.Is(err, ErrAckLinkExpired) {
		t.Errorf("after the expiry: %v, want ErrAckLinkExpired", err)
	}
	if _, ok := r.d.Acknowledged(fp); ok {
		t.Fatal("acknowledged by a refused link")
	}
	// A link of a later episode acknowledges it; the old one does not.
	r.d.Submit(resolve(122, a))
	r.to(123, nil)
	r.d.Submit(fire(124, "card-declines", alert.P1, "service.name", "payments"))
	r.to(125, nil)
	tl := r.told("team-pay")
	_, tok2, _ := strings.Cut(tl[len(tl)-1].alerts[0].AckURL, "?token=")
	if _, err := r.d.AckWithLink(fp, tok, "ana", ""); !errors.Is(err, ErrAckLinkInvalid) {
		t.Errorf("the first episode's link on the second: %v, want ErrAckLinkInvalid", err)
	}
	if _, err := r.d.AckWithLink(fp, tok2, "ana", "from my phone"); err != nil {
		t.Fatalf("the second episode's link: %v", err)
	}
	if ak, ok := r.d.Acknowledged(fp); !ok || ak.By != "ana" {
		t.Errorf("acknowledgement %+v %v", ak, ok)
	}
	if resolved := tl[len(tl)-2].alerts[0]; resolved.Status != alert.Resolved || resolved.AckURL != "" {
		t.Errorf("a resolution carries ack_url %q", resolved.AckURL)
	}
}

// Without ack_secret the link is unsigned and AckWithLink refuses it.
func TestAckLinkUnsigned(t *testing.T) {
	clock := 0
	r := newEscRig(t, escYAML+"external_url: https://vigil.example.com\n", &clock, nil, "")
	a := fire(0, "card-declines", alert.P1, "service.name", "payments")
	r.d.Submit(a)
	r.to(1, nil)
	fp := alert.Fingerprint(a.Rule, a.Labels)
	if got := r.told("team-pay")[0].alerts[0].AckURL; got != "https://vigil.example.com/api/v1/alerts/"+fp+"/ack" {
		t.Errorf("ack_url %q", got)
	}
	if _, err := r.d.AckWithLink(fp, "1.x", "ana", ""); !errors.Is(err, ErrAckLinkInvalid) || !strings.Contains(err.Error(), "ack_secret") {
		t.Errorf("unsigned: %v", err)
	}
}

func TestEscalationConfigErrors(t *testing.T) {
	cfg := decodeConfig(t, escYAML)
	cfg.Route.Routes[0].Escalate[1].After = 5 * time.Minute
	err := cfg.ValidateAt("alerting")
	if err == nil || !strings.Contains(err.Error(), "alerting.route.routes.0.escalate.1.after: 5m must be larger than alerting.route.routes.0.escalate.0.after (10m)") {
		t.Errorf("err = %v", err)
	}
	cfg = decodeConfig(t, escYAML)
	cfg.AckSecret = strings.Repeat("s", 40)
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "ack_secret: is set but external_url is not") {
		t.Errorf("ack_secret without external_url: %v", err)
	} else if strings.Contains(err.Error(), cfg.AckSecret) {
		t.Error("the error quotes the secret")
	}
}

// With receiver workers (no SyncDelivery) a step goes through its
// receiver's queue, is told once while it is in flight and after, and its
// resolution follows; Close waits for them.
func TestEscalationWithWorkers(t *testing.T) {
	cfg := decodeConfig(t, escYAML)
	clock := 0
	recs := map[string]*alertRecorder{}
	ns := map[string]Notifier{}
	for _, rc := range cfg.Receivers {
		recs[rc.Name] = &alertRecorder{name: rc.Name, clock: &clock}
		ns[rc.Name] = recs[rc.Name]
	}
	d, err := NewDispatcher(cfg, ns, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	count := func(name string) int {
		r := recs[name]
		r.mu.Lock()
		defer r.mu.Unlock()
		return len(r.got)
	}
	a := fire(0, "card-declines", alert.P1, "service.name", "payments")
	d.Submit(a)
	d.Tick(at(0))
	// Told, and settled: a notifier returns before the dispatcher records
	// the delivery, and only a settled delivery is known at the next Tick.
	await.Until(t, "team-pay told", 5*time.Second, func() bool { return count("team-pay") == 1 && d.Stats().Notifications == 1 })
	for m := 1; m <= 20; m++ { // the step is due at 10 and ticked again while in flight
		d.Tick(at(m))
	}
	await.Until(t, "oncall-sms told", 5*time.Second, func() bool { return count("oncall-sms") == 1 && d.Stats().Escalations == 1 })
	d.Submit(resolve(21, a))
	d.Tick(at(21))
	await.Until(t, "the resolutions", 5*time.Second, func() bool { return count("oncall-sms") == 2 && count("team-pay") == 2 })
	if err := d.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := count("oncall-sms"); n != 2 || count("lead-phone") != 0 {
		t.Errorf("oncall-sms told %d times (want 2: firing, resolved), lead-phone %d", n, count("lead-phone"))
	}
	if s := d.Stats(); s.Escalations != 1 {
		t.Errorf("%d escalations, want 1", s.Escalations)
	}
}

// gatedNotifier blocks each notification until the test lets it through.
type gatedNotifier struct {
	entered chan []alert.Alert
	release chan struct{}
}

func (g *gatedNotifier) Name() string { return "gated" }

func (g *gatedNotifier) Notify(_ context.Context, as []alert.Alert) (bool, error) {
	g.entered <- slices.Clone(as)
	<-g.release
	return false, nil
}

// An alert that resolves while its escalation is in flight still has its
// resolution told to the step's receiver once that delivery is done.
func TestEscalationResolvedWhileInFlight(t *testing.T) {
	cfg := decodeConfig(t, escYAML)
	gate := &gatedNotifier{entered: make(chan []alert.Alert, 4), release: make(chan struct{})}
	ns := map[string]Notifier{"oncall-sms": gate}
	clock := 0
	for _, rc := range cfg.Receivers {
		if rc.Name != "oncall-sms" {
			ns[rc.Name] = &alertRecorder{name: rc.Name, clock: &clock}
		}
	}
	d, err := NewDispatcher(cfg, ns, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		close(gate.release) // let whatever is left through
		_ = d.Close(context.Background())
	}()
	a := fire(0, "card-declines", alert.P1, "service.name", "payments")
	d.Submit(a)
	d.Tick(at(0))
	await.Until(t, "team-pay told", 5*time.Second, func() bool { return d.Stats().Notifications == 1 })
	for m := 1; m <= 10; m++ {
		d.Tick(at(m))
	}
	var got []alert.Alert
	select {
	case got = <-gate.entered:
	case <-await.After(t, 5*time.Second):
		t.Fatal("the escalation did not reach oncall-sms")
	}
	if got[0].Status != alert.Firing {
		t.Fatalf("first told %s", got[0].Status)
	}
	d.Submit(resolve(11, a)) // while the escalation is in flight
	d.Tick(at(11))
	gate.release <- struct{}{}
	await.Until(t, "the escalation settled", 5*time.Second, func() bool { return d.Stats().Escalations == 1 })
	d.Tick(at(12))
	select {
	case got = <-gate.entered:
	case <-await.After(t, 5*time.Second):
		t.Fatal("the resolution did not reach oncall-sms")
	}
	if got[0].Status != alert.Resolved {
		t.Errorf("then told %s, want resolved", got[0].Status)
	}
	gate.release <- struct{}{}
}

// A step's receiver with send_resolved: false is not told the resolution,
// and the escalation is forgotten all the same.
func TestEscalationRespectsSendResolved(t *testing.T) {
	clock := 0
	r := newEscRig(t, `
route:
  receiver: team-pay
  group_wait: 0s
  escalate: [{after: 5m, receiver: quiet-sms}]
receivers:
  - {name: team-pay, terminal: true}
  - {name: quiet-sms, terminal: true, send_resolved: false}
`, &clock, nil, "")
	a := fire(0, "card-declines", alert.P1, "service.name", "payments")
	r.to(20, func(min int) {
		switch min {
		case 0:
			r.d.Submit(a)
		case 10:
			r.d.Submit(resolve(10, a))
		}
	})
	wantLines(t, r.lines(), []string{"0 team-pay F:card-declines", "5 quiet-sms F:card-declines", "10 team-pay R:card-declines"})
	if len(r.d.esc.states) != 0 || r.d.Stats().Active != 0 {
		t.Errorf("after the end: %d escalation states, %d alerts held", len(r.d.esc.states), r.d.Stats().Active)
	}
}
