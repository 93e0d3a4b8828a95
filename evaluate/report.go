package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vigilops/vigil/alert"
)

// Thresholds are the limits Check enforces; a nil field is not checked.
type Thresholds struct {
	MinRecall     *float64
	MinPrecision  *float64
	MaxMedianTTD  *time.Duration
	MaxTrapAlerts *int
}

// CheckResult is one threshold checked.
type CheckResult struct {
	// Name is min_recall, min_precision, max_median_ttd or max_trap_alerts.
	Name string `json:"name"`
	// Limit and Value are in seconds for max_median_ttd. Value is nil when
	// undefined (the median TTD when no incident was detected).
	Limit   float64  `json:"limit"`
	Value   *float64 `json:"value"`
	OK      bool     `json:"ok"`
	Message string   `json:"message"`
}

// epsilon absorbs float rounding in ratio comparisons (19/20 vs 0.95).
const epsilon = 1e-9

// Check compares the report with the thresholds, records the results in
// r.Checks and r.Pass, and returns r.Pass. The median TTD fails its limit
// when incidents exist and none was detected.
func (r *Report) Check(t Thresholds) bool {
	r.Checks = []CheckResult{}
	s := r.Summary
	if t.MinRecall != nil {
		ok := s.Recall >= *t.MinRecall-epsilon
		r.add(CheckResult{Name: "min_recall", Limit: *t.MinRecall, Value: ptr(s.Recall), OK: ok,
			Message: fmt.Sprintf("recall %.3f %s minimum %.3f", s.Recall, cmpWord(ok, "meets", "is below"), *t.MinRecall)})
	}
	if t.MinPrecision != nil {
		ok := s.Precision >= *t.MinPrecision-epsilon
		r.add(CheckResult{Name: "min_precision", Limit: *t.MinPrecision, Value: ptr(s.Precision), OK: ok,
			Message: fmt.Sprintf("precision %.3f %s minimum %.3f", s.Precision, cmpWord(ok, "meets", "is below"), *t.MinPrecision)})
	}
	if t.MaxMedianTTD != nil {
		c := CheckResult{Name: "max_median_ttd", Limit: t.MaxMedianTTD.Seconds()}
		switch {
		case s.MedianTTD != nil:
			c.Value = ptr(s.MedianTTD.Seconds())
			c.OK = *s.MedianTTD <= *t.MaxMedianTTD
			c.Message = fmt.Sprintf("median TTD %s %s maximum %s", Dur(*s.MedianTTD), cmpWord(c.OK, "within", "exceeds"), Dur(*t.MaxMedianTTD))
		case s.Incidents == 0:
			c.OK = true
			c.Message = "median TTD: no incidents to detect"
		default:
			c.Message = fmt.Sprintf("median TTD undefined: no incident detected (maximum %s)", Dur(*t.MaxMedianTTD))
		}
		r.add(c)
	}
	if t.MaxTrapAlerts != nil {
		ok := s.TrapAlerts <= *t.MaxTrapAlerts
		r.add(CheckResult{Name: "max_trap_alerts", Limit: float64(*t.MaxTrapAlerts), Value: ptr(float64(s.TrapAlerts)), OK: ok,
			Message: fmt.Sprintf("%d trap alerts, %s %d", s.TrapAlerts, cmpWord(ok, "within maximum", "above maximum"), *t.MaxTrapAlerts)})
	}
	return r.Pass
}

func (r *Report) add(c CheckResult) {
	r.Checks = append(r.Checks, c)
	r.Pass = r.Pass && c.OK
}

// Failures returns the messages of the failed checks.
func (r *Report) Failures() []string {
	var out []string
	for _, c := range r.Checks {
		if !c.OK {
			out = append(out, c.Message)
		}
	}
	return out
}

func cmpWord(ok bool, yes, no string) string {
	if ok {
		return yes
	}
	return no
}

func ptr[T any](v T) *T { return &v }

// WriteJSON writes the report as one indented JSON object. Durations are
// seconds (ttd_seconds, median_ttd_seconds, *_tolerance_seconds), times
// RFC 3339.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// MarshalJSON writes the tolerances in seconds.
func (o Options) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Early float64 `json:"early_tolerance_seconds"`
		Late  float64 `json:"late_tolerance_seconds"`
		Gap   float64 `json:"false_group_gap_seconds"`
	}{o.EarlyTolerance.Seconds(), o.LateTolerance.Seconds(), o.FalseGroupGap.Seconds()})
}

// MarshalJSON adds median_ttd_seconds.
func (s Summary) MarshalJSON() ([]byte, error) {
	type plain Summary
	return json.Marshal(struct {
		plain
		MedianTTD *float64 `json:"median_ttd_seconds"`
	}{plain(s), seconds(s.MedianTTD)})
}

