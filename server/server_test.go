package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
)

// t0 is the alerts' clock in these tests.
var t0 = time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)

const (
	adminToken = "admin-token-0123456789abcdef"
	readToken  = "read-token-0123456789abcdef00"
)

// nopNotifier accepts every notification.
type nopNotifier struct{}

func (nopNotifier) Name() string                                        { return "hook" }
func (nopNotifier) Notify(context.Context, []alert.Alert) (bool, error) { return false, nil }

// newDispatcher is a synchronous dispatcher at t0 with one firing alert
// about inventory-sync and one about order-sync, and a config silence and
// maintenance window.
func newDispatcher(t *testing.T) *alerting.Dispatcher {
	t.Helper()
	gw := time.Duration(0)
	cfg := alerting.Config{
		Route:     alerting.Route{Receiver: "hook", GroupBy: []string{"..."}, GroupWait: &gw},
		Receivers: []alerting.ReceiverConfig{{Name: "hook"}},
		Silences:  []alerting.Silence{{Matchers: []string{"service.name=price-scraper"}, EndsAt: t0.Add(24 * time.Hour), Comment: "supplier site rebuilt"}},
		MaintenanceWindows: []alerting.MaintenanceWindow{{Name: "nightly-batch", Matchers: []string{"team=inventory"},
			Start: "02:00", End: "03:00"}},
	}
	d, err := alerting.NewDispatcher(cfg, map[string]alerting.Notifier{"hook": nopNotifier{}}, zerolog.Nop(), alerting.SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close(context.Background()) })
	d.Tick(t0)
	for _, svc := range []string{"inventory-sync", "order-sync"} {
		d.Submit(alert.Alert{Status: alert.Firing, Rule: "error-burst", Kind: alert.KindRule, Severity: alert.P2,
			Labels: map[string]string{"service.name": svc}, StartsAt: t0.Add(-time.Minute),
			Annotations: map[string]string{"summary": svc + " logs errors"}})
	}
	d.Tick(t0)
	return d
}

// fakePublisher keeps what it is asked to publish.
type fakePublisher struct {
	mu    sync.Mutex
	lines []string
	keys  []string
	fail  error
}

func (p *fakePublisher) Publish(_ context.Context, key string, line []byte, _ time.Time) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail != nil {
		return "", p.fail
	}
	p.lines = append(p.lines, string(line))
	p.keys = append(p.keys, key)
	return "kafka topic logs", nil
}

// fakeDeploys answers with a report naming the query.
type fakeDeploys struct{ last DeployQuery }

func (f *fakeDeploys) CheckDeploy(_ context.Context, q DeployQuery) (any, error) {
	f.last = q
	if q.Since == "yesterday" {
		return nil, fmt.Errorf("%w: --since: want an RFC 3339 time", ErrBadRequest)
	}
	if q.Service == "unreadable" {
		return nil, errors.New("elasticsearch: connection refused")
	}
	return map[string]any{"verdict": "healthy", "service": q.Service}, nil
}

type fixture struct {
	srv       *Server
	h         http.Handler
	disp      *alerting.Dispatcher
	pub       *fakePublisher
	deploys   *fakeDeploys
	reloads   int
	persisted int
	log       *bytes.Buffer
}

