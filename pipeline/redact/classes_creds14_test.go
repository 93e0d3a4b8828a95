package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// checkEventCases14 redacts each case's input as an event (a JSON line with
// a timestamp) and checks what must go and what must stay in its JSON.
func checkEventCases14(t *testing.T, cases []classCase) {
	t.Helper()
	r := newDefault(t)
	dec := event.NewDecoder(nil)
	for _, c := range cases {
		var ev event.Event
		if err := dec.Decode([]byte(c.in), &ev); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		r.Event(&ev)
		got := string(ev.JSON())
		if c.gone != "" && strings.Contains(got, c.gone) {
			t.Errorf("%s: kept %q: %q", c.name, c.gone, got)
		}
		for _, k := range c.keep {
			if !strings.Contains(got, k) {
				t.Errorf("%s: lost %q: %q", c.name, k, got)
			}
		}
	}
}

// A set of recovery codes ends at a full stop, an escape in JSON held in a
// string, or the next parameter of a query; in a URL its codes are joined
// by '+'; and a long set holds codes of letters alone now and then.
func TestClassRecoveryCodeRunEnds(t *testing.T) {
	checkClasses(t, []classCase{
		{"last code before a full stop", "backup_codes set to ab1cd-2ef3g hj4km-5np6q rs7tu-8vw9x yz2ab-3cd4e. WhatsApp sent", "yz2ab", []string{"WhatsApp sent"}},
		{"last code before an escaped newline", `{"text":"codes=ab1cd-2ef3g hj4km-5np6q rs7tu-8vw9x yz2ab-3cd4e\nthanks"}`, "yz2ab", []string{`thanks"}`}},
		{"last code before an escaped quote", `{"raw":"{\"text\":\"recovery_codes: ab1cd-2ef3g hj4km-5np6q yz2ab-3cd4e\"}"}`, "yz2ab", nil},
		{"codes joined by + in a search query", "autocomplete q=ab1cd-2ef3g+hj4km-5np6q+rs7tu-8vw9x+yz2ab-3cd4e results=1", "yz2ab", []string{"results=1"}},
		{"codes joined by + in a form body", "body=phone=x&checkout%5BbackupCodes%5D=ab1cd-2ef3g+hj4km-5np6q+rs7tu-8vw9x&next=1", "rs7tu", []string{"&next=1"}},
		{"codes in a row after a comma", "row 3518: 331777337,ab1cd-2ef3g hj4km-5np6q rs7tu-8vw9x,EUR 8.72", "ab1cd", []string{"331777337", "EUR 8.72"}},
		{"a long set with codes of letters alone", "X-Codes: vf1y0-n76m0 tvtzb-qcvhd hinbm-dk36r 10z85-x06qb qwclw-dmefd n2eko-vyy04", "tvtzb", nil},
		{"half the codes with digits", `"req.body.codes":"8gf6x-rbq2d zqv45-3ntwy gbeda-eqxab gtpdc-vejet"`, "gbeda", nil},
	})
	checkClasses(t, []classCase{
		{"words joined by dashes", "steps: check-email reset-token apply-patch verify-build.", "", []string{"check-email reset-token apply-patch verify-build."}},
		{"a host name after a code-shaped label", "upstream ab1cd-2ef3g.example.com:443 ok", "", []string{"ab1cd-2ef3g.example.com"}},
		{"ids joined by +", "q=SKU-4411-BLK+SKU-4412-RED results=2", "", []string{"SKU-4411-BLK+SKU-4412-RED"}},
		{"masked cards", "cards XXXX-XXXX-XXXX-4821 XXXX-XXXX-XXXX-1234.", "", []string{"XXXX-XXXX-XXXX-4821", "XXXX-XXXX-XXXX-1234"}},
		{"a set of four words, one with a digit", "tags: alpha-bravo delta-echo hotel-india kilo-lima2.", "", []string{"alpha-bravo delta-echo"}},
	})
}

