package cluster

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/internal/backoff"
	"github.com/vigilops/vigil/pipeline/kafka"
)

// Operators change the cluster's alerts through any instance's API; Ops
// carries those changes to where they act.
//
// Silences added at run time are replicated. Each version of one (added,
// expired) is a record of the state topic's partition 0 under the key
// silence/<id>; the topic is compacted, so the latest version of every
// silence stays. Every instance reads them as it starts (Load) and
// follows them (Run), handing each to its dispatchers: its own, which
// tells vigil's alerts about itself, and the cluster's while it
// dispatches. So every instance lists the same silences, and the
// cluster's alerts are muted by a silence whichever instance was asked.
//
// Acknowledgements are commands: a record of the alerts topic's partition
// 0 under the key cmd/ack, applied by the dispatching instance in the
// topic's order (Dispatch), after the alerts that came before it.
type Ops struct {
	cfg           Config
	log           zerolog.Logger
	cl            *client
	state, alerts *kafkago.Writer

	mu       sync.Mutex
	silences map[string]alerting.SilenceInfo
	sinks    []func(alerting.SilenceInfo)
	next     int64 // the state partition's offset Run follows from
	loaded   bool
}

// Ack is an acknowledgement sent to the dispatching instance.
type Ack struct {
	Fingerprint string `json:"fingerprint"`
	// Token is the acknowledgement link's (empty: an API acknowledgement).
	Token    string    `json:"token,omitempty"`
	By       string    `json:"by,omitempty"`
	Comment  string    `json:"comment,omitempty"`
	Instance string    `json:"instance"`
	At       time.Time `json:"at"`
}

const (
	prefixSilence = "silence/"
	keyAck        = "cmd/ack"
	opsPartition  = 0
)

// NewOps prepares the operators' changes of a cluster; cfg must have its
// defaults.
func NewOps(cfg Config, kc kafka.Config, log zerolog.Logger) (*Ops, error) {
	log = log.With().Str("component", "cluster-ops").Logger()
	cl, err := newClient(kc, log)
	if err != nil {
		return nil, err
	}
	return &Ops{cfg: cfg, log: log, cl: cl, state: cl.writer(cfg.StateTopic), alerts: cl.writer(cfg.AlertsTopic),
		silences: map[string]alerting.SilenceInfo{}}, nil
}

// Load reads the silences written so far. Call it before Run and before
// serving requests.
func (o *Ops) Load(ctx context.Context) error {
	end, err := o.cl.readPartitionEnd(ctx, o.cfg.StateTopic, opsPartition, func(m kafkago.Message) error {
		o.take(m)
		return nil
	})
	if err != nil {
		return fmt.Errorf("cluster: reading the silences: %w", err)
	}
	o.mu.Lock()
	o.next, o.loaded = end, true
	o.mu.Unlock()
	return nil
}

// OnSilence adds f to what is handed every silence read from now on (by
// Run): a dispatcher's ApplySilence.
func (o *Ops) OnSilence(f func(alerting.SilenceInfo)) {
	o.mu.Lock()
	o.sinks = append(o.sinks, f)
	o.mu.Unlock()
}

// Silences returns the silences read so far, in id order.
func (o *Ops) Silences() []alerting.SilenceInfo {
	o.mu.Lock()
	defer o.mu.Unlock()
	out := make([]alerting.SilenceInfo, 0, len(o.silences))
	for _, s := range o.silences {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b alerting.SilenceInfo) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// take keeps one record of the state partition when it is a silence, and
// hands it on. A version older than the one held is dropped.
func (o *Ops) take(m kafkago.Message) {
	if !bytes.HasPrefix(m.Key, []byte(prefixSilence)) || m.Value == nil {
		return
	}
	var info alerting.SilenceInfo
	if err := json.Unmarshal(m.Value, &info); err != nil || info.ID == "" {
		o.log.Warn().Int64("offset", m.Offset).Msg("skipping a bad silence record")
		return
	}
	o.mu.Lock()
	if held, ok := o.silences[info.ID]; ok && info.UpdatedAt.Before(held.UpdatedAt) {
		o.mu.Unlock()
		return
	}
	o.silences[info.ID] = info
	sinks := slices.Clone(o.sinks)
	o.mu.Unlock()
	for _, f := range sinks {
		f(info)
	}
}

// Run follows the state partition's silences from where Load ended until
// ctx ends.
func (o *Ops) Run(ctx context.Context) error {
	o.mu.Lock()
	next, loaded := o.next, o.loaded
	o.mu.Unlock()
	if !loaded {
		return errors.New("cluster: Ops.Run before Load")
	}
	rd := kafkago.NewReader(kafkago.ReaderConfig{
		Brokers: o.cl.brokers, Topic: o.cfg.StateTopic, Partition: opsPartition, Dialer: o.cl.dialer,
		MaxWait: readFetchWait, MaxBytes: readFetchBytes, ReadLagInterval: -1,
	})
	defer rd.Close()
	if err := rd.SetOffset(next); err != nil {
		return fmt.Errorf("cluster: following the silences: %w", err)
	}
	fails := 0
	for {
		m, err := rd.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			fails++
			if fails == 1 || fails%20 == 0 {
				o.log.Warn().Err(err).Int("failures", fails).Msg("following the cluster's silences failed; retrying")
			}
			if !backoff.Sleep(ctx, backoff.Exp(100*time.Millisecond, 5*time.Second, fails)) {
				return nil
			}
			continue
		}
		fails = 0
		o.take(m)
	}
}

// PublishSilence writes a silence as AddSilence or ExpireSilence returned
// it, for every instance to apply.
func (o *Ops) PublishSilence(ctx context.Context, info alerting.SilenceInfo) error {
	info.State = ""
	v, err := json.Marshal(info)
	if err != nil {
		return err
	}
	m := kafkago.Message{Key: []byte(prefixSilence + info.ID), Value: v,
		Headers: []kafkago.Header{{Key: headerPartition, Value: []byte("0")}}}
	if err := o.state.WriteMessages(ctx, m); err != nil {
		return fmt.Errorf("cluster: writing the silence for the other instances: %w", err)
	}
	return nil
}

// PublishAck sends an acknowledgement to the dispatching instance.
func (o *Ops) PublishAck(ctx context.Context, a Ack) error {
	a.Instance, a.At = o.cfg.InstanceID, time.Now().UTC()
	v, err := json.Marshal(a)
	if err != nil {
		return err
	}
	m := kafkago.Message{Key: []byte(keyAck), Value: v,
		Headers: []kafkago.Header{{Key: headerPartition, Value: []byte("0")}}}
	if err := o.alerts.WriteMessages(ctx, m); err != nil {
		return fmt.Errorf("cluster: sending the acknowledgement to the dispatching instance: %w", err)
	}
	return nil
}

// Close closes the writers.
func (o *Ops) Close() error {
	return errors.Join(o.state.Close(), o.alerts.Close())
}

// decodeAck reads a cmd/ack record.
func decodeAck(v []byte) (Ack, error) {
	var a Ack
	if err := json.Unmarshal(v, &a); err != nil {
		return a, fmt.Errorf("cluster: acknowledgement record: %w", err)
	}
	if a.Fingerprint == "" {
		return a, errors.New("cluster: acknowledgement record names no alert")
	}
	return a, nil
}
