package fourteentheval

import (
	"fmt"
	"strings"
)

// Look-alike types: values that must survive redaction intact.
var lookTypes = []string{
	"amazon_order", "shopify_order", "shopify_gid", "tiktok_order", "shopee_order", "lazada_order",
	"ebay_order", "meli_order", "allegro_order", "epoch_ms_luhn", "uuid", "trace_id", "span_id",
	"commit", "sku", "ean13", "tracking_ups", "tracking_usps", "tracking_dhl", "tracking_upu",
	"tracking_spx", "amount", "date", "version", "ipv4", "ipv6", "status", "product", "model",
	"place", "company", "brand_name", "job_title", "holiday", "http_path", "numeric_id", "invoice",
}

var (
	products   = []string{"iPhone 16 Pro Max 256GB", "Galaxy S25 Ultra", "Sony WH-1000XM5", "Dyson V15 Detect", "MacBook Air 13 M3", "Xiaomi Redmi Note 14 Pro", "Nintendo Switch OLED", "Kindle Paperwhite", "Anker PowerCore 20000", "Philips Airfryer XXL", "Logitech MX Master 3S", "Stanley Quencher 40oz", "Tefal Ingenio 10 pcs", "Lego Technic 42143"}
	models     = []string{"WH-1000XM5", "SM-S938B", "A2941", "HD9867/90", "MX3S-B", "XQ-DQ72", "B09B8V1LZ3", "RTX 4070 Ti", "DJI Mini 4 Pro", "EOS R50"}
	places     = []string{"São Paulo", "Jurong West", "Hamburg", "Surabaya", "Quezon City", "Guadalajara", "Nguyễn Huệ walking street", "Orchard Road", "Shenzhen Bao'an", "Kuala Lumpur", "Osaka", "Lyon Part-Dieu", "Carrer de Sants", "Victoria Station"}
	companies  = []string{"J&T Express", "Ninja Van", "Kerry Express", "DHL eCommerce", "Correios", "Estafeta", "InPost", "Yamato Transport", "SF Express", "Lalamove", "GHN Express", "Sendle", "PostNL", "Chronopost"}
	brands     = []string{"Calvin Klein", "Ralph Lauren", "Tommy Hilfiger", "Hugo Boss", "Ted Baker", "Dr. Martens", "Estée Lauder", "Charlotte Tilbury", "Michael Kors", "Marc Jacobs", "Victoria Beckham", "Karl Lagerfeld"}
	titles     = []string{"Customer Success Manager", "Senior Support Agent", "Fraud Analyst", "Warehouse Supervisor", "Head of Logistics", "Returns Specialist"}
	holidays   = []string{"Black Friday", "Cyber Monday", "Singles Day", "Boxing Day", "Hari Raya", "Tết Nguyên Đán", "Buen Fin", "Prime Day", "Golden Week", "Diwali Sale", "Día de Muertos"}
	currencies = []string{"USD", "EUR", "GBP", "BRL", "MXN", "IDR", "VND", "THB", "MYR", "PHP", "SGD", "JPY", "KRW", "CNY", "INR", "AUD", "PLN", "TRY", "SAR"}
)

func hex(e *em, n int) string { return randStr(e.r, n, "0123456789abcdef") }

func ean13(e *em) string {
	d := e.pick("4", "5", "8", "9") + e.digits(11)
	sum := 0
	for i := 0; i < 12; i++ {
		v := int(d[i] - '0')
		if i%2 == 1 {
			v *= 3
		}
		sum += v
	}
	return d + string(byte('0'+(10-sum%10)%10))
}

func ean13Valid(s string) bool {
	if len(s) != 13 {
		return false
	}
	sum := 0
	for i := 0; i < 12; i++ {
		v := int(s[i] - '0')
		if i%2 == 1 {
			v *= 3
		}
		sum += v
	}
	return byte('0'+(10-sum%10)%10) == s[12]
}

// epochLuhn is a millisecond time of late 2026 whose digits pass Luhn.
func epochLuhn(e *em) string {
	body := fmt.Sprintf("17%11d", 64_000_000_000+e.r.Int64N(5_000_000_000))
	body = strings.ReplaceAll(body, " ", "0")[:12]
	return body + string(luhnDigit(body))
}

func amount(e *em) string {
	v := fmt.Sprintf("%d.%02d", e.n(1, 4999), e.n(0, 99))
	switch e.r.IntN(3) {
	case 0:
		return strings.ReplaceAll(e.loc.cur, "%", v)
	case 1:
		return v + " " + currencies[e.r.IntN(len(currencies))]
	}
	return v
}

