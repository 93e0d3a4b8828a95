package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// digitShape hides a value's digits for a failure's message: the test
// data are made up, but a log of them should not teach anyone to print
// PII in full.
func digitShape(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '9'
		}
		return r
	}, s)
}

// madeUpCard returns a Luhn-valid number of length n under prefix.
func madeUpCard(rng *rand.Rand, prefix string, n int) string {
	var b strings.Builder
	b.WriteString(prefix)
	for b.Len() < n-1 {
		b.WriteByte(byte('0' + rng.IntN(10)))
	}
	return luhnComplete(b.String())
}

// A card number that a line break cuts (pdftotext, a wrapped column, a
// JSON string holding such text) is read across the break when the joined
// digits are a card and the text names a card or the groups are a card's.
func TestSplitCardAcrossLineBreak(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(15, 1))
	for range 40 {
		v := madeUpCard(rng, "4", 16)
		m := madeUpCard(rng, "52", 16)
		a := madeUpCard(rng, "37", 15)
		u := madeUpCard(rng, "62", 19)
		g := func(d string) string { return d[:4] + " " + d[4:8] + " " + d[8:12] + " " + d[12:] }
		for _, c := range []struct{ in, digits string }{
			{"Chargeback evidence, card " + g(v)[:9] + "\n " + g(v)[9:] + " holder Jane\nRoe amount MX$ 94.00", v},
			{"card " + v[:8] + "\n" + v[8:] + " holder Jane", v},                                             // compact, with the word
			{"Tarjeta: " + g(m)[:14] + "\r\n" + g(m)[15:] + " titular", m},                                   // CRLF
			{`{"message":"Kartennummer ` + g(v)[:9] + `\n` + g(v)[10:] + ` gesperrt"}`, v},                   // escaped in JSON
			{`{"log":"{\"text\":\"card ` + g(m)[:9] + `\\n` + g(m)[10:] + ` ok\"}"}`, m},                     // escaped twice
			{"PAN           " + g(v)[:9] + "\n              " + g(v)[10:] + "\nExpiry 09/29", v},             // a wrapped column, no word
			{v[:4] + "-" + v[4:8] + "-\n" + v[8:12] + "-" + v[12:] + " refunded", v},                         // a hyphen before the wrap
			{"carte " + v[:4] + "-" + v[4:7] + "\n" + v[7:8] + "-" + v[8:12] + "-" + v[12:] + " refusée", v}, // the break inside a group
			{"Amex " + a[:4] + " " + a[4:8] + "\n" + a[8:10] + " " + a[10:] + " on file", a},                 // 4-6-5 cut inside the 6
			{"カード番号 " + g(u)[:14] + "\n" + g(u)[15:] + " 決済", u},                                             // nineteen digits
		} {
			out := r.String(c.in)
			if strings.Contains(onlyDigitsOf(out), c.digits) || strings.Contains(onlyDigitsOf(out), c.digits[6:14]) {
				t.Fatalf("split card kept:\n in: %q\nout: %q", digitShape(c.in), digitShape(out))
			}
			if !strings.Contains(out, "[REDACTED:card]") {
				t.Fatalf("split card not masked as a card:\n in: %q\nout: %q", digitShape(c.in), digitShape(out))
			}
		}
	}
}

// onlyDigitsOf keeps the digits of s, as a reader who joins lines would.
func onlyDigitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// Numbers on adjacent lines that are no card stay: ids, amounts, dates,
// phones, a compact pair with no card word, halves glued to an id or an
// order's "#", and joined digits that fail Luhn or the issuer's length.
func TestSplitCardLookAlikesKept(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(15, 2))
	for range 40 {
		v := madeUpCard(rng, "4", 16)
		bad := v[:15] + string('0'+(v[15]-'0'+1)%10) // Luhn fails
		for _, in := range []string{
			"order " + v[:8] + "\n" + v[8:] + " shipped",                           // compact, no card word: two ids
			"ids:\n" + v[:8] + "\n" + v[8:] + "\n",                                 // a column of ids
			"card " + bad[:4] + " " + bad[4:8] + "\n" + bad[8:12] + " " + bad[12:], // not Luhn
			"SKU-" + v[:4] + " " + v[4:8] + "\n" + v[8:12] + " " + v[12:] + " x2",  // glued to an id
			"order #" + v[:4] + " " + v[4:8] + "\n" + v[8:12] + " " + v[12:],       // an order's number
			"total " + v[:4] + " " + v[4:8] + "\n" + v[8:12] + " " + v[12:15] + ".50 EUR",
			"Balance brought forward 1 234.56\nClosing balance 2 345.67",
			"period 2026-01\n-05 to 2026-02-05",
			"tel 9123 4567\n8123 4567",
			"card ending 4242\n2026-09-01 renewal", // a card's last four, then a date
		} {
			out := r.String(in)
			if strings.Contains(out, "[REDACTED:card]") {
				t.Fatalf("look-alike masked as a card:\n in: %q\nout: %q", digitShape(in), digitShape(out))
			}
		}
	}
}

