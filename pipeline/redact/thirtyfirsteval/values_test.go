package thirtyfirsteval

import (
	"encoding/base64"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
)

// ---- cards ----

type issuer struct {
	name     string
	prefixes []string
	lengths  []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16}},
	{"mastercard", []string{"51", "52", "53", "54", "55", "2221", "2304", "2720"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"discover", []string{"6011", "644", "65"}, []int{16}},
	{"jcb", []string{"3528", "3543", "3566", "3589"}, []int{16}},
	{"unionpay", []string{"62"}, []int{16, 19}},
	{"diners", []string{"36", "38"}, []int{14}},
	{"mir", []string{"2200", "2202", "2204"}, []int{16}},
	{"elo", []string{"636368", "504175"}, []int{16}},
}

func luhnCheck(body string) byte {
	sum := 0
	dbl := true
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if dbl {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		dbl = !dbl
	}
	return byte('0' + (10-sum%10)%10)
}

func luhnValid(s string) bool {
	if len(s) < 2 {
		return false
	}
	return luhnCheck(s[:len(s)-1]) == s[len(s)-1]
}

func card(r *rand.Rand) (string, string) {
	is := pick(r, issuers)
	n := pick(r, is.lengths)
	b := []byte(pick(r, is.prefixes))
	for len(b) < n-1 {
		b = append(b, byte('0'+r.IntN(10)))
	}
	num := string(b) + string(luhnCheck(string(b)))
	switch f := r.IntN(4); {
	case f == 0:
		return num, is.name + ":compact"
	case is.name == "amex":
		sep := pick(r, []string{" ", "-"})
		return num[:4] + sep + num[4:10] + sep + num[10:], is.name + ":4-6-5"
	case is.name == "diners":
		return num[:4] + " " + num[4:10] + " " + num[10:], is.name + ":4-6-4"
	default:
		sep := " "
		if f == 3 {
			sep = "-"
		}
		var parts []string
		for i := 0; i < len(num); i += 4 {
			parts = append(parts, num[i:min(i+4, len(num))])
		}
		return strings.Join(parts, sep), is.name + ":grouped"
	}
}

// ---- IBAN ----

type ibanSpec struct{ cc, bban string } // BBAN pattern: X digit, L letter, C alnum

var ibanSpecs = []ibanSpec{
	{"DE", "XXXXXXXXXXXXXXXXXX"}, {"FR", "XXXXXXXXXXCCCCCCCCCCCXX"}, {"ES", "XXXXXXXXXXXXXXXXXXXX"},
	{"IT", "LXXXXXXXXXXCCCCCCCCCCCC"}, {"NL", "LLLLXXXXXXXXXX"}, {"GB", "LLLLXXXXXXXXXXXXXX"},
	{"BE", "XXXXXXXXXXXX"}, {"AT", "XXXXXXXXXXXXXXXX"}, {"CH", "XXXXXCCCCCCCCCCCC"}, {"PL", "XXXXXXXXXXXXXXXXXXXXXXXX"},
	{"PT", "XXXXXXXXXXXXXXXXXXXXX"}, {"SE", "XXXXXXXXXXXXXXXXXXXX"}, {"NO", "XXXXXXXXXXX"}, {"DK", "XXXXXXXXXXXXXX"},
	{"FI", "XXXXXXXXXXXXXX"}, {"IE", "LLLLXXXXXXXXXXXXXX"}, {"BR", "XXXXXXXXXXXXXXXXXXXXXXXLC"}, {"TR", "XXXXXXXXXXXXXXXXXXXXXX"},
	{"SA", "XXCCCCCCCCCCCCCCCCCC"}, {"AE", "XXXXXXXXXXXXXXXXXXX"}, {"RO", "LLLLCCCCCCCCCCCCCCCC"}, {"HU", "XXXXXXXXXXXXXXXXXXXXXXXX"},
	{"CZ", "XXXXXXXXXXXXXXXXXXXX"}, {"GR", "XXXXXXXCCCCCCCCCCCCCCCC"}, {"IL", "XXXXXXXXXXXXXXXXXXX"}, {"UA", "XXXXXXCCCCCCCCCCCCCCCCCCC"},
	{"KZ", "XXXCCCCCCCCCCCCC"}, {"EG", "XXXXXXXXXXXXXXXXXXXXXXXXX"}, {"LT", "XXXXXXXXXXXXXXXX"}, {"HR", "XXXXXXXXXXXXXXXXX"},
	{"GE", "LLXXXXXXXXXXXXXXXX"}, {"PK", "LLLLCCCCCCCCCCCCCCCC"}, {"MU", "LLLLXXXXXXXXXXXXXXXXXXXLLL"},
}

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func ibanCheck(cc, bban string) string {
	s := bban + cc + "00"
	var num strings.Builder
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			num.WriteString(itoa(int(c-'A') + 10))
		} else {
			num.WriteRune(c)
		}
	}
	n, _ := new(big.Int).SetString(num.String(), 10)
	m := new(big.Int).Mod(n, big.NewInt(97)).Int64()
	return fmt.Sprintf("%02d", 98-m)
}

