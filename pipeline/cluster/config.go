package cluster

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/vigilops/vigil/config/cfgerr"
)

// Modes of Config.Mode.
const (
	// ModeSingle evaluates in the process that reads the events (the
	// default): several processes in one consumer group each judge the
	// series they happen to see.
	ModeSingle = "single"
	// ModeKafka splits the evaluation in two stages joined by Kafka topics:
	// every series is evaluated by exactly one process.
	ModeKafka = "kafka"
)

// DefaultLiveness is how long, in the producers' wall time, an instance
// not heard from still holds stage two's watermark (Config.Liveness).
const DefaultLiveness = 30 * time.Second

// Config is the cluster section of vigil.yaml.
//
//	cluster:
//	  mode: kafka            # single (default) or kafka
//	  partials_topic: ""     # default <group>.partials
//	  progress_topic: ""     # default <group>.progress (compacted)
//	  state_topic: ""        # default <group>.state (compacted)
//	  alerts_topic: ""       # default <group>.alerts (one partition)
//	  instance_id: ""        # default <hostname>-<pid>
//	  liveness: 30s
type Config struct {
	// Mode is single or kafka.
	Mode string `yaml:"mode"`
	// PartialsTopic carries stage one's partials, keyed by series, and
	// every instance's watermark records.
	PartialsTopic string `yaml:"partials_topic"`
	// ProgressTopic holds, per source topic and partition, the offsets
	// whose events are in the partials produced (compacted).
	ProgressTopic string `yaml:"progress_topic"`
	// StateTopic holds stage two's state per partials partition, with the
	// partials offset it covers (compacted).
	StateTopic string `yaml:"state_topic"`
	// AlertsTopic carries stage two's alerts, minute by minute, to the one
	// instance that dispatches them (its partition 0; Dispatch).
	AlertsTopic string `yaml:"alerts_topic"`
	// InstanceID names this process in the watermark records.
	InstanceID string `yaml:"instance_id"`
	// Liveness is how long an instance not heard from still counts in
	// stage two's watermark.
	Liveness time.Duration `yaml:"liveness"`
}

// Enabled reports whether the evaluation runs in two stages over Kafka.
func (c Config) Enabled() bool { return c.Mode == ModeKafka }

// WithDefaults fills the topics from the source's consumer group, the
// instance id from the host name and process id, and the liveness.
func (c Config) WithDefaults(group string) Config {
	if c.Mode == "" {
		c.Mode = ModeSingle
	}
	if c.PartialsTopic == "" {
		c.PartialsTopic = group + ".partials"
	}
	if c.ProgressTopic == "" {
		c.ProgressTopic = group + ".progress"
	}
	if c.StateTopic == "" {
		c.StateTopic = group + ".state"
	}
	if c.AlertsTopic == "" {
		c.AlertsTopic = group + ".alerts"
	}
	if c.InstanceID == "" {
		host, _ := os.Hostname()
		c.InstanceID = fmt.Sprintf("%s-%d", cmpStr(host, "vigil"), os.Getpid())
	}
	if c.Liveness == 0 {
		c.Liveness = DefaultLiveness
	}
	return c
}

// Stage2Group is the consumer group of stage two on the partials topic.
func Stage2Group(group string) string { return group + ".stage2" }

// DispatchGroup is the consumer group on the alerts topic: its one
// partition's owner dispatches the cluster's alerts.
func DispatchGroup(group string) string { return group + ".dispatch" }

// ValidateAt checks the section; at is its key path ("cluster").
func (c Config) ValidateAt(at string) []error {
	var errs []error
	switch c.Mode {
	case "", ModeSingle, ModeKafka:
	default:
		errs = append(errs, cfgerr.Fieldf(at+".mode", "want single or kafka, got %q", c.Mode))
	}
	topics := []struct{ key, v string }{{"partials_topic", c.PartialsTopic}, {"progress_topic", c.ProgressTopic}, {"state_topic", c.StateTopic}, {"alerts_topic", c.AlertsTopic}}
	seen := map[string]string{}
	for _, t := range topics {
		if t.v == "" {
			continue
		}
		if err := checkTopic(t.v); err != nil {
			errs = append(errs, cfgerr.Fieldf(at+"."+t.key, "%v", err))
		}
		if other, dup := seen[t.v]; dup {
			errs = append(errs, cfgerr.Fieldf(at+"."+t.key, "must differ from %s.%s, both are %q", at, other, t.v))
		}
		seen[t.v] = t.key
	}
	if strings.ContainsAny(c.InstanceID, "/\x00") {
		errs = append(errs, cfgerr.Fieldf(at+".instance_id", "must not contain '/' or NUL, got %q", c.InstanceID))
	}
	if c.Liveness < 0 {
		errs = append(errs, cfgerr.Fieldf(at+".liveness", "must not be negative, got %s", c.Liveness))
	} else if c.Liveness > 0 && c.Liveness < 2*HeartbeatEvery {
		errs = append(errs, cfgerr.Fieldf(at+".liveness", "must be at least %s (two watermark records), got %s", 2*HeartbeatEvery, c.Liveness))
	}
	return errs
}

// checkTopic applies Kafka's rules for topic names.
func checkTopic(t string) error {
	if len(t) > 249 {
		return fmt.Errorf("topic name longer than 249 characters: %q", t[:20]+"…")
	}
	if t == "." || t == ".." {
		return fmt.Errorf("topic name %q is not allowed", t)
	}
	for _, r := range t {
		ok := r == '.' || r == '_' || r == '-' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9')
		if !ok {
			return errors.New("topic name " + fmt.Sprintf("%q", t) + " may hold only letters, digits, '.', '_' and '-'")
		}
	}
	return nil
}

func cmpStr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
