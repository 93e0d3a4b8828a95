package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/internal/racefree"
	"github.com/vigilops/vigil/rules"
	"github.com/vigilops/vigil/rules/builtin"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// demoDoc is one simulated log line: its source, flattened fields and time.
type demoDoc struct {
	src    []byte
	fields map[string]any
	at     time.Time
}

func flatten(prefix string, m map[string]any, out map[string]any) {
	for k, v := range m {
		if sub, ok := v.(map[string]any); ok {
			flatten(prefix+k+".", sub, out)
			continue
		}
		out[prefix+k] = v
	}
}

func (d *demoDoc) str(f string) string {
	s, _ := d.fields[f].(string)
	return s
}

func (d *demoDoc) has(f string) bool { return d.fields[f] != nil }

// packFilters are the built-in pack's filters, written again in Go: the
// events each rule counts.
var packFilters = map[string]func(d *demoDoc) bool{
	"error-ratio-anomaly": func(d *demoDoc) bool {
		l := strings.ToLower(d.str("log.level"))
		return d.str("service.name") != "" && l != "debug" && l != "trace"
	},
	"platform-failure-anomaly": func(d *demoDoc) bool {
		return d.str("service.name") != "" && d.str("shop.platform") != "" && strings.ToLower(d.str("log.level")) != "debug"
	},
	"new-error-code":     func(d *demoDoc) bool { return d.str("service.name") != "" && d.str("error.code") != "" },
	"http-5xx-anomaly":   func(d *demoDoc) bool { return d.str("service.name") != "" && d.has("http.response.status_code") },
	"rate-limit-anomaly": func(d *demoDoc) bool { return d.str("service.name") != "" && d.has("http.response.status_code") },
	"sync-delay-anomaly": func(d *demoDoc) bool { return d.str("service.name") != "" && d.has("sync.delay_seconds") },
	"event-rate-drop":    func(d *demoDoc) bool { return d.str("service.name") != "" },
}

// decodeLink returns the data view, KQL query and time range of a Discover
// link.
func decodeLink(t *testing.T, link string) (view, query string, from, to time.Time) {
	t.Helper()
	frag, err := url.PathUnescape(link[strings.Index(link, "#")+1:])
	if err != nil {
		t.Fatal(err)
	}
	// Every rison string is '…' with ! escaping ! and '.
	str := func(after string) string {
		i := strings.Index(frag, after+"'")
		if i < 0 {
			t.Fatalf("no %s in %s", after, frag)
		}
		var b strings.Builder
		for j := i + len(after) + 1; j < len(frag); j++ {
			switch frag[j] {
			case '!':
				j++
				b.WriteByte(frag[j])
				continue
			case '\'':
				return b.String()
			}
			b.WriteByte(frag[j])
		}
		t.Fatalf("unterminated %s in %s", after, frag)
		return ""
	}
	from, err1 := time.Parse(time.RFC3339, str("from:"))
	to, err2 := time.Parse(time.RFC3339, str(",to:"))
	if err1 != nil || err2 != nil {
		t.Fatalf("time range of %s: %v %v", frag, err1, err2)
	}
	return str("index:"), str("language:kuery,query:"), from, to
}

// TestKibanaLinksFindDemoEvents runs a day of the demo store through the
// built-in pack, indexes the demo's documents in the in-process
// Elasticsearch and runs each alert's Discover link there as Kibana would
// (its KQL query over its time range, in its data view): it finds every
// event the rule counted for the alert's series in that range, among them
// the ones the alert carries as samples, and no document of another series.
func TestKibanaLinksFindDemoEvents(t *testing.T) {
	racefree.Only(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "demo.ndjson")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if code := run([]string{"simulate", "--out", "-", "--sim-duration", "24h", "--rate", "2"}, strings.NewReader(""), out, &stderr); code != 0 {
		t.Fatalf("simulate: exit %d: %s", code, stderr.String())
	}
	out.Close()
	covered := checkLinks(t, path)
	for _, want := range []string{"error-ratio-anomaly", "platform-failure-anomaly", "new-error-code",
		"http-5xx-anomaly", "rate-limit-anomaly", "sync-delay-anomaly"} {
		if !covered[want] {
			t.Errorf("no demo alert of %s was checked", want)
		}
	}
}

