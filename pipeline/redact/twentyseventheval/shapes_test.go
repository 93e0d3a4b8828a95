package twentyseventheval

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// cs is what a template writes: its items (PII values and look-alikes, in a
// shuffled order) and a random source for the decoration around them.
type cs struct {
	r     *rand.Rand
	items []item
	alt   int
}

type tmpl struct {
	name string
	fn   func(b *bld, c *cs)
}

func ts(r *rand.Rand) string {
	return fmt.Sprintf("2026-12-%02d %02d:%02d:%02d.%03d", 1+r.IntN(7), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000))
}

func isoTS(r *rand.Rand) string {
	return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ", 1+r.IntN(7), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000))
}

func yamlNeedsQuote(s string) bool {
	if s == "" || strings.ContainsAny(s[:1], "*&!%@`[]{}\"'|>-?:#,+0123456789") || strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, " ") || strings.HasSuffix(s, ":") {
		return true
	}
	return false
}

func itemText(it item) string {
	if it.p != nil {
		return it.p.pre + it.p.text + it.p.post
	}
	return it.l.text
}

var contexts = []string{"java", "python", "rails", "php", "go", "dotnet", "node", "access_log", "syslog", "proto_text", "graphql", "yaml", "query", "kafka", "stacktrace", "http_dump", "csv", "message", "field"}

