package rules

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/event"
)

// benchRules returns n rules with the mix of filters and aggregates a
// rules repository has: equality on services, status ranges, lists,
// substring matches, some grouped, a few with sketches.
func benchRules(b *testing.B, n int) *RuleSet {
	var sb strings.Builder
	sb.WriteString("rules:\n")
	for i := 0; i < n; i++ {
		var filter, cond, group string
		switch i % 6 {
		case 0:
			filter = fmt.Sprintf(`service.name == "svc-%d" && log.level == "error"`, i)
			cond = "count >= 3"
		case 1:
			filter = `http.response.status_code >= 500 && shop.platform == "amazon"`
			cond = "count >= 10 && ratio(http.response.status_code == 503) > 0.5"
			group = "[shop.id]"
		case 2:
			filter = fmt.Sprintf(`sync.kind == "order" && sync.delay_seconds > %d`, 100+i)
			cond = "max(sync.delay_seconds) > 300"
			group = "[shop.platform]"
		case 3:
			filter = `error.code in ["ACCOUNT_LOCKED", "CARD_FRAUD", "AUTH_REVOKED"]`
		case 4:
			filter = fmt.Sprintf(`message contains "timeout-%d"`, i)
		case 5:
			filter = `has(http.response.status_code) && url.domain != ""`
			cond = "consecutive(http.response.status_code >= 500) >= 3"
			group = "[shop.platform, shop.id]"
		}
		fmt.Fprintf(&sb, "  - name: r%d\n    severity: P2\n    filter: '%s'\n", i, filter)
		if cond != "" {
			fmt.Fprintf(&sb, "    condition: '%s'\n", cond)
		}
		if group != "" {
			fmt.Fprintf(&sb, "    group_by: %s\n", group)
		}
	}
	rs, err := Parse("bench.yaml", []byte(sb.String()))
	if err != nil {
		b.Fatal(err)
	}
	return rs
}

func benchEvent(i int) *event.Event {
	status := 200
	if i%10 == 0 {
		status = 503
	}
	return ev(time.Duration(i)*time.Millisecond,
		"service.name", "amazon-api", "service.version", "2.3.1", "host.name", "amazon-api-1",
		"log.level", "info", "message", "GET /orders/v0/orders 200 in 120ms",
		"event.action", "marketplace.call", "event.duration", 120000000,
		"http.request.method", "GET", "url.path", "/orders/v0/orders", "url.domain", "sellingpartnerapi-eu.amazon.com",
		"http.response.status_code", status, "trace.id", fmt.Sprintf("%032x", i),
		"shop.platform", "amazon", "shop.id", fmt.Sprintf("S%d", i%20), "shop.region", "eu")
}

// BenchmarkObserve100Rules is the cost of one event through 100 rules;
// ns/rule is the per-rule share (filter, and the aggregates of the rules
// that match).
func BenchmarkObserve100Rules(b *testing.B) {
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
		e.Observe(evs[i%len(evs)])
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/100, "ns/rule")
}

// BenchmarkFilter is one compiled filter over one event's environment.
func BenchmarkFilter(b *testing.B) {
	rs := mustRules(b, `
rules:
  - name: f
    severity: P1
    filter: http.response.status_code >= 500 && shop.platform in ["amazon", "shopee"] && url.domain != ""
`)
	e := NewEngine(rs, Options{Logger: zerolog.Nop()})
	e.extract(benchEvent(0))
	p := rs.Rules[0].c.filter.prog
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.vm.Run(p, e.env); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStarterPack is one event through the starter pack's rules.
func BenchmarkStarterPack(b *testing.B) {
	rs, err := LoadDir("../examples/ecommerce/rules")
	if err != nil {
		b.Fatal(err)
	}
	e := NewEngine(rs, Options{Logger: zerolog.Nop()})
	evs := make([]*event.Event, 1024)
	for i := range evs {
		evs[i] = benchEvent(i)
	}
	e.Advance(t0)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Observe(evs[i%len(evs)])
	}
}

// BenchmarkAdvance evaluates 100 rules with 20 live series each at one
// minute boundary.
func BenchmarkAdvance(b *testing.B) {
	rs := benchRules(b, 100)
	e := NewEngine(rs, Options{Logger: zerolog.Nop()})
	e.Advance(t0)
	for i := 0; i < 2000; i++ {
		e.Observe(benchEvent(i))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// Each boundary: a few more events, then the evaluation.
		for k := 0; k < 20; k++ {
			ev := benchEvent(k)
			ev.Time = t0.Add(time.Duration(i)*time.Minute + time.Duration(k)*time.Second)
			e.Observe(ev)
		}
		e.Advance(t0.Add(time.Duration(i+1) * time.Minute))
	}
}
