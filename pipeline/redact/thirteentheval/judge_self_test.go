package thirteentheval

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// TestJudge checks the judge itself: a redactor that changes nothing leaks
// every value and damages nothing; one that replaces every planted value
// (the background itself) leaks nothing and damages nothing; every kind,
// context, locale and look-alike type is present; escapes and encodings are
// undone before fragments are searched.
func TestJudge(t *testing.T) {
	items, err := build(defaultSeed, len(contexts)*60)
	if err != nil {
		t.Fatal(err)
	}
	identity := redactor{event: func(*event.Event, *item) {}, text: func(s string, _ *item) string { return s }}
	rep := run(items, identity)
	if rep.decodeErrors > 0 || rep.missing > 0 {
		t.Fatalf("%d decode errors, %d look-alikes missing from the background", rep.decodeErrors, rep.missing)
	}
	if rep.all.leaked != rep.all.n {
		t.Errorf("identity: %d of %d values leak, want all", rep.all.leaked, rep.all.n)
		for k, v := range rep.byKind {
			if v.leaked != v.n {
				t.Logf("identity: kind %s %d of %d", k, v.leaked, v.n)
			}
		}
	}
	if rep.damage.damaged != 0 {
		t.Errorf("identity: %d look-alikes damaged, want 0", rep.damage.damaged)
	}
	oracle := redactor{
		event: func(ev *event.Event, it *item) {
			ev.Reset()
			if err := event.NewDecoder(nil).Decode([]byte(it.bg), ev); err != nil {
				t.Fatal(err)
			}
		},
		text: func(_ string, it *item) string { return it.bg },
	}
	rep = run(items, oracle)
	if rep.all.leaked != 0 || rep.damage.damaged != 0 {
		t.Errorf("oracle: %d leaks and %d damaged look-alikes, want none", rep.all.leaked, rep.damage.damaged)
	}

	// coverage: every kind in every context, every locale, every look-alike type
	pairs := map[string]bool{}
	locs := map[string]bool{}
	types := map[string]bool{}
	full, err := corpus(defaultSeed)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range full {
		locs[it.loc] = true
		for _, p := range it.piis {
			pairs[p.kind+"@"+p.ctx] = true
		}
		for _, tr := range it.traps {
			types[tr.typ] = true
		}
	}
	for _, c := range contexts {
		for _, k := range kinds {
			if !pairs[k+"@"+c.name] {
				t.Errorf("kind %s never planted in context %s", k, c.name)
			}
		}
	}
	for _, l := range locales {
		if !locs[l.code] {
			t.Errorf("locale %s absent", l.code)
		}
	}
	for _, tg := range trapGens {
		if !types[tg.typ] {
			t.Errorf("look-alike %s absent", tg.typ)
		}
	}
	if len(locales) < 24 || len(contexts) < 16 {
		t.Errorf("%d locales, %d contexts", len(locales), len(contexts))
	}

	// escapes and encodings are undone; markers are no leak
	phone := "+49 151 00000000"
	p := &pii{kind: "phone", val: phone, frags: fragments("phone", phone)}
	for _, c := range []struct {
		out  string
		leak bool
	}{
		{"tel=%2B49%20151%2000000000", true},
		{"tel=+49+151+0000+0000", true},
		{`{"m":"{\"tel\":\"0151 000 00000\"}"}`, true},
		{"tel=[REDACTED:phone]", false},
		{"tel=[HASH:phone:0000000000000000]", false},
		{"tel=+49 151 [REDACTED:phone]", false},
	} {
		vd := judge(c.out, "tel=Zqxvw", []*pii{p}, nil)
		if vd.leaked[0] != c.leak {
			t.Errorf("judge(%q) leaked=%v, want %v", c.out, vd.leaked[0], c.leak)
		}
	}
	name := "Zoë Exampleton"
	pn := &pii{kind: "name", val: name, frags: fragments("name", name)}
	if vd := judge(`{"msg":"hi ZO\u00cb EXAMPLETON"}`, `{"msg":"hi Zq"}`, []*pii{pn}, nil); !vd.leaked[0] {
		t.Error("a JSON-escaped upper-case name should leak")
	}
	if vd := judge(`{"msg":"hi [REDACTED:name]"}`, `{"msg":"hi Zq"}`, []*pii{pn}, []trap{{"x", "hi"}}); vd.leaked[0] || vd.trapDamaged["x"] != 0 {
		t.Error("a masked name leaks or damages")
	}
	if vd := judge(`total [REDACTED:amount]`, `total 12,50 EUR`, nil, []trap{{"amount", "12,50 EUR"}}); vd.trapDamaged["amount"] != 1 {
		t.Error("a masked look-alike is not counted as damaged")
	}
	if got := shapeMask("Ab1-é"); got != "Aa9-a" {
		t.Errorf("shapeMask = %q", got)
	}
}

