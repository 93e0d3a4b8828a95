package elasticsearch_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/sinks/elasticsearch"
)

func TestIndexName(t *testing.T) {
	ts := time.Date(2026, 11, 25, 23, 30, 0, 0, time.FixedZone("UTC+2", 2*3600)) // 21:30 UTC
	fields := map[string]string{
		"service.name": "Amazon-API",
		"shop.region":  "eu west/1",
		"weird":        "Ünïcödé*?",
		"long":         strings.Repeat("a", 100),
	}
	get := func(p string) string { return fields[p] }
	tests := []struct {
		tmpl string
		get  func(string) string
		want string
	}{
		{"logs-{service.name}-{yyyy.MM.dd}", get, "logs-amazon-api-2026.11.25"},
		{"logs-{yyyy.MM}", get, "logs-2026.11"},
		{"logs-{yyyy}", get, "logs-2026"},
		{"logs-{yyyy.MM.dd.HH}", get, "logs-2026.11.25.21"},
		{"logs-{shop.region}", get, "logs-eu_west_1"},
		{"logs-{missing}-{yyyy}", get, "logs-unknown-2026"},
		{"logs-{service.name}", nil, "logs-unknown"},
		{"logs-{weird}", get, "logs-_n_c_d___"},
		{"logs-{long}", get, "logs-" + strings.Repeat("a", 64)},
		{"plain", get, "plain"},
		{"logs-{unclosed", get, "logs-{unclosed"},
	}
	for _, tc := range tests {
		t.Run(tc.tmpl, func(t *testing.T) {
			if got := elasticsearch.IndexName(tc.tmpl, ts, tc.get); got != tc.want {
				t.Errorf("IndexName(%q) = %q, want %q", tc.tmpl, got, tc.want)
			}
		})
	}
}

func TestIndexPattern(t *testing.T) {
	tests := []struct{ tmpl, want string }{
		{"logs-{service.name}-{yyyy.MM.dd}", "logs-*"},
		{"vigil-{yyyy.MM}", "vigil-*"},
		{"fixed-index", "fixed-index"},
	}
	for _, tc := range tests {
		if got := elasticsearch.IndexPattern(tc.tmpl); got != tc.want {
			t.Errorf("IndexPattern(%q) = %q, want %q", tc.tmpl, got, tc.want)
		}
	}
}

func ExampleIndexName() {
	fields := map[string]string{"service.name": "Shopify-Sync"}
	ts := time.Date(2026, 11, 25, 8, 3, 0, 0, time.UTC)
	fmt.Println(elasticsearch.IndexName(elasticsearch.DefaultIndex, ts, func(p string) string { return fields[p] }))
	fmt.Println(elasticsearch.IndexPattern(elasticsearch.DefaultIndex))
	// Output:
	// logs-shopify-sync-2026.11.25
	// logs-*
}

func BenchmarkIndexName(b *testing.B) {
	ts := time.Date(2026, 11, 25, 8, 3, 0, 0, time.UTC)
	get := func(string) string { return "amazon-api" }
	b.ReportAllocs()
	for b.Loop() {
		_ = elasticsearch.IndexName(elasticsearch.DefaultIndex, ts, get)
	}
}
