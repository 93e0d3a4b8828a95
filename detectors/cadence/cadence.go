package cadence

import (
	"container/heap"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"
)

// Job states reported by Status.
const (
	StateLearning  = "learning"  // too few runs or periods seen to judge
	StateIrregular = "irregular" // enough runs, but no stable cadence
	StateLearned   = "learned"   // judged against its learned schedule
	StateDeclared  = "declared"  // judged against its declared schedule
)

// Config parameterises a Detector. The zero value is usable: every zero
// field takes the default documented on it.
type Config struct {
	// MaxJobs bounds the jobs tracked (default 10000). Observations of
	// further jobs are ignored and counted in Stats.DroppedObservations.
	MaxJobs int
	// History is how many run starts (and successful durations) are kept
	// per job (default 64, at least 8).
	History int
	// MinRuns is how many runs a schedule is learned from at least
	// (default 6: five intervals).
	MinRuns int
	// MinPeriods is how many periods of the schedule must have been
	// observed before it is judged (default 3).
	MinPeriods float64
	// FailAfter is how many consecutive failed runs raise failing
	// (default 3).
	FailAfter int
	// MinGrace is the least grace a learned schedule gets (default 1m).
	MinGrace time.Duration
	// DeclaredGrace is the grace of a schedule declared with grace 0
	// (default 5m).
	DeclaredGrace time.Duration
	// SlowFactor and SlowQuantileFactor set the slow threshold:
	// max(SlowFactor×median, SlowQuantileFactor×p99, MinSlow) of recent
	// successful durations (defaults 3 and 1.5).
	SlowFactor, SlowQuantileFactor float64
	// MinSlow is the least slow threshold (default 1m).
	MinSlow time.Duration
	// MinDurations is how many successful durations are needed before runs
	// are judged slow (default 5).
	MinDurations int
}

func (c Config) withDefaults() (Config, error) {
	def := func(v *int, d int, name string) error {
		if *v < 0 {
			return fmt.Errorf("cadence: %s %d is negative", name, *v)
		}
		if *v == 0 {
			*v = d
		}
		return nil
	}
	defD := func(v *time.Duration, d time.Duration, name string) error {
		if *v < 0 {
			return fmt.Errorf("cadence: %s %v is negative", name, *v)
		}
		if *v == 0 {
			*v = d
		}
		return nil
	}
	defF := func(v *float64, d float64, name string) error {
		if *v < 0 || math.IsNaN(*v) || math.IsInf(*v, 0) {
			return fmt.Errorf("cadence: %s %v is not a non-negative number", name, *v)
		}
		if *v == 0 {
			*v = d
		}
		return nil
	}
	err := errors.Join(
		def(&c.MaxJobs, 10000, "MaxJobs"),
		def(&c.History, 64, "History"),
		def(&c.MinRuns, 6, "MinRuns"),
		def(&c.FailAfter, 3, "FailAfter"),
		def(&c.MinDurations, 5, "MinDurations"),
		defF(&c.MinPeriods, 3, "MinPeriods"),
		defF(&c.SlowFactor, 3, "SlowFactor"),
		defF(&c.SlowQuantileFactor, 1.5, "SlowQuantileFactor"),
		defD(&c.MinGrace, time.Minute, "MinGrace"),
		defD(&c.DeclaredGrace, 5*time.Minute, "DeclaredGrace"),
		defD(&c.MinSlow, time.Minute, "MinSlow"),
	)
	if err != nil {
		return c, err
	}
	switch {
	case c.History < 8 || c.History > 4096:
		return c, fmt.Errorf("cadence: History %d is outside [8, 4096]", c.History)
	case c.MinRuns < 3:
		return c, fmt.Errorf("cadence: MinRuns %d is below 3", c.MinRuns)
	case c.MinRuns > c.History:
		return c, fmt.Errorf("cadence: MinRuns %d exceeds History %d", c.MinRuns, c.History)
	case c.MinDurations > c.History:
		return c, fmt.Errorf("cadence: MinDurations %d exceeds History %d", c.MinDurations, c.History)
	}
	return c, nil
}

