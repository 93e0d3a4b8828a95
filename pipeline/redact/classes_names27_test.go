package redact

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
)

// Tests for the classes of names27_*.go. Family names are made up
// ("Testhargreave", "Fakeović"); the given names are common ones the
// names' lexicon knows, which is the evidence the classes read.

func n27ts(s string) string {
	return `{"@timestamp":"2026-12-05T16:12:34.349Z",` + s + `}`
}

// Class: one known word of the names' lexicon in its place (a given name
// first, a known family name last, a family name's ending, a Malay
// patronymic) is evidence enough where the slot already points to a
// person: a bare "<ns>.name" beside the record's phone, an item of a list
// that holds the buyer's other data, a top-level "name" beside a phone.
func TestNames27SlotEvidence(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2701))
	phone := func() string { return fmt.Sprintf("+44 7700 9%02d %03d", rng.Intn(99), rng.Intn(999)) }
	for _, tc := range []struct{ line, name string }{
		{n27ts(`"rma.phone":"` + phone() + `","rma.name":"Oliver Testhargreave"`), "Testhargreave"},
		{n27ts(`"labels.msisdn":"` + phone() + `","labels.name":"Ingrid Fakelund"`), "Fakelund"},
		{n27ts(`"mail.reply_to":"t@example.com","mail.sender":"Amelia Testrowntree"`), "Testrowntree"},
		{n27ts(`"name":"Oliver Testcollignon","phoneNumber":"` + phone() + `"`), "Testcollignon"},
		{n27ts(`"applog.mobile":"` + phone() + `","applog.name":"Jurgita Testauskienė"`), "Testauskienė"},
		{n27ts(`"wms.phone_number":"` + phone() + `","wms.deliver_to":"bin Testyusof, Amir"`), "Testyusof"},
		{n27ts(`"edi.telephone":"` + phone() + `","edi.N1_ST":"M. Testmüller"`), "Testmüller"},
	} {
		out := n22Event(t, r, tc.line)
		if strings.Contains(out, tc.name) {
			t.Errorf("%s\n→ %s", tc.line, out)
		}
	}
	for _, in := range []string{
		"wave released: phone " + phone() + " / Oliver Testpemberton / seller vat PL0204438148 / source order: #87885",
		"backup completed: app version 2 v5.15.21. Oliver Testhargreave. kartu 4111 1111 1111 1111",
		"slot: 06:15-12:45. posting date 10.09.2025. J. Testkamiński. e-mail: jan@example.com",
	} {
		out := r.String(in)
		if strings.Contains(out, "Test") {
			t.Errorf("%s\n→ %s", in, out)
		}
		n21Idem(t, r, out)
	}
	// near misses: goods, facilities, firms and acronyms keep their names
	for _, tc := range []struct{ line, keep string }{
		{n27ts(`"rma.phone":"` + phone() + `","rma.name":"Glow Serum Deluxe"`), "Glow Serum Deluxe"},
		{n27ts(`"store.phone":"` + phone() + `","store.name":"Kepler Fulfilment Centre"`), "Kepler Fulfilment Centre"},
		{n27ts(`"rma.phone":"` + phone() + `","rma.name":"Morgan Stanley"`), "Morgan Stanley"},
	} {
		if out := n22Event(t, r, tc.line); !strings.Contains(out, tc.keep) {
			t.Errorf("%s lost: %s", tc.keep, out)
		}
	}
	for _, tc := range []struct{ in, keep string }{
		{"refund approved; we have " + phone() + " on file.\\n\\nReturns Specialist, JJ Testkeller", "JJ Testkeller"},
		{"wave released: phone " + phone() + " / Kepler Fulfilment Centre / seller vat PL0204438148", "Kepler Fulfilment Centre"},
		{"card 4111 1111 1111 1111 / Santa Cruz / status ok", "Santa Cruz"},
	} {
		if out := r.String(tc.in); !strings.Contains(out, tc.keep) {
			t.Errorf("%s lost: %s", tc.keep, out)
		}
	}
}

