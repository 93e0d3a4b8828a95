package rules

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
)

// The engine in two stages (README.md "Two stages"):
//
//   - Stage1 runs per event: it filters, extracts and folds each event
//     into the Partial of its (rule, series, minute), and collects what the
//     job and deploy watchers read into per-job and per-service partials.
//     Flush hands over the partials of the minutes complete enough to ship.
//   - Stage2 runs per series: it merges the partials of a minute and, once
//     the watermark passes the minute, folds them into the series' minute
//     ring; Advance then does what Engine.Advance does.
//
// In one process Engine is both stages joined directly: Observe folds
// each event straight into the minute bucket of stage two's ring — the
// bucket is the partial's aggregate — so the single-process hot path
// allocates no partial at all.

// Stage1 is the per-event stage. One goroutine drives it.
type Stage1 struct {
	e       *Engine // extraction, expressions and the rules' counters
	jobs    bool
	deploys *deployWatcher // extraction only: its watches stay empty
	// open holds the partials not yet flushed: per rule, per minute, per
	// series key.
	open    []map[int64]map[string]*Partial
	watched map[partialKey]*Partial
	nOpen   int
}

// NewStage1 returns the per-event stage of an engine running rs with opt.
// Only opt's MaxSamples, Logger, Jobs and Deploys (on or off) matter here.
func NewStage1(rs *RuleSet, opt Options) *Stage1 {
	eopt := opt
	eopt.Jobs, eopt.Deploys = nil, nil
	s := &Stage1{e: NewEngine(rs, eopt), jobs: opt.Jobs != nil, watched: map[partialKey]*Partial{}}
	if opt.Deploys != nil {
		s.deploys = s.e.newDeployWatcher(*opt.Deploys)
	}
	s.open = make([]map[int64]map[string]*Partial, len(s.e.rules))
	for i := range s.open {
		s.open[i] = map[int64]map[string]*Partial{}
	}
	return s
}

// Open returns how many partials wait for a Flush. Stage one keeps every
// event's partial until it is flushed: its memory is the series seen
// between two flushes, not the windows.
func (s *Stage1) Open() int { return s.nOpen }

// Reload switches stage one to another rule set. It returns every open
// partial, made with the rules before: stage two merges those of rules
// whose definition is unchanged and refuses the others.
func (s *Stage1) Reload(set *RuleSet) []*Partial {
	out := s.Flush(time.Unix(math.MaxInt64/2, 0))
	s.e.Reload(set)
	s.open = make([]map[int64]map[string]*Partial, len(s.e.rules))
	for i := range s.open {
		s.open[i] = map[int64]map[string]*Partial{}
	}
	return out
}

// Stats returns the counters of stage one: events matched and expression
// errors per rule (series, late and early events are stage two's).
func (s *Stage1) Stats() Stats { return s.e.Stats() }

// Observe folds one event (already redacted) into the partials of its
// minute: one per rule whose filter it passes, and one of its job and of
// its service for the watchers. Stage one drops no event for being late:
// an event of a minute already flushed starts a further partial, and
// stage two decides.
func (s *Stage1) Observe(ev *event.Event) {
	e := s.e
	minute := floorDiv(ev.Time.Unix(), 60)
	if s.jobs {
		if o, ok := jobObsOf(ev, e.opt.MaxSamples); ok {
			p := s.watcher(PartialJobs, o.Job, minute)
			p.jobs = append(p.jobs, o)
			p.note(ev.Time)
		}
	}
	if s.deploys != nil {
		if o, ok := s.deploys.obsOf(ev, true); ok {
			p := s.watcher(PartialDeploys, o.Service, minute)
			p.deploys = append(p.deploys, o)
			p.note(ev.Time)
		}
	}
	e.extract(ev)
	sec := ev.Time.Unix()
	for i, st := range e.rules {
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
		p := s.partial(i, st, minute)
		e.observePartial(st, p.agg, ev, sec)
		p.note(ev.Time)
	}
}

// note counts an event at t in the partial.
func (p *Partial) note(t time.Time) {
	p.Events++
	if t.After(p.Newest) {
		p.Newest = t
	}
}

// partial returns the open partial of the event's series of rule i.
func (s *Stage1) partial(i int, st *ruleState, minute int64) *Partial {
	e := s.e
	buf := e.keyBuf[:0]
	for k, j := range st.c.groupSlots {
		if k > 0 {
			buf = append(buf, 0)
		}
		buf = append(buf, e.raw[j].Text()...)
	}
	e.keyBuf = buf
	byKey := s.open[i][minute]
	if byKey == nil {
		byKey = map[string]*Partial{}
		s.open[i][minute] = byKey
	}
	if p, ok := byKey[string(buf)]; ok {
		return p
	}
	p := &Partial{Kind: PartialSeries, Rule: st.rule.Name, Series: string(buf), Minute: minuteTime(minute),
		hash: st.c.hash, agg: newPartialAgg(st.c, e.opt.MaxSamples)}
	for _, j := range st.c.groupSlots {
		p.Labels = append(p.Labels, strings.Clone(e.raw[j].Text()))
	}
	byKey[p.Series] = p
	s.nOpen++
	return p
}

