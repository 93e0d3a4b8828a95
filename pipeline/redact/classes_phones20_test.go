package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Class: an international number with an empty trunk bracket ("+CC ()
// …") URL-encoded in a query or a form body is read decoded, as it is in
// plain text.
func TestClassPhones20TrunkGapEncoded(t *testing.T) {
	checkClasses(t, []classCase{
		{"query", "GET /po/approve?buyer_phone=%2B372+%28%29+5000+0001&po_number=PO-KA-0000001 HTTP/1.1", "5000+0001", []string{"po_number=PO-KA-0000001"}},
		{"form body", "body=MessageSid=SM00000000000000000000000000000000&To=%2B852+%28%29+0000+1111&MessageStatus=failed", "0000+1111", []string{"MessageStatus=failed"}},
	})
}

// Class: "call me on …" in more languages puts the number after it in a
// phone's context, whatever its shape (dotted groups, eight digits).
func TestClassPhones20CallPhrases(t *testing.T) {
	checkClasses(t, []classCase{
		{"dutch", "bezorgen op adres, bel mij op 0600.000.00.1. refund please", "0600.000.00.1", []string{"refund please"}},
		{"portuguese", "morada de entrega, liguem para o 900 000 001. obrigado", "900 000 001", []string{"obrigado"}},
		{"estonian", "pakk pakiautomaati. helistage mulle 50000001", "50000001", nil},
		{"latvian", "atstāts paziņojums. zvaniet man uz 200.000.01", "200.000.01", nil},
		{"french", "code de retrait 000000, appelez-moi au 0600.000.00.2", "0600.000.00.2", nil},
		{"armenian", "զանգահարեք ինձ 000 100001. refund", "100001", nil},
		{"korean", "이 번호로 연락주세요 0100.000.00.01", "0100.000.00.01", nil},
		// look-alikes that stay
		{"an id after no phrase", "bel mij op maandag, order 5000000001 shipped", "", []string{"order 5000000001"}},
	})
}

// Class: keys that name an SMS's number by its purpose ("sms_optout"), and
// a bare "to" in the record of an SMS (Twilio's "MessageSid", an OTLP
// attribute pair of an SMS span, an event whose fields name SMS).
func TestClassPhones20SMSKeys(t *testing.T) {
	checkClasses(t, []classCase{
		{"sms optout key", `level=info list_unsubscribe="<mailto:x@example.com>" sms_optout=0500.000.00.17 smtp_port=25`, "0500.000.00.17", []string{"smtp_port=25"}},
		{"twilio callback in a form body", "body=MessageSid=SM00000000000000000000000000000001&To=0600.000.00.3&MessageStatus=undelivered", "0600.000.00.3", []string{"MessageStatus=undelivered"}},
		{"prometheus labels of a message", `sms_total{MessageSid="SM00000000000000000000000000000002",To="20000001",MessageStatus="failed"}`, "20000001", []string{`MessageStatus="failed"`}},
		{"otlp pair of an sms span", `{"scope":{"name":"vigil.voice_sms"},"attributes":[{"key":"to","value":{"stringValue":"700000001"}},{"key":"status","value":{"stringValue":"409"}}]}`, "700000001", []string{"409"}},
		// look-alikes that stay
		{"to of a mail", `mail queued to="ops" count=700000001`, "", []string{"700000001"}},
		{"sms id", "sms_id=700000001 status=sent", "", []string{"700000001"}},
	})
	r := newDefault(t)
	in := `{"@timestamp":"2026-01-01T00:00:00Z","event.dataset":"voice_sms.dlr","MessageSid":"SM00000000000000000000000000000003","To":"5000 0001","MessageStatus":"failed","amount":"12.50"}`
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(in), &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	if out := string(ev.JSON()); strings.Contains(out, "5000 0001") || !strings.Contains(out, "12.50") {
		t.Errorf("sms event: %s", out)
	}
	in = `{"@timestamp":"2026-01-01T00:00:00Z","event.dataset":"mail.unsubscribe","sms_optout":"0500.000.00.18"}`
	ev = event.Event{}
	if err := event.NewDecoder(nil).Decode([]byte(in), &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	if out := string(ev.JSON()); strings.Contains(out, "0500.000.00.18") {
		t.Errorf("sms_optout event: %s", out)
	}
	in = `{"@timestamp":"2026-01-01T00:00:00Z","event.dataset":"mail.send","to":"500000001","subject":"x"}`
	ev = event.Event{}
	if err := event.NewDecoder(nil).Decode([]byte(in), &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	if out := string(ev.JSON()); !strings.Contains(out, "500000001") {
		t.Errorf("a mail's to damaged: %s", out)
	}
}

// Class: the phone field of a label (ZPL or EPL) right after the
// recipient's name or address, written as the buyer gave it; the
// tracking numbers and dates of the label stay.
func TestClassPhones20LabelFields(t *testing.T) {
	checkClasses(t, []classCase{
		{"zpl dotted after the address", "^XA^CI28^FO40,40^A0N,28,28^FDFake Person^FS^FO40,76^A0N,28,28^FD12 Fake Street, 00000 Faketown^FS^FO40,112^A0N,28,28^FD200.000.00.01^FS^FO40,148^A0N,28,28^FD1Z5T3X9A0000000000^FS^FO40,184^A0N,28,28^FD24.09.2026^FS^XZ",
			"200.000.00.01", []string{"1Z5T3X9A0000000000", "24.09.2026"}},
		{"zpl compact after a redacted name", "^XA^FO40,40^A0N,28,28^FD[REDACTED:name]^FS^FO40,76^A0N,28,28^FD20000001^FS^FO40,112^A0N,28,28^FD[REDACTED:email]^FS^XZ", "20000001", nil},
		{"epl after the name", "N\nA50,40,0,3,1,1,N,\"[REDACTED:name]\"\nA50,80,0,3,1,1,N,\"0065 2000 0001\"\nA50,120,0,3,1,1,N,\"2\"\nA50,160,0,3,1,1,N,\"JT0000000000001\"\nP1",
			"2000 0001", []string{"JT0000000000001"}},
		{"epl escaped in json", `{"m":"N\nA50,40,0,3,1,1,N,\"[REDACTED:name]\"\nA50,80,0,3,1,1,N,\"600000001\"\nA50,120,0,3,1,1,N,\"no_one_home\"\nP1"}`, "600000001", []string{"no_one_home"}},
		// look-alikes that stay
		{"waybill after the address", "^XA^FO40,40^A0N,28,28^FD[REDACTED:name]^FS^FO40,76^A0N,28,28^FD[REDACTED:address]^FS^FO40,112^A0N,28,28^FD2600000001^FS^XZ", "", []string{"2600000001"}},
		{"yamato fours after the address", "^XA^FO40,40^A0N,28,28^FD[REDACTED:name]^FS^FO40,76^A0N,28,28^FD[REDACTED:address]^FS^FO40,112^A0N,28,28^FD2100-0000-0001^FS^XZ", "", []string{"2100-0000-0001"}},
		{"hs code after the address", "^XA^FO40,40^A0N,28,28^FD[REDACTED:name]^FS^FO40,76^A0N,28,28^FD[REDACTED:address]^FS^FO40,112^A0N,28,28^FD8471.30.00^FS^XZ", "", []string{"8471.30.00"}},
		{"epl without a recipient", "N\nA50,40,0,3,1,1,N,\"WH-0001\"\nA50,80,0,3,1,1,N,\"20000002\"\nP1", "", []string{"20000002"}},
	})
}

// Class: the phone cell of a fixed-width row that holds other PII (an
// export of orders, OCR columns), dotted or grouped, or run into the next
// column; the row's order id, amount and date stay.
func TestClassPhones20FixedWidth(t *testing.T) {
	checkClasses(t, []classCase{
		{"dotted", "202-0000000-0000001   [REDACTED:name]               [REDACTED:email]             0300.000.01         R$ 792,08     07/09/2026",
			"0300.000.01", []string{"202-0000000-0000001", "R$ 792,08", "07/09/2026"}},
		{"eight digits in groups", "875-0000000-0000002   [REDACTED:name]    [REDACTED:email]    5000 0002           4288.04 EUR   11.11.2026",
			"5000 0002", []string{"4288.04 EUR", "11.11.2026"}},
		{"run into the next column", "064-0000000-0000003   [REDACTED:name]   [REDACTED:email]   +54 (0) 11 5000-0003R$ 2150,20    20/11/2026",
			"5000-0003", []string{"R$ 2150,20", "20/11/2026"}},
		{"ocr columns", "Ship to    Address                      Phone\n[REDACTED:name]       [REDACTED:address]    +810000000003\nTracking\n651305689249832208531235",
			"0000000003", []string{"651305689249832208531235"}},
		{"tab row, groups", "[REDACTED:name]\t[REDACTED:email]\t20 000 004\tIT894069079871\tDEHAM", "20 000 004", []string{"IT894069079871"}},
		// look-alikes that stay
		{"compact date and amount", "675-0000000-0000004   [REDACTED:name]   [REDACTED:email]   £2413.64      20261114   12.345.678", "", []string{"20261114", "12.345.678"}},
		{"air waybill", "[REDACTED:address]    ¥417000    176-00000001", "", []string{"176-00000001"}},
		{"no pii in the row", "000001   WAREHOUSE-A   0300.000.02   2026-01-01", "", []string{"0300.000.02"}},
	})
}

// Class: the values before and after a phone field's change in a Windows
// event's data.
func TestClassPhones20WinEventAudit(t *testing.T) {
	checkClasses(t, []classCase{
		{"after", `<EventData><Data Name="Actor">ops</Data><Data Name="Field">phone</Data><Data Name="Before">[REDACTED:phone]</Data><Data Name="After">0500.000.19.68</Data><Data Name="AppVersion">v1.9.19</Data></EventData>`,
			"0500.000.19.68", []string{"v1.9.19"}},
		{"before, escaped", `<EventData><Data Name=\"Field\">phone</Data><Data Name=\"Before\">2800000009</Data><Data Name=\"After\">[REDACTED:phone]</Data><Data Name=\"CreatedMs\">1735725280150</Data></EventData>`,
			"2800000009", []string{"1735725280150"}},
		// look-alikes that stay
		{"another field", `<EventData><Data Name="Field">status</Data><Data Name="Before">200000001</Data><Data Name="After">200000002</Data></EventData>`, "", []string{"200000001", "200000002"}},
	})
}

// Class: an IBAN a character or two longer than its country's, digits
// after its check digits, in a record that holds other PII; and an IBAN
// run into the next column's amount in a fixed-width payment record.
func TestClassPhones20IBANLength(t *testing.T) {
	checkClasses(t, []classCase{
		{"longer croatian iban in a row", "[REDACTED:name];HR720000000000123456789;E2E-0000000001;100.00", "HR720000000000123456789", []string{"E2E-0000000001"}},
		{"longer croatian iban in a message", "Return for order 000-0000000-0000000: [REDACTED:address]. refund to HR720000000000123456789 please", "HR720000000000123456789", nil},
		{"iban glued to an amount", "622SETT00000000XX   UA63 3052 9900 0002 6000 V6B0 95C8 64917,18 €     [REDACTED:name]   0E2E-0000000001",
			"UA63 3052 9900 0002 6000 V6B0 95C8 6", []string{"4917,18 €"}},
		// look-alikes that stay
		{"no pii on the line", "ref HR720000000000123456789 booked", "", []string{"HR720000000000123456789"}},
		{"failing mod 97", "[REDACTED:name];HR730000000000123456789;x", "", []string{"HR730000000000123456789"}},
	})
}

// Class: an area code after the trunk 0 set apart by a spaced dash, as
// German-speaking buyers write it ("030 - 735 354 43"), under a key or in
// prose; ranges and dates with spaced dashes stay.
func TestClassPhones20DashedAreaCode(t *testing.T) {
	checkClasses(t, []classCase{
		{"in prose", "meine Nummer ist 030 - 100 200 43 portal:8443 v3.4.192", "100 200 43", []string{"portal:8443", "v3.4.192"}},
		{"under a key", `buyer.celular="030 - 800 400 38" partition=8`, "800 400 38", []string{"partition=8"}},
		{"area of four digits", "Rückruf 0221 - 12 34 56 bitte", "12 34 56", nil},
		// look-alikes that stay
		{"page range", "pages 010 - 020 done", "", []string{"010 - 020"}},
		{"date range", "range 2026 - 05 - 01; 0 - 100 200 300", "", []string{"2026 - 05 - 01", "0 - 100 200 300"}},
		{"numbers after an id", "SKU-030 - 100 200 43", "", []string{"SKU-030 - 100 200 43"}},
	})
}

// Class: a German mobile whose prefix is set apart by a dash, the rest in
// two groups of four ("0176-5080 8356"); tracking numbers in fours with
// one separator stay.
func TestClassPhones20GermanMobilePrefix(t *testing.T) {
	checkClasses(t, []classCase{
		{"in prose", "Kunde: 0176-5000 0001 bitte", "5000 0001", []string{"bitte"}},
		{"after a word", "Rückruf unter 0151-1000 0002.", "1000 0002", nil},
		// look-alikes that stay
		{"tracking in fours", "Sendung 0123-4567-8901 unterwegs", "", []string{"0123-4567-8901"}},
		{"tracking in fours, spaces", "Sendung 0123 4567 8901 unterwegs", "", []string{"0123 4567 8901"}},
	})
}

// A row's tax id written with dots and a slash (Brazil's CNPJ) is no phone,
// though the row holds a phone and a name.
func TestClassPhones20TaxIDInRowStays(t *testing.T) {
	r := newDamageRedactor(t)
	in := "phone;legal_representative;ticket_id;iban;amount;gstin\n+55 11 91234-5678;\"Ana Souza\";ZD-91234;DE89370400440532013000;1.234,45;00.239.532/0001-01\n"
	out := r.String(in)
	if !strings.Contains(out, "00.239.532/0001-01") || strings.Contains(out, "91234-5678") {
		t.Errorf("want the tax id kept and the phone masked: %q", out)
	}
}
