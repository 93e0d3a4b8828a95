package rules

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/detectors/deploy"
	"github.com/vigilops/vigil/event"
)

// DeployRegressionRule is the rule name of the deploy watcher's alerts.
const DeployRegressionRule = "deploy-regression"

// DeploysOptions turns on the deploy watcher: every deploy marker (an
// event with event.action "deploy", service.name and service.version)
// opens a watch on its service. Every 5 minutes of event time, once
// MinAfter has passed and until Watch has, the service's events since the
// deploy are compared (package detectors/deploy) with its 2 hours before
// the deploy and, when the history has them, the same hours a day
// earlier; a degraded verdict raises a deploy-regression alert.
type DeploysOptions struct {
	// Severity of the deploy-regression alerts (default P1).
	Severity alert.Severity
	// Watch is how long after a deploy it is judged (default 60m, at most
	// 6h).
	Watch time.Duration
	// MinAfter is how much of the stream after a deploy the first
	// comparison waits for (default 10m).
	MinAfter time.Duration
	// MaxServices caps the services whose history is kept (default 500):
	// events of further services are not watched until one falls silent
	// for a day.
	MaxServices int
	// Compare tunes the comparisons; the zero value takes the package's
	// defaults.
	Compare deploy.Options
}

// The deploy watcher's fixed layout.
const (
	deployCheckEvery = 5 * time.Minute  // comparisons after a deploy
	deployBucket     = 10 * time.Minute // recent history buckets
	deployBaseline   = 2 * time.Hour    // the baseline before a deploy
	deployRecent     = deployBaseline + 2*deployBucket
	deployHistory    = 26 * time.Hour // hourly buckets kept, for the day-earlier baseline
	maxDeployWatch   = 6 * time.Hour
	// maxDeployQueue bounds the queue: beyond it (events far ahead of the
	// watermark), the oldest are fed at once.
	maxDeployQueue = 50000
	// deployHealthyChecks healthy comparisons in a row resolve an alert.
	deployHealthyChecks = 2
	// deployConfirmChecks degraded comparisons in a row raise an alert;
	// one does when its evidence is strong (deployStrongAlpha).
	deployConfirmChecks = 2
	// deployStrongAlpha: a degraded comparison with a degraded signal's
	// p-value at most this fraction of Alpha raises the alert at once.
	deployStrongAlpha = 0.1
)

// strongEvidence reports whether a degraded comparison raises the alert
// without waiting for the next: a degraded signal with a p-value of at
// most a tenth of the test's level. The comparisons of one watch are
// repeated looks at a growing window, and each look may be wrong; asking
// a borderline verdict to hold for a second look keeps benign deploys
// quiet at little cost in time.
func strongEvidence(r *deploy.Report) bool {
	for _, sg := range r.Signals {
		if sg.Verdict == deploy.Degraded && sg.PValue <= deployStrongAlpha*r.Options.Alpha {
			return true
		}
	}
	return false
}

// Validate checks the options as NewEngine would apply them.
func (o *DeploysOptions) Validate() error {
	var errs []error
	if o.Severity != "" {
		if _, err := alert.ParseSeverity(string(o.Severity)); err != nil {
			errs = append(errs, fmt.Errorf("deploys: %w", err))
		}
	}
	if err := validDeployDurations(o.Watch, o.MinAfter); err != nil {
		errs = append(errs, err)
	}
	if o.MaxServices < 0 {
		errs = append(errs, fmt.Errorf("deploys: max services %d is negative", o.MaxServices))
	}
	return errors.Join(errs...)
}

// validDeployDurations checks a watch length and a minimum after-window
// (0: the default).
func validDeployDurations(watch, minAfter time.Duration) error {
	w, m := cmp.Or(watch, time.Hour), cmp.Or(minAfter, 10*time.Minute)
	switch {
	case watch < 0 || minAfter < 0:
		return errors.New("deploys: watch and min_after must not be negative")
	case w > maxDeployWatch:
		return fmt.Errorf("deploys: watch %s is longer than %s", w, maxDeployWatch)
	case m < time.Minute:
		return fmt.Errorf("deploys: min_after %s is shorter than 1m", m)
	case m > w:
		return fmt.Errorf("deploys: min_after %s is longer than the watch (%s)", m, w)
	}
	return nil
}

// deployWatcher keeps every service's recent history as detectors/deploy
// windows and judges each deploy against it.
//
// Like the job watcher, it sees the stream in event time: an event waits
// in a queue until the watermark passes it, then the queued events are fed
// in time order, the comparisons due before each one run first. So a
// deploy marker finds all the events before it in the history and all the
// events after it in its watch, whatever the pattern of Observe and
// Advance calls, and a replay gives the alerts the live run gave. An event
// older than the watermark (late) is fed at once.
//
// A service's history is 10-minute windows for the last 2 h 20 min to
// 3 h 20 min (whole hours), then hourly windows, compacted (exact values
// dropped from their quantile sketches), back 26 hours: some 20 + 24
// windows. The 2-hour baseline is merged from the 10-minute windows; the
// day-earlier one from the hourly windows of the hours the watch covers,
// a day earlier.
type deployWatcher struct {
	opt        DeploysOptions
	maxSamples int

	queue   []deployObs   // events ahead of the watermark, by time
	fedWM   time.Time     // the watermark the watcher has been fed to
	pending []alert.Alert // transitions found by Observe (late markers), for the next Advance

	services  map[string]*deploySvc
	watching  map[string]*deploySvc // the services with a watch open
	nextDue   time.Time             // the earliest comparison due (zero: none)
	markers   map[string]int        // service → its markers waiting in the queue
	nextStale time.Time             // no service is stale before then (for the cap)
	dropped   uint64                // events of services beyond the cap

	scratch event.Event
	intern  map[string]string
}

