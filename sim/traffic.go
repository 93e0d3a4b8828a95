package sim

import (
	"math"
	"strconv"
	"time"
)

// trafficKinds are the Poisson-driven event kinds and their shares.
var trafficKinds = []struct {
	weight float64
	gen    func(s *Simulator) bool
}{
	{0.24, (*Simulator).amazonCall},
	{0.22, (*Simulator).orderSync},
	{0.05, (*Simulator).orderShipped},
	{0.006, (*Simulator).recipientUnreachable},
	{0.03, (*Simulator).orderDebugKV},
	{0.17, (*Simulator).inventoryPush},
	{0.03, (*Simulator).pricePush},
	{0.11, (*Simulator).paymentCallback},
	{0.14, (*Simulator).shopifyWebhook},
}

var trafficCum = func() []float64 {
	c := make([]float64, len(trafficKinds))
	sum := 0.0
	for i, k := range trafficKinds {
		sum += k.weight
		c[i] = sum
	}
	for i := range c {
		c[i] /= sum
	}
	return c
}()

// traffic generates one Poisson event into s.rec; false means the event was
// swallowed (e.g. a service that is down).
func (s *Simulator) traffic() bool {
	u := s.rng.Float64()
	for i, c := range trafficCum {
		if u < c {
			return trafficKinds[i].gen(s)
		}
	}
	return trafficKinds[len(trafficKinds)-1].gen(s)
}

// ---- small helpers ----

const hexDigits = "0123456789abcdef"

// hexString returns 2*n random lower-case hex digits.
func (s *Simulator) hexString(n int) string {
	var buf [32]byte
	b := buf[:0]
	for i := 0; i < n; i += 8 {
		v := s.rng.Uint64()
		for j := 0; j < 8 && i+j < n; j++ {
			x := byte(v >> (8 * j))
			b = append(b, hexDigits[x>>4], hexDigits[x&0xf])
		}
	}
	return string(b)
}

func (s *Simulator) chance(p float64) bool { return s.rng.Float64() < p }

func (s *Simulator) lognormal(median, sigma float64) float64 {
	return median * math.Exp(sigma*s.rng.NormFloat64())
}

func (s *Simulator) use(name string) *service {
	sv := s.services[name]
	s.rec.svc = sv
	s.rec.host = sv.hosts[s.rng.IntN(len(sv.hosts))]
	return sv
}

func (s *Simulator) pickShop(list []*shop) *shop { return list[s.rng.IntN(len(list))] }

func (s *Simulator) sku() *skuInfo { return &s.skus[s.rng.IntN(len(s.skus))] }

// durationMS sets event.duration from a latency in milliseconds and returns
// it rounded to whole milliseconds.
func (s *Simulator) durationMS(ms float64) int64 {
	if ms < 1 {
		ms = 1
	}
	s.rec.duration, s.rec.hasDuration = int64(ms*float64(time.Millisecond)), true
	return int64(ms)
}

func (s *Simulator) say(parts ...string) {
	for _, p := range parts {
		s.msg = append(s.msg, p...)
	}
}

func (s *Simulator) sayInt(v int64) { s.msg = strconv.AppendInt(s.msg, v, 10) }

var amazonPrefixes = []string{"111", "112", "113", "114", "171", "202", "203", "204", "205", "206", "249", "250", "302", "303", "402", "403", "404", "405", "406", "407", "408", "503"}

// orderID returns a platform-style order id: Amazon 3-7-7 digits, Shopify
// "#1042", Shopee order_sn, Lazada 15 digits.
func (s *Simulator) orderID(sh *shop) string {
	switch sh.platform {
	case "amazon":
		return s.pick(amazonPrefixes) + "-" + s.numerify("#######") + "-" + s.numerify("#######")
	case "shopify":
		sh.nextOrder += s.rng.IntN(2)
		return "#" + strconv.Itoa(sh.nextOrder)
	case "shopee":
		const alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
		var b [14]byte
		copy(b[:6], time.Unix(0, s.now).UTC().Format("060102"))
		for i := 6; i < 14; i++ {
			b[i] = alnum[s.rng.IntN(len(alnum))]
		}
		return string(b[:])
	default:
		return s.digits(15)
	}
}

