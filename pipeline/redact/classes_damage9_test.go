package redact

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

func newDamageRedactor(t *testing.T) *Redactor {
	t.Helper()
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// timing renders a load balancer's or a proxy's duration in seconds.
func timing(rng *rand.Rand) string {
	switch rng.IntN(4) {
	case 0:
		return fmt.Sprintf("0.%03d", rng.IntN(1000))
	case 1:
		return fmt.Sprintf("0.0%d", rng.IntN(10))
	case 2:
		return fmt.Sprintf("0.%06d", rng.IntN(1000000))
	}
	return fmt.Sprintf("%d.%03d", rng.IntN(3), rng.IntN(1000))
}

// An access log's numeric fields (ALB, classic ELB, Envoy, nginx, HAProxy,
// CloudFront) stand before or after the quoted request line; however
// their digits group, they are no phone. A phone in the request's query
// is still one.
func TestAccessLogNumericFieldsKept(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(91, 7))
	statuses := []string{"200", "201", "204", "301", "400", "401", "404", "409", "422", "429", "500", "502", "503", "504", "-"}
	st := func() string { return statuses[rng.IntN(len(statuses))] }
	for range 400 {
		ip := fmt.Sprintf("10.%d.%d.%d", rng.IntN(256), rng.IntN(256), rng.IntN(256))
		port := 1024 + rng.IntN(60000)
		lines := []string{
			fmt.Sprintf(`https 2026-12-05T10:00:00.123456Z app/shop-alb/50dc6c495c0c9188 %s:%d 10.0.%d.%d:8080 %s %s %s %s %s %d %d "GET https://shop.example:443/api/v2/orders HTTP/2.0" "okhttp/4.12" - - arn:aws:elasticloadbalancing:eu-west-1:000000000000:targetgroup/tg/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354"`,
				ip, port, rng.IntN(256), rng.IntN(256), timing(rng), timing(rng), timing(rng), st(), st(), rng.IntN(5000), rng.IntN(100000)),
			fmt.Sprintf(`2026-12-05T10:00:00.945958Z shop-elb %s:%d 10.0.0.1:80 %s %s %s %s %s %d %d "POST http://shop.example:80/checkout HTTP/1.1" "curl/8.5.0" - -`,
				ip, port, timing(rng), timing(rng), timing(rng), st(), st(), rng.IntN(9), rng.IntN(100000)),
			fmt.Sprintf(`[2026-12-05T10:00:00.000Z] "GET /api/orders HTTP/1.1" %s - %d %d %d %d "%s" "okhttp/4.12" "a1b2c3d4-0000-1111-2222-333344445555" "shop.example" "10.0.3.4:8080"`,
				st(), rng.IntN(3), rng.IntN(90000), rng.IntN(900), rng.IntN(900), ip),
			fmt.Sprintf(`[2026-12-05T10:00:00.000Z] "POST /api/checkout HTTP/2" %s UF %d %d %d - "-" "Mozilla/5.0" "req-1" "shop.example" "10.0.3.4:8080"`,
				st(), rng.IntN(9000), rng.IntN(9000), rng.IntN(90)),
			fmt.Sprintf(`%s - - [05/Dec/2026:10:00:00 +0000] "GET /track?order=1 HTTP/1.1" %s %d "-" "Mozilla/5.0" %s %s %d`,
				ip, st(), rng.IntN(90000), timing(rng), timing(rng), rng.IntN(2000)),
			fmt.Sprintf(`haproxy[1438]: %s:%d [05/Dec/2026:10:00:00.655] http-in shop/srv1 %d/0/%d/%d/%d %s %d - - ---- 1/1/0/0/0 0/0 "GET /index.html HTTP/1.1"`,
				ip, port, rng.IntN(20), rng.IntN(90), rng.IntN(900), rng.IntN(900), st(), rng.IntN(90000)),
		}
		for _, line := range lines {
			if out := r.String(line); out != line {
				t.Fatalf("access log fields changed:\n in: %s\nout: %s", line, out)
			}
		}
	}
	// A phone in the request's query, and numbers that are phones where no
	// request line stands beside them, are still found.
	for range 50 {
		phone := fmt.Sprintf("06%02d %03d %03d", rng.IntN(100), rng.IntN(1000), rng.IntN(1000))
		intl := fmt.Sprintf("0049 30 %07d", rng.IntN(1e7))
		for _, c := range []struct{ in, lost string }{
			{fmt.Sprintf(`10.0.0.1 - - [05/Dec/2026:10:00:00 +0000] "GET /track?phone=%s HTTP/1.1" 200 512 "-" "Mozilla/5.0"`, strings.ReplaceAll(phone, " ", "+")), strings.ReplaceAll(phone, " ", "+")},
			{"callback requested: " + phone + " after 18:00", phone},
			{"call " + intl + " after 18:00", intl},
		} {
			if out := r.String(c.in); strings.Contains(out, c.lost) {
				t.Fatalf("phone kept:\n in: %s\nout: %s", c.in, out)
			}
		}
	}
}

