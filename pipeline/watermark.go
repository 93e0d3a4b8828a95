package pipeline

import (
	"time"

	"github.com/vigilops/vigil/event"
)

// DefaultIdleAfter is how long, in wall time, a partition that delivers
// nothing keeps holding the others back (Config.IdleAfter). This event clock
// owns vigil's one rule for partition idleness: an idle partition stops
// holding the watermark back until it delivers again, and a source that
// holds partitions back for one another (the Kafka source aligning them by
// record time, kafka.Config.MaxSkew) is handed the same value through
// IdleAware, so that both give up on a silent partition at once. (The Kafka
// source had a 10 s rule of its own: for the 20 s between the two, reading
// a backlog, the other partitions ran ahead of a watermark that still
// waited, their events too early for the windows.)
//
// 30 s, not 10 s: a fetch that stalls on a loaded machine does not make a
// partition idle, and its events are not late when it resumes. The price
// is that a partition silent while Kafka still reports records to read (a
// stalled fetch, a transaction's commit marker at the end of the log)
// holds the others back that long before they go on.
const DefaultIdleAfter = 30 * time.Second

// IdleAware is a source that holds partitions back for one another. New
// hands it Config.IdleAfter: a partition that delivered nothing for that
// long no longer holds the others back.
type IdleAware interface {
	SetIdleAfter(d time.Duration)
}

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
// watermark base: the oldest newest-time among active partitions, a
// partition being idle once it has delivered nothing for idleAfter (see
// DefaultIdleAfter). With perPartition false every event counts as one
// partition.
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
