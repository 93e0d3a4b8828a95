package twentyfiftheval

import (
	"strings"
	"testing"
)

// judgeOne builds a one-field case with build, judges it against out and
// returns the results of its PII values and its damaged look-alikes.
func judgeOne(t *testing.T, build func(c *cas) Txt, out func(in string) string) (*cas, map[int]leakRes, map[int]bool) {
	t.Helper()
	c := newCase("self")
	c.F("message", build(c))
	leaks, damaged := map[int]leakRes{}, map[int]bool{}
	judgeField(c, 0, out(c.fields[0].t.Str()), leaks, damaged)
	return c, leaks, damaged
}

func same(s string) string { return s }

func repl(pairs ...string) func(string) string {
	return func(s string) string { return strings.NewReplacer(pairs...).Replace(s) }
}

func TestJudgeSelf(t *testing.T) {
	type want struct {
		leaked  []bool // per PII record index
		view    string // the view of the first leaked value, when set
		damaged int
	}
	cases := []struct {
		name  string
		build func(c *cas) Txt
		out   func(string) string
		want  want
	}{
		{"name kept raw", func(c *cas) Txt {
			return C(L("order 1 for "), c.P("message", "name", "name.full", "es_AR", "Juan González"), L(" ok"))
		}, same, want{leaked: []bool{true}, view: "raw"}},
		{"name masked", func(c *cas) Txt {
			return C(L("order 1 for "), c.P("message", "name", "name.full", "es_AR", "Juan González"), L(" ok"))
		}, repl("Juan González", "[REDACTED:name]"), want{leaked: []bool{false}}},
		{"name half kept", func(c *cas) Txt {
			return C(L("order 1 for "), c.P("message", "name", "name.full", "es_AR", "Juan González"), L(" ok"))
		}, repl("González", "[REDACTED:name]"), want{leaked: []bool{true}}},
		{"template word does not count", func(c *cas) Txt {
			return C(L("Juan Store: order for "), c.P("message", "name", "name.full", "es_AR", "Juan González"))
		}, repl(" González", "[REDACTED:name]", "for Juan", "for "), want{leaked: []bool{false}}},
		{"template word counted beyond the template", func(c *cas) Txt {
			return C(L("Juan Store: order for "), c.P("message", "name", "name.full", "es_AR", "Juan González"))
		}, repl("González", "[REDACTED:name]"), want{leaked: []bool{true}}},
		{"street type left behind is no leak", func(c *cas) Txt {
			return C(L("ship to "), c.P("message", "address", "addr.street", "es_AR", "Calle Florida 1234"))
		}, repl("Florida 1234", "[REDACTED:address]"), want{leaked: []bool{false}}},
		{"json escaped once", func(c *cas) Txt {
			return O(K("buyer", SA(c.P("json_body", "name", "name.full", "es_MX", "José Ramírez"))))
		}, same, want{leaked: []bool{true}, view: "json"}},
		{"json escaped twice", func(c *cas) Txt {
			return O(K("Message", S(O(K("buyer", SA(c.P("json_nested", "name", "name.full", "es_MX", "Íñigo Muñoz")))))))
		}, same, want{leaked: []bool{true}, view: "json2"}},
		{"url encoded name", func(c *cas) Txt {
			return Q(K("name", c.P("url_query", "name", "name.full", "es_CO", "Ana María Pérez")), K("x", L("1")))
		}, same, want{leaked: []bool{true}, view: "url"}},
		{"url encoded e-mail, local part before the tag kept", func(c *cas) Txt {
			return Q(K("email", c.P("url_query", "email", "email.tagged", "en_US", "thomas.davis+shop@example.com")))
		}, repl("%2Bshop%40example.com", "%[REDACTED:email]"), want{leaked: []bool{true}}},
		{"url encoded e-mail masked", func(c *cas) Txt {
			return Q(K("email", c.P("url_query", "email", "email.tagged", "en_US", "thomas.davis+shop@example.com")))
		}, repl("thomas.davis%2Bshop%40example.com", "[REDACTED:email]"), want{leaked: []bool{false}}},
		{"url-encoded JSON (a form field holding JSON)", func(c *cas) Txt {
			return Q(K("payload", O(K("name", SA(c.P("form_body", "name", "name.full", "tr_TR", "Gülşen Çelik"))))))
		}, same, want{leaked: []bool{true}, view: "json(url)"}},
		{"phone regrouped", func(c *cas) Txt {
			return C(L("tel "), c.P("message", "phone", "phone.intl", "pt_BR", "+55 11 98765-4321"))
		}, repl("+55 11 98765-4321", "98765 4321"), want{leaked: []bool{true}}},
		{"phone masked but country code", func(c *cas) Txt {
			return C(L("tel "), c.P("message", "phone", "phone.intl", "pt_BR", "+55 11 98765-4321"))
		}, repl("98765-4321", "[REDACTED:phone]"), want{leaked: []bool{false}}},
		{"digits also in the template", func(c *cas) Txt {
			return C(L("ref "), c.K("sku", "987654"), L(" tel "), c.P("message", "phone", "phone.intl", "pt_BR", "+55 11 98765-4321"))
		}, repl("+55 11 98765-4321", "[REDACTED:phone]"), want{leaked: []bool{false}}},
		{"arabic-indic digits", func(c *cas) Txt {
			return C(L("هاتف "), c.P("message", "phone", "phone.native_digits", "ar_AE", "٠٥٠ ١٢٣ ٤٥٦٧"))
		}, same, want{leaked: []bool{true}}},
		{"credential prefix kept", func(c *cas) Txt {
			return C(L("X-Shopify-Access-Token: "), c.Cred("headers", "cred.token", "", "shpat_0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef"))
		}, repl("0123456789abcdef0123456789abcdef", "[REDACTED:credential]"), want{leaked: []bool{false}}},
		{"credential partly kept", func(c *cas) Txt {
			return C(L("X-Shopify-Access-Token: "), c.Cred("headers", "cred.token", "", "shpat_0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef"))
		}, repl("6789abcdef0123456789abcdef", "[REDACTED:credential]"), want{leaked: []bool{true}}},
		{"cjk window kept", func(c *cas) Txt {
			return C(L("收件人 "), c.P("message", "name", "name.full", "zh_CN", "王子轩"), L(" 电话"))
		}, repl("王子轩", "子轩"), want{leaked: []bool{true}}},
		{"cjk single character is no leak", func(c *cas) Txt {
			return C(L("收件人 "), c.P("message", "name", "name.full", "zh_CN", "王子轩"), L(" 电话"))
		}, repl("王子轩", "王[REDACTED:name]"), want{leaked: []bool{false}}},
		{"shared word goes to the value without its own", func(c *cas) Txt {
			return C(c.P("message", "name", "name.full", "es_AR", "Juan Martín"), L(" ship to "),
				c.P("message", "address", "addr.full", "es_AR", "Av. San Martín 1234"))
		}, repl("Juan Martín", "[REDACTED:name]"), want{leaked: []bool{false, true}}},
		{"e-mail and name share a word", func(c *cas) Txt {
			return C(c.P("message", "name", "name.full", "es_AR", "Juan Gonzalez"), L(" <"),
				c.P("message", "email", "email.plain", "es_AR", "juan.gonzalez87@gmail.com"), L(">"))
		}, repl("Juan Gonzalez", "[REDACTED:name]"), want{leaked: []bool{false, true}}},
		{"look-alike kept", func(c *cas) Txt {
			return C(L("order "), c.K("amazon_order_id", "113-1234567-1234567"), L(" status "), c.K("http_status", "200"))
		}, same, want{damaged: 0}},
		{"look-alike damaged", func(c *cas) Txt {
			return C(L("order "), c.K("amazon_order_id", "113-1234567-1234567"), L(" status "), c.K("http_status", "200"))
		}, repl("113-1234567-1234567", "[REDACTED:phone]"), want{damaged: 1}},
		{"one of two equal look-alikes damaged", func(c *cas) Txt {
			return C(L("a="), c.K("ean13", "7891234567895"), L(" b="), c.K("ean13", "7891234567895"))
		}, func(s string) string { return strings.Replace(s, "7891234567895", "[REDACTED:phone]", 1) }, want{damaged: 1}},
		{"url-encoded look-alike kept", func(c *cas) Txt {
			return Q(K("NextToken", c.K("next_token", "abc+def/gh==")))
		}, same, want{damaged: 0}},
		{"platform-masked phone kept", func(c *cas) Txt {
			return C(L(`"phone":"`), c.K("masked_phone", "+86****1234"), L(`"`))
		}, same, want{damaged: 0}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, leaks, damaged := judgeOne(t, tc.build, tc.out)
			for i, w := range tc.want.leaked {
				r, ok := leaks[i]
				if !ok || !r.judged {
					t.Fatalf("value %d (%q) not judged", i, c.pii[i].val)
				}
				if r.leaked != w {
					t.Fatalf("value %d (%q): leaked=%v (piece %q, view %s), want %v; out %q", i, c.pii[i].val, r.leaked, r.piece, r.view, w, tc.out(c.fields[0].t.Str()))
				}
				if w && tc.want.view != "" && i == 0 && r.view != tc.want.view {
					t.Fatalf("value %d: found in view %s, want %s", i, r.view, tc.want.view)
				}
			}
			if len(damaged) != tc.want.damaged {
				t.Fatalf("damaged %d, want %d", len(damaged), tc.want.damaged)
			}
		})
	}
}

func TestJudgeViews(t *testing.T) {
	if got := jsonUnescape(`a\u00e9\"b\\c\ud83d\ude00`); got != "aé\"b\\c😀" {
		t.Fatalf("jsonUnescape: %q", got)
	}
	if got := urlDecode("a+b%2Bc%40d%zz%4"); got != "a b+c@d%zz%4" {
		t.Fatalf("urlDecode: %q", got)
	}
	var ds []string
	digitSpans("tel +55 (11) 98765-4321, ref 12-34 a 9", func(s string) { ds = append(ds, s) })
	if strings.Join(ds, "|") != "5511987654321|1234|9" {
		t.Fatalf("digitSpans: %q", ds)
	}
	var ws []string
	words("Łódź ul. Piotrkowska 東京都渋谷区 สมชาย", func(s string) { ws = append(ws, s) })
	if strings.Join(ws, "|") != "łódź|piotrkowska|東京|京都|都渋|渋谷|谷区|สม|มช|ชา|าย" {
		t.Fatalf("words: %q", ws)
	}
}