func lookalike(e *em, t string) string {
	switch t {
	case "amazon_order":
		return fmt.Sprintf("%03d-%s-%s", e.n(111, 114), e.digits(7), e.digits(7))
	case "shopify_order":
		return fmt.Sprintf("#%d", e.n(1001, 98999))
	case "shopify_gid":
		return "gid://shopify/Order/" + e.pick("5", "6") + e.digits(12)
	case "tiktok_order":
		return "57" + e.digits(16)
	case "shopee_order":
		return fmt.Sprintf("26%02d%02d", e.n(10, 12), e.n(1, 28)) + randStr(e.r, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
	case "lazada_order":
		return e.pick("7", "8") + e.digits(14)
	case "ebay_order":
		return fmt.Sprintf("%02d-%s-%s", e.n(10, 27), e.digits(5), e.digits(5))
	case "meli_order":
		return "200000" + e.digits(10)
	case "allegro_order":
		return e.f.UUID()
	case "epoch_ms_luhn":
		return epochLuhn(e)
	case "uuid":
		return e.f.UUID()
	case "trace_id":
		return hex(e, 32)
	case "span_id":
		return hex(e, 16)
	case "commit":
		return hex(e, 40)
	case "sku":
		return fmt.Sprintf("%s-%s-%s-%04d", e.pick("TSH", "SNK", "MUG", "BAG", "HDP"), e.pick("BLK", "WHT", "NVY", "RED"), e.pick("S", "M", "L", "XL", "42"), e.n(1, 9999))
	case "ean13":
		return ean13(e)
	case "tracking_ups":
		return "1Z" + randStr(e.r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + e.digits(10)
	case "tracking_usps":
		return "9400" + e.digits(18)
	case "tracking_dhl":
		return e.pick("JJD", "JVGL") + e.digits(14)
	case "tracking_upu":
		return randStr(e.r, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + e.digits(9) + e.pick("GB", "DE", "CN", "BR", "SG")
	case "tracking_spx":
		return e.pick("SPXID0", "SPXVN0", "JX") + e.digits(11)
	case "amount":
		return amount(e)
	case "date":
		switch e.r.IntN(3) {
		case 0:
			return fmt.Sprintf("2026-%02d-%02d", e.n(1, 12), e.n(1, 28))
		case 1:
			return fmt.Sprintf("%02d.%02d.2026", e.n(1, 28), e.n(1, 12))
		}
		return fmt.Sprintf("%02d/%02d/2026", e.n(1, 12), e.n(1, 28))
	case "version":
		return fmt.Sprintf("v%d.%d.%d", e.n(1, 9), e.n(0, 30), e.n(0, 99))
	case "ipv4":
		return fmt.Sprintf("%s.%d.%d.%d", e.pick("10", "172", "192", "34", "52"), e.n(0, 255), e.n(0, 255), e.n(1, 254))
	case "ipv6":
		return fmt.Sprintf("2001:db8:%x::%x", e.n(1, 65535), e.n(1, 65535))
	case "status":
		return e.pick("200", "201", "204", "301", "400", "401", "404", "409", "422", "429", "500", "502", "503")
	case "product":
		if e.r.IntN(3) == 0 {
			return e.f.ProductName()
		}
		return products[e.r.IntN(len(products))]
	case "model":
		return models[e.r.IntN(len(models))]
	case "place":
		return places[e.r.IntN(len(places))]
	case "company":
		if e.r.IntN(3) == 0 {
			return e.f.Company()
		}
		return companies[e.r.IntN(len(companies))]
	case "brand_name":
		return brands[e.r.IntN(len(brands))]
	case "job_title":
		return titles[e.r.IntN(len(titles))]
	case "holiday":
		return holidays[e.r.IntN(len(holidays))]
	case "http_path":
		return fmt.Sprintf("/api/v%d/%s/%s/%s", e.n(1, 3), e.pick("orders", "shipments", "returns", "tickets"), e.digits(8), e.pick("items", "events", "labels", "notes"))
	case "numeric_id":
		return e.pick("1", "3", "7") + e.digits(e.n(8, 11))
	case "invoice":
		return fmt.Sprintf("INV-2026-%07d", e.n(1, 9999999))
	}
	panic("unknown look-alike " + t)
}
