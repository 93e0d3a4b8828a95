package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// One-time codes and PINs whose key the readers had but whose record they
// did not see, and a quoted cell they did not read:
//
//   - a bare "code" in a PHP dump. var_dump and print_r write one key a
//     line ("[\"code\"]=>\n  string(7) \"1257503\"", "[code] => 1257503")
//     inside the block of their array ("array(5) {" … "}", "Array (" …
//     ")"): the record is that block, not the key's line. A code there
//     beside a buyer's key (a phone, a name, an e-mail, an address, a card)
//     and no error's key is a one-time code, as in a JSON object
//     (otp_code.go).
//   - a bare "code" column of an INSERT whose other columns hold a buyer's
//     phone, name, e-mail, card or IBAN ("INSERT INTO orders (code, …,
//     referee_phone, reviewer_name) VALUES ('725553', …)"): its value of 4
//     to 8 digits is the code. A table of places, promotions or errors
//     (its name, or a "message"/"error" column) keeps it.
//   - a bare "code" header of a request ("req":{"headers":{"host":…,
//     "code":"5840"}}, "request.headers.code"): a request's headers carry
//     what authenticates it and no status; 4 to 8 digits there are a code.
//     A response's headers are not read.
//   - ActiveRecord's bind pairs ([["code", "1080927"]]): the value after the
//     pair's ", " is the code's (codes19_bare.go's codeDigits19 reads past
//     the comma).
//   - a bare "pin" at an event's top with six digits from 1 to 8: India's
//     postcode only when a field of the event names an address's part
//     (address, street, city, district, state, locality, postal code);
//     with none it is the PIN its key says ("message":"wallet PIN reset",
//     "pin":"336893").
//   - a "pin" key after an address whose own value already ends with a
//     different six-digit postcode ("shipping_address":"…, Pune - 681948",
//     "PIN":"491523"): the address has its postcode, so the PIN is none.
//   - a quoted cell of a pipe-delimited row ("|\"sakura521_65\"|") is read
//     as a quoted cell of a comma, semicolon or tab row is (lone.go's
//     positional).

// dumpRecordSaysOTP27 reads the PHP dump block around the bare "code" key
// at ks..j (its key bracketed: ["code"] or [code]) for a buyer's key and
// no error's key.
func dumpRecordSaysOTP27(s string, ks, j int) bool {
	if ks < 1 || j >= len(s) {
		return false
	}
	switch {
	case ks >= 2 && s[ks-1] == '"' && s[ks-2] == '[' && strings.HasPrefix(s[j:], `"]=>`):
	case s[ks-1] == '[' && strings.HasPrefix(s[j:], "] =>"):
	default:
		return false
	}
	a, b := dumpBlock27(s, ks)
	if a < 0 {
		return false
	}
	pii, errs := false, false
	block := s[a:b]
	for p := 0; p < len(block); {
		o := strings.IndexByte(block[p:], '[')
		if o < 0 {
			break
		}
		o += p
		c := strings.IndexByte(block[o:min(len(block), o+52)], ']')
		if c < 0 {
			p = o + 1
			continue
		}
		key := strings.Trim(block[o+1:o+c], `"'`)
		p = o + c + 1
		if !strings.HasPrefix(block[p:], "=>") && !strings.HasPrefix(block[p:], " =>") {
			continue
		}
		var buf [48]byte
		nk := normKey(buf[:0], strings.ToLower(key))
		if errorKeys[string(nk)] {
			errs = true
		}
		if piiKey(nk) {
			pii = true
		}
	}
	if !pii {
		pii = strings.Contains(block, "[REDACTED:") || emailIn(block)
	}
	return pii && !errs
}

// dumpBlock27 returns the lines of the dump block holding ks: after the
// line that opens it ("array(5) {", "Array", "(") and before the line that
// closes it ("}", ")"), nested blocks skipped; a < 0 when there is none
// within 2 KiB.
func dumpBlock27(s string, ks int) (a, b int) {
	depth := 0
	a = -1
	for e := strings.LastIndexByte(s[:ks], '\n'); e > 0 && ks-e <= 2048; {
		ls := strings.LastIndexByte(s[:e], '\n') + 1
		l := strings.TrimSpace(s[ls:e])
		switch {
		case strings.HasSuffix(l, "{") || l == "(":
			if depth == 0 {
				a = e + 1
			}
			depth--
		case l == "}" || l == ")":
			depth++
		}
		if a >= 0 {
			break
		}
		e = ls - 1
	}
	if a < 0 {
		return -1, -1
	}
	depth = 0
	for p := ks; p < len(s) && p-ks <= 2048; {
		e := strings.IndexByte(s[p:], '\n')
		if e < 0 {
			e = len(s)
		} else {
			e += p
		}
		l := strings.TrimSpace(s[p:e])
		switch {
		case strings.HasSuffix(l, "{") || l == "(":
			depth++
		case l == "}" || l == ")":
			if depth == 0 {
				return a, p
			}
			depth--
		}
		p = e + 1
	}
	return a, min(len(s), ks+2048)
}

// requestHeaders27 reports that the object at a holding a bare "code" is a
// request's headers: its key (parent) is "headers" or a request's
// headers, and the object above it is no response's.
func requestHeaders27(s string, a int, parent string, obj bool) bool {
	if !obj || len(parent) < 7 || len(parent) > 24 {
		return false
	}
	var buf [24]byte
	switch string(normKey(buf[:0], strings.ToLower(parent))) {
	case "requestheaders", "reqheaders":
		return true
	case "headers":
	default:
		return false
	}
	a2, _, obj2 := codeScope(s, a)
	return !obj2 || !responseWord27(keyBefore(s, a2))
}

