package twelftheval

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/brianvoe/gofakeit/v7"
)

// bld renders one line. The same line is rendered twice from the same seed:
// with its PII (bg false) and with placeholders (bg true); every random draw
// happens in both, so the two differ only where PII stands.
type bld struct {
	r     *rand.Rand
	f     *gofakeit.Faker
	bg    bool
	loc   *locale
	ts    time.Time
	pii   []*pv
	seen  map[*pv]bool
	traps map[string]string // value → type
	order []string
}

func newBld(seed uint64, i int, bg bool) *bld {
	src := rand.NewPCG(seed, uint64(i)*0x9E3779B97F4A7C15+1)
	r := rand.New(src)
	b := &bld{r: r, f: gofakeit.NewFaker(rand.NewPCG(seed^0x5bd1e995, uint64(i)), false), bg: bg,
		seen: map[*pv]bool{}, traps: map[string]string{}}
	b.ts = time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * 5760 * time.Millisecond).Add(time.Duration(r.IntN(5000)) * time.Millisecond)
	return b
}

// P plants a PII value: its text, or a placeholder in the background.
func (b *bld) P(v *pv) string {
	if !b.seen[v] {
		b.seen[v] = true
		if v.loc == nil {
			v.loc = b.loc
		}
		b.pii = append(b.pii, v)
	}
	if b.bg {
		return "[REDACTED:" + v.kind + "]"
	}
	return v.text
}

// Alt plants another spelling of v (digits only, upper case…).
func (b *bld) Alt(v *pv, text string) string {
	b.P(v)
	if b.bg {
		return "[REDACTED:" + v.kind + "]"
	}
	return text
}

// T makes and plants a look-alike of a type.
func (b *bld) T(typ string) string {
	v := trapGens[typ](b.r, b.f)
	if _, ok := b.traps[v]; !ok {
		b.traps[v] = typ
		b.order = append(b.order, v)
	}
	return v
}

// TA makes a look-alike of one of several types.
func (b *bld) TA(typs ...string) string { return b.T(pick(b.r, typs)) }

func (b *bld) pick(xs ...string) string { return xs[b.r.IntN(len(xs))] }

func (b *bld) n(lo, hi int) int { return lo + b.r.IntN(hi-lo+1) }

func (b *bld) chance(p float64) bool { return b.r.Float64() < p }

func (b *bld) tsRFC() string { return b.ts.Format(time.RFC3339Nano) }

// ---- encoders ----

func jq(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(buf.String(), "\n")
}

// jqASCII writes non-ASCII as \uXXXX, as some loggers do.
func jqASCII(s string) string {
	b, _ := json.Marshal(s)
	var sb strings.Builder
	for _, c := range string(b) {
		if c < 128 {
			sb.WriteRune(c)
			continue
		}
		if c > 0xFFFF {
			c -= 0x10000
			sb.WriteString(`\u` + hex4(0xD800+(c>>10)) + `\u` + hex4(0xDC00+(c&0x3FF)))
			continue
		}
		sb.WriteString(`\u` + hex4(c))
	}
	return sb.String()
}

func hex4(c rune) string {
	const h = "0123456789abcdef"
	return string([]byte{h[c>>12&15], h[c>>8&15], h[c>>4&15], h[c&15]})
}

func qe(s string) string { return url.QueryEscape(s) }

// obj is a JSON object with keys in order.
type obj struct {
	keys  []string
	vals  []string
	ascii bool // write strings with \uXXXX escapes
}

// add appends a member; a key already present gets a numeric suffix, so no
// member shadows another (a decoder keeps only the last of duplicates).
func (o *obj) add(k, raw string) *obj {
	base, n := k, 2
	for o.has(k) {
		k = base + strconv.Itoa(n)
		n++
	}
	o.keys = append(o.keys, k)
	o.vals = append(o.vals, raw)
	return o
}

func (o *obj) has(k string) bool {
	for _, x := range o.keys {
		if x == k || strings.HasPrefix(x, k+".") || strings.HasPrefix(k, x+".") {
			return true
		}
	}
	return false
}

func (o *obj) s(k, v string) *obj {
	if o.ascii {
		return o.add(k, jqASCII(v))
	}
	return o.add(k, jq(v))
}
func (o *obj) raw(k, v string) *obj    { return o.add(k, v) }
func (o *obj) o(k string, c *obj) *obj { return o.add(k, c.String()) }

func (o *obj) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(jq(k))
		sb.WriteByte(':')
		sb.WriteString(o.vals[i])
	}
	sb.WriteByte('}')
	return sb.String()
}

func arr(items ...string) string { return "[" + strings.Join(items, ",") + "]" }

