package twentysecondeval

import (
	"fmt"
	"sort"
	"strings"
)

var (
	javaPkgs    = sp("com.shop.order com.shop.checkout com.shop.customer com.shop.payment io.vigilshop.cart com.shop.fulfilment com.shop.returns")
	javaClasses = sp("OrderService CustomerRepository CheckoutController PaymentAdapter AddressValidator CartMapper RefundJob InvoiceRenderer LoyaltyClient ShipmentPublisher")
	javaMethods = sp("sync save findByEmail validate toDto handle apply render publish capture lambda$submit$3 doFilter invoke")
	pyFiles     = sp("/app/shop/sync.py /app/shop/checkout/views.py /srv/api/orders/serializers.py /app/tasks/mailers.py /usr/lib/python3.12/site-packages/django/db/models/base.py /app/shop/payments/adapters.py")
	pyFuncs     = sp("run save handle post validate_email to_representation send_receipt full_clean capture")
	excClasses  = sp("java.lang.IllegalStateException org.hibernate.exception.ConstraintViolationException java.lang.NullPointerException ValueError KeyError IntegrityError TypeError RangeError ActiveRecord::RecordInvalid System.InvalidOperationException Illuminate\\Database\\QueryException kotlinx.serialization.SerializationException ArgumentError NoMethodError")
	errCodes    = sp("ORA-00001 ORA-12899 SQLSTATE[23505] SQLSTATE[23000] ECONNRESET ETIMEDOUT ECONNREFUSED E11000 ER_DUP_ENTRY P2002 40P01 HTTP_422 ERR_BAD_REQUEST 57014 ENOTFOUND")
	tables      = sp("customers orders order_lines addresses payment_methods users sessions refunds shipments loyalty_accounts outbox_events")
	queues      = sp("mailers default critical low_priority webhooks order-events exports sms-outbound")
	flagKeys    = sp("checkout.new-address-form cart.one-click-reorder search.semantic-rerank pdp.size-advisor payments.3ds2-frictionless returns.self-service-labels")
	variations  = sp("control treatment-a treatment-b holdout on off variant-2")
	k8sNs       = sp("shop-prod shop-staging payments checkout-canary observability ingress-nginx")
	products    = []string{"Merino Wool Crew Socks 3-Pack", "Ceramic Pour-Over Set", "Linen Duvet Cover 220x240", "Trail Runner GTX", "Bamboo Cutting Board Large", "Cold Brew Bottle 1L", "Cashmere Beanie Charcoal", "Oak Desk Organiser"}
	brands      = []string{"Hugo Boss", "Tommy Hilfiger", "Ralph Lauren", "Calvin Klein", "Marc O'Polo", "Louis Vuitton", "Ben & Jerry's", "Estée Lauder", "Carl Hansen & Søn", "Paul Smith"}
	stores      = []string{"Flagship Store 12", "Warehouse BER-3", "DC Venlo North", "Outlet Parndorf", "Pop-up Shibuya", "Fulfilment Hub WRO2"}
	userAgents  = []string{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "okhttp/4.12.0", "ShopApp/7.4.1 (Android 14; Pixel 8)", "python-requests/2.32.3", "k6/0.54.0 (https://k6.io/)"}
	cities      = []string{"Stockholm", "Kraków", "Medellín", "Curitiba", "Brisbane", "Graz", "Osaka", "Taichung", "Mombasa", "Kano"}
	ccodes      = sp("SE NO DK FI PL SK HR RS BG KZ MN IL IR PK BD IN MY PH KH MM TZ NG MX CO BR CA AT CH ES AU ZA US JP KR TW")
	ccodes3     = sp("SWE NOR DNK FIN POL SVK HRV SRB BGR KAZ MNG ISR PAK BGD IND MYS PHL KHM MMR TZA NGA MEX COL BRA CAN AUT CHE ESP AUS ZAF USA JPN KOR TWN")
	currencies  = sp("SEK NOK DKK EUR PLN RSD BGN KZT ILS PKR BDT INR MYR PHP TZS NGN MXN COP BRL CAD CHF AUD ZAR USD JPY KRW TWD")
)

