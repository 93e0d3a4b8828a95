package redact

import "testing"

// A resident id written in its groups right after an address is no part
// of the address: the span ends before it and the id is redacted whole
// (before, the address took the first group as its postcode and the
// rest of the id was kept). Postcodes with a town, a date and a quantity
// after an address stay as they were.
func TestZr28AddressThenGroupedID(t *testing.T) {
	catch := []struct{ in, secret string }{
		{"收货地址 上海市浦东新区世纪大道100号 350203 20041201 8394 张伟", "20041201 8394"},
		{"ship to 12 Main St, Springfield 350203 20041201 8394 x", "20041201 8394"},
		{"deliver to 48 Harbour Rd, Wan Chai 110105-19491231-002X thanks", "19491231-002X"},
	}
	keep := []struct{ in, value string }{
		{"ship to 12 Main St, Springfield 350203 20041201 8395 x", "20041201 8395"}, // check character off: no id
		{"ship to 12 Main St, Springfield 350203, ref 20041201 8394", "20041201 8394"},
	}
	cred27Check(t, catch, keep)
	r := newDefault(t)
	if o := r.String("ship to 12 Main St, Springfield 350203 20041201 8394 x"); o != "ship to [REDACTED:address] [REDACTED:cn_id] x" {
		t.Errorf("address and id: %s", o)
	}
}
