package twelftheval

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestJudge checks the judge itself on a smaller corpus of the same
// generator: a redactor that changes nothing leaks every value and damages
// nothing; one that replaces every planted value leaks nothing and damages
// nothing; every kind, context and locale is present.
func TestJudge(t *testing.T) {
	lines := generate(defaultSeed+1, 2500)

	id, err := evaluate(lines, identityRedactor())
	if err != nil {
		t.Fatal(err)
	}
	if id.leaks != id.values {
		for k, x := range id.byKindClass {
			if x.bad != x.n {
				t.Errorf("identity: %s: %d of %d values not seen as leaked", k, x.n-x.bad, x.n)
			}
		}
		t.Errorf("identity redactor: %d of %d values leak, want all", id.leaks, id.values)
	}
	if id.damaged != 0 {
		t.Errorf("identity redactor damaged %d look-alikes, want 0", id.damaged)
	}

	or, err := evaluate(lines, oracleRedactor())
	if err != nil {
		t.Fatal(err)
	}
	if or.leaks != 0 || or.damaged != 0 {
		t.Errorf("oracle redactor: %d leaks, %d damaged, want 0 and 0", or.leaks, or.damaged)
	}

	for _, k := range allKinds {
		if id.byKind[k] == nil || id.byKind[k].n < 30 {
			t.Errorf("kind %s: too few values", k)
		}
	}
	for _, c := range contexts {
		if id.byCtx[c.name] == nil || id.byCtx[c.name].n < 30 {
			t.Errorf("context %s: too few values", c.name)
		}
	}
	for _, l := range locales {
		if id.byLoc[l.code] == nil || id.byLoc[l.code].n < 20 {
			t.Errorf("locale %s: too few values", l.code)
		}
	}
	if len(id.dmgType) != len(trapGens) {
		for typ := range trapGens {
			if id.dmgType[typ] == nil {
				t.Errorf("look-alike type %s never written", typ)
			}
		}
	}
	regions := map[string]bool{}
	for _, l := range locales {
		regions[l.region] = true
	}
	if len(locales) < 24 || len(regions) < 13 {
		t.Errorf("%d locales in %d regions, want ≥ 24 in 13", len(locales), len(regions))
	}
}

