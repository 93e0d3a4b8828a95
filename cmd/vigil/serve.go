package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sync/atomic"
	"syscall"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/server"
	"github.com/vigilops/vigil/sinks/elasticsearch"
)

// The HTTP API of a live pipeline (vigil run, vigil demo): package server
// serves it; this file hands it the running parts.

// apiOptions are what a live command gives its API.
type apiOptions struct {
	cfg    server.Config // the server section (listen may be overridden)
	source *kafka.Source
	// kafka and topic are where heartbeats and deploy markers are written.
	kafka kafka.Config
	topic string
	// es is the Elasticsearch indexer (nil: the demo's local index, in
	// indexDir).
	es       *elasticsearch.Indexer
	indexDir string
	// eventClock is event time now (wall time, or the demo's simulated
	// time); live turns on vigil's self-checks (they need a clock).
	eventClock func() time.Time
	live       bool
	// alerts, when set, is what the API reads and changes of the alerts
	// (cluster mode's, cluster.go); otherwise the stack's dispatcher.
	alerts server.Alerting
}

// liveAPI is the API of one live run.
type liveAPI struct {
	g       *globals
	st      *stack
	o       apiOptions
	srv     *server.Server
	metrics *server.Metrics
	pub     *kafkaPublisher
	pipe    atomic.Pointer[pipeline.Pipeline]
}

// newLiveAPI builds the API; start serves it.
func (g *globals) newLiveAPI(st *stack, o apiOptions) (*liveAPI, error) {
	o.cfg = o.cfg.WithDefaults()
	a := &liveAPI{g: g, st: st, o: o}
	a.metrics = server.NewMetrics(server.MetricSources{
		Pipeline: func() (pipeline.Stats, bool) {
			if p := a.pipe.Load(); p != nil {
				return p.Stats(), true
			}
			return pipeline.Stats{}, false
		},
		Kafka: func() (kafka.SourceStats, bool) { return o.source.Stats(), true },
		Index: func() (elasticsearch.Stats, bool) {
			if o.es == nil {
				return elasticsearch.Stats{}, false
			}
			return o.es.Stats(), true
		},
		Redactions: st.red.counts,
		Rules:      st.eval.Stats,
		Alerts:     st.alertStats,
		Active:     st.activeAlerts,
		History:    st.historyStats,
		Checkpoint: st.lastCheckpoint,
		Version:    vigilVersion(),
	})
	if o.es != nil {
		o.es.SetBulkObserver(a.metrics) // the bulk latency histogram and item failures
	}
	w, err := kafka.NewWriter(withSyncProducer(o.kafka), o.topic, st.log)
	if err != nil {
		return nil, err
	}
	a.pub = &kafkaPublisher{w: w, topic: o.topic}
	var alerts server.Alerting = st.disp
	if o.alerts != nil {
		alerts = o.alerts
	}
	deps := server.Deps{
		Alerts:          alerts,
		PersistSilences: func() error { return st.saveSilences(st.cfg.Pipeline.StateFile) },
		Events:          a.pub,
		EventClock:      o.eventClock,
		DeployMarker:    deployMarkerLine,
		Deploys:         &apiDeployChecker{g: g, es: o.es != nil, indexDir: o.indexDir},
		Reload:          func(context.Context) (map[string]any, error) { return g.reload(st) },
		Ready:           a.probes(),
		Metrics:         a.metrics.Registry,
	}
	a.srv, err = server.New(o.cfg, deps, st.log.With().Str("component", "api").Logger())
	if err != nil {
		w.Close()
		return nil, &exitCodeError{code: exitUsage, err: err}
	}
	return a, nil
}

// start serves the API. An address that cannot be bound (taken by another
// process) is logged and vigil runs on without its API: the pipeline is
// what watches the shop, and the missing probes tell the orchestrator.
func (a *liveAPI) start() {
	if err := a.srv.Start(); err != nil {
		a.st.log.Error().Err(err).Msg("the API is not served; vigil runs on without it")
	}
}

