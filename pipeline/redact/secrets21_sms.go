package redact

import "strings"

// The text of an SMS as SMPP logs it: the short_message of a submit_sm or
// deliver_sm, and the "text:" field of a delivery receipt (SMPP 3.4
// appendix B: "id:… sub:001 dlvrd:001 submit date:… done date:… stat:DELIVRD
// err:000 text:Your code is 570550", the message's first 20 characters).
// A shop's SMS that names a code carries a one-time code, whatever the
// phrase ("Your code is …", "… is your code", "PIN: …"):
// smsTextCodeSpans21 masks 4–8 digits standing alone in such a text, the
// first after the code's word, else the last before it. A promotion's,
// a postal or a tracking code is named as such and stays.

// smsCodeWords21 name a code or PIN in an SMS's text (lower case).
var smsCodeWords21 = []string{"code", "kod", "codigo", "código", "codice", "pin", "otp", "passcode", "password", "parol",
	"пароль", "код", "κωδικ", "码", "コード", "번호", "รหัส", "mã", "رمز", "קוד", "kodu", "koodi", "kode"}

// smsOtherCodes21 are the words before "code" that name another code.
var smsOtherCodes21 = []string{"promo", "postal", "post", "zip", "tracking", "discount", "voucher", "coupon", "referral",
	"gift", "country", "area", "error", "status", "reason", "product", "sort", "bank", "swift"}

// smsTextCodeSpans21 returns the codes of the SMS texts in s (low is s in
// lower case, byte for byte).
func smsTextCodeSpans21(s, low string, have []span) []span {
	var out []span
	for _, key := range []string{"text:", "short_message="} {
		for off := 0; off < len(low); {
			i := strings.Index(low[off:], key)
			if i < 0 {
				break
			}
			i += off
			off = i + len(key)
			if key == "text:" && !strings.Contains(low[max(0, i-200):i], "stat:") {
				continue // a receipt's text follows its status
			}
			a := i + len(key)
			for a < len(s) && (s[a] == '"' || s[a] == '\'' || s[a] == '\\' || s[a] == ' ') && a-i-len(key) < 4 {
				a++
			}
			e := a
			for e < len(s) && e-a < 320 && s[e] != '"' && s[e] != '\n' && !(s[e] == '\\' && e+1 < len(s) && (s[e+1] == 'n' || s[e+1] == '"')) {
				e++
			}
			if key == "short_message=" && strings.Contains(low[a:e], "stat:") {
				continue // a receipt: its "text:" is read
			}
			if a0, e0 := smsCodeIn21(s[a:e], low[a:e]); e0 > 0 && !overlapsSpan21(have, a+a0, a+e0) {
				out = append(out, span{start: a + a0, end: a + e0, kind: KindCredential})
			}
			off = e
		}
	}
	return out
}

// smsCodeIn21 returns the code of one SMS text t (low in lower case), or
// 0, 0.
func smsCodeIn21(t, low string) (int, int) {
	w := -1
	for _, cw := range smsCodeWords21 {
		k := strings.Index(low, cw)
		for k >= 0 {
			ascii := cw[0] < 0x80
			if !ascii || (k == 0 || !isAlpha(low[k-1])) && (k+len(cw) >= len(low) || !isAlpha(low[k+len(cw)]) || cw == "code" && low[k+len(cw)] == 's') {
				if !otherCodeBefore21(low, k) {
					break
				}
			}
			n := strings.Index(low[k+len(cw):], cw)
			if n < 0 {
				k = -1
				break
			}
			k += len(cw) + n
		}
		if k >= 0 && (w < 0 || k < w) {
			w = k
		}
	}
	if w < 0 {
		return 0, 0
	}
	lastA, lastE := 0, 0
	for p := 0; p < len(t); p++ {
		if !isDigit(t[p]) || p > 0 && (isAlnum(t[p-1]) || t[p-1] == '-' || t[p-1] == '/' || t[p-1] == '.' || t[p-1] == '#') {
			continue
		}
		e := otpDigitsEnd(t, p)
		if e == 0 {
			for p < len(t) && isDigit(t[p]) {
				p++
			}
			continue
		}
		if p > w {
			return p, e
		}
		lastA, lastE = p, e
		p = e
	}
	return lastA, lastE
}

// otherCodeBefore21 reports a word before k that names a code other than
// a one-time one ("promo code", "postal code").
func otherCodeBefore21(low string, k int) bool {
	b := k
	for b > 0 && (low[b-1] == ' ' || low[b-1] == '-' || low[b-1] == '_') {
		b--
	}
	a := b
	for a > 0 && isAlpha(low[a-1]) {
		a--
	}
	w := low[a:b]
	for _, o := range smsOtherCodes21 {
		if w == o {
			return true
		}
	}
	return false
}
