package kafka

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

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
	ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 30*time.Second))
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
	ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 10*time.Second))
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
	ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 15*time.Second))
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

// expectOnlyNew asserts that s has nothing left to deliver on the given
// partitions of topic but what is written from now on: it writes one
// record to each, and the next records Fetch returns are exactly those, at
// the partitions' end offsets. A record delivered again, or one the source
// went back to, is ahead of them in its partition and would come first.
func expectOnlyNew(t testing.TB, s *Source, e *Embedded, topic string, partitions ...int) {
	t.Helper()
	ends, err := e.EndOffsets(topic)
	if err != nil {
		t.Fatal(err)
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(e.Addrs()...), kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerLinger(0))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	recs := make([]*kgo.Record, 0, len(partitions))
	for _, p := range partitions {
		recs = append(recs, &kgo.Record{Topic: topic, Partition: int32(p), Value: []byte("sentinel")})
	}
	if err := cl.ProduceSync(context.Background(), recs...).FirstErr(); err != nil {
		t.Fatalf("produce: %v", err)
	}
	for _, m := range fetchN(t, s, len(partitions)) {
		if string(m.Value) != "sentinel" || m.Offset != ends[m.Partition] {
			t.Fatalf("delivered %s/%d@%d (%q) before the record written after it, at %d", m.Topic, m.Partition, m.Offset, m.Value, ends[m.Partition])
		}
	}
}

// expectFetchBlocked asserts that Fetch is held by Config.MaxPending and
// not by a lack of records: a partition's pump holds a record cleared to
// go, every pending slot is taken, and so Fetch with an ended context
// returns that context's error (it can take neither a slot nor the record).
func expectFetchBlocked(t testing.TB, s *Source) {
	t.Helper()
	waitFor(t, "a record waiting for Fetch", func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		for _, p := range s.parts {
			if p.ready {
				return true
			}
		}
		return false
	})
	if n, c := len(s.slots), cap(s.slots); n != c {
		t.Fatalf("%d of %d pending slots taken; want all", n, c)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for range 10 {
		if m, err := s.Fetch(ctx); err == nil {
			t.Fatalf("unexpected message %s/%d@%d beyond MaxPending", m.Topic, m.Partition, m.Offset)
		} else if !errors.Is(err, context.Canceled) {
			t.Fatalf("Fetch: %v", err)
		}
	}
}

// commitLog records every offset commit the embedded broker receives, in
// order, as "partition@offset" per topic.
type commitLog struct {
	mu  sync.Mutex
	got map[string][]string
}

func watchCommits(e *Embedded) *commitLog {
	l := &commitLog{got: map[string][]string{}}
	e.c.ControlKey(int16(kmsg.OffsetCommit), func(req kmsg.Request) (kmsg.Response, error, bool) {
		r := req.(*kmsg.OffsetCommitRequest)
		l.mu.Lock()
		defer l.mu.Unlock()
		for _, tp := range r.Topics {
			for _, p := range tp.Partitions {
				l.got[tp.Topic] = append(l.got[tp.Topic], fmt.Sprintf("%d@%d", p.Partition, p.Offset))
			}
		}
		return nil, nil, false // observe only
	})
	return l
}

// of returns the commits of topic so far.
func (l *commitLog) of(topic string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.got[topic])
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
