package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/rules"
	"github.com/vigilops/vigil/sinks/elasticsearch"
)

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		return &cobra.Command{
			Use:   "run -c vigil.yaml",
			Short: "Production: consume Kafka, index into Elasticsearch, evaluate rules, send alerts",
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				if g.configPath == "" {
					return &exitCodeError{code: exitUsage, err: fmt.Errorf("run needs a config file: -c vigil.yaml")}
				}
				return g.runProduction(cmd.Context())
			},
		}
	})
}

func (g *globals) runProduction(ctx context.Context) error {
	cfg, err := g.loadConfig()
	if err != nil {
		return err
	}
	if err := cfg.Kafka.Validate(); err != nil {
		return &exitCodeError{code: exitUsage, err: fmt.Errorf("%s: kafka: %w", g.configPath, err)}
	}
	st, err := g.newStack(cfg, nil, nil)
	if err != nil {
		return err
	}
	ix, err := elasticsearch.New(cfg.Elasticsearch, st.log)
	if err != nil {
		return err
	}
	if err := ix.Setup(ctx); err != nil {
		return fmt.Errorf("elasticsearch setup: %w", err)
	}
	src, err := kafka.NewSource(cfg.Kafka, st.log)
	if err != nil {
		return err
	}
	dlq, err := kafka.NewDLQ(cfg.Kafka, st.log)
	if err != nil {
		return err
	}
	defer dlq.Close()
	var cl *clusterRun // cluster.mode: kafka (cluster.go)
	if cfg.Cluster.Enabled() {
		if cl, err = g.startCluster(ctx, st, src); err != nil {
			return err
		}
		defer func() {
			if err := cl.close(); err != nil {
				st.log.Error().Err(err).Msg("closing cluster mode")
			}
		}()
	}
	go g.watchRules(ctx, st)
	go g.reloadOnSIGHUP(ctx, st)
	topic := "logs" // heartbeats and deploy markers posted to the API go here
	if len(cfg.Kafka.Topics) > 0 {
		topic = cfg.Kafka.Topics[0]
	}
	ao := apiOptions{cfg: cfg.Server, source: src, kafka: cfg.Kafka, topic: topic, es: ix, eventClock: wallClock, live: true}
	if cl != nil {
		ao.alerts = clusterAlerting{Dispatcher: st.disp, st: st, ops: cl.ops}
	}
	api, err := g.newLiveAPI(st, ao)
	if err != nil {
		return err
	}
	api.start()
	defer api.stop()
	st.log.Info().Strs("topics", cfg.Kafka.Topics).Int("rules", st.rules.Len()).Msg("vigil running")
	stats, err := g.runLive(ctx, st, liveParts{
		source: src, index: ix, closeIndex: ix.Close, dlq: dlq,
		clock: wallClock, started: api.started, cluster: cl,
	})
	if cl != nil {
		cl.logStop(st)
	}
	st.log.Info().Int64("events", stats.Decoded).Int64("indexed", stats.Indexed).Int64("dead_lettered", stats.DeadLettered).
		Int64("evaluated", stats.Evaluated).Int64("replayed", stats.Replayed).Int64("late", stats.Late).
		Uint64("early", st.eval.Early()).Int64("alerts", stats.Alerts).Int64("held_ticks", stats.Held).
		Uint64("index_retried", ix.Stats().Retried).Msg("vigil stopped")
	return err
}

// wallClock is vigil run's clock: event time now. The fault tests shift it
// (a child process only) so that their seconds fall where they need them
// in the minute.
var wallClock = time.Now

// watchRules reloads the rules directory on a file change (SIGHUP, which
// reloads the configuration's suppressions too, is reloadOnSIGHUP's). A
// rule set that does not load is refused with its errors and the running
// one stays.
func (g *globals) watchRules(ctx context.Context, st *stack) {
	if st.cfg.Rules.Dir == "" {
		return // the built-in starter pack does not change
	}
	w := &rules.Watcher{Dir: st.cfg.Rules.Dir, Logger: st.log.With().Str("component", "rules").Logger(),
		Options: []rules.LoadOption{rules.WithPresets(st.cfg.ResolvedPresets())},
		Signals: make(chan os.Signal)} // never: reloadOnSIGHUP takes SIGHUP
	if err := w.Run(ctx, st.eval.Reload); err != nil && ctx.Err() == nil {
		st.log.Error().Err(err).Msg("rule files are not watched")
	}
}
