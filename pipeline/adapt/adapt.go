// Package adapt joins the pipeline's seams to their implementations: the
// Kafka consumer-group source and dead-letter producer, the Elasticsearch
// bulk indexer (or the local index) and the Elasticsearch history reader.
// It sits above both, so that package pipeline imports neither.
package adapt

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/sinks/elasticsearch"
)

// KafkaSource adapts a Kafka consumer-group source.
func KafkaSource(s *kafka.Source) pipeline.Source { return kafkaSource{s} }

type kafkaSource struct{ s *kafka.Source }

func (k kafkaSource) Fetch(ctx context.Context) (pipeline.Message, error) {
	m, err := k.s.Fetch(ctx)
	if err != nil {
		return pipeline.Message{}, err
	}
	return pipeline.Message{Value: m.Value, Source: event.Source{Topic: m.Topic, Partition: m.Partition, Offset: m.Offset}}, nil
}

// CaughtUp implements pipeline.Health.
func (k kafkaSource) CaughtUp() (bool, string) { return k.s.CaughtUp() }

// SetIdleAfter implements pipeline.IdleAware.
func (k kafkaSource) SetIdleAfter(d time.Duration) { k.s.SetIdleAfter(d) }

func (k kafkaSource) Ack(m pipeline.Message) {
	k.s.Ack(kafka.Message{Topic: m.Source.Topic, Partition: m.Source.Partition, Offset: m.Source.Offset})
}

// KafkaDLQ adapts the Kafka dead-letter producer.
func KafkaDLQ(d *kafka.DLQ) pipeline.DeadLetters { return kafkaDLQ{d} }

type kafkaDLQ struct{ d *kafka.DLQ }

func (k kafkaDLQ) Send(ctx context.Context, dl pipeline.DeadLetter) error {
	return k.d.Send(ctx, kafka.DeadLetter{Reason: dl.Reason, Topic: dl.Source.Topic, Partition: dl.Source.Partition,
		Offset: dl.Source.Offset, Original: dl.Original, At: dl.At})
}

// ESAdder is what the Elasticsearch indexer and the local index share.
type ESAdder interface {
	Add(ctx context.Context, doc elasticsearch.Document) error
}

// ElasticsearchIndexer adapts the Elasticsearch bulk indexer or the local
// index. A permanent per-document refusal becomes a *pipeline.RejectedError whose
// reason is the status and error type only: Elasticsearch's own reason text
// can quote a field's value.
func ElasticsearchIndexer(ix ESAdder) pipeline.Indexer { return esIndexer{ix} }

type esIndexer struct{ ix ESAdder }

func (e esIndexer) Add(ctx context.Context, d pipeline.Document) error {
	done := d.Done
	return e.ix.Add(ctx, elasticsearch.Document{Index: d.Index, ID: d.ID, Body: d.Body, Done: func(err error) {
		var rej *elasticsearch.RejectedError
		if errors.As(err, &rej) {
			err = &pipeline.RejectedError{Reason: strconv.Itoa(rej.Status) + " " + rej.Type}
		}
		done(err)
	}})
}

// HistorySource adapts an Elasticsearch history reader: each document read
// back is a message, numbered in reading order under its index's name.
// There is nothing to acknowledge; io.EOF ends it.
func HistorySource(h *elasticsearch.History) pipeline.Source { return &historySource{h: h} }

type historySource struct {
	h *elasticsearch.History
	n int64
}

func (s *historySource) Fetch(ctx context.Context) (pipeline.Message, error) {
	hit, err := s.h.Next(ctx)
	if err != nil {
		return pipeline.Message{}, err
	}
	s.n++
	return pipeline.Message{Value: hit.Source, Source: event.Source{Topic: hit.Index, Offset: s.n - 1}}, nil
}

func (s *historySource) Ack(pipeline.Message) {}
