package rules

import (
	"slices"
	"testing"
	"time"

	"github.com/vigilops/vigil/event"
)

// TestRuleKindParity expresses the classic rule kinds (any, blacklist,
// whitelist, frequency, flatline, spike, cardinality, percentage match,
// new term, change) as vigil conditions and checks their documented
// behaviour: when they fire, per key, and when they must stay quiet.
func TestRuleKindParity(t *testing.T) {
	at := func(d time.Duration, kv ...any) *event.Event { return ev(d, kv...) }
	sec := func(s int) time.Duration { return time.Duration(s) * time.Second }
	min := func(m int) time.Duration { return time.Duration(m) * time.Minute }
	tests := []struct {
		kind, name string
		rules      string
		evs        []*event.Event
		end        time.Duration
		want       []string
	}{
		{
			kind: "any", name: "every matching event alerts (once per window)",
			rules: `
rules:
  - name: any-error
    severity: P3
    filter: log.level == "error"`,
			evs:  []*event.Event{at(sec(30), "log.level", "info"), at(sec(40), "log.level", "error")},
			end:  min(8),
			want: []string{"+1m0s firing any-error {}", "+6m0s resolved any-error {}"},
		},
		{
			kind: "blacklist", name: "a listed value alerts, others do not",
			rules: `
rules:
  - name: blacklisted-code
    severity: P1
    filter: error.code in ["ACCOUNT_LOCKED", "CARD_FRAUD"]
    window: 1m`,
			evs: []*event.Event{
				at(sec(10), "error.code", "TIMEOUT"), at(sec(70), "error.code", "ACCOUNT_LOCKEDX"),
				at(sec(130), "error.code", "ACCOUNT_LOCKED"), at(sec(200), "error.code", "OK"),
			},
			end:  min(6),
			want: []string{"+3m0s firing blacklisted-code {}", "+4m0s resolved blacklisted-code {}"},
		},
		{
			kind: "whitelist", name: "an unlisted value alerts; events without the field are ignored (ignore_null)",
			rules: `
rules:
  - name: unknown-domain
    severity: P2
    filter: has(url.domain) && !(url.domain in ["sellingpartnerapi.amazon.example", "shop.myshopify.example"])
    group_by: [url.domain]
    window: 1m`,
			evs: []*event.Event{
				at(sec(5), "url.domain", "shop.myshopify.example"), at(sec(20), "message", "no domain"),
				at(sec(90), "url.domain", "evil.example"), at(sec(95), "url.domain", "sellingpartnerapi.amazon.example"),
			},
			end:  min(5),
			want: []string{"+2m0s firing unknown-domain {url.domain=evil.example}", "+3m0s resolved unknown-domain {url.domain=evil.example}"},
		},
		{
			kind: "frequency", name: "num_events within timeframe, counted per query_key",
			rules: `
rules:
  - name: frequent-failures
    severity: P2
    filter: job.status == "failed"
    group_by: [job.name]
    window: 3m
    condition: count >= 5`,
			evs: merge(
				every(sec(10), sec(40), 5, func(int) []any { return []any{"job.status", "failed", "job.name", "a"} }),
				every(sec(20), sec(20), 4, func(int) []any { return []any{"job.status", "failed", "job.name", "b"} }),
				[]*event.Event{at(sec(270), "job.status", "failed", "job.name", "b")},
			),
			end:  min(8),
			want: []string{"+3m0s firing frequent-failures {job.name=a}", "+4m0s resolved frequent-failures {job.name=a}"},
		},
		{
			kind: "flatline", name: "fewer than threshold per query_key; each key waits a full timeframe",
			rules: `
rules:
  - name: host-silent
    severity: P1
    group_by: [host.name]
    window: 3m
    condition: count < 2`,
			evs: merge(
				every(0, sec(30), 20, func(int) []any { return []any{"host.name", "h1"} }),
				every(0, sec(30), 10, func(int) []any { return []any{"host.name", "h2"} }),
				[]*event.Event{at(min(9), "host.name", "h3")},
			),
			end: min(12),
			// h2's last events are in minute 4: window [5m,8m) is empty.
			// h3 appears at 9m with one event and is judged at 12m.
			want: []string{"+8m0s firing host-silent {host.name=h2}", "+12m0s firing host-silent {host.name=h3}"},
		},
		{
			kind: "spike", name: "up: the current window is more than spike_height times the reference",
			rules: `
rules:
  - name: spike-up
    severity: P2
    window: 2m
    condition: previous(count) >= 4 && count > 3 * previous(count)`,
			evs: merge(
				every(0, sec(20), 30, func(int) []any { return nil }),
				every(min(6), sec(3), 20, func(int) []any { return nil }),
			),
			end:  min(10),
			want: []string{"+7m0s firing spike-up {}", "+9m0s resolved spike-up {}"},
		},
		{
			kind: "spike", name: "down: the current window is less than the reference over spike_height",
			rules: `
rules:
  - name: spike-down
    severity: P2
    window: 2m
    condition: previous(count) >= 4 && count < previous(count) / 3`,
			evs: merge(
				every(0, sec(10), 60, func(int) []any { return nil }),
				every(min(10), min(1), 4, func(int) []any { return nil }),
				every(min(14), sec(10), 36, func(int) []any { return nil }),
			),
			end:  min(20),
			want: []string{"+12m0s firing spike-down {}", "+14m0s resolved spike-down {}"},
		},
		{
			kind: "cardinality", name: "max_cardinality per query_key",
			rules: `
rules:
  - name: many-shops
    severity: P2
    filter: log.level == "error"
    group_by: [service.name]
    window: 5m
    condition: distinct(shop.id) > 3`,
			evs: merge(
				every(0, sec(20), 6, func(i int) []any {
					return []any{"log.level", "error", "service.name", "a", "shop.id", []string{"S1", "S2", "S3", "S4", "S5", "S1"}[i]}
				}),
				every(0, sec(20), 6, func(i int) []any {
					return []any{"log.level", "error", "service.name", "b", "shop.id", []string{"S1", "S2", "S3", "S1", "S2", "S3"}[i]}
				}),
			),
			end:  min(8),
			want: []string{"+2m0s firing many-shops {service.name=a}", "+6m0s resolved many-shops {service.name=a}"},
		},
		{
			kind: "cardinality", name: "min_cardinality waits for a full timeframe",
			rules: `
rules:
  - name: few-hosts
    severity: P2
    window: 3m
    condition: distinct(host.name) < 2`,
			evs: merge(
				every(0, sec(30), 10, func(i int) []any { return []any{"host.name", []string{"h1", "h2"}[i%2]} }),
				every(min(5), sec(30), 10, func(int) []any { return []any{"host.name", "h1"} }),
			),
			end:  min(10),
			want: []string{"+8m0s firing few-hosts {}"},
		},
		{
			kind: "percentage_match", name: "max_percentage with min_denominator",
			rules: `
rules:
  - name: error-percentage
    severity: P2
    window: 2m
    condition: count >= 20 && ratio(http.response.status_code >= 500) * 100 > 10`,
			evs: merge(
				every(0, sec(3), 120, func(int) []any { return []any{"http.response.status_code", 200} }),
				every(min(2), sec(12), 10, func(int) []any { return []any{"http.response.status_code", 503} }),
				every(min(7), sec(10), 3, func(i int) []any { return []any{"http.response.status_code", []int{500, 502, 200}[i]} }),
			),
			end: min(10),
			// [1m,3m): 5 of 45 fail (11 %); [4m,6m): none. At 8m two of
			// three fail, but three events are below min_denominator.
			want: []string{"+3m0s firing error-percentage {}", "+6m0s resolved error-percentage {}"},
		},
		{
			kind: "new_term", name: "terms seen while learning do not alert; a new one does, once",
			rules: `
rules:
  - name: new-code
    severity: P3
    filter: error.code != ""
    window: 1m
    condition: new_value(error.code, "1d", "10m")`,
			evs: []*event.Event{
				at(min(1), "error.code", "A"), at(min(5), "error.code", "B"), at(min(20), "error.code", "A"),
				at(min(25), "error.code", "C"), at(min(30), "error.code", "C"), at(min(31), "message", "no code"),
			},
			end:  min(35),
			want: []string{"+26m0s firing new-code {}", "+27m0s resolved new-code {}"},
		},
		{
			kind: "change", name: "compare_key changes for the same query_key; nulls are ignored",
			rules: `
rules:
  - name: country-changed
    severity: P3
    group_by: [shop.id]
    window: 1m
    condition: changed(shop.region)`,
			evs: []*event.Event{
				at(sec(10), "shop.id", "S1", "shop.region", "SG"), at(sec(20), "shop.id", "S2", "shop.region", "MY"),
				at(sec(70), "shop.id", "S1"), at(sec(80), "shop.id", "S1", "shop.region", "SG"),
				at(sec(130), "shop.id", "S2", "shop.region", "TH"),
			},
			end:  min(5),
			want: []string{"+3m0s firing country-changed {shop.id=S2}", "+4m0s resolved country-changed {shop.id=S2}"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.kind+"/"+tt.name, func(t *testing.T) {
			got := run(t, mustRules(t, tt.rules), feed(tt.evs, tt.end))
			if !slices.Equal(got, tt.want) {
				t.Fatalf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
