package rules

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
)

// evaluate runs one rule at minute boundary m for every series, appending
// alert transitions to out.
func (e *Engine) evaluate(st *ruleState, m int64, out []alert.Alert) []alert.Alert {
	c := st.c
	if len(c.groupBy) == 0 && len(st.groups) == 0 {
		// An ungrouped rule always has its one series, so silence (a
		// flatline, a missing heartbeat) is noticed without any event.
		g := newGroup(c, "", e.opt.MaxSamples, m, e.ringLen(c))
		st.groups[""] = g
		st.order = append(st.order, g)
	}
	sweep := m%60 == 0
	keep := st.order[:0]
	first := len(out)
	for _, g := range st.order {
		g.fold(c, m)
		vals := e.aggregate(st, g, m, sweep)
		holds := false
		switch {
		case c.det != nil:
			holds = e.detect(st, g, m, vals)
		case (c.firesOnEmpty || c.needsPrev) && m-max(st.startMin, g.bornMin) < c.span():
			// A rule that fires on silence, or compares with the window
			// before, waits until it has watched the series long enough.
		default:
			holds = e.runCond(st, g)
		}
		out = e.step(st, g, m, holds, vals, out)
		if g.key != "" && g.state == stateInactive && !c.retain && !c.firesOnEmpty && c.det == nil {
			if quiet, ahead := g.quiet(c, m); quiet {
				if ahead < 0 {
					delete(st.groups, g.key)
					continue
				}
				g.reborn(ahead)
			}
		}
		keep = append(keep, g)
	}
	clear(st.order[len(keep):])
	st.order = keep
	// One boundary's transitions in label order, whatever order the series
	// were created in.
	sortByLabels(out[first:])
	return e.limitAlert(st, m, out)
}

// boxFloat converts a float to an expression value without allocating for
// small integers (counts).
func boxFloat(f float64) any {
	if f >= 0 && f < float64(len(smallNumbers)) && f == math.Trunc(f) {
		return smallNumbers[int(f)]
	}
	return f
}

func sortByLabels(as []alert.Alert) {
	if len(as) < 2 {
		return
	}
	slices.SortStableFunc(as, func(a, b alert.Alert) int { return strings.Compare(labelKey(a), labelKey(b)) })
}

func labelKey(a alert.Alert) string {
	var sb strings.Builder
	for _, k := range sortedKeys(a.Labels) {
		sb.WriteString(k)
		sb.WriteByte(0)
		sb.WriteString(a.Labels[k])
		sb.WriteByte(0)
	}
	return sb.String()
}

// aggVals holds one evaluation's aggregate values.
type aggVals struct {
	num       []float64
	den       []float64 // a ratio's denominator
	newValues []string
}

