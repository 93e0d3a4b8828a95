package redact

import (
	"fmt"
	"strings"
	"testing"
)

// Class: a buyer's "my number (is)" phrase in a script without case right
// before a phone introduces the number; it is no name before the phone.
func TestDmg24APhonePhraseBeforePhone(t *testing.T) {
	r := n21Redactor(t)
	for _, phrase := range []string{"המספר שלי", "رقم جوالي", "мой номер", "mi número es"} {
		in := fmt.Sprintf("callback invoice F2024-%05d, %s [REDACTED:phone], FedEx waiting", len(phrase)*37, phrase)
		out := r.String(in)
		if !strings.Contains(out, phrase) || strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("phrase masked: %q\n→ %q", in, out)
		}
	}
	for _, name := range nam24Names[:2] {
		in := fmt.Sprintf("the parcel never came, %s [REDACTED:phone]: order 123-4567890-1234567", name)
		if out := r.String(in); strings.Contains(out, name) {
			t.Errorf("name kept: %q\n→ %q", in, out)
		}
	}
}
