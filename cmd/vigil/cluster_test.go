package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/pipeline/cluster"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/rules"
	"github.com/vigilops/vigil/rules/builtin"
	"github.com/vigilops/vigil/sim"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

// clusterRules adds to the built-in pack a rule that fires and resolves
// often (per store), its value the count of a minute: a partial counted twice (or
// lost) shows as another value.
const clusterRules = `
rules:
  - name: busy-platform
    description: calls per marketplace in a minute
    severity: P3
    filter: shop.platform != ""
    group_by: [shop.platform, shop.id]
    window: 1m
    condition: count >= 10
`

// clusterRecord is one record of the replayed stretch.
type clusterRecord struct {
	partition int32
	offset    int64
	valid     bool
}

// clusterRun is one vigil deployment over the shared input: its own
// consumer group, fake Elasticsearch and webhook.
type clusterDeployment struct {
	group string
	es    *estest.Server
	hook  *faultHook
	dir   string
}

func (d *clusterDeployment) config(t *testing.T, emb *kafka.Embedded, rulesDir, instance string) string {
	t.Helper()
	cfg := fmt.Sprintf(`
rules: {dir: %q}
pipeline:
  state_every: 1s
  allowed_lateness: 2m
cluster:
  mode: kafka
  instance_id: %s
  liveness: 10s
server: {listen: "127.0.0.1:0"}
%s  max_skew: 10s
elasticsearch:
  urls: [%q]
  flush_interval: 50ms
alerting:
  route: {receiver: hook, group_by: ["..."], group_wait: 0s, group_interval: 0s}
  receivers:
    - name: hook
      webhook: {url: %q}
      rate_limit: {disabled: true}
log: {format: json}
`, rulesDir, instance, strings.Replace(kafkaTestConfig(emb, d.group), "session_timeout: 3s, rebalance_timeout: 3s", "session_timeout: 2s, rebalance_timeout: 10s", 1),
		d.es.URL, d.hook.URL)
	p := filepath.Join(d.dir, instance+".yaml")
	if err := os.WriteFile(p, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// start runs one instance of the deployment.
func (d *clusterDeployment) start(t *testing.T, emb *kafka.Embedded, rulesDir, instance string, env []string) *child {
	c := startFaultChild(t, env, "run", "-c", d.config(t, emb, rulesDir, instance))
	if dir := os.Getenv("VIGIL_CRASH_LOGS"); dir != "" {
		t.Cleanup(func() {
			os.WriteFile(filepath.Join(dir, t.Name()+"-"+d.group+"-"+instance+".log"), []byte(c.stderr.String()), 0o600)
		})
	}
	return c
}

// wmWatch follows a deployment's partials topic: per partition, the
// offset of the first watermark record of each instance that announces
// at least target.
type wmWatch struct {
	mu    sync.Mutex
	first map[int32]map[string]int64
}

func watchWatermarks(t *testing.T, emb *kafka.Embedded, topic string, target time.Time) *wmWatch {
	w := &wmWatch{first: map[int32]map[string]int64{}}
	cl, err := kgo.NewClient(kgo.SeedBrokers(emb.Addrs()...), kgo.ConsumeTopics(topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchMaxWait(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			fs := cl.PollFetches(ctx)
			fs.EachRecord(func(r *kgo.Record) {
				id, ok := strings.CutPrefix(string(r.Key), "wm/")
				if !ok {
					return
				}
				var v struct {
					Watermark time.Time `json:"watermark"`
				}
				if json.Unmarshal(r.Value, &v) != nil || v.Watermark.Before(target) {
					return
				}
				w.mu.Lock()
				if w.first[r.Partition] == nil {
					w.first[r.Partition] = map[string]int64{}
				}
				if _, seen := w.first[r.Partition][id]; !seen {
					w.first[r.Partition][id] = r.Offset
				}
				w.mu.Unlock()
			})
		}
	}()
	t.Cleanup(func() { cancel(); <-done; cl.Close() })
	return w
}

// done reports whether stage two has checkpointed (and so evaluated),
// on every partials partition, a watermark record of target or later from
// each of the instances.
func (w *wmWatch) done(emb *kafka.Embedded, group, topic string, partitions int, instances ...string) bool {
	committed := emb.Committed(group + ".stage2")[topic]
	w.mu.Lock()
	defer w.mu.Unlock()
	for q := range partitions {
		for _, id := range instances {
			off, ok := w.first[int32(q)][id]
			if !ok || committed[q] <= off {
				return false
			}
		}
	}
	return true
}

// simStretch is a simulated store's first hours as records for topic logs,
// dealt round robin over partitions, each stamped with its event time.
func simStretch(t *testing.T, span time.Duration, partitions int) (recs []*kgo.Record, valid []bool, end time.Time) {
	t.Helper()
	cfg := sim.DefaultConfig()
	cfg.Rate, cfg.Duration = 2, span
	s := sim.New(cfg)
	dec := event.NewDecoder(nil)
	for i := 0; ; i++ {
		line, at, ok := s.Next()
		if !ok {
			break
		}
		var ev event.Event
		valid = append(valid, dec.Decode(line, &ev) == nil)
		recs = append(recs, &kgo.Record{Topic: "logs", Partition: int32(i % partitions), Value: slices.Clone(line), Timestamp: at})
		if at.After(end) {
			end = at
		}
	}
	return recs, valid, end
}

// produceRecords writes recs synchronously; their offsets are set.
func produceRecords(t *testing.T, cl *kgo.Client, recs []*kgo.Record) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 30*time.Second))
	defer cancel()
	if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
}

