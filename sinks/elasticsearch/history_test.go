package elasticsearch_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// genDoc is one generated log event, as the test knows it.
type genDoc struct {
	index, id string
	ts        time.Time
	service   string
	level     string
	message   string
}

var (
	histStart = time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	services  = []string{"order-sync", "inventory-sync", "amazon-api"}
	levels    = []string{"info", "info", "info", "warn", "error"}
	words     = []string{"order", "synced", "timeout", "retry", "marketplace", "callback", "stock", "price"}
)

// genDocs makes n events over three days, several services and levels,
// with many timestamps shared by several documents (ties).
func genDocs(n int, seed uint64) []genDoc {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	span := 3 * 24 * time.Hour
	docs := make([]genDoc, n)
	for i := range docs {
		ts := histStart.Add(time.Duration(r.Int64N(int64(span))).Truncate(time.Millisecond))
		if i > 0 && r.IntN(10) == 0 {
			ts = docs[r.IntN(i)].ts // a tie
		}
		svc := services[r.IntN(len(services))]
		d := genDoc{
			ts:      ts,
			service: svc,
			level:   levels[r.IntN(len(levels))],
			message: words[r.IntN(len(words))] + " " + words[r.IntN(len(words))] + " " + words[r.IntN(len(words))],
			id:      fmt.Sprintf("logs.%s-%d-%d", svc, i%3, i),
		}
		d.index = elasticsearch.IndexName(elasticsearch.DefaultIndex, ts, func(string) string { return svc })
		docs[i] = d
	}
	return docs
}

func (d genDoc) body() string {
	return fmt.Sprintf(`{"@timestamp":%q,"service.name":%q,"log.level":%q,"message":%q,"event.duration":%d}`,
		d.ts.Format(time.RFC3339Nano), d.service, d.level, d.message, d.ts.UnixMilli()%1000*1000)
}

// seed installs vigil's index template and bulk-loads docs into srv.
func seed(tb testing.TB, srv *estest.Server, docs []genDoc) {
	tb.Helper()
	tmpl, err := elasticsearch.IndexTemplate(elasticsearch.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	post(tb, srv.URL, http.MethodPut, "/_index_template/"+elasticsearch.DefaultTemplateName, tmpl)
	for start := 0; start < len(docs); start += 5000 {
		var b bytes.Buffer
		for _, d := range docs[start:min(start+5000, len(docs))] {
			fmt.Fprintf(&b, "{\"index\":{\"_index\":%q,\"_id\":%q}}\n%s\n", d.index, d.id, d.body())
		}
		post(tb, srv.URL, http.MethodPost, "/_bulk", b.Bytes())
	}
}

func post(tb testing.TB, base, method, path string, body []byte) {
	tb.Helper()
	req, err := http.NewRequest(method, base+path, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode >= 300 || bytes.Contains(b, []byte(`"errors":true`)) {
		tb.Fatalf("%s %s: %d %s", method, path, res.StatusCode, b[:min(len(b), 300)])
	}
}

func historyConfig(url string) elasticsearch.Config {
	return elasticsearch.Config{
		URLs:       []string{url},
		BackoffMin: time.Millisecond,
		BackoffMax: 5 * time.Millisecond,
	}
}

func newHistory(t *testing.T, cfg elasticsearch.Config, q elasticsearch.HistoryQuery) *elasticsearch.History {
	t.Helper()
	h, err := elasticsearch.NewHistory(cfg, q, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel))
	if err != nil {
		t.Fatalf("NewHistory: %v", err)
	}
	t.Cleanup(func() { _ = h.Close(context.Background()) })
	return h
}

// readAll drains h, checking that @timestamp never goes backwards and that
// no _id comes twice. It returns the ids in order and the final error
// (nil at io.EOF).
func readAll(t *testing.T, ctx context.Context, h *elasticsearch.History) ([]string, error) {
	t.Helper()
	var ids []string
	seen := map[string]bool{}
	var last time.Time
	for {
		hit, err := h.Next(ctx)
		if errors.Is(err, io.EOF) {
			return ids, nil
		}
		if err != nil {
			return ids, err
		}
		var src struct {
			TS time.Time `json:"@timestamp"`
		}
		if err := json.Unmarshal(hit.Source, &src); err != nil {
			t.Fatalf("hit %s: source is not the document: %v", hit.ID, err)
		}
		if src.TS.Before(last) {
			t.Fatalf("hit %s at %s comes after %s: not in @timestamp order", hit.ID, src.TS, last)
		}
		if seen[hit.ID] {
			t.Fatalf("hit %s returned twice", hit.ID)
		}
		if !strings.HasPrefix(hit.Index, "logs-") {
			t.Fatalf("hit %s has index %q", hit.ID, hit.Index)
		}
		seen[hit.ID] = true
		last = src.TS
		ids = append(ids, hit.ID)
	}
}

// expect returns the ids of docs in [from, to) accepted by keep.
func expect(docs []genDoc, from, to time.Time, keep func(genDoc) bool) map[string]bool {
	out := map[string]bool{}
	for _, d := range docs {
		if !d.ts.Before(from) && d.ts.Before(to) && (keep == nil || keep(d)) {
			out[d.id] = true
		}
	}
	return out
}

func sameSet(t *testing.T, got []string, want map[string]bool) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d documents, want %d", len(got), len(want))
	}
	missing := 0
	for _, id := range got {
		if !want[id] {
			t.Errorf("unexpected document %s", id)
			return
		}
	}
	gotSet := map[string]bool{}
	for _, id := range got {
		gotSet[id] = true
	}
	for id := range want {
		if !gotSet[id] {
			missing++
		}
	}
	if missing > 0 {
		t.Errorf("%d expected documents missing", missing)
	}
}

