package kafka

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/await"
)

func newTestSource(t testing.TB, cfg Config) *Source {
	t.Helper()
	s, err := NewSource(cfg, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// Produce N per partition, fetch all, ack all (concurrently, shuffled),
// Close: the committed offset of every partition is N.
func TestSourceCommitsEverythingAcked(t *testing.T) {
	const parts, per = 3, 40
	e := startEmbedded(t, parts, "logs")
	produce(t, e.Addrs(), "logs", parts, per)

	cfg := e.Config("logs")
	cfg.GroupID = "all-acked"
	s := newTestSource(t, cfg)
	ms := fetchN(t, s, parts*per)

	byPart := offsetsByPartition(ms)
	for p := 0; p < parts; p++ {
		if !slices.Equal(byPart[p], seq(0, per)) {
			t.Fatalf("partition %d delivered %v", p, byPart[p])
		}
	}
	for _, m := range ms {
		if want := fmt.Sprintf("logs/%d/%d", m.Partition, m.Offset); string(m.Value) != want {
			t.Fatalf("value %q, want %q", m.Value, want)
		}
		if m.Time.IsZero() {
			t.Fatalf("message %d/%d has no time", m.Partition, m.Offset)
		}
	}
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Go(func() {
			for i := w; i < len(ms); i += 4 {
				s.Ack(ms[i])
			}
		})
	}
	wg.Wait()
	st := s.Stats()
	if st.Pending != 0 || len(st.Partitions) != parts {
		t.Fatalf("stats after acks: %+v", st)
	}
	for _, p := range st.Partitions {
		if p.Fetched != per || p.Acked != per || p.Next != per || p.Committable != per || p.Lag != 0 {
			t.Fatalf("partition stats %+v", p)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	got := e.Committed("all-acked")["logs"]
	for p := 0; p < parts; p++ {
		if got[p] != per {
			t.Errorf("partition %d committed %d, want %d (all: %v)", p, got[p], per, got)
		}
	}
	if _, err := s.Fetch(context.Background()); !errors.Is(err, io.EOF) {
		t.Errorf("Fetch after Close: %v, want io.EOF", err)
	}
}

// Out-of-order acknowledgements commit only the contiguous prefix, and a
// restart in the same group redelivers from the first unacknowledged offset:
// nothing acknowledged-but-uncovered is lost, nothing below the hole is
// delivered again.
func TestSourceCommitsOnlyContiguousPrefix(t *testing.T) {
	cases := []struct {
		name          string
		n             int
		skip          []int64 // offsets left unacknowledged
		wantCommitted int64
	}{
		{"hole in the middle", 20, []int64{12}, 12},
		{"first unacked", 10, []int64{0}, 0},
		{"two holes", 30, []int64{7, 21}, 7},
		{"all acked", 15, nil, 15},
		{"only last unacked", 15, []int64{14}, 14},
	}
	e := startEmbedded(t, 1)
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			topic := fmt.Sprintf("prefix-%d", i)
			if err := e.CreateTopic(topic, 1); err != nil {
				t.Fatal(err)
			}
			produce(t, e.Addrs(), topic, 1, tc.n)
			cfg := e.Config(topic)
			cfg.GroupID = "g-" + topic
			cfg.CommitInterval = 20 * time.Millisecond

			s := newTestSource(t, cfg)
			ms := fetchN(t, s, tc.n)
			rand.New(rand.NewPCG(uint64(i), 9)).Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
			for _, m := range ms {
				if !slices.Contains(tc.skip, m.Offset) {
					s.Ack(m)
				}
			}
			// The background loop commits the prefix without Close.
			waitFor(t, "background commit", func() bool {
				return e.Committed(cfg.GroupID)[topic][0] == tc.wantCommitted || tc.wantCommitted == 0
			})
			st := s.Stats()
			if p := st.Partitions[0]; p.Committable != tc.wantCommitted || p.Pending != tc.n-int(tc.wantCommitted) {
				t.Fatalf("stats %+v, want committable %d", p, tc.wantCommitted)
			}
			if err := s.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			if tc.wantCommitted > 0 {
				if got := e.Committed(cfg.GroupID)[topic][0]; got != tc.wantCommitted {
					t.Fatalf("committed %d, want %d", got, tc.wantCommitted)
				}
			}

			// Restart: exactly the offsets from the first hole on come back.
			s2 := newTestSource(t, cfg)
			want := seq(tc.wantCommitted, int64(tc.n))
			var again []Message
			if len(want) > 0 {
				again = fetchN(t, s2, len(want))
			}
			if got := offsetsByPartition(again)[0]; !slices.Equal(got, want) {
				t.Fatalf("redelivered %v, want %v", got, want)
			}
			expectOnlyNew(t, s2, e, topic, 0) // left unacknowledged: the commit stays at n
			for _, m := range again {
				s2.Ack(m)
			}
			if err := s2.Close(); err != nil {
				t.Fatal(err)
			}
			if got := e.Committed(cfg.GroupID)[topic][0]; got != int64(tc.n) {
				t.Fatalf("after second run committed %d, want %d", got, tc.n)
			}
		})
	}
}

