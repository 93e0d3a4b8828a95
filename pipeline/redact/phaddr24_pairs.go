package redact

// Eight-digit national numbers written in dotted pairs (Denmark, Norway:
// "71.21.37.21") share an IPv4 address's shape when every pair is below
// 256. As the value of a phone's key ("phone: \"…\"", "Phone:\"…\"",
// "'phone': '…'", "phone=…") they are the number: a phone key does not
// hold a host's address. Exactly four groups of two digits each, right
// after the key's colon, equals sign or quote, are read so; after a phone
// word in prose ("SIP call from 10.20.30.40") and in any other shape
// (10.42.149.28) a dotted quad stays an address.

// dottedPairsPhone24 reports four dot-separated groups of exactly two
// digits, ch being the chunks of one group in s, written as a key's value.
func dottedPairsPhone24(s string, ch []chunk) bool {
	if len(ch) != 4 || !keyValueBefore24(s, ch[0].start) {
		return false
	}
	for k := 0; k < 4; k++ {
		if ch[k].end-ch[k].start != 2 || ch[k].paren || k < 3 && ch[k].sep != '.' {
			return false
		}
	}
	return true
}

// keyValueBefore24 reports a value starting at p right after a key's
// colon, equals sign or opening quote (a space after ':' or '=' too).
func keyValueBefore24(s string, p int) bool {
	if p > 1 && s[p-1] == ' ' && (s[p-2] == ':' || s[p-2] == '=') {
		return true
	}
	return p > 0 && (s[p-1] == ':' || s[p-1] == '=' || s[p-1] == '"' || s[p-1] == '\'')
}
