package twentysecondeval

import (
	"fmt"
	"strings"
)

var tJobs = []*tmpl{
	{ctx: "jobs", name: "sidekiq_retry", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		args := "[" + jq(b.la("uuid")) + "," + jq(b.email(&p)) + "," + jq(b.name(p)) + "," + jobj("phone", b.phone(), "locale", b.L.code) + "]"
		return b.ev("sidekiq.class", "OrderConfirmationMailer", "sidekiq.jid", b.la("job_id"), "sidekiq.queue", b.la("queue"), "sidekiq.retry_count", raw(fmt.Sprint(b.rng(0, 24))),
			"sidekiq.args", raw(args), "error.message", "Net::SMTPAuthenticationError: 535 5.7.8 Authentication failed")
	}},
	{ctx: "jobs", name: "celery_task_repr", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("[%s: ERROR/ForkPoolWorker-%d] Task shop.tasks.send_invoice[%s] raised unexpected: SMTPRecipientsRefused({%s: (550, b'5.1.1 user unknown')})\nargs=(%s, %s) kwargs={'billing_address': %s, 'card_last_digits': %s}",
			b.la("iso_time"), b.rng(1, 16), b.la("uuid"), pyRepr(b.email(&p)), pyRepr(b.la("order_number")), pyRepr(b.name(p)), pyRepr(b.address()), pyRepr(b.trap("masked", "****"+b.str(digs, 4))))
	}},
	{ctx: "jobs", name: "bull_failed", form: "json_in_string", fn: func(b *B) string {
		p := b.person()
		data := jobj("to", b.phone(), "body", "Hi "+b.name(p)+", your code is "+b.secret("otp"), "template", "otp_sms")
		return b.ev("message", "job failed", "bull.queue", b.la("queue"), "bull.job.id", fmt.Sprint(b.rng(1, 900000)), "bull.job.data", data, "bull.attemptsMade", raw(fmt.Sprint(b.rng(1, 5))))
	}},
	{ctx: "jobs", name: "hangfire_args", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("Hangfire.Server.Worker: Error occurred during execution of 'RefundJob.Run' job (id #%d): System.TimeoutException\n  Arguments: [\"%s\", { Name = %s, Iban = %s, Amount = %s }]",
			b.rng(1, 9000000), b.la("uuid"), b.name(p), b.iban(), b.la("amount"))
	}},
	{ctx: "jobs", name: "kafka_consumer_record", form: "logfmt", fn: func(b *B) string {
		p := b.person()
		val := jobj("event", "CustomerUpdated", "customerId", b.la("ulid"), "email", b.email(&p), "phone", b.phone(), "fullName", b.name(p))
		return fmt.Sprintf("level=error msg=\"deserialize failed\" topic=customer-events partition=%d offset=%d key=%s value=%s err=%q",
			b.rng(0, 23), b.rng(1000, 99999999), b.la("uuid"), jq(val), "unknown field fullName")
	}},
	{ctx: "jobs", name: "cron_output", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("CRON[%d]: (shop) CMD (/opt/shop/bin/export-payouts --since %s)\nexport-payouts: skipped row %d: holder %s iban %s (%s)\nexport-payouts: %s", b.rng(1000, 90000), b.la("date"), b.rng(1, 4000),
			b.name(p), b.iban(), b.devMsg(), b.la("row_count"))
	}},
	{ctx: "jobs", name: "outbox_row", form: "sql", fn: func(b *B) string {
		p := b.person()
		payload := jobj("type", "ShipmentCreated", "recipient", b.name(p), "address", b.address(), "phone", b.phone(), "tracking", b.la("tracking"))
		return fmt.Sprintf("outbox relay: publish failed, row kept: INSERT INTO outbox_events (id, aggregate_id, type, payload, created_at) VALUES ('%s', '%s', 'ShipmentCreated', '%s', '%s');",
			b.la("uuid"), b.la("amazon_order"), payload, b.la("iso_time"))
	}},
	{ctx: "jobs", name: "jobs_clean", form: "logfmt", fn: func(b *B) string {
		return fmt.Sprintf("ts=%s level=info msg=\"job done\" queue=%s jid=%s cron=%q elapsed=%s rows=%d host=%s pod=%s",
			b.la("iso_time"), b.la("queue"), b.la("job_id"), b.la("cron"), b.la("duration"), b.rng(0, 90000), b.la("hostname"), b.la("pod_name"))
	}},
}

