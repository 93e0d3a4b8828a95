package deploy

import (
	"errors"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/vigilops/vigil/event"
)

const (
	// maxKeys bounds the distinct error codes and messages a window keeps;
	// further ones are counted as overflow.
	maxKeys = 4096
	// maxTraces is how many sample trace ids an error code keeps.
	maxTraces = 3
	// maxBins bounds the per-bin counts a window keeps for its dispersion
	// estimates: bins are one minute wide up to a day, wider beyond.
	maxBins = 1440
	// maxTop bounds the distinct service names and versions a window counts.
	maxTop = 8
)

// Window accumulates the events of one service in a time range [start,
// end): counts, error codes and messages with samples, quantile sketches
// of durations and delays, and per-minute counts. The caller chooses the
// service; a Window keeps whatever it is given that falls in its range.
//
// A Window is not safe for concurrent use. Its memory is bounded: at most
// 4096 error codes and 4096 messages, 4096 exact values per sketch (then
// 1 %-accurate buckets), 1440 bins.
type Window struct {
	// Label names the window in reports ("2 h before", "1 day before").
	Label string

	start, end time.Time
	bounded    bool
	binWidth   time.Duration
	bins       []bin

	events, errors, http, http5xx, http429 int64
	skipped, markers                       int64
	durations, delays                      sketch // ns, s
	codes, messages                        tally
	clusters                               [3]clusterRing // by ratioKind
	codeClusters                           clusterRing
	services, versions                     top
	buf                                    []byte
}

type bin struct{ events, errors, http, http5xx, http429 uint32 }

// NewWindow returns an empty window for events with start ≤ @timestamp <
// end. When end is not after start the window takes every event and has no
// duration: it reports no event rate and no dispersion.
func NewWindow(start, end time.Time) *Window {
	w := &Window{start: start, end: end}
	if end.After(start) {
		w.bounded = true
		span := end.Sub(start)
		w.binWidth = time.Minute
		if span > maxBins*time.Minute {
			w.binWidth = (span/maxBins + time.Minute - 1).Truncate(time.Minute)
		}
		w.bins = make([]bin, (span+w.binWidth-1)/w.binWidth)
	}
	return w
}

// Start and End return the window's range.
func (w *Window) Start() time.Time { return w.start }

// End returns the end of the window's range (exclusive).
func (w *Window) End() time.Time { return w.end }

// Events returns how many events the window counted (deploy markers and
// events outside the range excluded).
func (w *Window) Events() int64 { return w.events }

