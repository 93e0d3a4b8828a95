package redact

// In a service's log a "callback" is an HTTP callback (a payment
// gateway's or a marketplace's webhook) as often as a phone call back:
// "payment callback 5565029005684 verified", "retrying callback for
// 790874624542825". The number after such a callback is the order's or
// the payment's id, not a phone (nor, at 17 to 19 digits, a card). A
// callback of the phone kind keeps its reading: "callback requested:
// 600000001", "customer callback 0917 940 4315".

// callbackTech are the words that make the "callback" after them a
// software callback.
var callbackTech = setOf("payment", "payments", "webhook", "webhooks", "retrying", "retry", "retried", "http", "https",
	"api", "async", "ipn", "notify", "notification", "gateway", "stripe", "paypal", "adyen", "midtrans", "xendit",
	"razorpay", "order", "orders", "shopify", "lazada", "tiktok", "shopee", "failed", "queued", "pending", "delivery",
	"refund", "capture", "checkout", "oauth", "auth")

// callbackIDAt reports digits at i after "callback", "callback for",
// "callback id" or "callback #" whose "callback" follows one of
// callbackTech ("payment callback", "retrying callback").
func callbackIDAt(s string, i int) bool {
	p := i - 1 // the space before the digits
	w := wordBefore(s, p)
	switch w {
	case "for", "of", "id", "#", "no":
		p -= len(w) + 1
		w = wordBefore(s, p)
	}
	if w != "callback" && w != "Callback" {
		return false
	}
	p -= len(w) + 1
	var buf [16]byte
	t := wordBefore(s, p)
	if t == "" || len(t) > len(buf) {
		return false
	}
	lt := append(buf[:0], t...)
	for k := range lt {
		if lt[k] >= 'A' && lt[k] <= 'Z' {
			lt[k] += 'a' - 'A'
		}
	}
	return callbackTech[string(lt)]
}

// wordBefore returns the ASCII word (or '#') that ends at the space at p,
// or "".
func wordBefore(s string, p int) string {
	if p <= 0 || p >= len(s) || s[p] != ' ' {
		return ""
	}
	q := p
	for q > 0 && p-q < 16 && (isAlpha(s[q-1]) || s[q-1] == '#') {
		q--
	}
	return s[q:p]
}

// callbackLast are the last bytes of "callback", "for", "of", "id", "#",
// "no": the digits after any other word are passed at once.
var callbackLast = func() (t [256]bool) {
	for _, c := range []byte("kKrfdD#o") {
		t[c] = true
	}
	return t
}()
