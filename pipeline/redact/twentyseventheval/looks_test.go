package twentyseventheval

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// look is a value that must survive redaction untouched.
type look struct {
	typ, text, key, phrase string
	enc                    string // the text as written in its context
}

var lookTypes = []string{"amazon_order", "shopify_order", "shopify_id", "tiktok_order", "shopee_order", "lazada_order", "epoch_ms", "epoch_ms_luhn",
	"uuid", "trace_id", "span_id", "sku", "ups_1z", "s10_tracking", "carrier_numeric", "ean13", "amount", "date", "version", "http_status",
	"port", "ip", "hostname", "duration", "product_name", "shop_name", "class_method", "file_line", "git_sha", "request_id"}

const hexd = "0123456789abcdef"

var brandWords = []string{"Maison Dupont", "Grace Kelly Bags", "Tom Ford Studio", "Hugo Boss", "Ralph Lauren", "Coco Chanel Store", "Martha Stewart Living", "Calvin Klein",
	"Blue Harbor", "Nordic Pine", "Golden Lotus", "Rising Sun Trading", "Kaiser Werkzeug", "Casa Bonita", "Little Tokyo Market", "Jimmy Choo Outlet", "Anne Klein"}

var classNames = []string{"com.shop.orders.OrderService.place", "com.acme.payments.RefundProcessor.refund", "io.vigil.ingest.BuyerMapper.map",
	"Shop.Checkout.PaymentController.Post", "app/models/order.rb:in `charge!'", "orders.services.CustomerSyncService.sync_buyer",
	"github.com/acme/shop/internal/fulfil.(*Shipper).Ship", "Acme.Marketplace.Sync.AmazonOrderImporter.ImportAsync", "net.shop.customs.DeclarationBuilder.build"}

func genEpochMs(r *rand.Rand, luhn bool) string {
	for {
		s := fmt.Sprint(1600000000000 + r.Int64N(200000000000))
		if !luhn || luhnOK(s) {
			return s
		}
	}
}

