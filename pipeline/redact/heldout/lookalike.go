package heldout

import (
	"fmt"
	"strings"
	"time"
)

// Look-alike generators. Each writes its value through g.L so it is
// recorded; the class names are the rows of the damage table.

func (g *G) amazonOrder() string {
	p := g.pick("111", "112", "113", "114", "171", "202", "203", "249", "250", "302", "403", "404", "405", "406", "407", "408", "503", "701", "702")
	return g.L("amazon_order", p+"-"+g.digits(7)+"-"+g.digits(7))
}

func (g *G) shopifyOrderID() string { return g.L("shopify_order", g.pick("5", "6")+g.digits(12)) }
func (g *G) shopifyOrderName() string {
	return g.L("shopify_order", "#"+g.pick("", "", "SHP", "US")+g.num(1001, 99999))
}
func (g *G) shopifyGID(typ string) string {
	return g.L("shopify_gid", "gid://shopify/"+typ+"/"+g.pick("5", "6", "7", "8")+g.digits(12))
}

func (g *G) shopeeOrder() string {
	d := g.when()
	return g.L("shopee_order", d.Format("060102")+g.str(upAlnum, 8))
}

func (g *G) lazadaOrder() string {
	return g.L("lazada_order", g.pick("2", "3", "4", "5", "6", "8")+g.digits(14))
}

func (g *G) tiktokOrder() string { return g.L("tiktok_order", "57"+g.pick("6", "7", "8")+g.digits(15)) }

func (g *G) tiktokShopID() string {
	return g.L("marketplace_id", "7"+g.pick("4", "3", "2")+g.digits(17))
}

func (g *G) shopeeShopID() string   { return g.L("marketplace_id", g.ndigits(g.rng(8, 10))) }
func (g *G) shopeeItemID() string   { return g.L("marketplace_id", g.ndigits(g.rng(10, 11))) }
func (g *G) lazadaSellerID() string { return g.L("marketplace_id", "1"+g.digits(g.rng(8, 11))) }
func (g *G) amazonSellerID() string { return g.L("marketplace_id", "A"+g.str(upAlnum, g.rng(12, 13))) }
func (g *G) asin() string           { return g.L("sku", "B0"+g.str(upAlnum, 8)) }

// orderRef is any marketplace's order id.
func (g *G) orderRef() string {
	switch g.n(6) {
	case 0:
		return g.amazonOrder()
	case 1:
		return g.shopifyOrderName()
	case 2:
		return g.shopeeOrder()
	case 3:
		return g.lazadaOrder()
	case 4:
		return g.tiktokOrder()
	}
	return g.shopifyOrderID()
}

func (g *G) sku() string {
	c := g.pick("BLK", "WHT", "RED", "NVY", "GRY", "BLU", "GRN")
	s := g.pick("XS", "S", "M", "L", "XL", "XXL", "42", "38", "10")
	switch g.n(7) {
	case 0:
		return g.L("sku", "SKU-"+g.digits(4)+"-"+c)
	case 1:
		return g.L("sku", g.pick("TSH", "HOD", "SNK", "BAG", "MUG", "CAP")+"-"+c+"-"+s)
	case 2:
		return g.L("sku", "SP-"+g.num(2019, 2025)+"-"+g.digits(5))
	case 3:
		return g.L("sku", g.pick("LZ", "TT", "SHP")+"-"+g.pick("MY", "ID", "TH", "VN", "PH", "SG")+"-"+g.digits(7))
	case 4:
		return g.L("sku", g.str(upperSet, 3)+g.digits(3)+"-"+c+"-"+s)
	case 5:
		return g.asin()
	}
	return g.L("sku", strings.ToLower(g.pick("acme", "nw", "tsp"))+"_"+g.digits(6)+"_"+strings.ToLower(c))
}

func (g *G) epochMs() string { return g.L("epoch", fmt.Sprint(g.when().UnixMilli())) }
func (g *G) epochS() string  { return g.L("epoch", fmt.Sprint(g.when().Unix())) }

