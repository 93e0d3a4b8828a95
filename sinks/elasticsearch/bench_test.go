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

// BenchmarkIndexerItem429 measures documents per second into the fake
// when a fraction of the bulk items is answered 429 on every attempt
// (each attempt judged anew), with the production settings but 1 MiB
// requests (so that the run holds many of them). Besides the overall docs/s (from the first Add
// to the last Done, the tail of documents rejected many times in a row
// included), it reports the rates while documents were being added:
// added-docs/s (Add is the input) and indexed-docs/s, and
// indexed-%-of-added, the share of the input indexed by the time the last
// document was added.
//
//	go test -run '^$' -bench 'IndexerItem429' -benchtime 300000x ./sinks/elasticsearch/
func BenchmarkIndexerItem429(b *testing.B) {
	for _, pct := range []int{0, 50} {
		b.Run(fmt.Sprintf("429=%d%%", pct), func(b *testing.B) {
			srv := estest.NewServer(b)
			if pct > 0 {
				srv.RejectItems(http.StatusTooManyRequests, float64(pct)/100, 1)
			}
			ix := benchRun(b, elasticsearch.Config{URLs: []string{srv.URL}, FlushBytes: 1 << 20})
			st := ix.Stats()
			b.ReportMetric(float64(st.Throttled), "cuts")
			b.ReportMetric(float64(st.PeakBytesInFlight)/(1<<20), "peak-MiB")
			if pct > 0 && st.RetriedByStatus[http.StatusTooManyRequests] == 0 {
				b.Fatalf("nothing retried: %+v", st)
			}
		})
	}
}

func benchIndexer(b *testing.B, url string, workers int) {
	benchRun(b, elasticsearch.Config{
		URLs:          []string{url},
		FlushBytes:    1 << 20,
		FlushInterval: 100 * time.Millisecond,
		Workers:       workers,
	})
}

func benchRun(b *testing.B, cfg elasticsearch.Config) *elasticsearch.Indexer {
	ix, err := elasticsearch.New(cfg, zerolog.Nop())
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
	inputDone := time.Since(start)
	indexedDuringInput := ix.Stats().Indexed
	if err := ix.Close(ctx); err != nil {
		b.Fatal(err)
	}
	wg.Wait()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
	b.ReportMetric(float64(b.N)/inputDone.Seconds(), "added-docs/s")
	b.ReportMetric(float64(indexedDuringInput)/inputDone.Seconds(), "indexed-docs/s")
	b.ReportMetric(100*float64(indexedDuringInput)/float64(b.N), "indexed-%-of-added")
	return ix
}
