package sim

import (
	"io"
	"testing"
	"time"
)

// BenchmarkNext measures producing one line with Next (a fresh slice per
// line). The simulator restarts when its day is over.
func BenchmarkNext(b *testing.B) {
	cfg := DefaultConfig()
	s := New(cfg)
	var bytes int64
	b.ReportAllocs()
	for b.Loop() {
		line, _, ok := s.Next()
		if !ok {
			s = New(cfg)
			continue
		}
		bytes += int64(len(line))
	}
	b.SetBytes(bytes / int64(max(b.N, 1)))
}

// BenchmarkAppendNext measures the buffer-reusing path WriteNDJSON takes.
func BenchmarkAppendNext(b *testing.B) {
	cfg := DefaultConfig()
	s := New(cfg)
	buf := make([]byte, 0, 4096)
	b.ReportAllocs()
	for b.Loop() {
		var ok bool
		buf, _, ok = s.AppendNext(buf[:0])
		if !ok {
			s = New(cfg)
		}
	}
}

// BenchmarkWriteHour writes one simulated peak-rate hour to io.Discard.
func BenchmarkWriteHour(b *testing.B) {
	cfg := DefaultConfig()
	cfg.Start = cfg.Start.Add(19 * time.Hour)
	cfg.Duration = time.Hour
	b.ReportAllocs()
	for b.Loop() {
		st, err := WriteNDJSON(io.Discard, cfg)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(st.Lines), "lines/op")
	}
}