// Add counts one event. Events outside the window's range are skipped;
// deploy markers (event.action "deploy") only record their version. Add
// keeps no reference to ev or its strings.
func (w *Window) Add(ev *event.Event) {
	if w.bounded && (ev.Time.Before(w.start) || !ev.Time.Before(w.end)) {
		w.skipped++
		return
	}
	var (
		level, code, etype, emsg, msg, trace, svc, ver string
		action                                         string
		status, dur, delay                             float64
		hasStatus, hasDur, hasDelay                    bool
	)
	for i := range ev.Fields {
		f := &ev.Fields[i]
		switch f.Path {
		case "log.level":
			level = f.Value.Scalar()
		case "http.response.status_code":
			status, hasStatus = f.Value.Float()
		case "event.duration":
			dur, hasDur = f.Value.Float()
		case "sync.delay_seconds":
			delay, hasDelay = f.Value.Float()
		case "error.code":
			code = f.Value.Scalar()
		case "error.type":
			etype = f.Value.Scalar()
		case "error.message":
			emsg = f.Value.Scalar()
		case "message":
			msg = f.Value.Scalar()
		case "trace.id":
			trace = f.Value.Scalar()
		case "service.name":
			svc = f.Value.Scalar()
		case "service.version":
			ver = f.Value.Scalar()
		case "event.action":
			action = f.Value.Scalar()
		}
	}
	if ver != "" {
		w.versions.add(ver)
	}
	if action == "deploy" {
		w.markers++
		return
	}
	if svc != "" {
		w.services.add(svc)
	}
	var b *bin
	if w.bounded {
		b = &w.bins[ev.Time.Sub(w.start)/w.binWidth]
		b.events++
	}
	w.events++
	var traceKey uint64
	if trace != "" {
		traceKey = hashString(fnvOffset, trace)
	}
	isErr := isErrorLevel(level)
	if isErr {
		w.errors++
		w.clusters[errorsOfEvents].add(traceKey, trace != "", nil)
		if b != nil {
			b.errors++
		}
	}
	if hasStatus && status >= 100 && status < 600 {
		w.http++
		is5xx, is429 := status >= 500, status == 429
		if is5xx {
			w.http5xx++
			w.clusters[http5xxOfHTTP].add(traceKey, trace != "", nil)
		}
		if is429 {
			w.http429++
			w.clusters[http429OfHTTP].add(traceKey, trace != "", nil)
		}
		if b != nil {
			b.http++
			if is5xx {
				b.http5xx++
			}
			if is429 {
				b.http429++
			}
		}
	}
	if hasDur {
		w.durations.add(dur)
	}
	if hasDelay {
		w.delays.add(delay)
	}
	if code == "" {
		code = etype
	}
	if emsg == "" && isErr {
		emsg = msg
	}
	var norm []byte
	if emsg != "" {
		w.buf = appendNormalized(w.buf[:0], emsg)
		norm = w.buf
		w.messages.addBytes(norm, ev.Time, trace)
	}
	if code != "" {
		if o := w.codes.addString(code, ev.Time, trace, norm); o != nil {
			w.codeClusters.add(traceKey, trace != "", o)
		}
	}
}

// isErrorLevel reports whether a log.level counts as an error: error, err,
// fatal, critical, crit, alert, emerg, emergency, panic or severe, in any
// case.
func isErrorLevel(l string) bool {
	if len(l) < 3 || len(l) > 9 {
		return false
	}
	var b [9]byte
	for i := 0; i < len(l); i++ {
		c := l[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(l)]) {
	case "error", "err", "fatal", "critical", "crit", "alert", "emerg", "emergency", "panic", "severe":
		return true
	}
	return false
}

// Merge adds o's counts to w. o's range must lie within w's (any range
// when w is unbounded), so that per-minute partial windows can be summed
// into a larger one. Bins of o are re-indexed by time.
func (w *Window) Merge(o *Window) error {
	if w.bounded && (!o.bounded || o.start.Before(w.start) || o.end.After(w.end)) {
		return errors.New("deploy: merged window's range is outside the target window's")
	}
	w.events += o.events
	w.errors += o.errors
	w.http += o.http
	w.http5xx += o.http5xx
	w.http429 += o.http429
	w.skipped += o.skipped
	w.markers += o.markers
	w.durations.merge(&o.durations)
	w.delays.merge(&o.delays)
	w.codes.merge(&o.codes, &o.codeClusters)
	w.codeClusters.lines += o.codeClusters.lines
	for k := range w.clusters {
		w.clusters[k].merge(&o.clusters[k])
	}
	w.messages.merge(&o.messages, nil)
	w.services.merge(&o.services)
	w.versions.merge(&o.versions)
	if w.bounded {
		for i, ob := range o.bins {
			t := o.start.Add(time.Duration(i) * o.binWidth)
			b := &w.bins[t.Sub(w.start)/w.binWidth]
			b.events += ob.events
			b.errors += ob.errors
			b.http += ob.http
			b.http5xx += ob.http5xx
			b.http429 += ob.http429
		}
	}
	return nil
}

// ratioKind selects the numerator and denominator of a ratio signal.
type ratioKind uint8

const (
	errorsOfEvents ratioKind = iota
	http5xxOfHTTP
	http429OfHTTP
)

func (w *Window) ratio(k ratioKind) (num, den int64) {
	switch k {
	case http5xxOfHTTP:
		return w.http5xx, w.http
	case http429OfHTTP:
		return w.http429, w.http
	}
	return w.errors, w.events
}

