package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/pipeline"
)

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		var state string
		cmd := &cobra.Command{
			Use:   "backfill [-c vigil.yaml] --state FILE HISTORY.ndjson...",
			Short: "Learn baselines and windows from historical logs before going live",
			Long: `backfill runs historical NDJSON logs ("-" for stdin) through redaction and the
rules in event time, notifying nobody, and writes the learnt state (windows,
detector baselines, seen values, alert states) to the state file that
` + "`vigil run`" + ` restores at start (pipeline.state_file), so day one is not blind.
Give it the most recent history, ending close to now.`,
			Args: cobra.MinimumNArgs(1),
			RunE: func(cmd *cobra.Command, files []string) error {
				return g.backfill(cmd.Context(), files, state)
			},
		}
		cmd.Flags().StringVar(&state, "state", "", "state file to write (default: the config's pipeline.state_file)")
		return cmd
	})
}

// discard is the receiver of a backfill: alerts about the past are counted,
// not sent.
type discard struct{ n int }

func (d *discard) Name() string { return "discard" }
func (d *discard) Notify(_ context.Context, as []alert.Alert) (bool, error) {
	d.n += len(as)
	return false, nil
}

func (g *globals) backfill(ctx context.Context, files []string, state string) error {
	cfg, err := g.loadConfig()
	if err != nil {
		return err
	}
	if state == "" {
		state = cfg.Pipeline.StateFile
	}
	if state == "" {
		return &exitCodeError{code: exitUsage, err: fmt.Errorf("give --state FILE or set pipeline.state_file")}
	}
	cfg.Alerting.Receivers = nil
	sink := &discard{}
	route := &alerting.Route{Receiver: "discard", GroupBy: []string{"..."}, GroupWait: durationPtr(0), GroupInterval: durationPtr(0)}
	st, err := g.newStack(cfg, map[string]alerting.Notifier{"discard": sink}, route, alerting.SyncDelivery())
	if err != nil {
		return err
	}
	src := pipeline.NewFileSource(files, g.stdin)
	defer src.Close()
	p, err := pipeline.New(pipeline.Config{Workers: 1, Mapping: cfg.Fields, Lateness: cfg.Pipeline.AllowedLateness, Log: st.log},
		pipeline.Stages{Source: src, Redact: st.red, Eval: st.eval, Alerts: st.disp})
	if err != nil {
		return err
	}
	start := time.Now()
	if err := p.Run(ctx); err != nil {
		return err
	}
	if err := closeWithin(30*time.Second, st.disp.Close); err != nil {
		return err
	}
	if err := st.saveState(state, false, nil); err != nil {
		return err
	}
	s := p.Stats()
	fmt.Fprintf(g.stderr, "vigil backfill: %d events up to %s learnt in %s (%d alert transitions in the history, not sent); state in %s\n",
		s.Decoded, s.Watermark.Format(time.RFC3339), time.Since(start).Round(time.Millisecond), s.Alerts, state)
	return nil
}
