package main

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config"
	"github.com/vigilops/vigil/detectors/cadence"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/cluster"
	"github.com/vigilops/vigil/pipeline/redact"
	"github.com/vigilops/vigil/rules"
	"github.com/vigilops/vigil/rules/builtin"
	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/notify"
)

// stack holds what every pipeline command builds from the config: the
// redactor (and the logger that goes through it), the rules engine and the
// alert dispatcher.
type stack struct {
	cfg   *config.Config
	log   zerolog.Logger
	red   *redactor
	rules *rules.RuleSet
	eval  *rules.Live // the rules engine, shared with the rule watcher, the API and checkpoints
	disp  *alerting.Dispatcher
	// hist passes the dispatcher's history records to the writer a live
	// command starts (alerthistory.go); nil when alerting.history is off.
	hist *historyHook
	// ruleOpts are the options the engine was built with (cluster mode
	// builds its two stages with them).
	ruleOpts rules.Options
	// newDispatcher builds another dispatcher like disp, with receivers of
	// its own (cluster mode's dispatcher of the cluster's alerts).
	newDispatcher func() (*alerting.Dispatcher, error)
	// clusterDispatch, in cluster mode, runs the cluster's dispatcher when
	// this instance owns the alerts partition: its counters and alerts
	// join disp's in the metrics, the API's list and the self-checks.
	clusterDispatch atomic.Pointer[cluster.Dispatch]
	// stateMu serialises writes of the state file (checkpoints and the
	// API's silences); checkpointAt is the last checkpoint's time (Unix
	// nanoseconds, 0: none yet).
	stateMu      sync.Mutex
	checkpointAt atomic.Int64
}

// clusterDispatcher is the cluster's dispatcher when this instance runs
// it (nil otherwise).
func (s *stack) clusterDispatcher() *alerting.Dispatcher {
	if d := s.clusterDispatch.Load(); d != nil {
		if x, ok := d.Current().(*alerting.Dispatcher); ok {
			return x
		}
	}
	return nil
}

// alertStats are the dispatchers' counters: this instance's own and, in
// cluster mode, the cluster's while this instance runs it.
func (s *stack) alertStats() alerting.Stats {
	st := s.disp.Stats()
	if x := s.clusterDispatcher(); x != nil {
		st = st.Add(x.Stats())
	}
	return st
}

// activeAlerts are the alerts the dispatchers hold (alertStats' two).
func (s *stack) activeAlerts() []alerting.ActiveAlert {
	out := s.disp.Active()
	if x := s.clusterDispatcher(); x != nil {
		out = append(out, x.Active()...)
	}
	return out
}

// loadConfig reads -c, or the built-in default when it is empty.
func (g *globals) loadConfig() (*config.Config, error) {
	cfg, err := config.Load(g.configPath)
	if err != nil {
		return nil, &exitCodeError{code: exitUsage, err: err}
	}
	if g.logLevel != "" {
		cfg.Log.Level = g.logLevel
	}
	if g.logFormat != "" {
		cfg.Log.Format = g.logFormat
	}
	return cfg, nil
}

// newStack builds the redactor, logger, rules and dispatcher. receivers are
// added to the configured ones; route, when set, replaces the configured
// routing tree (replay and demo send everything to their own receiver).
func (g *globals) newStack(cfg *config.Config, receivers map[string]alerting.Notifier, route *alerting.Route, opts ...alerting.Option) (*stack, error) {
	red, log, err := g.newRedactor(cfg)
	if err != nil {
		return nil, err
	}
	s := &stack{cfg: cfg, red: red, log: log}

	if s.rules, err = loadRules(cfg); err != nil {
		return nil, &exitCodeError{code: exitUsage, err: err}
	}
	acfg := cfg.Alerting
	if route != nil {
		acfg.Route = *route
	}
	built, err := notify.Build(acfg.Receivers, notify.Env{Stdout: g.stdout})
	if err != nil {
		return nil, &exitCodeError{code: exitUsage, err: err}
	}
	for name, n := range receivers {
		built[name] = n
		acfg.Receivers = append(acfg.Receivers, alerting.ReceiverConfig{Name: name})
	}
	if cfg.Alerting.History.On() {
		s.hist = &historyHook{}
		opts = append(opts[:len(opts):len(opts)], alerting.WithHistory(s.hist))
	}
	if s.disp, err = alerting.NewDispatcher(acfg, built, s.log.With().Str("component", "alerting").Logger(), opts...); err != nil {
		return nil, &exitCodeError{code: exitUsage, err: err}
	}
	s.newDispatcher = func() (*alerting.Dispatcher, error) {
		own, err := notify.Build(cfg.Alerting.Receivers, notify.Env{Stdout: g.stdout})
		if err != nil {
			return nil, err
		}
		for name, n := range receivers {
			own[name] = n
		}
		return alerting.NewDispatcher(acfg, own, s.log.With().Str("component", "alerting").Str("dispatches", "cluster").Logger(), opts...)
	}
	kibana := kibanaLinker(acfg, cfg.Elasticsearch)
	jobs := jobsOptions(cfg.Jobs)
	if jobs != nil {
		if err := jobs.Validate(); err != nil {
			return nil, &exitCodeError{code: exitUsage, err: err}
		}
	}
	deploys := deploysOptions(cfg.Deploys)
	if deploys != nil {
		if err := deploys.Validate(); err != nil {
			return nil, &exitCodeError{code: exitUsage, err: err}
		}
	}
	s.ruleOpts = rules.Options{
		Logger:           s.log.With().Str("component", "rules").Logger(),
		MaxGroupsPerRule: cfg.Rules.MaxGroupsPerRule,
		MaxSamples:       cfg.Rules.MaxSamples,
		KibanaURL:        kibana,
		AllowedLateness:  cfg.Pipeline.AllowedLateness,
		Jobs:             jobs,
		Deploys:          deploys,
	}
	s.eval = rules.NewLive(rules.NewEngine(s.rules, s.ruleOpts))
	return s, nil
}

