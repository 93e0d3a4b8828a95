package redact

import (
	"fmt"
	"math/rand"
	"net/url"
	"strings"
	"testing"
)

// Tests for the classes of nam24_*.go. The names are made up ("Fakeleigh
// Testwood", "テスト花子"); ids, amounts and IBAN-like values are generated.

var nam24Names = []string{"Fakeleigh Testwood", "Zofia Testowska", "Tánh Fakenguyen", "Bastián Fakerez Testa", "TESTWOOD, Fakeleigh"}

// Class: every tuple of a multi-row INSERT is read like the others: a cell
// at the place where another tuple holds a name (found, or a marker left
// before) is a name when it is person-shaped; with no name found, a
// column of distinct person-shaped cells in a statement holding other PII.
func TestNam24InsertTuplesByColumn(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2401))
	for i, name := range nam24Names[:4] {
		other := nam24Names[(i+1)%4]
		id1, id2 := 1000+rng.Intn(8999), 1000+rng.Intn(8999)
		// the first tuple's name already redacted, as by an earlier stage
		in := fmt.Sprintf("INSERT INTO `payout_accounts` VALUES (%d,'[REDACTED:name]','[REDACTED:iban]','KES','2026-11-06'),(%d,'%s','[REDACTED:iban]','KES','14/11/2026');", id1, id2, name)
		n22Run(t, r, in, []string{name}, []string{fmt.Sprint(id2), "KES", "14/11/2026"})
		// three rows, none redacted before
		in = fmt.Sprintf("INSERT INTO `buyers` VALUES (%d,'%s','[REDACTED:email]'),(%d,'%s','[REDACTED:email]'),(%d,'%s','[REDACTED:email]');", id1, name, id2, other, id1+1, nam24Names[(i+2)%4])
		n22Run(t, r, in, []string{name, other}, []string{fmt.Sprint(id2)})
	}
	// caseless scripts, neither tuple taken by another pass
	n22Run(t, r, "INSERT INTO `payout_accounts` VALUES (71,'ফেক তেস্ত','[REDACTED:iban]','BDT'),(72,'তেস্ত ফেকার','[REDACTED:iban]','BDT');",
		[]string{"ফেক তেস্ত", "তেস্ত ফেকার"}, []string{"BDT"})
	// rows of products and stores keep their cells, PII or not
	for _, in := range []string{
		"INSERT INTO `products` VALUES (1,'Merino Wool Beanie','SKU-1001'),(2,'Trail Running Socks','SKU-1002');",
		"INSERT INTO `stores` VALUES (1,'Loja Beija Flor','[REDACTED:email]'),(2,'Loja Beija Flor','[REDACTED:email]');",
		"INSERT INTO `flags` VALUES (1,'checkout.new-pay','on'),(2,'cart.free-shipping','off');",
	} {
		out := r.String(in)
		if out != in && !nam24OnlyMarkers(in, out) {
			t.Errorf("changed: %q\n→ %q", in, out)
		}
	}
}

// nam24OnlyMarkers reports that out differs from in only where in held no
// product word (used for rows whose other cells a credential or e-mail
// reader may take).
func nam24OnlyMarkers(in, out string) bool {
	for _, w := range []string{"Merino Wool Beanie", "Trail Running Socks", "Loja Beija Flor", "checkout.new-pay"} {
		if contains24(in, w) && !contains24(out, w) {
			return false
		}
	}
	return true
}

func contains24(s, sub string) bool {
	return len(sub) > 0 && len(s) >= len(sub) && indexOf24(s, sub) >= 0
}

