package cluster

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/internal/await"
)

// fakeDispatcher records what it is handed, in order; its snapshot is
// that record, so a restored one goes on from it.
type fakeDispatcher struct {
	mu     sync.Mutex
	calls  []string
	clock  time.Time
	closed bool
}

func (f *fakeDispatcher) Submit(a alert.Alert) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, fmt.Sprintf("submit %s %s", a.Fingerprint, a.Status))
}

func (f *fakeDispatcher) Tick(now time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if now.Equal(f.clock) {
		return // the clock where it is (a restored dispatcher's first tick)
	}
	if now.Before(f.clock) {
		f.calls = append(f.calls, "tick backwards "+now.Format("15:04"))
		return
	}
	f.clock = now
	f.calls = append(f.calls, "tick "+now.Format("15:04"))
}

type fakeSnapshot struct {
	Calls []string
	Clock time.Time
}

func (f *fakeDispatcher) Snapshot() ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return json.Marshal(fakeSnapshot{Calls: f.calls, Clock: f.clock})
}

func (f *fakeDispatcher) Restore(data []byte) error {
	var s fakeSnapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls, f.clock = s.Calls, s.Clock
	return nil
}

func (f *fakeDispatcher) Close(context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.closed = true
	return nil
}

func (f *fakeDispatcher) Ack(fp, by, _ string) (alert.Alert, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, "ack "+fp+" by "+by)
	return alert.Alert{Fingerprint: fp}, nil
}

func (f *fakeDispatcher) AckWithLink(fp, token, by, _ string) (alert.Alert, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, "ack "+fp+" by "+by+" with "+token)
	return alert.Alert{Fingerprint: fp}, nil
}

func (f *fakeDispatcher) RestoreSilences(ss []alerting.SilenceInfo) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	ids := make([]string, len(ss))
	for i, s := range ss {
		ids[i] = s.ID
	}
	f.calls = append(f.calls, fmt.Sprint("silences ", ids))
	return nil
}

func (f *fakeDispatcher) ApplySilence(s alerting.SilenceInfo) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, "silence "+s.ID+" until "+s.EndsAt.Format("15:04"))
	return nil
}

func (f *fakeDispatcher) record() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls)
}

// dispatchInstance runs a Dispatch in the dispatch group; disps collects
// the dispatchers it builds.
type dispatchInstance struct {
	d     *Dispatch
	stop  func()
	mu    sync.Mutex
	disps []*fakeDispatcher
}

// told is what the last dispatcher built was handed (nil: none built yet).
func (di *dispatchInstance) told() []string {
	if f := di.last(); f != nil {
		return f.record()
	}
	return nil
}

func (di *dispatchInstance) last() *fakeDispatcher {
	di.mu.Lock()
	defer di.mu.Unlock()
	if len(di.disps) == 0 {
		return nil
	}
	return di.disps[len(di.disps)-1]
}

func runDispatch(t *testing.T, env brokerEnv, id string) *dispatchInstance {
	t.Helper()
	return runDispatchWith(t, env, id, nil)
}

// runDispatchWith is runDispatch with the cluster's silences.
func runDispatchWith(t *testing.T, env brokerEnv, id string, silences func() []alerting.SilenceInfo) *dispatchInstance {
	t.Helper()
	src := groupSource(t, env, DispatchGroup(env.kc.GroupID), env.cfg.AlertsTopic)
	cfg := env.cfg
	cfg.InstanceID = id
	di := &dispatchInstance{}
	d, err := NewDispatch(cfg, env.kc, src, DispatchOptions{Every: 100 * time.Millisecond, Silences: silences, New: func() (Dispatcher, error) {
		f := &fakeDispatcher{}
		di.mu.Lock()
		di.disps = append(di.disps, f)
		di.mu.Unlock()
		return f, nil
	}}, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	src.OnGenerationEnd(d.GenerationEnded)
	di.d = d
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	stopped := false
	di.stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Errorf("dispatch %s: %v", id, err)
		}
		_ = src.Close()
		_ = d.Close()
	}
	t.Cleanup(di.stop)
	return di
}

