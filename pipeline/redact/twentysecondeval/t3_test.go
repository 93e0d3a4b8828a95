package twentysecondeval

import (
	"fmt"
	"strings"
)

var tSearch = []*tmpl{
	{ctx: "search", name: "es_slowlog", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		src := jobj("query", raw(jobj("bool", raw(jobj("should", raw("["+jobj("match", raw(jobj("customer.email", b.email(&p))))+","+jobj("match_phrase", raw(jobj("customer.name", b.name(p))))+"]"))))), "size", raw("20"))
		return b.ev("elasticsearch.slowlog.took", b.la("duration"), "elasticsearch.index.name", "orders-2026.11", "elasticsearch.slowlog.source", src, "elasticsearch.slowlog.id", b.la("uuid"))
	}},
	{ctx: "search", name: "admin_search_query", form: "url_query", fn: func(b *B) string {
		return fmt.Sprintf("%s \"GET /admin/customers/search?q=%s&page=%d HTTP/1.1\" %s %s", b.la("ipv4"), pctEnc(b.phone()), b.rng(1, 9), b.la("http_status"), b.la("duration"))
	}},
	{ctx: "search", name: "algolia_query_log", form: "json_in_string", fn: func(b *B) string {
		p := b.person()
		q := jobj("query", b.name(p), "filters", "type:customer", "hitsPerPage", raw("10"), "nbHits", raw(fmt.Sprint(b.rng(0, 9))))
		return b.ev("message", "algolia query", "algolia.request.body", q, "algolia.index", "prod_customers", "algolia.processingTimeMS", raw(fmt.Sprint(b.rng(1, 90))))
	}},
	{ctx: "search", name: "did_you_mean", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("search: no hits for \"%s\" (did you mean \"%s\"?) ; support agent looked up %s", b.localWords(3), b.la("product"), b.email(&p))
	}},
	{ctx: "search", name: "meili_task_address", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		return b.ev("meilisearch.task.type", "documentAdditionOrUpdate", "meilisearch.task.uid", raw(fmt.Sprint(b.rng(1, 900000))), "meilisearch.error.message",
			"Document `"+b.la("uuid")+"` has an invalid `_geo` field: "+b.address()+" / "+b.name(p), "meilisearch.index", "pickup_points")
	}},
	{ctx: "search", name: "autocomplete_clean", form: "logfmt", fn: func(b *B) string {
		return fmt.Sprintf("msg=autocomplete prefix=%q suggestions=%d top=%q brand=%q city=%q took=%s", b.laf("product", func(s string) string { return strings.ToLower(s[:4]) }), b.rng(0, 10), b.la("product"), b.la("brand"), b.la("city"), b.la("duration"))
	}},
}

var tAnalytics = []*tmpl{
	{ctx: "analytics", name: "segment_identify", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		return b.ev("segment.type", "identify", "segment.userId", b.la("ksuid"), "segment.traits", raw(jobj("name", b.name(p), "email", b.email(&p), "phone", b.phone(), "address", raw(jobj("street", b.address(), "country", b.la("country"))))),
			"segment.messageId", b.la("uuid"))
	}},
	{ctx: "analytics", name: "mixpanel_track", form: "form_body", fn: func(b *B) string {
		p := b.person()
		data := jobj("event", "Checkout Started", "properties", raw(jobj("distinct_id", b.email(&p), "$name", b.name(p), "cart_value", b.la("amount"), "token", b.secret("api_key"))))
		return "POST /track HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ndata=" + pctEnc(data) + "&ip=1&verbose=1"
	}},
	{ctx: "analytics", name: "ga4_mp", form: "url_query", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("https://www.google-analytics.com/mp/collect?measurement_id=G-%s&api_secret=%s -> 204; body user_properties.email=%s",
			b.pat("AAAAAA9999"), b.secret("api_key"), b.email(&p))
	}},
	{ctx: "analytics", name: "flag_context", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		ctx := jobj("kind", "user", "key", b.la("uuid"), "name", b.name(p), "email", b.email(&p), "custom", raw(jobj("phone_country", b.trap("key", "MX"+"-"+b.la("country")), "tier", "gold")))
		return b.ev("flag.key", b.la("flag_key"), "flag.variation", b.la("variation"), "flag.context", raw(ctx), "experiment.id", b.la("experiment_id"))
	}},
	{ctx: "analytics", name: "amplitude_clean", form: "ndjson", fn: func(b *B) string {
		return b.ev("amplitude.event_type", "product_viewed", "amplitude.user_id", b.la("ulid"), "amplitude.event_properties", raw(jobj("sku", b.la("sku"), "gtin", b.la("ean13"), "price", b.la("amount"), "brand", b.la("brand"), "percent_off", b.la("percent"))),
			"amplitude.location", b.la("latlong"), "amplitude.insert_id", b.la("uuid"))
	}},
}

