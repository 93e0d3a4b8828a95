package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
)

// linkNotifier keeps the ack_url of every firing alert it is told of.
type linkNotifier struct {
	mu    sync.Mutex
	links map[string]string // by fingerprint, the latest
}

func (n *linkNotifier) Name() string { return "hook" }

func (n *linkNotifier) Notify(_ context.Context, as []alert.Alert) (bool, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, a := range as {
		if a.AckURL != "" {
			n.links[a.Fingerprint] = a.AckURL
		}
	}
	return false, nil
}

// ackFixture serves a dispatcher that signs acknowledgement links, with
// admin and read tokens, holding two firing alerts told at t0.
type ackFixture struct {
	disp    *alerting.Dispatcher
	h       http.Handler
	log     *bytes.Buffer
	links   *linkNotifier
	fp, fp2 string
}

func newAckFixture(t *testing.T) *ackFixture {
	t.Helper()
	gw := time.Duration(0)
	cfg := alerting.Config{
		Route:       alerting.Route{Receiver: "hook", GroupBy: []string{"..."}, GroupWait: &gw},
		Receivers:   []alerting.ReceiverConfig{{Name: "hook"}},
		ExternalURL: "https://vigil.example.com",
		AckSecret:   strings.Repeat("0123456789abcdef", 3),
		AckLinkTTL:  time.Hour,
	}
	f := &ackFixture{log: &bytes.Buffer{}, links: &linkNotifier{links: map[string]string{}}}
	d, err := alerting.NewDispatcher(cfg, map[string]alerting.Notifier{"hook": f.links}, zerolog.Nop(), alerting.SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close(context.Background()) })
	for _, svc := range []string{"payments", "checkout"} {
		d.Submit(alert.Alert{Status: alert.Firing, Rule: "card-declines", Kind: alert.KindRule, Severity: alert.P1,
			Labels: map[string]string{"service.name": svc}, StartsAt: t0.Add(-time.Minute),
			Annotations: map[string]string{"summary": svc + ": <b>declines</b> up"}})
	}
	d.Tick(t0)
	f.disp = d
	f.fp = alert.Fingerprint("card-declines", map[string]string{"service.name": "payments"})
	f.fp2 = alert.Fingerprint("card-declines", map[string]string{"service.name": "checkout"})
	srv, err := New(Config{Listen: "127.0.0.1:0", Tokens: []Token{{Token: adminToken, Scope: ScopeAdmin}, {Token: readToken, Scope: ScopeRead}}},
		Deps{Alerts: d}, zerolog.New(f.log).Level(zerolog.DebugLevel))
	if err != nil {
		t.Fatal(err)
	}
	f.h = srv.Handler()
	return f
}

// token is the token of the link the receiver was sent for fp.
func (f *ackFixture) token(t *testing.T, fp string) string {
	t.Helper()
	f.links.mu.Lock()
	link := f.links.links[fp]
	f.links.mu.Unlock()
	u, err := url.Parse(link)
	if err != nil || u.Path != "/api/v1/alerts/"+fp+"/ack" || u.Query().Get("token") == "" {
		t.Fatalf("ack_url %q", link)
	}
	return u.Query().Get("token")
}

