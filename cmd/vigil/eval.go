package main

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/evaluate"
)

// evalFlags are eval's command line.
type evalFlags struct {
	incidents string
	json      bool
	state     string
	opt       evaluate.Options

	minRecall, minPrecision float64
	maxMedianTTD            time.Duration
	maxTrapAlerts           int
}

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		f := evalFlags{opt: evaluate.DefaultOptions()}
		cmd := &cobra.Command{
			Use:   "eval [-c vigil.yaml] --incidents FILE [--json] [thresholds] LOGS...",
			Short: "Replay logs and score the alerts against labelled incidents and quiet periods",
			Long: `eval replays log files ("-" for stdin) exactly as vigil replay does, with the
ground truth's silences added to the config's, and scores the alerts raised
against the truth's incidents and quiet periods: recall, precision, time to
detect per incident, false groups per rule, trap alerts. The report goes to
stdout as a table, or JSON with --json; the replay summary to stderr.

The ground-truth file (strict YAML: an unknown key is an error):

  incidents:                 # what should be detected
    - id: deploy-regression-oms-core
      start: 2026-03-03T14:00:00Z
      end: 2026-03-03T14:30:00Z
      labels: {service.name: oms-core}   # every alert about it carries these
      description: "..."
  quiet:                     # traps: periods that must stay silent
    - id: flash-sale
      start: 2026-03-04T12:00:00Z
      end: 2026-03-04T14:00:00Z
      labels: {}             # {} = any alert; else alerts carrying these
  silences:                  # operator silences, as alerting.silences in vigil.yaml
    - matchers: ["service.name=wms-bridge"]
      starts_at: 2026-03-05T01:00:00Z
      ends_at: 2026-03-05T03:00:00Z
      comment: "..."

Definitions:
  episode     one firing of an alert series (a fingerprint), starting at the
              starts_at of its firing notification; repeats count once, and
              alerts never notified (silenced, inhibited) are none
  match       an episode matches an incident when it starts within
              [start - early tolerance, end + late tolerance] and its labels
              include the incident's labels
  TTD         time to detect: the first matching episode's start minus the
              incident's start, at least 0; the median is over detected
              incidents (mean of the middle two for an even count)
  recall      detected incidents / incidents (1 with no incidents)
  true group  all the episodes matching one incident: one per detected incident
  false group episodes matching no incident are false, even in a quiet period;
              those of one subject (label service.name, else job.name, else
              the rule) starting less than --false-group-gap apart form one
              false group
  precision   true groups / (true groups + false groups) (1 with no groups)
  per rule    false groups per rule: the false groups a rule has an episode in
  trap alert  a false episode starting inside a quiet period [start, end]
              whose labels include the quiet period's labels

Exit status: 0 when every threshold given is met, 1 when one is not (or the
replay failed), 2 on a usage error (flags, config or ground-truth file).
A threshold not given is not checked; --max-median-ttd fails when incidents
exist and none was detected.`,
			Example: `  vigil eval --incidents truth.yaml logs/*.ndjson
  vigil eval -c vigil.yaml --incidents truth.yaml --min-recall 1.0 --min-precision 0.95 \
      --max-median-ttd 2m --max-trap-alerts 0 --json logs/day1.ndjson`,
			Args: cobra.MinimumNArgs(1),
			RunE: func(cmd *cobra.Command, files []string) error {
				th, err := f.thresholds(cmd)
				if err != nil {
					return &exitCodeError{code: exitUsage, err: err}
				}
				return g.eval(cmd.Context(), files, &f, th)
			},
		}
		fl := cmd.Flags()
		fl.StringVar(&f.incidents, "incidents", "", "ground-truth file: incidents, quiet periods and silences (required)")
		fl.BoolVar(&f.json, "json", false, "write the report as JSON")
		fl.StringVar(&f.state, "state", "", "start from this state file (from vigil backfill or a run); it is not written")
		fl.DurationVar(&f.opt.EarlyTolerance, "early-tolerance", f.opt.EarlyTolerance, "an alert may start this long before an incident's start and still match it")
		fl.DurationVar(&f.opt.LateTolerance, "late-tolerance", f.opt.LateTolerance, "an alert may start this long after an incident's end and still match it")
		fl.DurationVar(&f.opt.FalseGroupGap, "false-group-gap", f.opt.FalseGroupGap, "false alerts of one subject starting less than this apart are one false group")
		fl.Float64Var(&f.minRecall, "min-recall", 0, "fail (exit 1) when recall is below this (0..1)")
		fl.Float64Var(&f.minPrecision, "min-precision", 0, "fail (exit 1) when precision is below this (0..1)")
		fl.DurationVar(&f.maxMedianTTD, "max-median-ttd", 0, "fail (exit 1) when the median time to detect is above this")
		fl.IntVar(&f.maxTrapAlerts, "max-trap-alerts", 0, "fail (exit 1) when more alerts than this fire in quiet periods")
		return cmd
	})
}