// One-time codes after a copula of Hindi, Marathi, Bengali and Urdu, after
// Thai's copula written without a space, and after the Finnish and
// Estonian words for "code" with a possessive suffix.
func TestClassOTPCopulasMore(t *testing.T) {
	checkClasses(t, []classCase{
		{"hindi", "Namaste, आपका सत्यापन कोड है 178819 barcode 9788326540684", "178819", []string{"9788326540684"}},
		{"hindi, four digits before a dash", "आपका सत्यापन कोड है 8667 — WH2-A84-R6-S95-B4", "8667", []string{"WH2-A84-R6-S95-B4"}},
		{"marathi", "तुमचा पडताळणी कोड आहे 552901 धन्यवाद", "552901", nil},
		{"urdu", "آپ کا تصدیقی کوڈ ہے 403117", "403117", nil},
		{"bengali", "আপনার যাচাই কোড হল 771203", "771203", nil},
		{"thai, copula glued to the possessive", "รหัส OTP ของคุณคือ 4535", "4535", nil},
		{"finnish possessive", "sms_text: vahvistuskoodisi on 870931", "870931", nil},
		{"estonian", "Teie kinnituskood on 123456", "123456", nil},
	})
	checkClasses(t, []classCase{
		{"hindi order number", "आपका ऑर्डर नंबर है 123456", "", []string{"123456"}},
		{"hindi amount", "आपका कुल बिल है 4500 रुपये", "", []string{"4500"}},
		{"finnish order", "tilauksesi numero on 552901", "", []string{"552901"}},
	})
}

// A helpdesk's custom field names its value by a "title" or a "label";
// a product's title, or a title of words, names no value.
func TestClassTitledPairs(t *testing.T) {
	checkClasses(t, []classCase{
		{"french password", `{"custom_fields":[{"id":360000526007,"title":"mot_de_passe","value":"Hanoi9891!"}]}`, "Hanoi9891", []string{"360000526007", "mot_de_passe"}},
		{"vietnamese password", `{"id":3,"title":"mật_khẩu","value":"cerveza_57&gde"}`, "cerveza_57", nil},
		{"api key, escaped json", `{\"id\":360000551317,\"title\":\"apikey\",\"value\":\"gSv6EBmw588r0zdlQAUIToP7GVMDyqPO\"}`, "gSv6EBmw", []string{"apikey"}},
		{"totp seed under a label", `{"label":"otp_seed","value":"NLVTP2H3B5JSK5BH5AVH3UWTIEQMKT3F"}`, "NLVTP2H3", nil},
		{"hex signing secret", `{"title":"signing_secret","value":"0d95fa666b29b8cf66f9cb60fba29938211a27e13f88143595b51e82a8f62c33"}`, "0d95fa66", nil},
	})
	checkClasses(t, []classCase{
		{"a product's title", `{"title":"Sneakers","value":"29.99"}`, "", []string{"Sneakers", "29.99"}},
		{"a title of words", `{"title":"Blue Shirt","value":"in stock"}`, "", []string{"Blue Shirt", "in stock"}},
		{"an order id field", `{"title":"order_id","value":"4111111111111"}`, "", []string{"4111111111111"}},
		{"a label with a version", `{"label":"build","value":"v2.14.1-4f4cce2"}`, "", []string{"v2.14.1-4f4cce2"}},
	})
}

