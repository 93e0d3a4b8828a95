// Package notifytest is a loopback HTTP server for notifier tests: it
// records each request and answers with scripted responses (status, body,
// headers). Hold keeps requests hanging until released, for tests that a
// receiver which does not answer never holds up its caller.
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
	// Reply is the scripted answer the request was given.
	Reply Reply
}

// Reply is one scripted answer.
type Reply struct {
	Status int
	Body   string
	// Header is added to the response (e.g. Retry-After); Content-Type is
	// application/json unless it says otherwise.
	Header map[string]string
}

// Server listens on 127.0.0.1.
type Server struct {
	URL     string
	mu      sync.Mutex
	replies []Reply
	reqs    []Request
	// gate, when set, holds each request until it is closed (Hold); held
	// counts the requests waiting at it.
	gate chan struct{}
	held int
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
	if gate := s.gate; gate != nil {
		s.held++
		s.mu.Unlock()
		select {
		case <-gate:
		case <-r.Context().Done():
		}
		s.mu.Lock()
		s.held--
	}
	rep := Reply{Status: 200}
	if len(s.replies) > 0 {
		rep = s.replies[min(len(s.reqs)+1, len(s.replies))-1]
	}
	s.reqs = append(s.reqs, Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.Query(), Header: r.Header.Clone(), Body: body, Reply: rep})
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	for k, v := range rep.Header {
		w.Header().Set(k, v)
	}
	w.WriteHeader(rep.Status)
	_, _ = io.WriteString(w, rep.Body)
}

// Hold makes the server hold every request it receives, unanswered, until
// the returned release is called (also called when the test ends); a held
// request is recorded, and takes its scripted reply, once released. Tests
// use it to keep a receiver "down" while they check that the caller does
// not wait for it.
func (s *Server) Hold(t testing.TB) (release func()) {
	t.Helper()
	gate := make(chan struct{})
	s.mu.Lock()
	s.gate = gate
	s.mu.Unlock()
	var once sync.Once
	release = func() {
		once.Do(func() {
			s.mu.Lock()
			if s.gate == gate {
				s.gate = nil
			}
			s.mu.Unlock()
			close(gate)
		})
	}
	t.Cleanup(release)
	return release
}

// Held returns how many requests the server is holding now (Hold).
func (s *Server) Held() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.held
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
