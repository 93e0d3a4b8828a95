package kafka

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"
)

// Writer is a plain batched producer to one topic, for the demo's traffic
// simulator and tools. Records are spread by key hash (or round-robin when
// the key is nil) and acknowledged by the partition leader.
type Writer struct {
	w     *kafkago.Writer
	async bool
	log   zerolog.Logger

	failed   atomic.Int64
	written  atomic.Int64 // asynchronous writes acknowledged
	mu       sync.Mutex
	firstErr error
}

// NewWriter prepares a producer for topic; it connects lazily. With
// cfg.Producer.Async, WriteMessages returns at once and failures are
// logged, counted (Failed) and returned by Close.
func NewWriter(cfg Config, topic string, log zerolog.Logger) (*Writer, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("kafka writer: %w", err)
	}
	if err := checkTopicName(topic); err != nil {
		return nil, fmt.Errorf("kafka writer: %w", err)
	}
	tr, err := cfg.Transport()
	if err != nil {
		return nil, fmt.Errorf("kafka writer: %w", err)
	}
	w := &Writer{async: cfg.Producer.Async, log: log.With().Str("component", "kafka-writer").Str("topic", topic).Logger()}
	w.w = &kafkago.Writer{
		Addr:                   kafkago.TCP(cfg.Brokers...),
		Topic:                  topic,
		Balancer:               &kafkago.Hash{},
		RequiredAcks:           kafkago.RequireOne,
		MaxAttempts:            3,
		WriteBackoffMin:        50 * time.Millisecond,
		WriteBackoffMax:        500 * time.Millisecond,
		BatchSize:              cfg.Producer.BatchSize,
		BatchTimeout:           cfg.Producer.BatchTimeout,
		Async:                  cfg.Producer.Async,
		AllowAutoTopicCreation: true,
		Transport:              tr,
		ErrorLogger:            warnLogger(w.log),
	}
	if w.async {
		w.w.Completion = func(msgs []kafkago.Message, err error) {
			if err != nil {
				w.fail(len(msgs), err)
				return
			}
			w.written.Add(int64(len(msgs)))
		}
	}
	return w, nil
}

func (w *Writer) fail(n int, err error) {
	if w.failed.Add(int64(n)) == int64(n) {
		w.log.Warn().Err(err).Int("messages", n).Msg("asynchronous write failed")
	}
	w.mu.Lock()
	if w.firstErr == nil {
		w.firstErr = err
	}
	w.mu.Unlock()
}

// WriteMessages writes msgs (their Topic must be empty). Synchronous mode
// returns once the batch is acknowledged; async mode returns at once.
func (w *Writer) WriteMessages(ctx context.Context, msgs ...kafkago.Message) error {
	if err := w.w.WriteMessages(ctx, msgs...); err != nil {
		return fmt.Errorf("kafka writer: %w", err)
	}
	return nil
}

// Written is the number of messages whose asynchronous write the broker
// acknowledged.
func (w *Writer) Written() int64 { return w.written.Load() }

// Failed is the number of messages whose asynchronous write failed.
func (w *Writer) Failed() int64 { return w.failed.Load() }

// Close flushes pending messages and closes the producer. It returns the
// first asynchronous write error, if any.
func (w *Writer) Close() error {
	err := closeWriter(w.w)
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.firstErr != nil {
		err = errors.Join(err, fmt.Errorf("kafka writer: %d messages failed, first: %w", w.failed.Load(), w.firstErr))
	}
	return err
}

// closeWriter closes w and then the connections of its transport, which
// kafka-go closes only for a transport it made itself: without this each
// closed writer left its connection goroutines running.
func closeWriter(w *kafkago.Writer) error {
	err := w.Close()
	if tr, ok := w.Transport.(*kafkago.Transport); ok {
		tr.CloseIdleConnections()
	}
	return err
}
