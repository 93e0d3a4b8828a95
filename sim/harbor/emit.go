package harbor

import (
	"strconv"
	"strings"
	"time"
)

// skus are Harbour Audio's products.
var skus = []string{
	"HA-ANC700-BLK", "HA-ANC700-SLV", "HA-BUDS2-WHT", "HA-BUDS2-BLK", "HA-TWS-SPORT-RED",
	"HA-SPK-MINI-BLU", "HA-SPK-MINI-GRN", "HA-SPK-BOOM-BLK", "HA-SBAR-51", "HA-SUB-8",
	"HA-CHG-65W-GAN", "HA-CHG-30W-GAN", "HA-CBL-USBC-2M", "HA-CBL-USBC-1M", "HA-HUB-7IN1",
	"HA-DAC-PRO", "HA-AMP-DESK", "HA-MIC-POD", "HA-TT-DECK-WAL", "HA-PWR-20K",
	"HA-BNDL-DESK-SET", "HA-BNDL-TRAVEL", "HA-BNDL-HOME-51", "HA-CASE-ANC700",
}

func (g *gen) sku() string { return skus[g.rng.IntN(len(skus))] }

func (g *gen) shopFields(sh *shop) {
	g.s("shop.id", sh.id)
	g.s("shop.platform", sh.platform)
	g.s("shop.region", sh.region)
}

func (g *gen) buyerFields(sh *shop, b buyer, phone bool) {
	g.s("buyer.name", b.name)
	g.s("buyer.email", b.email)
	if phone {
		g.s("buyer.phone", b.phone)
	}
	g.s("shipping.address.street", b.street)
	g.s("shipping.address.city", b.city)
	g.s("shipping.address.postal_code", b.zip)
	g.s("shipping.address.country_code", sh.country)
}

func (g *gen) orderID(sh *shop, ts int64) string {
	g.orderSeq++
	switch sh.platform {
	case "shopee":
		return time.Unix(0, ts).UTC().Add(time.Duration(sh.off)*time.Second).Format("060102") + g.code(8)
	case "tiktok":
		return "57" + g.digits(16)
	case "coupang":
		return "3000" + g.digits(10)
	case "mercadolibre":
		return "20000" + g.digits(8)
	case "amazon":
		return g.digits(3) + "-" + g.digits(7) + "-" + g.digits(7)
	default:
		return "#" + strings.ToUpper(sh.region) + strconv.Itoa(104000+g.orderSeq)
	}
}

func (g *gen) amount(sh *shop) string {
	v := g.lognorm(120, 0.7)
	switch sh.currency {
	case "VND":
		return strconv.FormatInt(int64(v*17000)/1000*1000, 10) + " VND"
	case "KRW":
		return strconv.FormatInt(int64(v*950)/100*100, 10) + " KRW"
	case "MXN":
		return strconv.FormatFloat(v*12, 'f', 2, 64) + " MXN"
	case "GBP":
		return strconv.FormatFloat(v*0.55, 'f', 2, 64) + " GBP"
	default:
		return strconv.FormatFloat(v*1.05, 'f', 2, 64) + " " + sh.currency
	}
}

// ---- storefront-bff: the headless web shops' API (Node, nested ECS) ----

type endpoint struct {
	method, path string
	med          float64 // median latency, ms
	cart, sku    bool
}

var bffEndpoints = []endpoint{
	{"GET", "/api/v3/products/", 45, false, true},
	{"GET", "/api/v3/search", 120, false, false},
	{"GET", "/api/v3/stock/", 30, false, true},
	{"GET", "/api/v3/recommendations", 80, false, false},
	{"GET", "/api/v3/cart", 35, true, false},
	{"POST", "/api/v3/cart/items", 60, true, false},
	{"POST", "/api/v3/checkout-session", 350, true, false},
	{"GET", "/api/v3/reviews/", 40, false, true},
}

var bffWeights = []float64{0.34, 0.16, 0.12, 0.10, 0.10, 0.08, 0.04, 0.06}