// Fetch blocks once MaxPending messages are not committable, and only an
// acknowledgement that moves the commit point frees room.
func TestSourceMaxPendingBlocksFetch(t *testing.T) {
	e := startEmbedded(t, 1, "bounded")
	produce(t, e.Addrs(), "bounded", 1, 10)
	cfg := e.Config("bounded")
	cfg.MaxPending = 3
	s := newTestSource(t, cfg)

	ms := fetchN(t, s, 3)
	expectFetchBlocked(t, s)
	s.Ack(ms[1]) // not the oldest: the commit point does not move
	expectFetchBlocked(t, s)
	s.Ack(ms[0]) // releases offsets 0 and 1
	more := fetchN(t, s, 2)
	if more[0].Offset != 3 || more[1].Offset != 4 {
		t.Fatalf("got offsets %d,%d, want 3,4", more[0].Offset, more[1].Offset)
	}
	expectFetchBlocked(t, s)
	if st := s.Stats(); st.Pending != 3 {
		t.Fatalf("pending %d, want 3", st.Pending)
	}
}

func TestSourceStaleAndDuplicateAcks(t *testing.T) {
	e := startEmbedded(t, 1, "dupes")
	produce(t, e.Addrs(), "dupes", 1, 3)
	s := newTestSource(t, e.Config("dupes"))
	ms := fetchN(t, s, 3)
	s.Ack(ms[0])
	s.Ack(ms[0])                                                                      // twice
	s.Ack(Message{Source: event.Source{Topic: "dupes", Partition: 7, Offset: 0}})     // not owned
	s.Ack(Message{Source: event.Source{Topic: "dupes", Partition: 0, Offset: 99}})    // never delivered
	s.Ack(Message{Source: event.Source{Topic: "elsewhere", Partition: 0, Offset: 1}}) // unknown topic
	old := ms[1]
	old.Source.Assignment++ // fetched under another assignment of the partition
	s.Ack(old)
	st := s.Stats()
	if st.StaleAcks != 5 {
		t.Fatalf("stale acks %d, want 5", st.StaleAcks)
	}
	if p := st.Partitions[0]; p.Committable != 1 || p.Pending != 2 || p.Fetched != 3 || p.Acked != 1 {
		t.Fatalf("partition stats %+v", p)
	}
}