func alertsEnv(t *testing.T, partials int) brokerEnv {
	t.Helper()
	env := startBroker(t, partials)
	if err := EnsureTopics(context.Background(), env.kc, testLog(t), TopicSpec{Name: env.cfg.AlertsTopic, Partitions: 1}); err != nil {
		t.Fatal(err)
	}
	return env
}

// publishSteps writes partials partition q's steps of the given minutes
// (an alert firing at each minute listed in fire) as stage two does.
func publishSteps(t *testing.T, env brokerEnv, q int, base time.Time, minutes []int, fire map[int]string) {
	t.Helper()
	var ss []Step
	for _, m := range minutes {
		st := Step{At: base.Add(time.Duration(m) * time.Minute)}
		if fp, ok := fire[m]; ok {
			st.Alerts = []alert.Alert{{Fingerprint: fp, Status: alert.Firing, StartsAt: st.At}}
		}
		ss = append(ss, st)
	}
	w := &kafkago.Writer{Addr: kafkago.TCP(env.b.Addrs()...), Topic: env.cfg.AlertsTopic, Balancer: balancer{}, BatchTimeout: time.Millisecond}
	defer w.Close()
	if err := w.WriteMessages(context.Background(), stepsRecord(q, "s2", ss)); err != nil {
		t.Fatal(err)
	}
}

// The dispatch merges the partitions' steps in event time: nothing is
// released until every partials partition has been heard of; then each
// minute's alerts, whichever partition raised them, come before that
// minute's tick, up to the earliest partition's last step.
func TestDispatchMergesPartitionsInEventTime(t *testing.T) {
	env := alertsEnv(t, 3)
	base := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	x := runDispatch(t, env, "x")
	publishSteps(t, env, 0, base, []int{1, 2, 3, 4, 5}, map[int]string{2: "a", 5: "b"})
	publishSteps(t, env, 2, base, []int{1, 2, 3}, map[int]string{3: "c"})
	await.Until(t, "the dispatch has read both records", 30*time.Second, func() bool { return x.d.Stats().Records == 2 })
	if got := x.told(); len(got) != 0 {
		t.Fatalf("released %v before partition 1 was heard of", got)
	}
	publishSteps(t, env, 1, base, []int{1, 2, 3, 4}, map[int]string{1: "d", 4: "e"})
	want := []string{"submit d firing", "tick 10:01", "submit a firing", "tick 10:02", "submit c firing", "tick 10:03"}
	await.Until(t, "minutes up to partition 2's last step released", 30*time.Second, func() bool {
		return slices.Equal(x.told(), want)
	})
	if st := x.d.Stats(); !st.Owned || st.Held != 3 || !st.Clock.Equal(base.Add(3*time.Minute)) {
		t.Fatalf("stats %+v: want owned, 3 steps held (10:04 and 10:05 of partition 0, 10:04 of 1), clock 10:03", st)
	}
	publishSteps(t, env, 2, base, []int{4, 5, 6}, nil)
	want = append(want, "submit e firing", "tick 10:04")
	await.Until(t, "10:04 released", 30*time.Second, func() bool { return slices.Equal(x.told(), want) })
}

