package fiftheval

import (
	"strings"
)

// lookalike is one type of value that must survive redaction.
type lookalike struct {
	typ  string
	gen  func(g *gen) string
	keys []string // keys it is logged under
	word string   // the word that introduces it in prose
}

func luhnMake(prefix string, n int, g *gen, valid bool) string {
	body := prefix + g.digits(n-len(prefix)-1)
	c := luhnCheckDigit(body)
	if !valid {
		c = byte('0' + (int(c-'0')+1+g.r.IntN(9))%10)
	}
	return body + string(c)
}

func two(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

func (g *gen) date() string {
	y, m, d := g.num(2023, 2026), g.num(1, 12), g.num(1, 28)
	switch g.r.IntN(4) {
	case 0:
		return itoa(y) + "-" + two(m) + "-" + two(d)
	case 1:
		return two(d) + "." + two(m) + "." + itoa(y)
	case 2:
		return itoa(y) + "年" + itoa(m) + "月" + itoa(d) + "日"
	default:
		return two(d) + "/" + two(m) + "/" + itoa(y)
	}
}

func (g *gen) amount() string {
	n := g.num(1, 99999)
	c := g.num(0, 99)
	thou := func(n int, sep string) string {
		s := itoa(n)
		var out []string
		for len(s) > 3 {
			out = append([]string{s[len(s)-3:]}, out...)
			s = s[:len(s)-3]
		}
		out = append([]string{s}, out...)
		return strings.Join(out, sep)
	}
	switch g.r.IntN(16) {
	case 0:
		return "¥" + thou(n*10, ",")
	case 1:
		return "NT$" + thou(n, ",")
	case 2:
		return "HK$ " + thou(n, ",") + "." + two(c)
	case 3:
		return "฿" + thou(n, ",") + "." + two(c)
	case 4:
		return thou(n*100, ".") + " ₫"
	case 5:
		return "Rp " + thou(n*100, ".")
	case 6:
		return "₺" + thou(n, ".") + "," + two(c)
	case 7:
		return thou(n, " ") + "," + two(c) + " zł"
	case 8:
		return thou(n, " ") + " Kč"
	case 9:
		return "€ " + thou(n, ".") + "," + two(c)
	case 10:
		return "₪ " + thou(n, ",") + "." + two(c)
	case 11:
		return "R " + thou(n, " ") + "." + two(c)
	case 12:
		return "KSh " + thou(n, ",")
	case 13:
		return "SAR " + itoa(n) + "." + two(c)
	case 14:
		return "₹" + itoa(n) + "." + two(c)
	default:
		return itoa(n) + "." + two(c) + " " + pick(g, []string{"EUR", "GBP", "SEK", "RON", "PLN", "USD"})
	}
}

var lookalikes = []lookalike{
	{"amazon_order", func(g *gen) string { return g.digits(3) + "-" + g.digits(7) + "-" + g.digits(7) }, []string{"AmazonOrderId", "order_id", "amazon_order_id"}, "order"},
	{"shopify_order_id", func(g *gen) string { return "5" + g.digits(12) }, []string{"order_id", "shopify_order_id", "id"}, "order"},
	{"shopify_order_name", func(g *gen) string { return "#" + g.itoa(1001, 99999) }, []string{"name", "order_name", "order_number"}, "order"},
	{"shopee_sn", func(g *gen) string {
		return "2" + g.digits(1) + two(g.num(1, 12)) + two(g.num(1, 28)) + g.randStr("ABCDEFGHJKMNPQRSTUVWXYZ0123456789", 8)
	}, []string{"order_sn", "ordersn"}, "order_sn"},
	{"lazada_order", func(g *gen) string { return pick(g, []string{"6", "9", "1"}) + g.digits(14) }, []string{"order_id", "order_number", "orderNumber"}, "order"},
	{"tiktok_order", func(g *gen) string { return "57" + g.digits(pick(g, []int{16, 17})) }, []string{"order_id", "tts_order_id"}, "order"},
	{"rakuten_order", func(g *gen) string {
		return g.digits(6) + "-" + "2024" + two(g.num(1, 12)) + two(g.num(1, 28)) + "-" + g.digits(10)
	}, []string{"orderNumber"}, "受注番号"},
	{"meli_order", func(g *gen) string { return luhnMake("2000", 16, g, g.r.IntN(2) == 0) }, []string{"order_id", "pack_id"}, "pedido"},
	{"epoch_s", func(g *gen) string { return "17" + g.digits(8) }, []string{"ts", "created_at", "iat", "updated"}, "at"},
	{"epoch_ms", func(g *gen) string { return luhnMake("17", 13, g, g.r.IntN(2) == 0) }, []string{"ts", "timestamp", "eventTime", "create_time"}, "ts"},
	{"epoch_us", func(g *gen) string { return luhnMake("17", 16, g, g.r.IntN(2) == 0) }, []string{"ts_us", "time_us", "start_us"}, "at"},
	{"epoch_ns", func(g *gen) string { return luhnMake("17", 19, g, g.r.IntN(2) == 0) }, []string{"time_unix_nano", "timeUnixNano", "ts_ns"}, "ns"},
	{"uuid", func(g *gen) string { return g.f.UUID() }, []string{"request_id", "correlation_id", "uuid", "event_id"}, "id"},
	{"ulid", func(g *gen) string { return "01" + g.randStr("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24) }, []string{"event_id", "ulid", "job_id"}, "event"},
	{"trace_id", func(g *gen) string { return g.hexStr(32) }, []string{"traceId", "trace_id", "dd.trace_id"}, "trace"},
	{"span_id", func(g *gen) string { return g.hexStr(16) }, []string{"spanId", "span_id", "parent_id"}, "span"},
	{"traceparent", func(g *gen) string { return "00-" + g.hexStr(32) + "-" + g.hexStr(16) + "-01" }, []string{"traceparent"}, "traceparent"},
	{"git_sha7", func(g *gen) string { return g.hexStr(7) }, []string{"commit", "build", "git_sha"}, "build"},
	{"git_sha40", func(g *gen) string { return g.hexStr(40) }, []string{"commit", "revision", "git_commit"}, "commit"},
	{"sha256", func(g *gen) string { return g.hexStr(64) }, []string{"content_sha256", "checksum", "etag", "digest"}, "sha256"},
	{"idempotency_key", func(g *gen) string { return "idem_" + strings.ReplaceAll(g.f.UUID(), "-", "") }, []string{"Idempotency-Key", "idempotency_key"}, "idempotency key"},
	{"request_id", func(g *gen) string { return "req_" + g.randStr(alnum, 14) }, []string{"request_id", "x-request-id", "requestId"}, "request"},
	{"sku", func(g *gen) string {
		return pick(g, []string{"TSH-BLK-XL-", "MUG-WHT-350-", "CASE-IP15-", "SNK-270-"}) + g.digits(3)
	}, []string{"sku", "seller_sku", "SellerSKU", "item_sku"}, "SKU"},
	{"asin", func(g *gen) string { return "B0" + g.randStr("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8) }, []string{"ASIN", "asin"}, "ASIN"},
	{"ean13", func(g *gen) string { return ean13(pick(g, []string{"4", "5", "8", "9"}) + g.digits(11)) }, []string{"ean", "gtin", "barcode"}, "EAN"},
	{"upc", func(g *gen) string { return upcA("0" + g.digits(10)) }, []string{"upc", "gtin12"}, "UPC"},
	{"isbn13", func(g *gen) string { return ean13("978" + g.digits(9)) }, []string{"isbn", "isbn13"}, "ISBN"},
	{"ups", func(g *gen) string { return "1Z" + g.randStr("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6) + g.digits(10) }, []string{"tracking_number", "trackingNumber"}, "UPS"},
	{"usps", func(g *gen) string { return "9400" + g.digits(18) }, []string{"tracking_number", "tracking_no"}, "USPS"},
	{"fedex", func(g *gen) string { return g.digits(12) }, []string{"tracking_number", "fedex_tracking"}, "FedEx"},
	{"dhl", func(g *gen) string { return g.digits(10) }, []string{"waybill", "awb", "tracking_number"}, "DHL waybill"},
	{"s10", func(g *gen) string {
		d := g.digits(8)
		return pick(g, []string{"RR", "EE", "LX", "CP"}) + d + string(s10Check(d)) + pick(g, []string{"CN", "TH", "JP", "PL", "GB", "SE"})
	}, []string{"tracking_number", "postal_tracking"}, "registered mail"},
	{"local_courier", func(g *gen) string {
		switch g.r.IntN(7) {
		case 0:
			return "JP" + g.digits(10)
		case 1:
			return "SF" + g.digits(13)
		case 2:
			return "KERDO" + g.digits(10)
		case 3:
			return "NVSG" + g.randStr("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10)
		case 4:
			return "SPXID0" + g.digits(11)
		case 5:
			return "00" + g.digits(18)
		default:
			return "62" + g.digits(22)
		}
	}, []string{"tracking_no", "awb_no", "waybill_no", "sendungsnummer"}, "tracking"},
	{"invoice", func(g *gen) string {
		switch g.r.IntN(4) {
		case 0:
			return "INV-2024-" + g.digits(6)
		case 1:
			return "FV/2024/" + two(g.num(1, 12)) + "/" + g.digits(4)
		case 2:
			return "F2024-" + g.digits(5)
		default:
			return "RE-" + g.digits(8)
		}
	}, []string{"invoice_no", "invoice_number", "faktura"}, "invoice"},
	{"amount", func(g *gen) string { return g.amount() }, []string{"total", "amount", "grand_total", "price"}, "total"},
	{"version", func(g *gen) string {
		return pick(g, []string{"v", "", "sp-api-client/", "go"}) + g.itoa(1, 9) + "." + g.itoa(0, 30) + "." + g.itoa(0, 20)
	}, []string{"version", "service.version", "client_version"}, "version"},
	{"ipv4", func(g *gen) string { return "10." + g.itoa(0, 255) + "." + g.itoa(0, 255) + "." + g.itoa(1, 254) }, []string{"client_ip", "remote_ip", "upstream"}, "from"},
	{"ipv6", func(g *gen) string { return "2001:db8:" + g.hexStr(4) + "::" + g.hexStr(3) }, []string{"client_ip6", "peer"}, "peer"},
	{"port", func(g *gen) string { return g.itoa(1024, 65535) }, []string{"port", "upstream_port"}, "port"},
	{"status_code", func(g *gen) string {
		return pick(g, []string{"200", "201", "204", "400", "401", "404", "409", "422", "429", "500", "502", "503"})
	}, []string{"status", "status_code", "http_status"}, "status"},
	{"date", func(g *gen) string { return g.date() }, []string{"order_date", "ship_date", "date"}, "on"},
	{"pod", func(g *gen) string {
		return pick(g, []string{"order-sync", "inventory-sync", "payment-callback", "shopee-client", "lazada-worker"}) + "-" + g.randStr("bcdfghjklmnpqrstvwxz2456789", 9) + "-" + g.randStr("bcdfghjklmnpqrstvwxz2456789", 5)
	}, []string{"pod", "kubernetes.pod_name", "host"}, "pod"},
	{"product", func(g *gen) string {
		return pick(g, []string{"iPhone 15 Pro 256GB", "Galaxy S24 Ultra 512 GB", "Air Max 270", "PlayStation 5 Slim", "Dyson V15 Detect", "Redmi Note 13 Pro+", "LEGO Technic 42115", "Kindle Paperwhite 16GB", "Nintendo Switch OLED", "Xiaomi Band 8"})
	}, []string{"product_name", "title", "item_name"}, "item"},
	{"city", func(g *gen) string {
		return pick(g, []string{"Kraków", "Thessaloniki", "Chiang Mai", "Đà Nẵng", "Surabaya", "İzmir", "Brno", "Cluj-Napoca", "Haifa", "Novosibirsk", "Lyon", "Graz", "Sevilla", "Göteborg", "Porto", "Manchester", "Pune", "Durban", "Mombasa", "Jeddah", "札幌", "台中", "沙田"})
	}, []string{"warehouse_city", "origin_city", "hub"}, "hub"},
	{"company", func(g *gen) string {
		return pick(g, []string{"Müller Handels GmbH", "Nguyen Trading Co., Ltd.", "PT Sinar Jaya Abadi", "Kowalski Sp. z o.o.", "Papadopoulos A.E.", "株式会社サクラ商事", "Öztürk Tekstil A.Ş.", "Svensson & Co AB", "Lda. Costa & Filhos", "Mokoena Logistics (Pty) Ltd"})
	}, []string{"seller_company", "supplier", "carrier_name", "merchant"}, "supplier"},
	{"postcode", func(g *gen) string {
		return pick(g, []string{"150-0031", "00-950", "120 00", "10110", "34710", "1060", "28013", "114 55", "1100-048", "560038", "2196", "00100", "12214", "LS6 2AB", "106"})
	}, []string{"postcode", "zip", "postal_code"}, "zone"},
	{"hs_code", func(g *gen) string {
		return pick(g, []string{"6109.10.00", "8471.30", "8517.13.00", "6403.99", "9503.00.00"})
	}, []string{"hs_code", "tariff_code"}, "HS"},
	{"vat_company", func(g *gen) string {
		switch g.r.IntN(6) {
		case 0:
			return "DE" + g.digits(9)
		case 1:
			return "ATU" + g.digits(8)
		case 2:
			return "PL" + g.digits(10)
		case 3:
			return "CZ" + g.digits(8)
		case 4:
			return "ESB" + g.digits(8)
		default:
			return "SE" + g.digits(10) + "01"
		}
	}, []string{"seller_vat", "vat_id", "tax_registration"}, "VAT"},
	{"bin_location", func(g *gen) string {
		return pick(g, []string{"A", "B", "C", "WH2-R"}) + g.itoa(1, 40) + "-" + two(g.num(1, 20)) + "-" + pick(g, []string{"A", "B", "C", "S03-B2"})
	}, []string{"bin", "location", "slot"}, "bin"},
	{"seller_id", func(g *gen) string { return "A" + g.randStr("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 13) }, []string{"SellerId", "merchant_id", "seller_id"}, "seller"},
	{"shop_id", func(g *gen) string { return g.digits(pick(g, []int{6, 8, 9})) }, []string{"shop_id", "shopId", "store_id"}, "shop"},
}

var lookalikeByType = func() map[string]*lookalike {
	m := map[string]*lookalike{}
	for i := range lookalikes {
		m[lookalikes[i].typ] = &lookalikes[i]
	}
	return m
}()

// trapKV returns a key and a recorded look-alike.
func (g *gen) trapKV() kv {
	l := &lookalikes[g.r.IntN(len(lookalikes))]
	return kv{pick(g, l.keys), g.T(l.typ, l.gen(g)), ""}
}

// trapOf returns one recorded look-alike of a type.
func (g *gen) trapOf(typ string) string {
	l := lookalikeByType[typ]
	return g.T(typ, l.gen(g))
}

// trapPhrase writes a look-alike into prose.
func (g *gen) trapPhrase() string {
	l := &lookalikes[g.r.IntN(len(lookalikes))]
	v := g.T(l.typ, l.gen(g))
	switch g.r.IntN(3) {
	case 0:
		return l.word + " " + v
	case 1:
		return pick(g, l.keys) + "=" + v
	default:
		return "(" + l.word + ": " + v + ")"
	}
}

func (g *gen) trapKVs(n int) []kv {
	out := make([]kv, n)
	for i := range out {
		out[i] = g.trapKV()
	}
	return out
}
