package sixteentheval

import (
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

const defaultSeed = 16

// piiLines is the number of lines carrying PII; as many clean lines follow.
const piiLines = 12000

func seed(t *testing.T) (uint64, bool) {
	s := os.Getenv("VIGIL_SIXTEENTH_SEED")
	if s == "" {
		return defaultSeed, true
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatalf("VIGIL_SIXTEENTH_SEED=%q: %v", s, err)
	}
	return v, v == defaultSeed
}

// Floors from the first measured run on the default seed: recall rounded
// down to 0.1 %, damage rounded up, leak counts of the worst kinds as ceilings.
// A regression fails the test; VIGIL_SIXTEENTH_TARGETS=1 holds it to the
// issue's targets instead.
var (
	floorRecallKind = map[string]float64{
		"address": 91.7, "card": 100.0, "cn_id": 100.0, "credential": 77.2,
		"email": 100.0, "iban": 100.0, "name": 82.6, "phone": 98.6,
	}
	floorRecallCtx = map[string]float64{
		"affiliate": 91.1, "app_logs": 99.5, "bots": 72.8, "cdp": 90.6, "email_marketing": 99.2,
		"experiments": 100.0, "forms_surveys": 93.6, "infra": 99.8, "messaging": 85.2,
		"privacy": 94.0, "reviews": 88.1, "sms_marketing": 90.0, "social_commerce": 98.5,
	}
	floorDamagePct = 2.0
	ceilLeaks      = map[string]int{"card": 0, "iban": 0, "cn_id": 0, "credential": 553}
)

func TestSixteenthCorpus(t *testing.T) {
	s, isDefault := seed(t)
	lines := build(s, piiLines)
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	res := judge(lines, eventRedactor(func(e *event.Event) { r.Event(e) }, r.String))
	t.Logf("seed %d: %d lines", s, len(lines))
	res.report(t.Logf)

	if os.Getenv("VIGIL_SIXTEENTH_TARGETS") == "1" {
		for _, k := range []string{"card", "iban", "cn_id", "credential"} {
			if tl := res.byKind[k]; tl != nil && tl.bad > 0 {
				t.Errorf("target: %d %s leaks, want 0", tl.bad, k)
			}
		}
		for _, k := range sortedKeys(res.byKind) {
			if tl := res.byKind[k]; recall(tl) < 99.5 {
				t.Errorf("target: %s recall %.3f %% < 99.5 %%", k, recall(tl))
			}
		}
		for _, k := range sortedKeys(res.byCtx) {
			if tl := res.byCtx[k]; recall(tl) < 99.5 {
				t.Errorf("target: context %s recall %.3f %% < 99.5 %%", k, recall(tl))
			}
		}
		if res.looks.pct() > 0.1 {
			t.Errorf("target: look-alikes damaged %.3f %% > 0.1 %%", res.looks.pct())
		}
		return
	}
	if !isDefault {
		return
	}
	for _, k := range sortedKeys(floorRecallKind) {
		f := floorRecallKind[k]
		if got := recall(res.byKind[k]); got < f {
			t.Errorf("recall of %s %.3f %% below its floor %.1f %%", k, got, f)
		}
	}
	for _, k := range sortedKeys(floorRecallCtx) {
		f := floorRecallCtx[k]
		if got := recall(res.byCtx[k]); got < f {
			t.Errorf("recall of context %s %.3f %% below its floor %.1f %%", k, got, f)
		}
	}
	if res.looks.pct() > floorDamagePct {
		t.Errorf("look-alikes damaged %.3f %% above the ceiling %.1f %%", res.looks.pct(), floorDamagePct)
	}
	for k, c := range ceilLeaks {
		if tl := res.byKind[k]; c >= 0 && tl != nil && tl.bad > c {
			t.Errorf("%d %s leaks, ceiling %d", tl.bad, k, c)
		}
	}
	// Print the floors this run would set, to ease keeping them current.
	var b strings.Builder
	for _, k := range sortedKeys(res.byKind) {
		b.WriteString(k + "=" + strconv.FormatFloat(math.Floor(recall(res.byKind[k])*10)/10, 'f', 1, 64) + " ")
	}
	b.WriteString("| ")
	for _, k := range sortedKeys(res.byCtx) {
		b.WriteString(k + "=" + strconv.FormatFloat(math.Floor(recall(res.byCtx[k])*10)/10, 'f', 1, 64) + " ")
	}
	t.Logf("floors of this run: %s| damage ceiling %.1f", b.String(), math.Ceil(res.looks.pct()*10)/10)
}

// The corpus's size and coverage, and the judge's extremes.
func TestSixteenthGenerator(t *testing.T) {
	s, isDefault := seed(t)
	lines := build(s, piiLines)
	kinds, ctxs, locs, looks := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	clean, values, nlooks := 0, 0, 0
	for _, l := range lines {
		if len(l.pii) == 0 {
			clean++
		}
		for _, p := range l.pii {
			values++
			kinds[p.kind]++
			ctxs[l.ctx]++
			locs[p.locale]++
			switch p.kind {
			case "card":
				if !luhnOK(p.value) {
					t.Errorf("card fails Luhn: %s", show(p.value))
				}
			case "iban":
				if !ibanValid(p.value) {
					t.Errorf("iban fails mod-97: %s", show(p.value))
				}
			case "cn_id":
				if cnCheck(p.value[:17]) != p.value[17] {
					t.Errorf("cn_id check character wrong: %s", show(p.value))
				}
			}
		}
		for _, lk := range l.looks {
			nlooks++
			looks[lk.typ]++
		}
	}
	t.Logf("%d lines (%d clean), %d values, %d look-alikes; kinds %v; %d contexts; %d locales; %d look-alike types", len(lines), clean, values, nlooks, kinds, len(ctxs), len(locs), len(looks))
	if isDefault {
		if values < 20000 {
			t.Errorf("%d values, want ≥ 20,000", values)
		}
		if len(ctxs) < 12 {
			t.Errorf("%d contexts with PII, want ≥ 12", len(ctxs))
		}
		if len(locs) < 20 {
			t.Errorf("%d locales, want ≥ 20", len(locs))
		}
		if 2*clean < len(lines)*9/10 {
			t.Errorf("%d of %d lines clean, want about half", clean, len(lines))
		}
	}
	for _, k := range []string{"name", "email", "phone", "address", "card", "iban", "cn_id", "credential"} {
		if kinds[k] == 0 {
			t.Errorf("no %s values", k)
		}
	}
	for _, lt := range lookTypes {
		if looks[lt] == 0 {
			t.Errorf("no look-alikes of type %s", lt)
		}
	}
	for _, l := range locales {
		if locs[l.code] == 0 {
			t.Errorf("no values of locale %s", l.code)
		}
	}
	for _, c := range contextNames() {
		if ctxs[c] == 0 {
			t.Errorf("no values in context %s", c)
		}
	}

	// A redactor that masks nothing: every value leaks, nothing is damaged
	// (this also proves each value and look-alike is written in its line).
	none := judge(lines, eventRedactor(func(*event.Event) {}, func(s string) string { return s }))
	if none.values.bad != none.values.total {
		t.Errorf("identity: %d of %d values leak, want all", none.values.bad, none.values.total)
		for i := range lines {
			for _, p := range lines[i].pii {
				if ok, _ := leaked(&p, haystacks(lines[i].text)); !ok {
					t.Errorf("not found in its own line: %s %s %s/%s", p.kind, p.form, lines[i].ctx, lines[i].tmpl)
					break
				}
			}
		}
	}
	if none.looks.bad != 0 {
		t.Errorf("identity: %d look-alikes damaged, want 0: %v", none.looks.bad, none.damEx)
	}
	// A redactor that masks everything: 100 % recall, 100 % damage.
	all := judge(lines, func(*line) string { return "[REDACTED]" })
	if all.values.bad != 0 || all.looks.bad != all.looks.total {
		t.Errorf("mask-all: %d leaks, %d of %d damaged", all.values.bad, all.looks.bad, all.looks.total)
	}
}

func TestSixteenthChecks(t *testing.T) {
	if !luhnOK("4111111111111111") || luhnOK("4111111111111112") {
		t.Error("luhn")
	}
	if !ibanValid("DE89 3704 0044 0532 0130 00") || ibanValid("DE89 3704 0044 0532 0130 01") {
		t.Error("mod-97")
	}
	if cnCheck("11010519491231002") != 'X' {
		t.Error("cn_id check character")
	}
	if eanCheck("400638133393") != '1' {
		t.Error("ean-13 check digit")
	}
}
