package atlas

import (
	"sort"
	"time"
)

// window is a half-open span of unix nanoseconds.
type window struct{ from, to int64 }

func (w window) has(ts int64) bool { return ts >= w.from && ts < w.to }

// frac is how far ts is into w, in [0, 1).
func (w window) frac(ts int64) float64 { return float64(ts-w.from) / float64(w.to-w.from) }

// Offsets of the script from Config.Start. With the default start (Monday
// 2026-03-02 00:00 UTC) "+32h10m" is Tuesday 08:10 UTC.
const (
	offBurst       = 14*time.Hour + 40*time.Minute // I4 Mon 14:40
	lenBurst       = 15 * time.Minute
	offPaySpike    = 15*time.Hour + 20*time.Minute // I3 Mon 15:20
	lenPaySpike    = 20 * time.Minute
	offLedgerOut   = 25*time.Hour + 41*time.Minute // I2 Tue 01:41
	lenLedgerOut   = 2 * time.Hour
	offFlash       = 28 * time.Hour // trap Tue 04:00
	lenFlash       = 2 * time.Hour
	offDeployBad   = 32*time.Hour + 10*time.Minute // I1 Tue 08:10
	lenDeployBad   = 30 * time.Minute
	offCatalogErr  = 34*time.Hour + 5*time.Minute // I7 Tue 10:05
	lenCatalogErr  = 25 * time.Minute
	offDrift       = 39 * time.Hour // I5 Tue 15:00
	lenDrift       = 40 * time.Minute
	offNewCode     = 49 * time.Hour // I8 Wed 01:00
	lenNewCode     = 30 * time.Minute
	offLabelFail   = 54*time.Hour + 7*time.Minute // I6 Wed 06:07
	lenLabelFail   = 80 * time.Minute
	offMaint       = 57 * time.Hour // trap Wed 09:00
	lenMaintDark   = 30 * time.Minute
	lenMaint       = 45 * time.Minute
	burstShopID    = "SHP-ID-02"
	payPlatform    = "shopee"
	newCodeShopID  = "TTS-MY-02"
	newErrorCode   = "SELLER_AUTH_REVOKED"
	benignCode     = "WEBHOOK_DUPLICATE_DELIVERY"
	steadyPath     = "/fba/inbound/v0/shipments"
	driftKind      = "inventory"
	badVersion     = "4.2.0"
	goodOMSVersion = "4.1.3"
)

// benign deployments: nothing changes after them.
var benignDeploys = []struct {
	svc     string
	off     time.Duration
	version string
}{
	{svcOMS, 9*time.Hour + 30*time.Minute, goodOMSVersion},
	{svcStock, 30*time.Hour + 30*time.Minute, "2.9.0"},
	{svcPay, 40*time.Hour + 20*time.Minute, "3.2.1"},
	{svcLazada, 51*time.Hour + 5*time.Minute, "5.4.0"},
}

// quietShopErrors are the isolated errors of the quiet shop.
var quietShopErrors = []time.Duration{
	3*time.Hour + 12*time.Minute,
	13*time.Hour + 47*time.Minute,
	21*time.Hour + 5*time.Minute,
	31*time.Hour + 33*time.Minute,
	41*time.Hour + 58*time.Minute,
	53*time.Hour + 20*time.Minute,
}

// Malformed (truncated) lines are written in these minutes.
var malformedAt = []time.Duration{7*time.Hour + 13*time.Minute, 41*time.Hour + 52*time.Minute}

type plan struct {
	start, end int64

	burst, paySpike, ledgerOut, flash, deployBad, catalogErr, drift, newCode, labelFail window
	maint, maintDark                                                                    window
}

func newPlan(start time.Time, d time.Duration) *plan {
	s := start.UnixNano()
	w := func(off, l time.Duration) window { return window{s + int64(off), s + int64(off+l)} }
	return &plan{
		start:      s,
		end:        s + int64(d),
		burst:      w(offBurst, lenBurst),
		paySpike:   w(offPaySpike, lenPaySpike),
		ledgerOut:  w(offLedgerOut, lenLedgerOut),
		flash:      w(offFlash, lenFlash),
		deployBad:  w(offDeployBad, lenDeployBad),
		catalogErr: w(offCatalogErr, lenCatalogErr),
		drift:      w(offDrift, lenDrift),
		newCode:    w(offNewCode, lenNewCode),
		labelFail:  w(offLabelFail, lenLabelFail),
		maint:      w(offMaint, lenMaint),
		maintDark:  w(offMaint, lenMaintDark),
	}
}

