package nineteentheval

// Floors and ceilings from the first run, seed 19, on the redactor of commit
// 1a7110a (README.md, "First run"): recall rounded down to 0.1 %, damage
// rounded up to 0.1 %, leak ceilings the first run's counts.

var kindFloor = map[string]float64{
	"address":    93.9, // 93.947 %
	"card":       96.4, // 96.477 %
	"cn_id":      96.7, // 96.732 %
	"credential": 72.0, // 72.097 %
	"email":      100.0,
	"iban":       99.4, // 99.471 %
	"name":       81.4, // 81.477 %
	"phone":      90.7, // 90.776 %
}

var ctxFloor = map[string]float64{
	"audit":      83.9, // 83.971 %
	"b2b":        94.9, // 94.981 %
	"contacts":   83.5, // 83.509 %
	"customs":    98.0, // 98.075 %
	"documents":  81.2, // 81.261 %
	"exports":    93.6, // 93.678 %
	"lastmile":   83.9, // 83.973 %
	"lockers":    64.0, // 64.078 %
	"mail":       98.0, // 98.050 %
	"payouts":    98.3, // 98.374 %
	"returns":    80.3, // 80.333 %
	"seller_kyc": 94.9, // 94.933 %
	"telemetry":  99.9, // 99.937 %
	"voice_sms":  74.1, // 74.104 %
	"warehouse":  87.8, // 87.879 %
}

// damageCeiling is the share of look-alikes damaged, in per cent (2.311 %).
var damageCeiling = 2.4

// leakCeiling holds the first run's leaks of the kinds issue 10 allows none of.
var leakCeiling = map[string]int{"card": 42, "iban": 10, "cn_id": 30, "credential": 1461}
