package redact

import (
	"strings"
	"testing"
)

// A bound value takes the kind of its column, whichever way the driver
// logs the binding; a value its column's kind cannot be ("#36570" under
// "name") and values of other columns stay.
func TestBoundParameters(t *testing.T) {
	r, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, in   string
		gone, kept []string
	}{
		{"hibernate", "insert into kyc (sms_to, recipient_name, ship_to, name, sku) values (?, ?, ?, ?, ?)\n" +
			"binding parameter [1] as [VARCHAR] - [3475550123]\nbinding parameter [2] as [VARCHAR] - [Ola Nordmann]\n" +
			"binding parameter [3] as [VARCHAR] - [Storgata 5, 0155 Oslo]\nbinding parameter [4] as [VARCHAR] - [#36570]\n" +
			"binding parameter [5] as [VARCHAR] - [SKU-1-BLK]\n",
			[]string{"3475550123", "Ola Nordmann", "Storgata 5"}, []string{"#36570", "SKU-1-BLK"}},
		{"postgres insert", "INSERT INTO addresses (recipient_name, order_id, street) VALUES ($1, $2, $3)\n" +
			"DETAIL:  parameters: $1 = 'Kaisa Testinen', $2 = '577844705589164460', $3 = 'Testikatu 12'",
			[]string{"Kaisa Testinen", "Testikatu 12"}, []string{"577844705589164460"}},
		{"prisma", `INSERT INTO "t" ("id", "telefon", "sku") VALUES ($1, $2, $3)` + "\n" +
			`Params: ["a1a46b6491c81484","98 98 44 78","SKU-2"]`,
			[]string{"98 98 44 78"}, []string{"a1a46b6491c81484", "SKU-2"}},
		{"django where", `SELECT * FROM "kyc" WHERE "customer_name" = %s AND "order_id" = %s LIMIT 1; args=('Ana Teste', '2000653798337964')`,
			[]string{"Ana Teste"}, []string{"2000653798337964"}},
		{"django insert in place", `INSERT INTO "t" ("backend","delivery_address","name") VALUES ('10.5.6.2:80','Freie Strasse 111','#62643'); ` +
			`args=('10.5.6.2:80', 'Freie Strasse 111', '#62643'); alias=default`,
			[]string{"Freie Strasse 111"}, []string{"10.5.6.2:80", "#62643"}},
		{"update args", `UPDATE buyers SET full_name = $1 WHERE id = $2 args=["Ana Teste",42]`,
			[]string{"Ana Teste"}, []string{"42"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := r.RedactText(tc.in)
			for _, v := range tc.gone {
				if strings.Contains(out, v) {
					t.Errorf("%q kept:\n%s", v, out)
				}
			}
			for _, v := range tc.kept {
				if !strings.Contains(out, v) {
					t.Errorf("%q lost:\n%s", v, out)
				}
			}
			if again := r.RedactText(out); again != out {
				t.Errorf("not idempotent:\n%s\n%s", out, again)
			}
		})
	}
}
