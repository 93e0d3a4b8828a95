package rules

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"gopkg.in/yaml.v3"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
)

// A rule test file, for `vigil rules test`:
//
//	rule_files: [../rules/sync.yaml]      # relative to the test file
//	start: 2026-11-25T08:00:00Z            # optional; "+30s" offsets count from here
//	tests:
//	  - name: order sync delay fires
//	    events:
//	      - at: +30s
//	        every: 30s                     # optional: repeat the event…
//	        repeat: 10                     # …this many times
//	        fields: {sync.kind: order, shop.id: S1, sync.delay_seconds: 420}
//	    events_file: testdata/orders.ndjson # optional, NDJSON with @timestamp
//	    until: +20m                        # optional: stop the clock (and the events) here
//	    expect:
//	      - at: +3m
//	        status: firing                 # or resolved
//	        rule: order-sync-delayed
//	        labels: {shop.id: S1}          # the labels listed must match
//	        annotations: {summary: "…"}    # the annotations listed must match
//	        value: 420                     # optional
type testFile struct {
	RuleFiles []string   `yaml:"rule_files"`
	Start     string     `yaml:"start"`
	Tests     []testCase `yaml:"tests"`
}

type testCase struct {
	Name       string       `yaml:"name"`
	Events     []testEvent  `yaml:"events"`
	EventsFile string       `yaml:"events_file"`
	Until      string       `yaml:"until"`
	Expect     []testExpect `yaml:"expect"`
	Options    *testOptions `yaml:"options"`
}

type testOptions struct {
	MaxGroupsPerRule int `yaml:"max_groups_per_rule"`
	MaxSamples       int `yaml:"max_samples"`
}

type testEvent struct {
	At     string         `yaml:"at"`
	Every  string         `yaml:"every"`
	Repeat int            `yaml:"repeat"`
	Fields map[string]any `yaml:"fields"`
}

type testExpect struct {
	At          string            `yaml:"at"`
	Status      string            `yaml:"status"`
	Rule        string            `yaml:"rule"`
	Labels      map[string]string `yaml:"labels"`
	Annotations map[string]string `yaml:"annotations"`
	Value       *float64          `yaml:"value"`
}

// defaultTestStart is where offsets count from when a file has no start.
var defaultTestStart = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// RunTests runs rule test files, writing a report to w. It returns the
// number of failed test cases; err reports files that could not be run
// (unreadable, invalid, or whose rules do not load).
func RunTests(paths []string, w io.Writer, opts ...LoadOption) (failed int, err error) {
	var errs []error
	passed := 0
	for _, p := range paths {
		f, rs, err := loadTestFile(p, opts)
		if err != nil {
			errs = append(errs, err)
			fmt.Fprintf(w, "ERROR %s\n%s\n", p, indent(err.Error()))
			continue
		}
		start := defaultTestStart
		if f.Start != "" {
			start, err = time.Parse(time.RFC3339, f.Start)
			if err != nil {
				err = fmt.Errorf("%s: start: %w", p, err)
				errs = append(errs, err)
				fmt.Fprintf(w, "ERROR %s\n", err)
				continue
			}
		}
		for i := range f.Tests {
			tc := &f.Tests[i]
			diffs, err := runTestCase(p, tc, rs, start)
			switch {
			case err != nil:
				failed++
				fmt.Fprintf(w, "FAIL  %s: %s\n%s\n", p, tc.Name, indent(err.Error()))
			case len(diffs) > 0:
				failed++
				fmt.Fprintf(w, "FAIL  %s: %s\n", p, tc.Name)
				for _, d := range diffs {
					fmt.Fprintf(w, "    %s\n", d)
				}
			default:
				passed++
				fmt.Fprintf(w, "ok    %s: %s\n", p, tc.Name)
			}
		}
	}
	fmt.Fprintf(w, "%d passed, %d failed\n", passed, failed)
	return failed, errors.Join(errs...)
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}

