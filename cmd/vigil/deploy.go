package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"
	"github.com/spf13/cobra"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config"
	"github.com/vigilops/vigil/detectors/deploy"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/server"
)

// vigil deploy check | report | mark: the CI/CD gate. check and report
// read one service's logs (files, stdin or Elasticsearch) through the
// pipeline's decoding and redaction, pick the windows around a deploy and
// judge it with package detectors/deploy; mark writes a deploy marker.

func init() {
	commands = append(commands, func(g *globals) *cobra.Command {
		return groupCommand("deploy (check | report | mark)", "Gate a release on its logs: judge a deploy, report on a past one, write a deploy marker",
			g.deployCheckCommand(), g.deployReportCommand(), g.deployMarkCommand())
	})
}

// Defaults of the deploy commands.
const (
	defaultDeployWindow   = 10 * time.Minute
	defaultDeployBaseline = 2 * time.Hour
	// defaultDeploySkip: the first minute after a deploy is restart noise
	// (connections re-established, caches cold, the old pods draining).
	defaultDeploySkip     = time.Minute
	defaultDeployTimeout  = 30 * time.Minute
	defaultDeployPoll     = 30 * time.Second
	defaultDeployLookback = "7d"
	sinceMarker           = "marker"
)

// deployClock and deploySleep are the deploy check's clock and its wait
// between polls; tests replace them.
var (
	deployClock = func() time.Time { return wallClock() }
	deploySleep = func(ctx context.Context, d time.Duration) error {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
			return nil
		}
	}
)

// deployFlags are check's and report's flags.
type deployFlags struct {
	cmd                     string // "check" or "report"
	service, since, version string
	at                      string
	window, baseline, skip  time.Duration
	inputs                  []string
	es                      esHistoryFlags
	lookback                string
	report                  string
	wait                    bool
	timeout, poll           time.Duration
	lookbackDur             time.Duration
	deployAt                time.Time // --since TIME or --at TIME; zero: a marker
	markerMode, stdin       bool
	api                     apiFlags // --url: ask a running vigil instead
	// source, when set, is read instead of the --input files, which then
	// only name it (the API's check in the demo reads the local index).
	source pipeline.Source
}

func (f *deployFlags) registerCommon(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.service, "service", "", "the service.name to judge (required)")
	fl.DurationVar(&f.window, "window", defaultDeployWindow, "how long after the deploy (and the skipped restart) is judged")
	fl.DurationVar(&f.baseline, "baseline", defaultDeployBaseline, "how long before the deploy serves as the baseline (cut at an earlier deploy of the service)")
	fl.DurationVar(&f.skip, "skip", defaultDeploySkip, "restart noise skipped after the deploy: the window starts this long after it")
	fl.StringArrayVar(&f.inputs, "input", nil, "NDJSON log file to read, repeatable; - for stdin")
	f.es.registerSource(cmd, "read the logs vigil indexed in Elasticsearch instead of files")
	fl.StringVar(&f.lookback, "lookback", defaultDeployLookback, "with --es: how far back from now to look for deploy markers (Go duration, or days as 7d)")
}

// validate checks the flags; every error is a usage error naming the flag.
func (f *deployFlags) validate() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if strings.TrimSpace(f.service) == "" {
		bad("--service: the service.name to judge is required")
	}
	if f.window < time.Minute || f.window > 24*time.Hour {
		bad("--window: want a duration from 1m to 24h such as 10m, got %s", f.window)
	}
	if f.baseline < time.Minute || f.baseline > 7*24*time.Hour {
		bad("--baseline: want a duration from 1m to 168h such as 2h, got %s", f.baseline)
	}
	if f.skip < 0 || f.skip > time.Hour {
		bad("--skip: want a duration from 0s to 1h such as 1m, got %s", f.skip)
	}
	switch f.report {
	case "", "md", "json":
	default:
		bad("--report: want md or json, got %q", f.report)
	}
	switch {
	case f.api.url != "" && (f.es.use || len(f.inputs) > 0):
		bad("give --url, --input FILE… or --es: one of them, not both")
	case f.api.url != "":
		if err := f.api.check(); err != nil {
			bad("%v", err)
		}
	case f.es.use == (len(f.inputs) > 0):
		bad("give --input FILE… (- for stdin), --es or --url: one of them, not both and not neither")
	}
	for _, in := range f.inputs {
		if in == "-" {
			f.stdin = true
		}
		if in == "" {
			bad("--input: an empty file name")
		}
	}
	if d, err := parseDays(f.lookback); err != nil || d <= 0 {
		bad("--lookback: want a positive duration such as 36h or 7d, got %q", f.lookback)
	} else {
		f.lookbackDur = d
	}
	switch f.cmd {
	case "check":
		switch {
		case f.since == "":
			bad("--since: give the deploy's time (RFC 3339, e.g. 2026-11-24T19:25:00Z) or marker")
		case f.since == sinceMarker:
			f.markerMode = true
		default:
			t, err := time.Parse(time.RFC3339, f.since)
			if err != nil {
				bad("--since: want an RFC 3339 time such as 2026-11-24T19:25:00Z, or marker, got %q", f.since)
			}
			f.deployAt = t
			if f.version != "" {
				bad("--version: only with --since marker (the latest marker of that version)")
			}
		}
		if f.wait && f.timeout <= 0 {
			bad("--timeout: want a positive duration such as 30m, got %s", f.timeout)
		}
		if f.poll <= 0 {
			bad("--poll: want a positive duration such as 30s, got %s", f.poll)
		}
	case "report":
		switch {
		case f.at != "" && f.version != "":
			bad("give --version or --at, not both")
		case f.at != "":
			t, err := time.Parse(time.RFC3339, f.at)
			if err != nil {
				bad("--at: want an RFC 3339 time such as 2026-11-24T19:25:00Z, got %q", f.at)
			}
			f.deployAt = t
		default:
			f.markerMode = true
		}
	}
	if err := errors.Join(errs...); err != nil {
		return &exitCodeError{code: exitUsage, err: err}
	}
	return nil
}

