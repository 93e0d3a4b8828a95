package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// Access codes and secrets where people and machines write them in text:
// SMS bodies and notes, call transcripts, label printer jobs. Every value
// is generated; names, streets and numbers are made up.

// codeText20Digits returns n random digits that do not start with 0.
func codeText20Digits(rng *rand.Rand, n int) string {
	var sb strings.Builder
	sb.WriteByte(byte('1' + rng.IntN(9)))
	for sb.Len() < n {
		sb.WriteByte(byte('0' + rng.IntN(10)))
	}
	return sb.String()
}

// Class: 4 to 8 digits after (or, linked by a copula or a bracket, before)
// a word for "code" that an access word qualifies — what the code releases
// or opens — in the buyers' languages and word orders.
func TestCodeText20AccessPhrase(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(20, 1))
	for _, tmpl := range []string{
		"Parcel JT0000000000000 is ready. Your pickup code: %s. Valid for 72 hours.",
		"locker FAKE01X-07 assigned, collection code %s, questions? reply HELP",
		"Ihr Paket liegt bereit (Abholcode %s), Fach 12",
		"Votre colis est disponible, code de retrait %s, point FAKE-01",
		"Tu pedido llegó. Código de recogida: %s. Horario 9-21h",
		"codice di ritiro %s per il pacco TRK000000",
		"Uw pakket ligt klaar, afhaalcode %s",
		"Kód pro vyzvednutí: %s, výdejní místo FAKE-2",
		"Csomagját átveheti, átvételi kód %s",
		"Kargonuz hazır, teslim kodu %s",
		"Paket siap diambil, kode ambil %s",
		"Đơn hàng đã đến tủ, mã nhận hàng của bạn là %s",
		"Ваша посилка чекає, код отримання %s",
		"طردك جاهز، رمز الاستلام %s",
		"您的快递已到柜，取件码%s，请及时领取",
		"荷物が届きました。受取コード %s",
		"택배가 도착했습니다. 수령 코드 %s",
		"พัสดุของคุณพร้อมแล้ว รหัสรับพัสดุ %s",
		"Το δέμα σας έφτασε, κωδικός παραλαβής %s",
		"Your delivery code is %s. Share it with the driver only.",
		"%s is your locker code for parcel JT0000000000000",
		"Use code %s to open the locker at Fake Street station",
		"note: leave at door (door code %s)",
	} {
		code := codeText20Digits(rng, 4+rng.IntN(5))
		chat18Check(t, r, fmt.Sprintf(tmpl, code), code)
	}
	// look-alikes: numbers beside those phrases that are no access code —
	// a pickup point's or a locker's number, a postcode, a tracking
	// number, an item code, counts, times, dates — stay.
	chat18Keep(t, r,
		"pickup point code 40417 opened at 08:00",
		"pickup code for locker 2231 was sent to the buyer",
		"locker 4412 pickup code sent, valid for 48 hours, 3 parcels",
		"postal code 40417, tracking code 12345678",
		"Abholnummer 55120031 für Sendung 00340434161094042557",
		"mã hàng 12345 đã hết",
		"delivery zone code 4410",
		"pickup scheduled 2026-07-18 14:30, collection window 0900-1300",
		"order 40417788 delivery code DAP, incoterm",
		"gateway code 5031 returned by carrier",
		"journal entry code 4001 posted to ledger 7710",
	)
}

// Class: in a call transcript, a question for a PIN or an access code
// ("can you confirm the pod pin?", "the pickup code?") takes the digits
// of the other side's next turn; "pin code" (India's postcode) does not.
func TestCodeText20TranscriptPin(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(20, 2))
	for _, q := range []string{"can you confirm the pod pin?", "what's the rma pin?", "and the pickup code?",
		"el código de retiro?"} {
		code := codeText20Digits(rng, 4+rng.IntN(4))
		in := "[00:00:10] Agent: thank you for calling\n[00:00:14] Agent: " + q + "\n[00:00:19] Caller: it is " + code +
			"\n[00:00:25] Agent: thanks"
		chat18Check(t, r, in, code)
	}
	for _, c := range []struct{ in, keep string }{
		{"[00:00:10] Agent: what is the pin code?\n[00:00:14] Caller: it is 560001\n[00:00:20] Agent: thanks", "560001"},
		{"[00:00:10] Agent: and the pickup point code?\n[00:00:14] Caller: 4711\n[00:00:20] Agent: thanks", "4711"},
	} {
		if got := r.String(c.in); !strings.Contains(got, c.keep) {
			t.Errorf("look-alike %q damaged:\n in:  %s\n out: %s", c.keep, c.in, got)
		}
	}
}

