package eightheval

// Floors from the run of 2026-12-05 16:20 UTC (seed 8; overall, per-kind and
// damage raised to the run of 17:47): recall rounded down to
// 0.1 %, damage rounded up to 0.1 %. TestEighthCorpus fails below them on the
// default seed; VIGIL_EIGHTH_TARGETS=1 holds the redactor to the issue's
// targets as well. Raise them when the redactor improves.
var (
	floorRecall = 0.968 // 1134 of 35842 values leaked
	ceilDamage  = 0.003 // 155 of 74417 look-alikes damaged
	floorKind   = map[string]float64{
		"address":    0.933, // 448 of 6693 leaked
		"card":       0.998, // 3 of 1510 leaked
		"cn_id":      1.000, // 0 of 856 leaked
		"credential": 0.982, // 71 of 4029 leaked
		"email":      1.000, // 0 of 4431 leaked
		"iban":       1.000, // 0 of 1247 leaked
		"name":       0.941, // 555 of 9516 leaked
		"phone":      0.992, // 57 of 7560 leaked
	}
	floorCtx = map[string]float64{
		"alertmanager":         0.920, // 147 of 1846 leaked
		"chat_webhook":         0.864, // 349 of 2585 leaked
		"ci_job_env":           0.880, // 107 of 896 leaked
		"cloudflare_logpush":   0.986, // 12 of 915 leaked
		"config_dump":          0.986, // 12 of 903 leaked
		"csharp_anonymous":     0.991, // 8 of 914 leaked
		"elixir_erlang_term":   0.827, // 151 of 874 leaked
		"fluentbit_record":     0.939, // 168 of 2763 leaked
		"haproxy_log":          0.971, // 26 of 902 leaked
		"icalendar":            0.647, // 1274 of 3619 leaked
		"java_kotlin_tostring": 0.984, // 14 of 893 leaked
		"kubernetes":           0.991, // 8 of 911 leaked
		"ldap_vcard":           0.767, // 205 of 881 leaked
		"mssql_oracle_error":   0.686, // 289 of 921 leaked
		"multipart_body":       0.996, // 3 of 905 leaked
		"pdf_invoice_text":     0.586, // 861 of 2081 leaked
		"php_print_r":          0.983, // 15 of 914 leaked
		"postgres_error":       0.883, // 103 of 886 leaked
		"protobuf_json":        0.980, // 18 of 902 leaked
		"ruby_inspect":         0.992, // 7 of 901 leaked
		"sms_dlr":              0.917, // 191 of 2311 leaked
		"smtp_transcript":      0.887, // 369 of 3287 leaked
		"task_queue_args":      0.878, // 140 of 1152 leaked
		"xml_attributes":       0.940, // 52 of 880 leaked
		"zpl_label":            0.397, // 1084 of 1800 leaked
	}
	floorLocale = map[string]float64{
		"ar_EG":  0.859, // 261 of 1860 leaked
		"cs_CZ":  0.807, // 342 of 1776 leaked
		"en_AU":  0.911, // 163 of 1838 leaked
		"en_NG":  0.888, // 188 of 1682 leaked
		"es_AR":  0.880, // 210 of 1762 leaked
		"es_CO":  0.889, // 173 of 1563 leaked
		"fil_PH": 0.844, // 274 of 1758 leaked
		"hu_HU":  0.826, // 334 of 1928 leaked
		"id_ID":  0.859, // 271 of 1923 leaked
		"my_MM":  0.763, // 449 of 1902 leaked
		"pt_PT":  0.864, // 246 of 1821 leaked
		"ro_RO":  0.829, // 298 of 1745 leaked
		"si_LK":  0.795, // 374 of 1828 leaked
		"sv_SE":  0.864, // 246 of 1817 leaked
		"sw_KE":  0.814, // 318 of 1718 leaked
		"ta_IN":  0.821, // 309 of 1728 leaked
		"tr_TR":  0.843, // 269 of 1714 leaked
		"uk_UA":  0.790, // 393 of 1880 leaked
		"ur_PK":  0.830, // 318 of 1871 leaked
		"zh_CN":  0.897, // 177 of 1728 leaked
	}
)
