package cadence

import (
	"math"
	"slices"
)

// cycles are the candidate slot cycles, shortest first. Each divides a week
// and all but the week divide a day, so they are aligned to midnight UTC.
var cycles = [...]int64{
	10 * minute, 15 * minute, 20 * minute, 30 * minute,
	hour, 2 * hour, 3 * hour, 4 * hour, 6 * hour, 8 * hour, 12 * hour,
	day, week,
}

const (
	slotHit        = 0.8         // a slot is hit in at least this share of its cycles
	noiseHit       = 0.35        // a cluster hit in at most this share is noise (manual runs)
	maxNoise       = 0.25        // at most this share of runs may be noise
	regularShare   = 0.70        // interval: share of regular gaps among judged ones
	longGap        = 3.5         // interval: a gap ≥ this many intervals is an outage, not judged
	minSlotSpacing = 10 * minute // slots closer than this are judged as an interval
	maxSlotWidth   = 15 * minute // a slot's runs spread over at most this (and spacing/3)
)

// maxChance is the log of the largest chance that runs at random times fit
// slots as well as a learned schedule's runs do (1e-7).
var maxChance = math.Log(1e-7)

// lnChoose is ln C(n, k).
func lnChoose(n, k int) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}

type verdict uint8

const (
	vNone      verdict = iota // no slot structure in this cycle
	vAmbiguous                // structure, but not a clean fit: a longer cycle may fit
	vFit
	vIntervalLike // evenly spaced, too dense or drifting: an interval job
)

// learner holds scratch space reused across learning passes.
type learner struct {
	cfg   *Config
	gaps  []int64
	tmp   []int64
	pts   []phasePt
	rot   []phasePt
	u     []int64
	ks    []int64
	late  []int64
	f     []float64
	slots []slotFit
}

type phasePt struct{ p, t int64 }

type slotFit struct {
	center int64
	lo, hi int // range in the rotated order
}

// learn derives a schedule from sorted run start times. It returns the
// state (learning, irregular or learned) and, when learned, the schedule.
func (l *learner) learn(starts []int64) (string, *sched) {
	cfg := l.cfg
	n := len(starts)
	if n < cfg.MinRuns {
		return StateLearning, nil
	}
	l.gaps = l.gaps[:0]
	for i := 1; i < n; i++ {
		l.gaps = append(l.gaps, starts[i]-starts[i-1])
	}
	med := l.median(l.gaps)
	if med <= 0 {
		return StateLearning, nil
	}
	span := starts[n-1] - starts[0]
	ambiguous, untested := false, false
	for _, c := range cycles {
		if 2*c < med {
			continue
		}
		if span < 2*c {
			untested = true
			break
		}
		v, s := l.fitSlots(starts, c)
		switch v {
		case vFit:
			if float64(span) < cfg.MinPeriods*float64(s.spacing) {
				return StateLearning, nil
			}
			return StateLearned, s
		case vAmbiguous:
			ambiguous = true
		case vIntervalLike:
			if st, s := l.fitInterval(starts, med, span, false); st == StateLearned {
				return st, s
			}
		}
	}
	if ambiguous {
		// Runs cluster at times of day (or of the week) but no cycle seen
		// so far explains them. Unless their gaps are strictly regular
		// (a fixed interval that happens to resonate with a cycle), wait
		// for a longer cycle rather than judge the job by its intervals
		// (a weekdays-only job is not daily), unless the history is full:
		// more runs will not tell more.
		if st, s := l.fitInterval(starts, med, span, true); st == StateLearned {
			return st, s
		}
		if untested && n < cfg.History {
			return StateLearning, nil
		}
		return StateIrregular, nil
	}
	return l.fitInterval(starts, med, span, false)
}

