package twelftheval

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// trapGen makes one look-alike of a type: a value that must survive.
type trapGen func(r *rand.Rand, f *gofakeit.Faker) string

func ean(r *rand.Rand, body string) string {
	s := 0
	for i := range body {
		d := int(body[len(body)-1-i] - '0')
		if i%2 == 0 {
			s += 3 * d
		} else {
			s += d
		}
	}
	return body + strconv.Itoa((10-s%10)%10)
}

func epochMS(r *rand.Rand, luhn bool) string {
	body := "17" + digits(r, 10)
	if luhn {
		return luhnComplete(body)
	}
	return body + digits(r, 1)
}

var amountFormats = []func(r *rand.Rand) string{
	func(r *rand.Rand) string {
		return fmt.Sprintf("%d.%03d,%02d €", 1+r.IntN(9), r.IntN(1000), r.IntN(100))
	},
	func(r *rand.Rand) string {
		return fmt.Sprintf("%d %03d,%02d zł", 1+r.IntN(9), r.IntN(1000), r.IntN(100))
	},
	func(r *rand.Rand) string {
		return fmt.Sprintf("CHF %d'%03d.%02d", 1+r.IntN(9), r.IntN(1000), r.IntN(100))
	},
	func(r *rand.Rand) string { return fmt.Sprintf("$%d,%03d.%02d", 1+r.IntN(9), r.IntN(1000), r.IntN(100)) },
	func(r *rand.Rand) string {
		return fmt.Sprintf("R$ %d.%03d,%02d", 1+r.IntN(9), r.IntN(1000), r.IntN(100))
	},
	func(r *rand.Rand) string { return fmt.Sprintf("¥%d,%03d", 1+r.IntN(99), r.IntN(1000)) },
	func(r *rand.Rand) string {
		return fmt.Sprintf("₹%d,%02d,%03d.00", 1+r.IntN(9), r.IntN(100), r.IntN(1000))
	},
	func(r *rand.Rand) string { return fmt.Sprintf("%d,%03d NGN", 1+r.IntN(99), r.IntN(1000)) },
	func(r *rand.Rand) string { return fmt.Sprintf("KSh %d,%03d", 1+r.IntN(9), r.IntN(1000)) },
	func(r *rand.Rand) string {
		return fmt.Sprintf("₺%d.%03d,%02d", 1+r.IntN(9), r.IntN(1000), r.IntN(100))
	},
	func(r *rand.Rand) string {
		return fmt.Sprintf("AED %d,%03d.%02d", 1+r.IntN(9), r.IntN(1000), r.IntN(100))
	},
	func(r *rand.Rand) string { return fmt.Sprintf("₩%d,%03d", 10+r.IntN(90), r.IntN(1000)) },
	func(r *rand.Rand) string { return fmt.Sprintf("%d.%02d", 10+r.IntN(9990), r.IntN(100)) },
	func(r *rand.Rand) string {
		return fmt.Sprintf("MXN %d,%03d.%02d", 1+r.IntN(20), r.IntN(1000), r.IntN(100))
	},
	func(r *rand.Rand) string {
		return fmt.Sprintf("%d %03d,%02d Kč", 1+r.IntN(90), r.IntN(1000), r.IntN(100))
	},
	func(r *rand.Rand) string { return fmt.Sprintf("SAR %d.%02d", 10+r.IntN(5000), r.IntN(100)) },
	func(r *rand.Rand) string {
		return fmt.Sprintf("Rp %d.%03d.%03d", 1+r.IntN(9), r.IntN(1000), r.IntN(1000))
	},
	func(r *rand.Rand) string { return fmt.Sprintf("%d.%03d ₫", 100+r.IntN(900), r.IntN(1000)) },
}

var cityNames = []string{"Berlin", "São Paulo", "Guadalajara", "Łódź", "Kraków", "İzmir", "Nairobi", "Bengaluru",
	"Surabaya", "Cebu City", "Đà Nẵng", "Chiang Mai", "深圳", "大阪", "부산", "Brisbane", "Rotterdam", "Medellín", "Casablanca", "Riyadh"}
var regionNames = []string{"Nordrhein-Westfalen", "Île-de-France", "Jalisco", "Gauteng", "Maharashtra", "Jawa Barat",
	"Mazowieckie", "New South Wales", "Lombardia", "Ontario", "Bavaria", "Antioquia", "Western Cape", "Guangdong", "eu-west-1", "ap-southeast-1"}
