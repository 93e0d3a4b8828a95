package rules

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
)

const burstRule = `
rules:
  - name: amazon-429-burst
    description: Amazon throttles a shop.
    severity: P1
    team: integrations
    filter: http.response.status_code == 429
    group_by: [service.name, shop.id]
    window: 2m
    condition: count >= 3
    labels: {component: marketplace}
    annotations:
      summary: '{{ .Label "shop.id" }}: {{ .Value }} throttled calls (threshold {{ .Threshold }}), last {{ .Field "url.path" }}'
    runbook_url: https://runbooks.example/429
`

func throttled(offset time.Duration, shop, trace string) *event.Event {
	return ev(offset, "service.name", "amazon-api", "shop.id", shop, "http.response.status_code", 429,
		"url.path", "/orders/v0/orders", "trace.id", trace)
}

func TestAlertContents(t *testing.T) {
	rs := mustRules(t, burstRule)
	e := NewEngine(rs, Options{Logger: zerolog.Nop(), MaxSamples: 2, KibanaURL: func(a *alert.Alert, _ alert.LogQuery) string {
		return "https://kibana.example/app/discover#/?q=" + a.Labels["shop.id"]
	}})
	e.Advance(t0)
	for i, tr := range []string{"t1", "t2", "t2", "t3"} {
		e.Observe(throttled(time.Duration(10+i)*time.Second, "S12", tr))
	}
	e.Observe(ev(20*time.Second, "service.name", "amazon-api", "shop.id", "S12", "http.response.status_code", 200))
	got := e.Advance(t0.Add(time.Minute))
	if len(got) != 1 {
		t.Fatalf("want one firing alert, got %d: %+v", len(got), got)
	}
	a := got[0]
	wantLabels := map[string]string{"service.name": "amazon-api", "shop.id": "S12", "team": "integrations", "component": "marketplace"}
	if !reflect.DeepEqual(a.Labels, wantLabels) {
		t.Errorf("labels %v", a.Labels)
	}
	checks := []struct {
		what      string
		got, want any
	}{
		{"fingerprint", a.Fingerprint, alert.Fingerprint("amazon-429-burst", wantLabels)},
		{"status", a.Status, alert.Firing},
		{"rule", a.Rule, "amazon-429-burst"},
		{"kind", a.Kind, alert.KindRule},
		{"severity", a.Severity, alert.P1},
		{"starts_at", a.StartsAt, t0.Add(time.Minute)},
		{"ends_at", a.EndsAt == nil, true},
		{"value", a.Value, 4.0},
		{"threshold", *a.Threshold, 3.0},
		{"summary", a.Annotations["summary"], "S12: 4 throttled calls (threshold 3), last /orders/v0/orders"},
		{"description", a.Annotations["description"], "Amazon throttles a shop."},
		{"runbook", a.Annotations["runbook_url"], "https://runbooks.example/429"},
		{"kibana", a.KibanaURL, "https://kibana.example/app/discover#/?q=S12"},
		// at most MaxSamples events are kept per minute: the first ones
		{"trace ids", a.TraceIDs, []string{"t1", "t2"}},
		{"samples", len(a.Samples), 2},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.what, c.got, c.want)
		}
	}
	var sample map[string]any
	if err := json.Unmarshal([]byte(a.Samples[1]), &sample); err != nil || sample["trace.id"] != "t2" {
		t.Errorf("newest sample %q: %v", a.Samples[1], err)
	}
	if _, err := json.Marshal(a); err != nil {
		t.Errorf("alert does not marshal: %v", err)
	}
	// It fires once, then resolves once, with the same fingerprint.
	if more := e.Advance(t0.Add(2 * time.Minute)); len(more) != 0 {
		t.Fatalf("re-emitted while firing: %+v", more)
	}
	res := e.Advance(t0.Add(4 * time.Minute))
	if len(res) != 1 || res[0].Status != alert.Resolved || res[0].Fingerprint != a.Fingerprint ||
		res[0].EndsAt == nil || !res[0].EndsAt.Equal(t0.Add(3*time.Minute)) || !res[0].StartsAt.Equal(a.StartsAt) {
		t.Fatalf("resolved: %+v", res)
	}
}

func TestLateEventsAreCounted(t *testing.T) {
	rs := mustRules(t, burstRule)
	e := NewEngine(rs, Options{Logger: zerolog.Nop()})
	e.Advance(t0.Add(5 * time.Minute))
	e.Observe(throttled(4*time.Minute, "S1", ""))
	e.Observe(throttled(5*time.Minute, "S1", ""))
	st := e.Stats()
	if st.Late != 1 || st.Rules[0].Matched != 1 {
		t.Fatalf("stats %+v", st)
	}
}

func TestRuntimeErrorsAreCountedNotFatal(t *testing.T) {
	rs := mustRules(t, `
rules:
  - name: untyped
    severity: P3
    filter: custom.size > 3
    window: 1m
`)
	e := NewEngine(rs, Options{Logger: zerolog.Nop()})
	e.Advance(t0)
	e.Observe(ev(time.Second, "custom.size", "large")) // string > int: runtime error
	e.Observe(ev(2 * time.Second))                     // missing: nil > int
	e.Observe(ev(3*time.Second, "custom.size", 5))
	st := e.Stats().Rules[0]
	if st.Errors != 2 || st.Matched != 1 {
		t.Fatalf("stats %+v", st)
	}
	if got := e.Advance(t0.Add(time.Minute)); len(got) != 1 {
		t.Fatalf("want the matching event to fire, got %v", got)
	}
}