// alertKey is what must agree between two deployments: rule, fingerprint,
// status and value (a count: every event counted once); starts_at is
// compared within a minute.
type alertKey struct {
	Rule, Fingerprint string
	Status            alert.Status
	Value             float64
}

func alertsByKey(as []alert.Alert) (map[alertKey][]time.Time, int) {
	out := map[alertKey][]time.Time{}
	dups := 0
	for _, a := range as {
		k := alertKey{a.Rule, a.Fingerprint, a.Status, math.Round(a.Value*1e6) / 1e6}
		if slices.ContainsFunc(out[k], func(t time.Time) bool { return t.Equal(a.StartsAt) }) {
			dups++
			continue
		}
		out[k] = append(out[k], a.StartsAt)
	}
	return out, dups
}

func writeClusterRules(t *testing.T, dir string) string {
	t.Helper()
	rulesDir := filepath.Join(dir, "rules")
	if err := os.MkdirAll(rulesDir, 0o700); err != nil {
		t.Fatal(err)
	}
	err := fs.WalkDir(builtin.FS, builtin.Dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		b, err := fs.ReadFile(builtin.FS, p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(rulesDir, "builtin-"+path.Base(p)), b, 0o600)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(rulesDir, "busy.yaml"), []byte(clusterRules), 0o600); err != nil {
		t.Fatal(err)
	}
	return rulesDir
}

