package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/vigilops/vigil/detectors/deploy"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/sim"
	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// Issue 13's evidence: deploys replayed from the demo store's simulator
// (package sim) through `vigil deploy check`, judged by exit status and
// report.

// day is the demo store's simulated day (sim.DefaultStart).
var day = sim.DefaultStart

// at is a time of the simulated day.
func at(hm string) time.Time {
	d, err := time.ParseDuration(strings.NewReplacer(":", "h").Replace(hm) + "m")
	if err != nil {
		panic(err)
	}
	return day.Add(d)
}

// world is a slice of the demo store's day: the lines of [from, to) at the
// given peak rate (events per second), each passed through edit (nil keeps
// them as they are).
type world struct {
	from, to time.Time
	rate     float64
	seed     int64
	keep     []string // the services whose lines are written (nil: all)
	edit     edit
}

// write simulates the world into an NDJSON file and returns its path and
// the PII values the simulator emitted.
func (w world) write(t *testing.T) (string, []sim.PIIValue) {
	t.Helper()
	b, pii := w.bytes(t)
	return writeFile(t, b), pii
}

// bytes simulates the world.
func (w world) bytes(t testing.TB) ([]byte, []sim.PIIValue) {
	s := sim.New(sim.Config{Start: day, Seed: w.seed, Rate: w.rate, Duration: w.to.Sub(day), Skip: w.from.Sub(day)})
	var b bytes.Buffer
	for {
		line, at, ok := s.Next()
		if !ok {
			break
		}
		if w.keep != nil && !slices.Contains(w.keep, s.LastService()) {
			continue
		}
		lines := [][]byte{line}
		if w.edit != nil && !s.Malformed() {
			lines = w.edit(line, at, s.LastService())
		}
		for _, l := range lines {
			b.Write(l)
			b.WriteByte('\n')
		}
	}
	return b.Bytes(), s.PII()
}

func writeFile(t *testing.T, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "logs.ndjson")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// edit changes one simulated line into the lines written in its place.
type edit func(line []byte, at time.Time, service string) [][]byte

// chain applies edits in turn.
func chain(edits ...edit) edit {
	return func(line []byte, ts time.Time, svc string) [][]byte {
		lines := [][]byte{line}
		for _, e := range edits {
			var next [][]byte
			for _, l := range lines {
				next = append(next, e(l, ts, svc)...)
			}
			lines = next
		}
		return lines
	}
}

// rewrite decodes a line, lets fn change it and encodes it again.
func rewrite(t *testing.T, line []byte, fn func(m map[string]any)) []byte {
	var m map[string]any
	if err := json.Unmarshal(line, &m); err != nil {
		t.Fatal(err)
	}
	fn(m)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// deployed is a deploy of version of service at ts: a marker line, as
// `vigil deploy mark` writes it, before the first line from ts, and the
// new version on the service's lines from then on.
func deployed(t *testing.T, service, version string, ts time.Time) edit {
	marked := false
	return func(line []byte, at time.Time, svc string) [][]byte {
		var out [][]byte
		if !marked && !at.Before(ts) {
			marked = true
			out = append(out, deployMarkerLine(service, version, "", "", ts))
		}
		if svc != service || at.Before(ts) || bytes.Contains(line, []byte(`"action":"deploy"`)) {
			return append(out, line)
		}
		return append(out, rewrite(t, line, func(m map[string]any) { m["service"].(map[string]any)["version"] = version }))
	}
}

// errorRatio plays incidents of kind sim.SignalRatio on log.level: during
// each, the service's error ratio moves from in.Signal.Baseline (the
// simulator's own) to in.Signal.Peak, each non-error line becoming an
// error line of code with the probability that does it. An error line
// keeps everything else of its line (trace, status, duration).
func errorRatio(t *testing.T, seed uint64, code string, incidents ...sim.Incident) edit {
	rng := rand.New(rand.NewPCG(seed, 13))
	return func(line []byte, ts time.Time, svc string) [][]byte {
		for _, in := range incidents {
			if svc != in.Service || ts.Before(in.Start) || !ts.Before(in.End) || bytes.Contains(line, []byte(`"level":"error"`)) {
				continue
			}
			if q := (in.Signal.Peak - in.Signal.Baseline) / (1 - in.Signal.Baseline); rng.Float64() >= q {
				break
			}
			return [][]byte{rewrite(t, line, func(m map[string]any) {
				m["log"] = map[string]any{"level": "error"}
				m["error"] = map[string]any{"code": code, "type": "TimeoutError", "message": "order service did not answer within 30s"}
				m["message"] = "payment callback failed: " + code
			})}
		}
		return [][]byte{line}
	}
}

// checkDeploy runs `vigil deploy check ARGS…` in-process and returns its
// exit status, stdout and stderr.
func checkDeploy(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(append([]string{"deploy", "check"}, args...), strings.NewReader(""), &out, &errs)
	return code, out.String(), errs.String()
}

// jsonReport decodes a --report json output.
func jsonReport(t *testing.T, out string) deploy.Report {
	t.Helper()
	var r deploy.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("report: %v\n%s", err, out)
	}
	return r
}

