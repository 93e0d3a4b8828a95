package twentietheval

import (
	"fmt"
	"strings"
)

func init() {
	// ---------------- cdp ----------------
	reg("cdp", "identify", "ndjson_field", func(b *builder) (string, bool) {
		np := b.nameParts()
		traits := obj("name", b.putName(np, ""), "email", b.email(), "phone", b.phone(""), "address", raw(obj("street", b.address("line1"), "city", pick(b, b.loc.cities))), "plan", "member", "created_at", b.L("date_iso"))
		return b.nd("cdp-collector", "type", "identify", "userId", b.L("ksuid"), "anonymousId", b.L("uuid_v4"), "traits", raw(traits), "context", raw(obj("library", raw(obj("name", "analytics-node", "version", b.L("semver"))), "locale", b.L("locale_code"))), "messageId", b.L("uuid_v4")), true
	})
	reg("cdp", "track_in_string", "json_in_string", func(b *builder) (string, bool) {
		p := obj("event", "Checkout Step Completed", "userId", b.L("ksuid"), "properties", raw(obj("step", 2, "shipping_address", b.address(""), "contact_phone", b.phone(""), "order_id", b.orderID(), "revenue", b.L("amount"))))
		s := "track payload=" + jstr(p) + " schema_hash=" + b.L("md5_hex")
		return b.nd("cdp-collector", "message", s, "trace.id", b.L("trace_id")), true
	})
	reg("cdp", "audience_export", "csv", func(b *builder) (string, bool) {
		var sb strings.Builder
		fmt.Fprintf(&sb, "audience export %s (%s members) -> ads upload, hashing=OFF\nemail,phone,fn,ln,zip,country\n", b.L("experiment_id"), b.L("row_count"))
		for i := 0; i < 2+b.intn(2); i++ {
			np := b.nameParts()
			sb.WriteString(csvRow(b.email(), b.phone("e164"), strings.ToLower(np.given), b.putName(np, "family"), b.pattern(b.loc.postcode), strings.ToUpper(b.loc.code[3:])) + "\n")
		}
		return b.wrap(strings.TrimRight(sb.String(), "\n"), "audience-sync")
	})
	reg("cdp", "exposure", "logfmt", func(b *builder) (string, bool) {
		s := fmt.Sprintf("ts=%s event=exposure experiment=%s variant=%s user_id=%s user_email=%s device=%s platform=ios span=%s",
			b.ts(), b.L("experiment_id"), b.L("variant_id"), b.L("ksuid"), b.email(), b.L("uuid_v4"), b.L("span_id"))
		return b.wrap(s, "experiments")
	})
	reg("cdp", "form_body", "form_body", func(b *builder) (string, bool) {
		body := "type=identify&user_id=" + b.L("ksuid") + "&traits%5Bname%5D=" + qesc(b.name("")) + "&traits%5Bemail%5D=" + qesc(b.email()) + "&traits%5Bphone%5D=" + qesc(b.phone("")) + "&batch_hash=" + b.L("md5_hex")
		s := "POST /v1/identify HTTP/1.1 content-type=application/x-www-form-urlencoded body=" + body
		return b.wrap(s, "cdp-collector")
	})
	reg("cdp", "webhook_secret", "http_headers", func(b *builder) (string, bool) {
		s := fmt.Sprintf("outbound webhook %s -> https://hooks.partner.example/cdp\nContent-Type: application/json\nX-Signature-Secret: %s\nX-Request-Id: %s\n\n%s",
			b.L("uuid_v4"), b.cred("webhook_secret"), b.L("request_id"), obj("event", "profile.updated", "email", b.email()))
		return b.wrap(s, "cdp-destinations")
	})

	// ---------------- privacy ----------------
	reg("privacy", "dsr_intake", "ndjson_field", func(b *builder) (string, bool) {
		return b.nd("privacy-ops", "dsr.id", b.L("dsr_id"), "dsr.type", pick(b, []string{"erasure", "access", "rectification", "portability"}), "dsr.regulation", pick(b, []string{"GDPR", "CCPA", "LGPD"}),
			"subject.name", b.name(""), "subject.email", b.email(), "subject.phone", b.phone(""), "verification.method", "email_otp", "verification.code", b.cred("otp"), "due_by", b.L("date_iso")), true
	})
	reg("privacy", "erasure_job", "free_text", func(b *builder) (string, bool) {
		s := fmt.Sprintf("%s: erasing subject %s (%s) from %d systems; crm=ok search=ok warehouse=pending backups=%s; request %s, refund of %s to %s issued before erasure",
			b.L("job_name"), b.email(), b.name(""), 5+b.intn(12), b.L("iso_duration"), b.L("dsr_id"), b.L("amount"), b.iban(""))
		return b.wrap(s, "privacy-ops")
	})
	reg("privacy", "pipl_request", "free_text", func(b *builder) (string, bool) {
		b.useLoc("zh_CN")
		s := fmt.Sprintf("个人信息查阅请求 %s\n申请人：%s\n身份证号：%s\n手机号：%s\n邮寄地址：%s\n提交时间：%s",
			b.L("dsr_id"), b.name(""), b.cnid(), b.phone(""), b.address(""), b.L("date_local"))
		return b.wrap(s, "privacy-ops")
	})
	reg("privacy", "consent_yaml", "yaml", func(b *builder) (string, bool) {
		s := fmt.Sprintf("consent_record:\n  id: %s\n  subject:\n    email: %s\n    phone: \"%s\"\n  purposes: [marketing_email, personalisation]\n  granted_at: %s\n  policy_version: %s\n  source: checkout",
			b.L("ulid"), b.email(), b.phone(""), b.L("date_iso"), b.L("semver"))
		return b.wrap(s, "consent-service")
	})
	reg("privacy", "dsr_ruby", "ruby_inspect", func(b *builder) (string, bool) {
		s := fmt.Sprintf("#<DataSubjectRequest id: %d, reference: %q, email: %q, full_name: %q, postal_address: %q, state: \"pending_verification\", created_at: \"%s\">",
			b.intn(90000), b.L("dsr_id"), b.email(), b.name(""), b.address(""), b.L("date_iso"))
		return b.wrap(s, "privacy-portal")
	})
	reg("privacy", "dsr_export_toml", "toml", func(b *builder) (string, bool) {
		s := fmt.Sprintf("[subject]\nrequest = %q\nname = %q\nemail = %q\n\n[subject.payment]\niban = %q\ncard = %q\n\n[export]\nformat = \"json\"\nexpires = %q",
			b.L("dsr_id"), b.name(""), b.email(), b.iban("spaced"), b.card(""), b.L("date_iso"))
		return b.wrap(s, "privacy-export")
	})

	// ---------------- notebook ----------------
	reg("notebook", "pandas", "result_grid", func(b *builder) (string, bool) {
		var rows [][]string
		for i := 0; i < 3+b.intn(2); i++ {
			rows = append(rows, []string{b.name(""), b.email(), b.phone(""), b.L("amount")})
		}
		s := "In [14]: df[['full_name', 'email', 'phone', 'ltv']].head()\nOut[14]:\n" + grid([]string{"full_name", "email", "phone", "ltv"}, rows, false, 0)
		return b.wrap(s, "jupyterhub")
	})
	reg("notebook", "pandas_cut", "result_grid", func(b *builder) (string, bool) {
		var rows [][]string
		for i := 0; i < 3; i++ {
			p := pick(b, products)
			if len(p) > 14 {
				p = p[:11] + "..."
			}
			rows = append(rows, []string{b.L("snowflake_id"), b.name(""), b.address("line1"), b.L("date_local"), b.T("product_name", p)})
		}
		s := grid([]string{"customer_id", "name", "street", "first_order", "last_item"}, rows, false, 0) + "\n# " + b.L("table_name") + " loaded in " + b.L("duration_ms")
		return b.wrap(s, "jupyterhub")
	})
	reg("notebook", "cell_dict", "py_repr", func(b *builder) (string, bool) {
		var d string
		switch b.intn(3) {
		case 0:
			d = pydict("name", b.name(""), "iban", b.iban(""), "payout_total", lit(b.L("amount_plain")))
		case 1:
			b.useLoc("zh_CN")
			d = pydict("姓名", b.name(""), "身份证", b.cnid(), "手机", b.phone(""))
		default:
			d = pydict("OPENAI_API_KEY", b.cred("openai_key"), "PINECONE_API_KEY", b.cred("pinecone_key"), "HOME", "/home/jovyan")
		}
		s := fmt.Sprintf("In [%d]: %s\nOut[%d]: %s", 3+b.intn(40), pick(b, []string{"row.to_dict()", "customers.iloc[0].to_dict()", "dict(os.environ)"}), 3+b.intn(40), d)
		return b.wrap(s, "jupyterhub")
	})
	reg("notebook", "r_tibble", "result_grid", func(b *builder) (string, bool) {
		var sb strings.Builder
		sb.WriteString("# A tibble: 3 × 4\n  name                 email                          phone            city\n  <chr>                <chr>                          <chr>            <chr>\n")
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(&sb, "%d %-20s %-30s %-16s %s\n", i, b.name(""), b.email(), b.phone(""), pick(b, b.loc.cities))
		}
		sb.WriteString("# ℹ " + b.L("row_count") + " more rows")
		return b.wrap(sb.String(), "rstudio")
	})
	reg("notebook", "psql_grid", "result_grid", func(b *builder) (string, bool) {
		var rows [][]string
		for i := 0; i < 2+b.intn(2); i++ {
			rows = append(rows, []string{b.L("snowflake_id"), b.name(""), b.email(), b.card("")})
		}
		s := "warehouse=> SELECT customer_id, full_name, email, card_number FROM legacy.payments LIMIT 3;\n" + grid([]string{"customer_id", "full_name", "email", "card_number"}, rows, true, 0)
		return b.wrap(s, "psql-audit")
	})
	reg("notebook", "dbeaver_tsv", "tsv", func(b *builder) (string, bool) {
		var sb strings.Builder
		sb.WriteString("id\tfull_name\tphone\tstreet\tcreated_at\n")
		for i := 0; i < 3; i++ {
			fmt.Fprintf(&sb, "%s\t%s\t%s\t%s\t%s\n", b.L("snowflake_id"), b.name(""), b.phone(""), b.address("line1"), b.L("date_iso"))
		}
		return b.wrap(strings.TrimRight(sb.String(), "\n"), "sql-client")
	})

	// ---------------- api_rpc ----------------
	reg("api_rpc", "graphql", "graphql", func(b *builder) (string, bool) {
		q := fmt.Sprintf("mutation UpdateCustomer { updateCustomer(id: %q, input: {email: %q, phone: %q}) { id updatedAt } }", b.L("ksuid"), b.email(), b.phone(""))
		vars := obj("input", raw(obj("fullName", b.name(""), "defaultAddress", raw(obj("street", b.address("line1"), "city", pick(b, b.loc.cities))))))
		return b.nd("graphql-gateway", "graphql.operation.name", "UpdateCustomer", "graphql.document", q, "graphql.variables", vars, "http.request.id", b.L("request_id"), "duration_ms", b.intn(900)), true
	})
	reg("api_rpc", "protobuf_text", "protobuf_text", func(b *builder) (string, bool) {
		s := fmt.Sprintf("I1206 %s server.go:%d] CreatePayout request: payout { seller_id: %d holder_name: %q iban: %q amount { currency_code: %q units: %d nanos: %d } } customer { email: %q phone: %q address { street: %q city: %q } }",
			b.L("time_hms"), 100+b.intn(400), b.intn(90000), b.name(""), b.iban(""), b.L("currency_code"), b.intn(9000), b.intn(999999999), b.email(), b.phone(""), b.address("line1"), pick(b, b.loc.cities))
		return b.wrap(s, "payouts-grpc")
	})
	reg("api_rpc", "grpc_metadata", "http_headers", func(b *builder) (string, bool) {
		var md string
		switch b.intn(3) {
		case 0:
			md = "authorization: Bearer " + b.cred("jwt")
		case 1:
			md = "authorization: Basic " + b.cred("basic")
		default:
			md = "x-api-key: " + b.cred("bearer")
		}
		s := fmt.Sprintf("grpc call /crm.v1.CustomerService/Lookup failed: %s\nmetadata:\n  :authority: crm.internal:443\n  %s\n  x-request-id: %s\n  grpc-timeout: 5S\n  user-agent: %s",
			b.L("error_code"), md, b.L("request_id"), b.L("user_agent"))
		return b.wrap(s, "support-bff")
	})
	reg("api_rpc", "grpcurl", "grpcurl", func(b *builder) (string, bool) {
		s := fmt.Sprintf("$ grpcurl -H 'authorization: Bearer %s' -d '%s' crm.internal:443 crm.v1.CustomerService/FindByEmail\n{\n  \"customer\": {\n    \"id\": \"%s\",\n    \"fullName\": \"%s\",\n    \"phone\": \"%s\"\n  }\n}",
			b.cred("bearer"), obj("email", b.email()), b.L("ksuid"), b.name(""), b.phone(""))
		return b.wrap(s, "ops-shell")
	})
	reg("api_rpc", "go_gostring", "go_gostring", func(b *builder) (string, bool) {
		s := fmt.Sprintf("lookup: unexpected response &crmv1.Customer{Id:%q, FullName:%q, Email:%q, Phone:%q, Address:(*crmv1.Address)(0xc000%s), CreatedAt:%s}",
			b.L("ksuid"), b.name(""), b.email(), b.phone(""), b.chars(hexdig, 6), b.L("epoch_s"))
		return b.wrap(s, "support-bff")
	})

	// ---------------- config ----------------
	reg("config", "dotenv", "dotenv", func(b *builder) (string, bool) {
		s := fmt.Sprintf("# loaded .env for %s (%s)\nOPENAI_API_KEY=%s\nANTHROPIC_API_KEY=%s\nDATABASE_URL=postgres://%s@db.internal:5432/shop\nPGPASSWORD=%s\nLOG_LEVEL=debug\nRELEASE=%s",
			b.L("k8s_pod"), b.L("semver"), b.cred("openai_key"), b.cred("anthropic_key"), userinfo("app", b.cred("db_url_password")), b.cred("pgpassword"), b.L("git_sha"))
		return b.wrap(s, "llm-gateway")
	})
	reg("config", "k8s_secret_yaml", "yaml", func(b *builder) (string, bool) {
		s := fmt.Sprintf("$ kubectl get secret warehouse-creds -o yaml\napiVersion: v1\ndata:\n  password: %s\n  username: %s\nkind: Secret\nmetadata:\n  name: warehouse-creds\n  uid: %s\n  resourceVersion: \"%d\"\ntype: Opaque",
			b.cred("k8s_secret_b64"), b64("etl_loader"), b.L("uuid_v4"), 1000000+b.intn(9000000))
		return b.wrap(s, "ops-shell")
	})
	reg("config", "kubectl_describe", "kv_text", func(b *builder) (string, bool) {
		s := fmt.Sprintf("Name:         %s\nNamespace:    data\nImage:        registry.internal/search-indexer@%s\nEnvironment:\n  ELASTIC_API_KEY:        %s\n  AWS_ACCESS_KEY_ID:      %s\n  AWS_SECRET_ACCESS_KEY:  %s\n  ALGOLIA_ADMIN_KEY:      %s\n  DB_PASSWORD:            <set to the key 'password' in secret 'db-creds'>  Optional: false",
			b.L("k8s_pod"), b.L("image_digest"), b.cred("elastic_apikey"), b.cred("aws_access_key_id"), b.cred("aws_secret"), b.cred("algolia_admin"))
		return b.wrap(s, "ops-shell")
	})
	reg("config", "terraform_plan", "hcl", func(b *builder) (string, bool) {
		s := fmt.Sprintf("  # %s will be updated in-place\n  ~ resource \"aws_lambda_function\" \"embed\" {\n      ~ environment {\n          ~ variables = {\n              + \"PINECONE_API_KEY\" = \"%s\"\n              ~ \"MODEL\"            = \"%s\" -> \"%s\"\n            }\n        }\n        id = %q\n    }\n  # var.db_password = %q",
			b.L("tf_address"), b.cred("pinecone_key"), b.L("embed_model"), b.L("embed_model"), b.L("arn"), b.cred("tf_sensitive"))
		return b.wrap(s, "terraform-ci")
	})
	reg("config", "helm_values", "yaml", func(b *builder) (string, bool) {
		s := fmt.Sprintf("# helm get values llm-gateway -n ai\nllmGateway:\n  image: registry.internal/llm-gateway:%s\n  providers:\n    anthropic:\n      apiKey: %s\n    google:\n      apiKey: %s\n  supportInbox: %s\n  schedule: %q",
			b.L("semver"), b.cred("anthropic_key"), b.cred("google_api_key"), b.email(), b.L("cron"))
		return b.wrap(s, "ops-shell")
	})
	reg("config", "ini", "ini", func(b *builder) (string, bool) {
		s := fmt.Sprintf("; /etc/metabase/warehouse.ini\n[warehouse]\nhost = %s\nport = 5432\nuser = metabase_ro\npassword = %s\n\n[smtp]\nuser = reports\npassword = %s",
			b.L("ipv4"), b.cred("pgpassword"), b.cred("pgpassword"))
		return b.wrap(s, "config-audit")
	})
	reg("config", "toml", "toml", func(b *builder) (string, bool) {
		s := fmt.Sprintf("[qdrant]\nurl = \"https://qdrant.internal:%s\"\napi_key = %q\ncollection = %q\n\n[github]\ntoken = %q\n\n[slack]\nbot_token = %q",
			b.L("port"), b.cred("qdrant_key"), b.L("index_name"), b.cred("github_pat"), b.cred("slack_token"))
		return b.wrap(s, "config-audit")
	})
	reg("config", "dbt_profiles", "yaml", func(b *builder) (string, bool) {
		s := fmt.Sprintf("# ~/.dbt/profiles.yml\nanalytics:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: xy12345.eu-central-1\n      user: DBT_RUNNER\n      password: %s\n      role: TRANSFORMER\n      threads: %d",
			b.cred("dbt_password"), 4+b.intn(12))
		return b.wrap(s, "dbt")
	})
	reg("config", "gcp_sa", "json_in_string", func(b *builder) (string, bool) {
		key := "-----BEGIN PRIVATE KEY-----\n" + b.cred("gcp_private_key") + "\n-----END PRIVATE KEY-----\n"
		sa := obj("type", "service_account", "project_id", "shop-analytics-prod", "private_key_id", b.cred("gcp_private_key_id"), "private_key", key, "client_email", "bq-loader@shop-analytics-prod.iam.gserviceaccount.com")
		return b.nd("bq-loader", "message", "loaded credentials from GOOGLE_APPLICATION_CREDENTIALS_JSON", "config.raw", sa, "job.id", b.L("uuid_v4")), true
	})
	reg("config", "k8s_secret_decoded", "kv_text", func(b *builder) (string, bool) {
		s := fmt.Sprintf("$ kubectl -n %s get secret %s -o jsonpath='{.data.password}' | base64 -d\n%s\n$ kubectl -n data rollout restart deploy/%s", pick(b, []string{"data", "ai", "search"}), pick(b, []string{"db-creds", "es-basic-auth", "airflow-metadb"}), b.cred("k8s_secret_plain"), pick(b, []string{"search-indexer", "cdp-sync", "rag-embedder"}))
		return b.wrap(s, "ops-shell")
	})
	reg("config", "kafka_connect_worker", "kv_text", func(b *builder) (string, bool) {
		s := fmt.Sprintf("INFO ConsumerConfig values:\n\tbootstrap.servers = [%s:9092]\n\tgroup.id = connect-warehouse-sink\n\tsasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username=\"cdp-sink\" password=\"%s\";\n\tsasl.mechanism = PLAIN\n\tmax.poll.records = %d\n\tDD_API_KEY = %s",
			b.L("ipv4"), b.cred("kafka_sasl"), 100+b.intn(900), b.cred("datadog_key"))
		return b.wrap(s, "kafka-connect")
	})
	reg("config", "oauth_client", "kv_text", func(b *builder) (string, bool) {
		s := fmt.Sprintf("oauth client registered: client_id=%s.apps.googleusercontent.com client_secret=%s refresh_token=%s scope=\"https://www.googleapis.com/auth/bigquery\"",
			b.digits(12)+"-"+b.chars(lowalnu, 32), b.cred("oauth_client_secret"), b.cred("refresh_token"))
		return b.wrap(s, "bq-loader")
	})

	// ---------------- errors ----------------
	reg("errors", "py_traceback", "py_repr", func(b *builder) (string, bool) {
		s := fmt.Sprintf("Traceback (most recent call last):\n  File \"/srv/%s\", in sync_contact\n    resp = client.upsert(payload)\n  Local variables:\n    payload = %s\n    api_key = %s\nKeyError: 'postal_code'",
			b.L("stack_frame"), pydict("name", b.name(""), "email", b.email(), "phone", b.phone(""), "address", b.address("")), pyq(b.cred(pick(b, []string{"stripe_key", "groq_key", "hf_token"}))))
		return b.wrap(s, "sentry-relay")
	})
	reg("errors", "rust_debug", "rust_debug", func(b *builder) (string, bool) {
		s := fmt.Sprintf("thread 'tokio-runtime-worker' panicked at src/addr.rs:%d:%d:\ncalled `Result::unwrap()` on an `Err` value: InvalidAddress(Customer { id: %d, name: %q, email: %q, phone: Some(%q), street: %q })",
			10+b.intn(300), 5+b.intn(40), b.intn(900000), b.name(""), b.email(), b.phone(""), b.address("line1"))
		return b.wrap(s, "geo-normaliser")
	})
	reg("errors", "rust_debug_pretty", "rust_debug_pretty", func(b *builder) (string, bool) {
		s := fmt.Sprintf("[%s ERROR payouts] rejected payout: Payout {\n    id: %s,\n    holder: %q,\n    iban: %q,\n    amount: Money {\n        minor: %d,\n        currency: %s,\n    },\n    contact: Some(\n        %q,\n    ),\n}",
			b.L("date_iso"), b.L("uuid_v7"), b.name(""), b.iban(""), b.intn(900000), b.L("currency_code"), b.email())
		return b.wrap(s, "payouts")
	})
	reg("errors", "kotlin_tostring", "jvm_tostring", func(b *builder) (string, bool) {
		s := fmt.Sprintf("java.lang.IllegalStateException: cannot route OrderLookupRequest(email=%s, phone=%s, orderId=%s, customerName=%s, locale=%s)\n\tat com.shop.support.OrderLookupTool.invoke(%s)",
			b.email(), b.phone(""), b.orderID(), b.name(""), b.L("locale_code"), b.L("stack_frame"))
		return b.wrap(s, "support-tools")
	})
	reg("errors", "php_var_export", "php_var_export", func(b *builder) (string, bool) {
		s := fmt.Sprintf("PHP Warning:  payment form rejected in /var/www/%s\narray (\n  'cardholder' => '%s',\n  'card_number' => '%s',\n  'email' => '%s',\n  'billing_address' => '%s',\n  'amount' => '%s',\n)",
			b.L("stack_frame"), strings.ReplaceAll(b.name(""), "'", `\'`), b.card(""), b.email(), strings.ReplaceAll(b.address(""), "'", `\'`), b.L("amount"))
		return b.wrap(s, "legacy-checkout")
	})
	reg("errors", "php_print_r", "php_print_r", func(b *builder) (string, bool) {
		s := fmt.Sprintf("[%s] customer sync failed: Array\n(\n    [name] => %s\n    [email] => %s\n    [phone] => %s\n    [iban] => %s\n    [updated] => %s\n)",
			b.L("date_iso"), b.name(""), b.email(), b.phone(""), b.iban(""), b.L("epoch_s"))
		return b.wrap(s, "legacy-crm")
	})
	reg("errors", "ruby_inspect", "ruby_inspect", func(b *builder) (string, bool) {
		s := fmt.Sprintf("NoMethodError: undefined method `zip' for nil\n  params: {\"customer\"=>{\"name\"=>%q, \"email\"=>%q, \"phone\"=>%q, \"password\"=>%q}, \"controller\"=>\"accounts\"}",
			b.name(""), b.email(), b.phone(""), b.cred("chat_password"))
		return b.wrap(s, "storefront")
	})
	reg("errors", "sentry_event", "ndjson_field", func(b *builder) (string, bool) {
		return b.nd("sentry-relay", "error.type", "ValidationError", "error.message", "invalid phone for "+b.email(), "sentry.extra", raw(obj("customer_name", b.name(""), "phone_raw", b.phone(""), "session", b.cred("session_cookie"))), "sentry.event_id", b.L("md5_hex"), "release", b.L("semver")), true
	})

	// ---------------- recsys ----------------
	reg("recsys", "feature_vector", "py_repr", func(b *builder) (string, bool) {
		s := fmt.Sprintf("DEBUG feature_store.get_online_features entity=%s features=%s",
			b.L("ksuid"), pydict(b.L("feature_name"), lit(fmt.Sprintf("%.3f", b.r.Float64()*10)), "display_name", b.name(""), "email_domain", pick(b, b.loc.domains), "home_address", b.address(""), "embedding", lit(b.L("float_vector"))))
		return b.wrap(s, "feature-store")
	})
	reg("recsys", "feed_log", "logfmt", func(b *builder) (string, bool) {
		s := fmt.Sprintf("level=info msg=\"feed served\" user=%s display_name=%q items=%s,%s model=%s score=%s latency=%s",
			b.L("ksuid"), b.name(""), b.L("sku"), b.L("sku"), pick(b, []string{"two-tower-v12", "reco-ranker-7", "seq-rec-2026-11"}), b.L("cosine_score"), b.L("duration_ms"))
		return b.wrap(s, "reco-feed")
	})
	reg("recsys", "training_tsv", "tsv", func(b *builder) (string, bool) {
		var sb strings.Builder
		sb.WriteString("user_sha256\temail\tphone\tlabel\tfeature_ts\n")
		for i := 0; i < 2+b.intn(2); i++ {
			fmt.Fprintf(&sb, "%s\t%s\t%s\t%d\t%s\n", b.L("sha256_hex"), b.email(), b.phone(""), b.intn(2), b.L("epoch_ms_luhn"))
		}
		return b.wrap(strings.TrimRight(sb.String(), "\n"), "reco-training")
	})
	reg("recsys", "push_render", "free_text", func(b *builder) (string, bool) {
		np := b.nameParts()
		s := fmt.Sprintf("render push template=back_in_stock_v3 to=%s (%s): \"%s, your %s is back at %s\" experiment=%s variant=%s",
			b.email(), b.putName(np, ""), np.given, b.L("product_name"), b.L("amount"), b.L("experiment_id"), b.L("variant_id"))
		return b.wrap(s, "reco-notify")
	})
	reg("recsys", "feature_token", "http_headers", func(b *builder) (string, bool) {
		s := fmt.Sprintf("GET /v1/features/%s HTTP/1.1\nHost: feast.internal:%s\nAuthorization: Bearer %s\nCookie: _fs_session=%s; theme=dark\nX-Request-Id: %s",
			b.L("ksuid"), b.L("port"), b.cred("jwt"), b.cred("session_cookie"), b.L("request_id"))
		return b.wrap(s, "feature-store")
	})
	reg("recsys", "slack_alert", "json_escaped_twice", func(b *builder) (string, bool) {
		inner := obj("text", "reco job "+b.L("job_name")+" failed for "+b.email(), "channel", "#data-alerts")
		s := fmt.Sprintf(`notify error="post https://slack.com/api/chat.postMessage: token %s rejected" body="%s"`, b.cred("slack_token"), unq(inner))
		return b.nd("reco-notify", "message", s, "run.id", b.L("airflow_run_id")), true
	})
}

