package estest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/elastic/elastic-transport-go/v8/elastictransport"
	"github.com/elastic/go-elasticsearch/v8/esapi"

	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

type response struct {
	status int
	header http.Header
	body   map[string]any
	raw    string
}

func do(t *testing.T, srv *estest.Server, method, path, body string) response {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	r := response{status: res.StatusCode, header: res.Header, raw: string(b)}
	if len(b) > 0 {
		if err := json.Unmarshal(b, &r.body); err != nil {
			t.Fatalf("%s %s: response is not a JSON object: %q", method, path, b)
		}
	}
	return r
}

// get walks a decoded JSON value by keys and array indices.
func get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			a, _ := v.([]any)
			if k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}

func ndjson(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

func TestHeadersOnEveryResponse(t *testing.T) {
	srv := estest.NewServer(t)
	authed := estest.NewServer(t, estest.WithBasicAuth("u", "p"))
	srv.FailRequests(1, 503)
	tests := []struct {
		name         string
		srv          *estest.Server
		method, path string
		body         string
		status       int
	}{
		{"injected failure", srv, "GET", "/", "", 503},
		{"info", srv, "GET", "/", "", 200},
		{"bulk", srv, "POST", "/_bulk", ndjson(`{"index":{"_index":"a","_id":"1"}}`, `{}`), 200},
		{"bulk not terminated", srv, "POST", "/_bulk", `{"index":{"_index":"a"}}` + "\n{}", 400},
		{"count missing index", srv, "GET", "/nope/_count", "", 404},
		{"unknown endpoint", srv, "GET", "/_cat/indices", "", 400},
		{"unauthorized", authed, "GET", "/", "", 401},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, tc.srv, tc.method, tc.path, tc.body)
			if r.status != tc.status {
				t.Errorf("status %d, want %d: %s", r.status, tc.status, r.raw)
			}
			if r.header.Get("X-Elastic-Product") != "Elasticsearch" || r.header.Get("Content-Type") != "application/json" {
				t.Errorf("headers %v", r.header)
			}
			if r.status >= 400 && (get(r.body, "error", "type") == nil || get(r.body, "status") != float64(r.status)) {
				t.Errorf("error body %s", r.raw)
			}
		})
	}
}

func TestInfo(t *testing.T) {
	srv := estest.NewServer(t)
	r := do(t, srv, "GET", "/", "")
	if v, _ := get(r.body, "version", "number").(string); !strings.HasPrefix(v, "8.19.") {
		t.Errorf("version.number = %v", v)
	}
	if get(r.body, "tagline") != "You Know, for Search" {
		t.Errorf("tagline = %v", get(r.body, "tagline"))
	}
}

