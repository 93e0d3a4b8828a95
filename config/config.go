package config

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/detectors"
	"github.com/vigilops/vigil/detectors/cadence"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/cluster"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/pipeline/redact"
	"github.com/vigilops/vigil/server"
	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/kibana"
)

// Config is vigil.yaml.
type Config struct {
	// Pipeline tunes the stages between source and sinks.
	Pipeline Pipeline `yaml:"pipeline"`
	// Fields maps ECS paths to the paths in logs written with another schema.
	Fields event.Mapping `yaml:"fields"`
	// Log configures vigil's own log output.
	Log Log `yaml:"log"`
	// Kafka is the source and the dead-letter topic (run mode).
	Kafka kafka.Config `yaml:"kafka"`
	// Cluster says how several vigil run processes share the evaluation:
	// single (each judges what it reads) or kafka (two stages over Kafka
	// topics, each series on exactly one process; pipeline/cluster).
	Cluster cluster.Config `yaml:"cluster"`
	// Elasticsearch is the index (run mode, or demo with --es-url).
	Elasticsearch elasticsearch.Config `yaml:"elasticsearch"`
	// Redact says what PII is removed and how; its field rules come before
	// the built-in ones, which always apply to the paths they do not name.
	Redact redact.Config `yaml:"redact"`
	// Rules says where the rules are.
	Rules Rules `yaml:"rules"`
	// Detectors configures the presets detector rules name.
	Detectors Detectors `yaml:"detectors"`
	// Jobs configures the alerts on scheduled jobs' learned cadences.
	Jobs Jobs `yaml:"jobs"`
	// Deploys configures the deploy-regression alerts: each deploy marker
	// opens a watch comparing the service after the deploy with before.
	Deploys Deploys `yaml:"deploys"`
	// Alerting routes, groups, silences and delivers alerts.
	Alerting alerting.Config `yaml:"alerting"`
	// Server is the HTTP API, its probes and metrics, and the bounds of
	// vigil's watch on itself (vigil run and vigil demo).
	Server server.Config `yaml:"server"`
	// Kibana is where vigil setup creates the data views the alerts' links
	// open and imports the overview dashboard (sinks/kibana).
	Kibana kibana.Config `yaml:"kibana"`
}

// Detectors configures the detector presets. Under a built-in preset's
// name an entry changes that preset; under a new name it defines a preset
// from base (a built-in preset). Only the keys given change the base.
//
//	detectors:
//	  presets:
//	    error_ratio: {min_volume: 50}
//	    checkout_latency: {base: sync_delay, enter_z: 4, utc_offset_minutes: 480}
type Detectors struct {
	Presets map[string]detectors.PresetOverride `yaml:"presets"`
}

// ResolvedPresets returns the presets rules can name (Validate has
// checked them).
func (c *Config) ResolvedPresets() detectors.Presets {
	p, err := detectors.ResolvePresets(c.Detectors.Presets)
	if err != nil {
		return nil
	}
	return p
}

// Jobs configures the job watcher: every job seen with job.name and
// job.status has its schedule learned from its runs and raises job-overdue,
// job-failing and job-slow alerts; no job names are needed.
//
//	jobs:
//	  severity: P1
//	  declared:
//	    - {name: ledger-close, cron: "30 2 * * *", timezone: Asia/Singapore, grace: 15m}
type Jobs struct {
	// Enabled turns the job alerts on (default true).
	Enabled bool `yaml:"enabled"`
	// Severity of the job alerts (default P2).
	Severity string `yaml:"severity"`
	// FailAfter is how many failed runs in a row raise job-failing
	// (default 3).
	FailAfter int `yaml:"fail_after"`
	// Declared schedules override learning for their jobs, and are judged
	// from the start, runs seen or not.
	Declared []DeclaredJob `yaml:"declared"`
}

