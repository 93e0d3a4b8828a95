package twentysecondeval

import "github.com/vigilops/vigil/event"

type (
	eventT       = event.Event
	eventDecoder = event.Decoder
)

// Floors and ceilings from the first run on the last committed redactor,
// e34997b (see README.md, "First run"): recall rounded down to 0.1 %, damage
// rounded up to 0.1 %, leaks of cards, IBANs, cn_ids and credentials as
// counted. They hold for the default seed only.
var floorsByKind = map[string]float64{
	"address":    88.7,
	"card":       99.6,
	"cn_id":      100.0,
	"credential": 90.5,
	"email":      100.0,
	"iban":       100.0,
	"name":       78.2,
	"phone":      98.3,
}

var floorsByContext = map[string]float64{
	"analytics":     95.7,
	"api":           95.4,
	"audit":         89.9,
	"auth":          76.6,
	"database":      96.2,
	"errortracking": 99.9,
	"exceptions":    96.5,
	"framework":     97.1,
	"frontend":      79.0,
	"infra":         100.0,
	"jobs":          94.7,
	"mobile":        99.4,
	"qa":            87.9,
	"search":        68.2,
	"templates":     77.2,
}

var leakCeilings = map[string]int{
	"card":       4,
	"iban":       0,
	"cn_id":      0,
	"credential": 632,
}

const damageCeiling = 1.4

var damageCeilingByContext = map[string]float64{
	"analytics":     0.5,
	"api":           3.0,
	"audit":         0.5,
	"auth":          11.2,
	"database":      0.1,
	"errortracking": 0.6,
	"exceptions":    2.3,
	"framework":     0.4,
	"frontend":      0.3,
	"infra":         0.3,
	"jobs":          0.2,
	"mobile":        0.6,
	"qa":            0.0,
	"search":        0.4,
	"templates":     0.4,
}
