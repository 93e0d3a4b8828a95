package twentyfourtheval

import (
	"fmt"
	"strings"
)

func init() {
	// ---- job schedulers and workers
	add("jobs", "sidekiq_dead", "ndjson", "iban name email", func(b *builder) string {
		b.json = true
		b.form = "args"
		n, e := b.person()
		return fmt.Sprintf("{\"@timestamp\":%s,\"class\":\"PayoutTransferJob\",\"queue\":\"payouts\",\"args\":[%s,%s,{\"holder\":%s,\"notify\":%s,\"currency\":%s}],\"jid\":%s,\"retry_count\":%s,\"error_class\":\"Faraday::TimeoutError\",\"error_message\":\"execution expired\",\"failed_at\":%s}",
			jq(b.ts()), jq(b.iban()), b.n(1000, 999999), jq(n), jq(e), jq(b.loc.currency), jq(b.L("sidekiq_jid")), b.n(1, 25), b.L("redis_ts"))
	})
	add("jobs", "celery_otp", "args", "phone credential", func(b *builder) string {
		t := fmt.Sprintf("[%s: INFO/ForkPoolWorker-%s] Task shop.tasks.send_login_otp[%s] received: args=('%s', '%s') kwargs={'locale': '%s', 'ttl': 300}\nTask shop.tasks.send_login_otp[%s] succeeded in %ss: None",
			b.ts(), b.n(1, 8), b.L("celery_task_id"), b.phone(), b.cred("otp"), b.loc.code, b.L("celery_task_id"), b.L("metric_value"))
		return b.wrap("celery", t)
	})
	add("jobs", "cron_mail", "csv", "name email phone", func(b *builder) string {
		b.form = "csv"
		var sb strings.Builder
		fmt.Fprintf(&sb, "From: root@batch-1.internal.vigil.shop (Cron Daemon)\nX-Job-Host: %s\nSubject: Cron <deploy@batch-1> /opt/jobs/export_abandoned_carts.sh\nX-Cron-Env: <SHELL=/bin/sh>\n\nexported %s rows to s3://vigil-exports/carts/%s.csv, first rows:\n", b.L("hostname"), b.n(100, 9000), b.L("date"))
		hdr := b.chance(2)
		if hdr {
			sb.WriteString("customer_name;email;phone;cart_total;sku\n")
		}
		for i := 0; i < 2; i++ {
			n, e := b.person()
			fmt.Fprintf(&sb, "%s;%s;%s;%s;%s\n", n, e, b.phone(), b.L("amount"), b.L("sku"))
		}
		return sb.String()
	})
	add("jobs", "cn_verify", "text", "cn_id name phone", func(b *builder) string {
		t := fmt.Sprintf("%s [id-verify-worker] job=%s attempt=%s realname check result=MISMATCH name=%s id_number=%s mobile=%s provider_code=%s elapsed=%s",
			b.ts(), b.L("ulid"), b.n(1, 5), b.name(), b.cnid(), b.phone(), b.L("error_code"), b.L("duration"))
		return b.wrap("id-verify", t)
	})
	add("jobs", "bullmq_recovery", "json_in_string", "email credential", func(b *builder) string {
		t := fmt.Sprintf("[BullMQ] job %s (sendRecoveryCodes) failed after %s attempts: Error: SMTP 421 at Worker.processJob; data={\"userEmail\":%s,\"codes\":[%s,%s,%s],\"requestedAt\":%s}",
			b.n(1000, 99999), b.n(2, 5), jq(b.email()), jq(b.cred("recovery_code")), jq(b.cred("recovery_code")), jq(b.cred("recovery_code")), b.L("epoch_ms"))
		return b.wrap("notifier", t)
	})
	add("jobs", "cronjob_clean", "text", "", func(b *builder) string {
		t := fmt.Sprintf("cronjob.batch/nightly-payouts schedule=%q lastSchedule=%s job=nightly-payouts-%s pod=%s exit=%s %s",
			b.L("cron_expr"), b.ts(), b.L("epoch_s"), b.pod(), b.L("exit_code"), b.L("redis_key"))
		return b.wrap("kube-controller-manager", t)
	})

	// ---- message brokers and streams
	add("queues", "kafka_console", "json_in_string", "name phone card", func(b *builder) string {
		return fmt.Sprintf("CreateTime:%s\tPartition:%s\t%s\tcontent-type:application/json,traceparent:%s\t%s\t{\"orderId\":%s,\"buyer\":{\"name\":%s,\"phone\":%s},\"payment\":{\"card\":{\"number\":%s,\"brand\":%s}},\"gtin\":%s,\"total\":%s}",
			b.L("epoch_ms"), b.n(0, 23), b.L("kafka_offset"), b.L("traceparent"), b.L("order_tiktok"), jq(b.L("order_amazon")), jq(b.name()), jq(b.phone()), jq(b.card()), jq(b.of("visa", "mastercard")), jq(b.L("ean13")), jq(b.L("amount")))
	})
	add("queues", "dlq_payout", "json_twice", "iban name email", func(b *builder) string {
		b.json = true
		n, e := b.person()
		pl := fmt.Sprintf("{\"iban\":%s,\"account_holder\":%s,\"email\":%s,\"amount\":%s}", jq(b.iban()), jq(n), jq(e), jq(b.L("amount")))
		return fmt.Sprintf("{\"@timestamp\":%s,\"topic\":%s,\"partition\":%s,\"offset\":%s,\"headers\":{\"x-retry\":\"5\",\"x-exception\":\"IbanValidationTimeout\"},\"consumer_group\":%s,\"payload\":%s}",
			jq(b.ts()), jq(b.L("kafka_partition")), b.n(0, 11), b.n(1000, 9999999), jq(b.L("consumer_group")), jq(pl))
	})
	add("queues", "sns_envelope", "json_twice", "email address phone", func(b *builder) string {
		b.json = true
		msg := fmt.Sprintf("{\"event\":\"address.changed\",\"email\":%s,\"new_address\":%s,\"phone\":%s}", jq(b.email()), jq(b.addr()), jq(b.phone()))
		return fmt.Sprintf("{\"Type\":\"Notification\",\"MessageId\":%s,\"TopicArn\":%s,\"Message\":%s,\"Timestamp\":%s,\"SignatureVersion\":\"1\"}",
			jq(b.L("message_id")), jq(b.L("arn")), jq(msg), jq(b.ts()))
	})
	add("queues", "debezium", "ndjson", "email phone address name", func(b *builder) string {
		b.json = true
		n, e := b.person()
		return fmt.Sprintf("{\"before\":{\"id\":%s,\"full_name\":%s,\"email\":%s,\"phone\":null},\"after\":{\"id\":%s,\"full_name\":%s,\"email\":%s,\"phone\":%s,\"address_line1\":%s},\"source\":{\"connector\":\"postgresql\",\"db\":\"shop\",\"table\":\"customers\",\"lsn\":%s,\"txId\":%s},\"op\":\"u\",\"ts_ms\":%s}",
			b.n(1000, 999999), jq(n), jq(e), b.n(1000, 999999), jq(n), jq(e), jq(b.phone()), jq(b.addr()), jq(b.L("lsn")), b.n(100000, 9999999), b.L("epoch_ms"))
	})
	add("queues", "rabbit_dump", "json_in_string", "card cn_id", func(b *builder) string {
		t := fmt.Sprintf("rabbitmqadmin get queue=kyc.checks ackmode=ack_requeue_true count=1\n| routing_key | exchange | message_count | payload | payload_encoding |\n| kyc.check | kyc | %s | {\"resident_id\":%s,\"card_pan\":%s,\"ref\":%s} | string |",
			b.n(0, 400), jq(b.cnid()), jq(b.card()), jq(b.L("uuid")))
		return b.wrap("rabbitmq", t)
	})
	add("queues", "nats_clean", "text", "", func(b *builder) string {
		t := fmt.Sprintf("[%s] %s [INF] JetStream stream ORDERS consumer %s ack floor %s pending %s redelivered %s, last seq at %s from %s",
			b.L("pid"), b.ts(), b.L("consumer_group"), b.L("kafka_offset"), b.n(0, 999), b.n(0, 30), b.L("epoch_us"), b.L("ipv6"))
		return b.wrap("nats", t)
	})

	// ---- caches and key-value stores
	add("cache", "redis_monitor", "redis", "email name credential", func(b *builder) string {
		b.form = "redis"
		e := b.email()
		t := fmt.Sprintf("%s [0 %s:%s] \"SET\" \"profile:%s\" \"{\\\"name\\\":\\\"%s\\\",\\\"tier\\\":\\\"gold\\\"}\" \"EX\" \"3600\"\n%s [0 %s:%s] \"SETEX\" \"sess:%s\" \"86400\" \"%s\"",
			b.L("redis_ts"), b.L("ipv4"), b.n(30000, 65000), e, b.name(), b.L("redis_ts"), b.L("ipv4"), b.n(30000, 65000), b.cred("session_id"), b.cred("jwt"))
		return b.wrap("redis", t)
	})
	add("cache", "redis_keys_otp", "redis", "phone credential", func(b *builder) string {
		b.form = "redis"
		ph := b.phoneAs(b.of("e164", "compact_national"))
		t := fmt.Sprintf("127.0.0.1:6379> SCAN 0 MATCH * COUNT 100\n1) \"0\"\n2) 1) \"otp:login:%s\"\n   2) \"%s\"\n127.0.0.1:6379> GET otp:login:%s\n\"%s\"\n127.0.0.1:6379> TTL otp:login:%s\n(integer) %s",
			ph, b.L("redis_key"), ph, b.cred("otp"), ph, b.n(10, 300))
		return b.wrap("redis-cli", t)
	})
	add("cache", "etcd_sessions", "json_in_string", "credential email phone", func(b *builder) string {
		t := fmt.Sprintf("$ etcdctl get --prefix /shop/sessions/ --limit 1\n/shop/sessions/%s\n{\"email\":%s,\"phone\":%s,\"csrf\":%s,\"cart\":%s,\"exp\":%s}",
			b.cred("session_id"), jq(b.email()), jq(b.phone()), jq(b.cred("hex32")), jq(b.L("redis_key")), b.L("epoch_s"))
		return b.wrap("etcd", t)
	})
	add("cache", "slowlog", "redis", "email address", func(b *builder) string {
		b.form = "redis"
		t := fmt.Sprintf("1) 1) (integer) %s\n   2) (integer) %s\n   3) (integer) %s\n   4) 1) \"HSET\"\n      2) \"addr:%s\"\n      3) \"line1\"\n      4) \"%s\"\n   5) \"%s:%s\"",
			b.n(10, 9000), b.L("epoch_s"), b.n(10000, 90000), b.email(), b.addr(), b.L("ipv4"), b.n(30000, 65000))
		return b.wrap("redis", t)
	})
	add("cache", "redis_info_clean", "text", "", func(b *builder) string {
		return b.wrap("redis", fmt.Sprintf("# Server\nredis_version:7.2.%s\nprocess_id:%s\ntcp_port:6379\nuptime_in_seconds:%s\nused_memory_human:%s\nconnected_clients:%s\nmaster_replid:%s\n%s",
			b.n(0, 9), b.n(100, 90000), b.L("epoch_s"), b.L("k8s_quantity"), b.n(1, 900), b.L("sha1"), b.L("redis_key")))
	})

	// ---- configuration and secrets
	add("config", "dotenv", "env", "credential email phone", func(b *builder) string {
		b.form = "env"
		q := func(s string) string { return b.of(s, "\""+s+"\"", "'"+s+"'") }
		ex := func() string { return b.of("", "", "export ") }
		return fmt.Sprintf("# committed by mistake in %s\n%sAPP_ENV=production\n%sSTRIPE_SECRET_KEY=%s\n%sDATABASE_URL=%s\n%s%s=%s\n%sSUPPORT_EMAIL=%s\n%sONCALL_PHONE=%s\n%s\n%s\nLOG_LEVEL=debug",
			b.L("git_sha_short"), ex(), ex(), q(b.cred("stripe_live")), ex(), q("postgres://shop:"+b.pw()+"@"+b.L("hostname")+":5432/shop"),
			ex(), b.of("SESSION_SECRET", "JWT_SIGNING_KEY", "WEBHOOK_SECRET", "secretKeyBase", "app.secret"), q(b.cred(b.of("hex64", "whsec", "password_random"))), ex(), q(b.email()), ex(), q(b.phone()), b.T("trap_secret_file"), b.T("trap_smtp_user"))
	})
	add("config", "k8s_secret", "yaml", "credential email", func(b *builder) string {
		b.form = "yaml"
		return fmt.Sprintf("---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-api\n  namespace: %s\n  uid: %s\ntype: Opaque\nstringData:\n  ADYEN_API_KEY: %s\n  SMTP_PASSWORD: \"%s\"\n  ALERT_RECIPIENT: %s\n  webhook-hmac: |\n    %s\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  %s\n  %s",
			b.L("namespace"), b.L("uuid"), b.cred(b.of("bearer_opaque", "hex64")), b.cred("password_random"), b.email(), b.cred("hex64"), b.T("trap_ttl"), b.T("trap_header_name"))
	})
	add("config", "vault_audit", "ndjson", "credential", func(b *builder) string {
		b.json = true
		return fmt.Sprintf("{\"time\":%s,\"type\":\"response\",\"auth\":{\"accessor\":\"hmac-sha256:%s\",\"display_name\":\"kubernetes-shop-prod-checkout\",\"policies\":[\"checkout\"]},\"request\":{\"id\":%s,\"operation\":\"read\",\"path\":\"secret/data/payments/psp\",\"remote_address\":%s},\"response\":{\"data\":{\"data\":{\"api_key\":%s,\"client_secret\":%s},\"metadata\":{\"version\":%s}}}}",
			jq(b.ts()), b.L("sha256"), jq(b.L("uuid")), jq(b.L("ipv4")), jq(b.cred(b.of("stripe_live", "bearer_opaque"))), jq(b.cred(b.of("hex64", "password_random", "vault_token"))), b.n(1, 40))
	})
	add("config", "actuator_env", "json_text", "credential email phone", func(b *builder) string {
		b.form = "json_text"
		return fmt.Sprintf("{\"activeProfiles\":[\"prod\"],\"propertySources\":[{\"name\":\"systemEnvironment\",\"properties\":{\"SPRING_MAIL_PASSWORD\":{\"value\":%s,\"origin\":\"System Environment Property\"},\"APP_ADMIN_EMAIL\":{\"value\":%s},\"APP_SMS_FALLBACK\":{\"value\":%s},\"SPRING_DATASOURCE_URL\":{\"value\":%s},\"SERVER_PORT\":{\"value\":\"8080\"}}}]}",
			jq(b.cred(b.of("password_random", "password_human"))), jq(b.email()), jq(b.phone()), jq("jdbc:postgresql://"+b.L("hostname")+":5432/shop"))
	})
	add("config", "netrc_remote", "url", "credential", func(b *builder) string {
		b.form = "url"
		return b.wrap("git", fmt.Sprintf("$ cat ~/.netrc\nmachine api.github.com login ci-bot password %s\n$ git remote -v\norigin\thttps://oauth2:%s@gitlab.vigil.shop/platform/infra.git (fetch)\n$ cat ~/.docker/config.json\n{\"auths\":{\"registry.vigil.shop\":{\"auth\":\"%s\"}}}\nredis_url=redis://:%s@%s:6379/0",
			b.cred(b.of("github_pat", "github_fine")), b.cred("gitlab_pat"), b.cred("basic_auth"), b.pw(), b.L("hostname")))
	})
	add("config", "config_diff_clean", "env", "", func(b *builder) string {
		b.form = "env"
		return fmt.Sprintf("config diff %s..%s\n- %s\n+ %s\n  %s\n  %s\n  %s\n  %s\n  feature=%s",
			b.L("git_sha_short"), b.L("git_sha_short"), b.T("trap_env_ref"), b.T("trap_secret_file"), b.T("trap_provider"), b.T("trap_region"), b.T("trap_address_key"), b.T("trap_redacted"), b.L("feature_flag"))
	})
}
