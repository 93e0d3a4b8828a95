package kafka

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/pipeline/offsets"
)

// A partition whose first fetch has not come back may hold a backlog: the
// source is not caught up (so the quiet clock does not move event time
// past it) until it reads a record, or stays empty for the idle time.
func TestCaughtUpWaitsForAPartitionsFirstRead(t *testing.T) {
	rd := kafkago.NewReader(kafkago.ReaderConfig{Brokers: []string{"127.0.0.1:1"}, Topic: "logs", Partition: 0})
	defer rd.Close()
	now := time.Now()
	st := &partState{key: tpKey{"logs", 0}, tr: offsets.New(), reader: rd, behind: true, since: now}
	s := &Source{cfg: Config{GroupID: "g"}, parts: map[tpKey]*partState{st.key: st}, idleAfter: time.Minute, generation: 1}
	for _, tc := range []struct {
		name   string
		set    func()
		ok     bool
		reason string
	}{
		{"just assigned", func() {}, false, "nothing read yet from logs/0"},
		{"empty for the idle time", func() { st.since = now.Add(-2 * time.Minute) }, true, ""},
		{"a record held", func() { st.head = now }, false, "records waiting on logs/0"},
		{"the last record said none follow", func() { st.behind = false }, true, ""},
	} {
		tc.set()
		ok, why := s.CaughtUp()
		if ok != tc.ok || !strings.Contains(why, tc.reason) {
			t.Errorf("%s: CaughtUp = %v, %q", tc.name, ok, why)
		}
	}
}

// Assignment is the partition's assignment number as Stats gives it, 0
// for a partition not owned.
func TestAssignmentMatchesStats(t *testing.T) {
	st := &partState{key: tpKey{"logs", 2}, tr: offsets.New(), committed: -1, assignment: 7}
	s := &Source{cfg: Config{GroupID: "g"}, parts: map[tpKey]*partState{st.key: st}, generation: 1}
	if got := s.Assignment("logs", 2); got != 7 {
		t.Fatalf("Assignment = %d, want 7", got)
	}
	for _, p := range s.Stats().Partitions {
		if p.Partition == 2 && p.Assignment != s.Assignment("logs", 2) {
			t.Fatalf("Stats says %d, Assignment %d", p.Assignment, s.Assignment("logs", 2))
		}
	}
	if got := s.Assignment("logs", 3); got != 0 {
		t.Fatalf("a partition not owned: Assignment = %d, want 0", got)
	}
}

// A starting partition known to hold a backlog holds the others back until
// its first record arrives (up to the idle time), however long its first
// fetch takes; one whose backlog is unknown holds them only for a couple
// of fetch waits.
func TestAStartingBacklogHoldsTheOthers(t *testing.T) {
	now := time.Now()
	slow := &partState{key: tpKey{"logs", 0}, tr: offsets.New(), behind: true, since: now.Add(-10 * time.Second), backlog: true}
	fast := &partState{key: tpKey{"logs", 1}, tr: offsets.New()}
	s := &Source{cfg: Config{GroupID: "g", MaxSkew: time.Minute, MaxWait: 100 * time.Millisecond},
		parts: map[tpKey]*partState{slow.key: slow, fast.key: fast}, idleAfter: time.Minute, changed: make(chan struct{}), generation: 1}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	released := make(chan bool, 1)
	go func() { released <- s.align(ctx, fast, now.Add(time.Hour)) }()
	await.Until(t, "the fast partition's record waits for the slow one's first", 5*time.Second, func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.waiters == 1
	})
	select {
	case <-released:
		t.Fatal("released before the partition with a backlog delivered its first record")
	default:
	}
	s.mu.Lock()
	slow.head, slow.ready = now.Add(time.Hour), true // its first record, an hour in
	s.notifyLocked()
	s.mu.Unlock()
	select {
	case ok := <-released:
		if !ok {
			t.Fatal("align returned false without a cancel")
		}
	case <-await.After(t, 5*time.Second):
		t.Fatal("still held after the slow partition caught up")
	}

	// Backlog unknown: the patience is a couple of fetch waits, long gone.
	slow.head, slow.backlog = time.Time{}, false
	if !s.align(ctx, fast, now.Add(time.Hour)) {
		t.Fatal("align returned false")
	}
}

// probeBacklog reads the backlog from the broker: the records after the
// offset the reader starts at.
func TestProbeBacklog(t *testing.T) {
	e := startEmbedded(t, 2, "logs")
	produce(t, e.Addrs(), "logs", 1, 7)
	s := &Source{log: zerolog.Nop()}
	for _, tc := range []struct {
		partition int
		from      int64
		want      int64
	}{{0, 0, 7}, {0, 5, 2}, {0, 7, 0}, {1, 0, 0}} {
		rd := kafkago.NewReader(kafkago.ReaderConfig{Brokers: e.Addrs(), Topic: "logs", Partition: tc.partition})
		if err := rd.SetOffset(tc.from); err != nil {
			t.Fatal(err)
		}
		if got := s.probeBacklog(context.Background(), rd); got != tc.want {
			t.Errorf("partition %d from %d: backlog %d, want %d", tc.partition, tc.from, got, tc.want)
		}
		rd.Close()
	}
	rd := kafkago.NewReader(kafkago.ReaderConfig{Brokers: e.Addrs(), Topic: "logs", Partition: 0})
	defer rd.Close()
	if err := rd.SetOffset(kafkago.LastOffset); err != nil {
		t.Fatal(err)
	}
	if got := s.probeBacklog(context.Background(), rd); got != 0 {
		t.Errorf("starting at the end: backlog %d, want 0", got)
	}
}

// A partition is judged starting from the moment its assignment is
// published, not from when its pump gets to run: in between, an owned
// partition with nothing read yet and a backlog waiting must not say the
// source is caught up, or the quiet clock moves event time past the
// backlog and its events arrive late.
func TestCaughtUpIsFalseBetweenAssignmentAndThePump(t *testing.T) {
	emb := startEmbedded(t, 1, "logs")
	produce(t, emb.Addrs(), "logs", 1, 5)
	type verdict struct {
		ok  bool
		why string
	}
	seen := make(chan verdict, 4)
	testHookAssigned = func(s *Source) {
		s.SetIdleAfter(time.Minute) // as a pipeline does before the first fetch
		ok, why := s.CaughtUp()
		select {
		case seen <- verdict{ok, why}:
		default:
		}
	}
	t.Cleanup(func() { testHookAssigned = nil })
	s := newTestSource(t, emb.Config("logs"))
	select {
	case v := <-seen:
		if v.ok || !strings.Contains(v.why, "logs/0") {
			t.Fatalf("right after the assignment: CaughtUp = %v, %q; want false, naming logs/0", v.ok, v.why)
		}
	case <-await.After(t, 20*time.Second):
		t.Fatal("no partition was assigned")
	}
	fetchN(t, s, 5)
}
