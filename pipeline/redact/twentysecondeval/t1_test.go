package twentysecondeval

import (
	"fmt"
	"strings"
)

// ev builds an NDJSON event with the usual envelope and the given pairs.
func (b *B) ev(kv ...string) string {
	head := []string{"@timestamp", b.la("iso_time"), "log.level", pick(b, levels), "service.name", b.la("service")}
	if b.p(0.5) {
		head = append(head, "trace.id", b.la("trace_id"))
	}
	used := map[string]bool{}
	for i := b.rng(1, 3); i > 0; i-- {
		t := pick(b, lookTypes)
		if used[t] {
			continue
		}
		used[t] = true
		kv = append(kv, "labels."+t, b.la(t))
	}
	return jobj(append(head, kv...)...)
}

func (b *B) localWords(n int) string {
	w := b.L.words
	if len(w) == 0 {
		return ""
	}
	start := b.n(len(w))
	var out []string
	for i := 0; i < n && start+i < len(w); i++ {
		out = append(out, w[start+i])
	}
	s := strings.Join(out, " ")
	if b.p(0.2) {
		s = strings.Replace(s, " ", "  ", 1)
	}
	return s
}

func (b *B) devMsg() string { return pick(b, b.L.dev) }

var tExceptions = []*tmpl{
	{ctx: "exceptions", name: "java_caused_by", form: "stack_trace", fn: func(b *B) string {
		p := b.person()
		c := pick(b, javaClasses)
		return fmt.Sprintf("%s: could not execute statement; constraint [uk_customer_email]\n\t%s\n\t%s\nCaused by: %s: Duplicate entry for Customer{id=%s, name='%s', email=%s, phone='%s', createdAt=%s}\n\t%s\n\t... %d more",
			b.la("exception_class"), b.la("stack_frame_java"), b.la("stack_frame_java"), b.la("exception_class"), b.la("snowflake"),
			b.name(p), b.email(&p), b.phone(), b.la("iso_time"), "at com.shop.customer."+c+".save("+c+".java:88)", b.rng(3, 60))
	}},
	{ctx: "exceptions", name: "kotlin_data_class", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("%s: payout failed for PayoutRequest(sellerId=%s, holder=%s, iban=%s, amount=%s, currency=%s, requestId=%s)",
			b.la("exception_class"), b.la("uuid"), b.name(p), b.iban(), b.la("amount"), b.la("currency"), b.la("request_id"))
	}},
	{ctx: "exceptions", name: "python_traceback_locals", form: "stack_trace", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("Traceback (most recent call last):\n  %s\n    serializer.is_valid(raise_exception=True)\n  %s\nValueError: invalid address for customer\nLocals:\n    self = <CheckoutSerializer at %s>\n    data = {'full_name': %s, 'email': %s, 'shipping_address': %s, 'sku': %s, 'qty': %d}\n    order_id = %s",
			b.la("stack_frame_py"), b.la("stack_frame_py"), b.la("mem_addr"), pyRepr(b.name(p)), pyRepr(b.email(&p)), pyRepr(b.address()), pyRepr(b.la("sku")), b.rng(1, 9), pyRepr(b.la("amazon_order")))
	}},
	{ctx: "exceptions", name: "node_typeerror", form: "stack_trace", fn: func(b *B) string {
		p := b.person()
		obj := fmt.Sprintf("{ customerId: '%s', name: '%s', phone: '%s', card: { number: '%s', exp: '%02d/%d' }, total: %d }",
			b.la("ulid"), b.name(p), b.phone(), b.card(), b.rng(1, 12), b.rng(27, 31), b.rng(5, 900))
		return fmt.Sprintf("TypeError: Cannot read properties of undefined (reading 'postalCode')\n    %s\n    %s\n  payload: %s", b.la("stack_frame_js"), b.la("stack_frame_js"), obj)
	}},
	{ctx: "exceptions", name: "dotnet_exception_data", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		st := "System.InvalidOperationException: Sequence contains no elements\n   at Shop.Customers.CustomerService.Merge(Customer a, Customer b) in " + b.la("file_line") + "\n   at Shop.Api.Controllers.AccountController.Update()"
		return b.ev("message", "Unhandled exception updating account", "exception.type", "System.InvalidOperationException", "exception.stacktrace", st,
			"exception.data", raw(jobj("CustomerName", b.name(p), "Email", b.email(&p), "Phone", b.phone(), "CorrelationId", b.la("uuid"))))
	}},
	{ctx: "exceptions", name: "go_panic_struct", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n\tpanic: payout {Seller:%s Name:%s Phone:%s IBAN:%s Amount:%s}\n\n%s [running]:\nmain.(*Payouts).Send(%s)\n\t/src/payouts/send.go:%d +0x1c4",
			b.la("uuid"), b.name(p), b.phone(), b.iban(), b.la("amount"), b.la("goroutine"), b.la("mem_addr"), b.rng(20, 400))
	}},
	{ctx: "exceptions", name: "php_laravel", form: "stack_trace", fn: func(b *B) string {
		p := b.person()
		e := b.email(&p)
		return fmt.Sprintf("[%s] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '%s' for key 'users_email_unique' (SQL: insert into `users` (`name`, `email`, `password`, `updated_at`) values (%s, %s, %s, %s)) {\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000): at /var/www/vendor/laravel/framework/src/Illuminate/Database/Connection.php:%d)\"}\n#0 /var/www/app/Http/Controllers/Auth/RegisterController.php(%d): Illuminate\\Database\\Eloquent\\Model->save()",
			b.la("date"), e, b.name(p), e, b.secret("password"), b.la("date"), b.rng(500, 900), b.rng(30, 200))
	}},
	{ctx: "exceptions", name: "ruby_inspect", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("ActiveRecord::RecordInvalid (Validation failed: Phone is invalid): #<Customer id: %d, email: \"%s\", name: \"%s\", phone: \"%s\", password_digest: \"%s\", created_at: \"%s\">",
			b.rng(100, 99999), b.email(&p), b.name(p), b.phone(), b.la("pw_hash_bcrypt"), b.la("date"))
	}},
	{ctx: "exceptions", name: "symfony_var_dump", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		e := b.emailText(&p)
		ev := b.add(emailVal(e))
		pw := b.secretText("password")
		pv := b.add(credVal("password", pw))
		return fmt.Sprintf("Symfony\\Component\\Validator\\Exception\\ValidatorException: %s\narray(3) {\n  [\"email\"]=>\n  string(%d) \"%s\"\n  [\"plainPassword\"]=>\n  string(%d) \"%s\"\n  [\"locale\"]=>\n  string(5) \"%s\"\n}",
			b.devMsg(), len(e), ev, len(pw), pv, b.L.code)
	}},
	{ctx: "exceptions", name: "rust_debug_clean", form: "printed_object", fn: func(b *B) string {
		tp := b.trapPairs()
		return fmt.Sprintf("thread 'tokio-runtime-worker' panicked at src/sync.rs:%d:%d:\ncalled `Result::unwrap()` on an `Err` value: SyncError { order: %q, sku: %q, ean: %q, kind: Timeout, elapsed: %q, %s }",
			b.rng(10, 500), b.rng(1, 80), b.la("order_number"), b.la("sku"), b.la("ean13"), b.la("duration"), joinKV(tp, ", ", ": ", true))
	}},
}

