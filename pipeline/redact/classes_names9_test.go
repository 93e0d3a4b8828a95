package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// People under keys of ownership and workflow: a person's name under
// "owner", "assignee", "approver", "created_by", "担当者" in JSON, logfmt,
// YAML and JSON held in a string; logins, teams, services, companies,
// carriers and statuses under the same keys stay.
func TestClassRoleKeys(t *testing.T) {
	checkClasses(t, []classCase{
		{"json owner", `effective configuration: {"env":"production","support":{"owner":"Testa Fakeroe","oncall_phone":"+44 7700 900000"}}`,
			"Fakeroe", []string{`"env":"production"`, `"owner":"[REDACTED:name]"`}},
		{"json in a string", `msg="config loaded" config="{\"support\":{\"owner\":\"Jana Fakeová\",\"tier\":\"gold\"}}"`,
			"Fakeová", []string{`\"tier\":\"gold\"`}},
		{"logfmt", `ticket=48213 assignee=Testa van Fakeroe status=open`, "Fakeroe", []string{"ticket=48213", "status=open"}},
		{"yaml", "service: order-sync\nowner: Jana Fakeová\nqueue: orders.v1", "Fakeová", []string{"service: order-sync", "queue: orders.v1"}},
		{"created by", `{"created_by":"Testa Fakeroe","created_at":"2026-12-05T10:00:00Z"}`, "Fakeroe", []string{"2026-12-05T10:00:00Z"}},
		{"approver in capitals", `approver="TESTA FAKEROE" amount=120.50`, "FAKEROE", []string{"amount=120.50"}},
		{"honorific first", `{"owner":"anh Fakeng Thu Testa"}`, "Fakeng", nil},
		{"a name ending in a short word", `{"owner":"Fakeyen Văn An"}`, "Fakeyen", nil},
		{"an initial in capitals", `{"owner":"MA. TESTA FAKERAEG"}`, "FAKERAEG", nil},
		{"family name first", `{"reviewer":"FAKEROE, Testa"}`, "Testa", nil},
		{"han name apart", `{"owner":"伊藤 健一"}`, "健一", nil},
		{"hangul", `{"담당자":"김민준"}`, "김민준", nil},
		{"name and address", `owner: Testa Fakeroe <testa@example.com>`, "Fakeroe", nil},
	})
	checkClasses(t, []classCase{
		{"a login", `{"owner":"jfakeroe","assignee":"team-payments","created_by":"svc_order_sync"}`, "",
			[]string{`"owner":"jfakeroe"`, `"assignee":"team-payments"`, `"created_by":"svc_order_sync"`}},
		{"a team", `{"owner":"Payments Team","contact":"Customer Care","reviewer":"Platform Squad"}`, "",
			[]string{"Payments Team", "Customer Care", "Platform Squad"}},
		{"a company and a carrier", `{"owner":"Fakeworks GmbH","contact":"Shopee Express","approver":"Ninja Van"}`, "",
			[]string{"Fakeworks GmbH", "Shopee Express", "Ninja Van"}},
		{"a status", `{"owner":"Not Assigned","assignee":"UNASSIGNED","reviewer":"ORDER SYNC"}`, "",
			[]string{"Not Assigned", "UNASSIGNED", "ORDER SYNC"}},
		{"one capitalised word", `{"owner":"Payments","author":"Renovate"}`, "", []string{`"owner":"Payments"`, `"author":"Renovate"`}},
		{"a team in han", `{"owner":"决策团队","担当":"物流部"}`, "", []string{"决策团队", "物流部"}},
		{"a topic and an epic", `topic=orders.v1 epic="Black Friday"`, "", []string{"topic=orders.v1", "Black Friday"}},
		{"a handle", `{"assignee":"@jfakeroe"}`, "", []string{"@jfakeroe"}},
	})
	r := newDefault(t)
	ev := event.Event{Fields: []event.Field{
		{Path: "support.owner", Value: event.StringValue("Testa Fakeroe")},
		{Path: "ci.author", Value: event.StringValue("renovate-bot")},
		{Path: "svc.owner", Value: event.StringValue("Payments Team")},
	}}
	r.Event(&ev)
	for _, f := range ev.Fields {
		switch f.Path {
		case "support.owner":
			if strings.Contains(f.Value.Str, "Fakeroe") {
				t.Errorf("event field %s kept the name: %q", f.Path, f.Value.Str)
			}
		case "ci.author", "svc.owner":
			if strings.Contains(f.Value.Str, "REDACTED") {
				t.Errorf("event field %s lost its value: %q", f.Path, f.Value.Str)
			}
		}
	}
}

