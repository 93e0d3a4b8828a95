package rules

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/axiomhq/hyperloglog"
	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/racefree"
)

// stageRules exercises every aggregate, order-dependent ones included, and
// a detector rule.
const stageRules = `
rules:
  - name: error-ratio
    severity: P2
    filter: service.name != ""
    group_by: [service.name]
    window: 3m
    condition: count >= 5 && ratio(log.level == "error") > 0.3
    annotations:
      summary: '{{ .Label "service.name" }} logs errors'
  - name: slow-p90
    severity: P2
    group_by: [service.name]
    window: 2m
    condition: quantile(event.duration, 0.9) > 900
  - name: delay-sums
    severity: P3
    filter: has(sync.delay_seconds)
    group_by: [shop.id]
    window: 4m
    condition: sum(sync.delay_seconds) > 1500 && avg(sync.delay_seconds) > 95
  - name: delay-spread
    severity: P3
    filter: has(sync.delay_seconds)
    group_by: [service.name, shop.id]
    window: 2m
    condition: max(sync.delay_seconds) - min(sync.delay_seconds) > 185
  - name: many-shops
    severity: P3
    filter: log.level == "error"
    window: 2m
    condition: distinct(shop.id) >= 4
  - name: three-in-a-row
    severity: P1
    filter: has(http.response.status_code)
    group_by: [shop.id]
    window: 2m
    condition: consecutive(http.response.status_code >= 500) >= 3
  - name: region-changed
    severity: P3
    group_by: [shop.id]
    window: 1m
    condition: changed(shop.region)
  - name: new-code
    severity: P3
    filter: error.code != ""
    window: 5m
    condition: new_value(error.code, "1h", "5m")
    annotations:
      summary: 'new: {{ range .NewValues }}{{ . }} {{ end }}'
  - name: quiet-service
    severity: P2
    group_by: [service.name]
    window: 3m
    condition: count < 2
  - name: sweeper-heartbeat
    severity: P2
    filter: job.name == "sweeper"
    condition: absent("4m")
  - name: spike
    severity: P3
    window: 2m
    condition: previous(count) >= 4 && count > 2 * previous(count)
  - name: error-ratio-detector
    severity: P2
    group_by: [service.name]
    value: ratio(log.level == "error")
    detector: {preset: error_ratio, direction: up}
    sample: log.level == "error"
`

