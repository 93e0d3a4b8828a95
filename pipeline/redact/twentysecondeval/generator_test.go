package twentysecondeval

import (
	"crypto/sha256"
	"strings"
	"testing"
)

func corpusHash(c *corpus) [32]byte {
	h := sha256.New()
	for _, ln := range c.lines {
		h.Write([]byte(ln.text))
		h.Write([]byte{0})
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

func issuerOf(name string) *issuer {
	for i := range issuers {
		if issuers[i].name == name {
			return &issuers[i]
		}
	}
	return nil
}

func digitsOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func TestTwentySecondGenerator(t *testing.T) {
	c := defaultCorpus()
	if len(c.vals) < 24000 {
		t.Errorf("values %d < 24000", len(c.vals))
	}
	if len(c.looks) < 60000 {
		t.Errorf("look-alikes %d < 60000", len(c.looks))
	}
	kinds, ctxs, locs, frms, ltypes := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	ctxKind := map[string]bool{}
	cardIss, ibanCC, credSt := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, x := range c.vals {
		kinds[x.kind]++
		ctxs[x.ctx]++
		locs[x.loc]++
		frms[x.form]++
		ctxKind[x.ctx+"/"+x.kind] = true
		switch x.kind {
		case kCard:
			d := digitsOnly(x.text)
			is := issuerOf(x.sub)
			ok := is != nil && luhnOK(d)
			if ok {
				pre := false
				for _, p := range is.prefix {
					pre = pre || strings.HasPrefix(d, p)
				}
				ln := false
				for _, n := range is.lengths {
					ln = ln || len(d) == n
				}
				ok = pre && ln
			}
			if !ok {
				t.Errorf("card %q (%s) fails Luhn, prefix or length", x.text, x.sub)
			}
			cardIss[x.sub] = true
		case kIBAN:
			if !ibanOK(x.text) {
				t.Errorf("IBAN %q fails mod-97", x.text)
			}
			if want := len(ibanBBAN[x.sub]) + 4; len(strings.ReplaceAll(x.text, " ", "")) != want {
				t.Errorf("IBAN %q has the wrong length for %s", x.text, x.sub)
			}
			ibanCC[x.sub] = true
		case kCNID:
			s := x.text
			if len(s) != 18 || cnCheck(s[:17]) != s[17] {
				t.Errorf("cn_id %q fails its check", s)
			}
			found := false
			for _, r := range cnRegions {
				found = found || strings.HasPrefix(s, r)
			}
			if !found || s[10:12] < "01" || s[10:12] > "12" || s[12:14] < "01" || s[12:14] > "31" {
				t.Errorf("cn_id %q has a bad region or date", s)
			}
		case kCred:
			credSt[x.sub] = true
		}
	}
	for _, l := range c.looks {
		ltypes[l.typ]++
	}
	for _, k := range allKinds {
		if kinds[k] == 0 {
			t.Errorf("kind %s missing", k)
		}
	}
	for _, k := range contexts {
		if ctxs[k] == 0 {
			t.Errorf("context %s holds no value", k)
		}
		for _, kd := range ctxKinds[k] {
			if !ctxKind[k+"/"+kd] {
				t.Errorf("context %s lists %s but has none", k, kd)
			}
		}
	}
	for _, L := range locales {
		if locs[L.code] == 0 {
			t.Errorf("locale %s missing", L.code)
		}
	}
	for _, f := range allForms {
		if frms[f] == 0 {
			t.Errorf("form %s missing", f)
		}
	}
	for _, lt := range lookTypes {
		if ltypes[lt] == 0 {
			t.Errorf("look-alike type %s missing", lt)
		}
	}
	for _, tr := range []string{"trap_role", "trap_template", "trap_masked", "trap_key"} {
		if ltypes[tr] == 0 {
			t.Errorf("trap %s missing", tr)
		}
	}
	if len(contexts) < 14 || len(allForms) < 14 || len(locales) < 30 || len(ltypes) < 50 {
		t.Errorf("breadth: %d contexts, %d forms, %d locales, %d look-alike types", len(contexts), len(allForms), len(locales), len(ltypes))
	}
	if len(cardIss) < 10 || len(ibanCC) < 20 || len(credSt) < 20 {
		t.Errorf("breadth: %d card issuers, %d IBAN countries, %d credential styles", len(cardIss), len(ibanCC), len(credSt))
	}
	// wrapped share of text forms
	text, wrapped := 0, 0
	for _, ln := range c.lines {
		if ln.textForm {
			text++
			if ln.wrapped {
				wrapped++
			}
		}
	}
	if share := float64(wrapped) / float64(text); share < 0.35 || share > 0.45 {
		t.Errorf("%.1f %% of text-form lines wrapped in an event, want about 40 %%", 100*share)
	}
	t.Logf("%d lines, %d values, %d look-alikes of %d types; %d card issuers, %d IBAN countries, %d credential styles; %d text-form lines",
		len(c.lines), len(c.vals), len(c.looks), len(ltypes), len(cardIss), len(ibanCC), len(credSt), text)

	t.Logf("values by kind %v", kinds)
	t.Logf("values by context %v", ctxs)
	t.Logf("values by form %v", frms)
	// determinism
	head := &corpus{lines: c.lines[:1500]}
	if h2 := corpusHash(generateN(defaultSeed, 1500)); h2 != corpusHash(head) {
		t.Errorf("seed %d does not give the same corpus twice", defaultSeed)
	}
	if corpusHash(generateN(7, 1500)) == corpusHash(head) {
		t.Errorf("seed 7 gives seed 22's corpus")
	}

	// the judge
	none := judge(c.lines, nullRedact)
	if len(none.leaked) != len(c.vals) {
		n := 0
		for _, x := range c.vals {
			if !none.leaked[x] && n < 10 {
				n++
				t.Errorf("a redactor that masks nothing does not leak %s %q (%s/%s)", x.kind, x.text, x.ctx, x.tmpl)
			}
		}
	}
	if len(none.damaged) != 0 {
		n := 0
		for _, l := range c.looks {
			if none.damaged[l] && n < 10 {
				n++
				t.Errorf("a redactor that masks nothing damages %s %q (%s/%s)", l.typ, l.text, l.ctx, l.tmpl)
			}
		}
	}
	all := judge(c.lines, maskAll)
	if len(all.leaked) != 0 {
		t.Errorf("a redactor that masks everything leaks %d values", len(all.leaked))
	}
	if len(all.damaged) != len(c.looks) {
		n := 0
		for _, l := range c.looks {
			if !all.damaged[l] && n < 10 {
				n++
				t.Errorf("a redactor that masks everything keeps %s %q", l.typ, l.text)
			}
		}
	}
}