func ean13(r *rand.Rand) string {
	b := pick(r, []string{"400", "590", "690", "760", "880", "489", "871", "500"}) + digits(r, 9)
	sum := 0
	for i := range 12 {
		d := int(b[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return b + fmt.Sprint((10-sum%10)%10)
}

func s10(r *rand.Rand) string {
	body := digits(r, 8)
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i := range 8 {
		sum += int(body[i]-'0') * w[i]
	}
	c := 11 - sum%11
	if c == 10 {
		c = 0
	} else if c == 11 {
		c = 5
	}
	return pick(r, []string{"RR", "LX", "CP", "EE", "RB", "UA"}) + body + fmt.Sprint(c) + pick(r, []string{"CN", "DE", "FR", "PL", "TH", "BR", "JP"})
}

func amount(r *rand.Rand) string {
	i, c := r.IntN(99999), r.IntN(100)
	switch r.IntN(8) {
	case 0:
		return fmt.Sprintf("%d.%02d", i, c)
	case 1:
		return fmt.Sprintf("€%d,%02d", i%9999, c)
	case 2:
		return fmt.Sprintf("%d,%02d EUR", i, c)
	case 3:
		return fmt.Sprintf("R$ %d.%03d,%02d", 1+i%99, r.IntN(1000), c)
	case 4:
		return fmt.Sprintf("¥%d", i*10)
	case 5:
		return fmt.Sprintf("USD %d.%02d", i, c)
	case 6:
		return fmt.Sprintf("Rp %d.%03d", 1+i%999, r.IntN(1000))
	default:
		return fmt.Sprintf("%d.%02d PLN", i%5000, c)
	}
}

func date(r *rand.Rand) string {
	y, m, d := 2024+r.IntN(3), 1+r.IntN(12), 1+r.IntN(28)
	switch r.IntN(6) {
	case 0:
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case 1:
		return fmt.Sprintf("%02d.%02d.%04d", d, m, y)
	case 2:
		return fmt.Sprintf("%02d/%02d/%04d", m, d, y)
	case 3:
		return fmt.Sprintf("%04d年%d月%d日", y, m, d)
	case 4:
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", y, m, d, r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000))
	default:
		return fmt.Sprintf("%d %s %d", d, pick(r, []string{"Jan", "Feb", "Mar", "Apr", "Jun", "Sep", "Nov"}), y)
	}
}

func genLook(r *rand.Rand, f *gofakeit.Faker, typ string) *look {
	l := &look{typ: typ}
	switch typ {
	case "amazon_order":
		l.text = fmt.Sprintf("%03d-%s-%s", r.IntN(1000), digits(r, 7), digits(r, 7))
		l.key, l.phrase = "amazon_order_id", "order %s synced"
	case "shopify_order":
		l.text = "#" + fmt.Sprint(1001+r.IntN(90000))
		l.key, l.phrase = "order_name", "order %s paid"
	case "shopify_id":
		l.text = fmt.Sprint(4000000000000 + r.Int64N(2000000000000))
		if r.IntN(2) == 0 {
			l.text = fmt.Sprint(5000000000000 + r.Int64N(900000000000))
		}
		l.key, l.phrase = "order_id", "shopify order %s fulfilled"
	case "tiktok_order":
		l.text = "57" + digits(r, 16)
		l.key, l.phrase = "tts_order_id", "TikTok order %s created"
	case "shopee_order":
		l.text = fmt.Sprintf("2%d%02d%02d", 4+r.IntN(2), 1+r.IntN(12), 1+r.IntN(28)) + rnd(r, "ABCDEFGHJKMNPQRSTUVWXY0123456789", 8)
		l.key, l.phrase = "ordersn", "Shopee ordersn %s ready to ship"
	case "lazada_order":
		l.text = digits(r, 1)[:0] + fmt.Sprint(1+r.IntN(9)) + digits(r, 14)
		l.key, l.phrase = "lazada_order_id", "Lazada order %s packed"
	case "epoch_ms":
		l.text = genEpochMs(r, false)
		l.key, l.phrase = "ts_ms", "at %s ms"
	case "epoch_ms_luhn":
		l.text = genEpochMs(r, true)
		l.key, l.phrase = "created_at_ms", "created %s"
	case "uuid":
		h := rnd(r, hexd, 32)
		l.text = h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
		l.key, l.phrase = "idempotency_key", "request %s retried"
	case "trace_id":
		l.text = rnd(r, hexd, 32)
		l.key, l.phrase = "trace_id", "trace %s"
	case "span_id":
		l.text = rnd(r, hexd, 16)
		l.key, l.phrase = "span_id", "span %s"
	case "sku":
		l.text = pick(r, []string{"SKU-", "TSH-", "MUG-", "", "B0"}) + strings.ToUpper(rnd(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3)) + "-" + digits(r, 4) + pick(r, []string{"-BLK-XL", "-RED", "", "-42"})
		l.key, l.phrase = "sku", "sku %s out of stock"
	case "ups_1z":
		l.text = "1Z" + rnd(r, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 6) + digits(r, 10)
		l.key, l.phrase = "tracking_number", "tracking %s in transit"
	case "s10_tracking":
		l.text = s10(r)
		l.key, l.phrase = "tracking_no", "parcel %s posted"
	case "carrier_numeric":
		switch r.IntN(3) {
		case 0:
			l.text = digits(r, 12) // FedEx
		case 1:
			l.text = "9400" + digits(r, 18) // USPS
		default:
			l.text = "JD" + digits(r, 16) // DHL
		}
		l.key, l.phrase = "waybill", "waybill %s delivered"
	case "ean13":
		l.text = ean13(r)
		l.key, l.phrase = "gtin", "barcode %s scanned"
	case "amount":
		l.text = amount(r)
		l.key, l.phrase = "total", "total %s"
	case "date":
		l.text = date(r)
		l.key, l.phrase = "ship_date", "on %s"
	case "version":
		l.text = fmt.Sprintf("%d.%d.%d", r.IntN(20), r.IntN(40), r.IntN(200))
		if r.IntN(3) == 0 {
			l.text = "v" + l.text + "-rc." + fmt.Sprint(r.IntN(9))
		}
		l.key, l.phrase = "app_version", "client %s"
	case "http_status":
		l.text = pick(r, []string{"200", "201", "204", "301", "400", "401", "403", "404", "409", "422", "429", "500", "502", "503"})
		l.key, l.phrase = "status", "returned %s"
	case "port":
		l.text = pick(r, []string{"8080", "8443", "5432", "6379", "9092", "27017", "3306", "50051", "9200"})
		l.key, l.phrase = "port", "port %s"
	case "ip":
		l.text = fmt.Sprintf("%d.%d.%d.%d", 10+r.IntN(200), r.IntN(256), r.IntN(256), 1+r.IntN(254))
		if r.IntN(4) == 0 {
			l.text = fmt.Sprintf("2001:db8:%x:%x::%x", r.IntN(65536), r.IntN(65536), 1+r.IntN(4096))
		}
		l.key, l.phrase = "client_ip", "from %s"
	case "hostname":
		l.text = pick(r, []string{"orders-api", "refund-worker", "edge", "checkout", "customs-gw"}) + "-" + rnd(r, "abcdefghijklmnopqrstuvwxyz0123456789", 5) + "." + pick(r, []string{"eu-west-1.compute.internal", "prod.svc.cluster.local", "shop.internal"})
		l.key, l.phrase = "host", "on %s"
	case "duration":
		l.text = pick(r, []string{fmt.Sprintf("%dms", r.IntN(5000)), fmt.Sprintf("%d.%03ds", r.IntN(60), r.IntN(1000)), fmt.Sprintf("%dm%ds", r.IntN(60), r.IntN(60)), fmt.Sprintf("%d.%dµs", r.IntN(999), r.IntN(9))})
		l.key, l.phrase = "elapsed", "took %s"
	case "product_name":
		l.text = f.ProductName()
		l.key, l.phrase = "product", "item %s added"
	case "shop_name":
		l.text = pick(r, brandWords)
		l.key, l.phrase = "shop_name", "seller %s notified"
	case "class_method":
		l.text = pick(r, classNames)
		l.key, l.phrase = "logger", "in %s"
	case "file_line":
		l.text = pick(r, []string{"OrderService.java", "refunds.py", "checkout_controller.rb", "Shipper.go", "PaymentHandler.cs", "sync.ts", "Customs.php"}) + ":" + fmt.Sprint(1+r.IntN(2000))
		l.key, l.phrase = "caller", "at %s"
	case "git_sha":
		l.text = rnd(r, hexd, 40)
		if r.IntN(2) == 0 {
			l.text = l.text[:12]
		}
		l.key, l.phrase = "build_sha", "build %s"
	case "request_id":
		l.text = pick(r, []string{"req_", "rid-", "R", "X-"}) + rnd(r, alnum, 20)
		l.key, l.phrase = "request_id", "request %s"
	}
	return l
}
