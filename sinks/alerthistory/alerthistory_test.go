package alerthistory

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

const within = 10 * time.Second

// day1 is late on 4 December, UTC; its records go to vigil-alerts-2026.12.04.
var day1 = time.Date(2026, 12, 4, 23, 59, 0, 0, time.UTC)

// testAlert is a generated alert (no real service, shop or trace).
func testAlert(i int) alert.Alert {
	labels := map[string]string{"service.name": fmt.Sprintf("svc-%d", i%3), "shop.platform": "shopee", "shop.id": fmt.Sprintf("S%03d", i)}
	ends := day1.Add(time.Duration(i) * time.Second)
	return alert.Alert{
		Fingerprint: alert.Fingerprint("error-burst", labels),
		Status:      alert.Firing,
		Rule:        "error-burst",
		Kind:        alert.KindRule,
		Severity:    alert.P2,
		Labels:      labels,
		Annotations: map[string]string{"summary": fmt.Sprintf("error burst %d", i), "description": "generated"},
		StartsAt:    day1.Add(-time.Minute),
		EndsAt:      &ends,
		Value:       float64(300 + i),
		Baseline:    alert.Float(12.5),
		Threshold:   alert.Float(300),
		KibanaURL:   "http://kibana.invalid/app/discover#/?_a=x",
		TraceIDs:    []string{fmt.Sprintf("trace-%04d", i)},
		Samples:     []string{"<redacted sample>"},
	}
}

// records returns n firing records spread over a minute either side of
// midnight UTC, so that they fall in two daily indices.
func records(n int) []alerting.HistoryRecord {
	out := make([]alerting.HistoryRecord, n)
	for i := range out {
		out[i] = alerting.HistoryRecord{
			Time:     day1.Add(time.Duration(i*120/max(n, 1)) * time.Second),
			Kind:     alerting.HistoryFiring,
			Receiver: "oncall",
			Group:    "0|oncall|{service.name=\"svc\"}",
			Alert:    testAlert(i),
		}
	}
	return out
}

// logBuffer is a logger's output, safe to read while the writer logs.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) count(s string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Count(l.b.String(), s)
}

func newES(t *testing.T, srv *estest.Server, o Options) *Elasticsearch {
	t.Helper()
	if o.BackoffMin == 0 {
		o.BackoffMin, o.BackoffMax = time.Millisecond, 5*time.Millisecond
	}
	w, err := NewElasticsearch(elasticsearch.Config{URLs: []string{srv.URL}}, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = w.Close(context.Background()) })
	return w
}

// docsByID gathers the documents of every history index.
func docsByID(srv *estest.Server) map[string]map[string]any {
	out := map[string]map[string]any{}
	for _, ix := range srv.Indices() {
		for id, raw := range srv.Docs(ix) {
			var m map[string]any
			if json.Unmarshal(raw, &m) == nil {
				m["_index"] = ix
				out[id] = m
			}
		}
	}
	return out
}

