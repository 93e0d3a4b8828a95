package deploy

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"
)

// WindowSnapshot is a Window's complete state, for checkpoints: exported
// fields that encoding/gob and encoding/json can encode. RestoreWindow
// turns it back into a Window that counts, merges and compares exactly as
// the original would have. Its layout may change between versions
// (Version says which); it is not an interchange format.
type WindowSnapshot struct {
	Version  int
	Label    string
	Start    time.Time
	End      time.Time
	Bounded  bool
	BinWidth time.Duration
	// Bins are the per-bin counts, five a bin: events, errors, HTTP
	// responses, 5xx and 429.
	Bins []uint32

	Events, Errors, HTTP, HTTP5xx, HTTP429, Skipped, Markers int64

	Durations, Delays SketchSnapshot
	Codes, Messages   TallySnapshot
	// Clusters are the rings of error lines, 5xx and 429 responses;
	// CodeClusters the ring of error-code occurrences, whose entries name
	// their code by its index in Codes.Keys.
	Clusters     [3]RingSnapshot
	CodeClusters RingSnapshot

	Services, Versions TopSnapshot
}

// SketchSnapshot is a quantile sketch's state.
type SketchSnapshot struct {
	N, Zero int64
	Off     int
	Counts  []int64
	Exact   []float64
	Lossy   bool
}

// TallySnapshot is a tally of error codes or messages, by key (sorted).
type TallySnapshot struct {
	Keys     []string
	Entries  []OccurrenceSnapshot
	Overflow int64
}

// OccurrenceSnapshot is what a window remembers of one code or message.
type OccurrenceSnapshot struct {
	Count   int64
	First   time.Time
	Traces  []string
	Message string
	Sum2    int64
}

// RingSnapshot is a cluster ring: its open clusters in slot order.
type RingSnapshot struct {
	Keys  []uint64
	Sizes []int64
	// Codes, in a code ring, is each cluster's code as an index in the
	// window's Codes.Keys (-1: none).
	Codes       []int
	Next        int
	Lines, Sum2 int64
}

// TopSnapshot is a short count of distinct values.
type TopSnapshot struct {
	Values []string
	Counts []int64
}

// windowSnapshotVersion is the WindowSnapshot layout.
const windowSnapshotVersion = 1

// Snapshot returns the window's state; the window is not modified and
// shares no memory with the result.
func (w *Window) Snapshot() WindowSnapshot {
	s := WindowSnapshot{
		Version: windowSnapshotVersion, Label: w.Label, Start: w.start, End: w.end,
		Bounded: w.bounded, BinWidth: w.binWidth,
		Events: w.events, Errors: w.errors, HTTP: w.http, HTTP5xx: w.http5xx, HTTP429: w.http429,
		Skipped: w.skipped, Markers: w.markers,
		Durations: w.durations.snapshot(), Delays: w.delays.snapshot(),
		Messages: w.messages.snapshot(),
		Services: w.services.snapshot(), Versions: w.versions.snapshot(),
	}
	if len(w.bins) > 0 {
		s.Bins = make([]uint32, 0, 5*len(w.bins))
		for _, b := range w.bins {
			s.Bins = append(s.Bins, b.events, b.errors, b.http, b.http5xx, b.http429)
		}
	}
	s.Codes = w.codes.snapshot()
	index := make(map[*occurrence]int, len(s.Codes.Keys))
	for i, k := range s.Codes.Keys {
		index[w.codes.m[k]] = i
	}
	for k := range w.clusters {
		s.Clusters[k] = w.clusters[k].snapshot(nil)
	}
	s.CodeClusters = w.codeClusters.snapshot(index)
	return s
}