func indexOf24(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// Class: a quoted HCL key of a person (a name or role key) and its values
// on both sides of a Terraform plan's arrow; a gdb char pointer's string
// under a person's key.
func TestNam24QuotedKeysAndPointers(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2402))
	for i, name := range nam24Names {
		other := nam24Names[(i+1)%len(nam24Names)]
		sg := fmt.Sprintf("sg-%017x", rng.Int63())
		in := fmt.Sprintf("  ~ resource \"aws_db_instance\" \"orders\" {\n        id                 = \"%s\"\n      ~ tags               = {\n          ~ \"owner\"      = \"%s\" -> \"%s\"\n            \"cost-center\" = \"shop-platform\"\n        }\n    }", sg, name, other)
		n22Run(t, r, in, []string{name, other}, []string{sg, "shop-platform", `"owner"`})
		n22Run(t, r, fmt.Sprintf("      + \"contact_name\" = \"%s\"", name), []string{name}, []string{"contact_name"})
		ptr := fmt.Sprintf("0x%012x", rng.Int63n(1<<47))
		in = fmt.Sprintf("$1 = {id = %d, name = %s \"%s\", country = \"CL\", flags = 0}", rng.Intn(99999), ptr, name)
		n22Run(t, r, in, []string{name}, []string{ptr, "CL"})
	}
	// what stays: a team under "owner", a service's name, a pointer to a
	// product's title, the plan's own words
	for _, in := range []string{
		`          ~ "owner"      = "platform-team" -> "payments-team"`,
		`          ~ "owner"      = "Payments Team" -> "Checkout Squad"`,
		`      ~ "name"      = "checkout-worker" -> "checkout-worker-v2"`,
		`$2 = {sku = 0x55d1c2a0 "SKU-88121", title = 0x55d1c2b0 "Merino Wool Beanie"}`,
	} {
		n22Run(t, r, in, nil, nil)
		if out := r.String(in); out != in {
			t.Errorf("changed: %q\n→ %q", in, out)
		}
	}
}

// Class: a person-shaped clause (two to four words, a separator before it)
// right before a phone, found or redacted, a glued phone label between.
func TestNam24NameBeforePhone(t *testing.T) {
	r := n21Redactor(t)
	for _, name := range nam24Names[:4] {
		for _, f := range []string{
			`{"customer_report":"the parcel never came, %s [REDACTED:phone]: order 123-4567890-1234567"}`,
			`report: order never arrived, %s tel:[REDACTED:phone]: order 123-4567890-1234567`,
		} {
			n22Run(t, r, fmt.Sprintf(f, name), []string{name}, []string{"123-4567890-1234567"})
		}
	}
	for _, in := range []string{
		"escalated, Support Hotline [REDACTED:phone] open 9-17",
		"status update, please call [REDACTED:phone] today",
		"Warehouse Cape Town, Main Office [REDACTED:phone]",
	} {
		if out := r.String(in); out != in {
			t.Errorf("changed: %q\n→ %q", in, out)
		}
	}
}

// Class: a person's name as the stem of a stored object's file name before
// an id in brackets (sync tools' object keys), and the same name
// percent-encoded in the object's URL.
func TestNam24ObjectKeyNames(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2404))
	for _, name := range append(nam24Names[:4], "ফেক তেস্ত") {
		order := fmt.Sprintf("%03d-%07d-%07d", rng.Intn(999), rng.Intn(9999999), rng.Intn(9999999))
		enc := url.PathEscape(name)
		in := fmt.Sprintf("Nov 23 17:22:11 INFO  : invoices/2026/%s (%s).pdf: Copied (replaced existing)\nhttps://exports.s3.eu-west-1.amazonaws.com/invoices/2026/%s%%20invoice.pdf?X-Amz-Date=20261104T120000Z", name, order, enc)
		n22Run(t, r, in, []string{name, enc}, []string{order, "invoices/2026/", "invoice.pdf"})
	}
	for _, in := range []string{
		"INFO  : catalog/2026/Merino Wool Beanie (SKU-88121).pdf: Copied (new)",
		"INFO  : reports/Monthly Sales (2026-11).csv: Copied (new)",
	} {
		if out := r.String(in); out != in {
			t.Errorf("changed: %q\n→ %q", in, out)
		}
	}
}

// Class: a "FAMILY, Given" name of a script without case right before a
// phone is one name: the family word before the comma joins the given
// name the phone reader found, on the first pass and the second.
func TestNam24CaselessFamilyCommaGivenBeforePhone(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"Subject: กรุณาลบข้อมูล - อินทรประเสริฐ, ชัยวัฒน์ 081 234 5678",
		"ticket - 김민준, 서연 010-1234-5678",
	} {
		out := r.String(in)
		for _, gone := range []string{"อินทรประเสริฐ", "ชัยวัฒน์", "김민준", "서연"} {
			if strings.Contains(in, gone) && strings.Contains(out, gone) {
				t.Errorf("%q kept in %q", gone, out)
			}
		}
		if again := r.String(out); again != out {
			t.Errorf("twice differs from once:\n%q\n%q", out, again)
		}
	}
}
