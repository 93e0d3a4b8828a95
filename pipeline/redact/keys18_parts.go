package redact

import "strings"

// Keys that look like PII keys but are about a thing, and values whose
// shape no PII of the key's kind can have.
//
//   - A key whose last part names or points to a secret, after a secret's
//     word, holds the secret's name, not the secret: "secret_name",
//     "secretRef", "SECRET_ARN", "api_key_name", "password_url" (Kubernetes'
//     secretRef, AWS Secrets Manager's names and ARNs, Vault paths).
//   - The resource type of an ARN ("arn:aws:secretsmanager:…:secret:xendit")
//     is no key: what follows its colon is the secret's name.
//   - A Razorpay key ("rzp_live_…", "rzp_test_…") under a key that names a
//     key's id ("key_id", "kid", "razorpay_key_id") is the public key id
//     Razorpay pairs with a key secret; under any other key it stays a
//     credential.
//   - A Brazilian e-invoice's access key (NF-e and NFC-e "chave de acesso":
//     44 digits, the issuer's state, date, tax id, model 55 or 65 and a mod
//     11 check digit) is printed on the invoice; under "access_key" it is no
//     secret.
//   - Under an address key, a URL, a memory address ("0x7f…") or a
//     geohash cannot be a postal address.
//   - Under a name key, a campaign's or a product's title ("Payday Sale
//     Oct", "Glow Serum 30ml", "Cart Abandonment v4") is no person's name:
//     it holds a word of promotions or goods, or a size or version code.

// secretAboutParts end the keys that name or point to a secret.
var secretAboutParts = []string{"name", "names", "ref", "refs", "reference", "arn", "path", "url", "uri", "alias",
	"label", "title", "location", "provider", "store", "manager", "backend", "mount"}

// secretAboutKey18 reports a normalised key whose last part names or
// points to a secret, after a secret's word: "secretname", "secretref",
// "apikeyname", "passwordurl".
func secretAboutKey18(k string) bool {
	for _, p := range secretAboutParts {
		if len(k) > len(p)+3 && strings.HasSuffix(k, p) {
			before := k[:len(k)-len(p)]
			if strings.HasSuffix(before, "secret") || strings.HasSuffix(before, "secrets") ||
				strings.HasSuffix(before, "password") || strings.HasSuffix(before, "credential") ||
				strings.HasSuffix(before, "credentials") || strings.HasSuffix(before, "token") ||
				strings.HasSuffix(before, "apikey") || strings.HasSuffix(before, "key") && len(before) > 3 {
				return true
			}
		}
	}
	return false
}

// arnPartAt reports that the word at ks is a part of an Amazon Resource
// Name: it follows a colon, and the colon-joined token it stands in opens
// with "arn:" ("arn:aws:secretsmanager:ap-southeast-1:secret:xendit").
func arnPartAt(s string, ks int) bool {
	if ks < 5 || s[ks-1] != ':' {
		return false
	}
	a := ks - 1
	for a > 0 && ks-a < 128 && s[a-1] != ' ' && s[a-1] != '"' && s[a-1] != '\'' && s[a-1] != '=' && s[a-1] != '\n' && s[a-1] != '>' && s[a-1] != ',' && s[a-1] != '\\' {
		a--
	}
	return strings.HasPrefix(s[a:], "arn:") || arnWithin27(s, a, ks) // "&{SecretId:arn:…" (dmg27_ids.go)
}

// keyIDKey18 reports a normalised key that names a key's id: "keyid",
// "kid", "razorpaykeyid", "publickeyid".
func keyIDKey18(nk []byte) bool {
	n := len(nk)
	return n >= 3 && nk[n-3] == 'k' && nk[n-2] == 'i' && nk[n-1] == 'd' && (n == 3 || n == 4 && nk[0] == 'x') ||
		n >= 5 && string(nk[n-5:]) == "keyid"
}

// razorpayKeyID18 returns the end of a Razorpay key id at k ("rzp_live_"
// or "rzp_test_" and letters and digits), or 0; a quote before it is
// skipped.
func razorpayKeyID18(s string, k int) int {
	for k < len(s) && (s[k] == '"' || s[k] == '\'' || s[k] == '\\' || s[k] == '[') && k < len(s)-1 {
		k++
	}
	if !strings.HasPrefix(s[k:], "rzp_live_") && !strings.HasPrefix(s[k:], "rzp_test_") {
		return 0
	}
	e := k + len("rzp_live_")
	for e < len(s) && isAlnum(s[e]) {
		e++
	}
	if e-k-len("rzp_live_") < 8 {
		return 0
	}
	return e
}

