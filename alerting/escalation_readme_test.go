package alerting_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config"
)

// The README's escalation example loads and validates, with its steps.
func TestREADMEEscalationExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i := strings.Index(s, "### Escalation and acknowledgement")
	if i < 0 {
		t.Fatal("no escalation section in the README")
	}
	start := strings.Index(s[i:], "```yaml\n") + i + len("```yaml\n")
	end := strings.Index(s[start:], "```") + start
	env := func(k string) (string, bool) { return "https://hooks.example.com/" + strings.ToLower(k), true }
	cfg, err := config.Parse("README.md", []byte(s[start:end]), env)
	if err != nil {
		t.Fatalf("the README's example does not load:\n%v", err)
	}
	want := []alerting.EscalationStep{
		{After: 10 * time.Minute, Receiver: "oncall-pager", Severities: []string{"P0", "P1"}},
		{After: 30 * time.Minute, Receiver: "team-lead"},
	}
	got := cfg.Alerting.Route.Routes[0].Escalate
	if len(got) != len(want) {
		t.Fatalf("steps %+v", got)
	}
	for i := range want {
		if got[i].After != want[i].After || got[i].Receiver != want[i].Receiver || strings.Join(got[i].Severities, ",") != strings.Join(want[i].Severities, ",") {
			t.Errorf("step %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if cfg.Alerting.ExternalURL != "https://vigil.example.com" || cfg.Alerting.AckSecret == "" {
		t.Errorf("external_url %q, ack_secret set: %v", cfg.Alerting.ExternalURL, cfg.Alerting.AckSecret != "")
	}
}
