package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// A result grid aligned by spaces (a pandas DataFrame's repr with its
// index column, an R tibble with its type row and numbered rows) names
// each column once in its header: the cells under a column named for a
// person's name, a street or a phone are those values in every row, a cut
// name ("Fakeholm Vest...") too. A bare "name" column is a person's only
// beside other PII columns; the cells under plain columns (ids, products
// cut with "...", dates, cities, amounts) stay.
func TestClassSpaceAlignedGridColumns20(t *testing.T) {
	pandas := "      customer_id          name              street          first_order  last_item\n" +
		"0     1999566517864757026  Signe Fakegaard   Fakegaden 36b   27-04-2026   Noise Cance...\n" +
		"1     1902710837137513820  Jonas Fakeberg    Fakestræde 1b   2026年12月13日  Wool Beanie...\n" +
		"2     1922850985685907892  Freja Fakesen...  Fakevej 12      13-02-2026   Smart Kettl...\n\n[3 rows x 5 columns]"
	tibble := "# A tibble: 3 × 4\n  name                 email                          phone            city\n" +
		"  <chr>                <chr>                          <chr>            <chr>\n" +
		"1 Deepa Fakesim        deepa.fake@example.com         0065 9000 8797   Singapore\n" +
		"2 Wei Fakeming         wei.fake@example.org           +65 9000 4567 Singapore\n" +
		"3 Дашдондогийн Фейкбаатар dashdondog@example.mn          +976 9900 1234   Дархан\n" +
		"# ℹ 6758218 more rows"
	phones := "In [14]: df[['full_name', 'email', 'phone', 'ltv']].head()\nOut[14]:\n" +
		"      full_name          email                   phone       ltv\n" +
		"0     Ola Fakenordmann   ola@example.com         469 92 382  78 654,56 kr\n" +
		"1     Kari Fakedatter    kari@example.net        401 66 318  $33849.21\n"
	checkClasses(t, []classCase{
		{"pandas name column, bare name beside a street", pandas, "Fakegaard", []string{"1999566517864757026", "27-04-2026", "Noise Cance...", "Wool Beanie...", "Smart Kettl...", "2026年12月13日"}},
		{"pandas street column", pandas, "Fakegaden", nil},
		{"pandas street column, second row", pandas, "Fakestræde", nil},
		{"pandas name cut with dots", pandas, "Fakesen", nil},
		{"tibble name column", tibble, "Fakesim", []string{"Singapore", "6758218"}},
		{"tibble name, phone wider than its column", tibble, "Fakeming", nil},
		{"tibble phone column", tibble, "9000 8797", nil},
		{"tibble name wider than its column", tibble, "Фейкбаатар", []string{"Дархан"}},
		{"pandas national phone without a code", phones, "469 92 382", []string{"78 654,56 kr", "$33849.21"}},
		// look-alikes that stay
		{"a grid of products under name", "      sku        name                 price\n0     SKU-1001   Hugo Fakeboss Parfum  49.90\n1     SKU-1002   Ralph Fakelauren Tee  19.00\n", "", []string{"Hugo Fakeboss Parfum", "Ralph Fakelauren Tee", "SKU-1001", "49.90"}},
		{"a grid of jobs under name", "      job_id  name               status\n0     4411    Nightly Export     ok\n1     4412    Weekly Rollup      failed\n", "", []string{"Nightly Export", "Weekly Rollup"}},
	})
}

