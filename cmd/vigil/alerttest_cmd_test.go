package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// receiverServer answers every POST with status and body, counting them.
func receiverServer(t *testing.T, status int, body string) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

// alertsTestConfig writes a config with the given receivers YAML and
// routes, fast retries and the history in dir.
func alertsTestConfig(t *testing.T, dir, receivers, route string) string {
	t.Helper()
	path := filepath.Join(dir, "vigil.yaml")
	cfg := fmt.Sprintf(`pipeline:
  data_dir: %s
alerting:
  retry: {initial: 1ms, max: 2ms}
  history:
    enabled: true
    file: %s
  route:
%s
  receivers:
%s
`, filepath.Join(dir, "data"), filepath.Join(dir, "history.ndjson"), route, receivers)
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func runAlertsTest(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(append([]string{"alerts", "test"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// lineOf returns the output line of a receiver.
func lineOf(out, receiver string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, receiver+" ") {
			return l
		}
	}
	return ""
}

// A receiver answering 200 and one answering 500: one line each with the
// verdict and the answer, three tries for the failing one, exit 1, and the
// delivered test alert in the history file.
func TestAlertsTestWebhooksOKAndFailed(t *testing.T) {
	ok, okHits := receiverServer(t, http.StatusOK, `{"status":"accepted"}`)
	bad, badHits := receiverServer(t, http.StatusInternalServerError, `upstream exploded`)
	dir := t.TempDir()
	cfg := alertsTestConfig(t, dir, fmt.Sprintf(`    - {name: ok-hook, webhook: {url: %q}}
    - {name: bad-hook, webhook: {url: %q}}`, ok.URL+"/hook", bad.URL+"/hook"),
		`    receiver: ok-hook
    routes:
      - {receiver: ok-hook, matchers: ['test="true"'], continue: true}
      - {receiver: bad-hook, matchers: [service.name=checkout]}`)

	code, out, stderr := runAlertsTest(t, "-c", cfg, "--route", "service.name=checkout", "--severity", "P2")
	if code != 1 {
		t.Fatalf("exit %d, want 1\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	okLine, badLine := lineOf(out, "ok-hook"), lineOf(out, "bad-hook")
	if !strings.Contains(okLine, " webhook ") || !strings.Contains(okLine, " ok ") || !strings.Contains(okLine, `{"status":"accepted"}`) {
		t.Errorf("ok-hook line %q", okLine)
	}
	if !strings.Contains(badLine, " failed ") || !strings.Contains(badLine, "HTTP 500") || !strings.Contains(badLine, "upstream exploded") {
		t.Errorf("bad-hook line %q", badLine)
	}
	if okHits.Load() != 1 || badHits.Load() != 3 {
		t.Errorf("requests: ok %d, bad %d; want 1 and 3 tries", okHits.Load(), badHits.Load())
	}
	if !strings.Contains(stderr, "1 of 2 receivers failed") {
		t.Errorf("stderr %q", stderr)
	}

	b, err := os.ReadFile(filepath.Join(dir, "history.ndjson"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 1 {
		t.Fatalf("history %q: want one record (the delivered test alert)", b)
	}
	var rec struct {
		Kind     string `json:"kind"`
		Receiver string `json:"receiver"`
		Alert    struct {
			Rule     string            `json:"rule"`
			Severity string            `json:"severity"`
			Labels   map[string]string `json:"labels"`
		} `json:"alert"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Kind != "test" || rec.Receiver != "ok-hook" || rec.Alert.Rule != "vigil-test" || rec.Alert.Severity != "P2" ||
		rec.Alert.Labels["test"] != "true" || rec.Alert.Labels["service.name"] != "checkout" {
		t.Errorf("history record %s", lines[0])
	}

	// Without the label the routing picks only ok-hook: exit 0.
	code, out, _ = runAlertsTest(t, "-c", cfg)
	if code != 0 || lineOf(out, "bad-hook") != "" || lineOf(out, "ok-hook") == "" {
		t.Errorf("exit %d:\n%s", code, out)
	}
	// --receiver overrides the routing.
	code, out, _ = runAlertsTest(t, "-c", cfg, "--receiver", "bad-hook")
	if code != 1 || lineOf(out, "ok-hook") != "" || lineOf(out, "bad-hook") == "" {
		t.Errorf("--receiver bad-hook: exit %d:\n%s", code, out)
	}
}

// Without alerting.history.enabled nothing is recorded.
func TestAlertsTestWithHistoryOffRecordsNothing(t *testing.T) {
	ok, hits := receiverServer(t, http.StatusOK, `{}`)
	dir := t.TempDir()
	path := filepath.Join(dir, "vigil.yaml")
	doc := fmt.Sprintf("pipeline: {data_dir: %s}\nalerting:\n  history: {enabled: false}\n  route: {receiver: hook}\n  receivers: [{name: hook, webhook: {url: %q}}]\n", dir, ok.URL)
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, stderr := runAlertsTest(t, "-c", path); code != 0 || hits.Load() != 1 || strings.Contains(stderr, "history") {
		t.Fatalf("exit %d, %d requests:\n%s\n%s", code, hits.Load(), out, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files written without history: %v", entries)
	}
}

// A configuration error names the key.
func TestAlertsTestConfigErrorNamesTheKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vigil.yaml")
	if err := os.WriteFile(path, []byte("alerting:\n  history:\n    enabled: true\n    index_prefix: Team-Alerts\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runAlertsTest(t, "-c", path)
	if code != 2 || !strings.Contains(stderr, "vigil.yaml:4") || !strings.Contains(stderr, "alerting.history.index_prefix: must be lowercase") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

// Usage and configuration errors exit 2 and say what is wrong.
func TestAlertsTestUsageErrors(t *testing.T) {
	ok, hits := receiverServer(t, http.StatusOK, `{}`)
	dir := t.TempDir()
	cfg := alertsTestConfig(t, dir, fmt.Sprintf(`    - {name: ok-hook, webhook: {url: %q}}
    - {name: other-hook, webhook: {url: %q}}`, ok.URL, ok.URL), `    receiver: ok-hook`)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-c", cfg, "--receiver", "nobody"}, `unknown receiver "nobody": the configuration defines ok-hook, other-hook`},
		{[]string{"-c", cfg, "--route", "service.name"}, "want label=value"},
		{[]string{"-c", cfg, "--route", "test=false"}, "set by vigil alerts test"},
		{[]string{"-c", cfg, "--severity", "P7"}, "--severity"},
		{[]string{}, "alerting.receivers: no receivers configured"},
	} {
		code, _, stderr := runAlertsTest(t, tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("%d requests sent by refused commands", hits.Load())
	}
}

// A DingTalk robot that refuses the message (HTTP 200, errcode 310000) is a
// failure showing the robot's message; one that accepts it shows its
// answer.
func TestAlertsTestDingTalkAnswers(t *testing.T) {
	refuse, refuseHits := receiverServer(t, http.StatusOK, `{"errcode":310000,"errmsg":"keywords not in content"}`)
	accept, _ := receiverServer(t, http.StatusOK, `{"errcode":0,"errmsg":"ok"}`)
	dir := t.TempDir()
	cfg := alertsTestConfig(t, dir, fmt.Sprintf(`    - {name: team-robot, dingtalk: {url: %q}}
    - {name: ops-robot, dingtalk: {url: %q}}`, refuse.URL+"/robot/send?access_token=fake-token-0000", accept.URL+"/robot/send?access_token=fake-token-1111"),
		`    receiver: team-robot
    routes:
      - {receiver: ops-robot, matchers: [team=ops]}`)

	code, out, _ := runAlertsTest(t, "-c", cfg)
	line := lineOf(out, "team-robot")
	if code != 1 || !strings.Contains(line, " dingtalk ") || !strings.Contains(line, " failed ") ||
		!strings.Contains(line, "errcode 310000") || !strings.Contains(line, "keywords not in content") {
		t.Errorf("exit %d, line %q", code, line)
	}
	if refuseHits.Load() != 1 {
		t.Errorf("%d tries of a refusal the robot will repeat, want 1", refuseHits.Load())
	}
	code, out, _ = runAlertsTest(t, "-c", cfg, "--route", "team=ops")
	line = lineOf(out, "ops-robot")
	if code != 0 || !strings.Contains(line, " ok ") || !strings.Contains(line, `{"errcode":0,"errmsg":"ok"}`) {
		t.Errorf("exit %d, line %q", code, line)
	}
	if strings.Contains(out, "fake-token") {
		t.Errorf("output shows the robot's token:\n%s", out)
	}
}