func ibanValid(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	return ibanCheck(s[:2], s[4:]) == s[2:4]
}

func iban(r *rand.Rand) (string, string) {
	sp := pick(r, ibanSpecs)
	var b strings.Builder
	for _, c := range sp.bban {
		switch c {
		case 'X':
			b.WriteByte(byte('0' + r.IntN(10)))
		case 'L':
			b.WriteByte(byte('A' + r.IntN(26)))
		default:
			b.WriteByte(alnum[r.IntN(len(alnum))])
		}
	}
	bban := b.String()
	v := sp.cc + ibanCheck(sp.cc, bban) + bban
	if r.IntN(2) == 0 {
		return v, sp.cc + ":compact"
	}
	var parts []string
	for i := 0; i < len(v); i += 4 {
		parts = append(parts, v[i:min(i+4, len(v))])
	}
	return strings.Join(parts, " "), sp.cc + ":grouped"
}

// ---- cn_id ----

var cnRegions = []string{"110101", "110105", "310104", "310115", "440305", "440106", "510107", "330106", "320102", "420111", "610113", "370202", "500103", "210102", "350203"}

func cnCheck(s17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func cnID(r *rand.Rand) (string, string) {
	s := pick(r, cnRegions) + fmt.Sprintf("%04d%02d%02d%03d", 1950+r.IntN(56), 1+r.IntN(12), 1+r.IntN(28), r.IntN(1000))
	v := s + string(cnCheck(s))
	if v[17] == 'X' && r.IntN(3) == 0 {
		return v[:17] + "x", "lower-x"
	}
	if v[17] == 'X' {
		return v, "x"
	}
	return v, "digits"
}

// ---- credentials ----

const b62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func rnd(r *rand.Rand, set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return string(b)
}

var pwWords = []string{"Sunflower", "tangerine", "Marmalade", "copper", "Velvet", "harbor", "Kestrel", "meadow", "Saffron", "quartz", "Lantern", "orchid", "Pelican", "cobalt"}

// password is a human-chosen password.
func password(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		return pick(r, pwWords) + itoa(1970+r.IntN(50)) + pick(r, []string{"!", "#", "$", "*", "?"})
	case 1:
		return rnd(r, b62, 6) + pick(r, []string{"%", "&", "@", "!"}) + rnd(r, b62, 5)
	case 2:
		return strings.ToLower(pick(r, pwWords)) + "." + strings.ToLower(pick(r, pwWords)) + itoa(10+r.IntN(89))
	}
	return pick(r, pwWords) + "_" + rnd(r, "0123456789", 3) + pick(r, []string{"!!", "#", "+"})
}

