package cluster

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/internal/await"
)

func newOps(t *testing.T, env brokerEnv, id string) *Ops {
	t.Helper()
	cfg := env.cfg
	cfg.InstanceID = id
	o, err := NewOps(cfg, env.kc, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = o.Close() })
	if err := o.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	return o
}

func runOps(t *testing.T, o *Ops) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- o.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	})
}

// A silence added or expired through one instance reaches the others and
// the cluster's dispatcher: the instance that dispatches gets each version
// as it is written, a dispatcher taken up later gets the latest of every
// silence, and an instance started later reads them all. An
// acknowledgement sent through any instance is applied by the dispatching
// one, in the alerts topic's order.
func TestOpsCarryOperatorsChangesAcrossTheCluster(t *testing.T) {
	env := alertsEnv(t, 2)
	a, b := newOps(t, env, "a"), newOps(t, env, "b")
	var seen []string
	got := make(chan string, 16)
	b.OnSilence(func(s alerting.SilenceInfo) { got <- s.ID + " " + s.EndsAt.Format("15:04") })
	runOps(t, b)
	x := runDispatchWith(t, env, "x", b.Silences)
	b.OnSilence(x.d.ApplySilence)
	publishSteps(t, env, 0, t0, []int{0}, nil) // x takes the alerts partition up
	publishSteps(t, env, 1, t0, []int{0}, nil)
	await.Until(t, "x dispatches", 10*time.Second, func() bool { return x.last() != nil })

	ctx := context.Background()
	v1 := alerting.SilenceInfo{ID: "s-1", Matchers: []string{`service.name="checkout"`}, StartsAt: t0, EndsAt: t0.Add(2 * time.Hour),
		UpdatedAt: t0, Source: alerting.SilenceFromAPI, CreatedBy: "ops"}
	v2 := v1
	v2.EndsAt, v2.UpdatedAt = t0.Add(30*time.Minute), t0.Add(30*time.Minute) // expired at 08:30
	for _, v := range []alerting.SilenceInfo{v1, v2, v1} {                   // the last, older: ignored
		if err := a.PublishSilence(ctx, v); err != nil {
			t.Fatal(err)
		}
	}
	for len(seen) < 2 {
		select {
		case s := <-got:
			seen = append(seen, s)
		case <-await.After(t, 10*time.Second):
			t.Fatalf("b heard %v of the silence's two versions", seen)
		}
	}
	if want := []string{"s-1 10:00", "s-1 08:30"}; !slices.Equal(seen, want) {
		t.Fatalf("b heard %v, want %v", seen, want)
	}
	if err := a.PublishAck(ctx, Ack{Fingerprint: "fp-1", By: "ana"}); err != nil {
		t.Fatal(err)
	}
	await.Until(t, "x applies the silence's versions and the acknowledgement", 10*time.Second, func() bool {
		r := strings.Join(x.told(), "|")
		return strings.Contains(r, "silence s-1 until 10:00|silence s-1 until 08:30") && strings.Contains(r, "ack fp-1 by ana")
	})
	if st := x.d.Stats(); st.Acks != 1 {
		t.Fatalf("dispatch stats %+v: want 1 acknowledgement applied", st)
	}
	if ss := newOps(t, env, "c").Silences(); len(ss) != 1 || !ss[0].EndsAt.Equal(v2.EndsAt) {
		t.Fatalf("an instance started later reads %+v, want the expired version only", ss)
	}
	// The dispatcher taken up next (x stops) is given the latest versions.
	x.stop()
	y := runDispatchWith(t, env, "y", b.Silences)
	publishSteps(t, env, 0, t0, []int{1}, nil)
	await.Until(t, "y dispatches with the cluster's silences", 10*time.Second, func() bool {
		return slices.Contains(y.told(), "silences [s-1]")
	})
}