var services = []string{"ebay-client", "etsy-client", "walmart-client", "mercadolibre-client", "rakuten-client", "coupang-client",
	"flipkart-client", "allegro-client", "bol-client", "zalando-client", "trendyol-client", "ozon-client", "wildberries-client",
	"noon-client", "jumia-client", "temu-client", "shein-client", "cainiao-tracker", "jnt-tracker", "yamato-b2",
	"sagawa-api", "correios-sro", "estafeta-label", "aramex-shipping", "delhivery-api", "postnl-api", "royalmail-click-drop",
	"canadapost-api", "auspost-api", "klarna-gw", "mollie-gw", "iyzico-gw", "paytm-gw", "alipay-notify", "wechatpay-notify",
	"pix-webhook", "boleto-api", "konbini-pay", "ideal-gw", "blik-gw", "mpesa-callback", "checkout-api", "order-sync",
	"inventory-sync", "price-updater", "notify-sms", "notify-mail", "crm-bridge", "erp-connector", "label-printer", "returns-portal"}

// ecsBase starts an event with the contract fields.
func (b *bld) ecsBase(level string) *obj {
	o := &obj{}
	o.s("@timestamp", b.tsRFC())
	if b.chance(0.5) {
		o.s("service.name", pick(b.r, services))
	} else {
		o.o("service", (&obj{}).s("name", pick(b.r, services)).s("version", b.T("version")))
	}
	if b.chance(0.5) {
		o.o("log", (&obj{}).s("level", level))
	} else {
		o.s("log.level", level)
	}
	if b.chance(0.6) {
		o.s("trace.id", b.T("trace_id"))
	}
	if b.chance(0.3) {
		o.s("host.name", b.T("pod"))
	}
	return o
}

var platforms = []string{"amazon", "shopify", "shopee", "lazada", "tiktok", "ebay", "etsy", "walmart", "mercadolibre", "rakuten",
	"coupang", "flipkart", "allegro", "bol", "zalando", "trendyol", "ozon", "noon", "jumia", "temu"}

// orderID draws an order id of the kind a platform uses.
func (b *bld) orderID() string {
	return b.TA("order_amazon", "order_shopify_id", "order_woo", "order_magento", "order_tiktok", "order_shopee", "order_meli",
		"order_allegro", "order_jumia", "order_flipkart", "order_coupang", "order_rakuten", "order_temu", "order_walmart",
		"order_ebay", "order_noon", "order_ozon", "order_etsy", "order_shopify")
}

func (b *bld) tracking() string {
	return b.TA("track_ups", "track_usps", "track_fedex", "track_dhl", "track_s10", "track_postnord", "track_jt", "track_cainiao",
		"track_yamato", "track_delhivery", "track_estafeta", "track_aramex", "track_auspost", "track_postnl", "track_canpost")
}

// ---- PII draws for the line's locale ----

func (b *bld) person() *person { return newPerson(b.r, b.loc) }
func (b *bld) name() *pv       { return b.person().nameValue(b.r) }
func (b *bld) email() *pv      { return b.person().email(b.r) }
func (b *bld) phone() *pv      { return phoneValue(b.r, b.loc) }
func (b *bld) addr() *pv       { return addressValue(b.r, b.loc) }
func (b *bld) card() *pv       { return cardValue(b.r) }
func (b *bld) cnid() *pv       { return cnIDValue(b.r) }
func (b *bld) cred() *pv       { return credValue(b.r, b.loc) }
func (b *bld) iban() *pv {
	cc := b.loc.iban
	if cc == "" {
		cc = pick(b.r, []string{"FR", "GB", "IT", "BE", "AT", "CH", "PT", "IE", "FI", "DK", "NO", "CZ", "BR", "AE", "LT", "GR"})
	}
	return ibanValue(b.r, cc)
}

func (b *bld) value(kind string) *pv {
	switch kind {
	case kEmail:
		return b.email()
	case kPhone:
		return b.phone()
	case kName:
		return b.name()
	case kAddress:
		return b.addr()
	case kCard:
		return b.card()
	case kIBAN:
		return b.iban()
	case kCNID:
		return b.cnid()
	}
	return b.cred()
}

