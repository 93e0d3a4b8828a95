// Package backoff is the code base's one exponential backoff: the wait
// before a retry, doubling from a minimum to a maximum, optionally
// randomised, and a sleep that ends early when its context does.
//
// Every retry loop in vigil (Elasticsearch bulk and history requests, the
// Kafka source's fetches and commits, the dead-letter writers, the alerting
// retry stage) takes its waits from here; each keeps its own constants.
package backoff

import (
	"context"
	"math"
	"math/rand/v2"
	"time"
)

// Jitter says how a delay d is randomised.
type Jitter int

const (
	// None waits exactly d.
	None Jitter = iota
	// Full waits uniformly in [0, d]: the least correlated retries, at the
	// cost of some retries coming almost at once.
	Full
	// Equal waits uniformly in [d/2, d]: spread out, yet never less than
	// half the exponential delay.
	Equal
)

// Policy is an exponential backoff. The zero Policy never waits.
type Policy struct {
	// Min is the delay before the first retry; Max caps every delay. A Min
	// of zero or less never waits; a Max below Min caps even the first.
	Min, Max time.Duration
	// Jitter randomises each delay (None by default).
	Jitter Jitter
	// Rand is the jitter's random source: a uniform duration in [0, n) for
	// n > 0, like math/rand/v2's N. Nil uses rand.N. Tests inject their own.
	Rand func(n time.Duration) time.Duration
}

// Delay returns the wait before retry n (n >= 1; lower values count as 1):
// Min doubled n-1 times, capped at Max, then jittered.
func (p Policy) Delay(n int) time.Duration {
	d := Exp(p.Min, p.Max, n)
	switch p.Jitter {
	case Full:
		if d <= 0 {
			return 0
		}
		if d == math.MaxInt64 {
			return p.rand(d)
		}
		return p.rand(d + 1)
	case Equal:
		half := d / 2
		if half <= 0 {
			return d
		}
		return half + p.rand(d-half+1)
	}
	return d
}

func (p Policy) rand(n time.Duration) time.Duration {
	if p.Rand != nil {
		return p.Rand(n)
	}
	return rand.N(n)
}

// Exp returns the wait before retry n without jitter: min doubled n-1 times
// (n below 1 counts as 1), capped at max; zero when min or max is not
// positive. Doubling saturates at max instead of overflowing.
func Exp(min, max time.Duration, n int) time.Duration {
	if min <= 0 || max <= 0 {
		return 0
	}
	d := min
	for i := 1; i < n && d < max; i++ {
		if d > max/2 {
			return max
		}
		d *= 2
	}
	if d > max {
		return max
	}
	return d
}

// Sleep waits for d, or until ctx is done, whichever comes first. It
// reports whether the full wait passed: false when ctx ended first (also
// when it had already ended). A d of zero or less returns at once.
func Sleep(ctx context.Context, d time.Duration) bool {
	if ctx.Err() != nil {
		return false
	}
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