// Records go to the daily index of their time, under their ids, with the
// fields the dashboards read, mapped as the template says.
func TestElasticsearchWritesDailyIndicesWithTheirFields(t *testing.T) {
	srv := estest.NewServer(t)
	w := newES(t, srv, Options{})
	if err := w.Setup(context.Background()); err != nil {
		t.Fatal(err)
	}
	recs := records(10)
	recs[3].Kind, recs[3].By, recs[3].Comment, recs[3].Receiver = alerting.HistoryAcknowledged, "oncall-a", "looking", ""
	recs[4].Kind, recs[4].Step = alerting.HistoryEscalated, 2
	w.Record(recs)
	await.Until(t, "10 records written", within, func() bool { return w.Stats().Written == 10 })

	want := map[string]int{"vigil-alerts-2026.12.04": 5, "vigil-alerts-2026.12.05": 5}
	for ix, n := range want {
		if got := srv.Count(ix); got != n {
			t.Errorf("%s holds %d documents, want %d (indices %v)", ix, got, n, srv.Indices())
		}
	}
	docs := docsByID(srv)
	for i, r := range recs {
		d, ok := docs[ID(r)]
		if !ok {
			t.Fatalf("record %d not found under its id %s", i, ID(r))
		}
		if d["_index"] != IndexName("vigil-alerts", r.Time) {
			t.Errorf("record %d in %v, want %s", i, d["_index"], IndexName("vigil-alerts", r.Time))
		}
		if d["kind"] != string(r.Kind) || d["@timestamp"] != r.Time.Format(time.RFC3339) {
			t.Errorf("record %d: kind %v @timestamp %v", i, d["kind"], d["@timestamp"])
		}
		a := d["alert"].(map[string]any)
		labels := a["labels"].(map[string]any)
		if labels["service.name"] != r.Alert.Labels["service.name"] || a["fingerprint"] != r.Alert.Fingerprint ||
			a["value"] != r.Alert.Value || a["severity"] != "P2" {
			t.Errorf("record %d: alert %v", i, a)
		}
	}
	if d := docs[ID(recs[3])]; d["by"] != "oncall-a" || d["comment"] != "looking" || d["receiver"] != nil {
		t.Errorf("acknowledgement: %v", d)
	}
	if d := docs[ID(recs[4])]; d["step"] != float64(2) {
		t.Errorf("escalation step: %v", d["step"])
	}
	m := srv.Mapping("vigil-alerts-2026.12.04")
	for path, typ := range map[string]string{
		"@timestamp": "date", "kind": "keyword", "receiver": "keyword", "group": "keyword", "by": "keyword",
		"comment": "text", "step": "integer", "alert.fingerprint": "keyword", "alert.rule": "keyword",
		"alert.severity": "keyword", "alert.status": "keyword", "alert.kind": "keyword",
		"alert.annotations.summary": "text", "alert.starts_at": "date", "alert.ends_at": "date",
		"alert.value": "double", "alert.baseline": "double", "alert.threshold": "double",
		"alert.kibana_url": "keyword", "alert.trace_ids": "keyword",
	} {
		if m[path] != typ {
			t.Errorf("mapping of %s is %q, want %q", path, m[path], typ)
		}
	}
}

