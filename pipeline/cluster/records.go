package cluster

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/rules"
)

// Keys of the records on the partials topic. A series partial is keyed by
// rule and series, a job watcher partial by job, a deploy watcher partial
// by service: all partials of a key land on one partition, so one stage-two
// instance owns each series. Watermark records carry "wm/<instance>" and
// are written to every partition (headerPartition says which).
const (
	prefixSeries    = "s/"
	prefixJobs      = "j/"
	prefixDeploys   = "d/"
	prefixWatermark = "wm/"
	prefixCommit    = "c/"
	headerPartition = "vigil-partition"
	// savedMark starts the value of a partial written by a Save: then
	// come the length of the save tag ("<instance>/<seq>", uvarint), the
	// tag and the partial (rules' encoding, which starts with its version
	// byte 1). Stage two merges it once that Save's commit record
	// ("c/<instance>", value <seq>) follows on its partition.
	savedMark = 0xfe
)

// tagPartial returns v marked as written by Save seq of instance.
func tagPartial(instance string, seq int64, v []byte) []byte {
	tag := instance + "/" + strconv.FormatInt(seq, 10)
	out := make([]byte, 0, len(v)+len(tag)+3)
	out = append(out, savedMark)
	out = binary.AppendUvarint(out, uint64(len(tag)))
	out = append(out, tag...)
	return append(out, v...)
}

// untagPartial splits a marked value into its save tag and partial ("":
// not marked).
func untagPartial(v []byte) (tag string, partial []byte, err error) {
	if len(v) == 0 || v[0] != savedMark {
		return "", v, nil
	}
	n, k := binary.Uvarint(v[1:])
	if k <= 0 || n > uint64(len(v)-1-k) {
		return "", nil, fmt.Errorf("cluster: bad save tag in a partial record")
	}
	start := 1 + k
	return string(v[start : start+int(n)]), v[start+int(n):], nil
}

// commitRecord says that Save seq of instance is complete (written to
// partition q).
func commitRecord(instance string, seq int64, q int) kafkago.Message {
	return kafkago.Message{Key: []byte(prefixCommit + instance), Value: []byte(strconv.FormatInt(seq, 10)),
		Headers: []kafkago.Header{{Key: headerPartition, Value: []byte(strconv.Itoa(q))}}}
}

// PartialKey is the record key of a partial.
func PartialKey(p *rules.Partial) []byte {
	switch p.Kind {
	case rules.PartialJobs:
		return []byte(prefixJobs + p.Series)
	case rules.PartialDeploys:
		return []byte(prefixDeploys + p.Series)
	}
	return []byte(prefixSeries + p.Rule + "\x00" + p.Series)
}

// JobKey is the record key of a job's partials: the stage-two instance
// owning its partition judges a declared job that never runs.
func JobKey(job string) []byte { return []byte(prefixJobs + job) }

// PartitionOf returns the partition, of n, that key is written to:
// FNV-1a (32 bits) modulo n. Producers and stage two agree on it through
// this function alone.
func PartitionOf(key []byte, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New32a()
	_, _ = h.Write(key)
	return int(h.Sum32() % uint32(n))
}

// balancer places a record by PartitionOf its key, or on the partition its
// headerPartition names (watermark records go to every partition).
type balancer struct{}

func (balancer) Balance(msg kafkago.Message, partitions ...int) int {
	for _, h := range msg.Headers {
		if h.Key == headerPartition {
			if p, err := strconv.Atoi(string(h.Value)); err == nil {
				for _, q := range partitions {
					if q == p {
						return q
					}
				}
			}
		}
	}
	return partitions[PartitionOf(msg.Key, len(partitions))]
}

// Watermark is what a stage-one instance says of itself on every partials
// partition: every partial it will still send is of events at or after
// Watermark (all it had observed by then has been sent), and whether its
// source has read everything there is to read.
type Watermark struct {
	Instance  string    `json:"instance"`
	Watermark time.Time `json:"watermark"`
	CaughtUp  bool      `json:"caught_up"`
	// Why says why it is not caught up.
	Why string `json:"why,omitempty"`
	// At is the wall time the record was written.
	At time.Time `json:"at"`
	// Partitions are the source partitions ("topic/partition") whose
	// events Watermark accounts for: those the instance owned at the
	// checkpoint that set it. An instance that stops writing still holds
	// stage two's watermark while it is the last to have claimed one of
	// them (until their new owner reports for them).
	Partitions []string `json:"partitions,omitempty"`
}