var tDatabase = []*tmpl{
	{ctx: "database", name: "hibernate_binding", form: "sql", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("Hibernate: insert into customer (created_at, email, full_name, password, phone, id) values (?, ?, ?, ?, ?, ?)\nbinding parameter [1] as [TIMESTAMP] - [%s]\nbinding parameter [2] as [VARCHAR] - [%s]\nbinding parameter [3] as [VARCHAR] - [%s]\nbinding parameter [4] as [VARCHAR] - [%s]\nbinding parameter [5] as [VARCHAR] - [%s]\nbinding parameter [6] as [BIGINT] - [%s]",
			b.la("iso_time"), b.email(&p), b.name(p), b.secret("password"), b.phone(), b.la("snowflake"))
	}},
	{ctx: "database", name: "activerecord_insert", form: "sql", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("  Address Create (%s)  INSERT INTO \"addresses\" (\"customer_id\", \"recipient\", \"line1\", \"phone\", \"kind\", \"created_at\") VALUES ($1, $2, $3, $4, $5, $6) RETURNING \"id\"  [[\"customer_id\", %d], [\"recipient\", %s], [\"line1\", %s], [\"phone\", %s], [\"kind\", \"%s\"], [\"created_at\", \"%s\"]]",
			b.la("query_duration"), b.rng(1, 999999), jq(b.name(p)), jq(b.address()), jq(b.phone()), b.trap("role", "shipping"), b.la("iso_time"))
	}},
	{ctx: "database", name: "sqlalchemy_echo", form: "sql", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("INFO sqlalchemy.engine.Engine INSERT INTO payout_accounts (seller_id, holder_name, iban, verified_id) VALUES (%%(seller_id)s, %%(holder_name)s, %%(iban)s, %%(verified_id)s)\nINFO sqlalchemy.engine.Engine [generated in %ss] {'seller_id': %s, 'holder_name': %s, 'iban': %s, 'verified_id': %s}",
			b.la("query_duration"), pyRepr(b.la("uuid")), pyRepr(b.name(p)), pyRepr(b.iban()), pyRepr(b.cnid()))
	}},
	{ctx: "database", name: "pg_duplicate_key", form: "free_text", fn: func(b *B) string {
		p := b.person()
		e := b.email(&p)
		return fmt.Sprintf("%s [%d] ERROR:  duplicate key value violates unique constraint \"customers_email_key\"\n%s [%d] DETAIL:  Key (email)=(%s) already exists.\n%s [%d] STATEMENT:  INSERT INTO customers (email, name, phone) VALUES ('%s', '%s', '%s')",
			b.la("iso_time"), b.rng(100, 99999), b.la("iso_time"), b.rng(100, 99999), e, b.la("iso_time"), b.rng(100, 99999), e, b.name(p), b.phone())
	}},
	{ctx: "database", name: "pg_log_statement_params", form: "sql", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("LOG:  execute <unnamed>: UPDATE real_name_verifications SET full_name = $1, id_number = $2, status = $3 WHERE user_id = $4\nDETAIL:  parameters: $1 = '%s', $2 = '%s', $3 = 'pending', $4 = '%s'",
			b.name(p), b.cnid(), b.la("uuid"))
	}},
	{ctx: "database", name: "mysql_general_log", form: "sql", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("%s\t%d Query\tINSERT INTO `payment_methods` (`customer_id`,`holder`,`pan`,`brand`,`created_at`) VALUES (%d,'%s','%s','%s','%s')",
			b.la("iso_time"), b.rng(10, 9000), b.rng(1, 999999), b.name(p), b.cardRaw(), b.trap("role", pick(b, sp("visa mastercard amex"))), b.la("date"))
	}},
	{ctx: "database", name: "mongo_profiler", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		cmd := jobj("find", "customers", "filter", raw(jobj("$or", raw("["+jobj("email", b.email(&p))+","+jobj("phone", b.phone())+"]"))), "limit", raw("1"))
		return b.ev("mongodb.profile.op", "query", "mongodb.profile.ns", "shop.customers", "mongodb.profile.millis", raw(fmt.Sprint(b.rng(100, 3000))), "mongodb.profile.command", cmd, "mongodb.profile.planSummary", "COLLSCAN")
	}},
	{ctx: "database", name: "redis_monitor", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("%d.%06d [0 %s:%d] \"AUTH\" \"%s\"\n%d.%06d [0 %s:%d] \"HSET\" \"cart:%s\" \"email\" \"%s\" \"cart\" \"%s\"",
			b.rng(1700000000, 1799999999), b.n(1000000), b.la("ipv4"), b.rng(30000, 60000), b.secret("redis_auth"),
			b.rng(1700000000, 1799999999), b.n(1000000), b.la("ipv4"), b.rng(30000, 60000), b.la("uuid"), b.email(&p), b.la("sku"))
	}},
	{ctx: "database", name: "gorm_csv_export_error", form: "csv", fn: func(b *B) string {
		var rows []string
		rows = append(rows, "id,name,email,phone,city,created_at")
		for i := 0; i < b.rng(1, 3); i++ {
			p := b.person()
			rows = append(rows, fmt.Sprintf("%s,%s,%s,%s,%s,%s", b.la("ulid"), b.name(p), b.email(&p), b.phone(), b.la("city"), b.la("date")))
		}
		return "gorm: export failed after row 3, dump follows\n" + strings.Join(rows, "\n")
	}},
	{ctx: "database", name: "slow_query_clean", form: "free_text", fn: func(b *B) string {
		return fmt.Sprintf("# Query_time: %d.%06d  Lock_time: 0.000%d Rows_sent: %d  Rows_examined: %d\nSELECT o.id, o.total FROM orders o JOIN %s l ON l.order_id = o.id WHERE o.external_id = '%s' AND o.created_at > FROM_UNIXTIME(%s); -- %s",
			b.rng(1, 40), b.n(1000000), b.n(999), b.rng(0, 100), b.rng(1000, 9000000), b.la("sql_table"), b.la("amazon_order"), b.la("epoch_s"), b.la("pool_stats"))
	}},
}

