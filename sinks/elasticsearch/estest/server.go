// Package estest is an in-process fake of the small part of the Elasticsearch
// REST API that vigil uses: cluster info (GET /), _bulk (index, create,
// update with a partial doc, delete), the single-document _doc API,
// composable index templates, lifecycle policies, index create/exists/
// get/delete/_refresh, _count and a minimal _search (match_all, term,
// terms, match, exists, ids, range, bool, a subset of query_string; size,
// from, sort, search_after, track_total_hits), points in time (POST
// /{index}/_pit, DELETE /_pit, _search with "pit" and the _shard_doc
// tiebreaker), all with comma-separated index names and '*' patterns, and
// the filter_path parameter on successful responses.
//
// A point in time sees the documents as they were when it was opened; it
// expires when its keep_alive elapses without a search (or at once with
// ExpirePITs), and OpenPITs counts the live ones.
//
// The fake listens on 127.0.0.1 (net/http/httptest), keeps documents in
// memory and answers in the documented Elasticsearch 8 response formats,
// including the X-Elastic-Product header that the official Go client checks.
// It applies the mappings of a matching index template and a simplified
// dynamic mapping (with date detection), so type conflicts produce per-item
// 400 document_parsing_exception failures as Elasticsearch 8 reports them,
// including the "Preview of field's value" that real clusters append.
//
// Faults can be injected per item (ItemFault, or RejectItems for a
// deterministic fraction of the items), per request (FailRequests), as
// latency (SetLatency) or by holding bulk requests (HoldBulk), which lets
// tests of other packages exercise retries and backpressure without a real
// cluster.
package estest

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"hash/fnv"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Version is the Elasticsearch version number the fake reports.
const Version = "8.19.7"

// Counters counts the requests the fake has served, by kind.
type Counters struct {
	Total        int // every request, including rejected ones
	Info         int // GET /
	Bulk         int // bulk requests that reached the bulk handler
	BulkItems    int // actions in those bulk requests
	Count        int // _count requests
	Search       int // _search requests
	PIT          int // point-in-time open and close requests
	Template     int // index template requests
	ILM          int // lifecycle policy requests
	Index        int // index administration (HEAD/GET/PUT/DELETE /{index}, _refresh)
	Other        int // anything else (answered 4xx)
	Failed       int // requests failed on purpose by FailRequests
	ItemFaults   int // bulk items failed on purpose by ItemFault
	Unauthorized int // requests refused for missing or wrong credentials
	Gzipped      int // requests whose body was gzip-compressed
}

// Option configures a Server.
type Option func(*Server)

// WithBasicAuth makes the server require HTTP basic authentication.
func WithBasicAuth(username, password string) Option {
	return func(s *Server) { s.username, s.password = username, password }
}

// WithAPIKey makes the server require "Authorization: ApiKey <key>".
// With both WithBasicAuth and WithAPIKey, either credential is accepted.
func WithAPIKey(key string) Option {
	return func(s *Server) { s.apiKey = key }
}

// WithTLS makes the server speak HTTPS with a self-signed certificate;
// CertificatePEM returns it for clients to trust.
func WithTLS() Option {
	return func(s *Server) { s.tls = true }
}

// Server is a running fake Elasticsearch. All methods are safe for
// concurrent use.
type Server struct {
	// URL is the base URL of the server, e.g. "http://127.0.0.1:41234".
	URL string

	hs *httptest.Server

	username, password, apiKey string
	tls                        bool

	mu        sync.Mutex
	indices   map[string]*index
	templates map[string]json.RawMessage
	policies  map[string]json.RawMessage
	attempts  map[string]int
	itemFault func(index, id string, attempt int) int
	reject    rejection
	failN     int
	failCode  int
	latency   time.Duration
	gate      chan struct{}
	arrival   chan struct{} // closed when the next request arrives
	counters  Counters
	autoID    int64
	pits      map[int64]*pit
	pitSeq    int64
	now       func() time.Time // the clock of keep_alive expiry
}

