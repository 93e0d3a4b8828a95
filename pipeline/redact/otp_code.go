package redact

import (
	"iter"
	"strings"

	"github.com/vigilops/vigil/event"
)

// A one-time code is often logged under a bare "code" ("code=486513",
// {"code":"014380"}, "buyer.code=0862", Go's "&{Telemovel:… Code:7035}"),
// the key that also holds error codes ("code=3", "code: 429",
// {"code":"ORDER_NOT_FOUND"}, gRPC's "code = InvalidArgument"). The two are
// told apart by the value and its record:
//
//   - the value is 4 to 8 digits written as a string or a logfmt/struct
//     value (never a JSON number: API error codes are numbers), and
//   - it is in a URL's query (a verification or an OAuth authorization
//     code), or the record around it holds a buyer's data (a phone, name, address or card key, an e-mail address,
//     a value redacted before) or is a buyer's object ("customer":{…},
//     "buyer.code"), and is no error envelope (an object that also holds
//     "message", "error", "reason"…).

// codeKeyTail reports a key whose last part is a bare "code" ("code",
// "Code", "buyer.code").
func codeKeyTail(k string) bool {
	if d := strings.LastIndexByte(k, '.'); d >= 0 {
		k = k[d+1:]
	}
	if len(k) == 6 && (k[0] == 'x' || k[0] == 'X') && k[1] == '-' {
		k = k[2:] // a header's "X-" prefix: "x-code=7220"
	}
	return len(k) == 4 && strings.EqualFold(k, "code")
}

// otpCodeValue redacts the 4 to 8 digits after the bare "code" key at
// ks..j whose value starts at k (after the '=' or ':'), when the context
// says they are a one-time code; it returns where scanning resumes, or 0.
func (sc *scanner) otpCodeValue(ks, j, k int) int {
	s := sc.s
	p, quoted := codeValueStart(s, k)
	e := p
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-p < 4 || e-p > 8 {
		return 0
	}
	if quoted {
		if e >= len(s) || s[e] != '"' && s[e] != '\'' && s[e] != '\\' {
			return 0
		}
	} else {
		if e < len(s) && strings.IndexByte(" ,;&)}]|\n\t\r\"'", s[e]) < 0 && !otpCodeEnds32(s, e) && !lineEnds33(s, e) { // ("、": cr32_keys.go; "\\n": cr33_codes.go)
			return 0
		}
		if j < len(s) && (s[j] == '"' || s[j] == '\\') {
			return 0 // {"code":36009004}: a JSON number is an API's error code
		}
	}
	query := ks > 0 && (s[ks-1] == '?' || s[ks-1] == '&') && j < len(s) && s[j] == '='
	if !query && !codeRecordSaysOTP(s, ks, j) && !dumpRecordSaysOTP27(s, ks, j) && !formCodeLine33(s, ks, j, p, e) { // (a PHP dump's block: cred27_codes.go; a form's line: cr33_codes.go)
		return 0
	}
	if sc.emit(p, e, KindCredential, 0) {
		return e
	}
	return 0
}