// A SQL literal is read by the column it is bound to in a VALUES list,
// also with the national prefix (N'…') and inside a dynamic statement
// that is itself a string (an sp_executesql statement) where each
// literal's quotes are doubled; the other literals (dates) and the column names stay.
func TestClassSQLDoubledQuoteLiterals20(t *testing.T) {
	dyn := "exec sp_executesql N'INSERT INTO dbo.CrmContacts (FullName, Email, Phone, PostalAddress, ImportedAt) VALUES (N''Brayden Fakewilson'', N''bw@example.com'', N''158.6900.3457'', N''20 Fakewhyte Ave, Toronto, ON O0Z 9Z4'', ''2026-01-25T18:49:21.665Z''), (N''孙子轩'', N''sz@example.cn'', N''159.6900.1234'', N''Fakelane 4, Nanjing'', ''2026-01-26T08:00:00.000Z'')' -- batch 199ff37e-7cc6-440d-8e3b-01aef2090bf7"
	checkClasses(t, []classCase{
		{"dynamic statement, name", dyn, "Fakewilson", []string{"2026-01-25T18:49:21.665Z", "FullName", "PostalAddress", "199ff37e-7cc6-440d-8e3b-01aef2090bf7"}},
		{"dynamic statement, address", dyn, "Fakewhyte", nil},
		{"dynamic statement, phone", dyn, "158.6900.3457", nil},
		{"dynamic statement, second row", dyn, "Fakelane", []string{"2026-01-26T08:00:00.000Z"}},
		{"national prefix", "INSERT INTO dbo.Buyers (Id, LastName, Sku) VALUES (42, N'Fakeström', 'SKU-42')", "Fakeström", []string{"SKU-42"}},
		{"an IN list of a phone column", "SELECT id, created_at FROM customers WHERE phone IN ('9169000019', '+1 916 900 0020') ORDER BY created_at DESC LIMIT 20;", "9169000019", []string{"created_at", "LIMIT 20"}},
		{"an IN list of a name column", "SELECT * FROM c WHERE c.last_name IN (N'Fakeström', 'Fakeberg') AND sku IN ('SKU-1', 'SKU-2')", "Fakeström", []string{"'SKU-1'", "'SKU-2'"}},
		// look-alikes that stay
		{"an IN list of statuses", "SELECT * FROM orders WHERE status IN ('paid', 'shipped') AND id IN (1, 2)", "", []string{"'paid'", "'shipped'"}},
		{"an empty literal before others", "INSERT INTO t (full_name, sku) VALUES ('', 'SKU-9')", "", []string{"'SKU-9'"}},
	})
}

// A Markdown data profile names a column in each row's first cell and
// shows one of its values under "example" (or "sample"): that cell is read
// as the value of the key the row names. The rates and counts stay, and a
// row naming a plain column keeps its example.
func TestClassProfileExampleCells20(t *testing.T) {
	md := "### Column profile: stg_customers\n\n| column | null_rate | distinct | example |\n|---|---|---|---|\n" +
		"| full_name | 63.1% | 6572572 | Mindaugas Fakevičius |\n| phone | 69.0% | 2314427 | 8612 44839 |\n" +
		"| street | 5.8% | 8538672 | Fakės al. 66 |\n| product_title | 0.1% | 412 | Merino Crew Socks |"
	checkClasses(t, []classCase{
		{"name example", md, "Fakevičius", []string{"63.1%", "6572572", "Merino Crew Socks"}},
		{"phone example", md, "8612 44839", nil},
		{"street example", md, "Fakės", nil},
	})
}

// An audience export to an ad platform carries Meta's match keys as its
// CSV header ("email,phone,fn,ln,zip,country"): the family name under
// "ln" (and the given name under "fn") is a person's when the file also
// matches by e-mail or phone. Postcodes and country codes stay; "ln"
// without "fn" and a contact column is another file's (a line number).
func TestClassAudienceExportMatchColumns20(t *testing.T) {
	csv := "audience export exp_1 (1200 members) -> ads upload, hashing=OFF\nemail,phone,fn,ln,zip,country\n" +
		"ab@example.com,+46700000001,erik,Fakesson,557 99,SE\ncd@example.com,+46700000002,anna,Fakeqvist,252 85,SE"
	checkClasses(t, []classCase{
		{"ln column", csv, "Fakesson", []string{"557 99", "252 85"}},
		{"ln column, second row", csv, "Fakeqvist", nil},
		// look-alikes that stay
		{"ln without a contact column", "step,fn,ln,note\n3,parse,Tokenizer,ok\n4,emit,Writer,ok\n", "", []string{"Tokenizer", "Writer"}},
	})
}

