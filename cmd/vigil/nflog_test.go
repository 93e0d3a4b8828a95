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
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/server"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// childArgsEnv carries a child vigil's command line (JSON) to
// TestVigilChildProcess.
const childArgsEnv = "VIGIL_TEST_CHILD_ARGS"

// TestVigilChildProcess is not a test: the fault tests re-execute the test
// binary with childArgsEnv set to run vigil as a process of its own, which
// they can SIGKILL.
func TestVigilChildProcess(t *testing.T) {
	spec := os.Getenv(childArgsEnv)
	if spec == "" {
		t.Skip("runs only as a fault test's child process")
	}
	var args []string
	if err := json.Unmarshal([]byte(spec), &args); err != nil {
		fmt.Fprintln(os.Stderr, "child args:", err)
		os.Exit(exitUsage)
	}
	os.Exit(run(args, os.Stdin, os.Stdout, os.Stderr))
}

// child is a vigil process started by a fault test.
type child struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	done   chan error
}

// startChild runs `vigil ARGS…` as a child process.
func startChild(t *testing.T, args ...string) *child {
	t.Helper()
	spec, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^TestVigilChildProcess$")
	cmd.Env = append(os.Environ(), childArgsEnv+"="+string(spec))
	c := &child{cmd: cmd, stderr: &syncBuffer{}, done: make(chan error, 1)}
	cmd.Stdout, cmd.Stderr = io.Discard, c.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { c.done <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-c.done
		}
		checkAPIPort(t, c.stderr.String())
	})
	return c
}

// checkAPIPort fails a test whose vigil served its API on the default
// port, or could not bind it: go test runs packages, and these tests,
// in parallel, so a test's vigil listens on a free port (server.listen
// 127.0.0.1:0, demo --listen 127.0.0.1:0).
func checkAPIPort(t *testing.T, log string) {
	t.Helper()
	if strings.Contains(log, "the API is not served") {
		t.Errorf("vigil could not serve its API (a fixed port, taken?); give the test's vigil server.listen 127.0.0.1:0")
	}
	_, port, _ := strings.Cut(server.DefaultListen, ":")
	for _, m := range apiAddrRe.FindAllStringSubmatch(log, -1) {
		if strings.HasSuffix(m[1], ":"+port) {
			t.Errorf("vigil served its API on %s, the default port; give the test's vigil server.listen 127.0.0.1:0", m[1])
		}
	}
}

