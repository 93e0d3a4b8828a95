package elasticsearch_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	awaitpkg "github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// testConfig is a fast configuration for the fake server.
func testConfig(url string) elasticsearch.Config {
	return elasticsearch.Config{
		URLs:          []string{url},
		FlushBytes:    64 << 10,
		FlushInterval: 5 * time.Millisecond,
		Workers:       2,
		BackoffMin:    time.Millisecond,
		BackoffMax:    5 * time.Millisecond,
	}
}

func newIndexer(t *testing.T, cfg elasticsearch.Config) *elasticsearch.Indexer {
	t.Helper()
	ix, err := elasticsearch.New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() { _ = ix.Close(awaitpkg.Context(t, 2*time.Second)) })
	return ix
}

// recorder collects Done outcomes and fails the test on a second Done for
// the same document.
type recorder struct {
	t       *testing.T
	mu      sync.Mutex
	results map[string]error
	wg      sync.WaitGroup
}

func newRecorder(t *testing.T) *recorder {
	return &recorder{t: t, results: map[string]error{}}
}

func (r *recorder) doc(index, id, body string) elasticsearch.Document {
	r.wg.Add(1)
	key := index + "/" + id
	return elasticsearch.Document{Index: index, ID: id, Body: []byte(body), Done: func(err error) {
		r.mu.Lock()
		if _, dup := r.results[key]; dup {
			r.mu.Unlock()
			r.t.Errorf("Done called twice for %s", key)
			return
		}
		r.results[key] = err
		r.mu.Unlock()
		r.wg.Done()
	}}
}

// wait waits for every Done (a safety net against hangs, not a timing goal).
func (r *recorder) wait() map[string]error {
	r.t.Helper()
	ch := make(chan struct{})
	go func() { r.wg.Wait(); close(ch) }()
	select {
	case <-ch:
	case <-awaitpkg.After(r.t, 20*time.Second):
		r.t.Fatal("not every document got its Done call")
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string]error, len(r.results))
	for k, v := range r.results {
		out[k] = v
	}
	return out
}

func body(i int, service string) string {
	return fmt.Sprintf(`{"@timestamp":"2026-11-25T08:%02d:00Z","service":{"name":%q},"log.level":"info","message":"order %d synced","http":{"response":{"status_code":200}}}`, i%60, service, i)
}

// addAndClose adds n documents ("0" … n-1, bodies tagged tag) to index and
// closes the indexer, returning Close's error.
func addAndClose(t *testing.T, ix *elasticsearch.Indexer, rec *recorder, index, tag string, n int) error {
	t.Helper()
	for i := range n {
		if err := ix.Add(context.Background(), rec.doc(index, fmt.Sprint(i), body(i, tag))); err != nil {
			t.Fatal(err)
		}
	}
	return closeIndexer(t, ix)
}

func closeIndexer(t *testing.T, ix *elasticsearch.Indexer) error {
	t.Helper()
	return ix.Close(awaitpkg.Context(t, 10*time.Second))
}

func TestHappyPath(t *testing.T) {
	srv := estest.NewServer(t)
	ix := newIndexer(t, testConfig(srv.URL))
	rec := newRecorder(t)
	ctx := context.Background()
	const n = 300
	for i := range n {
		index := []string{"logs-amazon-api-2026.11.25", "logs-shopify-api-2026.11.25"}[i%2]
		if err := ix.Add(ctx, rec.doc(index, fmt.Sprintf("p0-%d", i), body(i, "svc"))); err != nil {
			t.Fatalf("Add %d: %v", i, err)
		}
	}
	if err := closeIndexer(t, ix); err != nil {
		t.Fatalf("Close: %v", err)
	}
	for k, err := range rec.wait() {
		if err != nil {
			t.Errorf("%s: Done(%v), want nil", k, err)
		}
	}
	if got := srv.Count("logs-*"); got != n {
		t.Errorf("Count(logs-*) = %d, want %d", got, n)
	}
	if got := srv.Count("logs-amazon-api-2026.11.25"); got != n/2 {
		t.Errorf("Count(amazon) = %d, want %d", got, n/2)
	}
	var stored map[string]any
	if err := json.Unmarshal(srv.Docs("logs-amazon-api-2026.11.25")["p0-4"], &stored); err != nil {
		t.Fatalf("stored doc: %v", err)
	}
	if stored["message"] != "order 4 synced" {
		t.Errorf("stored message = %v", stored["message"])
	}
	st := ix.Stats()
	if st.Added != n || st.Indexed != n || st.Rejected != 0 || st.Retried != 0 || st.Aborted != 0 {
		t.Errorf("Stats = %+v", st)
	}
	if st.Requests == 0 || st.Bytes == 0 || st.Requests != uint64(srv.Requests().Bulk) {
		t.Errorf("Stats.Requests = %d, Bytes = %d, server bulk requests = %d", st.Requests, st.Bytes, srv.Requests().Bulk)
	}
}

