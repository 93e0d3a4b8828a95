package detectors

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"sync"
	"time"
)

// tuning holds internal constants of the scoring pipeline. They are the
// same for every series; they are not part of Config because they were
// chosen once, on benchmark corpora (see scripts/nab), and are not meant
// to be tuned per series. Memories that concern incidents are durations
// (seconds or days), read from the timestamps, so that a series sampled
// every minute and one sampled every hour remember an incident as long.
type tuning struct {
	clipK       float64 // residuals are clipped at clipK spreads when learning levels
	spreadClipK float64 // residuals are clipped at spreadClipK spreads when learning spreads
	slowFrac    float64 // the spread floor is slowFrac of the slow spread
	slowAlpha   float64 // smoothing of the slow spread
	mseAlpha    float64 // smoothing of the squared errors that pick the model
	seasonRatio float64 // a seasonal model must beat the local one by this factor (MSE)
	levelDays   float64 // time constant of the seasonal models' level correction, in days
	youngLevel  float64 // the same for the day profile until a week profile predicts, in days
	shiftZ      float64 // |z| counted towards a level shift
	smoothAlpha float64 // smoothing of the sustained surprise (per point)
	smoothClip  float64 // clip of z before smoothing
	youngMemory float64 // before a day profile predicts, a sustained surprise whose memory is longer (seconds) does not count

	// Standing out (Score): a point's surprise against the recent peaks.
	lambda      float64 // a point must exceed lambda times the recent peak to score
	aMargin     float64 // margin above which a point is outstanding
	aHorizon    float64 // memory of outstanding points, in seconds
	horizonMin  float64 // the peak's memory, in seconds, is horizonFrac of the
	horizonMax  float64 // series' age, within [horizonMin, horizonMax], and at
	horizonFrac float64 // least horizonPts of the series' points
	horizonPts  float64
	scoreK      float64 // margin at which Score is 0.5
	onsetK      float64 // multiplier of the score of points that do not start an anomaly

	// Rare surprises: a point's surprise against how often the series
	// produces one as large, in time (see rare).
	rareDays   float64 // an episode starts on a surprise rarer than once in rareDays days
	rareWarm   float64 // ... once the series has been seen for rareWarm days
	rareRunZ   float64 // points at least rareRunZ away on one side make a run, tested as one
	tailZ      float64 // surprises above tailZ are the tail the rarity is learnt from
	tailDays   float64 // memory of the tail's rate, in days
	tailPrior  float64 // prior: one cluster of tail surprises every tailPrior days, worth tailPrior days
	tailScale0 float64 // prior mean excess of a cluster's peak over tailZ (log scale)
	tailAlpha  float64 // weight of a cluster in the mean excess
	tailCap    float64 // a cluster's excess is learnt at most this large (at most 1)
	tailGap    float64 // tail surprises fewer than tailGap points apart are one cluster
	rareK      float64 // return-period margin (log) at which a rare episode's score is half its cap

	smoothNorm  float64 // derived: 1/sqrt(smoothAlpha/(2-smoothAlpha))
	tailLogZ    float64 // derived: log(1+tailZ)
	tailPerSec  float64 // derived: 1/tailDays, per second
	logRareDays float64 // derived: log(rareDays)
}

// fiveMinutes, in seconds: the peak memories were first tuned in points of
// five-minute series, and are kept as the same durations.
const fiveMinutes = 300

var defaultTuning = (&tuning{
	clipK:       3,
	spreadClipK: 10,
	slowFrac:    0.5,
	slowAlpha:   0.002,
	mseAlpha:    0.01,
	seasonRatio: 0.9,
	levelDays:   1,
	youngLevel:  0.35,
	shiftZ:      2,
	smoothAlpha: 0.02,
	smoothClip:  8,
	youngMemory: 6 * 3600,
	lambda:      1.1,
	aMargin:     1,
	aHorizon:    300 * fiveMinutes,   // 25 hours
	horizonMin:  2000 * fiveMinutes,  // 6.9 days
	horizonMax:  10000 * fiveMinutes, // 34.7 days
	horizonFrac: 0.6,
	horizonPts:  2000,
	scoreK:      8,
	onsetK:      0.1,
	rareDays:    3,
	rareWarm:    1,
	rareRunZ:    1.5,
	tailZ:       3,
	tailDays:    7,
	tailPrior:   1,
	tailScale0:  0.1,
	tailAlpha:   0.05,
	tailCap:     1,
	tailGap:     5,
	rareK:       1,
}).derive()

const (
	daySlots     = 96 // quarter hours
	weekSlots    = 168
	stateVersion = 4
	madToSigma   = 1.2533141373155 // sigma of a normal / its mean absolute deviation
	dayNanos     = 86400e9
	minPreds     = 50    // predictions a seasonal model makes before it may be used
	maxZ         = 1e300 // surprises are capped so that scores stay below 1
)

// Models a detector can predict with.
const (
	mLocal = iota
	mDay
	mWeek
	nModels // number of models
)

