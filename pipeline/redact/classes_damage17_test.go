package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Look-alikes of the back office: values under keys that usually hold PII
// but name something else (a port's UN/LOCODE or a warehouse under
// "ship_to", a job title or a company under "contact" or "customer
// account"), keys and labels that hold a PII word but name a thing about it
// ("password policy", "phone_model", "email template"), network addresses
// after "remote addr", and eBay order numbers. Real values of the same keys
// stay masked. All values are made up.

func TestDamage17TrapsSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		// a UN/LOCODE or a facility under an address key, in every syntax
		`putaway confirmed ship_to=NLRTM status=PICKED`,
		`body=order_ref=111-0000000-0000000&ship_to=DEHAM&sku=SKU-XL-0001`,
		`GET /api/v1/returns?ship_to=Zyxwv+Fulfilment+Centre&status=OPEN HTTP/1.1`,
		`GET /api/v1/returns?ship_to=Qortex%20Distribution%20Center&status=OPEN HTTP/1.1`,
		"PICK LIST PRINTED\nship to: DC Qortex Park\nlot: LOT 00X0000\n",
		"wave released: ship to KRPUS / amazon order id 111-0000000-0000001",
		`payload={"ship_to":"Zyxwv Hub","order_ref":"111-0000000-0000002"}`,
		`Lieferung an Lager: ship_to="Zentrallager Qortex"`,
		// a job title or a company under a person's key
		`contact="Garbage Collector" staff_id=EMP-00001`,
		"SUPPLIER CONTACT ADDED\ncontact: Stunt Performer\n",
		`{"contact":"Qortex Customs Brokers","status":"OPEN"}`,
		"CARTON CLOSED\ncustomer account: Zyxwv Parts Inc.\norder id: #10001\n",
		"CARTON CLOSED\ncustomer account: Qortex Logistik GmbH\n",
		"record confirmed: customer account: Zyxwv Transport Sp. z o.o. / hs code 8471.30",
		"customer account: Qortex Matthey plc\ndoc number: RE-2026-00001\n",
		// labels of two words whose first is a PII word and whose second names a thing
		"MACRO APPLIED\npassword policy: min12-upper-digit\n",
		"macro applied: status SHIPPED / recipient group: accounts-payable / rma number: RET-PS-00001",
		"macro applied: recipient group: MASTERCARD / rma number: RET-PS-00002",
		"LOW CONFIDENCE FIELDS\npassword policy: order_confirmation_de\n",
		// a network address after a label with "addr"
		"cron job finished: remote addr: 10.0.0.1 / vat id GB000000000",
		"BOUNCE PROCESSED\nremote addr: 203.0.113.7\ntotal: 10.00 USD\n",
		// eBay order numbers in a query, a form body, a sentence
		`GET /api/v2/returns?sales_record=04-00000-00001&status=OPEN HTTP/1.1`,
		`body=host=gw-1.int&sales_record=00-12345-67890`,
		"warranty claim opened: sales record 02-00000-00002, rma RMA000001",
	} {
		if got := r.String(s); got != s {
			t.Errorf("look-alike damaged:\n in:  %s\n out: %s", s, got)
		}
	}
}

func TestDamage17TrapFieldsSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	var ev event.Event
	for _, kv := range [][2]string{
		{"@timestamp", "2026-12-01T00:00:00Z"},
		{"wms.ship_to", "CNSZX"},
		{"wms.ship_to_2", "Zyxwv Cross-Dock"},
		{"payroll.contact", "Scrum Master"},
		{"erp.contact", "Qortex Line"},
		{"audit.phone_model", "XPS-00-0000"},
		{"rma.ebay_order", "07-00000-00003"},
		{"audit.customer_account", "Zyxwv Trading Co., Ltd."},
	} {
		ev.Fields = append(ev.Fields, event.Field{Path: kv[0], Value: event.StringValue(kv[1])})
	}
	r.Event(&ev)
	for _, f := range ev.Fields {
		if strings.Contains(f.Value.Str, "[REDACTED") {
			t.Errorf("field %s damaged: %s", f.Path, f.Value.Str)
		}
	}
}

// The same keys holding what they name stay masked: a street (with a number
// or a street type), a person's name (a given name first, or no occupation
// at its end), a phone under a phone key.
func TestDamage17KeysStillMask(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, gone string }{
		{`ship_to="12 Depot Road, Springfield"`, "Depot Road"},
		{`ship_to="Warehouse Road"`, "Warehouse Road"},
		{"ship to: Rua do Armazém 12, Lisboa\n", "Armazém"},
		{`contact="Anna Baker"`, "Baker"},
		{`contact="Maria Fakeunder"`, "Fakeunder"},
		{"customer account: Jana Nováková\n", "Nováková"},
		{"contact: Dr. Fakewalker\n", "Fakewalker"},
		{`phone=+44 20 7946 0000`, "7946 0000"},
		{`mobile=020-9185-0199`, "9185-0199"},
	} {
		if got := r.String(c.in); strings.Contains(got, c.gone) {
			t.Errorf("value kept:\n in:  %s\n out: %s", c.in, got)
		}
	}
}

func TestDamage17ValueShapes(t *testing.T) {
	for _, c := range []struct {
		v    string
		kind Kind
		not  bool
	}{
		{"NLRTM", KindAddress, true},
		{"US2AB", KindAddress, true},
		{"SMITH", KindAddress, false}, // a family name the lexicon knows
		{"Nlrtm", KindAddress, false},
		{"Zyxwv Hub", KindAddress, true},
		{"Depot Road", KindAddress, false},
		{"Unit 4, Zyxwv Logistics Park", KindAddress, false},
		{"192.0.2.10", KindAddress, true},
		{"HVAC Technician", KindName, true},
		{"Real Estate Agent", KindName, true},
		{"Anna Technician", KindName, false}, // a given name first
		{"Mr Driver", KindName, false},
		{"Zyxwv Brothers Packaging", KindName, true},
		{"Lars As", KindName, false}, // a two-letter legal form in capitals only
		{"Zyxwv Shipping AS", KindName, true},
		{"深圳市某某贸易有限公司", KindName, true},
		{"NLRTM", KindPhone, false},
	} {
		if got := notKindValue(c.kind, c.v); got != c.not {
			t.Errorf("notKindValue(%v, %q) = %v, want %v", c.kind, c.v, got, c.not)
		}
	}
}