func bffRequest(g *gen, sh *shop, ts int64) {
	ep := bffEndpoints[g.pick(bffWeights)]
	status, lat := 200, g.lognorm(ep.med, 0.55)
	var errType, errMsg, errCode string
	if !sh.quiet {
		switch r := g.rng.Float64(); {
		case r < 0.003:
			status, lat, errCode, errMsg = 429, g.lognorm(2, 0.3), "BFF_RATE_LIMIT", "client exceeded 20 req/s"
		case r < 0.0065:
			status, lat = 500, lat*1.5
			errType, errMsg = "FetchError", "request to http://catalog-api.harbour.svc:8080/v2/products failed, reason: socket hang up"
		case r < 0.0075:
			status, lat = 502, g.lognorm(25, 0.4)
			errType, errMsg = "UpstreamError", "upstream connect error or disconnect/reset before headers"
		case r < 0.008:
			status, lat = 504, 10000+g.lognorm(40, 0.5)
			errType, errMsg = "TimeoutError", "upstream request timeout after 10000ms"
		}
	}
	if status == 200 {
		switch {
		case ep.sku && ep.method == "GET" && g.chance(0.05):
			status = 304
		case ep.path == "/api/v3/products/" && g.chance(0.01):
			status = 404
		case ep.cart && g.chance(0.005):
			status = 401
		}
	}
	if ep.cart && !sh.quiet && g.in(ts, bffDeployAt, bffRecovered) {
		lat *= 1.3
		if status == 200 && g.chance(0.08) {
			status = 500
			errType, errMsg = "TypeError", "Cannot read properties of undefined (reading 'bundleId')"
		}
	}
	path := ep.path
	if ep.sku {
		path += g.sku()
	}
	lv := lvInfo
	switch {
	case status >= 500:
		lv = lvError
	case status == 429:
		lv = lvWarn
	}
	msg := ep.method + " " + path + " " + strconv.Itoa(status) + " " + strconv.FormatFloat(lat, 'f', 1, 64) + "ms"
	bffLine(g, sh, ts, lv, msg, ep.method, path, status, lat, errType, errMsg, errCode)
}

func bffLine(g *gen, sh *shop, ts int64, lv int, msg, method, path string, status int, lat float64, errType, errMsg, errCode string) {
	g.begin(g.svc["storefront-bff"], ts, lv, msg)
	g.s("http.request.method", method)
	g.s("url.path", path)
	g.s("url.domain", sh.domain)
	g.i("http.response.status_code", int64(status))
	g.i("event.duration", ms(lat))
	g.shopFields(sh)
	g.s("trace.id", g.hex(32))
	if errType != "" {
		g.s("error.type", errType)
	}
	if errCode != "" {
		g.s("error.code", errCode)
	}
	if errMsg != "" {
		g.s("error.message", errMsg)
	}
	g.emit()
}

// ---- catalog-api: products and prices (Java, ECS dotted keys) ----

var catalogEndpoints = []endpoint{
	{"GET", "/v2/products/", 12, false, true},
	{"POST", "/v2/products/batch", 40, false, false},
	{"GET", "/v2/prices/", 8, false, true},
	{"GET", "/v2/bundles/compat", 22, false, false},
}

var catalogWeights = []float64{0.40, 0.18, 0.17, 0.25}

var catalogLoggers = []string{
	"c.h.catalog.web.ProductController", "c.h.catalog.web.ProductController",
	"c.h.catalog.web.PriceController", "c.h.catalog.compat.CompatController",
}

const catalogStack = "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 3000ms.\n" +
	"\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)\n" +
	"\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)\n" +
	"\tat com.harbouraudio.catalog.repo.ProductRepository.findBySku(ProductRepository.java:88)"

