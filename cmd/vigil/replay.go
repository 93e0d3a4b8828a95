package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config"
	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/sinks/localindex"
	"github.com/vigilops/vigil/sinks/notify/ndjson"
)

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		var dlqPath, indexDir, state string
		cmd := &cobra.Command{
			Use:   "replay [-c vigil.yaml] FILE...",
			Short: "Replay NDJSON logs through redaction, rules, detectors and alerting in event time",
			Long: `replay runs log files ("-" for stdin) through the same stages as the live
pipeline, in event time and in order: alert notifications go to stdout as
NDJSON (one docs/architecture.md §4 alert per line), a summary goes to stderr. The same
input gives the same output, every time.`,
			Args: cobra.MinimumNArgs(1),
			RunE: func(cmd *cobra.Command, files []string) error {
				return g.replay(cmd.Context(), files, dlqPath, indexDir, state)
			},
		}
		cmd.Flags().StringVar(&dlqPath, "dlq", "", "append dead letters (redacted) to this NDJSON file")
		cmd.Flags().StringVar(&indexDir, "index-dir", "", "also write the redacted events to local index files in this directory")
		cmd.Flags().StringVar(&state, "state", "", "start from this state file (from vigil backfill or a run); it is not written")
		return cmd
	})
}

func (g *globals) replay(ctx context.Context, files []string, dlqPath, indexDir, state string) error {
	cfg, err := g.loadConfig()
	if err != nil {
		return err
	}
	return g.replayTo(ctx, cfg, ndjson.New("stdout", g.stdout), files, replayOptions{dlqPath: dlqPath, indexDir: indexDir, state: state})
}

// replayOptions are a replay's optional outputs and starting state.
type replayOptions struct {
	dlqPath  string // append dead letters here
	indexDir string // write local index files here
	state    string // start from this state file
}

// replayTo replays files through the stack cfg builds, in event time, and
// delivers every alert notification to n, in order as the watermark moves;
// the summary goes to stderr. replay and eval share it.
func (g *globals) replayTo(ctx context.Context, cfg *config.Config, n alerting.Notifier, files []string, o replayOptions) error {
	route := &alerting.Route{Receiver: n.Name(), GroupBy: []string{"..."}, GroupWait: durationPtr(0), GroupInterval: durationPtr(0)}
	st, err := g.newStack(cfg, map[string]alerting.Notifier{n.Name(): n}, route, alerting.SyncDelivery())
	if err != nil {
		return err
	}
	if _, _, err := st.loadState(o.state); err != nil {
		return err
	}
	src := pipeline.NewFileSource(files, g.stdin)
	defer src.Close()
	stages := pipeline.Stages{Source: src, Redact: st.red, Eval: st.eval, Alerts: st.disp}
	if o.dlqPath != "" {
		dlq, err := pipeline.OpenFileDLQ(o.dlqPath)
		if err != nil {
			return err
		}
		defer dlq.Close()
		stages.DLQ = dlq
	}
	var idx *localindex.Index
	if o.indexDir != "" {
		if idx, err = localindex.New(o.indexDir, st.log); err != nil {
			return err
		}
		stages.Index = idx
	}
	p, err := pipeline.New(pipeline.Config{
		Workers: 1, Mapping: cfg.Fields, IndexName: indexNamer(cfg.Elasticsearch),
		Lateness: cfg.Pipeline.AllowedLateness, Log: st.log,
	}, stages)
	if err != nil {
		return err
	}
	start := time.Now()
	runErr := p.Run(ctx)
	if idx != nil {
		if err := idx.Close(); err != nil && runErr == nil {
			runErr = err
		}
		p.Wait()
	}
	if err := closeWithin(30*time.Second, st.disp.Close); err != nil && runErr == nil {
		runErr = err
	}
	printSummary(g.stderr, p.Stats(), st, time.Since(start))
	return runErr
}

func printSummary(w io.Writer, s pipeline.Stats, st *stack, took time.Duration) {
	rate := float64(s.Decoded) / took.Seconds()
	fmt.Fprintf(w, "vigil: %d lines, %d events (%.0f/s), %d dead-lettered, %d late, %d early, %d alert transitions, watermark %s\n",
		s.Fetched, s.Decoded, rate, s.DeadLettered, s.Late, st.eval.Early(), s.Alerts, s.Watermark.Format(time.RFC3339))
	if len(s.DeadLetterReasons) > 0 {
		reasons := make([]string, 0, len(s.DeadLetterReasons))
		for r := range s.DeadLetterReasons {
			reasons = append(reasons, r)
		}
		sort.Strings(reasons)
		for _, r := range reasons {
			fmt.Fprintf(w, "  dead letters %-28s %d\n", r, s.DeadLetterReasons[r])
		}
	}
	fmt.Fprintf(w, "  redacted: %s\n", st.red.counts())
	ds := st.disp.Stats()
	fmt.Fprintf(w, "  alerting: %d notifications (%d alerts), %d silenced, %d in maintenance, %d inhibited, %d failed deliveries\n",
		ds.Notifications, ds.AlertsNotified, ds.Silenced, ds.Maintenance, ds.Inhibited, ds.FinalFailures)
}

func durationPtr(d time.Duration) *time.Duration { return &d }