// fitSlots tests whether the runs fall in fixed slots of cycle c.
func (l *learner) fitSlots(starts []int64, c int64) (verdict, *sched) {
	n := len(starts)
	link := min(4*minute, c/8)
	l.pts = l.pts[:0]
	for _, t := range starts {
		l.pts = append(l.pts, phasePt{mod(t-anchor, c), t})
	}
	slices.SortFunc(l.pts, func(a, b phasePt) int {
		if a.p != b.p {
			return cmpInt(a.p, b.p)
		}
		return cmpInt(a.t, b.t)
	})
	// Cut the circle at its largest gap; single-linkage clusters after it.
	bi, bg := n-1, l.pts[0].p+c-l.pts[n-1].p
	for i := 0; i < n-1; i++ {
		if g := l.pts[i+1].p - l.pts[i].p; g > bg {
			bi, bg = i, g
		}
	}
	if bg <= link {
		return vNone, nil // runs all over the cycle
	}
	s0 := (bi + 1) % n
	base := l.pts[s0].p
	rot := append(append(l.rot[:0], l.pts[s0:]...), l.pts[:s0]...)
	l.rot = rot
	l.u = l.u[:0]
	for _, q := range rot {
		l.u = append(l.u, mod(q.p-base, c))
	}
	// The slots a cluster could have hit: those in the observed span.
	lo, hi := starts[0]-link, starts[n-1]+link
	span := starts[n-1] - starts[0]

	l.slots = l.slots[:0]
	noise, ambiguous := 0, false
	start := 0
	for k := 1; k <= n; k++ {
		if k < n && l.u[k]-l.u[k-1] <= link {
			continue
		}
		a, b := start, k
		start = k
		center := mod(base+midQuantiles(l.u[a:b], &l.f), c) // before rounding
		rc := roundMinute(center, c)
		l.ks = l.ks[:0]
		for _, q := range rot[a:b] {
			l.ks = append(l.ks, floorDiv(q.t-anchor-rc+c/2, c))
		}
		slices.Sort(l.ks)
		l.ks = slices.Compact(l.ks)
		hits := len(l.ks)
		x0 := anchor + rc
		kLo, kHi := -floorDiv(x0-lo, c), floorDiv(hi-x0, c) // expected instances
		expected := max(int(kHi-kLo+1), hits)
		ratio := float64(hits) / float64(expected)
		switch {
		case ratio >= slotHit && c == day && span < 2*week && missBlock(l.ks, kLo, kHi):
			// Days missed in a row before two weeks are seen: maybe a
			// weekdays-only job. Wait until the week cycle can be tested.
			ambiguous = true
		case ratio >= slotHit:
			l.slots = append(l.slots, slotFit{center: center, lo: a, hi: b})
		case ratio <= noiseHit:
			noise += b - a
		default:
			ambiguous = true
		}
	}
	var offsets []int64
	spacing := c
	if len(l.slots) > 0 {
		if c == week {
			l.poolTimeOfDay(rot)
		}
		slices.SortFunc(l.slots, func(a, b slotFit) int { return cmpInt(a.center, b.center) })
		offsets = make([]int64, len(l.slots))
		for i := range l.slots {
			l.slots[i].center = roundMinute(l.slots[i].center, c)
			offsets[i] = l.slots[i].center
		}
		slices.Sort(offsets)
		if len(slices.Compact(slices.Clone(offsets))) != len(offsets) {
			return vNone, nil // two clusters, one slot: too fuzzy
		}
		l.tmp = l.tmp[:0]
		for i := range offsets {
			next := c + offsets[0]
			if i+1 < len(offsets) {
				next = offsets[i+1]
			}
			l.tmp = append(l.tmp, next-offsets[i])
		}
		spacing = slices.Min(l.tmp)
		if spacing < minSlotSpacing {
			return vIntervalLike, nil // too dense for slots
		}
		if len(offsets) >= 3 && isGrid(l.tmp, l.median(l.tmp), 2*link) {
			// Evenly spaced slots (but for a few missed) that no shorter
			// cycle explained: a fixed interval that does not divide the
			// hour or day (every 25m, 40m, 90m).
			return vIntervalLike, nil
		}
		for _, sl := range l.slots {
			if l.u[sl.hi-1]-l.u[sl.lo] > min(maxSlotWidth, spacing/3) {
				return vIntervalLike, nil // drifting or too fuzzy for slots
			}
		}
	}
	switch {
	case ambiguous:
		return vAmbiguous, nil
	case len(l.slots) == 0:
		return vNone, nil
	case float64(noise) > maxNoise*float64(n):
		return vAmbiguous, nil
	}
	// Enough runs in the slots, and too tightly grouped to be chance: the
	// odds that k of n runs at random times fall in slots covering a share
	// q of the cycle are at most C(n,k)·q^k.
	k, w := 0, int64(0)
	for _, sl := range l.slots {
		k += sl.hi - sl.lo
		w += l.u[sl.hi-1] - l.u[sl.lo] + minute
	}
	q := math.Min(1, float64(w)/float64(c))
	if k < l.cfg.MinRuns || lnChoose(n, k)+float64(k)*math.Log(q) > maxChance {
		return vAmbiguous, nil
	}
	l.late = l.late[:0]
	for _, sl := range l.slots {
		for _, q := range rot[sl.lo:sl.hi] {
			x := anchor + sl.center
			k := floorDiv(q.t-x+c/2, c)
			l.late = append(l.late, q.t-(x+k*c))
		}
	}
	s := &sched{kind: kindSlots, cycle: c, offsets: offsets, spacing: spacing}
	s.grace, s.early = l.tolerances(l.late, spacing, true)
	return vFit, s
}

