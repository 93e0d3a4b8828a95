package main

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	kafkago "github.com/segmentio/kafka-go"
	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/sim"
	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/localindex"
	"github.com/vigilops/vigil/sinks/notify/terminal"
)

type demoFlags struct {
	duration   time.Duration
	simSpan    time.Duration
	speed      float64
	rate       float64
	seed       int64
	partitions int
	dataDir    string
	esURL      string
	quiet      bool
	listen     string
	drain      time.Duration
}

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		var f demoFlags
		cmd := &cobra.Command{
			Use:   "demo",
			Short: "Run the whole pipeline on an embedded Kafka broker and a simulated store",
			Long: `demo starts an in-process Kafka broker (the real wire protocol on 127.0.0.1),
a simulated cross-border store writing logs into it (buyer PII in fields and
messages, scripted incidents), and the real pipeline consuming them: redacted
events go to local index files under --data-dir (or to Elasticsearch with
--es-url), dead letters to <data-dir>/dlq.ndjson, alerts to the terminal.

--speed compresses simulated time: 1440 plays a day in a minute. When the
store stops (--duration or --sim-duration), the pipeline drains what it
wrote, then vigil exits.`,
			Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error { return g.demo(cmd.Context(), f) },
		}
		fl := cmd.Flags()
		fl.DurationVar(&f.duration, "duration", 0, "stop the store after this much wall time (0: until Ctrl-C or --sim-duration)")
		fl.DurationVar(&f.simSpan, "sim-duration", 0, "stop the store after this much simulated time, however long it takes")
		fl.Float64Var(&f.speed, "speed", 60, "simulated seconds per wall second (1440: a day in a minute)")
		fl.Float64Var(&f.rate, "rate", sim.DefaultRate, "simulated events per second at the daily peak")
		fl.Int64Var(&f.seed, "seed", 1, "simulation seed (same seed, same traffic)")
		fl.IntVar(&f.partitions, "partitions", 4, "partitions of the embedded logs topic")
		fl.StringVar(&f.dataDir, "data-dir", "", "directory for local index and dead-letter files (default: the config's pipeline.data_dir)")
		fl.StringVar(&f.esURL, "es-url", "", "index into this Elasticsearch instead of local files")
		fl.BoolVar(&f.quiet, "quiet", false, "no status lines, alerts only")
		fl.StringVar(&f.listen, "listen", "", "serve the API on this address (default: the config's server.listen, 127.0.0.1:9464)")
		fl.DurationVar(&f.drain, "drain", 0, "after the store stops, wait at most this long for the pipeline to process what it wrote (default: --duration, at least 10s)")
		return cmd
	})
}

const demoTopic = "logs"