// A bare "name" under a place's object (Mercado Libre's city, state,
// country, neighbourhood objects) is the place's; under a person's or an
// address's object it is still a person's name.
func TestPlaceObjectNamesKept(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(92, 7))
	places := []string{"Campinas", "Porto Alegre", "Ciudad de México", "São Paulo", "Bandung", "Chiang Mai", "Río Cuarto", "Valparaíso"}
	buyers := []string{"Ana Lima", "Joaquín Ferreyra", "Siti Rahma", "Thiago Nunes"}
	dec := event.NewDecoder(nil)
	for range 100 {
		city, state, hood := places[rng.IntN(len(places))], places[rng.IntN(len(places))], places[rng.IntN(len(places))]
		buyer := buyers[rng.IntN(len(buyers))]
		body := fmt.Sprintf(`{"@timestamp":"2026-12-05T10:00:00Z","id":%d,"shipping":{"receiver_address":{"address_line":"Rua das Acácias %d","city":{"id":"BR-SP-%02d","name":%q},"state":{"id":"BR-SP","name":%q},"country":{"id":"BR","name":"Brasil"},"neighborhood":{"name":%q},"zip_code":"13010-%03d","receiver_name":%q}},"buyer":{"name":%q}}`,
			2000000000000000+rng.IntN(1e9), 1+rng.IntN(900), rng.IntN(99), city, state, hood, rng.IntN(1000), buyer, buyer)
		for _, line := range []string{"order detail response: " + body, body} {
			out := r.String(line)
			for _, keep := range []string{`"name":` + jsonQuote(city), `"name":` + jsonQuote(state), `"name":` + jsonQuote(hood), `"name":"Brasil"`} {
				if !strings.Contains(out, keep) {
					t.Fatalf("%s lost:\n in: %s\nout: %s", keep, line, out)
				}
			}
			if strings.Contains(out, `"name":`+jsonQuote(buyer)) || strings.Contains(out, "Acácias") {
				t.Fatalf("buyer kept:\n in: %s\nout: %s", line, out)
			}
		}
		var ev event.Event
		if err := dec.Decode([]byte(body), &ev); err != nil {
			t.Fatal(err)
		}
		r.Event(&ev)
		out := string(ev.JSON())
		if !strings.Contains(out, jsonQuote(city)) || strings.Contains(out, jsonQuote(buyer)) {
			t.Fatalf("event: city lost or buyer kept:\n in: %s\nout: %s", body, out)
		}
	}
	// Keys that only end in the letters of a place word are not places.
	for _, k := range []string{"capacity", "ethnicity", "velocity", "interstate"} {
		if placeKey(k) {
			t.Fatalf("placeKey(%q) = true", k)
		}
	}
	for _, k := range []string{"city", "receiver_city", "shipCountry", "Province", "bairro", "ciudad", "都道府県"} {
		if !placeKey(k) {
			t.Fatalf("placeKey(%q) = false", k)
		}
	}
}

func jsonQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// A Japanese postcode with its postal mark alone under a postcode key is
// a postcode alone, kept; the mark still begins an address that follows
// it, in text and URL-encoded.
func TestPostalMarkPostcodeAlone(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(93, 7))
	for range 100 {
		pc := fmt.Sprintf("〒%03d-%04d", rng.IntN(1000), rng.IntN(10000))
		for _, line := range []string{
			`{"zip":"` + pc + `","city":"Sapporo","country_code":"JP"}`,
			"sync ok postcode=" + pc + " carrier=yamato",
			"checkout[shipping_address][zip]=" + urlEscape(pc) + "&checkout[total]=12.00",
		} {
			if out := r.String(line); out != line {
				t.Fatalf("postcode alone changed:\n in: %s\nout: %s", line, out)
			}
		}
		street := fmt.Sprintf("%s 北海道札幌市中央区北%d条西%d丁目%d-%d", pc, 1+rng.IntN(20), 1+rng.IntN(20), 1+rng.IntN(9), 1+rng.IntN(30))
		for _, line := range []string{"お届け先: " + street, "label printed for " + street, "addr=" + urlEscape(street)} {
			if out := r.String(line); strings.Contains(out, "札幌市中央区") || strings.Contains(out, urlEscape("札幌市")) {
				t.Fatalf("address kept:\n in: %s\nout: %s", line, out)
			}
		}
	}
}

func urlEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == ' ' {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Upper-case order codes under a messaging record's key (Shopee's SN, a
// Flipkart "OD…" id) are ids, in text and in events, and so where the
// record's value repeats them; secrets under a key are still secrets.
func TestRecordKeyOrderCodes(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(94, 7))
	const al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
	code := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = al[rng.IntN(len(al))]
		}
		return string(b)
	}
	dec := event.NewDecoder(nil)
	for range 100 {
		sn := fmt.Sprintf("%02d%02d%02d%s", 24+rng.IntN(3), 1+rng.IntN(12), 1+rng.IntN(28), code(8))
		od := fmt.Sprintf("OD%018d", rng.Int64N(1e18))
		for _, id := range []string{sn, od} {
			line := fmt.Sprintf(`{"@timestamp":"2026-12-05T10:00:00Z","message":"consumed orders.v1 partition=%d offset=%d","kafka.key":%q,"kafka.value":"{\"eventType\":\"OrderCreated\",\"orderId\":\"%s\",\"buyer\":{\"email\":\"fake.buyer@example.com\"}}"}`,
				rng.IntN(8), rng.IntN(1e7), id, id)
			var ev event.Event
			if err := dec.Decode([]byte(line), &ev); err != nil {
				t.Fatal(err)
			}
			r.Event(&ev)
			if out := string(ev.JSON()); strings.Count(out, id) != 2 || strings.Contains(out, "fake.buyer@") {
				t.Fatalf("record key:\n in: %s\nout: %s", line, out)
			}
			txt := fmt.Sprintf("ConsumerRecord(topic = orders.v1, partition = %d, offset = %d, key = %s, value = {})", rng.IntN(8), rng.IntN(1e7), id)
			if out := r.String(txt); out != txt {
				t.Fatalf("record key:\n in: %s\nout: %s", txt, out)
			}
		}
	}
	for _, v := range []string{"AKIAABCDEFGHIJ234567", "JBSWY3DPEHPK3PXP", "Xk29fPq8Lm3ZtR7v", "deadbeefcafe1234"} {
		if orderCodeShaped(v) {
			t.Fatalf("orderCodeShaped(%q) = true", v)
		}
	}
}

// withLuhn appends the Luhn check digit to the digits d.
func withLuhn(d string) string {
	sum := 0
	for i := 0; i < len(d); i++ {
		v := int(d[len(d)-1-i] - '0')
		if i%2 == 0 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return d + string(rune('0'+(10-sum%10)%10))
}

// Nineteen digits in one piece that begin with 56 or 57 are TikTok Shop
// order ids wherever they stand (a reference, a CSV cell), even when they
// pass Luhn; after a card's word, grouped, or in Maestro's real ranges
// they are still cards.
func TestTikTokOrderIDsNotCards(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(95, 7))
	digits := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('0' + rng.IntN(10))
		}
		return string(b)
	}
	for range 200 {
		id := withLuhn("57" + digits(16))
		if !luhn(id) || len(id) != 19 {
			t.Fatalf("bad fixture %s", id)
		}
		for _, line := range []string{
			"sync done ref=" + id + " sku=TSH-3096-RED",
			`{"labels":{"batch_ref":"` + id + `","dest_city":"Chiang Mai"}}`,
			"line,order_id,total\n864," + id + ",฿2130.45",
		} {
			if out := r.String(line); out != line {
				t.Fatalf("order id changed:\n in: %s\nout: %s", line, out)
			}
		}
		maestro := withLuhn("6759" + digits(14))
		grouped := id[:4] + " " + id[4:8] + " " + id[8:12] + " " + id[12:16] + " " + id[16:]
		for _, c := range []struct{ in, lost string }{
			{"card " + id + " declined", id},
			{"paid with " + maestro, maestro},
			{"pan=" + grouped, grouped},
		} {
			if out := r.String(c.in); strings.Contains(out, c.lost) {
				t.Fatalf("card kept:\n in: %s\nout: %s", c.in, out)
			}
		}
	}
}

// In text laid out in columns, two spaces before a capital end a long
// address at the next column's label (`address: … Uppsala  VAT reg. …`);
// elsewhere two spaces inside an address are read across.
func TestLayoutTwoSpaceGap(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(96, 7))
	streets := []string{"Drottninggatan", "Kungsgatan", "Storgatan", "Linnégatan"}
	towns := []string{"Uppsala", "Malmö", "Göteborg", "Västerås"}
	for range 100 {
		town := towns[rng.IntN(len(towns))]
		street := fmt.Sprintf("%s %d lgh %d, %03d %02d %s", streets[rng.IntN(len(streets))], 1+rng.IntN(200), 1000+rng.IntN(400), 100+rng.IntN(900), rng.IntN(100), town)
		vat := fmt.Sprintf("VAT reg. %s%09d", []string{"PT", "CZ", "HU", "RO"}[rng.IntN(4)], rng.IntN(1e9))
		page := "invoice-parser: extracted text (pdftotext -layout) page 1/1:\n" +
			"BILL TO                                     INVOICE FAC-A-0001-178963\n" +
			"address: " + street + "  " + vat + "\n" +
			"Kindle Paperwhite 16GB             3  SEK 142 906,15\n"
		out := r.String(page)
		if !strings.Contains(out, vat) || strings.Contains(out, street[:8]) {
			t.Fatalf("column gap:\n in: %s\nout: %s", page, out)
		}
		// no columns: the two spaces are a slip inside the address
		typed := "ship to: " + strings.Replace(street, ", ", ",  ", 1) + " please"
		if out := r.String(typed); strings.Contains(out, town) {
			t.Fatalf("address cut at a typed double space:\n in: %s\nout: %s", typed, out)
		}
	}
}