// isGrid reports whether every gap is about once or twice m (a slot that
// a missed run left empty).
func isGrid(gaps []int64, m, tol int64) bool {
	for _, g := range gaps {
		k := max((g+m/2)/m, 1)
		if k > 2 || abs(g-k*m) > tol {
			return false
		}
	}
	return true
}

// poolTimeOfDay makes weekly slots at about the same time of day (a
// weekdays-only job) share one time of day estimated from all their runs.
func (l *learner) poolTimeOfDay(rot []phasePt) {
	slices.SortFunc(l.slots, func(a, b slotFit) int { return cmpInt(a.center%day, b.center%day) })
	for i := 0; i < len(l.slots); {
		j := i + 1
		for j < len(l.slots) && l.slots[j].center%day-l.slots[j-1].center%day <= 4*minute {
			j++
		}
		if j-i > 1 {
			ref := l.slots[i].center % day
			l.tmp = l.tmp[:0]
			for _, sl := range l.slots[i:j] {
				for _, q := range rot[sl.lo:sl.hi] {
					l.tmp = append(l.tmp, mod(q.p%day-ref+day/2, day)-day/2)
				}
			}
			slices.Sort(l.tmp)
			tod := mod(ref+midQuantiles(l.tmp, &l.f), day)
			for k := i; k < j; k++ {
				c := l.slots[k].center
				l.slots[k].center = mod(floorDiv(c-tod+day/2, day)*day+tod, week)
			}
		}
		i = j
	}
}

// midQuantiles estimates the centre of sorted v as the midpoint of its 10%
// and 90% quantiles: precise for bounded jitter, robust to a stray run.
func midQuantiles(v []int64, buf *[]float64) int64 {
	f := (*buf)[:0]
	for _, x := range v {
		f = append(f, float64(x))
	}
	*buf = f
	return int64(math.Round((quantile(f, 0.1) + quantile(f, 0.9)) / 2))
}

func roundMinute(v, c int64) int64 {
	return mod((v+minute/2)/minute*minute, c)
}

// missBlock reports whether two or more consecutive instances in
// [kLo, kHi] are missing from the sorted hit indices ks.
func missBlock(ks []int64, kLo, kHi int64) bool {
	prev := kLo - 1
	for _, k := range ks {
		if k-prev > 2 {
			return true
		}
		prev = k
	}
	return kHi-prev >= 2
}

