package rules

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/axiomhq/hyperloglog"

	"github.com/vigilops/vigil/alert"
)

// snapshotVersion changes when the snapshot layout does.
const snapshotVersion = 1

// Snapshot encodes the engine's state — watermark, windows, per-series
// state, alert states, detectors, the job watcher's learned schedules, the
// deploy watcher's service histories and watches — so
// that it can be checkpointed with the offsets it covers. Restore on an
// engine running the same rules continues exactly as the uninterrupted
// engine would have.
func (e *Engine) Snapshot() ([]byte, error) {
	s := snapEngine{Version: snapshotVersion, Watermark: e.watermark, HasWM: e.hasWM, EvalMin: e.evalMin,
		Late: e.late, Orphans: e.orphans}
	for _, st := range e.rules {
		sr := snapRule{Name: st.rule.Name, Hash: st.c.hash, StartMin: st.startMin, BornSec: st.bornSec,
			Matched: st.matched, Errors: st.errors, Early: st.early, Dropped: st.dropped,
			Limit: snapLimit{SeenDropped: st.limit.seenDropped, Firing: st.limit.firing, LastMin: st.limit.lastMin, Alert: st.limit.alert}}
		for _, g := range st.order {
			sg, err := snapGroupOf(g)
			if err != nil {
				return nil, fmt.Errorf("rules: snapshot of rule %s: %w", st.rule.Name, err)
			}
			sr.Groups = append(sr.Groups, sg)
		}
		s.Rules = append(s.Rules, sr)
	}
	if e.jobs != nil {
		sj, err := e.jobs.snapshot()
		if err != nil {
			return nil, fmt.Errorf("rules: snapshot: %w", err)
		}
		s.Jobs = sj
	}
	if e.deploys != nil {
		s.Deploys = e.deploys.snapshot()
	}
	if len(e.held) > 0 {
		held := make([]*Partial, 0, len(e.held))
		for _, p := range e.held {
			held = append(held, p)
		}
		slices.SortFunc(held, func(a, b *Partial) int {
			return cmp.Or(a.Minute.Compare(b.Minute), strings.Compare(a.Rule, b.Rule), strings.Compare(a.Series, b.Series))
		})
		for _, p := range held {
			data, err := p.MarshalBinary()
			if err != nil {
				return nil, fmt.Errorf("rules: snapshot: %w", err)
			}
			s.Held = append(s.Held, data)
		}
	}
	s.Refused, s.Newest = e.refused, e.newest
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&s); err != nil {
		return nil, fmt.Errorf("rules: snapshot: %w", err)
	}
	return b.Bytes(), nil
}

