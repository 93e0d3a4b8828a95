package twentysixtheval

import (
	"strconv"
	"strings"
)

// seg is a run of bytes of a unit that knows what it is: template, a PII
// value or a look-alike. text is as it stands in the unit (encoded), raw as
// written by the person, chain the encodings between the two.
type seg struct {
	text, raw string
	v         *val
	look      string
	chain     []enc
}

func tmpl(s string) seg    { return seg{text: s, raw: s} }
func pii(v *val) seg       { return seg{text: v.raw, raw: v.raw, v: v} }
func lk(typ, s string) seg { return seg{text: s, raw: s, look: typ} }

func joinText(ss []seg) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s.text)
	}
	return b.String()
}

// kv is one key and its value of a scene's record.
type kv struct {
	key string
	v   []seg
}

type scene struct {
	name  string
	loc   *locale
	kvs   []kv
	prose []seg
}

// filler writes a case's text from templates with slots.
type filler struct {
	g *gen
	l *locale
	p person
}

var slotNames = []string{"NAME", "LNAME", "GIVEN", "PHONE", "ADDR", "EMAIL", "CARD", "IBAN", "CNID", "CRED", "OTP", "L", "CITY",
	"ORDER", "TRACK", "AMT", "DATE", "BDATE", "PRODUCT", "SHOP", "TRAP", "SKU", "EAN", "EPOCH", "UUID", "TRACE", "VER", "STATUS", "POST", "PCASE"}

func (f *filler) slot(name string) []seg {
	g, l := f.g, f.l
	switch name {
	case "NAME", "LNAME":
		pre, v, post := g.nameVal(f.p, name == "LNAME")
		return []seg{tmpl(pre), pii(v), tmpl(post)}
	case "GIVEN":
		if v := g.givenVal(f.p); v != nil {
			return []seg{pii(v)}
		}
		return []seg{tmpl("there")}
	case "PHONE":
		v := g.phone(l)
		if rtl[l.code] && g.chance(0.3) {
			// bidi marks that keep a number left-to-right in Arabic, Hebrew, Persian text
			v.form += "+lrm"
			return []seg{tmpl("\u200e"), pii(v), tmpl("\u200e")}
		}
		return []seg{pii(v)}
	case "ADDR":
		return []seg{pii(g.address(l))}
	case "EMAIL":
		return []seg{pii(g.email(f.p))}
	case "CARD":
		return []seg{pii(g.card(l))}
	case "IBAN":
		return []seg{pii(g.iban(l))}
	case "CNID":
		return []seg{pii(g.cnid())}
	case "CRED":
		pre, v := g.credential(l)
		post := ""
		if v.form == "dsn" {
			post = "@db-replica-2.internal:5432/orders"
		}
		return []seg{tmpl(pre), pii(v), tmpl(post)}
	case "OTP":
		v := &val{kind: kCredential, form: "otp-phrase", locale: l.code, raw: g.alnum(6, digits)}
		v.secret = v.raw
		return []seg{tmpl(l.otp + " "), pii(v)}
	case "L":
		if len(l.lands) > 0 {
			return []seg{tmpl(g.pick(l.lands))}
		}
		return []seg{tmpl("the gate")}
	case "CITY":
		if l.code == "en_US" {
			return []seg{tmpl(g.fk.City())}
		}
		return []seg{tmpl(g.pick(l.cities))}
	}
	typ, s := g.look(name, l)
	return []seg{lk(typ, s)}
}

// text parses a template: {SLOT} places, the rest is template.
func (f *filler) text(t string) []seg {
	var out []seg
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			break
		}
		name := t[i+1 : i+j]
		known := false
		for _, s := range slotNames {
			if s == name {
				known = true
				break
			}
		}
		if !known {
			out = append(out, tmpl(t[:i+j+1]))
			t = t[i+j+1:]
			continue
		}
		if i > 0 {
			out = append(out, tmpl(t[:i]))
		}
		out = append(out, f.slot(name)...)
		t = t[i+j+1:]
	}
	if t != "" {
		out = append(out, tmpl(t))
	}
	return compact(out)
}

func compact(ss []seg) []seg {
	out := ss[:0]
	for _, s := range ss {
		if s.text == "" && s.v == nil && s.look == "" {
			continue
		}
		out = append(out, s)
	}
	return out
}

func (f *filler) phrase() []seg { return f.text(f.g.pick(f.l.phrases)) }

func (f *filler) kv(key, t string) kv { return kv{key: key, v: f.text(t)} }

var rtl = map[string]bool{"ar_SA": true, "ar_EG": true, "he_IL": true, "fa_IR": true}