// TestClusterScaleOutKillAndJoin: three `vigil run` processes in
// cluster.mode kafka share a replayed stretch of a simulated store's logs
// (13.5 hours, some 38,000 records, six partitions); one is killed with
// SIGKILL while the stream is read and a fourth joins later. A single
// instance reads the same input beside them (its own consumer group,
// index and receiver). The alert transitions the three raise (rule,
// fingerprint, status, value: a count for busy-platform, so a partial
// counted twice or lost shows; starts_at) are the single instance's; each
// rule counts the same events over the last stage-two checkpoints; every
// notification sent is a transition both raised, and every alert is last
// told in the same state; every valid record is indexed, by id.
//
// It runs only with VIGIL_CLUSTER_E2E=1 (about a minute, five child
// processes), outside CI: about one run in six still loses the events of
// a partition given back to the instance it was taken from
// (docs/architecture.md "Scale-out", known limits).
func TestClusterScaleOutKillAndJoin(t *testing.T) {
	if os.Getenv("VIGIL_CLUSTER_E2E") == "" {
		t.Skip("set VIGIL_CLUSTER_E2E=1: runs four vigil child processes for about a minute")
	}
	const partitions = 6
	emb, err := kafka.StartEmbedded(partitions, "logs")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(emb.Close)
	dir := t.TempDir()
	rulesDir := writeClusterRules(t, dir)
	recs, valid, end := simStretch(t, 13*time.Hour+30*time.Minute, partitions)
	// One record per partition ten minutes after the stretch moves every
	// instance's watermark past its end.
	pad := end.Truncate(time.Minute).Add(10 * time.Minute)
	for p := range partitions {
		line := fmt.Sprintf(`{"@timestamp":%q,"log":{"level":"info"},"service":{"name":"pad"},"message":"end of stretch"}`, pad.Format(time.RFC3339))
		recs = append(recs, &kgo.Record{Topic: "logs", Partition: int32(p), Value: []byte(line), Timestamp: pad})
		valid = append(valid, true)
	}
	target := pad.Add(-2 * time.Minute)
	// The children's clock an hour before the stretch: event time follows
	// the events alone (the quiet clock never moves it on).
	env := []string{clockShiftEnv + "=" + time.Until(sim.DefaultStart.Add(-time.Hour)).Round(time.Second).String()}

	ref := &clusterDeployment{group: "ref", es: estest.NewServer(t), hook: newFaultHook(t), dir: dir}
	multi := &clusterDeployment{group: "multi", es: estest.NewServer(t), hook: newFaultHook(t), dir: dir}
	refWM := watchWatermarks(t, emb, "ref.partials", target)
	multiWM := watchWatermarks(t, emb, "multi.partials", target)

	cl, err := kgo.NewClient(kgo.SeedBrokers(emb.Addrs()...), kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerLinger(0))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	first, second := len(recs)*4/10, len(recs)*7/10
	produceRecords(t, cl, recs[:first])

	r := ref.start(t, emb, rulesDir, "r", env)
	a := multi.start(t, emb, rulesDir, "a", env)
	b := multi.start(t, emb, rulesDir, "b", env)
	c := multi.start(t, emb, rulesDir, "c", env)
	total := int64(len(recs))
	c.await(t, "a fifth of the stream committed by the three", 2*time.Minute, func() bool {
		return committedSum(emb, "multi", "logs") >= total/5
	})
	if err := c.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-c.done
	killedAt := committedSum(emb, "multi", "logs")
	produceRecords(t, cl, recs[first:second])
	a.await(t, "half the stream committed by the two left", 2*time.Minute, func() bool {
		return committedSum(emb, "multi", "logs") >= total/2
	})
	d := multi.start(t, emb, rulesDir, "d", env)
	produceRecords(t, cl, recs[second:])

	a.await(t, "every record committed by both deployments", 2*time.Minute, func() bool {
		return committedSum(emb, "multi", "logs") == total && committedSum(emb, "ref", "logs") == total
	})
	a.await(t, "stage two past the stretch in both deployments", 2*time.Minute, func() bool {
		return refWM.done(emb, "ref", "ref.partials", partitions, "r") &&
			multiWM.done(emb, "multi", "multi.partials", partitions, "a", "b", "d")
	})
	var stops []string
	for _, x := range []*child{r, a, b, d} {
		if err := x.stop(t, syscall.SIGTERM); err != nil {
			t.Fatalf("vigil exited with %v on SIGTERM; it logged:\n%s", err, x.stderr)
		}
		for _, l := range strings.Split(x.stderr.String(), "\n") {
			if strings.Contains(l, "cluster stopped") {
				stops = append(stops, l)
			}
		}
	}
	// Every event counted once: per rule, the events in the series of the
	// last checkpoints of stage two (each partials partition's, wherever it
	// was last owned) are the single instance's.
	// The events stage two found late (of a minute it had evaluated: the
	// simulated stream has a few far older than the allowed lateness) are
	// not counted, and which are late depends on how the partitions were
	// read: the totals may differ by those.
	refCounts, refLate := stage2Counts(t, emb, rulesDir, "ref")
	multiCounts, multiLate := stage2Counts(t, emb, rulesDir, "multi")
	if len(refCounts) == 0 || refCounts["busy-platform"] == 0 {
		t.Fatalf("the single instance's state counts nothing: %v", refCounts)
	}
	// A few of the simulated events are far older than the allowed
	// lateness; more found late means stage two's watermark ran ahead of
	// the partials (an instance's events not yet read when it moved on).
	if refLate+multiLate > 100 {
		t.Errorf("stage two found %d events late in the three and %d in the single instance: more than the stream's own late events", multiLate, refLate)
	}
	for rule, n := range refCounts {
		if d := int64(multiCounts[rule]) - int64(n); d > int64(refLate) || -d > int64(multiLate) {
			t.Errorf("rule %s: the three counted %d events, the single instance %d (late: %d and %d)", rule, multiCounts[rule], n, multiLate, refLate)
		}
	}
	// The alert transitions each deployment's stage two raised (read from
	// its alerts topic; a partition restored elsewhere raises some again)
	// are the same: rule, fingerprint, status, value (a count for
	// busy-platform: a partial counted twice or lost shows) and starts_at.
	// An event found late by one deployment and not by the other changes
	// a minute's value, and with it up to a firing and a resolution on
	// each side: four differences per late event are put down to those.
	want, refDups := transitionsOf(t, emb, "ref")
	got, dups := transitionsOf(t, emb, "multi")
	if len(want) < 10 {
		t.Fatalf("the single instance raised %d distinct alert transitions; the stretch should raise more", len(want))
	}
	diffs, differ := alertDiffs(want, got)
	if late := int(refLate + multiLate); len(diffs) > 4*late {
		for _, d := range diffs {
			t.Error(d)
		}
	} else if len(diffs) > 0 {
		t.Logf("%d alert transitions differ, put down to the %d events found late: %v", len(diffs), late, diffs)
	}
	// What the receivers were told: each dispatcher delivers
	// asynchronously, and a group whose notification is still in flight
	// when its alert changes tells only the latest state, so in a replay
	// (hours of event time in seconds) the two may coalesce different
	// transitions. Every notification of either is a transition both
	// raised, and every alert ends in the same state.
	toldRef, toldMulti := hookAlerts(ref.hook), hookAlerts(multi.hook)
	for _, told := range []struct {
		who string
		as  []alert.Alert
	}{{"the single instance", toldRef}, {"the three", toldMulti}} {
		for _, a := range told.as {
			k := alertKey{a.Rule, a.Fingerprint, a.Status, math.Round(a.Value*1e6) / 1e6}
			if differ[transition{k, a.StartsAt.Unix()}] && !t.Failed() {
				continue // a transition put down to a late event
			}
			if !slices.ContainsFunc(want[k], func(w time.Time) bool { return w.Equal(a.StartsAt) }) ||
				!slices.ContainsFunc(got[k], func(g time.Time) bool { return g.Equal(a.StartsAt) }) {
				t.Errorf("%s told %+v starting %s, which not both deployments raised", told.who, k, a.StartsAt.Format(time.TimeOnly))
			}
		}
	}
	if lr, lm := lastTold(toldRef), lastTold(toldMulti); !maps.Equal(lr, lm) && len(diffs) == 0 {
		for fp := range lr {
			if lr[fp] != lm[fp] {
				t.Errorf("alert %s is last told %s by the single instance (%s), %s by the three (%s)", fp,
					lr[fp], toldOf(toldRef, fp), lm[fp], toldOf(toldMulti, fp))
			}
		}
		for fp := range lm {
			if _, ok := lr[fp]; !ok {
				t.Errorf("alert %s is told by the three only (%s)", fp, toldOf(toldMulti, fp))
			}
		}
	}
	// Every valid record indexed, by id, by the three.
	ids := map[string]bool{}
	for _, ix := range multi.es.Indices() {
		if strings.HasPrefix(ix, "logs-") {
			for id := range multi.es.Docs(ix) {
				ids[id] = true
			}
		}
	}
	missing := 0
	for i, rec := range recs {
		if valid[i] && !ids[fmt.Sprintf("logs-%d-%d", rec.Partition, rec.Offset)] {
			missing++
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d valid events not indexed by the three", missing, len(recs))
	}
	t.Logf("%d records; killed c at %d committed; %d distinct alert transitions raised by the single instance (raised again after a restore: %d by the three, %d by the one); notifications: %d by the three, %d by the one; events found late: %d by the three, %d by the one",
		total, killedAt, len(want), dups, refDups, len(toldMulti), len(toldRef), multiLate, refLate)
	for _, s := range stops {
		t.Log(s)
	}
}

// transitionsOf reads the alert transitions a deployment's stage two
// raised, by key, and how many were raised more than once.
func transitionsOf(t *testing.T, emb *kafka.Embedded, group string) (map[alertKey][]time.Time, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, time.Minute))
	defer cancel()
	recs, err := cluster.ReadSteps(ctx, emb.Config("logs"), cluster.Config{Mode: cluster.ModeKafka}.WithDefaults(group))
	if err != nil {
		t.Fatal(err)
	}
	var as []alert.Alert
	for _, r := range recs {
		for _, st := range r.Steps {
			as = append(as, st.Alerts...)
		}
	}
	return alertsByKey(as)
}