type index struct {
	name     string
	docs     map[string]*doc
	seqNo    int64
	mappings map[string]string // flattened field path -> type ("object" for objects)
	dynamic  string            // type given to new string fields: "text", "keyword" or "date" detection on top
	settings json.RawMessage
}

type doc struct {
	source json.RawMessage
	// parsed is source decoded once, when it was written: searches read it
	// and never change it.
	parsed  map[string]any
	version int64
	seqNo   int64
}

// New starts a fake server. Call Close when done.
func New(opts ...Option) *Server {
	s := &Server{
		indices:   make(map[string]*index),
		templates: make(map[string]json.RawMessage),
		policies:  make(map[string]json.RawMessage),
		attempts:  make(map[string]int),
		pits:      make(map[int64]*pit),
		now:       time.Now,
	}
	for _, o := range opts {
		o(s)
	}
	s.hs = httptest.NewUnstartedServer(http.HandlerFunc(s.serveHTTP))
	s.hs.Config.ErrorLog = log.New(io.Discard, "", 0) // TLS handshake noise from tests of bad certificates
	if s.tls {
		s.hs.StartTLS()
	} else {
		s.hs.Start()
	}
	s.URL = s.hs.URL
	return s
}

// NewServer starts a fake server that is closed when the test ends.
func NewServer(tb testing.TB, opts ...Option) *Server {
	tb.Helper()
	s := New(opts...)
	tb.Cleanup(s.Close)
	return s
}

// Close shuts the server down, refusing new connections and closing
// existing ones. Requests held by HoldBulk are released first.
// It is safe to call Close more than once.
func (s *Server) Close() {
	s.mu.Lock()
	if s.gate != nil {
		close(s.gate)
		s.gate = nil
	}
	s.mu.Unlock()
	s.hs.CloseClientConnections()
	s.hs.Close()
}

// CertificatePEM returns the PEM-encoded certificate of a server started
// WithTLS, or nil for a plain HTTP server.
func (s *Server) CertificatePEM() []byte {
	if !s.tls {
		return nil
	}
	return pemEncode(s.hs.Certificate().Raw)
}

// ItemFault installs f, called for every bulk action with the target index,
// the document id and how many times that index/id pair has been seen
// (1 on the first attempt). A non-zero return fails the item with that
// status: 429 es_rejected_execution_exception, 400 mapper_parsing_exception,
// 409 version_conflict_engine_exception, 5xx unavailable_shards_exception.
// A nil f removes the fault.
func (s *Server) ItemFault(f func(index, id string, attempt int) int) {
	s.mu.Lock()
	s.itemFault = f
	s.mu.Unlock()
}

// RejectItems fails a deterministic fraction of bulk items with status
// (e.g. 429 es_rejected_execution_exception, as a cluster whose write queue
// is full answers): an item fails when a hash of seed, index, id and attempt
// falls below fraction, so each attempt of a document is judged on its own,
// the same way in every run, whatever the order or grouping of the requests.
// Rejected items count in Counters.ItemFaults. An ItemFault, if installed,
// is consulted first. A fraction of 0 (or a status of 0) removes the
// rejections; 1 rejects every item.
func (s *Server) RejectItems(status int, fraction float64, seed uint64) {
	s.mu.Lock()
	s.reject = rejection{status: status, fraction: fraction, seed: seed}
	s.mu.Unlock()
}

type rejection struct {
	status   int
	fraction float64
	seed     uint64
}

// fails reports whether attempt of index/id is rejected.
func (r rejection) fails(index, id string, attempt int) bool {
	if r.status == 0 || r.fraction <= 0 {
		return false
	}
	if r.fraction >= 1 {
		return true
	}
	h := fnv.New64a()
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], r.seed)
	h.Write(b[:])
	h.Write([]byte(index))
	h.Write([]byte{0})
	h.Write([]byte(id))
	binary.LittleEndian.PutUint64(b[:], uint64(attempt))
	h.Write(b[:])
	// splitmix64 finalizer: FNV's high bits are poorly mixed for short keys.
	x := h.Sum64()
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return float64(x>>11)/(1<<53) < r.fraction
}