func TestItemFailures(t *testing.T) {
	tests := []struct {
		name       string
		status     int
		failsUntil int // the item fails on attempts < failsUntil; 0 = always
		maxRetries int
		wantRej    string // RejectedError type, or ""
		wantErr    error  // sentinel the Done error wraps, or nil
	}{
		{name: "429 retried then succeeds", status: 429, failsUntil: 3},
		{name: "503 retried then succeeds", status: 503, failsUntil: 2},
		{name: "400 rejected", status: 400, wantRej: "mapper_parsing_exception"},
		{name: "409 rejected", status: 409, wantRej: "version_conflict_engine_exception"},
		{name: "404 rejected", status: 404, wantRej: "index_not_found_exception"},
		{name: "429 gives up after max retries", status: 429, maxRetries: 2, wantErr: elasticsearch.ErrRetriesExhausted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := estest.NewServer(t)
			srv.ItemFault(func(index, id string, attempt int) int {
				if !strings.HasSuffix(id, "-bad") {
					return 0
				}
				if tc.failsUntil == 0 || attempt < tc.failsUntil {
					return tc.status
				}
				return 0
			})
			cfg := testConfig(srv.URL)
			cfg.MaxRetries = tc.maxRetries
			ix := newIndexer(t, cfg)
			rec := newRecorder(t)
			const n = 40
			for i := range n {
				id := fmt.Sprintf("d%d", i)
				if i%4 == 0 {
					id += "-bad"
				}
				if err := ix.Add(context.Background(), rec.doc("logs-x-2026.11.25", id, body(i, "x"))); err != nil {
					t.Fatal(err)
				}
			}
			if err := closeIndexer(t, ix); err != nil {
				t.Fatalf("Close: %v", err)
			}
			bad := 0
			for k, err := range rec.wait() {
				if !strings.HasSuffix(k, "-bad") {
					if err != nil {
						t.Errorf("%s: Done(%v), want nil", k, err)
					}
					continue
				}
				bad++
				var rej *elasticsearch.RejectedError
				switch {
				case tc.wantRej != "":
					if !errors.As(err, &rej) || rej.Status != tc.status || rej.Type != tc.wantRej {
						t.Errorf("%s: Done(%v), want RejectedError %d %s", k, err, tc.status, tc.wantRej)
					}
				case tc.wantErr != nil:
					if !errors.Is(err, tc.wantErr) || errors.As(err, &rej) {
						t.Errorf("%s: Done(%v), want %v", k, err, tc.wantErr)
					}
				default:
					if err != nil {
						t.Errorf("%s: Done(%v), want nil after retries", k, err)
					}
				}
			}
			st := ix.Stats()
			wantStored := n - bad
			if tc.wantRej == "" && tc.wantErr == nil {
				wantStored = n
				if want := uint64(bad * (tc.failsUntil - 1)); st.Retried != want {
					t.Errorf("Stats.Retried = %d, want %d", st.Retried, want)
				}
				// Only the failed items are sent again.
				if got, want := srv.Requests().BulkItems, n+bad*(tc.failsUntil-1); got != want {
					t.Errorf("server saw %d items, want %d", got, want)
				}
			}
			if got := srv.Count("logs-x-*"); got != wantStored {
				t.Errorf("Count = %d, want %d", got, wantStored)
			}
			if tc.wantRej != "" && st.Rejected != uint64(bad) {
				t.Errorf("Stats.Rejected = %d, want %d", st.Rejected, bad)
			}
			if tc.wantErr != nil && (st.Failed != uint64(bad) || st.Retried != uint64(bad*tc.maxRetries)) {
				t.Errorf("Stats = %+v, want Failed %d Retried %d", st, bad, bad*tc.maxRetries)
			}
		})
	}
}

