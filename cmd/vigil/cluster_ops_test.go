package main

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/pipeline/cluster"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/server"
)

// In cluster mode an instance that does not dispatch the cluster's alerts
// acknowledges its own alerts itself and sends the acknowledgement of any
// other to the dispatching instance (`vigil alerts ack` says so), and a
// silence added through its API is written for the other instances.
func TestClusterAlertingForwardsAcksAndSharesSilences(t *testing.T) {
	emb, err := kafka.StartEmbedded(1, "logs")
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	kc := emb.Config("logs")
	kc.GroupID = "g"
	cc := cluster.Config{Mode: cluster.ModeKafka}.WithDefaults("g")
	if err := cluster.EnsureTopics(context.Background(), kc, zerolog.Nop(),
		cluster.TopicSpec{Name: cc.StateTopic, Partitions: 1, Compact: true}, cluster.TopicSpec{Name: cc.AlertsTopic, Partitions: 1}); err != nil {
		t.Fatal(err)
	}
	newOps := func(id string) *cluster.Ops {
		c := cc
		c.InstanceID = id
		o, err := cluster.NewOps(c, kc, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = o.Close() })
		if err := o.Load(context.Background()); err != nil {
			t.Fatal(err)
		}
		return o
	}
	a, b := newOps("a"), newOps("b")
	heard := make(chan alerting.SilenceInfo, 4)
	b.OnSilence(func(s alerting.SilenceInfo) { heard <- s })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { _ = b.Run(ctx) }()

	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	own := alert.Alert{Status: alert.Firing, Rule: "vigil-source-unavailable", Kind: alert.KindRule, Severity: alert.P1,
		Labels: map[string]string{"component": "kafka"}, StartsAt: now}
	d := firingDispatcher(t, own)
	ca := clusterAlerting{Dispatcher: d, st: &stack{disp: d}, ops: a}
	srv, err := server.New(server.Config{Listen: "127.0.0.1:0", Tokens: []server.Token{{Token: testAdminToken, Scope: server.ScopeAdmin}}},
		server.Deps{Alerts: ca}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer hs.Close()
	t.Setenv(tokenEnv, testAdminToken)

	ownFp := alert.Fingerprint(own.Rule, own.Labels)
	if code, out, errOut := cli("alerts", "ack", ownFp, "--url", hs.URL, "--by", "ana"); code != 0 || !strings.Contains(out, "acknowledged by ana") {
		t.Fatalf("ack of this instance's alert: exit %d\n%s%s", code, out, errOut)
	}
	const remote = "9f2c4e1a7b3d5f60"
	if code, out, errOut := cli("alerts", "ack", remote, "--url", hs.URL, "--by", "bo"); code != 0 || !strings.Contains(out, "sent to the instance that dispatches") {
		t.Fatalf("ack of the cluster's alert: exit %d\n%s%s", code, out, errOut)
	}
	rd := kafkago.NewReader(kafkago.ReaderConfig{Brokers: emb.Addrs(), Topic: cc.AlertsTopic, Partition: 0, MaxWait: 100 * time.Millisecond})
	defer rd.Close()
	rctx, rcancel := context.WithTimeout(context.Background(), await.Within(t, 10*time.Second))
	defer rcancel()
	m, err := rd.FetchMessage(rctx)
	if err != nil {
		t.Fatal(err)
	}
	var sent cluster.Ack
	if err := json.Unmarshal(m.Value, &sent); err != nil || string(m.Key) != "cmd/ack" || sent.Fingerprint != remote || sent.By != "bo" || sent.Instance != "a" {
		t.Fatalf("alerts topic record %s = %s (%v)", m.Key, m.Value, err)
	}

	info, err := ca.AddSilence(alerting.Silence{Matchers: []string{`component="kafka"`}, EndsAt: now.Add(time.Hour), CreatedBy: "ana"})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-heard:
		if s.ID != info.ID || !s.EndsAt.Equal(info.EndsAt) {
			t.Fatalf("b heard %+v, want %+v", s, info)
		}
	case <-await.After(t, 10*time.Second):
		t.Fatal("the silence never reached the other instance")
	}
	expired, err := ca.ExpireSilence(info.ID)
	if err != nil {
		t.Fatal(err)
	}
	await.Until(t, "b holds the expired version", 10*time.Second, func() bool {
		ss := b.Silences()
		return len(ss) == 1 && ss[0].EndsAt.Equal(expired.EndsAt)
	})
}
