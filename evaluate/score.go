// Package evaluate scores alerts against a ground truth of labelled
// incidents and quiet periods: recall, precision, time to detect, false
// alert groups and trap violations. `vigil eval` replays logs and scores
// what they raise with it; it is how a team calibrates its rules on its own
// history, and how the project tests its defaults. The package does no I/O
// beyond the readers and writers it is given, and reads no clock.
//
// # Definitions
//
// Episode. An alert series is identified by its fingerprint. Each firing
// notification with a new starts_at begins one firing episode of its series,
// starting at that starts_at (repeated notifications of the same episode
// count once; resolved notifications only give it an end). Episodes that
// the on-call never heard of as firing (silenced, inhibited) do not exist.
//
// Match. An episode matches incident I when it starts within
// [I.start − EarlyTolerance, I.end + LateTolerance] (defaults 2m and 10m,
// both ends included) and its labels include every label of I (same
// value). An episode may match several incidents.
//
// Time to detect (TTD) of a detected incident: the start of its first
// matching episode minus I.start, clipped at 0 (an alert up to
// EarlyTolerance before the start detects it at once). Median TTD is over
// the detected incidents (the mean of the two middle values for an even
// count); it is undefined when none is detected.
//
// Recall = detected incidents / incidents (1 when there are no incidents).
//
// Groups, as the on-call sees them. All the episodes matching one incident
// form that incident's one true group: true groups = detected incidents.
// An episode matching no incident is false, even inside a quiet period; false
// episodes are clustered into false groups by subject (the label
// service.name, else job.name, else the rule name): in start order, an
// episode joins its subject's current group when it starts less than
// FalseGroupGap (default 30m) after the previous episode of that group
// started, and opens a new group otherwise. Precision = true groups /
// (true groups + false groups) (1 when there are no groups at all). A false
// group counts once for each rule with an episode in it (false groups per
// rule), and is listed with its subject, first and last start, rules, and
// the labels all its episodes share.
//
// Trap violations. A false episode that starts inside a quiet period
// [Q.start, Q.end] (both included) and whose labels include Q's labels
// (none: any alert) violates Q. Violations are reported per quiet period;
// trap alerts = false episodes violating at least one quiet period. An
// episode matching an incident never violates a quiet period.
package evaluate

import (
	"cmp"
	"maps"
	"slices"
	"sort"
	"time"

	"github.com/vigilops/vigil/alert"
)

// Defaults of Options.
const (
	DefaultEarlyTolerance = 2 * time.Minute
	DefaultLateTolerance  = 10 * time.Minute
	DefaultFalseGroupGap  = 30 * time.Minute
)

// Options are the tolerances of the scoring (see the package doc). In JSON
// they are seconds: early_tolerance_seconds, late_tolerance_seconds,
// false_group_gap_seconds.
type Options struct {
	// EarlyTolerance is how long before an incident's start an episode may
	// start and still match it.
	EarlyTolerance time.Duration
	// LateTolerance is how long after an incident's end an episode may
	// start and still match it.
	LateTolerance time.Duration
	// FalseGroupGap: false episodes of one subject starting less than this
	// apart belong to one false group.
	FalseGroupGap time.Duration
}

// DefaultOptions returns the default tolerances: 2m early, 10m late, 30m
// between false episodes of one group.
func DefaultOptions() Options {
	return Options{EarlyTolerance: DefaultEarlyTolerance, LateTolerance: DefaultLateTolerance, FalseGroupGap: DefaultFalseGroupGap}
}

// Episode is one firing episode of an alert series.
type Episode struct {
	Fingerprint string            `json:"fingerprint"`
	Rule        string            `json:"rule"`
	Kind        string            `json:"kind,omitempty"`
	Severity    alert.Severity    `json:"severity,omitempty"`
	Labels      map[string]string `json:"labels"`
	StartsAt    time.Time         `json:"starts_at"`
	// EndsAt is when it resolved; nil while it was still firing when the
	// alerts ended.
	EndsAt *time.Time `json:"ends_at"`
}

// Subject is what the on-call would say the episode is about: its
// service.name label, else its job.name label, else its rule.
func (e *Episode) Subject() string {
	if s := e.Labels["service.name"]; s != "" {
		return s
	}
	if s := e.Labels["job.name"]; s != "" {
		return s
	}
	return e.Rule
}