// deployObs is what the watcher keeps of an event: the fields the deploy
// windows read.
type deployObs struct {
	At               time.Time
	Service, Version string
	Code             string // error.code, else error.type
	Msg              string // error.message, else the message of an error-level event
	Trace            string // only when a window can use it
	Status, Dur      float64
	Delay            float64
	Flags            uint8
	Sample           []byte // the event, for samples (errors of watched services)
}

const (
	obsError uint8 = 1 << iota
	obsMarker
	obsStatus
	obsDur
	obsDelay
	obsQueued // a marker counted in deployWatcher.markers
)

// deploySvc is one service's history and watch.
type deploySvc struct {
	name    string
	since   time.Time // history kept from (a 10-minute boundary)
	last    time.Time // newest event
	tenFrom time.Time // 10-minute windows from here (an hour boundary); hourly before
	tens    map[int64]*deploy.Window
	hours   map[int64]*deploy.Window
	// compacted notes the 10-minute windows already compacted (not kept
	// in checkpoints: compacting again changes nothing).
	compacted map[int64]bool
	version   string // the last deployed version
	watch     *deployWatch
	rolled    time.Time // hourly windows before this are dropped
}

// deployWatch is the judgement of one deploy.
type deployWatch struct {
	version, previous string
	at                time.Time // the marker's time
	from              time.Time // the after-window's start: at, or the watermark for a late marker
	bases             []*deploy.Window
	chunks            []*deploy.Window // 5-minute windows from from; nil: no events
	checks            int              // comparisons due so far
	healthy           int              // healthy comparisons in a row
	degraded          int              // degraded comparisons in a row
	firing            bool
	alert             alert.Alert
	samples           jobSamples
}

func (e *Engine) newDeployWatcher(o DeploysOptions) *deployWatcher {
	if o.Severity == "" {
		o.Severity = alert.P1
	} else if s, err := alert.ParseSeverity(string(o.Severity)); err != nil {
		e.log.Error().Err(err).Msg("deploy alerts: invalid severity; P1 is used")
		o.Severity = alert.P1
	} else {
		o.Severity = s
	}
	if err := validDeployDurations(o.Watch, o.MinAfter); err != nil {
		e.log.Error().Err(err).Msg("deploy alerts: invalid watch; the defaults are used (60m, 10m)")
		o.Watch, o.MinAfter = 0, 0
	}
	o.Watch = cmp.Or(o.Watch, time.Hour)
	o.MinAfter = cmp.Or(o.MinAfter, 10*time.Minute)
	if o.MaxServices <= 0 {
		o.MaxServices = 500
	}
	w := &deployWatcher{opt: o, maxSamples: e.opt.MaxSamples}
	w.reset()
	return w
}

func (w *deployWatcher) reset() {
	w.queue, w.fedWM, w.pending = nil, time.Time{}, nil
	w.services = map[string]*deploySvc{}
	w.watching = map[string]*deploySvc{}
	w.markers = map[string]int{}
	w.nextDue, w.nextStale, w.dropped = time.Time{}, time.Time{}, 0
	w.intern = map[string]string{}
}

// internString returns s from the watcher's cache of service names and
// versions (at most internLimit strings), or a copy.
func (w *deployWatcher) internString(s string) string {
	if v, ok := w.intern[s]; ok {
		return v
	}
	s = strings.Clone(s)
	if len(w.intern) < internLimit {
		w.intern[s] = s
	}
	return s
}

// observe takes an event with a service.name: queued until the watermark
// passes it, or fed at once when it is late.
func (w *deployWatcher) observe(e *Engine, ev *event.Event) {
	o, ok := w.obsOf(ev, false)
	if ok {
		w.enqueue(e, &o)
	}
}

