package cluster

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/config/cfgerr"
)

var t0 = time.Date(2026, 11, 24, 8, 0, 0, 0, time.UTC)

func wmRec(inst string, wm, at time.Duration, caught bool) Watermark {
	return Watermark{Instance: inst, Watermark: t0.Add(wm), At: t0.Add(at), CaughtUp: caught}
}

// The merged watermark is the minimum over the live instances; one that
// stops writing counts until the others have written for the liveness
// without it, then drops out.
func TestMergerMinimumOverLiveInstances(t *testing.T) {
	m := NewMerger(30 * time.Second)
	if got := m.Merged(); got.Live != 0 || !got.Watermark.IsZero() || got.CaughtUp {
		t.Fatalf("empty merger: %+v, want no live instance, not caught up", got)
	}
	m.Observe(wmRec("a", 5*time.Minute, 0, true))
	m.Observe(wmRec("b", 3*time.Minute, 0, true))
	m.Observe(wmRec("c", 4*time.Minute, 0, true))
	if got := m.Merged(); got.Live != 3 || !got.Watermark.Equal(t0.Add(3*time.Minute)) || !got.CaughtUp {
		t.Fatalf("three instances: %+v, want the minimum 08:03 of 3 live", got)
	}
	// b stops; a and c go on.
	for s := 1; s <= 30; s++ {
		m.Observe(wmRec("a", 5*time.Minute+time.Duration(s)*time.Second, time.Duration(s)*time.Second, true))
		m.Observe(wmRec("c", 4*time.Minute+time.Duration(s)*time.Second, time.Duration(s)*time.Second, true))
		if got := m.Merged(); !got.Watermark.Equal(t0.Add(3 * time.Minute)) {
			t.Fatalf("after %ds without b: watermark %s, want b's 08:03 still", s, got.Watermark.Format(time.TimeOnly))
		}
	}
	m.Observe(wmRec("a", 6*time.Minute, 31*time.Second, true))
	got := m.Merged()
	if got.Live != 2 || !got.Watermark.Equal(t0.Add(4*time.Minute+30*time.Second)) {
		t.Fatalf("b silent for 31s: %+v, want 2 live, watermark c's 08:04:30", got)
	}
	// b comes back (its partitions' new owner, or b itself): it counts again.
	m.Observe(wmRec("b", 4*time.Minute, 32*time.Second, false))
	got = m.Merged()
	if got.Live != 3 || !got.Watermark.Equal(t0.Add(4*time.Minute)) || got.CaughtUp || !strings.HasPrefix(got.Why, "b: ") {
		t.Fatalf("b back, behind: %+v, want 3 live at 08:04, not caught up because of b", got)
	}
	if !m.Live("b") || m.Live("z") || !m.Known("b") || m.Known("z") {
		t.Fatal("b is live and known, z neither")
	}
	// Silent for ten times the liveness, an instance is forgotten.
	m.Observe(wmRec("a", 10*time.Minute, 32*time.Second+301*time.Second, true))
	if m.Known("c") || !m.Known("a") || len(m.Held()) != 1 {
		t.Fatalf("after 301s without c: known c %v, held %v", m.Known("c"), m.Held())
	}
}

// A record older than the one held for its instance (read out of order)
// does not replace it; a backlog read at once is judged by the records'
// own times, not by when it is read.
func TestMergerKeepsEachInstancesLatestRecord(t *testing.T) {
	m := NewMerger(10 * time.Second)
	m.Observe(wmRec("a", 2*time.Minute, 20*time.Second, true))
	m.Observe(wmRec("a", time.Minute, 10*time.Second, true))
	if got := m.Merged(); !got.Watermark.Equal(t0.Add(2 * time.Minute)) {
		t.Fatalf("watermark %s, want a's later record 08:02", got.Watermark.Format(time.TimeOnly))
	}
	if got := NewMerger(0).liveness; got != DefaultLiveness {
		t.Fatalf("default liveness %s, want %s", got, DefaultLiveness)
	}
}

