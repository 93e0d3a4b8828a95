package elasticsearch_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/rs/zerolog"

	awaitpkg "github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/sinks/elasticsearch"
)

// TestIntegration runs against a real cluster when VIGIL_TEST_ES_URL is set
// (optionally VIGIL_TEST_ES_USERNAME, VIGIL_TEST_ES_PASSWORD,
// VIGIL_TEST_ES_API_KEY, VIGIL_TEST_ES_CA_CERT). It creates its own
// template and indices under a unique prefix and deletes them afterwards.
func TestIntegration(t *testing.T) {
	url := os.Getenv("VIGIL_TEST_ES_URL")
	if url == "" {
		t.Skip("VIGIL_TEST_ES_URL not set")
	}
	prefix := fmt.Sprintf("vigil-it-%d", time.Now().UnixNano())
	cfg := elasticsearch.Config{
		URLs:          []string{url},
		Username:      os.Getenv("VIGIL_TEST_ES_USERNAME"),
		Password:      os.Getenv("VIGIL_TEST_ES_PASSWORD"),
		APIKey:        os.Getenv("VIGIL_TEST_ES_API_KEY"),
		CACert:        os.Getenv("VIGIL_TEST_ES_CA_CERT"),
		Index:         prefix + "-{service.name}-{yyyy.MM.dd}",
		TemplateName:  prefix,
		FlushInterval: 50 * time.Millisecond,
		MaxRetries:    5,
	}
	ix, err := elasticsearch.New(cfg, zerolog.New(zerolog.NewTestWriter(t)))
	if err != nil {
		t.Fatal(err)
	}
	client, err := elasticsearch.NewTransport(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), awaitpkg.Within(t, time.Minute))
	defer cancel()
	t.Cleanup(func() {
		for _, req := range []esapi.Request{
			esapi.IndicesDeleteRequest{Index: []string{prefix + "-*"}},
			esapi.IndicesDeleteIndexTemplateRequest{Name: prefix},
		} {
			if res, err := req.Do(context.Background(), client); err == nil {
				res.Body.Close()
			}
		}
	})

	if err := ix.Setup(ctx); err != nil {
		t.Fatalf("Setup: %v", err)
	}
	rec := newRecorder(t)
	ts := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	index := elasticsearch.IndexName(cfg.Index, ts, func(string) string { return "it" })
	const n = 200
	for range 2 { // the second round replays the same ids
		for i := range n {
			if err := ix.Add(ctx, rec.doc(index, fmt.Sprintf("it/0/%d", i), body(i, "it"))); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := ix.Add(ctx, rec.doc(index, "conflict", `{"http":{"response":{"status_code":"abc"}}}`)); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(ctx); err != nil {
		t.Fatalf("Close: %v", err)
	}
	for k, err := range rec.wait() {
		var rej *elasticsearch.RejectedError
		if strings.HasSuffix(k, "/conflict") {
			if !errors.As(err, &rej) || rej.Status != 400 {
				t.Errorf("conflicting doc: Done(%v), want a 400 RejectedError", err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", k, err)
		}
	}
	res, err := esapi.IndicesRefreshRequest{Index: []string{index}}.Do(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	res, err = esapi.CountRequest{Index: []string{index}}.Do(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var count struct{ Count int }
	if err := json.NewDecoder(res.Body).Decode(&count); err != nil {
		t.Fatal(err)
	}
	if count.Count != n {
		t.Errorf("count = %d, want %d (replay must not duplicate)", count.Count, n)
	}
}