func (g *G) uuid() string {
	h := g.hex(32)
	v := "4" + h[13:16]
	vr := string("89ab"[g.n(4)]) + h[17:20]
	return g.L("uuid", h[:8]+"-"+h[8:12]+"-"+v+"-"+vr+"-"+h[20:32])
}

func (g *G) traceID() string { return g.L("trace_id", g.hex(32)) }
func (g *G) spanID() string  { return g.L("trace_id", g.hex(16)) }

// ---- tracking numbers ----

func s10check(d string) byte {
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
	return byte('0' + c)
}

func (g *G) tracking() (carrier, number string) {
	switch g.n(11) {
	case 0:
		return "UPS", g.L("tracking", "1Z"+g.str(upAlnum, 6)+g.pick("01", "02", "03", "12", "13")+g.digits(8))
	case 1:
		return "FedEx", g.L("tracking", g.pick("7", "7", "5", "3")+g.digits(11))
	case 2:
		return "FedEx", g.L("tracking", g.pick("6", "7", "9")+g.digits(14))
	case 3:
		return "DHL", g.L("tracking", g.ndigits(10))
	case 4:
		return "J&T Express", g.L("tracking", g.pick("JP", "JX", "JD", "JO")+g.digits(10))
	case 5:
		return "J&T Express", g.L("tracking", g.pick("JT", "JNTMY", "JTE")+g.digits(12))
	case 6:
		return "Ninja Van", g.L("tracking", "NV"+g.pick("SG", "MY", "ID", "PH", "VN", "TH")+g.pick("SHOPE", "LZDA", "TTS", "")+g.digits(g.rng(8, 10)))
	case 7:
		d := g.digits(8)
		return "China Post", g.L("tracking", g.pick("LK", "LX", "RR", "UA", "LY")+d+string(s10check(d))+"CN")
	case 8:
		return "USPS", g.L("tracking", g.pick("9400", "9205", "9361", "9261")+g.digits(18))
	case 9:
		return "SPX", g.L("tracking", "SPX"+g.pick("ID", "VN", "TH", "PH", "MY")+"0"+g.digits(11))
	}
	return g.pick("Kerry Express", "Flash Express", "GHN", "Yamato", "Pos Laju", "CJ대한통운", "顺丰速运"),
		g.L("tracking", g.pick("KERDO", "TH", "GHN", "EN", "SF")+g.digits(g.rng(10, 13))+g.pick("", "", "A", "Z"))
}

func (g *G) trackingNo() string { _, t := g.tracking(); return t }

// ---- barcodes ----

