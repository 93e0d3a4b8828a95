package wecom

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/sinks/notify/internal/notifytest"
)

func TestNotifyMarkdown(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: `{"errcode":0,"errmsg":"ok"}`})
	n, err := New(Options{Name: "wx", URL: srv.URL + "/cgi-bin/webhook/send?key=K"})
	if err != nil {
		t.Fatal(err)
	}
	if retry, err := n.Notify(context.Background(), notifytest.Alerts()); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].Query.Get("key") != "K" {
		t.Fatalf("requests %+v", reqs)
	}
	notifytest.JSONEqual(t, reqs[0].Body, `{
		"msgtype": "markdown",
		"markdown": {
			"content": "<font color=\"warning\">[FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)</font>\n**[P1] FIRING amazon-429-burst**  \nservice.name=amazon-api, shop.id=S12  \nsince 2026-11-25T08:03:00Z  \nvalue 0.21, baseline 0.004, threshold 0.05  \nThrottled by ＜marketplace＞ & retrying  \n[Kibana](https://kibana.example.test/app/discover#/?_g=%28x%29) · [Runbook](https://runbooks.example.test/429)  \ntrace: 4bf92f3577b34da6\n\n**[P3] RESOLVED order-sync-lag**  \nshop.platform=shopee  \nresolved 2026-11-25T08:15:00Z, lasted 12m  \nlast value 412"
		}
	}`)
}

func TestContentIsTruncated(t *testing.T) {
	as := make([]alert.Alert, 100)
	for i := range as {
		as[i] = notifytest.Alerts()[0]
		as[i].Annotations = map[string]string{"summary": strings.Repeat("限流", 30)}
	}
	c := Build(as, alerting.Mentioned{})[0].Markdown.Content
	if len(c) > MaxContent || !utf8.ValidString(c) || !strings.HasSuffix(c, "…") {
		t.Errorf("content of %d bytes, valid UTF-8 %v", len(c), utf8.ValidString(c))
	}
}

func TestErrcodes(t *testing.T) {
	for _, tc := range []struct {
		body  string
		retry bool
		ok    bool
	}{
		{`{"errcode":0,"errmsg":"ok"}`, false, true},
		{`{"errcode":93000,"errmsg":"invalid webhook url"}`, false, false},
		{`{"errcode":45009,"errmsg":"api freq out of limit"}`, true, false},
	} {
		srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: tc.body})
		n, _ := New(Options{URL: srv.URL})
		retry, err := n.Notify(context.Background(), notifytest.Alerts())
		if (err == nil) != tc.ok || retry != tc.retry {
			t.Errorf("%s: retry=%v err=%v", tc.body, retry, err)
		}
	}
}

// The phone numbers and ids are obviously fake.
var onCall = []alerting.Mention{
	{Severities: []string{"P0", "P1"}, UserIDs: []string{"zhangsan", "lisi"}},
	{Matchers: []string{"service.name=~amazon.*"}, Mobiles: []string{"15550100001"}},
	{Severities: []string{"P3"}, All: true}, // matches only the resolved alert
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
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: `{"errcode":0,"errmsg":"ok"}`})
	n, err := New(Options{Name: "wx", URL: srv.URL + "/cgi-bin/webhook/send?key=K", Mentions: mentions(t, onCall...)})
	if err != nil {
		t.Fatal(err)
	}
	as := notifytest.Alerts()
	as[0].AckURL = "https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack"
	if retry, err := n.Notify(context.Background(), as); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	reqs := srv.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests, want the markdown and the mention message", len(reqs))
	}
	notifytest.JSONEqual(t, reqs[0].Body, `{
		"msgtype": "markdown",
		"markdown": {
			"content": "<font color=\"warning\">[FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)</font>\n<@zhangsan> <@lisi>\n**[P1] FIRING amazon-429-burst**  \nservice.name=amazon-api, shop.id=S12  \nsince 2026-11-25T08:03:00Z  \nvalue 0.21, baseline 0.004, threshold 0.05  \nThrottled by ＜marketplace＞ & retrying  \n[Kibana](https://kibana.example.test/app/discover#/?_g=%28x%29) · [Acknowledge](https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack) · [Runbook](https://runbooks.example.test/429)  \ntrace: 4bf92f3577b34da6\n\n**[P3] RESOLVED order-sync-lag**  \nshop.platform=shopee  \nresolved 2026-11-25T08:15:00Z, lasted 12m  \nlast value 412"
		}
	}`)
	notifytest.JSONEqual(t, reqs[1].Body, `{
		"msgtype": "text",
		"text": {
			"content": "[FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)",
			"mentioned_mobile_list": ["15550100001"]
		}
	}`)
}

