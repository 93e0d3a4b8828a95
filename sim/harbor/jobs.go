package harbor

import (
	"strconv"
	"time"
)

// slots are the times in the span at phase past every multiple of step
// (multiples counted from the zero time, so a 2-hour step falls on even
// hours and a week on Mondays 00:00 UTC).
func (g *gen) slots(step, phase time.Duration) []int64 {
	start := time.Unix(0, g.t0).UTC()
	t := start.Truncate(step).Add(phase)
	for t.Before(start) {
		t = t.Add(step)
	}
	var out []int64
	for ; t.UnixNano() < g.end; t = t.Add(step) {
		out = append(out, t.UnixNano())
	}
	return out
}

// run is one run of a job: how it goes.
type run struct {
	jitter   time.Duration // start after the slot
	dur      time.Duration
	failCode string
	failMsg  string
	progress func(g *gen, start int64, dur time.Duration) // extra lines
}

// jobRun writes a run's lines: started, its own lines, succeeded or failed.
func (g *gen) jobRun(svc *service, job string, slot int64, r run, detail string) {
	start := slot + int64(r.jitter)
	g.begin(svc, start, lvInfo, "job "+job+" started")
	g.s("job.name", job)
	g.s("job.status", "started")
	trace := g.hex(32)
	g.s("trace.id", trace)
	g.emit()
	if r.progress != nil {
		r.progress(g, start, r.dur)
	}
	end := start + int64(r.dur)
	if r.failCode != "" {
		g.begin(svc, end, lvError, "job "+job+" failed after "+r.dur.Round(time.Second).String()+": "+r.failMsg)
		g.s("job.name", job)
		g.s("job.status", "failed")
		g.i("event.duration", int64(r.dur))
		g.s("error.code", r.failCode)
		g.s("error.message", r.failMsg)
		g.s("trace.id", trace)
		g.emit()
		return
	}
	g.begin(svc, end, lvInfo, "job "+job+" succeeded in "+r.dur.Round(time.Second).String()+": "+detail)
	g.s("job.name", job)
	g.s("job.status", "succeeded")
	g.i("event.duration", int64(r.dur))
	g.s("trace.id", trace)
	g.emit()
}

func (g *gen) jitter() time.Duration {
	return 200*time.Millisecond + time.Duration(g.rng.Int64N(int64(3800*time.Millisecond)))
}

func (g *gen) dur(median time.Duration, sigma float64) time.Duration {
	return time.Duration(g.lognorm(float64(median), sigma))
}

func noisyFailure(g *gen, job string, slot int64) bool {
	for _, f := range noisyFailures {
		if f.job == job && g.off(f.off) == slot {
			return true
		}
	}
	return false
}