// stageStream generates a random stream of n minutes of events in event
// time order, every event at its own time: three services (one falls
// silent for a while), four shops whose regions sometimes change, errors,
// 5xx bursts, sync delays, a heartbeat job with a gap, job runs and a
// deploy marker.
func stageStream(rng *rand.Rand, minutes int) []*event.Event {
	var out []*event.Event
	t := t0.Add(time.Duration(rng.IntN(60_000)) * time.Millisecond)
	end := t0.Add(time.Duration(minutes) * time.Minute)
	regions := map[string]string{"S1": "SG", "S2": "MY", "S3": "TH", "S4": "VN"}
	codes := []string{"TIMEOUT", "AUTH"}
	errBoost, badShop := 0.0, ""
	var surgeUntil time.Time // traffic ten times as dense until then
	for t.Before(end) {
		if rng.IntN(600) == 0 && t.After(surgeUntil) {
			surgeUntil = t.Add(time.Duration(60+rng.IntN(120)) * time.Second)
		}
		min := int(t.Sub(t0) / time.Minute)
		if rng.IntN(200) == 0 { // a burst of errors of one shop for a few minutes
			errBoost = 0.5
			badShop = fmt.Sprintf("S%d", 1+rng.IntN(4))
		}
		if errBoost > 0 && rng.IntN(120) == 0 {
			errBoost = 0
		}
		svc := []string{"orders", "billing", "search"}[rng.IntN(3)]
		if svc == "search" && min >= 12 && min < 20 {
			svc = "orders" // search falls silent
		}
		shop := fmt.Sprintf("S%d", 1+rng.IntN(4))
		if errBoost > 0 && rng.IntN(2) == 0 {
			shop = badShop
		}
		if rng.IntN(150) == 0 {
			regions[shop] = []string{"SG", "MY", "TH", "VN", "PH"}[rng.IntN(5)]
		}
		kv := []any{"service.name", svc, "shop.id", shop, "shop.region", regions[shop],
			"trace.id", fmt.Sprintf("%016x", rng.Uint64()), "event.duration", 100 + rng.IntN(1000)}
		boost := 0.0
		if shop == badShop {
			boost = 1.6 * errBoost
		}
		if rng.Float64() < 0.08+boost {
			if rng.IntN(40) == 0 {
				codes = append(codes, fmt.Sprintf("E%d", len(codes)))
			}
			kv = append(kv, "log.level", "error", "error.code", codes[rng.IntN(len(codes))])
		} else {
			kv = append(kv, "log.level", "info")
		}
		if rng.IntN(2) == 0 {
			status := 200
			if rng.Float64() < 0.1+boost {
				status = 503
			}
			kv = append(kv, "http.response.status_code", status)
		}
		if rng.IntN(3) == 0 {
			kv = append(kv, "sync.delay_seconds", float64(rng.IntN(200))+rng.Float64())
		}
		switch {
		case rng.IntN(25) == 0 && (min < 15 || min > 24):
			kv = append(kv, "job.name", "sweeper", "job.status", []string{"started", "succeeded", "failed"}[rng.IntN(3)])
		case rng.IntN(400) == 0:
			kv = append(kv, "event.action", "deploy", "service.version", fmt.Sprintf("1.%d", rng.IntN(3)))
		}
		e := ev(0, kv...)
		e.Time = t
		e.Set(event.TimestampPath, event.StringValue(t.Format(time.RFC3339Nano)))
		out = append(out, e)
		// Strictly increasing times, from a few milliseconds to seconds apart.
		gap := time.Duration(1+rng.IntN(3000))*time.Millisecond + time.Duration(1+rng.IntN(999))*time.Microsecond
		if t.Before(surgeUntil) {
			gap /= 10
		}
		t = t.Add(gap)
	}
	return out
}

// stageOptions turns the watchers on, as vigil runs by default.
func stageOptions() Options {
	return Options{Logger: zerolog.Nop(), Jobs: &JobsOptions{}, Deploys: &DeploysOptions{}}
}

// runEngine feeds events in time order to one engine, the watermark
// following each minute, and returns the alerts.
func runEngine(rs *RuleSet, opt Options, evs []*event.Event, minutes int) []alert.Alert {
	e := NewEngine(rs, opt)
	var out []alert.Alert
	i := 0
	for m := 1; m <= minutes; m++ {
		wm := t0.Add(time.Duration(m) * time.Minute)
		for i < len(evs) && evs[i].Time.Before(wm) {
			e.Observe(evs[i])
			i++
		}
		out = append(out, e.Advance(wm)...)
	}
	return out
}

// shardRun is a two-stage run: the events are spread over shards, each
// shard sees its events shuffled within the lateness, and flushes either
// the complete minutes or everything it has.
type shardRun struct {
	shards   int
	lateness time.Duration
	rng      *rand.Rand
	// snapshotAt, when > 0, checkpoints stage two after that minute and
	// continues on a restored one.
	snapshotAt int
	heldAtSnap int // partials held when the snapshot was taken
	bytes      int // encoded partial bytes
	partials   int
}