// Two members share the partitions. While the second joins, the first
// keeps acknowledging; afterwards every record has been delivered at least
// once, each partition is owned by one member, and the committed offsets
// cover everything once all is acknowledged.
func TestSourceRebalanceAtLeastOnce(t *testing.T) {
	const parts, per = 4, 30
	e := startEmbedded(t, parts, "shared")
	produce(t, e.Addrs(), "shared", parts, per)
	cfg := e.Config("shared")
	cfg.GroupID = "shared-group"
	cfg.CommitInterval = 20 * time.Millisecond

	a := newTestSource(t, cfg)
	first := fetchN(t, a, parts*per/2)
	for _, m := range first {
		if m.Source.Assignment == 0 || m.Source.Assignment != a.Assignment("shared", m.Partition) {
			t.Fatalf("record %d/%d fetched under assignment %d, the source holds %d", m.Partition, m.Offset, m.Source.Assignment, a.Assignment("shared", m.Partition))
		}
	}
	// Acknowledge only half of what was fetched: the rest is in flight
	// when the group rebalances.
	for _, m := range first[:len(first)/2] {
		a.Ack(m)
	}

	b := newTestSource(t, cfg)
	seen := map[[2]int64]int{}
	for _, m := range first {
		seen[[2]int64{int64(m.Partition), m.Offset}]++
	}
	var mu sync.Mutex
	ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 20*time.Second))
	defer cancel()
	var wg sync.WaitGroup
	for _, s := range []*Source{a, b} {
		wg.Go(func() {
			for ctx.Err() == nil {
				m, err := s.Fetch(ctx)
				if err != nil {
					return
				}
				mu.Lock()
				seen[[2]int64{int64(m.Partition), m.Offset}]++
				mu.Unlock()
				s.Ack(m)
			}
		})
	}
	// The in-flight half of the first batch finishes late: after the
	// rebalance has shared the partitions between the two members.
	waitFor(t, "the partitions shared by a and b", func() bool {
		na, nb := len(a.Stats().Partitions), len(b.Stats().Partitions)
		return na > 0 && nb > 0 && na+nb == parts
	})
	for _, m := range first[len(first)/2:] {
		a.Ack(m)
	}
	waitFor(t, "all partitions committed to the end", func() bool {
		c := e.Committed(cfg.GroupID)["shared"]
		for p := 0; p < parts; p++ {
			if c[p] != per {
				return false
			}
		}
		return true
	})
	cancel()
	wg.Wait()

	for p := 0; p < parts; p++ {
		for o := int64(0); o < per; o++ {
			if seen[[2]int64{int64(p), o}] == 0 {
				t.Errorf("record %d/%d never delivered", p, o)
			}
		}
	}
	sa, sb := a.Stats(), b.Stats()
	if len(sa.Partitions)+len(sb.Partitions) != parts || len(sa.Partitions) == 0 || len(sb.Partitions) == 0 {
		t.Fatalf("ownership after rebalance: a=%v b=%v", sa.Partitions, sb.Partitions)
	}
	if sa.Rebalances < 2 {
		t.Errorf("first member saw %d generations, want at least 2", sa.Rebalances)
	}
	if err := a.Close(); err != nil {
		t.Errorf("close a: %v", err)
	}
	if err := b.Close(); err != nil {
		t.Errorf("close b: %v", err)
	}
}

func TestSourceStartLatest(t *testing.T) {
	e := startEmbedded(t, 1, "latest")
	produce(t, e.Addrs(), "latest", 1, 5)
	cfg := e.Config("latest")
	cfg.StartOffset = "latest"
	// The partition's reader looks up the end of the log to start there.
	// The broker handles one request at a time: it answers that lookup
	// before it takes the records written after it is seen.
	lookedUp := make(chan struct{})
	var once sync.Once
	e.c.ControlKey(int16(kmsg.ListOffsets), func(req kmsg.Request) (kmsg.Response, error, bool) {
		for _, tp := range req.(*kmsg.ListOffsetsRequest).Topics {
			for _, p := range tp.Partitions {
				if tp.Topic == "latest" && p.Timestamp == -1 {
					once.Do(func() { close(lookedUp) })
				}
			}
		}
		return nil, nil, false // observe only
	})
	s := newTestSource(t, cfg)
	select {
	case <-lookedUp:
	case <-await.After(t, 10*time.Second):
		t.Fatal("the source never looked up the end of the partition")
	}
	produce(t, e.Addrs(), "latest", 1, 2)
	// The first records delivered are the new ones: none of the five
	// written before the source started.
	ms := fetchN(t, s, 2)
	if ms[0].Offset != 5 || ms[1].Offset != 6 {
		t.Fatalf("got offsets %d,%d, want 5,6", ms[0].Offset, ms[1].Offset)
	}
}

func TestNewSourceRejectsBadConfig(t *testing.T) {
	_, err := NewSource(Config{Brokers: []string{"127.0.0.1:9092"}}, testLog(t))
	if err == nil || !strings.Contains(err.Error(), "kafka.topics") {
		t.Fatalf("err = %v, want a kafka.topics error", err)
	}
}

