package localindex_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/localindex"
)

func newIndex(t testing.TB, opts ...localindex.Option) *localindex.Index {
	t.Helper()
	x, err := localindex.New(filepath.Join(t.TempDir(), "index"), zerolog.Nop(), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = x.Close() })
	return x
}

// outcome records Done calls for one document.
type outcome struct {
	calls atomic.Int32
	err   atomic.Value
	ch    chan struct{}
}

func doc(index, id, body string) (localindex.Document, *outcome) {
	o := &outcome{ch: make(chan struct{})}
	return localindex.Document{Index: index, ID: id, Body: []byte(body), Done: func(err error) {
		if o.calls.Add(1) == 1 {
			if err != nil {
				o.err.Store(err)
			}
			close(o.ch)
		}
	}}, o
}

func (o *outcome) error() error {
	e, _ := o.err.Load().(error)
	return e
}

func (o *outcome) wait(t *testing.T) error {
	t.Helper()
	select {
	case <-o.ch:
	case <-await.After(t, 10*time.Second): // safety net, not a timing goal
		t.Fatal("Done never called")
	}
	return o.error()
}

func TestWriteAndLoad(t *testing.T) {
	x := newIndex(t)
	docs := []struct{ index, id, body string }{
		{"logs-amazon-2026.11.25", "orders/0/1", `{"message":"a","n":1}`},
		{"logs-amazon-2026.11.25", "orders/0/2", "{\n  \"message\": \"pretty\"\n}"},
		{"logs-shopify-2026.11.25", "orders/1/7", `{"message":"c"}`},
		{"logs-amazon-2026.11.25", "orders/0/1", `{"message":"a","n":2}`}, // replay of the same id
	}
	var outs []*outcome
	for _, d := range docs {
		dd, o := doc(d.index, d.id, d.body)
		if err := x.Add(context.Background(), dd); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, o)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	for i, o := range outs {
		if err := o.wait(t); err != nil || o.calls.Load() != 1 {
			t.Errorf("doc %d: Done(%v) called %d times", i, err, o.calls.Load())
		}
	}
	raw, err := os.ReadFile(x.Path("logs-amazon-2026.11.25"))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"_index":"logs-amazon-2026.11.25","_id":"orders/0/1","_source":{"message":"a","n":1}}` + "\n" +
		`{"_index":"logs-amazon-2026.11.25","_id":"orders/0/2","_source":{"message":"pretty"}}` + "\n" +
		`{"_index":"logs-amazon-2026.11.25","_id":"orders/0/1","_source":{"message":"a","n":2}}` + "\n"
	if string(raw) != want {
		t.Errorf("file:\n%s\nwant:\n%s", raw, want)
	}
	got, lines, err := localindex.Load(x.Path("logs-amazon-2026.11.25"))
	if err != nil {
		t.Fatal(err)
	}
	if lines != 3 || len(got) != 2 || string(got["orders/0/1"]) != `{"message":"a","n":2}` {
		t.Errorf("Load = %d lines, %v", lines, got)
	}
	if st := x.Stats(); st.Added != 4 || st.Written != 4 || st.Bytes != uint64(len(raw))+uint64(fileSize(t, x.Path("logs-shopify-2026.11.25"))) {
		t.Errorf("Stats = %+v", st)
	}
}

func fileSize(t *testing.T, p string) int64 {
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

func TestDoneOnlyAfterFlush(t *testing.T) {
	x := newIndex(t, localindex.WithFlushInterval(0), localindex.WithBufferBytes(1<<20))
	var outs []*outcome
	for i := range 10 {
		d, o := doc("logs-f", fmt.Sprint(i), `{"i":1}`)
		if err := x.Add(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, o)
	}
	for i, o := range outs {
		if o.calls.Load() != 0 {
			t.Fatalf("doc %d: Done called before its line was flushed", i)
		}
	}
	if n := fileSize(t, x.Path("logs-f")); n != 0 {
		t.Fatalf("file has %d bytes before the flush", n)
	}
	x.Flush()
	for i, o := range outs {
		if o.calls.Load() != 1 || o.error() != nil {
			t.Errorf("doc %d: %d Done calls, err %v after Flush", i, o.calls.Load(), o.error())
		}
	}
	if _, lines, err := localindex.Load(x.Path("logs-f")); err != nil || lines != 10 {
		t.Errorf("after Flush: %d lines, %v", lines, err)
	}
}

func TestPeriodicFlush(t *testing.T) {
	x := newIndex(t, localindex.WithFlushInterval(5*time.Millisecond))
	d, o := doc("logs-p", "1", `{"a":1}`)
	if err := x.Add(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := o.wait(t); err != nil {
		t.Fatal(err)
	}
	if _, lines, err := localindex.Load(x.Path("logs-p")); err != nil || lines != 1 {
		t.Errorf("after the periodic flush: %d lines, %v", lines, err)
	}
}

func TestFullBufferFlushesInAdd(t *testing.T) {
	x := newIndex(t, localindex.WithFlushInterval(0), localindex.WithBufferBytes(200))
	var outs []*outcome
	for i := range 5 {
		d, o := doc("logs-b", fmt.Sprint(i), `{"padding":"`+strings.Repeat("x", 40)+`"}`)
		if err := x.Add(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, o)
	}
	// Each line is ~80 bytes: the third Add crosses 200 bytes and flushes.
	for i, o := range outs {
		want := int32(0)
		if i < 3 {
			want = 1
		}
		if o.calls.Load() != want {
			t.Errorf("doc %d: %d Done calls, want %d", i, o.calls.Load(), want)
		}
	}
}

func TestRejected(t *testing.T) {
	dir := t.TempDir()
	x, err := localindex.New(filepath.Join(dir, "index"), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	tests := []struct {
		name, index, body, wantType string
	}{
		{"path traversal", "../escape", `{}`, "invalid_index_name_exception"},
		{"slash", "logs/x", `{}`, "invalid_index_name_exception"},
		{"uppercase", "Logs", `{}`, "invalid_index_name_exception"},
		{"hidden", ".logs", `{}`, "invalid_index_name_exception"},
		{"empty index", "", `{}`, "invalid_index_name_exception"},
		{"empty body", "logs-r", ``, "document_parsing_exception"},
		{"array body", "logs-r", `[1]`, "document_parsing_exception"},
		{"broken body", "logs-r", `{"a":`, "document_parsing_exception"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, o := doc(tc.index, "1", tc.body)
			if err := x.Add(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			var rej *elasticsearch.RejectedError
			if err := o.wait(t); !errors.As(err, &rej) || rej.Type != tc.wantType || rej.Status != 400 {
				t.Errorf("Done(%v), want RejectedError %s", err, tc.wantType)
			}
		})
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files outside the index dir: %v", entries)
	}
	if st := x.Stats(); st.Rejected != uint64(len(tests)) || st.Written != 0 {
		t.Errorf("Stats = %+v", st)
	}
}

func TestAddRefused(t *testing.T) {
	x := newIndex(t)
	d, o := doc("logs-c", "1", `{}`)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := x.Add(ctx, d); !errors.Is(err, context.Canceled) {
		t.Errorf("Add(cancelled) = %v", err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Errorf("second Close = %v", err)
	}
	if err := x.Add(context.Background(), d); !errors.Is(err, elasticsearch.ErrClosed) {
		t.Errorf("Add after Close = %v, want ErrClosed", err)
	}
	if o.calls.Load() != 0 {
		t.Error("Done called for a refused document")
	}
}

func TestConcurrentAdds(t *testing.T) {
	x := newIndex(t, localindex.WithFlushInterval(time.Millisecond), localindex.WithBufferBytes(4096))
	const writers, each = 8, 200
	var wg sync.WaitGroup
	var dones atomic.Int64
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				err := x.Add(context.Background(), localindex.Document{
					Index: fmt.Sprintf("logs-%d", w%3), ID: fmt.Sprintf("%d/%d", w, i),
					Body: []byte(`{"w":1}`),
					Done: func(err error) {
						if err != nil {
							t.Error(err)
						}
						dones.Add(1)
					},
				})
				if err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if dones.Load() != writers*each {
		t.Errorf("%d Done calls, want %d", dones.Load(), writers*each)
	}
	total := 0
	for i := range 3 {
		docs, lines, err := localindex.Load(x.Path(fmt.Sprintf("logs-%d", i)))
		if err != nil {
			t.Fatal(err)
		}
		if lines != len(docs) {
			t.Errorf("index %d: %d lines for %d ids", i, lines, len(docs))
		}
		total += lines
	}
	if total != writers*each {
		t.Errorf("%d lines, want %d", total, writers*each)
	}
}

func TestLoadErrors(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.ndjson")
	if err := os.WriteFile(p, []byte(`{"_index":"x","_id":"1","_source":{}}`+"\nnot json\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := localindex.Load(p); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("Load = %v, want an error at line 2", err)
	}
	if _, _, err := localindex.Load(p + ".missing"); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}

func BenchmarkAdd(b *testing.B) {
	x := newIndex(b)
	body := []byte(`{"@timestamp":"2026-11-25T08:00:00Z","service":{"name":"amazon-api"},"log.level":"info","message":"order synced","http":{"response":{"status_code":200}}}`)
	var n atomic.Int64
	done := func(error) { n.Add(1) }
	ctx := context.Background()
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	start := time.Now()
	i := 0
	for b.Loop() {
		i++
		if err := x.Add(ctx, localindex.Document{Index: "logs-bench", ID: fmt.Sprint(i), Body: body, Done: done}); err != nil {
			b.Fatal(err)
		}
	}
	x.Flush()
	b.ReportMetric(float64(i)/time.Since(start).Seconds(), "docs/s")
	if n.Load() != int64(i) {
		b.Fatalf("%d Done calls for %d docs", n.Load(), i)
	}
}

func TestIDEscaping(t *testing.T) {
	x := newIndex(t)
	ids := []string{`plain`, `q"uote`, `back\slash`, "new\nline", "ctl\x01\x7f", "ünï/códe"}
	for _, id := range ids {
		d, _ := doc("logs-e", id, `{}`)
		if err := x.Add(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	docs, lines, err := localindex.Load(x.Path("logs-e"))
	if err != nil || lines != len(ids) {
		t.Fatalf("Load: %d lines, %v", lines, err)
	}
	for _, id := range ids {
		if _, ok := docs[id]; !ok {
			t.Errorf("id %q did not round-trip; have %v", id, docs)
		}
	}
}