// FailRequests makes the next n requests, whatever their path, fail as a
// whole with the given HTTP status and an Elasticsearch error body.
func (s *Server) FailRequests(n int, status int) {
	s.mu.Lock()
	s.failN, s.failCode = n, status
	s.mu.Unlock()
}

// SetLatency delays every request by d before it is handled.
func (s *Server) SetLatency(d time.Duration) {
	s.mu.Lock()
	s.latency = d
	s.mu.Unlock()
}

// HoldBulk makes bulk requests wait until the returned release function is
// called (or the server is closed). Release is idempotent.
func (s *Server) HoldBulk() (release func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gate == nil {
		s.gate = make(chan struct{})
	}
	g := s.gate
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			if s.gate == g {
				close(g)
				s.gate = nil
			}
			s.mu.Unlock()
		})
	}
}

// NextRequest returns a channel that is closed when the next request
// (any path) reaches the server after the call, before any latency or
// fault applies: a test waits on it instead of polling Requests.
func (s *Server) NextRequest() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.arrival == nil {
		s.arrival = make(chan struct{})
	}
	return s.arrival
}

// Versions returns the version of every document of one concrete index,
// by id: 1 for a document written once, n after n writes of the same id.
func (s *Server) Versions(indexName string) map[string]int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int64)
	if ix, ok := s.indices[indexName]; ok {
		for id, d := range ix.docs {
			out[id] = d.version
		}
	}
	return out
}

// Docs returns a copy of the documents of one concrete index, by id.
func (s *Server) Docs(indexName string) map[string]json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]json.RawMessage)
	if ix, ok := s.indices[indexName]; ok {
		for id, d := range ix.docs {
			out[id] = append(json.RawMessage(nil), d.source...)
		}
	}
	return out
}

// Count returns the number of documents in the indices matching pattern
// (comma-separated names or wildcard patterns; "" and "_all" mean all).
func (s *Server) Count(pattern string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, ix := range s.resolve(pattern) {
		n += len(ix.docs)
	}
	return n
}

// Indices returns the names of the existing indices, sorted.
func (s *Server) Indices() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, len(s.indices))
	for name := range s.indices {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// Mapping returns the flattened field mapping of an index: field path to
// type, with "object" for inner objects. Nil if the index does not exist.
func (s *Server) Mapping(indexName string) map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	ix, ok := s.indices[indexName]
	if !ok {
		return nil
	}
	out := make(map[string]string, len(ix.mappings))
	for k, v := range ix.mappings {
		out[k] = v
	}
	return out
}

// Requests returns a snapshot of the request counters.
func (s *Server) Requests() Counters {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counters
}

// Templates returns the installed index templates (the bodies as sent), by name.
func (s *Server) Templates() map[string]json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]json.RawMessage, len(s.templates))
	for k, v := range s.templates {
		out[k] = append(json.RawMessage(nil), v...)
	}
	return out
}

// Policies returns the installed lifecycle policies (the bodies as sent), by name.
func (s *Server) Policies() map[string]json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]json.RawMessage, len(s.policies))
	for k, v := range s.policies {
		out[k] = append(json.RawMessage(nil), v...)
	}
	return out
}