func (f *ackFixture) send(t *testing.T, method, target, bearer, contentType, body string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if bearer != "" {
		req.Header.Set("Authorization", "Bearer "+bearer)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	return rec
}

func (f *ackFixture) acked(fp string) (alerting.Acknowledgement, bool) {
	return f.disp.Acknowledged(fp)
}

// POST with an admin token acknowledges (once: a second keeps the first);
// a read token is 403, no token 401, an unknown fingerprint 404; the alert
// list shows the acknowledgement.
func TestAckWithBearerToken(t *testing.T) {
	f := newAckFixture(t)
	path := "/api/v1/alerts/" + f.fp + "/ack"
	body := `{"by":"ana","comment":"looking at the provider"}`
	if rec := f.send(t, "POST", path, "", "application/json", body); rec.Code != http.StatusUnauthorized {
		t.Errorf("no token: %d %s", rec.Code, rec.Body)
	}
	if rec := f.send(t, "POST", path, readToken, "application/json", body); rec.Code != http.StatusForbidden ||
		!strings.Contains(errorOf(t, rec.Body.String()), "needs admin") {
		t.Errorf("read token: %d %s", rec.Code, rec.Body)
	}
	if _, ok := f.acked(f.fp); ok {
		t.Fatal("acknowledged without an admin token")
	}
	rec := f.send(t, "POST", path, adminToken, "application/json", body)
	if rec.Code != http.StatusOK {
		t.Fatalf("admin token: %d %s", rec.Code, rec.Body)
	}
	var ans AckAnswer
	if err := json.Unmarshal(rec.Body.Bytes(), &ans); err != nil || ans.Fingerprint != f.fp || ans.AckedBy != "ana" ||
		ans.AckComment != "looking at the provider" || !ans.AckedAt.Equal(t0) || ans.Rule != "card-declines" {
		t.Errorf("answer %+v (%v)", ans, err)
	}
	rec = f.send(t, "POST", path, adminToken, "application/json", `{"by":"bo"}`)
	if err := json.Unmarshal(rec.Body.Bytes(), &ans); rec.Code != http.StatusOK || err != nil || ans.AckedBy != "ana" {
		t.Errorf("second ack: %d %+v, want the first (ana) kept", rec.Code, ans)
	}
	rec = f.send(t, "GET", "/api/v1/alerts", readToken, "", "")
	var list AlertList
	if err := json.Unmarshal(rec.Body.Bytes(), &list); err != nil {
		t.Fatal(err)
	}
	for _, a := range list.Alerts {
		switch a.Fingerprint {
		case f.fp:
			if a.AckedBy != "ana" || !a.AckedAt.Equal(t0) || a.AckComment != "looking at the provider" {
				t.Errorf("listed %+v", a)
			}
		case f.fp2:
			if a.AckedBy != "" || !a.AckedAt.IsZero() {
				t.Errorf("the other alert is listed acknowledged: %+v", a)
			}
		}
	}
	if !strings.Contains(rec.Body.String(), `"acked_by":"ana"`) || strings.Count(rec.Body.String(), `"acked_at"`) != 1 {
		t.Errorf("list JSON: %s", rec.Body)
	}
	rec = f.send(t, "POST", "/api/v1/alerts/00000000000000ff/ack", adminToken, "application/json", body)
	if rec.Code != http.StatusNotFound || !strings.Contains(errorOf(t, rec.Body.String()), "no alert 00000000000000ff is held") {
		t.Errorf("unknown fingerprint: %d %s", rec.Code, rec.Body)
	}
	rec = f.send(t, "POST", path, adminToken, "application/json", `{"by":"`+strings.Repeat("x", 129)+`"}`)
	if rec.Code != http.StatusBadRequest {
		t.Errorf("a 129-character name: %d", rec.Code)
	}
	if rec := f.send(t, "DELETE", path, adminToken, "", ""); rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, POST" {
		t.Errorf("DELETE: %d, Allow %q", rec.Code, rec.Header().Get("Allow"))
	}
	if l := f.log.String(); strings.Contains(l, adminToken) || strings.Contains(l, readToken) {
		t.Errorf("a token was logged:\n%s", l)
	}
}

// The link's GET serves a confirmation page and acknowledges nothing; its
// form's POST, with the link's token and no bearer token, acknowledges. A
// changed token, another alert's, or one past its expiry is refused; a form
// without a token is refused; no token reaches the log.
func TestAckLink(t *testing.T) {
	f := newAckFixture(t)
	tok := f.token(t, f.fp)
	path := "/api/v1/alerts/" + f.fp + "/ack"

	rec := f.send(t, "GET", path+"?token="+url.QueryEscape(tok), "", "", "")
	page := rec.Body.String()
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("GET: %d %s\n%s", rec.Code, rec.Header().Get("Content-Type"), page)
	}
	for _, want := range []string{`<form method="post">`, `name="token" value="` + tok + `"`, "card-declines",
		"payments: &lt;b&gt;declines&lt;/b&gt; up", "Acknowledge</button>"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q:\n%s", want, page)
		}
	}
	for h, want := range map[string]string{"Referrer-Policy": "no-referrer", "Cache-Control": "no-store", "X-Frame-Options": "DENY"} {
		if got := rec.Header().Get(h); got != want {
			t.Errorf("%s: %q, want %q", h, got, want)
		}
	}
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script") {
		t.Errorf("CSP %q", csp)
	}
	if _, ok := f.acked(f.fp); ok {
		t.Fatal("the GET acknowledged the alert")
	}

	form := func(v url.Values) *httptest.ResponseRecorder {
		return f.send(t, "POST", path, "", "application/x-www-form-urlencoded", v.Encode())
	}
	flipped := []byte(tok)
	flipped[len(flipped)-2] ^= 1
	for name, bad := range map[string]string{
		"changed":       string(flipped),
		"another alert": f.token(t, f.fp2),
	} {
		rec := form(url.Values{"token": {bad}, "by": {"mallory"}})
		if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), "not valid") {
			t.Errorf("%s token: %d\n%s", name, rec.Code, rec.Body)
		}
		if rec := f.send(t, "GET", path+"?token="+url.QueryEscape(bad), "", "", ""); rec.Code != http.StatusForbidden || strings.Contains(rec.Body.String(), "<form") {
			t.Errorf("GET with the %s token: %d", name, rec.Code)
		}
	}
	if rec := form(url.Values{"by": {"mallory"}}); rec.Code != http.StatusForbidden {
		t.Errorf("a form without a token: %d", rec.Code)
	}
	if _, ok := f.acked(f.fp); ok {
		t.Fatal("acknowledged by a refused request")
	}

	rec = form(url.Values{"token": {tok}, "by": {"ana"}, "comment": {"on it"}})
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Acknowledged by <strong>ana</strong>") {
		t.Fatalf("the form with the link's token: %d\n%s", rec.Code, rec.Body)
	}
	if ak, ok := f.acked(f.fp); !ok || ak.By != "ana" || ak.Comment != "on it" {
		t.Errorf("acknowledgement %+v %v", ak, ok)
	}
	rec = f.send(t, "GET", path+"?token="+url.QueryEscape(tok), "", "", "")
	if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "<form") || !strings.Contains(rec.Body.String(), "Acknowledged by <strong>ana</strong>") {
		t.Errorf("the page of an acknowledged alert: %d\n%s", rec.Code, rec.Body)
	}

	// JSON with the token acknowledges too (a chat button's POST).
	tok2 := f.token(t, f.fp2)
	f.disp.Tick(t0.Add(61 * time.Minute)) // the links of t0 expired at t0+1h
	rec = f.send(t, "POST", "/api/v1/alerts/"+f.fp2+"/ack", "", "application/json", `{"token":"`+tok2+`","by":"bo"}`)
	if rec.Code != http.StatusForbidden || !strings.Contains(errorOf(t, rec.Body.String()), "expired") {
		t.Errorf("an expired link: %d %s", rec.Code, rec.Body)
	}
	if _, ok := f.acked(f.fp2); ok {
		t.Error("acknowledged by an expired link")
	}

	if rec := f.send(t, "GET", path, "", "", ""); rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "<form") ||
		!strings.Contains(rec.Body.String(), "vigil alerts ack "+f.fp) {
		t.Errorf("GET without a token: %d\n%s", rec.Code, rec.Body)
	}
	if l := f.log.String(); strings.Contains(l, tok) || strings.Contains(l, tok2) || strings.Contains(l, "token=") {
		t.Errorf("a link token was logged:\n%s", l)
	}
	if !strings.Contains(f.log.String(), "alert acknowledged") {
		t.Errorf("the acknowledgement was not logged:\n%s", f.log)
	}
}

