package redact

import (
	"fmt"
	"strings"
	"testing"
)

// Tests for the classes of names23_*.go. The names are made up: family
// names such as "Fakeberg" and "Testere", in other scripts words that
// read "fake" or "test", with common given names; written as logs write
// them, capitalised, in lower case, family first with a comma or in
// capitals.

var n23Names = []string{"Lukas Fakeberg", "jana placeholt", "Testere, Camila", "mockley, emil", "ულიანა ტესტაძე",
	"FAKEWORTH Mateo", "Ульяна Тестова", "ซาร่า ทดสอบดี"}

// n23Family is what must not survive of a name: its family name, the word
// before a comma or the last word.
func n23Family(n string) string {
	if c := strings.IndexByte(n, ','); c > 0 {
		return n[:c]
	}
	if f := strings.Fields(n); allCaps23(f[0]) {
		return f[0]
	}
	f := strings.Fields(n)
	return f[len(f)-1]
}

// Class: a CEF or LEEF extension key or an RFC 5424 structured-data
// parameter that names a user (suser, duser, user, usrName, a custom
// string whose label names a person) holds the person's display name when
// its value has two to four words — the value runs up to the next key,
// "\=" escaped inside — while system accounts stay.
func TestNames23UserKeysOfSecurityRecords(t *testing.T) {
	r := n21Redactor(t)
	for i, n := range n23Names {
		cef := fmt.Sprintf(`Nov 13 04:22:09 siem-relay CEF:0|Fakevendor|WAF|1.2|2022492|Credential stuffing|8|rt=1781005007491 src=10.101.18.%d suser=system duser=%s cs1Label=card_brand cs1=visa request=https://m.shop.example/login?sku\=SKU-%04d cs2Label=Rule cs2=941100 suser=NT AUTHORITY\SYSTEM`, i, n, 4000+i)
		n22Run(t, r, cef, []string{n23Family(n)}, []string{"suser=system", `NT AUTHORITY\SYSTEM`, "cs2=941100", "card_brand"})
		sd := fmt.Sprintf(`<86>1 2026-11-22T16:15:31.000Z auth-gw-2 sshd-portal 1792 ID47 [origin@32473 ip="172.22.144.%d"][meta@32473 user="%s" role="LOCAL SERVICE"] Accepted keyboard-interactive/pam`, i, n)
		n22Run(t, r, sd, []string{n23Family(n)}, []string{"LOCAL SERVICE", "ID47"})
		custom := fmt.Sprintf(`CEF:0|Fakevendor|DLP|2|100|export|5|cs3Label=CustomerName cs3=%s cs4Label=Policy cs4=Export Control duser=www-data`, n)
		n22Run(t, r, custom, []string{n23Family(n)}, []string{"Export Control", "www-data"})
	}
}

// Class: an LDAP attribute that holds a person's name (cn, sn, givenName,
// displayName) in a search filter, up to its bracket, or in a DN, up to
// its unescaped comma, in any case or script; groups and system entries
// stay.
func TestNames23LDAPNameAttributes(t *testing.T) {
	r := n21Redactor(t)
	for i, n := range n23Names {
		f := fmt.Sprintf(`slapd[%d]: conn=2785 op=2 SRCH base="ou=customers,dc=shop,dc=example" scope=2 filter="(&(mail=fake%d@example.com)(cn=%s))"`, 1000+i, i, n)
		n22Run(t, r, f, []string{n23Family(n)}, []string{"ou=customers"})
		dn := fmt.Sprintf(`slapd[%d]: conn=2786 op=1 BIND dn="cn=%s,ou=people,dc=shop,dc=example" method=128 base="cn=Directory Manager,dc=shop" group="CN=Domain Admins,CN=Users,DC=shop"`, 1000+i, strings.ReplaceAll(n, ",", `\,`))
		n22Run(t, r, dn, []string{n23Family(n)}, []string{"Directory Manager", "Domain Admins", "ou=people"})
	}
}

