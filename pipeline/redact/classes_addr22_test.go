package redact

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Tests for the classes of addr22_*.go: addresses written as a whole value
// in their locale's format, validators' errors that echo a phone, bound
// values of a statement's placeholders, a form tracker's field and value
// parameters, and phones known by their place. Streets, towns and people
// are made up ("Fake…", "Test…"); numbers come from a seeded generator.

func a22Redactor(t *testing.T) *Redactor {
	t.Helper()
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// a22Event redacts a JSON line as an event.
func a22Event(t *testing.T, r *Redactor, line string) string {
	t.Helper()
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(line), &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	return string(ev.AppendJSON(nil))
}

func a22Check(t *testing.T, r *Redactor, in, out string, gone, kept []string) {
	t.Helper()
	if !strings.HasPrefix(in, "{") {
		if again := r.String(out); again != out {
			t.Errorf("redacting twice differs from once:\n  %q\n→ %q\n→ %q", in, out, again)
		}
	}
	for _, g := range gone {
		if strings.Contains(out, g) {
			t.Errorf("%q survives in\n  %q\n→ %q", g, in, out)
		}
	}
	for _, k := range kept {
		if !strings.Contains(out, k) {
			t.Errorf("%q damaged in\n  %q\n→ %q", k, in, out)
		}
	}
}

func a22Digits(rng *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + rng.Intn(10))
	}
	b[0] = byte('2' + rng.Intn(7))
	return string(b)
}

// Class: a schema validator's error (Ajv's instancePath and data,
// express-validator's path and value beside its msg) echoes the value of
// the field its pointer names: a phone pointer's value is a phone, as a
// structured object and as JSON text inside a string; a pointer to a
// quantity keeps its digits.
func TestClassAddr22ValidatorPointerValue(t *testing.T) {
	r := a22Redactor(t)
	rng := rand.New(rand.NewSource(2201))
	for i := 0; i < 20; i++ {
		d := a22Digits(rng, 8)
		phone := d[:3] + " " + d[3:5] + " " + d[5:]
		qty := a22Digits(rng, 8)
		text := fmt.Sprintf(`{"@timestamp":"2026-03-01T10:00:00Z","message":"request validation failed","error.details":"[{\"instancePath\":\"/customer/phone\",\"schemaPath\":\"#/properties/customer/properties/phone/pattern\",\"keyword\":\"pattern\",\"params\":{\"pattern\":\"^\\\\+[1-9]\\\\d{6,14}$\"},\"message\":\"must match pattern\",\"data\":\"%s\"},{\"instancePath\":\"/items/0/qty\",\"message\":\"must be <= 99\",\"data\":\"%s\"}]"}`, phone, qty)
		a22Check(t, r, text, a22Event(t, r, text), []string{phone}, []string{qty, "/customer/phone"})
		structured := fmt.Sprintf(`{"@timestamp":"2026-03-01T10:00:00Z","errors":[{"type":"field","value":"%s","msg":"Invalid value","path":"phone","location":"body"},{"type":"field","value":"%s","msg":"Invalid value","path":"quantity","location":"body"}]}`, d, qty)
		a22Check(t, r, structured, a22Event(t, r, structured), []string{d}, []string{qty})
	}
}

// Class: an address written as a whole value — a row's cell, a mail's
// line, an element's text, an assertion's value between &lt; and &gt;, the
// item after an error's colon, a query's value (encoded) — in its locale's
// format: a street, its number and a four- or five-digit postcode (or
// "NNN NN", "NN-NNN") and town; a Canadian postal code; a Colombian plate;
// a street word of a script without capitals; a Japanese block number. A
// count before a noun ("Pallet 12, 3000 Units") and a year after a build
// are no address.
func TestClassAddr22LocaleFormatWholeValue(t *testing.T) {
	r := a22Redactor(t)
	rng := rand.New(rand.NewSource(2202))
	for i := 0; i < 10; i++ {
		n := 2 + rng.Intn(200)
		pc4 := 1000 + rng.Intn(8999)
		streets := []string{
			fmt.Sprintf("Fakerstraat %d, %d Testhausen", n, pc4),
			fmt.Sprintf("Fakegade %d, 2. th., %d Testby", n, pc4),
			fmt.Sprintf("Fakener %d/2/14, %d Testdorf", n, pc4),
			fmt.Sprintf("Fakestredet %d H0201, %d Testvik", n, pc4),
			fmt.Sprintf("Fakovská %d/12, %03d %02d Testov", n, 100+rng.Intn(899), rng.Intn(99)),
			fmt.Sprintf("ul. Fakowa %d/4, %02d-%03d Testów", n, 10+rng.Intn(89), rng.Intn(999)),
			fmt.Sprintf("%d boul. Fakeau, Testville QC H%dK %dZ%d", n, rng.Intn(10), rng.Intn(10), rng.Intn(10)),
			fmt.Sprintf("Avenida Falsa # %d-14, Pruebópolis", n),
			fmt.Sprintf("خیابان فیک پلاک %d واحد ۳ تستان", n),
			fmt.Sprintf("ផ្ទះលេខ %d មហាវិថីតេស្ត តេស្ត", n),
			fmt.Sprintf("အမှတ် %d၊ တက်စ်လမ်း၊ တက်စ်မြို့", n),
			fmt.Sprintf("%d, டெஸ்ட் தெரு, டெஸ்ட்நகர் %06d", n, rng.Intn(999999)),
			fmt.Sprintf("Gida na %d, titin Fake, Testburi", n),
			fmt.Sprintf("Mtaa wa Bandia %d, Majaribio %05d", n, rng.Intn(99999)),
			fmt.Sprintf("名古屋市中区テスト%d-%d-%d ハイツ201号室", 1+rng.Intn(5), 1+rng.Intn(30), 1+rng.Intn(20)),
		}
		for _, a := range streets {
			for _, tmpl := range []string{
				"import customers.csv: 1 rows rejected\n%d;[REDACTED:name];[REDACTED:phone];%s;invalid postcode",
				"Subject: Your order\n\nHi,\nwhere is my parcel\n%[2]s",
				"<p class=\"recipient\">Fake</p>\n<p>%[2]s</p>",
				"<failure message=\"expected: &lt;%[2]s&gt; but was: &lt;x&gt;\"/>",
				"Document `abc` has an invalid `_geo` field: %[2]s / [REDACTED:name]",
			} {
				in := strings.ReplaceAll(tmpl, "%d", fmt.Sprint(1000+i))
				in = fmt.Sprintf(strings.Replace(in, "%[2]s", "%s", 1), a)
				out := r.String(in)
				a22Check(t, r, in, out, []string{a}, nil)
			}
		}
		enc := fmt.Sprintf("GET /collect?v=2&en=form_abandon&ep.postal=Fakegade+%d%%2C+%d+Testby&_et=%dms HTTP/2.0", n, pc4, 100+i)
		a22Check(t, r, enc, r.String(enc), []string{fmt.Sprintf("Fakegade+%d", n)}, []string{fmt.Sprintf("_et=%dms", 100+i)})
	}
	for _, kept := range []string{"Pallet 12, 3000 Units", "Build 149, 2026 Roadmap Q3", "Order 12, 10435 units", "Version 2, 2024 Edition"} {
		in := "summary;" + kept + ";done;ok"
		a22Check(t, r, in, r.String(in), nil, []string{kept})
	}
}

