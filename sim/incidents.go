package sim

import (
	"sort"
	"time"
)

// Incident is one scripted problem in the simulated day, with the signal an
// alert should see. Times are simulated event time.
type Incident struct {
	// Name is a short stable identifier, e.g. "amazon-429-burst".
	Name string
	// Service is the service.name the signal is on.
	Service string
	// Labels narrow the series, e.g. {"shop.id": "S12"}; nil for the
	// whole service.
	Labels map[string]string
	// Start and End bound the incident: [Start, End).
	Start, End  time.Time
	Description string
	Signal      Signal
}

// Signal kinds.
const (
	// SignalRatio: the share of the service's lines matching Match moves
	// from Baseline to about Peak.
	SignalRatio = "ratio"
	// SignalAbsence: lines matching Match stop arriving (Baseline is the
	// normal interval between them in seconds).
	SignalAbsence = "absence"
	// SignalQuantile: the 95th percentile of Field moves from Baseline
	// to above Peak.
	SignalQuantile = "p95"
	// SignalNewValue: Field takes a value never seen before the incident.
	SignalNewValue = "new_value"
)

// Signal is the expected alert signal of an incident.
type Signal struct {
	// Kind is one of the Signal* constants.
	Kind string
	// Field is the ECS field whose behaviour changes.
	Field string
	// Match describes the lines counted, as a vigil rule expression over
	// ECS fields (a description for humans and tests, not evaluated here).
	Match string
	Value string // for SignalNewValue: the new value
	// Baseline is the normal level (a ratio, seconds, or for an absence
	// the usual interval in seconds); Peak the level during the incident.
	Baseline float64
	Peak     float64
}

// incidentWindows holds the incident script in unix ns.
type incidentWindows struct {
	burstFrom, burstTo   int64 // amazon-api 429 burst on burstShopID
	outageFrom, outageTo int64 // inventory full sync hangs, inventory-sync quiet
	driftFrom, driftTo   int64 // order-sync delay drift; drains until drainTo
	drainTo              int64
	payFrom, payTo       int64 // payment-callback failure spike
	newErrFrom, newErrTo int64 // unseen error code on newErrorShopID
}

// Incident script, as offsets from Start. None is in the first two hours,
// so baselines have time to warm up.
const (
	burstAt, burstLen   = 8 * time.Hour, 20 * time.Minute
	outageAt, outageLen = 12*time.Hour + 45*time.Minute, 2*time.Hour + 45*time.Minute
	driftAt, driftLen   = 10*time.Hour + 30*time.Minute, 90 * time.Minute
	drainLen            = 20 * time.Minute
	payAt, payLen       = 19*time.Hour + 10*time.Minute, 15 * time.Minute
	newErrAt, newErrLen = 21 * time.Hour, 20 * time.Minute

	// baseline and incident probabilities
	base429       = 0.005
	burst429      = 0.36
	basePayErr    = 0.01
	spikePayErr   = 0.25
	newErrShare   = 0.4
	driftMaxDelay = 900.0 // seconds of backlog at the end of the drift
)

// NewErrorCode is the error code that first appears in the new-error-code
// incident and nowhere else.
const NewErrorCode = "MARKETPLACE_AUTH_REVOKED"