// The dispatcher's state moves with the alerts partition: an instance that
// stops closes its dispatcher and checkpoints it; the next owner restores
// it (with the steps received and not yet released) and reads on from
// the offset covered, so that together they hand over every step once, in
// order, the clock never going back.
func TestDispatchHandsOver(t *testing.T) {
	env := alertsEnv(t, 2)
	base := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	x := runDispatch(t, env, "x")
	publishSteps(t, env, 0, base, []int{1, 2, 3}, map[int]string{1: "a", 3: "b"})
	publishSteps(t, env, 1, base, []int{1, 2}, map[int]string{2: "c"})
	before := []string{"submit a firing", "tick 10:01", "submit c firing", "tick 10:02"}
	await.Until(t, "x released 10:01 and 10:02", 30*time.Second, func() bool {
		return slices.Equal(x.told(), before)
	})
	x.stop()
	if f := x.last(); !f.closed {
		t.Fatal("x stopped without closing its dispatcher")
	}
	y := runDispatch(t, env, "y")
	// y takes the partition up as soon as it is assigned, before any
	// record: the dispatcher state may hold what is still to be told.
	await.Until(t, "y restored x's dispatcher with no record to read", 30*time.Second, func() bool {
		st := y.d.Stats()
		return st.Owned && st.Restored == 1 && slices.Equal(y.told(), before)
	})
	publishSteps(t, env, 1, base, []int{3, 4}, map[int]string{4: "d"})
	publishSteps(t, env, 0, base, []int{4}, nil)
	want := append(slices.Clone(before), "submit b firing", "tick 10:03", "submit d firing", "tick 10:04")
	await.Until(t, "y went on from x's checkpoint", 30*time.Second, func() bool {
		return slices.Equal(y.told(), want)
	})
	if st := y.d.Stats(); st.Restored != 1 {
		t.Fatalf("y: %+v, want one restore", st)
	}
}

// Steps are packed into records the brokers accept: a long catch-up, or a
// minute with thousands of alerts, is split, in order, with nothing lost,
// and each record says how many steps are complete once it is written.
func TestStepsRecordsFitTheBrokers(t *testing.T) {
	base := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	var ss []Step
	total := 0
	for m := range 600 {
		st := Step{At: base.Add(time.Duration(m) * time.Minute)}
		n := m % 7
		if m == 300 {
			n = 5000 // one minute far larger than a record
		}
		for i := range n {
			st.Alerts = append(st.Alerts, alert.Alert{Rule: "r", Fingerprint: fmt.Sprintf("%04d-%04d", m, i), Status: alert.Firing,
				Annotations: map[string]string{"summary": fmt.Sprintf("%0200d", i)}, StartsAt: st.At})
		}
		total += n
		ss = append(ss, st)
	}
	recs, counts := stepsRecords(3, "x", ss)
	if len(recs) < 3 || len(recs) != len(counts) {
		t.Fatalf("%d records, %d counts", len(recs), len(counts))
	}
	var got []Step
	for i, r := range recs {
		if len(r.Value) > maxStepsRecord {
			t.Fatalf("record %d is %d bytes, more than %d", i, len(r.Value), maxStepsRecord)
		}
		st, err := decodeSteps(r.Value)
		if err != nil || st.Partition != 3 {
			t.Fatalf("record %d: %+v %v", i, st.Partition, err)
		}
		got = append(got, st.Steps...)
		// Every step counted complete is in the records up to this one.
		if c := counts[i]; c > 0 && got[len(got)-1].At.Before(ss[c-1].At) {
			t.Fatalf("record %d counts %d steps complete, but ends at %s", i, c, got[len(got)-1].At)
		}
		if i > 0 && counts[i] < counts[i-1] {
			t.Fatalf("counts go back: %v", counts)
		}
	}
	if counts[len(counts)-1] != len(ss) {
		t.Fatalf("the last record completes %d of %d steps", counts[len(counts)-1], len(ss))
	}
	n := 0
	for i, st := range got {
		if i > 0 && st.At.Before(got[i-1].At) {
			t.Fatalf("step %d (%s) before step %d (%s)", i, st.At, i-1, got[i-1].At)
		}
		for _, a := range st.Alerts {
			if want := fmt.Sprintf("%04d-", int(st.At.Sub(base)/time.Minute)); a.Fingerprint[:5] != want {
				t.Fatalf("alert %s in the step of %s", a.Fingerprint, st.At)
			}
			n++
		}
	}
	if n != total {
		t.Fatalf("%d alerts in the records, want %d", n, total)
	}
}
