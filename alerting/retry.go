package alerting

import (
	"cmp"
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/internal/backoff"
)

// RetryStage is the retry stage: it delivers a notification through a
// Notifier, trying again while the notifier says a failure is worth it,
// with exponential backoff and equal jitter between attempts (RetryConfig:
// from Initial, doubling, capped at Max), at most Attempts tries, and never
// waiting past its context's deadline or end. It logs every failed attempt
// and counts failed attempts, retries and notifications given up on.
//
// The dispatcher wraps every receiver's notifier in one; it is safe for
// concurrent use.
type RetryStage struct {
	receiver string
	n        Notifier
	attempts int
	backoff  backoff.Policy
	sleep    func(ctx context.Context, d time.Duration) error
	now      func() time.Time
	log      zerolog.Logger

	failed, retries, gaveUp atomic.Int64
}

// RetryStats are a retry stage's counters.
type RetryStats struct {
	FailedAttempts int64 // attempts that failed
	Retries        int64 // attempts that were retries
	FinalFailures  int64 // notifications given up on
}

// NewRetryStage wraps n, the notifier of the named receiver (for the logs).
// Zero fields of cfg take the defaults (DefaultRetryInitial, DefaultRetryMax,
// DefaultRetryAttempts). WithSleep, WithJitter and WithRetryClock replace
// its waits, its jitter and its clock; other options do not apply.
func NewRetryStage(receiver string, n Notifier, cfg RetryConfig, log zerolog.Logger, opts ...Option) *RetryStage {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	return newRetryStage(receiver, n, cfg, log, o)
}

func newRetryStage(receiver string, n Notifier, cfg RetryConfig, log zerolog.Logger, o options) *RetryStage {
	initial := cmp.Or(cfg.Initial, DefaultRetryInitial)
	s := &RetryStage{
		receiver: receiver,
		n:        n,
		attempts: cmp.Or(cfg.Attempts, DefaultRetryAttempts),
		backoff: backoff.Policy{
			Min:    initial,
			Max:    max(cmp.Or(cfg.Max, DefaultRetryMax), initial),
			Jitter: backoff.Equal,
		},
		sleep: o.sleep,
		now:   o.now,
		log:   log,
	}
	if s.sleep == nil {
		s.sleep = sleep
	}
	if s.now == nil {
		s.now = time.Now
	}
	if f := o.jitter; f != nil {
		s.backoff.Rand = func(n time.Duration) time.Duration {
			return min(time.Duration(f()*float64(n)), n-1)
		}
	}
	return s
}

// sleep is the stage's default wait: ctx's error when ctx ends first.
func sleep(ctx context.Context, d time.Duration) error {
	if !backoff.Sleep(ctx, d) {
		return ctx.Err()
	}
	return nil
}

// Name implements Notifier: the wrapped notifier's name.
func (s *RetryStage) Name() string { return s.n.Name() }

// Notify implements Notifier with Deliver: a stage is a notifier that has
// done its own retrying, so it never asks for more.
func (s *RetryStage) Notify(ctx context.Context, alerts []alert.Alert) (retry bool, err error) {
	_, err = s.Deliver(ctx, alerts)
	return false, err
}

// Deliver calls the notifier until it succeeds, says the failure is not
// worth retrying, the attempts run out, or ctx ends or would end before the
// next attempt. It returns the number of attempts made and nil, or the last
// failure (noting why a retry was abandoned).
func (s *RetryStage) Deliver(ctx context.Context, alerts []alert.Alert) (attempts int, err error) {
	for attempt := 1; ; attempt++ {
		var retry bool
		retry, err = s.n.Notify(ctx, alerts)
		if err == nil {
			return attempt, nil
		}
		s.failed.Add(1)
		last := !retry || attempt >= s.attempts || ctx.Err() != nil
		var wait time.Duration
		var abandoned error
		if !last {
			wait = s.backoff.Delay(attempt)
			if deadline, ok := ctx.Deadline(); ok && s.now().Add(wait).After(deadline) {
				last, abandoned = true, fmt.Errorf("the next attempt would be after the deadline: %w", context.DeadlineExceeded)
			}
		}
		s.log.Warn().Str("receiver", s.receiver).Str("notifier", s.n.Name()).Int("attempt", attempt).
			Bool("retryable", retry).Bool("giving_up", last).Strs("rules", rules(alerts)).
			Strs("fingerprints", fingerprints(alerts)).Err(err).Msg("notification failed")
		if !last {
			abandoned = s.sleep(ctx, wait)
		}
		if last || abandoned != nil {
			s.gaveUp.Add(1)
			if abandoned != nil {
				err = fmt.Errorf("%w (retry abandoned: %w)", err, abandoned)
			}
			return attempt, err
		}
		s.retries.Add(1)
	}
}

// Stats returns the stage's counters.
func (s *RetryStage) Stats() RetryStats {
	return RetryStats{FailedAttempts: s.failed.Load(), Retries: s.retries.Load(), FinalFailures: s.gaveUp.Load()}
}
