package pipeline

import (
	"time"

	"github.com/vigilops/vigil/event"
)

type partitionKey struct {
	topic     string
	partition int
}

type partitionClock struct {
	newest time.Time // newest event time seen on the partition
	seen   time.Time // wall time of its last event
	idle   bool
}

// eventClocks tracks the newest event time per partition and derives the
// watermark base: the oldest newest-time among active partitions. With
// perPartition false every event counts as one partition.
type eventClocks struct {
	perPartition bool
	idleAfter    time.Duration
	parts        map[partitionKey]*partitionClock
	min          time.Time // current watermark base
	all          time.Time // newest event time over every partition
}

func newEventClocks(perPartition bool, idleAfter time.Duration) *eventClocks {
	return &eventClocks{perPartition: perPartition, idleAfter: idleAfter, parts: map[partitionKey]*partitionClock{}}
}

// observe records an event and reports the watermark base when it moved.
func (c *eventClocks) observe(src event.Source, t, wall time.Time) (time.Time, bool) {
	if t.After(c.all) {
		c.all = t
	}
	if !c.perPartition {
		if t.After(c.min) {
			c.min = t
			return t, true
		}
		return c.min, false
	}
	k := partitionKey{src.Topic, src.Partition}
	pc := c.parts[k]
	if pc == nil {
		pc = &partitionClock{}
		c.parts[k] = pc
	}
	pc.seen = wall
	wasIdle := pc.idle
	pc.idle = false
	if !t.After(pc.newest) && !wasIdle {
		return c.min, false
	}
	held := !pc.newest.After(c.min) // this partition held the watermark back
	if t.After(pc.newest) {
		pc.newest = t
	}
	if !held && !wasIdle && len(c.parts) > 1 {
		return c.min, false // another partition still holds it
	}
	return c.recompute()
}

// expire marks partitions without events for idleAfter as idle.
func (c *eventClocks) expire(wall time.Time) (time.Time, bool) {
	changed := false
	for _, pc := range c.parts {
		if !pc.idle && wall.Sub(pc.seen) >= c.idleAfter {
			pc.idle = true
			changed = true
		}
	}
	if !changed {
		return c.min, false
	}
	return c.recompute()
}

func (c *eventClocks) recompute() (time.Time, bool) {
	var min time.Time
	for _, pc := range c.parts {
		if pc.idle {
			continue
		}
		if min.IsZero() || pc.newest.Before(min) {
			min = pc.newest
		}
	}
	if min.IsZero() { // every partition idle
		min = c.all
	}
	if min.After(c.min) {
		c.min = min
		return min, true
	}
	return c.min, false
}

// newest is the newest event time seen anywhere, for the final advance when
// the input ends.
func (c *eventClocks) newest() time.Time { return c.all }
