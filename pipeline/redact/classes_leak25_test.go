package redact

import "testing"

// Values the twenty-fifth round's classes mask, and near misses they keep.
// Every value is made up.

func TestLeak25TypedPairs(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct {
		in   string
		gone []string
		keep []string
	}{
		{`[{"type":"FIRST_NAME","value":"Quillon"},{"type":"LAST_NAME","value":"Varbeck"},{"type":"STREET_NAME","value":"Calle Tindaro"},{"type":"STREET_NUMBER","value":"412"},{"type":"DOC_NUMBER","value":"20893500011"}]`,
			[]string{"Quillon", "Varbeck", "Tindaro"}, []string{"20893500011"}},
		{`{"billing":"[{\"type\":\"FIRST_NAME\",\"value\":\"Quillon\"}]"}`, []string{"Quillon"}, nil},
		{`[{"type":"primary","value":"SKU-44120"},{"type":"ORDER_ID","value":"2000001234"}]`, nil, []string{"SKU-44120", "2000001234"}},
		{`[{"type":"BUSINESS_NAME","value":"Ferreteria Lomas S.A."}]`, nil, []string{"Ferreteria Lomas S.A."}},
	} {
		out := r.String(c.in)
		masks26(t, c.in, out, c.gone...)
		keeps26(t, c.in, out, c.keep...)
	}
}

func TestLeak25Keys(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct {
		in   string
		gone []string
		keep []string
	}{
		{`{"receiver":{"safeNumber":"0504-1111-2233","postCode":"04521"}}`, []string{"0504-1111-2233"}, []string{"04521"}},
		{`{"virtual_number":"0508-7700-1234","order_number":"2000001234"}`, []string{"0508-7700-1234"}, []string{"2000001234"}},
		{`<Security><TokenId>0a1b2c3d4e5f60718293a4b5c6d7e8f9</TokenId></Security><SiteID>100</SiteID>`, []string{"0a1b2c3d4e5f60718293a4b5c6d7e8f9"}, []string{"<SiteID>100</SiteID>"}},
		{`{"serial_number":"SN-4410-2231","safe_mode":"on"}`, nil, []string{"SN-4410-2231"}},
	} {
		out := r.String(c.in)
		masks26(t, c.in, out, c.gone...)
		keeps26(t, c.in, out, c.keep...)
	}
}

func TestLeak25RelayMail(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct {
		in   string
		gone []string
		keep []string
	}{
		{`{"customerEmailId":"0A1B2C3D4E5F60718293A4B5C6D7E8F9@relay.example-mart.com"}`, []string{"0A1B2C3D4E5F6071"}, nil},
		{`buyer 5f3e0c9a11d2b7e8@marketplace.example.de notified`, []string{"5f3e0c9a11d2b7e8"}, nil},
		{`Message-ID: <5f3e0c9a11d2b7e8a0@mail.example.com>`, nil, []string{"5f3e0c9a11d2b7e8a0@mail.example.com"}},
	} {
		out := r.String(c.in)
		masks26(t, c.in, out, c.gone...)
		keeps26(t, c.in, out, c.keep...)
	}
}

func TestLeak25FieldValue(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct {
		in   string
		gone []string
		keep []string
	}{
		{`mapping failed for order 2612ZZQX01: cannot map field recipient_address.name value 'Quillon Varbeck'`, []string{"Quillon Varbeck"}, []string{"2612ZZQX01"}},
		{`MappingException: cannot map field shipping.phone value '628110002233' for order 7`, []string{"628110002233"}, nil},
		{`cannot map field item.sku value 'TSHIRT-RED-XL' for order 7`, nil, []string{"TSHIRT-RED-XL"}},
		{`cannot map field shipping.phone value 'n/a' for order 7`, nil, []string{"'n/a'"}},
	} {
		out := r.String(c.in)
		masks26(t, c.in, out, c.gone...)
		keeps26(t, c.in, out, c.keep...)
	}
}