// Class: a statement's "?" placeholders bind, in order, the values of the
// JSON array logged after it (Sequelize): the value bound to a phone
// column is a phone; the timestamp and the id bound after it stay.
func TestClassAddr22BoundPlaceholders(t *testing.T) {
	r := a22Redactor(t)
	rng := rand.New(rand.NewSource(2203))
	for i := 0; i < 20; i++ {
		d := a22Digits(rng, 9)
		phone := d[:3] + " " + d[3:5] + " " + d[5:7] + " " + d[7:]
		id := a22Digits(rng, 6)
		in := fmt.Sprintf("Executing (default): UPDATE `customers` SET `phone`=?,`updatedAt`=? WHERE `id` = ?; \"[\\\"%s\\\",\\\"2026-08-15T03:22:11.058Z\\\",%s]\"", phone, id)
		a22Check(t, r, in, r.String(in), []string{phone}, []string{"2026-08-15T03:22:11.058Z", id})
	}
}

// Class: a form tracker's collect names the field in one parameter and
// carries what was typed in the value parameter beside it
// ("ep.field=phone&ep.value=…"); a field that names no phone keeps its
// value.
func TestClassAddr22FieldValueParams(t *testing.T) {
	r := a22Redactor(t)
	rng := rand.New(rand.NewSource(2204))
	for i := 0; i < 20; i++ {
		d := a22Digits(rng, 8)
		in := fmt.Sprintf("GET /collect?v=2&en=form_abandon&ep.field=phone&ep.value=%s&_et=%dms HTTP/2.0", d, 1000+i)
		a22Check(t, r, in, r.String(in), []string{d}, nil)
		qty := a22Digits(rng, 8)
		keep := fmt.Sprintf("GET /collect?v=2&en=form_abandon&ep.field=voucher_batch&ep.value=%s HTTP/2.0", qty)
		a22Check(t, r, keep, r.String(keep), nil, []string{qty})
	}
}

// Class: phones known by their place — a cell of digits in a row that
// holds its person's name and other values, the number that closes a line
// right after its owner's name, a customer search's term, a national
// number dotted after its trunk 0. IPv4 addresses, dates and product
// searches stay.
func TestClassAddr22PlacedPhones(t *testing.T) {
	r := a22Redactor(t)
	rng := rand.New(rand.NewSource(2205))
	for i := 0; i < 20; i++ {
		d := a22Digits(rng, 8)
		row := fmt.Sprintf("import customers.csv: 2 rows rejected\n%d;[REDACTED:name];%s;[REDACTED:address];invalid postcode\n%d;[REDACTED:name];10.%d.%d.7;[REDACTED:address];2026-08-15", 1000+i, d, 2000+i, rng.Intn(255), rng.Intn(255))
		out := r.String(row)
		a22Check(t, r, row, out, []string{d}, []string{"2026-08-15"})
		if !strings.Contains(out, ";10.") {
			t.Errorf("an IPv4 cell was taken:\n  %q\n→ %q", row, out)
		}
		after := fmt.Sprintf(" ⨯ Error: could not save customer: [REDACTED:name] %s\n    at async submitOrder (./app/checkout/actions.ts:%d:14)", d, 10+i)
		a22Check(t, r, after, r.String(after), []string{d}, []string{"actions.ts"})
		q := fmt.Sprintf("10.250.1.%d \"GET /admin/customers/search?q=%s&page=1 HTTP/1.1\" 200 %dms", i, d, 10+i)
		a22Check(t, r, q, r.String(q), []string{d}, []string{"page=1"})
		sku := fmt.Sprintf("\"GET /admin/products/search?q=%s&page=1 HTTP/1.1\" 200", d)
		a22Check(t, r, sku, r.String(sku), nil, []string{d})
		dotted := fmt.Sprintf("0%s.%s.%s", d[:2], d[2:5], d[5:])
		v := fmt.Sprintf("Uncaught ValidationError: invalid value: %s (build v0.10.%d)", dotted, i)
		a22Check(t, r, v, r.String(v), []string{dotted}, []string{fmt.Sprintf("v0.10.%d", i)})
	}
}
