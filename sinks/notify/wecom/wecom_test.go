package wecom

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vigilops/vigil/alert"
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
			"content": "<font color=\"warning\">[FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)</font>\n**[P1] FIRING amazon-429-burst**  \nservice.name=amazon-api, shop.id=S12  \nsince 2026-11-25T08:03:00Z  \nvalue 0.21, baseline 0.004, threshold 0.05  \nThrottled by ＜marketplace＞ & retrying  \n[Kibana](https://kibana.example.test/app/discover#/?_g=%28x%29) · [Runbook](https://runbooks.example.test/429)  \ntrace: 4bf92f3577b34da6\n\n**[P3] RESOLVED order-sync-lag**  \nshop.platform=shopee  \nsince 2026-11-25T08:03:00Z, ended 2026-11-25T08:15:00Z  \nvalue 412"
		}
	}`)
}

func TestContentIsTruncated(t *testing.T) {
	as := make([]alert.Alert, 100)
	for i := range as {
		as[i] = notifytest.Alerts()[0]
		as[i].Annotations = map[string]string{"summary": strings.Repeat("限流", 30)}
	}
	c := Build(as).Markdown.Content
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