func (g *globals) deployCheckCommand() *cobra.Command {
	f := &deployFlags{cmd: "check"}
	cmd := &cobra.Command{
		Use:   "check --service S --since TIME|marker [--window 10m] (--input FILE… | --es) [--report md|json] [--wait]",
		Short: "Judge a deploy from the service's logs: exit 0 healthy, 1 degraded (roll back), 2 inconclusive",
		Long: `check compares the service's logs in the window after a deploy (--skip of
restart noise first, then --window) with baselines from before it: the
--baseline before the deploy (cut at the service's previous deploy, so
that it measures the release being replaced), and the same hours a day and
a week earlier when the input holds them. The signals are the error, 5xx
and 429 ratios, latency and sync delay p95, the event rate and error codes
never seen before (see docs/deploy-gate.md).

--since is the deploy's time (RFC 3339), or marker: the service's latest
deploy marker (event.action "deploy", with service.version) in the input,
or the latest of --version. Events pass through vigil's redaction before
anything is printed.

Exit status: 0 healthy, 1 degraded (roll back), 2 inconclusive: too little
traffic to tell, no data, no marker, the window not over yet, or vigil
could not read its input (the reason is on stderr and in the report). A
usage error also exits 2, with "vigil:" and the flag on stderr and no
report. Only a degraded verdict exits 1.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := f.validate(); err != nil {
				return err
			}
			return g.deployCheck(cmd.Context(), f)
		},
	}
	f.registerCommon(cmd)
	fl := cmd.Flags()
	fl.StringVar(&f.since, "since", "", "the deploy's time, RFC 3339, or marker: the service's latest deploy marker")
	fl.StringVar(&f.version, "version", "", "with --since marker: the latest marker of this service.version")
	fl.StringVar(&f.report, "report", "", "print the report to stdout: md (Markdown, for a merge request) or json; default one verdict line")
	fl.BoolVar(&f.wait, "wait", false, "wait until the window is over (with --es, polling; with stdin, reading) instead of answering inconclusive")
	fl.DurationVar(&f.timeout, "timeout", defaultDeployTimeout, "with --wait: give up waiting after this long (inconclusive)")
	fl.DurationVar(&f.poll, "poll", defaultDeployPoll, "with --wait and --es: how often to look again (a progress line each time)")
	fl.StringVar(&f.api.url, "url", "", "ask a running vigil's API (GET /api/v1/deploys/{service}/check; token from $"+tokenEnv+") instead of reading logs")
	f.api.timeout = 30 * time.Second
	return cmd
}

func (g *globals) deployReportCommand() *cobra.Command {
	f := &deployFlags{cmd: "report"}
	cmd := &cobra.Command{
		Use:   "report --service S [--version V | --at TIME] (--input FILE… | --es) [--report md|json]",
		Short: "Report how a past deploy changed the service's signals",
		Long: `report judges a past deploy as check does and prints the report (Markdown by
default): the service's latest deploy marker, the latest of --version, or
the deploy at --at. It exits 0 once the report is printed, whatever the
verdict; 1 when the deploy is not found or the input cannot be read.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if f.report == "" {
				f.report = "md"
			}
			if err := f.validate(); err != nil {
				return err
			}
			return g.deployReport(cmd.Context(), f)
		},
	}
	f.registerCommon(cmd)
	fl := cmd.Flags()
	fl.StringVar(&f.version, "version", "", "the deploy of this service.version (its latest marker)")
	fl.StringVar(&f.at, "at", "", "the deploy at this time, RFC 3339")
	fl.StringVar(&f.report, "report", "md", "md or json")
	return cmd
}

// deployGroup is a deploy: a run of consecutive markers of one version
// (one per replica), from the first to the last.
type deployGroup struct {
	at, last time.Time
	version  string
}

// deployMarker is one deploy marker of the service.
type deployMarker struct {
	at      time.Time
	version string
}

// groupMarkers sorts markers by time and merges consecutive ones of the
// same version into deploys.
func groupMarkers(ms []deployMarker) []deployGroup {
	ms = slices.Clone(ms)
	slices.SortStableFunc(ms, func(a, b deployMarker) int { return a.at.Compare(b.at) })
	var gs []deployGroup
	for _, m := range ms {
		if n := len(gs); n > 0 && gs[n-1].version == m.version {
			gs[n-1].last = m.at
			continue
		}
		gs = append(gs, deployGroup{at: m.at, last: m.at, version: m.version})
	}
	return gs
}

