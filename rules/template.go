package rules

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"text/template"
	"time"
)

// TemplateData is what annotation templates see: {{ .Value }},
// {{ .Label "shop.id" }}, {{ .Field "error.code" }}, {{ .Agg "count" }}.
type TemplateData struct {
	// Rule, Severity and Team describe the rule.
	Rule, Severity, Team string
	// Labels are the alert's labels (group_by values among them).
	Labels map[string]string
	// Value is the number the alert reports; Threshold the bound it
	// crossed (NaN when the condition has none); Baseline a detector's
	// expected value (NaN for condition rules).
	Value, Threshold, Baseline float64
	// Lower and Upper bound a detector's expected range, Score is the
	// anomaly score in [0, 1) of the points that started the episode, and
	// Surprise how many spreads of the baseline the value is away from it
	// (NaN for condition rules).
	Lower, Upper, Score, Surprise float64
	// Values holds every aggregate of the condition by its text as
	// written: "count", "ratio(log.level == \"error\")".
	Values map[string]float64
	// Samples are the most recent matching events, as JSON.
	Samples []string
	// Fields are the most recent matching event's fields, as text.
	Fields map[string]string
	// NewValues are the values a new_value aggregate saw for the first
	// time in the window.
	NewValues []string
	// Window is the rule's window.
	Window time.Duration
}

// Label returns a label's value ("" when absent).
func (d *TemplateData) Label(name string) string { return d.Labels[name] }

// Field returns a field of the most recent matching event ("" when absent).
func (d *TemplateData) Field(path string) string { return d.Fields[path] }

// Agg returns an aggregate's value by its text as written in the
// condition, or NaN.
func (d *TemplateData) Agg(text string) float64 {
	if v, ok := d.Values[text]; ok {
		return v
	}
	return math.NaN()
}

var templateFuncs = template.FuncMap{
	// humanize formats a number briefly: 1234567 → "1.235M", 0.25 → "0.25".
	"humanize": humanize,
	// percent formats a ratio as a percentage: 0.9871 → "98.71%".
	"percent": percent,
	// seconds formats a number of seconds as a duration: 312 → "5m12s".
	"seconds": func(v float64) string {
		return time.Duration(v * float64(time.Second)).Round(time.Millisecond).String()
	},
	// nanos formats ECS nanoseconds (event.duration) as a duration.
	"nanos": func(v float64) string {
		return time.Duration(v).Round(time.Microsecond).String()
	},
	"upper": strings.ToUpper,
	"lower": strings.ToLower,
	// default returns def when s is empty.
	"default": func(def, s string) string {
		if s == "" {
			return def
		}
		return s
	},
}

func humanize(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	a := math.Abs(v)
	switch {
	case a >= 1e9:
		return strconv.FormatFloat(v/1e9, 'f', 3, 64) + "G"
	case a >= 1e6:
		return strconv.FormatFloat(v/1e6, 'f', 3, 64) + "M"
	case a >= 1e4:
		return strconv.FormatFloat(v/1e3, 'f', 3, 64) + "k"
	case a == math.Trunc(a):
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'g', 4, 64)
}

// percent formats a ratio as a percentage: 0.9871 → "98.71%".
func percent(v float64) string { return strconv.FormatFloat(v*100, 'f', 2, 64) + "%" }

// formatRange writes a detector's expected range, "lo–hi": as percentages,
// within [0%, 100%], for ratios; humanized otherwise.
func formatRange(lo, hi float64, ratio bool) string {
	if ratio {
		return percent(min(max(lo, 0), 1)) + "–" + percent(min(max(hi, 0), 1))
	}
	return humanize(lo) + "–" + humanize(hi)
}

// maxTemplate bounds a rendered annotation.
const maxTemplate = 4096

func parseTemplate(name, text string) (*template.Template, error) {
	return template.New(name).Option("missingkey=zero").Funcs(templateFuncs).Parse(text)
}

// render executes a template, bounding its output.
func render(t *template.Template, d *TemplateData) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("template panicked: %v", r)
		}
	}()
	var b bytes.Buffer
	w := &limitWriter{b: &b, n: maxTemplate}
	if err := t.Execute(w, d); err != nil {
		if errors.Is(err, errTooLong) {
			return b.String() + "…", nil
		}
		return "", err
	}
	return b.String(), nil
}

type limitWriter struct {
	b *bytes.Buffer
	n int
}

var errTooLong = fmt.Errorf("annotation longer than %d bytes", maxTemplate)

func (w *limitWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		w.b.Write(p[:w.n])
		w.n = 0
		return 0, errTooLong
	}
	w.n -= len(p)
	return w.b.Write(p)
}

// sampleData is representative data to try templates with at load.
func sampleData(r *Rule) *TemplateData {
	labels := map[string]string{}
	for k, v := range r.Labels {
		labels[k] = v
	}
	for _, g := range r.GroupBy {
		labels[g] = "x"
	}
	return &TemplateData{
		Rule: r.Name, Severity: string(r.Severity), Team: r.Team, Labels: labels,
		Value: 1, Threshold: 1, Baseline: math.NaN(), Values: map[string]float64{},
		Fields: map[string]string{}, Window: r.Window,
	}
}