// ---- HTTP handling ----

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Elastic-Product", "Elasticsearch")
	h.Set("Content-Type", "application/json")

	s.mu.Lock()
	s.counters.Total++
	latency := s.latency
	if s.arrival != nil {
		close(s.arrival)
		s.arrival = nil
	}
	s.mu.Unlock()

	// Read the body first: only then does net/http watch the connection
	// and cancel r.Context() when the client goes away mid-wait.
	var in io.Reader = r.Body
	if strings.EqualFold(r.Header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(r.Body)
		if err != nil {
			writeError(w, http.StatusBadRequest, "parse_exception", "request body is not valid gzip")
			return
		}
		in = zr
		s.count(func(c *Counters) { c.Gzipped++ })
	}
	body, err := io.ReadAll(in)
	if err != nil {
		writeError(w, http.StatusBadRequest, "parse_exception", "cannot read request body")
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.Header.Del("Content-Encoding")

	if latency > 0 {
		t := time.NewTimer(latency)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return
		}
	}

	if !s.authorized(r) {
		s.mu.Lock()
		s.counters.Unauthorized++
		s.mu.Unlock()
		h.Set("WWW-Authenticate", `Basic realm="security", charset="UTF-8"`)
		h.Add("WWW-Authenticate", "ApiKey")
		writeError(w, http.StatusUnauthorized, "security_exception",
			"missing authentication credentials for REST request ["+r.URL.Path+"]")
		return
	}

	s.mu.Lock()
	if s.failN > 0 {
		s.failN--
		s.counters.Failed++
		code := s.failCode
		s.mu.Unlock()
		typ, reason := faultError(code)
		writeError(w, code, typ, reason)
		return
	}
	s.mu.Unlock()

	if fp := r.URL.Query().Get("filter_path"); fp != "" {
		w = &filterWriter{ResponseWriter: w, filter: parseFilterPath(fp)}
	}
	s.route(w, r)
}

func (s *Server) authorized(r *http.Request) bool {
	if s.username == "" && s.password == "" && s.apiKey == "" {
		return true
	}
	if s.apiKey != "" {
		scheme, cred, ok := strings.Cut(r.Header.Get("Authorization"), " ")
		if ok && strings.EqualFold(scheme, "ApiKey") && cred == s.apiKey {
			return true
		}
	}
	if s.username != "" || s.password != "" {
		u, p, ok := r.BasicAuth()
		if ok && u == s.username && p == s.password {
			return true
		}
	}
	return false
}

func (s *Server) route(w http.ResponseWriter, r *http.Request) {
	// Split the escaped path so that ids containing '/' (sent as %2F)
	// stay one segment.
	p := strings.Trim(path.Clean("/"+r.URL.EscapedPath()), "/")
	parts := []string{}
	if p != "" {
		parts = strings.Split(p, "/")
	}
	for i, seg := range parts {
		if u, err := url.PathUnescape(seg); err == nil {
			parts[i] = u
		}
	}
	m := r.Method
	switch {
	case len(parts) == 0 && (m == http.MethodGet || m == http.MethodHead):
		s.handleInfo(w, r)
	case len(parts) == 1 && parts[0] == "_bulk" && (m == http.MethodPost || m == http.MethodPut):
		s.handleBulk(w, r, "")
	case len(parts) == 2 && parts[1] == "_bulk" && (m == http.MethodPost || m == http.MethodPut):
		s.handleBulk(w, r, parts[0])
	case len(parts) >= 1 && parts[0] == "_index_template":
		s.handleTemplate(w, r, parts[1:])
	case len(parts) >= 2 && parts[0] == "_ilm" && parts[1] == "policy":
		s.handlePolicy(w, r, parts[2:])
	case len(parts) == 1 && parts[0] == "_count" && (m == http.MethodGet || m == http.MethodPost):
		s.handleCount(w, r, "")
	case len(parts) == 2 && parts[1] == "_count" && (m == http.MethodGet || m == http.MethodPost):
		s.handleCount(w, r, parts[0])
	case len(parts) == 1 && parts[0] == "_pit" && m == http.MethodDelete:
		s.handleClosePIT(w, r)
	case len(parts) == 2 && parts[1] == "_pit" && m == http.MethodPost:
		s.handleOpenPIT(w, r, parts[0])
	case len(parts) == 1 && parts[0] == "_search" && (m == http.MethodGet || m == http.MethodPost):
		s.handleSearch(w, r, "")
	case len(parts) == 2 && parts[1] == "_search" && (m == http.MethodGet || m == http.MethodPost):
		s.handleSearch(w, r, parts[0])
	case len(parts) == 1 && parts[0] == "_refresh" || len(parts) == 2 && parts[1] == "_refresh":
		s.count(func(c *Counters) { c.Index++ })
		writeJSON(w, http.StatusOK, map[string]any{"_shards": shards(1, 1, 0)})
	case (len(parts) == 2 || len(parts) == 3) && parts[1] == "_doc" && !strings.HasPrefix(parts[0], "_"):
		id := ""
		if len(parts) == 3 {
			id = parts[2]
		}
		s.handleDoc(w, r, parts[0], id)
	case len(parts) == 1 && !strings.HasPrefix(parts[0], "_"):
		s.handleIndex(w, r, parts[0])
	default:
		s.count(func(c *Counters) { c.Other++ })
		if len(parts) > 0 && !strings.HasPrefix(parts[0], "_") {
			writeError(w, http.StatusMethodNotAllowed, "illegal_argument_exception",
				fmt.Sprintf("Incorrect HTTP method for uri [%s] and method [%s]", r.URL.Path, m))
			return
		}
		writeError(w, http.StatusBadRequest, "illegal_argument_exception",
			fmt.Sprintf("request [%s] is not supported by the fake", r.URL.Path))
	}
}

