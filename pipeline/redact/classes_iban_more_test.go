package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// IBANs of countries that joined the registry lately, and of the banks
// that issue the IBAN form outside it (Morocco, Algeria, West Africa):
// made-up account numbers with valid check digits, compact and grouped.
func TestIBANsOfMoreCountries(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 11))
	for _, cc := range []string{"MA", "DZ", "SN", "CI", "RU", "OM", "LY", "MN", "YE"} {
		n := ibanLen[cc]
		bban := make([]byte, n-4)
		for k := range bban {
			bban[k] = byte('0' + rng.IntN(10))
		}
		iban := ""
		for cd := 2; cd <= 98; cd++ {
			if c := fmt.Sprintf("%s%02d%s", cc, cd, bban); mod97([]byte(c)) {
				iban = c
				break
			}
		}
		if iban == "" {
			t.Fatalf("%s: no check digits found", cc)
		}
		var g []string
		for k := 0; k < len(iban); k += 4 {
			g = append(g, iban[k:min(k+4, len(iban))])
		}
		for _, line := range []string{"payout to " + iban + " failed", "iban: " + strings.Join(g, " ")} {
			if out := r.String(line); strings.Contains(out, iban[4:12]) || strings.Contains(out, g[2]) {
				t.Errorf("%s: %q -> %q", cc, line, out)
			}
		}
		// One digit off: the checksum fails, the number stays.
		bad := iban[:len(iban)-1] + string('0'+(iban[len(iban)-1]-'0'+1)%10)
		if out := r.String("ref " + bad); !strings.Contains(out, bad) {
			t.Errorf("%s: an invalid IBAN was taken: %q", cc, out)
		}
	}
}
