package twentysecondeval

import (
	"fmt"
	"strings"
)

// More templates: config files, printed objects of more languages, ORM events.
var tMore = []*tmpl{
	{ctx: "infra", name: "toml_ini_config", form: "config", fn: func(b *B) string {
		if b.p(0.5) {
			return fmt.Sprintf("config loaded from /etc/shop/shop.toml:\n[slack]\nbot_token = \"%s\"\n[shopify]\naccess_token = \"%s\"\napi_version = \"2026-10\"\n[paypal]\naccess_token = \"%s\"\nmode = \"live\"",
				b.secret("slack_token"), b.secret("shopify_token"), b.secret("paypal_token"))
		}
		return fmt.Sprintf("; /srv/shop/conf/payments.ini (dumped by --print-config)\n[stripe]\nrestricted_key=%s\nwebhook_secret=%s\n[smtp]\nhost=%s\nuser=%s\npassword=%s\nport=587",
			b.secret("stripe_restricted"), b.secret("stripe_webhook"), b.la("hostname"), b.trap("role", "postmaster"), b.secret("smtp_password"))
	}},
	{ctx: "database", name: "prisma_sequelize_query", form: "sql", fn: func(b *B) string {
		p := b.person()
		if b.p(0.5) {
			return fmt.Sprintf("prisma:query INSERT INTO \"public\".\"Customer\" (\"id\",\"email\",\"name\",\"phone\") VALUES ($1,$2,$3,$4) RETURNING \"id\" -- params: [\"%s\",\"%s\",\"%s\",\"%s\"] duration: %s",
				b.la("uuid"), b.email(&p), je(b.name(p)), b.phone(), b.la("query_duration"))
		}
		return fmt.Sprintf("Executing (default): UPDATE `customers` SET `phone`=?,`address`=?,`updatedAt`=? WHERE `id` = ?; %s",
			jq(fmt.Sprintf("[%s,%s,\"%s\",%d]", jq(b.phone()), jq(b.address()), b.la("iso_time"), b.rng(1, 999999))))
	}},
	{ctx: "database", name: "gorm_trace", form: "sql", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("%s /app/internal/store/customers.go:%d\n[%s] [rows:%d] INSERT INTO `customers` (`name`,`email`,`phone`,`id_number`,`created_at`) VALUES ('%s','%s','%s','%s','%s')",
			b.la("iso_time"), b.rng(20, 400), b.la("query_duration"), b.rng(0, 1), b.name(p), b.email(&p), b.phone(), b.cnid(), b.la("date"))
	}},
	{ctx: "exceptions", name: "elixir_rust_dotnet_objects", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		switch b.n(4) {
		case 0:
			return fmt.Sprintf("** (Ecto.ConstraintError) constraint error when attempting to insert struct: %%Shop.Accounts.User{id: nil, email: \"%s\", name: \"%s\", phone: \"%s\", inserted_at: nil}", b.email(&p), b.name(p), b.phone())
		case 1:
			return fmt.Sprintf("Error: Validation(Customer { name: \"%s\", email: \"%s\", card: Card { number: \"%s\", brand: Visa }, retries: %d })", b.name(p), b.email(&p), b.card(), b.rng(0, 5))
		case 2:
			return fmt.Sprintf("fail: Shop.Orders[0] CustomerDto {{ Name = %s, Email = %s, Phone = %s, Iban = %s }} rejected by validator", b.name(p), b.email(&p), b.phone(), b.iban())
		}
		return fmt.Sprintf("ERROR shop.sync: could not upsert Customer(name=%s, email=%s, phone=%s, address=%s)", pyRepr(b.name(p)), pyRepr(b.email(&p)), pyRepr(b.phone()), pyRepr(b.address()))
	}},
	{ctx: "auth", name: "real_name_verification", form: "ndjson", fn: func(b *B) string {
		req := jobj("id_card_no", b.cnid(), "real_name", b.trap("masked", pick(b, []string{"张*", "李**", "王*明", "陈*"})), "mobile", b.trap("masked", "138****"+b.str(digs, 4)), "biz_no", b.la("snowflake"))
		return b.ev("message", "real-name verification upstream timeout", "verify.request", raw(req), "verify.provider_code", b.la("error_code"), "verify.elapsed", b.la("duration"))
	}},
	{ctx: "auth", name: "session_store_dump", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("redis-cli GET sess:%s\n\"{\\\"user\\\":{\\\"id\\\":%d,\\\"email\\\":\\\"%s\\\",\\\"name\\\":\\\"%s\\\"},\\\"csrf\\\":\\\"%s\\\",\\\"mfa_pending_code\\\":\\\"%s\\\"}\"",
			b.secret("session_id"), b.rng(1, 999999), b.email(&p), je(b.name(p)), b.secret("csrf"), b.secret("otp"))
	}},
	{ctx: "api", name: "graphql_inline_literals", form: "graphql", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("graphql error %s: Field 'customerCreate' argument 'input' has invalid value\nmutation { customerCreate(input: {email: \"%s\", phone: \"%s\", firstName: \"%s\", lastName: \"%s\", acceptsMarketing: false}) { customer { id } } }",
			b.la("request_id"), b.email(&p), b.phone(), p.given, b.familyOnly(p))
	}},
	{ctx: "api", name: "grpc_metadata_pb", form: "protobuf_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("rpc error: code = InvalidArgument desc = bad shipment\nmetadata: x-shop-access-token=%s, grpc-timeout=5S, traceparent=%s\nshipment { recipient { name: %q phone: %q } address { line1: %q country_code: \"%s\" } parcel { tracking_number: %q weight_grams: %d } }",
			b.secret("shopify_token"), b.la("traceparent"), b.name(p), b.phone(), b.address(), b.la("country"), b.la("tracking"), b.rng(100, 30000))
	}},
	{ctx: "qa", name: "fixture_csv_no_header", form: "csv", fn: func(b *B) string {
		var rows []string
		for i := 0; i < b.rng(2, 3); i++ {
			p := b.person()
			rows = append(rows, strings.Join([]string{b.la("uuid"), b.name(p), b.email(&p), b.card(), b.la("amount")}, ","))
		}
		return "fixtures/payment_methods.csv differs from the database after seeding:\n" + strings.Join(rows, "\n")
	}},
	{ctx: "mobile", name: "android_bundle", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("%s %d %d W CheckoutActivity: restoring Bundle[{recipient=%s, phone=%s, address=%s, otp=%s, android:viewHierarchyState=Bundle[mParcelledData.dataSize=%d]}]",
			b.la("date"), b.rng(1000, 30000), b.rng(1000, 30000), b.name(p), b.phone(), b.address(), b.secret("otp"), b.rng(100, 9000))
	}},
	{ctx: "templates", name: "password_reset_mail", form: "http_dump", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("MailHog captured message %s\nTo: %s\nSubject: Reset your password\nContent-Type: text/html\n\n<p>%s, %s</p><a href=\"https://shop.example/password/reset/%s?email=%s\">reset</a>",
			b.la("uuid"), b.email(&p), b.name(p), b.localWords(4), b.secret("reset_token"), pctEnc(b.email(&p)))
	}},
	{ctx: "frontend", name: "headers_clean", form: "headers", fn: func(b *B) string {
		return fmt.Sprintf("request headers at error:\ntraceparent: %s\nx-request-id: %s\nuser-agent: %s\naccept-language: %s\nif-none-match: W/\"%s\"\nx-client-id: %s",
			b.la("traceparent"), b.la("request_id"), b.la("user_agent"), b.trap("role", "sv-SE,sv;q=0.9"), b.la("git_sha"), b.la("client_id"))
	}},
}
