package detectors

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"gopkg.in/yaml.v3"
)

var t0 = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) // a Monday

func mustNew(t testing.TB, name string, cfg Config) Detector {
	t.Helper()
	d, err := New(name, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// dailyPeak is an hourly series with a sharp peak from 12:00 to 13:59 every
// day, plus noise.
func dailyPeak(rng *rand.Rand, i int) float64 {
	v := 100 + rng.NormFloat64()*3
	if h := i % 24; h == 12 || h == 13 {
		v += 300
	}
	return v
}

func TestSeasonalPeakNotAlarmed(t *testing.T) {
	tests := []struct {
		name         string
		wantExpected bool // the peak lies inside [Lower, Upper] once learned
	}{
		{"default", true},
		{"seasonal", true},
		{"robust", false}, // without a seasonal profile the peak is out of range
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, 2))
			d := mustNew(t, tc.name, Config{})
			alarms, outside, peaks := 0, 0, 0
			for i := 0; i < 24*14; i++ {
				r := d.Observe(t0.Add(time.Duration(i)*time.Hour), dailyPeak(rng, i))
				if i < 24*4 {
					continue
				}
				if r.Anomalous {
					alarms++
				}
				if h := i % 24; h == 12 || h == 13 {
					peaks++
					if r.Value > r.Upper {
						outside++
					}
				}
			}
			if tc.wantExpected && (alarms > 0 || outside > 0) {
				t.Fatalf("after 4 days: %d alarms, %d of %d peak hours outside the expected range", alarms, outside, peaks)
			}
			if !tc.wantExpected && outside < peaks/2 {
				t.Fatalf("only %d of %d peak hours outside the range: the series does not test seasonality", outside, peaks)
			}
		})
	}
}

func TestSeasonalContextualAnomaly(t *testing.T) {
	// After learning the daily peak, a missing peak is a drop anomaly.
	rng := rand.New(rand.NewPCG(3, 4))
	d := mustNew(t, "default", Config{})
	var got Result
	for i := 0; i < 24*10+13; i++ {
		v := dailyPeak(rng, i)
		if i == 24*10+12 {
			v = 100
		}
		got = d.Observe(t0.Add(time.Duration(i)*time.Hour), v)
		if i == 24*10+12 {
			break
		}
	}
	if !got.Anomalous || got.Direction != Down {
		t.Fatalf("missing peak: got %+v, want an anomalous drop", got)
	}
}

func TestLevelShiftAdopted(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	d := mustNew(t, "default", Config{})
	var first, last = -1, -1
	for i := 0; i < 600; i++ {
		v := 100 + rng.NormFloat64()*2
		if i >= 300 {
			v += 50
		}
		r := d.Observe(t0.Add(time.Duration(i)*5*time.Minute), v)
		if i < 300 && r.Anomalous {
			t.Fatalf("alarm at %d before the shift", i)
		}
		if r.Anomalous {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first != 300 {
		t.Fatalf("first alarm at %d, want 300 (the shift)", first)
	}
	if last > 340 {
		t.Fatalf("still alarming at %d: the new level was not adopted", last)
	}
}

func TestLowCountGuard(t *testing.T) {
	// A quiet series: mostly zero events, now and then one.
	feed := func(d Detector) {
		for i := 0; i < 500; i++ {
			v := 0.0
			if i%40 == 7 {
				v = 1
			}
			d.Observe(t0.Add(time.Duration(i)*time.Minute), v)
		}
	}
	tests := []struct {
		name  string
		value float64
		want  bool
	}{
		{"single event", 1, false},
		{"two events", 2, false},
		{"burst", 12, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := Preset("event_rate")
			if err != nil {
				t.Fatal(err)
			}
			cfg.EnterPoints = 1
			cfg.WarmUp = 100 // the preset's day of warm-up is not what this tests
			d := mustNew(t, "poisson", cfg)
			feed(d)
			r := d.Observe(t0.Add(500*time.Minute), tc.value)
			if r.Anomalous != tc.want {
				t.Fatalf("value %v: anomalous=%v (score %.3f), want %v", tc.value, r.Anomalous, r.Score, tc.want)
			}
		})
	}
}

func TestRatioGuard(t *testing.T) {
	// error_ratio fed with counts: 1% of 1000 requests fail as a rule.
	tests := []struct {
		name     string
		num, den float64
		want     bool
	}{
		{"one error on a quiet shop", 1, 3, false},
		{"burst of errors", 300, 1000, true},
		{"many errors at low volume", 9, 10, true},
		{"below the minimum volume", 4, 4, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := Preset("error_ratio")
			if err != nil {
				t.Fatal(err)
			}
			cfg.EnterPoints = 1
			cfg.MinVolume = 5
			d := mustNew(t, "default", cfg).(RatioObserver)
			rng := rand.New(rand.NewPCG(7, 8))
			for i := 0; i < 300; i++ {
				den := 1000.0
				num := 0.0
				for j := 0; j < 1000; j++ {
					if rng.Float64() < 0.01 {
						num++
					}
				}
				d.ObserveRatio(t0.Add(time.Duration(i)*time.Minute), num, den)
			}
			r := d.ObserveRatio(t0.Add(300*time.Minute), tc.num, tc.den)
			if r.Anomalous != tc.want {
				t.Fatalf("%v/%v: anomalous=%v (score %.3f), want %v", tc.num, tc.den, r.Anomalous, r.Score, tc.want)
			}
		})
	}
}