// newFixture serves a dispatcher, a publisher, a deploy checker and a
// reload, with tokens unless open.
func newFixture(t *testing.T, open bool) *fixture {
	t.Helper()
	f := &fixture{disp: newDispatcher(t), pub: &fakePublisher{}, deploys: &fakeDeploys{}, log: &bytes.Buffer{}}
	cfg := Config{Listen: "127.0.0.1:0"}
	if !open {
		cfg.Tokens = []Token{{Token: adminToken, Scope: ScopeAdmin}, {Token: readToken, Scope: ScopeRead}}
	}
	var mu sync.Mutex
	deps := Deps{
		Alerts:          f.disp,
		PersistSilences: func() error { mu.Lock(); f.persisted++; mu.Unlock(); return nil },
		Events:          f.pub,
		EventClock:      func() time.Time { return t0 },
		DeployMarker: func(service, version, env, msg string, at time.Time) []byte {
			b, _ := json.Marshal(map[string]any{"@timestamp": at, "service": map[string]string{"name": service, "version": version}, "event": map[string]string{"action": "deploy"}})
			return b
		},
		Deploys: f.deploys,
		Reload: func(context.Context) (map[string]any, error) {
			mu.Lock()
			defer mu.Unlock()
			f.reloads++
			if f.reloads == 2 {
				return nil, errors.New("rules/x.yaml:3: unknown key \"exprr\"")
			}
			return map[string]any{"rules": 7}, nil
		},
		Ready:   []Probe{{Name: "kafka", Check: func(context.Context) (bool, string) { return true, "joined" }}},
		Metrics: NewMetrics(MetricSources{Alerts: f.disp.Stats, Active: f.disp.Active}).Registry,
	}
	srv, err := New(cfg, deps, zerolog.New(f.log).Level(zerolog.DebugLevel))
	if err != nil {
		t.Fatal(err)
	}
	f.srv, f.h = srv, srv.Handler()
	return f
}

// do sends a request to the handler and returns the status and body.
func (f *fixture) do(t *testing.T, method, target, token, body string) (int, string) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") && !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("%s %s: Content-Type %q", method, target, ct)
	}
	return rec.Code, rec.Body.String()
}

// errorOf decodes an error answer; it fails the test when the body is not
// {"error": "..."}.
func errorOf(t *testing.T, body string) string {
	t.Helper()
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
		t.Fatalf("not a JSON error: %q", body)
	}
	return e.Error
}

// Every endpoint's auth: no token and a wrong token are 401, a read token
// on an admin endpoint is 403; the probes need none.
func TestAuthScopes(t *testing.T) {
	f := newFixture(t, false)
	for _, tc := range []struct {
		method, path, body string
		admin              bool
		open               bool
	}{
		{"GET", "/healthz", "", false, true},
		{"GET", "/readyz", "", false, true},
		{"GET", "/metrics", "", false, false},
		{"GET", "/api/v1/alerts", "", false, false},
		{"GET", "/api/v1/silences", "", false, false},
		{"GET", "/api/v1/silences/config-0", "", false, false},
		{"GET", "/api/v1/maintenance_windows", "", false, false},
		{"GET", "/api/v1/deploys/order-sync/check", "", false, false},
		{"POST", "/api/v1/silences", `{"matchers":["service.name=a"],"duration":"1h","comment":"c"}`, true, false},
		{"DELETE", "/api/v1/silences/nope", "", true, false},
		{"POST", "/api/v1/heartbeats/ledger-close", "", true, false},
		{"POST", "/api/v1/deploys", `{"service":"order-sync","version":"1.2.3"}`, true, false},
		{"POST", "/-/reload", "", true, false},
	} {
		name := tc.method + " " + tc.path
		if tc.open {
			if code, _ := f.do(t, tc.method, tc.path, "", ""); code != http.StatusOK {
				t.Errorf("%s without a token: %d, want 200", name, code)
			}
			continue
		}
		code, body := f.do(t, tc.method, tc.path, "", tc.body)
		if code != http.StatusUnauthorized || !strings.Contains(errorOf(t, body), "missing bearer token") {
			t.Errorf("%s without a token: %d %s", name, code, body)
		}
		code, body = f.do(t, tc.method, tc.path, "not-"+adminToken, tc.body)
		if code != http.StatusUnauthorized || errorOf(t, body) != "invalid bearer token" {
			t.Errorf("%s with a wrong token: %d %s", name, code, body)
		}
		code, body = f.do(t, tc.method, tc.path, readToken, tc.body)
		if tc.admin {
			if code != http.StatusForbidden || !strings.Contains(errorOf(t, body), "needs admin") {
				t.Errorf("%s with the read token: %d %s, want 403", name, code, body)
			}
		} else if code >= 400 && code != http.StatusNotFound {
			t.Errorf("%s with the read token: %d %s", name, code, body)
		}
		if code, body = f.do(t, tc.method, tc.path, adminToken, tc.body); code >= 400 && code != http.StatusNotFound {
			t.Errorf("%s with the admin token: %d %s", name, code, body)
		}
	}
	req := httptest.NewRequest("GET", "/api/v1/alerts", nil)
	req.Header.Set("Authorization", "Basic "+readToken)
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	if rec.Code != http.StatusUnauthorized || rec.Header().Get("WWW-Authenticate") == "" {
		t.Errorf("basic auth: %d, WWW-Authenticate %q", rec.Code, rec.Header().Get("WWW-Authenticate"))
	}
	// No token reaches the log, whatever was sent.
	if log := f.log.String(); strings.Contains(log, adminToken) || strings.Contains(log, readToken) || strings.Contains(log, "Bearer") {
		t.Errorf("a token was logged:\n%s", log)
	}
}

