package redact

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// inertCache remembers field values in which the detectors found nothing,
// so that a value a stream repeats in event after event (a level, a service
// or region name, an action, a constant message) is scanned once and then
// costs one hash and one comparison. Its answers are exact: an entry holds
// the whole value and the kinds switched off when it was scanned, and only a
// value whose scan found no span is stored.
//
// A value is admitted on its second sighting: the first leaves only its hash
// in door, so the values that never repeat (timestamps, trace ids, messages
// carrying ids) cost a hash and no allocation. Both arrays are direct-mapped
// and lock-free; a collision replaces the older entry.
type inertCache struct {
	seed maphash.Seed
	door [inertSlots]atomic.Uint64
	hot  [inertSlots]atomic.Pointer[inertEntry]
}

type inertEntry struct {
	s   string
	off uint32
}

const (
	inertSlots = 1 << 12
	// maxInert bounds the values cached (and so the cache's memory, about
	// inertSlots × maxInert bytes at most).
	maxInert = 256
)

// hash is the value's hash for has and offer, or 0 when the value is
// not cached at all.
func (c *inertCache) hash(s string, off uint32) uint64 {
	if len(s) == 0 || len(s) > maxInert {
		return 0
	}
	h := maphash.String(c.seed, s) ^ uint64(off)*0x9e3779b97f4a7c15
	return h | 1 // never 0: 0 is an empty door slot
}

// has reports whether s, scanned with off, is known to hold nothing.
func (c *inertCache) has(h uint64, s string, off uint32) bool {
	if h == 0 {
		return false
	}
	e := c.hot[h&(inertSlots-1)].Load()
	return e != nil && e.off == off && e.s == s
}

// offer records that s, scanned with off, held nothing.
func (c *inertCache) offer(h uint64, s string, off uint32) {
	if h == 0 {
		return
	}
	d := &c.door[(h>>32)&(inertSlots-1)]
	if d.Load() != h {
		d.Store(h)
		return
	}
	// (a copy: an entry must not pin the event it came from)
	c.hot[h&(inertSlots-1)].Store(&inertEntry{s: strings.Clone(s), off: off})
}
