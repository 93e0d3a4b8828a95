package elasticsearch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/backoff"
	"github.com/vigilops/vigil/pipeline/record"
)

// Defaults applied by NewHistory to zero HistoryQuery fields.
const (
	DefaultHistoryPageSize  = 1000
	DefaultHistoryKeepAlive = 2 * time.Minute
	DefaultHistoryRetries   = 8
	// MaxHistoryPageSize is the largest page Elasticsearch serves by
	// default (index.max_result_window).
	MaxHistoryPageSize = 10000
)

// historyCloseTimeout bounds the request that closes the point in time.
const historyCloseTimeout = 10 * time.Second

var (
	// ErrPITExpired is wrapped by the error of a History whose point in
	// time was gone when the next page was asked for (404
	// search_context_missing_exception): more than KeepAlive passed
	// between two pages, or the cluster lost it. The documents read so far
	// are valid; the rest cannot be read consistently.
	ErrPITExpired = errors.New("elasticsearch: point in time expired or unknown (search_context_missing_exception)")
	// ErrHistoryClosed is returned by Next after Close.
	ErrHistoryClosed = errors.New("elasticsearch: history reader is closed")
)

// SearchError is a request of a History that Elasticsearch refused. It
// names the HTTP status and Elasticsearch's error type and root cause type,
// never the reason text (which can quote indexed data).
type SearchError struct {
	Op        string // "open point in time", "search" or "close point in time"
	Status    int    // HTTP status
	Type      string // error.type
	RootCause string // error.root_cause[0].type, when present
}

// Error implements error.
func (e *SearchError) Error() string {
	s := fmt.Sprintf("elasticsearch: %s: HTTP %d %s", e.Op, e.Status, e.Type)
	if e.RootCause != "" && e.RootCause != e.Type {
		s += " (root cause " + e.RootCause + ")"
	}
	return s
}

// Temporary reports whether retrying the request may succeed (429, 408, 5xx).
func (e *SearchError) Temporary() bool {
	return e.Status == http.StatusTooManyRequests || e.Status == http.StatusRequestTimeout || e.Status >= 500
}

// HistoryQuery says which documents a History reads.
type HistoryQuery struct {
	// Pattern is the index pattern (comma-separated names or wildcards).
	// Empty means IndexPattern(Config.Index), "logs-*" by default.
	Pattern string
	// From and To bound @timestamp to [From, To). Both are required. They
	// are rounded up to the millisecond, the resolution of a date field.
	From, To time.Time
	// Query optionally narrows the documents, in Lucene query_string
	// syntax, e.g. `service.name:order-sync AND log.level:error`.
	Query string
	// PageSize is the number of documents per search request (default 1000,
	// at most 10000). About one page of sources is held in memory.
	PageSize int
	// KeepAlive is how long the point in time survives between two pages
	// (default 2m); each page renews it.
	KeepAlive time.Duration
	// MaxRetries bounds the retries of one request after a transient
	// failure (429, 408, 5xx, connection error, timeout, partial results).
	// Zero means Config.MaxRetries if set, else DefaultHistoryRetries.
	MaxRetries int
}

// Hit is one document read back.
type Hit struct {
	Index  string // concrete index name
	ID     string // document _id (topic-partition-offset for vigil's documents)
	Source []byte // the _source JSON object, owned by the caller
}

// HistoryStats are cumulative counters of a History.
type HistoryStats struct {
	Docs     uint64 // documents returned by Next
	Pages    uint64 // search pages received
	Requests uint64 // requests sent (open, searches, close), retries included
	Retries  uint64 // requests sent again after a transient failure
}

// History streams the documents of an index pattern whose @timestamp lies
// in [From, To), in ascending @timestamp order (ties in a stable order),
// page by page, through a point in time: every page sees the indices as
// they were when the first page was asked for, so documents indexed
// meanwhile neither appear nor shift the paging. Pages are fetched with
// search_after on the sort [@timestamp asc, _shard_doc asc].
//
// Next and Close must not be called concurrently; Stats may be called
// from any goroutine.
type History struct {
	cfg        Config
	q          HistoryQuery
	log        zerolog.Logger
	client     *esClient
	maxRetries int
	keepAlive  string
	query      json.RawMessage // the bool query, built once

	pitID  string
	after  json.RawMessage // sort values of the last hit received
	page   []Hit
	pos    int
	done   bool // the last page was received
	closed bool
	err    error // sticky error of Next

	docs, pages, requests, retries atomic.Uint64
}

