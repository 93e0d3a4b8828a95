package redact

import (
	"strings"
	"testing"
)

// Names that logistics and seller-finance records write without a key the
// rules read: after a carrier's words for "received by" in the
// recipient's language, under vCard, calendar, KYC, audit and warehouse
// keys, in a call transcript's answer after a filler, in an ACH entry
// record after the amount, on a label's addressee line, and in brackets
// at the end of a notice sent to a phone. Every name, number and address
// here is made up.

// names19Gone (also for classes_keys19_test.go) checks that each made-up value is gone from r.String(in) and
// that a second pass changes nothing.
func names19Gone(t *testing.T, r *Redactor, in string, gone ...string) {
	t.Helper()
	out := r.String(in)
	for _, g := range gone {
		if strings.Contains(out, g) {
			t.Errorf("%q survived:\n in:  %s\n out: %s", g, in, out)
		}
	}
	if twice := r.String(out); twice != out {
		t.Errorf("not idempotent:\n once:  %s\n twice: %s", out, twice)
	}
}

// names19Kept checks that each of keep survives r.String(in).
func names19Kept(t *testing.T, r *Redactor, in string, keep ...string) {
	t.Helper()
	out := r.String(in)
	for _, k := range keep {
		if !strings.Contains(out, k) {
			t.Errorf("%q damaged:\n in:  %s\n out: %s", k, in, out)
		}
	}
}

// Class: proof-of-delivery texts, receipts, driver notes and locker
// notices name who took the parcel after the carrier's "received by",
// "delivered to", "handed to" in the recipient's language (Dutch,
// French, Latvian, Estonian, Czech, Icelandic, Indonesian, Turkish, Zulu,
// Hungarian, Ukrainian, Greek, Armenian, Georgian, Arabic, Nepali,
// Chinese).
func TestNames19ReceivedByWords(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, name string }{
		{"DELIVERY RECEIPT 4000123456\nafgeleverd bij Zwaantje Quarlesvelt\nDorpsstraat 1", "Quarlesvelt"},
		{"[GLS] 4000123456 10:00:00: afgegeven aan Wannes Vlerickx, niemand thuis", "Vlerickx"},
		{"DELIVERY RECEIPT 4000123456\nremis en main propre à Quiblier, Anatole\nx", "Quiblier"},
		{"LCK01-07: reçu par Yasmina Qorchiqa, code 000", "Qorchiqa"},
		{"DELIVERY RECEIPT 4000123456\nsaņēma Zigmārs Plūdonovskis\nx", "Plūdonovskis"},
		{"DELIVERY RECEIPT 4000123456\nkätte saanud Tõnisson Kuuskvere\nx", "Kuuskvere"},
		{"DELIVERY RECEIPT 4000123456\npřevzal(a) Bořivoj Zdrhalová\nx", "Zdrhalová"},
		{"DELIVERY RECEIPT 4000123456\nmóttekið af Þorgrímur Vébjörnsson\nx", "Vébjörnsson"},
		{"LCK01-07: diterima oleh Bayuaji Sitompulan, kode 000", "Sitompulan"},
		{"LCK01-07: teslim alan Gökberk Yaşaroğulları, kod 000", "Yaşaroğulları"},
		{"[Yamato] 4000123456 02:02:04: kwamukelwe ngu SIBUSISO QWABELATHI, akekho ekhaya", "QWABELATHI"},
		{"DELIVERY RECEIPT 4000123456\nátvette Kökényesi Bíborka\n9082", "Kökényesi"},
		{"LCK01-07: отримав(ла) Остап Кулиняченко, код 000", "Кулиняченко"},
		{"[DPD] 4000123456 09:32:56: παραδόθηκε σε Κλεάνθης Ζερβουδάκης, απών", "Ζερβουδάκης"},
		{"LCK01-07: ստացել է Վահրամ Քոչարյանց, կոդ 000", "Քոչարյանց"},
		{"[Poste] 4000123456 01:44:31: ჩაიბარა ზურაბ ქვარცხავაძე, მიმღები", "ქვარცხავაძე"},
		{"DELIVERY RECEIPT 4000123456\nاستلمها سلطان القمزاوي\nفيلا 9", "القمزاوي"},
		{"DELIVERY RECEIPT 4000123456\nबुझिलिने सुमन खड्कथोकी\nx", "खड्कथोकी"},
		{"DELIVERY RECEIPT 4000123456\n签收人 欧阳子墨\nx", "欧阳子墨"},
	} {
		names19Gone(t, r, c.in, c.name)
	}
	// the words alone, or before a place or a thing, take nothing
	names19Kept(t, r, "parcel 4000123456 afgeleverd bij de buren, Pakketpunt Centrum", "Pakketpunt Centrum")
}