var carriers = []string{"UPS", "USPS", "DHL", "SF Express", "Royal Mail", "J&T Express", "Yamato"}

// tracking returns a carrier and a tracking number in its format.
func (s *Simulator) tracking() (string, string) {
	c := s.rng.IntN(len(carriers))
	switch c {
	case 0:
		return carriers[c], "1Z" + s.letters("???") + s.numerify("###") + s.numerify("##########")
	case 1:
		return carriers[c], "9400" + s.numerify("111#################")[:18]
	case 2:
		return carriers[c], s.digits(10)
	case 3:
		return carriers[c], "SF" + s.digits(13)
	case 4:
		return carriers[c], s.letters("??") + s.numerify("#########") + "GB"
	case 5:
		return carriers[c], "JT" + s.digits(13)
	}
	return carriers[c], s.numerify("####-####-####")
}

// currencyScale converts a USD-like list price to the shop's currency.
var currencyScale = map[string]float64{"USD": 1, "EUR": 0.93, "GBP": 0.79, "SGD": 1.34, "MYR": 4.45, "JPY": 151, "CNY": 7.2}

func (s *Simulator) setAmount(sh *shop, base int64, qty int) int64 {
	c := int64(float64(base*int64(qty)) * currencyScale[sh.currency])
	if sh.currency == "JPY" {
		c -= c % 100
	}
	s.rec.cents, s.rec.currency = c, sh.currency
	return c
}

func (s *Simulator) sayAmount(cents int64, cur string) {
	s.msg = appendCents(s.msg, cents)
	s.msg = append(s.msg, ' ')
	s.msg = append(s.msg, cur...)
}

func (s *Simulator) sayEpochMS() {
	s.msg = strconv.AppendInt(s.msg, s.now/int64(time.Millisecond), 10)
}

// ---- amazon-api ----

type endpoint struct {
	method, op, path string
	weight           float64
}

var amazonEndpoints = []endpoint{
	{"GET", "getOrders", "/orders/v0/orders", 0.34},
	{"GET", "getOrderItems", "/orders/v0/orders/{order}/orderItems", 0.2},
	{"GET", "getInventorySummaries", "/fba/inventory/v1/summaries", 0.14},
	{"PATCH", "patchListingsItem", "/listings/2021-08-01/items/{seller}/{sku}", 0.14},
	{"POST", "createFeed", "/feeds/2021-06-30/feeds", 0.06},
	{"GET", "getCatalogItem", "/catalog/2022-04-01/items/{asin}", 0.12},
}

func (s *Simulator) pickEndpoint(list []endpoint) *endpoint {
	u := s.rng.Float64()
	for i := range list {
		u -= list[i].weight
		if u < 0 {
			return &list[i]
		}
	}
	return &list[len(list)-1]
}

