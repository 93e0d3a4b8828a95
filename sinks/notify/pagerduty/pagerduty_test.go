package pagerduty

import (
	"context"
	"strings"
	"testing"

	"github.com/vigilops/vigil/sinks/notify/internal/notifytest"
)

func TestNotifyTriggerAndResolve(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 202, Body: `{"status":"success","message":"Event processed"}`})
	n, err := New(Options{Name: "pd", RoutingKey: "R0UT1NGKEY", URL: srv.URL + "/v2/enqueue"})
	if err != nil {
		t.Fatal(err)
	}
	if retry, err := n.Notify(context.Background(), notifytest.Alerts()); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	reqs := srv.Requests()
	if len(reqs) != 2 || reqs[0].Path != "/v2/enqueue" {
		t.Fatalf("requests: %+v", reqs)
	}
	notifytest.JSONEqual(t, reqs[0].Body, `{
		"routing_key": "R0UT1NGKEY",
		"event_action": "trigger",
		"dedup_key": "9f2c1a0b3c4d5e6f",
		"payload": {
			"summary": "[P1] amazon-429-burst: Throttled by <marketplace> & retrying",
			"source": "amazon-api",
			"severity": "error",
			"timestamp": "2026-11-25T08:03:00Z",
			"component": "amazon-api",
			"class": "amazon-429-burst",
			"custom_details": {
				"labels": {"service.name": "amazon-api", "shop.id": "S12"},
				"value": 0.21, "baseline": 0.004, "threshold": 0.05,
				"kind": "rule", "fingerprint": "9f2c1a0b3c4d5e6f",
				"annotations": {"summary": "Throttled by <marketplace> & retrying", "runbook_url": "https://runbooks.example.test/429"},
				"trace_ids": ["4bf92f3577b34da6"]
			}
		},
		"client": "vigil",
		"client_url": "https://kibana.example.test/app/discover#/?_g=(x)",
		"links": [
			{"href": "https://kibana.example.test/app/discover#/?_g=(x)", "text": "Logs in Kibana"},
			{"href": "https://runbooks.example.test/429", "text": "Runbook"}
		]
	}`)
	notifytest.JSONEqual(t, reqs[1].Body, `{"routing_key":"R0UT1NGKEY","event_action":"resolve","dedup_key":"77aa00bb11cc22dd"}`)
}

func TestRetryVerdicts(t *testing.T) {
	for _, tc := range []struct {
		status int
		retry  bool
	}{{400, false}, {429, true}, {500, true}, {503, true}} {
		srv := notifytest.New(t, notifytest.Reply{Status: tc.status, Body: `{"status":"invalid event"}`})
		n, _ := New(Options{RoutingKey: "k", URL: srv.URL})
		retry, err := n.Notify(context.Background(), notifytest.Alerts())
		if err == nil || retry != tc.retry {
			t.Errorf("HTTP %d: retry=%v err=%v", tc.status, retry, err)
		}
		if err != nil && strings.Contains(err.Error(), srv.URL) {
			t.Errorf("error names the URL: %v", err)
		}
	}
}

func TestNewDefaults(t *testing.T) {
	n, err := New(Options{RoutingKey: "k"})
	if err != nil || n.o.URL != DefaultURL {
		t.Errorf("New = %+v, %v", n, err)
	}
	if _, err := New(Options{}); err == nil {
		t.Error("no routing key accepted")
	}
}