// The scenarios' worlds. Each keeps the judged service and the job runner
// (another service the check must leave out) to keep the tests quick.
func scenarioWorlds(t *testing.T) (regress, benign, quiet, rollback string, pii []sim.PIIValue) {
	t.Helper()
	pc := sim.SvcPaymentCallback

	// (1) payment-callback, ~30 lines/min at 11:30, failing 3 % of its
	// callbacks for the two hours before; release 1.9.5 triples that.
	dep := at("11:30")
	from := dep.Add(-2*time.Hour - 5*time.Minute)
	flaky := sim.Incident{Name: "flaky-callbacks", Service: pc, Start: from, End: dep,
		Signal: sim.Signal{Kind: sim.SignalRatio, Field: "log.level", Baseline: 0.01, Peak: 0.03}}
	worse := sim.Incident{Name: "release-1.9.5-errors-x3", Service: pc, Start: dep, End: dep.Add(time.Hour),
		Signal: sim.Signal{Kind: sim.SignalRatio, Field: "log.level", Baseline: 0.01, Peak: 0.09}}
	regress, _ = world{from: from, to: dep.Add(15 * time.Minute), rate: 5, seed: 1, keep: []string{pc, sim.SvcJobRunner},
		edit: chain(deployed(t, pc, "1.9.5", dep), errorRatio(t, 1, "PAYMENT_CALLBACK_TIMEOUT", flaky, worse))}.write(t)

	// (2) the simulator's routine release of shopify-webhook 3.1.5 at
	// 09:45 (~140 lines/min), with two warnings carrying a buyer's e-mail
	// address and phone number in their error message after it: a new
	// code and message, too few to judge, which the report must list
	// redacted.
	n := 0
	leak := func(line []byte, ts time.Time, svc string) [][]byte {
		if svc != sim.SvcShopifyWebhook || ts.Before(at("09:50")) || n >= 2 {
			return [][]byte{line}
		}
		n++
		return [][]byte{line, rewrite(t, line, func(m map[string]any) {
			msg := "webhook for buyer.test" + strconv.Itoa(n) + "@mail.example (+44 7700 900" + strconv.Itoa(100+n) + ") does not match the order"
			m["log"] = map[string]any{"level": "warn"}
			m["error"] = map[string]any{"code": "WEBHOOK_BUYER_MISMATCH", "message": msg}
			m["message"] = msg
		})}
	}
	benign, pii = world{from: at("07:40"), to: at("10:00"), rate: 20, seed: 1, keep: []string{sim.SvcShopifyWebhook, sim.SvcJobRunner}, edit: leak}.write(t)

	// (3) the simulator's release of order-sync 1.14.3 at 03:20, at a
	// tenth of the demo's rate: about three lines a minute.
	quiet, _ = world{from: at("01:15"), to: at("03:40"), rate: 2, seed: 1}.write(t)

	// (4) the simulator's payment-callback 1.9.4 at 19:08, failing a
	// quarter of the callbacks from 19:10, and the rollback to 1.9.3 at
	// 19:25.
	rollback = rollbackWorld(t, at("19:40"))
	return regress, benign, quiet, rollback, pii
}