func TestWholeRequestFailures(t *testing.T) {
	tests := []struct {
		status  int
		fails   int
		wantErr error // nil: documents end up indexed
	}{
		{status: 503, fails: 3},
		{status: 502, fails: 1},
		{status: 500, fails: 2},
		{status: 429, fails: 2},
		{status: 401, fails: 1},
		{status: 400, fails: 1, wantErr: elasticsearch.ErrRequestFailed},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.status), func(t *testing.T) {
			srv := estest.NewServer(t)
			cfg := testConfig(srv.URL)
			cfg.Workers = 1
			cfg.FlushInterval = time.Hour // one batch, sent by Close
			ix := newIndexer(t, cfg)
			srv.FailRequests(tc.fails, tc.status)
			rec := newRecorder(t)
			const n = 10
			if err := addAndClose(t, ix, rec, "logs-y-2026.11.25", "y", n); err != nil {
				t.Fatalf("Close: %v", err)
			}
			for k, err := range rec.wait() {
				if tc.wantErr == nil && err != nil || tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
					t.Errorf("%s: Done(%v), want %v", k, err, tc.wantErr)
				}
			}
			st := ix.Stats()
			if st.RequestErrors != uint64(tc.fails) {
				t.Errorf("Stats.RequestErrors = %d, want %d", st.RequestErrors, tc.fails)
			}
			if tc.wantErr == nil {
				if got := srv.Count("logs-y-*"); got != n {
					t.Errorf("Count = %d, want %d", got, n)
				}
				if st.Retried != uint64(n*tc.fails) {
					t.Errorf("Stats.Retried = %d, want %d", st.Retried, n*tc.fails)
				}
			} else if st.Failed != n {
				t.Errorf("Stats.Failed = %d, want %d", st.Failed, n)
			}
		})
	}
}

func TestRequestTooLargeIsSplit(t *testing.T) {
	srv := estest.NewServer(t)
	cfg := testConfig(srv.URL)
	cfg.Workers = 1
	cfg.FlushInterval = time.Hour
	ix := newIndexer(t, cfg)
	srv.FailRequests(1, http.StatusRequestEntityTooLarge)
	rec := newRecorder(t)
	if err := addAndClose(t, ix, rec, "logs-z-2026.11.25", "z", 8); err != nil {
		t.Fatal(err)
	}
	for k, err := range rec.wait() {
		if err != nil {
			t.Errorf("%s: %v", k, err)
		}
	}
	if got := srv.Count("logs-z-*"); got != 8 {
		t.Errorf("Count = %d, want 8", got)
	}
	// one refused request, then the two halves
	if got := srv.Requests().Bulk; got != 2 {
		t.Errorf("bulk requests reaching the handler = %d, want 2", got)
	}
}

func TestBackpressure(t *testing.T) {
	srv := estest.NewServer(t)
	cfg := testConfig(srv.URL)
	cfg.Workers = 1
	cfg.FlushBytes = 1 // every document is its own batch
	ix := newIndexer(t, cfg)
	release := srv.HoldBulk()
	defer release()
	rec := newRecorder(t)

	accepted := 0
	var blockedErr error
	for i := range 50 {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		doc := rec.doc("logs-bp-2026.11.25", fmt.Sprint(i), body(i, "bp"))
		err := ix.Add(ctx, doc)
		cancel()
		if err != nil {
			rec.wg.Done() // this document was not accepted: no Done will come
			blockedErr = err
			break
		}
		accepted++
	}
	if !errors.Is(blockedErr, context.DeadlineExceeded) {
		t.Fatalf("Add never blocked while Elasticsearch was stuck (accepted %d, err %v)", accepted, blockedErr)
	}
	// one batch in flight, one waiting for a worker: nothing more is buffered
	if accepted > cfg.Workers+1 {
		t.Errorf("accepted %d documents before blocking, want at most %d", accepted, cfg.Workers+1)
	}
	if p := ix.Stats().Pending; p != uint64(accepted) {
		t.Errorf("Stats.Pending = %d while held, want %d", p, accepted)
	}
	release()
	if err := closeIndexer(t, ix); err != nil {
		t.Fatal(err)
	}
	results := rec.wait()
	if len(results) != accepted {
		t.Errorf("%d Done calls, want %d", len(results), accepted)
	}
	for k, err := range results {
		if err != nil {
			t.Errorf("%s: %v", k, err)
		}
	}
	if got := srv.Count("logs-bp-*"); got != accepted {
		t.Errorf("Count = %d, want %d", got, accepted)
	}
}

