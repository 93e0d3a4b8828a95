package offsets

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

func TestTracker(t *testing.T) {
	type step struct {
		op  byte // 'd' deliver, 'a' ack
		off int64
		ok  bool // deliver accepted / ack matched
		rel int  // ack: entries released
	}
	d := func(off int64, ok bool) step { return step{'d', off, ok, 0} }
	a := func(off int64, ok bool, rel int) step { return step{'a', off, ok, rel} }
	cases := []struct {
		name        string
		steps       []step
		wantCommit  int64
		wantPending int
	}{
		{"nothing delivered", nil, -1, 0},
		{"delivered, none acked", []step{d(5, true), d(6, true)}, 5, 2},
		{"in order", []step{d(0, true), d(1, true), a(0, true, 1), a(1, true, 1)}, 2, 0},
		{"10 11 13 acked, 12 not", []step{
			d(10, true), d(11, true), d(12, true), d(13, true),
			a(10, true, 1), a(11, true, 1), a(13, true, 0),
		}, 12, 2},
		{"hole filled last releases the run", []step{
			d(10, true), d(11, true), d(12, true), d(13, true),
			a(13, true, 0), a(11, true, 0), a(12, true, 0), a(10, true, 4),
		}, 14, 0},
		{"offset gaps (markers, compaction)", []step{
			d(3, true), d(7, true), d(8, true), d(20, true),
			a(8, true, 0), a(20, true, 0), a(3, true, 1), a(7, true, 3),
		}, 21, 0},
		{"ack inside a gap matches nothing", []step{
			d(3, true), d(7, true), a(5, false, 0),
		}, 3, 2},
		{"double ack", []step{d(0, true), d(1, true), a(1, true, 0), a(1, false, 0)}, 0, 2},
		{"ack after release", []step{d(0, true), a(0, true, 1), a(0, false, 0)}, 1, 0},
		{"ack never delivered", []step{d(0, true), a(1, false, 0), a(-1, false, 0)}, 0, 1},
		{"redelivery refused", []step{
			d(0, true), d(1, true), d(1, false), d(0, false), d(2, true),
		}, 0, 3},
		{"ack on empty tracker", []step{a(0, false, 0)}, -1, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tr := New()
			for i, s := range tc.steps {
				switch s.op {
				case 'd':
					if got := tr.Deliver(s.off); got != s.ok {
						t.Fatalf("step %d: deliver(%d) = %v, want %v", i, s.off, got, s.ok)
					}
				case 'a':
					rel, ok := tr.Ack(s.off)
					if ok != s.ok || rel != s.rel {
						t.Fatalf("step %d: ack(%d) = %d,%v, want %d,%v", i, s.off, rel, ok, s.rel, s.ok)
					}
				}
			}
			if got := tr.CommitPoint(); got != tc.wantCommit {
				t.Errorf("commitPoint = %d, want %d", got, tc.wantCommit)
			}
			if got := tr.Pending(); got != tc.wantPending {
				t.Errorf("pending = %d, want %d", got, tc.wantPending)
			}
		})
	}
}

// Random acknowledgement orders, checked against a direct computation of
// the contiguous prefix, across ring growth and wrap-around.
func TestTrackerRandomOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for round := 0; round < 50; round++ {
		tr := New()
		var offs []int64
		next := int64(rng.IntN(1000))
		acked := map[int64]bool{}
		released := 0
		n := 1 + rng.IntN(500)
		for i := 0; i < n; i++ {
			if !tr.Deliver(next) {
				t.Fatalf("deliver %d refused", next)
			}
			offs = append(offs, next)
			next += 1 + int64(rng.IntN(3)/2) // mostly contiguous, some gaps
			// interleave acks with deliveries so the ring wraps
			if len(offs) > 0 && rng.IntN(2) == 0 {
				o := offs[rng.IntN(len(offs))]
				if r, ok := tr.Ack(o); ok == acked[o] {
					t.Fatalf("ack %d ok=%v but acked before=%v", o, ok, acked[o])
				} else {
					released += r
				}
				acked[o] = true
			}
			// reference: first unacked delivered offset, else next
			want := offs[len(offs)-1] + 1
			for _, o := range offs {
				if !acked[o] {
					want = o
					break
				}
			}
			if got := tr.CommitPoint(); got != want {
				t.Fatalf("round %d step %d: commitPoint %d, want %d", round, i, got, want)
			}
			if tr.Pending()+released != len(offs) {
				t.Fatalf("pending %d + released %d != delivered %d", tr.Pending(), released, len(offs))
			}
		}
	}
}

func BenchmarkTracker(b *testing.B) {
	for _, window := range []int{1, 64, 4096} {
		b.Run("window="+strconv.Itoa(window), func(b *testing.B) {
			b.ReportAllocs()
			tr := New()
			rng := rand.New(rand.NewPCG(1, 1))
			// deliver ahead by window, ack a random one of the window
			var pend []int64
			next := int64(0)
			for i := 0; i < b.N; i++ {
				for len(pend) < window {
					tr.Deliver(next)
					pend = append(pend, next)
					next++
				}
				j := rng.IntN(len(pend))
				tr.Ack(pend[j])
				pend[j] = pend[len(pend)-1]
				pend = pend[:len(pend)-1]
			}
		})
	}
}

func TestAckedAbove(t *testing.T) {
	tr := New()
	for _, o := range []int64{10, 11, 12, 14, 15} {
		tr.Deliver(o)
	}
	for _, o := range []int64{10, 12, 15} {
		tr.Ack(o)
	}
	if got := tr.CommitPoint(); got != 11 {
		t.Fatalf("CommitPoint = %d, want 11", got)
	}
	if got := tr.AckedAbove(nil); !slices.Equal(got, []int64{12, 15}) {
		t.Fatalf("AckedAbove = %v, want [12 15]", got)
	}
	if tr.Next() != 16 || tr.Delivered != 5 || tr.Acked != 3 {
		t.Fatalf("Next %d Delivered %d Acked %d", tr.Next(), tr.Delivered, tr.Acked)
	}
}