// A name bracketed after an order's or a ticket's reference; statuses,
// carriers, counts, places and the brackets after other tokens stay.
func TestClassLabelledNames(t *testing.T) {
	checkClasses(t, []classCase{
		{"shopify name", `webhook orders/create received for #10442 (Testa Fakeroe)`, "Fakeroe", []string{"#10442 ("}},
		{"square brackets", `Order #1234 [Jana Fakeová] paid`, "Fakeová", []string{"Order #1234 [", "] paid"}},
		{"ticket", `ticket 48213 (FAKEROE, Testa) reopened`, "Testa", []string{"ticket 48213", "reopened"}},
		{"order word and number", `pedido nº 4711 (김민준) enviado`, "김민준", []string{"pedido nº 4711"}},
		{"amazon order", `order 123-4567890-1234567 (Testa Fakeroe) shipped`, "Fakeroe", []string{"123-4567890-1234567"}},
	})
	checkClasses(t, []classCase{
		{"status", `Order #1234 (Paid) and #1235 (Partially Refunded)`, "", []string{"(Paid)", "(Partially Refunded)"}},
		{"carrier", `Order #1234 (Shopee Express)`, "", []string{"(Shopee Express)"}},
		{"count", `Order #1234 (3 items)`, "", []string{"(3 items)"}},
		{"place", `order 123-4567890-1234567 (São Paulo) and #88 (New York)`, "", []string{"(São Paulo)", "(New York)"}},
		{"http phrase", `Order #1234 (Bad Gateway)`, "", []string{"(Bad Gateway)"}},
		{"not after a reference", `sku 12345 (Blue Shirt) v1.2.3 (Testa Fakeroe)`, "", []string{"(Blue Shirt)", "(Testa Fakeroe)"}},
	})
}

// A name after the symbols that open a push title, with or without a
// greeting; statuses, offers and words of notices stay.
func TestClassPushTitles(t *testing.T) {
	checkClasses(t, []classCase{
		{"given name", `push payload {"notification":{"title":"📦 Testa","body":"Order 123-4567890-1234567 delivered"}}`,
			"Testa", []string{"📦 ", "123-4567890-1234567"}},
		{"in a string", `{"push.raw":"{\"notification\":{\"title\":\"📦 Luíza\",\"body\":\"x\"}}"}`, "Luíza", []string{"📦 "}},
		{"vocative", `{"aps":{"alert":{"title":"🎉 Testa Fakeroe, your order has shipped!"}}}`, "Fakeroe", []string{"your order has shipped!"}},
		{"greeting", `{"heading":"👋 Hi Testa, welcome back"}`, "Testa", []string{"welcome back"}},
		{"hangul", `{"title":"📦 지호"}`, "지호", nil},
		{"logfmt", `title="🚚 Jana" body="on its way"`, "Jana", []string{"on its way"}},
	})
	checkClasses(t, []classCase{
		{"status", `{"title":"📦 Delivered","body":"x"}`, "", []string{"📦 Delivered"}},
		{"offer", `{"title":"🔥 Flash Sale: 50% off"}`, "", []string{"Flash Sale"}},
		{"payment", `{"title":"✅ Payment received"}`, "", []string{"Payment received"}},
		{"korean notice", `{"title":"📦 배송완료"}`, "", []string{"배송완료"}},
		{"japanese notice", `{"title":"📦 配達完了"}`, "", []string{"配達完了"}},
		{"katakana", `{"title":"🎁 セール"}`, "", []string{"セール"}},
		{"capitals", `{"title":"⚠️ WARNING"}`, "", []string{"WARNING"}},
		{"no symbol", `{"title":"Testa Fakeroe Memorial Prize"}`, "", []string{"Memorial Prize"}},
		{"not a title", `{"label":"📦 Testa"}`, "", []string{"📦 Testa"}},
	})
}

// Tables after the first one in a text, with their own header and
// separator; a header-less TSV record whose holder stands beside an IBAN.
func TestClassLaterTables(t *testing.T) {
	checkClasses(t, []classCase{
		{"second table", "import orders.csv: 1 row rejected\nline,order_id,buyer_name,total,error\n12,123-4567890-1234567,\"Jana Fakeová\",12.50,invalid postcode\npayout export\tholder\tiban\nRE-2026-000001\tM. Testa-Marie Fakeroe\tDE89370400440532013000",
			"Fakeroe", []string{"RE-2026-000001", "invalid postcode", "payout export\tholder\tiban"}},
		{"second table han", "line,order_id,error\n3,123-4567890-1234567,duplicate order\npayout export\tholder\tiban\nINV-2026-000002\t张晓明\tDE89370400440532013000",
			"张晓明", []string{"INV-2026-000002", "duplicate order"}},
		{"header-less tsv beside an iban", "RE-2026-000001\tTesta Fakeroe\tDE89370400440532013000", "Fakeroe", []string{"RE-2026-000001"}},
	})
	checkClasses(t, []classCase{
		{"second table without pii columns", "line,order_id,error\n3,123-4567890-1234567,duplicate order\nsku\twarehouse\tqty\nSKU-1-RED\tBerlin Nord\t4",
			"", []string{"Berlin Nord", "SKU-1-RED"}},
		{"tsv row without pii", "RE-2026-000001\tBlue Shirt\t12.50", "", []string{"Blue Shirt"}},
	})
}

