package cluster

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	kafkago "github.com/segmentio/kafka-go"
)

// nflogStore keeps the cluster dispatcher's notification log
// (alerting.LogStore) on the state topic's partition 0: one record per
// notification delivered, under the key nflog/<n>. A process that
// dispatches the cluster's alerts may die between two checkpoints of its
// dispatcher; the next owner restores the older checkpoint and replays
// these records, so that what was told since is not told again. The topic
// is compacted: a rewrite tombstones the records it drops.
type nflogStore struct {
	cl    *client
	w     *kafkago.Writer
	topic string

	mu     sync.Mutex
	keys   []string // held, in the order appended
	vals   map[string][]byte
	next   int64
	closed bool
}

const prefixNflog = "nflog/"

func newNflogStore(cl *client, w *kafkago.Writer, topic string) *nflogStore {
	return &nflogStore{cl: cl, w: w, topic: topic, vals: map[string][]byte{}}
}

// Load reads the records stored.
func (s *nflogStore) Load() ([][]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	vals := map[string][]byte{}
	err := s.cl.readPartition(ctx, s.topic, opsPartition, func(m kafkago.Message) error {
		if k := string(m.Key); strings.HasPrefix(k, prefixNflog) {
			if m.Value == nil {
				delete(vals, k)
			} else {
				vals[k] = m.Value
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.vals, s.keys = vals, nil
	for k := range vals {
		s.keys = append(s.keys, k)
	}
	slices.SortFunc(s.keys, func(a, b string) int { return int(nflogNumber(a) - nflogNumber(b)) })
	out := make([][]byte, len(s.keys))
	for i, k := range s.keys {
		out[i] = vals[k]
		s.next = max(s.next, nflogNumber(k))
	}
	return out, nil
}

func nflogNumber(key string) int64 {
	n, _ := strconv.ParseInt(strings.TrimPrefix(key, prefixNflog), 10, 64)
	return n
}

func (s *nflogStore) record(key string, val []byte) kafkago.Message {
	return kafkago.Message{Key: []byte(key), Value: val,
		Headers: []kafkago.Header{{Key: headerPartition, Value: []byte(strconv.Itoa(opsPartition))}}}
}

// Append writes one record, acknowledged by every in-sync replica.
func (s *nflogStore) Append(rec []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errors.New("closed")
	}
	s.next++
	key := prefixNflog + strconv.FormatInt(s.next, 10)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.w.WriteMessages(ctx, s.record(key, slices.Clone(rec))); err != nil {
		return err
	}
	s.keys = append(s.keys, key)
	s.vals[key] = slices.Clone(rec)
	return nil
}

// Rewrite keeps recs (records held) and tombstones the others.
func (s *nflogStore) Rewrite(recs [][]byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errors.New("closed")
	}
	var drop []kafkago.Message
	var kept []string
	for _, k := range s.keys {
		if slices.ContainsFunc(recs, func(r []byte) bool { return bytes.Equal(r, s.vals[k]) }) {
			kept = append(kept, k)
			continue
		}
		drop = append(drop, s.record(k, nil))
	}
	if len(drop) == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.w.WriteMessages(ctx, drop...); err != nil {
		return err
	}
	for _, m := range drop {
		delete(s.vals, string(m.Key))
	}
	s.keys = kept
	return nil
}

// Close stops appends (the writer is the dispatch's).
func (s *nflogStore) Close() error {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	return nil
}

func (s *nflogStore) Name() string { return fmt.Sprintf("%s/%d (nflog)", s.topic, opsPartition) }
