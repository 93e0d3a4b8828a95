package twentietheval

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
)

// L plants a look-alike of type typ and returns its text.
func (b *builder) L(typ string) string {
	g, ok := lookGens[typ]
	if !ok {
		panic("no look-alike type " + typ)
	}
	s := g(b)
	b.looks = append(b.looks, look{typ: typ, text: s})
	return s
}

// T plants a fixed trap text.
func (b *builder) T(typ, s string) string {
	b.looks = append(b.looks, look{typ: typ, text: s})
	return s
}

func (b *builder) orderID() string {
	return b.L(pick(b, []string{"order_amazon", "order_shopify", "order_tiktok", "order_shopee", "order_numeric"}))
}

func luhnComplete(d string) string {
	for c := 0; c < 10; c++ {
		if luhnOK(d + string(rune('0'+c))) {
			return d + string(rune('0'+c))
		}
	}
	return d
}

func (b *builder) uuid4() string {
	h := b.chars(hexdig, 32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + string("89ab"[b.intn(4)]) + h[17:20] + "-" + h[20:]
}

const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

var models = []string{"gpt-4o-2024-08-06", "gpt-4o-mini-2024-07-18", "claude-3-5-sonnet-20241022", "gemini-1.5-pro-002", "llama-3.1-70b-instruct", "mistral-large-2411", "qwen2.5-72b-instruct", "shopbot-ft-2025-03-11", "support-ranker-v7", "orion-chat-8b-q4"}
var embedModels = []string{"text-embedding-3-small", "text-embedding-3-large", "bge-m3", "e5-large-v2", "multilingual-e5-base", "nomic-embed-text-v1.5", "gte-qwen2-1.5b"}
var tables = []string{"dim_customer", "fct_orders", "stg_shopify__orders", "raw.crm_contacts", "analytics.customer_ltv", "customers.email_hash", "mart_support.tickets", "int_order_items", "dim_product", "fct_search_events", "cdp.identities", "ods.payments", "staging.returns", "public.addresses_v2"}
var columns = []string{"customer_id", "email_hash", "order_total", "created_at", "shipping_country", "is_subscribed", "ltv_90d", "phone_e164_hash", "first_order_at", "segment_code", "churn_score", "last_seen_at", "zip_prefix", "name_hash"}
var features = []string{"days_since_last_order", "avg_basket_value_30d", "pct_discounted_items", "n_sessions_7d", "category_affinity_shoes", "price_sensitivity", "return_rate_180d", "push_open_rate", "cart_abandon_count", "preferred_hour"}
var companies = []string{"Hugo Boss", "Ralph Lauren", "Tommy Hilfiger", "Calvin Klein", "Marc O'Polo", "Jack Wolfskin", "Karl Lagerfeld", "Ted Baker", "Paul Smith", "Dr. Martens", "Levi Strauss", "Estée Lauder", "Anker", "Decathlon", "Zalando", "Allegro", "Mercado Libre", "Rakuten", "Shopee", "Lazada", "Tokopedia", "Coupang", "Noon", "Jumia", "Takealot", "Flipkart", "Daraz", "Kaspi", "Ozon"}
var products = []string{"Merino Crew Sweater", "Trail Runner GTX 2", "Bamboo Duvet Cover", "Ceramic Pour-Over Set", "Kids Rain Jacket", "Linen Shirt Relaxed", "Noise Cancelling Earbuds", "Cast Iron Skillet 28cm", "Yoga Mat Pro 6mm", "Wool Beanie Ribbed", "Smart Kettle 1.7L", "Leather Card Holder"}
var cityNames = []string{"Kraków", "Tampere", "Bergen", "Aarhus", "Graz", "Lugano", "Québec", "Liège", "Curitiba", "Guadalajara", "Medellín", "Valparaíso", "Brisbane", "Durban", "Cebu", "Mombasa", "Chittagong", "Lahore", "Isfahan", "Haifa", "Coimbatore", "Nagpur", "Almaty", "Darkhan", "Siem Reap", "Mandalay", "Kaohsiung", "Osaka", "Busan", "Alexandria"}

// lookGens generates every look-alike type.
var lookGens = map[string]func(b *builder) string{
	"query_id": func(b *builder) string {
		return pick(b, []string{"", "q_", "qid-"}) + b.chars(hexdig, 16)
	},
	"airflow_run_id": func(b *builder) string {
		return fmt.Sprintf("%s__2026-%02d-%02dT%02d:00:00+00:00", pick(b, []string{"scheduled", "manual", "backfill"}), 1+b.intn(12), 1+b.intn(28), b.intn(24))
	},
	"dbt_invocation_id": func(b *builder) string { return b.uuid4() },
	"spark_app_id": func(b *builder) string {
		return fmt.Sprintf("application_17%011d_%04d", b.intn(99999999999), 1+b.intn(9999))
	},
	"table_name":  func(b *builder) string { return pick(b, tables) },
	"column_name": func(b *builder) string { return pick(b, columns) },
	"sql_function": func(b *builder) string {
		return pick(b, []string{"date_trunc('day', created_at)", "COALESCE(email_hash, '')", "COUNT(DISTINCT customer_id)", "LOWER(TRIM(sku))", "percentile_cont(0.95)", "ROW_NUMBER() OVER (PARTITION BY customer_id)", "sha2(lower(email), 256)"})
	},
	"row_count":   func(b *builder) string { return strconv.Itoa(1000 + b.intn(9000000)) },
	"duration_ms": func(b *builder) string { return strconv.Itoa(1+b.intn(60000)) + "ms" },
	"byte_size": func(b *builder) string {
		return pick(b, []string{strconv.Itoa(1+b.intn(999)) + "." + b.digits(1) + " MiB", strconv.Itoa(1+b.intn(99)) + "GB", strconv.Itoa(100000+b.intn(90000000)) + " bytes"})
	},
	"embedding_dim": func(b *builder) string { return "dim=" + pick(b, []string{"384", "768", "1024", "1536", "3072"}) },
	"float_vector": func(b *builder) string {
		var p []string
		for i := 0; i < 4+b.intn(4); i++ {
			p = append(p, fmt.Sprintf("%.4f", b.r.Float64()*2-1))
		}
		return "[" + strings.Join(p, ", ") + ", ...]"
	},
	"model_name":  func(b *builder) string { return pick(b, models) },
	"embed_model": func(b *builder) string { return pick(b, embedModels) },
	"token_count": func(b *builder) string {
		return pick(b, []string{"prompt_tokens=", "completion_tokens=", "total_tokens=", "cached_tokens="}) + strconv.Itoa(12+b.intn(8000))
	},
	"completion_id": func(b *builder) string {
		return pick(b, []string{"chatcmpl-", "msg_01", "resp_", "gen-"}) + b.mixed(alnum, 24)
	},
	"cosine_score": func(b *builder) string { return fmt.Sprintf("0.%04d", 1000+b.intn(8999)) },
	"experiment_id": func(b *builder) string {
		return pick(b, []string{"exp_", "EXP-", "ab-"}) + strconv.Itoa(100+b.intn(900)) + pick(b, []string{"_checkout_cta", "-search-rerank", "_reco_carousel", "-free-shipping-banner"})
	},
	"variant_id": func(b *builder) string {
		return pick(b, []string{"control", "treatment_a", "treatment_b", "variant-2", "holdout"})
	},
	"feature_name": func(b *builder) string { return pick(b, features) },
	"sha256_hex":   func(b *builder) string { return b.chars(hexdig, 64) },
	"md5_hex":      func(b *builder) string { return b.chars(hexdig, 32) },
	"salted_hash": func(b *builder) string {
		return "$2b$12$" + b.chars("./"+alnum, 53)
	},
	"base64_data": func(b *builder) string {
		return base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf(`{"page":%d,"size":%d,"sort":"created_at"}`, 1+b.intn(40), 20+b.intn(80))))
	},
	"uuid_v4": func(b *builder) string { return b.uuid4() },
	"uuid_v7": func(b *builder) string {
		h := fmt.Sprintf("%012x", 0x0190_0000_0000+b.intn(0x10_0000_0000)) + b.chars(hexdig, 20)
		return h[:8] + "-" + h[8:12] + "-7" + h[13:16] + "-" + string("89ab"[b.intn(4)]) + h[17:20] + "-" + h[20:32]
	},
	"ulid":  func(b *builder) string { return "01J" + b.chars(crockford, 23) },
	"ksuid": func(b *builder) string { return "2" + b.chars(alnum, 26) },
	"snowflake_id": func(b *builder) string {
		return "1" + strconv.Itoa(7+b.intn(3)) + b.digits(17)
	},
	"trace_id": func(b *builder) string { return b.chars(hexdig, 32) },
	"span_id":  func(b *builder) string { return b.chars(hexdig, 16) },
	"k8s_pod": func(b *builder) string {
		return pick(b, []string{"search-indexer", "rag-embedder", "cdp-sync", "airflow-worker", "llm-gateway", "reco-feed"}) + "-" + b.chars("bcdfghjklmnpqrstvwxz2456789", 10) + "-" + b.chars("bcdfghjklmnpqrstvwxz2456789", 5)
	},
	"image_digest": func(b *builder) string { return "sha256:" + b.chars(hexdig, 64) },
	"semver": func(b *builder) string {
		return fmt.Sprintf("v%d.%d.%d", b.intn(5), b.intn(30), b.intn(20)) + pick(b, []string{"", "", "-rc.1", "-beta.3"})
	},
	"git_sha": func(b *builder) string { return b.chars(hexdig, 40) },
	"tf_address": func(b *builder) string {
		return pick(b, []string{"module.warehouse.aws_db_instance.main", "google_bigquery_dataset.analytics", "aws_opensearch_domain.search[0]", "kubernetes_secret.llm_gateway", "module.cdp.aws_kinesis_stream.events", "helm_release.airflow"})
	},
	"arn": func(b *builder) string {
		return fmt.Sprintf("arn:aws:%s:eu-central-1:%s:%s", pick(b, []string{"s3", "kinesis", "lambda", "secretsmanager"}), b.digits(12), pick(b, []string{"stream/cdp-events", "function:embed-chunks", "secret:prod/warehouse-AbCdEf", "bucket/exports"}))
	},
	"cron": func(b *builder) string {
		return pick(b, []string{"0 3 * * *", "*/15 * * * *", "30 2 * * 1-5", "0 */6 * * *", "@daily"})
	},
	"ipv4": func(b *builder) string { return fmt.Sprintf("10.%d.%d.%d", b.intn(256), b.intn(256), 1+b.intn(254)) },
	"port": func(b *builder) string {
		return pick(b, []string{"5432", "3306", "9200", "6379", "9092", "8080", "6333", "19530"})
	},
	"user_agent": func(b *builder) string {
		return pick(b, []string{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "python-requests/2.32.3", "okhttp/4.12.0", "elasticsearch-py/8.15.1", "grpc-go/1.68.0"})
	},
	"order_amazon":  func(b *builder) string { return fmt.Sprintf("%03d-%s-%s", 100+b.intn(900), b.digits(7), b.digits(7)) },
	"order_shopify": func(b *builder) string { return "#" + strconv.Itoa(1001+b.intn(98000)) },
	"order_tiktok":  func(b *builder) string { return "57" + b.digits(16) },
	"order_shopee":  func(b *builder) string { return "2412" + b.digits(2) + b.chars(upalnu, 8) },
	"order_numeric": func(b *builder) string { return "ORD-" + b.digits(8) },
	"sku": func(b *builder) string {
		return pick(b, []string{"SKU-", "", "WB-"}) + b.chars(uppers, 3) + "-" + b.digits(4) + "-" + pick(b, []string{"BLK", "WHT", "NAV", "M", "XL", "42"})
	},
	"ean13": func(b *builder) string {
		d := pick(b, []string{"590", "858", "640", "730", "703", "570", "477", "760", "789", "750", "490", "880", "690", "471", "622", "955"}) + b.digits(9)
		sum := 0
		for i, c := range d {
			n := int(c - '0')
			if i%2 == 1 {
				n *= 3
			}
			sum += n
		}
		return d + strconv.Itoa((10-sum%10)%10)
	},
	"tracking_ups": func(b *builder) string { return "1Z" + b.chars(upalnu, 6) + b.digits(10) },
	"tracking_intl": func(b *builder) string {
		return pick(b, []string{"LK", "RR", "CP", "EE", "LX"}) + b.digits(9) + pick(b, []string{"CN", "PL", "SE", "FI", "DE", "BR"})
	},
	"tracking_dhl": func(b *builder) string { return "JJD" + b.digits(18) },
	"epoch_ms_luhn": func(b *builder) string {
		return luhnComplete("17" + strconv.Itoa(50+b.intn(40)) + b.digits(8))
	},
	"epoch_s": func(b *builder) string { return "17" + strconv.Itoa(50+b.intn(40)) + b.digits(6) },
	"amount": func(b *builder) string {
		n := 1 + b.intn(99999)
		c := b.intn(100)
		switch b.intn(7) {
		case 0:
			return fmt.Sprintf("%d.%02d EUR", n, c)
		case 1:
			return fmt.Sprintf("PLN %d,%02d", n, c)
		case 2:
			return fmt.Sprintf("R$ %d,%02d", n, c)
		case 3:
			return fmt.Sprintf("¥%d", n*10)
		case 4:
			return fmt.Sprintf("%d %03d,%02d kr", 1+n/1000, n%1000, c)
		case 5:
			return fmt.Sprintf("₩%d,%03d", 1+n/10, b.intn(1000))
		default:
			return fmt.Sprintf("$%d.%02d", n, c)
		}
	},
	"amount_plain": func(b *builder) string { return fmt.Sprintf("%d.%02d", 1+b.intn(9999), b.intn(100)) },
	"percentage":   func(b *builder) string { return fmt.Sprintf("%d.%d%%", b.intn(100), b.intn(10)) },
	"date_iso": func(b *builder) string {
		return fmt.Sprintf("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", 1+b.intn(12), 1+b.intn(28), b.intn(24), b.intn(60), b.intn(60), b.intn(1000))
	},
	"date_local": func(b *builder) string {
		d, m := 1+b.intn(28), 1+b.intn(12)
		return pick(b, []string{fmt.Sprintf("%02d.%02d.2026", d, m), fmt.Sprintf("%d/%d/2026", m, d), fmt.Sprintf("2026年%d月%d日", m, d), fmt.Sprintf("%02d-%02d-2026", d, m)})
	},
	"time_hms": func(b *builder) string { return fmt.Sprintf("%02d:%02d:%02d", b.intn(24), b.intn(60), b.intn(60)) },
	"iso_duration": func(b *builder) string {
		return pick(b, []string{"PT15M", "P7D", "PT1H30M", "P30D", "PT0.250S", "P1Y"})
	},
	"locale_code": func(b *builder) string {
		return pick(b, []string{"pl-PL", "sv-SE", "pt-BR", "es-MX", "fr-CA", "de-CH", "ja-JP", "ko-KR", "zh-TW", "en-AU"})
	},
	"country_code": func(b *builder) string {
		return pick(b, []string{"country=PL", "country=SE", "country=BR", "country=KE", "country=KZ", "country=EG"})
	},
	"currency_code": func(b *builder) string {
		return pick(b, []string{"PLN", "SEK", "NOK", "DKK", "CHF", "BRL", "MXN", "COP", "CLP", "KZT", "MNT", "KHR", "MMK", "TWD", "EGP", "BDT", "PKR", "IRR"})
	},
	"http_status": func(b *builder) string {
		return pick(b, []string{"HTTP/1.1 200", "status=429", "status=503", "HTTP/2 404", "code=201"})
	},
	"error_code": func(b *builder) string {
		return pick(b, []string{"ERR_RATE_LIMITED", "E_CONN_RESET", "ORA-01017", "SQLSTATE 23505", "PG::UniqueViolation", "es_rejected_execution_exception", "context_length_exceeded", "DEADLINE_EXCEEDED", "invalid_request_error", "KafkaStorageException"})
	},
	"company_name": func(b *builder) string { return pick(b, companies) },
	"product_name": func(b *builder) string { return pick(b, products) },
	"city_name":    func(b *builder) string { return pick(b, cityNames) },
	"plus_code": func(b *builder) string {
		return b.chars("23456789CFGHJMPQRVWX", 4) + "+" + b.chars("23456789CFGHJMPQRVWX", 2)
	},
	"lat_long":   func(b *builder) string { return fmt.Sprintf("%.5f,%.5f", b.r.Float64()*120-50, b.r.Float64()*340-170) },
	"request_id": func(b *builder) string { return "req_" + b.mixed(alnum, 20) },
	"index_name": func(b *builder) string {
		return pick(b, []string{"products-v12", "orders-2026.12", "customers_search_v3", "kb-articles-multilingual", "autocomplete-pl"})
	},
	"topic_name": func(b *builder) string {
		return pick(b, []string{"cdp.identify.v1", "orders.dlq", "search-clicks", "connect-dlq-warehouse", "privacy.erasure-requests"})
	},
	"job_name": func(b *builder) string {
		return pick(b, []string{"daily_customer_ltv", "erase_subject_data", "sync_crm_contacts", "rebuild_search_index", "embed_kb_articles", "export_audience_meta"})
	},
	"vector_id": func(b *builder) string { return "chunk_" + b.chars(hexdig, 12) + "_" + strconv.Itoa(b.intn(200)) },
	"dsr_id":    func(b *builder) string { return pick(b, []string{"DSR-", "PRV-", "ccpa-"}) + "2026-" + b.digits(6) },
	"cursor": func(b *builder) string {
		return base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf("cursor:%d:%d", 1+b.intn(9000), b.intn(100))))
	},
	"gtin_upc": func(b *builder) string { return luhnLike12(b) },
	"stack_frame": func(b *builder) string {
		return pick(b, []string{"app/services/crm_sync.py:142", "src/main.rs:88:14", "OrderLookupTool.kt:57", "lib/Repository/CustomerRepository.php:211", "pipeline/embed.go:93"})
	},
}

