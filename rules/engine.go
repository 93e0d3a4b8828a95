package rules

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/axiomhq/hyperloglog"
	"github.com/expr-lang/expr/vm"
	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
)

// Options configures an Engine.
type Options struct {
	// Logger receives runtime errors (rate-limited) and reloads.
	Logger zerolog.Logger
	// MaxGroupsPerRule caps the series of one rule (default 1000). Events
	// of further series are dropped and the group-limit alert fires.
	MaxGroupsPerRule int
	// MaxSamples is how many matching events an alert carries (default 5).
	MaxSamples int
	// KibanaURL, when set, fills each alert's kibana_url; q says which
	// events the alert is about (see alert.LogQuery).
	KibanaURL func(a *alert.Alert, q alert.LogQuery) string
	// AllowedLateness is the pipeline's: events run up to this far ahead
	// of the watermark. The window rings keep room for it (at least 16
	// minutes); events further ahead are counted as Early.
	AllowedLateness time.Duration
	// Jobs, when set, turns on the job watcher: every job seen with
	// job.name and job.status is judged against its learned (or declared)
	// schedule and raises job-overdue, job-failing and job-slow alerts.
	Jobs *JobsOptions
	// Deploys, when set, turns on the deploy watcher: every deploy marker
	// (event.action "deploy" with service.name and service.version) opens
	// a watch that compares the service's events since the deploy with
	// its history before it, and raises deploy-regression alerts.
	Deploys *DeploysOptions
}

// GroupLimitRule is the rule name of the alert raised when a rule's
// groups exceed Options.MaxGroupsPerRule; its "rule" label names the rule.
const GroupLimitRule = "vigil-rule-group-limit"

// Engine evaluates a rule set over a stream of events in event time. One
// goroutine drives an engine: it is not safe for concurrent use.
type Engine struct {
	log   zerolog.Logger
	opt   Options
	rules []*ruleState

	// Per-event extraction: every field any expression reads is a slot.
	slots  []slotKey
	names  []string
	used   []int             // the slots the current rules read
	inEnv  []bool            // slots expressions read (the others are raw only)
	slotOf map[string][2]int // path → value slot, presence slot (-1: none)
	raw    []event.Value
	seen   []uint64
	gen    uint64
	env    map[string]any
	intern map[string]any
	misses []int
	vm     vm.VM
	keyBuf []byte
	dec    *event.Decoder

	watermark time.Time
	hasWM     bool
	evalMin   int64 // last evaluated minute boundary
	late      uint64
	orphans   []alert.Alert // firing alerts of rules removed by a reload

	jobs    *jobWatcher    // nil: job alerts off
	deploys *deployWatcher // nil: deploy alerts off

	// Stage two (stages.go): partials held until the watermark passes
	// their minute, partials refused, the newest event time merged.
	held    map[partialKey]*Partial
	refused uint64
	newest  time.Time
}

// ruleState is a rule and its groups.
type ruleState struct {
	rule     *Rule
	c        *compiledRule
	groups   map[string]*group
	order    []*group
	startMin int64 // first boundary the rule saw; -1 before
	bornSec  int64 // event time (unix s) the rule first saw; 0 before
	matched  uint64
	errors   uint64
	early    uint64
	dropped  uint64
	env      map[string]any
	sk       *qsketch
	hll      *hyperloglog.Sketch
	limit    limitState
	vals     aggVals // scratch of one series' evaluation
}

// limitState is the group-limit alert of one rule.
type limitState struct {
	seenDropped uint64
	firing      bool
	lastMin     int64
	alert       alert.Alert
}

// Stats are an engine's counters.
type Stats struct {
	// Late counts events older than the watermark (not counted); in stage
	// two, the events of partials of minutes already evaluated.
	Late uint64
	// Refused counts the partials stage two refused: of a rule not
	// running, or made by another definition of it.
	Refused uint64
	// Rules holds per-rule counters, in rule order.
	Rules []RuleStats
}

// RuleStats are one rule's counters.
type RuleStats struct {
	Name string
	// Matched counts events that passed the filter.
	Matched uint64
	// Errors counts runtime expression errors.
	Errors uint64
	// Groups is the number of live series.
	Groups int
	// DroppedGroups counts events refused because of the group cap.
	DroppedGroups uint64
	// Early counts events too far ahead of the watermark to be windowed.
	Early uint64
	// Firing is the number of series currently firing.
	Firing int
}