// RestoreWindow rebuilds a window from its snapshot, checking that the
// state is consistent.
func RestoreWindow(s WindowSnapshot) (*Window, error) {
	if s.Version != windowSnapshotVersion {
		return nil, fmt.Errorf("deploy: window snapshot version %d, want %d", s.Version, windowSnapshotVersion)
	}
	w := NewWindow(s.Start, s.End)
	if w.bounded != s.Bounded || w.binWidth != s.BinWidth || len(s.Bins) != 5*len(w.bins) {
		return nil, errors.New("deploy: window snapshot: bins do not fit its range")
	}
	w.Label = s.Label
	for i := range w.bins {
		b := s.Bins[5*i : 5*i+5]
		w.bins[i] = bin{events: b[0], errors: b[1], http: b[2], http5xx: b[3], http429: b[4]}
	}
	w.events, w.errors, w.http, w.http5xx, w.http429 = s.Events, s.Errors, s.HTTP, s.HTTP5xx, s.HTTP429
	w.skipped, w.markers = s.Skipped, s.Markers
	var err error
	if w.durations, err = restoreSketch(s.Durations); err != nil {
		return nil, err
	}
	if w.delays, err = restoreSketch(s.Delays); err != nil {
		return nil, err
	}
	if w.codes, err = restoreTally(s.Codes); err != nil {
		return nil, err
	}
	if w.messages, err = restoreTally(s.Messages); err != nil {
		return nil, err
	}
	for k := range w.clusters {
		if w.clusters[k], err = restoreRing(s.Clusters[k], nil); err != nil {
			return nil, err
		}
	}
	occs := make([]*occurrence, len(s.Codes.Keys))
	for i, k := range s.Codes.Keys {
		occs[i] = w.codes.m[k]
	}
	if w.codeClusters, err = restoreRing(s.CodeClusters, occs); err != nil {
		return nil, err
	}
	if w.services, err = restoreTop(s.Services); err != nil {
		return nil, err
	}
	if w.versions, err = restoreTop(s.Versions); err != nil {
		return nil, err
	}
	return w, nil
}

// Compact makes the window cheaper to keep: its duration and delay
// sketches drop the values they hold verbatim and keep only their 1 %
// buckets, as they do by themselves past 4096 values, and the trace
// clusters still open are closed. Counts, ratios, codes, dispersions and
// the quantile tests are unchanged; quantiles read from it (and from
// windows it is merged into) are within 1 % instead of exact. Meant for
// history kept for later baselines: a line added after Compact that shares
// a trace with one before it counts as a new cluster.
func (w *Window) Compact() {
	w.durations.compact()
	w.delays.compact()
	for k := range w.clusters {
		w.clusters[k].closeAll()
	}
	w.codeClusters.closeAll()
	w.buf = nil
}

func (s *sketch) compact() {
	if s.n > 0 {
		s.lossy = true
	}
	s.exact = nil
	if cap(s.counts) > len(s.counts) {
		s.counts = slices.Clone(s.counts) // drop the growth room
	}
}

func (s *sketch) snapshot() SketchSnapshot {
	return SketchSnapshot{N: s.n, Zero: s.zero, Off: s.off, Counts: slices.Clone(s.counts), Exact: slices.Clone(s.exact), Lossy: s.lossy}
}

func restoreSketch(s SketchSnapshot) (sketch, error) {
	var total int64 = s.Zero
	for _, c := range s.Counts {
		if c < 0 {
			return sketch{}, errors.New("deploy: window snapshot: negative sketch count")
		}
		total += c
	}
	switch {
	case s.N < 0 || s.Zero < 0 || total != s.N:
		return sketch{}, errors.New("deploy: window snapshot: sketch counts do not add up")
	case s.Lossy && len(s.Exact) > 0, !s.Lossy && int64(len(s.Exact)) != s.N, len(s.Exact) > exactCap:
		return sketch{}, errors.New("deploy: window snapshot: sketch values do not fit its count")
	}
	return sketch{n: s.N, zero: s.Zero, off: s.Off, counts: slices.Clone(s.Counts), exact: slices.Clone(s.Exact), lossy: s.Lossy}, nil
}