// The template maps what the Kibana dashboard filters and shows on, and
// keeps the rest out of the index.
func TestIndexTemplateMappings(t *testing.T) {
	body, err := IndexTemplate("team-alerts", "vigil-30d")
	if err != nil {
		t.Fatal(err)
	}
	var tpl struct {
		Patterns []string `json:"index_patterns"`
		Priority int      `json:"priority"`
		Template struct {
			Settings map[string]any `json:"settings"`
			Mappings struct {
				Dynamic          bool                        `json:"dynamic"`
				DynamicTemplates []map[string]map[string]any `json:"dynamic_templates"`
				Properties       map[string]json.RawMessage  `json:"properties"`
			} `json:"mappings"`
		} `json:"template"`
	}
	if err := json.Unmarshal(body, &tpl); err != nil {
		t.Fatal(err)
	}
	if len(tpl.Patterns) != 1 || tpl.Patterns[0] != "team-alerts-*" || tpl.Priority <= elasticsearch.TemplatePriority {
		t.Errorf("patterns %v priority %d", tpl.Patterns, tpl.Priority)
	}
	if tpl.Template.Settings["index.lifecycle.name"] != "vigil-30d" {
		t.Errorf("settings %v", tpl.Template.Settings)
	}
	if tpl.Template.Mappings.Dynamic {
		t.Error("the root mapping is dynamic: unknown fields would be indexed")
	}
	dt := tpl.Template.Mappings.DynamicTemplates
	if len(dt) != 1 || dt[0]["alert_labels_as_keyword"]["path_match"] != "alert.labels.*" ||
		dt[0]["alert_labels_as_keyword"]["mapping"].(map[string]any)["type"] != "keyword" {
		t.Errorf("dynamic templates %v", dt)
	}
	var alertProps struct {
		Properties map[string]map[string]any `json:"properties"`
	}
	if err := json.Unmarshal(tpl.Template.Mappings.Properties["alert"], &alertProps); err != nil {
		t.Fatal(err)
	}
	p := alertProps.Properties
	if p["labels"]["dynamic"] != true {
		t.Errorf("alert.labels %v: labels must be mapped dynamically", p["labels"])
	}
	ann := p["annotations"]
	summary := ann["properties"].(map[string]any)["summary"].(map[string]any)
	if ann["dynamic"] != false || summary["type"] != "text" ||
		summary["fields"].(map[string]any)["keyword"].(map[string]any)["type"] != "keyword" {
		t.Errorf("alert.annotations %v", ann)
	}
	for _, f := range []string{"kibana_url", "samples", "ack_url"} {
		if p[f]["type"] != "keyword" || p[f]["index"] != false {
			t.Errorf("alert.%s %v: want a keyword not indexed", f, p[f])
		}
	}
	if p["trace_ids"]["type"] != "keyword" || p["trace_ids"]["index"] != nil {
		t.Errorf("alert.trace_ids %v", p["trace_ids"])
	}

	// Setup installs it under the prefix's name.
	srv := estest.NewServer(t)
	w := newES(t, srv, Options{IndexPrefix: "team-alerts"})
	if err := w.Setup(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, ok := srv.Templates()["team-alerts"]; !ok {
		t.Errorf("templates %v", srv.Templates())
	}
}

// Writing the same records again (a retried request, a replay) stores
// each once: every document keeps version 1.
func TestElasticsearchIdsAreIdempotent(t *testing.T) {
	srv := estest.NewServer(t)
	w := newES(t, srv, Options{})
	recs := records(20)
	w.Record(recs)
	await.Until(t, "20 written", within, func() bool { return w.Stats().Written == 20 })
	w.Record(recs)
	await.Until(t, "40 written (20 of them duplicates)", within, func() bool { return w.Stats().Written == 40 })
	if n := srv.Count("vigil-alerts-*"); n != 20 {
		t.Errorf("%d documents, want 20", n)
	}
	for _, ix := range srv.Indices() {
		for id, v := range srv.Versions(ix) {
			if v != 1 {
				t.Errorf("%s/%s has version %d: rewritten", ix, id, v)
			}
		}
	}
	r := recs[0]
	if ID(r) != ID(recs[0]) {
		t.Error("ID is not stable")
	}
	for _, change := range []func(*alerting.HistoryRecord){
		func(r *alerting.HistoryRecord) { r.Time = r.Time.Add(time.Nanosecond) },
		func(r *alerting.HistoryRecord) { r.Kind = alerting.HistoryResolved },
		func(r *alerting.HistoryRecord) { r.Receiver = "other" },
		func(r *alerting.HistoryRecord) { r.Alert.Fingerprint = "other" },
		func(r *alerting.HistoryRecord) { r.Step = 1 },
	} {
		c := r
		change(&c)
		if ID(c) == ID(r) {
			t.Errorf("a changed record keeps the id: %+v", c)
		}
	}
}

// While Elasticsearch answers 503, Record returns at once and the writer
// retries; once it recovers, every record is indexed exactly once.
func TestElasticsearchRecoversFromAnOutage(t *testing.T) {
	srv := estest.NewServer(t)
	w := newES(t, srv, Options{BatchSize: 7})
	srv.FailRequests(1<<30, 503) // down until told otherwise
	recs := records(50)
	w.Record(recs[:10])
	await.Until(t, "the writer retrying", within, func() bool { return w.Stats().Retries >= 3 })

	// The dispatcher is never held: Record returns while the cluster is down.
	returned := make(chan struct{})
	go func() {
		for i := 10; i < len(recs); i += 5 {
			w.Record(recs[i : i+5])
		}
		close(returned)
	}()
	await.Until(t, "Record returning during the outage", within, func() bool {
		select {
		case <-returned:
			return true
		default:
			return false
		}
	})
	if st := w.Stats(); st.Written != 0 || st.Buffered != 50 {
		t.Fatalf("during the outage: %+v, want nothing written and 50 buffered", st)
	}

	srv.FailRequests(0, 0)
	await.Until(t, "50 written", within, func() bool { return w.Stats().Written == 50 })
	if err := w.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := srv.Count("vigil-alerts-*"); n != 50 {
		t.Errorf("%d documents, want 50", n)
	}
	for _, ix := range srv.Indices() {
		for id, v := range srv.Versions(ix) {
			if v != 1 {
				t.Errorf("%s/%s version %d", ix, id, v)
			}
		}
	}
	if st := w.Stats(); st.Spilled != 0 || st.Lost != 0 || st.Failed != 0 || st.Buffered != 0 {
		t.Errorf("stats %+v", st)
	}
}

// Items answered 429 are retried alone; an item refused for good (400)
// goes to the spill file, counted as failed and spilled.
func TestElasticsearchItemFailures(t *testing.T) {
	srv := estest.NewServer(t)
	recs := records(6)
	bad := ID(recs[2])
	srv.ItemFault(func(_, id string, attempt int) int {
		switch {
		case id == bad:
			return 400
		case attempt <= 2:
			return 429
		}
		return 0
	})
	spill := filepath.Join(t.TempDir(), "spill.ndjson")
	w := newES(t, srv, Options{SpillFile: spill})
	w.Record(recs)
	await.Until(t, "5 written", within, func() bool { return w.Stats().Written == 5 })
	if err := w.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	st := w.Stats()
	if st.Failed != 1 || st.Spilled != 1 || st.Lost != 0 || st.Retries < 2 {
		t.Errorf("stats %+v", st)
	}
	lines := readLines(t, spill)
	if len(lines) != 1 || lines[0]["alert"].(map[string]any)["fingerprint"] != recs[2].Alert.Fingerprint {
		t.Errorf("spill file %v", lines)
	}
	if srv.Count("vigil-alerts-*") != 5 {
		t.Errorf("%d indexed", srv.Count("vigil-alerts-*"))
	}
}

// A full buffer does not block Record: the records that do not fit go to
// the spill file, with one warning per burst, and every record ends up in
// the index or the spill file, never both, never neither.
func TestElasticsearchBufferOverflowSpills(t *testing.T) {
	srv := estest.NewServer(t)
	var logs logBuffer
	spill := filepath.Join(t.TempDir(), "data", "spill.ndjson")
	w := newES(t, srv, Options{BufferSize: 4, BatchSize: 2, SpillFile: spill, Log: zerolog.New(&logs)})
	release := srv.HoldBulk()
	t.Cleanup(release) // before the writer's Close
	recs := records(12)
	w.Record(recs[:2])
	await.Until(t, "the first batch in a held request", within, func() bool { return srv.Requests().Bulk == 1 })
	for i := 2; i < 12; i++ {
		w.Record(recs[i : i+1])
	}
	// 2 in flight, 4 buffered, 6 spilled.
	if st := w.Stats(); st.Spilled != 6 || st.Buffered != 6 || st.Lost != 0 {
		t.Fatalf("stats %+v", st)
	}
	if n := logs.count("buffer is full"); n != 1 {
		t.Errorf("%d warnings for one burst, want 1:\n%s", n, logs.b.String())
	}
	release()
	await.Until(t, "6 written", within, func() bool { return w.Stats().Written == 6 })
	if n := logs.count("caught up"); n != 1 {
		t.Errorf("%d 'caught up' lines, want 1", n)
	}
	// A second burst is warned about again.
	release = srv.HoldBulk()
	t.Cleanup(release)
	w.Record(recs[:1])
	await.Until(t, "a held request", within, func() bool { return srv.Requests().Bulk == 4 })
	w.Record(recs[1:7])
	if n := logs.count("buffer is full"); n != 2 {
		t.Errorf("%d warnings after two bursts, want 2", n)
	}
	release()
	if err := w.Close(context.Background()); err != nil {
		t.Fatal(err)
	}

	indexed := docsByID(srv)
	spilled := readLines(t, spill)
	if st := w.Stats(); st.Spilled != uint64(len(spilled)) || st.Written != 11 || st.Spilled != 8 {
		t.Errorf("stats %+v, %d lines spilled", st, len(spilled))
	}
	// The first 12: each indexed or spilled, not both.
	seen := map[string]int{}
	for id := range indexed {
		seen[id]++
	}
	for _, l := range spilled[:6] {
		var r alerting.HistoryRecord
		ts, _ := time.Parse(time.RFC3339Nano, l["@timestamp"].(string))
		r.Time, r.Kind, r.Receiver = ts, alerting.HistoryKind(l["kind"].(string)), l["receiver"].(string)
		r.Alert.Fingerprint = l["alert"].(map[string]any)["fingerprint"].(string)
		seen[ID(r)]++
	}
	for i, r := range recs {
		if seen[ID(r)] != 1 {
			t.Errorf("record %d seen %d times in index and spill file", i, seen[ID(r)])
		}
	}
}

// When Close's context ends while Elasticsearch is down, what is left goes
// to the spill file and Close says so; nothing is lost.
func TestElasticsearchCloseGivesUpToTheSpillFile(t *testing.T) {
	srv := estest.NewServer(t)
	srv.FailRequests(1<<30, 503)
	spill := filepath.Join(t.TempDir(), "spill.ndjson")
	w := newES(t, srv, Options{SpillFile: spill})
	w.Record(records(9))
	await.Until(t, "a retry", within, func() bool { return w.Stats().Retries >= 1 })
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := w.Close(ctx)
	if err == nil || !strings.Contains(err.Error(), "deadline") {
		t.Errorf("Close: %v, want the deadline named", err)
	}
	if st := w.Stats(); st.Spilled != 9 || st.Lost != 0 || st.Written != 0 {
		t.Errorf("stats %+v", st)
	}
	if n := len(readLines(t, spill)); n != 9 {
		t.Errorf("%d records spilled to the file, want 9", n)
	}
}

// Without a spill file, records that cannot be buffered are counted as
// lost, logged, and Close returns an error.
func TestElasticsearchWithoutSpillFileCountsLost(t *testing.T) {
	srv := estest.NewServer(t)
	var logs logBuffer
	w := newES(t, srv, Options{BufferSize: 1, Log: zerolog.New(&logs)})
	release := srv.HoldBulk()
	t.Cleanup(release)
	recs := records(4)
	w.Record(recs[:1])
	await.Until(t, "a held request", within, func() bool { return srv.Requests().Bulk == 1 })
	w.Record(recs[1:])
	release()
	err := w.Close(context.Background())
	if st := w.Stats(); st.Lost != 2 || st.Written != 2 {
		t.Errorf("stats %+v", st)
	}
	if err == nil || !strings.Contains(err.Error(), "2 records were lost") {
		t.Errorf("Close: %v", err)
	}
	if logs.count("they are lost") == 0 {
		t.Error("lost records not logged")
	}
}

func readLines(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		out = append(out, m)
	}
	return out
}

