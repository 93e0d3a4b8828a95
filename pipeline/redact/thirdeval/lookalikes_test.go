package thirdeval

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// Look-alikes: values that are not PII and must survive verbatim.

type look struct {
	typ, s string
	num    bool // digits only: may be written as a JSON number
}

type lookSpec struct {
	gen     func(r *rand.Rand, f *gofakeit.Faker, loc *locale) string
	keys    []string
	phrases []string // {x}
}

const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
const upnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
const lownum = "abcdefghijklmnopqrstuvwxyz0123456789"

func s10(r *rand.Rand, country string) string {
	d := dig(r, 8)
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i := range 8 {
		sum += int(d[i]-'0') * w[i]
	}
	c := 11 - sum%11
	switch c {
	case 10:
		c = 0
	case 11:
		c = 5
	}
	return pick(r, L("RR|LK|LX|CP|EE|RA|UA|LP|RB|LB")) + d + strconv.Itoa(c) + country
}

func gtin(d string) string { // append the GS1 check digit
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if (len(d)-1-i)%2 == 0 {
			v *= 3
		}
		sum += v
	}
	return d + strconv.Itoa((10-sum%10)%10)
}

var eanPrefix = map[string][]string{"tr": L("869"), "pl": L("590"), "cz": L("859"), "se": L("730|731|735"), "ru": L("460|461|465"), "ae": L("629"), "sa": L("628"), "in": L("890"), "il": L("729"), "gr": L("520"), "ro": L("594"), "pt": L("560"), "ca": L("062|067|754"), "za": L("600|601"), "ng": L("615"), "ke": L("616"), "tw": L("471"), "hk": L("489"), "us": L("00|01|03|07"), "uk": L("50"), "de": L("400|401|405|426"), "id": L("899"), "vn": L("893"), "th": L("885"), "jp": L("45|49"), "cn": L("690|692|693|695")}

func epochMS(r *rand.Rand) string {
	return strconv.FormatInt(1_700_000_000_000+r.Int64N(80_000_000_000), 10)
}

