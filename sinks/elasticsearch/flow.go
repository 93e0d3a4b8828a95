package elasticsearch

import (
	"container/heap"
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// item is a document on its way through the indexer, from Add until its
// Done call.
type item struct {
	doc    Document
	size   int       // docSize(doc): what it holds of the byte budget
	tries  int       // transient failures so far (item or whole request)
	status int       // status of the last transient failure; 0 for a connection error or timeout
	due    time.Time // when a parked item may be sent again
}

// batch is what a worker sends in one bulk request (split only on 413).
type batch struct {
	items []item
	epoch uint64 // the flow controller's epoch when the batch was formed
}

// budget bounds the bytes of documents in flight: accepted by Add and not
// yet finished, wherever they are (being batched, waiting for a worker, in a
// request, parked for a retry). A document is admitted while the total stays
// within max, or alone when nothing is in flight, so that a document larger
// than max still goes through: the total never exceeds max plus one
// document.
type budget struct {
	max int64

	mu      sync.Mutex
	used    int64
	peak    int64
	waiters int
	freed   chan struct{} // closed (and replaced) when bytes are released to waiters
}

func newBudget(max int64) *budget {
	return &budget{max: max, freed: make(chan struct{})}
}

// acquire takes n bytes, waiting while the budget is exhausted. It returns
// ctx.Err() if ctx ends first, or ErrClosed once closing is closed.
func (b *budget) acquire(ctx context.Context, n int64, closing <-chan struct{}) error {
	b.mu.Lock()
	for b.used > 0 && b.used+n > b.max {
		b.waiters++
		freed := b.freed
		b.mu.Unlock()
		var err error
		select {
		case <-freed:
		case <-ctx.Done():
			err = ctx.Err()
		case <-closing:
			err = ErrClosed
		}
		b.mu.Lock()
		b.waiters--
		if err != nil {
			b.mu.Unlock()
			return err
		}
	}
	b.used += n
	b.peak = max(b.peak, b.used)
	b.mu.Unlock()
	return nil
}

// release returns n bytes and wakes the waiters, if any.
func (b *budget) release(n int64) {
	b.mu.Lock()
	b.used -= n
	if b.waiters > 0 {
		close(b.freed)
		b.freed = make(chan struct{})
	}
	b.mu.Unlock()
}

func (b *budget) stats() (used, peak int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.used, b.peak
}

// retryQueue holds the items parked after a transient per-item failure,
// ordered by the time they are due again. Workers push, the dispatcher pops.
type retryQueue struct {
	mu     sync.Mutex
	h      itemHeap
	closed bool
	n      atomic.Int64 // len(h), readable without the lock
}

// push parks items. Once the queue is closed (the indexer aborted) nothing
// is parked: the items are returned for the caller to abort.
func (q *retryQueue) push(items []item) (refused []item) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return items
	}
	for _, it := range items {
		heap.Push(&q.h, it)
	}
	q.n.Store(int64(len(q.h)))
	return nil
}

// popDue removes and returns the earliest item if it is due at now.
func (q *retryQueue) popDue(now time.Time) (item, bool) {
	if q.n.Load() == 0 {
		return item{}, false
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.h) == 0 || q.h[0].due.After(now) {
		return item{}, false
	}
	it := heap.Pop(&q.h).(item)
	q.n.Store(int64(len(q.h)))
	return it, true
}

// next returns when the earliest parked item is due.
func (q *retryQueue) next() (time.Time, bool) {
	if q.n.Load() == 0 {
		return time.Time{}, false
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.h) == 0 {
		return time.Time{}, false
	}
	return q.h[0].due, true
}

// close refuses further pushes and returns what is parked.
func (q *retryQueue) close() []item {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	out := []item(q.h)
	q.h = nil
	q.n.Store(0)
	return out
}

type itemHeap []item

func (h itemHeap) Len() int           { return len(h) }
func (h itemHeap) Less(i, j int) bool { return h[i].due.Before(h[j].due) }
func (h itemHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *itemHeap) Push(x any)        { *h = append(*h, x.(item)) }
func (h *itemHeap) Pop() any {
	old := *h
	n := len(old) - 1
	it := old[n]
	old[n] = item{} // drop the references to the document
	*h = old[:n]
	return it
}

// flow adapts the bulk request size to Elasticsearch's pushback, AIMD
// style: the size is halved (down to a floor) when a response carries
// retryable failures (429 or 5xx items, a 429/5xx/timeout on the whole
// request, a 413), at most once per epoch, so that the responses to requests
// sent before a cut do not cut again; and it grows back by one step per
// clean response to a request sent at the current size.
type flow struct {
	min, max, step int64
	target         atomic.Int64

	mu    sync.Mutex
	epoch uint64
	cuts  atomic.Uint64
}

func newFlow(flushBytes int) *flow {
	f := &flow{max: int64(flushBytes)}
	f.step = max(f.max/8, 1)
	f.min = f.step
	f.target.Store(f.max)
	return f
}

// size is the current bulk request size and the epoch it belongs to.
func (f *flow) size() (int64, uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.target.Load(), f.epoch
}

// pushback halves the size if epoch is current; it reports whether it did.
func (f *flow) pushback(epoch uint64) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if epoch != f.epoch {
		return false
	}
	f.epoch++
	t := f.target.Load()
	if t <= f.min {
		return false
	}
	f.target.Store(max(t/2, f.min))
	f.cuts.Add(1)
	return true
}

// clean grows the size by a step after a clean response to a request of
// the current epoch.
func (f *flow) clean(epoch uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if epoch != f.epoch {
		return
	}
	f.target.Store(min(f.target.Load()+f.step, f.max))
}