func TestHistoryReadsInEventTimeOrder(t *testing.T) {
	srv := estest.NewServer(t)
	docs := genDocs(2500, 1)
	// Documents exactly on and next to the bounds of the narrow window.
	from := histStart.Add(30 * time.Hour)
	to := histStart.Add(54 * time.Hour)
	for i, ts := range []time.Time{from.Add(-time.Millisecond), from, to.Add(-time.Millisecond), to} {
		d := genDocs(1, uint64(100+i))[0]
		d.ts, d.id = ts, fmt.Sprintf("logs.bound-0-%d", i)
		d.index = elasticsearch.IndexName(elasticsearch.DefaultIndex, ts, func(string) string { return d.service })
		docs = append(docs, d)
	}
	seed(t, srv, docs)
	all0, all1 := histStart, histStart.Add(72*time.Hour)

	tests := []struct {
		name     string
		from, to time.Time
		query    string
		pattern  string
		keep     func(genDoc) bool
	}{
		{name: "everything", from: all0, to: all1},
		{name: "window bounds", from: from, to: to},
		{name: "service and level", from: all0, to: all1, query: "service.name:order-sync AND log.level:error",
			keep: func(d genDoc) bool { return d.service == "order-sync" && d.level == "error" }},
		{name: "or and not", from: from, to: to, query: "(log.level:error OR log.level:warn) AND NOT service.name:amazon-api",
			keep: func(d genDoc) bool { return d.level != "info" && d.service != "amazon-api" }},
		{name: "wildcard", from: all0, to: all1, query: `service.name:*-sync AND -log.level:info`,
			keep: func(d genDoc) bool { return strings.HasSuffix(d.service, "-sync") && d.level != "info" }},
		{name: "phrase on text", from: all0, to: all1, query: `message:"order synced"`,
			keep: func(d genDoc) bool { return strings.Contains(d.message, "order synced") }},
		{name: "one service's indices", from: all0, to: all1, pattern: "logs-amazon-api-*",
			keep: func(d genDoc) bool { return d.service == "amazon-api" }},
	}
	const pageSize = 300
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := expect(docs, tc.from, tc.to, tc.keep)
			if len(want) <= pageSize && tc.query == "" {
				t.Fatalf("test data too small: %d documents", len(want))
			}
			h := newHistory(t, historyConfig(srv.URL), elasticsearch.HistoryQuery{
				Pattern: tc.pattern, From: tc.from, To: tc.to, Query: tc.query, PageSize: pageSize})
			got, err := readAll(t, context.Background(), h)
			if err != nil {
				t.Fatal(err)
			}
			sameSet(t, got, want)
			if n := srv.OpenPITs(); n != 0 {
				t.Errorf("%d points in time still open after the last document", n)
			}
			st := h.Stats()
			if st.Docs != uint64(len(want)) || st.Pages != uint64(len(want)/pageSize+1) || st.Retries != 0 {
				t.Errorf("stats %+v for %d documents", st, len(want))
			}
			if _, err := h.Next(context.Background()); !errors.Is(err, io.EOF) {
				t.Errorf("Next after the end: %v, want io.EOF", err)
			}
		})
	}
	t.Run("bounds are exact", func(t *testing.T) {
		h := newHistory(t, historyConfig(srv.URL), elasticsearch.HistoryQuery{From: from, To: to, Query: "service.name:*", PageSize: 1000})
		got, err := readAll(t, context.Background(), h)
		if err != nil {
			t.Fatal(err)
		}
		in := map[string]bool{}
		for _, id := range got {
			in[id] = true
		}
		for i, want := range []bool{false, true, true, false} {
			if id := fmt.Sprintf("logs.bound-0-%d", i); in[id] != want {
				t.Errorf("%s returned %t, want %t", id, in[id], want)
			}
		}
	})
}