// The file writer appends one document per record and keeps appending
// across restarts.
func TestFileAppendsDocuments(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "alert-history.ndjson")
	recs := records(5)
	recs[1].Alert.Value = 0
	for round := 1; round <= 2; round++ {
		w, err := NewFile(FileOptions{Path: path, SyncEvery: time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		w.Record(recs)
		await.Until(t, "5 written", within, func() bool { return w.Stats().Written == 5 })
		if err := w.Close(context.Background()); err != nil {
			t.Fatal(err)
		}
		lines := readLines(t, path)
		if len(lines) != 5*round {
			t.Fatalf("round %d: %d lines", round, len(lines))
		}
		for i, l := range lines[5*(round-1):] {
			want, _ := json.Marshal(NewDocument(recs[i]))
			got, _ := json.Marshal(l)
			var w1 map[string]any
			_ = json.Unmarshal(want, &w1)
			w2, _ := json.Marshal(w1)
			if string(got) != string(w2) {
				t.Errorf("line %d:\n got %s\nwant %s", i, got, w2)
			}
		}
		if v := lines[1]["alert"].(map[string]any)["value"]; v != float64(0) {
			t.Errorf("a zero value is left out: %v", v)
		}
	}
}

// The file writer never blocks either: a burst larger than its buffer is
// counted as lost, warned about once, and Close reports it.
func TestFileOverflowIsCountedNotBlocking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.ndjson")
	var logs logBuffer
	w, err := NewFile(FileOptions{Path: path, BufferSize: 3, Log: zerolog.New(&logs)})
	if err != nil {
		t.Fatal(err)
	}
	w.Record(records(8)) // one call: 3 fit, 5 do not
	err = w.Close(context.Background())
	if st := w.Stats(); st.Lost != 5 || st.Written != 3 || st.Recorded != 8 {
		t.Errorf("stats %+v", st)
	}
	if err == nil || !strings.Contains(err.Error(), "5 records were lost") {
		t.Errorf("Close: %v", err)
	}
	if n := logs.count("buffer is full"); n != 1 {
		t.Errorf("%d warnings", n)
	}
	if n := len(readLines(t, path)); n != 3 {
		t.Errorf("%d lines", n)
	}
}

func TestNewFileErrors(t *testing.T) {
	if _, err := NewFile(FileOptions{}); err == nil {
		t.Error("no path accepted")
	}
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := NewFile(FileOptions{Path: filepath.Join(blocker, "h.ndjson")}); err == nil {
		t.Error("a path under a regular file accepted")
	}
}

// Documents leave out what JSON cannot carry and keep times in UTC.
func TestNewDocument(t *testing.T) {
	a := testAlert(1)
	nan := 0.0
	nan = nan / nan
	a.Baseline = &nan
	a.EndsAt = nil
	loc := time.FixedZone("UTC+8", 8*3600)
	d := NewDocument(alerting.HistoryRecord{Time: day1.In(loc), Kind: alerting.HistoryTest, Alert: a})
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"@timestamp":"2026-12-04T23:59:00Z"`, `"kind":"test"`, `"threshold":300`} {
		if !strings.Contains(s, want) {
			t.Errorf("missing %s in %s", want, s)
		}
	}
	for _, absent := range []string{`"baseline"`, `"ends_at"`, `"step"`, `"by"`, `"receiver"`} {
		if strings.Contains(s, absent) {
			t.Errorf("%s present in %s", absent, s)
		}
	}
}
