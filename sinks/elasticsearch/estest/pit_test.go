package estest_test

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// seedLogs installs a template mapping service.name and log.level as
// keywords, message as text and @timestamp as a date, then indexes docs.
func seedLogs(t *testing.T, srv *estest.Server, docs ...string) {
	t.Helper()
	r := do(t, srv, "PUT", "/_index_template/logs", `{"index_patterns":["logs-*"],"template":{"mappings":{"properties":{
		"@timestamp":{"type":"date"},"service":{"properties":{"name":{"type":"keyword"}}},
		"log":{"properties":{"level":{"type":"keyword"}}},"message":{"type":"text"},
		"http":{"properties":{"response":{"properties":{"status_code":{"type":"integer"}}}}}}}}}`)
	if r.status != 200 {
		t.Fatalf("template: %s", r.raw)
	}
	var lines []string
	for i, d := range docs {
		var probe struct {
			TS string `json:"@timestamp"`
		}
		if err := json.Unmarshal([]byte(d), &probe); err != nil {
			t.Fatal(err)
		}
		index := "logs-" + strings.ReplaceAll(probe.TS[:10], "-", ".")
		lines = append(lines, fmt.Sprintf(`{"index":{"_index":%q,"_id":"d%d"}}`, index, i), d)
	}
	if r := do(t, srv, "POST", "/_bulk", ndjson(lines...)); r.status != 200 || get(r.body, "errors") != false {
		t.Fatalf("bulk: %s", r.raw)
	}
}

var logDocs = []string{
	`{"@timestamp":"2026-11-24T10:00:00.000Z","service.name":"order-sync","log.level":"error","message":"Order sync failed: timeout","http.response.status_code":504}`,
	`{"@timestamp":"2026-11-24T10:00:00.000Z","service.name":"order-sync","log.level":"info","message":"order synced"}`,
	`{"@timestamp":"2026-11-24T09:00:00.000Z","service.name":"inventory-sync","log.level":"warn","message":"stock sync slow"}`,
	`{"@timestamp":"2026-11-25T08:00:00.000Z","service.name":"amazon-api","log.level":"error","message":"marketplace returned 429","http.response.status_code":429}`,
	`{"@timestamp":"2026-11-25T07:00:00.500Z","service.name":"amazon-api","log.level":"info","message":"call ok","http.response.status_code":200}`,
}

func ids(t *testing.T, r response) []string {
	t.Helper()
	hits, _ := get(r.body, "hits", "hits").([]any)
	var out []string
	for _, h := range hits {
		out = append(out, get(h, "_id").(string))
	}
	return out
}