// started is runLive's hook: the pipeline is built and about to run.
func (a *liveAPI) started(p *pipeline.Pipeline) {
	a.pipe.Store(p)
	if !a.o.live {
		return
	}
	cfg := a.o.cfg
	p.AddSelfCheck(server.StallCheck(func() (int64, int64, bool) {
		s := p.Stats()
		done := s.Indexed + s.DeadLettered
		lag, ok := a.lag()
		inFlight := max(s.Fetched-done-s.Abandoned, 0)
		return done, lag + inFlight, ok
	}, cfg.StallAfter))
	p.AddSelfCheck(server.LagCheck(a.lag, cfg.MaxLag, cfg.LagAfter))
	p.AddSelfCheck(server.ReceiverCheck(a.st.alertStats, cfg.ReceiverFailingAfter))
}

// stop shuts the API down (requests in progress get five seconds) and
// closes the event writer.
func (a *liveAPI) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := a.srv.Shutdown(ctx); err != nil {
		a.st.log.Warn().Err(err).Msg("stopping the API")
	}
	if err := a.pub.w.Close(); err != nil {
		a.st.log.Warn().Err(err).Msg("closing the API's event writer")
	}
	if a.o.es != nil {
		a.o.es.SetBulkObserver(nil)
	}
}

// lag is the records not yet fetched, summed over the partitions the
// source owns; false before it joined its group.
func (a *liveAPI) lag() (int64, bool) {
	s := a.o.source.Stats()
	if s.Generation < 0 {
		return 0, false
	}
	var n int64
	for _, p := range s.Partitions {
		n += max(p.Lag, 0)
	}
	return n, true
}

// probes are /readyz's: Kafka joined and readable, the lag under its
// bound, the index writable, the pipeline running and not stalled.
func (a *liveAPI) probes() []server.Probe {
	firing := func() ([]alert.Alert, bool) {
		p := a.pipe.Load()
		if p == nil {
			return nil, false
		}
		return p.SelfAlerts(), true
	}
	kafkaProbe := server.Probe{Name: "kafka", Check: func(ctx context.Context) (bool, string) {
		s := a.o.source.Stats()
		if s.Generation < 0 {
			return false, "not yet in the consumer group"
		}
		if ok, why := server.SelfAlertProbe("", firing, pipeline.RuleSourceUnavailable).Check(ctx); !ok {
			return false, why
		}
		return true, fmt.Sprintf("group generation %d, %d partitions", s.Generation, len(s.Partitions))
	}}
	index := server.Probe{Name: "index", Check: func(context.Context) (bool, string) {
		return true, "local index files in " + a.o.indexDir
	}}
	if a.o.es != nil {
		ping := server.PingProbe("elasticsearch", 10*time.Second, func(ctx context.Context) error {
			_, err := a.o.es.Info(ctx)
			return err
		})
		index = server.Probe{Name: "elasticsearch", Check: func(ctx context.Context) (bool, string) {
			if ok, why := server.SelfAlertProbe("", firing, pipeline.RuleIndexUnavailable).Check(ctx); !ok {
				return false, why
			}
			return ping.Check(ctx)
		}}
	}
	return []server.Probe{
		kafkaProbe,
		server.LagProbe(a.lag, a.o.cfg.MaxLag),
		index,
		server.SelfAlertProbe("pipeline", firing, server.RuleStalled),
	}
}

// kafkaPublisher writes the API's events (heartbeats, deploy markers) to
// the topic vigil consumes, keyed (by job or service) as vigil deploy mark
// does.
type kafkaPublisher struct {
	w     *kafka.Writer
	topic string
}

func (p *kafkaPublisher) Publish(ctx context.Context, key string, line []byte, at time.Time) (string, error) {
	if err := p.w.WriteMessages(ctx, kafkago.Message{Key: []byte(key), Value: line, Time: at}); err != nil {
		return "", fmt.Errorf("topic %s: %w", p.topic, err)
	}
	return "kafka topic " + p.topic, nil
}

func withSyncProducer(c kafka.Config) kafka.Config {
	c.Producer.Async = false
	return c
}

// apiDeployChecker answers GET /api/v1/deploys/{service}/check with the
// report of `vigil deploy check --report json`, read as that command reads
// it: from Elasticsearch in vigil run (the indexed logs, not the running
// engine's windows: the same verdict as the CI gate's), from the local
// index files in the demo. It never waits for the window: a window not
// over yet is inconclusive.
type apiDeployChecker struct {
	g        *globals
	es       bool
	indexDir string
}

