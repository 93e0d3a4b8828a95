package redact

import (
	"strings"
	"testing"
)

// asr30Spell says digits the way a transcript writes them: each group of
// pattern (its lengths) as digits when the mask's letter is 'd', as the
// words of lang otherwise.
func asr30Spell(digits string, lang int, pattern []int, mask string) string {
	var parts []string
	p := 0
	for g, n := range pattern {
		grp := digits[p : p+n]
		p += n
		if mask[g%len(mask)] == 'd' {
			parts = append(parts, grp)
			continue
		}
		for _, c := range grp {
			parts = append(parts, asr30Digits[lang][c-'0'])
		}
	}
	return strings.Join(parts, " ")
}

// asr30CNID completes 17 digits with a resident id's check character.
func asr30CNID(d17 string) string {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := range d17 {
		sum += int(d17[i]-'0') * w[i]
	}
	return d17 + string("10X98765432"[sum%11])
}

// Class: a card, a phone, a resident id said partly as digit words in a
// transcript ("four nine one one 24 three …", "double three", "plus
// four four …"), in the callers' languages, is masked from its first
// word to its last; an order id, an amount or a duration said in the
// same call stays.
func TestClassAsr30SpokenNumbers(t *testing.T) {
	r := keep22Redactor(t)
	card := luhnComplete("453914880343646")
	for lang := range 11 {
		if asr30Digits[lang][4] == "" || asr30Digits[lang][1] == "" && lang != 1 {
			continue
		}
		v := asr30Spell(card, lang, []int{4, 2, 3, 3, 4}, "wdwdw")
		if strings.Contains(v, "  ") || strings.HasPrefix(v, " ") {
			continue // (a language without a word for one of the digits)
		}
		line := "agent thank you for calling how can i help customer the card number is " + v + " um order id 5265237226 okay"
		keep23Check(t, r, line, []string{"order id 5265237226", "the card number is "}, []string{v, card})
	}
	// "double" and "triple" before a digit
	line := "voicemail hi card four five three nine one four double eight zero 343 six four six " + card[15:] + " and thanks"
	keep23Check(t, r, line, []string{"voicemail hi card ", " and thanks"}, []string{"four five three nine one four double eight"})
	// a phone after a spoken plus
	phone := "plus four four seven seven zero zero 900 one two three"
	keep23Check(t, r, "customer my number is "+phone+" uh yes ticket 48213", []string{"ticket 48213", "my number is "}, []string{phone, "900 one two three"})
	// a resident id with its check 'x' said after it
	id := asr30CNID("11010119900307123")
	v := asr30Spell(id[:17], 0, []int{2, 4, 3, 4, 4}, "wdwdw")
	if id[17] == 'X' {
		v += " x"
	} else {
		v += " " + asr30Digits[0][id[17]-'0']
	}
	keep23Check(t, r, "caller id card "+v+" okay thanks", []string{"okay thanks"}, []string{v})
	// traps: no digits to check, too few digits, an amount, a version
	for _, keep := range []string{
		"order one two three four five six seven eight was shipped um okay",
		"the refund is forty nine ninety nine and it took two three minutes",
		"i waited one two three hours and then four five six more",
		"version two one four dot three is on port 8 0 8 0 one",
		"invoice 2024 zero one three five 18 for um twelve items",
	} {
		keep23Check(t, r, keep, []string{keep}, nil)
	}
}

// Class: a lower-case IBAN said with a space after its country code and
// its check digits as digits or words ("gb 21 ywaa…", "tr zero two …") is
// masked when the letters and digits pass mod 97; "it 20 minutes" stays.
func TestClassAsr30SpokenIBAN(t *testing.T) {
	r := keep22Redactor(t)
	for _, iban := range []string{ibanOf("DE", "370400440532013000"), ibanOf("GB", "FAKE12345698765432"), ibanOf("FR", "20041010050500013002606")} {
		low := strings.ToLower(iban)
		for _, v := range []string{low[:2] + " " + low[2:4] + " " + low[4:], low[:2] + " " + asr30Spell(iban[2:4], 0, []int{2}, "w") + " " + low[4:]} {
			keep23Check(t, r, "voicemail my iban is "+v+" okay bye", []string{"okay bye"}, []string{v, low[4:]})
		}
	}
	keep := "it 20 minutes to wait and de 12 parcels at gate two"
	keep23Check(t, r, keep, []string{keep}, nil)
}

// Class: an e-mail address said as words ("name dot surname at gmail dot
// com", "underscore", "dash", "plus", "arroba", "punto", "точка") is
// masked; prose using "at" and "dot" stays.
func TestClassAsr30SpokenEmail(t *testing.T) {
	r := keep22Redactor(t)
	for _, v := range []string{
		"fake dot user at example dot com",
		"fakeuser dash shop at mail dash box dot de",
		"zdenka underscore fakeova1990 at example dot co dot uk",
		"fakename plus orders at example dot com",
		"fulano punto prueba arroba correo punto es",
		"fakir tiret bas test arobase exemple point fr",
		"fake точка user собака example точка ru",
	} {
		keep23Check(t, r, "customer my email is "+v+" okay thanks", []string{"my email is ", " okay thanks"}, []string{v})
	}
	for _, keep := range []string{
		"we met at the office and talked about the dot on the map",
		"the job failed at step three dot five of the build",
		"look at me dot com was a site once", // no address before "at"
	} {
		keep23Check(t, r, keep, []string{keep}, nil)
	}
}

// The gate: spaceFactsOf finds the digit words, the words for "dot" and a
// lower-case IBAN's country code that asr30Spans needs, and nothing in a
// log line without them.
func TestAsr30Gate(t *testing.T) {
	for s, want := range map[string]bool{
		"card four nine one one 24":                     true,
		"my email is a dot b at c dot com":              true,
		"refund to gb 21 fake1234":                      true,
		"order sync completed for 40 orders in 1234 ms": false,
		"one item shipped":                              false,
	} {
		if got := spaceFactsOf(s).asr30Gate(); got != want {
			t.Errorf("gate(%q) = %v, want %v", s, got, want)
		}
	}
}
