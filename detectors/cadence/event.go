package cadence

import (
	"fmt"
	"strings"
	"time"
)

// Kind is what an alert is about.
type Kind string

// The alert kinds.
const (
	// KindOverdue: no run started by a slot + grace.
	KindOverdue Kind = "overdue"
	// KindFailing: Config.FailAfter consecutive failed runs.
	KindFailing Kind = "failing"
	// KindSlow: a run far longer than usual, finished or still running.
	KindSlow Kind = "slow"
)

// Status is an alert's state change, as in the alert contract.
type Status string

// The alert statuses.
const (
	Firing   Status = "firing"
	Resolved Status = "resolved"
)

// Event is a state change of one of a job's alerts. Times are event time.
type Event struct {
	Job    string    `json:"job"`
	Kind   Kind      `json:"kind"`
	Status Status    `json:"status"`
	At     time.Time `json:"at"` // when the condition began (firing) or ended (resolved)
	// Details explain the alert.
	Details Details `json:"details"`
}

// Details carry what an explanation needs. Zero fields are unknown or do
// not apply.
type Details struct {
	// Schedule in words: "hourly at :05", "every 20m", "daily at 02:37 UTC",
	// `cron "37 2 * * *" in Asia/Singapore`; empty while not learned.
	Schedule string `json:"schedule,omitempty"`
	// Declared is true when the schedule was declared, not learned.
	Declared bool `json:"declared,omitempty"`
	// Expected is the first missed slot (overdue).
	Expected time.Time `json:"expected,omitzero"`
	// Deadline is Expected + Grace (overdue).
	Deadline time.Time `json:"deadline,omitzero"`
	// Grace is how late a run may start.
	Grace time.Duration `json:"grace,omitempty"`
	// Missed counts the slots missed in this outage (overdue).
	Missed int `json:"missed,omitempty"`
	// LastStart and LastSuccess are the last run start and success seen.
	LastStart   time.Time `json:"last_start,omitzero"`
	LastSuccess time.Time `json:"last_success,omitzero"`
	// FailuresInARow counts consecutive failed runs.
	FailuresInARow int `json:"failures_in_a_row,omitempty"`
	// TypicalDuration is the median duration of recent successful runs.
	TypicalDuration time.Duration `json:"typical_duration,omitempty"`
	// Threshold is the duration above which a run is slow.
	Threshold time.Duration `json:"threshold,omitempty"`
	// Duration is the slow run's duration, or how long it had been running
	// when found unfinished.
	Duration time.Duration `json:"duration,omitempty"`
	// Unfinished is true when a slow run had not finished.
	Unfinished bool `json:"unfinished,omitempty"`
	// Since is when the alert began (on resolved events).
	Since time.Time `json:"since,omitzero"`
}

// Summary explains the event in one line.
func (e Event) Summary() string {
	d := e.Details
	var b strings.Builder
	sched := ""
	if d.Schedule != "" {
		sched = " (" + d.Schedule + ")"
	}
	switch {
	case e.Kind == KindOverdue && e.Status == Firing:
		fmt.Fprintf(&b, "job %q%s is overdue: no run started by %s (slot %s + grace %s)",
			e.Job, sched, clock(d.Deadline), clock(d.Expected), d.Grace)
		fmt.Fprintf(&b, "; %d run(s) missed", d.Missed)
	case e.Kind == KindOverdue:
		fmt.Fprintf(&b, "job %q%s ran again; %d run(s) missed since %s", e.Job, sched, d.Missed, clock(d.Expected))
	case e.Kind == KindFailing && e.Status == Firing:
		fmt.Fprintf(&b, "job %q%s failed %d times in a row", e.Job, sched, d.FailuresInARow)
	case e.Kind == KindFailing:
		fmt.Fprintf(&b, "job %q%s succeeded again", e.Job, sched)
	case e.Kind == KindSlow && e.Status == Firing && d.Unfinished:
		fmt.Fprintf(&b, "job %q%s has been running for %s, typically %s (slow above %s)",
			e.Job, sched, d.Duration.Round(time.Second), d.TypicalDuration.Round(time.Second), d.Threshold.Round(time.Second))
	case e.Kind == KindSlow && e.Status == Firing:
		fmt.Fprintf(&b, "job %q%s run took %s, typically %s (slow above %s)",
			e.Job, sched, d.Duration.Round(time.Second), d.TypicalDuration.Round(time.Second), d.Threshold.Round(time.Second))
	default:
		fmt.Fprintf(&b, "job %q%s finished in a normal time again", e.Job, sched)
	}
	if !d.LastStart.IsZero() && e.Kind == KindOverdue {
		fmt.Fprintf(&b, "; last start %s", clock(d.LastStart))
	}
	if !d.LastSuccess.IsZero() {
		fmt.Fprintf(&b, "; last success %s", clock(d.LastSuccess))
	} else if e.Status == Firing {
		b.WriteString("; no success seen")
	}
	return b.String()
}

func clock(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.UTC().Format("2006-01-02 15:04:05Z")
}
