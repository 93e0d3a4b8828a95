package thirtyfirsteval

// Floors from the first run of this corpus on the unchanged redactor of
// branch c31 (main at 4b5329e, seed 31, fingerprint 33aa3509…): per kind
// recall rounded down to 0.1 pt, the damage rounded up to 0.1 pt, and the
// leak counts of the kinds whose target is zero leaks.
var recallFloor = map[string]float64{
	"address":    97.3,
	"card":       100.0,
	"cn_id":      100.0,
	"credential": 94.2,
	"email":      100.0,
	"iban":       100.0,
	"name":       79.2,
	"phone":      97.0,
}

var leakCeiling = map[string]int{
	"card":       0,
	"iban":       0,
	"cn_id":      0,
	"credential": 165,
}

const damageCeiling = 1.2
