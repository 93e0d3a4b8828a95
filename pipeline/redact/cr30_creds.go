package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// Credentials written where no key of a secret names them (cr30):
//
//   - A connection string's key ("db.dsn", "connection_string",
//     "database_url") whose value is no URL and no list of pairs but one
//     bare token: the password alone, pasted where the whole string
//     belonged ("db.dsn=Hx7!pa55-Qm"). A host name, a file path, a
//     variable's reference or a word ("localhost", "/var/db.sqlite",
//     "${DB_DSN}", "memory") stays.
//   - A query operator's value ({"password":{"$eq":"…"}}): MongoDB's
//     filters put the value one level below its key, under "$eq", "$ne",
//     "$in", …; the operator's value is read as its parent key's.
//   - A key swallowed by the value before it: in a toString or a Struct
//     ("Struct{addr=Rua Augusta 15, Lisboa,otp=629823,…}") the pairs are
//     joined by a bare comma, and a name's or an address's value, which
//     reads commas, ran on to the next key's '='; it ends at the comma
//     before that key.

// dsnKey30 reports a normalised key that names a connection string.
func dsnKey30(nk []byte) bool {
	n := len(nk)
	if n < 3 {
		return false
	}
	switch nk[n-1] {
	case 'n':
		return nk[n-2] == 's' && nk[n-3] == 'd' // "dsn", "db.dsn", "DATABASE_DSN"
	case 'g':
		return strings.HasSuffix(bytesToString(nk), "connectionstring") || strings.HasSuffix(bytesToString(nk), "connstring")
	case 'r':
		return strings.HasSuffix(bytesToString(nk), "connstr")
	case 'l':
		k := bytesToString(nk)
		return k == "dburl" || strings.HasSuffix(k, "databaseurl")
	}
	return false
}

// dsnBareSecret30 reports a connection string's value that is one bare
// token shaped as a secret: no scheme, host, path, pair or space; and a
// digit, a capital or a symbol in it (a word or a host name in lower case
// stays), or six digits or more (a port has five).
func dsnBareSecret30(v string) bool {
	if len(v) < 6 || len(v) > 128 {
		return false
	}
	digits, upper, sym := 0, 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c <= ' ' || c >= 0x7f || strings.IndexByte(`/:@=;,"'\{}[]()<>`, c) >= 0:
			return false // a URL, a host and port, pairs, a path, a reference, markup
		case isDigit(c):
			digits++
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z', c == '.', c == '-', c == '_':
		default:
			sym++
		}
	}
	if digits == len(v) {
		return true // "352991": a code pasted in
	}
	if sym == 0 && upper == 0 && (digits == 0 || strings.IndexByte(v, '.') >= 0) {
		return false // "localhost", "db-primary.internal", "pg-17.svc"
	}
	if sym == 0 && upper == len(v)-digits-strings.Count(v, "_") {
		return false // "DB_PRIMARY", "PG17": a constant's name
	}
	return true
}

// dsnField30 reports a field whose path names a connection string and
// whose value is a bare secret.
func dsnField30(path string, v event.Value) bool {
	if v.Kind != event.String {
		return false
	}
	if path == "" {
		return false
	}
	switch path[len(path)-1] | 0x20 { // the last letters dsnKey30 can accept, before normalising
	case 'n', 'g', 'r', 'l':
	default:
		return false
	}
	last := path[strings.LastIndexByte(path, '.')+1:]
	if len(last) < 3 || len(last) > 40 {
		return false
	}
	var buf [48]byte
	return dsnKey30(normKey(buf[:0], last)) && dsnBareSecret30(v.Str)
}

// dsnValue30 redacts the bare-secret value at k of a connection string's
// key in text; it returns where scanning resumes, or 0.
func (sc *scanner) dsnValue30(k int) int {
	s := sc.s
	p := k
	for p < len(s) && p-k < 3 && s[p] == ' ' {
		p++
	}
	p, q := openQuote(s, p)
	e := p
	for e < len(s) && e-p <= 128 && s[e] > ' ' && s[e] < 0x7f && s[e] != '"' && s[e] != '\\' && (q != 0 || s[e] != ',' && s[e] != '&' && s[e] != '}') {
		e++
	}
	if q != 0 && (e >= len(s) || s[e] != q) {
		return 0
	}
	if q == 0 && e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != '&' && s[e] != '}' && s[e] != '\n' && s[e] != '\t' && s[e] != '"' && s[e] != '\\' {
		return 0
	}
	if !dsnBareSecret30(s[p:e]) || !sc.emit(p, e, KindCredential, 0) {
		return 0
	}
	return e
}

// queryOperator30 reports MongoDB's comparison operators, normalised
// without their '$'.
func queryOperator30(nk []byte) bool {
	switch string(nk) {
	case "eq", "ne", "in", "nin", "gt", "gte", "lt", "lte", "regex", "all":
		return true
	}
	return false
}

// operatorParent30 returns the class of the key whose object the
// operator key at d (its '$') opens: `"password":{"$eq":…}`, at any
// escaping; or keyNone.
func operatorParent30(s string, d int) int {
	p := d
	if p > 0 && s[p-1] == '"' {
		p--
		if p > 0 && s[p-1] == '\\' {
			p--
		}
	}
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p == 0 || s[p-1] != '{' {
		return keyNone
	}
	p--
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p == 0 || s[p-1] != ':' {
		return keyNone
	}
	p--
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p > 0 && s[p-1] == '"' {
		p--
		if p > 0 && s[p-1] == '\\' {
			p--
		}
	}
	e := p
	for p > 0 && e-p < 48 && (isAlnum(s[p-1]) || s[p-1] == '_' || s[p-1] == '-' || s[p-1] == '.') {
		p--
	}
	if p == e {
		return keyNone
	}
	var buf [48]byte
	return keyClass(normKey(buf[:0], s[p:e]))
}

// operatorPath30 returns the path of the key an operator's path segment
// ("filter.password.$eq") stands under, or "".
func operatorPath30(path string, dot int) string {
	seg := path[dot+1:]
	if dot <= 0 || len(seg) < 3 || seg[0] != '$' {
		return ""
	}
	var buf [8]byte
	if !queryOperator30(normKey(buf[:0], seg[1:])) {
		return ""
	}
	return path[:dot]
}

// swallowedKey30 returns the end of a name's or an address's value that
// stopped at e, on a '=': before ",key" when a comma with no space joins
// the value to the next pair's key ("…, Lisboa,otp=…"); else e.
func swallowedKey30(s string, k, e int) int {
	p := e
	for p > k && e-p <= 40 && (isAlnum(s[p-1]) || s[p-1] == '_' || s[p-1] == '.' || s[p-1] == '-') {
		p--
	}
	if p == e || p <= k+1 || s[p-1] != ',' || !isAlpha(s[p]) {
		return e
	}
	return p - 1
}