var templates = map[string][]tmpl{
	"java": {
		{"java:tostring", func(b *bld, c *cs) {
			b.lit(ts(c.r) + " INFO  [http-nio-8080-exec-" + fmt.Sprint(1+c.r.IntN(40)) + "] c.s.orders.OrderService - saved Order{")
			b.dump(c.items, camel, "", "=", "'", ", ", encRaw)
			b.lit("}")
		}},
		{"java:lombok", func(b *bld, c *cs) {
			b.lit(ts(c.r) + " DEBUG 1 --- [  restartedMain] c.s.refunds.RefundListener : received RefundEvent(")
			b.dump(c.items, camel, "", "=", "", ", ", encRaw)
			b.lit(")")
		}},
		{"java:kv_args", func(b *bld, c *cs) {
			b.lit(ts(c.r) + " WARN  [kafka-consumer-2] c.s.sync.BuyerSync - buyer sync retried ")
			b.dump(c.items, camel, "", "=", "", " ", encRaw)
		}},
		{"java:exception", func(b *bld, c *cs) {
			b.lit(ts(c.r) + " ERROR [pool-4-thread-1] c.s.payments.PayoutJob - payout failed\njava.lang.IllegalStateException: rejected PayoutRequest{")
			b.dump(c.items, camel, "", "=", "'", ", ", encRaw)
			b.lit("}\n\tat com.shop.payments.PayoutJob.run(PayoutJob.java:142)\n\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)")
		}},
	},
	"python": {
		{"python:dict_repr", func(b *bld, c *cs) {
			b.lit(strings.Replace(ts(c.r), ".", ",", 1) + " INFO shop.orders: payload={")
			b.dump(c.items, snake, "'", "': ", "'", ", ", encSingle)
			b.lit("}")
		}},
		{"python:dataclass", func(b *bld, c *cs) {
			b.lit("WARNING:refunds.worker:rejected Refund(")
			b.dump(c.items, snake, "", "=", "'", ", ", encSingle)
			b.lit(")")
		}},
		{"python:json_ascii", func(b *bld, c *cs) {
			b.lit("[" + isoTS(c.r) + "] INFO in sync: pushing body={")
			b.dump(c.items, snake, `"`, `": `, `"`, ", ", encJSONASCII)
			b.lit("}")
		}},
		{"python:kwargs", func(b *bld, c *cs) {
			b.lit("DEBUG celery.app.trace: Task orders.tasks.notify_buyer[" + rnd(c.r, hexd, 8) + "] received kwargs: {")
			b.dump(c.items, snake, "'", "': ", "'", ", ", encSingle)
			b.lit("}")
		}},
	},
	"rails": {
		{"rails:params", func(b *bld, c *cs) {
			b.lit("Processing by CheckoutController#create as JSON\n  Parameters: {\"order\"=>{")
			b.dump(c.items, snake, `"`, `"=>`, `"`, ", ", encDouble)
			b.lit("}, \"commit\"=>\"Place order\"}")
		}},
		{"rails:sql_binds", func(b *bld, c *cs) {
			b.lit("  Buyer Update (0.9ms)  UPDATE \"buyers\" SET ")
			for i, it := range c.items {
				if i > 0 {
					b.lit(", ")
				}
				b.lit(fmt.Sprintf("\"%s\" = $%d", snake(it.key), i+1))
			}
			b.lit(fmt.Sprintf(" WHERE \"buyers\".\"id\" = $%d  [", len(c.items)+1))
			b.dump(c.items, snake, `["`, `", `, `"`, "], ", encDouble)
			b.lit(fmt.Sprintf(`], ["id", %d]]`, c.r.IntN(900000)))
		}},
		{"rails:log_tags", func(b *bld, c *cs) {
			b.lit("I, [" + isoTS(c.r) + " #" + fmt.Sprint(c.r.IntN(99999)) + "]  INFO -- : [" + rnd(c.r, hexd, 8) + "] Refund issued ")
			b.dump(c.items, snake, "", ": ", `"`, ", ", encDouble)
		}},
	},
	"php": {
		{"php:print_r", func(b *bld, c *cs) {
			b.lit("[07-Dec-2026 10:15:03 UTC] PHP Notice:  order payload Array\n(\n")
			b.dump(c.items, snake, "    [", "] => ", "", "\n", encRaw)
			b.lit("\n)\n")
		}},
		{"php:var_export", func(b *bld, c *cs) {
			b.lit("customs declaration: array (\n")
			b.dump(c.items, snake, "  '", "' => ", "'", ",\n", encSingle)
			b.lit(",\n)")
		}},
		{"php:monolog", func(b *bld, c *cs) {
			b.lit("[" + isoTS(c.r) + "] app.INFO: refund issued {")
			b.dump(c.items, snake, `"`, `":`, `"`, ",", encJSON)
			b.lit("} []")
		}},
	},
	"go": {
		{"go:plusv", func(b *bld, c *cs) {
			b.lit("2026/12/07 10:15:03 shipper.go:88: shipment created: {")
			b.dump(c.items, pascal, "", ":", "", " ", encRaw)
			b.lit("}")
		}},
		{"go:sharpv", func(b *bld, c *cs) {
			b.lit("level=debug msg=\"buyer loaded\" value=&orders.Buyer{")
			b.dump(c.items, pascal, "", ":", `"`, ", ", encGoQ)
			b.lit("}")
		}},
		{"go:logfmt", func(b *bld, c *cs) {
			b.lit("time=" + isoTS(c.r) + " level=INFO msg=\"refund issued\" ")
			for i, it := range c.items {
				if i > 0 {
					b.lit(" ")
				}
				b.lit(snake(it.key) + "=")
				if strings.ContainsAny(itemText(it), " \"=") {
					b.lit(`"`)
					b.item(it, encDouble)
					b.lit(`"`)
				} else {
					b.item(it, encRaw)
				}
			}
		}},
		{"go:zap_json", func(b *bld, c *cs) {
			b.lit(`{"level":"info","ts":1765102503.412,"caller":"fulfil/shipper.go:88","msg":"label printed",`)
			b.dump(c.items, camel, `"`, `":`, `"`, ",", encJSON)
			b.lit("}")
		}},
	},
	"dotnet": {
		{"dotnet:template", func(b *bld, c *cs) {
			b.lit("info: Shop.Refunds.RefundService[1001]\n      ")
			for i, it := range c.items {
				if i > 0 {
					b.lit(", ")
				}
				b.sentence(it, c.alt+i, encRaw)
			}
		}},
		{"dotnet:exception_data", func(b *bld, c *cs) {
			b.lit("fail: Shop.Payments.PayoutService[0]\n      System.InvalidOperationException: Payout rejected\n         at Shop.Payments.PayoutService.SendAsync() in /src/Payments/PayoutService.cs:line 88\n      Exception.Data: ")
			b.dump(c.items, pascal, "[", ", ", "", "] ", encRaw)
			b.lit("]")
		}},
		{"dotnet:serilog", func(b *bld, c *cs) {
			b.lit(`{"@t":"` + isoTS(c.r) + `","@mt":"Order {OrderId} updated","@l":"Information",`)
			b.dump(c.items, pascal, `"`, `":`, `"`, ",", encJSON)
			b.lit(`,"SourceContext":"Shop.Orders.OrderController"}`)
		}},
		{"dotnet:anon", func(b *bld, c *cs) {
			b.lit("[10:15:03 INF] Customer updated { ")
			b.dump(c.items, pascal, "", " = ", "", ", ", encRaw)
			b.lit(" }")
		}},
	},
	"node": {
		{"node:inspect", func(b *bld, c *cs) {
			b.lit("[" + isoTS(c.r) + "] info: buyer synced {\n")
			for i, it := range c.items {
				if i > 0 {
					b.lit(",\n")
				}
				k := camel(it.key)
				b.lit("  " + k + ": '")
				b.item(it, encSingle)
				b.lit("'")
			}
			b.lit("\n}")
		}},
		{"node:inspect_inline", func(b *bld, c *cs) {
			b.lit("webhook payload { ")
			b.dump(c.items, camel, "", ": ", "'", ", ", encSingle)
			b.lit(" }")
		}},
		{"node:pino", func(b *bld, c *cs) {
			b.lit(`{"level":30,"time":1765102503412,"pid":` + fmt.Sprint(c.r.IntN(30000)) + `,"req":{"method":"POST","url":"/api/orders"},`)
			b.dump(c.items, camel, `"`, `":`, `"`, ",", encJSON)
			b.lit(`,"msg":"order accepted"}`)
		}},
	},
	"access_log": {
		{"access:nginx", func(b *bld, c *cs) {
			b.lit(fmt.Sprintf("10.%d.%d.%d - - [07/Dec/2026:10:15:03 +0000] \"GET /api/v2/buyers/lookup?", c.r.IntN(255), c.r.IntN(255), c.r.IntN(255)))
			b.dump(c.items, snake, "", "=", "", "&", encURL)
			b.lit(" HTTP/1.1\" 200 512 \"https://shop.example.com/checkout\" \"Mozilla/5.0 (X11; Linux x86_64)\" 0.012")
		}},
		{"access:referer", func(b *bld, c *cs) {
			b.lit("192.0.2.44 - - [07/Dec/2026:10:15:04 +0000] \"GET /static/app.js HTTP/2.0\" 304 0 \"https://shop.example.com/account/edit?")
			b.dump(c.items, camel, "", "=", "", "&", encURL)
			b.lit("\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)\"")
		}},
		{"access:envoy", func(b *bld, c *cs) {
			b.lit("[" + isoTS(c.r) + "] \"POST /v1/refunds?")
			b.dump(c.items, snake, "", "=", "", "&", encURL)
			b.lit(" HTTP/2\" 201 - 512 1024 37 35 \"10.0.4.7\" \"okhttp/4.12.0\" \"" + rnd(c.r, hexd, 8) + "\" \"refunds.internal\" \"10.1.2.3:8080\"")
		}},
	},
	"syslog": {
		{"syslog:5424", func(b *bld, c *cs) {
			b.lit("<134>1 " + isoTS(c.r) + " orders-7f9c orders 4242 ORD [order@32473 ")
			b.dump(c.items, snake, "", "=", `"`, " ", encSD)
			b.lit("] buyer record updated")
		}},
		{"syslog:gelf", func(b *bld, c *cs) {
			b.lit(`{"version":"1.1","host":"orders-7f9c","short_message":"customs declaration filed","level":6,`)
			b.dump(c.items, snake, `"_`, `":`, `"`, ",", encJSON)
			b.lit("}")
		}},
		{"syslog:cef", func(b *bld, c *cs) {
			b.lit("CEF:0|Acme|ShopGuard|3.2|4001|Refund issued|3|rt=Dec 07 2026 10:15:03 ")
			for i, it := range c.items {
				b.lit(fmt.Sprintf("cs%d=", i+1))
				b.item(it, encCEF)
				b.lit(fmt.Sprintf(" cs%dLabel=%s ", i+1, camel(it.key)))
			}
			b.lit("act=refund")
		}},
		{"syslog:leef", func(b *bld, c *cs) {
			b.lit("LEEF:2.0|Acme|ShopGuard|3.2|AccountRecovery|^|devTime=Dec 07 2026 10:15:03^")
			b.dump(c.items, camel, "", "=", "", "^", encRaw)
		}},
	},
	"proto_text": {
		{"proto:text", func(b *bld, c *cs) {
			b.lit("rpc shop.v1.Orders/Create request: order { ")
			b.dump(c.items, snake, "", `: "`, "", `" `, encDouble)
			b.lit(`" }`)
		}},
		{"proto:text_multiline", func(b *bld, c *cs) {
			b.lit("shop.v1.RefundRequest:\nrefund {\n")
			b.dump(c.items, snake, "  ", `: "`, "", "\"\n", encDouble)
			b.lit("\"\n}")
		}},
		{"proto:grpc_md", func(b *bld, c *cs) {
			b.lit("grpc: call /shop.v1.Payments/Refund metadata: map[")
			b.dump(c.items, kebab, "", ":[", "", "] ", encRaw)
			b.lit("] code=OK")
		}},
	},
	"graphql": {
		{"graphql:variables", func(b *bld, c *cs) {
			b.lit(`{"operationName":"UpdateShipping","query":"mutation UpdateShipping($input: ShippingInput!) { updateShipping(input: $input) { id } }","variables":{"input":{`)
			b.dump(c.items, camel, `"`, `":`, `"`, ",", encJSON)
			b.lit("}}}")
		}},
		{"graphql:inline_args", func(b *bld, c *cs) {
			b.lit(`graphql request body={"query":"mutation { updateBuyer(`)
			b.dump(c.items, camel, "", `: \"`, "", `\", `, encGQLinJSON)
			b.lit(`\") { id } }"}`)
		}},
		{"graphql:error", func(b *bld, c *cs) {
			b.lit("GraphQL error: Variable \"$input\" got invalid value { ")
			b.dump(c.items, camel, "", `: "`, "", `", `, encDouble)
			b.lit(`" }; Field "iban" is not defined by type "RefundInput".`)
		}},
	},
	"yaml": {
		{"yaml:dump", func(b *bld, c *cs) {
			b.lit("--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\nbuyer:\n")
			for _, it := range c.items {
				b.lit("  " + snake(it.key) + ": ")
				if yamlNeedsQuote(itemText(it)) {
					b.lit(`"`)
					b.item(it, encDouble)
					b.lit(`"`)
				} else {
					b.item(it, encRaw)
				}
				b.lit("\n")
			}
		}},
		{"yaml:k8s_env", func(b *bld, c *cs) {
			b.lit("env:\n")
			for _, it := range c.items {
				b.lit("- name: " + strings.ToUpper(snake(it.key)) + "\n  value: '")
				b.item(it, func(s string) string { return strings.ReplaceAll(s, "'", "''") })
				b.lit("'\n")
			}
		}},
		{"toml:dump", func(b *bld, c *cs) {
			b.lit("[order.buyer]\n")
			b.dump(c.items, snake, "", ` = "`, "", "\"\n", encDouble)
			b.lit("\"\n")
		}},
	},
	"query": {
		{"query:mongo", func(b *bld, c *cs) {
			b.lit(`{"t":{"$date":"` + isoTS(c.r) + `"},"s":"I","c":"COMMAND","id":51803,"msg":"Slow query","attr":{"ns":"shop.buyers","command":{"find":"buyers","filter":{`)
			b.dump(c.items, camel, `"`, `":{"$eq":"`, "", `"},`, encJSON)
			b.lit(`"}}},"durationMillis":` + fmt.Sprint(c.r.IntN(900)) + "}}")
		}},
		{"query:es", func(b *bld, c *cs) {
			b.lit("[" + isoTS(c.r) + "][WARN ][i.s.s.query] [es-node-1] [orders][0] took[1.2s], source[{\"query\":{\"bool\":{\"must\":[")
			b.dump(c.items, snake, `{"match":{"customer.`, `":"`, "", `"}},`, encJSON)
			b.lit(`"}}]}}}]`)
		}},
		{"query:redis", func(b *bld, c *cs) {
			b.lit(fmt.Sprintf("1765102503.%06d [0 10.0.3.%d:52312] \"HSET\" \"buyer:%d\" ", c.r.IntN(1e6), c.r.IntN(255), c.r.IntN(1e6)))
			b.dump(c.items, snake, `"`, `" "`, "", `" `, encRedis)
			b.lit(`"`)
		}},
		{"query:sql_log", func(b *bld, c *cs) {
			b.lit("LOG:  duration: 0.412 ms  execute <unnamed>: INSERT INTO buyers (")
			for i, it := range c.items {
				if i > 0 {
					b.lit(", ")
				}
				b.lit(snake(it.key))
			}
			b.lit(") VALUES (")
			b.dump(c.items, func(string) string { return "" }, "", "", "'", ", ", func(s string) string { return strings.ReplaceAll(s, "'", "''") })
			b.lit(")")
		}},
	},
	"kafka": {
		{"kafka:record", func(b *bld, c *cs) {
			b.lit(fmt.Sprintf("consumer=refunds-v2 topic=orders.events partition=%d offset=%d headers=[", c.r.IntN(12), c.r.IntN(9e6)))
			h := len(c.items) / 2
			b.dump(c.items[:h], kebab, "", "=", "", ", ", encRaw)
			b.lit("] value={")
			b.dump(c.items[h:], camel, `"`, `":"`, "", `",`, encJSON)
			b.lit(`"}`)
		}},
		{"kafka:connect_dlq", func(b *bld, c *cs) {
			b.lit("ERROR WorkerSinkTask{id=es-sink-0} Error converting record Struct{")
			b.dump(c.items, snake, "", "=", "", ",", encRaw)
			b.lit("} to Elasticsearch (org.apache.kafka.connect.runtime.WorkerSinkTask:612)")
		}},
	},
	"stacktrace": {
		{"stack:python_locals", func(b *bld, c *cs) {
			b.lit("Traceback (most recent call last):\n  File \"/app/orders/sync.py\", line 88, in sync_buyer\n    client.push(buyer)\n")
			for _, it := range c.items {
				b.lit("    " + snake(it.key) + " = '")
				b.item(it, encSingle)
				b.lit("'\n")
			}
			b.lit("requests.exceptions.HTTPError: 422 Client Error")
		}},
		{"stack:java_caused", func(b *bld, c *cs) {
			b.lit("com.shop.sync.SyncException: push failed\n\tat com.shop.sync.Pusher.push(Pusher.java:77)\nCaused by: java.lang.IllegalArgumentException: bad record [")
			b.dump(c.items, camel, "", "=", "", ", ", encRaw)
			b.lit("]\n\t... 12 more")
		}},
		{"stack:go_panic", func(b *bld, c *cs) {
			b.lit("panic: refund: invalid payout {")
			b.dump(c.items, pascal, "", ":", "", " ", encRaw)
			b.lit("}\n\ngoroutine 42 [running]:\nmain.(*Refunds).Issue(0xc0001a2000)\n\t/src/refunds.go:88 +0x1c4")
		}},
	},
	"http_dump": {
		{"http:json", func(b *bld, c *cs) {
			b.lit("POST /v1/checkout HTTP/1.1\r\nHost: api.shop.example\r\nContent-Type: application/json\r\n")
			var body []item
			for _, it := range c.items {
				if it.p != nil && it.p.kind == kCred && it.p.pre != "" {
					b.lit(header(it.key) + ": ")
					b.item(it, encRaw)
					b.lit("\r\n")
				} else {
					body = append(body, it)
				}
			}
			b.lit("\r\n{")
			b.dump(body, snake, `"`, `":"`, "", `",`, encJSON)
			b.lit(`"}`)
		}},
		{"http:form", func(b *bld, c *cs) {
			b.lit("> POST /account/recover HTTP/1.1\n> Host: shop.example.com\n> Content-Type: application/x-www-form-urlencoded\n>\n")
			b.dump(c.items, snake, "", "=", "", "&", encURL)
		}},
		{"http:headers", func(b *bld, c *cs) {
			b.lit("HTTP/1.1 200 OK\nServer: envoy\n")
			b.dump(c.items, header, "", ": ", "", "\n", encRaw)
			b.lit("\nContent-Length: 0")
		}},
	},
	"csv": {
		{"csv:export", func(b *bld, c *cs) {
			for i, it := range c.items {
				if i > 0 {
					b.lit(",")
				}
				b.lit(snake(it.key))
			}
			b.lit("\n")
			b.dump(c.items, func(string) string { return "" }, "", "", `"`, ",", encCSV)
		}},
		{"tsv:export", func(b *bld, c *cs) {
			for i, it := range c.items {
				if i > 0 {
					b.lit("\t")
				}
				b.lit(snake(it.key))
			}
			b.lit("\n")
			b.dump(c.items, func(string) string { return "" }, "", "", "", "\t", encRaw)
		}},
		{"csv:semicolon", func(b *bld, c *cs) {
			b.lit("export row " + fmt.Sprint(c.r.IntN(5000)) + ": ")
			b.dump(c.items, func(string) string { return "" }, "", "", "", ";", encRaw)
		}},
	},
	"message": {
		{"message:free", func(b *bld, c *cs) {
			for i, it := range c.items {
				if i > 0 {
					b.lit(pick(c.r, []string{" ", "; ", ", ", " - "}))
				}
				b.sentence(it, c.alt+i, encRaw)
			}
		}},
		{"message:audit", func(b *bld, c *cs) {
			b.lit("AUDIT user=support-agent-" + fmt.Sprint(c.r.IntN(99)) + " action=account_recovery: ")
			for i, it := range c.items {
				if i > 0 {
					b.lit(", then ")
				}
				b.sentence(it, c.alt+i+3, encRaw)
			}
		}},
	},
}

