package detectors

import (
	"bytes"
	"encoding/binary"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
)

// FuzzScoreCSV: whatever the input, ScoreCSV does not panic; when it
// accepts the input, it writes one scored row per data row, every score in
// [0, 1).
func FuzzScoreCSV(f *testing.F) {
	f.Add([]byte("timestamp,value\n2026-01-01 00:00:00,1\n2026-01-01 00:05:00,2.5\n"))
	f.Add([]byte("value,timestamp\r\n3,2026-01-01T00:00:00Z\r\n\r\n4,2026-01-01T00:01:00Z"))
	f.Add([]byte("timestamp,value\n2026-01-01 00:00:00,1e308\n2026-01-01 00:00:00,-1e308\n2026-01-01 00:00:01,NaN\n"))
	f.Add([]byte("time,value,extra\n2026-01-01 00:00:00,1,x\n2026-01-01 00:00:00,1\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		if err := ScoreCSV(bytes.NewReader(in), &out, mustNew(t, "default", Config{})); err != nil {
			return
		}
		rows := 0
		for _, l := range strings.Split(string(in), "\n") {
			if strings.TrimSpace(strings.TrimRight(l, "\r")) != "" {
				rows++
			}
		}
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if len(lines) != rows {
			t.Fatalf("%d non-blank input lines, %d output lines", rows, len(lines))
		}
		for _, l := range lines[1:] {
			s, err := strconv.ParseFloat(l[strings.LastIndexByte(l, ',')+1:], 64)
			if err != nil || !(s >= 0 && s < 1) {
				t.Fatalf("score in %q: %v, %v", l, s, err)
			}
		}
	})
}

// FuzzObserve feeds every preset and the default arbitrary series (gaps,
// repeated and backward timestamps, extreme and non-finite values, ratios
// with any volume): scores stay in [0, 1), no panic, and a detector
// restored from a checkpoint taken half way decides exactly as the one
// that ran on.
func FuzzObserve(f *testing.F) {
	f.Add([]byte{1, 10, 0, 1, 12, 0, 1, 200, 1, 0, 0, 2})
	f.Add(bytes.Repeat([]byte{1, 5, 0}, 200))
	f.Add(append(bytes.Repeat([]byte{1, 5, 0}, 100), bytes.Repeat([]byte{1, 250, 0}, 20)...))
	f.Fuzz(func(t *testing.T, in []byte) {
		type obs struct {
			dt      time.Duration
			v, n, d float64
			ratio   bool
		}
		var series []obs
		for len(in) >= 3 {
			o := obs{dt: time.Duration(int8(in[0])) * time.Minute, v: float64(in[1])}
			switch in[2] % 4 {
			case 1:
				o.ratio, o.n, o.d = true, float64(in[1]%64), float64(in[2]/4)
			case 2:
				if len(in) >= 11 {
					o.v = math.Float64frombits(binary.LittleEndian.Uint64(in[3:11]))
					in = in[8:]
				}
			case 3:
				o.v = -o.v
			}
			series = append(series, o)
			in = in[3:]
		}
		names := append(PresetNames(), "")
		for _, name := range names {
			cfg := Config{}
			if name != "" {
				cfg, _ = Preset(name)
				cfg.WarmUp = 5
			}
			a, b := mustNew(t, "default", cfg), mustNew(t, "default", cfg)
			feed := func(d Detector, at time.Time, o obs) Result {
				if ro, ok := d.(RatioObserver); ok && o.ratio {
					return ro.ObserveRatio(at, o.n, o.d)
				}
				return d.Observe(at, o.v)
			}
			at := t0
			for i, o := range series {
				at = at.Add(o.dt)
				if i == len(series)/2 {
					blob, err := a.MarshalBinary()
					if err != nil {
						t.Fatal(err)
					}
					if err := b.UnmarshalBinary(blob); err != nil {
						t.Fatal(err)
					}
				}
				ra := feed(a, at, o)
				if !(ra.Score >= 0 && ra.Score < 1) || !(ra.EpisodeScore >= 0 && ra.EpisodeScore < 1) {
					t.Fatalf("preset %q point %d (%+v): score %v, episode score %v", name, i, o, ra.Score, ra.EpisodeScore)
				}
				if i >= len(series)/2 {
					rb := feed(b, at, o)
					if ra != rb && !(math.IsNaN(ra.Value) && math.IsNaN(rb.Value)) {
						t.Fatalf("preset %q point %d after restore: %+v != %+v", name, i, rb, ra)
					}
				}
			}
		}
	})
}
