package kafka

import (
	"strings"
	"testing"
)

// The source says it is caught up once it has handed out everything the
// partitions hold, and that it is not when records wait in Kafka or when
// the broker is gone (the pipeline then holds event time and raises
// vigil-source-unavailable).
func TestCaughtUp(t *testing.T) {
	emb := startEmbedded(t, 2, "logs")
	produce(t, emb.Addrs(), "logs", 2, 20)
	s := newTestSource(t, emb.Config("logs"))
	fetchN(t, s, 30)
	if ok, _ := s.CaughtUp(); ok {
		t.Fatal("caught up with ten records still to hand out")
	}
	for _, m := range fetchN(t, s, 10) {
		s.Ack(m)
	}
	waitFor(t, "caught up after the last record", func() bool { ok, _ := s.CaughtUp(); return ok })

	emb.Close()
	waitFor(t, "not caught up once the broker is gone", func() bool {
		ok, why := s.CaughtUp()
		return !ok && (strings.Contains(why, "fail") || strings.Contains(why, "behind"))
	})
}