func TestAlertsListAndFilters(t *testing.T) {
	f := newFixture(t, true)
	list := func(query string) (int, AlertList, string) {
		code, body := f.do(t, "GET", "/api/v1/alerts"+query, "", "")
		var l AlertList
		if code == http.StatusOK {
			if err := json.Unmarshal([]byte(body), &l); err != nil {
				t.Fatal(err)
			}
		}
		return code, l, body
	}
	code, l, body := list("")
	if code != 200 || len(l.Alerts) != 2 || !l.Clock.Equal(t0) {
		t.Fatalf("GET /api/v1/alerts: %d %s", code, body)
	}
	a := l.Alerts[0]
	if a.State != StateActive || a.Rule != "error-burst" || !a.Since.Equal(t0.Add(-time.Minute)) || a.SilencedBy == nil ||
		len(a.Receivers) != 1 || a.Labels["service.name"] == "" || a.Status != alert.Firing {
		t.Errorf("alert %+v", a)
	}
	if !strings.Contains(body, `"silenced_by":[]`) {
		t.Errorf("silenced_by is not an empty list: %s", body)
	}
	for q, want := range map[string]int{
		`?filter=service.name="inventory-sync"`:                     1,
		`?filter=service.name%3Dinventory-sync`:                     1,
		`?filter={service.name=~"inventory-.*",rule="error-burst"}`: 1,
		`?filter=service.name!="inventory-sync"&filter=severity=P2`: 1,
		`?filter=severity<=P1`:                                      0,
		`?state=suppressed`:                                         0,
		`?state=active`:                                             2,
	} {
		code, l, body := list(strings.ReplaceAll(q, " ", "%20"))
		if code != 200 || len(l.Alerts) != want {
			t.Errorf("%s: %d, %d alerts, want %d: %s", q, code, len(l.Alerts), want, body)
		}
	}
	for q, want := range map[string]string{
		`?filter=service.name`: `filter: matcher "service.name": no operator`,
		`?filter={a="b"`:       "a list of matchers ends with }",
		`?filter=a=~"("`:       "bad regular expression",
		`?filter={a="b,c}`:     "unterminated quote",
		`?state=firing`:        `state: want active, suppressed or resolved, got "firing"`,
		`?filter=severity=P9`:  "filter: matcher",
		`?filter=`:             "empty matcher",
	} {
		code, _, body := list(q)
		if code != http.StatusBadRequest || !strings.Contains(errorOf(t, body), want) {
			t.Errorf("%s: %d %s, want 400 saying %q", q, code, body, want)
		}
	}
}

