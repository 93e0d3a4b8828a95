package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Test data for the classes of eleventhclass*.go: made-up people, streets
// and numbers drawn from a seeded generator.

var (
	e11Given  = []string{"Ilka", "Tomasz", "Ragna", "Oskari", "Mirela", "Dusan", "Aigerim", "Timur", "Eleni", "Bongani", "Chiamaka", "Yusuf"}
	e11Family = []string{"Varga", "Lindqvist", "Moldovan", "Kowalczyk", "Sarsenova", "Rahimov", "Papadaki", "Dlamini", "Okonkwo", "Haddad"}
	e11Street = []string{"Birch Lane", "Hauptstraße", "Calea Florilor", "ul. Kwiatowa", "Rue des Lilas", "Via Roma"}
)

func e11Name(rng *rand.Rand) string {
	return e11Given[rng.IntN(len(e11Given))] + " " + e11Family[rng.IntN(len(e11Family))]
}

func e11Digits(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteByte(byte('0' + rng.IntN(10)))
	}
	return b.String()
}

// gs1Check appends a GS1 check digit (GTIN, EAN, UPC) to body.
func gs1Check(body string) string {
	sum := 0
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if (len(body)-1-i)%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return body + string(byte('0'+(10-sum%10)%10))
}

// ibanOf builds a valid IBAN of country cc from a numeric BBAN.
func ibanOf(cc, bban string) string {
	rearranged := bban + cc + "00"
	rem := 0
	for i := 0; i < len(rearranged); i++ {
		c := rearranged[i]
		if c >= 'A' && c <= 'Z' {
			v := int(c-'A') + 10
			rem = (rem*100 + v) % 97
		} else {
			rem = (rem*10 + int(c-'0')) % 97
		}
	}
	return fmt.Sprintf("%s%02d%s", cc, 98-rem, bban)
}

func group4(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:min(len(s), i+4)])
	}
	return b.String()
}

func mustKeep(t *testing.T, out string, vals ...string) {
	t.Helper()
	for _, v := range vals {
		if !strings.Contains(out, v) {
			t.Fatalf("%q was damaged:\n%s", v, out)
		}
	}
}

func mustMask(t *testing.T, out string, vals ...string) {
	t.Helper()
	for _, v := range vals {
		if strings.Contains(out, v) {
			t.Fatalf("%q leaked:\n%s", v, out)
		}
	}
}

// A webhook delivery's endpoint after "to" is no shipping address: the
// status and the duration after it stay; a street after "deliver to" is
// still one.
func TestDeliveryEndpointKept(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 1))
	for range 200 {
		st := []string{"200", "404", "500", "502", "503", "504"}[rng.IntN(6)]
		dur := fmt.Sprintf("%dms", 50+rng.IntN(9000))
		s := fmt.Sprintf("Webhook delivery (order.created) #%d to https://erp.example.internal/hooks/woo responded %s in %s", 100000+rng.IntN(900000), st, dur)
		mustKeep(t, r.String(s), "https://erp.example.internal/hooks/woo", "responded "+st+" in "+dur)
	}
	out := r.String("please deliver to 42 Birch Lane, Springfield; carrier=UPS")
	mustMask(t, out, "Birch Lane")
}

// After the international prefix 00, a code of one digit is 1 or 7: an
// IDoc qualifier and a GTIN-14 ("002 1…") are no phone; real numbers are.
func TestIntlPrefixNeedsCountryCode(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 2))
	for range 200 {
		gtin := gs1Check("1" + e11Digits(rng, 12))
		q := fmt.Sprintf("00%d", 2+rng.IntN(7)%5) // 002 … 006
		s := fmt.Sprintf("E2EDP19001%s %s %s                     6109.10", e11Digits(rng, 19), q, gtin)
		mustKeep(t, r.String(s), q+" "+gtin)
	}
	for _, p := range []string{"001 415 555 2671", "0049 30 12345678", "00420 602 123 456", "007 912 345 67 89"} {
		mustMask(t, r.String("call "+p+" please"), p)
	}
}

// A messenger's numeric message id under "message_token" (Viber) is kept;
// a number under a password, session or OTP key is still masked.
func TestNumericMessageTokenKept(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 3))
	for range 100 {
		id := "1" + e11Digits(rng, 18) // a Snowflake id of this decade
		pin := e11Digits(rng, 8)
		line := fmt.Sprintf(`{"@timestamp":"2026-12-05T10:00:00Z","message":"inbound","webhook":{"event":"message","message_token":%s,"session_token":%s,"password":%s}}`, id, e11Digits(rng, 16), pin)
		var ev event.Event
		if err := event.NewDecoder(nil).Decode([]byte(line), &ev); err != nil {
			t.Fatal(err)
		}
		r.Event(&ev)
		out := string(ev.JSON())
		mustKeep(t, out, id)
		mustMask(t, out, pin)
		if strings.Count(out, "[REDACTED:credential]") != 2 {
			t.Fatalf("session_token and password should be masked:\n%s", out)
		}
	}
}

