package redact

import (
	"math/bits"
	"unsafe"

	"github.com/vigilops/vigil/event"
)

// fieldSkips are a cached shape's kept fields as masks of their indexes
// (a shape has at most maxShapeFields = 64): collect and fields pass over a
// run of them at once instead of testing each field's facts.
type fieldSkips struct {
	kept uint64 // the field's rule keeps it (pathInfo.kept)
	// quiet: kept, and fields need not scan its key (keyScan is false
	// whatever the event's known values); clean: kept, and its key needs
	// no scan while the event has no known values (keyScan's keyClean).
	quiet, clean uint64
}

// skipsOf returns the masks of top's fields.
func skipsOf(top []topPath) (f fieldSkips) {
	if len(top) > 64 {
		return fieldSkips{} // (no shape is this wide: maxShapeFields)
	}
	for k := range top {
		pi := &top[k].pi
		if !pi.kept() {
			continue
		}
		bit := uint64(1) << k
		f.kept |= bit
		switch {
		case !pi.key:
			f.quiet |= bit
		case pi.keyClean:
			f.clean |= bit
		}
	}
	return f
}

// keptRun returns how many fields from k on are kept: collect skips them.
func (f fieldSkips) keptRun(k int) int {
	if k >= 64 {
		return 0
	}
	return bits.TrailingZeros64(^(f.kept >> k))
}

// quietRun returns how many fields from k on are kept and need no scan of
// their keys now (!keyScan(true, ks)): fields passes over them.
func (f fieldSkips) quietRun(k int, ks *knownSet) int {
	if k >= 64 {
		return 0
	}
	m := f.quiet
	if len(ks.vals) == 0 {
		m |= f.clean
	}
	return bits.TrailingZeros64(^(m >> k))
}

// samePaths reports whether fs's paths are the shape's, in order. A path
// that is the very string the shape was offered with (the same bytes in
// memory: a decoder interns its paths, so its events share them) is equal
// without a comparison of its bytes; any other is compared with the
// shape's copy. orig holds only those path strings, which a decoder keeps
// anyway: no entry pins an event's line.
func (sh *fieldShape) samePaths(fs []event.Field) bool {
	if len(sh.orig) != len(fs) || len(sh.top) != len(fs) {
		return false
	}
	for k := range fs {
		p := fs[k].Path
		if o := sh.orig[k]; len(o) == len(p) && unsafe.StringData(o) == unsafe.StringData(p) {
			continue
		}
		if sh.top[k].path != p {
			return false
		}
	}
	return true
}
