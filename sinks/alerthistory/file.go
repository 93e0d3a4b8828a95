package alerthistory

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alerting"
)

// Defaults of the writers' options.
const (
	DefaultBufferSize = alerting.DefaultHistoryBufferSize
	DefaultSyncEvery  = time.Second
)

// FileOptions configure a File writer.
type FileOptions struct {
	// Path is the NDJSON file, created (with its directory) when missing
	// and appended to.
	Path string
	// BufferSize bounds the records waiting to be written (default 4096).
	BufferSize int
	// SyncEvery is how often written lines are synced to disk (default
	// 1s); Close syncs too.
	SyncEvery time.Duration
	// Lazy opens the file at the first record instead of in NewFile (the
	// spill file of the Elasticsearch writer, usually never needed).
	Lazy bool
	Log  zerolog.Logger
}

// File appends history documents to an NDJSON file. Its methods are safe
// for concurrent use; Record never blocks.
type File struct {
	o   FileOptions
	log zerolog.Logger

	mu      sync.Mutex
	pending [][]byte // encoded lines, newline included
	closed  bool
	burst   bool // records are being lost; logged once per burst

	kick chan struct{}
	stop chan struct{}
	done chan struct{}
	once sync.Once

	f   *os.File // the writer goroutine's (and NewFile's)
	err error    // the last open error, for Close

	recorded, written, failed, lost atomic.Uint64
}

// NewFile checks the options and starts the writer. Unless Lazy, it
// creates and opens the file now, so that a path that cannot be written
// is an error at start.
func NewFile(o FileOptions) (*File, error) {
	if o.Path == "" {
		return nil, errors.New("alert history: file: a path is required")
	}
	if o.BufferSize <= 0 {
		o.BufferSize = DefaultBufferSize
	}
	if o.SyncEvery <= 0 {
		o.SyncEvery = DefaultSyncEvery
	}
	w := &File{o: o, log: o.Log.With().Str("component", "alert-history").Logger(),
		kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	if !o.Lazy {
		if err := w.open(); err != nil {
			return nil, err
		}
	}
	go w.run()
	return w, nil
}

// Path returns the file's path.
func (w *File) Path() string { return w.o.Path }

func (w *File) open() error {
	if w.f != nil {
		return nil
	}
	if dir := filepath.Dir(w.o.Path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("alert history: file %s: %w", w.o.Path, err)
		}
	}
	f, err := os.OpenFile(w.o.Path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o640)
	if err != nil {
		return fmt.Errorf("alert history: file: %w", err)
	}
	w.f = f
	return nil
}

// Record implements alerting.History: it encodes the records and queues
// them for the writer goroutine.
func (w *File) Record(recs []alerting.HistoryRecord) {
	entries, bad := encode("", recs)
	w.recorded.Add(uint64(len(recs)))
	if bad > 0 {
		w.failed.Add(uint64(bad))
		w.log.Error().Int("records", bad).Msg("alert history: records that cannot be encoded are lost")
	}
	w.add(entries)
}

// add queues encoded entries; what does not fit is counted as lost.
func (w *File) add(entries []entry) {
	if len(entries) == 0 {
		return
	}
	w.mu.Lock()
	n := 0
	if !w.closed {
		n = min(len(entries), w.o.BufferSize-len(w.pending))
	}
	for _, e := range entries[:n] {
		w.pending = append(w.pending, append(e.doc, '\n'))
	}
	lost := len(entries) - n
	startBurst := lost > 0 && !w.burst
	if lost > 0 {
		w.burst = true
	}
	closed := w.closed
	w.mu.Unlock()
	if lost > 0 {
		w.lost.Add(uint64(lost))
		if startBurst {
			if closed {
				w.log.Warn().Str("file", w.o.Path).Int("records", lost).Msg("alert history: records after close are lost")
			} else {
				w.log.Warn().Str("file", w.o.Path).Int("buffer", w.o.BufferSize).
					Msg("alert history: the file writer's buffer is full; records are lost until it catches up (counted in the stats)")
			}
		}
	}
	if n > 0 {
		select {
		case w.kick <- struct{}{}:
		default:
		}
	}
}

