package alerting

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

// scripted is a fake Notifier answering from a script: one (retry, err)
// per call, the last repeated; an empty script always succeeds.
type scripted struct {
	mu     sync.Mutex
	script []answer
	calls  int
}

type answer struct {
	retry bool
	err   error
}

func (s *scripted) Name() string { return "scripted" }

func (s *scripted) Notify(context.Context, []alert.Alert) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	if len(s.script) == 0 {
		return false, nil
	}
	a := s.script[min(s.calls, len(s.script))-1]
	return a.retry, a.err
}

var (
	flaky = answer{retry: true, err: errFlaky}
	gone  = answer{retry: false, err: errors.New("400 bad request")}
	ok    = answer{}
)

// fakeTime is the injected clock and sleep of a retry stage: a sleep
// records its delay and moves the clock on at once.
type fakeTime struct {
	now    time.Time
	delays []time.Duration
	err    error // returned by sleep when set
}

func (f *fakeTime) clock() time.Time { return f.now }

func (f *fakeTime) sleep(_ context.Context, d time.Duration) error {
	f.delays = append(f.delays, d)
	if f.err != nil {
		return f.err
	}
	f.now = f.now.Add(d)
	return nil
}

func TestRetryStageAlone(t *testing.T) {
	const s = time.Second
	tests := []struct {
		name         string
		cfg          RetryConfig
		script       []answer
		wantAttempts int
		wantErr      bool
		wantDelays   []time.Duration
		wantStats    RetryStats
	}{
		{
			name: "success at once", cfg: RetryConfig{Initial: s, Max: 4 * s, Attempts: 5},
			script: []answer{ok}, wantAttempts: 1,
		},
		{
			name: "flaky, then success", cfg: RetryConfig{Initial: s, Max: 4 * s, Attempts: 5},
			script: []answer{flaky, flaky, ok}, wantAttempts: 3,
			wantDelays: []time.Duration{500 * time.Millisecond, s},
			wantStats:  RetryStats{FailedAttempts: 2, Retries: 2},
		},
		{
			name: "doubling up to max, attempts bounded", cfg: RetryConfig{Initial: s, Max: 4 * s, Attempts: 6},
			script: []answer{flaky}, wantAttempts: 6, wantErr: true,
			wantDelays: []time.Duration{500 * time.Millisecond, s, 2 * s, 2 * s, 2 * s},
			wantStats:  RetryStats{FailedAttempts: 6, Retries: 5, FinalFailures: 1},
		},
		{
			name: "a failure not worth retrying is not retried", cfg: RetryConfig{Initial: s, Max: 4 * s, Attempts: 6},
			script: []answer{flaky, gone, ok}, wantAttempts: 2, wantErr: true,
			wantDelays: []time.Duration{500 * time.Millisecond},
			wantStats:  RetryStats{FailedAttempts: 2, Retries: 1, FinalFailures: 1},
		},
		{
			name: "defaults: 8 attempts from 1s to 1m", cfg: RetryConfig{},
			script: []answer{flaky}, wantAttempts: 8, wantErr: true,
			wantDelays: []time.Duration{s / 2, s, 2 * s, 4 * s, 8 * s, 16 * s, 30 * s},
			wantStats:  RetryStats{FailedAttempts: 8, Retries: 7, FinalFailures: 1},
		},
		{
			name: "max below initial is raised to it", cfg: RetryConfig{Initial: 2 * s, Max: s, Attempts: 3},
			script: []answer{flaky}, wantAttempts: 3, wantErr: true,
			wantDelays: []time.Duration{s, s},
			wantStats:  RetryStats{FailedAttempts: 3, Retries: 2, FinalFailures: 1},
		},
		{
			name: "one attempt only", cfg: RetryConfig{Attempts: 1},
			script: []answer{flaky, ok}, wantAttempts: 1, wantErr: true,
			wantStats: RetryStats{FailedAttempts: 1, FinalFailures: 1},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := &scripted{script: tc.script}
			ft := &fakeTime{now: t0}
			var logs bytes.Buffer
			st := NewRetryStage("pager", n, tc.cfg, zerolog.New(&logs),
				WithSleep(ft.sleep), WithRetryClock(ft.clock), WithJitter(func() float64 { return 0 }))
			attempts, err := st.Deliver(context.Background(), []alert.Alert{fire(0, "a", alert.P1)})
			if attempts != tc.wantAttempts || n.calls != tc.wantAttempts {
				t.Errorf("attempts = %d (notifier called %d times), want %d", attempts, n.calls, tc.wantAttempts)
			}
			if (err != nil) != tc.wantErr {
				t.Errorf("err = %v, want an error: %v", err, tc.wantErr)
			}
			if err != nil && !errors.Is(err, n.script[min(attempts, len(n.script))-1].err) {
				t.Errorf("err = %v, want the notifier's last error", err)
			}
			if !slices.Equal(ft.delays, tc.wantDelays) {
				t.Errorf("delays = %v, want %v", ft.delays, tc.wantDelays)
			}
			if got := st.Stats(); got != tc.wantStats {
				t.Errorf("stats = %+v, want %+v", got, tc.wantStats)
			}
			// One warning per failed attempt; the last says it gives up.
			lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
			if logs.Len() == 0 {
				lines = nil
			}
			if int64(len(lines)) != tc.wantStats.FailedAttempts {
				t.Fatalf("%d log lines, want one per failed attempt (%d):\n%s", len(lines), tc.wantStats.FailedAttempts, logs.String())
			}
			for i, l := range lines {
				last := tc.wantErr && i == len(lines)-1
				if !strings.Contains(l, `"receiver":"pager"`) || !strings.Contains(l, `"notification failed"`) ||
					strings.Contains(l, `"giving_up":true`) != last {
					t.Errorf("log line %d: %s", i+1, l)
				}
			}
		})
	}
}

