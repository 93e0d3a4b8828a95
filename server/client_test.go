package server

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rs/zerolog"
)

func TestClient(t *testing.T) {
	f := newFixture(t, false)
	ts := httptest.NewServer(f.h)
	defer ts.Close()
	ctx := context.Background()
	c := &Client{URL: ts.URL + "/", Token: adminToken}

	list, err := c.Alerts(ctx, []string{`service.name="order-sync"`}, "active")
	if err != nil || len(list.Alerts) != 1 || list.Alerts[0].Labels["service.name"] != "order-sync" {
		t.Fatalf("Alerts: %+v, %v", list, err)
	}
	s, err := c.AddSilence(ctx, PostSilence{Matchers: []string{"service.name=order-sync"}, Duration: "30m", Comment: "deploy", CreatedBy: "ana"})
	if err != nil || s.ID == "" || s.State != "active" {
		t.Fatalf("AddSilence: %+v, %v", s, err)
	}
	sl, err := c.Silences(ctx, "active")
	if err != nil || len(sl.Silences) != 2 {
		t.Fatalf("Silences: %+v, %v", sl, err)
	}
	if s, err = c.ExpireSilence(ctx, s.ID); err != nil || s.State != "expired" {
		t.Errorf("ExpireSilence: %+v, %v", s, err)
	}
	_, err = c.ExpireSilence(ctx, "no/such")
	var ae *APIError
	if !errors.As(err, &ae) || ae.Status != http.StatusNotFound || ae.Message != `no silence "no/such"` {
		t.Errorf("expiring an unknown silence: %v", err)
	}
	if _, err := (&Client{URL: ts.URL}).Alerts(ctx, nil, ""); !errors.As(err, &ae) || ae.Status != http.StatusUnauthorized ||
		!strings.Contains(err.Error(), "401 Unauthorized: missing bearer token") {
		t.Errorf("without a token: %v", err)
	}
	if _, err := (&Client{URL: ts.URL, Token: readToken}).AddSilence(ctx, PostSilence{Matchers: []string{"a=b"}, Duration: "1h", Comment: "c"}); !errors.As(err, &ae) || ae.Status != http.StatusForbidden {
		t.Errorf("adding with the read token: %v", err)
	}
	if _, err := (&Client{URL: "127.0.0.1:9464"}).Alerts(ctx, nil, ""); err == nil || !strings.Contains(err.Error(), "--url: want the API's base URL") {
		t.Errorf("a URL without scheme: %v", err)
	}

	r, err := c.Ready(ctx)
	if err != nil || r.Status != "ready" {
		t.Errorf("Ready: %+v, %v", r, err)
	}
	unready, err := New(Config{}, Deps{Ready: []Probe{LagProbe(func() (int64, bool) { return 500, true }, 100)}}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	ts2 := httptest.NewServer(unready.Handler())
	defer ts2.Close()
	r, err = (&Client{URL: ts2.URL}).Ready(ctx)
	if err != nil || r.Status != "not ready" || len(r.Checks) != 1 || r.Checks[0].Detail != "500 records behind, more than server.max_lag (100)" {
		t.Errorf("an unready server: %+v, %v", r, err)
	}
}

func TestProbes(t *testing.T) {
	ctx := context.Background()
	if ok, d := LagProbe(func() (int64, bool) { return 0, false }, 10).Check(ctx); ok || d != "no partition assigned yet" {
		t.Errorf("lag unknown: %v %q", ok, d)
	}
	if ok, _ := LagProbe(func() (int64, bool) { return 10, true }, 10).Check(ctx); !ok {
		t.Error("lag at the bound is not ready")
	}
	calls := 0
	ping := PingProbe("es", 1<<62, func(context.Context) error { calls++; return errors.New("connection refused") })
	for range 3 {
		if ok, d := ping.Check(ctx); ok || d != "connection refused" {
			t.Errorf("ping: %v %q", ok, d)
		}
	}
	if calls != 1 {
		t.Errorf("pinged %d times within the interval, want once", calls)
	}
	if ok, d := FuncProbe("f", func(context.Context) error { return nil }).Check(ctx); !ok || d != "" {
		t.Errorf("FuncProbe: %v %q", ok, d)
	}
}