func (r *shardRun) run(t *testing.T, rs *RuleSet, opt Options, evs []*event.Event, minutes int) []alert.Alert {
	t.Helper()
	type arrival struct {
		at time.Time
		ev *event.Event
	}
	queues := make([][]arrival, r.shards)
	for _, e := range evs {
		k := r.rng.IntN(r.shards)
		at := e.Time.Add(time.Duration(r.rng.Int64N(int64(r.lateness))))
		queues[k] = append(queues[k], arrival{at, e})
	}
	stage1 := make([]*Stage1, r.shards)
	for k := range queues {
		sort.SliceStable(queues[k], func(i, j int) bool { return queues[k][i].at.Before(queues[k][j].at) })
		stage1[k] = NewStage1(rs, opt)
	}
	s2 := NewStage2(rs, opt)
	var out []alert.Alert
	next := make([]int, r.shards)
	for m := 1; m <= minutes; m++ {
		wm := t0.Add(time.Duration(m) * time.Minute)
		now := wm.Add(r.lateness) // every event before wm has arrived
		var parts [][]byte
		for k, q := range queues {
			for next[k] < len(q) && q[next[k]].at.Before(now) {
				stage1[k].Observe(q[next[k]].ev)
				next[k]++
			}
			upTo := wm
			if r.rng.IntN(2) == 0 {
				upTo = time.Unix(math.MaxInt32*60, 0) // everything, open minutes too
			}
			for _, p := range stage1[k].Flush(upTo) {
				data, err := p.MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				r.bytes += len(data)
				r.partials++
				parts = append(parts, data)
			}
		}
		r.rng.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
		for _, data := range parts {
			p, err := DecodePartial(data)
			if err != nil {
				t.Fatal(err)
			}
			if err := s2.Merge(p); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, s2.Advance(wm)...)
		if m == r.snapshotAt {
			r.heldAtSnap = s2.Held()
			data, err := s2.Engine().Snapshot()
			if err != nil {
				t.Fatal(err)
			}
			s2 = NewStage2(rs, opt)
			if err := s2.Engine().Restore(data); err != nil {
				t.Fatal(err)
			}
		}
	}
	if st := s2.Engine().Stats(); st.Late != 0 || st.Refused != 0 {
		t.Fatalf("stage two counted %d late events and refused %d partials", st.Late, st.Refused)
	}
	return out
}

// sameAlerts compares two alert lists: everything equal but the numbers,
// which may differ by float rounding (sums added in another order).
func sameAlerts(t *testing.T, want, got []alert.Alert) {
	t.Helper()
	if len(want) != len(got) {
		t.Fatalf("%d alerts through the stages, %d from the engine:\nstages: %s\nengine: %s", len(got), len(want), briefs(got), briefs(want))
	}
	near := func(a, b float64) bool {
		return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
	}
	nearPtr := func(a, b *float64) bool { return (a == nil) == (b == nil) && (a == nil || near(*a, *b)) }
	for i := range want {
		w, g := want[i], got[i]
		if !near(w.Value, g.Value) || !nearPtr(w.Threshold, g.Threshold) || !nearPtr(w.Baseline, g.Baseline) {
			t.Fatalf("alert %d (%s): value %v/%v threshold %v/%v baseline %v/%v (stages/engine)", i, brief(w),
				g.Value, w.Value, g.Threshold, w.Threshold, g.Baseline, w.Baseline)
		}
		w.Value, g.Value, w.Threshold, g.Threshold, w.Baseline, g.Baseline = 0, 0, nil, nil, nil, nil
		wj, _ := json.Marshal(w)
		gj, _ := json.Marshal(g)
		if !bytes.Equal(wj, gj) {
			t.Fatalf("alert %d differs:\nstages: %s\nengine: %s", i, gj, wj)
		}
	}
}

func briefs(as []alert.Alert) string {
	var s []string
	for _, a := range as {
		s = append(s, brief(a))
	}
	return strings.Join(s, "\n        ")
}