func catalogRequest(g *gen, _ *shop, ts int64) {
	i := g.pick(catalogWeights)
	ep := catalogEndpoints[i]
	status, lat, lv := 200, g.lognorm(ep.med, 0.5), lvInfo
	var code, typ, emsg, stack string
	path := ep.path
	if ep.sku {
		path += g.sku()
	}
	if ep.path == "/v2/bundles/compat" {
		path += "?bundle=" + skus[20+g.rng.IntN(3)] + "&fw=3." + strconv.Itoa(g.rng.IntN(4))
		if g.chance(0.02) {
			status, lv = 500, lvError
			code, typ = "COMPAT_MATRIX_MISS", "com.harbouraudio.catalog.compat.CompatMatrixMissException"
			emsg = "no compatibility entry for " + path[len("/v2/bundles/compat?"):]
		}
	}
	if status == 200 {
		switch r := g.rng.Float64(); {
		case r < 0.002:
			status, lv, lat = 500, lvError, 3000+lat
			code, typ, emsg, stack = "DB_POOL_TIMEOUT", "java.sql.SQLTransientConnectionException", "HikariPool-1 - Connection is not available, request timed out after 3000ms.", catalogStack
		case r < 0.006:
			lv, lat = lvWarn, g.lognorm(1400, 0.3)
		case ep.sku && r < 0.016:
			status = 404
		}
	}
	msg := ep.method + " " + path + " -> " + strconv.Itoa(status) + " (" + strconv.Itoa(int(lat)) + " ms)"
	if lv == lvWarn {
		msg = "slow request: " + msg
	}
	g.begin(g.svc["catalog-api"], ts, lv, msg)
	g.s("log.logger", catalogLoggers[i])
	g.s("process.thread.name", "http-nio-8080-exec-"+strconv.Itoa(1+g.rng.IntN(40)))
	g.s("http.request.method", ep.method)
	g.s("url.path", path)
	g.i("http.response.status_code", int64(status))
	g.i("event.duration", ms(lat))
	g.s("trace.id", g.hex(32))
	if code != "" {
		g.s("transaction.id", g.hex(16))
		g.s("error.code", code)
		g.s("error.type", typ)
		g.s("error.message", emsg)
	}
	if stack != "" {
		g.s("error.stack_trace", stack)
	}
	g.emit()
}

// ---- mkt-listing: inventory and price pushes to marketplaces (Java, dotted) ----

func listingPath(g *gen, sh *shop, kind string) (method, path string) {
	switch sh.platform {
	case "shopee":
		if kind == "inventory" {
			return "POST", "/api/v2/product/update_stock"
		}
		return "POST", "/api/v2/product/update_price"
	case "tiktok":
		return "POST", "/product/202309/products/17" + g.digits(17) + "/" + map[string]string{"inventory": "inventory", "price": "prices"}[kind] + "/update"
	case "coupang":
		if kind == "inventory" {
			return "PUT", "/v2/providers/seller_api/apis/api/v1/marketplace/vendor-items/" + g.digits(11) + "/quantities/" + strconv.Itoa(g.rng.IntN(80))
		}
		return "PUT", "/v2/providers/seller_api/apis/api/v1/marketplace/vendor-items/" + g.digits(11) + "/prices/" + strconv.Itoa(10000+g.rng.IntN(300)*1000)
	case "mercadolibre":
		return "PUT", "/items/MLM" + g.digits(10)
	default:
		return "PATCH", "/listings/2021-08-01/items/A3HB7Q2ZK1XH0/" + g.sku()
	}
}

// rateLimitLag is VN-SP-01's extra sync lag during the rate limiting, s.
func (g *gen) rateLimitLag(ts int64) float64 {
	s, e, r := g.off(rateLimitStart), g.off(rateLimitEnd), g.off(rateLimitRecovered)
	switch {
	case ts < s || ts >= r:
		return 0
	case ts < e:
		return 900 * float64(ts-s) / float64(e-s)
	default:
		return 900 * (1 - float64(ts-e)/float64(r-e))
	}
}

func listingCall(g *gen, sh *shop, ts int64) {
	kind := "inventory"
	if g.chance(0.3) {
		kind = "price"
	}
	listingAttempt(g, sh, ts, ts, 1, kind, g.sku(), g.lognorm(24, 0.5))
}