func (s *Server) count(f func(*Counters)) {
	s.mu.Lock()
	f(&s.counters)
	s.mu.Unlock()
}

func (s *Server) handleInfo(w http.ResponseWriter, r *http.Request) {
	s.count(func(c *Counters) { c.Info++ })
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"name":         "estest-node",
		"cluster_name": "estest",
		"cluster_uuid": "estest-0000000000000000000",
		"version": map[string]any{
			"number":                              Version,
			"build_flavor":                        "default",
			"build_type":                          "estest",
			"build_hash":                          "0000000000000000000000000000000000000000",
			"build_date":                          "2026-01-01T00:00:00.000Z",
			"build_snapshot":                      false,
			"lucene_version":                      "9.12.2",
			"minimum_wire_compatibility_version":  "7.17.0",
			"minimum_index_compatibility_version": "7.0.0",
		},
		"tagline": "You Know, for Search",
	})
}

// ---- templates and policies ----

func (s *Server) handleTemplate(w http.ResponseWriter, r *http.Request, rest []string) {
	s.count(func(c *Counters) { c.Template++ })
	name := ""
	if len(rest) == 1 {
		name = rest[0]
	} else if len(rest) > 1 {
		writeError(w, http.StatusBadRequest, "illegal_argument_exception", "bad index template path")
		return
	}
	switch r.Method {
	case http.MethodPut, http.MethodPost:
		if name == "" {
			writeError(w, http.StatusMethodNotAllowed, "illegal_argument_exception", "index template name is required")
			return
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			writeError(w, http.StatusBadRequest, "parse_exception", "cannot read request body")
			return
		}
		var t struct {
			IndexPatterns []string `json:"index_patterns"`
			Template      *struct {
				Mappings json.RawMessage `json:"mappings"`
			} `json:"template"`
		}
		if err := json.Unmarshal(body, &t); err != nil {
			writeError(w, http.StatusBadRequest, "x_content_parse_exception", "failed to parse index template: "+err.Error())
			return
		}
		if len(t.IndexPatterns) == 0 {
			writeError(w, http.StatusBadRequest, "action_request_validation_exception",
				"Validation Failed: 1: index patterns are missing;")
			return
		}
		if t.Template != nil && len(t.Template.Mappings) > 0 {
			if _, err := flattenMappings(t.Template.Mappings); err != nil {
				writeError(w, http.StatusBadRequest, "mapper_parsing_exception", err.Error())
				return
			}
		}
		s.mu.Lock()
		s.templates[name] = append(json.RawMessage(nil), body...)
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, map[string]any{"acknowledged": true})
	case http.MethodGet, http.MethodHead:
		s.mu.Lock()
		type entry struct {
			Name          string          `json:"name"`
			IndexTemplate json.RawMessage `json:"index_template"`
		}
		var list []entry
		for n, b := range s.templates {
			if name == "" || wildcardMatch(name, n) {
				list = append(list, entry{n, append(json.RawMessage(nil), b...)})
			}
		}
		s.mu.Unlock()
		sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
		if name != "" && len(list) == 0 {
			if r.Method == http.MethodHead {
				w.WriteHeader(http.StatusNotFound)
				return
			}
			writeError(w, http.StatusNotFound, "resource_not_found_exception",
				fmt.Sprintf("index template matching [%s] not found", name))
			return
		}
		if r.Method == http.MethodHead {
			w.WriteHeader(http.StatusOK)
			return
		}
		if list == nil {
			list = []entry{}
		}
		writeJSON(w, http.StatusOK, map[string]any{"index_templates": list})
	case http.MethodDelete:
		s.mu.Lock()
		_, ok := s.templates[name]
		delete(s.templates, name)
		s.mu.Unlock()
		if !ok {
			writeError(w, http.StatusNotFound, "resource_not_found_exception",
				fmt.Sprintf("index_template [%s] missing", name))
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"acknowledged": true})
	default:
		writeError(w, http.StatusMethodNotAllowed, "illegal_argument_exception", "method not allowed")
	}
}