// luhnLike12 writes a UPC-A with its check digit.
func luhnLike12(b *builder) string {
	d := "0" + b.digits(10)
	sum := 0
	for i, c := range d {
		n := int(c - '0')
		if i%2 == 0 {
			n *= 3
		}
		sum += n
	}
	return d + strconv.Itoa((10-sum%10)%10)
}

// traps: clean values that sit where PII sits.
var trapTexts = map[string][]string{
	"trap_column_named": {"column \"email\" type text", "column_name: phone_number", "COLUMN customer_name VARCHAR(120)", "field: billing_address_line1", "card_number_last4 CHAR(4)", "iban_country CHAR(2)", "id_card_no_hash BYTEA"},
	"trap_pii_key_flag": {"phone_verified=true", "email_opt_in=false", "address_type=billing", "card_brand=visa", "iban_country=DE", "password_min_length=12", "token_count=1843", "redacted=true", "name_source=crm", "has_cn_id=false"},
	"trap_placeholder":  {"{{customer.email}}", "<EMAIL>", "%(name)s", ":customer_name", "${PHONE}", "{{ shipping_address }}", "[CARD_NUMBER]", "<PERSON>", "{first_name} {last_name}", "@customer_email"},
	"trap_masked":       {"****1234", "j***@***.com", "+48 *** *** 412", "**** **** **** 4242", "DE** **** **** **** **12 34", "a****z@g****.com", "1101**********1234"},
	"trap_role":         {"Customer", "Assistant", "Agent", "Support Bot", "System", "Moderator"},
	"trap_secret_name":  {"secret_name: db-creds", "secretKeyRef: warehouse-password", "api_key_id=key_live_public_01", "vault:kv/data/llm-gateway#openai", "aws_secretsmanager_secret.db_master"},
	"trap_name_hash":    {"customer_name_hash", "email_sha256", "phone_hash_v2", "address_fingerprint"},
}

func (b *builder) trap(typ string) string {
	return b.T(typ, pick(b, trapTexts[typ]))
}

var allLookTypes = func() []string {
	var out []string
	for k := range lookGens {
		out = append(out, k)
	}
	for k := range trapTexts {
		out = append(out, k)
	}
	return out
}()
