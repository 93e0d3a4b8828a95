package redact

import (
	"strings"
	"testing"
)

// After a phone key, one slash is an area code's ("0497/48.86.67",
// "06 70/473 5583"); dates with two slashes stay, and "fono" is a phone key.
func TestPhoneKeyWithASlash(t *testing.T) {
	r, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{"gsm=0497/48.86.67", "billing_phone: 0489/03.26.85", "X-Mobil: 06 70/473 5583", `fono="9 5973 7126"`} {
		if out := r.RedactText(in); !strings.Contains(out, "[REDACTED:phone]") {
			t.Errorf("%q -> %q", in, out)
		}
	}
	for _, in := range []string{"date=12/05/2024", "phone_verified_at=2024/05/12", "tel 1/2"} {
		if out := r.RedactText(in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
}