func TestBulkItems(t *testing.T) {
	srv := estest.NewServer(t)
	r := do(t, srv, "POST", "/logs-a/_bulk", ndjson(
		`{"index":{"_id":"1"}}`, `{"n":1}`, // created via the path index
		`{"index":{"_index":"logs-a","_id":"1"}}`, `{"n":2}`, // updated
		`{"create":{"_index":"logs-a","_id":"1"}}`, `{"n":3}`, // conflict
		`{"create":{"_index":"logs-a","_id":"2"}}`, `{"n":4}`, // created
		`{"delete":{"_index":"logs-a","_id":"2"}}`,                       // deleted
		`{"delete":{"_index":"logs-a","_id":"9"}}`,                       // not found, not an error
		`{"update":{"_index":"logs-a","_id":"1"}}`, `{"doc":{"m":true}}`, // updated
		`{"index":{"_index":"Bad-Name","_id":"1"}}`, `{}`, // invalid index name
		`{"index":{"_index":"logs-a","_id":"3"}}`, `not json`, // parse failure
	))
	if r.status != 200 || get(r.body, "errors") != true {
		t.Fatalf("bulk: %d %s", r.status, r.raw)
	}
	if _, ok := get(r.body, "took").(float64); !ok {
		t.Errorf("took missing: %s", r.raw)
	}
	tests := []struct {
		op, result string
		status     int
		version    float64
		errType    string
	}{
		{"index", "created", 201, 1, ""},
		{"index", "updated", 200, 2, ""},
		{"create", "", 409, 0, "version_conflict_engine_exception"},
		{"create", "created", 201, 1, ""},
		{"delete", "deleted", 200, 2, ""},
		{"delete", "not_found", 404, 1, ""},
		{"update", "updated", 200, 3, ""},
		{"index", "", 400, 0, "invalid_index_name_exception"},
		{"index", "", 400, 0, "document_parsing_exception"},
	}
	for i, tc := range tests {
		item := get(r.body, "items", i, tc.op)
		if item == nil {
			t.Errorf("item %d: no %q entry in %v", i, tc.op, get(r.body, "items", i))
			continue
		}
		if get(item, "status") != float64(tc.status) || tc.result != "" && get(item, "result") != tc.result {
			t.Errorf("item %d: %v, want %s %d", i, item, tc.result, tc.status)
		}
		if tc.version != 0 && get(item, "_version") != tc.version {
			t.Errorf("item %d: _version %v, want %v", i, get(item, "_version"), tc.version)
		}
		if tc.errType != get(item, "error", "type") && !(tc.errType == "" && get(item, "error") == nil) {
			t.Errorf("item %d: error %v, want %q", i, get(item, "error"), tc.errType)
		}
		if tc.errType == "" {
			for _, f := range []string{"_index", "_id", "_shards", "_seq_no", "_primary_term"} {
				if get(item, f) == nil {
					t.Errorf("item %d: %s missing", i, f)
				}
			}
		}
	}
	var d map[string]any
	if err := json.Unmarshal(srv.Docs("logs-a")["1"], &d); err != nil || d["n"] != float64(2) || d["m"] != true {
		t.Errorf("doc 1 = %v (%v)", d, err)
	}
	if srv.Count("logs-a") != 1 {
		t.Errorf("Count = %d, want 1", srv.Count("logs-a"))
	}
	if c := srv.Requests(); c.Bulk != 1 || c.BulkItems != 9 {
		t.Errorf("counters %+v", c)
	}
}

func TestBulkRequestValidation(t *testing.T) {
	srv := estest.NewServer(t)
	tests := []struct {
		name, body, errType string
	}{
		{"no trailing newline", `{"index":{"_index":"a"}}` + "\n{}", "illegal_argument_exception"},
		{"no index", ndjson(`{"index":{"_id":"1"}}`, `{}`), "action_request_validation_exception"},
		{"unknown action", ndjson(`{"upsert":{"_index":"a"}}`, `{}`), "illegal_argument_exception"},
		{"missing source", ndjson(`{"index":{"_index":"a"}}`), "illegal_argument_exception"},
		{"empty", "", "action_request_validation_exception"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, srv, "POST", "/_bulk", tc.body)
			if r.status != 400 || get(r.body, "error", "type") != tc.errType {
				t.Errorf("got %d %s, want 400 %s", r.status, r.raw, tc.errType)
			}
		})
	}
	if n := len(srv.Indices()); n != 0 {
		t.Errorf("invalid requests created %d indices", n)
	}
}

