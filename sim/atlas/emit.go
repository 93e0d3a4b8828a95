package atlas

import (
	"math"
	"strconv"
	"time"
)

// Stream kinds.
const (
	kindInventory = iota + 1
	kindPrice
	kindSteady
)

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

// quota spreads an incident's extra failures systematically over the lines
// it touches, so that the ratio in a short window is the intended one
// rather than a small-sample draw; the ordinary failures stay Bernoulli.
type quota struct{ acc float64 }

func (q *quota) take(p float64) bool {
	q.acc += p
	if q.acc >= 1 {
		q.acc--
		return true
	}
	return false
}

func (g *gen) lognorm(median, sigma float64) float64 {
	return median * math.Exp(sigma*g.rng.NormFloat64())
}

// latency returns a request duration in ns, log-normal around medianMs.
func (g *gen) latency(medianMs, sigma float64) int64 {
	return int64(g.lognorm(medianMs, sigma) * float64(time.Millisecond))
}

func (g *gen) hex(n int) string {
	b := make([]byte, n)
	for i := 0; i < n; i += 16 {
		v := g.rng.Uint64()
		for j := i; j < n && j < i+16; j++ {
			b[j] = "0123456789abcdef"[v&0xf]
			v >>= 4
		}
	}
	return string(b)
}

func (g *gen) traced(r *rec) {
	r.trace = g.hex(32)
	r.txn = g.hex(16)
}

func (g *gen) newOrderID() string {
	g.orderSeq++
	return "ATL" + strconv.FormatInt(2603000000+g.orderSeq*7+int64(g.rng.IntN(7)), 10)
}

func (g *gen) recentOrderID() string {
	back := int64(g.rng.IntN(3000))
	return "ATL" + strconv.FormatInt(2603000000+max(g.orderSeq-back, 0)*7, 10)
}

var medianAmount = map[string]float64{
	"SGD": 48, "IDR": 385000, "BRL": 190, "THB": 1250, "PHP": 1900, "MYR": 150, "JPY": 5600, "EUR": 58,
}

func (g *gen) order(r *rec, sh *shop) {
	r.currency = sh.currency
	a := g.lognorm(medianAmount[sh.currency], 0.6)
	r.amount = math.Round(a*100) / 100
}

func pick[T any](g *gen, xs []T) T { return xs[g.rng.IntN(len(xs))] }

