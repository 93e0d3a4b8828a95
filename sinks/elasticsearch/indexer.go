// Package elasticsearch is vigil's bulk indexer: it writes redacted log
// events to Elasticsearch with at-least-once semantics.
//
// Every accepted Document gets exactly one Done call. Done(nil) means the
// document is stored; Done(*RejectedError) means Elasticsearch refused it
// for good (a non-429 4xx item, e.g. a mapping conflict) and the caller
// should dead-letter it; any other error (ErrAborted, ErrRetriesExhausted,
// ErrRequestFailed) means the document was neither stored nor rejected,
// so the caller must not acknowledge its source offset.
//
// Transient failures (per-item 429 and 5xx, whole-request 5xx, 429, 408,
// 401/403, connection errors and timeouts) are retried with capped
// exponential backoff and jitter; only the failed items are sent again.
// Documents are written with the "index" operation and the caller's _id,
// so a replay overwrites instead of duplicating.
//
// Add blocks while all workers are busy (backpressure): at most about
// (Workers+1)*FlushBytes of documents are held in memory.
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
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	es "github.com/elastic/go-elasticsearch/v8"
	"github.com/rs/zerolog"
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
// cut before any preview of the field value.
type RejectedError struct {
	Status int
	Type   string
	Reason string
}

// Error implements error.
func (e *RejectedError) Error() string {
	return fmt.Sprintf("elasticsearch rejected the document: %d %s: %s", e.Status, e.Type, e.Reason)
}

// Document is one document to index.
type Document struct {
	// Index is the concrete index name (see IndexName).
	Index string
	// ID is the document _id; derive it from the source position so that
	// replays overwrite. Empty lets Elasticsearch choose (not idempotent).
	ID string
	// Body is the JSON object to store.
	Body []byte
	// Done, if not nil, is called exactly once with the outcome. It is
	// called from the indexer's goroutines and must not block for long;
	// in particular it must not wait for an Add call to return.
	Done func(err error)
}

// Stats are cumulative counters of an Indexer.
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
}

// Indexer sends documents to Elasticsearch in bulk requests.
// Its methods are safe for concurrent use.
type Indexer struct {
	cfg    Config
	log    zerolog.Logger
	client *es.Client

	in      chan Document
	work    chan []Document
	closing chan struct{}
	abort   chan struct{}
	done    chan struct{}

	closeOnce, abortOnce, clientOnce sync.Once
	runCtx                           context.Context
	cancel                           context.CancelFunc

	sourceOnErrorParam atomic.Bool // set by Setup when the cluster knows include_source_on_error

	bufs sync.Pool

	added, indexed, rejected, failed, aborted atomic.Uint64
	retried, requests, requestErrors, bytes   atomic.Uint64
}

// New validates cfg, applies defaults and starts the indexer's workers.
// It does not contact the cluster; call Setup for that.
func New(cfg Config, log zerolog.Logger) (*Indexer, error) {
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
		in:      make(chan Document),
		work:    make(chan []Document),
		closing: make(chan struct{}),
		abort:   make(chan struct{}),
		done:    make(chan struct{}),
		runCtx:  ctx,
		cancel:  cancel,
	}
	ix.bufs.New = func() any { return new(bytes.Buffer) }

	var wg sync.WaitGroup
	wg.Add(1 + cfg.Workers)
	go func() { defer wg.Done(); ix.dispatch() }()
	for range cfg.Workers {
		go func() {
			defer wg.Done()
			for batch := range ix.work {
				ix.process(batch)
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
	}
	if done := st.Indexed + st.Rejected + st.Failed + st.Aborted; st.Added > done {
		st.Pending = st.Added - done
	}
	return st
}

// Add queues doc for indexing. It blocks while the indexer is saturated
// and returns ctx.Err() if ctx ends first, or ErrClosed after Close; in
// those cases the document was not accepted and Done will not be called.
// Once Add returns nil, Done is called exactly once. A body that is not a
// single-line JSON object after compaction is finished at once with a
// *RejectedError.
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
	select {
	case ix.in <- doc:
		ix.added.Add(1)
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-ix.closing:
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

// Close stops accepting documents, flushes what is pending and waits for
// every document to be finished. If ctx ends first, in-flight requests and
// backoffs are cancelled and the remaining documents get Done(err) with
// err wrapping ErrAborted; Close then returns an error wrapping ErrAborted.
// Close may be called more than once.
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
	})
	if n := ix.aborted.Load(); n > 0 {
		return fmt.Errorf("%w: %d documents were not indexed", ErrAborted, n)
	}
	return nil
}

