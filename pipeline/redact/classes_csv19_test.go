package redact

import "testing"

// A header-less export row ("export row 8213: …") of ids, times and
// amounts that holds the buyer's name with evidence beyond its shape (a
// script other than Latin, "Family, Given"), in any cell, the first one
// after the message too, with no other PII in the row ("Family, Given"
// only beside other PII: a place and its region are written so). Companies,
// products, marketplaces, amounts and ids in the same rows stay.
func TestClassExportRowEvidenceNames19(t *testing.T) {
	checkClasses(t, []classCase{
		{"thai name, first cell after the message", `export row 94333: ธนพล ปลอมทอง,"$1,686.36",5945`, "ปลอมทอง", []string{`"$1,686.36"`, "5945"}},
		{"cyrillic name among gateway ids", "export row 46633: Калоян Фальшивов,dp_1Uc7yLjPfwao86kSpVnLzFjj,881-9563899-1051053,mastercard", "Фальшивов", []string{"dp_1Uc7yLjPfwao86kSpVnLzFjj", "881-9563899-1051053", "mastercard"}},
		{"japanese name, ideographic space, last cell", "export row 78159: du_15UAHmNefMzIAHZq4vFZ2Clm,ch_3P1DeHWMal2JEZVObtZsytK2,偽山　七海", "偽山", []string{"du_15UAHmNefMzIAHZq4vFZ2Clm", "ch_3P1DeHWMal2JEZVObtZsytK2"}},
		{"family, given quoted, beside a marker", `export row 84202: "Fakeholst, Clara",7399,[REDACTED:card],e38109d0-9b09-43c6-91d7-86cbe50ff79f`, "Fakeholst", []string{"7399", "e38109d0-9b09-43c6-91d7-86cbe50ff79f"}},
		{"arabic name, semicolons", "payout row 12: PO-2026-0042;مریم فیک;2026-12-04T00:23:22Z;EUR 12.40", "فیک", []string{"PO-2026-0042", "EUR 12.40"}},
		// look-alikes that stay
		{"brands and products", "export row 61624: Tommy Fakefiger,MyStore,00c58076-09a1-449c-b0d5-4c77dd648e97,Glow Serum 30ml", "", []string{"Tommy Fakefiger", "Glow Serum 30ml"}},
		{"a company with its legal form", "export row 35677: 12%,FV/2026-990210,Fakeboss AG,Rakuten Ichiba", "", []string{"Fakeboss AG", "Rakuten Ichiba", "FV/2026-990210"}},
		{"a district in han", "export row 5: 2026-12-01,名古屋市中区,SKU-1", "", []string{"名古屋市中区"}},
		{"a city and its region, no other PII", `export row 8: "Lyon, France",SKU-8,12.00`, "", []string{"Lyon, France"}},
		{"kana goods", "export row 10: 515-5496750-2130804,セール 商品,JP-7", "", []string{"セール 商品"}},
		{"one word of a script with spaces", "import rejected line 12: Jun 01 10:00:00|6906731287778|চট্টগ্রাম|[REDACTED:credential]|X1", "", []string{"চট্টগ্রাম"}},
		{"a town after an address", `export row 9: "[REDACTED:address]",תל אביב,SKU-9`, "", []string{"תל אביב"}},
	})
}

// A CSV header names a column for a person with a word the key tables do
// not read as a name's key: one who wrote or asked ("commenter",
// "reviewer", "requester"), a display name ("username_display"), the buyer
// of an Italian or Chinese e-invoice ("denominazione", "购买方名称"). Its
// cells are names when shaped as one; a company under it stays, and the
// other columns keep their cells.
func TestClassPersonHeaderColumns19(t *testing.T) {
	checkClasses(t, []classCase{
		{"commenter", "app_version,commenter,barcode,channel\n16.16.45,Lauri Fakehyvönen,6905015541156,Daraz", "Fakehyvönen", []string{"16.16.45", "6905015541156", "Daraz"}},
		{"display name in capitals", "tracking_number,username_display,tiktok_order_id\n1ZOOL56O6069001196,PETRA FAKENOVAK,579254769341950025", "FAKENOVAK", []string{"1ZOOL56O6069001196", "579254769341950025"}},
		{"denominazione", "id,denominazione,folio,campaign_name\nf8b36353-6994-44cf-a5d7-a504a113fccb,Espen Fakeberntsen,FV/2026/581942,Winback 90d", "Fakeberntsen", []string{"FV/2026/581942", "Winback 90d"}},
		{"fapiao buyer", "发票号码,购买方名称,vat_rate\n80675623,Асель Фейкова,16%", "Фейкова", []string{"80675623", "16%"}},
		{"review author, camel case", "reviewId;reviewAuthor;rating\nrv_1;Maja Fakelund;5", "Fakelund", []string{"rv_1"}},
		// look-alikes that stay
		{"a company under denominazione", "id,denominazione,folio\n1,Fakeferro Rocher S.p.A.,FV/1", "", []string{"Fakeferro Rocher S.p.A."}},
		{"a status under reviewer", "order,reviewer,total\n#1,Pending Review,12.00", "", []string{"Pending Review"}},
	})
}