// aggregate computes the series' aggregates at boundary m into the rule's
// condition environment.
func (e *Engine) aggregate(st *ruleState, g *group, m int64, sweep bool) aggVals {
	c := st.c
	if len(st.vals.num) != len(c.aggs) {
		st.vals = aggVals{num: make([]float64, len(c.aggs)), den: make([]float64, len(c.aggs))}
	}
	vals := st.vals
	clear(vals.num)
	clear(vals.den)
	vals.newValues = vals.newValues[:0]
	w := c.windowMin
	for i, a := range c.aggs {
		lo, hi := m-w, m
		if a.prev {
			lo, hi = m-2*w, m-w
		}
		var v any
		var num float64
		switch a.kind {
		case aggCount, aggRate:
			n := 0.0
			g.each(c, lo, hi, func(b *bucket) { n += b.n })
			num = n
			if a.kind == aggRate {
				num = n / float64(w)
			}
		case aggRatio:
			n, hits := 0.0, 0.0
			g.each(c, lo, hi, func(b *bucket) { n += b.n; hits += b.f[a.off] })
			num = math.NaN()
			if n > 0 {
				num = hits / n
			}
			vals.den[i] = n
		case aggSum, aggAvg:
			sum, n := 0.0, 0.0
			g.each(c, lo, hi, func(b *bucket) { sum += b.f[a.off]; n += b.f[a.off+1] })
			num = sum
			if a.kind == aggAvg {
				num = math.NaN()
				if n > 0 {
					num = sum / n
				}
			}
		case aggMin, aggMax:
			num = math.NaN()
			g.each(c, lo, hi, func(b *bucket) {
				if b.f[a.off+1] == 0 {
					return
				}
				x := b.f[a.off]
				if math.IsNaN(num) || (a.kind == aggMin && x < num) || (a.kind == aggMax && x > num) {
					num = x
				}
			})
		case aggQuantile:
			st.sk.Clear()
			g.each(c, lo, hi, func(b *bucket) {
				if a.sk < len(b.sk) && b.sk[a.sk] != nil {
					st.sk.MergeWith(b.sk[a.sk])
				}
			})
			num = math.NaN()
			if !st.sk.IsEmpty() {
				num = st.sk.Quantile(a.q)
			}
		case aggDistinct:
			st.hll.Reset()
			g.each(c, lo, hi, func(b *bucket) {
				if a.hll < len(b.hll) && b.hll[a.hll] != nil {
					_ = st.hll.Merge(b.hll[a.hll])
				}
			})
			num = float64(st.hll.Estimate())
		case aggConsecutive:
			g.each(c, lo, hi, func(b *bucket) { num = math.Max(num, b.f[a.off]) })
		case aggChanged:
			g.each(c, lo, hi, func(b *bucket) { num += b.f[a.off] })
			v = num > 0
		case aggAbsent:
			ref := g.lastSeen
			if ref == 0 { // nothing before the boundary: since the series (or rule) began
				ref = max(st.startMin, g.bornMin) * 60
			}
			num = float64(m*60 - ref)
			v = num >= a.dur.Seconds()
		case aggNewValue:
			list := g.news[a.st].window(lo*60, hi*60, a, sweep)
			num = float64(len(list))
			for _, nv := range list {
				vals.newValues = append(vals.newValues, nv.value)
			}
			v = num > 0
		}
		if v == nil {
			v = boxFloat(num)
		}
		st.env[a.name] = v
		vals.num[i] = num
	}
	st.vals.newValues = vals.newValues // keep the grown buffer
	for _, k := range c.labelsInCond() {
		for i, gk := range c.groupBy {
			if gk == k {
				if k.typ == typeNumber {
					f, _ := strconv.ParseFloat(g.labels[i], 64)
					st.env[k.envName()] = f
				} else {
					st.env[k.envName()] = g.labels[i]
				}
			}
		}
	}
	return vals
}

// each calls fn for the buckets of minutes [lo, hi) that hold data.
func (g *group) each(c *compiledRule, lo, hi int64, fn func(*bucket)) {
	if len(g.ring) == 0 {
		return
	}
	n := int64(len(g.ring))
	if hi-lo > n {
		lo = hi - n
	}
	for m := lo; m < hi; m++ {
		b := &g.ring[mod(m, n)]
		if b.min == m {
			fn(b)
		}
	}
}

func (c *compiledRule) labelsInCond() []slotKey {
	var out []slotKey
	if c.cond != nil {
		out = append(out, c.cond.labels...)
	}
	if c.value != nil {
		out = append(out, c.value.labels...)
	}
	return out
}

func (e *Engine) runCond(st *ruleState, g *group) bool {
	out, err := e.vm.Run(st.c.cond.prog, st.env)
	if err != nil {
		e.runtimeError(st, "condition", err)
		return false
	}
	b, _ := out.(bool)
	return b
}

// step advances the series' alert state machine at boundary m.
func (e *Engine) step(st *ruleState, g *group, m int64, holds bool, vals aggVals, out []alert.Alert) []alert.Alert {
	r := st.rule
	if holds {
		g.falseSince = -1
		switch g.state {
		case stateInactive:
			g.state = statePending
			g.activeMin = m
			fallthrough
		case statePending:
			if minutesDur(m-g.activeMin) >= r.For {
				g.state = stateFiring
				g.alert = e.buildAlert(st, g, m, vals)
				out = append(out, g.alert)
			}
		}
		return out
	}
	switch g.state {
	case statePending:
		g.state = stateInactive
	case stateFiring:
		if g.falseSince < 0 {
			g.falseSince = m
		}
		if minutesDur(m-g.falseSince) >= r.KeepFiringFor {
			value, _ := e.valueOf(st, g, vals)
			r := resolvedCopy(g.alert, minuteTime(m), value)
			e.resolvedLink(st, g, &r)
			g.linkFrom = time.Time{}
			out = append(out, r)
			g.state = stateInactive
			g.alert = alert.Alert{}
			g.falseSince = -1
		}
	}
	return out
}

// valueOf returns the number the alert reports and the threshold.
func (e *Engine) valueOf(st *ruleState, g *group, vals aggVals) (float64, *float64) {
	c := st.c
	if c.det != nil {
		if g.det == nil {
			return 0, nil
		}
		return finite(g.det.last.value), nil
	}
	var value float64
	var threshold *float64
	if c.cond != nil {
		if c.cond.value != nil {
			if out, err := e.vm.Run(c.cond.value, st.env); err == nil {
				value = toFloat(out)
			}
			if out, err := e.vm.Run(c.cond.threshold, st.env); err == nil {
				threshold = alert.Float(finite(toFloat(out)))
			}
		} else if a := c.cond.valueAgg; a != nil {
			for i, b := range c.aggs {
				if b == a {
					value = vals.num[i]
				}
			}
		}
	}
	if c.value != nil {
		if out, err := e.vm.Run(c.value.prog, st.env); err == nil {
			value = toFloat(out)
		}
	}
	return finite(value), threshold
}

