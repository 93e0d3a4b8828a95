package redact

import (
	"hash/maphash"
	"sync/atomic"

	"github.com/vigilops/vigil/event"
)

// An event's shape is the list of its top-level paths: a stream repeats a
// few shapes (one per service and log kind) event after event. shapeCache
// keeps the facts collect looked up for each path of a shape (Redactor.path),
// so an event of a known shape costs one comparison of its paths instead of
// one path lookup per field; fields reads the same facts by index.
//
// A shape is admitted on its second sighting (the first leaves only its
// hash in door), as inertCache admits values, so a stream whose every event
// has its own fields does not allocate one per event. Both arrays are
// direct-mapped and lock-free; a collision replaces the older entry. Its
// answers are exact: an entry holds every path (a copy), compared in full.

// fieldShape is one shape: its paths and their facts, by index.
type fieldShape struct {
	top []topPath
	// templ: a path of the shape names a message template
	// (templatePath): collectTemplate has something to read.
	templ bool
	skip  fieldSkips // its kept fields by index (speed27_shapes.go)
	orig  []string   // the paths of the event that offered it, as that event held them (samePaths)
}

const (
	shapeSlots = 64
	// maxShapeFields bounds the shapes cached: an event with more
	// top-level fields looks its paths up one by one.
	maxShapeFields = 64
)

type shapeCache struct {
	seed maphash.Seed
	door [shapeSlots]atomic.Uint64
	hot  [shapeSlots]atomic.Pointer[fieldShape]
}

// shapeSlot picks a slot from the number of fields and the lengths of a
// few paths: cheaper than a hash of them all.
func shapeSlot(fs []event.Field) int {
	n := len(fs)
	if n == 0 {
		return 0
	}
	return (n*31 + len(fs[0].Path)*7 + len(fs[n/2].Path)*131 + len(fs[n-1].Path)*17) & (shapeSlots - 1)
}

// get returns the cached shape whose paths are exactly fs's, or nil.
func (c *shapeCache) get(fs []event.Field) *fieldShape {
	if len(fs) == 0 || len(fs) > maxShapeFields {
		return nil
	}
	sh := c.hot[shapeSlot(fs)].Load()
	if sh == nil || len(sh.top) != len(fs) {
		return nil
	}
	if !sh.samePaths(fs) { // (speed27_shapes.go)
		return nil
	}
	return sh
}

// offer records top, the paths of fs and their facts as collect looked
// them up: on the shape's second sighting in its slot, a copy is kept.
func (c *shapeCache) offer(fs []event.Field, top []topPath) {
	if len(fs) == 0 || len(fs) > maxShapeFields || len(top) != len(fs) {
		return
	}
	var h maphash.Hash
	h.SetSeed(c.seed)
	for k := range top {
		if top[k].path != fs[k].Path {
			return
		}
		h.WriteString(top[k].path)
		h.WriteByte(0)
	}
	sum := h.Sum64() | 1 // never 0: 0 is an empty door slot
	slot := shapeSlot(fs)
	if d := &c.door[slot]; d.Load() != sum {
		d.Store(sum)
		return
	}
	// (copies: an entry must not pin the event it came from)
	n := 0
	for k := range top {
		n += len(top[k].path)
	}
	buf := make([]byte, 0, n)
	for k := range top {
		buf = append(buf, top[k].path...)
	}
	all := string(buf)
	sh := &fieldShape{top: make([]topPath, len(top))}
	at := 0
	for k := range top {
		p := all[at : at+len(top[k].path)]
		at += len(p)
		sh.top[k] = topPath{path: p, pi: top[k].pi}
		sh.templ = sh.templ || templatePath(p)
	}
	sh.skip = skipsOf(sh.top)
	sh.orig = make([]string, len(fs))
	for k := range fs {
		sh.orig[k] = fs[k].Path
	}
	c.hot[slot].Store(sh)
}

// topFieldPath reports a path that one of the predicates fields runs on an
// event's top-level fields may read: each of them asks its own test of the
// path (the functions below) before it looks at a value or a sibling, so a
// path none of them takes needs none of them run.
func topFieldPath(p string) bool {
	return sessionWord(p) || flatAuditPath(p) || smsRecipientPath20(p) || siblingNamePath17(p) ||
		senderPath18(p) || topNamePath20(p) || subjectNamePath21(p) || partyPath19(p) ||
		searchPath19(p) || addressPath20(p)
}
