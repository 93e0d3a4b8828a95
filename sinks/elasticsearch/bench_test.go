package elasticsearch_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// BenchmarkIndexer measures documents per second through the indexer into
// the in-process fake (which parses and maps every document, so the figure
// is a floor for the indexer itself).
func BenchmarkIndexer(b *testing.B) {
	for _, workers := range []int{1, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			srv := estest.NewServer(b)
			benchIndexer(b, srv.URL, workers)
		})
	}
}

// BenchmarkIndexerOnly measures the indexer against a minimal bulk
// endpoint that acknowledges every action without parsing documents, so
// the figure is the indexer's own cost (plus loopback HTTP).
func BenchmarkIndexerOnly(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Elastic-Product", "Elasticsearch")
		w.Header().Set("Content-Type", "application/json")
		body, _ := io.ReadAll(r.Body)
		n := bytes.Count(body, []byte("\n")) / 2
		var out bytes.Buffer
		out.WriteString(`{"errors":false,"items":[`)
		for i := range n {
			if i > 0 {
				out.WriteByte(',')
			}
			out.WriteString(`{"index":{"status":201}}`)
		}
		out.WriteString("]}")
		_, _ = w.Write(out.Bytes())
	}))
	defer srv.Close()
	benchIndexer(b, srv.URL, 2)
}

func benchIndexer(b *testing.B, url string, workers int) {
	ix, err := elasticsearch.New(elasticsearch.Config{
		URLs:          []string{url},
		FlushBytes:    1 << 20,
		FlushInterval: 100 * time.Millisecond,
		Workers:       workers,
	}, zerolog.Nop())
	if err != nil {
		b.Fatal(err)
	}
	bodies := make([][]byte, 64)
	for i := range bodies {
		bodies[i] = []byte(body(i, "bench"))
	}
	var wg sync.WaitGroup
	done := func(err error) {
		if err != nil {
			b.Error(err)
		}
		wg.Done()
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		wg.Add(1)
		if err := ix.Add(ctx, elasticsearch.Document{
			Index: "logs-bench-2026.11.25",
			ID:    strconv.Itoa(i),
			Body:  bodies[i%len(bodies)],
			Done:  done,
		}); err != nil {
			b.Fatal(err)
		}
	}
	if err := ix.Close(ctx); err != nil {
		b.Fatal(err)
	}
	wg.Wait()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
}
