package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
)

type sliceSource struct {
	mu    sync.Mutex
	msgs  []Message
	i     int
	acked map[int64]int
	block chan struct{} // when set, Fetch past the end blocks until ctx ends
	// onFetch, when set, is called with the number of messages fetched so
	// far each time Fetch hands one out.
	onFetch func(n int)
}

func newSliceSource(lines ...string) *sliceSource {
	s := &sliceSource{acked: map[int64]int{}}
	for i, l := range lines {
		s.msgs = append(s.msgs, Message{Value: []byte(l), Source: event.Source{Topic: "logs", Partition: 0, Offset: int64(i)}})
	}
	return s
}

func (s *sliceSource) Fetch(ctx context.Context) (Message, error) {
	s.mu.Lock()
	if s.i < len(s.msgs) {
		m := s.msgs[s.i]
		s.i++
		n := s.i
		s.mu.Unlock()
		if s.onFetch != nil {
			s.onFetch(n)
		}
		return m, nil
	}
	s.mu.Unlock()
	if s.block != nil {
		<-ctx.Done()
		return Message{}, ctx.Err()
	}
	return Message{}, io.EOF
}

func (s *sliceSource) Ack(m Message) {
	s.mu.Lock()
	s.acked[m.Source.Offset]++
	s.mu.Unlock()
}

func (s *sliceSource) fetchedCount() int { s.mu.Lock(); defer s.mu.Unlock(); return s.i }

type fakeRedactor struct{}

func (fakeRedactor) RedactText(s string) string { return strings.ReplaceAll(s, "secret", "[R]") }
func (f fakeRedactor) RedactEvent(ev *event.Event) {
	for i := range ev.Fields {
		if ev.Fields[i].Value.Kind == event.String {
			ev.Fields[i].Value.Str = f.RedactText(ev.Fields[i].Value.Str)
		}
	}
}

// fakeIndexer completes documents asynchronously with an outcome chosen per id.
type fakeIndexer struct {
	mu      sync.Mutex
	docs    map[string]Document
	outcome func(id string) error
	gate    chan struct{} // when set, each Add waits for a token
	passed  atomic.Int64  // Adds past the gate
}

