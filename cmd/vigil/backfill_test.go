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
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/sinks/elasticsearch"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// errLines writes order-sync error lines with one error code, a minute
// apart, from start.
func errLines(start time.Time, n int, code string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `{"@timestamp":%q,"service":{"name":"order-sync"},"log":{"level":"error"},"error":{"code":%q}}`+"\n",
			start.Add(time.Duration(i)*time.Minute).Format(time.RFC3339), code)
	}
	return b.String()
}

// TestBackfillTeachesTheEngine: an error code that the history holds is not
// "unseen" once the engine starts from the backfilled state; without the
// state the same input raises the unseen-error-code alert.
func TestBackfillTeachesTheEngine(t *testing.T) {
	dir := t.TempDir()
	day := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	history := filepath.Join(dir, "history.ndjson")
	if err := os.WriteFile(history, []byte(errLines(day, 180, "SHOP_TOKEN_EXPIRED")), 0o644); err != nil {
		t.Fatal(err)
	}
	// Live: two hours of another code (learnt during the warm-up), then the
	// history's code again.
	live := filepath.Join(dir, "live.ndjson")
	later := day.Add(24 * time.Hour)
	content := errLines(later, 120, "UPSTREAM_TIMEOUT") + errLines(later.Add(120*time.Minute), 10, "SHOP_TOKEN_EXPIRED")
	if err := os.WriteFile(live, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	state := filepath.Join(dir, "state.json")
	var out, errs bytes.Buffer
	if code := run(ecommerce(t, "backfill", "--state", state, history), nil, &out, &errs); code != 0 {
		t.Fatalf("backfill exit %d: %s", code, errs.String())
	}
	var sf stateFile
	b, err := os.ReadFile(state)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &sf); err != nil || sf.Version != stateVersion || len(sf.Rules) == 0 || len(sf.Alerting) != 0 {
		t.Fatalf("state file: version %d, %d rule bytes, %d alerting bytes, %v", sf.Version, len(sf.Rules), len(sf.Alerting), err)
	}

	unseen := func(args ...string) bool {
		var out, errs bytes.Buffer
		if code := run(ecommerce(t, append([]string{"replay"}, args...)...), nil, &out, &errs); code != 0 {
			t.Fatalf("replay exit %d: %s", code, errs.String())
		}
		return strings.Contains(out.String(), `"rule":"unseen-error-code"`) && strings.Contains(out.String(), "SHOP_TOKEN_EXPIRED")
	}
	if !unseen(live) {
		t.Fatal("without history the returning code should be unseen; the test proves nothing")
	}
	if unseen("--state", state, live) {
		t.Error("with the backfilled state the code is still reported as unseen")
	}
}

// TestBackfillFromElasticsearch: the history is read back from the logs
// vigil indexed (the in-process Elasticsearch), narrowed by time window and
// query; what lies outside them teaches the engine nothing.
func TestBackfillFromElasticsearch(t *testing.T) {
	es := estest.NewServer(t)
	// vigil's index template, as `vigil run` installs it (keyword fields).
	ix, err := elasticsearch.New(elasticsearch.Config{URLs: []string{es.URL}}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Setup(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	// Indexed as vigil indexes: decoded, flattened, one daily index per
	// service. Inside the window: order-sync's SHOP_TOKEN_EXPIRED (to be
	// learnt) and inventory-sync's STOCK_LOCKED (outside the query). Before
	// the window: order-sync's UPSTREAM_TIMEOUT.
	var bulk bytes.Buffer
	dec := event.NewDecoder(nil)
	n := 0
	add := func(service, lines string) {
		for _, l := range strings.Split(strings.TrimSpace(lines), "\n") {
			l = strings.Replace(l, `"order-sync"`, strconv.Quote(service), 1)
			var ev event.Event
			if err := dec.Decode([]byte(l), &ev); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&bulk, `{"index":{"_index":"logs-%s-%s","_id":"logs-0-%d"}}`+"\n", service, ev.Time.Format("2006.01.02"), n)
			bulk.Write(ev.AppendJSON(nil))
			bulk.WriteByte('\n')
			n++
		}
	}
	add("order-sync", errLines(day, 180, "SHOP_TOKEN_EXPIRED"))
	add("inventory-sync", errLines(day, 40, "STOCK_LOCKED"))
	add("order-sync", errLines(day.Add(-48*time.Hour), 30, "UPSTREAM_TIMEOUT"))
	resp, err := http.Post(es.URL+"/_bulk?refresh=true", "application/x-ndjson", &bulk)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := es.Count("logs-*"); got != n {
		t.Fatalf("indexed %d of %d", got, n)
	}

	dir := t.TempDir()
	state := filepath.Join(dir, "state.json")
	var out, errs bytes.Buffer
	args := []string{"backfill", "--state", state, "--es", "--es-url", es.URL,
		"--from", day.Add(-time.Hour).Format(time.RFC3339), "--to", day.Add(24 * time.Hour).Format(time.RFC3339),
		"--query", "service.name:order-sync AND log.level:error"}
	if code := run(ecommerce(t, args...), nil, &out, &errs); code != 0 {
		t.Fatalf("backfill exit %d: %s", code, errs.String())
	}
	if !strings.Contains(errs.String(), "vigil backfill: 180 events") || !strings.Contains(errs.String(), "180 documents") {
		t.Fatalf("summary: %s", errs.String())
	}
	if es.OpenPITs() != 0 {
		t.Errorf("%d points in time left open", es.OpenPITs())
	}

	// Live: an hour of a fourth code (learnt during the warm-up), then each
	// of the history's codes once more.
	later := day.Add(24 * time.Hour)
	live := filepath.Join(dir, "live.ndjson")
	content := errLines(later, 120, "GATEWAY_RESET") +
		errLines(later.Add(120*time.Minute), 5, "SHOP_TOKEN_EXPIRED") +
		errLines(later.Add(125*time.Minute), 5, "UPSTREAM_TIMEOUT")
	if err := os.WriteFile(live, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	var rout, rerrs bytes.Buffer
	if code := run(ecommerce(t, "replay", "--state", state, live), nil, &rout, &rerrs); code != 0 {
		t.Fatalf("replay exit %d: %s", code, rerrs.String())
	}
	unseen := map[string]bool{}
	for _, l := range strings.Split(rout.String(), "\n") {
		if strings.Contains(l, `"rule":"unseen-error-code"`) && strings.Contains(l, `"status":"firing"`) {
			for _, code := range []string{"SHOP_TOKEN_EXPIRED", "UPSTREAM_TIMEOUT", "GATEWAY_RESET"} {
				if strings.Contains(l, code) {
					unseen[code] = true
				}
			}
		}
	}
	if unseen["SHOP_TOKEN_EXPIRED"] {
		t.Error("a code inside the backfilled window and query is still reported as unseen")
	}
	if !unseen["UPSTREAM_TIMEOUT"] {
		t.Error("a code from before the window was learnt anyway (or the rule did not fire at all)")
	}

	// Usage errors exit 2.
	for _, bad := range [][]string{
		{"backfill", "--state", state},
		{"backfill", "--state", state, "--es", "x.ndjson"},
		{"backfill", "--state", state, "--es", "--since", "soon"},
	} {
		if code := run(bad, nil, io.Discard, io.Discard); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
}
