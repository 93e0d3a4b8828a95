package elasticsearch_test

import (
	"context"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// BenchmarkHistory reads 20,000 documents over three days of daily indices
// from the fake, page by page; one iteration is the whole read.
func BenchmarkHistory(b *testing.B) {
	const n = 20000
	srv := estest.NewServer(b)
	seed(b, srv, genDocs(n, 42))
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	total := 0
	for range b.N {
		h, err := elasticsearch.NewHistory(historyConfig(srv.URL), elasticsearch.HistoryQuery{
			From: histStart, To: histStart.Add(72 * time.Hour), PageSize: 1000}, zerolog.Nop())
		if err != nil {
			b.Fatal(err)
		}
		for {
			_, err := h.Next(ctx)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			total++
		}
		_ = h.Close(ctx)
	}
	if total != n*b.N {
		b.Fatalf("read %d documents, want %d", total, n*b.N)
	}
	b.ReportMetric(float64(total)/time.Since(start).Seconds(), "docs/s")
}
