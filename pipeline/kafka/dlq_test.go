package kafka

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/brianvoe/gofakeit/v7"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/pipeline/record"
)

func TestDLQRoundTrip(t *testing.T) {
	e := startEmbedded(t, 2, "orders", "payments")
	faker := gofakeit.New(42)
	at := time.Date(2026, 11, 25, 8, 3, 0, 123456789, time.FixedZone("X", 3600))
	letters := []DeadLetter{
		{Reason: "decode_error", Source: event.Source{Topic: "orders", Partition: 1, Offset: 17}, Original: []byte(`{"message":"[redacted] bought ` + faker.ProductName() + `"`), At: at},
		{Reason: "mapping_conflict", Source: event.Source{Topic: "payments", Partition: 0, Offset: 3}, Original: []byte("not json \xff, \"quoted\"\n"), At: at.Add(time.Second)},
		{Reason: "decode_error", Source: event.Source{Topic: "orders", Partition: 0, Offset: 0}, Original: nil, At: at.Add(2 * time.Second)},
	}
	cases := []struct {
		name     string
		dlqTopic string
		topicFor func(src string) string
	}{
		{"per source topic", "", func(src string) string { return src + ".dlq" }},
		{"one topic", "vigil-dead-letters", func(string) string { return "vigil-dead-letters" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := e.Config()
			cfg.DLQTopic = tc.dlqTopic
			d, err := NewDLQ(cfg, testLog(t))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 10*time.Second))
			defer cancel()
			for _, dl := range letters {
				if err := d.Send(ctx, dl); err != nil {
					t.Fatalf("send: %v", err)
				}
			}
			if err := d.Close(); err != nil {
				t.Fatal(err)
			}
			want := map[string][]DeadLetter{}
			for _, dl := range letters {
				want[tc.topicFor(dl.Topic)] = append(want[tc.topicFor(dl.Topic)], dl)
			}
			for topic, dls := range want {
				recs := consumeAll(t, e.Addrs(), topic, len(dls))
				if len(recs) != len(dls) {
					t.Fatalf("%s holds %d records, want %d", topic, len(recs), len(dls))
				}
				for _, r := range recs {
					got, err := record.DecodeDeadLetter(r.Value)
					if err != nil {
						t.Fatal(err)
					}
					var orig *DeadLetter
					for i := range dls {
						if dls[i].Topic == got.Topic && dls[i].Offset == got.Offset {
							orig = &dls[i]
						}
					}
					if orig == nil {
						t.Fatalf("unexpected dead letter %+v", got)
					}
					if got.Reason != orig.Reason || got.Partition != orig.Partition || !got.At.Equal(orig.At) ||
						string(got.Original) != strings.ToValidUTF8(string(orig.Original), "\uFFFD") {
						t.Fatalf("decoded %+v\nwant    %+v", got, *orig)
					}
					if k := fmt.Sprintf("%s/%d/%d", orig.Topic, orig.Partition, orig.Offset); string(r.Key) != k {
						t.Fatalf("key %q, want %q", r.Key, k)
					}
					headers := map[string]string{}
					for _, h := range r.Headers {
						headers[h.Key] = string(h.Value)
					}
					wantHeaders := map[string]string{
						HeaderReason:          orig.Reason,
						HeaderSourceTopic:     orig.Topic,
						HeaderSourcePartition: fmt.Sprint(orig.Partition),
						HeaderSourceOffset:    fmt.Sprint(orig.Offset),
						HeaderAt:              orig.At.UTC().Format(time.RFC3339Nano),
					}
					for k, v := range wantHeaders {
						if headers[k] != v {
							t.Errorf("header %s = %q, want %q", k, headers[k], v)
						}
					}
				}
			}
		})
	}
}

func TestDLQSendHonoursContext(t *testing.T) {
	// Nothing listens on this port: every attempt fails to connect.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	d, err := NewDLQ(Config{Brokers: []string{addr}, Group: GroupConfig{DialTimeout: 100 * time.Millisecond}}, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	err = d.Send(ctx, DeadLetter{Reason: "x", Source: event.Source{Topic: "t"}, At: time.Unix(0, 0)})
	if err == nil || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a deadline error", err)
	}
	if !strings.Contains(err.Error(), `"t.dlq"`) {
		t.Fatalf("error does not name the topic: %v", err)
	}
}

func TestRetriable(t *testing.T) {
	cases := []struct {
		name string
		err  error
		want bool
	}{
		{"leader moved", kafkago.NotLeaderForPartition, true},
		{"unknown topic yet", kafkago.UnknownTopicOrPartition, true},
		{"not enough replicas", kafkago.NotEnoughReplicas, true},
		{"authorization", kafkago.TopicAuthorizationFailed, false},
		{"sasl", kafkago.SASLAuthenticationFailed, false},
		{"too large (broker)", kafkago.MessageSizeTooLarge, false},
		{"too large (client)", kafkago.MessageTooLargeError{}, false},
		{"write errors temporary", kafkago.WriteErrors{kafkago.LeaderNotAvailable}, true},
		{"write errors permanent", kafkago.WriteErrors{kafkago.InvalidTopic}, false},
		{"wrapped", fmt.Errorf("x: %w", kafkago.RequestTimedOut), true},
		{"network", &net.OpError{Op: "dial", Err: errors.New("refused")}, true},
		{"eof", io.ErrUnexpectedEOF, true},
		{"canceled", context.Canceled, false},
	}
	for _, tc := range cases {
		if got := retriable(tc.err); got != tc.want {
			t.Errorf("%s: retriable = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestWriterAsyncReportsFailures(t *testing.T) {
	e := startEmbedded(t, 1, "sim")
	cfg := e.Config()
	cfg.Producer.Async = true
	w, err := NewWriter(cfg, "sim", testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i := 0; i < 50; i++ {
		if err := w.WriteMessages(ctx, kafkago.Message{Value: fmt.Appendf(nil, "%d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	// Acknowledged to the writer, not only on the broker: a batch on the
	// broker whose answer has not reached the writer yet would be retried
	// against the closed broker below and counted as failed.
	waitFor(t, "50 records acknowledged", func() bool { return w.Written()+w.Failed() >= 50 })
	if ends, err := e.EndOffsets("sim"); err != nil || ends[0] != 50 {
		t.Fatalf("end offsets %v, %v; want 50", ends, err)
	}
	if w.Failed() != 0 {
		t.Fatalf("%d failures", w.Failed())
	}

	// With the broker gone, an asynchronous write returns at once, fails
	// later, and is reported by Failed and Close.
	e.Close()
	if err := w.WriteMessages(ctx, kafkago.Message{Value: []byte("lost")}); err != nil {
		t.Fatalf("async write returned %v at once", err)
	}
	err = w.Close()
	if err == nil || w.Failed() != 1 || !strings.Contains(err.Error(), "1 messages failed") {
		t.Fatalf("close err = %v, failed = %d; want the failed record reported", err, w.Failed())
	}
}
