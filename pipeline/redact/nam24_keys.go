package redact

import "strings"

// Two ways of printing a key and its value that the key readers do not
// take apart:
//
//   - HCL with a quoted key, as Terraform plans a map's change: `~ "owner"
//     = "Given Family" -> "Given Family"`, `+ "contact" = "…"`, the old
//     and the new value both under the key; a person's key (a name key
//     or a role key: owner, contact, requester…) with a value shaped like
//     a person's name (roleName) is a name on either side of the arrow;
//   - a C debugger's char pointer, printed as its address and the string
//     it points to: gdb's `name = 0x5581c2a0 "FAMILY, Given"`, read as
//     `name = "FAMILY, Given"`.

// mayHoldQuotedKeys24 is the cheap test before quotedKeySpans24.
func mayHoldQuotedKeys24(sig uint32, tp *textPairs) bool {
	return sig&sigQuote != 0 && sig&sigEq != 0 && (tp.contains(`= "`) && tp.contains(`" `) || tp.contains(` = 0x`))
}

// quotedKeySpans24 returns the names under quoted HCL keys and behind gdb's
// pointers in s.
func quotedKeySpans24(s string, have []span) []span {
	var out []span
	for i := 0; ; {
		k := strings.Index(s[i:], `= "`)
		if k < 0 {
			break
		}
		k += i
		i = k + 3
		if ks, ke, ok := hclQuotedKey24(s, k); ok && personKey24(s[ks:ke]) {
			vs := k + 3
			ve := closeQuote24(s, vs)
			if ve < 0 {
				continue
			}
			out = keyedName24(s, vs, ve, have, out)
			// the new value after Terraform's arrow
			if p := ve + 1; strings.HasPrefix(s[p:], ` -> "`) {
				ns := p + 5
				if ne := closeQuote24(s, ns); ne > 0 {
					out = keyedName24(s, ns, ne, have, out)
					i = ne + 1
				}
			}
		}
	}
	for i := 0; ; {
		k := strings.Index(s[i:], ` = 0x`)
		if k < 0 {
			break
		}
		k += i
		i = k + 5
		ks := k
		for ks > 0 && (isAlnum(s[ks-1]) || s[ks-1] == '_') {
			ks--
		}
		if ks == k || !personKey24(s[ks:k]) {
			continue
		}
		p := k + 5
		for p < len(s) && p-k < 24 && (isDigit(s[p]) || s[p]|0x20 >= 'a' && s[p]|0x20 <= 'f') {
			p++
		}
		if !strings.HasPrefix(s[p:], ` "`) {
			continue
		}
		vs := p + 2
		if ve := closeQuote24(s, vs); ve > 0 {
			out = keyedName24(s, vs, ve, have, out)
		}
	}
	return out
}

// hclQuotedKey24 returns the quoted key before the '=' at k, when it opens
// its line (after indentation and a plan's change sign) or follows an
// inline map's '{' or ','.
func hclQuotedKey24(s string, k int) (ks, ke int, ok bool) {
	p := k
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p == 0 || s[p-1] != '"' {
		return 0, 0, false
	}
	ke = p - 1
	ks = ke
	for ks > 0 && s[ks-1] != '"' && s[ks-1] != '\n' && ke-ks < 48 {
		ks--
	}
	if ks == 0 || s[ks-1] != '"' || ks == ke {
		return 0, 0, false
	}
	q := ks - 1
	for q > 0 && s[q-1] == ' ' {
		q--
	}
	if q > 0 && (s[q-1] == '~' || s[q-1] == '+' || s[q-1] == '-') {
		q--
		for q > 0 && s[q-1] == ' ' {
			q--
		}
	}
	if q == 0 || s[q-1] == '\n' || s[q-1] == '{' || s[q-1] == ',' {
		return ks, ke, true
	}
	return 0, 0, false
}

// closeQuote24 returns the closing '"' of the string that starts at vs on
// its line, or -1.
func closeQuote24(s string, vs int) int {
	for e := vs; e < len(s) && e-vs < 200; e++ {
		switch s[e] {
		case '\\':
			e++
		case '"':
			return e
		case '\n':
			return -1
		}
	}
	return -1
}

// personKey24 reports a key that names a person: a name key or a role key.
func personKey24(key string) bool {
	var buf [48]byte
	nk := buf[:0]
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case c == '_' || c == '-' || c == '.' || c == ' ':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if len(nk) == cap(nk) {
			return false
		}
		nk = append(nk, c)
	}
	if len(nk) == 0 {
		return false
	}
	return keyClass(nk) == keyName || roleKey(nk)
}

// keyedName24 appends [vs, ve) as a name when it reads as a person's.
func keyedName24(s string, vs, ve int, have, out []span) []span {
	if ve-vs < 2 || overlapsAny(have, vs, ve) || markerKind24(s[vs:ve]) != "" {
		return out
	}
	if personValue24(s, vs, ve) {
		out = append(out, span{start: vs, end: ve, kind: KindName})
	}
	return out
}
