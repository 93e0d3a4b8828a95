package sixtheval

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
)

// Floors measured on the first full run of the default seed (see README.md):
// recall rounded down to 0.1 %, damage rounded up to 0.01 % overall and 0.1 %
// per context. TestSixthCorpus fails below them; VIGIL_SIXTH_TARGETS=1 also
// holds the redactor to the targets. Regenerate with
// VIGIL_SIXTH_PRINT_FLOORS=1 (only after a deliberate change, never to hide a
// regression).
var (
	floorRecall = 88.2
	floorKind   = map[string]float64{
		"address":    88.1,
		"card":       72.3,
		"cn_id":      100.0,
		"credential": 84.2,
		"email":      98.4,
		"iban":       100.0,
		"name":       79.0,
		"phone":      93.8,
	}
	floorCtx = map[string]float64{
		"cdc_debezium":          91.8,
		"csv_tsv_export":        91.1,
		"curl_verbose":          89.6,
		"go_slog":               89.2,
		"graphql_error":         89.9,
		"grpc_status":           71.4,
		"har_entry":             92.3,
		"json_in_string":        90.5,
		"kafka_record_dump":     89.4,
		"key_value":             91.3,
		"laravel_monolog":       88.8,
		"marketplace_sdk_debug": 90.9,
		"nginx_error":           90.2,
		"node_pino_winston":     90.9,
		"otel_span":             89.1,
		"printf_positional":     68.4,
		"python_logging":        88.9,
		"queue_envelope":        89.4,
		"rails_parameters":      91.1,
		"rendered_template":     85.9,
		"sentry_bugsnag":        93.2,
		"ticket_chat":           86.6,
	}
	floorLoc = map[string]float64{
		"am_ET": 83.1,
		"en_IE": 93.0,
		"en_PK": 90.4,
		"es_UY": 93.5,
		"fr_CA": 93.0,
		"hi_IN": 86.1,
		"hy_AM": 81.9,
		"is_IS": 83.6,
		"ja_JP": 93.2,
		"ka_GE": 84.4,
		"kk_KZ": 83.2,
		"km_KH": 81.6,
		"lt_LT": 88.3,
		"mn_MN": 82.7,
		"nl_BE": 93.4,
		"pt_AO": 91.0,
		"yo_NG": 88.0,
		"zh_CN": 93.3,
		"zh_SG": 93.4,
		"zu_ZA": 86.6,
	}
	ceilDamage = 0.69
	ceilDmgCtx = map[string]float64{
		"cdc_debezium":          0.0,
		"csv_tsv_export":        0.3,
		"curl_verbose":          0.0,
		"go_slog":               0.0,
		"graphql_error":         1.4,
		"grpc_status":           0.0,
		"har_entry":             0.0,
		"json_in_string":        0.0,
		"kafka_record_dump":     6.4,
		"key_value":             0.0,
		"laravel_monolog":       0.0,
		"marketplace_sdk_debug": 0.0,
		"nginx_error":           0.0,
		"node_pino_winston":     0.0,
		"otel_span":             0.0,
		"printf_positional":     0.0,
		"python_logging":        1.3,
		"queue_envelope":        0.5,
		"rails_parameters":      0.0,
		"rendered_template":     5.9,
		"sentry_bugsnag":        0.0,
		"ticket_chat":           0.0,
	}
)

// Targets of the issue: no card, IBAN, resident id or credential leaks, recall
// ≥ 99.5 % for every other kind and every context, damage ≤ 0.1 %.
const (
	targetRecall = 99.5
	targetDamage = 0.1
)

var zeroLeakKinds = []string{"card", "iban", "cn_id", "credential"}

func checkFloors(t *testing.T, rep *report, enforce bool) {
	t.Helper()
	if os.Getenv("VIGIL_SIXTH_PRINT_FLOORS") == "1" {
		t.Log("\n" + printFloors(rep))
	}
	var fails []string
	fail := func(f string, a ...any) { fails = append(fails, fmt.Sprintf(f, a...)) }
	if enforce {
		if r := rep.recall(); r < floorRecall {
			fail("recall %.3f %% below floor %.1f %%", r, floorRecall)
		}
		if d := rep.damage(); d > ceilDamage {
			fail("damage %.3f %% above ceiling %.2f %%", d, ceilDamage)
		}
		floorCheck(rep.kind, floorKind, "kind", fail)
		floorCheck(rep.ctx, floorCtx, "context", fail)
		floorCheck(rep.loc, floorLoc, "locale", fail)
		for k, c := range ceilDmgCtx {
			if tl := rep.lookCtx[k]; tl != nil && pct(tl.bad, tl.total) > c {
				fail("context %s: damage %.3f %% above ceiling %.1f %%", k, pct(tl.bad, tl.total), c)
			}
		}
	} else {
		t.Logf("seed is not the default: floors reported, not enforced")
	}
	if os.Getenv("VIGIL_SIXTH_TARGETS") == "1" {
		for _, k := range zeroLeakKinds {
			if tl := rep.kind[k]; tl != nil && tl.bad > 0 {
				fail("target: %d %s leaks, want 0", tl.bad, k)
			}
		}
		for _, m := range []struct {
			name string
			m    map[string]*tally
		}{{"kind", rep.kind}, {"context", rep.ctx}} {
			for _, k := range sortedKeys(m.m) {
				if r := pct(m.m[k].total-m.m[k].bad, m.m[k].total); r < targetRecall {
					fail("target: %s %s recall %.3f %% < %.1f %%", m.name, k, r, targetRecall)
				}
			}
		}
		if d := rep.damage(); d > targetDamage {
			fail("target: damage %.3f %% > %.1f %%", d, targetDamage)
		}
	}
	if len(fails) > 0 {
		t.Errorf("%d checks failed:\n  %s", len(fails), strings.Join(fails, "\n  "))
	}
}

func floorCheck(m map[string]*tally, floors map[string]float64, what string, fail func(string, ...any)) {
	for _, k := range sortedKeys(floors) {
		tl := m[k]
		if tl == nil {
			fail("%s %s: no values", what, k)
			continue
		}
		if r := pct(tl.total-tl.bad, tl.total); r < floors[k] {
			fail("%s %s: recall %.3f %% below floor %.1f %%", what, k, r, floors[k])
		}
	}
}

func printFloors(rep *report) string {
	down := func(x float64) float64 { return math.Floor(x*10) / 10 }
	var b strings.Builder
	rec := func(name string, m map[string]*tally) {
		fmt.Fprintf(&b, "%s = map[string]float64{\n", name)
		for _, k := range sortedKeys(m) {
			fmt.Fprintf(&b, "\t%q: %.1f,\n", k, down(pct(m[k].total-m[k].bad, m[k].total)))
		}
		b.WriteString("}\n")
	}
	fmt.Fprintf(&b, "floorRecall = %.1f\nceilDamage = %.2f\n", down(rep.recall()), math.Ceil(rep.damage()*100)/100)
	rec("floorKind", rep.kind)
	rec("floorCtx", rep.ctx)
	rec("floorLoc", rep.loc)
	b.WriteString("ceilDmgCtx = map[string]float64{\n")
	ks := sortedKeys(rep.lookCtx)
	sort.Strings(ks)
	for _, k := range ks {
		tl := rep.lookCtx[k]
		fmt.Fprintf(&b, "\t%q: %.1f,\n", k, math.Ceil(pct(tl.bad, tl.total)*10)/10)
	}
	b.WriteString("}\n")
	return b.String()
}