// NewEngine returns an engine running rs.
func NewEngine(rs *RuleSet, opt Options) *Engine {
	if opt.MaxGroupsPerRule <= 0 {
		opt.MaxGroupsPerRule = 1000
	}
	if opt.MaxSamples <= 0 {
		opt.MaxSamples = 5
	}
	e := &Engine{log: opt.Logger, opt: opt, intern: map[string]any{}}
	e.vm.MemoryBudget = memoryBudget
	e.install(rs, nil)
	if opt.Jobs != nil {
		e.jobs = e.newJobWatcher(*opt.Jobs)
	}
	if opt.Deploys != nil {
		e.deploys = e.newDeployWatcher(*opt.Deploys)
	}
	return e
}

// ringLen is the number of minute buckets a series of the rule keeps: the
// minutes its evaluations read, and room for events ahead of the watermark.
// The watermark trails the slowest partition by the allowed lateness, so
// the room is the lateness plus minRingSlack: however long the lateness, an
// event may run minRingSlack minutes ahead of the slowest partition. (Room
// of the larger of the two left a demo with a quarter of an hour's lateness
// two minutes ahead, and a partition that stalled for a moment made the
// others' events early.)
func (e *Engine) ringLen(c *compiledRule) int64 {
	late := int64((e.opt.AllowedLateness + time.Minute - 1) / time.Minute)
	return c.span() + minRingSlack + late
}

func newRuleState(r *Rule) *ruleState {
	rs := &ruleState{rule: r, c: r.c, groups: map[string]*group{}, startMin: -1, env: map[string]any{}}
	if r.c.nsk > 0 {
		rs.sk = newSketch()
	}
	if r.c.nhll > 0 {
		rs.hll = hyperloglog.New14()
	}
	return rs
}

// install sets the engine's rules, reusing states from old by name when
// the definition is unchanged.
func (e *Engine) install(set *RuleSet, old map[string]*ruleState) {
	e.rules = e.rules[:0]
	if set != nil {
		for _, r := range set.Rules {
			if r.c == nil {
				continue
			}
			if st, ok := old[r.Name]; ok && st.c.hash == r.c.hash {
				st.rule = r
				delete(old, r.Name)
				e.rules = append(e.rules, st)
				continue
			}
			st := newRuleState(r)
			if e.hasWM {
				st.startMin = e.evalMin + 1
			}
			e.rules = append(e.rules, st)
		}
	}
	// Index every slot the expressions read.
	e.used = e.used[:0]
	e.slotOf = map[string][2]int{}
	n := slotCount()
	e.slots = make([]slotKey, n)
	e.names = make([]string, n)
	inUse := make([]bool, n)
	e.inEnv = make([]bool, n)
	for _, st := range e.rules {
		for _, k := range st.c.slots {
			i := slotIndex(k)
			if st.c.envSlots[k] {
				e.inEnv[i] = true
			}
			if inUse[i] {
				continue
			}
			inUse[i] = true
			e.used = append(e.used, i)
			e.slots[i] = k
			e.names[i] = k.envName()
			pair, ok := e.slotOf[k.path]
			if !ok {
				pair = [2]int{-1, -1}
			}
			if k.typ == typeBool {
				pair[1] = i
			} else {
				pair[0] = i
			}
			e.slotOf[k.path] = pair
		}
	}
	e.raw = make([]event.Value, n)
	e.seen = make([]uint64, n)
	e.misses = make([]int, n)
	e.env = make(map[string]any, len(e.used))
	for _, i := range e.used {
		if e.inEnv[i] {
			e.env[e.names[i]] = e.slots[i].missing()
		}
	}
	e.gen = 0
}

// Reload replaces the rule set. Rules whose definition is unchanged keep
// their windows and alert state; alerts of removed or changed rules are
// resolved at the next Advance.
func (e *Engine) Reload(set *RuleSet) {
	old := map[string]*ruleState{}
	for _, st := range e.rules {
		old[st.rule.Name] = st
	}
	e.install(set, old)
	for _, st := range old {
		for _, g := range st.order {
			if g.state == stateFiring {
				e.orphans = append(e.orphans, g.alert)
			}
		}
		if st.limit.firing {
			e.orphans = append(e.orphans, st.limit.alert)
		}
	}
	e.log.Info().Int("rules", len(e.rules)).Int("replaced", len(old)).Msg("rules reloaded")
}

