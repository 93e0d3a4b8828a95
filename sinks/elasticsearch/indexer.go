// Package elasticsearch is vigil's bulk indexer: it writes redacted log
// events to Elasticsearch with at-least-once semantics.
//
// Every accepted Document gets exactly one Done call. Done(nil) means the
// document is stored; Done(*RejectedError) means Elasticsearch refused it
// for good (a non-429 4xx item, e.g. a mapping conflict) and the caller
// should dead-letter it; any other error (ErrAborted, ErrRetriesExhausted,
// ErrRequestFailed) means the document was neither stored nor rejected,
// so the caller must not acknowledge its source offset. Done calls come in
// no particular order: a document that is retried finishes after documents
// added later.
//
// Partial failures do not stall the stream. Items answered with a retryable
// status (429, 5xx, or no status) are parked, each with its own jittered
// exponential backoff (from BackoffMin, capped at BackoffMax and at 1 s),
// and go out again in the next batches once due, while the other documents
// keep flowing; only the failed items are sent again. When Elasticsearch
// pushes back (retryable items, a 429/5xx or timeout on the whole request,
// a 413), the bulk request size is halved, down to FlushBytes/8, at most
// once per round of requests, and grows back by FlushBytes/8 per clean
// response (AIMD).
// Whole-request transient failures (5xx, 429, 408, 401/403, connection
// errors and timeouts) are retried in place with the same backoff: the
// cluster is unavailable, so the batch waits. Documents are written with the
// "index" operation and the caller's _id, so a replay overwrites instead of
// duplicating.
//
// Memory is bounded by configuration: documents accepted and not finished
// (being batched, waiting for a worker, in a request, or parked for a
// retry) hold at most MaxBytesInFlight bytes, counted as their size in a
// bulk request, or one document if it alone is larger; Add blocks at the
// bound. Add also blocks while all workers are busy and the next batch is
// full. Beyond the documents, each worker holds one request body (about
// FlushBytes, plus its gzip copy with Compress).
//
// History reads indexed documents back, in event-time order over a point
// in time, for backfilling detector baselines.
package elasticsearch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/internal/backoff"
	"github.com/vigilops/vigil/pipeline/record"
)

var (
	// ErrAborted is wrapped by the Done error of documents that were still
	// pending when Close gave up, and by Close's own error in that case.
	ErrAborted = errors.New("elasticsearch: indexing aborted before the document was stored")
	// ErrClosed is returned by Add after Close was called.
	ErrClosed = errors.New("elasticsearch: indexer is closed")
	// ErrRetriesExhausted is wrapped by the Done error of a document that
	// still failed transiently after Config.MaxRetries retries.
	ErrRetriesExhausted = errors.New("elasticsearch: retries exhausted")
	// ErrRequestFailed is wrapped by the Done error of documents whose bulk
	// request was refused as a whole with a status that is not worth
	// retrying (e.g. 400, 404): a configuration or compatibility problem.
	ErrRequestFailed = errors.New("elasticsearch: bulk request failed")
)

// RejectedError is the Done error of a document that Elasticsearch refused
// permanently (a non-429 4xx item status, e.g. 400 mapper_parsing_exception).
// Retrying will not help; the caller dead-letters the document. Reason is
// cut before any preview of the field value (package record).
type RejectedError = record.RejectedError

// Document is one document to index (package record): Index is the
// concrete index name (see IndexName), ID the _id derived from the source
// position so that replays overwrite, Done called exactly once with the
// outcome.
type Document = record.Document