// obsOf extracts what the deploy watcher reads of an event with a
// service.name; ok is false for other events. An error or 5xx/429 event
// carries its JSON (for samples) when its service is watched or has a
// marker queued — or, with anyService (stage one, which does not know the
// watches), always; enqueue drops it again for a service not watched.
func (w *deployWatcher) obsOf(ev *event.Event, anyService bool) (deployObs, bool) {
	var o deployObs
	var svc, ver, code, etype, emsg, msg, trace string
	var marker bool
	for i := range ev.Fields {
		f := &ev.Fields[i]
		switch f.Path {
		case "service.name":
			svc = f.Value.Scalar()
		case "service.version":
			ver = f.Value.Scalar()
		case "event.action":
			marker = f.Value.Scalar() == "deploy"
		case "log.level":
			if deploy.IsErrorLevel(f.Value.Scalar()) {
				o.Flags |= obsError
			}
		case "http.response.status_code":
			if v, ok := f.Value.Float(); ok {
				o.Status, o.Flags = v, o.Flags|obsStatus
			}
		case "event.duration":
			if v, ok := f.Value.Float(); ok {
				o.Dur, o.Flags = v, o.Flags|obsDur
			}
		case "sync.delay_seconds":
			if v, ok := f.Value.Float(); ok {
				o.Delay, o.Flags = v, o.Flags|obsDelay
			}
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
		}
	}
	if svc == "" {
		return o, false
	}
	o.At = ev.Time
	o.Service = w.internString(svc)
	if ver != "" {
		o.Version = w.internString(ver)
	}
	if marker {
		o.Flags = obsMarker
	} else {
		isErr := o.Flags&obsError != 0
		if code == "" {
			code = etype
		}
		if emsg == "" && isErr {
			emsg = msg
		}
		o.Code, o.Msg = strings.Clone(code), strings.Clone(emsg)
		bad := o.Flags&obsStatus != 0 && (o.Status >= 500 && o.Status < 600 || o.Status == 429)
		if trace != "" && (isErr || bad || code != "" || emsg != "") {
			o.Trace = strings.Clone(trace)
		}
		if w.maxSamples > 0 && (isErr || bad) && (anyService || w.sampled(o.Service)) {
			o.Sample = ev.JSON()
		}
	}
	return o, true
}

// sampled reports whether the errors of a service are kept as samples: it
// is watched, or a marker of it waits in the queue.
func (w *deployWatcher) sampled(service string) bool {
	return w.watching[service] != nil || w.markers[service] > 0
}

// enqueue queues an observation until the watermark passes it, or feeds
// it at once when it is late.
func (w *deployWatcher) enqueue(e *Engine, o *deployObs) {
	marker := o.Flags&obsMarker != 0
	if w.late(o.At) {
		w.pending = w.feed(e, o, w.pending)
		return
	}
	if marker && o.Version != "" {
		o.Flags |= obsQueued
		w.markers[o.Service]++
	}
	// Insert in time order (usually at the end); equal times keep their
	// arrival order.
	i := len(w.queue)
	for i > 0 && w.queue[i-1].At.After(o.At) {
		i--
	}
	w.queue = slices.Insert(w.queue, i, *o)
	if len(w.queue) > maxDeployQueue {
		first := w.queue[0]
		w.queue = slices.Delete(w.queue, 0, 1)
		w.pending = w.tick(e, first.At, w.pending)
		w.pending = w.feed(e, &first, w.pending)
	}
}

// late reports whether an event at t is behind the fed watermark.
func (w *deployWatcher) late(t time.Time) bool {
	return !w.fedWM.IsZero() && !t.After(w.fedWM)
}

// advance feeds the queued events up to the watermark in time order, the
// comparisons due before each one first, then runs the comparisons due by
// the watermark and ages the histories.
func (w *deployWatcher) advance(e *Engine, wm time.Time, out []alert.Alert) []alert.Alert {
	out = append(out, w.pending...)
	w.pending = nil
	n := 0
	for n < len(w.queue) && !w.queue[n].At.After(wm) {
		o := w.queue[n]
		n++
		out = w.tick(e, o.At, out)
		out = w.feed(e, &o, out)
	}
	if n > 0 {
		// Keep the queue's array: move the rest to the front.
		rest := copy(w.queue, w.queue[n:])
		clear(w.queue[rest:])
		w.queue = w.queue[:rest]
		if cap(w.queue) > 4096 && rest < cap(w.queue)/4 {
			w.queue = slices.Clone(w.queue) // after a burst
		}
	}
	out = w.tick(e, wm, out)
	if wm.After(w.fedWM) {
		w.fedWM = wm
		for name, s := range w.services {
			if s.stale(wm, 0) && w.markers[name] == 0 {
				delete(w.services, name)
				continue
			}
			s.roll(wm)
		}
	}
	return out
}

// event rebuilds the event a deploy window reads from an observation.
func (w *deployWatcher) event(o *deployObs) *event.Event {
	ev := &w.scratch
	ev.Time = o.At
	f := append(ev.Fields[:0], event.Field{Path: "service.name", Value: event.StringValue(o.Service)})
	if o.Version != "" {
		f = append(f, event.Field{Path: "service.version", Value: event.StringValue(o.Version)})
	}
	if o.Flags&obsMarker != 0 {
		f = append(f, event.Field{Path: "event.action", Value: event.StringValue("deploy")})
		ev.Fields = f
		return ev
	}
	if o.Flags&obsError != 0 {
		f = append(f, event.Field{Path: "log.level", Value: event.StringValue("error")})
	}
	num := func(path string, v float64) event.Field {
		return event.Field{Path: path, Value: event.Value{Kind: event.Number, Num: v}}
	}
	if o.Flags&obsStatus != 0 {
		f = append(f, num("http.response.status_code", o.Status))
	}
	if o.Flags&obsDur != 0 {
		f = append(f, num("event.duration", o.Dur))
	}
	if o.Flags&obsDelay != 0 {
		f = append(f, num("sync.delay_seconds", o.Delay))
	}
	if o.Code != "" {
		f = append(f, event.Field{Path: "error.code", Value: event.StringValue(o.Code)})
	}
	if o.Msg != "" {
		f = append(f, event.Field{Path: "error.message", Value: event.StringValue(o.Msg)})
	}
	if o.Trace != "" {
		f = append(f, event.Field{Path: "trace.id", Value: event.StringValue(o.Trace)})
	}
	ev.Fields = f
	return ev
}