// A silence added through the API mutes the alerts it matches, is listed
// and expired; bad input is refused with what was wrong.
func TestSilencesAddListExpire(t *testing.T) {
	f := newFixture(t, false)
	code, body := f.do(t, "POST", "/api/v1/silences", adminToken,
		`{"matchers":["service.name=inventory-sync"],"duration":"2h","comment":"WMS maintenance","created_by":"ana"}`)
	if code != http.StatusCreated {
		t.Fatalf("POST /api/v1/silences: %d %s", code, body)
	}
	var s alerting.SilenceInfo
	if err := json.Unmarshal([]byte(body), &s); err != nil {
		t.Fatal(err)
	}
	if s.State != "active" || !s.StartsAt.Equal(t0) || !s.EndsAt.Equal(t0.Add(2*time.Hour)) || s.CreatedBy != "ana" || s.Source != "api" {
		t.Errorf("silence %+v", s)
	}
	if f.persisted != 1 {
		t.Errorf("persisted %d times, want once", f.persisted)
	}

	code, body = f.do(t, "GET", `/api/v1/alerts?filter=service.name="inventory-sync"`, readToken, "")
	var l AlertList
	if err := json.Unmarshal([]byte(body), &l); err != nil || code != 200 || len(l.Alerts) != 1 {
		t.Fatalf("alerts: %d %s", code, body)
	}
	if a := l.Alerts[0]; a.State != StateSuppressed || a.MutedBy != "silence" || len(a.SilencedBy) != 1 || a.SilencedBy[0] != s.ID {
		t.Errorf("the silenced alert is listed as %+v", a)
	}

	code, body = f.do(t, "GET", "/api/v1/silences", readToken, "")
	var sl SilenceList
	if err := json.Unmarshal([]byte(body), &sl); err != nil || code != 200 || len(sl.Silences) != 2 {
		t.Fatalf("silences: %d %s", code, body)
	}
	if sl.Silences[0].ID != s.ID || sl.Silences[1].ID != "config-0" || sl.Silences[1].Source != "config" {
		t.Errorf("silences listed: %+v", sl.Silences)
	}
	if code, body = f.do(t, "GET", "/api/v1/silences/"+s.ID, readToken, ""); code != 200 || !strings.Contains(body, s.ID) {
		t.Errorf("GET the silence: %d %s", code, body)
	}
	if code, body = f.do(t, "GET", "/api/v1/silences?state=expired", readToken, ""); code != 200 || strings.Contains(body, s.ID) {
		t.Errorf("expired silences: %d %s", code, body)
	}

	if code, body = f.do(t, "DELETE", "/api/v1/silences/"+s.ID, adminToken, ""); code != 200 || !strings.Contains(body, `"state":"expired"`) {
		t.Errorf("DELETE the silence: %d %s", code, body)
	}
	if f.persisted != 2 {
		t.Errorf("persisted %d times, want twice", f.persisted)
	}
	code, body = f.do(t, "GET", `/api/v1/alerts?filter=service.name="inventory-sync"`, readToken, "")
	if !strings.Contains(body, `"state":"active"`) {
		t.Errorf("after the expiry: %d %s", code, body)
	}
	if code, body = f.do(t, "DELETE", "/api/v1/silences/nope", adminToken, ""); code != http.StatusNotFound || !strings.Contains(errorOf(t, body), `no silence "nope"`) {
		t.Errorf("DELETE an unknown silence: %d %s", code, body)
	}
	if code, body = f.do(t, "GET", "/api/v1/silences/nope", readToken, ""); code != http.StatusNotFound {
		t.Errorf("GET an unknown silence: %d %s", code, body)
	}
	if code, body = f.do(t, "DELETE", "/api/v1/silences/config-0", adminToken, ""); code != http.StatusConflict || !strings.Contains(errorOf(t, body), "edit alerting.silences") {
		t.Errorf("DELETE a config silence: %d %s", code, body)
	}

	for _, tc := range []struct{ body, want string }{
		{``, "the body is empty"},
		{`[1]`, "the body is not the JSON expected"},
		{`{"matchers":["a=b"],"duration":"1h","comment":"c","ttl":"1h"}`, `unknown field "ttl"`},
		{`{"matchers":["a=b"],"duration":"1h","comment":"c"} {}`, "more than one JSON value"},
		{`{"matchers":["a=b"],"duration":"1h"}`, "comment: is required"},
		{`{"matchers":["a=b"],"comment":"c"}`, "give ends_at (RFC 3339) or duration"},
		{`{"matchers":["a=b"],"duration":"soon","comment":"c"}`, `duration: want a positive duration such as 2h, 90m or 1d, got "soon"`},
		{`{"matchers":["a=b"],"duration":"-1h","comment":"c"}`, "duration: want a positive duration"},
		{`{"matchers":["a=b"],"duration":"1h","ends_at":"2026-11-25T10:00:00Z","comment":"c"}`, "not both"},
		{`{"matchers":[],"duration":"1h","comment":"c"}`, "matchers: at least one matcher is required"},
		{`{"matchers":["a"],"duration":"1h","comment":"c"}`, `matchers: matcher "a": no operator`},
		{`{"matchers":["a=~.*"],"duration":"1h","comment":"c"}`, "would mute everything"},
		{`{"matchers":["a=b"],"ends_at":"2026-11-25T07:00:00Z","comment":"c"}`, "has passed"},
		{`{"matchers":["a=b"],"ends_at":"yesterday","comment":"c"}`, "the body is not the JSON expected"},
	} {
		code, body := f.do(t, "POST", "/api/v1/silences", adminToken, tc.body)
		if code != http.StatusBadRequest || !strings.Contains(errorOf(t, body), tc.want) {
			t.Errorf("POST %s: %d %s, want 400 saying %q", tc.body, code, body, tc.want)
		}
	}
	big := `{"matchers":["a=b"],"duration":"1h","comment":"` + strings.Repeat("x", maxBody) + `"}`
	if code, body := f.do(t, "POST", "/api/v1/silences", adminToken, big); code != http.StatusRequestEntityTooLarge {
		t.Errorf("a huge body: %d %s", code, body)
	}
	if code, body = f.do(t, "POST", "/api/v1/silences", adminToken, `{"matchers":["a=b"],"duration":"1d","comment":"c"}`); code != http.StatusCreated || !strings.Contains(body, `"ends_at":"2026-11-26T08:00:00Z"`) {
		t.Errorf("a silence of a day: %d %s", code, body)
	}

	code, body = f.do(t, "GET", "/api/v1/maintenance_windows", readToken, "")
	if code != 200 || !strings.Contains(body, `"name":"nightly-batch"`) || !strings.Contains(body, `"open":false`) {
		t.Errorf("maintenance windows: %d %s", code, body)
	}
}

