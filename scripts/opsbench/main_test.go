package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

func render(t *testing.T, seed uint64) map[string][]byte {
	t.Helper()
	ss, err := Build(seed)
	if err != nil {
		t.Fatal(err)
	}
	files, err := Files(ss)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestDeterministic(t *testing.T) {
	// The budget is the process's CPU time, not the wall clock's: CI's
	// machine may be shared and loaded tenfold, which stretches the wall
	// time and not the work (the generation runs on one goroutine).
	start, cpu := time.Now(), cpuTime(t)
	a := render(t, 1)
	if d := cpuTime(t) - cpu; d > 10*time.Second {
		t.Errorf("generation took %v of CPU time, want under 10s", d)
	} else {
		t.Logf("generation took %v of CPU time (%v of wall time)", d, time.Since(start))
	}
	b := render(t, 1)
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
	}
	c := render(t, 2)
	same := 0
	for name, data := range a {
		if bytes.Equal(data, c[name]) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d files are identical for seeds 1 and 2", same)
	}
}

// TestLayout writes the corpus through the command and checks it the way
// nabscore reads it (NAB conventions).
func TestLayout(t *testing.T) {
	dir := t.TempDir()
	var stderr bytes.Buffer
	if rc := run([]string{"-out", dir}, io.Discard, &stderr); rc != 0 {
		t.Fatalf("run: exit %d: %s", rc, stderr.String())
	}
	if rc := run([]string{"-out", dir}, io.Discard, io.Discard); rc == 0 {
		t.Error("a second run without -force overwrote the corpus")
	}
	if rc := run([]string{"-out", dir, "-force"}, io.Discard, &stderr); rc != 0 {
		t.Fatalf("run -force: exit %d: %s", rc, stderr.String())
	}

	var windows map[string][][]string
	readJSON(t, filepath.Join(dir, "labels", "combined_windows.json"), &windows)
	var labels map[string][]string
	readJSON(t, filepath.Join(dir, "labels", "combined_labels.json"), &labels)
	var details map[string]struct {
		Rows      int               `json:"rows"`
		Incidents []json.RawMessage `json:"incidents"`
	}
	readJSON(t, filepath.Join(dir, "labels", "opsbench_incidents.json"), &details)

	var files []string
	total := int64(0)
	err := filepath.WalkDir(filepath.Join(dir, "data"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join(dir, "data"), p)
		rel = filepath.ToSlash(rel)
		if strings.Count(rel, "/") != 1 || !strings.HasSuffix(rel, ".csv") {
			t.Errorf("data/%s is not data/<category>/<file>.csv", rel)
		}
		info, _ := d.Info()
		total += info.Size()
		files = append(files, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(files); n < 30 || n > 40 {
		t.Errorf("%d series, want 30-40", n)
	}
	if total > 50e6 {
		t.Errorf("corpus is %d bytes, want under 50 MB", total)
	}
	if len(windows) != len(files) || len(labels) != len(files) || len(details) != len(files) {
		t.Errorf("%d data files but %d/%d/%d entries in the label files", len(files), len(windows), len(labels), len(details))
	}
	cats := map[string]bool{}
	incidents := 0
	for _, rel := range files {
		cats[strings.Split(rel, "/")[0]] = true
		stamps := readSeries(t, filepath.Join(dir, "data", rel))
		n := len(stamps)
		ws, ok := windows[rel]
		if !ok || len(ws) == 0 {
			t.Errorf("%s: no labelled window", rel)
			continue
		}
		incidents += len(ws)
		if len(labels[rel]) != len(ws) || len(details[rel].Incidents) != len(ws) || details[rel].Rows != n {
			t.Errorf("%s: %d windows, %d labels, %d described incidents, %d rows (described %d)",
				rel, len(ws), len(labels[rel]), len(details[rel].Incidents), n, details[rel].Rows)
		}
		index := map[string]int{}
		for i, s := range stamps {
			index[s] = i
		}
		probation := int(math.Min(math.Floor(0.15*float64(n)), 750))
		half := int(0.10*float64(n)/float64(len(ws))) / 2
		t0, _ := time.Parse(tsLayout, stamps[0])
		tEnd, _ := time.Parse(tsLayout, stamps[n-1])
		prevEnd := -1
		for k, w := range ws {
			if len(w) != 2 {
				t.Errorf("%s: window %d has %d timestamps", rel, k+1, len(w))
				continue
			}
			var lr [2]int
			for e, s := range w {
				ts, err := time.Parse(windowLayout, s)
				if err != nil {
					t.Fatalf("%s: window %d: %v", rel, k+1, err)
				}
				if ts.Before(t0) || ts.After(tEnd) {
					t.Errorf("%s: window %d boundary %s is outside the series", rel, k+1, s)
				}
				i, ok := index[ts.Format(tsLayout)]
				if !ok {
					t.Errorf("%s: window %d boundary %s is not a timestamp of the series", rel, k+1, s)
				}
				lr[e] = i
			}
			l, r := lr[0], lr[1]
			switch {
			case r-l+1 != 2*half+1:
				t.Errorf("%s: window %d spans %d rows, NAB's rule gives %d", rel, k+1, r-l+1, 2*half+1)
			case l <= probation:
				t.Errorf("%s: window %d starts at row %d, in the probationary period (%d rows)", rel, k+1, l, probation)
			case l <= prevEnd:
				t.Errorf("%s: window %d overlaps or precedes window %d", rel, k+1, k)
			}
			prevEnd = r
			if k < len(labels[rel]) {
				if c, ok := index[labels[rel][k]]; !ok || c != l+half {
					t.Errorf("%s: label %d (%s) is not the centre of its window", rel, k+1, labels[rel][k])
				}
			}
		}
		// Long series keep their first week free of incidents.
		if tEnd.Sub(t0) >= 21*24*time.Hour {
			first, _ := time.Parse(tsLayout, labels[rel][0])
			if first.Sub(t0) < 7*24*time.Hour {
				t.Errorf("%s: an incident at %s, in the first week", rel, labels[rel][0])
			}
		}
	}
	if len(cats) != len(families) {
		t.Errorf("%d categories, want %d", len(cats), len(families))
	}
	if incidents < 250 {
		t.Errorf("%d labelled incidents, want several hundred", incidents)
	}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// readSeries checks one data file (header, increasing timestamps on a
// regular grid with possible gaps, finite non-negative values) and returns
// its timestamps.
func readSeries(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() || sc.Text() != "timestamp,value" {
		t.Fatalf("%s: header is not timestamp,value", path)
	}
	var stamps []string
	var prev time.Time
	steps := map[time.Duration]int{}
	for sc.Scan() {
		ts, val, ok := strings.Cut(sc.Text(), ",")
		if !ok {
			t.Fatalf("%s: bad row %q", path, sc.Text())
		}
		tm, err := time.Parse(tsLayout, ts)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if len(stamps) > 0 {
			if !tm.After(prev) {
				t.Fatalf("%s: timestamp %s does not increase", path, ts)
			}
			steps[tm.Sub(prev)]++
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			t.Fatalf("%s: value %q at %s", path, val, ts)
		}
		stamps = append(stamps, ts)
		prev = tm
	}
	if len(stamps) < 600 {
		t.Errorf("%s: only %d rows", path, len(stamps))
	}
	// The most common difference is the step; every other is a multiple (a gap).
	var ds []time.Duration
	for d := range steps {
		ds = append(ds, d)
	}
	sort.Slice(ds, func(i, j int) bool { return steps[ds[i]] > steps[ds[j]] })
	for _, d := range ds[1:] {
		if d%ds[0] != 0 {
			t.Errorf("%s: a gap of %v is not a multiple of the step %v", path, d, ds[0])
		}
	}
	return stamps
}

// cpuTime is the CPU time the process has used so far (user and system).
func cpuTime(t *testing.T) time.Duration {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