// locate finds the deploy to judge among the service's deploys, and the
// deploy before it (nil when none): with a time, the deploy at that time,
// its version from a marker within skip before it (clocks differ) to the
// window's end after it, when there is one; otherwise the latest deploy,
// or the latest of version.
func locate(gs []deployGroup, at time.Time, version string, skip, reach time.Duration) (d deployGroup, prev *deployGroup, ok bool) {
	if !at.IsZero() {
		d = deployGroup{at: at, last: at}
		for _, x := range gs {
			if !x.at.Before(at.Add(-skip)) && x.at.Before(at.Add(reach)) {
				d.version = x.version
				break
			}
		}
		for i := len(gs) - 1; i >= 0; i-- {
			if gs[i].at.Before(at.Add(-skip)) && (d.version == "" || gs[i].version != d.version) {
				prev = &gs[i]
				break
			}
		}
		return d, prev, true
	}
	for i := len(gs) - 1; i >= 0; i-- {
		if version == "" || gs[i].version == version {
			if i > 0 {
				prev = &gs[i-1]
			}
			return gs[i], prev, true
		}
	}
	return d, nil, false
}

// deployPlan is the windows of one judgement.
type deployPlan struct {
	d          deployGroup
	prev       *deployGroup
	after      [2]time.Time
	before     [2]time.Time // the uncut baseline before the deploy
	day, week  [2]time.Time
	skip       time.Duration
	baselineD  time.Duration
	complete   bool
	incomplete string // why the window is not over
}

// plan lays out the windows of a deploy at d.at.
func (f *deployFlags) plan(d deployGroup, prev *deployGroup) *deployPlan {
	p := &deployPlan{d: d, prev: prev, skip: f.skip, baselineD: f.baseline}
	start := d.at.Add(f.skip)
	p.after = [2]time.Time{start, start.Add(f.window)}
	p.before = [2]time.Time{d.at.Add(-f.baseline), d.at}
	// The whole hours the window covers, a day and a week earlier: the same
	// part of the daily rhythm.
	hours := func(back time.Duration) [2]time.Time {
		s, e := p.after[0].Add(-back).Truncate(time.Hour), p.after[1].Add(-back)
		if t := e.Truncate(time.Hour); t.Before(e) {
			e = t.Add(time.Hour)
		}
		return [2]time.Time{s, e}
	}
	p.day, p.week = hours(24*time.Hour), hours(7*24*time.Hour)
	return p
}

