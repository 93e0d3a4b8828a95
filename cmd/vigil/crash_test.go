package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// Issue 12's fault tests that pass today and must stay passing: SIGKILL at
// random points, SIGTERM mid-run, dead letters, and a receiver outage. Each
// runs `vigil run` as a child process (startChild, nflog_test.go) against
// the embedded Kafka broker, the fake Elasticsearch and a webhook receiver,
// awaits conditions with deadlines and asserts counts.
//
// The stream (crashStream) is checkout's logs on a two-partition topic,
// one event every step of event time from crashT0, with:
//   - about 1% malformed lines (every 100th, four kinds: invalid JSON, not
//     an object, no @timestamp, a bad @timestamp), which must reach the
//     dead-letter topic logs.dlq and nothing else;
//   - a minute of errors (event time 4m–5m, every other event) against a
//     rule that fires at 100 errors a minute, where the background has a
//     handful: one alert, fired once and resolved once.
//
// Every event's message carries its sequence number, so a document can be
// matched with the record it came from.

// crashRule fires on the burst minute only.
const crashRule = "checkout-errors"

const crashRules = `
rules:
  - name: checkout-errors
    description: checkout logs errors
    severity: P1
    filter: log.level == "error"
    group_by: [service.name]
    window: 1m
    condition: count >= 100
`

var crashT0 = time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)

// crashRecord is one produced record.
type crashRecord struct {
	seq       int
	partition int32
	offset    int64
	malformed string // the dead-letter reason expected, "" for a valid event
}

func (r crashRecord) id() string { return fmt.Sprintf("logs-%d-%d", r.partition, r.offset) }

// crashMalformed are the kinds of malformed line, by the reason vigil gives.
var crashMalformed = []struct {
	reason string
	line   func(seq int, at time.Time) string
}{
	{event.ReasonInvalidJSON, func(seq int, at time.Time) string {
		return fmt.Sprintf(`{"@timestamp":%q,"message":"checkout seq=%d"`, at.Format(time.RFC3339Nano), seq)
	}},
	{event.ReasonNotObject, func(seq int, _ time.Time) string { return fmt.Sprintf(`["checkout seq=%d"]`, seq) }},
	{event.ReasonMissingTimestamp, func(seq int, _ time.Time) string {
		return fmt.Sprintf(`{"log":{"level":"info"},"service":{"name":"checkout"},"message":"checkout seq=%d"}`, seq)
	}},
	{event.ReasonBadTimestamp, func(seq int, _ time.Time) string {
		return fmt.Sprintf(`{"@timestamp":"yesterday","service":{"name":"checkout"},"message":"checkout seq=%d"}`, seq)
	}},
}

// crashStream is a produced stream and what it holds.
type crashStream struct {
	recs      []crashRecord
	valid     int
	malformed int
	errors    int // events at level error in the burst minute
}

// produceCrashStream writes n records, one every step of event time, to
// topic logs (partitions 0 and 1 alternately) and returns them with their
// offsets.
func produceCrashStream(t *testing.T, emb *kafka.Embedded, n int, step time.Duration) *crashStream {
	t.Helper()
	s := &crashStream{}
	s.produce(t, emb, n, step)
	return s
}

// produce writes n more records, going on from the last one.
func (s *crashStream) produce(t *testing.T, emb *kafka.Embedded, n int, step time.Duration) {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(emb.Addrs()...), kgo.DefaultProduceTopic("logs"),
		kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerLinger(0))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	from := len(s.recs)
	kgoRecs := make([]*kgo.Record, n)
	for j := range n {
		i := from + j
		at := crashT0.Add(time.Duration(i) * step)
		r := crashRecord{seq: i, partition: int32(i % 2)}
		var line string
		if i%100 == 37 {
			k := crashMalformed[(i/100)%len(crashMalformed)]
			r.malformed, line = k.reason, k.line(i, at)
			s.malformed++
		} else {
			level := "info"
			since := at.Sub(crashT0)
			if since >= 4*time.Minute && since < 5*time.Minute && i%2 == 0 {
				level = "error"
				s.errors++
			} else if i%200 == 0 {
				level = "error"
			}
			line = fmt.Sprintf(`{"@timestamp":%q,"log":{"level":%q},"service":{"name":"checkout"},"message":"checkout seq=%d"}`,
				at.Format(time.RFC3339Nano), level, i)
			s.valid++
		}
		s.recs = append(s.recs, r)
		// Stamped with the event time, as a shipper stamps what it sends:
		// kafka.max_skew aligns the partitions by these stamps.
		kgoRecs[j] = &kgo.Record{Partition: r.partition, Value: []byte(line), Timestamp: at}
	}
	ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 30*time.Second))
	defer cancel()
	if err := cl.ProduceSync(ctx, kgoRecs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	for j, kr := range kgoRecs {
		s.recs[from+j].offset = kr.Offset
	}
}

