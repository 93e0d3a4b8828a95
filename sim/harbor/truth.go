package harbor

import (
	"fmt"
	"io"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/vigilops/vigil/evaluate"
)

// Truth is the labelled ground truth of a generated stream, in the shape
// `vigil eval --incidents` reads.
type Truth struct {
	// Incidents are the problems an alert should be raised for.
	Incidents []Incident `yaml:"incidents"`
	// Quiet are the traps: an alert that starts inside one and whose labels
	// include all of its labels is a false positive ({} = every alert).
	Quiet []Quiet `yaml:"quiet"`
	// Silences are the operator silences in force while the logs were
	// written; replay them.
	Silences []Silence `yaml:"silences"`

	// Stats describes the written stream; it is not part of the YAML.
	Stats Stats `yaml:"-"`
}

// Incident is one labelled problem: [Start, End] in event time, and the
// labels an alert about it carries.
type Incident = evaluate.Period

// Quiet is a period that must stay silent for the alerts matching its
// labels.
type Quiet = evaluate.Period

// Silence is an operator silence: alerts whose labels match every matcher
// ("name=value") between StartsAt and EndsAt are not notified.
type Silence struct {
	Matchers  []string  `yaml:"matchers"`
	StartsAt  time.Time `yaml:"starts_at"`
	EndsAt    time.Time `yaml:"ends_at"`
	Comment   string    `yaml:"comment"`
	CreatedBy string    `yaml:"created_by,omitempty"`
}

// Stats summarises a written stream.
type Stats struct {
	Lines     int            // lines written, malformed ones included
	Malformed int            // lines written broken on purpose (truncated JSON, a stray text line)
	Bytes     int64          // bytes written, newlines included
	ByService map[string]int // well-formed lines per service.name
	First     time.Time      // event time of the first line
	Last      time.Time      // event time of the last line
}

// WriteYAML writes the ground truth as YAML: label sets and matchers in
// flow style, times in RFC 3339 UTC.
func (t Truth) WriteYAML(w io.Writer) error {
	if err := evaluate.WriteYAML(w, t); err != nil {
		return fmt.Errorf("harbor: %w", err)
	}
	return nil
}

// ReadTruth parses a document written by WriteYAML (unknown keys are
// errors).
func ReadTruth(r io.Reader) (Truth, error) {
	var t Truth
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	if err := dec.Decode(&t); err != nil {
		return Truth{}, fmt.Errorf("harbor: reading ground truth: %w", err)
	}
	return t, nil
}