// Rules returns the names of the running rules.
func (e *Engine) Rules() []string {
	out := make([]string, len(e.rules))
	for i, st := range e.rules {
		out[i] = st.rule.Name
	}
	return out
}

// Stats returns the engine's counters.
func (e *Engine) Stats() Stats {
	s := Stats{Late: e.late, Refused: e.refused, Rules: make([]RuleStats, len(e.rules))}
	for i, st := range e.rules {
		firing := 0
		for _, g := range st.order {
			if g.state == stateFiring {
				firing++
			}
		}
		s.Rules[i] = RuleStats{Name: st.rule.Name, Matched: st.matched, Errors: st.errors,
			Groups: len(st.groups), DroppedGroups: st.dropped, Early: st.early, Firing: firing}
	}
	return s
}

// Observe feeds one event (already redacted) to every rule, a job event
// (job.name and job.status) to the job watcher and an event with a
// service.name to the deploy watcher — the last two even when late: a run
// reported late still is a run.
func (e *Engine) Observe(ev *event.Event) {
	if e.jobs != nil {
		e.jobs.observe(e, ev)
	}
	if e.deploys != nil {
		e.deploys.observe(e, ev)
	}
	if e.hasWM && ev.Time.Before(e.watermark) {
		e.late++
		return
	}
	e.extract(ev)
	sec := ev.Time.Unix()
	minute := floorDiv(sec, 60)
	for _, st := range e.rules {
		if f := st.c.filter; f != nil {
			out, err := e.vm.Run(f.prog, e.env)
			if err != nil {
				e.runtimeError(st, "filter", err)
				continue
			}
			if b, _ := out.(bool); !b {
				continue
			}
		}
		st.matched++
		if st.bornSec == 0 {
			st.bornSec = sec
		}
		g := e.group(st, minute)
		if g == nil {
			continue
		}
		e.observeGroup(st, g, ev, sec, minute)
	}
}

// extract fills the slots from the event's fields.
func (e *Engine) extract(ev *event.Event) {
	e.gen++
	for i := range ev.Fields {
		f := &ev.Fields[i]
		pair, ok := e.slotOf[f.Path]
		if !ok {
			continue
		}
		if j := pair[0]; j >= 0 {
			e.raw[j] = f.Value
			e.seen[j] = e.gen
			if e.inEnv[j] {
				e.env[e.names[j]] = e.box(j, f.Value)
			}
		}
		if j := pair[1]; j >= 0 {
			e.seen[j] = e.gen
			e.env[e.names[j]] = boxTrue
		}
	}
	for _, i := range e.used {
		if e.seen[i] != e.gen {
			e.raw[i] = event.Value{}
			if e.inEnv[i] {
				e.env[e.names[i]] = e.slots[i].missing()
			}
		}
	}
}

// internLimit bounds the cache of boxed strings; a slot whose values keep
// missing the cache (trace ids, messages) stops using it.
const (
	internLimit = 4096
	missLimit   = 1024
)

// box converts a field value to its expression value.
func (e *Engine) box(slot int, v event.Value) any {
	switch e.slots[slot].typ {
	case typeString:
		s := v.Text()
		if e.misses[slot] >= missLimit {
			return s
		}
		if b, ok := e.intern[s]; ok {
			return b
		}
		e.misses[slot]++
		if len(e.intern) >= internLimit {
			return s
		}
		s = strings.Clone(s)
		var b any = s
		e.intern[s] = b
		return b
	case typeNumber:
		f, ok := v.Float()
		if !ok {
			return zeroNumber
		}
		if f >= 0 && f < float64(len(smallNumbers)) && f == float64(int(f)) {
			return smallNumbers[int(f)] // status codes and small counts: no allocation
		}
		return f
	}
	return convertAny(v)
}

// smallNumbers are the boxed integers 0…1023.
var smallNumbers = func() (out [1024]any) {
	for i := range out {
		out[i] = float64(i)
	}
	return out
}()

func (e *Engine) runtimeError(st *ruleState, where string, err error) {
	st.errors++
	if st.errors == 1 || st.errors%1000 == 0 {
		e.log.Warn().Str("rule", st.rule.Name).Str("in", where).Uint64("errors", st.errors).Err(err).Msg("rule expression failed at runtime")
	}
}

