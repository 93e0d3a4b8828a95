package server

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/vigilops/vigil/alert"
)

// Probe is one part of /readyz: ready or not, and why.
type Probe struct {
	Name  string
	Check func(ctx context.Context) (ok bool, detail string)
}

// ProbeResult is one probe's answer in /readyz.
type ProbeResult struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail,omitempty"`
}

// Readiness is /readyz's answer: 200 when every probe is ok, 503 when not.
type Readiness struct {
	Status string        `json:"status"` // ready or not ready
	Checks []ProbeResult `json:"checks"`
}

// probeTimeout bounds one readiness probe.
const probeTimeout = 3 * time.Second

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	out := Readiness{Status: "ready", Checks: []ProbeResult{}}
	ctx, cancel := context.WithTimeout(r.Context(), probeTimeout)
	defer cancel()
	results := make([]ProbeResult, len(s.deps.Ready))
	var wg sync.WaitGroup
	for i, p := range s.deps.Ready {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok, detail := p.Check(ctx)
			results[i] = ProbeResult{Name: p.Name, OK: ok, Detail: detail}
		}()
	}
	wg.Wait()
	code := http.StatusOK
	for _, res := range results {
		if !res.OK {
			out.Status, code = "not ready", http.StatusServiceUnavailable
		}
		out.Checks = append(out.Checks, res)
	}
	if len(results) == 0 {
		out.Status, code = "not ready", http.StatusServiceUnavailable
		out.Checks = append(out.Checks, ProbeResult{Name: "pipeline", Detail: "starting"})
	}
	writeJSON(w, code, out)
}

// LagProbe is ready while the consumer's lag, summed over the partitions
// it owns, is at most max records. lag reports false while it is not
// known (not yet assigned partitions): then the probe is not ready.
func LagProbe(lag func() (int64, bool), max int64) Probe {
	return Probe{Name: "lag", Check: func(context.Context) (bool, string) {
		n, ok := lag()
		switch {
		case !ok:
			return false, "no partition assigned yet"
		case n > max:
			return false, fmt.Sprintf("%d records behind, more than server.max_lag (%d)", n, max)
		}
		return true, fmt.Sprintf("%d records behind (bound %d)", n, max)
	}}
}

// SelfAlertProbe is not ready while one of vigil's own alerts of the given
// rules fires (firing lists them; nil before the pipeline runs, which is
// not ready either).
func SelfAlertProbe(name string, firing func() ([]alert.Alert, bool), rules ...string) Probe {
	return Probe{Name: name, Check: func(context.Context) (bool, string) {
		as, running := firing()
		if !running {
			return false, "the pipeline is starting"
		}
		var why []string
		for _, a := range as {
			if slices.Contains(rules, a.Rule) {
				why = append(why, a.Rule+": "+a.Annotations["summary"])
			}
		}
		if len(why) > 0 {
			return false, strings.Join(why, "; ")
		}
		return true, ""
	}}
}

// FuncProbe wraps a check that needs no caching.
func FuncProbe(name string, check func(ctx context.Context) error) Probe {
	return Probe{Name: name, Check: func(ctx context.Context) (bool, string) {
		if err := check(ctx); err != nil {
			return false, err.Error()
		}
		return true, ""
	}}
}

// PingProbe asks ping at most every every (probes come often: a kubelet's
// every few seconds from each node), and answers from its last result in
// between.
func PingProbe(name string, every time.Duration, ping func(ctx context.Context) error) Probe {
	var mu sync.Mutex
	var at time.Time
	var last error
	return Probe{Name: name, Check: func(ctx context.Context) (bool, string) {
		mu.Lock()
		defer mu.Unlock()
		if at.IsZero() || time.Since(at) >= every {
			last, at = ping(ctx), time.Now()
		}
		if last != nil {
			return false, last.Error()
		}
		return true, ""
	}}
}
