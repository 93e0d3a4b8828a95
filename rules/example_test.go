package rules_test

import (
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/examples/ecommerce"
	"github.com/vigilops/vigil/rules"
)

// An engine runs the starter pack over events in event time: Observe every
// event, Advance the watermark, and get the alert transitions.
func Example() {
	rs, err := rules.LoadFS(ecommerce.FS, "rules")
	if err != nil {
		panic(err)
	}
	eng := rules.NewEngine(rs, rules.Options{Logger: zerolog.Nop()})
	start := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	eng.Advance(start)
	for i := 0; i < 120; i++ { // a shop's calls for 10 minutes, a third throttled
		ev := &event.Event{Time: start.Add(time.Duration(i) * 5 * time.Second)}
		status := 200.0
		if i%3 == 0 {
			status = 429
		}
		ev.Set("shop.platform", event.StringValue("amazon"))
		ev.Set("shop.id", event.StringValue("S12"))
		ev.Set("http.response.status_code", event.NumberValue(status))
		eng.Observe(ev)
	}
	for _, a := range eng.Advance(start.Add(10 * time.Minute)) {
		fmt.Println(a.StartsAt.Format("15:04"), a.Status, a.Rule, a.Severity, a.Annotations["summary"])
	}
	// Output:
	// 08:04 firing marketplace-429-burst P1 amazon throttles shop S12: 33.33% of calls get HTTP 429
}
