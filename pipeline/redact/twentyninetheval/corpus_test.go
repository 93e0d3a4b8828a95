package twentyninetheval

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
	"github.com/vigilops/vigil/event"
)

var contexts = []string{"field", "message", "json_escaped", "json_in_string", "html", "url_query", "form_body", "repr_dump", "mime", "base64_relay", "csv_export", "sms", "chat", "courier_api", "search_log", "autocomplete"}

// ---- per-segment encoders (character-wise, so a value's spelling is known) ----

func jsonEsc(s string, ascii, escAt bool) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c < 0x20:
			fmt.Fprintf(&b, `\u%04x`, c)
		case escAt && (c == '@' || c == '+' || c == '&' || c == '<'):
			fmt.Fprintf(&b, `\u%04x`, c)
		case ascii && c >= 0x80:
			if c > 0xFFFF {
				a, z := utf16.EncodeRune(c)
				fmt.Fprintf(&b, `\u%04x\u%04x`, a, z)
			} else {
				fmt.Fprintf(&b, `\u%04x`, c)
			}
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func htmlEnc(s string, hexMode bool) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '&':
			b.WriteString("&amp;")
		case c == '<':
			b.WriteString("&lt;")
		case c == '"':
			b.WriteString("&quot;")
		case c == '@' || c >= 0x80:
			if hexMode {
				fmt.Fprintf(&b, "&#x%X;", c)
			} else {
				fmt.Fprintf(&b, "&#%d;", c)
			}
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func pyRepr(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '\'' || c == '\\':
			b.WriteByte('\\')
			b.WriteRune(c)
		case c < 0x20 || (c >= 0x7f && c < 0x100):
			fmt.Fprintf(&b, `\x%02x`, c)
		case c >= 0x100 && c <= 0xFFFF:
			fmt.Fprintf(&b, `\u%04x`, c)
		case c > 0xFFFF:
			fmt.Fprintf(&b, `\U%08x`, c)
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func byteEsc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < 0x20 {
			fmt.Fprintf(&b, `\x%02x`, c)
		} else if c == '"' || c == '\\' {
			b.WriteByte('\\')
			b.WriteByte(c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func mimeQ(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			b.WriteByte('_')
		case c >= 0x80 || c == '=' || c == '?' || c == '_' || c < 0x20:
			fmt.Fprintf(&b, "=%02X", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func logfmtQ(s string) string {
	q := strconv.QuoteToASCII(s)
	return q[1 : len(q)-1]
}

func csvQ(s string) string { return strings.ReplaceAll(s, `"`, `""`) }

// ---- cases ----

type value struct {
	pii          bool
	kind, form   string
	loc          string
	typ          string // look-alike type
	raw, spelled string
}

type tcase struct {
	id       int
	ctx      string
	tmpl     string
	loc      string
	dead     bool
	fields   []event.Field
	line     string
	values   []value
	b64Blobs []string
}

var leads = map[string][]string{
	"order":    {"order created", "注文を受け付けました", "주문 접수", "订单已创建", "تم إنشاء الطلب", "заказ оформлен", "sipariş oluşturuldu", "pedido criado"},
	"refund":   {"refund issued", "返金処理完了", "환불 완료", "退款成功", "تم استرداد المبلغ", "возврат средств", "iade yapıldı", "reembolso emitido"},
	"return":   {"return label requested", "返品受付", "반품 접수", "退货申请", "طلب إرجاع", "возврат товара", "Rücksendung angelegt", "devolución solicitada"},
	"support":  {"support ticket opened", "お問い合わせ", "고객 문의", "客服工单", "تذكرة دعم", "обращение в поддержку", "destek talebi", "ticket de soporte"},
	"recovery": {"account recovery started", "アカウント復旧", "계정 복구", "账号找回", "استعادة الحساب", "восстановление доступа", "hesap kurtarma", "recuperação de conta"},
	"payment":  {"payment authorised", "決済完了", "결제 승인", "支付成功", "تمت عملية الدفع", "платёж проведён", "ödeme onaylandı", "pago autorizado"},
	"shipping": {"courier booked", "配送手配済み", "배송 접수", "已发货", "تم الشحن", "передано в доставку", "kargoya verildi", "enviado"},
}
var tmplNames = []string{"order", "refund", "return", "support", "recovery", "payment", "shipping"}

type item struct {
	key            string
	pre, val, post string
	vi             int // index in values
}

func buildCorpus(seed uint64, n int) []tcase {
	r := rand.New(rand.NewPCG(seed, seed^0x29))
	f := gofakeit.New(seed)
	out := make([]tcase, 0, n)
	for i := 0; i < n; i++ {
		c := tcase{id: i, ctx: contexts[i%len(contexts)]}
		l := &locales[(i/len(contexts))%len(locales)]
		c.loc = l.code
		tn := tmplNames[r.IntN(len(tmplNames))]
		c.tmpl = c.ctx + "/" + tn
		c.dead = c.ctx != "field" && r.IntN(10) == 0
		var items []item
		// two PII values: kinds rotate so every kind meets every context
		for k := 0; k < 2; k++ {
			kind := kinds[(i/len(contexts)+k*3)%len(kinds)]
			p := genPII(r, f, l, kind)
			c.values = append(c.values, value{pii: true, kind: kind, form: kind + ":" + p.form, loc: l.code, raw: p.val})
			items = append(items, item{p.key, p.pre, p.val, p.post, len(c.values) - 1})
		}
		for k := 0; k < 4; k++ {
			lk := genLook(r)
			c.values = append(c.values, value{typ: lk.typ, raw: lk.val, loc: l.code})
			items = append(items, item{key: lk.key, val: lk.val, vi: len(c.values) - 1})
		}
		r.Shuffle(len(items), func(a, b int) { items[a], items[b] = items[b], items[a] })
		lead := pick(r, leads[tn])
		render(r, &c, lead, items)
		out = append(out, c)
	}
	return out
}

// render writes the case in its context and records each value's spelling.
func render(r *rand.Rand, c *tcase, lead string, items []item) {
	var b strings.Builder
	set := func(it item, enc func(string) string) string {
		sp := enc(it.val)
		c.values[it.vi].spelled = sp
		return enc(it.pre) + sp + enc(it.post)
	}
	id := func(s string) string { return s }
	svc := event.Field{Path: "service.name", Value: event.StringValue(pick(r, []string{"checkout", "orders", "support-desk", "courier-gw", "webhook-relay", "search"}))}
	body := "message"
	switch c.ctx {
	case "field":
		c.fields = append(c.fields, svc)
		var msg []string
		for _, it := range items {
			v := c.values[it.vi]
			if v.pii {
				path := map[string]string{"name": "buyer.name", "address": "buyer.address.street", "phone": "buyer.phone", "email": "buyer.email", "card": "payment.card.number", "iban": "refund.iban", "cn_id": "buyer.national_id", "credential": "auth.secret"}[v.kind]
				if v.kind == "credential" && it.pre == "Bearer " || it.pre == "Basic " {
					path = "http.request.headers.authorization"
				}
				c.fields = append(c.fields, event.Field{Path: path, Value: event.StringValue(set(it, id))})
			} else {
				msg = append(msg, it.key+"="+set(it, id))
			}
		}
		c.fields = append(c.fields, event.Field{Path: "message", Value: event.StringValue(lead + " " + strings.Join(msg, " "))})
		return
	case "message":
		b.WriteString(lead + ": ")
		for k, it := range items {
			if k > 0 {
				b.WriteString(pick(r, []string{", ", "; ", " | ", "、", "، "}))
			}
			b.WriteString(it.key + pick(r, []string{" ", ": ", "=", "："}) + set(it, id))
		}
	case "json_escaped", "json_in_string":
		ascii := c.ctx == "json_escaped"
		escAt := ascii && r.IntN(3) == 0
		enc := func(s string) string { return jsonEsc(s, ascii, escAt) }
		if ascii {
			b.WriteString("payload=")
		} else {
			body = "http.request.body.content"
		}
		b.WriteString(`{"event":"` + enc(lead) + `","data":{`)
		for k, it := range items {
			if k > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`"` + enc(it.key) + `":"` + set(it, enc) + `"`)
		}
		b.WriteString("}}")
	case "courier_api":
		body = "http.response.body.content"
		enc := func(s string) string { return jsonEsc(jsonEsc(s, true, false), false, false) }
		b.WriteString(`{"status":"ok","label":"{\"`)
		for k, it := range items {
			if k > 0 {
				b.WriteString(`,\"`)
			}
			b.WriteString(enc(it.key) + `\":\"` + set(it, enc) + `\"`)
		}
		b.WriteString(`}"}`)
	case "html":
		hexMode := r.IntN(2) == 0
		enc := func(s string) string { return htmlEnc(s, hexMode) }
		b.WriteString("<p>" + enc(lead) + "</p><table>")
		for _, it := range items {
			b.WriteString("<tr><td>" + enc(it.key) + "</td><td>" + set(it, enc) + "</td></tr>")
		}
		b.WriteString("</table>")
	case "url_query", "form_body":
		if c.ctx == "url_query" {
			body = "url.full"
			b.WriteString("https://shop.example.com/api/v2/checkout?")
		} else {
			body = "http.request.body.content"
		}
		for k, it := range items {
			if k > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(it.key) + "=" + set(it, url.QueryEscape))
		}
	case "search_log":
		body = "url.original"
		b.WriteString("/search")
		var q []string
		for _, it := range items {
			if c.values[it.vi].pii {
				b.WriteString("/" + set(it, url.PathEscape))
			} else {
				q = append(q, it.key+"="+set(it, url.PathEscape))
			}
		}
		b.WriteString("?" + strings.Join(q, "&"))
	case "repr_dump":
		if r.IntN(2) == 0 {
			b.WriteString("DEBUG " + lead + " {")
			for k, it := range items {
				if k > 0 {
					b.WriteString(", ")
				}
				b.WriteString("u'" + pyRepr(it.key) + "': u'" + set(it, pyRepr) + "'")
			}
			b.WriteString("}")
		} else {
			b.WriteString("var_dump: array(" + strconv.Itoa(len(items)) + ") {")
			for _, it := range items {
				b.WriteString(` ["` + byteEsc(it.key) + `"]=> string(` + strconv.Itoa(len(it.pre+it.val+it.post)) + `) "` + set(it, byteEsc) + `"`)
			}
			b.WriteString(" }")
		}
	case "mime":
		bMode := r.IntN(2) == 0
		enc := func(s string) string {
			if s == "" || isASCII(s) {
				return s
			}
			if bMode {
				return "=?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte(s)) + "?="
			}
			return "=?UTF-8?Q?" + mimeQ(s) + "?="
		}
		b.WriteString("smtp queued: Subject: " + enc(lead))
		for _, it := range items {
			b.WriteString("\r\nX-" + asciiKey(it.key) + ": " + set(it, enc))
		}
	case "base64_relay":
		var js strings.Builder
		js.WriteString(`{"event":"` + jsonEsc(lead, false, false) + `"`)
		var plain []string
		var piiIdx []int
		for _, it := range items {
			if c.values[it.vi].pii {
				js.WriteString(`,"` + jsonEsc(it.key, false, false) + `":"` + jsonEsc(it.pre+it.val+it.post, false, false) + `"`)
				piiIdx = append(piiIdx, it.vi)
			} else {
				plain = append(plain, it.key+"="+set(it, id))
			}
		}
		js.WriteString("}")
		blob := base64.StdEncoding.EncodeToString([]byte(js.String()))
		for _, vi := range piiIdx {
			c.values[vi].spelled = blob
		}
		c.b64Blobs = append(c.b64Blobs, blob)
		b.WriteString("relay forwarded webhook " + strings.Join(plain, " ") + " payload_b64=" + blob)
	case "csv_export":
		b.WriteString("export rows=1 file=orders_utf16.csv content=\ufeff")
		var hdr, row []string
		for _, it := range items {
			hdr = append(hdr, csvQ(it.key))
			row = append(row, `"`+set(it, csvQ)+`"`)
		}
		b.WriteString(strings.Join(hdr, "\t") + "\n" + strings.Join(row, "\t"))
	case "sms":
		b.WriteString("sms.outbound gateway=twilio status=queued body=\"" + lead + " ")
		for k, it := range items {
			if k > 0 {
				b.WriteString(" / ")
			}
			b.WriteString(it.key + " " + set(it, id))
		}
		b.WriteString("\"")
	case "chat":
		b.WriteString("[chat] " + pick(r, emojis) + " buyer: " + lead + " 🙏")
		for _, it := range items {
			b.WriteString(pick(r, []string{"\n", " \u200b", " ", "…"}) + it.key + " " + set(it, id))
		}
	case "autocomplete":
		b.WriteString("autocomplete provider=places lang=" + c.loc)
		for _, it := range items {
			b.WriteString(" " + asciiKey(it.key) + "=\"" + set(it, logfmtQ) + "\"")
		}
	}
	text := b.String()
	if c.dead {
		c.line = text
		return
	}
	c.fields = append(c.fields, svc, event.Field{Path: body, Value: event.StringValue(text)})
	if body != "message" {
		c.fields = append(c.fields, event.Field{Path: "message", Value: event.StringValue(lead)})
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiKey keeps ASCII keys and spells others as "k" + hex of the first rune,
// as header names must be ASCII.
func asciiKey(k string) string {
	if isASCII(k) {
		return k
	}
	rn, _ := utf8.DecodeRuneInString(k)
	return fmt.Sprintf("Field-%x", rn)
}

func fingerprint(cs []tcase) string {
	h := sha256.New()
	for _, c := range cs {
		fmt.Fprintf(h, "%d|%s|%s|%v|%s\n", c.id, c.ctx, c.tmpl, c.dead, c.line)
		for _, f := range c.fields {
			fmt.Fprintf(h, "%s=%s\n", f.Path, f.Value.Str)
		}
		for _, v := range c.values {
			fmt.Fprintf(h, "%v|%s|%s|%s|%s\n", v.pii, v.kind, v.form, v.typ, v.spelled)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