// iCalendar escapes the commas of a value: an address in a DESCRIPTION is
// read with "\," as a comma, and a LOCATION reads as an address when a
// part is a house number and another holds a street type, in any script;
// a room or a dock is kept.
func TestICalendarEscapedAddresses(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(97, 7))
	for range 60 {
		n := 1 + rng.IntN(300)
		descs := []string{
			fmt.Sprintf(`DESCRIPTION:deliver to %04d\, Debrecen Andrássy utca %d. IV. em. 9.`, 1000+rng.IntN(9000), n),
			fmt.Sprintf(`DESCRIPTION:address changed to Husova %d/%d\, %03d %02d Praha 2 by buyer`, n, 1+rng.IntN(300), 100+rng.IntN(900), rng.IntN(100)),
			fmt.Sprintf(`DESCRIPTION:entregar em Travessa do Almada\, %d\, 5º Frente\, %04d-%03d Lisboa (total EUR 222.069\,00)`, n, 1000+rng.IntN(9000), rng.IntN(1000)),
		}
		locs := []string{
			fmt.Sprintf(`LOCATION:%d/%d\, ගාලු පාර\, කොළඹ %02d`, n, 1+rng.IntN(9), 1+rng.IntN(15)),
			fmt.Sprintf(`LOCATION:%d\, காமராஜர் தெரு\, மயிலாப்பூர்\, சென்னை 600%03d`, n, rng.IntN(1000)),
			fmt.Sprintf(`LOCATION:အမှတ် %d၊ အနော်ရထာလမ်း၊ ကမာရွတ်မြို့နယ်၊ ရန်ကုန်`, n),
			fmt.Sprintf(`LOCATION:House %d\, Street %d\, Model Town\, Karachi`, n, 1+rng.IntN(90)),
			fmt.Sprintf(`LOCATION:%04d\, Debrecen Andrássy körút %d. I. em. 11.`, 1000+rng.IntN(9000), n),
		}
		for _, l := range append(descs, locs...) {
			ev := "BEGIN:VEVENT\nUID:e64dab21@shop.example\nDTSTART:20261207T090000Z\n" + l + "\nEND:VEVENT"
			out := r.String(ev)
			for _, w := range []string{"Andrássy", "Husova", "Almada", "ගාලු", "காமராஜர்", "အနော်ရထာ", "Model Town"} {
				if strings.Contains(l, w) && strings.Contains(out, w) {
					t.Fatalf("address kept:\n in: %s\nout: %s", ev, out)
				}
			}
		}
	}
	for _, l := range []string{`LOCATION:Dock 4\, Building 2`, `LOCATION:Room 4\, Building 2\, Level 3`, `LOCATION:Conference Room 3\, HQ`, `LOCATION:Hall 5\, Messe Straße`,
		`DESCRIPTION:refund of LKR 46\,887.43 issued for order #35035`} {
		ev := "BEGIN:VEVENT\n" + l + "\nEND:VEVENT"
		if out := r.String(ev); out != ev {
			t.Fatalf("place changed:\n in: %s\nout: %s", ev, out)
		}
	}
}

// In a header-less row whose phone is found, another cell of digits in
// one piece is the row's reference, not a second phone; under a header a
// reference's column is not read by shape. Phones written as phones are
// still found in a second cell.
func TestRowReferenceNotSecondPhone(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(98, 7))
	for range 100 {
		ref := fmt.Sprintf("%d%09d", 1+rng.IntN(9), rng.IntN(1e9))
		phone := fmt.Sprintf("+31 6 %04d %04d", rng.IntN(1e4), rng.IntN(1e4))
		order := fmt.Sprintf("%03d-%07d-%07d", rng.IntN(1000), rng.IntN(1e7), rng.IntN(1e7))
		for _, line := range []string{
			"import orders.csv line 12: invalid postcode: " + order + "|Jan de Vries|" + phone + "|fake.buyer@example.com|NLD 12.00|SKU-4485-WHT|" + ref,
			"export preview\norder_id\tbuyer_name\tphone\temail\ttotal\tsku\tref\n" + order + "\tJan de Vries\t" + phone + "\tfake.buyer@example.com\t36361.49\tJP-6801-WHT\t" + ref,
		} {
			out := r.String(line)
			if !strings.Contains(out, ref) || strings.Contains(out, phone) {
				t.Fatalf("row:\n in: %s\nout: %s", line, out)
			}
		}
		second := fmt.Sprintf("06-%08d", rng.IntN(1e8))
		line := order + "|Jan de Vries|" + phone + "|" + second + "|SKU-4485-WHT"
		if out := r.String(line); strings.Contains(out, second) {
			t.Fatalf("second phone kept:\n in: %s\nout: %s", line, out)
		}
	}
}

