package eighteentheval

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// lookType is a kind of value that must survive redaction.
type lookType struct {
	name string
	keys []string
	gen  func(r *rand.Rand) string
}

func uuid(r *rand.Rand) string {
	return fmt.Sprintf("%s-%s-4%s-%c%s-%s", fromSet(r, hexLow, 8), fromSet(r, hexLow, 4), fromSet(r, hexLow, 3),
		"89ab"[r.IntN(4)], fromSet(r, hexLow, 3), fromSet(r, hexLow, 12))
}

func ean13(r *rand.Rand, prefix string) string {
	d := prefix + digitsN(r, 12-len(prefix))
	sum := 0
	for i := 0; i < 12; i++ {
		n := int(d[i] - '0')
		if i%2 == 1 {
			n *= 3
		}
		sum += n
	}
	return d + strconv.Itoa((10-sum%10)%10)
}

func nfeKey(r *rand.Rand) string {
	uf := pick(r, []string{"35", "33", "31", "41", "43", "29"})
	d := uf + "26" + fmt.Sprintf("%02d", 1+r.IntN(12)) + digitsN(r, 14) + "55" + fmt.Sprintf("%03d", 1+r.IntN(3)) + digitsN(r, 9) + "1" + digitsN(r, 8)
	sum, w := 0, 2
	for i := len(d) - 1; i >= 0; i-- {
		sum += int(d[i]-'0') * w
		w++
		if w > 9 {
			w = 2
		}
	}
	c := 11 - sum%11
	if c >= 10 {
		c = 0
	}
	return d + strconv.Itoa(c)
}

var baseTime = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

func ts(r *rand.Rand) time.Time {
	return baseTime.Add(time.Duration(r.Int64N(int64(6 * 24 * time.Hour))))
}

func epochLuhn(r *rand.Rand) string {
	for {
		s := strconv.FormatInt(ts(r).UnixMilli(), 10)
		if luhnOK(s) {
			return s
		}
	}
}

func psp16(r *rand.Rand) string {
	for {
		s := pick(r, []string{"88", "99", "17", "89"}) + digitsN(r, 14)
		if !isCard(s) {
			return s
		}
	}
}

func amount(r *rand.Rand) string {
	n := r.IntN(250000) + 100
	i, f := n/100, n%100
	th := func(x int, sep string) string {
		s := strconv.Itoa(x)
		var out []string
		for len(s) > 3 {
			out = append([]string{s[len(s)-3:]}, out...)
			s = s[:len(s)-3]
		}
		return strings.Join(append([]string{s}, out...), sep)
	}
	switch r.IntN(12) {
	case 0:
		return fmt.Sprintf("$%s.%02d", th(i, ","), f)
	case 1:
		return fmt.Sprintf("%s,%02d €", th(i, "."), f)
	case 2:
		return fmt.Sprintf("R$ %s,%02d", th(i, "."), f)
	case 3:
		return fmt.Sprintf("Rp %s", th(i*1000, "."))
	case 4:
		return fmt.Sprintf("₩%s", th(i*100, ","))
	case 5:
		return fmt.Sprintf("%d.%02d USD", i, f)
	case 6:
		return fmt.Sprintf("₱%s.%02d", th(i, ","), f)
	case 7:
		return fmt.Sprintf("¥%s", th(i*10, ","))
	case 8:
		return fmt.Sprintf("%s kr", th(i, " "))
	case 9:
		return fmt.Sprintf("MXN %s.%02d", th(i, ","), f)
	case 10:
		return fmt.Sprintf("₹%s.%02d", th(i, ","), f)
	}
	return fmt.Sprintf("%d.%02d", i, f)
}