// state is everything a detector learns; it has only fixed-size fields so
// that it can be checkpointed with encoding/binary.
type state struct {
	N        uint64             // observations learned from
	FirstT   int64              // unix nanoseconds of the first observation
	PrevT    int64              // unix nanoseconds of the latest observation
	Level    float64            // local robust level
	Slow     float64            // slow mean absolute deviation (spread floor)
	Var      float64            // plain EWMA variance (ewma variant)
	Adj      [nModels]float64   // recent level correction of the seasonal models
	Spreads  [nModels]float64   // mean absolute one-step errors of the three models
	MSE      [nModels]float64   // squared one-step errors of the three models
	NPred    [nModels]uint32    // predictions each model has made
	Disp     float64            // over-dispersion of counts (variance / mean)
	Smooth   float64            // average of the clipped signed surprise
	Peak     [2]float64         // decaying maxima of recent surprises (rises, drops)
	APeak    [2]float64         // briefly remembered maxima of outstanding points
	ShiftSum float64            // sum of the current run of same-side deviations
	ShiftN   int32              // length of that run
	Run      int32              // consecutive points towards a state change
	ShiftSgn int8               // side of that run
	Anom     uint8              // 1 while in the anomalous state
	Model    uint8              // model used for the latest prediction
	Day      [daySlots]float32  // quarter-hour-of-day profile (mean values)
	Week     [weekSlots]float32 // hour-of-week profile (mean values)
	DayN     [daySlots]uint8    // points seen per day slot (saturating)
	WeekN    [weekSlots]uint8   // points seen per week slot (saturating)
	// RunScore is the largest Score of the current run towards the
	// anomalous state, kept through the episode it starts (0 when calm).
	// Added in version 3, at the end, so a version 2 state is its prefix.
	RunScore float32
	// CntSgn, CntN, CntObs and CntExp follow the current run of counts on
	// one side of their predictions (each at least one standard deviation
	// away): its sign, length, observed and expected totals (Poisson
	// model, version 3).
	CntSgn int8
	CntN   int32
	CntObs float32
	CntExp float32
	// PoolNum and PoolDen are decaying sums of a ratio's numerators and
	// denominators (ObserveRatio, version 3): the pooled rate they give is
	// what a count is expected at, even when most minutes hold no failure
	// at all and the per-minute ratios' level sits near zero.
	PoolNum float32
	PoolDen float32
	// Version 4: rare episodes (see rare). RareRun, RareAnom and RareScore
	// are the run towards, the state (1 while anomalous) and the score of
	// a rare episode. RunN and RunSum follow the run of points at least
	// rareRunZ away on one side (its length, counted up to 255, and the
	// sum of their z, whose sign is the side). The tail: TailN counts the
	// clusters of tail surprises on each side (rises, drops), decaying
	// over tailDays, and TailS is the mean excess of their peaks; TailMax
	// is the peak excess of the current cluster (TailS and TailMax in
	// 65535ths, at most 1), TailSide its side and TailGap the points since
	// its last tail surprise.
	RareRun   uint16
	RareAnom  uint8
	RunN      uint8
	TailSide  int8
	TailGap   uint8
	TailS     [2]uint16
	TailMax   uint16
	RunSum    float32
	RareScore float32
	TailN     [2]float32
}

// core implements every named detector; the name selects options.
type core struct {
	cfg   Config
	plain bool
	tn    *tuning // shared, read-only
	s     state
}

func newCore(cfg Config, plain bool, tn *tuning) *core {
	d := &core{cfg: cfg, plain: plain, tn: tn}
	d.s.Disp = 1
	return d
}

