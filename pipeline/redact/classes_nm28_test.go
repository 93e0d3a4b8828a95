package redact

import (
	"strings"
	"testing"
)

// Tests for the classes of nm28_*.go. Family names are made up
// ("Testkowalczyk", "Fakeoglu"); the given names are common ones.

// Class: a name before its order's reference in brackets, when the
// reference opens with a phrase of two words ("đơn hàng 579-…", "numer
// zamówienia 12…") or the name stands right after a code or a number (a
// tracking number, the order's own number, a phone's last group).
func TestNm28OrderReference(t *testing.T) {
	r := n21Redactor(t)
	for _, tc := range []struct{ in, gone string }{
		{"verified buyer, refund approved. Trần Minh Testanh (đơn hàng 199-6396404-5336426) /tier2", "Testanh"},
		{"Děkuji, Jana Testnovakova (objednávka číslo 2026123) s pozdravem", "Testnovakova"},
		{"Hi, order 261205MTUOVPNF Chidera Testokafor (order 807-4903720-6175124) my number is", "Testokafor"},
		{"tracking 1ZG2RFQL2056574979 Kayden Testwhitfield (order 869-4324285-4332389) v8.18.181", "Testwhitfield"},
		{"WhatsApp +44 7700 900123 Aroha Testngata (order 701-7615185-8948626) v1.0.185", "Testngata"},
		{"Hola, pedido 261205FNBEOHGF Lupita de la Testcruz Ramírez (pedido 961-3630781-3718489) Motivo", "Lupita"},
		{"Hello po, order 261205KWRXROLD Mark Anthony Testsantos (order 936-2708503-0615607) ID no.", "Mark"},
	} {
		out := r.String(tc.in)
		if strings.Contains(out, tc.gone) || !strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("%s\n→ %s", tc.in, out)
		}
		n21Idem(t, r, out)
	}
	// near misses: goods and model numbers before a reference, a reference
	// whose second word is capitalised, a short number before the words
	for _, tc := range []struct{ in, keep string }{
		{"LEGO 42115 Lamborghini Countach (order 111-2222333-4444555) arrived", "Lamborghini Countach"},
		{"returned 2 Linen Shirts (order 111-2222333-4444555) today", "Linen Shirts"},
		{"sku 256GB Galaxy Buds (order 111-2222333-4444555)", "Galaxy Buds"},
		{"tracking 1ZG2RFQL2056574979 Payment Failed (order 869-4324285-4332389)", "Payment Failed"},
	} {
		if out := r.String(tc.in); !strings.Contains(out, tc.keep) {
			t.Errorf("%s\n→ %s (damaged)", tc.in, out)
		}
	}
}

// Class: a name that opens a quoted search query before an order's
// number: q="Given Family 114-…", q="FAMILY Given 5784394476".
func TestNm28QuotedSearch(t *testing.T) {
	r := n21Redactor(t)
	for _, tc := range []struct{ in, gone string }{
		{`search.query user=agent-45 q="Lucía Testechevarría 114-6316310-6356859" results=15 took=258ms`, "Testechevarría"},
		{`search.query user=agent-7 q="Maria Testocampo 113-9866827-3216409" results=3 took=51ms`, "Testocampo"},
		{`customer search q="Aljon Testocampo 113-9866827-3216409" results=3`, "Testocampo"},
		{`search.query user=agent-9 q="TESTKAYA Ayşe 5784394476" results=0 took=9ms`, "TESTKAYA"},
		{`search.query user=agent-3 q="김테스트 112-4444204-2199940" results=4 took=68ms`, "김테스트"},
	} {
		out := r.String(tc.in)
		if strings.Contains(out, tc.gone) || !strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("%s\n→ %s", tc.in, out)
		}
		n21Idem(t, r, out)
	}
	for _, tc := range []struct{ in, keep string }{
		{`search.query user=agent-45 q="Nike Air Max 270" results=15`, "Nike Air Max 270"},
		{`search.query user=agent-45 q="Lyon Part-Dieu" results=15`, "Lyon Part-Dieu"},
		{`search.query user=agent-45 q="Galaxy Buds 114-6316310-6356859" results=2`, "Galaxy Buds"},
		{`search.query user=agent-45 q="Calvin Klein CK1234/56" results=2`, "Calvin Klein"},
		{`search.query user=agent-45 q="Maria Testocampo Orchard Road" results=2`, "Orchard Road"},
		{`search.query user=agent-45 q="Rue de Rivoli" results=15`, "Rue de Rivoli"},
		{`search.query user=agent-45 q="Dyson V15 Detect" results=1`, "Dyson V15 Detect"},
	} {
		if out := r.String(tc.in); !strings.Contains(out, tc.keep) {
			t.Errorf("%s\n→ %s (damaged)", tc.in, out)
		}
	}
}

// Class: a three-word name on a signature's line, with a particle written
// with a capital inside it ("Mehdi El Testamrani", "Tane Te Testwhata"), or
// whose third word stands before a number's hash or a bracket.
func TestNm28SignatureTail(t *testing.T) {
	r := n21Redactor(t)
	for _, tc := range []struct{ in, gone string }{
		{`refund approved. \n-- \nMehdi El Testamrani Votre code est prêt`, "Testamrani"},
		{`refund approved. \n-- \nSalma Ait Testaleb | IP 10.144.10.33`, "Testaleb"},
		{`verified buyer. \n-- \nAnanya Singh Testbedi (419958******0637) v7`, "Testbedi"},
		{`refund approved. \n-- \nTane Te Testwhata iPhone 15 Pro Max 256GB /JS`, "Testwhata"},
		{`verified buyer. \n-- \nAnanya Singh Testbedi #27853 /tier2`, "Testbedi"},
	} {
		out := r.String(tc.in)
		if strings.Contains(out, tc.gone) || !strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("%s\n→ %s", tc.in, out)
		}
		n21Idem(t, r, out)
	}
	// near misses: a sentence or goods after a two-word name, a place
	// opening a line, a capitalised particle that opens a place
	for _, tc := range []struct{ in, keep string }{
		{`refund approved. \n-- \nMehdi Testamrani Votre code est prêt`, "Votre code"},
		{`thanks \n-- \nOliver Testhargreave Nike Air Max 270 size 42`, "Nike Air Max"},
		{"shipped via hub El Paso TX 79901 today", "El Paso"},
		{"meet at Café De Paris #4 tomorrow", "De Paris"},
		{"note\n-- \nTESTROY Hamish Geelong /JS", "Geelong"},
		{"note\n-- \nHamish Testroy Geelong 3220", "Geelong"},
		{"note\n-- \nHamish Testroy Geelong | IP 10.1.2.3", "Geelong"},
	} {
		if out := r.String(tc.in); !strings.Contains(out, tc.keep) {
			t.Errorf("%s\n→ %s (damaged)", tc.in, out)
		}
	}
}