var lookSpecs = map[string]lookSpec{
	"amazon_order": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		return nz(r, 3) + "-" + dig(r, 7) + "-" + dig(r, 7)
	},
		L("amazonOrderId|AmazonOrderId|order_id|marketplace_order_id"), L("Amazon order {x} imported|FBA shipment for {x} created|SP-API getOrder {x} returned 200")},
	"shopify_name": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return "#" + num(r, 1001, 99999) },
		L("order_name|name|orderName|order_number"), L("Shopify order {x} paid|fulfillment created for {x}|order {x} marked as fulfilled")},
	"shopify_id": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return "5" + dig(r, 12) },
		L("shopify_order_id|order_id|id|admin_graphql_api_id_num"), L("orders/create webhook for order {x}|Shopify order id {x} synced|retrying order {x}")},
	"shopee_order": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		return "25" + pad2(1+r.IntN(12)) + pad2(1+r.IntN(28)) + rs(r, upnum, 8)
	}, L("ordersn|order_sn|shopeeOrderSn"), L("Shopee order {x} READY_TO_SHIP|get_order_detail {x} ok")},
	"lazada_order": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return nz(r, 15) },
		L("lazada_order_id|order_id|orderId"), L("Lazada order {x} status=pending|pulled Lazada order {x}")},
	"tiktok_order": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return "57" + dig(r, 16) },
		L("tiktok_order_id|order_id|orderId"), L("TikTok Shop order {x} AWAITING_SHIPMENT|TTS order {x} synced")},
	"flipkart_order": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return "OD" + nz(r, 18) },
		L("flipkart_order_id|order_id|orderItemId"), L("Flipkart order {x} dispatched|FK {x} RTD")},
	"meli_order": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return "2000" + dig(r, 12) },
		L("meli_order_id|order_id|pack_id"), L("Mercado Libre order {x} paid|ML pack {x} shipped")},
	"tokopedia_invoice": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		return "INV/2025" + pad2(1+r.IntN(12)) + pad2(1+r.IntN(28)) + "/MPL/" + nz(r, 10)
	}, L("invoice_ref|invoice|invoiceNo"), L("Tokopedia invoice {x} paid")},
	"item_id": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		return strconv.Itoa(1+r.IntN(2)) + dig(r, 9+r.IntN(2))
	},
		L("item_id|itemId|product_id|listing_id"), L("stock updated for item {x}|listing {x} deactivated")},
	"epoch_s": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		return strconv.Itoa(1_700_000_000 + r.IntN(80_000_000))
	},
		L("ts|created|updated_at_unix|exp|iat|created_at"), L("cursor since={x}|last sync at {x}|token exp {x}")},
	"epoch_ms": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return epochMS(r) },
		L("timestamp|time|createdAt|eventTime|ts_ms|update_time"), L("event time {x}|received at {x} ms|window start={x}")},
	"epoch_ms_luhn": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		for {
			s := epochMS(r)
			if luhnValid(s) {
				return s
			}
		}
	}, L("timestamp|time|createdAt|eventTime|ts_ms"), L("event time {x}|received at {x} ms")},
	"epoch_us": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return epochMS(r) + dig(r, 3) },
		L("ts_us|timestamp_us|time_micros"), L("span start {x}us")},
	"epoch_ns": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return epochMS(r) + dig(r, 6) },
		L("ts_ns|timeUnixNano|observed_time_unix_nano"), L("otel time_unix_nano={x}")},
	"uuid": {func(r *rand.Rand, f *gofakeit.Faker, _ *locale) string { return f.UUID() },
		L("request_id|requestId|correlation_id|idempotency_key|session_uuid|event_id|messageId"), L("request {x} completed|idempotency key {x} reused|correlation {x}")},
	"trace_id": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return rs(r, hexd, 32) },
		L("traceId|trace_id|otel_trace_id|dd.trace_id_hex"), L("trace {x} sampled|see trace {x}")},
	"span_id": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return rs(r, hexd, 16) },
		L("spanId|span_id|parent_span_id"), L("span {x} ended")},
	"traceparent": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		return "00-" + rs(r, hexd, 32) + "-" + rs(r, hexd, 16) + "-01"
	}, L("traceparent"), L("propagating traceparent {x}")},
	"sku": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		switch r.IntN(5) {
		case 0:
			return "SKU-" + nz(r, 4) + "-" + pick(r, L("BLK|WHT|RED|NVY|GRN"))
		case 1:
			return pick(r, L("TSH|HOD|SNK|MUG|CBL")) + "-" + pick(r, L("RED|BLU|BLK")) + "-" + pick(r, L("S|M|L|XL|XXL")) + "-" + num(r, 2019, 2026)
		case 2:
			return "B0" + rs(r, upnum, 8)
		case 3:
			return "MLB" + nz(r, 10)
		default:
			return pick(r, L("SM-A546B|SM-S918B|MT-6632|HW-P60|XM-RN13")) + "/" + num(r, 64, 512) + "GB"
		}
	}, L("sku|SKU|seller_sku|variant_sku|asin|itemSku"), L("SKU {x} out of stock|restock {x} qty 40|price update {x}")},
	"tracking": {func(r *rand.Rand, _ *gofakeit.Faker, loc *locale) string {
		switch r.IntN(14) {
		case 0:
			return "1Z" + rs(r, upnum, 6) + dig(r, 10)
		case 1:
			return pick(r, L("9400|9205|9361|9270")) + dig(r, 18)
		case 2:
			return grp(pick(r, L("9400|9205"))+dig(r, 18), " ", 4, 4, 4, 4, 4, 2)
		case 3:
			return nz(r, 12)
		case 4:
			return nz(r, 10)
		case 5:
			return s10(r, strings.ToUpper(pick(r, L("CN|TR|PL|RU|GB|DE|SE|IN|TH|JP"))))
		case 6:
			return "SF" + dig(r, 13)
		case 7:
			return pick(r, L("JP|JX|JD")) + dig(r, 10)
		case 8:
			return dig(r, 4) + "-" + dig(r, 4) + "-" + dig(r, 4)
		case 9:
			return "6" + dig(r, 23)
		case 10:
			return nz(r, 11)
		case 11:
			return "LP00" + dig(r, 12)
		case 12:
			return "3S" + rs(r, upper, 4) + dig(r, 7)
		default:
			return "NV" + pick(r, L("SG|MY|ID|PH|VN|TH")) + rs(r, upnum, 10)
		}
	}, L("tracking_number|trackingNo|awb|waybill|tracking|trackingCode|shipment_id|consignment_no"), L("tracking {x} in transit|label created, AWB {x}|carrier scan: {x} out for delivery|waybill {x} delivered")},
	"ean13": {func(r *rand.Rand, _ *gofakeit.Faker, loc *locale) string {
		p := pick(r, eanPrefix[loc.code])
		return gtin(p + dig(r, 12-len(p)))
	}, L("ean|gtin|barcode|ean13"), L("scanned barcode {x}|EAN {x} not found in catalog")},
	"upc": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return gtin("0" + dig(r, 10)) },
		L("upc|UPC|upc_a"), L("UPC {x} mapped")},
	"isbn": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return gtin("978" + dig(r, 9)) },
		L("isbn|isbn13"), L("book ISBN {x} imported")},
	"amount": {func(r *rand.Rand, _ *gofakeit.Faker, loc *locale) string { return loc.amount(r) },
		L("amount|total|grand_total|price|refund_amount|subtotal|tutar|kwota|сумма|montant|betrag"), L("total {x}|charged {x}|refund of {x} issued|cart value {x}")},
	"amount_minor": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return strconv.Itoa(100 + r.IntN(2_000_000)) },
		L("amount_minor|amount_cents|amount|total_price_set|unit_amount"), L("amount_minor={x}")},
	"version": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		switch r.IntN(6) {
		case 0:
			return "v" + num(r, 0, 9) + "." + num(r, 0, 40) + "." + num(r, 0, 20)
		case 1:
			return num(r, 1, 5) + "." + num(r, 0, 12) + ".0-rc." + num(r, 1, 5) + "+build." + num(r, 100, 999)
		case 2:
			return "Android " + num(r, 10, 15)
		case 3:
			return "iOS " + num(r, 15, 18) + "." + num(r, 0, 6) + "." + num(r, 1, 3)
		case 4:
			return "Chrome/" + num(r, 110, 130) + ".0." + num(r, 5000, 6999) + "." + num(r, 10, 200)
		default:
			return pick(r, L("nginx/|okhttp/|node/v|go1.|python/3.")) + num(r, 1, 25) + "." + num(r, 0, 12) + "." + num(r, 0, 9)
		}
	}, L("version|app_version|appVersion|build|sdk_version|user_agent_version"), L("deployed {x}|client {x}|upgrade to {x} complete")},
	"ip": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		if r.IntN(5) == 0 {
			return "2001:db8:" + rs(r, hexd, 4) + ":" + rs(r, hexd, 4) + "::" + rs(r, hexd, 3)
		}
		return num(r, 1, 223) + "." + num(r, 0, 255) + "." + num(r, 0, 255) + "." + num(r, 1, 254)
	}, L("client_ip|remote_addr|ip|source.ip|x_forwarded_for|peer"), L("connection from {x}|rate limited {x}|blocked ip {x}")},
	"status": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		return pick(r, L("200|201|202|204|301|304|400|401|403|404|409|410|422|429|500|502|503|504"))
	}, L("status|status_code|http_status|statusCode|code"), L("upstream returned {x}|HTTP {x}|response status {x}")},
	"date": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		y, m, d := num(r, 2024, 2026), pad2(1+r.IntN(12)), pad2(1+r.IntN(28))
		hh, mm, ss := pad2(r.IntN(24)), pad2(r.IntN(60)), pad2(r.IntN(60))
		switch r.IntN(8) {
		case 0:
			return y + "-" + m + "-" + d + "T" + hh + ":" + mm + ":" + ss + "." + dig(r, 3) + pick(r, L("Z|+03:00|+05:30|-05:00|+08:00"))
		case 1:
			return d + "." + m + "." + y + " " + hh + ":" + mm
		case 2:
			return m + "/" + d + "/" + y
		case 3:
			return y + "年" + strconv.Itoa(1+r.IntN(12)) + "月" + strconv.Itoa(1+r.IntN(28)) + "日"
		case 4:
			return d + "/" + m + "/" + y + " " + hh + ":" + mm + ":" + ss
		case 5:
			return pick(r, L("Mon|Tue|Wed|Thu|Fri")) + ", " + d + " " + pick(r, L("Jan|Feb|Mar|Apr|May|Jun")) + " " + y + " " + hh + ":" + mm + ":" + ss + " GMT"
		case 6:
			return y + "-" + m + "-" + d
		default:
			return hh + ":" + mm + ":" + ss + "." + dig(r, 3)
		}
	}, L("delivery_date|eta|created|paid_at|shipped_on|promised_by|slot"), L("ETA {x}|delivered on {x}|slot booked {x}")},
	"hash": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		switch r.IntN(4) {
		case 0:
			return rs(r, hexd, 40)
		case 1:
			return "sha256:" + rs(r, hexd, 64)
		case 2:
			return "W/\"" + rs(r, hexd, 32) + "\""
		default:
			return rs(r, hexd, 32)
		}
	}, L("commit|git_sha|etag|ETag|digest|checksum|image_digest|content_md5"), L("build from commit {x}|etag {x} unchanged|image digest {x}")},
	"k8s_pod": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		switch r.IntN(3) {
		case 0:
			return pick(r, L("checkout|payment-gateway|order-sync|notification-worker|label-printer|crm-bridge")) + "-" + rs(r, "bcdfghjklmnpqrstvwxz2456789", 10) + "-" + rs(r, "bcdfghjklmnpqrstvwxz2456789", 5)
		case 1:
			return pick(r, L("kafka|redis-master|postgres|elasticsearch-data")) + "-" + num(r, 0, 5)
		default:
			return "ip-10-" + num(r, 0, 255) + "-" + num(r, 0, 255) + "-" + num(r, 1, 254) + ".eu-central-1.compute.internal"
		}
	}, L("pod|pod_name|kubernetes.pod.name|node|hostname|instance"), L("pod {x} OOMKilled|scheduled on {x}|restarting {x}")},
	"product": {func(r *rand.Rand, f *gofakeit.Faker, _ *locale) string {
		if r.IntN(2) == 0 {
			return f.ProductName()
		}
		return pick(r, L("Samsung Galaxy A54 5G 128GB|iPhone 15 Pro Max 256GB|Xiaomi Redmi Note 13|Dyson V15 Detect|Philips Airfryer XXL|Nike Air Max 270|Lego Technic 42115|Tefal Ingenio 10-teilig|Arçelik 9 kg Çamaşır Makinesi|Chromecast with Google TV"))
	}, L("product|product_name|title|item_name|productTitle|variant_title"), L("added {x} to cart|price drop on {x}")},
	"city": {func(r *rand.Rand, _ *gofakeit.Faker, loc *locale) string { return pick(r, loc.cities) },
		L("warehouse_city|origin_city|fulfilment_center|dc|store_location|weather_city"), L("warehouse {x} at capacity|new pickup point opened in {x}|shipping from {x}")},
	"company": {func(r *rand.Rand, f *gofakeit.Faker, _ *locale) string {
		if r.IntN(2) == 0 {
			return f.Company()
		}
		return pick(r, L("Trendyol|Allegro|Alza.cz|Ozon|Noon|Flipkart Internet Pvt Ltd|Takealot|Jumia|Safaricom PLC|Tokopedia|Tiki|Rakuten|PChome 24h|HKTVmall|Bol.com|Zalando SE|eMAG|Worten|Canadian Tire|Skroutz"))
	}, L("merchant|merchant_name|company|vendor|brand|carrier|marketplace|company_name"), L("merchant {x} onboarded|settlement for {x} ready|supplier {x} late")},
	"postcode": {func(r *rand.Rand, _ *gofakeit.Faker, loc *locale) string { return loc.postcode(r) },
		L("zone_postcode|serviceable_pin|zip_prefix|coverage_postcode"), L("serviceability check for {x}: available|rate card zone {x}")},
	"invoice": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		switch r.IntN(4) {
		case 0:
			return "FV/2025/" + pad2(1+r.IntN(12)) + "/" + dig(r, 4)
		case 1:
			return "INV-2025-" + dig(r, 6)
		case 2:
			return "GST/24-25/" + dig(r, 5)
		default:
			return "FAT-" + num(r, 2024, 2026) + "-" + dig(r, 5)
		}
	}, L("invoice_no|invoiceNumber|fatura_no|numer_faktury"), L("invoice {x} issued|credit note for {x}")},
	"psp_id": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		switch r.IntN(7) {
		case 0:
			return "pi_3" + rs(r, alnum, 23)
		case 1:
			return "ch_3" + rs(r, alnum, 23)
		case 2:
			return "cus_" + rs(r, alnum, 14)
		case 3:
			return "evt_1" + rs(r, alnum, 23)
		case 4:
			return "pay_" + rs(r, alnum, 14)
		case 5:
			return "order_" + rs(r, alnum, 14)
		default:
			return rs(r, hexd, 24)
		}
	}, L("payment_intent|charge_id|customer_id|event_id|razorpay_payment_id|psp_reference|xendit_id"), L("payment {x} succeeded|charge {x} refunded|customer {x} created")},
	"masked_card": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		switch r.IntN(3) {
		case 0:
			return "**** **** **** " + dig(r, 4)
		case 1:
			return pick(r, L("424242|411111|545454|356600")) + "******" + dig(r, 4)
		default:
			return "XXXX-XXXX-XXXX-" + dig(r, 4)
		}
	}, L("masked_pan|card_mask|maskedNumber|display_card"), L("paid with {x}|card {x} on file")},
	"geo": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string {
		return num(r, 1, 59) + "." + dig(r, 4) + "," + num(r, 1, 139) + "." + dig(r, 4)
	}, L("geo|latlng|hub_location|coords"), L("hub located at {x}")},
	"metric": {func(r *rand.Rand, _ *gofakeit.Faker, _ *locale) string { return nz(r, 3+r.IntN(5)) },
		L("duration_ms|bytes|rows|queue_depth|latency_us|content_length|bytes_sent"), L("took {x} ms|processed {x} rows|queue depth {x}")},
}

var lookTypes = func() []string {
	var out []string
	for _, t := range L("amazon_order|shopify_name|shopify_id|shopee_order|lazada_order|tiktok_order|flipkart_order|meli_order|tokopedia_invoice|item_id|epoch_s|epoch_ms|epoch_ms_luhn|epoch_us|epoch_ns|uuid|trace_id|span_id|traceparent|sku|tracking|ean13|upc|isbn|amount|amount_minor|version|ip|status|date|hash|k8s_pod|product|city|company|postcode|invoice|psp_id|masked_card|geo|metric") {
		if _, ok := lookSpecs[t]; !ok {
			panic(t)
		}
		out = append(out, t)
	}
	return out
}()

// companion look-alikes that sit next to PII in e-commerce events.
var companionTypes = L("amazon_order|shopify_id|shopee_order|tiktok_order|flipkart_order|lazada_order|meli_order|amount|amount|sku|tracking|tracking|epoch_ms|epoch_ms_luhn|uuid|status|date|ean13|item_id|psp_id|masked_card|invoice|trace_id")

func isDigits(s string) bool {
	if s == "" || s[0] == '0' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
