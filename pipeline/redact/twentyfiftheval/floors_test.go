package twentyfiftheval

// Floors, from the first run on the committed code (commit c05db449, seed
// 25; see README.md): recall per kind and per context rounded down to
// 0.1 %, the damage ceiling rounded up to 0.1 %, the leak ceilings for
// card, IBAN, cn_id and credential the first run's counts. They apply at the
// default seed only (printed by TestPrintFloors).

var floorKind = map[string]float64{
	"address":    0.970,
	"card":       1.000,
	"cn_id":      1.000,
	"credential": 0.978,
	"email":      0.979,
	"iban":       1.000,
	"name":       0.968,
	"phone":      0.964,
}

var floorContext = map[string]float64{
	"array":       0.602,
	"csv_tsv":     1.000,
	"curl":        0.974,
	"diff":        1.000,
	"field":       1.000,
	"form_body":   0.975,
	"graphql":     1.000,
	"headers":     1.000,
	"json_body":   0.971,
	"json_nested": 1.000,
	"jsonl":       1.000,
	"kv":          0.986,
	"label_zpl":   1.000,
	"message":     0.929,
	"python_repr": 1.000,
	"stacktrace":  0.976,
	"url_query":   0.998,
	"xml":         0.954,
}

const ceilDamage = 0.017

var ceilLeaks = map[string]int{"card": 0, "iban": 0, "cn_id": 0, "credential": 60}