// Class: a positional argument with a person's evidence among ids and
// amounts, with no other PII in the list (args=[…], a console logger's
// quoted values, args=('…'), {1}=…).
func TestNames27PositionalArgs(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2702))
	order := func() string {
		return fmt.Sprintf("%03d-%07d-%07d", rng.Intn(999), rng.Intn(9999999), rng.Intn(9999999))
	}
	for _, f := range []string{
		`WARN  [OrderMapper] could not normalise args=["%s", "Jurgita Testauskienė", "70517.78"]`,
		"info: Shop.Checkout.OrderService[0]\n      Customer registered \"%s\", \"Oliver Testlund\", \"425530156359614\"",
		"Customer registered %s, \"Amelia Testjones\"",
		"Task shop.tasks.print_label[ded4ef09] retry in 60s: args=('Oliver Testnjoroge') kwargs={'order': '%s'}",
		"Label for order {0}=%s failed: {1}=Freya Testgoossens (ean 9862133889447)",
		`args=["%s", "李秀英", "70517.78"]`,
	} {
		o := order()
		in := fmt.Sprintf(f, o)
		out := r.String(in)
		if strings.Contains(out, "Test") || strings.Contains(out, "秀英") || !strings.Contains(out, o) {
			t.Errorf("%s\n→ %s", in, out)
		}
		n21Idem(t, r, out)
	}
	for _, in := range []string{
		`could not normalise args=["113-4242970-6433159", "Glow Serum Deluxe", "70517.78"]`,
		`could not normalise args=["113-4242970-6433159", "Kepler Fulfilment Centre", "70517.78"]`,
		`Payment failed 9789540545974, "IFI Claims Services", "Hải Phòng"`,
		`Subscribers Load  [["发票号码", "75452593"], ["LIMIT", 1]]`,
		`args=["113-4242970-6433159", "Bad Request", "70517.78"]`,
	} {
		if out := r.String(in); out != in {
			t.Errorf("%q → %q", in, out)
		}
	}
}

// Class: a bare "<ns>.name" as an attribute pair's key (OTLP, tag lists)
// whose value reads as a person's name with evidence.
func TestNames27AttributePairs(t *testing.T) {
	r := n21Redactor(t)
	pair := func(k, v string) string {
		return n27ts(`"otel.span":{"attributes":[{"key":"http.method","value":{"stringValue":"POST"}},{"key":"` + k + `","value":{"stringValue":"` + v + `"}}]}`)
	}
	for _, v := range []string{"Oliver Testquigley", "Giedrė Testaitė", "ONG, Testfen", "李秀英"} {
		if out := n22Event(t, r, pair("app.name", v)); strings.Contains(out, v) {
			t.Errorf("%s kept: %s", v, out)
		}
	}
	for _, tc := range [][2]string{{"app.name", "checkout-api"}, {"service.name", "Oliver Testquigley"},
		{"product.name", "Oliver Testbag"}, {"k8s.pod.name", "order-sync-7f9c"}, {"app.name", "Glow Serum Deluxe"}} {
		if out := n22Event(t, r, pair(tc[0], tc[1])); !strings.Contains(out, tc[1]) {
			t.Errorf("%s lost: %s", tc[1], out)
		}
	}
}