// fingerprint is the fingerprint of the detector's options, stored in its
// checkpoints. It is computed once per set of options (it formats them
// all) and kept here rather than in every detector, whose heap it would
// push into the next size class.
func (d *core) fingerprint() uint64 {
	k := fpKey{d.cfg, d.plain, d.tn}
	if v, ok := fingerprints.Load(k); ok {
		return v.(uint64)
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%+v|%v|%+v", d.cfg, d.plain, *d.tn)
	v, _ := fingerprints.LoadOrStore(k, h.Sum64())
	return v.(uint64)
}

// fpKey is a set of options; fingerprints maps each to its fingerprint.
type fpKey struct {
	cfg   Config
	plain bool
	tn    *tuning
}

var fingerprints sync.Map

// ObserveRatio scores num/den (see RatioObserver).
func (d *core) ObserveRatio(t time.Time, num, den float64) Result {
	if den <= 0 || math.IsNaN(num) {
		return Result{Value: math.NaN(), Baseline: d.s.Level, Lower: d.s.Level, Upper: d.s.Level, Warm: d.warm()}
	}
	s := &d.s
	pooled := 0.0
	if s.PoolDen > 0 {
		pooled = float64(s.PoolNum) / float64(s.PoolDen)
	}
	res := d.observe(t, num/den, den, true, pooled)
	// An incident's failures are not the usual rate: a point adds at most
	// a few standard deviations above what the pool expected of it (and
	// always at least one, so a pool that has seen no failure yet learns).
	num = max(num, 0)
	if s.PoolDen > 0 {
		lambda := pooled * den
		num = min(num, lambda+3*math.Sqrt(lambda)+1)
	}
	keep := float32(1 - poolAlpha)
	s.PoolNum = s.PoolNum*keep + float32(num)
	s.PoolDen = s.PoolDen*keep + float32(den)
	return res
}

// poolAlpha is the per-point decay of the pooled ratio sums (a memory of
// about a hundred points).
const poolAlpha = 0.01

// Observe implements Detector.
func (d *core) Observe(t time.Time, v float64) Result { return d.observe(t, v, 1, false, 0) }

func (d *core) warm() bool { return d.s.N >= uint64(d.cfg.WarmUp) }

// observe scores x and learns from it. For a ratio, vol is its denominator
// and the surprise is the smaller of the ratio's surprise against its own
// history and the numerator's surprise as a count against the expected
// count, at no less than the pooled rate.
func (d *core) observe(t time.Time, x, vol float64, ratio bool, pooled float64) Result {
	s := &d.s
	c := &d.cfg
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return Result{Value: x, Baseline: s.Level, Lower: s.Level, Upper: s.Level, Warm: d.warm()}
	}
	ns := t.UnixNano()
	if s.N == 0 {
		s.N = 1
		s.FirstT, s.PrevT = ns, ns
		s.Level = x
		q, h := d.slots(ns)
		d.learnSlots(q, h, c.SeasonalAlpha, 1, x, x)
		return Result{Value: x, Baseline: x, Lower: x, Upper: x}
	}
	dt := float64(ns-s.PrevT) / 1e9
	dt = max(1, min(dt, 86400))
	if ns > s.PrevT {
		s.PrevT = ns
	}
	q, h := d.slots(ns)

	// Predictions of the three models; the one with the smallest recent
	// squared error (seasonal ones must win clearly) scores the point.
	floor := d.floor()
	var preds [nModels]float64
	var ok [nModels]bool
	preds[mLocal], ok[mLocal] = s.Level, true
	if c.Seasonality != SeasonOff {
		age := ns - s.FirstT
		if s.DayN[q] > 0 {
			preds[mDay], ok[mDay] = float64(s.Day[q])+s.Adj[mDay], age >= dayNanos
		}
		if s.WeekN[h] > 0 {
			preds[mWeek], ok[mWeek] = float64(s.Week[h])+s.Adj[mWeek], age >= 7*dayNanos
		}
	}
	m := mLocal
	best := s.MSE[mLocal] * d.tn.seasonRatio
	if c.Seasonality == seasonAlways {
		best = math.Inf(1)
	}
	for _, k := range []int{mDay, mWeek} {
		if ok[k] && s.NPred[k] >= minPreds && s.MSE[k] < best {
			m, best = k, s.MSE[k]
		}
	}
	s.Model = uint8(m)
	pred := preds[m]
	spread := max(s.Spreads[m], floor)
	if d.plain {
		spread = max(math.Sqrt(s.Var)/madToSigma, floor)
	}
	resid := x - pred
	z := max(-maxZ, min(maxZ, resid/(spread*madToSigma)))
	if c.Model == ModelPoisson || ratio {
		zc := d.countZ(x, max(pred, pooled), vol, ratio)
		if !ratio || math.Abs(zc) < math.Abs(z) {
			z = zc
		}
	}
	warm := d.warm()

	// Before a day profile predicts, the local level lags behind the
	// daily rhythm, and a sustained surprise whose memory spans a good
	// part of a day (50 hourly points: two days) measures that lag, not
	// an incident: it starts nothing until the profile predicts.
	age := ns - s.FirstT
	rhythmUnknown := c.Seasonality != SeasonOff && (age < dayNanos || s.NPred[mDay] < minPreds) &&
		float64(age)/1e9 > d.tn.youngMemory*d.tn.smoothAlpha*float64(s.N)

	// Decision: direction, guards, hysteresis.
	dir := Both
	if resid > 0 {
		dir = Up
	} else if resid < 0 {
		dir = Down
	}
	score, zs := d.score(z, warm, dt, age, rhythmUnknown)
	za, zsa := math.Abs(z), math.Abs(zs)
	if !c.Direction.allows(z) {
		za = 0
	}
	if !c.Direction.allows(zs) || rhythmUnknown {
		zsa = 0
	}
	surprise := max(za, zsa)
	zra, zr := 0.0, 0.0
	if c.Model == ModelPoisson && !ratio {
		// Counts: the run of same-side deviations this point continues is
		// also tested as one count, so quiet minutes add up: 30 minutes of
		// nothing where 5 a minute were due is certain long before any
		// single minute is, and before the model has learnt the silence.
		if zr = d.countRun(x, z, pred); c.Direction.allows(zr) {
			zra = math.Abs(zr)
			surprise = max(surprise, zra)
		}
	}
	guards := d.guardsPass(x, pred, vol, ratio)
	onset := false
	if s.Anom == 0 {
		// A run of surprising points counts only if it starts with a
		// point that stands out from the series' recent past (Score).
		standsOut := score >= c.EnterScore || c.Standout == StandoutOff
		if warm && guards && surprise >= c.EnterZ && (s.Run > 0 || standsOut) {
			s.Run++
			s.RunScore = max(s.RunScore, float32(score))
		} else {
			s.Run, s.RunScore = 0, 0
		}
		if s.Run >= int32(c.EnterPoints) {
			s.Anom, s.Run = 1, 0
			onset = true
		}
	} else {
		// Leaving needs calm points: the sustained surprise lingers after
		// a level shift has been adopted, so only the point's own counts.
		if max(za, zra) < c.ExitZ || !guards {
			s.Run++
		} else {
			s.Run = 0
		}
		if s.Run >= int32(c.ExitPoints) {
			s.Anom, s.Run, s.RunScore = 0, 0, 0
			if c.Standout == StandoutOff {
				// Without the standout gate nothing else stops the
				// sustained surprise the incident built from starting
				// another episode for hours: the episode used it up.
				s.Smooth = 0
			}
		}
	}

	if !onset {
		score *= d.tn.onsetK
	}
	if c.Standout == StandoutAuto {
		// The second way in: a surprise the series rarely produces. Its
		// episodes rank below every standout onset (RareScore is below
		// EnterScore), by how rare they are.
		rareOnset, rs := d.rare(z, za, zra, zr, guards, warm, rhythmUnknown, dt, age)
		surprise = max(surprise, rs)
		if rareOnset && !onset && s.Anom == 0 {
			score = max(score, float64(s.RareScore))
		}
	}

	half := c.EnterZ * spread * madToSigma
	if c.Model == ModelPoisson && !ratio {
		half = c.EnterZ * math.Sqrt(max(pred, 0.5)*max(s.Disp, 1))
	}
	res := Result{
		Score: score, EpisodeScore: float64(max(s.RunScore, s.RareScore)), Surprise: surprise,
		Anomalous: (s.Anom == 1 || s.RareAnom == 1) && warm, Direction: dir,
		Value: x, Baseline: pred, Lower: pred - half, Upper: pred + half, Warm: warm,
	}
	d.learn(q, h, x, z, dt, preds, ok)
	return res
}

