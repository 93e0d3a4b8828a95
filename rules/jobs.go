package rules

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/detectors/cadence"
	"github.com/vigilops/vigil/event"
)

// The rule names of the job watcher's alerts.
const (
	JobOverdueRule = "job-overdue" // no run started by a slot + grace
	JobFailingRule = "job-failing" // FailAfter failed runs in a row
	JobSlowRule    = "job-slow"    // a run far longer than usual
)

// JobsOptions turns on the job watcher: every job seen with job.name and
// job.status has its schedule learned from its runs (package
// detectors/cadence) and raises job-overdue, job-failing and job-slow
// alerts. No job names are needed; Declared pins the schedules that
// should not be learned.
type JobsOptions struct {
	// Cadence tunes learning and judgement; the zero value takes the
	// package's defaults (FailAfter 3, …).
	Cadence cadence.Config
	// Severity of the job alerts (default P2).
	Severity alert.Severity
	// Declared schedules override learning for their jobs.
	Declared []DeclaredJob
}

// DeclaredJob is a job's declared schedule.
type DeclaredJob struct {
	Name string
	// Cron is a 5-field cron expression or a descriptor (@hourly, @daily,
	// @every 10m, …).
	Cron string
	// TZ is the IANA time zone Cron is evaluated in ("" = UTC).
	TZ string
	// Grace is how late a run may start (0: the Cadence.DeclaredGrace, 5m).
	Grace time.Duration
}