func TestHistorySnapshot(t *testing.T) {
	srv := estest.NewServer(t)
	docs := genDocs(700, 2)
	seed(t, srv, docs)
	h := newHistory(t, historyConfig(srv.URL), elasticsearch.HistoryQuery{
		From: histStart, To: histStart.Add(72 * time.Hour), PageSize: 100})
	first, err := h.Next(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Documents indexed after the point in time opened stay invisible.
	later := genDocs(50, 4)
	for i := range later {
		later[i].id = fmt.Sprintf("logs.late-0-%d", i)
	}
	seed(t, srv, later)
	rest, err := readAll(t, context.Background(), h)
	if err != nil {
		t.Fatal(err)
	}
	got := append([]string{first.ID}, rest...)
	sameSet(t, got, expect(docs, histStart, histStart.Add(72*time.Hour), nil))
}

func TestHistoryRetriesTransientFailures(t *testing.T) {
	tests := []struct {
		name   string
		status int
	}{
		{"429", http.StatusTooManyRequests},
		{"503", http.StatusServiceUnavailable},
		{"500", http.StatusInternalServerError},
	}
	docs := genDocs(1000, 5)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := estest.NewServer(t)
			seed(t, srv, docs)
			h := newHistory(t, historyConfig(srv.URL), elasticsearch.HistoryQuery{
				From: histStart, To: histStart.Add(72 * time.Hour), PageSize: 150})
			srv.FailRequests(2, tc.status) // the open fails twice
			ctx := context.Background()
			var ids []string
			seen := map[string]bool{}
			for i := 0; ; i++ {
				if i == 200 || i == 600 {
					srv.FailRequests(3, tc.status) // then searches in the middle
				}
				hit, err := h.Next(ctx)
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatalf("after %d documents: %v", i, err)
				}
				if seen[hit.ID] {
					t.Fatalf("%s returned twice", hit.ID)
				}
				seen[hit.ID] = true
				ids = append(ids, hit.ID)
			}
			sameSet(t, ids, expect(docs, histStart, histStart.Add(72*time.Hour), nil))
			if st := h.Stats(); st.Retries != 8 {
				t.Errorf("retries %d, want 8 (stats %+v)", st.Retries, st)
			}
			if got := srv.Requests().Failed; got != 8 {
				t.Errorf("server failed %d requests, want 8", got)
			}
			if n := srv.OpenPITs(); n != 0 {
				t.Errorf("%d points in time left open", n)
			}
		})
	}
}