// fieldPaths: the structured event fields a PII value may sit in.
var fieldPaths = map[string][]string{
	kName:  {"buyer.name", "user.full_name", "customer.name", "labels.recipient", "order.shipping.contact", "client.user.name", "payment.holder"},
	kAddr:  {"shipping.address", "buyer.address.line1", "order.ship_to", "customer.street", "labels.delivery_address", "destination.address"},
	kPhone: {"buyer.phone", "customer.mobile", "order.contact_no", "labels.whatsapp", "user.phone_number", "recipient.tel"},
	kEmail: {"user.email", "buyer.email", "customer.mail", "labels.notify", "order.contact_email", "email.to.address"},
	kCard:  {"payment.card.number", "payment.pan", "order.payment_card", "labels.card", "transaction.card_no"},
	kIBAN:  {"payout.iban", "refund.bank_account", "seller.account_iban", "labels.beneficiary", "payment.iban"},
	kCNID:  {"customs.id_number", "buyer.national_id", "kyc.resident_id", "labels.importer_id", "customer.shenfenzheng"},
	kCred:  {"auth.password", "http.request.headers.authorization", "config.api_key", "labels.token", "db.dsn", "user.otp"},
}

var fieldTemplates = []tmpl{
	{"field:ecs", nil},
	{"field:body_json", nil},
	{"field:nested_json", nil},
}
