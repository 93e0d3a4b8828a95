package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// Credentials, cards and phones in the plumbing between a shop and the
// outside world: command lines' password flags, X12 ISA security fields,
// voicemail.conf PINs, EMV track-2 data and F-padded PANs, SIP and tel
// URIs, caller ids, SMPP addresses and receipts, fax station ids, callers'
// numbers after "from". Every value is generated or obviously fake.

// secrets21Case is one line, what must go and what must stay.
type secrets21Case struct {
	in            string
	secrets, kept []string
}

func secrets21Check(t *testing.T, cases []secrets21Case) {
	t.Helper()
	r := newDamageRedactor(t)
	for _, c := range cases {
		secrets20Masked(t, r, c.in, c.secrets, c.kept)
	}
}

// fakeSecret21 returns a password-shaped fake value.
func fakeSecret21(rng *rand.Rand) string {
	const a = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	b := make([]byte, 10+rng.IntN(6))
	for i := range b {
		b[i] = a[rng.IntN(len(a))]
	}
	return string(b) + "!"
}

// fakeDigits21 returns n random digits.
func fakeDigits21(rng *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + rng.IntN(10))
	}
	return string(b)
}

// Class: the value of a client's own password flag on its command line
// (ldapsearch -w, sshpass -p, redis-cli -a, sqlcmd -P, smbclient -U
// user%pass, psexec -p, mysql -p glued, Windows "/pass", "/RP"); the same
// letter of another client, or of the command sshpass wraps, is no secret.
func TestSecrets21CommandLinePasswordFlags(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 1))
	var cases []secrets21Case
	for n := 0; n < 20; n++ {
		pw := fakeSecret21(rng)
		cases = append(cases,
			secrets21Case{fmt.Sprintf(`+ ldapsearch -x -H ldaps://dc01.example.test:636 -D "cn=svc-fake,dc=example,dc=test" -w '%s' -b "dc=example,dc=test" cn`, pw), []string{pw}, []string{"ldaps://dc01.example.test:636", "-b"}},
			secrets21Case{fmt.Sprintf(`/usr/bin/ldapmodify -H ldap://dc01 -D cn=admin -w %s -f change.ldif`, pw), []string{pw}, []string{"change.ldif"}},
			secrets21Case{fmt.Sprintf(`sshpass -p "%s" ssh -p 2222 deploy@10.0.0.3`, pw), []string{pw}, []string{"-p 2222"}},
			secrets21Case{fmt.Sprintf(`redis-cli -h cache01 -p 6380 -a %s ping`, pw), []string{pw}, []string{"-p 6380"}},
			secrets21Case{fmt.Sprintf(`sqlcmd -S db01 -U sa -P %s -Q "select 1"`, pw), []string{pw}, []string{"-U sa"}},
			secrets21Case{fmt.Sprintf(`smbclient //fs01/share -U backup%%%s -c ls`, pw), []string{pw}, []string{"-U backup%"}},
			secrets21Case{fmt.Sprintf(`sudo: erpadm : TTY=pts/0 ; USER=root ; COMMAND=/usr/bin/mysql -u shop -p%s -h 10.1.2.3 erp`, pw), []string{pw}, []string{"-h 10.1.2.3"}},
			secrets21Case{fmt.Sprintf(`C:\> ktpass /princ HTTP/erp.example.test /mapuser svc-fake /pass %s /out C:\keytabs\erp.keytab`, pw), []string{pw}, []string{"/out"}},
			secrets21Case{fmt.Sprintf(`schtasks /Create /TN nightly /RU CORP\svc /RP %s /SC DAILY`, pw), []string{pw}, []string{"/SC DAILY"}},
		)
	}
	cases = append(cases,
		secrets21Case{`ldapsearch -x -H ldap://dc01 -p 389 -P 3 -b dc=example,dc=test`, nil, []string{"-p 389", "-P 3"}},
		secrets21Case{`ssh -p 2222 deploy@10.0.0.3 -a`, nil, []string{"-p 2222"}},
		secrets21Case{`mysql -u root -p shop`, nil, []string{"-p shop"}},
		secrets21Case{`ldapsearch -x -D cn=admin -w $LDAP_PW -b dc=x`, nil, []string{"$LDAP_PW"}},
		secrets21Case{`ktpass /princ HTTP/web /pass * /out web.keytab`, nil, []string{"/pass *"}},
		secrets21Case{`docker run -p 8080:80 -a stdout shop/web`, nil, []string{"-p 8080:80", "-a stdout"}},
	)
	secrets21Check(t, cases)
}

