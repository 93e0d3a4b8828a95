package sixtheval

import (
	"fmt"
	"strconv"
	"strings"
)

// lookTypes lists every look-alike type with the keys it is usually logged
// under. A generator returns the value; L records it.
var lookTypes = []struct {
	typ  string
	keys []string
	gen  func(g *gen) string
}{
	{"amazon_order", []string{"amazon_order_id", "AmazonOrderId", "order_id"}, func(g *gen) string {
		return g.pick([]string{"111", "112", "113", "114", "171", "203", "402", "503"}) + "-" + g.digits(7) + "-" + g.digits(7)
	}},
	{"shopify_id", []string{"shopify_order_id", "order_id", "id"}, func(g *gen) string { return "5" + g.digits(12) }},
	{"shopify_name", []string{"order_name", "name_order", "order_number"}, func(g *gen) string { return "#" + strconv.Itoa(g.rng(1001, 99999)) }},
	{"shopee_sn", []string{"order_sn", "ordersn"}, func(g *gen) string {
		return fmt.Sprintf("2%d%02d%02d", g.rng(4, 6), g.rng(1, 12), g.rng(1, 28)) + g.upperAlnum(8)
	}},
	{"lazada_order", []string{"lazada_order_id", "order_id", "trade_order_id"}, func(g *gen) string { return strconv.Itoa(g.rng(4, 8)) + g.digits(14) }},
	{"tiktok_order", []string{"tts_order_id", "order_id", "orderId"}, func(g *gen) string { return "57" + g.digits(g.rng(16, 17)) }},
	{"rakuten_order", []string{"orderNumber", "rakuten_order"}, func(g *gen) string {
		return g.digits(6) + "-2026" + fmt.Sprintf("%02d%02d", g.rng(1, 12), g.rng(1, 28)) + "-" + g.digits(10)
	}},
	{"meli_order", []string{"meli_order_id", "pack_id"}, func(g *gen) string { return "20000" + g.digits(11) }},
	{"epoch_s", []string{"ts", "created_at", "update_time", "timestamp"}, func(g *gen) string { return strconv.Itoa(1733000000 + g.n(40000000)) }},
	{"epoch_ms", []string{"ts_ms", "createdAt", "event_time"}, func(g *gen) string { return epochMsLuhn(g) }},
	{"epoch_us", []string{"ts_us", "commit_ts"}, func(g *gen) string { return strconv.Itoa(1733000000+g.n(40000000)) + g.digits(6) }},
	{"epoch_ns", []string{"event.duration_start", "ts_ns", "timeUnixNano"}, func(g *gen) string {
		return strconv.Itoa(1733000000+g.n(40000000)) + g.digits(9)
	}},
	{"uuid", []string{"request_id", "event_id", "uuid", "message_id"}, func(g *gen) string { return g.f.UUID() }},
	{"ulid", []string{"ulid", "job_id", "id"}, func(g *gen) string { return "01J" + g.charset(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ") }},
	{"trace_id", []string{"trace_id", "traceId", "x-b3-traceid"}, func(g *gen) string { return g.hexs(32) }},
	{"span_id", []string{"span_id", "spanId", "parent_span_id"}, func(g *gen) string { return g.hexs(16) }},
	{"traceparent", []string{"traceparent"}, func(g *gen) string { return "00-" + g.hexs(32) + "-" + g.hexs(16) + "-01" }},
	{"git_sha7", []string{"commit", "build", "git_sha"}, func(g *gen) string { return g.hexs(7) }},
	{"git_sha40", []string{"revision", "git_commit"}, func(g *gen) string { return g.hexs(40) }},
	{"sha256", []string{"content_sha256", "checksum", "etag", "payload_hash"}, func(g *gen) string { return g.hexs(64) }},
	{"idempotency_key", []string{"Idempotency-Key", "idempotency_key"}, func(g *gen) string {
		if g.chance(0.5) {
			return "idem_" + g.lowerAlnum(24)
		}
		return g.f.UUID()
	}},
	{"request_id", []string{"x-request-id", "X-Amzn-RequestId", "request_id"}, func(g *gen) string {
		switch g.n(3) {
		case 0:
			return "req_" + g.alnum(14)
		case 1:
			return "Root=1-" + g.hexs(8) + "-" + g.hexs(24)
		}
		return g.upperAlnum(8) + "-" + g.upperAlnum(4)
	}},
	{"sku", []string{"sku", "seller_sku", "SellerSKU", "variant_sku"}, func(g *gen) string {
		return g.pick([]string{"TSH", "MUG", "PHN", "CBL", "BAG", "SHOE"}) + "-" + g.digits(4) + "-" + g.pick([]string{"BLK", "WHT", "RED", "XL", "M", "128G"})
	}},
	{"asin", []string{"asin", "ASIN"}, func(g *gen) string { return "B0" + g.upperAlnum(8) }},
	{"ean13", []string{"ean", "ean13", "gtin"}, func(g *gen) string { return gtin(g, g.pick([]string{"4", "5", "6", "8", "9"})+g.digits(11)) }},
	{"upc", []string{"upc", "upc_a"}, func(g *gen) string { return gtin(g, g.digits(11)) }},
	{"isbn13", []string{"isbn", "isbn13"}, func(g *gen) string { return gtin(g, "978"+g.digits(9)) }},
	{"ups", []string{"tracking_number", "tracking", "awb"}, func(g *gen) string { return "1Z" + g.upperAlnum(6) + g.digits(10) }},
	{"usps", []string{"tracking_number", "tracking_no"}, func(g *gen) string { return "9400" + g.digits(18) }},
	{"fedex", []string{"tracking_number", "fedex_tracking"}, func(g *gen) string { return "7" + g.digits(11) }},
	{"dhl", []string{"waybill", "tracking_number", "awb_no"}, func(g *gen) string { return g.pick([]string{"1", "3", "5", "8"}) + g.digits(9) }},
	{"s10", []string{"tracking_number", "postal_tracking"}, func(g *gen) string { return s10(g) }},
	{"local_courier", []string{"tracking_no", "awb", "logistics_no"}, func(g *gen) string {
		return g.pick([]string{"SPXID0", "JX", "NLMYA", "TH", "LEXPU", "YT", "SF"}) + g.digits(g.rng(10, 13))
	}},
	{"invoice", []string{"invoice_no", "invoice_number", "bill_no"}, func(g *gen) string {
		return g.pick([]string{"INV-2026-", "FV/2026/12/", "FT 2026/", "BL-"}) + fmt.Sprintf("%06d", g.n(999999))
	}},
	{"amount", []string{"total", "amount", "grand_total", "price"}, amount},
	{"version", []string{"version", "sdk_version", "app_version"}, func(g *gen) string {
		return g.pick([]string{"v", "", "release-"}) + fmt.Sprintf("%d.%d.%d", g.n(5), g.n(30), g.n(200))
	}},
	{"ipv4", []string{"client_ip", "remote_addr", "peer"}, func(g *gen) string { return g.f.IPv4Address() }},
	{"port", []string{"upstream", "listen"}, func(g *gen) string {
		return g.pick([]string{"10.", "172.20.", "192.168."}) + fmt.Sprintf("%d.%d:%d", g.n(250), g.n(250), g.pick2(8443, g.rng(30000, 32767)))
	}},
	{"status", []string{"status", "status_code", "http_status"}, func(g *gen) string { return strconv.Itoa(g.f.HTTPStatusCode()) }},
	{"date", []string{"ship_by", "promised_date", "date"}, func(g *gen) string {
		d, m := g.rng(1, 28), g.rng(1, 12)
		switch g.n(4) {
		case 0:
			return fmt.Sprintf("2026-%02d-%02d", m, d)
		case 1:
			return fmt.Sprintf("%02d.%02d.2026", d, m)
		case 2:
			return fmt.Sprintf("%02d/%02d/2026", d, m)
		}
		return fmt.Sprintf("2026年%d月%d日", m, d)
	}},
	{"k8s_pod", []string{"pod", "k8s.pod.name", "hostname"}, func(g *gen) string {
		return g.pick([]string{"order-sync", "inventory-worker", "payment-callback", "shopee-poller", "label-renderer"}) + "-" + g.lowerAlnum(10) + "-" + g.lowerAlnum(5)
	}},
	{"product", []string{"product_name", "item_name", "title"}, func(g *gen) string {
		return g.pick([]string{"Galaxy A54 5G 128GB", "Redmi Note 13 Pro 256GB", "AirPods Pro 2", "Xbox Series X 1TB", "Anker 737 PowerBank 24000mAh", "Tefal Ingenio 3pc", "Levi's 501 W32 L34", "Philips HD9252/90", "Canon EOS R50 18-45", "Nike Air Max 270 EU 42"})
	}},
	{"city", []string{"warehouse_city", "origin_city", "hub"}, func(g *gen) string { return g.f.City() }},
	{"company", []string{"seller_company", "carrier_name", "merchant"}, func(g *gen) string {
		return g.pick([]string{"Ninja Van Pte. Ltd.", "J&T Express", "Kerry Logistics Co., Ltd.", "Aramex PJSC", "Yamato Transport Co., Ltd.", "DPD Belgium NV", "GIG Logistics Ltd", "Transportes Rápidos S.R.L.", "Nova Poshta LLC", "Ethiopian Postal Service Enterprise"})
	}},
	{"postcode", []string{"origin_postcode", "zip", "hub_zip"}, func(g *gen) string {
		return g.pick([]string{"01310-100", "SW1A 1AA", "75008", "100-0005", "560034", "H3B 2Y5", "2000", "LT-01103"})
	}},
	{"hs_code", []string{"hs_code", "hsCode", "tariff"}, func(g *gen) string {
		return fmt.Sprintf("%04d.%02d.%02d", g.rng(1000, 9706), g.n(99), g.n(99))
	}},
	{"vat", []string{"seller_vat", "vat_number", "tax_id"}, vat},
	{"bin", []string{"bin", "bin_location", "slot"}, func(g *gen) string {
		return fmt.Sprintf("%s-%02d-%02d-%s", g.pick([]string{"A", "B", "C", "WH2-R", "MEZ"}), g.rng(1, 40), g.rng(1, 12), g.pick([]string{"A", "B", "C", "D"}))
	}},
}

func epochMsLuhn(g *gen) string {
	for i := 0; i < 20; i++ {
		s := strconv.Itoa(1733000000+g.n(40000000)) + g.digits(3)
		if i > 10 || string(luhnCheck(s[:12])) == s[12:] || g.chance(0.5) {
			return s
		}
	}
	return "1764901234567"
}

func gtin(g *gen, body string) string {
	sum := 0
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if (len(body)-1-i)%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return body + strconv.Itoa((10-sum%10)%10)
}

func s10(g *gen) string {
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	d := g.digits(8)
	s := 0
	for i := range 8 {
		s += int(d[i]-'0') * w[i]
	}
	c := 11 - s%11
	if c == 10 {
		c = 0
	} else if c == 11 {
		c = 5
	}
	return g.pick([]string{"RR", "LK", "EE", "CP", "RB", "UA"}) + d + strconv.Itoa(c) + g.pick([]string{"CN", "SG", "KZ", "GE", "LT", "IS", "ET"})
}

func amount(g *gen) string {
	i, c := g.rng(1, 99999), g.n(100)
	grp := func(n int, sep string) string {
		s := strconv.Itoa(n)
		var parts []string
		for len(s) > 3 {
			parts = append([]string{s[len(s)-3:]}, parts...)
			s = s[:len(s)-3]
		}
		return strings.Join(append([]string{s}, parts...), sep)
	}
	switch g.n(10) {
	case 0:
		return fmt.Sprintf("%d.%02d", i, c)
	case 1:
		return fmt.Sprintf("%s,%02d €", grp(i, "."), c)
	case 2:
		return fmt.Sprintf("₸ %s", grp(i*10, " "))
	case 3:
		return fmt.Sprintf("UYU %s", grp(i, "."))
	case 4:
		return fmt.Sprintf("Kz %s,%02d", grp(i*10, " "), c)
	case 5:
		return fmt.Sprintf("¥%s", grp(i, ","))
	case 6:
		return fmt.Sprintf("₮%s", grp(i*100, ","))
	case 7:
		return fmt.Sprintf("Rs. %s", grp(i, ","))
	case 8:
		return fmt.Sprintf("%d.%02d ETB", i, c)
	}
	return fmt.Sprintf("%d.%02d GEL", i, c)
}

// vat returns a company VAT number with the country's checksum where it has a
// simple one (Belgium mod 97, Lithuania is format only).
func vat(g *gen) string {
	switch g.n(4) {
	case 0:
		b := "0" + g.pick([]string{"4", "5", "6", "7"}) + g.digits(6)
		n, _ := strconv.Atoi(b)
		return fmt.Sprintf("BE%s%02d", b, 97-n%97)
	case 1:
		return "IE" + g.digits(7) + g.pick([]string{"A", "W", "H"})
	case 2:
		return "LT" + g.digits(9) + "1" + g.digits(2)
	}
	return "CHE-" + g.digits(3) + "." + g.digits(3) + "." + g.digits(3) + " MWST"
}

// lookKV picks a look-alike type and returns a key for it and its value.
func (g *gen) lookKV() (string, string) {
	t := lookTypes[g.n(len(lookTypes))]
	return g.pick(t.keys), g.L(t.typ, t.gen(g))
}

// lookOf plants a look-alike of the named type.
func (g *gen) lookOf(typ string) string {
	for _, t := range lookTypes {
		if t.typ == typ {
			return g.L(t.typ, t.gen(g))
		}
	}
	panic("unknown look-alike type " + typ)
}

// anyLook plants a random look-alike.
func (g *gen) anyLook() string {
	_, v := g.lookKV()
	return v
}
