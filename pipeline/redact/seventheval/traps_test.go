package seventheval

import (
	"fmt"
)

// The look-alikes: values that must survive redaction untouched.

const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

func ean13(c *ctx, prefix string) string {
	body := prefix + c.digitsN(12-len(prefix))
	sum := 0
	for i, ch := range body {
		d := int(ch - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return body + fmt.Sprint((10-sum%10)%10)
}

func upcA(c *ctx) string {
	body := c.digitsN(11)
	sum := 0
	for i, ch := range body {
		d := int(ch - '0')
		if i%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return body + fmt.Sprint((10-sum%10)%10)
}

// s10 is a UPU S10 item id with its check digit.
func s10(c *ctx, pre, cc string) string {
	d := c.digitsN(8)
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i := range 8 {
		sum += int(d[i]-'0') * w[i]
	}
	ck := 11 - sum%11
	switch ck {
	case 10:
		ck = 0
	case 11:
		ck = 5
	}
	return fmt.Sprintf("%s%s%d%s", pre, d, ck, cc)
}

// luhnValidEpochMs returns a 13-digit epoch in milliseconds that passes Luhn.
func (c *ctx) luhnEpochMs() string {
	body := fmt.Sprint(1764000000000 + c.r.Int64N(3_000_000_000))[:12]
	return body + string(luhnDigit(body))
}

var trapGen = map[string]func(c *ctx) string{
	"amazon_order":  func(c *ctx) string { return fmt.Sprintf("%03d-%s-%s", c.num(111, 407), c.digitsN(7), c.digitsN(7)) },
	"shopify_order": func(c *ctx) string { return "5" + c.digitsN(12) },
	"shopify_name":  func(c *ctx) string { return "#" + fmt.Sprint(c.num(1001, 98765)) },
	"shopee_sn": func(c *ctx) string {
		return fmt.Sprintf("2412%02d", c.num(1, 28)) + c.randFrom("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 8)
	},
	"lazada_order":  func(c *ctx) string { return c.pick([]string{"4", "5", "6", "8"}) + c.digitsN(14) },
	"tiktok_order":  func(c *ctx) string { return "57" + c.digitsN(c.pick2(16, 17)) },
	"rakuten_order": func(c *ctx) string { return fmt.Sprintf("%s-202612%02d-%s", c.digitsN(6), c.num(1, 28), c.digitsN(10)) },
	"meli_order":    func(c *ctx) string { return "2000" + c.digitsN(12) },
	"epoch_s":       func(c *ctx) string { return fmt.Sprint(1764000000 + c.r.IntN(3_000_000)) },
	"epoch_ms":      func(c *ctx) string { return fmt.Sprint(1764000000000 + c.r.Int64N(3_000_000_000)) },
	"epoch_ms_luhn": func(c *ctx) string { return c.luhnEpochMs() },
	"epoch_us":      func(c *ctx) string { return fmt.Sprint(1764000000000000 + c.r.Int64N(3_000_000_000_000)) },
	"epoch_ns":      func(c *ctx) string { return fmt.Sprint(1764000000000000000 + c.r.Int64N(3_000_000_000_000_000)) },
	"uuid":          func(c *ctx) string { return c.f.UUID() },
	"ulid":          func(c *ctx) string { return "01J" + c.randFrom(crockford, 23) },
	"trace_id":      func(c *ctx) string { return c.hexN(32) },
	"span_id":       func(c *ctx) string { return c.hexN(16) },
	"traceparent":   func(c *ctx) string { return "00-" + c.hexN(32) + "-" + c.hexN(16) + "-01" },
	"git_sha7":      func(c *ctx) string { return c.hexN(7) },
	"git_sha40":     func(c *ctx) string { return c.hexN(40) },
	"sha256":        func(c *ctx) string { return c.hexN(64) },
	"idempotency":   func(c *ctx) string { return c.pick([]string{"idem-", "ik_", "order-sync-"}) + c.hexN(24) },
	"request_id": func(c *ctx) string {
		return c.pick([]string{"req_", "Root=1-6751", "rid-"}) + c.randFrom("0123456789abcdefghijklmnopqrstuvwxyz", 20)
	},
	"sku": func(c *ctx) string {
		return c.pick([]string{"SKU-", "TSH-", "BR-CAM-", "KR-BTY-"}) + c.digitsN(4) + "-" + c.pick([]string{"BLK", "RED", "XL", "42", "256G"})
	},
	"asin": func(c *ctx) string { return "B0" + c.randFrom("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 8) },
	"ean13": func(c *ctx) string {
		return ean13(c, c.pick([]string{"789", "880", "450", "471", "885", "893", "800", "590", "520", "627"}))
	},
	"upc":    func(c *ctx) string { return upcA(c) },
	"isbn13": func(c *ctx) string { return ean13(c, "978") },
	"ups":    func(c *ctx) string { return "1Z" + c.randFrom("0123456789ABCDEFGHJKLMNPRSTVWXY", 6) + c.digitsN(10) },
	"usps":   func(c *ctx) string { return "9400" + c.digitsN(18) },
	"fedex":  func(c *ctx) string { return c.pick([]string{"7", "8"}) + c.digitsN(11) },
	"dhl":    func(c *ctx) string { return c.pick([]string{"1", "3", "5"}) + c.digitsN(9) },
	"s10": func(c *ctx) string {
		return s10(c, c.pick([]string{"RR", "LX", "EE", "CP", "RB"}), c.pick([]string{"CN", "BR", "TH", "JP", "IT", "PL"}))
	},
	"local_courier": func(c *ctx) string { return c.pick([]string{"JT", "SPXVN0", "TH01", "KEX", "SF"}) + c.digitsN(12) },
	"yamato":        func(c *ctx) string { return c.digitsN(4) + "-" + c.digitsN(4) + "-" + c.digitsN(4) },
	"invoice": func(c *ctx) string {
		return c.pick([]string{"INV-2026-", "FV/2026/12/", "FA-", "NF-"}) + fmt.Sprintf("%06d", c.num(1, 999999))
	},
	"nfe_key":      func(c *ctx) string { return "3526" + c.digitsN(40) },
	"amount":       func(c *ctx) string { return c.loc.currency(c) },
	"amount_plain": func(c *ctx) string { return fmt.Sprintf("%d.%02d", c.num(1, 99999), c.r.IntN(100)) },
	"version":      func(c *ctx) string { return fmt.Sprintf("v%d.%d.%d", c.num(1, 4), c.num(0, 40), c.num(0, 20)) },
	"ipv4":         func(c *ctx) string { return fmt.Sprintf("10.%d.%d.%d", c.num(0, 255), c.num(0, 255), c.num(1, 254)) },
	"host_port": func(c *ctx) string {
		return fmt.Sprintf("172.%d.%d.%d:%d", c.num(16, 31), c.num(0, 255), c.num(1, 254), c.pick2(8443, 9092))
	},
	"status": func(c *ctx) string { return fmt.Sprint(c.pick2(502, 429)) },
	"date":   func(c *ctx) string { return fmt.Sprintf("2026-%02d-%02d", c.num(1, 12), c.num(1, 28)) },
	"pod": func(c *ctx) string {
		return c.pick([]string{"order-sync", "inventory-sync", "payment-cb"}) + "-" + c.hexN(10) + "-" + c.randFrom("bcdfghjklmnpqrstvwxz2456789", 5)
	},
	"product": func(c *ctx) string {
		return c.pick([]string{"iPhone 15 Pro Max 256GB", "Galaxy A55 5G 8/256", "Redmi Note 13 Pro+ 512GB", "Air Max 270 EU 42", "Dyson V15 Detect", "PS5 Slim 1TB", "Kindle Paperwhite 16GB"})
	},
	"city":     func(c *ctx) string { return c.pick(c.loc.cities) },
	"company":  func(c *ctx) string { return c.f.Company() },
	"postcode": func(c *ctx) string { return c.loc.postcode(c) },
	"hs_code": func(c *ctx) string {
		return c.pick([]string{"8517.13.00", "6109.10", "3304.99.90", "8471.30.00", "6403.99"})
	},
	"company_vat": func(c *ctx) string { return c.loc.vat(c) },
	"bin_location": func(c *ctx) string {
		return fmt.Sprintf("%s-%02d-%02d-%s", c.pick([]string{"A", "B", "WH2-R"}), c.num(1, 40), c.num(1, 12), c.pick([]string{"A", "B", "C", "D"}))
	},
	"warehouse_code": func(c *ctx) string { return c.pick([]string{"FC-SIN2", "WH-GRU-03", "LAX9", "NRT5", "BKK-DC1"}) },
}

var trapTypes []string

func init() {
	for k := range trapGen {
		trapTypes = append(trapTypes, k)
	}
	sortStrings(trapTypes)
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// t writes a look-alike of the given type.
func (c *ctx) t(typ string) string { return c.trap(typ, trapGen[typ](c)) }

// order writes a marketplace order id.
func (c *ctx) order() string {
	return c.t(c.pick([]string{"amazon_order", "shopify_order", "shopify_name", "shopee_sn", "lazada_order", "tiktok_order", "rakuten_order", "meli_order"}))
}

// tracking writes a carrier's tracking number.
func (c *ctx) tracking() string {
	return c.t(c.pick([]string{"ups", "usps", "fedex", "dhl", "s10", "local_courier", "yamato"}))
}

// anyID writes an opaque id of infrastructure.
func (c *ctx) anyID() string {
	return c.t(c.pick([]string{"uuid", "ulid", "trace_id", "span_id", "git_sha7", "git_sha40", "sha256", "idempotency", "request_id"}))
}

func (c *ctx) epoch() string {
	return c.t(c.pick([]string{"epoch_s", "epoch_ms", "epoch_ms_luhn", "epoch_us", "epoch_ns"}))
}

func (c *ctx) product() string {
	return c.t(c.pick([]string{"sku", "asin", "ean13", "upc", "isbn13", "product"}))
}

func (c *ctx) misc() string {
	return c.t(c.pick([]string{"invoice", "nfe_key", "amount", "amount_plain", "version", "ipv4", "host_port", "status", "date", "pod", "city", "company", "postcode", "hs_code", "company_vat", "bin_location", "warehouse_code", "traceparent"}))
}