func (g *globals) demo(ctx context.Context, f demoFlags) error {
	if f.speed <= 0 {
		return &exitCodeError{code: exitUsage, err: fmt.Errorf("--speed must be positive")}
	}
	cfg, err := g.loadConfig()
	if err != nil {
		return err
	}
	if f.dataDir == "" {
		f.dataDir = cfg.Pipeline.DataDir
	}
	if err := os.MkdirAll(f.dataDir, 0o755); err != nil {
		return err
	}
	// The simulated store runs for --duration; the pipeline then drains
	// what it wrote (for at most as long again) so the day is played out.
	storeCtx := ctx
	if f.duration > 0 {
		var cancel context.CancelFunc
		storeCtx, cancel = context.WithTimeout(ctx, f.duration)
		defer cancel()
	}

	// Kafka batching delays events by a fraction of a second of wall time,
	// which at high speed is minutes of simulated time: scale the allowed
	// lateness so that ordinary delivery is not late.
	// Per-partition watermarks absorb the skew between partitions, so a
	// quarter of an hour of simulated time is plenty at any speed.
	scaled := min(time.Duration(f.speed*float64(500*time.Millisecond)), 15*time.Minute)
	cfg.Pipeline.AllowedLateness = max(cfg.Pipeline.AllowedLateness, scaled)

	term := terminal.New(g.stdout, terminal.Options{Name: "terminal", Color: terminal.IsTerminal(g.stdout)})
	route := &alerting.Route{Receiver: "terminal", GroupBy: []string{"..."}, GroupWait: durationPtr(0), GroupInterval: durationPtr(time.Minute)}
	if len(cfg.Alerting.Receivers) > 0 {
		route = nil // the config routes
	}
	st, err := g.newStack(cfg, map[string]alerting.Notifier{"terminal": term}, route)
	if err != nil {
		return err
	}

	emb, err := kafka.StartEmbedded(f.partitions, demoTopic)
	if err != nil {
		return fmt.Errorf("embedded kafka: %w", err)
	}
	defer emb.Close()
	kcfg := emb.Config(demoTopic)
	kcfg.GroupID = "vigil-demo"
	// The embedded config's group timings are short, for tests; on a busy
	// machine a one-second session would evict the demo's only consumer.
	kcfg.Group.SessionTimeout, kcfg.Group.RebalanceTimeout = 15*time.Second, 15*time.Second
	kcfg.Group.HeartbeatInterval = time.Second
	// kafka-go drops the connection when a fetch's answer takes longer
	// than MaxWait, and the broker is asked to answer within three quarters
	// of it: the embedded config's 100 ms leaves a loaded machine 25 ms, and
	// the partitions stall in turn, reconnecting (under -race with the
	// cores busy the demo fell to 60 events/s). The default 500 ms leaves
	// 125 ms (1,400 events/s on the same machine).
	kcfg.MaxWait = kafka.DefaultMaxWait

	// The simulated store: simulated time runs speed times faster than wall time.
	simCfg := sim.DefaultConfig()
	simCfg.Seed, simCfg.Rate = f.seed, f.rate
	simCfg.Duration = 30 * 24 * time.Hour
	if f.duration > 0 {
		simCfg.Duration = time.Duration(float64(f.duration) * f.speed)
	}
	if f.simSpan > 0 && (f.duration == 0 || f.simSpan < simCfg.Duration) {
		simCfg.Duration = f.simSpan
	}
	store := sim.New(simCfg)
	wallStart := time.Now()
	simStart := store.Config().Start
	simEnd := simStart.Add(simCfg.Duration)
	clock := func() time.Time { // simulated now, for the status line; it stops where the store stops
		t := simStart.Add(time.Duration(float64(time.Since(wallStart)) * f.speed))
		if t.After(simEnd) {
			return simEnd
		}
		return t
	}
	w, err := kafka.NewWriter(kcfg, demoTopic, st.log)
	if err != nil {
		return err
	}
	produced := make(chan error, 1)
	var written atomic.Int64
	storeDone := make(chan struct{})
	go func() {
		produced <- produce(storeCtx, store, w, sim.NewPacer(simStart, f.speed, nil, nil), &written)
		close(storeDone)
	}()

	src, err := kafka.NewSource(kcfg, st.log)
	if err != nil {
		return err
	}
	dlq, err := pipeline.OpenFileDLQ(filepath.Join(f.dataDir, "dlq.ndjson"))
	if err != nil {
		return err
	}
	defer dlq.Close()
	// The store never falls silent, so event time alone drives the demo:
	// at high speed a consumer stall of half a second would otherwise look
	// like minutes of quiet and move the clock past data still in Kafka.
	lp := liveParts{source: src, dlq: dlq, statusEvery: 2 * time.Second,
		extra: func() string { return "sim " + clock().Format("Mon 15:04") }}
	if !f.quiet {
		lp.status = g.stderr
	}
	// Drained: every partition's acknowledged prefix has reached the end of
	// what the store wrote (counting documents would be fooled by a
	// redelivery after a rebalance).
	var drainUntil time.Time
	lp.until = func(s pipeline.Stats) bool {
		select {
		case <-storeDone:
		default:
			return false
		}
		if drainUntil.IsZero() {
			wait := max(f.duration, 10*time.Second)
			if f.drain > 0 {
				wait = f.drain
			}
			drainUntil = time.Now().Add(wait)
			fmt.Fprintf(g.stderr, "vigil demo: the store stopped after %d lines; draining the pipeline\n", written.Load())
		}
		if drained(src, emb) {
			return true
		}
		if time.Now().After(drainUntil) {
			fmt.Fprintf(g.stderr, "vigil demo: stopping with %d of %d lines processed (the machine is slower than --speed)\n", s.Indexed+s.DeadLettered, written.Load())
			return true
		}
		return false
	}
	var esIx *elasticsearch.Indexer
	if f.esURL != "" {
		es := cfg.Elasticsearch
		es.URLs = []string{f.esURL}
		ix, err := elasticsearch.New(es, st.log)
		if err != nil {
			return err
		}
		if err := ix.Setup(ctx); err != nil {
			return fmt.Errorf("elasticsearch setup: %w", err)
		}
		lp.index, lp.closeIndex, esIx = ix, ix.Close, ix
	} else {
		ix, err := localindex.New(filepath.Join(f.dataDir, "index"), st.log)
		if err != nil {
			return err
		}
		lp.index, lp.closeIndex = ix, func(context.Context) error { return ix.Close() }
	}

	// The API: heartbeats and deploy markers go to the embedded topic,
	// stamped with simulated time; no self-checks (the demo has no clock).
	scfg := cfg.Server
	if f.listen != "" {
		scfg.Listen = f.listen
	}
	api, err := g.newLiveAPI(st, apiOptions{cfg: scfg, source: src, kafka: kcfg, topic: demoTopic, es: esIx,
		indexDir: filepath.Join(f.dataDir, "index"), eventClock: clock})
	if err != nil {
		return err
	}
	api.start()
	defer api.stop()
	lp.started = api.started
	go g.reloadOnSIGHUP(ctx, st)

	fmt.Fprintf(g.stderr, "vigil demo: embedded Kafka on %v, topic %q; simulated store from %s at %gx; %d rules; index in %s; API on http://%s\n",
		emb.Addrs(), demoTopic, simStart.Format(time.RFC3339), f.speed, st.rules.Len(), f.dataDir, cmp.Or(api.srv.Addr(), "(not served)"))
	start := time.Now()
	stats, err := g.runLive(ctx, st, lp)
	if perr := <-produced; perr != nil && err == nil {
		err = perr
	}
	printSummary(g.stderr, stats, st, time.Since(start))
	return err
}