var tInfra = []*tmpl{
	{ctx: "infra", name: "env_dump", form: "config", fn: func(b *B) string {
		return fmt.Sprintf("# printenv (debug entrypoint)\nDATABASE_URL=postgres://shop:%s@%s:5432/shop?sslmode=require\nREDIS_URL=redis://:%s@%s:6379/0\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nSENDGRID_API_KEY=%s\nAPP_KEY=%s\nHOSTNAME=%s\nBUILD_SHA=%s",
			b.secret("db_password"), b.la("hostname"), b.secret("redis_auth"), b.la("hostname"), b.secret("aws_access_key"), b.secret("aws_secret"), b.secret("sendgrid"), b.secret("app_secret"), b.la("pod_name"), b.la("git_sha"))
	}},
	{ctx: "infra", name: "k8s_secret_printed", form: "config", fn: func(b *B) string {
		return fmt.Sprintf("apiVersion: v1\nkind: Secret\nmetadata:\n  name: checkout-secrets\n  namespace: %s\nstringData:\n  STRIPE_SECRET_KEY: %s\n  PAYPAL_CLIENT_SECRET: %s\n  SMTP_PASSWORD: %q\n  SESSION_SECRET: %s\n  secret_ref: %s\ntype: Opaque",
			b.la("namespace"), b.secret("stripe_secret"), b.secret("paypal_secret"), b.secret("smtp_password"), b.secret("k8s_secret"), b.trap("key", "vault/shop/prod/checkout"))
	}},
	{ctx: "infra", name: "helm_values_diff", form: "diff", fn: func(b *B) string {
		return fmt.Sprintf("helm diff upgrade shop ./chart -n %s\n  image:\n-   tag: %s\n+   tag: %s\n  env:\n-   MAILGUN_API_KEY: %s\n+   MAILGUN_API_KEY: %s\n    GITHUB_TOKEN: %s",
			b.la("namespace"), b.la("semver"), b.la("semver"), b.secret("mailgun_key"), b.secret("mailgun_key"), b.secret("github_token"))
	}},
	{ctx: "infra", name: "ci_set_x", form: "free_text", fn: func(b *B) string {
		return fmt.Sprintf("+ docker login -u shop-ci -p %s registry.gitlab.com\n+ npm config set //registry.npmjs.org/:_authToken %s\n+ curl -sf -H 'Authorization: token %s' https://api.github.com/repos/shop/web/deployments\nJob succeeded (%s, %s)",
			b.secret("gitlab_token"), b.secret("npm_token"), b.secret("github_token"), b.la("build_number"), b.la("git_sha"))
	}},
	{ctx: "infra", name: "terraform_plan", form: "config", fn: func(b *B) string {
		return fmt.Sprintf("  # azurerm_storage_account.media will be updated in-place\n  ~ resource \"azurerm_storage_account\" \"media\" {\n        id                  = \"/subscriptions/%s/resourceGroups/shop/providers/Microsoft.Storage/storageAccounts/shopmedia\"\n      ~ primary_connection_string = \"DefaultEndpointsProtocol=https;AccountName=shopmedia;AccountKey=%s;EndpointSuffix=core.windows.net\"\n      ~ digitalocean_token = \"%s\"\n    }",
			b.la("uuid"), b.secret("azure_account_key"), b.secret("do_token"))
	}},
	{ctx: "infra", name: "docker_inspect", form: "ndjson", fn: func(b *B) string {
		env := "[" + jq("SPRING_DATASOURCE_PASSWORD="+b.secret("db_password")) + "," + jq("TWILIO_AUTH_TOKEN="+b.secret("twilio_auth")) + "," + jq("JAVA_OPTS=-Xmx512m") + "]"
		return b.ev("container.id", b.la("container_id"), "container.image.hash.all", b.la("image_digest"), "docker.inspect.Config.Env", raw(env), "kubernetes.pod.name", b.la("pod_name"), "kubernetes.node.name", b.la("node_name"))
	}},
	{ctx: "infra", name: "k8s_event_clean", form: "ndjson", fn: func(b *B) string {
		return b.ev("kubernetes.event.reason", pick(b, sp("BackOff OOMKilled FailedScheduling Unhealthy Pulled")), "kubernetes.namespace", b.la("namespace"), "kubernetes.pod.name", b.la("pod_name"),
			"kubernetes.node.name", b.la("node_name"), "message", "Back-off restarting failed container "+b.la("service")+" ("+b.la("exit_code")+")", "container.image.hash.all", b.la("image_digest"))
	}},
	{ctx: "infra", name: "ssh_key_leak", form: "free_text", fn: func(b *B) string {
		return fmt.Sprintf("ansible: TASK [deploy : write key] changed: [%s] => (item=-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n%s\n-----END OPENSSH PRIVATE KEY-----) fingerprint %s",
			b.la("ipv4"), b.secret("ssh_key_line"), b.secret("ssh_key_line"), b.la("key_fingerprint"))
	}},
}

