package sixtheval

import (
	"math/big"
	"strings"
	"testing"
	"unicode"

	"github.com/vigilops/vigil/event"
)

// TestJudge checks the judge against reference redactors whose results are
// known: the identity leaks every value and damages nothing; the oracle
// (every planted value replaced by a marker) leaks nothing and damages
// nothing; a redactor that wipes every digit leaks no card and damages the
// epoch times. It also checks that every kind, context and locale is present.
func TestJudge(t *testing.T) {
	lines, _ := loadCorpus(t)
	if len(lines) < 15000 {
		t.Fatalf("corpus has %d lines, want ≥ 15,000", len(lines))
	}

	id := judge(lines, identity)
	if id.decodeErrs > 0 {
		t.Fatalf("%d lines do not decode: %s", id.decodeErrs, id.firstDecodeErr)
	}
	if id.values < 20000 {
		t.Errorf("%d PII values, want ≥ 20,000", id.values)
	}
	if id.looks < 2*id.values {
		t.Errorf("%d look-alikes for %d values, want at least twice as many", id.looks, id.values)
	}
	if id.leaked != id.values {
		t.Errorf("identity: %d of %d values leak, want all; not seen leaking:\n%s", id.leaked, id.values, notLeaked(lines))
	}
	if id.invisible != 0 {
		t.Errorf("%d planted look-alikes are not visible in their background", id.invisible)
	}
	if id.damaged != 0 {
		t.Errorf("identity: %d look-alikes damaged, want 0:\n%s", id.damaged, topClasses(id.damageCls, 10))
	}

	sub := lines
	if raceEnabled {
		sub = lines[:5000]
	}
	or := judge(sub, oracle)
	if or.leaked != 0 || or.damaged != 0 {
		t.Errorf("oracle: %d leaked, %d damaged, want 0 and 0:\n%s%s", or.leaked, or.damaged, topClasses(or.leakCls, 10), topClasses(or.damageCls, 10))
	}

	wipe := judge(sub[:4000], func(l *line, dec *event.Decoder) (string, error) {
		s, err := identity(l, dec)
		return strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return 'x'
			}
			return r
		}, s), err
	})
	if k := wipe.kind["card"]; k == nil || k.bad != 0 {
		t.Errorf("digit wiper: cards leak (%+v), want none", k)
	}
	// names written as \uXXXX escapes lose their escapes' digits too
	if k := wipe.kind["name"]; k == nil || k.bad < k.total*9/10 {
		t.Errorf("digit wiper: names %+v, want ≥ 90 %% leaked", k)
	}
	for _, typ := range []string{"epoch_ms", "amazon_order", "ean13"} {
		if d := wipe.lookTyp[typ]; d == nil || d.bad != d.total {
			t.Errorf("digit wiper: %s %+v, want all damaged", typ, d)
		}
	}

	for _, k := range kindWeights {
		if id.kind[k.kind] == nil || id.kind[k.kind].total < 500 {
			t.Errorf("kind %s: %v values, want ≥ 500", k.kind, id.kind[k.kind])
		}
	}
	for _, c := range contexts {
		if id.ctx[c.name] == nil || id.ctx[c.name].total < 300 {
			t.Errorf("context %s: %v values, want ≥ 300", c.name, id.ctx[c.name])
		}
	}
	for _, l := range locales {
		if id.loc[l.code] == nil || id.loc[l.code].total < 300 {
			t.Errorf("locale %s: %v values, want ≥ 300", l.code, id.loc[l.code])
		}
	}
	for _, lt := range lookTypes {
		if id.lookTyp[lt.typ] == nil || id.lookTyp[lt.typ].total < 100 {
			t.Errorf("look-alike %s: %v planted, want ≥ 100", lt.typ, id.lookTyp[lt.typ])
		}
	}
	if len(contexts) < 12 || len(locales) < 15 {
		t.Errorf("%d contexts and %d locales, want ≥ 12 and ≥ 15", len(contexts), len(locales))
	}
}

func notLeaked(lines []*line) string {
	var b strings.Builder
	dec := event.NewDecoder(nil)
	n := 0
	for _, l := range lines {
		o, _ := identity(l, dec)
		bg, _ := background(l, dec)
		ov, bv := viewsOf(o), viewsOf(bg)
		for _, it := range l.items {
			if ok, _ := leaks(it, ov, bv); !ok && n < 10 {
				n++
				b.WriteString("  " + it.kind + " " + it.form + " in " + it.ctx + ": " + shapeMask(it.shown) + "\n")
			}
		}
	}
	return b.String()
}