func b64url(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func jwt(r *rand.Rand) string {
	h := b64url(`{"alg":"HS256","typ":"JWT"}`)
	p := b64url(fmt.Sprintf(`{"sub":"%d","iat":%d,"scope":"checkout"}`, 100000+r.IntN(900000), 1760000000+r.IntN(9000000)))
	return h + "." + p + "." + rnd(r, b62+"-_", 43)
}

// apiKey is a vendor-prefixed key.
func apiKey(r *rand.Rand) (string, string) {
	switch r.IntN(12) {
	case 0:
		return "sk_live_" + rnd(r, b62, 24), "stripe"
	case 1:
		return "AKIA" + rnd(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "aws"
	case 2:
		return "ghp_" + rnd(r, b62, 36), "github"
	case 3:
		return "AIza" + rnd(r, b62+"-_", 35), "google"
	case 4:
		return "xoxb-" + rnd(r, "0123456789", 11) + "-" + rnd(r, "0123456789", 12) + "-" + rnd(r, b62, 24), "slack"
	case 5:
		return "SG." + rnd(r, b62, 22) + "." + rnd(r, b62, 43), "sendgrid"
	case 6:
		return "shpat_" + rnd(r, "0123456789abcdef", 32), "shopify"
	case 7:
		return "glpat-" + rnd(r, b62, 20), "gitlab"
	case 8:
		return "rzp_live_" + rnd(r, b62, 14), "razorpay"
	case 9:
		return "xnd_production_" + rnd(r, b62, 40), "xendit"
	case 10:
		return "sk-proj-" + rnd(r, b62, 40), "openai"
	}
	return "hf_" + rnd(r, b62, 34), "huggingface"
}

func basicToken(r *rand.Rand) string {
	user := pick(r, []string{"app", "mobile", "ios-client", "partner", "checkout"})
	return base64.StdEncoding.EncodeToString([]byte(user + ":" + password(r)))
}

// ---- look-alikes ----

type laGen func(r *rand.Rand) string

var fullWidth = strings.NewReplacer("0", "０", "1", "１", "2", "２", "3", "３", "4", "４", "5", "５", "6", "６", "7", "７", "8", "８", "9", "９", "-", "－")

func epochMs(r *rand.Rand) int64 { return 1_735_000_000_000 + r.Int64N(60_000_000_000) }

var laGens = map[string]laGen{
	"order_amazon": func(r *rand.Rand) string {
		return fmt.Sprintf("%03d-%07d-%07d", 100+r.IntN(900), r.IntN(10_000_000), r.IntN(10_000_000))
	},
	"order_shopify": func(r *rand.Rand) string {
		if r.IntN(2) == 0 {
			return "#" + itoa(1001+r.IntN(90000))
		}
		return itoa(5_000_000_000_000 + r.IntN(900_000_000_000))
	},
	"order_marketplace": func(r *rand.Rand) string { // TikTok, Shopee, Lazada
		switch r.IntN(3) {
		case 0:
			return "57" + rnd(r, "0123456789", 16)
		case 1:
			return "2412" + rnd(r, "0123456789", 2) + rnd(r, "0123456789ABCDEFGHJKMNPQRSTUVWXY", 8)
		}
		return "8" + rnd(r, "0123456789", 14)
	},
	"epoch_ms": func(r *rand.Rand) string { return fmt.Sprint(epochMs(r)) },
	"epoch_ms_luhn": func(r *rand.Rand) string {
		for {
			s := fmt.Sprint(epochMs(r))
			if luhnValid(s) {
				return s
			}
		}
	},
	"uuid": func(r *rand.Rand) string {
		h := rnd(r, "0123456789abcdef", 32)
		return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
	},
	"adid": func(r *rand.Rand) string {
		h := rnd(r, "0123456789ABCDEF", 32)
		return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
	},
	"trace_id":   func(r *rand.Rand) string { return rnd(r, "0123456789abcdef", 32) },
	"span_id":    func(r *rand.Rand) string { return rnd(r, "0123456789abcdef", 16) },
	"request_id": func(r *rand.Rand) string { return "req_" + rnd(r, b62, 14) },
	"sku": func(r *rand.Rand) string {
		return pick(r, []string{"TSH", "SNK", "MUG", "CASE", "BAG", "HDP"}) + "-" + rnd(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + "-" + itoa(10+r.IntN(90)) + pick(r, []string{"", "-BLK", "-XL", "-128G"})
	},
	"track_ups": func(r *rand.Rand) string {
		return "1Z" + rnd(r, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 6) + rnd(r, "0123456789", 10)
	},
	"track_s10": func(r *rand.Rand) string {
		return pick(r, []string{"RR", "LX", "CP", "EE", "RB", "UA"}) + rnd(r, "0123456789", 9) + pick(r, []string{"CN", "DE", "BR", "JP", "GB", "NL"})
	},
	"track_numeric": func(r *rand.Rand) string {
		if r.IntN(2) == 0 {
			return "7" + rnd(r, "0123456789", 11) // FedEx 12
		}
		return "9400" + rnd(r, "0123456789", 18) // USPS 22
	},
	"ean13": func(r *rand.Rand) string {
		b := pick(r, []string{"400", "590", "789", "880", "690", "871", "460"}) + rnd(r, "0123456789", 9)
		sum := 0
		for i, c := range b {
			d := int(c - '0')
			if i%2 == 1 {
				d *= 3
			}
			sum += d
		}
		return b + itoa((10-sum%10)%10)
	},
	"amount": func(r *rand.Rand) string {
		n := 100 + r.IntN(900000)
		switch r.IntN(7) {
		case 0:
			return fmt.Sprintf("$%d.%02d", n/100, n%100)
		case 1:
			return fmt.Sprintf("%d,%02d €", n/100, n%100)
		case 2:
			return fmt.Sprintf("R$ %d,%02d", n/100, n%100)
		case 3:
			return fmt.Sprintf("¥%d", n)
		case 4:
			return fmt.Sprintf("Rp %d.%03d", n/1000+1, n%1000)
		case 5:
			return fmt.Sprintf("%d.%02d USD", n/100, n%100)
		}
		return fmt.Sprintf("₩%d,%03d", n/1000+1, n%1000)
	},
	"date": func(r *rand.Rand) string {
		y, m, d := 2025+r.IntN(2), 1+r.IntN(12), 1+r.IntN(28)
		switch r.IntN(5) {
		case 0:
			return fmt.Sprintf("%02d/%02d/%d", d, m, y)
		case 1:
			return fmt.Sprintf("%d-%02d-%02d", y, m, d)
		case 2:
			return fmt.Sprintf("%02d.%02d.%d", d, m, y)
		case 3:
			return fmt.Sprintf("%d年%d月%d日", y, m, d)
		}
		return fmt.Sprintf("%d %s %d", d, pick(r, []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}), y)
	},
	"timestamp": func(r *rand.Rand) string {
		return fmt.Sprintf("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", 1+r.IntN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000))
	},
	"version": func(r *rand.Rand) string { return fmt.Sprintf("%d.%d.%d", 1+r.IntN(9), r.IntN(40), r.IntN(20)) },
	"app_build": func(r *rand.Rand) string {
		return fmt.Sprintf("%d.%d.%d (%d)", 3+r.IntN(5), r.IntN(30), r.IntN(10), 20000+r.IntN(80000))
	},
	"http_status": func(r *rand.Rand) string {
		return pick(r, []string{"200", "201", "204", "301", "400", "401", "403", "404", "409", "422", "429", "500", "502", "503"})
	},
	"port": func(r *rand.Rand) string {
		return pick(r, []string{"8080", "8443", "5432", "6379", "9092", "3000", "50051"})
	},
	"ip": func(r *rand.Rand) string { return fmt.Sprintf("10.%d.%d.%d", r.IntN(256), r.IntN(256), 1+r.IntN(254)) },
	"hostname": func(r *rand.Rand) string {
		return pick(r, []string{"api", "edge", "push", "cdn", "events"}) + "-" + itoa(1+r.IntN(30)) + "." + pick(r, []string{"eu-west-1", "ap-southeast-1", "us-east-2"}) + ".shop-internal.net"
	},
	"duration": func(r *rand.Rand) string {
		return pick(r, []string{fmt.Sprintf("%dms", 2+r.IntN(4000)), fmt.Sprintf("%.2fs", r.Float64()*30), fmt.Sprintf("%dm%ds", r.IntN(10), r.IntN(60))})
	},
	"git_sha": func(r *rand.Rand) string { return rnd(r, "0123456789abcdef", 40) },
	"mem_addr": func(r *rand.Rand) string {
		return "0x" + pick(r, []string{"00000001", "0000007f", "000000010"}) + rnd(r, "0123456789abcdef", 8)
	},
	"push_token": func(r *rand.Rand) string { return rnd(r, "0123456789abcdef", 64) },
	"fcm_token": func(r *rand.Rand) string {
		return rnd(r, b62+"-_", 22) + ":APA91b" + rnd(r, b62+"-_", 134)
	},
	"install_id": func(r *rand.Rand) string { return "inst-" + rnd(r, "0123456789abcdef", 20) },
	"device_model": func(r *rand.Rand) string {
		return pick(r, []string{"SM-G991B", "SM-A525F", "Pixel 8 Pro", "iPhone14,2", "iPhone15,3", "iPad13,4", "Redmi Note 12", "CPH2451", "M2101K6G", "moto g54 5G"})
	},
	"os_build": func(r *rand.Rand) string {
		return pick(r, []string{"Build/TP1A.220624.014", "Build/UP1A.231005.007", "Build/SKQ1.211006.001", "iOS 17.5.1 (21F90)", "iOS 18.1 (22B83)", "Android 14; API 34"})
	},
	"screen_name": func(r *rand.Rand) string {
		return pick(r, []string{"CheckoutScreen", "OrderDetailViewController", "CartFragment", "AddressFormActivity", "ProductDetailPage", "PaymentSheet", "ReturnsWizardStep2"})
	},
	"event_name": func(r *rand.Rand) string {
		return pick(r, []string{"checkout_started", "Order Completed", "add_payment_info", "push_opened", "screen_view", "refund_requested", "review_submitted", "Product Viewed"})
	},
	"class_method": func(r *rand.Rand) string {
		return pick(r, []string{"com.shopapp.checkout.PaymentViewModel.submit", "ShopKit.CartStore.apply(_:)", "io.flutter.plugins.OrderChannel.onMethodCall", "RCTNetworking.sendRequest", "com.shopapp.push.FcmService.onMessageReceived", "OrderRepository.fetchOrder"})
	},
	"file_line": func(r *rand.Rand) string {
		return pick(r, []string{"CheckoutFragment.kt", "AddressForm.swift", "order_bloc.dart", "PaymentSheet.tsx", "OkHttpClient.java", "CartStore.swift"}) + ":" + itoa(12+r.IntN(900))
	},
	"thread_name": func(r *rand.Rand) string {
		return pick(r, []string{"main", "OkHttp Dispatcher", "com.apple.main-thread", "DefaultDispatcher-worker-3", "mqt_js", "RxCachedThreadScheduler-2", "WorkManager-Worker-1"})
	},
	"campaign_id": func(r *rand.Rand) string {
		return "cmp_" + itoa(2026) + "_" + pick(r, []string{"bf", "xmas", "11_11", "ramadan", "spring"}) + "_" + itoa(100+r.IntN(900))
	},
	"coupon": func(r *rand.Rand) string {
		return pick(r, []string{"WELCOME", "SAVE", "FREESHIP", "VIP", "BACK"}) + itoa(5+r.IntN(50)) + pick(r, []string{"", "-2026", "NOW"})
	},
	"flag_key": func(r *rand.Rand) string {
		return pick(r, []string{"new-checkout-flow", "enable_apple_pay", "push_digest_v2", "returns.self_service", "one_tap_reorder", "cart-upsell-exp-7"})
	},
	"locale": func(r *rand.Rand) string {
		return pick(r, []string{"pt_BR", "en-GB", "ja_JP", "zh-Hant-TW", "es_MX", "de-AT", "ar_EG", "id_ID"})
	},
	"timezone": func(r *rand.Rand) string {
		return pick(r, []string{"America/Sao_Paulo", "Europe/Berlin", "Asia/Tokyo", "Asia/Jakarta", "Africa/Lagos", "Australia/Perth", "GMT+07:00"})
	},
	"carrier": func(r *rand.Rand) string {
		return pick(r, []string{"Vodafone", "T-Mobile", "Telkomsel", "Vivo", "NTT DOCOMO", "Safaricom", "Claro", "Jio 4G", "MTN NG"})
	},
	"shop_name": func(r *rand.Rand) string {
		return pick(r, []string{"Sophie & Ben Home", "Uncle Tony's Gadgets", "Maison Margaux", "Kenji Outdoor", "Bella Rosa Boutique", "Casa Lupita", "Frau Holle Betten", "Oma Gerda Feinkost"})
	},
	"app_name": func(r *rand.Rand) string {
		return pick(r, []string{"Emma Shop", "Hello Martha", "Jack & Jill Kids", "Lily Pay", "Oscar Rewards", "ShopMate"})
	},
	"product_name": func(r *rand.Rand) string {
		return pick(r, []string{"Victoria Linen Dress", "Matilda Ceramic Mug", "Hudson Rain Jacket", "Aurora Desk Lamp", "Winston Leather Wallet", "Clara Wireless Earbuds", "Noah Kids Sneakers"})
	},
	"city": func(r *rand.Rand) string {
		return pick(r, []string{"Rotterdam", "São Paulo", "Shenzhen", "Jakarta", "Lagos", "Melbourne", "Osaka", "Hamburg"})
	},
	"warehouse": func(r *rand.Rand) string {
		return pick(r, []string{"WH-Venlo-2", "Tilburg DC", "Leipzig hub", "Port Klang FC", "Guarulhos CD", "Narita Gateway"})
	},
	"staff_role": func(r *rand.Rand) string {
		return pick(r, []string{"Customer Care", "Payments Ops", "Trust & Safety", "Mobile Platform team", "Fulfilment Lead", "On-call SRE"})
	},
	"ticket": func(r *rand.Rand) string {
		return pick(r, []string{"CS-", "INC-", "JIRA-MOB-", "ZD#"}) + itoa(1000+r.IntN(90000))
	},
	"rating": func(r *rand.Rand) string {
		return pick(r, []string{"4/5", "★★★★☆", "2/5", "★☆☆☆☆", "5 stars", "3.5/5"})
	},
	"weekday": func(r *rand.Rand) string {
		return pick(r, []string{"Monday", "Friday", "Saturday", "Tuesday", "August", "December", "March"})
	},
	"quoted_error": func(r *rand.Rand) string {
		return pick(r, []string{`"Network request failed"`, `'SSL handshake aborted'`, `"The operation couldn’t be completed"`, `"Unable to resolve host"`, `"Payment declined by issuer"`})
	},
	"native_order": func(r *rand.Rand) string {
		switch r.IntN(3) {
		case 0:
			return "注文番号" + fullWidth.Replace(rnd(r, "0123456789", 8))
		case 1:
			return "订单号" + rnd(r, "0123456789", 12)
		}
		return "주문번호 " + rnd(r, "0123456789", 10)
	},
	"native_amount": func(r *rand.Rand) string {
		switch r.IntN(3) {
		case 0:
			return fullWidth.Replace(itoa(100+r.IntN(90000))) + "円"
		case 1:
			return toNative(itoa(50+r.IntN(9000)), '٠') + " ج.م"
		}
		return "₹" + toNative(itoa(100+r.IntN(90000)), '०')
	},
	"native_date": func(r *rand.Rand) string {
		return fullWidth.Replace(fmt.Sprintf("2026-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28)))
	},
	"biz_reg_no": func(r *rand.Rand) string {
		if r.IntN(2) == 0 {
			return "T" + rnd(r, "0123456789", 13) // JP invoice registration
		}
		return fmt.Sprintf("%03d-%02d-%05d", 100+r.IntN(900), 10+r.IntN(90), r.IntN(100000)) // KR
	},
	"postcode_alone": func(r *rand.Rand) string {
		return pick(r, []string{"10435", "01310-100", "〒150-0041", "SW1A 2AA", "560001", "100-0005", "75011"})
	},
	"quantity": func(r *rand.Rand) string {
		return pick(r, []string{"qty 2", "x3", "1 pc", "12 件", "3 Stück", "2 unidades"})
	},
	"floor_room": func(r *rand.Rand) string {
		return pick(r, []string{"Floor 3", "Room 402", "Gate B12", "Dock 7", "Level 2"})
	},
}

var laTypes = func() []string {
	var ts []string
	for k := range laGens {
		ts = append(ts, k)
	}
	sortStrings(ts)
	return ts
}()
