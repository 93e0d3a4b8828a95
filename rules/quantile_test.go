package rules

import (
	"math"
	"math/rand/v2"
	"sort"
	"testing"
)

func exactQuantile(sorted []float64, q float64) float64 {
	return sorted[int(math.Floor(q*float64(len(sorted)-1)))]
}

func TestQuantileSketch(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	dists := map[string]func() float64{
		"lognormal durations": func() float64 { return math.Exp(rng.NormFloat64()*1.5 + 18) },
		"uniform delays":      func() float64 { return rng.Float64() * 600 },
		"mixed signs":         func() float64 { return rng.NormFloat64() * 100 },
		"with zeros":          func() float64 { return float64(rng.IntN(3)) * rng.Float64() },
	}
	for name, draw := range dists {
		t.Run(name, func(t *testing.T) {
			// Two halves in two sketches, merged, as window buckets are.
			a, b := newSketch(), newSketch()
			var all []float64
			for i := 0; i < 20000; i++ {
				v := draw()
				all = append(all, v)
				if i%2 == 0 {
					a.Add(v)
				} else {
					b.Add(v)
				}
			}
			a.MergeWith(b)
			sort.Float64s(all)
			for _, q := range []float64{0, 0.5, 0.9, 0.95, 0.99, 1} {
				want := exactQuantile(all, q)
				got := a.Quantile(q)
				// relative accuracy 1 %, plus one rank of slack
				lo := exactQuantile(all, math.Max(0, q-0.001))
				hi := exactQuantile(all, math.Min(1, q+0.001))
				tol := 0.0101 * math.Max(math.Abs(lo), math.Abs(hi))
				if got < lo-tol-1e-9 || got > hi+tol+1e-9 {
					t.Errorf("q%.3f: got %g, want %g (±1 %%)", q, got, want)
				}
			}
		})
	}
	e := newSketch()
	if !math.IsNaN(e.Quantile(0.5)) || !e.IsEmpty() {
		t.Error("empty sketch")
	}
	e.Add(math.NaN())
	if !e.IsEmpty() {
		t.Error("NaN was counted")
	}
}

func TestQuantileSketchIsBounded(t *testing.T) {
	s := newSketch()
	for i := 0; i < 200000; i++ {
		s.Add(math.Pow(1.001, float64(i%20000)) * 1e-6) // ~ 20 000 distinct magnitudes
	}
	bins := 0
	s.s.GetPositiveValueStore().ForEach(func(int, float64) bool { bins++; return false })
	if bins > qMaxBins {
		t.Fatalf("%d bins, want at most %d", bins, qMaxBins)
	}
	// High quantiles keep their accuracy after collapsing the low bins.
	want := math.Pow(1.001, 0.99*19999) * 1e-6
	if got := s.Quantile(0.99); math.Abs(got-want)/want > 0.02 {
		t.Errorf("q0.99 %g, want ~%g", got, want)
	}
}

// A sketch survives its encoding exactly, and state written before
// sketches-go (bins of the same 1 % mapping) still restores within 1 %.
func TestQuantileSketchEncoding(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	a := newSketch()
	for i := 0; i < 5000; i++ {
		a.Add(rng.ExpFloat64() * 250)
	}
	a.Add(-3)
	a.Add(0)
	b, err := decodeSketch(a.MarshalBinary())
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []float64{0, 0.5, 0.95, 0.99, 1} {
		if a.Quantile(q) != b.Quantile(q) {
			t.Errorf("q%.2f: %g before encoding, %g after", q, a.Quantile(q), b.Quantile(q))
		}
	}
	if _, err := decodeSketch([]byte{0xff, 0x01}); err == nil {
		t.Error("garbage decoded without an error")
	}
	legacy := snapSketch{Present: true, Pos: map[int32]float64{}, Zero: 1}
	g := (1 + qAccuracy) / (1 - qAccuracy)
	for _, x := range []float64{10, 20, 30, 40, 500} {
		legacy.Pos[int32(math.Ceil(math.Log(x)/math.Log(g)))]++
	}
	l, err := legacy.sketch()
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Quantile(0.5); math.Abs(got-20)/20 > 0.011 {
		t.Errorf("legacy state: median %g, want 20 within 1 %%", got)
	}
}
