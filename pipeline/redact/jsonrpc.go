package redact

import "strings"

// Odoo's external API takes its password positionally: JSON-RPC
// {"service":"object","method":"execute_kw","args":[db, uid, password,
// model, method, …]}, the "common" service's login and authenticate
// ([db, login, password, …]), and XML-RPC's execute_kw(db, uid, password,
// …) as Python logs the call. The password (or an API key standing in for
// it) is the third argument, whatever its shape, and has no key of its own.

// mayHoldRPCPassword is rpcPasswordSpans's cheap test.
func mayHoldRPCPassword(s string, sig uint32, tp *textPairs) bool {
	return sig&(sigLBrack|sigLParen) != 0 && (tp.containsAt("execute", 1) ||
		tp.containsAt("authenticate", 1) || tp.containsAt("common", 2))
}

// rpcPasswordSpans returns the password arguments of the calls in s.
func rpcPasswordSpans(s string) []span {
	var out []span
	// login and authenticate belong to the "common" service
	common := strings.Contains(s, `"common"`) || strings.Contains(s, `\"common\"`) || strings.Contains(s, `'common'`)
	for off := 0; off < len(s); {
		m, name := nextRPCMethod(s, off, common)
		if m < 0 {
			break
		}
		off = m + len(name)
		lst := rpcArgList(s, off)
		if lst < 0 {
			continue
		}
		var items [3][2]int
		n := listItems(s, lst, items[:])
		if n < 3 {
			continue
		}
		a, b := items[2][0], items[2][1]
		if b-a < 4 || b-a > 512 || s[a-1] != '"' && s[a-1] != '\'' || isMarkerAt(s, a) || strings.ContainsAny(s[a:b], " \n") {
			continue // a quoted token: not a variable's name, not a marker (redacted before)
		}
		out = append(out, span{start: a, end: b, kind: KindCredential})
		off = b
	}
	return out
}

// nextRPCMethod finds the next method name at or after off whose third
// argument is a password: "execute_kw" wherever it stands, "execute" of
// the "object" service, "login" and "authenticate" of the "common" one
// (written as a quoted string, not inside a longer word).
func nextRPCMethod(s string, off int, common bool) (int, string) {
	for off < len(s) {
		i := strings.Index(s[off:], "execute")
		j := -1
		if common {
			j = indexQuotedWord(s[off:], "login", "authenticate")
		}
		if i < 0 && j < 0 {
			return -1, ""
		}
		if j >= 0 && (i < 0 || j < i) {
			p := off + j
			name := "login"
			if strings.HasPrefix(s[p:], "authenticate") {
				name = "authenticate"
			}
			return p, name
		}
		p := off + i
		off = p + 7
		if p > 0 && (isAlnum(s[p-1]) || s[p-1] == '_') {
			continue // "pre_execute", "reexecute"
		}
		if strings.HasPrefix(s[p:], "execute_kw") && (p+10 == len(s) || !isAlnum(s[p+10]) && s[p+10] != '_') {
			return p, "execute_kw"
		}
		if p+7 < len(s) && (isAlnum(s[p+7]) || s[p+7] == '_') {
			continue // "executed", "execute_query"
		}
		if strings.Contains(s, `"object"`) || strings.Contains(s, `\"object\"`) || strings.Contains(s, `'object'`) {
			return p, "execute"
		}
	}
	return -1, ""
}

// indexQuotedWord returns where the first of words stands quoted in s
// ("\"login\"", "'authenticate'", escaped quotes too), or -1.
func indexQuotedWord(s string, words ...string) int {
	best := -1
	for _, w := range words {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], w)
			if i < 0 {
				break
			}
			p := off + i
			off = p + len(w)
			if p > 0 && (s[p-1] == '"' || s[p-1] == '\'') && off < len(s) && (s[off] == '"' || s[off] == '\'' || s[off] == '\\') {
				if best < 0 || p < best {
					best = p
				}
				break
			}
		}
	}
	return best
}

// rpcArgList returns where the argument list of the method named just
// before k opens (after its '['), or -1: `(` right after the name
// (XML-RPC as Python writes it, "execute_kw(", "execute_kw('db', …"), or
// the first "args" member within a short reach and its '['.
func rpcArgList(s string, k int) int {
	if k < len(s) && s[k] == '(' {
		return k + 1
	}
	lim := min(len(s), k+200)
	a := strings.Index(s[k:lim], "args")
	if a < 0 {
		return -1
	}
	p := k + a + 4
	for p < lim && (s[p] == '"' || s[p] == '\'' || s[p] == '\\' || s[p] == ':' || s[p] == ' ' || s[p] == '=') {
		p++
	}
	if p < lim && (s[p] == '[' || s[p] == '(') {
		return p + 1
	}
	return -1
}

// listItems reads up to len(items) items of a list from p (just after its
// opening bracket): quoted strings ("…", '…', \"…\") give their content,
// anything else its text up to ',' or the closing bracket. It returns how
// many it read; a nested list or object ends the reading.
func listItems(s string, p int, items [][2]int) int {
	n := 0
	for n < len(items) && p < len(s) {
		for p < len(s) && (s[p] == ' ' || s[p] == '\n') {
			p++
		}
		if p >= len(s) || s[p] == ']' || s[p] == ')' || s[p] == '[' || s[p] == '{' {
			return n
		}
		q := p
		for q < len(s) && q-p < 4 && s[q] == '\\' {
			q++
		}
		if q < len(s) && (s[q] == '"' || s[q] == '\'') {
			open := s[p : q+1] // the quote and the backslashes before it
			st := q + 1
			e := strings.Index(s[st:min(len(s), st+600)], open)
			if e < 0 {
				return n
			}
			items[n] = [2]int{st, st + e}
			p = st + e + len(open)
		} else {
			e := p
			for e < len(s) && s[e] != ',' && s[e] != ']' && s[e] != ')' {
				e++
			}
			items[n] = [2]int{p, e}
			p = e
		}
		n++
		for p < len(s) && s[p] == ' ' {
			p++
		}
		if p >= len(s) || s[p] != ',' {
			return n
		}
		p++
	}
	return n
}
