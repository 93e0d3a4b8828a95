package eightheval

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// look is a value that must survive redaction.
type look struct{ typ, key, text string }

const crock = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

func ean13(f *gofakeit.Faker, prefix string) string {
	s := prefix + digits(f, 12-len(prefix))
	sum := 0
	for i := 0; i < 12; i++ {
		d := int(s[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return s + strconv.Itoa((10-sum%10)%10)
}

func s10(f *gofakeit.Faker) string {
	n := digits(f, 8)
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i := range 8 {
		sum += int(n[i]-'0') * w[i]
	}
	c := 11 - sum%11
	if c == 10 {
		c = 0
	} else if c == 11 {
		c = 5
	}
	return pick(f, []string{"RR", "LK", "CP", "EE", "RB"}) + n + strconv.Itoa(c) + pick(f, []string{"CN", "TR", "UA", "ID", "PH", "CZ"})
}

func luhnEpochMS(f *gofakeit.Faker) string {
	for {
		s := strconv.FormatInt(1764000000000+int64(f.IntN(2000000000)), 10)
		if luhnValid(s) {
			return s
		}
	}
}

func amount(f *gofakeit.Faker, l *locale) string {
	v := f.Float64Range(1, 250000)
	intPart := int(v)
	frac := int((v - float64(intPart)) * 100)
	var num string
	switch f.IntN(5) {
	case 0: // 1.234,56
		num = group3(intPart, ".") + "," + fmt.Sprintf("%02d", frac)
	case 1: // 1 234,56 (no-break space)
		num = group3(intPart, "\u00a0") + "," + fmt.Sprintf("%02d", frac)
	case 2: // Indian lakh grouping
		num = lakh(intPart) + "." + fmt.Sprintf("%02d", frac)
	default:
		num = group3(intPart, ",") + "." + fmt.Sprintf("%02d", frac)
	}
	return fmt.Sprintf(pick(f, l.currency), num)
}

func group3(n int, sep string) string {
	s := strconv.Itoa(n)
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	return strings.Join(parts, sep)
}

func lakh(n int) string {
	s := strconv.Itoa(n)
	if len(s) <= 3 {
		return s
	}
	head, tail := s[:len(s)-3], s[len(s)-3:]
	var parts []string
	for len(head) > 2 {
		parts = append([]string{head[len(head)-2:]}, parts...)
		head = head[:len(head)-2]
	}
	parts = append([]string{head}, parts...)
	return strings.Join(parts, ",") + "," + tail
}

var lookTypes = []string{"amazon_order", "shopify_id", "shopify_name", "shopee_sn", "lazada_order", "tiktok_order", "rakuten_order",
	"meli_order", "epoch_s", "epoch_ms_luhn", "epoch_us", "epoch_ns", "uuid", "ulid", "trace_id", "span_id", "traceparent",
	"git_sha7", "git_sha40", "sha256", "idempotency_key", "request_id", "sku", "asin", "ean13", "upc", "isbn13", "ups", "usps",
	"fedex", "dhl", "s10", "local_courier", "invoice_no", "amount", "version", "ipv4", "ip_port", "status", "date", "k8s_pod",
	"product", "city", "company", "postcode", "hs_code", "vat_no", "bin_location"}

var lookKey = map[string][]string{
	"amazon_order": {"amazon_order_id", "AmazonOrderId", "order_id"}, "shopify_id": {"shopify_order_id", "order_id", "id"},
	"shopify_name": {"order_name", "name_of_order", "order_ref"}, "shopee_sn": {"order_sn", "ordersn"}, "lazada_order": {"lazada_order_id", "order_number"},
	"tiktok_order": {"tts_order_id", "order_id"}, "rakuten_order": {"rakuten_order_number", "orderNumber"}, "meli_order": {"meli_order_id", "pack_id"},
	"epoch_s": {"ts", "created_at"}, "epoch_ms_luhn": {"ts_ms", "timestamp_ms", "update_time"}, "epoch_us": {"ts_us", "time_micros"}, "epoch_ns": {"ts_ns", "event_duration_ns"},
	"uuid": {"request_uuid", "job_id", "message_id"}, "ulid": {"event_ulid", "outbox_id"}, "trace_id": {"trace_id", "traceId"}, "span_id": {"span_id", "spanId"},
	"traceparent": {"traceparent"}, "git_sha7": {"commit", "git_rev"}, "git_sha40": {"commit_sha", "CI_COMMIT_SHA"}, "sha256": {"content_sha256", "checksum", "etag"},
	"idempotency_key": {"idempotency_key", "Idempotency-Key"}, "request_id": {"request_id", "X-Request-Id"}, "sku": {"sku", "seller_sku"}, "asin": {"asin"},
	"ean13": {"ean", "gtin"}, "upc": {"upc"}, "isbn13": {"isbn"}, "ups": {"tracking_number", "awb"}, "usps": {"tracking_number", "tracking"},
	"fedex": {"fedex_tracking", "tracking_no"}, "dhl": {"dhl_waybill", "waybill"}, "s10": {"postal_tracking", "tracking"}, "local_courier": {"courier_awb", "resi"},
	"invoice_no": {"invoice_no", "invoice_number"}, "amount": {"total", "grand_total", "amount"}, "version": {"app_version", "sdk_version"},
	"ipv4": {"client_ip", "remote_ip"}, "ip_port": {"upstream", "peer"}, "status": {"http_status", "status_code"}, "date": {"ship_date", "promised_date"},
	"k8s_pod": {"pod", "pod_name"}, "product": {"item_title", "product_name"}, "city": {"warehouse_city", "origin_city"}, "company": {"seller_company", "carrier_name"},
	"postcode": {"warehouse_postcode", "origin_zip"}, "hs_code": {"hs_code"}, "vat_no": {"seller_vat", "vat_id"}, "bin_location": {"bin", "pick_location"},
}

func lookalike(f *gofakeit.Faker, l *locale, typ string) look {
	var s string
	switch typ {
	case "amazon_order":
		s = fmt.Sprintf("%03d-%s-%s", 100+f.IntN(900), digits(f, 7), digits(f, 7))
	case "shopify_id":
		s = "5" + digits(f, 12)
	case "shopify_name":
		s = "#" + strconv.Itoa(1001+f.IntN(90000))
	case "shopee_sn":
		s = fmt.Sprintf("2%d%02d%02d", 5+f.IntN(2), 1+f.IntN(12), 1+f.IntN(28)) + randStr(f, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 8)
	case "lazada_order":
		s = pick(f, []string{"4", "5", "6"}) + digits(f, 14)
	case "tiktok_order":
		s = "57" + digits(f, 16+f.IntN(2))
	case "rakuten_order":
		s = fmt.Sprintf("%s-2026%02d%02d-%s", digits(f, 6), 1+f.IntN(12), 1+f.IntN(28), digits(f, 10))
	case "meli_order":
		s = "2000" + digits(f, 12)
	case "epoch_s":
		s = strconv.Itoa(1764000000 + f.IntN(5000000))
	case "epoch_ms_luhn":
		s = luhnEpochMS(f)
	case "epoch_us":
		s = strconv.Itoa(1764000000+f.IntN(5000000)) + digits(f, 6)
	case "epoch_ns":
		s = strconv.Itoa(1764000000+f.IntN(5000000)) + digits(f, 9)
	case "uuid":
		s = f.UUID()
	case "ulid":
		s = "01J" + randStr(f, crock, 23)
	case "trace_id":
		s = hexStr(f, 32)
	case "span_id":
		s = hexStr(f, 16)
	case "traceparent":
		s = "00-" + hexStr(f, 32) + "-" + hexStr(f, 16) + "-01"
	case "git_sha7":
		s = hexStr(f, 7)
	case "git_sha40":
		s = hexStr(f, 40)
	case "sha256":
		s = hexStr(f, 64)
	case "idempotency_key":
		s = pick(f, []string{"idem_", "ik-", "order-sync-"}) + randStr(f, "abcdefghijklmnopqrstuvwxyz0123456789", 20)
	case "request_id":
		s = pick(f, []string{"req_", "rid-", ""}) + hexStr(f, 8) + "-" + hexStr(f, 4)
	case "sku":
		s = fmt.Sprintf("%s-%d-%s", strings.ToUpper(f.LetterN(3)), 1000+f.IntN(9000), pick(f, []string{"BLK", "WHT", "XL", "256GB", "RED-M"}))
	case "asin":
		s = "B0" + randStr(f, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 8)
	case "ean13":
		s = ean13(f, pick(f, []string{"590", "594", "859", "869", "482", "690", "888", "899", "600", "789"}))
	case "upc":
		s = ean13(f, "0")[1:]
	case "isbn13":
		s = ean13(f, "978")
	case "ups":
		s = "1Z" + randStr(f, "0123456789ABCDEFGHJKLMNPRSTVWXYZ", 6) + digits(f, 10)
	case "usps":
		s = "9400" + digits(f, 18)
	case "fedex":
		s = nz(f, 12)
	case "dhl":
		s = nz(f, 10)
	case "s10":
		s = s10(f)
	case "local_courier":
		s = pick(f, []string{"JT", "SPXID", "JNE", "LBC", "NV", "JX"}) + digits(f, 12)
	case "invoice_no":
		s = pick(f, []string{"INV-2026-", "FV/2026/12/", "FA-", "FAC-A-0001-", "SI-"}) + digits(f, 6)
	case "amount":
		s = amount(f, l)
	case "version":
		s = fmt.Sprintf("v%d.%d.%d", f.IntN(5), f.IntN(30), f.IntN(20))
	case "ipv4":
		s = fmt.Sprintf("10.%d.%d.%d", f.IntN(256), f.IntN(256), 1+f.IntN(254))
	case "ip_port":
		s = fmt.Sprintf("172.%d.%d.%d:%d", 16+f.IntN(16), f.IntN(256), 1+f.IntN(254), pick(f, []int{8080, 9090, 443, 5432, 6379, 50051}))
	case "status":
		s = strconv.Itoa(pick(f, []int{200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504}))
	case "date":
		s = fmt.Sprintf(pick(f, []string{"2026-%02d-%02d", "%02[2]d.%02[1]d.2026", "%02[2]d/%02[1]d/2026"}), 1+f.IntN(12), 1+f.IntN(28))
	case "k8s_pod":
		s = fmt.Sprintf("%s-%s-%s", pick(f, []string{"order-sync", "inventory-sync", "payment-callback", "shopee-client", "label-printer"}), randStr(f, "bcdfghjklmnpqrstvwxz2456789", 10), randStr(f, "bcdfghjklmnpqrstvwxz2456789", 5))
	case "product":
		s = pick(f, []string{"iPhone 15 Pro Max 256GB", "Galaxy A55 5G 8/128", "Redmi Note 13 Pro+", "Nike Air Max 270", "Samsonite Proxis 55cm", "Xiaomi Band 9", "Logitech MX Master 3S", "Dyson V15 Detect", "PS5 Slim 1TB", "Kindle Paperwhite 16GB"})
	case "city":
		s = pick(f, []string{"Lisboa", "Córdoba", "Medellín", "Cluj-Napoca", "Brno", "Debrecen", "Bursa", "Дніпро", "Göteborg", "الإسكندرية", "Faisalabad", "Coimbatore", "Kandy", "Surabaya", "Cebu City", "Mandalay", "深圳", "Mombasa", "Port Harcourt", "Brisbane"})
	case "company":
		s = pick(f, []string{"Worten Equipamentos SA", "Frávega SAIC", "Alkosto S.A.", "eMAG", "Alza.cz a.s.", "Trendyol Lojistik", "Rozetka", "Elgiganten AB", "Jumia Egypt", "Daraz.pk", "Flipkart Internet Pvt Ltd", "Tokopedia", "Zalora Philippines", "Jumia Kenya", "Konga Online", "JB Hi-Fi"})
	case "postcode":
		s = pick(f, []string{fmt.Sprintf("%s-%s", nz(f, 4), digits(f, 3)), nz(f, 5), fmt.Sprintf("%s %s", nz(f, 3), digits(f, 2)), "600" + digits(f, 3), nz(f, 4)})
	case "hs_code":
		s = fmt.Sprintf("%04d.%02d.%02d", 1000+f.IntN(8000), f.IntN(100), f.IntN(100))
	case "vat_no":
		s = pick(f, []string{"CZ" + nz(f, 8), "RO" + nz(f, 8), "HU" + nz(f, 8), "SE" + nz(f, 10) + "01", "PT" + nz(f, 9), "ATU" + nz(f, 8)})
	case "bin_location":
		s = fmt.Sprintf("%s-%02d-%02d-%s", pick(f, []string{"A", "B", "WH2-R", "MNL1-Z"}), 1+f.IntN(40), 1+f.IntN(20), pick(f, []string{"B2", "C", "01", "T3"}))
	default:
		panic("unknown look-alike " + typ)
	}
	return look{typ: typ, key: pick(f, lookKey[typ]), text: s}
}

// nil2 returns a Faker for check-digit computations that draw nothing.
func nil2() *gofakeit.Faker { return gofakeit.New(1) }