// Class: an X12 interchange header's security information (ISA04) and
// authorization information (ISA02, under a qualifier other than 00), by
// position after the element separator; control numbers, dates and party
// ids stay.
func TestSecrets21X12SecurityInformation(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 2))
	var cases []secrets21Case
	for n := 0; n < 20; n++ {
		pw := strings.ToUpper(fakeSecret21(rng)[:10])
		ctl := fakeDigits21(rng, 9)
		cases = append(cases, secrets21Case{
			fmt.Sprintf("ISA*00*          *01*%s*ZZ*FAKERETAIL     *ZZ*FAKEVAN        *261206*1554*U*00401*%s*0*P*>~GS*PO*FAKERETAIL*FAKEVAN*20261206*1554*7052284*X*004010~ST*850*0001~", pw, ctl),
			[]string{pw}, []string{"*" + ctl + "*", "FAKERETAIL     ", "*261206*1554*", "ST*850*0001"}})
		auth := strings.ToUpper(fakeSecret21(rng)[:10])
		cases = append(cases, secrets21Case{
			fmt.Sprintf("ISA|03|%s|00|          |ZZ|FAKERETAIL     |ZZ|FAKEVAN        |261206|1554|U|00401|%s|0|P|>\n", auth, ctl),
			[]string{auth}, []string{"|" + ctl + "|"}})
	}
	secrets21Check(t, cases)
}

// Class: the password of a voicemail.conf mailbox line ("mailbox =>
// password,name,…"), a leading '-' kept; an arrow of another kind stays.
func TestSecrets21VoicemailPIN(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 3))
	var cases []secrets21Case
	for n := 0; n < 20; n++ {
		box, pin := fakeDigits21(rng, 3), fakeDigits21(rng, 4+rng.IntN(3))
		cases = append(cases,
			secrets21Case{fmt.Sprintf("; voicemail.conf\n[default]\n%s => %s,Fake Person,fake.person@example.test", box, pin), []string{pin}, []string{box + " => "}},
			secrets21Case{fmt.Sprintf(`{"message":"[default]\n%s => -%s,Fake Person\n"}`, box, pin), []string{pin}, []string{box + " => -"}},
		)
	}
	cases = append(cases, secrets21Case{"qty 1 => 2500, price => 1200", nil, []string{"1 => 2500", "price => 1200"}})
	secrets21Check(t, cases)
}

// Class: EMV track-2 equivalent data (tag 57, "PAN D YYMM …") and an
// Application PAN (tag 5A) padded with F: the card goes, discretionary
// data included; masked PANs, cryptograms, TVRs and AIDs stay.
func TestSecrets21EMVTrack2(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 4))
	var cases []secrets21Case
	for n := 0; n < 20; n++ {
		visa := luhnComplete("4" + fakeDigits21(rng, 14))
		amex := luhnComplete("37" + fakeDigits21(rng, 12))
		crypt := "3E991F3F19D3F8DB"
		cases = append(cases,
			secrets21Case{fmt.Sprintf("EMV TLV dump term=T0000001: 4F=A0000000031010 5A=%s 57=%sD2712201%s 9F26=%s 95=0000808000", visa, visa, fakeDigits21(rng, 13), crypt),
				[]string{visa[len(visa)-8 : len(visa)-3]}, []string{"4F=A0000000031010", "9F26=" + crypt, "95=0000808000"}},
			secrets21Case{fmt.Sprintf("tlv 5A=%sF 57=%sFD2605201%s 5F24=260531", amex, amex, fakeDigits21(rng, 11)),
				[]string{amex[len(amex)-8 : len(amex)-3]}, []string{"5F24=260531"}},
		)
	}
	cases = append(cases, secrets21Case{"57=411111******1111D2512201 5A=411111XXXXXX1111", nil, []string{"411111******1111D2512201", "411111XXXXXX1111"}})
	secrets21Check(t, cases)
}

// Class: a subscriber number as the user part of a SIP or tel URI ('+'
// and 7–15 digits, or 10–15 without) and in an Asterisk caller id
// ("Name" <digits>); extensions, Call-IDs, branches and CSeq stay.
func TestSecrets21SIPNumbers(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 5))
	var cases []secrets21Case
	for n := 0; n < 20; n++ {
		num := "+37" + fakeDigits21(rng, 9)
		nat := "44" + fakeDigits21(rng, 9)
		cid := fakeDigits21(rng, 9)
		cases = append(cases,
			secrets21Case{fmt.Sprintf("INVITE sip:ivr@pbx.example.test SIP/2.0\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK2pdlx3td17\nContact: <sip:%s@10.1.2.3:5060>\nCall-ID: 17d76cd17c7009585cad1bee85e32861@10.2.2.2\nCSeq: 78694 INVITE\nTo: <sip:581@pbx.example.test>", num),
				[]string{num[1:]}, []string{"branch=z9hG4bK2pdlx3td17", "17d76cd17c7009585cad1bee85e32861", "CSeq: 78694 INVITE", "10.1.2.3:5060"}},
			secrets21Case{fmt.Sprintf("P-Asserted-Identity: <sip:%s@trunk.example.test;user=phone>", nat), []string{nat}, nil},
			secrets21Case{fmt.Sprintf(`"acct1871","%s","sales","from-trunk","""Fake Person"" <%s>","PJSIP/trunk-0001"`, cid, cid), []string{cid}, []string{"acct1871"}},
		)
	}
	secrets21Check(t, cases)
}