// fitInterval tests whether the runs follow a fixed interval (possibly
// drifting in phase, like a job that sleeps between runs). strict requires
// no long gap (missed runs or a pause) and 90% of the gaps regular.
func (l *learner) fitInterval(starts []int64, med, span int64, strict bool) (string, *sched) {
	cfg := l.cfg
	p := med
	reg, irr, neutral := l.classifyGaps(p)
	if len(reg) > 0 {
		p = l.median(reg)
		reg, irr, neutral = l.classifyGaps(p)
	}
	if strict && (neutral > 0 || float64(len(reg)) < 0.9*float64(len(reg)+irr)) {
		return StateIrregular, nil
	}
	n := len(starts)
	if n < 2*cfg.MinRuns {
		// Gaps carry less evidence than phases: twice the runs.
		return StateLearning, nil
	}
	if len(reg) < cfg.MinRuns-1 || float64(len(reg)) < regularShare*float64(len(reg)+irr) {
		if n < 2*cfg.MinRuns {
			return StateLearning, nil
		}
		return StateIrregular, nil
	}
	p = (p + second/2) / second * second
	if p <= 0 {
		return StateIrregular, nil
	}
	if float64(span) < cfg.MinPeriods*float64(p) {
		return StateLearning, nil
	}
	l.late = l.late[:0]
	for _, g := range reg {
		l.late = append(l.late, g-p)
	}
	s := &sched{kind: kindInterval, interval: p, spacing: p}
	s.grace, _ = l.tolerances(l.late, p, false)
	return StateLearned, s
}

// classifyGaps splits the gaps into regular ones (about p), neutral ones
// (about a multiple of p, or an outage) and irregular ones; it returns the
// regular gaps (in l.tmp) and the counts of irregular and neutral ones.
func (l *learner) classifyGaps(p int64) ([]int64, int, int) {
	band := max(p/5, min(2*minute, p/2))
	l.tmp = l.tmp[:0]
	irr, neutral := 0, 0
	for _, g := range l.gaps {
		d := g - p
		switch {
		case abs(d) <= band:
			l.tmp = append(l.tmp, g)
		case d > 0:
			k := (g + p/2) / p
			if float64(g) < longGap*float64(p) && (k < 2 || abs(g-k*p) > k*band) {
				irr++
			} else {
				neutral++
			}
		default:
			irr++
		}
	}
	return l.tmp, irr, neutral
}

// tolerances learns grace and early from lateness samples (run start minus
// its slot): grace = max(q95 + margin, max + MinGrace, spacing/20 (at most
// 30m), MinGrace), with margin = max(2·MinGrace, q95−q05)·(1+4/n), wider
// while few runs are known; early likewise on the early side. For slots,
// early is capped at half the spacing and grace at the spacing.
func (l *learner) tolerances(late []int64, spacing int64, slots bool) (grace, early int64) {
	cfg := l.cfg
	mg := float64(cfg.MinGrace)
	l.f = l.f[:0]
	for _, v := range late {
		l.f = append(l.f, float64(v))
	}
	slices.Sort(l.f)
	n := len(l.f)
	q05, q95 := quantile(l.f, 0.05), quantile(l.f, 0.95)
	margin := math.Max(2*mg, q95-q05) * (1 + 4/float64(n))
	g := math.Max(q95+margin, l.f[n-1]+mg)
	g = math.Max(g, math.Max(float64(min(spacing/20, 30*minute)), mg))
	e := math.Max(-q05+margin, -l.f[0]+mg)
	e = math.Max(e, mg)
	grace, early = ceilSecond(g), ceilSecond(e)
	if slots {
		early = min(early, spacing/2)
		grace = max(min(grace, spacing), int64(cfg.MinGrace))
	}
	return grace, early
}

// median of v (copied, v is not modified).
func (l *learner) median(v []int64) int64 {
	l.f = l.f[:0]
	for _, x := range v {
		l.f = append(l.f, float64(x))
	}
	slices.Sort(l.f)
	return int64(math.Round(quantile(l.f, 0.5)))
}

// quantile of sorted s by linear interpolation (type 7).
func quantile(s []float64, q float64) float64 {
	if len(s) == 0 {
		return 0
	}
	pos := q * float64(len(s)-1)
	i := int(pos)
	if i >= len(s)-1 {
		return s[len(s)-1]
	}
	fr := pos - float64(i)
	return s[i] + fr*(s[i+1]-s[i])
}

func ceilSecond(v float64) int64 {
	return int64(math.Ceil(v/float64(second))) * second
}

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
