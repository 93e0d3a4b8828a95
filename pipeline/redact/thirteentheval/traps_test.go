package thirteentheval

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

type trapGen struct {
	typ string
	f   func(g *gen) string
}

func ean13(g *gen, prefix string) string {
	body := prefix + g.digits(12-len(prefix))
	s := 0
	for i := 0; i < 12; i++ {
		d := int(body[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		s += d
	}
	return body + strconv.Itoa((10-s%10)%10)
}

func s10(g *gen) string {
	body := g.digits(8)
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	s := 0
	for i := range 8 {
		s += int(body[i]-'0') * w[i]
	}
	c := 11 - s%11
	if c == 10 {
		c = 0
	} else if c == 11 {
		c = 5
	}
	return pick(g, []string{"RR", "LX", "CP", "EE", "UA"}) + body + strconv.Itoa(c) + pick(g, []string{"CN", "DE", "PL", "SE", "GB"})
}

func luhnEpochMS(g *gen) string {
	for {
		v := strconv.FormatInt(1733000000000+int64(g.in(90000000))*1000+int64(g.in(1000)), 10)
		if luhnValid(v) {
			return v
		}
	}
}

var trapGens = []trapGen{
	{"woo_order", func(g *gen) string { return "#" + g.fill("%####") }},
	{"magento_increment", func(g *gen) string { return "000" + g.fill("%#####") }},
	{"amazon_order", func(g *gen) string { return g.fill("%##-#######-#######") }},
	{"shopify_order_id", func(g *gen) string { return "5" + g.digits(12) }},
	{"shopee_order", func(g *gen) string { return "2612" + g.fill("05@@@@@@@@") }},
	{"tiktok_order", func(g *gen) string { return "57" + g.digits(16+g.in(2)) }},
	{"mercadolibre_order", func(g *gen) string { return "20000" + g.digits(11) }},
	{"allegro_order", func(g *gen) string { return g.f.UUID() }},
	{"jumia_order", func(g *gen) string { return "3" + g.digits(8) }},
	{"epoch_s", func(g *gen) string { return strconv.Itoa(1764900000 + g.in(999999)) }},
	{"epoch_ms_luhn", luhnEpochMS},
	{"epoch_ms", func(g *gen) string { return "1764" + g.digits(9) }},
	{"epoch_us", func(g *gen) string { return "1764" + g.digits(12) }},
	{"epoch_ns", func(g *gen) string { return "1764" + g.digits(15) }},
	{"uuid", func(g *gen) string { return g.f.UUID() }},
	{"ulid", func(g *gen) string { return "01J" + g.from("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23) }},
	{"snowflake", func(g *gen) string { return "13" + g.digits(17) }},
	{"trace_id", func(g *gen) string { return hexN(g, 32) }},
	{"span_id", func(g *gen) string { return hexN(g, 16) }},
	{"git_sha", func(g *gen) string { return hexN(g, 40) }},
	{"sha256", func(g *gen) string { return "sha256:" + hexN(g, 64) }},
	{"idempotency_key", func(g *gen) string { return "idem_" + g.from(lowerAl, 20) }},
	{"request_id", func(g *gen) string { return "req-" + hexN(g, 8) + "-" + hexN(g, 4) }},
	{"sku", func(g *gen) string { return g.fill("SKU-@@##-") + pick(g, []string{"BLK", "RED", "XL", "32GB"}) }},
	{"asin", func(g *gen) string { return "B0" + g.from(upperAl, 8) }},
	{"ean13", func(g *gen) string { return ean13(g, pick(g, []string{"400", "590", "690", "789", "871"})) }},
	{"upc", func(g *gen) string { return ean13(g, "0")[1:] }},
	{"isbn", func(g *gen) string { return ean13(g, "978") }},
	{"gtin14", func(g *gen) string { return "1" + ean13(g, "400") }},
	{"ups", func(g *gen) string { return "1Z" + g.from(upperAl, 6) + g.digits(10) }},
	{"usps", func(g *gen) string { return "9400" + g.digits(18) }},
	{"fedex", func(g *gen) string { return "7" + g.digits(11) }},
	{"dhl", func(g *gen) string { return "JJD" + g.digits(18) }},
	{"s10", s10},
	{"postnord", func(g *gen) string { return "00370" + g.digits(15) }},
	{"local_courier", func(g *gen) string { return pick(g, []string{"JNE", "SPX", "JT", "KERRY", "DTDC"}) + g.digits(12) }},
	{"invoice_no", func(g *gen) string { return g.fill("INV-2026-######") }},
	{"amount", func(g *gen) string {
		whole := 100 + g.in(99000)
		c := g.in(100)
		switch g.in(5) {
		case 0:
			return fmt.Sprintf("%d.%03d,%02d EUR", whole/1000+1, whole%1000, c)
		case 1:
			return fmt.Sprintf("%d %03d,%02d zł", whole/1000+1, whole%1000, c)
		case 2:
			return fmt.Sprintf("CHF %d'%03d.%02d", whole/1000+1, whole%1000, c)
		case 3:
			return fmt.Sprintf("₹%d,%03d.%02d", whole/1000+1, whole%1000, c)
		}
		return fmt.Sprintf("%s %d.%02d", pick(g, []string{"USD", "R$", "¥", "AED", "₦", "Rp"}), whole, c)
	}},
	{"version", func(g *gen) string { return fmt.Sprintf("v%d.%d.%d", 1+g.in(9), g.in(30), g.in(200)) }},
	{"ipv4", func(g *gen) string { return fmt.Sprintf("10.%d.%d.%d", g.in(255), g.in(255), 1+g.in(254)) }},
	{"port", func(g *gen) string { return ":" + pick(g, []string{"8443", "5432", "9092", "6379", "3306"}) }},
	{"date", func(g *gen) string {
		return time.Date(2026, time.Month(1+g.in(12)), 1+g.in(28), g.in(24), g.in(60), g.in(60), 0, time.UTC).Format(time.RFC3339)
	}},
	{"duration", func(g *gen) string { return fmt.Sprintf("%dms", 3+g.in(9000)) }},
	{"pod", func(g *gen) string {
		return "order-sync-" + g.from("0123456789bcdfghjklmnpqrstvwxz", 10) + "-" + g.from("bcdfghjklmnpqrstvwxz2456789", 5)
	}},
	{"product_name", func(g *gen) string {
		return pick(g, []string{"iPhone 15 Pro Max 256GB", "Galaxy S24 Ultra 512 GB", "Xiaomi Redmi Note 13 Pro+", "Nike Air Max 270 size 42", "LEGO 42115 Lamborghini", "Dyson V15 Detect", "Philips 55PUS8808/12"})
	}},
	{"city", func(g *gen) string { return pick(g, g.loc.cities) }},
	{"company", func(g *gen) string { return g.f.Company() }},
	{"postcode", func(g *gen) string { return g.fill(g.loc.postcode) }},
	{"hs_code", func(g *gen) string { return g.fill("8517.13.##.##") }},
	{"vat_id", func(g *gen) string {
		return pick(g, []string{"DE", "FR", "PL", "NL"}) + g.digits(9) + pick(g, []string{"", "B01"})
	}},
	{"bin_location", func(g *gen) string { return g.fill("WH2-A##-R#-S##-B#") }},
	{"kafka_offset", func(g *gen) string { return "offset=" + strconv.Itoa(g.in(90000000)) }},
	{"status_code", func(g *gen) string {
		return "HTTP " + pick(g, []string{"200", "201", "404", "409", "422", "429", "502"})
	}},
	{"masked_card", maskedCard},
}

var trapIndex = func() map[string]int {
	m := map[string]int{}
	for i, t := range trapGens {
		m[t.typ] = i
	}
	return m
}()

// tr plants a look-alike of a given type.
func (g *gen) tr(typ string) string {
	return g.T(typ, trapGens[trapIndex[typ]].f(g))
}

// anyTrap plants a random look-alike.
func (g *gen) anyTrap() (string, string) {
	t := trapGens[g.in(len(trapGens))]
	return t.typ, g.T(t.typ, t.f(g))
}

// trapKV is a key=value pair of random look-alikes, keys named for them.
func (g *gen) trapKV(n int) [][2]string {
	var out [][2]string
	for i := 0; i < n; i++ {
		typ, v := g.anyTrap()
		out = append(out, [2]string{"ref_" + trapKey(g, typ), v})
	}
	return out
}

func trapKey(g *gen, typ string) string {
	switch typ {
	case "amount":
		return pick(g, []string{"total", "amount", "grand_total", "refund_amount"})
	case "masked_card":
		return pick(g, []string{"card_masked", "card_last4_display", "pan_masked"})
	case "status_code":
		return "upstream_status"
	case "kafka_offset":
		return "kafka"
	}
	return strings.ReplaceAll(typ, "_luhn", "")
}

var buyerTraps = []string{"masked_card", "ups", "usps", "s10", "postnord", "local_courier", "amount", "product_name", "isbn", "upc", "ean13", "gtin14", "invoice_no", "woo_order", "tiktok_order", "shopee_order", "city", "postcode", "epoch_ns", "sha256", "port"}

// mention is a look-alike as buyers and agents mention one in free text.
func (g *gen) mention() string {
	typ := pick(g, buyerTraps)
	v := g.tr(typ)
	switch typ {
	case "masked_card":
		return "(" + v + ")"
	case "ups", "usps", "s10", "postnord", "local_courier":
		return "tracking " + v
	case "amount":
		return "= " + v
	case "isbn", "upc", "ean13", "gtin14":
		return "barcode " + v
	case "port":
		return "portal" + v
	case "epoch_ns", "sha256":
		return "[" + v + "]"
	}
	return v
}

// kvs writes look-alikes as key=value pairs.
func (g *gen) kvs(n int, sep string) string {
	var parts []string
	for _, kv := range g.trapKV(n) {
		parts = append(parts, kv[0]+"="+kv[1])
	}
	return strings.Join(parts, sep)
}