// Class: a message template's positional placeholder ({Prop1}) whose value
// reads as a person's name, alone or as a given and a family name in two
// placeholders side by side: known PII of the event.
func TestNames27TemplatePlaceholders(t *testing.T) {
	r := n21Redactor(t)
	for _, tc := range []struct{ line, name string }{
		{n27ts(`"@mt":"Shipment created {OrderId}, {Prop1}","@m":"Shipment created \"2000773925468056\", \"Oliver Testyeung\"","OrderId":"2000773925468056","Prop1":"Oliver Testyeung"`), "Testyeung"},
		{n27ts(`"@mt":"Order placed {OrderNumber}, {Prop1}, {Prop2}","@m":"Order placed \"#85531\", \"Freya\", \"Testjonsson\"","OrderNumber":"#85531","Prop1":"Freya","Prop2":"Testjonsson"`), "Testjonsson"},
	} {
		if out := n22Event(t, r, tc.line); strings.Contains(out, tc.name) || !strings.Contains(out, "#85531") && strings.Contains(tc.line, "#85531") {
			t.Errorf("%s\n→ %s", tc.line, out)
		}
	}
	line := n27ts(`"@mt":"Payment failed {Isbn13}, {Marketplace}","@m":"Payment failed 9789540545974, \"Mercado Libre\"","Isbn13":9789540545974,"Marketplace":"Mercado Libre"`)
	if out := n22Event(t, r, line); !strings.Contains(out, `"Marketplace":"Mercado Libre"`) {
		t.Errorf("marketplace lost: %s", out)
	}
}

// Class: role keys written as labels of words ("importer of record: …",
// "N1 ST: …") or joined by '_' with a "Family, Given" value; a label of a
// business ("brand_owner: …") or a place ("deliver to: …") is not read.
func TestNames27SpacedRoleLabels(t *testing.T) {
	r := n21Redactor(t)
	for _, in := range []string{
		"810 INVOICE SENT\nupc: 082855623627\nN1 ST: Oliver Testmartin\namount: €46.492,46",
		"customs entry; importer of record: Amelia Testmoreno; commodity_code: 8517.13.00",
		"850 received from trading partner N1_ST: Testkusuma, Siti, item_code: SKU-JM-5542-XL",
		"VENDOR APPROVED\nlegal representative: M. Testkrüger\njob title: Bouncer",
	} {
		out := r.String(in)
		if strings.Contains(out, "Test") {
			t.Errorf("%q\n→ %q", in, out)
		}
		n21Idem(t, r, out)
	}
	for _, in := range []string{
		"NF-e autorizada\nbrand_owner: Michael Testkors\nfolio: F2026636202",
		"VENDOR APPROVED\nlegal representative: Kestrel Parts Inc.\njob title: Bouncer",
		"importer of record: Lopez Customs Brokers LLC; bol: HLCU366816466",
	} {
		if out := r.String(in); out != in {
			t.Errorf("%q → %q", in, out)
		}
	}
}

// Class: a header-less row's cell whose family name has the form of one
// ("…-ović", "…-nen", "…-aitė", "bin …"), with no other PII in the row.
func TestNames27RowFamilyForms(t *testing.T) {
	r := n21Redactor(t)
	for _, in := range []string{
		"export row 60615: 8a319a63-bace-4b7b-a470-02200c694e5c,73676059542517,Saana Testinen,ending in 7107",
		"export row 98416: Lucija Testović,1796399017419,573617064506437194,60466 pts",
		"export row 26433: SKN-NVY-OS-1797,1ZJU8N0D1098835860,Azlan bin Testabdullah,gid://shopify/Order/5253425724118",
	} {
		out := r.String(in)
		if strings.Contains(out, "Test") {
			t.Errorf("%q\n→ %q", in, out)
		}
		n21Idem(t, r, out)
	}
	for _, in := range []string{
		"export row 52759: 502,Van Heusen,Kaspi,vn74u55",
		"export row 91923: #27439,Glow Serum 30ml,Dizengoff Center,Shibuya 109,932-9205682-0104103",
	} {
		if out := r.String(in); out != in {
			t.Errorf("%q → %q", in, out)
		}
	}
}

// TestNames27Debug prints, for each line of $NAMES27_DEBUG, the lexicon
// classes of its words and the evidence functions' answers (investigation
// only; skipped unless the variable is set).
func TestNames27Debug(t *testing.T) {
	f := os.Getenv("NAMES27_DEBUG")
	if f == "" {
		t.Skip("set NAMES27_DEBUG to a file of values")
	}
	fh, err := os.Open(f)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		v := sc.Text()
		var cls []string
		for _, w := range strings.Fields(v) {
			cls = append(cls, fmt.Sprintf("%s=%d", w, lexClass(strings.Trim(w, ",."))))
		}
		fmt.Printf("%-40q role=%v bare=%v slot=%v %s\n", v, roleName(v), bareItemName17(v), slotNameEvidence27(v), strings.Join(cls, " "))
	}
}