// Deploys configures the deploy watcher: every deploy marker (an event
// with event.action "deploy", service.name and service.version) opens a
// watch on its service; every 5 minutes from min_after until watch, the
// events since the deploy are compared with the 2 hours before it (and the
// same hours a day earlier), and a degraded comparison raises a
// deploy-regression alert.
//
//	deploys:
//	  severity: P1
//	  watch: 60m
//	  min_after: 5m
type Deploys struct {
	// Enabled turns the deploy alerts on (default true).
	Enabled bool `yaml:"enabled"`
	// Severity of the deploy-regression alerts (default P1).
	Severity string `yaml:"severity"`
	// Watch is how long after a deploy it is judged (default 60m, at
	// most 6h).
	Watch time.Duration `yaml:"watch"`
	// MinAfter is how much of the stream after the deploy the first
	// comparison waits for (default 10m).
	MinAfter time.Duration `yaml:"min_after"`
	// MaxServices caps the services whose history is kept (default 500).
	MaxServices int `yaml:"max_services"`
}

// DeclaredJob is a job's declared schedule.
type DeclaredJob struct {
	// Name is the job's job.name.
	Name string `yaml:"name"`
	// Cron is a 5-field cron expression (minute hour day-of-month month
	// day-of-week) or a descriptor: @hourly, @daily, @weekly, @monthly,
	// @yearly, @every 10m.
	Cron string `yaml:"cron"`
	// Timezone is the IANA time zone the cron is evaluated in (default UTC).
	Timezone string `yaml:"timezone"`
	// Grace is how late a run may start (default 5m).
	Grace time.Duration `yaml:"grace"`
}

// Rules locates the rule files.
type Rules struct {
	// Dir is a directory of rule files (*.yaml, recursively), reloaded on
	// a file change and on SIGHUP; a bad file is refused and the running
	// rules stay. Empty means the built-in generic pack
	// (rules/builtin/pack).
	Dir string `yaml:"dir"`
	// MaxGroupsPerRule caps the series one rule tracks (default 1000).
	MaxGroupsPerRule int `yaml:"max_groups_per_rule"`
	// MaxSamples is how many matching events an alert carries (default 5).
	MaxSamples int `yaml:"max_samples"`
}

// Pipeline configures the stages.
type Pipeline struct {
	// Workers decode, redact and index in parallel (default: one per core).
	Workers int `yaml:"workers"`
	// QueueSize bounds each channel between stages (default 1024).
	QueueSize int `yaml:"queue_size"`
	// AllowedLateness is how far behind the newest event time an event may
	// arrive and still be counted (default 30s).
	AllowedLateness time.Duration `yaml:"allowed_lateness"`
	// DataDir holds local index files, the local dead-letter file and
	// checkpoints in embedded mode (default ./data).
	DataDir string `yaml:"data_dir"`
	// StateFile keeps the rules' windows, detector baselines and alert
	// states, and what each receiver was told, across restarts ("": none).
	// `vigil backfill` writes it from history.
	StateFile string `yaml:"state_file"`
	// StateEvery is how often the state is checkpointed, with the Kafka
	// offsets it covers, while running (default 1m); it is also saved at
	// shutdown. With a state file, offsets are committed only as far as the
	// last checkpoint covers.
	StateEvery time.Duration `yaml:"state_every"`
	// SelfAlertAfter is how long vigil may be unable to read its source
	// (cut off or behind) or to write to the index before it raises its own
	// alert, vigil-source-unavailable or vigil-index-unavailable
	// (default 1m).
	SelfAlertAfter time.Duration `yaml:"self_alert_after"`
}

// Log configures vigil's own logs.
type Log struct {
	Level  string `yaml:"level"`  // debug, info, warn, error (default info)
	Format string `yaml:"format"` // json or console (default console on a terminal)
}

// Default returns the built-in configuration.
func Default() Config {
	return Config{
		Pipeline: Pipeline{QueueSize: 1024, AllowedLateness: 30 * time.Second, DataDir: "data"},
		Log:      Log{Level: "info"},
		Jobs:     Jobs{Enabled: true, Severity: "P2", FailAfter: 2},
		Deploys:  Deploys{Enabled: true, Severity: "P1", Watch: time.Hour, MinAfter: 5 * time.Minute, MaxServices: 500},
		Server:   server.Config{Listen: server.DefaultListen},
		Kibana:   kibana.Config{Dashboard: true},
		// The alert history is on: a team reviews its alerts in Kibana.
		Alerting: alerting.Config{History: alerting.HistoryConfig{Enabled: true}},
		// Redact stays empty here: the default field rules are appended to
		// the user's (redact.Config.WithDefaults) when the redactor is built.
	}
}

