package dingtalk

import (
	"context"
	"testing"
	"time"

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
			"text": "### [FIRING:1][RESOLVED:1] amazon-429-burst +1 (P1)\n\n**[P1] FIRING amazon-429-burst**  \nservice.name=amazon-api, shop.id=S12  \nsince 2026-11-25T08:03:00Z  \nvalue 0.21, baseline 0.004, threshold 0.05  \nThrottled by ＜marketplace＞ & retrying  \n[Kibana](https://kibana.example.test/app/discover#/?_g=%28x%29) · [Runbook](https://runbooks.example.test/429)  \ntrace: 4bf92f3577b34da6\n\n**[P3] RESOLVED order-sync-lag**  \nshop.platform=shopee  \nsince 2026-11-25T08:03:00Z, ended 2026-11-25T08:15:00Z  \nvalue 412"
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