// The break and the groups are read by small helpers: a raw or escaped
// break's start, and the groups' shape across it.
func TestSplitCardHelpers(t *testing.T) {
	for _, c := range []struct {
		s    string
		p, a int
	}{
		{`ab\ncd`, 2, 2}, {`ab\\ncd`, 3, 2}, {`ab\r\ncd`, 4, 2}, {`ab\\r\\ncd`, 6, 2},
	} {
		if got := escapedBreakStart(c.s, c.p); got != c.a {
			t.Errorf("escapedBreakStart(%q, %d) = %d, want %d", c.s, c.p, got, c.a)
		}
	}
	for _, c := range []struct {
		left, right []int // left last group first
		hyphen      bool
		want        bool
	}{
		{[]int{4, 4}, []int{4, 4}, false, true},
		{[]int{4}, []int{6, 5}, false, true},
		{[]int{3, 4}, []int{1, 4, 4}, false, true},
		{[]int{3, 4}, []int{1, 4, 4}, true, false},
		{[]int{8}, []int{8}, false, false},
		{[]int{2, 3}, []int{3, 4}, false, false},
	} {
		if got := splitGroupsCardShaped(c.left, c.right, c.hyphen); got != c.want {
			t.Errorf("splitGroupsCardShaped(%v, %v, %v) = %v", c.left, c.right, c.hyphen, got)
		}
	}
}

// National numbers with the area or operator code in brackets after the
// trunk prefix and a space before the subscriber's number are phones in
// any syntax; calls, versions, amounts and short groups are not.
func TestParenSpacedNationalPhones(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, digits string }{
		{"telefon 0(589) 327 80 78, order 630987101941798", "3278078"},
		{"caller=0(553) 780 64 71 menu=2", "7806471"},
		{`{"phone":"0(572) 447 07 82","x":1}`, "4470782"},
		{`{"msg":"edit phone 0(511) 611 87 14\nbreadcrumb: save"}`, "6118714"},
		{"телефон 8(912) 345-67-89 спасибо", "3456789"},
		{"тел. 0(93) 707 88 74", "7078874"},
		{"Tel: 0(532) 1234567", "1234567"},
		{"contact_phone=0%28531%29+672+72+03&category=Kayak", "6727203"},
	} {
		out := r.String(c.in)
		if strings.Contains(onlyDigitsOf(out), c.digits) {
			t.Errorf("phone kept:\n in: %q\nout: %q", digitShape(c.in), digitShape(out))
		}
	}
	for _, in := range []string{
		"fn(0) 123 45 67",
		"f0(12) 345 67 89",
		"version 1(2) 3 4 5",
		"sum 0(12) 34 56 7 items",
		"matrix 0(123) 456 78 90 12 34", // too many groups
		"price $0(12) 345 678",
		"rows 0(5) 12 ok",
	} {
		if out := r.String(in); strings.Contains(out, "[REDACTED:phone]") {
			t.Errorf("look-alike masked as a phone:\n in: %q\nout: %q", in, out)
		}
	}
}

// A phone's change written with words: the national number across "to"
// (or "from") from a phone is the same field's value.
func TestChangedPhoneWithWords(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, digits string }{
		{"member 02846429 profile updated: phone changed from +393988175359 to 348 6731394 via app 3.26.5", "6731394"},
		{"phone changed from +48512345678 to 7123456789", "7123456789"},
		{`mobile changed from "+6591234567" to "81234567"`, "81234567"},
		{"Telefon geändert von +4915112345678 auf 1511234567", "1511234567"},
		{"teléfono cambiado de +34612345678 a 712 345 678", "712345678"},
		{"numéro modifié de +33612345678 à 712 34 56 78", "712345678"},
		{"телефон изменён с +79123456789 на 912 345 6789", "9123456789"},
		{"nomor diubah dari +6281234567890 menjadi 81234567891", "81234567891"},
		{"phone changed from 348 6731394 to +393486731394", "3486731394"}, // the old side bare
		{"member 25224394 profile updated: phone changed from 0159 77831684 to (+49) 175/0092314 via app 9.18.1", "1750092314"},
	} {
		out := r.String(c.in)
		if strings.Contains(onlyDigitsOf(out), c.digits) {
			t.Errorf("changed phone kept:\n in: %q\nout: %q", digitShape(c.in), digitShape(out))
		}
	}
	for _, c := range []struct{ in, keep string }{
		{"sms from +393988175359 to 3 recipients", "3 recipients"},
		{"phone changed from +393988175359 to 2026-01-05", "2026-01-05"},
		{"forwarded from +393988175359 to order 12345678", "12345678"},
		{"moved from +393988175359 to SKU-1234567", "SKU-1234567"},
		{"balance changed from 1234567.50 to 2345678.00", "1234567.50"}, // no phone on either side
		{"phone changed from +393988175359 to 12.345.678,90", "12.345.678,90"},
		{"phone +393988175359 to 3486731394", "3486731394"}, // no change's "from"
	} {
		if out := r.String(c.in); !strings.Contains(out, c.keep) {
			t.Errorf("look-alike masked:\n in: %q\nout: %q", digitShape(c.in), digitShape(out))
		}
	}
}

