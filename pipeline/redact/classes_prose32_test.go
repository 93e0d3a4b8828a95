package redact

import "testing"

// A capitalised name after a phrase of a note or a delivery instruction
// that names a person: whom an agent spoke to, whom a parcel is left with,
// who the buyer is. Roles, firms' names in capitals and lower-case words
// after the same phrases stay.
func TestProse32Frames(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"note: leave it with Oskar Lindqvist next door (CASE-4455485)", "Lindqvist"},
		{"the buyer is Marta Kowalska, dock 26, gate code on the door", "Kowalska"},
		{`note="order 5522194965126, spoke to Chidi Okafor about it, escalate"`, "Okafor"},
		{"hablé con Lucía Fernández ayer sobre el reembolso", "Fernández"},
		{"bitte bei Jonas Becker abgeben", "Becker"},
	}, []struct{ in, value string }{
		{"leave it with the neighbour at 12", "the neighbour"},
		{"spoke to support about the refund, ticket 4412", "spoke to support"},
		{"spoke to DHL about it, parcel 1Z999AA10123456784", "DHL"},
		{"the buyer is not reachable, order 5522194965126", "not reachable"},
		{"leave it with reception please", "reception"},
	})
}
