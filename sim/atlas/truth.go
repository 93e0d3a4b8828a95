package atlas

import (
	"fmt"
	"io"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/vigilops/vigil/evaluate"
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
type Incident = evaluate.Period

// Quiet is a period, for the alerts matching its labels ({} = any alert),
// that must stay silent.
type Quiet = evaluate.Period

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
	if err := evaluate.WriteYAML(w, t); err != nil {
		return fmt.Errorf("atlas: %w", err)
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
