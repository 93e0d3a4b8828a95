package rules_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/racefree"
	"github.com/vigilops/vigil/rules"
	"github.com/vigilops/vigil/rules/builtin"
	"github.com/vigilops/vigil/sim"
)

// simDay decodes a simulated store's day (at a lower rate than the demo's,
// to keep the test quick): the events in the order the store logged them.
func simDay(t *testing.T, rate float64, span time.Duration) []*event.Event {
	t.Helper()
	cfg := sim.DefaultConfig()
	cfg.Rate, cfg.Duration = rate, span
	s := sim.New(cfg)
	dec := event.NewDecoder(nil)
	var out []*event.Event
	for {
		line, _, ok := s.Next()
		if !ok {
			break
		}
		ev := new(event.Event)
		if err := dec.Decode(line, ev); err != nil {
			continue // the simulator's malformed lines
		}
		out = append(out, ev)
	}
	return out
}

// simOptions is how vigil runs the built-in pack: job and deploy watchers on.
func simOptions() rules.Options {
	return rules.Options{Logger: zerolog.Nop(), AllowedLateness: 30 * time.Second,
		Jobs: &rules.JobsOptions{}, Deploys: &rules.DeploysOptions{}}
}

// TestStagesBuiltinPackSimDay: the built-in pack with the job and deploy
// watchers over a simulated day gives the same alerts, byte for byte,
// through the two stages (partials encoded and decoded) as through one
// Engine — with one stage-one shard, and with the events dealt over three.
// A day replayed on one goroutine: it runs without the race detector
// (racefree).
func TestStagesBuiltinPackSimDay(t *testing.T) {
	racefree.Only(t)
	span := 24 * time.Hour
	if testing.Short() {
		span = 6 * time.Hour
	}
	evs := simDay(t, 2, span)
	rs, err := rules.LoadFS(builtin.FS, builtin.Dir)
	if err != nil {
		t.Fatal(err)
	}
	opt := simOptions()
	start := evs[0].Time.Truncate(time.Minute)
	end := evs[len(evs)-1].Time.Truncate(time.Minute).Add(2 * time.Minute)

	// One engine: the watermark follows each minute boundary.
	eng := rules.NewEngine(rs, opt)
	var want []alert.Alert
	i := 0
	for wm := start; !wm.After(end); wm = wm.Add(time.Minute) {
		for i < len(evs) && evs[i].Time.Before(wm) {
			eng.Observe(evs[i])
			i++
		}
		want = append(want, eng.Advance(wm)...)
	}
	kinds := map[string]int{}
	for _, a := range want {
		kinds[a.Rule]++
	}
	// The day must exercise the pack: detectors, new codes, jobs, deploys.
	for _, r := range []string{"error-ratio-anomaly", "new-error-code", "job-overdue", "deploy-regression"} {
		if kinds[r] == 0 {
			t.Errorf("the simulated day raised no %s alert (alerts by rule: %v)", r, kinds)
		}
	}

	for _, shards := range []int{1, 3} {
		t.Run(fmt.Sprintf("shards%d", shards), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(shards), 11))
			s1 := make([]*rules.Stage1, shards)
			for k := range s1 {
				s1[k] = rules.NewStage1(rs, opt)
			}
			s2 := rules.NewStage2(rs, opt)
			var got []alert.Alert
			var bytes, parts int
			i := 0
			for wm := start; !wm.After(end); wm = wm.Add(time.Minute) {
				for i < len(evs) && evs[i].Time.Before(wm) {
					s1[i%shards].Observe(evs[i])
					i++
				}
				var batch []*rules.Partial
				for _, s := range s1 {
					for _, p := range s.Flush(wm) {
						data, err := p.MarshalBinary()
						if err != nil {
							t.Fatal(err)
						}
						bytes += len(data)
						parts++
						q, err := rules.DecodePartial(data)
						if err != nil {
							t.Fatal(err)
						}
						batch = append(batch, q)
					}
				}
				if shards > 1 {
					rng.Shuffle(len(batch), func(i, j int) { batch[i], batch[j] = batch[j], batch[i] })
				}
				for _, p := range batch {
					if err := s2.Merge(p); err != nil {
						t.Fatal(err)
					}
				}
				got = append(got, s2.Advance(wm)...)
			}
			t.Logf("%d events, %d alerts, %d partials of %.0f bytes on average", len(evs), len(want), parts, float64(bytes)/float64(max(parts, 1)))
			if len(got) != len(want) {
				t.Fatalf("%d alerts through the stages, %d from the engine", len(got), len(want))
			}
			for i := range want {
				w, _ := json.Marshal(want[i])
				g, _ := json.Marshal(got[i])
				if string(w) != string(g) {
					t.Fatalf("alert %d differs:\nstages: %s\nengine: %s", i, g, w)
				}
			}
		})
	}
}