var tErrorTracking = []*tmpl{
	{ctx: "errortracking", name: "sentry_event", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		user := jobj("id", b.la("uuid"), "email", b.email(&p), "username", b.trap("role", "guest-checkout"), "ip_address", b.la("ipv4"))
		req := jobj("url", "https://shop.example/checkout/confirm", "method", "POST", "data", raw(jobj("name", b.name(p), "phone", b.phone(), "address", b.address())))
		return b.ev("sentry.event_id", b.la("sentry_event"), "sentry.level", "error", "sentry.user", raw(user), "sentry.request", raw(req),
			"sentry.tags", raw(jobj("release", b.la("semver"), "flag", b.la("flag_key"))), "sentry.fingerprint", raw("[\"{{ default }}\","+jq(b.la("exception_class"))+"]"))
	}},
	{ctx: "errortracking", name: "sentry_breadcrumbs_string", form: "json_in_string", fn: func(b *B) string {
		p := b.person()
		crumbs := "[" + jobj("category", "ui.input", "message", "input[name=card-number] "+b.card()) + "," +
			jobj("category", "console", "message", "verify otp "+b.secret("otp")+" for "+b.email(&p)) + "," +
			jobj("category", "navigation", "data", raw(jobj("from", "/cart", "to", b.la("http_path")))) + "]"
		return b.ev("message", "sentry envelope dropped (rate limited)", "sentry.breadcrumbs", crumbs, "event.id", b.la("sentry_event"))
	}},
	{ctx: "errortracking", name: "bugsnag_metadata", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		return b.ev("bugsnag.errorClass", b.la("exception_class"), "bugsnag.context", b.la("http_path"), "bugsnag.user.name", b.name(p),
			"bugsnag.user.email", b.email(&p), "bugsnag.metaData.checkout", raw(jobj("billing_address", b.address(), "iban", b.iban(), "sku", b.la("sku"))),
			"bugsnag.app.version", b.la("semver"))
	}},
	{ctx: "errortracking", name: "rollbar_twice_escaped", form: "json_twice", fn: func(b *B) string {
		p := b.person()
		inner := jobj("person", raw(jobj("id", b.la("ksuid"), "username", b.name(p), "email", b.email(&p))), "custom", raw(jobj("stripe_key", b.secret("stripe_secret"), "order", b.la("shopify_order"))))
		return b.ev("message", "rollbar payload rejected", "rollbar.payload", jq(inner))
	}},
	{ctx: "errortracking", name: "honeybadger_context_text", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("Honeybadger notice %s: NoMethodError undefined method `strip' for nil context: customer_name=%s customer_phone=%s return_address=\"%s\" fingerprint=%s",
			b.la("uuid"), b.name(p), b.phone(), b.address(), b.la("hmac_signature"))
	}},
	{ctx: "errortracking", name: "sentry_clean", form: "ndjson", fn: func(b *B) string {
		tp := b.trapPairs()
		kv := []string{"sentry.event_id", b.la("sentry_event"), "sentry.release", b.la("semver"), "sentry.culprit", b.la("stack_frame_java"), "sentry.contexts.os", "Android 14", "sentry.user.id", b.la("uuid")}
		for _, p := range tp {
			kv = append(kv, "sentry.extra."+p[0], p[1])
		}
		return b.ev(kv...)
	}},
}

