package cadence_test

import (
	"fmt"
	"time"

	"github.com/vigilops/vigil/detectors/cadence"
)

// An hourly job is learned from its runs, then misses two runs: one
// overdue alert, resolved by the next successful run.
func Example() {
	d, err := cadence.New(cadence.Config{})
	if err != nil {
		panic(err)
	}
	start := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	show := func(evs []cadence.Event) {
		for _, e := range evs {
			fmt.Println(e.At.Format("15:04:05"), e.Kind, e.Status, "-", e.Summary())
		}
	}
	for h := 0; h < 16; h++ {
		if h == 10 || h == 11 {
			continue // the job does not run at 10:05 and 11:05
		}
		run := start.Add(time.Duration(h)*time.Hour + 5*time.Minute + 3*time.Second)
		// Judge absences up to this run, then feed it.
		for now := run.Add(-time.Hour).Truncate(time.Minute); now.Before(run); now = now.Add(time.Minute) {
			show(d.Advance(now))
		}
		show(d.Observe("orders-export", "started", run, 0))
		show(d.Observe("orders-export", "succeeded", run.Add(90*time.Second), 90*time.Second))
	}
	st, _ := d.Status("orders-export")
	fmt.Println(st.State, st.Schedule, st.Grace)
	// Output:
	// 10:08:00 overdue firing - job "orders-export" (hourly at :05) is overdue: no run started by 2026-03-02 10:08:00Z (slot 2026-03-02 10:05:00Z + grace 3m0s); 1 run(s) missed; last start 2026-03-02 09:05:03Z; last success 2026-03-02 09:06:33Z
	// 12:06:33 overdue resolved - job "orders-export" (hourly at :05) ran again; 2 run(s) missed since 2026-03-02 10:05:00Z; last start 2026-03-02 12:05:03Z; last success 2026-03-02 12:06:33Z
	// learned hourly at :05 3m0s
}
