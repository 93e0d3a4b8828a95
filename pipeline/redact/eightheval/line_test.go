package eightheval

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

type mode int

const (
	modePII    mode = iota // the line as logged
	modeBack               // placeholders in place of the PII (the background)
	modeMarker             // vigil-style markers in place of the PII (a perfect redactor)
)

// fld is one key and value of a record; kind is "" for a look-alike.
type fld struct{ key, val, kind string }

// cx carries one line's generation state. Every random draw happens in all
// modes, so the three renderings differ only in the PII text.
type cx struct {
	f      *gofakeit.Faker
	l      *locale
	m      mode
	ctx    string
	vals   []pii
	looks  []look
	ndjson bool
}

func (c *cx) P(p pii) string {
	p.locale = c.l.code
	c.vals = append(c.vals, p)
	switch c.m {
	case modeBack:
		return "PIIXQ" + strings.ToUpper(p.kind[:2])
	case modeMarker:
		return "[REDACTED:" + p.kind + "]"
	}
	return p.text
}

func (c *cx) L(lk look) string {
	c.looks = append(c.looks, lk)
	return lk.text
}

func (c *cx) look(typ string) string { return c.L(lookalike(c.f, c.l, typ)) }
func (c *cx) anyLook() look          { return lookalike(c.f, c.l, pick(c.f, lookTypes)) }

var kindWeights = []struct {
	kind string
	w    int
}{{"name", 20}, {"phone", 20}, {"email", 14}, {"address", 16}, {"card", 7}, {"iban", 6}, {"cn_id", 4}, {"credential", 17}}

func (c *cx) drawKind() string {
	n := c.f.IntN(100 + 4)
	for _, kw := range kindWeights {
		if n < kw.w {
			return kw.kind
		}
		n -= kw.w
	}
	return "name"
}

var kindKeys = map[string][]string{
	"name":    {"name", "customer_name", "recipient", "buyer_name", "full_name", "contact_person", "consignee", "cardholder", "receiver", "billing_name", "shipTo_name", "attn"},
	"phone":   {"phone", "mobile", "tel", "msisdn", "contact_number", "whatsapp", "phone_number", "recipient_phone", "callback_number", "cell"},
	"email":   {"email", "e_mail", "mail", "buyer_email", "contact_email", "reply_to", "notify_email", "login"},
	"address": {"address", "ship_to", "street", "address_line1", "shipping_address", "delivery_address", "billing_address", "addr1", "pickup_address"},
	"card":    {"card_number", "pan", "cc_number", "card", "cardNo", "payment_card"},
	"iban":    {"iban", "payout_iban", "refund_iban", "bank_account", "seller_iban"},
	"cn_id":   {"id_card", "shenfenzheng", "resident_id", "身份证号", "id_card_no", "customs_id"},
}

var localKeys = map[string]map[string][]string{
	"pt":  {"name": {"nome", "destinatario"}, "phone": {"telemovel", "telefone"}, "address": {"morada", "endereco"}},
	"es":  {"name": {"nombre", "destinatario"}, "phone": {"celular", "telefono"}, "address": {"direccion", "domicilio"}},
	"ro":  {"name": {"nume", "destinatar"}, "phone": {"telefon"}, "address": {"adresa"}},
	"cs":  {"name": {"jmeno", "prijemce"}, "phone": {"telefon"}, "address": {"adresa", "ulice"}},
	"hu":  {"name": {"nev", "cimzett"}, "phone": {"telefonszam"}, "address": {"cim", "szallitasi_cim"}},
	"tr":  {"name": {"ad_soyad", "alici"}, "phone": {"telefon", "cep"}, "address": {"adres", "teslimat_adresi"}},
	"uk":  {"name": {"піб", "отримувач"}, "phone": {"телефон"}, "address": {"адреса"}},
	"sv":  {"name": {"namn", "mottagare"}, "phone": {"mobilnummer"}, "address": {"adress", "gatuadress"}},
	"ar":  {"name": {"الاسم", "اسم_المستلم"}, "phone": {"الهاتف", "جوال"}, "address": {"العنوان"}},
	"ur":  {"name": {"نام"}, "phone": {"فون"}, "address": {"پتہ"}},
	"ta":  {"name": {"பெயர்"}, "phone": {"தொலைபேசி"}, "address": {"முகவரி"}},
	"si":  {"name": {"නම"}, "phone": {"දුරකථන"}, "address": {"ලිපිනය"}},
	"id":  {"name": {"nama", "nama_penerima"}, "phone": {"no_hp", "telepon"}, "address": {"alamat"}},
	"fil": {"name": {"pangalan"}, "phone": {"cp_number"}, "address": {"tirahan"}},
	"my":  {"name": {"အမည်"}, "phone": {"ဖုန်း"}, "address": {"လိပ်စာ"}},
	"zh":  {"name": {"收件人", "姓名"}, "phone": {"手机", "联系电话"}, "address": {"收货地址", "地址"}},
	"sw":  {"name": {"jina", "mpokeaji"}, "phone": {"simu", "nambari_ya_simu"}, "address": {"anwani"}},
}

