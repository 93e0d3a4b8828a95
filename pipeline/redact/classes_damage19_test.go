package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Look-alikes of logistics and mail systems that read like PII, and phone
// numbers that their records name by a sibling or write with an empty
// trunk bracket. Every value is made up; domains are example ones.

// keeps19 fails when one of keep is not in out intact.
func keeps19(t *testing.T, in, out string, keep ...string) {
	t.Helper()
	for _, k := range keep {
		if !strings.Contains(out, k) {
			t.Errorf("%q damaged:\n in: %s\nout: %s", k, in, out)
		}
	}
}

// masks19 fails when one of gone is still in out.
func masks19(t *testing.T, in, out string, gone ...string) {
	t.Helper()
	for _, g := range gone {
		if strings.Contains(out, g) {
			t.Errorf("%q kept:\n in: %s\nout: %s", g, in, out)
		}
	}
}

// Class: a role mailbox (noreply, postmaster, MAILER-DAEMON, hostmaster…)
// is a system's address, not a person's; a buyer's address beside it, and
// a VERP sender carrying the buyer's address in its sub-address, stay
// masked.
func TestDamage19RoleMailboxKept(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct {
		in         string
		keep, gone []string
	}{
		{"From: Mail Delivery System <MAILER-DAEMON@mx7.relay.example>\nFinal-Recipient: rfc822; fake.buyer77@mailbox.example\nAction: failed",
			[]string{"MAILER-DAEMON@mx7.relay.example"}, []string{"fake.buyer77@mailbox.example"}},
		{"C: MAIL FROM:<postmaster@shop-mail.example>\nC: RCPT TO:<jane.fakeroe@inbox.example>",
			[]string{"postmaster@shop-mail.example"}, []string{"jane.fakeroe@inbox.example"}},
		{`sender=do-not-reply@orders.example recipient=zz.testbuyer@webmail.example`,
			[]string{"do-not-reply@orders.example"}, []string{"zz.testbuyer@webmail.example"}},
		{`{"from":"No_Reply.DE@notify.example","to":"fake.kunde@post.example"}`,
			[]string{"No_Reply.DE@notify.example"}, []string{"fake.kunde@post.example"}},
		{`bounce to noreply+fakebuyer=inbox.example@lists.example`,
			nil, []string{"fakebuyer=inbox.example@lists.example"}},
	} {
		out := r.String(c.in)
		keeps19(t, c.in, out, c.keep...)
		masks19(t, c.in, out, c.gone...)
		if again := r.String(out); again != out {
			t.Errorf("not idempotent:\n%s\n%s", out, again)
		}
	}
}

// Class: under a name key, a site of the business (a facility word among
// its words, a unit number at most after them) is no person's name; a
// person's name under the same key stays masked.
func TestDamage19SiteNameUnderNameKey(t *testing.T) {
	r := newDamageRedactor(t)
	for _, site := range []string{"Ostrava Sort Facility", "Gdynia Hub 3", "Rheine Crossdock", "Almere Returns Centre", "Zwolle DC South"} {
		for _, in := range []string{
			`ts=1 level=info msg="label printed" name="` + site + `" bin=A-01-02`,
			`Label(name='` + site + `', bin='A-01-02')`,
		} {
			keeps19(t, in, r.String(in), site)
		}
	}
	in := `ts=1 level=info msg="label printed" name="Fakey Testerson" phone=+44 7700 900123`
	masks19(t, in, r.String(in), "Testerson")
}

// Class: under an address key, a spot on the premises (a dock, ramp, bay,
// door or yard slot and its number) is no postal address; a street under
// the same key stays masked.
func TestDamage19DockSpotUnderAddressKey(t *testing.T) {
	r := newDamageRedactor(t)
	for _, spot := range []string{"Dock 9 Gate D", "Ramp 3 east side", "Bay 11 / Door 4", "Yard slot Y-07"} {
		for _, in := range []string{
			`ts=1 level=info msg="slot booked" address="` + spot + `" carrier=DHL`,
			`{"address":"` + spot + `","carrier":"DHL"}`,
		} {
			keeps19(t, in, r.String(in), spot)
		}
	}
	in := `ts=1 level=info msg="slot booked" address="Fakestraat 12, 1234 AB Testdorp" carrier=DHL`
	masks19(t, in, r.String(in), "Fakestraat")
}

