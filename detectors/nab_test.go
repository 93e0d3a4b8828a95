package detectors

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unsafe"
)

// onsetDetector scores 1 where the wrapped detector's decision turns
// anomalous and 0 elsewhere: the benchmark then measures the decisions
// (fixed thresholds, hysteresis) rather than the score ordering.
type onsetDetector struct {
	Detector
	prev bool
}

func (o *onsetDetector) Observe(t time.Time, v float64) Result {
	r := o.Detector.Observe(t, v)
	onset := r.Anomalous && !o.prev
	o.prev = r.Anomalous
	r.Score = 0
	if onset {
		r.Score = 1
	}
	return r
}

// TestNABExport scores every file of a Numenta Anomaly Benchmark corpus and
// writes results in the layout the benchmark scorer reads. It only runs when
// VIGIL_NAB_RESULTS names an output directory (VIGIL_NAB_DATA the corpus,
// VIGIL_NAB_DETECTOR the detector, VIGIL_TUNE "field=value,..." overrides of
// the internal tuning for experiments, VIGIL_NAB_OUTPUT=decision scores
// the decision onsets instead of the score).
func TestNABExport(t *testing.T) {
	outDir := os.Getenv("VIGIL_NAB_RESULTS")
	if outDir == "" {
		t.Skip("set VIGIL_NAB_RESULTS to export NAB results")
	}
	dataDir := os.Getenv("VIGIL_NAB_DATA")
	if dataDir == "" {
		dataDir = "/work/shared/benchmarks/nab"
	}
	name := os.Getenv("VIGIL_NAB_DETECTOR")
	if name == "" {
		name = "default"
	}
	tp, cfg := tuningFromEnv(t)
	files, err := filepath.Glob(filepath.Join(dataDir, "data", "*", "*.csv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no NAB files under %s: %v", dataDir, err)
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for _, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			in, err := os.ReadFile(f)
			if err != nil {
				t.Error(err)
				return
			}
			d, err := New(name, cfg)
			if err != nil {
				t.Error(err)
				return
			}
			d.(*core).tn = tp
			if os.Getenv("VIGIL_NAB_OUTPUT") == "decision" {
				d = &onsetDetector{Detector: d}
			}
			var out bytes.Buffer
			if err := ScoreCSV(bytes.NewReader(in), &out, d); err != nil {
				t.Errorf("%s: %v", f, err)
				return
			}
			cat := filepath.Base(filepath.Dir(f))
			dir := filepath.Join(outDir, cat)
			_ = os.MkdirAll(dir, 0o755)
			if err := os.WriteFile(filepath.Join(dir, name+"_"+filepath.Base(f)), out.Bytes(), 0o644); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}

// tuningFromEnv returns the default tuning and configuration with the
// overrides VIGIL_TUNE names ("field=value,...", "cfg.Field=value" for a
// Config field, e.g. "rareDays=4,cfg.Standout=off").
func tuningFromEnv(t *testing.T) (*tuning, Config) {
	tn := *defaultTuning
	var cfg Config
	if spec := os.Getenv("VIGIL_TUNE"); spec != "" {
		for _, kv := range strings.Split(spec, ",") {
			k, v, _ := strings.Cut(kv, "=")
			rv := reflect.ValueOf(&tn).Elem()
			if c, ok := strings.CutPrefix(k, "cfg."); ok {
				rv, k = reflect.ValueOf(&cfg).Elem(), c
			}
			f := rv.FieldByName(k)
			if f.IsValid() && f.Kind() == reflect.String {
				reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().SetString(v)
				continue
			}
			x, err := strconv.ParseFloat(v, 64)
			if !f.IsValid() || err != nil {
				t.Fatalf("bad VIGIL_TUNE entry %q", kv)
			}
			fv := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
			if fv.Kind() == reflect.Int {
				fv.SetInt(int64(x))
			} else {
				fv.SetFloat(x)
			}
		}
	}
	return tn.derive(), cfg
}
