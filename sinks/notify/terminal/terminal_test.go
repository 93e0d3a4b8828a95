package terminal

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
)

var update = flag.Bool("update", false, "rewrite golden files")

func alerts() []alert.Alert {
	start := time.Date(2026, 11, 25, 8, 3, 0, 0, time.UTC)
	end := start.Add(17 * time.Minute)
	return []alert.Alert{
		{
			Fingerprint: "9f2c", Status: alert.Firing, Rule: "amazon-429-burst", Kind: alert.KindRule, Severity: alert.P1,
			Labels:      map[string]string{"shop.id": "S12", "service.name": "amazon-api"},
			Annotations: map[string]string{"summary": "Amazon API throttling on S12", "runbook_url": "https://runbooks.example.test/429"},
			StartsAt:    start, Value: 0.21, Baseline: alert.Float(0.004), Threshold: alert.Float(0.05),
			KibanaURL: "https://kibana.example.test/app/discover#/?_g=()",
			AckURL:    "https://vigil.example.test/api/v1/alerts/9f2c/ack",
			TraceIDs:  []string{"t1", "t2", "t3", "t4", "t5"},
		},
		{
			Fingerprint: "77aa", Status: alert.Resolved, Rule: "order-sync-lag", Kind: alert.KindDetector, Severity: alert.P0,
			Labels:   map[string]string{"shop.platform": "shopee", "evil": "x\x1b[2Jy"},
			StartsAt: start, EndsAt: &end, Value: 412,
			Annotations: map[string]string{"expected_range": "20–95", "deviation": "8.1 spreads above the baseline", "anomaly_score": "0.412"},
		},
		{Fingerprint: "0000", Status: alert.Firing, Rule: "heartbeat", Severity: alert.P3, StartsAt: start},
	}
}

func TestGolden(t *testing.T) {
	for _, color := range []bool{false, true} {
		name := "plain.golden"
		if color {
			name = "color.golden"
		}
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			n := New(&buf, Options{Name: "tty", Color: color})
			if retry, err := n.Notify(context.Background(), alerts()); err != nil || retry {
				t.Fatalf("Notify = %v, %v", retry, err)
			}
			path := filepath.Join("testdata", name)
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("output differs from %s:\n%s", path, buf.Bytes())
			}
		})
	}
}

func TestFormatShowsTheEssentials(t *testing.T) {
	as := alerts()
	out := Format(&as[0])
	for _, want := range []string{"[P1]", "FIRING", "amazon-429-burst", "service.name=amazon-api, shop.id=S12",
		"value 0.21, baseline 0.004, threshold 0.05", "Amazon API throttling on S12", "kibana: https://kibana.example.test",
		"acknowledge: https://vigil.example.test/api/v1/alerts/9f2c/ack", "trace: t1, t2, t3 (+2 more)"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("Format has colour codes:\n%q", out)
	}
	res := Format(&as[1])
	if !strings.Contains(res, "RESOLVED") || !strings.Contains(res, "resolved 2026-11-25T08:20:00Z, lasted 17m\n") ||
		!strings.Contains(res, "last value 412\n") || strings.Contains(res, "anomaly score") || strings.Contains(res, "expected") {
		t.Errorf("resolved alert:\n%s", res)
	}
	firing := as[1]
	firing.Status, firing.EndsAt = alert.Firing, nil
	if got := Format(&firing); !strings.Contains(got, "expected 20–95 (anomaly score 0.412); 8.1 spreads above the baseline") {
		t.Errorf("firing detector alert:\n%s", got)
	}
	if strings.Contains(res, "\x1b") || !strings.Contains(res, `x\x1b[2Jy`) {
		t.Errorf("control characters from labels reach the terminal:\n%q", res)
	}
}

func TestIsTerminal(t *testing.T) {
	if IsTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) {
		t.Error("a regular file is a terminal")
	}
}
