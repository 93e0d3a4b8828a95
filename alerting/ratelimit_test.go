package alerting

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"gopkg.in/yaml.v3"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/internal/await"
)

// sent is one notification a tape recorded: when, on the test clock, and
// what it carried.
type sent struct {
	at     time.Time
	alerts []alert.Alert
}

// digest is the note of a digest notification ("" for an ordinary one).
func (s sent) digest() string { return s.alerts[0].Annotations[DigestAnnotation] }

// tape is a Notifier that records every notification at the test clock,
// and fails while fail says so.
type tape struct {
	mu    sync.Mutex
	now   func() time.Time
	got   []sent
	fail  func(as []alert.Alert) error
	tries int
}

func (t *tape) Name() string { return "tape" }

func (t *tape) Notify(_ context.Context, as []alert.Alert) (bool, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.tries++
	if t.fail != nil {
		if err := t.fail(as); err != nil {
			return false, err
		}
	}
	t.got = append(t.got, sent{at: t.now(), alerts: as})
	return false, nil
}

func (t *tape) sent() []sent {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]sent(nil), t.got...)
}

// limited is a SyncDelivery dispatcher with one receiver, "chat", on a
// fake clock that the test moves by the second.
type limited struct {
	t    *testing.T
	d    *Dispatcher
	tape *tape
	now  time.Time
}

