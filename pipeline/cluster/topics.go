package cluster

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/pipeline/kafka"
)

// client is what the cluster's producers and readers share: the brokers
// and the dialer (TLS, SASL) of the source's configuration.
type client struct {
	brokers []string
	dialer  *kafkago.Dialer
	tr      *kafkago.Transport
	log     zerolog.Logger
}

func newClient(kc kafka.Config, log zerolog.Logger) (*client, error) {
	kc = kc.WithDefaults()
	if len(kc.Brokers) == 0 {
		return nil, errors.New("cluster: kafka.brokers is empty")
	}
	d, err := kc.Dialer()
	if err != nil {
		return nil, fmt.Errorf("cluster: %w", err)
	}
	tr, err := kc.Transport()
	if err != nil {
		return nil, fmt.Errorf("cluster: %w", err)
	}
	return &client{brokers: kc.Brokers, dialer: d, tr: tr, log: log}, nil
}

// maxBatchBytes bounds a produce request's batch below the brokers'
// default message.max.bytes (1 MiB); stage two's state is written in
// chunks of stateChunk bytes.
const (
	maxBatchBytes = 1_000_000
	stateChunk    = 256 << 10
)

// writer is a synchronous producer to topic, acknowledged by every in-sync
// replica, placing records with balancer.
func (c *client) writer(topic string) *kafkago.Writer {
	return &kafkago.Writer{
		Addr:                   kafkago.TCP(c.brokers...),
		Topic:                  topic,
		Balancer:               balancer{},
		RequiredAcks:           kafkago.RequireAll,
		MaxAttempts:            5,
		WriteBackoffMin:        50 * time.Millisecond,
		WriteBackoffMax:        time.Second,
		BatchSize:              1000,
		BatchBytes:             maxBatchBytes,
		BatchTimeout:           2 * time.Millisecond,
		WriteTimeout:           10 * time.Second,
		AllowAutoTopicCreation: true,
		Transport:              c.tr,
	}
}

// partitions returns the partition count of topic.
func (c *client) partitions(ctx context.Context, topic string) (int, error) {
	var last error
	for _, b := range c.brokers {
		ps, err := c.dialer.LookupPartitions(ctx, "tcp", b, topic)
		if err == nil {
			if len(ps) == 0 {
				return 0, fmt.Errorf("cluster: topic %q has no partitions", topic)
			}
			return len(ps), nil
		}
		last = err
	}
	return 0, fmt.Errorf("cluster: partitions of %q: %w", topic, last)
}

// topics lists the cluster's topics. It asks for all of them: a metadata
// request naming a missing topic makes a broker that auto-creates topics
// (auto.create.topics.enable, Kafka's default) create it, with the
// broker's default partitions and cleanup policy instead of the ones
// EnsureTopics would give it.
func (c *client) topics(ctx context.Context) (map[string]bool, error) {
	var last error
	for _, b := range c.brokers {
		conn, err := c.dialer.DialContext(ctx, "tcp", b)
		if err != nil {
			last = err
			continue
		}
		if dl, ok := ctx.Deadline(); ok {
			_ = conn.SetDeadline(dl)
		}
		ps, err := conn.ReadPartitions()
		conn.Close()
		if err != nil {
			last = err
			continue
		}
		out := make(map[string]bool, len(ps))
		for _, p := range ps {
			out[p.Topic] = true
		}
		return out, nil
	}
	return nil, last
}

// TopicSpec is a topic to create when it does not exist.
type TopicSpec struct {
	Name       string
	Partitions int
	Compact    bool
}

