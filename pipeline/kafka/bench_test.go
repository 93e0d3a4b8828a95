package kafka

import (
	"context"
	"fmt"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kgo"
)

// BenchmarkSourceFetchAck measures messages per second through Fetch and
// Ack against the in-process broker: 4 partitions, 256-byte values, acks
// from a second goroutine as the pipeline does.
func BenchmarkSourceFetchAck(b *testing.B) {
	const parts = 4
	e := startEmbedded(b, parts)
	topic := fmt.Sprintf("bench-%d", b.N)
	if err := e.CreateTopic(topic, parts); err != nil {
		b.Fatal(err)
	}
	value := make([]byte, 256)
	for i := range value {
		value[i] = 'a' + byte(i%26)
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(e.Addrs()...), kgo.DefaultProduceTopic(topic),
		kgo.ProducerBatchMaxBytes(1<<20), kgo.MaxBufferedRecords(1<<16))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		cl.Produce(ctx, &kgo.Record{Key: fmt.Appendf(nil, "%d", i), Value: value}, func(_ *kgo.Record, err error) {
			if err != nil {
				b.Error(err)
			}
		})
	}
	if err := cl.Flush(ctx); err != nil {
		b.Fatal(err)
	}
	cl.Close()

	cfg := e.Config(topic)
	cfg.GroupID = topic
	s, err := NewSource(cfg, testLog(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	waitFor(b, "partitions assigned", func() bool { return len(s.Stats().Partitions) == parts })

	acks := make(chan Message, 1024)
	done := make(chan struct{})
	go func() {
		for m := range acks {
			s.Ack(m)
		}
		close(done)
	}()
	b.ReportAllocs()
	b.SetBytes(int64(len(value)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m, err := s.Fetch(ctx)
		if err != nil {
			b.Fatal(err)
		}
		acks <- m
	}
	close(acks)
	<-done
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	if st := s.Stats(); st.Pending != 0 {
		b.Fatalf("%d still pending", st.Pending)
	}
}

// BenchmarkWriter measures the plain producer as the demo uses it:
// synchronous WriteMessages calls of 256 records of 256 bytes, nil keys,
// 4 partitions, with the default batching and with alternatives.
func BenchmarkWriter(b *testing.B) {
	e := startEmbedded(b, 4, "wbench")
	for _, pc := range []ProducerConfig{
		{},
		{BatchSize: 100, BatchTimeout: 10 * time.Millisecond},
		{BatchSize: 64, BatchTimeout: time.Millisecond}, // 256 / 4 partitions: batches fill exactly
	} {
		cfg := e.Config()
		cfg.Producer = pc
		name := fmt.Sprintf("size=%d/timeout=%s", cfg.WithDefaults().Producer.BatchSize, cfg.WithDefaults().Producer.BatchTimeout)
		b.Run(name, func(b *testing.B) {
			w, err := NewWriter(cfg, "wbench", testLog(b))
			if err != nil {
				b.Fatal(err)
			}
			defer w.Close()
			value := make([]byte, 256)
			batch := make([]kafkago.Message, 256)
			for i := range batch {
				batch[i] = kafkago.Message{Value: value}
			}
			ctx := context.Background()
			b.ReportAllocs()
			b.SetBytes(int64(len(batch) * len(value)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := w.WriteMessages(ctx, batch...); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*len(batch))/b.Elapsed().Seconds(), "msgs/s")
		})
	}
}