func (c *apiDeployChecker) CheckDeploy(ctx context.Context, q server.DeployQuery) (any, error) {
	f := &deployFlags{cmd: "check", service: q.Service, since: q.Since, version: q.Version,
		window: defaultDeployWindow, baseline: defaultDeployBaseline, skip: defaultDeploySkip,
		lookback: defaultDeployLookback, report: "json", timeout: defaultDeployTimeout, poll: defaultDeployPoll}
	for _, d := range []struct{ to, from *time.Duration }{{&f.window, q.Window}, {&f.baseline, q.Baseline}, {&f.skip, q.Skip}} {
		if d.from != nil {
			*d.to = *d.from
		}
	}
	if c.es {
		f.es.use = true
	} else {
		src, err := openLocalIndex(c.indexDir)
		if err != nil {
			return nil, err
		}
		defer src.Close()
		f.inputs, f.source = []string{c.indexDir}, src
	}
	if err := f.validate(); err != nil {
		var ec *exitCodeError
		if errors.As(err, &ec) && ec.err != nil {
			err = ec.err
		}
		return nil, fmt.Errorf("%w: %v", server.ErrBadRequest, err)
	}
	out, err := c.g.judge(ctx, f)
	if err != nil {
		return nil, err
	}
	return out.report, nil
}

// localIndexSource reads the demo's local index files back: each line's
// _source is a message, as the log line it was indexed from.
type localIndexSource struct {
	files []string
	f     *os.File
	r     *bufio.Reader
	n     int64
}

func openLocalIndex(dir string) (*localIndexSource, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.ndjson"))
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	return &localIndexSource{files: files}, nil
}

func (s *localIndexSource) Fetch(ctx context.Context) (pipeline.Message, error) {
	for {
		if err := ctx.Err(); err != nil {
			return pipeline.Message{}, err
		}
		if s.r == nil {
			if len(s.files) == 0 {
				return pipeline.Message{}, io.EOF
			}
			f, err := os.Open(s.files[0])
			s.files = s.files[1:]
			if err != nil {
				return pipeline.Message{}, err
			}
			s.f, s.r = f, bufio.NewReaderSize(f, 64<<10)
		}
		line, err := s.r.ReadBytes('\n')
		if len(line) > 0 {
			var doc struct {
				Source json.RawMessage `json:"_source"`
			}
			if json.Unmarshal(line, &doc) == nil && len(doc.Source) > 0 {
				s.n++
				return pipeline.Message{Value: doc.Source, Source: event.Source{Topic: "local-index", Offset: s.n}}, nil
			}
		}
		if err != nil {
			s.f.Close()
			s.f, s.r = nil, nil
			if !errors.Is(err, io.EOF) {
				return pipeline.Message{}, err
			}
		}
	}
}

func (s *localIndexSource) Ack(pipeline.Message) {}

func (s *localIndexSource) Close() {
	if s.f != nil {
		s.f.Close()
		s.f = nil
	}
}

// reload reloads the rules and the configuration's silences, maintenance
// windows and inhibition rules, as SIGHUP does: a config or rule set that
// does not load is refused with its errors and the running one stays.
// Other sections (Kafka, Elasticsearch, receivers, the server) take effect
// at the next start.
func (g *globals) reload(st *stack) (map[string]any, error) {
	cfg, err := g.loadConfig()
	if err != nil {
		return nil, err
	}
	rs, err := loadRules(cfg)
	if err != nil {
		return nil, err
	}
	if err := st.disp.UpdateSuppressions(cfg.Alerting); err != nil {
		return nil, err
	}
	st.eval.Reload(rs)
	st.log.Info().Int("rules", rs.Len()).Int("silences", len(cfg.Alerting.Silences)).
		Int("maintenance_windows", len(cfg.Alerting.MaintenanceWindows)).Msg("rules and suppressions reloaded")
	return map[string]any{"rules": rs.Len(), "config_silences": len(cfg.Alerting.Silences),
		"maintenance_windows": len(cfg.Alerting.MaintenanceWindows)}, nil
}

// reloadOnSIGHUP reloads (g.reload) at every SIGHUP until ctx ends.
func (g *globals) reloadOnSIGHUP(ctx context.Context, st *stack) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGHUP)
	defer signal.Stop(ch)
	for {
		select {
		case <-ctx.Done():
			return
		case <-ch:
			if _, err := g.reload(st); err != nil {
				st.log.Error().Err(err).Msg("reload refused; the running rules and configuration stay")
			}
		}
	}
}

// vigilVersion is the module version vigil was built at, or devel.
func vigilVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
