package evaluate

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
)

var update = flag.Bool("update", false, "rewrite golden files")

// day is a small day of alerts against a truth: a detection, a late one
// outside the tolerance, a label mismatch, a trap violation and noise.
func day() ([]alert.Alert, *Truth) {
	truth := &Truth{
		Incidents: []Period{
			incident("deploy-regression-oms-core", t0, at("30m"), map[string]string{"service.name": "oms-core"}),
			incident("amazon-throttled-s12", at("2h"), at("2h20m"), map[string]string{"shop.id": "S12"}),
			incident("payment-callbacks-lost", at("4h"), at("4h30m"), map[string]string{"service.name": "payment-callback"}),
		},
		Quiet: []Period{
			{ID: "flash-sale", Start: at("6h"), End: at("8h"), Labels: map[string]string{}},
		},
	}
	amazon := map[string]string{"shop.id": "S12", "shop.platform": "amazon", "team": "integrations"}
	alerts := []alert.Alert{
		firing("error-ratio", svc("oms-core"), at("1m30s")),
		firing("deploy-regression", svc("oms-core"), at("4m")),
		resolved("error-ratio", svc("oms-core"), at("1m30s"), at("35m")),
		firing("marketplace-429-burst", amazon, at("2h31m")), // 11m after the end
		firing("error-ratio", svc("payment-gateway"), at("4h5m")),
		firing("event-rate", svc("checkout"), at("6h30m")),
		firing("error-ratio", svc("checkout"), at("6h45m")),
	}
	return alerts, truth
}

func TestReportGolden(t *testing.T) {
	alerts, truth := day()
	r := Score(alerts, truth, DefaultOptions())
	recall, prec, trap := 1.0, 0.5, 0
	ttd := 2 * time.Minute
	if r.Check(Thresholds{MinRecall: &recall, MinPrecision: &prec, MaxMedianTTD: &ttd, MaxTrapAlerts: &trap}) {
		t.Error("thresholds passed")
	}
	s := r.Summary
	if s.Detected != 1 || s.FalseGroups != 3 || s.TrapAlerts != 2 || *s.MedianTTD != 90*time.Second {
		t.Errorf("summary %+v", s)
	}

	var table, js bytes.Buffer
	if err := r.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	golden(t, "day.table.txt", table.Bytes())
	golden(t, "day.json", js.Bytes())

	// The JSON speaks seconds and null.
	var m struct {
		Options   map[string]float64 `json:"options"`
		Summary   map[string]any     `json:"summary"`
		Incidents []map[string]any   `json:"incidents"`
		Pass      *bool              `json:"pass"`
	}
	if err := json.Unmarshal(js.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if m.Options["early_tolerance_seconds"] != 120 || m.Summary["median_ttd_seconds"] != 90.0 || m.Summary["recall"] != 1.0/3 {
		t.Errorf("json options %v summary %v", m.Options, m.Summary)
	}
	if m.Incidents[0]["ttd_seconds"] != 90.0 || m.Incidents[1]["ttd_seconds"] != nil || m.Incidents[0]["id"] != "deploy-regression-oms-core" {
		t.Errorf("json incidents %v", m.Incidents)
	}
	if m.Pass == nil || *m.Pass {
		t.Errorf("json pass %v", m.Pass)
	}
}

// TestReportEmpty: nothing raised, nothing to find; arrays stay arrays.
func TestReportEmpty(t *testing.T) {
	r := Score(nil, &Truth{Quiet: []Period{{ID: "q", Start: t0, End: at("1h")}}}, DefaultOptions())
	if !r.Check(Thresholds{}) || r.Summary.Precision != 1 || r.Summary.Recall != 1 {
		t.Errorf("%+v", r.Summary)
	}
	var js bytes.Buffer
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"incidents": []`, `"false_groups": []`, `"checks": []`, `"median_ttd_seconds": null`} {
		if !bytes.Contains(js.Bytes(), []byte(want)) {
			t.Errorf("json lacks %s:\n%s", want, js.String())
		}
	}
	var table bytes.Buffer
	if err := r.WriteTable(&table); err != nil || !bytes.Contains(table.Bytes(), []byte("median TTD    -      (over 0 detected incidents)")) {
		t.Errorf("table (%v):\n%s", err, table.String())
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run with -update after checking):\n%s", path, got)
	}
}