var keyVocab = map[string][]string{
	kEmail:   {"email", "buyer_email", "customerEmail", "e_mail", "correo", "courriel", "contact_email", "mail", "emailAddress", "billing_email", "E-Mail"},
	kPhone:   {"phone", "tel", "mobile", "buyerPhone", "telefono", "telefone", "handynummer", "phone_number", "contact_no", "no_hp", "sdt", "msisdn", "whatsapp", "recipient_mobile", "phoneNumber", "cellphone", "telefon"},
	kName:    {"name", "buyer_name", "customerName", "recipient", "full_name", "nombre", "nome", "empfaenger", "ship_to_name", "consignee", "attn", "account_holder", "receiverName", "contact_person", "customer"},
	kAddress: {"address", "street", "line1", "address1", "addr", "shipping_address", "direccion", "endereco", "anschrift", "adres", "ship_to", "address_line_1", "street_address", "receiverAddress", "dia_chi", "alamat"},
	kCard:    {"card_number", "pan", "cc", "cardNo", "card", "ccnum", "payment_card", "kartennummer", "numero_tarjeta", "cardNumber"},
	kIBAN:    {"iban", "payout_iban", "IBAN", "account_iban", "bank_account", "refund_iban", "rekening", "kontonummer"},
	kCNID:    {"id_card", "idNumber", "身份证号", "resident_id", "shenfenzheng", "id_no", "certNo", "identity_number"},
}

type item struct {
	v   *pv
	key string
}

func (b *bld) keyFor(v *pv) string {
	if v.kind == kCred {
		return v.key
	}
	return pick(b.r, keyVocab[v.kind])
}

// phrase writes v into a sentence of the kind people log.
func (b *bld) phrase(it item) string {
	v := it.v
	P := b.P(v)
	switch v.kind {
	case kName:
		return strings.ReplaceAll(b.pick("order "+b.orderID()+" synced for {}", b.loc.rcpt+": {}", "customer {} requested a refund",
			"recipient {}", "label printed for {}", strings.ReplaceAll(b.loc.hello, "{n}", "{}")+",", "attn {}", "account holder {}",
			"buyer={}", "review by {} flagged", "return authorised for {} (RMA "+b.T("invoice_no")+")"), "{}", P)
	case kEmail:
		return strings.ReplaceAll(b.pick("sent confirmation to {}", "bounce from <{}>", "customer {} subscribed", "password reset requested for {}",
			"duplicate account {}", "Mail delivery failed: {}", "invoice "+b.T("invoice_no")+" mailed to {}"), "{}", P)
	case kPhone:
		return strings.ReplaceAll(b.pick("SMS to {} queued", "courier called {}", "callback requested: {}", "WhatsApp notification to {} failed",
			b.loc.rcpt+" tel. {}", "phone {} failed validation", "OTP SMS sent to {}", "driver could not reach {}"), "{}", P)
	case kAddress:
		return strings.ReplaceAll(b.pick("ship to {}", "address updated to {}", b.loc.rcpt+" address: {}", "carrier rejected address \"{}\"",
			"delivery attempt failed at {}", "geocoding failed for '{}'"), "{}", P)
	case kCard:
		return strings.ReplaceAll(b.pick("charge declined for card {}", "card {} tokenised", "3DS challenge for {}", "payment method {} expired",
			"card_number={} cvv=***", "paid with Visa {}", "card "+maskedCard(b.r)+" replaced by {}"), "{}", P)
	case kIBAN:
		return strings.ReplaceAll(b.pick("refund to IBAN {} initiated", "payout account {} verified", "SEPA mandate for {}",
			"IBAN: {}", "bank transfer refund -> {}"), "{}", P)
	case kCNID:
		return strings.ReplaceAll(b.pick("实名认证失败 身份证号 {}", "customs ID {} submitted for clearance", "id_card={} rejected by 海关",
			"身份证: {}", "resident id {} mismatch"), "{}", P)
	}
	switch {
	case strings.HasPrefix(v.class, "otp/"):
		return strings.ReplaceAll(v.phrase, "{c}", P)
	case strings.HasPrefix(v.class, "password"):
		return b.pick("auth failed for svc user with "+v.key+"="+P, "login failed for buyer with password '"+P+"'", v.key+": "+P,
			"smtp login rejected ("+v.key+" "+P+")")
	case strings.HasPrefix(v.class, "conn-url"):
		return b.pick("connecting to "+P, "dial "+P+": connection refused", "using "+v.key+"="+P)
	case strings.HasPrefix(v.class, "presigned"):
		return b.pick("label ready: "+P, "GET "+P+" -> 403", "uploaded invoice, link "+P)
	case v.class == "basic" || strings.HasPrefix(v.class, "bearer"):
		return b.pick("Authorization: "+P, "upstream call with header Authorization="+P, "curl -H 'Authorization: "+P+"'")
	case strings.HasPrefix(v.class, "cookie"):
		return b.pick("Set-Cookie: "+P+"; Path=/; HttpOnly", "Cookie: "+P, "cookie="+P)
	case v.class == "pem":
		return "loaded key from env:\n" + P
	}
	return b.pick(v.key+"="+P, v.key+": "+P, "rotating "+v.key+" (old value "+P+")", v.key+" set to "+P)
}
