package redact

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// Tests for the classes of names26_*.go. The names are made up
// ("Fakeházy", "Testoye"); phones and ids are generated.

// Class: a word of a name a field rule redacted stands elsewhere in the
// event beside another capitalised word, the other half of that name
// ("cardholder": "Fakeházy Gergő" and "issued to Fakeházy Testádám for
// order …"; "recipient": "Nagy Testke" and "name": "Fakebalogh Testke").
func TestNames26KnownWordOtherHalf(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2601))
	for _, tc := range []struct{ known, text, half string }{
		{"Fakeházy Gergő", "refund of 1 234,56 Ft issued to Fakeházy Testádám for order %s", "Testádám"},
		{"Testnagy Eszterke", "payment for %s by Fakebalogh Eszterke", "Fakebalogh"},
		{"Fakeházy Gergő", `{\"profile\":{\"name\":\"Fakeházy Testádám\"},\"order\":\"%s\"}`, "Testádám"},
	} {
		order := fmt.Sprintf("%03d-%07d-%07d", rng.Intn(999), rng.Intn(9999999), rng.Intn(9999999))
		line := fmt.Sprintf(`{"@timestamp":"2026-12-05T02:18:20.213Z","log":"%s","attrs":{"cardholder":"%s"}}`,
			fmt.Sprintf(tc.text, order), tc.known)
		out := n22Event(t, r, line)
		if strings.Contains(out, tc.half) || !strings.Contains(out, order) {
			t.Errorf("%s\n→ %s", line, out)
		}
	}
	// a firm beside the known word stays
	line := `{"@timestamp":"2026-12-05T02:18:20.213Z","log":"shipped by Fakeházy Bolt Kft to the depot","attrs":{"cardholder":"Fakeházy Gergő"}}`
	if out := n22Event(t, r, line); !strings.Contains(out, "Bolt Kft") {
		t.Errorf("firm lost: %s", out)
	}
}

// Class: a lower-case honorific abbreviation between a role word and the
// name ("vevő ifj. Family Given", "للعميل م. …") hid the name.
func TestNames26HonorificAfterRole(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2602))
	for _, f := range []string{"rendelés %s: vevő ifj. Fakevarga Testádám, telefon +36 30 %03d %04d",
		"rendelés %s: vevő özv. Fakekiss Testné, telefon +36 30 %03d %04d"} {
		order := fmt.Sprintf("%03d-%07d-%07d", rng.Intn(999), rng.Intn(9999999), rng.Intn(9999999))
		in := fmt.Sprintf(f, order, rng.Intn(999), rng.Intn(9999))
		out := r.String(in)
		if strings.Contains(out, "Fake") || strings.Contains(out, "Test") || !strings.Contains(out, order) {
			t.Errorf("%s\n→ %s", in, out)
		}
		n21Idem(t, r, out)
	}
	// an honorific before a word in lower case is no name's
	in := "rendelés 123: vevő ifj. nincs megadva"
	if out := r.String(in); out != in {
		t.Errorf("%q → %q", in, out)
	}
}

// Class: a romanised name after a role word of a script without case
// (Sinhala, Burmese), and a name in the script ending at iCalendar's
// escaped comma ("\,").
func TestNames26RomanNameAfterCaselessRole(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2603))
	for _, f := range []string{
		"ඇණවුම %d පාරිභෝගික Fakekasun Testsuriya, දුරකථන +94 77 %03d %04d",
		"အော်ဒါ %d ဝယ်သူ Fakemin Testaung ဖုန်း +95 9 %03d %03d 789",
		"DESCRIPTION:ඇණවුම #%d පාරිභෝගික ෆේක් ටෙස්ට්\\, දුරකථන 9477%03d%04d",
	} {
		in := fmt.Sprintf(f, rng.Int63n(1e15), rng.Intn(999), rng.Intn(999))
		out := r.String(in)
		if strings.Contains(out, "Fake") || strings.Contains(out, "Test") || strings.Contains(out, "ෆේක්") || !strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("%s\n→ %s", in, out)
		}
		n21Idem(t, r, out)
	}
	// a phrase after the role word, with no comma or contact word after it
	for _, in := range []string{"පාරිභෝගික Service Centre opened", "ဝယ်သူ Support Team"} {
		if out := r.String(in); strings.Contains(out, "REDACTED") {
			t.Errorf("%q → %q", in, out)
		}
	}
}

// Class: a quoted value (a positional argument, a bound parameter, a JSON
// string) that holds a name's marker and capitalised words only: the
// words are the same person's other names.
func TestNames26MarkedQuotedValue(t *testing.T) {
	r := n21Redactor(t)
	for _, tc := range []struct{ in, gone string }{
		{`binds: :1='10.216.87.61', :2='Gng. [REDACTED:name] Reyes', :3='744138-20260620-2223375291'`, "Reyes"},
		{`op_kwargs={'ts': '1764678542', 'Fakebalogh [REDACTED:name]'}`, "Fakebalogh"},
		{`{"profile":{"name":"Testházy [REDACTED:name]"}}`, "Testházy"},
		{`{"content":"{\"name\":\"Fakebalogh [REDACTED:name]\"}"}`, "Fakebalogh"},
	} {
		out := r.String(tc.in)
		if strings.Contains(out, tc.gone) {
			t.Errorf("%s\n→ %s", tc.in, out)
		}
		n21Idem(t, r, out)
	}
	// titles, firms, places and teams beside the marker stay
	for _, tc := range []struct{ in, kept string }{
		{`{"carrier":"[REDACTED:name] Logistics"}`, "Logistics"},
		{`{"n":"[REDACTED:name] Return Label"}`, "Return Label"},
		{`args=["[REDACTED:name] Warehouse", "[REDACTED:name] Berlin", "[REDACTED:name] QA"]`, "Warehouse"},
		{`args=["[REDACTED:name] Warehouse", "[REDACTED:name] Berlin", "[REDACTED:name] QA"]`, "Berlin"},
		{`{"m":"Dear [REDACTED:name]"}`, "Dear"},
		{`{"m":"order 1234 for [REDACTED:name] Fakeword"}`, "Fakeword"},
	} {
		if out := r.String(tc.in); !strings.Contains(out, tc.kept) {
			t.Errorf("%q lost %q: %q", tc.in, tc.kept, out)
		}
	}
}
