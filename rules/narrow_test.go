package rules

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/event"
)

// A new error code logged by one shop of a service names the shop, and the
// job that logs it, although the rule groups by service and code only; the
// usual failures of other shops (under a fifth) do not hide it. A code
// logged by many shops names none.
func TestAlertsNamedByTheirEvidence(t *testing.T) {
	rs := mustRules(t, `
rules:
  - name: new-code
    severity: P2
    filter: error.code != ""
    group_by: [service.name, error.code]
    window: 10m
    condition: new_value(error.code, "7d") && count >= 5
`)
	var evs []*event.Event
	add := func(at time.Duration, code, shop string) {
		evs = append(evs, ev(at, "service.name", "order-sync", "job.name", "pull", "error.code", code, "shop.id", shop))
	}
	add(0, "OLD", "S1") // codes of the first minutes are learnt
	for i := 0; i < 12; i++ {
		add(70*time.Minute+time.Duration(i)*10*time.Second, "AUTH_REVOKED", "S15")
	}
	add(71*time.Minute, "AUTH_REVOKED", "S3") // one of thirteen from elsewhere
	for i := 0; i < 8; i++ {
		add(100*time.Minute+time.Duration(i)*10*time.Second, "SPREAD", fmt.Sprintf("S%d", i))
	}
	got := strings.Join(run(t, rs, feed(evs, 2*time.Hour)), "\n")
	for _, want := range []string{
		"firing new-code {error.code=AUTH_REVOKED,job.name=pull,service.name=order-sync,shop.id=S15}",
		"firing new-code {error.code=SPREAD,job.name=pull,service.name=order-sync}",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}
