package deploy_test

import (
	"fmt"
	"time"

	"github.com/vigilops/vigil/detectors/deploy"
	"github.com/vigilops/vigil/event"
)

// A deploy at 10:00: the two hours before are the baseline, the ten
// minutes after are judged. The service logs an event every 2 s; one in 50
// is an error before the deploy, one in 10 after it.
func ExampleCompare() {
	deployAt := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	before := deploy.NewWindow(deployAt.Add(-2*time.Hour), deployAt)
	before.Label = "2 h before"
	after := deploy.NewWindow(deployAt, deployAt.Add(10*time.Minute))

	dec := event.NewDecoder(nil)
	var ev event.Event
	for i := range 3900 { // 130 minutes, one line every 2 s
		ts := deployAt.Add(-2*time.Hour + time.Duration(i)*2*time.Second)
		level, every := "info", 50
		if !ts.Before(deployAt) {
			every = 10
		}
		if i%every == 0 {
			level = "error"
		}
		line := fmt.Sprintf(`{"@timestamp":%q,"service":{"name":"checkout","version":"1.9.0"},"log":{"level":%q},"event":{"duration":%d}}`,
			ts.Format(time.RFC3339Nano), level, (80+i%40)*int(time.Millisecond))
		if err := dec.Decode([]byte(line), &ev); err != nil {
			panic(err)
		}
		before.Add(&ev) // each window keeps the events in its range
		after.Add(&ev)
	}

	r := deploy.Compare(after, []*deploy.Window{before}, deploy.Options{})
	fmt.Println(r.Verdict, r.Verdict.ExitCode(), r.Degraded())
	fmt.Println(r.Reason)
	// Output:
	// degraded 1 [error_ratio]
	// error_ratio 2.00 % → 10.00 % (+8.00 pp, ×5.00, p = 5.2e-11)
}