// Class: an abbreviated personal title before two to four capitalised
// words (or a Burmese honorific before a name in Burmese script) is a
// person's name wherever it stands; not "Dr." (a brand as often), not one
// word after the title, not a title inside an address.
func TestNames27Titles(t *testing.T) {
	r := n21Redactor(t)
	for _, in := range []string{
		"DETAIL:  Failing row contains (5427091675435, null, dna. Testoica Răzvan, 1765065586528, 10.35.231.198).",
		"binds: :1='Flipkart Internet Pvt Ltd', :2='Gng. Mark Anthony Testreyes', :3='1ZY7YPH58920157994'",
		"The duplicate key value is (552925-20260717-3977741648, Sra. Lucía Testrestrepo Betancur, HU65730447).",
		"refund of MMK 148.711,79 issued to Daw တက်စ်မြင့် for order 250508JPWRMMTW",
	} {
		out := r.String(in)
		if strings.Contains(out, "Test") || strings.Contains(out, "တက်စ်") {
			t.Errorf("%q\n→ %q", in, out)
		}
		n21Idem(t, r, out)
	}
	for _, in := range []string{
		"enrolment for Lic. en Administración opened",
		"the Sra. field of the form is empty",
		"pickup point moved to Col. Roma Norte (locker 12)",
	} {
		if out := r.String(in); out != in {
			t.Errorf("%q → %q", in, out)
		}
	}
}

// Class: the agent of a buyer's act closed by its outcome ("payment by
// Given Family declined"); a payment method there is kept.
func TestNames27ActBy(t *testing.T) {
	r := n21Redactor(t)
	for _, in := range []string{
		"payment by Sienna Testfitzgerald declined, total AUD 79.924,43, order 5711962146310171508",
		"Payout failed: payment by María Camila Testlondoño declined, total COP 1,36,327.26",
		"payment by 赵丽娟 declined, total ¥79,255.72, order 5711142607236913818",
	} {
		out := r.String(in)
		if strings.Contains(out, "Test") || strings.Contains(out, "丽娟") {
			t.Errorf("%q\n→ %q", in, out)
		}
		n21Idem(t, r, out)
	}
	for _, in := range []string{
		"payment by Credit Card declined, total AUD 79.92",
		"payment by Apple Pay declined, total AUD 79.92",
		"order by phone placed yesterday",
		"shipped by Night Owl Express declined the parcel",
	} {
		if out := r.String(in); out != in {
			t.Errorf("%q → %q", in, out)
		}
	}
}

// Class: a bare "<ns>.name" inside an object nested in the event (an
// array's item) beside the record's phone, or with strong evidence.
func TestNames27NestedNames(t *testing.T) {
	r := n21Redactor(t)
	for _, tc := range []struct{ line, name string }{
		{n27ts(`"alertmanager":{"alerts":[{"status":"firing","labels":{"alertname":"PayoutFailed","name":"Oliver Testmyint","phone":"+95 9 123 456 789"}}]}`), "Testmyint"},
		{n27ts(`"alertmanager":{"alerts":[{"status":"firing","labels":{"alertname":"PayoutFailed","courier_awb":"NV564372112459","name":"كريم تست"}}]}`), "كريم تست"},
	} {
		if out := n22Event(t, r, tc.line); strings.Contains(out, tc.name) {
			t.Errorf("%s\n→ %s", tc.line, out)
		}
	}
	line := n27ts(`"alertmanager":{"alerts":[{"status":"firing","labels":{"alertname":"PayoutFailed","name":"Payout Failed Alert"}}]}`)
	if out := n22Event(t, r, line); !strings.Contains(out, "Payout Failed Alert") {
		t.Errorf("alert name lost: %s", out)
	}
}
