package redact

import "testing"

// Class: a US street line whose street type no table knows, told by the
// city, two-letter state and ZIP code after it ("…, City, ST 12345",
// "…, ST, 12345", ZIP+4); the span ends at the ZIP code, and an amount,
// date or id after it stays, as do a state and ZIP with no house number
// and street before them.
func TestAd30USStreetByStateZip(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "return reason: wrong colour; pickup from 4411 Fakeberry furt, Testville, IL, 60601 amount $5,696.39",
			gone: []string{"Fakeberry furt", "4411"}, stays: []string{"$5,696.39"}},
		{in: "pickup from 16 Mockingbird mouth, Sample City, WV 25301 (back door), contact desk, order 57683411",
			gone: []string{"Mockingbird mouth", "16 Mock"}, stays: []string{"57683411"}},
		{in: `{"note":"ship to 4652 Fakestreet berg Apt 51, Nashville-Davidson, AZ 85001-1234 on 10/1/2026"}`,
			gone: []string{"Fakestreet berg", "4652"}, stays: []string{"10/1/2026"}},
		// stays: a company's HQ line with no house number, a state and ZIP alone, a version
		{in: "Acme Corp, Springfield, IL 62701 release v2.3.1 build 40213", stays: []string{"Acme Corp", "Springfield", "v2.3.1", "40213"}},
		{in: "batch 1200 units, OK 20231 rows", stays: []string{"1200 units", "OK 20231"}},
	})
}
