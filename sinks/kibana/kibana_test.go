package kibana_test

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/internal/backoff"
	"github.com/vigilops/vigil/sinks/kibana"
	"github.com/vigilops/vigil/sinks/kibana/kibanatest"
)

// fastRetry keeps the retry tests short: 1 ms between tries.
var fastRetry = kibana.WithRetry(backoff.Policy{Min: time.Millisecond, Max: 2 * time.Millisecond}, 4)

func newClient(t *testing.T, cfg kibana.Config, opts ...kibana.Option) *kibana.Client {
	t.Helper()
	c, err := kibana.New(cfg.WithDefaults(kibana.Defaults{LogsTitle: "logs-*"}), append([]kibana.Option{fastRetry}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func setup(t *testing.T, c *kibana.Client) []kibana.Result {
	t.Helper()
	var got []kibana.Result
	if err := c.Setup(context.Background(), func(r kibana.Result) { got = append(got, r) }); err != nil {
		t.Fatalf("setup: %v", err)
	}
	return got
}

func actions(rs []kibana.Result) map[string]kibana.Action {
	m := map[string]kibana.Action{}
	for _, r := range rs {
		m[r.Kind+"/"+r.ID] = r.Action
	}
	return m
}

// The first run creates both data views and every saved object of the
// dashboard; the second finds them all and writes nothing.
func TestSetupCreatesThenChangesNothing(t *testing.T) {
	k := kibanatest.NewServer(t, kibanatest.Options{APIKey: "ZmFrZS1pZDpmYWtlLWtleQ=="})
	c := newClient(t, kibana.Config{URL: k.URL, APIKey: "ZmFrZS1pZDpmYWtlLWtleQ==", Dashboard: true})

	first := setup(t, c)
	objs, err := kibana.Overview("logs-*", kibana.DefaultAlertsID)
	if err != nil {
		t.Fatal(err)
	}
	if want := 2 + len(objs); len(first) != want {
		t.Fatalf("first run reported %d objects, want %d: %v", len(first), want, first)
	}
	for _, r := range first {
		if r.Action != kibana.Created {
			t.Errorf("first run: %s", r)
		}
	}
	if title, tf, name, ok := k.DataView("default", "logs-*"); !ok || title != "logs-*" || tf != "@timestamp" || name != kibana.DefaultLogsName {
		t.Errorf("logs data view: %q %q %q %v", title, tf, name, ok)
	}
	if title, tf, _, ok := k.DataView("default", kibana.DefaultAlertsID); !ok || title != kibana.DefaultAlertsTitle || tf != "@timestamp" {
		t.Errorf("alerts data view: %q %q %v", title, tf, ok)
	}
	if d, ok := k.Object("default", "dashboard", kibana.DefaultDashboardID); !ok || len(d.References) != len(objs)-1 {
		t.Errorf("dashboard: %+v %v", d.References, ok)
	}
	writes := k.Writes()

	second := setup(t, c)
	for _, r := range second {
		if r.Action != kibana.Unchanged {
			t.Errorf("second run: %s", r)
		}
	}
	if len(second) != len(first) {
		t.Errorf("second run reported %d objects, first %d", len(second), len(first))
	}
	if k.Writes() != writes {
		t.Errorf("the second run wrote %d times", k.Writes()-writes)
	}
	for _, o := range k.Objects("default") {
		if o.Version != 1 {
			t.Errorf("%s/%s written %d times", o.Type, o.ID, o.Version)
		}
	}
	for _, rq := range k.Requests() {
		if rq.Status != http.StatusOK && rq.Status != http.StatusNotFound {
			t.Errorf("%s %s answered %d", rq.Method, rq.Path, rq.Status)
		}
	}
}

// A data view under vigil's id with another title is updated, and the
// result says what it was; one with the same title is left alone even if
// the user renamed it.
func TestSetupUpdatesADataViewWithAnotherTitle(t *testing.T) {
	k := kibanatest.NewServer(t, kibanatest.Options{})
	k.PutDataView("default", "logs-*", "old-logs-*", "my logs")
	k.PutDataView("default", kibana.DefaultAlertsID, kibana.DefaultAlertsTitle, "renamed by a user")
	c := newClient(t, kibana.Config{URL: k.URL})
	got := setup(t, c)
	if len(got) != 2 {
		t.Fatalf("got %v", got)
	}
	if got[0].Action != kibana.Updated || !strings.Contains(got[0].String(), `title was "old-logs-*"`) {
		t.Errorf("logs: %s", got[0])
	}
	if title, _, name, _ := k.DataView("default", "logs-*"); title != "logs-*" || name != kibana.DefaultLogsName {
		t.Errorf("logs data view now %q %q", title, name)
	}
	if got[1].Action != kibana.Unchanged {
		t.Errorf("alerts: %s", got[1])
	}
	if _, _, name, _ := k.DataView("default", kibana.DefaultAlertsID); name != "renamed by a user" {
		t.Errorf("the user's name was replaced: %q", name)
	}
	if again := setup(t, c); again[0].Action != kibana.Unchanged {
		t.Errorf("after the update: %s", again[0])
	}
}

// Another data view of the same name under another id is never deleted:
// setup fails and says what to do.
func TestSetupRefusesToReplaceAnotherDataView(t *testing.T) {
	k := kibanatest.NewServer(t, kibanatest.Options{})
	k.PutDataView("default", "4f1c0e2a-user-made", "logs-*", kibana.DefaultLogsName)
	c := newClient(t, kibana.Config{URL: k.URL})
	err := c.Setup(context.Background(), nil)
	if err == nil || !strings.Contains(err.Error(), "Duplicate data view") || !strings.Contains(err.Error(), "another name") {
		t.Fatalf("err = %v", err)
	}
	if _, _, _, ok := k.DataView("default", "4f1c0e2a-user-made"); !ok {
		t.Error("the user's data view is gone")
	}
}

// The fake refuses a write without kbn-xsrf, as Kibana does; the client
// sends it on every request, so none of its requests is refused.
func TestKbnXsrfOnEveryRequest(t *testing.T) {
	k := kibanatest.NewServer(t, kibanatest.Options{})
	resp, err := http.Post(k.URL+"/api/data_views/data_view", "application/json", strings.NewReader(`{"data_view":{"title":"x-*"}}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("a POST without kbn-xsrf answered %d, want 400", resp.StatusCode)
	}
	if _, _, _, ok := k.DataView("default", "x-*"); ok || k.Writes() != 0 {
		t.Fatal("the refused request wrote")
	}
	c := newClient(t, kibana.Config{URL: k.URL, Dashboard: true})
	setup(t, c)
	posts := 0
	for _, rq := range k.Requests()[1:] {
		if rq.Status == http.StatusBadRequest {
			t.Errorf("%s %s refused", rq.Method, rq.Path)
		}
		if rq.Method == http.MethodPost {
			posts++
		}
	}
	if posts < 4 { // two creates, a bulk get, an import
		t.Errorf("only %d POSTs", posts)
	}
}

// Bad credentials fail at once (no retry) with the endpoint, the status,
// Kibana's message and a hint.
func TestUnauthorized(t *testing.T) {
	k := kibanatest.NewServer(t, kibanatest.Options{Username: "vigil", Password: "not-a-real-password"})
	c := newClient(t, kibana.Config{URL: k.URL, Username: "vigil", Password: "wrong-fake-password"})
	err := c.Setup(context.Background(), nil)
	var ae *kibana.APIError
	if !errors.As(err, &ae) || ae.Status != http.StatusUnauthorized {
		t.Fatalf("err = %v", err)
	}
	for _, want := range []string{"GET /api/data_views/data_view/logs-%2A", "401 Unauthorized", "unable to authenticate", "kibana.username"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q lacks %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "wrong-fake-password") {
		t.Error("the error shows the password")
	}
	if n := len(k.Requests()); n != 1 {
		t.Errorf("%d requests, want 1 (a 401 is not retried)", n)
	}
	ok := newClient(t, kibana.Config{URL: k.URL, Username: "vigil", Password: "not-a-real-password"})
	setup(t, ok)
}

// A Kibana 500 is retried with backoff; the retries are bounded.
func TestRetriesAfterKibanaErrors(t *testing.T) {
	k := kibanatest.NewServer(t, kibanatest.Options{})
	k.FailNext(2, http.StatusInternalServerError)
	c := newClient(t, kibana.Config{URL: k.URL, Dashboard: true})
	got := setup(t, c)
	if a := actions(got); a["data view/logs-*"] != kibana.Created || a["dashboard/"+kibana.DefaultDashboardID] != kibana.Created {
		t.Errorf("after two 500s: %v", got)
	}
	rq := k.Requests()
	if rq[0].Status != 500 || rq[1].Status != 500 || rq[2].Status != 404 {
		t.Errorf("requests: %+v", rq[:3])
	}

	k2 := kibanatest.NewServer(t, kibanatest.Options{})
	k2.FailNext(100, http.StatusServiceUnavailable)
	err := newClient(t, kibana.Config{URL: k2.URL}).Setup(context.Background(), nil)
	if err == nil || !strings.Contains(err.Error(), "503") || !strings.Contains(err.Error(), "gave up after 4 tries") {
		t.Fatalf("err = %v", err)
	}
	if n := len(k2.Requests()); n != 4 {
		t.Errorf("%d requests, want 4", n)
	}
}

// A create whose answer is lost (applied, then a 502) is not repeated:
// the retry looks the data view up first, finds it, and reports it created.
// Likewise an import whose answer is lost is simply imported again.
func TestRetryAfterALostAnswer(t *testing.T) {
	k := kibanatest.NewServer(t, kibanatest.Options{})
	k.LoseNextWrite(http.StatusBadGateway)
	c := newClient(t, kibana.Config{URL: k.URL})
	r, err := c.EnsureDataView(context.Background(), kibana.DataView{ID: "logs-*", Title: "logs-*", Name: "n"})
	if err != nil || r.Action != kibana.Created {
		t.Fatalf("%v %v", r, err)
	}
	var methods []string
	for _, rq := range k.Requests() {
		methods = append(methods, rq.Method+" "+strconv.Itoa(rq.Status))
	}
	if strings.Join(methods, ",") != "GET 404,POST 502,GET 200" {
		t.Errorf("requests: %v", methods)
	}
	if o, _ := k.Object("default", "index-pattern", "logs-*"); o.Version != 1 {
		t.Errorf("written %d times", o.Version)
	}

	// A 409 (created meanwhile by another run) is looked up again too.
	k.Delete("default", "index-pattern", kibana.DefaultAlertsID)
	k.LoseNextWrite(http.StatusBadGateway)
	r, err = c.EnsureDataView(context.Background(), kibana.DataView{ID: kibana.DefaultAlertsID, Title: "a-*", Name: "a"})
	if err != nil || r.Action != kibana.Created {
		t.Fatalf("%v %v", r, err)
	}
}

// Objects Kibana refuses are listed, each with its id, type and error.
func TestImportObjectErrors(t *testing.T) {
	k := kibanatest.NewServer(t, kibanatest.Options{})
	c := newClient(t, kibana.Config{URL: k.URL})
	objs, err := kibana.Overview("no-such-view", "nor-this-one")
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.EnsureObjects(context.Background(), objs)
	var ie *kibana.ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v", err)
	}
	lenses := 0
	for _, o := range objs {
		if o.Type == "lens" {
			lenses++
			if !strings.Contains(err.Error(), `lens "`+o.ID+`": missing_references (index-pattern "`) {
				t.Errorf("%q does not list %s", err, o.ID)
			}
		}
	}
	if len(ie.Errors) != lenses {
		t.Errorf("%d errors, want one per lens (%d)", len(ie.Errors), lenses)
	}
	if !strings.Contains(err.Error(), "POST /api/saved_objects/_import?overwrite=true") {
		t.Errorf("%q does not name the endpoint", err)
	}
}

// Everything goes to the configured space; an unknown space is an error
// naming the endpoint.
func TestSpaces(t *testing.T) {
	k := kibanatest.NewServer(t, kibanatest.Options{Spaces: []string{"oncall"}})
	c := newClient(t, kibana.Config{URL: k.URL, Space: "oncall", Dashboard: true})
	setup(t, c)
	if _, _, _, ok := k.DataView("oncall", "logs-*"); !ok {
		t.Error("no data view in the space")
	}
	if _, ok := k.Object("oncall", "dashboard", kibana.DefaultDashboardID); !ok {
		t.Error("no dashboard in the space")
	}
	if n := len(k.Objects("default")); n != 0 {
		t.Errorf("%d objects in the default space", n)
	}
	for _, rq := range k.Requests() {
		if rq.Space != "oncall" {
			t.Errorf("%s %s went to space %q", rq.Method, rq.Path, rq.Space)
		}
	}
	err := newClient(t, kibana.Config{URL: k.URL, Space: "nope"}).Setup(context.Background(), nil)
	if err == nil || !strings.Contains(err.Error(), "/s/nope/api/data_views/data_view") || !strings.Contains(err.Error(), "404") ||
		!strings.Contains(err.Error(), `space "nope" exist`) {
		t.Errorf("err = %v", err)
	}
}

// With other data view ids the panels reference them, and only them; a
// dashboard object changed in Kibana (another revision) is updated alone.
func TestCustomIDsAndRevisions(t *testing.T) {
	k := kibanatest.NewServer(t, kibanatest.Options{})
	cfg := kibana.Config{URL: k.URL, Dashboard: true,
		DataView:       kibana.DataViewConfig{ID: "shop-logs", Title: "shop-logs-*"},
		AlertsDataView: kibana.DataViewConfig{ID: "shop-alerts", Title: "shop-alerts-*"}}
	c := newClient(t, cfg)
	setup(t, c)
	seen := map[string]int{}
	for _, o := range k.Objects("default") {
		for _, r := range o.References {
			if r.Type == "index-pattern" {
				seen[r.ID]++
			}
		}
	}
	if seen["shop-logs"] == 0 || seen["shop-alerts"] == 0 || len(seen) != 2 {
		t.Errorf("data view references: %v", seen)
	}

	// Someone edits a panel: its revision no longer matches.
	o, _ := k.Object("default", "lens", "vigil-top-rules")
	k.Delete("default", "lens", "vigil-top-rules")
	o.Attributes["description"] = "edited by hand"
	objs, _ := kibana.Overview("shop-logs", "shop-alerts")
	var edited []kibana.SavedObject
	for _, so := range objs {
		if so.ID == "vigil-top-rules" {
			so.Attributes = o.Attributes
			edited = append(edited, so)
		}
	}
	if _, err := c.Import(context.Background(), edited); err != nil {
		t.Fatal(err)
	}
	got := actions(setup(t, c))
	for key, a := range got {
		want := kibana.Unchanged
		if key == "lens/vigil-top-rules" {
			want = kibana.Updated
		}
		if a != want {
			t.Errorf("%s: %s, want %s", key, a, want)
		}
	}
}

// A CA file makes an HTTPS Kibana with a private CA trusted; without it
// the certificate is refused at once, not retried.
func TestCAFile(t *testing.T) {
	k := kibanatest.NewServer(t, kibanatest.Options{TLS: true})
	ca := filepath.Join(t.TempDir(), "kibana-ca.pem")
	if err := os.WriteFile(ca, k.CertPEM(), 0o600); err != nil {
		t.Fatal(err)
	}
	setup(t, newClient(t, kibana.Config{URL: k.URL, CAFile: ca}))

	err := newClient(t, kibana.Config{URL: k.URL}).Setup(context.Background(), nil)
	if err == nil || !strings.Contains(err.Error(), "certificate") || strings.Contains(err.Error(), "gave up") {
		t.Errorf("err = %v", err)
	}
	if _, err := kibana.New(kibana.Config{URL: k.URL, CAFile: filepath.Join(t.TempDir(), "missing.pem")}); err == nil || !strings.Contains(err.Error(), "kibana.ca_file") {
		t.Errorf("missing CA file: %v", err)
	}
}

func TestConfigValidation(t *testing.T) {
	cases := []struct {
		cfg  kibana.Config
		want string
	}{
		{kibana.Config{URL: "kibana:5601"}, "kibana.url: must be an absolute http or https URL"},
		{kibana.Config{URL: "https://u:secret-pw@kibana.example.com"}, "kibana.url: must not hold credentials"},
		{kibana.Config{APIKey: "k", Username: "u"}, "kibana.api_key: cannot be combined"},
		{kibana.Config{Password: "p"}, "kibana.username: is required with password"},
		{kibana.Config{Space: "On Call"}, `kibana.space: want a Kibana space id`},
		{kibana.Config{Timeout: -time.Second}, "kibana.timeout: must not be negative"},
		{kibana.Config{DataView: kibana.DataViewConfig{ID: "a/b"}}, "kibana.data_view.id: want an id"},
		{kibana.Config{DataView: kibana.DataViewConfig{ID: "x"}, AlertsDataView: kibana.DataViewConfig{ID: "x"}}, "kibana.alerts_data_view.id: must differ"},
	}
	for _, tc := range cases {
		err := errors.Join(tc.cfg.ValidateAt("kibana")...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.cfg, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "secret-pw") {
			t.Errorf("the error shows the URL's password: %v", err)
		}
	}
	if errs := (&kibana.Config{URL: "https://kibana.example.com/kb", Space: "on-call_1"}).ValidateAt("kibana"); len(errs) != 0 {
		t.Errorf("a good config: %v", errs)
	}
}

func TestWithDefaults(t *testing.T) {
	c := kibana.Config{}.WithDefaults(kibana.Defaults{URL: "https://k.example.com", LogsID: "my-logs", LogsTitle: "shop-*"})
	if c.URL != "https://k.example.com" || c.DataView.ID != "my-logs" || c.DataView.Title != "shop-*" ||
		c.AlertsDataView.ID != "vigil-alerts" || c.AlertsDataView.Title != "vigil-alerts-*" || c.Timeout != 30*time.Second {
		t.Errorf("%+v", c)
	}
	c = kibana.Config{}.WithDefaults(kibana.Defaults{LogsTitle: "shop-*"})
	if c.DataView.ID != "shop-*" {
		t.Errorf("without alerting.data_view the id is the title: %+v", c.DataView)
	}
	c = kibana.Config{URL: "https://mine.example.com", DataView: kibana.DataViewConfig{Title: "t-*"}}.WithDefaults(kibana.Defaults{URL: "https://k.example.com", LogsTitle: "shop-*"})
	if c.URL != "https://mine.example.com" || c.DataView.Title != "t-*" || c.DataView.ID != "t-*" {
		t.Errorf("set keys must win: %+v", c)
	}
}