func TestHeartbeatsAndDeployMarkers(t *testing.T) {
	f := newFixture(t, true)
	code, body := f.do(t, "POST", "/api/v1/heartbeats/ledger-close?status=failed&duration=95s", "", "")
	if code != http.StatusAccepted {
		t.Fatalf("heartbeat: %d %s", code, body)
	}
	var got struct {
		Event map[string]any `json:"event"`
		To    string         `json:"to"`
	}
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	job, _ := got.Event["job"].(map[string]any)
	ev, _ := got.Event["event"].(map[string]any)
	if job["name"] != "ledger-close" || job["status"] != "failed" || got.Event["@timestamp"] != "2026-11-25T08:00:00Z" ||
		ev["duration"] != float64(95e9) || got.To != "kafka topic logs" {
		t.Errorf("heartbeat event %s", body)
	}
	if len(f.pub.lines) != 1 || f.pub.keys[0] != "ledger-close" || !strings.Contains(f.pub.lines[0], `"status":"failed"`) {
		t.Errorf("published %q keyed %q", f.pub.lines, f.pub.keys)
	}
	if code, body = f.do(t, "POST", "/api/v1/heartbeats/ledger-close", "", ""); code != http.StatusAccepted || !strings.Contains(body, `"status":"succeeded"`) {
		t.Errorf("a heartbeat without status: %d %s", code, body)
	}
	for target, want := range map[string]string{
		"/api/v1/heartbeats/ledger-close?status=maybe":   `status: want succeeded (the default), failed or started, got "maybe"`,
		"/api/v1/heartbeats/ledger-close?duration=long":  "duration: want the run's duration",
		"/api/v1/heartbeats/ledger-close?service=%00x":   "service holds control characters",
		"/api/v1/heartbeats/ledger-close?stauts=failed":  `unknown parameter "stauts"`,
		"/api/v1/heartbeats/" + strings.Repeat("j", 201): "job name is longer than 200 bytes",
	} {
		if code, body := f.do(t, "POST", target, "", ""); code != http.StatusBadRequest || !strings.Contains(errorOf(t, body), want) {
			t.Errorf("POST %s: %d %s, want 400 saying %q", target, code, body, want)
		}
	}
	if code, body = f.do(t, "GET", "/api/v1/heartbeats/ledger-close", "", ""); code != http.StatusMethodNotAllowed || !strings.Contains(errorOf(t, body), "allowed: POST") {
		t.Errorf("GET a heartbeat: %d %s", code, body)
	}

	code, body = f.do(t, "POST", "/api/v1/deploys", "", `{"service":"order-sync","version":"1.4.2","environment":"prod"}`)
	if code != http.StatusAccepted || !strings.Contains(body, `"action":"deploy"`) || f.pub.keys[len(f.pub.keys)-1] != "order-sync" {
		t.Errorf("deploy marker: %d %s", code, body)
	}
	for b, want := range map[string]string{
		`{"version":"1"}`: "service is required",
		`{"service":"s"}`: "version is required",
		`{"service":"s","version":"1","env":"prod"}`:                                  `unknown field "env"`,
		`{"service":"s","version":"1","message":"` + strings.Repeat("m", 1025) + `"}`: "message is longer than 1024 bytes",
	} {
		if code, body := f.do(t, "POST", "/api/v1/deploys", "", b); code != http.StatusBadRequest || !strings.Contains(errorOf(t, body), want) {
			t.Errorf("POST deploys %s: %d %s, want 400 saying %q", b, code, body, want)
		}
	}
	f.pub.fail = errors.New("kafka: leader not available")
	if code, body = f.do(t, "POST", "/api/v1/heartbeats/ledger-close", "", ""); code != http.StatusServiceUnavailable || !strings.Contains(errorOf(t, body), "leader not available") {
		t.Errorf("a heartbeat Kafka refuses: %d %s", code, body)
	}
}

