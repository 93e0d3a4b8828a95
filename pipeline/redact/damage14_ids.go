package redact

import "strings"

// Numeric ids under a party's key. A run of 8–13 digits in one piece with
// no '+' is read as a mobile written with its country code ("7 939 …",
// "33 7 …", "1 982 …") or a Chinese mobile by its digits alone; as the
// whole value of a key that names a party of the order — customer=…,
// buyer:…, "member":"…", Redis's HSET buyer:… — it is that party's id: a
// person's key holds a name, and a phone is logged under a phone's key or
// with its '+'. Numbers with a '+', a trunk 0 or separators are still read
// as phones there ("customer=+7 925 …", "buyer: 0812-3456-7890").

// partyKeys are keys naming a party whose record has an id, lower case.
var partyKeys = setOf("customer", "buyer", "user", "member", "account", "client", "seller", "merchant", "shop",
	"store", "vendor", "cust", "subscriber", "player", "cliente", "kunde", "klant", "pelanggan", "khachhang")

// partyIDAt reports whether the digits at i, after '=' or ':', are the
// whole value of a party's key and shaped as an id: 8–13 digits in one
// piece, not starting with 0.
func partyIDAt(s string, i int) bool {
	if i < 3 || s[i] == '0' {
		return false
	}
	e := i
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-i < 8 || e-i > 13 || e < len(s) && (isAlpha(s[e]) || s[e] == '-' || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1]) || s[e] == ' ' && e+1 < len(s) && isDigit(s[e+1])) {
		return false // glued to more of a value, or the first group of a spaced number
	}
	k := i - 1 // at '=' or ':'
	if s[k] != '=' && s[k] != ':' {
		if s[k] != '"' || k < 2 || s[k-1] != ':' && s[k-1] != ' ' {
			return false
		}
		for k > 0 && s[k] != ':' && i-k < 3 {
			k-- // "customer":"1982…", "customer": "1982…"
		}
		if s[k] != ':' {
			return false
		}
		if k > 0 && s[k-1] == '"' {
			k--
		}
	}
	a := k
	for a > 0 && k-a < 16 && (isAlpha(s[a-1]) || s[a-1] == '_') {
		a--
	}
	if a == k || a > 0 && (isDigit(s[a-1]) || s[a-1] == '-') {
		return false
	}
	var buf [16]byte
	return partyKeys[string(lower(buf[:0], s[a:k]))]
}

// recordKeyAt reports a fixed-width record's first field: digits in one
// piece at the start of a line, padded by three spaces or more, in a line
// of padded columns that holds a phone number of its own (digits grouped
// by spaces, dashes or brackets). The record's key is its id; the phone is
// the other column ("13674829543         NAME   No. 185, …   019-183 0320").
func recordKeyAt(s string, i int) bool {
	if i > 0 && s[i-1] != '\n' || s[i] == '0' {
		return false
	}
	e := i
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-i < 8 || e-i > 13 || e+3 > len(s) || s[e] != ' ' || s[e+1] != ' ' || s[e+2] != ' ' {
		return false
	}
	end := len(s)
	if nl := indexByteFrom(s, e, '\n'); nl >= 0 {
		end = nl
	}
	line := s[e:end]
	if len(line) > 400 || strings.Count(line, "  ") < 3 {
		return false // not a padded record
	}
	return groupedPhoneIn(line)
}

// groupedPhoneIn reports seven digits or more grouped by single spaces,
// dashes or brackets, at least one separator among them; an ISO date
// (2026-06-02) is no phone.
func groupedPhoneIn(t string) bool {
	digits, seps, st := 0, 0, -1
	for k := 0; k <= len(t); k++ {
		if k < len(t) {
			c := t[k]
			switch {
			case isDigit(c):
				if digits == 0 {
					st = k
				}
				digits++
				continue
			case digits > 0 && (c == ' ' || c == '-' || c == ')') && k+1 < len(t) && (isDigit(t[k+1]) || t[k+1] == ' ' && c == ')'):
				seps++
				continue
			case c == '(' && k+1 < len(t) && isDigit(t[k+1]):
				continue
			}
		}
		if digits >= 7 && seps > 0 && !(k-st == 10 && t[st+4] == '-' && t[st+7] == '-') {
			return true
		}
		digits, seps = 0, 0
	}
	return false
}

func indexByteFrom(s string, from int, c byte) int {
	if k := strings.IndexByte(s[from:], c); k >= 0 {
		return from + k
	}
	return -1
}