// transition is an alert transition: its key and start.
type transition struct {
	key   alertKey
	start int64
}

// alertDiffs describes every alert of want not in got and of got not in
// want, and returns the set of them.
func alertDiffs(want, got map[alertKey][]time.Time) ([]string, map[transition]bool) {
	var out []string
	set := map[transition]bool{}
	for k, ws := range want {
		for _, w := range ws {
			if !slices.ContainsFunc(got[k], func(g time.Time) bool { return g.Equal(w) }) {
				out = append(out, fmt.Sprintf("the single instance raised %+v starting %s; the three did not (they raised %v)", k, w.Format(time.TimeOnly), got[k]))
				set[transition{k, w.Unix()}] = true
			}
		}
	}
	for k, gs := range got {
		for _, g := range gs {
			if !slices.ContainsFunc(want[k], func(w time.Time) bool { return g.Equal(w) }) {
				out = append(out, fmt.Sprintf("the three raised %+v starting %s; the single instance did not (it raised %v)", k, g.Format(time.TimeOnly), want[k]))
				set[transition{k, g.Unix()}] = true
			}
		}
	}
	slices.Sort(out)
	return out, set
}

// toldOf lists what was told of fingerprint fp: status and start, in
// order.
func toldOf(as []alert.Alert, fp string) string {
	var out []string
	for _, a := range as {
		if a.Fingerprint == fp {
			out = append(out, fmt.Sprintf("%s@%s=%g", a.Status, a.StartsAt.Format("15:04"), a.Value))
		}
	}
	return strings.Join(out, " ")
}

