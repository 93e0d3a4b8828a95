package redact

import (
	"strings"
	"testing"
)

// res27Case is an input and the values that must not survive it.
type res27Case struct {
	in    string
	gone  []string
	kinds []string // markers the output must hold
}

func res27Check(t *testing.T, cases []res27Case) {
	t.Helper()
	for _, c := range cases {
		out := misc24Redact(t, c.in)
		for _, g := range c.gone {
			if strings.Contains(out, g) {
				t.Errorf("%q\n -> %q: %q left", c.in, out, g)
			}
		}
		for _, k := range c.kinds {
			if !strings.Contains(out, "[REDACTED:"+k) {
				t.Errorf("%q\n -> %q: no %s marker", c.in, out, k)
			}
		}
	}
}

func res27Keep(t *testing.T, ins []string) {
	t.Helper()
	for _, in := range ins {
		if out := misc24Redact(t, in); out != in {
			t.Errorf("%q\n -> %q: damaged", in, out)
		}
	}
}

// Class: a contact clause that closes a value, and the address before it.
func TestRes27ContactClause(t *testing.T) {
	res27Check(t, []res27Case{
		{`description: "pickup point Fakova cesta 12, 10999 Fakegrad, contact Testa Fakenović"`, []string{"Fakova", "Fakenović"}, []string{"name", "address"}},
		{`description: "drop-off at Avenida Falsa # 12-34, Ciudadfalsa 110999, contact FALSEDO RUIZ, Testa"`, []string{"Falsa #", "FALSEDO", "Testa"}, []string{"name", "address"}},
		{`description: "pickup point 서울특별시 가짜구 가짜로 12, 09999, contact 김가짜"`, []string{"가짜로", "김가짜"}, []string{"name", "address"}},
		{`description: "pickup point 12 rue Factice, app. 3, Villefausse (QC) H0H 0H0, contact Testa Factice"`, []string{"Factice", "Villefausse"}, []string{"name", "address"}},
		{"note: deliveries go to the dock; contact Maria Fakeperson", []string{"Fakeperson"}, []string{"name"}},
	})
	res27Keep(t, []string{
		"if the parcel is late, contact Customer Care",
		"for returns contact support",
		"Questions? Contact Us",
		`"banner":"out of stock, contact DHL Express"`,
		"status page updated, contact Platform Team",
	})
}

// Class: a label's recipient line with a CJK or "FAMILY, Given" name, and an
// address by its parts in any script after the name.
func TestRes27RecipientLine(t *testing.T) {
	res27Check(t, []res27Case{
		{"last job: render label for 佐藤テスト, 〒100-0000 東京都架空区仮町1-2-3", []string{"佐藤テスト", "架空区"}, []string{"name", "address"}},
		{"last job: render label for 김가짜, 서울특별시 가짜구 가짜로 12, 09999", []string{"김가짜", "가짜로"}, []string{"name", "address"}},
		{"last job: render label for FAKEMAN, Testa, 12 Fake Road, Faketown, 2999", []string{"FAKEMAN", "Testa", "Fake Road"}, []string{"name", "address"}},
		{"last job: render label for Testa Falsa, Calle Inventada # 12-34, Ciudadfalsa 110999", []string{"Falsa", "Inventada"}, []string{"name", "address"}},
		{"last job: render label for Testa Fakeova, бул. Фалшив път 12, 9999 Фалшиво", []string{"Fakeova", "Фалшив"}, []string{"name", "address"}},
	})
	res27Keep(t, []string{
		"report for Q3, 2026 totals 12 items, 4500 units",
		"placed by system, retry 3 of 5, backoff 1200 ms",
		"Sales order 000012345 placed by bot, total 1 234,56 EUR (grand total 1 234,56 EUR)",
	})
}

// Class: a name and a phone written together, on a line with other PII.
func TestRes27NamePhonePair(t *testing.T) {
	res27Check(t, []res27Case{
		{`{"customer_report":"pakken kom ikke, Testa Fakesen 999 00 111: ordren mangler (testa.fakesen@example.no)"}`, []string{"Fakesen 9", "999 00 111"}, []string{"name", "phone"}},
		{`{"customer_report":"paket nije stigao, FAKEVIĆ, Testa (+385) 99 000 1111: hitno (testa.f@example.hr)"}`, []string{"FAKEVIĆ", "000 1111"}, []string{"name", "phone"}},
		{`{"customer_report":"илгээмж ирээгүй, Хуурамч Тест 9900.1122: яаралтай (test.x@example.mn)"}`, []string{"Хуурамч", "9900.1122"}, []string{"name", "phone"}},
	})
	res27Keep(t, []string{
		"total for Merino Wool 44091837: see the report",
		"Build Agent 20261104: finished",
		"release notes, Version 2.14.0: see changelog",
	})
}

// Class: a quoted phone a few words after its label.
func TestRes27QuotedPhone(t *testing.T) {
	res27Check(t, []res27Case{
		{`synthetic check "guest-checkout" FAILED at step 4 (fill phone): expected "81.0000.9999" got validation error`, []string{"81.0000.9999"}, []string{"phone"}},
		{`step 2 (mobile): got '0799.000111'`, []string{"0799.000111"}, []string{"phone"}},
	})
	res27Keep(t, []string{
		"INSERT INTO t (`created_at`, `phone`, `pod`) VALUES ('1761561775', NULL, 'pod-1')",
		`phone_region: "2026-11-04"`,
		`tel_ttl: "3600"`,
	})
}