// Restore loads a snapshot taken by Snapshot. Rules are matched by name;
// a rule whose definition changed since (or that the snapshot lacks)
// starts afresh, and snapshot state of rules no longer running is dropped.
func (e *Engine) Restore(data []byte) error {
	var s snapEngine
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&s); err != nil {
		return fmt.Errorf("rules: restore: %w", err)
	}
	if s.Version != snapshotVersion {
		return fmt.Errorf("rules: restore: snapshot version %d, want %d", s.Version, snapshotVersion)
	}
	byName := map[string]*snapRule{}
	for i := range s.Rules {
		byName[s.Rules[i].Name] = &s.Rules[i]
	}
	fresh := make([]*ruleState, len(e.rules))
	for i, st := range e.rules {
		sr, ok := byName[st.rule.Name]
		ns := newRuleState(st.rule)
		if s.HasWM {
			ns.startMin = s.EvalMin + 1
		}
		if ok && sr.Hash == st.c.hash {
			ns.startMin, ns.bornSec = sr.StartMin, sr.BornSec
			ns.matched, ns.errors, ns.early, ns.dropped = sr.Matched, sr.Errors, sr.Early, sr.Dropped
			ns.limit = limitState{seenDropped: sr.Limit.SeenDropped, firing: sr.Limit.Firing, lastMin: sr.Limit.LastMin, alert: restoredAlert(sr.Limit.Alert)}
			for _, sg := range sr.Groups {
				g, err := e.groupFromSnap(ns, sg)
				if err != nil {
					return fmt.Errorf("rules: restore rule %s: %w", st.rule.Name, err)
				}
				ns.groups[g.key] = g
				ns.order = append(ns.order, g)
			}
		}
		fresh[i] = ns
	}
	e.rules = fresh
	e.watermark, e.hasWM, e.evalMin, e.late = s.Watermark, s.HasWM, s.EvalMin, s.Late
	e.held, e.refused, e.newest = nil, s.Refused, s.Newest
	for _, data := range s.Held {
		p, err := DecodePartial(data)
		if err == nil {
			err = e.merge(p)
		}
		if err != nil {
			// A held partial of a rule changed or removed since: dropped,
			// as Merge would have refused it.
			e.log.Warn().Err(err).Msg("a held partial of the checkpoint was dropped")
		}
	}
	e.orphans = s.Orphans
	for i := range e.orphans {
		e.orphans[i] = restoredAlert(e.orphans[i])
	}
	switch {
	case e.jobs != nil:
		e.jobs.restore(e, s.Jobs)
	case s.Jobs != nil:
		// Job alerts were turned off since: their open alerts resolve.
		for _, oa := range s.Jobs.Open {
			e.orphans = append(e.orphans, restoredAlert(oa.Alert))
		}
	}
	switch {
	case e.deploys != nil:
		e.deploys.restore(e, s.Deploys)
	case s.Deploys != nil:
		// Deploy alerts were turned off since: their open alerts resolve.
		for _, sv := range s.Deploys.Services {
			if sv.Watch != nil && sv.Watch.Firing {
				e.orphans = append(e.orphans, restoredAlert(sv.Watch.Alert))
			}
		}
		for _, a := range s.Deploys.Pending {
			if a.Status == alert.Firing {
				e.orphans = append(e.orphans, restoredAlert(a))
			}
		}
	}
	return nil
}

// restoredAlert gives back an alert's empty lists and maps, which gob
// decodes as nil: an alert says "trace_ids": [], not null, after a restart
// too.
func restoredAlert(a alert.Alert) alert.Alert {
	if a.Fingerprint == "" {
		return a // none
	}
	if a.Labels == nil {
		a.Labels = map[string]string{}
	}
	if a.Annotations == nil {
		a.Annotations = map[string]string{}
	}
	if a.TraceIDs == nil {
		a.TraceIDs = []string{}
	}
	if a.Samples == nil {
		a.Samples = []string{}
	}
	return a
}

type snapEngine struct {
	Version   int
	Watermark time.Time
	HasWM     bool
	EvalMin   int64
	Late      uint64
	Orphans   []alert.Alert
	Rules     []snapRule
	Jobs      *snapJobs    // nil: job alerts off (or a checkpoint from before them)
	Deploys   *snapDeploys // nil: deploy alerts off (or a checkpoint from before them)
	// Stage two: the held partials (MarshalBinary), the refused count and
	// the newest event time merged.
	Held    [][]byte
	Refused uint64
	Newest  time.Time
}

type snapRule struct {
	Name, Hash                      string
	StartMin, BornSec               int64
	Matched, Errors, Early, Dropped uint64
	Limit                           snapLimit
	Groups                          []snapGroup
}

type snapLimit struct {
	SeenDropped uint64
	Firing      bool
	LastMin     int64
	Alert       alert.Alert
}

type snapGroup struct {
	Key        string
	Labels     []string
	Buckets    []snapBucket
	LastSeen   int64
	ClosedMin  int64
	LastMin    int64
	Streak     []int64
	Last       []snapLast
	News       []snapNews
	Samples    snapSamples
	State      uint8
	ActiveMin  int64
	FalseSince int64
	BornMin    int64
	Alert      alert.Alert
	Detector   *snapDetector
}

