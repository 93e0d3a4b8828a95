package alerting

import (
	"strings"
	"testing"
	"time"
)

// alerting.history's errors name the key and what it expects.
func TestHistoryConfigValidation(t *testing.T) {
	good := Config{History: HistoryConfig{Enabled: true, IndexPrefix: "team-alerts", File: "/var/lib/vigil/h.ndjson", BufferSize: 10, SyncEvery: time.Second}}
	if err := good.ValidateAt("alerting"); err != nil {
		t.Errorf("valid history config refused: %v", err)
	}
	if !good.History.On() || (HistoryConfig{}).On() {
		t.Error("On: the history is off unless enabled")
	}
	if p := (HistoryConfig{}).Prefix(); p != "vigil-alerts" {
		t.Errorf("default prefix %q", p)
	}
	for _, tc := range []struct {
		h    HistoryConfig
		want string
	}{
		{HistoryConfig{IndexPrefix: "Vigil-Alerts"}, `alerting.history.index_prefix: must be lowercase (an Elasticsearch index name), got "Vigil-Alerts"`},
		{HistoryConfig{IndexPrefix: "vigil alerts"}, "alerting.history.index_prefix: must not contain spaces"},
		{HistoryConfig{IndexPrefix: "_vigil"}, "alerting.history.index_prefix: must not start with"},
		{HistoryConfig{BufferSize: -1}, "alerting.history.buffer_size: must not be negative"},
		{HistoryConfig{SyncEvery: -time.Second}, "alerting.history.sync_every: must not be negative"},
	} {
		c := Config{History: tc.h}
		err := c.ValidateAt("alerting")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", tc.h, err, tc.want)
		}
	}
}
