package alerthistory

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/internal/backoff"
	"github.com/vigilops/vigil/sinks/elasticsearch"
)

// Defaults of the Elasticsearch writer's options.
const (
	DefaultIndexPrefix    = alerting.DefaultHistoryIndexPrefix
	DefaultBatchSize      = 500
	DefaultBackoffMin     = 100 * time.Millisecond
	DefaultBackoffMax     = 30 * time.Second
	DefaultRequestTimeout = 30 * time.Second
)

// Options configure an Elasticsearch writer. Zero fields take the
// defaults.
type Options struct {
	// IndexPrefix names the daily indices PREFIX-YYYY.MM.DD and the index
	// template (default vigil-alerts).
	IndexPrefix string
	// BufferSize bounds the records waiting to be indexed (default 4096);
	// the ones that do not fit go to the spill file.
	BufferSize int
	// BatchSize is the most records in one bulk request (default 500).
	BatchSize int
	// BackoffMin and BackoffMax bound the exponential backoff (equal
	// jitter) between retries (defaults 100ms and 30s).
	BackoffMin, BackoffMax time.Duration
	// RequestTimeout bounds one bulk request (default 30s); a timeout is
	// retried.
	RequestTimeout time.Duration
	// SpillFile receives the records the buffer cannot hold, those the
	// cluster refuses for good, and those still unwritten when Close gives
	// up (its own buffer holds BufferSize records, at least 4096). Empty: they are counted as lost and logged. The file is created
	// at the first record that needs it.
	SpillFile string
	// SyncEvery is the spill file's sync interval (default 1s).
	SyncEvery time.Duration
	// LifecyclePolicy, when set, is referenced by the index template
	// (the same policy as the log indices: elasticsearch.lifecycle_policy).
	LifecyclePolicy string
	Log             zerolog.Logger
}

// Elasticsearch writes the history into Elasticsearch. Its methods are
// safe for concurrent use; Record never blocks.
type Elasticsearch struct {
	o      Options
	log    zerolog.Logger
	client elasticsearch.Transport
	policy backoff.Policy
	spill  *File // nil without a spill file

	mu      sync.Mutex
	pending []entry
	closed  bool
	burst   bool // the buffer overflowed; logged once per burst

	kick    chan struct{}
	closing chan struct{}
	done    chan struct{}
	ctx     context.Context // cancelled when Close gives up
	cancel  context.CancelFunc
	once    sync.Once
	inBatch atomic.Int64 // records in the request being sent

	recorded, written, failed, retries, spilled, lost atomic.Uint64
}

// NewElasticsearch returns a writer to the cluster of es (the indexer's
// configuration: URLs, credentials, TLS, compression). It does not contact
// the cluster; Setup installs the index template.
func NewElasticsearch(es elasticsearch.Config, o Options) (*Elasticsearch, error) {
	if o.IndexPrefix == "" {
		o.IndexPrefix = DefaultIndexPrefix
	}
	if o.BufferSize <= 0 {
		o.BufferSize = DefaultBufferSize
	}
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.BackoffMin <= 0 {
		o.BackoffMin = DefaultBackoffMin
	}
	if o.BackoffMax <= 0 {
		o.BackoffMax = DefaultBackoffMax
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = DefaultRequestTimeout
	}
	client, err := elasticsearch.NewClient(es, 2)
	if err != nil {
		return nil, fmt.Errorf("alert history: %w", err)
	}
	w := &Elasticsearch{
		o:       o,
		log:     o.Log.With().Str("component", "alert-history").Logger(),
		client:  client,
		policy:  backoff.Policy{Min: o.BackoffMin, Max: o.BackoffMax, Jitter: backoff.Equal},
		kick:    make(chan struct{}, 1),
		closing: make(chan struct{}),
		done:    make(chan struct{}),
	}
	if o.SpillFile != "" {
		if w.spill, err = NewFile(FileOptions{Path: o.SpillFile, BufferSize: max(o.BufferSize, DefaultBufferSize), SyncEvery: o.SyncEvery, Lazy: true, Log: o.Log}); err != nil {
			_ = client.Close(context.Background())
			return nil, err
		}
	}
	w.ctx, w.cancel = context.WithCancel(context.Background())
	go w.run()
	return w, nil
}

// IndexPrefix returns the indices' prefix.
func (w *Elasticsearch) IndexPrefix() string { return w.o.IndexPrefix }