// Class: a name before a possessive phone phrase, and the number after one.
func TestRes27PhonePhrase(t *testing.T) {
	res27Check(t, []res27Case{
		{"please delete my data Testa Fakedottir my phone +354 999 0000", []string{"Fakedottir"}, []string{"name", "phone"}},
		{"por favor apaguem os meus dados Testa Falsa o meu telemóvel +351 999 000 111", []string{"Falsa"}, []string{"name", "phone"}},
		{"გთხოვთ წაშალოთ ჩემი მონაცემები ტესტა ყალბიძე ჩემი ტელეფონი +995 599 00 00 00", []string{"ყალბიძე"}, []string{"name", "phone"}},
		{"прашу выдаліць мае даныя ФЕЙКАЎ Тэст мой тэлефон 80299990000", []string{"ФЕЙКАЎ", "80299990000"}, []string{"name", "phone"}},
	})
	res27Keep(t, []string{
		"please call me on my phone tomorrow",
		"my phone model 2026 build 7",
	})
}

// Class: the columns of a text table.
func TestRes27Columns(t *testing.T) {
	res27Check(t, []res27Case{
		{"users.csv:\nTesta Fakeroe,testa@example.com,+48 500 000 999,4111111111111111\n加藤テスト,kato.t@example.jp,99000011,4111111111111111\n", []string{"加藤テスト", "99000011"}, []string{"name", "phone"}},
		{"customer_name;email;phone;total\nTesta Fakeroe;t.f@example.com;+976 9900 0011;12.00 EUR\nAna Fakeova;a.f@example.com;99000022;13.50 EUR\n", []string{"99000022"}, []string{"phone"}},
	})
	res27Keep(t, []string{
		// a table of fields and values mixes its kinds in one column
		"| field | value |\n|---|---|\n| waybill | 6700000001 |\n| total | 12,50 zł |\n| title | Fake Band 8 |\n",
	})
}

// Class: positional arguments and INSERT rows with CJK names, addresses by
// their parts beside a name, dotted phones.
func TestRes27Arguments(t *testing.T) {
	res27Check(t, []res27Case{
		{`Job: RenderShippingLabel("김가짜", "[REDACTED:address], 09999", "[REDACTED:phone]", 2, "1Z0000000000000000")`, []string{"김가짜"}, []string{"name"}},
		{`Job: RenderShippingLabel("Testa Fakesen", "Fakeveien gate 12, 9999 Fakeby", "999.00.111", 9, "1Z0000000000000000")`, []string{"Fakesen", "Fakeveien", "999.00.111"}, []string{"name", "address", "phone"}},
		{"INSERT INTO `payout_accounts` VALUES (1,'田中テスト','DE89370400440532013000','JPY','2026-11-06'),(2,'鈴木仮名子','DE89370400440532013000','JPY','2026-11-06');", []string{"田中テスト", "鈴木仮名子"}, []string{"name"}},
	})
	res27Keep(t, []string{
		`Job: Pack("Blue Widget", "shelf 12, 9999 units", "3")`,
	})
}

// Class: an object named "FAMILY, Given", and its percent-encoded copy.
func TestRes27PathFamilyName(t *testing.T) {
	res27Check(t, []res27Case{
		{"INFO  : invoices/2026/FAKEMAN, Testa (123-4567890-1234567).pdf: Copied (new)\nhttps://bucket.example/invoices/2026/FAKEMAN%2C%20Testa%20factura.pdf?X-Amz-Date=20261104T120000Z", []string{"FAKEMAN", "Testa"}, []string{"name"}},
	})
}

// Class: a Redis command printed one argument a line.
func TestRes27RedisReply(t *testing.T) {
	res27Check(t, []res27Case{
		{"1) 1) (integer) 4081\n   2) (integer) 1795333483\n   3) (integer) 57955\n   4) 1) \"HSET\"\n      2) \"addr:42\"\n      3) \"line1\"\n      4) \"Fakeveien gate 12, 9999 Fakeby\"\n   5) \"10.0.0.1:35305\"", []string{"Fakeveien"}, []string{"address"}},
	})
	res27Keep(t, []string{
		"1) 1) (integer) 12\n   4) 1) \"HSET\"\n      2) \"cart:42\"\n      3) \"qty\"\n      4) \"3\"",
	})
}

// Class: an address after the word for "address", with or without a colon.
func TestRes27AddressWord(t *testing.T) {
	res27Check(t, []res27Case{
		{"cyfeiriad danfon\n12 Stryd Ffug, Trefffug FF1 1FF\n", []string{"Stryd Ffug"}, []string{"address"}},
		{"adresa  de livrare: Str. Falsă nr. 12, Orașfals 999999, card 4111 1111 1111 1111", []string{"Falsă"}, []string{"address"}},
		{"szállításicím\n9999 Hamisváros, Hamis utca 12.\n", []string{"Hamis utca"}, []string{"address"}},
	})
	res27Keep(t, []string{
		"ip address 10.0.0.1, port 8080",
		"the address 12 items, 3 boxes",
		"email address changed, ticket 12345",
	})
}

// cjkNameR27 reads CJK names written whole and refuses places and words.
func TestRes27CJKName(t *testing.T) {
	for _, v := range []string{"佐々木テスト", "鈴木仮名子", "김가짜", "加藤さくら", "王小明"} {
		if !cjkNameR27(v) {
			t.Errorf("%q: not a name", v)
		}
	}
	for _, v := range []string{"東京都", "가짜로", "주문", "配送済み", "取消", "대구광역시", "ジャパン"} {
		if cjkNameR27(v) {
			t.Errorf("%q: a name", v)
		}
	}
}
