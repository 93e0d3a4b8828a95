package redact

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Test data for the classes of ids_dashed.go and prose_secrets.go:
// made-up people and numbers drawn from a seeded generator.

// t12Event redacts one NDJSON line as an event and returns it re-encoded.
func t12Event(t *testing.T, r *Redactor, line string) string {
	t.Helper()
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(line), &ev); err != nil {
		t.Fatalf("decode %q: %v", line, err)
	}
	r.Event(&ev)
	return string(ev.JSON())
}

// t12Dashed draws digit groups of the given lengths joined by dashes.
func t12Dashed(rng *rand.Rand, lens ...int) string {
	s := ""
	for i, n := range lens {
		if i > 0 {
			s += "-"
		}
		s += e11Digits(rng, n)
	}
	return s
}

// An order number in dashed digit groups under an order's or an id's key
// stays, in an event's field, an INSERT's id column and a positional
// argument list; a phone under a phone key, a card in dashed groups under
// an id key and a phone in an INSERT's phone column are still masked.
func TestDashedOrderIDsKept(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(12, 1))
	for range 200 {
		id := "0" + t12Dashed(rng, 1, 5, 5)
		id2 := t12Dashed(rng, 3, 7, 7)
		key := []string{"order_id", "order.id", "OrderId", "parcelID", "orderNumber"}[rng.IntN(5)]
		line := fmt.Sprintf(`{"@timestamp":"2026-11-02T10:00:00Z","message":"synced","%s":"%s","ref_id":"%s","customer":{"phone":"0%s"}}`,
			key, id, id2, t12Dashed(rng, 2, 4, 4))
		out := t12Event(t, r, line)
		mustKeep(t, out, id, id2)
		mustMask(t, out, "customer.phone\":\"0")

		mob := "0" + t12Dashed(rng, 3, 3, 4)
		ins := fmt.Sprintf("LOG:  statement: INSERT INTO orders (order_id, buyer, mobile) VALUES ('%s', '%s', '%s')",
			id, e11Name(rng), mob)
		out = r.String(ins)
		mustKeep(t, out, "'"+id+"'")
		mustMask(t, out, mob)

		eb := t12Dashed(rng, 2, 5, 5)
		out = r.String(fmt.Sprintf("createShipment(%s, %s, buyer@example.com)", eb, e11Name(rng)))
		mustKeep(t, out, "("+eb+",")
	}
	// a card written in dashed groups under an id's key is still a card
	out := t12Event(t, r, `{"@timestamp":"2026-11-02T10:00:00Z","message":"x","payment_id":"4111-1111-1111-1111"}`)
	mustMask(t, out, "4111-1111-1111-1111")
}

// The shapes themselves.
func TestDashedIDShapes(t *testing.T) {
	for _, v := range []string{"12-34567-89012", "123-1234567-1234567", "2026-000123-77"} {
		if !dashedIDValue(v) {
			t.Errorf("dashedIDValue(%q) = false", v)
		}
	}
	for _, v := range []string{"+44-20-7946-0000", "12--345678", "1234567", "ab-12345-67890", "12-34567-"} {
		if dashedIDValue(v) {
			t.Errorf("dashedIDValue(%q) = true", v)
		}
	}
	for _, p := range []string{"order_id", "a.OrderId", "parcelID", "ids", "order_ids", "orderNumber"} {
		if !idSegment(p) && !orderPath(p) {
			t.Errorf("%q is no id path", p)
		}
	}
	for _, p := range []string{"paid", "android", "void", "customer.phone"} {
		if idSegment(p) {
			t.Errorf("idSegment(%q) = true", p)
		}
	}
	if !ebayOrderShaped("01-23456-78901") || ebayOrderShaped("012-3456-78901") || ebayOrderShaped("01 23456 78901") {
		t.Error("ebayOrderShaped")
	}
}

// t12Secret draws a random secret of n bytes from the alphabet.
func t12Secret(rng *rand.Rand, n int, alphabet string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[rng.IntN(len(alphabet))]
	}
	return string(b)
}

// A secret logged in a sentence after its own identifier ("rotating
// partner_key (old value …)", "x-webhook-secret set to …") is masked; a
// setting that is no credential, a credential set to a word and an id
// after a non-secret key stay.
func TestProseSecretAfterItsKey(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(12, 2))
	const hex = "0123456789abcdef"
	const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	keys := []string{"partner_key", "appSecret", "client_secret", "x-webhook-secret", "signing_secret", "api_secret"}
	forms := []string{"rotating %s (old value %s) | next", "%s set to %s. done", "%s rotated to %s; ok", "%s (was %s)", "%s changed to %s"}
	for range 200 {
		var sec string
		switch rng.IntN(3) {
		case 0:
			sec = t12Secret(rng, 32, hex)
		case 1:
			sec = t12Secret(rng, 40, b64) + "="
		default:
			sec = "whsec_" + t12Secret(rng, 28, b64[:62])
		}
		line := fmt.Sprintf(forms[rng.IntN(len(forms))], keys[rng.IntN(len(keys))], sec)
		mustMask(t, r.String(line), sec[len(sec)-12:])
		trace := t12Secret(rng, 32, hex)
		keep := fmt.Sprintf("timeout set to %ds, trace_id set to %s, status changed to delivered", 1+rng.IntN(90), trace)
		mustKeep(t, r.String(keep), trace, "delivered")
	}
}