// TestStagesMatchEngine is the property: a random stream spread over 1–4
// shards, each shard's events shuffled within the lateness, through stage
// one per shard, encoded, decoded and merged in random order by stage two,
// gives the alerts one engine gives on the stream in event-time order —
// fingerprints, times, samples, annotations; numbers within float
// rounding. The shards are played in turn on one goroutine (the package
// starts none): the test runs without the race detector (racefree).
func TestStagesMatchEngine(t *testing.T) {
	racefree.Only(t)
	rs := mustRules(t, stageRules)
	opt := stageOptions()
	const minutes = 45
	fired := map[string]int{}
	heldAtSnap := 0
	seeds := 5
	if testing.Short() {
		seeds = 2
	}
	for seed := range seeds {
		rng := rand.New(rand.NewPCG(uint64(seed), 7))
		evs := stageStream(rng, minutes)
		want := runEngine(rs, opt, evs, minutes)
		for _, a := range want {
			fired[a.Rule]++
		}
		for k := 1; k <= 4; k++ {
			t.Run(fmt.Sprintf("seed%d/shards%d", seed, k), func(t *testing.T) {
				r := &shardRun{shards: k, lateness: time.Duration(20+rng.IntN(100)) * time.Second,
					rng: rand.New(rand.NewPCG(uint64(seed), uint64(k)))}
				if k%2 == 0 {
					r.snapshotAt = 10 + rng.IntN(20)
				}
				got := r.run(t, rs, opt, evs, minutes)
				sameAlerts(t, want, got)
				heldAtSnap += r.heldAtSnap
			})
		}
	}
	if heldAtSnap == 0 {
		t.Error("no checkpoint was taken with partials held")
	}
	// The property is only as good as the alerts it compares: every rule
	// must have fired in some stream.
	for _, r := range rs.Rules {
		if fired[r.Name] == 0 && !testing.Short() {
			t.Errorf("rule %s never fired: the streams do not exercise it", r.Name)
		}
	}
}

// TestStagesOrderDependentByEventTime: consecutive() counts a run by event
// time, whatever shard each event went through.
func TestStagesOrderDependentByEventTime(t *testing.T) {
	rs := mustRules(t, `
rules:
  - name: three-in-a-row
    severity: P1
    window: 2m
    condition: consecutive(http.response.status_code >= 500) >= 3
`)
	opt := Options{Logger: zerolog.Nop()}
	// 500, 500, 200, 500, 500, 500 at seconds 1…6; odd seconds on shard A,
	// even ones on shard B. Shard B's partial is merged first.
	a, b := NewStage1(rs, opt), NewStage1(rs, opt)
	for i, code := range []int{500, 500, 200, 500, 500, 500} {
		s := a
		if i%2 == 1 {
			s = b
		}
		s.Observe(ev(time.Duration(i+1)*time.Second, "http.response.status_code", code))
	}
	s2 := NewStage2(rs, opt)
	s2.Advance(t0)
	for _, s := range []*Stage1{b, a} {
		for _, p := range s.Flush(t0.Add(time.Minute)) {
			if err := s2.Merge(p); err != nil {
				t.Fatal(err)
			}
		}
	}
	got := s2.Advance(t0.Add(time.Minute))
	if len(got) != 1 || got[0].Status != alert.Firing || got[0].Value != 3 {
		t.Fatalf("got %v, want one firing alert with a run of 3", briefs(got))
	}
}

// TestStagesLatePartial: a partial of a minute stage two has evaluated is
// counted as late and changes nothing; one of the minute being filled is
// merged.
func TestStagesLatePartial(t *testing.T) {
	rs := mustRules(t, `
rules:
  - name: any-error
    severity: P3
    filter: log.level == "error"
    window: 1m
`)
	opt := Options{Logger: zerolog.Nop()}
	s1, s2 := NewStage1(rs, opt), NewStage2(rs, opt)
	s2.Advance(t0.Add(2 * time.Minute))
	s1.Observe(ev(30*time.Second, "log.level", "error"))                 // minute 0: evaluated
	s1.Observe(ev(2*time.Minute+10*time.Second, "log.level", "error"))   // minute 2: open
	s1.Observe(ev(2*time.Minute+20*time.Second, "log.level", "error"))   // minute 2: open
	s1.Observe(ev(5*time.Minute+20*time.Second, "log.level", "warning")) // filtered out
	parts := s1.Flush(t0.Add(3 * time.Minute))
	if len(parts) != 2 || s1.Open() != 0 {
		t.Fatalf("flushed %d partials, %d open; want 2 and 0", len(parts), s1.Open())
	}
	for _, p := range parts {
		if err := s2.Merge(p); err != nil {
			t.Fatal(err)
		}
	}
	if st := s2.Engine().Stats(); st.Late != 1 || s2.Held() != 1 {
		t.Fatalf("late %d, held %d; want 1 and 1", st.Late, s2.Held())
	}
	got := s2.Advance(t0.Add(3 * time.Minute))
	if len(got) != 1 || !got[0].StartsAt.Equal(t0.Add(3*time.Minute)) || got[0].Value != 2 {
		t.Fatalf("got %s value %v, want the firing at +3m with 2 events", briefs(got), got)
	}
	if want := t0.Add(2*time.Minute + 20*time.Second); !s2.Newest().Equal(want) {
		t.Fatalf("newest %s, want %s", s2.Newest(), want)
	}
	// Two days ahead: not held, counted as early.
	s1.Observe(ev(48*time.Hour, "log.level", "error"))
	for _, p := range s1.Flush(t0.Add(49 * time.Hour)) {
		if err := s2.Merge(p); err != nil {
			t.Fatal(err)
		}
	}
	if st := s2.Engine().Stats(); st.Rules[0].Early != 1 || s2.Held() != 0 {
		t.Fatalf("early %d, held %d; want 1 and 0", st.Rules[0].Early, s2.Held())
	}
}

