package harbor

import (
	"time"
)

// at is an offset from the start of the span: day 0 is the start's day.
func at(day, h, m int) time.Duration {
	return time.Duration(day)*24*time.Hour + time.Duration(h)*time.Hour + time.Duration(m)*time.Minute
}

// The script: offsets from Config.Start, laid out for a Monday 00:00 UTC
// start. Local times in the comments are for the default start (late
// April 2026: London BST +01:00, Sydney AEST +10:00, Auckland +12:00,
// Mexico City -06:00, Ho Chi Minh City +07:00, Seoul +09:00).
var (
	// mkt-listing 5.8.1 -> 5.9.0, a deploy that changes nothing.
	listingDeployAt = at(0, 10, 15) + 21*time.Second
	// notify-relay starts logging SMS_CARRIER_BLOCKED, about twice an
	// hour, from here to the end (Ho Chi Minh 19:10, Seoul 21:10).
	benignCodeFirst = at(0, 12, 10) + 17*time.Second
	// Shopee VN rate-limits mkt-listing's inventory pushes for VN-SP-01;
	// the inventory sync lag climbs, then drains after the 429s stop.
	rateLimitStart, rateLimitEnd, rateLimitRecovered = at(0, 15, 5), at(0, 15, 30), at(0, 15, 36)
	// fin-jobs' scheduler worker dies after 05:00 and comes back at 07:26:
	// mkt-fee-pull misses its 05:27 and 06:27 runs.
	schedulerDown, feeOutageFirst, feeOutageResume = at(1, 5, 12) + 44*time.Second, at(1, 5, 27), at(1, 7, 27)
	feeResumeRun                                   = 14 * time.Second
	// catalog-api 2.31.0 -> 2.32.0 and its weekly reindex (Tuesday 04:05 UTC).
	catalogDeployAt = at(1, 5, 50) + 8*time.Second
	// paybridge: the ledger database's connection pool saturates, payment
	// callbacks fail 6-10 % instead of 0.4 %.
	payStart, payEnd = at(1, 7, 40), at(1, 8, 0)
	// Flash sale on harbouraudio.com.au (AU-SF-01), 19:00-21:00 Sydney:
	// traffic x3 for that shop, error ratios unchanged.
	saleStart, saleEnd = at(1, 9, 0), at(1, 11, 0)
	// storefront-bff 4.19.0 breaks the cart for bundle products; rollback to
	// 4.18.2 42 minutes later (Ho Chi Minh 19:40, Sydney 22:40).
	bffDeployAt   = at(1, 12, 40) + 12*time.Second
	bffRollbackAt = at(1, 13, 22) + 5*time.Second
	bffRecovered  = bffRollbackAt + time.Minute
	// Planned 3PL WMS upgrade (CHG-20417), 01:00-03:00 Sydney: wh-link's
	// outbound sync pauses, stock-reconcile does not run.
	maintAnnounce, maintStart, maintEnd = at(1, 14, 58), at(1, 15, 0), at(1, 17, 0)
	maintQuietStart, maintQuietEnd      = at(1, 14, 55), at(1, 17, 20)
	// price-push: the Amazon SP-API refresh token is revoked; five runs in a
	// row fail (18:51 .. 20:11), 20:31 succeeds with a new token.
	pricePushFailFirst = at(1, 18, 51)
	pricePushFailRuns  = 5
	pricePushRecover   = at(1, 20, 31)
	pricePushRecRun    = 47 * time.Second
	// order-intake: Mercado Libre starts sending logistic_type
	// "xd_drop_off"; MX-ML-01 orders fail with a code never seen before,
	// retried every 5 minutes, until the hotfix 3.8.1 at 22:25.
	newCodeStart, hotfixAt = at(1, 21, 40), at(1, 22, 25) + 3*time.Second
	newCodeEnd             = hotfixAt + 50*time.Second
	// erp-ledger-export waits 43 minutes on a table lock (usually ~3 min).
	ledgerSlowSlot = at(2, 1, 52)
	ledgerSlowRun  = 43*time.Minute + 10*time.Second
	// paybridge 1.42.0 -> 1.43.0, a deploy that changes nothing.
	payDeployAt = at(2, 4, 15) + 40*time.Second
	// erp-connector (~30 lines/min): the ERP gateway answers 503 to 6 % of
	// calls instead of 0.4 %.
	erpStart, erpEnd = at(2, 6, 10), at(2, 6, 40)

	// scriptedRunJitter is the start delay of the runs the truth's times
	// depend on (other runs start 0.2-4 s after their slot).
	scriptedRunJitter = 2 * time.Second
)