// Stats are cumulative counters of an Indexer, and a few gauges.
type Stats struct {
	Added         uint64 // documents accepted by Add
	Indexed       uint64 // documents stored (Done(nil))
	Rejected      uint64 // documents refused for good (Done(*RejectedError))
	Failed        uint64 // documents given up (ErrRetriesExhausted, ErrRequestFailed)
	Aborted       uint64 // documents aborted by Close (ErrAborted)
	Retried       uint64 // document re-sends after a transient failure
	Requests      uint64 // bulk requests sent
	RequestErrors uint64 // bulk requests that failed as a whole
	Bytes         uint64 // bulk request body bytes sent (before compression)
	Pending       uint64 // documents accepted and not yet finished

	// RetriedByStatus splits Retried by the status that caused the re-send:
	// the item's status after a partial failure (429, 503…), the request's
	// after a whole-request failure, 0 for a connection error, a timeout or
	// an item without status. Nil when nothing was retried.
	RetriedByStatus map[int]uint64
	// Waiting is the number of documents parked for a retry.
	Waiting uint64
	// BytesInFlight is what the pending documents hold of MaxBytesInFlight;
	// PeakBytesInFlight is its highest value so far.
	BytesInFlight, PeakBytesInFlight uint64
	// BatchBytes is the current bulk request size (FlushBytes unless
	// Elasticsearch pushed back); Throttled counts the times it was cut.
	BatchBytes uint64
	Throttled  uint64
}

// Indexer sends documents to Elasticsearch in bulk requests.
// Its methods are safe for concurrent use.
type Indexer struct {
	cfg    Config
	log    zerolog.Logger
	client *esClient

	in      chan item
	work    chan batch
	kick    chan struct{} // wakes the dispatcher: items parked, a batch finished
	closing chan struct{}
	abort   chan struct{}
	done    chan struct{}

	closeOnce, abortOnce, clientOnce sync.Once
	runCtx                           context.Context
	cancel                           context.CancelFunc

	sourceOnErrorParam atomic.Bool // set by Setup when the cluster knows include_source_on_error

	bufs sync.Pool

	budget  *budget
	retries retryQueue
	flow    *flow
	now     func() time.Time                        // the clock of per-item backoff
	randN   func(time.Duration) time.Duration       // jitter: uniform in [0, n)
	settled atomic.Uint64                           // documents received by dispatch and finished
	retryLg struct{ last, suppressed atomic.Int64 } // rate limit of the retry log line

	added, indexed, rejected, failed, aborted atomic.Uint64
	retried, requests, requestErrors, bytes   atomic.Uint64

	byStatusMu sync.Mutex
	byStatus   map[int]uint64

	observer atomic.Pointer[BulkObserver] // observe.go
}

// New validates cfg, applies defaults and starts the indexer's workers.
// It does not contact the cluster; call Setup for that.
func New(cfg Config, log zerolog.Logger) (*Indexer, error) {
	return newIndexer(cfg, log, time.Now, rand.N[time.Duration])
}

// newIndexer is New with the clock of per-item backoff and the jitter's
// random source injected.
func newIndexer(cfg Config, log zerolog.Logger, now func() time.Time, randN func(time.Duration) time.Duration) (*Indexer, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("elasticsearch config: %w", err)
	}
	client, err := newClient(cfg, cfg.Workers+2)
	if err != nil {
		return nil, err
	}

	ctx, cancel := context.WithCancel(context.Background())
	ix := &Indexer{
		cfg:     cfg,
		log:     log.With().Str("component", "elasticsearch").Logger(),
		client:  client,
		in:      make(chan item),
		work:    make(chan batch),
		kick:    make(chan struct{}, 1),
		closing: make(chan struct{}),
		abort:   make(chan struct{}),
		done:    make(chan struct{}),
		runCtx:  ctx,
		cancel:  cancel,
		budget:  newBudget(int64(cfg.MaxBytesInFlight)),
		flow:    newFlow(cfg.FlushBytes),
		now:     now,
		randN:   randN,
	}
	ix.bufs.New = func() any { return new(bytes.Buffer) }

	var wg sync.WaitGroup
	wg.Add(1 + cfg.Workers)
	go func() { defer wg.Done(); ix.dispatch() }()
	for range cfg.Workers {
		go func() {
			defer wg.Done()
			for b := range ix.work {
				ix.process(b)
			}
		}()
	}
	go func() { wg.Wait(); close(ix.done) }()
	return ix, nil
}

// Config returns the configuration in use, with defaults applied.
func (ix *Indexer) Config() Config { return ix.cfg }

