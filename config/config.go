package config

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/vigilops/vigil/event"
)

// Config is vigil.yaml.
type Config struct {
	// Pipeline tunes the stages between source and sinks.
	Pipeline Pipeline `yaml:"pipeline"`
	// Fields maps ECS paths to the paths in logs written with another schema.
	Fields event.Mapping `yaml:"fields"`
	// Log configures vigil's own log output.
	Log Log `yaml:"log"`
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
	if c.Pipeline.AllowedLateness < 0 {
		errs = append(errs, Fieldf("pipeline.allowed_lateness", "must not be negative, got %s", c.Pipeline.AllowedLateness))
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
	return &c, nil
}

// Load reads and parses a config file; an empty path gives the defaults.
func Load(path string) (*Config, error) {
	if path == "" {
		c := Default()
		return &c, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(path, data, nil)
}