func (b *bin) ratio(k ratioKind) (num, den uint32) {
	switch k {
	case http5xxOfHTTP:
		return b.http5xx, b.http
	case http429OfHTTP:
		return b.http429, b.http
	}
	return b.errors, b.events
}

// maxDispersion caps the over-dispersion factors.
const maxDispersion = 100

// minDispersionBins is how many bins a dispersion estimate needs.
const minDispersionBins = 10

// ratioDispersion estimates how much more a ratio's numerator varies from
// minute to minute than independent events would: Pearson's χ² of the
// per-bin counts against the window's overall ratio, over its degrees of
// freedom. Bursty errors (one failure logged as five lines) give a factor
// above 1; the tests divide counts by it. It is 1 with too few bins and is
// capped at 100.
func (w *Window) ratioDispersion(k ratioKind) float64 {
	num, den := w.ratio(k)
	if den == 0 || num == 0 || num == den {
		return 1
	}
	p := float64(num) / float64(den)
	var chi2 float64
	used := 0
	for i := range w.bins {
		x, n := w.bins[i].ratio(k)
		if n == 0 {
			continue
		}
		e := float64(n) * p
		d := float64(x) - e
		chi2 += d * d / (e * (1 - p))
		used++
	}
	if used < minDispersionBins {
		return 1
	}
	return min(max(chi2/float64(used-1), 1), maxDispersion)
}

// countDispersion estimates the variance-to-mean ratio of the per-bin
// event counts (full bins only): 1 for a Poisson stream, more for bursty
// or trending traffic.
func (w *Window) countDispersion() float64 {
	full := len(w.bins)
	if full > 0 && w.start.Add(time.Duration(full)*w.binWidth).After(w.end) {
		full--
	}
	if full < minDispersionBins {
		return 1
	}
	var sum, sum2 float64
	for _, b := range w.bins[:full] {
		x := float64(b.events)
		sum += x
		sum2 += x * x
	}
	n := float64(full)
	mean := sum / n
	if mean == 0 {
		return 1
	}
	v := (sum2 - n*mean*mean) / (n - 1)
	return min(max(v/mean, 1), maxDispersion)
}

// minutes returns the window's duration in minutes (0 when unbounded).
func (w *Window) minutes() float64 {
	if !w.bounded {
		return 0
	}
	return w.end.Sub(w.start).Minutes()
}

// LatencyQuantile returns the q-quantile of event.duration.
func (w *Window) LatencyQuantile(q float64) (time.Duration, bool) {
	if w.durations.n == 0 {
		return 0, false
	}
	return time.Duration(math.Round(w.durations.quantile(q))), true
}

// DelayQuantile returns the q-quantile of sync.delay_seconds, in seconds.
func (w *Window) DelayQuantile(q float64) (float64, bool) {
	if w.delays.n == 0 {
		return 0, false
	}
	return w.delays.quantile(q), true
}

// WindowSummary is what a report says about a window.
type WindowSummary struct {
	Label     string    `json:"label,omitempty"`
	Start     time.Time `json:"start,omitzero"`
	End       time.Time `json:"end,omitzero"`
	Events    int64     `json:"events"`
	Errors    int64     `json:"errors"`
	HTTP      int64     `json:"http_events"`
	HTTP5xx   int64     `json:"http_5xx"`
	HTTP429   int64     `json:"http_429"`
	Durations int64     `json:"durations"`
	Delays    int64     `json:"sync_delays"`
	// Skipped counts events outside the range, Markers deploy markers.
	Skipped int64 `json:"skipped,omitempty"`
	Markers int64 `json:"deploy_markers,omitempty"`
	// Service and Version are the most frequent service.name and
	// service.version seen (markers' versions included).
	Service string `json:"service,omitempty"`
	Version string `json:"version,omitempty"`
}

// Summary returns the window's counts.
func (w *Window) Summary() WindowSummary {
	s := WindowSummary{
		Label: w.Label, Events: w.events, Errors: w.errors,
		HTTP: w.http, HTTP5xx: w.http5xx, HTTP429: w.http429,
		Durations: w.durations.n, Delays: w.delays.n,
		Skipped: w.skipped, Markers: w.markers,
		Service: w.services.first(), Version: w.versions.first(),
	}
	if w.bounded {
		s.Start, s.End = w.start, w.end
	}
	return s
}