func (f *fakeIndexer) Add(ctx context.Context, d Document) error {
	if f.gate != nil {
		select {
		case <-f.gate:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	f.passed.Add(1)
	var err error
	if f.outcome != nil {
		err = f.outcome(d.ID)
	}
	if err == nil {
		f.mu.Lock()
		if f.docs == nil {
			f.docs = map[string]Document{}
		}
		f.docs[d.ID] = d
		f.mu.Unlock()
	}
	go d.Done(err)
	return nil
}

type fakeDLQ struct {
	mu      sync.Mutex
	got     []DeadLetter
	failing atomic.Int32
}

func (f *fakeDLQ) Send(_ context.Context, dl DeadLetter) error {
	if f.failing.Add(-1) >= 0 {
		return errors.New("broker unavailable")
	}
	f.mu.Lock()
	f.got = append(f.got, dl)
	f.mu.Unlock()
	return nil
}

type recordingEval struct {
	seen     []time.Time
	advances []time.Time
}

func (r *recordingEval) Observe(ev *event.Event) { r.seen = append(r.seen, ev.Time) }
func (r *recordingEval) Advance(wm time.Time) []alert.Alert {
	r.advances = append(r.advances, wm)
	return []alert.Alert{{Rule: "r", Status: alert.Firing, StartsAt: wm}}
}

type recordingSink struct {
	mu     sync.Mutex
	alerts []alert.Alert
	ticks  []time.Time
}

func (r *recordingSink) Submit(a alert.Alert) {
	r.mu.Lock()
	r.alerts = append(r.alerts, a)
	r.mu.Unlock()
}
func (r *recordingSink) Tick(t time.Time) { r.mu.Lock(); r.ticks = append(r.ticks, t); r.mu.Unlock() }

func line(ts time.Time, msg string) string {
	return fmt.Sprintf(`{"@timestamp":%q,"service":{"name":"order-sync"},"message":%q}`, ts.Format(time.RFC3339), msg)
}

var t0 = time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)

func run(t *testing.T, cfg Config, st Stages) *Pipeline {
	t.Helper()
	cfg.Log = zerolog.Nop()
	cfg.RetryMin, cfg.RetryMax = time.Millisecond, 2*time.Millisecond
	p, err := New(cfg, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	p.Wait()
	return p
}

func TestEveryEventIndexedRedactedAndAcked(t *testing.T) {
	var lines []string
	for i := 0; i < 500; i++ {
		lines = append(lines, line(t0.Add(time.Duration(i)*time.Second), "token secret "+fmt.Sprint(i)))
	}
	src := newSliceSource(lines...)
	idx := &fakeIndexer{}
	p := run(t, Config{Workers: 4, QueueSize: 8, IndexName: func(ev *event.Event) string { return "logs-" + ev.Text("service.name") }},
		Stages{Source: src, Redact: fakeRedactor{}, Index: idx})
	if len(idx.docs) != 500 {
		t.Fatalf("indexed %d docs, want 500", len(idx.docs))
	}
	for off := int64(0); off < 500; off++ {
		if src.acked[off] != 1 {
			t.Fatalf("offset %d acked %d times", off, src.acked[off])
		}
		d := idx.docs[fmt.Sprintf("logs-0-%d", off)]
		if d.Index != "logs-order-sync" || bytes.Contains(d.Body, []byte("secret")) || !bytes.Contains(d.Body, []byte("[R]")) {
			t.Fatalf("doc %d: index %q body %s", off, d.Index, d.Body)
		}
	}
	if s := p.Stats(); s.Indexed != 500 || s.Decoded != 500 || s.Fetched != 500 {
		t.Errorf("stats %+v", s)
	}
}

func TestMalformedLineDeadLetteredRedactedWithRetry(t *testing.T) {
	src := newSliceSource(line(t0, "ok"), `{"@timestamp":"2026-11-25T08:00:00Z","message":"secret`, `{"message":"no time secret"}`)
	dlq := &fakeDLQ{}
	dlq.failing.Store(2) // the first two writes fail
	idx := &fakeIndexer{}
	p := run(t, Config{Workers: 1}, Stages{Source: src, Redact: fakeRedactor{}, Index: idx, DLQ: dlq})
	if len(dlq.got) != 2 {
		t.Fatalf("dead letters %d, want 2", len(dlq.got))
	}
	reasons := map[string]bool{}
	for _, dl := range dlq.got {
		reasons[dl.Reason] = true
		if bytes.Contains(dl.Original, []byte("secret")) {
			t.Errorf("dead letter not redacted: %s", dl.Original)
		}
	}
	if !reasons[event.ReasonInvalidJSON] || !reasons[event.ReasonMissingTimestamp] {
		t.Errorf("reasons %v", reasons)
	}
	for off := int64(0); off < 3; off++ {
		if src.acked[off] != 1 {
			t.Errorf("offset %d acked %d times", off, src.acked[off])
		}
	}
	s := p.Stats()
	if s.DLQRetries != 2 || s.DeadLettered != 2 || s.DeadLetterReasons[event.ReasonInvalidJSON] != 1 {
		t.Errorf("stats %+v", s)
	}
}

func TestRejectedDocumentDeadLetteredAbandonedNotAcked(t *testing.T) {
	src := newSliceSource(line(t0, "a"), line(t0, "b"), line(t0, "c"))
	idx := &fakeIndexer{outcome: func(id string) error {
		switch id {
		case "logs-0-1":
			return &RejectedError{Status: 400, Type: "mapper_parsing_exception", Reason: "failed to parse field [buyer] of type [long]: preview [sensitive]"}
		case "logs-0-2":
			return errors.New("aborted")
		}
		return nil
	}}
	dlq := &fakeDLQ{}
	p := run(t, Config{Workers: 2}, Stages{Source: src, Redact: fakeRedactor{}, Index: idx, DLQ: dlq})
	if src.acked[0] != 1 || src.acked[1] != 1 || src.acked[2] != 0 {
		t.Errorf("acks %v, want 0 and 1 acked, 2 not", src.acked)
	}
	if len(dlq.got) != 1 || dlq.got[0].Reason != "index_rejected: 400 mapper_parsing_exception" || dlq.got[0].Source.Offset != 1 {
		t.Errorf("dead letters %+v", dlq.got)
	}
	if s := p.Stats(); s.Abandoned != 1 || s.Indexed != 1 {
		t.Errorf("stats %+v", s)
	}
}

func TestWatermarkAdvancesEvaluatorInEventTime(t *testing.T) {
	var lines []string
	for i := 0; i <= 60; i++ {
		lines = append(lines, line(t0.Add(time.Duration(i)*time.Second), "x"))
	}
	lines = append(lines, line(t0.Add(5*time.Second), "late")) // far behind the watermark
	src := newSliceSource(lines...)
	ev := &recordingEval{}
	sink := &recordingSink{}
	p := run(t, Config{Workers: 1, Lateness: 10 * time.Second, AdvanceEvery: 20 * time.Second},
		Stages{Source: src, Redact: fakeRedactor{}, Eval: ev, Alerts: sink})
	if len(ev.seen) != 62 {
		t.Fatalf("evaluator saw %d events", len(ev.seen))
	}
	// Watermark trails by 10s: first advance at the first event (t0-10s),
	// then every 20s of event time, and finally to the newest event at EOF.
	want := []time.Time{t0.Add(-10 * time.Second), t0.Add(10 * time.Second), t0.Add(30 * time.Second), t0.Add(50 * time.Second), t0.Add(60 * time.Second)}
	if fmt.Sprint(ev.advances) != fmt.Sprint(want) {
		t.Errorf("advances %v\nwant %v", ev.advances, want)
	}
	if len(sink.alerts) != len(want) || len(sink.ticks) != len(want) {
		t.Errorf("sink got %d alerts %d ticks", len(sink.alerts), len(sink.ticks))
	}
	if s := p.Stats(); s.Late != 1 || !s.Watermark.Equal(t0.Add(60*time.Second)) {
		t.Errorf("late %d watermark %v", s.Late, s.Watermark)
	}
}

func TestBackpressureBoundsFetching(t *testing.T) {
	var lines []string
	for i := 0; i < 1000; i++ {
		lines = append(lines, line(t0, "x"))
	}
	src := newSliceSource(lines...)
	idx := &fakeIndexer{gate: make(chan struct{})}
	const workers, queue = 2, 4
	// Beyond the documents the indexer let through, the pipeline may hold
	// one per worker (waiting in Add), a queue's worth and one in the
	// fetcher's hand. Each fetch is checked against that bound as it
	// happens.
	var beyond atomic.Int64 // the first fetch past the bound, 0 if none
	src.onFetch = func(n int) {
		if n > int(idx.passed.Load())+workers+queue+1 {
			beyond.CompareAndSwap(0, int64(n))
		}
	}
	// At the stop the documents held in Add are abandoned: a short drain,
	// as the indexer never takes them.
	p, err := New(Config{Workers: workers, QueueSize: queue, DrainTimeout: time.Millisecond, Log: zerolog.Nop()},
		Stages{Source: src, Redact: fakeRedactor{}, Index: idx})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- p.Run(ctx) }()
	for i := 0; i < 10; i++ { // let ten documents through
		idx.gate <- struct{}{}
	}
	// The pipeline fills up to its bound (10 indexed + 2 held by workers +
	// 4 queued + 1 in the fetcher's hand): it had every chance to fetch
	// past it, and every fetch it made was checked.
	await(t, "the pipeline fills up to its bound", func() bool { return src.fetchedCount() >= 17 || beyond.Load() != 0 })
	if n := beyond.Load(); n != 0 {
		t.Errorf("fetched message %d while the indexer was stuck; want at most %d beyond what it took", n, workers+queue+1)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	p.Wait()
	// Ten documents got through (with two workers, any ten of the first
	// offsets); each was acknowledged once and nothing else was.
	for off, n := range src.acked {
		if n != 1 {
			t.Errorf("offset %d acked %d times", off, n)
		}
	}
	if len(src.acked) != 10 {
		t.Errorf("%d acked, want 10", len(src.acked))
	}
}

func TestQuietStreamAdvancesWithClock(t *testing.T) {
	src := newSliceSource(line(t0, "only one"))
	src.block = make(chan struct{})
	ev := &recordingEval{}
	// The clock runs ten seconds of event time per call, from 3h after the event.
	var calls atomic.Int64
	clock := func() time.Time { return t0.Add(3*time.Hour + time.Duration(calls.Add(1))*10*time.Second) }
	p, err := New(Config{Workers: 1, Lateness: time.Minute, TickInterval: time.Millisecond, Log: zerolog.Nop(), Clock: clock},
		Stages{Source: src, Redact: fakeRedactor{}, Eval: ev})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- p.Run(ctx) }()
	defer func() { cancel(); <-done }()
	// The stream stays quiet for more than the lateness on the clock, so
	// the clock (less the lateness) moves event time on.
	await(t, "the watermark follows the clock", func() bool { return !p.Stats().Watermark.Before(t0.Add(3 * time.Hour)) })
}

func TestBriefStallDoesNotAdvanceWithClock(t *testing.T) {
	src := newSliceSource(line(t0, "only one"))
	src.block = make(chan struct{})
	// A clock that stands still: the stream is never quiet for a lateness.
	// Each tick reads it once.
	var reads atomic.Int64
	clock := func() time.Time { reads.Add(1); return t0.Add(3 * time.Hour) }
	p, err := New(Config{Workers: 1, Lateness: time.Minute, TickInterval: time.Millisecond, Log: zerolog.Nop(), Clock: clock},
		Stages{Source: src, Redact: fakeRedactor{}, Eval: &tallyEval{}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- p.Run(ctx) }()
	await(t, "the event is evaluated", func() bool { return p.Stats().Evaluated == 1 })
	// The ticks run on the goroutine that evaluated the event: a hundred
	// of them after it, each of which decided not to move event time on.
	after := reads.Load()
	await(t, "a hundred ticks after the event", func() bool { return reads.Load() > after+100 })
	cancel()
	<-done
	if wm := p.Stats().Watermark; !wm.Equal(t0.Add(-time.Minute)) {
		t.Errorf("watermark %v; want the event less lateness (the clock must not jump in)", wm)
	}
}

func TestFileSourceAndDLQ(t *testing.T) {
	in := "a\n\n  \nb\r\nc"
	src := NewFileSource([]string{"-"}, strings.NewReader(in))
	var got []string
	var offs []int64
	for {
		m, err := src.Fetch(context.Background())
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(m.Value))
		offs = append(offs, m.Source.Offset)
	}
	if fmt.Sprint(got) != "[a b c]" || fmt.Sprint(offs) != "[1 4 5]" {
		t.Errorf("lines %q offsets %v", got, offs)
	}
	var buf bytes.Buffer
	d := NewFileDLQ(&buf)
	if err := d.Send(context.Background(), DeadLetter{Reason: "invalid_json", Source: event.Source{Topic: "f", Offset: 4}, Original: []byte("x\"y")}); err != nil {
		t.Fatal(err)
	}
	want := `{"reason":"invalid_json","topic":"f","partition":0,"offset":4,"original":"x\"y"}` + "\n"
	if buf.String() != want {
		t.Errorf("dlq line %s want %s", buf.String(), want)
	}
}

func TestNewRequiresRedactor(t *testing.T) {
	if _, err := New(Config{}, Stages{Source: newSliceSource()}); err == nil {
		t.Error("a pipeline without a redactor was accepted")
	}
}