// A value wrapped under its key, in an object or a list of typed objects,
// takes the key's kind; a list's key in the plural is read as its singular.
func TestClassWrappedValues(t *testing.T) {
	ts := `{"@timestamp":"2026-12-04T16:02:47Z","message":"x",`
	checkEventCases14(t, []classCase{
		{"secret in an object", ts + `"app_secret":{"value":"e8969d0e62e7994741ffe219f2368ec82ea23cd52a3340981621471d8da55f23"}}`, "e8969d0e", nil},
		{"plural secrets", ts + `"app_secrets":[{"type":"primary","value":"e8969d0e62e7994741ffe219f2368ec82ea23cd52a3340981621471d8da55f23"}]}`, "e8969d0e", nil},
		{"plural password of another language", ts + `"partner.contraseñas":[{"type":"primary","value":"monkey126_05"}]}`, "monkey126", nil},
		{"plural swahili password", ts + `"config.nenosiris":[{"type":"primary","value":"1FItgl8HIPJWzU"}]}`, "1FItgl8H", nil},
		{"plural one-time codes", ts + `"otps":[{"type":"primary","value":"1799"}]}`, "1799", nil},
		{"plural card key, a 13-digit visa", ts + `"psp.request.ccs":[{"type":"primary","value":"4961120292585"}]}`, "4961120292585", nil},
	})
	checkEventCases14(t, []classCase{
		{"a price", ts + `"price":{"value":"12.99"}}`, "", []string{"12.99"}},
		{"tags", ts + `"tags":[{"type":"a","value":"Blue Shirt"}]}`, "", []string{"Blue Shirt"}},
		{"plural order ids", ts + `"order_ids":[{"type":"a","value":"4961120292585"}]}`, "", []string{"4961120292585"}},
		{"a status", ts + `"status":{"value":"shipped"}}`, "", []string{"shipped"}},
		{"a sha in a list of checks", ts + `"checks":[{"type":"sha","value":"4f4cce2a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"}]}`, "", []string{"4f4cce2a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"}},
	})
}

// "sandi" (Indonesian and Malay for a password, "kata sandi") as a key of
// its own, in text and in an audit trail's changed field.
func TestClassSandiKey(t *testing.T) {
	checkClasses(t, []classCase{
		{"celery kwargs", "kwargs={'sandi': 'Hanoi6983*', 'ean': '8712929985895', 'retries': 0}", "Hanoi6983", []string{"8712929985895"}},
		{"rails params", `Parameters: {"order"=>{"sandi"=>"mzzV4x^19RkxhDA", "sku"=>"SKU-NN18-BLK"}}`, "mzzV4x", []string{"SKU-NN18-BLK"}},
	})
	checkEventCases14(t, []classCase{
		{"audit change", `{"@timestamp":"2026-12-04T16:02:47Z","message":"x","audit.changes":[{"field":"sandi","old_value":"kirschbaum_34.vgw","new_value":"mamba6906!"}]}`, "kirschbaum", []string{"sandi"}},
		{"dotnet property", `{"@timestamp":"2026-12-04T16:02:47Z","message":"x","Sandi":"c3hr4B^k9Hjnp9T","TrackingNumber":"723047201822"}`, "c3hr4B", []string{"723047201822"}},
	})
}

// Keys that name a card's number in the shops' languages, or behind an
// object's name, make a thirteen-digit Visa a card; keys of other cards
// (a SIM's, a gift card's, a customer card's) and an order's number do not.
func TestClassCardNumberKeys(t *testing.T) {
	v := visa13Fake(t, "4482328818")
	checkClasses(t, []classCase{
		{"german key in a query", "GET /unsubscribe?no_hp=x&kartennummer=" + v + " HTTP/1.1", v, []string{"HTTP/1.1"}},
		{"dotted camel case key", "req.cardNo=" + v + " latency_ms=201.3", v, []string{"latency_ms=201.3"}},
		{"spanish key", "numero_tarjeta=" + v + " status=ok", v, []string{"status=ok"}},
		{"french key", `{"numero_de_carte":"` + v + `"}`, v, nil},
		{"portuguese key", "numeroDoCartao=" + v, v, nil},
		{"dutch key", "kaartnummer: " + v, v, nil},
		{"swedish key", "kortnummer=" + v, v, nil},
		{"polish key", "numer_karty=" + v, v, nil},
		{"turkish key", "kart_no=" + v, v, nil},
		{"russian key", "номер_карты=" + v, v, nil},
	})
	checkClasses(t, []classCase{
		{"a sim card's number", "simCardNo=" + v + " iccid", "", []string{v}},
		{"a gift card's number", "gift_card_number=" + v, "", []string{v}},
		{"a customer card's number", "kundenkartennummer=" + v, "", []string{v}},
		{"an identity card's number", "id_card_no=" + v, "", []string{v}},
		{"an order's number", "order_no=" + v, "", []string{v}},
		{"a tracking number", "tracking_number=" + v, "", []string{v}},
	})
	checkEventCases14(t, []classCase{
		{"event field behind an object", `{"@timestamp":"2026-12-04T16:02:47Z","message":"x","Recipient.Kartennummer":"` + v + `"}`, v, nil},
	})
	if !cardNumberKey("kartennummer") || !cardNumberKey("numerodetarjeta") || cardNumberKey("simcardno") || cardNumberKey("ordernumber") {
		t.Error("cardNumberKey: wrong classification of a plain key")
	}
}

