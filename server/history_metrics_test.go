package server

import (
	"testing"

	dto "github.com/prometheus/client_model/go"

	"github.com/vigilops/vigil/sinks/alerthistory"
)

// The alert history writer's counters show in /metrics, by outcome; a
// command without history leaves them out.
func TestMetricsCarryTheAlertHistoryStats(t *testing.T) {
	st := alerthistory.Stats{Recorded: 12, Written: 7, Failed: 1, Spilled: 3, Lost: 1, Retries: 4, Buffered: 2}
	m := NewMetrics(MetricSources{History: func() (alerthistory.Stats, bool) { return st, true }})
	got, err := m.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	byOutcome := map[string]float64{}
	var retries, buffered *dto.MetricFamily
	for _, f := range got {
		switch f.GetName() {
		case "vigil_alert_history_records_total":
			for _, m := range f.Metric {
				byOutcome[m.Label[0].GetValue()] = m.GetCounter().GetValue()
			}
		case "vigil_alert_history_retries_total":
			retries = f
		case "vigil_alert_history_buffered_records":
			buffered = f
		}
	}
	want := map[string]float64{"recorded": 12, "written": 7, "failed": 1, "spilled": 3, "lost": 1}
	for k, v := range want {
		if byOutcome[k] != v {
			t.Errorf("outcome %s: %v, want %v (all: %v)", k, byOutcome[k], v, byOutcome)
		}
	}
	if retries == nil || retries.Metric[0].GetCounter().GetValue() != 4 {
		t.Errorf("retries %v", retries)
	}
	if buffered == nil || buffered.GetType() != dto.MetricType_GAUGE || buffered.Metric[0].GetGauge().GetValue() != 2 {
		t.Errorf("buffered %v", buffered)
	}

	none := NewMetrics(MetricSources{History: func() (alerthistory.Stats, bool) { return alerthistory.Stats{}, false }})
	got, err = none.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range got {
		if f.GetName() == "vigil_alert_history_records_total" {
			t.Error("history metrics without a history writer")
		}
	}
}
