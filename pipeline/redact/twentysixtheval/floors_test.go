package twentysixtheval

// Floors taken from the first full run of the finished corpus (seed 26,
// fingerprint below) on the code of its branch: recall rounded down to
// 0.1 %, damage rounded up to 0.1 %, leak ceilings for card, IBAN, cn_id and
// credential as counted. They stop the redactor from getting worse on this
// corpus; VIGIL_TWENTYSIXTH_TARGETS=1 checks the targets instead.

const pinnedFingerprint = "a7826a7d008ff7c6"

// first run: address 86.36, card 100, cn_id 100, credential 93.81, email 100,
// iban 100, name 82.65, phone 97.77
var floorKind = map[string]float64{
	kAddress: 0.863, kCard: 1.000, kCNID: 1.000, kCredential: 0.938,
	kEmail: 1.000, kIBAN: 1.000, kName: 0.826, kPhone: 0.977,
}

// first run: chat 88.32, csv 92.07, email 90.42, field 98.78, form 90.19,
// headers 92.73, json 90.26, json2 90.31, logfmt 91.73, message 87.96,
// sql 89.99, stack 91.27, url_query 86.61, xml 90.89
var floorCtx = map[string]float64{
	"chat": 0.883, "csv": 0.920, "email": 0.904, "field": 0.987, "form": 0.901,
	"headers": 0.927, "json": 0.902, "json2": 0.903, "logfmt": 0.917, "message": 0.879,
	"sql": 0.899, "stack": 0.912, "url_query": 0.866, "xml": 0.908,
}

// first run: 0 card, 0 iban, 0 cn_id, 78 credential leaks
var leakCeiling = map[string]int{kCard: 0, kIBAN: 0, kCNID: 0, kCredential: 78}

// first run: 787 of 51150 look-alikes damaged (1.539 %)
const damageCeiling = 0.016
