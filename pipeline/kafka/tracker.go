package kafka

// partTracker follows one partition's delivered offsets until they may be
// committed. Delivered offsets are strictly increasing (Fetch drops a
// redelivery of an offset already delivered), so the pending offsets are a
// sorted ring: delivery appends at the tail, an acknowledgement marks an
// entry (found directly when offsets are contiguous, by binary search across
// gaps such as transaction markers or compaction), and acknowledged entries
// leave from the head. The commit point is the head's offset, or the offset
// after the last delivery when nothing is pending: everything below it has
// been acknowledged. Memory is the number of pending entries (16 bytes each,
// ring doubled on demand), bounded by Config.MaxPending.
//
// A partTracker is not safe for concurrent use; Source guards it.
type partTracker struct {
	ring []pendingEntry // len is a power of two, or 0
	head int            // index of the oldest pending entry
	n    int            // number of pending entries

	// next is the offset after the last delivered message, -1 before any.
	next int64
	// committed is the last offset committed by this process for the
	// partition (Kafka convention: the next offset to consume), -1 if none.
	committed int64

	fetched, acked, dupes int64
}

type pendingEntry struct {
	off   int64
	acked bool
}

func newPartTracker() *partTracker {
	return &partTracker{next: -1, committed: -1}
}

// deliver records that offset is handed to the caller. It returns false for
// an offset at or below one already delivered: the message is a redelivery
// and must not be handed out (or tracked) twice.
func (t *partTracker) deliver(off int64) bool {
	if off < t.next {
		t.dupes++
		return false
	}
	if t.n == len(t.ring) {
		t.grow()
	}
	t.ring[(t.head+t.n)&(len(t.ring)-1)] = pendingEntry{off: off}
	t.n++
	t.next = off + 1
	t.fetched++
	return true
}

func (t *partTracker) grow() {
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

func (t *partTracker) at(i int) *pendingEntry {
	return &t.ring[(t.head+i)&(len(t.ring)-1)]
}

// ack marks offset acknowledged and returns how many entries left the
// pending ring (0 unless the oldest pending entry was acknowledged). ok is
// false when the offset is not pending: never delivered under this tracker,
// already acknowledged, or already committable.
func (t *partTracker) ack(off int64) (released int, ok bool) {
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
	t.acked++
	for t.n > 0 && t.at(0).acked {
		*t.at(0) = pendingEntry{}
		t.head = (t.head + 1) & (len(t.ring) - 1)
		t.n--
		released++
	}
	return released, true
}

// commitPoint is the offset to commit (Kafka convention: the next offset to
// consume), or -1 if nothing was delivered.
func (t *partTracker) commitPoint() int64 {
	if t.n > 0 {
		return t.at(0).off
	}
	return t.next
}

// pending is the number of delivered entries not yet committable.
func (t *partTracker) pending() int { return t.n }
