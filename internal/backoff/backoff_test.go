package backoff

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/vigilops/vigil/internal/await"
)

const (
	ms = time.Millisecond
	s  = time.Second
)

func TestExp(t *testing.T) {
	tests := []struct {
		name     string
		min, max time.Duration
		n        int
		want     time.Duration
	}{
		{"first retry waits min", 100 * ms, 30 * s, 1, 100 * ms},
		{"doubles per retry", 100 * ms, 30 * s, 2, 200 * ms},
		{"fourth retry", 100 * ms, 30 * s, 4, 800 * ms},
		{"capped at max", 1 * s, 4 * s, 4, 4 * s},
		{"max reached exactly", 1 * s, 4 * s, 3, 4 * s},
		{"max not a power of two of min", 1 * s, 3 * s, 3, 3 * s},
		{"far past the cap", 50 * ms, 5 * s, 1000, 5 * s},
		{"n of zero counts as one", 50 * ms, 5 * s, 0, 50 * ms},
		{"negative n counts as one", 50 * ms, 5 * s, -3, 50 * ms},
		{"max below min caps the first", 2 * s, 1 * s, 1, 1 * s},
		{"zero min never waits", 0, 30 * s, 5, 0},
		{"negative min never waits", -ms, 30 * s, 5, 0},
		{"zero max never waits", 100 * ms, 0, 5, 0},
		{"no overflow near the largest duration", time.Duration(math.MaxInt64/3 + 1), math.MaxInt64, 10, math.MaxInt64},
		{"no overflow with a huge n", ms, time.Duration(math.MaxInt64), 200, math.MaxInt64},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Exp(tc.min, tc.max, tc.n); got != tc.want {
				t.Errorf("Exp(%s, %s, %d) = %s, want %s", tc.min, tc.max, tc.n, got, tc.want)
			}
			p := Policy{Min: tc.min, Max: tc.max}
			if got := p.Delay(tc.n); got != tc.want {
				t.Errorf("Policy{%s, %s}.Delay(%d) = %s, want %s (no jitter)", tc.min, tc.max, tc.n, got, tc.want)
			}
		})
	}
}

// lowest and highest are random sources at the two ends of [0, n).
func lowest(time.Duration) time.Duration    { return 0 }
func highest(n time.Duration) time.Duration { return n - 1 }

func TestDelayJitter(t *testing.T) {
	tests := []struct {
		name   string
		p      Policy
		n      int
		lo, hi time.Duration // Delay with the lowest and the highest random draw
		asked  time.Duration // the n the random source is asked for (0: not asked)
	}{
		{"none", Policy{Min: s, Max: time.Minute}, 3, 4 * s, 4 * s, 0},
		{"equal: upper half, inclusive", Policy{Min: s, Max: time.Minute, Jitter: Equal}, 3, 2 * s, 4 * s, 2*s + 1},
		{"equal at the cap", Policy{Min: s, Max: 4 * s, Jitter: Equal}, 9, 2 * s, 4 * s, 2*s + 1},
		{"equal of an odd delay", Policy{Min: 3, Max: s, Jitter: Equal}, 1, 1, 3, 3},
		{"equal of 1ns: too short to halve", Policy{Min: 1, Max: s, Jitter: Equal}, 1, 1, 1, 0},
		{"full: anywhere up to the delay", Policy{Min: s, Max: time.Minute, Jitter: Full}, 3, 0, 4 * s, 4*s + 1},
		{"full at the cap", Policy{Min: 100 * ms, Max: 250 * ms, Jitter: Full}, 5, 0, 250 * ms, 250*ms + 1},
		{"full of nothing", Policy{Min: 0, Max: s, Jitter: Full}, 3, 0, 0, 0},
		{"full of the largest duration", Policy{Min: math.MaxInt64, Max: math.MaxInt64, Jitter: Full}, 1, 0, math.MaxInt64 - 1, math.MaxInt64},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var asked time.Duration
			p := tc.p
			p.Rand = func(n time.Duration) time.Duration { asked = n; return lowest(n) }
			if got := p.Delay(tc.n); got != tc.lo {
				t.Errorf("lowest draw: Delay(%d) = %s, want %s", tc.n, got, tc.lo)
			}
			if asked != tc.asked {
				t.Errorf("random source asked for [0, %d), want [0, %d)", asked, tc.asked)
			}
			p.Rand = highest
			if got := p.Delay(tc.n); got != tc.hi {
				t.Errorf("highest draw: Delay(%d) = %s, want %s", tc.n, got, tc.hi)
			}
		})
	}
}

// The default random source stays within each jitter's bounds.
func TestDelayDefaultRandomSource(t *testing.T) {
	tests := []struct {
		jitter Jitter
		n      int
		lo, hi time.Duration
	}{
		{None, 4, 800 * ms, 800 * ms},
		{Equal, 1, 50 * ms, 100 * ms},
		{Equal, 4, 400 * ms, 800 * ms},
		{Equal, 30, 15 * s, 30 * s},
		{Full, 4, 0, 800 * ms},
		{Full, 30, 0, 30 * s},
	}
	for _, tc := range tests {
		p := Policy{Min: 100 * ms, Max: 30 * s, Jitter: tc.jitter}
		seen := map[time.Duration]bool{}
		for range 500 {
			d := p.Delay(tc.n)
			if d < tc.lo || d > tc.hi {
				t.Fatalf("jitter %d, retry %d: Delay = %s, want in [%s, %s]", tc.jitter, tc.n, d, tc.lo, tc.hi)
			}
			seen[d] = true
		}
		if tc.lo < tc.hi && len(seen) < 2 {
			t.Errorf("jitter %d, retry %d: 500 delays all %v: not random", tc.jitter, tc.n, seen)
		}
	}
}

func TestSleep(t *testing.T) {
	t.Run("the full wait passes", func(t *testing.T) {
		if !Sleep(context.Background(), ms) {
			t.Error("Sleep = false with a live context, want true")
		}
	})
	t.Run("no wait", func(t *testing.T) {
		if !Sleep(context.Background(), 0) || !Sleep(context.Background(), -s) {
			t.Error("Sleep of nothing = false, want true")
		}
	})
	t.Run("already cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if Sleep(ctx, 0) || Sleep(ctx, time.Hour) {
			t.Error("Sleep = true with a cancelled context, want false")
		}
	})
	t.Run("cancelled while waiting", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan bool)
		go func() { done <- Sleep(ctx, time.Hour) }()
		cancel()
		select {
		case ok := <-done:
			if ok {
				t.Error("Sleep = true after its context was cancelled, want false")
			}
		case <-await.After(t, time.Minute): // a safety net against a hang, not a timing goal
			t.Fatal("Sleep did not return after its context was cancelled")
		}
	})
	t.Run("deadline", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), ms)
		defer cancel()
		if Sleep(ctx, time.Hour) {
			t.Error("Sleep past the context's deadline = true, want false")
		}
	})
}
