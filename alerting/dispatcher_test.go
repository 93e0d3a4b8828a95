package alerting

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"gopkg.in/yaml.v3"

	"github.com/vigilops/vigil/alert"
)

// t0 is a Wednesday.
var t0 = time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)

func at(min int) time.Time { return t0.Add(time.Duration(min) * time.Minute) }

// recorder is a Notifier that records what it is told, at which minute of
// the test clock, and can fail on demand.
type recorder struct {
	name  string
	clock *int
	mu    sync.Mutex
	got   []string
	fail  func() (bool, error) // nil: succeed
}

func (r *recorder) Name() string { return r.name }

func (r *recorder) Notify(_ context.Context, as []alert.Alert) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		if retry, err := r.fail(); err != nil {
			return retry, err
		}
	}
	parts := make([]string, len(as))
	for i, a := range as {
		s := "F"
		if a.Status == alert.Resolved {
			s = "R"
		}
		parts[i] = s + ":" + a.Rule
	}
	r.got = append(r.got, fmt.Sprintf("%d %s %s", *r.clock, r.name, strings.Join(parts, ",")))
	return false, nil
}

// fire returns a firing alert of rule with severity and labels (k, v, k, v…)
// starting at minute min.
func fire(min int, rule string, sev alert.Severity, kv ...string) alert.Alert {
	labels := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		labels[kv[i]] = kv[i+1]
	}
	return alert.Alert{
		Status: alert.Firing, Rule: rule, Kind: alert.KindRule, Severity: sev,
		Labels: labels, StartsAt: at(min), Value: 1,
	}
}

// resolve returns a's resolution at minute min.
func resolve(min int, a alert.Alert) alert.Alert {
	a.Status = alert.Resolved
	end := at(min)
	a.EndsAt = &end
	return a
}

func decodeConfig(t testing.TB, y string) Config {
	t.Helper()
	var c Config
	dec := yaml.NewDecoder(strings.NewReader(y))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		t.Fatalf("config: %v", err)
	}
	if err := c.Validate(); err != nil {
		t.Fatalf("config: %v", err)
	}
	return c
}

type step struct {
	min    int
	submit []alert.Alert
}

