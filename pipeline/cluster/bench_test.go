package cluster

import (
	"testing"
	"time"

	"github.com/vigilops/vigil/internal/await"
)

// BenchmarkStagesOverKafka measures stage one → partials written → stage
// two merged, on the embedded broker: a simulated day (87,500 events, the
// built-in pack, job and deploy watchers) through one stage-one instance
// saving every 10 minutes of event time and one stage-two instance, until
// stage two has advanced to the end. Run with -benchtime 1x or 3x.
func BenchmarkStagesOverKafka(b *testing.B) {
	evs := simEvents(b, 2, 24*time.Hour, 4)
	rs, opt := builtinRules(b)
	from := evs[0].Time.Truncate(time.Minute)
	to := evs[len(evs)-1].Time.Truncate(time.Minute).Add(2 * time.Minute)
	var total time.Duration
	var partials, bytes, saves int64
	var partialsTime, window time.Duration
	for range b.N {
		b.StopTimer()
		env := startBroker(b, 4)
		sink := &alertSink{}
		x, stop := runStage2(b, env, "x", rs, opt, sink)
		f := newFeeder(b, env, evs, 1, rs, opt)
		b.StartTimer()
		start := time.Now()
		f.run(from, to, 10)
		await.Until(b, "stage two at the end", time.Minute, func() bool {
			st := x.Stats()
			return st.Partitions == 4 && !st.Watermark.Before(to)
		})
		total += time.Since(start)
		b.StopTimer()
		st := f.s1[0].Stats()
		partials += st.Partials
		bytes += st.Bytes
		saves += st.Saves
		partialsTime += st.PartialsTime
		window += st.Window
		stop()
	}
	n := float64(b.N)
	b.ReportMetric(float64(len(evs))*n/total.Seconds(), "events/s")
	b.ReportMetric(float64(partials)/total.Seconds(), "partials/s")
	b.ReportMetric(float64(bytes)/n/float64(len(evs)), "partial-bytes/event")
	// What a checkpoint costs, and the window in which a crash sends its
	// partials again (commit records + progress).
	b.ReportMetric(float64(partialsTime.Microseconds())/float64(saves), "µs-partials/save")
	b.ReportMetric(float64(window.Microseconds())/float64(saves), "µs-window/save")
}