func TestFaults(t *testing.T) {
	srv := estest.NewServer(t)
	srv.ItemFault(func(index, id string, attempt int) int {
		if id == "slow" && attempt < 2 {
			return 429
		}
		if id == "bad" {
			return 400
		}
		return 0
	})
	body := ndjson(`{"index":{"_index":"f","_id":"slow"}}`, `{}`, `{"index":{"_index":"f","_id":"bad"}}`, `{}`)
	r := do(t, srv, "POST", "/_bulk", body)
	if get(r.body, "items", 0, "index", "status") != float64(429) ||
		get(r.body, "items", 0, "index", "error", "type") != "es_rejected_execution_exception" ||
		get(r.body, "items", 1, "index", "error", "type") != "mapper_parsing_exception" {
		t.Fatalf("first attempt: %s", r.raw)
	}
	r = do(t, srv, "POST", "/_bulk", body)
	if get(r.body, "items", 0, "index", "status") != float64(201) || get(r.body, "items", 1, "index", "status") != float64(400) {
		t.Fatalf("second attempt: %s", r.raw)
	}
	if c := srv.Requests(); c.ItemFaults != 3 {
		t.Errorf("ItemFaults = %d, want 3", c.ItemFaults)
	}

	srv.FailRequests(2, 503)
	for i, want := range []int{503, 503, 200} {
		if r := do(t, srv, "GET", "/", ""); r.status != want {
			t.Errorf("request %d: %d, want %d", i, r.status, want)
		}
	}

	srv.SetLatency(time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/", nil)
	if res, err := http.DefaultClient.Do(req); err == nil {
		res.Body.Close()
		t.Error("request finished despite the latency")
	}
	srv.SetLatency(0)

	release := srv.HoldBulk()
	done := make(chan response, 1)
	bulks := srv.Requests().Bulk
	go func() { done <- do(t, srv, "POST", "/_bulk", ndjson(`{"index":{"_index":"h","_id":"1"}}`, `{}`)) }()
	// Once the handler has the request (not after a window of time), it
	// must be holding it.
	await.Until(t, "the bulk request at the handler", 10*time.Second, func() bool { return srv.Requests().Bulk == bulks+1 })
	select {
	case <-done:
		t.Fatal("bulk request was not held")
	default:
	}
	release()
	if r := <-done; r.status != 200 || srv.Count("h") != 1 {
		t.Errorf("held bulk: %d %s", r.status, r.raw)
	}
}

func TestMappingConflicts(t *testing.T) {
	srv := estest.NewServer(t)
	tpl := `{"index_patterns":["logs-*"],"priority":200,"template":{"mappings":{
		"dynamic_templates":[{"s":{"match_mapping_type":"string","mapping":{"type":"keyword"}}}],
		"properties":{"@timestamp":{"type":"date"},"http":{"properties":{"response":{"properties":{"status_code":{"type":"integer"}}}}},
		"error.code":{"type":"keyword"},"ok":{"type":"boolean"}}}}}`
	if r := do(t, srv, "PUT", "/_index_template/t", tpl); r.status != 200 {
		t.Fatalf("template: %s", r.raw)
	}
	tests := []struct {
		name, doc string
		status    int
	}{
		{"valid", `{"@timestamp":"2026-11-25T08:00:00Z","http":{"response":{"status_code":"503"}},"error":{"code":"E1"}}`, 201},
		{"dotted keys", `{"http.response.status_code":200,"error.code":42}`, 201},
		{"epoch millis", `{"@timestamp":1764057600000}`, 201},
		{"not a number", `{"http":{"response":{"status_code":"abc"}}}`, 400},
		{"out of range", `{"http":{"response":{"status_code":9999999999}}}`, 400},
		{"not a date", `{"@timestamp":"yesterday"}`, 400},
		{"object into keyword", `{"error":{"code":{"x":1}}}`, 400},
		{"value into object", `{"http":"GET"}`, 400},
		{"dotted under keyword", `{"error.code.sub":"x"}`, 400},
		{"bad boolean", `{"ok":"maybe"}`, 400},
		{"dynamic field", `{"buyer":{"email":"[redacted]"},"n":3}`, 201},
		{"dynamic conflict", `{"buyer":"x"}`, 400},
		{"dynamic number conflict", `{"n":"three"}`, 400},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, srv, "POST", "/_bulk", ndjson(`{"index":{"_index":"logs-m","_id":"`+tc.name+`"}}`, tc.doc))
			if got := get(r.body, "items", 0, "index", "status"); got != float64(tc.status) {
				t.Errorf("doc %d: status %v, want %d: %s", i, got, tc.status, r.raw)
			}
			if tc.status == 400 && get(r.body, "items", 0, "index", "error", "type") != "document_parsing_exception" {
				t.Errorf("error %v", get(r.body, "items", 0, "index", "error"))
			}
		})
	}
	m := srv.Mapping("logs-m")
	want := map[string]string{"http.response.status_code": "integer", "buyer.email": "keyword", "buyer": "object", "n": "long", "@timestamp": "date"}
	for f, typ := range want {
		if m[f] != typ {
			t.Errorf("mapping[%s] = %q, want %q", f, m[f], typ)
		}
	}
	r := do(t, srv, "GET", "/logs-m", "")
	if get(r.body, "logs-m", "mappings", "properties", "http", "properties", "response", "properties", "status_code", "type") != "integer" {
		t.Errorf("GET /logs-m: %s", r.raw)
	}
}

