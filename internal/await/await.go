// Package await is the tests' way to wait: poll a condition until it holds,
// and fail the test after a deadline, which is a safety net against hangs
// and never a timing goal.
package await

import (
	"testing"
	"time"
)

// Until polls cond every millisecond until it holds; after within, it
// fails the test naming what it waited for.
func Until(t testing.TB, what string, within time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting until %s", within, what)
		}
		time.Sleep(time.Millisecond)
	}
}
