package feishu

import (
	"cmp"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/sinks/notify/internal/notifytest"
)

func TestNotifySignedCard(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: `{"code":0,"msg":"success","data":{}}`})
	n, err := New(Options{Name: "lark", URL: srv.URL + "/open-apis/bot/v2/hook/abc", Secret: "s",
		Now: func() time.Time { return time.Unix(1764057780, 0) }})
	if err != nil {
		t.Fatal(err)
	}
	if retry, err := n.Notify(context.Background(), notifytest.Alerts()); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests", len(reqs))
	}
	// sign computed independently: base64(HMAC-SHA256(key="1764057780\ns", "")).
	notifytest.JSONEqual(t, reqs[0].Body, `{
		"timestamp": "1764057780",
		"sign": "zdh1nf7MU6QoZ4ycnC+bT3pYAmM1VZNdSWI0niPhCRE=",
		"msg_type": "interactive",
		"card": {
			"config": {"wide_screen_mode": true},
			"header": {"title": {"tag": "plain_text", "content": "[FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)"}, "template": "red"},
			"elements": [
				{"tag": "div", "text": {"tag": "lark_md", "content": "**[P1] FIRING amazon-429-burst**  \nservice.name=amazon-api, shop.id=S12  \nsince 2026-11-25T08:03:00Z  \nvalue 0.21, baseline 0.004, threshold 0.05  \nThrottled by ＜marketplace＞ & retrying  \n[Kibana](https://kibana.example.test/app/discover#/?_g=%28x%29) · [Runbook](https://runbooks.example.test/429)  \ntrace: 4bf92f3577b34da6"}},
				{"tag": "hr"},
				{"tag": "div", "text": {"tag": "lark_md", "content": "**[P3] RESOLVED order-sync-lag**  \nshop.platform=shopee  \nresolved 2026-11-25T08:15:00Z, lasted 12m  \nlast value 412"}}
			]
		}
	}`)
}

func TestHeaderColour(t *testing.T) {
	as := notifytest.Alerts()
	for _, tc := range []struct {
		in   []alert.Alert
		want string
	}{{as[:1], "red"}, {as[1:], "green"}} {
		if got := Build(tc.in, alerting.Mentioned{}, "", time.Time{}).Card.Header.Template; got != tc.want {
			t.Errorf("template %s, want %s", got, tc.want)
		}
	}
	if m := Build(as, alerting.Mentioned{}, "", time.Time{}); m.Sign != "" || m.Timestamp != "" {
		t.Error("unsigned message carries a signature")
	}
}

func TestCodes(t *testing.T) {
	for _, tc := range []struct {
		body   string
		retry  bool
		ok     bool
		status int // 200 when zero
	}{
		{`{"code":0,"msg":"success"}`, false, true, 0},
		{`{"StatusCode":0,"StatusMessage":"success"}`, false, true, 0},
		{`{"code":19021,"msg":"sign match fail"}`, false, false, 0},
		{`{"code":11232,"msg":"frequency limited"}`, true, false, 0},
		// A frequency limit on an HTTP 400 is retried; other 4xx are not.
		{`{"code":11232,"msg":"frequency limited"}`, true, false, 400},
		{`{"code":9499,"msg":"too many request"}`, true, false, 400},
		{`{"code":19001,"msg":"param invalid"}`, false, false, 400},
		{`not json`, false, false, 400},
		{`{"code":19001,"msg":"param invalid"}`, true, false, 503},
	} {
		srv := notifytest.New(t, notifytest.Reply{Status: cmp.Or(tc.status, 200), Body: tc.body})
		n, _ := New(Options{URL: srv.URL})
		retry, err := n.Notify(context.Background(), notifytest.Alerts())
		if (err == nil) != tc.ok || retry != tc.retry {
			t.Errorf("%s: retry=%v err=%v", tc.body, retry, err)
		}
	}
}

// The ids are obviously fake.
var onCall = []alerting.Mention{
	{Severities: []string{"P0", "P1"}, UserIDs: []string{"ou_0000000000000000000000000000000a"}},
	{Matchers: []string{"service.name=~amazon.*"}, UserIDs: []string{"ou_0000000000000000000000000000000b"}, All: true},
	{Severities: []string{"P3"}, UserIDs: []string{"ou_0000000000000000000000000000000c"}}, // only the resolved alert
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
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: `{"code":0,"msg":"success","data":{}}`})
	n, err := New(Options{Name: "lark", URL: srv.URL + "/open-apis/bot/v2/hook/abc", Mentions: mentions(t, onCall...)})
	if err != nil {
		t.Fatal(err)
	}
	as := notifytest.Alerts()
	as[0].AckURL = "https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack"
	as[0], as[1] = as[1], as[0] // the resolved alert first: the card still shows the firing one first
	notifytest.JSONEqual(t, srv.Send(t, n, as).Body, `{
		"msg_type": "interactive",
		"card": {
			"config": {"wide_screen_mode": true},
			"header": {"title": {"tag": "plain_text", "content": "[FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)"}, "template": "red"},
			"elements": [
				{"tag": "div", "text": {"tag": "lark_md", "content": "<at id=ou_0000000000000000000000000000000a></at> <at id=ou_0000000000000000000000000000000b></at> <at id=all></at>"}},
				{"tag": "div", "text": {"tag": "lark_md", "content": "**[P1] FIRING amazon-429-burst**  \nservice.name=amazon-api, shop.id=S12  \nsince 2026-11-25T08:03:00Z  \nvalue 0.21, baseline 0.004, threshold 0.05  \nThrottled by ＜marketplace＞ & retrying  \n[Kibana](https://kibana.example.test/app/discover#/?_g=%28x%29) · [Acknowledge](https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack) · [Runbook](https://runbooks.example.test/429)  \ntrace: 4bf92f3577b34da6"}},
				{"tag": "hr"},
				{"tag": "div", "text": {"tag": "lark_md", "content": "**[P3] RESOLVED order-sync-lag**  \nshop.platform=shopee  \nresolved 2026-11-25T08:15:00Z, lasted 12m  \nlast value 412"}}
			]
		}
	}`)
}

func TestNoMentionForARecovery(t *testing.T) {
	as := notifytest.Alerts()[1:]
	m := Build(as, mentions(t, onCall...).For(as), "", time.Time{})
	if len(m.Card.Elements) != 1 || strings.Contains(m.Card.Elements[0].Text.Content, "<at") {
		t.Errorf("a resolved-only notification mentions: %+v", m.Card.Elements)
	}
}

// TestLogTextCannotMention: an alert's summary and labels come from logs;
// nothing in them may become a mention on the card.
func TestLogTextCannotMention(t *testing.T) {
	as := notifytest.Alerts()[:1]
	as[0].Labels["service.name"] = "checkout"
	as[0].Annotations["summary"] = `@all <@U123> <at user_id="all">所有人</at> <!channel> <at id=all></at>`
	as[0].Labels["shop.id"] = `<at id=ou_0000000000000000000000000000000f></at>`
	for _, ms := range []*alerting.Mentions{nil, mentions(t, onCall...)} {
		m := Build(as, ms.For(as), "", time.Time{})
		var all []string
		for _, e := range m.Card.Elements {
			if e.Text != nil {
				all = append(all, e.Text.Content)
			}
		}
		text := strings.Join(all, "\n") + m.Card.Header.Title.Content
		want := 0
		if ms != nil {
			want = 1 // the configured P1 member only
		}
		if got := strings.Count(text, "<at "); got != want || strings.Contains(text, "<@") || strings.Contains(text, "<!") {
			t.Errorf("%d mentions, want %d:\n%s", got, want, text)
		}
	}
}