func TestCountAndSearch(t *testing.T) {
	srv := estest.NewServer(t)
	docs := []string{
		`{"service":{"name":"amazon-api"},"log.level":"error","http":{"response":{"status_code":429}},"n":1,"message":"Quota exceeded for shop"}`,
		`{"service":{"name":"amazon-api"},"log.level":"info","http":{"response":{"status_code":200}},"n":2}`,
		`{"service.name":"shopify","log":{"level":"error"},"n":3,"tags":["a","b"]}`,
		`{"service":{"name":"shopify"},"log":{"level":"warn"},"n":4}`,
	}
	var lines []string
	for i, d := range docs {
		index := "logs-amazon-2026.11.25"
		if i >= 2 {
			index = "logs-shopify-2026.11.25"
		}
		lines = append(lines, `{"index":{"_index":"`+index+`","_id":"`+string(rune('a'+i))+`"}}`, d)
	}
	if r := do(t, srv, "POST", "/_bulk", ndjson(lines...)); get(r.body, "errors") != false {
		t.Fatalf("bulk: %s", r.raw)
	}
	do(t, srv, "PUT", "/other", "")

	counts := []struct {
		name, path, query string
		want              float64
		status            int
	}{
		{"all", "/_count", ``, 4, 200},
		{"pattern", "/logs-*/_count", `{"query":{"match_all":{}}}`, 4, 200},
		{"two indices", "/logs-amazon-2026.11.25,other/_count", ``, 2, 200},
		{"term nested and dotted", "/logs-*/_count", `{"query":{"term":{"log.level":"error"}}}`, 2, 200},
		{"term value object", "/logs-*/_count", `{"query":{"term":{"service.name":{"value":"shopify"}}}}`, 2, 200},
		{"term number", "/logs-*/_count", `{"query":{"term":{"http.response.status_code":429}}}`, 1, 200},
		{"term number as string", "/logs-*/_count", `{"query":{"term":{"http.response.status_code":"429"}}}`, 1, 200},
		{"term in array", "/logs-*/_count", `{"query":{"term":{"tags":"b"}}}`, 1, 200},
		{"terms", "/logs-*/_count", `{"query":{"terms":{"log.level":["warn","info"]}}}`, 2, 200},
		{"match", "/logs-*/_count", `{"query":{"match":{"message":"quota"}}}`, 1, 200},
		{"range", "/logs-*/_count", `{"query":{"range":{"n":{"gte":2,"lt":4}}}}`, 2, 200},
		{"exists", "/logs-*/_count", `{"query":{"exists":{"field":"http.response.status_code"}}}`, 2, 200},
		{"bool", "/logs-*/_count", `{"query":{"bool":{"filter":[{"term":{"log.level":"error"}}],"must_not":{"term":{"service.name":"shopify"}}}}}`, 1, 200},
		{"bool should", "/logs-*/_count", `{"query":{"bool":{"should":[{"term":{"n":1}},{"term":{"n":4}}]}}}`, 2, 200},
		{"q param", "/logs-*/_count?q=service.name:shopify", ``, 2, 200},
		{"no match pattern", "/nothing-*/_count", ``, 0, 200},
		{"missing index", "/nothing/_count", ``, 0, 404},
		{"unknown query", "/logs-*/_count", `{"query":{"fuzzy":{"a":"b"}}}`, 0, 400},
	}
	for _, tc := range counts {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, srv, "POST", tc.path, tc.query)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.status, tc.status, r.raw)
			}
			if tc.status == 200 && get(r.body, "count") != tc.want {
				t.Errorf("count %v, want %v", get(r.body, "count"), tc.want)
			}
		})
	}

	r := do(t, srv, "POST", "/logs-*/_search", `{"query":{"match_all":{}},"size":2,"from":1,"sort":[{"n":"desc"}]}`)
	if get(r.body, "hits", "total", "value") != float64(4) || get(r.body, "hits", "total", "relation") != "eq" {
		t.Errorf("total: %s", r.raw)
	}
	hits, _ := get(r.body, "hits", "hits").([]any)
	if len(hits) != 2 || get(hits[0], "_id") != "c" || get(hits[1], "_id") != "b" ||
		get(hits[0], "_index") != "logs-shopify-2026.11.25" || get(hits[0], "_source", "n") != float64(3) {
		t.Errorf("hits: %v", hits)
	}
	r = do(t, srv, "GET", "/logs-amazon-2026.11.25/_search?size=1", "")
	if hits, _ := get(r.body, "hits", "hits").([]any); len(hits) != 1 || get(hits[0], "_id") != "a" || get(hits[0], "_score") != 1.0 {
		t.Errorf("GET search: %s", r.raw)
	}
}

