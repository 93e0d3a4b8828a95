package tentheval

// Floors measured on the first full run (default seed 20261205, 2026-12-05,
// 64057 values, 149376 look-alikes): recall rounded down to 0.1 %, damage
// rounded up to 0.1 %. TestTenthCorpus fails below them with the default seed;
// raise them when the redactor improves.

var (
	floorRecall = 0.9550 // 95.587 %, 2827 of 64057 leaked
	floorDamage = 0.0090 // 0.842 %, 1257 of 149376 damaged

	floorKindRecall = map[string]float64{
		"address":    0.9870, // 98.717 %, 140 of 10910 leaked
		"card":       1.0000, // 100.0 %, 0 of 1508 leaked
		"cn_id":      1.0000, // 100.0 %, 0 of 486 leaked
		"credential": 0.9980, // 99.823 %, 22 of 12453 leaked
		"email":      1.0000, // 100.0 %, 0 of 9241 leaked
		"iban":       1.0000, // 100.0 %, 0 of 1669 leaked
		"name":       0.8400, // 84.06 %, 2562 of 16073 leaked
		"phone":      0.9910, // 99.121 %, 103 of 11717 leaked
	}
	floorCtxRecall = map[string]float64{
		"access_log":           0.9970, // 99.736 %, 3 of 1137
		"amazon_spapi":         0.9910, // 99.12 %, 33 of 3750
		"carrier_api":          0.9970, // 99.771 %, 6 of 2623
		"config_dump":          0.8960, // 89.6 %, 702 of 6750
		"cs_chat":              0.9240, // 92.438 %, 206 of 2724
		"csv_export":           0.9750, // 97.583 %, 226 of 9349
		"django_traceback":     0.8710, // 87.177 %, 223 of 1739
		"http_client_debug":    0.9970, // 99.787 %, 8 of 3750
		"k8s_container":        0.9970, // 99.781 %, 4 of 1826
		"kafka_message":        0.9980, // 99.88 %, 3 of 2506
		"logfmt_sync":          0.9890, // 98.946 %, 30 of 2845
		"notification":         0.8380, // 83.834 %, 280 of 1732
		"payment_event":        0.9520, // 95.232 %, 177 of 3712
		"sea_marketplace_json": 0.9980, // 99.847 %, 4 of 2608
		"shopify_webhook":      0.8530, // 85.358 %, 634 of 4330
		"spring_boot_trace":    0.9820, // 98.2 %, 27 of 1500
		"sql_orm_error":        0.8890, // 88.928 %, 223 of 2014
		"urlencoded_form":      0.9960, // 99.635 %, 17 of 4662
		"winston_json":         0.9970, // 99.767 %, 7 of 3002
		"zap_json":             0.9900, // 99.065 %, 14 of 1498
	}
	floorLocRecall = map[string]float64{
		"ar_AE":  0.9470, // 94.751 %, 121 of 2305
		"ar_SA":  0.9510, // 95.188 %, 109 of 2265
		"de_DE":  0.9520, // 95.265 %, 109 of 2302
		"en_GB":  0.9600, // 96.093 %, 91 of 2329
		"en_NG":  0.9620, // 96.223 %, 86 of 2277
		"en_SG":  0.9440, // 94.447 %, 124 of 2233
		"en_US":  0.9620, // 96.222 %, 89 of 2356
		"es_AR":  0.9470, // 94.748 %, 120 of 2285
		"es_ES":  0.9510, // 95.15 %, 113 of 2330
		"es_MX":  0.9510, // 95.131 %, 113 of 2321
		"fil_PH": 0.9520, // 95.24 %, 109 of 2290
		"fr_FR":  0.9540, // 95.431 %, 104 of 2276
		"hi_IN":  0.9460, // 94.637 %, 124 of 2312
		"id_ID":  0.9620, // 96.206 %, 86 of 2267
		"it_IT":  0.9650, // 96.573 %, 78 of 2276
		"ja_JP":  0.9610, // 96.169 %, 88 of 2297
		"ko_KR":  0.9570, // 95.791 %, 95 of 2257
		"ms_MY":  0.9610, // 96.109 %, 87 of 2236
		"nl_NL":  0.9530, // 95.332 %, 109 of 2335
		"pl_PL":  0.9520, // 95.224 %, 110 of 2303
		"pt_BR":  0.9650, // 96.537 %, 79 of 2281
		"ru_RU":  0.9500, // 95.063 %, 114 of 2309
		"sv_SE":  0.9490, // 94.989 %, 115 of 2295
		"th_TH":  0.9620, // 96.288 %, 85 of 2290
		"tr_TR":  0.9510, // 95.142 %, 113 of 2326
		"vi_VN":  0.9620, // 96.229 %, 83 of 2201
		"zh_CN":  0.9570, // 95.736 %, 95 of 2228
		"zh_TW":  0.9650, // 96.571 %, 78 of 2275
	}
	floorTypeDamage = map[string]float64{
		"amazon_order":    0.0000, // 0.0 %, 0 of 7117
		"amount":          0.0000, // 0.0 %, 0 of 8867
		"asin":            0.0000, // 0.0 %, 0 of 1734
		"bin_location":    0.0000, // 0.0 %, 0 of 9513
		"city":            0.0170, // 1.646 %, 209 of 12701
		"company":         0.0000, // 0.0 %, 0 of 987
		"company_vat":     0.0000, // 0.0 %, 0 of 1815
		"date":            0.0000, // 0.0 %, 0 of 16937
		"ean13":           0.0000, // 0.0 %, 0 of 1045
		"epoch_ms":        0.0000, // 0.0 %, 0 of 1294
		"epoch_ns":        0.0000, // 0.0 %, 0 of 709
		"epoch_s":         0.0000, // 0.0 %, 0 of 726
		"epoch_us":        0.0000, // 0.0 %, 0 of 688
		"git_sha":         0.0000, // 0.0 %, 0 of 1040
		"hs_code":         0.0000, // 0.0 %, 0 of 2009
		"idempotency_key": 0.0000, // 0.0 %, 0 of 750
		"invoice":         0.0000, // 0.0 %, 0 of 1446
		"ip":              0.0000, // 0.0 %, 0 of 2118
		"isbn":            0.0000, // 0.0 %, 0 of 1032
		"lazada_order":    0.0000, // 0.0 %, 0 of 2941
		"meli_order":      0.0000, // 0.0 %, 0 of 1149
		"pod":             0.0000, // 0.0 %, 0 of 8826
		"port":            0.0000, // 0.0 %, 0 of 1099
		"postcode":        0.0370, // 3.612 %, 170 of 4707
		"product":         0.0000, // 0.0 %, 0 of 5171
		"rakuten_order":   0.0000, // 0.0 %, 0 of 2041
		"request_id":      0.0000, // 0.0 %, 0 of 2439
		"sha256":          0.0000, // 0.0 %, 0 of 1007
		"shopee_sn":       0.1110, // 11.042 %, 124 of 1123
		"shopify_name":    0.0000, // 0.0 %, 0 of 1174
		"shopify_order":   0.0000, // 0.0 %, 0 of 1967
		"sku":             0.0000, // 0.0 %, 0 of 7495
		"span_id":         0.0000, // 0.0 %, 0 of 6000
		"status":          0.2340, // 23.389 %, 606 of 2591
		"tiktok_order":    0.0440, // 4.324 %, 95 of 2197
		"trace_id":        0.0000, // 0.0 %, 0 of 8109
		"traceparent":     0.0000, // 0.0 %, 0 of 1131
		"tracking_dhl":    0.0950, // 9.441 %, 27 of 286
		"tracking_fedex":  0.0630, // 6.25 %, 19 of 304
		"tracking_local":  0.0030, // 0.201 %, 2 of 997
		"tracking_s10":    0.0000, // 0.0 %, 0 of 304
		"tracking_ups":    0.0000, // 0.0 %, 0 of 345
		"tracking_usps":   0.0000, // 0.0 %, 0 of 341
		"ulid":            0.0000, // 0.0 %, 0 of 1215
		"upc":             0.0050, // 0.478 %, 5 of 1046
		"uuid":            0.0000, // 0.0 %, 0 of 2562
		"version":         0.0000, // 0.0 %, 0 of 8281
	}
)