var tQA = []*tmpl{
	{ctx: "qa", name: "junit_failure", form: "assertion", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("<testcase classname=\"%s\" name=\"updatesShippingAddress\" time=\"%d.%03d\"><failure message=\"expected: &lt;%s&gt; but was: &lt;%s&gt;\" type=\"org.opentest4j.AssertionFailedError\"/></testcase>",
			b.la("class_name"), b.rng(0, 9), b.n(1000), b.address(), b.address()) + " <!-- fixture owner " + b.name(p) + " -->"
	}},
	{ctx: "qa", name: "pytest_diff", form: "assertion", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("E       AssertionError: assert {'email': %s, 'phone': %s} == {'email': %s, 'phone': %s}\nE         Differing items:\nE         {'phone': %s} != {'phone': %s}\ntests/test_customers.py:%d: AssertionError",
			pyRepr(b.email(&p)), pyRepr(b.phone()), pyRepr(b.email(&p)), pyRepr(b.phone()), pyRepr(b.phone()), pyRepr(b.phone()), b.rng(10, 400))
	}},
	{ctx: "qa", name: "jest_snapshot", form: "diff", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("  ● OrderConfirmation › renders recipient\n\n    expect(received).toMatchSnapshot()\n\n    - Snapshot  - 1\n    + Received  + 1\n\n      <p class=\"recipient\">\n    -   %s\n    +   %s\n      </p>\n      <p>%s</p>", b.name(p), b.name(b.person()), b.address())
	}},
	{ctx: "qa", name: "rspec_fixture", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("Failure/Error: expect(payout).to be_valid\n  expected #<Payout id: nil, holder: \"%s\", iban: \"%s\", card: \"%s\", amount_cents: %d> to be valid, but got errors: Iban is invalid\n# ./spec/models/payout_spec.rb:%d",
			b.name(p), b.iban(), b.card(), b.rng(100, 900000), b.rng(5, 300))
	}},
	{ctx: "qa", name: "load_test_log", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("k6: WARN[%04d] request failed url=https://staging.shop.example/api/login status=%s vu=%d user=%s pass=%s", b.rng(1, 3600), b.la("http_status"), b.rng(1, 500), b.email(&p), b.secret("password"))
	}},
	{ctx: "qa", name: "qa_card_fixture", form: "assertion", fn: func(b *B) string {
		return fmt.Sprintf("expected card %s to be declined with code card_declined, got %s (%s); cn id %s rejected as expected", b.card(), b.la("http_status"), b.la("request_id"), b.cnid())
	}},
	{ctx: "qa", name: "qa_clean", form: "assertion", fn: func(b *B) string {
		return fmt.Sprintf("FAIL src/pricing.test.ts > converts %s\n  AssertionError: expected '%s' to equal '%s'\n  ❯ %s\n  %s", b.la("currency"), b.la("amount"), b.la("amount"), b.la("file_line"), b.la("build_number"))
	}},
}

