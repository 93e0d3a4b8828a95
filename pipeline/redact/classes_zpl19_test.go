package redact

import (
	"strings"
	"testing"
)

// A card number or a resident id as a label field's whole data, glued to
// the field command (^FD…^FS), is redacted; a barcode's data, a reference
// and a date on the same label stay.
func TestClassZPLFieldNumbers19(t *testing.T) {
	r := newDamageRedactor(t)
	cnid := "11010519491231002X"                   // the checksummed example id of GB 11643
	card := luhnComplete("455673020010471")        // Visa, 16 digits
	barcodeCard := luhnComplete("400000000000123") // card-shaped, in a barcode's data
	label := "^XA^CI28^FO40,40^A0N,28,28^FDShipping label^FS" +
		"^FO40,76^A0N,28,28^FD" + cnid + "^FS" +
		"^FO40,112^A0N,28,28^FD" + card[:4] + " " + card[4:8] + " " + card[8:12] + " " + card[12:] + "^FS" +
		"^FO40,148^A0N,28,28^FD20260607^FS" +
		"^FO40,184^BCN,80,Y,N,N^FD" + barcodeCard + "^FS" +
		"^FO40,220^A0N,28,28^FDREF-2026-004417^FS^XZ"
	got := r.String(label)
	for _, leak := range []string{cnid, card[12:], card[:4] + " " + card[4:8]} {
		if strings.Contains(got, leak) {
			t.Errorf("%q survived in %q", leak, got)
		}
	}
	for _, keep := range []string{"20260607", barcodeCard, "REF-2026-004417", "Shipping label"} {
		if !strings.Contains(got, keep) {
			t.Errorf("%q damaged in %q", keep, got)
		}
	}
	if twice := r.String(got); twice != got {
		t.Errorf("not idempotent:\n once %q\ntwice %q", got, twice)
	}
}