// A sending or selling party's bare name (a shop, a carrier, a warehouse)
// is a business's when its object holds no phone, e-mail or street; a
// private sender with their own contact is still a person.
func TestBusinessPartyNames(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(99, 7))
	businesses := []string{"Casa Bonita", "Kerry Flash", "Blue Heron", "Correio Norte", "Ninja Van"}
	persons := []string{"Ana Lima", "Rui Costa", "Siti Rahma"}
	for range 100 {
		b := businesses[rng.IntN(len(businesses))]
		p := persons[rng.IntN(len(persons))]
		pc := fmt.Sprintf("%05d", rng.IntN(1e5))
		for _, line := range []string{
			fmt.Sprintf(`label.request {"receiver":{"name":%q,"mobile":"+55 11 9%04d %04d","address":"Rua das Flores %d"},"sender":{"name":%q,"postCode":%q}}`, p, rng.IntN(1e4), rng.IntN(1e4), 1+rng.IntN(900), b, pc),
			fmt.Sprintf(`order {"merchant":{"id":%d,"name":%q},"customer":{"name":%q}}`, rng.IntN(1e6), b, p),
			fmt.Sprintf(`carrier.request "{\"shipper\":{\"name\":\"%s\",\"postcode\":\"%s\"},\"consignee\":{\"contact_name\":\"%s\"}}"`, b, pc, p),
		} {
			out := r.String(line)
			if !strings.Contains(out, b) || strings.Contains(out, p) {
				t.Fatalf("party:\n in: %s\nout: %s", line, out)
			}
		}
		for _, line := range []string{
			fmt.Sprintf(`label.request {"sender":{"name":%q,"phone":"+55 11 9%04d %04d","address":"Rua das Flores %d"}}`, p, rng.IntN(1e4), rng.IntN(1e4), 1+rng.IntN(900)),
			fmt.Sprintf(`label.request {"sender":{"name":%q,"email":"fake.seller@example.com"}}`, p),
		} {
			if out := r.String(line); strings.Contains(out, p) {
				t.Fatalf("private sender kept:\n in: %s\nout: %s", line, out)
			}
		}
	}
}

// Under a CSV header an id column's cells (a UPC, a tracking number) are
// not phones, with or without a preamble line; a phone column still is.
// A carrier's name as a label names a tracking number.
func TestIDColumnsAndCarrierLabels(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(100, 7))
	for range 100 {
		upc := withLuhnUPC(fmt.Sprintf("08%09d", rng.IntN(1e9)))
		trk := fmt.Sprintf("05%010d", rng.IntN(1e10))
		phone := fmt.Sprintf("+81-80-%04d-%04d", rng.IntN(1e4), rng.IntN(1e4))
		for _, text := range []string{
			"orders_export.csv\norderNumber|mobile|upc|port\n930415879863596|" + phone + "|" + upc + "|64159",
			"tracking_number\tship_phone\tbarcode\n" + trk + "\t" + phone + "\t" + upc,
		} {
			out := r.String(text)
			if !strings.Contains(out, upc) || strings.Contains(out, phone) || strings.Contains(text, trk) && !strings.Contains(out, trk) {
				t.Fatalf("id column:\n in: %s\nout: %s", text, out)
			}
		}
		fedex := fmt.Sprintf("0%011d", rng.IntN(1e11))
		for _, line := range []string{"sync: contact " + phone + ", (FedEx: " + fedex + ")", `{"dhl":"` + fedex[:10] + `","ups":"1Z999AA10123456784"}`, "label ok DPD=" + fedex} {
			if out := r.String(line); strings.Contains(line, fedex[:10]) && !strings.Contains(out, fedex[:10]) || strings.Contains(out, phone) {
				t.Fatalf("carrier label:\n in: %s\nout: %s", line, out)
			}
		}
	}
}

// withLuhnUPC appends the UPC-A check digit to eleven digits.
func withLuhnUPC(d string) string {
	sum := 0
	for i := 0; i < 11; i++ {
		v := int(d[i] - '0')
		if i%2 == 0 {
			v *= 3
		}
		sum += v
	}
	return d + string(rune('0'+(10-sum%10)%10))
}