func (t *tally) snapshot() TallySnapshot {
	s := TallySnapshot{Keys: slices.Sorted(maps.Keys(t.m)), Overflow: t.overflow}
	for _, k := range s.Keys {
		o := t.m[k]
		s.Entries = append(s.Entries, OccurrenceSnapshot{Count: o.count, First: o.first, Traces: slices.Clone(o.traces), Message: o.message, Sum2: o.sum2})
	}
	return s
}

func restoreTally(s TallySnapshot) (tally, error) {
	if len(s.Keys) != len(s.Entries) || len(s.Keys) > maxKeys || s.Overflow < 0 {
		return tally{}, errors.New("deploy: window snapshot: malformed tally")
	}
	t := tally{overflow: s.Overflow}
	if len(s.Keys) > 0 {
		t.m = make(map[string]*occurrence, len(s.Keys))
	}
	for i, k := range s.Keys {
		e := s.Entries[i]
		if _, dup := t.m[k]; dup || e.Count < 1 || len(e.Traces) > maxTraces {
			return tally{}, errors.New("deploy: window snapshot: malformed tally entry")
		}
		t.m[k] = &occurrence{count: e.Count, first: e.First, traces: slices.Clone(e.Traces), message: e.Message, sum2: e.Sum2}
	}
	return t, nil
}

// snapshot lists the ring's open clusters; index maps a code ring's
// entries to their code's position (nil for the other rings).
func (r *clusterRing) snapshot(index map[*occurrence]int) RingSnapshot {
	s := RingSnapshot{Next: r.next, Lines: r.lines, Sum2: r.sum2}
	for i := range r.n {
		e := r.ents[i]
		s.Keys = append(s.Keys, e.key)
		s.Sizes = append(s.Sizes, e.size)
		if index != nil {
			code := -1
			if j, ok := index[e.occ]; ok && e.occ != nil {
				code = j
			}
			s.Codes = append(s.Codes, code)
		}
	}
	return s
}

func restoreRing(s RingSnapshot, occs []*occurrence) (clusterRing, error) {
	n := len(s.Keys)
	bad := n > ringSize || len(s.Sizes) != n || s.Next < 0 || s.Next >= ringSize ||
		(n < ringSize && s.Next != n%ringSize) || s.Lines < 0 || s.Sum2 < 0
	if occs != nil && len(s.Codes) != n || occs == nil && len(s.Codes) != 0 {
		bad = true
	}
	if bad {
		return clusterRing{}, errors.New("deploy: window snapshot: malformed cluster ring")
	}
	r := clusterRing{n: n, next: s.Next, lines: s.Lines, sum2: s.Sum2}
	if n > 0 {
		r.ents = make([]cluster, n)
	}
	for i := range n {
		if s.Sizes[i] < 1 {
			return clusterRing{}, errors.New("deploy: window snapshot: malformed cluster")
		}
		r.ents[i] = cluster{key: s.Keys[i], size: s.Sizes[i]}
		if occs != nil {
			c := s.Codes[i]
			if c < -1 || c >= len(occs) {
				return clusterRing{}, errors.New("deploy: window snapshot: cluster of an unknown code")
			}
			if c >= 0 {
				r.ents[i].occ = occs[c]
			}
		}
	}
	return r, nil
}

func (t *top) snapshot() TopSnapshot {
	return TopSnapshot{Values: slices.Clone(t.vals), Counts: slices.Clone(t.ns)}
}

func restoreTop(s TopSnapshot) (top, error) {
	if len(s.Values) != len(s.Counts) || len(s.Values) > maxTop {
		return top{}, errors.New("deploy: window snapshot: malformed value counts")
	}
	return top{vals: slices.Clone(s.Values), ns: slices.Clone(s.Counts)}, nil
}

// IsErrorLevel reports whether a log.level counts as an error in
// error_ratio: error, err, fatal, critical, crit, alert, emerg, emergency,
// panic or severe, in any case.
func IsErrorLevel(level string) bool { return isErrorLevel(level) }