// Bound values whose column names the ship-to or bill-to person; a name
// after its field's identifier in an exception message; a payment event's
// noun before "for"; a name after a greeting's punctuation.
func TestClassQuotedValueNames(t *testing.T) {
	checkClasses(t, []classCase{
		{"hibernate ship_name", "Hibernate: update orders set ship_name=?, total=? where id=?\nbinding parameter [1] as [VARCHAR] - [Testa Fakeroe]\nbinding parameter [2] as [NUMERIC] - [12.50]",
			"Fakeroe", []string{"[12.50]"}},
		{"identifier then value", `ValidationError: {'id_card_no': ['does not match real_name Testa Fakeroe']}`, "Fakeroe", []string{"does not match real_name"}},
		{"camel identifier", `lookup failed for buyerName Jana Fakeová, retrying`, "Fakeová", []string{"retrying"}},
		{"adyen event code", `adyen notification AUTHORISATION for Testa Fakeroe`, "Fakeroe", []string{"AUTHORISATION for"}},
		{"refund noun", `refund for Testa Fakeroe queued`, "Fakeroe", []string{"queued"}},
		{"korean greeting", `안녕하세요, 정수빈. 주문 확인 부탁드립니다`, "정수빈", []string{"안녕하세요"}},
		{"japanese greeting", `お世話になっております。 鈴木 美咲. Order 1`, "美咲", []string{"お世話になっております"}},
		{"dutch greeting", `Goedendag, met Testa de Fakeroe. Bestelling 4711`, "Fakeroe", []string{"Bestelling 4711"}},
		{"arabic greeting", `السلام عليكم، معك فيكا تستاوي. الطلب 4711`, "تستاوي", nil},
	})
	checkClasses(t, []classCase{
		{"identifier then prose", `the field full_name Must be set; display_name New York`, "", []string{"Must be set", "New York"}},
		{"identifier of a team", `user_name Payments Team`, "", []string{"Payments Team"}},
		{"refund for a sale", `refund for Black Friday Sale, payout for Fakeworks GmbH`, "", []string{"Black Friday Sale", "Fakeworks GmbH"}},
		{"greeting then prose", "Hello, thanks for the help.\n안녕하세요, 배송 문의드립니다.\n안녕하세요, 배송 문의.\nお世話になっております。 注文の件です。\nالسلام عليكم، أريد تغيير العنوان.\n你好，发货了吗。",
			"", []string{"thanks for the help", "배송 문의드립니다", "배송 문의.", "注文の件です", "أريد تغيير العنوان", "发货了吗"}},
	})
}

// ORM logs whose statement names the columns: Sequelize's bind and
// replacements lists, ActiveRecord's pairs; MySQL's duplicate entry whose
// index names a name column. Column lists, model actions and other
// indexes stay.
func TestClassORMNames(t *testing.T) {
	checkClasses(t, []classCase{
		{"sequelize bind", `Executing (default): INSERT INTO "customers" ("id","full_name","email") VALUES (DEFAULT,$1,$2) RETURNING *; {"bind":["Testa Fakeroe","t@example.com"]}`,
			"Fakeroe", []string{`("id","full_name","email")`}},
		{"sequelize replacements", "Executing (default): UPDATE `orders` SET `recipient_name`=?,`updatedAt`=? WHERE `id` = ? | replacements: [\"Jana Fakeová\",\"2026-12-05 10:00:00\",42]",
			"Fakeová", []string{"2026-12-05 10:00:00"}},
		{"activerecord", `  Customer Create (0.4ms)  INSERT INTO "customers" ("first_name", "last_name", "email") VALUES ($1, $2, $3) RETURNING "id"  [["first_name", "Testa"], ["last_name", "Fakeroe"], ["email", "t@example.com"]]`,
			"Fakeroe", []string{"Customer Create (0.4ms)", `("first_name", "last_name", "email")`, `["last_name", "[REDACTED:name]"]`}},
		{"django two columns", `(0.002) INSERT INTO "shop_customer" ("full_name", "email") VALUES ('Testa Fakeroe', 't@example.com'); args=('Testa Fakeroe', 't@example.com')`,
			"Fakeroe", []string{`("full_name", "email") VALUES`}},
		{"mysql duplicate entry", `Duplicate entry 'Testa Fakeroe' for key 'customers.uniq_full_name'`, "Fakeroe", nil},
		{"mysql composite", `SQLIntegrityConstraintViolationException: Duplicate entry 'Jana Fakeová-2026' for key 'recipient_name_date'`, "Fakeová", nil},
		{"german orderer key", `{"order_id":"171-3028577-3638408","Besteller":"Testa Fakeroe","total":"12.50"}`, "Fakeroe", []string{"171-3028577-3638408"}},
		{"warehouse event", `pick list printed for Testa Fakeroe (seller Fakeworks, RUC 20794602533)`, "Fakeroe", []string{"seller Fakeworks"}},
	})
	checkClasses(t, []classCase{
		{"duplicate sku", `Duplicate entry 'Blue Shirt' for key 'products.uniq_title'`, "", []string{"'Blue Shirt'"}},
		{"python pair", `("name", "Testa Fakeroe")`, "Fakeroe", nil},
		{"printed for a shop", `label printed for Fakeworks Logistik`, "", []string{"Fakeworks Logistik"}},
	})
}
