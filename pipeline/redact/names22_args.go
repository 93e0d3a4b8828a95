package redact

import (
	"net/url"
	"strings"
)

// Three more places where a name is printed by its position or by a key
// that only its last part names:
//
//   - a task's positional arguments printed by the queue's repr or inspect
//     (Celery's "args=('#SO-…', 'Given Family') kwargs={…}", RQ's and
//     Sidekiq's "args=[…]"): a quoted argument of the list itself shaped as
//     a person's name, when the list or the rest of its line holds other PII
//     of the buyer (a marker or a span);
//   - a URL query's parameter whose key's last dotted part names a person
//     ("ep.name=Given+Family" in a GA4 collect, "up.full_name=…",
//     "data.name=…"): read URL-decoded;
//   - an SQL insert printed with its bindings unquoted, as Laravel's
//     QueryException does ("(SQL: insert into `users` (`name`, `email`, …)
//     values (Given Family, [REDACTED:email], …))"): the value under a name
//     column, counted from the left up to the first column that may hold a
//     comma.

// mayHoldTaskArgs22 is the cheap test before taskArgSpans22.
func mayHoldTaskArgs22(evidence bool, tp *textPairs) bool {
	return evidence && (tp.contains("args=(") || tp.contains("args=["))
}

// taskArgSpans22 returns the names among a printed task's positional
// arguments: quoted items of the list itself (not a hash's or a dict's
// values inside it), when the list or the rest of its line holds PII.
func taskArgSpans22(s string, have []span, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "args=")
		if i < 0 {
			break
		}
		p := off + i + len("args=")
		off = p
		if p >= len(s) || s[p] != '(' && s[p] != '[' {
			continue
		}
		le := strings.IndexByte(s[p:min(len(s), p+600)], '\n')
		if le < 0 {
			le = min(len(s), p+600) - p
		}
		line := s[p : p+le]
		if !strings.Contains(line, "[REDACTED:") && !overlaps(have, p, p+le) {
			continue // no PII of the buyer beside the arguments
		}
		depth := 0
		prev := byte('(')
		for k := 1; k < len(line); k++ {
			c := line[k]
			switch c {
			case '(', '[', '{':
				depth++
			case ')', ']', '}':
				if depth == 0 {
					k = len(line)
					continue
				}
				depth--
			case '\'', '"':
				z := strings.IndexByte(line[k+1:], c)
				if z < 0 {
					k = len(line)
					continue
				}
				v := line[k+1 : k+1+z]
				n := k + 2 + z
				for n < len(line) && line[n] == ' ' {
					n++
				}
				if depth == 0 && (prev == '(' || prev == '[' || prev == ',') && (n >= len(line) || strings.IndexByte(",)]", line[n]) >= 0) && personValue22(unescapeU22(v)) {
					out = append(out, span{start: p + k + 1, end: p + k + 1 + z, kind: KindName})
				}
				k += z + 1
				prev = c
				continue
			case ' ':
				continue
			}
			prev = c
		}
	}
	return out
}

// mayHoldDottedNameKey22 is the cheap test before dottedNameKeySpans22.
func mayHoldDottedNameKey22(sig uint32, tp *textPairs) bool {
	return sig&sigEq != 0 && tp.contains("name=")
}

// dottedNameKeySpans22 returns the person's names under query keys whose
// last dotted part names one ("ep.name=Given+Family").
func dottedNameKeySpans22(s string, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "name=")
		if i < 0 {
			break
		}
		p := off + i
		off = p + len("name=")
		k := p
		for k > 0 && (isAlnum(s[k-1]) || s[k-1] == '_' || s[k-1] == '-' || s[k-1] == '.') {
			k--
		}
		key := s[k : p+4]
		d := strings.LastIndexByte(key, '.')
		if d <= 0 || d > 12 || k == 0 || s[k-1] != '&' && s[k-1] != '?' {
			continue // a dotted key of a URL's query
		}
		var buf [32]byte
		seg := key[d+1:]
		if len(seg) > len(buf) {
			continue
		}
		if nk := string(normKey(buf[:0], seg)); nk != "name" && keyClass([]byte(nk)) != keyName {
			continue
		}
		e := off
		for e < len(s) && s[e] != '&' && s[e] != ' ' && s[e] != '"' && s[e] != '\\' && s[e] != '#' {
			e++
		}
		if e == off {
			continue
		}
		v, err := url.QueryUnescape(s[off:e])
		if err != nil || !personValue22(strings.TrimSpace(v)) {
			continue
		}
		out = append(out, span{start: off, end: e, kind: KindName})
	}
	return out
}

// mayHoldInsertNames22 is the cheap test before insertNameSpans22.
func mayHoldInsertNames22(sig uint32, tp *textPairs) bool {
	return sig&sigLParen != 0 && tp.contains("(SQL: ") && (tp.contains("values (") || tp.contains("VALUES ("))
}

// insertNameSpans22 returns the names an insert with unquoted
// bindings holds under its name columns.
func insertNameSpans22(s string, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "(SQL: ")
		if i < 0 {
			break
		}
		p := off + i
		off = p + 6
		stmt := s[off:min(len(s), off+600)]
		v := strings.Index(stmt, "values (")
		if v < 0 {
			v = strings.Index(stmt, "VALUES (")
		}
		if v < 0 {
			continue
		}
		c := strings.LastIndexByte(stmt[:v], '(')
		ce := strings.LastIndexByte(stmt[:v], ')')
		if c < 0 || ce < c {
			continue
		}
		cols := strings.Split(stmt[c+1:ce], ",")
		vs := off + v + len("values (")
		ve := strings.Index(s[vs:min(len(s), vs+400)], "))")
		if ve < 0 {
			continue
		}
		items := strings.Split(s[vs:vs+ve], ", ")
		pos := vs
		for j, it := range items {
			if j >= len(cols) {
				break
			}
			col := strings.Trim(strings.TrimSpace(cols[j]), "`\"[]")
			var buf [40]byte
			if len(col) > len(buf) {
				break
			}
			cls := keyClass(normKey(buf[:0], col))
			if cls == keyAddress {
				break // an address holds commas: the columns after it are not counted
			}
			if cls == keyName && personValue22(strings.TrimSpace(it)) {
				out = append(out, span{start: pos, end: pos + len(it), kind: KindName})
			}
			pos += len(it) + 2
		}
	}
	return out
}