func TestDeployCheckAndReload(t *testing.T) {
	f := newFixture(t, true)
	code, body := f.do(t, "GET", "/api/v1/deploys/order-sync/check?window=15m&version=1.4.2", "", "")
	if code != 200 || body != `{"service":"order-sync","verdict":"healthy"}`+"\n" {
		t.Errorf("deploy check: %d %s", code, body)
	}
	if q := f.deploys.last; q.Since != "marker" || q.Version != "1.4.2" || q.Window == nil || *q.Window != 15*time.Minute || q.Baseline != nil {
		t.Errorf("query %+v", q)
	}
	for target, want := range map[string]string{
		"/api/v1/deploys/order-sync/check?window=ten":      `window: want a duration such as 10m, got "ten"`,
		"/api/v1/deploys/order-sync/check?since=yesterday": "--since: want an RFC 3339 time",
		"/api/v1/deploys/order-sync/check?report=md":       `unknown parameter "report"`,
	} {
		if code, body := f.do(t, "GET", target, "", ""); code != http.StatusBadRequest || !strings.Contains(errorOf(t, body), want) {
			t.Errorf("GET %s: %d %s, want 400 saying %q", target, code, body, want)
		}
	}
	if code, body = f.do(t, "GET", "/api/v1/deploys/unreadable/check", "", ""); code != http.StatusServiceUnavailable || !strings.Contains(errorOf(t, body), "could not tell") {
		t.Errorf("an unreadable index: %d %s", code, body)
	}

	if code, body = f.do(t, "POST", "/-/reload", "", ""); code != 200 || !strings.Contains(body, `"rules":7`) || !strings.Contains(body, `"status":"reloaded"`) {
		t.Errorf("reload: %d %s", code, body)
	}
	if code, body = f.do(t, "POST", "/-/reload", "", ""); code != http.StatusInternalServerError || !strings.Contains(errorOf(t, body), `reload refused, the running rules and configuration stay: rules/x.yaml:3`) {
		t.Errorf("a refused reload: %d %s", code, body)
	}
	if code, body = f.do(t, "GET", "/-/reload", "", ""); code != http.StatusMethodNotAllowed {
		t.Errorf("GET /-/reload: %d %s", code, body)
	}
}