var tFramework = []*tmpl{
	{ctx: "framework", name: "rails_parameters", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("Started POST \"/checkout\" for %s at %s\nProcessing by CheckoutController#create as HTML\n  Parameters: {\"authenticity_token\"=>\"%s\", \"order\"=>{\"name\"=>\"%s\", \"email\"=>\"%s\", \"phone\"=>\"%s\", \"address\"=>\"%s\", \"card_number\"=>\"%s\"}, \"commit\"=>\"Place order\"}",
			b.la("ipv4"), b.la("iso_time"), b.secret("csrf"), b.name(p), b.email(&p), b.phone(), b.address(), b.card())
	}},
	{ctx: "framework", name: "django_debug_post", form: "form_body", fn: func(b *B) string {
		p := b.person()
		body := "csrfmiddlewaretoken=" + pctEnc(b.secret("csrf")) + "&full_name=" + pctEnc(b.name(p)) + "&email=" + pctEnc(b.email(&p)) + "&phone=" + pctEnc(b.phone()) + "&street=" + pctEnc(b.address()) + "&password1=" + pctEnc(b.secret("password"))
		return fmt.Sprintf("[django.request] Bad Request: /accounts/signup/ (%s)\nPOST body: %s", b.la("http_status"), body)
	}},
	{ctx: "framework", name: "spring_actuator_env", form: "ndjson", fn: func(b *B) string {
		props := jobj("spring.datasource.url", "jdbc:postgresql://"+b.la("hostname")+":5432/shop", "spring.datasource.username", b.trap("role", "postgres"),
			"spring.datasource.password", b.secret("db_password"), "spring.mail.password", b.secret("smtp_password"), "stripe.api-key", b.secret("stripe_secret"),
			"server.port", "8080", "info.build.version", b.la("semver"))
		return b.ev("http.request.path", "/actuator/env", "http.response.status_code", raw("200"), "actuator.propertySources", raw("["+jobj("name", "applicationConfig", "properties", raw(props))+"]"))
	}},
	{ctx: "framework", name: "spring_httptrace", form: "http_dump", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("httptrace %s\nPOST /api/customers HTTP/1.1\nHost: shop.internal\nAuthorization: Bearer %s\nContent-Type: application/json\nX-Request-Id: %s\n\n{\"fullName\":\"%s\",\"email\":\"%s\",\"mobile\":\"%s\"}\n\nHTTP/1.1 %s\nDate: %s",
			b.la("uuid"), b.secret("jwt"), b.la("request_id"), je(b.name(p)), b.email(&p), b.phone(), b.la("http_status"), b.la("date"))
	}},
	{ctx: "framework", name: "serilog_destructured", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		return b.ev("messageTemplate", "Created {@Customer} in {Elapsed} ms", "message", "Created Customer in 12 ms",
			"fields.Customer", raw(jobj("_typeTag", "Customer", "Name", b.name(p), "Email", b.email(&p), "Phone", b.phone(), "Address", raw(jobj("Line1", b.address(), "Country", b.la("country"))))),
			"fields.Elapsed", raw(fmt.Sprint(b.rng(1, 900))), "fields.RequestId", b.la("request_id"))
	}},
	{ctx: "framework", name: "morgan_access", form: "url_query", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("%s - - [%s] \"GET /account/reset?email=%s&token=%s&utm_source=mail HTTP/1.1\" %s %d \"-\" \"%s\"",
			b.la("ipv4"), b.la("date"), pctEnc(b.email(&p)), b.secret("reset_token"), b.la("http_status"), b.rng(100, 90000), b.la("user_agent"))
	}},
	{ctx: "framework", name: "phoenix_params", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("[info] POST /api/addresses\n[debug] Processing with ShopWeb.AddressController.create/2\n  Parameters: %%{\"address\" => %%{\"name\" => \"%s\", \"line1\" => \"%s\", \"phone\" => \"%s\"}, \"customer_id\" => \"%s\"}\n  Pipelines: [:api, :auth]",
			b.name(p), b.address(), b.phone(), b.la("uuid"))
	}},
	{ctx: "framework", name: "nextjs_server_log", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf(" ⨯ Error: %s: %s %s\n    at async submitOrder (./app/checkout/actions.ts:%d:%d) {\n  digest: '%s'\n}", b.devMsg(), b.name(p), b.phone(), b.rng(10, 200), b.rng(1, 40), b.la("snowflake"))
	}},
	{ctx: "framework", name: "laravel_request_clean", form: "logfmt", fn: func(b *B) string {
		tp := b.trapPairs()
		return fmt.Sprintf("level=info msg=\"request handled\" method=POST path=%s status=%s duration=%s request_id=%s %s memory=%dMB",
			b.la("http_path"), b.la("http_status"), b.la("duration"), b.la("request_id"), joinKV(tp, " ", "=", true), b.rng(20, 512))
	}},
}