// TestGenerators checks the check digits of the generated values.
func TestGenerators(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{{"4111111111111111", true}, {"4111111111111112", false}, {"378282246310005", true}, {"6011111111111117", true}} {
		if luhnValid(c.s) != c.want {
			t.Errorf("luhn(%s) = %v", c.s, !c.want)
		}
	}
	if !ibanValid("GB82WEST12345698765432") || !ibanValid("DE89 3704 0044 0532 0130 00") || ibanValid("GB82WEST12345698765433") {
		t.Error("mod-97 reference IBANs")
	}
	if cnCheck("11010519491231002") != 'X' {
		t.Error("MOD 11-2 reference id")
	}
	lengths := map[string]int{"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "SE": 24, "PL": 28, "CZ": 24, "UA": 29, "TR": 26, "AE": 23, "SA": 24, "BR": 29, "EG": 29, "PK": 24, "IT": 27, "FI": 18, "NO": 15, "BE": 16, "AT": 20, "CH": 21, "IE": 22, "PT": 25, "RO": 24, "HU": 28, "MA": 28}
	g := newGen(1, 1, false, locales[0], "test")
	seen := map[string]bool{}
	for i := 0; i < 3000; i++ {
		num, iss := g.cardNumber()
		seen[iss] = true
		if !luhnValid(num) {
			t.Fatalf("%s card fails Luhn", iss)
		}
		want := map[string]int{"visa13": 13, "unionpay19": 19, "maestro19": 19, "amex": 15, "diners": 14}[iss]
		if want == 0 {
			want = 16
		}
		if len(num) != want {
			t.Fatalf("%s card has %d digits, want %d", iss, len(num), want)
		}
		if w := g.cardWritten(num); digitsOnly(w) != num {
			t.Fatalf("written card loses digits")
		}
		cc := ibanOrder[i%len(ibanOrder)]
		ib := makeIBAN(cc, g.fill(ibanSpecs[cc].bban))
		if !ibanValid(ib) || len(ib) != lengths[cc] {
			t.Fatalf("%s IBAN invalid or %d long, want %d", cc, len(ib), lengths[cc])
		}
		id := g.cnID()
		if len(id) != 18 || cnCheck(id[:17]) != id[17] {
			t.Fatal("resident id check character")
		}
		if v := luhnEpochMS(g); !luhnValid(v) || len(v) != 13 {
			t.Fatal("Luhn-valid epoch ms")
		}
		e := ean13(g, "400")
		if !eanValid(e) {
			t.Fatal("EAN-13 check digit")
		}
	}
	for _, is := range issuers {
		if !seen[is.name] {
			t.Errorf("issuer %s never drawn", is.name)
		}
	}
	// both renderings of a line draw the same values
	for i, c := range contexts {
		a := newGen(7, i, false, locales[i%len(locales)], c.name)
		b := newGen(7, i, true, locales[i%len(locales)], c.name)
		la, _ := c.gen(a, kinds)
		lb, _ := c.gen(b, kinds)
		if len(a.piis) != len(b.piis) || la == lb || fmt.Sprint(a.traps) != fmt.Sprint(b.traps) {
			t.Errorf("%s: renderings differ in shape", c.name)
		}
		for _, p := range a.piis {
			if strings.Contains(lb, p.val) {
				t.Errorf("%s: background holds a %s value", c.name, p.kind)
			}
		}
	}
}

func digitsOnly(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func eanValid(s string) bool {
	if len(s) != 13 {
		return false
	}
	sum := 0
	for i := 0; i < 13; i++ {
		d := int(s[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return sum%10 == 0
}
