package redact

import (
	"strings"
	"testing"
)

// A one-time code a buyer answers with on a later line of a conversation,
// after the other side spoke of the code: transcripts, quoted replies,
// threads held in JSON; the code named again or alone, in groups, in the
// buyers' languages. All values are made up.
func TestClassOTPAnsweredInTurn(t *testing.T) {
	checkClasses(t, []classCase{
		{"code is, after an agent's verification code", "[16:05] Agent Sam: Thanks Mina, I sent a verification code.\n[16:06] Mina Okafor: code is 373779", "373779", []string{"[16:06]", "code is"}},
		{"the code alone", "[09:12] Bot: We sent a one-time code to your phone.\n[09:13] Buyer: 582044", "582044", []string{"[09:13] Buyer:"}},
		{"my code is, thanks after it", "Agent: please type the OTP we texted you\nCustomer: my code is 904512, thanks!", "904512", []string{"thanks!"}},
		{"grouped", "Agent: I've sent you a verification code by SMS.\nBuyer: the code: 373 779", "373 779", []string{"code:"}},
		{"dashed groups", "Agent: I've sent you a verification code by SMS.\nBuyer: 37-37-79", "37-37-79", nil},
		{"a line in between", "Bot: Enter the confirmation code we sent.\nBuyer: wait\nBuyer: ok 6120", "6120", []string{"we sent."}},
		{"spanish", "Agente: Te enviamos un código de verificación.\nCliente: el código es 771203", "771203", []string{"Agente:"}},
		{"portuguese, particle", "Atendente: enviei um código por SMS\nCliente: 55019 obrigada", "55019", []string{"obrigada"}},
		{"vietnamese particle", "Shop: Mình đã gửi mã xác minh cho bạn.\nKhách: 448120 ạ", "448120", []string{"ạ"}},
		{"chinese glued", "客服：我们已发送验证码。\n买家：是883104", "883104", nil},
		{"customer labels a turn", "Agent: I sent you a verification code.\nCustomer: 601288", "601288", []string{"Agent:"}},
		{"thai", "แอดมิน: ส่งรหัส OTP ให้แล้วนะคะ\nลูกค้า: 190283 ค่ะ", "190283", nil},
		{"escaped newlines in JSON text", `{"chat.transcript":"[10:01] Agent: I sent a verification code.\n[10:02] Jo: code is 601177"}`, "601177", []string{`"}`}},
		{"escaped twice", `{"msg":"{\"t\":\"Agent: I sent a verification code.\\n[10:02] Jo: it's 601178\"}"}`, "601178", nil},
		{"quoted reply in an e-mail body", "> We've sent a verification code to your phone.\nHere it is: 48291336\n", "48291336", []string{"Here it is:"}},
	})
}

// What stays on the lines after a mention of a one-time code: an order,
// a postcode, a phone, an amount, an error code, a card's last digits, a
// time, a year, a promo code, digits followed by a word; and digits after
// no mention at all.
func TestClassOTPTurnLookalikes(t *testing.T) {
	const ask = "[16:05] Agent: Thanks, I sent a verification code.\n[16:06] Buyer: "
	checkClasses(t, []classCase{
		{"order", ask + "my order is 48213", "", []string{"48213"}},
		{"order, spanish", ask + "mi pedido 48213", "", []string{"48213"}},
		{"zip", ask + "zip 10115", "", []string{"10115"}},
		{"postcode and city", ask + "28013 Madrid", "", []string{"28013 Madrid"}},
		{"amount with a sign", ask + "I paid $ 1500", "", []string{"1500"}},
		{"amount with a unit", ask + "it was 1500 baht", "", []string{"1500 baht"}},
		{"error code", ask + "error code 5001", "", []string{"5001"}},
		{"card's last digits", ask + "card ending 4242", "", []string{"4242"}},
		{"promo code", ask + "promo code 2024", "", []string{"2024"}},
		{"id after a hash", ask + "#4821", "", []string{"#4821"}},
		{"time", ask + "at 16:30", "", []string{"16:30"}},
		{"sent to a number", ask + "sent to 5551234", "", []string{"5551234"}},
		{"phone in groups", ask + "0812 3456 7890", "REDACTED:credential", nil},
		{"phone word", ask + "mi teléfono 5551234", "REDACTED:credential", nil},
		{"chinese order", "客服：我们已发送验证码。\n买家：订单号是883104", "", []string{"883104"}},
		{"stack frame line number", "VerificationCodeService failed\n\tat com.shop.otp.Sender.send(Sender.java:1234)", "", []string{"1234"}},
		{"python frame", "OTP send failed\n  File \"otp.py\", line 1234, in send_code", "", []string{"1234"}},
		{"no mention", "[09:12] Bot: Your order ships today.\n[09:13] Buyer: 582044", "", []string{"582044"}},
		{"promo code mention", "[09:12] Bot: We sent a promo code by SMS.\n[09:13] Buyer: 582044", "", []string{"582044"}},
		{"mention too far back", "Bot: we sent a verification code\na\nb\nc\nd\nBuyer: 582044", "", []string{"582044"}},
		{"confirm a number is no mention", "Agent: can you confirm your phone number?\nBuyer: 5551234", "", []string{"5551234"}},
		{"customer in a record, not a turn", "Verification code sent by SMS\nCustomer: 48213\nStatus: ok", "", []string{"48213"}},
		{"digits in the middle of the turn", ask + "1234 items arrived broken", "", []string{"1234 items"}},
	})
}

// The line reader splits on newlines and on "\n" escaped once or twice,
// and cuts a turn at the end of the JSON string holding it.
func TestOTPTurnLines(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a\nb", "a|b"},
		{"a\r\nb", "a|b"},
		{`a\nb`, "a|b"},
		{`a\\nb`, "a|b"},
		{`a\r\nb`, "a|b"},
	} {
		var got []string
		for ls := 0; ls < len(c.in); {
			le, next := otpLineEnd(c.in, ls)
			got = append(got, c.in[ls:le])
			ls = next
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: lines %q, want %q", c.in, got, c.want)
		}
	}
	s := `Jo: code is 601177"}`
	if e := otpTurnEnd(s, 0, len(s)); s[:e] != "Jo: code is 601177" {
		t.Errorf("turn end: %q", s[:e])
	}
}
