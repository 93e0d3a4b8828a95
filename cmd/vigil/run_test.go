package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/sim"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// TestRunProduction runs `vigil run -c FILE` against the embedded Kafka
// broker, the in-process Elasticsearch and a webhook receiver: the sample's
// events are indexed, its malformed lines reach the Kafka dead-letter topic,
// and the Amazon 429 burst is posted to the webhook as docs/architecture.md §4 JSON.
func TestRunProduction(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	emb, err := kafka.StartEmbedded(2, "logs")
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	es := estest.NewServer(t)

	var mu sync.Mutex
	var posted []alert.Alert
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		var a alert.Alert
		if err := json.Unmarshal(b, &a); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		mu.Lock()
		posted = append(posted, a)
		mu.Unlock()
	}))
	defer hook.Close()

	cfgPath := filepath.Join(t.TempDir(), "vigil.yaml")
	statePath := filepath.Join(t.TempDir(), "state.json")
	starter, err := filepath.Abs(filepath.Join("..", "..", "examples", "ecommerce", "rules"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := fmt.Sprintf(`
rules:
  dir: %q
pipeline:
  state_file: %q
  state_every: 200ms
server: {listen: "127.0.0.1:0"} # a free port: tests run in parallel, packages too
kafka:
  brokers: [%q]
  topics: [logs]
  group_id: vigil-run-test
  commit_interval: 100ms
  max_wait: 100ms
  group: {heartbeat_interval: 100ms, session_timeout: 2s, rebalance_timeout: 2s, join_group_backoff: 100ms}
elasticsearch:
  urls: [%q]
  flush_interval: 50ms
alerting:
  route: {receiver: hook, group_by: ["..."], group_wait: 0s, group_interval: 1m}
  receivers:
    - name: hook
      webhook: {url: %q}
log:
  format: json
`, starter, statePath, emb.Addrs()[0], es.URL, hook.URL)
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}

	sample, err := os.ReadFile(filepath.Join("..", "..", "testdata", "amazon-429-burst.ndjson"))
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(sample), []byte("\n"))
	w, err := kafka.NewWriter(emb.Config("logs"), "logs", zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	// Written as a shipper writes them: keyed by shop, so that one shop's
	// events keep their order in one partition, and stamped with the
	// event's time, by which the source keeps the partitions aligned. The
	// burst then does not depend on how fast each partition happens to be
	// read on a loaded machine.
	var msgs []kafkago.Message
	var at time.Time
	for _, l := range lines {
		var head struct {
			Time time.Time `json:"@timestamp"`
			Shop struct {
				ID string `json:"id"`
			} `json:"shop"`
		}
		m := kafkago.Message{Value: l}
		if json.Unmarshal(l, &head) == nil {
			if head.Shop.ID != "" {
				m.Key = []byte(head.Shop.ID)
			}
			if !head.Time.IsZero() {
				at = head.Time
			}
		}
		m.Time = at // a malformed line: its neighbour's
		msgs = append(msgs, m)
	}
	if err := w.WriteMessages(context.Background(), msgs...); err != nil {
		t.Fatal(err)
	}
	w.Close()
	ends, err := emb.EndOffsets("logs")
	if err != nil {
		t.Fatal(err)
	}
	for part, n := range ends {
		if n == 0 {
			t.Fatalf("partition %d of logs got no record: the run would read one partition only", part)
		}
	}

	valid := len(lines) - 3
	s12 := func() bool { // under mu
		for _, a := range posted {
			if a.Rule == "marketplace-429-burst" && a.Labels["shop.id"] == "S12" && a.Status == alert.Firing {
				return true
			}
		}
		return false
	}
	// Wait for the burst itself: other alerts (the job and deploy
	// watchers') may be posted before it.
	runLog := runVigil(t, cfgPath, func() bool {
		mu.Lock()
		burst := s12()
		mu.Unlock()
		return es.Count("logs-*") == valid && burst && emb.Committed("vigil-run-test")["logs"] != nil
	})
	if got := es.Count("logs-*"); got != valid {
		t.Errorf("indexed %d, want %d", got, valid)
	}
	if committed := committedSum(emb, "vigil-run-test", "logs"); committed != int64(len(lines)) {
		t.Errorf("committed %d offsets, want %d", committed, len(lines))
	}
	dl, err := emb.EndOffsets("logs.dlq")
	if err != nil {
		t.Fatal(err)
	}
	var dead int64
	for _, n := range dl {
		dead += n
	}
	if dead != 3 {
		t.Errorf("%d records on logs.dlq, want 3", dead)
	}
	mu.Lock()
	defer mu.Unlock()
	if !s12() {
		t.Errorf("no firing S12 burst among %d webhook posts", len(posted))
		for _, a := range posted {
			t.Logf("posted: %s %v %s", a.Rule, a.Labels, a.Status)
		}
		if lines := strings.Split(runLog, "\n"); len(lines) > 80 {
			runLog = strings.Join(lines[len(lines)-80:], "\n")
		}
		t.Logf("run log (tail):\n%s", runLog)
	}
	if len(es.Templates()) == 0 {
		t.Error("run did not install the index template")
	}
	// The state saved at shutdown restores into a fresh stack.
	g := &globals{configPath: cfgPath, stderr: io.Discard, stdout: io.Discard}
	c, err := g.loadConfig()
	if err != nil {
		t.Fatal(err)
	}
	st, err := g.newStack(c, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ok, cov, err := st.loadState(statePath)
	if !ok || err != nil {
		t.Fatalf("state after run: restored %v, %v", ok, err)
	}
	// The state covers exactly what was committed: every offset.
	var covered int64
	for _, pc := range cov {
		if pc.Topic != "logs" || len(pc.Above) != 0 {
			t.Errorf("coverage %+v", pc)
		}
		if c := emb.Committed("vigil-run-test")["logs"][pc.Partition]; c != pc.Below {
			t.Errorf("partition %d committed %d, state covers below %d", pc.Partition, c, pc.Below)
		}
		covered += pc.Below
	}
	if covered != int64(len(lines)) {
		t.Errorf("state covers %d offsets, want %d", covered, len(lines))
	}

	// A second run under another group reads the topic from the start
	// again, as after a crash that lost the commits. The restored state
	// covers every offset: each event is indexed again, counted again by
	// no rule.
	cfg2 := strings.Replace(cfg, "group_id: vigil-run-test", "group_id: vigil-run-again", 1)
	if err := os.WriteFile(cfgPath, []byte(cfg2), 0o600); err != nil {
		t.Fatal(err)
	}
	stderr2 := runVigil(t, cfgPath, func() bool { return committedSum(emb, "vigil-run-again", "logs") == int64(len(lines)) })
	var stopped struct {
		Evaluated *int64 `json:"evaluated"`
		Replayed  *int64 `json:"replayed"`
	}
	stopLine(t, stderr2, &stopped)
	if stopped.Replayed == nil || *stopped.Replayed != int64(valid) || *stopped.Evaluated != 0 {
		t.Fatalf("second run: replayed %v evaluated %v, want %d and 0", stopped.Replayed, stopped.Evaluated, valid)
	}
}

// runVigil runs `vigil run -c cfgPath` until until holds (checked every
// 50 ms, for at most 90 s), stops it as a signal would, and returns what
// it logged.
func runVigil(t *testing.T, cfgPath string, until func() bool) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr bytes.Buffer
	done := make(chan error, 1)
	go func() {
		root := newRoot(strings.NewReader(""), io.Discard, &stderr)
		root.SetArgs([]string{"run", "-c", cfgPath})
		done <- root.ExecuteContext(ctx)
	}()
	for deadline := time.Now().Add(await.Within(t, 90*time.Second)); !until() && time.Now().Before(deadline); {
		select {
		case err := <-done:
			t.Fatalf("vigil run stopped on its own: %v\n%s", err, stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("vigil run: %v\n%s", err, stderr.String())
	}
	checkAPIPort(t, stderr.String())
	return stderr.String()
}

// committedSum is the sum of a group's committed offsets over a topic's
// partitions.
func committedSum(emb *kafka.Embedded, group, topic string) int64 {
	var sum int64
	for _, off := range emb.Committed(group)[topic] {
		sum += off
	}
	return sum
}

// stopLine decodes the "vigil stopped" line of vigil run's JSON log.
func stopLine(t *testing.T, log string, v any) {
	t.Helper()
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, "vigil stopped") {
			if err := json.Unmarshal([]byte(l), v); err != nil {
				t.Fatalf("stop line %q: %v", l, err)
			}
			return
		}
	}
	t.Fatalf("no stop line in %d bytes of log", len(log))
}