func (s *Simulator) setupIncidents() {
	at := func(d time.Duration) int64 { return s.start + int64(d) }
	s.inc = incidentWindows{
		burstFrom: at(burstAt), burstTo: at(burstAt + burstLen),
		// The stall begins with a run of the 15-minute job, so its start is
		// on the job's cadence even when Start is not; it ends with the
		// restart deploy.
		outageFrom: floorDiv(at(outageAt), int64(15*time.Minute)) * int64(15*time.Minute), outageTo: at(outageAt + outageLen),
		driftFrom: at(driftAt), driftTo: at(driftAt + driftLen), drainTo: at(driftAt + driftLen + drainLen),
		payFrom: at(payAt), payTo: at(payAt + payLen),
		newErrFrom: at(newErrAt), newErrTo: at(newErrAt + newErrLen),
	}
	t := func(ns int64) time.Time { return time.Unix(0, ns).In(s.cfg.Start.Location()) }
	all := []Incident{
		{
			Name: "amazon-429-burst", Service: SvcAmazonAPI, Labels: map[string]string{"shop.id": burstShopID},
			Start: t(s.inc.burstFrom), End: t(s.inc.burstTo),
			Description: "Amazon SP-API throttles shop " + burstShopID + ": HTTP 429 QuotaExceeded on about a third of its calls for 20 minutes.",
			Signal: Signal{Kind: SignalRatio, Field: "http.response.status_code",
				Match:    `service.name == "amazon-api" && shop.id == "` + burstShopID + `" && http.response.status_code == 429`,
				Baseline: base429, Peak: burst429},
		},
		{
			Name: "inventory-full-sync-stalled", Service: SvcInventorySync,
			Start: t(s.inc.outageFrom), End: t(s.inc.outageTo),
			Description: "The inventory-full-sync run of " + t(s.inc.outageFrom).Format("15:04") +
				" starts and hangs: no further job heartbeats and no inventory-sync lines until the service is restarted (deploy 2.3.1).",
			Signal: Signal{Kind: SignalAbsence, Field: "job.status",
				Match:    `job.name == "inventory-full-sync"`,
				Baseline: (15 * time.Minute).Seconds()},
		},
		{
			Name: "order-sync-delay-drift", Service: SvcOrderSync,
			Start: t(s.inc.driftFrom), End: t(s.inc.drainTo),
			Description: "Order sync falls behind: sync.delay_seconds p95 climbs steadily from about 30 s to over 600 s in 90 minutes, then the backlog drains in 20 minutes.",
			Signal: Signal{Kind: SignalQuantile, Field: "sync.delay_seconds",
				Match:    `service.name == "order-sync" && sync.kind == "order"`,
				Baseline: 30, Peak: 600},
		},
		{
			Name: "payment-callback-failures", Service: SvcPaymentCallback,
			Start: t(s.inc.payFrom), End: t(s.inc.payTo),
			Description: "After deploy 1.9.4 a quarter of payment callbacks fail with PAYMENT_CALLBACK_TIMEOUT for 15 minutes, until the rollback.",
			Signal: Signal{Kind: SignalRatio, Field: "log.level",
				Match:    `service.name == "payment-callback" && log.level == "error"`,
				Baseline: basePayErr, Peak: spikePayErr},
		},
		{
			Name: "new-error-code", Service: SvcOrderSync, Labels: map[string]string{"shop.id": newErrorShopID},
			Start: t(s.inc.newErrFrom), End: t(s.inc.newErrTo),
			Description: "Lazada revokes shop " + newErrorShopID + "'s API authorisation: order sync fails with the never-seen error code " + NewErrorCode + ".",
			Signal: Signal{Kind: SignalNewValue, Field: "error.code", Value: NewErrorCode,
				Match: `service.name == "order-sync" && error.code == "` + NewErrorCode + `"`},
		},
	}
	for _, in := range all {
		if in.Start.UnixNano() < s.end && in.End.UnixNano() > s.emitFrom {
			s.incidents = append(s.incidents, in)
		}
	}
	sort.SliceStable(s.incidents, func(i, j int) bool { return s.incidents[i].Start.Before(s.incidents[j].Start) })
}

// Incidents returns the scripted incidents that overlap the returned span
// [Start+Skip, Start+Duration), by start time. The script covers the first simulated day; later
// days of a longer run carry only ordinary traffic.
func (s *Simulator) Incidents() []Incident {
	out := make([]Incident, len(s.incidents))
	for i, in := range s.incidents {
		if in.Labels != nil {
			l := make(map[string]string, len(in.Labels))
			for k, v := range in.Labels {
				l[k] = v
			}
			in.Labels = l
		}
		out[i] = in
	}
	return out
}

func within(t, from, to int64) bool { return t >= from && t < to }

// orderBacklog is the extra order-sync lag in seconds at the current time:
// zero, then a linear climb during the drift, then a linear drain.
func (s *Simulator) orderBacklog() float64 {
	w := &s.inc
	switch {
	case within(s.now, w.driftFrom, w.driftTo):
		return driftMaxDelay * float64(s.now-w.driftFrom) / float64(w.driftTo-w.driftFrom)
	case within(s.now, w.driftTo, w.drainTo):
		return driftMaxDelay * float64(w.drainTo-s.now) / float64(w.drainTo-w.driftTo)
	}
	return 0
}
