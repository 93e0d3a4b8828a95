package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config"
	"github.com/vigilops/vigil/sinks/alerthistory"
	"github.com/vigilops/vigil/sinks/notify"
)

// vigil alerts test: a test alert through the configured routing tree and
// the real receivers, without a running vigil.

func (g *globals) alertsTestCommand() *cobra.Command {
	var receiver, severity string
	var routes []string
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "test [--receiver NAME] [--route label=value …] [--severity P0..P3] [-c vigil.yaml]",
		Short: "Send a test alert through the configured routing and receivers, and show what each answered",
		Long: `test sends one clearly marked test alert (rule vigil-test, label test="true",
summary "vigil test alert: ignore it…") through the receivers of the
configuration, built as vigil run builds them: the routing tree picks them
from the alert's labels (--route label=value, repeatable) and severity
(--severity, default P3), or --receiver names one. Silences, maintenance
windows and inhibition do not apply. Each receiver gets up to three tries.

It prints one line per receiver reached: its name, channel type, ok or
failed, the time taken and what the receiver answered (a chat robot's
{"errcode":0,"errmsg":"ok"}; on failure the error with the answer), tokens
masked. With alerting.history on, each delivered test alert is recorded
(kind test): in Elasticsearch when elasticsearch.urls is set, else in the
history file. Exit 0 when every receiver took it, 1 when one failed, 2 for a
usage or configuration error.`,
		Example: `  vigil alerts test -c vigil.yaml
  vigil alerts test -c vigil.yaml --route service.name=checkout --severity P1
  vigil alerts test -c vigil.yaml --receiver oncall-dingtalk`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return g.alertsTest(cmd.Context(), receiver, severity, routes, timeout)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&receiver, "receiver", "", "send to this receiver only, whatever the routing says")
	fl.StringArrayVar(&routes, "route", nil, "a label of the test alert, label=value (repeatable); the routing tree matches on them")
	fl.StringVar(&severity, "severity", "P3", "the test alert's severity: P0, P1, P2 or P3")
	fl.DurationVar(&timeout, "timeout", 2*time.Minute, "give up on the receivers after this long")
	return cmd
}

func alertsTestUsage(err error) error { return &exitCodeError{code: exitUsage, err: err} }

func (g *globals) alertsTest(ctx context.Context, receiver, severity string, routes []string, timeout time.Duration) error {
	sev, err := alert.ParseSeverity(severity)
	if err != nil {
		return alertsTestUsage(fmt.Errorf("--severity: %w", err))
	}
	labels := map[string]string{}
	for _, r := range routes {
		k, v, ok := strings.Cut(r, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" || strings.ContainsAny(k, " \t\"'=!~") {
			return alertsTestUsage(fmt.Errorf("--route %q: want label=value, such as service.name=checkout", r))
		}
		switch k {
		case alerting.TestLabel, "severity", "rule", "kind":
			return alertsTestUsage(fmt.Errorf("--route %q: %s is set by vigil alerts test (use --severity for the severity)", r, k))
		}
		labels[k] = v
	}
	if timeout <= 0 {
		return alertsTestUsage(errors.New("--timeout must be positive"))
	}
	cfg, err := g.loadConfig()
	if err != nil {
		return err
	}
	acfg := cfg.Alerting
	if len(acfg.Receivers) == 0 || acfg.Route.Receiver == "" {
		return alertsTestUsage(errors.New("alerting.receivers: no receivers configured (with a root route.receiver): vigil alerts test sends through the configured ones"))
	}
	built, err := notify.Build(acfg.Receivers, notify.Env{Stdout: g.stdout})
	if err != nil {
		return alertsTestUsage(fmt.Errorf("alerting.%w", err))
	}
	for name, n := range built {
		built[name] = notify.Answering(n)
	}
	log := newLogger(g.stderr, cfg.Log.Level, cfg.Log.Format, nil).Level(zerolog.ErrorLevel)
	a := alerting.NewTestAlert(sev, labels, time.Now().UTC())
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	results, err := alerting.SendTest(ctx, acfg, built, a, receiver, log)
	var unknown *alerting.UnknownReceiverError
	switch {
	case errors.As(err, &unknown):
		return alertsTestUsage(fmt.Errorf("--receiver: %w", err))
	case err != nil:
		return alertsTestUsage(err)
	}

	tw := tabwriter.NewWriter(g.stdout, 0, 4, 2, ' ', 0)
	failed := 0
	for _, r := range results {
		verdict, detail := "ok", r.Answer
		if r.Err != nil {
			failed++
			verdict, detail = "failed", r.Err.Error()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Receiver, dashIfEmpty(r.Type), verdict, r.Took.Round(time.Millisecond), oneLine(detail, 400))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	g.recordTestHistory(cfg, a, results, log)
	if failed > 0 {
		return &exitCodeError{code: exitError, err: fmt.Errorf("alerts test: %d of %d receivers failed", failed, len(results))}
	}
	return nil
}

func dashIfEmpty(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// recordTestHistory records the delivered test alerts (kind test) in the
// alert history, where vigil run would: a failure to do so is reported,
// not fatal (the receivers were tested).
func (g *globals) recordTestHistory(cfg *config.Config, a alert.Alert, results []alerting.TestResult, log zerolog.Logger) {
	var recs []alerting.HistoryRecord
	now := time.Now().UTC()
	for _, r := range results {
		if r.Err == nil {
			recs = append(recs, alerting.HistoryRecord{Time: now, Kind: alerting.HistoryTest, Receiver: r.Receiver, Alert: a})
		}
	}
	if len(recs) == 0 {
		return
	}
	es := &cfg.Elasticsearch
	if len(es.URLs) == 0 {
		es = nil
	}
	w, err := openHistory(cfg, es, historyFile(cfg), log)
	if err != nil {
		fmt.Fprintf(g.stderr, "vigil alerts test: alert history not recorded: %v\n", err)
		return
	}
	if w == nil {
		return
	}
	if ew, ok := w.(*alerthistory.Elasticsearch); ok {
		// As vigil run does at start, so that a first index gets the
		// mappings (vigil setup installs it too; a refusal is not fatal).
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		_ = ew.Setup(ctx)
		cancel()
	}
	w.Record(recs)
	if err := closeWithin(15*time.Second, w.Close); err != nil {
		fmt.Fprintf(g.stderr, "vigil alerts test: alert history: %v\n", err)
	}
	st := w.Stats()
	switch ew, isES := w.(*alerthistory.Elasticsearch); {
	case isES && st.Written > 0:
		fmt.Fprintf(g.stderr, "vigil alerts test: %d test records in the alert history (%s)\n", st.Written, alerthistory.IndexName(ew.IndexPrefix(), now))
	case st.Spilled > 0:
		fmt.Fprintf(g.stderr, "vigil alerts test: %d test records in %s (Elasticsearch did not take them)\n", st.Spilled, historyFile(cfg))
	case st.Written > 0:
		fmt.Fprintf(g.stderr, "vigil alerts test: %d test records in %s\n", st.Written, historyFile(cfg))
	}
}