// lastTold is the status each fingerprint was last told with.
func lastTold(as []alert.Alert) map[string]alert.Status {
	out := map[string]alert.Status{}
	for _, a := range as {
		out[a.Fingerprint] = a.Status
	}
	return out
}

// hookAlerts is every notification the receiver got.
func hookAlerts(h *faultHook) []alert.Alert {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.got)
}

// stage2Counts restores the last stage-two checkpoint of every partials
// partition of a deployment and sums each rule's matched events, and the
// events found late.
func stage2Counts(t *testing.T, emb *kafka.Embedded, rulesDir, group string) (map[string]uint64, uint64) {
	t.Helper()
	rs, err := rules.LoadDir(rulesDir)
	if err != nil {
		t.Fatal(err)
	}
	cfg := cluster.Config{Mode: cluster.ModeKafka}.WithDefaults(group)
	ctx, cancel := context.WithTimeout(context.Background(), await.Within(t, 2*time.Minute))
	defer cancel()
	states, err := cluster.ReadState(ctx, emb.Config("logs"), cfg)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]uint64{}
	var late uint64
	for q, st := range states {
		e := rules.NewEngine(rs, rules.Options{})
		if err := e.Restore(st.Snapshot); err != nil {
			t.Fatalf("%s: partition %d: %v", group, q, err)
		}
		late += e.Stats().Late
		for _, r := range e.Stats().Rules {
			if r.Name == "event-rate-drop" {
				t.Logf("%s: partials partition %d (checkpointed by %s at offset %d): %d events", group, q, st.Instance, st.Covered, r.Matched)
			}
			out[r.Name] += r.Matched
		}
	}
	return out, late
}