func loadTestFile(path string, opts []LoadOption) (*testFile, *RuleSet, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var f testFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, nil, fmt.Errorf("%s:%w", path, yamlErr(err))
	}
	if len(f.RuleFiles) == 0 {
		return nil, nil, fmt.Errorf("%s: rule_files: list the rule files under test", path)
	}
	if len(f.Tests) == 0 {
		return nil, nil, fmt.Errorf("%s: tests: no test cases", path)
	}
	dir := filepath.Dir(path)
	var files []string
	for _, rf := range f.RuleFiles {
		if !filepath.IsAbs(rf) {
			rf = filepath.Join(dir, rf)
		}
		matches, err := filepath.Glob(rf)
		if err != nil || len(matches) == 0 {
			return nil, nil, fmt.Errorf("%s: rule_files: %s matches no file", path, rf)
		}
		files = append(files, matches...)
	}
	rs, err := LoadFiles(files, opts...)
	if err != nil {
		return nil, nil, err
	}
	for i := range f.Tests {
		tc := &f.Tests[i]
		if tc.EventsFile != "" && !filepath.IsAbs(tc.EventsFile) {
			tc.EventsFile = filepath.Join(dir, tc.EventsFile)
		}
		if tc.Name == "" {
			tc.Name = fmt.Sprintf("test #%d", i+1)
		}
	}
	return &f, rs, nil
}

// parseAt reads "+90s" (an offset from start) or an RFC 3339 time.
func parseAt(s string, start time.Time) (time.Time, error) {
	if strings.HasPrefix(s, "+") {
		d, err := parseDuration(s[1:])
		if err != nil {
			return time.Time{}, fmt.Errorf("at %q: %w", s, err)
		}
		return start.Add(d), nil
	}
	if s == "" || s == "0" {
		return start, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("at %q: want +DURATION or an RFC 3339 time", s)
	}
	return t, nil
}

// testEvents builds the test's events, sorted by time.
func testEvents(tc *testCase, start time.Time) ([]*event.Event, error) {
	var evs []*event.Event
	for i, te := range tc.Events {
		at, err := parseAt(te.At, start)
		if err != nil {
			return nil, fmt.Errorf("events[%d]: %w", i, err)
		}
		n := max(te.Repeat, 1)
		var step time.Duration
		if te.Every != "" {
			step, err = parseDuration(te.Every)
			if err != nil || step <= 0 {
				return nil, fmt.Errorf("events[%d]: every %q: want a positive duration", i, te.Every)
			}
		} else if te.Repeat > 1 {
			return nil, fmt.Errorf("events[%d]: repeat needs every", i)
		}
		for k := 0; k < n; k++ {
			e := &event.Event{Time: at.Add(time.Duration(k) * step)}
			e.Set(event.TimestampPath, event.StringValue(e.Time.Format(time.RFC3339Nano)))
			if err := setFields(e, "", te.Fields); err != nil {
				return nil, fmt.Errorf("events[%d]: %w", i, err)
			}
			evs = append(evs, e)
		}
	}
	if tc.EventsFile != "" {
		fe, err := readEventsFile(tc.EventsFile, start)
		if err != nil {
			return nil, err
		}
		evs = append(evs, fe...)
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Time.Before(evs[j].Time) })
	return evs, nil
}

func setFields(e *event.Event, prefix string, m map[string]any) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p := prefix + k
		switch v := m[k].(type) {
		case string:
			e.Set(p, event.StringValue(v))
		case int:
			e.Set(p, event.NumberValue(float64(v)))
		case float64:
			e.Set(p, event.NumberValue(v))
		case bool:
			e.Set(p, event.BoolValue(v))
		case nil:
			e.Set(p, event.Value{})
		case map[string]any:
			if err := setFields(e, p+".", v); err != nil {
				return err
			}
		default:
			return fmt.Errorf("field %s: want a string, number, bool or mapping", p)
		}
	}
	return nil
}

// readEventsFile reads NDJSON events; an "@timestamp" of "+90s" is an
// offset from the test's start.
func readEventsFile(path string, start time.Time) ([]*event.Event, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := event.NewDecoder(nil)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	var out []*event.Event
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		if bytes.Contains(b, []byte(`"@timestamp":"+`)) || bytes.Contains(b, []byte(`"@timestamp": "+`)) {
			var err error
			if b, err = absoluteTimestamp(b, start); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
		}
		var e event.Event
		if err := dec.Decode(b, &e); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, e.Clone())
	}
	return out, sc.Err()
}

func absoluteTimestamp(line []byte, start time.Time) ([]byte, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(line, &m); err != nil {
		return nil, err
	}
	var s string
	if err := json.Unmarshal(m[event.TimestampPath], &s); err != nil {
		return nil, err
	}
	at, err := parseAt(s, start)
	if err != nil {
		return nil, err
	}
	m[event.TimestampPath], _ = json.Marshal(at.Format(time.RFC3339Nano))
	return json.Marshal(m)
}

// got is one transition the engine produced.
type got struct {
	at time.Time
	a  alert.Alert
}

