package sixtheval

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ---- JSON writing in the styles real services use ----

type style uint8

const (
	styleGo    style = iota // encoding/json: <>& escaped, UTF-8 kept
	styleASCII              // Python json.dumps default: non-ASCII as \uXXXX
	stylePHP                // json_encode default: "/" escaped and non-ASCII as \uXXXX
	styleRaw                // minimal escaping (Node, Monolog with UNESCAPED flags)
)

type raw string

func jq(st style, s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20:
			fmt.Fprintf(&b, `\u%04x`, r)
		case r == '/' && st == stylePHP:
			b.WriteString(`\/`)
		case (r == '<' || r == '>' || r == '&') && st == styleGo:
			fmt.Fprintf(&b, `\u%04x`, r)
		case r > 0x7e && (st == styleASCII || st == stylePHP):
			if r > 0xffff {
				r -= 0x10000
				fmt.Fprintf(&b, `\u%04x\u%04x`, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// jo writes an object from key, value pairs; a string value is quoted, a raw
// one written as is, a []kv expanded in place.
func jo(st style, kvs ...any) raw {
	var b strings.Builder
	b.WriteByte('{')
	first := true
	put := func(k string, v any) {
		if !first {
			b.WriteByte(',')
		}
		first = false
		b.WriteString(jq(st, k))
		b.WriteByte(':')
		switch x := v.(type) {
		case string:
			b.WriteString(jq(st, x))
		case raw:
			b.WriteString(string(x))
		case int:
			b.WriteString(strconv.Itoa(x))
		}
	}
	for i := 0; i < len(kvs); i++ {
		if list, ok := kvs[i].([]kv); ok {
			for _, p := range list {
				if p.num {
					put(p.k, raw(p.v))
				} else {
					put(p.k, p.v)
				}
			}
			continue
		}
		put(kvs[i].(string), kvs[i+1])
		i++
	}
	b.WriteByte('}')
	return raw(b.String())
}

func ja(items ...raw) raw {
	s := make([]string, len(items))
	for i, x := range items {
		s[i] = string(x)
	}
	return raw("[" + strings.Join(s, ",") + "]")
}

type kv struct {
	k, v string
	num  bool
}

// ---- keys ----

var kindKeys = map[string][]string{
	"name":    {"recipient_name", "buyer_name", "customer_name", "full_name", "consignee", "shipping_name", "cardholder", "billing_name", "receiver", "contact_name", "name", "recipientName", "buyerName", "holderName"},
	"phone":   {"phone", "mobile", "tel", "contact_number", "msisdn", "phone_number", "recipientPhone", "whatsapp", "receiver_phone", "buyerMobile"},
	"email":   {"email", "buyer_email", "contact_email", "e_mail", "mail", "userEmail", "notify_email", "emailAddress"},
	"address": {"address", "address1", "line1", "shipping_address", "street", "full_address", "addr", "ship_to", "delivery_address", "detail_address", "addressLine1"},
	"card":    {"card_number", "pan", "cc_number", "cardNo", "number", "payment_card", "card"},
	"iban":    {"iban", "payout_iban", "bank_account", "IBAN", "beneficiary_account", "ibanNumber"},
	"cn_id":   {"id_card", "id_no", "shenfenzheng", "identity_number", "身份证号", "cert_no", "customs_id", "idCardNo"},
}

func (g *gen) keyFor(v pv) string {
	if v.key != "" {
		return v.key
	}
	if g.chance(0.25) {
		switch v.kind {
		case "name":
			return g.loc.w.nameKey
		case "phone":
			return g.loc.w.phoneKey
		case "address":
			return g.loc.w.addressKey
		}
	}
	return g.pick(kindKeys[v.kind])
}

// kvs plants every value under a key; phones are sometimes JSON numbers.
func (g *gen) kvs(vs []pv, numOK bool) []kv {
	out := make([]kv, 0, len(vs))
	for _, v := range vs {
		k := g.keyFor(v)
		if numOK && v.kind == "phone" && isASCIIDigits(v.shown) && v.shown[0] != '0' && g.chance(0.5) {
			out = append(out, kv{k, g.PNum(v), true})
			continue
		}
		out = append(out, kv{k, g.P(v), false})
	}
	return out
}

func isASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// looks returns n look-alikes under their keys.
func (g *gen) looksKV(n int) []kv {
	out := make([]kv, n)
	seen := map[string]bool{}
	for i := range out {
		k, v := g.lookKV()
		for seen[k] {
			k += "_2"
		}
		seen[k] = true
		out[i] = kv{k: k, v: v}
	}
	return out
}

// ---- prose ----

func (g *gen) lw() words {
	if g.chance(0.45) {
		return locales[2].w // English (en_IE)
	}
	return g.loc.w
}

// prose plants v in free text with the words people put around it.
func (g *gen) prose(v pv) string {
	w := g.lw()
	switch v.kind {
	case "name":
		switch g.n(8) {
		case 0:
			return w.recipient + " " + g.P(v)
		case 1:
			if g.loc.honorific != "" {
				return g.P(v) + g.loc.honorific
			}
			if w.dear == "" {
				return "Dear " + g.P(v)
			}
			return w.dear + " " + g.P(v)
		case 2:
			return w.customer + ": " + g.P(v)
		case 3:
			return "for " + g.P(v)
		case 4:
			return "attn " + g.P(v)
		case 5:
			return "account holder " + g.P(v)
		case 6:
			return "placed by " + g.P(v)
		default:
			return "buyer " + strconv.Quote(g.P(v))
		}
	case "phone":
		switch g.n(6) {
		case 0:
			return w.phone + ": " + g.P(v)
		case 1:
			return "call " + g.P(v)
		case 2:
			return "WhatsApp " + g.P(v)
		case 3:
			return "contact " + g.P(v)
		case 4:
			return "(" + w.phone + " " + g.P(v) + ")"
		default:
			return "SMS to " + g.P(v)
		}
	case "email":
		switch g.n(4) {
		case 0:
			return "<" + g.P(v) + ">"
		case 1:
			return w.email + ": " + g.P(v)
		case 2:
			return "notify " + g.P(v)
		default:
			return g.P(v)
		}
	case "address":
		switch g.n(5) {
		case 0:
			return w.deliver + " " + g.P(v)
		case 1:
			return w.address + ": " + g.P(v)
		case 2:
			return "ship to " + g.P(v)
		case 3:
			return "delivery address changed to " + g.P(v)
		default:
			return "address=" + strconv.Quote(g.P(v))
		}
	case "card":
		switch g.n(4) {
		case 0:
			return "card " + g.P(v)
		case 1:
			return "paid with " + g.P(v)
		case 2:
			return "PAN " + g.P(v)
		default:
			return "card_no=" + g.P(v)
		}
	case "iban":
		switch g.n(3) {
		case 0:
			return "IBAN " + g.P(v)
		case 1:
			return "payout to " + g.P(v)
		default:
			return "refund account " + g.P(v)
		}
	case "cn_id":
		switch g.n(3) {
		case 0:
			return "身份证 " + g.P(v)
		case 1:
			return "customs ID " + g.P(v)
		default:
			return "清关身份证号：" + g.P(v)
		}
	}
	// credentials
	switch {
	case strings.HasPrefix(v.form, "otp"):
		switch g.n(3) {
		case 0:
			return w.otp + ": " + g.P(v)
		case 1:
			return "OTP " + g.P(v)
		default:
			return w.otp + " " + g.P(v)
		}
	case v.form == "basic" || strings.HasPrefix(v.form, "bearer") || v.form == "digest":
		return "Authorization: " + g.P(v)
	case v.form == "cookie":
		return "Cookie: " + g.P(v)
	case v.form == "conn-url" || v.form == "presigned-url" || v.form == "webhook-url":
		return g.P(v)
	case v.form == "password":
		if g.chance(0.5) {
			return w.password + ": " + g.P(v)
		}
		return v.key + "=" + g.P(v)
	}
	return v.key + "=" + g.P(v)
}

var leads = []string{
	"order %s sync failed",
	"retrying callback for %s",
	"label created for %s",
	"inventory push %s rejected",
	"refund %s queued",
	"payment callback %s verified",
	"address check for %s",
	"shipment %s handed over",
}

var leadLooks = []string{"amazon_order", "shopee_sn", "lazada_order", "tiktok_order", "shopify_name", "rakuten_order", "meli_order", "shopify_id"}

// sentence writes a log message holding vs in prose and a few look-alikes.
func (g *gen) sentence(vs []pv) string {
	parts := []string{fmt.Sprintf(g.pick(leads), g.lookOf(g.pick(leadLooks)))}
	for _, v := range vs {
		parts = append(parts, g.prose(v))
	}
	s := parts[0] + ": " + strings.Join(parts[1:], g.pick([]string{", ", "; ", " | ", " - "}))
	switch g.n(4) {
	case 0:
		s += " (total " + g.lookOf("amount") + ")"
	case 1:
		s += " tracking " + g.lookOf(g.pick([]string{"ups", "usps", "fedex", "dhl", "s10", "local_courier"}))
	case 2:
		s += " sku " + g.lookOf("sku") + " qty " + strconv.Itoa(g.rng(1, 9))
	default:
		s += " at " + g.lookOf("epoch_ms")
	}
	return s
}

// ---- encodings ----

func formEnc(kvs []kv) string {
	var b strings.Builder
	for i, p := range kvs {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(p.k))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(p.v))
	}
	return b.String()
}

func pathEnc(kvs []kv) string {
	var b strings.Builder
	for i, p := range kvs {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.k)
		b.WriteByte('=')
		b.WriteString(url.PathEscape(p.v))
	}
	return b.String()
}

// logfmt quotes a value when it needs it, as slog's TextHandler does.
func logfmt(kvs []kv) string {
	var b strings.Builder
	for i, p := range kvs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p.k)
		b.WriteByte('=')
		if needsQuote(p.v) {
			b.WriteString(strconv.Quote(p.v))
		} else {
			b.WriteString(p.v)
		}
	}
	return b.String()
}

func needsQuote(s string) bool {
	if s == "" {
		return true
	}
	for _, r := range s {
		if r == ' ' || r == '=' || r == '"' || r < 0x20 || r == utf8.RuneError || r == '\u00a0' {
			return true
		}
	}
	return false
}

// pyRepr writes a Python dict repr: single quotes, UTF-8 kept.
func pyRepr(kvs []kv) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, p := range kvs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(pyStr(p.k) + ": ")
		if p.num {
			b.WriteString(p.v)
		} else {
			b.WriteString(pyStr(p.v))
		}
	}
	b.WriteByte('}')
	return b.String()
}

func pyStr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, "\n", `\n`)
	if q == "'" {
		s = strings.ReplaceAll(s, "'", `\'`)
	}
	return q + s + q
}

// rubyHash writes a Rails "Parameters:" hash.
func rubyHash(kvs []kv) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, p := range kvs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(p.k) + "=>" + strconv.Quote(p.v))
	}
	b.WriteByte('}')
	return b.String()
}
