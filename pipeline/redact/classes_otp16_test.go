package redact

import (
	"strings"
	"testing"
)

// One-time codes answered in a bot's transcript ("bot> … code …" then
// "user> 242194"), and a code named by a verb of receiving or sending
// after it ("the code I got is …"). Other codes, and a code word before a
// verb of receiving that names a label, stay. All values are made up.
func TestOTPInBotTurnsAndReceivedCodes(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct{ in, code string }{
		{"bot> delivery address?\nuser> 12 Rua X\nbot> code sent to you?\nuser> 242194", "242194"},
		{`{"transcript":"bot> we sent a code by SMS\nuser> 7391 02"}`, "7391 02"},
		{`chat turn=4 role=customer text="the code I got is 480155, also my email is a@b.co"`, "480155"},
		{"el código que recibí es 583920", "583920"},
		{"the code you sent me is 482913", "482913"},
	} {
		if out := r.String(c.in); strings.Contains(out, c.code) {
			t.Errorf("code kept: %q", out)
		}
	}
	for _, in := range []string{
		"bot> how many items?\nuser> 242194",
		"the promo code I got is 4711",
		"the tracking code I received is 12345678",
		"I got code 4711 on the box",
	} {
		if out := r.String(in); out != in {
			t.Errorf("changed %q into %q", in, out)
		}
	}
}
