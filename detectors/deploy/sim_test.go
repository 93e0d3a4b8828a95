package deploy

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/vigilops/vigil/internal/racefree"
)

// randomService draws a service for the benign-deploy simulation: 5–500
// lines/min (log-uniform), error ratio 0–5 %, a daily volume rhythm of up
// to ±70 % at a random phase, bursty error logging in half of them, and a
// rare error code (2 % of errors) that a baseline may well not contain.
func randomService(rng *rand.Rand) svc {
	s := checkout()
	s.rate = 5 * math.Pow(100, rng.Float64())
	s.errRatio = 0.05 * rng.Float64()
	s.httpShare = 0.3 + 0.5*rng.Float64()
	s.r5xx, s.r429 = 0.02*rng.Float64(), 0.03*rng.Float64()
	s.latMedMs, s.latSigma = 30+300*rng.Float64(), 0.3+0.6*rng.Float64()
	s.syncShare = 0.3 * rng.Float64()
	s.delayMed, s.delaySigma = 5+60*rng.Float64(), 0.3+0.6*rng.Float64()
	all := []string{"DB_TIMEOUT", "SHOP_API_ERROR", "VALIDATION_FAILED", "STOCK_CONFLICT", "AUTH_EXPIRED"}
	s.codes = all[:1+rng.IntN(len(all))]
	s.rareCode, s.rareShare = "RARE_RETRY_EXHAUSTED", 0.02
	if rng.IntN(2) == 0 {
		s.burst = 0.5 + 2.5*rng.Float64()
	}
	s.rhythm, s.phase = 0.7*rng.Float64(), 24*rng.Float64()
	return s
}

// regression names a change applied to the after-window.
type regression string

const (
	benign     regression = "benign"
	errorsX3   regression = "error ratio ×3"
	fiveXXx3   regression = "5xx ratio ×3"
	latencyX2  regression = "latency ×2"
	newCode20  regression = "new code ×20"
	rateDrop80 regression = "rate −80 %"
	delayX3    regression = "sync delay ×3"
)

// randomDeploy is deploy i of a simulation: a random service, a baseline of
// the 2 h before and, for half of them, of the same hours a day earlier.
func randomDeploy(i int, reg regression) scenario {
	rng := rand.New(rand.NewPCG(uint64(i), 42))
	s := randomService(rng)
	sc := scenario{seed: uint64(i) + 1000, before: s, after: s}
	if rng.IntN(2) == 0 {
		sc.dayBefore = &s
	}
	switch reg {
	case errorsX3:
		sc.after.errRatio = min(1, 3*max(s.errRatio, 0.001))
	case fiveXXx3:
		sc.after.r5xx = min(1, 3*max(s.r5xx, 0.001))
	case latencyX2:
		sc.after.latMedMs *= 2
	case delayX3:
		sc.after.delayMed *= 3
	case rateDrop80:
		sc.after.rate *= 0.2
	case newCode20:
		sc.extra = func(g *gen, a *Window) { g.inject(a, 20, "PAYMENT_GATEWAY_TIMEOUT", "error", a.Start(), a.End()) }
	}
	return sc
}

type outcome struct {
	verdict  Verdict
	reason   string
	degraded []string
	rate     float64
	before   float64 // baseline error ratio
}

// simulate runs deploys 0 to n-1 of each kind in regs on all CPUs:
// outcomes[k][i] is deploy i with regs[k], the same whatever the
// scheduling. Deploy i's baselines are the same for every kind
// (randomDeploy draws them before, and independently of, the regression),
// so they are drawn once and each kind's after-window goes on from the
// same generator state: each outcome is exactly randomDeploy(i, reg).run()'s.
// Most of the work is the baselines (2 or 4 hours against the
// after-window's 10 minutes).
func simulate(n int, regs ...regression) [][]outcome {
	return simulateFrom(0, n, regs...)
}

// simulateFrom is simulate for deploys from to from+n-1: outcomes[k][j] is
// deploy from+j with regs[k].
func simulateFrom(from, n int, regs ...regression) [][]outcome {
	out := make([][]outcome, len(regs))
	for k := range out {
		out[k] = make([]outcome, n)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				first := randomDeploy(i, regs[0])
				g := newGen(first.seed)
				bases := first.baselines(g)
				for k, reg := range regs {
					sc := randomDeploy(i, reg)
					if sc.seed != first.seed || !reflect.DeepEqual(sc.before, first.before) || !reflect.DeepEqual(sc.dayBefore, first.dayBefore) {
						panic(fmt.Sprintf("deploy %d: the baselines of %s differ from those of %s", i, reg, regs[0]))
					}
					r := Compare(sc.afterWindow(g.fork()), bases, sc.opt)
					out[k][i-from] = outcome{verdict: r.Verdict, reason: r.Reason, degraded: r.Degraded(), rate: sc.before.rate, before: sc.before.errRatio}
				}
			}
		}()
	}
	for i := range n {
		next <- from + i
	}
	close(next)
	wg.Wait()
	return out
}