// Record implements alerting.History: it encodes the records and queues
// them; those beyond the buffer go to the spill file.
func (w *Elasticsearch) Record(recs []alerting.HistoryRecord) {
	entries, bad := encode(w.o.IndexPrefix, recs)
	w.recorded.Add(uint64(len(recs)))
	if bad > 0 {
		w.failed.Add(uint64(bad))
		w.lost.Add(uint64(bad))
		w.log.Error().Int("records", bad).Msg("alert history: records that cannot be encoded are lost")
	}
	if len(entries) == 0 {
		return
	}
	w.mu.Lock()
	n := 0
	if !w.closed {
		n = min(len(entries), w.o.BufferSize-len(w.pending))
	}
	w.pending = append(w.pending, entries[:n]...)
	over := entries[n:]
	startBurst := len(over) > 0 && !w.burst && !w.closed
	if len(over) > 0 {
		w.burst = true
	}
	w.mu.Unlock()
	if n > 0 {
		select {
		case w.kick <- struct{}{}:
		default:
		}
	}
	if len(over) > 0 {
		if startBurst {
			w.log.Warn().Int("buffer", w.o.BufferSize).Str("spill_file", w.o.SpillFile).
				Msg("alert history: Elasticsearch is behind and the buffer is full; records go to the spill file until it catches up (counted as spilled)")
		}
		w.toSpill(over, "buffer full")
	}
}

// toSpill hands entries to the spill file, or counts them as lost.
func (w *Elasticsearch) toSpill(entries []entry, why string) {
	if len(entries) == 0 {
		return
	}
	if w.spill == nil {
		w.lost.Add(uint64(len(entries)))
		w.log.Error().Int("records", len(entries)).Str("reason", why).
			Msg("alert history: records not indexed and no spill file configured; they are lost")
		return
	}
	w.spilled.Add(uint64(len(entries)))
	w.spill.add(entries)
}

// run sends the queued records, a batch at a time, until Close.
func (w *Elasticsearch) run() {
	defer close(w.done)
	closing := false
	for {
		if !closing {
			select {
			case <-w.kick:
			case <-w.closing:
				closing = true
			}
		}
		for {
			w.mu.Lock()
			n := min(len(w.pending), w.o.BatchSize)
			batch := append([]entry(nil), w.pending[:n]...)
			w.pending = w.pending[n:]
			if len(w.pending) == 0 {
				w.pending = nil // let the backing array go
			}
			endBurst := w.burst && len(w.pending) < w.o.BufferSize/2
			if endBurst {
				w.burst = false
			}
			w.mu.Unlock()
			if endBurst {
				w.log.Info().Uint64("spilled", w.spilled.Load()).Msg("alert history: Elasticsearch caught up")
			}
			if n == 0 {
				break
			}
			w.inBatch.Store(int64(n))
			w.send(batch)
			w.inBatch.Store(0)
		}
		if closing {
			return
		}
	}
}

// send indexes a batch, retrying what may succeed later until it does or
// Close gives up (then the rest is spilled).
func (w *Elasticsearch) send(batch []entry) {
	for attempt := 1; ; attempt++ {
		if w.ctx.Err() != nil {
			w.toSpill(batch, "closed before indexed")
			return
		}
		retry, err := w.bulk(batch)
		if len(retry) == 0 {
			return
		}
		if err != nil {
			w.log.Warn().Err(err).Int("records", len(retry)).Int("attempt", attempt).Msg("alert history: bulk request failed; retrying")
		}
		w.retries.Add(1)
		batch = retry
		w.inBatch.Store(int64(len(batch)))
		if !backoff.Sleep(w.ctx, w.policy.Delay(attempt)) {
			w.toSpill(batch, "closed before indexed")
			return
		}
	}
}

// bulkResponse is the part of a bulk response read.
type bulkResponse struct {
	Errors bool `json:"errors"`
	Items  []map[string]struct {
		Status int `json:"status"`
		Error  struct {
			Type string `json:"type"`
		} `json:"error"`
	} `json:"items"`
}