// Class: a calendar user's common name that is a role (an occupation, or a
// job title ending in one) is no person's name; a person's CN stays masked.
func TestDamage19RoleCalendarCN(t *testing.T) {
	r := newDamageRedactor(t)
	in := "BEGIN:VEVENT\nORGANIZER;CN=Dispatcher:mailto:noreply@dock.example\nATTENDEE;CN=Yard Lead;ROLE=REQ-PARTICIPANT:mailto:yard@dock.example\nATTENDEE;CN=Fakey Testerson;ROLE=REQ-PARTICIPANT:mailto:fakey.t@inbox.example\nEND:VEVENT"
	out := r.String(in)
	keeps19(t, in, out, "CN=Dispatcher", "CN=Yard Lead")
	masks19(t, in, out, "Testerson")
}

// Class: digits under a waybill's label or key ("mawb", "awb_number",
// "Awb number" heading an OCR column) are the waybill's number even when
// they read as a national phone number (020 London, a leading 0); a phone
// under its own label stays masked.
func TestDamage19WaybillUnderLabel(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, keep string }{
		{"[UPS] status mawb 020-12345675, eori NL000000000001", "020-12345675"},
		{"batch awb_number 0123456789, ship_date 03/11/2026", "0123456789"},
		{"Gross weight    Awb number\n12.5 KGM        0123456789", "0123456789"},
		{"Invoice no         Mawb\nINV/2026/000001    020-87654321", "020-87654321"},
	} {
		keeps19(t, c.in, r.String(c.in), c.keep)
	}
	var ev event.Event
	ev.Fields = append(ev.Fields, event.Field{Path: "message", Value: event.StringValue("sync done")},
		event.Field{Path: "mawb", Value: event.StringValue("020-12345675")})
	r.Event(&ev)
	if v := ev.Fields[1].Value.Str; v != "020-12345675" {
		t.Errorf("mawb field damaged: %s", v)
	}
	in := "Gross weight    Phone\n12.5 KGM        020 7946 0123"
	masks19(t, in, r.String(in), "7946 0123")
}

// Class: a phone change logged as one line of keys (field=phone with
// before/after members, in logfmt, syslog, headers or a printed object),
// or as an event's own members, masks both values whatever their shape;
// another field's change is left alone.
func TestDamage19AuditPhoneChange(t *testing.T) {
	r := newDamageRedactor(t)
	for _, in := range []string{
		`ts=1 level=warn msg="audit" field=phone before="0612.345.67.8" after=612345679 ship_date=2026-12-12`,
		"PATCH /admin/audit HTTP/1.1\nX-Field: phone\nX-Before: 61234567\nX-After: 612.345.67\nX-Request-Id: 1",
		`<131>1 2026-12-15T20:25:19Z host app 1 - [audit@32473 field="phone" before="0612.345.67.8" after="612345679"] change`,
		`PhoneChange(field='phone', before='0612.345.67.8', after='612345679')`,
	} {
		out := r.String(in)
		masks19(t, in, out, "345.67", "612345679", "61234567")
		if again := r.String(out); again != out {
			t.Errorf("not idempotent:\n%s\n%s", out, again)
		}
	}
	in := `ts=1 level=warn msg="audit" field=status before=200 after=404 changed_ms=1764622775542`
	keeps19(t, in, r.String(in), "before=200", "after=404", "1764622775542")

	var ev event.Event
	for _, kv := range [][2]string{{"message", "request handled"}, {"field", "phone"}, {"before", "0612.345.67.8"}, {"after", "612345679"}, {"status", "401"}} {
		ev.Fields = append(ev.Fields, event.Field{Path: kv[0], Value: event.StringValue(kv[1])})
	}
	r.Event(&ev)
	for _, f := range ev.Fields {
		if (f.Path == "before" || f.Path == "after") && !strings.Contains(f.Value.Str, "[REDACTED:phone]") {
			t.Errorf("%s kept: %s", f.Path, f.Value.Str)
		}
		if f.Path == "status" && f.Value.Str != "401" {
			t.Errorf("status damaged: %s", f.Value.Str)
		}
	}
}

// Class: an international number with an empty trunk bracket ("+CC ()
// groups") is a phone; a "()" between other digits is not taken.
func TestDamage19EmptyTrunkBracket(t *testing.T) {
	r := newDamageRedactor(t)
	for _, in := range []string{
		`sms_optout="+354 () 611 0000" status=400`,
		`DESCRIPTION:Call +51 () 100 200 300 on arrival`,
		`{"to":"+372 () 5000 0001"}`,
	} {
		out := r.String(in)
		masks19(t, in, out, "0000", "200 300", "5000 0001")
		if again := r.String(out); again != out {
			t.Errorf("not idempotent:\n%s\n%s", out, again)
		}
	}
	in := `fn() returned 42 () 17 ms`
	keeps19(t, in, r.String(in), "42 () 17")
}