// nzErrors are the quiet shop's isolated errors: where and when.
var nzErrors = []struct {
	off  time.Duration
	what string // bff500, bff502, pay, intake, notify
}{
	{at(0, 6, 2) + 50*time.Second, "notify"},
	{at(0, 21, 14) + 23*time.Second, "bff500"},
	{at(1, 2, 48) + 5*time.Second, "pay"},
	{at(1, 22, 55) + 41*time.Second, "intake"},
	{at(2, 3, 20) + 9*time.Second, "bff502"},
}

// noisyFailures are isolated failed job runs: ordinary noise, one each.
var noisyFailures = []struct {
	job string
	off time.Duration
}{
	{"price-push", at(0, 7, 31)},
	{"price-push", at(2, 8, 11)},
	{"stock-reconcile", at(2, 10, 3)},
}

// truth builds the ground truth of a span. Periods starting at or after
// the span's end are left out; the others end at the latest at its end.
func buildTruth(start time.Time, dur time.Duration) Truth {
	end := start.Add(dur)
	t0 := start.UTC()
	tm := func(d time.Duration) time.Time { return t0.Add(d) }
	clip := func(t time.Time) time.Time {
		if t.After(end) {
			return end.UTC()
		}
		return t
	}
	var tr Truth
	inc := func(id string, s, e time.Time, labels map[string]string, desc string) {
		if !s.Before(end) {
			return
		}
		tr.Incidents = append(tr.Incidents, Incident{ID: id, Start: s, End: clip(e), Labels: labels, Description: desc})
	}
	quiet := func(id string, s, e time.Time, labels map[string]string, desc string) {
		if !s.Before(end) {
			return
		}
		tr.Quiet = append(tr.Quiet, Quiet{ID: id, Start: s, End: clip(e), Labels: labels, Description: desc})
	}

	// Incidents, in time order.
	inc("shopee-vn-rate-limit", tm(rateLimitStart), tm(rateLimitRecovered),
		map[string]string{"service.name": "mkt-listing", "shop.id": "VN-SP-01"},
		"Shopee answers 429 to about a third of mkt-listing's calls for VN-SP-01 (0.5 % normally) for 25 minutes; retries pile up and the shop's inventory sync lag climbs from ~25 s to ~15 min, draining by 15:36 UTC")
	inc("fee-pull-missed-runs", tm(feeOutageFirst), tm(feeOutageResume+scriptedRunJitter+feeResumeRun),
		map[string]string{"job.name": "mkt-fee-pull"},
		"fin-jobs' scheduler worker is OOM-killed: the hourly mkt-fee-pull (at :27) misses its 05:27 and 06:27 UTC runs; the 07:27 run succeeds")
	inc("paybridge-callback-failures", tm(payStart), tm(payEnd),
		map[string]string{"service.name": "paybridge", "sync.kind": "payment_callback"},
		"paybridge's ledger connection pool saturates: 6-10 % of payment callbacks fail with CB_UPSTREAM_TIMEOUT (0.4 % normally) for 20 minutes")
	inc("storefront-bff-deploy-regression", tm(bffDeployAt), tm(bffRecovered),
		map[string]string{"service.name": "storefront-bff"},
		"storefront-bff 4.19.0 breaks cart and checkout requests for bundle products: the service's error ratio goes from ~0.5 % to ~2 % until the rollback to 4.18.2 at 13:22 UTC (Asia-Pacific evening peak)")
	inc("price-push-failing", tm(pricePushFailFirst), tm(pricePushRecover+scriptedRunJitter+pricePushRecRun),
		map[string]string{"job.name": "price-push"},
		"price-push (every 20 min at :11/:31/:51) fails five times in a row: the Amazon SP-API refresh token was revoked (SPAPI_LWA_TOKEN_EXPIRED); the 20:31 UTC run succeeds")
	inc("order-intake-new-error-code", tm(newCodeStart), tm(newCodeEnd),
		map[string]string{"service.name": "order-intake"},
		"Mercado Libre sends a new logistic_type; MX-ML-01 orders fail with MELI_LOGISTIC_TYPE_UNKNOWN, a code never logged before, retried every 5 minutes, until the hotfix deploy order-intake 3.8.1 at 22:25 UTC")
	inc("erp-ledger-export-slow", tm(ledgerSlowSlot+scriptedRunJitter), tm(ledgerSlowSlot+scriptedRunJitter+ledgerSlowRun),
		map[string]string{"job.name": "erp-ledger-export"},
		"erp-ledger-export (every 2 h at :52, ~3 minutes) waits on a table lock and takes 43 minutes")
	inc("erp-connector-error-ratio", tm(erpStart), tm(erpEnd),
		map[string]string{"service.name": "erp-connector"},
		"the ERP gateway answers 503 to ~6 % of erp-connector's calls (0.4 % normally) for 30 minutes; erp-connector logs ~30 lines a minute")

	// Traps, in time order.
	quiet("quiet-shop-nz-sf-01", tm(0), end.UTC(),
		map[string]string{"shop.id": "NZ-SF-01"},
		"harbouraudio.co.nz logs a line or two a minute and five isolated errors over the span, each hours apart")
	quiet("steady-compat-endpoint-catalog-api", tm(0), end.UTC(),
		map[string]string{"service.name": "catalog-api"},
		"catalog-api's GET /v2/bundles/compat fails 2 % of the time, all the time (COMPAT_MATRIX_MISS); the weekly reindex and a benign deploy (Tuesday 05:50 UTC) happen too")
	quiet("daily-peak-apac-evening", tm(at(0, 10, 0)), tm(at(0, 13, 0)),
		map[string]string{},
		"Vietnam, Korea and Australia evening peak, the first one the stream shows (17:00-20:00 Ho Chi Minh, 19:00-22:00 Seoul, 20:00-23:00 Sydney)")
	quiet("benign-deploy-mkt-listing", tm(listingDeployAt), tm(listingDeployAt+time.Hour),
		map[string]string{"service.name": "mkt-listing"},
		"mkt-listing 5.8.1 -> 5.9.0: pods roll, nothing changes")
	quiet("benign-error-code-notify-relay", tm(benignCodeFirst), end.UTC(),
		map[string]string{"service.name": "notify-relay"},
		"notify-relay logs SMS_CARRIER_BLOCKED about twice an hour from 12:10 UTC, first in the middle of the APAC evening peak")
	quiet("night-lull-apac", tm(at(0, 17, 30)), tm(at(0, 22, 0)),
		map[string]string{},
		"Asia-Pacific night: the Vietnamese, Korean and Australian shops fall to about a quarter of their evening peak, the store's total to about 60 % of the APAC peak, while the UK evening and the Mexican afternoon go on")
	quiet("daily-peak-mexico-evening", tm(at(1, 0, 30)), tm(at(1, 3, 30)),
		map[string]string{},
		"Mexico City evening peak with Sydney and Seoul late mornings")
	quiet("flash-sale-au-sf-01", tm(saleStart), tm(saleEnd+30*time.Minute),
		map[string]string{},
		"flash sale on harbouraudio.com.au, 19:00-21:00 Sydney: the shop's traffic, orders and payment callbacks x3, error ratios and latencies unchanged, back to normal by 21:08")
	quiet("planned-maintenance-wh-link", tm(maintQuietStart), tm(maintQuietEnd),
		map[string]string{},
		"planned 3PL WMS upgrade CHG-20417 (01:00-03:00 Sydney) under an operator silence: wh-link's 3PL calls fail with 503, stock-reconcile skips its runs, the queued shipment confirmations arrive late after 17:00 UTC")
	quiet("benign-deploy-paybridge", tm(payDeployAt), tm(payDeployAt+time.Hour),
		map[string]string{"service.name": "paybridge"},
		"paybridge 1.42.0 -> 1.43.0: pods roll, nothing changes")

	if tm(maintQuietStart).Before(end) {
		for _, m := range []string{"service.name=wh-link", "job.name=stock-reconcile"} {
			tr.Silences = append(tr.Silences, Silence{
				Matchers:  []string{m},
				StartsAt:  tm(maintQuietStart),
				EndsAt:    clip(tm(maintQuietEnd)),
				Comment:   "CHG-20417 planned 3PL WMS upgrade, 01:00-03:00 AEST",
				CreatedBy: "ops-oncall@harbouraudio.example",
			})
		}
	}
	return tr
}
