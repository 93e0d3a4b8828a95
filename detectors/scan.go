package detectors

import "math"

// A ratio detector judges its series one window at a time, and a window
// must be surprising twice in a row before it alarms: on a service that
// logs thirty lines a minute, an error ratio that jumps from 0.4 % to 6 %
// is certain within two or three minutes, but a five-minute detector says
// so after ten. ScanRatio is the fast path beside it: every minute it
// tests the failures of the last one, two, … minutes together as one
// count against the rate the detector has learnt (a scan statistic), so
// evidence adds up as it arrives and the alarm is raised as soon as the
// sum is beyond doubt, however long it took to gather.
//
// Beyond doubt means all of:
//   - at least ScanMinHits failures, in at least two different minutes
//     (one failure that logs three error lines is one event, not a trend);
//   - a failure ratio at least ScanMinFactor times the learnt rate, and
//     MinChange above it (the preset's minimum effect);
//   - a Poisson tail probability of the count at the learnt rate below
//     ScanAlpha;
//   - the newest quarter of the span elevated as well (the failures go on).
//
// A quiet shop's single errors, hours apart, never meet the first; a
// service that routinely fails at 2 % has learnt 2 %. ScanAlpha is small
// because the test runs every minute, for every span, on every series: a
// hundred series scanned for a day are some 700,000 tests.

// Scan thresholds (see above).
const (
	ScanMinHits   = 3
	ScanMinFactor = 3.0
	ScanAlpha     = 1e-6
	// ScanMinutes is the longest run of minutes tested together.
	ScanMinutes = 30
)

// ScanResult is the verdict of ScanRatio.
type ScanResult struct {
	Anomalous bool
	Minutes   int     // the span that decided (0 when calm)
	Hits, N   float64 // failures and total over that span
	Z         float64 // the tail probability as a normal deviate
}

// ScanRatio tests the trailing minutes of a ratio: hits[i] failures out of
// n[i] in the minute i minutes before the newest (i = 0), against the
// baseline rate p0. minChange is the smallest absolute rise that matters.
func ScanRatio(hits, n []float64, p0, minChange float64) ScanResult {
	var best ScanResult
	var cx, cn [ScanMinutes + 1]float64 // prefix sums, newest first
	lim := min(len(hits), len(n), ScanMinutes)
	minutes := 0 // minutes with at least one failure
	elevated := func(x, tot float64) bool {
		return tot > 0 && x/tot >= p0*ScanMinFactor && x/tot >= p0+minChange
	}
	for i := 0; i < lim; i++ {
		cx[i+1], cn[i+1] = cx[i]+hits[i], cn[i]+n[i]
		x, tot := cx[i+1], cn[i+1]
		if hits[i] > 0 {
			minutes++
		}
		if x < ScanMinHits || minutes < 2 || !elevated(x, tot) {
			continue
		}
		// The newest quarter of the span (two minutes at least) must be
		// elevated too: a burst that ended is not an incident going on,
		// however significant it was.
		h := min(i+1, max(2, (i+4)/4))
		if !elevated(cx[h], cn[h]) {
			continue
		}
		lambda := max(p0, 1e-9) * tot
		lp := poissonLogTail(x, lambda)
		if lp > math.Log(ScanAlpha) {
			continue
		}
		z := normalDeviate(lp)
		if !best.Anomalous || z > best.Z {
			best = ScanResult{Anomalous: true, Minutes: i + 1, Hits: x, N: tot, Z: z}
		}
	}
	return best
}

// poissonLogTail returns log P(X >= k) for X ~ Poisson(lambda), k >= 1,
// summed in log space from k up until the terms stop mattering.
func poissonLogTail(k, lambda float64) float64 {
	k = math.Floor(k)
	lg, _ := math.Lgamma(k + 1)
	term := k*math.Log(lambda) - lambda - lg // log P(X = k)
	sum := 1.0
	t := 1.0
	for j := k + 1; j < k+1000; j++ {
		t *= lambda / j
		sum += t
		if t < 1e-12*sum {
			break
		}
	}
	return term + math.Log(sum)
}

// normalDeviate converts a log upper-tail probability to the standard
// normal deviate with the same tail (an approximation good to a few
// hundredths, enough to report how surprising a count was).
func normalDeviate(logP float64) float64 {
	if logP >= math.Log(0.5) {
		return 0
	}
	// Invert the tail bound p ≈ φ(z)/z by two Newton-like refinements.
	t := math.Sqrt(-2 * logP)
	for range 3 {
		t = math.Sqrt(max(0, -2*logP-2*math.Log(t)-math.Log(2*math.Pi)))
	}
	return t
}
