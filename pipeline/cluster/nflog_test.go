package cluster

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
)

// toldNotifier records the alerts it is told, as "F:rule" or "R:rule".
type toldNotifier struct {
	mu   sync.Mutex
	told []string
}

func (n *toldNotifier) Name() string { return "hook" }

func (n *toldNotifier) Notify(_ context.Context, as []alert.Alert) (bool, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, a := range as {
		n.told = append(n.told, string(a.Status[0]-'a'+'A')+":"+a.Rule)
	}
	return false, nil
}

func (n *toldNotifier) got() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.Clone(n.told)
}

func clusterDispatcher(t *testing.T, n *toldNotifier) *alerting.Dispatcher {
	t.Helper()
	gw, gi, ri := time.Duration(0), time.Minute, time.Hour
	d, err := alerting.NewDispatcher(alerting.Config{
		Route:     alerting.Route{Receiver: "hook", GroupBy: []string{"..."}, GroupWait: &gw, GroupInterval: &gi, RepeatInterval: &ri},
		Receivers: []alerting.ReceiverConfig{{Name: "hook"}},
	}, map[string]alerting.Notifier{"hook": n}, zerolog.Nop(), alerting.SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close(context.Background()) })
	return d
}

// The cluster dispatcher's notification log lives on the state topic: an
// owner that dies after telling an alert and before its next checkpoint
// leaves the record, and the next owner, restoring the older checkpoint
// and replaying the log, does not tell the alert again when stage two
// raises it again. A compaction after a checkpoint tombstones what the
// checkpoint covers.
func TestNflogCarriesWhatWasToldToTheNextOwner(t *testing.T) {
	env := alertsEnv(t, 1)
	cl, err := newClient(env.kc, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	w := cl.writer(env.cfg.StateTopic)
	defer w.Close()
	a := alert.Alert{Status: alert.Firing, Rule: "checkout-errors", Kind: alert.KindRule, Severity: alert.P1,
		Labels: map[string]string{"service.name": "checkout"}, StartsAt: t0}

	n1 := &toldNotifier{}
	first := clusterDispatcher(t, n1)
	if _, err := first.OpenLogStore(newNflogStore(cl, w, env.cfg.StateTopic)); err != nil {
		t.Fatal(err)
	}
	old, err := first.Snapshot() // its last checkpoint: before the alert
	if err != nil {
		t.Fatal(err)
	}
	first.Submit(a)
	first.Tick(t0.Add(time.Minute))
	if got := n1.got(); !slices.Equal(got, []string{"F:checkout-errors"}) {
		t.Fatalf("first owner told %q", got)
	}
	// Killed: nothing more is written by it.

	n2 := &toldNotifier{}
	next := clusterDispatcher(t, n2)
	if err := next.Restore(old); err != nil {
		t.Fatal(err)
	}
	store := newNflogStore(cl, w, env.cfg.StateTopic)
	rep, err := next.OpenLogStore(store)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Records != 1 || rep.Replayed != 1 {
		t.Fatalf("replay %+v, want the one record replayed", rep)
	}
	next.Submit(a) // stage two raises it again
	next.Tick(t0.Add(2 * time.Minute))
	if got := n2.got(); len(got) != 0 {
		t.Fatalf("the next owner told %q again", got)
	}
	r := a
	r.Status = alert.Resolved
	end := t0.Add(3 * time.Minute)
	r.EndsAt = &end
	next.Submit(r)
	next.Tick(t0.Add(4 * time.Minute))
	if got := n2.got(); !slices.Equal(got, []string{"R:checkout-errors"}) {
		t.Fatalf("the next owner told %q, want the resolution", got)
	}
	if recs, err := newNflogStore(cl, w, env.cfg.StateTopic).Load(); err != nil || len(recs) != 2 {
		t.Fatalf("before a compaction the topic holds %d records (%v), want both owners'", len(recs), err)
	}
	if _, err := next.Snapshot(); err != nil {
		t.Fatal(err)
	}
	if err := next.CompactLog(); err != nil {
		t.Fatal(err)
	}
	recs, err := newNflogStore(cl, w, env.cfg.StateTopic).Load()
	if err != nil || len(recs) != 1 {
		t.Fatalf("after a compaction the topic holds %d records (%v), want the group's newest", len(recs), err)
	}
}