// TestRunCatchesUpAKeyedBacklog: an hour of the simulated store waits in
// a four-partition topic, keyed by service as a shipper would key them, so
// the partitions differ in volume. Read at full speed, partitions that are
// not aligned in time race apart: the leaders' events are too early for
// the windows, or the laggards' too late. With max_skew none is early and
// hardly any late.
//
// The three busiest services share partition 0, so the partitions differ
// several times over in volume (about 22,000, 4,500, 3,400 and 22 records
// for the same hour). Unaligned, the sparse ones run most of the hour ahead
// of the dense one: read in turn, their events are too early for the
// windows; when the dense one's first (large) fetch arrives after they
// have begun, its events are late. Either way thousands of events, however
// the machine schedules the fetches. (With partitions of similar volume a
// cold run once found only 63 against a tolerance of 303, so the unaligned
// run could not be asserted and proved nothing.)
func TestRunCatchesUpAKeyedBacklog(t *testing.T) {
	if testing.Short() {
		t.Skip("end to end")
	}
	emb, err := kafka.StartEmbedded(4, "logs")
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	partOf := map[string]int32{"amazon-api": 0, "order-sync": 0, "inventory-sync": 0, "shopify-webhook": 1,
		"payment-callback": 2, "job-runner": 3}
	store := sim.New(sim.Config{Seed: 3, Skip: 7*time.Hour + 30*time.Minute, Duration: 8*time.Hour + 30*time.Minute})
	var recs []*kgo.Record
	dec := event.NewDecoder(nil)
	for {
		line, at, ok := store.Next()
		if !ok {
			break
		}
		var ev event.Event
		if err := dec.Decode(line, &ev); err != nil {
			t.Fatal(err)
		}
		svc, _ := ev.Get("service.name")
		recs = append(recs, &kgo.Record{Topic: "logs", Partition: partOf[svc.Str], Value: line, Timestamp: at})
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(emb.Addrs()...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.ProduceSync(context.Background(), recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	cl.Close()

	catchUp := func(group, maxSkew string) (early, late int64) {
		dir := t.TempDir()
		cfgPath := filepath.Join(dir, "vigil.yaml")
		cfg := fmt.Sprintf(`
pipeline: {data_dir: %q, allowed_lateness: 2m}
server: {listen: "127.0.0.1:0"} # a free port: tests run in parallel, packages too
kafka:
  brokers: [%q]
  topics: [logs]
  group_id: %s
  max_skew: %s
  commit_interval: 100ms
  max_wait: 500ms
  group: {heartbeat_interval: 100ms, session_timeout: 2s, rebalance_timeout: 2s, join_group_backoff: 100ms}
elasticsearch:
  urls: [%q]
  flush_interval: 50ms
alerting:
  route: {receiver: terminal}
  receivers: [{name: terminal, terminal: true}]
log: {format: json}
`, dir, emb.Addrs()[0], group, maxSkew, estest.NewServer(t).URL)
		if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
			t.Fatal(err)
		}
		log := runVigil(t, cfgPath, func() bool { return committedSum(emb, group, "logs") == int64(len(recs)) })
		var stopped struct {
			Early *int64 `json:"early"`
			Late  int64  `json:"late"`
		}
		stopLine(t, log, &stopped)
		if stopped.Early == nil {
			t.Fatalf("%s: the stop line has no early count", group)
		}
		t.Logf("%s (max_skew %s): %d early, %d late of %d records", group, maxSkew, *stopped.Early, stopped.Late, len(recs))
		return *stopped.Early, stopped.Late
	}
	// (max_wait is the default: with 100 ms a loaded machine's fetches
	// time out and the partitions stall in turn, reconnecting, which is
	// skew of the machine's making, not of the backlog's.)
	// Unaligned, the partitions race apart: events too early or too late.
	// The lateness is longer than any stall a loaded machine gives a catch-up,
	// so the live clock never moves event time on while records wait: what
	// is late or early here comes from the partitions' skew alone.
	tolerance := int64(len(recs) / 100)
	if early, late := catchUp("unaligned", "-1s"); early+late <= tolerance {
		t.Errorf("without alignment only %d early and %d late of %d: the test cannot tell alignment from luck", early, late, len(recs))
	}
	if early, late := catchUp("aligned", "1m"); early != 0 || late > tolerance {
		t.Errorf("aligned partitions: %d events refused as too early, %d late", early, late)
	}
}
