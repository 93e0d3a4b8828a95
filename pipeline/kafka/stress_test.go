package kafka

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kmsg"
)

// Three members join and one leaves while acknowledgements arrive late and
// out of order. The broker checks every OffsetCommit it receives: an offset
// is never committed before every record below it was acknowledged by some
// member. In the end everything is delivered and committed.
func TestSourceNeverCommitsAheadOfAcks(t *testing.T) {
	const parts, per = 6, 300
	e := startEmbedded(t, parts, "stress")
	produce(t, e.Addrs(), "stress", parts, per)

	var mu sync.Mutex
	acked := make([][]bool, parts)
	delivered := make([][]int, parts)
	for p := range acked {
		acked[p] = make([]bool, per)
		delivered[p] = make([]int, per)
	}
	var violations []string
	commits := 0
	e.c.ControlKey(int16(kmsg.OffsetCommit), func(req kmsg.Request) (kmsg.Response, error, bool) {
		r := req.(*kmsg.OffsetCommitRequest)
		mu.Lock()
		defer mu.Unlock()
		for _, tp := range r.Topics {
			for _, p := range tp.Partitions {
				commits++
				for o := int64(0); o < p.Offset && o < per; o++ {
					if !acked[p.Partition][o] {
						violations = append(violations, fmt.Sprintf("partition %d committed at %d but %d is not acknowledged", p.Partition, p.Offset, o))
						break
					}
				}
			}
		}
		return nil, nil, false // observe only
	})

	cfg := e.Config("stress")
	cfg.GroupID = "stress"
	cfg.CommitInterval = 10 * time.Millisecond
	cfg.MaxPending = 40

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var wg sync.WaitGroup
	member := func(seed uint64, stop <-chan struct{}) *Source {
		s := newTestSource(t, cfg)
		work := make(chan Message, 16)
		wg.Go(func() {
			defer close(work)
			for {
				m, err := s.Fetch(ctx)
				if err != nil {
					return
				}
				mu.Lock()
				delivered[m.Partition][m.Offset]++
				mu.Unlock()
				select {
				case work <- m:
				case <-stop:
					return
				}
			}
		})
		for w := range 4 {
			rng := rand.New(rand.NewPCG(seed, uint64(w)))
			wg.Go(func() {
				for m := range work {
					time.Sleep(time.Duration(rng.IntN(500)) * time.Microsecond)
					mu.Lock()
					acked[m.Partition][m.Offset] = true
					mu.Unlock()
					s.Ack(m)
				}
			})
		}
		return s
	}

	never := make(chan struct{})
	member(1, never)
	time.Sleep(100 * time.Millisecond)
	leaving := make(chan struct{})
	m2 := member(2, leaving)
	time.Sleep(100 * time.Millisecond)
	member(3, never)
	time.Sleep(150 * time.Millisecond)
	close(leaving) // m2 stops mid-stream, with messages in flight
	if err := m2.Close(); err != nil {
		t.Logf("m2 close: %v", err) // in-flight messages are legitimately uncommitted
	}

	waitFor(t, "every partition committed to the end", func() bool {
		c := e.Committed("stress")["stress"]
		for p := 0; p < parts; p++ {
			if c[p] != per {
				return false
			}
		}
		return true
	})
	cancel()
	wg.Wait()

	mu.Lock()
	defer mu.Unlock()
	for _, v := range violations {
		t.Error(v)
	}
	if commits < parts {
		t.Fatalf("only %d partition commits observed", commits)
	}
	redelivered := 0
	for p := range delivered {
		for o, n := range delivered[p] {
			if n == 0 {
				t.Fatalf("record %d/%d never delivered", p, o)
			}
			redelivered += n - 1
		}
	}
	t.Logf("%d partition commits checked, %d redeliveries", commits, redelivered)
}
