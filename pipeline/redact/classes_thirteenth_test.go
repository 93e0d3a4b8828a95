package redact

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// Test data for the classes of masked_cards.go: card numbers drawn from a
// seeded generator (Luhn-valid, made-up prefixes of the test ranges) and
// masked copies of them.

// t13Card draws a Luhn-valid 16-digit number on a test range.
func t13Card(rng *rand.Rand) string {
	return luhnComplete([]string{"4111", "5555", "4000", "2223"}[rng.IntN(4)] + e11Digits(rng, 11))
}

// t13Masked renders a card's masked copy as shops print it.
func t13Masked(rng *rand.Rand, card string) string {
	last := card[len(card)-4:]
	switch rng.IntN(6) {
	case 0:
		return "**** **** **** " + last
	case 1:
		return card[:6] + "******" + last
	case 2:
		return "XXXX-" + last
	case 3:
		return "XXXX-XXXX-XXXX-" + last
	case 4:
		return "•••• " + last
	default:
		return "#### #### #### " + last
	}
}

// A card's masked copy written beside the full number across an arrow is
// no card: the full number is masked, the masked copy and the words before
// it stay, whichever side of the arrow each stands on.
func TestMaskedCardBesideFullNumber(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(13, 1))
	words := []string{"Call 1200ms, card", "Karte", "tarjeta", "Bonjour, carte", "to=", "kaart", "cartão", "(", "order 12345 paid with"}
	arrows := []string{"→", "->", "=>", "⇒"}
	for range 300 {
		card := t13Card(rng)
		shown := card
		if rng.IntN(2) == 0 {
			shown = group4(card)
		}
		masked := t13Masked(rng, card)
		w := words[rng.IntN(len(words))]
		ar := arrows[rng.IntN(len(arrows))]
		line := fmt.Sprintf("%s %s %s %s exp 0%d/2%d thanks", w, masked, ar, shown, 1+rng.IntN(9), rng.IntN(10))
		out := r.String(line)
		mustMask(t, out, shown)
		mustKeep(t, out, w+" "+masked+" "+ar+" [REDACTED:card]")

		// The full number first, its masked copy after the arrow.
		line = fmt.Sprintf("%s %s %s %s, ok", w, shown, ar, masked)
		out = r.String(line)
		mustMask(t, out, shown)
		mustKeep(t, out, ar+" "+masked+", ok")
	}
}

// A card number on the other side of an arrow, where the card detector
// does not see one by itself, is still read as the card: only the number,
// not the words around it.
func TestCardAcrossArrowNarrowed(t *testing.T) {
	s := "old card 4111 1111 1111 1234 exp 10/27"
	a, b, ok := cardAcross(s, 0, len(s), true)
	if !ok || s[a:b] != "4111 1111 1111 1234" {
		t.Fatalf("cardAcross = %q, %v", s[a:b], ok)
	}
	for _, v := range []string{
		"**** **** **** 1234",
		"411111******1234",
		"XXXX-XXXX-XXXX-1234",
		"•••• 1234",
		"order 123-4567890-1234567",
		"ref ORD4111111111111111",
	} {
		if a, b, ok := cardAcross(v, 0, len(v), false); ok {
			t.Errorf("cardAcross(%q) = %q, want none", v, v[a:b])
		}
	}
}

// An address in free text ends at the full stop after its postcode or
// number: the sentence after it (a city named for a route, a version, a
// warehouse bin) stays. A full stop after an abbreviation or an ordinal
// floor is part of the address.
func TestAddressEndsAtSentence(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(13, 2))
	streets := []string{"Examplestone Road", "Fictional Lane", "Testing Street", "Sample Avenue"}
	towns := []string{"Northby", "Westford", "Eastham", "Southwick"}
	tails := []string{"Route %s v%d.%d.%d", "%s hub closed, version v%d.%d.%d", "%s bin WH%d-A%d-R%d"}
	for range 200 {
		n := 1 + rng.IntN(180)
		pc := fmt.Sprintf("%d", 1000+rng.IntN(8999))
		addr := fmt.Sprintf("%d %s, %s %s", n, streets[rng.IntN(len(streets))], towns[rng.IntN(len(towns))], pc)
		city := towns[rng.IntN(len(towns))]
		tail := fmt.Sprintf(tails[rng.IntN(len(tails))], city, 1+rng.IntN(9), rng.IntN(20), rng.IntN(200))
		line := "Hi, please deliver to " + addr + ". " + tail
		out := r.String(line)
		mustMask(t, out, addr)
		mustKeep(t, out, "[REDACTED:address]. "+tail)
	}
	// Inside the address: an ordinal floor, an abbreviation.
	for _, v := range []string{"Nørregade 12, 2. tv, 1165 Byen", "Jl. Contoh No. 5, Kota Contoh"} {
		if k := addressSentenceEnd(v, 0, len(v)); k > 0 {
			t.Errorf("addressSentenceEnd(%q) = %d, want none", v, k)
		}
	}
	// A tail that may hold a value of its own, or a second address, stays.
	for _, v := range []string{
		"12 Sample Avenue, Northby 4821. Your code is 482913",
		"12 Sample Avenue, Northby 4821. mail me at someone@example.invalid",
		"12 Sample Avenue, Northby 4821. Please deliver to 7 Testing Street",
	} {
		if k := addressSentenceEnd(v, 0, len(v)); k > 0 {
			t.Errorf("addressSentenceEnd(%q) = %d, want none", v, k)
		}
	}
	v := "12 Sample Avenue, Northby AB1 2CD. Route Westford"
	if k := addressSentenceEnd(v, 0, len(v)); v[:max(k, 0)] != "12 Sample Avenue, Northby AB1 2CD" {
		t.Errorf("addressSentenceEnd(%q) = %d", v, k)
	}
}

