package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Look-alikes of the sellers' mobile, identity, analytics and tax-invoice
// logs: analytics client ids, a flow's session UUID, product models,
// business names under GST's keys, an order routed to an address, brands
// before a noun of goods, India's postal PIN. All values are made up.

// redactFields redacts an event of string fields and returns the values.
func redactFields15(t *testing.T, r *Redactor, kv ...string) []string {
	t.Helper()
	var ev event.Event
	for i := 0; i+1 < len(kv); i += 2 {
		ev.Fields = append(ev.Fields, event.Field{Path: kv[i], Value: event.StringValue(kv[i+1])})
	}
	r.Event(&ev)
	out := make([]string, len(ev.Fields))
	for i, f := range ev.Fields {
		out[i] = f.Value.Str
	}
	return out
}

func TestDamage15TextSurvives(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		// Google Analytics client ids under "cid", a mail's Content-ID, a customer id
		"GET /g/collect?v=2&tid=G-AB12CD34EF&cid=1234567890.1712345678&en=page_view 204",
		"POST /mp/collect?measurement_id=G-XYZ&cid=555000111.1700000000",
		"collect v=1&tid=UA-000000-1&cid=35009a79-1a05-49d7-b876-2b884d0f825b&t=pageview",
		"inline image cid=CUST-88230011 attached",
		"ticket merged cid=88230011 agent=bot",
		// a flow's session id
		"kyc.session=0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5 step=liveness",
		`{"checkout.session":"7d1c2b3a-4e5f-4a6b-9c8d-0e1f2a3b4c5d"}`,
		// products under keys that end in "…lname" by accident, GST business names
		`{"item_list":[{"item_sku":"TSH-WHT-M","model_name":"Fakephone 15 Pro Max"}]}`,
		`{"channel_name":"Summer Lights","hotel_name":"Grand Fakeview"}`,
		`{"BuyerDtls":{"Gstin":"29ABCDE1234F1Z5","LglNm":"Fakewave Logistics","TrdNm":"Morgan Fakeley"}}`,
		// an order routed to an address: the id stays
		"ticket 8812 260621J7FAKE01 → same as before",
		// brands before a noun of goods
		"campaign Lunar New Year started for Hugo Boss products in Avenida Paulista",
		"promo started for Ted Baker items today",
		"restock scheduled for Calvin Klein collection",
		// an amount after a currency's code that reads as a street type
		"listing sync ok sku=PH-FAKE-M stock=167 price=STR 223.00",
		"loadCart(Cart(items=3, total=SCR 875,00, coupon=none))",
		`{"dispute.amount":"STR 142.00"}`,
		"flash sale: Flat Screen Tv USD 80.93",
		// a shop's name after the word for a shop
		"实名认证成功：店铺 Ralph Lauren",
		"seller verified, shop Ralph Lauren",
		"onboarding ok; store Calvin Klein, city Lyon",
		"ショップ Ralph Lauren 開設",
	} {
		if got := r.String(s); got != s {
			t.Errorf("look-alike damaged:\n in:  %s\n out: %s", s, got)
		}
	}
	// beside PII that goes: India's postal PIN beside an address, an order
	for _, c := range []struct{ in, pin string }{
		{`{"Addr1":"12 Fake Nagar","Loc":"Bengaluru","Pin":560038,"Stcd":"29"}`, "560038"},
		{`"addr":"7 Fake Road","city":"Pune","pin":"411001"`, "411001"},
		{`{\"BuyerDtls\":{\"Addr1\":\"#5, Fake Apartments\",\"Loc\":\"Mysuru\",\"Pin\":570001}}`, "570001"},
		// eBay's order number in a statement's row beside a buyer and an IBAN
		{"2026-11-14;377.07;EUR;Fake Person;DE89370400440532013000;96-80315-22122", "96-80315-22122"},
	} {
		if got := r.String(c.in); !strings.Contains(got, c.pin) {
			t.Errorf("look-alike beside PII damaged:\n in:  %s\n out: %s", c.in, got)
		}
	}
}

