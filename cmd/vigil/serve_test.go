package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"gopkg.in/yaml.v3"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/config"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/server"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// The API's tokens in the tests, passed to the child through ${ENV}.
const (
	testAdminToken = "e2e-admin-token-5f1c2a9b7d"
	testReadToken  = "e2e-read-token-0c8e4b6a3f"
)

// syncErrorsRule fires for a service that logs three errors in a minute,
// and keeps firing for an hour (the events are minutes old by the time
// they are evaluated, and the test needs the alert firing).
const syncErrorsRule = `
rules:
  - name: sync-errors
    description: a sync service logs errors
    severity: P2
    filter: log.level == "error"
    group_by: [service.name]
    window: 1m
    condition: count >= 3
    keep_firing_for: 1h
`

var apiAddrRe = regexp.MustCompile(`"addr":"([^"]+)"[^\n]*"message":"API listening"`)

// apiURL waits for the child's "API listening" line and returns its URL.
func apiURL(t *testing.T, c *child) string {
	t.Helper()
	var addr string
	c.await(t, "the API listening", 20*time.Second, func() bool {
		if m := apiAddrRe.FindStringSubmatch(c.stderr.String()); m != nil {
			addr = m[1]
		}
		return addr != ""
	})
	return "http://" + addr
}

// apiCall sends a request to the API with token and decodes a JSON answer
// into out (when not nil); it returns the status and the body.
func apiCall(t *testing.T, method, url, token, body string, out any) (int, string) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if out != nil && res.StatusCode < 300 {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %v: %s", method, url, err, b)
		}
	}
	return res.StatusCode, string(b)
}