// A product code's key ("_wc_gla_upc", "gtin") names an id: a UPC that
// begins with 08 stays.
func TestProductCodeKeysKept(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 4))
	for range 100 {
		upc := gs1Check("08" + e11Digits(rng, 9))
		s := fmt.Sprintf(`{"meta_data":[{"id":89,"key":"_wc_gla_upc","value":"%s"}],"gtin":"%s"}`, upc, upc)
		mustKeep(t, r.String(s), upc)
	}
}

// PostgreSQL's COPY rows are read by the column list: names, streets and
// phones (native digits too) are masked; ids, postcodes, NULLs and dates
// stay.
func TestCopyRowsByColumn(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 5))
	for range 50 {
		var b strings.Builder
		b.WriteString("pg_restore: executing COPY public.customers (id, full_name, email, phone, street, postcode, created) FROM stdin;\n")
		var names, streets, phones, ids, pcs []string
		for range 1 + rng.IntN(4) {
			id, n := e11Digits(rng, 6), e11Name(rng)
			st := fmt.Sprintf("%s %d", e11Street[rng.IntN(len(e11Street))], 1+rng.IntN(300))
			ph := fmt.Sprintf("%s %s %s", e11Digits(rng, 2), e11Digits(rng, 2), e11Digits(rng, 4))
			if rng.IntN(3) == 0 {
				ph = "९८" + strings.Map(func(r rune) rune { return '०' + (r - '0') }, e11Digits(rng, 8))
			}
			pc := e11Digits(rng, 5)
			fmt.Fprintf(&b, "%s\t%s\tx%s@example.org\t%s\t%s\t%s\t2026-0%d-1%d\n", id, n, id, ph, st, pc, 1+rng.IntN(9), rng.IntN(10))
			names, streets, phones, ids, pcs = append(names, n), append(streets, st), append(phones, ph), append(ids, id), append(pcs, pc)
		}
		b.WriteString("\\.\nCOPY 3")
		out := r.String(b.String())
		mustMask(t, out, names...)
		mustMask(t, out, streets...)
		mustMask(t, out, phones...)
		mustKeep(t, out, ids...)
		mustKeep(t, out, pcs...)
	}
	// an INSERT's "ship_address" column is an address, not an IP address
	out := r.String("INSERT INTO orders_buyers (order_id, buyer_name, ship_address, total) VALUES (5754674878, 'Ilka Varga', '12 Birch Lane, Springfield', 21.23), (5775147856, 'Tomasz Haddad', '7 Rue des Lilas, Lyon', 65.90);")
	mustMask(t, out, "Ilka Varga", "Birch Lane", "Rue des Lilas")
	mustKeep(t, out, "5754674878", "5775147856", "21.23", "65.90")
}

// Odoo's external API: the third positional argument of execute_kw, of
// the object service's execute and of the common service's login and
// authenticate is the password or API key.
func TestRPCPositionalPassword(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 6))
	hex := func(n int) string {
		const h = "0123456789abcdef"
		b := make([]byte, n)
		for i := range b {
			b[i] = h[rng.IntN(16)]
		}
		return string(b)
	}
	for range 100 {
		key := hex(40)
		pw := fmt.Sprintf("Kettle%d!", rng.IntN(9999))
		for _, s := range []string{
			fmt.Sprintf(`{"jsonrpc":"2.0","method":"call","params":{"service":"object","method":"execute_kw","args":["prod_db",%d,"%s","res.partner","create",[{"ref":"RE-1"}]]},"id":%d}`, rng.IntN(50), key, rng.IntN(99999)),
			fmt.Sprintf(`{"rpc.request":"{\"params\":{\"service\":\"object\",\"method\":\"execute_kw\",\"args\":[\"prod_db\",7,\"%s\",\"sale.order\",\"read\",[[42]]]}}"}`, key),
			fmt.Sprintf(`xmlrpc call models.execute_kw('prod_db', 2, '%s', 'res.partner', 'search', [[]])`, key),
			fmt.Sprintf(`{"params":{"service":"common","method":"login","args":["prod_db","admin@example.org","%s"]}}`, pw),
		} {
			out := r.String(s)
			mustMask(t, out, key, pw)
			mustKeep(t, out, "prod_db")
		}
	}
	// variables, not values; a method of another service
	for _, s := range []string{
		`models.execute_kw(db, uid, password, 'res.partner', 'search', [[]])`,
		`{"method":"execute_kw","args":["prod_db",7]}`,
		`{"event":"executed","args":["a","b","cached-report"]}`,
	} {
		if out := r.String(s); out != s {
			t.Fatalf("changed: %s", out)
		}
	}
}