func TestDamage15FieldsSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	got := redactFields15(t, r,
		"ga.cid", "1234567890.1712345678",
		"kyc.session", "0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5",
		"segment.properties.name", "Nintendo Fake OLED",
		"amplitude.event_properties.name", "Supreme Exercise Bike Genesis",
		"item.model_name", "Galaxy Fake Ultra",
	)
	for i, v := range got {
		if strings.Contains(v, "[REDACTED") {
			t.Errorf("field %d damaged: %s", i, v)
		}
	}
}

// The same keys and places still hold secrets, codes and people.
func TestDamage15StillCaught(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{"cid=1234 cvv=987", "1234"},
		{"cvv=987 exp=09/29", "987"},
		{"cid=4111111111111111", "4111111111111111"},
		{"session=0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5", "0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5"},
		{"http.cookies.session=0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5", "0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5"},
		{"kyc.session=Zq8fK2mP9xL4vT7wB1nC", "Zq8fK2mP9xL4vT7wB1nC"},
		{`{"buyer_lname":"Fakeström","real_name":"Ana Fakelima"}`, "Fakeström"},
		{`{"buyer_lname":"Fakeström","real_name":"Ana Fakelima"}`, "Ana Fakelima"},
		{`{"giftcard":{"pin":"4821"}}`, "4821"},
		{`{"Addr1":"12 Fake Nagar","pin":"1234"}`, "1234"},
		{"pin=560038", "560038"},
		{"address changed: 12 Oak Fake Road, Leeds → 47 Elm Fake Street, York", "12 Oak Fake Road"},
		{`name: "Ana Lima" -> "Ana L. Souza"`, "Ana Lima"},
		{"refund for Jane Fakeroe processed", "Jane Fakeroe"},
		{"seller verified, workshop Ralph Lauren", "Ralph Lauren"},
		{"2026-11-14;377.07;EUR;Fake Person;DE89370400440532013000;91-98765-43210", "91-98765-43210"},
		{"ship to Str. Fakescu 12, București 030031", "Fakescu 12"},
		{"ship to Via Fakeroma 12, 00184 Roma", "Fakeroma 12"},
		{"deliver to Fakestr. 12.", "Fakestr. 12"},
	} {
		if got := r.String(c.in); strings.Contains(got, c.secret) {
			t.Errorf("kept %q:\n in:  %s\n out: %s", c.secret, c.in, got)
		}
	}
	got := redactFields15(t, r,
		"card.cid", "4321",
		"segment.traits.name", "Ana Fakelima",
		"invalidArgs.name", "Ana Fakelima",
		"session", "0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5",
	)
	for i, v := range got {
		if !strings.Contains(v, "[REDACTED") {
			t.Errorf("field %d kept: %s", i, v)
		}
	}
}