// score turns a signed surprise z into the anomaly score; it also returns
// the sustained surprise.
//
// Two surprises are taken in log space: the point's own, log(1+|z|), and a
// sustained one, the log of the smoothed clipped z rescaled to unit
// variance, which catches shifts too small to stand out point by point
// (left out while the daily rhythm is unknown, see observe).
// The score is the margin by which the larger exceeds lambda times the
// largest surprise of the recent past on the same side (rises and drops
// are remembered apart). The peak memory decays over a horizon, in time,
// that grows with the series' age (and spans at least horizonPts points),
// so a series that routinely spikes stops scoring its routine spikes. A
// point that stands out by more than aMargin raises the long memory only
// by aMargin and is otherwise remembered for aHorizon: the rest of its
// incident is damped, but a later incident of the same size scores again.
// dt is the time since the previous point and age the series' age.
func (d *core) score(z float64, warm bool, dt float64, age int64, rhythmUnknown bool) (float64, float64) {
	s := &d.s
	tn := d.tn
	dir := d.cfg.Direction
	za := math.Abs(z)
	if !dir.allows(z) {
		za = 0
	}
	a := tn.smoothAlpha
	zc := max(-tn.smoothClip, min(tn.smoothClip, z))
	s.Smooth = ftzs(s.Smooth + a*(zc-s.Smooth))
	zs := s.Smooth * tn.smoothNorm
	zsa := math.Abs(zs)
	if !dir.allows(zs) || rhythmUnknown {
		zsa = 0
	}
	u := math.Log1p(max(za, zsa))
	if !warm {
		return 0, zs
	}
	side := 0
	if z < 0 {
		side = 1
	}
	horizon := max(tn.horizonMin, min(tn.horizonMax, tn.horizonFrac*float64(age)/1e9), tn.horizonPts*dt)
	peak := max(s.Peak[side], s.APeak[side])
	decay, adecay := decayOver(dt/horizon), decayOver(dt/tn.aHorizon)
	for i := range s.Peak {
		// Flush tiny values to zero: subnormal arithmetic is very slow.
		if s.Peak[i] *= decay; s.Peak[i] < 1e-9 {
			s.Peak[i] = 0
		}
		if s.APeak[i] *= adecay; s.APeak[i] < 1e-9 {
			s.APeak[i] = 0
		}
	}
	v := u - tn.lambda*peak
	if v > tn.aMargin {
		s.APeak[side] = max(s.APeak[side], u)
		s.Peak[side] = max(s.Peak[side], peak+tn.aMargin)
	} else {
		s.Peak[side] = max(s.Peak[side], u)
	}
	v = max(v, 0)
	return v / (v + tn.scoreK), zs
}