// service returns the service's state, creating it within the cap; a
// service silent for the history's length starts afresh.
func (w *deployWatcher) service(e *Engine, name string, t time.Time) *deploySvc {
	s := w.services[name]
	if s != nil && s.stale(t, w.markers[name]) {
		delete(w.services, name)
		s = nil
	}
	if s != nil {
		return s
	}
	if len(w.services) >= w.opt.MaxServices && !t.Before(w.nextStale) {
		w.evictStale(t)
	}
	if len(w.services) >= w.opt.MaxServices {
		w.dropped++
		if w.dropped == 1 || w.dropped%100000 == 0 {
			e.log.Warn().Int("max_services", w.opt.MaxServices).Uint64("events", w.dropped).Str("service", name).
				Msg("deploy alerts: too many services; the events of further services are not watched")
		}
		return nil
	}
	b := t.Truncate(deployBucket)
	s = &deploySvc{name: name, since: b, last: t, tenFrom: t.Add(-deployRecent).Truncate(time.Hour),
		tens: map[int64]*deploy.Window{}, hours: map[int64]*deploy.Window{}, compacted: map[int64]bool{}}
	w.services[name] = s
	return s
}

// stale: silent for the whole history, with nothing to judge (queued:
// the service's markers waiting in the queue).
func (s *deploySvc) stale(t time.Time, queued int) bool {
	return s.watch == nil && queued == 0 && t.Sub(s.last) > deployHistory
}

// evictStale forgets the stale services, and notes when the next one can
// become stale.
func (w *deployWatcher) evictStale(t time.Time) {
	var next time.Time
	for name, s := range w.services {
		if s.stale(t, w.markers[name]) {
			delete(w.services, name)
			continue
		}
		if at := s.last.Add(deployHistory); next.IsZero() || at.Before(next) {
			next = at
		}
	}
	w.nextStale = next
}

// feed gives one event to its service's history and watch.
func (w *deployWatcher) feed(e *Engine, o *deployObs, out []alert.Alert) []alert.Alert {
	if o.Flags&obsQueued != 0 {
		if w.markers[o.Service]--; w.markers[o.Service] <= 0 {
			delete(w.markers, o.Service)
		}
	}
	s := w.service(e, o.Service, o.At)
	if o.Flags&obsMarker != 0 {
		if s == nil || o.Version == "" {
			return out
		}
		return w.deployed(e, s, o, out)
	}
	if s == nil {
		return out
	}
	ev := w.event(o)
	s.add(ev)
	if wt := s.watch; wt != nil {
		if c := wt.chunk(o.At, w.opt.Watch); c != nil {
			c.Add(ev)
			if o.Sample != nil && w.maxSamples > 0 {
				wt.samples.add(o.Sample, o.Trace, w.maxSamples)
			}
		}
	}
	return out
}

// add counts an event in the service's history.
func (s *deploySvc) add(ev *event.Event) {
	t := ev.Time
	if t.After(s.last) {
		s.last = t
	}
	if t.Before(s.tenFrom) {
		h := t.Truncate(time.Hour)
		if h.Before(s.since.Truncate(time.Hour)) || s.last.Sub(h) > deployHistory {
			return // before the history
		}
		win := s.hours[h.Unix()]
		if win == nil {
			win = deploy.NewWindow(h, h.Add(time.Hour))
			s.hours[h.Unix()] = win
		}
		win.Add(ev)
		return
	}
	b := t.Truncate(deployBucket)
	win := s.tens[b.Unix()]
	if win == nil {
		win = deploy.NewWindow(b, b.Add(deployBucket))
		s.tens[b.Unix()] = win
		s.roll(b)
		// The windows ended 10 minutes before this one are complete: they
		// keep their quantiles to 1 % from now on.
		for k, tw := range s.tens {
			if k < b.Add(-deployBucket).Unix() && !s.compacted[k] {
				tw.Compact()
				s.compacted[k] = true
			}
		}
	}
	win.Add(ev)
}

// roll ages the history to t: the 10-minute windows of the hours that left
// the recent span are merged into hourly windows and compacted, and
// hourly windows older than the history are dropped.
func (s *deploySvc) roll(t time.Time) {
	from := t.Add(-deployRecent).Truncate(time.Hour)
	oldest := t.Add(-deployHistory).Truncate(time.Hour)
	if !from.After(s.tenFrom) && !oldest.After(s.rolled) {
		return
	}
	for s.tenFrom.Before(from) {
		h := s.tenFrom
		var hw *deploy.Window
		for b := h; b.Before(h.Add(time.Hour)); b = b.Add(deployBucket) {
			tw := s.tens[b.Unix()]
			if tw == nil {
				continue
			}
			delete(s.tens, b.Unix())
			delete(s.compacted, b.Unix())
			if hw == nil {
				if hw = s.hours[h.Unix()]; hw == nil {
					hw = deploy.NewWindow(h, h.Add(time.Hour))
					s.hours[h.Unix()] = hw
				}
			}
			_ = hw.Merge(tw) // within the hour by construction
		}
		if hw != nil {
			hw.Compact()
		}
		s.tenFrom = h.Add(time.Hour)
	}
	if oldest.After(s.rolled) {
		s.rolled = oldest
		for k := range s.hours {
			if time.Unix(k, 0).Before(oldest) {
				delete(s.hours, k)
			}
		}
	}
}