// A CSV or TSV file's header on the first line of a log record that
// carries a prefix ("[pod/…] 2026-…Z id\tfull_name\tphone…", as kubectl
// logs --prefix --timestamps prints it) is still the header: its columns
// are read. The ids and times stay.
func TestClassHeaderAfterLogPrefix20(t *testing.T) {
	tsv := "[pod/sql-client-7d9f] 2026-01-01T00:00:00Z id\tfull_name\tphone\tstreet\tcreated_at\n" +
		"1848107713422694236\tМилан Фејковић\t690860405\tФејкова 16\t2026-10-18T16:10:37.295Z\n" +
		"1848107713422694237\tАна Фејк\t0641234567\tБулевар фејка 12\t2026-10-18T16:10:37.295Z"
	checkClasses(t, []classCase{
		{"phone under the prefixed header", tsv, "690860405", []string{"1848107713422694236", "2026-10-18T16:10:37.295Z"}},
		{"street under the prefixed header", tsv, "Фејкова", nil},
	})
}

// Hibernate's binds logged without their statement are one row's values:
// in a row that holds other PII, the value of a character bind (VARCHAR)
// on a line of its own is a name when shaped as one, and an address when it
// reads as a street with its number. Ids bound as BIGINT stay.
func TestClassHibernateRowBinds20(t *testing.T) {
	in := "2026-12-06 21:23:28.636 TRACE o.h.t.d.s.BasicBinder - binding parameter [1] as [VARCHAR] - [Ángela Fakeríguez]\n" +
		"2026-12-04 14:34:18.444 TRACE o.h.t.d.s.BasicBinder - binding parameter [2] as [VARCHAR] - [af@example.com]\n" +
		"2026-12-06 19:35:42.441 TRACE o.h.t.d.s.BasicBinder - binding parameter [3] as [VARCHAR] - [Avenida Fakesuba # 89-89, Bucaramanga, Santander]\n" +
		"2026-12-06 19:35:42.441 TRACE o.h.t.d.s.BasicBinder - binding parameter [4] as [BIGINT] - [1999566517864757026]"
	checkClasses(t, []classCase{
		{"name bind on its own line", in, "Fakeríguez", []string{"1999566517864757026"}},
		{"address bind", in, "Fakesuba", nil},
		// look-alikes that stay
		{"an invoice number bound beside PII", strings.Replace(in, "Avenida Fakesuba # 89-89, Bucaramanga, Santander", "NF-e 482913", 1), "", []string{"NF-e 482913"}},
	})
}

// The objects of an array are a sample of a table's rows (a data-quality
// check's failed rows): an item's bare "name" is a person's when a sibling
// key of the same item holds a person's data (an address, an IBAN, an
// e-mail, a phone). A product's "name" beside a SKU stays.
func TestClassArrayRecordNames20(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct{ in, gone, keep string }{
		{`{"@timestamp":"2026-01-01T00:00:00Z","check.outcome":"fail","failed_rows_sample":[{"id":"1747016010029288965","name":"Freja Fakesson","postal_address":"Fakegade 3, 8000 Aarhus","iban":"DK5000400440116243"},{"id":"1990571624176623071","name":"Johan Fakeberg","postal_address":"Fakevej 12, 1000 København"}]}`, "Fakesson", "1747016010029288965"},
		{`{"@timestamp":"2026-01-01T00:00:00Z","rows":[{"id":"1","name":"Johan Fakeberg","email":"jf@example.com"}]}`, "Fakeberg", `"id":"1"`},
		{`{"@timestamp":"2026-01-01T00:00:00Z","items":[{"sku":"SKU-1","name":"Hugo Fakeboss Parfum","price":"49.90"},{"sku":"SKU-2","name":"Merino Crew Socks","price":"9.90"}]}`, "", "Hugo Fakeboss Parfum"},
	} {
		var ev event.Event
		if err := event.NewDecoder(nil).Decode([]byte(c.in), &ev); err != nil {
			t.Fatal(err)
		}
		r.Event(&ev)
		out := string(ev.JSON())
		if c.gone != "" && strings.Contains(out, c.gone) {
			t.Errorf("kept %q: %s", c.gone, out)
		}
		if !strings.Contains(out, c.keep) {
			t.Errorf("lost %q: %s", c.keep, out)
		}
	}
}