// crashHook is a webhook receiver that keeps every request with the
// status it answered; answer (when set) picks that status (0 is 200).
type crashHook struct {
	*httptest.Server
	mu     sync.Mutex
	got    []crashPost
	answer func(a alert.Alert) int
}

type crashPost struct {
	a    alert.Alert
	code int
	at   time.Time
}

func newCrashHook(t *testing.T, answer func(alert.Alert) int) *crashHook {
	h := &crashHook{answer: answer}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var a alert.Alert
		if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		code := http.StatusOK
		h.mu.Lock()
		if h.answer != nil {
			if c := h.answer(a); c != 0 {
				code = c
			}
		}
		h.got = append(h.got, crashPost{a: a, code: code, at: time.Now()})
		h.mu.Unlock()
		w.WriteHeader(code)
	}))
	t.Cleanup(h.Close)
	return h
}

// count is the number of requests of rule with status st answered code.
func (h *crashHook) count(rule string, st alert.Status, code int) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, p := range h.got {
		if p.a.Rule == rule && p.a.Status == st && p.code == code {
			n++
		}
	}
	return n
}

// fingerprint is the fingerprint of rule's first notification, "" before one.
func (h *crashHook) fingerprint(rule string) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, p := range h.got {
		if p.a.Rule == rule {
			return p.a.Fingerprint
		}
	}
	return ""
}

// first returns the first request of rule with status st answered 200.
func (h *crashHook) first(rule string, st alert.Status) (alert.Alert, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, p := range h.got {
		if p.a.Rule == rule && p.a.Status == st && p.code == http.StatusOK {
			return p.a, true
		}
	}
	return alert.Alert{}, false
}

// posts lists the requests as rule/status/code, in order.
func (h *crashHook) posts() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for _, p := range h.got {
		out = append(out, fmt.Sprintf("%s/%s/%d(starts %s, value %v)", p.a.Rule, p.a.Status, p.code,
			p.a.StartsAt.Format(time.TimeOnly), p.a.Value))
	}
	return out
}

// others lists the notifications of rules other than rule.
func (h *crashHook) others(rule string) []string {
	var out []string
	for _, p := range h.posts() {
		if !strings.HasPrefix(p, rule+"/") {
			out = append(out, p)
		}
	}
	return out
}

// crashSetup is a broker, an Elasticsearch, a receiver and a vigil.yaml.
type crashSetup struct {
	emb       *kafka.Embedded
	es        *estest.Server
	hook      *crashHook
	cfgPath   string
	statePath string
	group     string
	runs      int
}