// rare is the second way into an episode (Standout auto): a surprise that
// this series produces less than once in rareDays days, whether or not it
// stands out from the recent peaks, so that an incident days after a
// larger one alarms, and ranks on its own rarity. It returns whether a
// rare episode starts and the surprise it judged.
//
// The surprise is the larger of the point's own (z, or zra for a run of
// counts) and a run test: points at least rareRunZ away on one side, their
// |z| summed over the root of their number (not while the daily rhythm is
// unknown: a lagging level makes runs). Its rarity is the return period of
// the tail model (logReturnPeriod), learnt in time. Nothing starts before
// the series has been seen for rareWarm days. The episode ends as a
// standout one does.
func (d *core) rare(z, za, zra, zr float64, guards, warm, rhythmUnknown bool, dt float64, age int64) (bool, float64) {
	s := &d.s
	c := &d.cfg
	tn := d.tn
	sgn := 0.0
	if z >= tn.rareRunZ {
		sgn = 1
	} else if z <= -tn.rareRunZ {
		sgn = -1
	}
	if sgn == 0 || sgn*float64(s.RunSum) < 0 {
		s.RunN, s.RunSum = 0, 0
	}
	if sgn != 0 && s.RunN < math.MaxUint8 {
		s.RunN++
		s.RunSum += float32(sgn * min(math.Abs(z), tn.smoothClip))
	}
	zrun := 0.0
	if sgn != 0 && s.RunN > 1 && !rhythmUnknown && c.Direction.allows(sgn) {
		zrun = math.Abs(float64(s.RunSum)) / math.Sqrt(float64(s.RunN))
	}
	surp, side := za, z < 0
	if zrun > surp {
		surp, side = zrun, sgn < 0
	}
	if zra > surp {
		surp, side = zra, zr < 0
	}
	k := 0
	if side {
		k = 1
	}
	ex := 0.0 // the surprise's excess over the tail's threshold
	if surp > tn.tailZ {
		ex = math.Log1p(surp) - tn.tailLogZ
	}
	onset := false
	if s.RareAnom == 0 {
		lrp := d.logReturnPeriod(ex, k, age)
		if warm && guards && surp >= c.EnterZ && lrp >= tn.logRareDays && float64(age) >= tn.rareWarm*dayNanos {
			s.RareRun = min(s.RareRun+1, math.MaxUint16-1)
		} else {
			s.RareRun = 0
		}
		if int(s.RareRun) >= min(c.EnterPoints, math.MaxUint16-1) {
			s.RareAnom, s.RareRun = 1, 0
			onset = true
			w := max(lrp-tn.logRareDays, 0) + 0.01
			s.RareScore = float32(0.95 * c.EnterScore * w / (w + tn.rareK))
		}
	} else {
		if max(za, zra) < c.ExitZ || !guards {
			s.RareRun = min(s.RareRun+1, math.MaxUint16-1)
		} else {
			s.RareRun = 0
		}
		if int(s.RareRun) >= min(c.ExitPoints, math.MaxUint16-1) {
			s.RareAnom, s.RareRun, s.RareScore = 0, 0, 0
		}
	}
	d.learnTail(ex, k, dt)
	return onset, surp
}

// logReturnPeriod is the log of the return period, in days, of a surprise
// on side k (0 rises, 1 drops) whose excess over tailZ is ex (0 for one
// at or below tailZ: -Inf). The tail model: clusters of surprises above
// tailZ come at a rate learnt in time (with a prior of one every
// tailPrior days), and a cluster's peak exceeds tailZ, in log(1+surprise),
// by an exponentially distributed excess whose mean is learnt (a
// heavy-tailed series, such as a latency, learns a large one). So a
// surprise is rarer the further it lies beyond what the series produces,
// and a series that produces surprises of 8 daily judges one of 8 as
// routine.
func (d *core) logReturnPeriod(ex float64, k int, age int64) float64 {
	s := &d.s
	tn := d.tn
	if ex <= 0 {
		return math.Inf(-1)
	}
	// The time observed, in days, weighted as the clusters are (decaying
	// over tailDays).
	days := max(float64(age), 0) / dayNanos
	seen := tn.tailDays * (1 - math.Exp(-days/tn.tailDays))
	rate := (float64(s.TailN[k]) + 1) / (seen + tn.tailPrior)
	scale := float64(s.TailS[k]) / math.MaxUint16
	if scale <= 0 {
		scale = tn.tailScale0
	}
	return ex/scale - math.Log(rate)
}

