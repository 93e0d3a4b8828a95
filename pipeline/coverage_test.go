package pipeline

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
)

func TestCoverageSnapshotJoinsRestored(t *testing.T) {
	c := newCoverage(Coverage{
		{Topic: "logs", Partition: 0, Below: 10, Above: []int64{13, 12}},
		{Topic: "logs", Partition: 1, Below: 5},
	})
	src := func(p int, off int64) event.Source { return event.Source{Topic: "logs", Partition: p, Offset: off} }
	// Partition 0 is redelivered from 8: 8, 9, 12 and 13 are covered already.
	for off := int64(8); off <= 14; off++ {
		got := c.deliver(src(0, off))
		want := off < 10 || off == 12 || off == 13
		if got != want {
			t.Fatalf("deliver(0, %d) covered = %v, want %v", off, got, want)
		}
	}
	if c.deliver(src(0, 9)) != true {
		t.Fatal("a redelivery within the run must not be counted again")
	}
	c.settle(src(0, 11))
	c.settle(src(0, 14))
	c.deliver(src(2, 0))
	c.deliver(src(2, 1))
	c.settle(src(2, 1))

	got := c.snapshot()
	want := Coverage{
		{Topic: "logs", Partition: 0, Below: 10, Above: []int64{11, 12, 13, 14}}, // 10 is in flight
		{Topic: "logs", Partition: 1, Below: 5},
		{Topic: "logs", Partition: 2, Below: 0, Above: []int64{1}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("snapshot\n got %v\nwant %v", got, want)
	}
	c.settle(src(0, 10))
	got = c.snapshot()
	want = Coverage{
		{Topic: "logs", Partition: 0, Below: 15},
		{Topic: "logs", Partition: 1, Below: 5},
		{Topic: "logs", Partition: 2, Below: 0, Above: []int64{1}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("snapshot\n got %v\nwant %v", got, want)
	}
}

func TestNormalize(t *testing.T) {
	cases := []struct {
		below     int64
		above     []int64
		wantBelow int64
		wantAbove []int64
	}{
		{10, nil, 10, nil},
		{10, []int64{3, 10, 11, 13, 13, 20}, 12, []int64{13, 20}},
		{10, []int64{15, 12}, 10, []int64{12, 15}},
		{-1, []int64{0}, -1, []int64{0}}, // -1: nothing delivered; 0 is not known to continue it
	}
	for _, tc := range cases {
		b := tc.below
		got := NormalizeAbove(&b, slices.Clone(tc.above))
		if b != tc.wantBelow || !slices.Equal(got, tc.wantAbove) {
			t.Errorf("NormalizeAbove(%d, %v) = %d, %v; want %d, %v", tc.below, tc.above, b, got, tc.wantBelow, tc.wantAbove)
		}
	}
}

// countingEval is state that must be exactly-once: how often each offset
// was counted.
type countingEval struct{ counts map[event.Source]int }

func (c *countingEval) Observe(ev *event.Event)         { c.counts[ev.Source]++ }
func (c *countingEval) Advance(time.Time) []alert.Alert { return nil }

// liveSource delivers messages as a live stream does: after the last one
// (or after stallAt, when set) Fetch waits until the run is stopped. It
// records acknowledgements and closes allAcked once every message is
// acknowledged.
type liveSource struct {
	mu        sync.Mutex
	msgs      []Message
	i         int
	stallAt   int
	acked     map[event.Source]bool
	allAcked  chan struct{}
	closeOnce sync.Once
}

func newLiveSource(msgs []Message, stallAt int) *liveSource {
	if stallAt <= 0 {
		stallAt = len(msgs)
	}
	return &liveSource{msgs: msgs, stallAt: stallAt, acked: map[event.Source]bool{}, allAcked: make(chan struct{})}
}

func (s *liveSource) Fetch(ctx context.Context) (Message, error) {
	s.mu.Lock()
	if s.i == s.stallAt {
		s.mu.Unlock()
		<-ctx.Done() // a live stream: it ends only when stopped
		return Message{}, ctx.Err()
	}
	s.i++
	m := s.msgs[s.i-1]
	s.mu.Unlock()
	return m, nil
}

func (s *liveSource) Ack(m Message) {
	s.mu.Lock()
	s.acked[m.Source] = true
	all := len(s.acked) == len(s.msgs)
	s.mu.Unlock()
	if all {
		s.closeOnce.Do(func() { close(s.allAcked) })
	}
}

// A crash after a checkpoint, then a restart from offsets the checkpoint
// allowed to be committed (or from the very start): every event ends
// indexed at least once and counted exactly once.
func TestCheckpointedStateIsExactlyOnceAcrossACrash(t *testing.T) {
	const parts, perPart = 3, 400
	all := map[int][]Message{}
	decodable := 0
	for p := 0; p < parts; p++ {
		for off := 0; off < perPart; off++ {
			v := line(t0.Add(time.Duration(off)*time.Second), "ok")
			if off%97 == 5 {
				v = "not json"
			} else {
				decodable++
			}
			all[p] = append(all[p], Message{Value: []byte(v), Source: event.Source{Topic: "logs", Partition: p, Offset: int64(off)}})
		}
	}
	interleave := func(from map[int]int64) []Message {
		var out []Message
		for off := 0; off < perPart; off++ {
			for p := 0; p < parts; p++ {
				if int64(off) >= from[p] {
					out = append(out, all[p][off])
				}
			}
		}
		return out
	}
	for _, restartFrom := range []string{"committed", "start"} {
		t.Run(restartFrom, func(t *testing.T) {
			// The workers yield a seeded number of times in Add, so that
			// documents finish out of order and checkpoints find holes.
			rng := rand.New(rand.NewPCG(3, 4))
			var rngMu sync.Mutex
			ix := &fakeIndexer{outcome: func(string) error {
				rngMu.Lock()
				n := rng.IntN(8)
				rngMu.Unlock()
				for range n {
					runtime.Gosched()
				}
				return nil
			}}
			// Run 1: checkpoint often, crash (cancel) once a third is
			// counted. The stream stalls at two thirds, so the crash
			// falls mid-stream however fast the machine is.
			ev1 := &countingEval{counts: map[event.Source]int{}}
			msgs1 := interleave(nil)
			src1 := newLiveSource(msgs1, len(msgs1)*2/3)
			ctx, cancel := context.WithCancel(context.Background())
			var saved map[event.Source]int
			var savedCov Coverage
			checkpoints := 0
			p1, err := New(Config{Workers: 4, Log: zerolog.Nop(), CheckpointEvery: 5 * time.Millisecond,
				Checkpoint: func(c Coverage) error {
					saved, savedCov = maps.Clone(ev1.counts), c
					if checkpoints++; len(saved) > decodable/3 {
						cancel()
					}
					return nil
				}}, Stages{Source: src1, Redact: fakeRedactor{}, Index: ix, DLQ: &fakeDLQ{}, Eval: ev1})
			if err != nil {
				t.Fatal(err)
			}
			if err := p1.Run(ctx); err != nil {
				t.Fatal(err)
			}
			p1.Wait()
			if len(savedCov) == 0 || len(saved) == 0 || len(ev1.counts) >= decodable {
				t.Fatalf("the crash did not fall mid-stream: %d checkpoints, %d counted of %d", checkpoints, len(ev1.counts), decodable)
			}
			// What a source holding its commits would have committed:
			// the acknowledged prefix, capped by the checkpoint.
			from := map[int]int64{}
			if restartFrom == "committed" {
				for _, pc := range savedCov {
					ack := int64(0)
					for ack < perPart && src1.acked[event.Source{Topic: "logs", Partition: pc.Partition, Offset: ack}] {
						ack++
					}
					from[pc.Partition] = min(ack, pc.Below)
				}
			}

			savedCount := len(saved)
			wantReplayed := 0
			for _, pc := range savedCov {
				for _, m := range all[pc.Partition][from[pc.Partition]:] {
					if string(m.Value) != "not json" && pc.covers(m.Source.Offset) {
						wantReplayed++
					}
				}
			}
			// Run 2: restore the checkpointed state and its coverage.
			ev2 := &countingEval{counts: saved}
			src2 := newLiveSource(interleave(from), 0)
			ctx2, cancel2 := context.WithCancel(context.Background())
			defer cancel2()
			p2, err := New(Config{Workers: 4, Log: zerolog.Nop(), Covered: savedCov},
				Stages{Source: src2, Redact: fakeRedactor{}, Index: ix, DLQ: &fakeDLQ{}, Eval: ev2})
			if err != nil {
				t.Fatal(err)
			}
			go func() {
				select { // stop once every message is acknowledged
				case <-src2.allAcked:
					cancel2()
				case <-ctx2.Done():
				}
			}()
			if err := p2.Run(ctx2); err != nil {
				t.Fatal(err)
			}
			p2.Wait()

			for p := 0; p < parts; p++ {
				for _, m := range all[p] {
					n := ev2.counts[m.Source]
					if string(m.Value) == "not json" {
						if n != 0 {
							t.Fatalf("undecodable %v counted %d times", m.Source, n)
						}
						continue
					}
					if n != 1 {
						t.Fatalf("%v counted %d times, want exactly once", m.Source, n)
					}
					if _, ok := ix.docs[m.Source.ID()]; !ok {
						t.Fatalf("%v never indexed", m.Source)
					}
				}
			}
			s := p2.Stats()
			if s.Replayed != int64(wantReplayed) {
				t.Fatalf("replayed %d, want %d: the redelivered events the checkpoint covers", s.Replayed, wantReplayed)
			}
			if restartFrom == "start" && wantReplayed < savedCount {
				t.Fatalf("from the start, %d replayed but the checkpoint counted %d", wantReplayed, savedCount)
			}
			t.Logf("checkpoint counted %d events; restart replayed %d (indexed again, not counted), evaluated %d", savedCount, s.Replayed, s.Evaluated)
		})
	}
}