func listingAttempt(g *gen, sh *shop, first, ts int64, attempt int, kind, sku string, lag float64) {
	p429 := 0.005
	if sh.id == "VN-SP-01" && g.in(ts, rateLimitStart, rateLimitEnd) {
		p429 = min(0.35, 0.1+0.25*float64(ts-g.off(rateLimitStart))/float64(3*minuteNs))
	}
	method, path := listingPath(g, sh, kind)
	svc := g.svc["mkt-listing"]
	status, lat := 200, g.lognorm(180, 0.45)
	r := g.rng.Float64()
	switch {
	case r < p429:
		status, lat = 429, g.lognorm(60, 0.3)
	case r < p429+0.002:
		status, lat = 503, g.lognorm(900, 0.5)
	case attempt == 1 && r < p429+0.0035:
		status = 400
	}
	begin := func(lv int, msg string) {
		g.begin(svc, ts, lv, msg)
		g.s("log.logger", "c.h.listing.push."+sh.platform+"Client")
		g.s("process.thread.name", "push-worker-"+strconv.Itoa(g.rng.IntN(8)))
		g.s("http.request.method", method)
		g.s("url.domain", sh.domain)
		g.s("url.path", path)
		g.i("http.response.status_code", int64(status))
		g.i("event.duration", ms(lat))
		g.shopFields(sh)
		g.s("sync.kind", kind)
	}
	const maxAttempts = 4
	switch status {
	case 200:
		delay := lag + float64(ts-first)/1e9 + g.rateLimitLag(ts)*(0.85+0.3*g.rng.Float64())
		if sh.id != "VN-SP-01" {
			delay = lag + float64(ts-first)/1e9
		}
		begin(lvInfo, "pushed "+kind+" for "+sku+" to "+sh.platform+" ("+sh.id+")")
		g.f("sync.delay_seconds", delay, 3)
		g.s("trace.id", g.hex(32))
		g.emit()
	case 400:
		begin(lvError, sh.platform+" rejected "+kind+" update for "+sku+": listing not found")
		g.s("error.code", "LISTING_REJECTED")
		g.s("error.message", "item does not exist or was removed by the marketplace")
		g.s("trace.id", g.hex(32))
		g.emit()
	default:
		reason, code := "throttled (HTTP 429)", "RATE_LIMITED"
		if status == 503 {
			reason, code = "unavailable (HTTP 503)", "MARKETPLACE_5XX"
		}
		if attempt >= maxAttempts {
			begin(lvError, "giving up on "+kind+" update for "+sku+" after "+strconv.Itoa(attempt)+" attempts: "+sh.platform+" "+reason)
			g.s("error.code", "RETRIES_EXHAUSTED")
			g.s("error.message", reason)
			g.s("trace.id", g.hex(32))
			g.emit()
			return
		}
		backoff := time.Duration(1<<(attempt-1)) * 2 * time.Second
		begin(lvWarn, sh.platform+" "+reason+" for "+kind+" update of "+sku+"; retry "+strconv.Itoa(attempt)+"/"+strconv.Itoa(maxAttempts-1)+" in "+backoff.String())
		g.s("error.code", code)
		g.s("trace.id", g.hex(32))
		g.emit()
		next := ts + int64(lat*1e6) + int64(backoff) + g.rng.Int64N(int64(300*time.Millisecond))
		listingAttempt(g, sh, first, next, attempt+1, kind, sku, lag)
	}
}

// ---- order-intake: orders from every shop (Python, Filebeat nested, +07:00) ----

type stuckOrder struct {
	id      string
	next    int64
	attempt int
}

func intakeOrder(g *gen, sh *shop, ts int64) {
	svc := g.svc["order-intake"]
	b := sh.buyers[g.rng.IntN(len(sh.buyers))]
	id := g.orderID(sh, ts)
	items := 1 + g.poisson(0.6)
	logger := "intake.pollers." + sh.platform
	how := "polled"
	if sh.web {
		logger, how = "intake.webhooks.shopify", "webhook orders/create"
	}
	g.begin(svc, ts, lvInfo, "received order "+id+" ("+how+", "+strconv.Itoa(items)+" items, "+g.amount(sh)+") from "+b.name+" <"+b.email+">")
	g.s("log.logger", logger)
	g.s("order.id", id)
	g.shopFields(sh)
	g.buyerFields(sh, b, sh.platform != "amazon")
	g.s("sync.kind", "order")
	g.s("trace.id", g.hex(32))
	g.emit()

	t2 := ts + ms(g.lognorm(180, 0.5))
	switch {
	case !sh.quiet && g.chance(0.007):
		sku := g.sku()
		g.begin(svc, t2, lvError, "cannot map order "+id+": SKU "+sku+" has no ERP item")
		g.s("log.logger", "intake.mapping")
		g.s("order.id", id)
		g.shopFields(sh)
		g.s("sync.kind", "order")
		g.s("error.code", "SKU_MAPPING_MISSING")
		g.s("error.type", "intake.mapping.UnknownSku")
		g.s("error.message", "no ERP item for marketplace SKU "+sku)
		g.emit()
	case sh.id == "MX-ML-01" && g.in(ts, newCodeStart, hotfixAt) && (g.forceStuck || g.chance(0.7)):
		intakeStuckLine(g, sh, t2, id, 1)
		g.stuck = append(g.stuck, stuckOrder{id: id, next: t2 + 5*minuteNs, attempt: 2})
	case g.chance(0.01):
		g.begin(svc, t2, lvWarn, "order "+id+" already ingested, skipping duplicate")
		g.s("log.logger", logger)
		g.s("order.id", id)
		g.shopFields(sh)
		g.s("sync.kind", "order")
		g.emit()
	default:
		g.begin(svc, t2, lvInfo, "order "+id+" queued for ERP ("+strconv.Itoa(items)+" lines)")
		g.s("log.logger", "intake.queue")
		g.s("order.id", id)
		g.shopFields(sh)
		g.s("sync.kind", "order")
		g.f("sync.delay_seconds", g.lognorm(35, 0.5), 1)
		g.i("event.duration", ms(g.lognorm(140, 0.4)))
		g.emit()
	}
}

