package twentietheval

import (
	"hash/fnv"
	"strings"
	"testing"
)

func TestTwentiethGenerator(t *testing.T) {
	lines := corpus(t)
	var vals, looks int
	kinds := map[string]int{}
	ctxs := map[string]bool{}
	locs := map[string]bool{}
	forms := map[string]bool{}
	lookTypes := map[string]int{}
	issuersSeen := map[string]bool{}
	ibanCC := map[string]bool{}
	credSeen := map[string]bool{}
	ctxKinds := map[string]map[kind]bool{}
	cnX := false
	for _, l := range lines {
		ctxs[l.ctx] = true
		locs[l.loc] = true
		forms[l.form] = true
		if ctxKinds[l.ctx] == nil {
			ctxKinds[l.ctx] = map[kind]bool{}
		}
		if l.nd {
			identity(l.text, true) // panics when a line does not decode
		}
		for _, v := range l.vals {
			vals++
			kinds[kindNames[v.kind]]++
			ctxKinds[l.ctx][v.kind] = true
			switch v.kind {
			case kCard:
				d := strings.NewReplacer(" ", "", "-", "").Replace(v.text)
				if !luhnOK(d) || !issuerOK(v.style, d) {
					t.Errorf("card %s (%s) fails its checksum or issuer", shape(v.text), v.style)
				}
				issuersSeen[v.style] = true
			case kIBAN:
				if !ibanValid(v.text) {
					t.Errorf("IBAN %s fails mod-97", shape(v.text))
				}
				ibanCC[v.style] = true
			case kCNID:
				if !cnValid(strings.ToUpper(v.text)) {
					t.Errorf("cn_id %s is invalid", shape(v.text))
				}
				if strings.EqualFold(v.text[17:], "x") {
					cnX = true
				}
			case kCred:
				credSeen[v.style] = true
			}
		}
		for _, lk := range l.looks {
			looks++
			lookTypes[lk.typ]++
		}
	}
	t.Logf("lines %d, values %d %v, look-alikes %d of %d types, contexts %d, locales %d, forms %d, issuers %d, IBAN countries %d, credential styles %d",
		len(lines), vals, kinds, looks, len(lookTypes), len(ctxs), len(locs), len(forms), len(issuersSeen), len(ibanCC), len(credSeen))
	if vals < 24000 {
		t.Errorf("%d values, want ≥ 24,000", vals)
	}
	if looks < 60000 {
		t.Errorf("%d look-alikes, want ≥ 60,000", looks)
	}
	for k := kind(0); k < numKinds; k++ {
		if kinds[kindNames[k]] == 0 {
			t.Errorf("no %s planted", kindNames[k])
		}
	}
	for _, tp := range templates {
		if !ctxs[tp.ctx] {
			t.Errorf("context %s missing", tp.ctx)
		}
		f := tp.form
		if f == "clean" {
			f = "clean_" + tp.ctx
		}
		if !forms[f] {
			t.Errorf("form %s missing", f)
		}
	}
	for _, l := range locales {
		if !locs[l.code] {
			t.Errorf("locale %s missing", l.code)
		}
	}
	for _, lt := range allLookTypes {
		if lookTypes[lt] == 0 {
			t.Errorf("look-alike type %s missing", lt)
		}
	}
	for c, ks := range contextKinds {
		for _, k := range ks {
			if !ctxKinds[c][k] {
				t.Errorf("context %s lists %s but carries none", c, kindNames[k])
			}
		}
	}
	if len(ctxs) < 14 || len(locs) < 30 || len(lookTypes) < 50 || len(issuersSeen) < 10 || len(ibanCC) < 20 || len(credSeen) < 20 || !cnX {
		t.Errorf("breadth: contexts %d, locales %d, look-alike types %d, issuers %d, IBAN countries %d, credential styles %d, cn_id with X %v",
			len(ctxs), len(locs), len(lookTypes), len(issuersSeen), len(ibanCC), len(credSeen), cnX)
	}
	textForms := 0
	for f := range forms {
		if !strings.HasPrefix(f, "clean_") {
			textForms++
		}
	}
	if textForms < 14 {
		t.Errorf("%d forms, want ≥ 14", textForms)
	}

	// determinism: the same seed gives the same corpus
	h := func(ls []line) uint64 {
		f := fnv.New64a()
		for _, l := range ls {
			f.Write([]byte(l.text))
			for _, v := range l.vals {
				f.Write([]byte(v.text))
			}
			for _, lk := range l.looks {
				f.Write([]byte(lk.text))
			}
		}
		return f.Sum64()
	}
	again := build(defaultSeed, 600)
	if h(again) != h(build(defaultSeed, 600)) {
		t.Error("two builds from one seed differ")
	}
	if h(again) == h(build(defaultSeed+1, 600)) {
		t.Error("two seeds give the same corpus")
	}

	// the judge: masking nothing leaks every value and damages nothing;
	// masking everything leaks nothing and damages every look-alike
	none := judge(lines, identity)
	if none.leaked != none.values || none.damaged != 0 {
		t.Errorf("identity: leaked %d of %d, damaged %d", none.leaked, none.values, none.damaged)
		for _, l := range lines {
			rd := newReading(identity(l.text, l.nd))
			for i := range l.vals {
				if !rd.leaks(&l.vals[i]) {
					t.Logf("not seen: %s %q in %s/%s: %q", kindNames[l.vals[i].kind], l.vals[i].text, l.ctx, l.tmpl, l.text)
					break
				}
			}
			for _, lk := range l.looks {
				if !rd.intact(lk.text) {
					t.Logf("look-alike not intact: %s %q in %s/%s", lk.typ, lk.text, l.ctx, l.tmpl)
				}
			}
		}
	}
	all := judge(lines, maskAll)
	if all.leaked != 0 || all.damaged != all.looks {
		t.Errorf("mask-all: leaked %d, damaged %d of %d", all.leaked, all.damaged, all.looks)
	}
}

func issuerOK(name, d string) bool {
	for _, is := range issuers {
		if is.name != name {
			continue
		}
		lenOK := false
		for _, n := range is.lengths {
			lenOK = lenOK || n == len(d)
		}
		for _, p := range is.prefix {
			if strings.HasPrefix(d, p) && lenOK {
				return true
			}
		}
	}
	return false
}