// Detector learns job cadences and judges runs. It is safe for concurrent
// use, though one goroutine per detector is the intended use.
type Detector struct {
	mu  sync.Mutex
	cfg Config
	l   learner

	jobs map[string]*job
	heap jobHeap

	watermark int64 // latest Advance (or Resume) time
	origin    int64 // first Advance (or Resume) time: nothing before is judged
	judgeFrom int64 // last Resume time: absences before it are not judged
	paused    bool

	dropped, ignored uint64
	durBuf           []float64
}

// New returns a Detector, or an error naming the invalid Config field.
func New(cfg Config) (*Detector, error) {
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	d := &Detector{cfg: c, jobs: make(map[string]*job)}
	d.l.cfg = &d.cfg
	return d, nil
}

// job is the state of one job.
type job struct {
	name     string
	declared *sched
	learned  *sched
	state    string // learning, irregular or learned (the learner's verdict)

	starts  []int64 // run starts, sorted, at most History
	durs    []int64 // successful run durations, a ring of at most History
	durHead int

	sawStarted, sawFinish  bool
	lastStart, lastSuccess int64
	lastFinish, inflight   int64
	since                  int64 // watermark when the job was first seen
	failRun                int
	slowRun                int   // consecutive slow finishes
	counted                int64 // the last slot counted as missed

	overdue, failing, slow alert

	// derived, not snapshotted
	thrValid bool
	thrOK    bool
	thr, typ int64
	next     int64
	hidx     int
}

type alert struct {
	open       bool
	since      int64 // when it began
	expected   int64 // overdue: first missed slot
	missed     int   // overdue: slots missed
	unfinished bool  // slow: the run had not finished
	dur        int64 // slow: the run's duration or running time
}

func (j *job) schedule() *sched {
	if j.declared != nil {
		return j.declared
	}
	if j.state == StateLearned {
		return j.learned
	}
	return nil
}

func (d *Detector) getJob(name string, create bool) *job {
	if j, ok := d.jobs[name]; ok {
		return j
	}
	if !create || len(d.jobs) >= d.cfg.MaxJobs {
		return nil
	}
	j := &job{name: name, state: StateLearning, since: d.watermark, hidx: -1, next: never}
	d.jobs[name] = j
	return j
}