// Stats returns a snapshot of the counters.
func (ix *Indexer) Stats() Stats {
	st := Stats{
		Added:         ix.added.Load(),
		Indexed:       ix.indexed.Load(),
		Rejected:      ix.rejected.Load(),
		Failed:        ix.failed.Load(),
		Aborted:       ix.aborted.Load(),
		Retried:       ix.retried.Load(),
		Requests:      ix.requests.Load(),
		RequestErrors: ix.requestErrors.Load(),
		Bytes:         ix.bytes.Load(),
		Waiting:       uint64(ix.retries.n.Load()),
		BatchBytes:    uint64(ix.flow.target.Load()),
		Throttled:     ix.flow.cuts.Load(),
	}
	if done := st.Indexed + st.Rejected + st.Failed + st.Aborted; st.Added > done {
		st.Pending = st.Added - done
	}
	used, peak := ix.budget.stats()
	st.BytesInFlight, st.PeakBytesInFlight = uint64(used), uint64(peak)
	ix.byStatusMu.Lock()
	if len(ix.byStatus) > 0 {
		st.RetriedByStatus = make(map[int]uint64, len(ix.byStatus))
		for k, v := range ix.byStatus {
			st.RetriedByStatus[k] = v
		}
	}
	ix.byStatusMu.Unlock()
	return st
}

