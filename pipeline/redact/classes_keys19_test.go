package redact

import (
	"testing"

	"github.com/vigilops/vigil/event"
)

// Values under keys the key tables did not know, and the parties of
// invoices: a party key that holds a firm or a person (denominazione,
// 购买方名称, RegistrationName) read by its value; XML elements of parties
// and roles read as keys; Go's printed header maps read as key/value
// pairs; addresses under "domicilio_fiscal", "return_address" and a
// geocoder's query field. All names, addresses and firms are made up.

// Class: an invoice's or a registration's party key (FatturaPA's
// denominazione, a fapiao's 购买方名称 and 发票抬头, UBL's RegistrationName,
// razão social, nabywca) holds a person's name as often as a firm's: a
// person-shaped value is masked in any script or order, a value with a
// legal form, a trade word or a company word of its script stays.
func TestKeys19PartyKeysByValue(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct {
		in   string
		gone []string
	}{
		{`msg="fapiao issued" denominazione="Fakeova, Zlatka" rate=0.19`, []string{"Fakeova", "Zlatka"}},
		{`msg="fattura inviata" denominazione="Звездана Фейкович" x=1`, []string{"Звездана", "Фейкович"}},
		{`购买方名称=谢梓萱 发票代码=011001900111`, []string{"谢梓萱"}},
		{`{"购买方名称":"Qorvin Tallowmère","发票号码":"33246643"}`, []string{"Qorvin", "Tallowmère"}},
		{`购买方名称: J. Tallowmere` + "\n价税合计: ¥1,570", []string{"Tallowmere"}},
		{`{"发票抬头":"ศุภวิชญ์ ปลอมสกุล","amount":"¥9,180"}`, []string{"ศุภวิชญ์"}},
		{`RegistrationName="Maria Quastow" tax_scheme=VAT`, []string{"Quastow"}},
		{`razao_social: "Tobrin de Velaquist"`, []string{"Tobrin", "Velaquist"}},
		{`nabywca="Wrzosława Fejkowska" nip=0000000000`, []string{"Wrzosława", "Fejkowska"}},
	} {
		names19Gone(t, r, c.in, c.gone...)
	}
	for _, s := range []string{
		`msg="fapiao issued" denominazione="Orvieto Fakeworks S.r.l." rate=0.19`,
		`购买方名称=深圳市海川贸易有限公司 发票代码=011001900111`,
		`{"denominazione":"Zeta Textiles","folio":"INV-2026/000001"}`,
		`RegistrationName="Quastow Holdings" tax_scheme=VAT`,
		`denominazione=ACME x=1`,
		`seller_partyname=Idrelle Quastow x=1`,
		"购买方名称: Urban Fakeing, Inc\n价税合计: ¥1,570",
		"购买方名称: Dow Fakes & Co.\n价税合计: ¥1,570",
		`{"购买方名称":"Quastow Airship","发票号码":"33246643"}`,
		"发票号码: 00000000000000000000\n购买方名称: Credit Fakery\n价税合计: ¥1,570",
		`{"denominazione":"Quastow Consulting","owner":"Lumen Fakestudio Labs"}`,
	} {
		chat18Keep(t, r, s)
	}
	var ev event.Event
	ev.Fields = []event.Field{
		{Path: "data.denominazione", Value: event.Value{Kind: event.String, Str: "Anna Quastow"}},
		{Path: "data.购买方名称", Value: event.Value{Kind: event.String, Str: "Fakewangi, Mutua"}},
		{Path: "payload.denominazione", Value: event.Value{Kind: event.String, Str: "Orvieto Fakeworks S.r.l."}},
	}
	r.Event(&ev)
	if v := ev.Fields[0].Value.Str; v != "[REDACTED:name]" {
		t.Errorf("data.denominazione = %q, want masked", v)
	}
	if v := ev.Fields[1].Value.Str; v != "[REDACTED:name]" {
		t.Errorf("data.购买方名称 = %q, want masked", v)
	}
	if v := ev.Fields[2].Value.Str; v != "Orvieto Fakeworks S.r.l." {
		t.Errorf("a firm under payload.denominazione damaged: %q", v)
	}
}

// Class: an XML element named by a role or a party key (<Denominazione>,
// <购买方名称>, <Owner>) is read as that key: a person's name in it is
// masked, a firm's or a brand owner's stays.
func TestKeys19XMLPartyElements(t *testing.T) {
	r := newDamageRedactor(t)
	names19Gone(t, r, `CFDI timbrado: <Buyer><Folio>F2026150243</Folio><Denominazione>Fakeović, Mirta</Denominazione><BankCountry>BG</BankCountry></Buyer>`, "Fakeović", "Mirta")
	names19Gone(t, r, `NF-e autorizada: <dest><FxRate>0.002676</FxRate><购买方名称>Maria Dunfake</购买方名称><Price>$2,479.23</Price></dest>`, "Dunfake")
	names19Gone(t, r, `<CessionarioCommittente><Denominazione>Айдос Фейкова</Denominazione><Owner>Idrelle Quastow</Owner></CessionarioCommittente>`, "Айдос", "Фейкова", "Quastow")
	for _, s := range []string{
		`<CessionarioCommittente><Denominazione>Orvieto Fakeworks S.r.l.</Denominazione><RfcEmisor>XAXX010101000</RfcEmisor></CessionarioCommittente>`,
		`<cfdi:Receptor><BrandOwner>Tallow Burch</BrandOwner><Folio>F1</Folio></cfdi:Receptor>`,
	} {
		chat18Keep(t, r, s)
	}
}

