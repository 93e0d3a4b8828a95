package pipeline_test

import (
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/examples/ecommerce"
	"github.com/vigilops/vigil/pipeline/redact"
	"github.com/vigilops/vigil/rules"
	"github.com/vigilops/vigil/sim"
)

// BenchmarkDecodeRedactEvaluate measures the per-event hot path on one core:
// decode a simulated store's log line, redact it, and evaluate the starter
// pack's rules on it (advancing the watermark as event time moves).
func BenchmarkDecodeRedactEvaluate(b *testing.B) {
	cfg := sim.DefaultConfig()
	cfg.Duration = 6 * time.Hour
	cfg.MalformedEvery = 0
	s := sim.New(cfg)
	var lines [][]byte
	var bytes int64
	for len(lines) < 20000 {
		l, _, ok := s.Next()
		if !ok {
			break
		}
		lines = append(lines, append([]byte(nil), l...))
		bytes += int64(len(l))
	}
	red, err := redact.New(redact.DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	rs, err := rules.LoadFS(ecommerce.FS, "rules")
	if err != nil {
		b.Fatal(err)
	}
	engine := rules.NewEngine(rs, rules.Options{Logger: zerolog.Nop()})
	dec := event.NewDecoder(nil)
	b.SetBytes(bytes / int64(len(lines)))
	b.ReportAllocs()
	b.ResetTimer()
	var last time.Time
	// Each pass over the lines is shifted a day later, so event time keeps
	// moving forward as in a live stream.
	shift := time.Duration(0)
	for i := 0; b.Loop(); i++ {
		if i > 0 && i%len(lines) == 0 {
			shift += 24 * time.Hour
		}
		ev := &event.Event{}
		if err := dec.Decode(lines[i%len(lines)], ev); err != nil {
			b.Fatal(err)
		}
		ev.Time = ev.Time.Add(shift)
		red.Event(ev)
		engine.Observe(ev)
		if ev.Time.Sub(last) >= 10*time.Second {
			engine.Advance(ev.Time.Add(-30 * time.Second))
			last = ev.Time
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
}
