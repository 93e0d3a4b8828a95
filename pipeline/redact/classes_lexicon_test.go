package redact

import (
	"strings"
	"testing"
)

// Names known by their words (names_lexicon.go): a given name and another
// known word, a given name in brackets, a given name opening a title; and
// the proper nouns that are no person.
func TestNamesKnownByTheirWords(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	// Made-up people from the lexicon's words, in the slots no key or
	// trigger marks.
	people := []struct{ given, family string }{
		{"Ingrid", "Hansen"}, {"Carlos", "Mendoza"}, {"Łukasz", "Wróbel"}, {"Иван", "Соколов"},
		{"Ömer", "Kılıç"}, {"Élodie", "Fournier"}, {"Priya", "Iyer"}, {"Nguyễn", "Văn"}, {"Tanaka", "Haruto"},
		{"Ελένη", "Οικονόμου"}, {"Anna-Lena", "Krüger"}, {"FATIMA", "HADDAD"},
	}
	for _, p := range people {
		full := p.given + " " + p.family
		for _, line := range []string{
			"refund approved: " + full,
			"webhook orders/create received for #1041 (" + full + ")",
			"binding parameter [2] as [VARCHAR] - [" + full + "]",
			"ERROR " + full + " exceeded the retry budget",
		} {
			out := r.String(line)
			if strings.Contains(out, p.family) || !strings.Contains(out, "[REDACTED:name]") {
				t.Errorf("%q\n  -> %q: the name is not redacted", line, out)
			}
		}
	}
	// A given name with an unknown family name: in brackets only.
	if out := r.String("payout held (Matthias Obermoser-Quint)"); strings.Contains(out, "Obermoser") {
		t.Errorf("bracketed name kept: %q", out)
	}
	if out := r.String("synced Matthias Obermoser-Quint"); !strings.Contains(out, "Obermoser") {
		t.Errorf("one known word outside a slot of its own was taken: %q", out)
	}
	// A given name alone, where it opens a title or a greeting.
	for _, line := range []string{`{"title":"📦 Luíza","body":"delivered"}`, "Priya, your parcel is on its way"} {
		if out := r.String(line); !strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("%q -> %q: the greeting's name is kept", line, out)
		}
	}
	// Look-alikes: places, firms, goods, brands, identifiers.
	for _, line := range []string{
		"pickup at Victoria Station, then Santa Maria depot",
		"Hotel Maria Theresia booked for the offsite",
		"brand Tommy Hilfiger restocked",
		"supplier Morgan Stanley Trading Ltd paid",
		"item: Grace Tote Bag (Olivia Rose Gold)",
		"carrier Lucas Logistics GmbH",
		"build maria-lopez-7f9c deployed",
		"user @carlos.mendoza logged in",
		"Hugo Boss Bottled 100ml x2",
		"route Sofia Varna 24h",
		"SKU Elena 3000W x1",
		"المنتج متوفر في المخزن",
		"Доставка Москва Санкт-Петербург",
		"Österreich Post AG",
		"supplier (Russell Investments) invoiced",
		"item (Samuel Smith's Oatmeal Stout) restocked",
	} {
		if out := r.String(line); out != line {
			t.Errorf("look-alike damaged:\n  %q\n  -> %q", line, out)
		}
	}
}

func BenchmarkLexClass(b *testing.B) {
	words := []string{"Ingrid", "Payment", "ERROR", "Warehouse", "Nyström", "Order", "Carlos"}
	for b.Loop() {
		for _, w := range words {
			if lexMaybe(w) {
				lexClass(w)
			}
		}
	}
}
