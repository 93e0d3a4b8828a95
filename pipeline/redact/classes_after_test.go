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

// A participle and "for" before capitalised words that modify a noun
// names goods, not a person.
func TestParticipleForBeforeANoun(t *testing.T) {
	r := newDefault(t)
	for _, in := range []string{
		"campaign Autumn Deals started for Hugo Boss products in Western Europe",
		"discount applied for Nike Air items",
	} {
		if out := r.String(in); out != in {
			t.Errorf("changed %q into %q", in, out)
		}
	}
	if out := r.String("address validated for Goh Wei Ling in 12 ms"); strings.Contains(out, "Wei Ling") {
		t.Errorf("name kept: %q", out)
	}
}

// A message signed in its last sentence, in a text holding the writer's
// other PII; a shop's name on a line of its own, or after a sentence with
// nothing personal before it, stays.
func TestSignOffName(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct{ in, name string }{
		{"Buenas tardes, me lo mandan. Call me +34 612 345 678. Fernanda Zamudio", "Zamudio"},
		{"danke — Friedrich Brandtner, +49 151 23456789", "Brandtner"},
		{"Body=Hola%2C+llamame+al+%2B34+612+345+678.+Fernanda+Zamudio&MessageSid=SM71cd", "Zamudio"},
	} {
		if out := r.String(c.in); strings.Contains(out, c.name) {
			t.Errorf("name kept: %q", out)
		}
	}
	for _, in := range []string{
		"Dear customer,\nyour parcel 1Z999AA10123456784 ships today.\nOliver Wyman",
		"Order shipped. Victoria Station",
		"Thanks for shopping. Oliver Wyman",
	} {
		if out := r.String(in); out != in {
			t.Errorf("changed %q into %q", in, out)
		}
	}
}

// A quoted name among a call's unquoted arguments, when the call holds
// other PII; goods among plain arguments and an INSERT's values stay.
func TestQuotedNameAmongArguments(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct{ in, name string }{
		{`at com.shop.pay.PaymentService.charge(PaymentService.java:105) [args: [REDACTED:card], "Manon Rousseaux", 302.88]`, "Rousseaux"},
		{`at com.shop.pay.PaymentService.charge(PaymentService.java:105) [args: 4111111111111111, "Manon Rousseaux", 302.88]`, "Rousseaux"},
		{`refund(card=4111111111111111, 'Burak Karaca', 302.88)`, "Karaca"},
	} {
		if out := r.String(c.in); strings.Contains(out, c.name) {
			t.Errorf("name kept: %q", out)
		}
	}
	for _, in := range []string{
		`charge(order=4711, "Nike Air", 302.88)`,
		`[args: 12, "Manon Rousseaux", 302.88]`,
		"insert into `addr` (`id`, `city`, `iban`) values ('5625', 'Las Condes', 'DE89370400440532013000')",
	} {
		if out := r.String(in); strings.Contains(out, "Nike Air") != strings.Contains(in, "Nike Air") || strings.Contains(in, "Rousseaux") && out != in || strings.Contains(in, "Las Condes") && !strings.Contains(out, "Las Condes") {
			t.Errorf("changed %q into %q", in, out)
		}
	}
}

// A name cell of a fixed-width row that holds other PII, before the first
// PII cell; the cells after it (a city) and rows without PII stay.
func TestFixedWidthRowNames(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct{ in, name string }{
		{"173688309290        이수아                           [REDACTED:address]                       [REDACTED:phone]   2026-08-06", "이수아"},
		{"3927492867          MAAIKE KUIPERS                Jl. Sudirman No. 12                      +62 812 3456 7890    2026-11-21", "KUIPERS"},
		{"707810474           Alessandro de Luca            [REDACTED:address]      [REDACTED:phone]    2026-12-26", "Luca"},
	} {
		if out := r.String(c.in); strings.Contains(out, c.name) {
			t.Errorf("name kept: %q", out)
		}
	}
	for _, in := range []string{
		"707810474           [REDACTED:name]            [REDACTED:address]      Las Condes      [REDACTED:phone]",
		"SKU-1           Nike Air Max      IN TRANSIT      [REDACTED:phone]",
		"3927492867          MAAIKE KUIPERS                2026-11-21          OPEN",
	} {
		if out := r.String(in); out != in {
			t.Errorf("changed %q into %q", in, out)
		}
	}
}

// An e-mail address glued to the next column's date is read up to its
// domain's letters; the date stays.
func TestEmailGluedToADate(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct{ in, keep string }{
		{"106246392187   [REDACTED:phone]    ALESSANDRO.CATTANEO+SHOP@GMAIL.COM19.04.2026", "19.04.2026"},
		{"x BUESRA.KILICARSLAN@YANDEX.COM.TR07/19/2026 y", "07/19/2026"},
		{"x khairul.anuar@gmail.com2026-06-11 y", "2026-06-11"},
	} {
		out := r.String(c.in)
		if !strings.Contains(out, "[REDACTED:email]"+c.keep) {
			t.Errorf("got %q", out)
		}
	}
	if in := "build@ci.example.com2026 and a@b.io1.2.3"; r.String(in) != in {
		t.Errorf("changed %q into %q", in, r.String(in))
	}
}