// A member that loses partitions in a rebalance never commits them again,
// even when its acknowledgements arrive late; partitions it keeps carry
// their in-flight messages over without redelivery.
func TestSourceRevokedPartitionsAreNotCommittedByFormerOwner(t *testing.T) {
	const parts, per = 4, 10
	e := startEmbedded(t, parts, "moving")
	produce(t, e.Addrs(), "moving", parts, per)
	cfg := e.Config("moving")
	cfg.GroupID = "moving-group"
	cfg.CommitInterval = 20 * time.Millisecond
	commits := watchCommits(e)

	a := newTestSource(t, cfg)
	inFlight := fetchN(t, a, parts*per) // nothing acknowledged yet

	b := newTestSource(t, cfg)
	waitFor(t, "partitions shared by two members", func() bool {
		return len(a.Stats().Partitions) == parts/2 && len(b.Stats().Partitions) == parts/2
	})
	owner := map[int]string{}
	var kept []int
	for _, p := range a.Stats().Partitions {
		owner[p.Partition] = "a"
		kept = append(kept, p.Partition)
	}
	for _, p := range b.Stats().Partitions {
		owner[p.Partition] = "b"
	}

	// b starts its partitions from the beginning: nothing was committed.
	got := fetchN(t, b, parts/2*per)
	for p, offs := range offsetsByPartition(got) {
		if owner[p] != "b" || !slices.Equal(offs, seq(0, per)) {
			t.Fatalf("b got partition %d (owner %s) offsets %v", p, owner[p], offs)
		}
	}
	// a keeps its in-flight messages: nothing is delivered again (the
	// records written now, left unacknowledged, are the next it delivers).
	expectOnlyNew(t, a, e, "moving", kept...)

	for _, m := range inFlight {
		a.Ack(m)
	}
	if st := a.Stats(); st.StaleAcks != int64(parts/2*per) {
		t.Fatalf("a: %d stale acks, want %d", st.StaleAcks, parts/2*per)
	}
	waitFor(t, "a's partitions committed", func() bool {
		c := e.Committed(cfg.GroupID)["moving"]
		for p, o := range owner {
			if o == "a" && c[p] != per {
				return false
			}
		}
		return true
	})
	// a committed its own partitions after the late acknowledgements of
	// b's: the commit that had every chance to take b's too. No commit of
	// b's partitions, by either member, went past 0: b acknowledged nothing.
	for _, c := range commits.of("moving") {
		var p int
		var off int64
		if _, err := fmt.Sscanf(c, "%d@%d", &p, &off); err != nil {
			t.Fatal(err)
		}
		if owner[p] == "b" && off != 0 {
			t.Fatalf("partition %d (owned by b, nothing acked by b) committed at %d (commits %v)", p, off, commits.of("moving"))
		}
	}

	for _, m := range got {
		b.Ack(m)
	}
	for _, s := range []*Source{a, b} {
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	for p := 0; p < parts; p++ {
		if c := e.Committed(cfg.GroupID)["moving"][p]; c != per {
			t.Errorf("partition %d committed %d, want %d", p, c, per)
		}
	}
}

// Partitions added to a topic are picked up after the group notices them.
func TestSourceWatchesNewPartitions(t *testing.T) {
	e := startEmbedded(t, 1, "growing")
	produce(t, e.Addrs(), "growing", 1, 2)
	cfg := e.Config("growing")
	cfg.Group.PartitionWatchInterval = 100 * time.Millisecond
	s := newTestSource(t, cfg)
	first := fetchN(t, s, 2)
	for _, m := range first {
		s.Ack(m)
	}
	if err := e.AddPartitions("growing", 3); err != nil {
		t.Fatal(err)
	}
	produce(t, e.Addrs(), "growing", 3, 1) // one more record in each of 0, 1, 2
	got := offsetsByPartition(fetchN(t, s, 3))
	for p, want := range map[int][]int64{0: {2}, 1: {0}, 2: {0}} {
		if !slices.Equal(got[p], want) {
			t.Fatalf("partition %d: got %v, want %v (all %v)", p, got[p], want, got)
		}
	}
	expectOnlyNew(t, s, e, "growing", 0, 1, 2)
}

// Closing after the broker went away reports that acknowledged offsets
// were not committed, instead of hanging or claiming success.
func TestSourceCloseWithBrokerGone(t *testing.T) {
	e := startEmbedded(t, 1, "gone")
	produce(t, e.Addrs(), "gone", 1, 3)
	cfg := e.Config("gone")
	cfg.CommitInterval = time.Hour // nothing is committed before Close
	s := newTestSource(t, cfg)
	for _, m := range fetchN(t, s, 3) {
		s.Ack(m)
	}
	e.Close()
	done := make(chan error, 1)
	go func() { done <- s.Close() }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "not committed") {
			t.Fatalf("Close = %v, want an error about uncommitted offsets", err)
		}
	case <-await.After(t, 20*time.Second):
		t.Fatal("Close hung with the broker gone")
	}
}

