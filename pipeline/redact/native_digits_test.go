package redact

import (
	"strings"
	"testing"
)

// toScript writes the ASCII digits of s in the digits of the script whose
// zero is zero.
func toScript(s string, zero rune) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(zero + r - '0')
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Phones typed in the digits of their script (Thai, Khmer, Myanmar, Lao,
// Tamil, Sinhala, Gujarati, Mongolian…) after a phone word or key are phones
// as their ASCII spelling is; the same digits in an order number stay.
func TestPhonesInTheDigitsOfMoreScripts(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	phone := "012 345 678"
	for _, zero := range []rune{0x0E50, 0x17E0, 0x1040, 0x0ED0, 0x0BE6, 0x0DE6, 0x0AE6, 0x1810, 0x0966} {
		p := toScript(phone, zero)
		for _, in := range []string{"call me on phone " + p + " tonight", `{"phone":"` + p + `"}`} {
			out := r.String(in)
			if strings.Contains(out, toScript("345", zero)) {
				t.Errorf("phone in script %#x kept:\n in: %s\nout: %s", zero, in, out)
			}
		}
		keep := "order " + toScript("2024", zero) + " shipped"
		if out := r.String(keep); out != keep {
			t.Errorf("look-alike changed: %s -> %s", keep, out)
		}
	}
}
