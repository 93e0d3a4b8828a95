package elasticsearch_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

var _ elasticsearch.BulkObserver = (*bulkTally)(nil)

// bulkTally is a BulkObserver that counts what it is told.
type bulkTally struct {
	mu       sync.Mutex
	requests map[int]int
	items    map[int]int
	took     time.Duration
}

func (b *bulkTally) BulkRequest(took time.Duration, status int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.requests[status]++
	b.took += took
}

func (b *bulkTally) BulkItemFailures(byStatus map[int]int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for st, n := range byStatus {
		b.items[st] += n
	}
}

// The observer hears every bulk request's round trip and status, and the
// items refused by status: here every item is refused once with 429, then
// stored.
func TestBulkObserver(t *testing.T) {
	srv := estest.NewServer(t)
	srv.ItemFault(func(_, _ string, attempt int) int {
		if attempt == 1 {
			return 429
		}
		return 0
	})
	ix := newIndexer(t, testConfig(srv.URL))
	tally := &bulkTally{requests: map[int]int{}, items: map[int]int{}}
	ix.SetBulkObserver(tally)
	rec := newRecorder(t)
	const n = 50
	for i := range n {
		if err := ix.Add(context.Background(), rec.doc("logs-a-2026.11.25", fmt.Sprintf("d%d", i), body(i, "svc"))); err != nil {
			t.Fatal(err)
		}
	}
	if err := closeIndexer(t, ix); err != nil {
		t.Fatal(err)
	}
	tally.mu.Lock()
	defer tally.mu.Unlock()
	st := ix.Stats()
	if sent := tally.requests[200]; uint64(sent) != st.Requests || sent < 2 || tally.took <= 0 {
		t.Errorf("observed %v requests (took %s), the indexer sent %d", tally.requests, tally.took, st.Requests)
	}
	if tally.items[429] != n || len(tally.items) != 1 {
		t.Errorf("item failures %v, want %d of 429", tally.items, n)
	}
	ix.SetBulkObserver(nil)
}