// An audit trail's change names the field in one member and holds its
// values in others: the values are read as that field's, whatever the
// members are called; a change of a field that holds no PII keeps its
// values.
func TestAuditTrailValuesByField(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(13, 3))
	shapes := [][3]string{
		{"field", "old_value", "new_value"},
		{"attribute", "from", "to"},
		{"column", "oldValue", "newValue"},
		{"property", "before", "after"},
		{"path", "previous", "current"},
	}
	for range 200 {
		sh := shapes[rng.IntN(len(shapes))]
		oldPhone := "+1 555 01" + e11Digits(rng, 2) + " " + e11Digits(rng, 3)
		newPhone := "555-01" + e11Digits(rng, 2)
		oldName := e11Name(rng)
		newName := e11Name(rng)
		oldStreet := fmt.Sprintf("%d Fictional Lane", 1+rng.IntN(300))
		newStreet := fmt.Sprintf("%d Sample Avenue", 1+rng.IntN(300))
		phoneField, nameField, addrField := "telephone", "full_name", "shipping_address"
		if sh[0] == "path" {
			phoneField, nameField, addrField = "/customer/phone", "/customer/name", "/customer/shipping_address"
		}
		pwField := "db_password"
		if sh[0] == "path" {
			pwField = "/smtp/password"
		}
		words := []string{"river", "lamp", "orbit", "maple", "stone", "cloud"}
		oldPw := words[rng.IntN(6)] + "-" + words[rng.IntN(6)] + "-" + words[rng.IntN(6)]
		newPw := words[rng.IntN(6)] + "." + words[rng.IntN(6)] + "." + words[rng.IntN(6)]
		status := []string{"pending", "processing", "complete"}[rng.IntN(3)]
		qty := fmt.Sprintf("%d", 1+rng.IntN(40))
		line := fmt.Sprintf(`{"@timestamp":"2026-11-02T10:00:00Z","message":"customer updated","audit":{"actor":"agent-%s","changes":[`+
			`{"%[2]s":"%[5]s","%[3]s":"%[6]s","%[4]s":"%[7]s"},`+
			`{"%[2]s":"%[8]s","%[3]s":"%[9]s","%[4]s":"%[10]s"},`+
			`{"%[2]s":"%[11]s","%[3]s":"%[12]s","%[4]s":"%[13]s"},`+
			`{"%[2]s":"status","%[3]s":"%[14]s","%[4]s":"%[15]s"},`+
			`{"%[2]s":"%[16]s","%[3]s":"%[17]s","%[4]s":"%[18]s"}]}}`,
			e11Digits(rng, 3), sh[0], sh[1], sh[2], phoneField, oldPhone, newPhone, nameField, oldName, newName,
			addrField, oldStreet, newStreet, status, qty, pwField, oldPw, newPw)
		out := t12Event(t, r, line)
		mustMask(t, out, oldPhone, newPhone, oldName, newName, oldStreet, newStreet, oldPw, newPw)
		mustKeep(t, out, `"`+sh[1]+`":"`+status+`"`, `"`+sh[2]+`":"`+qty+`"`, `"`+sh[0]+`":"`+phoneField+`"`)
	}
}

// A barcode or a tracking number after the address's sentence is an id:
// the address still ends at the full stop.
func TestAddressEndsBeforeReference(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(13, 4))
	for range 100 {
		ean := gs1Check("40" + e11Digits(rng, 10))
		addr := fmt.Sprintf("Examplestraße %da, %s Beispielstadt", 1+rng.IntN(90), e11Digits(rng, 5))
		line := "Super, bitte liefern an " + addr + ". barcode " + ean
		out := r.String(line)
		mustMask(t, out, addr)
		mustKeep(t, out, "barcode "+ean)
	}
}
