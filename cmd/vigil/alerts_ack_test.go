package main

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/server"
)

type nopAckNotifier struct{}

func (nopAckNotifier) Name() string                                        { return "hook" }
func (nopAckNotifier) Notify(context.Context, []alert.Alert) (bool, error) { return false, nil }

// TestAlertsAck runs `vigil alerts ack` in-process against an API served
// in-process: it acknowledges with the admin token from $VIGIL_TOKEN, the
// alert list shows it, a read token is refused and an unknown fingerprint
// is an error naming it.
// firingDispatcher is a synchronous dispatcher holding a, firing, told at
// a.StartsAt.
func firingDispatcher(t *testing.T, a alert.Alert) *alerting.Dispatcher {
	t.Helper()
	gw := time.Duration(0)
	d, err := alerting.NewDispatcher(alerting.Config{
		Route:     alerting.Route{Receiver: "hook", GroupWait: &gw},
		Receivers: []alerting.ReceiverConfig{{Name: "hook"}},
	}, map[string]alerting.Notifier{"hook": nopAckNotifier{}}, zerolog.Nop(), alerting.SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close(context.Background()) })
	d.Submit(a)
	d.Tick(a.StartsAt)
	return d
}

func TestAlertsAck(t *testing.T) {
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	a := alert.Alert{Status: alert.Firing, Rule: "card-declines", Kind: alert.KindRule, Severity: alert.P1,
		Labels: map[string]string{"service.name": "payments"}, StartsAt: now}
	d := firingDispatcher(t, a)
	fp := alert.Fingerprint(a.Rule, a.Labels)
	srv, err := server.New(server.Config{Listen: "127.0.0.1:0", Tokens: []server.Token{
		{Token: testAdminToken, Scope: server.ScopeAdmin}, {Token: testReadToken, Scope: server.ScopeRead}}},
		server.Deps{Alerts: d}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer hs.Close()

	t.Setenv(tokenEnv, testReadToken)
	code, out, errOut := cli("alerts", "ack", fp, "--url", hs.URL, "--by", "ana")
	if code == 0 || !strings.Contains(errOut, "403") {
		t.Errorf("with the read token: exit %d\n%s%s", code, out, errOut)
	}
	t.Setenv(tokenEnv, testAdminToken)
	code, out, errOut = cli("alerts", "ack", fp, "--url", hs.URL, "--by", "ana", "--comment", "provider incident")
	if code != 0 || !strings.Contains(out, fp+" [P1] card-declines service.name=payments: acknowledged by ana at 2026-11-25T08:00:00Z (provider incident)") {
		t.Fatalf("ack: exit %d\n%s%s", code, out, errOut)
	}
	if ak, ok := d.Acknowledged(fp); !ok || ak.By != "ana" {
		t.Errorf("acknowledgement %+v %v", ak, ok)
	}
	code, out, errOut = cli("alerts", "ack", fp, "--url", hs.URL, "--by", "bo", "-o", "json")
	var ans server.AckAnswer
	if code != 0 || json.Unmarshal([]byte(out), &ans) != nil || ans.AckedBy != "ana" {
		t.Errorf("second ack: exit %d %+v\n%s", code, ans, errOut)
	}
	code, out, errOut = cli("alerts", "list", "--url", hs.URL, "-o", "json")
	if code != 0 || !strings.Contains(out, `"acked_by": "ana"`) {
		t.Errorf("list: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = cli("alerts", "list", "--url", hs.URL)
	if code != 0 || !strings.Contains(out, "active, acked by ana") {
		t.Errorf("list table: exit %d\n%s%s", code, out, errOut)
	}
	code, _, errOut = cli("alerts", "ack", "00000000000000ff", "--url", hs.URL)
	if code == 0 || !strings.Contains(errOut, "404") || !strings.Contains(errOut, "00000000000000ff") {
		t.Errorf("unknown fingerprint: exit %d\n%s", code, errOut)
	}
	if code, _, errOut = cli("alerts", "ack", "a/b", "--url", hs.URL); code != exitUsage {
		t.Errorf("a bad fingerprint: exit %d\n%s", code, errOut)
	}
}