func TestMentionAllIsATextMessage(t *testing.T) {
	as := notifytest.Alerts()[1:]
	as[0].Status, as[0].EndsAt = alert.Firing, nil
	ms := Build(as, mentions(t, onCall...).For(as))
	if len(ms) != 2 || ms[1].MsgType != "text" || len(ms[1].Text.MentionedList) != 1 || ms[1].Text.MentionedList[0] != "@all" ||
		ms[1].Text.MentionedMobileList != nil || strings.Contains(ms[0].Markdown.Content, "<@") {
		t.Errorf("messages %+v", ms)
	}
}

func TestOnlyUserIDsNeedNoTextMessage(t *testing.T) {
	as := notifytest.Alerts()[:1]
	as[0].Labels["service.name"] = "checkout"
	ms := Build(as, mentions(t, onCall...).For(as))
	if len(ms) != 1 || !strings.Contains(ms[0].Markdown.Content, "\n<@zhangsan> <@lisi>\n") {
		t.Errorf("messages %+v", ms)
	}
}

func TestNoMentionForARecovery(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: `{"errcode":0,"errmsg":"ok"}`})
	n, _ := New(Options{URL: srv.URL, Mentions: mentions(t, onCall...)})
	if _, err := n.Notify(context.Background(), notifytest.Alerts()[1:]); err != nil {
		t.Fatal(err)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || strings.Contains(string(reqs[0].Body), "<@") || strings.Contains(string(reqs[0].Body), "mentioned") {
		t.Errorf("a resolved-only notification mentions: %d requests, %s", len(reqs), reqs[0].Body)
	}
}

// TestLogTextCannotMention: an alert's summary and labels come from logs;
// nothing in them may become a mention in what WeCom receives.
func TestLogTextCannotMention(t *testing.T) {
	as := notifytest.Alerts()[:1]
	as[0].Labels["service.name"] = "checkout"
	as[0].Annotations["summary"] = `@all <@U123> <at user_id="all">x</at> <!channel> <@zhangsan>`
	as[0].Labels["shop.id"] = `<@all>`
	for _, ms := range []*alerting.Mentions{nil, mentions(t, onCall...)} {
		msgs := Build(as, ms.For(as))
		if len(msgs) != 1 {
			t.Fatalf("%d messages: text from logs asked for a mention message", len(msgs))
		}
		c := msgs[0].Markdown.Content
		for _, forged := range []string{"<@U123>", "<@all>", "<at ", "<!channel>"} {
			if strings.Contains(c, forged) {
				t.Errorf("%q survives in the markdown:\n%s", forged, c)
			}
		}
		want := 0
		if ms != nil {
			want = 1 // the configured <@zhangsan>, not the one in the summary
		}
		if got := strings.Count(c, "<@zhangsan>"); got != want {
			t.Errorf("<@zhangsan> %d times, want %d:\n%s", got, want, c)
		}
	}
}

func TestMentionMessageFailure(t *testing.T) {
	srv := notifytest.New(t,
		notifytest.Reply{Status: 200, Body: `{"errcode":0,"errmsg":"ok"}`},
		notifytest.Reply{Status: 200, Body: `{"errcode":45009,"errmsg":"api freq out of limit, mobile 15550100001"}`})
	n, _ := New(Options{URL: srv.URL, Mentions: mentions(t, onCall...)})
	retry, err := n.Notify(context.Background(), notifytest.Alerts())
	if err == nil || !retry || !strings.Contains(err.Error(), "mention message") ||
		strings.Contains(err.Error(), "0100001") || !strings.Contains(err.Error(), "***0001") {
		t.Errorf("retry=%v err=%v", retry, err)
	}
}
