package alerthistory

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
)

type okNotifier struct{}

func (okNotifier) Name() string { return "chat" }
func (okNotifier) Notify(context.Context, []alert.Alert) (bool, error) {
	return false, nil
}

// A dispatcher reporting to the writer while Elasticsearch is down is
// never held: its Ticks deliver and return, and the firing and resolved
// records reach the index once the cluster is back.
func TestDispatcherHistoryWhileElasticsearchIsDown(t *testing.T) {
	srv := estest.NewServer(t)
	w := newES(t, srv, Options{})
	srv.FailRequests(1<<30, 503)
	zero := time.Duration(0)
	cfg := alerting.Config{
		Route:     alerting.Route{Receiver: "chat", GroupWait: &zero, GroupInterval: &zero},
		Receivers: []alerting.ReceiverConfig{{Name: "chat"}},
	}
	d, err := alerting.NewDispatcher(cfg, map[string]alerting.Notifier{"chat": okNotifier{}}, zerolog.Nop(),
		alerting.SyncDelivery(), alerting.WithHistory(w))
	if err != nil {
		t.Fatal(err)
	}
	a := testAlert(7)
	a.EndsAt = nil
	t0 := a.StartsAt.Add(time.Minute)

	ticked := make(chan struct{})
	go func() {
		defer close(ticked)
		d.Submit(a)
		d.Tick(t0)
		r := a
		r.Status = alert.Resolved
		end := t0.Add(time.Minute)
		r.EndsAt = &end
		d.Submit(r)
		d.Tick(t0.Add(2 * time.Minute))
	}()
	await.Until(t, "the dispatcher's ticks returning while Elasticsearch is down", within, func() bool {
		select {
		case <-ticked:
			return true
		default:
			return false
		}
	})
	if st := d.Stats(); st.Notifications != 2 {
		t.Fatalf("dispatcher stats %+v, want 2 notifications", st)
	}
	await.Until(t, "the writer retrying", within, func() bool { return w.Stats().Retries > 0 })
	if st := w.Stats(); st.Recorded != 2 || st.Written != 0 {
		t.Fatalf("during the outage: %+v", st)
	}
	srv.FailRequests(0, 0)
	await.Until(t, "2 records written", within, func() bool { return w.Stats().Written == 2 })
	if err := d.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	for _, ix := range srv.Indices() {
		for _, raw := range srv.Docs(ix) {
			var doc Document
			if err := json.Unmarshal(raw, &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Receiver != "chat" || doc.Group == "" || doc.Alert.Fingerprint != a.Fingerprint || doc.Kind != doc.Alert.Status {
				t.Errorf("%s: %s", ix, raw)
			}
			kinds[doc.Kind] = true
		}
	}
	if !kinds["firing"] || !kinds["resolved"] || len(kinds) != 2 {
		t.Errorf("kinds %v", kinds)
	}
}