// newCrashSetup writes vigil.yaml; pipelineExtra is appended to its pipeline:
// section, alertingExtra to its alerting: section.
func newCrashSetup(t *testing.T, group string, answer func(alert.Alert) int, pipelineExtra, alertingExtra string) *crashSetup {
	t.Helper()
	emb, err := kafka.StartEmbedded(2, "logs")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(emb.Close)
	s := &crashSetup{emb: emb, es: estest.NewServer(t), hook: newCrashHook(t, answer), group: group}
	dir := t.TempDir()
	rulesDir := filepath.Join(dir, "rules")
	if err := os.Mkdir(rulesDir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(rulesDir, "checkout.yaml"), []byte(crashRules), 0o600); err != nil {
		t.Fatal(err)
	}
	s.statePath = filepath.Join(dir, "state.json")
	s.cfgPath = filepath.Join(dir, "vigil.yaml")
	// allowed_lateness is longer than any pause of the stream in these
	// tests, so the wall clock never moves event time on: the alerts
	// follow the events alone. Bulk requests of 32 KiB (about a hundred
	// events) make the index grow in small steps, so that a kill point
	// counted in documents is where the test means it. The backlog of
	// these tests is read for as long as the machine takes (over a
	// minute when it is loaded), and vigil would say so: self_alert_after
	// of an hour keeps its own alerts, which these tests do not expect,
	// out of it.
	cfg := fmt.Sprintf(`
rules: {dir: %q}
jobs: {enabled: false}
deploys: {enabled: false}
pipeline:
  state_file: %q
  allowed_lateness: 30s
  self_alert_after: 1h
%s
server: {listen: "127.0.0.1:0"} # a free port: tests run in parallel, packages too
kafka:
  brokers: [%q]
  topics: [logs]
  group_id: %s
  commit_interval: 100ms
  max_wait: 100ms
  group: {heartbeat_interval: 100ms, session_timeout: 1s, rebalance_timeout: 1s, join_group_backoff: 100ms}
elasticsearch:
  urls: [%q]
  flush_interval: 50ms
  flush_bytes: 32768
alerting:
  route: {receiver: hook, group_by: ["..."], group_wait: 0s, group_interval: 0s}
  receivers:
    - name: hook
      webhook: {url: %q}
%s
log: {format: json}
`, rulesDir, s.statePath, pipelineExtra, emb.Addrs()[0], group, s.es.URL, s.hook.URL, alertingExtra)
	if err := os.WriteFile(s.cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return s
}

// start runs `vigil run` as a child. With VIGIL_CRASH_LOGS set to a
// directory, each child's log is kept there when the test ends.
func (s *crashSetup) start(t *testing.T) *child {
	c := startChild(t, "run", "-c", s.cfgPath)
	if dir := os.Getenv("VIGIL_CRASH_LOGS"); dir != "" {
		s.runs++
		name := filepath.Join(dir, fmt.Sprintf("%s-%d.log", t.Name(), s.runs))
		t.Cleanup(func() { os.WriteFile(name, []byte(c.stderr.String()), 0o600) })
	}
	return c
}

func (s *crashSetup) committed() int64 { return committedSum(s.emb, s.group, "logs") }

// indexed is the number of documents in the logs-* indices.
func (s *crashSetup) indexed() int { return s.es.Count("logs-*") }

// crashDoc is a document as the fake Elasticsearch holds it.
type crashDoc struct {
	index   string
	version int64
	source  json.RawMessage
}

// docs returns every document of the logs-* indices by id; ids held by
// more than one index are returned in dup.
func (s *crashSetup) docs() (docs map[string]crashDoc, dup []string) {
	docs = map[string]crashDoc{}
	for _, ix := range s.es.Indices() {
		if !strings.HasPrefix(ix, "logs-") {
			continue
		}
		versions := s.es.Versions(ix)
		for id, src := range s.es.Docs(ix) {
			if _, ok := docs[id]; ok {
				dup = append(dup, id)
			}
			docs[id] = crashDoc{index: ix, version: versions[id], source: src}
		}
	}
	return docs, dup
}

// crashDeadLetter is one record of logs.dlq.
type crashDeadLetter struct {
	source string // "<partition>/<offset>"
	reason string
}

// deadLetters reads every record of logs.dlq (none if it does not exist).
func (s *crashSetup) deadLetters(t *testing.T) []crashDeadLetter {
	t.Helper()
	ends, err := s.emb.EndOffsets("logs.dlq")
	if err != nil {
		return nil
	}
	var want int64
	for _, n := range ends {
		want += n
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(s.emb.Addrs()...), kgo.ConsumeTopics("logs.dlq"),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 10*time.Second))
	defer cancel()
	var out []crashDeadLetter
	for int64(len(out)) < want {
		fs := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			t.Fatalf("read %d of %d dead letters", len(out), want)
		}
		fs.EachRecord(func(r *kgo.Record) {
			dl := crashDeadLetter{}
			var part, off string
			for _, h := range r.Headers {
				switch h.Key {
				case kafka.HeaderSourcePartition:
					part = string(h.Value)
				case kafka.HeaderSourceOffset:
					off = string(h.Value)
				case kafka.HeaderReason:
					dl.reason = string(h.Value)
				}
			}
			dl.source = part + "/" + off
			out = append(out, dl)
		})
	}
	return out
}

// nflogTold reports whether the notification log holds a record telling
// fingerprint fp firing, and one telling it resolved.
func (s *crashSetup) nflogTold(fp string) (firing, resolved bool) {
	b, _ := os.ReadFile(s.statePath + ".nflog")
	for _, line := range bytes.Split(b, []byte("\n")) {
		_, js, ok := bytes.Cut(line, []byte(" "))
		if !ok {
			continue
		}
		var rec struct {
			Firing   []string `json:"firing"`
			Resolved []string `json:"resolved"`
		}
		if json.Unmarshal(js, &rec) != nil {
			continue
		}
		for _, f := range rec.Firing {
			firing = firing || f == fp
		}
		for _, f := range rec.Resolved {
			resolved = resolved || f == fp
			firing = firing || f == fp // told resolved was told firing before
		}
	}
	return firing, resolved
}

// checkpointCovers describes the offsets the state file covers.
func (s *crashSetup) checkpointCovers() string {
	b, err := os.ReadFile(s.statePath)
	if err != nil {
		return "nothing (no state file)"
	}
	var st stateFile
	if err := json.Unmarshal(b, &st); err != nil {
		return "? (" + err.Error() + ")"
	}
	var parts []string
	for _, pc := range st.Offsets {
		parts = append(parts, fmt.Sprintf("p%d<%d+%d", pc.Partition, pc.Below, len(pc.Above)))
	}
	sort.Strings(parts)
	return "[" + strings.Join(parts, " ") + "]"
}

// crashStop is what these tests read from the "vigil stopped" line.
type crashStop struct {
	Events       int64 `json:"events"`
	Indexed      int64 `json:"indexed"`
	DeadLettered int64 `json:"dead_lettered"`
	Evaluated    int64 `json:"evaluated"`
	Replayed     int64 `json:"replayed"`
	Late         int64 `json:"late"`
	Alerts       int64 `json:"alerts"`
}

