package redact

import (
	"strings"
	"testing"
)

// Credentials named by their place or by a word of the buyer's language:
// a delivery PIN on a proof-of-delivery label, passwords in the cells of a
// header-less row or among a message's numbered arguments, and one-time
// codes under the bare word for "code". All values are made up.

// cred21Kept checks that each secret is redacted and that redacting twice
// gives the same text.
func cred21Kept(t *testing.T, r *Redactor, in string, secrets ...string) {
	t.Helper()
	got := r.String(in)
	for _, sec := range secrets {
		if strings.Contains(got, sec) {
			t.Errorf("kept %q:\n in:  %s\n out: %s", sec, in, got)
		}
	}
	if again := r.String(got); again != got {
		t.Errorf("not idempotent:\n once:  %s\n twice: %s", got, again)
	}
}

// cred21Survives checks that v survives in s.
func cred21Survives(t *testing.T, r *Redactor, s, v string) {
	t.Helper()
	if got := r.String(s); !strings.Contains(got, v) {
		t.Errorf("damaged %q:\n in:  %s\n out: %s", v, s, got)
	}
}

// A label's text field of four to six digits alone between the
// recipient's name and the address is the delivery PIN printed for the
// hand-over (ZPL and EPL).
func TestCred21LabelDeliveryPIN(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, pin string }{
		{"^XA^CI28^FO40,40^A0N,28,28^FD1Z000AA00000000000^FS^FO40,76^A0N,28,28^FDFakey Fakerson^FS^FO40,112^A0N,28,28^FD719777^FS^FO40,148^A0N,28,28^FD12 Fake Street, Springfield 00000^FS^XZ", "719777"},
		{"^XA^CI28^FO40,40^A0N,28,28^FD0000000000^FS^FO40,76^A0N,28,28^FDAna Lima^FS^FO40,112^A0N,28,28^FD6451^FS^FO40,148^A0N,28,28^FDRua Augusta 12, 1100-053 Lisboa^FS^FO40,184^A0N,28,28^FDDE-Z00-F^FS^XZ", "6451"},
		{"N\nA50,40,0,3,1,1,N,\"LX000000000PT\"\nA50,80,0,3,1,1,N,\"Fakey Fakerson\"\nA50,120,0,3,1,1,N,\"33754\"\nA50,160,0,3,1,1,N,\"12 Fake Street, Springfield\"\nP1", "33754"},
	} {
		cred21Kept(t, r, c.in, c.pin)
	}
	// digits in other places of a label: after the address, longer, with a unit
	for _, c := range []struct{ in, keep string }{
		{"^XA^CI28^FO40,76^A0N,28,28^FDAna Lima^FS^FO40,112^A0N,28,28^FDRua Augusta 12, 1100-053 Lisboa^FS^FO40,148^A0N,28,28^FD48014^FS^XZ", "48014"},
		{"^XA^CI28^FO40,76^A0N,28,28^FDAna Lima^FS^FO40,112^A0N,28,28^FD4801455^FS^FO40,148^A0N,28,28^FDRua Augusta 12, 1100-053 Lisboa^FS^XZ", "4801455"},
		{"^XA^CI28^FO40,76^A0N,28,28^FDAna Lima^FS^FO40,112^A0N,28,28^FD4801 KG^FS^FO40,148^A0N,28,28^FDRua Augusta 12, 1100-053 Lisboa^FS^XZ", "4801 KG"},
	} {
		cred21Survives(t, r, c.in, c.keep)
	}
}

// A header-less row's cell shaped as a person's two-word password with
// digits ("Orchid.Tamarind93") or a generated one of both cases and a
// symbol ("Pai9yl&3vYfof") is a password; a diceware passphrase is one in a
// row or among numbered arguments that hold PII of the record.
func TestCred21RowAndArgumentPasswords(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{"sftp://fake:Fake0pass@sftp.bank.example:22/in;pain001_2026-02-08.xml;Orchid.Tamarind93;\"E2E-0000000000\";2026-02-16", "Orchid.Tamarind93"},
		{"00000000-0000-4000-8000-000000000000\tnobody@example.com\tPai9yl&3vYfof\tY-09-10-K\t2026-08-27", "Pai9yl&3vYfof"},
		{"nobody@example.com;mGRCDO&JILbmb;26NLZB00000000000;5631.68.07;\"58.6 KGM\"", "mGRCDO&JILbmb"},
		{"export row 1: 11000019900101003X,0.19,Ztrgdj20S@,2026-01-01", "Ztrgdj20S@"},
		{"export row 1753: 2000800000000000,nobody@example.com,\"saffron-falcon-288\",₹9,27,692.00", "saffron-falcon-288"},
		{"ERROR LabelService - Label for order {0}=000000-20260901-0000000000 failed: {1}=tundra-willow-205 {2}=nobody@example.com (ean 0000000000000)", "tundra-willow-205"},
	} {
		cred21Kept(t, r, c.in, c.secret)
	}
	for _, c := range []struct{ in, keep string }{
		{"export row 1: blue-widget-42,red-shirt-2024,SKU-1234,12.50", "blue-widget-42"},
		{"ERROR LabelService - Label for order {0}=000000 failed: {1}=label-renderer-12 {2}=timeout", "label-renderer-12"},
		{"sync ok;Booking.com;AT&T;api.example.com;v2.10.3-rc1", "Booking.com"},
		{"sync ok;Booking.com;AT&T;api.example.com;v2.10.3-rc1", "api.example.com"},
	} {
		cred21Survives(t, r, c.in, c.keep)
	}
}

// Four to eight digits after the bare word for "code" in a buyer's
// language (its article or possessive suffix too, spaces, a colon, a dash
// or a copula between) are a one-time code when the word opens its clause.
func TestCred21CodeWordOfTheLanguage(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, code string }{
		{"kodas  484643  mano užsakymas vėluoja", "484643"},
		{"ကျေးဇူးပြု၍ ပြောပါ. အော်ဒါ ဘယ်ရောက်နေလဲ. ကုဒ် 594602", "594602"},
		{"আমার অর্ডার কোথায় - কোডটি 018867", "018867"},
		{"சென்னை - 600001 - குறியீடு 390609", "390609"},
		{"Sveiki, koden er 5521 takk", "5521"},
		{"query=\"pedido atrasado; código: 77120934\" top_k=5", "77120934"},
	} {
		cred21Kept(t, r, c.in, c.code)
	}
	// another code named before or after the word, an error's code, a
	// code word glued to a word before it, English's bare "code", digits
	// of a longer token
	for _, c := range []struct{ in, keep string }{
		{"kargo etiketi: posta kodu 34000 hatalı", "34000"},
		{"ürün kodu 12345 stokta yok", "12345"},
		{"código postal 28001 Madrid", "28001"},
		{"ошибка: код 1234, повторите позже", "1234"},
		{"код ошибки 5001", "5001"},
		{"websocket closed with code 1006", "1006"},
		{"kod 2024-05 batch", "2024-05"},
		{"Stara Zagora kod 410014", "410014"},
	} {
		cred21Survives(t, r, c.in, c.keep)
	}
}