func (s *Server) handlePolicy(w http.ResponseWriter, r *http.Request, rest []string) {
	s.count(func(c *Counters) { c.ILM++ })
	if len(rest) != 1 {
		writeError(w, http.StatusBadRequest, "illegal_argument_exception", "lifecycle policy name is required")
		return
	}
	name := rest[0]
	switch r.Method {
	case http.MethodPut:
		body, err := io.ReadAll(r.Body)
		if err != nil {
			writeError(w, http.StatusBadRequest, "parse_exception", "cannot read request body")
			return
		}
		var p struct {
			Policy json.RawMessage `json:"policy"`
		}
		if err := json.Unmarshal(body, &p); err != nil || len(p.Policy) == 0 {
			writeError(w, http.StatusBadRequest, "x_content_parse_exception", "[put_lifecycle_request] policy is required")
			return
		}
		s.mu.Lock()
		s.policies[name] = append(json.RawMessage(nil), body...)
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, map[string]any{"acknowledged": true})
	case http.MethodGet:
		s.mu.Lock()
		b, ok := s.policies[name]
		s.mu.Unlock()
		if !ok {
			writeError(w, http.StatusNotFound, "resource_not_found_exception",
				fmt.Sprintf("Lifecycle policy not found: %s", name))
			return
		}
		var p struct {
			Policy json.RawMessage `json:"policy"`
		}
		_ = json.Unmarshal(b, &p)
		writeJSON(w, http.StatusOK, map[string]any{name: map[string]any{
			"version": 1, "modified_date": "2026-01-01T00:00:00.000Z", "policy": p.Policy,
		}})
	default:
		writeError(w, http.StatusMethodNotAllowed, "illegal_argument_exception", "method not allowed")
	}
}

// ---- index administration ----

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request, name string) {
	s.count(func(c *Counters) { c.Index++ })
	switch r.Method {
	case http.MethodHead:
		s.mu.Lock()
		n := len(s.resolve(name))
		s.mu.Unlock()
		if n == 0 {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		w.WriteHeader(http.StatusOK)
	case http.MethodGet:
		s.mu.Lock()
		if missing := s.missingConcrete(name); missing != "" {
			s.mu.Unlock()
			writeIndexNotFound(w, missing)
			return
		}
		out := map[string]any{}
		for _, ix := range s.resolve(name) {
			settings := ix.settings
			if len(settings) == 0 {
				settings = json.RawMessage(`{}`)
			}
			out[ix.name] = map[string]any{
				"aliases":  map[string]any{},
				"mappings": unflattenMappings(ix.mappings),
				"settings": json.RawMessage(settings),
			}
		}
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, out)
	case http.MethodPut:
		if reason := invalidIndexName(name); reason != "" {
			writeError(w, http.StatusBadRequest, "invalid_index_name_exception",
				fmt.Sprintf("Invalid index name [%s], %s", name, reason))
			return
		}
		s.mu.Lock()
		if _, ok := s.indices[name]; ok {
			s.mu.Unlock()
			writeError(w, http.StatusBadRequest, "resource_already_exists_exception",
				fmt.Sprintf("index [%s] already exists", name))
			return
		}
		s.createIndex(name)
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, map[string]any{"acknowledged": true, "shards_acknowledged": true, "index": name})
	case http.MethodDelete:
		s.mu.Lock()
		if missing := s.missingConcrete(name); missing != "" {
			s.mu.Unlock()
			writeIndexNotFound(w, missing)
			return
		}
		for _, ix := range s.resolve(name) {
			delete(s.indices, ix.name)
		}
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, map[string]any{"acknowledged": true})
	default:
		writeError(w, http.StatusMethodNotAllowed, "illegal_argument_exception", "method not allowed")
	}
}