type snapBucket struct {
	Min  int64
	N    float64
	Last int64
	F    []float64
	SK   []snapSketch
	HLL  [][]byte // empty: none
	Nar  []snapNarrow
}

// snapNarrow is a bucket's narrowCount.
type snapNarrow struct {
	Vals  []string
	N     []float64
	Other float64
}

type snapSketch struct {
	Present bool
	DD      []byte `json:",omitempty"` // sketches-go's encoding
	// The bins of state files written before sketches-go, read only.
	Pos, Neg              map[int32]float64 `json:",omitempty"`
	Zero, Count, Min, Max float64           `json:",omitempty"`
}

// sketch decodes a present sketch, from either encoding.
func (s snapSketch) sketch() (*qsketch, error) {
	if len(s.DD) > 0 {
		q, err := decodeSketch(s.DD)
		if err != nil {
			return nil, fmt.Errorf("quantile sketch: %w", err)
		}
		return q, nil
	}
	q := newSketch()
	for k, v := range s.Pos {
		_ = q.s.AddWithCount(legacyBinValue(k), v)
	}
	for k, v := range s.Neg {
		_ = q.s.AddWithCount(-legacyBinValue(k), v)
	}
	_ = q.s.AddWithCount(0, s.Zero)
	return q, nil
}

type snapLast struct {
	Set         bool
	Value, From string
}

type snapNews struct {
	Seen   map[string]int64
	Recent []snapNewValue
}

type snapNewValue struct {
	Value string
	Sec   int64
}

type snapSamples struct {
	Minutes []snapSampleMinute
}

type snapSampleMinute struct {
	Minute       int64
	N            int
	Bufs, Traces [][]byte
}

type snapDetector struct {
	State     []byte
	Last      snapVerdict
	Anomalous bool
}

type snapVerdict struct {
	Value, Baseline, Lower, Upper, Score, Surprise float64
	Down                                           bool
}

func snapGroupOf(g *group) (snapGroup, error) {
	sg := snapGroup{Key: g.key, Labels: g.labels, LastSeen: g.lastSeen, Streak: g.streak,
		State: uint8(g.state), ActiveMin: g.activeMin, FalseSince: g.falseSince, BornMin: g.bornMin, Alert: g.alert,
		ClosedMin: g.closedMin, LastMin: g.lastMin,
	}
	for _, h := range g.samples.mins {
		sg.Samples.Minutes = append(sg.Samples.Minutes, snapSampleMinute{Minute: h.minute, N: h.n, Bufs: h.bufs, Traces: h.traces})
	}
	for i := range g.ring {
		b := &g.ring[i]
		if b.min < 0 {
			continue
		}
		sb := snapBucket{Min: b.min, N: b.n, Last: b.last, F: b.f}
		for _, s := range b.sk {
			if s == nil {
				sb.SK = append(sb.SK, snapSketch{})
				continue
			}
			sb.SK = append(sb.SK, snapSketch{Present: true, DD: s.MarshalBinary()})
		}
		for _, h := range b.hll {
			if h == nil {
				sb.HLL = append(sb.HLL, nil)
				continue
			}
			data, err := h.MarshalBinary()
			if err != nil {
				return sg, err
			}
			sb.HLL = append(sb.HLL, data)
		}
		for _, nc := range b.nar {
			sb.Nar = append(sb.Nar, snapNarrow{Vals: nc.vals, N: nc.n, Other: nc.other})
		}
		sg.Buckets = append(sg.Buckets, sb)
	}
	for _, l := range g.last {
		sg.Last = append(sg.Last, snapLast{Set: l.set, Value: l.value, From: l.from})
	}
	for _, n := range g.news {
		sn := snapNews{Seen: n.seen}
		for _, v := range n.recent {
			sn.Recent = append(sn.Recent, snapNewValue{Value: v.value, Sec: v.sec})
		}
		sg.News = append(sg.News, sn)
	}
	if g.det != nil {
		d, err := snapDetectorOf(g.det)
		if err != nil {
			return sg, err
		}
		sg.Detector = d
	}
	return sg, nil
}

