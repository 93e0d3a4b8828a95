package dingtalk

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/sinks/notify/internal/notifytest"
)

func TestNotifySignedMarkdown(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: `{"errcode":0,"errmsg":"ok"}`})
	now := time.UnixMilli(1764057780123)
	n, err := New(Options{Name: "ding", URL: srv.URL + "/robot/send?access_token=T0KEN", Secret: "SECtest0000000000",
		Now: func() time.Time { return now }})
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
	q := reqs[0].Query
	// The sign was computed independently: base64(HMAC-SHA256(key=secret, "1764057780123\nSECtest0000000000")).
	if q.Get("access_token") != "T0KEN" || q.Get("timestamp") != "1764057780123" || q.Get("sign") != "MgrvP6YXo5iOXRom1KsOodVIqzc6hccSWoL+UAVR3mU=" {
		t.Errorf("query %v", q)
	}
	notifytest.JSONEqual(t, reqs[0].Body, `{
		"msgtype": "markdown",
		"markdown": {
			"title": "[FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)",
			"text": "### [FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)\n\n**[P1] FIRING amazon-429-burst**  \nservice.name=amazon-api, shop.id=S12  \nsince 2026-11-25T08:03:00Z  \nvalue 0.21, baseline 0.004, threshold 0.05  \nThrottled by ＜marketplace＞ & retrying  \n[Kibana](https://kibana.example.test/app/discover#/?_g=%28x%29) · [Runbook](https://runbooks.example.test/429)  \ntrace: 4bf92f3577b34da6\n\n**[P3] RESOLVED order-sync-lag**  \nshop.platform=shopee  \nresolved 2026-11-25T08:15:00Z, lasted 12m  \nlast value 412"
		}
	}`)
}

func TestUnsignedURLIsUnchanged(t *testing.T) {
	n, _ := New(Options{URL: "https://oapi.example.test/robot/send?access_token=x"})
	if got := n.SignedURL(time.Now()); got != "https://oapi.example.test/robot/send?access_token=x" {
		t.Errorf("SignedURL = %s", got)
	}
}

func TestErrcodes(t *testing.T) {
	for _, tc := range []struct {
		status int
		body   string
		retry  bool
		ok     bool
	}{
		{200, `{"errcode":0,"errmsg":"ok"}`, false, true},
		{200, `{"errcode":310000,"errmsg":"sign not match"}`, false, false},
		{200, `{"errcode":130101,"errmsg":"send too fast"}`, true, false},
		{200, `{"errcode":-1,"errmsg":"system busy"}`, true, false},
		{200, `not json`, true, false},
		{502, ``, true, false},
	} {
		srv := notifytest.New(t, notifytest.Reply{Status: tc.status, Body: tc.body})
		n, _ := New(Options{URL: srv.URL})
		retry, err := n.Notify(context.Background(), notifytest.Alerts())
		if (err == nil) != tc.ok || retry != tc.retry {
			t.Errorf("%d %s: retry=%v err=%v", tc.status, tc.body, retry, err)
		}
	}
}

// mentions compiles entries the way notify.Build does.
func mentions(t *testing.T, ms ...alerting.Mention) *alerting.Mentions {
	t.Helper()
	c, err := alerting.CompileMentions(ms)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The phone numbers and ids are obviously fake.
var onCall = []alerting.Mention{
	{Severities: []string{"P0", "P1"}, Mobiles: []string{"+15550100001"}, UserIDs: []string{"manager4512"}},
	{Matchers: []string{"shop.platform=shopee"}, All: true}, // matches only the resolved alert
	{Severities: []string{"P3"}, UserIDs: []string{"night-owl"}},
}

func TestMentionsGolden(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: `{"errcode":0,"errmsg":"ok"}`})
	n, err := New(Options{Name: "ding", URL: srv.URL + "/robot/send?access_token=T0KEN", Mentions: mentions(t, onCall...)})
	if err != nil {
		t.Fatal(err)
	}
	as := notifytest.Alerts()
	as[0].AckURL = "https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack"
	as[0], as[1] = as[1], as[0] // the resolved alert first: the text still lists the firing one first
	notifytest.JSONEqual(t, srv.Send(t, n, as).Body, `{
		"msgtype": "markdown",
		"markdown": {
			"title": "[FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)",
			"text": "### [FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)\n\n@+15550100001 @manager4512\n\n**[P1] FIRING amazon-429-burst**  \nservice.name=amazon-api, shop.id=S12  \nsince 2026-11-25T08:03:00Z  \nvalue 0.21, baseline 0.004, threshold 0.05  \nThrottled by ＜marketplace＞ & retrying  \n[Kibana](https://kibana.example.test/app/discover#/?_g=%28x%29) · [Acknowledge](https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack) · [Runbook](https://runbooks.example.test/429)  \ntrace: 4bf92f3577b34da6\n\n**[P3] RESOLVED order-sync-lag**  \nshop.platform=shopee  \nresolved 2026-11-25T08:15:00Z, lasted 12m  \nlast value 412"
		},
		"at": {"atMobiles": ["+15550100001"], "atUserIds": ["manager4512"], "isAtAll": false}
	}`)
}

func TestNoMentionForARecovery(t *testing.T) {
	m := Build(notifytest.Alerts()[1:], mentions(t, onCall...).For(notifytest.Alerts()[1:]))
	body, _ := json.Marshal(m)
	if m.At != nil || strings.Contains(string(body), `"at"`) || strings.Contains(m.Markdown.Text, "@") {
		t.Errorf("a resolved-only notification mentions:\n%s", body)
	}
}

func TestMentionAll(t *testing.T) {
	as := notifytest.Alerts()[1:]
	as[0].Status, as[0].EndsAt = alert.Firing, nil
	m := Build(as, mentions(t, onCall[1]).For(as))
	body, _ := json.Marshal(m.At)
	if string(body) != `{"isAtAll":true}` || strings.Contains(m.Markdown.Text, "@") {
		t.Errorf("at %s, text:\n%s", body, m.Markdown.Text)
	}
}

// TestLogTextCannotMention: an alert's summary and labels come from logs;
// nothing in them may become a mention in the body DingTalk receives.
func TestLogTextCannotMention(t *testing.T) {
	as := notifytest.Alerts()[:1]
	as[0].Annotations["summary"] = `@all <@U123> <at user_id="all">x</at> <!channel> @15550100009`
	as[0].Labels["shop.id"] = `<at id=all></at>`
	for _, ms := range []*alerting.Mentions{nil, mentions(t, onCall...)} {
		m := Build(as, ms.For(as))
		for _, forged := range []string{"<@U123>", "<at ", "<!channel>"} {
			if strings.Contains(m.Markdown.Text, forged) {
				t.Errorf("%q survives in the text:\n%s", forged, m.Markdown.Text)
			}
		}
		if ms == nil && m.At != nil {
			t.Errorf("at %+v without configured mentions", m.At)
		}
		if m.At != nil && (m.At.IsAtAll || len(m.At.AtMobiles) != 1 || m.At.AtMobiles[0] != "+15550100001") {
			t.Errorf("at %+v: only the configured mentions may be sent", m.At)
		}
	}
}

func TestErrorsMaskPhoneNumbers(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: `{"errcode":400101,"errmsg":"invalid mobile 15550100001"}`})
	n, _ := New(Options{URL: srv.URL, Mentions: mentions(t, onCall...)})
	_, err := n.Notify(context.Background(), notifytest.Alerts())
	if err == nil || strings.Contains(err.Error(), "0100001") || !strings.Contains(err.Error(), "***0001") {
		t.Errorf("error: %v", err)
	}
}
