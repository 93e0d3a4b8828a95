package alerting

import (
	"time"

	"github.com/vigilops/vigil/alert"
)

// HistoryKind says what a HistoryRecord is about.
type HistoryKind string

// History record kinds.
const (
	HistoryFiring       HistoryKind = "firing"       // a receiver was told the alert fires
	HistoryResolved     HistoryKind = "resolved"     // a receiver was told the alert resolved
	HistoryAcknowledged HistoryKind = "acknowledged" // someone acknowledged the alert
	HistoryEscalated    HistoryKind = "escalated"    // an escalation step told another receiver
	HistoryTest         HistoryKind = "test"         // a test alert (vigil alerts test) was sent
)

// HistoryRecord is one line of the alert history: one alert, one thing
// that happened to it. A notification of n alerts gives n records.
type HistoryRecord struct {
	// Time is when it happened, on the dispatcher's clock.
	Time     time.Time
	Kind     HistoryKind
	Receiver string // the receiver told ("" for an acknowledgement)
	Group    string // the aggregation group's key ("" for an acknowledgement)
	Alert    alert.Alert
	// By and Comment say who acknowledged and why (acknowledgements only).
	By, Comment string
	// Step is the escalation step, from 1 (escalations only).
	Step int
}

// History receives the alert history (an index, a file). Record is called
// with the dispatcher's lock held and must not block: an implementation
// buffers and writes on its own goroutine, and says itself when it falls
// behind or fails.
type History interface {
	Record(recs []HistoryRecord)
}

// WithHistory makes the dispatcher report every delivered notification,
// acknowledgement and escalation to h.
func WithHistory(h History) Option { return func(o *options) { o.history = h } }

// recordHistory reports what j told its receiver to the history, under d.mu.
func (d *Dispatcher) recordHistory(j *job, kind func(alert.Alert) HistoryKind) {
	h := d.opts.history
	if h == nil || len(j.alerts) == 0 {
		return
	}
	recs := make([]HistoryRecord, len(j.alerts))
	for i, a := range j.alerts {
		recs[i] = HistoryRecord{Time: j.at, Kind: kind(a), Receiver: j.g.recv.name, Group: j.g.key, Alert: withoutAckToken(a)}
	}
	h.Record(recs)
}

// statusKind is the history kind of an ordinary notification.
func statusKind(a alert.Alert) HistoryKind {
	if a.Status == alert.Resolved {
		return HistoryResolved
	}
	return HistoryFiring
}
