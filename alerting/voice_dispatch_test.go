package alerting

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/alert"
)

// A voice receiver routed P0 with continue: true is called for the P0
// alert only, and never told that it resolved; the chat receiver hears
// everything.
func TestVoiceReceiverGetsFiringP0Only(t *testing.T) {
	cfg := `
route:
  receiver: chat
  group_by: [service.name]
  routes:
    - {receiver: call, matchers: [severity=P0], continue: true}
    - {receiver: chat}
receivers:
  - name: chat
    ndjson: true
  - name: call
    twilio_voice: {account_sid: AC1, auth_token: tok, from: "+15550100000", to: ["+15550100001"]}
`
	p0 := fire(0, "checkout-5xx", alert.P0, "service.name", "checkout")
	p1 := fire(0, "slow-search", alert.P1, "service.name", "search")
	got, _ := run(t, cfg, []step{{0, []alert.Alert{p0, p1}}, {20, []alert.Alert{resolve(20, p0), resolve(20, p1)}}}, 40)
	joined := strings.Join(got, "\n")
	var calls, chat []string
	for _, g := range got {
		if strings.Contains(g, " call ") {
			calls = append(calls, g)
		} else {
			chat = append(chat, g)
		}
	}
	if len(calls) != 1 || !strings.Contains(calls[0], "F:checkout-5xx") || strings.Contains(calls[0], "slow-search") {
		t.Errorf("call receiver got %v\nall:\n%s", calls, joined)
	}
	if !strings.Contains(joined, "chat R:checkout-5xx") || !strings.Contains(joined, "chat R:slow-search") || len(chat) != 4 {
		t.Errorf("chat receiver:\n%s", joined)
	}
}
