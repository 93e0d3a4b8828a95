package eighteentheval

// Floors from the first run on the last committed redactor (cc1571c, seed 18,
// 2026-12-06; see README.md): recall per kind and context rounded down to
// 0.1 %, the damage ceiling rounded up to 0.1 %, leak ceilings the counts.

var kindFloor = map[string]float64{
	"address":    94.5,
	"card":       100.0,
	"cn_id":      99.9,
	"credential": 90.4,
	"email":      97.8,
	"iban":       99.9,
	"name":       83.3,
	"phone":      99.1,
}

var ctxFloor = map[string]float64{
	"analytics": 98.6,
	"api":       98.7,
	"chat":      92.3,
	"config":    98.2,
	"crash":     99.0,
	"crm":       86.1,
	"db":        99.4,
	"disputes":  93.6,
	"geo":       96.4,
	"loyalty":   92.5,
	"payments":  97.8,
	"risk":      90.8,
	"social":    84.4,
	"support":   85.0,
	"tax":       91.8,
}

// damageCeiling is the share of look-alikes (in %) that may be damaged.
var damageCeiling = 2.5

// leakCeiling holds the first run's leaks of the kinds issue 10 allows none of.
var leakCeiling = map[string]int{
	"card":       0,
	"iban":       1,
	"cn_id":      1,
	"credential": 447,
}
