package cadence

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// SnapshotVersion is the version of the Snapshot format.
const SnapshotVersion = 1

// Snapshot is the detector's whole state, JSON-serialisable. Times are unix
// nanoseconds (0: none), durations nanoseconds. A detector restored from a
// snapshot emits exactly the events the original would have.
type Snapshot struct {
	Version   int        `json:"version"`
	Watermark int64      `json:"watermark"`
	Origin    int64      `json:"origin"`
	JudgeFrom int64      `json:"judge_from"`
	Paused    bool       `json:"paused,omitempty"`
	Dropped   uint64     `json:"dropped,omitempty"`
	Ignored   uint64     `json:"ignored,omitempty"`
	Jobs      []JobState `json:"jobs"` // sorted by name
}

// JobState is one job's state in a Snapshot.
type JobState struct {
	Name        string         `json:"name"`
	Declared    *ScheduleState `json:"declared,omitempty"`
	Learned     *ScheduleState `json:"learned,omitempty"`
	State       string         `json:"state"`
	Starts      []int64        `json:"starts,omitempty"`    // sorted
	Durations   []int64        `json:"durations,omitempty"` // oldest first
	SawStarted  bool           `json:"saw_started,omitempty"`
	SawFinish   bool           `json:"saw_finish,omitempty"`
	LastStart   int64          `json:"last_start,omitempty"`
	LastSuccess int64          `json:"last_success,omitempty"`
	LastFinish  int64          `json:"last_finish,omitempty"`
	Inflight    int64          `json:"inflight,omitempty"`
	Since       int64          `json:"since,omitempty"`
	FailRun     int            `json:"fail_run,omitempty"`
	SlowRun     int            `json:"slow_run,omitempty"`
	Counted     int64          `json:"counted,omitempty"`
	Overdue     *AlertState    `json:"overdue,omitempty"`
	Failing     *AlertState    `json:"failing,omitempty"`
	Slow        *AlertState    `json:"slow,omitempty"`
}

// ScheduleState is a schedule in a Snapshot. A declared one is parsed
// again from Cron and TZ (a zone name time.LoadLocation knows) on Restore.
type ScheduleState struct {
	Kind     string          `json:"kind"` // slots, interval or cron
	Cycle    time.Duration   `json:"cycle,omitempty"`
	Offsets  []time.Duration `json:"offsets,omitempty"`
	Interval time.Duration   `json:"interval,omitempty"`
	Spacing  time.Duration   `json:"spacing,omitempty"`
	Grace    time.Duration   `json:"grace"`
	Early    time.Duration   `json:"early,omitempty"`
	Cron     string          `json:"cron,omitempty"`
	TZ       string          `json:"tz,omitempty"`
}

// AlertState is an open alert in a Snapshot.
type AlertState struct {
	Since      int64 `json:"since"`
	Expected   int64 `json:"expected,omitempty"`
	Missed     int   `json:"missed,omitempty"`
	Unfinished bool  `json:"unfinished,omitempty"`
	Duration   int64 `json:"duration,omitempty"`
}

// Snapshot returns the detector's state.
func (d *Detector) Snapshot() Snapshot {
	d.mu.Lock()
	defer d.mu.Unlock()
	s := Snapshot{
		Version: SnapshotVersion, Watermark: d.watermark, Origin: d.origin,
		JudgeFrom: d.judgeFrom, Paused: d.paused, Dropped: d.dropped, Ignored: d.ignored,
		Jobs: make([]JobState, 0, len(d.jobs)),
	}
	for _, j := range d.jobs {
		js := JobState{
			Name: j.name, Declared: schedState(j.declared), Learned: schedState(j.learned),
			State: j.state, Starts: slices.Clone(j.starts),
			SawStarted: j.sawStarted, SawFinish: j.sawFinish,
			LastStart: j.lastStart, LastSuccess: j.lastSuccess, LastFinish: j.lastFinish,
			Inflight: j.inflight, Since: j.since, FailRun: j.failRun, SlowRun: j.slowRun, Counted: j.counted,
			Overdue: alertState(j.overdue), Failing: alertState(j.failing), Slow: alertState(j.slow),
		}
		if len(j.durs) > 0 {
			js.Durations = append(slices.Clone(j.durs[j.durHead:]), j.durs[:j.durHead]...)
		}
		s.Jobs = append(s.Jobs, js)
	}
	slices.SortFunc(s.Jobs, func(a, b JobState) int { return strings.Compare(a.Name, b.Name) })
	return s
}