// After a phone word, a Unix time after "at"/"ts" and an order's number
// after an order's word are no phone; a callback's number is.
func TestPhoneWordTimesAndOrders(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(101, 7))
	for range 100 {
		sec := fmt.Sprint(1700000000 + rng.IntN(90000000))
		ms := sec + fmt.Sprintf("%03d", rng.IntN(1000))
		ord := fmt.Sprintf("%d%014d", 1+rng.IntN(9), rng.Int64N(1e14))
		for _, line := range []string{"callback at " + sec + " - retry 2", "callback ts " + ms + ", pod order-sync-7f9", "callback order " + ord + " - payout queued"} {
			if out := r.String(line); out != line {
				t.Fatalf("changed:\n in: %s\nout: %s", line, out)
			}
		}
		phone := fmt.Sprintf("06%02d %03d %03d", rng.IntN(100), rng.IntN(1000), rng.IntN(1000))
		for _, line := range []string{"callback requested: " + phone, "callback at " + phone} {
			if out := r.String(line); strings.Contains(out, phone) {
				t.Fatalf("phone kept:\n in: %s\nout: %s", line, out)
			}
		}
	}
}

// An address read without quotes ends before " #" and a marketplace's
// order code; a unit number after '#' stays in the address.
func TestAddressEndsAtOrderCode(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(102, 7))
	const al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
	for range 100 {
		b := make([]byte, 8)
		for i := range b {
			b[i] = al[rng.IntN(len(al))]
		}
		sn := fmt.Sprintf("%02d%02d%02d%s", 20+rng.IntN(6), 1+rng.IntN(12), 1+rng.IntN(28), b)
		line := fmt.Sprintf("Hello. Shipping address: Flat %d, Shanti Kunj, 10th Cross, Koramangala, Bengaluru - 5600%02d. #%s. thanks", 1+rng.IntN(900), rng.IntN(100), sn)
		out := r.String(line)
		if !strings.Contains(out, "#"+sn) || strings.Contains(out, "Shanti") {
			t.Fatalf("order code:\n in: %s\nout: %s", line, out)
		}
		unit := fmt.Sprintf("ship to Blk %d Tampines St %d #%02d-%03d, Singapore 52%04d", 100+rng.IntN(800), 10+rng.IntN(80), rng.IntN(20), rng.IntN(1000), rng.IntN(1e4))
		if out := r.String(unit); strings.Contains(out, "Tampines") || strings.Contains(out, unit[strings.IndexByte(unit, '#'):][:7]) {
			t.Fatalf("unit kept:\n in: %s\nout: %s", unit, out)
		}
	}
}

// A label of two words whose second is "name" and whose first names a
// thing ("product name:", "carrier name:") holds no person's name; a
// person's role before "name" still does.
func TestThingNameLabels(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(103, 7))
	things := []string{"Galaxy A55 5G 8/128", "Ninja Van", "Blue Kettle", "Casa Bonita"}
	persons := []string{"Ana Lima", "Usman Butt", "Siti Rahma"}
	for range 50 {
		th := things[rng.IntN(len(things))]
		p := persons[rng.IntN(len(persons))]
		for _, lbl := range []string{"product name", "carrier name", "item name", "shop name", "store name", "brand name"} {
			line := "C: " + lbl + ": " + th + "\nC: recipient name: " + p
			out := r.String(line)
			if !strings.Contains(out, lbl+": "+th) || strings.Contains(out, p) {
				t.Fatalf("label:\n in: %s\nout: %s", line, out)
			}
		}
		for _, lbl := range []string{"customer name", "buyer name", "your name", "Name"} {
			line := lbl + ": " + p
			if out := r.String(line); strings.Contains(out, p) {
				t.Fatalf("person kept:\n in: %s\nout: %s", line, out)
			}
		}
	}
}