// TestDeployCheckScenarios is the evidence: a regression exits 1
// naming error_ratio, a benign deploy exits 0, a low-traffic one exits 2,
// a rollback's check exits 0; then the same exit codes from the vigil
// binary (the test binary re-executed as vigil, as the fault tests do),
// and a usage error.
func TestDeployCheckScenarios(t *testing.T) {
	regress, benign, quiet, rollback, pii := scenarioWorlds(t)
	pc := sim.SvcPaymentCallback

	t.Run("regression", func(t *testing.T) {
		code, out, errs := checkDeploy(t, "--service", pc, "--since", "marker", "--input", regress, "--report", "json")
		r := jsonReport(t, out)
		er := r.Signal(deploy.SignalErrorRatio)
		t.Logf("exit %d: %s (error_ratio p %.2g)", code, r.Reason, er.PValue)
		if code != 1 || !slices.Contains(r.Degraded(), deploy.SignalErrorRatio) {
			t.Fatalf("exit %d, degraded %v, want 1 naming error_ratio: %s\n%s", code, r.Degraded(), r.Reason, errs)
		}
		if r.Version != "1.9.5" || er.After < 2*er.Before || r.After.Events < 250 || r.After.Events > 350 {
			t.Errorf("version %s, error ratio %.4f → %.4f over %d events: not the scenario", r.Version, er.Before, er.After, r.After.Events)
		}
		if md := r.Markdown(); !strings.Contains(md, "| error_ratio | ") || !strings.Contains(md, "**degraded**") {
			t.Errorf("the Markdown report does not name error_ratio degraded:\n%s", md)
		}
		if !strings.Contains(r.KibanaURL, "/app/discover#/") || !strings.Contains(r.KibanaURL, "payment-callback") ||
			!strings.Contains(r.KibanaURL, "2026-11-24T11:41:00.000Z") {
			t.Errorf("kibana link: %s", r.KibanaURL)
		}
	})

	t.Run("benign", func(t *testing.T) {
		code, out, errs := checkDeploy(t, "--service", sim.SvcShopifyWebhook, "--since", "marker", "--input", benign, "--report", "md")
		t.Logf("exit %d:\n%s", code, out)
		if code != 0 || !strings.HasPrefix(out, "### ✅ Deploy check: healthy · shopify-webhook 3.1.5") {
			t.Fatalf("exit %d, want 0 healthy:\n%s\n%s", code, out, errs)
		}
		// The new message is listed, redacted: nothing the simulator
		// emitted as PII, nor the two injected addresses, reaches stdout.
		if !strings.Contains(out, "`webhook for [REDACTED:email] ([REDACTED:phone]) does not match the order`") {
			t.Errorf("the new error message is not listed, redacted:\n%s", out)
		}
		for _, leaked := range []string{"@mail.example", "7700 900"} {
			if strings.Contains(out+errs, leaked) {
				t.Errorf("the report leaks %q", leaked)
			}
		}
		for _, v := range pii {
			if len(v.Value) >= 6 && strings.Contains(out+errs, v.Value) {
				t.Errorf("the report leaks the simulator's %s %q", v.Kind, v.Value)
			}
		}
	})

	t.Run("low traffic", func(t *testing.T) {
		code, out, _ := checkDeploy(t, "--service", sim.SvcOrderSync, "--since", "marker", "--input", quiet, "--report", "json")
		r := jsonReport(t, out)
		t.Logf("exit %d: %s", code, r.Reason)
		if code != 2 || r.Verdict != deploy.Inconclusive || r.Version != "1.14.3" || r.After.Events >= 100 || !strings.HasPrefix(r.Reason, "Only ") {
			t.Fatalf("exit %d, %s %s, %d events: want 2, inconclusive for too few events: %s", code, r.Verdict, r.Version, r.After.Events, r.Reason)
		}
	})

	t.Run("rollback", func(t *testing.T) {
		// The bad release itself is degraded...
		code, out, _ := checkDeploy(t, "--service", pc, "--since", "marker", "--version", "1.9.4", "--input", rollback, "--report", "json")
		bad := jsonReport(t, out)
		t.Logf("1.9.4: exit %d: %s", code, bad.Reason)
		if code != 1 || !slices.Contains(bad.Degraded(), deploy.SignalErrorRatio) {
			t.Fatalf("1.9.4: exit %d, degraded %v, want 1 naming error_ratio", code, bad.Degraded())
		}
		// ...and the rollback, the latest marker, is healthy: its
		// baseline is the bad release's time alone.
		code, out, _ = checkDeploy(t, "--service", pc, "--since", "marker", "--input", rollback, "--report", "json")
		r := jsonReport(t, out)
		t.Logf("1.9.3: exit %d: %s; baselines %+v", code, r.Reason, r.Baselines)
		if code != 0 || r.Version != "1.9.3" {
			t.Fatalf("rollback: exit %d, version %s, want 0: %s", code, r.Version, r.Reason)
		}
		if len(r.Baselines) != 1 || r.Baselines[0].Label != "16 min before, since 1.9.4" || !r.Baselines[0].Start.Equal(at("19:09")) {
			t.Errorf("rollback baseline: %+v", r.Baselines)
		}
		// The same deploy given by its time.
		if code, _, _ := checkDeploy(t, "--service", pc, "--since", "2026-11-24T19:25:00Z", "--input", rollback); code != 0 {
			t.Errorf("--since 19:25: exit %d, want 0", code)
		}
	})

	t.Run("report", func(t *testing.T) {
		var out, errs bytes.Buffer
		code := run([]string{"deploy", "report", "--service", pc, "--version", "1.9.4", "--input", rollback}, nil, &out, &errs)
		if code != 0 || !strings.HasPrefix(out.String(), "### ❌ Deploy check: degraded · payment-callback 1.9.4") ||
			!strings.Contains(out.String(), "Deployed 2026-11-24 19:08:00Z.") {
			t.Errorf("report of 1.9.4: exit %d:\n%s%s", code, out.String(), errs.String())
		}
		out.Reset()
		code = run([]string{"deploy", "report", "--service", pc, "--at", "2026-11-24T19:25:00Z", "--input", rollback}, nil, &out, &errs)
		if code != 0 || !strings.HasPrefix(out.String(), "### ✅ Deploy check: healthy · payment-callback 1.9.3") {
			t.Errorf("report at 19:25: exit %d:\n%s", code, out.String())
		}
		errs.Reset()
		code = run([]string{"deploy", "report", "--service", pc, "--version", "9.9.9", "--input", rollback}, nil, io.Discard, &errs)
		if code != 1 || !strings.Contains(errs.String(), "No deploy marker of payment-callback version 9.9.9") {
			t.Errorf("report of a version never deployed: exit %d: %s", code, errs.String())
		}
	})

	t.Run("binary", func(t *testing.T) {
		for _, c := range []struct {
			args []string
			code int
			err  string
		}{
			{[]string{"--service", sim.SvcPaymentCallback, "--since", "marker", "--input", rollback}, 0, "healthy"},
			{[]string{"--service", sim.SvcPaymentCallback, "--since", "marker", "--input", regress}, 1, "degraded"},
			{[]string{"--service", sim.SvcOrderSync, "--since", "marker", "--input", quiet}, 2, "inconclusive"},
			{[]string{"--service", sim.SvcOrderSync, "--since", "yesterday", "--input", quiet}, 2, "vigil: --since"},
		} {
			ch := startChild(t, append([]string{"deploy", "check"}, c.args...)...)
			err := <-ch.done
			ch.done <- err
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.code || !strings.Contains(ch.stderr.String(), c.err) {
				t.Errorf("vigil deploy check %s: exit %d, want %d with %q on stderr:\n%s", strings.Join(c.args, " "), code, c.code, c.err, ch.stderr)
			}
		}
	})
}

