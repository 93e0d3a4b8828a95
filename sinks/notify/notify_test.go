package notify

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/sinks/notify/internal/notifytest"
)

func TestBuildEveryChannel(t *testing.T) {
	u := "https://hooks.example.test/x"
	rcs := []alerting.ReceiverConfig{
		{Name: "hook", Webhook: &alerting.WebhookConfig{URL: u}},
		{Name: "tty", Terminal: true},
		{Name: "out", NDJSON: true},
		{Name: "slack", Slack: &alerting.SlackConfig{URL: u}},
		{Name: "ding", DingTalk: &alerting.DingTalkConfig{URL: u, Secret: "s"}},
		{Name: "lark", Feishu: &alerting.FeishuConfig{URL: u}},
		{Name: "wx", WeCom: &alerting.WeComConfig{URL: u}},
		{Name: "pd", PagerDuty: &alerting.PagerDutyConfig{RoutingKey: "k"}},
		{Name: "am", Alertmanager: &alerting.AlertmanagerConfig{URL: u}},
	}
	ns, err := Build(rcs, Env{Stdout: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	for _, rc := range rcs {
		n, ok := ns[rc.Name]
		if !ok {
			t.Errorf("no notifier for %s", rc.Name)
			continue
		}
		if n.Name() != rc.Name {
			t.Errorf("%s: Name() = %q", rc.Name, n.Name())
		}
		if want := rc.Type(); !strings.Contains(fmt.Sprintf("%T", n), want) {
			t.Errorf("%s: built %T, want a %s notifier", rc.Name, n, want)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	for _, tc := range []struct {
		rc   alerting.ReceiverConfig
		want string
	}{
		{alerting.ReceiverConfig{Name: "none"}, "receivers.0 (none): no channel configured"},
		{alerting.ReceiverConfig{Name: "bad", Webhook: &alerting.WebhookConfig{URL: "ftp://x"}}, "receivers.0 (bad): webhook: URL must be"},
		{alerting.ReceiverConfig{Name: "pd", PagerDuty: &alerting.PagerDutyConfig{}}, "routing key is required"},
	} {
		_, err := Build([]alerting.ReceiverConfig{tc.rc}, Env{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Build(%s) = %v, want %q", tc.rc.Name, err, tc.want)
		}
	}
}

func TestTerminalColourFollowsEnv(t *testing.T) {
	var buf bytes.Buffer
	on := true
	ns, err := Build([]alerting.ReceiverConfig{{Name: "tty", Terminal: true}}, Env{Stdout: &buf, Color: &on})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ns["tty"].Notify(context.Background(), notifytest.Alerts()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\x1b[") {
		t.Error("Color: true gave no colour")
	}
	buf.Reset()
	ns, _ = Build([]alerting.ReceiverConfig{{Name: "tty", Terminal: true}}, Env{Stdout: &buf})
	_, _ = ns["tty"].Notify(context.Background(), notifytest.Alerts())
	if strings.Contains(buf.String(), "\x1b[") {
		t.Error("colour written to a buffer that is not a terminal")
	}
}

func TestBuildEmailAndSMS(t *testing.T) {
	rcs := []alerting.ReceiverConfig{
		{Name: "mail", Email: &alerting.EmailConfig{Host: "smtp.example.com", From: "vigil@example.com", To: []string{"oncall@example.com"}}},
		{Name: "ali", AliyunSMS: &alerting.AliyunSMSConfig{AccessKeyID: "id", AccessKeySecret: "sk", SignName: "s", TemplateCode: "t", PhoneNumbers: []string{"+15550100001"}}},
		{Name: "tw", Twilio: &alerting.TwilioConfig{AccountSID: "AC1", AuthToken: "tok", From: "+15550100000", To: []string{"+15550100001"}}},
	}
	ns, err := Build(rcs, Env{Stdout: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	for name, typ := range map[string]string{"mail": "*email.Notifier", "ali": "*sms.Aliyun", "tw": "*sms.Twilio"} {
		if got := fmt.Sprintf("%T", ns[name]); got != typ || ns[name].Name() != name {
			t.Errorf("%s: built %s", name, got)
		}
	}
	_, err = Build([]alerting.ReceiverConfig{{Name: "m", Email: &alerting.EmailConfig{Host: "smtp.example.com", From: "vigil@example.com",
		To: []string{"oncall@example.com"}, CAFile: "/nonexistent/ca.pem"}}}, Env{})
	if err == nil || !strings.Contains(err.Error(), "receivers.0 (m): email.ca_file:") {
		t.Errorf("missing CA file: %v", err)
	}
}

func TestBuildWiresMentions(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: `{"errcode":0,"errmsg":"ok"}`})
	ms := []alerting.Mention{{Severities: []string{"P1"}, UserIDs: []string{"manager4512"}}}
	ns, err := Build([]alerting.ReceiverConfig{{Name: "ding", DingTalk: &alerting.DingTalkConfig{URL: srv.URL, Mentions: ms}}}, Env{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ns["ding"].Notify(context.Background(), notifytest.Alerts()); err != nil {
		t.Fatal(err)
	}
	if reqs := srv.Requests(); len(reqs) != 1 || !strings.Contains(string(reqs[0].Body), `"atUserIds":["manager4512"]`) {
		t.Errorf("requests %+v", reqs)
	}
	for _, rc := range []alerting.ReceiverConfig{
		{Name: "ding", DingTalk: &alerting.DingTalkConfig{URL: srv.URL, Mentions: []alerting.Mention{{Severities: []string{"P9"}, All: true}}}},
		{Name: "wx", WeCom: &alerting.WeComConfig{URL: srv.URL, Mentions: []alerting.Mention{{Matchers: []string{"x=~("}, All: true}}}},
	} {
		_, err := Build([]alerting.ReceiverConfig{rc}, Env{})
		if want := "receivers.0 (" + rc.Name + "): " + rc.Type() + ".mentions.0."; err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Build(%s) = %v, want %q", rc.Name, err, want)
		}
	}
}
