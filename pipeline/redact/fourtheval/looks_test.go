package fourtheval

import (
	"fmt"
	"strings"
	"time"
)

// laType is one kind of look-alike: a value that resembles PII and must
// survive redaction verbatim.
type laType struct {
	name    string
	gen     func(g *gen) string
	num     bool     // digits only: may be written as a JSON number
	keys    []string // key phrases
	clauses []string // free-text templates; {order}, {tracking}, ... are the case language's words
}

func s10(g *gen, svc, country string) string {
	d := g.digits(8)
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += int(d[i]-'0') * w[i]
	}
	c := 11 - sum%11
	if c == 10 {
		c = 0
	} else if c == 11 {
		c = 5
	}
	return fmt.Sprintf("%s%s%d%s", svc, d, c, country)
}

func gtin(body string) string {
	sum := 0
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if (len(body)-1-i)%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return body + fmt.Sprint((10-sum%10)%10)
}

func (g *gen) epochAt() time.Time { return time.Unix(g.epoch(), int64(g.n(1000))*1e6).UTC() }

var laTypes = []*laType{
	{name: "amazon order id", gen: func(g *gen) string {
		return fmt.Sprintf("%s-%07d-%07d", g.pk("111", "112", "113", "114", "701", "702", "405", "406", "171", "249", "503"), g.n(10000000), g.n(10000000))
	}, keys: L("amazon order id;order id;amazon order;AmazonOrderId"), clauses: L("{order} %s;Amazon {order} %s;AmazonOrderId=%s")},
	{name: "shopify order name", gen: func(g *gen) string { return fmt.Sprintf("#%d", g.rng(1001, 99999)) },
		keys: L("order name;order number;name"), clauses: L("{order} %s;%s;Shopify %s")},
	{name: "shopify gid", gen: func(g *gen) string {
		return fmt.Sprintf("gid://shopify/%s/%d", g.pk("Order", "Customer", "ProductVariant", "Fulfillment", "LineItem"), g.rng(1000000000000, 7999999999999))
	}, keys: L("admin graphql api id;gid;id"), clauses: L("%s;resource %s")},
	{name: "shopify order id", num: true, gen: func(g *gen) string { return fmt.Sprint(g.rng(4000000000000, 6999999999999)) },
		keys: L("order id;shopify order id;id"), clauses: L("{order} %s;order_id=%s")},
	{name: "shopee order sn", gen: func(g *gen) string {
		t := g.epochAt()
		s := g.from(upperAN, 8)
		if strings.IndexAny(s, upperA) < 0 {
			s = s[:3] + "Q" + s[4:]
		}
		return t.Format("060102") + s
	}, keys: L("ordersn;order sn;shopee order"), clauses: L("{order} %s;ordersn=%s;Shopee %s")},
	{name: "lazada order id", num: true, gen: func(g *gen) string { return g.nzdigits(15) },
		keys: L("order id;lazada order id;trade order id"), clauses: L("{order} %s;Lazada {order} %s")},
	{name: "tiktok order id", num: true, gen: func(g *gen) string { return "57" + g.digits(16) },
		keys: L("order id;tiktok order id;tts order id"), clauses: L("{order} %s;TikTok Shop {order} %s")},
	{name: "mercadolibre order id", num: true, gen: func(g *gen) string { return "2000" + g.digits(12) },
		keys: L("order id;ml order id;pack id"), clauses: L("{order} %s;MercadoLibre {order} %s;pack_id=%s")},
	{name: "mercadolibre item id", gen: func(g *gen) string { return g.pk("MLA", "MLB", "MCO", "MLM", "MLC", "MPE") + g.nzdigits(g.rng(9, 10)) },
		keys: L("item id;listing id"), clauses: L("{item} %s;publicación %s;item_id=%s")},
	{name: "flipkart order id", gen: func(g *gen) string { return "OD" + g.nzdigits(18) },
		keys: L("order id;flipkart order id"), clauses: L("{order} %s;Flipkart {order} %s")},
	{name: "tokopedia invoice", gen: func(g *gen) string {
		return fmt.Sprintf("INV/%s/MPL/%d", g.epochAt().Format("20060102"), g.rng(1000000000, 3999999999))
	}, keys: L("invoice ref;invoice;invoice no"), clauses: L("{invoice} %s;%s")},
	{name: "coupang order id", num: true, gen: func(g *gen) string { return g.pk("2", "3") + g.digits(13) },
		keys: L("order id;coupang order id;orderId"), clauses: L("{order} %s;Coupang {order} %s")},
	{name: "rakuten order number", gen: func(g *gen) string {
		return fmt.Sprintf("%06d-%s-%010d", g.rng(100000, 399999), g.epochAt().Format("20060102"), g.n(1000000000))
	}, keys: L("order number;rakuten order;orderNumber"), clauses: L("{order} %s;Rakuten {order} %s")},
	{name: "uuid", gen: func(g *gen) string {
		u := g.f.UUID()
		if g.p(0.15) {
			u = strings.ToUpper(u)
		}
		return u
	}, keys: L("id;request id;correlation id;idempotency key;event id;message id;cart id"), clauses: L("req=%s;request %s;correlation_id=%s;[%s];event %s")},
	{name: "trace id", gen: func(g *gen) string { return g.hex(32) },
		keys: L("trace id;x b3 traceid;traceId;dd trace id;otel trace id"), clauses: L("trace_id=%s;trace %s;[trace=%s]")},
	{name: "span id", gen: func(g *gen) string { return g.hex(16) },
		keys: L("span id;parent id;spanId"), clauses: L("span_id=%s;span %s")},
	{name: "traceparent", gen: func(g *gen) string { return "00-" + g.hex(32) + "-" + g.hex(16) + "-0" + g.pk("0", "1") },
		keys: L("traceparent"), clauses: L("traceparent: %s;traceparent=%s")},
	{name: "epoch seconds", num: true, gen: func(g *gen) string { return fmt.Sprint(g.epoch()) },
		keys: L("ts;timestamp;created;updated at;exp;iat;time"), clauses: L("ts=%s;at %s;created=%s")},
	{name: "epoch ms", num: true, gen: func(g *gen) string { return fmt.Sprint(g.epoch()*1000 + int64(g.n(1000))) },
		keys: L("ts;timestamp ms;event time;created at;time millis"), clauses: L("ts=%s;at %s;timestamp=%s;t=%s")},
	{name: "epoch ms luhn", num: true, gen: func(g *gen) string {
		b := fmt.Sprint(g.epoch()*1000 + int64(g.n(1000)))
		return b[:12] + string(luhnDigit(b[:12]))
	}, keys: L("ts;timestamp;event time;sent at"), clauses: L("ts=%s;at %s;timestamp=%s")},
	{name: "epoch us", num: true, gen: func(g *gen) string { return fmt.Sprint(g.epoch()*1000000 + int64(g.n(1000000))) },
		keys: L("ts us;timestamp us;start time"), clauses: L("ts_us=%s;start=%s")},
	{name: "epoch ns", num: true, gen: func(g *gen) string { return fmt.Sprint(g.epoch()*1000000000 + int64(g.n(1000000000))) },
		keys: L("time unix nano;ts ns;observed time"), clauses: L("ts_ns=%s;timeUnixNano=%s")},
	{name: "sku", gen: func(g *gen) string {
		switch g.n(5) {
		case 0:
			return fmt.Sprintf("SKU-%04d-%s", g.n(10000), g.pk("BLK", "WHT", "RED", "NVY", "XL", "M"))
		case 1:
			return fmt.Sprintf("%s-%s-%s-%04d", g.pk("TSH", "HOD", "SNK", "MUG", "CAP"), g.pk("RED", "BLU", "GRN"), g.pk("S", "M", "L", "XL"), g.n(10000))
		case 2:
			return fmt.Sprintf("HX%d-%05d", g.rng(2019, 2026), g.n(100000))
		case 3:
			return fmt.Sprintf("%s%d%s", g.from(upperA, 3), g.rng(100, 9999), g.from(upperA, 2))
		}
		return fmt.Sprintf("%d-%s", g.rng(10000, 99999), g.from(upperAN, 4))
	}, keys: L("sku;seller sku;variant sku;model sku;item sku"), clauses: L("{sku} %s;SKU %s;sku=%s")},
	{name: "asin", gen: func(g *gen) string { return "B0" + g.from(upperAN, 8) },
		keys: L("asin"), clauses: L("ASIN %s;asin=%s")},
	{name: "ean13", num: true, gen: func(g *gen) string {
		pre := pick(g, g.loc.ean)
		return gtin(pre + g.digits(12-len(pre)))
	}, keys: L("ean;gtin;barcode;ean13"), clauses: L("EAN %s;barcode %s;gtin=%s")},
	{name: "upc", num: true, gen: func(g *gen) string { return gtin(g.digits(11)) },
		keys: L("upc;gtin12;upc code"), clauses: L("UPC %s;upc=%s")},
	{name: "isbn13", gen: func(g *gen) string {
		body := g.pk("978", "979") + g.digits(9)
		s := gtin(body)
		if g.p(0.5) {
			return s[:3] + "-" + s[3:5] + "-" + s[5:9] + "-" + s[9:12] + "-" + s[12:]
		}
		return s
	}, keys: L("isbn;isbn13"), clauses: L("ISBN %s;isbn=%s")},
	{name: "ups tracking", gen: func(g *gen) string {
		return "1Z" + g.from(upperAN, 6) + g.pk("01", "02", "03", "12", "42") + g.digits(8)
	}, keys: L("tracking number;tracking;ups tracking"), clauses: L("{tracking} %s;UPS %s;tracking=%s")},
	{name: "usps tracking", gen: func(g *gen) string {
		s := g.pk("9400", "9205", "9361", "9405") + g.digits(18)
		if g.p(0.4) {
			return group(s, " ", 4)
		}
		return s
	}, keys: L("tracking number;usps tracking;tracking"), clauses: L("{tracking} %s;USPS %s")},
	{name: "fedex tracking", num: true, gen: func(g *gen) string { return g.nzdigits(12) },
		keys: L("tracking number;fedex tracking"), clauses: L("FedEx %s;{tracking} %s")},
	{name: "dhl tracking", gen: func(g *gen) string {
		if g.p(0.5) {
			return g.nzdigits(10)
		}
		return "JJD" + g.digits(18)
	}, keys: L("tracking number;dhl waybill;awb"), clauses: L("DHL %s;waybill %s;AWB %s")},
	{name: "s10 postal", gen: func(g *gen) string { return s10(g, g.pk("RR", "RA", "CP", "EE", "LX", "LZ", "UA", "RB"), g.loc.s10) },
		keys: L("tracking number;postal tracking;registered mail no"), clauses: L("{tracking} %s;registered %s;%s")},
	{name: "local courier", gen: func(g *gen) string {
		switch g.n(6) {
		case 0:
			return g.pk("20", "59") + g.digits(12) // Nova Poshta
		case 1:
			return "NV" + g.pk("PH", "MY", "SG") + g.from(upperAN, 10) // Ninja Van
		case 2:
			return "JP" + g.digits(10) // J&T PH
		case 3:
			return g.pk("5", "6") + g.digits(11) // CJ Logistics
		case 4:
			return "3S" + g.from(upperA, 4) + g.digits(9) // PostNL
		}
		return "SPXID0" + g.digits(11) // Shopee Express
	}, keys: L("tracking no;awb;waybill;consignment no;ttn"), clauses: L("{tracking} %s;waybill %s;TTN %s")},
	{name: "amount", gen: func(g *gen) string { return g.loc.amount(g) },
		keys: L("amount;total;grand total;price;subtotal;order total"), clauses: L("{total} %s;{paid} %s;amount %s")},
	{name: "version", gen: func(g *gen) string {
		switch g.n(4) {
		case 0:
			return fmt.Sprintf("v%d.%d.%d", g.rng(1, 4), g.n(30), g.n(20))
		case 1:
			return fmt.Sprintf("%d.%d.%d-rc.%d", g.rng(1, 9), g.n(20), g.n(10), g.rng(1, 5))
		case 2:
			return fmt.Sprintf("build %s-%s", g.epochAt().Format("2006.01.02"), g.hex(7))
		}
		return fmt.Sprintf("%d.%d.%d", g.rng(1, 19), g.n(30), g.n(300))
	}, keys: L("version;app version;sdk version;build"), clauses: L("version %s;v=%s;app %s")},
	{name: "ipv4", gen: func(g *gen) string {
		if g.p(0.5) {
			return fmt.Sprintf("10.%d.%d.%d", g.n(256), g.n(256), g.rng(1, 254))
		}
		return g.f.IPv4Address()
	}, keys: L("client ip;remote addr;source ip;x forwarded for;peer"), clauses: L("from %s;client=%s;ip %s")},
	{name: "ipv6", gen: func(g *gen) string {
		return fmt.Sprintf("2001:db8:%x:%x::%x", g.n(65536), g.n(65536), g.rng(1, 65535))
	}, keys: L("client ip;remote addr;source ip"), clauses: L("from %s;client=%s")},
	{name: "host port", gen: func(g *gen) string {
		return fmt.Sprintf("10.%d.%d.%d:%d", g.n(256), g.n(256), g.rng(1, 254), pick(g, []int{5432, 6379, 8080, 8443, 9092, 3306, 27017, 9200}))
	}, keys: L("upstream;peer address;backend"), clauses: L("upstream %s;dial tcp %s: i/o timeout;backend=%s")},
	{name: "http status", gen: func(g *gen) string {
		return fmt.Sprint(pick(g, []int{200, 201, 202, 204, 301, 302, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504}))
	},
		keys: L("status;status code;http status"), clauses: L("status=%s;HTTP %s;returned %s")},
	{name: "date", gen: func(g *gen) string {
		t := g.epochAt()
		return t.Format(pick(g, L("2006-01-02;02/01/2006;01/02/2006;02.01.2006;2 Jan 2006;20060102;2006/01/02;Jan 2, 2006")))
	}, keys: L("date;delivery date;ship date;order date;due date"), clauses: L("on %s;{at} %s;date=%s")},
	{name: "datetime", gen: func(g *gen) string {
		t := g.epochAt()
		return t.Format(pick(g, []string{time.RFC3339, "2006-01-02T15:04:05.000Z07:00", "2006-01-02 15:04:05", time.RFC1123, "02/01/2006 15:04", "2006-01-02T15:04:05.000000Z", "Jan _2 15:04:05"}))
	}, keys: L("created at;updated at;paid at;shipped at;event time"), clauses: L("at %s;{at} %s;created=%s")},
	{name: "sha1", gen: func(g *gen) string { return g.hex(40) },
		keys: L("checksum;etag;commit;sha1"), clauses: L("commit %s;etag %s;sha1=%s")},
	{name: "sha256", gen: func(g *gen) string { return g.hex(64) },
		keys: L("sha256;digest;content hash;image digest"), clauses: L("sha256:%s;digest %s;hash=%s")},
	{name: "git short sha", gen: func(g *gen) string { return g.hex(7) },
		keys: L("git sha;revision;commit"), clauses: L("rev %s;commit %s;git=%s")},
	{name: "k8s pod", gen: func(g *gen) string {
		return fmt.Sprintf("%s-%s-%s", g.pk("checkout-api", "order-sync", "payment-worker", "shop-web", "inventory", "notifier", "label-printer"), g.from("bcdfghjklmnpqrstvwxz2456789", 10), g.from("bcdfghjklmnpqrstvwxz2456789", 5))
	}, keys: L("pod;pod name;kubernetes pod name;hostname"), clauses: L("pod=%s;pod/%s;on %s")},
	{name: "k8s node", gen: func(g *gen) string {
		switch g.n(3) {
		case 0:
			return fmt.Sprintf("ip-10-%d-%d-%d.%s.compute.internal", g.n(256), g.n(256), g.rng(1, 254), g.pk("ap-northeast-2", "ap-southeast-1", "eu-north-1", "sa-east-1", "me-south-1"))
		case 1:
			return fmt.Sprintf("gke-prod-%s-pool-%s-%s", g.pk("default", "highmem", "spot"), g.hex(8), g.from(lowerAN, 4))
		}
		return fmt.Sprintf("aks-nodepool%d-%d-vmss%06d", g.rng(1, 3), g.rng(10000000, 99999999), g.n(20))
	}, keys: L("node;node name;kubernetes node name;host"), clauses: L("node=%s;on node %s;Node: %s")},
	{name: "request id", gen: func(g *gen) string {
		switch g.n(3) {
		case 0:
			return "req_" + g.from(b62, 14)
		case 1:
			return "01" + g.from("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)
		}
		return g.hex(8) + "-" + g.hex(4) + "-" + g.hex(4)
	}, keys: L("request id;x request id;req id"), clauses: L("request_id=%s;rid %s;[%s]")},
	{name: "stripe object id", gen: func(g *gen) string {
		return g.pk("ch_", "pi_", "cus_", "in_", "evt_", "re_", "txn_", "po_", "cs_live_") + g.pk("3", "1") + g.from(b62, 23)
	}, keys: L("charge id;payment intent;customer id;stripe id;object id"), clauses: L("charge %s;payment_intent=%s;stripe %s")},
	{name: "adyen psp reference", gen: func(g *gen) string {
		if g.p(0.5) {
			s := g.from(upperAN, 16)
			if strings.IndexAny(s, upperA) < 0 {
				s = "X" + s[1:]
			}
			return s
		}
		return g.pk("88", "85", "99", "78") + g.digits(14)
	}, keys: L("psp reference;pspReference;adyen reference"), clauses: L("pspReference=%s;Adyen %s")},
	{name: "paypal transaction id", gen: func(g *gen) string {
		s := g.from(upperAN, 17)
		if strings.IndexAny(s, upperA) < 0 {
			s = s[:5] + "K" + s[6:]
		}
		return s
	}, keys: L("paypal txn id;transaction id;capture id"), clauses: L("PayPal %s;txn_id=%s;capture %s")},
	{name: "invoice number", gen: func(g *gen) string {
		y := g.rng(2023, 2026)
		switch g.n(5) {
		case 0:
			return fmt.Sprintf("INV-%d-%06d", y, g.n(1000000))
		case 1:
			return fmt.Sprintf("FV/%d/%02d/%04d", y, g.rng(1, 12), g.n(10000))
		case 2:
			return fmt.Sprintf("F%d-%05d", y, g.n(100000))
		case 3:
			return fmt.Sprintf("%d/INV/%02d/%04d", y, g.rng(1, 12), g.n(10000))
		}
		return fmt.Sprintf("NF-e %d", g.rng(100000, 999999))
	}, keys: L("invoice no;invoice number;invoice;factura;fattura;rechnungsnummer"), clauses: L("{invoice} %s;invoice %s")},
	{name: "product name", gen: func(g *gen) string {
		switch g.n(3) {
		case 0:
			return pick(g, L("iPhone 15 Pro Max 256GB;Galaxy S24 Ultra 512GB;Redmi Note 13 Pro+ 5G;PlayStation 5 Slim;Nike Air Max 270;Dyson V15 Detect;Xiaomi 14T;LG OLED65C3;Pixel 8a 128GB;AirPods Pro 2;Nintendo Switch OLED;Kindle Paperwhite 16GB;Galaxy Tab A9+ 64GB;ThinkPad X1 Carbon Gen 12;Adidas Ultraboost 22"))
		case 1:
			return g.f.ProductName() + " " + fmt.Sprint(g.rng(2, 64)*50) + pick(g, L("ml;g; GB;W;mm"))
		}
		return g.f.ProductName()
	}, keys: L("product;product title;item title;title;product name;item name"), clauses: L("{product} %s;item \"%s\";%s x1")},
	{name: "city", gen: func(g *gen) string { return pick(g, g.loc.cities) },
		keys: L("warehouse city;store city;geo city;origin city;hub"), clauses: L("{warehouse} %s;hub %s;origin %s")},
	{name: "postcode", gen: func(g *gen) string { return pick(g, g.loc.postcodes) },
		keys: L("warehouse zip;store postcode;origin postcode;hub postcode"), clauses: L("{warehouse} %s;origin zip %s")},
	{name: "company", gen: func(g *gen) string { return g.loc.company(g) },
		keys: L("merchant;seller;supplier;vendor;carrier;company;seller company"), clauses: L("seller %s;supplier: %s;merchant %s;via %s")},
}

var laByName = func() map[string]*laType {
	m := map[string]*laType{}
	for _, t := range laTypes {
		m[t.name] = t
	}
	return m
}()

func newLook(g *gen) *look {
	t := pick(g, laTypes)
	return &look{Type: t.name, Value: t.gen(g), Num: t.num}
}

// laClause renders a look-alike with one of its templates in language lg.
func laClause(g *gen, t *laType, lg *lang, v string) string {
	tpl := pick(g, t.clauses)
	r := strings.NewReplacer("{order}", lg.w["order"], "{tracking}", lg.w["tracking"], "{total}", lg.w["total"], "{invoice}", lg.w["invoice"],
		"{product}", lg.w["product"], "{item}", lg.w["item"], "{warehouse}", lg.w["warehouse"], "{paid}", lg.w["paid"], "{at}", lg.w["at"], "{sku}", "SKU")
	tpl = strings.TrimSpace(r.Replace(tpl))
	return strings.Replace(tpl, "%s", v, 1)
}