func watermarkRecord(w Watermark, partition int) kafkago.Message {
	v, _ := json.Marshal(w)
	return kafkago.Message{Key: []byte(prefixWatermark + w.Instance), Value: v, Time: w.At,
		Headers: []kafkago.Header{{Key: headerPartition, Value: []byte(strconv.Itoa(partition))}}}
}

func decodeWatermark(v []byte) (Watermark, error) {
	var w Watermark
	if err := json.Unmarshal(v, &w); err != nil {
		return w, fmt.Errorf("cluster: watermark record: %w", err)
	}
	if w.Instance == "" {
		return w, fmt.Errorf("cluster: watermark record without instance")
	}
	return w, nil
}

// progress is the record on the progress topic: one source partition's
// coverage, keyed "<topic>/<partition>".
type progress struct {
	pipeline.PartitionCoverage
	// Newest is the newest event time seen on the partition: a new owner
	// holds its watermark back to it until it has caught up.
	Newest   time.Time `json:"newest,omitzero"`
	Instance string    `json:"instance"`
	At       time.Time `json:"at"`
}

func progressKey(topic string, partition int) []byte {
	return []byte(topic + "/" + strconv.Itoa(partition))
}

func progressRecord(pc pipeline.PartitionCoverage, newest time.Time, instance string, at time.Time) kafkago.Message {
	v, _ := json.Marshal(progress{PartitionCoverage: pc, Newest: newest, Instance: instance, At: at})
	return kafkago.Message{Key: progressKey(pc.Topic, pc.Partition), Value: v, Time: at}
}

func decodeProgress(key, v []byte) (progress, error) {
	var p progress
	if err := json.Unmarshal(v, &p); err != nil {
		return progress{}, fmt.Errorf("cluster: progress record %q: %w", key, err)
	}
	if string(progressKey(p.Topic, p.Partition)) != string(key) {
		return progress{}, fmt.Errorf("cluster: progress record %q names %s/%d", key, p.Topic, p.Partition)
	}
	return p, nil
}

// state is the stage-two state of one partials partition and the partials
// offset it covers (every record below Covered is in it). On the state
// topic it is one index record keyed by the partition number ("3"),
// preceded by the engine snapshot in chunks keyed "3/<seq>/<i>" (a
// snapshot may be larger than a Kafka message); the index names the
// checkpoint's Seq and how many Chunks it has, and once it is written the
// chunks of the checkpoint before are deleted (tombstones). Every record
// of a partition's state goes to the state partition PartitionOf its
// index key.
type state struct {
	Partition int       `json:"partition"`
	Covered   int64     `json:"covered"`
	Seq       int64     `json:"seq"`
	Chunks    int       `json:"chunks"`
	Size      int       `json:"size"`
	Instance  string    `json:"instance"`
	At        time.Time `json:"at"`
	// Watermarks are the stage-one instances' last records as the
	// partition's Merger held them: restored, they keep a partition read
	// again from Covered from advancing on the first instance heard.
	Watermarks []Watermark `json:"watermarks,omitempty"`
	// Rules is the snapshot, reassembled from the chunks.
	Rules []byte `json:"-"`
	// Pending are the partials of Saves whose commit record had not been
	// read yet, by save tag (in the chunks too).
	Pending map[string][][]byte `json:"-"`
}

// statePayload is what the chunks of a checkpoint hold.
type statePayload struct {
	Rules   []byte              `json:"rules"`
	Pending map[string][][]byte `json:"pending,omitempty"`
}

func stateKey(q int) []byte { return []byte(strconv.Itoa(q)) }

func chunkKey(q int, seq int64, i int) []byte {
	return []byte(strconv.Itoa(q) + "/" + strconv.FormatInt(seq, 10) + "/" + strconv.Itoa(i))
}