var tAudit = []*tmpl{
	{ctx: "audit", name: "changed_from_to", form: "free_text", fn: func(b *B) string {
		p := b.person()
		switch b.n(3) {
		case 0:
			return fmt.Sprintf("admin %s changed email of customer %s from %s to %s", b.trap("role", pick(b, trapNames)), b.la("uuid"), b.email(&p), b.email(&p))
		case 1:
			return fmt.Sprintf("admin %s changed phone of customer %s from %s to %s", b.trap("role", pick(b, trapNames)), b.la("uuid"), b.phone(), b.phone())
		}
		return fmt.Sprintf("%s: %s (%s)", b.devMsg(), b.name(p), b.la("uuid"))
	}},
	{ctx: "audit", name: "json_patch", form: "diff", fn: func(b *B) string {
		p := b.person()
		ops := "[" + jobj("op", "replace", "path", "/shipping/address", "value", b.address()) + "," + jobj("op", "replace", "path", "/payout/iban", "value", b.iban()) + "," + jobj("op", "add", "path", "/contacts/-", "value", b.name(p)) + "]"
		return b.ev("audit.action", "customer.patch", "audit.actor", b.trap("role", "Admin"), "audit.patch", raw(ops), "audit.target", b.la("uuid"))
	}},
	{ctx: "audit", name: "before_after", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		return b.ev("audit.entity", "Customer", "audit.before", raw(jobj("phone", b.phone(), "email", b.email(&p))), "audit.after", raw(jobj("phone", b.phone(), "email", b.email(&p))), "audit.actor.id", b.la("uuid"))
	}},
	{ctx: "audit", name: "impersonation", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("IMPERSONATION support agent %s started session as %s <%s> (ticket %s, reason: %s)", b.la("uuid"), b.name(p), b.email(&p), b.la("order_number"), b.localWords(4))
	}},
	{ctx: "audit", name: "csv_import_errors", form: "csv", fn: func(b *B) string {
		var rows []string
		for i := 0; i < b.rng(2, 3); i++ {
			p := b.person()
			rows = append(rows, fmt.Sprintf("%d;%s;%s;%s;%s", b.rng(2, 9000), b.name(p), b.phone(), b.address(), "invalid postcode"))
		}
		return "import customers.csv: 3 rows rejected\n" + strings.Join(rows, "\n")
	}},
	{ctx: "audit", name: "unified_diff", form: "diff", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("--- a/customers/%s.yml\n+++ b/customers/%s.yml\n@@ -3,4 +3,4 @@\n name: %s\n-phone: %s\n+phone: %s\n-card: %s\n+card: %s", b.laf("uuid", func(s string) string { return s[:8] }), b.laf("uuid", func(s string) string { return s[:8] }), b.name(p), b.phone(), b.phone(), b.card(), b.trap("masked", "****"+b.str(digs, 4)))
	}},
	{ctx: "audit", name: "audit_clean", form: "ndjson", fn: func(b *B) string {
		tp := b.trapPairs()
		kv := []string{"audit.action", "settings.update", "audit.actor", b.trap("role", pick(b, trapNames)), "audit.changes.password_min_length", "12", "audit.changes.session_ttl", b.la("duration")}
		for _, x := range tp {
			kv = append(kv, "audit.changes."+x[0], x[1])
		}
		return b.ev(kv...)
	}},
}

