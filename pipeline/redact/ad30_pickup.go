package redact

// A return or an exchange names the buyer's address as the place a courier
// collects the parcel from: "pickup from …", "collect from …", "Abholung
// bei …", "recoger en …", "retirar em …", "ritiro presso …", "jemput di …".
// The address follows the phrase as it follows a request of delivery
// (address14_dest.go), and is read, and ended, the same way.

// pickupPhrasesAd30 are the collection phrases, lower case as typed; the
// reading of destPhrases14 takes them (a capitalised first letter too).
var pickupPhrasesAd30 = []string{"pickup from ", "pick up from ", "pick-up from ", "pickup at ", "pick up at ",
	"collect from ", "collection from ", "collect at ", "return pickup: ",
	"abholung bei ", "abholung von ", "abholen bei ", "abholen von ", "abholadresse ",
	"recoger en ", "recolección en ", "recoleccion en ", "recogida en ", "retirar em ", "retirar no ", "retirar na ",
	"coleta em ", "coletar em ", "ritiro presso ", "ritiro a ", "ritirare presso ", "enlèvement à ", "enlèvement au ",
	"ramassage à ", "collecte à ", "jemput di ", "ambil di ", "pengambilan di ", "ophalen bij ", "ophalen op ",
	"odbiór z ", "odbiór spod ", "забрать по адресу ", "забрать с ", "вивезти з ", "teslim alınacak adres ",
	"alım adresi ", "παραλαβή από ", "kunin sa ", "pickup sa ", "kutip di ", "ambil dari "}

var _ = func() bool {
	destPhrases14 = append(destPhrases14, pickupPhrasesAd30...)
	return true
}()

// contactStopsAd30 end an address where a message goes on to how to reach
// the buyer ("…, 12345, contact +1…"), or to a status or a seller that a
// system logs after it ("…, Testville, status 200 seller Acme notified").
var contactStopsAd30 = []string{"contact", "kontakt", "contacto", "contato", "contatto", "kontak", "phone", "mobile",
	"status", "seller", "vendor"}

var _ = func() bool {
	for _, w := range contactStopsAd30 {
		dest14Stops[w] = true
	}
	return true
}()
