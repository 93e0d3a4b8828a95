package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// The implementations take the pipeline's seams as they are, with the
// pipeline's own types (package record): no adapter copies a field.
var (
	_ pipeline.Source      = (*kafka.Source)(nil)
	_ pipeline.Health      = (*kafka.Source)(nil)
	_ pipeline.IdleAware   = (*kafka.Source)(nil)
	_ pipeline.DeadLetters = (*kafka.DLQ)(nil)
	_ pipeline.Indexer     = (*elasticsearch.Indexer)(nil)
	_ pipeline.Source      = (*elasticsearch.History)(nil)
)

// upperRedactor stands in for the PII engine, which has its own tests: it
// replaces the word "buyer-secret" so the test can see redaction happened.
type upperRedactor struct{}

func (upperRedactor) RedactText(s string) string { return strings.ReplaceAll(s, "buyer-secret", "[R]") }
func (r upperRedactor) RedactEvent(ev *event.Event) {
	for i := range ev.Fields {
		if ev.Fields[i].Value.Kind == event.String {
			ev.Fields[i].Value.Str = r.RedactText(ev.Fields[i].Value.Str)
		}
	}
}

type safeBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *safeBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *safeBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// The Kafka source is told the pipeline's idle time (pipeline.IdleAware),
// so that its alignment and the watermark give up on a silent partition
// together.
func TestKafkaSourceIsIdleAware(t *testing.T) {
	if _, ok := any((*kafka.Source)(nil)).(pipeline.IdleAware); !ok {
		t.Fatal("*kafka.Source does not implement pipeline.IdleAware")
	}
}