// TestStagesRefuseForeignPartials: a partial of another rule set, or of
// another definition of a rule, is refused with an error naming the rule.
func TestStagesRefuseForeignPartials(t *testing.T) {
	opt := Options{Logger: zerolog.Nop()}
	s1 := NewStage1(mustRules(t, "rules:\n  - {name: r, severity: P3, window: 1m, condition: 'count > 2'}\n"), opt)
	s1.Observe(ev(time.Second))
	p := s1.Flush(t0.Add(time.Minute))[0]
	for _, tc := range []struct{ rules, want string }{
		{"rules:\n  - {name: other, severity: P3}\n", `rule "r", which is not running`},
		{"rules:\n  - {name: r, severity: P3, window: 1m, condition: 'count > 3'}\n", "another definition"},
	} {
		s2 := NewStage2(mustRules(t, tc.rules), opt)
		err := s2.Merge(p)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("merge: %v, want an error with %q", err, tc.want)
		}
		if s2.Engine().Stats().Refused != 1 {
			t.Errorf("refused %d, want 1", s2.Engine().Stats().Refused)
		}
	}
}

// stagePartials returns the partials of a random stream's first minutes,
// of every rule of stageRules and both watchers.
func stagePartials(t testing.TB, seed uint64) []*Partial {
	t.Helper()
	rs := mustRules(t, stageRules)
	s1 := NewStage1(rs, stageOptions())
	for _, e := range stageStream(rand.New(rand.NewPCG(seed, 1)), 6) {
		s1.Observe(e)
	}
	return s1.Flush(t0.Add(time.Hour))
}

// TestPartialRoundTrip: decoding an encoded partial gives the partial
// back (its encoding again, and the same merge), and merging decoded
// halves equals merging the originals.
func TestPartialRoundTrip(t *testing.T) {
	parts := stagePartials(t, 3)
	kinds := map[PartialKind]int{}
	for i, p := range parts {
		kinds[p.Kind]++
		if i%2 == 0 {
			p.Source = []byte(fmt.Sprintf("logs-%d:%d", i%3, 1000+i)) // the caller's position
		}
		data, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		q, err := DecodePartial(data)
		if err != nil {
			t.Fatalf("%s %s %q: %v", p.Kind, p.Rule, p.Series, err)
		}
		again, err := q.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, again) {
			t.Fatalf("%s %s %q: encoding changed by a round trip", p.Kind, p.Rule, p.Series)
		}
		if q.Rule != p.Rule || q.Series != p.Series || !slices.Equal(q.Labels, p.Labels) || !q.Minute.Equal(p.Minute) ||
			!q.Newest.Equal(p.Newest) || q.Events != p.Events || !bytes.Equal(q.Source, p.Source) {
			t.Fatalf("decoded %+v, want %+v", q, p)
		}
		// Merging a partial with its decoded copy doubles its counts.
		if p.Kind == PartialSeries {
			n := p.agg.b.n
			if err := q.Merge(p); err != nil {
				t.Fatal(err)
			}
			if q.agg.b.n != 2*n || q.Events != 2*p.Events {
				t.Fatalf("merged count %v, want %v", q.agg.b.n, 2*n)
			}
		}
	}
	if kinds[PartialSeries] == 0 || kinds[PartialJobs] == 0 || kinds[PartialDeploys] == 0 {
		t.Fatalf("partials by kind %v: want every kind", kinds)
	}
	// Different keys do not merge.
	var a, b *Partial
	for _, p := range parts {
		if p.Kind == PartialSeries && a == nil {
			a = p
		} else if p.Kind == PartialSeries && p.Series != a.Series {
			b = p
		}
	}
	if err := a.Merge(b); err == nil || !strings.Contains(err.Error(), "different keys") {
		t.Fatalf("merge of %q and %q: %v", a.Series, b.Series, err)
	}
}