func (s *Simulator) amazonCall() bool {
	s.use(SvcAmazonAPI)
	sh := s.pickShop(s.amazon)
	ep := s.pickEndpoint(amazonEndpoints)
	r := &s.rec
	r.shop, r.method, r.domain, r.action = sh, ep.method, sh.domain, ep.op
	r.traceID = s.hexString(16)
	sk := s.sku()
	switch ep.op {
	case "getOrderItems":
		r.orderID = s.orderID(sh)
		r.path = "/orders/v0/orders/" + r.orderID + "/orderItems"
	case "patchListingsItem":
		r.sku = sk.sku
		r.path = "/listings/2021-08-01/items/A3" + sh.id + "SELLER/" + sk.sku
	case "getCatalogItem":
		r.path = "/catalog/2022-04-01/items/" + sk.asin
	case "getOrders":
		r.path = ep.path
		r.query = "MarketplaceIds=" + sh.marketplace + "&LastUpdatedAfter=" +
			time.Unix(0, s.now-int64(15*time.Minute)).UTC().Format("2006-01-02T15:04:05Z")
	default:
		r.path = ep.path
	}
	p429 := base429
	if sh.id == burstShopID && within(s.now, s.inc.burstFrom, s.inc.burstTo) {
		p429 = burst429
	}
	u := s.rng.Float64()
	switch {
	case u < p429:
		r.status, r.level = 429, "warn"
		r.errCode, r.errType, r.errMsg = "QuotaExceeded", "ThrottlingException", "You exceeded your quota for the requested resource."
		ms := s.durationMS(s.lognormal(45, 0.4))
		s.say("SP-API ", ep.op, " throttled for shop ", sh.id, ": 429 QuotaExceeded after ")
		s.sayInt(ms)
		s.say("ms, retry in ", strconv.Itoa(1+s.rng.IntN(4)), "s (x-amzn-RequestId: ", s.hexString(8), ")")
	case u < p429+0.0015:
		r.status, r.level = 503, "error"
		r.errCode, r.errType, r.errMsg = "ServiceUnavailable", "ServerError", "Service temporarily unavailable. Please retry."
		ms := s.durationMS(s.lognormal(1200, 0.6))
		s.say("SP-API ", r.method, " ", r.path, " failed: 503 ServiceUnavailable in ")
		s.sayInt(ms)
		s.say("ms")
	case u < p429+0.0025:
		r.status, r.level = 400, "error"
		r.errCode, r.errType, r.errMsg = "InvalidInput", "ClientError", "Request has missing or invalid parameters and cannot be parsed."
		ms := s.durationMS(s.lognormal(90, 0.4))
		s.say("SP-API ", r.method, " ", r.path, " rejected: 400 InvalidInput in ")
		s.sayInt(ms)
		s.say("ms")
	default:
		r.status, r.level = 200, "info"
		if ep.op == "createFeed" {
			r.status = 202
		}
		ms := s.durationMS(s.lognormal(180, 0.5))
		s.say("SP-API ", r.method, " ", r.path, " -> ", strconv.Itoa(r.status), " in ")
		s.sayInt(ms)
		s.say("ms")
		if ep.op == "getOrders" {
			s.say(" (")
			s.sayInt(int64(s.rng.IntN(30)))
			s.say(" orders)")
		}
	}
	return true
}

// ---- order-sync ----

var marketplaceEndpoints = map[string][]endpoint{
	"shopee":  {{"GET", "get_order_list", "/api/v2/order/get_order_list", 0.6}, {"GET", "get_order_detail", "/api/v2/order/get_order_detail", 0.4}},
	"lazada":  {{"GET", "GetOrders", "/orders/get", 0.6}, {"GET", "GetOrderItems", "/order/items/get", 0.4}},
	"shopify": {{"GET", "orders.list", "/admin/api/2025-10/orders.json", 1}},
}

func (s *Simulator) orderSync() bool {
	s.use(SvcOrderSync)
	sh := s.pickShop(s.shops)
	r := &s.rec
	r.shop = sh
	r.traceID = s.hexString(16)
	r.syncKind = "order"
	if sh.id == newErrorShopID && within(s.now, s.inc.newErrFrom, s.inc.newErrTo) && s.chance(newErrShare) {
		r.level, r.action = "error", "order.sync"
		r.errCode, r.errType = NewErrorCode, "MarketplaceAuthError"
		r.errMsg = "access token revoked by marketplace, re-authorisation required"
		s.say("order sync for lazada ", sh.id, " aborted: ", NewErrorCode, " (IllegalAccessToken, request_id=", s.hexString(6), ")")
		return true
	}
	if sh.platform != "amazon" && s.chance(0.3) {
		return s.marketplaceCall(sh)
	}
	r.action = "order.sync"
	r.orderID = s.orderID(sh)
	sk := s.sku()
	r.sku = sk.sku
	qty := 1 + s.rng.IntN(3)
	r.quantity, r.hasQty = qty, true
	cents := s.setAmount(sh, sk.cents, qty)
	if s.chance(0.003) {
		r.level = "error"
		r.errCode, r.errType = "ORDER_MAPPING_FAILED", "MappingError"
		r.errMsg = "no local product for marketplace sku " + sk.sku
		s.say("cannot import order ", r.orderID, " from ", sh.platform, " ", sh.id, ": no local product for ", sk.sku)
		return true
	}
	delay := s.lognormal(8, 0.8)
	if s.chance(0.004) {
		delay *= 5 + 10*s.rng.Float64() // an ordinary slow page
	}
	if b := s.orderBacklog(); b > 0 {
		delay += b * (0.85 + 0.3*s.rng.Float64())
	}
	r.delay, r.hasDelay = math.Round(delay*1000)/1000, true
	r.level = "info"
	if s.chance(0.45) {
		b := s.buyerFor(sh.locale)
		r.buyerName, r.buyerEmail = s.nameOf(b), s.emailOf(b)
		if s.chance(0.4) {
			r.buyerPhone = s.phoneOf(b)
		}
		if s.chance(0.5) {
			s.setAddress(b)
		}
	}
	s.say("synced order ", r.orderID, " from ", sh.platform, " ", sh.id, " (")
	s.sayInt(int64(qty))
	s.say(" items, ")
	s.sayAmount(cents, sh.currency)
	s.say(") lag ")
	s.msg = strconv.AppendFloat(s.msg, delay, 'f', 1, 64)
	s.say("s")
	return true
}

