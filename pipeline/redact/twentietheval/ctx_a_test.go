package twentietheval

import (
	"fmt"
	"strconv"
	"strings"
)

type tmpl struct {
	ctx, name, form string
	fn              func(b *builder) (string, bool)
}

var templates []tmpl

func reg(ctx, name, form string, fn func(b *builder) (string, bool)) {
	templates = append(templates, tmpl{ctx: ctx, name: name, form: form, fn: fn})
}

func (b *builder) useLoc(code string) {
	for _, l := range locales {
		if l.code == code {
			b.loc = l
		}
	}
}

// customer writes one turn of a customer in a chat: a phrase of their
// language with one or two planted values, often typed carelessly.
func (b *builder) customerTurn() string {
	ps := b.phrases()
	typed := b.chance(0.5)
	var parts []string
	if b.chance(0.4) {
		parts = append(parts, ps.hello)
	}
	opts := []string{ps.name, ps.email, ps.phone, ps.addr, ps.order}
	n := 1 + b.intn(2)
	for i := 0; i < n; i++ {
		parts = append(parts, pick(b, opts))
	}
	if b.chance(0.12) {
		parts = append(parts, ps.card)
	}
	if b.chance(0.08) {
		parts = append(parts, ps.iban)
	}
	if b.chance(0.15) {
		parts = append(parts, ps.code)
	}
	sep := pick(b, []string{" ", ", ", ". ", " - "})
	return b.say(strings.Join(parts, sep), typed)
}

