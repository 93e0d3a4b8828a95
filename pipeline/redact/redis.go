package redact

import "strings"

// Redis commands as MONITOR, slow logs and client traces print them put a
// hash's fields and their values side by side, each quoted:
//
//	1764940064.069209 [0 10.0.0.7:51234] "HSET" "checkout:42" "phone" "…" "recipient" "…"
//
// HSET, HMSET and HSETNX take field/value pairs after the key, XADD after
// the stream's options and entry id, MSET and MSETNX key/value pairs. A
// value is read as its field names it, as a table's cell under its header.

// redisPairCommands are the commands whose arguments pair a name with a
// value, and the index of the first name.
var redisPairCommands = map[string]int{"HSET": 2, "HMSET": 2, "HSETNX": 2, "MSET": 1, "MSETNX": 1, "XADD": -1}

// mayHoldRedisCommand reports text with quoted arguments one space apart
// and a command of those.
func mayHoldRedisCommand(s string) bool {
	if !strings.Contains(s, `" "`) {
		return false
	}
	return strings.Contains(s, `SET" "`) || strings.Contains(s, `XADD" "`) || strings.Contains(s, `set" "`) || strings.Contains(s, `xadd" "`)
}

// redisSpans returns the values of the pairs in the quoted Redis commands
// of s.
func redisSpans(s string) []span {
	var out []span
	var args [][2]int
	for p := 0; p < len(s); {
		q := strings.IndexByte(s[p:], '"')
		if q < 0 {
			break
		}
		a := p + q + 1
		e := redisQuoted(s, a)
		if e < 0 {
			break
		}
		first, ok := redisPairCommands[strings.ToUpper(s[a:e])]
		if !ok || e-a > 6 || e+2 >= len(s) || s[e+1] != ' ' || s[e+2] != '"' {
			p = e + 1
			continue
		}
		var k int
		args, k = redisArgs(s, e+2, args[:0])
		if first < 0 { // XADD stream [NOMKSTREAM] [MAXLEN|MINID [=|~] n [LIMIT n]] id field value…
			first = xaddFirstField(s, args)
		}
		for f := first - 1; f >= 0 && f+1 < len(args); f += 2 {
			name := s[args[f][0]:args[f][1]]
			if !pairName(name) {
				continue
			}
			cls := pairClass(name)
			va, vb := args[f+1][0], args[f+1][1]
			if cls == keyNone {
				if roleCell19(name, s[va:vb]) {
					out = append(out, span{start: va, end: vb, kind: KindName}) // "author" "Given Family" (keys19_parties.go)
				}
				continue
			}
			if kind, ok := cellKind(cls, s[va:vb]); ok {
				out = append(out, span{start: va, end: vb, kind: kind})
			}
		}
		p = k
	}
	return out
}

// redisQuoted returns the index of the quote that closes a quoted argument
// starting at a (after its opening quote), or -1; MONITOR escapes quotes
// and backslashes inside with a backslash.
func redisQuoted(s string, a int) int {
	for i := a; i < len(s) && i-a < 4096; i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i
		case '\n':
			return -1
		}
	}
	return -1
}

// xaddFirstField is the position, counted as redisPairCommands counts it
// (the command is 0), of XADD's first field name.
func xaddFirstField(s string, args [][2]int) int {
	k := 1 // after the stream's name
	for k < len(args) {
		switch strings.ToUpper(s[args[k][0]:args[k][1]]) {
		case "NOMKSTREAM":
			k++
			continue
		case "MAXLEN", "MINID":
			k += 2
			if k-1 < len(args) {
				if t := s[args[k-1][0]:args[k-1][1]]; t == "=" || t == "~" {
					k++
				}
			}
			continue
		case "LIMIT":
			k += 2
			continue
		}
		break
	}
	return k + 2 // the entry id, then the first field
}

// redisArgs appends to args the bounds of a command's arguments that
// start at k: quoted, one space apart, to the line's end; it returns them
// and where the reading stopped.
func redisArgs(s string, k int, args [][2]int) ([][2]int, int) {
	for k < len(s) && s[k] == '"' {
		ve := redisQuoted(s, k+1)
		if ve < 0 {
			break
		}
		args = append(args, [2]int{k + 1, ve})
		k = ve + 1
		if k+1 < len(s) && s[k] == ' ' && s[k+1] == '"' {
			k++
			continue
		}
		break
	}
	return args, k
}
