package twentyfiftheval

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Look-alikes: what must survive redaction verbatim. Numeric ones are drawn
// until they are not card-shaped by the definition (Luhn-valid with
// an issuer's prefix and length): such a number is a card by that definition
// wherever it stands. Amazon's 3-7-7 ids and epoch milliseconds are the shapes
// the issue itself names as look-alikes, and GS1 barcodes (EAN-13, JAN, UPC,
// GTIN-14) carry their own check digit (the README names "a valid EAN-13
// barcode" as a look-alike rule): those are drawn freely.

// LK adds a look-alike of type typ drawn by g.
func (c *cas) LK(g *gen, typ string) Txt { return c.K(typ, g.lk(typ)) }

func (g *gen) notCard(f func() string) string {
	for {
		s := f()
		if !cardLike(allDigits(s)) {
			return s
		}
	}
}

var baseTime = time.Date(2026, 12, 5, 8, 0, 0, 0, time.UTC)

func (g *gen) when() time.Time {
	return baseTime.Add(time.Duration(g.n(40*24*3600)) * time.Second).Add(-20 * 24 * time.Hour)
}

var mpIDs = []string{"ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8", "A2Q3Y263D00KWC", "A1PA6795UKMFR9", "A1RKKUPIHCS9HS", "A13V1IB3VIYZZH",
	"APJ6JRA9NG5V4", "A1F83G8C2ARO7P", "A1805IZSGTT6HS", "A1C3SOZRARQ6R3", "A33AVAJ2PDY3EV", "A2VIGQ35RCS4UG", "A17E79C6D8DWNP", "A21TJRUUN4KGV",
	"A1VC38T7YXB528", "A39IBJ37TRP1C6", "A19VAU5U5O7RUS", "A2NODRKZP88ZB9"}