func tallyOutcomes(out []outcome) map[Verdict]int {
	m := map[Verdict]int{}
	for _, o := range out {
		m[o.verdict]++
	}
	return m
}

// TestBenignDeploys: 1,000 deploys that change nothing, on random services
// with daily rhythms and bursty errors. At most 1 % may be called
// degraded. Each deploy is drawn and judged on one goroutine, sharing
// nothing: it runs without the race detector (racefree), and
// TestCompareConcurrent holds simulate's concurrent use of the package
// under it.
func TestBenignDeploys(t *testing.T) {
	racefree.Only(t)
	n := 1000
	if testing.Short() {
		n = 200
	}
	out := simulate(n, benign)[0]
	m := tallyOutcomes(out)
	why := map[string]int{}
	for _, o := range out {
		for _, d := range o.degraded {
			why[d]++
		}
	}
	t.Logf("%d benign deploys: %d healthy, %d inconclusive (%v), %d degraded (%.1f %%: %v)",
		n, m[Healthy], m[Inconclusive], inconclusiveReasons(out), m[Degraded], 100*float64(m[Degraded])/float64(n), why)
	if m[Degraded]*100 > n {
		t.Errorf("false-degraded rate %.1f %% > 1 %%", 100*float64(m[Degraded])/float64(n))
	}
}

// TestDetectionRates runs the same random services with a regression in
// the after-window and reports how often each is caught, overall and for
// services of at least 30 lines/min. It runs without the race detector,
// as TestBenignDeploys does.
func TestDetectionRates(t *testing.T) {
	racefree.Only(t)
	n := 300
	if testing.Short() {
		n = 60
	}
	want := map[regression]string{
		errorsX3: SignalErrorRatio, fiveXXx3: Signal5xxRatio, latencyX2: SignalLatencyP95,
		newCode20: SignalNewCodes, rateDrop80: SignalEventRate, delayX3: SignalDelayP95,
	}
	// Minimum detection rates for services of ≥ 30 lines/min.
	floor := map[regression]float64{
		errorsX3: 0.5, fiveXXx3: 0.3, latencyX2: 0.9, newCode20: 0.95, rateDrop80: 0.9, delayX3: 0.5,
	}
	regs := []regression{errorsX3, fiveXXx3, latencyX2, delayX3, newCode20, rateDrop80}
	var lines []string
	outs := simulate(n, regs...)
	for k, reg := range regs {
		out := outs[k]
		var hit, busy, busyHit int
		for _, o := range out {
			caught := o.verdict == Degraded && strings.Contains(strings.Join(o.degraded, ","), want[reg])
			if caught {
				hit++
			}
			if o.rate >= 30 {
				busy++
				if caught {
					busyHit++
				}
			}
		}
		m := tallyOutcomes(out)
		rate, busyRate := float64(hit)/float64(n), float64(busyHit)/float64(busy)
		lines = append(lines, fmt.Sprintf("%-14s caught %5.1f %% (≥30/min: %5.1f %% of %d)  verdicts %v", reg, 100*rate, 100*busyRate, busy, m))
		if busyRate < floor[reg] {
			t.Errorf("%s: caught %.1f %% of deploys of ≥ 30 lines/min, want ≥ %.0f %%", reg, 100*busyRate, 100*floor[reg])
		}
	}
	sort.Strings(lines)
	t.Log("detection on random services (5–500 lines/min, 10 min after):\n" + strings.Join(lines, "\n"))
}

// inconclusiveReasons sorts the inconclusive verdicts by cause.
func inconclusiveReasons(out []outcome) map[string]int {
	m := map[string]int{}
	for _, o := range out {
		if o.verdict != Inconclusive {
			continue
		}
		switch {
		case strings.HasPrefix(o.reason, "Only "):
			m["< 100 events"]++
		case strings.Contains(o.reason, "too little data"):
			m["underpowered"]++
		case strings.HasPrefix(o.reason, "Worse, but"):
			m["suspicious"]++
		default:
			m[o.reason]++
		}
	}
	return m
}
