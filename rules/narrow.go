package rules

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// Every alert names what it is about: the service (service.name) or job
// (job.name), and the labels that narrow it (shop.id, shop.platform,
// sync.kind) when its evidence points at one value. An error-ratio rule
// grouped by service whose failures come from one shop says which shop; a
// new error code logged by one job names the job. The evidence is the
// events that make the value: a ratio's failures; for a quantile or a
// maximum, every event weighted by its value (the slow syncs of one shop
// make a p95 delay); else every event the rule counts. A value names the alert when it holds at least narrowShare of the
// evidence (the usual background failures of other shops do not hide the
// shop an incident is about). Each minute's bucket counts the values it saw,
// so the labels depend on event time alone, not on when the watermark
// moved, and survive a checkpoint.

// narrowKeys are the narrowing fields, in the order they are tried.
var narrowKeys = []string{"service.name", "job.name", "shop.id", "shop.platform", "sync.kind"}

const (
	// narrowShare is the share of the evidence one value must hold.
	narrowShare = 0.8
	// narrowSlots is how many distinct values a bucket counts per field;
	// later ones count as others.
	narrowSlots = 4
)

// narrowCount counts the values of one narrowing field in one minute.
type narrowCount struct {
	vals  []string
	n     []float64
	other float64 // events with another value, or none
}

func (nc *narrowCount) add(v string, w float64) { nc.addN(v, w, narrowSlots) }

// addN counts v with weight w, giving it a slot while fewer than limit
// values have one.
func (nc *narrowCount) addN(v string, w float64, limit int) {
	if v != "" {
		for i, x := range nc.vals {
			if x == v {
				nc.n[i] += w
				return
			}
		}
		if len(nc.vals) < limit {
			nc.vals = append(nc.vals, strings.Clone(v))
			nc.n = append(nc.n, w)
			return
		}
	}
	nc.other += w
}

func (nc *narrowCount) reset() {
	nc.vals, nc.n, nc.other = nc.vals[:0], nc.n[:0], 0
}

// layoutNarrow picks the narrowing fields of a rule: those it does not
// group by, for detector rules and rules about new values (the ones whose
// alerts say "this service misbehaves" without saying where).
func (c *compiledRule) layoutNarrow() {
	c.narrow, c.narrowHits = nil, false
	if c.det == nil && c.nNew == 0 {
		return
	}
	if c.value != nil && c.value.bareRatio != nil {
		c.narrowHits = true
	}
keys:
	for _, k := range narrowKeys {
		for _, g := range c.groupBy {
			if g.path == k {
				continue keys
			}
		}
		c.narrow = append(c.narrow, k)
	}
}

// observeNarrow counts an event's narrowing fields, with weight w, in its
// minute's bucket, giving at most limit values a slot.
func (b *bucket) observeNarrow(c *compiledRule, ev *event.Event, w float64, limit int) {
	if len(b.nar) != len(c.narrow) {
		b.nar = make([]narrowCount, len(c.narrow))
	}
	for i, k := range c.narrow {
		v := ""
		if f, ok := ev.Get(k); ok {
			v = f.Scalar()
		}
		b.nar[i].addN(v, w, limit)
	}
}

// narrowLabels adds to labels the narrowing fields one value of which
// holds narrowShare of the evidence of the minutes [lo, hi).
func (g *group) narrowLabels(c *compiledRule, lo, hi int64, labels map[string]string) {
	if len(c.narrow) == 0 {
		return
	}
	sums := make([]narrowCount, len(c.narrow))
	g.each(c, lo, hi, func(b *bucket) {
		for i := range b.nar {
			if i >= len(sums) {
				break
			}
			for j, v := range b.nar[i].vals {
				sums[i].add(v, b.nar[i].n[j])
			}
			sums[i].other += b.nar[i].other
		}
	})
	for i, k := range c.narrow {
		if _, set := labels[k]; set {
			continue
		}
		s := &sums[i]
		total, best, top := s.other, -1.0, ""
		for j, v := range s.vals {
			total += s.n[j]
			if s.n[j] > best {
				best, top = s.n[j], v
			}
		}
		if total > 0 && best >= narrowShare*total {
			labels[k] = top
		}
	}
}