func (g *gen) lk(typ string) string {
	switch typ {
	case "amazon_order_id":
		return g.pick("111", "112", "113", "114", "171", "202", "203", "204", "205", "249", "250", "302", "303", "304", "305", "402", "403", "404", "405", "406", "407", "408", "028", "026", "503", "701") + "-" + g.digits(7) + "-" + g.digits(7)
	case "merchant_order_ref":
		return g.pick("SO-", "PED-", "ORD-", "WB-", "BR") + g.num(2025, 2026) + "-" + g.padr(1, 999999, 6)
	case "asin":
		return "B0" + g.from(upAlnum, 8)
	case "seller_sku":
		switch g.n(5) {
		case 0:
			return g.from(upper, 2) + "-" + g.digits(4) + "-" + g.pick("BLK", "WHT", "RED", "NVY", "GRN") + "-" + g.pick("S", "M", "L", "XL", "38", "40", "42")
		case 1:
			return "SKU_" + g.digits(6)
		case 2:
			return g.pick("TSHIRT", "CAMISETA", "KAOS", "MUG", "CASE", "BOLSA") + "-" + g.pick("RED", "AZUL", "HITAM", "BLANC") + "-" + g.pick("XL", "P", "M", "G")
		case 3:
			return g.from(upAlnum, 3) + g.digits(5) + "-" + g.from(upper, 2)
		default:
			return "WH-" + g.padr(1, 9999, 4) + "-" + g.num(1, 6) + "P"
		}
	case "fnsku":
		return "X00" + g.from(upAlnum, 7)
	case "ean13":
		p := g.pick("789", "750", "779", "590", "869", "460", "880", "690", "693", "400", "401", "871", "300", "800", "859", "594", "520", "729", "899", "955", "480", "893", "885", "890", "628", "629", "616", "775", "770")
		return eanComplete(p + g.digits(12-len(p)))
	case "jan":
		return eanComplete(g.pick("45", "49") + g.digits(10))
	case "upc":
		return eanComplete(g.pick("0", "6", "7", "8") + g.digits(10))
	case "gtin14":
		return eanComplete(g.pick("1", "2", "3") + g.pick("789", "400", "490", "880") + g.digits(9))
	case "isbn13":
		return eanComplete("978" + g.digits(9))
	case "marketplace_id":
		return g.pickS(mpIDs)
	case "amazon_seller_id":
		return "A" + g.from(upAlnum, g.rng(12, 13))
	case "uuid", "amzn_request_id", "webhook_id":
		return g.uuid()
	case "amzn_trace_id":
		return "Root=1-" + g.hex(8) + "-" + g.hex(24)
	case "sp_report_id":
		return "5" + g.digits(10)
	case "feed_document_id":
		return "amzn1.tortuga.4." + g.pick("na", "eu", "fe") + "." + g.uuid() + ".T" + g.from(upAlnum, 13)
	case "next_token":
		return g.b64(g.rng(48, 96))
	case "shopify_order_id":
		return g.notCard(func() string { return g.pick("4", "5", "5", "6", "6") + g.digits(12) })
	case "shopify_order_name":
		if g.chance(0.2) {
			return "#" + g.pick("US", "BR", "MX", "EU", "SHOP") + g.num(1001, 99999)
		}
		return "#" + g.num(1001, 48999)
	case "shopify_gid":
		return "gid://shopify/" + g.pick("Order", "Customer", "LineItem", "Fulfillment", "Product", "BulkOperation", "MailingAddress") + "/" + g.notCard(func() string { return g.pick("4", "5", "6", "7") + g.digits(12) })
	case "shopify_line_item_id":
		return "1" + g.digits(13)
	case "hmac_b64":
		return g.b64(32)
	case "shop_domain":
		return g.pick("casa", "loja", "tienda", "kedai", "sklep", "magaza", "boutique", "studio") + "-" + g.pick("bonita", "verde", "sakura", "nusantara", "polska", "istanbul", "paris", "norte", "seoul") + g.pick("", "-2", "-official", "-store") + ".myshopify.com"
	case "shopee_order_sn":
		t := g.when()
		return t.Format("060102") + g.from(upAlnum, 8)
	case "shop_id":
		return g.digitsNZ(g.rng(6, 9))
	case "partner_id":
		return g.pick("1", "2") + g.digits(6)
	case "request_id_hex":
		return g.hex(32)
	case "sign_hex":
		return g.hex(64)
	case "sign_hex_upper":
		return g.hexU(64)
	case "lazada_order_id":
		return g.notCard(func() string { return g.pick("4", "5", "6", "8") + g.digits(14) })
	case "tiktok_order_id":
		return g.notCard(func() string { return "57" + g.pick("6", "7", "8") + g.digits(15) })
	case "tiktok_package_id":
		return "11529" + g.digits(14)
	case "meli_order_id":
		return "2000" + g.digits(12)
	case "meli_shipment_id":
		return "4" + g.digits(10)
	case "meli_item_id":
		return g.pick("MLB", "MLA", "MLM", "MCO", "MLC", "MPE") + g.digits(10)
	case "rakuten_order_number":
		t := g.when()
		return g.digits(6) + "-" + t.Format("20060102") + "-" + g.padr(1, 999999999, 10)
	case "coupang_order_id":
		return g.notCard(func() string { return "2" + g.digits(13) })
	case "coupang_vendor_id":
		return "A00" + g.digits(6)
	case "allegro_offer_id":
		return "1" + g.digits(10)
	case "flipkart_order_id":
		return "OD" + g.digits(18)
	case "jumia_order_number":
		return "3" + g.digits(8)
	case "noon_order_nr":
		return "NAEH" + g.digits(10)
	case "trendyol_order_number":
		return "10" + g.digits(9)
	case "trendyol_package_id":
		return "3" + g.digits(9)
	case "ozon_posting_number":
		return g.notCard(func() string { return g.digits(8) + "-" + g.digits(4) + "-" + g.num(1, 3) })
	case "wb_order_id":
		return "1" + g.digits(9)
	case "wb_rid":
		return g.hex(32)
	case "tokopedia_invoice":
		return "INV/" + g.when().Format("20060102") + "/MPL/" + g.digits(10)
	case "zalando_order_number":
		return "10" + g.digits(12)
	case "bol_order_id":
		return "A" + g.from(upAlnum, 9)
	case "cdiscount_order_ref":
		return g.when().Format("0601021504") + g.from(upper, 5)
	case "ebay_order_id":
		return g.digits(2) + "-" + g.digits(5) + "-" + g.digits(5)
	case "etsy_receipt_id":
		return "3" + g.digits(9)
	case "walmart_po_id":
		return g.notCard(func() string { return "1" + g.digits(12) })
	case "walmart_customer_order_id":
		return g.notCard(func() string { return "2" + g.digits(12) })
	case "woo_order_id":
		return g.num(1000, 99999)
	case "magento_increment_id":
		return g.pick("0000", "1000", "2000") + g.digits(5)
	case "ups_tracking":
		return "1Z" + g.from(upAlnum, 6) + g.digits(10)
	case "fedex_tracking":
		return g.pick("7", "3", "5") + g.digits(11)
	case "usps_tracking":
		return "9400" + g.digits(18)
	case "dhl_tracking":
		return g.digitsNZ(10)
	case "s10_tracking":
		return s10(g.pick("LK", "LX", "RR", "UA", "EE", "CP", "LP", "RB"), g.digits(8), g.pick("CN", "CN", "SG", "HK", "DE", "NL", "PL", "JP"))
	case "correios_tracking":
		return s10(g.pick("AA", "OJ", "QB", "NX", "PW"), g.digits(8), "BR")
	case "spx_tracking":
		return g.pick("SPXID0", "SPXMY0", "SPXVN0", "BR") + g.digits(11)
	case "jnt_tracking":
		return g.pick("JP", "JX", "JO", "JD") + g.digits(10)
	case "ninjavan_tracking":
		return "NV" + g.pick("SG", "MY", "ID", "PH", "TH", "VN") + g.from(upAlnum, 4) + g.digits(8)
	case "yamato_tracking":
		d := g.digitsNZ(12)
		return d[:4] + "-" + d[4:8] + "-" + d[8:]
	case "cj_tracking":
		return "6" + g.digits(11)
	case "dpd_tracking":
		return "0" + g.digitsNZ(13)
	case "inpost_tracking":
		return "6" + g.digits(23)
	case "delhivery_awb":
		return "1" + g.digits(12)
	case "aramex_awb":
		return g.digitsNZ(11)
	case "trace_id":
		return g.hex(32)
	case "span_id":
		return g.hex(16)
	case "traceparent":
		return "00-" + g.hex(32) + "-" + g.hex(16) + "-01"
	case "cursor_b64json":
		raw := fmt.Sprintf(`{"last_id":%s,"last_value":"%s"}`, g.digitsNZ(13), g.when().Format("2006-01-02 15:04:05.000000"))
		return base64.StdEncoding.EncodeToString([]byte(raw))
	case "epoch_s":
		return strconv.FormatInt(g.when().Unix(), 10)
	case "epoch_ms":
		return strconv.FormatInt(g.when().UnixMilli()+int64(g.n(1000)), 10)
	case "epoch_ms_luhn":
		for {
			s := strconv.FormatInt(g.when().UnixMilli()+int64(g.n(1000)), 10)
			if luhnValid(s) {
				return s
			}
		}
	case "iso_datetime":
		t := g.when()
		switch g.n(4) {
		case 0:
			return t.Format("2006-01-02T15:04:05Z")
		case 1:
			return t.Format("2006-01-02T15:04:05.000Z")
		case 2:
			return t.In(time.FixedZone("", []int{9, -3, 3, 8, 7, 1, -5}[g.n(7)]*3600)).Format("2006-01-02T15:04:05-07:00")
		default:
			return t.Format("2006-01-02T15:04:05+00:00")
		}
	case "date_local":
		t := g.when()
		return t.Format(g.pick("02/01/2006", "2006年1月2日", "02.01.2006", "2006/01/02", "2006-01-02 15:04:05"))
	case "amount":
		return fmt.Sprintf("%.2f", g.money(3, 2500))
	case "amount_currency":
		return g.amountCur(g.pick("BRL", "ARS", "MXN", "PEN", "COP", "JPY", "KRW", "CNY", "PLN", "INR", "TRY", "RUB", "UAH", "AED", "SAR", "IDR", "MYR", "PHP", "VND", "THB", "EUR", "CZK", "RON", "ILS", "NGN", "KES", "USD"))
	case "tax_id_cnpj":
		return cnpj(g)
	case "tax_id_cuit":
		return g.pick("30", "33") + "-" + g.digits(8) + "-" + g.num(0, 9)
	case "tax_id_ruc":
		return "20" + g.digits(9)
	case "tax_id_rfc":
		return g.from(upper, 3) + g.when().Format("060102") + g.from(upAlnum, 3)
	case "tax_id_gstin":
		return g.pick("29", "27", "07", "36", "33") + g.from(upper, 5) + g.digits(4) + g.from(upper, 1) + g.num(1, 9) + "Z" + g.from(upAlnum, 1)
	case "tax_id_vat_eu":
		switch g.n(6) {
		case 0:
			return "DE" + g.digitsNZ(9)
		case 1:
			return "FR" + g.digits(11)
		case 2:
			return "NL" + g.digits(9) + "B0" + g.num(1, 9)
		case 3:
			return "IT" + g.digits(11)
		case 4:
			return "PL" + g.digits(10)
		default:
			return "CZ" + g.digits(8)
		}
	case "tax_id_vkn":
		return g.digitsNZ(10)
	case "tax_id_nip":
		d := g.digitsNZ(10)
		return d[:3] + "-" + d[3:6] + "-" + d[6:8] + "-" + d[8:]
	case "tax_id_trn":
		return "100" + g.digits(12)
	case "tax_id_npwp":
		d := g.digits(15)
		return d[:2] + "." + d[2:5] + "." + d[5:8] + "." + d[8:9] + "-" + d[9:12] + "." + d[12:]
	case "tax_id_kr_brn":
		d := g.digitsNZ(10)
		return d[:3] + "-" + d[3:5] + "-" + d[5:]
	case "tax_id_cn_uscc":
		return "91" + g.pick("440300", "310115", "110105", "330106") + g.from(upAlnum, 9) + g.from(upAlnum, 1)
	case "tax_id_jp_corp":
		return g.digitsNZ(13)
	case "fc_code":
		return g.pick("GRU5", "BRE4", "NRT5", "BOM7", "PRG2", "KTW1", "XDEZ", "LEJ1", "MXP5", "MAD4", "ORY1", "AMS1", "CGK1", "DXB3", "RUH1", "SIN8", "ICN1", "YYZ4", "ONT8", "POA1")
	case "category_id":
		switch g.n(4) {
		case 0:
			return g.digitsNZ(g.rng(8, 11))
		case 1:
			return g.pick("MLB", "MLA", "MLM") + g.num(1000, 439999)
		case 2:
			return "1000" + g.digits(2)
		default:
			return g.num(1000, 329999)
		}
	case "api_version":
		return g.pick("2024-10", "2025-01", "2024-07", "v0", "v2", "2021-08-01", "202309", "202405", "v3", "1.0")
	case "http_status":
		return g.pick("200", "201", "204", "400", "401", "403", "404", "409", "422", "429", "500", "502", "503", "504")
	case "ipv4":
		return fmt.Sprintf("%s.%d.%d.%d", g.pick("10", "172", "52", "54", "35", "203", "185"), g.n(256), g.n(256), g.rng(1, 254))
	case "semver":
		return fmt.Sprintf("%d.%d.%d", g.n(4)+1, g.n(30), g.n(20))
	case "user_agent":
		return g.pick("amzn-spapi-python/", "shopify-api-ruby/", "python-requests/", "okhttp/", "Go-http-client/", "axios/", "lazop-sdk-java/") + fmt.Sprintf("%d.%d.%d", g.n(4)+1, g.n(30), g.n(10))
	case "hs_code":
		return g.pick("6109.10.00", "6204.62.00", "8517.62.00", "4202.92.00", "9503.00.00", "3304.99.00", "6403.99.00", "8471.30.00")
	case "weight":
		return fmt.Sprintf("%.2f %s", g.money(0.1, 25), g.pick("kg", "lb"))
	case "dimensions":
		return fmt.Sprintf("%dx%dx%d cm", g.rng(5, 60), g.rng(5, 40), g.rng(2, 30))
	case "discount_code":
		return g.pick("VERANO", "BLACKFRIDAY", "WELCOME", "HARBOLNAS", "SINGLEDAY", "RAMADAN", "CYBERMONDAY", "FRETEGRATIS", "HOTSALE", "CHUSEOK", "SONGKRAN", "NATAL") + g.pick("10", "15", "20", "25", "2026", "1212", "1111")
	case "payment_ref":
		switch g.n(4) {
		case 0:
			return "pi_3" + g.from(alnum, 23)
		case 1:
			return g.notCard(func() string { return "88" + g.digits(14) })
		case 2:
			return "pay_" + g.from(alnum, 14)
		default:
			return g.digitsNZ(11)
		}
	case "nfe_key":
		d := "35" + g.when().Format("0601") + strings.ReplaceAll(cnpj(g), ".", "") + "55" + g.digits(3) + g.digits(9) + "1" + g.digits(8)
		d = strings.NewReplacer("/", "", "-", "").Replace(d)
		d = d + g.digits(44-len(d))
		if len(d) > 44 {
			d = d[:44]
		}
		if g.chance(0.4) {
			return group4(d)
		}
		return d
	case "sqs_receipt":
		return "AQEB" + g.b64(96)
	case "sns_topic_arn":
		return "arn:aws:sns:" + g.pick("us-east-1", "eu-west-1", "us-west-2") + ":" + g.digits(12) + ":" + g.pick("sp-api-notifications", "order-change", "channel-sync-events")
	case "lwa_client_id":
		return "amzn1.application-oa2-client." + g.hex(32)
	case "app_id":
		return g.notCard(func() string { return g.digitsNZ(16) })
	case "masked_card":
		switch g.n(4) {
		case 0:
			return "**** **** **** " + g.digits(4)
		case 1:
			return "XXXX-XXXX-XXXX-" + g.digits(4)
		case 2:
			return "••••" + g.digits(4)
		default:
			return g.pick("411111", "520082", "400115", "552289") + "******" + g.digits(4)
		}
	case "masked_email":
		return g.from("abcdefghijklmnopqrstuvwxyz", 1) + "***" + g.from("abcdefghijklmnopqrstuvwxyz", 1) + "@" + g.pick("gmail.com", "naver.com", "hotmail.com", "yahoo.co.jp", "qq.com")
	case "masked_name":
		return g.from(upper, 1) + "***" + g.pick("", " "+g.from(upper, 1)+"***")
	case "masked_iban":
		return g.pick("DE", "NL", "FR", "PL", "TR") + "** **** **** **** **" + g.digits(2)
	case "brand_personlike":
		return g.pick("Calvin Klein", "Tommy Hilfiger", "Ralph Lauren", "Hugo Boss", "Karl Lagerfeld", "Michael Kors", "Marc Jacobs", "Paul Smith", "Ted Baker", "Kate Spade", "Tory Burch", "Vera Wang", "Carolina Herrera", "Giorgio Armani", "Pierre Cardin", "Issey Miyake", "Yohji Yamamoto", "Ferragamo", "Stella McCartney", "Oscar de la Renta")
	case "business_personlike":
		return g.pick("Silva & Filhos Comércio Ltda.", "Hermanos Gutiérrez S.A. de C.V.", "Kowalski i Synowie Sp. z o.o.", "Müller Logistik GmbH", "Yılmaz Tekstil A.Ş.", "Tanaka Shoji K.K.", "Rossi Calzature S.r.l.", "Dubois Frères SAS", "Nguyễn Phát Co., Ltd.", "PT Santoso Jaya Abadi", "Okafor Brothers Ltd", "Novák a syn s.r.o.")
	case "city_alone":
		return g.pick("Shenzhen", "Yiwu", "Guangzhou", "Dongguan", "Cajamar", "Extrema", "Leipzig", "Bad Hersfeld", "Poznań", "Gebze", "Tuzla", "Pune", "Bhiwandi", "Chonburi", "Shah Alam", "Cikarang", "Binh Duong", "Jebel Ali", "Riyadh", "Nairobi", "Lagos", "Incheon", "Ichikawa", "Tlajomulco", "Ezeiza")
	case "template_var":
		return g.pick("{{customer.first_name}}", "{{ shipping_address.address1 }}", "%recipient_phone%", "${buyer.email}", "{buyerName}", "[[SHIP_TO_ADDRESS]]", "{{order.billing_address.name}}", "{recipient.phone_number}", "%%customer_email%%", "{{ customer.phone }}")
	case "plain_phrase":
		return g.pick("Phone is invalid", "Address validation failed", "Name can't be blank", "phone number format not supported", "address line too long", "recipient name required", "Enter a valid phone number", "shipping address incomplete", "e-mail address is missing")
	case "warehouse_id":
		return "WH-" + g.pick("BR", "MX", "PL", "TR", "ID", "MY", "TH", "AE", "DE") + "-" + g.from(upper, 2) + "-" + g.padr(1, 20, 2)
	case "yurtici_tracking":
		return "7280" + g.digits(9)
	case "fba_shipment_id":
		return "FBA" + g.from(upAlnum, 9)
	case "order_item_code":
		return g.notCard(func() string { return g.digitsNZ(14) })
	case "auth_header_signature":
		return g.hex(64)
	case "latlon":
		return fmt.Sprintf("%.4f,%.4f", -40+80*g.r.Float64(), -120+240*g.r.Float64())
	case "conversation_id":
		return g.digitsNZ(9)
	case "awb_cargo":
		return g.pick("176", "020", "057", "618", "235") + "-" + g.digits(8)
	case "package_number":
		return "OFG" + g.digits(15)
	case "store_id":
		return g.digitsNZ(g.rng(5, 8))
	}
	panic("unknown look-alike type " + typ)
}