// cli runs a vigil command in-process against the API and returns its exit
// code and output.
func cli(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// suppressedBy returns the ids silencing service's sync-errors alert, and
// whether the API lists that alert at all.
func suppressedBy(t *testing.T, base, service string) ([]string, string, bool) {
	t.Helper()
	var l server.AlertList
	code, body := apiCall(t, "GET", base+`/api/v1/alerts?filter=rule="sync-errors"&filter=service.name="`+service+`"`, testReadToken, "", &l)
	if code != 200 {
		t.Fatalf("GET alerts: %d %s", code, body)
	}
	if len(l.Alerts) == 0 {
		return nil, "", false
	}
	return l.Alerts[0].SilencedBy, l.Alerts[0].State, true
}

// TestAPISilenceMutesAFiringAlertAndSurvivesARestart is issue 15's
// evidence on a running pipeline: `vigil run` (a child process, with a
// state file checkpointed only hourly) serves its API with tokens from the
// environment. `vigil silence add` silences inventory-sync through it;
// both inventory-sync and order-sync then fire the same rule: order-sync is
// notified, inventory-sync is listed as suppressed by the silence and never
// notified. vigil is killed (SIGKILL, no checkpoint yet) and restarted: the
// silence is there, the alert raised again from the same events is muted
// by it, order-sync is not paged again; expired with `vigil silence
// expire`, the alert is notified at once. On the way: /readyz, /metrics
// (parsed), a job heartbeat and a deploy marker through Kafka into the
// index, the deploy gate's JSON, `vigil alerts list`, `vigil ready`, and
// no token in vigil's log.
func TestAPISilenceMutesAFiringAlertAndSurvivesARestart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs vigil as a child process twice")
	}
	emb, err := kafka.StartEmbedded(1, "logs")
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	es := estest.NewServer(t)
	hook := newFaultHook(t)
	dir := t.TempDir()
	rulesDir := writeRules(t, dir, syncErrorsRule)
	statePath := filepath.Join(dir, "state.json")
	cfgPath := filepath.Join(dir, "vigil.yaml")
	if err := os.WriteFile(cfgPath, []byte(fmt.Sprintf(`
rules: {dir: %q}
deploys: {enabled: false}
pipeline: {allowed_lateness: 1s, state_file: %q, state_every: 1h}
%s
elasticsearch:
  urls: [%q]
  flush_interval: 50ms
alerting:
  route: {receiver: hook, group_by: ["..."], group_wait: 0s, group_interval: 1s}
  receivers: [{name: hook, webhook: {url: %q}}]
server:
  listen: 127.0.0.1:0
  tokens:
    - {token: "${VIGIL_TEST_ADMIN_TOKEN}", scope: admin}
    - {token: "${VIGIL_TEST_READ_TOKEN}", scope: read}
log: {format: json, level: debug}
`, rulesDir, statePath, kafkaTestConfig(emb, "vigil-api"), es.URL, hook.URL)), 0o600); err != nil {
		t.Fatal(err)
	}
	env := []string{"VIGIL_TEST_ADMIN_TOKEN=" + testAdminToken, "VIGIL_TEST_READ_TOKEN=" + testReadToken}
	prod := newFaultProducer(t, emb)
	// errors stamps n errors of service in the minute three minutes ago:
	// the quiet clock moves event time past it at once.
	minute := time.Now().Add(-3 * time.Minute).Truncate(time.Minute)
	produceErrors := func(service string, n int, at time.Time) {
		var lines [][]byte
		for i := range n {
			lines = append(lines, []byte(fmt.Sprintf(`{"@timestamp":%q,"log":{"level":"error"},"service":{"name":%q},"message":"sync %d failed: upstream 503"}`,
				at.Add(time.Duration(i)*time.Second).UTC().Format(time.RFC3339Nano), service, i)))
		}
		prod.produce(lines...)
	}

	c := startFaultChild(t, env, "run", "-c", cfgPath)
	base := apiURL(t, c)
	c.await(t, "/readyz 200", 20*time.Second, func() bool {
		code, _ := apiCall(t, "GET", base+"/readyz", "", "", nil)
		return code == 200
	})
	if code, out, errOut := cli("ready", "--url", base); code != 0 || !strings.Contains(out, "kafka") {
		t.Errorf("vigil ready: exit %d\n%s%s", code, out, errOut)
	}

	// The on-call silences inventory-sync with the CLI.
	t.Setenv(tokenEnv, testAdminToken)
	code, out, errOut := cli("silence", "add", "service.name=inventory-sync", "--duration", "2h", "--comment", "WMS maintenance", "--author", "ana", "--url", base)
	id := strings.TrimSpace(out)
	if code != 0 || len(id) != 36 {
		t.Fatalf("vigil silence add: exit %d, %q %s", code, out, errOut)
	}
	t.Setenv(tokenEnv, testReadToken)
	if code, _, errOut := cli("silence", "add", "service.name=x", "--comment", "c", "--url", base); code != exitError || !strings.Contains(errOut, "403 Forbidden") {
		t.Errorf("silence add with the read token: exit %d %s", code, errOut)
	}

	produceErrors("inventory-sync", 5, minute)
	produceErrors("order-sync", 5, minute)
	c.await(t, "order-sync notified", 20*time.Second, func() bool { return hook.count("sync-errors", alert.Firing) >= 1 })
	c.await(t, "inventory-sync listed as silenced", 20*time.Second, func() bool {
		ids, state, ok := suppressedBy(t, base, "inventory-sync")
		return ok && state == server.StateSuppressed && slices.Equal(ids, []string{id})
	})
	code, out, errOut = cli("alerts", "list", "--url", base)
	if code != 0 || !strings.Contains(out, "suppressed (silence)") || !strings.Contains(out, id) || !strings.Contains(out, "service.name=order-sync") {
		t.Errorf("vigil alerts list: exit %d\n%s%s", code, out, errOut)
	}

	// A heartbeat and a deploy marker through the API reach the index.
	if code, body := apiCall(t, "POST", base+"/api/v1/heartbeats/ledger-close", testAdminToken, "", nil); code != http.StatusAccepted {
		t.Fatalf("heartbeat: %d %s", code, body)
	}
	if code, body := apiCall(t, "POST", base+"/api/v1/deploys", testAdminToken, `{"service":"order-sync","version":"2.0.1"}`, nil); code != http.StatusAccepted {
		t.Fatalf("deploy marker: %d %s", code, body)
	}
	c.await(t, "the heartbeat and the marker indexed", 20*time.Second, func() bool {
		return es.Count("logs-ledger-close-*") == 1 && strings.Contains(fmt.Sprint(docsOf(es, "logs-order-sync-")), `"event.action":"deploy"`)
	})
	var report map[string]any
	if code, body := apiCall(t, "GET", base+"/api/v1/deploys/order-sync/check?version=2.0.1", testReadToken, "", &report); code != 200 ||
		report["verdict"] != "inconclusive" || report["version"] != "2.0.1" {
		t.Errorf("deploy check: %d %s", code, body)
	}

	// POST /-/reload reloads the rules as SIGHUP does; a broken rule file
	// is refused and the running rules stay.
	if err := os.WriteFile(filepath.Join(rulesDir, "more.yaml"), []byte(strings.ReplaceAll(syncErrorsRule, "sync-errors", "sync-errors-2")), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, body := apiCall(t, "POST", base+"/-/reload", testAdminToken, "", nil); code != 200 || !strings.Contains(body, `"rules":2`) {
		t.Errorf("reload: %d %s", code, body)
	}
	if err := os.WriteFile(filepath.Join(rulesDir, "more.yaml"), []byte("rules:\n  - name: broken\n    condition: count >>= 3\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, body := apiCall(t, "POST", base+"/-/reload", testAdminToken, "", nil); code != http.StatusInternalServerError || !strings.Contains(body, "reload refused") {
		t.Errorf("reload of a broken rule: %d %s", code, body)
	}
	if err := os.Remove(filepath.Join(rulesDir, "more.yaml")); err != nil {
		t.Fatal(err)
	}
	if code, body := apiCall(t, "POST", base+"/-/reload", testReadToken, "", nil); code != http.StatusForbidden {
		t.Errorf("reload with the read token: %d %s", code, body)
	}

	// /metrics, parsed.
	families := scrape(t, base)
	for name, atLeast := range map[string]float64{
		"vigil_events_indexed_total": 12, "vigil_events_fetched_total": 12, "vigil_notifications_total": 1,
		"vigil_elasticsearch_bulk_duration_seconds": 1,
	} {
		if v := sumOf(families[name]); v < atLeast {
			t.Errorf("%s = %g, want at least %g", name, v, atLeast)
		}
	}
	for _, name := range []string{"vigil_kafka_consumer_lag", "vigil_alerts", "vigil_redactions_total", "vigil_rule_evaluation_errors_total"} {
		if families[name] == nil {
			t.Errorf("no %s", name)
		}
	}

	// Killed before any checkpoint, and restarted.
	if err := c.stop(t, syscall.SIGKILL); err == nil {
		t.Fatal("vigil survived SIGKILL")
	}
	firstLog := c.stderr.String()
	c = startFaultChild(t, env, "run", "-c", cfgPath)
	base = apiURL(t, c)
	var sl server.SilenceList
	// (Pending until the restarted dispatcher's clock starts, at its first
	// tick.)
	c.await(t, "the silence restored and in force", 20*time.Second, func() bool {
		code, _ := apiCall(t, "GET", base+"/api/v1/silences", testReadToken, "", &sl)
		return code == 200 && len(sl.Silences) == 1 && sl.Silences[0].State == "active"
	})
	if s := sl.Silences[0]; s.ID != id || s.Comment != "WMS maintenance" || s.CreatedBy != "ana" {
		t.Errorf("restored silence %+v", s)
	}
	// The same events are evaluated again (nothing was committed): the
	// alert is raised again, and muted again.
	c.await(t, "inventory-sync raised again, silenced", 20*time.Second, func() bool {
		ids, state, ok := suppressedBy(t, base, "inventory-sync")
		return ok && state == server.StateSuppressed && slices.Equal(ids, []string{id})
	})
	c.await(t, "order-sync raised again", 20*time.Second, func() bool {
		_, state, ok := suppressedBy(t, base, "order-sync")
		return ok && state == server.StateActive
	})

	t.Setenv(tokenEnv, testAdminToken)
	if code, out, errOut := cli("silence", "list", "--url", base); code != 0 || !strings.Contains(out, id) || !strings.Contains(out, "WMS maintenance") {
		t.Errorf("vigil silence list: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := cli("silence", "expire", id, "--url", base); code != 0 {
		t.Fatalf("vigil silence expire: exit %d %s", code, errOut)
	}
	c.await(t, "inventory-sync notified once the silence is expired", 20*time.Second, func() bool {
		return hook.count("sync-errors", alert.Firing) == 2
	})
	if err := c.stop(t, syscall.SIGTERM); err != nil {
		t.Fatalf("vigil run: %v\n%s", err, c.stderr)
	}

	hook.mu.Lock()
	var told []string
	for _, a := range hook.got {
		told = append(told, string(a.Status)+" "+a.Labels["service.name"])
	}
	hook.mu.Unlock()
	// order-sync once (the restart does not page again), inventory-sync
	// once, after the expiry; nothing else.
	if want := []string{"firing order-sync", "firing inventory-sync"}; !slices.Equal(told, want) {
		t.Errorf("the webhook was told %q, want %q", told, want)
	}
	for _, log := range []string{firstLog, c.stderr.String()} {
		if strings.Contains(log, testAdminToken) || strings.Contains(log, testReadToken) {
			t.Error("a token reached vigil's log")
		}
	}
	if !strings.Contains(firstLog, `"message":"silence added"`) {
		t.Error("the silence's creation is not logged")
	}
}

// docsOf returns the documents of every index whose name starts with
// prefix.
func docsOf(es *estest.Server, prefix string) []string {
	var out []string
	for _, ix := range es.Indices() {
		if strings.HasPrefix(ix, prefix) {
			for _, d := range es.Docs(ix) {
				out = append(out, string(d))
			}
		}
	}
	return out
}

// scrape reads /metrics with the read token and parses it with the
// Prometheus text parser.
func scrape(t *testing.T, base string) map[string]*dto.MetricFamily {
	t.Helper()
	code, body := apiCall(t, "GET", base+"/metrics", testReadToken, "", nil)
	if code != 200 {
		t.Fatalf("/metrics: %d %s", code, body)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	families, err := p.TextToMetricFamilies(strings.NewReader(body))
	if err != nil {
		t.Fatalf("/metrics does not parse: %v", err)
	}
	return families
}

// sumOf adds a family's samples (a histogram's by count).
func sumOf(f *dto.MetricFamily) float64 {
	if f == nil {
		return 0
	}
	var v float64
	for _, m := range f.Metric {
		switch {
		case m.Counter != nil:
			v += m.Counter.GetValue()
		case m.Gauge != nil:
			v += m.Gauge.GetValue()
		case m.Histogram != nil:
			v += float64(m.Histogram.GetSampleCount())
		}
	}
	return v
}

// Without a token the API is served on loopback only: vigil run refuses
// another address before it starts anything.
func TestRunRefusesAnOpenAPIWithoutTokens(t *testing.T) {
	cfgPath := filepath.Join(t.TempDir(), "vigil.yaml")
	if err := os.WriteFile(cfgPath, []byte("kafka: {brokers: [\"127.0.0.1:1\"], topics: [logs]}\nserver: {listen: \"0.0.0.0:9464\"}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := cli("run", "-c", cfgPath)
	if code != exitUsage || !strings.Contains(errOut, "server.listen: 0.0.0.0:9464 is not a loopback address") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

// vigil demo serves the API too; heartbeats and markers are stamped with
// the simulated clock, the alerts' clock.
func TestDemoServesTheAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the demo")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stderr := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		root := newRoot(strings.NewReader(""), io.Discard, stderr)
		root.SetArgs([]string{"demo", "--duration", "30s", "--speed", "60", "--quiet", "--listen", "127.0.0.1:0",
			"--data-dir", t.TempDir(), "--log-format", "json"})
		done <- root.ExecuteContext(ctx)
	}()
	var base string
	await.Until(t, "the demo's API", 30*time.Second, func() bool {
		if m := regexp.MustCompile(`API on (http://\S+)`).FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
		}
		return base != ""
	})
	await.Until(t, "the demo ready", 30*time.Second, func() bool {
		code, _ := apiCall(t, "GET", base+"/readyz", "", "", nil)
		return code == 200
	})
	var hb server.Published
	if code, body := apiCall(t, "POST", base+"/api/v1/heartbeats/nightly-export", "", "", &hb); code != http.StatusAccepted {
		t.Fatalf("heartbeat: %d %s", code, body)
	}
	var ev struct {
		At time.Time `json:"@timestamp"`
	}
	if err := json.Unmarshal(hb.Event, &ev); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(ev.At); d < 24*time.Hour {
		t.Errorf("the heartbeat is stamped %s, not in the simulated store's time", ev.At)
	}
	var l server.AlertList
	await.Until(t, "the alerts' clock started", 30*time.Second, func() bool {
		code, _ := apiCall(t, "GET", base+"/api/v1/alerts", "", "", &l)
		return code == 200 && !l.Clock.IsZero()
	})
	if time.Since(l.Clock) < 24*time.Hour {
		t.Errorf("the alerts' clock is at %s, not the simulated store's time", l.Clock)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("demo: %v\n%s", err, stderr)
	}
}

// docker compose asks vigil's /readyz for its healthcheck (with vigil
// ready: the image has no curl) and keeps its state file on a volume.
func TestComposeProbesVigilAndKeepsItsState(t *testing.T) {
	data, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Services map[string]struct {
			Volumes     []string `yaml:"volumes"`
			Healthcheck struct {
				Test []string `yaml:"test"`
			} `yaml:"healthcheck"`
		} `yaml:"services"`
		Volumes map[string]any `yaml:"volumes"`
	}
	if err := yaml.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	v := f.Services["vigil"]
	test := v.Healthcheck.Test
	if len(test) < 3 || test[0] != "CMD" || test[1] != "/usr/local/bin/vigil" || test[2] != "ready" {
		t.Fatalf("vigil's healthcheck is %q, want vigil ready", test)
	}
	if c, _, err := newRoot(nil, nil, nil).Find(test[2:]); err != nil || c.Name() != "ready" {
		t.Errorf("healthcheck %q is not a vigil command: %v", test, err)
	}
	cfg, err := config.Load("../../examples/docker/vigil.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(test, " "), cfg.Server.WithDefaults().Listen) {
		t.Errorf("the healthcheck %q does not ask server.listen %s", test, cfg.Server.Listen)
	}
	stateDir := filepath.Dir(cfg.Pipeline.StateFile)
	if cfg.Pipeline.StateFile == "" {
		t.Fatal("the compose config keeps no state file")
	}
	mounted := false
	for _, vol := range v.Volumes {
		name, target, _ := strings.Cut(vol, ":")
		if _, named := f.Volumes[name]; named && strings.TrimSuffix(target, ":rw") == stateDir {
			mounted = true
		}
	}
	if !mounted {
		t.Errorf("no named volume at %s (the state file's directory) among %q", stateDir, v.Volumes)
	}
}