// run drives a synchronous dispatcher minute by minute from 0 to until,
// submitting each step's alerts before ticking, and returns every
// notification as "minute receiver F:rule,R:rule".
func run(t *testing.T, cfgYAML string, steps []step, until int, opts ...Option) ([]string, *Dispatcher) {
	t.Helper()
	cfg := decodeConfig(t, cfgYAML)
	clock := 0
	recs := map[string]Notifier{}
	var all []*recorder
	for _, rc := range cfg.Receivers {
		r := &recorder{name: rc.Name, clock: &clock}
		recs[rc.Name] = r
		all = append(all, r)
	}
	d, err := NewDispatcher(cfg, recs, zerolog.Nop(), append([]Option{SyncDelivery()}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	for clock = 0; clock <= until; clock++ {
		for _, s := range steps {
			if s.min == clock {
				for _, a := range s.submit {
					d.Submit(a)
				}
			}
		}
		d.Tick(at(clock))
	}
	var got []string
	for _, r := range all {
		got = append(got, r.got...)
	}
	slices.SortStableFunc(got, func(a, b string) int {
		var ma, mb int
		fmt.Sscan(a, &ma)
		fmt.Sscan(b, &mb)
		return ma - mb
	})
	return got, d
}

const receiversYAML = `
receivers:
  - name: default
    terminal: true
  - name: pager
    terminal: true
  - name: team-pay
    terminal: true
  - name: quiet
    terminal: true
    send_resolved: false
`

func TestDispatcher(t *testing.T) {
	a := fire(0, "a", alert.P2, "service.name", "x")
	b := fire(0, "b", alert.P2, "service.name", "x")
	c := fire(0, "c", alert.P2, "service.name", "y")
	p0x := fire(0, "p0", alert.P0, "service.name", "x")
	tests := []struct {
		name  string
		cfg   string
		steps []step
		until int
		want  []string
		check func(t *testing.T, s Stats)
	}{
		{
			name: "group_wait batches a group, group_interval spaces its updates",
			cfg: `
route: {receiver: default, group_by: [service.name], group_wait: 1m, group_interval: 5m}
` + receiversYAML,
			steps: []step{
				{0, []alert.Alert{a, b, c}},
				{2, []alert.Alert{fire(2, "d", alert.P3, "service.name", "x")}},
			},
			until: 12,
			want: []string{
				"1 default F:a,F:b",
				"1 default F:c",
				"6 default F:a,F:b,F:d",
			},
		},
		{
			name: "group_interval 0 flushes at every tick (replay)",
			cfg: `
route: {receiver: default, group_wait: 0s, group_interval: 0s}
` + receiversYAML,
			steps: []step{
				{0, []alert.Alert{a}},
				{3, []alert.Alert{b}},
				{5, []alert.Alert{resolve(5, a)}},
			},
			until: 8,
			want:  []string{"0 default F:a", "3 default F:a,F:b", "5 default R:a,F:b"},
		},
		{
			name: "no group_by: one group per service",
			cfg: `
route: {receiver: default, group_wait: 2m}
` + receiversYAML,
			steps: []step{{0, []alert.Alert{a, c}}},
			until: 4,
			want:  []string{"2 default F:a", "2 default F:c"},
		},
		{
			name: "group_by []: one group for everything",
			cfg: `
route: {receiver: default, group_by: [], group_wait: 2m}
` + receiversYAML,
			steps: []step{{0, []alert.Alert{a, c}}},
			until: 4,
			want:  []string{"2 default F:a,F:c"},
		},
		{
			name: "group by every label with ...",
			cfg: `
route: {receiver: default, group_by: ["..."], group_wait: 0s}
` + receiversYAML,
			steps: []step{{0, []alert.Alert{a, b}}},
			until: 1,
			want:  []string{"0 default F:a", "0 default F:b"},
		},
		{
			name: "re-submitted firing alert is deduplicated until repeat_interval",
			cfg: `
route: {receiver: default, group_wait: 0s, group_interval: 5m, repeat_interval: 30m}
` + receiversYAML,
			steps: []step{
				{0, []alert.Alert{a}},
				{3, []alert.Alert{a}},
				{10, []alert.Alert{a}},
				{31, []alert.Alert{a}},
			},
			until: 62,
			want: []string{
				"0 default F:a",
				"30 default F:a",
				"60 default F:a",
			},
			check: func(t *testing.T, s Stats) {
				// flushes at 5,10,15,20,25 and 35…55 had nothing new
				if s.Deduplicated != 10 {
					t.Errorf("Deduplicated = %d, want 10", s.Deduplicated)
				}
			},
		},
		{
			name: "resolved is sent, and the alert is forgotten",
			cfg: `
route: {receiver: default, group_wait: 1m, group_interval: 5m}
` + receiversYAML,
			steps: []step{
				{0, []alert.Alert{a, b}},
				{8, []alert.Alert{resolve(8, a)}},
				{20, []alert.Alert{resolve(20, b)}},
			},
			until: 30,
			want: []string{
				"1 default F:a,F:b",
				"11 default R:a,F:b",
				"21 default R:b",
			},
			check: func(t *testing.T, s Stats) {
				if s.Active != 0 || s.Groups != 0 {
					t.Errorf("Active = %d, Groups = %d, want 0 and 0", s.Active, s.Groups)
				}
			},
		},
		{
			name: "send_resolved false: no resolved notification, a re-fire pages again",
			cfg: `
route: {receiver: quiet, group_wait: 0s, group_interval: 1m}
` + receiversYAML,
			steps: []step{
				{0, []alert.Alert{a}},
				{5, []alert.Alert{resolve(5, a)}},
				{10, []alert.Alert{fire(10, "a", alert.P2, "service.name", "x")}},
			},
			until: 12,
			want:  []string{"0 quiet F:a", "10 quiet F:a"},
		},
		{
			name: "fired and resolved between flushes: nobody is told",
			cfg: `
route: {receiver: default, group_wait: 5m}
` + receiversYAML,
			steps: []step{
				{0, []alert.Alert{a}},
				{2, []alert.Alert{resolve(2, a)}},
			},
			until: 10,
			want:  nil,
		},
		{
			name: "silence mutes until it ends while the alert still fires",
			cfg: `
route: {receiver: default, group_by: [], group_wait: 0s, group_interval: 1m}
silences:
  - matchers: [service.name=x]
    starts_at: 2026-11-25T08:05:00Z
    ends_at: 2026-11-25T08:20:00Z
    comment: db migration
    created_by: ops
` + receiversYAML,
			steps: []step{
				{10, []alert.Alert{fire(10, "a", alert.P2, "service.name", "x"), fire(10, "c", alert.P2, "service.name", "y")}},
			},
			// The episode began under the silence: it is heard of when it
			// outlives the silence's aftermath (30m), not at its end.
			until: 55,
			want:  []string{"10 default F:c", "50 default F:a,F:c"},
			check: func(t *testing.T, s Stats) {
				if s.Silenced != 1 {
					t.Errorf("Silenced = %d, want 1", s.Silenced)
				}
			},
		},
		{
			name: "an episode that began under a silence and ends in its aftermath is never sent",
			cfg: `
route: {receiver: default, group_wait: 0s, group_interval: 1m}
silences:
  - matchers: [service.name=x]
    starts_at: 2026-11-25T08:05:00Z
    ends_at: 2026-11-25T08:20:00Z
` + receiversYAML,
			steps: []step{
				{10, []alert.Alert{fire(10, "a", alert.P2, "service.name", "x")}},
				{45, []alert.Alert{resolve(45, fire(10, "a", alert.P2, "service.name", "x"))}},
			},
			until: 80,
			want:  nil,
		},
		{
			name: "silenced alert that resolves inside the silence is never sent",
			cfg: `
route: {receiver: default, group_wait: 0s, group_interval: 1m}
silences:
  - matchers: [rule=a]
    ends_at: 2026-11-25T09:00:00Z
` + receiversYAML,
			steps: []step{
				{1, []alert.Alert{a}},
				{5, []alert.Alert{resolve(5, a)}},
			},
			until: 10,
			want:  nil,
			check: func(t *testing.T, s Stats) {
				if s.Silenced != 1 || s.Active != 0 {
					t.Errorf("Silenced = %d, Active = %d, want 1 and 0", s.Silenced, s.Active)
				}
			},
		},
		{
			name: "silence added after the page still lets the resolution through",
			cfg: `
route: {receiver: default, group_wait: 0s, group_interval: 1m}
silences:
  - matchers: [rule=a]
    starts_at: 2026-11-25T08:03:00Z
    ends_at: 2026-11-25T09:00:00Z
` + receiversYAML,
			steps: []step{
				{0, []alert.Alert{a}},
				{6, []alert.Alert{resolve(6, a)}},
			},
			until: 10,
			want:  []string{"0 default F:a", "6 default R:a"},
		},
		{
			name: "maintenance window mutes on its weekday and time, then releases",
			cfg: `
route: {receiver: default, group_by: [], group_wait: 0s, group_interval: 1m}
maintenance_windows:
  - name: nightly-batch
    matchers: [service.name=x]
    time_zone: Asia/Shanghai
    weekdays: [wed]
    start: "16:00"
    end: "16:15"
` + receiversYAML,
			// 08:00 UTC is 16:00 in Shanghai.
			steps: []step{{3, []alert.Alert{fire(3, "a", alert.P2, "service.name", "x"), c}}},
			until: 20,
			want:  []string{"3 default F:c", "15 default F:c,F:a"},
			check: func(t *testing.T, s Stats) {
				if s.Maintenance != 1 {
					t.Errorf("Maintenance = %d, want 1", s.Maintenance)
				}
			},
		},
		{
			name: "P0 inhibits P2/P3 of the same service while it fires",
			cfg: `
route: {receiver: default, group_by: [service.name], group_wait: 0s, group_interval: 1m}
inhibit:
  - source: [severity=P0]
    target: ["severity=~P2|P3"]
    equal: [service.name]
` + receiversYAML,
			steps: []step{
				{0, []alert.Alert{p0x, a, c}},
				{4, []alert.Alert{resolve(4, p0x)}},
			},
			until: 6,
			want: []string{
				"0 default F:p0",
				"0 default F:c",
				"4 default F:a,R:p0",
			},
			check: func(t *testing.T, s Stats) {
				if s.Inhibited != 1 {
					t.Errorf("Inhibited = %d, want 1", s.Inhibited)
				}
			},
		},
		{
			name: "an alert matching both source and target does not inhibit itself",
			cfg: `
route: {receiver: default, group_wait: 0s}
inhibit:
  - source: [service.name=x]
    target: [service.name=x]
` + receiversYAML,
			steps: []step{{0, []alert.Alert{a}}},
			until: 1,
			want:  []string{"0 default F:a"},
		},
		{
			name: "escalation re-routes; the first receiver still hears the end",
			cfg: `
route:
  receiver: default
  group_wait: 0s
  group_interval: 1m
  routes:
    - matchers: ["severity<=P1"]
      receiver: pager
` + receiversYAML,
			steps: []step{
				{0, []alert.Alert{fire(0, "x", alert.P2), fire(0, "y", alert.P2)}},
				{3, []alert.Alert{fire(0, "x", alert.P1), fire(0, "y", alert.P1)}},
				{6, []alert.Alert{resolve(6, fire(0, "x", alert.P1))}},
			},
			until: 8,
			want: []string{
				"0 default F:x,F:y",
				"3 pager F:x,F:y",
				"6 default R:x,F:y",
				"6 pager R:x,F:y",
			},
		},
		{
			name: "routing by matchers, continue, and the default receiver",
			cfg: `
inhibit: []
route:
  receiver: default
  group_wait: 0s
  routes:
    - matchers: ["service.name=~pay.*"]
      receiver: team-pay
      continue: true
    - matchers: ["severity<=P1"]
      receiver: pager
      group_wait: 2m
    - matchers: [shop.platform=amazon, "severity!=P0"]
      receiver: quiet
` + receiversYAML,
			steps: []step{{0, []alert.Alert{
				fire(0, "pay-p1", alert.P1, "service.name", "payments"),
				fire(0, "pay-p3", alert.P3, "service.name", "payments"),
				fire(0, "amz-p3", alert.P3, "shop.platform", "amazon"),
				fire(0, "other-p2", alert.P2, "service.name", "x"),
			}}},
			until: 3,
			want: []string{
				"0 default F:other-p2",
				"0 team-pay F:pay-p1,F:pay-p3",
				"0 quiet F:amz-p3",
				"2 pager F:pay-p1",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, d := run(t, tc.cfg, tc.steps, tc.until)
			want := tc.want
			slices.Sort(got)
			want = slices.Clone(want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("notifications:\n got  %q\n want %q", got, want)
			}
			if tc.check != nil {
				tc.check(t, d.Stats())
			}
			if err := d.Close(context.Background()); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
	}
}

// errFlaky is what the failing receivers return.
var errFlaky = errors.New("receiver unavailable")

func TestRetryStage(t *testing.T) {
	tests := []struct {
		name         string
		fails        int  // failures before success (-1: always)
		retryable    bool // verdict of the failures
		attempts     int
		wantDelays   []time.Duration
		wantSent     int
		wantFailed   int64
		wantFinal    int64
		wantRetries  int64
		wantNotified int64
	}{
		{
			name: "flaky receiver succeeds on the third try", fails: 2, retryable: true, attempts: 5,
			wantDelays: []time.Duration{500 * time.Millisecond, time.Second},
			wantSent:   1, wantFailed: 2, wantRetries: 2, wantNotified: 1,
		},
		{
			name: "backoff doubles up to max, attempts bounded", fails: -1, retryable: true, attempts: 6,
			wantDelays: []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second, 2 * time.Second, 2 * time.Second},
			wantFailed: 6, wantFinal: 1, wantRetries: 5,
		},
		{
			name: "permanent error is not retried", fails: -1, retryable: false, attempts: 6,
			wantFailed: 1, wantFinal: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := decodeConfig(t, fmt.Sprintf(`
route: {receiver: default, group_wait: 0s, group_interval: 10m}
receivers: [{name: default, terminal: true}]
retry: {initial: 1s, max: 4s, attempts: %d}
`, tc.attempts))
			clock := 0
			calls := 0
			r := &recorder{name: "default", clock: &clock, fail: func() (bool, error) {
				calls++
				if tc.fails < 0 || calls <= tc.fails {
					return tc.retryable, errFlaky
				}
				return false, nil
			}}
			var delays []time.Duration
			sleep := func(_ context.Context, d time.Duration) error { delays = append(delays, d); return nil }
			d, err := NewDispatcher(cfg, map[string]Notifier{"default": r}, zerolog.Nop(),
				SyncDelivery(), WithSleep(sleep), WithJitter(func() float64 { return 0 }))
			if err != nil {
				t.Fatal(err)
			}
			d.Submit(fire(0, "a", alert.P1))
			d.Tick(at(0))
			if !slices.Equal(delays, tc.wantDelays) {
				t.Errorf("delays = %v, want %v", delays, tc.wantDelays)
			}
			if len(r.got) != tc.wantSent {
				t.Errorf("sent %d notifications, want %d", len(r.got), tc.wantSent)
			}
			s := d.Stats()
			if s.FailedAttempts != tc.wantFailed || s.FinalFailures != tc.wantFinal || s.Retries != tc.wantRetries || s.Notifications != tc.wantNotified {
				t.Errorf("stats failed=%d final=%d retries=%d notified=%d, want %d %d %d %d",
					s.FailedAttempts, s.FinalFailures, s.Retries, s.Notifications,
					tc.wantFailed, tc.wantFinal, tc.wantRetries, tc.wantNotified)
			}
			if rs := s.Receivers["default"]; rs.FinalFailures != tc.wantFinal || rs.FailedAttempts != tc.wantFailed {
				t.Errorf("receiver stats %+v", rs)
			}
			if tc.wantFinal > 0 {
				// Nothing was recorded as told: the next flush tries again.
				r.fail = nil
				clock = 10
				d.Tick(at(10))
				if len(r.got) != 1 || r.got[0] != "10 default F:a" {
					t.Errorf("after a final failure the next flush sent %q, want [10 default F:a]", r.got)
				}
			}
		})
	}
}

func TestBackoffJitterBounds(t *testing.T) {
	for _, j := range []float64{0, 0.5, 0.999} {
		s := NewRetryStage("default", &recorder{name: "default"}, RetryConfig{Initial: time.Second, Max: time.Minute}, zerolog.Nop(),
			WithJitter(func() float64 { return j }))
		for attempt := 1; attempt <= 10; attempt++ {
			base := min(time.Second<<(attempt-1), time.Minute)
			got := s.backoff.Delay(attempt)
			if got < base/2 || got > base {
				t.Errorf("jitter %v attempt %d: backoff %v outside [%v, %v]", j, attempt, got, base/2, base)
			}
		}
	}
}

func TestSnapshotRestoreSuppressesDuplicatePage(t *testing.T) {
	cfg := decodeConfig(t, `
route: {receiver: default, group_by: [service.name], group_wait: 30s, group_interval: 5m, repeat_interval: 1h}
receivers: [{name: default, terminal: true}]
`)
	clock := 0
	r1 := &recorder{name: "default", clock: &clock}
	d1, err := NewDispatcher(cfg, map[string]Notifier{"default": r1}, zerolog.Nop(), SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	a := fire(0, "a", alert.P1, "service.name", "x")
	d1.Submit(a)
	for clock = 0; clock <= 3; clock++ {
		d1.Tick(at(clock))
	}
	if len(r1.got) != 1 {
		t.Fatalf("before restart: %q, want one page", r1.got)
	}
	snap, err := d1.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := d1.Snapshot(); string(again) != string(snap) {
		t.Errorf("two snapshots of the same state differ:\n%s\n%s", snap, again)
	}

	tests := []struct {
		name    string
		restore bool
		want    []string
	}{
		{"restored: no duplicate page, repeat and resolve on schedule", true, []string{"61 default F:a", "71 default R:a"}},
		{"not restored: the re-submitted alert pages again", false, []string{"5 default F:a", "65 default F:a", "70 default R:a"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r2 := &recorder{name: "default", clock: &clock}
			d2, err := NewDispatcher(cfg, map[string]Notifier{"default": r2}, zerolog.Nop(), SyncDelivery())
			if err != nil {
				t.Fatal(err)
			}
			if tc.restore {
				if err := d2.Restore(snap); err != nil {
					t.Fatal(err)
				}
			}
			for clock = 4; clock <= 75; clock++ {
				if clock == 5 { // the evaluator re-emits after its own restart
					d2.Submit(fire(0, "a", alert.P1, "service.name", "x"))
				}
				if clock == 68 {
					d2.Submit(resolve(68, a))
				}
				d2.Tick(at(clock))
			}
			if !slices.Equal(r2.got, tc.want) {
				t.Errorf("got %q, want %q", r2.got, tc.want)
			}
		})
	}
}

func TestRestoreRejectsBadSnapshots(t *testing.T) {
	cfg := decodeConfig(t, `
route: {receiver: default}
receivers: [{name: default, terminal: true}]
`)
	d, err := NewDispatcher(cfg, map[string]Notifier{"default": &recorder{name: "default", clock: new(int)}}, zerolog.Nop(), SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, want string }{
		{`{`, "unexpected end of JSON"},
		{`{"version":9}`, "snapshot version 9, want 1"},
		{`{"version":1,"alerts":[{"alert":{"rule":"r"}}]}`, `alert of rule "r" has no fingerprint`},
	} {
		err := d.Restore([]byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Restore(%s) = %v, want error containing %q", tc.in, err, tc.want)
		}
	}
}

func TestCloseFlushesPendingGroups(t *testing.T) {
	for _, sync := range []bool{true, false} {
		t.Run(fmt.Sprintf("sync=%v", sync), func(t *testing.T) {
			cfg := decodeConfig(t, `
route: {receiver: default, group_by: [service.name], group_wait: 10m}
receivers: [{name: default, terminal: true}]
`)
			clock := 1
			r := &recorder{name: "default", clock: &clock}
			var opts []Option
			if sync {
				opts = append(opts, SyncDelivery())
			}
			d, err := NewDispatcher(cfg, map[string]Notifier{"default": r}, zerolog.Nop(), opts...)
			if err != nil {
				t.Fatal(err)
			}
			d.Submit(fire(0, "a", alert.P2, "service.name", "x"))
			d.Submit(fire(0, "b", alert.P2, "service.name", "y"))
			d.Tick(at(1))
			if err := d.Close(context.Background()); err != nil {
				t.Fatal(err)
			}
			got := slices.Sorted(slices.Values(r.got))
			want := []string{"1 default F:a", "1 default F:b"}
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
			d.Submit(fire(2, "late", alert.P2))
			if s := d.Stats(); s.DroppedAfterClose != 1 {
				t.Errorf("DroppedAfterClose = %d, want 1", s.DroppedAfterClose)
			}
			if err := d.Close(context.Background()); err == nil {
				t.Error("second Close succeeded")
			}
		})
	}
}

// blocker is a Notifier that holds every delivery until released.
type blocker struct {
	name    string
	started chan struct{}
	release chan struct{}
}

func (b *blocker) Name() string { return b.name }
func (b *blocker) Notify(ctx context.Context, _ []alert.Alert) (bool, error) {
	b.started <- struct{}{}
	select {
	case <-b.release:
		return false, nil
	case <-ctx.Done():
		return true, ctx.Err()
	}
}

// chanNotifier reports each delivery on a channel.
type chanNotifier struct {
	name string
	ch   chan []alert.Alert
}

func (c *chanNotifier) Name() string { return c.name }
func (c *chanNotifier) Notify(_ context.Context, as []alert.Alert) (bool, error) {
	c.ch <- as
	return false, nil
}

func TestSlowReceiverBlocksNeitherOthersNorSubmit(t *testing.T) {
	cfg := decodeConfig(t, `
route:
  receiver: fast
  group_by: ["..."]
  group_wait: 0s
  routes:
    - matchers: [service.name=slow]
      receiver: slow
receivers: [{name: fast, terminal: true}, {name: slow, terminal: true}]
queue_size: 1
`)
	slow := &blocker{name: "slow", started: make(chan struct{}, 10), release: make(chan struct{})}
	fast := &chanNotifier{name: "fast", ch: make(chan []alert.Alert, 10)}
	d, err := NewDispatcher(cfg, map[string]Notifier{"slow": slow, "fast": fast}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	d.Submit(fire(0, "s1", alert.P1, "service.name", "slow"))
	d.Tick(at(0))
	<-slow.started // the slow worker now holds s1
	d.Submit(fire(1, "s2", alert.P1, "service.name", "slow"))
	d.Submit(fire(1, "s3", alert.P1, "service.name", "slow"))
	d.Submit(fire(1, "f1", alert.P1, "service.name", "fast"))
	d.Tick(at(1)) // s2 fills the slow queue, s3 overflows, f1 goes through
	got := <-fast.ch
	if len(got) != 1 || got[0].Rule != "f1" {
		t.Errorf("fast receiver got %v, want f1", got)
	}
	s := d.Stats()
	if s.Overflows != 1 || s.Receivers["slow"].Overflows != 1 || s.Receivers["slow"].Queued != 1 {
		t.Errorf("overflows = %d, slow = %+v; want 1 overflow and 1 queued", s.Overflows, s.Receivers["slow"])
	}
	close(slow.release) // let everything through; Close re-flushes the overflowed group
	if err := d.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := len(slow.started); n != 2 {
		// s1 was received before; s2 and s3 after the release.
		t.Errorf("slow receiver got %d more deliveries, want 2", n)
	}
	if s := d.Stats(); s.Receivers["slow"].Notifications != 3 {
		t.Errorf("slow notifications = %d, want 3", s.Receivers["slow"].Notifications)
	}
}

func TestCloseGivesUpWhenContextEnds(t *testing.T) {
	cfg := decodeConfig(t, `
route: {receiver: slow, group_wait: 0s}
receivers: [{name: slow, terminal: true}]
`)
	slow := &blocker{name: "slow", started: make(chan struct{}, 10), release: make(chan struct{})}
	d, err := NewDispatcher(cfg, map[string]Notifier{"slow": slow}, zerolog.Nop(),
		WithSleep(func(ctx context.Context, _ time.Duration) error { return ctx.Err() }))
	if err != nil {
		t.Fatal(err)
	}
	d.Submit(fire(0, "a", alert.P1))
	d.Tick(at(0))
	<-slow.started
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := d.Close(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Close = %v, want context.Canceled", err)
	}
	if s := d.Stats(); s.FinalFailures != 1 {
		t.Errorf("FinalFailures = %d, want 1 (the abandoned delivery is counted)", s.FinalFailures)
	}
}

func TestKibanaLinkAddedOnSubmit(t *testing.T) {
	cfg := decodeConfig(t, `
route: {receiver: default, group_wait: 0s}
receivers: [{name: default, terminal: true}]
kibana_url: https://kibana.example.test/
data_view: vigil-logs
kibana_lookback: 10m
`)
	var got []alert.Alert
	n := &funcNotifier{f: func(as []alert.Alert) { got = append(got, as...) }}
	d, err := NewDispatcher(cfg, map[string]Notifier{"default": n}, zerolog.Nop(), SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	d.Submit(fire(0, "a", alert.P1, "service.name", "amazon-api"))
	withLink := fire(0, "b", alert.P1)
	withLink.KibanaURL = "https://given.example.test/x"
	d.Submit(withLink)
	d.Tick(at(0))
	if len(got) != 2 {
		t.Fatalf("got %d alerts, want 2", len(got))
	}
	slices.SortFunc(got, func(x, y alert.Alert) int { return strings.Compare(x.Rule, y.Rule) })
	want := KibanaLink("https://kibana.example.test/", "vigil-logs", `service.name:"amazon-api"`, at(-10), at(10))
	if got[0].KibanaURL != want {
		t.Errorf("link = %s\nwant %s", got[0].KibanaURL, want)
	}
	if got[1].KibanaURL != withLink.KibanaURL {
		t.Errorf("a given link was replaced: %s", got[1].KibanaURL)
	}
}

type funcNotifier struct{ f func([]alert.Alert) }

func (f *funcNotifier) Name() string { return "func" }
func (f *funcNotifier) Notify(_ context.Context, as []alert.Alert) (bool, error) {
	f.f(as)
	return false, nil
}

func TestSubmitCopiesAndFillsIn(t *testing.T) {
	cfg := decodeConfig(t, `
route: {receiver: default, group_wait: 0s, group_by: ["..."]}
receivers: [{name: default, terminal: true}]
`)
	var got []alert.Alert
	d, err := NewDispatcher(cfg, map[string]Notifier{"default": &funcNotifier{f: func(as []alert.Alert) { got = append(got, as...) }}}, zerolog.Nop(), SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	a := fire(0, "a", alert.P1, "shop.id", "S1")
	d.Submit(a)
	a.Labels["shop.id"] = "changed after submit"
	r := resolve(3, fire(0, "r", alert.P1))
	r.EndsAt = nil // resolved without an end: the dispatcher clock ends it
	d.Tick(at(2))
	d.Submit(r)
	d.Tick(at(3))
	if len(got) != 1 {
		t.Fatalf("got %d alerts, want 1 (a resolved alert never seen firing is not sent)", len(got))
	}
	if got[0].Labels["shop.id"] != "S1" {
		t.Errorf("label changed under the dispatcher: %q", got[0].Labels["shop.id"])
	}
	if want := alert.Fingerprint("a", map[string]string{"shop.id": "S1"}); got[0].Fingerprint != want {
		t.Errorf("fingerprint = %q, want %q", got[0].Fingerprint, want)
	}
}

func TestNewDispatcherErrors(t *testing.T) {
	cfg := decodeConfig(t, `
route: {receiver: default}
receivers: [{name: default, terminal: true}, {name: other, terminal: true}]
`)
	_, err := NewDispatcher(cfg, map[string]Notifier{"default": &recorder{}}, zerolog.Nop())
	if err == nil || !strings.Contains(err.Error(), `receiver "other" has no notifier`) {
		t.Errorf("err = %v", err)
	}
	_, err = NewDispatcher(Config{}, nil, zerolog.Nop())
	if err == nil || !strings.Contains(err.Error(), "route.receiver: is required") {
		t.Errorf("err = %v", err)
	}
}

// TestConcurrentSubmitAndTick runs submitters, a ticker and asynchronous
// deliveries together (for the race detector) and checks that every alert
// series (one group each) was notified exactly once as firing.
func TestConcurrentSubmitAndTick(t *testing.T) {
	cfg := decodeConfig(t, `
route:
  receiver: a
  group_by: ["..."]
  group_wait: 0s
  group_interval: 1m
  routes:
    - matchers: ["service.name=~s[0-4]"]
      receiver: b
receivers: [{name: a, terminal: true}, {name: b, terminal: true}]
`)
	var mu sync.Mutex
	seen := map[string]int{}
	count := func(as []alert.Alert) {
		mu.Lock()
		defer mu.Unlock()
		for _, a := range as {
			if a.Status == alert.Firing {
				seen[a.Fingerprint]++
			}
		}
	}
	d, err := NewDispatcher(cfg, map[string]Notifier{"a": &funcNotifier{f: count}, "b": &funcNotifier{f: count}}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	const workers, perWorker = 4, 200
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				a := fire(0, fmt.Sprintf("r%d", i%50), alert.P2, "service.name", fmt.Sprintf("s%d", i%10), "w", fmt.Sprint(w))
				d.Submit(a)
				d.Submit(a) // duplicates are deduplicated
			}
		}()
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m := 0; m < 50; m++ {
			d.Tick(at(m))
			_ = d.Stats()
		}
	}()
	wg.Wait()
	<-done
	d.Tick(at(100))
	if err := d.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	series := workers * 50 // the service follows the rule (i%50 fixes i%10): 50 series per worker
	if len(seen) != series {
		t.Errorf("%d series notified, want %d", len(seen), series)
	}
	for fp, n := range seen {
		if n != 1 {
			t.Errorf("series %s notified %d times as firing, want 1", fp, n)
		}
	}
}

// TestDefaultInhibition: without an inhibit section, a P0/P1 alert holds
// back the P2/P3 alerts about the same service while it fires; an empty
// inhibit list turns that off.
func TestDefaultInhibition(t *testing.T) {
	for _, c := range []struct {
		cfg  string
		want []string
	}{
		{`route: {receiver: default, group_wait: 0s}`, []string{"0 default F:deploy"}},
		{"inhibit: []\nroute: {receiver: default, group_wait: 0s}", []string{"0 default F:deploy,F:errors"}},
	} {
		cfg := decodeConfig(t, c.cfg+"\nreceivers: [{name: default, terminal: true}]\n")
		clock := 0
		rec := &recorder{name: "default", clock: &clock}
		d, err := NewDispatcher(cfg, map[string]Notifier{"default": rec}, zerolog.Nop(), SyncDelivery())
		if err != nil {
			t.Fatal(err)
		}
		d.Submit(fire(0, "deploy", alert.P1, "service.name", "oms"))
		d.Submit(fire(0, "errors", alert.P2, "service.name", "oms"))
		d.Submit(fire(0, "other", alert.P2, "service.name", "wms"))
		d.Tick(at(0))
		got := slices.DeleteFunc(rec.got, func(s string) bool { return strings.Contains(s, "F:other") })
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q (and F:other on its own)", c.cfg, rec.got, c.want)
		}
		_ = d.Close(context.Background())
	}
}