// rollbackDay is scenario (4)'s world, simulated once for every test.
var rollbackDay struct {
	sync.Once
	b []byte
}

// rollbackWorld writes scenario (4)'s world up to to (at most 19:40) into
// a file.
func rollbackWorld(t *testing.T, to time.Time) string {
	rollbackDay.Do(func() {
		rollbackDay.b, _ = world{from: at("17:00"), to: at("19:40"), rate: 5, seed: 1, keep: []string{sim.SvcPaymentCallback, sim.SvcJobRunner}}.bytes(t)
	})
	var b bytes.Buffer
	dec := event.NewDecoder(nil)
	var ev event.Event
	for _, l := range bytes.SplitAfter(rollbackDay.b, []byte("\n")) {
		if dec.Decode(l, &ev) == nil && !ev.Time.Before(to) {
			break
		}
		b.Write(l)
	}
	return writeFile(t, b.Bytes())
}

// TestDeployCheckWindowNotOver: an input that ends before the window does
// is inconclusive (exit 2), saying so, whatever the partial window shows.
func TestDeployCheckWindowNotOver(t *testing.T) {
	path := rollbackWorld(t, at("19:30"))
	code, out, _ := checkDeploy(t, "--service", sim.SvcPaymentCallback, "--since", "marker", "--input", path, "--report", "json")
	r := jsonReport(t, out)
	if code != 2 || !strings.HasPrefix(r.Reason, "The window is not over: it ends at 2026-11-24 19:36:00Z and the input reaches only 19:29:") ||
		strings.Contains(r.Reason, "--wait") || len(r.Notes) == 0 || !strings.HasPrefix(r.Notes[len(r.Notes)-1], "So far (the window is incomplete") {
		t.Fatalf("exit %d: %s; notes %q", code, r.Reason, r.Notes)
	}
}