// Class: the display-name part of an RFC 5322 address ("Name <x@y>") in a
// header, a JSON value or a sentence is a person's name in any case,
// family first with a comma too; mailboxes of a system or a team stay.
func TestNames23DisplayNamesInAnyCase(t *testing.T) {
	r := n21Redactor(t)
	for i, n := range n23Names {
		hdr := fmt.Sprintf("Feedback-Type: auth-failure\nSource-IP: 10.0.0.%d\n\nFrom: %s <fake%d@example.com>\nTo: mail delivery subsystem <MAILER-DAEMON@mx.shop.example>\nCc: shop support <care@shop.example>\n", i, n, i)
		n22Run(t, r, hdr, []string{n23Family(n)}, []string{"mail delivery subsystem", "shop support"})
		js := fmt.Sprintf(`{"event_type":"smtp","email":{"status":"PARSE_DONE","from":"%s <fake%d@example.com>","subject":"Re: order %03d-1234567-7654321"}}`, n, i, 100+i)
		n22Run(t, r, js, []string{n23Family(n)}, []string{"PARSE_DONE", "1234567"})
		prose := fmt.Sprintf(`turnstile: score=0.%d for signup of %s <fake%d@example.com> (ok)`, i, n, i)
		n22Run(t, r, prose, []string{n23Family(n)}, []string{"score=0."})
	}
}

// Class: a mail subject (Exim's T="…", a message trace's "Subject", a
// "Subject:" header) that ends in a person's name after an order's number,
// or after a spaced dash with the person's phone number last; the number
// that closes it is taken too. Subjects that end in a status or a company
// stay.
func TestNames23SubjectTails(t *testing.T) {
	r := n21Redactor(t)
	for i, n := range n23Names {
		exim := fmt.Sprintf(`2026-11-21 16:07:27 jHOzva-fUG7eq-c%d <= fake%d@example.com H=(edge-fra1-07.shop.example) [10.203.45.12]:52548 P=esmtpsa S=80268 T="Bestellung #%d %s"`, i, i, 78291+i, n)
		n22Run(t, r, exim, []string{n23Family(n)}, []string{fmt.Sprint(78291 + i)})
		if !strings.Contains(n, ",") && n != strings.ToLower(n) || strings.Contains(n, ",") {
			mt := fmt.Sprintf(`{"@timestamp":"2026-11-09T23:11:28Z","Subject":"the parcel never came - %s 866308%03d","Status":"Quarantined","Size":%d}`, n, 700+i, 8000+i)
			out := n22Event(t, r, mt)
			n20Check(t, mt, out, []string{n23Family(n), fmt.Sprintf("866308%03d", 700+i)}, []string{"the parcel never came", "Quarantined"})
		}
	}
	for _, keep := range []string{`T="Order #40211 shipped today"`, `T="Invoice #40212 Fakeshop GmbH"`, `T="Bestellung #40213 Versandbestätigung"`} {
		in := `2026-11-21 16:07:27 jHOzva-fUG7eq-cP <= [REDACTED:email] P=esmtpsa S=80268 ` + keep
		if out := r.String(in); out != in {
			t.Errorf("subject changed:\n in: %s\nout: %s", in, out)
		}
	}
	out := n22Event(t, r, `{"@timestamp":"2026-11-09T23:11:28Z","Subject":"Re: delivery window - Fakeshop Logistics","Status":"Delivered"}`)
	if !strings.Contains(out, "Fakeshop Logistics") {
		t.Errorf("company in a subject redacted: %s", out)
	}
}

// Class: "<participle> for <person> via <channel>" bounds the person on
// both sides, so a family name in capitals, family first with a comma, or
// (beside other PII) lower case is a name there; a thing scheduled or
// built via a tool stays.
func TestNames23ForViaChannel(t *testing.T) {
	r := n21Redactor(t)
	for i, n := range n23Names {
		in := fmt.Sprintf(`{"event":{"message":"password reset requested for %s via SMS to +354 661 %04d","src_ip":"10.9.8.%d"}}`, n, 9700+i, 200+i)
		n22Run(t, r, in, []string{n23Family(n)}, []string{fmt.Sprintf("10.9.8.%d", 200+i)})
	}
	for _, keep := range []string{"job scheduled for nightly rebuild via cron", "cache warmed for Product Listing via worker-3"} {
		if out := r.String(keep); out != keep {
			t.Errorf("changed: %q -> %q", keep, out)
		}
	}
}
