package alertmanager

import (
	"context"
	"testing"
	"time"

	"github.com/vigilops/vigil/sinks/notify/internal/notifytest"
)

func TestNotifyPostsV2Alerts(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 200})
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	n, err := New(Options{Name: "am", URL: srv.URL + "/am/", Headers: map[string]string{"Authorization": "Basic x"},
		EndsAfter: time.Hour, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	if retry, err := n.Notify(context.Background(), notifytest.Alerts()); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].Path != "/am/api/v2/alerts" || reqs[0].Header.Get("Authorization") != "Basic x" {
		t.Fatalf("requests: %+v", reqs)
	}
	notifytest.JSONEqual(t, reqs[0].Body, `[
		{
			"labels": {"alertname": "amazon-429-burst", "severity": "P1", "kind": "rule", "service_name": "amazon-api", "shop_id": "S12"},
			"annotations": {"summary": "Throttled by <marketplace> & retrying", "runbook_url": "https://runbooks.example.test/429",
				"value": "0.21", "baseline": "0.004", "threshold": "0.05", "trace_ids": "4bf92f3577b34da6", "vigil_fingerprint": "9f2c1a0b3c4d5e6f"},
			"startsAt": "2026-11-25T08:03:00Z",
			"endsAt": "2026-11-25T10:00:00Z",
			"generatorURL": "https://kibana.example.test/app/discover#/?_g=(x)"
		},
		{
			"labels": {"alertname": "order-sync-lag", "severity": "P3", "kind": "detector", "shop_platform": "shopee"},
			"annotations": {"value": "412", "vigil_fingerprint": "77aa00bb11cc22dd"},
			"startsAt": "2026-11-25T08:03:00Z",
			"endsAt": "2026-11-25T08:15:00Z"
		}
	]`)
}

func TestLabelName(t *testing.T) {
	for in, want := range map[string]string{
		"service.name": "service_name", "http.response.status_code": "http_response_status_code",
		"ok_name": "ok_name", "9lives": "_lives", "a-b": "a_b", "": "_", "日本": "______",
	} {
		if got := LabelName(in); got != want {
			t.Errorf("LabelName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRetryVerdicts(t *testing.T) {
	for _, tc := range []struct {
		status int
		retry  bool
	}{{400, false}, {401, false}, {429, true}, {500, true}} {
		srv := notifytest.New(t, notifytest.Reply{Status: tc.status})
		n, _ := New(Options{URL: srv.URL})
		if retry, err := n.Notify(context.Background(), notifytest.Alerts()); err == nil || retry != tc.retry {
			t.Errorf("HTTP %d: retry=%v err=%v", tc.status, retry, err)
		}
	}
}
