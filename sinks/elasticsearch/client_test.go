package elasticsearch

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/elastic/go-elasticsearch/v8/esapi"
)

// fakeNode is an Elasticsearch stand-in that keeps the requests it got.
type fakeNode struct {
	*httptest.Server
	mu   sync.Mutex
	reqs []recorded
	// respond writes the n-th response (from 0); nil answers 200 with
	// X-Elastic-Product: Elasticsearch.
	respond func(n int, w http.ResponseWriter)
}

type recorded struct {
	method, path string
	header       http.Header
	body         []byte
}

func newFakeNode(t *testing.T, respond func(n int, w http.ResponseWriter)) *fakeNode {
	r := &fakeNode{respond: respond}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		n := len(r.reqs)
		r.reqs = append(r.reqs, recorded{req.Method, req.URL.Path, req.Header.Clone(), body})
		r.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if r.respond != nil {
			r.respond(n, w)
			return
		}
		w.Header().Set("X-Elastic-Product", "Elasticsearch")
		_, _ = w.Write([]byte(`{}`))
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *fakeNode) requests() []recorded {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]recorded(nil), r.reqs...)
}

func mustClient(t *testing.T, cfg Config) *esClient {
	t.Helper()
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		t.Fatal(err)
	}
	c, err := newClient(cfg, 2)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close(context.Background()) })
	return c
}

func perform(t *testing.T, c *esClient, req esapi.Request) (*esapi.Response, error) {
	t.Helper()
	res, err := req.Do(context.Background(), c)
	if err == nil {
		t.Cleanup(func() { res.Body.Close() })
	}
	return res, err
}

// TestClientHeaders checks the headers vigil's requests carry: those of
// go-elasticsearch's root client, which vigil used before.
func TestClientHeaders(t *testing.T) {
	a, b := newFakeNode(t, nil), newFakeNode(t, nil)
	withUser := func(u, user string) string { return strings.Replace(u, "http://", "http://"+user+"@", 1) }
	basic := func(user, pass string) string {
		r, _ := http.NewRequest("GET", "/", nil)
		r.SetBasicAuth(user, pass)
		return r.Header.Get("Authorization")
	}
	tests := []struct {
		name string
		cfg  Config
		auth string // the Authorization header every node gets
	}{
		{"none", Config{URLs: []string{a.URL}}, ""},
		{"basic", Config{URLs: []string{a.URL + "/"}, Username: "vigil", Password: "s3cret"}, basic("vigil", "s3cret")},
		{"api key", Config{URLs: []string{a.URL}, APIKey: "a2V5OnNlY3JldA=="}, "APIKey a2V5OnNlY3JldA=="},
		{"username without password", Config{URLs: []string{a.URL}, Username: "vigil"}, ""},
		{"URL credentials win", Config{URLs: []string{withUser(a.URL, "u:p")}, Username: "vigil", Password: "s3cret"}, basic("u", "p")},
		{"URL credentials before the API key", Config{URLs: []string{withUser(a.URL, "u:p")}, APIKey: "k"}, basic("u", "p")},
		{"first URL's credentials for every node", Config{URLs: []string{withUser(a.URL, "u:p"), b.URL}, Username: "vigil", Password: "s3cret"}, basic("u", "p")},
	}
	metaRE := regexp.MustCompile(`^es=\d+\.\d+\.\d+,go=\d[\d.]*p?,t=\d+\.\d+\.\d+,hc=\d[\d.]*p?$`)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a.mu.Lock()
			a.reqs = nil
			a.mu.Unlock()
			b.mu.Lock()
			b.reqs = nil
			b.mu.Unlock()
			c := mustClient(t, tc.cfg)
			for range 2 * len(tc.cfg.URLs) {
				if _, err := perform(t, c, esapi.InfoRequest{}); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := perform(t, c, esapi.BulkRequest{Body: strings.NewReader("{\"index\":{}}\n{}\n")}); err != nil {
				t.Fatal(err)
			}
			reqs := append(a.requests(), b.requests()...)
			if len(tc.cfg.URLs) > 1 && (len(a.requests()) == 0 || len(b.requests()) == 0) {
				t.Fatalf("requests: %d to the first node, %d to the second", len(a.requests()), len(b.requests()))
			}
			for _, r := range reqs {
				h := r.header
				if got := h.Get("Authorization"); got != tc.auth {
					t.Errorf("%s %s: Authorization %q, want %q", r.method, r.path, got, tc.auth)
				}
				if ua := h.Get("User-Agent"); ua != "go-elasticsearch/"+esapi.Version+" ("+runtime.GOOS+" "+runtime.GOARCH+"; Go "+strings.TrimPrefix(runtime.Version(), "go")+")" {
					t.Errorf("User-Agent %q", ua)
				}
				if m := h.Get("X-Elastic-Client-Meta"); !metaRE.MatchString(m) || !strings.HasPrefix(m, "es="+esapi.Version+",") {
					t.Errorf("X-Elastic-Client-Meta %q", m)
				}
				if r.method == "POST" && (h.Get("Content-Type") != "application/json" || h.Get("Content-Encoding") != "") {
					t.Errorf("bulk headers %v", h)
				}
				if h.Get("Accept") != "" {
					t.Errorf("Accept %q without compatibility mode", h.Get("Accept"))
				}
			}
		})
	}
}

