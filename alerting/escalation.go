package alerting

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
)

// Escalation: a route's escalate steps tell other receivers about a firing
// alert of that route that nobody acknowledged in time.
//
// The clock of a step starts when the route's receiver was first told the
// alert fires (the notification that told it, on the dispatcher clock) and
// runs only while the alert is firing and not muted: time under a silence,
// a maintenance window or an inhibition does not count, so an alert whose
// silence ends is not escalated at once for the hours it was silenced. An
// acknowledged alert (Ack) escalates no further. A step is told once per
// episode (a new starts_at is a new episode), through its receiver's retry
// stage, in a group of its own: the route group's key with "/escalate/N"
// appended. When the alert resolves, every receiver a step told is told it
// resolved (unless it has send_resolved: false).
//
// What each step told, per alert, and the acknowledgements are part of the
// Snapshot, and each escalation's delivery is appended to the notification
// log like any notification, so a restart neither escalates again nor
// forgets a resolution.

// EscalationStep is one step of a route's escalation (Route.Escalate).
type EscalationStep struct {
	// After is how long the alert must have fired, not acknowledged and not
	// muted, since the route's receiver was first told, before this step's
	// receiver is told. Each step's After is larger than the previous one's.
	After time.Duration `yaml:"after"`
	// Receiver is told once, through its retry stage.
	Receiver string `yaml:"receiver"`
	// Severities limits the step to alerts of these severities (P0..P3);
	// empty: every severity.
	Severities []string `yaml:"severities"`
}

// escalationRetry is how long after a failed escalation (its receiver's
// retry stage gave up), on the dispatcher clock, it is tried again.
const escalationRetry = time.Minute

// escSuffix separates a route group's key from its escalation step in the
// step's group key.
const escSuffix = "/escalate/"

// escStep is a compiled EscalationStep.
type escStep struct {
	after    time.Duration
	receiver string
	sevs     []alert.Severity // nil: all
}

func (s *escStep) matches(sev alert.Severity) bool {
	return len(s.sevs) == 0 || slices.Contains(s.sevs, sev)
}

// escalations is the dispatcher's escalation and acknowledgement state,
// guarded by d.mu.
type escalations struct {
	steps  map[string][]escStep // by route id ("0", "0.1")
	states map[string]*escState // by escStateKey
	groups map[string]*group    // the steps' groups, by key
	acks   map[string]*ackState // by fingerprint (ack.go)
	links  ackLinks             // ack.go
}

// escState is one alert's escalation on one route group, for one episode.
type escState struct {
	fp, group, route string // fingerprint, the route group's key, its route's id
	start            time.Time
	a                alert.Alert // as last seen firing: a resolution can be told from it
	// first is when the route's receiver was first told; anchor is first
	// plus the time the alert has been muted since, and mutedSince when
	// that began (zero: not muted at the last Tick). A step is due at
	// anchor + After.
	first, anchor, mutedSince time.Time
	// told are the steps (from 1) whose receivers were told it fires, and
	// the receiver of each.
	told map[int]string
	// ended is the episode's end, once seen: the told receivers hear it.
	ended *alert.Alert
}

func escStateKey(fp, group string, start time.Time) string {
	return fp + "\x00" + group + "\x00" + strconv.FormatInt(start.UnixNano(), 10)
}

func escGroupKey(group string, step int) string {
	return group + escSuffix + strconv.Itoa(step)
}

// parseEscGroupKey splits a step's group key; ok is false for another key.
func parseEscGroupKey(key string) (group string, step int, ok bool) {
	i := strings.LastIndex(key, escSuffix)
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(key[i+len(escSuffix):])
	if err != nil || n < 1 || !strings.HasSuffix(key[:i], "}") {
		return "", 0, false
	}
	return key[:i], n, true
}

// routeIDOf is the route id a group key begins with.
func routeIDOf(group string) string {
	id, _, _ := strings.Cut(group, "|")
	return id
}

// escJob says what an escalation notification is about: its step, and the
// states it tells firing and resolved (by escStateKey).
type escJob struct {
	step             int
	firing, resolved []string
}

