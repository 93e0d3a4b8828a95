package twentyninetheval

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

type look struct{ typ, key, val string }

func ean13(r *rand.Rand, prefix string) string {
	s := prefix
	for len(s) < 12 {
		s += string(byte('0' + r.IntN(10)))
	}
	sum := 0
	for i := 0; i < 12; i++ {
		d := int(s[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return s + strconv.Itoa((10-sum%10)%10)
}

func hexs(r *rand.Rand, n int) string { return rstr(r, n, "0123456789abcdef") }

var products = []string{"Grace Kelly Silk Scarf", "Victoria Rose Gold Watch", "Morgan Stanley Desk Lamp", "抹茶ラテ 12本入り", "설화수 윤조에센스 60ml", "小米 14 Ultra 512GB", "Jordan Retro High OG", "Maria Theresia Tea Set", "Chanel Nº5 Eau de Parfum", "Sophie la Girafe", "Ayşe Hanım Baklava 1kg", "Tommy Hilfiger Polo", "Ben & Jerry's Cookie Dough", "Hello Kitty 🎀 Backpack"}
var shops = []string{"Lucas Logistics GmbH", "Sakura Beauty Official", "Olivia Rose Boutique", "Tokyo Camera Shop", "Kim's Kitchen Store", "Harbin Tea House", "Alibaba Supplier 4821", "Istanbul Bazaar Online", "Casa Maria Home", "Sophie & Co"}
var emojiTitles = []string{"🎁 Gift Box 礼盒 ×3", "🔥セール🔥 50%OFF", "💄 립스틱 세트 ✨", "🌙 رمضان كريم Gift Set", "📦 Flash Deal ⚡ #12", "🇹🇭 ชาไทย 🧋 x2"}
var classes = []string{"com.shop.order.OrderService.place", "CheckoutController#create", "app.payments.stripe_client:charge", "Shop\\Billing\\InvoiceRenderer::render", "OrderSyncWorker.perform"}
var files = []string{"order_sync.go", "checkout.py", "InvoiceService.java", "refund_handler.rb", "webhook.ts"}

func toNative(r *rand.Rand, s string) string {
	z := pick(r, zeros[1:])
	if z == '０' {
		return fullWidth(s)
	}
	return toScript(s, z)
}

func genLook(r *rand.Rand) look {
	d := func(n int) string { return fillDigits(r, strings.Repeat("#", n)) }
	switch r.IntN(40) {
	case 0:
		return look{"amazon_order", "amazon_order_id", d(3) + "-" + d(7) + "-" + d(7)}
	case 1:
		return look{"shopify_order", "order", "#" + strconv.Itoa(1001+r.IntN(90000))}
	case 2:
		return look{"shopify_long_id", "order_id", "5" + d(12)}
	case 3:
		return look{"tiktok_id", "tiktok_order_id", "57" + d(16)}
	case 4:
		return look{"shopee_lazada_id", "ordersn", "2" + d(5) + rstr(r, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}
	case 5:
		ms := 1700000000000 + r.Int64N(100000000000)
		if r.IntN(2) == 0 {
			s := strconv.FormatInt(ms, 10)
			s = s[:12]
			s += string(luhnDigit(s))
			return look{"epoch_ms_luhn", "ts", s}
		}
		return look{"epoch_ms", "created_at_ms", strconv.FormatInt(ms, 10)}
	case 6:
		return look{"uuid", "request_id", hexs(r, 8) + "-" + hexs(r, 4) + "-4" + hexs(r, 3) + "-a" + hexs(r, 3) + "-" + hexs(r, 12)}
	case 7:
		return look{"trace_id", "trace_id", hexs(r, 32)}
	case 8:
		return look{"span_id", "span_id", hexs(r, 16)}
	case 9:
		return look{"sku", "sku", rstr(r, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "-" + d(4) + "-" + rstr(r, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ")}
	case 10:
		return look{"ups_1z", "tracking", "1Z" + rstr(r, 6, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ") + d(10)}
	case 11:
		return look{"s10_tracking", "tracking_no", rstr(r, 2, "ELRCV") + d(9) + pick(r, []string{"JP", "KR", "CN", "TH", "TR", "DE", "BR", "IN"})}
	case 12:
		return look{"carrier_numeric", "awb", d(12)}
	case 13:
		return look{"ean13", "gtin", ean13(r, pick(r, []string{"40", "50", "69", "76", "88", "80"}))}
	case 14:
		return look{"amount", "total", pick(r, []string{"¥", "₩", "€", "R$ ", "₺", "₹", "฿", "AED ", "US$"}) + pick(r, []string{fmt.Sprintf("%d,%03d", 1+r.IntN(99), r.IntN(1000)), fmt.Sprintf("%d.%03d,%02d", 1+r.IntN(99), r.IntN(1000), r.IntN(100)), fmt.Sprintf("%d.%02d", r.IntN(10000), r.IntN(100))})}
	case 15:
		return look{"date", "date", pick(r, []string{fmt.Sprintf("%04d年%d月%d日", 2020+r.IntN(7), 1+r.IntN(12), 1+r.IntN(28)), fmt.Sprintf("%02d.%02d.%04d", 1+r.IntN(28), 1+r.IntN(12), 2020+r.IntN(7)), fmt.Sprintf("%04d-%02d-%02d", 2020+r.IntN(7), 1+r.IntN(12), 1+r.IntN(28)), fmt.Sprintf("%04d년 %d월 %d일", 2020+r.IntN(7), 1+r.IntN(12), 1+r.IntN(28))})}
	case 16:
		return look{"version", "app_version", fmt.Sprintf("%d.%d.%d", r.IntN(20), r.IntN(40), r.IntN(300))}
	case 17:
		return look{"http_status", "status", strconv.Itoa(pick(r, []int{200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503}))}
	case 18:
		return look{"port", "port", strconv.Itoa(1024 + r.IntN(60000))}
	case 19:
		return look{"ip", "client_ip", fmt.Sprintf("%d.%d.%d.%d", 11+r.IntN(200), r.IntN(256), r.IntN(256), 1+r.IntN(254))}
	case 20:
		return look{"hostname", "host", pick(r, []string{"api", "edge", "orders", "pay"}) + "-" + d(2) + "." + pick(r, []string{"ap-northeast-1", "eu-central-1", "me-south-1"}) + ".shop.internal"}
	case 21:
		return look{"duration", "took", fmt.Sprintf("%d.%03ds", r.IntN(30), r.IntN(1000))}
	case 22:
		return look{"product_name", "product", pick(r, products)}
	case 23:
		return look{"shop_name", "shop", pick(r, shops)}
	case 24:
		return look{"class_method", "caller", pick(r, classes)}
	case 25:
		return look{"file_line", "at", pick(r, files) + ":" + strconv.Itoa(10+r.IntN(900))}
	case 26:
		return look{"git_sha", "build", hexs(r, 40)}
	case 27:
		return look{"request_id", "x_request_id", "req_" + rstr(r, 20, alnum)}
	case 28:
		return look{"native_order_no", "注文番号", toNative(r, d(10))}
	case 29:
		return look{"invoice_no", "請求書番号", pick(r, []string{"INV-", "发票", "청구서-", "فاتورة-"}) + toNative(r, d(8))}
	case 30:
		return look{"postcode_alone", "zip", pick(r, []string{"〒" + d(3) + "-" + d(4), d(5), d(6), d(3) + " " + d(2), d(2) + "-" + d(3)})}
	case 31:
		return look{"native_amount", "合計", toNative(r, fmt.Sprintf("%d,%03d", 1+r.IntN(99), r.IntN(1000))) + pick(r, []string{"円", "원", "元", " ر.س", " ₺", " ৳"})}
	case 32:
		return look{"native_date", "日付", toNative(r, fmt.Sprintf("%04d/%02d/%02d", 2020+r.IntN(7), 1+r.IntN(12), 1+r.IntN(28)))}
	case 33:
		return look{"jp_corp_no", "法人番号", d(13)}
	case 34:
		return look{"kr_brn", "사업자등록번호", d(3) + "-" + d(2) + "-" + d(5)}
	case 35:
		return look{"jan_code", "JAN", ean13(r, "49")}
	case 36:
		return look{"quantity_floor", "qty", pick(r, []string{toNative(r, strconv.Itoa(1+r.IntN(20))) + "点", strconv.Itoa(1+r.IntN(40)) + "F", "Room " + d(4), strconv.Itoa(1+r.IntN(9)) + "個", "x" + strconv.Itoa(1+r.IntN(12))})}
	case 37:
		return look{"timestamp", "at_time", fmt.Sprintf("%02d:%02d:%02d", r.IntN(24), r.IntN(60), r.IntN(60))}
	case 38:
		return look{"emoji_title", "title", pick(r, emojiTitles)}
	default:
		return look{"native_version", "版本", toNative(r, fmt.Sprintf("v%d.%d.%d", r.IntN(9), r.IntN(20), r.IntN(99)))}
	}
}
