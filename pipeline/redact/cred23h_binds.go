package redact

import "strings"

// Bound values of a statement that names a secret column. A driver's log
// numbers its bound values, and bindSpans gives each the kind of the
// column its number stands for; but the numbers do not always meet the
// column list: a statement's list may hold a column bound to a literal or
// a default, an ORM logs only the parameters it binds, a layer above the
// driver numbers from 0. So when the statement's column list names a
// secret (password, senha, sftppwd, signing_key…), a bound value that its
// own column does not explain (it is no value of that column's kind) is
// taken when it is shaped as a secret: a password a person chose
// (boundPassword: "Bolacha.27DE", "chocolat-dragon-729"), a random key
// (secretShaped), or a key in hex of 32 characters or more — hex only when
// its own column names no id, hash or digest (a trace id, a file's
// checksum).

// secretColumns23 caches whether a statement names a secret column:
// 0 not known yet, 1 yes, 2 no.
type secretColumns23 int8

func (sc23 *secretColumns23) named(st statement) bool {
	if *sc23 == 0 {
		*sc23 = 2
		for _, c := range st.insertColumns() {
			if k, _ := columnKind(c); k == KindCredential {
				*sc23 = 1
				break
			}
		}
	}
	return *sc23 == 1
}

// secretColumnBound23 reports a bound value n, left by its own column,
// that a statement naming a secret column holds in a secret's shape.
func secretColumnBound23(st statement, n int, v string, cache *secretColumns23) bool {
	if len(v) < 8 || len(v) > 160 || strings.ContainsAny(v, " []") || coordinate(v) || !cache.named(st) {
		return false
	}
	if boundPassword(v) || secretShaped(v) || base32Seed(v) { // (a TOTP seed: cred27_shapes.go)
		return true
	}
	if !hexKey23(v) {
		return false
	}
	cols := st.insertColumns()
	return n < 1 || n > len(cols) || !idColumn23(cols[n-1])
}

// hexKey23 reports 32 to 128 hex characters with letters and digits both.
func hexKey23(v string) bool {
	if len(v) < 32 || len(v) > 128 {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digits++
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
			letters++
		default:
			return false
		}
	}
	return letters > 0 && digits > 0
}

// idColumn23 reports a column whose name has a part naming an id, a hash
// or a digest ("trace_id", "file_sha256", "content_hash", "etag").
func idColumn23(c string) bool {
	c = strings.ToLower(c)
	for _, p := range strings.FieldsFunc(c, func(r rune) bool { return r == '_' || r == '-' || r == '.' }) {
		switch p {
		case "id", "uuid", "guid", "hash", "digest", "checksum", "sha", "sha1", "sha256", "md5", "etag", "trace", "span", "ref", "fingerprint", "nonce", "commit":
			return true
		}
		if strings.HasSuffix(p, "id") && len(p) > 2 && p != "paid" && p != "valid" || strings.HasSuffix(p, "hash") {
			return true // "traceid", "requestid", "filehash"
		}
	}
	return false
}
