package alerting_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/sinks/notify/ndjson"
)

func ExampleKibanaLink() {
	from := time.Date(2026, 11, 25, 7, 48, 0, 0, time.UTC)
	fmt.Println(alerting.KibanaLink("https://kibana.example.test", "vigil-logs",
		alerting.KQLQuery(map[string]string{"service.name": "amazon-api"}), from, from.Add(30*time.Minute)))
	// Output:
	// https://kibana.example.test/app/discover#/?_g=(time:(from:'2026-11-25T07:48:00.000Z',to:'2026-11-25T08:18:00.000Z'))&_a=(index:'vigil-logs',query:(language:kuery,query:'service.name:%22amazon-api%22'))
}

// A dispatcher in replay style: deliveries happen inside Tick, in order,
// and time is the event-time watermark the caller passes.
func ExampleNewDispatcher() {
	zero, minute := time.Duration(0), time.Minute
	cfg := alerting.Config{
		Route:     alerting.Route{Receiver: "stdout", GroupBy: []string{"rule"}, GroupWait: &zero, GroupInterval: &minute},
		Receivers: []alerting.ReceiverConfig{{Name: "stdout", NDJSON: true}},
	}
	out := ndjson.New("stdout", os.Stdout)
	d, err := alerting.NewDispatcher(cfg, map[string]alerting.Notifier{"stdout": out}, zerolog.Nop(), alerting.SyncDelivery())
	if err != nil {
		panic(err)
	}
	t0 := time.Date(2026, 11, 25, 8, 3, 0, 0, time.UTC)
	a := alert.Alert{Status: alert.Firing, Rule: "amazon-429-burst", Kind: alert.KindRule, Severity: alert.P1,
		Labels: map[string]string{"service.name": "amazon-api"}, StartsAt: t0, Value: 0.21, Threshold: alert.Float(0.05)}
	d.Submit(a)
	d.Tick(t0)
	d.Submit(a) // the same alert again: deduplicated
	d.Tick(t0.Add(time.Minute))
	end := t0.Add(5 * time.Minute)
	a.Status, a.EndsAt = alert.Resolved, &end
	d.Submit(a)
	d.Tick(end)
	_ = d.Close(context.Background())
	s := d.Stats()
	fmt.Println("notifications:", s.Notifications, "deduplicated:", s.Deduplicated)
	// Output:
	// {"fingerprint":"6931648d1c5af1d0","status":"firing","rule":"amazon-429-burst","kind":"rule","severity":"P1","labels":{"service.name":"amazon-api"},"annotations":null,"starts_at":"2026-11-25T08:03:00Z","ends_at":null,"value":0.21,"baseline":null,"threshold":0.05,"trace_ids":null,"samples":null}
	// {"fingerprint":"6931648d1c5af1d0","status":"resolved","rule":"amazon-429-burst","kind":"rule","severity":"P1","labels":{"service.name":"amazon-api"},"annotations":null,"starts_at":"2026-11-25T08:03:00Z","ends_at":"2026-11-25T08:08:00Z","value":0.21,"baseline":null,"threshold":0.05,"trace_ids":null,"samples":null}
	// notifications: 2 deduplicated: 1
}