// chunk returns the watch's 5-minute window of an event at t (nil when
// outside the watch).
func (wt *deployWatch) chunk(t time.Time, watch time.Duration) *deploy.Window {
	end := wt.from.Add(watch)
	if t.Before(wt.from) || !t.Before(end) {
		return nil
	}
	i := int(t.Sub(wt.from) / deployCheckEvery)
	if i >= len(wt.chunks) {
		wt.chunks = append(wt.chunks, make([]*deploy.Window, i+1-len(wt.chunks))...)
	}
	if wt.chunks[i] == nil {
		start := wt.from.Add(time.Duration(i) * deployCheckEvery)
		wt.chunks[i] = deploy.NewWindow(start, earliest(start.Add(deployCheckEvery), end))
	}
	return wt.chunks[i]
}

// nextCheck is the time of the watch's next comparison.
func (wt *deployWatch) nextCheck(watch time.Duration) time.Time {
	return earliest(wt.from.Add(time.Duration(wt.checks+1)*deployCheckEvery), wt.from.Add(watch))
}

// deployed opens a watch for a marker: a new version resolves the
// previous watch's alert and replaces it; the version being watched is the
// same deploy (another replica's marker) and changes nothing.
func (w *deployWatcher) deployed(e *Engine, s *deploySvc, o *deployObs, out []alert.Alert) []alert.Alert {
	if wt := s.watch; wt != nil {
		if wt.version == o.Version {
			return out
		}
		if wt.firing {
			why := fmt.Sprintf("replaced by %s at %s", o.Version, clock(o.At))
			if o.Version == wt.previous {
				why = fmt.Sprintf("rolled back to %s at %s", o.Version, clock(o.At))
			}
			out = append(out, w.resolved(e, wt, o.At, why))
		}
		w.closeWatch(s)
	}
	s.roll(o.At)
	prev := s.version
	s.version = o.Version
	wt := &deployWatch{version: o.Version, previous: prev, at: o.At, from: o.At}
	if w.fedWM.After(o.At) {
		wt.from = w.fedWM // a late marker: its watch starts now
	}
	wt.bases = s.baselines(o.At, w.opt.Watch)
	if wt.previous == "" && len(wt.bases) > 0 {
		// No marker seen before: the version the service's events carried.
		if v := wt.bases[0].Summary().Version; v != o.Version {
			wt.previous = v
		}
	}
	if c := wt.chunk(o.At, w.opt.Watch); c != nil {
		c.Add(w.event(o)) // records the version
	}
	s.watch = wt
	w.watching[s.name] = s
	w.updateDue()
	return out
}

// closeWatch ends the service's watch.
func (w *deployWatcher) closeWatch(s *deploySvc) {
	s.watch = nil
	delete(w.watching, s.name)
	w.updateDue()
}

// updateDue notes when the next comparison is due.
func (w *deployWatcher) updateDue() {
	w.nextDue = time.Time{}
	for _, s := range w.watching {
		if at := s.watch.nextCheck(w.opt.Watch); w.nextDue.IsZero() || at.Before(w.nextDue) {
			w.nextDue = at
		}
	}
}

// baselines returns the windows a deploy at at is judged against: the 2 h
// before it (from the 10-minute windows before the one holding the
// deploy), and the hours the watch covers a day earlier when the history
// covers them. The day-earlier window is the same hours as the after-window,
// so that a daily pattern that starts after the deploy (a nightly batch
// and its errors) is not blamed on it.
func (s *deploySvc) baselines(at time.Time, watch time.Duration) []*deploy.Window {
	var out []*deploy.Window
	end := at.Truncate(deployBucket)
	start := end.Add(-deployBaseline)
	for _, t := range []time.Time{s.tenFrom, s.since} {
		if t.After(start) {
			start = t
		}
	}
	if start.Before(end) {
		b := deploy.NewWindow(start, end)
		b.Label = "2 h before"
		if d := end.Sub(start); d < deployBaseline {
			b.Label = fmt.Sprintf("%s before", shortDuration(d))
		}
		for t := start; t.Before(end); t = t.Add(deployBucket) {
			if tw := s.tens[t.Unix()]; tw != nil {
				_ = b.Merge(tw)
			}
		}
		out = append(out, b)
	}
	ds := at.Add(-24 * time.Hour).Truncate(time.Hour)
	de := at.Add(-24*time.Hour + watch)
	if t := de.Truncate(time.Hour); t.Before(de) {
		de = t.Add(time.Hour)
	}
	if !s.since.After(ds) && !de.After(s.tenFrom) {
		d := deploy.NewWindow(ds, de)
		d.Label = "1 day before"
		for t := ds; t.Before(de); t = t.Add(time.Hour) {
			if hw := s.hours[t.Unix()]; hw != nil {
				_ = d.Merge(hw)
			}
		}
		out = append(out, d)
	}
	return out
}

