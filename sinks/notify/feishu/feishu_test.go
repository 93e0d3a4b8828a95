package feishu

import (
	"context"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
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
				{"tag": "div", "text": {"tag": "lark_md", "content": "**[P3] RESOLVED order-sync-lag**  \nshop.platform=shopee  \nsince 2026-11-25T08:03:00Z, ended 2026-11-25T08:15:00Z  \nvalue 412"}}
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
		if got := Build(tc.in, "", time.Time{}).Card.Header.Template; got != tc.want {
			t.Errorf("template %s, want %s", got, tc.want)
		}
	}
	if m := Build(as, "", time.Time{}); m.Sign != "" || m.Timestamp != "" {
		t.Error("unsigned message carries a signature")
	}
}

func TestCodes(t *testing.T) {
	for _, tc := range []struct {
		body  string
		retry bool
		ok    bool
	}{
		{`{"code":0,"msg":"success"}`, false, true},
		{`{"StatusCode":0,"StatusMessage":"success"}`, false, true},
		{`{"code":19021,"msg":"sign match fail"}`, false, false},
		{`{"code":11232,"msg":"frequency limited"}`, true, false},
	} {
		srv := notifytest.New(t, notifytest.Reply{Status: 200, Body: tc.body})
		n, _ := New(Options{URL: srv.URL})
		retry, err := n.Notify(context.Background(), notifytest.Alerts())
		if (err == nil) != tc.ok || retry != tc.retry {
			t.Errorf("%s: retry=%v err=%v", tc.body, retry, err)
		}
	}
}