// await polls cond every 20 ms until it holds; it fails the test when the
// deadline (within, scaled by internal/await: a safety net, never a timing
// goal) passes or the child exits first.
func (c *child) await(t *testing.T, what string, within time.Duration, cond func() bool) {
	t.Helper()
	within = await.Within(t, within)
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("no %s within %s; vigil logged:\n%s", what, within, c.stderr)
		}
		select {
		case err := <-c.done:
			c.done <- err
			t.Fatalf("vigil exited (%v) before %s; it logged:\n%s", err, what, c.stderr)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// stop sends sig and waits for the child to exit.
func (c *child) stop(t *testing.T, sig syscall.Signal) error {
	t.Helper()
	if err := c.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-c.done:
		return err
	case <-await.After(t, 30*time.Second):
		t.Fatalf("vigil did not exit on %v; it logged:\n%s", sig, c.stderr)
	}
	return nil
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestKillAfterNotificationDoesNotPageAgain is issue 12's third fault:
// `vigil run` (a child process, with a state file and checkpoints an hour
// apart) notifies a webhook of an alert and is killed with
// SIGKILL as soon as the notification is done, long before the next
// checkpoint. Restarted with the same state file, it restores the older
// checkpoint, evaluates the same events again and raises the alert again:
// the receiver must not be told it again, and must hear its resolution
// once when the stream goes on.
//
// "Done" is the receiver's answer plus the notification log's sync: the
// first case waits for the record to be on disk before it kills. The second
// kills while the receiver holds the request, before vigil has its answer:
// that is the at-least-once window left (alerting/README.md), where the
// restart must send the alert once more, and never forget it.
func TestKillAfterNotificationDoesNotPageAgain(t *testing.T) {
	if testing.Short() {
		t.Skip("runs vigil as a child process three times per case")
	}
	t.Run("killed once the notification is logged", func(t *testing.T) { killAfterNotification(t, false) })
	t.Run("killed before the receiver answers", func(t *testing.T) { killAfterNotification(t, true) })
}

func killAfterNotification(t *testing.T, beforeAnswer bool) {
	emb, err := kafka.StartEmbedded(1, "logs")
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	es := estest.NewServer(t)

	var mu sync.Mutex
	told := map[string]int{} // fingerprint/status -> deliveries
	// With beforeAnswer the first request is held until the test has
	// killed its sender.
	held, release := make(chan struct{}), make(chan struct{})
	var holdOnce sync.Once
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var a alert.Alert
		if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		mu.Lock()
		told[a.Fingerprint+"/"+string(a.Status)]++
		mu.Unlock()
		if beforeAnswer {
			holdOnce.Do(func() {
				close(held)
				<-release
			})
		}
	}))
	defer hook.Close()
	defer func() {
		select {
		case <-release:
		default:
			close(release)
		}
	}()
	count := func(fp string, s alert.Status) int {
		mu.Lock()
		defer mu.Unlock()
		if fp == "" { // any
			n := 0
			for k, v := range told {
				if strings.HasSuffix(k, "/"+string(s)) {
					n += v
				}
			}
			return n
		}
		return told[fp+"/"+string(s)]
	}

	dir := t.TempDir()
	rulesDir := filepath.Join(dir, "rules")
	if err := os.Mkdir(rulesDir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(rulesDir, "checkout.yaml"), []byte(`
rules:
  - name: checkout-errors
    description: checkout logs errors
    severity: P1
    filter: log.level == "error"
    group_by: [service.name]
    window: 1m
    condition: count >= 5
`), 0o600); err != nil {
		t.Fatal(err)
	}
	statePath := filepath.Join(dir, "state.json")
	cfgPath := filepath.Join(dir, "vigil.yaml")
	// state_every (an hour, not the default minute, which a loaded machine
	// may take to reach the kill) outlasts the test: the only checkpoints
	// are those saved when vigil stops cleanly. allowed_lateness is longer
	// than any pause, so the wall clock never moves event time on.
	if err := os.WriteFile(cfgPath, []byte(fmt.Sprintf(`
rules: {dir: %q}
jobs: {enabled: false}
deploys: {enabled: false}
pipeline:
  state_file: %q
  state_every: 1h
  allowed_lateness: 30s
server: {listen: "127.0.0.1:0"} # a free port: tests run in parallel, packages too
kafka:
  brokers: [%q]
  topics: [logs]
  group_id: vigil-nflog-test
  commit_interval: 100ms
  max_wait: 100ms
  group: {heartbeat_interval: 100ms, session_timeout: 1s, rebalance_timeout: 1s, join_group_backoff: 100ms}
elasticsearch:
  urls: [%q]
  flush_interval: 50ms
alerting:
  route: {receiver: hook, group_by: ["..."], group_wait: 0s, group_interval: 0s}
  receivers:
    - name: hook
      webhook: {url: %q}
log: {format: json}
`, rulesDir, statePath, emb.Addrs()[0], es.URL, hook.URL)), 0o600); err != nil {
		t.Fatal(err)
	}

	w, err := kafka.NewWriter(emb.Config("logs"), "logs", zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	t0 := time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)
	produced := 0
	produce := func(from, to time.Duration, level string) {
		t.Helper()
		var msgs []kafkago.Message
		for at := from; at < to; at += 5 * time.Second {
			line := fmt.Sprintf(`{"@timestamp":%q,"log":{"level":%q},"service":{"name":"checkout"},"message":"checkout %s"}`,
				t0.Add(at).Format(time.RFC3339Nano), level, level)
			msgs = append(msgs, kafkago.Message{Value: []byte(line)})
		}
		if err := w.WriteMessages(context.Background(), msgs...); err != nil {
			t.Fatal(err)
		}
		produced += len(msgs)
	}
	args := []string{"run", "-c", cfgPath}

	// 1. Two quiet minutes, then a clean stop: the checkpoint that the
	// restart will restore, from before the alert.
	produce(0, 2*time.Minute, "info")
	first := startChild(t, args...)
	first.await(t, "quiet minutes indexed", 15*time.Second, func() bool { return es.Count("logs-*") == produced })
	if err := first.stop(t, syscall.SIGTERM); err != nil {
		t.Fatalf("first run: %v\n%s", err, first.stderr)
	}
	if _, err := os.Stat(statePath); err != nil {
		t.Fatalf("no checkpoint after a clean stop: %v", err)
	}

	// 2. A minute of errors: the alert fires and is delivered; the process
	// is killed as soon as the delivery is logged (or, beforeAnswer, while
	// the receiver holds it).
	second := startChild(t, args...)
	produce(2*time.Minute, 3*time.Minute, "error")
	produce(3*time.Minute, 3*time.Minute+45*time.Second, "info") // moves the watermark past the minute
	second.await(t, "firing notification", 15*time.Second, func() bool { return count("", alert.Firing) > 0 })
	var fp string
	mu.Lock()
	for k := range told {
		fp = strings.TrimSuffix(k, "/firing")
	}
	mu.Unlock()
	nflog := statePath + ".nflog"
	logged := func() bool {
		b, _ := os.ReadFile(nflog)
		return bytes.Contains(b, []byte(`"firing":["`+fp+`"]`))
	}
	if beforeAnswer {
		<-held
	} else {
		second.await(t, "notification log record", 5*time.Second, logged)
	}
	if err := second.stop(t, syscall.SIGKILL); err == nil {
		t.Fatal("the killed vigil exited cleanly")
	}
	close(release)
	if beforeAnswer && logged() {
		t.Fatal("a notification the receiver never answered was logged as done")
	}
	// The scenario holds only if the checkpoint does not know of the
	// notification.
	b, err := os.ReadFile(statePath)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte(fp)) {
		t.Fatalf("the checkpoint already knows alert %s: the kill came too late to test anything", fp)
	}

	// 3. Restarted with the same state file, vigil evaluates the errors
	// again; once it has settled what it owes the receiver, the stream goes
	// on and the alert resolves. One firing notification too many ends the
	// waits too: the test has failed.
	wantFiring := 1
	if beforeAnswer {
		wantFiring = 2 // the unanswered one is sent again: at least once
	}
	third := startChild(t, args...)
	third.await(t, "the errors evaluated again", 15*time.Second, func() bool {
		return es.Count("logs-*") == produced && count(fp, alert.Firing) >= wantFiring
	})
	produce(3*time.Minute+45*time.Second, 8*time.Minute, "info")
	third.await(t, "resolved notification", 15*time.Second, func() bool {
		return count(fp, alert.Resolved) > 0 || count(fp, alert.Firing) > wantFiring
	})
	if err := third.stop(t, syscall.SIGTERM); err != nil {
		t.Fatalf("third run: %v\n%s", err, third.stderr)
	}
	log := third.stderr.String()
	mu.Lock()
	defer mu.Unlock()
	if len(told) != 2 || told[fp+"/firing"] != wantFiring || told[fp+"/resolved"] != 1 {
		t.Errorf("the receiver was told %v; want %s firing %d times and resolved once", told, fp, wantFiring)
	}
	var replayed struct {
		Replayed int `json:"replayed"`
		Restored int `json:"alerts_restored"`
	}
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, "notification log replayed") {
			if err := json.Unmarshal([]byte(l), &replayed); err != nil {
				t.Fatal(err)
			}
		}
	}
	if want := wantFiring % 2; replayed.Replayed != want || replayed.Restored != want {
		t.Errorf("replay after the kill: %+v, want %d record(s)", replayed, want)
	}
	// The errors were evaluated again and the alert raised again (and
	// deduplicated), not resolved by the dispatcher for want of it.
	if strings.Contains(log, "was not raised again") {
		t.Errorf("the restarted engine did not raise the alert again:\n%s", log)
	}
}