func utc(ns int64) time.Time { return time.Unix(0, ns).UTC() }

// truth lists the incidents, traps and silences that fall in the span.
func (p *plan) truth() Truth {
	var t Truth
	inc := func(id string, w window, labels map[string]string, desc string) {
		if w.from >= p.end {
			return
		}
		t.Incidents = append(t.Incidents, Incident{ID: id, Start: utc(w.from), End: utc(min(w.to, p.end)), Labels: labels, Description: desc})
	}
	quiet := func(id string, w window, labels map[string]string, desc string) {
		from, to := max(w.from, p.start), min(w.to, p.end)
		if from >= to {
			return
		}
		t.Quiet = append(t.Quiet, Quiet{ID: id, Start: utc(from), End: utc(to), Labels: labels, Description: desc})
	}
	svc := func(name string) map[string]string { return map[string]string{"service.name": name} }

	inc("deploy-regression-oms-core", p.deployBad, svc(svcOMS),
		"oms-core "+badVersion+" deployed; its error ratio triples (1.2% -> 3.6%, mostly OMS-INTERNAL) until the rollback to "+goodOMSVersion)
	inc("job-outage-ledger-reconcile", p.ledgerOut, map[string]string{"job.name": jobLedger},
		"hourly ledger-reconcile (erp-adapter, :41) misses two runs: no started/succeeded heartbeats until it resumes")
	inc("payment-callback-failures-shopee", p.paySpike, svc(svcPay),
		"pay-notify callback failures for shopee shops jump from 0.4% to ~8.5% (PAY_VERIFY_TIMEOUT); other platforms unaffected")
	inc("marketplace-429-burst-"+burstShopID, p.burst, map[string]string{"service.name": svcShopee, "shop.id": burstShopID},
		"shopee-client calls for "+burstShopID+" get HTTP 429 on ~33% of requests (normally ~0.5%)")
	inc("sync-delay-drift-stock-bridge-inventory", p.drift, map[string]string{"service.name": svcStock, "sync.kind": driftKind},
		"stock-bridge inventory sync.delay_seconds p95 drifts from ~17 s to ~6 min over 40 minutes, then recovers at once")
	inc("job-failures-label-batch", p.labelFail, map[string]string{"job.name": jobLabel},
		"label-batch (wms-bridge, every 20 min) fails 4 runs in a row (CARRIER_AUTH_FAILED); the 07:27 run succeeds")
	inc("error-ratio-catalog-api", p.catalogErr, svc(svcCatalog),
		"catalog-api (~30 lines/min) error ratio jumps from 0.4% to 6% (CATALOG_DB_ERROR) for 25 minutes")
	inc("new-error-code-tiktok-connector", p.newCode, svc(svcTikTok),
		"tiktok-connector logs error.code "+newErrorCode+" (never seen before) for "+newCodeShopID+": every call of the shop plus a token refresh retry a minute, dozens of times in 30 minutes")

	// Traps.
	quiet("flash-sale", p.flash, map[string]string{},
		"3.3 flash sale: traffic x3 on every service for 2 h; error ratios, latencies and sync delays unchanged")
	quiet("maintenance-wms-bridge", window{p.maint.from, p.maint.to + 15*minuteNs}, svc(svcWMS),
		"planned WMS maintenance (silenced): wms-bridge silent for 30 min, then errors (503) for 15 min")
	quiet("maintenance-label-batch", window{p.maint.from, p.maint.to + 30*minuteNs}, map[string]string{"job.name": jobLabel},
		"label-batch runs at :07 and :27 skipped during the planned WMS maintenance (silenced)")
	for _, d := range benignDeploys {
		at := p.start + int64(d.off)
		quiet("benign-deploy-"+d.svc, window{at, at + 45*minuteNs}, svc(d.svc),
			"deploy of "+d.svc+" "+d.version+" that changes nothing")
	}
	quiet("quiet-shop-"+quietShopID, window{p.start, p.end}, map[string]string{"service.name": svcLazada, "shop.id": quietShopID},
		"a quiet lazada shop (a few calls an hour) with a handful of isolated single errors hours apart")
	quiet("steady-error-endpoint-sp-api-relay", window{p.start, p.end}, svc(svcSPAPI),
		"sp-api-relay GET "+steadyPath+" fails steadily on 2% of calls, all along")
	quiet("benign-error-code-storefront-events", window{p.start, p.end}, svc(svcStorefront),
		"storefront-events logs error.code "+benignCode+" about twice an hour, all along")
	quiet("job-duration-feed-refresh", window{p.start, p.end}, map[string]string{"job.name": jobFeed},
		"hourly feed-refresh (sp-api-relay) duration varies 25 s to 11 min, always inside its usual range")
	for _, pk := range p.peakWindows() {
		quiet(pk.id, pk.w, map[string]string{}, pk.desc)
	}
	for _, l := range p.lullWindows() {
		quiet(l.id, l.w, map[string]string{}, l.desc)
	}

	if p.maint.from < p.end {
		t.Silences = append(t.Silences,
			Silence{Matchers: []string{"service.name=" + svcWMS}, StartsAt: utc(p.maint.from - 5*minuteNs), EndsAt: utc(p.maint.to + 15*minuteNs), Comment: "planned WMS maintenance"},
			Silence{Matchers: []string{"job.name=" + jobLabel}, StartsAt: utc(p.maint.from - 5*minuteNs), EndsAt: utc(p.maint.to + 30*minuteNs), Comment: "planned WMS maintenance: label-batch paused"},
		)
	}
	sort.SliceStable(t.Incidents, func(i, j int) bool { return t.Incidents[i].Start.Before(t.Incidents[j].Start) })
	sort.SliceStable(t.Quiet, func(i, j int) bool {
		if !t.Quiet[i].Start.Equal(t.Quiet[j].Start) {
			return t.Quiet[i].Start.Before(t.Quiet[j].Start)
		}
		return t.Quiet[i].ID < t.Quiet[j].ID
	})
	return t
}

