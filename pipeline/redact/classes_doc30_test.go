package redact

import (
	"strings"
	"testing"
)

// Partner documents (doc30): D-U-N-S and control numbers under their
// label, id lines under a party's heading, CDATA text of named XML
// elements, names in capitals after a fixed-width row's PII. Every value is
// made up. The cases are checked by checkIDs21 (classes_ids21_test.go):
// kept, gone, twice equals once.

// Class: digits under a D-U-N-S or a control number's label (before them,
// as a key, an XML element or a CSV column) are that number, not a phone.
func TestDoc30DocumentNumberLabels(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "supplier DUNS: 03-123-4567 ok", keep: []string{"03-123-4567"}},
		{in: "D-U-N-S 05-987-6543 on file", keep: []string{"05-987-6543"}},
		{in: "return processed, control number 012345678, reply later", keep: []string{"012345678"}},
		{in: "<ns2:ControlNumber>023456789</ns2:ControlNumber>", keep: []string{"023456789"}},
		{in: `{"duns":"06-111-2222","control_number":"034567890"}`, keep: []string{"06-111-2222", "034567890"}},
		{in: "build_sha,duns,order_id\nabc123,\"07-222-3333\",5301847822255", keep: []string{"07-222-3333"}},
		// near misses: a phone's own label, a "+CC" number after the label
		{in: "supplier tel 03-123-4567 ok", gone: []string{"03-123-4567"}},
		{in: "control number +44 7700 900123", gone: []string{"7700 900123"}},
	})
}

// Class: a line of a label in capitals and an id-shaped value ends a
// party's block: it is neither the party's name nor an address line.
func TestDoc30IDLineEndsBlock(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "PRIORITY\nSHIP TO\nTS MS 1764164466194\nUPSTREAM STATUS HTTP 429\nGTIN 5904197333994\nORDER ID 578836786612724687",
			keep: []string{"TS MS 1764164466194", "HTTP 429", "578836786612724687"}},
		{in: "SHIP TO\nQUILLON VARBECK\nFAKESTRASSE 12\n12345 FAKEBURG\nTRACE ID 4bf92f3577b34da6a3ce929d0e0e4736\nHOST sftp6.us-east-2.internal",
			keep: []string{"4bf92f3577b34da6a3ce929d0e0e4736", "sftp6.us-east-2.internal"}, gone: []string{"QUILLON VARBECK", "FAKESTRASSE 12"}},
		{in: "SHIP TO\nQUILLON VARBECK\nHS CODE 6098.91.41\nUUID 3f0bebbb-9792-44cb-ad20-3a5fd96c7e51",
			keep: []string{"6098.91.41", "3f0bebbb-9792-44cb-ad20-3a5fd96c7e51"}, gone: []string{"QUILLON VARBECK"}},
		// near misses: address lines in capitals stay the block's
		{in: "SHIP TO\nQUILLON VARBECK\nFAKESTRASSE 12\n12345 FAKEBURG", gone: []string{"FAKESTRASSE 12"}},
	})
	for _, v := range []string{"TIKTOK ORDER ID 578836786612724687", "UPSTREAM STATUS HTTP 503", "HS CODE 6098.91.41",
		"REQUEST ID req_44drfuhrjlzzs19rolln", "AMAZON ORDER ID 200-4230333-8285184", "ENDPOINT as2.partner.example:20039"} {
		if !idValueLine30(v) {
			t.Errorf("%q: want an id line", v)
		}
	}
	for _, v := range []string{"FAKESTRASSE 12", "12345 FAKEBURG", "NO. 163", "FLAT 46", "ROAD 12, BLOCK 5", "AVENIDA FALSA 1234",
		"QUILLON VARBECK", "HTTP 429 TOO MANY", "STATUS HTTP 4290", "RUA 25 DE MARCO 700"} {
		if idValueLine30(v) {
			t.Errorf("%q: want no id line", v)
		}
	}
}

// Class: an XML element's text in a CDATA section is read by the
// element's name.
func TestDoc30CDATAElement(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "<ns2:OrderNotification><ns2:BuyerName><![CDATA[Quillon Varbeck]]></ns2:BuyerName><ns2:Shop><![CDATA[Fake Outlet]]></ns2:Shop></ns2:OrderNotification>",
			keep: []string{"Fake Outlet", "<![CDATA[", "]]></ns2:BuyerName>"}, gone: []string{"Quillon", "Varbeck"}},
		{in: "<ns2:ShippingAddress><![CDATA[Fakestraße 12, 12345 Fakeburg]]></ns2:ShippingAddress><ns2:Amount><![CDATA[R$ 7231,39]]></ns2:Amount>",
			keep: []string{"R$ 7231,39"}, gone: []string{"Fakestraße 12"}},
		{in: "<ns2:Phone><![CDATA[+34 600 000 001]]></ns2:Phone><ns2:OrderId><![CDATA[5881970386373]]></ns2:OrderId>",
			keep: []string{"5881970386373"}, gone: []string{"600 000 001"}},
		// near misses: an unclosed section, an empty one
		{in: "<ns2:Note><![CDATA[]]></ns2:Note><ns2:Shop><![CDATA[Fake Outlet", keep: []string{"Fake Outlet"}},
	})
}

// Class: a name in capitals after a fixed-width row's PII cells.
func TestDoc30FixedWidthCapsName(t *testing.T) {
	row := func(cells ...string) string {
		return "H01FAKESHOP  20261207\n" + strings.Join(cells, "    ") + " \nT01000001"
	}
	checkIDs21(t, []ids21Case{
		{in: row("049719", "+40 700 000 001", "req_rvute4d71ri2ou0satie", "quillon.varbeck@example.com", "QUILLON VARBECK", "20241013"),
			keep: []string{"049719", "req_rvute4d71ri2ou0satie", "20241013"}, gone: []string{"QUILLON VARBECK", "700 000 001", "quillon.varbeck@"}},
		// near misses: trade terms, statuses, no PII in the row
		{in: row("049719", "quillon.varbeck@example.com", "FOB SHENZHEN", "DAP HAMBURG", "NOT FOUND", "HTTP 404"),
			keep: []string{"FOB SHENZHEN", "DAP HAMBURG", "NOT FOUND", "HTTP 404"}},
		{in: row("049719", "1Z40NMWN2232817586", "QUILLON VARBECK", "20241013"), keep: []string{"20241013", "1Z40NMWN2232817586"}},
	})
}