// run writes queued lines and syncs the file every SyncEvery.
func (w *File) run() {
	defer close(w.done)
	tick := time.NewTicker(w.o.SyncEvery)
	defer tick.Stop()
	var bw *bufio.Writer
	dirty := false
	for {
		stopping := false
		select {
		case <-w.kick:
		case <-tick.C:
			if dirty {
				w.sync(bw)
				dirty = false
			}
			continue
		case <-w.stop:
			stopping = true
		}
		w.mu.Lock()
		lines := w.pending
		w.pending = nil
		caughtUp := w.burst
		w.burst = false
		w.mu.Unlock()
		if caughtUp {
			w.log.Info().Str("file", w.o.Path).Uint64("lost", w.lost.Load()).Msg("alert history: the file writer caught up")
		}
		if len(lines) > 0 {
			if err := w.open(); err != nil {
				if w.err == nil || w.err.Error() != err.Error() {
					w.log.Error().Err(err).Int("records", len(lines)).Msg("alert history: cannot open the file; records are lost")
				}
				w.err = err
				w.failed.Add(uint64(len(lines)))
				w.lost.Add(uint64(len(lines)))
			} else {
				if bw == nil {
					bw = bufio.NewWriterSize(w.f, 64<<10)
				}
				// Lines reach the operating system at once (a crash of
				// vigil loses none); the disk sync is batched.
				w.write(bw, lines)
				dirty = true
			}
		}
		if stopping {
			w.mu.Lock()
			more := len(w.pending) > 0
			w.mu.Unlock()
			if more {
				continue // Record raced with Close: write it too
			}
			if dirty {
				w.sync(bw)
			}
			return
		}
	}
}

func (w *File) write(bw *bufio.Writer, lines [][]byte) {
	for _, l := range lines {
		_, _ = bw.Write(l) // a failure sticks; Flush reports it
	}
	if err := bw.Flush(); err != nil {
		// bufio keeps the error: the writer is unusable, start a new one
		// (the lines of this batch may be partly written).
		bw.Reset(w.f)
		n := uint64(len(lines))
		w.failed.Add(n)
		w.lost.Add(n)
		w.log.Error().Err(err).Uint64("records", n).Msg("alert history: writing the file failed; records are lost")
		return
	}
	w.written.Add(uint64(len(lines)))
}

func (w *File) sync(bw *bufio.Writer) {
	if bw == nil {
		return
	}
	err := bw.Flush()
	if err == nil {
		err = w.f.Sync()
	}
	if err != nil {
		w.log.Error().Err(err).Msg("alert history: syncing the file failed")
		w.err = err
	}
}

// Close writes what is queued, syncs and closes the file. Records given
// to Record after Close are counted as lost.
func (w *File) Close(ctx context.Context) error {
	err := w.closeFile(ctx)
	st := w.Stats()
	ev := w.log.Info()
	if st.Lost > 0 || st.Failed > 0 {
		ev = w.log.Warn()
	}
	ev.Str("file", w.o.Path).Uint64("recorded", st.Recorded).Uint64("written", st.Written).
		Uint64("failed", st.Failed).Uint64("lost", st.Lost).Msg("alert history closed")
	if st.Lost > 0 {
		return errors.Join(err, fmt.Errorf("alert history: %d records were lost (see the log)", st.Lost))
	}
	return err
}

// closeFile is Close without the count of lost records.
func (w *File) closeFile(ctx context.Context) error {
	w.once.Do(func() {
		w.mu.Lock()
		w.closed = true
		w.mu.Unlock()
		close(w.stop)
	})
	select {
	case <-w.done:
	case <-ctx.Done():
		return fmt.Errorf("alert history: file %s: closing: %w", w.o.Path, ctx.Err())
	}
	var err error
	if w.f != nil {
		err = w.f.Close()
		w.f = nil
	}
	if err == nil && w.err != nil {
		err = w.err
	}
	return err
}

// Stats returns the counters.
func (w *File) Stats() Stats {
	w.mu.Lock()
	n := len(w.pending)
	w.mu.Unlock()
	return Stats{Recorded: w.recorded.Load(), Written: w.written.Load(), Failed: w.failed.Load(),
		Lost: w.lost.Load(), Buffered: n}
}

var _ alerting.History = (*File)(nil)