// Class: SMPP: the source and destination addresses of 8–15 digits, and
// the code in a delivery receipt's or message's text that names a code;
// an alphanumeric sender, the receipt's id and dates stay.
func TestSecrets21SMPP(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 6))
	var cases []secrets21Case
	for n := 0; n < 20; n++ {
		msisdn, code := "35"+fakeDigits21(rng, 10), fakeDigits21(rng, 6)
		cases = append(cases,
			secrets21Case{fmt.Sprintf(`smpp: deliver_sm source_addr=%s dest_addr=FAKESHOP esm_class=0x04 short_message="id:78BAD213B9 sub:001 dlvrd:001 submit date:2610131554 done date:2602041555 stat:DELIVRD err:000 text:Your code is %s"`, msisdn, code),
				[]string{msisdn, code}, []string{"dest_addr=FAKESHOP", "id:78BAD213B9", "date:2610131554"}},
			secrets21Case{fmt.Sprintf(`smpp submit_sm destination_addr=%s short_message="%s is your PIN"`, msisdn, code), []string{msisdn, code}, nil},
		)
	}
	cases = append(cases, secrets21Case{`smpp submit_sm dest_addr=FAKESHOP short_message="promo code 2025 ends soon"`, nil, []string{"2025"}})
	secrets21Check(t, cases)
}

// Class: phones under telephony's keys and phrases: a fax's station id
// (X-Fax-CSID), a store's switchboard, SAP's TEL1_NUMBR, SCIM's
// phoneNumbers value, and a caller's number after "from" in a clause
// about a call or a voicemail; dates, IPs and times after "from" stay.
func TestSecrets21TelephonyPhones(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 7))
	var cases []secrets21Case
	for n := 0; n < 20; n++ {
		a, b, c := "3"+fakeDigits21(rng, 10), fakeDigits21(rng, 2)+" "+fakeDigits21(rng, 3)+" "+fakeDigits21(rng, 2)+" "+fakeDigits21(rng, 2), fakeDigits21(rng, 8)
		d := fakeDigits21(rng, 4) + "." + fakeDigits21(rng, 4)
		cases = append(cases,
			secrets21Case{fmt.Sprintf("From: \"Fax Gateway\" <fax@example.test>\nX-Fax-CSID: %s\nX-Fax-Job: J33491293", a), []string{a}, []string{"J33491293"}},
			secrets21Case{fmt.Sprintf("[store]\nid = ST185\nswitchboard = %s\n", b), []string{b}, []string{"ST185"}},
			secrets21Case{fmt.Sprintf("BAPI_CUSTOMER_CREATEFROMDATA1 PI_PERSONALDATA-TEL1_NUMBR='%s' PI_COPYREFERENCE-SALESORG='S565'", c), []string{c}, []string{"S565"}},
			secrets21Case{fmt.Sprintf(`{"userName":"fake","phoneNumbers":[{"value":"%s","type":"work"}]}`, a), []string{a}, nil},
			secrets21Case{fmt.Sprintf("New voicemail from %s on Wed, 19 Sep 2026 19:35:50 -0500, duration 00:44:09", d), []string{d}, []string{"00:44:09"}},
			secrets21Case{fmt.Sprintf("The customer called us from %s on 2026-08-04.", a), []string{a}, []string{"2026-08-04"}},
		)
	}
	cases = append(cases,
		secrets21Case{"SIP call from 10.20.30.40 rejected", nil, []string{"10.20.30.40"}},
		secrets21Case{"calls from 2026-10-06 to 2026-10-07", nil, []string{"2026-10-06"}},
		secrets21Case{`<Data Name="TargetSid">S-1-5-21-3919229994-1766711553-3251636236-29932</Data>`, nil, []string{"S-1-5-21-3919229994-1766711553-3251636236-29932"}},
	)
	secrets21Check(t, cases)
}