// NewHistory validates cfg and q and returns a reader. It does not contact
// the cluster: the first Next opens the point in time. Call Close when done.
func NewHistory(cfg Config, q HistoryQuery, log zerolog.Logger) (*History, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("elasticsearch config: %w", err)
	}
	if q.Pattern == "" {
		q.Pattern = IndexPattern(cfg.Index)
	}
	if q.PageSize == 0 {
		q.PageSize = DefaultHistoryPageSize
	}
	if q.KeepAlive == 0 {
		q.KeepAlive = DefaultHistoryKeepAlive
	}
	maxRetries := q.MaxRetries
	if maxRetries == 0 {
		maxRetries = cfg.MaxRetries
	}
	if maxRetries == 0 {
		maxRetries = DefaultHistoryRetries
	}
	var errs []error
	if strings.ContainsAny(q.Pattern, ` "\<|>/?#`) {
		errs = append(errs, fmt.Errorf("history pattern %q: must be index names or wildcards, comma-separated", q.Pattern))
	}
	if q.From.IsZero() || q.To.IsZero() {
		errs = append(errs, errors.New("history: from and to are required"))
	} else if !q.To.After(q.From) {
		errs = append(errs, fmt.Errorf("history: to (%s) must be after from (%s)",
			q.To.UTC().Format(time.RFC3339Nano), q.From.UTC().Format(time.RFC3339Nano)))
	}
	if q.PageSize < 1 || q.PageSize > MaxHistoryPageSize {
		errs = append(errs, fmt.Errorf("history: page size %d must be between 1 and %d", q.PageSize, MaxHistoryPageSize))
	}
	if q.KeepAlive < time.Second {
		errs = append(errs, fmt.Errorf("history: keep_alive %s must be at least 1s", q.KeepAlive))
	}
	if q.MaxRetries < 0 {
		errs = append(errs, errors.New("history: max retries must not be negative"))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}

	filter := []any{map[string]any{"range": map[string]any{"@timestamp": map[string]any{
		"gte":    formatMillis(q.From),
		"lt":     formatMillis(q.To),
		"format": "strict_date_optional_time",
	}}}}
	if strings.TrimSpace(q.Query) != "" {
		filter = append(filter, map[string]any{"query_string": map[string]any{"query": q.Query}})
	}
	query, err := json.Marshal(map[string]any{"bool": map[string]any{"filter": filter}})
	if err != nil {
		return nil, fmt.Errorf("history: query: %w", err)
	}
	client, err := newClient(cfg, 2)
	if err != nil {
		return nil, err
	}
	return &History{
		cfg:        cfg,
		q:          q,
		log:        log.With().Str("component", "elasticsearch-history").Logger(),
		client:     client,
		maxRetries: maxRetries,
		keepAlive:  timeValue(q.KeepAlive),
		query:      query,
	}, nil
}

// Query returns the query in use, with defaults applied.
func (h *History) Query() HistoryQuery { return h.q }

// Stats returns a snapshot of the counters.
func (h *History) Stats() HistoryStats {
	return HistoryStats{
		Docs:     h.docs.Load(),
		Pages:    h.pages.Load(),
		Requests: h.requests.Load(),
		Retries:  h.retries.Load(),
	}
}