// EnsureTopics creates the topics that do not exist yet (an existing
// topic is left as it is). A broker that refuses to create topics is no
// error when they exist.
func EnsureTopics(ctx context.Context, kc kafka.Config, log zerolog.Logger, specs ...TopicSpec) error {
	c, err := newClient(kc, log)
	if err != nil {
		return err
	}
	exists, err := c.topics(ctx)
	if err != nil {
		return fmt.Errorf("cluster: listing topics: %w", err)
	}
	var missing []kafkago.TopicConfig
	for _, s := range specs {
		if exists[s.Name] {
			continue
		}
		tc := kafkago.TopicConfig{Topic: s.Name, NumPartitions: max(s.Partitions, 1), ReplicationFactor: -1}
		if s.Compact {
			tc.ConfigEntries = []kafkago.ConfigEntry{{ConfigName: "cleanup.policy", ConfigValue: "compact"}}
		}
		missing = append(missing, tc)
	}
	if len(missing) == 0 {
		return nil
	}
	conn, err := c.dialer.DialContext(ctx, "tcp", c.brokers[0])
	if err != nil {
		return fmt.Errorf("cluster: creating topics: %w", err)
	}
	defer conn.Close()
	ctl, err := conn.Controller()
	if err != nil {
		return fmt.Errorf("cluster: creating topics: %w", err)
	}
	cc, err := c.dialer.DialContext(ctx, "tcp", fmt.Sprintf("%s:%d", ctl.Host, ctl.Port))
	if err != nil {
		return fmt.Errorf("cluster: creating topics: %w", err)
	}
	defer cc.Close()
	if err := cc.CreateTopics(missing...); err != nil && !errors.Is(err, kafkago.TopicAlreadyExists) {
		return fmt.Errorf("cluster: creating topics: %w", err)
	}
	for _, m := range missing {
		log.Info().Str("topic", m.Topic).Int("partitions", m.NumPartitions).Msg("topic created")
	}
	return nil
}

// readPartition reads one partition of topic from its first offset to its
// end as of the call, handing each record to fn in offset order.
func (c *client) readPartition(ctx context.Context, topic string, partition int, fn func(m kafkago.Message) error) error {
	_, err := c.readPartitionEnd(ctx, topic, partition, fn)
	return err
}

// readPartitionEnd is readPartition, returning the offset it read up to
// (the partition's end as of the call).
func (c *client) readPartitionEnd(ctx context.Context, topic string, partition int, fn func(m kafkago.Message) error) (int64, error) {
	first, last, err := c.offsets(ctx, topic, partition)
	if err != nil {
		return 0, err
	}
	return last, c.readRange(ctx, topic, partition, first, last, fn)
}

// offsets returns the first offset of one partition of topic and its end
// (the offset the next record will have).
func (c *client) offsets(ctx context.Context, topic string, partition int) (first, last int64, err error) {
	var conn *kafkago.Conn
	for _, b := range c.brokers {
		if conn, err = c.dialer.DialLeader(ctx, "tcp", b, topic, partition); err == nil {
			break
		}
	}
	if err != nil {
		return 0, 0, fmt.Errorf("cluster: reading %s/%d: %w", topic, partition, err)
	}
	first, last, err = conn.ReadOffsets()
	conn.Close()
	if err != nil {
		return 0, 0, fmt.Errorf("cluster: reading %s/%d: %w", topic, partition, err)
	}
	return first, last, nil
}

// readFetchBytes and readFetchWait bound one fetch of readRange. The
// reader allows a response the fetch's wait and a quarter more to arrive
// (then fetches again from the same offset): a response of tens of
// megabytes that a loaded broker takes longer than that to assemble never
// arrives and the read makes no progress, while a megabyte at a time
// always moves it on (a larger batch still comes whole).
const (
	readFetchBytes = 1 << 20
	readFetchWait  = 500 * time.Millisecond
)

// readRange hands fn the records of one partition of topic from offset
// from (or the first kept after it) up to to, in offset order.
func (c *client) readRange(ctx context.Context, topic string, partition int, from, to int64, fn func(m kafkago.Message) error) error {
	if to <= from {
		return nil
	}
	rd := kafkago.NewReader(kafkago.ReaderConfig{
		Brokers: c.brokers, Topic: topic, Partition: partition, Dialer: c.dialer,
		MaxWait: readFetchWait, MaxBytes: readFetchBytes, ReadLagInterval: -1,
	})
	defer rd.Close()
	if err := rd.SetOffset(from); err != nil {
		return fmt.Errorf("cluster: reading %s/%d: %w", topic, partition, err)
	}
	for {
		m, err := rd.FetchMessage(ctx)
		if err != nil {
			return fmt.Errorf("cluster: reading %s/%d: %w", topic, partition, err)
		}
		if err := fn(m); err != nil {
			return err
		}
		if m.Offset >= to-1 {
			return nil
		}
	}
}