// Addresses a carrier or an application writes without an address key
// before each value: an array of street lines, the lines under a sentence
// that ends "… is on its way to:", a quoted value after a message that
// names an address, and a Hebrew street whose geresh is an apostrophe.
func TestAddressesWithoutTheirKey(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(104, 7))
	for range 60 {
		n := 1 + rng.IntN(300)
		line2 := fmt.Sprintf("Apto %d", 1+rng.IntN(90))
		for _, c := range []struct{ in, lost string }{
			{fmt.Sprintf(`label {"address":{"streetLines":["Rua das Acácias %d","%s"],"city":"Campinas","postalCode":"13010-%03d"}}`, n, line2, rng.IntN(1000)), "Acácias"},
			{fmt.Sprintf("Hi, your parcel 1Z%016d is on its way to:\n%06d, г. Казань, ул. Мира, д. %d, кв. %d\n\nTotal paid: 649.18", rng.Int64N(1e16), rng.IntN(1e6), n, 1+rng.IntN(200)), "Мира"},
			{fmt.Sprintf("address validation failed for order #%d: 'Jln. Gatot Subroto No. %d, RT 004/RW 012, Kec. Genteng, Surabaya %05d' -> 404", rng.IntN(1e5), n, rng.IntN(1e5)), "Gatot"},
			{fmt.Sprintf("address validation failed for order #%d: 'Kızılay Mah. Bağdat Cad. No: %d D: %d, %05d Kadıköy/İstanbul' -> 429", rng.IntN(1e5), n, 1+rng.IntN(40), rng.IntN(1e5)), "Bağdat"},
			{fmt.Sprintf("ValueError: could not geocode address 'רחוב ז'בוטינסקי %d דירה %d, תל אביב %07d' (order #%d)", n, 1+rng.IntN(40), rng.IntN(1e7), rng.IntN(1e5)), "בוטינסקי"},
			{fmt.Sprintf("[{'full_name': 'Ana Lima', 'address': 'רחוב ז'בוטינסקי %d דירה %d, חיפה %07d'}]", n, 1+rng.IntN(40), rng.IntN(1e7)), "בוטינסקי"},
		} {
			if out := r.String(c.in); strings.Contains(out, c.lost) {
				t.Fatalf("address kept:\n in: %s\nout: %s", c.in, out)
			}
		}
		if out := r.String(`{"address":{"streetLines":["Rua das Acácias 1","` + line2 + `"]}}`); strings.Contains(out, line2) {
			t.Fatalf("second street line kept: %s", out)
		}
	}
	for _, keep := range []string{
		"Alert sent to:\nOn-call Team\nSlack #alerts",
		"Deploy finished, traffic routed to:\nblue-7f9 10.0.3.4",
		"config validation failed for option 'retry.backoff': 'exponential, max 5'",
		"{'note': 'it's fine', 'status': 'ok'}",
	} {
		if out := r.String(keep); out != keep {
			t.Fatalf("changed:\n in: %s\nout: %s", keep, out)
		}
	}
}

// A buyer's "please send it to …" in more languages opens an address read
// by its parts to the end of its sentence; Turkish and Hindi close it with
// a postposition. Sentences that send to no address keep their words.
func TestDestinationPhrases(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(105, 7))
	for range 60 {
		n := 1 + rng.IntN(300)
		phone := fmt.Sprintf("+34 6%02d-%03d-%03d", rng.IntN(100), rng.IntN(1000), rng.IntN(1000))
		for _, c := range []struct{ in, lost, keep string }{
			{fmt.Sprintf("El pedido debe enviarse a C/ Gran Vía, %d, 4º A, %05d Zaragoza. Mi teléfono es %s.", n, rng.IntN(1e5), phone), "Gran Vía", "Mi teléfono es"},
			{fmt.Sprintf("Necesito que me entreguen en Calz. Benito Juárez %d Int. 8, Col. Roma Norte, Coyoacán, C.P. %05d, Monterrey. Mi cel es %s", n, rng.IntN(1e5), phone), "Juárez", "Mi cel es"},
			{fmt.Sprintf("Giao hàng giúp mình tới %d Lê Lợi, Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội. SĐT %s", n, phone), "Lê Lợi", "SĐT"},
			{fmt.Sprintf("נא לשלוח לרחוב דיזנגוף %d דירה %d, ירושלים %07d. טלפון %s", n, 1+rng.IntN(40), rng.IntN(1e7), phone), "דיזנגוף", "טלפון"},
			{fmt.Sprintf("Siparişimi Caferağa Mah. Bağdat Caddesi No: %d D: %d, %05d Konak/İzmir adresine gönderin lütfen. Telefon %s", n, 1+rng.IntN(40), rng.IntN(1e5), phone), "Bağdat", "adresine gönderin"},
			{fmt.Sprintf("कृपया House No. %d, MG Road, near City Hospital, Jaipur, Rajasthan - %06d पर डिलीवरी करें। मेरा फ़ोन %s", n, rng.IntN(1e6), phone), "MG Road", "पर डिलीवरी करें"},
			{fmt.Sprintf("Order 452-3149348-9943577: please send to %d Woodlands Avenue 4, #04-23, Singapore 62%04d, phone %s.", n, rng.IntN(1e4), phone), "Woodlands", "Order 452-3149348-9943577"},
			{fmt.Sprintf("please deliver to PO Box %d, Johannesburg, 4726 order 982894-20261007-0488800675, tracking EE840348467GE, paid Rs. 8,462 call %s", n, phone), "Johannesburg", "order 982894-20261007-0488800675, tracking EE840348467GE, paid Rs. 8,462"},
		} {
			out := r.String(c.in)
			if strings.Contains(out, c.lost) || !strings.Contains(out, c.keep) || strings.Contains(out, phone) {
				t.Fatalf("destination:\n in: %s\nout: %s", c.in, out)
			}
		}
	}
	for _, keep := range []string{
		"Please send it to the warehouse team, thanks.",
		"El pedido debe enviarse a la tienda principal mañana.",
		"Bitte liefern an Lager 4 am Montag.",
		"batch 12 adresine ait kayıt yok",
	} {
		if out := r.String(keep); out != keep {
			t.Fatalf("changed:\n in: %s\nout: %s", keep, out)
		}
	}
}

