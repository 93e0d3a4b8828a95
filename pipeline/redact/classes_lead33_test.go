package redact

import "testing"

// An address after the phrase of a note that says where to leave or send a
// parcel ("leave at", "send the replacement to", "abstellen bei", "dejar
// en", "antar ke"), capitalised or typed in lower case, whole: its floor
// after a storey's number, a subdivision's block and lot, a province's code
// in brackets. What such phrases also open and is no address stays.
func TestLead33DeliveryNotes(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"leave at 39, Fakeola Way, Enugu 405394", "Fakeola Way"},
		{"pls leave it at 12 Quenby Street, Brisbane QLD 4000 thanks", "Quenby Street"},
		{"send the replacement to kirchweg 90, 3. og links, 01413 würzburg (ZD-10688)", "og links"},
		{"send the replacement to 4421 Szeged, Andrássy út 88. 0. em. about the order 332518665934723", "0. em"},
		{"abstellen bei apt 1b, 224 cedar ln columbus, oh 39627", "cedar ln"},
		{"abstellen bei blk 7 lot 6, rizal ave, quezon city - Jo", "rizal ave"},
		{"pay me directly: leave at debrecen, rákóczi út 2c", "rákóczi út"},
		{"dejar en calle del pez, 129, 81296 valencia", "calle del pez"},
		{"moved to corso vittorio emanuele, 148 int. 8, 76606 napoli (na). thanks", "(na)"},
		{"antar ke Jl. Merdeka No. 12, Bandung 40111, pagar hijau", "Merdeka"},
		{"enviar para rua augusta, 170, 7620-109 braga", "rua augusta"},
		{"お誕生日おめでとう！flat 605, 195 park street, mumbai 400050へ送ってください", "park street"},
		{"send the replacement to 216, fakegate road, mumbai 400050", "fakegate road"},
		{"moved to 44 maple ave apt 2b, raleigh, nc 69712 last month", "maple ave"},
		{"moved to 4413 pécs, rákóczi út 57. 4. em.", "rákóczi út"},
		{"abstellen bei 98252 görlitz, bahnhofstr. 72", "bahnhofstr. 72"},
		{"leave at cumhuriyet mah. no: 163 d: 8, 87350 kadıköy/istanbul", "cumhuriyet"},
	}, []struct{ in, value string }{
		{"leave at the door 2 times please", "the door 2 times"},
		{"leave at reception, floor 3", "reception, floor 3"},
		{"moved to step 2 of the checkout", "step 2 of the checkout"},
		{"moved to row 5 of the sheet", "row 5 of the sheet"},
		{"moved to production 3 days ago", "production 3 days ago"},
		{"leave it at gate 5 near the lobby", "gate 5 near the lobby"},
		{"moved to queue 3 on friday", "queue 3 on friday"},
		{"deliver at 9:30 tomorrow", "9:30 tomorrow"},
		{"the parcel never came um leave at Budapest Váci utca 16 it was in March", "it was in March"},
		{"moved to the Berlin warehouse, dock 4", "Berlin warehouse"},
		{"moved to 5 pm on the way home", "5 pm on the way home"},
		{"send the replacement to 3 people on the street", "3 people on the street"},
		{"leave at 2 days on the road", "2 days on the road"},
		{"moved to 44 maple ave apt 2b, raleigh, nc 69712 last month", "last month"},
		{"please send it to 71a fakeley street testville wa 1626 the code is #4671", "the code is #4671"},
		{"uh yes the address is 12 fakeham road leeds 10.953s and boundary", "10.953s"},
		{"return authorised: awb 1Z136LF871324793, address Fakeweg 220, 70585 Köln, product Enduring Directional Comforter, sales record 33-89105-50033, order id #15896", "Enduring Directional"},
	})
}