// learnTail folds a point's surprise (on side k, excess ex over tailZ)
// into the tail model: clusters of tail surprises (runs less than tailGap
// points apart) and the mean excess of their peaks, clipped at tailCap so
// that one huge incident does not mute the next ones for long.
func (d *core) learnTail(ex float64, k int, dt float64) {
	s := &d.s
	tn := d.tn
	decay := float32(decayOver(dt * tn.tailPerSec))
	s.TailN[0] *= decay
	s.TailN[1] *= decay
	if ex <= 0 {
		if s.TailGap < math.MaxUint8 {
			s.TailGap++
		}
		return
	}
	e := uint16(max(1, math.Round(min(ex, tn.tailCap)*math.MaxUint16)))
	if float64(s.TailGap) >= tn.tailGap || int(s.TailSide) != k || s.TailMax == 0 {
		if s.TailMax > 0 {
			j := s.TailSide
			m := float64(s.TailS[j]) / math.MaxUint16
			if m <= 0 {
				m = tn.tailScale0
			}
			m += tn.tailAlpha * (float64(s.TailMax)/math.MaxUint16 - m)
			s.TailS[j] = uint16(math.Round(max(0, min(m, 1)) * math.MaxUint16))
		}
		s.TailN[k]++
		s.TailSide = int8(k)
		s.TailMax = e
	} else {
		s.TailMax = max(s.TailMax, e)
	}
	s.TailGap = 0
}

// decayOver returns exp(-x) for x >= 0, without calling Exp for the tiny
// x of one point's share of a long memory.
func decayOver(x float64) float64 {
	if x < 0.01 {
		return 1 - x*(1-x*(0.5-x/6))
	}
	return math.Exp(-x)
}

// derive fills the fields computed from the others. The smoothed z is
// rescaled to unit variance: an EWMA of weight a over independent
// unit-variance values has variance a/(2-a).
func (tn *tuning) derive() *tuning {
	a := tn.smoothAlpha
	tn.smoothNorm = math.Sqrt((2 - a) / a)
	tn.tailLogZ = math.Log1p(tn.tailZ)
	tn.tailPerSec = 1 / (tn.tailDays * 86400)
	tn.logRareDays = math.Log(tn.rareDays)
	return tn
}

// ftz flushes a non-negative quantity that decays towards zero to exactly
// zero before it turns subnormal (subnormal arithmetic is very slow).
func ftz(v float64) float64 {
	if v < 1e-200 {
		return 0
	}
	return v
}

// ftzs is ftz for a signed quantity.
func ftzs(v float64) float64 {
	if v > -1e-200 && v < 1e-200 {
		return 0
	}
	return v
}

// guardsPass applies the minimum-volume and minimum-change guards. For a
// ratio the volume is its denominator.
func (d *core) guardsPass(x, base, vol float64, ratio bool) bool {
	c := &d.cfg
	if c.MinVolume > 0 {
		if ratio && vol < c.MinVolume || !ratio && x < c.MinVolume && base < c.MinVolume {
			return false
		}
	}
	// A point on the side Direction ignores is never anomalous, however
	// surprising the recent run of points was.
	if !c.Direction.allows(x - base) {
		return false
	}
	dev := math.Abs(x - base)
	if dev < c.MinChange {
		return false
	}
	if c.MinRelChange > 0 && dev < c.MinRelChange*math.Abs(base) {
		return false
	}
	return true
}

// floor is the lower bound on any spread.
func (d *core) floor() float64 {
	s := &d.s
	f := max(d.cfg.SpreadFloor, d.cfg.RelSpreadFloor*math.Abs(s.Level))
	f = max(f, d.tn.slowFrac*s.Slow)
	if f <= 0 {
		f = 1e-12
	}
	return f
}

// countZ is the surprise of x*vol events against pred*vol expected ones,
// under a Poisson model (widened by the learned over-dispersion for plain
// counts).
func (d *core) countZ(x, pred, vol float64, ratio bool) float64 {
	k := max(x*vol, 0)
	lambda := max(pred*vol, 1e-3)
	var z float64
	switch {
	case math.Abs(k-lambda) < 2*math.Sqrt(lambda):
		// Well inside the distribution: the normal approximation is close
		// enough, and the exact tail is only needed further out.
		z = (k - lambda) / math.Sqrt(lambda)
	case k > lambda:
		z = zFromTail(lnPoissonUpper(k, lambda))
	case k < lambda:
		z = -zFromTail(lnPoissonLower(k, lambda))
	}
	if ratio {
		return z
	}
	return z / math.Sqrt(max(d.s.Disp, 1))
}