// Declare sets job's schedule: a standard 5-field cron expression (minute
// hour day-of-month month day-of-week) or a descriptor (@hourly, @daily,
// @weekly, @monthly, @yearly, @every 10m), evaluated in tz (UTC when nil).
// It overrides learning and is judged from the next slot on, runs seen or
// not. grace 0 takes Config.DeclaredGrace. Errors name what was wrong.
func (d *Detector) Declare(jobName, cronExpr string, tz *time.Location, grace time.Duration) error {
	if strings.TrimSpace(jobName) == "" {
		return errors.New("cadence: declare: empty job name")
	}
	s, err := parseDeclared(cronExpr, tz, grace)
	if err != nil {
		return fmt.Errorf("cadence: declare job %q: %w", jobName, err)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	s.setDeclaredTolerances(int64(d.cfg.DeclaredGrace))
	j := d.getJob(jobName, true)
	if j == nil {
		return fmt.Errorf("cadence: declare job %q: MaxJobs (%d) jobs already tracked", jobName, d.cfg.MaxJobs)
	}
	j.declared = s
	d.reschedule(j)
	return nil
}

// Undeclare removes a declared schedule: the job is judged by what was
// learned from its runs again.
func (d *Detector) Undeclare(jobName string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if j := d.jobs[jobName]; j != nil && j.declared != nil {
		j.declared = nil
		d.relearn(j)
		d.reschedule(j)
	}
}

// Forget drops a job and its state (a renamed or retired job). Its open
// alerts are dropped without a resolved event.
func (d *Detector) Forget(jobName string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if j := d.jobs[jobName]; j != nil {
		if j.hidx >= 0 {
			heap.Remove(&d.heap, j.hidx)
		}
		delete(d.jobs, jobName)
	}
}

// Observe feeds one job.status event: status is started, succeeded or
// failed (case-insensitive; others are ignored and counted), at its event
// time, duration its event.duration (0 when absent). It returns the state
// changes the run causes: failing and slow firing or resolved, overdue
// resolved. Absences (overdue, a run that has not finished) are found by
// Advance.
func (d *Detector) Observe(jobName, status string, at time.Time, duration time.Duration) []Event {
	d.mu.Lock()
	defer d.mu.Unlock()
	st := strings.ToLower(strings.TrimSpace(status))
	if jobName == "" || at.IsZero() || (st != "started" && st != "succeeded" && st != "failed") {
		d.ignored++
		return nil
	}
	j := d.getJob(jobName, true)
	if j == nil {
		d.dropped++
		return nil
	}
	t := at.UnixNano()
	var evs []Event
	switch st {
	case "started":
		if !j.sawStarted {
			// Starts were estimated from finishes so far: from now on the
			// job's own started events are the evidence.
			j.sawStarted = true
			j.starts = j.starts[:0]
		}
		d.addStart(j, t)
		if t > j.inflight && t > j.lastFinish {
			j.inflight = t
		}
		if !j.sawFinish && j.overdue.open {
			// The job logs only starts: a start is the best news there is.
			evs = append(evs, d.resolve(j, KindOverdue, t))
		}
	default:
		j.sawFinish = true
		dur, known := int64(duration), duration > 0
		if !known && j.inflight != 0 && t >= j.inflight {
			dur, known = t-j.inflight, true
		}
		if !j.sawStarted {
			d.addStart(j, t-max(dur, 0))
		} else if known {
			// The run started then, logged or not (a lost start line must
			// not make the next slot look missed).
			j.lastStart = max(j.lastStart, t-dur)
		}
		if t >= j.inflight {
			j.inflight = 0
		}
		j.lastFinish = max(j.lastFinish, t)
		ok := st == "succeeded"
		if ok {
			j.failRun = 0
			j.lastSuccess = max(j.lastSuccess, t)
		} else {
			j.failRun++
		}
		if known {
			thr, _, judged := d.threshold(j)
			slow := judged && dur > thr
			if slow {
				j.slowRun++
				if !j.slow.open {
					j.slow = alert{open: true, since: t, dur: dur}
					evs = append(evs, d.event(j, KindSlow, Firing, t))
				}
			} else {
				j.slowRun = 0
				if judged && ok && j.slow.open {
					evs = append(evs, d.resolve(j, KindSlow, t))
				}
			}
			// A slow run does not raise the bar for the next ones, unless
			// runs keep being slow: then that is the new normal.
			if ok && (!slow || j.slowRun > d.cfg.MinDurations) {
				d.addDuration(j, dur)
			}
		}
		if ok {
			if j.failing.open {
				evs = append(evs, d.resolve(j, KindFailing, t))
			}
			if j.overdue.open {
				evs = append(evs, d.resolve(j, KindOverdue, t))
			}
		} else {
			if j.failRun >= d.cfg.FailAfter && !j.failing.open {
				j.failing = alert{open: true, since: t}
				evs = append(evs, d.event(j, KindFailing, Firing, t))
			}
		}
	}
	d.reschedule(j)
	return evs
}

// addStart records a run start and relearns the schedule.
func (d *Detector) addStart(j *job, t int64) {
	k := d.cfg.History
	if j.starts == nil {
		j.starts = make([]int64, 0, k)
	}
	i, _ := slices.BinarySearch(j.starts, t+1)
	if len(j.starts) < k {
		j.starts = slices.Insert(j.starts, i, t)
	} else {
		if i == 0 {
			return // older than everything kept
		}
		copy(j.starts[:i-1], j.starts[1:i])
		j.starts[i-1] = t
	}
	j.lastStart = max(j.lastStart, t)
	d.relearn(j)
}

func (d *Detector) relearn(j *job) {
	if j.declared != nil {
		return // learned again when undeclared
	}
	j.state, j.learned = d.l.learn(j.starts)
}

func (d *Detector) addDuration(j *job, v int64) {
	if len(j.durs) < d.cfg.History {
		if j.durs == nil {
			j.durs = make([]int64, 0, d.cfg.History)
		}
		j.durs = append(j.durs, v)
	} else {
		j.durs[j.durHead] = v
		j.durHead = (j.durHead + 1) % len(j.durs)
	}
	j.thrValid = false
}

// threshold returns the slow threshold and the typical (median) duration,
// and whether enough durations are known to judge.
func (d *Detector) threshold(j *job) (thr, typ int64, ok bool) {
	if j.thrValid {
		return j.thr, j.typ, j.thrOK
	}
	j.thrValid = true
	j.thrOK = len(j.durs) >= d.cfg.MinDurations
	if len(j.durs) == 0 {
		j.thr, j.typ = 0, 0
		return 0, 0, false
	}
	f := d.durBuf[:0]
	for _, v := range j.durs {
		f = append(f, float64(v))
	}
	slices.Sort(f)
	d.durBuf = f
	med := quantile(f, 0.5)
	p99 := quantile(f, 0.99)
	t := math.Max(d.cfg.SlowFactor*med, d.cfg.SlowQuantileFactor*p99)
	j.thr = max(ceilSecond(t), int64(d.cfg.MinSlow))
	j.typ = int64(med)
	return j.thr, j.typ, j.thrOK
}

// ref is the time from which a job's slots are judged: its last start,
// but never before it was first seen, the first Advance or the last Resume.
func (d *Detector) ref(j *job) int64 {
	return max(j.lastStart, j.since, d.origin, d.judgeFrom)
}

// grace is how late a run of j may start: its schedule's grace, plus, for a
// job that logs only finishes (whose runs are known when they end), the
// slow threshold (or the longest duration seen while it is not known).
func (d *Detector) grace(j *job, s *sched) int64 {
	if j.sawStarted || !j.sawFinish {
		return s.grace
	}
	thr, _, ok := d.threshold(j)
	if !ok {
		thr = 0
		for _, v := range j.durs {
			thr = max(thr, v)
		}
	}
	return s.grace + thr
}

// overdueSlot returns the next slot that is not covered by a run and not
// yet counted as missed, and its deadline (never if none).
func (d *Detector) overdueSlot(j *job) (slot, deadline int64) {
	s := j.schedule()
	if s == nil {
		return never, never
	}
	r := d.ref(j)
	slot = s.next(max(r+s.early, j.counted), r)
	return slot, addSat(slot, d.grace(j, s))
}

// slowDeadline is when the running run becomes slow (never if it cannot).
func (d *Detector) slowDeadline(j *job) int64 {
	if j.inflight == 0 || j.slow.open || j.inflight < d.judgeFrom {
		return never
	}
	thr, _, ok := d.threshold(j)
	if !ok {
		return never
	}
	return addSat(j.inflight, thr)
}

func (d *Detector) reschedule(j *job) {
	_, od := d.overdueSlot(j)
	j.next = min(od, d.slowDeadline(j))
	switch {
	case j.next == never && j.hidx >= 0:
		heap.Remove(&d.heap, j.hidx)
	case j.next == never:
	case j.hidx >= 0:
		heap.Fix(&d.heap, j.hidx)
	default:
		heap.Push(&d.heap, j)
	}
}

// maxCount bounds the missed slots counted per job per Advance.
const maxCount = 100000

// Advance moves the watermark to now (it never goes back) and returns the
// alerts that absences raise by then: overdue (a slot + grace passed with no
// run started) and slow (a run still unfinished after the slow threshold).
// Call it only while the stream is caught up; see Pause and Resume. Events
// are ordered by time, then job.
func (d *Detector) Advance(now time.Time) []Event {
	if now.IsZero() {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	t := now.UnixNano()
	if d.origin == 0 {
		d.origin = t
	}
	d.watermark = max(d.watermark, t)
	if d.paused {
		return nil
	}
	t = d.watermark
	var evs []Event
	for len(d.heap) > 0 && d.heap[0].next <= t {
		j := d.heap[0]
		evs = d.evaluate(j, t, evs)
		d.reschedule(j)
	}
	slices.SortFunc(evs, func(a, b Event) int {
		if c := a.At.Compare(b.At); c != 0 {
			return c
		}
		if c := strings.Compare(a.Job, b.Job); c != 0 {
			return c
		}
		return strings.Compare(string(a.Kind), string(b.Kind))
	})
	return evs
}

func (d *Detector) evaluate(j *job, now int64, evs []Event) []Event {
	if s := j.schedule(); s != nil {
		r := d.ref(j)
		g := d.grace(j, s)
		first, added := int64(0), 0
		for slot := s.next(max(r+s.early, j.counted), r); slot != never && addSat(slot, g) <= now && added < maxCount; slot = s.next(slot, r) {
			if added == 0 {
				first = slot
			}
			added++
			j.counted = slot
		}
		if added > 0 {
			j.overdue.missed += added
			if !j.overdue.open {
				j.overdue.open = true
				j.overdue.expected = first
				j.overdue.since = first + g
				evs = append(evs, d.event(j, KindOverdue, Firing, j.overdue.since))
			}
		}
	}
	if dl := d.slowDeadline(j); dl <= now {
		j.slow = alert{open: true, since: dl, unfinished: true, dur: now - j.inflight}
		evs = append(evs, d.event(j, KindSlow, Firing, dl))
	}
	return evs
}

// Pause stops judging absences: while paused, Advance only moves the
// watermark. Call it when the source is not caught up (consumer lag, a gap
// in the logs): missing runs may then be missing logs. Observe keeps
// learning and judging the runs it is given.
func (d *Detector) Pause() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.paused = true
}

// Resume resumes judging from now, when the stream is caught up again.
// Slots and running runs whose evidence may have fallen in the gap are not
// judged: overdue counts slots whose early window starts after now (an
// interval job is expected one interval after now at the earliest), and a
// run started before now is never judged slow while unfinished. Resume
// without Pause declares a gap up to now.
func (d *Detector) Resume(now time.Time) {
	if now.IsZero() {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	t := now.UnixNano()
	d.paused = false
	if d.origin == 0 {
		d.origin = t
	}
	d.judgeFrom = max(d.judgeFrom, t)
	d.watermark = max(d.watermark, t)
	for _, j := range d.jobs {
		d.reschedule(j)
	}
}

func (d *Detector) resolve(j *job, k Kind, at int64) Event {
	ev := d.event(j, k, Resolved, at)
	switch k {
	case KindOverdue:
		j.overdue = alert{}
	case KindFailing:
		j.failing = alert{}
	case KindSlow:
		j.slow = alert{}
	}
	return ev
}

func (d *Detector) event(j *job, k Kind, st Status, at int64) Event {
	ev := Event{Job: j.name, Kind: k, Status: st, At: ut(at)}
	dt := &ev.Details
	s := j.schedule()
	if s != nil {
		dt.Schedule, dt.Declared, dt.Grace = s.words(), s.declared, time.Duration(d.grace(j, s))
	}
	dt.LastStart, dt.LastSuccess = ut(j.lastStart), ut(j.lastSuccess)
	dt.FailuresInARow = j.failRun
	thr, typ, ok := d.threshold(j)
	if typ > 0 {
		dt.TypicalDuration = time.Duration(typ)
	}
	if ok {
		dt.Threshold = time.Duration(thr)
	}
	var a alert
	switch k {
	case KindOverdue:
		a = j.overdue
		dt.Expected, dt.Missed, dt.Deadline = ut(a.expected), a.missed, ut(a.since)
		dt.Grace = time.Duration(a.since - a.expected)
	case KindFailing:
		a = j.failing
	case KindSlow:
		a = j.slow
		dt.Duration, dt.Unfinished = time.Duration(a.dur), a.unfinished
	}
	if st == Resolved {
		dt.Since = ut(a.since)
	}
	return ev
}

func ut(ns int64) time.Time {
	if ns == 0 {
		return time.Time{}
	}
	return time.Unix(0, ns).UTC()
}

// JobStatus is what the detector knows about a job.
type JobStatus struct {
	Job      string `json:"job"`
	State    string `json:"state"`              // learning, irregular, learned, declared
	Schedule string `json:"schedule,omitempty"` // in words
	// Grace is how late a run may start; Next is the next slot not yet
	// covered by a run (zero when not judged).
	Grace           time.Duration `json:"grace,omitempty"`
	Next            time.Time     `json:"next,omitzero"`
	Runs            int           `json:"runs"` // run starts kept
	LastStart       time.Time     `json:"last_start,omitzero"`
	LastSuccess     time.Time     `json:"last_success,omitzero"`
	FailuresInARow  int           `json:"failures_in_a_row,omitempty"`
	TypicalDuration time.Duration `json:"typical_duration,omitempty"`
	SlowThreshold   time.Duration `json:"slow_threshold,omitempty"`
	Overdue         bool          `json:"overdue,omitempty"`
	Missed          int           `json:"missed,omitempty"`
	Failing         bool          `json:"failing,omitempty"`
	Slow            bool          `json:"slow,omitempty"`
}

// Status returns a job's state, or false if the job is not tracked.
func (d *Detector) Status(jobName string) (JobStatus, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	j := d.jobs[jobName]
	if j == nil {
		return JobStatus{}, false
	}
	st := JobStatus{
		Job: j.name, State: j.state, Runs: len(j.starts),
		LastStart: ut(j.lastStart), LastSuccess: ut(j.lastSuccess),
		FailuresInARow: j.failRun,
		Overdue:        j.overdue.open, Missed: j.overdue.missed,
		Failing: j.failing.open, Slow: j.slow.open,
	}
	if s := j.schedule(); s != nil {
		if s.declared {
			st.State = StateDeclared
		}
		st.Schedule, st.Grace = s.words(), time.Duration(d.grace(j, s))
		if slot, _ := d.overdueSlot(j); slot != never {
			st.Next = ut(slot)
		}
	}
	thr, typ, ok := d.threshold(j)
	st.TypicalDuration = time.Duration(typ)
	if ok {
		st.SlowThreshold = time.Duration(thr)
	}
	return st, true
}

// Stats are the detector's counters.
type Stats struct {
	Jobs int `json:"jobs"`
	// DroppedObservations counts observations of jobs beyond MaxJobs.
	DroppedObservations uint64 `json:"dropped_observations"`
	// IgnoredObservations counts observations with an unknown status, no
	// job name or no time.
	IgnoredObservations uint64 `json:"ignored_observations"`
}

// Stats returns the detector's counters.
func (d *Detector) Stats() Stats {
	d.mu.Lock()
	defer d.mu.Unlock()
	return Stats{Jobs: len(d.jobs), DroppedObservations: d.dropped, IgnoredObservations: d.ignored}
}

// jobHeap orders jobs by their next check time.
type jobHeap []*job

func (h jobHeap) Len() int { return len(h) }
func (h jobHeap) Less(a, b int) bool {
	if h[a].next != h[b].next {
		return h[a].next < h[b].next
	}
	return h[a].name < h[b].name
}
func (h jobHeap) Swap(a, b int) {
	h[a], h[b] = h[b], h[a]
	h[a].hidx, h[b].hidx = a, b
}
func (h *jobHeap) Push(x any) {
	j := x.(*job)
	j.hidx = len(*h)
	*h = append(*h, j)
}
func (h *jobHeap) Pop() any {
	old := *h
	j := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	j.hidx = -1
	return j
}