// crashSigterm stops c with SIGTERM and requires a clean exit (0) within
// (scaled by internal/await: what bounds the stop is vigil's own
// pipeline.drain_timeout, and the test's deadline only catches a hang); it
// returns the stop line.
func crashSigterm(t *testing.T, c *child, within time.Duration) crashStop {
	t.Helper()
	within = await.Within(t, within)
	sent := time.Now()
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-c.done:
		c.done <- err
		if err != nil {
			t.Fatalf("vigil exited with %v on SIGTERM (want 0); it logged:\n%s", err, c.stderr)
		}
	case <-time.After(within):
		t.Fatalf("vigil did not exit within %s of SIGTERM; it logged:\n%s", within, c.stderr)
	}
	t.Logf("exited 0 %s after SIGTERM", time.Since(sent).Round(time.Millisecond))
	var st crashStop
	stopLine(t, c.stderr.String(), &st)
	return st
}

// crashCheckStore asserts what the stream must leave behind once every offset
// is committed: the valid events indexed by id, each once (one document
// per id, in one index, with the record's own content), nothing else
// indexed, and each malformed line on logs.dlq (at least once, with its
// reason; how many more than once is returned). rewritten counts the
// documents written more than once (a re-delivery overwrites by id).
func crashCheckStore(t *testing.T, s *crashSetup, str *crashStream) (rewritten, dlqDups int) {
	t.Helper()
	docs, dup := s.docs()
	if len(dup) > 0 {
		t.Errorf("%d ids are in more than one index, e.g. %v", len(dup), dup[:min(5, len(dup))])
	}
	var missing, wrong []string
	valid := map[string]bool{}
	for _, r := range str.recs {
		if r.malformed != "" {
			continue
		}
		valid[r.id()] = true
		d, ok := docs[r.id()]
		if !ok {
			missing = append(missing, r.id())
			continue
		}
		if !bytes.Contains(d.source, []byte(fmt.Sprintf(`seq=%d"`, r.seq))) {
			wrong = append(wrong, r.id())
		}
		if d.version > 1 {
			rewritten++
		}
	}
	var extra []string
	for id := range docs {
		if !valid[id] {
			extra = append(extra, id)
		}
	}
	sort.Strings(extra)
	if len(docs) != str.valid || len(missing) > 0 || len(extra) > 0 || len(wrong) > 0 {
		t.Errorf("%d documents for %d valid events: %d missing (e.g. %v), %d extra (e.g. %v), %d with another record's content (e.g. %v)",
			len(docs), str.valid, len(missing), missing[:min(5, len(missing))], len(extra), extra[:min(5, len(extra))],
			len(wrong), wrong[:min(5, len(wrong))])
	}

	dls := s.deadLetters(t)
	bySource := map[string][]string{}
	for _, dl := range dls {
		bySource[dl.source] = append(bySource[dl.source], dl.reason)
	}
	var lost, badReason []string
	for _, r := range str.recs {
		src := fmt.Sprintf("%d/%d", r.partition, r.offset)
		reasons := bySource[src]
		delete(bySource, src)
		if r.malformed == "" {
			if len(reasons) > 0 {
				t.Errorf("valid event %s dead-lettered: %v", src, reasons)
			}
			continue
		}
		if len(reasons) == 0 {
			lost = append(lost, src)
			continue
		}
		dlqDups += len(reasons) - 1
		for _, reason := range reasons {
			if reason != r.malformed {
				badReason = append(badReason, src+": "+reason+" (want "+r.malformed+")")
			}
		}
	}
	if len(lost) > 0 {
		t.Errorf("%d of %d malformed lines never reached logs.dlq, e.g. %v", len(lost), str.malformed, lost[:min(5, len(lost))])
	}
	if len(badReason) > 0 {
		t.Errorf("%d dead letters with the wrong reason, e.g. %v", len(badReason), badReason[:min(5, len(badReason))])
	}
	if len(bySource) > 0 {
		t.Errorf("%d dead letters name no produced record: %v", len(bySource), bySource)
	}
	if len(dls) != str.malformed+dlqDups {
		t.Errorf("%d records on logs.dlq, want %d malformed + %d repeated", len(dls), str.malformed, dlqDups)
	}
	return rewritten, dlqDups
}

// crashCheckCommitted asserts that the group has committed every partition to
// its end.
func crashCheckCommitted(t *testing.T, s *crashSetup) {
	t.Helper()
	ends, err := s.emb.EndOffsets("logs")
	if err != nil {
		t.Fatal(err)
	}
	got := s.emb.Committed(s.group)["logs"]
	for p, end := range ends {
		if got[p] != end {
			t.Errorf("partition %d committed at %d, its end is %d", p, got[p], end)
		}
	}
}

// crashSeed is the seed of the kill points: VIGIL_CRASH_SEED when set (to
// replay a failure's points), otherwise the clock's.
func crashSeed(t *testing.T) uint64 {
	if s := os.Getenv("VIGIL_CRASH_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("VIGIL_CRASH_SEED: %v", err)
		}
		return n
	}
	return uint64(time.Now().UnixNano())
}