// Restore replaces the detector's state with s. The detector's Config
// applies: runs beyond History are dropped (oldest first), and s must not
// hold more than MaxJobs jobs. On error the detector is unchanged.
func (d *Detector) Restore(s Snapshot) error {
	if s.Version != SnapshotVersion {
		return fmt.Errorf("cadence: restore: snapshot version %d, want %d", s.Version, SnapshotVersion)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(s.Jobs) > d.cfg.MaxJobs {
		return fmt.Errorf("cadence: restore: %d jobs exceed MaxJobs %d", len(s.Jobs), d.cfg.MaxJobs)
	}
	jobs := make(map[string]*job, len(s.Jobs))
	for _, js := range s.Jobs {
		if js.Name == "" {
			return fmt.Errorf("cadence: restore: a job has no name")
		}
		if _, dup := jobs[js.Name]; dup {
			return fmt.Errorf("cadence: restore: job %q appears twice", js.Name)
		}
		j := &job{
			name: js.Name, state: js.State,
			sawStarted: js.SawStarted, sawFinish: js.SawFinish,
			lastStart: js.LastStart, lastSuccess: js.LastSuccess, lastFinish: js.LastFinish,
			inflight: js.Inflight, since: js.Since, failRun: js.FailRun, slowRun: js.SlowRun, counted: js.Counted,
			overdue: fromAlertState(js.Overdue), failing: fromAlertState(js.Failing), slow: fromAlertState(js.Slow),
			hidx: -1, next: never,
		}
		switch j.state {
		case StateLearning, StateIrregular, StateLearned:
		default:
			return fmt.Errorf("cadence: restore: job %q: unknown state %q", js.Name, js.State)
		}
		var err error
		if j.declared, err = fromSchedState(js.Declared, true, d.cfg); err != nil {
			return fmt.Errorf("cadence: restore: job %q: declared schedule: %w", js.Name, err)
		}
		if j.learned, err = fromSchedState(js.Learned, false, d.cfg); err != nil {
			return fmt.Errorf("cadence: restore: job %q: learned schedule: %w", js.Name, err)
		}
		if j.state == StateLearned && j.learned == nil {
			return fmt.Errorf("cadence: restore: job %q: learned state without a schedule", js.Name)
		}
		starts := js.Starts
		if !slices.IsSorted(starts) {
			return fmt.Errorf("cadence: restore: job %q: run starts are not sorted", js.Name)
		}
		if len(starts) > d.cfg.History {
			starts = starts[len(starts)-d.cfg.History:]
		}
		if len(starts) > 0 {
			j.starts = append(make([]int64, 0, d.cfg.History), starts...)
		}
		durs := js.Durations
		if len(durs) > d.cfg.History {
			durs = durs[len(durs)-d.cfg.History:]
		}
		if len(durs) > 0 {
			j.durs = append(make([]int64, 0, d.cfg.History), durs...)
		}
		jobs[j.name] = j
	}
	d.jobs = jobs
	d.heap = d.heap[:0]
	d.watermark, d.origin, d.judgeFrom, d.paused = s.Watermark, s.Origin, s.JudgeFrom, s.Paused
	d.dropped, d.ignored = s.Dropped, s.Ignored
	for _, j := range jobs {
		d.reschedule(j)
	}
	return nil
}

func schedState(s *sched) *ScheduleState {
	if s == nil {
		return nil
	}
	ss := &ScheduleState{
		Kind: kindNames[s.kind], Cycle: time.Duration(s.cycle), Interval: time.Duration(s.interval),
		Spacing: time.Duration(s.spacing), Grace: time.Duration(s.grace), Early: time.Duration(s.early),
	}
	for _, o := range s.offsets {
		ss.Offsets = append(ss.Offsets, time.Duration(o))
	}
	if s.declared {
		ss = &ScheduleState{Kind: "cron", Cron: s.spec, TZ: s.tz, Grace: time.Duration(s.grace)}
	}
	return ss
}

func fromSchedState(ss *ScheduleState, declared bool, cfg Config) (*sched, error) {
	if ss == nil {
		return nil, nil
	}
	if declared {
		loc, err := time.LoadLocation(ss.TZ)
		if err != nil {
			return nil, fmt.Errorf("time zone %q: %w", ss.TZ, err)
		}
		s, err := parseDeclared(ss.Cron, loc, ss.Grace)
		if err != nil {
			return nil, err
		}
		s.setDeclaredTolerances(int64(cfg.DeclaredGrace))
		return s, nil
	}
	s := &sched{
		cycle: int64(ss.Cycle), interval: int64(ss.Interval), spacing: int64(ss.Spacing),
		grace: int64(ss.Grace), early: int64(ss.Early),
	}
	if s.grace < 0 || s.early < 0 || s.spacing <= 0 {
		return nil, fmt.Errorf("invalid grace, early or spacing")
	}
	switch ss.Kind {
	case "slots":
		s.kind = kindSlots
		if s.cycle <= 0 || week%s.cycle != 0 || len(ss.Offsets) == 0 {
			return nil, fmt.Errorf("slots: invalid cycle %v or no offsets", ss.Cycle)
		}
		for _, o := range ss.Offsets {
			if o < 0 || int64(o) >= s.cycle {
				return nil, fmt.Errorf("slots: offset %v outside the cycle %v", o, ss.Cycle)
			}
			s.offsets = append(s.offsets, int64(o))
		}
		if !slices.IsSorted(s.offsets) {
			return nil, fmt.Errorf("slots: offsets are not sorted")
		}
	case "interval":
		s.kind = kindInterval
		if s.interval <= 0 {
			return nil, fmt.Errorf("interval: invalid interval %v", ss.Interval)
		}
	default:
		return nil, fmt.Errorf("unknown kind %q", ss.Kind)
	}
	return s, nil
}

func alertState(a alert) *AlertState {
	if !a.open {
		return nil
	}
	return &AlertState{Since: a.since, Expected: a.expected, Missed: a.missed, Unfinished: a.unfinished, Duration: a.dur}
}

func fromAlertState(a *AlertState) alert {
	if a == nil {
		return alert{}
	}
	return alert{open: true, since: a.Since, expected: a.Expected, missed: a.Missed, unfinished: a.Unfinished, dur: a.Duration}
}