type namedWindow struct {
	id   string
	w    window
	desc string
}

// localDays calls f for the midnight of every local day of loc that can
// touch the span.
func (p *plan) localDays(loc *time.Location, f func(midnight time.Time)) {
	first := utc(p.start).In(loc)
	d := time.Date(first.Year(), first.Month(), first.Day()-1, 0, 0, 0, 0, loc)
	for ; d.UnixNano() < p.end; d = time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, loc) {
		f(d)
	}
}

// peakWindows are the daily evening peaks of the three regions.
func (p *plan) peakWindows() []namedWindow {
	var out []namedWindow
	for _, rp := range regionPeaks {
		loc, _ := time.LoadLocation(rp.tz)
		p.localDays(loc, func(d time.Time) {
			from, to := d.Add(rp.from), d.Add(rp.to)
			if to.UnixNano() <= p.start || from.UnixNano() >= p.end {
				return
			}
			out = append(out, namedWindow{
				id:   "peak-" + rp.region + "-" + d.Format("2006-01-02"),
				w:    window{from.UnixNano(), to.UnixNano()},
				desc: "daily evening peak of the " + rp.region + " shops (" + rp.tz + " " + from.Format("15:04") + "-" + to.Format("15:04") + " local)",
			})
		})
	}
	return out
}

// lullWindows are the nights of the Asian shops (02:00-06:00 Singapore
// time), when about two thirds of the traffic sleeps.
func (p *plan) lullWindows() []namedWindow {
	loc, _ := time.LoadLocation("Asia/Singapore")
	var out []namedWindow
	p.localDays(loc, func(d time.Time) {
		from, to := d.Add(2*time.Hour), d.Add(6*time.Hour)
		if to.UnixNano() <= p.start || from.UnixNano() >= p.end {
			return
		}
		out = append(out, namedWindow{
			id:   "night-lull-" + d.Format("2006-01-02"),
			w:    window{from.UnixNano(), to.UnixNano()},
			desc: "night-time lull of the Asian shops (02:00-06:00 Asia/Singapore): their traffic falls to about a quarter of its daily mean",
		})
	})
	return out
}
