package estest

import (
	"bytes"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
)

func TestKQLTranslates(t *testing.T) {
	tests := []struct{ kql, want string }{
		{``, `{"match_all":{}}`},
		{`service.name:"amazon-api"`, `{"match_phrase":{"service.name":"amazon-api"}}`},
		{`code:429`, `{"match_phrase":{"code":"429"}}`},
		{`shop.id:*`, `{"exists":{"field":"shop.id"}}`},
		{`n >= 500`, `{"range":{"n":{"gte":"500"}}}`},
		{`n<4`, `{"range":{"n":{"lt":"4"}}}`},
		{`a:"x \"y\" \\z"`, `{"match_phrase":{"a":"x \"y\" \\z"}}`},
		{`a:1 and b:2 or not c:3`,
			`{"bool":{"minimum_should_match":1,"should":[{"bool":{"filter":[{"match_phrase":{"a":"1"}},{"match_phrase":{"b":"2"}}]}},{"bool":{"must_not":[{"match_phrase":{"c":"3"}}]}}]}}`},
		{`a:1 AND (b:2 OR c:3)`,
			`{"bool":{"filter":[{"match_phrase":{"a":"1"}},{"bool":{"minimum_should_match":1,"should":[{"match_phrase":{"b":"2"}},{"match_phrase":{"c":"3"}}]}}]}}`},
		{`p:("amazon" or "shopee")`,
			`{"bool":{"minimum_should_match":1,"should":[{"match_phrase":{"p":"amazon"}},{"match_phrase":{"p":"shopee"}}]}}`},
		{`not not a:*`, `{"bool":{"must_not":[{"bool":{"must_not":[{"exists":{"field":"a"}}]}}]}}`},
	}
	for _, tc := range tests {
		q, err := KQL(tc.kql)
		if err != nil {
			t.Errorf("KQL(%s): %v", tc.kql, err)
			continue
		}
		b, _ := json.Marshal(q)
		if string(b) != tc.want {
			t.Errorf("KQL(%s)\n got %s\nwant %s", tc.kql, b, tc.want)
		}
	}
}

func TestKQLRefuses(t *testing.T) {
	for _, q := range []string{
		`amazon`, `a:`, `a:"x`, `a:am*`, `*:x`, `a:(x or)`, `(a:x`, `a:x)`, `a:x and`, `a >= x`,
		`a:{b:c}`, `a:x b:y`, `and:x`, `a:or`,
	} {
		if _, err := KQL(q); err == nil {
			t.Errorf("KQL(%s) parsed", q)
		}
	}
}

// A KQL query run against the fake finds what Kibana would.
func TestKQLSearch(t *testing.T) {
	srv := NewServer(t)
	docs := []string{
		`{"service":{"name":"amazon-api"},"http":{"response":{"status_code":429}},"shop":{"id":"S12"},"message":"throttled by Amazon"}`,
		`{"service":{"name":"amazon-api"},"http":{"response":{"status_code":200}},"shop":{"id":"S12"}}`,
		`{"service":{"name":"amazon-api"},"http":{"response":{"status_code":503}},"shop":{"id":"S7"}}`,
		`{"service":{"name":"order-sync"},"error":{"code":"E42"}}`,
	}
	var body strings.Builder
	for _, d := range docs {
		body.WriteString(`{"index":{"_index":"logs-a"}}` + "\n" + d + "\n")
	}
	res, err := http.Post(srv.URL+"/_bulk?refresh=true", "application/x-ndjson", strings.NewReader(body.String()))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	tests := []struct {
		kql  string
		want []int
	}{
		{`service.name:"amazon-api" and shop.id:"S12"`, []int{0, 1}},
		{`http.response.status_code:429`, []int{0}},
		{`http.response.status_code >= 500 or error.code:*`, []int{2, 3}},
		{`not http.response.status_code:*`, []int{3}},
		{`message:"throttled by"`, []int{0}},
		{`shop.id:("S7" or "S12") and not http.response.status_code < 300`, []int{0, 2}},
	}
	for _, tc := range tests {
		q, err := KQL(tc.kql)
		if err != nil {
			t.Fatal(err)
		}
		got := searchMessages(t, srv, q)
		var want []string
		for _, i := range tc.want {
			want = append(want, docs[i])
		}
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s:\n got %v\nwant %v", tc.kql, got, want)
		}
	}
}

func searchMessages(t *testing.T, srv *Server, q map[string]any) []string {
	t.Helper()
	b, _ := json.Marshal(map[string]any{"query": q, "size": 100})
	res, err := http.Post(srv.URL+"/logs-*/_search", "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct {
		Hits struct {
			Hits []struct {
				Source json.RawMessage `json:"_source"`
			} `json:"hits"`
		} `json:"hits"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil || res.StatusCode != 200 {
		t.Fatalf("search %s: %d %v", b, res.StatusCode, err)
	}
	var got []string
	for _, h := range out.Hits.Hits {
		got = append(got, string(h.Source))
	}
	slices.Sort(got)
	return got
}
