package pipeline

import (
	"slices"
	"sync"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/offsets"
)

// Coverage is what a state checkpoint covers: per partition, the offsets
// whose events the evaluator has counted (or that could not be decoded and
// so count for nothing). A checkpoint saved with its coverage makes state
// exactly-once (docs/architecture.md §1): after a restart, events at covered offsets are
// indexed again but not counted again, and a source commits no further than
// the coverage of the last checkpoint, so nothing uncovered is skipped.
type Coverage []PartitionCoverage

// PartitionCoverage is one partition's covered offsets: every offset below
// Below, and the offsets in Above (counted ahead of an earlier offset still
// in flight when the checkpoint was taken).
type PartitionCoverage struct {
	Topic     string  `json:"topic"`
	Partition int     `json:"partition"`
	Below     int64   `json:"below"`
	Above     []int64 `json:"above,omitempty"`
}

// covers reports whether offset is covered.
func (c *PartitionCoverage) covers(off int64) bool {
	if off < c.Below {
		return true
	}
	_, found := slices.BinarySearch(c.Above, off)
	return found
}

type tpKey struct {
	topic     string
	partition int
}

// coverage follows, per partition, which fetched offsets are settled for
// the evaluator: observed by it, not decodable, or covered by the restored
// checkpoint. Fetch order delivers, settling acknowledges; the tracker's
// contiguous prefix is then the checkpoint's Below.
type coverage struct {
	mu       sync.Mutex
	parts    map[tpKey]*tracked
	restored map[tpKey]*PartitionCoverage
	// current, when set, scopes a partition's offsets to the source's
	// assignment of it (AssignmentScoped): it returns the assignment the
	// source holds now (0: none).
	current func(topic string, partition int) int64
}

// tracked is one partition's offsets, under the assignment that delivered
// them (0 unless scoped).
type tracked struct {
	*offsets.Tracker
	assignment int64
}

func newCoverage(restored Coverage) *coverage {
	c := &coverage{parts: map[tpKey]*tracked{}, restored: map[tpKey]*PartitionCoverage{}}
	for i := range restored {
		r := restored[i]
		r.Above = slices.Clone(r.Above)
		slices.Sort(r.Above)
		c.restored[tpKey{r.Topic, r.Partition}] = &r
	}
	return c
}

// deliver records a fetched message and reports whether the restored
// checkpoint already covers it (then it is settled at once).
func (c *coverage) deliver(src event.Source) (covered bool) {
	k := tpKey{src.Topic, src.Partition}
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.parts[k]
	if t == nil || (c.current != nil && src.Assignment != t.assignment) {
		// In scope: a partition given back starts afresh, as the
		// evaluator forgot what it had not checkpointed of it.
		t = &tracked{Tracker: offsets.New()}
		if c.current != nil {
			t.assignment = src.Assignment
		}
		c.parts[k] = t
	}
	if !t.Deliver(src.Offset) {
		// A redelivery of an offset this run already has: whatever becomes
		// of the first delivery settles it.
		return true
	}
	if r := c.restored[k]; r != nil && r.covers(src.Offset) {
		t.Ack(src.Offset)
		return true
	}
	return false
}

// settle marks a delivered offset as done for the evaluator.
func (c *coverage) settle(src event.Source) {
	c.mu.Lock()
	if t := c.parts[tpKey{src.Topic, src.Partition}]; t != nil && (c.current == nil || t.assignment == src.Assignment) {
		t.Ack(src.Offset) // (not one delivered under an assignment since ended)
	}
	c.mu.Unlock()
}

// snapshot is the coverage now: this run's settled offsets joined with the
// restored checkpoint's.
func (c *coverage) snapshot() Coverage {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(Coverage, 0, len(c.parts)+len(c.restored))
	seen := make(map[tpKey]bool, len(c.parts))
	for k, t := range c.parts {
		if c.current != nil && c.current(k.topic, k.partition) != t.assignment {
			// Taken away since (and perhaps given back, nothing delivered
			// yet): the evaluator has dropped what it did not checkpoint.
			continue
		}
		seen[k] = true
		pc := PartitionCoverage{Topic: k.topic, Partition: k.partition, Below: t.CommitPoint()}
		above := t.AckedAbove(nil)
		if r := c.restored[k]; r != nil {
			pc.Below = max(pc.Below, r.Below)
			above = append(above, r.Above...)
		}
		pc.Above = NormalizeAbove(&pc.Below, above)
		out = append(out, pc)
	}
	for k, r := range c.restored {
		if !seen[k] {
			out = append(out, PartitionCoverage{Topic: r.Topic, Partition: r.Partition, Below: r.Below, Above: slices.Clone(r.Above)})
		}
	}
	slices.SortFunc(out, func(a, b PartitionCoverage) int {
		if a.Topic != b.Topic {
			if a.Topic < b.Topic {
				return -1
			}
			return 1
		}
		return a.Partition - b.Partition
	})
	return out
}

// NormalizeAbove sorts and dedupes above (in place), drops what lies below
// *below, and extends *below over covered offsets that continue it: the
// canonical form of a PartitionCoverage's Below and Above.
func NormalizeAbove(below *int64, above []int64) []int64 {
	slices.Sort(above)
	above = slices.Compact(above)
	i := 0
	for i < len(above) && above[i] <= *below {
		if above[i] == *below {
			*below++
		}
		i++
	}
	if i == len(above) {
		return nil
	}
	return above[i:]
}