// streamLines writes the lines of path up to the first one at or after
// until into w, one by one, and then holds the stream open, as a log
// shipper's pipe does.
func streamLines(t *testing.T, path string, until time.Time, w *io.PipeWriter) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Error(err)
		return
	}
	dec := event.NewDecoder(nil)
	var ev event.Event
	for _, l := range bytes.Split(b, []byte("\n")) {
		if _, err := w.Write(append(l, '\n')); err != nil {
			return
		}
		if dec.Decode(l, &ev) == nil && !ev.Time.Before(until) {
			return
		}
	}
}

// runAsync runs vigil in the background with stdin; the returned function
// awaits its exit status (failing the test after a deadline).
func runAsync(t *testing.T, stdin io.Reader, stdout, stderr io.Writer, args ...string) func() int {
	done := make(chan int, 1)
	go func() { done <- run(args, stdin, stdout, stderr) }()
	return func() int {
		select {
		case code := <-done:
			return code
		case <-await.After(t, 60*time.Second):
			t.Fatal("vigil did not exit (the deadline is a safety net against a hang)")
			return -1
		}
	}
}

// TestDeployCheckWaitStdin: with --wait, a stream on stdin is read until
// the watermark passes the end of the latest deploy's window, then judged,
// though the stream stays open. The 1.9.4 marker at 19:08, in the stream's
// history (before the check started, at 19:30 on the test's clock), does
// not end the read when its window passes. A stream that stalls before
// the window's end is given up at --timeout.
func TestDeployCheckWaitStdin(t *testing.T) {
	path := rollbackWorld(t, at("19:40"))
	clock := deployClock
	deployClock = func() time.Time { return at("19:30") }
	t.Cleanup(func() { deployClock = clock })
	args := []string{"deploy", "check", "--service", sim.SvcPaymentCallback, "--since", "marker", "--input", "-", "--wait", "--report", "json"}

	t.Run("window over", func(t *testing.T) {
		r, w := io.Pipe()
		defer w.Close()
		go streamLines(t, path, at("19:37"), w)
		var out bytes.Buffer
		errs := &syncBuffer{}
		code := runAsync(t, r, &out, errs, args...)()
		rep := jsonReport(t, out.String())
		if code != 0 || rep.Version != "1.9.3" || rep.After.Events < 250 ||
			!strings.Contains(errs.String(), "vigil deploy check: waiting: the input has reached 19:35:") || strings.Contains(errs.String(), "19:19:00Z") {
			t.Fatalf("exit %d, %d events after: %s\n%s", code, rep.After.Events, rep.Reason, errs)
		}
	})

	t.Run("timeout", func(t *testing.T) {
		fire := make(chan struct{})
		sleep := deploySleep
		deploySleep = func(ctx context.Context, d time.Duration) error {
			if d != 5*time.Minute {
				t.Errorf("waited %s, want the --timeout", d)
			}
			select {
			case <-fire:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		t.Cleanup(func() { deploySleep = sleep })
		r, w := io.Pipe()
		defer w.Close()
		go streamLines(t, path, at("19:30"), w)
		var out bytes.Buffer
		errs := &syncBuffer{}
		wait := runAsync(t, r, &out, errs, append(args, "--timeout", "5m")...)
		await.Until(t, "the check has read up to 19:29", 30*time.Second, func() bool {
			return strings.Contains(errs.String(), "the input has reached 19:29:")
		})
		close(fire)
		code := wait()
		rep := jsonReport(t, out.String())
		if code != 2 || !strings.Contains(rep.Reason, "after waiting 5m0s (--timeout)") {
			t.Fatalf("exit %d: %s\n%s", code, rep.Reason, errs)
		}
	})
}

// indexWorld indexes an NDJSON file into the fake Elasticsearch as vigil
// does (decoded, flat, one daily index per service, vigil's template); it
// returns the number of documents per service.
func indexWorld(t *testing.T, es *estest.Server, path string, keep func(ev *event.Event) bool) map[string]int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := event.NewDecoder(nil)
	var bulk bytes.Buffer
	n := map[string]int{}
	for i, l := range bytes.Split(b, []byte("\n")) {
		var ev event.Event
		if dec.Decode(l, &ev) != nil || !keep(&ev) {
			continue
		}
		svc := ev.Text("service.name")
		fmt.Fprintf(&bulk, `{"index":{"_index":"logs-%s-%s","_id":"logs-0-%d"}}`+"\n", svc, ev.Time.Format("2006.01.02"), i)
		bulk.Write(ev.AppendJSON(nil))
		bulk.WriteByte('\n')
		n[svc]++
	}
	if bulk.Len() == 0 {
		return n
	}
	resp, err := http.Post(es.URL+"/_bulk?refresh=true", "application/x-ndjson", &bulk)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return n
}

// fakeClock makes the deploy check's clock the test's: it starts at
// start, and each wait moves it on by the time waited, calling tick.
func fakeClock(t *testing.T, start time.Time, tick func(now time.Time)) {
	now := start
	clock, sleep := deployClock, deploySleep
	deployClock = func() time.Time { return now }
	deploySleep = func(ctx context.Context, d time.Duration) error {
		now = now.Add(d)
		if tick != nil {
			tick(now)
		}
		return ctx.Err()
	}
	t.Cleanup(func() { deployClock, deploySleep = clock, sleep })
}

var documentsRead = regexp.MustCompile(`(\d+) documents`)

// TestDeployCheckElasticsearch: the rollback read from the logs vigil
// indexed gives the file's verdict and windows, reading only the service's
// documents in the windows' ranges; with --wait the check polls until the
// window is over, and reads the documents indexed meanwhile.
func TestDeployCheckElasticsearch(t *testing.T) {
	path := rollbackWorld(t, at("19:40"))
	pc := sim.SvcPaymentCallback
	_, fileOut, _ := checkDeploy(t, "--service", pc, "--since", "marker", "--input", path, "--report", "json")
	want := jsonReport(t, fileOut)

	newES := func() *estest.Server {
		es := estest.NewServer(t)
		ix, err := elasticsearch.New(elasticsearch.Config{URLs: []string{es.URL}}, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		if err := ix.Setup(context.Background()); err != nil {
			t.Fatal(err)
		}
		ix.Close(context.Background())
		return es
	}
	// The index holds the logs from 18:55: the rollback's baseline (from
	// 19:09, after 1.9.4) and window, and the 1.9.4 marker.
	recent := func(ev *event.Event) bool { return !ev.Time.Before(at("18:55")) }
	args := func(es *estest.Server, more ...string) []string {
		return append([]string{"--service", pc, "--since", "marker", "--es", "--es-url", es.URL, "--report", "json"}, more...)
	}

	t.Run("read", func(t *testing.T) {
		es := newES()
		all := indexWorld(t, es, path, recent)
		inRange := 0
		b, _ := os.ReadFile(path)
		dec := event.NewDecoder(nil)
		var ev event.Event
		for _, l := range bytes.Split(b, []byte("\n")) {
			if dec.Decode(l, &ev) == nil && ev.Text("service.name") == pc && recent(&ev) && ev.Time.Before(at("19:36")) {
				inRange++
			}
		}
		fakeClock(t, at("19:45"), nil)
		code, out, errs := checkDeploy(t, args(es)...)
		r := jsonReport(t, out)
		if code != 0 || r.Verdict != want.Verdict || r.After != want.After || len(r.Baselines) != 1 || r.Baselines[0] != want.Baselines[0] {
			t.Fatalf("exit %d, %s: after %+v, baselines %+v; the file gave %+v, %+v\n%s", code, r.Reason, r.After, r.Baselines, want.After, want.Baselines, errs)
		}
		read := 0
		for _, m := range documentsRead.FindAllStringSubmatch(errs, -1) {
			n, _ := strconv.Atoi(m[1])
			read += n
		}
		// The two markers, then the service's documents in the ranges.
		if read != 2+inRange || read >= all[pc]+all[sim.SvcJobRunner] {
			t.Errorf("read %d documents, want %d (2 markers and %d in range; %v indexed): %s", read, 2+inRange, inRange, all, errs)
		}
		if es.OpenPITs() != 0 {
			t.Errorf("%d points in time left open", es.OpenPITs())
		}
		// The deploy given by its time: its baseline is cut at 1.9.4 too.
		code, out, errs = checkDeploy(t, "--service", pc, "--since", "2026-11-24T19:25:00Z", "--es", "--es-url", es.URL, "--report", "json")
		if r := jsonReport(t, out); code != 0 || r.Version != "1.9.3" || len(r.Baselines) != 1 || r.Baselines[0] != want.Baselines[0] {
			t.Errorf("--since 19:25: exit %d, %s %s, baselines %+v\n%s", code, r.Version, r.Reason, r.Baselines, errs)
		}
	})

	t.Run("wait", func(t *testing.T) {
		es := newES()
		indexWorld(t, es, path, func(ev *event.Event) bool { return recent(ev) && ev.Time.Before(at("19:30")) })
		late := false
		fakeClock(t, at("19:30"), func(now time.Time) {
			if !late && !now.Before(at("19:34")) {
				late = true // the rest of the logs reach the index
				indexWorld(t, es, path, func(ev *event.Event) bool { return !ev.Time.Before(at("19:30")) })
			}
		})
		code, out, errs := checkDeploy(t, args(es, "--wait", "--poll", "3m")...)
		r := jsonReport(t, out)
		if code != 0 || r.After != want.After || !strings.Contains(errs, "vigil deploy check: waiting for the window to end at 19:36:00Z (+30 s allowed lateness): 6 min 30 s left") {
			t.Fatalf("exit %d, after %+v (want %+v): %s\n%s", code, r.After, want.After, r.Reason, errs)
		}
	})

	t.Run("timeout", func(t *testing.T) {
		es := newES()
		indexWorld(t, es, path, func(ev *event.Event) bool { return recent(ev) && ev.Time.Before(at("19:30")) })
		fakeClock(t, at("19:30"), nil)
		// Not waiting: the window is not over at 19:30.
		code, out, errs := checkDeploy(t, args(es)...)
		if r := jsonReport(t, out); code != 2 || !strings.Contains(r.Reason, "the clock less the allowed lateness (30 s) reaches only 19:29:30Z. Check again after it, or with --wait") {
			t.Fatalf("without --wait: exit %d: %s\n%s", code, r.Reason, errs)
		}
		code, out, errs = checkDeploy(t, args(es, "--wait", "--timeout", "2m", "--poll", "1m")...)
		r := jsonReport(t, out)
		if code != 2 || !strings.Contains(r.Reason, "after waiting 2m0s (--timeout)") || strings.Count(errs, "waiting for the window") != 2 {
			t.Fatalf("exit %d: %s\n%s", code, r.Reason, errs)
		}
	})
}

// TestDeployMark: the marker goes to the configured topic, keyed by the
// service, with the fields a deploy check looks for; --output - prints it.
func TestDeployMark(t *testing.T) {
	emb, err := kafka.StartEmbedded(1, "logs")
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	cfg := filepath.Join(t.TempDir(), "vigil.yaml")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf("kafka:\n  brokers: [%q]\n  topics: [logs]\n", emb.Addrs()[0])), 0o644); err != nil {
		t.Fatal(err)
	}
	var errs bytes.Buffer
	if code := run([]string{"deploy", "mark", "-c", cfg, "--service", "order-sync", "--version", "1.15.0", "--env", "prod", "--at", "2026-11-24T22:40:00Z"}, nil, io.Discard, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(emb.Addrs()...), kgo.ConsumeTopics("logs"), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 10*time.Second))
	defer cancel()
	var recs []*kgo.Record
	for len(recs) == 0 && ctx.Err() == nil {
		cl.PollFetches(ctx).EachRecord(func(r *kgo.Record) { recs = append(recs, r) })
	}
	if len(recs) != 1 || string(recs[0].Key) != "order-sync" {
		t.Fatalf("records %v", recs)
	}
	var ev event.Event
	if err := event.NewDecoder(nil).Decode(recs[0].Value, &ev); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{"service.name": "order-sync", "service.version": "1.15.0", "service.environment": "prod",
		"event.action": "deploy", "message": "deployed order-sync 1.15.0 to prod"} {
		if got := ev.Text(path); got != want {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}
	if !ev.Time.Equal(time.Date(2026, 11, 24, 22, 40, 0, 0, time.UTC)) {
		t.Errorf("@timestamp %s", ev.Time)
	}

	var out bytes.Buffer
	if code := run([]string{"deploy", "mark", "--service", "order-sync", "--version", "1.15.0", "--at", "2026-11-24T22:40:00Z", "--output", "-"}, nil, &out, io.Discard); code != 0 ||
		out.String() != `{"@timestamp":"2026-11-24T22:40:00Z","log":{"level":"info"},"service":{"name":"order-sync","version":"1.15.0"},"event":{"action":"deploy"},"message":"deployed order-sync 1.15.0"}`+"\n" {
		t.Errorf("--output -: exit %d: %s", code, out.String())
	}
}