// TestJudgeReadings checks the readings the judge undoes.
func TestJudgeReadings(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`a\"b\\u00e9\/c`, `a"b\u00e9/c`},
		{`\u0438\ud83d\ude00`, "и😀"},
		{`\\\"x\\\"`, `\"x\"`},
	} {
		if got := jsonUnescape(c.in); got != c.want {
			t.Errorf("jsonUnescape(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := unescapeAll(`\\\\u0130 \\\"x\\\"`); got != `İ "x"` {
		t.Errorf("unescapeAll: %q", got)
	}
	if got := urlDecode("ana.lopez%2Bshop%40example.com+x%zz"); got != "ana.lopez+shop@example.com x%zz" {
		t.Errorf("urlDecode: %q", got)
	}
	if got := stripMarkers("a [REDACTED:phone] b [HASH:email:0a1b] c [x]"); got != "a \x00 b \x00 c [x]" {
		t.Errorf("stripMarkers: %q", got)
	}
	if n := countToken("id=12345 x123456 12345-1 #12345 123456", "12345"); n != 3 {
		t.Errorf("countToken: %d, want 3", n)
	}
	if got := digitView("+49 (0)151-234.56/78 ٠١٢"); got != "4901512345678012" {
		t.Errorf("digitView: %q", got)
	}
	v := &pv{kind: kName, frags: nameFrags("María José García de la Fuente"), mode: mText}
	for _, f := range v.frags {
		if f == "de" || f == "la" {
			t.Errorf("particle %q taken as a fragment", f)
		}
	}
	out, bg := makeViews(`{"m":"GARCÍA called"}`), makeViews(`{"m":"[REDACTED:name] called"}`)
	if leakedFrag(v, out, bg, nil) == "" {
		t.Errorf("an upper-case surname was not seen as a leak")
	}
	if shape("Ab9 é") != "Aa9 a" {
		t.Errorf("shape: %q", shape("Ab9 é"))
	}
}

func TestGenerators(t *testing.T) {
	// known vectors
	if !luhnValid("4111111111111111") || luhnValid("4111111111111112") || !luhnValid("79927398713") {
		t.Error("luhn vectors")
	}
	for _, iban := range []string{"DE89370400440532013000", "GB82 WEST 1234 5698 7654 32", "NL91ABNA0417164300", "SA0380000000608010167519"} {
		if !ibanValid(iban) {
			t.Errorf("IBAN %s should be valid", iban)
		}
	}
	if ibanValid("DE89370400440532013001") {
		t.Error("IBAN with a wrong check passes")
	}
	if !cnIDValid("11010519491231002X") || cnIDValid("110105194912310021") {
		t.Error("MOD 11-2 vectors")
	}
	if ean(nil, "400638133393") != "4006381333931" {
		t.Error("EAN-13 vector")
	}

	lens := map[string]int{"DE": 22, "ES": 24, "NL": 18, "SE": 24, "PL": 28, "HU": 28, "RO": 24, "UA": 29, "TR": 26, "SA": 24,
		"EG": 29, "FR": 27, "GB": 22, "IT": 27, "BE": 16, "AT": 20, "CH": 21, "PT": 25, "IE": 22, "FI": 18, "DK": 18, "NO": 15,
		"CZ": 24, "BR": 29, "AE": 23, "LT": 20, "GR": 27}
	lines := generate(defaultSeed+2, 1500)
	seen := map[string]int{}
	for _, l := range lines {
		if !utf8.ValidString(l.real) || !utf8.ValidString(l.bg) {
			t.Errorf("a %s line is not valid UTF-8", l.ctx)
		}
		for _, v := range l.pii {
			seen[v.kind]++
			switch v.kind {
			case kCard:
				d := onlyDigits(v.text)
				if !luhnValid(d) || len(d) < 13 || len(d) > 19 {
					t.Errorf("card %s: Luhn or length", shape(v.text))
				}
			case kIBAN:
				c := strings.ReplaceAll(v.text, " ", "")
				if !ibanValid(c) || len(c) != lens[c[:2]] {
					t.Errorf("IBAN %s: mod-97 or length (%d, want %d)", shape(v.text), len(c), lens[c[:2]])
				}
			case kCNID:
				if !cnIDValid(strings.ReplaceAll(v.text, " ", "")) {
					t.Errorf("cn_id %s: check character", shape(v.text))
				}
			case kPhone:
				dv := digitView(v.text)
				for _, f := range v.frags {
					if !strings.Contains(dv, f) {
						t.Errorf("phone %s: fragment not in its digits", v.class)
					}
				}
			case kAddress:
				if !strings.Contains(strings.ToLower(v.text), v.frags[0]) {
					t.Errorf("address %s: street line not in the address", v.class)
				}
			}
			for _, f := range v.frags {
				if !utf8.ValidString(f) || f == "" {
					t.Errorf("%s %s: bad fragment", v.kind, v.class)
				}
			}
		}
		for val, typ := range l.traps {
			switch typ {
			case "epoch_ms_luhn":
				if !luhnValid(val) || len(val) != 13 {
					t.Errorf("epoch_ms_luhn %s", val)
				}
			case "ean13", "upc", "isbn13", "gtin14":
				if ean(nil, val[:len(val)-1]) != val {
					t.Errorf("%s %s: check digit", typ, val)
				}
			}
		}
	}
	for _, k := range allKinds {
		if seen[k] == 0 {
			t.Errorf("no %s generated", k)
		}
	}
	// 13-digit Visa, 19-digit UnionPay and Maestro, Mir, Elo, RuPay, Troy, JCB are drawn
	is := map[string]bool{}
	for _, l := range lines {
		for _, v := range l.pii {
			if v.kind == kCard {
				is[strings.Join(strings.SplitN(v.class, "/", 3)[:2], "/")] = true
			}
		}
	}
	for _, want := range []string{"visa/13", "unionpay/19", "maestro/16", "mir/16", "elo/16", "rupay/16", "troy/16", "jcb/16", "amex/15"} {
		if !is[want] {
			t.Errorf("no %s card drawn", want)
		}
	}
}
