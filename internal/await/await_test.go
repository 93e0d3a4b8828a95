package await

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// Until returns once the condition holds, having asked it again and again.
func TestUntilWaitsForTheCondition(t *testing.T) {
	var calls atomic.Int64
	Until(t, "the third call", time.Minute, func() bool { return calls.Add(1) >= 3 })
	if n := calls.Load(); n != 3 {
		t.Errorf("condition asked %d times, want 3", n)
	}
}

// Until fails a test whose condition never holds.
func TestUntilFailsAfterTheDeadline(t *testing.T) {
	ft := &fakeT{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		Until(ft, "never", 5*time.Millisecond, func() bool { return false })
	}()
	<-done
	if !ft.failed {
		t.Error("Until returned on a condition that never held without failing")
	}
}

type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper() {}
func (f *fakeT) Fatalf(string, ...any) {
	f.failed = true
	runtime.Goexit()
}
