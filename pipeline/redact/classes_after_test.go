package redact

import (
	"strings"
	"testing"
)

// The payer after the card or account paid with, in this pass or after an
// earlier one's marker; the buyer after a participle of processing and
// "for". What a thing is for, goods, places and firms stay. All names are
// made up.
func TestNamesAfterAccountsAndParticiples(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct{ in, name string }{
		{"order 114-3506519-4549292 paid with card 4111111111111111 by Ana Clara Bezerra", "Bezerra"},
		{"order 114-3506519-4549292 paid with card [REDACTED:card] by Rafaela Albuquerque", "Albuquerque"},
		{"Zahlung mit IBAN DE89370400440532013000 von Jörg Reinholdt eingegangen", "Reinholdt"},
		{"address validated for Goh Wei Ling", "Wei Ling"},
		{`{"msg":"profile updated for 鈴木 さくら","level":30}`, "鈴木"},
		{"voucher redeemed for Nerea Puigdemont, balance 0", "Puigdemont"},
	} {
		if out := r.String(c.in); strings.Contains(out, c.name) {
			t.Errorf("name kept: %q", out)
		}
	}
	for _, in := range []string{
		"campaign scheduled for Black Friday",
		"cache warmed for Product Listing",
		"index rebuilt for Kuala Lumpur",
		"report generated for Acme Trading",
		"layout optimised for Apple Silicon",
		"card [REDACTED:card] by Shopee Express",
	} {
		if out := r.String(in); out != in {
			t.Errorf("changed %q into %q", in, out)
		}
	}
}
