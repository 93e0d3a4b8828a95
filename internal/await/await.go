// Package await is the tests' way to wait: poll a condition until it holds,
// and fail the test after a deadline, which is a safety net against hangs
// and never a timing goal.
//
// Every deadline given here is scaled (Scale): CI runs on two cores that
// other jobs may load tenfold, and a wait that succeeds costs the same
// whatever its deadline, so the deadlines are generous by default. A test
// must never depend on a deadline being short: to assert that something
// does not happen, wait for an explicit event or drive an injected clock,
// not for a window to pass.
package await

import (
	"context"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"
)

// ScaleEnv names the environment variable that multiplies every deadline
// (a positive number, such as 0.5 or 20); DefaultScale applies without it.
const ScaleEnv = "VIGIL_TEST_TIMEOUT_SCALE"

// DefaultScale is the factor without ScaleEnv: the tests' deadlines are
// written for an idle machine, and CI's may be ten times slower.
const DefaultScale = 10

// margin is left before the test binary's own deadline (go test -timeout),
// so that a wait that fails says what it waited for instead of ending in
// the binary's panic.
const margin = 30 * time.Second

var scale = sync.OnceValue(func() float64 {
	if s := os.Getenv(ScaleEnv); s != "" {
		if f, err := strconv.ParseFloat(s, 64); err == nil && f > 0 {
			return f
		}
		panic(ScaleEnv + "=" + s + ": want a positive number")
	}
	return DefaultScale
})

// Scale returns the factor applied to every deadline: $VIGIL_TEST_TIMEOUT_SCALE,
// else DefaultScale.
func Scale() float64 { return scale() }

// Scaled returns d multiplied by Scale.
func Scaled(d time.Duration) time.Duration { return time.Duration(float64(d) * Scale()) }

// Within returns the deadline to give a wait written as d: d scaled, but
// ending at the latest 30 s before the test binary times out (when t knows
// that deadline); that cut never makes it shorter than d.
func Within(t testing.TB, d time.Duration) time.Duration {
	w := Scaled(d)
	floor := min(w, d)
	if dt, ok := t.(interface{ Deadline() (time.Time, bool) }); ok {
		if end, ok := dt.Deadline(); ok {
			if left := time.Until(end) - margin; left < w {
				w = left
			}
		}
	}
	return max(w, floor)
}

// Until polls cond every millisecond until it holds; after Within(t,
// within), it fails the test naming what it waited for.
func Until(t testing.TB, what string, within time.Duration, cond func() bool) {
	t.Helper()
	within = Within(t, within)
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting until %s", within, what)
		}
		time.Sleep(time.Millisecond)
	}
}

// After is time.After(Within(t, d)): a safety net in a select.
func After(t testing.TB, d time.Duration) <-chan time.Time {
	return time.After(Within(t, d))
}

// Context returns a context that ends after Within(t, d), or when the test
// ends: a safety net for a call that takes a context.
func Context(t testing.TB, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), Within(t, d))
	t.Cleanup(cancel)
	return ctx
}
