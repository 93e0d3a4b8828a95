package redact

import (
	"strings"
	"testing"
)

// "Verification code" in more languages (Zulu, Xhosa, Swahili, Malay,
// Bulgarian, the Balkans, Estonian, Slovak, Catalan, Basque, Albanian,
// Afrikaans, Hausa, Uzbek, Azerbaijani, Persian, Russian "SMS code", the
// scripts of India and Sri Lanka): the 4 to 8 digits after it are a
// one-time code. Digits that run on into a date or an id, and the phrase
// without digits, stay. All codes are made up.
func TestCred23nOTPPhrasesOfMoreLanguages(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct{ in, code string }{
		{"validation failed: ikhodi yokuqinisekisa 7561", "7561"},
		{"Ikhowudi yokuqinisekisa: 480155", "480155"},
		{"msimbo wa uthibitisho 58213 umetumwa", "58213"},
		{"kod pengesahan anda: 902114", "902114"},
		{"Код за потвърждение: 3317", "3317"},
		{"kod za potvrdu 66120", "66120"},
		{"kinnituskood 402918", "402918"},
		{"overovací kód: 1188", "1188"},
		{"codi de verificació 730045", "730045"},
		{"egiaztapen kodea 5520", "5520"},
		{"kodi i verifikimit: 81723", "81723"},
		{"jou verifikasiekode is 44190", "44190"},
		{"lambar tabbatarwa 6012", "6012"},
		{"tasdiqlash kodi: 283746", "283746"},
		{"کد تایید شما: 55821", "55821"},
		{"SMS-код 7710 для входа", "7710"},
		{"ಪರಿಶೀಲನಾ ಕೋಡ್ 639201", "639201"},
		{"സ്ഥിരീകരണ കോഡ്: 4471", "4471"},
	} {
		if out := r.String(c.in); strings.Contains(out, c.code) {
			t.Errorf("code kept: %q", out)
		}
	}
	for _, in := range []string{
		"kinnituskood 2026-12-05 saadetud",
		"kod pengesahan telah dihantar",
		"msimbo wa uthibitisho 12",
		"verifikasiekode ORD-55821-ZA",
	} {
		if out := r.String(in); out != in {
			t.Errorf("changed %q into %q", in, out)
		}
	}
}

// A short message opened by a greeting that the list lacked (Australian
// "G'day", "Good day", Croatian "Bok", Bengali, Urdu and Arabic with its
// tanwin) is a person's message: the code under the word for "code" in it
// is redacted, as after "Hi" or "Hola". An error's code after such a
// greeting, and a message without a code word, stay.
func TestCred23nGreetingsOpenACodeMessage(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct{ in, code string }{
		{"G'day, code 48213. cheers", "48213"},
		{"G’day! sku: CAS-1234-BLK; code 7741; cheers", "7741"},
		{"Good day, code 50917 / thank you", "50917"},
		{"Bok kod 48213 hvala", "48213"},
		{"আসসালামু আলাইকুম কোড 61942 ধন্যবাদ", "61942"},
		{"السلام علیکم کوڈ 48213 شکریہ", "48213"},
		{"أهلاً الكود 73105 شكرا", "73105"},
	} {
		if out := r.String(c.in); strings.Contains(out, c.code) {
			t.Errorf("code kept: %q", out)
		}
	}
	for _, in := range []string{
		"G'day, order 4821 shipped today",
		"Good day, error code 5001 from the gateway",
		"G'day, 3 items at 1299 each",
	} {
		if out := r.String(in); out != in {
			t.Errorf("changed %q into %q", in, out)
		}
	}
}

// A four- or five-digit code found in one string of an event is redacted
// where a later field whose key names a secret code holds it whole (a
// GraphQL error's invalidArgs.code after the request's variables). The
// same digits under other keys, and a code field whose value the event
// never read as a secret, stay.
func TestCred23nEchoedShortCodeUnderCodeKey(t *testing.T) {
	r := newDamageRedactor(t)
	lines := [][]byte{
		[]byte(`{"@timestamp":"2026-12-01T00:00:00Z","message":"graphql error","graphql.variables":"{\"input\":{\"code\":\"7402\"}}","graphql.errors":[{"message":"Variable $input got invalid value; verification code 7402 sku FAKE-1","extensions":{"code":"BAD_USER_INPUT","invalidArgs":{"code":"7402"}},"quantity":"7402"}]}`),
		[]byte(`{"@timestamp":"2026-12-01T00:00:00Z","message":"login: OTP 58316 accepted","retry":{"otp":58316,"port":"58316"}}`),
		[]byte(`{"@timestamp":"2026-12-01T00:00:00Z","message":"graphql error","graphql.errors":[{"message":"Variable $input got invalid value","extensions":{"code":"BAD_USER_INPUT","invalidArgs":{"code":"4004"}}}]}`),
	}
	out := redactLines(t, r, lines)
	if strings.Contains(out[0], `code":"7402"`) || !strings.Contains(out[0], `quantity":"7402"`) {
		t.Errorf("code kept where a code key repeats it, or the quantity changed:\n out: %s", out[0])
	}
	if strings.Contains(out[1], `otp":58316`) || !strings.Contains(out[1], `port":"58316"`) {
		t.Errorf("code kept under otp, or the port changed:\n out: %s", out[1])
	}
	if !strings.Contains(out[2], `code":"4004"`) {
		t.Errorf("an error's code the event never read as a secret changed:\n out: %s", out[2])
	}
}

// A PIN under an "X-Pin-Code" header, as "pin_code" holds one, and a PIN
// after Swahili's "nambari ya siri" ("secret number"). Other headers'
// numbers and the phrase without digits stay.
func TestCred23nPinHeaderAndSwahiliPIN(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct{ in, code string }{
		{"X-Request-Id: 0d396823-0000-4be4-b4ca-000000000000\nX-Pin-Code: 83464681\nContent-Type: application/json", "83464681"},
		{"Habari, nambari ya siri 8821; asante", "8821"},
	} {
		if out := r.String(c.in); strings.Contains(out, c.code) {
			t.Errorf("PIN kept: %q", out)
		}
	}
	for _, in := range []string{
		"X-Pin-Attempts: 3\nX-RateLimit-Remaining: 4821",
		"nambari ya siri imebadilishwa",
	} {
		if out := r.String(in); out != in {
			t.Errorf("changed %q into %q", in, out)
		}
	}
}