var reviewLines = []string{"love it, {TRAP} was worth it", "size runs small, {PRODUCT} looks like the photo though", "fast shipping to {CITY}, seller {SHOP} very kind",
	"packaging dented, {PRODUCT} fine", "ganda po ng {PRODUCT}, sulit", "barang sampai {DATE}, mantap", "muy buena calidad, llegó el {DATE}", "質感很好，{PRODUCT}推薦", "配送が早くて助かりました"}

var returnReasons = []string{"size too small", "wrong colour", "item not as described ({PRODUCT})", "arrived late, after {DATE}", "salah ukuran", "talla incorrecta", "尺码不合适", "サイズが合わない", "maling kulay po"}

var sceneNames = []string{"buyer_note", "agent_note", "courier_status", "chat_relay", "ivr_transcript", "review", "return_reason", "cod_note", "translation", "customs", "account", "payment"}

func (g *gen) scene(name string, l *locale) scene {
	if name == "customs" {
		l = localeByCode["zh_CN"]
	}
	f := &filler{g: g, l: l, p: g.person(l)}
	sc := scene{name: name, loc: l}
	switch name {
	case "buyer_note":
		sc.prose = f.phrase()
		sc.kvs = []kv{f.kv("order_id", "{ORDER}"), f.kv(l.nameKey, "{NAME}"), f.kv(l.phoneKey, "{PHONE}"), f.kv(l.addrKey, "{ADDR}"), f.kv("sku", "{SKU}"), f.kv("total", "{AMT}")}
	case "agent_note":
		sc.prose = append(f.text("CS#A"+strconv.Itoa(100+g.r.IntN(900))+" {DATE}: "), f.phrase()...)
		sc.prose = append(sc.prose, f.text(g.pick([]string{" / verified buyer {NAME} via {EMAIL}; callback {PHONE}; tracking {TRACK}",
			" -- macro sent to {EMAIL}, ticket reopened ({STATUS})", " | escalated: buyer {NAME} says {TRAP} coupon failed, order {ORDER}"}))...)
		sc.kvs = []kv{f.kv("ticket_id", "{UUID}"), f.kv("email", "{EMAIL}"), f.kv("customer", "{NAME}"), f.kv("order", "{ORDER}")}
	case "courier_status":
		sc.prose = append(f.text("[{TRACK}] OUT_FOR_DELIVERY {DATE} rider msg: "), f.phrase()...)
		sc.kvs = []kv{f.kv("awb", "{TRACK}"), f.kv("consignee", "{NAME}"), f.kv("consignee_phone", "{PHONE}"), f.kv("cod_amount", "{AMT}"), f.kv(l.addrKey, "{ADDR}")}
	case "chat_relay":
		sc.prose = append(f.text("buyer: "), f.phrase()...)
		sc.prose = append(sc.prose, f.text(g.pick([]string{"\nseller: thanks {GIVEN}! your {PRODUCT} ships via {TRACK}\nbuyer: email ko {EMAIL}",
			"\nseller: noted {GIVEN}, order {ORDER} updated\nbuyer: pls send invoice to {EMAIL} thx", "\nseller: hi {GIVEN}, {SHOP} here, confirm number {PHONE}?\nbuyer: yes"}))...)
		sc.kvs = []kv{f.kv("conversation_id", "{UUID}"), f.kv("buyer_name", "{NAME}"), f.kv("buyer_email", "{EMAIL}")}
	case "ivr_transcript":
		sc.prose = f.text(g.pick([]string{"IVR {UUID}: caller said \"my card number is {CARD}, expiry 08/29\"; caller id {PHONE}; intent=payment_issue conf=0.92",
			"call transcript: agent: may I have the name on the card? caller: {NAME}. agent: and the number? caller: {CARD}",
			"voicebot: caller {PHONE} asked about {ORDER}; said their name is {NAME}; verified {OTP}"}))
		sc.kvs = []kv{f.kv("call_id", "{UUID}"), f.kv("caller", "{PHONE}"), f.kv("card_number", "{CARD}"), f.kv("cardholder", "{NAME}")}
	case "review":
		sc.prose = append(f.text("★★★★☆ {PRODUCT} — "), f.text(g.pick(reviewLines))...)
		sc.prose = append(sc.prose, f.text(" — {NAME}, {CITY}")...)
		sc.kvs = []kv{f.kv("product", "{PRODUCT}"), f.kv("gtin", "{EAN}"), f.kv("reviewer", "{NAME}"), f.kv("reviewer_email", "{EMAIL}")}
	case "return_reason":
		sc.prose = append(f.text("return reason: "), f.text(g.pick(returnReasons))...)
		sc.prose = append(sc.prose, f.text(g.pick([]string{"; refund {AMT} to IBAN {IBAN} (holder {NAME})", "; pickup from {ADDR}, contact {PHONE}", "; buyer {NAME} {EMAIL}"}))...)
		sc.kvs = []kv{f.kv("rma", "{SKU}"), f.kv("iban", "{IBAN}"), f.kv("account_holder", "{NAME}"), f.kv("amount", "{AMT}")}
	case "cod_note":
		sc.prose = f.text(g.pick([]string{"COD collected {AMT} for {ORDER} from {NAME}; {PCASE}; rider tel {PHONE}",
			"COD failed: {NAME} not home at {ADDR}, {STATUS}, retry {DATE}", "cash on delivery {AMT} — payer {NAME}, {PHONE}, {PCASE}"}))
		sc.kvs = []kv{f.kv("order_id", "{ORDER}"), f.kv("cod_amount", "{AMT}"), f.kv("payer", "{NAME}"), f.kv("payer_phone", "{PHONE}"), f.kv("addr", "{ADDR}")}
	case "translation":
		src := f.phrase()
		mt := f.text(g.pick([]string{"Hello, this is {LNAME}, please deliver to {ADDR}, my phone {PHONE}", "Customer {LNAME} asks for a refund of {AMT}, order {ORDER}",
			"Rider: delivered to {LNAME}, tracking {TRACK}"}))
		sc.prose = append(append(f.text("src["+l.code+"]: "), src...), append(f.text(" || mt[en]: "), mt...)...)
		sc.kvs = []kv{{key: "text_src", v: src}, {key: "text_mt", v: mt}, f.kv("mt_engine", "nmt {VER}")}
	case "customs":
		sc.prose = f.text(g.pick([]string{"customs declaration for {ORDER}: 收件人{NAME} 身份证号{CNID} 电话{PHONE} 地址{ADDR}",
			"clearance hold: recipient id {CNID} does not match name {LNAME}, {STATUS}", "清关失败：身份证{CNID}与收件人{NAME}不一致，请联系{PHONE}"}))
		sc.kvs = []kv{f.kv("declaration_no", "{UUID}"), f.kv("shoujianren", "{NAME}"), f.kv("id_card", "{CNID}"), f.kv("phone", "{PHONE}"), f.kv("address", "{ADDR}"), f.kv("gtin", "{EAN}")}
	case "account":
		sc.prose = f.text(g.pick([]string{"password reset for {EMAIL}; temp " + l.pwKey + "={CRED}; SMS to {PHONE}: {OTP}",
			"login ok for {EMAIL} from {VER}; token {CRED}", "seller-app {VER}: {OTP} (sent to {PHONE})"}))
		sc.kvs = []kv{f.kv("user_email", "{EMAIL}"), f.kv(l.pwKey, "{CRED}"), f.kv("authorization", "{CRED}"), f.kv("device", "{VER}")}
	default: // payment
		sc.prose = f.text(g.pick([]string{"payment declined for {NAME}: card {CARD} exp 09/28, amount {AMT}, order {ORDER}, {STATUS}",
			"3DS challenge for card {CARD} ({NAME}) on {ORDER}", "refund to card {CARD} failed, holder {NAME}, {AMT}"}))
		sc.kvs = []kv{f.kv("order", "{ORDER}"), f.kv("card_number", "{CARD}"), f.kv("holder", "{NAME}"), f.kv("amount", "{AMT}"), f.kv("gateway_status", "{STATUS}"), f.kv("idempotency_key", "{UUID}")}
	}
	// what the shop's systems add around what people wrote
	sc.kvs = append(sc.kvs, f.kv("placed_at", "{DATE}"), f.kv("item", g.pick([]string{"{PRODUCT} ({SKU})", "{SKU}", "{PRODUCT}, GTIN {EAN}"})), f.kv("app", "{VER}"))
	if g.chance(0.6) {
		sc.prose = append(sc.prose, f.text(g.pick([]string{" [ref {ORDER} · {TRACK} · {AMT}]", " (sync {STATUS}, {TRAP})", " — {PCASE}, shipped {DATE}",
			" #{SKU} {PRODUCT}", " via {SHOP}, parcel {TRACK}", " [{EPOCH}]", " (postcode {POST} outside COD zone)", " — zone {POST}, {STATUS}"}))...)
	}
	return sc
}

var localeByCode = func() map[string]*locale {
	m := map[string]*locale{}
	for _, l := range locales {
		m[l.code] = l
	}
	return m
}()
