package main

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/vigilops/vigil/evaluate"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/sim"
	"github.com/vigilops/vigil/sim/atlas"
	"github.com/vigilops/vigil/sim/harbor"
)

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		var brokers, topic, out, world, truth string
		var speed, rate float64
		var seed int64
		var dur time.Duration
		cmd := &cobra.Command{
			Use:   "simulate",
			Short: "Produce a simulated store's logs into Kafka, or write them as NDJSON",
			Long: `simulate plays the demo's simulated store: into a Kafka topic (--brokers), paced
at --speed, or, with --out, as NDJSON lines as fast as they are made (used to
generate test data).`,
			Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				if world == "atlas" || world == "harbor" {
					return g.simulateWorld(world, out, truth, seed, rate, dur)
				}
				if world != "demo" {
					return &exitCodeError{code: exitUsage, err: fmt.Errorf("--world: %q is not demo, atlas or harbor", world)}
				}
				cfg := sim.DefaultConfig()
				cfg.Seed, cfg.Rate = seed, rate
				if dur > 0 {
					cfg.Duration = dur
				}
				if out != "" {
					if out != "-" {
						return &exitCodeError{code: exitUsage, err: fmt.Errorf("--out takes only - (stdout)")}
					}
					st, err := sim.WriteNDJSON(g.stdout, cfg)
					fmt.Fprintf(g.stderr, "vigil simulate: %+v\n", st)
					if err != nil || truth == "" {
						return err
					}
					return writeDemoTruth(truth, sim.New(cfg).Incidents())
				}
				if brokers == "" {
					return &exitCodeError{code: exitUsage, err: fmt.Errorf("give --brokers, or --out -")}
				}
				if dur == 0 {
					cfg.Duration = 365 * 24 * time.Hour
				}
				cfg.Start = time.Now().UTC().Truncate(time.Minute)
				log := newLogger(g.stderr, g.logLevel, g.logFormat, nil)
				kc := kafka.Config{Brokers: strings.Split(brokers, ",")}
				w, err := kafka.NewWriter(kc, topic, log)
				if err != nil {
					return err
				}
				store := sim.New(cfg)
				return produce(cmd.Context(), store, w, sim.NewPacer(cfg.Start, speed, nil, nil), nil)
			},
		}
		fl := cmd.Flags()
		fl.StringVar(&brokers, "brokers", "", "Kafka bootstrap brokers, comma-separated")
		fl.StringVar(&topic, "topic", "logs", "topic to produce into")
		fl.StringVar(&out, "out", "", "write NDJSON to stdout (-) instead of Kafka")
		fl.Float64Var(&speed, "speed", 1, "simulated seconds per wall second")
		fl.Float64Var(&rate, "rate", sim.DefaultRate, "simulated events per second at the daily peak")
		fl.Int64Var(&seed, "seed", 1, "simulation seed")
		fl.DurationVar(&dur, "sim-duration", 0, "simulated span (default: a day for --out, unbounded for Kafka; atlas, harbor: 60h)")
		fl.StringVar(&world, "world", "demo", "which store: demo, atlas or harbor (other stores with labelled incidents, --out only)")
		fl.StringVar(&truth, "truth", "", "with --out: write the world's labelled incidents (and atlas's and harbor's quiet periods and silences) for vigil eval --incidents to this file")
		return cmd
	})
}

// simulateWorld writes the stream of a store with a labelled ground truth
// (atlas or harbor) to stdout, and its ground truth to a file. --seed,
// --rate and --sim-duration change the world's defaults when given.
func (g *globals) simulateWorld(world, out, truth string, seed int64, rate float64, dur time.Duration) error {
	if out != "-" {
		return &exitCodeError{code: exitUsage, err: fmt.Errorf("--world %s writes NDJSON only: give --out -", world)}
	}
	var t interface{ WriteYAML(io.Writer) error }
	switch world {
	case "atlas":
		cfg := atlas.DefaultConfig()
		cfg.Seed, cfg.Rate, cfg.Duration = given(seed, 1, cfg.Seed), given(rate, sim.DefaultRate, cfg.Rate), given(dur, 0, cfg.Duration)
		at, err := atlas.Generate(cfg, g.stdout)
		if err != nil {
			return err
		}
		t = &at
	default:
		cfg := harbor.DefaultConfig()
		cfg.Seed, cfg.Rate, cfg.Duration = given(seed, 1, cfg.Seed), given(rate, sim.DefaultRate, cfg.Rate), given(dur, 0, cfg.Duration)
		ht, err := harbor.Generate(cfg, g.stdout)
		if err != nil {
			return err
		}
		t = ht
	}
	if truth == "" {
		return nil
	}
	f, err := os.Create(truth)
	if err != nil {
		return err
	}
	if err := t.WriteYAML(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// given is flag value v, or def when v is the flag's default unset.
func given[T comparable](v, unset, def T) T {
	if v == unset {
		return def
	}
	return v
}

// writeDemoTruth writes the demo store's scripted incidents as a vigil eval
// ground truth: each incident is about its service (and the labels that
// narrow it); a job that stops is about the job.
func writeDemoTruth(path string, incidents []sim.Incident) error {
	t := evaluate.Truth{}
	for _, in := range incidents {
		labels := map[string]string{"service.name": in.Service}
		if m := jobMatch.FindStringSubmatch(in.Signal.Match); in.Signal.Kind == sim.SignalAbsence && m != nil {
			labels = map[string]string{"job.name": m[1]}
		}
		for k, v := range in.Labels {
			labels[k] = v
		}
		t.Incidents = append(t.Incidents, evaluate.Period{ID: in.Name, Start: in.Start, End: in.End, Labels: labels, Description: in.Description})
	}
	b, err := yaml.Marshal(t)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

var jobMatch = regexp.MustCompile(`job\.name == "([^"]+)"`)
