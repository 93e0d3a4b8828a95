package twelftheval

import (
	"fmt"
	"strconv"
)

// Boring lines: what most of a seller's day is. They carry look-alikes only.
// Each names the context (log shape) it is written in.
type boring struct {
	ctx    string
	weight int
	render func(b *bld) (string, bool)
}

var borings = []boring{
	{"access_log", 8, func(b *bld) (string, bool) {
		return fmt.Sprintf(`%s - - [%s] "GET /healthz HTTP/1.1" %s 2 "-" "kube-probe/1.31" rt=%s`, b.T("ipv4"), b.ts.Format("02/Jan/2006:15:04:05 -0700"), b.T("status"), b.T("latency")), false
	}},
	{"access_log", 6, func(b *bld) (string, bool) {
		return fmt.Sprintf(`%s - - [%s] "GET /api/v2/orders/%s/shipments?carrier=%s HTTP/2.0" %s %d "-" "okhttp/4.12.0" %s`, b.T("ipv4"), b.ts.Format("02/Jan/2006:15:04:05 -0700"),
			b.orderID(), b.pick("dhl", "ups", "jnt", "yamato"), b.T("status"), b.n(100, 9000), b.T("request_id")), false
	}},
	{"logfmt", 8, func(b *bld) (string, bool) {
		return fmt.Sprintf("time=%s level=info msg=\"job finished\" job=%s processed=%d failed=%d duration=%s run_id=%s", b.tsRFC(),
			b.pick("inventory-sync", "price-update", "order-import", "feed-export", "tracking-poll"), b.n(10, 90000), b.n(0, 40), b.T("duration"), b.T("ulid")), false
	}},
	{"logfmt", 6, func(b *bld) (string, bool) {
		return fmt.Sprintf("ts=%s lvl=debug cache=%s hits=%d misses=%d evictions=%d hit_ratio=0.%02d host=%s", b.T("epoch_s"), b.pick("sku", "price", "token", "geo"),
			b.n(1000, 9999999), b.n(0, 99999), b.n(0, 999), b.n(10, 99), b.T("host")), false
	}},
	{"logfmt", 6, func(b *bld) (string, bool) {
		return fmt.Sprintf("level=warn msg=\"retrying\" attempt=%d/5 order_id=%s platform=%s status=%s backoff=%s idempotency_key=%s", b.n(1, 5), b.orderID(),
			pick(b.r, platforms), b.T("status"), b.T("duration"), b.T("idem_key")), false
	}},
	{"message", 10, func(b *bld) (string, bool) {
		o := b.ecsBase("info")
		o.s("message", fmt.Sprintf("inventory level %s at %s: %d units (reserved %d)", b.T("sku"), b.T("bin_location"), b.n(0, 5000), b.n(0, 80)))
		o.s("product.gtin", b.TA("ean13", "upc", "gtin14", "isbn13"))
		o.s("product.asin", b.T("asin"))
		o.s("sync.kind", "inventory")
		return o.String(), true
	}},
	{"message", 10, func(b *bld) (string, bool) {
		o := b.ecsBase("info")
		o.s("message", fmt.Sprintf("price update %s: %s -> %s (%s)", b.T("sku"), b.T("amount"), b.T("amount"), b.T("product")))
		o.s("shop.platform", pick(b.r, platforms))
		o.s("shop.region", b.T("region"))
		return o.String(), true
	}},
	{"message", 8, func(b *bld) (string, bool) {
		o := b.ecsBase("info")
		o.s("message", fmt.Sprintf("tracking %s status %s at %s hub, eta %s", b.tracking(), b.pick("IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "customs_hold"), b.T("city"), b.T("date")))
		o.s("order_id", b.orderID())
		o.s("shipment.postcode", b.T("postcode"))
		return o.String(), true
	}},
	{"ecs_fields", 8, func(b *bld) (string, bool) {
		o := b.ecsBase("info")
		oid := b.orderID()
		o.s("message", "order "+oid+" synced")
		o.s("sync.kind", "order")
		o.raw("sync.delay_seconds", strconv.Itoa(b.n(0, 900)))
		o.s("order.id", oid)
		o.s("order.total", b.T("amount"))
		o.s("order.created_ms", b.TA("epoch_ms", "epoch_ms_luhn"))
		o.s("seller.vat_id", b.T("vat_id"))
		o.s("seller.company", b.T("company"))
		o.raw("event.duration", b.T("epoch_ns"))
		return o.String(), true
	}},
	{"json_in_string", 4, func(b *bld) (string, bool) {
		o := b.ecsBase("debug")
		body := (&obj{}).s("orderId", b.orderID()).s("status", "SHIPPED").s("trackingNumber", b.tracking()).s("carrier", b.pick("J&T", "Cainiao", "Delhivery", "Royal Mail")).s("shippedAt", b.T("epoch_ms_luhn")).s("hsCode", b.T("hs_code")).String()
		o.s("message", "PUT /orders/status 200")
		o.s("http.request.body.content", body)
		return o.String(), true
	}},
	{"json_twice", 3, func(b *bld) (string, bool) {
		o := b.ecsBase("info")
		inner := (&obj{}).s("sku", b.T("sku")).s("gtin", b.T("ean13")).s("qty", strconv.Itoa(b.n(0, 999))).s("price", b.T("amount")).String()
		o.s("kafka.value", (&obj{}).s("type", "stock.changed").s("data", inner).s("offset", b.T("kafka_offset")).String())
		o.s("message", "consumed "+b.T("kafka_partition"))
		return o.String(), true
	}},
	{"sql", 5, func(b *bld) (string, bool) {
		return fmt.Sprintf("%s LOG:  duration: %s ms  execute <unnamed>: UPDATE stock SET qty = qty - %d WHERE sku = '%s' AND warehouse = '%s'",
			b.ts.Format("2006-01-02 15:04:05.000 MST"), b.T("latency"), b.n(1, 9), b.T("sku"), b.T("bin_location")), false
	}},
	{"exception", 4, func(b *bld) (string, bool) {
		return fmt.Sprintf("%s ERROR [%s] upstream timeout after %s calling %s:%s (request %s, trace %s)", b.tsRFC(), pick(b.r, services), b.T("duration"),
			b.T("host"), b.T("port"), b.T("request_id"), b.T("trace_id")), false
	}},
	{"otel", 4, func(b *bld) (string, bool) {
		o := b.ecsBase("info")
		o.s("span.id", b.T("span_id"))
		o.s("message", "span end")
		o.raw("attributes", arr((&obj{}).s("key", "messaging.kafka.offset").o("value", (&obj{}).s("intValue", b.T("kafka_offset"))).String(),
			(&obj{}).s("key", "k8s.pod.name").o("value", (&obj{}).s("stringValue", b.T("pod"))).String()))
		return o.String(), true
	}},
	{"csv", 3, func(b *bld) (string, bool) {
		return fmt.Sprintf("sku;ean;qty;price;bin\n%s;%s;%d;%s;%s", b.T("sku"), b.T("ean13"), b.n(0, 900), b.T("amount"), b.T("bin_location")), false
	}},
	{"config", 2, func(b *bld) (string, bool) {
		return fmt.Sprintf("starting %s version=%s commit=%s listen=:%s kafka=%s:9092 partitions=%d", pick(b.r, services), b.T("version"), b.T("git_sha"), b.T("port"), b.T("host"), b.n(3, 48)), false
	}},
	{"webhook", 4, func(b *bld) (string, bool) {
		o := b.ecsBase("info")
		o.s("message", "payment callback "+b.pick("PAID", "SUCCESS", "captured", "settled"))
		o.o("payload", (&obj{}).s("order_id", b.orderID()).s("amount", b.T("amount")).s("invoice", b.T("invoice_no")).s("snowflake", b.T("snowflake")).s("time", b.T("epoch_us")))
		return o.String(), true
	}},
	{"xml", 2, func(b *bld) (string, bool) {
		return fmt.Sprintf("<TrackResponse><Shipment><Number>%s</Number><Status>Delivered</Status><Date>%s</Date><HSCode>%s</HSCode></Shipment></TrackResponse>", b.tracking(), b.T("date"), b.T("hs_code")), false
	}},
	{"headers", 2, func(b *bld) (string, bool) {
		return fmt.Sprintf("< HTTP/1.1 %s\n< X-Request-Id: %s\n< X-RateLimit-Remaining: %d\n< Retry-After: %d\n< ETag: \"%s\"", b.T("status"), b.T("request_id"), b.n(0, 500), b.n(1, 120), b.T("sha256")), false
	}},
	{"template", 2, func(b *bld) (string, bool) {
		return fmt.Sprintf("[notify-mail] template=order_shipped lang=%s order=%s tracking=%s amount=%q", b.pick("de", "es", "ja", "ar", "pt-BR"), b.orderID(), b.tracking(), b.T("amount")), false
	}},
	{"dump", 2, func(b *bld) (string, bool) {
		return fmt.Sprintf("Stock(sku=%s, gtin=%s, warehouse=%s, qty=%d, updatedAt=%s)", b.T("sku"), b.T("gtin14"), b.T("bin_location"), b.n(0, 999), b.T("epoch_ms")), false
	}},
}