// planJobs schedules every run of every job.
func (g *gen) planJobs() {
	// stock-reconcile (wh-link): every 15 minutes at :03/:18/:33/:48,
	// skipped during the 3PL maintenance.
	for _, s := range g.slots(15*time.Minute, 3*time.Minute) {
		if g.in(s, maintStart, maintEnd) {
			continue
		}
		g.at(s, func(g *gen, s int64) {
			r := run{jitter: g.jitter(), dur: g.dur(48*time.Second, 0.25)}
			if noisyFailure(g, "stock-reconcile", s) {
				r.failCode, r.failMsg = "TPL_TIMEOUT", "3PL stock endpoint timed out after 30s"
			}
			g.jobRun(g.svc["wh-link"], "stock-reconcile", s, r,
				strconv.Itoa(4790+g.rng.IntN(40))+" SKUs compared, "+strconv.Itoa(g.poisson(2))+" discrepancies adjusted")
		})
	}
	// price-push (mkt-listing): every 20 minutes at :11/:31/:51.
	failFrom, failTo := g.off(pricePushFailFirst), g.off(pricePushFailFirst)+int64(pricePushFailRuns)*20*minuteNs
	for _, s := range g.slots(20*time.Minute, 11*time.Minute) {
		g.at(s, func(g *gen, s int64) {
			r := run{jitter: g.jitter(), dur: g.dur(38*time.Second, 0.35)}
			switch {
			case s >= failFrom && s < failTo:
				r.dur = 3*time.Second + time.Duration(g.rng.Int64N(int64(3*time.Second)))
				r.failCode = "SPAPI_LWA_TOKEN_EXPIRED"
				r.failMsg = "Amazon SP-API: refresh token rejected (invalid_grant), aborting run"
			case s == g.off(pricePushRecover):
				r.jitter, r.dur = scriptedRunJitter, pricePushRecRun
			case noisyFailure(g, "price-push", s):
				r.failCode, r.failMsg = "PRICE_FEED_TIMEOUT", "price feed from ERP timed out after 20s"
				r.dur = 20*time.Second + time.Duration(g.rng.Int64N(int64(time.Second)))
			}
			r.progress = func(g *gen, start int64, d time.Duration) {
				g.begin(g.svc["mkt-listing"], start+int64(d)/3, lvInfo, "price-push: "+strconv.Itoa(80+g.rng.IntN(300))+" price changes queued for 5 marketplaces")
				g.s("job.name", "price-push")
				g.s("sync.kind", "price")
				g.emit()
			}
			if r.failCode == "SPAPI_LWA_TOKEN_EXPIRED" {
				r.progress = nil
			}
			g.jobRun(g.svc["mkt-listing"], "price-push", s, r, strconv.Itoa(80+g.rng.IntN(300))+" prices pushed")
		})
	}
	// mkt-fee-pull (fin-jobs): hourly at :27; nothing while the scheduler
	// worker is down.
	for _, s := range g.slots(time.Hour, 27*time.Minute) {
		if g.in(s, schedulerDown, feeOutageResume-time.Minute) {
			continue
		}
		g.at(s, func(g *gen, s int64) {
			r := run{jitter: g.jitter(), dur: g.dur(13*time.Second, 0.3)}
			if s == g.off(feeOutageResume) {
				r.jitter, r.dur = scriptedRunJitter, feeResumeRun
			}
			g.jobRun(g.svc["fin-jobs"], "mkt-fee-pull", s, r, strconv.Itoa(200+g.rng.IntN(900))+" fee records from 5 marketplaces")
		})
	}
	// erp-ledger-export (erp-connector): every 2 hours at :52 of odd UTC
	// hours.
	for _, s := range g.slots(2*time.Hour, time.Hour+52*time.Minute) {
		g.at(s, func(g *gen, s int64) {
			r := run{jitter: g.jitter(), dur: g.dur(170*time.Second, 0.2)}
			if s == g.off(ledgerSlowSlot) {
				r.jitter, r.dur = scriptedRunJitter, ledgerSlowRun
				r.progress = func(g *gen, start int64, d time.Duration) {
					for w := 5 * time.Minute; w < d; w += 5 * time.Minute {
						g.begin(g.svc["erp-connector"], start+int64(w), lvWarn, "ledger export waiting on lock GL_JOURNAL held by session 4471 ("+w.String()+")")
						g.s("job.name", "erp-ledger-export")
						g.emit()
					}
				}
			}
			g.jobRun(g.svc["erp-connector"], "erp-ledger-export", s, r, strconv.Itoa(1800+g.rng.IntN(2400))+" journal lines exported")
		})
	}
	// vat-ledger-close (fin-jobs): daily at 04:37 London (03:37 UTC).
	for _, s := range g.slots(24*time.Hour, 3*time.Hour+37*time.Minute) {
		g.at(s, func(g *gen, s int64) {
			g.jobRun(g.svc["fin-jobs"], "vat-ledger-close", s, run{jitter: g.jitter(), dur: g.dur(330*time.Second, 0.15)}, "VAT ledger closed for 6 tax regions")
		})
	}
	// catalog-full-reindex (catalog-api): weekly, Tuesday 04:05 UTC.
	for _, s := range g.slots(7*24*time.Hour, 24*time.Hour+4*time.Hour+5*time.Minute) {
		g.at(s, func(g *gen, s int64) {
			r := run{jitter: g.jitter(), dur: g.dur(25*time.Minute, 0.05)}
			r.progress = func(g *gen, start int64, d time.Duration) {
				for i := 1; i < 6; i++ {
					g.begin(g.svc["catalog-api"], start+int64(d)*int64(i)/6, lvInfo, "reindex progress: "+strconv.Itoa(1200*i)+"/7200 documents")
					g.s("log.logger", "c.h.catalog.search.Reindexer")
					g.s("job.name", "catalog-full-reindex")
					g.emit()
				}
			}
			g.jobRun(g.svc["catalog-api"], "catalog-full-reindex", s, r, "7200 documents reindexed")
		})
	}
	// fin-jobs' scheduler also refreshes exchange rates at :00 and :30.
	for _, s := range g.slots(30*time.Minute, 0) {
		if g.in(s, schedulerDown, feeOutageResume-time.Minute) {
			continue
		}
		g.at(s+int64(time.Second), func(g *gen, ts int64) {
			g.begin(g.svc["fin-jobs"], ts, lvInfo, "fx rates refreshed: AUD GBP KRW MXN NZD VND (source ecb)")
			g.s("event.action", "fx-refresh")
			g.emit()
		})
	}
}