// A secret typed into a search box is read by its shape, decoded; what
// people search for (products, ids, SKUs, tracking numbers, hex digests)
// stays.
func TestClassSearchBoxSecrets(t *testing.T) {
	checkClasses(t, []classCase{
		{"totp seed", "autocomplete q=KRQEJ3XQRCKZY4XYAZGOTZW6Z3OL7FYQ results=7", "KRQEJ3XQ", []string{"results=7"}},
		{"api key", "autocomplete q=ZkiZKIDITT1PDSREPTLuVfk7uoArFcQxlvOkllL2 results=4", "ZkiZKIDI", nil},
		{"url-encoded base64 key", "GET /search?query=TP%2F2YSanjoIqSP1P2qOmbvhkZsYtrUwoYGUNIJmFMOk%3D&page=2", "TP%2F2YSa", []string{"&page=2"}},
		{"password with an encoded symbol", "autocomplete q=winter1818%2A results=6", "winter1818", nil},
		{"word, digits, an encoded '&' and letters", "autocomplete q=cerveza_23%26fsy results=7", "cerveza_23", nil},
		{"mixed-case password", "GET /admin/search?keyword=kgK5WG3ViGuT HTTP/1.1", "kgK5WG3ViGuT", []string{"HTTP/1.1"}},
	})
	checkClasses(t, []classCase{
		{"a product with a model", "autocomplete q=iPhone15ProMax results=3", "", []string{"iPhone15ProMax"}},
		{"a sku", "autocomplete q=SKU-4411-BLK results=3", "", []string{"SKU-4411-BLK"}},
		{"an asin", "autocomplete q=B0BB1JBK4F results=3", "", []string{"B0BB1JBK4F"}},
		{"a ups tracking number", "autocomplete q=1Z9RAW017367061626 results=3", "", []string{"1Z9RAW017367061626"}},
		{"a ulid", "autocomplete q=01JVKT7EC0WMRMDPP6N0TFCJ97 results=3", "", []string{"01JVKT7EC0WMRMDPP6N0TFCJ97"}},
		{"a sha-256 digest", "autocomplete q=dc21abc597d73a8bbdec59ecf465633a7ae3bc258df4681a74a04397c05d5c77 results=3", "", []string{"dc21abc597d73a8b"}},
		{"a stripe object id", "GET /search?q=pi_3DUV8fKx2LmNpQ7r&page=2", "", []string{"pi_3DUV8fKx2LmNpQ7r"}},
		{"an order code", "GET /search?q=261205DOJAJYWC&page=2", "", []string{"261205DOJAJYWC"}},
		{"a release", "GET /search?q=release_2024.rc1 HTTP/1.1", "", []string{"release_2024.rc1"}},
		{"words", "GET /search?query=Galaxy%20S24%20Ultra&page=2", "", []string{"Galaxy%20S24%20Ultra"}},
	})
}

// Passwords people choose, bound in PostgreSQL's parameter line beside the
// row's other PII: a diceware phrase and a word with digits and capitals.
// A slug in a list without PII, and the row's ids, stay.
func TestClassBoundPasswords(t *testing.T) {
	checkClasses(t, []classCase{
		{"diceware", `DETAIL:  parameters: $1 = '2000212802879146', $2 = 'ana.lima@example.com', $3 = 'chocolat-dragon-457', $4 = 'Ana Lima'`, "chocolat-dragon", []string{"2000212802879146"}},
		{"three words", `DETAIL:  parameters: $1 = '37b64b97-2f9b-463c-9eb6-ff5962e0147a', $2 = 'ana.lima@example.com', $3 = 'kozak-winter-tundra-121'`, "kozak-winter", []string{"37b64b97-2f9b-463c-9eb6-ff5962e0147a"}},
		{"word, digits and capitals", `DETAIL:  parameters: $1 = '#25922', $2 = 'Ana Lima', $3 = '+44 7700 900123', $4 = 'Monkey.86BH'`, "Monkey.86BH", []string{"#25922"}},
	})
	checkClasses(t, []classCase{
		{"a slug with no PII beside it", `DETAIL:  parameters: $1 = '4411', $2 = 'blue-widget-42', $3 = 'SKU-4411-BLK'`, "", []string{"blue-widget-42"}},
		{"a pod name beside PII", `DETAIL:  parameters: $1 = 'ana.lima@example.com', $2 = 'order-sync-7flz6p5gd-vvvm2'`, "", []string{"order-sync-7flz6p5gd-vvvm2"}},
	})
	for _, v := range []string{"chocolat-dragon-729", "istanbul-futbol-955", "Monkey.86BH", "Bolacha.27DE"} {
		if !boundPassword(v) {
			t.Errorf("boundPassword(%q) = false", v)
		}
	}
	for _, v := range []string{"order-sync-3", "check-email", "SKU-4411-BLK", "v2.14.1-rc1", "blue-widget-x1", "Release.2024", "abc-def-1234567"} {
		if boundPassword(v) {
			t.Errorf("boundPassword(%q) = true", v)
		}
	}
}

// A thirteen-digit Visa right after a card's word with an expiry date is a
// card even when its check digit is a barcode's; an event's bare "Number"
// field holding one is a card's number. A barcode after its own word, and
// ids under other fields, stay.
func TestClassVisa13MoreContexts(t *testing.T) {
	var ean string
	for k := 0; k < 1000 && ean == ""; k++ {
		c := luhnComplete("494554053" + string(byte('0'+k/100)) + string(byte('0'+k/10%10)) + string(byte('0'+k%10)))
		if upcValid([]byte(c)) {
			ean = c
		}
	}
	if ean == "" {
		t.Fatal("no EAN-valid Visa-13 look-alike")
	}
	v := visa13Fake(t, "8453117310")
	checkClasses(t, []classCase{
		{"german card word and expiry", "Super Produkt. Karte " + ean + " exp 05/27 barcode 970901932574", ean, []string{"970901932574", "05/27"}},
		{"english card word and expiry", "card: " + ean + ", expires 11/28", ean, nil},
	})
	checkClasses(t, []classCase{
		{"a barcode after its word, an expiry later", "barcode " + ean + " card on file exp 05/27", "", []string{ean}},
		{"a card word with no expiry", "Karte " + ean + " gedruckt", "", []string{ean}},
	})
	ts := `{"@timestamp":"2026-02-01T14:49:55Z","message":"Shipment label created",`
	checkEventCases14(t, []classCase{
		{"bare Number property", ts + `"@mt":"Shipment {TrackingNumber} label created","TrackingNumber":"756244658650","Number":"` + v + `"}`, v, []string{"756244658650"}},
	})
	checkEventCases14(t, []classCase{
		{"an order's number", ts + `"order.number":"` + v + `"}`, "", []string{v}},
		{"a barcode under Number", ts + `"Number":"` + ean + `"}`, "", []string{ean}},
		{"an id", ts + `"Id":"` + v + `"}`, "", []string{v}},
	})
}