// Validate checks values the types cannot.
func (c *Config) Validate() error {
	var errs []error
	if c.Pipeline.Workers < 0 {
		errs = append(errs, Fieldf("pipeline.workers", "must be 0 (one per core) or more, got %d", c.Pipeline.Workers))
	}
	if c.Pipeline.QueueSize < 0 {
		errs = append(errs, Fieldf("pipeline.queue_size", "must not be negative, got %d", c.Pipeline.QueueSize))
	}
	if c.Pipeline.StateEvery < 0 {
		errs = append(errs, Fieldf("pipeline.state_every", "must not be negative, got %s", c.Pipeline.StateEvery))
	}
	if c.Pipeline.SelfAlertAfter < 0 {
		errs = append(errs, Fieldf("pipeline.self_alert_after", "must not be negative, got %s", c.Pipeline.SelfAlertAfter))
	}
	if c.Pipeline.AllowedLateness < 0 {
		errs = append(errs, Fieldf("pipeline.allowed_lateness", "must not be negative, got %s", c.Pipeline.AllowedLateness))
	}
	if c.Kafka.MaxSkew > 0 && c.Pipeline.AllowedLateness > 0 && c.Kafka.MaxSkew >= c.Pipeline.AllowedLateness {
		errs = append(errs, Fieldf("kafka.max_skew", "must be shorter than pipeline.allowed_lateness (%s), or partitions consumed at different paces make each other's events late; got %s",
			c.Pipeline.AllowedLateness, c.Kafka.MaxSkew))
	}
	switch c.Log.Level {
	case "", "debug", "info", "warn", "error":
	default:
		errs = append(errs, Fieldf("log.level", "want debug, info, warn or error, got %q", c.Log.Level))
	}
	switch c.Log.Format {
	case "", "json", "console":
	default:
		errs = append(errs, Fieldf("log.format", "want json or console, got %q", c.Log.Format))
	}
	if err := c.Elasticsearch.CheckMaxBytesInFlight(); err != nil {
		errs = append(errs, Fieldf("elasticsearch.max_bytes_in_flight", "%v", err))
	}
	if c.Rules.MaxGroupsPerRule < 0 {
		errs = append(errs, Fieldf("rules.max_groups_per_rule", "must not be negative, got %d", c.Rules.MaxGroupsPerRule))
	}
	for name, o := range c.Detectors.Presets {
		if _, err := detectors.ResolvePreset(name, o); err != nil {
			errs = append(errs, Fieldf("detectors.presets."+name, "%v", strings.TrimPrefix(err.Error(), "detectors: ")))
		}
	}
	errs = append(errs, c.Cluster.ValidateAt("cluster")...)
	errs = append(errs, c.Jobs.validate("jobs")...)
	errs = append(errs, c.Deploys.validate("deploys")...)
	if err := c.Alerting.ValidateAt("alerting"); err != nil {
		errs = append(errs, err)
	}
	errs = append(errs, c.Server.ValidateAt("server")...)
	errs = append(errs, c.Kibana.ValidateAt("kibana")...)
	if id, links := c.Kibana.DataView.ID, c.Alerting.DataView; id != "" && links != "" && id != links {
		errs = append(errs, Fieldf("kibana.data_view.id", "must be alerting.data_view (%q), the data view the alerts' links open, or be left out; got %q", links, id))
	}
	for ecs, src := range c.Fields {
		if ecs == "" || src == "" {
			errs = append(errs, Fieldf("fields", "mapping %q: %q has an empty side", ecs, src))
		}
	}
	return errors.Join(errs...)
}