// watcher returns the open partial of a job's or service's minute.
func (s *Stage1) watcher(kind PartialKind, name string, minute int64) *Partial {
	k := partialKey{kind: kind, series: name, minute: minute}
	if p, ok := s.watched[k]; ok {
		return p
	}
	p := &Partial{Kind: kind, Series: strings.Clone(name), Minute: minuteTime(minute)}
	k.series = p.Series
	s.watched[k] = p
	s.nOpen++
	return p
}

// Flush returns the open partials of every minute that ended at or before
// upTo — with upTo the stage's watermark, the minutes no event is expected
// in any more — and forgets them: an event of such a minute arriving
// later starts a further partial of the same key, which stage two merges
// (or counts as late once it has evaluated the minute). The partials come
// in a fixed order: the watchers' first, then by rule, minute and series.
func (s *Stage1) Flush(upTo time.Time) []*Partial {
	limit := floorDiv(upTo.Unix(), 60)
	var out []*Partial
	for k, p := range s.watched {
		if k.minute < limit {
			out = append(out, p)
			delete(s.watched, k)
		}
	}
	slices.SortFunc(out, func(a, b *Partial) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), a.Minute.Compare(b.Minute), strings.Compare(a.Series, b.Series))
	})
	for i := range s.open {
		var mins []int64
		for m := range s.open[i] {
			if m < limit {
				mins = append(mins, m)
			}
		}
		slices.Sort(mins)
		for _, m := range mins {
			from := len(out)
			for _, p := range s.open[i][m] {
				p.agg.sealSequences()
				out = append(out, p)
			}
			slices.SortFunc(out[from:], func(a, b *Partial) int { return strings.Compare(a.Series, b.Series) })
			delete(s.open[i], m)
		}
	}
	s.nOpen -= len(out)
	return out
}

// observePartial folds one event into a series-minute partial: the
// commutative aggregates as Engine.observeGroup folds them into a bucket,
// the order-dependent ones as event-time sequences.
func (e *Engine) observePartial(st *ruleState, a *partialAgg, ev *event.Event, sec int64) {
	c := st.c
	b := &a.b
	a.observeTime(sec)
	nanos := ev.Time.UnixNano()
	hit := false
	weight := 1.0
	for _, ag := range c.aggs {
		if ag.prev || e.foldMergeable(st, b, ag, &hit, &weight) {
			continue
		}
		switch ag.kind {
		case aggConsecutive:
			a.streaks[ag.st] = append(a.streaks[ag.st], seqBool{t: nanos, hit: e.evalBool(st, ag.arg)})
		case aggChanged:
			if s, ok := e.evalText(st, ag.arg); ok {
				a.changes[ag.st] = append(a.changes[ag.st], seqText{t: nanos, v: strings.Clone(s)})
			}
		case aggNewValue:
			if s, ok := e.evalText(st, ag.arg); ok {
				a.observeNew(ag.st, s, sec)
			}
		}
	}
	if len(c.narrow) > 0 && (hit || !c.narrowHits) {
		b.observeNarrow(c, ev, weight, partialNarrowSlots)
	}
	if a.wantsSample(nanos) && (c.sample == nil || e.evalBool(st, c.sample)) {
		var trace string
		if j := c.traceSlot; j >= 0 && e.seen[j] == e.gen {
			trace = e.raw[j].Text()
		}
		a.addSample(nanos, ev.AppendJSON(nil), trace)
	}
}

// Stage2 is the per-series stage: it merges partials and evaluates. Its
// state — windows, held partials, detectors, watchers, alert states — is
// its Engine's, checkpointed by Engine().Snapshot. One goroutine drives it.
type Stage2 struct {
	e *Engine
}

// NewStage2 returns the per-series stage of an engine running rs with opt.
func NewStage2(rs *RuleSet, opt Options) *Stage2 { return &Stage2{e: NewEngine(rs, opt)} }

// Engine returns the engine holding stage two's state: Snapshot, Restore,
// Reload and Stats work on it as on a single-process engine (it is fed by
// Merge, not Observe).
func (s *Stage2) Engine() *Engine { return s.e }

// Merge takes a partial (and ownership of it). A series partial is held,
// merged with the others of its key, until the watermark passes its
// minute; one of a minute already evaluated is late (its events counted
// in Stats.Late). The watchers' partials go to the job and deploy
// watchers' queues at once (those judge their events in time order as the
// watermark passes them). A partial of a rule not running, or built from
// another definition of it, is refused with an error (Stats.Refused).
func (s *Stage2) Merge(p *Partial) error { return s.e.merge(p) }