// Watermark records go to the partition their header names; partials by
// their key's hash, the same for every producer.
func TestBalancerPlacesRecords(t *testing.T) {
	parts := []int{0, 1, 2, 3, 4, 5}
	for q := range 6 {
		if got := (balancer{}).Balance(watermarkRecord(wmRec("a", 0, 0, true), q), parts...); got != q {
			t.Fatalf("watermark record for partition %d went to %d", q, got)
		}
	}
	seen := map[int]bool{}
	for i := range 200 {
		key := []byte("s/error-burst\x00svc-" + string(rune('a'+i%26)) + string(rune('a'+i/26)))
		p := (balancer{}).Balance(kafkago.Message{Key: key}, parts...)
		if p != PartitionOf(key, 6) {
			t.Fatalf("key %q: balancer %d, PartitionOf %d", key, p, PartitionOf(key, 6))
		}
		seen[p] = true
	}
	if len(seen) != 6 {
		t.Fatalf("200 keys used %d of 6 partitions", len(seen))
	}
	if PartitionOf([]byte("x"), 1) != 0 || PartitionOf([]byte("x"), 0) != 0 {
		t.Fatal("one partition (or none): want 0")
	}
}

// Bad values are refused with the key named.
func TestConfigValidateNamesTheKey(t *testing.T) {
	cases := []struct {
		c    Config
		path string
		msg  string
	}{
		{Config{Mode: "raft"}, "cluster.mode", "want single or kafka"},
		{Config{PartialsTopic: "a b"}, "cluster.partials_topic", "letters, digits"},
		{Config{ProgressTopic: "x", StateTopic: "x"}, "cluster.state_topic", "must differ"},
		{Config{InstanceID: "a/b"}, "cluster.instance_id", "'/'"},
		{Config{Liveness: -time.Second}, "cluster.liveness", "negative"},
		{Config{Liveness: time.Second}, "cluster.liveness", "at least 2s"},
	}
	for _, c := range cases {
		errs := c.c.ValidateAt("cluster")
		if len(errs) != 1 {
			t.Fatalf("%+v: %d errors %v, want 1", c.c, len(errs), errs)
		}
		fe, ok := errs[0].(*cfgerr.FieldError)
		if !ok || fe.Path != c.path || !strings.Contains(fe.Msg, c.msg) {
			t.Errorf("%+v: %v, want %s: …%s…", c.c, errs[0], c.path, c.msg)
		}
	}
	if errs := (Config{Mode: "kafka", Liveness: 5 * time.Second}).ValidateAt("cluster"); len(errs) != 0 {
		t.Fatalf("valid config refused: %v", errs)
	}
	d := Config{Mode: ModeKafka}.WithDefaults("g")
	if d.PartialsTopic != "g.partials" || d.ProgressTopic != "g.progress" || d.StateTopic != "g.state" ||
		d.InstanceID == "" || d.Liveness != DefaultLiveness || Stage2Group("g") != "g.stage2" {
		t.Fatalf("defaults: %+v", d)
	}
}

