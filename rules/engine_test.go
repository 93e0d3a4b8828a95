package rules

import (
	"github.com/vigilops/vigil/event"
	"slices"
	"testing"
	"time"
)

func TestCountForResolve(t *testing.T) {
	rs := mustRules(t, `
rules:
  - name: api-errors
    severity: P1
    filter: log.level == "error"
    group_by: [service.name]
    window: 2m
    condition: count >= 3
    for: 1m
`)
	var evs []*event.Event
	for i := 0; i < 4; i++ {
		evs = append(evs, ev(time.Duration(i)*10*time.Second+time.Minute, "log.level", "error", "service.name", "orders"))
	}
	evs = append(evs, ev(90*time.Second, "log.level", "info", "service.name", "orders"))
	got := run(t, rs, feed(evs, 8*time.Minute))
	want := []string{
		"+3m0s firing api-errors {service.name=orders}",
		"+4m0s resolved api-errors {service.name=orders}",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}
