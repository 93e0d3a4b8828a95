package redact

import "strings"

// Keys whose word "tokens" counts them, a key that names a private key's
// id, and a value aligned far from its key in a printed environment.
//
// A language model's usage is logged in tokens: "total_tokens=6382",
// "prompt_tokens": 2646, "max_tokens=4096", "cache_read_input_tokens",
// "gen_ai.usage.input_tokens". The key ends in the plural "tokens" after a
// word that counts or measures them (total, prompt, completion, cached,
// input, output, max, num, used, limit…), or is "tokens" alone, and its
// value is a plain number: no secret. A secret under "token",
// "access_token", "refresh_tokens" or "tokens" holding a string (or a list
// of strings) is read as before.

// tokenCountBefore are the words that, right before "tokens", say the key
// counts them (the key normalised: lower case, no separators).
var tokenCountBefore = newTailSet([]string{"total", "prompt", "completion", "completions", "cached", "cache", "input",
	"output", "reasoning", "audio", "text", "image", "prediction", "max", "min", "num", "n", "used", "remaining", "limit",
	"billed", "billable", "generated", "new", "context", "response", "request", "query", "system", "tool", "thinking",
	"estimated", "consumed", "creation", "read", "write", "embedding", "chunk", "doc", "document", "prefill", "eval",
	"avg", "mean", "per", "batch", "candidates", "count", "sum"})

// tokenCountKey20 reports a normalised key that counts tokens: "tokens"
// alone or after a counting word ("totaltokens", "maxnewtokens").
func tokenCountKey20(k string) bool {
	if !strings.HasSuffix(k, "tokens") {
		return false
	}
	before := k[:len(k)-len("tokens")]
	return before == "" || endsWithAny(before, tokenCountBefore)
}

// plainCount20 reports a plain count: 1 to 9 ASCII digits.
func plainCount20(v string) bool {
	if len(v) == 0 || len(v) > 9 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// tokenCountAt20 returns the end of a plain count at k in s (quoted or
// not, the quote escaped or not), or 0: digits that end there, not a
// longer token ("4096", "\"512\"", not "4096abc", "12.5e3").
func tokenCountAt20(s string, k int) int {
	p := k
	for p < len(s) && (s[p] == '\\' || s[p] == '"' || s[p] == '\'') && p-k < 8 {
		p++
	}
	e := p
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e == p || e-p > 9 {
		return 0
	}
	if e < len(s) && (isWord(s[e]) || s[e] == '-' || s[e] == '_' || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
		return 0
	}
	return e
}

// tokenCountField20 reports an event field that counts tokens
// ("gen_ai.usage.input_tokens": 3231): its last segment's key counts them
// and its value is a plain count.
func tokenCountField20(path, val string) bool {
	if !plainCount20(val) {
		return false
	}
	seg := path[strings.LastIndexByte(path, '.')+1:]
	var buf [48]byte
	if len(seg) > len(buf) {
		return false
	}
	nk := buf[:0]
	for i := 0; i < len(seg); i++ {
		c := seg[i]
		switch {
		case c == '_' || c == '-':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		nk = append(nk, c)
	}
	return tokenCountKey20(bytesToString(nk))
}

// privateKeyIDKey20 reports a key that names a private key's id (a Google
// service account's "private_key_id"): it tells which of the account's
// keys signs, and secret scanners treat it with the key it names. A
// "public_key_id" or a bare "key_id" stays an id.
func privateKeyIDKey20(k string) bool {
	return strings.HasSuffix(k, "privatekeyid")
}

// alignedValue20 returns where the value starts when a secret's key that
// opens its line is followed by a column of spaces, as "kubectl describe"
// prints a container's environment ("  ELASTIC_API_KEY:        RjQ5…"), or
// 0. ks is where the key starts and k is the first space after its colon;
// the value runs to the end of its line. A placeholder ("<set to the key
// 'password' in secret 'db-creds'>", "<none>") is no value.
func alignedValue20(s string, ks, k int) int {
	if k >= len(s) || s[k] != ' ' || !lineOpensAt20(s, ks) {
		return 0
	}
	p := k
	for p < len(s) && s[p] == ' ' && p-k <= 48 {
		p++
	}
	if p >= len(s) || p-k > 48 || s[p] == '<' || s[p] == '\n' || s[p] == '\r' || s[p] == '\\' && p+1 < len(s) && s[p+1] == 'n' {
		return 0
	}
	return p
}

// lineOpensAt20 reports a key at ks that opens its line (after an indent):
// the text's start, a line break, or a line break escaped in JSON ("\n").
func lineOpensAt20(s string, ks int) bool {
	p := ks
	for p > 0 && ks-p < 16 && (s[p-1] == ' ' || s[p-1] == '\t') {
		p--
	}
	return p == 0 || s[p-1] == '\n' || p >= 2 && s[p-1] == 'n' && s[p-2] == '\\'
}
