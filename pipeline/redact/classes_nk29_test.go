package redact

import (
	"fmt"
	"testing"
)

// Class: a key in a buyer's language, romanised or in its script, whose
// last word names who receives, buys, pays or holds the card ("girande",
// "paraliptis", "chue_phu_rap", "shem_nimaan", "ism_almustalim",
// "imya_poluchatelya", "karteninhaber", "付款人"), or a word for "name" as
// the whole key ("nam", "esm", "isim"), holds that person's name, in every
// syntax that writes keys: JSON, logfmt, XML, headers, a Python dict's
// dump, an INSERT's columns, a CSV header.
func TestClassNk29RomanisedPartyKeys(t *testing.T) {
	r := keep22Redactor(t)
	names := []string{"Zorava Fakeeva", "ZARIN FAKEHOSSEINI", "Κλεάνθη Ψευδάκη", "מיכאלה בדויה", "سامية المزيفة", "ধ্রুব নকলদাস"}
	keys := []string{"girande", "paraliptis", "chue_phu_rap", "shem_nimaan", "ism_almustalim", "imya_poluchatelya",
		"nam", "esm", "isim", "karteninhaber", "付款人", "kart_sahibi", "ho_ten_nguoi_mua", "nama_pembayar",
		"otrymuvach", "gumaeja", "kounyusha", "fukuanren", "pelatis", "lakoach", "kharidar", "pembayar"}
	for i, k := range keys {
		name := names[i%len(names)]
		lines := []string{
			fmt.Sprintf(`{"order_id":"5770%07d","%s":%q,"sku":"TS-KQX-4410-M","total":"฿1,250.00"}`, i, k, name),
			fmt.Sprintf(`ts=2026-12-07T09:23:00Z level=info svc=buyer_note order_id=2606%06d %s=%q sku=TS-KQX-4410-M`, i, k, name),
			fmt.Sprintf(`<shipment><order_id>5770%07d</order_id><%s>%s</%s><sku>TS-KQX-4410-M</sku></shipment>`, i, k, name, k),
			fmt.Sprintf("POST /v2/buyer_note HTTP/1.1\nHost: api.shop.example\nX-Buyer-order-id: 5770%07d\nX-Buyer-%s: %s\nX-Buyer-sku: TS-KQX-4410-M", i, k, name),
			fmt.Sprintf(`ValueError: unparseable record {'order_id': '#SH%05d', '%s': '%s', 'sku': 'TS-KQX-4410-M'}`, i, k, name),
			fmt.Sprintf(`duplicate key on INSERT INTO cs_buyer_note (order_id, %s, sku) VALUES ('5770%07d', '%s', 'TS-KQX-4410-M')`, k, i, name),
		}
		for _, line := range lines {
			keep23Check(t, r, line, []string{"TS-KQX-4410-M"}, []string{name})
		}
	}
}

// Class: the words of head-first languages name whose field it is only
// after a word for "name" or alone: the recipient's number or a
// customer's code keeps its value, and so do keys that merely end in a
// word for "name" ("vietnam").
func TestClassNk29PartyWordsAfterOtherHeads(t *testing.T) {
	r := keep22Redactor(t)
	for _, k := range []string{"kod_pelati", "kod_pokupatelya", "mispar_lakoach", "ma_nguoi_mua", "vietnam", "id_pembayar"} {
		line := fmt.Sprintf(`{"order_id":"577012","%s":"KX-88213-B","sku":"TS-KQX-4410-M"}`, k)
		keep23Check(t, r, line, []string{"KX-88213-B", "TS-KQX-4410-M"}, nil)
		line = fmt.Sprintf(`level=info %s="Premium Gold" sku=TS-KQX-4410-M`, k)
		keep23Check(t, r, line, []string{"Premium Gold", "TS-KQX-4410-M"}, nil)
	}
	for _, k := range []string{"girande_id", "paraliptis_count", "nam_type"} {
		line := fmt.Sprintf(`{"order_id":"577012","%s":"40021","sku":"TS-KQX-4410-M"}`, k)
		keep23Check(t, r, line, []string{"40021", "TS-KQX-4410-M"}, nil)
	}
}

// Class: an INSERT's column named for a person by a role ("reviewer",
// "author", "approved_by") holds a name when its literal is shaped as one,
// in any script or in capitals; a login, a team or a product under such a
// column stays.
func TestClassNk29RoleColumnsOfInsert(t *testing.T) {
	r := keep22Redactor(t)
	for _, name := range []string{"ZORAVA VAN FAKEDIJK", "سامية المزيفة", "מיכאלה בדויה", "Zorava Fakeeva", "Kleanthi O''Fakely"} {
		line := fmt.Sprintf(`duplicate key on INSERT INTO cs_review (product, gtin, reviewer, reviewer_email, placed_at) VALUES ('Fifth Avenue desk lamp', '7893998965856', '%s', 'zf@example.com', '09/04/2026')`, name)
		keep23Check(t, r, line, []string{"'Fifth Avenue desk lamp'", "'7893998965856'", "'09/04/2026'"}, []string{name, "zf@example.com"})
	}
	line := `INSERT INTO deploys (service, author, approved_by, status) VALUES ('checkout', 'svc-deploy', 'Payments Team', 'ok')`
	keep23Check(t, r, line, []string{"'svc-deploy'", "'Payments Team'", "'checkout'"}, nil)
}

// Class: an XML element's text that escapes a name's apostrophe as
// "&apos;" or "&#39;" is read with the apostrophe undone under a role key;
// a team's name with an escaped apostrophe stays.
func TestClassNk29EscapedApostropheInElement(t *testing.T) {
	r := keep22Redactor(t)
	for _, v := range []string{"Zorvan O&apos;Fakehan", "Ma&apos;am Zorava Dela Fakeza", "Zorvan D&#39;Fakeza"} {
		line := fmt.Sprintf(`<shipment><order_id>6902981995330</order_id><deliver_to>%s</deliver_to><sku>SKU-NDS-6183-WHT</sku></shipment>`, v)
		keep23Check(t, r, line, []string{"6902981995330", "SKU-NDS-6183-WHT"}, []string{"Fake"})
		line = fmt.Sprintf(`<review><product>Baker Street mug</product><reviewer>%s</reviewer></review>`, v)
		keep23Check(t, r, line, []string{"Baker Street mug"}, []string{"Fake"})
	}
	keep23Check(t, r, `<task><owner>Tom &amp; Jerry&apos;s Team</owner><sku>SKU-NDS-6183-WHT</sku></task>`, []string{"Jerry&apos;s Team"}, nil)
}
