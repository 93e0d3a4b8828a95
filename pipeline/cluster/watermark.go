package cluster

import (
	"slices"
	"strings"
	"time"
)

// HeartbeatEvery is how often a stage-one instance writes its watermark
// record to every partials partition.
const HeartbeatEvery = time.Second

// Merger merges the watermark records read on one partials partition into
// stage two's watermark: the minimum over the live instances. An instance
// is live while its last record is at most the liveness older (in the
// records' own wall times) than the newest record read, so that reading a
// backlog of records judges them as they were written, not as they are
// read. An instance that stops writing (killed, or gone from the group:
// its source partitions' new owner reports for them) drops out once the
// others have written for the liveness without it.
//
// The zero Merger is not usable; see NewMerger. Not safe for concurrent use.
type Merger struct {
	liveness time.Duration
	insts    map[string]*heard
	newest   time.Time
}

type heard struct {
	w Watermark
}

// NewMerger returns a Merger with the given liveness (DefaultLiveness if
// not positive).
func NewMerger(liveness time.Duration) *Merger {
	if liveness <= 0 {
		liveness = DefaultLiveness
	}
	return &Merger{liveness: liveness, insts: map[string]*heard{}}
}

// Observe takes a watermark record. An instance's later record replaces
// its earlier one.
func (m *Merger) Observe(w Watermark) {
	if w.At.After(m.newest) {
		m.newest = w.At
	}
	h := m.insts[w.Instance]
	if h == nil {
		h = &heard{}
		m.insts[w.Instance] = h
	}
	if !w.At.Before(h.w.At) {
		h.w = w
	}
	// Forget instances long gone so that the table stays small.
	for id, x := range m.insts {
		if m.newest.Sub(x.w.At) > 10*m.liveness {
			delete(m.insts, id)
		}
	}
}

// MergedWatermark is stage two's view of the stage-one instances.
type MergedWatermark struct {
	// Watermark is the minimum of the live instances' watermarks (zero when
	// none is live or one has not reached any event time yet).
	Watermark time.Time
	// CaughtUp is whether every live instance says its source is caught up.
	CaughtUp bool
	// Live is how many instances count; Why is, when not caught up, one
	// instance's reason.
	Live int
	Why  string
}

// Merged returns the merged watermark now. An instance silent for longer
// than the liveness still counts while it is the last to have claimed one
// of its source partitions (Watermark.Partitions): until another instance
// reports for that partition, its events may still come, from wherever it
// left off.
func (m *Merger) Merged() MergedWatermark {
	out := MergedWatermark{CaughtUp: true}
	first := true
	for _, h := range m.insts {
		if m.newest.Sub(h.w.At) > m.liveness && !m.lastClaimant(h.w) {
			continue
		}
		out.Live++
		if first || h.w.Watermark.Before(out.Watermark) {
			out.Watermark = h.w.Watermark
			first = false
		}
		if !h.w.CaughtUp {
			out.CaughtUp = false
			if out.Why == "" {
				out.Why = h.w.Instance + ": " + h.w.Why
			}
		}
	}
	if out.Live == 0 {
		out.CaughtUp = false
	}
	return out
}

// lastClaimant reports whether no record written after w claims one of
// the partitions w claims.
func (m *Merger) lastClaimant(w Watermark) bool {
	for _, p := range w.Partitions {
		later := false
		for _, h := range m.insts {
			if h.w.Instance != w.Instance && h.w.At.After(w.At) && slices.Contains(h.w.Partitions, p) {
				later = true
				break
			}
		}
		if !later {
			return true
		}
	}
	return false
}

// Held returns the records held, by instance, for a checkpoint.
func (m *Merger) Held() []Watermark {
	out := make([]Watermark, 0, len(m.insts))
	for _, h := range m.insts {
		out = append(out, h.w)
	}
	slices.SortFunc(out, func(a, b Watermark) int { return strings.Compare(a.Instance, b.Instance) })
	return out
}

// Live reports whether instance counts: heard from within the liveness of
// the newest record.
func (m *Merger) Live(instance string) bool {
	h := m.insts[instance]
	return h != nil && m.newest.Sub(h.w.At) <= m.liveness
}

// Known reports whether instance's records are still held: an instance
// silent for ten times the liveness is forgotten.
func (m *Merger) Known(instance string) bool { return m.insts[instance] != nil }
