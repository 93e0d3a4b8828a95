package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// checkDemoAlertHistory checks the alert history file that a demo run with
// alerting.history.enabled (TestDemoAlertsAndLeaksNoPII's) wrote beside
// its local index in dir: one record per alert the terminal receiver was
// told, firing or resolved, as many as the dispatcher counts and the
// terminal shows.
func checkDemoAlertHistory(t *testing.T, dir string, stdout, stderr *bytes.Buffer) {
	t.Helper()
	// What the terminal was told: one header line per alert.
	shown := map[string]int{}
	for _, l := range strings.Split(stdout.String(), "\n") {
		if m := regexp.MustCompile(`^\[P[0-3]\] (FIRING|RESOLVED) (\S+)`).FindStringSubmatch(l); m != nil {
			shown[strings.ToLower(m[1])+" "+m[2]]++
		}
	}
	// What the dispatcher counted.
	m := regexp.MustCompile(`alerting: \d+ notifications \((\d+) alerts\)`).FindStringSubmatch(stderr.String())
	if m == nil {
		t.Fatalf("no alerting summary in:\n%s", stderr.String())
	}
	notified, _ := strconv.Atoi(m[1])
	if notified == 0 {
		t.Fatalf("the demo notified no alert:\n%s", stderr.String())
	}

	f, err := os.Open(filepath.Join(dir, "alert-history.ndjson"))
	if err != nil {
		t.Fatalf("no history beside the local index: %v", err)
	}
	defer f.Close()
	recorded := map[string]int{}
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct {
			Timestamp time.Time `json:"@timestamp"`
			Kind      string    `json:"kind"`
			Receiver  string    `json:"receiver"`
			Group     string    `json:"group"`
			Alert     struct {
				Fingerprint string `json:"fingerprint"`
				Rule        string `json:"rule"`
				Status      string `json:"status"`
			} `json:"alert"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("history line %d: %v", n+1, err)
		}
		n++
		if rec.Receiver != "terminal" || rec.Group == "" || rec.Timestamp.IsZero() || rec.Alert.Fingerprint == "" ||
			rec.Kind != rec.Alert.Status {
			t.Errorf("history line %d: %s", n, sc.Bytes())
		}
		recorded[rec.Kind+" "+rec.Alert.Rule]++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n != notified {
		t.Errorf("%d history records, the dispatcher notified %d alerts", n, notified)
	}
	if len(shown) == 0 {
		t.Fatalf("no alert shown on the terminal:\n%s", stdout.String())
	}
	for k, v := range shown {
		if recorded[k] != v {
			t.Errorf("%s: the terminal showed %d, the history holds %d", k, v, recorded[k])
		}
	}
	for k, v := range recorded {
		if shown[k] != v {
			t.Errorf("%s: the history holds %d, the terminal showed %d", k, v, shown[k])
		}
	}
}

// vigil setup installs the alert history's index template beside the
// logs', and vigil alerts test records its test alert in today's history
// index when Elasticsearch is configured.
func TestSetupAndAlertsTestWriteTheHistoryIndex(t *testing.T) {
	es := estest.NewServer(t)
	hook, _ := receiverServer(t, http.StatusOK, `{"ok":true}`)
	dir := t.TempDir()
	path := filepath.Join(dir, "vigil.yaml")
	doc := fmt.Sprintf(`pipeline: {data_dir: %s}
elasticsearch: {urls: [%q]}
alerting:
  history: {enabled: true, index_prefix: team-alerts}
  route: {receiver: hook}
  receivers:
    - {name: hook, webhook: {url: %q}}
`, filepath.Join(dir, "data"), es.URL, hook.URL)
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	if code := run([]string{"setup", "-c", path, "--skip-kibana"}, nil, &out, &errs); code != 0 {
		t.Fatalf("setup exit %d: %s", code, errs.String())
	}
	tpl, ok := es.Templates()["team-alerts"]
	if !ok || !strings.Contains(string(tpl), `"team-alerts-*"`) {
		t.Fatalf("history template: %s (templates %v)", tpl, es.Templates())
	}

	code, stdout, stderr := runAlertsTest(t, "-c", path)
	if code != 0 {
		t.Fatalf("alerts test exit %d:\n%s\n%s", code, stdout, stderr)
	}
	n := 0
	for _, ix := range es.Indices() {
		if !strings.HasPrefix(ix, "team-alerts-") {
			continue
		}
		for _, raw := range es.Docs(ix) {
			n++
			if !strings.Contains(string(raw), `"kind":"test"`) || !strings.Contains(string(raw), `"receiver":"hook"`) {
				t.Errorf("%s: %s", ix, raw)
			}
		}
		if m := es.Mapping(ix); m["alert.rule"] != "keyword" || m["@timestamp"] != "date" {
			t.Errorf("%s mapped without the template: %v", ix, m)
		}
	}
	if n != 1 {
		t.Errorf("%d history documents, want 1 (indices %v)", n, es.Indices())
	}
	if !strings.Contains(stderr, "1 test records in the alert history (team-alerts-") {
		t.Errorf("stderr %q", stderr)
	}
}

// TestRunWritesAlertHistoryToElasticsearch runs `vigil run` with the alert
// history on (the embedded Kafka broker, the in-process Elasticsearch, a
// webhook): it installs the history template at start, and once it has
// stopped every alert the webhook was told is one document of the daily
// history index, mapped by the template.
func TestRunWritesAlertHistoryToElasticsearch(t *testing.T) {
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
		var a alert.Alert
		if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		mu.Lock()
		posted = append(posted, a)
		mu.Unlock()
	}))
	defer hook.Close()

	dir := t.TempDir()
	starter, err := filepath.Abs(filepath.Join("..", "..", "examples", "ecommerce", "rules"))
	if err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(dir, "vigil.yaml")
	cfg := fmt.Sprintf(`
rules: {dir: %q}
pipeline: {data_dir: %q}
server: {listen: "127.0.0.1:0"} # a free port: tests run in parallel, packages too
kafka:
  brokers: [%q]
  topics: [logs]
  group_id: vigil-history-test
  commit_interval: 100ms
  max_wait: 100ms
  group: {heartbeat_interval: 100ms, session_timeout: 2s, rebalance_timeout: 2s, join_group_backoff: 100ms}
elasticsearch:
  urls: [%q]
  flush_interval: 50ms
alerting:
  history: {enabled: true}
  route: {receiver: hook, group_by: ["..."], group_wait: 0s, group_interval: 1m}
  receivers:
    - name: hook
      webhook: {url: %q}
log:
  format: json
`, starter, filepath.Join(dir, "data"), emb.Addrs()[0], es.URL, hook.URL)
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	sample, err := os.ReadFile(filepath.Join("..", "..", "testdata", "amazon-429-burst.ndjson"))
	if err != nil {
		t.Fatal(err)
	}
	w, err := kafka.NewWriter(emb.Config("logs"), "logs", zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	var msgs []kafkago.Message
	for _, l := range bytes.Split(bytes.TrimSpace(sample), []byte("\n")) {
		msgs = append(msgs, kafkago.Message{Value: l})
	}
	if err := w.WriteMessages(context.Background(), msgs...); err != nil {
		t.Fatal(err)
	}
	w.Close()

	stderr := runVigil(t, cfgPath, func() bool {
		mu.Lock()
		defer mu.Unlock()
		for _, a := range posted {
			if a.Rule == "marketplace-429-burst" && a.Status == alert.Firing {
				return es.Count("vigil-alerts-*") > 0
			}
		}
		return false
	})
	if _, ok := es.Templates()["vigil-alerts"]; !ok {
		t.Errorf("vigil run did not install the history template: %v", es.Templates())
	}
	mu.Lock()
	told := map[string]int{}
	for _, a := range posted {
		told[string(a.Status)+" "+a.Fingerprint]++
	}
	n := len(posted)
	mu.Unlock()
	recorded := map[string]int{}
	docs := 0
	for _, ix := range es.Indices() {
		if !strings.HasPrefix(ix, "vigil-alerts-") {
			continue
		}
		if m := es.Mapping(ix); m["alert.fingerprint"] != "keyword" || m["alert.starts_at"] != "date" {
			t.Errorf("%s not mapped by the template: %v", ix, m)
		}
		for _, raw := range es.Docs(ix) {
			var d struct {
				Kind     string `json:"kind"`
				Receiver string `json:"receiver"`
				Alert    struct {
					Fingerprint string `json:"fingerprint"`
				} `json:"alert"`
			}
			if err := json.Unmarshal(raw, &d); err != nil {
				t.Fatal(err)
			}
			if d.Receiver != "hook" {
				t.Errorf("%s: %s", ix, raw)
			}
			recorded[d.Kind+" "+d.Alert.Fingerprint]++
			docs++
		}
	}
	if docs != n || n == 0 {
		t.Errorf("%d history documents, the webhook was told %d alerts", docs, n)
	}
	t.Logf("%d alerts told and recorded", n)
	for k, v := range told {
		if recorded[k] != v {
			t.Errorf("%s: told %d times, recorded %d", k, v, recorded[k])
		}
	}
	if !strings.Contains(stderr, "alert history closed") || !strings.Contains(stderr, fmt.Sprintf(`"written":%d`, n)) {
		t.Errorf("no history stop line with %d written in:\n%s", n, stderr)
	}
}
