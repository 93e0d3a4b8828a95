package redact

import (
	"strings"
	"testing"
)

// "address" in a sentence introduces an address when what follows begins
// as one; network, memory and book addresses, and counts, stay.
func TestAddressInProse(t *testing.T) {
	r, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, gone string }{
		{"delivery address 170-B, F-7/2, Islamabad. login ok", "Islamabad"},
		{"[23:25] Kunde: delivery address Testvej 60, 5000 Odense C\n[23:26] Kunde: hej", "Testvej 60"},
		{"pack_id=2000153419475171 | address changed to vul. Testova 130, apt. 133, Kharkiv 61002 - date=20240728", "Testova 130"},
		{"sync - address changed to Boulevard Test 376, 6000 Charleroi | ts_ns=1711406130589533898", "Boulevard Test"},
		{"address updated to Plot 452, Test Crescent, Ikoyi, Lagos | order 243317", "Plot 452"},
	} {
		if out := r.RedactText(tc.in); strings.Contains(out, tc.gone) || !strings.Contains(out, "[REDACTED:address]") {
			t.Errorf("%q -> %q", tc.in, out)
		}
	}
	for _, in := range []string{
		"address validation failed for order 12345",
		"IP address 10.0.0.1 refused",
		"email address is invalid",
		"Address Book 2 synced",
		"address 0x7ffe1234 freed",
		"bind address 0.0.0.0:8080",
		"address 3 of 5 done",
	} {
		if out := r.RedactText(in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
}