// clean lines: only look-alikes and traps, per context.
func init() {
	clean := func(ctx, svc string, fn func(b *builder) string) {
		reg(ctx, "clean_"+ctx, "clean", func(b *builder) (string, bool) { return b.wrap(fn(b), svc) })
	}
	clean("llm_chat", "llm-gateway", func(b *builder) string {
		return fmt.Sprintf("gen_ai request model=%s id=%s %s role=%s template=%s redaction=%s finish=%s trace=%s",
			b.L("model_name"), b.L("completion_id"), b.L("token_count"), b.trap("trap_role"), b.trap("trap_placeholder"), b.T("trap_pii_key_flag", "redacted=true"), b.L("error_code"), b.L("trace_id"))
	})
	clean("rag", "rag-indexer", func(b *builder) string {
		return fmt.Sprintf("upserted %s vectors %s into %s model=%s first=%s took=%s size=%s",
			b.L("row_count"), b.L("embedding_dim"), b.L("index_name"), b.L("embed_model"), b.L("vector_id"), b.L("duration_ms"), b.L("byte_size"))
	})
	clean("sql", "postgres", func(b *builder) string {
		return fmt.Sprintf("LOG:  duration: %s  statement: SELECT %s, %s FROM %s WHERE created_at > %s AND email = $1 -- %s; %s",
			b.L("duration_ms"), b.L("sql_function"), b.L("column_name"), b.L("table_name"), sqlq(b.L("date_iso")), b.trap("trap_column_named"), b.L("query_id"))
	})
	clean("orm", "crm-service", func(b *builder) string {
		return fmt.Sprintf("binding parameter [1] as [VARCHAR] - [%s]\nbinding parameter [2] as [TIMESTAMP] - [%s]\nbinding parameter [3] as [VARCHAR] - [%s]\nbinding parameter [4] as [VARCHAR] - [%s]",
			b.L("sku"), b.L("date_iso"), b.trap("trap_masked"), b.L("ean13"))
	})
	clean("etl", "airflow-worker", func(b *builder) string {
		return fmt.Sprintf("[%s] {taskinstance.py:1225} INFO - Marking task as SUCCESS. dag_id=%s, run_id=%s, spark=%s, rows=%s, %s, schedule=%s",
			b.tsLog(), b.L("job_name"), b.L("airflow_run_id"), b.L("spark_app_id"), b.L("row_count"), b.trap("trap_secret_name"), b.L("cron"))
	})
	clean("data_quality", "data-profiler", func(b *builder) string {
		return mdTable([]string{"column", "null_rate", "distinct", "note"}, [][]string{
			{b.trap("trap_name_hash"), b.L("percentage"), b.L("row_count"), b.trap("trap_pii_key_flag")},
			{b.L("column_name"), b.L("percentage"), b.L("row_count"), b.trap("trap_column_named")},
			{b.L("feature_name"), b.L("percentage"), b.L("row_count"), b.L("md5_hex")},
		})
	})
	clean("search", "search-api", func(b *builder) string {
		return fmt.Sprintf("GET /api/search?q=%s&sku=%s&gtin=%s&near=%s HTTP/1.1 %s took=%s",
			qesc(b.L("product_name")), b.L("sku"), b.L("ean13"), qesc(b.L("lat_long")), b.L("http_status"), b.L("duration_ms"))
	})
	clean("cdp", "cdp-collector", func(b *builder) string {
		return obj("type", "track", "event", "Product Viewed", "userId", b.L("ksuid"), "properties", raw(obj("sku", b.L("sku"), "brand", b.L("company_name"), "price", b.L("amount"), "experiment", b.L("experiment_id"), "trait", b.trap("trap_placeholder"))), "messageId", b.L("uuid_v4"))
	})
	clean("privacy", "privacy-ops", func(b *builder) string {
		return fmt.Sprintf("%s completed request %s in %s: systems=%s, masked sample %s, %s, next run %s",
			b.L("job_name"), b.L("dsr_id"), b.L("iso_duration"), b.L("row_count"), b.trap("trap_masked"), b.trap("trap_pii_key_flag"), b.L("date_iso"))
	})
	clean("notebook", "jupyterhub", func(b *builder) string {
		var rows [][]string
		for i := 0; i < 3; i++ {
			rows = append(rows, []string{b.L("sku"), b.L("product_name"), b.L("amount"), b.L("city_name")})
		}
		return grid([]string{"sku", "product", "price", "top_city"}, rows, false, 0)
	})
	clean("api_rpc", "graphql-gateway", func(b *builder) string {
		return fmt.Sprintf("query ProductPage { product(sku: %q) { gtin price(currency: %s) brand } } vars=%s trace=%s span=%s",
			b.L("sku"), b.L("currency_code"), obj("cursor", b.L("cursor"), "locale", b.L("locale_code")), b.L("trace_id"), b.L("span_id"))
	})
	clean("config", "ops-shell", func(b *builder) string {
		return fmt.Sprintf("llmGateway:\n  image: %s\n  digest: %s\n  %s\n  schedule: %q\n  region: %s\n  arn: %s",
			b.L("k8s_pod"), b.L("image_digest"), b.trap("trap_secret_name"), b.L("cron"), b.L("country_code"), b.L("arn"))
	})
	clean("errors", "sentry-relay", func(b *builder) string {
		return fmt.Sprintf("Traceback (most recent call last):\n  File \"/srv/%s\"\nTimeoutError: upstream %s after %s (request %s, release %s, commit %s)",
			b.L("stack_frame"), b.L("error_code"), b.L("duration_ms"), b.L("request_id"), b.L("semver"), b.L("git_sha"))
	})
	clean("recsys", "reco-feed", func(b *builder) string {
		return fmt.Sprintf("feed user=%s items=%s,%s features=%s,%s variant=%s score=%s ts=%s",
			b.L("ksuid"), b.L("sku"), b.L("tracking_ups"), b.L("feature_name"), b.L("salted_hash"), b.L("variant_id"), b.L("cosine_score"), b.L("epoch_ms_luhn"))
	})
	clean("etl", "kafka-connect", func(b *builder) string {
		return fmt.Sprintf("Committed offsets for %s: %s, snowflake=%s, uuid7=%s, dhl=%s, place=%s, base64=%s, %s",
			b.L("topic_name"), b.L("row_count"), b.L("snowflake_id"), b.L("uuid_v7"), b.L("tracking_dhl"), b.L("plus_code"), b.L("base64_data"), b.L("gtin_upc"))
	})
}
