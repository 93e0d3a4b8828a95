package twentyfiftheval

import (
	"strings"
	"testing"
)

var ibanLen = map[string]int{"DE": 22, "NL": 18, "FR": 27, "IT": 27, "PL": 28, "TR": 26, "RO": 24, "CZ": 24, "GR": 27, "AE": 23, "SA": 24, "BR": 29, "UA": 29, "IL": 23, "ES": 24, "EG": 29, "KZ": 20, "BE": 16}

// cardShapedOK are the look-alike types the issue itself names as
// look-alikes even when their digits are card-shaped.
var cardShapedOK = map[string]bool{"amazon_order_id": true, "epoch_ms": true, "epoch_ms_luhn": true, "ean13": true, "jan": true, "upc": true, "gtin14": true, "isbn13": true}

// TestGeneratorSanity checks the generated values are what they claim: the
// cards, IBANs and resident ids valid, the look-alikes not card-shaped and no
// look-alike equal to a PII value of its case; and every kind in several
// contexts and forms.
func TestGeneratorSanity(t *testing.T) {
	cs := buildCorpus(defaultSeed)
	ctxs := map[string]map[string]bool{}
	forms := map[string]map[string]bool{}
	bad := 0
	fail := func(format string, a ...any) {
		bad++
		if bad <= 20 {
			t.Errorf(format, a...)
		}
	}
	for _, c := range cs {
		vals := map[string]bool{}
		for _, p := range c.pii {
			if p.field < 0 {
				continue
			}
			vals[p.val] = true
			if ctxs[p.kind] == nil {
				ctxs[p.kind], forms[p.kind] = map[string]bool{}, map[string]bool{}
			}
			ctxs[p.kind][p.ctx] = true
			forms[p.kind][p.form] = true
			switch p.kind {
			case "card":
				d := allDigits(p.val)
				if !cardLike(d) {
					fail("%s: card %q is not card-shaped", c.tpl, p.val)
				}
			case "iban":
				v := strings.ReplaceAll(p.val, " ", "")
				if !ibanValid(v) || len(v) != ibanLen[v[:2]] {
					fail("%s: IBAN %q invalid", c.tpl, p.val)
				}
			case "cn_id":
				if !cnIDValid(strings.ReplaceAll(p.val, " ", "")) {
					fail("%s: cn_id %q invalid", c.tpl, p.val)
				}
			case "email":
				if !strings.Contains(p.val, "@") {
					fail("%s: e-mail %q without @", c.tpl, p.val)
				}
			case "phone":
				if n := len(allDigits(p.val)); n < 7 || n > 15 {
					fail("%s: phone %q has %d digits", c.tpl, p.val, n)
				}
			case "credential":
				if len([]rune(p.judge)) < 6 || !strings.Contains(p.val, p.judge) {
					fail("%s: credential %q judged on %q", c.tpl, p.val, p.judge)
				}
			}
		}
		for _, l := range c.looks {
			if l.field < 0 {
				continue
			}
			if vals[l.text] {
				fail("%s: look-alike %s %q is also a PII value", c.tpl, l.typ, l.text)
			}
			d := allDigits(l.text)
			compact := strings.NewReplacer("-", "", " ", "").Replace(l.text)
			if d == compact && cardLike(d) && !cardShapedOK[l.typ] {
				fail("%s: look-alike %s %q is card-shaped", c.tpl, l.typ, l.text)
			}
			if len(compact) >= 15 && len(compact) <= 34 && compact[0] >= 'A' && compact[0] <= 'Z' && compact[1] >= 'A' && compact[1] <= 'Z' && ibanValid(compact) && ibanLen[compact[:2]] == len(compact) {
				fail("%s: look-alike %s %q is a valid IBAN", c.tpl, l.typ, l.text)
			}
			if len(compact) == 18 && cnIDValid(compact) && allDigits(compact[:17]) == compact[:17] {
				fail("%s: look-alike %s %q is a valid resident id", c.tpl, l.typ, l.text)
			}
		}
	}
	for k, m := range ctxs {
		if len(m) < 3 {
			t.Errorf("kind %s in only %d contexts", k, len(m))
		}
		if len(forms[k]) < 1 {
			t.Errorf("kind %s in no form", k)
		}
		t.Logf("%-10s contexts %2d, forms %d", k, len(m), len(forms[k]))
	}
}

func TestChecksums(t *testing.T) {
	if !luhnValid("4111111111111111") || luhnValid("4111111111111112") {
		t.Fatal("luhn")
	}
	if !ibanValid("DE89370400440532013000") || !ibanValid("GB82WEST12345698765432") || ibanValid("DE89370400440532013001") {
		t.Fatal("iban")
	}
	if !cnIDValid("11010519491231002X") {
		t.Fatal("cn_id")
	}
	if eanComplete("400638133393") != "4006381333931" {
		t.Fatal("ean")
	}
	if s10("RR", "12345678", "BR") != "RR123456785BR" {
		t.Fatalf("s10 %s", s10("RR", "12345678", "BR"))
	}
	g := newGen(1)
	for cc, pat := range ibanBBAN {
		v := g.ibanFor(cc, pat)
		if !ibanValid(v) || len(v) != ibanLen[cc] {
			t.Fatalf("ibanFor %s: %s", cc, v)
		}
	}
	for b := range cardBrands {
		d, _ := g.card(b)
		if !cardLike(d) {
			t.Fatalf("card %s: %s", b, d)
		}
	}
}