// TestDeployUsageErrors: a bad command line exits 2 naming the flag, with
// nothing on stdout (an inconclusive verdict also exits 2, with a report).
func TestDeployUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"deploy", "check", "--since", "marker", "--input", "x"}, "--service"},
		{[]string{"deploy", "check", "--service", "s", "--input", "x"}, "--since"},
		{[]string{"deploy", "check", "--service", "s", "--since", "10:00", "--input", "x"}, "--since"},
		{[]string{"deploy", "check", "--service", "s", "--since", "marker"}, "--input"},
		{[]string{"deploy", "check", "--service", "s", "--since", "marker", "--input", "x", "--es"}, "not both"},
		{[]string{"deploy", "check", "--service", "s", "--since", "marker", "--input", "x", "--window", "0s"}, "--window"},
		{[]string{"deploy", "check", "--service", "s", "--since", "marker", "--input", "x", "--report", "html"}, "--report"},
		{[]string{"deploy", "check", "--service", "s", "--since", "2026-11-24T10:00:00Z", "--version", "1", "--input", "x"}, "--version"},
		{[]string{"deploy", "check", "--service", "s", "--since", "marker", "--input", "x", "--wait", "--timeout", "0s"}, "--timeout"},
		{[]string{"deploy", "check", "--service", "s", "--since", "marker", "--input", "x", "--windw", "1m"}, "unknown flag"},
		{[]string{"deploy", "report", "--service", "s", "--version", "1", "--at", "2026-11-24T10:00:00Z", "--input", "x"}, "not both"},
		{[]string{"deploy", "mark", "--service", "s"}, "--version"},
		{[]string{"deploy", "mark", "--service", "s", "--version", "1"}, "kafka.brokers"},
		{[]string{"deploy", "nothing"}, "unknown command"},
	} {
		var out, errs bytes.Buffer
		if code := run(c.args, nil, &out, &errs); code != 2 || out.Len() > 0 || !strings.Contains(errs.String(), "vigil: ") || !strings.Contains(errs.String(), c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 naming %s", c.args, code, out.String(), errs.String(), c.want)
		}
	}
}

