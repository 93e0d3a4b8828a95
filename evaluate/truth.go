package evaluate

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
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
type Error = cfgerr.Error

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
		return nil, cfgerr.YAMLErrors(name, err)
	}
	if err := checkTimes(name, &root); err != nil {
		return nil, err
	}
	var t Truth
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&t); err != nil && !errors.Is(err, io.EOF) {
		return nil, cfgerr.YAMLErrors(name, err)
	}
	if err := t.Validate(); err != nil {
		return nil, cfgerr.Locate(name, &root, err)
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

// WriteYAML writes a ground truth (a Truth, or a simulator's struct of the
// same shape) as a truth file: label sets and matchers in flow style, free
// text quoted, times in RFC 3339.
func WriteYAML(w io.Writer, truth any) error {
	var doc yaml.Node
	if err := doc.Encode(truth); err != nil {
		return fmt.Errorf("encoding ground truth: %w", err)
	}
	styleTruth(&doc, "")
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return fmt.Errorf("encoding ground truth: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("encoding ground truth: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("writing ground truth: %w", err)
	}
	return nil
}

// styleTruth puts labels and matchers in flow style and descriptions and
// comments in double quotes.
func styleTruth(n *yaml.Node, key string) {
	switch n.Kind {
	case yaml.DocumentNode, yaml.SequenceNode:
		if n.Kind == yaml.SequenceNode && key == "matchers" {
			n.Style = yaml.FlowStyle
			for _, c := range n.Content {
				c.Style = yaml.DoubleQuotedStyle
			}
			return
		}
		for _, c := range n.Content {
			styleTruth(c, key)
		}
	case yaml.MappingNode:
		if key == "labels" {
			n.Style = yaml.FlowStyle
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Value == "description" || k.Value == "comment" {
				v.Style = yaml.DoubleQuotedStyle
			}
			styleTruth(v, k.Value)
		}
	}
}
