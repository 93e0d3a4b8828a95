package twentyfourtheval

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"
)

var services = f("checkout cart-api payments-worker order-sync inventory pricing search-indexer notifier refund-svc fulfilment catalog-api label-printer payout-batcher returns-api fraud-scorer webhook-relay")
var namespaces = f("shop-prod shop-staging payments data-jobs platform observability ingress-nginx kube-system argocd batch")

func hexs(r *rand.Rand, n int) string { return rs(r, hexd, n) }

func uuid4(r *rand.Rand) string {
	h := hexs(r, 32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + string("89ab"[r.IntN(4)]) + h[17:20] + "-" + h[20:]
}

var baseTime = time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC)

func tsAt(r *rand.Rand) time.Time {
	return baseTime.Add(time.Duration(r.Int64N(int64(30 * 24 * time.Hour))))
}

func ean13(r *rand.Rand) string {
	b := pick(r, f("400 590 750 789 690 800 841 871 761 482 560 880 471 955 899 729 642 380 859 869 500 540"))
	s := b + digits(r, 12-len(b))
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

func epochMsLuhn(r *rand.Rand) string {
	for {
		s := strconv.FormatInt(tsAt(r).UnixMilli(), 10)
		if luhnOK(s) {
			return s
		}
	}
}

var amountFmts = []func(r *rand.Rand) string{
	func(r *rand.Rand) string {
		return fmt.Sprintf("MXN %d,%03d.%02d", 1+r.IntN(40), r.IntN(1000), r.IntN(100))
	},
	func(r *rand.Rand) string {
		return fmt.Sprintf("R$ %d.%03d,%02d", 1+r.IntN(9), r.IntN(1000), r.IntN(100))
	},
	func(r *rand.Rand) string { return fmt.Sprintf("¥%d,%03d", 1+r.IntN(90), r.IntN(1000)) },
	func(r *rand.Rand) string { return fmt.Sprintf("%d,%02d zł", 10+r.IntN(3000), r.IntN(100)) },
	func(r *rand.Rand) string { return fmt.Sprintf("%d.%02d EUR", 5+r.IntN(900), r.IntN(100)) },
	func(r *rand.Rand) string { return fmt.Sprintf("KES %d,%03d", 1+r.IntN(99), r.IntN(1000)) },
	func(r *rand.Rand) string { return fmt.Sprintf("₩%d,%03d,000", 1+r.IntN(9), r.IntN(1000)) },
	func(r *rand.Rand) string { return fmt.Sprintf("%d %03d kr", 1+r.IntN(30), r.IntN(1000)) },
	func(r *rand.Rand) string { return fmt.Sprintf("$%d.%02d CAD", 3+r.IntN(800), r.IntN(100)) },
	func(r *rand.Rand) string { return fmt.Sprintf("Rs. %d,%03d", 1+r.IntN(99), r.IntN(1000)) },
	func(r *rand.Rand) string { return fmt.Sprintf("\"amount_minor\": %d", 100+r.IntN(900000)) },
	func(r *rand.Rand) string {
		return fmt.Sprintf("₱%d,%03d.%02d", 1+r.IntN(50), r.IntN(1000), r.IntN(100))
	},
}

var products = p("Merino Wool Beanie|Bamboo Cutting Board|Cold Brew Bottle 1L|Linen Duvet Cover Queen|Trail Runner GTX 42|Ceramic Pour-Over Set|Kids Rain Jacket 110|Yerba Mate Gourd|Batik Sarong Indigo|Cast Iron Skillet 26cm|Wireless Earbuds Pro|Organic Rooibos 100g")
var companies = p("Lindqvist Bygg AB|Okafor Logistics Ltd|Hernández Hermanos S.A. de C.V.|Müller & Söhne GmbH|Tremblay Distribution inc.|Kowalski Transport sp. z o.o.|Dlamini Freight (Pty) Ltd|Sato Shoji K.K.|Mwangi Fresh Produce Ltd|Nordvik Frakt AS|Hansen & Berg ApS|Virtanen Oy")
var stores = p("Casa Nopal Store|Loja Beija-Flor|Tienda La Ceiba|Sakura Zakka|Kedai Pak Mat|Duka la Baraka|Sklep Pod Lipą|Fjellbutikken|Boutique Mont-Royal|Kaupa Helsinki Outlet")
var flags = f("checkout.new-payment-sheet cart.free-shipping-threshold search.semantic-ranking payouts.instant-iban returns.self-service label.zpl-v2 fraud.velocity-rules-v3 notif.whatsapp-opt-in")
var tools = f("kubectl helm terraform ansible-playbook argocd vault pg_dump redis-cli kafka-console-consumer k6 locust gdb strace jq rclone flyway alembic")

// looks maps a look-alike type to its generator.
var looks = map[string]func(r *rand.Rand) string{
	"pod_name": func(r *rand.Rand) string {
		return pick(r, services) + "-" + rs(r, "bcdfghjklmnpqrstvwxz2456789", 9+r.IntN(2)) + "-" + rs(r, "bcdfghjklmnpqrstvwxz2456789", 5)
	},
	"node_name": func(r *rand.Rand) string {
		if r.IntN(2) == 0 {
			return fmt.Sprintf("ip-10-%d-%d-%d.eu-west-1.compute.internal", r.IntN(255), r.IntN(255), r.IntN(255))
		}
		return "gke-shop-prod-pool-" + strconv.Itoa(1+r.IntN(4)) + "-" + hexs(r, 8) + "-" + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 4)
	},
	"namespace":    func(r *rand.Rand) string { return pick(r, namespaces) },
	"deployment":   func(r *rand.Rand) string { return "deployment.apps/" + pick(r, services) },
	"container_id": func(r *rand.Rand) string { return "containerd://" + hexs(r, 64) },
	"image_ref": func(r *rand.Rand) string {
		return fmt.Sprintf("ghcr.io/vigil-shop/%s:%d.%d.%d", pick(r, services), r.IntN(4), r.IntN(30), r.IntN(20))
	},
	"image_digest":    func(r *rand.Rand) string { return "sha256:" + hexs(r, 64) },
	"git_sha":         func(r *rand.Rand) string { return hexs(r, 40) },
	"git_sha_short":   func(r *rand.Rand) string { return hexs(r, 7+r.IntN(2)) },
	"build_number":    func(r *rand.Rand) string { return "#" + strconv.Itoa(1000+r.IntN(90000)) },
	"run_id":          func(r *rand.Rand) string { return strconv.FormatInt(7000000000+r.Int64N(2999999999), 10) },
	"sidekiq_jid":     func(r *rand.Rand) string { return hexs(r, 24) },
	"celery_task_id":  func(r *rand.Rand) string { return uuid4(r) },
	"kafka_offset":    func(r *rand.Rand) string { return "Offset:" + strconv.Itoa(1000000+r.IntN(900000000)) },
	"kafka_partition": func(r *rand.Rand) string { return fmt.Sprintf("orders.v%d-%d", 1+r.IntN(3), r.IntN(24)) },
	"consumer_group": func(r *rand.Rand) string {
		return "cg-" + pick(r, services) + "-" + pick(r, f("indexer sink replayer dlq-reader"))
	},
	"message_id":        func(r *rand.Rand) string { return uuid4(r) },
	"lambda_request_id": func(r *rand.Rand) string { return uuid4(r) },
	"arn": func(r *rand.Rand) string {
		return fmt.Sprintf("arn:aws:%s:eu-west-1:%s:%s", pick(r, f("lambda sqs sns")), "4"+digits(r, 11), pick(r, f("function:order-sync queue-orders-dlq topic-refunds function:label-render")))
	},
	"aws_resource_id": func(r *rand.Rand) string { return pick(r, f("i-0 vol-0 sg-0 subnet-0 eni-0 snap-0")) + hexs(r, 16) },
	"tf_address": func(r *rand.Rand) string {
		return pick(r, f("aws_db_instance.orders aws_elasticache_cluster.sessions google_cloud_run_service.checkout azurerm_key_vault.shop aws_lambda_function.order_sync kubernetes_secret.payments module.vpc.aws_subnet.private[1]"))
	},
	"helm_chart": func(r *rand.Rand) string {
		return fmt.Sprintf("%s-%d.%d.%d", pick(r, services), r.IntN(3), r.IntN(20), r.IntN(10))
	},
	"semver":       func(r *rand.Rand) string { return fmt.Sprintf("v%d.%d.%d", r.IntN(5), r.IntN(40), r.IntN(30)) },
	"duration":     func(r *rand.Rand) string { return fmt.Sprintf("%dm%d.%ds", r.IntN(59), r.IntN(59), r.IntN(10)) },
	"k8s_quantity": func(r *rand.Rand) string { return pick(r, f("128Mi 256Mi 512Mi 1Gi 2Gi 250m 500m 1500m 100m 4Gi")) },
	"exit_code":    func(r *rand.Rand) string { return "exit code " + pick(r, f("0 1 2 137 139 143 255 127")) },
	"signal":       func(r *rand.Rand) string { return pick(r, f("SIGKILL SIGTERM SIGSEGV SIGABRT SIGBUS SIGPIPE")) },
	"pid":          func(r *rand.Rand) string { return "pid=" + strconv.Itoa(100+r.IntN(99000)) },
	"port": func(r *rand.Rand) string {
		return ":" + pick(r, f("8080 8443 6379 5432 9092 3306 4317 9090 11211 5672"))
	},
	"ipv4": func(r *rand.Rand) string { return fmt.Sprintf("10.%d.%d.%d", r.IntN(255), r.IntN(255), 1+r.IntN(254)) },
	"ipv6": func(r *rand.Rand) string {
		return fmt.Sprintf("fd00:%x:%x::%x", r.IntN(65535), r.IntN(65535), 1+r.IntN(65535))
	},
	"hostname": func(r *rand.Rand) string {
		return pick(r, f("db-orders-primary redis-sessions-0 kafka-2 vault-1 pg-replica-3 es-data-4")) + ".internal.vigil.shop"
	},
	"cron_expr": func(r *rand.Rand) string {
		return pick(r, []string{"*/15 * * * *", "0 3 * * *", "30 2 * * 1-5", "0 */6 * * *", "5 4 1 * *", "0 0 * * 0"})
	},
	"ts_rfc3339":    func(r *rand.Rand) string { return tsAt(r).Format("2006-01-02T15:04:05.000Z") },
	"ts_syslog":     func(r *rand.Rand) string { return tsAt(r).Format("Jan _2 15:04:05") },
	"ts_klog":       func(r *rand.Rand) string { return tsAt(r).Format("0102 15:04:05.000000") },
	"epoch_s":       func(r *rand.Rand) string { return strconv.FormatInt(tsAt(r).Unix(), 10) },
	"epoch_ms":      func(r *rand.Rand) string { return strconv.FormatInt(tsAt(r).UnixMilli(), 10) },
	"epoch_us":      func(r *rand.Rand) string { return strconv.FormatInt(tsAt(r).UnixMicro(), 10) },
	"redis_ts":      func(r *rand.Rand) string { t := tsAt(r); return fmt.Sprintf("%d.%06d", t.Unix(), r.IntN(1000000)) },
	"epoch_ms_luhn": epochMsLuhn,
	"metric_name": func(r *rand.Rand) string {
		return pick(r, f("http_server_requests_seconds_bucket checkout_orders_total kafka_consumergroup_lag redis_connected_clients payout_batch_duration_seconds container_memory_working_set_bytes"))
	},
	"metric_value": func(r *rand.Rand) string { return fmt.Sprintf("%d.%04d", r.IntN(100), r.IntN(10000)) },
	"trace_id":     func(r *rand.Rand) string { return hexs(r, 32) },
	"span_id":      func(r *rand.Rand) string { return hexs(r, 16) },
	"traceparent":  func(r *rand.Rand) string { return "00-" + hexs(r, 32) + "-" + hexs(r, 16) + "-01" },
	"error_code": func(r *rand.Rand) string {
		return pick(r, f("ERR_TIMEOUT E11000 ECONNREFUSED ORA-00001 SQLSTATE[23505] ImagePullBackOff CrashLoopBackOff OOMKilled ThrottlingException InvalidParameterValue"))
	},
	"http_status": func(r *rand.Rand) string {
		return "HTTP/1.1 " + pick(r, f("200 201 204 301 400 401 403 404 409 422 429 500 502 503 504"))
	},
	"redis_key": func(r *rand.Rand) string {
		return pick(r, f("cart:v2:shard: ratelimit:checkout: lock:payout:batch: stock:sku: idem:refund:")) + strconv.Itoa(r.IntN(100000))
	},
	"file_path": func(r *rand.Rand) string {
		return "/var/lib/kubelet/pods/" + uuid4(r) + "/volumes/kubernetes.io~secret/" + pick(r, f("tls-certs app-config db-creds"))
	},
	"md5":        func(r *rand.Rand) string { return hexs(r, 32) },
	"sha1":       func(r *rand.Rand) string { return hexs(r, 40) },
	"sha256":     func(r *rand.Rand) string { return hexs(r, 64) },
	"byte_count": func(r *rand.Rand) string { return strconv.Itoa(1000+r.IntN(900000000)) + " bytes" },
	"lsn":        func(r *rand.Rand) string { return fmt.Sprintf("%X/%X", r.IntN(16), r.IntN(1<<30)) },
	"migration_version": func(r *rand.Rand) string {
		t := tsAt(r)
		if r.IntN(2) == 0 {
			return t.Format("V2006_01_02_1504") + "__" + pick(r, f("add_index drop_legacy_cols backfill_currency split_addresses"))
		}
		return t.Format("20060102150405")
	},
	"order_amazon": func(r *rand.Rand) string {
		return fmt.Sprintf("%03d-%07d-%07d", r.IntN(1000), r.IntN(10000000), r.IntN(10000000))
	},
	"order_shopify": func(r *rand.Rand) string {
		if r.IntN(2) == 0 {
			return "#" + strconv.Itoa(1001+r.IntN(90000))
		}
		return "gid://shopify/Order/" + "5" + digits(r, 12)
	},
	"order_tiktok":       func(r *rand.Rand) string { return "57" + digits(r, 16) },
	"order_mercadolibre": func(r *rand.Rand) string { return "2000" + digits(r, 12) },
	"sku": func(r *rand.Rand) string {
		return fmt.Sprintf("SKU-%s-%s-%s", rs(r, "ABCDEFGHJKLMNPRSTVWXYZ", 3), pick(r, f("BLK WHT NVY RED GRN")), pick(r, f("XS S M L XL 42 110")))
	},
	"ean13":         ean13,
	"tracking_ups":  func(r *rand.Rand) string { return "1Z" + rs(r, upalnum, 6) + digits(r, 10) },
	"tracking_usps": func(r *rand.Rand) string { return "9400" + digits(r, 18) },
	"tracking_dhl":  func(r *rand.Rand) string { return "JD01460" + digits(r, 11) },
	"amount":        func(r *rand.Rand) string { return pick(r, amountFmts)(r) },
	"date": func(r *rand.Rand) string {
		return tsAt(r).Format(pick(r, f("02/01/2006 2006-01-02 02.01.2006 2006年01月02日")))
	},
	"company":      func(r *rand.Rand) string { return pick(r, companies) },
	"product":      func(r *rand.Rand) string { return pick(r, products) },
	"store":        func(r *rand.Rand) string { return pick(r, stores) },
	"feature_flag": func(r *rand.Rand) string { return pick(r, flags) },
	"url_path": func(r *rand.Rand) string {
		return pick(r, f("/api/v2/orders/{id}/refunds /healthz /readyz /metrics /v1/payouts/batch /webhooks/shopify/orders-create /graphql /internal/jobs/retry"))
	},
	"uuid": uuid4,
	"ulid": func(r *rand.Rand) string { return "01J" + rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23) },
	"tool": func(r *rand.Rand) string { return pick(r, tools) },
	"workflow": func(r *rand.Rand) string {
		return ".github/workflows/" + pick(r, f("deploy.yml ci.yml release.yml nightly-backup.yml"))
	},
}