// Client.Ack posts the acknowledgement with the bearer token and decodes
// the answer; an API error comes back as *APIError.
func TestClientAck(t *testing.T) {
	f := newAckFixture(t)
	hs := httptest.NewServer(f.h)
	defer hs.Close()
	c := &Client{URL: hs.URL, Token: adminToken}
	ans, err := c.Ack(context.Background(), f.fp, "ana", "on it")
	if err != nil || ans.AckedBy != "ana" || ans.Fingerprint != f.fp {
		t.Fatalf("Ack: %+v, %v", ans, err)
	}
	_, err = (&Client{URL: hs.URL, Token: readToken}).Ack(context.Background(), f.fp2, "ana", "")
	var ae *APIError
	if !errors.As(err, &ae) || ae.Status != http.StatusForbidden {
		t.Errorf("read token: %v", err)
	}
}

// forwardingAlerts forwards every acknowledgement (a cluster instance that
// does not dispatch the alerts).
type forwardingAlerts struct {
	*alerting.Dispatcher
	mu   sync.Mutex
	sent []string
}

func (f *forwardingAlerts) Ack(fp, by, _ string) (alert.Alert, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sent = append(f.sent, fp+" by "+by)
	return alert.Alert{}, ErrForwarded
}

func (f *forwardingAlerts) AckWithLink(fp, token, by, _ string) (alert.Alert, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sent = append(f.sent, fp+" by "+by+" with a token")
	return alert.Alert{}, ErrForwarded
}

// An acknowledgement the Acker forwards is answered 202 Accepted, marked
// forwarded, to the API and the client; the link's form says it was sent.
func TestAckForwarded(t *testing.T) {
	f := newAckFixture(t)
	fw := &forwardingAlerts{Dispatcher: f.disp}
	srv, err := New(Config{Listen: "127.0.0.1:0", Tokens: []Token{{Token: adminToken, Scope: ScopeAdmin}}}, Deps{Alerts: fw}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer hs.Close()
	ans, err := (&Client{URL: hs.URL, Token: adminToken}).Ack(context.Background(), f.fp, "ana", "")
	if err != nil || !ans.Forwarded || ans.Fingerprint != f.fp {
		t.Fatalf("Ack: %+v, %v; want it forwarded", ans, err)
	}
	form := url.Values{"token": {f.token(t, f.fp2)}, "by": {"bo"}}
	res, err := http.PostForm(hs.URL+"/api/v1/alerts/"+f.fp2+"/ack", form)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusAccepted {
		t.Fatalf("the link's form: %d, want 202", res.StatusCode)
	}
	fw.mu.Lock()
	defer fw.mu.Unlock()
	if want := []string{f.fp + " by ana", f.fp2 + " by bo with a token"}; strings.Join(fw.sent, "|") != strings.Join(want, "|") {
		t.Fatalf("forwarded %q, want %q", fw.sent, want)
	}
	if _, ok := f.disp.Acknowledged(f.fp); ok {
		t.Fatal("a forwarded acknowledgement was applied here")
	}
}
