// Package notifytest is a loopback HTTP server for notifier tests: it
// records each request and answers with scripted responses.
package notifytest

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
)

// Request is one recorded request.
type Request struct {
	Method string
	Path   string
	Query  url.Values
	Header http.Header
	Body   []byte
}

// Reply is one scripted answer.
type Reply struct {
	Status int
	Body   string
}

// Server listens on 127.0.0.1.
type Server struct {
	URL     string
	mu      sync.Mutex
	replies []Reply
	reqs    []Request
}

// New starts a server answering with replies in order (the last one
// repeats; 200 with an empty body when none); it stops with the test.
func New(t testing.TB, replies ...Reply) *Server {
	t.Helper()
	s := &Server{replies: replies}
	ts := httptest.NewUnstartedServer(http.HandlerFunc(s.handle))
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts.Listener = l
	ts.Start()
	t.Cleanup(ts.Close)
	s.URL = ts.URL
	return s
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.reqs = append(s.reqs, Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.Query(), Header: r.Header.Clone(), Body: body})
	rep := Reply{Status: 200}
	if len(s.replies) > 0 {
		rep = s.replies[min(len(s.reqs), len(s.replies))-1]
	}
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(rep.Status)
	_, _ = io.WriteString(w, rep.Body)
}

// Notifier is what Send drives (alerting.Notifier, without importing it).
type Notifier interface {
	Notify(ctx context.Context, as []alert.Alert) (retry bool, err error)
}

// Send has n notify as, which must succeed, and returns the one request
// the server received for it.
func (s *Server) Send(t testing.TB, n Notifier, as []alert.Alert) Request {
	t.Helper()
	before := len(s.Requests())
	if retry, err := n.Notify(context.Background(), as); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	reqs := s.Requests()
	if len(reqs) != before+1 {
		t.Fatalf("%d requests, want 1", len(reqs)-before)
	}
	return reqs[before]
}

// Requests returns the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.reqs...)
}

// Start is the fixed start time of the sample alerts.
var Start = time.Date(2026, 11, 25, 8, 3, 0, 0, time.UTC)

// Alerts returns a firing P1 and a resolved P3 alert with generated values.
func Alerts() []alert.Alert {
	end := Start.Add(12 * time.Minute)
	return []alert.Alert{
		{
			Fingerprint: "9f2c1a0b3c4d5e6f", Status: alert.Firing, Rule: "amazon-429-burst", Kind: alert.KindRule, Severity: alert.P1,
			Labels:      map[string]string{"service.name": "amazon-api", "shop.id": "S12"},
			Annotations: map[string]string{"summary": "Throttled by <marketplace> & retrying", "runbook_url": "https://runbooks.example.test/429"},
			StartsAt:    Start, Value: 0.21, Baseline: alert.Float(0.004), Threshold: alert.Float(0.05),
			KibanaURL: "https://kibana.example.test/app/discover#/?_g=(x)",
			TraceIDs:  []string{"4bf92f3577b34da6"},
		},
		{
			Fingerprint: "77aa00bb11cc22dd", Status: alert.Resolved, Rule: "order-sync-lag", Kind: alert.KindDetector, Severity: alert.P3,
			Labels:   map[string]string{"shop.platform": "shopee"},
			StartsAt: Start, EndsAt: &end, Value: 412,
		},
	}
}
