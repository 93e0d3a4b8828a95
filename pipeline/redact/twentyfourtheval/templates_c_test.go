package twentyfourtheval

import (
	"fmt"
	"net/url"
	"strings"
)

func init() {
	// ---- observability pipelines
	add("observability", "prom_labels", "prom", "email phone", func(b *builder) string {
		b.form = "prom"
		return b.wrap("prometheus", fmt.Sprintf("# HELP checkout_payment_failures_total Payment failures by buyer (debug build).\n# TYPE checkout_payment_failures_total counter\ncheckout_payment_failures_total{customer_email=\"%s\",phone=\"%s\",pod=\"%s\",reason=\"%s\"} %s %s\n%s{le=\"0.25\",route=\"%s\"} %s",
			b.email(), b.phone(), b.pod(), b.L("error_code"), b.n(1, 40), b.L("epoch_ms"), b.L("metric_name"), b.L("url_path"), b.L("metric_value")))
	})
	add("observability", "alertmanager", "ndjson", "name address email", func(b *builder) string {
		b.json = true
		n, e := b.person()
		return fmt.Sprintf("{\"receiver\":\"oncall-shop\",\"status\":\"firing\",\"alerts\":[{\"labels\":{\"alertname\":\"LabelPrintFailures\",\"severity\":\"page\",\"namespace\":%s},\"annotations\":{\"summary\":\"label render failed %s times\",\"description\":%s,\"runbook_url\":\"https://runbooks.vigil.shop/labels\"},\"startsAt\":%s,\"fingerprint\":%s}]}",
			jq(b.L("namespace")), b.n(3, 90), jq(fmt.Sprintf("last failure for recipient %s <%s>, ship to %s (tracking %s)", n, e, b.addr(), b.L("tracking_ups"))), jq(b.ts()), jq(b.L("span_id")))
	})
	add("observability", "otel_span", "ndjson", "email credential phone", func(b *builder) string {
		b.json = true
		return fmt.Sprintf("{\"traceId\":%s,\"spanId\":%s,\"name\":\"POST /api/v2/checkout\",\"kind\":2,\"attributes\":[{\"key\":\"enduser.id\",\"value\":{\"stringValue\":%s}},{\"key\":\"http.request.header.authorization\",\"value\":{\"stringValue\":%s}},{\"key\":\"app.buyer.phone\",\"value\":{\"stringValue\":%s}},{\"key\":\"http.response.status_code\",\"value\":{\"intValue\":%s}}],\"resource\":{\"service.name\":\"checkout\",\"service.version\":%s,\"k8s.pod.name\":%s}}",
			jq(b.L("trace_id")), jq(b.L("span_id")), jq(b.email()), jq("Bearer "+b.cred(b.of("jwt", "bearer_opaque"))), jq(b.phone()), jq(b.of("200", "402", "500")), jq(b.L("semver")), jq(b.pod()))
	})
	add("observability", "fluentd_record", "args", "name phone address", func(b *builder) string {
		b.form = "args"
		t := fmt.Sprintf("%s [warn]: #0 dump an error event: error_class=Fluent::Plugin::ElasticsearchErrorHandler::ElasticsearchError error=\"400 - Rejected by Elasticsearch [mapper_parsing_exception]\" location=nil tag=\"kube.var.log.containers.%s\" time=%s record={\"log\"=>\"order %s shipped\", \"recipient_name\"=>\"%s\", \"recipient_phone\"=>\"%s\", \"ship_to\"=>\"%s\", \"stream\"=>\"stdout\"}",
			b.ts(), b.pod(), b.L("epoch_s"), b.L("order_amazon"), b.name(), b.phone(), b.addr())
		return b.wrap("fluentd", t)
	})
	add("observability", "datadog_payload", "json_in_string", "email card", func(b *builder) string {
		t := fmt.Sprintf("datadog-agent: payload rejected (413) for intake https://http-intake.logs.datadoghq.eu: [{\"ddsource\":\"nodejs\",\"service\":\"checkout\",\"message\":\"charge failed for %s card %s: do_not_honor\",\"dd.trace_id\":%s}]",
			b.email(), b.card(), jq(b.L("epoch_us")))
		return b.wrap("datadog-agent", t)
	})
	add("observability", "grafana_clean", "prom", "", func(b *builder) string {
		b.form = "prom"
		return fmt.Sprintf("%s{namespace=\"%s\",pod=\"%s\",container=\"app\"} %s %s\nkafka_consumergroup_lag{group=\"%s\",partition=\"%s\"} %s\n# annotation: deploy %s %s",
			b.L("metric_name"), b.L("namespace"), b.pod(), b.L("metric_value"), b.L("epoch_ms"), b.L("consumer_group"), b.n(0, 23), b.n(0, 90000), b.L("helm_chart"), b.L("git_sha"))
	})

	// ---- backups, migrations and repair
	add("backup", "pg_copy", "sql", "name email phone address", func(b *builder) string {
		b.form = "sql"
		var sb strings.Builder
		sb.WriteString("COPY public.customers (id, full_name, email, phone, default_address, created_at, deleted_at) FROM stdin;\n")
		for i := 0; i < 2; i++ {
			n, e := b.person()
			fmt.Fprintf(&sb, "%s\t%s\t%s\t%s\t%s\t%s\t\\N\n", b.n(10000, 999999), n, e, b.phone(), b.addr(), b.L("ts_rfc3339"))
		}
		sb.WriteString("\\.\n")
		return sb.String()
	})
	add("backup", "mysqldump_insert", "sql", "name iban", func(b *builder) string {
		b.form = "sql"
		return b.wrap("mysqldump", fmt.Sprintf("INSERT INTO `payout_accounts` VALUES (%s,'%s','%s','%s','%s'),(%s,'%s','%s','%s','%s');",
			b.n(1, 9999), b.name(), b.iban(), b.loc.currency, b.L("date"), b.n(1, 9999), b.name(), b.iban(), b.loc.currency, b.L("date")))
	})
	add("backup", "rails_migration", "text", "card name", func(b *builder) string {
		t := fmt.Sprintf("== %s BackfillCardFingerprints: migrating ==========================\n-- execute(\"UPDATE payment_methods SET fingerprint = ...\")\nupdated row: #<PaymentMethod id: %s, holder: \"%s\", pan: \"%s\", %s, created_at: \"%s\">\n   -> %s rows\n== %s BackfillCardFingerprints: migrated (%s) =================",
			b.L("migration_version"), b.n(1, 99999), b.name(), b.card(), b.T("trap_brand"), b.L("date"), b.n(1, 9000), b.L("migration_version"), b.L("duration"))
		return b.wrap("rails", t)
	})
	add("backup", "rclone_keys", "url", "email name", func(b *builder) string {
		b.form = "url"
		e := b.email()
		n := b.name()
		t := fmt.Sprintf("%s INFO  : exports/gdpr/%s/profile.json: Copied (new)\n%s INFO  : invoices/2026/%s (%s).pdf: Copied (replaced existing)\nhttps://vigil-exports.s3.eu-west-1.amazonaws.com/invoices/2026/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261104T120000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=%s\nTransferred: %s / %s, 100%%, %s",
			b.L("ts_syslog"), e, b.L("ts_syslog"), n, b.L("order_amazon"), url.PathEscape(n+" factura.pdf"), b.cred("amz_signature"), b.L("byte_count"), b.L("byte_count"), b.L("duration"))
		return b.wrap("rclone", t)
	})
	add("backup", "repair_script", "text", "cn_id name phone", func(b *builder) string {
		t := fmt.Sprintf("repair_kyc_dupes.py --apply --batch %s\nupdated row: id=%s, cn_id=%s, real_name=%s, mobile=%s, merged_into=%s\nflyway: Successfully applied 1 migration to schema \"kyc\", now at version %s (execution time %s)",
			b.L("ulid"), b.n(1, 999999), b.cnid(), b.name(), b.phone(), b.n(1, 999999), b.L("migration_version"), b.L("duration"))
		return b.wrap("kyc-repair", t)
	})
	add("backup", "restore_clean", "text", "", func(b *builder) string {
		return b.wrap("pg_restore", fmt.Sprintf("pg_restore: error: could not execute query: ERROR:  duplicate key value violates unique constraint \"orders_pkey\"\nDETAIL:  Key (id)=(%s) already exists.\nCommand was: COPY public.orders (id, external_id, sku, total) FROM stdin;\nstatement: SELECT id FROM customers %s\nredo starts at %s, checkpoint %s %s",
			b.n(1000, 999999), b.T("trap_sql_param"), b.L("lsn"), b.L("lsn"), b.L("byte_count")))
	})

	// ---- on-call and ChatOps
	add("oncall", "pagerduty", "ndjson", "name phone email", func(b *builder) string {
		b.json = true
		n, e := b.person()
		return fmt.Sprintf("{\"event\":{\"event_type\":\"incident.triggered\",\"occurred_at\":%s,\"data\":{\"id\":%s,\"title\":\"Refunds stuck in pending\",\"urgency\":\"high\",\"custom_details\":{\"customer_report\":%s,\"order\":%s}}}}",
			jq(b.ts()), jq(b.L("ulid")), jq(fmt.Sprintf("%s, %s %s: %s (%s)", b.words(5), n, b.phone(), b.words(4), e)), jq(b.L("order_amazon")))
	})
	add("oncall", "slack_lookup", "text", "name email phone address", func(b *builder) string {
		n, e := b.person()
		t := fmt.Sprintf("%s  /lookup order %s\nopsbot  APP  order %s · %s · status REFUND_PENDING\n  buyer: %s · %s · %s\n  ship to: %s\n  tracking %s · last event %s\n  seller %s · linked %s · return label %s",
			b.of("@mika", "@oncall-pay", "@sre-ana"), b.L("order_amazon"), b.L("order_shopify"), b.L("amount"), n, e, b.phone(), b.addr(), b.L("tracking_dhl"), b.L("date"), b.L("company"), b.L("order_mercadolibre"), b.L("tracking_usps"))
		return b.wrap("opsbot", t)
	})
	add("oncall", "postmortem", "text", "name email card", func(b *builder) string {
		t := fmt.Sprintf("## Timeline\n- %s customer %s (%s) wrote: \"%s\"\n- %s support confirmed the card %s was charged twice for order %s\n- %s rollback of %s to %s with %s",
			b.L("ts_rfc3339"), b.name(), b.email(), b.words(6), b.L("ts_rfc3339"), b.card(), b.L("order_tiktok"), b.L("ts_rfc3339"), b.L("deployment"), b.L("semver"), b.L("tool"))
		return b.wrap("postmortems", t)
	})
	add("oncall", "statuspage_clean", "text", "", func(b *builder) string {
		return b.wrap("statuspage", fmt.Sprintf("Monitoring - A fix has been implemented for delayed refunds (%s, %s). Affected: checkout %s, payouts %s. Incident %s, started %s.",
			b.L("error_code"), b.L("http_status"), b.L("semver"), b.L("feature_flag"), b.L("ulid"), b.L("ts_rfc3339")))
	})

	// ---- admin and support tooling
	add("admin", "impersonation", "text", "name email", func(b *builder) string {
		n, e := b.person()
		t := fmt.Sprintf("%s audit admin=ops.%s action=impersonate customer=%q <%s> reason=%q request_id=%s ip=%s",
			b.ts(), b.of("lee", "okoro", "nilsen", "mendes"), n, e, b.words(4), b.L("uuid"), b.L("ipv4"))
		return b.wrap("admin-panel", t)
	})
	add("admin", "flag_targeting", "json_text", "email", func(b *builder) string {
		b.form = "json_text"
		return fmt.Sprintf("{\"key\":%s,\"version\":%s,\"rules\":[{\"id\":%s,\"clauses\":[{\"attribute\":\"email\",\"op\":\"in\",\"values\":[%s,%s]}],\"variation\":1}],\"salt\":%s}",
			jq(b.L("feature_flag")), b.n(1, 300), jq(b.L("uuid")), jq(b.email()), jq(b.email()), jq(b.L("md5")))
	})
	add("admin", "gdpr_erasure", "text", "email phone cn_id", func(b *builder) string {
		t := fmt.Sprintf("[erasure-job %s] subject=%s phone=%s resident_id=%s systems=[orders,crm,search] progress=%s/%s status=%s",
			b.L("ulid"), b.email(), b.phone(), b.cnid(), b.n(1, 9), b.n(9, 12), b.of("running", "done", "retrying"))
		return b.wrap("privacy", t)
	})
	add("admin", "bulk_export_csv", "csv", "name email phone iban", func(b *builder) string {
		b.form = "csv"
		var sb strings.Builder
		sb.WriteString(b.of("", "seller_name,contact_email,contact_phone,payout_iban,store\n"))
		for i := 0; i < 2; i++ {
			n, e := b.person()
			fmt.Fprintf(&sb, "%s,%s,%s,%s,%s\n", csvCell(n), e, b.phone(), b.iban(), b.L("store"))
		}
		fmt.Fprintf(&sb, "# exported %s rows by %s", b.n(2, 9000), b.T("trap_role"))
		return sb.String()
	})
	add("admin", "macro_clean", "text", "", func(b *builder) string {
		return b.wrap("support", fmt.Sprintf("macro \"refund-approved\" used on ticket %s: {{customer.first_name}}, your refund of %s for %s is on its way. %s %s %s",
			b.L("ulid"), b.L("amount"), b.L("product"), b.T("trap_masked_card"), b.T("trap_masked_email"), b.T("trap_masked_phone")))
	})

	// ---- load testing
	add("loadtest", "k6_data", "json_in_string", "email card", func(b *builder) string {
		t := fmt.Sprintf("     ✗ status is 201\n      ↳  %s%% — ✓ %s / ✗ %s\n     ERRO[%s] request failed vu=%s iter=%s data_row={\"email\":%s,\"card\":%s,\"cvv\":%q,\"sku\":%s} status=402",
			b.n(90, 99), b.n(1000, 9000), b.n(1, 99), b.n(10, 900), b.n(1, 200), b.n(1, 9000), jq(b.email()), jq(b.card()), b.n(100, 999), jq(b.L("sku")))
		return b.wrap("k6", t)
	})
	add("loadtest", "har_entry", "form_body", "card name email", func(b *builder) string {
		b.json = true
		b.form = "form_body"
		body := url.Values{}
		body.Set("card_number", b.card())
		body.Set("cardholder", b.name())
		body.Set("sku", b.L("sku"))
		return fmt.Sprintf("{\"startedDateTime\":%s,\"request\":{\"method\":\"POST\",\"url\":%s,\"postData\":{\"mimeType\":\"application/x-www-form-urlencoded\",\"text\":%s}},\"response\":{\"status\":%s},\"time\":%s}",
			jq(b.ts()), jq("https://staging.vigil.shop/checkout/pay?email="+url.QueryEscape(b.email())), jq(body.Encode()), b.of("200", "402"), b.L("metric_value"))
	})
	add("loadtest", "locust_users", "csv", "name email phone card", func(b *builder) string {
		b.form = "csv"
		var sb strings.Builder
		sb.WriteString("locust -f buyers.py --csv-full-history; users.csv:\n")
		for i := 0; i < 2; i++ {
			n, e := b.person()
			fmt.Fprintf(&sb, "%s,%s,%s,%s\n", csvCell(n), e, b.phone(), b.card())
		}
		return sb.String()
	})
	add("loadtest", "synthetic", "text", "phone name", func(b *builder) string {
		t := fmt.Sprintf("synthetic check \"guest-checkout-%s\" FAILED at step 4 (fill phone): expected %q got validation error for test buyer %s; run %s, %s",
			b.loc.code, b.phone(), b.name(), b.L("uuid"), b.L("duration"))
		return b.wrap("synthetics", t)
	})
	add("loadtest", "gatling_clean", "table", "", func(b *builder) string {
		return b.wrap("gatling", fmt.Sprintf("---- Requests ------------------------------------------------------------------\n> Global                                                   (OK=%s    KO=%s   )\n> POST %s                               (OK=%s    KO=%s   )\n---- Errors --------------------------------------------------------------------\n> status.find.is(201), but actually found 429                    %s (%s%%)",
			b.n(1000, 90000), b.n(0, 900), b.L("url_path"), b.n(1000, 9000), b.n(0, 99), b.n(1, 99), b.L("metric_value")))
	})

	// ---- crash and core output
	add("crash", "strace_write", "strace", "email card", func(b *builder) string {
		b.form = "strace"
		payload := fmt.Sprintf("{\"email\":%s,\"pan\":%s}\n", jq(b.email()), jq(b.card()))
		return b.wrap("strace", fmt.Sprintf("[pid %s] %s write(1, \"%s\", %d) = %d",
			b.n(100, 99999), b.L("ts_klog"), inner(payload), len(payload), len(payload)))
	})
	add("crash", "gdb_print", "text", "name phone address", func(b *builder) string {
		t := fmt.Sprintf("(gdb) print *buyer\n$1 = {id = %s, name = 0x%s \"%s\", phone = \"%s\", addr = {line1 = \"%s\", country = \"%s\"}, flags = 0}\n(gdb) bt\n#0  0x%s in render_label () at label.c:%s",
			b.n(1, 99999), rs(b.r, hexd, 12), b.name(), b.phone(), b.addr(), b.loc.code[3:], b.L("span_id"), b.n(10, 900))
		return b.wrap("gdb", t)
	})
	add("crash", "jvm_dump", "text", "credential", func(b *builder) string {
		t := fmt.Sprintf("\"http-nio-8080-exec-%s\" #%s daemon prio=5 os_prio=0 cpu=%sms elapsed=%ss tid=0x%s nid=%s waiting on condition\n   java.lang.Thread.State: TIMED_WAITING (parking)\n\t- locked <0x%s> (a java.lang.String \"Bearer %s\")\n\tat com.vigil.shop.psp.Client.charge(Client.java:%s)",
			b.n(1, 200), b.n(20, 400), b.L("metric_value"), b.n(100, 99999), b.L("span_id"), "0x"+rs(b.r, hexd, 4), b.L("span_id"), b.cred(b.of("jwt", "bearer_opaque", "stripe_live")), b.n(20, 800))
		return b.wrap("jvm", t)
	})
	add("crash", "core_strings", "text", "card iban credential", func(b *builder) string {
		t := fmt.Sprintf("$ strings -n 8 core.%s | grep -aE 'pan=|iban=|secret='\npan=%s&exp=1129\niban=%s\nwebhook_secret=%s\nGLIBC_2.34\n%s",
			b.n(100, 99999), b.card(), b.iban(), b.cred(b.of("whsec", "hex64", "shopify_token")), b.L("file_path"))
		return b.wrap("coredump", t)
	})
	add("crash", "private_key_core", "text", "credential", func(b *builder) string {
		t := fmt.Sprintf("node[%s]: heap snapshot string @%s: \"-----BEGIN PRIVATE KEY-----\\n%s\\n...\"\nsignal %s at %s",
			b.n(100, 99999), b.n(10000, 999999), b.cred("private_key"), b.L("signal"), b.L("ts_rfc3339"))
		return b.wrap("node", t)
	})
	add("crash", "segv_clean", "text", "", func(b *builder) string {
		return b.wrap("kernel", fmt.Sprintf("%s kernel: label-printer[%s]: segfault at %s ip %s sp %s error 4 in libzpl.so.2[%s+%s]\nsystemd-coredump[%s]: Process %s (label-printer) of user 1000 dumped core. %s",
			b.L("ts_syslog"), b.n(100, 99999), b.L("span_id"), b.L("span_id"), b.L("span_id"), b.L("git_sha_short"), b.n(1000, 9999), b.n(100, 9999), b.n(100, 9999), b.L("exit_code")))
	})
}