// TestDeployLocate: markers of one version in a row are one deploy (its
// replicas); the deploy before is the previous version's; a deploy given
// by its time takes its version from its own marker, even one logged a
// little before that time.
func TestDeployLocate(t *testing.T) {
	m := func(hm, v string) deployMarker { return deployMarker{at: at(hm), version: v} }
	gs := groupMarkers([]deployMarker{m("10:02", "2.0"), m("09:00", "1.0"), m("10:00", "2.0"), m("10:01", "2.0"), m("11:00", "1.0")})
	if len(gs) != 3 || !gs[1].at.Equal(at("10:00")) || !gs[1].last.Equal(at("10:02")) {
		t.Fatalf("groups %+v", gs)
	}
	for _, c := range []struct {
		name     string
		at       time.Time
		version  string
		want     string // deploy time and version
		wantPrev string
	}{
		{"latest", time.Time{}, "", "11:00 1.0", "10:00 2.0"},
		{"latest of a version", time.Time{}, "2.0", "10:00 2.0", "09:00 1.0"},
		{"latest of a version deployed twice", time.Time{}, "1.0", "11:00 1.0", "10:00 2.0"},
		{"by time", at("10:00"), "", "10:00 2.0", "09:00 1.0"},
		{"by time, marker 30 s early", at("10:00").Add(30 * time.Second), "", "10:00 2.0", "09:00 1.0"},
		{"by time, no marker", at("12:00"), "", "12:00 ", "11:00 1.0"},
	} {
		d, prev, ok := locate(gs, c.at, c.version, time.Minute, 11*time.Minute)
		got, gotPrev := d.at.Format("15:04")+" "+d.version, ""
		if prev != nil {
			gotPrev = prev.at.Format("15:04") + " " + prev.version
		}
		if !ok || got != c.want || gotPrev != c.wantPrev {
			t.Errorf("%s: %q, previous %q; want %q, %q", c.name, got, gotPrev, c.want, c.wantPrev)
		}
	}
	if _, _, ok := locate(gs, time.Time{}, "3.0", time.Minute, time.Minute); ok {
		t.Error("a version never deployed was found")
	}
}