func eanCheck(body string) byte {
	sum := 0
	for i := 0; i < len(body); i++ {
		d := int(body[len(body)-1-i] - '0')
		if i%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

func (g *G) ean13() string {
	p := g.pick("400", "401", "410", "425", "300", "350", "450", "490", "500", "540", "570", "690", "692", "693", "700", "730", "760", "800", "840", "870", "880", "885", "888", "893", "899", "955", "789", "930", "978")
	body := p + g.digits(12-len(p))
	return g.L("ean_upc", body+string(eanCheck(body)))
}

func (g *G) upc12() string {
	body := g.pick("0", "0", "1", "6", "7", "8") + g.digits(10)
	return g.L("ean_upc", body+string(eanCheck(body)))
}

// ---- amounts, versions, network ----

func (g *G) amount(loc *Locale) string {
	if loc == nil {
		loc = pickOf(g, Locales)
	}
	return g.L("amount", loc.Money(g))
}

func (g *G) version() string {
	switch g.n(4) {
	case 0:
		return g.L("version", "v"+g.num(1, 4)+"."+g.num(0, 30)+"."+g.num(0, 20))
	case 1:
		return g.L("version", g.num(1, 12)+"."+g.num(0, 40)+"."+g.num(0, 9)+g.pick("", "-rc."+g.num(1, 4), "-beta.2", "+build."+g.digits(4)))
	case 2:
		return g.L("version", g.when().Format("2006.01.02")+"."+g.num(1, 9))
	}
	return g.L("version", "v"+g.num(2020, 2025)+"-"+fmt.Sprintf("%02d", g.rng(1, 12))+"-"+fmt.Sprintf("%02d", g.rng(1, 28)))
}

func (g *G) ipv4() string {
	switch g.n(4) {
	case 0:
		return g.L("ip", "10."+g.num(0, 255)+"."+g.num(0, 255)+"."+g.num(1, 254))
	case 1:
		return g.L("ip", "172."+g.num(16, 31)+"."+g.num(0, 255)+"."+g.num(1, 254))
	}
	return g.L("ip", g.pick("203.0.113.", "198.51.100.", "52.94.", "34.117.", "103.21.", "182.253.", "113.161.", "49.228.", "1.160.")+g.num(1, 254)+g.pick("", "."+g.num(1, 254)))
}

func (g *G) ipv6() string {
	return g.L("ip", "2001:db8:"+g.hex(4)+"::"+g.hex(g.rng(1, 4)))
}

func (g *G) isoTime() (time.Time, string) {
	t := g.when()
	switch g.n(5) {
	case 0:
		return t, g.L("time", t.Format("2006-01-02T15:04:05.000Z"))
	case 1:
		return t, g.L("time", t.In(time.FixedZone("", 7*3600)).Format("2006-01-02T15:04:05-07:00"))
	case 2:
		return t, g.L("time", t.Format("2006-01-02 15:04:05"))
	case 3:
		return t, g.L("time", t.Format(time.RFC3339Nano))
	}
	return t, g.L("time", t.Format("2006-01-02T15:04:05Z"))
}

func (g *G) iso() string { _, s := g.isoTime(); return s }

func (g *G) status() string {
	return g.pick("200", "201", "204", "400", "401", "403", "404", "409", "422", "429", "500", "502", "503", "504")
}

func (g *G) rowID() string { return g.num(1, 9_999_999) }

// paymentRef is a PSP reference that is not a secret.
func (g *G) paymentRef() string {
	switch g.n(5) {
	case 0:
		return g.L("payment_ref", g.pick("pi_", "ch_", "re_", "cus_", "evt_", "txn_")+g.pick("3", "1")+g.str(alnumSet, 23))
	case 1:
		return g.L("payment_ref", g.pick("88", "85", "78")+g.digits(14)) // Adyen pspReference, 16 digits
	case 2:
		return g.L("payment_ref", g.str(upAlnum, 17)) // PayPal capture id
	case 3:
		return g.L("payment_ref", g.uuidRaw()) // Midtrans transaction_id
	}
	return g.L("payment_ref", g.pick("INV-", "ORD-", "PAY-", "RF")+g.when().Format("20060102")+"-"+g.digits(6))
}

func (g *G) uuidRaw() string {
	h := g.hex(32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + string("89ab"[g.n(4)]) + h[17:20] + "-" + h[20:32]
}

// javaFrame is a stack-trace frame with its line number.
func (g *G) javaFrame() string {
	pkg := g.pick("com.acme.oms.sync", "com.acme.oms.payment", "io.vigilshop.channel.shopee", "io.vigilshop.channel.lazada", "com.acme.inventory", "com.acme.oms.notify")
	cls := g.pick("OrderSyncService", "ShopeeClient", "LazadaOrderMapper", "PaymentCallbackHandler", "AddressNormalizer", "CustomerRepository", "TikTokWebhookController", "AmazonSpApiClient", "InvoiceMailer")
	m := g.pick("upsert", "handle", "map", "send", "fetchOrders", "lambda$process$3", "doFilter", "save", "validate")
	ln := g.num(27, 1480)
	g.L("line_number", cls+".java:"+ln)
	return "\tat " + pkg + "." + cls + "." + m + "(" + cls + ".java:" + ln + ")"
}

func (g *G) libFrames() string {
	fr := []string{
		"\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)",
		"\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)",
		"\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
		"\tat java.base/java.lang.Thread.run(Thread.java:840)",
		"\tat org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:112)",
		"\tat com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)",
		"\tat reactor.core.publisher.Mono.block(Mono.java:1742)",
	}
	n := g.rng(1, 3)
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, pickOf(g, fr))
	}
	return strings.Join(out, "\n")
}