// group returns the event's series of the rule, creating it within the cap.
func (e *Engine) group(st *ruleState, minute int64) *group {
	c := st.c
	buf := e.keyBuf[:0]
	for i, j := range c.groupSlots {
		if i > 0 {
			buf = append(buf, 0)
		}
		buf = append(buf, e.raw[j].Text()...)
	}
	e.keyBuf = buf
	if g, ok := st.groups[string(buf)]; ok {
		return g
	}
	if len(st.groups) >= e.opt.MaxGroupsPerRule {
		st.dropped++
		return nil
	}
	g := newGroup(c, string(buf), e.opt.MaxSamples, minute, e.ringLen(c))
	for _, j := range c.groupSlots {
		g.labels = append(g.labels, strings.Clone(e.raw[j].Text()))
	}
	st.groups[g.key] = g
	st.order = append(st.order, g)
	return g
}

// evalBool runs a predicate; an error counts and reads as false.
func (e *Engine) evalBool(st *ruleState, p *eventProgram) bool {
	out, err := e.vm.Run(p.prog, e.env)
	if err != nil {
		e.runtimeError(st, p.src, err)
		return false
	}
	b, _ := out.(bool)
	return b
}

// evalNum reads a numeric aggregate argument; ok is false when the event
// has no such number.
func (e *Engine) evalNum(st *ruleState, p *eventProgram) (float64, bool) {
	if p.direct != nil {
		j := p.directSlot
		if e.seen[j] != e.gen {
			return 0, false
		}
		return e.raw[j].Float()
	}
	out, err := e.vm.Run(p.prog, e.env)
	if err != nil {
		e.runtimeError(st, p.src, err)
		return 0, false
	}
	f, ok := out.(float64)
	return f, ok && !math.IsNaN(f)
}

// evalText reads a text aggregate argument; ok is false when absent.
func (e *Engine) evalText(st *ruleState, p *eventProgram) (string, bool) {
	if p.direct != nil {
		j := p.directSlot
		if e.seen[j] != e.gen {
			return "", false
		}
		return e.raw[j].Text(), true
	}
	out, err := e.vm.Run(p.prog, e.env)
	if err != nil {
		e.runtimeError(st, p.src, err)
		return "", false
	}
	switch v := out.(type) {
	case nil:
		return "", false
	case string:
		return v, true
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), true
	case bool:
		return strconv.FormatBool(v), true
	case int:
		return strconv.Itoa(v), true
	}
	return "", false
}

func (e *Engine) observeGroup(st *ruleState, g *group, ev *event.Event, sec, minute int64) {
	c := st.c
	// A run of consecutive events breaks when the series was quiet for a
	// whole span: decided on event time alone, so it does not matter
	// whether the quiet series was dropped in between.
	if c.nStreak > 0 && g.lastMin >= 0 && g.lastMin < minute+1-c.span() {
		clear(g.streak)
	}
	if minute > g.lastMin {
		g.lastMin = minute
	}
	var b *bucket
	if c.windowMin > 0 {
		b = g.bucket(c, minute, e.evalMin, e.hasWM)
		if b == nil {
			st.early++
			return
		}
		b.n++
		if sec > b.last {
			b.last = sec
		}
	}
	hit := false
	weight := 1.0 // the event's share of the evidence (narrow.go)
	for _, a := range c.aggs {
		if a.prev || b != nil && e.foldMergeable(st, b, a, &hit, &weight) {
			continue
		}
		switch a.kind {
		case aggConsecutive:
			if e.evalBool(st, a.arg) {
				g.streak[a.st]++
			} else {
				g.streak[a.st] = 0
			}
			if v := float64(g.streak[a.st]); v > b.f[a.off] {
				b.f[a.off] = v
			}
		case aggChanged:
			if s, ok := e.evalText(st, a.arg); ok {
				ls := &g.last[a.st]
				if ls.set && ls.value != s {
					b.f[a.off]++
					ls.from = ls.value
					ls.value = strings.Clone(s)
				} else if !ls.set {
					ls.set = true
					ls.value = strings.Clone(s)
				}
			}
		case aggNewValue:
			if s, ok := e.evalText(st, a.arg); ok {
				g.news[a.st].observe(s, sec, a, st.bornSec)
			}
		}
	}
	if b != nil && len(c.narrow) > 0 && (hit || !c.narrowHits) {
		b.observeNarrow(c, ev, weight, narrowSlots)
	}
	if g.samples.wants(minute) && (c.sample == nil || e.evalBool(st, c.sample)) {
		var trace string
		if j := c.traceSlot; j >= 0 && e.seen[j] == e.gen {
			trace = e.raw[j].Text()
		}
		g.samples.add(ev, trace, minute)
	}
}

