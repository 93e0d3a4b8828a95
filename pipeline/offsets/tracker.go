// Package offsets follows a partition's offsets from delivery to
// acknowledgement, so that a consumer commits (or checkpoints) only the
// contiguous prefix of what it has finished with.
package offsets

// Tracker follows one partition's delivered offsets until they may be
// committed. Delivered offsets are strictly increasing (a redelivery of an
// offset already delivered is refused), so the pending offsets are a sorted
// ring: delivery appends at the tail, an acknowledgement marks an entry
// (found directly when offsets are contiguous, by binary search across gaps
// such as transaction markers or compaction), and acknowledged entries leave
// from the head. The commit point is the head's offset, or the offset after
// the last delivery when nothing is pending: everything below it has been
// acknowledged. Memory is the number of pending entries (16 bytes each, ring
// doubled on demand).
//
// A Tracker is not safe for concurrent use.
type Tracker struct {
	ring []pendingEntry // len is a power of two, or 0
	head int            // index of the oldest pending entry
	n    int            // number of pending entries

	// next is the offset after the last delivered message, -1 before any.
	next int64

	// Delivered, Acked and Dupes count deliveries, acknowledgements and
	// refused redeliveries.
	Delivered, Acked, Dupes int64
}

type pendingEntry struct {
	off   int64
	acked bool
}

// New returns an empty tracker.
func New() *Tracker {
	return &Tracker{next: -1}
}

// Deliver records that offset is handed to the caller. It returns false for
// an offset at or below one already delivered: the message is a redelivery
// and must not be handed out (or tracked) twice.
func (t *Tracker) Deliver(off int64) bool {
	if off < t.next {
		t.Dupes++
		return false
	}
	if t.n == len(t.ring) {
		t.grow()
	}
	t.ring[(t.head+t.n)&(len(t.ring)-1)] = pendingEntry{off: off}
	t.n++
	t.next = off + 1
	t.Delivered++
	return true
}

func (t *Tracker) grow() {
	size := 2 * len(t.ring)
	if size == 0 {
		size = 64
	}
	ring := make([]pendingEntry, size)
	for i := 0; i < t.n; i++ {
		ring[i] = t.ring[(t.head+i)&(len(t.ring)-1)]
	}
	t.ring, t.head = ring, 0
}

func (t *Tracker) at(i int) *pendingEntry {
	return &t.ring[(t.head+i)&(len(t.ring)-1)]
}

// Ack marks offset acknowledged and returns how many entries left the
// pending ring (0 unless the oldest pending entry was acknowledged). ok is
// false when the offset is not pending: never delivered under this tracker,
// already acknowledged, or already committable.
func (t *Tracker) Ack(off int64) (released int, ok bool) {
	if t.n == 0 {
		return 0, false
	}
	first := t.at(0).off
	if off < first || off >= t.next {
		return 0, false
	}
	i := -1
	if d := off - first; d < int64(t.n) && t.at(int(d)).off == off {
		i = int(d) // contiguous offsets: direct hit
	} else {
		lo, hi := 0, t.n-1
		for lo <= hi {
			mid := int(uint(lo+hi) >> 1)
			switch o := t.at(mid).off; {
			case o == off:
				i = mid
				lo = hi + 1
			case o < off:
				lo = mid + 1
			default:
				hi = mid - 1
			}
		}
	}
	if i < 0 {
		return 0, false
	}
	e := t.at(i)
	if e.acked {
		return 0, false
	}
	e.acked = true
	t.Acked++
	for t.n > 0 && t.at(0).acked {
		*t.at(0) = pendingEntry{}
		t.head = (t.head + 1) & (len(t.ring) - 1)
		t.n--
		released++
	}
	return released, true
}

// CommitPoint is the offset to commit (Kafka convention: the next offset to
// consume), or -1 if nothing was delivered.
func (t *Tracker) CommitPoint() int64 {
	if t.n > 0 {
		return t.at(0).off
	}
	return t.next
}

// Pending is the number of delivered entries not yet committable.
func (t *Tracker) Pending() int { return t.n }

// Next is the offset after the last delivery, -1 before any.
func (t *Tracker) Next() int64 { return t.next }

// AckedAbove appends to dst, in ascending order, the acknowledged offsets
// above the commit point: finished, but not yet part of the prefix.
func (t *Tracker) AckedAbove(dst []int64) []int64 {
	for i := 0; i < t.n; i++ {
		if e := t.at(i); e.acked {
			dst = append(dst, e.off)
		}
	}
	return dst
}