// codeRecordSaysOTP reads the record around the "code" key at ks..j: the
// innermost object ("{…}") holding it, or else its line.
func codeRecordSaysOTP(s string, ks, j int) bool {
	a, b, obj := codeScope(s, ks)
	scope := s[a:b]
	parent := ""
	if d := strings.LastIndexByte(s[ks:j], '.'); d >= 0 {
		parent = s[ks : ks+d] // "buyer.code"
	} else if obj {
		parent = keyBefore(s, a) // "customer":{"code":…}
	}
	pii := personWord(parent) || strings.Contains(scope, "[REDACTED:") || emailIn(scope) || requestHeaders27(s, a, parent, obj) // (cred27_codes.go)
	errs := false
	eachKey(scope, func(key string) {
		var buf [48]byte
		nk := buf[:0]
		for i := 0; i < len(key) && len(nk) < len(buf); i++ {
			c := key[i]
			switch {
			case c == '_' || c == '-' || c == '.':
				continue
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			nk = append(nk, c)
		}
		if obj && errorKeys[string(nk)] {
			errs = true
		}
		if piiKey(nk) {
			pii = true
		}
	})
	return (pii || bareCodeAlone19(s, ks, codeDigits19(s, j), scope, obj, parent)) && !errs // codes19_bare.go
}

// codeScope returns the innermost object around ks (obj), or its line.
func codeScope(s string, ks int) (a, b int, obj bool) {
	depth := 0
	for p := ks - 1; p >= 0 && ks-p <= 1024; p-- {
		c := s[p]
		if c == '\n' {
			break
		}
		if c == '}' {
			depth++
		} else if c == '{' {
			if depth == 0 {
				a, obj = p, true
				break
			}
			depth--
		}
	}
	if obj {
		depth = 0
		for q := ks; q < len(s) && q-ks <= 1024; q++ {
			if s[q] == '{' {
				depth++
			} else if s[q] == '}' {
				if depth == 0 {
					return a, q + 1, true
				}
				depth--
			}
		}
		return a, min(len(s), ks+1024), true
	}
	a = max(0, ks-600)
	if nl := strings.LastIndexByte(s[a:ks], '\n'); nl >= 0 {
		a += nl + 1
	}
	b = min(len(s), ks+600)
	if nl := strings.IndexByte(s[ks:b], '\n'); nl >= 0 {
		b = ks + nl
	}
	return a, b, false
}

// keyBefore returns the key whose value opens at the '{' at a
// ("customer":{…, customer={…, customer: {…), or "".
func keyBefore(s string, a int) string {
	p := a
	for p > 0 && a-p < 6 && strings.IndexByte(" :=\"\\'", s[p-1]) >= 0 {
		p--
	}
	q := p
	for q > 0 && p-q < 32 && (isWord(s[q-1]) || s[q-1] == '-') {
		q--
	}
	return s[q:p]
}

// eachKey calls f with each key in text: a word before ':' or '=' (its
// quotes, escaped or not, skipped): "phone":, \"tel\":, mobile_no=, Tel:.
func eachKey(text string, f func(string)) {
	for p := 0; p < len(text); {
		if !isWord(text[p]) && text[p] < 0x80 {
			p++
			continue
		}
		q := p
		for q < len(text) && (isWord(text[q]) || text[q] == '.' || text[q] == '-' || text[q] >= 0x80) {
			q++
		}
		r := q
		for r < len(text) && r-q < 4 && (text[r] == '"' || text[r] == '\\' || text[r] == '\'') {
			r++
		}
		if r < len(text) && (text[r] == ':' || text[r] == '=') && q-p <= 48 {
			f(text[p:q])
		}
		p = q
	}
}

// emailIn reports an e-mail address in text: a word, '@', a domain.
func emailIn(text string) bool {
	for off := 0; ; {
		at := strings.IndexByte(text[off:], '@')
		if at < 0 {
			return false
		}
		at += off
		off = at + 1
		if at > 0 && isWord(text[at-1]) && at+3 < len(text) && isAlnum(text[at+1]) &&
			strings.IndexByte(text[at+1:min(len(text), at+64)], '.') > 0 {
			return true
		}
	}
}

// personWord reports a key naming a buyer or another person whose record
// a code belongs to ("customer", "buyer.code", "recipient").
func personWord(k string) bool {
	if k == "" {
		return false
	}
	if d := strings.LastIndexAny(k, "._"); d >= 0 {
		k = k[d+1:]
	}
	return personKeys[strings.ToLower(k)]
}

var personKeys = setOf("customer", "buyer", "recipient", "receiver", "consignee", "user", "member", "client", "shopper",
	"contact", "sender", "payer", "account", "cliente", "kunde", "klant", "pembeli", "penerima", "destinatario",
	"destinataire", "empfänger", "empfaenger", "acheteur", "comprador", "klient", "müşteri", "musteri", "покупатель",
	"получатель", "клиент", "买家", "收件人", "顾客", "客户")

// errorKeys are the keys of an error envelope: a code beside them is the
// error's ({"code":"40001","message":"…"}).
var errorKeys = setOf("message", "msg", "error", "errors", "err", "errmsg", "errcode", "errorcode", "errormessage",
	"errordescription", "description", "desc", "reason", "detail", "details", "fault", "faultstring", "statusmessage",
	"subcode", "errno", "exception")

// otpCodeField reports a field at path (a bare "code", a string of 4 to 8
// digits) that its siblings in the event show to be a one-time code; fs
// are the fields under prefix, k the field's index.
func (r *Redactor) otpCodeField(prefix, path string, fs []event.Field, k int) bool {
	v := &fs[k].Value
	if v.Kind != event.String || len(v.Str) < 4 || len(v.Str) > 8 || countDigits(v.Str) != len(v.Str) {
		return false
	}
	parent := ""
	if d := strings.LastIndexByte(path, '.'); d >= 0 {
		parent = path[:d+1]
	}
	if d := strings.LastIndexByte(parent[:max(0, len(parent)-1)], '.'); d >= 0 && !siblingUnder(prefix, parent, fs, k) {
		// A dotted key alone under its first part ("attrs":{"recv.code":…}
		// flattens to attrs.recv.code): its record is the object above.
		parent = parent[:d+1]
	}
	pii := personWord(strings.TrimSuffix(parent, ".")) || requestHeadersPath27(path) // (a request's headers: cred27_codes.go)
	errs := false
	for sp, f := range siblings(prefix, parent, fs, k) {
		seg := sp[len(parent):]
		if d := strings.LastIndexByte(seg, '.'); d >= 0 {
			seg = seg[d+1:]
		}
		var buf [48]byte
		nk := buf[:0]
		for i := 0; i < len(seg) && len(nk) < len(buf); i++ {
			c := seg[i]
			switch {
			case c == '_' || c == '-':
				continue
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			nk = append(nk, c)
		}
		if parent != "" && errorKeys[string(nk)] {
			errs = true
		}
		switch r.path(sp).cls {
		case keyPhone, keyName, keyAddress, keyCard, keyCardCtx, keyIBAN:
			pii = true
		default:
			pii = pii || piiKey(nk)
		}
		if sv := &f.Value; sv.Kind == event.String && (emailIn(sv.Str) || strings.Contains(sv.Str, "[REDACTED:")) {
			pii = true
		}
	}
	return (pii || bareCodeFieldAlone19(prefix, parent, fs, k)) && !errs // codes19_bare.go
}

// siblingUnder reports a field of fs other than k whose path starts with
// parent.
func siblingUnder(prefix, parent string, fs []event.Field, k int) bool {
	for range siblings(prefix, parent, fs, k) {
		return true
	}
	return false
}

// siblings yields the fields of fs other than k whose path, read under
// prefix, starts with parent: that path and the field.
func siblings(prefix, parent string, fs []event.Field, k int) iter.Seq2[string, *event.Field] {
	return func(yield func(string, *event.Field) bool) {
		for x := range fs {
			if x == k {
				continue
			}
			sp := fs[x].Path
			if prefix != "" {
				sp = prefix + sp
			}
			if strings.HasPrefix(sp, parent) && !yield(sp, &fs[x]) {
				return
			}
		}
	}
}

// codePath reports a field path whose last part is a bare "code".
func codePath(path string) bool {
	n := len(path)
	return n >= 4 && path[n-1]|0x20 == 'e' && path[n-2]|0x20 == 'd' && path[n-3]|0x20 == 'o' && path[n-4]|0x20 == 'c' &&
		(n == 4 || path[n-5] == '.')
}

// jsonCodeOTP reports a string value at start (its opening quote) in the
// JSON text src under a bare "code" key that codeRecordSaysOTP reads as a
// one-time code: JSON redacted as it streams has no event to ask.
func jsonCodeOTP(src string, start int, v string) bool {
	if len(v) < 4 || len(v) > 8 || countDigits(v) != len(v) {
		return false
	}
	p := start
	for p > 0 && src[p-1] == ' ' {
		p--
	}
	if p == 0 || src[p-1] != ':' {
		return false
	}
	p--
	for p > 0 && src[p-1] == ' ' {
		p--
	}
	if p < 6 || src[p-1] != '"' || !strings.EqualFold(src[p-5:p-1], "code") || src[p-6] != '"' && src[p-6] != '.' {
		return false
	}
	j := p - 1
	ks := j - 4
	for ks > 0 && src[ks-1] != '"' {
		ks-- // a dotted key: "buyer.code"
	}
	return codeRecordSaysOTP(src, ks, j)
}

// piiKey reports a normalised key (lower case, no separators) that names
// a buyer's data: a phone, name, address, card or IBAN key, or one that
// holds "phone", "mail", "iban" or "idcard" ("phone", "ibannumber",
// "notifyemail", "idcardno").
func piiKey(nk []byte) bool {
	switch keyClass(nk) {
	case keyPhone, keyName, keyAddress, keyCard, keyCardCtx, keyIBAN:
		return true
	}
	k := bytesToString(nk)
	return strings.Contains(k, "phone") || strings.Contains(k, "mail") || strings.Contains(k, "iban") || strings.Contains(k, "idcard")
}

// queryCodePair reports a URL query's "code" parameter given as a
// name/value pair (HAR's request.queryString, an API's query parameter
// list) holding 4 to 8 digits: a one-time or an authorization code, as
// "?code=…" is in the URL itself.
func queryCodePair(path, name string, v *event.Value) bool {
	if !strings.EqualFold(name, "code") || v.Kind != event.String || len(v.Str) < 4 || len(v.Str) > 8 || countDigits(v.Str) != len(v.Str) {
		return false
	}
	low := strings.ToLower(path)
	return strings.Contains(low, "querystring") || strings.Contains(low, "queryparam") || strings.HasSuffix(low, "query") ||
		strings.HasSuffix(low, "query[]") || strings.HasSuffix(low, "params[]")
}

// codeValueStart returns where a code's digits start after its key's '='
// or ':' at k: past up to three spaces, then a quote (escaped too) or Go's
// printed header bracket ("X-Code:[7220]"); quoted reports a quote.
func codeValueStart(s string, k int) (p int, quoted bool) {
	p = k
	for p < len(s) && p-k < 3 && s[p] == ' ' {
		p++
	}
	if e := escapedQuote(s, p); e > 0 {
		return p + e, true
	}
	if p < len(s) && (s[p] == '"' || s[p] == '\'') {
		return p + 1, true
	}
	if p < len(s) && s[p] == '[' && p > 0 && s[p-1] == ':' {
		return p + 1, false
	}
	return p, false
}
