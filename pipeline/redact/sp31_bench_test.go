package redact

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/brianvoe/gofakeit/v7"
	"github.com/vigilops/vigil/event"
)

// scriptLines builds log events whose messages carry text in buyers' own
// scripts and in the encodings such text passes through on its way to a
// log: full-width and Arabic-Indic or Devanagari digits, JSON that writes
// every non-ASCII letter as \uXXXX, percent-encoded UTF-8 in a query,
// HTML entities and quoted-printable mail bodies. The values are made up
// here (digits and words drawn at random), not taken from any corpus.
func scriptLines(n int) [][]byte {
	g := gen{gofakeit.New(31)}
	// native digits: full-width, Arabic-Indic, Devanagari
	native := func(s string, zero rune) string {
		var b strings.Builder
		for _, r := range s {
			if r >= '0' && r <= '9' {
				b.WriteRune(zero + r - '0')
			} else if r == '-' && zero == 0xFF10 {
				b.WriteRune(0xFF0D)
			} else {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	jsonEscape := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if r < 0x80 {
				b.WriteRune(r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		}
		return b.String()
	}
	qp := func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if c := s[i]; c >= 0x80 || c == '=' {
				fmt.Fprintf(&b, "=%02X", c)
			} else {
				b.WriteByte(c)
			}
		}
		return b.String()
	}
	entities := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if r >= 0x80 {
				fmt.Fprintf(&b, "&#%d;", r)
			} else {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	jaWords := []string{"配送", "確認", "在庫", "注文", "発送", "返品", "倉庫", "集荷"}
	arWords := []string{"الطلب", "الشحنة", "المستودع", "التوصيل", "المخزون", "الدفع"}
	ruWords := []string{"заказ", "доставка", "склад", "оплата", "возврат", "курьер"}
	hiWords := []string{"ऑर्डर", "डिलीवरी", "गोदाम", "भुगतान", "वापसी"}
	pick := func(w []string) string { return w[g.f.IntRange(0, len(w)-1)] }
	msgs := []func() string{
		func() string {
			return fmt.Sprintf("%s%sの%s：電話 %s に連絡できませんでした（注文番号 %s）", pick(jaWords), pick(jaWords), pick(jaWords),
				native(g.digits("0#0-####-####"), 0xFF10), native(g.digits("#######"), 0xFF10))
		},
		func() string {
			return fmt.Sprintf("تعذر %s %s: الرقم %s غير متاح، رقم %s هو %s", pick(arWords), pick(arWords),
				native(g.digits("05########"), 0x0660), pick(arWords), native(g.digits("######"), 0x0660))
		},
		func() string {
			v := fmt.Sprintf(`{"%s":"%s","%s":"%s","qty":%d}`, pick(ruWords), pick(ruWords), pick(ruWords), g.digits("+7 9## ###-##-##"), g.f.IntRange(1, 40))
			return "webhook body " + jsonEscape(v)
		},
		func() string {
			q := url.Values{}
			q.Set("q", pick(jaWords)+" "+pick(jaWords)+" "+g.digits("###-####"))
			q.Set("note", pick(arWords)+" "+pick(arWords))
			return "GET /api/search?" + q.Encode() + " returned 200 in " + strconv.Itoa(g.f.IntRange(10, 900)) + " ms"
		},
		func() string {
			return "<p>" + entities(pick(ruWords)+" "+pick(ruWords)) + "&nbsp;: " + entities(pick(hiWords)) + " " +
				native(g.digits("98#####"), 0x0966) + "&nbsp;&mdash; " + entities(pick(arWords)) + "</p>"
		},
		func() string {
			return "Content-Transfer-Encoding: quoted-printable\n\n" + qp(pick(ruWords)+" "+pick(ruWords)+" "+pick(jaWords)+" "+g.digits("#### ####")+" "+pick(hiWords))
		},
		func() string {
			return fmt.Sprintf("%s %s %s: %s %s", pick(hiWords), pick(hiWords), native(g.digits("######"), 0x0966), pick(hiWords), native(g.digits("9#########"), 0x0966))
		},
		func() string {
			return fmt.Sprintf("%s %s, %s %s 件, 合計 %s 円", pick(jaWords), pick(jaWords), pick(jaWords), native(strconv.Itoa(g.f.IntRange(1, 99)), 0xFF10), native(strconv.Itoa(g.f.IntRange(100, 99999)), 0xFF10))
		},
	}
	var out [][]byte
	for i := 0; i < n; i++ {
		msg, _ := json.Marshal(msgs[i%len(msgs)]())
		line := fmt.Sprintf(`{"@timestamp":"2026-11-25T08:%02d:%02d.%03dZ","service":{"name":"storefront-jp","version":"2.3.1"},"log":{"level":"warn"},"message":%s,"event":{"action":"order_sync","duration":%d},"trace":{"id":"%s"},"shop":{"platform":"shopify","id":"S31","region":"ap-northeast-1"}}`,
			i%60, (i/60)%60, i%1000, msg, g.f.IntRange(1e6, 9e8), g.hex(32))
		out = append(out, []byte(line))
	}
	return out
}

// BenchmarkEventScripts is BenchmarkEvent over events whose messages are
// written in buyers' scripts and pass through the encodings logs meet
// (scriptLines): the decoded views' cost.
func BenchmarkEventScripts(b *testing.B) { benchEvent(b, scriptLines(1<<12), false) }

// TestScriptLinesRedacted checks the benchmark's events carry what it
// means them to: each kind of message leaves the redactor changed or not
// as a plain reading says (a made-up phone in full-width digits is found).
func TestScriptLinesRedacted(t *testing.T) {
	r := newDefault(t)
	lines := scriptLines(16)
	dec := event.NewDecoder(nil)
	var ev event.Event
	if err := dec.Decode(lines[0], &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	for _, f := range ev.Fields {
		if f.Path == "message" && !strings.Contains(f.Value.Str, "[REDACTED:phone]") {
			t.Errorf("full-width phone kept: %q", f.Value.Str)
		}
	}
}
