package redact

import "strings"

// A notification often ends a sentence with the shipping phrase and a
// colon and writes the address on the lines below it:
//
//	Hi Jane, your parcel 1Z… is on its way to:
//	507019, г. Казань, ул. Мира, д. 37, кв. 171
//
// Such a line heads an address block as "Ship to:" does (block.go): the
// line must end with the phrase and its colon.

// shipPhraseEnds are the shipping phrases that end such a line, lower
// case, without the colon.
var shipPhraseEnds = []string{
	"on its way to", "on the way to", "is being delivered to", "will be delivered to", "delivered to",
	"being shipped to", "will be shipped to", "shipped to", "dispatched to", "is heading to", "en route to",
	"out for delivery to", "sent to", "ships to", "delivering to", "shipping to",
	// German, Dutch, French, Spanish, Portuguese, Italian
	"unterwegs zu", "unterwegs an", "geliefert an", "versendet an", "verschickt an", "onderweg naar",
	"verzonden naar", "bezorgd op", "en route vers", "sera livré à", "sera livrée à", "expédié à", "expédiée à",
	"en camino a", "enviado a", "será entregado en", "será entregue em", "a caminho de", "enviado para",
	"in consegna a", "spedito a", "in viaggio verso",
	// Polish, Czech, Turkish, Russian, Ukrainian, Greek
	"w drodze do", "wysłana do", "wysłano do", "na cestě na adresu", "odesláno na", "adresine gönderildi",
	"yolda", "в пути по адресу", "отправлен по адресу", "будет доставлен по адресу", "доставляється за адресою",
	"στάλθηκε στη διεύθυνση", "καθ' οδόν προς",
	// Southeast and East Asia, Arabic, Hebrew
	"dikirim ke", "dalam perjalanan ke", "sedang dikirim ke", "dihantar ke", "đang được giao đến", "đã gửi đến",
	"ipinadala sa", "กำลังจัดส่งไปที่", "จัดส่งไปที่", "正在派送至", "已发往", "寄往", "配送先", "へお届け", "(으)로 배송 중",
	"로 배송 중", "في الطريق إلى", "تم الشحن إلى", "בדרך אל", "נשלח אל",
}

// shipPhraseHeading reports a line that ends with a shipping phrase and a
// colon: the address follows on the next lines.
func shipPhraseHeading(v string) bool {
	v = strings.TrimSpace(v)
	t := strings.TrimSuffix(v, ":")
	if t == v {
		t = strings.TrimSuffix(v, "：")
		if t == v {
			return false
		}
	}
	t = strings.ToLower(strings.TrimSpace(t))
	for _, p := range shipPhraseEnds {
		if strings.HasSuffix(t, p) && (len(t) == len(p) || t[len(t)-len(p)-1] == ' ' || p[0] >= 0x80) {
			return true
		}
	}
	return false
}

// shipPhraseSpans returns the address under each line of s that ends with
// a shipping phrase: up to four lines of an address (addressLine), the
// first of them holding a digit; a first line without one is the
// recipient's name when the line after it holds a digit ("Jane Roe" above
// "12 Main St"), and nothing is taken otherwise ("sent to:\nOn-call Team").
func shipPhraseSpans(s string) []span {
	if !strings.Contains(s, ":\n") && !strings.Contains(s, ":\r\n") && !strings.Contains(s, "：\n") {
		return nil
	}
	lines := blockLines(s)
	var out []span
	for i := 0; i+1 < len(lines); i++ {
		h := lines[i]
		if h.b <= h.a || !shipPhraseHeading(s[h.a:h.b]) {
			continue
		}
		for k := 1; k <= 4 && i+k < len(lines); k++ {
			l := lines[i+k]
			v := s[l.a:l.b]
			if l.b <= l.a || labelled(v) || isBlockHeading(v) || referenceLine(v) || strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") || !addressLine(v) {
				break
			}
			kind := KindAddress
			if countDigits(v) == 0 {
				if k > 1 {
					if countDigits(s[lines[i+1].a:lines[i+1].b]) == 0 {
						break
					}
				} else {
					next := i + 2
					if next >= len(lines) || countDigits(s[lines[next].a:lines[next].b]) == 0 {
						break
					}
					kind = KindName
				}
			}
			out = append(out, span{start: l.a, end: l.b, kind: kind})
		}
	}
	return out
}