// Class: on a recipient's label (ZPL), a text field that is one token
// shaped as a password, a random key or an authorization scheme and its
// token is a credential; the label's ids, SKUs, zones and versions stay.
func TestCodeText20ZPLSecretField(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(20, 3))
	const letters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
	key := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		// both cases and digits, as a generated key has
		b[0], b[1], b[2] = 'Q', 'x', '7'
		return string(b)
	}
	for _, secret := range []string{
		"marmoset_" + codeText20Digits(rng, 3) + "!",
		"Quince.Lantern" + codeText20Digits(rng, 2),
		"KPwzRb#tQmyXe",
		key(32),
		key(40),
	} {
		in := "^XA^CI28^FO40,40^A0N,28,28^FDFakename Testperson^FS^FO40,76^A0N,28,28^FDfake.person@example.com^FS" +
			"^FO40,112^A0N,28,28^FD" + secret + "^FS^FO40,148^A0N,28,28^FDPO-XX-0000000^FS^FO40,184^A0N,28,28^FDv3.29.4^FS^XZ"
		chat18Check(t, r, in, secret)
	}
	tok := key(40)
	in := "^XA^CI28^FO40,40^A0N,28,28^FDDC Fake Hub^FS^FO40,76^A0N,28,28^FDBearer " + tok + "^FS^FO40,112^A0N,28,28^FDZ-01-A^FS^XZ"
	chat18Check(t, r, in, tok)
	chat18Keep(t, r,
		"^XA^CI28^FO40,40^A0N,28,28^FD[REDACTED:name]^FS^FO40,76^A0N,28,28^FD[REDACTED:address]^FS"+
			"^FO40,112^A0N,28,28^FDLHW-2085-RED^FS^FO40,148^A0N,28,28^FDPAL580641488^FS^FO40,184^A0N,28,28^FDV-13-09-P^FS"+
			"^FO40,220^A0N,28,28^FD82R4+MQ^FS^FO40,256^A0N,28,28^FDv1.1.0^FS^FO40,292^A0N,28,28^FD1ZEISU6U4477026629^FS"+
			"^FO40,328^A0N,28,28^FDBratislava Hub 2^FS^FO40,340^A0N,28,28^FDZebra-ZD420/4.2^FS^FO40,364^BCN,80,Y,N,N^FDJT0507316559636^FS^XZ",
	)
}

// Class: text laid out in columns (OCR, pdftotext -layout): under a line
// of labels, the value that starts in the column of a credential's label
// ("Broker password", "Client secret") is a credential; the values under
// other labels ("Password policy", "Mrn") stay.
func TestCodeText20ColumnSecret(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(20, 4))
	for _, secret := range []string{"Lantern.Quince" + codeText20Digits(rng, 2), "tapir_" + codeText20Digits(rng, 3) + "#",
		"Qx7" + codeText20Digits(rng, 6) + "fAkEkEyVaLuE"} {
		in := fmt.Sprintf("%-26s%-24s%s\n%-26s%-24s%s\n%-14s%s\n%-14s%s",
			"Broker user", "Broker password", "Mrn", "fake.user@example.com", secret, "26NLFAKEFAKEFAKE001",
			"Hs code", "Password policy", "7708.09.56", "min12-upper-digit")
		got := r.String(in)
		if strings.Contains(got, secret) {
			t.Errorf("kept %q:\n in:  %s\n out: %s", secret, in, got)
		}
		for _, keep := range []string{"26NLFAKEFAKEFAKE001", "min12-upper-digit", "7708.09.56"} {
			if !strings.Contains(got, keep) {
				t.Errorf("damaged %q:\n in:  %s\n out: %s", keep, in, got)
			}
		}
	}
	codeText20ColumnTabs(t)
}

// codeText20ColumnTabs checks look-alikes of TestCodeText20ColumnSecret:
// in a tab-separated table the columns are cells, not positions: an epoch
// time and a tracking number beside a password's column stay.
func codeText20ColumnTabs(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(20, 5))
	epoch, track := "17"+codeText20Digits(rng, 8), codeText20Digits(rng, 10)
	secret := "Tango" + codeText20Digits(rng, 2) + "!x"
	in := "Pack Id\tTracking Number\tGit Sha\tIat\tContraseña\tStripe Api Key\n4111111111111112\t" + track + "\t4fe1a2b\t" +
		epoch + "\t" + secret + "\tsk_live_FAKEfakeFAKEfake00FAKEfake\n"
	got := r.String(in)
	for _, keep := range []string{epoch, track, "4fe1a2b"} {
		if !strings.Contains(got, keep) {
			t.Errorf("damaged %q:\n in:  %s\n out: %s", keep, in, got)
		}
	}
	if strings.Contains(got, secret) {
		t.Errorf("kept %q:\n in:  %s\n out: %s", secret, in, got)
	}
}

// Class: in a call transcript, the word for "plus" said before digits read
// one by one (8 to 15 of them, the first not 0) is a phone's '+'; a sum
// said with "plus" ("plus 3 parcels") and a number in one piece stay.
func TestCodeText20SpokenPlus(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(20, 6))
	for _, word := range []string{"plus", "Plus", "più", "плюс", "artı"} {
		d := codeText20Digits(rng, 9+rng.IntN(5))
		spoken := strings.Join(strings.Split(d, ""), " ")
		in := "[00:00:40] Agent: which number should we text?\n[00:00:46] Caller: uh, " + word + " " + spoken + "\n[00:00:59] Agent: thanks"
		chat18Check(t, r, in, spoken[len(spoken)-7:])
	}
	for _, c := range []struct{ in, keep string }{
		{"[00:00:40] Agent: anything else?\n[00:00:46] Customer: plus 3 parcels and 2 boxes\n[00:00:59] Agent: thanks", "plus 3 parcels and 2 boxes"},
		{"[00:00:40] Agent: total?\n[00:00:46] Customer: 12 plus 4 5 6, shipped on 2026-07-18\n[00:00:59] Agent: ok", "12 plus 4 5 6, shipped on 2026-07-18"},
		{"[00:00:40] Agent: tracking?\n[00:00:46] Customer: plus 1234567890123 on the box\n[00:00:59] Agent: ok", "plus 1234567890123"},
	} {
		if got := r.String(c.in); !strings.Contains(got, c.keep) {
			t.Errorf("look-alike %q damaged:\n in:  %s\n out: %s", c.keep, c.in, got)
		}
	}
}