var tAPI = []*tmpl{
	{ctx: "api", name: "graphql_variables", form: "graphql", fn: func(b *B) string {
		p := b.person()
		q := "mutation UpdateAddress($input: AddressInput!) { customerAddressUpdate(input: $input) { userErrors { field message } } }"
		vars := jobj("input", raw(jobj("id", b.la("shopify_order"), "firstName", p.given, "lastName", b.familyOnly(p), "address1", b.address(), "phone", b.phone())))
		return b.ev("graphql.operation.name", "UpdateAddress", "graphql.document", q, "graphql.variables", raw(vars), "http.response.status_code", raw(b.la("http_status")))
	}},
	{ctx: "api", name: "grpc_protobuf_text", form: "protobuf_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("grpc: received message larger than max (%d vs. 4194304) method=/shop.payments.v1.Payouts/Create\nrequest {\n  seller_id: %q\n  holder { full_name: %q national_id: %q }\n  bank_account { iban: %q }\n  amount { currency_code: %q units: %d }\n}\nmetadata: authorization=Bearer %s",
			b.rng(4194305, 9000000), b.la("uuid"), b.name(p), b.cnid(), b.iban(), b.la("currency"), b.rng(1, 90000), b.secret("access_token"))
	}},
	{ctx: "api", name: "openapi_validation", form: "json_in_string", fn: func(b *B) string {
		p := b.person()
		errs := "[" + jobj("instancePath", "/customer/phone", "message", "must match pattern \"^\\\\+[1-9]\\\\d{6,14}$\"", "data", b.phone()) + "," +
			jobj("instancePath", "/customer/email", "message", "must match format \"email\"", "data", b.email(&p)) + "]"
		return b.ev("message", "request validation failed", "error.details", errs, "http.request.id", b.la("request_id"))
	}},
	{ctx: "api", name: "webhook_delivery", form: "http_dump", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("webhook delivery %s attempt %d failed: %s\nPOST /hooks/orders HTTP/1.1\nX-Shop-Hmac-Sha256: %s\nX-Shop-Webhook-Secret: %s\nIdempotency-Key: %s\n\n{\"order_id\":\"%s\",\"customer\":{\"name\":\"%s\",\"email\":\"%s\"},\"shipping_address\":\"%s\"}",
			b.la("uuid"), b.rng(1, 8), b.la("error_code"), b.la("hmac_signature"), b.secret("stripe_webhook"), b.la("idempotency_key"), b.la("amazon_order"), je(b.name(p)), b.email(&p), je(b.address()))
	}},
	{ctx: "api", name: "api_key_query", form: "url_query", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("GET https://maps.vendor.example/geocode/json?address=%s&key=%s&region=%s -> %s in %s",
			pctEnc(b.address()), b.secret("gcp_api_key"), b.la("country"), b.la("http_status"), b.la("duration")) + fmt.Sprintf(" (for %s)", b.name(p))
	}},
	{ctx: "api", name: "api_clean", form: "ndjson", fn: func(b *B) string {
		tp := b.trapPairs()
		kv := []string{"http.request.method", "POST", "url.path", b.la("http_path"), "http.response.status_code", raw(b.la("http_status")), "event.duration", raw(fmt.Sprint(b.rng(1000, 9000000))),
			"http.request.headers.traceparent", b.la("traceparent"), "http.request.headers.idempotency-key", b.la("idempotency_key"), "order.id", b.la("tiktok_order")}
		for _, p := range tp {
			kv = append(kv, "request.body."+p[0], p[1])
		}
		return b.ev(kv...)
	}},
}
