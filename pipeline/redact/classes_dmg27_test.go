package redact

import (
	"testing"
)

// Look-alikes of the older corpora that a pass read as PII (dmg27): a
// business's registration number after its label, a parcel's number in an
// XML element, twelve digits led by a trunk 0, ids after an address in a
// row, "key: value" lines and invoice item lines under a party's block,
// a column's label run into a block's line, a key's counter, an
// authorisation's code in a Go map, an ARN, and PostgreSQL's DETAIL pieces.
// Every value is made up.

// The cases are checked by checkIDs21 (classes_ids21_test.go): kept, gone,
// twice equals once.

type dmg27Case = ids21Case

// Class: digits after a business's registration or tax number label are
// that number; a short label counts in capitals only, ICE before fifteen
// digits only.
func TestDmg27RegistrationLabel(t *testing.T) {
	checkIDs21(t, []dmg27Case{
		{in: "pick list printed for Fake Trading (seller Fakeco, 사업자등록번호 012-34-56789)", keep: []string{"012-34-56789"}},
		{in: "supplier ИНН 0412345678 КПП 041201001", keep: []string{"0412345678"}},
		{in: "fornitore Fakeco S.r.l. P.IVA 01234567890", keep: []string{"01234567890"}},
		{in: "(seller Fakeco SARL, ICE 001234567000089)", keep: []string{"001234567000089"}},
		{in: "invoice party VAT: 0123456789 ok", keep: []string{"0123456789"}},
		{in: "agent note: شناسه ملی 10101234567", keep: []string{"10101234567"}},
		// near misses: a phone's own label, an emergency contact, a lower-case word
		{in: "seller contact tel 0612345678", gone: []string{"0612345678"}},
		{in: "ICE 0612345678 (emergency contact)", gone: []string{"0612345678"}},
		{in: "tin can call me on 0612345678", gone: []string{"0612345678"}},
	})
}

// Class: an XML element named as a tracking label holds a parcel's number.
func TestDmg27TrackingElement(t *testing.T) {
	checkIDs21(t, []dmg27Case{
		{in: "<ns2:ShipTo><ns2:PhoneNumber>0812-3456-7890</ns2:PhoneNumber></ns2:ShipTo><ns2:TrackingNumber>0816-0221-0260</ns2:TrackingNumber>",
			keep: []string{"0816-0221-0260"}, gone: []string{"0812-3456-7890"}},
		{in: "<Recipient><fedex_tracking>061742351029</fedex_tracking><mobile>0612345678</mobile></Recipient>",
			keep: []string{"061742351029"}, gone: []string{"0612345678"}},
	})
}

// Class: twelve digits in one piece led by a trunk 0 are an id unless a
// phone key or word stands before them or they are a mobile of a plan with
// eleven digits after the trunk.
func TestDmg27TwelveDigitsTrunk(t *testing.T) {
	checkIDs21(t, []dmg27Case{
		{in: "export row 12: quillon.varbeck@example.com,031234567895,12%,FV/2026-123456", keep: []string{"031234567895"}, gone: []string{"quillon.varbeck@"}},
		{in: "fapiao batch 051234567890 and 029876543210 filed", keep: []string{"051234567890", "029876543210"}},
		// near misses: a phone word, Indonesian, German, Austrian and Argentine mobiles
		{in: "call me at 031234567895 please", gone: []string{"031234567895"}},
		{in: "export row 13: 081234567890,Quillon Varbeck", gone: []string{"081234567890"}},
		{in: "export row 14: 015112345678,Quillon Varbeck", gone: []string{"015112345678"}},
		{in: "export row 15: 066412345678,Quillon Varbeck", gone: []string{"066412345678"}},
		{in: "export row 16: 091123456789,Quillon Varbeck", gone: []string{"091123456789"}},
	})
}

