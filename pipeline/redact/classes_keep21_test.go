package redact

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Tests for the classes of keep21_*.go: clean values that look like PII
// (message ids, realms, service accounts, role names, masked values,
// placeholders, sellers and stores). People, addresses and numbers are
// made up ("Fake…", "Test…") and drawn from a seeded generator.

var k21Given = []string{"Jana", "Ilze", "Kadri", "Nikos", "Harriet", "Mateo", "Zuzana", "Leonor"}
var k21Family = []string{"Fakeová", "Testere", "Fakeberg", "Mockley", "Placeholt", "Sampleton"}

func k21Person(rng *rand.Rand) (given, family string) {
	return k21Given[rng.Intn(len(k21Given))], k21Family[rng.Intn(len(k21Family))]
}

func k21ID(rng *rand.Rand) string {
	const up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b := make([]byte, 10)
	for i := range b {
		b[i] = up[rng.Intn(len(up))]
	}
	return fmt.Sprintf("%d.%s", 1700000000+rng.Intn(99999999), b)
}

func k21Check(t *testing.T, in, out string, gone, kept []string) {
	t.Helper()
	if r, err := New(DefaultConfig()); err == nil && r.String(out) != out {
		t.Errorf("redacting twice differs from once:\n  %q\n→ %q\n→ %q", in, out, r.String(out))
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

func k21Redactor(t *testing.T) *Redactor {
	t.Helper()
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Class: an address-shaped id in angle brackets after a Message-ID,
// In-Reply-To or References header, Postfix's message-id=, Exim's id=, or
// the word "message" is a message id; the mailboxes of From, To and
// Reply-To in the same text stay redacted.
func TestKeep21MessageIDsAreNoMailboxes(t *testing.T) {
	r := k21Redactor(t)
	rng := rand.New(rand.NewSource(21))
	for i := 0; i < 20; i++ {
		g, f := k21Person(rng)
		mbox := strings.ToLower(g) + ".fake" + fmt.Sprint(rng.Intn(90)+10) + "@example.com"
		id1 := "<" + k21ID(rng) + "@smtp.example.net>"
		id2 := "<" + k21ID(rng) + "@mx1.example.org>"
		for _, in := range []string{
			"From: " + g + " " + f + " <" + mbox + ">\nReply-To: " + mbox + "\nTo: orders@shop.example\nMessage-ID: " + id1 + "\nIn-Reply-To: " + id2 + "\nReferences: " + id2 + " " + id1,
			"Oct 11 14:56:56 mx1 postfix/cleanup[28942]: C56CB3D3C97: message-id=" + id1 + "\nOct 11 14:56:57 mx1 postfix/qmgr[17066]: C56CB3D3C97: from=<" + mbox + ">, size=20183",
			"2026-12-06 23:32:28 K8RP4Z-QNMU9Q-C8 <= " + mbox + " H=(phone) [192.0.2.7] P=esmtpsa S=7205 id=" + id1,
			"AS2 [SHOP-AS2] outbound message " + id1 + " to PARTNER-AS2: MDN received\nOriginal-Message-ID: " + id2 + "\nnotify " + mbox,
			`{"message_id":"` + id1 + `","to":"` + mbox + `"}`,
		} {
			k21Check(t, in, r.String(in), []string{mbox}, []string{id1[1 : len(id1)-1]})
			if strings.Contains(in, "Message-ID") {
				k21Check(t, in, r.String(in), []string{f}, []string{id2[1 : len(id2)-1]})
			}
		}
	}
}

// Class: a Kerberos service principal "service/host@REALM" (the realm an
// upper-case DNS name) names a program, not a mailbox.
func TestKeep21KerberosServicePrincipal(t *testing.T) {
	r := k21Redactor(t)
	for _, c := range []struct{ in, realm string }{
		{`C:\> ktpass /princ HTTP/erp.corp.example.test@CORP.EXAMPLE.TEST /mapuser svc-web /crypto AES256-SHA1 /ptype KRB5_NT_PRINCIPAL`, "CORP.EXAMPLE.TEST"},
		{`kinit -kt /etc/krb5.keytab host/db01.ad.example.test@AD.EXAMPLE.TEST`, "AD.EXAMPLE.TEST"},
		{`principal="ldap/dc1.example.test@EXAMPLE.TEST" mail=fake.person@example.com`, "EXAMPLE.TEST"},
	} {
		out := r.String(c.in)
		k21Check(t, c.in, out, []string{"fake.person@example.com"}, []string{c.realm})
	}
}

// Class: a service account's login (a service prefix such as "svc-" or
// "sa-", or lower-case words joined by '-' with a word of jobs and
// systems) is no person's name, under a user key, in Windows event data,
// a directory entry or as a URL's user; a person under the same keys
// stays redacted.
func TestKeep21ServiceAccounts(t *testing.T) {
	r := k21Redactor(t)
	rng := rand.New(rand.NewSource(7))
	accounts := []string{"svc-backup", "svc-edi-gateway", "sa-export", "etl-batch", "ldap-reader", "crm-sync"}
	for i := 0; i < 12; i++ {
		acct := accounts[rng.Intn(len(accounts))]
		g, f := k21Person(rng)
		for _, in := range []string{
			"Feb  5 21:32:34 mx1 postfix/smtpd[23425]: 550512A859: client=relay.example.net[192.0.2.1], sasl_method=PLAIN, sasl_username=" + acct + ", orig_queue_id=46D5A19F80D2",
			`<Event><EventData><Data Name="TargetUserName">` + acct + `</Data><Data Name="DisplayName">` + g + " " + f + `</Data><Data Name="SubjectUserName">` + acct + `</Data></EventData></Event>`,
			"[export]\ntarget = sftp://" + acct + "@files.example.net/in\nnotify = " + strings.ToLower(g) + ".fake@example.com",
		} {
			out := r.String(in)
			k21Check(t, in, out, []string{f, strings.ToLower(g) + ".fake@"}, []string{acct})
		}
	}
}

// Class: a display name or salutation made of role, team and system words
// ("Accounts Payable", "Returns Team", "Dear Supervisor", "System") names
// no person; the buyer's name in the same mail stays redacted.
func TestKeep21RoleDisplayNames(t *testing.T) {
	r := k21Redactor(t)
	rng := rand.New(rand.NewSource(3))
	roles := []string{"Accounts Payable", "Returns Team", "Customer Service", "Billing Department", "Mailer-Daemon", "Store Manager"}
	for i := 0; i < 12; i++ {
		role := roles[rng.Intn(len(roles))]
		g, f := k21Person(rng)
		in := "-----Original Message-----\nFrom: " + role + " <support@shop.example>\nSent: Fri, 22 May 2026 10:38:58 +0200\nTo: " + g + " " + f + " <" + strings.ToLower(g) + ".fake@example.com>\nSubject: Ticket #733676\n\n> Dear Supervisor,\n> we need the parcel number again."
		k21Check(t, in, r.String(in), []string{f}, []string{role, "Dear Supervisor"})
	}
	ev := event.Event{}
	for _, kv := range [][2]string{{"member.name", "Kadri Fakeberg"}, {"display_name", "System"}, {"agent_name", "Customer Service"}} {
		ev.Fields = append(ev.Fields, event.Field{Path: kv[0], Value: event.StringValue(kv[1])})
	}
	r.Event(&ev)
	got := map[string]string{}
	for _, f := range ev.Fields {
		got[f.Path] = f.Value.Str
	}
	if got["member.name"] != "[REDACTED:name]" || got["display_name"] != "System" || got["agent_name"] != "Customer Service" {
		t.Errorf("role display names in an event: %v", got)
	}
}

// Class: a value masked before it was logged (asterisks for what was
// taken out) or a template's placeholder holds nothing to redact, under a
// PII key or a mask rule; a real value under the same key is masked.
func TestKeep21MaskedAndPlaceholders(t *testing.T) {
	r := k21Redactor(t)
	rng := rand.New(rand.NewSource(11))
	for i := 0; i < 10; i++ {
		d := func(n int) string {
			b := make([]byte, n)
			for k := range b {
				b[k] = byte('0' + rng.Intn(10))
			}
			return string(b)
		}
		clean := [][2]string{
			{"customer.phone", "****" + d(4)},
			{"customer.email", "j***@***.com"},
			{"api_secret_hint", "+44 **** ***" + d(3)},
			{"payout.iban_hint", "DE** **** **** **** **" + d(2)},
			{"customer.name", "{{first_name}}"},
			{"recipient.email", "<EMAIL>"},
			{"buyer.phone", "[PHONE]"},
			{"customer.address", "${billing.address1}"},
			{"contact_name", "%s"},
		}
		ev := event.Event{}
		for _, kv := range clean {
			ev.Fields = append(ev.Fields, event.Field{Path: kv[0], Value: event.StringValue(kv[1])})
		}
		phone := "+44 7700 9" + d(5)
		ev.Fields = append(ev.Fields, event.Field{Path: "buyer.mobile", Value: event.StringValue(phone)})
		r.Event(&ev)
		for j, f := range ev.Fields {
			if j < len(clean) && f.Value.Str != clean[j][1] {
				t.Errorf("%s: %q became %q", f.Path, clean[j][1], f.Value.Str)
			}
			if j == len(clean) && strings.Contains(f.Value.Str, phone[4:]) {
				t.Errorf("%s: phone %q survives: %q", f.Path, phone, f.Value.Str)
			}
		}
	}
}

// Class: a key holding a user agent ("browser_ua", "http_user_agent") is
// no street key, though its letters end in "rua"; a setting about a
// secret ("password_expiry_days") is no secret.
func TestKeep21KeysAboutValues(t *testing.T) {
	r := k21Redactor(t)
	for _, c := range []struct{ in, keep, gone string }{
		{`risk.device os=iOS browser_ua="Java/17.0.9" email=fake.buyer@example.com`, "Java/17.0.9", "fake.buyer@example.com"},
		{`risk.device browser_ua="Postman-Runtime/7.42.0" password=Fk7fakeSecret!`, "Postman-Runtime/7.42.0", "Fk7fakeSecret!"},
		{"oidc:\n  client_secret: Fk8fakeSecretValue00\n  password_expiry_days: 90", "password_expiry_days: 90", "Fk8fakeSecretValue00"},
	} {
		k21Check(t, c.in, r.String(c.in), []string{c.gone}, []string{c.keep})
	}
}

// Class: the seller of a tax invoice (NF-e's issuer with a CNPJ, CFDI's
// Emisor with a company's RFC, UBL's supplier party) and the creditor of a
// direct debit (a creditor scheme id or a mandate in the record) are
// businesses; the buyer, the debtor and a credit transfer's creditor stay
// redacted.
func TestKeep21SellerParties(t *testing.T) {
	r := k21Redactor(t)
	rng := rand.New(rand.NewSource(5))
	firms := []string{"Fakeline Express", "Testora Retail", "Mockwell Trading"}
	for i := 0; i < 6; i++ {
		firm := firms[rng.Intn(len(firms))]
		g, f := k21Person(rng)
		person := g + " " + f
		for _, in := range []string{
			`<NFe><infNFe><emit><CNPJ>68.916.039/0001-97</CNPJ><xNome>` + firm + `</xNome></emit><dest><xNome>` + person + `</xNome></dest></infNFe></NFe>`,
			`<cfdi:Comprobante Version="4.0"><cfdi:Emisor Rfc="ARY010724O3W" Nombre="` + firm + `" RegimenFiscal="601"/><cfdi:Receptor Rfc="XAXX010101000" Nombre="` + person + `"/></cfdi:Comprobante>`,
			`<Invoice><cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>` + firm + `</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty><cac:AccountingCustomerParty><cac:Party><cac:Contact><cbc:Name>` + person + `</cbc:Name></cac:Contact></cac:Party></cac:AccountingCustomerParty></Invoice>`,
			`<Ntry><Refs><MndtId>MNDT-0001</MndtId></Refs><RltdPties><Dbtr><Nm>` + person + `</Nm></Dbtr><Cdtr><Nm>` + firm + `</Nm><Id><PrvtId><Othr><Id>NL62ZZZ00580313032</Id></Othr></PrvtId></Id></Cdtr></RltdPties></Ntry>`,
		} {
			k21Check(t, in, r.String(in), []string{f}, []string{firm})
		}
		// a credit transfer (a refund): the creditor is the buyer
		in := `<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">12.50</InstdAmt></Amt><Cdtr><Nm>` + person + `</Nm></Cdtr><CdtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></CdtrAcct></CdtTrfTxInf>`
		k21Check(t, in, r.String(in), []string{f}, nil)
	}
}

// Class: `name` under an INI section or a YAML key that names a place of
// the business (store, warehouse, merchant…) is that place's name; under a
// customer's section it stays a person's.
func TestKeep21PlaceNames(t *testing.T) {
	r := k21Redactor(t)
	for _, c := range []struct{ in, keep, gone string }{
		{"[store]\nid = ST600\nname = Riga Alfa\n\n[pos]\nmanager_password = Fk9fakeSecret!", "Riga Alfa", "Fk9fakeSecret!"},
		{"warehouse:\n  code: WH-01\n  name: Porto Maia\ncustomer:\n  name: Kadri Fakeberg", "Porto Maia", "Fakeberg"},
		{"[customer]\nname = Nikos Testere\n[store]\nname = Kyiv Lavina", "Kyiv Lavina", "Testere"},
	} {
		k21Check(t, c.in, r.String(c.in), []string{c.gone}, []string{c.keep})
	}
}

// Class: a bracketed run of capitalised words after an order's reference
// that ends in a noun of goods and holds no known name is the item
// ordered; a person's name in the same place stays redacted.
func TestKeep21GoodsInBrackets(t *testing.T) {
	r := k21Redactor(t)
	for _, c := range []struct{ in, keep, gone string }{
		{"macro preview: your order ORD-8145322119 (Kids Rain Jacket) ships from DC-2", "Kids Rain Jacket", ""},
		{"your order 573640262543510325 (Merino Wool Scarf) ships with Fakeline Express", "Merino Wool Scarf", ""},
		{"your order ORD-8145322119 (Jana Fakeová) ships from DC-2", "ORD-8145322119", "Fakeová"},
	} {
		var gone []string
		if c.gone != "" {
			gone = append(gone, c.gone)
		}
		k21Check(t, c.in, r.String(c.in), gone, []string{c.keep})
	}
}
