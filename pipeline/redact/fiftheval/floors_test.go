package fiftheval

// Floors first measured on the first full run (seed 20261205, 2026-12-05,
// the redactor of the working tree on top of commit e6301f6), raised after
// each class of failure fixed since: recall rounded down to 0.1 %, damage
// rounded up to 0.1 %, leak counts as measured. The test fails below them;
// VIGIL_FIFTH_TARGETS=1 adds the redaction issue's targets.
var (
	floorRecall = 0.991
	floorDamage = 0.002
	floorKind   = map[string]float64{
		"address":    0.987,
		"card":       1.000,
		"cn_id":      1.000,
		"credential": 0.996,
		"email":      1.000,
		"iban":       1.000,
		"name":       0.973,
		"phone":      0.992,
	}
	// floorLeaks caps the leaks of the kinds whose target is zero.
	floorLeaks = map[string]int{
		"card":       0,
		"iban":       0,
		"cn_id":      0,
		"credential": 20,
	}
	floorContext = map[string]float64{
		"access_log_query":     0.993,
		"config_dump":          0.997,
		"csv_export":           0.954,
		"email_message":        0.999,
		"es_bulk_error":        1.000,
		"exception":            0.985,
		"form_body":            0.996,
		"gelf_datadog_fluentd": 0.993,
		"http_headers":         0.997,
		"java_dotnet_mdc":      0.994,
		"json_in_string":       1.000,
		"json_twice":           0.998,
		"logfmt":               0.995,
		"markdown_ticket":      0.999,
		"multipart":            1.000,
		"otel_attributes":      0.992,
		"proto_text":           0.999,
		"sms_push":             0.996,
		"sql":                  0.929,
		"support_chat":         0.983,
		"vendor_payload":       0.998,
		"xml_soap":             0.993,
		"yaml_dump":            1.000,
	}
)
