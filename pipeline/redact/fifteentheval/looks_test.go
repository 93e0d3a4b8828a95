package fifteentheval

import (
	"strings"
)

// Look-alikes: values that must survive redaction intact. Each generator
// records the value in the current line under its type.

func (g *gen) amazonOrder() string {
	return g.lk("order_amazon", g.fill(pick(g, []string{"40N-#######-#######", "11N-#######-#######", "20N-#######-#######"})))
}
func (g *gen) shopifyOrder() string {
	if g.chance(0.5) {
		return g.lk("order_shopify", "#"+itoa(g.between(1001, 98000)))
	}
	return g.lk("order_shopify", g.fill("5########"+"####"))
}
func (g *gen) tiktokOrder() string { return g.lk("order_tiktok", "57"+g.digits(16)) }
func (g *gen) shopeeOrder() string {
	return g.lk("order_shopee", "26"+g.fill("0#")+two(g.between(1, 28))+g.upperAlnum(8))
}
func (g *gen) lazadaOrder() string {
	return g.lk("order_lazada", pick(g, []string{"5", "6", "8"})+g.digits(14))
}
func (g *gen) ebayOrder() string { return g.lk("order_ebay", g.fill("##-#####-#####")) }
func (g *gen) meliOrder() string { return g.lk("order_mercadolibre", "2000"+g.digits(12)) }
func (g *gen) allegroOrder() string {
	return g.lk("order_allegro", g.hex(8)+"-"+g.hex(4)+"-11f0-"+g.hex(4)+"-"+g.hex(12))
}
func (g *gen) anyOrder() string {
	switch g.n(8) {
	case 0:
		return g.amazonOrder()
	case 1:
		return g.shopifyOrder()
	case 2:
		return g.tiktokOrder()
	case 3:
		return g.shopeeOrder()
	case 4:
		return g.lazadaOrder()
	case 5:
		return g.ebayOrder()
	case 6:
		return g.meliOrder()
	}
	return g.allegroOrder()
}

func (g *gen) uuid() string    { return g.lk("uuid", g.f.UUID()) }
func (g *gen) traceID() string { return g.lk("trace_id", g.hex(32)) }
func (g *gen) spanID() string  { return g.lk("span_id", g.hex(16)) }
func (g *gen) commit() string {
	if g.chance(0.5) {
		return g.lk("commit", g.hex(7))
	}
	return g.lk("commit", g.hex(40))
}
func (g *gen) sku() string {
	return g.lk("sku", g.fill(pick(g, []string{"SKU-####-", "TSH-", "PH-CASE-", "SLR-A##-"}))+pick(g, []string{"BLK", "RED", "XL", "WHT-M", "NVY", "128G"}))
}