// value draws a PII value of kind with a key naming it.
func (c *cx) value(kind string) fld {
	f, l := c.f, c.l
	var p pii
	key := ""
	switch kind {
	case "name":
		n := l.person(f)
		p = pii{kind: "name", shape: "native", text: n, frags: nameFrags(n)}
		if !strings.ContainsFunc(n, func(r rune) bool { return r >= 0x250 }) && len(l.latin) > 0 {
			p.shape = "romanised"
		}
	case "phone":
		p = l.phone(f)
	case "email":
		p = l.email(f)
	case "address":
		full, core := l.addr(f)
		p = pii{kind: "address", shape: l.code, text: full, frags: []string{strings.ToLower(core)}}
	case "card":
		p = card(f, l.code)
	case "iban":
		p = iban(f, l)
	case "cn_id":
		p = cnID(f, l.code)
	case "credential":
		p, key = credential(f, l)
		if key == "" {
			key = map[string]string{"conn_url": "url", "presigned_url": "label_url", "pem": "attachment", "otp": "sms_text", "totp_seed": "enroll_uri", "telegram_bot": "notify_url"}[p.shape]
		}
	}
	if key == "" {
		ks := kindKeys[kind]
		if lk := localKeys[l.lang][kind]; len(lk) > 0 && f.IntN(3) == 0 {
			ks = lk
		}
		key = pick(f, ks)
	}
	return fld{key: key, val: c.P(p), kind: kind}
}

// record draws 1–2 PII fields and 2–4 look-alikes, shuffled.
func (c *cx) record() []fld {
	var r []fld
	for i, n := 0, 1+c.f.IntN(2); i < n; i++ {
		r = append(r, c.value(c.drawKind()))
	}
	for i, n := 0, 2+c.f.IntN(3); i < n; i++ {
		lk := c.anyLook()
		r = append(r, fld{key: lk.key, val: c.L(lk)})
	}
	c.f.ShuffleAnySlice(r)
	seen := map[string]int{}
	for i := range r {
		if n := seen[r[i].key]; n > 0 {
			r[i].key += "_" + itoa(n+1)
		}
		seen[r[i].key]++
	}
	return r
}

