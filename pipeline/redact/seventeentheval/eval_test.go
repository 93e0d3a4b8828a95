package seventeentheval

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/vigilops/vigil/pipeline/redact"
)

// Floors from the first run (see README.md, "First run"): recall per kind
// and per context rounded down to 0.1 %, the damage ceiling rounded up, and
// the leak counts of the kinds whose target is zero.
var (
	floorKind = map[string]float64{
		"address": 93.5, "card": 98.5, "cn_id": 98.3, "credential": 91.0, "email": 100.0, "iban": 99.6, "name": 82.3, "phone": 97.2,
	}
	floorCtx = map[string]float64{
		"applog": 98.7, "audit": 96.2, "callcenter": 91.0, "customs": 95.0, "edi": 91.0, "erp": 94.9, "fieldsvc": 92.4, "helpdesk": 94.9,
		"label": 83.2, "mail": 93.7, "ocr": 94.6, "payroll": 93.5, "rma": 97.2, "sso": 91.4, "syslog": 97.9, "vendor": 95.7, "wms": 95.0,
	}
	damageCeil   = 2.2
	leakCeilings = map[string]int{"card": 35, "iban": 9, "cn_id": 31, "credential": 285}
)

func TestSeventeenthCorpus(t *testing.T) {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	c := generate(seed())
	res := judge(r, c, true)
	rp := summarize(c, res)
	t.Log("\n" + rp.text)
	dmg := 100 * float64(res.damaged) / math.Max(float64(res.looks), 1)
	if os.Getenv("VIGIL_SEVENTEENTH_TARGETS") == "1" {
		for _, k := range split("card|iban|cn_id|credential") {
			if tl := rp.byKind[k]; tl != nil && tl.bad > 0 {
				t.Errorf("target: %s leaks %d, want 0", k, tl.bad)
			}
		}
		for _, k := range sortedKeys(rp.byKind) {
			if tl := rp.byKind[k]; pct(*tl) < 99.5 {
				t.Errorf("target: recall of %s %.2f %% < 99.5 %%", k, pct(*tl))
			}
		}
		for _, k := range sortedKeys(rp.byCtx) {
			if tl := rp.byCtx[k]; pct(*tl) < 99.5 {
				t.Errorf("target: recall in %s %.2f %% < 99.5 %%", k, pct(*tl))
			}
		}
		if dmg > 0.1 {
			t.Errorf("target: damage %.2f %% > 0.1 %%", dmg)
		}
		return
	}
	if seed() != defaultSeed {
		return // floors hold for the default seed
	}
	for k, f := range floorKind {
		if tl := rp.byKind[k]; tl == nil || pct(*tl) < f {
			t.Errorf("recall of %s below its floor %.1f %%", k, f)
		}
	}
	for k, f := range floorCtx {
		if tl := rp.byCtx[k]; tl == nil || pct(*tl) < f {
			t.Errorf("recall in %s below its floor %.1f %%", k, f)
		}
	}
	if dmg > damageCeil {
		t.Errorf("damage %.2f %% above its ceiling %.1f %%", dmg, damageCeil)
	}
	for k, n := range leakCeilings {
		if tl := rp.byKind[k]; tl != nil && tl.bad > n {
			t.Errorf("%s leaks %d, ceiling %d", k, tl.bad, n)
		}
	}
}