var tFrontend = []*tmpl{
	{ctx: "frontend", name: "rum_error", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		return b.ev("rum.type", "error", "rum.view.url", "https://shop.example/checkout?email="+pctEnc(b.email(&p))+"&step=payment", "rum.error.message", "Uncaught ValidationError: "+b.devMsg()+": "+b.phone(),
			"rum.session.id", b.la("uuid"), "user_agent.original", b.la("user_agent"))
	}},
	{ctx: "frontend", name: "console_error", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("console.error: [checkout] address autocomplete failed for \"%s\" (%s) – %s\n    at AddressForm.onBlur (%s)", b.address(), b.name(p), b.la("error_code"), b.la("file_line"))
	}},
	{ctx: "frontend", name: "session_replay_input", form: "json_in_string", fn: func(b *B) string {
		p := b.person()
		evs := "[" + jobj("type", "input", "target", "#card-number", "value", b.card()) + "," + jobj("type", "input", "target", "#cardholder", "value", b.name(p)) + "," +
			jobj("type", "input", "target", "#email", "value", b.email(&p)) + "]"
		return b.ev("message", "replay chunk uploaded", "replay.segment_id", raw(fmt.Sprint(b.rng(0, 400))), "replay.events", evs)
	}},
	{ctx: "frontend", name: "form_analytics", form: "url_query", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("GET /collect?v=2&tid=G-%s&en=form_abandon&ep.field=phone&ep.value=%s&ep.name=%s&ep.postal=%s&_et=%s HTTP/2.0",
			b.pat("AAAAAA9999"), pctEnc(b.phone()), pctEnc(b.name(p)), pctEnc(b.address()), b.la("duration"))
	}},
	{ctx: "frontend", name: "localstorage_dump", form: "json_twice", fn: func(b *B) string {
		p := b.person()
		inner := jobj("auth", raw(jobj("refresh_token", b.secret("refresh_token"), "token_type", b.trap("key", "Bearer"))), "lastShipping", raw(jobj("name", b.name(p), "street", b.address())))
		return b.ev("message", "support bundle", "browser.localStorage", jq(inner))
	}},
	{ctx: "frontend", name: "cookie_dump", form: "headers", fn: func(b *B) string {
		return fmt.Sprintf("document.cookie at error: _shop_session=%s; csrf_token=%s; _ga=GA1.1.%d.%s; consent=analytics%%3Dtrue; cart_id=%s",
			b.secret("session_id"), b.secret("csrf"), b.rng(100000000, 999999999), b.la("epoch_s"), b.la("uuid"))
	}},
	{ctx: "frontend", name: "client_validation", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("validation: \"%s\" is not a valid e-mail address; customer typed: %s %s", b.email(&p), b.localWords(b.rng(3, 7)), b.phone())
	}},
	{ctx: "frontend", name: "csp_report_clean", form: "ndjson", fn: func(b *B) string {
		return b.ev("csp-report.document-uri", "https://shop.example"+b.la("http_path"), "csp-report.violated-directive", "script-src-elem", "csp-report.blocked-uri", "https://cdn.tracker.example/t.js",
			"csp-report.line-number", raw(fmt.Sprint(b.rng(1, 400))), "user_agent.original", b.la("user_agent"), "experiment", b.la("experiment_id"))
	}},
}