func (s *Simulator) setAddress(b *buyer) {
	r := &s.rec
	r.street, r.city, r.postal, r.country = s.streetOf(b), b.city, b.postal, b.country
}

// marketplaceCall is order-sync calling a marketplace's order API.
func (s *Simulator) marketplaceCall(sh *shop) bool {
	r := &s.rec
	ep := s.pickEndpoint(marketplaceEndpoints[sh.platform])
	r.method, r.domain, r.path, r.action = ep.method, sh.domain, ep.path, ep.op
	if sh.platform == "shopee" {
		r.query = "partner_id=2001" + sh.id[1:] + "&shop_id=" + s.digits(9) + "&timestamp=" + strconv.FormatInt(s.now/int64(time.Second), 10)
	}
	u := s.rng.Float64()
	switch {
	case u < 0.004:
		r.status, r.level = 429, "warn"
		r.errCode, r.errType, r.errMsg = "RATE_LIMITED", "ThrottlingException", "too many requests"
		ms := s.durationMS(s.lognormal(60, 0.4))
		s.say(sh.platform, " ", ep.op, " for ", sh.id, " rate limited (429) after ")
		s.sayInt(ms)
		s.say("ms, backing off")
	case u < 0.006:
		r.status, r.level = 502, "error"
		r.errCode, r.errType, r.errMsg = "UPSTREAM_BAD_GATEWAY", "ServerError", "bad gateway"
		ms := s.durationMS(s.lognormal(2500, 0.5))
		s.say(sh.platform, " ", ep.op, " for ", sh.id, " failed: 502 after ")
		s.sayInt(ms)
		s.say("ms")
	default:
		r.status, r.level = 200, "info"
		ms := s.durationMS(s.lognormal(240, 0.5))
		s.say(r.method, " https://", r.domain, r.path, " -> 200 in ")
		s.sayInt(ms)
		s.say("ms (", strconv.Itoa(s.rng.IntN(50)), " orders, cursor=")
		s.sayEpochMS()
		s.say(")")
	}
	return true
}

func (s *Simulator) orderShipped() bool {
	s.use(SvcOrderSync)
	sh := s.pickShop(s.shops)
	r := &s.rec
	r.shop, r.level, r.action, r.syncKind = sh, "info", "order.shipped", "logistics"
	r.traceID = s.hexString(16)
	r.orderID = s.orderID(sh)
	r.carrier, r.tracking = s.tracking()
	b := s.buyerFor(sh.locale)
	s.say("shipped order ", r.orderID, " to ", s.nameOf(b), ", ", s.streetOf(b), ", ", b.city, " ", b.postal,
		" via ", r.carrier, " ", r.tracking)
	if s.chance(0.5) {
		r.buyerName = s.nameOf(b)
		s.setAddress(b)
	}
	return true
}

func (s *Simulator) recipientUnreachable() bool {
	s.use(SvcOrderSync)
	sh := s.pickShop(s.shops)
	r := &s.rec
	r.shop, r.level, r.action, r.syncKind = sh, "warn", "delivery.exception", "logistics"
	r.orderID = s.orderID(sh)
	r.carrier, r.tracking = s.tracking()
	r.errCode, r.errType = "RECIPIENT_UNREACHABLE", "DeliveryException"
	b := s.buyerFor(sh.locale)
	s.say("customer phone ", s.phoneOf(b), " unreachable, ", r.carrier, " will retry delivery of ", r.tracking,
		" (order ", r.orderID, ") ts=")
	s.sayEpochMS()
	r.errMsg = "recipient unreachable by phone"
	return true
}