// Add queues doc for indexing. It blocks while MaxBytesInFlight bytes of
// documents are pending, or while the indexer is saturated, and returns
// ctx.Err() if ctx ends first, or ErrClosed after Close; in those cases the
// document was not accepted and Done will not be called. Once Add returns
// nil, Done is called exactly once. A body that is not a single-line JSON
// object after compaction is finished at once with a *RejectedError.
func (ix *Indexer) Add(ctx context.Context, doc Document) error {
	if doc.Index == "" {
		return errors.New("elasticsearch: document has no index name")
	}
	select {
	case <-ix.closing:
		return ErrClosed
	default:
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if reject := checkBody(&doc); reject != nil {
		ix.added.Add(1)
		ix.rejected.Add(1)
		finish(doc, reject)
		return nil
	}
	it := item{doc: doc, size: docSize(doc)}
	if err := ix.budget.acquire(ctx, int64(it.size), ix.closing); err != nil {
		return err
	}
	select {
	case ix.in <- it:
		ix.added.Add(1)
		return nil
	case <-ctx.Done():
		ix.budget.release(int64(it.size))
		return ctx.Err()
	case <-ix.closing:
		ix.budget.release(int64(it.size))
		return ErrClosed
	}
}

// checkBody makes the body a single line, or returns why it cannot be sent.
func checkBody(doc *Document) *RejectedError {
	b := bytes.TrimSpace(doc.Body)
	if len(b) == 0 || b[0] != '{' {
		return &RejectedError{Status: http.StatusBadRequest, Type: "invalid_document", Reason: "body is not a JSON object"}
	}
	if bytes.IndexByte(b, '\n') >= 0 || bytes.IndexByte(b, '\r') >= 0 {
		var c bytes.Buffer
		if err := json.Compact(&c, b); err != nil {
			return &RejectedError{Status: http.StatusBadRequest, Type: "invalid_document", Reason: "body is not valid JSON"}
		}
		b = c.Bytes()
	}
	doc.Body = b
	return nil
}

// Close stops accepting documents, flushes what is pending (including the
// documents parked for a retry, once due) and waits for every document to
// be finished. If ctx ends first, in-flight requests and backoffs are
// cancelled and the remaining documents get Done(err) with err wrapping
// ErrAborted; Close then returns an error wrapping ErrAborted. Close may be
// called more than once.
func (ix *Indexer) Close(ctx context.Context) error {
	ix.closeOnce.Do(func() { close(ix.closing) })
	select {
	case <-ix.done:
	case <-ctx.Done():
		ix.abortOnce.Do(func() {
			close(ix.abort)
			ix.cancel()
		})
		<-ix.done
	}
	ix.clientOnce.Do(func() {
		ix.cancel()
		cctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = ix.client.Close(cctx)
		if st := ix.Stats(); st.Retried > 0 || st.Throttled > 0 || st.Aborted > 0 {
			ev := ix.log.Info().Uint64("indexed", st.Indexed).Uint64("rejected", st.Rejected).
				Uint64("failed", st.Failed).Uint64("aborted", st.Aborted).Uint64("retried", st.Retried).
				Uint64("throttled", st.Throttled).Uint64("peak_bytes_in_flight", st.PeakBytesInFlight)
			for status, n := range st.RetriedByStatus {
				ev = ev.Uint64(fmt.Sprintf("retried_%d", status), n)
			}
			ev.Msg("indexer closed")
		}
	})
	if n := ix.aborted.Load(); n > 0 {
		return fmt.Errorf("%w: %d documents were not indexed", ErrAborted, n)
	}
	return nil
}

// dispatch groups documents, and the parked ones once due, into batches of
// about the current bulk size, or whatever is there every FlushInterval,
// and hands them to the workers. While no worker is free it stops taking
// documents, so Add blocks. After Close it sends what it holds at once and
// keeps going until every document it received is finished.
func (ix *Indexer) dispatch() {
	defer close(ix.work)
	tick := time.NewTicker(ix.cfg.FlushInterval)
	defer tick.Stop()
	wake := time.NewTimer(time.Hour)
	wake.Stop()
	defer wake.Stop()
	var armed time.Time // when wake is set to fire for (virtual time); zero: stopped

	var cur []item
	size := 0
	var received uint64
	closing := ix.closing
	closed := false

	flush := func() bool {
		if len(cur) == 0 {
			return true
		}
		_, epoch := ix.flow.size()
		b := batch{items: cur, epoch: epoch}
		cur, size = make([]item, 0, cap(cur)), 0
		select {
		case ix.work <- b:
			return true
		case <-ix.abort:
			ix.abortItems(b.items, nil)
			return false
		}
	}
	add := func(it item) bool {
		cur = append(cur, it)
		size += it.size
		if int64(size) >= ix.flow.target.Load() {
			return flush()
		}
		return true
	}
	stop := func() {
		ix.abortItems(cur, nil)
		ix.abortItems(ix.retries.close(), nil)
	}

	for {
		now := ix.now()
		for {
			it, ok := ix.retries.popDue(now)
			if !ok {
				break
			}
			if !add(it) {
				stop()
				return
			}
		}
		if closed {
			if len(cur) > 0 {
				if !flush() {
					stop()
					return
				}
				continue
			}
			if received == ix.settled.Load() {
				return // everything received is finished
			}
		}
		if next, ok := ix.retries.next(); ok {
			if !next.Equal(armed) {
				wake.Reset(max(next.Sub(now), time.Millisecond))
				armed = next
			}
		} else if !armed.IsZero() {
			wake.Stop()
			armed = time.Time{}
		}

		select {
		case it := <-ix.in:
			received++
			if !add(it) {
				stop()
				return
			}
		case <-tick.C:
			if !flush() {
				stop()
				return
			}
		case <-wake.C:
			armed = time.Time{}
		case <-ix.kick:
		case <-closing:
			closed, closing = true, nil
		case <-ix.abort:
			stop()
			return
		}
	}
}

// wakeDispatcher nudges the dispatcher to look at the parked items and at
// what is finished.
func (ix *Indexer) wakeDispatcher() {
	select {
	case ix.kick <- struct{}{}:
	default:
	}
}

// docSize estimates the bulk request bytes of a document.
func docSize(d Document) int { return len(d.Body) + len(d.Index) + len(d.ID) + 32 }

// process sends one batch; documents that fail transiently item by item
// are parked for the next batches.
func (ix *Indexer) process(b batch) {
	buf := ix.bufs.Get().(*bytes.Buffer)
	defer ix.bufs.Put(buf)
	ix.sendItems(buf, b.items, b.epoch)
	ix.wakeDispatcher()
}

// sendItems sends pending in one request, retrying it in place while it
// fails as a whole, until every item is finished or parked.
func (ix *Indexer) sendItems(buf *bytes.Buffer, pending []item, epoch uint64) {
	var lastErr error
	for try := 0; len(pending) > 0; try++ {
		if try > 0 {
			pending = ix.dropExhausted(pending, lastErr)
			if len(pending) == 0 {
				return
			}
			wait := ix.backoff(try)
			ix.countRetries(pending)
			ev := ix.log.Warn()
			if try > 5 {
				ev = ix.log.Error() // persistent: the pipeline is stalled
			}
			ev.Err(lastErr).Int("docs", len(pending)).Int("retry", try).
				Dur("backoff", wait).Msg("retrying bulk indexing")
			if !backoff.Sleep(ix.runCtx, wait) { // runCtx ends when the indexer is aborted
				ix.abortItems(pending, lastErr)
				return
			}
		}
		select {
		case <-ix.abort:
			ix.abortItems(pending, lastErr)
			return
		default:
		}

		again, itemErr, err := ix.send(buf, pending)
		switch {
		case err == nil:
			if len(again) > 0 {
				ix.flow.pushback(epoch)
			} else {
				ix.flow.clean(epoch)
			}
			ix.park(again, itemErr)
			return
		case errors.Is(err, errTooLarge):
			ix.flow.pushback(epoch)
			if len(pending) == 1 {
				ix.rejected.Add(1)
				ix.complete(&pending[0], &RejectedError{Status: http.StatusRequestEntityTooLarge,
					Type: "content_too_long_exception", Reason: "document is larger than the cluster accepts in a request"})
				return
			}
			// Split and send the halves, each until finished or parked.
			h := len(pending) / 2
			ix.log.Warn().Int("docs", len(pending)).Msg("bulk request too large, splitting it")
			ix.sendItems(buf, pending[:h], epoch)
			ix.sendItems(buf, pending[h:], epoch)
			return
		case errors.Is(err, ErrRequestFailed):
			ix.log.Error().Err(err).Int("docs", len(pending)).Msg("bulk request refused; documents not indexed")
			ix.failed.Add(uint64(len(pending)))
			for i := range pending {
				ix.complete(&pending[i], err)
			}
			return
		default: // transient, whole request
			if ix.runCtx.Err() != nil {
				ix.abortItems(pending, err)
				return
			}
			lastErr = err
			status := requestStatus(err)
			if status == 0 || status == http.StatusTooManyRequests || status >= 500 {
				ix.flow.pushback(epoch)
			}
			for i := range pending {
				pending[i].tries++
				pending[i].status = status
			}
		}
	}
}

// dropExhausted finishes the items that failed more than MaxRetries times
// with ErrRetriesExhausted and returns the others.
func (ix *Indexer) dropExhausted(items []item, lastErr error) []item {
	if ix.cfg.MaxRetries <= 0 {
		return items
	}
	keep := items[:0]
	var gaveUp []item
	for _, it := range items {
		if it.tries > ix.cfg.MaxRetries {
			gaveUp = append(gaveUp, it)
		} else {
			keep = append(keep, it)
		}
	}
	if len(gaveUp) > 0 {
		err := fmt.Errorf("%w after %d retries: %w", ErrRetriesExhausted, ix.cfg.MaxRetries, lastErr)
		ix.log.Error().Err(lastErr).Int("docs", len(gaveUp)).Int("retries", ix.cfg.MaxRetries).
			Msg("giving up on documents after transient failures")
		ix.failed.Add(uint64(len(gaveUp)))
		for i := range gaveUp {
			ix.complete(&gaveUp[i], err)
		}
	}
	return keep
}

// park counts the transient item failures in again and parks the items,
// each with its own backoff, for the next batches; those past MaxRetries
// are finished with ErrRetriesExhausted.
func (ix *Indexer) park(again []item, itemErr error) {
	if len(again) == 0 {
		return
	}
	for i := range again {
		again[i].tries++
	}
	again = ix.dropExhausted(again, itemErr)
	if len(again) == 0 {
		return
	}
	now := ix.now()
	first, most := time.Duration(-1), 0
	for i := range again {
		wait := ix.itemBackoff(again[i].tries)
		again[i].due = now.Add(wait)
		if first < 0 || wait < first {
			first = wait
		}
		most = max(most, again[i].tries)
	}
	ix.countRetries(again)
	ix.logItemRetry(itemErr, len(again), most, first)
	if refused := ix.retries.push(again); refused != nil {
		ix.abortItems(refused, itemErr) // aborted meanwhile
	}
	ix.wakeDispatcher()
}

// logItemRetry logs per-item retries at most once a second, with the count
// of the ones not logged since.
func (ix *Indexer) logItemRetry(err error, docs, tries int, wait time.Duration) {
	now := time.Now().UnixNano()
	last := ix.retryLg.last.Load()
	if last != 0 && now-last < int64(time.Second) || !ix.retryLg.last.CompareAndSwap(last, now) {
		ix.retryLg.suppressed.Add(int64(docs))
		return
	}
	ev := ix.log.Warn()
	if tries > 5 {
		ev = ix.log.Error() // persistent
	}
	ev.Err(err).Int("docs", docs).Int("retry", tries).Dur("backoff", wait).
		Int64("docs_retried_since_last_log", ix.retryLg.suppressed.Swap(0)).
		Msg("retrying bulk indexing: items parked for the next batches")
}

// countRetries counts re-sends of items by the status that caused them.
func (ix *Indexer) countRetries(items []item) {
	ix.retried.Add(uint64(len(items)))
	ix.byStatusMu.Lock()
	if ix.byStatus == nil {
		ix.byStatus = map[int]uint64{}
	}
	for i := range items {
		ix.byStatus[items[i].status]++
	}
	ix.byStatusMu.Unlock()
}

// backoff returns the wait before retry n (n >= 1): exponential from
// BackoffMin, capped at BackoffMax, with "equal jitter" in [d/2, d].
func (ix *Indexer) backoff(n int) time.Duration {
	return backoff.Policy{Min: ix.cfg.BackoffMin, Max: ix.cfg.BackoffMax, Jitter: backoff.Equal, Rand: ix.randN}.Delay(n)
}

// maxItemBackoff caps the backoff of a parked item (unless BackoffMin is
// longer). The load on the cluster is bounded by Workers requests of the
// adaptive bulk size whatever the mix of new and retried documents, so a
// parked item only needs spacing; waiting longer would hold back its
// source's commit point: under 50 % item 429s the unluckiest of 100,000
// documents is rejected about 17 times in a row, which costs it about 15 s
// with this cap and several minutes with a 30 s one, while the Kafka source
// stops fetching once kafka.max_pending messages wait behind it.
const maxItemBackoff = time.Second

// itemBackoff returns the wait of a parked item before its retry n (n >= 1):
// exponential from BackoffMin, capped at BackoffMax and maxItemBackoff,
// with equal jitter.
func (ix *Indexer) itemBackoff(n int) time.Duration {
	hi := max(min(ix.cfg.BackoffMax, maxItemBackoff), ix.cfg.BackoffMin)
	return backoff.Policy{Min: ix.cfg.BackoffMin, Max: hi, Jitter: backoff.Equal, Rand: ix.randN}.Delay(n)
}

func (ix *Indexer) abortItems(items []item, cause error) {
	if len(items) == 0 {
		return
	}
	ix.aborted.Add(uint64(len(items)))
	err := ErrAborted
	if cause != nil {
		err = fmt.Errorf("%w (last error: %w)", ErrAborted, cause)
	}
	for i := range items {
		ix.complete(&items[i], err)
	}
}

// complete finishes an accepted document: its Done call, then its bytes
// return to the budget. The caller has counted the outcome.
func (ix *Indexer) complete(it *item, err error) {
	finish(it.doc, err)
	ix.budget.release(int64(it.size))
	ix.settled.Add(1)
}

func finish(d Document, err error) {
	if d.Done != nil {
		d.Done(err)
	}
}