// TestJudgeViews checks the views undo the encodings the contexts use.
func TestJudgeViews(t *testing.T) {
	for _, c := range []struct{ in, frag string }{
		{`{"a":"{\"b\":\"{\\\"c\\\":\\\"Ąžuolė\\\"}\"}"}`, "ąžuolė"},
		{`name=\u0413\u0438\u043e\u0440\u0433\u0438`, "гиорги"},
		{`q=%D0%93%D0%B8+x%40y`, "ги x@y"},
		{`https:\/\/h\/p?phone=%2B995+599`, "+995 599"},
		{`x [REDACTED:card:****1111] y`, "x \x00 y"},
		{`\ud83d\ude00 ok`, "😀 ok"},
	} {
		v := viewsOf(c.in)
		if !strings.Contains(v.t1, c.frag) && !strings.Contains(v.t2, c.frag) {
			t.Errorf("views of %q = %q / %q, want %q in one", c.in, v.t1, v.t2, c.frag)
		}
	}
	if n := countTok("a 200 2000 x200 200.5", "200"); n != 2 {
		t.Errorf("countTok = %d, want 2", n)
	}
}

// TestGenerators checks the check digits of generated values with
// implementations independent of the generators.
func TestGenerators(t *testing.T) {
	luhn := func(s string) bool {
		sum, alt := 0, false
		for i := len(s) - 1; i >= 0; i-- {
			d := int(s[i] - '0')
			if alt {
				d = d * 2 % 9
				if s[i] == '9' {
					d = 9
				}
			}
			sum += d
			alt = !alt
		}
		return sum%10 == 0
	}
	for _, ok := range []string{"4111111111111111", "79927398713", "378282246310005", "6011111111111117"} {
		if !luhn(ok) {
			t.Fatalf("reference Luhn rejects %s", ok)
		}
	}
	ibanOK := func(s string) bool {
		r := s[4:] + s[:4]
		var digits strings.Builder
		for _, c := range r {
			if c >= 'A' && c <= 'Z' {
				digits.WriteString(big.NewInt(int64(c - 'A' + 10)).String())
			} else {
				digits.WriteRune(c)
			}
		}
		n, ok := new(big.Int).SetString(digits.String(), 10)
		return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
	}
	if !ibanOK("GB82WEST12345698765432") || !ibanOK("BE68539007547034") {
		t.Fatal("reference mod-97 rejects a known IBAN")
	}
	cnOK := func(s string) bool {
		w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
		sum := 0
		for i := 0; i < 17; i++ {
			sum += int(s[i]-'0') * w[i]
		}
		// ISO 7064 MOD 11-2: the check makes the weighted sum ≡ 1 (mod 11), X = 10
		c := 10
		if s[17] != 'X' {
			c = int(s[17] - '0')
		}
		return (sum+c*1)%11 == 1
	}
	if !cnOK("11010519491231002X") {
		t.Fatal("reference MOD 11-2 rejects a known id")
	}
	if got := gtin(nil, "400638133393"); got != "4006381333931" {
		t.Errorf("gtin = %s, want 4006381333931", got)
	}

	// IBAN lengths from the SWIFT IBAN registry, written out independently of
	// the generator's formats.
	ibanLen := map[string]int{"BE": 16, "IS": 26, "LT": 20, "GE": 22, "KZ": 20, "PK": 24, "AZ": 28, "UA": 29, "MD": 24,
		"AL": 28, "RS": 22, "MK": 19, "BG": 22, "HR": 21, "SI": 19, "SK": 24, "EE": 20, "LV": 21, "BR": 29, "SA": 24,
		"JO": 30, "MU": 30, "TL": 23, "CR": 22, "DO": 28, "EG": 29, "QA": 29}
	for cc := range ibanFormats {
		if ibanLen[cc] != 4+len(ibanFormats[cc]) {
			t.Errorf("IBAN %s: generator length %d, registry %d", cc, 4+len(ibanFormats[cc]), ibanLen[cc])
		}
	}
	cards, ibans, ids, lucky := 0, 0, 0, 0
	for i := 0; i < 3000; i++ {
		g := newGen(99, i, modeReal)
		g.loc = locales[i%len(locales)]
		d, iss := g.cardDigits()
		if !luhn(d) {
			t.Errorf("%s card fails Luhn: %s", iss, shapeMask(d))
		}
		cards++
		ib := g.ibanFor(ibanCountries[i%len(ibanCountries)])
		if want := 4 + len(ibanFormats[ib[:2]]); len(ib) != want || !ibanOK(ib) {
			t.Errorf("IBAN %s: length %d (want %d) or mod-97 fails", shapeMask(ib), len(ib), want)
		}
		if g.loc.iban != "" {
			ib := g.ibanFor(g.loc.iban)
			if !ibanOK(ib) {
				t.Errorf("IBAN %s fails mod-97", shapeMask(ib))
			}
			ibans++
		}
		ibans++
		v := g.cnID()
		id := strings.ToUpper(strings.ReplaceAll(v.shown, " ", ""))
		if len(id) != 18 || !cnOK(id) {
			t.Errorf("cn_id %s fails MOD 11-2", shapeMask(id))
		}
		ids++
		if ms := epochMsLuhn(g); luhn(ms) {
			lucky++
		}
	}
	if lucky == 0 {
		t.Error("no Luhn-valid epoch ms generated")
	}
	t.Logf("%d cards, %d IBANs, %d resident ids checked; %d of 3000 epoch ms pass Luhn", cards, ibans, ids, lucky)
}
