package redact

import (
	"strings"
	"testing"
)

// Tests for the classes of nm29_prose.go. Family names are made up
// ("Testmutua", "Fakeoglu"); the given names are common ones.

func nm29Gone(t *testing.T, cases []struct{ in, gone string }) {
	t.Helper()
	r := n21Redactor(t)
	for _, tc := range cases {
		out := r.String(tc.in)
		if strings.Contains(out, tc.gone) || !strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("%s\n→ %s", tc.in, out)
		}
		n21Idem(t, r, out)
	}
}

func nm29Kept(t *testing.T, cases []struct{ in, keep string }) {
	t.Helper()
	r := n21Redactor(t)
	for _, tc := range cases {
		if out := r.String(tc.in); !strings.Contains(out, tc.keep) {
			t.Errorf("%s\n→ %s (lost %q)", tc.in, out, tc.keep)
		}
	}
}

// Class: the name that opens a clause before a verb of a buyer's request
// or absence, in many languages and scripts, greetings, honorifics and
// role words stepped over.
func TestNm29ClauseBeforeVerb(t *testing.T) {
	nm29Gone(t, []struct{ in, gone string }{
		{"Оператор: olga testsokolova просит возврат 56 343 ₽ по заказу 72257", "testsokolova"},
		{"נציג: איתי טסטמזרחי מבקש החזר ₪8,054.96 להזמנה 844026504652", "טסטמזרחי"},
		{"COD failed: Lakshmi Testsubramanian not home at the given address, retry 19/03", "Testsubramanian"},
		{"courier: card left, Poppy Testblackwood not in, rang twice", "Testblackwood"},
		{"客服备注：陈梓涵要求退款￥9,588.00，订单#83074", "陈梓涵"},
		{"CSメモ：渡辺 悠真より返品希望、注文5634144920210", "悠真"},
		{"COD: राहुल टेस्टमिश्रा जी ने Rs. 56,507.00 कैश देने को बोला", "टेस्टमिश्रा"},
		{"ملاحظة الموظف: العميل السيدة عبدالله التستي يطلب استرداد ر.س 674.00 للطلب", "التستي"},
		{"CSKH: khách Anh Hoàng Thị Testhoa muốn đổi sản phẩm, đơn 6523852133168", "Testhoa"},
		{"สวัสดีค่ะ พิมพ์ชนก ทดสอบสุข นะคะ ฝากพัสดุไว้ที่ป้อมยาม", "ทดสอบสุข"},
		{"rider msg: bhai Priya Testchoudhary madam bol raha hu, parcel", "Testchoudhary"},
		{"courier: card left, Testashworth, Poppy not in, rang twice", "Testashworth"},
		{"客服备注：王志强女士要求退款￥29,426.00", "王志强"},
		{"Entregador: Seu Caio Testconceição ausente, Rua das Flores 12", "Testconceição"},
	})
	nm29Kept(t, []struct{ in, keep string }{
		{"COD failed: customer not home at the given address", "customer not home"},
		{"נציג: מישהו מבקש החזר ₪8,054.96", "מישהו מבקש"},
		{"客服备注：系统要求退款￥9,588.00", "系统要求"},
		{"Оператор: он просит возврат 56 343 ₽ по заказу 72257", "он просит"},
		{"COD failed: Customer Service not home at 14:00", "Customer Service"},
		{"status: Delivery Failed not home at 14:00, retry", "Delivery Failed"},
	})
}

