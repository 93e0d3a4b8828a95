package twentyeightheval

import (
	"fmt"
	"strconv"
	"strings"
)

// look is a value that must survive redaction untouched.
type look struct {
	typ, raw string
}

var lookTypes = []string{
	"amazon_order", "shopify_order", "shopify_id", "tiktok_id", "shopee_id", "lazada_id",
	"epoch_ms", "epoch_ms_luhn", "uuid", "trace_id", "span_id", "sku", "ups_1z", "s10",
	"carrier_num", "ean13", "amount", "date", "version", "http_status", "port", "ip",
	"hostname", "duration", "product_name", "shop_name", "class_method", "file_line",
	"git_sha", "request_id", "edi_control", "gln", "duns", "hs_code", "incoterm",
	"weight_dim", "sscc", "invoice_no", "message_id", "mime_boundary",
}

func gs1Check(s string) string {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if (len(s)-1-i)%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return s + strconv.Itoa((10-sum%10)%10)
}

func (g *gen) hex(n int) string { return g.rnd(n, "0123456789abcdef") }

func (g *gen) lookOf(typ string) look {
	var v string
	switch typ {
	case "amazon_order":
		v = fmt.Sprintf("%03d-%s-%s", 111+g.r.IntN(800), g.digits(7), g.digits(7))
	case "shopify_order":
		v = "#" + strconv.Itoa(1001+g.r.IntN(90000))
	case "shopify_id":
		v = "5" + g.digits(12)
	case "tiktok_id":
		v = "57" + g.digits(16)
	case "shopee_id":
		v = "2" + g.digits(5) + g.rnd(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
	case "lazada_id":
		v = strconv.Itoa(4+g.r.IntN(5)) + g.digits(14)
	case "epoch_ms":
		v = strconv.FormatInt(1_700_000_000_000+g.r.Int64N(90_000_000_000), 10)
	case "epoch_ms_luhn":
		for {
			v = strconv.FormatInt(1_700_000_000_000+g.r.Int64N(90_000_000_000), 10)
			if luhnValid(v) {
				break
			}
		}
	case "uuid":
		h := g.hex(32)
		v = h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
	case "trace_id":
		v = g.hex(32)
	case "span_id":
		v = g.hex(16)
	case "sku":
		v = g.pick([]string{"SKU-", "ART-", "", "HB-"}) + g.rnd(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "-" + g.digits(4) + "-" + g.pick([]string{"BLK", "XL", "RED", "42", "M"})
	case "ups_1z":
		v = "1Z" + g.rnd(6, "0123456789ABCDEFGHJKLMNPRSTVWXY") + g.digits(10)
	case "s10":
		v = g.pick([]string{"RR", "LX", "CP", "EE", "RB"}) + g.digits(9) + g.pick([]string{"CN", "DE", "JP", "BR", "GB", "SG"})
	case "carrier_num":
		v = g.pick([]string{"7", "9"}) + g.digits(11+g.r.IntN(3)*4)
	case "ean13":
		v = gs1Check((g.pick([]string{"40", "590", "871", "690", "489", "380", "789"}) + g.digits(12))[:12])
	case "amount":
		n, c := g.r.IntN(9000)+10, g.r.IntN(100)
		switch g.r.IntN(7) {
		case 0:
			v = fmt.Sprintf("%d.%02d EUR", n, c)
		case 1:
			v = fmt.Sprintf("€%d,%02d", n, c)
		case 2:
			v = fmt.Sprintf("1.%03d,%02d €", n%1000, c)
		case 3:
			v = fmt.Sprintf("R$ %d,%02d", n, c)
		case 4:
			v = fmt.Sprintf("¥%d", n*100)
		case 5:
			v = fmt.Sprintf("USD %d.%02d", n, c)
		default:
			v = fmt.Sprintf("%d,%02d zł", n, c)
		}
	case "date":
		y, m, d := 2024+g.r.IntN(3), 1+g.r.IntN(12), 1+g.r.IntN(28)
		switch g.r.IntN(5) {
		case 0:
			v = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		case 1:
			v = fmt.Sprintf("%02d.%02d.%04d", d, m, y)
		case 2:
			v = fmt.Sprintf("%02d/%02d/%04d", m, d, y)
		case 3:
			v = fmt.Sprintf("%04d%02d%02d", y, m, d)
		default:
			v = fmt.Sprintf("%d年%d月%d日", y, m, d)
		}
	case "version":
		v = fmt.Sprintf("v%d.%d.%d", g.r.IntN(5), g.r.IntN(30), g.r.IntN(50))
	case "http_status":
		v = g.pick([]string{"HTTP 200", "HTTP 201", "HTTP 404", "HTTP 429", "HTTP 502", "HTTP 503"})
	case "port":
		v = g.pick([]string{"api", "sftp", "as2", "db"}) + ".partner.example:" + strconv.Itoa(1024+g.r.IntN(60000))
	case "ip":
		v = fmt.Sprintf("10.%d.%d.%d", g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))
	case "hostname":
		v = g.pick([]string{"edi-gw", "as2-in", "sftp", "mx"}) + strconv.Itoa(g.r.IntN(20)) + "." + g.pick([]string{"eu-west-1", "ap-southeast-1", "us-east-2"}) + ".internal"
	case "duration":
		v = fmt.Sprintf("%dms", 3+g.r.IntN(5000))
		if g.r.IntN(2) == 0 {
			v = fmt.Sprintf("%d.%03ds", g.r.IntN(30), g.r.IntN(1000))
		}
	case "product_name":
		v = g.pick([]string{"Nordic Linen Duvet Cover", "Grace Kelly Sunglasses", "Marie Curie Desk Lamp", "Jasmine Green Tea 200g", "Victoria Sponge Mix", "Emma Original Mattress", "Frida Kahlo Tote Bag", "Charles Darwin Atlas"})
	case "shop_name":
		v = g.pick([]string{"Anna Lena Boutique", "Hanna Home Store", "Paul Smith Outlet", "Maison Dupont", "Casa Rosa Moda", "Tokyo Zakka Co", "Klara Kids Shop", "Miguel Angel Deportes"})
	case "class_method":
		v = g.pick([]string{"com.partner.edi.X12Parser.parseSegment", "OrderSyncService.handleAck", "app.Services.Customs.DeclarationBuilder.Build", "InvoiceMapper#toEdifact"})
	case "file_line":
		v = g.pick([]string{"x12_reader.go", "edifact.py", "label_zpl.rb", "mime_parse.go", "ocr_postproc.py"}) + ":" + strconv.Itoa(10+g.r.IntN(900))
	case "git_sha":
		v = g.hex(40)
	case "request_id":
		v = "req_" + g.rnd(20, "0123456789abcdefghijklmnopqrstuvwxyz")
	case "edi_control":
		v = g.digits(9)
	case "gln":
		v = gs1Check("40" + g.digits(10))
	case "duns":
		v = g.digits(2) + "-" + g.digits(3) + "-" + g.digits(4)
	case "hs_code":
		v = fmt.Sprintf("%04d.%02d.%02d", 3000+g.r.IntN(6000), g.r.IntN(100), g.r.IntN(100))
	case "incoterm":
		v = g.pick([]string{"DAP", "DDP", "FCA", "EXW", "CIF", "FOB"}) + " " + g.pick([]string{"Rotterdam", "Hamburg", "Shenzhen", "Incoterms 2020"})
	case "weight_dim":
		v = fmt.Sprintf("%d.%d kg %dx%dx%d cm", 1+g.r.IntN(30), g.r.IntN(10), 10+g.r.IntN(90), 10+g.r.IntN(90), 5+g.r.IntN(60))
	case "sscc":
		v = "00" + gs1Check("3"+g.digits(16))
	case "invoice_no":
		v = g.pick([]string{"INV-", "RE-", "FA", "NF-e "}) + strconv.Itoa(2024+g.r.IntN(3)) + "-" + g.digits(6)
	case "message_id":
		v = "<" + g.hex(16) + "." + g.digits(6) + "@mail.partner.example>"
	case "mime_boundary":
		v = "----=_Part_" + g.digits(6) + "_" + g.digits(9) + "." + g.digits(13)
	}
	return look{typ: typ, raw: strings.TrimSpace(v)}
}
