package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// The speakers of a transcript are people unless they name a role; a text
// with one timed line is no transcript. All names are made up.
func TestTranscriptSpeakers(t *testing.T) {
	r := newDefault(t)
	caught := []struct{ in, name string }{
		{"[16:02] 조민준: 안녕하세요, 주문한 상품이 아직 안 왔어요\n[16:03] Agent: 확인해 드릴게요", "조민준"},
		{"[16:02] Lorenzo de Luca: ciao, dov'è il mio ordine?\n[16:03] Agent: controllo subito", "Lorenzo de Luca"},
		{`{"t":"[09:30:12] Priyanka Venkataraman: any update?\n[09:31:40] Bot: Your parcel is on its way"}`, "Priyanka Venkataraman"},
		{"[2026-10-17 16:04] Thandiwe Mokoena: thanks\n[2026-10-17 16:05] Support: welcome", "Thandiwe Mokoena"},
		{"16:05 Nguyễn Thị Hoa: cảm ơn\n16:06 Shop: dạ", "Nguyễn Thị Hoa"},
	}
	for _, c := range caught {
		if out := r.String(c.in); strings.Contains(out, c.name) {
			t.Errorf("speaker kept: %q", out)
		}
	}
	kept := []string{
		"[16:02] Agent: hello\n[16:03] Bot: hi there",                     // roles
		"[16:02] Shop Support: hello\n[16:03] Customer: where is it",      // roles
		"[10:00:01] INFO: started\n[10:00:02] WARN: slow disk",            // log levels, not speakers
		"[16:02] Order Status: shipped\n[16:03] Payment Status: captured", // key words of a record
		"10:32 Kyoto: 12°C",                            // one line, no dialogue
		"[16:02] payment: ok\n[16:03] refund: pending", // lower case
	}
	for _, in := range kept {
		if out := r.String(in); out != in {
			t.Errorf("changed %q into %q", in, out)
		}
	}
}

// Who opened, submitted or reported a ticket is a person: their name key is
// a person's, as a customer's is; a product's name stays.
func TestTicketPartiesNames(t *testing.T) {
	r := newDefault(t)
	dec := event.NewDecoder(nil)
	for _, c := range []struct {
		line string
		keep bool
	}{
		{`{"@timestamp":"2026-12-05T10:00:00Z","ticket":{"requester":{"name":"Jörg Reinholdt"}}}`, false},
		{`{"@timestamp":"2026-12-05T10:00:00Z","requester.name":"Amaka Obi"}`, false},
		{`{"@timestamp":"2026-12-05T10:00:00Z","issue":{"reporter_name":"Kofi Mensah"}}`, false},
		{`{"@timestamp":"2026-12-05T10:00:00Z","review":{"author_name":"Ilse Vermeulen"}}`, false},
		{`{"@timestamp":"2026-12-05T10:00:00Z","product":{"name":"Trail Runner Pro"}}`, true},
	} {
		var ev event.Event
		if err := dec.Decode([]byte(c.line), &ev); err != nil {
			t.Fatal(err)
		}
		r.Event(&ev)
		out := string(ev.JSON())
		if masked := strings.Contains(out, "[REDACTED:name]"); masked == c.keep {
			t.Errorf("%s -> %s", c.line, out)
		}
	}
}

// A messaging API's sender is a business unless its role says a buyer:
// the same object with "role":"buyer" holds a person's name.
func TestSenderWithABuyersRole(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct {
		in, name string
		keep     bool
	}{
		{`{"sender":{"role":"buyer","name":"Lorenzo de Luca"},"content":"ciao"}`, "Lorenzo", false},
		{`payload="{\"sender\":{\"type\":\"customer\",\"name\":\"Paloma Castellanos\"}}"`, "Paloma", false},
		{`{"sender":{"role":"seller","name":"Ninja Van"}}`, "Ninja Van", true},
		{`{"sender":{"name":"Correios","postCode":"01310-100"}}`, "Correios", true},
	} {
		out := r.String(c.in)
		if strings.Contains(out, c.name) != c.keep {
			t.Errorf("%s -> %s", c.in, out)
		}
	}
}

// Who used a card or placed, bought or received an order is named after
// "by"; a method, a carrier or a system after it stays.
func TestNameAfterUsedBy(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct {
		in, name string
		keep     bool
	}{
		{"card [REDACTED:card] (visa, exp 03/32) used by 小林 颯太 from 52.199.60.133", "颯太", false},
		{"order 112-2598589-4864884 paid with card by Ana Clara Bezerra", "Bezerra", false},
		{"parcel received by Themba Nkosi at the door", "Nkosi", false},
		{"order placed by API client v2", "API", true},
		{"parcel received by DHL Express", "DHL Express", true},
		{"coupon used by 3 customers", "3 customers", true},
	} {
		out := r.String(c.in)
		if strings.Contains(out, c.name) != c.keep {
			t.Errorf("%s -> %s", c.in, out)
		}
	}
}

// An account's holder in brackets after the account is a name; a card's
// brand or an account's type there stays. All values are made up.
func TestHolderInBracketsAfterAnAccount(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct {
		in, name string
		keep     bool
	}{
		{"SEPA credit transfer received from IBAN DE89370400440532013000 (Kulkarni, Kavitha), remittance INV-2026-1", "Kulkarni", false},
		{"payout to GB29NWBK60161331926819 (María José Ortega) queued", "Ortega", false},
		{"charge on 4111 1111 1111 1111 (Visa Debit) declined", "Visa Debit", true},
		{"refund to DE89370400440532013000 (Business Account) sent", "Business Account", true},
		{"card 4111111111111111 (visa, exp 03/32) used", "exp 03/32", true},
	} {
		out := r.String(c.in)
		if strings.Contains(out, c.name) != c.keep {
			t.Errorf("%s -> %s", c.in, out)
		}
	}
}

// Timed lines of a log's components are no conversation: with no turn of
// the shop's side (an agent, a bot, support), no label is a speaker.
func TestComponentLogIsNoTranscript(t *testing.T) {
	r := newDefault(t)
	in := "[10:00:01] Kafka Consumer: lag 5\n[10:00:02] Order Worker: idle\n[10:00:03] INFO: done"
	if out := r.String(in); out != in {
		t.Errorf("changed %q into %q", in, out)
	}
}
