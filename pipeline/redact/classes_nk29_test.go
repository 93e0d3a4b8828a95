package redact

import (
	"fmt"
	"testing"
)

// Class: a key in a buyer's language, romanised or in its script, whose
// last word names who receives, buys, pays or holds the card ("girandeh",
// "agorastis", "chue_phu_sue", "shem_ha_mekabel", "ism_al_mushtari",
// "imya_pokupatelya", "karteninhaber", "付款人"), or a word for "name" as
// the whole key ("esm", "isim"), holds that person's name, in every
// syntax that writes keys: JSON, logfmt, XML, headers, a Python dict's
// dump, an INSERT's columns, a CSV header.
func TestClassNk29RomanisedPartyKeys(t *testing.T) {
	r := keep22Redactor(t)
	names := []string{"Zorava Fakeeva", "ZARIN FAKEHOSSEINI", "Κλεάνθη Ψευδάκη", "מיכאלה בדויה", "سامية المزيفة", "ধ্রুব নকলদাস"}
	keys := []string{"girandeh", "agorastis", "chue_phu_sue", "shem_ha_mekabel", "ism_al_mushtari", "imya_pokupatelya",
		"naam", "esm", "isim", "karteninhaber", "付款人", "kart_sahibi", "ho_ten_nguoi_mua", "nama_pembayar",
		"platnyk", "gumaeja", "kounyusha", "fukuanren", "nam_e_moshtari", "lakoach", "kharidar", "pembayar"}
	for i, k := range keys {
		name := names[i%len(names)]
		lines := []string{
			fmt.Sprintf(`{"ref":"ORD-%07d","%s":%q,"sku":"TS-KQX-4410-M","sum":"1250.00"}`, i, k, name),
			fmt.Sprintf(`time=2026-03-02T11:00:00Z lvl=warn module=inbox ref=ORD-%06d %s=%q sku=TS-KQX-4410-M`, i, k, name),
			fmt.Sprintf(`<parcel><ref>ORD-%07d</ref><%s>%s</%s><sku>TS-KQX-4410-M</sku></parcel>`, i, k, name, k),
			fmt.Sprintf("PUT /api/parcels/%d HTTP/1.1\nX-Order-Ref: ORD-%07d\nX-Customer-%s: %s\nX-Order-Sku: TS-KQX-4410-M", i, i, k, name),
			fmt.Sprintf(`KeyError while mapping parcel: {'ref': 'ORD-%05d', '%s': '%s', 'sku': 'TS-KQX-4410-M'}`, i, k, name),
			fmt.Sprintf(`pq: could not insert: INSERT INTO parcels_inbox (ref, %s, sku) VALUES ('ORD-%07d', '%s', 'TS-KQX-4410-M')`, k, i, name),
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
		line := fmt.Sprintf(`{"ref":"ORD-577012","%s":"KX-88213-B","sku":"TS-KQX-4410-M"}`, k)
		keep23Check(t, r, line, []string{"KX-88213-B", "TS-KQX-4410-M"}, nil)
		line = fmt.Sprintf(`level=info %s="Premium Gold" sku=TS-KQX-4410-M`, k)
		keep23Check(t, r, line, []string{"Premium Gold", "TS-KQX-4410-M"}, nil)
	}
	for _, k := range []string{"girande_id", "paraliptis_count", "nam_type"} {
		line := fmt.Sprintf(`{"ref":"ORD-577012","%s":"40021","sku":"TS-KQX-4410-M"}`, k)
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
		line := fmt.Sprintf(`pq: could not insert: INSERT INTO ratings (item, ean, reviewer, reviewer_mail, rated_on) VALUES ('Glass teapot 1L', '4006381333931', '%s', 'zf@example.com', '2026-04-09')`, name)
		keep23Check(t, r, line, []string{"'Glass teapot 1L'", "'4006381333931'", "'2026-04-09'"}, []string{name, "zf@example.com"})
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
		line := fmt.Sprintf(`<parcel><ref>ORD-3310</ref><deliver_to>%s</deliver_to><sku>SKU-NDS-6183-WHT</sku></parcel>`, v)
		keep23Check(t, r, line, []string{"ORD-3310", "SKU-NDS-6183-WHT"}, []string{"Fake"})
		line = fmt.Sprintf(`<rating><item>Glass teapot 1L</item><reviewer>%s</reviewer></rating>`, v)
		keep23Check(t, r, line, []string{"Glass teapot 1L"}, []string{"Fake"})
	}
	keep23Check(t, r, `<task><owner>Tom &amp; Jerry&apos;s Team</owner><sku>SKU-NDS-6183-WHT</sku></task>`, []string{"Jerry&apos;s Team"}, nil)
}

// Class: a name's value that opens with a title and goes on in lower case
// ("cardholder: Smt. zorava fakeeva") is one name; a capitalised name and
// a clause in lower case after it still part.
func TestClassNk29TitleThenLowerCaseName(t *testing.T) {
	r := keep22Redactor(t)
	for _, v := range []string{"Smt. zorava fakeeva", "Dr. kleanthi psevdaki", "Mr zorvan o'fakehan", "Shri dhruv nakaldas"} {
		line := "payment check\ncardholder: " + v + "\nrated_on: 2026-02-06\nsku: TS-KQX-4410-M"
		keep23Check(t, r, line, []string{"rated_on: 2026-02-06", "sku: TS-KQX-4410-M"}, []string{v[len(v)-6:]})
		keep23Check(t, r, `{"ref":"ORD-5770123","holder":"`+v+`","sku":"TS-KQX-4410-M"}`, []string{"TS-KQX-4410-M"}, []string{v[len(v)-6:]})
	}
	keep23Check(t, r, "cardholder: Mr. Fakeman said hi\nrated_on: 2026-02-06", []string{"said hi", "rated_on: 2026-02-06"}, []string{"Fakeman"})
}
