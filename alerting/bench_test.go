package alerting

import (
	"context"
	"fmt"
	"testing"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

const benchYAML = `
route:
  receiver: default
  group_by: [service.name, rule]
  routes:
    - matchers: ["severity<=P1"]
      receiver: default
      continue: true
    - matchers: ["shop.platform=~amazon|shopify"]
      receiver: default
silences:
  - matchers: [shop.id=S7]
    ends_at: 2030-01-01T00:00:00Z
inhibit:
  - source: [severity=P0]
    target: ["severity=~P2|P3"]
    equal: [service.name]
receivers: [{name: default, terminal: true}]
`

// BenchmarkSubmit measures the evaluator's cost of handing over an alert:
// re-submissions of 1000 known alert series, and first submissions (routing,
// grouping, fingerprinting).
func BenchmarkSubmit(b *testing.B) {
	alerts := make([]alert.Alert, 1000)
	for i := range alerts {
		alerts[i] = fire(0, fmt.Sprintf("rule-%d", i%20), alert.Severity(fmt.Sprintf("P%d", i%4)),
			"service.name", fmt.Sprintf("svc-%d", i%7), "shop.id", fmt.Sprintf("S%d", i%50),
			"shop.platform", []string{"amazon", "shopee", "shopify"}[i%3])
		alerts[i].Fingerprint = alert.Fingerprint(alerts[i].Rule, alerts[i].Labels)
	}
	newDispatcher := func(b *testing.B) *Dispatcher {
		d, err := NewDispatcher(decodeConfig(b, benchYAML), map[string]Notifier{"default": &funcNotifier{f: func([]alert.Alert) {}}}, zerolog.Nop(), SyncDelivery())
		if err != nil {
			b.Fatal(err)
		}
		return d
	}
	b.Run("resubmit", func(b *testing.B) {
		d := newDispatcher(b)
		for _, a := range alerts {
			d.Submit(a)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			d.Submit(alerts[i%len(alerts)])
		}
	})
	b.Run("new-series", func(b *testing.B) {
		// 1000 new series per dispatcher, so that state stays bounded.
		d := newDispatcher(b)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if i > 0 && i%len(alerts) == 0 {
				b.StopTimer()
				d = newDispatcher(b)
				b.StartTimer()
			}
			a := alerts[i%len(alerts)]
			a.Fingerprint = ""
			d.Submit(a)
		}
	})
}

// BenchmarkTick measures one flush of 1000 firing alerts in 140 groups
// (all deduplicated: the steady state between repeats), with silences and
// inhibition (every group is evaluated) and without (unchanged groups are
// skipped).
func BenchmarkTick(b *testing.B) {
	plain := `
route: {receiver: default, group_by: [service.name, rule]}
receivers: [{name: default, terminal: true}]
`
	for _, bc := range []struct{ name, cfg string }{{"suppressions", benchYAML}, {"plain", plain}} {
		b.Run(bc.name, func(b *testing.B) { benchTick(b, bc.cfg) })
	}
}

func benchTick(b *testing.B, cfg string) {
	d, err := NewDispatcher(decodeConfig(b, cfg), map[string]Notifier{"default": &funcNotifier{f: func([]alert.Alert) {}}}, zerolog.Nop(), SyncDelivery())
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close(context.Background())
	for i := 0; i < 1000; i++ {
		d.Submit(fire(0, fmt.Sprintf("rule-%d", i%20), alert.Severity(fmt.Sprintf("P%d", i%4)),
			"service.name", fmt.Sprintf("svc-%d", i%7), "shop.id", fmt.Sprintf("S%d", i)))
	}
	d.Tick(at(1))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Tick(at(6 + 5*i)) // every tick is a group_interval later
	}
}