// "Password" as a key in Central Asian, Balkan, Greek and other languages,
// native and romanised.
func TestPasswordKeysMoreLanguages(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 7))
	for range 50 {
		pw := fmt.Sprintf("Tundra%d#%s", rng.IntN(9999), e11Digits(rng, 2))
		for _, s := range []string{
			"maxfiy_soz=" + pw + " batch=7", "parol=" + pw + " batch=7", "kodikos:[" + pw + "] x-trace:[1]",
			`{"req.headers.парола":"` + pw + `"}`, "-H 'fjalekalimi: " + pw + "'", `{"yangi_parol":"` + pw + `"}`,
			`{"лозинка":"` + pw + `"}`, "nywila=" + pw,
		} {
			mustMask(t, r.String(s), pw)
		}
	}
	for _, s := range []string{"control=on batch=7", `{"payroll":"monthly"}`} {
		if out := r.String(s); out != s {
			t.Fatalf("changed: %s", out)
		}
	}
}

// SAP IDoc flat segments: the buyer's partner segment (WE, AG, RE, RG)
// holds the name, street and phone in fixed columns; the bank segment an
// IBAN run into the holder's name. A vendor's segment, the GTIN, the
// postcode and the city stay.
func TestIDocFlatSegments(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 8))
	pad := func(s string, n int) string { return s + strings.Repeat(" ", max(1, n-len([]rune(s)))) }
	for range 100 {
		doc := "0000000" + e11Digits(rng, 9)
		name, vendor := e11Name(rng), "Nordwind Logistik GmbH"
		street := fmt.Sprintf("%s %d", e11Street[rng.IntN(len(e11Street))], 1+rng.IntN(200))
		phone := fmt.Sprintf("0%s %s %s", e11Digits(rng, 3), e11Digits(rng, 4), e11Digits(rng, 4))
		pc, city := e11Digits(rng, 5), "Westlands"
		iban := ibanOf("HU", e11Digits(rng, 24))
		gtin := gs1Check("1" + e11Digits(rng, 12))
		qual := []string{"WE", "AG", "RE", "RG"}[rng.IntN(4)]
		s := "idoc inbound " + doc + " status 51: Application document not posted\n" +
			"EDI_DC40  469" + doc + " 740 3ORDERS05 ORDERS  SAPERP  LS  372600\n" +
			"E2EDKA1003158" + doc + " " + qual + " " + pad(name, 35) + pad(street, 35) + pad(pc, 10) + pad(city, 35) + pad(phone, 30) + "\n" +
			"E2EDKA1003159" + doc + " LF " + pad(vendor, 35) + pad("Industriestraße 5", 35) + "\n" +
			"E2EDK28000417" + doc + " HU " + group4(iban) + name + "\n" +
			"E2EDP19001108" + doc + " 002 " + gtin + "                     6109.10"
		out := r.String(s)
		mustMask(t, out, name, street, phone, group4(iban))
		mustKeep(t, out, doc, pc, city, gtin, vendor)
	}
	// the XML form, by its elements
	out := r.String("<E1EDKA1><PARVW>WE</PARVW><NAME1>Ilka Varga</NAME1><STRAS>Birch Lane 4</STRAS><TELF1>8801607559122</TELF1></E1EDKA1>")
	mustMask(t, out, "Ilka Varga", "Birch Lane", "8801607559122")
}

// Windows Event Log XML: a Data element is read as its Name attribute
// names it; the attribute and the Provider's Name are kept.
func TestEventDataByName(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 9))
	for range 100 {
		name := e11Name(rng)
		if rng.IntN(2) == 0 {
			name = strings.ToUpper(name)
		}
		street := fmt.Sprintf("%s %d, %s Springfield", e11Street[rng.IntN(len(e11Street))], 1+rng.IntN(200), e11Digits(rng, 5))
		order := e11Digits(rng, 6)
		s := fmt.Sprintf(`<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='ShopConnector'/><EventID>0494</EventID></System><EventData><Data Name='OrderId'>%s</Data><Data Name='CustomerName'>%s</Data><Data Name='ShipTo'>%s</Data><Data Name='Amount'>SEK 42 521</Data></EventData></Event>`, order, name, street)
		out := r.String(s)
		mustMask(t, out, name, street)
		mustKeep(t, out, "Name='ShopConnector'", "Name='OrderId'>"+order, "Name='CustomerName'", "Name='ShipTo'", "SEK 42 521")
	}
}