func fmtAmount(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

func secs(d float64) string { return strconv.FormatFloat(d, 'f', 1, 64) + "s" }

// failure is a kind of error a service logs.
type failure struct {
	code, typ, msg string
	status         int
}

func (g *gen) fail(r *rec, f failure) {
	r.level = lvError
	r.errCode, r.errType, r.errMsg = f.code, f.typ, f.msg
	if f.status != 0 {
		r.status = f.status
	}
}

// ---- oms-core (Java): orders ----------------------------------------------

var omsFailures = []failure{
	{"OMS-DB-TIMEOUT", "java.sql.SQLTransientConnectionException", "HikariPool-1 - Connection is not available, request timed out after 30000ms.", 500},
	{"OMS-DB-TIMEOUT", "java.sql.SQLTransientConnectionException", "HikariPool-1 - Connection is not available, request timed out after 30000ms.", 500},
	{"OMS-LOCK-CONFLICT", "jakarta.persistence.OptimisticLockException", "Row was updated or deleted by another transaction", 409},
	{"OMS-LOCK-CONFLICT", "jakarta.persistence.OptimisticLockException", "Row was updated or deleted by another transaction", 409},
	{"OMS-ERP-RESERVE", "com.atlashome.oms.erp.ErpReservationException", "stock reservation rejected by ERP: upstream 502", 502},
	{"OMS-INTERNAL", "java.lang.NullPointerException", "Cannot invoke \"com.atlashome.oms.model.Address.getCountryCode()\" because \"shipTo\" is null", 500},
}

var omsInternal = omsFailures[len(omsFailures)-1]

var orderStates = [][2]string{{"PAID", "READY_TO_SHIP"}, {"READY_TO_SHIP", "SHIPPED"}, {"SHIPPED", "DELIVERED"}, {"UNPAID", "PAID"}, {"PAID", "CANCELLED"}}

func emitOMS(g *gen, st *stream, r *rec) {
	sh := st.shop
	r.logger = st.svc.loggers[0]
	g.traced(r)
	regress := g.p.deployBad.has(r.ts)
	base := g.chance(st.svc.errP)
	extra := regress && g.qOMS.take(2*st.svc.errP) // x3 after the bad deploy
	if base || extra {
		f := pick(g, omsFailures)
		if !base {
			f = omsInternal
		}
		r.method, r.path = "POST", "/api/v2/orders"
		if g.chance(0.4) {
			r.method, r.path = "PATCH", "/api/v2/orders/{orderId}/status"
		}
		r.orderID = g.recentOrderID()
		r.dur = g.latency(900, 0.9)
		r.hasDur = true
		r.action = "order-request"
		g.fail(r, f)
		r.msg = r.method + " " + r.path + " failed for order " + r.orderID + " (" + sh.id + "): " + f.msg
		return
	}
	x := g.rng.Float64()
	switch {
	case x < 0.38:
		r.action = "order-created"
		r.method, r.path, r.status = "POST", "/api/v2/orders", 201
		r.orderID = g.newOrderID()
		g.order(r, sh)
		r.buyer, r.withAddr = g.buyerFor(sh), true
		r.dur, r.hasDur = g.latency(85, 0.5), true
		items := 1 + g.rng.IntN(4)
		r.msg = "Order " + r.orderID + " created on " + sh.platform + " " + sh.id + " (" + strconv.Itoa(items) + " items, " + sh.currency + " " + fmtAmount(r.amount) + ")"
		if g.chance(0.2) {
			r.msg += " for " + r.buyer.name + " <" + r.buyer.email + ">"
		}
	case x < 0.55:
		r.logger = st.svc.loggers[1]
		r.action = "order-imported"
		r.orderID = g.newOrderID()
		r.syncKind = "order"
		r.delay, r.hasDelay = g.lognorm(14, 0.55), true
		r.dur, r.hasDur = g.latency(140, 0.5), true
		r.msg = "Imported order " + r.orderID + " from " + sh.platform + " " + sh.id + " (lag " + secs(r.delay) + ")"
	case x < 0.79:
		r.action = "order-status-changed"
		r.method, r.path, r.status = "PATCH", "/api/v2/orders/{orderId}/status", 200
		r.orderID = g.recentOrderID()
		r.dur, r.hasDur = g.latency(45, 0.5), true
		s := pick(g, orderStates)
		r.msg = "Order " + r.orderID + " status " + s[0] + " -> " + s[1]
	case x < 0.985:
		r.action = "order-read"
		r.method, r.path, r.status = "GET", "/api/v2/orders/{orderId}", 200
		r.orderID = g.recentOrderID()
		r.dur, r.hasDur = g.latency(18, 0.6), true
		r.msg = "GET /api/v2/orders/" + r.orderID + " 200"
	default:
		r.logger = st.svc.loggers[2]
		r.level = lvWarn
		r.action = "slow-query"
		ms := 1200 + g.rng.IntN(2600)
		r.dur, r.hasDur = int64(ms)*int64(time.Millisecond), true
		r.msg = "Slow query on orders_by_shop (shop_id=" + sh.id + ") took " + strconv.Itoa(ms) + " ms"
	}
}

// ---- stock-bridge (Java): inventory and price pushes ------------------------

var stockPaths = map[string][2]string{ // platform -> inventory, price
	"shopee":  {"/api/v2/product/update_stock", "/api/v2/product/update_price"},
	"lazada":  {"/product/stock/sellable/update", "/product/price_quantity/update"},
	"tiktok":  {"/product/202309/products/inventory/update", "/product/202309/products/prices/update"},
	"amazon":  {"/listings/2021-08-01/items", "/listings/2021-08-01/items"},
	"shopify": {"/admin/api/2025-01/inventory_levels/set.json", "/admin/api/2025-01/variants.json"},
}

var stockFailures = []failure{
	{"STOCK-PUSH-FAILED", "com.atlashome.stock.MarketplaceException", "marketplace returned 500 for stock update", 500},
	{"STOCK-PUSH-FAILED", "com.atlashome.stock.MarketplaceException", "marketplace returned 503 for stock update", 503},
	{"STOCK-SKU-UNMAPPED", "com.atlashome.stock.MappingException", "no marketplace listing mapped for SKU", 422},
}

func emitStock(g *gen, st *stream, r *rec) {
	sh := st.shop
	paths := stockPaths[sh.platform]
	sku := "AH-" + strconv.Itoa(10000+g.rng.IntN(2400))
	r.domain = sh.domain
	r.method = "POST"
	if sh.platform == "amazon" {
		r.method = "PATCH"
	}
	g.traced(r)
	if st.kind == kindInventory {
		r.logger = st.svc.loggers[0]
		r.syncKind, r.path = "inventory", paths[0]
		r.delay = g.lognorm(7.5, 0.5)
	} else {
		r.logger = st.svc.loggers[1]
		r.syncKind, r.path = "price", paths[1]
		r.delay = g.lognorm(12, 0.5)
	}
	r.hasDelay = true
	r.action = "sync-push"
	r.dur, r.hasDur = g.latency(220, 0.6), true
	if g.chance(st.svc.errP) {
		f := pick(g, stockFailures)
		g.fail(r, f)
		r.msg = r.syncKind + " push for " + sku + " to " + sh.id + " failed: " + f.msg
		return
	}
	if g.chance(0.003) {
		r.level, r.status, r.errCode = lvWarn, 429, "RATE_LIMITED"
		r.msg = r.syncKind + " push for " + sku + " to " + sh.id + " throttled (429), retrying in 2s"
		return
	}
	r.status = 200
	if st.kind == kindInventory && g.p.drift.has(r.ts) {
		// A consumer falls behind: the lag grows about twentyfold over
		// 40 minutes, then the backlog clears at once.
		r.delay *= 1 + 20*g.p.drift.frac(r.ts)
	} else if g.chance(0.004) {
		r.delay = 45 + 105*g.rng.Float64() // an ordinary slow sync
	}
	qty := g.rng.IntN(240)
	if r.delay > 90 {
		r.level = lvWarn
		r.msg = r.syncKind + " sync lagging: " + sku + " on " + sh.id + " applied " + secs(r.delay) + " after the change"
		return
	}
	if st.kind == kindInventory {
		r.msg = "inventory pushed: " + sku + " qty=" + strconv.Itoa(qty) + " to " + sh.platform + " " + sh.id
	} else {
		r.msg = "price pushed: " + sku + " " + sh.currency + " " + fmtAmount(g.lognorm(medianAmount[sh.currency]/2, 0.4)) + " to " + sh.platform + " " + sh.id
	}
}

// ---- pay-notify (Python): payment callbacks ---------------------------------

var payFailures = []failure{
	{"PAY_VERIFY_TIMEOUT", "httpx.ReadTimeout", "payment verification call timed out after 10s", 504},
	{"PAY_VERIFY_TIMEOUT", "httpx.ReadTimeout", "payment verification call timed out after 10s", 504},
	{"SIGNATURE_MISMATCH", "pay_notify.errors.SignatureError", "callback signature does not match the shop secret", 401},
	{"ORDER_STATE_CONFLICT", "pay_notify.errors.StateConflict", "order already cancelled, refund queued", 409},
}

func emitPay(g *gen, st *stream, r *rec) {
	sh := st.shop
	r.logger = st.svc.loggers[0]
	r.action = "payment-callback"
	r.method, r.path, r.domain = "POST", "/v1/callbacks/"+sh.platform, "pay-notify.atlashome.io"
	r.syncKind = "payment_callback"
	r.delay, r.hasDelay = g.lognorm(2.5, 0.6), true
	r.dur, r.hasDur = g.latency(60, 0.5), true
	r.orderID = g.recentOrderID()
	g.order(r, sh)
	g.traced(r)
	r.buyer = g.buyerFor(sh)
	spike := sh.platform == payPlatform && g.p.paySpike.has(r.ts)
	base := g.chance(st.svc.errP)
	extra := spike && g.qPay.take(0.085-st.svc.errP)
	if base || extra {
		f := pick(g, payFailures)
		if !base {
			f = payFailures[0]
			r.dur = g.latency(10000, 0.05)
		}
		g.fail(r, f)
		r.msg = "payment callback failed for " + r.orderID + " (" + sh.id + "): " + f.msg
		return
	}
	if g.chance(0.01) {
		r.level, r.status = lvWarn, 200
		r.msg = "duplicate payment callback for " + r.orderID + " ignored"
		return
	}
	r.status = 200
	r.msg = "payment callback accepted: " + r.orderID + " PAID " + sh.currency + " " + fmtAmount(r.amount) + " (" + sh.platform + " " + sh.id + ")"
}

// ---- erp-adapter (Java): ERP OData calls ------------------------------------

var erpCalls = []struct{ method, path, what string }{
	{"POST", "/sap/opu/odata/sap/ZSD_SALESORDER_SRV/SalesOrders", "sales order posted"},
	{"POST", "/sap/opu/odata/sap/ZSD_SALESORDER_SRV/SalesOrders", "sales order posted"},
	{"GET", "/sap/opu/odata/sap/ZMM_STOCK_SRV/Stock", "stock snapshot read"},
	{"GET", "/sap/opu/odata/sap/ZMM_STOCK_SRV/Stock", "stock snapshot read"},
	{"POST", "/sap/opu/odata/sap/ZFI_INVOICE_SRV/Invoices", "invoice posted"},
}

var erpFailures = []failure{
	{"ERP-TIMEOUT", "java.net.SocketTimeoutException", "Read timed out", 504},
	{"ERP-LOCKED", "com.atlashome.erp.odata.ODataException", "document locked by user BATCH_FI", 423},
}

func emitERP(g *gen, st *stream, r *rec) {
	r.logger = st.svc.loggers[0]
	c := pick(g, erpCalls)
	r.action = "erp-call"
	r.method, r.path, r.domain = c.method, c.path, "erp.atlashome.internal"
	r.dur, r.hasDur = g.latency(340, 0.5), true
	g.traced(r)
	if g.chance(st.svc.errP) {
		f := pick(g, erpFailures)
		g.fail(r, f)
		r.msg = c.method + " " + c.path + " failed: " + f.msg
		return
	}
	r.status = 200
	if c.method == "POST" {
		r.status = 201
		r.orderID = g.recentOrderID()
		r.msg = c.what + " for " + r.orderID + " in " + strconv.Itoa(int(r.dur/int64(time.Millisecond))) + " ms"
		return
	}
	r.msg = c.what + ": " + strconv.Itoa(200+g.rng.IntN(900)) + " rows in " + strconv.Itoa(int(r.dur/int64(time.Millisecond))) + " ms"
}

// ---- wms-bridge (Filebeat): warehouse ---------------------------------------

var carriers = map[string][]string{
	"SG": {"Ninja Van", "SPX Express"}, "ID": {"J&T Express", "SiCepat"}, "TH": {"Flash Express", "Kerry Express"},
	"PH": {"LBC Express", "J&T Express"}, "MY": {"Pos Laju", "J&T Express"}, "JP": {"Yamato Transport", "Sagawa Express"},
	"DE": {"DHL Paket", "Hermes"}, "BR": {"Correios", "Jadlog"},
}

var wmsFailures = []failure{
	{"WMS-UPSTREAM-503", "UpstreamUnavailable", "WMS API returned 503 Service Unavailable", 503},
	{"WMS-ADDRESS-INVALID", "ValidationError", "shipping address rejected by WMS: postal code does not match city", 422},
}

func (g *gen) tracking(carrier string) string {
	return string(carrier[0]) + "X" + strconv.FormatInt(100000000000+g.rng.Int64N(899999999999), 10)
}

func emitWMS(g *gen, st *stream, r *rec) {
	sh := st.shop
	r.domain = "api.wms-partner.net"
	g.traced(r)
	r.carrier = pick(g, carriers[sh.country])
	errP := st.svc.errP
	if g.p.maint.has(r.ts) { // coming back from maintenance
		errP = 0.7
	}
	x := g.rng.Float64()
	switch {
	case x < 0.5:
		r.action = "outbound-order"
		r.method, r.path = "POST", "/v1/outbound-orders"
		r.orderID = g.recentOrderID()
		r.buyer, r.withAddr = g.buyerFor(sh), true
		r.dur, r.hasDur = g.latency(160, 0.5), true
		if g.chance(errP) {
			f := wmsFailures[0]
			if !g.p.maint.has(r.ts) {
				f = pick(g, wmsFailures)
			}
			g.fail(r, f)
			r.msg = "outbound order " + r.orderID + " not accepted: " + f.msg
			return
		}
		r.status = 201
		r.msg = "outbound order " + r.orderID + " accepted by WMS for " + r.carrier + " (" + sh.id + ")"
	case x < 0.8:
		r.action = "shipment-sync"
		r.method, r.path = "GET", "/v1/shipments/status"
		r.syncKind = "logistics"
		r.delay, r.hasDelay = g.lognorm(25, 0.5), true
		r.tracking = g.tracking(r.carrier)
		r.dur, r.hasDur = g.latency(120, 0.5), true
		if g.chance(errP) {
			g.fail(r, wmsFailures[0])
			r.msg = "shipment status sync failed: " + wmsFailures[0].msg
			return
		}
		r.status = 200
		r.msg = "shipment " + r.tracking + " " + pick(g, []string{"picked up", "in transit", "out for delivery", "delivered"})
	default:
		r.action = "label-printed"
		r.orderID = g.recentOrderID()
		r.tracking = g.tracking(r.carrier)
		if g.chance(errP) {
			g.fail(r, wmsFailures[0])
			r.msg = "label for " + r.orderID + " not printed: " + wmsFailures[0].msg
			return
		}
		r.msg = "label printed for " + r.orderID + ": " + r.carrier + " " + r.tracking
	}
}

// ---- catalog-api (Python): product catalog, ~30 lines a minute ------------

var catalogCalls = []struct{ method, path string }{
	{"GET", "/v1/products/{sku}"}, {"GET", "/v1/products/{sku}"}, {"GET", "/v1/products/{sku}"},
	{"GET", "/v1/products/{sku}"}, {"GET", "/v1/products/{sku}"}, {"GET", "/v1/products/{sku}"},
	{"GET", "/v1/products"}, {"GET", "/v1/products"},
	{"PUT", "/v1/products/{sku}/price"},
	{"GET", "/v1/categories"},
}

var catalogFailures = []failure{
	{"CATALOG_UPSTREAM_TIMEOUT", "httpx.ConnectTimeout", "image service did not answer within 3s", 504},
	{"CATALOG_DB_ERROR", "psycopg.OperationalError", "connection pool exhausted (max 20)", 500},
}

func emitCatalog(g *gen, st *stream, r *rec) {
	r.logger = st.svc.loggers[0]
	c := pick(g, catalogCalls)
	if c.path == "/v1/categories" {
		r.logger = st.svc.loggers[1]
	}
	r.action = "http-request"
	r.method, r.path, r.domain = c.method, c.path, "catalog.atlashome.io"
	r.dur, r.hasDur = g.latency(28, 0.6), true
	g.traced(r)
	sku := "AH-" + strconv.Itoa(10000+g.rng.IntN(2400))
	bad := g.p.catalogErr.has(r.ts)
	base := g.chance(st.svc.errP)
	extra := bad && g.qCatalog.take(0.06-st.svc.errP)
	if base || extra {
		f := pick(g, catalogFailures)
		if !base {
			f = catalogFailures[1]
		}
		g.fail(r, f)
		r.msg = c.method + " " + c.path + " (" + sku + ") failed: " + f.msg
		return
	}
	r.status = 200
	if g.chance(0.008) {
		r.level = lvWarn
		r.dur = g.latency(1800, 0.3)
		r.msg = c.method + " " + c.path + " slow: image CDN took " + strconv.Itoa(int(r.dur/int64(time.Millisecond))) + " ms"
		return
	}
	r.msg = c.method + " " + c.path + " 200 (" + sku + ")"
}

// ---- sp-api-relay (Java): Amazon Selling Partner API ------------------------

var spapiCalls = []struct{ method, path string }{
	{"GET", "/orders/v0/orders"}, {"GET", "/orders/v0/orders"}, {"GET", "/orders/v0/orders"}, {"GET", "/orders/v0/orders"},
	{"GET", "/fba/inventory/v1/summaries"}, {"GET", "/fba/inventory/v1/summaries"},
	{"PATCH", "/listings/2021-08-01/items"}, {"PATCH", "/listings/2021-08-01/items"},
	{"GET", "/orders/v0/orders/{orderId}/buyerInfo"},
}

var spapiFailures = []failure{
	{"InternalFailure", "com.atlashome.spapi.SpApiException", "We encountered an internal error. Please try again.", 500},
	{"ServiceUnavailable", "com.atlashome.spapi.SpApiException", "Service temporarily unavailable", 503},
}

func emitSPAPI(g *gen, st *stream, r *rec) {
	sh := st.shop
	r.logger = st.svc.loggers[0]
	r.action = "marketplace-call"
	r.domain = sh.domain
	g.traced(r)
	r.dur, r.hasDur = g.latency(310, 0.55), true
	if st.kind == kindSteady {
		r.method, r.path = "GET", steadyPath
		if g.chance(0.02) {
			g.fail(r, spapiFailures[0])
			r.msg = "GET " + steadyPath + " failed: " + spapiFailures[0].msg
			return
		}
		r.status = 200
		r.msg = "GET " + steadyPath + " 200 (" + strconv.Itoa(g.rng.IntN(40)) + " shipments)"
		return
	}
	c := pick(g, spapiCalls)
	r.method, r.path = c.method, c.path
	if g.chance(st.svc.errP) {
		f := pick(g, spapiFailures)
		g.fail(r, f)
		r.msg = c.method + " " + c.path + " failed for " + sh.id + ": " + f.msg
		return
	}
	if g.chance(0.006) {
		r.level, r.status, r.errCode = lvWarn, 429, "QuotaExceeded"
		r.msg = c.method + " " + c.path + " throttled for " + sh.id + ": You exceeded your quota for the requested resource."
		return
	}
	r.status = 200
	if c.path == "/orders/v0/orders/{orderId}/buyerInfo" {
		r.orderID = g.recentOrderID()
		r.buyer = g.buyerFor(sh)
		r.msg = "buyer info fetched for " + r.orderID
		return
	}
	r.msg = c.method + " " + c.path + " 200 for " + sh.id
}

// ---- storefront-events (Filebeat): Shopify webhooks -------------------------

var shopifyTopics = []string{"orders/create", "orders/create", "orders/create", "orders/paid", "orders/paid", "fulfillments/create", "products/update", "products/update", "inventory_levels/update"}

func emitStorefront(g *gen, st *stream, r *rec) {
	sh := st.shop
	topic := pick(g, shopifyTopics)
	r.action = "webhook"
	r.method, r.path, r.domain = "POST", "/webhooks/shopify/"+topic, "hooks.atlashome.io"
	r.dur, r.hasDur = g.latency(35, 0.5), true
	g.traced(r)
	if g.chance(st.svc.errP) {
		f := failure{"WEBHOOK_HANDLER_ERROR", "KafkaProducerError", "could not enqueue webhook: broker not available", 500}
		g.fail(r, f)
		r.msg = "webhook " + topic + " from " + sh.id + " failed: " + f.msg
		return
	}
	r.status = 200
	if topic == "orders/create" {
		r.orderID = g.newOrderID()
		g.order(r, sh)
		r.buyer, r.withAddr = g.buyerFor(sh), true
	}
	r.msg = "webhook " + topic + " from " + sh.id + " accepted"
}

// ---- shopee-client (Python): Shopee Open Platform ---------------------------

var shopeeCalls = []string{
	"/api/v2/order/get_order_list", "/api/v2/order/get_order_list", "/api/v2/order/get_order_list",
	"/api/v2/order/get_order_detail", "/api/v2/order/get_order_detail",
	"/api/v2/logistics/get_tracking_number", "/api/v2/product/get_item_list", "/api/v2/payment/get_escrow_detail",
}

func emitShopee(g *gen, st *stream, r *rec) {
	sh := st.shop
	r.logger = st.svc.loggers[0]
	r.action = "marketplace-call"
	r.method, r.path, r.domain = "GET", pick(g, shopeeCalls), sh.domain
	r.dur, r.hasDur = g.latency(180, 0.5), true
	g.traced(r)
	burst := sh.id == burstShopID && g.p.burst.has(r.ts)
	throttled := g.chance(0.005)
	if burst && g.qBurst.take(0.33-0.005) {
		throttled = true
	}
	if throttled {
		r.level, r.status, r.errCode = lvWarn, 429, "error_too_many_requests"
		r.dur = g.latency(40, 0.3)
		r.msg = r.path + " throttled for " + sh.id + " (429), backing off"
		return
	}
	if g.chance(st.svc.errP) {
		f := failure{"error_server", "shopee_client.errors.ServerError", "Shopee returned an internal server error", 500}
		g.fail(r, f)
		r.msg = r.path + " failed for " + sh.id + ": " + f.msg
		return
	}
	r.status = 200
	if r.path == "/api/v2/order/get_order_detail" && g.chance(0.5) {
		r.orderID = g.recentOrderID()
		r.buyer, r.withAddr = g.buyerFor(sh), true
	}
	r.msg = r.path + " ok for " + sh.id
}

// ---- lazada-gateway (Filebeat): Lazada Open Platform ------------------------

var lazadaCalls = []struct{ method, path string }{
	{"GET", "/orders/get"}, {"GET", "/orders/get"}, {"GET", "/order/items/get"},
	{"GET", "/products/get"}, {"POST", "/order/rts"},
}

func emitLazada(g *gen, st *stream, r *rec) {
	sh := st.shop
	c := pick(g, lazadaCalls)
	r.action = "marketplace-call"
	r.method, r.path, r.domain = c.method, c.path, sh.domain
	r.dur, r.hasDur = g.latency(210, 0.5), true
	g.traced(r)
	quiet := sh.id == quietShopID // its only errors are the scheduled ones
	if !quiet && g.chance(0.005) {
		r.level, r.status, r.errCode = lvWarn, 429, "ApiCallLimit"
		r.msg = c.path + " throttled for " + sh.id + ": api call limit exceeded"
		return
	}
	if !quiet && g.chance(st.svc.errP) {
		f := failure{"ServiceTimeout", "LazopServiceTimeout", "The request has timed out on the Lazada side", 504}
		g.fail(r, f)
		r.msg = c.path + " failed for " + sh.id + ": " + f.msg
		return
	}
	r.status = 200
	r.msg = c.method + " " + c.path + " ok for " + sh.id
}

// ---- tiktok-connector (Filebeat): TikTok Shop Open API ----------------------

var tiktokCalls = []struct{ method, path string }{
	{"POST", "/order/202309/orders/search"}, {"POST", "/order/202309/orders/search"},
	{"POST", "/product/202309/products/search"}, {"GET", "/fulfillment/202309/packages"},
	{"POST", "/fulfillment/202309/packages/ship"},
}

var revoked = failure{newErrorCode, "OpenApiAuthError", "seller authorization revoked (code 105002): access token rejected", 401}

func emitTikTok(g *gen, st *stream, r *rec) {
	sh := st.shop
	c := pick(g, tiktokCalls)
	r.action = "marketplace-call"
	r.method, r.path, r.domain = c.method, c.path, sh.domain
	r.dur, r.hasDur = g.latency(250, 0.5), true
	g.traced(r)
	if sh.id == newCodeShopID && g.p.newCode.has(r.ts) {
		g.fail(r, revoked)
		r.dur = g.latency(60, 0.3)
		r.msg = c.path + " failed for " + sh.id + ": " + revoked.msg
		return
	}
	if g.chance(0.005) {
		r.level, r.status, r.errCode = lvWarn, 429, "TOO_MANY_REQUESTS"
		r.msg = c.path + " throttled for " + sh.id
		return
	}
	if g.chance(st.svc.errP) {
		f := failure{"INTERNAL_ERROR", "OpenApiError", "TikTok Shop API internal error (code 36009003)", 500}
		g.fail(r, f)
		r.msg = c.path + " failed for " + sh.id + ": " + f.msg
		return
	}
	r.status = 200
	r.msg = c.method + " " + c.path + " ok for " + sh.id
}