// MarshalJSON adds ttd_seconds.
func (ir IncidentResult) MarshalJSON() ([]byte, error) {
	type plain IncidentResult
	return json.Marshal(struct {
		plain
		TTD *float64 `json:"ttd_seconds"`
	}{plain(ir), seconds(ir.TTD)})
}

func seconds(d *time.Duration) *float64 {
	if d == nil {
		return nil
	}
	return ptr(d.Seconds())
}

// WriteTable writes the report for people: the incidents, the quiet
// periods and their violations, the false groups, the false groups per
// rule, the summary and the checks.
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	p := func(format string, args ...any) { fmt.Fprintf(tw, format, args...) }
	s := r.Summary

	p("INCIDENTS (%d of %d detected)\n", s.Detected, s.Incidents)
	if len(r.Incidents) > 0 {
		p("ID\tDETECTED\tTTD\tFIRST ALERT\tRULES\n")
	}
	for _, ir := range r.Incidents {
		if ir.Detected {
			p("%s\tyes\t%s\t%s\t%s\n", ir.ID, Dur(*ir.TTD), ts(*ir.FirstAlert), strings.Join(ir.Rules, ", "))
		} else {
			p("%s\tno\t-\t-\t-\n", ir.ID)
		}
	}
	tw.Flush()

	p("\nQUIET PERIODS (%d trap alerts)\n", s.TrapAlerts)
	if len(r.Quiet) > 0 {
		p("ID\tSTART\tEND\tALERTS\tRULES\n")
	}
	for _, q := range r.Quiet {
		p("%s\t%s\t%s\t%d\t%s\n", q.ID, ts(q.Start), ts(q.End), q.Alerts, orDash(strings.Join(q.Rules, ", ")))
		for _, e := range q.Episodes {
			p("  %s\t%s\t\t\t%s\n", e.Rule, ts(e.StartsAt), labelString(e.Labels))
		}
	}
	tw.Flush()

	p("\nFALSE GROUPS (%d, from %d false alerts)\n", s.FalseGroups, s.FalseEpisodes)
	if len(r.FalseGroups) > 0 {
		p("SUBJECT\tFIRST\tLAST\tALERTS\tRULES\tLABELS\n")
	}
	for _, g := range r.FalseGroups {
		p("%s\t%s\t%s\t%d\t%s\t%s\n", g.Subject, ts(g.First), ts(g.Last), len(g.Episodes), strings.Join(g.Rules, ", "), labelString(g.Labels))
	}
	tw.Flush()

	if len(r.FalseGroupsPerRule) > 0 {
		p("\nFALSE GROUPS PER RULE\n")
		rules := slices.Collect(maps.Keys(r.FalseGroupsPerRule))
		slices.SortFunc(rules, func(a, b string) int {
			if d := r.FalseGroupsPerRule[b] - r.FalseGroupsPerRule[a]; d != 0 {
				return d
			}
			return strings.Compare(a, b)
		})
		for _, rule := range rules {
			p("%s\t%d\n", rule, r.FalseGroupsPerRule[rule])
		}
		tw.Flush()
	}

	p("\nSUMMARY\n")
	p("recall\t%.3f\t(%d of %s detected)\n", s.Recall, s.Detected, plural(s.Incidents, "incident"))
	p("precision\t%.3f\t(%s, %s)\n", s.Precision, plural(s.TrueGroups, "true group"), plural(s.FalseGroups, "false group"))
	median := "-"
	if s.MedianTTD != nil {
		median = Dur(*s.MedianTTD)
	}
	p("median TTD\t%s\t(over %s)\n", median, plural(s.Detected, "detected incident"))
	p("false groups\t%d\t(from %s)\n", s.FalseGroups, plural(s.FalseEpisodes, "false alert"))
	p("trap alerts\t%d\t(in %s)\n", s.TrapAlerts, plural(len(r.Quiet), "quiet period"))
	p("alerts\t%d\t(firing episodes)\n", s.Episodes)
	tw.Flush()
	p("an alert matches an incident when it starts from %s before its start to %s after its end and carries its labels;\n",
		Dur(r.Options.EarlyTolerance), Dur(r.Options.LateTolerance))
	p("false alerts of one subject starting less than %s apart are one false group\n", Dur(r.Options.FalseGroupGap))

	if len(r.Checks) > 0 {
		p("\nCHECKS\n")
		for _, c := range r.Checks {
			p("%-4s  %s\n", cmpWord(c.OK, "ok", "FAIL"), c.Message)
		}
		tw.Flush()
	}
	return tw.Flush()
}

// Dur formats a duration briefly: 2m, 1m30s, 1h5m, 0s (alert.ShortDuration).
func Dur(d time.Duration) string { return alert.ShortDuration(d) }

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func ts(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func labelString(l map[string]string) string {
	keys := slices.Sorted(maps.Keys(l))
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + l[k]
	}
	return orDash(strings.Join(parts, " "))
}
