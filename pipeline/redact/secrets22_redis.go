package redact

import "strings"

// Passwords among Redis commands' quoted arguments. MONITOR, slow logs and
// client traces quote every argument, and some commands carry a password:
//
//	1762925451.496716 [0 10.0.0.7:44336] "AUTH" "C7sUjS3nypTIfMDpKl8RvI5ih"
//	"AUTH" "default" "…"  ·  "HELLO" "3" "AUTH" "app" "…"  ·  "CONFIG" "SET" "requirepass" "…"
//	"MIGRATE" "…" "AUTH" "…"  ·  "MIGRATE" … "AUTH2" "user" "…"  ·  "ACL" "SETUSER" "app" "on" ">…"
//
// redisAuthSpans22 returns AUTH's last argument (its password; the user
// name before it when there are two), HELLO's and MIGRATE's argument after
// AUTH (after AUTH2's user), CONFIG SET's value of requirepass and
// masterauth, and ACL SETUSER's ">password" rules (without the '>'; a
// "#…" rule is a hash and is kept).

// mayHoldRedisAuth22 is redisAuthSpans22's cheap test: quoted arguments
// one space apart and a command of those.
func mayHoldRedisAuth22(tp *textPairs) bool {
	if !tp.contains(`" "`) {
		return false
	}
	return tp.contains("UTH") || tp.contains("uth") || tp.contains("pass") || tp.contains("PASS") || tp.contains(`">`)
}

// redisAuthSpans22 returns the passwords of s's quoted Redis commands.
func redisAuthSpans22(s string) []span {
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
		cmd := s[a:e]
		if !(strings.EqualFold(cmd, "AUTH") || strings.EqualFold(cmd, "HELLO") || strings.EqualFold(cmd, "CONFIG") ||
			strings.EqualFold(cmd, "MIGRATE") || strings.EqualFold(cmd, "ACL")) || e+2 >= len(s) || s[e+1] != ' ' || s[e+2] != '"' {
			p = e + 1
			continue
		}
		var k int
		args, k = redisArgs(s, e+2, args[:0])
		arg := func(i int) string { return s[args[i][0]:args[i][1]] }
		take := func(i int) {
			if i < len(args) && args[i][1] > args[i][0] && !strings.HasPrefix(arg(i), "[REDACTED:") {
				out = append(out, span{start: args[i][0], end: args[i][1], kind: KindCredential})
			}
		}
		switch strings.ToUpper(cmd) {
		case "AUTH":
			if n := len(args); n == 1 || n == 2 {
				take(n - 1)
			}
		case "HELLO", "MIGRATE":
			for i := 0; i < len(args); i++ {
				switch strings.ToUpper(arg(i)) {
				case "AUTH":
					if strings.EqualFold(cmd, "HELLO") {
						take(i + 2) // HELLO protover AUTH username password
					} else {
						take(i + 1) // MIGRATE … AUTH password
					}
				case "AUTH2":
					take(i + 2) // MIGRATE … AUTH2 username password
				}
			}
		case "CONFIG":
			if len(args) >= 3 && strings.EqualFold(arg(0), "SET") {
				for i := 1; i+1 < len(args); i += 2 {
					if n := strings.ToLower(arg(i)); n == "requirepass" || n == "masterauth" {
						take(i + 1)
					}
				}
			}
		case "ACL":
			if len(args) >= 3 && strings.EqualFold(arg(0), "SETUSER") {
				for i := 2; i < len(args); i++ {
					if v := arg(i); len(v) > 1 && v[0] == '>' {
						out = append(out, span{start: args[i][0] + 1, end: args[i][1], kind: KindCredential})
					}
				}
			}
		}
		p = max(k, e+1)
	}
	return out
}