var legalForms = []string{"GmbH", "S.A. de C.V.", "Sp. z o.o.", "Ltd", "B.V.", "SAS", "Ltda.", "A.Ş.", "Pty Ltd", "PT", "Co., Ltd.", "S.R.L.", "AB", "Kft."}

var trapGens = map[string]trapGen{
	"order_amazon": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return fmt.Sprintf("%03d-%s-%s", pick(r, []int{111, 112, 113, 114, 171, 202, 203, 205, 302, 305, 402, 403, 404, 405, 406, 407, 408, 503}), digits(r, 7), digits(r, 7))
	},
	"order_shopify":    func(r *rand.Rand, _ *gofakeit.Faker) string { return "#" + strconv.Itoa(1001+r.IntN(98000)) },
	"order_shopify_id": func(r *rand.Rand, _ *gofakeit.Faker) string { return pick(r, []string{"5", "6"}) + digits(r, 12) },
	"order_woo":        func(r *rand.Rand, _ *gofakeit.Faker) string { return strconv.Itoa(10000 + r.IntN(89999)) },
	"order_magento": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"000", "100", "200"}) + digits(r, 6)
	},
	"order_tiktok": func(r *rand.Rand, _ *gofakeit.Faker) string { return "57" + digits(r, 16+r.IntN(2)) },
	"order_shopee": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return fmt.Sprintf("2%d%02d%02d", 4+r.IntN(3), 1+r.IntN(12), 1+r.IntN(28)) + randStr(r, upperAlnum, 8)
	},
	"order_meli":     func(r *rand.Rand, _ *gofakeit.Faker) string { return "2000" + digits(r, 12) },
	"order_allegro":  func(r *rand.Rand, f *gofakeit.Faker) string { return f.UUID() },
	"order_jumia":    func(r *rand.Rand, _ *gofakeit.Faker) string { return "3" + digits(r, 8) },
	"order_flipkart": func(r *rand.Rand, _ *gofakeit.Faker) string { return "OD" + digits(r, 18) },
	"order_coupang":  func(r *rand.Rand, _ *gofakeit.Faker) string { return "16" + digits(r, 12) },
	"order_rakuten": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return digits(r, 6) + fmt.Sprintf("-2026%02d%02d-", 1+r.IntN(12), 1+r.IntN(28)) + digits(r, 10)
	},
	"order_temu":    func(r *rand.Rand, _ *gofakeit.Faker) string { return "PO-211-" + digits(r, 17) },
	"order_walmart": func(r *rand.Rand, _ *gofakeit.Faker) string { return "1" + digits(r, 12) },
	"order_ebay": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return digits(r, 2) + "-" + digits(r, 5) + "-" + digits(r, 5)
	},
	"order_noon": func(r *rand.Rand, _ *gofakeit.Faker) string { return "NAE" + digits(r, 11) },
	"order_ozon": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return digits(r, 8) + "-" + digits(r, 4) + "-" + strconv.Itoa(1+r.IntN(3))
	},
	"order_etsy":    func(r *rand.Rand, _ *gofakeit.Faker) string { return "3" + digits(r, 9) },
	"epoch_s":       func(r *rand.Rand, _ *gofakeit.Faker) string { return "17" + digits(r, 8) },
	"epoch_ms":      func(r *rand.Rand, _ *gofakeit.Faker) string { return epochMS(r, false) },
	"epoch_ms_luhn": func(r *rand.Rand, _ *gofakeit.Faker) string { return epochMS(r, true) },
	"epoch_us":      func(r *rand.Rand, _ *gofakeit.Faker) string { return "17" + digits(r, 14) },
	"epoch_ns":      func(r *rand.Rand, _ *gofakeit.Faker) string { return "17" + digits(r, 17) },
	"uuid":          func(r *rand.Rand, f *gofakeit.Faker) string { return f.UUID() },
	"ulid":          func(r *rand.Rand, _ *gofakeit.Faker) string { return "01J" + randStr(r, crockford, 23) },
	"snowflake": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return "1" + pick(r, []string{"3", "4", "5"}) + digits(r, 17)
	},
	"trace_id": func(r *rand.Rand, _ *gofakeit.Faker) string { return randStr(r, hexDigits, 32) },
	"span_id":  func(r *rand.Rand, _ *gofakeit.Faker) string { return randStr(r, hexDigits, 16) },
	"git_sha": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return randStr(r, hexDigits, pick(r, []int{40, 7, 12}))
	},
	"sha256":   func(r *rand.Rand, _ *gofakeit.Faker) string { return randStr(r, hexDigits, 64) },
	"idem_key": func(r *rand.Rand, _ *gofakeit.Faker) string { return "idk_" + randStr(r, lowerAlnum, 24) },
	"request_id": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"req_", "rid-", "Root=1-6751"}) + randStr(r, lowerAlnum, 20)
	},
	"sku": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"SKU-", "TS-", "HB-", "KX"}) + digits(r, 4) + "-" + pick(r, []string{"BLK", "RED", "XL", "M", "128G", "NAT"})
	},
	"asin": func(r *rand.Rand, _ *gofakeit.Faker) string { return "B0" + randStr(r, upperAlnum, 8) },
	"ean13": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return ean(r, pick(r, []string{"40", "50", "76", "84", "87", "590", "690", "880", "489"})+digits(r, 9)[:0]+digits(r, 12-2))
	},
	"upc":    func(r *rand.Rand, _ *gofakeit.Faker) string { return ean(r, "0"+digits(r, 10)) },
	"isbn13": func(r *rand.Rand, _ *gofakeit.Faker) string { return ean(r, "978"+digits(r, 9)) },
	"gtin14": func(r *rand.Rand, _ *gofakeit.Faker) string { return ean(r, "1"+digits(r, 12)) },
	"track_ups": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return "1Z" + randStr(r, upperAlnum, 6) + digits(r, 10)
	},
	"track_usps":  func(r *rand.Rand, _ *gofakeit.Faker) string { return "9400" + digits(r, 18) },
	"track_fedex": func(r *rand.Rand, _ *gofakeit.Faker) string { return pick(r, []string{"7", "2", "3"}) + digits(r, 11) },
	"track_dhl": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"1", "3", "5", "9"}) + digits(r, 9)
	},
	"track_s10": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"LK", "RR", "LP", "UA", "EE", "CP"}) + digits(r, 9) + pick(r, []string{"CN", "BR", "GB", "DE", "TR", "SG"})
	},
	"track_postnord": func(r *rand.Rand, _ *gofakeit.Faker) string { return "00370" + digits(r, 15) },
	"track_jt":       func(r *rand.Rand, _ *gofakeit.Faker) string { return "JT" + digits(r, 13) },
	"track_cainiao":  func(r *rand.Rand, _ *gofakeit.Faker) string { return "LP00" + digits(r, 12) },
	"track_yamato": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return digits(r, 4) + "-" + digits(r, 4) + "-" + digits(r, 4)
	},
	"track_delhivery": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"1", "2"}) + digits(r, 12)
	},
	"track_estafeta": func(r *rand.Rand, _ *gofakeit.Faker) string { return digits(r, 22) },
	"track_aramex":   func(r *rand.Rand, _ *gofakeit.Faker) string { return digits(r, 11) },
	"track_auspost": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return "33" + randStr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + digits(r, 7)
	},
	"track_postnl": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return "3S" + randStr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 4) + digits(r, 7)
	},
	"track_canpost": func(r *rand.Rand, _ *gofakeit.Faker) string { return digits(r, 16) },
	"invoice_no": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"INV-2026-", "FA/2026/12/", "RE-", "F2026-", "NF-e "}) + digits(r, 6)
	},
	"amount": func(r *rand.Rand, _ *gofakeit.Faker) string { return pick(r, amountFormats)(r) },
	"version": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return fmt.Sprintf("%s%d.%d.%d", pick(r, []string{"v", "", ""}), r.IntN(12), r.IntN(40), r.IntN(60))
	},
	"ipv4": func(r *rand.Rand, f *gofakeit.Faker) string { return f.IPv4Address() },
	"port": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"5432", "6379", "9092", "8443", "15672", "3306", "27017", "9200"})
	},
	"status": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"200", "201", "204", "400", "401", "404", "409", "422", "429", "500", "502", "503", "504"})
	},
	"date": func(r *rand.Rand, _ *gofakeit.Faker) string {
		d, m := 1+r.IntN(28), 1+r.IntN(12)
		return pick(r, []string{fmt.Sprintf("2026-%02d-%02d", m, d), fmt.Sprintf("%02d.%02d.2026", d, m), fmt.Sprintf("%02d/%02d/2026", d, m), fmt.Sprintf("2026年%d月%d日", m, d)})
	},
	"duration": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{fmt.Sprintf("%dm%d.%ds", r.IntN(60), r.IntN(60), r.IntN(10)), fmt.Sprintf("%dms", 10+r.IntN(9000)), fmt.Sprintf("PT%dM", 1+r.IntN(59)), fmt.Sprintf("%d.%03ds", r.IntN(90), r.IntN(1000))})
	},
	"latency": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return fmt.Sprintf("%d.%d", 10+r.IntN(30000), r.IntN(10))
	},
	"pod": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"order-sync", "inventory-worker", "payment-callback", "label-printer", "price-updater"}) + "-" + randStr(r, "bcdfghjklmnpqrstvwxz2456789", 9) + "-" + randStr(r, "bcdfghjklmnpqrstvwxz2456789", 5)
	},
	"host": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{fmt.Sprintf("ip-10-0-%d-%d.eu-west-1.compute.internal", r.IntN(255), r.IntN(255)), fmt.Sprintf("web-%02d.fra1", 1+r.IntN(20)), fmt.Sprintf("wh-sgp-%d.shop.internal", 1+r.IntN(9))})
	},
	"product": func(r *rand.Rand, f *gofakeit.Faker) string {
		return f.ProductName() + " " + pick(r, []string{"X200", "Pro 14", "128GB", "2-Pack", "500ml", "Gen 3", "4K"})
	},
	"city":    func(r *rand.Rand, _ *gofakeit.Faker) string { return pick(r, cityNames) },
	"region":  func(r *rand.Rand, _ *gofakeit.Faker) string { return pick(r, regionNames) },
	"company": func(r *rand.Rand, f *gofakeit.Faker) string { return f.Company() + " " + pick(r, legalForms) },
	"postcode": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return fill(r, pick(r, []string{"NNNNN", "NN-NNN", "NNNN AA", "NNN NN", "NNNNNN", "NNN-NNNN", "ANN NAA"}))
	},
	"hs_code": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"8517.62.00", "6109.10", "610910", "8471.30.01", "3304.99.00", "9503.00.70"})
	},
	"vat_id": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"DE" + digits(r, 9), "FR" + digits(r, 11), "NL" + digits(r, 9) + "B01", "PL" + digits(r, 10), "ATU" + digits(r, 8),
			"ESB" + digits(r, 8), digits(r, 2) + "." + digits(r, 3) + "." + digits(r, 3) + "/0001-" + digits(r, 2), "27AAPF" + digits(r, 4) + "F1ZV",
			"P05" + digits(r, 7) + "X", digits(r, 2) + "." + digits(r, 3) + "." + digits(r, 3) + ".1-" + digits(r, 3) + ".000", "GB" + digits(r, 9)})
	},
	"bin_location": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{fmt.Sprintf("A-%02d-%02d-B", r.IntN(40), r.IntN(20)), fmt.Sprintf("WH2/R%02d/S%02d/B%02d", r.IntN(40), r.IntN(20), r.IntN(12))})
	},
	"kafka_offset": func(r *rand.Rand, _ *gofakeit.Faker) string { return strconv.Itoa(1000000 + r.IntN(900000000)) },
	"kafka_partition": func(r *rand.Rand, _ *gofakeit.Faker) string {
		return pick(r, []string{"orders.v1", "inventory", "payments", "shipments"}) + "-" + strconv.Itoa(r.IntN(24))
	},
}

