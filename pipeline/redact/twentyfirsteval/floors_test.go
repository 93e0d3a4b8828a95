package twentyfirsteval

// Floors from the first run on commit 0d6e719 (see README.md, "First run"):
// recall rounded down to 0.1 %, the damage ceiling rounded up to 0.1 %, and
// the leaks of the kinds issue 10 allows none of as counted then.
var kindFloors = map[string]float64{
	"name":       85.8,
	"email":      100.0,
	"phone":      94.5,
	"address":    87.4,
	"card":       86.0,
	"iban":       100.0,
	"cn_id":      100.0,
	"credential": 92.2,
}

var contextFloors = map[string]float64{
	"banking":    94.1,
	"directory":  86.4,
	"disputes":   99.0,
	"documents":  87.3,
	"edge":       100.0,
	"edi":        97.7,
	"erp":        92.3,
	"exports":    90.9,
	"helpdesk":   91.2,
	"mail":       95.1,
	"middleware": 100.0,
	"pos":        84.4,
	"syslog":     94.3,
	"telephony":  76.6,
}

// damageCeiling is the share of look-alikes, in %, that may be damaged; -1: not checked.
var damageCeiling = 5.0

// leakCeilings are the first run's leaks of the kinds issue 10 allows none of.
var leakCeilings = map[string]int{
	"card":       97,
	"iban":       0,
	"cn_id":      0,
	"credential": 311,
}