// stateRecords returns the records of st (its Rules chunked), all placed
// on state partition statePart, and the tombstones of the chunks of the
// checkpoint prev described.
func stateRecords(st state, prev *state, statePart int) []kafkago.Message {
	hdr := []kafkago.Header{{Key: headerPartition, Value: []byte(strconv.Itoa(statePart))}}
	var out []kafkago.Message
	data, _ := json.Marshal(statePayload{Rules: st.Rules, Pending: st.Pending})
	st.Size = len(data)
	st.Chunks = 0
	for off := 0; off < len(data) || off == 0; off += stateChunk {
		end := min(off+stateChunk, len(data))
		out = append(out, kafkago.Message{Key: chunkKey(st.Partition, st.Seq, st.Chunks), Value: data[off:end:end], Time: st.At, Headers: hdr})
		st.Chunks++
		if end == len(data) {
			break
		}
	}
	v, _ := json.Marshal(st)
	out = append(out, kafkago.Message{Key: stateKey(st.Partition), Value: v, Time: st.At, Headers: hdr})
	if prev != nil && prev.Seq != st.Seq {
		for i := range prev.Chunks {
			out = append(out, kafkago.Message{Key: chunkKey(prev.Partition, prev.Seq, i), Value: nil, Time: st.At, Headers: hdr})
		}
	}
	return out
}

// chunks is how many chunks a snapshot of n bytes is written in.
func chunks(n int) int { return max(1, (n+stateChunk-1)/stateChunk) }

func decodeState(key, v []byte) (state, error) {
	var s state
	if err := json.Unmarshal(v, &s); err != nil {
		return s, fmt.Errorf("cluster: state record %q: %w", key, err)
	}
	if string(stateKey(s.Partition)) != string(key) || s.Covered < 0 || s.Chunks < 1 || s.Size < 0 {
		return s, fmt.Errorf("cluster: state record %q names partition %d at offset %d in %d chunks", key, s.Partition, s.Covered, s.Chunks)
	}
	return s, nil
}

// stateReader finds the last checkpoint of partition q in the records of
// its state partition, read in order, and reassembles it once at the end
// (result): a partition's history may hold many checkpoints, and only the
// last is wanted.
type stateReader struct {
	q      int
	prefix string
	chunks map[string][]byte // chunk key → value, for this partition
	// seen is whether an index record (or its tombstone) of q was read;
	// last is the last index (nil after a tombstone), parts its chunks as
	// they were when it was read, missing the first chunk not read before
	// it (-1: none).
	seen    bool
	last    *state
	parts   [][]byte
	missing int
}

func newStateReader(q int) *stateReader {
	return &stateReader{q: q, prefix: strconv.Itoa(q) + "/", chunks: map[string][]byte{}}
}

func (r *stateReader) add(m kafkago.Message) error {
	k := string(m.Key)
	switch {
	case k == string(stateKey(r.q)):
		r.seen = true
		r.last, r.parts, r.missing = nil, nil, -1
		if m.Value == nil {
			return nil
		}
		st, err := decodeState(m.Key, m.Value)
		if err != nil {
			return err
		}
		r.last = &st
		r.parts = make([][]byte, st.Chunks)
		for i := range st.Chunks {
			c, ok := r.chunks[string(chunkKey(r.q, st.Seq, i))]
			if !ok {
				r.missing = i
				break
			}
			r.parts[i] = c
		}
		// Every chunk stays until its tombstone: those of a checkpoint
		// written after this one (by another instance, as the partition
		// moved) may come before this index.
	case strings.HasPrefix(k, r.prefix):
		if m.Value == nil {
			delete(r.chunks, k)
		} else {
			r.chunks[k] = m.Value
		}
	}
	return nil
}

// result returns the last checkpoint read, reassembled; ok is false when
// there is none (or its last index record is a tombstone). An index whose
// chunks were not all read before it is an error.
func (r *stateReader) result() (state, bool, error) {
	if r.last == nil {
		return state{}, false, nil
	}
	st := *r.last
	if r.missing >= 0 {
		return state{}, false, fmt.Errorf("cluster: state of partition %d, checkpoint %d: chunk %d of %d missing", r.q, st.Seq, r.missing, st.Chunks)
	}
	data := make([]byte, 0, st.Size)
	for _, c := range r.parts {
		data = append(data, c...)
	}
	if len(data) != st.Size {
		return state{}, false, fmt.Errorf("cluster: state of partition %d, checkpoint %d: %d bytes, want %d", r.q, st.Seq, len(data), st.Size)
	}
	var pl statePayload
	if err := json.Unmarshal(data, &pl); err != nil {
		return state{}, false, fmt.Errorf("cluster: state of partition %d, checkpoint %d: %w", r.q, st.Seq, err)
	}
	st.Rules, st.Pending = pl.Rules, pl.Pending
	return st, true, nil
}

// isWatermark reports whether a partials record is a watermark record.
func isWatermark(key []byte) bool { return strings.HasPrefix(string(key), prefixWatermark) }