// Class: a street run ends before an item shaped as an id.
func TestDmg27StreetEndsAtIDItem(t *testing.T) {
	checkIDs21(t, []dmg27Case{
		{in: "Cannot insert duplicate key in object 'dbo.Buyers'. The duplicate key value is (Str. Fakeanu nr. 35, bl. A5, Sector 2, București 011351, QZX-1234-BLK, 01HZY8Q3M4N5P6R7S8T9V0W1XY).",
			keep: []string{"QZX-1234-BLK", "01HZY8Q3M4N5P6R7S8T9V0W1XY"}, gone: []string{"Sector 2", "București 011351"}},
		{in: "The duplicate key value is (Rua Fake de Baixo, 388, 8º Esq., 2517-032 Coimbra, Fakeshop.pk, B0QZ93LXUN, FV/2026/12/123456).",
			keep: []string{"Fakeshop.pk", "B0QZ93LXUN", "FV/2026/12/123456"}, gone: []string{"Fake de Baixo"}},
		{in: "Failing row contains (5785659305075, null, Fakegatan 96 lgh 1313, 823 29 Göteborg, 5755.43.93).",
			keep: []string{"5755.43.93"}, gone: []string{"Fakegatan"}},
		{in: "The duplicate key value is (0905.648.0706, 73 Fakeola Street, opposite the filling station, Ikeja, Lagos, 4baebd5a-eca3, 478ce49).",
			keep: []string{"4baebd5a-eca3", "478ce49"}, gone: []string{"Fakeola", "0905.648.0706"}},
		// near misses: the address's own parts stay in it
		{in: "The duplicate key value is (Jl. Fake Raya No. 11, RT 007/RW 009, Kel. Fakebaru, Surabaya 28666, 5283).",
			gone: []string{"RT 007/RW 009", "Kel. Fakebaru", "Surabaya 28666"}},
	})
}

// Class: a "key: value" line whose key holds digits ends a party's block;
// so does an invoice's item line; a reference label run into a block's
// line with one space is the other column's.
func TestDmg27BlockLines(t *testing.T) {
	checkIDs21(t, []dmg27Case{
		{in: "order dump:\norder:\n  recipient:\n    isbn13: 9781234567897\n    Anschrift: \"Fakeweg 3, 12345 Fakedorf\"\n",
			keep: []string{"isbn13: 9781234567897"}, gone: []string{"Fakeweg 3"}},
		{in: "BILL TO                                     INVOICE SI-1\nQuillon Varbeck                             Date: 2026-01-02\nUnit 9B, 61 Fake St., Brgy. Fakeville, Pasig City 2150  Order: 163-9449969-9186988\ncontent_sha256: 2eb1a3be3377cf449d6d701095f49d541e49b7c9ac5092e7377157b1a17b25c3  VAT reg. ATU51913402\n",
			keep: []string{"2eb1a3be3377cf449d6d701095f49d541e49b7c9ac5092e7377157b1a17b25c3", "163-9449969-9186988"}, gone: []string{"Quillon", "61 Fake St."}},
		{in: "BILL TO                                     INVOICE FAC-1\nQuillon Varbeck                             Date: 24/11/2026\nUnit 14/164 Fake Parade, Fitzroy VIC 2436 Order: 389-4144984-0328013\n",
			keep: []string{"389-4144984-0328013"}, gone: []string{"Fake Parade", "Quillon"}},
		{in: "invoice text:\nattn: Quillon Varbeck                          VAT reg. HU39868345\nZephyr Runner 270                  1  SEK 189,865.07\n                               TOTAL  SEK 207 631,11",
			keep: []string{"Zephyr Runner 270", "189,865.07"}, gone: []string{"Quillon"}},
		{in: "INVOICE FA-1\nBill to:\nQuillon Varbeck\n46, boulevard Fake, 62549 Rabat\n\nItem            Qty   Price\nPhone Case Clear  1   95570.88\nTotal due: 45139.65 USD",
			keep: []string{"1   95570.88"}, gone: []string{"Quillon", "boulevard Fake"}},
		// near miss: an address line under a heading is still the address
		{in: "Ship to:\nQuillon Varbeck\nFakestraße 12  \n12345 Fakestadt\n", gone: []string{"Fakestraße 12", "12345 Fakestadt"}},
	})
}