// ranges are the time ranges the judgement reads, merged.
func (p *deployPlan) ranges() [][2]time.Time {
	rs := [][2]time.Time{p.week, p.day, {p.before[0], p.after[1]}}
	slices.SortFunc(rs, func(a, b [2]time.Time) int { return a[0].Compare(b[0]) })
	out := rs[:1]
	for _, r := range rs[1:] {
		last := &out[len(out)-1]
		if !r[0].After(last[1]) {
			if r[1].After(last[1]) {
				last[1] = r[1]
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

// deployCollector is the evaluator stage of the reading pipeline: it keeps
// the service's deploy markers and spools the service's events, redacted,
// to a temporary file for the windows; with stop set, it ends the read
// once the watermark has passed the window.
type deployCollector struct {
	service string
	version string         // the marker waited for, for progress lines
	within  [][2]time.Time // spool only events in these ranges (nil: all)

	mu      sync.Mutex
	closed  bool
	spool   *os.File
	w       *bufio.Writer
	werr    error
	markers []deployMarker
	first   time.Time // the earliest and newest event of any service
	newest  time.Time
	events  int64 // the service's events spooled
	buf     []byte

	// Waiting on a stream (stdin with --wait): the deploy and the end of
	// its window from the markers seen so far, stop to call once the
	// watermark passes that end, progress lines to write. With liveFrom
	// set (a marker), the stream must also have caught up with the time the
	// check started (less the lateness): before that it is history, and a
	// later marker may still come.
	waitFor  func(markers []deployMarker) (deployed, end time.Time, ok bool)
	liveFrom time.Time
	stop     func()
	progress io.Writer
	shown    time.Time
	stopped  bool
}

func newDeployCollector(service string) (*deployCollector, error) {
	f, err := os.CreateTemp("", "vigil-deploy-*.ndjson")
	if err != nil {
		return nil, fmt.Errorf("deploy: spool file: %w", err)
	}
	return &deployCollector{service: service, spool: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

// Observe implements pipeline.Evaluator.
func (c *deployCollector) Observe(ev *event.Event) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	if c.first.IsZero() || ev.Time.Before(c.first) {
		c.first = ev.Time
	}
	if ev.Time.After(c.newest) {
		c.newest = ev.Time
	}
	if ev.Text("service.name") != c.service {
		return
	}
	if ev.Text("event.action") == "deploy" {
		c.markers = append(c.markers, deployMarker{at: ev.Time, version: ev.Text("service.version")})
	}
	if c.within != nil && !slices.ContainsFunc(c.within, func(r [2]time.Time) bool {
		return !ev.Time.Before(r[0]) && ev.Time.Before(r[1])
	}) {
		return
	}
	c.buf = append(ev.AppendJSON(c.buf[:0]), '\n')
	if _, err := c.w.Write(c.buf); err != nil && c.werr == nil {
		c.werr = err
	}
	c.events++
}

// Advance implements pipeline.Evaluator: while waiting on a stream, it
// prints a progress line each minute of event time and stops the read once
// the watermark has passed the window's end.
func (c *deployCollector) Advance(wm time.Time) []alert.Alert {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.waitFor == nil || c.closed || c.stopped {
		return nil
	}
	if !c.liveFrom.IsZero() && c.newest.Before(c.liveFrom) {
		return nil // still the stream's history
	}
	deployed, end, ok := c.waitFor(c.markers)
	if ok && !wm.Before(end) {
		c.stopped = true
		c.stop()
		return nil
	}
	// One line a minute of event time, once the deploy has happened.
	if m := wm.Truncate(time.Minute); m.After(c.shown) && (!ok || !wm.Before(deployed)) {
		c.shown = m
		if ok {
			fmt.Fprintf(c.progress, "vigil deploy check: waiting: the input has reached %s (less the allowed lateness); the window ends at %s\n",
				clockText(wm), clockText(end))
		} else {
			fmt.Fprintf(c.progress, "vigil deploy check: waiting: the input has reached %s; no deploy marker of %s%s yet\n",
				clockText(wm), c.service, versionText(c.version))
		}
	}
	return nil
}

// finish stops taking events and flushes the spool.
func (c *deployCollector) finish() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	if err := c.w.Flush(); err != nil && c.werr == nil {
		c.werr = err
	}
	if c.werr != nil {
		return fmt.Errorf("deploy: spool file: %w", c.werr)
	}
	return nil
}

func (c *deployCollector) close() {
	c.spool.Close()
	os.Remove(c.spool.Name())
}

// replay feeds the spooled events to fn, in file order.
func (c *deployCollector) replay(fn func(ev *event.Event)) error {
	if _, err := c.spool.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("deploy: spool file: %w", err)
	}
	r := bufio.NewReaderSize(c.spool, 1<<16)
	dec := event.NewDecoder(nil)
	var ev event.Event
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 1 {
			if derr := dec.Decode(line, &ev); derr == nil {
				fn(&ev)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("deploy: spool file: %w", err)
		}
	}
}

// chainSource reads its sources one after the other.
type chainSource struct {
	srcs []pipeline.Source
	i    int
}

func (s *chainSource) Fetch(ctx context.Context) (pipeline.Message, error) {
	for s.i < len(s.srcs) {
		m, err := s.srcs[s.i].Fetch(ctx)
		if errors.Is(err, io.EOF) {
			s.i++
			continue
		}
		return m, err
	}
	return pipeline.Message{}, io.EOF
}

func (s *chainSource) Ack(pipeline.Message) {}

// deployRead runs src through decoding and redaction into c, and says
// whether it gave up at timeout (zero: none). With c.waitFor set the read
// also ends when c stops it.
func (g *globals) deployRead(parent context.Context, cfg *config.Config, red *redactor, log zerolog.Logger, src pipeline.Source, c *deployCollector, timeout time.Duration) (pipeline.Stats, bool, error) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	c.stop = cancel
	p, err := pipeline.New(pipeline.Config{Workers: 1, Mapping: cfg.Fields, Lateness: cfg.Pipeline.AllowedLateness, Log: log},
		pipeline.Stages{Source: src, Redact: red, Eval: c, DLQ: countedDLQ{}})
	if err != nil {
		return pipeline.Stats{}, false, err
	}
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	var expired <-chan struct{}
	if timeout > 0 {
		ch := make(chan struct{})
		expired = ch
		go func() {
			if deploySleep(ctx, timeout) == nil {
				close(ch)
			}
		}()
	}
	timedOut := false
	select {
	case err = <-done:
	case <-ctx.Done():
		// Stopped (the window is over) or interrupted: a read blocked on a
		// stream may not return until its next line, so do not wait for it.
		err = parent.Err()
	case <-expired:
		timedOut = true
		cancel()
	}
	if ferr := c.finish(); err == nil {
		err = ferr
	}
	return p.Stats(), timedOut, err
}

// countedDLQ takes the lines that do not decode: the check counts them
// (in its summary line) and judges the rest.
type countedDLQ struct{}

func (countedDLQ) Send(context.Context, pipeline.DeadLetter) error { return nil }

// deployOutcome is a judgement: its report and how the input was read.
type deployOutcome struct {
	report deploy.Report
	read   string
}

// judge reads the input (waiting when asked to), locates the deploy and
// compares its windows. When no deploy is found, the report is
// inconclusive with a zero DeployedAt and says why.
func (g *globals) judge(ctx context.Context, f *deployFlags) (*deployOutcome, error) {
	cfg, err := g.loadConfig()
	if err != nil {
		return nil, err
	}
	red, log, err := g.newRedactor(cfg)
	if err != nil {
		return nil, err
	}
	if f.es.use {
		return g.judgeES(ctx, f, cfg, red, log)
	}
	return g.judgeFiles(ctx, f, cfg, red, log)
}

// judgeFiles reads NDJSON files or stdin once, keeping the service's
// events, then judges the deploy.
func (g *globals) judgeFiles(ctx context.Context, f *deployFlags, cfg *config.Config, red *redactor, log zerolog.Logger) (*deployOutcome, error) {
	c, err := newDeployCollector(f.service)
	if err != nil {
		return nil, err
	}
	defer c.close()
	reach := f.skip + f.window
	if !f.deployAt.IsZero() {
		c.within = f.plan(deployGroup{at: f.deployAt, last: f.deployAt}, nil).ranges()
	}
	var timeout time.Duration
	if f.wait && f.stdin {
		// A stream: read until the watermark passes the window's end.
		timeout = f.timeout
		c.version, c.progress = f.version, g.stderr
		c.waitFor = func(ms []deployMarker) (time.Time, time.Time, bool) {
			d, _, ok := locate(groupMarkers(ms), f.deployAt, f.version, f.skip, reach)
			return d.at, d.at.Add(reach), ok
		}
		if f.markerMode {
			c.liveFrom = deployClock().Add(-cfg.Pipeline.AllowedLateness)
		}
	}
	src := f.source
	if src == nil {
		files := pipeline.NewFileSource(f.inputs, g.stdin)
		defer files.Close()
		src = files
	}
	stats, timedOut, err := g.deployRead(ctx, cfg, red, log, src, c, timeout)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	first, newest, markers := c.first, c.newest, slices.Clone(c.markers)
	c.mu.Unlock()
	out := &deployOutcome{read: fmt.Sprintf("%s: %d lines, %d events, %d of %s (%d dead letters)",
		strings.Join(f.inputs, ", "), stats.Fetched, stats.Decoded, c.events, f.service, stats.DeadLettered)}
	d, prev, ok := locate(groupMarkers(markers), f.deployAt, f.version, f.skip, reach)
	if !ok {
		out.report = noDeploy(f, "the input")
		return out, nil
	}
	p := f.plan(d, prev)
	p.complete = !newest.Before(p.after[1])
	if !p.complete {
		reached := "has no events"
		if !newest.IsZero() {
			reached = "reaches only " + clockText(newest)
		}
		p.incomplete = fmt.Sprintf("the input %s", reached)
		if timedOut {
			p.incomplete += fmt.Sprintf(" after waiting %s (--timeout)", f.timeout)
		}
	}
	out.report, err = g.compareDeploy(cfg, f, p, c, first)
	return out, err
}

// judgeES reads the service's logs from Elasticsearch: with a marker, its
// deploy markers first (again every --poll while waiting for one), then,
// once the window is over (or not waiting), the windows' time ranges.
func (g *globals) judgeES(ctx context.Context, f *deployFlags, cfg *config.Config, red *redactor, log zerolog.Logger) (*deployOutcome, error) {
	lateness := cfg.Pipeline.AllowedLateness
	reach := f.skip + f.window
	service := esQuote(f.service)
	narrow := func(q string) string {
		if strings.TrimSpace(f.es.q) != "" {
			q = "(" + f.es.q + ") AND " + q
		}
		return q
	}
	start := deployClock()
	deadline := start.Add(f.timeout)
	var described []string
	for {
		now := deployClock()
		d, prev := deployGroup{at: f.deployAt, last: f.deployAt}, (*deployGroup)(nil)
		found := !f.markerMode
		if f.markerMode {
			c, err := newDeployCollector(f.service)
			if err != nil {
				return nil, err
			}
			src, desc, closeSrc, err := f.es.history(cfg, now.Add(-f.lookbackDur), now.Add(time.Minute),
				narrow("service.name:"+service+" AND event.action:deploy"), log)
			if err != nil {
				c.close()
				return nil, &exitCodeError{code: exitUsage, err: err}
			}
			_, _, err = g.deployRead(ctx, cfg, red, log, src, c, 0)
			closeSrc()
			c.close()
			if err != nil {
				return nil, err
			}
			described = append(described[:0], desc())
			d, prev, found = locate(groupMarkers(c.markers), time.Time{}, f.version, f.skip, reach)
		}
		end := d.at.Add(reach)
		switch {
		case f.wait && now.Before(deadline) && !found:
			fmt.Fprintf(g.stderr, "vigil deploy check: waiting for a deploy marker of %s%s (%s left before --timeout)\n",
				f.service, versionText(f.version), shortSpan(deadline.Sub(now)))
		case f.wait && now.Before(deadline) && now.Add(-lateness).Before(end):
			fmt.Fprintf(g.stderr, "vigil deploy check: waiting for the window to end at %s (+%s allowed lateness): %s left\n",
				clockText(end), shortSpan(lateness), shortSpan(end.Add(lateness).Sub(now)))
		default:
			if !found {
				return &deployOutcome{report: noDeploy(f, "Elasticsearch"), read: strings.Join(described, "; ")}, nil
			}
			return g.judgeESWindows(ctx, f, cfg, red, log, d, prev, now, narrow("service.name:"+service), described)
		}
		wake := min(f.poll, deadline.Sub(now))
		if found {
			wake = min(wake, end.Add(lateness).Sub(now))
		}
		if err := deploySleep(ctx, max(wake, time.Millisecond)); err != nil {
			return nil, err
		}
	}
}

// judgeESWindows reads the windows of a located deploy from Elasticsearch
// and compares them.
func (g *globals) judgeESWindows(ctx context.Context, f *deployFlags, cfg *config.Config, red *redactor, log zerolog.Logger,
	d deployGroup, prev *deployGroup, now time.Time, query string, described []string) (*deployOutcome, error) {
	p := f.plan(d, prev)
	c, err := newDeployCollector(f.service)
	if err != nil {
		return nil, err
	}
	defer c.close()
	var srcs []pipeline.Source
	var descs []func() string
	for _, r := range p.ranges() {
		src, desc, closeSrc, err := f.es.history(cfg, r[0], r[1], query, log)
		if err != nil {
			return nil, &exitCodeError{code: exitUsage, err: err}
		}
		defer closeSrc()
		srcs, descs = append(srcs, src), append(descs, desc)
	}
	if _, _, err := g.deployRead(ctx, cfg, red, log, &chainSource{srcs: srcs}, c, 0); err != nil {
		return nil, err
	}
	if !f.markerMode {
		// A deploy given by its time: its version and the deploy before it
		// from the markers read with the windows.
		d, prev, _ = locate(groupMarkers(c.markers), f.deployAt, f.version, f.skip, f.skip+f.window)
		p = f.plan(d, prev)
	}
	for _, desc := range descs {
		described = append(described, desc())
	}
	lateness := cfg.Pipeline.AllowedLateness
	p.complete = !now.Add(-lateness).Before(p.after[1])
	if !p.complete {
		p.incomplete = fmt.Sprintf("the clock less the allowed lateness (%s) reaches only %s", shortSpan(lateness), clockText(now.Add(-lateness)))
		if f.wait {
			p.incomplete += fmt.Sprintf(" after waiting %s (--timeout)", f.timeout)
		}
	}
	out := &deployOutcome{read: strings.Join(described, "; ")}
	// Elasticsearch returns what the ranges ask for: their coverage is
	// assumed (first is zero).
	out.report, err = g.compareDeploy(cfg, f, p, c, time.Time{})
	return out, err
}

// compareDeploy builds the windows of p from the spooled events and
// compares them. first is the input's earliest event (zero: the input
// covers every range asked for): baselines the input does not reach are
// shortened or skipped.
func (g *globals) compareDeploy(cfg *config.Config, f *deployFlags, p *deployPlan, c *deployCollector, first time.Time) (deploy.Report, error) {
	opt := deploy.DefaultOptions()
	var notes []string
	after := deploy.NewWindow(p.after[0], p.after[1])
	after.Label = "after"
	windows := []*deploy.Window{after}

	// The baseline before the deploy: cut at the previous deploy (plus the
	// skipped restart), so that it measures the release being replaced and
	// not a mix of two, and at the start of the input.
	bs, be := p.before[0], p.before[1]
	label := shortSpan(p.baselineD) + " before"
	if p.prev != nil && p.prev.last.Add(p.skip).After(bs) {
		bs = p.prev.last.Add(p.skip)
		label = fmt.Sprintf("%s before, since %s", shortSpan(be.Sub(bs)), versionName(p.prev.version))
		notes = append(notes, fmt.Sprintf("The %s baseline starts after the previous deploy (%s at %s), so that it measures the release being replaced.",
			shortSpan(p.baselineD), versionName(p.prev.version), timeText(p.prev.last)))
	}
	if !first.IsZero() && first.After(bs) {
		bs = first
		label = shortSpan(be.Sub(bs)) + " before"
		notes = append(notes, fmt.Sprintf("The input starts at %s: the baseline before the deploy is %s, not %s.",
			timeText(first), shortSpan(be.Sub(bs)), shortSpan(p.baselineD)))
	}
	var before *deploy.Window
	if bs.Before(be) {
		before = deploy.NewWindow(bs, be)
		before.Label = label
		windows = append(windows, before)
	}
	var extra []*deploy.Window
	for _, b := range []struct {
		label string
		r     [2]time.Time
	}{{"1 day before", p.day}, {"1 week before", p.week}} {
		if !first.IsZero() && first.After(b.r[0]) {
			notes = append(notes, fmt.Sprintf("Baseline %s skipped: the input starts at %s.", b.label, timeText(first)))
			continue
		}
		w := deploy.NewWindow(b.r[0], b.r[1])
		w.Label = b.label
		extra = append(extra, w)
	}
	windows = append(windows, extra...)
	if err := c.replay(func(ev *event.Event) {
		for _, w := range windows {
			if !ev.Time.Before(w.Start()) && ev.Time.Before(w.End()) {
				w.Add(ev)
			}
		}
	}); err != nil {
		return deploy.Report{}, err
	}
	var bases []*deploy.Window
	for _, w := range append([]*deploy.Window{before}, extra...) {
		if w == nil {
			continue
		}
		if n := w.Events(); n < opt.MinBaselineEvents {
			notes = append(notes, fmt.Sprintf("Baseline %s skipped: %d events, %d needed.", w.Label, n, opt.MinBaselineEvents))
			continue
		}
		bases = append(bases, w)
	}
	r := deploy.Compare(after, bases, opt)
	if r.Service == "" {
		r.Service = f.service
	}
	if r.Version == "" {
		r.Version = p.d.version
	}
	r.DeployedAt = p.d.at
	if !p.complete {
		so := fmt.Sprintf("So far (the window is incomplete, so not a verdict): %s: %s.", r.Verdict, r.Reason)
		r.Verdict = deploy.Inconclusive
		r.Reason = fmt.Sprintf("The window is not over: it ends at %s and %s. Check again after it", timeText(p.after[1]), p.incomplete)
		if !f.wait && (f.es.use || f.stdin) {
			r.Reason += ", or with --wait"
		}
		notes = append(notes, so)
	}
	r.Notes = notes
	base, pattern, lookback := kibanaTarget(cfg.Alerting, cfg.Elasticsearch)
	r.KibanaURL = alerting.LinkTarget{Base: base, DataView: pattern, Lookback: lookback}.Link(
		alert.LogQuery{GroupBy: []string{"service.name"}, From: p.d.at.Add(-lookback), To: p.after[1]},
		map[string]string{"service.name": f.service}, p.d.at)
	return r, nil
}

// noDeploy is the report when no deploy marker was found.
func noDeploy(f *deployFlags, where string) deploy.Report {
	r := deploy.Compare(nil, nil, deploy.Options{})
	r.Service = f.service
	r.Verdict = deploy.Inconclusive
	r.Reason = fmt.Sprintf("No deploy marker of %s%s in %s (event.action: deploy, with service.name)", f.service, versionText(f.version), where)
	if f.es.use {
		r.Reason += fmt.Sprintf(" over the last %s (--lookback)", f.lookback)
	}
	return r
}

func (g *globals) deployCheck(ctx context.Context, f *deployFlags) error {
	judge := g.judge
	if f.api.url != "" {
		judge = g.judgeAPI
	}
	out, err := judge(ctx, f)
	if err != nil {
		var ec *exitCodeError
		if errors.As(err, &ec) {
			return err
		}
		// A source that cannot be read is no reason to roll back: only a
		// degraded verdict exits 1.
		return &exitCodeError{code: deploy.Inconclusive.ExitCode(), err: fmt.Errorf("deploy check: could not tell: %w", err)}
	}
	if err := g.printDeploy(f, out); err != nil {
		return err
	}
	if code := out.report.Verdict.ExitCode(); code != exitOK {
		return &exitCodeError{code: code}
	}
	return nil
}

func (g *globals) deployReport(ctx context.Context, f *deployFlags) error {
	out, err := g.judge(ctx, f)
	if err != nil {
		return err
	}
	if out.report.DeployedAt.IsZero() {
		return fmt.Errorf("deploy report: %s", out.report.Reason)
	}
	return g.printDeploy(f, out)
}

// printDeploy writes the report (or the verdict line) to stdout and a
// summary of what was read to stderr.
func (g *globals) printDeploy(f *deployFlags, out *deployOutcome) error {
	r := &out.report
	deployed := "no deploy found"
	if !r.DeployedAt.IsZero() {
		deployed = "deployed " + timeText(r.DeployedAt)
	}
	fmt.Fprintf(g.stderr, "vigil deploy %s: %s %s: %s; read %s\n", f.cmd, f.service, deployed, r.Verdict, out.read)
	switch f.report {
	case "json":
		enc := json.NewEncoder(g.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(r)
	case "md":
		_, err := io.WriteString(g.stdout, r.Markdown())
		return err
	}
	_, err := fmt.Fprintf(g.stdout, "%s: %s\n", r.Verdict, r.Reason)
	return err
}

// judgeAPI asks a running vigil's deploy gate (GET
// /api/v1/deploys/{service}/check) for the report.
func (g *globals) judgeAPI(ctx context.Context, f *deployFlags) (*deployOutcome, error) {
	q := url.Values{}
	if f.since != "" {
		q.Set("since", f.since)
	}
	if f.version != "" {
		q.Set("version", f.version)
	}
	for name, d := range map[string]time.Duration{"window": f.window, "baseline": f.baseline, "skip": f.skip} {
		if d > 0 {
			q.Set(name, d.String())
		}
	}
	actx, cancel := f.api.context(ctx)
	defer cancel()
	raw, err := f.api.client().CheckDeploy(actx, f.service, q)
	if err != nil {
		return nil, err
	}
	var r deploy.Report
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("the API's deploy report: %w", err)
	}
	return &deployOutcome{report: r, read: "vigil's API at " + f.api.url}, nil
}

// esQuote quotes s as a query_string phrase.
func esQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func versionText(v string) string {
	if v == "" {
		return ""
	}
	return " version " + v
}

func versionName(v string) string {
	if v == "" {
		return "an unnamed version"
	}
	return v
}

// clockText is an event time on the minute's scale: 19:25:00Z.
func clockText(t time.Time) string { return t.UTC().Format("15:04:05Z") }

// timeText is an event time in full: 2026-11-24 19:25:00Z.
func timeText(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05Z") }

// shortSpan renders a duration for people: 2 h, 16 min, 1 h 12 min, 30 s,
// 1 day, 7 days.
func shortSpan(d time.Duration) string {
	switch {
	case d >= 24*time.Hour && d%(24*time.Hour) == 0:
		if n := d / (24 * time.Hour); n > 1 {
			return strconv.Itoa(int(n)) + " days"
		}
		return "1 day"
	case d >= time.Hour:
		h, m := d/time.Hour, (d%time.Hour)/time.Minute
		if m == 0 {
			return fmt.Sprintf("%d h", h)
		}
		return fmt.Sprintf("%d h %d min", h, m)
	case d >= time.Minute:
		m, s := d/time.Minute, (d%time.Minute)/time.Second
		if s == 0 || m >= 10 {
			return fmt.Sprintf("%d min", m)
		}
		return fmt.Sprintf("%d min %d s", m, s)
	}
	return fmt.Sprintf("%d s", (d+time.Second/2)/time.Second)
}

// ---- vigil deploy mark ----

func (g *globals) deployMarkCommand() *cobra.Command {
	var service, version, env, at, msg, topic, brokers, output, apiURL string
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "mark --service S --version V [--env E] [--output -]",
		Short: "Write a deploy marker for the service to Kafka (or print it)",
		Long: `mark writes one deploy marker, the log line a service that does not log its
own deploys would write (@timestamp, service.name, service.version,
event.action "deploy", message), to the configured Kafka topic (the first
of kafka.topics, or --topic) with the service name as the key. With
--output it is written as NDJSON to a file (appended) or to stdout (-)
instead, for file-based checks.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var errs []error
			if strings.TrimSpace(service) == "" {
				errs = append(errs, errors.New("--service: the service.name that was deployed is required"))
			}
			if strings.TrimSpace(version) == "" {
				errs = append(errs, errors.New("--version: the service.version that was deployed is required"))
			}
			ts := deployClock().UTC()
			if at != "" {
				t, err := time.Parse(time.RFC3339, at)
				if err != nil {
					errs = append(errs, fmt.Errorf("--at: want an RFC 3339 time such as 2026-11-24T19:25:00Z, got %q", at))
				}
				ts = t
			}
			if timeout <= 0 {
				errs = append(errs, fmt.Errorf("--timeout: want a positive duration such as 30s, got %s", timeout))
			}
			if err := errors.Join(errs...); err != nil {
				return &exitCodeError{code: exitUsage, err: err}
			}
			if apiURL != "" {
				if output != "" {
					return &exitCodeError{code: exitUsage, err: errors.New("--url and --output: give one of them")}
				}
				api := apiFlags{url: apiURL, timeout: timeout}
				ctx, cancel := api.context(cmd.Context())
				defer cancel()
				pub, err := api.client().MarkDeploy(ctx, server.PostDeploy{Service: service, Version: version, Environment: env, Message: msg, At: ts})
				if err != nil {
					return apiError(err)
				}
				fmt.Fprintf(g.stderr, "vigil deploy mark: %s %s written by vigil's API to %s\n", service, version, pub.To)
				return nil
			}
			line := deployMarkerLine(service, version, env, msg, ts)
			if output != "" {
				return g.writeMarkerFile(output, line)
			}
			cfg, err := g.loadConfig()
			if err != nil {
				return err
			}
			return g.produceMarker(cmd.Context(), cfg, brokers, topic, service, line, ts, timeout)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&service, "service", "", "the service.name deployed (required)")
	fl.StringVar(&version, "version", "", "the service.version deployed (required)")
	fl.StringVar(&env, "env", "", "the environment, written as service.environment")
	fl.StringVar(&at, "at", "", "the deploy's time, RFC 3339 (default now)")
	fl.StringVar(&msg, "message", "", `the marker's message (default "deployed S V")`)
	fl.StringVar(&topic, "topic", "", "Kafka topic (default the first of the config's kafka.topics, else logs)")
	fl.StringVar(&brokers, "brokers", "", "Kafka bootstrap brokers, comma-separated (default the config's kafka.brokers)")
	fl.StringVar(&output, "output", "", "write the marker as NDJSON to this file (appended), or - for stdout, instead of Kafka")
	fl.StringVar(&apiURL, "url", "", "post the marker to a running vigil's API (POST /api/v1/deploys; token from $"+tokenEnv+") instead of Kafka")
	fl.DurationVar(&timeout, "timeout", 30*time.Second, "how long writing to Kafka may take")
	return cmd
}

// deployMarkerLine is a deploy marker as one JSON line (docs/architecture.md §3 fields).
func deployMarkerLine(service, version, env, msg string, at time.Time) []byte {
	type svc struct {
		Name        string `json:"name"`
		Version     string `json:"version"`
		Environment string `json:"environment,omitempty"`
	}
	if msg == "" {
		msg = "deployed " + service + " " + version
		if env != "" {
			msg += " to " + env
		}
	}
	b, _ := json.Marshal(struct {
		Timestamp string            `json:"@timestamp"`
		Log       map[string]string `json:"log"`
		Service   svc               `json:"service"`
		Event     map[string]string `json:"event"`
		Message   string            `json:"message"`
	}{
		Timestamp: at.UTC().Format(time.RFC3339Nano),
		Log:       map[string]string{"level": "info"},
		Service:   svc{Name: service, Version: version, Environment: env},
		Event:     map[string]string{"action": "deploy"},
		Message:   msg,
	})
	return b
}

func (g *globals) writeMarkerFile(path string, line []byte) error {
	line = append(line, '\n')
	if path == "-" {
		_, err := g.stdout.Write(line)
		return err
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("--output: %w", err)
	}
	if _, err := f.Write(line); err != nil {
		f.Close()
		return fmt.Errorf("--output: %w", err)
	}
	return f.Close()
}

// produceMarker writes the marker to Kafka, keyed by service.
func (g *globals) produceMarker(ctx context.Context, cfg *config.Config, brokers, topic, service string, line []byte, at time.Time, timeout time.Duration) error {
	kc := cfg.Kafka
	if brokers != "" {
		kc.Brokers = strings.Split(brokers, ",")
	}
	if topic == "" {
		topic = "logs"
		if len(kc.Topics) > 0 {
			topic = kc.Topics[0]
		}
	}
	if len(kc.Brokers) == 0 {
		return &exitCodeError{code: exitUsage, err: errors.New("deploy mark: give --brokers, set kafka.brokers in the config, or --output")}
	}
	kc.Producer.Async = false
	log := newLogger(g.stderr, cfg.Log.Level, cfg.Log.Format, nil)
	w, err := kafka.NewWriter(kc, topic, log)
	if err != nil {
		return &exitCodeError{code: exitUsage, err: err}
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	werr := w.WriteMessages(ctx, kafkago.Message{Key: []byte(service), Value: line, Time: at})
	if err := w.Close(); werr == nil {
		werr = err
	}
	if werr != nil {
		return fmt.Errorf("deploy mark: topic %s: %w", topic, werr)
	}
	fmt.Fprintf(g.stderr, "vigil deploy mark: %s written to Kafka topic %s\n", line, topic)
	return nil
}