// TestKafkaToElasticsearchAtLeastOnce produces logs into a real Kafka
// protocol broker, indexes them into the fake Elasticsearch, cancels in the
// middle of the stream and restarts: every event ends up indexed exactly
// once by id or dead-lettered with its reason, none is lost, and no committed
// offset is ever ahead of what was indexed or dead-lettered.
func TestKafkaToElasticsearchAtLeastOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("integration")
	}
	const n = 3000
	emb, err := kafka.StartEmbedded(3, "logs")
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	log := zerolog.Nop()

	// Produce: every 100th line is malformed, every 250th has a field
	// Elasticsearch refuses (a string where the template maps a number).
	w, err := kafka.NewWriter(emb.Config("logs"), "logs", log)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	var msgs []kafkago.Message
	wantMalformed, wantRejected := 0, 0
	for i := 0; i < n; i++ {
		var line string
		switch {
		case i%100 == 99:
			line = fmt.Sprintf(`{"@timestamp":"%s","message":"cut buyer-secret`, t0.Format(time.RFC3339))
			wantMalformed++
		case i%250 == 0:
			line = fmt.Sprintf(`{"@timestamp":%q,"service":{"name":"order-sync"},"http":{"response":{"status_code":"n/a"}},"seq":%d}`, t0.Add(time.Duration(i)*time.Second).Format(time.RFC3339), i)
			wantRejected++
		default:
			line = fmt.Sprintf(`{"@timestamp":%q,"service":{"name":"order-sync"},"message":"order for buyer-secret","seq":%d}`, t0.Add(time.Duration(i)*time.Second).Format(time.RFC3339), i)
		}
		msgs = append(msgs, kafkago.Message{Key: []byte(fmt.Sprint(i)), Value: []byte(line)})
	}
	if err := w.WriteMessages(context.Background(), msgs...); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	ends, err := emb.EndOffsets("logs")
	if err != nil {
		t.Fatal(err)
	}

	es := estest.NewServer(t)
	// Some documents meet a full queue (429) on their first attempt.
	es.ItemFault(func(index, id string, attempt int) int {
		if attempt == 1 && strings.HasSuffix(id, "7") {
			return 429
		}
		return 0
	})
	dlqOut := &safeBuffer{}
	dlq := pipeline.NewFileDLQ(dlqOut)

	run := func(stopAt func() bool) {
		kcfg := emb.Config("logs")
		kcfg.GroupID = "it"
		src, err := kafka.NewSource(kcfg, log)
		if err != nil {
			t.Fatal(err)
		}
		ix, err := elasticsearch.New(elasticsearch.Config{URLs: []string{es.URL}, Index: "logs-{service.name}-{yyyy.MM.dd}",
			FlushInterval: 20 * time.Millisecond, FlushBytes: 16 << 10, BackoffMin: time.Millisecond, BackoffMax: 20 * time.Millisecond}, log)
		if err != nil {
			t.Fatal(err)
		}
		if err := ix.Setup(context.Background()); err != nil {
			t.Fatal(err)
		}
		p, err := pipeline.New(pipeline.Config{Workers: 2, QueueSize: 64, Log: log,
			IndexName: func(ev *event.Event) string {
				return elasticsearch.IndexName("logs-{service.name}-{yyyy.MM.dd}", ev.Time, ev.Text)
			}},
			pipeline.Stages{Source: src, Redact: upperRedactor{}, Index: ix, DLQ: dlq})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- p.Run(ctx) }()
		deadline := await.After(t, 60*time.Second)
	wait:
		for !stopAt() {
			select {
			case <-deadline:
				t.Error("timed out")
				break wait
			case <-time.After(5 * time.Millisecond):
			}
		}
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		closeCtx, closeCancel := context.WithTimeout(context.Background(), await.Within(t, 10*time.Second))
		_ = ix.Close(closeCtx)
		closeCancel()
		p.Wait()
		if err := src.Close(); err != nil {
			t.Fatal(err)
		}
	}

	indexedOrDead := func() map[string]bool {
		got := map[string]bool{}
		for _, idx := range es.Indices() {
			for id := range es.Docs(idx) {
				got[id] = true
			}
		}
		for _, l := range strings.Split(strings.TrimSpace(dlqOut.String()), "\n") {
			if l == "" {
				continue
			}
			var dl struct {
				Topic     string
				Partition int
				Offset    int64
			}
			if err := json.Unmarshal([]byte(l), &dl); err != nil {
				t.Fatalf("dlq line %q: %v", l, err)
			}
			got[event.Source{Topic: dl.Topic, Partition: dl.Partition, Offset: dl.Offset}.ID()] = true
		}
		return got
	}
	checkCommits := func(phase string) {
		done := indexedOrDead()
		for part, committed := range emb.Committed("it")["logs"] {
			for off := int64(0); off < committed; off++ {
				if id := (event.Source{Topic: "logs", Partition: part, Offset: off}).ID(); !done[id] {
					t.Fatalf("%s: partition %d committed at %d but offset %d is neither indexed nor dead-lettered", phase, part, committed, off)
				}
			}
		}
	}

	// Phase 1: stop in the middle of the stream.
	run(func() bool { return es.Count("logs-*") >= n/3 })
	checkCommits("after the cancel")
	if got := len(indexedOrDead()); got >= n {
		t.Fatalf("phase 1 processed everything (%d); the cancel was not in the middle", got)
	}

	// Phase 2: restart in the same group and finish.
	run(func() bool { return len(indexedOrDead()) >= n })
	checkCommits("after the restart")

	done := indexedOrDead()
	for part, end := range ends {
		for off := int64(0); off < end; off++ {
			if id := (event.Source{Topic: "logs", Partition: part, Offset: off}).ID(); !done[id] {
				t.Errorf("lost: %s", id)
			}
		}
	}
	if got, want := es.Count("logs-*"), n-wantMalformed-wantRejected; got != want {
		t.Errorf("indexed %d documents, want exactly %d", got, want)
	}
	dlqText := dlqOut.String()
	if strings.Contains(dlqText, "buyer-secret") {
		t.Error("a dead letter was not redacted")
	}
	if c := strings.Count(dlqText, `"reason":"invalid_json"`); c < wantMalformed {
		t.Errorf("%d invalid_json dead letters, want at least %d", c, wantMalformed)
	}
	if c := strings.Count(dlqText, `"reason":"index_rejected: 400 `); c < wantRejected {
		t.Errorf("%d rejected dead letters, want at least %d:\n%.500s", c, wantRejected, dlqText)
	}
	for _, idx := range es.Indices() {
		for id, body := range es.Docs(idx) {
			if bytes.Contains(body, []byte("buyer-secret")) {
				t.Fatalf("%s indexed unredacted", id)
			}
		}
	}
	committed := emb.Committed("it")["logs"]
	for part, end := range ends {
		if committed[part] != end {
			t.Errorf("partition %d committed %d, end %d", part, committed[part], end)
		}
	}
}