// Advance moves the watermark as Engine.Advance does, first folding the
// held partials of the minutes it passes into their series.
func (s *Stage2) Advance(watermark time.Time) []alert.Alert { return s.e.Advance(watermark) }

// Newest returns the newest event time of the partials merged: the
// watermark is this minus the allowed lateness (per source partition, the
// caller's business).
func (s *Stage2) Newest() time.Time { return s.e.newest }

// Watermark returns the watermark the engine was last advanced to (or
// restored at; zero: never).
func (s *Stage2) Watermark() time.Time {
	if !s.e.hasWM {
		return time.Time{}
	}
	return s.e.watermark
}

// Oldest returns the start of the earliest minute of the partials that
// wait for the watermark (zero: none). A stage two starting afresh steps
// from there, as a single engine advances from its first events.
func (s *Stage2) Oldest() time.Time {
	first := int64(0)
	for k := range s.e.held {
		if first == 0 || k.minute < first {
			first = k.minute
		}
	}
	if first == 0 {
		return time.Time{}
	}
	return minuteTime(first)
}

// Held returns how many partials wait for the watermark.
func (s *Stage2) Held() int { return len(s.e.held) }

// merge is Stage2.Merge.
func (e *Engine) merge(p *Partial) error {
	if p.Newest.After(e.newest) {
		e.newest = p.Newest
	}
	switch p.Kind {
	case PartialJobs:
		if e.jobs != nil {
			for _, o := range p.jobs {
				e.jobs.enqueue(e, o)
			}
		}
		return nil
	case PartialDeploys:
		if w := e.deploys; w != nil {
			for i := range p.deploys {
				o := p.deploys[i]
				o.Flags &^= obsQueued
				o.Service = w.internString(o.Service)
				if o.Version != "" {
					o.Version = w.internString(o.Version)
				}
				if o.Sample != nil && (w.maxSamples == 0 || !w.sampled(o.Service)) {
					o.Sample = nil
				}
				w.enqueue(e, &o)
			}
		}
		return nil
	case PartialSeries:
	default:
		e.refused++
		return fmt.Errorf("rules: partial of unknown kind %d", p.Kind)
	}
	st := e.ruleNamed(p.Rule)
	if err := st.fits(p); err != nil {
		e.refused++
		return err
	}
	m := minuteOf(p.Minute)
	if e.hasWM && m < e.evalMin {
		e.late += uint64(p.agg.b.n)
		return nil
	}
	if e.hasWM && m > e.evalMin+maxCatchUp {
		// A day ahead of the watermark: not held (the watermark would
		// skip to it anyway), counted as early.
		st.early += uint64(p.agg.b.n)
		return nil
	}
	k := p.key()
	if h := e.held[k]; h != nil {
		if err := h.Merge(p); err != nil {
			e.refused++
			return err
		}
		return nil
	}
	if e.held == nil {
		e.held = map[partialKey]*Partial{}
	}
	e.held[k] = p
	return nil
}

func (e *Engine) ruleNamed(name string) *ruleState {
	for _, st := range e.rules {
		if st.rule.Name == name {
			return st
		}
	}
	return nil
}

// fits checks that a series partial was made by this rule's definition.
func (st *ruleState) fits(p *Partial) error {
	if st == nil {
		return fmt.Errorf("rules: partial of rule %q, which is not running", p.Rule)
	}
	c := st.c
	a := p.agg
	switch {
	case p.hash != c.hash:
		return fmt.Errorf("rules: partial of rule %s built from another definition of it", p.Rule)
	case a == nil:
		return fmt.Errorf("rules: partial of rule %s without aggregates", p.Rule)
	case !slices.Equal(a.ops, c.fops) || len(a.b.f) != c.nf || len(a.b.sk) > c.nsk || len(a.b.hll) > c.nhll:
		return fmt.Errorf("rules: partial of rule %s does not fit its aggregates", p.Rule)
	case len(a.streaks) != c.nStreak || len(a.changes) != c.nLast || len(a.news) != c.nNew:
		return fmt.Errorf("rules: partial of rule %s does not fit its order-dependent aggregates", p.Rule)
	case len(a.b.nar) != 0 && len(a.b.nar) != len(c.narrow):
		return fmt.Errorf("rules: partial of rule %s does not fit its narrowing fields", p.Rule)
	case len(p.Labels) != len(c.groupBy) || p.Series != strings.Join(p.Labels, "\x00"):
		return fmt.Errorf("rules: partial of rule %s: series key and labels do not match group_by", p.Rule)
	case a.b.n != float64(uint64(a.b.n)):
		return fmt.Errorf("rules: partial of rule %s: bad event count", p.Rule)
	}
	return nil
}