// drained reports whether the source has acknowledged everything in the
// embedded topic.
func drained(src *kafka.Source, emb *kafka.Embedded) bool {
	ends, err := emb.EndOffsets(demoTopic)
	if err != nil {
		return false
	}
	done := map[int]int64{}
	for _, ps := range src.Stats().Partitions {
		if ps.Topic == demoTopic {
			done[ps.Partition] = ps.Committable
		}
	}
	for p, end := range ends {
		if done[p] < end {
			return false
		}
	}
	return true
}

// produce writes the simulated store's lines into Kafka, paced to simulated
// time, in small batches, counting the lines written.
func produce(ctx context.Context, store *sim.Simulator, w *kafka.Writer, pacer *sim.Pacer, written *atomic.Int64) error {
	defer w.Close()
	batch := make([]kafkago.Message, 0, 256)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		// A batch taken from the store is written even as the store stops.
		err := w.WriteMessages(context.WithoutCancel(ctx), batch...)
		if err == nil && written != nil {
			written.Add(int64(len(batch)))
		}
		batch = batch[:0]
		return err
	}
	for {
		line, at, ok := store.Next()
		if !ok {
			return flush()
		}
		if len(batch) > 0 && pacer.Wall(at).After(time.Now()) {
			if err := flush(); err != nil {
				return ignoreDone(ctx, err)
			}
		}
		if err := pacer.Wait(ctx, at); err != nil {
			return ignoreDone(ctx, flush())
		}
		// The record's timestamp is the event's, as log shippers set it.
		batch = append(batch, kafkago.Message{Value: line, Time: at}) // Next returns a fresh slice
		if len(batch) == cap(batch) {
			if err := flush(); err != nil {
				return ignoreDone(ctx, err)
			}
		}
	}
}

func ignoreDone(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return nil
	}
	return err
}