// A label's recipient line in the buyer's language: the name after a
// preposition or a colon, and the address after its comma; the tracking
// number stays.
func TestLabelRecipientLine(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 10))
	heads := []string{"waybill created for", "Versandetikett erstellt für", "AWB generat pentru", "štítek vytvořen pro",
		"etikett skapad för", "товарителница за", "shipping label:"}
	for range 200 {
		name := e11Name(rng)
		addr := fmt.Sprintf("%s %d, %s %s", e11Street[rng.IntN(len(e11Street))], 1+rng.IntN(200), e11Digits(rng, 5), "Springfield")
		trk := "1Z" + e11Digits(rng, 16)
		if rng.IntN(2) == 0 {
			trk = "0" + e11Digits(rng, 11) // a FedEx number's length, a trunk 0's shape
		}
		s := fmt.Sprintf(`{"message":"%s %s, %s [%s]"}`, heads[rng.IntN(len(heads))], name, addr, trk)
		out := r.String(s)
		mustMask(t, out, name, addr[:strings.IndexByte(addr, ',')])
		mustKeep(t, out, trk)
	}
	for range 50 {
		// the house number first, a name with an apostrophe, a postcode of letters and digits
		for _, c := range []struct{ s, name, addr string }{
			{"shipping label created for Enoch N. Tate, %d Ovalview Road, Columbus, OH %s", "Enoch N. Tate", "Ovalview Road"},
			{"yorliq yaratildi: Sherzod Xo'jayev, Samarqand sh., Amir Temur ko'chasi, %d-uy, %s", "Sherzod Xo'jayev", "Amir Temur"},
			{"жөнелту жапсырмасы: Әсел Нұрғалиева, Қарағанды, Сәтпаев көшесі, %d-үй, M%s", "Әсел Нұрғалиева", "Сәтпаев"},
		} {
			out := r.String(fmt.Sprintf(c.s, 1+rng.IntN(400), e11Digits(rng, 5)))
			mustMask(t, out, c.name, c.addr)
		}
	}
	mustKeep(t, r.String("label created for order 4711, 3 parcels [1Z0000000000000001]"), "4711, 3 parcels", "1Z0000000000000001")
	mustKeep(t, r.String("label created for Jane Roe, 12 items, EUR 45000"), "12 items, EUR 45000")
	mustKeep(t, r.String("report generated for Acme Trading GmbH, Hauptstraße 5, Berlin"), "Acme Trading GmbH")
}

// Oracle's error about a column of a people table, and the row's binds: the
// name, the street line and the phone are masked; ids, amounts and codes
// stay. A table of products keeps its binds.
func TestOracleRowOfPeople(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 11))
	for range 100 {
		name := e11Name(rng)
		street := fmt.Sprintf("%s %d", e11Street[rng.IntN(len(e11Street))], 1+rng.IntN(300))
		phone := "69" + e11Digits(rng, 8)
		ref := "RE-" + e11Digits(rng, 6)
		s := fmt.Sprintf(`ORA-12899: value too large for column "ERP"."CUSTOMER"."STREET" (actual: 61, maximum: 60) binds: [:1='%s', :2='%s', :3='%s', :4='%s', :5='42.50']`, name, street, phone, ref)
		out := r.String(s)
		mustMask(t, out, name, street, phone)
		mustKeep(t, out, ref, "'42.50'", `"ERP"."CUSTOMER"."STREET"`)
	}
	s := `ORA-12899: value too large for column "ERP"."PRODUCT"."TITLE" (actual: 61, maximum: 60) binds: [:1='Kettle Pro 3000', :2='4006381333931']`
	mustKeep(t, r.String(s), "Kettle Pro 3000", "4006381333931")
}