// tick runs the comparisons due by t, oldest first.
func (w *deployWatcher) tick(e *Engine, t time.Time, out []alert.Alert) []alert.Alert {
	for !w.nextDue.IsZero() && !w.nextDue.After(t) {
		var due *deploySvc
		var dueAt time.Time
		for _, s := range w.watching {
			at := s.watch.nextCheck(w.opt.Watch)
			if at.After(t) {
				continue
			}
			if due == nil || at.Before(dueAt) || at.Equal(dueAt) && s.name < due.name {
				due, dueAt = s, at
			}
		}
		out = w.check(e, due, dueAt, out)
		w.updateDue()
	}
	return out
}

// check compares the events since the deploy with the baselines, at T.
func (w *deployWatcher) check(e *Engine, s *deploySvc, T time.Time, out []alert.Alert) []alert.Alert {
	wt := s.watch
	wt.checks++
	end := wt.from.Add(w.opt.Watch)
	if T.Sub(wt.from) >= w.opt.MinAfter {
		after := deploy.NewWindow(wt.from, T)
		after.Label = "since the deploy"
		for _, c := range wt.chunks {
			if c != nil && !c.End().After(T) {
				_ = after.Merge(c)
			}
		}
		r := deploy.Compare(after, wt.bases, w.opt.Compare)
		switch r.Verdict {
		case deploy.Degraded:
			wt.healthy = 0
			wt.degraded++
			if !wt.firing && (wt.degraded >= deployConfirmChecks || strongEvidence(&r)) {
				wt.firing = true
				wt.alert = w.firing(e, s, wt, T, &r)
				out = append(out, wt.alert)
			}
		case deploy.Healthy:
			wt.degraded = 0
			if wt.firing {
				wt.healthy++
				if wt.healthy >= deployHealthyChecks {
					out = append(out, w.resolved(e, wt, T, fmt.Sprintf("healthy again, %d comparisons in a row, %s after the deploy", wt.healthy, shortDuration(T.Sub(wt.at)))))
					wt.firing, wt.healthy, wt.alert = false, 0, alert.Alert{}
				}
			}
		default:
			wt.healthy, wt.degraded = 0, 0
		}
	}
	if !T.Before(end) {
		if wt.firing {
			out = append(out, w.resolved(e, wt, T, fmt.Sprintf("the watch ended %s after the deploy", shortDuration(T.Sub(wt.at)))))
		}
		w.closeWatch(s)
	}
	return out
}

var deploySignalNames = map[string]string{
	deploy.SignalErrorRatio: "error ratio",
	deploy.Signal5xxRatio:   "5xx ratio",
	deploy.Signal429Ratio:   "429 ratio",
	deploy.SignalLatencyP95: "latency p95",
	deploy.SignalDelayP95:   "sync delay p95",
	deploy.SignalEventRate:  "event rate",
	deploy.SignalNewCodes:   "new error codes",
}

// formatDeployValue renders a signal's value in its unit.
func formatDeployValue(unit string, v float64) string {
	switch unit {
	case deploy.UnitRatio:
		if p := 100 * v; p < 1 && p > 0 {
			return fmt.Sprintf("%.2f%%", p)
		}
		return fmt.Sprintf("%.1f%%", 100*v)
	case deploy.UnitMs:
		if v >= 1000 {
			return fmt.Sprintf("%.1f s", v/1000)
		}
		return fmt.Sprintf("%.0f ms", v)
	case deploy.UnitSeconds:
		return fmt.Sprintf("%.1f s", v)
	case deploy.UnitPerMin:
		return fmt.Sprintf("%.1f/min", v)
	}
	return fmt.Sprintf("%g", v)
}

