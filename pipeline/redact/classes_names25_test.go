package redact

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// Tests for the classes of names25_*.go. The halves are made up
// ("Fakeházy", "Testoye"); the other half is redacted before, as an
// earlier stage or an earlier run leaves it.

// Class: the other half of a person's name written before a name already
// redacted, a capitalised word after a word in lower case.
func TestNames25OtherHalfBesideRedactedName(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2501))
	for _, half := range []string{"Fakeházy", "Testoye", "Ádámtest", "Fakeputra", "Testsson"} {
		order := fmt.Sprintf("%03d-%07d-%07d", rng.Intn(999), rng.Intn(9999999), rng.Intn(9999999))
		n22Run(t, r, fmt.Sprintf("refund for order %s issued to %s [REDACTED:name] today", order, half), []string{half}, []string{order})
		n22Run(t, r, fmt.Sprintf("order #%d synced for %s [REDACTED:name] <[REDACTED:email]>", rng.Intn(99999), half), []string{half}, nil)
		n22Run(t, r, fmt.Sprintf(`{"log":"pesanan %d atas nama %s [REDACTED:name], no hp [REDACTED:phone]"}`, rng.Int63n(1e15), half), []string{half}, nil)
	}
	// what is no half of a name: a role, an honorific, a greeting, a
	// title of two capitalised words, a firm
	for _, tc := range []struct{ in, kept string }{
		{"refund issued to [REDACTED:name] Return Label printed", "Return Label"},
		{"-- \n[REDACTED:name] Montréal card on file", "Montréal"},
		{"issued to [REDACTED:name] Return reason: damaged", "Return reason"},
		{"Customer [REDACTED:name] placed order 12345", "Customer"},
		{"Dear [REDACTED:name], your parcel", "Dear"},
		{"payment by Ibu [REDACTED:name] declined", "Ibu"},
		{"sold to [REDACTED:name] Logistics Ltd", "Logistics Ltd"},
		{"assigned to [REDACTED:name] Support team", "Support team"},
		{"Order Desk [REDACTED:name] confirmed", "Order Desk"},
	} {
		out := r.String(tc.in)
		if !strings.Contains(out, tc.kept) {
			t.Errorf("%q lost %q: %q", tc.in, tc.kept, out)
		}
		n21Idem(t, r, out)
	}
}