func intakeStuckLine(g *gen, sh *shop, ts int64, id string, attempt int) {
	msg := "order " + id + " rejected: unsupported logistic_type 'xd_drop_off'"
	if attempt > 1 {
		msg = "order " + id + " still failing (attempt " + strconv.Itoa(attempt) + "): unsupported logistic_type 'xd_drop_off'"
	}
	g.begin(g.svc["order-intake"], ts, lvError, msg)
	g.s("log.logger", "intake.mapping.mercadolibre")
	g.s("order.id", id)
	g.shopFields(sh)
	g.s("sync.kind", "order")
	g.s("error.code", "MELI_LOGISTIC_TYPE_UNKNOWN")
	g.s("error.type", "intake.mapping.UnsupportedLogisticType")
	g.s("error.message", "logistic_type 'xd_drop_off' is not one of fulfillment, cross_docking, drop_off, self_service")
	g.emit()
}

// pollPhase is when in the minute each marketplace's poller runs.
var pollPhase = map[string]time.Duration{
	"VN-SP-01": 3 * time.Second, "VN-TT-01": 11 * time.Second, "KR-CP-01": 19 * time.Second,
	"MX-ML-01": 27 * time.Second, "UK-AZ-01": 41 * time.Second,
}

// intakePolls runs the marketplace pollers once a minute.
func intakePolls(g *gen, lo int64) {
	svc := g.svc["order-intake"]
	m := g.minuteOf(lo)
	for _, sh := range g.shops {
		ph, ok := pollPhase[sh.id]
		if !ok {
			continue
		}
		ts := lo + int64(ph) + ms(g.lognorm(40, 0.5))
		lv := lvInfo
		if sh.platform == "tiktok" {
			lv = lvDebug
		}
		if !sh.quiet && g.chance(0.004) {
			g.begin(svc, ts, lvWarn, "poll "+sh.platform+" failed: HTTP 503 from "+sh.domain+", retrying next cycle")
			g.s("log.logger", "intake.pollers."+sh.platform)
			g.shopFields(sh)
			g.s("sync.kind", "order")
			g.s("url.domain", sh.domain)
			g.i("http.response.status_code", 503)
			g.s("error.code", "PLATFORM_UNAVAILABLE")
			g.emit()
		} else {
			n := g.poisson(sh.orders * sh.curve[m])
			g.begin(svc, ts, lv, "poll "+sh.platform+" "+sh.id+": "+strconv.Itoa(n)+" new, "+strconv.Itoa(g.poisson(2*sh.curve[m]))+" updated orders")
			g.s("log.logger", "intake.pollers."+sh.platform)
			g.shopFields(sh)
			g.s("sync.kind", "order")
			g.s("url.domain", sh.domain)
			g.i("http.response.status_code", 200)
			g.i("event.duration", ms(g.lognorm(600, 0.4)))
			g.emit()
		}
		if sh.id != "MX-ML-01" || len(g.stuck) == 0 {
			continue
		}
		keep := g.stuck[:0]
		for i, o := range g.stuck {
			t := ts + int64(i+1)*ms(g.lognorm(30, 0.3))
			switch {
			case ts >= g.off(hotfixAt):
				g.begin(svc, t, lvInfo, "order "+o.id+" ingested after retry (logistic_type xd_drop_off mapped to drop_off)")
				g.s("log.logger", "intake.queue")
				g.s("order.id", o.id)
				g.shopFields(sh)
				g.s("sync.kind", "order")
				g.f("sync.delay_seconds", float64(t-o.next+5*minuteNs*int64(o.attempt-1))/1e9, 1)
				g.emit()
			case o.next <= ts:
				intakeStuckLine(g, sh, t, o.id, o.attempt)
				o.attempt++
				o.next += 5 * minuteNs
				keep = append(keep, o)
			default:
				keep = append(keep, o)
			}
		}
		g.stuck = keep
	}
}

