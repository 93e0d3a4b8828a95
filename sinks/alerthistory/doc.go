// Package alerthistory writes vigil's alert history: one document per
// alerting.HistoryRecord (a receiver told an alert fires or resolved, an
// acknowledgement, an escalation step, a test alert), so that a team can
// review what was sent to whom and when, in Kibana or in a file.
//
// Two writers implement alerting.History:
//
//   - Elasticsearch (NewElasticsearch) writes the documents with the _bulk
//     API into daily indices PREFIX-YYYY.MM.DD (the record's time in UTC),
//     through the indexer's client (elasticsearch.NewClient). Each
//     document's id is a hash of its time, kind, receiver, alert
//     fingerprint and escalation step, and it is written with "create", so
//     a record written twice (a retried request, a replayed record) is
//     stored once. Requests and items answered 429 or 5xx, and connection
//     errors, are retried with exponential backoff for as long as it
//     takes; Close flushes within its context.
//   - File (NewFile) appends the same documents as NDJSON lines to a file,
//     synced to disk every SyncEvery and on Close. It is the history of
//     embedded mode (vigil demo without Elasticsearch) and the
//     Elasticsearch writer's spill file. It is not rotated: at a few
//     hundred bytes a record it grows slowly; rotate it with logrotate's
//     copytruncate if needed.
//
// Record is called with the dispatcher's lock held: it never blocks. It
// encodes the records and appends them to a bounded buffer that a
// goroutine drains. When the Elasticsearch writer's buffer is full (the
// cluster is down or slow for long), the records that do not fit go to
// the spill file instead, and records the cluster refuses for good
// (mapping conflicts) go there too: a warning is logged once per burst and
// Stats counts them as spilled. Nothing is dropped silently: a record that
// neither the index nor the file could take is counted as lost and logged.
// The spill file holds the same documents as the index; vigil does not
// index it again by itself.
//
// The index template (IndexTemplate, installed by Setup and `vigil setup`)
// maps the fields Kibana dashboards rely on; see its documentation.
package alerthistory

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"strconv"
	"time"

	"github.com/vigilops/vigil/alerting"
)

// Stats are a writer's counters.
type Stats struct {
	Recorded uint64 // records handed to Record
	Written  uint64 // records indexed (one already there, same id, counts too) or appended to the file
	Failed   uint64 // records the index refused for good (they are spilled), or file writes that failed
	Retries  uint64 // bulk requests or items tried again
	Spilled  uint64 // records written to the spill file instead of the index
	Lost     uint64 // records neither written nor spilled (logged)
	Buffered int    // records waiting now
}

// Document is the indexed form of a record.
type Document struct {
	Timestamp time.Time `json:"@timestamp"`
	Kind      string    `json:"kind"`
	Receiver  string    `json:"receiver,omitempty"`
	Group     string    `json:"group,omitempty"`
	Alert     AlertDoc  `json:"alert"`
	By        string    `json:"by,omitempty"`
	Comment   string    `json:"comment,omitempty"`
	Step      int       `json:"step,omitempty"`
}

// AlertDoc is the alert as indexed: the alert JSON (docs/architecture.md
// §4) with non-finite numbers and empty fields left out.
type AlertDoc struct {
	Fingerprint string            `json:"fingerprint"`
	Status      string            `json:"status"`
	Rule        string            `json:"rule"`
	Kind        string            `json:"kind,omitempty"`
	Severity    string            `json:"severity,omitempty"`
	Labels      map[string]string `json:"labels,omitempty"`
	Annotations map[string]string `json:"annotations,omitempty"`
	StartsAt    *time.Time        `json:"starts_at,omitempty"`
	EndsAt      *time.Time        `json:"ends_at,omitempty"`
	Value       *float64          `json:"value,omitempty"`
	Baseline    *float64          `json:"baseline,omitempty"`
	Threshold   *float64          `json:"threshold,omitempty"`
	KibanaURL   string            `json:"kibana_url,omitempty"`
	AckURL      string            `json:"ack_url,omitempty"`
	TraceIDs    []string          `json:"trace_ids,omitempty"`
	Samples     []string          `json:"samples,omitempty"`
}

// NewDocument returns the document of a record. Times are in UTC.
func NewDocument(r alerting.HistoryRecord) Document {
	a := r.Alert
	d := Document{
		Timestamp: r.Time.UTC(),
		Kind:      string(r.Kind),
		Receiver:  r.Receiver,
		Group:     r.Group,
		By:        r.By,
		Comment:   r.Comment,
		Step:      r.Step,
		Alert: AlertDoc{
			Fingerprint: a.Fingerprint,
			Status:      string(a.Status),
			Rule:        a.Rule,
			Kind:        a.Kind,
			Severity:    string(a.Severity),
			Labels:      a.Labels,
			Annotations: a.Annotations,
			Value:       finite(&a.Value),
			Baseline:    finite(a.Baseline),
			Threshold:   finite(a.Threshold),
			KibanaURL:   a.KibanaURL,
			AckURL:      a.AckURL,
			TraceIDs:    a.TraceIDs,
			Samples:     a.Samples,
		},
	}
	if !a.StartsAt.IsZero() {
		t := a.StartsAt.UTC()
		d.Alert.StartsAt = &t
	}
	if a.EndsAt != nil && !a.EndsAt.IsZero() {
		t := a.EndsAt.UTC()
		d.Alert.EndsAt = &t
	}
	return d
}

// finite returns a copy of *f, or nil for nil, NaN and infinities (which
// JSON cannot carry).
func finite(f *float64) *float64 {
	if f == nil || math.IsNaN(*f) || math.IsInf(*f, 0) {
		return nil
	}
	v := *f
	return &v
}

// ID is the document id of a record: a hash of its time, kind, receiver,
// alert fingerprint and escalation step. The same record always gets the
// same id.
func ID(r alerting.HistoryRecord) string {
	h := sha256.New()
	h.Write([]byte(r.Time.UTC().Format(time.RFC3339Nano)))
	for _, s := range []string{string(r.Kind), r.Receiver, r.Alert.Fingerprint, strconv.Itoa(r.Step)} {
		h.Write([]byte{0})
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil)[:20])
}

// IndexName is the daily index of a record: prefix, a dash and the
// record's UTC date (vigil-alerts-2026.12.05).
func IndexName(prefix string, t time.Time) string {
	return prefix + "-" + t.UTC().Format("2006.01.02")
}

// IndexPattern matches every daily index of prefix.
func IndexPattern(prefix string) string { return prefix + "-*" }

// entry is an encoded record.
type entry struct {
	index, id string
	doc       []byte
}

// encode turns records into entries. A record that cannot be encoded
// (it cannot happen with the types above; kept as a guard) is counted by
// the caller through the bad return.
func encode(prefix string, recs []alerting.HistoryRecord) (out []entry, bad int) {
	out = make([]entry, 0, len(recs))
	for _, r := range recs {
		doc, err := json.Marshal(NewDocument(r))
		if err != nil {
			bad++
			continue
		}
		out = append(out, entry{index: IndexName(prefix, r.Time), id: ID(r), doc: doc})
	}
	return out, bad
}
