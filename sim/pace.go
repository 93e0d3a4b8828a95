package sim

import (
	"context"
	"fmt"
	"time"

	"github.com/vigilops/vigil/internal/backoff"
)

// minSleep is the shortest wait a Pacer bothers to sleep; shorter debts are
// carried to the next event, so fast playback does not sleep per line.
const minSleep = 2 * time.Millisecond

// Pacer plays simulated time back against wall time at a fixed speed:
// speed 1 is real time, 1440 plays a day in a minute, and speed <= 0 does
// not wait at all.
type Pacer struct {
	simStart  time.Time
	wallStart time.Time
	speed     float64
	now       func() time.Time
	sleep     func(context.Context, time.Duration) error
}

// NewPacer returns a pacer that maps simStart to now() at the time of the
// call. A nil now uses time.Now; a nil sleep uses Sleep.
func NewPacer(simStart time.Time, speed float64, now func() time.Time, sleep func(context.Context, time.Duration) error) *Pacer {
	if now == nil {
		now = time.Now
	}
	if sleep == nil {
		sleep = Sleep
	}
	return &Pacer{simStart: simStart, wallStart: now(), speed: speed, now: now, sleep: sleep}
}

// Wall returns the wall time at which simulated time at is due.
func (p *Pacer) Wall(at time.Time) time.Time {
	if p.speed <= 0 {
		return p.wallStart
	}
	return p.wallStart.Add(time.Duration(float64(at.Sub(p.simStart)) / p.speed))
}

// Wait blocks until simulated time at is due, or ctx is done.
func (p *Pacer) Wait(ctx context.Context, at time.Time) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if p.speed <= 0 {
		return nil
	}
	d := p.Wall(at).Sub(p.now())
	if d < minSleep {
		return nil
	}
	if err := p.sleep(ctx, d); err != nil {
		return fmt.Errorf("sim: pacing: %w", err)
	}
	return nil
}

// Pace waits until simulated time at is due, where simulated time start
// began at wall time wallStart and runs speed times faster than wall time.
// It is Pacer.Wait without the state, for callers that keep their own.
func Pace(ctx context.Context, start, wallStart time.Time, speed float64, at time.Time,
	now func() time.Time, sleep func(context.Context, time.Duration) error) error {
	if now == nil {
		now = time.Now
	}
	if sleep == nil {
		sleep = Sleep
	}
	p := Pacer{simStart: start, wallStart: wallStart, speed: speed, now: now, sleep: sleep}
	return p.Wait(ctx, at)
}

// Sleep waits for d or until ctx is done, whichever comes first.
func Sleep(ctx context.Context, d time.Duration) error {
	if !backoff.Sleep(ctx, d) {
		return ctx.Err()
	}
	return nil
}

// Stream plays s through p, calling emit with each line (the caller's to
// keep) once its simulated time is due. It returns nil when the simulation
// is over, or the first error from pacing (ctx done) or emit.
func Stream(ctx context.Context, s *Simulator, p *Pacer, emit func(line []byte, at time.Time) error) error {
	for {
		line, at, ok := s.Next()
		if !ok {
			return nil
		}
		if err := p.Wait(ctx, at); err != nil {
			return err
		}
		if err := emit(line, at); err != nil {
			return fmt.Errorf("sim: emitting line: %w", err)
		}
	}
}
