package evaluate

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config/cfgerr"
)

// Truth is a ground-truth file: the incidents the alerts should find, the
// quiet periods they must leave alone, and the operator silences in force
// while the logs were written.
//
//	incidents:
//	  - id: deploy-regression-oms-core
//	    start: 2026-03-03T14:00:00Z
//	    end: 2026-03-03T14:30:00Z
//	    labels: {service.name: oms-core}
//	    description: "..."
//	quiet:
//	  - id: flash-sale
//	    start: 2026-03-04T12:00:00Z
//	    end: 2026-03-04T14:00:00Z
//	    labels: {}
//	silences:
//	  - matchers: ["service.name=wms-bridge"]
//	    starts_at: 2026-03-05T01:00:00Z
//	    ends_at: 2026-03-05T03:00:00Z
//	    comment: planned maintenance
type Truth struct {
	// Incidents are what should be detected.
	Incidents []Period `yaml:"incidents" json:"incidents"`
	// Quiet are traps: periods in which no alert about them may fire.
	Quiet []Period `yaml:"quiet" json:"quiet"`
	// Silences are operator silences to apply while replaying, with the
	// shape of vigil.yaml's alerting.silences. Score does not read them:
	// the replay does.
	Silences []alerting.Silence `yaml:"silences" json:"silences"`
}

// Period is one incident or quiet period: [Start, End] in event time, and
// the labels every alert about it carries (an alert is about it when its
// labels include all of these; none means every alert).
type Period struct {
	// ID is unique among the incidents, and among the quiet periods.
	ID          string            `yaml:"id" json:"id"`
	Start       time.Time         `yaml:"start" json:"start"`
	End         time.Time         `yaml:"end" json:"end"`
	Labels      map[string]string `yaml:"labels" json:"labels"`
	Description string            `yaml:"description" json:"description,omitempty"`
}

// Error is one problem in a ground-truth file, located by file and line,
// in the format of the config package's errors.
type Error struct {
	File string
	Line int    // 0 when unknown
	Path string // dotted key path ("incidents.2.end"), when known
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":")
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ReadTruth reads a ground-truth file from r; name is the file name used in
// errors. See ParseTruth.
func ReadTruth(name string, r io.Reader) (*Truth, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return ParseTruth(name, data)
}

// ParseTruth decodes a ground-truth file strictly (an unknown key is an
// error) and validates it. Errors are *Error values (joined when there are
// several) naming the file, the line and the key. Unlike vigil.yaml, the
// file is not expanded with environment variables: it is data.
func ParseTruth(name string, data []byte) (*Truth, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlErrors(name, err)
	}
	if err := checkTimes(name, &root); err != nil {
		return nil, err
	}
	var t Truth
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&t); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlErrors(name, err)
	}
	if err := t.Validate(); err != nil {
		return nil, locate(name, &root, err)
	}
	return &t, nil
}