// TestCrashAtRandomPointsLosesNothing: 20,000 records (1% malformed, one
// burst of errors) wait in Kafka; `vigil run`, checkpointing every 200ms,
// is killed with SIGKILL three times at random points while it consumes,
// and restarted each time with the same state file and consumer group. Once
// the last run has committed every offset:
//
//   - "Exactly once by id": the set of document ids is exactly the set of
//     the valid records' ids (<topic>-<partition>-<offset>), one document
//     per id in one index, each with its own record's content. A record
//     delivered again after a kill is indexed again under the same id, so a
//     document's version may exceed 1 (counted and logged, not an error):
//     re-indexing overwrites, it never duplicates.
//   - Every malformed line is on logs.dlq at least once, with its reason,
//     and no valid line is. A malformed line dead-lettered after the last
//     commit before a kill is dead-lettered again (at least once): such
//     repeats are counted and logged.
//   - The burst alert was told firing once and resolved once. A kill inside
//     the at-least-once window (the receiver has the notification, the
//     notification log does not: alerting/README.md) may repeat one; such a
//     kill is detected from the log on disk and reported, and the repeat
//     it explains is tolerated and logged, any other fails.
//   - Exactly once into state: the firing alert's value is the number of
//     errors in the burst minute (none lost to the rules, none counted
//     twice across the restarts), and the last run refused no event as
//     late.
//
// The kill points are drawn from a seeded generator (logged;
// VIGIL_CRASH_SEED replays them, though not the timing). With
// VIGIL_CRASH_LOGS=DIR each run's log, and the state file, notification
// log and receiver's posts at each kill, are kept in DIR.
func TestCrashAtRandomPointsLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs vigil as a child process four times")
	}
	seed := crashSeed(t)
	rng := rand.New(rand.NewPCG(seed, 12))
	t.Logf("kill points seeded %d (VIGIL_CRASH_SEED=%d replays them)", seed, seed)

	s := newCrashSetup(t, "vigil-crash-test", nil, "  state_every: 200ms", "")
	// Every request answered 10 ms late, as over a network: the stream
	// then takes a second or so to index, and the kills land in it.
	s.es.SetLatency(10 * time.Millisecond)
	str := produceCrashStream(t, s.emb, 20000, 50*time.Millisecond)
	t.Logf("%d records: %d valid, %d malformed, %d errors in the burst minute", len(str.recs), str.valid, str.malformed, str.errors)

	type kill struct {
		after   int           // new documents indexed by the run before the kill
		delay   time.Duration // then this long
		indexed int           // documents in the index when killed
		// The at-least-once window: the receiver had the notification,
		// the notification log did not.
		firingWindow, resolvedWindow bool
		// The notification log told the episode resolved (and so firing).
		loggedResolved bool
	}
	kills := make([]kill, 3)
	for i := range kills {
		// Three kills in at most three quarters of the stream leave the
		// last run something to do.
		kills[i].after = str.valid*8/100 + rng.IntN(str.valid*17/100)
		kills[i].delay = time.Duration(rng.IntN(100)) * time.Millisecond
	}
	var notes []string
	for i := range kills {
		k := &kills[i]
		from := s.indexed()
		c := s.start(t)
		c.await(t, fmt.Sprintf("kill point %d (%d new documents)", i+1, k.after), 20*time.Second, func() bool {
			return s.indexed() >= from+k.after
		})
		time.Sleep(k.delay) // a random point, not a poll's
		if err := c.stop(t, syscall.SIGKILL); err == nil {
			t.Fatalf("run %d: the killed vigil exited cleanly", i+1)
		}
		k.indexed = s.indexed()
		if dir := os.Getenv("VIGIL_CRASH_LOGS"); dir != "" { // what the restart will find
			b, _ := os.ReadFile(s.statePath + ".nflog")
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("nflog-after-kill-%d", i+1)), b, 0o600)
			b, _ = os.ReadFile(s.statePath)
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("state-after-kill-%d", i+1)), b, 0o600)
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("hook-after-kill-%d", i+1)), []byte(strings.Join(s.hook.posts(), "\n")), 0o600)
		}
		var loggedFiring, loggedResolved bool
		if fp := s.hook.fingerprint(crashRule); fp != "" {
			loggedFiring, loggedResolved = s.nflogTold(fp)
			k.firingWindow = s.hook.count(crashRule, alert.Firing, 200) > 0 && !loggedFiring
			k.resolvedWindow = s.hook.count(crashRule, alert.Resolved, 200) > 0 && !loggedResolved
			k.loggedResolved = loggedResolved
		}
		note := fmt.Sprintf("kill %d: %d new documents + %s: %d of %d indexed, %d committed, checkpoint covers %s, receiver told %d firing/%d resolved, notification log tells firing %v/resolved %v",
			i+1, k.after, k.delay, k.indexed, str.valid, s.committed(), s.checkpointCovers(),
			s.hook.count(crashRule, alert.Firing, 200), s.hook.count(crashRule, alert.Resolved, 200), loggedFiring, loggedResolved)
		if k.firingWindow || k.resolvedWindow {
			note += fmt.Sprintf(" — INSIDE the at-least-once window (firing %v, resolved %v)", k.firingWindow, k.resolvedWindow)
		}
		t.Log(note)
		notes = append(notes, note)
		if k.indexed >= str.valid {
			t.Logf("kill %d came after the last document was indexed (it still lands before the commits)", i+1)
		}
	}

	last := s.start(t)
	last.await(t, "every offset committed and the alert resolved", 20*time.Second, func() bool {
		return s.committed() == int64(len(str.recs)) && s.hook.count(crashRule, alert.Resolved, 200) > 0
	})
	stop := crashSigterm(t, last, 10*time.Second)
	t.Logf("last run: %+v", stop)

	crashCheckCommitted(t, s)
	rewritten, dlqDups := crashCheckStore(t, s, str)
	t.Logf("after 3 kills: %d documents rewritten by a re-delivery (version > 1), %d malformed lines dead-lettered more than once",
		rewritten, dlqDups)

	allowFiring, allowResolved := 1, 1
	for _, k := range kills {
		if k.firingWindow {
			allowFiring++
		}
		if k.resolvedWindow {
			allowResolved++
		}
	}
	firing, resolved := s.hook.count(crashRule, alert.Firing, 200), s.hook.count(crashRule, alert.Resolved, 200)
	if firing < 1 || firing > allowFiring || resolved < 1 || resolved > allowResolved {
		why := ""
		for i, k := range kills {
			if k.loggedResolved && firing > 1 {
				why = fmt.Sprintf("\nthe notification log told the episode firing and resolved before kill %d, and the restart paged it again", i+1)
				break
			}
		}
		t.Errorf("the receiver was told %s firing %d times and resolved %d times; want once each (a kill inside the at-least-once window allows %d and %d):\n%s%s\nposts %v",
			crashRule, firing, resolved, allowFiring, allowResolved, strings.Join(notes, "\n"), why, s.hook.posts())
	} else if firing > 1 || resolved > 1 {
		t.Logf("REPEATED NOTIFICATION after a kill inside the documented at-least-once window: firing %d, resolved %d", firing, resolved)
	}
	if o := s.hook.others(crashRule); len(o) > 0 {
		t.Errorf("alerts nobody raised: %v", o)
	}
	// Exactly once into state: the firing alert counted every error of the
	// burst minute once, across the restarts, and no event of the last run
	// was refused as late (the stream is in order; only a restart can make
	// an event late).
	if a, ok := s.hook.first(crashRule, alert.Firing); ok && a.Value != float64(str.errors) {
		t.Errorf("the burst alert counted %v errors, the burst minute has %d: %d events were lost to the rules (or counted twice)",
			a.Value, str.errors, str.errors-int(a.Value))
	}
	if stop.Late != 0 {
		t.Errorf("the last run refused %d events as late (not counted by the rules)", stop.Late)
	}
}