func TestProbesUnknownPathsAndMissingParts(t *testing.T) {
	f := newFixture(t, true)
	if code, body := f.do(t, "GET", "/healthz", "", ""); code != 200 || body != `{"status":"ok"}`+"\n" {
		t.Errorf("healthz: %d %s", code, body)
	}
	if code, body := f.do(t, "GET", "/readyz", "", ""); code != 200 || !strings.Contains(body, `{"name":"kafka","ok":true,"detail":"joined"}`) {
		t.Errorf("readyz: %d %s", code, body)
	}
	if code, body := f.do(t, "GET", "/api/v2/alerts", "", ""); code != http.StatusNotFound || !strings.Contains(errorOf(t, body), "no such endpoint") {
		t.Errorf("unknown path: %d %s", code, body)
	}
	if code, body := f.do(t, "PUT", "/api/v1/silences", "", "{}"); code != http.StatusMethodNotAllowed || !strings.Contains(errorOf(t, body), "allowed: GET, POST") {
		t.Errorf("PUT silences: %d %s", code, body)
	}

	// A server with nothing to serve answers 503 on each part.
	empty, err := New(Config{}, Deps{}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct{ method, path, body string }{
		{"GET", "/readyz", ""}, {"GET", "/metrics", ""}, {"GET", "/api/v1/alerts", ""}, {"GET", "/api/v1/silences", ""},
		{"GET", "/api/v1/silences/x", ""}, {"DELETE", "/api/v1/silences/x", ""}, {"GET", "/api/v1/maintenance_windows", ""},
		{"POST", "/api/v1/silences", "{}"}, {"POST", "/api/v1/heartbeats/j", ""}, {"POST", "/api/v1/deploys", "{}"},
		{"GET", "/api/v1/deploys/s/check", ""}, {"POST", "/-/reload", ""},
	} {
		rec := httptest.NewRecorder()
		var rd io.Reader
		if r.body != "" {
			rd = strings.NewReader(r.body)
		}
		empty.Handler().ServeHTTP(rec, httptest.NewRequest(r.method, r.path, rd))
		if rec.Code != http.StatusServiceUnavailable {
			t.Errorf("%s %s with nothing to serve: %d %s", r.method, r.path, rec.Code, rec.Body)
		}
	}
}

// Without tokens the server listens on loopback only: the config refuses
// another address, and so does Start once the address is resolved.
func TestLoopbackOnlyWithoutTokens(t *testing.T) {
	if _, err := New(Config{Listen: "0.0.0.0:9464"}, Deps{}, zerolog.Nop()); err == nil || !strings.Contains(err.Error(), "server.listen: 0.0.0.0:9464 is not a loopback address") {
		t.Errorf("0.0.0.0 without tokens: %v", err)
	}
	if _, err := New(Config{Listen: ":9464"}, Deps{}, zerolog.Nop()); err == nil {
		t.Error(":9464 (every interface) without tokens was accepted")
	}
	if _, err := New(Config{Listen: "0.0.0.0:0", Tokens: []Token{{Token: adminToken, Scope: ScopeAdmin}}}, Deps{}, zerolog.Nop()); err != nil {
		t.Errorf("0.0.0.0 with a token: %v", err)
	}
	for addr, want := range map[string]bool{"127.0.0.1:1": true, "127.1.2.3:1": true, "[::1]:1": true, "localhost:1": true,
		"0.0.0.0:1": false, ":1": false, "10.0.0.1:1": false, "vigil.internal:1": false, "nonsense": false} {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
	s, err := New(Config{Listen: "127.0.0.1:0"}, Deps{}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	res, err := http.Get("http://" + s.Addr() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("healthz over a real listener: %d", res.StatusCode)
	}
	if err := s.Shutdown(context.Background()); err != nil {
		t.Error(err)
	}
	other, err := New(Config{Listen: "127.0.0.1:0"}, Deps{}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Start(); err != nil {
		t.Fatal(err)
	}
	defer other.Shutdown(context.Background())
	busy, _ := New(Config{Listen: other.Addr()}, Deps{}, zerolog.Nop())
	if err := busy.Start(); err == nil || !strings.Contains(err.Error(), "listen on "+other.Addr()) {
		t.Errorf("a taken address: %v", err)
	}
}

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]time.Duration{"2h": 2 * time.Hour, "90m": 90 * time.Minute, "1d": 24 * time.Hour, "7d": 7 * 24 * time.Hour} {
		if got, err := ParseDuration(in); err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %s, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "d", "1.5d", "xd", "soon"} {
		if _, err := ParseDuration(in); err == nil {
			t.Errorf("ParseDuration(%q) accepted", in)
		}
	}
}
