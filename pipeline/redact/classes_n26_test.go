package redact

import "testing"

// Class: a found name's words again in the same text, alone and in any
// case (n26_echo.go).
func TestN26NameEcho(t *testing.T) {
	res27Check(t, []res27Case{
		{`{"buyer_name":"Fakeson, Testina","note":"buyer: refund please\nseller: noted Testina, order 5399603196 updated"}`, []string{"Testina", "Fakeson"}, []string{"name"}},
		{"recipient: Testa Fakenović\nchat: hi it's testa fakenović here, leave it at the door", []string{"Testa", "testa", "fakenović"}, []string{"name"}},
		{`{"consignee":"Jihoonfake Kimfake","note":"rider: KIMFAKE JIHOONFAKE not home"}`, []string{"JIHOONFAKE", "KIMFAKE"}, []string{"name"}},
		{"account_holder=Faketha Testanova msg=\"refund for Testanova approved\"", []string{"Testanova", "Faketha"}, []string{"name"}},
		// a short word of the name beside another of its words
		{`{"recipient":"LIU XINFAKE","note":"does not match name xinfake liu, HTTP 502"}`, []string{"xinfake", "liu"}, []string{"name"}},
	})
	res27Keep(t, []string{
		// no name found: nothing is chased
		"seller: noted Margaux, order 5399603196 updated",
		// a brand or a model named like a word of the name keeps its name
		`{"item":"Xiaomi Redmi Note 13 (SKU-DTK-9833-42)"}`,
	})
	for _, c := range []struct{ in, keep string }{
		{`{"buyer_name":"Lauraxy Fakeperson","note":"gift: Lauraxy Mercierfake setting powder"}`, "Lauraxy Mercierfake setting powder"},
		{`{"buyer_name":"Note Fakeperson","item":"Xiaomi Redmi Note 13","note":"hello"}`, "Xiaomi Redmi Note 13"},
		{`{"buyer_name":"Note Fakeperson","note":"hello"}`, `"note":"hello"`},
		{"<name>Note Fakeperson</name><note>hello</note>", "<note>hello</note>"},
		// a short word of a name alone is not chased
		{`{"recipient":"LIU XINFAKE","note":"liu, order 5399603196"}`, `"liu, order`},
	} {
		if out := misc24Redact(t, c.in); !containsStr(out, c.keep) {
			t.Errorf("%q\n -> %q: %q damaged", c.in, out, c.keep)
		}
	}
}

// Class: a romanised name glued before a CJK honorific, anywhere in a text
// (n26_suffix.go).
func TestN26SuffixName(t *testing.T) {
	res27Check(t, []res27Case{
		{"clearance hold: recipient id does not match name Xinfake Liufake先生, HTTP 502", []string{"Xinfake", "Liufake"}, []string{"name"}},
		{"清关失败：与收件人zhifake lifake女士不一致", []string{"zhifake", "lifake"}, []string{"name"}},
		{"review — CHIH-FAKE CHENFAKE小姐, 高雄市", []string{"CHIH-FAKE", "CHENFAKE"}, []string{"name"}},
		{"reviewer: Tanafake Yui様 ok", []string{"Tanafake", "Yui"}, []string{"name"}},
		{"배송 메모: KIMFAKE JIFAKE님 부재중", []string{"KIMFAKE", "JIFAKE"}, []string{"name"}},
		{"does not match name Ｊｕｎｆａｋｅ　Ｚｈｕｆａｋｅ女士, HTTP 200", []string{"Ｊｕｎｆａｋｅ", "Ｚｈｕｆａｋｅ"}, []string{"name"}},
	})
	res27Keep(t, []string{
		"iPhone 15 케이스 주문 완료, 배송비 3000원",
		"order ABC123님 ok",
	})
}

func containsStr(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