// ---- paybridge: payment callbacks (Go, dotted keys, UTC nanoseconds) ----

var payEvents = []string{"payment.authorized", "payment.captured", "settlement.completed"}
var payEventWeights = []float64{0.4, 0.4, 0.2}

// payFailP is the chance that a callback fails at ts.
func (g *gen) payFailP(ts int64) float64 {
	if !g.in(ts, payStart, payEnd) {
		return 0.004
	}
	switch d := time.Duration(ts - g.off(payStart)); {
	case d < 4*time.Minute:
		return 0.06
	case d < 14*time.Minute:
		return 0.10
	default:
		return 0.07
	}
}

func payCallback(g *gen, sh *shop, ts int64) {
	fail := !sh.quiet && g.chance(g.payFailP(ts))
	incident := g.in(ts, payStart, payEnd)
	code := ""
	if fail {
		switch r := g.rng.Float64(); {
		case incident && r < 0.85, r < 0.3:
			code = "CB_UPSTREAM_TIMEOUT"
		case r < 0.55 || incident && r < 0.95:
			code = "CB_SIGNATURE_INVALID"
		default:
			code = "CB_ORDER_NOT_FOUND"
		}
	}
	payLine(g, sh, ts, code)
	if g.chance(0.03) {
		t := ts + ms(g.lognorm(4000, 0.6))
		g.begin(g.svc["paybridge"], t, lvInfo, "duplicate callback from "+sh.provider+" ignored (idempotency key seen)")
		g.s("sync.kind", "payment_callback")
		g.shopFields(sh)
		g.s("payment.provider", sh.provider)
		g.i("http.response.status_code", 200)
		g.s("trace.id", g.hex(32))
		g.emit()
	}
}

func payLine(g *gen, sh *shop, ts int64, code string) {
	ev := payEvents[g.pick(payEventWeights)]
	status, lat, lv := 200, g.lognorm(45, 0.5), lvInfo
	msg := "callback " + ev + " from " + sh.provider + " processed"
	var emsg string
	switch code {
	case "CB_UPSTREAM_TIMEOUT":
		status, lat, lv = 500, 5000+g.lognorm(20, 0.5), lvError
		emsg = "ledger db: acquire connection timed out after 5s"
	case "CB_SIGNATURE_INVALID":
		status, lv = 401, lvError
		emsg = "webhook signature does not match the shared secret"
	case "CB_ORDER_NOT_FOUND":
		status, lv = 404, lvError
		emsg = "no order for the callback's reference"
	}
	if code != "" {
		msg = "callback " + ev + " from " + sh.provider + " failed: " + emsg
	}
	g.begin(g.svc["paybridge"], ts, lv, msg)
	g.s("sync.kind", "payment_callback")
	g.f("sync.delay_seconds", g.lognorm(1.8, 0.6), 3)
	g.shopFields(sh)
	g.s("payment.provider", sh.provider)
	g.s("http.request.method", "POST")
	g.s("url.path", "/callbacks/"+sh.provider)
	g.i("http.response.status_code", int64(status))
	g.i("event.duration", ms(lat))
	g.s("transaction.id", g.hex(16))
	g.s("trace.id", g.hex(32))
	if code != "" {
		g.s("error.code", code)
		g.s("error.message", emsg)
	}
	g.emit()
}

// ---- erp-connector: the ERP (.NET, nested, +01:00, 7-digit fractions) ----

func (g *gen) erpErrP(ts int64) float64 {
	if g.in(ts, erpStart, erpEnd) {
		return 0.06
	}
	return 0.004
}

var erpCalls = []struct{ path, msg string }{
	{"/odata/v4/StockLevels?$filter=Warehouse eq 'SYD-3PL'", "stock snapshot fetched for warehouse SYD-3PL"},
	{"/odata/v4/PriceLists('PL-2026Q2')/Lines", "price list PL-2026Q2 checked"},
	{"/api/v1/session/keepalive", "ERP session keepalive ok"},
}

