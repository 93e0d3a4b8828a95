package twelftheval

// floors are the figures of the run the corpus was last measured on (default
// seed 20261205, 2026-12-05): recall rounded down to 0.1 %, damage rounded up
// to 0.01 %, and the leak counts of the kinds the issue allows none of, as
// ceilings. TestTwelfthCorpus fails below them; VIGIL_TWELFTH_TARGETS=1 holds
// the redactor to the targets instead (stricter).
var floors = struct {
	recall float64 // %, all values
	damage float64 // %, look-alikes damaged (ceiling)
	kind   map[string]float64
	ctx    map[string]float64
	leaks  map[string]int // ceilings
}{
	recall: 97.6,
	damage: 0.14,
	kind: map[string]float64{
		kEmail: 100.0, kPhone: 99.4, kName: 93.1, kAddress: 96.4, kCard: 99.6, kIBAN: 100.0, kCNID: 100.0, kCred: 97.1,
	},
	ctx: map[string]float64{
		"ecs_fields": 98.1, "message": 93.5, "json_in_string": 100.0, "json_twice": 100.0,
		"url_query": 99.3, "form_body": 99.6, "logfmt": 99.8, "access_log": 99.5,
		"headers": 99.1, "sql": 91.3, "exception": 99.2, "dump": 99.7,
		"csv": 96.6, "template": 90.4, "transcript": 91.0, "otel": 99.9,
		"xml": 100.0, "config": 99.7, "webhook": 99.6,
	},
	leaks: map[string]int{kCard: 6, kIBAN: 0, kCNID: 0, kCred: 90},
}