// requestHeadersPath27 is requestHeaders27 for an event's field at path
// ("req.headers.code", "http.request.headers.code").
func requestHeadersPath27(path string) bool {
	p := path[:max(0, strings.LastIndexByte(path, '.'))]
	if len(p) < 7 {
		return false
	}
	d := strings.LastIndexByte(p, '.')
	last := p[d+1:]
	var buf [24]byte
	if len(last) > len(buf) {
		return false
	}
	switch string(normKey(buf[:0], strings.ToLower(last))) {
	case "requestheaders", "reqheaders":
		return true
	case "headers":
	default:
		return false
	}
	if d < 0 {
		return true
	}
	above := p[:d]
	return !responseWord27(above[strings.LastIndexByte(above, '.')+1:])
}

// responseWord27 reports a key naming a response ("res", "response",
// "http_response").
func responseWord27(k string) bool {
	var buf [24]byte
	if len(k) > len(buf) {
		return false
	}
	nk := string(normKey(buf[:0], strings.ToLower(k)))
	return nk == "res" || nk == "resp" || nk == "response" || strings.HasSuffix(nk, "response")
}

// sqlCodeColumn27 returns the index of a bare "code" column among cols
// (their kinds in kinds, 255 for none) of the INSERT whose VALUES keyword
// is at v in s, when the other columns hold a buyer's phone, name,
// e-mail, card or IBAN and none an error's message, and the table names no
// other code; else -1.
func sqlCodeColumn27(s string, v int, cols []string, kinds []Kind) int {
	at, buyer := -1, false
	for i, c := range cols {
		if len(c) == 4 && strings.EqualFold(c, "code") {
			if kinds[i] == 255 {
				at = i
			}
			continue
		}
		var buf [48]byte
		if len(c) > len(buf) {
			continue
		}
		nk := normKey(buf[:0], strings.ToLower(c))
		if errorKeys[string(nk)] {
			return -1
		}
		switch kinds[i] {
		case KindName, KindPhone, KindCard, KindIBAN:
			buyer = true
		}
		if k := string(nk); strings.Contains(k, "mail") || strings.Contains(k, "phone") || strings.Contains(k, "iban") {
			buyer = true
		}
	}
	if at < 0 || !buyer {
		return -1
	}
	// The table: "INSERT INTO promo_codes (…": a table of other codes.
	head := s[max(0, v-1024):v]
	i := indexFold(head, "into ")
	if i < 0 {
		return at
	}
	t := strings.TrimLeft(head[i+5:], " `\"[")
	e := 0
	for e < len(t) && (isWord(t[e]) || t[e] == '.') {
		e++
	}
	for _, part := range strings.FieldsFunc(strings.ToLower(t[:e]), func(r rune) bool { return r == '_' || r == '.' }) {
		if otherCodeWords19[part] || otherCodeWords19[strings.TrimSuffix(part, "s")] || strings.HasPrefix(part, "error") {
			return -1
		}
	}
	return at
}

// sqlCodeValue27 reports a literal of 4 to 8 digits: a code column's value.
func sqlCodeValue27(v string) bool {
	return len(v) >= 4 && len(v) <= 8 && countDigits(v) == len(v)
}

// flatPin27 reports the event's top-level field k, a bare "pin" holding
// six digits from 1 to 8, when no field of the event names an address's
// part (fs are the event's top-level fields).
func flatPin27(path string, fs []event.Field, k int) bool {
	if len(path) != 3 || !strings.EqualFold(path, "pin") {
		return false
	}
	v := &fs[k].Value
	if v.Kind != event.String || !postalPinDigits20(v.Str) || countDigits(v.Str) != 6 {
		return false
	}
	for x := range fs {
		if x == k {
			continue
		}
		if addressPartKey27(fs[x].Path) || fs[x].Value.Kind == event.String && strings.Contains(fs[x].Value.Str, "[REDACTED:address]") {
			return false
		}
	}
	return true
}

// addressPartKey27 reports a path whose words name an address or its part.
func addressPartKey27(p string) bool {
	if len(p) > 96 {
		p = p[len(p)-96:]
	}
	var buf [96]byte
	nk := string(normKey(buf[:0], strings.ToLower(p)))
	for _, w := range [...]string{"addr", "street", "city", "district", "locality", "state", "postal", "postcode", "zip",
		"pincode", "line1", "line2", "landmark", "town", "village", "taluk", "tehsil"} {
		if strings.Contains(nk, w) {
			return true
		}
	}
	return false
}

// otherPostcode27 reports an address value in w (the text before a "pin"
// key) that holds its own six-digit postcode, none of them pin: that PIN
// is then not the address's postcode (postalPinAt's hook).
func otherPostcode27(w, pin string) bool {
	i := lastIndexFold27(w, "addr")
	if i < 0 {
		return false
	}
	found := false
	t := w[i:]
	for p := 0; p < len(t); {
		if !isDigit(t[p]) {
			p++
			continue
		}
		e := p
		for e < len(t) && isDigit(t[e]) {
			e++
		}
		if e-p == 6 && (p == 0 || !isWord(t[p-1])) && (e == len(t) || !isWord(t[e])) && postalPinDigits20(t[p:e]) {
			if t[p:e] == pin {
				return false
			}
			found = true
		}
		p = e
	}
	return found
}

// lastIndexFold27 is strings.LastIndex for an ASCII lower-case word, any
// case.
func lastIndexFold27(s, w string) int {
	for i := len(s) - len(w); i >= 0; i-- {
		if s[i]|0x20 == w[0] && strings.EqualFold(s[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}
