package kafka

import (
	"context"
	"testing"
	"time"
)

// alignFixture is a Source with two owned partitions and no broker: quiet,
// which has handed out a record stamped alignBase and is known to have more,
// and ahead, whose pump holds a record far ahead of it.
func alignFixture(quietSince time.Time) (s *Source, quiet, ahead *partState) {
	s = &Source{
		cfg:     Config{MaxSkew: time.Minute, MaxWait: 100 * time.Millisecond},
		parts:   map[tpKey]*partState{},
		changed: make(chan struct{}),
	}
	quiet = &partState{key: tpKey{"logs", 0}, head: alignBase, behind: true, since: quietSince}
	ahead = &partState{key: tpKey{"logs", 1}}
	s.parts[quiet.key], s.parts[ahead.key] = quiet, ahead
	return s, quiet, ahead
}

var alignBase = time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)

// alignAsync runs align for ahead's record ten minutes past alignBase and says
// when it returns; the test proceeds once align waits (or has returned).
func alignAsync(t *testing.T, ctx context.Context, s *Source, ahead *partState) <-chan bool {
	t.Helper()
	done := make(chan bool, 1)
	go func() { done <- s.align(ctx, ahead, alignBase.Add(10*time.Minute)) }()
	waitFor(t, "align to wait for the quiet partition", func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.waiters == 1 || len(done) == 1
	})
	return done
}

// A partition silent for the pipeline's idle time no longer holds the
// others back (Source.SetIdleAfter): one silent for less holds them until
// it delivers, and one silent for longer does not hold them at all.
func TestAlignLetsOthersPastAnIdlePartition(t *testing.T) {
	t.Run("silent for less holds the others until it delivers", func(t *testing.T) {
		s, quiet, ahead := alignFixture(time.Now())
		s.SetIdleAfter(time.Hour)
		done := alignAsync(t, context.Background(), s, ahead)
		select {
		case ok := <-done:
			t.Fatalf("align returned %v while the quiet partition (silent for less than its idle time) is ten minutes behind", ok)
		default:
		}
		s.mu.Lock()
		quiet.head, quiet.since = alignBase.Add(9*time.Minute+30*time.Second), time.Now() // it delivers
		s.notifyLocked()
		s.mu.Unlock()
		if ok := <-done; !ok {
			t.Fatal("align refused the record once the quiet partition caught up within MaxSkew")
		}
		if n := s.skewWaits.Load(); n != 1 {
			t.Errorf("%d skew waits, want 1", n)
		}
	})
	t.Run("silent for longer does not hold them", func(t *testing.T) {
		s, _, ahead := alignFixture(time.Now().Add(-time.Minute))
		s.SetIdleAfter(30 * time.Second)
		if ok := <-alignAsync(t, context.Background(), s, ahead); !ok {
			t.Fatal("align refused the record")
		}
		if n := s.skewWaits.Load(); n != 0 {
			t.Errorf("%d skew waits past an idle partition, want 0", n)
		}
	})
	t.Run("becoming idle while it waits releases the others", func(t *testing.T) {
		s, _, ahead := alignFixture(time.Now())
		s.SetIdleAfter(time.Hour)
		done := alignAsync(t, context.Background(), s, ahead)
		s.SetIdleAfter(time.Nanosecond) // the quiet partition is now idle
		if ok := <-done; !ok {
			t.Fatal("align refused the record")
		}
	})
	t.Run("without an idle time a silent partition holds the others", func(t *testing.T) {
		s, _, ahead := alignFixture(time.Now().Add(-24 * time.Hour))
		ctx, cancel := context.WithCancel(context.Background())
		done := alignAsync(t, ctx, s, ahead)
		select {
		case ok := <-done:
			t.Fatalf("align returned %v; with no idle time set a day's silence still holds the others", ok)
		default:
		}
		cancel()
		if ok := <-done; ok {
			t.Fatal("align returned true after its context ended")
		}
	})
}