// Class: Go prints an http.Header (a map of slices) as
// "map[X-Key:[value] …]": a role key's value in its brackets is read as
// the key's value, a brand owner's stays.
func TestKeys19GoHeaderMaps(t *testing.T) {
	r := newDamageRedactor(t)
	names19Gone(t, r, `outbound request headers=map[X-Ts:[2026-12-03T06:06:09Z] X-Approved-By:[Grégoire Fakerard] X-Version:[v15.19.14]]`, "Fakerard")
	names19Gone(t, r, `outbound request headers=map[X-Id-Number:[x] X-Screened-Name:[周明轩] X-Score:[0.025]]`, "周明轩")
	names19Gone(t, r, `headers=map[X-Owner:[Achiro Fakiuki] X-Flag:[checkout_v3]]`, "Achiro", "Fakiuki")
	chat18Keep(t, r, `outbound request headers=map[X-Flag:[geo_autocomplete_v2] X-Brand-Owner:[Ferrano Rochet] X-Segment:[Sandton City] X-Status:[409]]`)
	chat18Keep(t, r, `headers=map[X-Owner:[release-bot] X-Assignee:[Payments Team]]`)
}

// Class: a family and a given name of Han or kana that an ideographic
// space parts ("鈴木　美咲", as Japanese systems write them) under a role
// key is a person's name.
func TestKeys19IdeographicSpaceNames(t *testing.T) {
	r := newDamageRedactor(t)
	names19Gone(t, r, `msg="order created from livestream" commenter=鈴木　美咲 app_version=9.14.54`, "鈴木", "美咲")
	names19Gone(t, r, `experiment=geo_autocomplete_v2 owner=松本　健太`, "松本", "健太")
	chat18Keep(t, r, `owner=物流チーム　東京 x=1`)
}

// Class: address keys whose address word comes first ("domicilio_fiscal",
// "morada_fiscal") or after "return" as the whole word "address"
// ("return_address": where a parcel goes back to); a pointer under
// "return_address" and a crash dump's "return_addr" stay.
func TestKeys19AddressKeyParts(t *testing.T) {
	r := newDamageRedactor(t)
	var ev event.Event
	ev.Fields = []event.Field{
		{Path: "payload.domicilio_fiscal", Value: event.Value{Kind: event.String, Str: "199, Fakeini Marg, New Delhi - 502153"}},
		{Path: "data.return_address", Value: event.Value{Kind: event.String, Str: "rue Fakebeau 117, 6081 Ixelles"}},
		{Path: "morada_fiscal", Value: event.Value{Kind: event.String, Str: "Rua Fakegusta 12, 1100-053 Lisboa"}},
		{Path: "crash.return_address", Value: event.Value{Kind: event.String, Str: "0x00007f3a2b1c4d10"}},
		{Path: "crash.return_addr", Value: event.Value{Kind: event.String, Str: "0x00007f3a2b1c4d18"}},
	}
	r.Event(&ev)
	for i, want := range []string{"[REDACTED:address]", "[REDACTED:address]", "[REDACTED:address]", "0x00007f3a2b1c4d10", "0x00007f3a2b1c4d18"} {
		if got := ev.Fields[i].Value.Str; got != want {
			t.Errorf("%s = %q, want %q", ev.Fields[i].Path, got, want)
		}
	}
	chat18Keep(t, r, `frame #3 return_address=0x7ffd5e8a1c20 return_addr=0x7ffd5e8a1c28`)
}

// Class: an event's field named as a search box or a geocoder's input
// ("data.input", "query", "Text") whose whole value reads as an address
// by its parts is the address looked up; a place's or a product's search
// stays.
func TestKeys19GeocoderQueryFields(t *testing.T) {
	r := newDamageRedactor(t)
	var ev event.Event
	ev.Fields = []event.Field{
		{Path: "data.input", Value: event.Value{Kind: event.String, Str: "rue Fakemann 37, 7484 Bruxelles"}},
		{Path: "query", Value: event.Value{Kind: event.String, Str: "бул. „Фейков връх“ № 95, 8838 Бургас"}},
		{Path: "data.Text", Value: event.Value{Kind: event.String, Str: "avenue Fakehaute 126, 1816 Charleroi"}},
		{Path: "q", Value: event.Value{Kind: event.String, Str: "Dubai Mall"}},
		{Path: "text", Value: event.Value{Kind: event.String, Str: "iPhone 15, 256GB"}},
		{Path: "data.input2", Value: event.Value{Kind: event.String, Str: "SKU-4411-BLK, 2 pcs"}},
	}
	r.Event(&ev)
	for i, want := range []string{"[REDACTED:address]", "[REDACTED:address]", "[REDACTED:address]", "Dubai Mall", "iPhone 15, 256GB", "SKU-4411-BLK, 2 pcs"} {
		if got := ev.Fields[i].Value.Str; got != want {
			t.Errorf("%s = %q, want %q", ev.Fields[i].Path, got, want)
		}
	}
}

// Class: a Redis hash's field named by a role or a party key ("author",
// "购买方名称") pairs it with a person's name.
func TestKeys19RedisRoleFields(t *testing.T) {
	r := newDamageRedactor(t)
	names19Gone(t, r, `1764940064.069209 [0 10.0.0.7:51234] "HSET" "inv:42" "购买方名称" "赵佳怡" "author" "Ladria Fakeegg"`, "赵佳怡", "Ladria", "Fakeegg")
	chat18Keep(t, r, `1764940064.069209 [0 10.0.0.7:51234] "HSET" "inv:42" "denominazione" "Orvieto Fakeworks S.r.l." "author" "release-bot"`)
}