func checkFloors(t failer, rep *report) {
	t.Helper()
	if r := rep.recall(); r < floorRecall {
		t.Errorf("recall %.3f %% below floor %.1f %%", 100*r, 100*floorRecall)
	}
	if d := rep.damage(); d > floorDamage {
		t.Errorf("damage %.3f %% above floor %.1f %%", 100*d, 100*floorDamage)
	}
	for k, f := range floorKindRecall {
		if tl := rep.byKind[k]; tl == nil || 1-tl.rate() < f {
			t.Errorf("recall of %s below floor %.1f %%", k, 100*f)
		}
	}
	for k, f := range floorCtxRecall {
		if tl := rep.byCtx[k]; tl == nil || 1-tl.rate() < f {
			t.Errorf("recall in %s below floor %.1f %%", k, 100*f)
		}
	}
	for k, f := range floorLocRecall {
		if tl := rep.byLoc[k]; tl == nil || 1-tl.rate() < f {
			t.Errorf("recall for %s below floor %.1f %%", k, 100*f)
		}
	}
	for k, f := range floorTypeDamage {
		if tl := rep.dmgType[k]; tl != nil && tl.rate() > f {
			t.Errorf("damage of %s %.3f %% above floor %.1f %%", k, 100*tl.rate(), 100*f)
		}
	}
}
