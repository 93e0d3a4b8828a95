package rules

import (
	"fmt"
	"math"
	"time"

	"github.com/vigilops/vigil/detectors"
)

// detectorSpec is a detector rule's resolved configuration.
type detectorSpec struct {
	name string
	cfg  detectors.Config
}

// seriesDetector is the detector of one series and its last verdict.
type seriesDetector struct {
	d         detectors.Detector
	last      detectorVerdict
	anomalous bool
	// scanSpan is the span of minutes the minute scan's verdict rests on
	// (0 when it is calm): an alert it raises is narrowed over that span.
	scanSpan int64
}

// lastAnomalous is the verdict carried over a minute without data.
func (s *seriesDetector) lastAnomalous() bool { return s.anomalous }

// detectorVerdict is the part of a detector result an alert reports.
type detectorVerdict struct {
	value, baseline, lower, upper, score, surprise float64
	down                                           bool
}

// resolveDetector validates a rule's detector block against the presets
// (built-in and configured): the preset, the direction and the model.
func resolveDetector(d *DetectorSpec, presets detectors.Presets) (*detectorSpec, error) {
	cfg, err := presets.Lookup(d.Preset)
	if err != nil {
		return nil, fmt.Errorf("preset %q: want one of %v", d.Preset, presets.Names())
	}
	if d.Direction != "" {
		dir, err := detectors.ParseDirection(d.Direction)
		if err != nil {
			return nil, fmt.Errorf("direction %q: want up, down or both", d.Direction)
		}
		cfg.Direction = dir
	}
	name := d.Model
	if name == "" {
		name = "default"
	}
	if _, err := detectors.New(name, cfg); err != nil {
		return nil, fmt.Errorf("model %q: want one of %v", d.Model, detectors.Names())
	}
	return &detectorSpec{name: name, cfg: cfg}, nil
}

// detect feeds the series' value at boundary m to its detector and
// reports whether the point is anomalous.
func (e *Engine) detect(st *ruleState, g *group, m int64, vals aggVals) bool {
	spec := st.c.det
	fresh := g.det == nil
	if fresh {
		d, err := detectors.New(spec.name, spec.cfg)
		if err != nil { // validated at load; cannot happen
			e.runtimeError(st, "detector", err)
			return false
		}
		g.det = &seriesDetector{d: d}
	}
	scan := e.scan(st, g, m)
	if w := st.c.windowMin; w > 1 && (m+1)%w != 0 && !fresh {
		// Windows longer than a minute are scored when they end, one after
		// the other: overlapping windows would feed the detector the same
		// events again and again, and it would read their correlation as
		// a sustained surprise.
		return g.det.lastAnomalous() || scan
	}
	return e.observe(st, g, m, vals) || scan
}

// scan runs the minute scan of a ratio rule (detectors.ScanRatio) over the
// series' last minutes, against the rate its detector has learnt. A
// verdict it raises is reported like the detector's own.
func (e *Engine) scan(st *ruleState, g *group, m int64) bool {
	c := st.c
	if !c.scans() {
		return false
	}
	ro, ok := g.det.d.(detectors.RatioObserver)
	if !ok {
		return false
	}
	p0, warm := ro.PooledRate()
	if !warm {
		return false
	}
	a := c.value.bareRatio
	var hits, n [detectors.ScanMinutes]float64
	k := 0
	for mm := m - 1; k < len(hits) && mm >= m-int64(len(g.ring)); mm-- {
		if b := &g.ring[mod(mm, int64(len(g.ring)))]; b.min == mm {
			hits[k], n[k] = b.f[a.off], b.n
		} else {
			hits[k], n[k] = 0, 0
		}
		k++
	}
	res := detectors.ScanRatio(hits[:k], n[:k], p0, c.det.cfg.MinChange)
	g.det.scanSpan = int64(res.Minutes)
	if res.Anomalous && !g.det.lastAnomalous() {
		r := res.Hits / res.N
		g.det.last = detectorVerdict{value: r, baseline: p0, lower: 0, upper: p0 * detectors.ScanMinFactor, surprise: res.Z}
	}
	return res.Anomalous
}

// observe feeds the series' window value to its detector.
func (e *Engine) observe(st *ruleState, g *group, m int64, vals aggVals) bool {
	at := time.Unix(m*60, 0).UTC()
	var res detectors.Result
	// A value that is a bare ratio is scored with its volume when the
	// detector can use it, so a quiet series is not judged on 1 of 3.
	ro, isRatio := g.det.d.(detectors.RatioObserver)
	if a := st.c.value.bareRatio; a != nil && isRatio {
		i := st.c.aggIndex(a)
		if vals.den[i] == 0 {
			return g.det.lastAnomalous()
		}
		res = ro.ObserveRatio(at, vals.num[i]*vals.den[i], vals.den[i])
	} else {
		out, err := e.vm.Run(st.c.value.prog, st.env)
		if err != nil {
			e.runtimeError(st, "value", err)
			return false
		}
		v := toFloat(out)
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return g.det.lastAnomalous() // no data this minute
		}
		res = g.det.d.Observe(at, v)
	}
	g.det.last = detectorVerdict{value: res.Value, baseline: res.Baseline, lower: res.Lower, upper: res.Upper,
		score: res.EpisodeScore, surprise: res.Surprise, down: res.Direction == detectors.Down}
	// The rule's direction is the detector's (spec.cfg.Direction): an
	// episode only starts on a point on that side, so a drop never fires
	// an "up" rule. The episode then holds until the detector ends it,
	// even through a point that dips below the baseline meanwhile.
	g.det.anomalous = res.Anomalous
	return res.Anomalous
}

func snapDetectorOf(sd *seriesDetector) (*snapDetector, error) {
	state, err := sd.d.MarshalBinary()
	if err != nil {
		return nil, err
	}
	l := sd.last
	return &snapDetector{State: state, Anomalous: sd.anomalous,
		Last: snapVerdict{Value: l.value, Baseline: l.baseline, Lower: l.lower, Upper: l.upper, Score: l.score, Surprise: l.surprise, Down: l.down}}, nil
}

func restoreDetector(spec *detectorSpec, s *snapDetector) (*seriesDetector, error) {
	d, err := detectors.New(spec.name, spec.cfg)
	if err != nil {
		return nil, err
	}
	if err := d.UnmarshalBinary(s.State); err != nil {
		return nil, err
	}
	l := s.Last
	return &seriesDetector{d: d, anomalous: s.Anomalous,
		last: detectorVerdict{value: l.Value, baseline: l.Baseline, lower: l.Lower, upper: l.Upper, score: l.Score, surprise: l.Surprise, down: l.Down}}, nil
}
