package kafka

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/vigilops/vigil/internal/await"
)

// testLog writes to the test log when -v is given and VIGIL_TEST_LOG is set;
// otherwise it is silent.
func testLog(t testing.TB) zerolog.Logger {
	if os.Getenv("VIGIL_TEST_LOG") == "" {
		return zerolog.Nop()
	}
	return zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.DebugLevel)
}

func startEmbedded(t testing.TB, partitions int, topics ...string) *Embedded {
	t.Helper()
	e, err := StartEmbedded(partitions, topics...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	return e
}

// produce writes perPartition records to every partition of topic with an
// independent client (franz-go), values "topic/partition/i".
func produce(t testing.TB, addrs []string, topic string, partitions, perPartition int, extra ...kgo.Opt) {
	t.Helper()
	cl, err := kgo.NewClient(append([]kgo.Opt{
		kgo.SeedBrokers(addrs...),
		kgo.RecordPartitioner(kgo.ManualPartitioner()),
		kgo.ProducerLinger(0),
	}, extra...)...)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	recs := make([]*kgo.Record, 0, partitions*perPartition)
	for p := 0; p < partitions; p++ {
		for i := 0; i < perPartition; i++ {
			recs = append(recs, &kgo.Record{
				Topic:     topic,
				Partition: int32(p),
				Key:       fmt.Appendf(nil, "k%d", i),
				Value:     fmt.Appendf(nil, "%s/%d/%d", topic, p, i),
			})
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
		t.Fatalf("produce: %v", err)
	}
}

// consumeAll reads every record of topic from the start with an independent
// client until want records arrived.
func consumeAll(t testing.TB, addrs []string, topic string, want int) []*kgo.Record {
	t.Helper()
	cl, err := kgo.NewClient(
		kgo.SeedBrokers(addrs...),
		kgo.ConsumeTopics(topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
	)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out []*kgo.Record
	for len(out) < want {
		fs := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			t.Fatalf("consumed %d of %d records from %s: %v", len(out), want, topic, ctx.Err())
		}
		fs.EachError(func(topic string, p int32, err error) {
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Logf("fetch %s/%d: %v", topic, p, err)
			}
		})
		out = append(out, fs.Records()...)
	}
	return out
}

// fetchN fetches n messages or fails.
func fetchN(t testing.TB, s *Source, n int) []Message {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	out := make([]Message, 0, n)
	for len(out) < n {
		m, err := s.Fetch(ctx)
		if err != nil {
			t.Fatalf("fetched %d of %d: %v", len(out), n, err)
		}
		out = append(out, m)
	}
	return out
}

// expectNoMore asserts that nothing else is delivered within d.
func expectNoMore(t testing.TB, s *Source, d time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	if m, err := s.Fetch(ctx); err == nil {
		t.Fatalf("unexpected extra message %s/%d@%d", m.Topic, m.Partition, m.Offset)
	} else if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Fetch: %v", err)
	}
}

// waitFor polls cond until it holds or fails after 10s (see internal/await).
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	await.Until(t, what, 10*time.Second, cond)
}

// offsetsByPartition groups fetched offsets, sorted.
func offsetsByPartition(ms []Message) map[int][]int64 {
	out := map[int][]int64{}
	for _, m := range ms {
		out[m.Partition] = append(out[m.Partition], m.Offset)
	}
	for _, o := range out {
		sort.Slice(o, func(i, j int) bool { return o[i] < o[j] })
	}
	return out
}

func seq(from, to int64) []int64 {
	var out []int64
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}