var sentences = map[string][]string{
	"en":  {"order {O} synced for {N} <{E}>", "ship to {A} (total {M})", "customer {N} called from {P} about parcel {T}", "recipient {N}, tel {P}, deliver to {A}", "refund of {M} issued to {N} for order {O}", "address changed to {A} by buyer {N}", "SMS to {P} failed for order {O}: carrier rejected", "payment by {N} declined, total {M}, order {O}"},
	"pt":  {"encomenda {O} do cliente {N}, telemóvel {P}", "entregar em {A} (total {M})"},
	"es":  {"pedido {O} sincronizado para {N} <{E}>", "enviar a {A} (total {M})", "cliente {N}, celular {P}, guía {T}"},
	"ro":  {"comanda {O} pentru {N}, telefon {P}", "livrare la {A}, total {M}"},
	"cs":  {"objednávka {O}, zákazník {N}, tel. {P}", "doručit na adresu {A} (celkem {M})"},
	"hu":  {"rendelés {O}: vevő {N}, telefon {P}", "szállítási cím: {A} (összesen {M})"},
	"tr":  {"sipariş {O} alıcı {N}, tel {P}", "teslimat adresi: {A} (toplam {M})"},
	"uk":  {"замовлення {O} для {N}, телефон {P}", "доставка за адресою {A} (сума {M})"},
	"sv":  {"order {O} till {N}, mobil {P}", "leveransadress: {A} (summa {M})"},
	"ar":  {"الطلب {O} للعميل {N} هاتف {P}", "عنوان التوصيل: {A} (الإجمالي {M})"},
	"ur":  {"آرڈر {O} گاہک {N} فون {P}", "پتہ: {A} (کل {M})"},
	"ta":  {"ஆர்டர் {O} வாடிக்கையாளர் {N}, தொலைபேசி {P}", "முகவரி: {A} (மொத்தம் {M})"},
	"si":  {"ඇණවුම {O} පාරිභෝගික {N}, දුරකථන {P}", "ලිපිනය: {A} (එකතුව {M})"},
	"id":  {"pesanan {O} atas nama {N}, no hp {P}", "kirim ke {A} (total {M})"},
	"fil": {"order {O} para kay {N}, cp {P}", "ihatid sa {A} (kabuuan {M})"},
	"my":  {"အော်ဒါ {O} ဝယ်သူ {N} ဖုန်း {P}", "လိပ်စာ {A} (စုစုပေါင်း {M})"},
	"zh":  {"订单{O}收件人{N}，手机{P}", "收货地址：{A}（合计{M}）"},
	"sw":  {"oda {O} ya mteja {N}, simu {P}", "peleka kwa {A} (jumla {M})"},
}

// sentence renders one free-text message with PII and look-alikes.
func (c *cx) sentence() string {
	lang := c.l.lang
	if c.f.Bool() {
		lang = "en"
	}
	t := pick(c.f, sentences[lang])
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] == '{' && i+2 < len(t) && t[i+2] == '}' {
			switch t[i+1] {
			case 'N':
				b.WriteString(c.value("name").val)
			case 'P':
				b.WriteString(c.value("phone").val)
			case 'E':
				b.WriteString(c.value("email").val)
			case 'A':
				b.WriteString(c.value("address").val)
			case 'O':
				b.WriteString(c.look(pick(c.f, []string{"amazon_order", "shopify_name", "shopee_sn", "lazada_order", "tiktok_order", "meli_order"})))
			case 'M':
				b.WriteString(c.look("amount"))
			case 'T':
				b.WriteString(c.look(pick(c.f, []string{"ups", "usps", "fedex", "dhl", "s10", "local_courier"})))
			}
			i += 2
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String()
}

func (c *cx) ts() string {
	return fmt.Sprintf("2026-12-05T%02d:%02d:%02d.%03dZ", c.f.IntN(24), c.f.IntN(60), c.f.IntN(60), c.f.IntN(1000))
}

// js writes s as a JSON string.
func js(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func jsObj(r []fld) string {
	var parts []string
	for _, x := range r {
		parts = append(parts, js(x.key)+":"+js(x.val))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func pyq(s string) string { // Python repr of a str
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	r := strings.ReplaceAll(s, `\`, `\\`)
	r = strings.ReplaceAll(r, "\n", `\n`)
	if q == "'" {
		r = strings.ReplaceAll(r, "'", `\'`)
	}
	return q + r + q
}

func rbq(s string) string { // Ruby / Elixir inspect of a string
	r := strings.ReplaceAll(s, `\`, `\\`)
	r = strings.ReplaceAll(r, `"`, `\"`)
	r = strings.ReplaceAll(r, "\n", `\n`)
	r = strings.ReplaceAll(r, "#{", `\#{`)
	return `"` + r + `"`
}

func xmlEsc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;", "\n", "&#10;").Replace(s)
}

func pascal(k string) string {
	var b strings.Builder
	up := true
	for _, r := range k {
		if r == '_' || r == '-' {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func upperSnake(k string) string {
	var b strings.Builder
	for i, r := range k {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte('_')
		}
		if r == '-' {
			r = '_'
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }

func itoa(n int) string { return strconv.Itoa(n) }

func runeLen(s string) int { return utf8.RuneCountInString(s) }
