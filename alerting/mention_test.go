package alerting_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config"
)

// mentionConfig is a valid alerting section whose third receiver (index
// 2) is the chat receiver under test, written at its key.
func mentionConfig(receiver string) string {
	return `
route:
  receiver: a
receivers:
  - name: a
    terminal: true
  - name: b
    ndjson: true
  - name: chat
` + receiver
}

func TestMentionConfigErrors(t *testing.T) {
	const phone = "+15550109999" // obviously fake; must never be quoted in an error
	for _, tc := range []struct {
		name, yaml, want string
	}{
		{"severity", `
    dingtalk:
      url: https://oapi.example.test/robot/send?access_token=x
      mentions:
        - {severities: [P0, P5], mobiles: ["` + phone + `"]}`,
			`receivers.2.dingtalk.mentions.0.severities.1: "P5": want P0..P3`},
		{"matcher", `
    wecom:
      url: https://qyapi.example.test/cgi-bin/webhook/send?key=x
      mentions:
        - {user_ids: [zhangsan]}
        - {matchers: ["service.name=~(unclosed"], all: true}`,
			`receivers.2.wecom.mentions.1.matchers.0: matcher "service.name=~(unclosed": bad regular expression`},
		{"nobody", `
    slack:
      url: https://hooks.example.test/services/x
      mentions:
        - {severities: [P0]}`,
			`receivers.2.slack.mentions.0: mentions nobody: set mobiles, user_ids or all`},
		{"feishu mobiles", `
    feishu:
      url: https://open.example.test/open-apis/bot/v2/hook/x
      mentions:
        - {mobiles: ["` + phone + `"]}`,
			`receivers.2.feishu.mentions.0.mobiles: a feishu bot cannot mention a phone number: use user_ids`},
		{"slack mobiles", `
    slack:
      url: https://hooks.example.test/services/x
      mentions:
        - {mobiles: ["` + phone + `"], user_ids: [U0123ABCD]}`,
			`receivers.2.slack.mentions.0.mobiles: a slack bot cannot mention a phone number: use user_ids`},
		{"slack user name", `
    slack:
      url: https://hooks.example.test/services/x
      mentions:
        - {user_ids: [U0123ABCD, "` + phone + `"]}`,
			`receivers.2.slack.mentions.0.user_ids.1: want a Slack member id (U… or W…, from the member's profile; names do not mention)`},
		{"markup in a user id", `
    wecom:
      url: https://qyapi.example.test/cgi-bin/webhook/send?key=x
      mentions:
        - {user_ids: ["a><@all"]}`,
			`receivers.2.wecom.mentions.0.user_ids.0: want a user id of letters, digits and _ . @ + - (at most 128)`},
		{"bad mobile", `
    dingtalk:
      url: https://oapi.example.test/robot/send?access_token=x
      mentions:
        - {mobiles: ["` + phone + `", "555-0100 ext 9"]}`,
			`receivers.2.dingtalk.mentions.0.mobiles.1: must be a phone number (digits, optionally a leading +)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c alerting.Config
			err := config.Decode("test.yaml", []byte(mentionConfig(tc.yaml)), &c, func(string) (string, bool) { return "", false })
			if err == nil {
				t.Fatalf("accepted; want %s", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error:\n%v\nwant a line with:\n%s", err, tc.want)
			}
			if strings.Contains(err.Error(), "0109999") {
				t.Errorf("the error quotes a phone number:\n%v", err)
			}
		})
	}
}

func TestMentionConfigValid(t *testing.T) {
	var c alerting.Config
	y := mentionConfig(`
    dingtalk:
      url: https://oapi.example.test/robot/send?access_token=x
      mentions:
        - {severities: [P0, p1], mobiles: ["+15550100001"], user_ids: [manager4512]}
        - {matchers: ["service.name=~payment.*"], all: true}`)
	if err := config.Decode("test.yaml", []byte(y), &c, func(string) (string, bool) { return "", false }); err != nil {
		t.Fatal(err)
	}
	if ms := c.Receivers[2].DingTalk.Mentions; len(ms) != 2 || ms[0].Mobiles[0] != "+15550100001" || !ms[1].All {
		t.Errorf("mentions %+v", ms)
	}
	if _, err := alerting.CompileMentions(c.Receivers[2].DingTalk.Mentions); err != nil {
		t.Errorf("a valid configuration does not compile: %v", err)
	}
}

func TestMentionsFor(t *testing.T) {
	ms, err := alerting.CompileMentions([]alerting.Mention{
		{Severities: []string{"P0", "P1"}, Mobiles: []string{"+15550100001"}, UserIDs: []string{"lead"}},
		{Matchers: []string{"service.name=~payment.*"}, UserIDs: []string{"pay-oncall", "lead"}},
		{Severities: []string{"P0"}, Matchers: []string{"shop.platform=amazon"}, All: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	end := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	a := func(sev alert.Severity, st alert.Status, labels map[string]string) alert.Alert {
		x := alert.Alert{Rule: "r", Severity: sev, Status: st, Labels: labels}
		if st == alert.Resolved {
			x.EndsAt = &end
		}
		return x
	}
	pay := map[string]string{"service.name": "payment-gw"}
	amazon := map[string]string{"service.name": "amazon-api", "shop.platform": "amazon"}
	for _, tc := range []struct {
		name string
		in   []alert.Alert
		want alerting.Mentioned
	}{
		{"P2 elsewhere", []alert.Alert{a(alert.P2, alert.Firing, amazon)}, alerting.Mentioned{}},
		{"P1", []alert.Alert{a(alert.P1, alert.Firing, amazon)},
			alerting.Mentioned{Mobiles: []string{"+15550100001"}, UserIDs: []string{"lead"}}},
		{"union, deduplicated", []alert.Alert{a(alert.P3, alert.Firing, pay), a(alert.P0, alert.Firing, amazon)},
			alerting.Mentioned{Mobiles: []string{"+15550100001"}, UserIDs: []string{"lead", "pay-oncall"}, All: true}},
		{"all resolved", []alert.Alert{a(alert.P0, alert.Resolved, amazon), a(alert.P3, alert.Resolved, pay)}, alerting.Mentioned{}},
		{"only the firing alerts count", []alert.Alert{a(alert.P0, alert.Resolved, amazon), a(alert.P3, alert.Firing, pay)},
			alerting.Mentioned{UserIDs: []string{"pay-oncall", "lead"}}},
	} {
		got := ms.For(tc.in)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: For = %+v, want %+v", tc.name, got, tc.want)
		}
		if got.Empty() != tc.want.Empty() {
			t.Errorf("%s: Empty = %v", tc.name, got.Empty())
		}
	}
	var none *alerting.Mentions
	if got := none.For([]alert.Alert{a(alert.P0, alert.Firing, amazon)}); !got.Empty() {
		t.Errorf("nil mentions: %+v", got)
	}
	if _, err := alerting.CompileMentions([]alerting.Mention{{Severities: []string{"P9"}, All: true}}); err == nil ||
		!strings.Contains(err.Error(), `mentions.0.severities.0: "P9": want P0..P3`) {
		t.Errorf("CompileMentions error = %v", err)
	}
}