func eanCheck(s string) byte {
	sum := 0
	for i := 0; i < len(s); i++ {
		d := int(s[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

var lookGens = map[string]func(b *B) string{
	"stack_frame_java": func(b *B) string {
		c := pick(b, javaClasses)
		return fmt.Sprintf("at %s.%s.%s(%s.java:%d)", pick(b, javaPkgs), c, pick(b, javaMethods), c, b.rng(20, 900))
	},
	"stack_frame_py": func(b *B) string {
		return fmt.Sprintf("File \"%s\", line %d, in %s", pick(b, pyFiles), b.rng(10, 900), pick(b, pyFuncs))
	},
	"stack_frame_js": func(b *B) string {
		return fmt.Sprintf("at %s (/app/dist/%s.js:%d:%d)", pick(b, sp("Object.handler CartService.merge processTicksAndRejections async.validate Router.handle")), pick(b, sp("server cart checkout routes/orders")), b.rng(10, 4000), b.rng(1, 80))
	},
	"class_name":      func(b *B) string { return pick(b, javaPkgs) + "." + pick(b, javaClasses) },
	"exception_class": func(b *B) string { return pick(b, excClasses) },
	"file_line": func(b *B) string {
		return fmt.Sprintf("%s:%d", pick(b, sp("src/services/cart.ts app/models/order.rb internal/checkout/handler.go app/Http/Controllers/OrderController.php lib/shop_web/live/cart_live.ex Services/CustomerService.cs")), b.rng(5, 700))
	},
	"error_code":     func(b *B) string { return pick(b, errCodes) },
	"sql_table":      func(b *B) string { return pick(b, tables) },
	"query_duration": func(b *B) string { return fmt.Sprintf("%d.%dms", b.rng(0, 900), b.n(10)) },
	"row_count":      func(b *B) string { return fmt.Sprintf("%d rows", b.rng(0, 5000)) },
	"pool_stats": func(b *B) string {
		return fmt.Sprintf("total=%d, active=%d, idle=%d, waiting=%d", b.rng(10, 40), b.rng(0, 10), b.rng(0, 10), b.rng(0, 5))
	},
	"mem_addr":     func(b *B) string { return "0x7f" + b.str(hexl, 10) },
	"goroutine":    func(b *B) string { return fmt.Sprintf("goroutine %d", b.rng(1, 90000)) },
	"thread":       func(b *B) string { return fmt.Sprintf("http-nio-8080-exec-%d", b.rng(1, 200)) },
	"pid":          func(b *B) string { return fmt.Sprintf("pid=%d", b.rng(100, 4000000)) },
	"exit_code":    func(b *B) string { return "exit code " + pick(b, sp("1 2 127 137 139 143")) },
	"container_id": func(b *B) string { return b.str(hexl, 64) },
	"image_digest": func(b *B) string { return "sha256:" + b.str(hexl, 64) },
	"git_sha":      func(b *B) string { return b.str(hexl, 40) },
	"build_number": func(b *B) string { return fmt.Sprintf("build #%d", b.rng(1000, 99999)) },
	"semver":       func(b *B) string { return fmt.Sprintf("v%d.%d.%d", b.rng(0, 9), b.rng(0, 40), b.rng(0, 30)) },
	"pod_name": func(b *B) string {
		return pick(b, services) + "-" + b.str("bcdfghjklmnpqrstvwxz2456789", 10) + "-" + b.str("bcdfghjklmnpqrstvwxz2456789", 5)
	},
	"namespace": func(b *B) string { return pick(b, k8sNs) },
	"node_name": func(b *B) string {
		return fmt.Sprintf("ip-10-%d-%d-%d.eu-north-1.compute.internal", b.rng(0, 255), b.rng(0, 255), b.rng(1, 254))
	},
	"ipv4": func(b *B) string { return fmt.Sprintf("10.%d.%d.%d", b.rng(0, 255), b.rng(0, 255), b.rng(1, 254)) },
	"hostname": func(b *B) string {
		return pick(b, sp("db-primary.shop.internal redis-cache-0.redis kafka-2.kafka-headless mq.shop.internal smtp-relay.shop.internal"))
	},
	"port": func(b *B) string { return pick(b, sp(":5432 :6379 :9092 :3306 :27017 :8080 :443")) },
	"request_id": func(b *B) string {
		return "req_" + b.str(alnum, 20)
	},
	"trace_id":    func(b *B) string { return b.str(hexl, 32) },
	"span_id":     func(b *B) string { return b.str(hexl, 16) },
	"traceparent": func(b *B) string { return "00-" + b.str(hexl, 32) + "-" + b.str(hexl, 16) + "-01" },
	"sentry_event": func(b *B) string {
		return b.str(hexl, 32)
	},
	"key_fingerprint": func(b *B) string { return "SHA256:" + b.str(b64[:62], 43) },
	"uuid": func(b *B) string {
		return b.str(hexl, 8) + "-" + b.str(hexl, 4) + "-4" + b.str(hexl, 3) + "-" + string("89ab"[b.n(4)]) + b.str(hexl, 3) + "-" + b.str(hexl, 12)
	},
	"ulid":            func(b *B) string { return "01J" + b.str("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23) },
	"ksuid":           func(b *B) string { return "2" + b.str(alnum, 26) },
	"snowflake":       func(b *B) string { return "18" + b.str(digs, 17) },
	"idempotency_key": func(b *B) string { return "idem-" + b.str(hexl, 8) + "-" + b.str(hexl, 4) + "-" + b.str(hexl, 12) },
	"job_id":          func(b *B) string { return b.str(hexl, 24) },
	"queue":           func(b *B) string { return pick(b, queues) },
	"cron": func(b *B) string {
		return pick(b, []string{"*/5 * * * *", "0 3 * * *", "15 */2 * * 1-5", "0 0 1 * *", "30 6 * * MON"})
	},
	"flag_key":  func(b *B) string { return pick(b, flagKeys) },
	"variation": func(b *B) string { return pick(b, variations) },
	"experiment_id": func(b *B) string {
		return fmt.Sprintf("exp_2026_q%d_%s", b.rng(1, 4), pick(b, sp("checkout_cta pdp_gallery free_shipping_bar search_rerank")))
	},
	"pw_hash_bcrypt": func(b *B) string { return "$2b$12$" + b.str("./"+alnum, 53) },
	"pw_hash_argon2": func(b *B) string {
		return "$argon2id$v=19$m=65536,t=3,p=4$" + b.str(b64[:62], 22) + "$" + b.str(b64[:62], 43)
	},
	"pw_hash_pbkdf2": func(b *B) string { return "pbkdf2_sha256$600000$" + b.str(alnum, 22) + "$" + b.str(b64[:62], 43) + "=" },
	"hmac_signature": func(b *B) string { return "sha256=" + b.str(hexl, 64) },
	"kid":            func(b *B) string { return fmt.Sprintf("shop-rsa-2026-%02d", b.rng(1, 12)) },
	"client_id": func(b *B) string {
		return fmt.Sprintf("%d-%s.apps.googleusercontent.com", b.rng(100000000, 999999999), b.str("abcdefghijklmnopqrstuvwxyz0123456789", 32))
	},
	"amazon_order":  func(b *B) string { return b.pat("99") + b.pat("9-9999999-9999999") },
	"shopify_order": func(b *B) string { return "gid://shopify/Order/" + b.pat("5999999999999") },
	"tiktok_order":  func(b *B) string { return "57" + b.str(digs, 16) },
	"order_number":  func(b *B) string { return fmt.Sprintf("#SO-%d-%06d", b.rng(2024, 2026), b.n(1000000)) },
	"sku": func(b *B) string {
		return pick(b, sp("TSH BAG SNK MUG SCK CAP")) + "-" + b.pat("AAA") + "-" + pick(b, sp("XS S M L XL 38 42 ONE"))
	},
	"ean13": func(b *B) string {
		s := pick(b, sp("400 590 729 761 871 500 460 789 880 471")) + b.str(digs, 9)
		return s + string(eanCheck(s))
	},
	"tracking": func(b *B) string {
		switch b.n(4) {
		case 0:
			return "1Z" + b.str(upnum, 6) + b.str(digs, 10)
		case 1:
			return "JD0146" + b.str(digs, 14)
		case 2:
			return "9400" + b.str(digs, 18)
		}
		return "LX" + b.str(digs, 9) + pick(b, sp("SE PL CN DE"))
	},
	"epoch_ms_luhn": func(b *B) string {
		s := "17" + b.str(digs, 10)
		return s + string(luhnDigit(s))
	},
	"epoch_s": func(b *B) string { return "17" + b.str(digs, 8) },
	"amount": func(b *B) string {
		x := b.rng(1, 99999)
		c := b.n(100)
		switch b.n(6) {
		case 0:
			return fmt.Sprintf("€%d,%02d", x, c)
		case 1:
			return fmt.Sprintf("%d.%02d %s", x, c, pick(b, currencies))
		case 2:
			return fmt.Sprintf("¥%d", x*10)
		case 3:
			return fmt.Sprintf("R$ %d,%02d", x, c)
		case 4:
			return fmt.Sprintf("%d,%02d kr", x, c)
		}
		return fmt.Sprintf("$%d.%02d", x, c)
	},
	"percent": func(b *B) string { return fmt.Sprintf("%d.%d%%", b.n(100), b.n(10)) },
	"date": func(b *B) string {
		d, m := b.rng(1, 28), b.rng(1, 12)
		switch b.n(4) {
		case 0:
			return fmt.Sprintf("%02d.%02d.2026", d, m)
		case 1:
			return fmt.Sprintf("2026-%02d-%02d", m, d)
		case 2:
			return fmt.Sprintf("%02d/%02d/2026", m, d)
		}
		return fmt.Sprintf("%d %s 2026", d, pick(b, sp("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")))
	},
	"iso_time": func(b *B) string { return b.ts() },
	"http_status": func(b *B) string {
		return pick(b, sp("200 201 204 301 302 400 401 403 404 409 422 429 500 502 503 504"))
	},
	"user_agent": func(b *B) string { return pick(b, userAgents) },
	"country":    func(b *B) string { return pick(b, ccodes3) },
	"currency":   func(b *B) string { return pick(b, currencies) },
	"brand":      func(b *B) string { return pick(b, brands) },
	"product":    func(b *B) string { return pick(b, products) },
	"store":      func(b *B) string { return pick(b, stores) },
	"city":       func(b *B) string { return pick(b, cities) },
	"latlong": func(b *B) string {
		return fmt.Sprintf("%d.%04d,%d.%04d", b.rng(-40, 65), b.n(10000), b.rng(-120, 150), b.n(10000))
	},
	"service": func(b *B) string { return pick(b, services) },
	"http_path": func(b *B) string {
		return pick(b, sp("/api/v2/orders /checkout/confirm /graphql /webhooks/stripe /admin/customers /account/addresses /api/cart/items"))
	},
	"duration": func(b *B) string { return fmt.Sprintf("%dms", b.rng(1, 30000)) },
	"migration": func(b *B) string {
		return fmt.Sprintf("2026%02d%02d%06d_add_index_to_%s", b.rng(1, 12), b.rng(1, 28), b.n(1000000), pick(b, tables))
	},
}

var lookTypes = func() []string {
	var ts []string
	for k := range lookGens {
		ts = append(ts, k)
	}
	sort.Strings(ts)
	return ts
}()

// traps: clean values under keys that look like PII keys.
var (
	trapNames    = []string{"order-sync-worker", "system", "Walk-in Customer", "Guest", "scheduler", "svc-checkout", "Customer", "Admin", "root", "postgres", "nginx", "anonymous", "Shop Support", "deploy-bot"}
	trapTemplate = []string{"{{ customer.email }}", "${name}", "%s", ":email", "?", "{{customer.first_name}}", "{$order.shipping_address}", "{{ phone }}", "#{user.name}", "{0}", "$1", "__NAME__"}
	trapMasked   = []string{"****1234", "j***@***.com", "+44 **** ***123", "[FILTERED]", "********", "[hidden]", "<redacted>", "•••• 4242", "a***@g***.com", "XXXX-XXXX-XXXX-0007"}
)

func (b *B) trapVal() (string, string) {
	switch b.n(4) {
	case 0:
		return "role", b.trap("role", pick(b, trapNames))
	case 1:
		return "template", b.trap("template", pick(b, trapTemplate))
	case 2:
		return "masked", b.trap("masked", pick(b, trapMasked))
	}
	return "role", b.trap("role", pick(b, trapNames))
}

// trapPair writes a PII-looking key with a clean value in the requested style.
func (b *B) trapPairs() [][2]string {
	all := [][2]string{
		{"name", "order-sync-worker"}, {"user", "system"}, {"customer_name", "Walk-in Customer"}, {"password_min_length", "12"},
		{"token_type", "Bearer"}, {"secret_ref", "vault/shop/prod/stripe"}, {"api_key_id", "key_" + "01J9Z3"}, {"email_verified", "true"},
		{"phone_country", "MX"}, {"card_brand", "amex"}, {"iban_required", "false"}, {"address_type", "billing"},
		{"password_policy", "min12-upper-digit"}, {"auth_method", "client_secret_post"}, {"credential_type", "client_credentials"},
		{"name_format", "family_given"}, {"contact_channel", "sms_and_push"}, {"phone_type", "mobile"},
	}
	n := b.rng(1, 2)
	var out [][2]string
	for i := 0; i < n; i++ {
		kv := all[b.n(len(all))]
		if len(out) > 0 && out[0][0] == kv[0] {
			continue
		}
		if len(kv[1]) >= 3 {
			b.trap("key", kv[1])
		}
		out = append(out, kv)
	}
	return out
}

func joinKV(kvs [][2]string, sep, eq string, quote bool) string {
	var parts []string
	for _, kv := range kvs {
		v := kv[1]
		if quote {
			v = jq(v)
		}
		parts = append(parts, kv[0]+eq+v)
	}
	return strings.Join(parts, sep)
}