func TestTemplatesAndPolicies(t *testing.T) {
	srv := estest.NewServer(t)
	tests := []struct {
		method, path, body string
		status             int
	}{
		{"GET", "/_index_template/vigil", "", 404},
		{"PUT", "/_index_template/vigil", `{"template":{}}`, 400},
		{"PUT", "/_index_template/vigil", `{"index_patterns":["logs-*"],"priority":200,"template":{"mappings":{"properties":{"a":{"type":"keyword"}}}}}`, 200},
		{"PUT", "/_index_template/bad", `{"index_patterns":["x"],"template":{"mappings":{"properties":{"a":{"type":"nonsense"}}}}}`, 400},
		{"GET", "/_index_template/vigil", "", 200},
		{"GET", "/_index_template", "", 200},
		{"PUT", "/_ilm/policy/keep", `{"policy":{"phases":{"delete":{"min_age":"30d","actions":{"delete":{}}}}}}`, 200},
		{"GET", "/_ilm/policy/keep", "", 200},
		{"GET", "/_ilm/policy/none", "", 404},
		{"HEAD", "/logs-x", "", 404},
		{"PUT", "/logs-x", "", 200},
		{"HEAD", "/logs-x", "", 200},
		{"PUT", "/logs-x", "", 400},
		{"POST", "/logs-x/_refresh", "", 200},
		{"DELETE", "/logs-x", "", 200},
	}
	for _, tc := range tests {
		r := do(t, srv, tc.method, tc.path, tc.body)
		if r.status != tc.status {
			t.Errorf("%s %s: %d, want %d: %s", tc.method, tc.path, r.status, tc.status, r.raw)
		}
	}
	r := do(t, srv, "GET", "/_index_template/vigil", "")
	if get(r.body, "index_templates", 0, "name") != "vigil" || get(r.body, "index_templates", 0, "index_template", "priority") != float64(200) {
		t.Errorf("GET template: %s", r.raw)
	}
	if _, ok := srv.Templates()["vigil"]; !ok || len(srv.Templates()) != 1 {
		t.Errorf("Templates() = %v", srv.Templates())
	}
	if _, ok := srv.Policies()["keep"]; !ok {
		t.Errorf("Policies() = %v", srv.Policies())
	}
	if len(srv.Indices()) != 0 {
		t.Errorf("Indices() = %v after delete", srv.Indices())
	}
}

