package kafka

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/internal/backoff"
	"github.com/vigilops/vigil/pipeline/record"
)

// DeadLetter is a message that could not be processed (package record).
// Original must already be redacted by the caller: it is written as is.
type DeadLetter = record.DeadLetter

// Header keys set on every dead-letter record.
const (
	HeaderReason          = "vigil-reason"
	HeaderSourceTopic     = "vigil-source-topic"
	HeaderSourcePartition = "vigil-source-partition"
	HeaderSourceOffset    = "vigil-source-offset"
	HeaderAt              = "vigil-at"
)

// DLQ writes dead letters to Kafka: to Config.DLQTopic when set, otherwise
// to "<source topic>.dlq". Each Send waits for the write to be acknowledged
// by all in-sync replicas, and retries transient failures with backoff.
type DLQ struct {
	w     *kafkago.Writer
	topic string
	log   zerolog.Logger

	attempts   int
	minBackoff time.Duration
	maxBackoff time.Duration
}

// NewDLQ validates cfg and prepares the producer; it connects lazily.
func NewDLQ(cfg Config, log zerolog.Logger) (*DLQ, error) {
	cfg = cfg.WithDefaults()
	if !cfg.DLQEnabled() {
		return nil, errors.New("kafka dlq: dlq_topic is \"-\": the Kafka dead-letter topic is disabled")
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("kafka dlq: %w", err)
	}
	tr, err := cfg.Transport()
	if err != nil {
		return nil, fmt.Errorf("kafka dlq: %w", err)
	}
	log = log.With().Str("component", "kafka-dlq").Logger()
	return &DLQ{
		w: &kafkago.Writer{
			Addr:                   kafkago.TCP(cfg.Brokers...),
			Balancer:               &kafkago.Hash{},
			RequiredAcks:           kafkago.RequireAll,
			MaxAttempts:            3,
			WriteBackoffMin:        50 * time.Millisecond,
			WriteBackoffMax:        time.Second,
			BatchTimeout:           cfg.Producer.BatchTimeout,
			BatchSize:              cfg.Producer.BatchSize,
			AllowAutoTopicCreation: true,
			Transport:              tr,
			ErrorLogger:            warnLogger(log),
		},
		topic:      cfg.DLQTopic,
		log:        log,
		attempts:   5,
		minBackoff: 100 * time.Millisecond,
		maxBackoff: 2 * time.Second,
	}, nil
}

// TopicFor returns the dead-letter topic for a source topic.
func (d *DLQ) TopicFor(sourceTopic string) string {
	if d.topic != "" {
		return d.topic
	}
	return sourceTopic + dlqSuffix
}

// EncodeDeadLetter builds the record written for dl (topic unset): key
// "<topic>/<partition>/<offset>", the dead letter's JSON (the value every
// dead-letter queue stores, DeadLetter.AppendJSON) and vigil-* headers.
func EncodeDeadLetter(dl DeadLetter) kafkago.Message {
	at := dl.At.UTC().Format(time.RFC3339Nano)
	part, off := strconv.Itoa(dl.Partition), strconv.FormatInt(dl.Offset, 10)
	return kafkago.Message{
		Key:   []byte(dl.Topic + "/" + part + "/" + off),
		Value: dl.AppendJSON(make([]byte, 0, len(dl.Original)+128)),
		Time:  dl.At,
		Headers: []kafkago.Header{
			{Key: HeaderReason, Value: []byte(dl.Reason)},
			{Key: HeaderSourceTopic, Value: []byte(dl.Topic)},
			{Key: HeaderSourcePartition, Value: []byte(part)},
			{Key: HeaderSourceOffset, Value: []byte(off)},
			{Key: HeaderAt, Value: []byte(at)},
		},
	}
}

// Send writes dl and returns once the brokers acknowledged it, or with the
// last error after a few attempts (transient errors only) or when ctx ends.
func (d *DLQ) Send(ctx context.Context, dl DeadLetter) error {
	msg := EncodeDeadLetter(dl)
	var err error
	msg.Topic = d.TopicFor(dl.Topic)
	for attempt := 1; ; attempt++ {
		err = d.w.WriteMessages(ctx, msg)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("kafka dlq: write to %q: %w", msg.Topic, ctx.Err())
		}
		if attempt >= d.attempts || !retriable(err) {
			return fmt.Errorf("kafka dlq: write to %q failed after %d attempts: %w", msg.Topic, attempt, err)
		}
		wait := backoff.Exp(d.minBackoff, d.maxBackoff, attempt)
		d.log.Warn().Err(err).Str("topic", msg.Topic).Int("attempt", attempt).Dur("backoff", wait).Msg("dead-letter write failed, retrying")
		if !backoff.Sleep(ctx, wait) {
			return fmt.Errorf("kafka dlq: write to %q: %w", msg.Topic, ctx.Err())
		}
	}
}

// Close flushes and closes the producer.
func (d *DLQ) Close() error {
	if err := closeWriter(d.w); err != nil {
		return fmt.Errorf("kafka dlq: close: %w", err)
	}
	return nil
}

// retriable says whether a write error may go away by itself: Kafka errors
// that the protocol marks temporary, and network errors. Authorization,
// oversized records and invalid topics are not.
func retriable(err error) bool {
	var we kafkago.WriteErrors
	if errors.As(err, &we) {
		for _, e := range we {
			if e != nil && !retriable(e) {
				return false
			}
		}
		return true
	}
	var ke kafkago.Error
	if errors.As(err, &ke) {
		return ke.Temporary()
	}
	var tooLarge kafkago.MessageTooLargeError
	if errors.As(err, &tooLarge) {
		return false
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	return !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded)
}
