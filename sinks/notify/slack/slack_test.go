package slack

import (
	"context"
	"strings"
	"testing"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/sinks/notify/internal/notifytest"
	"github.com/vigilops/vigil/sinks/notify/webhook"
)

func TestNotifyBody(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: "ok"})
	n, err := New(Options{Name: "chat", URL: srv.URL + "/services/T0/B0/xyz", Channel: "#ops"})
	if err != nil {
		t.Fatal(err)
	}
	if retry, err := n.Notify(context.Background(), notifytest.Alerts()); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].Path != "/services/T0/B0/xyz" {
		t.Fatalf("requests %+v", reqs)
	}
	notifytest.JSONEqual(t, reqs[0].Body, `{
		"channel": "#ops",
		"text": "[FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)",
		"attachments": [
			{
				"color": "#d00000",
				"fallback": "[P1] FIRING amazon-429-burst",
				"title": "[P1] FIRING amazon-429-burst",
				"title_link": "https://kibana.example.test/app/discover#/?_g=(x)",
				"text": "service.name=amazon-api, shop.id=S12\nsince 2026-11-25T08:03:00Z\nvalue 0.21, baseline 0.004, threshold 0.05\nThrottled by &lt;marketplace&gt; &amp; retrying\n<https://kibana.example.test/app/discover#/?_g=(x)|Kibana> · <https://runbooks.example.test/429|Runbook>\ntrace: 4bf92f3577b34da6",
				"mrkdwn_in": ["text"],
				"footer": "vigil",
				"ts": 1795593780
			},
			{
				"color": "#2eb886",
				"fallback": "[P3] RESOLVED order-sync-lag",
				"title": "[P3] RESOLVED order-sync-lag",
				"text": "shop.platform=shopee\nresolved 2026-11-25T08:15:00Z, lasted 12m\nlast value 412",
				"mrkdwn_in": ["text"],
				"footer": "vigil",
				"ts": 1795593780
			}
		]
	}`)
}

func TestMentionsFromLogsAreInert(t *testing.T) {
	as := notifytest.Alerts()[:1]
	as[0].Labels["shop.id"] = "<!channel> <@U123>"
	as[0].Rule = "r<!here>"
	m := Build("", as, alerting.Mentioned{})
	for _, s := range []string{m.Text, m.Attachments[0].Title, m.Attachments[0].Text} {
		if strings.Contains(s, "<!") || strings.Contains(s, "<@") {
			t.Errorf("mention survives: %q", s)
		}
	}
}

func TestColors(t *testing.T) {
	for _, tc := range []struct {
		sev    alert.Severity
		status alert.Status
		want   string
	}{{alert.P0, alert.Firing, "#d00000"}, {alert.P2, alert.Firing, "#f2c744"}, {alert.P3, alert.Firing, "#439fe0"}, {alert.P0, alert.Resolved, "#2eb886"}} {
		if got := Color(&alert.Alert{Severity: tc.sev, Status: tc.status}); got != tc.want {
			t.Errorf("%s %s: %s, want %s", tc.sev, tc.status, got, tc.want)
		}
	}
}

func TestRetryVerdicts(t *testing.T) {
	for _, tc := range []struct {
		status int
		body   string
		retry  bool
	}{{400, "invalid_payload", false}, {404, "no_service", false}, {410, "channel_is_archived", false}, {429, "rate_limited", true}, {500, "", true}} {
		srv := notifytest.New(t, notifytest.Reply{Status: tc.status, Body: tc.body})
		n, _ := New(Options{URL: srv.URL + "/services/secret"})
		retry, err := n.Notify(context.Background(), notifytest.Alerts())
		if err == nil || retry != tc.retry {
			t.Errorf("HTTP %d: retry=%v err=%v", tc.status, retry, err)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("error names the URL: %v", err)
		}
	}
}

// The ids are obviously fake.
var onCall = []alerting.Mention{
	{Severities: []string{"P0", "P1"}, UserIDs: []string{"U0000000001"}},
	{Matchers: []string{"service.name=~amazon.*"}, UserIDs: []string{"W0000000002", "U0000000001"}, All: true},
	{Severities: []string{"P3"}, UserIDs: []string{"U0000000003"}}, // only the resolved alert
}

func mentions(t *testing.T, ms ...alerting.Mention) *alerting.Mentions {
	t.Helper()
	c, err := alerting.CompileMentions(ms)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestMentionsGolden(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: "ok"})
	n, err := New(Options{Name: "chat", URL: srv.URL + "/services/T0/B0/xyz", Mentions: mentions(t, onCall...)})
	if err != nil {
		t.Fatal(err)
	}
	as := notifytest.Alerts()
	as[0].AckURL = "https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack"
	as[0], as[1] = as[1], as[0] // the resolved alert first: the firing one is still the first attachment
	notifytest.JSONEqual(t, srv.Send(t, n, as).Body, `{
		"text": "[FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1) <@U0000000001> <@W0000000002> <!channel>",
		"attachments": [
			{
				"color": "#d00000",
				"fallback": "[P1] FIRING amazon-429-burst",
				"title": "[P1] FIRING amazon-429-burst",
				"title_link": "https://kibana.example.test/app/discover#/?_g=(x)",
				"text": "service.name=amazon-api, shop.id=S12\nsince 2026-11-25T08:03:00Z\nvalue 0.21, baseline 0.004, threshold 0.05\nThrottled by &lt;marketplace&gt; &amp; retrying\n<https://kibana.example.test/app/discover#/?_g=(x)|Kibana> · <https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack|Acknowledge> · <https://runbooks.example.test/429|Runbook>\ntrace: 4bf92f3577b34da6",
				"mrkdwn_in": ["text"],
				"footer": "vigil",
				"ts": 1795593780
			},
			{
				"color": "#2eb886",
				"fallback": "[P3] RESOLVED order-sync-lag",
				"title": "[P3] RESOLVED order-sync-lag",
				"text": "shop.platform=shopee\nresolved 2026-11-25T08:15:00Z, lasted 12m\nlast value 412",
				"mrkdwn_in": ["text"],
				"footer": "vigil",
				"ts": 1795593780
			}
		]
	}`)
}

func TestNoMentionForARecovery(t *testing.T) {
	as := notifytest.Alerts()[1:]
	if m := Build("", as, mentions(t, onCall...).For(as)); m.Text != "[RESOLVED:1] order-sync-lag (P3)" {
		t.Errorf("text %q", m.Text)
	}
}

// TestLogTextCannotMention: an alert's summary and labels come from logs;
// nothing in them may become a mention in what Slack receives.
func TestLogTextCannotMention(t *testing.T) {
	as := notifytest.Alerts()[:1]
	as[0].Labels["service.name"] = "checkout"
	as[0].Annotations["summary"] = `@all <@U123> <at user_id="all">x</at> <!channel> <!here>`
	as[0].Labels["shop.id"] = "<@U0000000003>"
	for _, ms := range []*alerting.Mentions{nil, mentions(t, onCall...)} {
		m := Build("", as, ms.For(as))
		body, err := webhook.Marshal(m) // what Notify posts
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		if ms != nil {
			want = 1 // the configured P1 member only, in the top-level text
		}
		if got := strings.Count(string(body), "<@"); got != want || strings.Contains(string(body), "<!") || strings.Contains(string(body), "<at") {
			t.Errorf("%d mentions, want %d:\n%s", got, want, body)
		}
	}
}
