package webhook

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
)

var start = time.Date(2026, 11, 25, 8, 3, 0, 0, time.UTC)

func sample(rule string, st alert.Status) alert.Alert {
	labels := map[string]string{"service.name": "amazon-api", "shop.id": "S12"}
	a := alert.Alert{
		Fingerprint: alert.Fingerprint(rule, labels), Status: st, Rule: rule, Kind: alert.KindRule,
		Severity: alert.P1, Labels: labels,
		Annotations: map[string]string{"summary": "429s <from> amazon & co"},
		StartsAt:    start, Value: 0.21, Baseline: alert.Float(0.004), Threshold: alert.Float(0.05),
		TraceIDs: []string{"4bf92f3577b34da6a3ce929d0e0e4736"}, Samples: []string{"<redacted>"},
	}
	if st == alert.Resolved {
		end := start.Add(12 * time.Minute)
		a.EndsAt = &end
	}
	return a
}

// server is a 127.0.0.1 test server answering with the statuses in order
// (the last one repeats) and keeping the bodies and headers it got.
type server struct {
	*httptest.Server
	mu       sync.Mutex
	statuses []int
	bodies   []string
	headers  []http.Header
}

func newServer(t *testing.T, statuses ...int) *server {
	s := &server{statuses: statuses}
	ts := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.bodies = append(s.bodies, string(b))
		s.headers = append(s.headers, r.Header.Clone())
		st := s.statuses[min(len(s.bodies), len(s.statuses))-1]
		s.mu.Unlock()
		w.WriteHeader(st)
	}))
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts.Listener = l
	ts.Start()
	t.Cleanup(ts.Close)
	s.Server = ts
	return s
}

func TestNotifyBodyIsTheAlertJSON(t *testing.T) {
	srv := newServer(t, 200)
	n, err := New(Options{Name: "hook", URL: srv.URL + "/alerts?token=secret", Headers: map[string]string{"Authorization": "Bearer x"}})
	if err != nil {
		t.Fatal(err)
	}
	in := []alert.Alert{sample("amazon-429-burst", alert.Firing), sample("shopee-sync-lag", alert.Resolved)}
	retry, err := n.Notify(context.Background(), in)
	if err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	if len(srv.bodies) != 2 {
		t.Fatalf("%d requests, want one per alert", len(srv.bodies))
	}
	for i, body := range srv.bodies {
		var got alert.Alert
		dec := json.NewDecoder(strings.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&got); err != nil {
			t.Fatalf("body %d: %v", i, err)
		}
		if got.Fingerprint != in[i].Fingerprint || got.Status != in[i].Status || *got.Baseline != 0.004 {
			t.Errorf("body %d decoded to %+v", i, got)
		}
		if h := srv.headers[i]; h.Get("Authorization") != "Bearer x" || h.Get("Content-Type") != "application/json" {
			t.Errorf("headers %v", h)
		}
	}
	// The contract's field names and null handling, checked on the raw body.
	var raw map[string]any
	if err := json.Unmarshal([]byte(srv.bodies[0]), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"fingerprint", "status", "rule", "kind", "severity", "labels", "annotations", "starts_at", "ends_at", "value", "baseline", "threshold", "trace_ids", "samples"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("field %q missing from %s", k, srv.bodies[0])
		}
	}
	if raw["ends_at"] != nil || raw["starts_at"] != "2026-11-25T08:03:00Z" {
		t.Errorf("times: starts_at=%v ends_at=%v", raw["starts_at"], raw["ends_at"])
	}
	if !strings.Contains(srv.bodies[0], `"<redacted>"`) || !strings.Contains(srv.bodies[0], "<from> amazon & co") {
		t.Errorf("HTML escaping in body: %s", srv.bodies[0])
	}
}

func TestNotifyBatch(t *testing.T) {
	srv := newServer(t, 202)
	n, err := New(Options{Name: "hook", URL: srv.URL, Batch: true})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   []alert.Alert
		want alert.Status
	}{
		{[]alert.Alert{sample("a", alert.Resolved), sample("b", alert.Firing)}, alert.Firing},
		{[]alert.Alert{sample("a", alert.Resolved)}, alert.Resolved},
	}
	for i, tc := range tests {
		if _, err := n.Notify(context.Background(), tc.in); err != nil {
			t.Fatal(err)
		}
		var b Batch
		if err := json.Unmarshal([]byte(srv.bodies[i]), &b); err != nil {
			t.Fatal(err)
		}
		if b.Receiver != "hook" || b.Status != tc.want || len(b.Alerts) != len(tc.in) {
			t.Errorf("batch %d = %+v, want status %s with %d alerts", i, b, tc.want, len(tc.in))
		}
	}
}

func TestRetryVerdicts(t *testing.T) {
	tests := []struct {
		status    int
		wantRetry bool
	}{
		{500, true}, {502, true}, {503, true}, {429, true}, {408, true},
		{400, false}, {401, false}, {403, false}, {404, false}, {413, false},
	}
	for _, tc := range tests {
		srv := newServer(t, tc.status)
		n, _ := New(Options{URL: srv.URL + "/hook/secret-token"})
		retry, err := n.Notify(context.Background(), []alert.Alert{sample("a", alert.Firing)})
		if err == nil || retry != tc.wantRetry {
			t.Errorf("HTTP %d: retry=%v err=%v, want retry=%v and an error", tc.status, retry, err, tc.wantRetry)
		}
		if err != nil && strings.Contains(err.Error(), "secret-token") {
			t.Errorf("error leaks the URL: %v", err)
		}
	}
}

