package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// A bare "code" key holding 4 to 8 digits as a string (or a logfmt or
// struct value) in a record with no buyer's data beside it:
//
//	{"code":"909030","order":"gid://shopify/Order/…","coupon":"…"}
//	data.code=8424738   code=49885766 (a logfmt line)   code: "8144" (protobuf text)
//
// otp_code.go reads such a code only with a buyer's data in its record,
// since the key holds error and status codes as often. Those are told
// apart by what is around them instead: an error code stands in an error's
// record (an error envelope's keys, or a word of failing, an error or a
// status in the object or the line), and other named codes name
// themselves in the key above ("postal.code", "country.code",
// "error.code"). An API's error code is as often four or five digits
// ("4001", "40001") in a small envelope, so a code that short is read only
// among four keys or more. bareCodeAlone19 reports a code with none of
// these, read as a one-time code as a buyer's record's would be.

// bareCodeAlone19 reads the record scope around the bare "code" key at ks
// (obj: an object, else the key's line) under parent.
func bareCodeAlone19(s string, ks, digits int, scope string, obj bool, parent string) bool {
	if otherCodeParent19(parent) || errorWordIn19(scope) {
		return false
	}
	if !obj && errorBefore18(s, ks) {
		return false
	}
	if p := ks; p >= 2 && (s[p-1] == ' ' || s[p-1] == '\t') && (isAlpha(s[p-2]) || s[p-2] >= 0x80) {
		return false // "Postal code: 40917", "Discount code: …": a phrase names another code
	}
	if digits < 6 {
		if !obj {
			// A record written one key a line (a header dump, an .env file,
			// protobuf text, YAML) is the block of key lines around it.
			a, b := keyBlock19(s, ks)
			scope = s[a:b]
			head := s[strings.LastIndexByte(s[:max(0, a-1)], '\n')+1 : max(0, a-1)]
			if errorWordIn19(scope) || errorWordIn19(head) || httpErrorLine19(head) {
				return false // and the line that opens the block: "HTTP/1.1 400 Bad Request"
			}
		}
		keys := 0
		eachKey(scope, func(string) { keys++ })
		return keys >= 4
	}
	return true
}

// keyBlock19 returns the run of lines around the one holding ks that each
// hold a key (a ':' or '=' early in the line), up to 24 lines either way.
func keyBlock19(s string, ks int) (int, int) {
	a := strings.LastIndexByte(s[:ks], '\n') + 1
	b := lineEnd19(s, ks)
	for n := 0; n < 24 && a > 0; n++ {
		p := strings.LastIndexByte(s[:a-1], '\n') + 1
		if !keyLine19(s[p : a-1]) {
			break
		}
		a = p
	}
	for n := 0; n < 24 && b < len(s); n++ {
		e := lineEnd19(s, b+1)
		if !keyLine19(s[b+1 : e]) {
			break
		}
		b = e
	}
	return a, b
}

// httpErrorLine19 reports an HTTP status line of a client's or a server's
// error: "HTTP/1.1 404 Not Found", "HTTP/2 503".
func httpErrorLine19(l string) bool {
	if !strings.HasPrefix(l, "HTTP/") {
		return false
	}
	sp := strings.IndexByte(l, ' ')
	return sp > 0 && sp+1 < len(l) && (l[sp+1] == '4' || l[sp+1] == '5')
}

// keyLine19 reports a line that opens with a key: a ':' or '=' after at
// most 48 bytes of a word, spaces, quotes, dashes or dots.
func keyLine19(l string) bool {
	l = strings.TrimLeft(l, " \t")
	for i := 0; i < len(l) && i < 48; i++ {
		c := l[i]
		switch {
		case c == ':' || c == '=':
			return i > 0
		case isWord(c) || c == '-' || c == '.' || c == '"' || c == '\'' || c >= 0x80:
		default:
			return false
		}
	}
	return false
}

// bareCodeFieldAlone19 is bareCodeAlone19 for the event's field k under
// parent (with its trailing '.'), fs the fields under prefix: a field at
// the top of the event, beside the event's own message, is left to the
// buyer's data rule.
func bareCodeFieldAlone19(prefix, parent string, fs []event.Field, k int) bool {
	p := strings.TrimSuffix(parent, ".")
	if p == "" || otherCodeParent19(p) {
		return false
	}
	n := 0                                               // the siblings
	for sp, f := range siblings(prefix, parent, fs, k) { // (otp_code.go)
		n++
		if errorWordIn19(sp[len(parent):]) {
			return false
		}
		if v := &f.Value; v.Kind == event.String && len(v.Str) < 200 && errorWordIn19(v.Str) {
			return false
		}
	}
	return len(fs[k].Value.Str) >= 6 || n >= 3
}

// otherCodeParent19 reports a parent key that names another kind of code:
// its last part is an error's, a status's, a place's or a product's
// ("error", "postal", "country", "promo"…).
func otherCodeParent19(parent string) bool {
	if parent == "" {
		return false
	}
	if d := strings.LastIndexAny(parent, "._"); d >= 0 {
		parent = parent[d+1:]
	}
	var buf [32]byte
	if len(parent) > len(buf) {
		return false
	}
	return otherCodeWords19[bytesToString(lowerWord18(buf[:0], parent))]
}

var otherCodeWords19 = setOf("error", "errors", "err", "status", "http", "grpc", "response", "result", "reason", "exit",
	"return", "fault", "exception", "postal", "post", "zip", "postcode", "country", "currency", "area", "region", "state",
	"province", "city", "language", "lang", "locale", "promo", "coupon", "discount", "voucher", "gift", "product", "item",
	"sku", "tax", "bank", "address", "addr", "location", "geo", "place", "store", "branch", "swift", "bic", "airport", "mcc", "hs", "tariff", "category", "shipping", "carrier",
	"service", "rate", "plan", "campaign", "referral", "invite", "color", "colour", "size", "reason_code", "decline")

// errorWordIn19 reports a word of failing, an error or a status in t.
func errorWordIn19(t string) bool {
	for _, x := range [...]string{"error", "Error", "ERROR", "fail", "Fail", "FAIL", "exception", "Exception", "denied",
		"invalid", "Invalid", "status", "Status", "rejected", "declined"} {
		if strings.Contains(t, x) {
			return true
		}
	}
	return false
}

// codeDigits19 returns how many digits the value after the key ending at
// j holds (its separator, spaces, quotes and a bracket skipped).
func codeDigits19(s string, j int) int {
	p := j
	for p < len(s) && p-j < 8 && strings.IndexByte(`"'\:= [,`, s[p]) >= 0 { // (',': a bind pair's, cred27_codes.go)
		p++
	}
	n := 0
	for p+n < len(s) && isDigit(s[p+n]) {
		n++
	}
	return n
}

// codePairOTP19 reports an attribute pair ({"key":"app.code","value":
// {"stringValue":"27415501"}}) whose key's last part is a bare "code" and
// whose value is 6 to 8 digits, the key above it naming no other code:
// the pair's siblings are other array items, so the record's evidence is
// out of reach and short codes (an API's error codes) stay.
func codePairOTP19(name string, v *event.Value) bool {
	if v.Kind != event.String || len(v.Str) < 6 || len(v.Str) > 8 || countDigits(v.Str) != len(v.Str) || !codePath(name) {
		return false
	}
	parent := strings.TrimSuffix(name[:len(name)-4], ".")
	return !otherCodeParent19(parent) && !errorWordIn19(parent)
}
