package nineteentheval

import (
	"github.com/vigilops/vigil/event"
	"strings"
	"testing"
	"unicode"
)

func TestNineteenthGenerator(t *testing.T) {
	lines := corpus(defaultSeed)
	kinds := map[string]int{}
	ctxs := map[string]bool{}
	locs := map[string]bool{}
	forms := map[string]bool{}
	lookTypes := map[string]int{}
	ctxKinds := map[string]map[string]bool{}
	issuersSeen := map[string]bool{}
	ibanCountries := map[string]bool{}
	credSeen := map[string]bool{}
	cnX := 0
	nv, nl, nText, nWrapped := 0, 0, 0, 0
	for _, ln := range lines {
		ctxs[ln.ctx] = true
		locs[ln.loc] = true
		forms[ln.form] = true
		if ctxKinds[ln.ctx] == nil {
			ctxKinds[ln.ctx] = map[string]bool{}
		}
		if ln.form != "ndjson" && ln.form != "json_string" && ln.form != "json_twice" {
			nText++
			if ln.json && ln.form != "otlp" && ln.form != "url_query" {
				nWrapped++
			}
		}
		for _, v := range ln.vals {
			nv++
			kinds[v.kind]++
			ctxKinds[ln.ctx][v.kind] = true
			switch v.kind {
			case "card":
				issuersSeen[v.style] = true
				if !luhnOK(v.canon) {
					t.Errorf("card %s fails Luhn", v.canon)
				}
				if !strings.Contains(onlyDigits(v.text), v.canon) {
					t.Errorf("card text %q does not hold %s", v.text, v.canon)
				}
			case "iban":
				ibanCountries[v.style] = true
				if !ibanValid(v.canon) {
					t.Errorf("IBAN %s fails mod-97", v.canon)
				}
			case "cn_id":
				if !cnValid(v.canon) {
					t.Errorf("cn_id %s fails its check", v.canon)
				}
				if v.canon[17] == 'X' {
					cnX++
				}
			case "credential":
				credSeen[v.style] = true
			}
		}
		for _, lk := range ln.looks {
			nl++
			lookTypes[lk.typ]++
		}
	}
	t.Logf("%d lines, %d values, %d look-alikes of %d types; kinds %v; %d of %d text lines in an event", len(lines), nv, nl, len(lookTypes), kinds, nWrapped, nText)
	if nv < 24000 {
		t.Errorf("%d values, want ≥ 24,000", nv)
	}
	if nl < 60000 {
		t.Errorf("%d look-alikes, want ≥ 60,000", nl)
	}
	if len(lookTypes) < 50 {
		t.Errorf("%d look-alike types, want ≥ 50", len(lookTypes))
	}
	for typ := range lookGen {
		if lookTypes[typ] == 0 {
			t.Errorf("look-alike type %s absent", typ)
		}
	}
	for _, k := range []string{"name", "email", "phone", "address", "card", "iban", "cn_id", "credential"} {
		if kinds[k] == 0 {
			t.Errorf("kind %s absent", k)
		}
	}
	if len(ctxs) < 14 || len(ctxs) != len(contexts) {
		t.Errorf("%d contexts present of %d, want ≥ 14", len(ctxs), len(contexts))
	}
	for _, c := range contexts {
		for _, k := range c.kinds {
			if !ctxKinds[c.name][k] {
				t.Errorf("context %s lists %s but holds none", c.name, k)
			}
		}
		for k := range ctxKinds[c.name] {
			found := false
			for _, kk := range c.kinds {
				found = found || kk == k
			}
			if !found {
				t.Errorf("context %s holds %s, not in its list", c.name, k)
			}
		}
		for _, f := range c.forms {
			if !genericForms[f] && len(c.special[f]) == 0 {
				t.Errorf("context %s: form %s has no writer", c.name, f)
			}
		}
	}
	if len(locs) < 30 || len(locs) != len(locales) {
		t.Errorf("%d locales present of %d, want ≥ 30", len(locs), len(locales))
	}
	if len(forms) < 14 {
		t.Errorf("%d forms, want ≥ 14", len(forms))
	}
	if len(issuersSeen) < 10 {
		t.Errorf("%d card issuers, want ≥ 10", len(issuersSeen))
	}
	if len(ibanCountries) < 20 {
		t.Errorf("%d IBAN countries, want ≥ 20", len(ibanCountries))
	}
	if len(credSeen) < 20 {
		t.Errorf("%d credential styles, want ≥ 20", len(credSeen))
	}
	if cnX == 0 {
		t.Error("no cn_id with an X check")
	}

	// Determinism: the same seed builds the same lines.
	for _, i := range []int{0, 1, 77, 1234, len(lines) - 1} {
		a, b := build(defaultSeed, i), build(defaultSeed, i)
		if a.text != b.text || a.text != lines[i].text || len(a.vals) != len(b.vals) {
			t.Errorf("line %d differs between builds", i)
		}
	}
	if other := build(defaultSeed+1, 0); other.text == lines[0].text {
		t.Error("another seed builds the same first line")
	}

	// The judge: a redactor that masks nothing leaks every value and damages
	// nothing; one that masks everything leaks nothing and damages every
	// look-alike.
	nop := func(ln *line) (string, error) { return ln.text, nil }
	res, err := judge(lines, nop)
	if err != nil {
		t.Fatal(err)
	}
	if res.leaked != res.values || res.damaged != 0 {
		t.Errorf("masking nothing: %s; want every value leaked and nothing damaged", res.summary())
		n := 0
		for _, ln := range lines {
			rd := read(ln.text)
			for _, v := range ln.vals {
				if !leaks(v, rd) && n < 10 {
					n++
					t.Logf("not leaked by the identity: %s %q in %s/%s %s: %q", v.kind, v.text, ln.ctx, ln.rec, ln.form, clip(ln.text, 300))
				}
			}
			for _, lk := range ln.looks {
				if damaged(lk, rd) && n < 20 {
					n++
					t.Logf("damaged by the identity: %s %q in %q", lk.typ, lk.text, clip(ln.text, 300))
				}
			}
		}
	}
	all := func(ln *line) (string, error) {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
				return 'x'
			}
			return r
		}, ln.text), nil
	}
	res, err = judge(lines, all)
	if err != nil {
		t.Fatal(err)
	}
	if res.leaked != 0 || res.damaged != res.looks {
		t.Errorf("masking everything: %s; want nothing leaked and every look-alike damaged", res.summary())
	}
	// Every NDJSON line decodes as an event.
	dec := event.NewDecoder(nil)
	var ev event.Event
	for _, ln := range lines {
		if ln.json {
			ev.Reset()
			if err := dec.Decode([]byte(ln.text), &ev); err != nil {
				t.Fatalf("%v: %q", err, clip(ln.text, 200))
			}
		}
	}
}