func TestConnectionErrorsAndTimeoutsRetry(t *testing.T) {
	// A port nobody listens on.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + l.Addr().String() + "/x?token=secret-token"
	l.Close()

	hang := make(chan struct{})
	slow := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	}))
	sl, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	slow.Listener = sl
	slow.Start()
	defer slow.Close()
	defer close(hang)

	for _, o := range []Options{
		{URL: dead},
		{URL: slow.URL + "/x?token=secret-token", Timeout: 50 * time.Millisecond},
	} {
		n, _ := New(o)
		retry, err := n.Notify(context.Background(), []alert.Alert{sample("a", alert.Firing)})
		if err == nil || !retry {
			t.Errorf("%s: retry=%v err=%v, want a retryable error", o.URL, retry, err)
		}
		if err != nil && strings.Contains(err.Error(), "secret-token") {
			t.Errorf("error leaks the URL: %v", err)
		}
	}
}

func TestNewRejectsBadURLs(t *testing.T) {
	for _, u := range []string{"", "ftp://x", "/relative", "http://"} {
		if _, err := New(Options{URL: u}); err == nil {
			t.Errorf("New(%q) accepted", u)
		}
	}
}

// TestDispatcherRetriesFlakyWebhook runs the real retry stage against a
// receiver that fails twice with 503, then accepts.
func TestDispatcherRetriesFlakyWebhook(t *testing.T) {
	tests := []struct {
		name       string
		statuses   []int
		wantCalls  int
		wantFinal  int64
		wantFailed int64
	}{
		{"503, 503, then 200", []int{503, 503, 200}, 3, 0, 2},
		{"always 500: final failure after the attempts", []int{500}, 4, 1, 4},
		{"400: given up at once", []int{400}, 1, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t, tc.statuses...)
			n, err := New(Options{Name: "hook", URL: srv.URL})
			if err != nil {
				t.Fatal(err)
			}
			five := 5 * time.Minute
			zero := time.Duration(0)
			cfg := alerting.Config{
				Route:     alerting.Route{Receiver: "hook", GroupWait: &zero, GroupInterval: &five},
				Receivers: []alerting.ReceiverConfig{{Name: "hook", Webhook: &alerting.WebhookConfig{URL: srv.URL}}},
				Retry:     alerting.RetryConfig{Initial: time.Millisecond, Max: 4 * time.Millisecond, Attempts: 4},
			}
			var slept atomic.Int64
			d, err := alerting.NewDispatcher(cfg, map[string]alerting.Notifier{"hook": n}, zerolog.Nop(),
				alerting.WithSleep(func(ctx context.Context, d time.Duration) error {
					slept.Add(int64(d))
					return nil
				}))
			if err != nil {
				t.Fatal(err)
			}
			d.Submit(sample("amazon-429-burst", alert.Firing))
			d.Tick(start)
			if err := d.Close(context.Background()); err != nil {
				t.Fatal(err)
			}
			s := d.Stats()
			if len(srv.bodies) != tc.wantCalls {
				t.Errorf("%d requests, want %d", len(srv.bodies), tc.wantCalls)
			}
			if s.FinalFailures != tc.wantFinal || s.FailedAttempts != tc.wantFailed {
				t.Errorf("final=%d failed=%d, want %d and %d", s.FinalFailures, s.FailedAttempts, tc.wantFinal, tc.wantFailed)
			}
			if tc.wantFinal == 0 && s.Notifications != 1 {
				t.Errorf("Notifications = %d, want 1", s.Notifications)
			}
			if tc.wantCalls > 1 && slept.Load() == 0 {
				t.Error("no backoff between attempts")
			}
		})
	}
}

func TestSignedRequests(t *testing.T) {
	srv := newServer(t, 200)
	n, err := New(Options{URL: srv.URL, Secret: "s3cret", Headers: map[string]string{"X-Team": "ops"},
		Now: func() time.Time { return time.Unix(1764057780, 0) }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.Notify(context.Background(), []alert.Alert{sample("a", alert.Firing)}); err != nil {
		t.Fatal(err)
	}
	h := srv.headers[0]
	if h.Get(TimestampHeader) != "1764057780" || h.Get("X-Team") != "ops" {
		t.Errorf("headers %v", h)
	}
	// Recomputed independently of Sign.
	mac := hmac.New(sha256.New, []byte("s3cret"))
	mac.Write([]byte("1764057780." + srv.bodies[0]))
	if want := "sha256=" + hex.EncodeToString(mac.Sum(nil)); h.Get(SignatureHeader) != want {
		t.Errorf("signature %s, want %s", h.Get(SignatureHeader), want)
	}
	if n.o.Headers[SignatureHeader] != "" {
		t.Error("signing wrote into the configured headers")
	}
}