// countRun extends (or restarts, or ends) the run of counts on one side
// of their predictions with x, whose own surprise is z, and returns the
// run's surprise as one count: its observed total against its expected
// total. It is 0 when x is within a standard deviation of pred.
func (d *core) countRun(x, z, pred float64) float64 {
	s := &d.s
	sign := int8(0)
	if z >= 1 {
		sign = 1
	} else if z <= -1 {
		sign = -1
	}
	if sign == 0 {
		s.CntSgn, s.CntN, s.CntObs, s.CntExp = 0, 0, 0, 0
		return 0
	}
	if sign != s.CntSgn {
		s.CntSgn, s.CntN, s.CntObs, s.CntExp = sign, 0, 0, 0
	}
	s.CntN++
	s.CntObs += float32(max(x, 0))
	s.CntExp += float32(max(pred, 0))
	n := float64(s.CntN)
	return d.countZ(float64(s.CntObs)/n, float64(s.CntExp)/n, n, false)
}

// slots returns the quarter-hour-of-day and hour-of-week of ns (weeks
// start on Monday 00:00, after the configured UTC offset).
func (d *core) slots(ns int64) (int, int) {
	sec := ns/1e9 + int64(d.cfg.UTCOffsetMinutes)*60
	if ns < 0 && ns%1e9 != 0 {
		sec--
	}
	qh := sec / 900
	if sec < 0 && sec%900 != 0 {
		qh--
	}
	q := int((qh%daySlots + daySlots) % daySlots)
	h := qh / 4
	if qh < 0 && qh%4 != 0 {
		h--
	}
	// 1970-01-01 was a Thursday: hour 0 of the epoch is hour 72 of its week.
	w := int(((h+72)%weekSlots + weekSlots) % weekSlots)
	return q, w
}

// learnSlots moves the day profile's slot q towards xd and the week
// profile's slot h towards xw, with weight gamma per visit (a point dt
// seconds long counts for its share of the slot), averaging plainly while a
// slot has had few points.
func (d *core) learnSlots(q, h int, gamma, dt, xd, xw float64) {
	s := &d.s
	upd := func(p *float32, n *uint8, slotSec, r float64) {
		w := gamma * min(1, dt/slotSec)
		if inv := 1 / float64(int(*n)+1); inv > w {
			w = inv
		}
		if *n < 255 {
			*n++
		}
		*p += float32(w * (r - float64(*p)))
		if *p > -1e-30 && *p < 1e-30 {
			*p = 0 // never subnormal
		}
	}
	upd(&s.Day[q], &s.DayN[q], 900, xd)
	upd(&s.Week[h], &s.WeekN[h], 3600, xw)
}

// learn updates every model with x (z is its surprise under the model
// that scored it).
func (d *core) learn(q, h int, x, z, dt float64, preds [nModels]float64, ok [nModels]bool) {
	s := &d.s
	c := &d.cfg
	s.N++
	n := float64(s.N)
	warm := s.N > uint64(c.WarmUp)
	floor := d.floor()
	// Without the standout gate an incident must not teach the baselines
	// that it is normal: inside an episode residuals are learnt clipped
	// to one spread, so spreads do not swell and levels barely move (a
	// lasting change is still adopted by the level-shift rule).
	holdBack := s.Anom == 1 && warm && c.Standout == StandoutOff
	clipAt := func(r, spread, k float64) float64 {
		if !warm || d.plain {
			return r
		}
		if holdBack || c.Direction != Both && !c.Direction.allows(r) {
			// An episode, or a move to the side the direction ignores (a
			// surge, for a drop detector), is learnt slowly: a two-hour
			// flash sale must not become the level its end is judged by.
			k = min(k, 1)
		}
		lim := k * max(spread, floor)
		return max(-lim, min(lim, r))
	}
	alpha := max(c.Alpha, 1/n)
	beta := max(c.SpreadAlpha, 1/n)
	ma := d.tn.mseAlpha

	// Errors and spreads of every model that predicted.
	for k := range preds {
		if !ok[k] {
			continue
		}
		r := x - preds[k]
		if s.NPred[k] < math.MaxUint32 {
			s.NPred[k]++
		}
		np := float64(s.NPred[k])
		rs := clipAt(r, s.Spreads[k], d.tn.spreadClipK)
		if s.NPred[k] < minPreds {
			rs = r
		}
		s.MSE[k] = ftz(s.MSE[k] + max(ma, 1/np)*(rs*rs-s.MSE[k]))
		s.Spreads[k] = ftz(s.Spreads[k] + max(beta, 1/np)*(math.Abs(rs)-s.Spreads[k]))
	}

	// Local model.
	r := x - s.Level
	if d.plain {
		s.Var = ftz(s.Var + beta*(r*r-s.Var))
	}
	s.Level = ftzs(s.Level + alpha*clipAt(r, s.Spreads[mLocal], d.tn.clipK))
	s.Slow = ftz(s.Slow + max(d.tn.slowAlpha, 1/n)*(math.Abs(r)-s.Slow))
	if c.Model == ModelPoisson && s.Level > 0 {
		rc := clipAt(r, s.Spreads[mLocal], d.tn.spreadClipK)
		s.Disp = ftz(s.Disp + beta*(rc*rc/max(s.Level, 0.5)-s.Disp))
	}

	// Seasonal models: per-slot means of the values (learned at
	// SeasonalAlpha per visit) plus a correction that follows the recent
	// deviation from them (time constant levelDays).
	if c.Seasonality != SeasonOff {
		la := min(1, dt/(86400*d.tn.levelDays))
		// Until a week profile predicts (or for two weeks at most), the
		// day profile's level correction follows faster: a first weekend
		// is a new level for a day or two, not an incident, and so is the
		// Monday after it.
		young := s.Model != mWeek && s.PrevT-s.FirstT < 14*dayNanos
		var xs [nModels]float64
		for _, k := range []int{mDay, mWeek} {
			la := la
			if young && k == mDay {
				la = min(1, dt/(86400*d.tn.youngLevel))
			}
			base := preds[k] - s.Adj[k]
			if s.DayN[q] == 0 && k == mDay || s.WeekN[h] == 0 && k == mWeek {
				xs[k] = x
				continue
			}
			r := clipAt(x-preds[k], s.Spreads[k], d.tn.clipK)
			xs[k] = preds[k] + r // the value, clipped around the prediction
			s.Adj[k] = ftzs(s.Adj[k] + la*(xs[k]-base-s.Adj[k]))
			if s.NPred[k] < minPreds {
				xs[k] = x
			}
		}
		d.learnSlots(q, h, c.SeasonalAlpha, dt, xs[mDay], xs[mWeek])
	}

	// Level shift: a long run of same-side deviations is a new normal.
	// Without the standout gate, an episode that lasts ShiftPoints is
	// one, whatever its points' surprises: noisy points inside a lasting
	// change must not keep it from being adopted, nor keep it alarming.
	sign := int8(0)
	if z > d.tn.shiftZ {
		sign = 1
	} else if z < -d.tn.shiftZ {
		sign = -1
	}
	if holdBack {
		sign = episodeRun
	}
	if sign != 0 && sign == s.ShiftSgn {
		s.ShiftN++
		s.ShiftSum += x
	} else {
		s.ShiftSgn, s.ShiftN, s.ShiftSum = sign, 0, 0
		if sign != 0 {
			s.ShiftN, s.ShiftSum = 1, x
		}
	}
	if c.ShiftPoints > 0 && s.ShiftN >= int32(c.ShiftPoints) {
		// The local level jumps to the run's mean; a seasonal model in use
		// shifts its correction by the same amount.
		mean := s.ShiftSum / float64(s.ShiftN)
		if k := int(s.Model); k != mLocal {
			s.Adj[k] += mean - preds[k]
		}
		s.Level = mean
		s.ShiftSgn, s.ShiftN, s.ShiftSum = 0, 0, 0
		if holdBack { // the episode's change is the new normal: it ends
			s.Anom, s.Run, s.RunScore, s.Smooth = 0, 0, 0, 0
		}
	}
}