// A field named "Phone" (any case) holds a phone number, whatever its
// numbering plan: a Serilog property, an event's top-level field.
func TestPhoneKeyAnyCase(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 12))
	for range 50 {
		ph := "98" + e11Digits(rng, 8)
		line := fmt.Sprintf(`{"@timestamp":"2026-12-05T10:00:00Z","@mt":"Customer {CustomerName} changed phone to {Phone}","CustomerName":"%s","Phone":"%s","ElapsedMilliseconds":%d}`, e11Name(rng), ph, rng.IntN(5000))
		var ev event.Event
		if err := event.NewDecoder(nil).Decode([]byte(line), &ev); err != nil {
			t.Fatal(err)
		}
		r.Event(&ev)
		mustMask(t, string(ev.JSON()), ph)
	}
	if out := r.String(`{"Phone":"iPhone 15 Pro"}`); out != `{"Phone":"iPhone 15 Pro"}` {
		t.Fatalf("a phone's model is no number: %s", out)
	}
}

// Phones typed in a script's own digits (Devanagari, Bengali,
// Arabic-Indic), grouped, or in one piece with a trunk 0 or as an Indic
// ten-digit mobile; amounts and dates in those digits stay, and so does an
// order's number in one piece after its label.
func TestNativeDigitPhones(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 13))
	native := func(ascii string, zero rune) string {
		return strings.Map(func(c rune) rune {
			if c >= '0' && c <= '9' {
				return zero + (c - '0')
			}
			return c
		}, ascii)
	}
	for range 100 {
		for _, zero := range []rune{'०', '০', '٠'} {
			whole := "98" + e11Digits(rng, 8) // a mobile of India's or Nepal's plan in one piece
			if zero == '٠' {
				whole = "05" + e11Digits(rng, 8) // in one piece, a Gulf mobile has its trunk 0
			}
			ph := native([]string{"98" + e11Digits(rng, 2) + "-" + e11Digits(rng, 6), "01" + e11Digits(rng, 2) + " " + e11Digits(rng, 4) + " " + e11Digits(rng, 4), whole}[rng.IntN(3)], zero)
			amount := native(fmt.Sprintf("%d,%03d", 1+rng.IntN(99), rng.IntN(1000)), zero)
			date := native(fmt.Sprintf("2081-%02d-%02d", 1+rng.IntN(12), 1+rng.IntN(28)), zero)
			s := fmt.Sprintf("ग्राहक;%s;रु %s;%s", ph, amount, date)
			out := r.String(s)
			mustMask(t, out, ph)
			mustKeep(t, out, amount, date)
			order := native("5"+e11Digits(rng, 9), zero)
			mustKeep(t, r.String("رقم الطلب "+order+" تم الشحن"), order)
		}
	}
}

// A card under an INSERT's card column is a card, a thirteen-digit Visa too;
// the order id and the amount beside it stay.
func TestInsertCardColumn(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 14))
	luhnTail := func(body string) string {
		sum := 0
		for i := len(body) - 1; i >= 0; i-- {
			d := int(body[i] - '0')
			if (len(body)-i)%2 == 1 {
				d *= 2
				if d > 9 {
					d -= 9
				}
			}
			sum += d
		}
		return body + string(byte('0'+(10-sum%10)%10))
	}
	for range 100 {
		card := luhnTail("4" + e11Digits(rng, 11))
		id := "57" + e11Digits(rng, 16)
		s := fmt.Sprintf("INSERT INTO orders_buyers (order_id, buyer_name, card_number, total) VALUES (%s, 'Ilka Varga', '%s', 21.23), (%s, 'Tomasz Haddad', '%s', 65.90);", id, card, id, card)
		out := r.String(s)
		mustMask(t, out, card)
		mustKeep(t, out, id, "21.23", "65.90")
	}
}

// "Call me at …" in more of the buyers' languages, and a number grouped
// 4-4-4 after a phone word; a 4-4-4 tracking number with no phone word
// stays.
func TestCallMePhrasesMore(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(11, 15))
	for range 50 {
		ph := fmt.Sprintf("01%s %s %s", e11Digits(rng, 2), e11Digits(rng, 4), e11Digits(rng, 4))
		gr := "69" + e11Digits(rng, 8)
		for _, s := range []string{
			"طلبي لم يصل بعد، يرجى الاتصال بي على " + ph + ".",
			"Η παραγγελία μου δεν έχει φτάσει, καλέστε με στο " + gr + ".",
			"mi pedido no llegó, por favor llámenme al " + gr + ".",
			"phone: " + ph,
		} {
			out := r.String(s)
			mustMask(t, out, ph, gr)
		}
		trk := fmt.Sprintf("0%s-%s-%s", e11Digits(rng, 3), e11Digits(rng, 4), e11Digits(rng, 4))
		mustKeep(t, r.String("shipment "+trk+" handed over"), trk)
	}
}