// Address keys written as words with spaces (Vietnamese) or without their
// accent (Greek) name their values; the value ends at the next key, a
// quote or an amount after a dash; an IP address under such a key is kept.
func TestSpacedAndUnaccentedAddressKeys(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(106, 7))
	for range 60 {
		n := 1 + rng.IntN(300)
		sku := fmt.Sprintf("SKU-%04d-RED", rng.IntN(1e4))
		for _, c := range []struct{ in, lost, keep string }{
			{fmt.Sprintf("Updating buyer profile: địa chỉ giao hàng=%d Lê Lợi, Phường Tân Định, Quận 5, TP. Hồ Chí Minh, sku=%s", n, sku), "Lê Lợi", "sku=" + sku},
			{fmt.Sprintf(`slow query {"filter":{"địa chỉ giao hàng":"Hẻm %d/6 Trần Hưng Đạo, Phường 12, Quận 6, TP. Hồ Chí Minh","orders.id":"%s"}}`, n, sku), "Trần Hưng", sku},
			{fmt.Sprintf("sms: Địa chỉ giao hàng: Số %d ngõ 68 phố Huế, Quận Hai Bà Trưng, Hà Nội - € 13.042,80", n), "phố Huế", "€ 13.042,80"},
			{fmt.Sprintf("Updating buyer profile: διευθυνση_αποστολης=Λεωφ. Ερμού %d, 043 63 Αθήνα, sku=%s", n, sku), "Ερμού", "sku=" + sku},
		} {
			out := r.String(c.in)
			if strings.Contains(out, c.lost) || !strings.Contains(out, c.keep) {
				t.Fatalf("address key:\n in: %s\nout: %s", c.in, out)
			}
		}
	}
	if v := spacedAddressKeySpans("địa chỉ IP: 10.0.0.1, port=443"); len(v) != 0 {
		t.Fatalf("an IP address read as a street: %v", v)
	}
}

// A Turkish address's "No: 87 D: 20" keeps an address block's line going:
// the colon is the house number's, not a label's; "Tel: …" still ends it.
func TestTurkishHouseNumberColon(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(107, 7))
	for range 60 {
		street := fmt.Sprintf("Cumhuriyet Cad. No: %d D: %d, Caddebostan Mah., %05d Çankaya/Ankara", 1+rng.IntN(300), 1+rng.IntN(40), rng.IntN(1e5))
		ref := fmt.Sprintf("Ref %03d-%07d-%07d", rng.IntN(1000), rng.IntN(1e7), rng.IntN(1e7))
		for _, text := range []string{
			"^XA^CI28^FO30,30^FDShip To:^FS^FO30,65^FDMehmet Ali Kılıç^FS^FO30,100^FD" + street + "^FS^FO30,200^FDTel: +90 542 597 21 83^FS^FO30,240^FD" + ref + "^FS^XZ",
			"Ship to:\nMehmet Ali Kılıç\n" + street + "\nTel: +90 542 597 21 83\n" + ref,
		} {
			out := r.String(text)
			if strings.Contains(out, "Cumhuriyet") || strings.Contains(out, "597 21 83") || !strings.Contains(out, ref) {
				t.Fatalf("block:\n in: %s\nout: %s", text, out)
			}
		}
	}
	for _, c := range []struct {
		v    string
		want bool
	}{{"Cumhuriyet Cad. No: 87", true}, {"Atatürk Mah. D: 3", true}, {"No: 87", false}, {"Order No: 87", false}, {"Invoice No: 2026", false}, {"Phone: 0555", false}} {
		if got := houseNoColon(c.v, strings.IndexByte(c.v, ':')); got != c.want {
			t.Fatalf("houseNoColon(%q) = %v", c.v, got)
		}
	}
}

// A Brazilian mobile with the country and area codes in its first group
// (4-5-4) is a phone; the same grouping without the mobile's 9 is kept.
func TestBrazilCountryAreaGroup(t *testing.T) {
	r := newDamageRedactor(t)
	rng := rand.New(rand.NewPCG(108, 7))
	for range 100 {
		area := 11 + rng.IntN(89)
		if area%10 == 0 {
			area++
		}
		ph := fmt.Sprintf("55%d 9%04d %04d", area, rng.IntN(1e4), rng.IntN(1e4))
		for _, line := range []string{"buyer " + ph + " ok", `{"celular":"` + strings.ReplaceAll(ph, " ", "-") + `"}`} {
			if out := r.String(line); strings.Contains(out, ph[5:]) || strings.Contains(out, strings.ReplaceAll(ph, " ", "-")) {
				t.Fatalf("phone kept:\n in: %s\nout: %s", line, out)
			}
		}
		ref := fmt.Sprintf("ref 55%d 1%04d %04d", area, rng.IntN(1e4), rng.IntN(1e4))
		if out := r.String(ref); out != ref {
			t.Fatalf("changed:\n in: %s\nout: %s", ref, out)
		}
	}
}