// PostgreSQL's "DETAIL:  parameters: $1 = '…', …" without its statement:
// in a list that holds other PII, a name-shaped item is a name and a
// key-shaped item a credential; order codes, UUIDs and numbers stay, and a
// list without other PII keeps its items.
func TestPGParameterListOfARecord(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(12, 3))
	const hex = "0123456789abcdef"
	const b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	for range 200 {
		name := e11Name(rng)
		sec := t12Secret(rng, 32+8*rng.IntN(2), hex)
		seed := t12Secret(rng, 32, b32)
		if countDigits(seed) == 0 {
			seed = seed[:31] + "7"
		}
		code := "OD" + e11Digits(rng, 18)
		u := fmt.Sprintf("%s-%s-4%s-a%s-%s", t12Secret(rng, 8, hex), t12Secret(rng, 4, hex), t12Secret(rng, 3, hex), t12Secret(rng, 3, hex), t12Secret(rng, 12, hex))
		line := fmt.Sprintf("ERROR:  duplicate key value violates unique constraint \"customers_pkey\"\nDETAIL:  parameters: $1 = '%s', $2 = 'buyer%d@example.com', $3 = '%s', $4 = '%s', $5 = '%s', $6 = '%s', $7 = NULL",
			code, rng.IntN(1000), name, sec, seed, u)
		out := r.String(line)
		mustMask(t, out, name, sec, seed)
		mustKeep(t, out, code, u, "$7 = NULL")

		plain := fmt.Sprintf("DETAIL:  parameters: $1 = 'Blue Widget', $2 = '%s', $3 = '%s'", code, sec)
		mustKeep(t, r.String(plain), "Blue Widget", sec)
	}
}

// A header-less delimited row that holds other PII: a key-shaped cell is
// a credential; ids, amounts, a hex trace id and a row without other PII
// stay.
func TestHeaderlessRowCells(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(12, 4))
	const hex = "0123456789abcdef"
	const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	const b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	for range 200 {
		seed := t12Secret(rng, 31, b32) + "3"
		key := t12Secret(rng, 39, b64) + "="
		trace := t12Secret(rng, 32, hex)
		order := t12Dashed(rng, 3, 7, 7)
		amt := fmt.Sprintf("%d.%02d EUR", rng.IntN(9000), rng.IntN(100))
		sep := []string{"\t", ";", "|"}[rng.IntN(3)]
		row := fmt.Sprintf("export batch %d row %d: %s%sbuyer%d@example.com%s%s%s%s%s%s", rng.IntN(1000), rng.IntN(5000),
			order, sep, rng.IntN(100), sep, trace, sep, seed, sep, amt)
		out := r.String(row)
		mustMask(t, out, seed)
		mustKeep(t, out, order, amt, trace)

		quoted := fmt.Sprintf("row %d: \"%s\";\"%s\";\"buyer%d@example.com\";\"%s\"", rng.IntN(5000), order, key, rng.IntN(100), amt)
		out = r.String(quoted)
		mustMask(t, out, key[:20])
		mustKeep(t, out, order)

		plain := fmt.Sprintf("row %d: %s%sBlue Widget%s%s%s%s", rng.IntN(5000), order, sep, sep, seed, sep, amt)
		mustKeep(t, r.String(plain), "Blue Widget", seed)
	}
}

// A Luhn-valid digit run with a card issuer's prefix right after a
// tracking word or key is the parcel's number; the same digits after a
// card's word, or with no label, are still a card.
func TestTrackingNumberNotCard(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(12, 5))
	for range 200 {
		num := t12Luhn("4" + e11Digits(rng, 14))
		if !validCard(num, true) {
			continue
		}
		form := []string{"tracking %s status IN_TRANSIT", "template=order_shipped tracking=%s amount=1", "Order shipped\nTracking: %s", `{"tracking_number":"%s"}`, "waybill %s created"}[rng.IntN(5)]
		mustKeep(t, r.String(fmt.Sprintf(form, num)), num)
		mustMask(t, r.String("card "+num+" declined"), num)
		mustMask(t, r.String("tracking 1Z999 card="+num), num)
	}
}

// t12Luhn appends the Luhn check digit to body.
func t12Luhn(body string) string {
	sum := 0
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if (len(body)-i)%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return body + string(byte('0'+(10-sum%10)%10))
}

// Digits whose last group opens an e-mail's local part in another script
// ("… 00ʯ@…") read the same before and after the address is masked; a
// Chinese sentence glued to a phone and then an ASCII address keeps the
// phone masked.
func TestDigitsBeforeNonASCIILocalPart(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{"10 0000 0000 00ʯ@0.AA", "call 0412 345 678 12é@example.com", "电话13812345678联系abc@example.com"} {
		once := r.String(s)
		if twice := r.String(once); twice != once {
			t.Fatalf("not idempotent:\n in    %q\n once  %q\n twice %q", s, once, twice)
		}
	}
	mustMask(t, r.String("电话13812345678联系abc@example.com"), "13812345678", "abc@")
}
