package detectors

import (
	"math/rand/v2"
	"runtime"
	"testing"
	"time"
)

// BenchmarkObserve measures one observation per op for every detector.
func BenchmarkObserve(b *testing.B) {
	for _, name := range Names() {
		b.Run(name, func(b *testing.B) {
			d := mustNew(b, name, Config{})
			rng := rand.New(rand.NewPCG(1, 2))
			vals := make([]float64, 4096)
			for i := range vals {
				vals[i] = dailyPeak(rng, i/12) + rng.NormFloat64()
			}
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := processCPU()
			ts := t0
			for i := 0; i < b.N; i++ {
				ts = ts.Add(5 * time.Minute)
				d.Observe(ts, vals[i&4095])
			}
			// CPU time per observation (process CPU, so run with -cpu 1):
			// unlike wall time it does not grow when the machine is busy.
			b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N), "cpu-ns/obs")
		})
	}
}

// BenchmarkObserveFlat measures a series that never changes: decaying
// spreads must not turn subnormal (which would make arithmetic slow).
func BenchmarkObserveFlat(b *testing.B) {
	d := mustNew(b, "default", Config{})
	d.Observe(t0, 0)
	d.Observe(t0.Add(time.Second), 1e6) // a spike whose traces then decay
	b.ReportAllocs()
	cpu0 := processCPU()
	ts := t0.Add(time.Minute)
	for i := 0; i < b.N; i++ {
		ts = ts.Add(time.Minute)
		d.Observe(ts, 0)
	}
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N), "cpu-ns/obs")
}

// BenchmarkObserveRatio measures ObserveRatio with the error_ratio preset.
func BenchmarkObserveRatio(b *testing.B) {
	cfg, _ := Preset("error_ratio")
	d := mustNew(b, "default", cfg).(RatioObserver)
	rng := rand.New(rand.NewPCG(3, 4))
	b.ReportAllocs()
	ts := t0
	for i := 0; i < b.N; i++ {
		ts = ts.Add(time.Minute)
		d.ObserveRatio(ts, float64(rng.IntN(20)), 1000)
	}
}

// BenchmarkSeriesMemory reports the checkpoint size and the heap used per
// series when holding many default detectors.
func BenchmarkSeriesMemory(b *testing.B) {
	const n = 10000
	for i := 0; i < b.N; i++ {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		ds := make([]Detector, n)
		for j := range ds {
			ds[j] = mustNew(b, "default", Config{})
			ds[j].Observe(t0, float64(j))
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		blob, _ := ds[0].MarshalBinary()
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "heap-bytes/series")
		b.ReportMetric(float64(len(blob)), "checkpoint-bytes/series")
		runtime.KeepAlive(ds)
	}
}