// In a block of rows of one table, a column where one row's cell is a
// name (marked by an earlier pass, found by another reader, or by its own
// evidence) holds names in the other rows: their cells shaped as a
// person's name are taken. Companies and products in that column, and
// the cells of other columns, stay.
func TestClassNamedColumnBlock19(t *testing.T) {
	checkClasses(t, []classCase{
		{"a marker names the column", "export rows:\nRE-1001,[REDACTED:name],EUR 10.00\nRE-1002,Hana Fakenovak,EUR 12.40\nRE-1003,Tomas Fakedvorak,EUR 9.99", "Fakenovak", []string{"RE-1002", "EUR 12.40"}},
		{"a marker names the column, third row", "export rows:\nRE-1001,[REDACTED:name],EUR 10.00\nRE-1002,Hana Fakenovak,EUR 12.40\nRE-1003,Tomas Fakedvorak,EUR 9.99", "Fakedvorak", nil},
		{"evidence in one row", "R-1|ธนพล ปลอมทอง|4.50\nR-2|Maria Fakesilva|7.00", "Fakesilva", []string{"R-1", "R-2", "4.50"}},
		// look-alikes that stay
		{"a markdown table's value column", "| field | value | note |\n|---|---|---|\n| buyer | [REDACTED:name] | ok |\n| item | Fakendo Switch Lite | ok |", "", []string{"Fakendo Switch Lite"}},
		{"a company in a named column", "R-1|ธนพล ปลอมทอง|4.50\nR-2|Fakesilva Trading Ltd|7.00", "", []string{"Fakesilva Trading Ltd"}},
		{"another column", "R-1|ธนพล ปลอมทอง|Glow Serum\nR-2|Maria Fakesilva|Linen Shirt", "", []string{"Glow Serum", "Linen Shirt"}},
	})
}

// In a comma-separated row that holds other PII of the record, a cell
// written as a phone number in groups after its trunk '0' or a '+'
// ("0345.8747052", "080.88304.492") is one. Amounts, versions and ids in
// the row stay, and a row without other PII keeps its cells.
func TestClassTrunkPhoneCells19(t *testing.T) {
	checkClasses(t, []classCase{
		{"dotted national number beside an email marker", "export row 3275: 0345.8747052,WELCOME-15,JP2833240358,Bol.com,[REDACTED:email]", "8747052", []string{"WELCOME-15", "JP2833240358", "Bol.com"}},
		{"dotted groups beside a name found in the row", "export row 64861: नेहा फ़र्ज़ी,Rp 800.000,080.88304.492,4837", "88304", []string{"Rp 800.000", "4837"}},
		// look-alikes that stay
		{"no other PII", "export row 1: 0345.8747052,WELCOME-15,JP2833240358", "", []string{"0345.8747052"}},
		{"an order id after a trunk-like zero", "export batch row 7: [REDACTED:email],05123456-0001-1,SKU-7,12.00", "", []string{"05123456-0001-1"}},
		{"amounts and versions", "export row 2: [REDACTED:email],1.009.44,v6.39.10,0.0025", "", []string{"1.009.44", "v6.39.10", "0.0025"}},
	})
}

// The rows of these classes are redacted (the name's or the phone's cell
// of each is gone), and redacting them twice gives what redacting them
// once gives.
func TestClassExportRows19Idempotent(t *testing.T) {
	r := newDefault(t)
	for _, in := range []string{
		`export row 94333: ธนพล ปลอมทอง,"$1,686.36",5945,080.88304.492`,
		"export rows:\nRE-1001,[REDACTED:name],EUR 10.00\nRE-1002,Hana Fakenovak,EUR 12.40",
		"app_version,commenter,barcode\n16.16.45,Lauri Fakehyvönen,6905015541156",
		"R-1|ธนพล ปลอมทอง|4.50\nR-2|Maria Fakesilva|7.00",
		`export row 9: "[REDACTED:address]",תל אביב,ธนพล ปลอมทอง,SKU-9`,
	} {
		once := r.String(in)
		if once == in {
			t.Errorf("%q: nothing redacted", in)
		}
		if twice := r.String(once); twice != once {
			t.Errorf("%q: once %q, twice %q", in, once, twice)
		}
	}
}
