package redact

import (
	"strings"
	"testing"
)

// Credentials that hold letters, in places where their keys cannot be read
// as written (cred23h_*.go). Every value below is made up.

func checkCred23h(t *testing.T, in string, secrets, keep []string) {
	t.Helper()
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	out := r.String(in)
	for _, s := range secrets {
		if strings.Contains(out, s) {
			t.Errorf("secret %q survived:\n in: %s\nout: %s", s, in, out)
		}
	}
	for _, k := range keep {
		if !strings.Contains(out, k) {
			t.Errorf("%q was damaged:\n in: %s\nout: %s", k, in, out)
		}
	}
	if twice := r.String(out); twice != out {
		t.Errorf("not idempotent:\nonce:  %s\ntwice: %s", out, twice)
	}
	if !strings.Contains(out, "[REDACTED:credential]") && len(secrets) > 0 {
		t.Errorf("no credential marker: %s", out)
	}
}

// Class: a %+v value whose key was cut mid-character (U+FFFD and the tail
// of a password word) holds a password.
func TestCred23hStructCutKey(t *testing.T) {
	checkCred23h(t, "sync: cannot map order 5767214121569962000: recipient &{\uFFFD\uFFFDароль:lemon-harbor-417 Qty:4 Total:56304.72}",
		[]string{"lemon-harbor-417"}, []string{"5767214121569962000", "Qty:4", "56304.72"})
	checkCred23h(t, "sync: cannot map order 579759424462180000: recipient &{\uFFFD\uFFFD\uFFFD码:Fakeword1999% Qty:9 Total:Rs. 20,174}",
		[]string{"Fakeword1999%"}, []string{"Qty:9", "20,174"})
	// a cut key whose tail is no password word's stays
	checkCred23h(t, "recipient &{\uFFFD\uFFFDмер:A1B2C3D4 Qty:9}", nil, []string{"A1B2C3D4"})
}

// Class: a %+v value whose key a name or address before it swallowed is
// read by its shape.
func TestCred23hStructSwallowedKey(t *testing.T) {
	checkCred23h(t, "recipient &{Fullname:TESTDÓTTIR, Fakename \uFFFD\uFFFD\uFFFDスワード:Q7x7zz3Kfake* Qty:1 Total:UYU 74.807}",
		[]string{"Q7x7zz3Kfake*"}, []string{"Qty:1"})
	checkCred23h(t, "panic: &{Id:7 Price:[REDACTED:address]:xA0GfLh49wmHB7dMtY5rk28mZdIzt175QCqFAKE}",
		[]string{"xA0GfLh49wmHB7dMtY5rk28mZdIzt175QCqFAKE"}, []string{"Id:7"})
	// a plain id after a swallowed key stays
	checkCred23h(t, "panic: &{Id:7 Price:[REDACTED:address]:ORD-100234 Qty:2}", nil, []string{"ORD-100234"})
}

// Class: bound values of a statement whose column list names a secret
// column, when the numbers do not meet the columns: a value its own
// column does not explain, shaped as a secret, is taken.
func TestCred23hBindSecretColumn(t *testing.T) {
	checkCred23h(t, "insert into buyer_contact (order_ref, sftppwd, recovery_codes) values (?, ?, ?)\nbinding parameter [1] as [VARCHAR] - [Fakeword.27QZ]",
		[]string{"Fakeword.27QZ"}, []string{"binding parameter [1]"})
	checkCred23h(t, "insert into buyer_contact (order_ref, buyerphone, password, city) values (?, ?, ?, ?)\nbinding parameter [1] as [VARCHAR] - [ORD-5531]\nbinding parameter [2] as [VARCHAR] - [maple-falcon-729]\nbinding parameter [4] as [VARCHAR] - [Lyon]",
		[]string{"maple-falcon-729"}, []string{"ORD-5531", "Lyon"})
	checkCred23h(t, "insert into buyer_contact (order_ref, identity_number, signing_key, ship_to) values (?, ?, ?, ?)\nbinding parameter [1] as [VARCHAR] - [ORD-5531]\nbinding parameter [2] as [VARCHAR] - [0f1e2d3c4b5a69788796a5b4c3d2e1f0]\nbinding parameter [3] as [VARCHAR] - [depot 4]",
		[]string{"0f1e2d3c4b5a69788796a5b4c3d2e1f0"}, []string{"ORD-5531"})
	// hex bound to a column that names a hash or an id stays, and so
	// does a statement that names no secret
	checkCred23h(t, "insert into uploads (trace_id, api_secret) values (?, ?)\nbinding parameter [1] as [VARCHAR] - [0f1e2d3c4b5a69788796a5b4c3d2e1f0]",
		nil, []string{"0f1e2d3c4b5a69788796a5b4c3d2e1f0"})
	checkCred23h(t, "insert into uploads (order_ref, city) values (?, ?)\nbinding parameter [1] as [VARCHAR] - [0f1e2d3c4b5a69788796a5b4c3d2e1f0]",
		nil, []string{"0f1e2d3c4b5a69788796a5b4c3d2e1f0"})
}

// Class: OCR text whose secret label OCR broke or misread ("se cret",
// "sccrct", "passphrasc"): the value on the label's line is a secret.
func TestCred23hOCRSecretLabel(t *testing.T) {
	checkCred23h(t, "EMPLOYEE RECORD UPDATED\nchec ksum:af5756410293f046436eafc96b3063f65ce193f1\nxero client se cret: FAKEgDGRzHhu93y0c4c0saK7shWAKetAj\nwarehouse: Kepler Fulfilment Centre\n",
		[]string{"FAKEgDGRzHhu93y0c4c0saK7shWAKetAj"}, []string{"af5756410293f046436eafc96b3063f65ce193f1", "Kepler Fulfilment Centre"})
	checkCred23h(t, "OVERTIME APPROVED\nstaff id 2  E777637\nidp sccrct: iZo4Dcc07lZ1HGMVFAKEhDHJwFKSGr752SwU\ng1 acc0unt . 6507-574\n",
		[]string{"iZo4Dcc07lZ1HGMVFAKEhDHJwFKSGr752SwU"}, []string{"E777637", "6507-574"})
	checkCred23h(t, "SEPA CREDIT TRANSFER FILE CREATED\npassphrasc:6b_9?79KYfakeQUwj\nposting  date  2027-10-22\n",
		[]string{"6b_9?79KYfakeQUwj"}, []string{"2027-10-22"})
	// a policy's label read the same way names no secret
	checkCred23h(t, "DOCUMENT OCR COMPLETED\npassword po1icy: min12-upper-digit\nt0ken typc: Bearer\ntotal:EUR 14466.52\n",
		nil, []string{"min12-upper-digit"})
}

// Class: a two-factor recovery code of one digit ("jbjqm-cns7d"), a row's
// cell or an argument; a slug of two words with one digit stays.
func TestCred23hRecoveryOneDigit(t *testing.T) {
	checkCred23h(t, "export row 61055: qzxcv-b7ftw,Tokopedia,BAG-BLK-OS-6048,723-1651434-0727289",
		[]string{"qzxcv-b7ftw"}, []string{"BAG-BLK-OS-6048", "723-1651434-0727289"})
	checkCred23h(t, "export row 2: 2026-12-02T15:13:21Z,whatsapp,502-4835463-4819581,kbjqm-cns7d,fake@example.com",
		[]string{"kbjqm-cns7d"}, []string{"502-4835463-4819581"})
	checkCred23h(t, "export row 3: Zalando,north-area5,SKU-1",
		nil, []string{"north-area5"})
}
