package redact

import (
	"strings"
	"testing"
)

// Names in free text found by their place (names_free.go): a signature's
// first line after "-- ", and a name before an order's reference in
// brackets; and the lines and runs that hold no person.
func TestNamesInFreeText(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ line, name string }{
		{"reply sent\n-- \nMarta Quintero-Vidal\nshop-support", "Quintero"},
		{"courier remark: recipient absent\n--\nOluwaseun Bakare-Ige — bin A-12-3", "Bakare"},
		{`{"text":"Works fine.\n-- \nPriya Raghunathan [ref:77a1]"}`, "Raghunathan"},
		{`{"body":"{\"text\":\"ok \\n-- \\nKatarzyna Wołodźko. scan 4412\"}"}`, "Wołodźko"},
		{"verified buyer. Ingrid Halvorsrud (order 402-7781234-5512345) refunded", "Halvorsrud"},
		{"nota: Mehmet Karaağaçlı (sipariş #55123) iade edildi", "Karaağaçlı"},
		{"agent: Juan Pablo Etxeberria (pedido 88123), llamar", "Etxeberria"},
		{"text=\"\n-- \nNoah Tremblay-Gauthier Québec card on file\"", "Tremblay"},
		{"note\n-- \nFATIMA AL QASSIMI Dubai my number is unlisted", "QASSIMI"},
		{"\n-- \nMaría José Urrutikoetxea\n", "Urrutikoetxea"},
	} {
		out := r.String(c.line)
		if strings.Contains(out, c.name) || !strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("%q\n  -> %q: the name is kept", c.line, out)
		}
	}
	for _, line := range []string{
		"\n-- \nCustomer Service Team\n",
		"\n-- \nBest regards\nthe shop",
		"\n--\nSent from my phone",
		"--- end of batch (1312ms)",
		"restock Acme Store (order 1234) today",
		"shipped via DHL Express (order 4411)",
		"Payment Failed (order 5521)",
		"Retry Scheduled (ticket 8812)",
		"-- \nWarehouse Berlin Hub\n",
		"sms to=Northwind Capital Fund Omar Haddad (order 4412-771) sent",
		"\n-- \nOliver Nakamura Québec card on file",
	} {
		if line == "sms to=Northwind Capital Fund Omar Haddad (order 4412-771) sent" {
			if out := r.String(line); !strings.Contains(out, "Northwind Capital Fund [REDACTED:name] (order") {
				t.Errorf("the firm before a name was taken with it: %q", out)
			}
			continue
		}
		if line == "\n-- \nOliver Nakamura Québec card on file" {
			if out := r.String(line); !strings.Contains(out, "[REDACTED:name] Québec") {
				t.Errorf("the place after a signature's name was taken with it: %q", out)
			}
			continue
		}
		if out := r.String(line); out != line {
			t.Errorf("look-alike damaged:\n  %q\n  -> %q", line, out)
		}
	}
}

// An address read after a phrase of delivery ends at a full stop that a
// reference or a sentence in lower case follows; a stop after an
// abbreviation or a floor's ordinal does not end it.
func TestAddressEndsAtAStopBeforeAReference(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ line, keep, mask string }{
		{"please deliver to 14 Harbour View Road, Port Elliot State., 5771234567890123456, thanks", "5771234567890123456", "Harbour"},
		{"please deliver to 7 Quay Lane, Northby 3051.. 5781234567890123456. Thanks", "5781234567890123456", "Quay"},
		{"please deliver to 22 Mill Street, Block 19. v6.29.3", "v6.29.3", "Mill"},
		{"please deliver to 3 Orchard Row, Eastfield. #48213 shipped", "#48213", "Orchard"},
	} {
		out := r.String(c.line)
		if !strings.Contains(out, c.keep) || strings.Contains(out, c.mask) {
			t.Errorf("%q\n  -> %q", c.line, out)
		}
	}
	// "C.P." is an abbreviation: the postcode after it is the address's.
	line := "please deliver to Av. Reforma 1527 Int. 4, Col. Centro, C.P. 07566, Ciudad"
	if out := r.String(line); strings.Contains(out, "07566") {
		t.Errorf("%q -> %q: the postcode after C.P. left the address", line, out)
	}
}
