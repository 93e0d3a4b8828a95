// Package record holds the values that cross the pipeline's seams: a raw
// message from a source, a dead letter, a document for the index, and the
// index's refusal of one. The pipeline declares the seams that take them
// (package pipeline); the Kafka source and dead-letter producer, the
// Elasticsearch indexer and the local index implement those seams with
// these same types, so nothing is copied field by field between them.
//
// It imports only the standard library and package event.
package record

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/vigilops/vigil/event"
)

// Message is one raw log line and where it came from: a Kafka record, a
// line of a file, a document read back from the index.
type Message struct {
	// Source is the message's position: topic (or file or index name),
	// partition and offset (or line number). Its ID is the document id.
	event.Source
	Key   []byte
	Value []byte
	// Time is the record's own timestamp (Kafka's), zero when the source
	// has none. Event time is the event's @timestamp, not this.
	Time time.Time
}

// DeadLetter is a message that could not be processed, with why. Original
// is already redacted by whoever made the dead letter: it is stored as is.
type DeadLetter struct {
	Reason string
	// Source is where the message came from.
	event.Source
	Original []byte
	// At is the event time when the message decoded, else zero.
	At time.Time
}

// Document is one document to index.
type Document struct {
	// Index is the concrete index name.
	Index string
	// ID is the document _id; derived from the source position so that a
	// replay overwrites. Empty lets the index choose (not idempotent).
	ID string
	// Body is the JSON object to store.
	Body []byte
	// Done, if not nil, is called exactly once with the outcome: nil when
	// stored, a *RejectedError when refused for good, another error when
	// indexing was abandoned (shutdown). It is called from the indexer's
	// goroutines and must not block for long; in particular it must not
	// wait for an Add call to return.
	Done func(err error)
}

// RejectedError is the Done error of a document that the index refused
// for good (a mapping conflict, a 400): retrying will not help, and the
// caller dead-letters it. Reason is cut before any preview of a field's
// value; Code is safe to store anywhere.
type RejectedError struct {
	Status int    // the HTTP status of the refusal (400, 413…)
	Type   string // the index's error type, e.g. mapper_parsing_exception
	Reason string
}

// Error implements error.
func (e *RejectedError) Error() string {
	return fmt.Sprintf("rejected by the index: %d %s: %s", e.Status, e.Type, e.Reason)
}

// Code is the status and error type ("400 mapper_parsing_exception"),
// without the index's reason text, which can quote a field's value.
func (e *RejectedError) Code() string { return strconv.Itoa(e.Status) + " " + e.Type }

// AppendJSON encodes a dead letter as the one JSON object every dead-letter
// queue of vigil stores (a Kafka record's value, a line of a file):
// reason, source position, the redacted original and, when known, the
// event time as @timestamp.
func (dl DeadLetter) AppendJSON(b []byte) []byte {
	b = append(b, `{"reason":`...)
	b = event.AppendString(b, dl.Reason)
	b = append(b, `,"topic":`...)
	b = event.AppendString(b, dl.Topic)
	b = append(b, `,"partition":`...)
	b = strconv.AppendInt(b, int64(dl.Partition), 10)
	b = append(b, `,"offset":`...)
	b = strconv.AppendInt(b, dl.Offset, 10)
	b = append(b, `,"original":`...)
	b = event.AppendString(b, string(dl.Original))
	if !dl.At.IsZero() {
		b = append(b, `,"@timestamp":`...)
		b = event.AppendString(b, dl.At.UTC().Format(time.RFC3339Nano))
	}
	return append(b, '}')
}

// DecodeDeadLetter parses what AppendJSON wrote.
func DecodeDeadLetter(b []byte) (DeadLetter, error) {
	var r struct {
		Reason    string `json:"reason"`
		Topic     string `json:"topic"`
		Partition int    `json:"partition"`
		Offset    int64  `json:"offset"`
		Original  string `json:"original"`
		At        string `json:"@timestamp"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return DeadLetter{}, fmt.Errorf("dead letter: %w", err)
	}
	dl := DeadLetter{Reason: r.Reason, Source: event.Source{Topic: r.Topic, Partition: r.Partition, Offset: r.Offset}, Original: []byte(r.Original)}
	if r.At != "" {
		at, err := time.Parse(time.RFC3339Nano, r.At)
		if err != nil {
			return DeadLetter{}, fmt.Errorf("dead letter: @timestamp: %w", err)
		}
		dl.At = at
	}
	return dl, nil
}