// A state larger than a Kafka message goes in chunks; the reader
// reassembles the last complete checkpoint, and the chunks of the one
// before are deleted with tombstones.
func TestStateRecordsChunkAndReassemble(t *testing.T) {
	big := make([]byte, 2*stateChunk+1000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	first := state{Partition: 3, Covered: 120, Seq: 1, Rules: big, Instance: "a", At: t0}
	recs := stateRecords(first, nil, 1)
	if len(recs) != 4 || chunks(len(big)) != 3 {
		t.Fatalf("%d records for %d bytes, want 3 chunks and the index", len(recs), len(big))
	}
	for _, m := range recs {
		if len(m.Value) > stateChunk+1000 {
			t.Fatalf("record %q of %d bytes", m.Key, len(m.Value))
		}
		if got := (balancer{}).Balance(m, 0, 1); got != 1 {
			t.Fatalf("record %q placed on %d, want 1", m.Key, got)
		}
	}
	prev := first
	prev.Chunks = 3
	second := state{Partition: 3, Covered: 250, Seq: 2, Rules: []byte("small"), Instance: "b", At: t0}
	recs2 := stateRecords(second, &prev, 1)
	if len(recs2) != 1+1+3 {
		t.Fatalf("%d records, want a chunk, the index and 3 tombstones", len(recs2))
	}
	other := stateRecords(state{Partition: 13, Covered: 9, Seq: 5, Rules: []byte("other"), At: t0}, nil, 1)
	r := newStateReader(3)
	for _, m := range append(append(slices.Clone(recs), other...), recs2[:1]...) {
		if err := r.add(m); err != nil {
			t.Fatal(err)
		}
	}
	if st, ok, err := r.result(); err != nil || !ok || st.Covered != 120 || !bytes.Equal(st.Rules, big) {
		t.Fatalf("after the first checkpoint (and the second's chunk): %+v %v %v", st, ok, err)
	}
	for _, m := range recs2[1:] {
		if err := r.add(m); err != nil {
			t.Fatal(err)
		}
	}
	if st, _, err := r.result(); err != nil || st.Covered != 250 || string(st.Rules) != "small" || len(r.chunks) != 1 {
		t.Fatalf("after the second: covered %d, %q, %d chunks held (%v)", st.Covered, st.Rules, len(r.chunks), err)
	}
	// Two instances checkpointing the same partition as it moves: the
	// chunks of the later checkpoint come before the earlier's index, and
	// the later's index last.
	a := stateRecords(state{Partition: 3, Covered: 300, Seq: 6, Rules: big, Instance: "a", At: t0}, nil, 1)
	b := stateRecords(state{Partition: 3, Covered: 310, Seq: 7, Rules: []byte("newer"), Instance: "b", At: t0}, nil, 1)
	r = newStateReader(3)
	for _, m := range append(append(append(slices.Clone(a[:len(a)-1]), b[:len(b)-1]...), a[len(a)-1]), b[len(b)-1]) {
		if err := r.add(m); err != nil {
			t.Fatalf("interleaved checkpoints: %v", err)
		}
	}
	if st, ok, err := r.result(); err != nil || !ok || st.Covered != 310 || string(st.Rules) != "newer" {
		t.Fatalf("interleaved checkpoints: %+v (%v), want b's", st, err)
	}
	// An index whose chunks are gone is an error, not an empty state.
	r = newStateReader(3)
	if err := r.add(recs[3]); err != nil {
		t.Fatal(err)
	}
	if _, _, err := r.result(); err == nil || !strings.Contains(err.Error(), "chunk 0 of 3 missing") {
		t.Fatalf("index without chunks: %v", err)
	}
	// A checkpoint superseded by a later one is not reassembled: its
	// chunks may be gone (tombstoned, or before the records read).
	r = newStateReader(3)
	for _, m := range append([]kafkago.Message{recs[3]}, recs2[:2]...) {
		if err := r.add(m); err != nil {
			t.Fatal(err)
		}
	}
	if st, ok, err := r.result(); err != nil || !ok || st.Covered != 250 {
		t.Fatalf("a complete checkpoint after an incomplete one: %+v %v %v", st, ok, err)
	}
	// A tombstone of the index: no state.
	r = newStateReader(3)
	for _, m := range append(slices.Clone(recs), kafkago.Message{Key: stateKey(3)}) {
		if err := r.add(m); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok, err := r.result(); ok || err != nil {
		t.Fatalf("after the index's tombstone: ok %v, %v", ok, err)
	}
}

// An instance that stops writing still holds the watermark while it is
// the last to have claimed one of its source partitions: until their new
// owner reports for them (its watermark then accounts for their events),
// the events it had not read yet may still come.
func TestMergerHoldsForUnclaimedPartitions(t *testing.T) {
	m := NewMerger(10 * time.Second)
	claim := func(w Watermark, parts ...string) Watermark { w.Partitions = parts; return w }
	m.Observe(claim(wmRec("a", 5*time.Minute, 0, true), "logs/0"))
	m.Observe(claim(wmRec("c", 2*time.Minute, 0, true), "logs/1", "logs/2"))
	// c is killed; a goes on for a minute (the group has not rebalanced).
	for s := 1; s <= 60; s++ {
		m.Observe(claim(wmRec("a", 5*time.Minute+time.Duration(s)*time.Second, time.Duration(s)*time.Second, true), "logs/0"))
	}
	if got := m.Merged(); !got.Watermark.Equal(t0.Add(2 * time.Minute)) {
		t.Fatalf("c silent for a minute, its partitions claimed by nobody: watermark %s, want c's 08:02", got.Watermark.Format(time.TimeOnly))
	}
	// a takes over logs/1 only: c still holds for logs/2.
	m.Observe(claim(wmRec("a", 3*time.Minute, 61*time.Second, false), "logs/0", "logs/1"))
	if got := m.Merged(); !got.Watermark.Equal(t0.Add(2 * time.Minute)) {
		t.Fatalf("logs/2 still unclaimed: watermark %s, want c's 08:02", got.Watermark.Format(time.TimeOnly))
	}
	// b joins with logs/2: c holds nothing any more.
	m.Observe(claim(wmRec("b", 4*time.Minute, 62*time.Second, true), "logs/2"))
	if got := m.Merged(); !got.Watermark.Equal(t0.Add(3*time.Minute)) || got.Live != 2 {
		t.Fatalf("every partition of c claimed again: %+v, want a's 08:03 of 2 live", got)
	}
}
