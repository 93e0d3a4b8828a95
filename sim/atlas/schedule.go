package atlas

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"time"
)

// job is a scheduled job and the service whose logs carry its heartbeats.
type job struct {
	name string
	svc  string
	// next returns the first scheduled start at or after t.
	next func(t time.Time) time.Time
	// duration draws the length of a run.
	duration func(g *gen) time.Duration
	what     string
}

var hq, _ = time.LoadLocation("Asia/Singapore")

// dailyAt runs at hh:mm Singapore time.
func dailyAt(hh, mm int) func(time.Time) time.Time {
	return func(t time.Time) time.Time {
		lt := t.In(hq)
		n := time.Date(lt.Year(), lt.Month(), lt.Day(), hh, mm, 0, 0, hq)
		if n.Before(t) {
			n = time.Date(lt.Year(), lt.Month(), lt.Day()+1, hh, mm, 0, 0, hq)
		}
		return n
	}
}

// everyAt runs every period (dividing an hour) starting at minute first.
func everyAt(period time.Duration, first int) func(time.Time) time.Time {
	return func(t time.Time) time.Time {
		h := t.Truncate(time.Hour).Add(time.Duration(first) * time.Minute)
		for h.Before(t) {
			h = h.Add(period)
		}
		return h
	}
}

func jobTable() []job {
	return []job{
		{jobSettlement, svcERP, dailyAt(2, 37), func(g *gen) time.Duration {
			return time.Duration(g.lognorm(540, 0.25) * float64(time.Second))
		}, "settlements exported"},
		{jobFeed, svcSPAPI, everyAt(time.Hour, 5), func(g *gen) time.Duration {
			s := math.Min(math.Max(g.lognorm(140, 0.75), 25), 660)
			return time.Duration(s * float64(time.Second))
		}, "listings submitted in feeds"},
		{jobLedger, svcERP, everyAt(time.Hour, 41), func(g *gen) time.Duration {
			return time.Duration((70 + 90*g.rng.Float64()) * float64(time.Second))
		}, "ledger entries reconciled"},
		{jobReview, svcCatalog, dailyAt(7, 13), func(g *gen) time.Duration {
			return time.Duration(g.lognorm(240, 0.2) * float64(time.Second))
		}, "reviews summarised"},
		{jobLabel, svcWMS, everyAt(20*time.Minute, 7), func(g *gen) time.Duration {
			return time.Duration((35 + 60*g.rng.Float64()) * float64(time.Second))
		}, "shipping labels generated"},
	}
}

func (g *gen) at(ts int64, svc string) rec {
	s := g.svcs[svc]
	return rec{ts: ts, svc: s, host: s.host(g, ts)}
}

func (g *gen) addSched(r rec) {
	if r.ts >= g.p.start && r.ts < g.p.end {
		g.sched = append(g.sched, r)
	}
}

func fmtDur(d time.Duration) string { return d.Round(time.Second).String() }