func TestIdempotentIDs(t *testing.T) {
	srv := estest.NewServer(t)
	ix := newIndexer(t, testConfig(srv.URL))
	rec := newRecorder(t)
	const n = 50
	for round := range 2 {
		for i := range n {
			b := fmt.Sprintf(`{"@timestamp":"2026-11-25T08:00:00Z","message":"round %d","seq":%d}`, round, i)
			if err := ix.Add(context.Background(), rec.doc("logs-id-2026.11.25", fmt.Sprintf("orders/0/%d", i), b)); err != nil {
				t.Fatal(err)
			}
		}
		// Let the first round land before the replay.
		if round == 0 {
			rec.wait()
			rec = newRecorder(t)
		}
	}
	if err := closeIndexer(t, ix); err != nil {
		t.Fatal(err)
	}
	for k, err := range rec.wait() {
		if err != nil {
			t.Errorf("%s: %v", k, err)
		}
	}
	if got := srv.Count("logs-id-*"); got != n {
		t.Errorf("Count after replay = %d, want %d (no duplicates)", got, n)
	}
	var d struct{ Message string }
	if err := json.Unmarshal(srv.Docs("logs-id-2026.11.25")["orders/0/7"], &d); err != nil || d.Message != "round 1" {
		t.Errorf("replayed doc = %+v (%v), want the second version", d, err)
	}
	if ix.Stats().Indexed != 2*n {
		t.Errorf("Indexed = %d, want %d", ix.Stats().Indexed, 2*n)
	}
}