// newEscalations compiles the escalate steps of a validated config's
// routing tree, with the same route ids as compileRoute.
func newEscalations(cfg *Config) escalations {
	x := escalations{
		steps:  map[string][]escStep{},
		states: map[string]*escState{},
		groups: map[string]*group{},
		acks:   map[string]*ackState{},
		links:  newAckLinks(cfg),
	}
	var walk func(r *Route, id string)
	walk = func(r *Route, id string) {
		for _, s := range r.Escalate {
			st := escStep{after: s.After, receiver: s.Receiver}
			for _, v := range s.Severities {
				if sev, err := alert.ParseSeverity(v); err == nil {
					st.sevs = append(st.sevs, sev)
				}
			}
			x.steps[id] = append(x.steps[id], st)
		}
		for i := range r.Routes {
			walk(&r.Routes[i], id+"."+strconv.Itoa(i))
		}
	}
	walk(&cfg.Route, "0")
	return x
}

// escalation validates a route's escalate steps.
func (v *validator) escalation(path string, steps []EscalationStep, receivers map[string]bool) {
	for i, s := range steps {
		p := fmt.Sprintf("%s.%d", path, i)
		switch {
		case s.After <= 0:
			v.add(p+".after", "must be positive (how long an unacknowledged alert fires before this step, e.g. 10m)")
		case i > 0 && s.After <= steps[i-1].After:
			v.add(p+".after", "%s must be larger than %s%s.%d.after (%s): steps escalate in order", alert.ShortDuration(s.After), v.prefix, path, i-1, alert.ShortDuration(steps[i-1].After))
		}
		switch {
		case s.Receiver == "":
			v.add(p+".receiver", "is required")
		case !receivers[s.Receiver]:
			v.add(p+".receiver", "unknown receiver %q", s.Receiver)
		}
		for j, sev := range s.Severities {
			if _, err := alert.ParseSeverity(sev); err != nil {
				v.add(fmt.Sprintf("%s.severities.%d", p, j), "want P0, P1, P2 or P3, got %q", sev)
			}
		}
	}
}

// escalate runs at every Tick, under d.mu, before the groups are flushed
// (while the resolved alerts are still held). It ends the acknowledgements
// of episodes that ended, starts escalation clocks for alerts newly told
// to an escalating route's receiver, and returns the notifications due: a
// step's firing alerts, and the resolutions its receiver was told of.
func (d *Dispatcher) escalate(now time.Time) []*job {
	x := &d.esc
	for fp, ak := range x.acks {
		if e := d.alerts[fp]; e == nil || e.a.Status != alert.Firing || !e.a.StartsAt.Equal(ak.start) {
			delete(x.acks, fp)
		}
	}
	if len(x.steps) > 0 {
		d.startEscalations()
	}
	if len(x.states) == 0 {
		d.dropIdleEscGroups(now, nil)
		return nil
	}
	batches := map[string]*escBatch{}
	add := func(st *escState, step int, recv string, resolve bool) {
		key := escGroupKey(st.group, step)
		b := batches[key]
		if b == nil {
			b = &escBatch{recv: recv}
			batches[key] = b
		}
		if resolve {
			b.resolve = append(b.resolve, st)
		} else {
			b.firing = append(b.firing, st)
		}
	}
	var mute muteChain
	for key, st := range x.states {
		e := d.alerts[st.fp]
		if st.ended == nil {
			switch {
			case e == nil || !e.a.StartsAt.Equal(st.start):
				// Dropped, or a new episode began, before a Tick saw its end.
				a := st.a
				a.Status = alert.Resolved
				end := now
				if e != nil && e.a.StartsAt.After(st.start) && e.a.StartsAt.Before(now) {
					end = e.a.StartsAt
				}
				a.EndsAt = &end
				st.ended = &a
			case e.a.Status == alert.Resolved:
				a := e.a
				st.ended = &a
			}
		}
		if st.ended != nil {
			if len(st.told) == 0 {
				if !d.escalationInFlight(st) { // else it may be told yet: wait for it
					delete(x.states, key)
				}
				continue
			}
			for step, recv := range st.told {
				add(st, step, recv, true)
			}
			continue
		}
		st.a = e.a
		if mute == nil {
			mute = d.muters()
		}
		if _, by := mute.Mutes(&e.a, now); by != "" {
			if st.mutedSince.IsZero() {
				st.mutedSince = now
			}
			continue
		}
		if !st.mutedSince.IsZero() { // muted time does not count
			st.anchor = st.anchor.Add(now.Sub(st.mutedSince))
			st.mutedSince = time.Time{}
		}
		if x.acked(st.fp, st.start) || !slices.ContainsFunc(e.groups, func(g *group) bool { return g.key == st.group }) {
			continue
		}
		elapsed := now.Sub(st.anchor)
		for i, s := range x.steps[st.route] {
			if elapsed < s.after {
				break
			}
			if _, told := st.told[i+1]; told || !s.matches(e.a.Severity) {
				continue
			}
			add(st, i+1, s.receiver, false)
		}
	}
	keys := slices.Sorted(maps.Keys(batches))
	var jobs []*job
	for _, key := range keys {
		b := batches[key]
		base, step, _ := parseEscGroupKey(key)
		g := x.groups[key]
		if g == nil {
			r := d.receivers[b.recv]
			if r == nil {
				// A receiver a step told, gone from the configuration
				// since: its resolution cannot be told.
				for _, st := range b.resolve {
					delete(st.told, step)
				}
				d.log.Warn().Str("receiver", b.recv).Str("group", base).Int("step", step).
					Msg("escalation receiver no longer configured; its resolution is not sent")
				continue
			}
			g = &group{key: key, recv: r, alerts: map[string]*entry{}}
			x.groups[key] = g
		}
		if g.inflight || g.next.After(now) {
			continue
		}
		if j := d.escalationJob(g, step, b.firing, b.resolve, now); j != nil {
			jobs = append(jobs, j)
		}
	}
	d.dropIdleEscGroups(now, batches)
	return jobs
}

