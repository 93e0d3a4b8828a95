package kafka

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/vigilops/vigil/internal/await"
)

// Three members join and one leaves while acknowledgements arrive late and
// out of order. The broker checks every OffsetCommit it receives: an offset
// is never committed before every record below it was acknowledged by some
// member. In the end everything is delivered and committed.
//
// The test paces the acknowledgements itself (each takes a token), so that
// every membership change falls mid-stream whatever the machine's speed:
// between the steps each member holds up to MaxPending messages that it
// cannot acknowledge yet.
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
	// tokens pays for acknowledgements, one each; closed, it pays for all.
	tokens := make(chan struct{})
	freeTokens := sync.OnceFunc(func() { close(tokens) })
	defer freeTokens()
	var ackCount atomic.Int64
	release := func(n int) {
		t.Helper()
		for range n {
			select {
			case tokens <- struct{}{}:
			case <-await.After(t, 10*time.Second):
				t.Fatalf("no member took an acknowledgement token (%d acknowledged)", ackCount.Load())
			}
		}
	}
	var wg sync.WaitGroup
	member := func(stop <-chan struct{}) *Source {
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
		for range 4 {
			wg.Go(func() {
				for m := range work {
					<-tokens
					ackCount.Add(1)
					mu.Lock()
					acked[m.Partition][m.Offset] = true
					mu.Unlock()
					s.Ack(m)
				}
			})
		}
		return s
	}

	owners := func(ms ...*Source) bool { // the partitions are shared by exactly ms
		n := 0
		for _, m := range ms {
			k := len(m.Stats().Partitions)
			if k == 0 {
				return false
			}
			n += k
		}
		return n == parts
	}
	never := make(chan struct{})
	m1 := member(never)
	release(300)
	leaving := make(chan struct{})
	m2 := member(leaving)
	waitFor(t, "m1 and m2 sharing the partitions", func() bool { return owners(m1, m2) })
	release(300)
	m3 := member(never)
	waitFor(t, "m1, m2 and m3 sharing the partitions", func() bool { return owners(m1, m2, m3) })
	release(300)
	waitFor(t, "m2 holding messages it has not acknowledged", func() bool { return m2.Stats().Pending > 0 })
	close(leaving) // m2 stops mid-stream, with messages in flight
	if err := m2.Close(); err != nil {
		t.Logf("m2 close: %v", err) // in-flight messages are legitimately uncommitted
	}
	freeTokens() // from now on acknowledgements flow freely

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
