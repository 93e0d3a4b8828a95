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