// startEscalations starts the clock of every firing alert of an escalating
// route that the route's receiver was told of (the notification log says
// so) and has no escalation state yet, under d.mu. The clock starts at
// that notification.
func (d *Dispatcher) startEscalations() {
	x := &d.esc
	for key, g := range d.groups {
		if len(x.steps[g.route.id]) == 0 {
			continue
		}
		le := d.nflog[key]
		if le == nil {
			continue
		}
		for fp, start := range le.firing {
			e := g.alerts[fp]
			if e == nil || e.a.Status != alert.Firing || (!start.IsZero() && !start.Equal(e.a.StartsAt)) {
				continue
			}
			sk := escStateKey(fp, key, e.a.StartsAt)
			if _, ok := x.states[sk]; ok {
				continue
			}
			x.states[sk] = &escState{fp: fp, group: key, route: g.route.id, start: e.a.StartsAt, a: e.a,
				first: le.at, anchor: le.at, told: map[int]string{}}
		}
	}
}

// escalationInFlight reports whether one of the step groups of st's route
// group has a notification in flight (which may tell st), under d.mu.
func (d *Dispatcher) escalationInFlight(st *escState) bool {
	for n := range len(d.esc.steps[st.route]) {
		if g := d.esc.groups[escGroupKey(st.group, n+1)]; g != nil && g.inflight {
			return true
		}
	}
	return false
}

// escBatch is what one step's group tells at a Tick.
type escBatch struct {
	recv            string
	firing, resolve []*escState
}

// dropIdleEscGroups forgets the steps' groups with nothing to do at now:
// none in flight, none waiting to try again, none used.
func (d *Dispatcher) dropIdleEscGroups(now time.Time, used map[string]*escBatch) {
	for key, g := range d.esc.groups {
		if _, ok := used[key]; !ok && !g.inflight && !g.next.After(now) {
			delete(d.esc.groups, key)
		}
	}
}

// escalationJob builds the notification of step to g's receiver, under
// d.mu: the alerts of firing, marked as escalated, and the resolutions of
// resolve when the receiver wants them. It returns nil when there is
// nothing to send (the resolutions it does not want are settled at once).
func (d *Dispatcher) escalationJob(g *group, step int, firing, resolve []*escState, now time.Time) *job {
	byStart := func(a, b *escState) int {
		return cmp.Or(a.start.Compare(b.start), cmp.Compare(a.a.Rule, b.a.Rule), cmp.Compare(a.fp, b.fp))
	}
	slices.SortFunc(firing, byStart)
	slices.SortFunc(resolve, byStart)
	ej := &escJob{step: step}
	j := &job{g: g, at: now, esc: ej}
	for _, st := range firing {
		a := d.escalated(&st.a, st.route, step)
		a = d.withAckURL(a, now)
		j.alerts = append(j.alerts, a)
		j.told = append(j.told, st.a)
		j.firing = append(j.firing, st.fp)
		ej.firing = append(ej.firing, escStateKey(st.fp, st.group, st.start))
	}
	for _, st := range resolve {
		if g.recv.sendResolved {
			j.alerts = append(j.alerts, d.escalated(st.ended, st.route, step))
		}
		j.told = append(j.told, *st.ended)
		j.resolved = append(j.resolved, st.fp)
		ej.resolved = append(ej.resolved, escStateKey(st.fp, st.group, st.start))
	}
	if len(j.alerts) == 0 {
		d.settleEscalation(j)
		return nil
	}
	// The step's earlier alerts that still fire are in the record too (not
	// sent again): as a group's, the newest record of a step's group says
	// all it was told, and the log's compaction keeps only that one.
	base, _, _ := parseEscGroupKey(g.key)
	var earlier []*escState
	for _, st := range d.esc.states {
		if _, told := st.told[step]; told && st.group == base && st.ended == nil && !slices.Contains(j.firing, st.fp) {
			earlier = append(earlier, st)
		}
	}
	slices.SortFunc(earlier, byStart)
	for _, st := range earlier {
		j.firing = append(j.firing, st.fp)
		j.told = append(j.told, st.a)
	}
	j.done = make(chan struct{})
	g.inflight = true
	d.inflight[j] = struct{}{}
	return j
}