var tMobile = []*tmpl{
	{ctx: "mobile", name: "logcat", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("%s %5d %5d D CheckoutViewModel: submit address=Address(recipient=%s, line1=%s, phone=%s, isDefault=true)\n%s %5d %5d E OkHttp: <-- %s %s (%s)",
			b.la("date"), b.rng(1000, 30000), b.rng(1000, 30000), b.name(p), b.address(), b.phone(), b.la("date"), b.rng(1000, 30000), b.rng(1000, 30000), b.la("http_status"), b.la("http_path"), b.la("duration"))
	}},
	{ctx: "mobile", name: "ios_crash", form: "stack_trace", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("Incident Identifier: %s\nException Type:  EXC_CRASH (SIGABRT)\nLast Exception Backtrace:\n0   CoreFoundation  %s __exceptionPreprocess + 164\n1   ShopApp         %s PaymentSheet.validate(card:) + 412\nApplication Specific Information:\n*** Terminating app: invalid card %s for %s",
			b.laf("uuid", strings.ToUpper), b.la("mem_addr"), b.la("mem_addr"), b.card(), b.name(p))
	}},
	{ctx: "mobile", name: "crashlytics_keys", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		return b.ev("crashlytics.custom_keys.user_email", b.email(&p), "crashlytics.custom_keys.last_phone", b.phone(), "crashlytics.custom_keys.build", b.la("build_number"),
			"crashlytics.issue_id", b.la("sentry_event"), "crashlytics.device", "Pixel 8", "app.version", b.la("semver"))
	}},
	{ctx: "mobile", name: "flutter_print", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("I/flutter (%d): ProfileState(name: %s, email: %s, phone: %s, idNumber: %s, loading: false)", b.rng(1000, 30000), b.name(p), b.email(&p), b.phone(), b.cnid())
	}},
	{ctx: "mobile", name: "os_log", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("%s ShopApp[%d:%x] [Auth] stored token %s for %s", b.la("date"), b.rng(100, 9000), b.rng(1000, 900000), b.secret("bearer"), b.email(&p))
	}},
	{ctx: "mobile", name: "rn_debug_clean", form: "free_text", fn: func(b *B) string {
		tp := b.trapPairs()
		return fmt.Sprintf("LOG  [RN] cart synced %s %s qty=%d price=%s %s", b.la("sku"), b.la("ean13"), b.rng(1, 9), b.la("amount"), joinKV(tp, " ", ": ", false))
	}},
}

var tAuth = []*tmpl{
	{ctx: "auth", name: "oidc_token_response", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		return b.ev("message", "token exchange debug", "oauth.client_id", b.la("client_id"), "oauth.client_secret", b.secret("oauth_client_secret"), "oauth.response", raw(jobj("access_token", b.secret("jwt"),
			"refresh_token", b.secret("refresh_token"), "token_type", b.trap("key", "Bearer"), "expires_in", raw("3600"))), "oauth.id_token.claims", raw(jobj("email", b.email(&p), "name", b.name(p), "kid", b.la("kid"))))
	}},
	{ctx: "auth", name: "login_audit", form: "logfmt", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("time=%s event=login_failed user=%s password=%q reason=bad_credentials ip=%s ua=%q attempt=%d",
			b.la("iso_time"), b.email(&p), b.secret("password"), b.la("ipv4"), b.la("user_agent"), b.rng(1, 9))
	}},
	{ctx: "auth", name: "mfa_enrol", form: "url_query", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("mfa enrol: otpauth://totp/Shop:%s?secret=%s&issuer=Shop&algorithm=SHA1&digits=6 recovery=[%s %s]",
			pctEnc(b.email(&p)), b.secret("totp_seed"), b.secret("recovery_code"), b.secret("recovery_code"))
	}},
	{ctx: "auth", name: "magic_link_mail", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("mail preview to=%s subject=\"Sign in to Shop\"\n%s,\n%s\nhttps://shop.example/auth/magic?token=%s&redirect=/orders\nor enter code %s", b.email(&p), b.name(p), b.localWords(4), b.secret("magic_link"), b.secret("otp"))
	}},
	{ctx: "auth", name: "basic_auth_header", form: "headers", fn: func(b *B) string {
		return fmt.Sprintf("upstream auth failed %s\nAuthorization: Basic %s\nX-Api-Key: %s\nX-Request-Id: %s\nCookie: sid=%s",
			b.la("http_status"), b.secret("basic"), b.secret("api_key"), b.la("request_id"), b.secret("session_id"))
	}},
	{ctx: "auth", name: "saml_assertion", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("SAML assertion accepted: <saml:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">%s</saml:NameID><saml:Attribute Name=\"displayName\"><saml:AttributeValue>%s</saml:AttributeValue></saml:Attribute> trace=%s", b.email(&p), b.name(p), b.la("uuid"))
	}},
	{ctx: "auth", name: "password_hash_clean", form: "ndjson", fn: func(b *B) string {
		return b.ev("user.id", b.la("uuid"), "user.password_hash", b.la(pick(b, sp("pw_hash_bcrypt pw_hash_argon2 pw_hash_pbkdf2"))), "auth.method", b.trap("key", "client_secret_post"),
			"password_min_length", raw("12"), "jwt.header.kid", b.la("kid"), "ssh.key.fingerprint", b.la("key_fingerprint"), "user.name", b.trap("role", pick(b, trapNames)))
	}},
}
