// Package alert defines vigil's alert notification, the output contract every
// notifier and `vigil replay` share (docs/architecture.md §4), with its severities and
// fingerprints. It imports only the standard library.
package alert

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"
)

// Status is firing or resolved.
type Status string

// Alert statuses.
const (
	Firing   Status = "firing"
	Resolved Status = "resolved"
)

// Severity grades an alert from P0 (wake someone now) to P3 (look tomorrow).
type Severity string

// Severities, most urgent first.
const (
	P0 Severity = "P0"
	P1 Severity = "P1"
	P2 Severity = "P2"
	P3 Severity = "P3"
)

// ParseSeverity accepts P0..P3 (case-insensitive).
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "P0", "p0":
		return P0, nil
	case "P1", "p1":
		return P1, nil
	case "P2", "p2":
		return P2, nil
	case "P3", "p3":
		return P3, nil
	}
	return "", fmt.Errorf("severity %q: want P0, P1, P2 or P3", s)
}

// Rank orders severities: P0 is 0, P3 is 3, anything else 4.
func (s Severity) Rank() int {
	switch s {
	case P0:
		return 0
	case P1:
		return 1
	case P2:
		return 2
	case P3:
		return 3
	}
	return 4
}

// Kinds of alert source.
const (
	KindRule     = "rule"
	KindDetector = "detector"
)

// Alert is one notification: the webhook body and one line of `vigil replay`.
// Times are event time.
type Alert struct {
	Fingerprint string            `json:"fingerprint"`
	Status      Status            `json:"status"`
	Rule        string            `json:"rule"`
	Kind        string            `json:"kind"`
	Severity    Severity          `json:"severity"`
	Labels      map[string]string `json:"labels"`
	Annotations map[string]string `json:"annotations"`
	StartsAt    time.Time         `json:"starts_at"`
	EndsAt      *time.Time        `json:"ends_at"`
	Value       float64           `json:"value"`
	Baseline    *float64          `json:"baseline"`
	Threshold   *float64          `json:"threshold"`
	KibanaURL   string            `json:"kibana_url,omitempty"`
	// AckURL acknowledges the alert through a running vigil's API (set by
	// the dispatcher when alerting.external_url is configured).
	AckURL   string   `json:"ack_url,omitempty"`
	TraceIDs []string `json:"trace_ids"`
	Samples  []string `json:"samples"`
}

// Fingerprint identifies an alert series: the rule name and its labels, in
// a stable order. Two alerts with the same fingerprint are the same alert.
func Fingerprint(rule string, labels map[string]string) string {
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	h := sha256.New()
	h.Write([]byte(rule))
	for _, k := range keys {
		h.Write([]byte{0xff})
		h.Write([]byte(k))
		h.Write([]byte{0xfe})
		h.Write([]byte(labels[k]))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Float returns a pointer to f, for Baseline and Threshold.
func Float(f float64) *float64 { return &f }

// LogQuery says which log events an alert is about, for a link to them
// (a Kibana Discover link). It is not part of the alert's JSON: the rules
// engine hands it to the link builder next to the alert.
type LogQuery struct {
	// Filter is the rule's filter in KQL, or a KQL query every event the
	// rule counts matches ("": every event).
	Filter string
	// GroupBy names the alert labels that are event fields (the rule's
	// group_by); the alert's other labels (team, component, …) are the
	// rule's own and no event carries them.
	GroupBy []string
	// From and To are the events' time range: the window that fired (for
	// an absence, back to the last matching event). Zero: around StartsAt.
	From, To time.Time
}

// ShortDuration writes a duration without its zero tails, for people:
// 10m, 1h30m, 45s, 0s.
func ShortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