func TestGroupLimit(t *testing.T) {
	rs := mustRules(t, burstRule)
	e := NewEngine(rs, Options{Logger: zerolog.Nop(), MaxGroupsPerRule: 3})
	e.Advance(t0)
	for i := 0; i < 10; i++ {
		for k := 0; k < 3; k++ {
			e.Observe(throttled(time.Duration(i*3+k)*time.Second, "S"+string(rune('A'+i)), ""))
		}
	}
	got := e.Advance(t0.Add(time.Minute))
	var limit, firing int
	for _, a := range got {
		if a.Rule == GroupLimitRule {
			limit++
			if a.Labels["rule"] != "amazon-429-burst" || a.Status != alert.Firing {
				t.Errorf("limit alert %+v", a)
			}
		} else {
			firing++
		}
	}
	if limit != 1 || firing != 3 {
		t.Fatalf("want 3 series firing and 1 limit alert, got %d and %d", firing, limit)
	}
	st := e.Stats().Rules[0]
	if st.Groups != 3 || st.DroppedGroups != 21 {
		t.Fatalf("stats %+v", st)
	}
	// Quiet for a while: the series go, and the limit alert resolves.
	var resolvedLimit bool
	for m := 2; m <= 10; m++ {
		for _, a := range e.Advance(t0.Add(time.Duration(m) * time.Minute)) {
			if a.Rule == GroupLimitRule && a.Status == alert.Resolved {
				resolvedLimit = true
			}
		}
	}
	if !resolvedLimit {
		t.Fatal("limit alert never resolved")
	}
}

func TestDeterministic(t *testing.T) {
	rs, err := LoadDir("../examples/ecommerce/rules")
	if err != nil {
		t.Fatal(err)
	}
	var evs []*event.Event
	for i := 0; i < 600; i++ {
		code := 200
		if i%7 == 0 || (i > 200 && i < 300 && i%2 == 0) {
			code = 429
		}
		evs = append(evs, ev(time.Duration(i)*2*time.Second, "shop.platform", "amazon", "shop.id", []string{"S1", "S2", "S3"}[i%3],
			"url.domain", "api.example", "http.response.status_code", code, "trace.id", strings.Repeat("a", i%5+1),
			"error.code", []string{"", "E1", "E2"}[i%3], "service.name", "svc"))
	}
	once := func() []byte {
		e := NewEngine(rs, Options{Logger: zerolog.Nop()})
		var all []alert.Alert
		for _, s := range feed(evs, 40*time.Minute) {
			if s.ev != nil {
				e.Observe(s.ev)
			} else {
				all = append(all, e.Advance(t0.Add(s.wm))...)
			}
		}
		b, err := json.Marshal(all)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := once(), once()
	if string(a) != string(b) {
		t.Fatal("two runs over the same input differ")
	}
	if !strings.Contains(string(a), "marketplace-429-burst") {
		t.Fatalf("expected the 429 burst to fire: %s", a)
	}
}

func TestExpensiveExpressionIsStopped(t *testing.T) {
	rs := mustRules(t, `
rules:
  - name: costly
    severity: P3
    filter: 'len(map(1..10000000, # * 2)) > 0'
`)
	e := NewEngine(rs, Options{Logger: zerolog.Nop()})
	e.Observe(ev(time.Second, "log.level", "info"))
	if st := e.Stats().Rules[0]; st.Errors != 1 || st.Matched != 0 {
		t.Fatalf("stats %+v", st)
	}
}

func TestEventsAheadOfTheWatermark(t *testing.T) {
	rs := mustRules(t, burstRule)
	// The ring holds the rule's 2-minute span, 16 minutes ahead and the
	// lateness: an event at 1 + the ring's length needs minute 1's slot.
	for _, tt := range []struct {
		lateness time.Duration
		ahead    time.Duration
		early    uint64
	}{
		{0, 19 * time.Minute, 1},                // an 18-minute ring
		{40 * time.Minute, 19 * time.Minute, 0}, // a 58-minute ring
		{15 * time.Minute, 20 * time.Minute, 0}, // 5 minutes ahead of the slowest partition
		{15 * time.Minute, 34 * time.Minute, 1}, // a 33-minute ring
		{90 * time.Second, 20 * time.Minute, 0}, // the lateness rounds up: a 20-minute ring
		{90 * time.Second, 21 * time.Minute, 1},
	} {
		e := NewEngine(rs, Options{Logger: zerolog.Nop(), AllowedLateness: tt.lateness})
		e.Advance(t0)
		e.Observe(throttled(time.Minute, "S1", ""))
		e.Observe(throttled(tt.ahead, "S1", ""))
		if got := e.Stats().Rules[0].Early; got != tt.early {
			t.Errorf("lateness %s, %s ahead: %d early events, want %d", tt.lateness, tt.ahead, got, tt.early)
		}
	}
}