// finite maps NaN and infinities to 0, which JSON can carry.
func finite(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// buildAlert makes the firing notification of a series.
func (e *Engine) buildAlert(st *ruleState, g *group, m int64, vals aggVals) alert.Alert {
	r, c := st.rule, st.c
	labels := make(map[string]string, len(r.Labels)+len(c.groupBy)+1)
	for k, v := range r.Labels {
		labels[k] = v
	}
	if r.Team != "" {
		labels["team"] = r.Team
	}
	for i, k := range c.groupBy {
		labels[k.path] = g.labels[i]
	}
	value, threshold := e.valueOf(st, g, vals)
	samples, traces := g.samples.list(m)
	lo := m - c.windowMin
	if g.det != nil && g.det.scanSpan > 0 {
		lo = m - g.det.scanSpan // the minutes the scan found the failures in
	}
	g.narrowLabels(c, lo, m, labels)
	a := alert.Alert{
		Fingerprint: alert.Fingerprint(r.Name, labels),
		Status:      alert.Firing,
		Rule:        r.Name,
		Kind:        alert.KindRule,
		Severity:    r.Severity,
		Labels:      labels,
		StartsAt:    minuteTime(m),
		Value:       value,
		Threshold:   threshold,
		TraceIDs:    traces,
		Samples:     samples,
	}
	if c.det != nil && g.det != nil {
		a.Kind = alert.KindDetector
		res := g.det.last
		a.Baseline = alert.Float(finite(res.baseline))
		bound := res.upper
		if res.down {
			bound = res.lower
		}
		a.Threshold = alert.Float(finite(bound))
	}
	var det *detectorVerdict
	if a.Kind == alert.KindDetector {
		det = &g.det.last
	}
	a.Annotations = e.annotations(st, &a, det, vals, samples)
	from := minuteTime(lo)
	if c.hasAbsent && g.lastSeen > 0 && g.lastSeen < lo*60 {
		from = time.Unix(g.lastSeen, 0).UTC() // back to the last matching event
	}
	g.linkFrom = from
	e.link(&a, st.logQuery(from, a.StartsAt, labels))
	return a
}

// link fills an alert's kibana_url from q, the events it is about.
func (e *Engine) link(a *alert.Alert, q alert.LogQuery) {
	if e.opt.KibanaURL != nil {
		a.KibanaURL = e.opt.KibanaURL(a, q)
	}
}

// logQuery is which events an alert of the rule is about: its filter and
// group_by fields over [from, to]. A filter's "field exists" for a field
// the alert's labels give a value is left out: the label says more.
func (st *ruleState) logQuery(from, to time.Time, labels map[string]string) alert.LogQuery {
	var parts []string
	for _, p := range st.c.kql {
		if f, ok := strings.CutSuffix(p, ":*"); ok && labels[f] != "" && slices.Contains(st.rule.GroupBy, f) {
			continue
		}
		parts = append(parts, p)
	}
	return alert.LogQuery{Filter: kqlJoin(" and ", parts...), GroupBy: st.rule.GroupBy, From: from, To: to}
}

// fieldLabels is the query of an alert whose labels are all event fields
// (a job's or a deploy's), around its start.
func fieldLabels(labels map[string]string) alert.LogQuery {
	return alert.LogQuery{GroupBy: sortedKeys(labels)}
}

// resolvedLink fills a resolved rule alert's link: from where the firing
// alert's started (the window that fired it, or the absence it reported)
// to its end.
func (e *Engine) resolvedLink(st *ruleState, g *group, a *alert.Alert) {
	from := g.linkFrom
	if from.IsZero() || from.After(a.StartsAt) {
		back := st.rule.Window + st.rule.For
		for _, ag := range st.c.aggs {
			if ag.kind == aggAbsent && ag.dur+st.rule.For > back {
				back = ag.dur + st.rule.For
			}
		}
		from = a.StartsAt.Add(-back)
	}
	e.link(a, st.logQuery(from, *a.EndsAt, a.Labels))
}

// annotations renders the rule's templates for an alert.
// det is a detector rule's verdict (nil for condition rules).
func (e *Engine) annotations(st *ruleState, a *alert.Alert, det *detectorVerdict, vals aggVals, samples []string) map[string]string {
	r, c := st.rule, st.c
	d := &TemplateData{
		Rule: r.Name, Severity: string(r.Severity), Team: r.Team, Labels: a.Labels,
		Value: a.Value, Threshold: math.NaN(), Baseline: math.NaN(),
		Lower: math.NaN(), Upper: math.NaN(), Score: math.NaN(), Surprise: math.NaN(),
		Values: make(map[string]float64, len(c.aggs)), Samples: samples,
		Fields: map[string]string{}, Window: r.Window, NewValues: vals.newValues,
	}
	if det != nil {
		d.Lower, d.Upper, d.Score, d.Surprise = det.lower, det.upper, det.score, det.surprise
	}
	if a.Threshold != nil {
		d.Threshold = *a.Threshold
	}
	if a.Baseline != nil {
		d.Baseline = *a.Baseline
	}
	for i, ag := range c.aggs {
		d.Values[ag.text] = vals.num[i]
	}
	if len(samples) > 0 && len(c.annot) > 0 {
		if e.dec == nil {
			e.dec = event.NewDecoder(nil)
		}
		var ev event.Event
		if err := e.dec.Decode([]byte(samples[len(samples)-1]), &ev); err == nil {
			for _, f := range ev.Fields {
				d.Fields[f.Path] = f.Value.Text()
			}
		}
	}
	out := make(map[string]string, len(c.annot)+3)
	for _, an := range c.annot {
		s, err := render(an.tmpl, d)
		if err != nil {
			e.runtimeError(st, "annotation "+an.key, err)
			s = "(annotation " + an.key + " failed to render)"
		}
		out[an.key] = s
	}
	if det != nil {
		// A detector alert explains itself: the range its baseline allowed,
		// how far outside it the value is, and the episode's score.
		if _, ok := out["expected_range"]; !ok {
			out["expected_range"] = formatRange(det.lower, det.upper, c.value.bareRatio != nil)
		}
		// A preset's episode need not stand out from earlier surprises,
		// so its score can be 0: then the deviation says it all.
		if _, ok := out["anomaly_score"]; !ok && det.score > 0 {
			out["anomaly_score"] = strconv.FormatFloat(det.score, 'f', 3, 64)
		}
		if _, ok := out["deviation"]; !ok {
			side := "above"
			if det.down {
				side = "below"
			}
			out["deviation"] = strconv.FormatFloat(det.surprise, 'f', 1, 64) + " spreads " + side + " the baseline"
		}
	}
	if _, ok := out["summary"]; !ok {
		if r.Description != "" {
			out["summary"] = r.Name + ": " + r.Description
		} else {
			out["summary"] = r.Name
		}
	}
	if _, ok := out["description"]; !ok && r.Description != "" {
		out["description"] = r.Description
	}
	if r.RunbookURL != "" {
		out["runbook_url"] = r.RunbookURL
	}
	return out
}

// limitAlert raises and clears the group-limit alert of a rule.
func (e *Engine) limitAlert(st *ruleState, m int64, out []alert.Alert) []alert.Alert {
	l := &st.limit
	if st.dropped > l.seenDropped {
		l.seenDropped = st.dropped
		l.lastMin = m
		if !l.firing {
			labels := map[string]string{"rule": st.rule.Name}
			if st.rule.Team != "" {
				labels["team"] = st.rule.Team
			}
			l.alert = alert.Alert{
				Fingerprint: alert.Fingerprint(GroupLimitRule, labels),
				Status:      alert.Firing,
				Rule:        GroupLimitRule,
				Kind:        alert.KindRule,
				Severity:    alert.P2,
				Labels:      labels,
				Annotations: map[string]string{
					"summary": "rule " + st.rule.Name + " has more than " + strconv.Itoa(e.opt.MaxGroupsPerRule) + " series; events of new series are not counted",
					"description": "The rule's group_by produces too many distinct series. Group by fewer or " +
						"lower-cardinality fields, or narrow the filter.",
				},
				StartsAt:  minuteTime(m),
				Value:     float64(len(st.groups)),
				Threshold: alert.Float(float64(e.opt.MaxGroupsPerRule)),
				TraceIDs:  []string{},
				Samples:   []string{},
			}
			l.firing = true
			out = append(out, l.alert)
		}
		return out
	}
	if l.firing && m-l.lastMin >= max(st.c.windowMin, 5) && len(st.groups) < e.opt.MaxGroupsPerRule {
		out = append(out, resolvedCopy(l.alert, minuteTime(m), float64(len(st.groups))))
		l.firing = false
	}
	return out
}