// orderDebugKV is a key=value debug line, the kind a service prints when
// someone turned on verbose logging.
func (s *Simulator) orderDebugKV() bool {
	svc := SvcOrderSync
	if s.chance(0.4) {
		svc = SvcShopifyWebhook
	}
	s.use(svc)
	sh := s.pickShop(s.shops)
	if svc == SvcShopifyWebhook {
		sh = s.pickShop(s.shopify)
	}
	r := &s.rec
	r.shop, r.level, r.action = sh, "debug", "order.upsert"
	id := s.orderID(sh)
	sk := s.sku()
	qty := 1 + s.rng.IntN(3)
	b := s.buyerFor(sh.locale)
	s.say("upsert order_id=", id, " shop=", sh.id, " buyer_email=", s.emailOf(b), " buyer_phone=\"", s.phoneOf(b),
		"\" sku=", sk.sku, " qty=", strconv.Itoa(qty), " amount=")
	s.msg = appendCents(s.msg, int64(float64(sk.cents*int64(qty))*currencyScale[sh.currency]))
	s.say(" currency=", sh.currency, " ts=")
	s.sayEpochMS()
	return true
}

// ---- inventory-sync ----

var inventoryEndpoints = map[string]endpoint{
	"amazon":  {"PATCH", "patchListingsItem", "/listings/2021-08-01/items", 1},
	"shopify": {"POST", "inventory_levels.set", "/admin/api/2025-10/inventory_levels/set.json", 1},
	"shopee":  {"POST", "update_stock", "/api/v2/product/update_stock", 1},
	"lazada":  {"POST", "UpdatePriceQuantity", "/product/price_quantity/update", 1},
}

func (s *Simulator) inventoryPush() bool {
	if within(s.now, s.inc.outageFrom+int64(time.Minute), s.inc.outageTo) {
		return false // inventory-sync is wedged behind the hung full sync
	}
	s.use(SvcInventorySync)
	sh := s.pickShop(s.shops)
	sk := s.sku()
	ep := inventoryEndpoints[sh.platform]
	r := &s.rec
	r.shop, r.action, r.syncKind, r.sku = sh, "inventory.push", "inventory", sk.sku
	r.method, r.domain, r.path = ep.method, sh.domain, ep.path
	r.traceID = s.hexString(16)
	qty := s.rng.IntN(60)
	r.quantity, r.hasQty = qty, true
	u := s.rng.Float64()
	switch {
	case u < 0.004:
		r.status, r.level = 404, "warn"
		r.errCode, r.errType, r.errMsg = "SKU_NOT_FOUND", "ClientError", "listing not found for sku"
		s.durationMS(s.lognormal(110, 0.4))
		s.say("stock push skipped: ", sk.sku, " has no listing on ", sh.platform, " ", sh.id)
		return true
	case u < 0.007:
		r.status, r.level = 429, "warn"
		r.errCode, r.errType, r.errMsg = "RATE_LIMITED", "ThrottlingException", "too many requests"
		s.durationMS(s.lognormal(50, 0.4))
		s.say("rate limited by ", sh.platform, " pushing stock for ", sk.sku, ", backing off ", strconv.Itoa(2+s.rng.IntN(8)), "s")
		return true
	}
	r.status, r.level = 200, "info"
	s.durationMS(s.lognormal(150, 0.5))
	delay := s.lognormal(2.5, 0.6)
	r.delay, r.hasDelay = math.Round(delay*1000)/1000, true
	s.say("pushed stock ", sk.sku, " qty=", strconv.Itoa(qty), " (was ", strconv.Itoa(qty+s.rng.IntN(5)), ") to ", sh.platform, " ", sh.id)
	return true
}

