package ndjson

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
)

type countingWriter struct {
	bytes.Buffer
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) { w.writes++; return w.Buffer.Write(p) }

func TestNotifyWritesOneLinePerAlert(t *testing.T) {
	start := time.Date(2026, 11, 25, 8, 3, 0, 0, time.UTC)
	end := start.Add(time.Minute)
	in := []alert.Alert{
		{Fingerprint: "f1", Status: alert.Firing, Rule: "r1", Severity: alert.P1, Labels: map[string]string{"shop.id": "S1"}, StartsAt: start, Samples: []string{"a <b> & c"}},
		{Fingerprint: "f2", Status: alert.Resolved, Rule: "r2", Severity: alert.P3, StartsAt: start, EndsAt: &end, Threshold: alert.Float(3)},
	}
	var w countingWriter
	n := New("stdout", &w)
	if n.Name() != "stdout" {
		t.Errorf("Name = %q", n.Name())
	}
	if retry, err := n.Notify(context.Background(), in); err != nil || retry {
		t.Fatalf("Notify = %v, %v", retry, err)
	}
	if w.writes != 1 {
		t.Errorf("%d writes, want 1", w.writes)
	}
	sc := bufio.NewScanner(bytes.NewReader(w.Bytes()))
	i := 0
	for sc.Scan() {
		var got alert.Alert
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		want, _ := json.Marshal(in[i])
		again, _ := json.Marshal(got)
		if !bytes.Equal(want, again) {
			t.Errorf("line %d round-trips to %s, want %s", i, again, want)
		}
		i++
	}
	if i != len(in) {
		t.Errorf("%d lines, want %d", i, len(in))
	}
	if !bytes.Contains(w.Bytes(), []byte(`"a <b> & c"`)) {
		t.Errorf("HTML-escaped output: %s", w.Bytes())
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestNotifyWriteErrorIsNotRetried(t *testing.T) {
	retry, err := New("x", failingWriter{}).Notify(context.Background(), []alert.Alert{{Fingerprint: "f"}})
	if err == nil || retry {
		t.Errorf("Notify = %v, %v; want a permanent error", retry, err)
	}
}
