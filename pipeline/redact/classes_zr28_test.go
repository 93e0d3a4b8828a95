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

// In a struct printed by its fields, a field's value that is a word of a
// credential's key ("Flag:one_tap_otp") does not make the next field
// ("PayoutIban:FI11 …") a secret written after its key: the next field is
// read by its own key (before, the IBAN's key and country were redacted as
// a credential and its digits kept). A secret after such a word with a
// space and no field name, and a flag that is its own key's value, are
// read as before.
func TestZr28StructFieldAfterKeyWord(t *testing.T) {
	catch := []struct{ in, secret string }{
		{"failed to process customer: &{Id:b6f4ad79 Flag:one_tap_otp PayoutIban:FI11 4772 2604 4305 49 Id2:9a97324a}", "4772 2604"},
		{"&{Mode:api_key Iban:DE89 3704 0044 0532 0130 00}", "0532 0130"},
		{"client_secret PvglFRA5t0zQx8 rotated", "PvglFRA5t0zQx8"},
	}
	keep := []struct{ in, value string }{
		{"&{Flag:one_tap_otp Ref:AB12CD34 Qty:2}", "Ref:AB12CD34"},
		{"&{Flag:one_tap_otp Url:https://shop.example/x}", "Flag:one_tap_otp"},
	}
	cred27Check(t, catch, keep)
	r := newDefault(t)
	if o := r.String("&{Flag:one_tap_otp PayoutIban:FI11 4772 2604 4305 49}"); o != "&{Flag:one_tap_otp PayoutIban:[REDACTED:iban]}" {
		t.Errorf("struct: %s", o)
	}
}

// TestLetterlessNameTwice: a name reader's value that is, markers left
// out, a stray byte is no name, so twice equals once (fuzz input).
func TestLetterlessNameTwice(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{`namA "?000 000.0000"`, `name "?000 000.0000"`, `name: "Ana Lima"`} {
		once := r.String(in)
		if twice := r.String(once); twice != once {
			t.Errorf("%q: once %q, twice %q", in, once, twice)
		}
	}
	if out := r.String(`name: "Ana Lima"`); out != `name: "[REDACTED:name]"` {
		t.Errorf("a name with letters lost: %q", out)
	}
}