// escalated returns a copy of a marked as told by step of route's
// escalation: the annotation "escalation" says which step and why, and the
// summary begins with "[escalated N/M]" so that every channel shows it.
func (d *Dispatcher) escalated(a *alert.Alert, route string, step int) alert.Alert {
	c := *a
	c.Annotations = maps.Clone(a.Annotations)
	if c.Annotations == nil {
		c.Annotations = map[string]string{}
	}
	steps := d.esc.steps[route]
	why := fmt.Sprintf("step %d: not acknowledged in time", step)
	if step <= len(steps) {
		why = fmt.Sprintf("step %d of %d: not acknowledged after %s", step, len(steps), alert.ShortDuration(steps[step-1].after))
	}
	c.Annotations["escalation"] = why
	prefix := fmt.Sprintf("[escalated %d/%d]", step, max(len(steps), step))
	if s := c.Annotations["summary"]; s != "" {
		c.Annotations["summary"] = prefix + " " + s
	} else {
		c.Annotations["summary"] = prefix + " " + c.Rule
	}
	return c
}

// escalationDelivered settles an escalation job, under d.mu (deliver's
// counterpart of delivered).
func (d *Dispatcher) escalationDelivered(j *job, ok bool, attempt int, err error) {
	g, r := j.g, j.g.recv
	g.inflight = false
	delete(d.inflight, j)
	g.failed = !ok
	if ok {
		d.stats.Notifications++
		d.stats.AlertsNotified += int64(len(j.alerts))
		r.stats.Notifications++
		r.stats.AlertsNotified += int64(len(j.alerts))
		d.stats.Escalations += int64(len(j.esc.firing))
		d.escalationHistory(j)
		d.settleEscalation(j)
	} else { // counted by the retry stage
		g.next = j.at.Add(escalationRetry)
		d.log.Error().Str("receiver", r.name).Str("notifier", r.retry.Name()).Int("attempts", attempt).
			Int("step", j.esc.step).Strs("rules", rules(j.alerts)).Strs("fingerprints", fingerprints(j.alerts)).Err(err).
			Msg("escalation given up; tried again a minute later")
	}
	close(j.done)
}

// settleEscalation records what an escalation job told, under d.mu.
func (d *Dispatcher) settleEscalation(j *job) {
	x := &d.esc
	for _, k := range j.esc.firing {
		if st := x.states[k]; st != nil {
			st.told[j.esc.step] = j.g.recv.name
		}
	}
	for _, k := range j.esc.resolved {
		if st := x.states[k]; st != nil {
			delete(st.told, j.esc.step)
			if st.ended != nil && len(st.told) == 0 {
				delete(x.states, k)
			}
		}
	}
}

// escalationHistory reports an escalation job to the history, under d.mu.
func (d *Dispatcher) escalationHistory(j *job) {
	h := d.opts.history
	if h == nil || len(j.alerts) == 0 {
		return
	}
	recs := make([]HistoryRecord, len(j.alerts))
	for i, a := range j.alerts {
		kind := HistoryEscalated
		if a.Status == alert.Resolved {
			kind = HistoryResolved
		}
		recs[i] = HistoryRecord{Time: j.at, Kind: kind, Receiver: j.g.recv.name, Group: j.g.key,
			Alert: withoutAckToken(a), Step: j.esc.step}
	}
	h.Record(recs)
}