// readLatest reads every partition of a compacted topic and returns the
// last value of each key, in key order.
func (c *client) readLatest(ctx context.Context, topic string) (keys []string, vals map[string][]byte, err error) {
	n, err := c.partitions(ctx, topic)
	if err != nil {
		return nil, nil, err
	}
	vals = map[string][]byte{}
	for p := range n {
		err := c.readPartition(ctx, topic, p, func(m kafkago.Message) error {
			if m.Value == nil {
				delete(vals, string(m.Key)) // a tombstone
			} else {
				vals[string(m.Key)] = m.Value
			}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	for k := range vals {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys, vals, nil
}

// readState returns the last complete state of partition q (of the
// partials topic, or dispatchPartition) on the state topic.
func (c *client) readState(ctx context.Context, stateTopic string, q int) (state, bool, error) {
	n, err := c.partitions(ctx, stateTopic)
	if err != nil {
		return state{}, false, err
	}
	return c.readStateOn(ctx, stateTopic, PartitionOf(stateKey(q), n), q)
}

// stateTail is how many records at the end of a state partition are read
// first for a partition's last checkpoint; the span doubles until it
// holds the checkpoint's index and every chunk, or the whole partition.
const stateTail = 256

// readStateOn returns the last complete state of q on state partition sp.
// A checkpoint is written at the partition's end, so it is looked for
// there: the time to restore a partition does not grow with the number of
// checkpoints written before (a compacted topic keeps them until its
// segments roll).
func (c *client) readStateOn(ctx context.Context, stateTopic string, sp, q int) (state, bool, error) {
	first, last, err := c.offsets(ctx, stateTopic, sp)
	if err != nil {
		return state{}, false, err
	}
	for span := int64(stateTail); ; span *= 2 {
		from := max(first, last-span)
		r := newStateReader(q)
		if err := c.readRange(ctx, stateTopic, sp, from, last, r.add); err != nil {
			return state{}, false, err
		}
		st, ok, err := r.result()
		if from == first || (err == nil && r.seen) {
			return st, ok, err
		}
	}
}

// Partitions returns the partition count of topic.
func Partitions(ctx context.Context, kc kafka.Config, topic string) (int, error) {
	c, err := newClient(kc, zerolog.Nop())
	if err != nil {
		return 0, err
	}
	return c.partitions(ctx, topic)
}

// PartitionState is the last checkpoint of stage two for one partials
// partition.
type PartitionState struct {
	// Covered is the partials offset it covers (every record below).
	Covered int64
	// Snapshot is the engine's (rules.Engine.Restore reads it).
	Snapshot []byte
	// Instance wrote it, at At.
	Instance string
	At       time.Time
}

// ReadState returns the last stage-two checkpoint of every partials
// partition that has one, for inspection (and for the tests: every
// partition's series are in exactly one of them).
func ReadState(ctx context.Context, kc kafka.Config, cfg Config) (map[int]PartitionState, error) {
	c, err := newClient(kc, zerolog.Nop())
	if err != nil {
		return nil, err
	}
	n, err := c.partitions(ctx, cfg.PartialsTopic)
	if err != nil {
		return nil, err
	}
	ns, err := c.partitions(ctx, cfg.StateTopic)
	if err != nil {
		return nil, err
	}
	out := map[int]PartitionState{}
	for q := range n {
		st, ok, err := c.readStateOn(ctx, cfg.StateTopic, PartitionOf(stateKey(q), ns), q)
		if err != nil {
			return nil, err
		}
		if ok {
			out[q] = PartitionState{Covered: st.Covered, Snapshot: st.Rules, Instance: st.Instance, At: st.At}
		}
	}
	return out, nil
}