var lookTypes = []lookType{
	{"stripe_charge", []string{"charge", "charge_id", "ch"}, func(r *rand.Rand) string { return "ch_3" + fromSet(r, alnum, 23) }},
	{"stripe_pi", []string{"payment_intent", "pi_id", "paymentIntentId"}, func(r *rand.Rand) string { return "pi_3" + fromSet(r, alnum, 23) }},
	{"stripe_refund", []string{"refund", "refund_id"}, func(r *rand.Rand) string { return "re_3" + fromSet(r, alnum, 23) }},
	{"stripe_dispute", []string{"dispute", "dispute_id"}, func(r *rand.Rand) string { return pick(r, []string{"dp_", "du_"}) + "1" + fromSet(r, alnum, 23) }},
	{"payout_id", []string{"payout", "payout_id"}, func(r *rand.Rand) string { return "po_1" + fromSet(r, alnum, 23) }},
	{"razorpay_pay", []string{"razorpay_payment_id", "payment_id"}, func(r *rand.Rand) string { return "pay_" + fromSet(r, alnum, 14) }},
	{"razorpay_order", []string{"razorpay_order_id", "order_id"}, func(r *rand.Rand) string { return "order_" + fromSet(r, alnum, 14) }},
	{"psp_reference", []string{"pspReference", "psp_ref", "originalReference"}, psp16},
	{"xendit_id", []string{"invoice_id", "xendit_id", "external_id"}, func(r *rand.Rand) string { return fromSet(r, hexLow, 24) }},
	{"midtrans_tx", []string{"transaction_id", "order_id"}, uuid},
	{"amazon_order", []string{"amazon_order_id", "AmazonOrderId", "order"}, func(r *rand.Rand) string {
		return fmt.Sprintf("%03d-%s-%s", 100+r.IntN(900), digitsN(r, 7), digitsN(r, 7))
	}},
	{"shopify_order", []string{"order_name", "order", "shopify_order"}, func(r *rand.Rand) string {
		if r.IntN(2) == 0 {
			return "#" + strconv.Itoa(1001+r.IntN(90000))
		}
		return "gid://shopify/Order/" + "5" + digitsN(r, 12)
	}},
	{"tiktok_order", []string{"tiktok_order_id", "order_id"}, func(r *rand.Rand) string { return "57" + digitsN(r, 16) }},
	{"invoice_no", []string{"invoice_number", "invoice_no", "folio"}, func(r *rand.Rand) string {
		return pick(r, []string{"INV-", "FV/", "F", "NF-"}) + "2026" + pick(r, []string{"-", "/", ""}) + fmt.Sprintf("%06d", r.IntN(999999))
	}},
	{"nfe_key", []string{"chave_acesso", "chNFe", "access_key"}, nfeKey},
	{"cfdi_uuid", []string{"UUID", "folio_fiscal", "cfdi_uuid"}, func(r *rand.Rand) string { return strings.ToUpper(uuid(r)) }},
	{"fapiao_code", []string{"fapiao_code", "invoice_code", "发票代码"}, func(r *rand.Rand) string { return "0" + digitsN(r, 11) }},
	{"fapiao_number", []string{"fapiao_number", "invoice_num", "发票号码"}, func(r *rand.Rand) string { return digitsN(r, 8) }},
	{"amount", []string{"amount", "total", "price", "grand_total"}, amount},
	{"fx_rate", []string{"fx_rate", "exchange_rate", "rate"}, func(r *rand.Rand) string {
		return pick(r, []string{"1.", "0.", "15.", "4.", "0.00", "1320."}) + digitsN(r, 4)
	}},
	{"risk_score", []string{"risk_score", "score", "fraud_score"}, func(r *rand.Rand) string {
		if r.IntN(2) == 0 {
			return fmt.Sprintf("0.%03d", r.IntN(1000))
		}
		return fmt.Sprintf("%d/100", r.IntN(101))
	}},
	{"bin", []string{"bin", "iin", "card_bin"}, func(r *rand.Rand) string { return pick(r, []string{"4", "5", "37", "62"}) + digitsN(r, 5) }},
	{"last4", []string{"last4", "card_last4", "masked_pan"}, func(r *rand.Rand) string {
		return pick(r, []string{"•••• ", "**** ", "ending in ", "XXXX-XXXX-XXXX-"}) + digitsN(r, 4)
	}},
	{"card_brand", []string{"brand", "scheme", "network"}, func(r *rand.Rand) string {
		return pick(r, []string{"Visa", "Mastercard", "American Express", "JCB", "UnionPay", "Elo", "RuPay", "Discover", "Diners Club", "Mir", "Troy"})
	}},
	{"expiry", []string{"exp", "expiry", "exp_date"}, func(r *rand.Rand) string { return fmt.Sprintf("%02d/%02d", 1+r.IntN(12), 27+r.IntN(8)) }},
	{"timestamp", []string{"created_at", "occurred_at", "ts"}, func(r *rand.Rand) string { return ts(r).Format(time.RFC3339Nano) }},
	{"epoch_ms", []string{"created", "timestamp_ms", "event_time"}, epochLuhn},
	{"uuid", []string{"id", "request_id", "idempotency_key"}, uuid},
	{"trace_id", []string{"trace_id", "traceId", "x-b3-traceid"}, func(r *rand.Rand) string { return fromSet(r, hexLow, 32) }},
	{"span_id", []string{"span_id", "spanId"}, func(r *rand.Rand) string { return fromSet(r, hexLow, 16) }},
	{"sha256", []string{"sha256", "checksum", "signature_digest"}, func(r *rand.Rand) string { return fromSet(r, hexLow, 64) }},
	{"query_id", []string{"queryid", "query_id", "digest"}, func(r *rand.Rand) string { return "-" + strconv.FormatInt(1e18+r.Int64N(8e18), 10) }},
	{"graphql_op", []string{"operationName", "operation"}, func(r *rand.Rand) string {
		return pick(r, []string{"CheckoutComplete", "CustomerUpdate", "PaymentMethodAttach", "CartLinesAdd", "OrderRefundCreate", "SubscriptionContractCreate", "LoyaltyPointsRedeem"}) + pick(r, []string{"", "V2", "WithTokenizedPayment", "Mutation"})
	}},
	{"k8s_pod", []string{"pod", "kubernetes.pod.name"}, func(r *rand.Rand) string {
		return pick(r, []string{"checkout-api", "risk-scorer", "wa-bridge", "crm-sync", "geo-validate", "ledger"}) + "-" + fromSet(r, "bcdfghjklmnpqrstvwxz2456789", 9) + "-" + fromSet(r, "bcdfghjklmnpqrstvwxz2456789", 5)
	}},
	{"ipv4", []string{"client_ip", "ip", "source.ip"}, func(r *rand.Rand) string {
		return fmt.Sprintf("%d.%d.%d.%d", pick(r, []int{10, 172, 103, 185, 41, 196, 113}), r.IntN(256), r.IntN(256), 1+r.IntN(254))
	}},
	{"ipv6", []string{"ip6", "remote_addr"}, func(r *rand.Rand) string {
		return "2001:" + fromSet(r, hexLow, 4) + ":" + fromSet(r, hexLow, 4) + "::" + fromSet(r, hexLow, 3)
	}},
	{"version", []string{"version", "sdk_version", "app_version"}, func(r *rand.Rand) string {
		return fmt.Sprintf("%s%d.%d.%d", pick(r, []string{"v", "", ""}), r.IntN(20), r.IntN(40), r.IntN(60))
	}},
	{"user_agent", []string{"user_agent", "ua"}, func(r *rand.Rand) string {
		return pick(r, []string{"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
			"okhttp/4.12.0", "Stripe/v1 RubyBindings/13.2.0", "WhatsApp/2.24.25.78 A", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)", "Shopify-Captain-Hook", "axios/1.7.9"})
	}},
	{"device_id", []string{"device_id", "fingerprint", "visitor_id"}, func(r *rand.Rand) string {
		if r.IntN(2) == 0 {
			return strings.ToUpper(uuid(r))
		}
		return fromSet(r, hexLow, 16)
	}},
	{"sku", []string{"sku", "seller_sku", "variant_sku"}, func(r *rand.Rand) string {
		return pick(r, []string{"TSH", "SNK", "BAG", "MUG", "CAS", "SKN", "LIP"}) + "-" + pick(r, []string{"BLK", "WHT", "RED", "NVY", "ROS"}) + "-" + pick(r, []string{"S", "M", "L", "XL", "42", "OS"}) + "-" + digitsN(r, 4)
	}},
	{"gtin", []string{"gtin", "ean", "barcode"}, func(r *rand.Rand) string {
		return ean13(r, pick(r, []string{"4", "5", "7", "8", "690", "885", "471", "899"}))
	}},
	{"tracking_no", []string{"tracking_number", "awb", "waybill"}, func(r *rand.Rand) string {
		switch r.IntN(5) {
		case 0:
			return "1Z" + fromSet(r, upAln, 6) + digitsN(r, 10)
		case 1:
			return fromSet(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2) + digitsN(r, 9) + pick(r, []string{"CN", "BR", "TH", "SG", "JP"})
		case 2:
			return "JP" + digitsN(r, 10)
		case 3:
			return "SPXID0" + digitsN(r, 11)
		}
		return "JNT" + digitsN(r, 12)
	}},
	{"campaign_id", []string{"campaign_id", "flow_id", "canvas_id"}, func(r *rand.Rand) string {
		return pick(r, []string{"01J", "cmp_", "flow_"}) + fromSet(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 20)
	}},
	{"coupon", []string{"coupon", "promo_code", "discount_code"}, func(r *rand.Rand) string {
		return pick(r, []string{"WELCOME", "SUMMER", "FLASH", "LIVE", "VIP", "BDAY", "HARBOLNAS"}) + pick(r, []string{"10", "25", "50", "-15", "2026"})
	}},
	{"wamid", []string{"message_id", "wamid", "id"}, func(r *rand.Rand) string { return "wamid.HBgL" + fromSet(r, b64set[:62], 44) + "==" }},
	{"line_user_id", []string{"userId", "line_user_id", "source.userId"}, func(r *rand.Rand) string { return "U" + fromSet(r, hexLow, 32) }},
	{"chat_id", []string{"chat_id", "chat.id", "thread_id"}, func(r *rand.Rand) string { return "-100" + digitsN(r, 10) }},
	{"zalo_user_id", []string{"zalo_user_id", "sender.id", "oa_id"}, func(r *rand.Rand) string { return "8" + digitsN(r, 18) }},
	{"geohash", []string{"geohash", "geo_hash"}, func(r *rand.Rand) string { return fromSet(r, "0123456789bcdefghjkmnpqrstuvwxyz", 9) }},
	{"latlong", []string{"location", "latlng", "coords"}, func(r *rand.Rand) string {
		return fmt.Sprintf("%.6f,%.6f", -40+r.Float64()*90, -120+r.Float64()*260)
	}},
	{"plus_code", []string{"plus_code", "global_code"}, func(r *rand.Rand) string {
		return fromSet(r, "23456789CFGHJMPQRVWX", 4) + fromSet(r, "23456789CFGHJMPQRVWX", 4) + "+" + fromSet(r, "23456789CFGHJMPQRVWX", 2)
	}},
	{"h3_cell", []string{"h3", "h3_index", "hex_id"}, func(r *rand.Rand) string { return "89" + fromSet(r, hexLow, 9) + "ffff" }},
	{"company_person", []string{"merchant_name", "seller", "store_name", "brand_owner"}, func(r *rand.Rand) string {
		return pick(r, []string{"Tory Burch LLC", "Hugo Boss AG", "Calvin Klein", "Ralph Lauren", "Tommy Hilfiger", "Van Heusen", "Estée Lauder", "Dr. Martens", "Ben & Jerry's", "Marks & Spencer", "Johnson & Johnson", "Ferrero Rocher", "Giorgio Armani", "Michael Kors"})
	}},
	{"brand", []string{"marketplace", "channel", "platform"}, func(r *rand.Rand) string {
		return pick(r, []string{"Shopee", "Tokopedia", "Lazada", "Mercado Libre", "Rakuten Ichiba", "Coupang", "Allegro", "Jumia", "Flipkart", "Daraz", "Zalando", "Bol.com", "Noon", "Kaspi"})
	}},
	{"place_name", []string{"segment", "store_location", "pickup_point"}, func(r *rand.Rand) string {
		return pick(r, []string{"Siam Paragon", "Grand Indonesia", "Shibuya 109", "BGC High Street", "Mall of Africa", "Sandton City", "Dubai Mall", "Centro Santa Fe", "Westfield Sydney", "Lotte World Mall", "Nordstan", "Galeria Mokotów", "Kaspi Plaza", "Citystars Heliopolis", "Dizengoff Center"})
	}},
	{"status_code", []string{"status", "http_status", "response_code"}, func(r *rand.Rand) string {
		return pick(r, []string{"200", "201", "202", "204", "400", "401", "402", "403", "404", "409", "422", "429", "500", "502", "503"})
	}},
	{"arn", []string{"arn", "acquirer_reference_number"}, func(r *rand.Rand) string { return "7" + digitsN(r, 22) }},
	{"reason_code", []string{"reason_code", "network_reason_code"}, func(r *rand.Rand) string {
		return pick(r, []string{"10.4", "13.1", "4837", "4853", "4855", "F29", "C08", "UA02", "13.7"})
	}},
	{"auth_code", []string{"auth_code", "approval_code", "authorization_code"}, func(r *rand.Rand) string {
		return fromSet(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 1) + fromSet(r, upAln, 5)
	}},
	{"mongo_oid", []string{"_id", "customer_oid"}, func(r *rand.Rand) string { return "6" + fromSet(r, hexLow, 23) }},
	{"sentry_event", []string{"event_id", "sentry_event_id"}, func(r *rand.Rand) string { return fromSet(r, hexLow, 32) }},
	{"mem_addr", []string{"addr", "ptr"}, func(r *rand.Rand) string { return "0x7f" + fromSet(r, hexLow, 10) }},
	{"hubspot_id", []string{"hs_object_id", "contact_id", "vid"}, func(r *rand.Rand) string { return strconv.Itoa(100000000 + r.IntN(899999999)) }},
	{"telegram_update", []string{"update_id", "message_id"}, func(r *rand.Rand) string { return strconv.Itoa(700000000 + r.IntN(99999999)) }},
	{"kakao_id", []string{"kakao_user_id", "bot_user_key"}, func(r *rand.Rand) string { return fromSet(r, hexLow, 8) + fromSet(r, lowAln, 12) }},
	{"mcc", []string{"mcc", "merchant_category_code"}, func(r *rand.Rand) string {
		return pick(r, []string{"5411", "5651", "5699", "5732", "5945", "5977", "7399"})
	}},
	{"ds_trans_id", []string{"dsTransID", "threeDSServerTransID"}, uuid},
	{"eci", []string{"eci", "eci_value"}, func(r *rand.Rand) string { return pick(r, []string{"05", "02", "06", "07", "01"}) }},
	{"gtin_quantity", []string{"qty", "quantity", "units"}, func(r *rand.Rand) string { return strconv.Itoa(1 + r.IntN(40)) }},
	{"sms_sender", []string{"sender_id", "from_name"}, func(r *rand.Rand) string {
		return pick(r, []string{"VIGILSHOP", "ShopAlert", "TOKO-ID", "MyStore", "SMSINFO"})
	}},
	{"review_id", []string{"review_id", "rating_id"}, func(r *rand.Rand) string { return "rv_" + fromSet(r, lowAln, 16) }},
	{"points", []string{"points_balance", "points", "tier_points"}, func(r *rand.Rand) string { return strconv.Itoa(r.IntN(99999)) + " pts" }},
	{"tax_rate", []string{"tax_rate", "vat_rate", "iva"}, func(r *rand.Rand) string { return pick(r, []string{"16%", "21%", "7%", "12%", "0.19", "25.5%", "8%"}) }},
	{"vat_id_company", []string{"seller_vat", "company_tax_id", "rfc_emisor"}, func(r *rand.Rand) string {
		return pick(r, []string{"SE", "DK", "FI", "BE0", "CHE-"}) + digitsN(r, 8) + pick(r, []string{"01", "", " MWST"})
	}},
	{"idem_key", []string{"Idempotency-Key", "idempotency_key"}, func(r *rand.Rand) string { return "idem_" + fromSet(r, lowAln, 20) }},
	{"feature_flag", []string{"flag", "experiment"}, func(r *rand.Rand) string {
		return pick(r, []string{"checkout_v3", "one_tap_otp", "bnpl_banner", "cod_disable_high_risk", "geo_autocomplete_v2"})
	}},
}

var lookByName = func() map[string]*lookType {
	m := map[string]*lookType{}
	for i := range lookTypes {
		m[lookTypes[i].name] = &lookTypes[i]
	}
	return m
}()

// traps are clean values under keys that look like PII keys.
type trap struct {
	name string
	keys []string
	gen  func(r *rand.Rand) string
}

var traps = []trap{
	{"trap_name", []string{"name", "campaign_name", "product_name", "display_name"}, func(r *rand.Rand) string {
		return pick(r, []string{"Black Friday Early Access", "Ramadan Kareem Bundle", "Winback 90d", "Singles Day Flash 11.11", "Cart Abandonment v4", "Linen Shirt Relaxed Fit", "Glow Serum 30ml", "Payday Sale Oct"})
	}},
	{"trap_address", []string{"address", "webhook_address", "callback_address"}, func(r *rand.Rand) string {
		if r.IntN(2) == 0 {
			return "https://hooks." + pick(r, []string{"vigil-shop.io", "example-store.com", "ops.internal"}) + "/v1/" + pick(r, []string{"klaviyo", "xendit", "adyen", "line"}) + "/" + fromSet(r, lowAln, 10)
		}
		return fromSet(r, "0123456789bcdefghjkmnpqrstuvwxyz", 7)
	}},
	{"trap_phone_verified", []string{"phone_verified", "phoneVerified", "sms_opt_in"}, func(r *rand.Rand) string { return pick(r, []string{"true", "false"}) }},
	{"trap_email_status", []string{"email_status", "emailStatus", "email_consent"}, func(r *rand.Rand) string {
		return pick(r, []string{"bounced", "subscribed", "unsubscribed", "cleaned", "pending", "SUPPRESSED"})
	}},
	{"trap_card_brand", []string{"card_brand", "card.brand", "cardType"}, func(r *rand.Rand) string {
		return pick(r, []string{"visa", "mastercard", "amex", "jcb", "unionpay", "elo"})
	}},
	{"trap_iban_country", []string{"iban_country", "bank_country"}, func(r *rand.Rand) string { return pick(r, ibanCountries) }},
	{"trap_token_type", []string{"token_type", "tokenType"}, func(r *rand.Rand) string { return pick(r, []string{"bearer", "Bearer", "refresh", "mac"}) }},
	{"trap_password_min_length", []string{"password_min_length", "passwordPolicy.minLength"}, func(r *rand.Rand) string { return strconv.Itoa(8 + r.IntN(9)) }},
	{"trap_secret_name", []string{"secret_name", "secretRef", "secret_id"}, func(r *rand.Rand) string {
		return pick(r, []string{"prod/db/payments", "stripe-webhook", "kv/crm/klaviyo", "projects/shop/secrets/line-token", "arn:aws:secretsmanager:ap-southeast-1:secret:xendit"})
	}},
	{"trap_key_id", []string{"key_id", "kid", "razorpay_key_id"}, func(r *rand.Rand) string {
		return pick(r, []string{"rzp_live_", "kid-2026-", "AKIA-PUBLIC-", "pub_"}) + fromSet(r, upAln, 10)
	}},
	{"trap_contact_channel", []string{"contact_channel", "preferred_contact", "channel"}, func(r *rand.Rand) string {
		return pick(r, []string{"whatsapp", "sms", "email", "line", "zalo", "push", "kakao"})
	}},
}