// resolve returns the indices matching a comma-separated list of names or
// wildcard patterns, sorted by name. Must be called with s.mu held.
func (s *Server) resolve(expr string) []*index {
	var out []*index
	seen := map[string]bool{}
	if expr == "" || expr == "_all" {
		expr = "*"
	}
	for _, part := range strings.Split(expr, ",") {
		part = strings.TrimSpace(part)
		for name, ix := range s.indices {
			if !seen[name] && wildcardMatch(part, name) {
				seen[name] = true
				out = append(out, ix)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// missingConcrete returns the first name in expr that has no wildcard and
// does not exist. Must be called with s.mu held.
func (s *Server) missingConcrete(expr string) string {
	if expr == "" || expr == "_all" {
		return ""
	}
	for _, part := range strings.Split(expr, ",") {
		part = strings.TrimSpace(part)
		if strings.Contains(part, "*") {
			continue
		}
		if _, ok := s.indices[part]; !ok {
			return part
		}
	}
	return ""
}

// createIndex creates an index, applying the highest-priority matching
// template. Must be called with s.mu held.
func (s *Server) createIndex(name string) *index {
	ix := &index{name: name, docs: make(map[string]*doc), mappings: map[string]string{}, dynamic: "text"}
	bestPrio := -1
	var best json.RawMessage
	for _, body := range s.templates {
		var t struct {
			IndexPatterns []string `json:"index_patterns"`
			Priority      int      `json:"priority"`
		}
		if json.Unmarshal(body, &t) != nil {
			continue
		}
		for _, p := range t.IndexPatterns {
			if wildcardMatch(p, name) && t.Priority > bestPrio {
				bestPrio, best = t.Priority, body
			}
		}
	}
	if best != nil {
		var t struct {
			Template struct {
				Settings json.RawMessage `json:"settings"`
				Mappings json.RawMessage `json:"mappings"`
			} `json:"template"`
		}
		if json.Unmarshal(best, &t) == nil {
			ix.settings = t.Template.Settings
			if m, err := flattenMappings(t.Template.Mappings); err == nil {
				ix.mappings = m
			}
			if typ := dynamicStringType(t.Template.Mappings); typ != "" {
				ix.dynamic = typ
			}
		}
	}
	s.indices[name] = ix
	return ix
}

// ---- helpers for responses ----

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if fw, ok := w.(*filterWriter); ok && err == nil && status < 300 {
		var generic any
		if err = json.Unmarshal(b, &generic); err == nil {
			generic = applyFilter(generic, fw.filter)
			if generic == nil {
				generic = map[string]any{}
			}
			b, err = json.Marshal(generic)
		}
	}
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":{"type":"exception","reason":"estest: cannot encode response"},"status":500}`)
	}
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

func errorObject(typ, reason string) map[string]any {
	return map[string]any{
		"root_cause": []any{map[string]any{"type": typ, "reason": reason}},
		"type":       typ,
		"reason":     reason,
	}
}

func writeError(w http.ResponseWriter, status int, typ, reason string) {
	writeJSON(w, status, map[string]any{"error": errorObject(typ, reason), "status": status})
}

func writeIndexNotFound(w http.ResponseWriter, name string) {
	e := errorObject("index_not_found_exception", "no such index ["+name+"]")
	e["index"] = name
	e["resource.type"] = "index_or_alias"
	e["resource.id"] = name
	writeJSON(w, http.StatusNotFound, map[string]any{"error": e, "status": http.StatusNotFound})
}

func shards(total, ok, failed int) map[string]any {
	return map[string]any{"total": total, "successful": ok, "failed": failed}
}

// faultError returns the error type and reason Elasticsearch uses for status.
func faultError(status int) (string, string) {
	switch {
	case status == http.StatusTooManyRequests:
		return "es_rejected_execution_exception",
			"rejected execution of coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes=0, max_coordinating_and_primary_bytes=0]"
	case status == http.StatusBadRequest:
		return "mapper_parsing_exception", "failed to parse"
	case status == http.StatusConflict:
		return "version_conflict_engine_exception", "version conflict, document already exists"
	case status == http.StatusUnauthorized:
		return "security_exception", "unable to authenticate user"
	case status == http.StatusForbidden:
		return "security_exception", "action is unauthorized"
	case status == http.StatusNotFound:
		return "index_not_found_exception", "no such index"
	case status == http.StatusRequestEntityTooLarge:
		return "content_too_long_exception", "request body is too large"
	case status >= 500:
		return "unavailable_shards_exception", "primary shard is not active"
	default:
		return "illegal_argument_exception", "request failed (injected fault)"
	}
}

// wildcardMatch reports whether name matches pattern, where '*' matches any
// run of characters.
func wildcardMatch(pattern, name string) bool {
	if !strings.Contains(pattern, "*") {
		return pattern == name
	}
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(name, parts[0]) {
		return false
	}
	name = name[len(parts[0]):]
	last := parts[len(parts)-1]
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(name, p)
		if i < 0 {
			return false
		}
		name = name[i+len(p):]
	}
	return strings.HasSuffix(name, last)
}

// invalidIndexName returns why name is not a valid index name, or "".
func invalidIndexName(name string) string {
	switch {
	case name == "":
		return "must not be empty"
	case name == "." || name == "..":
		return "must not be '.' or '..'"
	case strings.ToLower(name) != name:
		return "must be lowercase"
	case strings.ContainsAny(name, `\/*?"<>| ,#:`):
		return `must not contain the following characters [ , ", *, \, <, |, ,, >, /, ?, #, :]`
	case strings.IndexAny(name[:1], "-_+") == 0:
		return "must not start with '_', '-', or '+'"
	case len(name) > 255:
		return "index name is too long"
	}
	return ""
}

func pemEncode(der []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
}

func queryInt(r *http.Request, name string, def int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	return strconv.Atoi(v)
}

// filterWriter carries the filter_path of a request to writeJSON.
type filterWriter struct {
	http.ResponseWriter
	filter [][]string
}

// parseFilterPath splits "a.b,items.*.status" into patterns.
func parseFilterPath(fp string) [][]string {
	var out [][]string
	for _, p := range strings.Split(fp, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, strings.Split(p, "."))
		}
	}
	return out
}

