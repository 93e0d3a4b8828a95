package deploy

import (
	"testing"
	"time"

	"github.com/vigilops/vigil/event"
)

// collect keeps copies of the events it is given.
type collect []*event.Event

func (c *collect) Add(ev *event.Event) { *c = append(*c, ev.Clone()) }

// BenchmarkWindowAdd measures one event per op: a mix of info lines, HTTP
// calls with durations, sync delays and 3 % error lines with codes,
// messages and trace ids.
func BenchmarkWindowAdd(b *testing.B) {
	s := checkout()
	s.errRatio = 0.03
	var evs collect
	newGen(1).feed(&evs, &s, t0, t0.Add(2*time.Hour))
	w := NewWindow(t0, t0.Add(2*time.Hour))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.Add(evs[i%len(evs)])
	}
}

// BenchmarkCompare measures one comparison: a 10-minute after-window
// against a 2-hour and a 1-day-earlier baseline, at 30 lines/min (exact
// sketches) and 500 lines/min (bucketed sketches).
func BenchmarkCompare(b *testing.B) {
	for _, rate := range []float64{30, 500} {
		b.Run(formatCount(int64(rate))+"/min", func(b *testing.B) {
			s := checkout()
			s.rate = rate
			sc := scenario{seed: 1, before: s, after: s, dayBefore: &s}
			a, bases := sc.windows()
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				Compare(a, bases, Options{})
			}
		})
	}
}

// BenchmarkMarkdown measures rendering a degraded report.
func BenchmarkMarkdown(b *testing.B) {
	r := degradedReport()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = r.Markdown()
	}
}
