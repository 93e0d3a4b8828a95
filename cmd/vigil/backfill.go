package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config"
	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/sinks/elasticsearch"
)

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		var state string
		var es esHistoryFlags
		cmd := &cobra.Command{
			Use:   "backfill [-c vigil.yaml] --state FILE (HISTORY.ndjson... | --es [--since 7d] [--query Q])",
			Short: "Learn baselines and windows from historical logs before going live",
			Long: `backfill runs historical logs through redaction and the rules in event time,
notifying nobody, and writes the learnt state (windows, detector baselines,
seen values, alert states) to the state file that ` + "`vigil run`" + ` restores at
start (pipeline.state_file), so day one is not blind.

The history is NDJSON files ("-" for stdin), or, with --es, the logs vigil
has already indexed in Elasticsearch (the config's elasticsearch section, or
--es-url): every document of --index whose @timestamp lies in [--from, --to)
(default: the last --since, 7d, up to now), narrowed by --query in Lucene
query_string syntax, read in event-time order over a point in time.
Give it the most recent history, ending close to now.`,
			RunE: func(cmd *cobra.Command, files []string) error {
				if es.use == (len(files) > 0) {
					return &exitCodeError{code: exitUsage, err: fmt.Errorf("give history files or --es, not both and not neither")}
				}
				return g.backfill(cmd.Context(), files, &es, state)
			},
		}
		cmd.Flags().StringVar(&state, "state", "", "state file to write (default: the config's pipeline.state_file)")
		es.register(cmd)
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

// esHistoryFlags choose the history backfill reads from Elasticsearch.
type esHistoryFlags struct {
	use             bool
	url, index, q   string
	since, from, to string
}

func (f *esHistoryFlags) register(cmd *cobra.Command) {
	f.registerSource(cmd, "read the history from Elasticsearch instead of files")
	fl := cmd.Flags()
	fl.StringVar(&f.since, "since", "7d", "how far back from --to to read (Go duration, or days as 7d)")
	fl.StringVar(&f.from, "from", "", "start of the history, RFC 3339 (overrides --since)")
	fl.StringVar(&f.to, "to", "", "end of the history, RFC 3339, exclusive (default: now)")
}

// registerSource adds the flags that choose the cluster, the indices and
// the query, for commands that derive the time range themselves.
func (f *esHistoryFlags) registerSource(cmd *cobra.Command, use string) {
	fl := cmd.Flags()
	fl.BoolVar(&f.use, "es", false, use)
	fl.StringVar(&f.url, "es-url", "", "Elasticsearch URL (default: the config's elasticsearch.urls)")
	fl.StringVar(&f.index, "index", "", "index pattern (default: the config's index name up to its first placeholder, e.g. logs-*)")
	fl.StringVar(&f.q, "query", "", "narrow the history, Lucene query_string syntax, e.g. 'service.name:order-sync'")
}

// window resolves [from, to) against now.
func (f *esHistoryFlags) window(now time.Time) (from, to time.Time, err error) {
	to = now
	if f.to != "" {
		if to, err = time.Parse(time.RFC3339, f.to); err != nil {
			return from, to, fmt.Errorf("--to: %w", err)
		}
	}
	if f.from != "" {
		if from, err = time.Parse(time.RFC3339, f.from); err != nil {
			return from, to, fmt.Errorf("--from: %w", err)
		}
	} else {
		d, err := parseDays(f.since)
		if err != nil || d <= 0 {
			return from, to, fmt.Errorf("--since %q: want a positive duration such as 36h or 7d", f.since)
		}
		from = to.Add(-d)
	}
	if !from.Before(to) {
		return from, to, fmt.Errorf("the history window is empty: from %s is not before to %s", from.Format(time.RFC3339), to.Format(time.RFC3339))
	}
	return from, to, nil
}

// parseDays is time.ParseDuration that also takes whole days ("7d").
func parseDays(s string) (time.Duration, error) {
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		if err != nil {
			return 0, err
		}
		return time.Duration(days) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

// historySource opens the history backfill reads.
func (g *globals) historySource(cfg *config.Config, files []string, es *esHistoryFlags, log zerolog.Logger) (src pipeline.Source, describe func() string, closeFn func(), err error) {
	if !es.use {
		fs := pipeline.NewFileSource(files, g.stdin)
		return fs, func() string { return strings.Join(files, ", ") }, func() { fs.Close() }, nil
	}
	from, to, err := es.window(time.Now())
	if err != nil {
		return nil, nil, nil, &exitCodeError{code: exitUsage, err: err}
	}
	return es.history(cfg, from, to, es.q, log)
}

// history opens a point-in-time read of the documents in [from, to)
// matching query (Lucene query_string; "" for all).
func (es *esHistoryFlags) history(cfg *config.Config, from, to time.Time, query string, log zerolog.Logger) (src pipeline.Source, describe func() string, closeFn func(), err error) {
	ecfg := cfg.Elasticsearch
	if es.url != "" {
		ecfg.URLs = []string{es.url}
	}
	h, err := elasticsearch.NewHistory(ecfg, elasticsearch.HistoryQuery{Pattern: es.index, From: from, To: to, Query: query}, log)
	if err != nil {
		return nil, nil, nil, err
	}
	describe = func() string {
		s := h.Stats()
		q := h.Query()
		return fmt.Sprintf("Elasticsearch %s [%s, %s): %d documents in %d pages, %d retries",
			q.Pattern, from.Format(time.RFC3339), to.Format(time.RFC3339), s.Docs, s.Pages, s.Retries)
	}
	return h, describe, func() { _ = h.Close(context.Background()) }, nil
}

func (g *globals) backfill(ctx context.Context, files []string, es *esHistoryFlags, state string) error {
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
	src, describe, closeSrc, err := g.historySource(cfg, files, es, st.log)
	if err != nil {
		return err
	}
	defer closeSrc()
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
	fmt.Fprintf(g.stderr, "vigil backfill: %d events up to %s learnt in %s from %s (%d dead letters; %d alert transitions in the history, not sent); state in %s\n",
		s.Decoded, s.Watermark.Format(time.RFC3339), time.Since(start).Round(time.Millisecond), describe(), s.DeadLettered, s.Alerts, state)
	return nil
}
