package await

import (
	"os"
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

// Within scales a deadline, never below what the test wrote, and stops
// short of the test binary's own deadline.
func TestWithinScalesAndStopsBeforeTheBinarysDeadline(t *testing.T) {
	if got, want := Within(&fakeT{TB: t}, time.Second), Scaled(time.Second); got != want {
		t.Errorf("Within(1s) = %s, want %s (scale %g)", got, want, Scale())
	}
	soon := &deadlineT{fakeT: fakeT{TB: t}, end: time.Now().Add(margin + time.Minute)}
	if got := Within(soon, 30*time.Second); Scale() >= 2 && (got > time.Minute || got < 50*time.Second) {
		t.Errorf("Within(30s) a minute before the binary's deadline (less the margin) = %s, want about a minute", got)
	}
	if got, want := Within(soon, time.Hour), min(time.Hour, Scaled(time.Hour)); got != want {
		t.Errorf("Within(1h) = %s, want %s: the cut never shortens what was written", got, want)
	}
	past := &deadlineT{fakeT: fakeT{TB: t}, end: time.Now()}
	if got, want := Within(past, time.Second), min(time.Second, Scaled(time.Second)); got != want {
		t.Errorf("Within(1s) past the binary's deadline = %s, want %s", got, want)
	}
}

// The default scale is generous: CI's machine may be ten times slower than
// the one a deadline was written on.
func TestScaleDefault(t *testing.T) {
	if os.Getenv(ScaleEnv) != "" {
		t.Skip(ScaleEnv + " is set")
	}
	if Scale() != DefaultScale || DefaultScale < 10 {
		t.Errorf("Scale() = %g, DefaultScale %d; want at least 10", Scale(), DefaultScale)
	}
}

type deadlineT struct {
	fakeT
	end time.Time
}

func (d *deadlineT) Deadline() (time.Time, bool) { return d.end, true }
