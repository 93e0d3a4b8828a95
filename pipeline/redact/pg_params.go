package redact

import "strings"

// PostgreSQL logs the values bound to a prepared statement on a line of
// their own, often without the statement (log_min_error_statement logs it
// elsewhere, or not at all):
//
//	DETAIL:  parameters: $1 = '…', $2 = '…', $3 = NULL
//
// Nothing names the columns there. pgParamSpans reads the list as the
// positional arguments of names_args.go are read: when the list holds
// other PII of the same row (found already), an item shaped like a
// person's name is a name (argName), and an item shaped like a random key
// is a credential (pgParamSecret). A list without other PII keeps its
// items; a line that holds the statement too is read by its columns
// (bindSpans) instead.

const pgParams = "parameters: $"

// mayHoldPGParams is the cheap gate.
func mayHoldPGParams(s string, sig uint32) bool {
	return sig&sigDollar != 0 && sig&sigApos != 0 && strings.Contains(s, pgParams)
}

func pgParamSpans(s string, have []span) []span {
	if sqlStatement(s) {
		return nil
	}
	var out []span
	var items []argItem
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], pgParams)
		if i < 0 {
			break
		}
		p := off + i + len(pgParams) - 1
		items = items[:0]
		for len(items) < 64 && p+1 < len(s) && s[p] == '$' && isDigit(s[p+1]) {
			q := p + 1
			for q < len(s) && isDigit(s[q]) {
				q++
			}
			if !strings.HasPrefix(s[q:], " = ") {
				break
			}
			q += 3
			if q < len(s) && s[q] == '\'' {
				e := quoted(s, q+1, '\'')
				if e >= len(s) {
					break
				}
				items = append(items, argItem{q + 1, e})
				q = e + 1
			} else {
				for q < len(s) && s[q] != ',' && s[q] != '\n' {
					q++ // NULL, a number
				}
			}
			if !strings.HasPrefix(s[q:], ", $") {
				p = q
				break
			}
			p = q + 2
		}
		off = max(p, off+i+len(pgParams))
		if len(items) < 2 || !listHoldsPII(s, items, have) {
			continue
		}
		out = argNames(s, items, have, out)
		for _, it := range items {
			if v := s[it.a:it.b]; !overlaps(have, it.a, it.b) && !overlaps(out, it.a, it.b) && (pgParamSecret(v) || boundPassword(v)) { // boundPassword: creds14_binds.go
				out = append(out, span{start: it.a, end: it.b, kind: KindCredential})
			}
		}
	}
	sortByStart(out)
	return out
}

// pgParamSecret reports a bound value shaped like a random key: 32 to 128
// hex digits, base64 of 24 bytes or more with its own symbols or padding,
// an RFC 4648 base32 seed of 24 bytes or more (capitals for half of it or
// more and 2–7, as TOTP seeds are written; 16 is a payment reference's
// length too), or letters of both cases with digits. Order codes and
// UUIDs are no secrets.
func pgParamSecret(v string) bool {
	n := len(v)
	if n < 16 || n > 200 || uuidShaped(v) || orderCodeShaped(v) {
		return false
	}
	var hex, up, lo, dg, b32digit, sym, other int
	for i := 0; i < n; i++ {
		c := v[i]
		switch {
		case isDigit(c):
			dg++
			if c >= '2' && c <= '7' {
				b32digit++
			}
			hex++
		case c >= 'a' && c <= 'f':
			lo++
			hex++
		case c >= 'g' && c <= 'z':
			lo++
		case isUpper(c):
			up++
		case c == '+' || c == '/' || c == '=' && i >= n-2:
			sym++
		default:
			other++
		}
	}
	switch {
	case other > 0:
		return false
	case hex == n && n >= 32 && dg > 0 && lo > 0:
		return true // a hex key
	case up+lo+dg+sym == n && sym > 0 && n >= 24 && up > 0 && lo > 0:
		return true // base64
	case n >= 24 && lo == 0 && sym == 0 && up+b32digit == n && 2*up >= n && dg > 0:
		return true // base32
	}
	return sym == 0 && n >= 20 && up > 0 && lo > 0 && dg > 0 && mixedToken(v)
}
