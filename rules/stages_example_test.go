package rules_test

import (
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/examples/ecommerce"
	"github.com/vigilops/vigil/rules"
)

// The same events through two stage-one instances (each taking every
// other event), their partials encoded, decoded and merged by one stage
// two: the alert one Engine raises (see Example).
func ExampleStage2() {
	rs, err := rules.LoadFS(ecommerce.FS, "rules")
	if err != nil {
		panic(err)
	}
	opt := rules.Options{Logger: zerolog.Nop()}
	shards := []*rules.Stage1{rules.NewStage1(rs, opt), rules.NewStage1(rs, opt)}
	s2 := rules.NewStage2(rs, opt)
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	s2.Advance(start)
	for i := 0; i < 120; i++ { // a shop's calls for 10 minutes, a third throttled
		ev := &event.Event{Time: start.Add(time.Duration(i) * 5 * time.Second)}
		status := 200.0
		if i%3 == 0 {
			status = 429
		}
		ev.Set("shop.platform", event.StringValue("amazon"))
		ev.Set("shop.id", event.StringValue("S12"))
		ev.Set("http.response.status_code", event.NumberValue(status))
		shards[i%2].Observe(ev)
	}
	wm := start.Add(10 * time.Minute)
	for _, s1 := range shards {
		for _, p := range s1.Flush(wm) {
			data, err := p.MarshalBinary() // to a topic keyed by rule and series
			if err != nil {
				panic(err)
			}
			q, err := rules.DecodePartial(data)
			if err != nil {
				panic(err)
			}
			if err := s2.Merge(q); err != nil {
				panic(err)
			}
		}
	}
	for _, a := range s2.Advance(wm) {
		fmt.Println(a.StartsAt.Format("15:04"), a.Status, a.Rule, a.Severity, a.Annotations["summary"])
	}
	// Output:
	// 08:04 firing marketplace-429-burst P1 amazon throttles shop S12: 33.33% of calls get HTTP 429
}
