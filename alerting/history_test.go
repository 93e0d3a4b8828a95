package alerting

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/vigilops/vigil/alert"
)

type historyRecorder struct {
	mu   sync.Mutex
	recs []HistoryRecord
}

func (h *historyRecorder) Record(recs []HistoryRecord) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.recs = append(h.recs, recs...)
}

func (h *historyRecorder) lines() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for _, r := range h.recs {
		out = append(out, fmt.Sprintf("%s %s %s %s", r.Time.Format("15:04"), r.Kind, r.Receiver, r.Alert.Rule))
	}
	return out
}

// TestHistoryRecordsEveryDeliveredNotification: one record per alert and
// notification, firing then resolved, on the dispatcher's clock; a
// notification the receiver refused is not history.
func TestHistoryRecordsEveryDeliveredNotification(t *testing.T) {
	h := &historyRecorder{}
	a := fire(0, "errors", alert.P1, "service.name", "checkout")
	b := fire(0, "latency", alert.P1, "service.name", "checkout")
	got, _ := run(t, `
route:
  receiver: default
  group_wait: 1m
  group_interval: 1m
`+receiversYAML, []step{{0, []alert.Alert{a, b}}, {5, []alert.Alert{resolve(5, a)}}}, 8, WithHistory(h))
	if len(got) != 2 {
		t.Fatalf("notifications: %q", got)
	}
	want := []string{"08:01 firing default errors", "08:01 firing default latency", "08:05 resolved default errors", "08:05 firing default latency"}
	if l := h.lines(); !slices.Equal(l, want) {
		t.Fatalf("history:\n got %q\nwant %q", l, want)
	}
}
