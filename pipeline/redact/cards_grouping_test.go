package redact

import (
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"
)

// Card numbers grouped with dots, or with the no-break, narrow no-break
// and thin spaces that form fields and typography put between digit
// groups (raw or JSON-escaped), are cards like those grouped with spaces
// or dashes; dotted versions, addresses, dates and amounts stay.
func TestCardsGroupedWithDotsAndNoBreakSpaces(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 12))
	digits := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte(byte('0' + rng.IntN(10)))
		}
		return b.String()
	}
	issuers := []struct {
		prefix string
		length int
		groups []int
	}{
		{"4", 16, []int{4, 4, 4, 4}}, {"51", 16, []int{4, 4, 4, 4}}, {"2221", 16, []int{4, 4, 4, 4}},
		{"6011", 16, []int{4, 4, 4, 4}}, {"3528", 16, []int{4, 4, 4, 4}}, {"62", 19, []int{4, 4, 4, 4, 3}},
		{"37", 15, []int{4, 6, 5}}, {"2200", 16, []int{4, 4, 4, 4}},
	}
	seps := []string{".", "\u00a0", "\u202f", "\u2009", `\u00a0`}
	for i := range 200 {
		is := issuers[i%len(issuers)]
		num := luhnComplete(is.prefix + digits(is.length-len(is.prefix)-1))
		sep := seps[i%len(seps)]
		var parts []string
		at := 0
		for _, g := range is.groups {
			parts = append(parts, num[at:at+g])
			at += g
		}
		grouped := strings.Join(parts, sep)
		if sep != "." && sep != `\u00a0` {
			enc := strings.ReplaceAll(url.QueryEscape(grouped), "+", "%20")
			twice := strings.Join(parts, `\\u00a0`) // JSON in a JSON string
			for _, more := range []string{"GET /lookup?cardNo=" + enc + "&x=1", `{"body":"{\"cardNo\":\"` + twice + `\"}"}`} {
				if out := r.String(more); strings.Contains(out, parts[1]) {
					t.Fatalf("card %q kept:\n in: %q\nout: %q", grouped, more, out)
				}
			}
		}
		for _, line := range []string{
			"payment declined for card " + grouped + " (insufficient funds)",
			`{"cc_number":"` + grouped + `","status":"declined"}`,
			"pan=" + grouped + " amount=12.50",
			"value " + grouped + " is not deliverable",
		} {
			out := r.String(line)
			if strings.Contains(out, parts[1]) || !strings.Contains(out, "[REDACTED:card]") {
				t.Fatalf("card %q kept:\n in: %q\nout: %q", grouped, line, out)
			}
		}
	}
	for _, keep := range []string{
		"release 2026.1105.0003.2 deployed", "upgraded to 10.4.18.1203", "host 10.20.30.40 answered",
		"total 1.234.567,89 VND", "delivered on 2026.12.05", "build 4111.1111.11 tagged",
		"price\u00a01\u00a0299,00\u00a0€ charged", "order 171-4455667-1234567 shipped",
	} {
		if out := r.String(keep); out != keep {
			t.Errorf("look-alike changed:\n in: %q\nout: %q", keep, out)
		}
	}
}
