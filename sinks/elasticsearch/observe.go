package elasticsearch

import (
	"net/http"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"
)

// BulkObserver is told about every bulk request the indexer sends, for
// metrics (vigil's /metrics: the bulk latency histogram and the item
// failures by status). Its methods are called from the indexer's workers
// and must not block.
type BulkObserver interface {
	// BulkRequest is one request's round trip, up to the response's
	// headers; status is the HTTP status, 0 when no answer came (a
	// connection error, a timeout).
	BulkRequest(took time.Duration, status int)
	// BulkItemFailures counts a response's items answered with a status
	// outside 2xx (429, 5xx retried; 4xx rejected), by status, when there
	// are some.
	BulkItemFailures(byStatus map[int]int)
}

// SetBulkObserver installs o (nil removes it). It may be called while the
// indexer runs.
func (ix *Indexer) SetBulkObserver(o BulkObserver) {
	if o == nil {
		ix.observer.Store(nil)
		return
	}
	ix.observer.Store(&o)
}

// observeRequest tells the observer about a request's round trip.
func (ix *Indexer) observeRequest(took time.Duration, res *esapi.Response, err error) {
	o := ix.observer.Load()
	if o == nil {
		return
	}
	status := 0
	if err == nil && res != nil {
		status = res.StatusCode
	}
	(*o).BulkRequest(took, status)
}

// observeItems tells the observer about a response's failed items.
func (ix *Indexer) observeItems(items []bulkItem) {
	o := ix.observer.Load()
	if o == nil {
		return
	}
	var failed map[int]int
	for i := range items {
		st := 0
		if r := items[i].result(); r != nil {
			st = r.Status
		}
		if st < http.StatusOK || st > 299 {
			if failed == nil {
				failed = map[int]int{}
			}
			failed[st]++
		}
	}
	if failed != nil {
		(*o).BulkItemFailures(failed)
	}
}
