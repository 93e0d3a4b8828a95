package rules

import (
	"slices"
	"testing"
	"time"

	"github.com/vigilops/vigil/event"
)

// every returns n events from start, step apart, built by mk(i).
func every(start, step time.Duration, n int, mk func(i int) []any) []*event.Event {
	out := make([]*event.Event, n)
	for i := range out {
		out[i] = ev(start+time.Duration(i)*step, mk(i)...)
	}
	return out
}

func merge(lists ...[]*event.Event) []*event.Event {
	var all []*event.Event
	for _, l := range lists {
		all = append(all, l...)
	}
	slices.SortStableFunc(all, func(a, b *event.Event) int { return a.Time.Compare(b.Time) })
	return all
}

func TestAggregates(t *testing.T) {
	tests := []struct {
		name  string
		rules string
		evs   []*event.Event
		end   time.Duration
		want  []string
	}{
		{
			name: "ratio below threshold with a minimum count",
			rules: `
rules:
  - name: payment-success
    severity: P1
    filter: sync.kind == "payment_callback"
    window: 5m
    condition: count >= 10 && ratio(event.outcome == "success") < 0.9`,
			// 20 callbacks a minute from 0m to 10m; from 4m on every 5th fails (80%).
			evs: every(0, 3*time.Second, 200, func(i int) []any {
				out := "success"
				if i >= 80 && i%5 == 0 {
					out = "failure"
				}
				return []any{"sync.kind", "payment_callback", "event.outcome", out}
			}),
			end: 20 * time.Minute,
			// window [m-5, m): each failing minute is 80% successful, so the
			// ratio drops below 0.9 with three failing minutes in the
			// window ([2m,7m)); it holds while the window has events.
			want: []string{"+7m0s firing payment-success {}", "+15m0s resolved payment-success {}"},
		},
		{
			name: "max over a field per group",
			rules: `
rules:
  - name: order-sync-delay
    severity: P1
    filter: sync.kind == "order"
    group_by: [shop.id]
    window: 2m
    condition: max(sync.delay_seconds) > 300`,
			evs: merge(
				every(0, 30*time.Second, 20, func(i int) []any {
					d := 20
					if i == 6 {
						d = 400
					}
					return []any{"sync.kind", "order", "shop.id", "S1", "sync.delay_seconds", d}
				}),
				every(0, 30*time.Second, 20, func(i int) []any {
					return []any{"sync.kind", "order", "shop.id", "S2", "sync.delay_seconds", 100}
				}),
			),
			end: 12 * time.Minute,
			// the 400 s event is at 3m0s: windows [2,4) and [3,5) see it.
			want: []string{"+4m0s firing order-sync-delay {shop.id=S1}", "+6m0s resolved order-sync-delay {shop.id=S1}"},
		},
		{
			name: "avg, min and sum",
			rules: `
rules:
  - name: avg-high
    severity: P2
    window: 1m
    condition: avg(sync.delay_seconds) > 50 && min(sync.delay_seconds) >= 10 && sum(sync.delay_seconds) > 200`,
			evs: []*event.Event{
				ev(10*time.Second, "sync.delay_seconds", 10), ev(20*time.Second, "sync.delay_seconds", 100), // avg 55, sum 110
				ev(70*time.Second, "sync.delay_seconds", 60), ev(80*time.Second, "sync.delay_seconds", 100),
				ev(90*time.Second, "sync.delay_seconds", 70),                                                 // avg 76.7, min 60, sum 230
				ev(130*time.Second, "sync.delay_seconds", 5), ev(140*time.Second, "sync.delay_seconds", 300), // min 5
			},
			end:  5 * time.Minute,
			want: []string{"+2m0s firing avg-high {}", "+3m0s resolved avg-high {}"},
		},
		{
			name: "quantile of durations",
			rules: `
rules:
  - name: slow-db
    severity: P2
    filter: has(db.statement)
    window: 1m
    condition: quantile(event.duration, 0.9) > 2e9`,
			// minute 0: all 100 ms; minute 1: 20% take 5 s.
			evs: every(0, time.Second, 120, func(i int) []any {
				d := 1e8
				if i >= 60 && i%5 == 0 {
					d = 5e9
				}
				return []any{"db.statement", "SELECT ?", "event.duration", d}
			}),
			end:  4 * time.Minute,
			want: []string{"+2m0s firing slow-db {}", "+3m0s resolved slow-db {}"},
		},
		{
			name: "distinct count",
			rules: `
rules:
  - name: many-shops-failing
    severity: P2
    filter: log.level == "error"
    window: 2m
    condition: distinct(shop.id) >= 3`,
			evs: every(0, 20*time.Second, 9, func(i int) []any {
				return []any{"log.level", "error", "shop.id", []string{"S1", "S2", "S1", "S3", "S1", "S2", "S1", "S1", "S1"}[i]}
			}),
			end: 6 * time.Minute,
			// S3 at 1m0s; window [0,2) has S1,S2,S3; [1,3) has S3,S1,S2 (1m40s); [2,4) has S1 only.
			want: []string{"+2m0s firing many-shops-failing {}", "+4m0s resolved many-shops-failing {}"},
		},
		{
			name: "consecutive failures, a success resets",
			rules: `
rules:
  - name: api-3-in-a-row
    severity: P1
    filter: has(http.response.status_code)
    group_by: [url.domain]
    window: 5m
    condition: consecutive(http.response.status_code >= 500) >= 3`,
			evs: merge(
				// a: fail fail ok fail fail — never 3 in a row
				every(0, 10*time.Second, 5, func(i int) []any {
					return []any{"url.domain", "a.example", "http.response.status_code", []int{500, 502, 200, 503, 500}[i]}
				}),
				// b: ok fail fail fail at 6m
				every(6*time.Minute, 10*time.Second, 4, func(i int) []any {
					return []any{"url.domain", "b.example", "http.response.status_code", []int{200, 500, 500, 504}[i]}
				}),
			),
			end:  14 * time.Minute,
			want: []string{"+7m0s firing api-3-in-a-row {url.domain=b.example}", "+12m0s resolved api-3-in-a-row {url.domain=b.example}"},
		},
		{
			name: "absent heartbeat, ungrouped",
			rules: `
rules:
  - name: crawler-heartbeat
    severity: P1
    filter: job.name == "crawler" && job.status == "succeeded"
    condition: absent("10m")`,
			evs:  every(0, time.Minute, 5, func(int) []any { return []any{"job.name", "crawler", "job.status", "succeeded"} }),
			end:  20 * time.Minute,
			want: []string{"+14m0s firing crawler-heartbeat {}"},
		},
		{
			name: "absent heartbeat that never came",
			rules: `
rules:
  - name: scraper-heartbeat
    severity: P1
    filter: job.name == "price-scraper"
    condition: absent("10m")`,
			evs:  every(0, time.Minute, 20, func(int) []any { return []any{"job.name", "crawler"} }),
			end:  20 * time.Minute,
			want: []string{"+10m0s firing scraper-heartbeat {}"},
		},
		{
			name: "new value after warm-up",
			rules: `
rules:
  - name: new-error-code
    severity: P3
    filter: error.code != ""
    group_by: [service.name]
    window: 1m
    condition: new_value(error.code, "1h", "5m")`,
			evs: []*event.Event{
				ev(0, "service.name", "orders", "error.code", "E1"),
				ev(2*time.Minute, "service.name", "orders", "error.code", "E2"), // learnt in warm-up
				ev(6*time.Minute, "service.name", "orders", "error.code", "E1"),
				ev(7*time.Minute, "service.name", "orders", "error.code", "E2"),
				ev(8*time.Minute, "service.name", "orders", "error.code", "E9"), // new
				ev(9*time.Minute, "service.name", "orders", "error.code", "E9"),
			},
			end:  12 * time.Minute,
			want: []string{"+9m0s firing new-error-code {service.name=orders}", "+10m0s resolved new-error-code {service.name=orders}"},
		},
		{
			name: "changed value per key",
			rules: `
rules:
  - name: version-changed
    severity: P3
    group_by: [host.name]
    window: 2m
    condition: changed(service.version)`,
			evs: []*event.Event{
				ev(0, "host.name", "h1", "service.version", "1.0"),
				ev(time.Minute, "host.name", "h1", "service.version", "1.0"),
				ev(0, "host.name", "h2", "service.version", "1.0"),
				ev(3*time.Minute, "host.name", "h1", "service.version", "1.1"),
			},
			end:  8 * time.Minute,
			want: []string{"+4m0s firing version-changed {host.name=h1}", "+6m0s resolved version-changed {host.name=h1}"},
		},
		{
			name: "spike against the previous window",
			rules: `
rules:
  - name: error-spike
    severity: P2
    filter: log.level == "error"
    window: 2m
    condition: previous(count) >= 2 && count > 3 * previous(count)`,
			evs: merge(
				every(0, 30*time.Second, 16, func(int) []any { return []any{"log.level", "error"} }),            // 2/min for 8m
				every(8*time.Minute, 5*time.Second, 24, func(int) []any { return []any{"log.level", "error"} }), // 12/min for 2m
			),
			end: 14 * time.Minute,
			// [7,9): 14 vs previous [5,7): 4 → fires at 9m; [8,10): 24 vs 4;
			// [9,11): 12 vs [7,9): 14 → resolved.
			want: []string{"+9m0s firing error-spike {}", "+11m0s resolved error-spike {}"},
		},
		{
			name: "flatline waits for a full window",
			rules: `
rules:
  - name: orders-flatline
    severity: P1
    filter: event.action == "order.created"
    window: 3m
    condition: count < 2`,
			evs: every(0, 20*time.Second, 24, func(int) []any { return []any{"event.action", "order.created"} }), // 0..8m
			end: 14 * time.Minute,
			// the last event is at 7m40s; window [8m,11m) is the first with fewer than 2.
			want: []string{"+11m0s firing orders-flatline {}"},
		},
		{
			name: "rate per minute with keep_firing_for",
			rules: `
rules:
  - name: http-429
    severity: P2
    filter: http.response.status_code == 429
    group_by: [shop.platform, shop.id]
    window: 2m
    condition: rate > 5
    keep_firing_for: 2m`,
			evs: every(0, 5*time.Second, 36, func(int) []any {
				return []any{"http.response.status_code", 429, "shop.platform", "amazon", "shop.id", "S12"}
			}), // 12/min for 3m
			end: 10 * time.Minute,
			// 12 in window [-1m,1m) is 6/min; the last window with more
			// than 5/min is [2m,4m); false from 5m, kept 2m more.
			want: []string{"+1m0s firing http-429 {shop.id=S12,shop.platform=amazon}", "+7m0s resolved http-429 {shop.id=S12,shop.platform=amazon}"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := mustRules(t, tt.rules)
			got := run(t, rs, feed(tt.evs, tt.end))
			if !slices.Equal(got, tt.want) {
				t.Fatalf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