// TestSigtermDrainsAndCommits: 20,000 records (1% malformed, one burst)
// wait in Kafka; `vigil run` with a state file and the default one-minute
// checkpoints is stopped with SIGTERM mid-stream. It must exit 0 within
// ten seconds, having saved its state and committed what it did: the only
// commit of the run is the one at shutdown. Then:
//
//   - the stop line is consistent: every decoded event is evaluated
//     (nothing replayed on a first run), indexed ≤ decoded, and its
//     indexed and dead_lettered counts are what the index and logs.dlq
//     hold;
//   - the commit covers exactly what was done: below each partition's
//     committed offset every record is indexed or dead-lettered, and none
//     above it is (else the restart does it again);
//   - a restart consumes the rest: every valid event the first run
//     evaluated at or above its commit is replayed (indexed, not counted
//     again), each valid event is evaluated once across both runs, no
//     event is late, every offset is committed, the index holds each valid
//     event once by id, logs.dlq each malformed line, and nothing was
//     written twice beyond what the first run did past its commit; the
//     burst alert is told firing once and resolved once.
func TestSigtermDrainsAndCommits(t *testing.T) {
	if testing.Short() {
		t.Skip("runs vigil as a child process twice")
	}
	seed := crashSeed(t)
	rng := rand.New(rand.NewPCG(seed, 15))
	s := newCrashSetup(t, "vigil-sigterm-test", nil, "", "")
	s.es.SetLatency(10 * time.Millisecond)
	str := produceCrashStream(t, s.emb, 20000, 50*time.Millisecond)
	stopAt := str.valid*30/100 + rng.IntN(str.valid*30/100)
	t.Logf("seed %d: SIGTERM once %d of %d valid events are indexed", seed, stopAt, str.valid)

	first := s.start(t)
	first.await(t, "the stop point", 20*time.Second, func() bool { return s.indexed() >= stopAt })
	if c := s.committed(); c != 0 {
		t.Logf("committed %d before the stop (a checkpoint came early)", c)
	}
	st1 := crashSigterm(t, first, 10*time.Second)
	committed1 := s.committed()
	below1 := s.emb.Committed(s.group)["logs"]
	indexed1 := s.indexed()
	dls1 := s.deadLetters(t)
	t.Logf("first run: %+v; committed %d, %d documents, %d dead letters", st1, committed1, indexed1, len(dls1))
	if st1.Indexed >= int64(str.valid) {
		t.Fatalf("the first run indexed everything (%d) before SIGTERM: nothing was stopped mid-run", st1.Indexed)
	}
	if st1.Evaluated != st1.Events || st1.Replayed != 0 {
		t.Errorf("first run: %d decoded, %d evaluated, %d replayed; want every decoded event evaluated once", st1.Events, st1.Evaluated, st1.Replayed)
	}
	if st1.Indexed > st1.Events {
		t.Errorf("first run: indexed %d of %d decoded", st1.Indexed, st1.Events)
	}
	// The stop line says what is in the stores.
	if int64(indexed1) != st1.Indexed || int64(len(dls1)) != st1.DeadLettered {
		t.Errorf("the stop line reports %d indexed and %d dead-lettered; the index holds %d, logs.dlq %d",
			st1.Indexed, st1.DeadLettered, indexed1, len(dls1))
	}
	// The commit covers exactly what was done: every record below each
	// partition's commit is indexed (valid) or dead-lettered (malformed),
	// none above it is.
	docs, _ := s.docs()
	dead := map[string]bool{}
	for _, dl := range dls1 {
		dead[dl.source] = true
	}
	var undone, beyondDocs, beyondDead int
	var validBelow int64
	for _, r := range str.recs {
		isDoc := false
		if _, ok := docs[r.id()]; ok {
			isDoc = true
		}
		isDead := dead[fmt.Sprintf("%d/%d", r.partition, r.offset)]
		if r.offset < below1[int(r.partition)] {
			if !isDoc && !isDead {
				undone++
			}
			if r.malformed == "" {
				validBelow++
			}
			continue
		}
		if isDoc {
			beyondDocs++
		}
		if isDead {
			beyondDead++
		}
	}
	if undone > 0 {
		t.Errorf("first run: %d records committed but neither indexed nor dead-lettered", undone)
	}
	if beyondDocs+beyondDead > 0 {
		t.Errorf("first run: %d records indexed and %d dead-lettered beyond the commit (%d committed, %d indexed + %d dead letters done): the restart does them again",
			beyondDocs, beyondDead, committed1, indexed1, len(dls1))
	}

	// The second run takes the rest: every valid event indexed, every
	// malformed line dead-lettered. (With one-minute checkpoints it commits
	// when it stops.)
	second := s.start(t)
	second.await(t, "every event indexed or dead-lettered", 20*time.Second, func() bool {
		if s.indexed() < str.valid {
			return false
		}
		sources := map[string]bool{}
		for _, dl := range s.deadLetters(t) {
			sources[dl.source] = true
		}
		return len(sources) == str.malformed
	})
	st2 := crashSigterm(t, second, 10*time.Second)
	t.Logf("second run: %+v", st2)
	crashCheckCommitted(t, s)
	// Delivered again: every valid event at or above the first run's
	// commit; of those, the ones the first run evaluated are replayed, not
	// counted again.
	if want := st1.Events - validBelow; st2.Replayed != want {
		t.Errorf("second run replayed %d events; the first evaluated %d beyond its commit", st2.Replayed, want)
	}
	if st1.Evaluated+st2.Evaluated != int64(str.valid) {
		t.Errorf("evaluated %d + %d events, want each of %d once", st1.Evaluated, st2.Evaluated, str.valid)
	}
	if st1.Late+st2.Late != 0 {
		t.Errorf("%d + %d events late", st1.Late, st2.Late)
	}
	// Written twice: only what the first run did beyond its commit (an
	// error above already).
	rewritten, dlqDups := crashCheckStore(t, s, str)
	if rewritten != beyondDocs || dlqDups != beyondDead {
		t.Errorf("after a clean stop %d documents were written twice and %d malformed lines dead-lettered twice; %d and %d were done beyond the commit",
			rewritten, dlqDups, beyondDocs, beyondDead)
	}
	if f, r := s.hook.count(crashRule, alert.Firing, 200), s.hook.count(crashRule, alert.Resolved, 200); f != 1 || r != 1 {
		t.Errorf("the receiver was told %s firing %d times and resolved %d times, want once each: %v", crashRule, f, r, s.hook.posts())
	}
	if o := s.hook.others(crashRule); len(o) > 0 {
		t.Errorf("alerts nobody raised: %v", o)
	}
}