// With commits held, an acknowledged prefix is committed only as far as the
// ceiling a checkpoint allowed; the rest is delivered again after a restart.
func TestSourceHeldCommitsStopAtCeiling(t *testing.T) {
	e := startEmbedded(t, 2, "held")
	produce(t, e.Addrs(), "held", 2, 10)
	cfg := e.Config("held")
	cfg.GroupID = "g-held"
	cfg.CommitInterval = 20 * time.Millisecond
	commits := watchCommits(e)

	s := newTestSource(t, cfg)
	s.HoldCommits()
	for _, m := range fetchN(t, s, 20) {
		s.Ack(m)
	}
	s.AllowCommits("held", map[int]int64{0: 4})
	s.AllowCommits("held", map[int]int64{0: 2}) // lower: ignored
	waitFor(t, "commit up to the ceiling", func() bool { return e.Committed(cfg.GroupID)["held"][0] == 4 })
	// Every message was acknowledged before any ceiling was allowed, and
	// the commit the ceiling allowed had partition 1 acknowledged too: the
	// only commit ever sent is partition 0 at its ceiling.
	if got := commits.of("held"); !slices.Equal(got, []string{"0@4"}) {
		t.Fatalf("commits %v, want only 0@4: nothing before a ceiling, nothing without one", got)
	}
	if err := s.Close(); err != nil { // held offsets are not a failure to commit
		t.Fatalf("Close: %v", err)
	}
	c := e.Committed(cfg.GroupID)["held"]
	if c[0] != 4 {
		t.Fatalf("partition 0 committed %d, want the ceiling 4", c[0])
	}
	if _, ok := c[1]; ok {
		t.Fatalf("partition 1 committed %d without a ceiling", c[1])
	}

	s2 := newTestSource(t, cfg)
	got := offsetsByPartition(fetchN(t, s2, 6+10))
	if !slices.Equal(got[0], seq(4, 10)) || !slices.Equal(got[1], seq(0, 10)) {
		t.Fatalf("redelivered %v, want partition 0 from 4 and partition 1 from 0", got)
	}
}

// Reading a backlog, a dense partition and a sparse one covering the same
// hundred minutes are delivered aligned in time: neither runs more than
// MaxSkew ahead of the other's oldest undelivered record. Without alignment both are read at
// the same pace in records and the sparse one runs about 95 minutes ahead.
func TestSourceAlignsPartitionsByTimestamp(t *testing.T) {
	for _, tc := range []struct {
		name    string
		maxSkew time.Duration
		aligned bool
	}{{"aligned", time.Minute, true}, {"off", -1, false}} {
		t.Run(tc.name, func(t *testing.T) {
			topic := "skew-" + tc.name
			e := startEmbedded(t, 2, topic)
			base := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
			counts := map[int]int{0: 3000, 1: 100} // dense, sparse
			step := map[int]time.Duration{0: 2 * time.Second, 1: time.Minute}
			cl, err := kgo.NewClient(kgo.SeedBrokers(e.Addrs()...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
			if err != nil {
				t.Fatal(err)
			}
			var recs []*kgo.Record
			for p, n := range counts {
				for i := 0; i < n; i++ {
					recs = append(recs, &kgo.Record{Topic: topic, Partition: int32(p), Value: []byte("x"),
						Timestamp: base.Add(time.Duration(i) * step[p])})
				}
			}
			if err := cl.ProduceSync(context.Background(), recs...).FirstErr(); err != nil {
				t.Fatal(err)
			}
			cl.Close()

			cfg := e.Config(topic)
			cfg.GroupID = "g-" + topic
			cfg.MaxSkew = tc.maxSkew
			cfg.MaxBytes = 64 << 10 // small fetches, as a busy topic's partitions interleave
			s := newTestSource(t, cfg)
			// A record's lead is over the other partition's oldest record
			// not yet delivered.
			next := map[int]time.Time{0: base, 1: base}
			left := map[int]int{0: counts[0], 1: counts[1]}
			worst := time.Duration(0)
			ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 60*time.Second))
			defer cancel()
			for n := 0; n < counts[0]+counts[1]; n++ {
				m, err := s.Fetch(ctx)
				if err != nil {
					t.Fatalf("after %d records: %v", n, err)
				}
				s.Ack(m)
				left[m.Partition]--
				next[m.Partition] = m.Time.Add(step[m.Partition])
				if other := 1 - m.Partition; left[other] > 0 {
					worst = max(worst, m.Time.Sub(next[other]))
				}
			}
			st := s.Stats()
			t.Logf("worst lead over a partition with records left: %s; %d records held back", worst, st.SkewWaits)
			bound := time.Minute + 5*time.Second
			if tc.aligned && worst > bound {
				t.Fatalf("a partition ran %s ahead of the other, want at most %s", worst, bound)
			}
			if !tc.aligned && worst <= bound {
				t.Fatalf("without alignment the lead was only %s: the test cannot tell alignment from luck", worst)
			}
		})
	}
}