// Next returns the next document, or io.EOF after the last one. The point
// in time is opened by the first call and closed as soon as the last page
// has been received. Any other error is final: Next keeps returning it,
// and the point in time has been closed (best effort). A 4xx is a
// *SearchError (400 names the query); an expired point in time wraps
// ErrPITExpired; a cancelled ctx gives an error wrapping ctx.Err().
func (h *History) Next(ctx context.Context) (Hit, error) {
	for {
		if h.pos < len(h.page) {
			hit := h.page[h.pos]
			h.page[h.pos] = Hit{} // let the source go once the caller is done with it
			h.pos++
			h.docs.Add(1)
			return hit, nil
		}
		switch {
		case h.closed:
			return Hit{}, ErrHistoryClosed
		case h.err != nil:
			return Hit{}, h.err
		case h.done:
			return Hit{}, io.EOF
		}
		if err := h.fetch(ctx); err != nil {
			h.err = err
			h.closePIT(ctx)
		}
	}
}

// Fetch is Next as a message, for the pipeline's source seam: each
// document read back is numbered in reading order under its index's name.
// io.EOF ends it.
func (h *History) Fetch(ctx context.Context) (record.Message, error) {
	hit, err := h.Next(ctx)
	if err != nil {
		return record.Message{}, err
	}
	return record.Message{Value: hit.Source, Source: event.Source{Topic: hit.Index, Offset: int64(h.docs.Load()) - 1}}, nil
}

// Ack does nothing: a document read back has nothing to acknowledge.
func (h *History) Ack(record.Message) {}

// Close closes the point in time if it is still open (even when ctx is
// already cancelled, within a short timeout of its own) and releases the
// client. It returns the error of closing the point in time, which is
// harmless to ignore: the cluster drops it after KeepAlive anyway.
// Close may be called more than once.
func (h *History) Close(ctx context.Context) error {
	if h.closed {
		return nil
	}
	h.closed = true
	h.page, h.pos = nil, 0
	err := h.closePIT(ctx)
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
	defer cancel()
	_ = h.client.Close(cctx)
	return err
}

// fetch opens the point in time if needed and reads the next page.
func (h *History) fetch(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("elasticsearch: history: %w", err)
	}
	if h.pitID == "" {
		if err := h.openPIT(ctx); err != nil {
			return err
		}
	}
	body, err := json.Marshal(searchBody{
		Size:           h.q.PageSize,
		TrackTotalHits: false,
		Query:          h.query,
		PIT:            pitBody{ID: h.pitID, KeepAlive: h.keepAlive},
		Sort:           historySort,
		SearchAfter:    h.after,
	})
	if err != nil {
		return fmt.Errorf("elasticsearch: history: search body: %w", err)
	}
	var page searchPage
	noPartial := false
	err = h.attempt(ctx, "search", func(rctx context.Context) (*esapi.Response, error) {
		return esapi.SearchRequest{Body: bytes.NewReader(body), AllowPartialSearchResults: &noPartial}.Do(rctx, h.client)
	}, func(r io.Reader) error {
		page = searchPage{}
		if err := json.NewDecoder(r).Decode(&page); err != nil {
			return &retryableError{fmt.Errorf("elasticsearch: search: decoding the response: %w", err)}
		}
		if page.TimedOut || page.Shards.Failed > 0 {
			return &retryableError{fmt.Errorf("elasticsearch: search: partial results (timed out: %t, %d of %d shards failed)",
				page.TimedOut, page.Shards.Failed, page.Shards.Total)}
		}
		return nil
	})
	if err != nil {
		if se := (*SearchError)(nil); errors.As(err, &se) && se.Status == http.StatusBadRequest && h.q.Query != "" {
			err = fmt.Errorf("%w; check the query %q", err, h.q.Query)
		}
		return err
	}
	h.pages.Add(1)
	if page.PitID != "" {
		h.pitID = page.PitID // the id may change between searches; use the latest
	}
	hits := page.Hits.Hits
	if h.page == nil {
		h.page = make([]Hit, 0, min(len(hits), h.q.PageSize))
	}
	h.page, h.pos = h.page[:0], 0
	for _, x := range hits {
		h.page = append(h.page, Hit{Index: x.Index, ID: x.ID, Source: x.Source})
	}
	if n := len(hits); n > 0 {
		if len(hits[n-1].Sort) == 0 {
			return errors.New("elasticsearch: search: hits carry no sort values")
		}
		h.after = hits[n-1].Sort
	}
	h.log.Debug().Int("hits", len(hits)).Uint64("page", h.pages.Load()).Msg("history page")
	if len(hits) < h.q.PageSize {
		h.done = true
		h.closePIT(ctx)
	}
	return nil
}

