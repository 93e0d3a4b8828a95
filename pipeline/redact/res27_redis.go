package redact

import "strings"

// A Redis command as redis-cli prints an array reply (SLOWLOG GET, a
// MULTI's queued commands): one argument a line, each numbered at the
// same column,
//
//	4) 1) "HSET"
//	   2) "addr:…"
//	   3) "line1"
//	   4) "…"
//
// read as redis.go reads the command on one line: a value as its field
// names it (HSET, HMSET, HSETNX, MSET, MSETNX).

// mayHoldRedisReplyR27 is the cheap test before redisReplySpansR27.
func mayHoldRedisReplyR27(sig uint32, tp *textPairs) bool {
	return sig&sigNL != 0 && sig&sigQuote != 0 && (tp.contains(`1) "HSET"`) || tp.contains(`1) "HMSET"`) ||
		tp.contains(`1) "MSET"`) || tp.contains(`1) "hset"`) || tp.contains(`1) "HSETNX"`))
}

// redisReplySpansR27 returns the values of the pairs of the commands
// printed one argument a line in s.
func redisReplySpansR27(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		k := strings.Index(s[off:], `1) "`)
		if k < 0 {
			break
		}
		k += off
		off = k + 4
		a := k + 4
		e := redisQuoted(s, a)
		if e < 0 || e-a > 6 {
			continue
		}
		first, ok := redisPairCommands[strings.ToUpper(s[a:e])]
		if !ok || first < 0 || e+1 < len(s) && s[e+1] != '\n' {
			continue
		}
		ls := strings.LastIndexByte(s[:k], '\n') + 1
		col := k - ls
		args := [][2]int{{a, e}}
		p := e + 2
		for n := 2; p < len(s) && n < 64; n++ {
			// the next line: spaces to col, then "n) \"…\""
			q := p
			for q < len(s) && q-p < col && s[q] == ' ' {
				q++
			}
			if q-p != col {
				break
			}
			num := itoaR27(n)
			if !strings.HasPrefix(s[q:], num+`) "`) {
				break
			}
			va := q + len(num) + 3
			ve := redisQuoted(s, va)
			if ve < 0 {
				break
			}
			args = append(args, [2]int{va, ve})
			p = ve + 1
			if p < len(s) && s[p] == '\n' {
				p++
			} else {
				break
			}
		}
		for f := first; f+1 < len(args); f += 2 {
			name := s[args[f][0]:args[f][1]]
			if !pairName(name) {
				continue
			}
			cls := pairClass(name)
			va, vb := args[f+1][0], args[f+1][1]
			if cls == keyNone {
				continue
			}
			if kind, ok := cellKind(cls, s[va:vb]); ok {
				out = append(out, span{start: va, end: vb, kind: kind})
			}
		}
		off = p
	}
	return out
}

// itoaR27 writes a small number in decimal.
func itoaR27(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoaR27(n/10) + string(rune('0'+n%10))
}