// pricePush is inventory-sync pushing a repriced listing (sync.kind price).
func (s *Simulator) pricePush() bool {
	if within(s.now, s.inc.outageFrom+int64(time.Minute), s.inc.outageTo) {
		return false
	}
	s.use(SvcInventorySync)
	sh := s.pickShop(s.shops)
	sk := s.sku()
	ep := inventoryEndpoints[sh.platform]
	r := &s.rec
	r.shop, r.action, r.syncKind, r.sku = sh, "price.push", "price", sk.sku
	r.method, r.domain, r.path = ep.method, sh.domain, ep.path
	r.traceID = s.hexString(16)
	r.status, r.level = 200, "info"
	s.durationMS(s.lognormal(160, 0.5))
	delay := s.lognormal(40, 0.5) // prices follow the hourly scraper
	r.delay, r.hasDelay = math.Round(delay*1000)/1000, true
	old := s.setAmount(sh, sk.cents, 1)
	cut := old * int64(90+s.rng.IntN(15)) / 100
	r.cents = cut
	s.say("repriced ", sk.sku, " on ", sh.platform, " ", sh.id, ": ")
	s.msg = appendCents(s.msg, old)
	s.say(" -> ")
	s.sayAmount(cut, sh.currency)
	return true
}

// ---- payment-callback ----

var payProviders = []string{"cardpay", "walletpay", "banklink"}

var baseErrCodes = []struct {
	code, typ, msg string
	status         int
}{
	{"PAYMENT_CALLBACK_TIMEOUT", "TimeoutError", "order service did not answer within 30s", 504},
	{"SIGNATURE_INVALID", "SecurityError", "callback signature does not match", 401},
	{"SIGNATURE_INVALID", "SecurityError", "callback signature does not match", 401},
	{"DUPLICATE_CALLBACK", "ConflictError", "callback already processed", 409},
}

func (s *Simulator) paymentCallback() bool {
	s.use(SvcPaymentCallback)
	sh := s.pickShop(s.nonAMZ)
	prov := s.pick(payProviders)
	r := &s.rec
	r.shop, r.action, r.syncKind = sh, "payment.callback", "payment_callback"
	r.method, r.path = "POST", "/callbacks/payments/"+prov
	r.traceID = s.hexString(16)
	r.txnID = s.hexString(8)
	r.orderID = s.orderID(sh)
	sk := s.sku()
	cents := s.setAmount(sh, sk.cents, 1+s.rng.IntN(2))
	b := s.buyerFor(sh.locale)
	last4 := s.numerify("####")
	errP := basePayErr
	spike := within(s.now, s.inc.payFrom, s.inc.payTo)
	if spike {
		errP = spikePayErr
	}
	if s.chance(errP) {
		e := baseErrCodes[s.rng.IntN(len(baseErrCodes))]
		if spike && s.chance(0.9) {
			e = baseErrCodes[0]
		}
		r.level, r.status = "error", e.status
		r.errCode, r.errType, r.errMsg = e.code, e.typ, e.msg
		if e.status == 504 {
			s.durationMS(30000 + s.rng.Float64()*800)
		} else {
			s.durationMS(s.lognormal(40, 0.4))
		}
		s.say("payment callback failed for ", s.emailOf(b), ", card ending ", last4, ": ", e.code,
			" (order ", r.orderID, ", txn ", r.txnID, ")")
		if s.chance(0.5) {
			r.buyerEmail = s.emailOf(b)
		}
		return true
	}
	r.status, r.level = 200, "info"
	s.durationMS(s.lognormal(120, 0.5))
	if s.chance(0.0015) {
		// A debug dump of the raw callback: a full card number in a log.
		pan := s.fake.CreditCardNumber(nil)
		s.notePII(PIICard, pan)
		r.level = "debug"
		s.say("raw callback body: card_number=", pan, " exp=", twoDigits(1+s.rng.IntN(12)), "/", strconv.Itoa(27+s.rng.IntN(6)), " holder=\"", s.nameOf(b), "\" amount=")
		s.sayAmount(cents, sh.currency)
		return true
	}
	if s.chance(0.03) {
		s.say("payment declined by issuer for order ", r.orderID, " (insufficient_funds), card ending ", last4)
		return true
	}
	s.say("payment callback ok: order ", r.orderID, " captured ")
	s.sayAmount(cents, sh.currency)
	s.say(" via ", prov, ", card ending ", last4, " txn=", r.txnID)
	if s.chance(0.4) {
		r.buyerEmail = s.emailOf(b)
	}
	return true
}