var trapTypes = func() []string {
	var ts []string
	for k := range trapGens {
		ts = append(ts, k)
	}
	sortStrings(ts)
	return ts
}()

// trapKeys: the keys such values are logged under.
func trapKey(r *rand.Rand, typ string) string {
	switch {
	case strings.HasPrefix(typ, "order_"):
		return pick(r, []string{"order_id", "orderId", "order_no", "orderNumber", "marketplace_order_id", "increment_id", "id"})
	case strings.HasPrefix(typ, "track_"):
		return pick(r, []string{"tracking_number", "trackingNo", "awb", "waybill", "shipment_id"})
	case strings.HasPrefix(typ, "epoch"):
		return pick(r, []string{"ts", "created_at", "timestamp", "updated", "event_time"})
	}
	switch typ {
	case "amount":
		return pick(r, []string{"amount", "total", "price", "grand_total", "refund_amount"})
	case "ean13", "upc", "isbn13", "gtin14":
		return pick(r, []string{"gtin", "ean", "barcode", "upc"})
	case "trace_id", "span_id":
		return typ
	case "postcode":
		return pick(r, []string{"dest_zip", "zone_postcode", "origin_postal"})
	case "city":
		return pick(r, []string{"warehouse_city", "dc", "hub"})
	}
	return strings.ReplaceAll(typ, "_", "")
}