// Episodes turns notifications (in the order they were sent) into firing
// episodes, ordered by start time, then fingerprint.
func Episodes(alerts []alert.Alert) []Episode {
	type key struct {
		fp    string
		start int64
	}
	idx := map[key]int{}
	var eps []Episode
	var resolved []alert.Alert
	for _, a := range alerts {
		k := key{a.Fingerprint, a.StartsAt.UnixNano()}
		switch a.Status {
		case alert.Firing:
			if _, ok := idx[k]; ok {
				continue
			}
			idx[k] = len(eps)
			eps = append(eps, Episode{
				Fingerprint: a.Fingerprint, Rule: a.Rule, Kind: a.Kind, Severity: a.Severity,
				Labels: maps.Clone(a.Labels), StartsAt: a.StartsAt,
			})
		case alert.Resolved:
			resolved = append(resolved, a)
		}
	}
	for _, a := range resolved {
		if i, ok := idx[key{a.Fingerprint, a.StartsAt.UnixNano()}]; ok && a.EndsAt != nil {
			t := *a.EndsAt
			eps[i].EndsAt = &t
		}
	}
	for i := range eps {
		if eps[i].Labels == nil {
			eps[i].Labels = map[string]string{}
		}
	}
	slices.SortStableFunc(eps, func(a, b Episode) int {
		return cmp.Or(a.StartsAt.Compare(b.StartsAt), cmp.Compare(a.Fingerprint, b.Fingerprint))
	})
	return eps
}

// Report is the result of Score.
type Report struct {
	Options   Options          `json:"options"`
	Summary   Summary          `json:"summary"`
	Incidents []IncidentResult `json:"incidents"`
	Quiet     []QuietResult    `json:"quiet"`
	// FalseGroups are ordered by first start, then subject.
	FalseGroups []FalseGroup `json:"false_groups"`
	// FalseGroupsPerRule counts, for each rule, the false groups it has an
	// episode in.
	FalseGroupsPerRule map[string]int `json:"false_groups_per_rule"`
	// Checks are the thresholds checked by Check, and Pass their verdict
	// (true when none was checked).
	Checks []CheckResult `json:"checks"`
	Pass   bool          `json:"pass"`
}

// Summary holds the headline numbers.
type Summary struct {
	Incidents     int     `json:"incidents"`
	Detected      int     `json:"detected"`
	Recall        float64 `json:"recall"`
	TrueGroups    int     `json:"true_groups"`
	FalseGroups   int     `json:"false_groups"`
	Precision     float64 `json:"precision"`
	Episodes      int     `json:"episodes"`
	FalseEpisodes int     `json:"false_episodes"`
	TrapAlerts    int     `json:"trap_alerts"`
	// MedianTTD is nil when no incident was detected (JSON:
	// median_ttd_seconds, null).
	MedianTTD *time.Duration `json:"-"`
}

// IncidentResult is how one incident was detected.
type IncidentResult struct {
	Period
	Detected bool `json:"detected"`
	// FirstAlert is the start of the first matching episode.
	FirstAlert *time.Time `json:"first_alert_at"`
	// TTD is FirstAlert − Start, clipped at 0; nil when not detected
	// (JSON: ttd_seconds, null).
	TTD *time.Duration `json:"-"`
	// Rules are the rules of the matching episodes, sorted.
	Rules []string `json:"rules"`
	// Episodes are the matching episodes: the incident's true group.
	Episodes []Episode `json:"episodes"`
}

// QuietResult lists the false episodes that fired inside a quiet period.
type QuietResult struct {
	Period
	Alerts   int       `json:"alerts"`
	Rules    []string  `json:"rules"`
	Episodes []Episode `json:"episodes"`
}

// FalseGroup is a cluster of false episodes about one subject.
type FalseGroup struct {
	Subject string    `json:"subject"`
	First   time.Time `json:"first"`
	Last    time.Time `json:"last"`
	Rules   []string  `json:"rules"`
	// Labels are the labels every episode of the group has (same value).
	Labels   map[string]string `json:"labels"`
	Episodes []Episode         `json:"episodes"`
}