// dropFirst is a proxy to target that drops the connection of the first n
// requests without answering.
func dropFirst(t *testing.T, target string, n int64) *httptest.Server {
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(u)
	var seen atomic.Int64
	ps := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if seen.Add(1) <= n {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(ps.Close)
	return ps
}

func TestHistoryRetriesConnectionErrors(t *testing.T) {
	srv := estest.NewServer(t)
	docs := genDocs(400, 6)
	seed(t, srv, docs)
	ps := dropFirst(t, srv.URL, 3)
	h := newHistory(t, historyConfig(ps.URL), elasticsearch.HistoryQuery{
		From: histStart, To: histStart.Add(72 * time.Hour), PageSize: 100})
	got, err := readAll(t, context.Background(), h)
	if err != nil {
		t.Fatal(err)
	}
	sameSet(t, got, expect(docs, histStart, histStart.Add(72*time.Hour), nil))
	if st := h.Stats(); st.Retries != 3 {
		t.Errorf("retries %d, want 3", st.Retries)
	}
}

func TestHistoryFailures(t *testing.T) {
	srv := estest.NewServer(t)
	docs := genDocs(500, 7)
	seed(t, srv, docs)
	from, to := histStart, histStart.Add(72*time.Hour)

	t.Run("retries exhausted", func(t *testing.T) {
		h := newHistory(t, historyConfig(srv.URL), elasticsearch.HistoryQuery{From: from, To: to, PageSize: 100, MaxRetries: 2})
		for range 150 {
			if _, err := h.Next(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		srv.FailRequests(3, http.StatusServiceUnavailable)
		_, err := readAll(t, context.Background(), h)
		var se *elasticsearch.SearchError
		if !errors.As(err, &se) || se.Status != 503 || !strings.Contains(err.Error(), "giving up after 2 retries") {
			t.Fatalf("error %v, want a 503 SearchError after 2 retries", err)
		}
		if _, again := h.Next(context.Background()); again == nil || again.Error() != err.Error() {
			t.Errorf("Next after a failure: %v, want the same error", again)
		}
		if n := srv.OpenPITs(); n != 0 {
			t.Errorf("%d points in time left open after the failure", n)
		}
	})

	badQueries := []struct {
		query, rootCause string
	}{
		{"service.name:(order-sync", "query_shard_exception"},
		{`message:"unterminated`, "query_shard_exception"},
		{"message:timeout~2", "query_shard_exception"},
		{"AND log.level:error", "query_shard_exception"},
	}
	for _, bq := range badQueries {
		t.Run("bad query "+bq.query, func(t *testing.T) {
			before := srv.Requests().Search
			h := newHistory(t, historyConfig(srv.URL), elasticsearch.HistoryQuery{From: from, To: to, Query: bq.query})
			_, err := h.Next(context.Background())
			var se *elasticsearch.SearchError
			if !errors.As(err, &se) {
				t.Fatalf("error %v, want a *SearchError", err)
			}
			if se.Status != 400 || se.Type != "search_phase_execution_exception" || se.RootCause != bq.rootCause {
				t.Errorf("SearchError %+v", *se)
			}
			msg := err.Error()
			for _, want := range []string{"400", "query_shard_exception", fmt.Sprintf("%q", bq.query)} {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q does not mention %s", msg, want)
				}
			}
			if strings.Contains(msg, "Cannot parse") {
				t.Errorf("error %q quotes Elasticsearch's reason text", msg)
			}
			if n := srv.Requests().Search - before; n != 1 {
				t.Errorf("%d search requests, want 1 (a 400 is not retried)", n)
			}
			if n := srv.OpenPITs(); n != 0 {
				t.Errorf("%d points in time left open", n)
			}
		})
	}

	t.Run("unknown index", func(t *testing.T) {
		h := newHistory(t, historyConfig(srv.URL), elasticsearch.HistoryQuery{Pattern: "logs-missing-2026.01.01", From: from, To: to})
		_, err := h.Next(context.Background())
		var se *elasticsearch.SearchError
		if !errors.As(err, &se) || se.Status != 404 || se.Type != "index_not_found_exception" || errors.Is(err, elasticsearch.ErrPITExpired) {
			t.Fatalf("error %v, want 404 index_not_found_exception", err)
		}
	})

	t.Run("no matching index", func(t *testing.T) {
		h := newHistory(t, historyConfig(srv.URL), elasticsearch.HistoryQuery{Pattern: "other-*", From: from, To: to})
		if _, err := h.Next(context.Background()); !errors.Is(err, io.EOF) {
			t.Fatalf("Next: %v, want io.EOF", err)
		}
	})

	t.Run("expired point in time", func(t *testing.T) {
		h := newHistory(t, historyConfig(srv.URL), elasticsearch.HistoryQuery{From: from, To: to, PageSize: 100})
		if _, err := h.Next(context.Background()); err != nil {
			t.Fatal(err)
		}
		srv.ExpirePITs()
		_, err := readAll(t, context.Background(), h)
		var se *elasticsearch.SearchError
		if !errors.Is(err, elasticsearch.ErrPITExpired) || !errors.As(err, &se) || se.Status != 404 ||
			se.RootCause != "search_context_missing_exception" {
			t.Fatalf("error %v, want ErrPITExpired with a 404 SearchError", err)
		}
	})

	t.Run("unauthorized is not retried", func(t *testing.T) {
		authed := estest.NewServer(t, estest.WithBasicAuth("vigil", "right"))
		cfg := historyConfig(authed.URL)
		cfg.Username, cfg.Password = "vigil", "wrong"
		h := newHistory(t, cfg, elasticsearch.HistoryQuery{From: from, To: to})
		_, err := h.Next(context.Background())
		var se *elasticsearch.SearchError
		if !errors.As(err, &se) || se.Status != 401 || h.Stats().Retries != 0 {
			t.Fatalf("error %v (stats %+v), want 401 without retries", err, h.Stats())
		}
		if strings.Contains(err.Error(), "wrong") {
			t.Errorf("error %q contains the password", err)
		}
	})
}

func TestHistoryCancelAndClose(t *testing.T) {
	srv := estest.NewServer(t)
	docs := genDocs(600, 8)
	seed(t, srv, docs)
	from, to := histStart, histStart.Add(72*time.Hour)

	t.Run("cancel during a request", func(t *testing.T) {
		h := newHistory(t, historyConfig(srv.URL), elasticsearch.HistoryQuery{From: from, To: to, PageSize: 100})
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		for range 100 { // the whole first page
			if _, err := h.Next(ctx); err != nil {
				t.Fatal(err)
			}
		}
		// The request is cancelled once the server has it (an event,
		// not a timer that a loaded machine may fire after the answer),
		// while the server holds it; the latency then goes back to
		// nothing for the point in time's close, which outlives the
		// cancellation (and would wait out 5 s at most, under its 10 s
		// timeout, if it came first).
		srv.SetLatency(5 * time.Second)
		defer srv.SetLatency(0)
		arrived := srv.NextRequest()
		go func() {
			select {
			case <-arrived:
			case <-ctx.Done():
			}
			cancel()
			srv.SetLatency(0)
		}()
		_, err := h.Next(ctx)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Next: %v, want context.Canceled", err)
		}
		if n := srv.OpenPITs(); n != 0 {
			t.Errorf("%d points in time left open after cancel", n)
		}
	})

	t.Run("cancel during backoff", func(t *testing.T) {
		cfg := historyConfig(srv.URL)
		// The deadline leaves the first request (answered 429) time to
		// finish on a loaded machine, and ends long before the backoff.
		const backoff, deadline = time.Minute, 2 * time.Second
		cfg.BackoffMin, cfg.BackoffMax = backoff, backoff
		h := newHistory(t, cfg, elasticsearch.HistoryQuery{From: from, To: to})
		srv.FailRequests(1, http.StatusTooManyRequests)
		ctx, cancel := context.WithTimeout(context.Background(), deadline)
		defer cancel()
		start := time.Now()
		_, err := h.Next(ctx)
		if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "429") {
			t.Fatalf("Next: %v, want the deadline and the last 429", err)
		}
		if d := time.Since(start); d > backoff/2 {
			t.Errorf("Next took %s to notice the cancellation (backoff %s)", d, backoff)
		}
	})

	t.Run("close before the end", func(t *testing.T) {
		h := newHistory(t, historyConfig(srv.URL), elasticsearch.HistoryQuery{From: from, To: to, PageSize: 100})
		for range 10 {
			if _, err := h.Next(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		if srv.OpenPITs() != 1 {
			t.Fatalf("%d points in time open while reading, want 1", srv.OpenPITs())
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel() // Close still closes the point in time
		if err := h.Close(ctx); err != nil {
			t.Fatal(err)
		}
		if n := srv.OpenPITs(); n != 0 {
			t.Errorf("%d points in time left open after Close", n)
		}
		if _, err := h.Next(context.Background()); !errors.Is(err, elasticsearch.ErrHistoryClosed) {
			t.Errorf("Next after Close: %v", err)
		}
		if h.Stats().Docs != 10 {
			t.Errorf("stats %+v, want 10 documents", h.Stats())
		}
	})
}

func TestNewHistoryValidates(t *testing.T) {
	from := histStart
	tests := []struct {
		name string
		q    elasticsearch.HistoryQuery
		want string
	}{
		{"no bounds", elasticsearch.HistoryQuery{}, "from and to are required"},
		{"empty range", elasticsearch.HistoryQuery{From: from, To: from}, "must be after from"},
		{"page too big", elasticsearch.HistoryQuery{From: from, To: from.Add(time.Hour), PageSize: 10001}, "page size"},
		{"negative page", elasticsearch.HistoryQuery{From: from, To: from.Add(time.Hour), PageSize: -1}, "page size"},
		{"short keep_alive", elasticsearch.HistoryQuery{From: from, To: from.Add(time.Hour), KeepAlive: time.Millisecond}, "keep_alive"},
		{"bad pattern", elasticsearch.HistoryQuery{Pattern: "logs *", From: from, To: from.Add(time.Hour)}, "pattern"},
		{"negative retries", elasticsearch.HistoryQuery{From: from, To: from.Add(time.Hour), MaxRetries: -1}, "retries"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := elasticsearch.NewHistory(elasticsearch.Config{}, tc.q, zerolog.Nop())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one mentioning %q", err, tc.want)
			}
		})
	}
	h, err := elasticsearch.NewHistory(elasticsearch.Config{}, elasticsearch.HistoryQuery{From: from, To: from.Add(time.Hour)}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close(context.Background())
	if q := h.Query(); q.Pattern != "logs-*" || q.PageSize != 1000 || q.KeepAlive != 2*time.Minute {
		t.Errorf("defaults: %+v", q)
	}
}

// TestHistoryWireFormat checks the request body against what the point in
// time paging needs, by recording it in front of the fake.
func TestHistoryWireFormat(t *testing.T) {
	srv := estest.NewServer(t)
	seed(t, srv, genDocs(30, 9))
	target, _ := url.Parse(srv.URL)
	proxy := httputil.NewSingleHostReverseProxy(target)
	var mu sync.Mutex
	var bodies [][]byte
	var paths []string
	ps := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(b))
		mu.Lock()
		paths = append(paths, r.Method+" "+r.URL.Path+"?"+r.URL.RawQuery)
		bodies = append(bodies, b)
		mu.Unlock()
		proxy.ServeHTTP(w, r)
	}))
	defer ps.Close()
	h := newHistory(t, historyConfig(ps.URL), elasticsearch.HistoryQuery{
		From: histStart.Add(500 * time.Microsecond), To: histStart.Add(72 * time.Hour), Query: "log.level:error", PageSize: 2, KeepAlive: 90 * time.Second})
	if _, err := readAll(t, context.Background(), h); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(paths) < 3 || !strings.HasPrefix(paths[0], "POST /logs-*/_pit?") || !strings.Contains(paths[0], "keep_alive=90s") ||
		!strings.HasPrefix(paths[1], "POST /_search") || !strings.HasPrefix(paths[len(paths)-1], "DELETE /_pit") {
		t.Fatalf("requests %q", paths)
	}
	var first struct {
		Size           int             `json:"size"`
		TrackTotalHits *bool           `json:"track_total_hits"`
		PIT            map[string]any  `json:"pit"`
		Sort           json.RawMessage `json:"sort"`
		SearchAfter    json.RawMessage `json:"search_after"`
		Query          struct {
			Bool struct {
				Filter []map[string]map[string]any `json:"filter"`
			} `json:"bool"`
		} `json:"query"`
	}
	if err := json.Unmarshal(bodies[1], &first); err != nil {
		t.Fatal(err)
	}
	rng, _ := first.Query.Bool.Filter[0]["range"]["@timestamp"].(map[string]any)
	if first.Size != 2 || first.TrackTotalHits == nil || *first.TrackTotalHits || first.PIT["keep_alive"] != "90s" ||
		first.PIT["id"] == "" || first.SearchAfter != nil || rng["gte"] != "2026-11-24T00:00:00.001Z" ||
		rng["lt"] != "2026-11-27T00:00:00.000Z" || rng["format"] != "strict_date_optional_time" ||
		first.Query.Bool.Filter[1]["query_string"]["query"] != "log.level:error" ||
		!strings.Contains(string(first.Sort), `"_shard_doc"`) {
		t.Errorf("first search body %s", bodies[1])
	}
	if len(paths) > 3 && !bytes.Contains(bodies[2], []byte(`"search_after":[`)) {
		t.Errorf("second search body has no search_after: %s", bodies[2])
	}
}
