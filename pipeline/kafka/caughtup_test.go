package kafka

import (
	"strings"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"

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
