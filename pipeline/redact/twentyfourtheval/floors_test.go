package twentyfourtheval

// Floors from the first run on commit e30f6d5 (see README.md, "First run"):
// recall rounded down to 0.1 %, the damage ceiling rounded up to 0.1 %, the
// leak ceilings the first run's counts. Checked with the default seed only.
var floorsSet = true

var floorKind = map[string]float64{
	"address": 97.7, "card": 100.0, "cn_id": 100.0, "credential": 89.8,
	"email": 98.4, "iban": 98.8, "name": 82.7, "phone": 98.0,
}

var floorCtx = map[string]float64{
	"admin": 99.7, "backup": 85.9, "cache": 83.9, "cicd": 90.1, "config": 95.8,
	"crash": 91.9, "iac": 83.5, "jobs": 92.9, "k8s": 97.0, "loadtest": 98.9,
	"observability": 100.0, "oncall": 88.8, "queues": 100.0, "serverless": 100.0,
}

var ceilDamage = 2.6

var ceilLeaks = map[string]int{"card": 0, "iban": 13, "cn_id": 0, "credential": 850}
