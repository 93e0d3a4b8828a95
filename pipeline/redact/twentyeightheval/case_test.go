package twentyeightheval

import (
	"fmt"
	"strings"
)

// seg is a run of a field's text: a literal (own == -1), a PII value
// (own >= 0, index into ps) or a look-alike (own <= -2, index -(own+2)).
type seg struct {
	s   string
	own int
}

type tfield struct {
	path string
	segs []seg
}

type tcase struct {
	ctx, tmpl, loc string
	dead           bool
	fields         []tfield
	ps             []pii
	pspell         []string
	credLabel      []string
	ls             []look
	lspell         []string
	items          []item
}

type item struct {
	p bool
	i int
}

type builder struct {
	g *gen
	c *tcase
}

func (b *builder) field(path string) { b.c.fields = append(b.c.fields, tfield{path: path}) }

func (b *builder) litf(format string, args ...any) { b.lit(fmt.Sprintf(format, args...)) }

func (b *builder) lit(s string) {
	f := &b.c.fields[len(b.c.fields)-1]
	f.segs = append(f.segs, seg{s, -1})
}

func (b *builder) pv(i int, spelled string) {
	f := &b.c.fields[len(b.c.fields)-1]
	f.segs = append(f.segs, seg{spelled, i})
	b.c.pspell[i] = spelled
}

func (b *builder) lv(j int, spelled string) {
	f := &b.c.fields[len(b.c.fields)-1]
	f.segs = append(f.segs, seg{spelled, -(j + 2)})
	b.c.lspell[j] = spelled
}

func (f *tfield) text() string {
	var sb strings.Builder
	for _, s := range f.segs {
		sb.WriteString(s.s)
	}
	return sb.String()
}

// Keys, phrases and labels partners use.
var keysByKind = map[string][]string{
	"name":    {"customer_name", "buyer_name", "recipient", "card_holder", "contact_name", "ship_to_name", "consignee"},
	"address": {"address1", "shipping_street", "billing_address", "ship_to_address", "street", "line1"},
	"phone":   {"phone", "msisdn", "mobile", "contact_phone", "tel", "billing_phone"},
	"email":   {"email", "payer_email", "customer_email", "notify_email", "buyer_mail"},
	"card":    {"card_number", "pan", "cardNumber", "ccnum", "card_no"},
	"iban":    {"iban", "payer_iban", "refund_iban", "account_iban"},
	"cn_id":   {"id_number", "identity_no", "payer_id_no", "id_card_no", "resident_id"},
}

var phrasesByKind = map[string][]string{
	"name":    {"for ", "customer ", "recipient ", "attn ", "buyer: ", "account holder ", "consignee "},
	"address": {"ship to ", "deliver to ", "address: ", "delivery address ", "ship-to: "},
	"phone":   {"tel ", "call ", "phone: ", "mobile ", "contact number "},
	"email":   {"email ", "notify ", "reply-to ", "e-mail: "},
	"card":    {"card ", "paid with card ", "PAN ", "card number "},
	"iban":    {"IBAN ", "refund to IBAN ", "payout account "},
	"cn_id":   {"ID ", "身份证号 ", "national id ", "resident id "},
}

var lookKeys = map[string]string{
	"amazon_order": "amazon_order_id", "shopify_order": "order_name", "shopify_id": "order_id", "tiktok_id": "tiktok_order_id",
	"shopee_id": "ordersn", "lazada_id": "lazada_order_id", "epoch_ms": "ts_ms", "epoch_ms_luhn": "created_ms", "uuid": "uuid",
	"trace_id": "trace_id", "span_id": "span_id", "sku": "sku", "ups_1z": "tracking_number", "s10": "tracking_no",
	"carrier_num": "waybill", "ean13": "gtin", "amount": "amount", "date": "date", "version": "api_version",
	"http_status": "upstream_status", "port": "endpoint", "ip": "client_ip", "hostname": "host", "duration": "latency",
	"product_name": "product", "shop_name": "shop", "class_method": "handler", "file_line": "source", "git_sha": "build_sha",
	"request_id": "request_id", "edi_control": "control_number", "gln": "gln", "duns": "duns", "hs_code": "hs_code",
	"incoterm": "incoterms", "weight_dim": "package", "sscc": "sscc", "invoice_no": "invoice_no", "message_id": "message_id",
	"mime_boundary": "boundary",
}

func (b *builder) key(kind string) string { return b.g.pick(keysByKind[kind]) }

func (b *builder) phrase(kind string) string { return b.g.pick(phrasesByKind[kind]) }

// credKV says how a credential sits under a key: the key, and text around
// the secret inside the value.
func credKV(form, label string) (key, pre, post string) {
	switch form {
	case "bearer":
		return "Authorization", "Bearer ", ""
	case "basic":
		return "Authorization", "Basic ", ""
	case "dsn":
		return "database_url", "postgres://edi_sync:", "@db-partner.internal:5432/orders"
	case "otp":
		return "otp", "", ""
	}
	return label, "", ""
}

// credText says how a credential sits in free text.
func (b *builder) credText(i int) (pre, post string) {
	p := b.c.ps[i]
	switch p.form {
	case "bearer":
		return "Authorization: Bearer ", ""
	case "basic":
		return "Authorization: Basic ", ""
	case "dsn":
		return "dsn=postgres://edi_sync:", "@db-partner.internal:5432/orders"
	case "otp":
		return b.g.pick([]string{"verification code ", "your OTP is ", "código de verificación: ", "验证码 ", "Bestätigungscode: "}), ""
	}
	l := b.c.credLabel[i]
	return b.g.pick([]string{l + "=", l + ": ", l + " "}), ""
}

// kvItems writes every item as key, separator, encoded value, terminator;
// enc spells values, encK spells look-alikes.
func (b *builder) kvItems(open, sep, close string, enc func(kind, s string) string, encL func(s string) string) {
	for _, it := range b.c.items {
		if !it.p {
			l := b.c.ls[it.i]
			b.lit(open + lookKeys[l.typ] + sep)
			b.lv(it.i, encL(l.raw))
			b.lit(close)
			continue
		}
		p := b.c.ps[it.i]
		if p.kind == "credential" {
			k, pre, post := credKV(p.form, b.c.credLabel[it.i])
			b.lit(open + k + sep + encL(pre))
			b.pv(it.i, enc(p.kind, p.raw))
			b.lit(encL(post) + close)
			continue
		}
		b.lit(open + b.key(p.kind) + sep)
		b.pv(it.i, enc(p.kind, p.raw))
		b.lit(close)
	}
}

// textItems writes every item as a phrase and the value, joined by sep.
func (b *builder) textItems(sep string, enc func(kind, s string) string, encL func(s string) string) {
	for n, it := range b.c.items {
		if n > 0 {
			b.lit(sep)
		}
		if !it.p {
			l := b.c.ls[it.i]
			b.lit(encL(strings.ReplaceAll(lookKeys[l.typ], "_", " ") + " "))
			b.lv(it.i, encL(l.raw))
			continue
		}
		p := b.c.ps[it.i]
		if p.kind == "credential" {
			pre, post := b.credText(it.i)
			b.lit(encL(pre))
			b.pv(it.i, enc(p.kind, p.raw))
			b.lit(encL(post))
			continue
		}
		b.lit(encL(b.phrase(p.kind)))
		b.pv(it.i, enc(p.kind, p.raw))
	}
}

func ident(s string) string        { return s }
func identK(kind, s string) string { return s }
func liftK(f func(string) string) func(string, string) string {
	return func(_, s string) string { return f(s) }
}
