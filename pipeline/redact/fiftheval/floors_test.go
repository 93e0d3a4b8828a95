package fiftheval

// Floors measured on the first full run (seed 20261205, 2026-12-05, the
// redactor of the working tree on top of commit e6301f6): recall rounded
// down to 0.1 %, damage rounded up to 0.1 %, leak counts as measured. The
// test fails below them; VIGIL_FIFTH_TARGETS=1 adds issue 10's targets.
var (
	floorRecall = 0.925
	floorDamage = 0.014
	floorKind   = map[string]float64{
		"address":    0.899,
		"card":       1.000,
		"cn_id":      1.000,
		"credential": 0.888,
		"email":      1.000,
		"iban":       1.000,
		"name":       0.803,
		"phone":      0.977,
	}
	// floorLeaks caps the leaks of the kinds whose target is zero.
	floorLeaks = map[string]int{
		"card":       0,
		"iban":       0,
		"cn_id":      0,
		"credential": 687,
	}
	floorContext = map[string]float64{
		"access_log_query":     0.987,
		"config_dump":          0.984,
		"csv_export":           0.946,
		"email_message":        0.985,
		"es_bulk_error":        0.676,
		"exception":            0.968,
		"form_body":            0.980,
		"gelf_datadog_fluentd": 0.979,
		"http_headers":         0.916,
		"java_dotnet_mdc":      0.974,
		"json_in_string":       0.996,
		"json_twice":           0.991,
		"logfmt":               0.983,
		"markdown_ticket":      0.676,
		"multipart":            0.670,
		"otel_attributes":      0.754,
		"proto_text":           0.974,
		"sms_push":             0.849,
		"sql":                  0.848,
		"support_chat":         0.952,
		"vendor_payload":       0.998,
		"xml_soap":             0.989,
		"yaml_dump":            0.944,
	}
)