// s10 is a UPU S10 item id with its check digit.
func s10(prefix, d8, cc string) string {
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	s := 0
	for i := 0; i < 8; i++ {
		s += int(d8[i]-'0') * w[i]
	}
	c := 11 - s%11
	switch c {
	case 10:
		c = 0
	case 11:
		c = 5
	}
	return prefix + d8 + strconv.Itoa(c) + cc
}

func cnpj(g *gen) string {
	d := g.digits(8) + "0001"
	dv := func(s string, w []int) int {
		t := 0
		for i := range s {
			t += int(s[i]-'0') * w[i]
		}
		r := t % 11
		if r < 2 {
			return 0
		}
		return 11 - r
	}
	d1 := dv(d, []int{5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2})
	d += strconv.Itoa(d1)
	d2 := dv(d, []int{6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2})
	d += strconv.Itoa(d2)
	return d[:2] + "." + d[2:5] + "." + d[5:8] + "/" + d[8:12] + "-" + d[12:]
}

func (g *gen) amountCur(cur string) string {
	v := g.money(5, 3000)
	us := func(v float64) string { // 1,234.56
		s := fmt.Sprintf("%.2f", v)
		ip, fp := s[:len(s)-3], s[len(s)-2:]
		return thousands(ip, ",") + "." + fp
	}
	eu := func(v float64, sep string) string { // 1.234,56
		s := fmt.Sprintf("%.2f", v)
		ip, fp := s[:len(s)-3], s[len(s)-2:]
		return thousands(ip, sep) + "," + fp
	}
	iw := func(k int, sep string) string { return thousands(strconv.Itoa(k), sep) }
	switch cur {
	case "BRL":
		return "R$ " + eu(v, ".")
	case "ARS":
		return "$ " + eu(v*100, ".")
	case "MXN":
		return "$" + us(v) + " MXN"
	case "PEN":
		return "S/ " + us(v/4)
	case "COP":
		return "$ " + iw(g.rng(20, 900)*1000, ".")
	case "JPY":
		return g.pick("¥", "") + iw(g.rng(3, 300)*100, ",") + g.pick("", "円")
	case "KRW":
		return g.pick("₩", "") + iw(g.rng(5, 400)*1000, ",") + g.pick("", "원")
	case "CNY":
		return "¥" + us(v/3)
	case "PLN":
		return eu(v/2, " ") + " zł"
	case "INR":
		return "₹" + us(v*10)
	case "TRY":
		return "₺" + eu(v*5, ".")
	case "RUB":
		return iw(g.rng(3, 900)*10, " ") + " ₽"
	case "UAH":
		return iw(g.rng(2, 900)*10, " ") + " грн"
	case "AED":
		return "AED " + us(v/2)
	case "SAR":
		return "SAR " + us(v/2)
	case "IDR":
		return "Rp " + iw(g.rng(10, 3000)*1000, ".")
	case "MYR":
		return "RM " + us(v/5)
	case "PHP":
		return "₱" + us(v*5)
	case "VND":
		return iw(g.rng(50, 5000)*1000, ".") + " ₫"
	case "THB":
		return "฿" + iw(g.rng(99, 9000), ",")
	case "EUR":
		if g.chance(0.5) {
			return eu(v/3, ".") + " €"
		}
		return "€" + us(v/3)
	case "CZK":
		return iw(g.rng(99, 9000), " ") + " Kč"
	case "RON":
		return eu(v/3, ".") + " lei"
	case "ILS":
		return "₪" + us(v/2)
	case "NGN":
		return "₦" + iw(g.rng(5, 300)*500, ",")
	case "KES":
		return "KSh " + iw(g.rng(5, 300)*50, ",")
	}
	return "$" + us(v/4)
}

func thousands(ip, sep string) string {
	if len(ip) <= 3 {
		return ip
	}
	var parts []string
	for len(ip) > 3 {
		parts = append([]string{ip[len(ip)-3:]}, parts...)
		ip = ip[:len(ip)-3]
	}
	parts = append([]string{ip}, parts...)
	return strings.Join(parts, sep)
}