// applyHeld folds the held partials of the minutes before target into
// their series, in minute order, as Observe would have folded their
// events before the Advance to target.
func (e *Engine) applyHeld(target int64) {
	var due []*Partial
	for k, p := range e.held {
		if k.minute < target {
			due = append(due, p)
			delete(e.held, k)
		}
	}
	if len(due) == 0 {
		return
	}
	order := make(map[string]int, len(e.rules))
	for i, st := range e.rules {
		order[st.rule.Name] = i
	}
	slices.SortFunc(due, func(a, b *Partial) int {
		return cmp.Or(a.Minute.Compare(b.Minute), cmp.Compare(order[a.Rule], order[b.Rule]), strings.Compare(a.Series, b.Series))
	})
	for i := 0; i < len(due); {
		// One rule's partials of one minute: the rule's first event is the
		// earliest of them.
		j := i + 1
		for j < len(due) && due[j].Rule == due[i].Rule && due[j].Minute.Equal(due[i].Minute) {
			j++
		}
		st := e.ruleNamed(due[i].Rule)
		if st == nil || st.fits(due[i]) != nil { // reloaded meanwhile
			e.refused += uint64(j - i)
			i = j
			continue
		}
		if st.bornSec == 0 {
			first := int64(math.MaxInt64)
			for _, p := range due[i:j] {
				if p.agg.b.n > 0 {
					first = min(first, p.agg.first)
				}
			}
			if first != math.MaxInt64 {
				st.bornSec = first
			}
		}
		for _, p := range due[i:j] {
			e.applyPartial(st, p)
		}
		i = j
	}
}

// applyPartial folds a series-minute partial into its series as
// Engine.observeGroup folds the events one by one: commutative aggregates
// merge into the minute's bucket, order-dependent ones are replayed in
// event time.
func (e *Engine) applyPartial(st *ruleState, p *Partial) {
	c, a := st.c, p.agg
	n := uint64(a.b.n)
	if n == 0 {
		return
	}
	st.matched += n
	m := minuteOf(p.Minute)
	g, ok := st.groups[p.Series]
	if !ok {
		if len(st.groups) >= e.opt.MaxGroupsPerRule {
			st.dropped += n
			return
		}
		g = newGroup(c, p.Series, e.opt.MaxSamples, m, e.ringLen(c))
		g.labels = slices.Clone(p.Labels)
		st.groups[g.key] = g
		st.order = append(st.order, g)
	}
	if c.nStreak > 0 && g.lastMin >= 0 && g.lastMin < m+1-c.span() {
		clear(g.streak)
	}
	if m > g.lastMin {
		g.lastMin = m
	}
	b := g.bucket(c, m, e.evalMin, e.hasWM)
	if b == nil {
		st.early += n
		return
	}
	b.n += a.b.n
	b.last = max(b.last, a.b.last)
	mergeNumbers(b.f, a.b.f, c.fops)
	for i, s := range a.b.sk {
		if s != nil && !s.IsEmpty() {
			b.sketch(i).MergeWith(s)
		}
	}
	for i, h := range a.b.hll {
		if h != nil {
			_ = b.hllAt(i).Merge(h) // one precision: checked when decoded
		}
	}
	if len(a.b.nar) > 0 {
		if len(b.nar) != len(c.narrow) {
			b.nar = make([]narrowCount, len(c.narrow))
		}
		for i := range a.b.nar {
			b.nar[i].mergeFrom(&a.b.nar[i], narrowSlots)
		}
	}
	for _, ag := range c.aggs {
		if ag.prev {
			continue
		}
		switch ag.kind {
		case aggConsecutive:
			run := &g.streak[ag.st]
			for _, x := range a.streaks[ag.st] {
				if x.hit {
					*run++
				} else {
					*run = 0
				}
				if v := float64(*run); v > b.f[ag.off] {
					b.f[ag.off] = v
				}
			}
		case aggChanged:
			ls := &g.last[ag.st]
			for _, x := range a.changes[ag.st] {
				if ls.set && ls.value != x.v {
					b.f[ag.off]++
					ls.from = ls.value
					ls.value = x.v
				} else if !ls.set {
					ls.set = true
					ls.value = x.v
				}
			}
		case aggNewValue:
			nv := &g.news[ag.st]
			for _, s := range a.news[ag.st] {
				nv.observe(s.v, s.first, ag, st.bornSec)
				if s.last != s.first {
					nv.observe(s.v, s.last, ag, st.bornSec)
				}
			}
		}
	}
	for _, s := range a.samples {
		if g.samples.wants(m) {
			g.samples.addJSON(s.json, s.trace, m)
		}
	}
}