// publicKeyIDField18 reports a field whose path names a key's id and whose
// value is a Razorpay key id.
func publicKeyIDField18(path, v string) bool {
	seg := path[strings.LastIndexByte(path, '.')+1:]
	if len(seg) > 40 {
		return false
	}
	var buf [40]byte
	return keyIDKey18(normKey(buf[:0], seg)) && razorpayKeyID18(v, 0) == len(v)
}

// nfeAccessKey18 reports the 44 digits of an NF-e or NFC-e access key: a
// state code of IBGE (11 to 53), a month 01–12, model 55 or 65 and the
// mod 11 check digit (weights 2 to 9 from the right).
func nfeAccessKey18(v string) bool {
	if len(v) != 44 || countDigits(v) != 44 {
		return false
	}
	uf := int(v[0]-'0')*10 + int(v[1]-'0')
	mm := int(v[4]-'0')*10 + int(v[5]-'0')
	model := v[20:22]
	if uf < 11 || uf > 53 || mm < 1 || mm > 12 || model != "55" && model != "65" {
		return false
	}
	sum, w := 0, 2
	for i := 42; i >= 0; i-- {
		sum += int(v[i]-'0') * w
		if w++; w > 9 {
			w = 2
		}
	}
	d := 11 - sum%11
	if d >= 10 {
		d = 0
	}
	return int(v[43]-'0') == d
}

// nfeKeyAt18 reports an NF-e access key at k in s (a quote before it
// skipped), standing alone.
func nfeKeyAt18(s string, k int) bool {
	for k < len(s) && (s[k] == '"' || s[k] == '\'' || s[k] == '\\') {
		k++
	}
	e := k
	for e < len(s) && e-k <= 44 && isDigit(s[e]) {
		e++
	}
	return e-k == 44 && (e == len(s) || !isAlnum(s[e])) && nfeAccessKey18(s[k:e])
}

// notPostal18 reports a value no postal address has: a URL, a memory
// address ("0x7f2a9c0b1d4e") or a geohash (five to twelve characters of
// the geohash alphabet, lower case, letters and digits, no space).
func notPostal18(v string) bool {
	v = strings.TrimRight(v, "!?.,;")
	if urlSchemeAt(v, 0) {
		return true
	}
	if len(v) >= 6 && len(v) <= 18 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X') {
		for i := 2; i < len(v); i++ {
			if !isHex(v[i]) {
				return false
			}
		}
		return true
	}
	return geohash18(v)
}

// geohash18 reports five to twelve characters of the geohash alphabet
// (digits and lower-case letters without a, i, l, o) holding a letter:
// one lower-case token without a vowel "a", "i" or "o" is no street.
func geohash18(v string) bool {
	if len(v) < 5 || len(v) > 12 {
		return false
	}
	l := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
		case c >= 'b' && c <= 'z' && c != 'i' && c != 'l' && c != 'o':
			l = true
		default:
			return false
		}
	}
	return l
}

// titleWords18 are words of promotions, campaigns and catalogue titles
// that no person's name holds.
var titleWords18 = setOf("sale", "sales", "bundle", "bundles", "flash", "deal", "deals", "offer", "offers", "promo",
	"promotion", "promotions", "discount", "discounts", "clearance", "abandonment", "abandoned", "cart", "checkout",
	"winback", "win-back", "reminder", "newsletter", "campaign", "preorder", "pre-order", "restock", "giveaway",
	"voucher", "coupon", "cashback", "friday", "cyber", "christmas", "xmas", "ramadan", "diwali", "lebaran",
	"payday", "singles", "anniversary", "onboarding", "reactivation", "upsell", "cross-sell", "subscription",
	"membership", "loyalty", "rewards", "relaxed", "oversized", "serum", "moisturiser", "moisturizer", "cleanser",
	"sunscreen", "lipstick", "mascara", "fragrance", "unisex", "regular-fit", "slim-fit", "starter", "trial",
	"sampler", "refill", "blowout", "megasale", "harbolnas", "doorbuster", "early-access", "back-in-stock")

// sizeCode18 reports a word that is a size, a quantity or a version: digits
// and a unit of up to three letters ("30ml", "90d", "2kg"), "v" and digits
// ("v4"), or digits with a dot between ("11.11", "2.0").
func sizeCode18(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	if (w[0] == 'v' || w[0] == 'V') && countDigits(w[1:]) == len(w)-1 {
		return true
	}
	d := 0
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	if d == 0 {
		return false
	}
	r := w[d:]
	if r == "" {
		return false
	}
	if r[0] == '.' && len(r) > 1 && countDigits(r[1:]) == len(r)-1 {
		return true
	}
	if len(r) > 3 {
		return false
	}
	for i := 0; i < len(r); i++ {
		if !isAlpha(r[i]) {
			return false
		}
	}
	return true
}