// applyFilter keeps the parts of v selected by the patterns, as the
// filter_path parameter does: '*' matches one key, '**' any depth, arrays
// are traversed transparently and elements left empty are dropped.
func applyFilter(v any, patterns [][]string) any {
	switch x := v.(type) {
	case []any:
		var out []any
		for _, e := range x {
			if f := applyFilter(e, patterns); f != nil {
				out = append(out, f)
			}
		}
		if out == nil {
			return nil
		}
		return out
	case map[string]any:
		out := map[string]any{}
		for k, val := range x {
			var sub [][]string
			whole := false
			for _, p := range patterns {
				switch {
				case p[0] == "**":
					if len(p) == 1 {
						whole = true
					}
					sub = append(sub, p) // keep matching deeper
					if len(p) > 1 && wildcardMatch(p[1], k) {
						if len(p) == 2 {
							whole = true
						} else {
							sub = append(sub, p[2:])
						}
					}
				case wildcardMatch(p[0], k):
					if len(p) == 1 {
						whole = true
					} else {
						sub = append(sub, p[1:])
					}
				}
			}
			if whole {
				out[k] = val
			} else if len(sub) > 0 {
				if f := applyFilter(val, sub); f != nil {
					out[k] = f
				}
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	}
	return nil // a scalar reached with pattern segments left over
}