func TestDamage15Readers(t *testing.T) {
	for _, c := range []struct {
		key, val string
		want     bool
	}{
		{"cid", "1234567890.1712345678", true},
		{"ga.cid", "35009a79-1a05-49d7-b876-2b884d0f825b", true},
		{"cid", "123", false},
		{"card.cid", "1234", false},
		{"cvv", "1234567890.1712345678", false}, // only "cid" has other meanings
	} {
		if got := cidNotCode(c.key, c.val); got != c.want {
			t.Errorf("cidNotCode(%q, %q) = %v, want %v", c.key, c.val, got, c.want)
		}
	}
	for _, c := range []struct {
		key, val string
		want     bool
	}{
		{"kyc.session", "0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5", true},
		{"kyc.session", "0F8E6F6C-1B2A-4C3D-8E9F-A0B1C2D3E4F5", true},
		{"session", "0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5", false},
		{"request.cookies.session", "0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5", false},
		{"kyc.session", "s%3A0f8e6f6c1b2a4c3d8e9fa0b1c2d3e4f5", false},
		{"kyc.session_token", "0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5", false},
	} {
		if got := flowSession(c.key, c.val); got != c.want {
			t.Errorf("flowSession(%q, %q) = %v, want %v", c.key, c.val, got, c.want)
		}
	}
	for _, c := range []struct {
		k    string
		want bool
	}{
		{"modelname", true}, {"channelname", true}, {"hotelname", true}, {"portalname", true},
		{"lglnm", true}, {"trdnm", true},
		{"lname", false}, {"buyerlname", false}, {"realname", false}, {"personalname", false}, {"dbtrnm", false},
	} {
		if got := notPersonTail(c.k); got != c.want {
			t.Errorf("notPersonTail(%q) = %v, want %v", c.k, got, c.want)
		}
	}
	for _, c := range []struct {
		v    string
		k    Kind
		want bool
	}{
		{"260621J7SCPYLE", KindAddress, true},
		{"1Z999AA10123456784", KindAddress, true},
		{"SKU-2826-128G", KindName, true},
		{"12 Oak Road", KindAddress, false},
		{"560038", KindAddress, false},
		{"Ana", KindName, false},
		{"260621J7SCPYLE", KindPhone, false},
	} {
		if got := arrowIDSide(c.v, c.k); got != c.want {
			t.Errorf("arrowIDSide(%q) = %v, want %v", c.v, got, c.want)
		}
	}
	for _, c := range []struct {
		run, rest string
		want      bool
	}{
		{"Hugo Boss", " products in", true}, {"Hugo Boss", " Produkte", true}, {"Ted Baker", " items.", true},
		{"Jane Roe", " processed", false}, {"Jane Roe", " productsX", false}, {"Jane Roe", "", false},
		{"Jane Roe", " Prod", false}, {"Jane Roe", "'s items", false}, {"Fake Home", " Products", true},
	} {
		if got := goodsAfter(c.run+c.rest, len(c.run)); got != c.want {
			t.Errorf("goodsAfter(%q) = %v, want %v", c.run+c.rest, got, c.want)
		}
	}
	for _, c := range []struct {
		v    string
		want bool
	}{
		{"12-34567-89012", true}, {"96-80315-22122", true},
		{"91-98765-43210", false}, {"11-98765-4321", false}, {"123-4567-89012", false}, {"12 34567 89012", false},
	} {
		if got := ebayOrder15(c.v); got != c.want {
			t.Errorf("ebayOrder15(%q) = %v, want %v", c.v, got, c.want)
		}
	}
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"店铺 ", true}, {"shop ", true}, {"x, Store ", true}, {"ショップ ", true}, {"Ärger, toko ", true},
		{"workshop ", false}, {"", false}, {"shopper ", false}, {"Fußballshop ", false},
	} {
		if got := shopWordBefore15(c.before+"Ralph Lauren", len(c.before)); got != c.want {
			t.Errorf("shopWordBefore15(%q) = %v, want %v", c.before, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		e    int
		want bool
	}{
		{"STR 223.00", 7, true}, {"STR 223,00)", 7, true}, {"Str 12.", 6, false}, {"Str 12.5", 6, false},
		{"ul. Fake 352,30-119", 12, false}, {"Via Fake 12,34100", 11, false},
	} {
		if got := amountDecimalsAt(c.s, c.e); got != c.want {
			t.Errorf("amountDecimalsAt(%q, %d) = %v, want %v", c.s, c.e, got, c.want)
		}
	}
	for _, c := range []struct {
		path string
		want bool
	}{
		{"segment.properties.name", true}, {"amplitude.event_properties.name", true}, {"eventProperties.name", true},
		{"segment.traits.name", false}, {"invalidArgs.name", false}, {"properties.first_name", false},
	} {
		if got := propertiesName(c.path); got != c.want {
			t.Errorf("propertiesName(%q) = %v, want %v", c.path, got, c.want)
		}
	}
}
