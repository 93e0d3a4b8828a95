package nintheval

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// judgeLines covers every context × locale pair twice.
var judgeLines = 2 * len(contexts) * len(locales)

// TestJudge checks the judge itself: a redactor that changes nothing leaks
// every value and damages nothing; one that replaces exactly the planted
// values leaks nothing and damages nothing; every kind, context and locale
// is present, and the renderings plant the same values.
func TestJudge(t *testing.T) {
	identity := func(_ *event.Decoder, ln *line, ev *event.Event, text string) string {
		if ev != nil {
			return string(ev.JSON())
		}
		return text
	}
	id := judge(defaultSeed, judgeLines, false, identity)
	if id.decodeErrors != 0 || id.unfoundTraps != 0 {
		t.Fatalf("identity: %d decode errors, %d look-alikes not in their background", id.decodeErrors, id.unfoundTraps)
	}
	if id.leaks != id.values || id.values == 0 {
		for k, c := range id.byKind {
			if c.bad != c.n {
				t.Errorf("identity: kind %s: %d of %d values judged leaked, want all", k, c.bad, c.n)
			}
		}
		t.Fatalf("identity redactor: %d of %d values leaked, want all", id.leaks, id.values)
	}
	if id.damaged != 0 {
		t.Fatalf("identity redactor damaged %d look-alikes, want 0", id.damaged)
	}

	oracle := func(dec *event.Decoder, ln *line, ev *event.Event, text string) string {
		if ev != nil {
			s, err := eventJSON(dec, ln.marker)
			if err != nil {
				t.Errorf("marker rendering of a %s line does not decode: %v", ln.ctx.name, err)
			}
			return s
		}
		return ln.marker
	}
	or := judge(defaultSeed, judgeLines, true, oracle)
	if or.leaks != 0 || or.damaged != 0 {
		or.write(t.Logf)
		t.Fatalf("oracle redactor: %d leaks, %d damaged, want 0 and 0", or.leaks, or.damaged)
	}

	// A redactor that also deletes every digit run damages look-alikes.
	greedy := func(dec *event.Decoder, ln *line, ev *event.Event, text string) string {
		s := oracle(dec, ln, ev, text)
		var b strings.Builder
		for _, c := range s {
			if c >= '0' && c <= '9' {
				c = '#'
			}
			b.WriteRune(c)
		}
		return b.String()
	}
	if g := judge(defaultSeed, len(contexts)*len(locales), true, greedy); g.damaged == 0 || g.leaks != 0 {
		t.Fatalf("greedy redactor: %d damaged, %d leaks; want damage and no leaks", g.damaged, g.leaks)
	}

	for _, k := range []string{"email", "phone", "card", "iban", "cn_id", "credential", "name", "address"} {
		if id.byKind[k] == nil {
			t.Errorf("kind %s missing", k)
		}
	}
	for _, c := range contexts {
		if id.byCtx[c.name] == nil || id.trapCtx[c.name] == nil {
			t.Errorf("context %s has no values or no look-alikes", c.name)
		}
	}
	for _, l := range locales {
		if id.byLoc[l.code] == nil {
			t.Errorf("locale %s missing", l.code)
		}
	}
	for _, g := range trapGens {
		if id.trapType[g.typ] == nil {
			t.Errorf("look-alike type %s never planted", g.typ)
		}
	}
	if len(contexts) < 14 || len(locales) < 18 {
		t.Errorf("%d contexts and %d locales, want ≥ 14 and ≥ 18", len(contexts), len(locales))
	}
	for i := 0; i < judgeLines; i += 7 {
		if !renderingsAgree(defaultSeed, i) {
			t.Fatalf("line %d: the PII, background and marker renderings planted different values", i)
		}
	}
}

// TestGenerators checks the check digits of the generated values.
func TestGenerators(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	if !luhnValid("4111111111111111") || luhnValid("4111111111111112") {
		t.Fatal("luhn: known vectors")
	}
	if !ibanValid("DE89370400440532013000") || !ibanValid("GB29 NWBK 6016 1331 9268 19") || ibanValid("DE89370400440532013001") {
		t.Fatal("mod-97: known vectors")
	}
	if cnIDCheck("11010519491231002") != 'X' {
		t.Fatalf("MOD 11-2: 11010519491231002X, got %c", cnIDCheck("11010519491231002"))
	}
	for i := 0; i < 2000; i++ {
		n, is := cardNumber(r)
		if !luhnValid(n) || len(n) != is.length {
			t.Fatalf("card %s (%s) fails Luhn or length", show(n), is.name)
		}
		g := groupCard(r, n, is)
		if asciiDigits(g) != n {
			t.Fatalf("grouping changed the digits of a %s card", is.name)
		}
		for cc := range ibanSpecs {
			iban := ibanFor(r, cc)
			if !ibanValid(iban) || len(iban) != 4+len(ibanSpecs[cc]) {
				t.Fatalf("IBAN %s fails mod-97 or length", show(iban))
			}
		}
		id := cnID(r)
		if len(id) != 18 || cnIDCheck(id[:17]) != id[17] {
			t.Fatalf("resident id %s fails MOD 11-2", show(id))
		}
		if s := epochMsLuhn(r); !luhnValid(s) || len(s) != 13 {
			t.Fatalf("epoch ms %s not Luhn-valid", s)
		}
		e := ean13(r, "40")
		sum := 0
		for j := 0; j < 13; j++ {
			d := int(e[j] - '0')
			if j%2 == 1 {
				d *= 3
			}
			sum += d
		}
		if sum%10 != 0 || len(e) != 13 {
			t.Fatalf("EAN-13 %s check digit", e)
		}
	}
	// per-country IBAN lengths
	for cc, want := range map[string]int{"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "BR": 29, "TR": 26, "AE": 23, "SA": 24, "IL": 23} {
		if got := len(ibanFor(r, cc)); got != want {
			t.Errorf("IBAN %s length %d, want %d", cc, got, want)
		}
	}
}