// TestOfficialClient checks that the official low-level client, esapi over
// elastic-transport-go as vigil uses it, accepts the fake (authentication,
// response decoding). The product check is the indexer's, tested there.
func TestOfficialClient(t *testing.T) {
	srv := estest.NewServer(t, estest.WithAPIKey("k"))
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	client, err := elastictransport.NewClient(elastictransport.WithURLs(u), elastictransport.WithAPIKey("k"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	res, err := esapi.InfoRequest{}.Do(ctx, client)
	if err != nil || res.IsError() {
		t.Fatalf("info: %v %v", err, res)
	}
	res.Body.Close()
	res, err = esapi.BulkRequest{Body: strings.NewReader(ndjson(`{"index":{"_index":"c","_id":"1"}}`, `{"a":1}`)),
		FilterPath: []string{"errors", "items.*.status"}}.Do(ctx, client)
	if err != nil || res.IsError() {
		t.Fatalf("bulk: %v %v", err, res)
	}
	res.Body.Close()
	res, err = esapi.CountRequest{Index: []string{"c"}}.Do(ctx, client)
	if err != nil || res.IsError() {
		t.Fatalf("count: %v %v", err, res)
	}
	defer res.Body.Close()
	var c struct{ Count int }
	if err := json.NewDecoder(res.Body).Decode(&c); err != nil || c.Count != 1 {
		t.Errorf("count = %d (%v)", c.Count, err)
	}
}

func TestFilterPath(t *testing.T) {
	srv := estest.NewServer(t)
	srv.ItemFault(func(_, id string, _ int) int {
		if id == "2" {
			return 429
		}
		return 0
	})
	body := ndjson(`{"index":{"_index":"fp","_id":"1"}}`, `{}`, `{"index":{"_index":"fp","_id":"2"}}`, `{}`, `{"index":{"_index":"fp","_id":"3"}}`, `{}`)
	tests := []struct{ filter, want string }{
		{"errors,items.*.status,items.*.error.type",
			`{"errors":true,"items":[{"index":{"status":201}},{"index":{"error":{"type":"es_rejected_execution_exception"},"status":429}},{"index":{"status":201}}]}`},
		// Filtering on the error alone drops the successful items: positions are lost.
		{"items.*.error.type", `{"items":[{"index":{"error":{"type":"es_rejected_execution_exception"}}}]}`},
		{"**.status", `{"items":[{"index":{"status":201}},{"index":{"status":429}},{"index":{"status":201}}]}`},
	}
	for _, tc := range tests {
		r := do(t, srv, "POST", "/_bulk?filter_path="+tc.filter, body)
		if strings.Contains(r.raw, `"status":200`) {
			// replays of ids 1 and 3 are updates
			r.raw = strings.ReplaceAll(r.raw, `"status":200`, `"status":201`)
		}
		if r.raw != tc.want {
			t.Errorf("filter_path=%s:\n got %s\nwant %s", tc.filter, r.raw, tc.want)
		}
	}
}

func TestDocAPI(t *testing.T) {
	srv := estest.NewServer(t)
	tests := []struct {
		method, path, body string
		status             int
		check              func(map[string]any) bool
	}{
		{"GET", "/d/_doc/1", "", 404, func(b map[string]any) bool { return get(b, "error", "type") == "index_not_found_exception" }},
		{"PUT", "/d/_doc/1", `{"a":1}`, 201, func(b map[string]any) bool { return get(b, "result") == "created" }},
		{"PUT", "/d/_doc/1", `{"a":2}`, 200, func(b map[string]any) bool { return get(b, "_version") == float64(2) }},
		{"GET", "/d/_doc/1", "", 200, func(b map[string]any) bool { return get(b, "found") == true && get(b, "_source", "a") == float64(2) }},
		{"GET", "/d/_doc/2", "", 404, func(b map[string]any) bool { return get(b, "found") == false }},
		{"POST", "/d/_doc", `{"a":3}`, 201, func(b map[string]any) bool { id, _ := get(b, "_id").(string); return id != "" }},
		{"PUT", "/d/_doc/3", `[1]`, 400, func(b map[string]any) bool { return get(b, "error", "type") == "document_parsing_exception" }},
		{"DELETE", "/d/_doc/1", "", 200, func(b map[string]any) bool { return get(b, "result") == "deleted" }},
		{"DELETE", "/d/_doc/1", "", 404, func(b map[string]any) bool { return get(b, "result") == "not_found" }},
		{"PUT", "/d/_doc/orders%2F0%2F7", `{"a":4}`, 201, func(b map[string]any) bool { return get(b, "_id") == "orders/0/7" }},
		{"GET", "/d/_doc/orders%2F0%2F7", "", 200, func(b map[string]any) bool { return get(b, "_source", "a") == float64(4) }},
	}
	for _, tc := range tests {
		r := do(t, srv, tc.method, tc.path, tc.body)
		if r.status != tc.status || !tc.check(r.body) {
			t.Errorf("%s %s: %d %s", tc.method, tc.path, r.status, r.raw)
		}
	}
	if srv.Count("d") != 2 {
		t.Errorf("Count = %d, want 2", srv.Count("d"))
	}
}

// TestRejectItems: a fraction of the items fails, the same items for the
// same seed however they are grouped into requests, each attempt judged
// anew, and versions count the writes that succeeded.
func TestRejectItems(t *testing.T) {
	const n = 2000
	rejected := func(srv *estest.Server, perRequest int) map[string]bool {
		out := map[string]bool{}
		for start := 0; start < n; start += perRequest {
			var lines []string
			for i := start; i < start+perRequest && i < n; i++ {
				lines = append(lines, fmt.Sprintf(`{"index":{"_index":"r","_id":"%d"}}`, i), `{"n":1}`)
			}
			r := do(t, srv, "POST", "/_bulk", ndjson(lines...))
			for k := range perRequest {
				st := get(r.body, "items", k, "index", "status")
				if st == nil {
					break
				}
				if st == float64(429) {
					if typ := get(r.body, "items", k, "index", "error", "type"); typ != "es_rejected_execution_exception" {
						t.Fatalf("rejected item error type %v", typ)
					}
					out[fmt.Sprint(start+k)] = true
				} else if st != float64(201) && st != float64(200) {
					t.Fatalf("item status %v", st)
				}
			}
		}
		return out
	}
	a := estest.NewServer(t)
	a.RejectItems(429, 0.5, 7)
	first := rejected(a, 100)
	if len(first) < n*45/100 || len(first) > n*55/100 {
		t.Errorf("%d of %d items rejected, want about half", len(first), n)
	}
	if c := a.Requests(); c.ItemFaults != len(first) {
		t.Errorf("ItemFaults = %d, want %d", c.ItemFaults, len(first))
	}
	b := estest.NewServer(t)
	b.RejectItems(429, 0.5, 7)
	if again := rejected(b, 7); len(again) != len(first) {
		t.Errorf("same seed, other grouping: %d rejected, want %d", len(again), len(first))
	} else {
		for id := range first {
			if !again[id] {
				t.Fatalf("same seed, other grouping: %s not rejected", id)
			}
		}
	}
	// Second attempts are judged anew: about half of the first rejections
	// are rejected again.
	second := rejected(a, 100)
	both := 0
	for id := range first {
		if second[id] {
			both++
		}
	}
	if both < len(first)*40/100 || both > len(first)*60/100 {
		t.Errorf("%d of %d rejected twice, want about half", both, len(first))
	}
	versions := a.Versions("r")
	for i := range n {
		id := fmt.Sprint(i)
		want := int64(0)
		for _, rej := range []bool{first[id], second[id]} {
			if !rej {
				want++
			}
		}
		if versions[id] != want {
			t.Fatalf("doc %s: version %d, want %d (writes that succeeded)", id, versions[id], want)
		}
	}
	a.RejectItems(429, 0, 0)
	if again := rejected(a, 500); len(again) != 0 {
		t.Errorf("%d rejected after RejectItems(…, 0, …)", len(again))
	}
	a.RejectItems(429, 1, 0)
	if again := rejected(a, 500); len(again) != n {
		t.Errorf("%d rejected with fraction 1, want %d", len(again), n)
	}
}

func TestNextRequest(t *testing.T) {
	srv := estest.NewServer(t)
	arrived := srv.NextRequest()
	select {
	case <-arrived:
		t.Fatal("closed before any request")
	default:
	}
	if again := srv.NextRequest(); again != arrived {
		t.Error("two waiters for the same request got different channels")
	}
	// The channel closes when the request arrives, while the latency
	// still holds its answer.
	srv.SetLatency(time.Hour)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/", nil)
		res, err := http.DefaultClient.Do(req)
		if err == nil {
			res.Body.Close()
		}
		done <- err
	}()
	select {
	case <-arrived:
	case <-await.After(t, 10*time.Second):
		t.Fatal("NextRequest not closed after a request")
	}
	select {
	case err := <-done:
		t.Fatalf("request answered during the latency: %v", err)
	default:
	}
	cancel()
	if err := <-done; err == nil {
		t.Error("cancelled request succeeded")
	}
	srv.SetLatency(0)
	next := srv.NextRequest()
	if next == arrived {
		t.Error("a closed channel was handed out again")
	}
	do(t, srv, "GET", "/", "")
	select {
	case <-next:
	default:
		t.Error("NextRequest not closed after an answered request")
	}
}
