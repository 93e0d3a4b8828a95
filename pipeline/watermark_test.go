package pipeline

import (
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/vigilops/vigil/event"
)

func TestPerPartitionWatermarkFollowsTheSlowestActivePartition(t *testing.T) {
	c := newEventClocks(true, 5*time.Second)
	p0, p1 := event.Source{Topic: "logs", Partition: 0}, event.Source{Topic: "logs", Partition: 1}
	wall := t0
	step := func(src event.Source, min int) (time.Time, bool) {
		wall = wall.Add(100 * time.Millisecond)
		return c.observe(src, t0.Add(time.Duration(min)*time.Minute), wall)
	}
	if wm, moved := step(p0, 10); !moved || !wm.Equal(t0.Add(10*time.Minute)) {
		t.Fatalf("first event: %v %v", wm, moved)
	}
	// Partition 1 starts far behind: the watermark does not go backwards.
	if wm, moved := step(p1, 2); moved || !wm.Equal(t0.Add(10*time.Minute)) {
		t.Fatalf("slow partition joined: %v %v", wm, moved)
	}
	// Partition 0 races ahead in a big batch: partition 1 holds the watermark.
	for m := 11; m <= 40; m++ {
		if _, moved := step(p0, m); moved {
			t.Fatalf("watermark moved while partition 1 is at minute 2 (p0 at %d)", m)
		}
	}
	if wm, moved := step(p1, 20); !moved || !wm.Equal(t0.Add(20*time.Minute)) {
		t.Fatalf("slow partition caught up to 20: %v %v", wm, moved)
	}
	// Partition 1 goes quiet for longer than idleAfter while partition 0
	// keeps delivering: partition 1 stops holding the watermark back.
	wall = wall.Add(6 * time.Second)
	if _, moved := step(p0, 41); moved {
		t.Fatal("moved before partition 1 was found idle")
	}
	if wm, moved := c.expire(wall); !moved || !wm.Equal(t0.Add(41*time.Minute)) {
		t.Fatalf("after idle: %v %v", wm, moved)
	}
	// When it delivers again it counts again (the watermark never goes back).
	if wm, moved := step(p1, 30); moved || !wm.Equal(t0.Add(41*time.Minute)) {
		t.Fatalf("partition 1 back: %v %v", wm, moved)
	}
	if _, moved := step(p0, 50); moved {
		t.Fatal("partition 1 at 30 must hold the watermark at 41")
	}
	// Everything quiet: the newest event anywhere is the base.
	if wm, moved := c.expire(wall.Add(time.Minute)); !moved || !wm.Equal(t0.Add(50*time.Minute)) {
		t.Fatalf("all idle: %v %v", wm, moved)
	}
	if !c.newest().Equal(t0.Add(50 * time.Minute)) {
		t.Errorf("newest %v", c.newest())
	}
}

func TestSingleClockIsTheNewestEvent(t *testing.T) {
	c := newEventClocks(false, time.Second)
	for i, min := range []int{5, 3, 9, 7} {
		wm, moved := c.observe(event.Source{Partition: i}, t0.Add(time.Duration(min)*time.Minute), t0)
		want := map[int]int{0: 5, 1: 5, 2: 9, 3: 9}[i]
		if !wm.Equal(t0.Add(time.Duration(want)*time.Minute)) || moved != (i == 0 || i == 2) {
			t.Errorf("event %d: %v %v", i, wm, moved)
		}
	}
}

// idleAwareSource records the idle time the pipeline hands it.
type idleAwareSource struct {
	*sliceSource
	idleAfter time.Duration
}

func (s *idleAwareSource) SetIdleAfter(d time.Duration) { s.idleAfter = d }

// A source that aligns its partitions is given the watermark's idle time,
// so the two agree on when a silent partition stops holding the others
// back.
func TestNewHandsTheIdleTimeToTheSource(t *testing.T) {
	for _, tc := range []struct{ set, want time.Duration }{{0, DefaultIdleAfter}, {5 * time.Second, 5 * time.Second}} {
		src := &idleAwareSource{sliceSource: newSliceSource()}
		if _, err := New(Config{PerPartition: true, IdleAfter: tc.set}, Stages{Source: src, Redact: fakeRedactor{}}); err != nil {
			t.Fatal(err)
		}
		if src.idleAfter != tc.want {
			t.Errorf("IdleAfter %v: the source was given %v, want %v", tc.set, src.idleAfter, tc.want)
		}
	}
}

// Without a clock (demo and replay from Kafka) a partition that stopped
// delivering still goes idle on wall time, so that it does not hold event
// time back for ever while the others go on.
func TestSilentPartitionGoesIdleWithoutAClock(t *testing.T) {
	src := newSliceSource()
	src.msgs = append(src.msgs, Message{Value: []byte(line(t0, "p0 once")), Source: event.Source{Topic: "logs", Partition: 0}})
	for i := 1; i <= 30; i++ {
		src.msgs = append(src.msgs, Message{Value: []byte(line(t0.Add(time.Duration(i)*time.Minute), "p1")),
			Source: event.Source{Topic: "logs", Partition: 1, Offset: int64(i)}})
	}
	src.block = make(chan struct{})
	p, err := New(Config{Workers: 1, Lateness: time.Minute, PerPartition: true, IdleAfter: 20 * time.Millisecond,
		TickInterval: time.Millisecond, Log: zerolog.Nop()}, Stages{Source: src, Redact: fakeRedactor{}, Eval: &tallyEval{}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- p.Run(ctx) }()
	defer func() { cancel(); <-done }()
	await(t, "the watermark passes the silent partition", func() bool {
		return p.Stats().Watermark.Equal(t0.Add(29 * time.Minute))
	})
}