// bulk sends one request. It returns the entries worth trying again and,
// for a request that failed as a whole, why. Entries refused for good are
// spilled here.
func (w *Elasticsearch) bulk(batch []entry) (retry []entry, err error) {
	var body bytes.Buffer
	for _, e := range batch {
		meta, _ := json.Marshal(map[string]map[string]string{"create": {"_index": e.index, "_id": e.id}})
		body.Write(meta)
		body.WriteByte('\n')
		body.Write(e.doc)
		body.WriteByte('\n')
	}
	ctx, cancel := context.WithTimeout(w.ctx, w.o.RequestTimeout)
	defer cancel()
	res, err := esapi.BulkRequest{Body: &body, FilterPath: []string{"errors", "items.*.status", "items.*.error.type"}}.Do(ctx, w.client)
	if err != nil {
		return batch, fmt.Errorf("bulk: %w", err) // connection error or timeout
	}
	defer func() {
		_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 1<<20))
		res.Body.Close()
	}()
	if res.StatusCode == http.StatusTooManyRequests || res.StatusCode >= 500 {
		return batch, fmt.Errorf("bulk: HTTP %d", res.StatusCode)
	}
	if res.IsError() {
		// 400, 401, 403…: trying the same again will not help.
		w.failed.Add(uint64(len(batch)))
		w.log.Error().Int("status", res.StatusCode).Int("records", len(batch)).
			Msg("alert history: Elasticsearch refused the bulk request; records go to the spill file")
		w.toSpill(batch, fmt.Sprintf("HTTP %d", res.StatusCode))
		return nil, nil
	}
	var br bulkResponse
	if err := json.NewDecoder(res.Body).Decode(&br); err != nil {
		return batch, fmt.Errorf("bulk: unreadable response: %w", err)
	}
	if len(br.Items) != len(batch) {
		if !br.Errors && len(br.Items) == 0 {
			// filter_path leaves "items" out when no item carries a
			// status outside the filter: every item was created.
			w.written.Add(uint64(len(batch)))
			return nil, nil
		}
		return batch, fmt.Errorf("bulk: %d items answered for %d sent", len(br.Items), len(batch))
	}
	var refused []entry
	refusedTypes := map[string]int{}
	for i, item := range br.Items {
		var st int
		var typ string
		for _, r := range item {
			st, typ = r.Status, r.Error.Type
		}
		switch {
		case st/100 == 2, st == http.StatusConflict:
			// 409: a document with this id exists, the record is there.
			w.written.Add(1)
		case st == http.StatusTooManyRequests || st >= 500:
			retry = append(retry, batch[i])
		default:
			refused = append(refused, batch[i])
			refusedTypes[typ]++
		}
	}
	if len(refused) > 0 {
		w.failed.Add(uint64(len(refused)))
		ev := w.log.Error().Int("records", len(refused))
		for typ, n := range refusedTypes {
			ev = ev.Int("refused_"+typ, n)
		}
		ev.Msg("alert history: Elasticsearch refused records; they go to the spill file")
		w.toSpill(refused, "refused")
	}
	return retry, nil
}

// Close indexes what is queued, retrying as needed, until ctx ends; what
// is left then goes to the spill file. It closes the client and the spill
// file and logs the counters. Records given to Record after Close are
// spilled.
func (w *Elasticsearch) Close(ctx context.Context) error {
	w.once.Do(func() {
		w.mu.Lock()
		w.closed = true
		w.mu.Unlock()
		close(w.closing)
	})
	var err error
	select {
	case <-w.done:
	case <-ctx.Done():
		w.cancel()
		<-w.done
		err = fmt.Errorf("alert history: Elasticsearch did not take every record before the deadline: %w", ctx.Err())
	}
	w.cancel()
	// Anything queued by a Record racing with Close.
	w.mu.Lock()
	rest := w.pending
	w.pending = nil
	w.mu.Unlock()
	w.toSpill(rest, "after close")
	cctx, cancel := context.WithTimeout(context.Background(), time.Second)
	_ = w.client.Close(cctx)
	cancel()
	if w.spill != nil {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		if serr := w.spill.closeFile(sctx); serr != nil {
			err = errors.Join(err, serr)
		}
		cancel()
	}
	st := w.Stats()
	ev := w.log.Info()
	if st.Spilled > 0 || st.Lost > 0 || st.Failed > 0 {
		ev = w.log.Warn()
	}
	ev.Uint64("recorded", st.Recorded).Uint64("written", st.Written).Uint64("failed", st.Failed).
		Uint64("retries", st.Retries).Uint64("spilled", st.Spilled).Uint64("lost", st.Lost).
		Str("spill_file", w.o.SpillFile).Msg("alert history closed")
	if st.Lost > 0 {
		err = errors.Join(err, fmt.Errorf("alert history: %d records were lost (see the log)", st.Lost))
	}
	return err
}

// Stats returns the counters. Lost includes the records the spill file
// could not take.
func (w *Elasticsearch) Stats() Stats {
	w.mu.Lock()
	n := len(w.pending)
	w.mu.Unlock()
	st := Stats{Recorded: w.recorded.Load(), Written: w.written.Load(), Failed: w.failed.Load(),
		Retries: w.retries.Load(), Spilled: w.spilled.Load(), Lost: w.lost.Load(),
		Buffered: n + int(w.inBatch.Load())}
	if w.spill != nil {
		st.Lost += w.spill.lost.Load()
	}
	return st
}

var _ alerting.History = (*Elasticsearch)(nil)