func init() {
	// ---------------- llm_chat ----------------
	reg("llm_chat", "messages_array", "chat_messages", func(b *builder) (string, bool) {
		sys := "You are the support assistant of " + b.L("company_name") + ". Answer in the customer's language. Never reveal internal notes."
		msgs := []string{obj("role", "system", "content", sys), obj("role", "user", "content", b.customerTurn())}
		if b.chance(0.5) {
			msgs = append(msgs, obj("role", "assistant", "content", "Thanks, I found order "+b.orderID()+". It left the warehouse on "+b.L("date_local")+"."), obj("role", "user", "content", b.customerTurn()))
		}
		return b.nd("support-assistant", "gen_ai.request.model", b.L("model_name"), "gen_ai.prompt", "["+strings.Join(msgs, ",")+"]",
			"gen_ai.usage.input_tokens", b.intn(4000)+100, "gen_ai.response.id", b.L("completion_id"), "trace.id", b.L("trace_id")), true
	})
	reg("llm_chat", "system_profile", "prompt_text", func(b *builder) (string, bool) {
		np := b.nameParts()
		s := fmt.Sprintf("system prompt (rev %s):\nYou are a helpful agent for %s.\n## Customer profile\n- Name: %s\n- Email: %s\n- Phone: %s\n- Default shipping address: %s\n- Loyalty tier: %s\n- Last order: %s (%s, %s)\n- Preferred locale: %s\nUse the profile to personalise, never read it out in full.",
			b.L("semver"), b.L("company_name"), b.putName(np, ""), b.email(), b.phone(""), b.address(""), pick(b, []string{"Gold", "Silver", "Bronze"}), b.orderID(), b.L("amount"), b.L("date_local"), b.L("locale_code"))
		return b.wrap(s, "support-assistant")
	})
	reg("llm_chat", "tool_call", "tool_args", func(b *builder) (string, bool) {
		var args string
		switch b.intn(4) {
		case 0:
			args = obj("email", b.email(), "order_id", b.orderID())
		case 1:
			args = obj("phone", b.phone(""), "include_items", true)
		case 2:
			args = obj("customer_name", b.name(""), "postal_address", b.address(""), "reason", "wrong_size")
		default:
			args = obj("refund_iban", b.iban(""), "amount", b.L("amount"), "order_id", b.orderID())
		}
		fn := pick(b, []string{"lookup_order", "find_customer", "create_return", "issue_refund", "update_address"})
		s := fmt.Sprintf(`ts=%s level=info msg="tool call" call_id=call_%s function=%s arguments=%s model=%s latency_ms=%d`,
			b.ts(), b.mixed(alnum, 24), fn, jstr(args), b.L("model_name"), 100+b.intn(3000))
		return b.wrap(s, "llm-gateway")
	})
	reg("llm_chat", "tool_call_openai", "json_escaped_twice", func(b *builder) (string, bool) {
		args := obj("email", b.email(), "name", b.name(""), "order", b.orderID())
		tc := obj("id", "call_"+b.mixed(alnum, 24), "type", "function", "function", raw(obj("name", "lookup_order", "arguments", args)))
		body := obj("model", b.L("model_name"), "choices", arr(obj("index", 0, "finish_reason", "tool_calls", "message", raw(obj("role", "assistant", "tool_calls", arr(tc))))))
		return b.nd("llm-gateway", "message", "upstream response", "http.response.body.content", body, "http.response.status_code", 200, "gen_ai.response.id", b.L("completion_id")), true
	})
	reg("llm_chat", "transcript", "free_text", func(b *builder) (string, bool) {
		var sb strings.Builder
		fmt.Fprintf(&sb, "conversation %s (%s)\n", b.L("uuid_v7"), b.L("locale_code"))
		for i := 0; i < 2+b.intn(2); i++ {
			fmt.Fprintf(&sb, "[%s] %s: %s\n", b.L("time_hms"), b.T("trap_role", "Customer"), b.customerTurn())
			fmt.Fprintf(&sb, "[%s] %s: %s\n", b.L("time_hms"), b.T("trap_role", pick(b, []string{"Assistant", "Agent"})), pick(b, []string{"Let me check that for you.", "I have updated the delivery details.", "Your parcel " + b.L("tracking_intl") + " is in transit.", "I cannot see card details, please do not share them here."}))
		}
		return b.wrap(strings.TrimRight(sb.String(), "\n"), "chat-transcripts")
	})
	reg("llm_chat", "recovery_codes", "chat_messages", func(b *builder) (string, bool) {
		ps := b.phrases()
		u := b.say(ps.hello+" "+ps.email, b.chance(0.5)) + " backup codes: " + b.cred("recovery_code") + " " + b.cred("recovery_code")
		msgs := []string{obj("role", "user", "content", u), obj("role", "assistant", "content", "Please never share recovery codes. I have flagged your account "+b.L("ksuid")+" for a reset.")}
		return b.nd("support-assistant", "gen_ai.request.model", b.L("model_name"), "gen_ai.prompt", "["+strings.Join(msgs, ",")+"]", "gen_ai.response.id", b.L("completion_id")), true
	})
	reg("llm_chat", "assistant_table", "markdown_table", func(b *builder) (string, bool) {
		rows := [][]string{{"Name", b.name("")}, {"Email", b.email()}, {"Phone", b.phone("")}, {"Delivery address", b.address("")}, {"Order", b.orderID()}, {"Total", b.L("amount")}}
		s := "Here is what I have on file for you:\n\n" + mdTable([]string{"Field", "Value"}, rows) + "\n\nIs everything correct?"
		return b.nd("support-assistant", "gen_ai.completion", s, "gen_ai.response.model", b.L("model_name"), "gen_ai.usage.output_tokens", 40+b.intn(400)), true
	})
	reg("llm_chat", "moderation", "ndjson_field", func(b *builder) (string, bool) {
		ps := b.phrases()
		var in string
		switch b.intn(4) {
		case 0:
			in = b.say(ps.card, b.chance(0.5))
		case 1:
			b.useLoc("zh_CN")
			in = "清关需要身份证号 " + b.cnid() + " 收件人 " + b.name("")
		case 2:
			in = "my password is " + b.cred("chat_password") + " please log in and fix it"
		default:
			in = b.say(ps.code+" "+ps.phone, true)
		}
		return b.nd("moderation", "moderation.flagged", true, "moderation.categories", arr(jstr("pii"), jstr("self_disclosure")),
			"moderation.input", in, "moderation.model", pick(b, []string{"omni-moderation-2024-09-26", "llama-guard-3-8b", "shield-pii-v2"}), "moderation.score", b.L("cosine_score"), "conversation.id", b.L("ulid")), true
	})
	reg("llm_chat", "completion_echo", "free_text", func(b *builder) (string, bool) {
		np := b.nameParts()
		s := fmt.Sprintf("completion %s model=%s %s: \"Dear %s, I have changed the delivery address of order %s to %s. You will get an SMS on %s when the courier is on the way.\"",
			b.L("completion_id"), b.L("model_name"), b.L("token_count"), b.putName(np, ""), b.orderID(), b.address(""), b.phone(""))
		return b.wrap(s, "support-assistant")
	})

	// ---------------- rag ----------------
	reg("rag", "chunk_metadata", "ndjson_field", func(b *builder) (string, bool) {
		np := b.nameParts()
		txt := fmt.Sprintf("Ticket %s from %s: parcel %s not delivered to %s. Contact: %s",
			b.L("order_numeric"), b.putName(np, ""), b.L("tracking_intl"), b.address(""), b.email())
		return b.nd("rag-indexer", "chunk.id", b.L("vector_id"), "chunk.text", txt, "chunk.metadata", raw(obj("source", "zendesk", "customer_phone", b.phone(""), "created_at", b.L("date_iso"), "lang", b.L("locale_code"))),
			"embedding.model", b.L("embed_model"), "embedding.dim", 1536, "chunk.tokens", b.intn(500)+20), true
	})
	reg("rag", "vector_upsert", "py_repr", func(b *builder) (string, bool) {
		meta := pydict("author", b.name(""), "author_email", b.email(), "doc_type", "support_ticket", "order_ref", b.orderID())
		s := fmt.Sprintf("DEBUG upsert index=%s namespace=tickets-%s vectors=[{'id': '%s', 'values': %s, 'metadata': %s}] took=%s",
			b.L("index_name"), b.L("locale_code"), b.L("vector_id"), b.L("float_vector"), meta, b.L("duration_ms"))
		return b.wrap(s, "rag-indexer")
	})
	reg("rag", "reranker", "logfmt", func(b *builder) (string, bool) {
		q := b.customerTurn()
		s := fmt.Sprintf("level=debug component=reranker model=%s query=%s top_k=5 candidates=%d best=%s score=%s latency=%s",
			pick(b, []string{"bge-reranker-v2-m3", "rerank-multilingual-v3.0", "ms-marco-MiniLM-L-12"}), jstr(q), 20+b.intn(80), b.L("vector_id"), b.L("cosine_score"), b.L("duration_ms"))
		return b.wrap(s, "rag-retriever")
	})
	reg("rag", "retrieval_body", "json_escaped_twice", func(b *builder) (string, bool) {
		inner := obj("query", b.customerTurn(), "filters", raw(obj("customer.email", b.email())), "top_k", 8, "embedding_model", b.L("embed_model"))
		outer := obj("input", inner, "request_id", b.L("request_id"))
		s := fmt.Sprintf(`retrieval request body="%s" status=%s`, unq(outer), b.L("http_status"))
		return b.nd("rag-retriever", "message", s, "trace.id", b.L("trace_id")), true
	})
	reg("rag", "embed_api_error", "http_headers", func(b *builder) (string, bool) {
		var auth string
		switch b.intn(3) {
		case 0:
			auth = "Authorization: Bearer " + b.cred("openai_key")
		case 1:
			auth = "api-key: " + b.cred("qdrant_key")
		default:
			auth = "Authorization: Bearer " + b.cred("hf_token")
		}
		s := fmt.Sprintf("embedding request failed: %s\nPOST /v1/embeddings HTTP/1.1\nHost: api.embeddings.internal\n%s\nContent-Type: application/json\nX-Request-Id: %s\nUser-Agent: %s\n\n%s",
			b.L("error_code"), auth, b.L("request_id"), b.L("user_agent"), obj("model", b.L("embed_model"), "input", arr(jstr("Return policy for "+b.L("product_name")))))
		return b.wrap(s, "rag-indexer")
	})

	// ---------------- sql ----------------
	reg("sql", "mysql_slow", "sql_stmt", func(b *builder) (string, bool) {
		var where string
		switch b.intn(3) {
		case 0:
			where = "email = " + sqlq(b.email())
		case 1:
			where = "phone IN (" + sqlq(b.phone("")) + ", " + sqlq(b.phone("")) + ")"
		default:
			where = "last_name = " + sqlq(b.name("family")) + " AND zip = " + sqlq(b.pattern(b.loc.postcode))
		}
		s := fmt.Sprintf("# Time: %s\n# User@Host: shop_ro[shop_ro] @ [%s]  Id: %d\n# Query_time: %d.%06d  Lock_time: 0.000%d  Rows_sent: %d  Rows_examined: %s\nSET timestamp=%s;\nSELECT id, created_at, %s FROM customers WHERE %s ORDER BY created_at DESC LIMIT 20;",
			b.L("date_iso"), b.L("ipv4"), 1000+b.intn(90000), b.intn(20), b.intn(999999), b.intn(100), b.intn(20), b.L("row_count"), b.L("epoch_s"), b.L("column_name"), where)
		return b.wrap(s, "mysql-slowlog")
	})
	reg("sql", "pg_statement", "sql_stmt", func(b *builder) (string, bool) {
		var st string
		switch b.intn(3) {
		case 0:
			st = fmt.Sprintf("UPDATE customers SET phone = %s, address_line1 = E%s, updated_at = now() WHERE customer_id = %d", sqlq(b.phone("")), sqlq(b.address("line1")), 1000+b.intn(900000))
		case 1:
			st = fmt.Sprintf("INSERT INTO payouts (seller_id, holder, iban, amount) VALUES (%d, %s, %s, %s)", b.intn(90000), sqlq(b.name("")), sqlq(b.iban("")), b.L("amount_plain"))
		default:
			st = fmt.Sprintf("ALTER ROLE %s WITH LOGIN PASSWORD %s VALID UNTIL '2027-01-01'", pick(b, []string{"etl_loader", "dbt_runner", "metabase_ro"}), sqlq(b.cred("db_url_password")))
		}
		s := fmt.Sprintf("%s UTC [%d] %s@warehouse LOG:  statement: %s;", b.tsLog(), 1000+b.intn(60000), pick(b, []string{"etl", "app", "postgres"}), st)
		return b.wrap(s, "postgres")
	})
	reg("sql", "pg_params", "sql_params", func(b *builder) (string, bool) {
		s := fmt.Sprintf("%s UTC [%d] app@shop LOG:  duration: %d.%03d ms  execute %s: SELECT o.id, o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = $1 AND c.phone = $2 AND o.created_at > $3\n%s UTC [%d] app@shop DETAIL:  parameters: $1 = %s, $2 = %s, $3 = '%s'",
			b.tsLog(), 1000+b.intn(60000), b.intn(900), b.intn(1000), pick(b, []string{"<unnamed>", "S_1", "lookup_orders"}), b.tsLog(), 1000+b.intn(60000), sqlq(b.email()), sqlq(b.phone("")), b.L("date_iso"))
		return b.wrap(s, "postgres")
	})
	reg("sql", "mssql_insert", "sql_stmt", func(b *builder) (string, bool) {
		var rows []string
		for i := 0; i < 1+b.intn(3); i++ {
			rows = append(rows, fmt.Sprintf("(N%s, N%s, N%s, N%s, %s)", sqlq(b.name("")), sqlq(b.email()), sqlq(b.phone("")), sqlq(b.address("")), sqlq(b.L("date_iso"))))
		}
		s := "exec sp_executesql N'INSERT INTO dbo.CrmContacts (FullName, Email, Phone, PostalAddress, ImportedAt) VALUES " + strings.ReplaceAll(strings.Join(rows, ", "), "'", "''") + "' -- batch " + b.L("uuid_v4")
		return b.wrap(s, "crm-import")
	})
	reg("sql", "auto_explain", "sql_stmt", func(b *builder) (string, bool) {
		var lit string
		switch b.intn(3) {
		case 0:
			lit = "p.card_number = " + sqlq(b.card("compact"))
		case 1:
			b.useLoc("zh_CN")
			lit = "v.id_card_no = " + sqlq(b.cnid())
		default:
			lit = "lower(c.email) = " + sqlq(strings.ToLower(b.email()))
		}
		s := fmt.Sprintf("LOG:  duration: %d.%03d ms  plan:\n\tQuery Text: SELECT * FROM legacy.payments p JOIN verification v USING (customer_id) JOIN customers c USING (customer_id) WHERE %s\n\tHash Join  (cost=%d.00..%d.55 rows=%s width=412)\n\t  ->  Seq Scan on payments p  (rows=%s)",
			b.intn(9000), b.intn(1000), lit, b.intn(999), 1000+b.intn(90000), b.L("row_count"), b.L("row_count"))
		return b.wrap(s, "postgres")
	})
	reg("sql", "pg_error", "sql_stmt", func(b *builder) (string, bool) {
		s := fmt.Sprintf("ERROR:  duplicate key value violates unique constraint \"customers_email_key\"\nDETAIL:  Key (email)=(%s) already exists.\nSTATEMENT:  INSERT INTO customers (full_name, email, phone) VALUES (%s, %s, %s) -- %s",
			b.email(), sqlq(b.name("")), sqlq(b.email()), sqlq(b.phone("")), b.L("error_code"))
		return b.wrap(s, "postgres")
	})

	// ---------------- orm ----------------
	reg("orm", "hibernate", "orm_bind", func(b *builder) (string, bool) {
		s := fmt.Sprintf("%s TRACE o.h.t.d.s.BasicBinder - binding parameter [1] as [VARCHAR] - [%s]\n%s TRACE o.h.t.d.s.BasicBinder - binding parameter [2] as [VARCHAR] - [%s]\n%s TRACE o.h.t.d.s.BasicBinder - binding parameter [3] as [VARCHAR] - [%s]\n%s TRACE o.h.t.d.s.BasicBinder - binding parameter [4] as [BIGINT] - [%s]",
			b.tsLog(), b.name(""), b.tsLog(), b.email(), b.tsLog(), b.address(""), b.tsLog(), b.L("snowflake_id"))
		return b.wrap(s, "crm-service")
	})
	reg("orm", "activerecord", "orm_bind", func(b *builder) (string, bool) {
		s := fmt.Sprintf(`  Customer Load (%d.%dms)  SELECT "customers".* FROM "customers" WHERE "customers"."email" = $1 AND "customers"."phone" = $2 LIMIT $3  [["email", %s], ["phone", %s], ["LIMIT", 1]]  ↳ app/models/customer.rb:%d`,
			b.intn(20), b.intn(10), jstr(b.email()), jstr(b.phone("")), 10+b.intn(200))
		return b.wrap(s, "storefront")
	})
	reg("orm", "sqlalchemy", "py_repr", func(b *builder) (string, bool) {
		s := fmt.Sprintf("INFO sqlalchemy.engine.Engine INSERT INTO customers (full_name, email, phone, street) VALUES (%%(full_name)s, %%(email)s, %%(phone)s, %%(street)s) RETURNING customers.id\nINFO sqlalchemy.engine.Engine [generated in 0.000%ds] %s",
			b.intn(900), pydict("full_name", b.name(""), "email", b.email(), "phone", b.phone(""), "street", b.address("line1")))
		b.T("trap_placeholder", "%(full_name)s")
		return b.wrap(s, "cdp-sync")
	})
	reg("orm", "sqlalchemy_error", "py_repr", func(b *builder) (string, bool) {
		s := fmt.Sprintf("sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint \"uq_customer_phone\"\n[SQL: UPDATE customers SET phone=%%s, iban=%%s WHERE customers.id = %%s]\n[parameters: (%s, %s, %d)]\n(Background on this error at: https://sqlalche.me/e/20/gkpj)",
			pyq(b.phone("")), pyq(b.iban("")), 1000+b.intn(900000))
		return b.wrap(s, "payouts-worker")
	})
	reg("orm", "prisma", "orm_bind", func(b *builder) (string, bool) {
		params := "[" + jstr(b.email()) + "," + jstr(b.name("")) + ",20,0]"
		s := fmt.Sprintf("prisma:query SELECT \"public\".\"Customer\".\"id\", \"public\".\"Customer\".\"fullName\" FROM \"public\".\"Customer\" WHERE (\"public\".\"Customer\".\"email\" = $1 OR \"public\".\"Customer\".\"fullName\" ILIKE $2) LIMIT $3 OFFSET $4\nParams: %s\nDuration: %dms", params, 1+b.intn(400))
		return b.wrap(s, "admin-api")
	})
	reg("orm", "gorm", "sql_stmt", func(b *builder) (string, bool) {
		s := fmt.Sprintf("%s /app/internal/store/customers.go:%d\n[%d.%03dms] [rows:%d] SELECT * FROM \"customers\" WHERE (email = %s OR phone = %s) AND \"customers\".\"deleted_at\" IS NULL ORDER BY \"customers\".\"id\" LIMIT 1",
			b.tsLog(), 20+b.intn(300), b.intn(50), b.intn(1000), b.intn(3), sqlq(b.email()), sqlq(b.phone("")))
		return b.wrap(s, "identity-svc")
	})
	reg("orm", "driver_dsn", "logfmt", func(b *builder) (string, bool) {
		var dsn string
		switch b.intn(3) {
		case 0:
			dsn = "postgres://" + userinfo("app_rw", b.cred("db_url_password")) + "@" + b.L("ipv4") + ":5432/shop?sslmode=require"
		case 1:
			dsn = "mysql://" + userinfo("shop", b.cred("db_url_password")) + "@tcp(" + b.L("ipv4") + ":3306)/orders?parseTime=true"
		default:
			dsn = "mongodb+srv://" + userinfo("cdp_writer", b.cred("db_url_password")) + "@cluster0.mongodb.internal/cdp?retryWrites=true"
		}
		s := fmt.Sprintf("level=error msg=\"failed to connect to database\" dsn=%q err=%q attempt=%d", dsn, b.L("error_code"), 1+b.intn(5))
		return b.wrap(s, "orders-api")
	})
	reg("orm", "hibernate_cnid", "orm_bind", func(b *builder) (string, bool) {
		b.useLoc("zh_CN")
		s := fmt.Sprintf("Hibernate: insert into real_name_verification (customer_id, full_name, id_card_no, mobile) values (?, ?, ?, ?)\nbinding parameter [1] as [BIGINT] - [%s]\nbinding parameter [2] as [VARCHAR] - [%s]\nbinding parameter [3] as [VARCHAR] - [%s]\nbinding parameter [4] as [VARCHAR] - [%s]",
			b.L("snowflake_id"), b.name(""), b.cnid(), b.phone(""))
		return b.wrap(s, "crossborder-kyc")
	})

	// ---------------- etl ----------------
	reg("etl", "airflow_task", "py_repr", func(b *builder) (string, bool) {
		s := fmt.Sprintf("[%s] {taskinstance.py:%d} INFO - Exporting row %s\n[%s] {logging_mixin.py:188} INFO - run_id=%s dag_id=%s task_id=load_contacts",
			b.tsLog(), 1000+b.intn(3000), pydict("customer_id", lit(strconv.Itoa(b.intn(900000))), "name", b.name(""), "email", b.email(), "phone", b.phone(""), "ltv", lit(b.L("amount_plain"))), b.tsLog(), b.L("airflow_run_id"), b.L("job_name"))
		return b.wrap(s, "airflow-worker")
	})
	reg("etl", "airflow_conn", "dotenv", func(b *builder) (string, bool) {
		var s string
		switch b.intn(2) {
		case 0:
			s = fmt.Sprintf("[%s] {base.py:84} INFO - Retrieving connection 'warehouse'\nAIRFLOW_CONN_WAREHOUSE='postgresql://%s@%s:5432/analytics'\nAIRFLOW__CORE__PARALLELISM=32", b.tsLog(), userinfo("airflow", b.cred("airflow_conn")), b.L("ipv4"))
		default:
			s = fmt.Sprintf("[%s] {crypto.py:82} WARNING - empty cryptography key - values will not be stored encrypted.\nAIRFLOW_CONN_SNOWFLAKE_DEFAULT=snowflake://%s@xy12345/ANALYTICS/PUBLIC?warehouse=TRANSFORM_WH\nschedule=%q", b.tsLog(), userinfo("LOADER", b.cred("snowflake_password")), b.L("cron"))
		}
		return b.wrap(s, "airflow-scheduler")
	})
	reg("etl", "dbt_test", "result_grid", func(b *builder) (string, bool) {
		rows := [][]string{}
		for i := 0; i < 2+b.intn(2); i++ {
			rows = append(rows, []string{b.L("snowflake_id"), b.email(), b.name(""), "2"})
		}
		s := fmt.Sprintf("%s  Failure in test unique_dim_customer_email (models/marts/core/schema.yml)\n  Got %d results, configured to fail if != 0\n  invocation_id: %s\n\n%s",
			b.L("time_hms"), len(rows), b.L("dbt_invocation_id"), grid([]string{"customer_id", "email", "full_name", "n_records"}, rows, true, 0))
		return b.wrap(s, "dbt")
	})
	reg("etl", "spark_row", "jvm_tostring", func(b *builder) (string, bool) {
		var row string
		switch b.intn(3) {
		case 0:
			row = fmt.Sprintf("Row(customer_id=%d, full_name='%s', phone='%s', iban='%s', updated_at=datetime.datetime(2026, 12, %d, 4, 12))", b.intn(900000), b.name(""), b.phone(""), b.iban(""), 1+b.intn(6))
		case 1:
			b.useLoc("zh_CN")
			row = fmt.Sprintf("[%d,%s,%s,%s,%s]", b.intn(900000), b.name(""), b.cnid(), b.phone(""), b.address(""))
		default:
			row = fmt.Sprintf("Row(order_id='%s', card_number='%s', email='%s', amount=%s)", b.orderID(), b.card(""), b.email(), b.L("amount_plain"))
		}
		s := fmt.Sprintf("%s ERROR Executor: Exception in task %d.0 in stage %d.0 (TID %d) [%s]\norg.apache.spark.SparkException: Malformed record: %s\n\tat org.apache.spark.sql.catalyst.csv.UnivocityParser.convert(UnivocityParser.scala:%d)",
			b.tsLog(), b.intn(200), b.intn(40), b.intn(9000), b.L("spark_app_id"), row, 300+b.intn(100))
		return b.wrap(s, "spark-executor")
	})
	reg("etl", "kafka_dlq", "http_headers", func(b *builder) (string, bool) {
		payload := obj("email", b.email(), "full_name", b.name(""), "card_number", b.card(""), "sku", b.L("sku"))
		s := fmt.Sprintf("DLQ record topic=%s partition=%d offset=%d\n__connect.errors.topic: %s\n__connect.errors.exception.class.name: org.apache.kafka.connect.errors.DataException\n__connect.errors.exception.message: Failed to deserialize data for topic %s to Avro\n__connect.errors.connector.name: warehouse-sink\nvalue: %s",
			b.L("topic_name"), b.intn(12), b.intn(9000000), b.L("topic_name"), b.L("topic_name"), payload)
		return b.wrap(s, "kafka-connect")
	})
	reg("etl", "fivetran_sync", "ndjson_field", func(b *builder) (string, bool) {
		return b.nd("elt-sync", "message", "record rejected by destination", "sync.connector", pick(b, []string{"hubspot", "shopify", "zendesk", "stripe"}), "sync.run_id", b.L("uuid_v4"),
			"record", raw(obj("id", b.L("snowflake_id"), "properties", raw(obj("firstname_lastname", b.name(""), "email", b.email(), "phone", b.phone(""), "address", b.address(""))))), "error.code", b.L("error_code")), true
	})

	// ---------------- data_quality ----------------
	reg("data_quality", "gx_unexpected", "py_repr", func(b *builder) (string, bool) {
		col := pick(b, []string{"phone", "email", "iban", "card"})
		var vals []string
		for i := 0; i < 2+b.intn(2); i++ {
			switch col {
			case "phone":
				vals = append(vals, pyq(b.phone("")))
			case "email":
				vals = append(vals, pyq(b.email()))
			case "iban":
				vals = append(vals, pyq(b.iban("")))
			default:
				vals = append(vals, pyq(b.card("")))
			}
		}
		s := fmt.Sprintf("Validation failed: expect_column_values_to_match_regex(column='%s_raw', regex=...) on %s\n  success=False unexpected_count=%d unexpected_percent=%s\n  partial_unexpected_list=[%s]",
			col, b.L("table_name"), len(vals), b.L("percentage"), strings.Join(vals, ", "))
		return b.wrap(s, "great-expectations")
	})
	reg("data_quality", "profile_csv", "csv", func(b *builder) (string, bool) {
		var sb strings.Builder
		fmt.Fprintf(&sb, "sample rows (%d of %s) from %s\n", 3, b.L("row_count"), b.L("table_name"))
		sb.WriteString("customer_id,full_name,email,phone,city,created_at\n")
		for i := 0; i < 3; i++ {
			sb.WriteString(csvRow(b.L("snowflake_id"), b.name(""), b.email(), b.phone(""), pick(b, b.loc.cities), b.L("date_iso")) + "\n")
		}
		return b.wrap(strings.TrimRight(sb.String(), "\n"), "data-profiler")
	})
	reg("data_quality", "null_rate_md", "markdown_table", func(b *builder) (string, bool) {
		rows := [][]string{
			{"full_name", b.L("percentage"), b.L("row_count"), b.name("")},
			{"email", b.L("percentage"), b.L("row_count"), b.email()},
			{"phone", b.L("percentage"), b.L("row_count"), b.phone("")},
			{"street", b.L("percentage"), b.L("row_count"), b.address("line1")},
		}
		s := "### Column profile: " + b.L("table_name") + "\n\n" + mdTable([]string{"column", "null_rate", "distinct", "example"}, rows)
		return b.wrap(s, "data-profiler")
	})
	reg("data_quality", "soda_failed_rows", "ndjson_field", func(b *builder) (string, bool) {
		var items []string
		for i := 0; i < 2; i++ {
			items = append(items, obj("id", b.L("snowflake_id"), "name", b.name(""), "postal_address", b.address(""), "iban", b.iban("")))
		}
		return b.nd("soda-scan", "check.name", "no PII in free-text notes", "check.outcome", "fail", "check.dataset", b.L("table_name"), "failed_rows_sample", arr(items...), "scan.id", b.L("ulid")), true
	})
	reg("data_quality", "pci_scan_tsv", "tsv", func(b *builder) (string, bool) {
		var sb strings.Builder
		fmt.Fprintf(&sb, "PCI scan %s: %s matches in %s.notes\nrow_id\tcolumn\tmatch\tcontext\n", b.L("uuid_v4"), "2", b.L("table_name"))
		fmt.Fprintf(&sb, "%s\tnotes\t%s\tcustomer read card over phone\n", b.L("snowflake_id"), b.card(""))
		b.useLoc("zh_CN")
		fmt.Fprintf(&sb, "%s\tnotes\t%s\t身份证 for customs", b.L("snowflake_id"), b.cnid())
		return b.wrap(sb.String(), "dlp-scanner")
	})

	// ---------------- search ----------------
	reg("search", "es_slowlog", "es_dsl", func(b *builder) (string, bool) {
		q := obj("query", raw(obj("bool", raw(obj("must", arr(obj("match", raw(obj("customer.name", b.name("")))), obj("term", raw(obj("customer.email.keyword", b.email())))))))), "size", 20)
		s := fmt.Sprintf("[%s][WARN ][index.search.slowlog.query] [es-data-%d] [%s][%d] took[%d.%dms], took_millis[%d], total_hits[%d hits], search_type[QUERY_THEN_FETCH], total_shards[%d], source[%s], id[%s]",
			b.tsLog(), b.intn(9), b.L("index_name"), b.intn(5), b.intn(900), b.intn(10), b.intn(9000), b.intn(20), 1+b.intn(10), q, b.L("request_id"))
		return b.wrap(s, "elasticsearch")
	})
	reg("search", "autocomplete", "ndjson_field", func(b *builder) (string, bool) {
		ps := b.phrases()
		var q string
		switch b.intn(5) {
		case 0:
			q = strings.ToLower(b.name(""))
		case 1:
			q = b.phone(pick(b, []string{"compact", "national", "dashed"}))
		case 2:
			q = b.email()
		case 3:
			q = b.say(ps.search+" "+pick(b, []string{"{E}", "{P}"}), true)
		default:
			q = b.card("spaced")
		}
		return b.nd("search-api", "event.action", "autocomplete", "search.query", q, "search.prefix_len", b.intn(30), "search.index", b.L("index_name"), "user_agent.original", b.L("user_agent"), "search.took_ms", b.intn(200)), true
	})
	reg("search", "zero_results_csv", "csv", func(b *builder) (string, bool) {
		var sb strings.Builder
		fmt.Fprintf(&sb, "zero-result search terms, week %s\nterm,count,last_seen,locale\n", b.L("date_local"))
		sb.WriteString(csvRow(b.L("product_name"), strconv.Itoa(1+b.intn(90)), b.L("date_iso"), b.loc.code) + "\n")
		sb.WriteString(csvRow(b.email(), "1", b.L("date_iso"), b.loc.code) + "\n")
		sb.WriteString(csvRow(strings.ToLower(b.name("")), "1", b.L("date_iso"), b.loc.code) + "\n")
		sb.WriteString(csvRow(b.phone(""), "1", b.L("date_iso"), b.loc.code))
		return b.wrap(sb.String(), "search-analytics")
	})
	reg("search", "access_log", "url_query", func(b *builder) (string, bool) {
		var q string
		switch b.intn(3) {
		case 0:
			q = qesc(b.email())
		case 1:
			q = qesc(b.phone(""))
		default:
			q = qesc(b.say(b.phrases().addr, true))
		}
		s := fmt.Sprintf(`%s - - [06/Dec/2026:%s +0000] "GET /api/search?q=%s&lang=%s&page=1 HTTP/1.1" 200 %d "-" %q %s`,
			b.L("ipv4"), b.L("time_hms"), q, b.L("locale_code"), 1000+b.intn(90000), b.L("user_agent"), b.L("duration_ms"))
		return b.wrap(s, "nginx")
	})
	reg("search", "wildcard_dsl", "es_dsl", func(b *builder) (string, bool) {
		q := obj("query", raw(obj("bool", raw(obj("should", arr(
			obj("wildcard", raw(obj("shipping.street", raw(obj("value", "*"+b.address("line1")+"*"))))),
			obj("match_phrase", raw(obj("billing.phone", b.phone("")))),
		))))), "_source", arr(jstr("order_id"), jstr("status")))
		s := "POST /" + b.L("index_name") + "/_search?request_cache=false\n" + q
		return b.wrap(s, "ops-console")
	})
	reg("search", "es_basic_auth", "url_query", func(b *builder) (string, bool) {
		s := fmt.Sprintf("elastic_transport.node_pool: Retrying request after failure (attempt %d of 3) url='https://%s@es-prod.internal:9200/%s/_bulk?refresh=wait_for' error=%s",
			1+b.intn(3), userinfo("svc-search", b.cred("db_url_password")), b.L("index_name"), b.L("error_code"))
		return b.wrap(s, "search-indexer")
	})
}