// TestReceiverOutageRetriesAndDelivers: the webhook receiver answers 503
// to the first three notifications it gets, the burst alert's attempts:
// more than one retry (backoff from 300ms), fewer than the retry budget
// (six attempts). The outage is counted in attempts, not in wall time, so
// that a loaded machine that spaces the attempts out still meets it. vigil
// must retry, deliver the alert once the receiver is back, exactly once,
// and resolve it once; its log must report each failed attempt, numbered,
// none of them giving up ("vigil stopped" carries no notification
// counters: the "notification failed" lines are vigil's report), and its
// notification log must hold the two deliveries.
func TestReceiverOutageRetriesAndDelivers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs vigil as a child process")
	}
	const outage = 3 // attempts refused
	var refused int  // under the hook's mutex
	answer := func(alert.Alert) int {
		if refused < outage {
			refused++
			return http.StatusServiceUnavailable
		}
		return 0
	}
	s := newCrashSetup(t, "vigil-outage-test", answer, "", "  retry: {initial: 300ms, max: 1s, attempts: 6}")
	str := produceCrashStream(t, s.emb, 2400, 200*time.Millisecond)

	c := s.start(t)
	c.await(t, "the alert delivered once the receiver is back", 30*time.Second, func() bool {
		return s.hook.count(crashRule, alert.Firing, 200) > 0
	})
	// The stream goes on, two more minutes: event time moves, and with it
	// the dispatcher, which sends the resolution (due while the firing
	// notification was being retried, or after).
	str.produce(t, s.emb, 600, 200*time.Millisecond)
	// (30 s: a loaded machine can time out a fetch from the broker, and
	// the reader reconnects before it reads on; the deadline only bounds
	// a failing run)
	c.await(t, "the resolution delivered and every event indexed", 30*time.Second, func() bool {
		return s.hook.count(crashRule, alert.Resolved, 200) > 0 && s.indexed() == str.valid
	})
	stop := crashSigterm(t, c, 10*time.Second)
	crashCheckCommitted(t, s)
	log := c.stderr.String()

	failed := s.hook.count(crashRule, alert.Firing, http.StatusServiceUnavailable)
	t.Logf("receiver: %v; stop line %+v", s.hook.posts(), stop)
	if failed != outage {
		t.Errorf("the receiver refused the firing notification %d times; the outage refuses its first %d attempts", failed, outage)
	}
	if f := s.hook.count(crashRule, alert.Firing, 200); f != 1 {
		t.Errorf("the firing alert was delivered %d times, want once", f)
	}
	if r := s.hook.count(crashRule, alert.Resolved, 200); r != 1 {
		t.Errorf("the resolution was delivered %d times, want once", r)
	}
	if r := s.hook.count(crashRule, alert.Resolved, http.StatusServiceUnavailable); r != 0 {
		t.Logf("the resolution also met the outage %d times", r)
	}
	if o := s.hook.others(crashRule); len(o) > 0 {
		t.Errorf("alerts nobody raised: %v", o)
	}
	// vigil reports every failed attempt, numbered 1, 2, …, none giving up.
	var attempts []int
	for _, l := range strings.Split(log, "\n") {
		if !strings.Contains(l, "notification failed") {
			continue
		}
		var w struct {
			Attempt   int      `json:"attempt"`
			GivingUp  bool     `json:"giving_up"`
			Retryable bool     `json:"retryable"`
			Rules     []string `json:"rules"`
			Error     string   `json:"error"`
		}
		if err := json.Unmarshal([]byte(l), &w); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		if w.GivingUp || !w.Retryable || !strings.Contains(w.Error, "503") {
			t.Errorf("failed attempt logged as %s", l)
		}
		if len(w.Rules) == 1 && w.Rules[0] == crashRule {
			attempts = append(attempts, w.Attempt)
		}
	}
	allFailed := s.hook.count(crashRule, alert.Firing, http.StatusServiceUnavailable) +
		s.hook.count(crashRule, alert.Resolved, http.StatusServiceUnavailable)
	if len(attempts) != allFailed {
		t.Errorf("vigil logged %d failed attempts %v; the receiver refused %d", len(attempts), attempts, allFailed)
	}
	for i := 0; i < failed && i < len(attempts); i++ {
		if attempts[i] != i+1 {
			t.Errorf("failed attempts logged as %v, want 1…%d", attempts, failed)
			break
		}
	}
	if strings.Contains(log, "notification given up") {
		t.Errorf("vigil gave up a notification within its retry budget:\n%s", log)
	}
	// Each delivery is in the notification log; nothing is left undelivered.
	var closed struct {
		Written int64 `json:"written"`
		Errors  int64 `json:"errors"`
	}
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, "notification log closed") {
			if err := json.Unmarshal([]byte(l), &closed); err != nil {
				t.Fatal(err)
			}
		}
	}
	if closed.Written != 2 || closed.Errors != 0 {
		t.Errorf("notification log closed with %+v, want 2 records written (the firing and the resolution)", closed)
	}
	if stop.Events != int64(str.valid) || stop.Indexed != int64(str.valid) || stop.DeadLettered != int64(str.malformed) {
		t.Errorf("stop line %+v, want %d events indexed and %d dead-lettered", stop, str.valid, str.malformed)
	}
}