// thingTitle18 reports a value of one to six words that is a campaign's or
// a product's title: a word of promotions (no name the lexicon knows), or (after a first
// word) a size or version code; its first word is no given name the
// lexicon knows ("Kareem Bundle" may be a person's).
func thingTitle18(v string) bool {
	var wb [8]string
	ws := fields8(strings.TrimSpace(v), &wb)
	if len(ws) < 1 || len(ws) > 6 {
		return false
	}
	hit := false
	var buf [24]byte
	for i, w := range ws {
		w = strings.TrimRight(w, ".,;:!")
		if w == "" || w[0] >= 0x80 {
			return false
		}
		if len(w) <= len(buf) {
			lw := string(lower(buf[:0], w))
			if titleWords18[lw] && lexClass(w) == 0 {
				hit = true
			}
		}
		if i > 0 && sizeCode18(w) {
			hit = true
		}
	}
	return hit && lexClass(ws[0])&lexGiven == 0
}

// titleAhead18 reports a campaign's or product's title at k, read as a
// run of words up to a lower-case word, a line's or a clause's end: the
// value of a name key in text that a name reader would stop short of
// ("display_name=Winback 90d billing …", "name=Cart Abandonment v4 / …").
func titleAhead18(s string, k int) bool {
	e := k
	words := 0
	for e < len(s) && e-k < 96 && words < 6 {
		w := e
		for e < len(s) && (isAlnum(s[e]) || s[e] == '.' || s[e] == '-' || s[e] >= 0x80) {
			e++
		}
		if e == w {
			break
		}
		word := s[w:e]
		if !isUpper(word[0]) && !sizeCode18(strings.TrimRight(word, ".")) {
			e = w
			break
		}
		words++
		if e < len(s) && s[e] == '+' || e < len(s) && s[e] == ' ' {
			e++
			continue
		}
		break
	}
	if words == 0 {
		return false
	}
	return thingTitle18(strings.ReplaceAll(strings.TrimRight(s[k:e], " +"), "+", " "))
}

// businessKey18 reports a normalised key that names a brand, its owner or
// a merchant's name (brandKeys, damage14_titles.go), also
// behind a header's "X-": its value is a business's name, even one named
// after a person ("Dr. Martens", "Ralph Lauren").
func businessKey18(nk []byte) bool {
	if len(nk) < 4 || len(nk) > 24 {
		return false
	}
	return brandKeys[string(nk)] || nk[0] == 'x' && brandKeys[string(nk[1:])]
}

// businessValueEnd18 returns the end of the value at k of a business key:
// a quoted value's closing quote, or an unquoted one's end (a space after
// '=', as logfmt writes values; else a line's or a clause's end); 0 when
// the value holds a marker or is longer than a business's name.
func businessValueEnd18(s string, k int) int {
	eqSep := k > 0 && s[k-1] == '='
	for sp := 0; k < len(s) && s[k] == ' ' && sp < 3; sp++ {
		k++
	}
	if k >= len(s) {
		return 0
	}
	if q := s[k]; q == '"' || q == '\'' {
		e := strings.IndexByte(s[k+1:min(len(s), k+82)], q)
		if e <= 0 || strings.Contains(s[k+1:k+1+e], "[REDACTED:") {
			return 0
		}
		return k + 1 + e + 1
	}
	if goMapValue19(s, k) { // "map[X-Brand-Owner:[Ralph Lauren] …]" (keys19_parties.go)
		e := strings.IndexByte(s[k+1:min(len(s), k+82)], ']')
		if e <= 0 || strings.Contains(s[k+1:k+1+e], "[REDACTED:") {
			return 0
		}
		return k + 1 + e + 1
	}
	if k+1 < len(s) && s[k] == '\\' && s[k+1] == '"' {
		e := strings.Index(s[k+2:min(len(s), k+84)], `\"`)
		if e <= 0 || strings.Contains(s[k+2:k+2+e], "[REDACTED:") {
			return 0
		}
		return k + 2 + e + 2
	}
	// Unquoted: capitalised words (and "&") up to a lower-case word, the
	// next key ("Rate:0.81", "buyer=…"), a clause's or a line's end.
	e, words := k, 0
	for e < len(s) && words < 6 {
		w := e
		for e < len(s) && e-k <= 80 && strings.IndexByte(" \r\n\t,;|\"\\<>{}()[]", s[e]) < 0 {
			if s[e] == ':' || s[e] == '=' {
				return businessEnd18(s, k, w)
			}
			e++
		}
		if e == w || e-k > 80 {
			break
		}
		if !(isUpper(s[w]) || s[w] >= 0x80 || s[w] == '&' && e == w+1) {
			e = w
			break
		}
		words++
		if s[e-1] == '.' && e-w > 3 || eqSep || e+1 >= len(s) || s[e] != ' ' || s[e+1] == ' ' {
			break // "Michael Kors. account …": a sentence ends; logfmt's value ends at a space
		}
		e++
	}
	return businessEnd18(s, k, e)
}