func TestHysteresisNoFlapping(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	d := mustNew(t, "robust", Config{ExitPoints: 5, ShiftPoints: 1000})
	var transitions, crossings int
	prevAnom, prevOut := false, false
	var prev Result
	for i := 0; i < 400; i++ {
		v := 100 + rng.NormFloat64()
		if i >= 200 && i < 260 {
			// Hovering around the top of the expected range: alternately
			// a little above and a little below it.
			v = prev.Upper + 0.2*float64(i%2*2-1)*(prev.Upper-prev.Baseline)
		}
		r := d.Observe(t0.Add(time.Duration(i)*time.Minute), v)
		out := r.Value > r.Upper
		if i > 50 {
			if out != prevOut {
				crossings++
			}
			if r.Anomalous != prevAnom {
				transitions++
			}
		}
		prevAnom, prevOut, prev = r.Anomalous, out, r
	}
	if crossings < 20 {
		t.Fatalf("test series crossed the range only %d times; it does not exercise hysteresis", crossings)
	}
	if transitions == 0 || transitions > 2 {
		t.Fatalf("decision changed %d times over %d range crossings, want 1 or 2", transitions, crossings)
	}
}

func TestDirection(t *testing.T) {
	tests := []struct {
		dir      Direction
		jump     float64
		want     bool
		wantSide Direction
	}{
		{Both, +40, true, Up},
		{Both, -40, true, Down},
		{Up, +40, true, Up},
		{Up, -40, false, Down},
		{Down, -40, true, Down},
		{Down, +40, false, Up},
	}
	for _, tc := range tests {
		t.Run(tc.dir.String()+"/"+map[bool]string{true: "rise", false: "drop"}[tc.jump > 0], func(t *testing.T) {
			rng := rand.New(rand.NewPCG(11, 12))
			d := mustNew(t, "default", Config{Direction: tc.dir})
			for i := 0; i < 200; i++ {
				d.Observe(t0.Add(time.Duration(i)*time.Minute), 100+rng.NormFloat64())
			}
			r := d.Observe(t0.Add(200*time.Minute), 100+tc.jump)
			if r.Anomalous != tc.want || r.Direction != tc.wantSide {
				t.Fatalf("got anomalous=%v direction=%v, want %v %v", r.Anomalous, r.Direction, tc.want, tc.wantSide)
			}
			if !tc.want && r.Score != 0 {
				t.Fatalf("score %v for an ignored direction, want 0", r.Score)
			}
		})
	}
}

func TestScoreRangeAndOrder(t *testing.T) {
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			spikes := []float64{1e2, 1e4, 1e8, 1e12, 1e300}
			prev := -1.0
			for _, spike := range spikes {
				d := mustNew(t, name, Config{})
				rng := rand.New(rand.NewPCG(13, 14))
				for i := 0; i < 300; i++ {
					r := d.Observe(t0.Add(time.Duration(i)*time.Minute), 10+rng.NormFloat64())
					if r.Score < 0 || r.Score >= 1 || math.IsNaN(r.Score) {
						t.Fatalf("score %v out of [0,1)", r.Score)
					}
				}
				r := d.Observe(t0.Add(300*time.Minute), spike)
				if r.Score < 0 || r.Score >= 1 {
					t.Fatalf("spike %g: score %v out of [0,1)", spike, r.Score)
				}
				if r.Score <= prev {
					t.Fatalf("spike %g scored %v, not above the smaller spike's %v", spike, r.Score, prev)
				}
				prev = r.Score
			}
		})
	}
}

func TestScoreFlatSeriesSpikes(t *testing.T) {
	// A perfectly flat series has no spread at all: the floor keeps the
	// surprise finite and the score below 1, still ordered by size.
	prev := -1.0
	for _, spike := range []float64{1, 1e6, 1e308, math.MaxFloat64} {
		d := mustNew(t, "default", Config{})
		for i := 0; i < 300; i++ {
			d.Observe(t0.Add(time.Duration(i)*time.Minute), 0)
		}
		r := d.Observe(t0.Add(300*time.Minute), spike)
		if math.IsNaN(r.Score) || r.Score < 0 || r.Score >= 1 {
			t.Fatalf("spike %g: score %v out of [0,1)", spike, r.Score)
		}
		if r.Score < prev || (spike <= 1e308 && r.Score == prev) {
			t.Fatalf("spike %g scored %v, below the smaller spike's %v", spike, r.Score, prev)
		}
		if !r.Anomalous {
			t.Fatalf("spike %g on a flat series is not anomalous", spike)
		}
		prev = r.Score
	}
}

func TestObserveRatioInvalid(t *testing.T) {
	d := mustNew(t, "default", Config{})
	ro := d.(RatioObserver)
	for i := 0; i < 50; i++ {
		ro.ObserveRatio(t0.Add(time.Duration(i)*time.Minute), 1, 100)
	}
	before, _ := d.MarshalBinary()
	for _, den := range []float64{0, -1} {
		r := ro.ObserveRatio(t0.Add(time.Hour), 5, den)
		if !math.IsNaN(r.Value) || r.Anomalous || r.Score != 0 {
			t.Fatalf("den %v: got %+v, want a NaN value and no decision", den, r)
		}
	}
	r := d.Observe(t0.Add(time.Hour), math.NaN())
	if r.Anomalous || r.Score != 0 {
		t.Fatalf("NaN value: got %+v", r)
	}
	after, _ := d.MarshalBinary()
	if !bytes.Equal(before, after) {
		t.Fatal("invalid observations changed the learned state")
	}
}

func TestWarmUp(t *testing.T) {
	d := mustNew(t, "default", Config{WarmUp: 10})
	for i := 0; i < 12; i++ {
		r := d.Observe(t0.Add(time.Duration(i)*time.Minute), float64(i%3)*1000)
		if r.Warm != (i >= 10) {
			t.Fatalf("row %d: warm=%v", i, r.Warm)
		}
		if !r.Warm && (r.Anomalous || r.Score != 0) {
			t.Fatalf("row %d: decision during warm-up: %+v", i, r)
		}
	}
}

func TestRestoreEquivalence(t *testing.T) {
	for _, name := range Names() {
		for _, cut := range []int{0, 1, 40, 777, 3000} {
			t.Run(name, func(t *testing.T) {
				cfg := Config{Direction: Both, ExitPoints: 4}
				a := mustNew(t, name, cfg)
				rng := rand.New(rand.NewPCG(15, uint64(cut)))
				val := func(i int) float64 {
					v := dailyPeak(rng, i/12) + 5*math.Sin(float64(i)/7)
					if i%97 == 0 {
						v += 200
					}
					if i > 900 {
						v += 80
					}
					if i >= 1500 && i < 1503 || i >= 4000 && i < 4003 {
						v += 3000
					}
					return math.Max(0, v)
				}
				at := func(i int) time.Time { return t0.Add(time.Duration(i) * 5 * time.Minute) }
				vals := make([]float64, 4500) // over two weeks: both profiles in use
				for i := range vals {
					vals[i] = val(i)
				}
				for i := 0; i < cut; i++ {
					a.Observe(at(i), vals[i])
				}
				blob, err := a.MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				b := mustNew(t, name, cfg)
				if err := b.UnmarshalBinary(blob); err != nil {
					t.Fatal(err)
				}
				anomalies := 0
				for i := cut; i < len(vals); i++ {
					ra, rb := a.Observe(at(i), vals[i]), b.Observe(at(i), vals[i])
					if ra != rb {
						t.Fatalf("row %d after restore at %d: %+v != %+v", i, cut, rb, ra)
					}
					if ra.Anomalous {
						anomalies++
					}
				}
				if anomalies == 0 {
					t.Fatal("series raised no anomaly: the comparison exercised too little")
				}
			})
		}
	}
}

func TestUnmarshalRejectsGarbage(t *testing.T) {
	d := mustNew(t, "default", Config{})
	good, _ := d.MarshalBinary()
	for _, b := range [][]byte{nil, {99}, good[:5], good[:len(good)-3], append(append([]byte{}, good...), 0)} {
		if err := d.UnmarshalBinary(b); err == nil {
			t.Errorf("UnmarshalBinary(%d bytes) succeeded, want an error", len(b))
		}
	}
	if err := d.UnmarshalBinary(good); err != nil {
		t.Fatalf("UnmarshalBinary(own checkpoint): %v", err)
	}
	// A checkpoint of another detector or configuration is refused.
	for _, other := range []Detector{mustNew(t, "robust", Config{}), mustNew(t, "default", Config{EnterZ: 6})} {
		if err := other.UnmarshalBinary(good); err == nil {
			t.Error("a detector with other options accepted the checkpoint")
		}
	}
}

func TestStateSize(t *testing.T) {
	d := mustNew(t, "default", Config{})
	b, _ := d.MarshalBinary()
	if len(b) > 2048 {
		t.Fatalf("checkpoint is %d bytes, want <= 2048", len(b))
	}
	if n := unsafe.Sizeof(*d.(*core)); n > 2048 {
		t.Fatalf("detector is %d bytes in memory, want <= 2048", n)
	}
}

func TestNewUnknownAndValidate(t *testing.T) {
	if _, err := New("nope", Config{}); err == nil {
		t.Fatal("New(nope) succeeded")
	}
	bad := []Config{
		{Alpha: 2},
		{SpreadAlpha: -1},
		{Model: "lognormal"},
		{Seasonality: "yearly"},
		{EnterZ: -1},
		{MinChange: math.NaN()},
		{WarmUp: -3},
		{Direction: Direction(7)},
		{UTCOffsetMinutes: 5000},
	}
	for _, c := range bad {
		if _, err := New("default", c); err == nil {
			t.Errorf("New accepted invalid config %+v", c)
		}
	}
	for _, p := range PresetNames() {
		c, err := Preset(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Validate(); err != nil {
			t.Errorf("preset %s: %v", p, err)
		}
	}
	if _, err := Preset("nope"); err == nil {
		t.Fatal("Preset(nope) succeeded")
	}
}

func TestConfigYAML(t *testing.T) {
	var c Config
	src := "direction: down\nmodel: poisson\nenter_z: 6\nmin_change: 0.5\nseasonality: off\n"
	if err := yaml.Unmarshal([]byte(src), &c); err != nil {
		t.Fatal(err)
	}
	want := Config{Direction: Down, Model: ModelPoisson, EnterZ: 6, MinChange: 0.5, Seasonality: SeasonOff}
	if c != want {
		t.Fatalf("got %+v, want %+v", c, want)
	}
	if err := yaml.Unmarshal([]byte("direction: sideways\n"), &c); err == nil {
		t.Fatal("accepted direction: sideways")
	}
}

func TestParseDirection(t *testing.T) {
	tests := []struct {
		in   string
		want Direction
		ok   bool
	}{{"up", Up, true}, {"DOWN", Down, true}, {"both", Both, true}, {"", Both, true}, {"left", Both, false}}
	for _, tc := range tests {
		got, err := ParseDirection(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseDirection(%q) = %v, %v", tc.in, got, err)
		}
		if tc.ok && tc.in != "" && got.String() != strings.ToLower(tc.in) {
			t.Errorf("String() = %q", got.String())
		}
	}
}

func TestScoreCSV(t *testing.T) {
	var in strings.Builder
	in.WriteString("timestamp,value\r\n")
	for i := 0; i < 100; i++ {
		ts := t0.Add(time.Duration(i) * time.Minute)
		if i%2 == 0 {
			in.WriteString(ts.Format("2006-01-02 15:04:05"))
		} else {
			in.WriteString(ts.Format(time.RFC3339))
		}
		in.WriteString(",")
		if i == 80 {
			in.WriteString("1.50e3\r\n")
		} else {
			in.WriteString("10.0\r\n")
		}
	}
	var out bytes.Buffer
	if err := ScoreCSV(strings.NewReader(in.String()), &out, mustNew(t, "default", Config{})); err != nil {
		t.Fatal(err)
	}
	inLines := strings.Split(strings.TrimSpace(strings.ReplaceAll(in.String(), "\r", "")), "\n")
	outLines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(outLines) != len(inLines) || outLines[0] != "timestamp,value,anomaly_score" {
		t.Fatalf("got %d lines, header %q", len(outLines), outLines[0])
	}
	maxRow, maxScore := 0, -1.0
	for i := 1; i < len(outLines); i++ {
		if !strings.HasPrefix(outLines[i], inLines[i]+",") {
			t.Fatalf("line %d: %q does not echo %q", i, outLines[i], inLines[i])
		}
		var s float64
		if _, err := fmt.Sscan(outLines[i][len(inLines[i])+1:], &s); err != nil || s < 0 || s >= 1 {
			t.Fatalf("line %d: bad score in %q", i, outLines[i])
		}
		if s > maxScore {
			maxRow, maxScore = i, s
		}
	}
	if maxRow != 81 {
		t.Fatalf("highest score on line %d, want 81 (the spike)", maxRow)
	}

	bad := map[string]string{
		"empty":       "",
		"no header":   "a,b\n",
		"bad time":    "timestamp,value\nyesterday,1\n",
		"bad value":   "timestamp,value\n2026-01-01 00:00:00,abc\n",
		"field count": "timestamp,value\n2026-01-01 00:00:00,1,2\n",
	}
	for name, src := range bad {
		if err := ScoreCSV(strings.NewReader(src), &bytes.Buffer{}, mustNew(t, "default", Config{})); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestScoreCSVOnNABFile(t *testing.T) {
	f := "/work/shared/benchmarks/nab/data/realKnownCause/nyc_taxi.csv"
	in, err := os.ReadFile(f)
	if err != nil {
		t.Skipf("NAB corpus not available: %v", err)
	}
	var out bytes.Buffer
	if err := ScoreCSV(bytes.NewReader(in), &out, mustNew(t, "default", Config{})); err != nil {
		t.Fatalf("%s: %v", filepath.Base(f), err)
	}
	inLines := strings.Split(strings.TrimSpace(string(in)), "\n")
	outLines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(inLines) != len(outLines) {
		t.Fatalf("%d rows in, %d out", len(inLines), len(outLines))
	}
	for i := 1; i < len(inLines); i++ {
		if !strings.HasPrefix(outLines[i], strings.TrimSpace(inLines[i])+",") {
			t.Fatalf("row %d: %q vs %q", i, outLines[i], inLines[i])
		}
	}
}

func TestNamesDescribed(t *testing.T) {
	want := []string{"default", "ewma", "poisson", "robust", "seasonal"}
	if got := Names(); !reflect.DeepEqual(got, want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	for _, n := range Names() {
		if Describe(n) == "" {
			t.Errorf("%s has no description", n)
		}
	}
}

func TestDefaultConfigEqualsZeroConfig(t *testing.T) {
	// Callers may pass Default() or Config{}: the detectors must agree.
	for _, name := range Names() {
		a, b := mustNew(t, name, Config{}), mustNew(t, name, Default())
		rng := rand.New(rand.NewPCG(21, 22))
		for i := 0; i < 3000; i++ {
			v := dailyPeak(rng, i/12)
			if i%500 == 499 {
				v *= 4
			}
			ts := t0.Add(time.Duration(i) * 5 * time.Minute)
			if ra, rb := a.Observe(ts, v), b.Observe(ts, v); ra != rb {
				t.Fatalf("%s row %d: %+v != %+v", name, i, ra, rb)
			}
		}
	}
}

// stateSizeBefore is the encoded size of the state's fields before the
// named one: the size of the state of the version that field came with.
func stateSizeBefore(t *testing.T, field string) int {
	t.Helper()
	st := reflect.ValueOf(state{})
	n := 0
	for i := 0; i < st.NumField(); i++ {
		if st.Type().Field(i).Name == field {
			return n
		}
		n += binary.Size(st.Field(i).Interface())
	}
	t.Fatalf("state has no field %s", field)
	return 0
}

// Checkpoints of versions 2 (the state before RunScore) and 3 (before the
// rare episodes' fields) still restore: what they hold is kept, the fields
// added since start from zero, and the detector goes on judging.
func TestRestoreOlderCheckpoints(t *testing.T) {
	d := mustNew(t, "default", Config{})
	ts := t0
	for i := 0; i < 3000; i++ {
		ts = ts.Add(5 * time.Minute)
		d.Observe(ts, 10+float64(i%7))
	}
	b, err := d.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		version byte
		end     string // the first field the version lacks
	}{{2, "RunScore"}, {3, "RareRun"}} {
		old := append([]byte{tc.version}, b[1:checkpointHeader+stateSizeBefore(t, tc.end)]...)
		r := mustNew(t, "default", Config{})
		if err := r.UnmarshalBinary(old); err != nil {
			t.Fatalf("version %d checkpoint: %v", tc.version, err)
		}
		got, _ := r.MarshalBinary()
		n := len(old)
		if !bytes.Equal(got[1:n], old[1:]) || slices.ContainsFunc(got[n:], func(c byte) bool { return c != 0 }) {
			t.Fatalf("version %d checkpoint: restored state differs from what it held", tc.version)
		}
		tr := ts
		for i := 0; i < 2000; i++ {
			tr = tr.Add(5 * time.Minute)
			v := 10 + float64(i%5)
			if i == 1000 {
				v = 100
			}
			res := r.Observe(tr, v)
			if math.IsNaN(res.Score) || res.Score < 0 || res.Score >= 1 || math.IsNaN(res.Surprise) {
				t.Fatalf("version %d checkpoint, point %d after restore: %+v", tc.version, i, res)
			}
			if i == 1000 && !res.Anomalous {
				t.Fatalf("version %d checkpoint: a spike after restore is not anomalous: %+v", tc.version, res)
			}
		}
	}
	for _, v := range []byte{1, stateVersion + 1} {
		if err := d.UnmarshalBinary(append([]byte{v}, b[1:]...)); err == nil {
			t.Errorf("a version %d checkpoint was accepted", v)
		}
	}
}

func TestResolvePresets(t *testing.T) {
	builtin, _ := Preset("error_ratio")
	syncDelay, _ := Preset("sync_delay")
	p, err := ResolvePresets(map[string]PresetOverride{
		"error_ratio":      {Config: Config{MinVolume: 50}},
		"checkout_latency": {Base: "sync_delay", Config: Config{EnterZ: 4, UTCOffsetMinutes: 480}},
	})
	if err != nil {
		t.Fatal(err)
	}
	er, err := p.Lookup("error_ratio")
	if err != nil {
		t.Fatal(err)
	}
	// Only the key given changes.
	want := builtin
	want.MinVolume = 50
	if er != want {
		t.Errorf("error_ratio = %+v\nwant %+v", er, want)
	}
	cl, err := p.Lookup("checkout_latency")
	if err != nil {
		t.Fatal(err)
	}
	want = syncDelay
	want.EnterZ, want.UTCOffsetMinutes = 4, 480
	if cl != want {
		t.Errorf("checkout_latency = %+v\nwant %+v", cl, want)
	}
	// Unconfigured presets stay built in.
	if ev, err := p.Lookup("event_rate"); err != nil || ev.Model != ModelPoisson {
		t.Errorf("event_rate = %+v, %v", ev, err)
	}
	if _, err := p.Lookup("nope"); err == nil {
		t.Error("an unknown preset was found")
	}
	if n := p.Names(); !slices.Contains(n, "checkout_latency") || !slices.Contains(n, "error_ratio") || !slices.IsSorted(n) {
		t.Errorf("Names = %v", n)
	}
	for _, tc := range []struct {
		name string
		o    PresetOverride
		want string
	}{
		{"custom", PresetOverride{}, "needs base"},
		{"custom", PresetOverride{Base: "no_such"}, `base "no_such" is not a built-in preset`},
		{"error_ratio", PresetOverride{Config: Config{Alpha: 2}}, "alpha must be in (0, 1]"},
		{"error_ratio", PresetOverride{Config: Config{MinChange: -1}}, "min_change must be a finite number >= 0"},
	} {
		_, err := ResolvePresets(map[string]PresetOverride{tc.name: tc.o})
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "preset "+tc.name) {
			t.Errorf("%s %+v: error %v, want %q", tc.name, tc.o, err, tc.want)
		}
	}
}

// errorTraffic is a minute series of 200 requests at a 1% failure rate,
// with incidents (start minute → failure rate for 20 minutes).
func errorTraffic(d RatioObserver, minutes int, incidents map[int]float64, seed uint64) (anomalous []int) {
	rng := rand.New(rand.NewPCG(seed, 2))
	ts := t0
	p := 0.01
	for m := 0; m < minutes; m++ {
		ts = ts.Add(time.Minute)
		if rate, ok := incidents[m]; ok {
			p = rate
		} else if _, ok := incidents[m-20]; ok {
			p = 0.01
		}
		fails := 0.0
		for k := 0; k < 200; k++ {
			if rng.Float64() < p {
				fails++
			}
		}
		if d.ObserveRatio(ts, fails, 200).Anomalous {
			anomalous = append(anomalous, m)
		}
	}
	return anomalous
}

// An incident hours after a larger one still alarms with a preset (whose
// guards say what an incident is), and nothing else does. With the
// standout gate on (the default's) it alarms too: the gate used to swallow
// most of these second incidents, because the first one's peak stayed in
// the score's memory; a surprise this series rarely produces now starts an
// episode whether or not it stands out from that peak.
func TestPresetAlarmsOnASecondSmallerIncident(t *testing.T) {
	const first = 3 * 1440
	for _, gap := range []int{120, 360, 1440} {
		for _, rate := range []float64{0.05, 0.10, 0.20} {
			incidents := map[int]float64{first: 0.5, first + gap: rate}
			in := func(m, start int) bool { return m >= start && m < start+30 }
			for _, standout := range []Standout{StandoutOff, StandoutAuto} {
				cfg, _ := Preset("error_ratio")
				cfg.Standout = standout
				got := errorTraffic(mustNew(t, "default", cfg).(RatioObserver), first+gap+60, incidents, 1)
				var a, b, other bool
				for _, m := range got {
					switch {
					case in(m, first):
						a = true
					case in(m, first+gap):
						b = true
					default:
						other = true
					}
				}
				if !a || !b || other {
					t.Errorf("standout %s, gap %d min, second at %.0f%%: first %v, second %v, elsewhere %v (%v)", standout, gap, rate*100, a, b, other, got)
				}
			}
		}
	}

	// Three quiet days: no alarm at all.
	cfg, _ := Preset("error_ratio")
	if got := errorTraffic(mustNew(t, "default", cfg).(RatioObserver), first, nil, 7); len(got) > 0 {
		t.Errorf("quiet traffic alarmed at minutes %v", got)
	}
}

// orderCounts plays a week of orders per minute (Poisson, 5 a minute at
// night, 100 at the afternoon peak), then a day on which the rate is
// multiplied by mult for dur minutes from start. It returns the minutes
// of that last day that were anomalous.
func orderCounts(t *testing.T, start, dur int, mult float64) []int {
	cfg, _ := Preset("event_rate")
	d := mustNew(t, "default", cfg)
	rng := rand.New(rand.NewPCG(5, 6))
	poisson := func(lambda float64) float64 {
		if lambda > 30 {
			return math.Max(0, math.Round(lambda+math.Sqrt(lambda)*rng.NormFloat64()))
		}
		l, k, p := math.Exp(-lambda), 0.0, 1.0
		for {
			if p *= rng.Float64(); p <= l {
				return k
			}
			k++
		}
	}
	var out []int
	ts := t0
	last := 7 * 1440
	for m := 0; m < 8*1440; m++ {
		ts = ts.Add(time.Minute)
		h := float64(m%1440) / 60
		lambda := 5 + 95*math.Pow(math.Max(0, math.Sin(math.Pi*(h-6)/18)), 2)
		if m >= last+start && m < last+start+dur {
			lambda *= mult
		}
		if r := d.Observe(ts, poisson(lambda)); r.Anomalous && m >= 2*1440 {
			out = append(out, m-last)
		}
	}
	return out
}

// The quiet-hour outage a static threshold sleeps through: half an hour
// without orders at 03:00, where 5 a minute are due. No single minute is
// conclusive; the run of empty minutes is, within minutes, and the alarm
// lasts as long as the outage. Seasonal peaks and troughs alarm nothing.
func TestQuietHourOutageAlarms(t *testing.T) {
	if got := orderCounts(t, 0, 0, 1); len(got) > 0 {
		t.Fatalf("a normal week alarmed at minutes %v", got)
	}
	got := orderCounts(t, 180, 30, 0)
	if len(got) == 0 || got[0] < 180 || got[0] > 190 {
		t.Fatalf("outage at minute 180: anomalous minutes %v, want an alarm within 10 minutes", got)
	}
	for m := got[0]; m < 210; m++ {
		if !slices.Contains(got, m) {
			t.Fatalf("the alarm ended at minute %d, inside the outage (%v)", m, got)
		}
	}
	if got := orderCounts(t, 13*60, 30, 0.3); len(got) == 0 || got[0] < 13*60 || got[0] > 13*60+10 {
		t.Fatalf("orders down to 30 %% at the afternoon peak: anomalous minutes %v", got)
	}
}

// Failures so sparse that most minutes hold none: the per-minute ratios'
// level sits near zero, but a count is expected at the pooled rate (here
// 1 %), so one failure among three payments is not an incident (the
// preset's volume guard is lowered to show it); three of three is.
func TestSparseRatioPooledRate(t *testing.T) {
	for _, tc := range []struct {
		num  float64
		want bool
	}{{1, false}, {3, true}} {
		cfg, _ := Preset("payment_failure_ratio")
		cfg.MinVolume = 1
		d := mustNew(t, "default", cfg).(RatioObserver)
		rng := rand.New(rand.NewPCG(9, 10))
		for i := 0; i < 600; i++ {
			num := 0.0
			for j := 0; j < 3; j++ {
				if rng.Float64() < 0.01 {
					num++
				}
			}
			d.ObserveRatio(t0.Add(time.Duration(i)*time.Minute), num, 3)
		}
		r := d.ObserveRatio(t0.Add(600*time.Minute), tc.num, 3)
		if r.Anomalous != tc.want {
			t.Errorf("%v of 3 failed: anomalous=%v (baseline %.4f, surprise %.1f), want %v", tc.num, r.Anomalous, r.Baseline, r.Surprise, tc.want)
		}
	}
}

// With a preset, a lasting change is an incident for an hour, then the new
// normal: the alarm ends and does not come back.
func TestPresetAdoptsALastingChangeAfterAnHour(t *testing.T) {
	cfg, _ := Preset("error_ratio")
	d := mustNew(t, "default", cfg).(RatioObserver)
	rng := rand.New(rand.NewPCG(11, 12))
	const change = 2 * 1440
	var anomalous []int
	for m := 0; m < change+6*60; m++ {
		p := 0.01
		if m >= change {
			p = 0.06 // for good
		}
		fails := 0.0
		for k := 0; k < 200; k++ {
			if rng.Float64() < p {
				fails++
			}
		}
		if d.ObserveRatio(t0.Add(time.Duration(m)*time.Minute), fails, 200).Anomalous {
			anomalous = append(anomalous, m-change)
		}
	}
	if len(anomalous) == 0 || anomalous[0] < 0 || anomalous[0] > 5 {
		t.Fatalf("the change was not alarmed at once: %v", anomalous)
	}
	if last := anomalous[len(anomalous)-1]; last < 45 || last > 90 || len(anomalous) != last-anomalous[0]+1 {
		t.Fatalf("want one alarm lasting about an hour, got minutes %v", anomalous)
	}
}

// Restore equivalence for every preset, fed the way detector rules feed
// them: ratios with their volume (pooled rates), counts (runs of quiet
// minutes), delays; with incidents, so episodes, their clipped learning and
// their adoption are all checkpointed mid-way.
func TestRestoreEquivalencePresets(t *testing.T) {
	for _, name := range PresetNames() {
		for _, cut := range []int{1, 500, 2100, 2200} {
			t.Run(name, func(t *testing.T) {
				cfg, _ := Preset(name)
				cfg.WarmUp = 60
				a, b := mustNew(t, "default", cfg), mustNew(t, "default", cfg)
				rng := rand.New(rand.NewPCG(21, uint64(cut)))
				incident := func(i int) bool { return i >= 2000 && i < 2020 || i >= 2150 && i < 2300 }
				feed := func(d Detector, i int, num, den float64) Result {
					at := t0.Add(time.Duration(i) * time.Minute)
					if ro, ok := d.(RatioObserver); ok && den > 0 {
						return ro.ObserveRatio(at, num, den)
					}
					return d.Observe(at, num)
				}
				type point struct{ num, den float64 }
				pts := make([]point, 2600)
				for i := range pts {
					switch name {
					case "event_rate":
						v := 20 + 5*rng.NormFloat64()
						if incident(i) {
							v = 0
						}
						pts[i] = point{math.Max(0, math.Round(v)), 0}
					case "sync_delay":
						v := 30 + 3*rng.NormFloat64()
						if incident(i) {
							v = 600
						}
						pts[i] = point{v, 0}
					default:
						p := 0.01
						if incident(i) {
							p = 0.3
						}
						n := 0.0
						for k := 0; k < 50; k++ {
							if rng.Float64() < p {
								n++
							}
						}
						pts[i] = point{n, 50}
					}
				}
				for i := 0; i < cut; i++ {
					feed(a, i, pts[i].num, pts[i].den)
				}
				blob, err := a.MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				if err := b.UnmarshalBinary(blob); err != nil {
					t.Fatal(err)
				}
				anomalies := 0
				for i := cut; i < len(pts); i++ {
					ra, rb := feed(a, i, pts[i].num, pts[i].den), feed(b, i, pts[i].num, pts[i].den)
					if ra != rb && !(math.IsNaN(ra.Value) && math.IsNaN(rb.Value)) {
						t.Fatalf("point %d after restore at %d: %+v != %+v", i, cut, rb, ra)
					}
					if ra.Anomalous {
						anomalies++
					}
				}
				if cut < 2150 && anomalies == 0 {
					t.Fatal("no anomaly after the restore: the comparison exercised too little")
				}
			})
		}
	}
}

// A drop detector does not learn a surge as its level: after a two-hour
// flash sale at three times the usual rate, the return to normal pages
// nobody, and a real drop later the same day still does.
func TestDropDetectorIgnoresTheEndOfASurge(t *testing.T) {
	run := func(dropAt int) []int {
		cfg, _ := Preset("event_rate")
		cfg.Direction = Down
		d := mustNew(t, "default", cfg)
		rng := rand.New(rand.NewPCG(7, 8))
		var out []int
		ts := t0
		last := 7 * 1440
		for m := 0; m < 8*1440; m++ {
			ts = ts.Add(time.Minute)
			h := float64(m%1440) / 60
			lambda := 40 + 60*math.Pow(math.Max(0, math.Sin(math.Pi*(h-6)/18)), 2)
			if m >= last+4*60 && m < last+6*60 {
				lambda *= 3 // the flash sale, 04:00–06:00
			}
			if dropAt > 0 && m >= last+dropAt && m < last+dropAt+30 {
				lambda *= 0.1
			}
			v := math.Max(0, math.Round(lambda+math.Sqrt(lambda)*rng.NormFloat64()))
			if r := d.Observe(ts, v); r.Anomalous && m >= last {
				out = append(out, m-last)
			}
		}
		return out
	}
	if got := run(0); len(got) > 0 {
		t.Fatalf("the end of the surge alarmed a drop detector at minutes %v", got)
	}
	if got := run(9 * 60); len(got) == 0 || got[0] < 9*60 || got[0] > 9*60+10 {
		t.Fatalf("a drop to 10 %% at 09:00 after the surge: anomalous minutes %v, want an alarm within 10 minutes", got)
	}
}

// hourlyShop is a count per step at ts of a shop doing up to peak an hour:
// a daily rhythm (a quarter of the peak at night), weekends at 60 % and
// noise a little wider than Poisson.
func hourlyShop(rng *rand.Rand, ts time.Time, step time.Duration, peak float64) float64 {
	h := float64(ts.Hour()) + float64(ts.Minute())/60
	day := 0.25 + 0.75*math.Pow(math.Max(0, math.Sin(math.Pi*(h-6)/18)), 2)
	if wd := ts.Weekday(); wd == time.Saturday || wd == time.Sunday {
		day *= 0.6
	}
	lambda := peak * day * step.Hours()
	return math.Max(0, math.Round(lambda+1.3*math.Sqrt(lambda)*rng.NormFloat64()))
}

// onsets feeds n points of f, step apart from t0, and returns the indices
// of the points that start an episode.
func onsets(d Detector, n int, step time.Duration, f func(i int, ts time.Time) float64) []int {
	var out []int
	prev := false
	for i := 0; i < n; i++ {
		ts := t0.Add(time.Duration(i) * step)
		r := d.Observe(ts, f(i, ts))
		if r.Anomalous && !prev {
			out = append(out, i)
		}
		prev = r.Anomalous
	}
	return out
}

// An unremarkable first week of hourly data (a daily rhythm, a quieter
// weekend) raises no alarm: the sustained surprise the local level builds
// while it lags behind the daily rhythm counts only once a day profile
// predicts, and the day profile's level follows the first weekend rather
// than alarming on it. (The detector used to alarm in most such weeks,
// right after its warm-up or on the first Saturday.)
func TestQuietFirstWeekHourly(t *testing.T) {
	for seed := uint64(1); seed <= 10; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		got := onsets(mustNew(t, "default", Config{}), 7*24, time.Hour, func(_ int, ts time.Time) float64 {
			return hourlyShop(rng, ts, time.Hour, 500)
		})
		if len(got) > 0 {
			t.Errorf("seed %d: alarms at hours %v of an unremarkable first week", seed, got)
		}
	}
}

// A smaller incident days after a big one is alarmed on hourly data. The
// big one's peak stays in the score's memory for weeks (a standout episode
// must exceed it), but a surprise the series produces less than once in
// three days starts an episode of its own.
func TestSecondSmallerIncidentDaysLaterHourly(t *testing.T) {
	const big, small = 9*24 + 14, 15*24 + 10 // Wednesday of week 2, Tuesday of week 3
	others := 0
	for seed := uint64(1); seed <= 10; seed++ {
		rng := rand.New(rand.NewPCG(seed, 9))
		got := onsets(mustNew(t, "default", Config{}), 21*24, time.Hour, func(i int, ts time.Time) float64 {
			v := hourlyShop(rng, ts, time.Hour, 200)
			if i >= big && i < big+3 {
				v *= 5
			}
			if i >= small && i < small+2 {
				v *= 2
			}
			return v
		})
		var a, b bool
		for _, i := range got {
			switch {
			case i >= big && i < big+3:
				a = true
			case i >= small && i < small+2:
				b = true
			default:
				others++
			}
		}
		if !a || !b {
			t.Errorf("seed %d: onsets %v: big incident alarmed %v, the smaller one six days later %v", seed, got, a, b)
		}
	}
	if others > 1 {
		t.Errorf("%d alarms outside the incidents over ten three-week series", others)
	}
}

// Memories are durations: the same spikes, the same hours apart, score the
// same on a series sampled every minute and on one sampled every five
// minutes (the score's memory used to be counted in points, five times
// shorter in time on the minute series), and a smaller spike two days
// after a big one is alarmed on both.
func TestMemoriesAreDurations(t *testing.T) {
	for _, gap := range []time.Duration{3 * time.Hour, 6 * time.Hour, 12 * time.Hour, 30 * time.Hour, 96 * time.Hour} {
		var score [2]float64
		for j, step := range []time.Duration{time.Minute, 5 * time.Minute} {
			rng := rand.New(rand.NewPCG(1, 2))
			first := int(3 * 24 * time.Hour / step)
			second := first + int(gap/step)
			d := mustNew(t, "default", Config{Seasonality: SeasonOff})
			for i := 0; i <= second; i++ {
				v := 100 + rng.NormFloat64()
				if i == first || i == second {
					v += 40
				}
				if r := d.Observe(t0.Add(time.Duration(i)*step), v); i == second {
					score[j] = r.Score
				}
			}
		}
		if math.Abs(score[0]-score[1]) > 0.03 {
			t.Errorf("a spike %v after an equal one scores %.4f on minutes, %.4f on five minutes", gap, score[0], score[1])
		}
	}
	for _, step := range []time.Duration{time.Minute, 5 * time.Minute} {
		rng := rand.New(rand.NewPCG(3, 4))
		big, small := int(2*24*time.Hour/step), int(4*24*time.Hour/step)
		got := onsets(mustNew(t, "default", Config{}), int(5*24*time.Hour/step), step, func(i int, _ time.Time) float64 {
			v := 100 + 2*rng.NormFloat64()
			if i >= big && i < big+int(20*time.Minute/step) {
				v += 100
			}
			if i >= small && i < small+int(20*time.Minute/step) {
				v += 20
			}
			return v
		})
		if !slices.ContainsFunc(got, func(i int) bool { return i >= small && i < small+int(20*time.Minute/step) }) {
			t.Errorf("step %v: onsets %v, none for the smaller spike two days after the big one (at %d)", step, got, small)
		}
	}
}

// A switch of an hourly seasonal series to a new level (traffic moved to
// another region: -40 % for good) is alarmed once, within hours of it, and
// then adopted: the week after it raises nothing.
func TestLevelSwitchAdoptedHourly(t *testing.T) {
	const at = 14*24 + 10
	for seed := uint64(1); seed <= 10; seed++ {
		rng := rand.New(rand.NewPCG(seed, 9))
		got := onsets(mustNew(t, "default", Config{}), at+7*24, time.Hour, func(i int, ts time.Time) float64 {
			v := hourlyShop(rng, ts, time.Hour, 200)
			if i >= at {
				v = math.Round(v * 0.6)
			}
			return v
		})
		for _, i := range got {
			if i >= at-24 && (i < at || i > at+6) {
				t.Errorf("seed %d: onsets %v: an alarm at hour %d, not at the switch (hour %d)", seed, got, i, at)
			}
		}
	}
}