// occurrence is what a window remembers of one error code or message.
type occurrence struct {
	count   int64
	first   time.Time
	traces  []string
	message string // codes: the first normalised message seen with it
	sum2    int64  // codes: Σ S² of its closed clusters (see clusterRing)
}

// tally counts occurrences by key, up to maxKeys distinct keys.
type tally struct {
	m        map[string]*occurrence
	overflow int64 // occurrences of keys not kept
}

// addString and addBytes count one occurrence of key and return its
// entry (nil when the tally is full); neither keeps a reference to the
// caller's memory.
func (t *tally) addString(key string, ts time.Time, trace string, msg []byte) *occurrence {
	if o := t.m[key]; o != nil {
		o.seen(ts, trace)
		return o
	}
	return t.insert(strings.Clone(key), ts, trace, msg)
}

func (t *tally) addBytes(key []byte, ts time.Time, trace string) {
	if o := t.m[string(key)]; o != nil { // no allocation for the lookup
		o.seen(ts, trace)
		return
	}
	t.insert(string(key), ts, trace, nil)
}

func (t *tally) insert(key string, ts time.Time, trace string, msg []byte) *occurrence {
	if len(t.m) >= maxKeys {
		t.overflow++
		return nil
	}
	if t.m == nil {
		t.m = make(map[string]*occurrence)
	}
	o := &occurrence{first: ts, message: string(msg)}
	t.m[key] = o
	o.seen(ts, trace)
	return o
}

func (o *occurrence) seen(ts time.Time, trace string) {
	o.count++
	if ts.Before(o.first) {
		o.first = ts
	}
	o.addTrace(trace)
}

func (o *occurrence) addTrace(trace string) {
	if trace == "" || len(o.traces) >= maxTraces || slices.Contains(o.traces, trace) {
		return
	}
	o.traces = append(o.traces, strings.Clone(trace))
}

// merge adds o's entries; ring, when not nil, holds the open clusters of
// o's entries, which are closed into the merged ones.
func (t *tally) merge(o *tally, ring *clusterRing) {
	t.overflow += o.overflow
	keys := make([]string, 0, len(o.m))
	for k := range o.m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // deterministic overflow
	for _, k := range keys {
		src := o.m[k]
		dst := t.m[k]
		if dst == nil {
			if len(t.m) >= maxKeys {
				t.overflow += src.count
				continue
			}
			if t.m == nil {
				t.m = make(map[string]*occurrence)
			}
			dst = &occurrence{first: src.first, message: src.message}
			t.m[k] = dst
		}
		dst.count += src.count
		dst.sum2 += src.sum2
		if ring != nil {
			dst.sum2 += ring.openSum2(src)
		}
		if src.first.Before(dst.first) {
			dst.first = src.first
		}
		if dst.message == "" {
			dst.message = src.message
		}
		for _, tr := range src.traces {
			dst.addTrace(tr)
		}
	}
}

// top counts a few distinct values (service names, versions).
type top struct {
	vals []string
	ns   []int64
}

func (t *top) add(v string) { t.addN(v, 1) }

func (t *top) addN(v string, n int64) {
	for i, x := range t.vals {
		if x == v {
			t.ns[i] += n
			return
		}
	}
	if len(t.vals) < maxTop {
		t.vals = append(t.vals, strings.Clone(v))
		t.ns = append(t.ns, n)
	}
}

func (t *top) merge(o *top) {
	for i, v := range o.vals {
		t.addN(v, o.ns[i])
	}
}

// first returns the most frequent value (the smallest on ties).
func (t *top) first() string {
	best := -1
	for i := range t.vals {
		if best < 0 || t.ns[i] > t.ns[best] || t.ns[i] == t.ns[best] && t.vals[i] < t.vals[best] {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return t.vals[best]
}
