package rules

import (
	"slices"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/event"
)

func TestStateMachine(t *testing.T) {
	errAt := func(mins ...int) []*event.Event {
		var out []*event.Event
		for _, m := range mins {
			out = append(out, ev(time.Duration(m)*time.Minute+time.Second, "log.level", "error", "shop.platform", "amazon"))
		}
		return out
	}
	tests := []struct {
		name  string
		rules string
		evs   []*event.Event
		end   time.Duration
		want  []string
	}{
		{
			name: "pending resets when the condition fails before for",
			rules: `
rules:
  - name: r
    severity: P2
    window: 1m
    for: 2m`,
			// true at 1,2 (pending from 1), false at 3, true 4,5,6 → fires at 6
			evs:  errAt(0, 1, 3, 4, 5),
			end:  8 * time.Minute,
			want: []string{"+6m0s firing r {}", "+7m0s resolved r {}"},
		},
		{
			name: "keep_firing_for bridges a gap without re-emitting",
			rules: `
rules:
  - name: r
    severity: P2
    window: 1m
    keep_firing_for: 2m`,
			// true at 1, false at 2,3 (kept), true at 4, false 5,6,7 → resolved at 7
			evs:  errAt(0, 3),
			end:  9 * time.Minute,
			want: []string{"+1m0s firing r {}", "+7m0s resolved r {}"},
		},
		{
			name: "group_by label in the condition",
			rules: `
rules:
  - name: r
    severity: P2
    group_by: [shop.platform]
    window: 1m
    condition: 'count > (shop.platform == "amazon" ? 1 : 0)'`,
			evs: merge(errAt(0, 2, 2), []*event.Event{ev(30*time.Second, "shop.platform", "shopee")}),
			end: 5 * time.Minute,
			want: []string{"+1m0s firing r {shop.platform=shopee}", "+2m0s resolved r {shop.platform=shopee}",
				"+3m0s firing r {shop.platform=amazon}", "+4m0s resolved r {shop.platform=amazon}"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, mustRules(t, tt.rules), feed(tt.evs, tt.end))
			if !slices.Equal(got, tt.want) {
				t.Fatalf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestValueOverrideAndThreshold(t *testing.T) {
	rs := mustRules(t, `
rules:
  - name: v
    severity: P2
    window: 1m
    condition: count >= 2 && max(sync.delay_seconds) > 2 * avg(sync.delay_seconds)
    value: max(sync.delay_seconds) / 60
`)
	e := NewEngine(rs, Options{Logger: zerolog.Nop()})
	e.Advance(t0)
	for i, d := range []int{10, 10, 10, 600} {
		e.Observe(ev(time.Duration(i)*time.Second, "sync.delay_seconds", d))
	}
	got := e.Advance(t0.Add(time.Minute))
	if len(got) != 1 {
		t.Fatalf("got %v", got)
	}
	// value from value:, threshold from the deciding comparison's right side
	if got[0].Value != 10 || got[0].Threshold == nil || *got[0].Threshold != 2*157.5 {
		t.Fatalf("value %v threshold %v", got[0].Value, got[0].Threshold)
	}
}