func TestQueryString(t *testing.T) {
	srv := estest.NewServer(t)
	seedLogs(t, srv, logDocs...)
	tests := []struct {
		query string
		want  string // sorted ids, comma-separated
	}{
		{`service.name:order-sync`, "d0,d1"},
		{`service.name:order`, ""}, // keyword: whole value only
		{`service.name:order-sync AND log.level:error`, "d0"},
		{`service.name:order-sync && log.level:error`, "d0"},
		{`log.level:error OR log.level:warn`, "d0,d2,d3"},
		{`log.level:error log.level:warn`, "d0,d2,d3"}, // default operator OR
		{`NOT log.level:info`, "d0,d2,d3"},
		{`-log.level:info`, "d0,d2,d3"},
		{`service.name:amazon-api AND NOT log.level:info`, "d3"},
		{`service.name:amazon-api !log.level:info`, "d3"}, // "a NOT b" prohibits b
		{`service.name:(order-sync OR amazon-api) AND log.level:error`, "d0,d3"},
		{`service.name:*-sync`, "d0,d1,d2"},
		{`service.name:amaz?n-api`, "d3,d4"},
		{`message:timeout`, "d0"},
		{`message:ORDER`, "d0,d1"}, // text: lowercased tokens
		{`message:"order sync"`, "d0"},
		{`message:"sync order"`, ""},
		{`message:sync*`, "d0,d1,d2"},
		{`message:(timeout slow)`, "d0,d2"},
		{`http.response.status_code:429`, "d3"},
		{`http.response.status_code:>=429`, "d0,d3"},
		{`http.response.status_code:<429`, "d4"},
		{`_exists_:http.response.status_code`, "d0,d3,d4"},
		{`timeout`, "d0"},                  // default field *: any field
		{`marketplace AND 429`, "d3"},      // in text and as a number
		{`@timestamp:2026-11-25`, "d3,d4"}, // a date is its whole day
		{`service.name:order\-sync`, "d0,d1"},
		{`unknown.field:x`, ""},
		{`+log.level:error service.name:amazon-api`, "d0,d3"}, // optional clause beside a required one
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"size": 100, "query": map[string]any{"query_string": map[string]any{"query": tc.query}}})
			r := do(t, srv, "POST", "/logs-*/_search", string(body))
			if r.status != 200 {
				t.Fatalf("status %d: %s", r.status, r.raw)
			}
			got := ids(t, r)
			sort.Strings(got)
			if strings.Join(got, ",") != tc.want {
				t.Errorf("got %v, want %s", got, tc.want)
			}
		})
	}

	bad := []string{`service.name:(order-sync`, `message:"open`, `message:foo~2`, `message:foo^2`, `a:[1 TO 5]`,
		`message:/re/`, `AND x`, `x AND`, `service.name:`, `()`}
	for _, q := range bad {
		t.Run("bad "+q, func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"query": map[string]any{"bool": map[string]any{
				"filter": []any{map[string]any{"query_string": map[string]any{"query": q}}}}}})
			r := do(t, srv, "POST", "/logs-*/_search", string(body))
			if r.status != 400 || get(r.body, "error", "type") != "search_phase_execution_exception" ||
				get(r.body, "error", "root_cause", 0, "type") != "query_shard_exception" ||
				get(r.body, "error", "failed_shards", 0, "reason", "caused_by", "type") != "parse_exception" {
				t.Errorf("status %d: %s", r.status, r.raw)
			}
		})
	}
}

