package redact

// intros32 are phrases of a note, a ticket or a delivery instruction that
// a person's name follows, in the buyers' languages: whom an agent spoke
// to, whom a parcel is left with or handed to, who the buyer or the
// recipient is ("spoke to Lisette Dunn about it", "leave it with Leonard
// Banks next door", "the buyer is Ana Lima"). They join the intros, so the
// word scanner reads a capitalised name after them, as after "received by";
// a name in lower case after them is not taken ("leave it with the
// neighbour", "spoke to support"), nor a firm's or a place's name.
var intros32 = []string{
	"spoke to ", "spoke with ", "talked to ", "talked with ", "speak to ", "speak with ", "speaking to ",
	"speaking with ", "leave it with ", "leave with ", "left it with ", "left with ", "hand it to ",
	"give it to ", "gave it to ", "the buyer is ", "buyer is ", "the recipient is ", "recipient is ",
	"the customer is ", "customer is ",
	// the same in the shops' other languages
	"hablé con ", "hable con ", "dejarlo con ", "déjenlo con ", "dejar con ", "falei com ", "deixar com ",
	"deixe com ", "ho parlato con ", "lasciare a ", "j'ai parlé avec ", "j'ai parlé à ", "laisser à ",
	"laissez-le à ", "gesprochen mit ", "abgeben bei ", "bitte bei ", "sprak met ", "afgeven bij ",
	"rozmawiałem z ", "rozmawiałam z ", "zostawić u ", "berbicara dengan ", "titip ke ", "titipkan ke ",
}
