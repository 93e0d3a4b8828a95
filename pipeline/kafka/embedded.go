package kafka

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// Embedded is an in-process Kafka broker on 127.0.0.1 that speaks the real
// wire protocol, for `vigil demo` and tests. It keeps data in memory only.
// Topics that do not exist are created on first use (DLQ topics included)
// with the same partition count as the seeded ones.
type Embedded struct {
	c *kfake.Cluster
}

// StartEmbedded starts a one-broker cluster on a free loopback port with
// the given topics, each with partitions partitions. Consumer groups may use
// session timeouts down to 100ms, so tests can use short group timings.
func StartEmbedded(partitions int, topics ...string) (*Embedded, error) {
	if partitions <= 0 {
		return nil, fmt.Errorf("embedded kafka: partitions must be positive, got %d", partitions)
	}
	for i, t := range topics {
		if err := checkTopicName(t); err != nil {
			return nil, fmt.Errorf("embedded kafka: topics[%d]: %w", i, err)
		}
	}
	opts := []kfake.Opt{
		kfake.NumBrokers(1),
		kfake.AllowAutoTopicCreation(),
		kfake.DefaultNumPartitions(partitions),
		kfake.GroupMinSessionTimeout(100 * time.Millisecond),
	}
	if len(topics) > 0 {
		opts = append(opts, kfake.SeedTopics(int32(partitions), topics...))
	}
	c, err := kfake.NewCluster(opts...)
	if err != nil {
		return nil, fmt.Errorf("embedded kafka: %w", err)
	}
	return &Embedded{c: c}, nil
}

// Addrs returns the broker addresses (127.0.0.1:port).
func (e *Embedded) Addrs() []string { return e.c.ListenAddrs() }

// Config returns a client configuration for this broker with group timings
// short enough for an interactive demo or a test.
func (e *Embedded) Config(topics ...string) Config {
	return Config{
		Brokers:        e.Addrs(),
		Topics:         topics,
		CommitInterval: 100 * time.Millisecond,
		MaxWait:        100 * time.Millisecond,
		// The reader allows a fetch response a quarter of MaxWait beyond
		// the broker's wait; the in-process broker assembles a response
		// in time proportional to its size, so responses stay small
		// enough to arrive on a loaded machine (or the fetch is made again
		// and again from one offset).
		MaxBytes: 1 << 20,
		Group: GroupConfig{
			HeartbeatInterval: 100 * time.Millisecond,
			SessionTimeout:    time.Second,
			RebalanceTimeout:  time.Second,
			JoinGroupBackoff:  100 * time.Millisecond,
			DialTimeout:       2 * time.Second,
		},
	}
}

// CreateTopic creates a topic with the given partition count.
func (e *Embedded) CreateTopic(topic string, partitions int) error {
	if err := checkTopicName(topic); err != nil {
		return fmt.Errorf("embedded kafka: %w", err)
	}
	if err := e.c.CreateTopic(topic, int32(partitions), nil); err != nil {
		return fmt.Errorf("embedded kafka: create topic %q: %w", topic, err)
	}
	return nil
}

// AddPartitions grows topic to total partitions, as an operator would.
func (e *Embedded) AddPartitions(topic string, total int) error {
	req := kmsg.NewPtrCreatePartitionsRequest()
	rt := kmsg.NewCreatePartitionsRequestTopic()
	rt.Topic, rt.Count = topic, int32(total)
	req.Topics = append(req.Topics, rt)
	req.TimeoutMillis = 5000
	cl, err := kgo.NewClient(kgo.SeedBrokers(e.Addrs()...))
	if err != nil {
		return fmt.Errorf("embedded kafka: %w", err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	resp, err := req.RequestWith(ctx, cl)
	if err != nil {
		return fmt.Errorf("embedded kafka: add partitions to %q: %w", topic, err)
	}
	for _, t := range resp.Topics {
		if err := kerr.ErrorForCode(t.ErrorCode); err != nil {
			return fmt.Errorf("embedded kafka: add partitions to %q: %w", topic, err)
		}
	}
	return nil
}

// Committed returns the consumer group's committed offsets by topic and
// partition (Kafka convention: the next offset to consume), or nil if the
// group is unknown.
func (e *Embedded) Committed(group string) map[string]map[int]int64 {
	gi := e.c.GroupInfo(group)
	if gi == nil {
		return nil
	}
	out := make(map[string]map[int]int64, len(gi.Commits))
	for topic, ps := range gi.Commits {
		m := make(map[int]int64, len(ps))
		for p, c := range ps {
			m[int(p)] = c.Offset
		}
		out[topic] = m
	}
	return out
}

// EndOffsets returns each partition's high watermark (the offset the next
// record will get), or an error if the topic does not exist.
func (e *Embedded) EndOffsets(topic string) (map[int]int64, error) {
	infos := e.c.PartitionInfos(topic)
	if infos == nil {
		return nil, errors.New("embedded kafka: unknown topic " + topic)
	}
	out := make(map[int]int64, len(infos))
	for _, pi := range infos {
		out[int(pi.Partition)] = pi.HighWatermark
	}
	return out, nil
}

// Close stops the broker; its data is gone.
func (e *Embedded) Close() { e.c.Close() }