func newLimited(t *testing.T, cfgYAML string, opts ...Option) *limited {
	t.Helper()
	l := &limited{t: t, now: t0}
	l.tape = &tape{now: func() time.Time { return l.now }}
	d, err := NewDispatcher(decodeConfig(t, cfgYAML), map[string]Notifier{"chat": l.tape}, zerolog.Nop(),
		append([]Option{SyncDelivery(), WithSleep(func(context.Context, time.Duration) error { return nil })}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	l.d = d
	return l
}

// at moves the clock to t0 + sec seconds and ticks.
func (l *limited) tick(sec int) {
	l.now = t0.Add(time.Duration(sec) * time.Second)
	l.d.Tick(l.now)
}

// svc fires a P2 alert about service name at second sec.
func svc(sec int, name string) alert.Alert {
	a := fire(0, "error-burst", alert.P2, "service.name", name)
	a.StartsAt = t0.Add(time.Duration(sec) * time.Second)
	a.Fingerprint = alert.Fingerprint(a.Rule, a.Labels)
	return a
}

// chatYAML routes one group per service to a DingTalk receiver, flushed at
// once and then every minute; limit is its rate_limit line (or "").
func chatYAML(limit string) string {
	return `
route: {receiver: chat, group_by: [service.name], group_wait: 0s, group_interval: 1m, repeat_interval: 4h}
receivers:
  - name: chat
    dingtalk: {url: "https://oapi.dingtalk.example/robot/send"}
` + limit + `
inhibit: []
`
}

// everyAlertOnce checks that each of the n services' alerts reached the
// receiver in exactly one notification, firing.
func everyAlertOnce(t *testing.T, got []sent, n int) {
	t.Helper()
	count := map[string]int{}
	for _, s := range got {
		for _, a := range s.alerts {
			if a.Status != alert.Firing {
				t.Errorf("%s sent %s", a.Labels["service.name"], a.Status)
			}
			count[a.Labels["service.name"]]++
		}
	}
	for i := range n {
		name := fmt.Sprintf("svc-%02d", i)
		if n > 100 {
			name = fmt.Sprintf("svc-%03d", i)
		}
		if count[name] != 1 {
			t.Errorf("%s reached the receiver %d times, want once", name, count[name])
		}
	}
	if len(count) != n {
		t.Errorf("%d services notified, want %d", len(count), n)
	}
}

type historyTape struct{ recs []HistoryRecord }

func (h *historyTape) Record(recs []HistoryRecord) { h.recs = append(h.recs, recs...) }

// 45 alert groups fire within a minute to a receiver allowed 20 at once and
// one more every 3 s: 20 notifications go out at once, the rest wait and
// arrive as digests as tokens come, and every alert reaches the receiver
// exactly once, logged and in the history once.
func TestRateLimitHoldsTheExcessForDigests(t *testing.T) {
	hist := &historyTape{}
	l := newLimited(t, chatYAML(`    rate_limit: {burst: 20, every: 3s}`), WithHistory(hist))
	if _, err := l.d.OpenLog(filepath.Join(t.TempDir(), "state.json.nflog")); err != nil {
		t.Fatal(err)
	}
	// 30 at once, then one a second for 15 s.
	for i := range 30 {
		l.d.Submit(svc(0, fmt.Sprintf("svc-%02d", i)))
	}
	l.tick(0)
	if got := l.tape.sent(); len(got) != 20 {
		t.Fatalf("%d notifications at once, want the burst of 20", len(got))
	}
	for sec := 1; sec <= 60; sec++ {
		if i := 29 + sec; i < 45 {
			l.d.Submit(svc(sec, fmt.Sprintf("svc-%02d", i)))
		}
		l.tick(sec)
	}
	got := l.tape.sent()
	everyAlertOnce(t, got, 45)
	var digests []sent
	for i, s := range got {
		if i < 20 {
			if s.digest() != "" || len(s.alerts) != 1 {
				t.Errorf("notification %d of the burst: %d alerts, digest %q", i, len(s.alerts), s.digest())
			}
			continue
		}
		if s.digest() == "" {
			t.Errorf("notification %d at %s is not a digest", i, s.at.Format(time.TimeOnly))
		}
		for _, a := range s.alerts {
			if a.Annotations[DigestAnnotation] != s.digest() {
				t.Errorf("alert %s of a digest is not marked", a.Labels["service.name"])
			}
		}
		digests = append(digests, s)
	}
	// Tokens come every 3 s: 10 held at 0 s go at 3 s with those of 1-3 s,
	// then every 3 s what came since, until the last (at 15 s).
	if len(digests) != 5 {
		t.Fatalf("%d digests, want 5 (every 3 s from 3 s to 15 s): %v", len(digests), digests)
	}
	for i, s := range digests {
		if want := t0.Add(time.Duration(3*(i+1)) * time.Second); !s.at.Equal(want) {
			t.Errorf("digest %d at %s, want %s", i, s.at.Format(time.TimeOnly), want.Format(time.TimeOnly))
		}
	}
	if want := "13 notifications held by the rate limit of receiver chat since 08:00:00 UTC"; digests[0].digest() != want {
		t.Errorf("first digest note %q, want %q", digests[0].digest(), want)
	}
	if n := len(digests[0].alerts); n != 13 {
		t.Errorf("first digest carries %d alerts, want 13 (10 held at 0 s, 3 since)", n)
	}
	if want := "3 notifications held by the rate limit of receiver chat since 08:00:04 UTC"; digests[1].digest() != want {
		t.Errorf("second digest note %q, want %q", digests[1].digest(), want)
	}
	st := l.d.Stats()
	rs := st.Receivers["chat"]
	if rs.RateLimited != 25 || rs.Digests != 5 || rs.Held != 0 || rs.Notifications != 25 || rs.AlertsNotified != 45 {
		t.Errorf("receiver stats %+v, want 25 held, 5 digests, 25 notifications of 45 alerts", rs)
	}
	if st.LogWritten != 45 {
		t.Errorf("%d notification log records, want one per group (45)", st.LogWritten)
	}
	if len(hist.recs) != 45 {
		t.Errorf("%d history records, want 45", len(hist.recs))
	}
	for _, r := range hist.recs {
		if r.Alert.Annotations[DigestAnnotation] != "" || !strings.Contains(r.Group, r.Alert.Labels["service.name"]) {
			t.Errorf("history record %+v: not its group's alert as told", r)
		}
	}
	// Told: a minute later every group is due again and says nothing new.
	for sec := 61; sec <= 125; sec++ {
		l.tick(sec)
	}
	if n := len(l.tape.sent()); n != len(got) {
		t.Errorf("%d more notifications after the storm", n-len(got))
	}
}

// With the DingTalk default (10 at once, one every 6 s) a storm that goes
// on for minutes never sends more than DingTalk's 20 a minute, in any
// minute, and still loses nothing.
func TestRateLimitDingTalkDefaultStaysWithinTheVendorLimit(t *testing.T) {
	l := newLimited(t, chatYAML(""))
	n := 0
	for sec := 0; sec <= 240; sec++ {
		// 30 groups at once, then a new one every second for three minutes.
		for k := 0; k < 30 && (k == 0 || sec == 0) && sec < 180; k++ {
			l.d.Submit(svc(sec, fmt.Sprintf("svc-%03d", n)))
			n++
		}
		l.tick(sec)
	}
	got := l.tape.sent()
	everyAlertOnce(t, got, n)
	if !got[9].at.Equal(t0) || got[9].digest() != "" || got[10].at.Equal(t0) {
		t.Errorf("not exactly the burst of 10 at once")
	}
	for i := range got {
		in := 0
		for j := i; j < len(got) && got[j].at.Sub(got[i].at) < time.Minute; j++ {
			in++
		}
		if in > 20 {
			t.Fatalf("%d notifications in the minute from %s: DingTalk would refuse them for 10 minutes", in, got[i].at.Format(time.TimeOnly))
		}
	}
}

// An alert that resolves while its notification is held is in the digest
// as resolved; and it is then done with: neither state is sent again.
func TestRateLimitResolvedWhileHeldReplacesFiring(t *testing.T) {
	l := newLimited(t, chatYAML(`    rate_limit: {burst: 1, every: 1m}`))
	a, b, c := svc(0, "svc-a"), svc(1, "svc-b"), svc(1, "svc-c")
	l.d.Submit(a)
	l.tick(0)
	l.d.Submit(b)
	l.d.Submit(c)
	l.tick(1) // held: the token went to a
	end := t0.Add(10 * time.Second)
	rb := b
	rb.Status, rb.EndsAt = alert.Resolved, &end
	l.d.Submit(rb)
	for sec := 2; sec <= 130; sec++ {
		l.tick(sec)
	}
	got := l.tape.sent()
	if len(got) != 2 {
		t.Fatalf("%d notifications, want a's and one digest: %v", len(got), got)
	}
	dg := got[1]
	if !dg.at.Equal(t0.Add(time.Minute)) {
		t.Errorf("digest at %s, want at the next token (08:01:00)", dg.at.Format(time.TimeOnly))
	}
	status := map[string]alert.Status{}
	for _, x := range dg.alerts {
		if _, dup := status[x.Fingerprint]; dup {
			t.Errorf("%s twice in the digest", x.Labels["service.name"])
		}
		status[x.Fingerprint] = x.Status
	}
	if status[b.Fingerprint] != alert.Resolved || status[c.Fingerprint] != alert.Firing || len(status) != 2 {
		t.Errorf("digest says %v, want b resolved and c firing", status)
	}
	if st := l.d.Stats(); st.Active != 2 { // a and c; b is done with
		t.Errorf("%d alerts held after the digest, want 2", st.Active)
	}
}

// A digest that fails is not lost: each of its groups tries again at its
// next flush (through the rate limit again), and every alert still reaches
// the receiver once.
func TestRateLimitFailedDigestIsRetriedAtTheGroupsNextFlush(t *testing.T) {
	l := newLimited(t, chatYAML(`    rate_limit: {burst: 1, every: 10s}`))
	l.tape.fail = func(as []alert.Alert) error {
		if as[0].Annotations[DigestAnnotation] != "" && l.now.Before(t0.Add(time.Minute)) {
			return errors.New("503 from the robot")
		}
		return nil
	}
	l.d.Submit(svc(0, "svc-00"))
	l.tick(0)
	l.d.Submit(svc(1, "svc-01"))
	l.d.Submit(svc(1, "svc-02"))
	for sec := 1; sec <= 150; sec++ {
		l.tick(sec)
	}
	got := l.tape.sent()
	everyAlertOnce(t, got, 3)
	st := l.d.Stats()
	if rs := st.Receivers["chat"]; rs.FinalFailures != 1 || rs.Held != 0 {
		t.Errorf("receiver stats %+v, want one digest given up and nothing held", rs)
	}
	// The failed digest at 10 s; the groups' next flush at 61 s: one
	// token, so svc-01 goes alone and svc-02 waits for the next (71 s).
	if len(got) != 3 || !got[1].at.Equal(t0.Add(61*time.Second)) || !got[2].at.Equal(t0.Add(71*time.Second)) {
		var at []string
		for _, s := range got {
			at = append(at, s.at.Format(time.TimeOnly))
		}
		t.Errorf("sent at %v, want 08:00:00, 08:01:01 and 08:01:11", at)
	}
}

// Close sends what is held at once, without waiting for a token, and
// nothing is left behind.
func TestRateLimitCloseSendsWhatIsHeld(t *testing.T) {
	l := newLimited(t, chatYAML(`    rate_limit: {burst: 1, every: 1h}`))
	for i := range 4 {
		l.d.Submit(svc(0, fmt.Sprintf("svc-%02d", i)))
	}
	l.tick(0)
	l.tick(30)
	if got := l.tape.sent(); len(got) != 1 {
		t.Fatalf("%d notifications before Close, want 1", len(got))
	}
	if err := l.d.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := l.tape.sent()
	everyAlertOnce(t, got, 4)
	if len(got) != 2 || !strings.HasPrefix(got[1].digest(), "3 notifications held") {
		t.Errorf("Close sent %d notifications, want one digest of 3", len(got)-1)
	}
	if rs := l.d.Stats().Receivers["chat"]; rs.Held != 0 || rs.Digests != 1 {
		t.Errorf("receiver stats after Close %+v", rs)
	}
}

// A rate limit is the receiver's own: a receiver without one (a webhook)
// gets its notifications at once while another's are held.
func TestRateLimitIsPerReceiver(t *testing.T) {
	cfg := decodeConfig(t, `
route:
  receiver: chat
  group_by: [service.name]
  group_wait: 0s
  routes: [{receiver: log, matchers: [severity=P1]}]
receivers:
  - {name: chat, dingtalk: {url: "https://oapi.dingtalk.example/robot/send"}, rate_limit: {burst: 1, every: 1m}}
  - {name: log, webhook: {url: "https://hooks.example/alerts"}}
inhibit: []
`)
	now := t0
	chat, hook := &tape{now: func() time.Time { return now }}, &tape{now: func() time.Time { return now }}
	d, err := NewDispatcher(cfg, map[string]Notifier{"chat": chat, "log": hook}, zerolog.Nop(), SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		d.Submit(svc(0, fmt.Sprintf("svc-%02d", i)))
		p1 := svc(0, fmt.Sprintf("api-%02d", i))
		p1.Severity = alert.P1
		d.Submit(p1)
	}
	d.Tick(now)
	if len(chat.sent()) != 1 || len(hook.sent()) != 5 {
		t.Errorf("chat got %d (want 1, the burst), the unlimited webhook %d (want 5)", len(chat.sent()), len(hook.sent()))
	}
	st := d.Stats()
	if st.Receivers["chat"].Held != 4 || st.Receivers["log"].RateLimited != 0 {
		t.Errorf("stats %+v", st.Receivers)
	}
}

// In live mode (a worker per receiver) the decisions are the same, on the
// Tick clock: the burst goes to the worker at once, the rest as a digest at
// the Tick that finds the next token.
func TestRateLimitLiveWorker(t *testing.T) {
	cfg := decodeConfig(t, chatYAML(`    rate_limit: {burst: 2, every: 10s}`))
	var mu sync.Mutex
	var got [][]alert.Alert
	n := &funcNotifier{f: func(as []alert.Alert) {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, as)
	}}
	d, err := NewDispatcher(cfg, map[string]Notifier{"chat": n}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	received := func(want int) func() bool {
		return func() bool {
			mu.Lock()
			defer mu.Unlock()
			return len(got) >= want
		}
	}
	for i := range 5 {
		d.Submit(svc(0, fmt.Sprintf("svc-%02d", i)))
	}
	d.Tick(t0)
	await.Until(t, "the burst of 2 is delivered", 10*time.Second, received(2))
	d.Tick(t0.Add(9 * time.Second)) // no token yet
	if st := d.Stats().Receivers["chat"]; st.Held != 3 || st.RateLimited != 3 {
		t.Errorf("after the burst: %+v, want 3 held", st)
	}
	d.Tick(t0.Add(10 * time.Second))
	await.Until(t, "the digest is delivered", 10*time.Second, received(3))
	await.Until(t, "the digest is settled", 10*time.Second, func() bool { return d.Stats().Receivers["chat"].Digests == 1 })
	if err := d.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 3 || len(got[2]) != 3 || got[2][0].Annotations[DigestAnnotation] == "" {
		t.Errorf("got %d notifications; the last should be a digest of 3", len(got))
	}
}

func TestTokenBucket(t *testing.T) {
	b := newTokenBucket(2, time.Minute)
	if !b.take(t0) || !b.take(t0) || b.take(t0) {
		t.Fatal("a full bucket of 2 gives 2 tokens, not more")
	}
	if b.take(t0.Add(59 * time.Second)) {
		t.Error("a token before its minute")
	}
	if !b.take(t0.Add(time.Minute)) || b.take(t0.Add(time.Minute)) {
		t.Error("one token a minute")
	}
	if b.take(t0.Add(30 * time.Second)) {
		t.Error("a clock going back gave a token")
	}
	if !b.take(t0.Add(time.Hour)) || !b.take(t0.Add(time.Hour)) || b.take(t0.Add(time.Hour)) {
		t.Error("an hour refills to the burst and no more")
	}
	b.give()
	if !b.take(t0.Add(time.Hour)) {
		t.Error("a token given back is there")
	}
	// Integer time: 1000 tokens of 625 ms come in exactly 625 s.
	f := newTokenBucket(1, 625*time.Millisecond)
	f.take(t0)
	taken := 0
	for ms := 1; ms <= 625000; ms++ {
		if f.take(t0.Add(time.Duration(ms) * time.Millisecond)) {
			taken++
		}
	}
	if taken != 1000 {
		t.Errorf("%d tokens in 625 s at one per 625 ms, want 1000", taken)
	}
}

// The defaults keep within what the vendors document, in every window: a
// sender that takes every token as soon as it comes, for ten minutes.
func TestDefaultRateLimitsKeepWithinVendorLimits(t *testing.T) {
	for _, tc := range []struct {
		channel string
		window  time.Duration
		most    int
	}{
		{"dingtalk", time.Minute, 20}, // 20 a minute (more: refused for 10 minutes)
		{"wecom", time.Minute, 20},    // 20 a minute
		{"feishu", time.Minute, 100},  // 100 a minute ...
		{"feishu", time.Second, 5},    // ... and 5 a second
		{"slack", 10 * time.Minute, 605},
	} {
		burst, every, ok := DefaultRateLimit(tc.channel)
		if !ok {
			t.Fatalf("%s has no default", tc.channel)
		}
		b := newTokenBucket(burst, every)
		var at []time.Time
		for ms := 0; ms <= 600000; ms += 25 {
			now := t0.Add(time.Duration(ms) * time.Millisecond)
			for b.take(now) {
				at = append(at, now)
			}
		}
		most := 0
		for i := range at {
			j := i
			for j < len(at) && at[j].Sub(at[i]) < tc.window {
				j++
			}
			most = max(most, j-i)
		}
		if most > tc.most {
			t.Errorf("%s default (%d, %s): %d sends in %s, vendor allows %d", tc.channel, burst, every, most, tc.window, tc.most)
		}
	}
	for _, ch := range []string{"webhook", "terminal", "ndjson", "pagerduty", "alertmanager", "email"} {
		if _, _, ok := DefaultRateLimit(ch); ok {
			t.Errorf("%s has a default rate limit", ch)
		}
	}
}

func TestRateLimitConfig(t *testing.T) {
	cfg := decodeConfig(t, `
route: {receiver: a}
receivers:
  - {name: a, dingtalk: {url: "https://oapi.dingtalk.example/robot/send"}}
  - {name: b, dingtalk: {url: "https://oapi.dingtalk.example/robot/send"}, rate_limit: {every: 10s}}
  - {name: c, dingtalk: {url: "https://oapi.dingtalk.example/robot/send"}, rate_limit: {disabled: true}}
  - {name: d, webhook: {url: "https://hooks.example/x"}}
  - {name: e, webhook: {url: "https://hooks.example/x"}, rate_limit: {burst: 3, every: 1s}}
  - {name: f, aliyun_sms: {access_key_id: id, access_key_secret: sk, sign_name: s, template_code: t, phone_numbers: ["+15550100001"]}}
  - {name: g, wecom: {url: "https://qyapi.weixin.example/cgi-bin/webhook/send"}}
  - {name: h, wecom: {url: "https://qyapi.weixin.example/cgi-bin/webhook/send", mentions: [{mobiles: ["15550100002"]}]}}
`)
	// A WeCom receiver that mentions by phone number sends two messages
	// per notification: half the rate.
	for i, want := range []string{"10/6s", "10/10s", "none", "none", "3/1s", "5/1m0s", "10/6s", "5/12s"} {
		burst, every, ok := cfg.Receivers[i].EffectiveRateLimit()
		got := "none"
		if ok {
			got = fmt.Sprintf("%d/%s", burst, every)
		}
		if got != want {
			t.Errorf("receiver %s: rate limit %s, want %s", cfg.Receivers[i].Name, got, want)
		}
	}

	bad := Config{}
	if err := yamlStrict(`
route: {receiver: a}
receivers:
  - {name: a, dingtalk: {url: "https://oapi.dingtalk.example/robot/send"}, rate_limit: {burst: 0, every: -3s}}
  - {name: b, webhook: {url: "https://hooks.example/x"}, rate_limit: {every: 1s}}
  - {name: c, slack: {url: "https://hooks.example/x"}, rate_limit: {disabled: true, burst: 5}}
  - {name: d, feishu: {url: "https://hooks.example/x"}, rate_limit: {burst: 20000, every: 48h}}
  - {name: e, twilio: {account_sid: AC1, auth_token: tok, from: "+15550100000", to: ["+15550100001"], rate_limit: {burst: 2}}}
`, &bad); err != nil {
		t.Fatal(err)
	}
	err := bad.ValidateAt("alerting")
	if err == nil {
		t.Fatal("accepted")
	}
	for _, want := range []string{
		"alerting.receivers.0.rate_limit.burst: must be between 1 and 10000 notifications (disabled: true turns the rate limit off)",
		"alerting.receivers.0.rate_limit.every: must be > 0",
		"alerting.receivers.1.rate_limit.burst: is required: the webhook channel has no default rate limit",
		"alerting.receivers.2.rate_limit.disabled: turns the rate limit off: leave out burst and every",
		"alerting.receivers.3.rate_limit.burst: must be between 1 and 10000",
		"alerting.receivers.3.rate_limit.every: must be at most 24h0m0s",
		"alerting.receivers.4.twilio.rate_limit: has moved to alerting.receivers.4.rate_limit",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("no %q in\n%v", want, err)
		}
	}
}

// yamlStrict decodes y as the config loader does, without validating.
func yamlStrict(y string, c *Config) error {
	dec := yaml.NewDecoder(strings.NewReader(y))
	dec.KnownFields(true)
	return dec.Decode(c)
}

// What a digest carried is in the notification log group by group: a
// restart that sees the same alerts raised again does not page again, and
// a group that came in the digest still hears its alert end.
func TestRateLimitDigestIsLoggedForARestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json.nflog")
	cfg := chatYAML(`    rate_limit: {burst: 2, every: 10s}`)
	alerts := make([]alert.Alert, 5)
	for i := range alerts {
		alerts[i] = svc(0, fmt.Sprintf("svc-%02d", i))
	}
	first := newLimited(t, cfg)
	if _, err := first.d.OpenLog(path); err != nil {
		t.Fatal(err)
	}
	for _, a := range alerts {
		first.d.Submit(a)
	}
	for sec := 0; sec <= 20; sec++ {
		first.tick(sec)
	}
	if got := first.tape.sent(); len(got) != 3 || got[2].digest() == "" {
		t.Fatalf("first life sent %d notifications, want 2 and a digest of 3", len(got))
	}
	first.d.nf.close() // killed: no Close

	second := newLimited(t, cfg)
	rep, err := second.d.OpenLog(path)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Records != 5 {
		t.Errorf("%d records replayed, want one per group (5)", rep.Records)
	}
	for _, a := range alerts { // the rules engine raises them again
		second.d.Submit(a)
	}
	for sec := 21; sec <= 200; sec++ {
		if sec == 100 { // svc-04 came in the digest; its end is news
			second.d.Submit(resolveAt(alerts[4], t0.Add(100*time.Second)))
		}
		second.tick(sec)
	}
	got := second.tape.sent()
	if len(got) != 1 || len(got[0].alerts) != 1 || got[0].alerts[0].Status != alert.Resolved ||
		got[0].alerts[0].Labels["service.name"] != "svc-04" {
		t.Errorf("after the restart: %v, want only svc-04's resolution", got)
	}
}

func resolveAt(a alert.Alert, end time.Time) alert.Alert {
	a.Status, a.EndsAt = alert.Resolved, &end
	return a
}
