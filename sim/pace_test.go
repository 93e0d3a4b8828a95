package sim

import (
	"context"
	"errors"
	"testing"
	"time"
)

// fakeClock is a wall clock that only moves when the pacer sleeps.
type fakeClock struct {
	now    time.Time
	slept  []time.Duration
	failOn error
}

func (c *fakeClock) Now() time.Time { return c.now }

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if c.failOn != nil {
		return c.failOn
	}
	c.slept = append(c.slept, d)
	c.now = c.now.Add(d)
	return nil
}

func TestPacerWait(t *testing.T) {
	sim0 := DefaultStart
	tests := []struct {
		name      string
		speed     float64
		ahead     time.Duration // simulated time after start
		elapsed   time.Duration // wall time already passed
		wantSleep time.Duration // 0: no sleep
	}{
		{"a day in a minute: one sim hour is 2.5 s", 1440, time.Hour, 0, 2500 * time.Millisecond},
		{"real time", 1, 10 * time.Second, 4 * time.Second, 6 * time.Second},
		{"already late", 1440, time.Hour, 5 * time.Second, 0},
		{"debt below the minimum is carried", 1440, time.Second, 0, 0},
		{"speed 0 never waits", 0, time.Hour, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &fakeClock{now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)}
			p := NewPacer(sim0, tt.speed, c.Now, c.Sleep)
			c.now = c.now.Add(tt.elapsed)
			if err := p.Wait(context.Background(), sim0.Add(tt.ahead)); err != nil {
				t.Fatal(err)
			}
			var got time.Duration
			for _, d := range c.slept {
				got += d
			}
			if got != tt.wantSleep {
				t.Fatalf("slept %v, want %v", got, tt.wantSleep)
			}
		})
	}
}

func TestPacerErrors(t *testing.T) {
	c := &fakeClock{now: time.Unix(0, 0)}
	p := NewPacer(DefaultStart, 1, c.Now, c.Sleep)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.Wait(ctx, DefaultStart.Add(time.Hour)); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled context: got %v", err)
	}
	c.failOn = context.DeadlineExceeded
	if err := p.Wait(context.Background(), DefaultStart.Add(time.Hour)); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("sleep error: got %v", err)
	}
}

func TestPaceFunction(t *testing.T) {
	c := &fakeClock{now: time.Unix(1000, 0)}
	err := Pace(context.Background(), DefaultStart, c.now, 60, DefaultStart.Add(time.Minute), c.Now, c.Sleep)
	if err != nil || len(c.slept) != 1 || c.slept[0] != time.Second {
		t.Fatalf("Pace slept %v (err %v), want one 1s sleep", c.slept, err)
	}
}

func TestSleepHonoursContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Sleep(ctx, time.Hour); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
	if err := Sleep(context.Background(), time.Microsecond); err != nil {
		t.Fatal(err)
	}
}

func TestStream(t *testing.T) {
	cfg := Config{Seed: 9, Rate: 2, Duration: 10 * time.Minute}
	c := &fakeClock{now: time.Unix(0, 0)}
	s := New(cfg)
	p := NewPacer(s.Config().Start, 60, c.Now, c.Sleep)
	var n int
	var last time.Time
	err := Stream(context.Background(), s, p, func(line []byte, at time.Time) error {
		n++
		last = at
		if wall := c.now; wall.Before(p.Wall(at).Add(-minSleep)) {
			t.Fatalf("line at %v emitted at wall %v, due %v", at, wall, p.Wall(at))
		}
		return nil
	})
	if err != nil || n == 0 {
		t.Fatalf("Stream: %d lines, err %v", n, err)
	}
	// Ten simulated minutes at speed 60 take about ten wall seconds.
	if got := c.now.Sub(time.Unix(0, 0)); got < 9*time.Second || got > 10*time.Second {
		t.Errorf("wall time used %v (last line %v)", got, last)
	}
	boom := errors.New("broker down")
	err = Stream(context.Background(), New(cfg), NewPacer(DefaultStart, 0, c.Now, c.Sleep),
		func([]byte, time.Time) error { return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("emit error not returned: %v", err)
	}
}
