package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Change records of back-office audit trails: both sides of a secret's
// change are the secret, in logfmt diffs, in sentences of the staff's
// languages and in an event's flat audit fields; what follows the record
// (the record's other key=value pairs, an order id after the new secret)
// survives. All values are made up.

func TestChange17BothSidesMasked(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct {
		in    string
		gone  []string
		stays []string
	}{
		{"config diff: smtp_pass: Fakewinter24! -> Fakesummer25# order 111-0000000-0000003",
			[]string{"Fakewinter24!", "Fakesummer25#"}, []string{"order 111-0000000-0000003"}},
		{`config diff: Authorization: "Basic ZmFrZTpmYWtlcGFzc3dvcmQ=" -> ZmFrZTpuZXdmYWtlcGFzcw request_id=00000000-0000-4000-8000-000000000001`,
			[]string{"ZmFrZTpuZXdmYWtlcGFzcw"}, []string{"request_id=00000000-0000-4000-8000-000000000001"}},
		{"password changed from Fk8#oldSecret to Fk9#newSecret ticket=ZD-00001",
			[]string{"Fk8#oldSecret", "Fk9#newSecret"}, []string{"ticket=ZD-00001"}},
		{"user ops changed smtp pass of customer C-00001 from Xq7#fakeOld to Xq8#fakeNew staff_id=EMP-00001",
			[]string{"Xq7#fakeOld", "Xq8#fakeNew"}, []string{"staff_id=EMP-00001", "C-00001"}},
		{"password alterado de Fk1*fakeVelha para Fk2*fakeNova BELNR=0000000001",
			[]string{"Fk1*fakeVelha", "Fk2*fakeNova"}, []string{"BELNR=0000000001"}},
		{"password změněno z Qx1!fakeStare na Qx2!fakeNove case_id=ZD-00002",
			[]string{"Qx1!fakeStare", "Qx2!fakeNove"}, []string{"case_id=ZD-00002"}},
		{"password đã đổi từ Zz1#fakeCu thành Zz2#fakeMoi cost_center=0000-000",
			[]string{"Zz1#fakeCu", "Zz2#fakeMoi"}, []string{"cost_center=0000-000"}},
		{"password 已更改 原 Fk3fakeJiu0000 改為 Fk4fakeXin0000 event_id=00000000-0000-4000-8000-000000000002",
			[]string{"Fk3fakeJiu0000", "Fk4fakeXin0000"}, nil},
	} {
		got := r.String(c.in)
		for _, g := range c.gone {
			if strings.Contains(got, g) {
				t.Errorf("secret kept %q:\n in:  %s\n out: %s", g, c.in, got)
			}
		}
		for _, st := range c.stays {
			if !strings.Contains(got, st) {
				t.Errorf("record's field lost %q:\n in:  %s\n out: %s", st, c.in, got)
			}
		}
	}
}

// A change's new value ends before the record's next key=value pair.
func TestChange17RecordTailSurvives(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, stays string }{
		{"config diff: buyer_name: Ana Fakelima -> Ana Fakesouza SerialNo=KL0X0D0GAR0Z case_id=CASE-0000-001",
			"SerialNo=KL0X0D0GAR0Z case_id=CASE-0000-001"},
		{"config diff: id_card_no: 11010519491231002X -> 110105194912310038 amazon_order_id=111-0000000-0000004",
			"amazon_order_id=111-0000000-0000004"},
	} {
		if got := r.String(c.in); !strings.Contains(got, c.stays) {
			t.Errorf("record's fields lost:\n in:  %s\n out: %s", c.in, got)
		}
	}
	// No secret, no change read: a message with "from … to …" keeps its words.
	for _, s := range []string{
		"route changed from DEHAM to NLRTM for order 111-0000000-0000005",
		"status changed from PENDING to SHIPPED",
		"token bucket refilled from 10 to 20",
	} {
		if got := r.String(s); got != s {
			t.Errorf("look-alike damaged:\n in:  %s\n out: %s", s, got)
		}
	}
}

func TestChange17FlatAuditFields(t *testing.T) {
	r := newDamageRedactor(t)
	var ev event.Event
	for _, kv := range [][2]string{
		{"@timestamp", "2026-12-01T00:00:00Z"},
		{"message", "supplier contact added"},
		{"audit.field", "sftp_password"},
		{"audit.old_value", "Fk5_fakeOld#"},
		{"audit.new_value", "Fk6fakeNewSecretValue0000000000000000"},
		{"audit.ticket", "ZD-00003"},
	} {
		ev.Fields = append(ev.Fields, event.Field{Path: kv[0], Value: event.StringValue(kv[1])})
	}
	r.Event(&ev)
	for _, f := range ev.Fields {
		switch f.Path {
		case "audit.old_value", "audit.new_value":
			if !strings.Contains(f.Value.Str, "[REDACTED:credential]") {
				t.Errorf("%s kept: %s", f.Path, f.Value.Str)
			}
		case "audit.ticket", "audit.field":
			if strings.Contains(f.Value.Str, "[REDACTED") {
				t.Errorf("%s damaged: %s", f.Path, f.Value.Str)
			}
		}
	}
}