// Class: an honorific or a self-introduction, and the name after it in
// lower case or in a script without case, up to a punctuation mark or a
// verb.
func TestNm29AfterHonorificOrIntro(t *testing.T) {
	nm29Gone(t, []struct{ in, gone string }{
		{"Habari, mimi ni wanjiru testmutua, tafadhali leta mzigo", "testmutua"},
		{"CS macro: Dear Miss alfie testthrelfall, sorry your tote is late", "testthrelfall"},
		{"Klantenservice: mevr. fleur de testvries wil retour van de jas", "testvries"},
		{"CS: Ibu rizky testwijaya minta refund Rp 11.423.100", "testwijaya"},
		{"Σημείωση: κ. Κατερίνα Τεστγεωργίου ζητά επιστροφή 4.937,73 €", "Τεστγεωργίου"},
		{"salam ana Amr Testmoustafa, el order 576199608145072182 lsa ma wslsh", "Testmoustafa"},
		{"שלום, זו שירה טסטלוי, נא להשאיר את החבילה ליד הדלת", "טסטלוי"},
		{"வணக்கம், நான் Lakshmi Testkrishnan, பார்சலை 32", "Testkrishnan"},
	})
	nm29Kept(t, []struct{ in, keep string }{
		{"Habari, mimi ni mgonjwa sana, tafadhali", "mgonjwa sana"},
		{"Hola, soy muy feliz, gracias", "muy feliz"},
		{"வணக்கம், நான் வீட்டில் இல்லை, நன்றி", "வீட்டில் இல்லை"},
		{"Dear Miss, thanks for the order 12345", "thanks for"},
	})
}

// Class: a review's signature after its last dash, before the writer's town.
func TestNm29ReviewSignature(t *testing.T) {
	nm29Gone(t, []struct{ in, gone string }{
		{"★★★★☆ Ted Baker tote — love it — Linnea Teståkesson, Uppsala", "Teståkesson"},
		{"★★★★☆ Hugo Boss belt — 質感很好 — 杨志强, 北京市", "杨志强"},
		{"★★★★☆ lamp — muy buena calidad — غادة التستي, الرياض", "التستي"},
		{"★★★★☆ wallet — packaging dented — Kamau Testwekesa, Nairobi — zone 76386, HTTP/1.1 201", "Testwekesa"},
		{"note=★★★★☆ candle — great — Lotte van Testdijk, Haarlem&v=4.8.15", "Testdijk"},
	})
	nm29Kept(t, []struct{ in, keep string }{
		{"★★★★☆ Ted Baker tote — packaging dented, Hugo Boss belt fine — great", "Hugo Boss belt"},
		{"★★★★☆ Ted Baker tote — Jimmy Choo heels, size 38", "Jimmy Choo heels"},
	})
}

// Class: the name a record is compared with, the payer cash was collected
// from, a name after a holder's or payer's role word in lower case.
func TestNm29MatchAndFrom(t *testing.T) {
	nm29Gone(t, []struct{ in, gone string }{
		{"clearance hold: recipient id does not match name Yutong Testchen, HTTP 502", "Testchen"},
		{"clearance hold: recipient id does not match name yutong testli, HTTP 404", "testli"},
		{"clearance hold: does not match name Ｌｉ　Ｔｅｓｔｚｉ, HTTP 502", "Ｔｅｓｔｚｉ"},
		{"COD collected $4,886.24 for 894581353443273 from Edwina Testvega; rider 12", "Testvega"},
		{"refund to card failed, holder francesca testrossi, 4.197,31 €", "testrossi"},
	})
	nm29Kept(t, []struct{ in, keep string }{
		{"COD collected $4,886.24 for 894581353443273 from Shopee Express; rider 12", "Shopee Express"},
		{"mail from Payment Service; retry", "Payment Service"},
		{"does not match name format, HTTP 400", "name format"},
		{"sku,ean,product,qty\nAB-1,4006381333931,\"Bamboo Holder Smart Phone\",12", "Smart Phone"},
		{"[09:41] agent: what is the product name?\n[09:41] customer: Galaxy Ultra\n", "Galaxy Ultra"},
	})
}

// Class: the answer to a question for a name, in the next turn.
func TestNm29AnswerTurn(t *testing.T) {
	nm29Gone(t, []struct{ in, gone string }{
		{"call transcript: agent: may I have the name on the card? caller: 黃怡君. agent: and the number?", "黃怡君"},
		{"call transcript: agent: may I have the name on the card? caller: margaux testgirard. agent: ok", "testgirard"},
		{"[09:43] bot: cardholder?\n[09:43] buyer: astrid testbergström\n[09:45] bot: placed at?", "testbergström"},
	})
	nm29Kept(t, []struct{ in, keep string }{
		{"agent: may I have the name on the card? caller: yes sure. agent: ok", "yes sure"},
		{"bot: holder?\nbuyer: not sure\n", "not sure"},
	})
}