// episodeRun marks, in ShiftSgn, a run that is an anomalous episode's
// points rather than same-side deviations.
const episodeRun = 2

// checkpointHeader is the version byte and the options' fingerprint.
const checkpointHeader = 1 + 8

// MarshalBinary implements Detector. The checkpoint is a version byte, a
// fingerprint of the detector's options and the learned state.
func (d *core) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, checkpointHeader+binary.Size(&d.s))
	b = append(b, stateVersion)
	b = binary.LittleEndian.AppendUint64(b, d.fingerprint())
	return binary.Append(b, binary.LittleEndian, &d.s)
}

// UnmarshalBinary implements Detector. It refuses a checkpoint taken by a
// detector with another name or configuration.
func (d *core) UnmarshalBinary(b []byte) error {
	if len(b) < checkpointHeader || (b[0] != stateVersion && b[0] != 2 && b[0] != 3) {
		return errors.New("detectors: checkpoint has an unknown version")
	}
	if b[0] != stateVersion { // versions 2 and 3 lack the fields added at the end: zero them
		if missing := checkpointHeader + binary.Size(&d.s) - len(b); missing > 0 {
			b = append(slices.Clip(b), make([]byte, missing)...)
		}
	}
	if binary.LittleEndian.Uint64(b[1:]) != d.fingerprint() {
		return errors.New("detectors: checkpoint was taken by a detector with another name or configuration")
	}
	var s state
	n, err := binary.Decode(b[checkpointHeader:], binary.LittleEndian, &s)
	if err != nil {
		return fmt.Errorf("detectors: decoding checkpoint: %w", err)
	}
	if n != len(b)-checkpointHeader {
		return fmt.Errorf("detectors: checkpoint has %d trailing bytes", len(b)-checkpointHeader-n)
	}
	d.s = s
	return nil
}

// PooledRate is the failure rate a ratio detector has learnt from
// ObserveRatio (failures over totals, with incidents' excess clipped), and
// whether it has learnt from enough points to be trusted.
func (d *core) PooledRate() (float64, bool) {
	if d.s.PoolDen <= 0 {
		return 0, false
	}
	return float64(d.s.PoolNum) / float64(d.s.PoolDen), d.warm()
}