var tTemplates = []*tmpl{
	{ctx: "templates", name: "liquid_render_error", form: "json_in_string", fn: func(b *B) string {
		p := b.person()
		ctx := jobj("customer", raw(jobj("first_name", p.given, "name", b.name(p), "email", b.email(&p))), "shipping_address", raw(jobj("address1", b.address())), "order", raw(jobj("name", b.la("order_number"))))
		return b.ev("message", "Liquid error: undefined filter 'money_with_currency' in templates/order_confirmation.liquid line "+fmt.Sprint(b.rng(3, 80)), "template.context", ctx, "template.placeholder", b.trap("template", "{{ customer.email }}"))
	}},
	{ctx: "templates", name: "sms_rendered", form: "free_text", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("sms render to=%s text=\"%s, %s %s\" template=\"${name}, your order {{order}} shipped\" chars=%d", b.phone(), b.name(p), b.localWords(3), b.la("tracking"), b.rng(40, 160))
	}},
	{ctx: "templates", name: "email_rendered", form: "http_dump", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("SMTP DATA (debug)\nFrom: Shop <no-reply@shop.example>\nTo: %s <%s>\nSubject: Your order %s\nAUTH PLAIN password=%s\n\n%s,\n%s %s\n%s", b.name(p), b.email(&p), b.la("amazon_order"), b.secret("smtp_password"), p.given, b.localWords(5), b.la("amount"), b.address())
	}},
	{ctx: "templates", name: "push_payload", form: "ndjson", fn: func(b *B) string {
		p := b.person()
		return b.ev("push.token", b.str(hexl, 64), "push.payload", raw(jobj("aps", raw(jobj("alert", raw(jobj("title", "Delivery today", "body", b.name(p)+", courier will call "+b.phone())))), "order", b.la("order_number"))), "push.apns_id", b.la("uuid"))
	}},
	{ctx: "templates", name: "jinja_undefined", form: "printed_object", fn: func(b *B) string {
		p := b.person()
		return fmt.Sprintf("jinja2.exceptions.UndefinedError: 'dict object' has no attribute 'pickup_code'\ncontext: {'recipient': %s, 'phone': %s, 'pickup_point': %s, 'iban': %s}", pyRepr(b.name(p)), pyRepr(b.phone()), pyRepr(b.address()), pyRepr(b.iban()))
	}},
	{ctx: "templates", name: "handlebars_clean", form: "free_text", fn: func(b *B) string {
		return fmt.Sprintf("handlebars: missing helper \"formatPrice\" in %s (partial header, line %d); vars %s %s %s", "invoice.hbs", b.rng(1, 90), b.trap("template", "{{customer.first_name}}"), b.trap("template", "#{user.name}"), b.trap("masked", "[FILTERED]"))
	}},
}

var allTemplates = func() []*tmpl {
	var all []*tmpl
	for _, g := range [][]*tmpl{tExceptions, tDatabase, tErrorTracking, tFramework, tAPI, tJobs, tInfra, tFrontend, tMobile, tAuth, tSearch, tAnalytics, tQA, tAudit, tTemplates, tMore} {
		all = append(all, g...)
	}
	return all
}()

var contexts = sp("exceptions database errortracking framework api jobs infra frontend mobile auth search analytics qa audit templates")

// ctxKinds: the kinds each context is expected to show.
var ctxKinds = map[string][]string{
	"exceptions":    {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCred},
	"database":      {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCNID, kCred},
	"errortracking": {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCred},
	"framework":     {kName, kEmail, kPhone, kAddress, kCard, kCred},
	"api":           {kName, kEmail, kPhone, kAddress, kIBAN, kCNID, kCred},
	"jobs":          {kName, kEmail, kPhone, kAddress, kIBAN, kCred},
	"infra":         {kCred},
	"frontend":      {kName, kEmail, kPhone, kAddress, kCard, kCred},
	"mobile":        {kName, kEmail, kPhone, kAddress, kCard, kCNID, kCred},
	"auth":          {kName, kEmail, kCNID, kCred},
	"search":        {kName, kEmail, kPhone, kAddress},
	"analytics":     {kName, kEmail, kPhone, kAddress, kCred},
	"qa":            {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCNID, kCred},
	"audit":         {kName, kEmail, kPhone, kAddress, kCard, kIBAN},
	"templates":     {kName, kEmail, kPhone, kAddress, kIBAN, kCred},
}

var allForms = sp("ndjson free_text json_in_string json_twice stack_trace printed_object sql protobuf_text graphql config http_dump url_query form_body logfmt headers diff assertion csv")