// TestDecodePartialMalformed: truncations and corruptions of real
// partials are errors, never panics; a wrong version says so.
func TestDecodePartialMalformed(t *testing.T) {
	parts := stagePartials(t, 4)
	for _, p := range parts[:min(len(parts), 40)] {
		data, _ := p.MarshalBinary()
		for n := 0; n < len(data); n += 1 + n/8 {
			if _, err := DecodePartial(data[:n]); err == nil {
				t.Fatalf("%s %s: a partial cut at %d of %d bytes decoded", p.Kind, p.Rule, n, len(data))
			}
		}
		bad := slices.Clone(data)
		bad[0] = 9
		if _, err := DecodePartial(bad); err == nil || !strings.Contains(err.Error(), "version 9") {
			t.Fatalf("version 9: %v", err)
		}
		if _, err := DecodePartial(append(slices.Clone(data), 0)); err == nil {
			t.Fatal("a partial with a trailing byte decoded")
		}
	}
	// A HyperLogLog of another precision would not merge: refused.
	for _, p := range parts {
		if p.Kind != PartialSeries || len(p.agg.b.hll) == 0 || p.agg.b.hll[0] == nil {
			continue
		}
		h := hyperloglog.New16()
		h.Insert([]byte("S1"))
		p.agg.b.hll[0] = h
		data, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodePartial(data); err == nil || !strings.Contains(err.Error(), "precision 16") {
			t.Fatalf("a HyperLogLog of precision 16: %v", err)
		}
		return
	}
	t.Fatal("no partial with a HyperLogLog")
}

// FuzzDecodePartial: any input decodes to an error or to a partial that
// encodes again, and that stage two merges or refuses without panicking.
func FuzzDecodePartial(f *testing.F) {
	for _, p := range stagePartials(f, 5)[:24] {
		data, err := p.MarshalBinary()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	rs := mustRules(f, stageRules)
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := DecodePartial(data)
		if err != nil {
			return
		}
		if _, err := p.MarshalBinary(); err != nil {
			t.Fatalf("a decoded partial does not encode: %v", err)
		}
		s2 := NewStage2(rs, stageOptions())
		s2.Advance(p.Minute)
		_ = s2.Merge(p)
		s2.Advance(p.Minute.Add(3 * time.Minute))
	})
}