// TestKibanaLinksFindQuietServiceEvents covers the pack's event-rate-drop,
// which the demo store never raises: a service logs 30 lines a minute for
// 26 hours (the detector's warm-up), then 2 a minute for half an hour.
func TestKibanaLinksFindQuietServiceEvents(t *testing.T) {
	racefree.Only(t)
	path := filepath.Join(t.TempDir(), "quiet.ndjson")
	var b bytes.Buffer
	t0 := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	const quiet = 26 * 60
	for m := range quiet + 60 {
		n := 30
		if m >= quiet && m < quiet+30 {
			n = 2
		}
		for i := range n {
			at := t0.Add(time.Duration(m)*time.Minute + time.Duration(i)*time.Minute/time.Duration(n))
			fmt.Fprintf(&b, `{"@timestamp":%q,"service":{"name":"checkout"},"log":{"level":"info"},"message":"order placed","trace":{"id":"t%d-%d"}}`+"\n",
				at.Format(time.RFC3339Nano), m, i)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if covered := checkLinks(t, path); !covered["event-rate-drop"] {
		t.Errorf("no event-rate-drop alert was checked")
	}
}

// checkLinks replays the NDJSON at path through the built-in pack, indexes
// its documents in the in-process Elasticsearch and checks every alert's
// link there; it returns the pack's rules whose links were checked.
func checkLinks(t *testing.T, path string) map[string]bool {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"replay", "--dlq", filepath.Join(t.TempDir(), "dlq.ndjson"), path}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("replay: exit %d: %s", code, stderr.String())
	}
	pack, err := rules.LoadFS(builtin.FS, builtin.Dir)
	if err != nil {
		t.Fatal(err)
	}

	var alerts []alert.Alert
	for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var a alert.Alert
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("not an alert: %s", l)
		}
		alerts = append(alerts, a)
	}

	// The documents, as vigil indexes them: one index a service a day.
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*demoDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var m map[string]any
		if json.Unmarshal(sc.Bytes(), &m) != nil {
			continue // the demo's malformed lines
		}
		d := &demoDoc{src: slices.Clone(sc.Bytes()), fields: map[string]any{}}
		flatten("", m, d.fields)
		if d.at, err = time.Parse(time.RFC3339Nano, d.str("@timestamp")); err != nil {
			continue
		}
		docs = append(docs, d)
	}
	es := estest.NewServer(t)
	var bulk bytes.Buffer
	flush := func() {
		res, err := http.Post(es.URL+"/_bulk", "application/x-ndjson", bytes.NewReader(bulk.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		bulk.Reset()
	}
	for i, d := range docs {
		fmt.Fprintf(&bulk, `{"index":{"_index":"logs-%s-%s","_id":"%d"}}`+"\n%s\n", d.str("service.name"), d.at.Format("2006.01.02"), i, d.src)
		if bulk.Len() > 4<<20 {
			flush()
		}
	}
	flush()
	if n := es.Count("logs-*"); n != len(docs) {
		t.Fatalf("indexed %d of %d documents", n, len(docs))
	}

	covered := map[string]bool{}
	for _, a := range alerts {
		r := pack.Rule(a.Rule)
		if r == nil {
			continue // job and deploy watchers: below
		}
		view, query, from, to := decodeLink(t, a.KibanaURL)
		name := fmt.Sprintf("%s %s %v", a.Rule, a.Status, a.Labels)
		for k := range a.Labels {
			if !slices.Contains(r.GroupBy, k) && strings.Contains(query, k) {
				t.Errorf("%s: the query %s names the rule's own label %s", name, query, k)
			}
		}
		hits := searchLink(t, es, view, query, from, to)
		if len(hits) == 0 {
			t.Errorf("%s: %s over %s..%s finds nothing", name, query, from, to)
			continue
		}
		inSeries := func(d *demoDoc) bool {
			for _, k := range r.GroupBy {
				if d.str(k) != a.Labels[k] {
					return false
				}
			}
			return true
		}
		for _, id := range hits {
			if d := docs[id]; !inSeries(d) {
				t.Errorf("%s: %s finds a document of another series: %s", name, query, d.src)
				break
			}
		}
		// Every event the rule counted for the series in the range.
		var missed int
		for i, d := range docs {
			if !d.at.Before(from) && d.at.Before(to) && inSeries(d) && packFilters[a.Rule](d) && !found(hits, i) {
				if missed++; missed == 1 {
					t.Errorf("%s: %s over %s..%s misses %s", name, query, from, to, d.src)
				}
			}
		}
		// The samples the alert carries are among them.
		for _, tr := range a.TraceIDs {
			if !slices.ContainsFunc(hits, func(i int) bool { return docs[i].str("trace.id") == tr }) {
				t.Errorf("%s: no document of its sample trace %s", name, tr)
			}
		}
		if missed == 0 {
			covered[a.Rule] = true
		}
	}
	// The job and deploy watchers' links find their job's or service's lines.
	for _, a := range alerts {
		if pack.Rule(a.Rule) != nil {
			continue
		}
		view, query, from, to := decodeLink(t, a.KibanaURL)
		if len(searchLink(t, es, view, query, from, to)) == 0 {
			t.Errorf("%s %s: %s over %s..%s finds nothing", a.Rule, a.Status, query, from, to)
		}
	}
	var names []string
	for _, r := range pack.Rules {
		names = append(names, r.Name)
	}
	t.Logf("built-in rules whose alerts' links were checked: %v of %v", sortedSet(covered), names)
	return covered
}

func sortedSet(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// searchLink runs a link's query over its range in its data view, as
// Kibana's Discover does, and returns the ids of the documents found.
func searchLink(t *testing.T, es *estest.Server, view, query string, from, to time.Time) []int {
	t.Helper()
	q, err := estest.KQL(query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	body, _ := json.Marshal(map[string]any{
		"size": 10000,
		"query": map[string]any{"bool": map[string]any{"filter": []any{q,
			map[string]any{"range": map[string]any{"@timestamp": map[string]any{
				"gte": from.UTC().Format(time.RFC3339Nano), "lte": to.UTC().Format(time.RFC3339Nano)}}}}}},
	})
	res, err := http.Post(es.URL+"/"+view+"/_search", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct {
		Hits struct {
			Total struct{ Value int } `json:"total"`
			Hits  []struct {
				ID string `json:"_id"`
			} `json:"hits"`
		} `json:"hits"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("search %s: %d %v", body, res.StatusCode, err)
	}
	if out.Hits.Total.Value >= 10000 {
		t.Fatalf("%s: too many hits to check", query)
	}
	ids := make([]int, 0, len(out.Hits.Hits))
	for _, h := range out.Hits.Hits {
		id, err := strconv.Atoi(h.ID)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

func found(ids []int, id int) bool {
	_, ok := slices.BinarySearch(ids, id)
	return ok
}