func (h *History) openPIT(ctx context.Context) error {
	var resp struct {
		ID string `json:"id"`
	}
	err := h.attempt(ctx, "open point in time", func(rctx context.Context) (*esapi.Response, error) {
		return esapi.OpenPointInTimeRequest{Index: strings.Split(h.q.Pattern, ","), KeepAlive: h.keepAlive}.Do(rctx, h.client)
	}, func(r io.Reader) error {
		if err := json.NewDecoder(r).Decode(&resp); err != nil || resp.ID == "" {
			return &retryableError{errors.New("elasticsearch: open point in time: response has no id")}
		}
		return nil
	})
	if err != nil {
		return err
	}
	h.pitID = resp.ID
	h.log.Info().Str("pattern", h.q.Pattern).Time("from", h.q.From).Time("to", h.q.To).
		Str("query", h.q.Query).Int("page_size", h.q.PageSize).Msg("reading history")
	return nil
}

// closePIT closes the point in time, once, with one attempt bounded by
// its own timeout (it runs after cancellation too). 404 counts as closed.
func (h *History) closePIT(ctx context.Context) error {
	if h.pitID == "" {
		return nil
	}
	id := h.pitID
	h.pitID = ""
	body, err := json.Marshal(map[string]string{"id": id})
	if err != nil {
		return fmt.Errorf("elasticsearch: close point in time: %w", err)
	}
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), min(historyCloseTimeout, h.cfg.RequestTimeout))
	defer cancel()
	h.requests.Add(1)
	res, err := esapi.ClosePointInTimeRequest{Body: bytes.NewReader(body)}.Do(cctx, h.client)
	if err != nil {
		h.log.Warn().Err(err).Msg("could not close the point in time; the cluster drops it after keep_alive")
		return fmt.Errorf("elasticsearch: close point in time: %w", err)
	}
	defer drain(res)
	if res.IsError() && res.StatusCode != http.StatusNotFound {
		typ, root := readErrorTypes(res.Body)
		se := &SearchError{Op: "close point in time", Status: res.StatusCode, Type: typ, RootCause: root}
		h.log.Warn().Err(se).Msg("could not close the point in time; the cluster drops it after keep_alive")
		return se
	}
	return nil
}

// retryableError marks a failure worth retrying that is not a status.
type retryableError struct{ err error }

func (e *retryableError) Error() string { return e.err.Error() }
func (e *retryableError) Unwrap() error { return e.err }

// attempt sends a request until it succeeds, fails for good, runs out of
// retries or ctx ends. read decodes a 2xx body.
func (h *History) attempt(ctx context.Context, op string,
	send func(context.Context) (*esapi.Response, error), read func(io.Reader) error) error {
	var last error
	for try := 0; ; try++ {
		if try > 0 {
			if try > h.maxRetries {
				return fmt.Errorf("elasticsearch: %s: giving up after %d retries: %w", op, h.maxRetries, last)
			}
			wait := backoff.Policy{Min: h.cfg.BackoffMin, Max: h.cfg.BackoffMax, Jitter: backoff.Equal}.Delay(try)
			h.retries.Add(1)
			h.log.Warn().Err(last).Str("op", op).Int("retry", try).Dur("backoff", wait).Msg("retrying history request")
			if !backoff.Sleep(ctx, wait) {
				return fmt.Errorf("elasticsearch: %s: %w (last error: %w)", op, ctx.Err(), last)
			}
		}
		rctx, cancel := context.WithTimeout(ctx, h.cfg.RequestTimeout)
		h.requests.Add(1)
		res, err := send(rctx)
		if err != nil {
			cancel()
			if ctx.Err() != nil {
				return fmt.Errorf("elasticsearch: %s: %w", op, ctx.Err())
			}
			last = fmt.Errorf("elasticsearch: %s: %w", op, err) // connection error or timeout
			continue
		}
		err = h.response(res, op, read)
		cancel()
		if err == nil {
			return nil
		}
		var se *SearchError
		var re *retryableError
		switch {
		case ctx.Err() != nil:
			return fmt.Errorf("elasticsearch: %s: %w", op, ctx.Err())
		case errors.As(err, &se) && se.Temporary(), errors.As(err, &re):
			last = err
		default:
			return err
		}
	}
}

// response turns a response into nil, a *SearchError (wrapping
// ErrPITExpired when the point in time is gone) or read's error.
func (h *History) response(res *esapi.Response, op string, read func(io.Reader) error) error {
	defer drain(res)
	if res.IsError() {
		typ, root := readErrorTypes(res.Body)
		se := &SearchError{Op: op, Status: res.StatusCode, Type: typ, RootCause: root}
		if res.StatusCode == http.StatusNotFound && (root == "search_context_missing_exception" || typ == "search_context_missing_exception") {
			return fmt.Errorf("%w: %w; more than keep_alive (%s) passed between two pages", ErrPITExpired, se, h.keepAlive)
		}
		return se
	}
	if err := read(res.Body); err != nil {
		var re *retryableError
		if errors.As(err, &re) {
			return err
		}
		return &retryableError{err}
	}
	return nil
}

func drain(res *esapi.Response) {
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 1<<20))
	res.Body.Close()
}

// readErrorTypes extracts error.type and error.root_cause[0].type from an
// Elasticsearch error body; reasons are deliberately not read.
func readErrorTypes(body io.Reader) (typ, root string) {
	var e struct {
		Error json.RawMessage `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(body, 1<<20)).Decode(&e); err != nil || len(e.Error) == 0 {
		return "unknown", ""
	}
	var obj struct {
		Type      string `json:"type"`
		RootCause []struct {
			Type string `json:"type"`
		} `json:"root_cause"`
	}
	if json.Unmarshal(e.Error, &obj) != nil || obj.Type == "" {
		return "unknown", ""
	}
	if len(obj.RootCause) > 0 {
		root = obj.RootCause[0].Type
	}
	return obj.Type, root
}

// historySort orders by event time, then by the documented tiebreaker for
// paging a point in time. unmapped_type keeps indices without @timestamp
// from failing the search.
var historySort = json.RawMessage(`[{"@timestamp":{"order":"asc","unmapped_type":"date"}},{"_shard_doc":"asc"}]`)

type pitBody struct {
	ID        string `json:"id"`
	KeepAlive string `json:"keep_alive"`
}

type searchBody struct {
	Size           int             `json:"size"`
	TrackTotalHits bool            `json:"track_total_hits"`
	Query          json.RawMessage `json:"query"`
	PIT            pitBody         `json:"pit"`
	Sort           json.RawMessage `json:"sort"`
	SearchAfter    json.RawMessage `json:"search_after,omitempty"`
}

type searchPage struct {
	PitID    string `json:"pit_id"`
	TimedOut bool   `json:"timed_out"`
	Shards   struct {
		Total  int `json:"total"`
		Failed int `json:"failed"`
	} `json:"_shards"`
	Hits struct {
		Hits []struct {
			Index  string          `json:"_index"`
			ID     string          `json:"_id"`
			Source json.RawMessage `json:"_source"`
			Sort   json.RawMessage `json:"sort"`
		} `json:"hits"`
	} `json:"hits"`
}

// formatMillis renders t in UTC at millisecond precision, rounding up.
func formatMillis(t time.Time) string {
	t = t.UTC()
	if r := t.Truncate(time.Millisecond); !r.Equal(t) {
		t = r.Add(time.Millisecond)
	}
	return t.Format("2006-01-02T15:04:05.000Z07:00")
}

// timeValue renders d as an Elasticsearch time value ("2m", "90s", "1500ms").
func timeValue(d time.Duration) string {
	switch {
	case d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	case d%time.Minute == 0:
		return fmt.Sprintf("%dm", d/time.Minute)
	case d%time.Second == 0:
		return fmt.Sprintf("%ds", d/time.Second)
	}
	return fmt.Sprintf("%dms", d/time.Millisecond)
}