func erpPoll(g *gen, _ *shop, ts int64) {
	c := erpCalls[g.pick([]float64{0.5, 0.3, 0.2})]
	svc := g.svc["erp-connector"]
	lat := g.lognorm(220, 0.4)
	if g.chance(g.erpErrP(ts)) {
		erpError(g, ts, "GET", c.path, nil)
		return
	}
	lv, msg := lvInfo, c.msg
	if g.chance(0.01) {
		lat = g.lognorm(2800, 0.2)
		lv, msg = lvWarn, "ERP response slow ("+strconv.FormatFloat(lat/1000, 'f', 1, 64)+" s) for "+c.path
	}
	g.begin(svc, ts, lv, msg)
	g.s("url.domain", "erp.harbour.internal")
	g.s("url.path", c.path)
	g.s("http.request.method", "GET")
	g.i("http.response.status_code", 200)
	g.i("event.duration", ms(lat))
	g.emit()
}

func erpError(g *gen, ts int64, method, path string, sh *shop) {
	code, status, emsg := "ERP_HTTP_503", 503, "ERP gateway returned 503 Service Unavailable"
	lat := g.lognorm(300, 0.4)
	if g.chance(0.3) {
		code, status, emsg, lat = "ERP_TIMEOUT", 504, "ERP request timed out after 30 s", 30000
	}
	g.begin(g.svc["erp-connector"], ts, lvError, emsg+" ("+method+" "+path+")")
	g.s("url.domain", "erp.harbour.internal")
	g.s("url.path", path)
	g.s("http.request.method", method)
	g.i("http.response.status_code", int64(status))
	g.i("event.duration", ms(lat))
	if sh != nil {
		g.shopFields(sh)
		g.s("sync.kind", "order")
	}
	g.s("error.code", code)
	g.s("error.message", emsg)
	g.emit()
}

func erpOrder(g *gen, _ *shop, ts int64) {
	sh := g.shopNow(ts, true)
	svc := g.svc["erp-connector"]
	id := g.orderID(sh, ts)
	if !sh.quiet && g.chance(g.erpErrP(ts)) {
		if !g.in(ts, erpStart, erpEnd) && g.chance(0.5) {
			g.begin(svc, ts, lvError, "ERP rejected sales order for "+id+": tax code missing for "+g.sku())
			g.s("url.domain", "erp.harbour.internal")
			g.s("url.path", "/odata/v4/SalesOrders")
			g.s("http.request.method", "POST")
			g.i("http.response.status_code", 422)
			g.shopFields(sh)
			g.s("sync.kind", "order")
			g.s("error.code", "ERP_VALIDATION_FAILED")
			g.s("error.message", "TaxCode is required")
			g.emit()
			return
		}
		erpError(g, ts, "POST", "/odata/v4/SalesOrders", sh)
		return
	}
	g.begin(svc, ts, lvInfo, "sales order SO-26"+g.digits(6)+" created for "+sh.platform+" order "+id)
	g.s("url.domain", "erp.harbour.internal")
	g.s("url.path", "/odata/v4/SalesOrders")
	g.s("http.request.method", "POST")
	g.i("http.response.status_code", 201)
	g.i("event.duration", ms(g.lognorm(340, 0.4)))
	g.shopFields(sh)
	g.s("sync.kind", "order")
	g.f("sync.delay_seconds", g.lognorm(12, 0.5), 2)
	g.emit()
}

// ---- wh-link: the 3PL warehouse (nested, +10:00) ----

var carriers = map[string]string{"au": "auspost", "uk": "royal-mail", "nz": "nzpost", "vn": "ghn", "kr": "cj-logistics", "mx": "estafeta"}

func whShipment(g *gen, _ *shop, ts int64) {
	if g.inMaint {
		g.whQueued = append(g.whQueued, ts)
		return
	}
	whShipmentLine(g, ts, min(g.lognorm(95, 0.6), 900))
}