func TestSeventeenthGenerator(t *testing.T) {
	c := generate(seed())
	var nvals, nlooks, clean int
	kinds, ctxs, locs, forms, types := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	kindCtx := map[string]bool{}
	issuersSeen := map[string]bool{}
	ibanCC := map[string]bool{}
	for _, ln := range c.lines {
		ctxs[ln.ctx], locs[ln.loc], forms[ln.form] = true, true, true
		if len(ln.vals) == 0 {
			clean++
		}
		for _, v := range ln.vals {
			nvals++
			kinds[v.kind] = true
			kindCtx[v.kind+"/"+ln.ctx] = true
			d := strings.NewReplacer(" ", "", "-", "").Replace(v.text)
			switch v.kind {
			case "card":
				if !luhnOK(d) {
					t.Errorf("card %s fails Luhn", shape(v.text))
				}
				for _, is := range issuers {
					for _, p := range split(is.prefixes) {
						if strings.HasPrefix(d, p) && len(d) == is.length {
							issuersSeen[strings.TrimSuffix(is.name, "19")] = true
						}
					}
				}
			case "iban":
				if !ibanOK(d) {
					t.Errorf("IBAN %s fails mod-97", shape(v.text))
				}
				ibanCC[d[:2]] = true
			case "cn_id":
				d = strings.ToUpper(d)
				if len(d) != 18 || cnCheck(d) != d[17] {
					t.Errorf("cn_id %s fails its check", shape(v.text))
				}
			}
		}
		for _, lk := range ln.looks {
			nlooks++
			types[lk.typ] = true
		}
	}
	t.Logf("lines %d (clean %d), values %d, look-alikes %d, retries %d, locales %d, forms %d, look-alike types %d, issuers %d, IBAN countries %d",
		len(c.lines), clean, nvals, nlooks, c.retries, len(locs), len(forms), len(types), len(issuersSeen), len(ibanCC))
	if len(c.lines) < 24000 || nvals < 25000 || nlooks < 60000 {
		t.Errorf("corpus too small: %d lines, %d values, %d look-alikes", len(c.lines), nvals, nlooks)
	}
	if clean < len(c.lines)*4/10 || clean > len(c.lines)*6/10 {
		t.Errorf("clean lines %d of %d, want about half", clean, len(c.lines))
	}
	for _, k := range kindNames {
		if !kinds[k] {
			t.Errorf("kind %s missing", k)
		}
	}
	for _, cx := range contexts {
		if !ctxs[cx.name] {
			t.Errorf("context %s missing", cx.name)
		}
		for _, k := range split(cx.kinds) {
			if !kindCtx[k+"/"+cx.name] {
				t.Errorf("kind %s missing in context %s", k, cx.name)
			}
		}
	}
	for _, l := range locales {
		if !locs[l.code] {
			t.Errorf("locale %s missing", l.code)
		}
	}
	for _, f := range allForms {
		if !forms[f] {
			t.Errorf("form %s missing", f)
		}
	}
	for _, lt := range lookTypes {
		if !types[lt.typ] {
			t.Errorf("look-alike type %s missing", lt.typ)
		}
	}
	if len(types) < 35 || len(issuersSeen) < 10 || len(ibanCC) < 15 || len(locs) < 20 || len(forms) < 12 || len(contexts) < 12 {
		t.Errorf("too little variety: %d types, %d issuers, %d IBAN countries, %d locales, %d forms", len(types), len(issuersSeen), len(ibanCC), len(locs), len(forms))
	}
	// The judge: a redactor that masks nothing leaks every value and
	// damages nothing; one that masks everything leaks nothing and damages
	// every look-alike.
	n := judge(noop{}, c, false)
	if n.leaked != n.values || n.damaged != 0 || n.decodeErrs != 0 {
		t.Errorf("no-op redactor: leaked %d of %d, damaged %d, decode failures %d", n.leaked, n.values, n.damaged, n.decodeErrs)
	}
	a := judge(maskAll{}, c, false)
	if a.leaked != 0 || a.damaged != a.looks {
		t.Errorf("mask-all redactor: leaked %d, damaged %d of %d", a.leaked, a.damaged, a.looks)
	}
	// Deterministic for a seed.
	g1, g2 := newGen(99), newGen(99)
	for i := 0; i < 200; i++ {
		cx := &contexts[i%len(contexts)]
		l1, _ := g1.buildLine(cx, i%2 == 0)
		l2, _ := g2.buildLine(cx, i%2 == 0)
		if l1.text != l2.text {
			t.Fatalf("line %d differs between two runs of one seed", i)
		}
	}
}