// replayEscalations applies the escalations the notification log records
// and the checkpoint does not, under d.mu: recs are the newest record of
// each group, newer than the checkpoint. A step's newest record lists
// every alert its receiver was told fires (escalationJob): those are not
// told again and their receiver still hears the end; one it does not list
// was told the end already.
func (d *Dispatcher) replayEscalations(recs []*nflogRecord) {
	x := &d.esc
	for _, r := range recs {
		base, step, ok := parseEscGroupKey(r.Group)
		if !ok {
			continue
		}
		for _, st := range x.states {
			if _, told := st.told[step]; told && st.group == base && !slices.Contains(r.Firing, st.fp) {
				delete(st.told, step)
			}
		}
		byFP := map[string]alert.Alert{}
		for _, a := range r.Alerts {
			byFP[a.Fingerprint] = a
		}
		route := routeIDOf(base)
		for _, fp := range r.Firing {
			a, ok := byFP[fp]
			if !ok {
				continue
			}
			sk := escStateKey(fp, base, a.StartsAt)
			st := x.states[sk]
			if st == nil {
				// Its clock is set back so that the step it reached is due.
				anchor := r.At
				if steps := x.steps[route]; step <= len(steps) {
					anchor = r.At.Add(-steps[step-1].after)
				}
				st = &escState{fp: fp, group: base, route: route, start: a.StartsAt, a: a,
					first: anchor, anchor: anchor, told: map[int]string{}}
				x.states[sk] = st
			}
			st.told[step] = r.Receiver
		}
		for _, fp := range r.Resolved {
			a, ok := byFP[fp]
			if !ok {
				continue
			}
			sk := escStateKey(fp, base, a.StartsAt)
			if st := x.states[sk]; st != nil {
				delete(st.told, step)
				if len(st.told) == 0 {
					delete(x.states, sk)
				}
			}
		}
	}
}

// snapshotEscalation is one escState in a Snapshot.
type snapshotEscalation struct {
	Fingerprint string    `json:"fingerprint"`
	Group       string    `json:"group"`
	StartsAt    time.Time `json:"starts_at"`
	First       time.Time `json:"first_notified"`
	Anchor      time.Time `json:"anchor"`
	MutedSince  time.Time `json:"muted_since,omitzero"`
	// Told are the steps told it fires: step number → receiver.
	Told map[int]string `json:"told,omitempty"`
	// Alert is the alert as last seen (only once a step was told: its
	// resolution may have to be told from it).
	Alert *alert.Alert `json:"alert,omitempty"`
	Ended *alert.Alert `json:"ended,omitempty"`
}

// snapshotEscalations returns the escalation states, under d.mu.
func (d *Dispatcher) snapshotEscalations() []snapshotEscalation {
	var out []snapshotEscalation
	for _, st := range d.esc.states {
		s := snapshotEscalation{Fingerprint: st.fp, Group: st.group, StartsAt: st.start, First: st.first,
			Anchor: st.anchor, MutedSince: st.mutedSince, Ended: st.ended}
		if len(st.told) > 0 {
			s.Told = maps.Clone(st.told)
			a := st.a
			s.Alert = &a
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b snapshotEscalation) int {
		return cmp.Or(cmp.Compare(a.Fingerprint, b.Fingerprint), cmp.Compare(a.Group, b.Group), a.StartsAt.Compare(b.StartsAt))
	})
	return out
}

// restoreEscalations replaces the escalation states with a snapshot's,
// under d.mu, after its alerts were restored. A state with nothing told
// whose alert is not held firing is dropped; so is one of a route that no
// longer escalates.
func (d *Dispatcher) restoreEscalations(ss []snapshotEscalation) {
	x := &d.esc
	x.states = map[string]*escState{}
	x.groups = map[string]*group{}
	for _, s := range ss {
		if s.Fingerprint == "" || s.Group == "" {
			continue
		}
		st := &escState{fp: s.Fingerprint, group: s.Group, route: routeIDOf(s.Group), start: s.StartsAt,
			first: s.First, anchor: s.Anchor, mutedSince: s.MutedSince, told: map[int]string{}, ended: s.Ended}
		maps.Copy(st.told, s.Told)
		e := d.alerts[s.Fingerprint]
		switch {
		case s.Alert != nil:
			st.a = *s.Alert
		case e != nil && e.a.StartsAt.Equal(s.StartsAt):
			st.a = e.a
		default:
			continue // nothing told, nothing held: nothing to do
		}
		if len(st.told) == 0 && len(x.steps[st.route]) == 0 {
			continue
		}
		x.states[escStateKey(st.fp, st.group, st.start)] = st
	}
}