// foldMergeable folds the event into b for the aggregates whose per-minute
// state merges by itself (ratio, sum, avg, min, max, quantile, distinct),
// the same in Engine.Observe and stage one; it reports false for the
// order-dependent ones, which each caller keeps its own way. hit and weight
// are the event's say in the narrowing evidence (narrow.go).
func (e *Engine) foldMergeable(st *ruleState, b *bucket, a *aggSpec, hit *bool, weight *float64) bool {
	switch a.kind {
	case aggRatio:
		if e.evalBool(st, a.arg) {
			b.f[a.off]++
			*hit = true
		}
	case aggSum, aggAvg:
		if v, ok := e.evalNum(st, a.arg); ok {
			b.f[a.off] += v
			b.f[a.off+1]++
		}
	case aggMin:
		if v, ok := e.evalNum(st, a.arg); ok {
			if b.f[a.off+1] == 0 || v < b.f[a.off] {
				b.f[a.off] = v
			}
			b.f[a.off+1]++
		}
	case aggMax:
		if v, ok := e.evalNum(st, a.arg); ok {
			if b.f[a.off+1] == 0 || v > b.f[a.off] {
				b.f[a.off] = v
			}
			b.f[a.off+1]++
			*weight = max(v, 0)
		}
	case aggQuantile:
		if v, ok := e.evalNum(st, a.arg); ok {
			b.sketch(a.sk).Add(v)
			*weight = max(v, 0)
		}
	case aggDistinct:
		if s, ok := e.evalText(st, a.arg); ok {
			b.hllAt(a.hll).Insert([]byte(s))
		}
	default:
		return false
	}
	return true
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func minuteOf(t time.Time) int64 { return floorDiv(t.Unix(), 60) }

func minuteTime(m int64) time.Time { return time.Unix(m*60, 0).UTC() }

// maxCatchUp bounds how many minute boundaries one Advance evaluates after
// a long gap in event time; older boundaries are skipped.
const maxCatchUp = 24 * 60

// Advance moves the event-time watermark: every minute boundary up to it
// is evaluated in order, and the alert transitions (firing, resolved) are
// returned. Events older than the watermark are late from now on. The job
// watcher's transitions follow the rules': it judges the job events up to
// the watermark in time order, and the absences up to it. The deploy
// watcher's come last: the comparisons due up to the watermark, each after
// the events before it.
func (e *Engine) Advance(watermark time.Time) []alert.Alert {
	out := e.advanceRules(watermark)
	if e.jobs != nil {
		out = e.jobs.advance(e, watermark, out)
	}
	if e.deploys != nil {
		out = e.deploys.advance(e, watermark, out)
	}
	return out
}

func (e *Engine) advanceRules(watermark time.Time) []alert.Alert {
	if e.hasWM && !watermark.After(e.watermark) {
		return nil
	}
	target := minuteOf(watermark)
	if len(e.held) > 0 {
		// Stage two: the partials of the minutes before the watermark,
		// folded in as Observe would have folded their events.
		e.applyHeld(target)
	}
	e.watermark = watermark
	if !e.hasWM {
		e.hasWM = true
		e.evalMin = target - 1
	}
	if target-e.evalMin > maxCatchUp {
		e.evalMin = target - maxCatchUp
	}
	var out []alert.Alert
	if len(e.orphans) > 0 && target > e.evalMin {
		end := minuteTime(e.evalMin + 1)
		for _, a := range e.orphans {
			out = append(out, resolvedCopy(a, end, a.Value))
		}
		e.orphans = nil
	}
	for m := e.evalMin + 1; m <= target; m++ {
		for _, st := range e.rules {
			if st.startMin < 0 {
				st.startMin = m
			}
			out = e.evaluate(st, m, out)
		}
		e.evalMin = m
	}
	return out
}

func resolvedCopy(a alert.Alert, end time.Time, value float64) alert.Alert {
	r := a
	r.Status = alert.Resolved
	r.EndsAt = &end
	r.Value = value
	return r
}