// A retry abandoned because ctx ended says so, wrapping both errors.
func TestRetryStageContextEnds(t *testing.T) {
	t.Run("during the wait", func(t *testing.T) {
		n := &scripted{script: []answer{flaky}}
		ft := &fakeTime{now: t0, err: context.Canceled}
		st := NewRetryStage("r", n, RetryConfig{Attempts: 5}, zerolog.Nop(), WithSleep(ft.sleep), WithRetryClock(ft.clock))
		attempts, err := st.Deliver(context.Background(), nil)
		if attempts != 1 || !errors.Is(err, errFlaky) || !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "retry abandoned") {
			t.Errorf("attempts %d, err %v; want 1 and the notifier's error with the abandoned retry", attempts, err)
		}
		if got := st.Stats(); got != (RetryStats{FailedAttempts: 1, FinalFailures: 1}) {
			t.Errorf("stats = %+v", got)
		}
	})
	t.Run("before the first failure", func(t *testing.T) {
		n := &scripted{script: []answer{flaky}}
		ft := &fakeTime{now: t0}
		st := NewRetryStage("r", n, RetryConfig{Attempts: 5}, zerolog.Nop(), WithSleep(ft.sleep), WithRetryClock(ft.clock))
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		attempts, err := st.Deliver(ctx, nil)
		if attempts != 1 || !errors.Is(err, errFlaky) || len(ft.delays) != 0 {
			t.Errorf("attempts %d, err %v, delays %v; want one attempt and no wait", attempts, err, ft.delays)
		}
	})
	t.Run("the default sleep", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := sleep(ctx, time.Hour); !errors.Is(err, context.Canceled) {
			t.Errorf("sleep with a cancelled context = %v, want context.Canceled", err)
		}
		if err := sleep(context.Background(), time.Nanosecond); err != nil {
			t.Errorf("sleep = %v, want nil", err)
		}
	})
}

// The stage does not begin a wait that would end after ctx's deadline.
func TestRetryStageDeadline(t *testing.T) {
	deadline := time.Now().Add(time.Hour) // far off in real time; the stage's clock is fake
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	n := &scripted{script: []answer{flaky}}
	ft := &fakeTime{now: deadline.Add(-4 * time.Second)}
	st := NewRetryStage("r", n, RetryConfig{Initial: time.Second, Max: time.Minute, Attempts: 10}, zerolog.Nop(),
		WithSleep(ft.sleep), WithRetryClock(ft.clock), WithJitter(func() float64 { return 0 }))
	attempts, err := st.Deliver(ctx, nil)
	// Waits of 0.5, 1 and 2 s fit in the 4 s left; the next, 4 s, does not.
	if want := []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second}; !slices.Equal(ft.delays, want) {
		t.Errorf("delays = %v, want %v", ft.delays, want)
	}
	if attempts != 4 || !errors.Is(err, errFlaky) || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("attempts %d, err %v; want 4 and the notifier's error with the deadline", attempts, err)
	}
	if got := st.Stats(); got != (RetryStats{FailedAttempts: 4, Retries: 3, FinalFailures: 1}) {
		t.Errorf("stats = %+v", got)
	}
}

// A stage is itself a Notifier: it has done the retrying, so it never asks
// for more.
func TestRetryStageIsANotifier(t *testing.T) {
	ft := &fakeTime{now: t0}
	var n Notifier = NewRetryStage("r", &scripted{script: []answer{flaky}}, RetryConfig{Attempts: 2}, zerolog.Nop(),
		WithSleep(ft.sleep), WithRetryClock(ft.clock))
	if n.Name() != "scripted" {
		t.Errorf("Name = %q, want the wrapped notifier's", n.Name())
	}
	retry, err := n.Notify(context.Background(), nil)
	if retry || !errors.Is(err, errFlaky) {
		t.Errorf("Notify = %v, %v; want false and the notifier's error", retry, err)
	}
	if len(ft.delays) != 1 {
		t.Errorf("delays %v, want one wait between the two attempts", ft.delays)
	}
}

// The stage's counters hold under concurrent deliveries.
func TestRetryStageConcurrentDeliveries(t *testing.T) {
	n := &scripted{script: []answer{flaky, flaky, flaky, ok}}
	st := NewRetryStage("r", n, RetryConfig{Attempts: 5}, zerolog.Nop(),
		WithSleep(func(context.Context, time.Duration) error { return nil }))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { st.Deliver(context.Background(), nil) })
	}
	wg.Wait()
	// Three calls fail, whoever makes them, and are retried (no delivery
	// can fail five times); every delivery then succeeds.
	if s := st.Stats(); s != (RetryStats{FailedAttempts: 3, Retries: 3}) || n.calls != 11 {
		t.Errorf("stats %+v after %d calls, want 3 failed attempts and 3 retries in 11 calls", s, n.calls)
	}
}