// thresholds returns the thresholds given on the command line (an unset
// flag is not checked) and checks the flags' ranges.
func (f *evalFlags) thresholds(cmd *cobra.Command) (evaluate.Thresholds, error) {
	var th evaluate.Thresholds
	var errs []error
	if f.incidents == "" {
		errs = append(errs, errors.New("eval: --incidents FILE is required"))
	}
	changed := cmd.Flags().Changed
	if changed("min-recall") {
		if f.minRecall < 0 || f.minRecall > 1 {
			errs = append(errs, fmt.Errorf("eval: --min-recall %g: want a number from 0 to 1", f.minRecall))
		}
		th.MinRecall = &f.minRecall
	}
	if changed("min-precision") {
		if f.minPrecision < 0 || f.minPrecision > 1 {
			errs = append(errs, fmt.Errorf("eval: --min-precision %g: want a number from 0 to 1", f.minPrecision))
		}
		th.MinPrecision = &f.minPrecision
	}
	if changed("max-median-ttd") {
		if f.maxMedianTTD < 0 {
			errs = append(errs, fmt.Errorf("eval: --max-median-ttd %s: must not be negative", f.maxMedianTTD))
		}
		th.MaxMedianTTD = &f.maxMedianTTD
	}
	if changed("max-trap-alerts") {
		if f.maxTrapAlerts < 0 {
			errs = append(errs, fmt.Errorf("eval: --max-trap-alerts %d: must not be negative", f.maxTrapAlerts))
		}
		th.MaxTrapAlerts = &f.maxTrapAlerts
	}
	for name, d := range map[string]time.Duration{"early-tolerance": f.opt.EarlyTolerance, "late-tolerance": f.opt.LateTolerance, "false-group-gap": f.opt.FalseGroupGap} {
		if d < 0 {
			errs = append(errs, fmt.Errorf("eval: --%s %s: must not be negative", name, d))
		}
	}
	return th, errors.Join(errs...)
}

func (g *globals) eval(ctx context.Context, files []string, f *evalFlags, th evaluate.Thresholds) error {
	truth, err := readTruth(f.incidents)
	if err != nil {
		return &exitCodeError{code: exitUsage, err: err}
	}
	cfg, err := g.loadConfig()
	if err != nil {
		return err
	}
	// The operator's silences of the time, on top of the configured ones.
	cfg.Alerting.Silences = append(slices.Clone(cfg.Alerting.Silences), truth.Silences...)
	col := &collector{name: "vigil-eval"}
	if err := g.replayTo(ctx, cfg, col, files, replayOptions{state: f.state}); err != nil {
		return err
	}
	rep := evaluate.Score(col.alerts(), truth, f.opt)
	pass := rep.Check(th)
	if f.json {
		err = rep.WriteJSON(g.stdout)
	} else {
		err = rep.WriteTable(g.stdout)
	}
	if err != nil {
		return fmt.Errorf("eval: writing the report: %w", err)
	}
	if !pass {
		return &exitCodeError{code: exitError, err: fmt.Errorf("eval: below thresholds: %s", strings.Join(rep.Failures(), "; "))}
	}
	return nil
}

func readTruth(path string) (*evaluate.Truth, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer fh.Close()
	return evaluate.ReadTruth(path, fh)
}

// collector is the receiver eval replays into: it keeps every notification's
// alerts, in the order they were delivered.
type collector struct {
	name string
	mu   sync.Mutex
	all  []alert.Alert
}

func (c *collector) Name() string { return c.name }

func (c *collector) Notify(ctx context.Context, alerts []alert.Alert) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, a := range alerts {
		a.Labels = maps.Clone(a.Labels)
		c.all = append(c.all, a)
	}
	return false, nil
}

func (c *collector) alerts() []alert.Alert {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.all)
}