// ean13 returns a barcode with a valid check digit.
func (g *gen) ean13() string {
	b := pick(g, []string{"40", "50", "69", "76", "80", "84", "49", "88", "89", "78"}) + g.digits(10)
	sum := 0
	for i, c := range b {
		d := int(c - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return g.lk("ean13", b+itoa((10-sum%10)%10))
}

func (g *gen) tracking() string {
	switch g.n(7) {
	case 0:
		return g.lk("tracking_ups", "1Z"+g.upperAlnum(6)+g.digits(10))
	case 1:
		return g.lk("tracking_usps", "9400"+g.digits(18))
	case 2:
		return g.lk("tracking_fedex", "7"+g.digits(11))
	case 3:
		return g.lk("tracking_dhl", "JD01"+g.digits(16))
	case 4:
		return g.lk("tracking_cnpost", "LK"+g.digits(9)+"CN")
	case 5:
		return g.lk("tracking_jnt", "JP"+g.digits(10))
	}
	return g.lk("tracking_spx", "SPXID0"+g.digits(11))
}

// epochMsLuhn is a 2026 epoch in milliseconds that passes Luhn.
func (g *gen) epochMsLuhn() string {
	return g.lk("epoch_ms_luhn", luhnComplete("17"+g.fill("8#########")+""))
}
func (g *gen) epochS() string { return g.lk("epoch_s", "17"+g.fill("8#######")) }
func (g *gen) ip() string     { return g.lk("ip", g.f.IPv4Address()) }
func (g *gen) status() string {
	return g.lk("status", pick(g, []string{"200", "201", "204", "301", "400", "401", "403", "404", "409", "422", "429", "500", "502", "503"}))
}

var prices = []string{"€#,##", "R$ #.###,##", "¥#,###", "₹#,###.00", "USD ##.##", "###,## zł", "₺###,##", "₫#.###.000", "Rp ###.000", "RM ##.##", "S$ ##.##", "฿#,###", "₱#,###.00", "£##.##", "₩##,000", "SAR ###.00", "MX$ ###.00", "CHF ##.##", "#.###,## €", "¥#,###円", "AED ###.##", "CNY ###.##"}

func (g *gen) price() string { return g.lk("price", g.fill(pick(g, prices))) }
func (g *gen) amount() string {
	return g.lk("amount", itoa(g.between(1, 9999))+"."+two(g.n(100)))
}
func (g *gen) date() string {
	m, d := two(g.between(1, 12)), two(g.between(1, 28))
	switch g.n(4) {
	case 0:
		return g.lk("date", "2026-"+m+"-"+d)
	case 1:
		return g.lk("date", d+"."+m+".2026")
	case 2:
		return g.lk("date", m+"/"+d+"/2026")
	}
	return g.lk("date", "2026年"+strings.TrimPrefix(m, "0")+"月"+strings.TrimPrefix(d, "0")+"日")
}
func (g *gen) version() string {
	return g.lk("version", pick(g, []string{"v", "", "", "release-"})+itoa(g.between(1, 9))+"."+itoa(g.n(40))+"."+itoa(g.n(30)))
}
func (g *gen) build() string {
	return g.lk("build", itoa(g.between(1, 9))+"."+itoa(g.n(20))+" ("+itoa(g.between(1000, 99999))+")")
}

var models = []string{"Galaxy S24 Ultra", "iPhone 15 Pro Max", "Redmi Note 13 Pro", "AirPods Pro 2", "ThinkPad X1 Carbon Gen 12", "Pixel 8a", "MacBook Air 15", "Kindle Paperwhite", "Xperia 1 V", "Nintendo Switch OLED", "Apple Watch Series 9", "OnePlus 12R", "Vivo Y36", "OPPO Reno11 F"}
var modelNos = []string{"SM-S928B", "A2849", "WH-1000XM5", "MQKJ3ZA/A", "CPH2603", "23090RA98G", "XQ-DQ72", "M2101K6G"}

func (g *gen) product() string {
	if g.chance(0.5) {
		return g.lk("product", pick(g, models))
	}
	return g.lk("product", g.f.ProductName())
}
func (g *gen) modelNo() string { return g.lk("model_no", pick(g, modelNos)) }

var places = []string{"Orchard Road", "Champs-Élysées", "Nathan Road", "Oxford Street", "Khao San Road", "Avenida Paulista", "Victoria Station", "Shibuya Crossing", "Alexanderplatz", "Marina Bay Sands", "Gangnam Station", "Taman Anggrek", "Bonifacio Global City", "Dubai Mall", "Sao Paulo", "Lyon Part-Dieu", "Kuala Lumpur Sentral", "Port Harcourt", "Santa Cruz", "Hồ Hoàn Kiếm"}
var brands = []string{"Tommy Hilfiger", "Ralph Lauren", "Calvin Klein", "Hugo Boss", "Louis Vuitton", "Estée Lauder", "Ted Baker", "Vera Wang", "Michael Kors", "Marks & Spencer", "Morgan Stanley", "Johnson & Johnson", "Ben & Jerry's", "Dolce & Gabbana", "Kate Spade", "Jimmy Choo", "Charles & Keith", "Victoria's Secret", "Lucas Logistics GmbH", "Aldi Süd"}
var titles = []string{"Account Manager", "Head of Payments", "Senior Risk Analyst", "KYC Operations Lead", "Customer Success Manager", "Finance Controller", "Trust & Safety Specialist"}
var holidays = []string{"Black Friday", "Cyber Monday", "Lunar New Year", "Hari Raya Aidilfitri", "Singles' Day 11.11", "Día de Muertos", "Diwali", "Songkran", "Golden Week", "Ramadan Kareem", "Boxing Day", "Chuseok"}

func (g *gen) place() string   { return g.lk("place", pick(g, places)) }
func (g *gen) brand() string   { return g.lk("brand", pick(g, brands)) }
func (g *gen) company() string { return g.lk("company", g.f.Company()) }
func (g *gen) title() string   { return g.lk("job_title", pick(g, titles)) }
func (g *gen) holiday() string { return g.lk("holiday", pick(g, holidays)) }
func (g *gen) path() string {
	return g.lk("http_path", pick(g, []string{"/api/v2/orders/", "/v1/payouts/", "/seller/items/", "/kyc/checks/", "/graphql/", "/v3/invoices/"})+g.digits(g.between(4, 9))+pick(g, []string{"", "/items", "/status", "/evidence"}))
}
func (g *gen) gstin() string {
	return g.lk("gstin", two(g.between(1, 37))+g.fill("AAAAA####A")+itoa(g.between(1, 9))+"Z"+g.upperAlnum(1))
}
func (g *gen) vatNo() string {
	return g.lk("vat_no", pick(g, []string{"DE", "FR", "NL", "IT", "ES"})+g.digits(9))
}
func (g *gen) payoutID() string { return g.lk("payout_id", "po_1"+g.alnum(23)) }
func (g *gen) piID() string     { return g.lk("payment_intent", "pi_3"+g.alnum(23)) }
func (g *gen) disputeID() string {
	return g.lk("dispute_id", pick(g, []string{"dp_1" + g.alnum(23), "CB-2026-" + g.digits(6)}))
}
func (g *gen) invoiceNo() string {
	return g.lk("invoice_no", pick(g, []string{"INV-2026-" + g.digits(6), "FA/" + g.digits(4) + "/11/2026", "26" + g.digits(18)}))
}
func (g *gen) nfeKey() string { return g.lk("nfe_key", "3526"+g.digits(40)) }
func (g *gen) deviceID() string {
	return g.lk("device_id", strings.ToUpper(g.f.UUID()))
}
func (g *gen) appVersion() string {
	return g.lk("app_version", itoa(g.between(3, 9))+"."+itoa(g.n(30))+"."+itoa(g.n(10)))
}
func (g *gen) dhlWaybill() string { return g.lk("waybill_10", g.fill("N#########")) }
func (g *gen) idLike11() string   { return g.lk("id_11", "1"+g.fill("N#########")) }
func (g *gen) ga4Client() string  { return g.lk("ga4_client_id", g.digits(10)+".17"+g.digits(8)) }
func (g *gen) giftCardNo() string {
	return g.lk("giftcard_serial", "GC-"+g.upperAlnum(4)+"-"+g.upperAlnum(4))
}
func (g *gen) quoteNo() string { return g.lk("quote_no", "Q-2026-"+g.digits(5)) }
func (g *gen) poNo() string    { return g.lk("po_no", "PO"+g.digits(8)) }
func (g *gen) refCode() string {
	return g.lk("referral_code", strings.ToUpper(g.f.Username()[:3])+g.digits(3))
}
func (g *gen) sanctionsRef() string {
	return g.lk("list_ref", pick(g, []string{"OFAC-SDN-", "UN-QDi.", "EU-FSF-"})+g.digits(5))
}
func (g *gen) duration() string { return g.lk("duration", itoa(g.between(1, 5000))+"ms") }
func (g *gen) seconds() string  { return g.lk("seconds", itoa(g.between(1, 3600))) }