// ---- shopify-webhook ----

var shopifyTopics = []struct {
	topic  string
	weight float64
}{
	{"orders/create", 0.35},
	{"orders/paid", 0.25},
	{"orders/fulfilled", 0.15},
	{"customers/update", 0.1},
	{"inventory_levels/update", 0.1},
	{"customer lookup", 0.05},
}

func (s *Simulator) shopifyWebhook() bool {
	s.use(SvcShopifyWebhook)
	sh := s.pickShop(s.shopify)
	r := &s.rec
	r.shop = sh
	r.traceID = s.hexString(16)
	u := s.rng.Float64()
	topic := shopifyTopics[len(shopifyTopics)-1].topic
	for _, t := range shopifyTopics {
		u -= t.weight
		if u < 0 {
			topic = t.topic
			break
		}
	}
	if topic == "customer lookup" {
		return s.shopifyLookup(sh)
	}
	r.method, r.path, r.action = "POST", "/webhooks/shopify/"+topic, "webhook."+topic
	if s.chance(0.003) {
		r.status, r.level = 401, "error"
		r.errCode, r.errType, r.errMsg = "WEBHOOK_HMAC_INVALID", "SecurityError", "HMAC validation failed"
		s.durationMS(s.lognormal(3, 0.3))
		s.say("rejected webhook ", topic, " from ", sh.domain, ": HMAC validation failed (X-Shopify-Webhook-Id ", s.hexString(8), ")")
		return true
	}
	r.status, r.level = 200, "info"
	s.durationMS(s.lognormal(25, 0.6))
	switch topic {
	case "customers/update":
		b := s.buyerFor(sh.locale)
		r.level = "debug"
		s.say("webhook customers/update payload={\"id\":", s.digits(13), ",\"email\":\"", s.emailOf(b),
			"\",\"phone\":\"", s.phoneOf(b), "\",\"accepts_marketing\":false,\"updated_at\":")
		s.sayEpochMS()
		s.say("}")
	case "inventory_levels/update":
		sk := s.sku()
		r.sku = sk.sku
		s.say("webhook inventory_levels/update for ", sk.sku, " at location ", s.digits(11), " available=", strconv.Itoa(s.rng.IntN(80)))
	default:
		r.orderID = s.orderID(sh)
		s.say("received webhook ", topic, " for ", r.orderID, " from ", sh.domain, " (webhook id ", s.hexString(8), ")")
		if topic == "orders/create" && s.chance(0.5) {
			b := s.buyerFor(sh.locale)
			r.buyerName, r.buyerEmail = s.nameOf(b), s.emailOf(b)
			if s.chance(0.8) {
				s.setAddress(b)
			}
		}
		if s.chance(0.0008) {
			// A rejected admin call that logs the shop's access token.
			tok := "shpat_" + s.hexString(16)
			s.notePII(PIIToken, tok)
			r.level, r.status = "error", 401
			r.errCode, r.errType, r.errMsg = "SHOPIFY_AUTH_FAILED", "AuthError", "Invalid API key or access token"
			s.msg = s.msg[:0]
			s.say("admin API call for ", r.orderID, " rejected: 401 [API] Invalid API key or access token (X-Shopify-Access-Token: ", tok, ")")
		}
	}
	return true
}

// shopifyLookup is a customer search by e-mail: PII in a URL query string.
func (s *Simulator) shopifyLookup(sh *shop) bool {
	r := &s.rec
	b := s.buyerFor(sh.locale)
	r.method, r.domain, r.path, r.action = "GET", sh.domain, "/admin/api/2025-10/customers/search.json", "customer.lookup"
	r.query = "email=" + s.emailOf(b)
	r.status, r.level = 200, "info"
	ms := s.durationMS(s.lognormal(95, 0.5))
	s.say("GET https://", sh.domain, r.path, "?", r.query, " -> 200 in ")
	s.sayInt(ms)
	s.say("ms")
	return true
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }
