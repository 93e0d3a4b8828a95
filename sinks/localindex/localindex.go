// Package localindex is the local stand-in for Elasticsearch used by
// "vigil demo": it appends each document as one NDJSON line
// {"_index":..,"_id":..,"_source":{..}} to DIR/<index>.ndjson.
//
// It has the same Add/Done contract as the Elasticsearch indexer
// (sinks/elasticsearch): Done is called exactly once per accepted document,
// with nil only after its line has been handed to the operating system
// (the buffer was flushed), or with a *elasticsearch.RejectedError for a
// document that can never be written (bad index name, body that is not a
// JSON object). Lines are buffered and flushed every flush interval, when
// the buffer is full, and on Close.
//
// The files are append-only logs: a replayed document is appended again.
// Load reads a file back keeping the last line per _id, which is what an
// index with overwrite-by-id would hold.
package localindex

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/vigilops/vigil/event"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/sinks/elasticsearch"
)

// Defaults for the options.
const (
	DefaultFlushInterval = 200 * time.Millisecond
	DefaultBufferBytes   = 256 << 10
)

// Document is the document type shared with the Elasticsearch indexer.
type Document = elasticsearch.Document

// Option configures an Index.
type Option func(*Index)

// WithFlushInterval sets how often buffered lines are flushed (default
// 200ms). A non-positive d disables periodic flushing: lines are then
// flushed only when the buffer fills up and on Close.
func WithFlushInterval(d time.Duration) Option { return func(x *Index) { x.interval = d } }

// WithBufferBytes sets how many bytes are buffered before Add flushes
// synchronously (default 256 KiB). This bounds memory: Add blocks on the
// write while flushing.
func WithBufferBytes(n int) Option {
	return func(x *Index) {
		if n > 0 {
			x.bufBytes = n
		}
	}
}

// Stats are cumulative counters of an Index.
type Stats struct {
	Added    uint64 // documents accepted by Add
	Written  uint64 // documents flushed (Done(nil))
	Rejected uint64 // documents refused (Done(*RejectedError))
	Failed   uint64 // documents whose write failed
	Bytes    uint64 // bytes flushed
	Flushes  uint64 // flushes that wrote something
}

// Index writes documents to NDJSON files. Its methods are safe for
// concurrent use.
type Index struct {
	dir      string
	log      zerolog.Logger
	interval time.Duration
	bufBytes int

	mu       sync.Mutex
	files    map[string]*file
	buffered int
	closed   bool
	stats    Stats

	stop chan struct{}
	done chan struct{}
}

type file struct {
	path    string
	f       *os.File
	w       *bufio.Writer
	pending []func(error)
	bytes   int
}

// New creates dir if needed and starts the periodic flusher.
func New(dir string, log zerolog.Logger, opts ...Option) (*Index, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("localindex: %w", err)
	}
	x := &Index{
		dir:      dir,
		log:      log.With().Str("component", "localindex").Logger(),
		interval: DefaultFlushInterval,
		bufBytes: DefaultBufferBytes,
		files:    map[string]*file{},
		stop:     make(chan struct{}),
		done:     make(chan struct{}),
	}
	for _, o := range opts {
		o(x)
	}
	go x.flusher()
	return x, nil
}

// Dir returns the directory the index files are written to.
func (x *Index) Dir() string { return x.dir }

// Path returns the file that documents of the given index go to.
func (x *Index) Path(index string) string { return filepath.Join(x.dir, index+".ndjson") }

// Stats returns a snapshot of the counters.
func (x *Index) Stats() Stats {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.stats
}

// Add appends doc to its index file. It returns ctx.Err() or
// elasticsearch.ErrClosed without calling Done when the document is not
// accepted; otherwise Done is called exactly once, possibly before Add
// returns.
func (x *Index) Add(ctx context.Context, doc Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	line, rej := encode(doc)

	x.mu.Lock()
	if x.closed {
		x.mu.Unlock()
		return elasticsearch.ErrClosed
	}
	x.stats.Added++
	if rej != nil {
		x.stats.Rejected++
		x.mu.Unlock()
		x.log.Warn().Str("index", doc.Index).Str("type", rej.Type).Msg("document rejected")
		finish(doc.Done, rej)
		return nil
	}
	f, err := x.open(doc.Index)
	if err != nil {
		x.stats.Failed++
		x.mu.Unlock()
		bufPool.Put(line)
		finish(doc.Done, err)
		return nil
	}
	n := line.Len()
	_, _ = f.w.Write(line.Bytes()) // a write error is sticky and reported by the flush
	bufPool.Put(line)
	f.bytes += n
	f.pending = append(f.pending, doc.Done)
	x.buffered += n
	var calls []call
	if x.buffered >= x.bufBytes {
		calls = x.flushLocked()
	}
	x.mu.Unlock()
	run(calls)
	return nil
}

// Flush writes every buffered line to the operating system and calls the
// pending Done functions.
func (x *Index) Flush() {
	x.mu.Lock()
	calls := x.flushLocked()
	x.mu.Unlock()
	run(calls)
}

// Close flushes, closes the files and stops the flusher. Add fails with
// elasticsearch.ErrClosed afterwards. Close may be called more than once.
func (x *Index) Close() error {
	x.mu.Lock()
	if x.closed {
		x.mu.Unlock()
		<-x.done
		return nil
	}
	x.closed = true
	close(x.stop)
	calls := x.flushLocked()
	var errs []error
	for _, f := range x.files {
		if err := f.f.Close(); err != nil {
			errs = append(errs, fmt.Errorf("localindex: close %s: %w", f.path, err))
		}
	}
	x.files = map[string]*file{}
	x.mu.Unlock()
	run(calls)
	<-x.done
	return errors.Join(errs...)
}

func (x *Index) flusher() {
	defer close(x.done)
	if x.interval <= 0 {
		<-x.stop
		return
	}
	t := time.NewTicker(x.interval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			x.Flush()
		case <-x.stop:
			return
		}
	}
}

// open returns the file of an index, opening it on first use. Must be
// called with x.mu held.
func (x *Index) open(index string) (*file, error) {
	if f, ok := x.files[index]; ok {
		return f, nil
	}
	p := x.Path(index)
	fh, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("localindex: %w", err)
	}
	f := &file{path: p, f: fh, w: bufio.NewWriterSize(fh, 64<<10)}
	x.files[index] = f
	return f, nil
}

// call is one pending Done invocation.
type call struct {
	done func(error)
	err  error
}

// flushLocked flushes every file and returns the Done calls to make once
// the lock is released. Must be called with x.mu held.
func (x *Index) flushLocked() []call {
	var calls []call
	for _, f := range x.files {
		if len(f.pending) == 0 {
			continue
		}
		err := f.w.Flush()
		if err != nil {
			err = fmt.Errorf("localindex: write %s: %w", f.path, err)
			x.stats.Failed += uint64(len(f.pending))
			x.log.Error().Err(err).Int("docs", len(f.pending)).Msg("flush failed")
			// Start over with a fresh writer so later documents can succeed.
			f.w = bufio.NewWriterSize(f.f, 64<<10)
		} else {
			x.stats.Written += uint64(len(f.pending))
			x.stats.Bytes += uint64(f.bytes)
			x.stats.Flushes++
		}
		for _, d := range f.pending {
			calls = append(calls, call{d, err})
		}
		f.pending = f.pending[:0]
		f.bytes = 0
	}
	x.buffered = 0
	return calls
}

func run(calls []call) {
	for _, c := range calls {
		finish(c.done, c.err)
	}
}

func finish(done func(error), err error) {
	if done != nil {
		done(err)
	}
}

// encode renders the NDJSON line of doc, or says why it cannot be written.
func encode(doc Document) (*bytes.Buffer, *elasticsearch.RejectedError) {
	if why := badIndexName(doc.Index); why != "" {
		return nil, &elasticsearch.RejectedError{Status: 400, Type: "invalid_index_name_exception", Reason: why}
	}
	src := bytes.TrimSpace(doc.Body)
	if len(src) == 0 || src[0] != '{' || !json.Valid(src) {
		return nil, &elasticsearch.RejectedError{Status: 400, Type: "document_parsing_exception", Reason: "body is not a JSON object"}
	}
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	b.WriteString(`{"_index":`)
	b.Write(event.AppendString(b.AvailableBuffer(), doc.Index))
	b.WriteString(`,"_id":`)
	b.Write(event.AppendString(b.AvailableBuffer(), doc.ID))
	b.WriteString(`,"_source":`)
	if bytes.IndexByte(src, '\n') >= 0 || bytes.IndexByte(src, '\r') >= 0 {
		if err := json.Compact(b, src); err != nil {
			bufPool.Put(b)
			return nil, &elasticsearch.RejectedError{Status: 400, Type: "document_parsing_exception", Reason: "body is not valid JSON"}
		}
	} else {
		b.Write(src)
	}
	b.WriteString("}\n")
	return b, nil
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// badIndexName says why name cannot be an index file name, or "".
func badIndexName(name string) string {
	if name == "" || len(name) > 200 {
		return "index name must have 1 to 200 characters"
	}
	if name[0] == '.' || name[0] == '-' || name[0] == '_' {
		return "index name must not start with '.', '-' or '_'"
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return "index name may contain only a-z, 0-9, '-', '_' and '.'"
		}
	}
	return ""
}

// Line is one line of an index file.
type Line struct {
	Index  string          `json:"_index"`
	ID     string          `json:"_id"`
	Source json.RawMessage `json:"_source"`
}

// Load reads an index file and returns the documents by _id, the last line
// of an id winning (as overwriting by id would), plus the number of lines.
func Load(path string) (docs map[string]json.RawMessage, lines int, err error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, 0, fmt.Errorf("localindex: %w", err)
	}
	defer fh.Close()
	docs = map[string]json.RawMessage{}
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		lines++
		var l Line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, lines, fmt.Errorf("localindex: %s line %d: %w", path, lines, err)
		}
		docs[l.ID] = l.Source
	}
	if err := sc.Err(); err != nil {
		return nil, lines, fmt.Errorf("localindex: %s: %w", path, err)
	}
	return docs, lines, nil
}