// deploy is a deployment marker; the service runs version from ts on, on
// new pods.
func (g *gen) deploy(svc *service, ts int64, version, msg string, rollback bool) {
	svc.prevVersion, svc.prevHosts = svc.version, svc.hosts
	svc.version, svc.switchAt = version, ts
	g.rollHosts(svc)
	g.begin(svc, ts, lvInfo, msg)
	g.s("event.action", "deploy")
	g.s("labels.previous_version", svc.prevVersion)
	if rollback {
		g.s("labels.rollback", "true")
	}
	g.emit()
	for i, h := range svc.hosts {
		t := ts + int64(i+1)*int64(7*time.Second) + g.rng.Int64N(int64(5*time.Second))
		g.begin(svc, t, lvInfo, "started "+svc.name+" "+version+" on "+h)
		g.emit()
	}
}

// planScript schedules the script's own lines and state changes.
func (g *gen) planScript() {
	dep := func(name string, off time.Duration, version, msg string, rollback bool) {
		g.at(g.off(off), func(g *gen, ts int64) { g.deploy(g.svc[name], ts, version, msg, rollback) })
	}
	dep("mkt-listing", listingDeployAt, "5.9.0", "deploy mkt-listing 5.9.0 (github-actions run 48213, rolling)", false)
	dep("catalog-api", catalogDeployAt, "2.32.0", "deploy catalog-api 2.32.0 (argocd sync, rolling)", false)
	dep("storefront-bff", bffDeployAt, "4.19.0", "deploy storefront-bff 4.19.0 (argocd sync, rolling)", false)
	dep("storefront-bff", bffRollbackAt, "4.18.2", "rollback storefront-bff to 4.18.2 (revert of 4.19.0)", true)
	dep("order-intake", hotfixAt, "3.8.1", "deploy order-intake 3.8.1 (hotfix: map logistic_type xd_drop_off)", false)
	dep("paybridge", payDeployAt, "1.43.0", "deploy paybridge 1.43.0 (argocd sync, rolling)", false)

	// notify-relay's benign SMS_CARRIER_BLOCKED, about twice an hour.
	for t := g.off(benignCodeFirst); t < g.end; t += int64(12*time.Minute) + int64(float64(18*time.Minute)*g.rng.ExpFloat64()) {
		g.at(t, func(g *gen, ts int64) { notifyCarrierBlocked(g, ts) })
	}

	// The first MX-ML-01 order with the new logistic type.
	g.at(g.off(newCodeStart), func(g *gen, ts int64) {
		g.forceStuck = true
		intakeOrder(g, g.shopBy["MX-ML-01"], ts)
		g.forceStuck = false
	})

	// The quiet shop's isolated errors.
	nz := g.shopBy["NZ-SF-01"]
	for _, e := range nzErrors {
		what := e.what
		g.at(g.off(e.off), func(g *gen, ts int64) {
			switch what {
			case "bff500":
				bffLine(g, nz, ts, lvError, "GET /api/v3/products/HA-DAC-PRO 500 812.4ms", "GET", "/api/v3/products/HA-DAC-PRO", 500, 812.4,
					"FetchError", "request to http://catalog-api.harbour.svc:8080/v2/products failed, reason: socket hang up", "")
			case "bff502":
				bffLine(g, nz, ts, lvError, "POST /api/v3/cart/items 502 31.0ms", "POST", "/api/v3/cart/items", 502, 31,
					"UpstreamError", "upstream connect error or disconnect/reset before headers", "")
			case "pay":
				payLine(g, nz, ts, "CB_ORDER_NOT_FOUND")
			case "intake":
				g.begin(g.svc["order-intake"], ts, lvError, "cannot map order #NZ1187: SKU HA-TT-DECK-WAL has no ERP item")
				g.s("log.logger", "intake.mapping")
				g.s("order.id", "#NZ1187")
				g.shopFields(nz)
				g.s("sync.kind", "order")
				g.s("error.code", "SKU_MAPPING_MISSING")
				g.s("error.type", "intake.mapping.UnknownSku")
				g.s("error.message", "no ERP item for marketplace SKU HA-TT-DECK-WAL")
				g.emit()
			case "notify":
				notifyBounce(g, nz, ts, nz.buyers[0])
			}
		})
	}

	// fin-jobs' scheduler worker: memory warning, silence, restart.
	g.at(g.off(schedulerDown)-int64(90*time.Second), func(g *gen, ts int64) {
		g.begin(g.svc["fin-jobs"], ts, lvWarn, "worker memory at 94% of limit (1.88 GiB / 2 GiB)")
		g.emit()
	})
	g.at(g.off(feeOutageResume)-int64(34*time.Second), func(g *gen, ts int64) {
		g.begin(g.svc["fin-jobs"], ts, lvWarn, "scheduler worker started after restart (previous exit: OOMKilled); 2 missed run(s) of mkt-fee-pull not replayed")
		g.emit()
	})

	// The planned 3PL maintenance.
	wh := g.svc["wh-link"]
	g.at(g.off(maintAnnounce), func(g *gen, ts int64) {
		g.begin(wh, ts, lvWarn, "entering maintenance window CHG-20417 (3PL WMS upgrade) at 01:00 AEST: outbound sync paused, stock-reconcile suspended")
		g.s("event.action", "maintenance-start")
		g.emit()
	})
	g.at(g.off(maintStart), func(g *gen, ts int64) { g.inMaint = true })
	for t := g.off(maintStart) + int64(5*time.Minute); t < g.off(maintEnd); t += int64(5 * time.Minute) {
		g.at(t, func(g *gen, ts int64) {
			g.begin(wh, ts, lvWarn, "3PL in maintenance: "+strconv.Itoa(len(g.whQueued))+" shipment confirmations queued")
			g.s("sync.kind", "logistics")
			g.emit()
		})
	}
	g.at(g.off(maintEnd), func(g *gen, ts int64) {
		g.inMaint = false
		g.begin(wh, ts, lvInfo, "maintenance window CHG-20417 finished: draining "+strconv.Itoa(len(g.whQueued))+" queued shipment confirmations")
		g.s("event.action", "maintenance-end")
		g.emit()
		n := int64(len(g.whQueued))
		for i, q := range g.whQueued {
			t := ts + int64(20*time.Second) + int64(i)*int64(8*time.Minute)/max(n, 1)
			whShipmentLine(g, t, float64(t-q)/1e9+g.lognorm(95, 0.6))
		}
		g.whQueued = nil
	})

	// A Java stack frame that escaped catalog-api's JSON encoder, twice.
	for _, off := range []time.Duration{at(0, 3, 14) + 2*time.Second, at(1, 19, 2) + 40*time.Second} {
		g.at(g.off(off), func(g *gen, ts int64) {
			g.raw(ts, "\tat com.harbouraudio.catalog.compat.CompatMatrix.lookup(CompatMatrix.java:212)")
		})
	}
}