// Validate checks the truth and returns every problem found, as
// cfgerr.FieldErrors with key paths ("incidents.0.id").
func (t *Truth) Validate() error {
	var errs []error
	if len(t.Incidents) == 0 && len(t.Quiet) == 0 {
		errs = append(errs, cfgerr.Fieldf("incidents", "no incidents and no quiet periods: nothing to score against"))
	}
	errs = append(errs, validatePeriods("incidents", t.Incidents)...)
	errs = append(errs, validatePeriods("quiet", t.Quiet)...)
	if len(t.Silences) > 0 {
		// The alerting section's own checks, with the same key paths
		// (silences.N.…): an alerting config holding only silences.
		ac := alerting.Config{Silences: t.Silences}
		if err := ac.Validate(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func validatePeriods(list string, ps []Period) []error {
	var errs []error
	seen := map[string]int{}
	for i, p := range ps {
		path := fmt.Sprintf("%s.%d", list, i)
		switch j, dup := seen[p.ID]; {
		case strings.TrimSpace(p.ID) == "":
			errs = append(errs, cfgerr.Fieldf(path+".id", "is required"))
		case dup:
			errs = append(errs, cfgerr.Fieldf(path+".id", "duplicate id %q (also %s.%d)", p.ID, list, j))
		default:
			seen[p.ID] = i
		}
		if p.Start.IsZero() {
			errs = append(errs, cfgerr.Fieldf(path+".start", "is required (RFC 3339, e.g. 2026-03-03T14:00:00Z)"))
		}
		if p.End.IsZero() {
			errs = append(errs, cfgerr.Fieldf(path+".end", "is required (RFC 3339, e.g. 2026-03-03T14:30:00Z)"))
		} else if !p.Start.IsZero() && p.End.Before(p.Start) {
			errs = append(errs, cfgerr.Fieldf(path+".end", "is before start"))
		}
		for k := range p.Labels {
			if strings.TrimSpace(k) == "" {
				errs = append(errs, cfgerr.Fieldf(path+".labels", "empty label name"))
			}
		}
	}
	return errs
}

// timeKeys are the keys holding times, per list.
var timeKeys = map[string][]string{
	"incidents": {"start", "end"},
	"quiet":     {"start", "end"},
	"silences":  {"starts_at", "ends_at"},
}

// checkTimes requires every time to be RFC 3339, before decoding: the
// decoder's own time errors carry no line.
func checkTimes(file string, root *yaml.Node) error {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind != yaml.MappingNode {
		return nil
	}
	var errs []error
	for i := 0; i+1 < len(n.Content); i += 2 {
		list, items := n.Content[i].Value, n.Content[i+1]
		keys := timeKeys[list]
		if keys == nil || items.Kind != yaml.SequenceNode {
			continue
		}
		for j, item := range items.Content {
			if item.Kind != yaml.MappingNode {
				continue
			}
			for k := 0; k+1 < len(item.Content); k += 2 {
				key, v := item.Content[k].Value, item.Content[k+1]
				if !slices.Contains(keys, key) || v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
					continue
				}
				if _, err := time.Parse(time.RFC3339Nano, v.Value); err != nil {
					errs = append(errs, &Error{File: file, Line: v.Line, Path: fmt.Sprintf("%s.%d.%s", list, j, key),
						Msg: "want an RFC 3339 time such as 2026-03-03T14:00:00Z"})
				}
			}
		}
	}
	return errors.Join(errs...)
}

var (
	lineRe     = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
	backtickRe = regexp.MustCompile("`[^`]*`")
)

// yamlErrors rewrites yaml.v3's messages as file:line errors, the way the
// config package does.
func yamlErrors(file string, err error) error {
	var msgs []string
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs = te.Errors
	} else {
		msgs = []string{err.Error()}
	}
	var errs []error
	for _, m := range msgs {
		e := &Error{File: file}
		if sm := lineRe.FindStringSubmatch(m); sm != nil {
			e.Line, _ = strconv.Atoi(sm[1])
			m = sm[2]
		}
		m = strings.TrimPrefix(m, "yaml: ")
		m = backtickRe.ReplaceAllString(m, "value")
		if i := strings.Index(m, " not found in type"); i >= 0 && strings.HasPrefix(m, "field ") {
			m = "unknown key " + strconv.Quote(strings.TrimPrefix(m[:i], "field "))
		}
		e.Msg = m
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}

// locate gives validation errors the line of their key path.
func locate(file string, root *yaml.Node, err error) error {
	var errs []error
	for _, e := range unjoin(err) {
		var fe *cfgerr.FieldError
		if errors.As(e, &fe) {
			errs = append(errs, &Error{File: file, Line: lineOf(root, fe.Path), Path: fe.Path, Msg: fe.Msg})
			continue
		}
		errs = append(errs, &Error{File: file, Msg: e.Error()})
	}
	return errors.Join(errs...)
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, unjoin(e)...)
		}
		return out
	}
	return []error{err}
}

// lineOf finds the line of a dotted key path ("incidents.2.end"); it falls
// back to the deepest key or item found.
func lineOf(root *yaml.Node, path string) int {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line := 0
	for _, part := range strings.Split(path, ".") {
		switch n.Kind {
		case yaml.MappingNode:
			found := false
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == part {
					line = n.Content[i].Line
					n = n.Content[i+1]
					found = true
					break
				}
			}
			if !found {
				return line
			}
		case yaml.SequenceNode:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(n.Content) {
				return line
			}
			n = n.Content[i]
			line = n.Line
		default:
			return line
		}
	}
	return line
}
