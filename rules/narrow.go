package rules

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// Every alert names what it is about: the service (service.name) or job
// (job.name), and the labels that narrow it (shop.id, shop.platform,
// sync.kind) when all of its evidence shares them. An error-ratio rule
// grouped by service whose failures all come from one shop says which
// shop; a new error code logged by one job names the job. The evidence is
// the events that make the value: a ratio's failures, else every event the
// rule counts. Each minute's bucket keeps the one value its events shared
// (or that they differed), so the labels depend on event time alone, not on
// when the watermark moved.

// narrowKeys are the narrowing fields, in the order they are tried.
var narrowKeys = []string{"service.name", "job.name", "shop.id", "shop.platform", "sync.kind"}

// mixed marks a narrowing field whose events differed in a minute.
const mixed = "\x00"

// layoutNarrow picks the narrowing fields of a rule: those it does not
// group by, for detector rules and rules about new values (the ones whose
// alerts say "this service misbehaves" without saying where).
func (c *compiledRule) layoutNarrow() {
	c.narrow, c.narrowHits = nil, false
	news := c.nNew > 0
	if c.det == nil && !news {
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

// observeNarrow folds an event's narrowing fields into its minute's bucket.
func (b *bucket) observeNarrow(c *compiledRule, ev *event.Event) {
	if len(b.nar) != len(c.narrow) {
		b.nar = make([]string, len(c.narrow))
	}
	for i, k := range c.narrow {
		if b.nar[i] == mixed {
			continue
		}
		v := ""
		if f, ok := ev.Get(k); ok {
			v = f.Scalar()
		}
		switch {
		case v == "":
			b.nar[i] = mixed
		case b.nar[i] == "":
			b.nar[i] = strings.Clone(v)
		case b.nar[i] != v:
			b.nar[i] = mixed
		}
	}
}

// narrowLabels adds to labels the narrowing fields that every counted
// event of the window [lo, hi) shared.
func (g *group) narrowLabels(c *compiledRule, lo, hi int64, labels map[string]string) {
	if len(c.narrow) == 0 {
		return
	}
	vals := make([]string, len(c.narrow))
	g.each(c, lo, hi, func(b *bucket) {
		for i := range vals {
			if i >= len(b.nar) || b.nar[i] == "" || vals[i] == mixed {
				continue
			}
			if vals[i] == "" {
				vals[i] = b.nar[i]
			} else if vals[i] != b.nar[i] {
				vals[i] = mixed
			}
		}
	})
	for i, k := range c.narrow {
		if v := vals[i]; v != "" && v != mixed {
			if _, set := labels[k]; !set {
				labels[k] = v
			}
		}
	}
}
