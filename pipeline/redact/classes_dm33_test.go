package redact

import "testing"

// dm33: look-alikes that must survive: turns of a dialogue under a role's
// label, sentences under a name key. All values are made up.

// A role's label opening a turn of a dialogue holds what was said, not a
// name; the PII said in the turns is still caught, and a role's key on
// its own line of a record still holds a name.
func TestDM33TurnLabels(t *testing.T) {
	for _, c := range []struct{ in, keep, gone string }{
		{"[7pm] buyer: Atenção\n[seller] oi!\n[buyer] cartão 4111 1111 1111 1111", "buyer: Atenção", "4111 1111 1111 1111"},
		{"[월요일] buyer: 참고로\n[buyer] 휴대폰 010-2345-6789\n[seller] 네", "buyer: 참고로", "2345-6789"},
		{"[tiga hari] buyer: kak refund ١٧٩ ر.س kapan ya\n[seller] Tolong kak\n[buyer] email saya testa.fakeroe@example.com", "kak refund ١٧٩ ر.س kapan ya", "testa.fakeroe@example.com"},
		{`{"chat":"[2pm] customer: Infelizmente\n[agent] oi!\n[customer] senha: Xq7!fakePw9"}`, "customer: Infelizmente", "Xq7!fakePw9"},
		{"customer: Merci\nagent: bonjour\ncustomer: mon email testa.fakeroe@example.com", "customer: Merci", "testa.fakeroe@example.com"},
		// a role's key in a record stays a name's key
		{"order=4411 buyer: Testa Fakeroe status=paid", "order=4411", "Testa Fakeroe"},
		{"buyer: Testa Fakeroe\nphone: +44 7700 900123", "", "Testa Fakeroe"},
		{"[7pm] buyer: Testa Fakeroe", "", "Testa Fakeroe"},
	} {
		dm31Check(t, c.in, nonEmpty(c.keep), nonEmpty(c.gone))
	}
}

// A Chinese key word glued to a word of checking or failing is an error's
// subject; with a colon or a space it still opens its value.
func TestDM33CJKErrorSubject(t *testing.T) {
	for _, c := range []struct{ in, keep, gone string }{
		{`incident timeline: port 443 报错 "地址校验失败"，验证码 30760959`, `"地址校验失败"`, ""},
		{`报错 "手机号格式错误"，请重试`, "手机号格式错误", ""},
		{`提示：密码已过期`, "密码已过期", ""},
		{`报错 "地址校验失败"，身份证号 110101199003074514`, "地址校验失败", "110101199003074514"},
		{`报错 "地址校验失败"，地址：北京市朝阳区建国路88号`, "地址校验失败", "建国路88号"},
		{`地址：上海市浦东新区世纪大道100号`, "", "世纪大道100号"},
		{`手机号 13812345678`, "", "13812345678"},
	} {
		dm31Check(t, c.in, nonEmpty(c.keep), nonEmpty(c.gone))
	}
}

// A Japanese postcode in brackets with an English word after it is a
// depot's note; the postal mark before a place still opens an address.
func TestDM33PostcodeNote(t *testing.T) {
	for _, c := range []struct{ in, keep, gone string }{
		{"shipped from Chicago (〒015-6548 depot).", "〒015-6548 depot", ""},
		{"shipped from Yiwu (〒247-1553 main hub)", "〒247-1553 main hub", ""},
		{"deliver to 〒150-0002 東京都渋谷区渋谷2丁目21番1号", "", "渋谷2丁目21番1号"},
		{"deliver to 〒100-0001, Tokyo, Chiyoda 1-1", "", "Chiyoda 1-1"},
	} {
		dm31Check(t, c.in, nonEmpty(c.keep), nonEmpty(c.gone))
	}
}

// A message's opener (a greeting, a thanks, a discourse word, a rating)
// is no part of the name or the address a reader takes after it; the name
// and the address are still caught.
func TestDM33Openers(t *testing.T) {
	for _, c := range []struct{ in, keep, gone string }{
		{`manual corrections row 412: 5211107121116,"Update, leave at 192, MG Road, Chennai 600002, per our agent",ok`, "Update", "MG Road"},
		{`text="5/5 Again! addr: 12 Fakestraße 9, 10115 Berlin for cheaper deals"`, "5/5 Again!", "Fakestraße 9"},
		{"<p>なお お客様Testa Fakeroeより電話</p>", "なお", "Fakeroe"},
		{"trace=v0.16.8: 감사합니다 연락처 010-2345-6789 3/5", "감사합니다", "2345-6789"},
		{"note=Кстати, доставить по адресу ул. Ленина, д. 5, кв. 12, Москва", "Кстати", "Ленина, д. 5"},
		{"review=★★★★☆ Unfortunately, deliver to 42 Fake Street, Springfield 12345", "★★★★☆ Unfortunately", "42 Fake Street"},
		// a house's number written as a fraction is no rating
		{"giao hàng tới 55/8 Lê Lợi, Quận 1, TP.HCM 700000", "", "55/8"},
		{"deliver to 3/5 George Street, Sydney NSW 2000", "", "3/5 George"},
		// a name that is no opener stays whole
		{"customer: Testa Fakeroe", "", "Testa Fakeroe"},
		{"Hi Testa Fakeroe, your order shipped", "Hi", "Fakeroe"},
	} {
		dm31Check(t, c.in, nonEmpty(c.keep), nonEmpty(c.gone))
	}
}

// A brand named after a person where goods stand is kept; a person in the
// same sentence, or after "return to", is still caught.
func TestDM33BrandsInGoodsFrames(t *testing.T) {
	for _, c := range []struct{ in, keep, gone string }{
		{"[2pm] buyer: hi, is Laura Ashley in stock?\n[seller] yes 4 left", "Laura Ashley", ""},
		{"cliente: oi quero devolver o Ralph Lauren", "Ralph Lauren", ""},
		{"Nota: quiero devolver Paul Smith (SKU-FRY-3981), customer Ana Lima called.", "Paul Smith", "Ana Lima"},
		{"review=5/5 produto Ben Sherman chegou 2024-11-01", "Ben Sherman", ""},
		{"leave it with Testa Fakeroe next door, thanks! (8 pcs of Laura Ashley, $48.96)", "Laura Ashley", "Fakeroe"},
		{`<p>4/5 &quot;Ralph Lauren&quot; is &lt;b&gt;great&lt;/b&gt; &amp; cheap.</p>`, "Ralph Lauren", ""},
		{"sku=CMU-4049-HD product=Hello Kitty 🎀 Backpack port=18216", "Hello Kitty 🎀 Backpack", ""},
		{`payload={"product":"Hello Kitty 🎀 Backpack","customer":"Ana Lima"}`, "Hello Kitty", "Ana Lima"},
		{"message=Hello Kitty, your order shipped", "", "Kitty"},
		{"review=★★★★★ Sorry, Ben Sherman arrived in three days. my id is 110101199003074514", "Ben Sherman", "110101199003074514"},
		// people stay people
		{"please return the parcel to customer Ana Lima", "", "Ana Lima"},
		{"customer Ana Lima arrived at the desk", "", "Ana Lima"},
		{"customer Testa Fakeroe called", "", "Fakeroe"},
	} {
		dm31Check(t, c.in, nonEmpty(c.keep), nonEmpty(c.gone))
	}
}
