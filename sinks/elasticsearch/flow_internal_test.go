package elasticsearch

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/vigilops/vigil/internal/await"
)

func TestFlowAIMD(t *testing.T) {
	f := newFlow(8000)
	size, e0 := f.size()
	if size != 8000 {
		t.Fatalf("initial size %d", size)
	}
	if !f.pushback(e0) {
		t.Fatal("first pushback did not cut")
	}
	// A second response to a request of the same round does not cut again.
	if f.pushback(e0) {
		t.Fatal("stale pushback cut again")
	}
	if size, _ = f.size(); size != 4000 {
		t.Fatalf("after one cut: %d, want 4000", size)
	}
	// Clean responses to requests sent before the cut do not grow it.
	f.clean(e0)
	if s, _ := f.size(); s != 4000 {
		t.Fatalf("stale clean response grew the size to %d", s)
	}
	for range 5 {
		_, e := f.size()
		f.pushback(e)
	}
	if s, _ := f.size(); s != 1000 {
		t.Fatalf("floor: %d, want 1000 (FlushBytes/8)", s)
	}
	if c := f.cuts.Load(); c != 3 {
		t.Errorf("cuts = %d, want 3 (8000→4000→2000→1000)", c)
	}
	for range 6 {
		_, e := f.size()
		f.clean(e)
	}
	if s, _ := f.size(); s != 7000 {
		t.Fatalf("after 6 clean responses: %d, want 7000", s)
	}
	for range 3 {
		_, e := f.size()
		f.clean(e)
	}
	if s, _ := f.size(); s != 8000 {
		t.Fatalf("grows back to %d, want 8000 (FlushBytes)", s)
	}
}

func TestBudget(t *testing.T) {
	b := newBudget(100)
	ctx := context.Background()
	for range 3 {
		if err := b.acquire(ctx, 30, nil); err != nil {
			t.Fatal(err)
		}
	}
	short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if err := b.acquire(short, 30, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("acquire over the bound = %v, want DeadlineExceeded", err)
	}
	got := make(chan error, 1)
	go func() { got <- b.acquire(ctx, 30, nil) }()
	b.release(30)
	select {
	case err := <-got:
		if err != nil {
			t.Fatal(err)
		}
	case <-await.After(t, 10*time.Second):
		t.Fatal("acquire not woken by a release")
	}
	closing := make(chan struct{})
	go func() { got <- b.acquire(ctx, 30, closing) }()
	close(closing)
	select {
	case err := <-got:
		if !errors.Is(err, ErrClosed) {
			t.Fatalf("acquire after closing = %v", err)
		}
	case <-await.After(t, 10*time.Second):
		t.Fatal("acquire not woken by closing")
	}
	for range 3 {
		b.release(30)
	}
	// Alone, a document larger than the bound goes through.
	if err := b.acquire(ctx, 500, nil); err != nil {
		t.Fatal(err)
	}
	if used, peak := b.stats(); used != 500 || peak != 500 {
		t.Errorf("used %d peak %d, want 500 500", used, peak)
	}
}

func TestRetryQueueOrder(t *testing.T) {
	var q retryQueue
	t0 := time.Unix(1000, 0)
	q.push([]item{{size: 3, due: t0.Add(3 * time.Second)}, {size: 1, due: t0.Add(time.Second)}, {size: 2, due: t0.Add(2 * time.Second)}})
	if _, ok := q.popDue(t0); ok {
		t.Fatal("popped an item before it was due")
	}
	if next, ok := q.next(); !ok || !next.Equal(t0.Add(time.Second)) {
		t.Fatalf("next = %v %v", next, ok)
	}
	var order []int
	for {
		it, ok := q.popDue(t0.Add(2 * time.Second))
		if !ok {
			break
		}
		order = append(order, it.size)
	}
	if len(order) != 2 || order[0] != 1 || order[1] != 2 || q.n.Load() != 1 {
		t.Fatalf("popped %v, %d left", order, q.n.Load())
	}
	if left := q.close(); len(left) != 1 || left[0].size != 3 {
		t.Fatalf("close returned %v", left)
	}
	if refused := q.push([]item{{size: 4}}); len(refused) != 1 {
		t.Fatal("push after close was accepted")
	}
}

func TestItemBackoffCap(t *testing.T) {
	tests := []struct {
		min, max time.Duration
		retry    int
		lo, hi   time.Duration
	}{
		{100 * time.Millisecond, 30 * time.Second, 1, 50 * time.Millisecond, 100 * time.Millisecond},
		{100 * time.Millisecond, 30 * time.Second, 4, 400 * time.Millisecond, 800 * time.Millisecond},
		{100 * time.Millisecond, 30 * time.Second, 5, 500 * time.Millisecond, time.Second}, // capped at 1s
		{100 * time.Millisecond, 30 * time.Second, 40, 500 * time.Millisecond, time.Second},
		{time.Millisecond, 5 * time.Millisecond, 10, 2500 * time.Microsecond, 5 * time.Millisecond}, // BackoffMax below the cap
		{2 * time.Second, 30 * time.Second, 3, time.Second, 2 * time.Second},                        // BackoffMin above the cap
	}
	for _, tc := range tests {
		ix := &Indexer{cfg: Config{BackoffMin: tc.min, BackoffMax: tc.max}}
		for range 200 {
			if d := ix.itemBackoff(tc.retry); d < tc.lo || d > tc.hi {
				t.Fatalf("itemBackoff(%d) with [%s, %s] = %s, want in [%s, %s]", tc.retry, tc.min, tc.max, d, tc.lo, tc.hi)
			}
		}
	}
}