func TestStrippedVersion(t *testing.T) {
	for in, want := range map[string]string{
		"8.19.7":                 "8.19.7",
		"go1.26.1":               "1.26.1",
		"go1.27rc1":              "1.27p",
		"devel go1.27-abc +0000": "0.0p",
		"9.0.0-SNAPSHOT":         "9.0.0p",
		"":                       "0.0p",
	} {
		if got := strippedVersion(in); got != want {
			t.Errorf("strippedVersion(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClientCompatibilityMode(t *testing.T) {
	t.Setenv("ELASTIC_CLIENT_APIVERSIONING", "true")
	srv := newFakeNode(t, nil)
	c := mustClient(t, Config{URLs: []string{srv.URL}})
	if _, err := perform(t, c, esapi.InfoRequest{}); err != nil {
		t.Fatal(err)
	}
	if _, err := perform(t, c, esapi.BulkRequest{Body: strings.NewReader("{\"index\":{}}\n{}\n")}); err != nil {
		t.Fatal(err)
	}
	reqs := srv.requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	if h := reqs[0].header; h.Get("Accept") != compatibilityHeader || h.Get("Content-Type") != "" {
		t.Errorf("info headers %v", h)
	}
	if h := reqs[1].header; h.Get("Accept") != compatibilityHeader || h.Get("Content-Type") != compatibilityHeader {
		t.Errorf("bulk headers %v", h)
	}
}

func TestClientCompression(t *testing.T) {
	srv := newFakeNode(t, nil)
	c := mustClient(t, Config{URLs: []string{srv.URL}, Compress: true})
	body := strings.Repeat("{\"index\":{}}\n{\"message\":\"order synced\"}\n", 100)
	if _, err := perform(t, c, esapi.BulkRequest{Body: strings.NewReader(body)}); err != nil {
		t.Fatal(err)
	}
	r := srv.requests()[0]
	if r.header.Get("Content-Encoding") != "gzip" || len(r.body) >= len(body) {
		t.Fatalf("Content-Encoding %q, %d bytes for %d", r.header.Get("Content-Encoding"), len(r.body), len(body))
	}
	zr, err := gzip.NewReader(bytes.NewReader(r.body))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := io.ReadAll(zr); err != nil || string(got) != body {
		t.Errorf("decompressed body %q (%v)", got, err)
	}
}

// TestClientProductCheck checks the official client's product check: the
// first successful response must say it comes from Elasticsearch; error
// responses are passed on unchecked.
func TestClientProductCheck(t *testing.T) {
	t.Run("not elasticsearch", func(t *testing.T) {
		srv := newFakeNode(t, func(int, http.ResponseWriter) {})
		c := mustClient(t, Config{URLs: []string{srv.URL}})
		if _, err := perform(t, c, esapi.InfoRequest{}); err == nil || err.Error() != unknownProductMsg {
			t.Fatalf("err = %v, want %q", err, unknownProductMsg)
		}
		if _, err := perform(t, c, esapi.InfoRequest{}); err == nil {
			t.Fatal("the second response was not checked after the first failed the check")
		}
	})
	t.Run("error responses unchecked", func(t *testing.T) {
		srv := newFakeNode(t, func(_ int, w http.ResponseWriter) { w.WriteHeader(http.StatusUnauthorized) })
		c := mustClient(t, Config{URLs: []string{srv.URL}})
		res, err := perform(t, c, esapi.InfoRequest{})
		if err != nil || res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("got %v %v, want the 401", res, err)
		}
	})
	t.Run("checked once", func(t *testing.T) {
		srv := newFakeNode(t, func(n int, w http.ResponseWriter) {
			if n == 0 {
				w.Header().Set("X-Elastic-Product", "Elasticsearch")
			}
		})
		c := mustClient(t, Config{URLs: []string{srv.URL}})
		for i := range 2 {
			if _, err := perform(t, c, esapi.InfoRequest{}); err != nil {
				t.Fatalf("request %d: %v", i, err)
			}
		}
	})
}

// TestClientDoesNotRetry checks that the transport leaves retries to the
// indexer and the history reader (they back off, log and count).
func TestClientDoesNotRetry(t *testing.T) {
	for _, status := range []int{http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout} {
		srv := newFakeNode(t, func(_ int, w http.ResponseWriter) { w.WriteHeader(status) })
		c := mustClient(t, Config{URLs: []string{srv.URL}})
		res, err := perform(t, c, esapi.BulkRequest{Body: strings.NewReader("{\"index\":{}}\n{}\n")})
		if err != nil || res.StatusCode != status {
			t.Fatalf("got %v %v, want the %d", res, err, status)
		}
		if n := len(srv.requests()); n != 1 {
			t.Errorf("%d: %d requests, want 1", status, n)
		}
	}
}

func TestClientClosed(t *testing.T) {
	srv := newFakeNode(t, nil)
	c := mustClient(t, Config{URLs: []string{srv.URL}})
	if err := c.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := perform(t, c, esapi.InfoRequest{}); err == nil {
		t.Error("a request after Close succeeded")
	}
	if n := len(srv.requests()); n != 0 {
		t.Errorf("%d requests after Close", n)
	}
}
