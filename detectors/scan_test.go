package detectors

import (
	"math"
	"math/rand/v2"
	"testing"
)

// minutes builds newest-first minute counts: n per minute, failures at
// rate p, and extra failures in the newest k minutes.
func minutes(rng *rand.Rand, total int, n, p float64, k int, extra float64) (hits, ns []float64) {
	for i := 0; i < total; i++ {
		h := 0.0
		for j := 0; j < int(n); j++ {
			if rng.Float64() < p {
				h++
			}
		}
		if i < k {
			for j := 0; j < int(n); j++ {
				if rng.Float64() < extra {
					h++
				}
			}
		}
		hits, ns = append(hits, h), append(ns, n)
	}
	return hits, ns
}

// A mid-volume service (30 lines a minute) whose errors go from 0.4 % to
// 6 % is found within eight minutes in nearly every trial, and within three
// in a quarter of them: about 1.8 failures a minute are due, and the scan
// asks for a count that the usual rate reaches once in a million (and for
// failures in two different minutes), so that a hundred calm series a day
// stay silent (TestScanRatioCalmDay).
func TestScanRatioFindsAMidVolumeJumpFast(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const trials, span = 400, 8
	within := [span + 1]int{}
	for range trials {
		hits, ns := minutes(rng, ScanMinutes, 30, 0.004, span, 0.056)
		for k := 1; k <= span; k++ {
			// the scan at minute k sees the incident's first k minutes
			if ScanRatio(hits[span-k:], ns[span-k:], 0.004, 0.01).Anomalous {
				for j := k; j <= span; j++ {
					within[j]++
				}
				break
			}
		}
	}
	if within[span] < trials*9/10 || within[3] < trials/4 {
		t.Errorf("found %d of %d jumps within three minutes and %d within eight; want a quarter and 90%%", within[3], trials, within[span])
	}
}

// The usual rate never alarms, nor does one failure that logs three lines,
// nor a quiet shop's single errors, nor a burst that has ended.
func TestScanRatioStaysCalm(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alarms := 0
	for range 5000 {
		hits, ns := minutes(rng, ScanMinutes, 30, 0.004, 0, 0)
		if ScanRatio(hits, ns, 0.004, 0.01).Anomalous {
			alarms++
		}
	}
	if alarms > 0 {
		t.Errorf("%d alarms in 5000 calm half hours", alarms)
	}
	burst := make([]float64, ScanMinutes)
	ns := make([]float64, ScanMinutes)
	for i := range ns {
		ns[i] = 30
	}
	burst[0] = 3 // one failure, three error lines
	if r := ScanRatio(burst, ns, 0.004, 0.01); r.Anomalous {
		t.Errorf("one failure of three lines alarmed: %+v", r)
	}
	quiet := make([]float64, ScanMinutes)
	qn := make([]float64, ScanMinutes)
	for i := range qn {
		qn[i] = 1
	}
	quiet[2], quiet[17] = 1, 1 // a quiet shop's isolated errors
	if r := ScanRatio(quiet, qn, 0.004, 0.01); r.Anomalous {
		t.Errorf("isolated errors of a quiet shop alarmed: %+v", r)
	}
	ended := make([]float64, ScanMinutes)
	for i := 12; i < 20; i++ {
		ended[i] = 10 // a burst that stopped twelve minutes ago
	}
	if r := ScanRatio(ended, ns, 0.004, 0.01); r.Anomalous {
		t.Errorf("a burst that ended still alarms: %+v", r)
	}
	ongoing := append([]float64(nil), ended...)
	ongoing[0], ongoing[1] = 5, 5
	if r := ScanRatio(ongoing, ns, 0.004, 0.01); !r.Anomalous {
		t.Errorf("a burst that goes on is calm: %+v", r)
	}
}

// A service that routinely fails at 2 % does not alarm at 2 %, nor at
// 2.5 % (a drift under the presets' smallest relative change).
func TestScanRatioLearntRate(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, p := range []float64{0.02, 0.025} {
		alarms := 0
		for range 2000 {
			hits, ns := minutes(rng, ScanMinutes, 50, p, 0, 0)
			if ScanRatio(hits, ns, 0.02, 0.01).Anomalous {
				alarms++
			}
		}
		if alarms > 0 {
			t.Errorf("rate %.2f against 0.02: %d alarms in 2000 half hours", p, alarms)
		}
	}
}

func TestPoissonLogTail(t *testing.T) {
	for _, c := range []struct{ k, lambda, want float64 }{
		{1, 1, 1 - math.Exp(-1)},
		{3, 0.24, 1 - math.Exp(-0.24)*(1+0.24+0.24*0.24/2)},
		{10, 2, 4.649808e-05},
	} {
		got := math.Exp(poissonLogTail(c.k, c.lambda))
		if math.Abs(got-c.want) > 1e-6*math.Max(1, c.want*1e3) {
			t.Errorf("P(X>=%v | %v) = %g, want %g", c.k, c.lambda, got, c.want)
		}
	}
	if z := normalDeviate(math.Log(1e-5)); math.Abs(z-4.265) > 0.05 {
		t.Errorf("normalDeviate(1e-5) = %v, want about 4.265", z)
	}
}

// Scanned every minute over a simulated day, a hundred calm series of
// thirty lines a minute raise no alarm.
func TestScanRatioCalmDay(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	alarms := 0
	for range 100 {
		hits, ns := minutes(rng, 1440+ScanMinutes, 30, 0.004, 0, 0)
		for m := 0; m < 1440; m++ {
			if ScanRatio(hits[m:m+ScanMinutes], ns[m:m+ScanMinutes], 0.004, 0.01).Anomalous {
				alarms++
			}
		}
	}
	if alarms > 0 {
		t.Errorf("%d alarming minutes in 100 calm series-days", alarms)
	}
}