func runTestCase(path string, tc *testCase, rs *RuleSet, start time.Time) ([]string, error) {
	evs, err := testEvents(tc, start)
	if err != nil {
		return nil, err
	}
	var until time.Time
	for _, e := range evs {
		if e.Time.After(until) {
			until = e.Time
		}
	}
	expAt := make([]time.Time, len(tc.Expect))
	for i, x := range tc.Expect {
		at, err := parseAt(x.At, start)
		if err != nil {
			return nil, fmt.Errorf("expect[%d]: %w", i, err)
		}
		switch x.Status {
		case "firing", "resolved":
		default:
			return nil, fmt.Errorf("expect[%d]: status %q: want firing or resolved", i, x.Status)
		}
		if x.Rule == "" {
			return nil, fmt.Errorf("expect[%d]: missing rule", i)
		}
		if x.Rule != GroupLimitRule && rs.Rule(x.Rule) == nil {
			return nil, fmt.Errorf("expect[%d]: no rule %q in the rule files", i, x.Rule)
		}
		expAt[i] = at
		if at.After(until) {
			until = at
		}
	}
	if tc.Until != "" {
		until, err = parseAt(tc.Until, start)
		if err != nil {
			return nil, fmt.Errorf("until: %w", err)
		}
	}
	opt := Options{Logger: zerolog.Nop()}
	if tc.Options != nil {
		opt.MaxGroupsPerRule = tc.Options.MaxGroupsPerRule
		opt.MaxSamples = tc.Options.MaxSamples
	}
	eng := NewEngine(rs, opt)
	var out []got
	collect := func(as []alert.Alert) {
		for _, a := range as {
			at := a.StartsAt
			if a.Status == alert.Resolved && a.EndsAt != nil {
				at = *a.EndsAt
			}
			out = append(out, got{at: at, a: a})
		}
	}
	wm := start.Truncate(time.Minute)
	collect(eng.Advance(wm))
	for _, e := range evs {
		if tc.Until != "" && !e.Time.Before(until) {
			break // the clock stops at until
		}
		if m := e.Time.Truncate(time.Minute); m.After(wm) {
			wm = m
			collect(eng.Advance(wm))
		}
		eng.Observe(e)
	}
	if until.After(wm) {
		collect(eng.Advance(until))
	}
	return diffAlerts(tc.Expect, expAt, out, start), nil
}

// diffAlerts matches expected transitions with actual ones and describes
// every difference, one line each.
func diffAlerts(exp []testExpect, expAt []time.Time, act []got, start time.Time) []string {
	used := make([]bool, len(act))
	var diffs []string
	for i, x := range exp {
		best := -1
		for j, g := range act {
			if used[j] || !g.at.Equal(expAt[i]) || string(g.a.Status) != x.Status || g.a.Rule != x.Rule || !subset(x.Labels, g.a.Labels) {
				continue
			}
			best = j
			break
		}
		if best < 0 {
			diffs = append(diffs, fmt.Sprintf("missing     %s", describeExpect(x, expAt[i], start)))
			continue
		}
		used[best] = true
		g := act[best]
		for _, k := range sortedKeys(x.Annotations) {
			if want, have := x.Annotations[k], g.a.Annotations[k]; want != have {
				diffs = append(diffs, fmt.Sprintf("%s: annotation %s:\n        want %q\n        got  %q", describeAlert(g, start), k, want, have))
			}
		}
		if x.Value != nil && !closeTo(*x.Value, g.a.Value) {
			diffs = append(diffs, fmt.Sprintf("%s: value: want %g, got %g", describeAlert(g, start), *x.Value, g.a.Value))
		}
	}
	for j, g := range act {
		if !used[j] {
			diffs = append(diffs, fmt.Sprintf("unexpected  %s value=%g", describeAlert(g, start), g.a.Value))
		}
	}
	return diffs
}

func closeTo(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func subset(want, have map[string]string) bool {
	for k, v := range want {
		if have[k] != v {
			return false
		}
	}
	return true
}

func offset(t, start time.Time) string {
	d := t.Sub(start)
	if d < 0 {
		return t.Format(time.RFC3339)
	}
	return "+" + d.String()
}

func describeExpect(x testExpect, at, start time.Time) string {
	return fmt.Sprintf("%-9s %-8s %s %s", offset(at, start), x.Status, x.Rule, labelString(x.Labels))
}

func describeAlert(g got, start time.Time) string {
	return fmt.Sprintf("%-9s %-8s %s %s", offset(g.at, start), g.a.Status, g.a.Rule, labelString(g.a.Labels))
}

func labelString(m map[string]string) string {
	keys := sortedKeys(m)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + m[k]
	}
	return "{" + strings.Join(parts, ", ") + "}"
}