// Class: keys that hold a person's name without the words the key tables
// knew: vCard's "fn", calendar attendees, company directors, drivers, a
// warranty's claimant, an audit record's admin, a parcel's packer. Keys
// that name a role as often ("fn", "admin") keep a slug or a literal.
func TestNames19PersonKeys(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, name string }{
		{`{"fn":"Quirina Vandersloot","email":"q.v@example.com"}`, "Vandersloot"},
		{`{"attendee":"q.v@example.com","attendee_name":"Kristaps Zvejnieksons","location":"x"}`, "Zvejnieksons"},
		{`{"director_name":"Dmytro Semeniukov","director_id_number":"x"}`, "Semeniukov"},
		{"X-Driver-Name: Tomasz Wierzbickiewicz\nHost: api.example", "Wierzbickiewicz"},
		{"GET /returns/create?claimant=Darragh+Quillinane&claimant_phone=0", "Quillinane"},
		{`ts=1 admin="Othmane Lahlouzi" old_address="x"`, "Lahlouzi"},
		{`ts=1 packer="Jesse van Quekelberghe" bin=V-26-02-H`, "Quekelberghe"},
		{`<Data Name="Admin">Zuzana Novotnáková</Data>`, "Novotnáková"},
	} {
		names19Gone(t, r, c.in, c.name)
	}
	names19Kept(t, r, `{"fn":"handleRequest","admin":"root","packer":"svc-pack-02","claimant":"auto"}`,
		"handleRequest", `"root"`, "svc-pack-02", `"auto"`)
	names19Kept(t, r, `{"admin":true,"approver":"system"}`, `"admin":true`, `"system"`)
}

// Class: a call transcript's answer opens with a filler or an
// affirmation ("uh,", "sure,", "okay so", "yes, it's") before the value
// the question asked for: the value is read as a bare answer is.
func TestNames19SpokenAnswerFillers(t *testing.T) {
	r := newDamageRedactor(t)
	q := "[00:00:28] Agent: thank you for calling, how can I help?\n[00:00:32] Agent: can you confirm the %s?\n[00:00:39] Caller: %s\n[00:00:46] Agent: thanks"
	for _, c := range []struct{ field, answer, gone string }{
		{"claimant", "uh, Quentin Abernathy-Zoll", "Abernathy"},
		{"caller name", "sure, Harriet Quaddock", "Quaddock"},
		{"receiver", "okay so 조지민", "조지민"},
		{"refund holder", "yes, it's Brennan, Siobhán", "Brennan"},
	} {
		names19Gone(t, r, strings.Replace(strings.Replace(q, "%s", c.field, 1), "%s", c.answer, 1), c.gone)
	}
	// an answer that is no name stays
	names19Kept(t, r, strings.Replace(strings.Replace(q, "%s", "caller name", 1), "%s", "uh, no problem", 1), "no problem")
}