func TestPointInTime(t *testing.T) {
	srv := estest.NewServer(t)
	seedLogs(t, srv, logDocs...)

	r := do(t, srv, "POST", "/logs-*/_pit?keep_alive=1m", "")
	id, _ := get(r.body, "id").(string)
	if r.status != 200 || id == "" || get(r.body, "_shards", "total") != float64(2) {
		t.Fatalf("open: %s", r.raw)
	}
	if srv.OpenPITs() != 1 {
		t.Fatalf("OpenPITs %d, want 1", srv.OpenPITs())
	}
	// A document indexed now is not in the point in time.
	seedLogs(t, srv, `{"@timestamp":"2026-11-24T08:00:00.000Z","service.name":"late","log.level":"info","message":"late"}`)

	page := func(pitID string, after json.RawMessage) response {
		body := map[string]any{
			"size": 2, "track_total_hits": false,
			"pit":   map[string]any{"id": pitID, "keep_alive": "1m"},
			"sort":  []any{map[string]any{"@timestamp": map[string]any{"order": "asc", "unmapped_type": "date"}}, map[string]any{"_shard_doc": "asc"}},
			"query": map[string]any{"bool": map[string]any{"filter": []any{map[string]any{"range": map[string]any{"@timestamp": map[string]any{"gte": "2026-11-24T00:00:00.000Z", "lt": "2026-11-26T00:00:00.000Z", "format": "strict_date_optional_time"}}}}}},
		}
		if after != nil {
			body["search_after"] = after
		}
		b, _ := json.Marshal(body)
		return do(t, srv, "POST", "/_search", string(b))
	}
	var got []string
	var after json.RawMessage
	var lastSort []any
	pitID := id
	for range 10 {
		r := page(pitID, after)
		if r.status != 200 {
			t.Fatalf("search: %s", r.raw)
		}
		if get(r.body, "hits", "total") != nil {
			t.Errorf("hits.total present with track_total_hits false: %s", r.raw)
		}
		next, _ := get(r.body, "pit_id").(string)
		if next == "" {
			t.Fatalf("no pit_id: %s", r.raw)
		}
		pitID = next
		hits, _ := get(r.body, "hits", "hits").([]any)
		for _, h := range hits {
			got = append(got, get(h, "_id").(string))
			lastSort, _ = get(h, "sort").([]any)
			if get(h, "_index") == nil || get(h, "_source") == nil {
				t.Errorf("hit: %v", h)
			}
		}
		if len(hits) < 2 {
			break
		}
		after, _ = json.Marshal(lastSort)
	}
	// d2 09:00, then d0 and d1 share 10:00 (index order of _shard_doc), d4 07:00.500 on the 25th, d3 08:00.
	if strings.Join(got, ",") != "d2,d0,d1,d4,d3" {
		t.Errorf("order %v", got)
	}
	if len(lastSort) != 2 || lastSort[0] != float64(1795593600000) || lastSort[1] != float64(1<<32|0) {
		t.Errorf("last sort values %v, want [epoch millis, shard 1 doc 0]", lastSort)
	}

	if r := do(t, srv, "POST", "/logs-*/_search", `{"pit":{"id":"`+pitID+`"}}`); r.status != 400 {
		t.Errorf("index with pit: %d %s", r.status, r.raw)
	}
	if r := do(t, srv, "POST", "/logs-*/_search", `{"sort":["_shard_doc"]}`); r.status != 400 {
		t.Errorf("_shard_doc without pit: %d %s", r.status, r.raw)
	}
	if r := do(t, srv, "POST", "/_pit?keep_alive=1m", ""); r.status != 400 {
		t.Errorf("open without index: %d %s", r.status, r.raw)
	}
	if r := do(t, srv, "POST", "/logs-*/_pit", ""); r.status != 400 {
		t.Errorf("open without keep_alive: %d %s", r.status, r.raw)
	}
	if r := do(t, srv, "POST", "/logs-nope/_pit?keep_alive=1m", ""); r.status != 404 {
		t.Errorf("open on a missing index: %d %s", r.status, r.raw)
	}

	r = do(t, srv, "DELETE", "/_pit", `{"id":"`+pitID+`"}`)
	if r.status != 200 || get(r.body, "succeeded") != true || get(r.body, "num_freed") != float64(2) {
		t.Errorf("close: %s", r.raw)
	}
	if r := do(t, srv, "DELETE", "/_pit", `{"id":"`+id+`"}`); r.status != 404 || get(r.body, "num_freed") != float64(0) {
		t.Errorf("close again: %d %s", r.status, r.raw)
	}
	r = page(pitID, nil)
	if r.status != 404 || get(r.body, "error", "root_cause", 0, "type") != "search_context_missing_exception" {
		t.Errorf("search a closed pit: %d %s", r.status, r.raw)
	}
	if srv.OpenPITs() != 0 || srv.Requests().PIT != 5 {
		t.Errorf("OpenPITs %d, PIT requests %d", srv.OpenPITs(), srv.Requests().PIT)
	}

	// Expiry.
	r = do(t, srv, "POST", "/logs-*/_pit?keep_alive=1m", "")
	id2, _ := get(r.body, "id").(string)
	srv.ExpirePITs()
	if r := page(id2, nil); r.status != 404 || srv.OpenPITs() != 0 {
		t.Errorf("expired pit: %d %s", r.status, r.raw)
	}
}

func TestSearchAfterAndTotals(t *testing.T) {
	srv := estest.NewServer(t)
	seedLogs(t, srv, logDocs...)
	r := do(t, srv, "POST", "/logs-*/_search", `{"size":2,"sort":[{"@timestamp":"desc"},{"_id":"asc"}],"search_after":[1795593600000,"d3"],"track_total_hits":3}`)
	if got := ids(t, r); r.status != 200 || strings.Join(got, ",") != "d4,d0" {
		t.Errorf("search_after: %v %s", got, r.raw)
	}
	if get(r.body, "hits", "total", "value") != float64(3) || get(r.body, "hits", "total", "relation") != "gte" {
		t.Errorf("total: %s", r.raw)
	}
	r = do(t, srv, "POST", "/logs-*/_search", `{"size":1,"sort":[{"@timestamp":"asc"}],"search_after":["2026-11-24T09:00:00Z"]}`)
	if got := ids(t, r); strings.Join(got, ",") != "d0" {
		t.Errorf("search_after with a date string: %v", got)
	}
	for _, body := range []string{
		`{"search_after":[1]}`,
		`{"sort":["@timestamp"],"search_after":[1,2]}`,
		`{"sort":["@timestamp"],"search_after":[1],"from":1}`,
	} {
		if r := do(t, srv, "POST", "/logs-*/_search", body); r.status != 400 {
			t.Errorf("%s: status %d", body, r.status)
		}
	}
}