func TestBodies(t *testing.T) {
	srv := estest.NewServer(t)
	ix := newIndexer(t, testConfig(srv.URL))
	rec := newRecorder(t)
	tests := []struct {
		id, body string
		wantRej  bool
	}{
		{id: "pretty", body: "{\n  \"message\": \"two\\nlines\",\n  \"n\": 1\n}\n"},
		{id: "plain", body: `{"message":"x"}`},
		{id: "empty", body: ``, wantRej: true},
		{id: "array", body: `[1,2]`, wantRej: true},
		{id: "broken", body: "{\"a\":\n", wantRej: true},
	}
	for _, tc := range tests {
		if err := ix.Add(context.Background(), rec.doc("logs-b-2026.11.25", tc.id, tc.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := closeIndexer(t, ix); err != nil {
		t.Fatal(err)
	}
	results := rec.wait()
	for _, tc := range tests {
		err := results["logs-b-2026.11.25/"+tc.id]
		var rej *elasticsearch.RejectedError
		if tc.wantRej != errors.As(err, &rej) {
			t.Errorf("%s: Done(%v), want rejected=%v", tc.id, err, tc.wantRej)
		}
	}
	if got := string(srv.Docs("logs-b-2026.11.25")["pretty"]); got != `{"message":"two\nlines","n":1}` {
		t.Errorf("pretty body stored as %s", got)
	}
}

func TestAddErrors(t *testing.T) {
	srv := estest.NewServer(t)
	ix := newIndexer(t, testConfig(srv.URL))
	called := false
	doc := elasticsearch.Document{ID: "1", Body: []byte(`{}`), Done: func(error) { called = true }}
	if err := ix.Add(context.Background(), doc); err == nil {
		t.Error("Add without index succeeded")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc.Index = "logs-a"
	if err := ix.Add(ctx, doc); !errors.Is(err, context.Canceled) {
		t.Errorf("Add with cancelled ctx = %v", err)
	}
	if err := closeIndexer(t, ix); err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(context.Background(), doc); !errors.Is(err, elasticsearch.ErrClosed) {
		t.Errorf("Add after Close = %v, want ErrClosed", err)
	}
	if called {
		t.Error("Done called for a document Add refused")
	}
}

func TestCloseAbortsWhenServerIsDead(t *testing.T) {
	tests := []struct {
		name string
		kill func(srv *estest.Server)
	}{
		{"closed", func(srv *estest.Server) { srv.Close() }},
		{"hung", func(srv *estest.Server) { srv.HoldBulk() }},
		{"failing", func(srv *estest.Server) { srv.FailRequests(1<<30, 503) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv := estest.NewServer(t)
			tc.kill(srv)
			cfg := testConfig(srv.URL)
			cfg.MaxRetries = 0 // retry forever: only Close can end it
			cfg.FlushBytes = 512
			ix := newIndexer(t, cfg)
			rec := newRecorder(t)
			const n = 20
			for i := range n {
				ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
				err := ix.Add(ctx, rec.doc("logs-dead-2026.11.25", fmt.Sprint(i), body(i, "dead")))
				cancel()
				if err != nil {
					rec.wg.Done() // not accepted (backpressure): stop adding
					break
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
			defer cancel()
			err := ix.Close(ctx)
			if !errors.Is(err, elasticsearch.ErrAborted) {
				t.Fatalf("Close = %v, want ErrAborted", err)
			}
			results := rec.wait()
			st := ix.Stats()
			if uint64(len(results)) != st.Added || st.Added == 0 {
				t.Fatalf("%d Done calls for %d accepted documents", len(results), st.Added)
			}
			for k, err := range results {
				if !errors.Is(err, elasticsearch.ErrAborted) {
					t.Errorf("%s: Done(%v), want ErrAborted", k, err)
				}
			}
			if st.Aborted != st.Added || st.Indexed != 0 {
				t.Errorf("Stats = %+v", st)
			}
		})
	}
}

func TestSetupInstallsTemplate(t *testing.T) {
	srv := estest.NewServer(t)
	cfg := testConfig(srv.URL)
	cfg.LifecyclePolicy = "vigil-logs-retention"
	cfg.Retention = 7 * 24 * time.Hour
	ix := newIndexer(t, cfg)
	if err := ix.Setup(context.Background()); err != nil {
		t.Fatalf("Setup: %v", err)
	}
	raw, ok := srv.Templates()["vigil-logs"]
	if !ok {
		t.Fatalf("template vigil-logs not installed; have %v", srv.Templates())
	}
	var tpl struct {
		IndexPatterns []string `json:"index_patterns"`
		Priority      int      `json:"priority"`
		Template      struct {
			Settings map[string]any `json:"settings"`
		} `json:"template"`
	}
	if err := json.Unmarshal(raw, &tpl); err != nil {
		t.Fatal(err)
	}
	if len(tpl.IndexPatterns) != 1 || tpl.IndexPatterns[0] != "logs-*" || tpl.Priority <= 100 {
		t.Errorf("template patterns %v priority %d", tpl.IndexPatterns, tpl.Priority)
	}
	if tpl.Template.Settings["index.lifecycle.name"] != "vigil-logs-retention" {
		t.Errorf("template settings = %v", tpl.Template.Settings)
	}
	pol, ok := srv.Policies()["vigil-logs-retention"]
	if !ok || !strings.Contains(string(pol), `"min_age":"604800s"`) {
		t.Errorf("lifecycle policy = %s", pol)
	}

	// A document creates an index that gets the template's mappings.
	rec := newRecorder(t)
	const index = "logs-amazon-api-2026.11.25"
	doc := `{"@timestamp":"2026-11-25T08:00:00Z","service.name":"amazon-api","log":{"level":"error"},"message":"x",
		"http":{"response":{"status_code":429}},"event":{"duration":1500000},"sync":{"kind":"order","delay_seconds":12.5},
		"error":{"code":"QuotaExceeded"},"trace":{"id":"abc"},"shop":{"id":"S1","platform":"amazon","region":"eu"},
		"job":{"name":"sync","status":"failed"},"buyer":{"email":"[redacted]"}}`
	if err := ix.Add(context.Background(), rec.doc(index, "1", doc)); err != nil {
		t.Fatal(err)
	}
	// A type conflict is a permanent per-item failure.
	if err := ix.Add(context.Background(), rec.doc(index, "2", `{"http":{"response":{"status_code":"not-a-number"}}}`)); err != nil {
		t.Fatal(err)
	}
	if err := closeIndexer(t, ix); err != nil {
		t.Fatal(err)
	}
	results := rec.wait()
	if err := results[index+"/1"]; err != nil {
		t.Fatalf("doc 1: %v", err)
	}
	var rej *elasticsearch.RejectedError
	if err := results[index+"/2"]; !errors.As(err, &rej) || rej.Status != 400 {
		t.Errorf("doc 2: Done(%v), want a 400 RejectedError", err)
	}
	mapping := srv.Mapping(index)
	want := map[string]string{
		"@timestamp":                "date",
		"service.name":              "keyword",
		"log.level":                 "keyword",
		"message":                   "text",
		"http.response.status_code": "integer",
		"event.duration":            "long",
		"sync.kind":                 "keyword",
		"sync.delay_seconds":        "double",
		"error.code":                "keyword",
		"trace.id":                  "keyword",
		"shop.id":                   "keyword",
		"shop.platform":             "keyword",
		"job.name":                  "keyword",
		"job.status":                "keyword",
		"buyer.email":               "keyword", // dynamic template: strings as keyword
	}
	for field, typ := range want {
		if mapping[field] != typ {
			t.Errorf("mapping[%s] = %q, want %q", field, mapping[field], typ)
		}
	}
}

func TestSetupErrors(t *testing.T) {
	notES := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"version":{"number":"8.19.0"}}`))
	}))
	defer notES.Close()
	failing := estest.NewServer(t)
	failing.FailRequests(100, 500)

	tests := []struct {
		name string
		url  string
		want string
	}{
		{"not elasticsearch", notES.URL, "not Elasticsearch"},
		{"server error", failing.URL, "HTTP 500"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix := newIndexer(t, testConfig(tc.url))
			err := ix.Setup(context.Background())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Setup = %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestAuth(t *testing.T) {
	tlsSrv := estest.NewServer(t, estest.WithTLS(), estest.WithAPIKey("a2V5OnNlY3JldA=="))
	caFile := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(caFile, tlsSrv.CertificatePEM(), 0o600); err != nil {
		t.Fatal(err)
	}
	basic := estest.NewServer(t, estest.WithBasicAuth("vigil", "s3cret"))

	tests := []struct {
		name    string
		url     string
		mod     func(*elasticsearch.Config)
		wantErr string
	}{
		{"basic ok", basic.URL, func(c *elasticsearch.Config) { c.Username, c.Password = "vigil", "s3cret" }, ""},
		{"basic wrong password", basic.URL, func(c *elasticsearch.Config) { c.Username, c.Password = "vigil", "nope" }, "401"},
		{"basic missing", basic.URL, func(c *elasticsearch.Config) {}, "401"},
		{"api key and CA ok", tlsSrv.URL, func(c *elasticsearch.Config) { c.APIKey, c.CACert = "a2V5OnNlY3JldA==", caFile }, ""},
		{"api key wrong", tlsSrv.URL, func(c *elasticsearch.Config) { c.APIKey, c.CACert = "d3Jvbmc=", caFile }, "401"},
		{"untrusted certificate", tlsSrv.URL, func(c *elasticsearch.Config) { c.APIKey = "a2V5OnNlY3JldA==" }, "certificate"},
		{"insecure skip verify", tlsSrv.URL, func(c *elasticsearch.Config) {
			c.APIKey, c.InsecureSkipVerify = "a2V5OnNlY3JldA==", true
		}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(tc.url)
			tc.mod(&cfg)
			ix := newIndexer(t, cfg)
			err := ix.Setup(context.Background())
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("Setup = %v, want error containing %q", err, tc.wantErr)
			}
			if err != nil && (strings.Contains(err.Error(), "s3cret") || strings.Contains(err.Error(), "a2V5OnNlY3JldA")) {
				t.Errorf("error leaks a credential: %v", err)
			}
		})
	}
}

func TestNewValidation(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*elasticsearch.Config)
		want string
	}{
		{"defaults", func(c *elasticsearch.Config) {}, ""},
		{"bad url", func(c *elasticsearch.Config) { c.URLs = []string{"ftp://x"} }, "urls"},
		{"url with password not echoed", func(c *elasticsearch.Config) { c.URLs = []string{"es://u:hunter2@x"} }, "urls"},
		{"api key and basic", func(c *elasticsearch.Config) { c.APIKey, c.Username = "k", "u" }, "api_key"},
		{"index without prefix", func(c *elasticsearch.Config) { c.Index = "{service.name}-{yyyy}" }, "literal prefix"},
		{"index uppercase", func(c *elasticsearch.Config) { c.Index = "Logs-{yyyy}" }, "lowercase"},
		{"index unbalanced", func(c *elasticsearch.Config) { c.Index = "logs-{yyyy" }, "unbalanced"},
		{"backoff order", func(c *elasticsearch.Config) { c.BackoffMin, c.BackoffMax = time.Second, time.Millisecond }, "backoff_min"},
		{"negative workers", func(c *elasticsearch.Config) { c.Workers = -1 }, "workers"},
		{"missing CA file", func(c *elasticsearch.Config) { c.CACert = "/nonexistent/ca.pem" }, "ca_cert"},
		{"negative max_bytes_in_flight", func(c *elasticsearch.Config) { c.MaxBytesInFlight = -1 }, "max_bytes_in_flight: must not be negative"},
		{"max_bytes_in_flight below flush_bytes", func(c *elasticsearch.Config) { c.FlushBytes, c.MaxBytesInFlight = 1<<20, 1<<10 },
			"max_bytes_in_flight: must be at least flush_bytes (1048576), got 1024"},
		{"large flush_bytes raises the default bound", func(c *elasticsearch.Config) { c.FlushBytes = 100 << 20 }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var cfg elasticsearch.Config
			tc.mod(&cfg)
			ix, err := elasticsearch.New(cfg, zerolog.Nop())
			if tc.want == "" {
				if err != nil {
					t.Fatalf("New = %v", err)
				}
				_ = ix.Close(context.Background())
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("New = %v, want error containing %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("error leaks a password: %v", err)
			}
		})
	}
}

// TestLogsAndErrorsCarryNoContent checks that retries are logged and that
// neither logs nor rejection reasons contain document content.
func TestLogsAndErrorsCarryNoContent(t *testing.T) {
	srv := estest.NewServer(t)
	srv.ItemFault(func(_, id string, attempt int) int {
		if id == "busy" && attempt == 1 {
			return 429
		}
		return 0
	})
	var logs syncBuffer
	cfg := testConfig(srv.URL)
	ix, err := elasticsearch.New(cfg, zerolog.New(&logs))
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Setup(context.Background()); err != nil {
		t.Fatal(err)
	}
	const marker = "buyer-7f3a@example.invalid"
	rec := newRecorder(t)
	index := "logs-pii-2026.11.25"
	for _, d := range []elasticsearch.Document{
		rec.doc(index, "busy", `{"message":"`+marker+`"}`),
		rec.doc(index, "conflict", `{"http":{"response":{"status_code":"`+marker+`"}}}`),
	} {
		if err := ix.Add(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	if err := closeIndexer(t, ix); err != nil {
		t.Fatal(err)
	}
	results := rec.wait()
	var rej *elasticsearch.RejectedError
	if err := results[index+"/conflict"]; !errors.As(err, &rej) {
		t.Fatalf("conflict: Done(%v)", err)
	} else if strings.Contains(err.Error(), marker) || !strings.Contains(rej.Reason, "status_code") {
		t.Errorf("rejection reason %q: want the field name and no content", rej.Reason)
	}
	if results[index+"/busy"] != nil {
		t.Errorf("busy: %v", results[index+"/busy"])
	}
	out := logs.String()
	if !strings.Contains(out, "retrying bulk indexing") || !strings.Contains(out, "es_rejected_execution_exception") {
		t.Errorf("retry not logged:\n%s", out)
	}
	if strings.Contains(out, marker) {
		t.Errorf("logs contain document content:\n%s", out)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestRequestTimeoutRetried: a request that outlives RequestTimeout is a
// transient failure, retried until MaxRetries, then reported (not dropped).
func TestRequestTimeoutRetried(t *testing.T) {
	srv := estest.NewServer(t)
	srv.SetLatency(time.Second)
	cfg := testConfig(srv.URL)
	cfg.Workers = 1
	cfg.FlushInterval = time.Hour
	cfg.RequestTimeout = 20 * time.Millisecond
	cfg.MaxRetries = 2
	ix := newIndexer(t, cfg)
	rec := newRecorder(t)
	if err := addAndClose(t, ix, rec, "logs-t-2026.11.25", "t", 3); err != nil {
		t.Fatal(err)
	}
	for k, err := range rec.wait() {
		if !errors.Is(err, elasticsearch.ErrRetriesExhausted) || !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("%s: Done(%v), want ErrRetriesExhausted wrapping a deadline", k, err)
		}
	}
	if st := ix.Stats(); st.Requests != 3 || st.RequestErrors != 3 || st.Retried != 6 || st.Failed != 3 {
		t.Errorf("Stats = %+v", st)
	}
}

// TestChaos mixes concurrent producers with transient item and request
// failures: every document must end up stored exactly once, with exactly
// one Done(nil).
func TestChaos(t *testing.T) {
	srv := estest.NewServer(t)
	srv.ItemFault(func(_, id string, attempt int) int {
		h := 0
		for _, c := range id {
			h = h*31 + int(c)
		}
		switch (h + attempt) % 7 {
		case 0:
			return 429
		case 1:
			if attempt < 3 {
				return 503
			}
		}
		return 0
	})
	cfg := testConfig(srv.URL)
	cfg.FlushBytes = 2048
	cfg.Workers = 3
	ix := newIndexer(t, cfg)
	srv.FailRequests(3, 502)
	rec := newRecorder(t)
	const producers, each = 4, 250
	var wg sync.WaitGroup
	for p := range producers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				d := rec.doc(fmt.Sprintf("logs-c%d-2026.11.25", p%2), fmt.Sprintf("%d/%d", p, i), body(i, "c"))
				if err := ix.Add(context.Background(), d); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if err := closeIndexer(t, ix); err != nil {
		t.Fatal(err)
	}
	results := rec.wait()
	if len(results) != producers*each {
		t.Fatalf("%d outcomes, want %d", len(results), producers*each)
	}
	for k, err := range results {
		if err != nil {
			t.Errorf("%s: %v", k, err)
		}
	}
	if got := srv.Count("logs-*"); got != producers*each {
		t.Errorf("Count = %d, want %d", got, producers*each)
	}
	st := ix.Stats()
	if st.Indexed != producers*each || st.Pending != 0 || st.Retried == 0 || st.RequestErrors < 3 {
		t.Errorf("Stats = %+v", st)
	}
}

func TestCompressedRequests(t *testing.T) {
	srv := estest.NewServer(t)
	cfg := testConfig(srv.URL)
	cfg.Compress = true
	ix := newIndexer(t, cfg)
	rec := newRecorder(t)
	if err := addAndClose(t, ix, rec, "logs-gz-2026.11.25", "gz", 50); err != nil {
		t.Fatal(err)
	}
	for k, err := range rec.wait() {
		if err != nil {
			t.Errorf("%s: %v", k, err)
		}
	}
	if got := srv.Count("logs-gz-*"); got != 50 {
		t.Errorf("Count = %d, want 50", got)
	}
	if c := srv.Requests(); c.Gzipped == 0 || c.Gzipped != c.Bulk {
		t.Errorf("%d of %d bulk requests were compressed", c.Gzipped, c.Bulk)
	}
}