// Validate checks the options as NewEngine would apply them: the cadence
// configuration, the severity and every declared schedule.
func (o *JobsOptions) Validate() error {
	var errs []error
	if _, err := cadence.New(o.Cadence); err != nil {
		errs = append(errs, err)
	}
	if o.Severity != "" {
		if _, err := alert.ParseSeverity(string(o.Severity)); err != nil {
			errs = append(errs, fmt.Errorf("jobs: %w", err))
		}
	}
	scratch, _ := cadence.New(cadence.Config{})
	seen := map[string]bool{}
	for _, d := range o.Declared {
		if seen[d.Name] {
			errs = append(errs, fmt.Errorf("jobs: job %q is declared twice", d.Name))
			continue
		}
		seen[d.Name] = true
		if err := declare(scratch, d); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// declare sets d's schedule on det.
func declare(det *cadence.Detector, d DeclaredJob) error {
	var loc *time.Location
	if d.TZ != "" {
		l, err := time.LoadLocation(d.TZ)
		if err != nil {
			return fmt.Errorf("jobs: job %q: time zone %q: %w", d.Name, d.TZ, err)
		}
		loc = l
	}
	return det.Declare(d.Name, d.Cron, loc, d.Grace)
}

// jobWatcher feeds job events to a cadence detector in event time and
// turns its events into alerts.
//
// A job event waits in a queue until the watermark passes it; Advance then
// feeds the queued events in time order, moving the detector's clock to
// each one's time first. So the detector sees the stream as it happened,
// whatever the pattern of Observe and Advance calls: a run seen ahead of
// the watermark does not hide the slots missed before it, and a replay
// gives the alerts the live run gave. An event older than the watermark
// (late) is fed at once.
type jobWatcher struct {
	opt        JobsOptions
	det        *cadence.Detector
	declared   map[string]DeclaredJob // the declarations applied
	maxJobs    int
	maxSamples int

	queue   []jobObs      // job events ahead of the watermark, by time
	fedWM   time.Time     // the detector's watermark
	pending []alert.Alert // transitions found by Observe (late events), for the next Advance

	services map[string]string      // job → its events' last service.name
	samples  map[string]*jobSamples // job → its newest events
	open     map[jobAlertKey]alert.Alert
}

// jobObs is a job event waiting to be fed to the detector.
type jobObs struct {
	Job, Status, Service string
	Known                bool // a status the detector reads
	At                   time.Time
	Dur                  time.Duration
	JSON                 []byte // the event, for samples
	Trace                string
}

// maxJobQueue bounds the queue: beyond it (events far ahead of the
// watermark), the oldest are fed at once.
const maxJobQueue = 10000

type jobAlertKey struct {
	Job  string
	Kind cadence.Kind
}

// jobSamples are a job's newest events (a ring), as JSON.
type jobSamples struct {
	bufs, traces [][]byte
	next         int // the slot the next event takes
}

// newJobWatcher builds the watcher; an invalid Cadence config falls back
// to the defaults and an invalid declaration is skipped, both logged
// (JobsOptions.Validate reports them before).
func (e *Engine) newJobWatcher(o JobsOptions) *jobWatcher {
	if o.Severity == "" {
		o.Severity = alert.P2
	} else if s, err := alert.ParseSeverity(string(o.Severity)); err != nil {
		e.log.Error().Err(err).Msg("job alerts: invalid severity; P2 is used")
		o.Severity = alert.P2
	} else {
		o.Severity = s
	}
	det, err := cadence.New(o.Cadence)
	if err != nil {
		e.log.Error().Err(err).Msg("job alerts: invalid cadence configuration; the defaults are used")
		o.Cadence = cadence.Config{}
		det, _ = cadence.New(o.Cadence)
	}
	maxJobs := o.Cadence.MaxJobs
	if maxJobs <= 0 {
		maxJobs = 10000
	}
	w := &jobWatcher{opt: o, det: det, maxJobs: maxJobs, maxSamples: e.opt.MaxSamples}
	w.reset()
	w.applyDeclared(e, nil)
	return w
}

// reset clears everything but the options and the detector.
func (w *jobWatcher) reset() {
	w.declared = map[string]DeclaredJob{}
	w.queue, w.fedWM, w.pending = nil, time.Time{}, nil
	w.services = map[string]string{}
	w.samples = map[string]*jobSamples{}
	w.open = map[jobAlertKey]alert.Alert{}
}

// applyDeclared makes the detector's declarations those of the options:
// prev are the declarations the detector holds (restored from a
// checkpoint); the unchanged ones are left as they are.
func (w *jobWatcher) applyDeclared(e *Engine, prev map[string]DeclaredJob) {
	want := map[string]DeclaredJob{}
	var order []string
	for _, d := range w.opt.Declared {
		if _, dup := want[d.Name]; !dup { // declared twice: the first counts
			want[d.Name] = d
			order = append(order, d.Name)
		}
	}
	for name, p := range prev {
		if d, ok := want[name]; !ok || d != p {
			w.det.Undeclare(name)
		}
	}
	w.declared = map[string]DeclaredJob{}
	for _, name := range order {
		d := want[name]
		if p, ok := prev[name]; !ok || p != d {
			if err := declare(w.det, d); err != nil {
				e.log.Error().Err(err).Str("job", name).Msg("job alerts: declared schedule refused; the job's schedule is learned")
				continue
			}
		}
		w.declared[name] = d
	}
}

// normalJobStatus maps the job.status spellings to the detector's.
func normalJobStatus(s string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "started", "start", "running":
		return "started", true
	case "succeeded", "success", "ok", "completed", "done":
		return "succeeded", true
	case "failed", "failure", "error":
		return "failed", true
	}
	return "", false
}

// observe takes an event with job.name and job.status: queued until the
// watermark passes it, or fed at once when it is late.
func (w *jobWatcher) observe(e *Engine, ev *event.Event) {
	if o, ok := jobObsOf(ev, w.maxSamples); ok {
		w.enqueue(e, o)
	}
}

// jobObsOf extracts what the job watcher reads of an event with job.name
// and job.status (with its JSON for samples when maxSamples > 0); ok is
// false for other events. It reads no watcher state, so stage one runs it.
func jobObsOf(ev *event.Event, maxSamples int) (jobObs, bool) {
	var name, status, service string
	var dur time.Duration
	for i := range ev.Fields {
		f := &ev.Fields[i]
		switch f.Path {
		case "job.name":
			name = f.Value.Text()
		case "job.status":
			status = f.Value.Text()
		case "service.name":
			service = f.Value.Text()
		case "event.duration":
			if v, ok := f.Value.Float(); ok && v > 0 && !math.IsNaN(v) {
				dur = time.Duration(min(v, math.MaxInt64/2))
			}
		}
	}
	if name == "" || status == "" {
		return jobObs{}, false
	}
	o := jobObs{Job: strings.Clone(name), At: ev.Time, Dur: dur}
	if o.Status, o.Known = normalJobStatus(status); o.Known {
		o.Service = strings.Clone(service)
		if maxSamples > 0 {
			o.JSON, o.Trace = ev.JSON(), strings.Clone(ev.Text("trace.id"))
		}
	} else {
		o.Status = "?" // the detector ignores and counts it
	}
	return o, true
}

// enqueue queues a job event until the watermark passes it, or feeds it at
// once when it is late.
func (w *jobWatcher) enqueue(e *Engine, o jobObs) {
	if !w.fedWM.IsZero() && !o.At.After(w.fedWM) {
		w.pending = w.feed(e, o, w.pending)
		return
	}
	// Insert in time order (usually at the end); equal times keep their
	// arrival order.
	i := len(w.queue)
	for i > 0 && w.queue[i-1].At.After(o.At) {
		i--
	}
	w.queue = slices.Insert(w.queue, i, o)
	if len(w.queue) > maxJobQueue {
		first := w.queue[0]
		w.queue = slices.Delete(w.queue, 0, 1)
		w.pending = w.feed(e, first, w.pending)
	}
}

// feed gives one job event to the detector, and the transitions it
// causes to out.
func (w *jobWatcher) feed(e *Engine, o jobObs, out []alert.Alert) []alert.Alert {
	evs := w.det.Observe(o.Job, o.Status, o.At, o.Dur)
	if o.Known {
		_, known := w.services[o.Job]
		if o.Service != "" && (known || len(w.services) < w.maxJobs) {
			w.services[o.Job] = o.Service
		}
		if w.maxSamples > 0 && o.JSON != nil {
			s := w.samples[o.Job]
			if s == nil && len(w.samples) < w.maxJobs {
				s = &jobSamples{}
				w.samples[o.Job] = s
			}
			if s != nil {
				s.add(o.JSON, o.Trace, w.maxSamples)
			}
		}
	}
	for _, ev := range evs {
		out = w.transition(e, ev, out)
	}
	return out
}

func (s *jobSamples) add(buf []byte, trace string, max int) {
	if len(s.bufs) < max {
		s.bufs = append(s.bufs, nil)
		s.traces = append(s.traces, nil)
	}
	i := s.next % len(s.bufs)
	s.bufs[i] = append(s.bufs[i][:0], buf...)
	s.traces[i] = append(s.traces[i][:0], trace...)
	s.next = (i + 1) % max
}

// list returns the samples oldest first and their distinct trace ids.
func (s *jobSamples) list() (samples, traces []string) {
	samples, traces = []string{}, []string{}
	if s == nil || len(s.bufs) == 0 {
		return samples, traces
	}
	seen := map[string]bool{}
	n := len(s.bufs)
	for k := range n {
		i := (s.next + k) % n // while the ring fills, next == n: oldest is 0
		samples = append(samples, string(s.bufs[i]))
		if t := string(s.traces[i]); t != "" && !seen[t] {
			seen[t] = true
			traces = append(traces, t)
		}
	}
	return samples, traces
}

// advance feeds the queued job events up to the watermark in time order —
// judging absences up to each one's time first — then judges absences up
// to the watermark. It returns the transitions, after those Observe found.
func (w *jobWatcher) advance(e *Engine, wm time.Time, out []alert.Alert) []alert.Alert {
	out = append(out, w.pending...)
	w.pending = nil
	n := 0
	for n < len(w.queue) && !w.queue[n].At.After(wm) {
		o := w.queue[n]
		w.queue[n] = jobObs{}
		n++
		// A run starting right at a deadline is on time.
		for _, ev := range w.det.Advance(o.At.Add(-time.Nanosecond)) {
			out = w.transition(e, ev, out)
		}
		out = w.feed(e, o, out)
	}
	w.queue = w.queue[n:]
	if len(w.queue) == 0 {
		w.queue = nil
	}
	for _, ev := range w.det.Advance(wm) {
		out = w.transition(e, ev, out)
	}
	if wm.After(w.fedWM) {
		w.fedWM = wm
	}
	return out
}

// transition applies one detector event to the open alerts: a firing one
// is emitted once per alert, a resolved one only for a firing alert.
func (w *jobWatcher) transition(e *Engine, ev cadence.Event, out []alert.Alert) []alert.Alert {
	key := jobAlertKey{Job: ev.Job, Kind: ev.Kind}
	if d := &ev.Details; ev.Kind == cadence.KindSlow && d.Unfinished && d.Threshold > 0 {
		// The detector reports how long the run had been running when
		// the watermark found it; at the alert's time (start + threshold)
		// that is the threshold. This way the alert does not depend on
		// how often the watermark moves.
		d.Duration = d.Threshold
	}
	switch ev.Status {
	case cadence.Firing:
		if _, firing := w.open[key]; firing {
			return out
		}
		a := w.firing(e, ev)
		w.open[key] = a
		return append(out, a)
	case cadence.Resolved:
		a, firing := w.open[key]
		if !firing {
			return out
		}
		delete(w.open, key)
		return append(out, w.resolved(e, a, ev))
	}
	return out
}

func jobRule(k cadence.Kind) string {
	switch k {
	case cadence.KindOverdue:
		return JobOverdueRule
	case cadence.KindFailing:
		return JobFailingRule
	}
	return JobSlowRule
}

// firing builds the alert a firing detector event raises.
func (w *jobWatcher) firing(e *Engine, ev cadence.Event) alert.Alert {
	labels := map[string]string{"job.name": ev.Job}
	if s := w.services[ev.Job]; s != "" {
		labels["service.name"] = s
	}
	rule := jobRule(ev.Kind)
	samples, traces := w.samples[ev.Job].list()
	a := alert.Alert{
		Fingerprint: alert.Fingerprint(rule, labels),
		Status:      alert.Firing,
		Rule:        rule,
		Kind:        alert.KindDetector,
		Severity:    w.opt.Severity,
		Labels:      labels,
		Annotations: map[string]string{"summary": ev.Summary(), "description": jobDescription(ev)},
		StartsAt:    ev.At,
		TraceIDs:    traces,
		Samples:     samples,
	}
	d := ev.Details
	if !d.Expected.IsZero() {
		a.Annotations["expected_at"] = d.Expected.UTC().Format(time.RFC3339)
	}
	switch ev.Kind {
	case cadence.KindOverdue:
		a.Value = float64(d.Missed)
	case cadence.KindFailing:
		a.Value = float64(d.FailuresInARow)
		a.Threshold = alert.Float(float64(w.failAfter()))
	case cadence.KindSlow:
		a.Value = d.Duration.Seconds()
		a.Threshold = alert.Float(d.Threshold.Seconds())
		if d.TypicalDuration > 0 {
			a.Baseline = alert.Float(d.TypicalDuration.Seconds())
		}
	}
	q := fieldLabels(a.Labels)
	if last := d.LastStart; !last.IsZero() && last.Before(a.StartsAt) {
		q.From = last // back to the run that started and went quiet
	}
	e.link(&a, q)
	return a
}

// resolved is the resolved notification of a firing alert: same labels
// and fingerprint, ends_at the event's time, the summary and description
// of how it ended.
func (w *jobWatcher) resolved(e *Engine, a alert.Alert, ev cadence.Event) alert.Alert {
	r := a
	r.Status = alert.Resolved
	end := ev.At
	if end.Before(a.StartsAt) {
		end = a.StartsAt
	}
	r.EndsAt = &end
	r.Annotations = maps.Clone(a.Annotations)
	r.Annotations["summary"] = ev.Summary()
	r.Annotations["description"] = jobDescription(ev)
	if ev.Kind == cadence.KindOverdue {
		r.Value = float64(ev.Details.Missed)
	}
	e.link(&r, fieldLabels(r.Labels))
	return r
}

func (w *jobWatcher) failAfter() int {
	if w.opt.Cadence.FailAfter > 0 {
		return w.opt.Cadence.FailAfter
	}
	return 3
}

// jobDescription explains an event in a few lines: the schedule, then what
// applies of the expected slot, grace, missed runs, last success, failures
// in a row and durations.
func jobDescription(ev cadence.Event) string {
	d := ev.Details
	var lines []string
	add := func(format string, args ...any) { lines = append(lines, fmt.Sprintf(format, args...)) }
	switch {
	case d.Schedule != "" && d.Declared:
		add("Schedule: %s (declared).", d.Schedule)
	case d.Schedule != "":
		add("Schedule: %s (learned from its runs).", d.Schedule)
	default:
		add("Schedule: not known yet (still learning, or no regular cadence).")
	}
	ts := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	switch ev.Kind {
	case cadence.KindOverdue:
		if !d.Expected.IsZero() {
			add("Expected a run at %s, with a grace of %s.", ts(d.Expected), d.Grace)
		}
		if ev.Status == cadence.Firing {
			add("Runs missed so far: %d.", d.Missed)
		} else {
			add("Runs missed: %d; ran again at %s.", d.Missed, ts(ev.At))
		}
	case cadence.KindFailing:
		if ev.Status == cadence.Firing {
			add("Failures in a row: %d.", d.FailuresInARow)
		} else {
			add("Succeeded again at %s.", ts(ev.At))
		}
	case cadence.KindSlow:
		switch {
		case ev.Status == cadence.Resolved:
			add("A run finished within %s again at %s.", d.Threshold.Round(time.Second), ts(ev.At))
		case d.Unfinished:
			add("This run has been running for %s; slow above %s.", d.Duration.Round(time.Second), d.Threshold.Round(time.Second))
		default:
			add("This run took %s; slow above %s.", d.Duration.Round(time.Second), d.Threshold.Round(time.Second))
		}
	}
	if ev.Status == cadence.Resolved && !d.Since.IsZero() {
		add("Alert began at %s.", ts(d.Since))
	}
	if !d.LastSuccess.IsZero() {
		add("Last success: %s.", ts(d.LastSuccess))
	} else {
		add("Last success: none seen.")
	}
	if ev.Kind != cadence.KindFailing && d.FailuresInARow > 0 {
		add("Failures in a row: %d.", d.FailuresInARow)
	}
	if d.TypicalDuration > 0 {
		add("Typical duration: %s.", d.TypicalDuration.Round(time.Second))
	}
	return strings.Join(lines, "\n")
}

// snapJobs is the job watcher's part of a checkpoint.
type snapJobs struct {
	Detector []byte // cadence.Snapshot, as JSON
	Declared []DeclaredJob
	Services map[string]string
	Samples  []snapJobSamples
	Queue    []jobObs
	FedWM    time.Time
	Pending  []alert.Alert
	Open     []snapJobAlert
}

type snapJobSamples struct {
	Job          string
	Bufs, Traces [][]byte
	Next         int
}

type snapJobAlert struct {
	Job   string
	Kind  cadence.Kind
	Alert alert.Alert
}

func (w *jobWatcher) snapshot() (*snapJobs, error) {
	det, err := json.Marshal(w.det.Snapshot())
	if err != nil {
		return nil, fmt.Errorf("job watcher: %w", err)
	}
	s := &snapJobs{Detector: det, Services: w.services, Queue: w.queue, FedWM: w.fedWM, Pending: w.pending}
	for _, name := range slices.Sorted(maps.Keys(w.declared)) {
		s.Declared = append(s.Declared, w.declared[name])
	}
	for _, job := range slices.Sorted(maps.Keys(w.samples)) {
		js := w.samples[job]
		s.Samples = append(s.Samples, snapJobSamples{Job: job, Bufs: js.bufs, Traces: js.traces, Next: js.next})
	}
	keys := slices.SortedFunc(maps.Keys(w.open), func(a, b jobAlertKey) int {
		return cmp.Or(cmp.Compare(a.Job, b.Job), cmp.Compare(a.Kind, b.Kind))
	})
	for _, k := range keys {
		s.Open = append(s.Open, snapJobAlert{Job: k.Job, Kind: k.Kind, Alert: w.open[k]})
	}
	return s, nil
}

// restore replaces the watcher's state with a checkpoint's (nil: a
// checkpoint taken without job alerts, so a fresh start). A detector state
// this build cannot read is relearned, its open alerts resolved.
func (w *jobWatcher) restore(e *Engine, s *snapJobs) {
	w.det, _ = cadence.New(w.opt.Cadence)
	w.reset()
	if s == nil {
		w.applyDeclared(e, nil)
		return
	}
	var ds cadence.Snapshot
	err := json.Unmarshal(s.Detector, &ds)
	if err == nil {
		err = w.det.Restore(ds)
	}
	if err != nil {
		e.log.Warn().Err(err).Msg("job alerts: the learned job schedules could not be restored; they are learned again")
		for _, oa := range s.Open {
			e.orphans = append(e.orphans, restoredAlert(oa.Alert))
		}
		w.applyDeclared(e, nil)
		return
	}
	prev := map[string]DeclaredJob{}
	for _, d := range s.Declared {
		prev[d.Name] = d
	}
	w.applyDeclared(e, prev)
	for job, svc := range s.Services {
		if len(w.services) < w.maxJobs {
			w.services[job] = svc
		}
	}
	for _, sj := range s.Samples {
		if w.maxSamples == 0 || len(w.samples) >= w.maxJobs || len(sj.Bufs) != len(sj.Traces) || len(sj.Bufs) == 0 {
			continue
		}
		js := &jobSamples{bufs: sj.Bufs, traces: sj.Traces, next: sj.Next % len(sj.Bufs)}
		if len(js.bufs) > w.maxSamples {
			// Fewer samples than the checkpoint's: keep the newest.
			n := len(js.bufs)
			var bufs, traces [][]byte
			for k := n - w.maxSamples; k < n; k++ {
				i := (js.next + k) % n
				bufs, traces = append(bufs, js.bufs[i]), append(traces, js.traces[i])
			}
			js = &jobSamples{bufs: bufs, traces: traces}
		}
		w.samples[sj.Job] = js
	}
	w.queue, w.fedWM = s.Queue, s.FedWM
	for _, a := range s.Pending {
		w.pending = append(w.pending, restoredAlert(a))
	}
	for _, oa := range s.Open {
		w.open[jobAlertKey{Job: oa.Job, Kind: oa.Kind}] = restoredAlert(oa.Alert)
	}
}
