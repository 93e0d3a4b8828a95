package indepeval

import (
	"strings"
)

// echoPaths are fields the default rules mask (buyer.*, shipping.address.*,
// card data).
var echoPaths = map[string][]string{
	"name":    list("buyer.name|shipping.address.name|buyer.first_last"),
	"email":   list("buyer.email|shipping.address.email"),
	"phone":   list("buyer.phone|shipping.address.phone"),
	"address": list("shipping.address.line1|shipping.address.address1|buyer.address"),
	"card":    list("payment.card_number|payment.card.number"),
}

func digitsOnly(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// echoSpelling returns another spelling of value i for the echo.
func (b *builder) echoSpelling(i int) string {
	v := b.vals[i]
	switch b.c.PII[i].Kind {
	case "phone", "card":
		if b.f.IntN(2) == 0 {
			return digitsOnly(v)
		}
	case "name", "address":
		switch b.f.IntN(4) {
		case 0:
			return strings.ToUpper(v)
		case 1:
			return strings.ToLower(v)
		}
	case "email":
		if b.f.IntN(3) == 0 {
			return strings.ToUpper(v[:1]) + v[1:]
		}
	}
	return v
}

var echoSentences = list("order {order} confirmed for %s|label printed: %s|gift message from %s: happy birthday|reply sent to %s|%s requested a refund|note: %s|invoice generated %s|otp sent %s|matched %s")

func (b *builder) buildEcho() {
	var fs []field
	for i := range b.vals {
		fs = append(fs, field{path: pick(b.f, echoPaths[b.c.PII[i].Kind]), p: new(piece).val(i, b.vals[i])})
	}
	if fs[0].path == fs[1].path {
		fs[1].path += "2"
	}
	// the echoes: in the message, a URL, or a JSON body
	msg := new(piece)
	for i := range b.vals {
		t := pick(b.f, echoSentences)
		mode := b.f.IntN(4)
		if mode != 0 && strings.Contains(t, "{order}") {
			t = strings.ReplaceAll(t, "{order}", b.look("shopify_order"))
		}
		before, after, _ := strings.Cut(t, "%s")
		spell := b.echoSpelling(i)
		switch mode {
		case 0: // URL-encoded in a URL in the message
			msg.add("GET /track?ref="+b.look("tiktok_order")+"&q=").embed(new(piece).val(i, spell), queryEsc(false)).add(" ")
		case 1: // in a JSON body with \u escapes
			body := jsonDoc([]jv{jstr("note", new(piece).add(before).val(i, spell).add(after)), jstr("order_id", txt(b.look("amazon_order")))}, true)
			fs = append(fs, field{path: []string{"http.request.body.content", "http.response.body.content"}[i], p: body})
		default:
			msg.add(before).val(i, spell).add(after).add("; ")
		}
	}
	msg.add(b.lookText(b.randClass()))
	fs = append([]field{{path: "message", p: msg}}, fs...)
	b.finish(fs)
}