// businessEnd18 returns e, with the spaces before it dropped, when a value
// runs from k to it; 0 when it is empty.
func businessEnd18(s string, k, e int) int {
	for e > k && s[e-1] == ' ' {
		e--
	}
	if e <= k {
		return 0
	}
	return e
}

// approvalCode18 reports a card network's authorisation (approval) code:
// six capitals and digits that open with a letter ("FTK8BX"), as issuers
// return it in ISO 8583's field 38. One-time codes sent to a buyer are
// digits.
func approvalCode18(v string) bool {
	if len(v) != 6 || !isUpper(v[0]) {
		return false
	}
	for i := 1; i < 6; i++ {
		if !isUpper(v[i]) && !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// approvalKey18 reports a normalised key of an authorisation's code:
// "authcode", "xauthcode", "approvalcode", "authorizationcode".
func approvalKey18(k string) bool {
	k = strings.TrimRight(k, "0123456789") // "auth_code_2" (dmg27)
	return strings.HasSuffix(k, "authcode") || strings.HasSuffix(k, "approvalcode") || strings.HasSuffix(k, "authorizationcode") || strings.HasSuffix(k, "authorisationcode")
}

// approvalCodeAt18 reports an approval code at k (a quote before it
// skipped) that stands alone.
func approvalCodeAt18(s string, k int) bool {
	for k < len(s) && (s[k] == '"' || s[k] == '\'' || s[k] == '\\' || s[k] == '[') { // (Go's map: X-Auth-Code:[…], dmg27)
		k++
	}
	return k+6 <= len(s) && approvalCode18(s[k:k+6]) && (k+6 == len(s) || !isAlnum(s[k+6]) && s[k+6] != '_' && s[k+6] != '-')
}

// approvalPath18 reports a field path whose last segment is an
// authorisation's code key.
func approvalPath18(path string) bool {
	seg := path[strings.LastIndexByte(path, '.')+1:]
	if len(seg) > 40 {
		return false
	}
	var buf [40]byte
	return approvalKey18(string(normKey(buf[:0], seg)))
}

// invoiceCodeBefore18 reports digits at i that follow the key or the label
// of an invoice's code or number ("fapiao_code 0404…", "(发票代码
// 0708…)", "<FapiaoCode>0973…", Redis' "invoice_code" "0751…"): a
// fapiao's twelve-digit code opens with 0 as a national mobile does, and
// is no phone.
func invoiceCodeBefore18(s string, i int) bool {
	p := i
	for n := 0; p > 0 && n < 4 && (s[p-1] == '"' || s[p-1] == '\'' || s[p-1] == ' ' || s[p-1] == '=' || s[p-1] == ':' || s[p-1] == '>' || s[p-1] == '(' || s[p-1] == '\\'); n++ {
		p--
	}
	if p == i {
		return false
	}
	for _, w := range [...]string{"：", "（"} {
		if strings.HasSuffix(s[:p], w) {
			p -= len(w)
		}
	}
	e := p
	if e == 0 || !invoiceCodeLast18[s[e-1]] {
		return false // no key of an invoice's code ends here
	}
	for p > 0 && e-p < 32 && (isAlnum(s[p-1]) || s[p-1] == '_' || s[p-1] == '-' || s[p-1] >= 0x80) {
		p--
	}
	if e-p < 4 {
		return false
	}
	if c := s[p] | 0x20; c != 'f' && c != 'i' && s[p] != 0xe5 && s[p] != 0xe7 {
		return false // not "fapiao…", "invoice…", "factura…", 发票…, 發票…
	}
	var buf [32]byte
	nk := normKey(buf[:0], s[p:e])
	for _, h := range [...]string{"fapiao", "invoice", "发票", "發票", "factura", "fattura", "fatura"} {
		if len(nk) > len(h) && string(nk[:len(h)]) == h {
			for _, t := range invoiceCodeTails18 {
				if string(nk[len(h):]) == t {
					return true
				}
			}
			return false
		}
	}
	return false
}

// invoiceCodeTails18 are the words after an invoice's name in the keys
// invoiceCodeBefore18 takes.
var invoiceCodeTails18 = [...]string{"code", "no", "num", "number", "代码", "代碼", "号码", "號碼"}

// invoiceCodeLast18 marks the bytes such a key can end in before normKey:
// a tail's last byte (an ASCII letter in either case), or a '_' or '-'
// that normKey drops. It is built from invoiceCodeTails18.
var invoiceCodeLast18 = func() (t [256]bool) {
	for _, w := range invoiceCodeTails18 {
		c := w[len(w)-1]
		t[c] = true
		if c >= 'a' && c <= 'z' {
			t[c-('a'-'A')] = true
		}
	}
	t['_'], t['-'] = true, true
	return t
}()
