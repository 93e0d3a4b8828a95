package cluster

import "sync/atomic"

// fence holds back state writes from the end of a consumer-group
// generation (the rebalance hook has written the last state of what the
// instance owned) until the source's next generation has started and says
// which partitions are still owned: an instance writing after its
// partitions moved would overwrite their new owners' state. Stage one,
// stage two and the dispatch each keep one.
type fence struct {
	ended atomic.Int64 // the generation that ended, plus one; 0: none
}

// end raises the fence for generation.
func (f *fence) end(generation int32) { f.ended.Store(int64(generation) + 1) }

// holding reports whether the generation that ended is still the source's
// (current is asked only when the fence is up); once a later one has
// started, the fence is lifted and lifted reports it, the first time.
func (f *fence) holding(current func() int32) (holding, lifted bool) {
	e := f.ended.Load()
	if e == 0 {
		return false, false
	}
	if int64(current())+1 == e {
		return true, false
	}
	return false, f.ended.CompareAndSwap(e, 0)
}