func (g *gen) buildSchedule() {
	p := g.p
	// Job heartbeats.
	for _, j := range jobTable() {
		svc := g.svcs[j.svc]
		for t := j.next(utc(p.start)); t.UnixNano() < p.end; t = j.next(t.Add(time.Second)) {
			ts := t.UnixNano()
			switch {
			case j.name == jobLedger && p.ledgerOut.has(ts):
				continue // the job runner is stuck: no heartbeat at all
			case j.name == jobLabel && p.maint.has(ts):
				continue // paused for the WMS maintenance
			}
			start := ts + int64(200*time.Millisecond) + g.rng.Int64N(int64(2300*time.Millisecond))
			failed := j.name == jobLabel && p.labelFail.has(ts)
			d := j.duration(g)
			if failed {
				d = time.Duration((5 + 10*g.rng.Float64()) * float64(time.Second))
			}
			r := g.at(start, j.svc)
			r.action, r.jobName, r.jobState = "job-run", j.name, "started"
			r.trace = g.hex(32)
			if len(svc.loggers) > 0 {
				r.logger = svc.loggers[len(svc.loggers)-1]
			}
			r.msg = "job " + j.name + " started (scheduled " + t.UTC().Format("15:04") + " UTC)"
			g.addSched(r)
			end := r
			end.ts = start + int64(d)
			end.dur, end.hasDur = int64(d), true
			if failed {
				end.level, end.jobState = lvError, "failed"
				end.errCode, end.errType = "CARRIER_AUTH_FAILED", "CarrierApiError"
				end.errMsg = "J&T Express label API returned 401: invalid API key"
				end.msg = "job " + j.name + " failed after " + fmtDur(d) + ": " + end.errMsg
			} else {
				end.jobState = "succeeded"
				end.msg = "job " + j.name + " succeeded in " + fmtDur(d) + ": " + strconv.Itoa(50+g.rng.IntN(3000)) + " " + j.what
			}
			g.addSched(end)
		}
	}

	// Deployment markers, logged by the new version as it starts.
	for _, name := range []string{svcOMS, svcStock, svcPay, svcERP, svcWMS, svcCatalog, svcSPAPI, svcStorefront, svcShopee, svcLazada, svcTikTok} {
		s := g.svcs[name]
		for _, d := range s.deploys {
			ts := d.at + int64(time.Second) + g.rng.Int64N(int64(4*time.Second))
			r := g.at(ts, name)
			prev := s.versionAt(d.at - 1)
			r.action, r.version = "deploy", d.version
			if len(s.loggers) > 0 {
				r.logger = s.loggers[0]
			}
			if d.rollback {
				r.msg = "rolled back " + name + " to " + d.version + " (from " + prev + ")"
			} else {
				r.msg = "deployed " + name + " " + d.version + " (previous " + prev + ")"
			}
			r.ts = d.at // the marker carries the deployment time itself
			g.addSched(r)
		}
	}

	// Planned maintenance markers.
	r := g.at(p.maint.from-int64(2*time.Second), svcWMS)
	r.action, r.msg = "maintenance", "entering maintenance mode: WMS vendor window, consumers paused for 30 min"
	g.addSched(r)
	r = g.at(p.maintDark.to+int64(time.Second), svcWMS)
	r.action, r.msg = "maintenance", "leaving maintenance mode: consumers resumed"
	g.addSched(r)

	// The quiet shop's isolated errors.
	for _, off := range quietShopErrors {
		r := g.at(p.start+int64(off)+g.rng.Int64N(minuteNs), svcLazada)
		r.shop = g.shopByID[quietShopID]
		r.action, r.method, r.path, r.domain = "marketplace-call", "GET", "/orders/get", r.shop.domain
		r.dur, r.hasDur = g.latency(5000, 0.1), true
		r.trace, r.txn = g.hex(32), g.hex(16)
		g.fail(&r, failure{"ServiceTimeout", "LazopServiceTimeout", "The request has timed out on the Lazada side", 504})
		r.msg = "/orders/get failed for " + quietShopID + ": " + r.errMsg
		g.addSched(r)
	}

	// The benign recurring error code, about twice an hour.
	shf := []*shop{g.shopByID["SHF-EU-01"], g.shopByID["SHF-BR-02"]}
	for ts := p.start; ; {
		ts += int64(g.rng.ExpFloat64() * float64(30*time.Minute))
		if ts >= p.end {
			break
		}
		r := g.at(ts, svcStorefront)
		r.shop = pick(g, shf)
		r.action, r.method, r.path, r.domain = "webhook", "POST", "/webhooks/shopify/orders/paid", "hooks.atlashome.io"
		r.dur, r.hasDur = g.latency(12, 0.3), true
		r.trace, r.txn = g.hex(32), g.hex(16)
		g.fail(&r, failure{benignCode, "DuplicateWebhook", "webhook id already processed, delivery ignored", 409})
		r.msg = "duplicate webhook delivery from " + r.shop.id + " ignored (X-Shopify-Webhook-Id " + g.hex(8) + "-" + g.hex(4) + ")"
		g.addSched(r)
	}

	// The new error code: the connector retries the token refresh about
	// once a minute while the seller authorization stays revoked.
	tts := g.shopByID[newCodeShopID]
	for ts := p.newCode.from + int64(20*time.Second); ts < p.newCode.to; ts += int64((45 + 30*g.rng.Float64()) * float64(time.Second)) {
		r := g.at(ts, svcTikTok)
		r.shop = tts
		r.action, r.method, r.path, r.domain = "token-refresh", "GET", "/api/v2/token/refresh", "auth.tiktok-shops.com"
		r.dur, r.hasDur = g.latency(80, 0.3), true
		r.trace = g.hex(32)
		g.fail(&r, revoked)
		r.msg = "token refresh for " + newCodeShopID + " rejected: " + revoked.msg
		g.addSched(r)
	}

	slices.SortStableFunc(g.sched, func(a, b rec) int { return cmp.Compare(a.ts, b.ts) })
}
