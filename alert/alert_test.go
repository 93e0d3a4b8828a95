package alert

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestFingerprintStableAndDistinct(t *testing.T) {
	a := Fingerprint("r", map[string]string{"service.name": "amazon-api", "shop.id": "S12"})
	b := Fingerprint("r", map[string]string{"shop.id": "S12", "service.name": "amazon-api"})
	if a != b || len(a) != 16 {
		t.Fatalf("label order changes the fingerprint: %s %s", a, b)
	}
	others := []string{
		Fingerprint("r2", map[string]string{"service.name": "amazon-api", "shop.id": "S12"}),
		Fingerprint("r", map[string]string{"service.name": "amazon-api", "shop.id": "S13"}),
		Fingerprint("r", map[string]string{"service.name": "amazon-api"}),
		// Separators keep key/value boundaries apart.
		Fingerprint("r", map[string]string{"service.nameamazon-api": ""}),
	}
	for _, o := range others {
		if o == a {
			t.Errorf("collision: %s", o)
		}
	}
}

func TestParseSeverity(t *testing.T) {
	for _, s := range []string{"P0", "p1", "P2", "p3"} {
		sev, err := ParseSeverity(s)
		if err != nil || strings.ToUpper(s) != string(sev) {
			t.Errorf("ParseSeverity(%q) = %q, %v", s, sev, err)
		}
	}
	if _, err := ParseSeverity("P4"); err == nil {
		t.Error("P4 accepted")
	}
	if !(P0.Rank() < P1.Rank() && P1.Rank() < P3.Rank() && P3.Rank() < Severity("x").Rank()) {
		t.Error("ranks out of order")
	}
}

func TestJSONMatchesContract(t *testing.T) {
	at := time.Date(2026, 11, 25, 8, 3, 0, 0, time.UTC)
	a := Alert{Fingerprint: "f", Status: Firing, Rule: "amazon-429-burst", Kind: KindRule, Severity: P1,
		Labels: map[string]string{"shop.id": "S12"}, StartsAt: at, Value: 0.21, Threshold: Float(0.05)}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"fingerprint", "status", "rule", "kind", "severity", "labels", "annotations", "starts_at", "ends_at", "value", "baseline", "threshold", "trace_ids", "samples"} {
		if _, ok := m[k]; !ok {
			t.Errorf("key %s missing from %s", k, b)
		}
	}
	if m["ends_at"] != nil || m["baseline"] != nil || m["threshold"] != 0.05 || m["starts_at"] != "2026-11-25T08:03:00Z" {
		t.Errorf("values: %s", b)
	}
}