// A phone or card that opens a line of text held in a JSON string (after
// an escaped "\n", once or twice) is read as at the start of a raw line;
// ids, dates, times and line numbers there stay.
func TestEscapedLineOpensWithNumber(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(15, 3))
	v := madeUpCard(rng, "4", 16)
	for _, c := range []struct{ in, digits string }{
		{`{"body":"Thanks.\n-- \nJane Roe\n+60165762514"}`, "0165762514"},
		{`{"message":"{\"body\":\"Danke\\n-- \\nJane Roe\\n+49-151-96230448\",\"order_sn\":\"261103TFJZXRK3\"}"}`, "15196230448"},
		{`{"body":"Bedankt\n-- \nJane Roe\n+31 6 48932449"}`, "648932449"},
		{`{"body":"Thanks\n-- \nJane Roe\n020 7946 0018"}`, "79460018"},
		{`{"note":"paid with\n` + v[:4] + " " + v[4:8] + " " + v[8:12] + " " + v[12:] + `\nthanks"}`, v[4:12]},
		{`{"row":"id\tphone\r\n17\t+447700900123"}`, "7700900123"},
	} {
		out := r.String(c.in)
		if strings.Contains(onlyDigitsOf(out), c.digits) {
			t.Errorf("number after an escaped break kept:\n in: %q\nout: %q", digitShape(c.in), digitShape(out))
		}
	}
	for _, c := range []struct{ in, keep string }{
		{`{"trace":"panic: boom\n2026-01-05 12:00:01 main.go:42\nexit"}`, "2026-01-05 12:00:01"},
		{`{"body":"Order\n2601017ABCDEF shipped"}`, "2601017ABCDEF"},
		{`{"log":"line\n42 items\n3.26.5"}`, "3.26.5"},
		{`{"body":"Invoice\nINV-2026-000123\n1234.56 EUR"}`, "1234.56 EUR"},
		{`{"body":"Tracking\n1Z999AA10123456784"}`, "1Z999AA10123456784"},
	} {
		if out := r.String(c.in); !strings.Contains(out, c.keep) {
			t.Errorf("look-alike masked:\n in: %q\nout: %q", c.in, out)
		}
	}
}

// A phone whose slash JSON escaped twice ("0173\\/7476685") is read as
// with the slash; dates and paths with such slashes stay.
func TestTwiceEscapedSlashPhone(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, digits string }{
		{`lazada push {"data":"{\"buyer_name\":\"Jane Roe\",\"phone\":\"0173\\/7476685\",\"trade_order_id\":\"885486280121051\"}"}`, "7476685"},
		{`{"data":"{\"tel\":\"06 20\\\/073 5638\"}"}`, "0735638"},
	} {
		out := r.String(c.in)
		if strings.Contains(onlyDigitsOf(out), c.digits) {
			t.Errorf("phone kept:\n in: %q\nout: %q", digitShape(c.in), digitShape(out))
		}
	}
	for _, in := range []string{
		`{"data":"{\"date\":\"05\\/01\\/2026\",\"size\":\"1\\/2\"}"}`,
		`{"data":"{\"path\":\"\\/orders\\/2601017\\/items\"}"}`,
	} {
		if out := r.String(in); strings.Contains(out, "[REDACTED:phone]") {
			t.Errorf("look-alike masked:\n in: %q\nout: %q", in, out)
		}
	}
}

// The readers of this file stop at the text's end wherever it falls.
func TestCards15TextEnds(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`x\n1`, `x\n+`, `x\n(`, `x\n`, `\n`, "card 4111\n", "card 4111 1111\n ", "0(", "0(532)", "0(532) ", "from +393988175359 to", "from +393988175359 to ", `12\\/`, `12\\/3`} {
		_ = r.String(s) // must not panic
	}
}

// "cp" (cellphone) phrases of Filipino buyers put the number after them,
// "po" included, in a phone's context; "po" alone stays a purchase
// order's word and "cp" alone a command.
func TestFilipinoCellphonePhrases(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, digits string }{
		{"wala pa po yung order ko. cp number ko po 0927 114 4096\n[13:49] Agent", "1144096"},
		{`{"text":"paki-update po. cp number ko po 0917 372 1678","order_sn":"261015UZFG9KCU"}`, "3721678"},
		{"CP no. 0917 372 1678 salamat", "3721678"},
		{"cp# 0998 996 6615", "9966615"},
		{"cellphone number ko 0918 123 4567", "1234567"},
	} {
		out := r.String(c.in)
		if strings.Contains(onlyDigitsOf(out), c.digits) {
			t.Errorf("phone kept:\n in: %q\nout: %q", digitShape(c.in), digitShape(out))
		}
	}
	for _, c := range []struct{ in, keep string }{
		{"po 4500012345 approved", "4500012345"}, // a purchase order
		{"cp number 2 of 3 done", "2 of 3"},
		{"cp -r build/ 2026-01-05", "2026-01-05"},
	} {
		if out := r.String(c.in); !strings.Contains(out, c.keep) {
			t.Errorf("look-alike masked:\n in: %q\nout: %q", c.in, out)
		}
	}
}