// Score scores the alert notifications (in the order they were sent) against
// the truth with the tolerances of opt (see the package doc). The truth's
// silences are not applied here: they act while the alerts are produced.
func Score(alerts []alert.Alert, truth *Truth, opt Options) *Report {
	eps := Episodes(alerts)
	r := &Report{Options: opt, FalseGroupsPerRule: map[string]int{}, Pass: true,
		Incidents: []IncidentResult{}, Quiet: []QuietResult{}, FalseGroups: []FalseGroup{}, Checks: []CheckResult{}}
	matched := make([]bool, len(eps))
	var ttds []time.Duration
	for _, inc := range truth.Incidents {
		ir := IncidentResult{Period: inc, Rules: []string{}, Episodes: []Episode{}}
		from, to := inc.Start.Add(-opt.EarlyTolerance), inc.End.Add(opt.LateTolerance)
		for i := range eps {
			e := &eps[i]
			if e.StartsAt.Before(from) || e.StartsAt.After(to) || !hasLabels(e.Labels, inc.Labels) {
				continue
			}
			matched[i] = true
			ir.Episodes = append(ir.Episodes, *e)
			ir.Rules = appendUnique(ir.Rules, e.Rule)
		}
		if len(ir.Episodes) > 0 {
			ir.Detected = true
			first := ir.Episodes[0].StartsAt // episodes are in start order
			ir.FirstAlert = &first
			ttd := max(first.Sub(inc.Start), 0)
			ir.TTD = &ttd
			ttds = append(ttds, ttd)
			r.Summary.Detected++
		}
		sort.Strings(ir.Rules)
		r.Incidents = append(r.Incidents, ir)
	}

	// False episodes: traps, then groups by subject.
	var falseEps []Episode
	trapped := 0
	quiet := make([]QuietResult, len(truth.Quiet))
	for qi, q := range truth.Quiet {
		quiet[qi] = QuietResult{Period: q, Rules: []string{}, Episodes: []Episode{}}
	}
	for i := range eps {
		if matched[i] {
			continue
		}
		e := eps[i]
		falseEps = append(falseEps, e)
		violates := false
		for qi, q := range truth.Quiet {
			if e.StartsAt.Before(q.Start) || e.StartsAt.After(q.End) || !hasLabels(e.Labels, q.Labels) {
				continue
			}
			violates = true
			quiet[qi].Alerts++
			quiet[qi].Episodes = append(quiet[qi].Episodes, e)
			quiet[qi].Rules = appendUnique(quiet[qi].Rules, e.Rule)
		}
		if violates {
			trapped++
		}
	}
	for qi := range quiet {
		sort.Strings(quiet[qi].Rules)
	}
	r.Quiet = quiet
	r.FalseGroups = falseGroups(falseEps, opt.FalseGroupGap)
	for _, g := range r.FalseGroups {
		for _, rule := range g.Rules {
			r.FalseGroupsPerRule[rule]++
		}
	}

	s := &r.Summary
	s.Incidents = len(truth.Incidents)
	s.Recall = ratio(s.Detected, s.Incidents)
	s.TrueGroups = s.Detected
	s.FalseGroups = len(r.FalseGroups)
	s.Precision = ratio(s.TrueGroups, s.TrueGroups+s.FalseGroups)
	s.Episodes = len(eps)
	s.FalseEpisodes = len(falseEps)
	s.TrapAlerts = trapped
	s.MedianTTD = median(ttds)
	return r
}

// falseGroups clusters false episodes (in start order) by subject.
func falseGroups(eps []Episode, gap time.Duration) []FalseGroup {
	open := map[string]int{} // subject -> index of its current group
	var groups []FalseGroup
	for _, e := range eps {
		subj := e.Subject()
		if gi, ok := open[subj]; ok && e.StartsAt.Sub(groups[gi].Last) < gap {
			g := &groups[gi]
			g.Last = e.StartsAt
			g.Rules = appendUnique(g.Rules, e.Rule)
			for k, v := range g.Labels {
				if e.Labels[k] != v {
					delete(g.Labels, k)
				}
			}
			g.Episodes = append(g.Episodes, e)
			continue
		}
		open[subj] = len(groups)
		groups = append(groups, FalseGroup{
			Subject: subj, First: e.StartsAt, Last: e.StartsAt, Rules: []string{e.Rule},
			Labels: maps.Clone(e.Labels), Episodes: []Episode{e},
		})
	}
	for i := range groups {
		sort.Strings(groups[i].Rules)
	}
	slices.SortStableFunc(groups, func(a, b FalseGroup) int {
		return cmp.Or(a.First.Compare(b.First), cmp.Compare(a.Subject, b.Subject))
	})
	if groups == nil {
		groups = []FalseGroup{}
	}
	return groups
}

// hasLabels reports whether labels include every label of want.
func hasLabels(labels, want map[string]string) bool {
	for k, v := range want {
		if got, ok := labels[k]; !ok || got != v {
			return false
		}
	}
	return true
}

func appendUnique(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// ratio is n/d, and 1 when d is 0 (nothing to find, nothing raised).
func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// median of ds, the mean of the two middle values for an even count; nil
// for none.
func median(ds []time.Duration) *time.Duration {
	if len(ds) == 0 {
		return nil
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	m := s[len(s)/2]
	if len(s)%2 == 0 {
		m = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return &m
}