// dispatch groups documents into batches of about FlushBytes, or whatever
// is there every FlushInterval, and hands them to the workers.
func (ix *Indexer) dispatch() {
	defer close(ix.work)
	tick := time.NewTicker(ix.cfg.FlushInterval)
	defer tick.Stop()
	var batch []Document
	size := 0
	flush := func() bool {
		if len(batch) == 0 {
			return true
		}
		b := batch
		batch, size = make([]Document, 0, cap(b)), 0
		select {
		case ix.work <- b:
			return true
		case <-ix.abort:
			ix.abortDocs(b, nil)
			return false
		}
	}
	for {
		select {
		case d := <-ix.in:
			batch = append(batch, d)
			size += docSize(d)
			if size >= ix.cfg.FlushBytes && !flush() {
				return
			}
		case <-tick.C:
			if !flush() {
				return
			}
		case <-ix.closing:
			flush()
			return
		}
	}
}

// docSize estimates the bulk request bytes of a document.
func docSize(d Document) int { return len(d.Body) + len(d.Index) + len(d.ID) + 32 }

// process sends one batch until every document in it is finished.
func (ix *Indexer) process(batch []Document) {
	buf := ix.bufs.Get().(*bytes.Buffer)
	defer ix.bufs.Put(buf)

	pending := batch
	var lastErr error
	for retry := 0; len(pending) > 0; retry++ {
		if retry > 0 {
			if ix.cfg.MaxRetries > 0 && retry > ix.cfg.MaxRetries {
				err := fmt.Errorf("%w after %d retries: %w", ErrRetriesExhausted, ix.cfg.MaxRetries, lastErr)
				ix.log.Error().Err(lastErr).Int("docs", len(pending)).Int("retries", ix.cfg.MaxRetries).
					Msg("giving up on documents after transient failures")
				ix.failed.Add(uint64(len(pending)))
				for _, d := range pending {
					finish(d, err)
				}
				return
			}
			wait := ix.backoff(retry)
			ix.retried.Add(uint64(len(pending)))
			ev := ix.log.Warn()
			if retry > 5 {
				ev = ix.log.Error() // persistent: the pipeline is stalled
			}
			ev.Err(lastErr).Int("docs", len(pending)).Int("retry", retry).
				Dur("backoff", wait).Msg("retrying bulk indexing")
			if !ix.sleep(wait) {
				ix.abortDocs(pending, lastErr)
				return
			}
		}
		select {
		case <-ix.abort:
			ix.abortDocs(pending, lastErr)
			return
		default:
		}

		again, itemErr, err := ix.send(buf, pending)
		switch {
		case err == nil:
			pending, lastErr = again, itemErr
		case errors.Is(err, errTooLarge):
			if len(pending) == 1 {
				ix.rejected.Add(1)
				finish(pending[0], &RejectedError{Status: http.StatusRequestEntityTooLarge,
					Type: "content_too_long_exception", Reason: "document is larger than the cluster accepts in a request"})
				return
			}
			// Split and send the halves, each to completion.
			h := len(pending) / 2
			ix.log.Warn().Int("docs", len(pending)).Msg("bulk request too large, splitting it")
			ix.process(pending[:h])
			ix.process(pending[h:])
			return
		case errors.Is(err, ErrRequestFailed):
			ix.log.Error().Err(err).Int("docs", len(pending)).Msg("bulk request refused; documents not indexed")
			ix.failed.Add(uint64(len(pending)))
			for _, d := range pending {
				finish(d, err)
			}
			return
		default: // transient, whole request
			if ix.runCtx.Err() != nil {
				ix.abortDocs(pending, err)
				return
			}
			lastErr = err
		}
	}
}

// backoff returns the wait before retry n (n >= 1): exponential from
// BackoffMin, capped at BackoffMax, with "equal jitter" in [d/2, d].
func (ix *Indexer) backoff(n int) time.Duration {
	return backoffDelay(ix.cfg.BackoffMin, ix.cfg.BackoffMax, n)
}

// sleep waits d; false if the indexer was aborted meanwhile.
func (ix *Indexer) sleep(d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ix.abort:
		return false
	}
}

func (ix *Indexer) abortDocs(docs []Document, cause error) {
	ix.aborted.Add(uint64(len(docs)))
	err := ErrAborted
	if cause != nil {
		err = fmt.Errorf("%w (last error: %w)", ErrAborted, cause)
	}
	for _, d := range docs {
		finish(d, err)
	}
}

func finish(d Document, err error) {
	if d.Done != nil {
		d.Done(err)
	}
}
