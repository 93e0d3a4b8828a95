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

// Class: a return's pickup phrase ("pickup from", "collect from",
// "Abholung bei", "recoger en", "retirar em", "jemput di"…) is followed by
// the buyer's address as a request of delivery is; the address ends before
// the contact, amount or id that follows, and a pickup from a place that
// reads as no address stays.
func TestAd30PickupPhraseAddress(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "return reason: wrong colour; pickup from Flat C-07, 91 Fake Salai, Testpur - 400123, contact 98765 43210",
			gone: []string{"91 Fake Salai", "Flat C-07"}, stays: []string{"contact"}},
		{in: "return reason: size too small; pickup from 12 Mockton mouth, Sampletown, OR 97201, amount $12.50",
			gone: []string{"Mockton mouth", "12 Mock"}, stays: []string{"$12.50"}},
		{in: "Rücksendung: Abholung bei Testweg 14, 12345 Beispielstadt. Bestellung 4711",
			gone: []string{"Testweg 14"}, stays: []string{"4711"}},
		{in: "devolución: recoger en Calle Ficticia 221, Testópolis, pedido 88231",
			gone: []string{"Ficticia 221"}, stays: []string{"88231"}},
		// stays: a pickup from a warehouse at a time, a store by its number
		{in: "pickup from the warehouse at 10:30, order 12345", stays: []string{"the warehouse at 10:30", "12345"}},
		{in: "pickup from store #12 on 2026-01-02", stays: []string{"store #12", "2026-01-02"}},
	})
}

// Class: an address that opens with its house's or flat's number behind
// "No." ("House No. 418, Fake Road, …", "Flat No. 12B, Sector 5, …") is
// taken from the word over its capitalised parts, anywhere in a text; the
// word and a number with no part after them stay.
func TestAd30HouseNumberHead(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "bhai Test bol raha hu, parcel House No. 9/0A, Fake Road, near the temple, Testnagar 600020 pe chhod dena",
			gone: []string{"9/0A", "Fake Road"}},
		{in: "House No. 418, Mockingbird Road, Testpur 411050", gone: []string{"418", "Mockingbird Road"}},
		{in: "deliver: Flat No. 12B, Sector 5, Fakeville 201301 ok", gone: []string{"12B", "Sector 5"}},
		// stays: a house's number alone, a series and a season
		{in: "Big House No. 5 in the series", stays: []string{"House No. 5"}},
		{in: "House No. 5, season 2", stays: []string{"House No. 5", "season 2"}},
	})
}

// Class: a pickup address ends before the status and the seller a system
// logs after it.
func TestAd30PickupEndsBeforeStatus(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "pickup from Șos. Fictivă 145, Testoara, status 200 seller Acme Bonita notified",
			gone: []string{"Fictivă 145"}, stays: []string{"status 200", "seller Acme Bonita notified"}},
	})
}