// newRedactor builds the pipeline's redactor from the config, and the
// logger that writes through it.
func (g *globals) newRedactor(cfg *config.Config) (*redactor, zerolog.Logger, error) {
	// The user's field rules come first; the default ones still apply to
	// every path they do not name, so a custom list cannot drop them.
	rc := cfg.Redact.WithDefaults()
	r, err := redact.New(rc)
	if err != nil {
		return nil, zerolog.Logger{}, &exitCodeError{code: exitUsage, err: err}
	}
	// vigil's own log lines name its receivers (configured names, not
	// buyers) in a field that buyer data uses for a person.
	rc.Fields = append([]redact.FieldRule{{Path: "receiver", Action: redact.ActionKeep}}, rc.Fields...)
	own, err := redact.New(rc)
	if err != nil {
		return nil, zerolog.Logger{}, &exitCodeError{code: exitUsage, err: err}
	}
	return &redactor{r: r}, newLogger(g.stderr, cfg.Log.Level, cfg.Log.Format, own.Writer), nil
}

// deploysOptions turns the deploys section into the engine's deploy
// watcher options (nil: deploy alerts off).
func deploysOptions(d config.Deploys) *rules.DeploysOptions {
	if !d.Enabled {
		return nil
	}
	return &rules.DeploysOptions{Severity: alert.Severity(d.Severity), Watch: d.Watch, MinAfter: d.MinAfter, MaxServices: d.MaxServices}
}

// jobsOptions turns the jobs section into the engine's job watcher options
// (nil: job alerts off).
func jobsOptions(j config.Jobs) *rules.JobsOptions {
	if !j.Enabled {
		return nil
	}
	o := &rules.JobsOptions{Severity: alert.Severity(j.Severity), Cadence: cadence.Config{FailAfter: j.FailAfter}}
	for _, d := range j.Declared {
		o.Declared = append(o.Declared, rules.DeclaredJob{Name: d.Name, Cron: d.Cron, TZ: d.Timezone, Grace: d.Grace})
	}
	return o
}

// loadRules reads the rules directory, or the built-in generic pack.
func loadRules(cfg *config.Config) (*rules.RuleSet, error) {
	opt := rules.WithPresets(cfg.ResolvedPresets())
	if cfg.Rules.Dir == "" {
		return rules.LoadFS(builtin.FS, builtin.Dir, opt)
	}
	return rules.LoadDir(cfg.Rules.Dir, opt)
}

// kibanaLinker builds each alert's Discover link with alerting's link
// builder: the rule's filter and group-by labels over the window that fired.
func kibanaLinker(ac alerting.Config, es elasticsearch.Config) func(a *alert.Alert, q alert.LogQuery) string {
	base, pattern, lookback := kibanaTarget(ac, es)
	t := alerting.LinkTarget{Base: base, DataView: pattern, Lookback: lookback}
	return func(a *alert.Alert, q alert.LogQuery) string { return t.AlertLink(a, &q) }
}

// kibanaTarget returns the Kibana base URL, the data view (index pattern)
// and the lookback of the Discover links, defaults applied.
func kibanaTarget(ac alerting.Config, es elasticsearch.Config) (base, pattern string, lookback time.Duration) {
	base = ac.KibanaURL
	if base == "" {
		base = "http://localhost:5601"
	}
	pattern = ac.DataView
	if pattern == "" {
		pattern = elasticsearch.IndexPattern(esIndex(es))
	}
	lookback = ac.KibanaLookback
	if lookback <= 0 {
		lookback = 15 * time.Minute
	}
	return base, pattern, lookback
}

func esIndex(es elasticsearch.Config) string {
	if es.Index != "" {
		return es.Index
	}
	return "logs-{service.name}-{yyyy.MM.dd}"
}

// indexNamer names an event's index from the config's template.
func indexNamer(es elasticsearch.Config) func(ev *event.Event) string {
	tmpl := esIndex(es)
	return func(ev *event.Event) string {
		return elasticsearch.IndexName(tmpl, ev.Time, ev.Text)
	}
}

// redactor adapts the redaction engine to the pipeline and keeps per-kind
// counts for the summary.
type redactor struct {
	r  *redact.Redactor
	mu sync.Mutex
	n  redact.Counts
}

func (x *redactor) RedactEvent(ev *event.Event) {
	c := x.r.Event(ev)
	x.mu.Lock()
	x.n.Add(c)
	x.mu.Unlock()
}

// RedactText redacts a raw line (a dead letter): structurally when it is
// JSON, so it stays valid JSON, as text otherwise.
func (x *redactor) RedactText(s string) string { return x.r.RedactText(s) }

func (x *redactor) counts() redact.Counts {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.n
}

// closeWithin runs close with a deadline, for shutdown paths.
func closeWithin(d time.Duration, close func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	return close(ctx)
}
