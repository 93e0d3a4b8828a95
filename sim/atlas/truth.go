package atlas

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"gopkg.in/yaml.v3"
)

// Truth is the labelled ground truth of a generated stream, the input of
// `vigil eval --incidents`.
type Truth struct {
	// Incidents are the problems an alert should be raised for.
	Incidents []Incident `yaml:"incidents"`
	// Quiet are the traps: an alert that starts inside one and whose labels
	// include its labels is a false positive.
	Quiet []Quiet `yaml:"quiet"`
	// Silences are the operator silences to apply while replaying.
	Silences []Silence `yaml:"silences"`

	// Stats describes the written stream; it is not part of the YAML.
	Stats Stats `yaml:"-"`
}

// Incident is one labelled problem.
type Incident struct {
	ID          string            `yaml:"id"`
	Start       time.Time         `yaml:"start"`
	End         time.Time         `yaml:"end"`
	Labels      map[string]string `yaml:"labels"`
	Description string            `yaml:"description"`
}

// Quiet is a period, for the alerts matching its labels ({} = any alert),
// that must stay silent.
type Quiet struct {
	ID          string            `yaml:"id"`
	Start       time.Time         `yaml:"start"`
	End         time.Time         `yaml:"end"`
	Labels      map[string]string `yaml:"labels"`
	Description string            `yaml:"description"`
}

// Silence is an operator silence: alerts whose labels match every matcher
// ("name=value") between StartsAt and EndsAt are not notified.
type Silence struct {
	Matchers []string  `yaml:"matchers"`
	StartsAt time.Time `yaml:"starts_at"`
	EndsAt   time.Time `yaml:"ends_at"`
	Comment  string    `yaml:"comment"`
}

// Stats summarises a generated stream.
type Stats struct {
	Lines     int            // lines written, malformed ones included
	Malformed int            // truncated lines written on purpose
	Bytes     int64          // bytes written, newlines included
	ByService map[string]int // well-formed lines per service.name
	First     time.Time      // event time of the first line
	Last      time.Time      // event time of the last line
}

// WriteYAML writes the ground truth in the format `vigil eval` reads: label
// sets and matchers in flow style, times in RFC 3339 UTC.
func (t *Truth) WriteYAML(w io.Writer) error {
	var doc yaml.Node
	if err := doc.Encode(t); err != nil {
		return fmt.Errorf("atlas: encoding ground truth: %w", err)
	}
	styleTruth(&doc, "")
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return fmt.Errorf("atlas: encoding ground truth: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("atlas: encoding ground truth: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("atlas: writing ground truth: %w", err)
	}
	return nil
}

// ReadTruth parses a ground-truth YAML document written by WriteYAML.
func ReadTruth(r io.Reader) (Truth, error) {
	var t Truth
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	if err := dec.Decode(&t); err != nil {
		return Truth{}, fmt.Errorf("atlas: reading ground truth: %w", err)
	}
	return t, nil
}

// styleTruth puts labels and matchers in flow style and descriptions and
// comments in double quotes.
func styleTruth(n *yaml.Node, key string) {
	switch n.Kind {
	case yaml.DocumentNode, yaml.SequenceNode:
		for _, c := range n.Content {
			styleTruth(c, key)
		}
		if n.Kind == yaml.SequenceNode && key == "matchers" {
			n.Style = yaml.FlowStyle
			for _, c := range n.Content {
				c.Style = yaml.DoubleQuotedStyle
			}
		}
	case yaml.MappingNode:
		if key == "labels" {
			n.Style = yaml.FlowStyle
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			switch k.Value {
			case "description", "comment":
				v.Style = yaml.DoubleQuotedStyle
			}
			styleTruth(v, k.Value)
		}
	}
}
