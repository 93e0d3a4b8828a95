package seventheval

// Floors from the first full run (seed 20261205, 2026-12-05), raised to the
// run of the session's last commit for the overall and per-kind figures: recall
// rounded down to 0.1 %, leak counts and damage rounded up.
// TestSeventhCorpus fails below them; VIGIL_SEVENTH_TARGETS=1 holds the
// redactor to issue 10's targets instead of these.
var (
	floorOverall = 98.2

	floorKind = map[string]float64{
		"address":    97.0,
		"card":       99.7,
		"cn_id":      100.0,
		"credential": 99.6,
		"email":      99.3,
		"iban":       100.0,
		"name":       95.9,
		"phone":      99.1,
	}

	floorContext = map[string]float64{
		"apache_combined":  95.3,
		"audit_diff":       86.5,
		"cs_transcript":    72.8,
		"ecs_http_body":    96.9,
		"edifact":          44.0,
		"envoy_access":     93.3,
		"es_slowlog":       62.4,
		"go_panic":         98.0,
		"java_exception":   99.6,
		"jwt_claims":       100.0,
		"lambda_apigw":     98.0,
		"logback":          95.1,
		"mail_headers":     100.0,
		"mongo_log":        96.4,
		"payment_ipn":      98.7,
		"python_traceback": 98.6,
		"redis_monitor":    68.3,
		"serilog_es":       96.0,
		"soap_label":       99.4,
		"sql_slowlog":      99.7,
		"syslog5424":       85.5,
	}

	// leaks of the kinds the targets allow none of
	ceilLeaks = map[string]int{
		"card":       4,
		"iban":       0,
		"cn_id":      0,
		"credential": 14,
	}

	// look-alikes damaged, per cent
	ceilDamage = 0.12
)