// BenchmarkStage1Observe is one event through stage one of 100 rules
// (BenchmarkObserve100Rules' rules and events); partials are flushed and
// encoded every minute of event time, and their size is reported.
func BenchmarkStage1Observe(b *testing.B) {
	rs := benchRules(b, 100)
	s := NewStage1(rs, Options{Logger: zerolog.Nop()})
	evs := make([]*event.Event, 1024)
	for i := range evs {
		evs[i] = benchEvent(i)
	}
	var buf []byte
	var bytes, parts int
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e := evs[i%len(evs)]
		e.Time = t0.Add(time.Duration(i) * time.Millisecond) // 60,000 events a minute
		s.Observe(e)
		if i%60000 == 59999 {
			for _, p := range s.Flush(e.Time) {
				buf, _ = p.AppendBinary(buf[:0])
				bytes += len(buf)
				parts++
			}
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
	if parts > 0 {
		b.ReportMetric(float64(bytes)/float64(parts), "B/partial")
	}
}

// BenchmarkEngineObserve is BenchmarkStage1Observe's stream through the
// single-process engine: one event, and every minute of event time the
// Advance that evaluates the minute — both stages joined in one process.
func BenchmarkEngineObserve(b *testing.B) {
	rs := benchRules(b, 100)
	e := NewEngine(rs, Options{Logger: zerolog.Nop()})
	evs := make([]*event.Event, 1024)
	for i := range evs {
		evs[i] = benchEvent(i)
	}
	e.Advance(t0)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ev := evs[i%len(evs)]
		ev.Time = t0.Add(time.Duration(i) * time.Millisecond)
		e.Observe(ev)
		if i%60000 == 59999 {
			e.Advance(ev.Time)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkStage2Merge is one partial decoded and merged by stage two:
// the partials of six minutes of a random stream over stageRules (every
// rule and both watchers), replayed an hour later each round, the
// watermark moving past them at the end of each round.
func BenchmarkStage2Merge(b *testing.B) {
	rs := mustRules(b, stageRules)
	var enc [][]byte
	size := 0
	for _, p := range stagePartials(b, 6) {
		data, _ := p.MarshalBinary()
		enc = append(enc, data)
		size += len(data)
	}
	s2 := NewStage2(rs, stageOptions())
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p, err := DecodePartial(enc[i%len(enc)])
		if err != nil {
			b.Fatal(err)
		}
		round := time.Duration(i/len(enc)) * time.Hour
		shiftPartial(p, round)
		_ = s2.Merge(p)
		if i%len(enc) == len(enc)-1 {
			s2.Advance(t0.Add(round + 10*time.Minute))
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(size)/float64(len(enc)), "B/partial")
}

// shiftPartial moves a partial d later in event time.
func shiftPartial(p *Partial, d time.Duration) {
	p.Minute, p.Newest = p.Minute.Add(d), p.Newest.Add(d)
	for j := range p.jobs {
		p.jobs[j].At = p.jobs[j].At.Add(d)
	}
	for j := range p.deploys {
		p.deploys[j].At = p.deploys[j].At.Add(d)
	}
	a := p.agg
	if a == nil {
		return
	}
	sec, ns := int64(d/time.Second), int64(d)
	a.first += sec
	a.b.last += sec
	for _, seq := range a.streaks {
		for j := range seq {
			seq[j].t += ns
		}
	}
	for _, seq := range a.changes {
		for j := range seq {
			seq[j].t += ns
		}
	}
	for _, list := range a.news {
		for j := range list {
			list[j].first += sec
			list[j].last += sec
		}
	}
	for j := range a.samples {
		a.samples[j].t += ns
	}
}

// TestStage1Reload: a reload hands over the open partials; stage two
// merges those of the unchanged rule and refuses the changed one's, and
// stage one folds the next events by the new rules.
func TestStage1Reload(t *testing.T) {
	opt := Options{Logger: zerolog.Nop()}
	before := mustRules(t, "rules:\n  - {name: same, severity: P3, window: 1m}\n  - {name: changes, severity: P3, window: 1m, condition: 'count > 5'}\n")
	after := mustRules(t, "rules:\n  - {name: same, severity: P3, window: 1m}\n  - {name: changes, severity: P3, window: 1m, condition: 'count > 0'}\n")
	s1, s2 := NewStage1(before, opt), NewStage2(after, opt)
	s1.Observe(ev(10 * time.Second))
	parts := s1.Reload(after)
	if len(parts) != 2 || s1.Open() != 0 {
		t.Fatalf("reload handed over %d partials, %d open; want 2 and 0", len(parts), s1.Open())
	}
	var refused int
	for _, p := range parts {
		if err := s2.Merge(p); err != nil {
			refused++
			if p.Rule != "changes" {
				t.Errorf("partial of %s refused: %v", p.Rule, err)
			}
		}
	}
	s1.Observe(ev(20 * time.Second))
	for _, p := range s1.Flush(t0.Add(time.Minute)) {
		if err := s2.Merge(p); err != nil {
			t.Fatal(err)
		}
	}
	got := s2.Advance(t0.Add(time.Minute))
	if refused != 1 || len(got) != 2 || got[0].Rule != "same" || got[0].Value != 2 || got[1].Rule != "changes" || got[1].Value != 1 {
		t.Fatalf("refused %d; got %s (values %v); want same with 2 events, changes with 1", refused, briefs(got), got)
	}
}