// Class: a key's counter does not change what its last part names; an
// authorisation's six-character code under its key in a Go map or with a
// counter; an ARN under a secret's key.
func TestDmg27KeysAndValues(t *testing.T) {
	checkIDs21(t, []dmg27Case{
		{in: `{"body":"{\"kubernetes.pod.name\":\"ledger-6k7m8n9p0-qrs12\",\"kubernetes.pod.name_2\":\"risk-scorer-4b5c6d7e8-fgh9j\"}"}`,
			keep: []string{"risk-scorer-4b5c6d7e8-fgh9j"}},
		{in: `{"body":"{\"customer.name_2\":\"Quillon Varbeck\"}"}`, gone: []string{"Quillon"}},
		{in: "outbound request headers=map[X-Auth-Code:[K4TQ2Z] X-Receipt-Email:[quillon@example.com]]", keep: []string{"K4TQ2Z"}, gone: []string{"quillon@"}},
		{in: "body=type=3ds&auth_code=FWQC1M&data%5Bauth_code_2%5D=JEWQSV&total=1", keep: []string{"FWQC1M", "JEWQSV"}},
		{in: "failed to process: &{SecretId:arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-db Mode:live}", keep: []string{"arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-db"}},
		// near misses: a token under an auth key, a secret under its key
		{in: "outbound request headers=map[X-Auth-Token:[k4TQ2Zab9Lm3Np5Qr7St] X-Id:[7]]", gone: []string{"k4TQ2Zab9Lm3Np5Qr7St"}},
		{in: "failed to process: &{SecretKey:wJalrXUtnFEMIK7MDENGbPxRfiCYzz99kk Mode:live}", gone: []string{"wJalrXUtnFEMIK7MDENGbPxRfiCYzz99kk"}},
	})
}

// Class: PostgreSQL's DETAIL pieces go to their columns by shape when
// addresses hold commas.
func TestDmg27PgKeyPieces(t *testing.T) {
	checkIDs21(t, []dmg27Case{
		{in: `DETAIL:  Key (addr1, id, fedex_tracking, addr1_2)=(Unit 5/97 Fake Street, Fremantle WA 1899, 5064663657695, 922310511884, Unit 37/85 Fake Road, Fitzroy WA 7666) already exists.`,
			keep: []string{"5064663657695", "922310511884"}, gone: []string{"Fake Street", "Fremantle", "Fake Road", "Fitzroy"}},
		{in: `DETAIL:  Key (adresa, postal_tracking, tts_order_id, spanId, adresa_2)=(Str. Fake nr. 115, bl. A11, sc. 3, București 026852, LK976365252PH, 574464176376770051, f0915b9fefac4f4d, Str. Faka nr. 176, bl. M19, București 009789) already exists.`,
			keep: []string{"LK976365252PH", "574464176376770051", "f0915b9fefac4f4d"}, gone: []string{"Str. Fake", "Str. Faka", "026852", "009789"}},
	})
}

func TestDmg27ARNUnderSecretKey(t *testing.T) {
	checkIDs21(t, []dmg27Case{
		{in: `{"db_secret_arn":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-db-AbCdEf"}`, keep: []string{"arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-db-AbCdEf"}},
		{in: `secret=arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-db-AbCdEf next=1`, keep: []string{"arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-db-AbCdEf"}},
	})
}

// Class: in a "key => value" list an unquoted key before "=>" is no old
// value across a change, a street ends before the next key, and a key with
// its counter is no reference pointing at an address; digits right after a
// shipping label's word are the label's number.
func TestDmg27ArrowListsAndLabels(t *testing.T) {
	checkIDs21(t, []dmg27Case{
		{in: `[CRM] orderId => 579238444769554477, dia_chi => 162 Fake Kỳ Street, Phường Fake, Quận 8, TP. Hồ Chí Minh, shopify_order_id => 5616845098879`,
			keep: []string{"dia_chi", "shopify_order_id => 5616845098879", "579238444769554477"}, gone: []string{"162 Fake"}},
		{in: `[CRM] orderId => 574150510516978689, AddressLine1 => 226/95 Soi Fakevit 68, miasto => Bangkok, posta_kodu => 10594, order_id => 5538289501634`,
			keep: []string{"order_id => 5538289501634", "posta_kodu => 10594"}, gone: []string{"Soi Fakevit"}},
		{in: "LABEL 48890114370\nSHIP TO:\nQuillon Varbeck\nREF #36130", keep: []string{"48890114370"}, gone: []string{"Quillon"}},
		// near misses: a change across an arrow, a reference pointing at an address
		{in: `phone changed: 0612345678 => 0698765432`, gone: []string{"0612345678", "0698765432"}},
		{in: `Hola Quillon, 260628NV6GDMDB → Calle Fake 123 Int. 33, Col. Fakesa, 06700 Ciudad de México`, gone: []string{"Calle Fake 123"}},
		{in: "label: call me on 0612345678", gone: []string{"0612345678"}},
	})
}