func whShipmentLine(g *gen, ts int64, delay float64) {
	sh := g.shopNow(ts, true)
	svc := g.svc["wh-link"]
	if !sh.quiet && g.chance(0.005) {
		g.begin(svc, ts, lvError, "3PL API timeout fetching shipment confirmations")
		g.s("url.domain", "api.fulfilwell.com.au")
		g.s("url.path", "/v2/shipments/confirmed")
		g.i("http.response.status_code", 504)
		g.s("sync.kind", "logistics")
		g.s("error.code", "TPL_TIMEOUT")
		g.s("error.message", "context deadline exceeded after 15s")
		g.emit()
		return
	}
	b := sh.buyers[g.rng.IntN(len(sh.buyers))]
	id := g.orderID(sh, ts)
	carrier := carriers[sh.region]
	g.begin(svc, ts, lvInfo, "shipment confirmed for order "+id+": "+carrier+" "+strings.ToUpper(g.code(4))+g.digits(9))
	g.s("order.id", id)
	g.shopFields(sh)
	g.buyerFields(sh, b, false)
	g.s("sync.kind", "logistics")
	g.i("sync.delay_seconds", int64(delay))
	g.s("url.domain", "api.fulfilwell.com.au")
	g.s("trace.id", g.hex(32))
	g.emit()
}

func whTracking(g *gen, _ *shop, ts int64) {
	svc := g.svc["wh-link"]
	if g.inMaint {
		g.begin(svc, ts, lvError, "3PL API unavailable (HTTP 503): scheduled maintenance")
		g.s("url.domain", "api.fulfilwell.com.au")
		g.s("url.path", "/v2/tracking/events")
		g.i("http.response.status_code", 503)
		g.s("sync.kind", "logistics")
		g.s("error.code", "TPL_MAINTENANCE")
		g.emit()
		return
	}
	c := []string{"auspost", "royal-mail", "ghn", "cj-logistics", "estafeta", "nzpost"}[g.rng.IntN(6)]
	g.begin(svc, ts, lvInfo, "tracking batch: "+strconv.Itoa(1+g.poisson(12))+" events from "+c)
	g.s("url.domain", "api.fulfilwell.com.au")
	g.s("url.path", "/v2/tracking/events")
	g.i("http.response.status_code", 200)
	g.i("event.duration", ms(g.lognorm(260, 0.4)))
	g.s("sync.kind", "logistics")
	g.i("sync.delay_seconds", int64(g.lognorm(240, 0.5)))
	g.emit()
}

// ---- notify-relay: e-mails and SMS (dotted, +09:00, Title-case levels) ----

func notifySend(g *gen, _ *shop, ts int64) {
	sh := g.shopNow(ts, true)
	svc := g.svc["notify-relay"]
	b := sh.buyers[g.rng.IntN(len(sh.buyers))]
	sms := g.chance(0.2)
	switch r := g.rng.Float64(); {
	case !sh.quiet && !sms && r < 0.0025:
		notifyBounce(g, sh, ts, b)
	case !sh.quiet && !sms && r < 0.0125:
		g.begin(svc, ts, lvWarn, "SMTP 421 from mx for "+b.email+": temporarily deferred, retry in 60s")
		g.shopFields(sh)
		g.s("event.action", "email-deferred")
		g.emit()
	case sms:
		g.begin(svc, ts, lvInfo, "shipping SMS sent to "+b.phone)
		g.shopFields(sh)
		g.s("event.action", "sms-sent")
		g.i("event.duration", ms(g.lognorm(320, 0.4)))
		g.emit()
	default:
		g.begin(svc, ts, lvInfo, "order confirmation e-mail sent to "+b.email)
		g.shopFields(sh)
		g.s("event.action", "email-sent")
		g.i("event.duration", ms(g.lognorm(110, 0.4)))
		g.emit()
	}
}

func notifyBounce(g *gen, sh *shop, ts int64, b buyer) {
	g.begin(g.svc["notify-relay"], ts, lvError, "hard bounce for "+b.email+": 550 5.1.1 mailbox unavailable")
	g.shopFields(sh)
	g.s("event.action", "email-bounced")
	g.s("error.code", "EMAIL_HARD_BOUNCE")
	g.s("error.message", "550 5.1.1 mailbox unavailable")
	g.emit()
}

func notifyCarrierBlocked(g *gen, ts int64) {
	sh := g.shopNow(ts, false)
	b := sh.buyers[g.rng.IntN(len(sh.buyers))]
	g.begin(g.svc["notify-relay"], ts, lvError, "SMS to "+b.phone+" blocked by carrier (content filter 30007)")
	g.shopFields(sh)
	g.s("event.action", "sms-failed")
	g.s("error.code", "SMS_CARRIER_BLOCKED")
	g.s("error.message", "carrier violation: message filtered")
	g.emit()
}
