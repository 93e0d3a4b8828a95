package redact

import (
	"net/url"
	"strings"
	"testing"
)

// enc29Check redacts line as a string and checks that each of gone is
// absent from the output read URL-decoded, and each of keep present in the
// output as written.
func enc29Check(t *testing.T, r *Redactor, line string, keep, gone []string) {
	t.Helper()
	out := r.String(line)
	if twice := r.String(out); twice != out {
		t.Errorf("not idempotent:\n once  %s\n twice %s", out, twice)
	}
	dec, err := url.QueryUnescape(strings.ReplaceAll(out, "%[", "%25["))
	if err != nil {
		dec = out
	}
	for _, g := range gone {
		if strings.Contains(dec, g) {
			t.Errorf("%q still there:\n in  %s\n out %s\n dec %s", g, line, out, dec)
		}
	}
	for _, k := range keep {
		if !strings.Contains(out, k) {
			t.Errorf("%q lost:\n in  %s\n out %s", k, line, out)
		}
	}
}

// Class: a value found under its key in a URL query or a form body is
// redacted where a free-text parameter of the same text repeats it
// URL-encoded: a name's words in any case, the whole value in any script
// (percent-encoded UTF-8, '+' for spaces), a Han name glued to the words
// around it, the name without the honorific it was written with.
func TestClassEnc29EncodedEchoes(t *testing.T) {
	r := keep22Redactor(t)
	enc29Check(t, r,
		"https://api.shop.example/v2/chat?conversation_id=7fdc2d58&buyer_name=Kavitha+Testarova&buyer_email=kt%40example.com&item=Sesame+Street+plush&note=buyer%3A+call+me%0Aseller%3A+noted+Kavitha%2C+order+%2342786+updated%0Abuyer%3A+KAVITHA+TESTAROVA+thx&v=3.4.47",
		[]string{"conversation_id=7fdc2d58", "order+%2342786+updated", "item=Sesame+Street+plush", "v=3.4.47"},
		[]string{"Kavitha", "KAVITHA", "TESTAROVA"})
	enc29Check(t, r,
		"order_id=%2344324&payer=%E9%83%91%E6%99%93%E6%B5%8B%E5%B0%8F%E5%A7%90&payer_phone=%2B886+912+345+678&note=COD+failed%3A+%E9%83%91%E6%99%93%E6%B5%8B+not+home%2C+order+5035657436881&v=6.18.63",
		[]string{"order_id=%2344324", "order+5035657436881", "v=6.18.63"},
		[]string{"郑晓测"})
	enc29Check(t, r,
		"ticket_id=688c987f&customer=%E9%83%91%E6%99%93%E6%B5%8B&order=577630989756652532&note=%E5%AE%A2%E6%9C%8D%E5%A4%87%E6%B3%A8%EF%BC%9A%E9%83%91%E6%99%93%E6%B5%8B%E5%A5%B3%E5%A3%AB%E8%A6%81%E6%B1%82%E9%80%80%E6%AC%BE",
		[]string{"order=577630989756652532", "%E5%AE%A2%E6%9C%8D%E5%A4%87%E6%B3%A8"},
		[]string{"郑晓测"})
	enc29Check(t, r,
		"https://api.shop.example/v2/note?mimgebi=%E1%83%9C%E1%83%98%E1%83%9C%E1%83%9D%20%E1%83%A2%E1%83%94%E1%83%A1%E1%83%A2%E1%83%90%E1%83%AB%E1%83%94&telefoni=%2B995%20555%2012%2034%2056&note=%E1%83%92%E1%83%90%E1%83%9B%E1%83%90%E1%83%A0%E1%83%AF%E1%83%9D%E1%83%91%E1%83%90%2C%20%E1%83%9B%E1%83%94%20%E1%83%95%E1%83%90%E1%83%A0%20%E1%83%9C%E1%83%98%E1%83%9C%E1%83%9D%20%E1%83%A2%E1%83%94%E1%83%A1%E1%83%A2%E1%83%90%E1%83%AB%E1%83%94%2C%20%E1%83%90%E1%83%9B%E1%83%90%E1%83%9C%E1%83%90%E1%83%97%E1%83%98&v=1.2.3",
		[]string{"note=%E1%83%92%E1%83%90%E1%83%9B%E1%83%90%E1%83%A0%E1%83%AF%E1%83%9D%E1%83%91%E1%83%90%2C", "v=1.2.3"},
		[]string{"ნინო", "ტესტაძე"})
	enc29Check(t, r,
		"rma=JK-PWA-9393-M&account_holder=Zofia+Testowska&address=ul.+Testowa+40+m.+2%2C+40-841+Krak%C3%B3w&note=return+reason%3A+too+small%3B+pickup+from+ul.+Testowa+40+m.+2%2C+40-841+Krak%C3%B3w%2C+ok",
		[]string{"rma=JK-PWA-9393-M", "return+reason%3A+too+small"},
		[]string{"Testowa 40", "Testowska"})
}

// Traps: the chase stays on the values found. A brand named after a
// person beside a buyer who shares its first name, a product, an order
// number and a version in the same query are kept.
func TestClassEnc29EncodedEchoTraps(t *testing.T) {
	r := keep22Redactor(t)
	enc29Check(t, r,
		"https://api.shop.example/v2/review?reviewer=Laura+Testkova&reviewer_email=lt%40example.com&item=Laura+Mercier+setting+powder&note=%E2%98%85%E2%98%85%E2%98%85+Laura+Mercier+setting+powder%2C+order+4272180416629&v=1.10.96",
		[]string{"item=Laura+Mercier+setting+powder", "Laura+Mercier+setting+powder%2C+order+4272180416629", "v=1.10.96"},
		[]string{"Testkova"})
}

// Class: an e-mail address written after a percent-encoded space or
// letter ("to%20ana%40…", "%EF%BC%9Aana%40…") is redacted from its local
// part on; the escape before it stays whole.
func TestClassEnc29EscapeBeforeValue(t *testing.T) {
	r := keep22Redactor(t)
	enc29Check(t, r, "https://api.shop.example/v2/chat?note=pls%20send%20invoice%20to%20ana.testova%40example.com%20thx&v=1.2.3",
		[]string{"invoice%20to%20[REDACTED:email]%20thx"}, []string{"ana.testova"})
	enc29Check(t, r, "Body=%E5%AE%A2%E6%9C%8D%EF%BC%9Aana.testova%40example.com&v=1",
		[]string{"%E5%AE%A2%E6%9C%8D%EF%BC%9A[REDACTED:email]"}, []string{"ana.testova"})
}

// Class: URL-decoded text is read by every reader of plain text (a
// self-introduction in a script without case, an address after its
// sentence), not by a reduced set: what a plain note gives up, its
// percent-encoded copy gives up too.
func TestClassEnc29DecodedReadAsPlain(t *testing.T) {
	r := keep22Redactor(t)
	plain := "سلام، من تستا رضایی هستم، لطفاً بسته را بفرستید"
	enc29Check(t, r, "order_id=5772&note="+url.QueryEscape(plain)+"&v=1.2.3",
		[]string{"order_id=5772", "v=1.2.3"}, []string{"تستا رضایی"})
	if out := r.String("note=" + plain); strings.Contains(out, "تستا") {
		t.Errorf("plain text keeps the name: %s", out)
	}
}