// Class: an ACH entry detail record ('6' and a transaction code) writes
// the receiver's name after the account and the amount, padded to fixed
// columns; a company's name there stays.
func TestNames19EntryRecordReceiver(t *testing.T) {
	r := newDamageRedactor(t)
	names19Gone(t, r, "622SETT46655341BF   [REDACTED:iban]           R$ 3626,95    Zodwa Qwabezulu           0E2E-IADMAJMJMVLB9KXT", "Qwabezulu")
	names19Gone(t, r, "622SETT30160756RP   [REDACTED:iban]           ¥193500       Quaegebeur, Hanne         0E2E-LT2C5SF1SANMTY08", "Quaegebeur")
	names19Gone(t, r, "6221210002481234567890      0000012500ID12345        JOHN QUIMBLEDON       0091000010000001", "QUIMBLEDON")
	names19Kept(t, r, "6221210002481234567890      0000012500ID12345        ACME SUPPLY INC       0091000010000001", "ACME SUPPLY INC")
	// a line that is no entry record
	names19Kept(t, r, "5220ACME SUPPLY INC                     1234567890PPDPAYROLL         261206   1121000010000001", "ACME SUPPLY INC")
}

// Class: a printer label's addressee stands on its first text line or
// right above the address, phone or e-mail; it is taken without a known
// name's word once the label holds other PII.
func TestNames19LabelAddressee(t *testing.T) {
	r := newDamageRedactor(t)
	names19Gone(t, r, "^XA^CI28^FO40,40^A0N,28,28^FDPriit Saarvesk^FS^FO40,76^A0N,28,28^FD[REDACTED:phone]^FS^FO40,112^A0N,28,28^FD3^FS^XZ", "Saarvesk")
	names19Gone(t, r, "^XA^CI28^FO40,40^A0N,28,28^FDZ-24-05-R^FS^FO40,76^A0N,28,28^FDTadhg Quevereux^FS^FO40,112^A0N,28,28^FD[REDACTED:address]^FS^XZ", "Quevereux")
	names19Kept(t, r, "^XA^CI28^FO40,40^A0N,28,28^FDHellmann Worldwide Logistics^FS^FO40,76^A0N,28,28^FD[REDACTED:address]^FS^XZ", "Hellmann Worldwide Logistics")
}

// Class: a notice sent to a phone or a mailbox closes with its
// addressee's name in brackets after the code or tracking number it
// announces; a brand in brackets after a SKU, or a bracket that does not
// close the text, stays.
func TestNames19NoticeAddressee(t *testing.T) {
	r := newDamageRedactor(t)
	names19Gone(t, r, "SMS to +353 85 000 0000: collection code 959531 JT1742749634782 (Ciara Quinnaveen)", "Quinnaveen")
	names19Gone(t, r, "SMS to [REDACTED:phone]: 取件码 708894 JT6696191100711 (欧阳子墨)", "欧阳子墨")
	names19Gone(t, r, "SMS to [REDACTED:phone]: code de retrait 697036 JT6593086476413 (Quiblier, Anatole)", "Quiblier")
	names19Kept(t, r, "SMS to [REDACTED:phone]: your order of 2 x BVP-5876-WHT (Calvin Klein) ships today", "Calvin Klein")
	names19Kept(t, r, "RFQ for 192 x BVP-5876-WHT (Calvin Klein)", "Calvin Klein")
}

// Class: a request's sender written "<person> from <organisation> asks
// for …" in a text that holds other PII: the person's name goes, the
// organisation stays.
func TestNames19FromAsks(t *testing.T) {
	r := newDamageRedactor(t)
	names19Gone(t, r, "RFQ for 192 x BVP-5876-WHT (Acme): Duarte Quelhasinho from Nippon Express asks for delivery to [REDACTED:address], tel [REDACTED:phone]", "Quelhasinho")
	names19Gone(t, r, "RFQ for 137 x TRB-6475-RED (Acme): Quabbani, Zineb from Ziegler Group asks for delivery to [REDACTED:address]", "Quabbani")
	names19Kept(t, r, "RFQ for 137 x TRB-6475-RED: Ziegler Group from Basel asks for delivery to [REDACTED:address]", "Ziegler Group", "Basel")
	names19Kept(t, r, "quote for Nippon Express: Tokyo Branch from Nippon Express asks for pallets, tel [REDACTED:phone]", "Nippon Express")
}