func (e *Engine) groupFromSnap(st *ruleState, sg snapGroup) (*group, error) {
	c := st.c
	g := newGroup(c, sg.Key, e.opt.MaxSamples, sg.BornMin, e.ringLen(c))
	g.labels, g.lastSeen, g.closedMin, g.lastMin = sg.Labels, sg.LastSeen, sg.ClosedMin, sg.LastMin
	g.state, g.activeMin, g.falseSince, g.alert = alertState(sg.State), sg.ActiveMin, sg.FalseSince, restoredAlert(sg.Alert)
	if len(sg.Streak) != c.nStreak || len(sg.Last) != c.nLast || len(sg.News) != c.nNew {
		return nil, errors.New("series state does not fit the rule")
	}
	copy(g.streak, sg.Streak)
	for i, l := range sg.Last {
		g.last[i] = lastValue{set: l.Set, value: l.Value, from: l.From}
	}
	for i, n := range sg.News {
		g.news[i].seen = n.Seen
		for _, v := range n.Recent {
			g.news[i].recent = append(g.news[i].recent, newValue{value: v.Value, sec: v.Sec})
		}
	}
	// Oldest first, so that with a smaller ring than the snapshot's the
	// newest minutes win.
	slices.SortFunc(sg.Buckets, func(a, b snapBucket) int { return cmp.Compare(a.Min, b.Min) })
	for _, sb := range sg.Buckets {
		b := &g.ring[mod(sb.Min, int64(len(g.ring)))]
		b.reset(sb.Min)
		if len(sb.F) != c.nf {
			return nil, errors.New("bucket does not fit the rule")
		}
		b.min, b.n, b.last = sb.Min, sb.N, sb.Last
		copy(b.f, sb.F)
		for i, s := range sb.SK {
			if !s.Present {
				continue
			}
			q, err := s.sketch()
			if err != nil {
				return nil, err
			}
			for len(b.sk) <= i {
				b.sk = append(b.sk, nil)
			}
			b.sk[i] = q
		}
		if len(sb.Nar) == len(c.narrow) && len(sb.Nar) > 0 {
			b.nar = make([]narrowCount, len(sb.Nar))
			for i, sn := range sb.Nar {
				if len(sn.Vals) == len(sn.N) && len(sn.Vals) <= narrowSlots {
					b.nar[i] = narrowCount{vals: sn.Vals, n: sn.N, other: sn.Other}
				}
			}
		}
		for i, data := range sb.HLL {
			if len(data) == 0 {
				continue
			}
			h := hyperloglog.New14()
			if err := h.UnmarshalBinary(data); err != nil {
				return nil, err
			}
			b.hllAt(i)
			b.hll[i] = h
		}
	}
	restoreSamples := func(h *sampleMinute, s snapSampleMinute) {
		if len(s.Bufs) == g.samples.max && len(s.Traces) == g.samples.max && s.N <= g.samples.max {
			h.minute, h.n, h.bufs, h.traces = s.Minute, s.N, s.Bufs, s.Traces
		}
	}
	if len(sg.Samples.Minutes) == len(g.samples.mins) {
		for i, m := range sg.Samples.Minutes {
			restoreSamples(&g.samples.mins[i], m)
		}
	}
	if sg.Detector != nil && c.det != nil {
		d, err := restoreDetector(c.det, sg.Detector)
		if err != nil {
			// A checkpoint this build cannot read (another version): the
			// series relearns its baseline rather than block the restore.
			e.log.Warn().Str("rule", st.rule.Name).Err(err).Msg("a series' detector baseline could not be restored; it relearns")
		} else {
			g.det = d
		}
	}
	return g, nil
}