// degradedText says what got worse: "error ratio 1.2% → 3.9% (×3.3)",
// "new error code PAY_TIMEOUT (12×)".
func degradedText(r *deploy.Report) (text string, main *deploy.Signal) {
	var parts []string
	for i := range r.Signals {
		sg := &r.Signals[i]
		if sg.Verdict != deploy.Degraded {
			continue
		}
		if main == nil {
			main = sg
		}
		if sg.Unit == deploy.UnitCodes {
			var codes []string
			for _, nc := range r.NewCodes {
				if nc.Degrading && len(codes) < 3 {
					codes = append(codes, fmt.Sprintf("%s (%d×)", nc.Code, nc.Count))
				}
			}
			word := "new error code"
			if len(codes) > 1 {
				word += "s"
			}
			parts = append(parts, word+" "+strings.Join(codes, ", "))
			continue
		}
		p := fmt.Sprintf("%s %s → %s", deploySignalNames[sg.Name], formatDeployValue(sg.Unit, sg.Before), formatDeployValue(sg.Unit, sg.After))
		if sg.Factor > 0 {
			p += fmt.Sprintf(" (×%.1f)", sg.Factor)
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; "), main
}

func earliest(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// clock renders an event time for a summary.
func clock(t time.Time) string { return t.UTC().Format("15:04") + " UTC" }

// shortDuration renders whole minutes: "25m", "2h", "1h30m".
func shortDuration(d time.Duration) string {
	d = d.Round(time.Minute)
	s := d.String()
	s = strings.TrimSuffix(s, "0s")
	return strings.Replace(s, "h0m", "h", 1)
}

// firing builds the alert a degraded comparison raises.
func (w *deployWatcher) firing(e *Engine, s *deploySvc, wt *deployWatch, T time.Time, r *deploy.Report) alert.Alert {
	labels := map[string]string{"service.name": s.name, "service.version": wt.version}
	what, main := degradedText(r)
	var desc strings.Builder
	desc.WriteString(r.Markdown())
	fmt.Fprintf(&desc, "Deployed at %s", wt.at.UTC().Format(time.RFC3339))
	if wt.previous != "" {
		fmt.Fprintf(&desc, ", replacing %s", wt.previous)
	}
	fmt.Fprintf(&desc, "; compared %s after the deploy, watched for %s.", shortDuration(T.Sub(wt.at)), shortDuration(w.opt.Watch))
	var degraded []string
	for _, sg := range r.Signals {
		if sg.Verdict == deploy.Degraded {
			degraded = append(degraded, sg.Name)
		}
	}
	a := alert.Alert{
		Fingerprint: alert.Fingerprint(DeployRegressionRule, labels),
		Status:      alert.Firing,
		Rule:        DeployRegressionRule,
		Kind:        alert.KindDetector,
		Severity:    w.opt.Severity,
		Labels:      labels,
		Annotations: map[string]string{
			"summary":          fmt.Sprintf("%s %s: %s since the deploy at %s", s.name, wt.version, what, clock(wt.at)),
			"description":      desc.String(),
			"deployed_at":      wt.at.UTC().Format(time.RFC3339),
			"degraded_signals": strings.Join(degraded, ","),
		},
		StartsAt: T,
	}
	if wt.previous != "" {
		a.Annotations["previous_version"] = wt.previous
	}
	if main != nil {
		a.Value = main.After
		if main.Unit != deploy.UnitCodes {
			a.Baseline = alert.Float(main.Before)
		} else {
			a.Baseline = alert.Float(0)
		}
	}
	samples, sampleTraces := wt.samples.list()
	a.Samples = samples
	a.TraceIDs = deployTraces(r, sampleTraces)
	e.link(&a, fieldLabels(a.Labels))
	return a
}

// maxDeployTraces bounds an alert's trace ids.
const maxDeployTraces = 10

// deployTraces are the trace ids of the report's new error codes (the
// degrading ones first) and messages, then of the sampled errors.
func deployTraces(r *deploy.Report, samples []string) []string {
	out := []string{}
	seen := map[string]bool{}
	add := func(ids []string) {
		for _, id := range ids {
			if id != "" && !seen[id] && len(out) < maxDeployTraces {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	for _, degrading := range []bool{true, false} {
		for _, nc := range r.NewCodes {
			if nc.Degrading == degrading {
				add(nc.TraceIDs)
			}
		}
	}
	for _, m := range r.NewMessages {
		add(m.TraceIDs)
	}
	add(samples)
	return out
}

// resolved is the resolved notification of the watch's firing alert.
func (w *deployWatcher) resolved(e *Engine, wt *deployWatch, end time.Time, why string) alert.Alert {
	a := wt.alert
	r := a
	r.Status = alert.Resolved
	if end.Before(a.StartsAt) {
		end = a.StartsAt
	}
	r.EndsAt = &end
	r.Annotations = maps.Clone(a.Annotations)
	r.Annotations["summary"] = fmt.Sprintf("%s %s: %s (was: %s)", a.Labels["service.name"], wt.version, why,
		strings.TrimPrefix(a.Annotations["summary"], a.Labels["service.name"]+" "+wt.version+": "))
	r.Annotations["resolution"] = why
	e.link(&r, fieldLabels(r.Labels))
	return r
}

// snapDeploys is the deploy watcher's part of a checkpoint.
type snapDeploys struct {
	Queue    []deployObs
	FedWM    time.Time
	Pending  []alert.Alert
	Services []snapDeploySvc
	Dropped  uint64
}

type snapDeploySvc struct {
	Name                 string
	Since, Last, TenFrom time.Time
	Version              string
	Tens, Hours          []deploy.WindowSnapshot
	Watch                *snapDeployWatch
}

type snapDeployWatch struct {
	Version, Previous string
	At, From          time.Time
	Bases             []deploy.WindowSnapshot
	Chunks            []snapDeployChunk
	Checks, Healthy   int
	Degraded          int
	Firing            bool
	Alert             alert.Alert
	Samples           snapJobSamples
}

type snapDeployChunk struct {
	Index  int
	Window deploy.WindowSnapshot
}

func snapWindows(m map[int64]*deploy.Window) []deploy.WindowSnapshot {
	var out []deploy.WindowSnapshot
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, m[k].Snapshot())
	}
	return out
}

func (w *deployWatcher) snapshot() *snapDeploys {
	s := &snapDeploys{Queue: w.queue, FedWM: w.fedWM, Pending: w.pending, Dropped: w.dropped}
	for _, name := range slices.Sorted(maps.Keys(w.services)) {
		sv := w.services[name]
		ss := snapDeploySvc{Name: name, Since: sv.since, Last: sv.last, TenFrom: sv.tenFrom, Version: sv.version,
			Tens: snapWindows(sv.tens), Hours: snapWindows(sv.hours)}
		if wt := sv.watch; wt != nil {
			sw := &snapDeployWatch{Version: wt.version, Previous: wt.previous, At: wt.at, From: wt.from,
				Checks: wt.checks, Healthy: wt.healthy, Degraded: wt.degraded, Firing: wt.firing, Alert: wt.alert,
				Samples: snapJobSamples{Bufs: wt.samples.bufs, Traces: wt.samples.traces, Next: wt.samples.next}}
			for _, b := range wt.bases {
				sw.Bases = append(sw.Bases, b.Snapshot())
			}
			for i, c := range wt.chunks {
				if c != nil {
					sw.Chunks = append(sw.Chunks, snapDeployChunk{Index: i, Window: c.Snapshot()})
				}
			}
			ss.Watch = sw
		}
		s.Services = append(s.Services, ss)
	}
	return s
}

// restore replaces the watcher's state with a checkpoint's (nil: a
// checkpoint taken without deploy alerts, so a fresh start). A state this
// build cannot read is dropped, its open alerts resolved.
func (w *deployWatcher) restore(e *Engine, s *snapDeploys) {
	w.reset()
	if s == nil {
		return
	}
	services, err := w.restoreServices(s.Services)
	if err != nil {
		e.log.Warn().Err(err).Msg("deploy alerts: the service histories could not be restored; they are kept again from now")
		for _, ss := range s.Services {
			if ss.Watch != nil && ss.Watch.Firing {
				e.orphans = append(e.orphans, restoredAlert(ss.Watch.Alert))
			}
		}
		for _, a := range s.Pending {
			e.orphans = append(e.orphans, restoredAlert(a))
		}
		return
	}
	w.services = services
	w.queue, w.fedWM, w.dropped = s.Queue, s.FedWM, s.Dropped
	for _, a := range s.Pending {
		w.pending = append(w.pending, restoredAlert(a))
	}
	for i := range w.queue {
		o := &w.queue[i]
		o.Service = w.internString(o.Service)
		if o.Version != "" {
			o.Version = w.internString(o.Version)
		}
		if o.Flags&obsQueued != 0 {
			w.markers[o.Service]++
		}
	}
	for name, sv := range w.services {
		if sv.watch != nil {
			w.watching[name] = sv
		}
	}
	w.updateDue()
}

func restoreWindows(ss []deploy.WindowSnapshot, unit time.Duration) (map[int64]*deploy.Window, error) {
	m := make(map[int64]*deploy.Window, len(ss))
	for _, s := range ss {
		win, err := deploy.RestoreWindow(s)
		if err != nil {
			return nil, err
		}
		if win.End().Sub(win.Start()) != unit || !win.Start().Truncate(unit).Equal(win.Start()) {
			return nil, fmt.Errorf("deploy alerts: a history window %s–%s is not a %s bucket", win.Start(), win.End(), unit)
		}
		m[win.Start().Unix()] = win
	}
	return m, nil
}

func (w *deployWatcher) restoreServices(ss []snapDeploySvc) (map[string]*deploySvc, error) {
	out := map[string]*deploySvc{}
	for _, s := range ss {
		sv := &deploySvc{name: w.internString(s.Name), since: s.Since, last: s.Last, tenFrom: s.TenFrom, version: s.Version,
			compacted: map[int64]bool{}}
		var err error
		if sv.tens, err = restoreWindows(s.Tens, deployBucket); err != nil {
			return nil, err
		}
		if sv.hours, err = restoreWindows(s.Hours, time.Hour); err != nil {
			return nil, err
		}
		if sw := s.Watch; sw != nil {
			wt := &deployWatch{version: sw.Version, previous: sw.Previous, at: sw.At, from: sw.From,
				checks: sw.Checks, healthy: sw.Healthy, degraded: sw.Degraded, firing: sw.Firing}
			if sw.Firing {
				wt.alert = restoredAlert(sw.Alert)
			}
			for _, b := range sw.Bases {
				win, err := deploy.RestoreWindow(b)
				if err != nil {
					return nil, err
				}
				wt.bases = append(wt.bases, win)
			}
			for _, c := range sw.Chunks {
				win, err := deploy.RestoreWindow(c.Window)
				if err != nil {
					return nil, err
				}
				if c.Index < 0 || c.Index >= int(maxDeployWatch/deployCheckEvery)+1 {
					return nil, fmt.Errorf("deploy alerts: chunk %d of a watch", c.Index)
				}
				if c.Index >= len(wt.chunks) {
					wt.chunks = append(wt.chunks, make([]*deploy.Window, c.Index+1-len(wt.chunks))...)
				}
				wt.chunks[c.Index] = win
			}
			if n := len(sw.Samples.Bufs); w.maxSamples > 0 && n > 0 && n == len(sw.Samples.Traces) {
				wt.samples = jobSamples{bufs: sw.Samples.Bufs, traces: sw.Samples.Traces, next: sw.Samples.Next % n}
				if n > w.maxSamples {
					var bufs, traces [][]byte
					for k := n - w.maxSamples; k < n; k++ {
						i := (wt.samples.next + k) % n
						bufs, traces = append(bufs, wt.samples.bufs[i]), append(traces, wt.samples.traces[i])
					}
					wt.samples = jobSamples{bufs: bufs, traces: traces}
				}
			}
			sv.watch = wt
		}
		if len(out) < w.opt.MaxServices || sv.watch != nil {
			out[sv.name] = sv
		}
	}
	return out, nil
}