// Parse decodes YAML over the defaults; file names the source in errors.
func Parse(file string, data []byte, lookupEnv func(string) (string, bool)) (*Config, error) {
	c := Default()
	if err := Decode(file, data, &c, lookupEnv); err != nil {
		return nil, err
	}
	c.alignSkew()
	return &c, nil
}

// alignSkew derives kafka.max_skew, when not set, from the allowed
// lateness: partitions consumed at different paces (a backlog, a restart)
// stay within half of it of each other in event time, so none makes the
// others' events late.
func (c *Config) alignSkew() {
	if c.Kafka.MaxSkew == 0 {
		c.Kafka.MaxSkew = max(time.Second, c.Pipeline.AllowedLateness/2)
	}
}

// Load reads and parses a config file; an empty path gives the defaults.
func Load(path string) (*Config, error) {
	if path == "" {
		c := Default()
		c.alignSkew()
		return &c, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(path, data, nil)
}

// validate checks the jobs section; at is its key path.
func (j *Jobs) validate(at string) []error {
	var errs []error
	if _, err := alert.ParseSeverity(j.Severity); err != nil {
		errs = append(errs, Fieldf(at+".severity", "want P0, P1, P2 or P3, got %q", j.Severity))
	}
	if j.FailAfter < 1 {
		errs = append(errs, Fieldf(at+".fail_after", "must be at least 1, got %d", j.FailAfter))
	}
	scratch, err := cadence.New(cadence.Config{})
	if err != nil {
		return append(errs, err)
	}
	seen := map[string]int{}
	for i, d := range j.Declared {
		key := fmt.Sprintf("%s.declared.%d", at, i)
		if strings.TrimSpace(d.Name) == "" {
			errs = append(errs, Fieldf(key+".name", "must not be empty"))
			continue
		}
		if first, dup := seen[d.Name]; dup {
			errs = append(errs, Fieldf(key+".name", "job %q is already declared at %s.declared.%d", d.Name, at, first))
			continue
		}
		seen[d.Name] = i
		var loc *time.Location
		if d.Timezone != "" {
			l, err := time.LoadLocation(d.Timezone)
			if err != nil {
				errs = append(errs, Fieldf(key+".timezone", "unknown time zone %q (want an IANA name such as Europe/Berlin)", d.Timezone))
				continue
			}
			loc = l
		}
		if d.Grace < 0 {
			errs = append(errs, Fieldf(key+".grace", "must not be negative, got %s", d.Grace))
			continue
		}
		if strings.TrimSpace(d.Cron) == "" {
			errs = append(errs, Fieldf(key+".cron", "must not be empty (5 fields, or @hourly, @daily, @every 10m…)"))
			continue
		}
		if err := scratch.Declare(d.Name, d.Cron, loc, d.Grace); err != nil {
			msg := err.Error()
			if i := strings.Index(msg, ": cron "); i >= 0 {
				msg = msg[i+2:]
			}
			errs = append(errs, Fieldf(key+".cron", "%s", msg))
		}
	}
	return errs
}

// validate checks the deploys section; at is its key path.
func (d *Deploys) validate(at string) []error {
	var errs []error
	if _, err := alert.ParseSeverity(d.Severity); err != nil {
		errs = append(errs, Fieldf(at+".severity", "want P0, P1, P2 or P3, got %q", d.Severity))
	}
	watchOK := true
	switch {
	case d.Watch <= 0:
		errs = append(errs, Fieldf(at+".watch", "must be positive, got %s", d.Watch))
		watchOK = false
	case d.Watch > 6*time.Hour:
		errs = append(errs, Fieldf(at+".watch", "must be at most 6h, got %s", d.Watch))
		watchOK = false
	}
	switch {
	case d.MinAfter < time.Minute:
		errs = append(errs, Fieldf(at+".min_after", "must be at least 1m, got %s", d.MinAfter))
	case watchOK && d.MinAfter > d.Watch:
		errs = append(errs, Fieldf(at+".min_after", "must not be longer than watch (%s), got %s", d.Watch, d.MinAfter))
	}
	if d.MaxServices < 1 {
		errs = append(errs, Fieldf(at+".max_services", "must be at least 1, got %d", d.MaxServices))
	}
	return errs
}