// traps are clean values under keys that look like PII or secret keys.
var traps = map[string][]string{
	"trap_secret_file":   {"DB_PASSWORD_FILE=/run/secrets/db", "REDIS_PASSWORD_FILE=/run/secrets/redis-pass", "SMTP_PASS_FILE=/etc/vigil/smtp.pass"},
	"trap_env_ref":       {"password: ${DB_PASSWORD}", "token: ${NPM_TOKEN}", "PGPASSWORD=$(cat /run/secrets/pg)", "api_key: \"${STRIPE_API_KEY}\""},
	"trap_template":      {"{{ .Values.db.password }}", "{{ .Values.smtp.secret | b64enc }}", "{{ vault_smtp_password }}", "password: \"{{ lookup('env', 'DB_PASS') }}\""},
	"trap_ci_secret_ref": {"${{ secrets.NPM_TOKEN }}", "${{ secrets.AWS_SECRET_ACCESS_KEY }}", "$CI_REGISTRY_PASSWORD", "${{ secrets.GITHUB_TOKEN }}"},
	"trap_secretkeyref":  {"secretKeyRef: {name: payments-db, key: password}", "valueFrom: secretKeyRef: name=smtp key=api-key"},
	"trap_ttl":           {"token_ttl: 3600", "session_ttl_seconds=86400", "otp_length: 6", "password_min_length: 12"},
	"trap_header_name":   {"api_key_header: X-API-Key", "auth_header=Authorization", "signature_header: X-Shopify-Hmac-Sha256"},
	"trap_smtp_user":     {"SMTP_USER=apikey", "smtp_username: apikey", "user: postgres", "DB_USER=checkout_app", "user: www-data"},
	"trap_provider":      {"email_provider: ses", "sms_provider=twilio", "phone_provider: infobip", "payment_provider: adyen"},
	"trap_region":        {"phone_region: \"MX\"", "default_phone_region=BR", "iban_country: \"PL\"", "address_country: KE"},
	"trap_brand":         {"card_brand: amex", "card_brand=visa", "card_type: debit", "cardholder_verification: 3ds2"},
	"trap_name_key":      {"name: checkout-worker", "container_name=payments-worker", "name: order-sync", "app.kubernetes.io/name: label-printer"},
	"trap_address_key":   {"address: 0.0.0.0:8080", "listen_address=:9090", "bind_address: 127.0.0.1", "mac_address: 02:42:ac:11:00:02"},
	"trap_sensitive":     {"(sensitive value)", "<sensitive>", "(known after apply)"},
	"trap_redacted":      {"password: <redacted>", "secret=***", "card_number: [FILTERED]", "token=********", "email: <masked>"},
	"trap_masked_card":   {"****1234", "**** **** **** 4242", "XXXX-XXXX-XXXX-0019", "ending in 8431"},
	"trap_masked_email":  {"j***@***.com", "a****z@g***l.com", "m*****@hotmail.com"},
	"trap_masked_phone":  {"+52 *** *** 123", "***-***-4471", "+48 *** *** 812"},
	"trap_sql_param":     {"WHERE email = %(email)s", "where phone = :phone", "email = $1 AND status = $2", "@phone_number nvarchar(32)", "#{customer.name}"},
	"trap_role":          {"system:serviceaccount:shop-prod:checkout", "github-actions[bot]", "runAsUser: root", "USER nobody", "dependabot[bot]", "renovate[bot]"},
}
