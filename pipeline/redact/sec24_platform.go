package redact

import "strings"

// Secrets as the platform under a service prints them: session ids as the
// keys of a key-value store, a store's
// reply to a key that names a one-time code, the arguments of a job that
// sends a code, a Terraform plan's value of a secret-named resource, the
// value a GitHub Actions step asks the runner to mask, the literal value an
// admission policy quotes when it refuses it, and vendor key ids printed
// bare (Twilio's "SK…"). (Registry logins in CI consoles, "+ docker login
// -u ci-bot -p S3cret~x registry.example", are rows of cmdFlags21 in
// secrets21_flags.go.)
//
//	/shop/sessions/IDC9zwx3V5JB8e7xdx2x2Dmy
//	127.0.0.1:6379> GET otp:login:+15550100\n"9313"
//	Task shop.tasks.send_login_otp[…] received: args=('…', '640123')
//	+ resource "aws_ssm_parameter" "smtp_password" { … + value = "…"
//	::add-mask::npm_…
//	holds a literal credential (value "763faa54…")
//
// Each reader is gated by its own words (mayHoldPlatform24), so text
// without them costs one pass over its byte pairs.

// platform24 bits: which readers a text may feed.
const (
	plSessionPath24 = 1 << iota
	plStoreReply24
	plJobCode24
	plTFValue24
	plAddMask24
	plQuotedValue24
	plTwilioKey24
	plRecoveryArray24
	plEqualsValue24
)

// mayHoldPlatform24 is the readers' cheap test: each one's words.
func mayHoldPlatform24(s string, tp *textPairs) int {
	if len(s) < 16 {
		return 0
	}
	m := 0
	if tp.contains("sessions/") || tp.contains("tokens/") || tp.contains("session/") {
		m |= plSessionPath24
	}
	if (tp.contains("GET ") || tp.contains("get ")) && tp.contains("> ") {
		m |= plStoreReply24
	}
	if tp.contains("args") {
		m |= plJobCode24
	}
	if tp.contains("resource ") && tp.contains("value") {
		m |= plTFValue24
	}
	if tp.contains("::add-mask::") {
		m |= plAddMask24
	}
	if tp.contains("value") && (tp.contains("redential") || tp.contains("ecret") || tp.contains("assword") || tp.contains("oken")) {
		m |= plQuotedValue24
	}
	if tp.contains("SK") {
		m |= plTwilioKey24
	}
	if tp.contains("==") {
		m |= plEqualsValue24
	}
	if tp.contains("odes") && (tp.contains("ecover") || tp.contains("ackup")) {
		m |= plRecoveryArray24
	}
	return m
}

// platformSpans24 returns the secrets the readers chosen by m find in s.
func platformSpans24(s string, m int, spans []span) []span {
	var out []span
	if m&plSessionPath24 != 0 {
		out = append(out, sessionPathSpans24(s)...)
	}
	if m&plStoreReply24 != 0 {
		out = append(out, storeReplySpans24(s)...)
	}
	if m&plJobCode24 != 0 {
		out = append(out, jobCodeSpans24(s)...)
	}
	if m&plTFValue24 != 0 {
		out = append(out, tfSecretValueSpans24(s)...)
	}
	if m&plAddMask24 != 0 {
		out = append(out, addMaskSpans24(s)...)
	}
	if m&plQuotedValue24 != 0 {
		out = append(out, secretValueSpans24(s)...)
	}
	if m&plTwilioKey24 != 0 {
		out = append(out, twilioKeySpans24(s)...)
	}
	if m&plEqualsValue24 != 0 {
		out = append(out, equalsValueSpans24(s)...)
	}
	if m&plRecoveryArray24 != 0 {
		out = append(out, recoveryArraySpans24(s)...)
	}
	if len(out) > 1 {
		out = sortSpans(out)
	}
	return out
}

// lineStart24 returns where the line holding i starts: after a line break
// or an escaped one ("\n" inside a JSON string).
func lineStart24(s string, i int) int {
	a := strings.LastIndexByte(s[:i], '\n') + 1
	if k := strings.LastIndex(s[a:i], `\n`); k >= 0 {
		a += k + 2
	}
	return a
}

// lineEnd24 returns where the line holding i ends.
func lineEnd24(s string, i int) int {
	e := len(s)
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		e = i + k
	}
	if k := strings.Index(s[i:e], `\n`); k >= 0 {
		e = i + k
	}
	return e
}

// secretRef24 reports a value that names a secret instead of holding it:
// a variable, a template, a marker, a mask, a file.
func secretRef24(v string) bool {
	if v == "" || v == "-" {
		return true
	}
	switch v[0] {
	case '$':
		return shellRef24(v)
	case '{', '(', '/', '[':
		return true
	case '%':
		return windowsVar21(v)
	case '<':
		return strings.HasSuffix(v, ">")
	case '*':
		return strings.HasPrefix(v, "***") // a mask; "*ZdT5…" is a password
	}
	return strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") || strings.Contains(v, "{{") ||
		strings.Trim(v, "*x•#") == ""
}

// sessionPathSpans24 returns the ids after a "sessions/" or "tokens/"
// directory of a store's key or path ("/shop/sessions/<id>"): 16 to 256
// characters of letters, digits, '-', '_', holding a letter and a digit,
// not a UUID (records named by UUID are objects, not bearer ids) and not
// followed by more of the path's words glued to it.
func sessionPathSpans24(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := -1
		n := 0
		for _, d := range [...]string{"sessions/", "session/", "tokens/"} {
			if k := strings.Index(s[off:], d); k >= 0 && (i < 0 || off+k < i) {
				i, n = off+k, len(d)
			}
		}
		if i < 0 {
			break
		}
		off = i + n
		if i == 0 || s[i-1] != '/' && s[i-1] != ':' && s[i-1] != '_' && s[i-1] != '.' {
			continue // "/sessions/", "sess:sessions/", not "possessions/"
		}
		a := i + n
		e := a
		for e < len(s) && e-a <= 256 && (isAlnum(s[e]) || s[e] == '-' || s[e] == '_') {
			e++
		}
		if e-a < 16 || e-a > 256 || !sessionIDShape22(s[a:e]) || uuidShaped24(s[a:e]) {
			continue
		}
		if e < len(s) && (s[e] == '.' || s[e] == '[' || s[e] >= 0x80) {
			continue
		}
		out = append(out, span{start: a, end: e, kind: KindCredential})
		off = e
	}
	return out
}

// uuidShaped24 reports an RFC 4122 layout (8-4-4-4-12 hex) or 32 hex
// digits in one run after a prefix-free start.
func uuidShaped24(v string) bool {
	if len(v) != 36 {
		return false
	}
	for k := 0; k < 36; k++ {
		if k == 8 || k == 13 || k == 18 || k == 23 {
			if v[k] != '-' {
				return false
			}
		} else if !isHex(v[k]) {
			return false
		}
	}
	return true
}

// codeKeyWords24 are words a key-value store's key holds when its value is
// a one-time code, a session or a secret.
var codeKeyWords24 = []string{"otp", "2fa", "mfa", "totp", "token", "secret", "passw", "session", "sess:", "verif", "nonce", "auth_code", "authcode", "login_code", "magic"}

// storeReplySpans24 returns a key-value store's reply to a read of a key
// that names a code or a secret ("> GET otp:login:…" then "\"9313\""): the
// quoted reply on the next line, one word of up to 256 characters.
func storeReplySpans24(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "> ")
		if i < 0 {
			break
		}
		i += off
		off = i + 2
		c := i + 2
		var key string
		switch {
		case strings.HasPrefix(s[c:], "GET ") || strings.HasPrefix(s[c:], "get "):
			key = s[c+4 : lineEnd24(s, c)]
		case strings.HasPrefix(s[c:], "HGET ") || strings.HasPrefix(s[c:], "hget "):
			key = s[c+5 : lineEnd24(s, c)]
		default:
			continue
		}
		if !containsFoldAny20(key, codeKeyWords24) {
			continue
		}
		le := lineEnd24(s, c)
		r := le
		switch {
		case strings.HasPrefix(s[r:], "\n"):
			r++
		case strings.HasPrefix(s[r:], `\n`):
			r += 2
		default:
			continue
		}
		var q string
		switch {
		case strings.HasPrefix(s[r:], `\"`):
			q = `\"`
		case strings.HasPrefix(s[r:], `"`):
			q = `"`
		default:
			continue
		}
		a := r + len(q)
		k := strings.Index(s[a:min(len(s), a+258)], q)
		if k <= 0 {
			continue
		}
		v := s[a : a+k]
		if len(v) < 4 || strings.ContainsAny(v, " {}\n\\") || secretRef24(v) || len(v) < 16 && strings.IndexFunc(v, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
			continue
		}
		out = append(out, span{start: a, end: a + k, kind: KindCredential})
		off = a + k
	}
	return out
}

// jobCodeWords24 are words of a job's or task's name that say it carries a
// one-time code.
var jobCodeWords24 = []string{"otp", "2fa", "mfa", "totp", "passcode", "onetime", "one_time", "verification_code", "verificationcode", "verify_code", "verifycode", "sms_code", "smscode", "login_code", "logincode"}

// jobCodeSpans24 returns the one-time codes among a job's positional
// arguments when the job's name on the same line says it sends or checks
// a code ("Task shop.tasks.send_login_otp[…] received: args=('…',
// '640123')", "\"class\":\"SendOtpJob\",\"args\":[…]"): a quoted argument
// of 4 to 8 digits alone.
func jobCodeSpans24(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "args")
		if i < 0 {
			break
		}
		i += off
		off = i + 4
		a := i + 4
		for a < len(s) && (s[a] == '"' || s[a] == '\\' || s[a] == '=' || s[a] == ':' || s[a] == ' ') {
			a++
		}
		if a >= len(s) || s[a] != '(' && s[a] != '[' {
			continue
		}
		closer := byte(')')
		if s[a] == '[' {
			closer = ']'
		}
		ls := lineStart24(s, i)
		if !containsFoldAny20(s[ls:i], jobCodeWords24) {
			continue
		}
		e := a + 1
		for e < len(s) && s[e] != closer && s[e] != '\n' && e-a < 1024 {
			if me := markerEnd(s, e); me > 0 {
				e = me
				continue
			}
			if c := s[e]; c == '\'' || c == '"' {
				// a quoted argument may hold the closer: "(+47) 458 …"
				if k := strings.IndexByte(s[e+1:min(len(s), e+258)], c); k >= 0 {
					e += k + 2
					continue
				}
			}
			e++
		}
		for p := a + 1; p < e; {
			c := s[p]
			if c != '\'' && c != '"' {
				p++
				continue
			}
			q := p + 1
			for q < e && isDigit(s[q]) {
				q++
			}
			n := q - p - 1
			if q < e && n >= 4 && n <= 8 && (s[q] == c || s[q] == '\\') {
				out = append(out, span{start: p + 1, end: q, kind: KindCredential})
			}
			p = q + 1
		}
		off = e
	}
	return out
}

// tfSecretNames24 are words of a Terraform resource's type or name that
// say its value is a secret.
var tfSecretNames24 = []string{"password", "passwd", "secret", "token", "api_key", "apikey", "credential", "private_key"}

// tfSecretValueSpans24 returns the quoted "value" (or "secret_string",
// "plaintext") of a plan's resource whose header names a secret
// (`+ resource "aws_ssm_parameter" "smtp_password" {` … `+ value = "…"`),
// within the resource's block: up to the line that closes it.
func tfSecretValueSpans24(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "resource ")
		if i < 0 {
			break
		}
		i += off
		off = i + 9
		if !strings.HasPrefix(s[off:], `"`) && !strings.HasPrefix(s[off:], `\"`) {
			continue
		}
		he := lineEnd24(s, i)
		if !containsFoldAny20(s[i:he], tfSecretNames24) {
			continue
		}
		// the block: lines until one that holds only "}" (any indent, any escaping)
		p := he
		for p < len(s) {
			switch {
			case s[p] == '\n':
				p++
			case strings.HasPrefix(s[p:], `\n`):
				p += 2
			}
			le := lineEnd24(s, p)
			line := strings.TrimSpace(s[p:le])
			if line == "}" || line == "" || strings.HasPrefix(line, "#") {
				break
			}
			body := strings.TrimLeft(line, "+-~ ")
			for _, k := range [...]string{"value", "secret_string", "plaintext", "content"} {
				if !strings.HasPrefix(body, k) {
					continue
				}
				rest := strings.TrimLeft(body[len(k):], " ")
				if !strings.HasPrefix(rest, "=") {
					continue
				}
				vpos := strings.Index(s[p:le], body) + len(body) - len(strings.TrimLeft(rest[1:], " ")) + p
				a, e := flagValue21(s, vpos)
				if e > a && (s[vpos] == '"' || strings.HasPrefix(s[vpos:], `\"`)) && !secretRef24(s[a:e]) {
					out = append(out, span{start: a, end: e, kind: KindCredential})
				}
				break
			}
			if le >= len(s) {
				p = le
				break
			}
			p = le
		}
		off = max(off, p)
	}
	return out
}

// addMaskSpans24 returns the values of GitHub Actions' "::add-mask::"
// workflow commands: the runner prints the value it is asked to mask.
func addMaskSpans24(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "::add-mask::")
		if i < 0 {
			break
		}
		a := off + i + 12
		off = a
		e := a
		for e < len(s) && s[e] > ' ' && s[e] != '"' && !(s[e] == '\\' && e+1 < len(s) && (s[e+1] == 'n' || s[e+1] == '"')) {
			e++
		}
		if e-a < 4 || secretRef24(s[a:e]) {
			continue
		}
		out = append(out, span{start: a, end: e, kind: KindCredential})
		off = e
	}
	return out
}

// secretValueWords24 are the words of a sentence that says a quoted value
// is a secret.
var secretValueWords24 = []string{"credential", "secret", "password", "token", "api key", "api_key"}

// secretValueSpans24 returns a quoted value introduced by the word "value"
// ("(value \"…\")", "value: '…'") in a sentence that says it is a
// credential, a secret, a password or a token, within the 96 bytes before
// it on the same line: policy engines and linters quote what they refuse.
// The value holds a letter and a digit ("3600000", "payments-db" name no
// secret).
func secretValueSpans24(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "value")
		if i < 0 {
			break
		}
		i += off
		off = i + 5
		if i > 0 && isAlnum(s[i-1]) {
			continue
		}
		v := i + 5
		if v < len(s) && s[v] == ':' {
			v++
		}
		if v < len(s) && s[v] == ' ' {
			v++
		}
		if v >= len(s) || s[v] != '"' && s[v] != '\'' && !strings.HasPrefix(s[v:], `\"`) {
			continue
		}
		lo := max(lineStart24(s, i), i-96)
		if !containsFoldAny20(s[lo:i], secretValueWords24) {
			continue
		}
		a, e := flagValue21(s, v)
		if e-a < 8 || strings.IndexByte(s[a:e], ' ') >= 0 || !sessionIDShape22(s[a:e]) || secretRef24(s[a:e]) {
			continue
		}
		out = append(out, span{start: a, end: e, kind: KindCredential})
		off = e
	}
	return out
}

// twilioKeySpans24 returns Twilio API key SIDs: "SK" and 32 lower-case hex
// digits as a word of its own (secret scanners report them as keys).
func twilioKeySpans24(s string) []span {
	var out []span
	for off := 0; off+34 <= len(s); {
		i := strings.Index(s[off:], "SK")
		if i < 0 {
			break
		}
		i += off
		off = i + 2
		if i > 0 && (isAlnum(s[i-1]) || s[i-1] == '_' || s[i-1] == '-') || i+34 > len(s) {
			continue
		}
		k := i + 2
		for k < len(s) && (isDigit(s[k]) || s[k] >= 'a' && s[k] <= 'f') {
			k++
		}
		if k-i != 34 || k < len(s) && (isAlnum(s[k]) || s[k] == '_') {
			continue
		}
		out = append(out, span{start: i, end: k, kind: KindCredential})
		off = k
	}
	return out
}

// recoveryArraySpans24 returns every item of an array of codes
// ("codes":["…","…"]) whose key or line names recovery or backup codes
// within the 160 bytes before it ("sendRecoveryCodes … data={…"codes":[…]",
// "backup_codes: [...]"): a quoted item of 6 to 40 letters, digits and
// dashes. Other passes take the items that hold a digit; an item of
// letters alone ("glpjn-yhenk") is one of them as much.
func recoveryArraySpans24(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := indexFold(s[off:], "codes")
		if i < 0 {
			break
		}
		i += off
		off = i + 5
		a := i + 5
		for a < len(s) && a-i < 10 && (s[a] == '"' || s[a] == '\\' || s[a] == '\'' || s[a] == ':' || s[a] == '=' || s[a] == ' ') {
			a++
		}
		if a >= len(s) || s[a] != '[' {
			continue
		}
		lo := max(lineStart24(s, i), i-160)
		if indexFold(s[lo:i+5], "recover") < 0 && indexFold(s[lo:i+5], "backup") < 0 {
			continue
		}
		for p := a + 1; p < len(s) && p-a < 2048; {
			if me := markerEnd(s, p); me > 0 {
				p = me
				continue
			}
			c := s[p]
			if c == ']' || c == '\n' || c == '{' {
				break
			}
			if c != '"' && c != '\'' {
				p++
				continue
			}
			if me := markerEnd(s, p+1); me > 0 {
				p = me + 1
				continue
			}
			q := p + 1
			for q < len(s) && (isAlnum(s[q]) || s[q] == '-') {
				q++
			}
			if q < len(s) && (s[q] == c || s[q] == '\\') && q-p-1 >= 6 && q-p-1 <= 40 {
				out = append(out, span{start: p + 1, end: q, kind: KindCredential})
			}
			if q < len(s) && s[q] == '\\' {
				q++
			}
			p = q + 1
		}
	}
	return out
}

// shellRef24 reports a value that is a shell or CI variable's reference
// whole: "$NAME", "${NAME…}", "$(command …)", "$$" alone; "$cvLjA4!8W" (a
// word that goes on past the name) is a password that starts with '$'.
func shellRef24(v string) bool {
	if len(v) < 2 || v[1] == '{' || v[1] == '(' || v == "$$" {
		return true
	}
	k := 1
	for k < len(v) && (isAlnum(v[k]) || v[k] == '_') {
		k++
	}
	return k == len(v) && k > 1
}

// envSecretWords24 are the words of an environment variable's name that
// say its value is a secret.
var envSecretWords24 = []string{"PASSWORD", "PASSWD", "_PASS", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY"}

// equalsValueSpans24 returns the value of an environment assignment whose
// value itself starts with '=' ("MYSQL_ROOT_PASSWORD==Wh37B~2q",
// "\"SMTP_PASSWORD==hH#dOjp…\"" in docker inspect's "Env"): the name is an
// upper-case variable's that says secret, at the start of a line, after a
// space or a quote; the value, '=' included, runs to a space or a quote.
func equalsValueSpans24(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "==")
		if i < 0 {
			break
		}
		i += off
		off = i + 2
		n := i
		for n > 0 && (s[n-1] >= 'A' && s[n-1] <= 'Z' || isDigit(s[n-1]) || s[n-1] == '_') {
			n--
		}
		if n == i || n > 0 && s[n-1] != ' ' && s[n-1] != '"' && s[n-1] != '\'' && s[n-1] != '\n' && s[n-1] != '\t' && !(n >= 2 && s[n-2:n] == `\n`) {
			continue
		}
		if !containsAny24(s[n:i], envSecretWords24) {
			continue
		}
		a := i + 1
		e := a
		for e < len(s) && s[e] > ' ' && s[e] != '"' && s[e] != '\'' && s[e] != '\\' {
			e++
		}
		if e-a < 7 || s[a+1] == '=' || secretRef24(s[a+1:e]) {
			continue
		}
		out = append(out, span{start: a, end: e, kind: KindCredential})
		off = e
	}
	return out
}

// containsAny24 reports whether s holds one of the words as written.
func containsAny24(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// wholeIBAN24 returns s as an IBAN when s is one value alone (a JSON
// field, a job's positional argument) shaped like an IBAN a digit or two
// longer or shorter than its country's: the country's code, check digits
// and digits only, compact or in groups of four, passing mod 97. Without a
// line around it (ibanOffLength20Spans asks for other PII on the line) the
// whole field is the evidence: an id that starts with a country's code
// holds letters after it, or is shorter, or fails mod 97.
func wholeIBAN24(s string) []span {
	if len(s) < 17 || len(s) > 42 || !isUpper(s[0]) || !isUpper(s[1]) || !isDigit(s[2]) || !isDigit(s[3]) {
		return nil
	}
	want, ok := ibanLen[s[:2]]
	if !ok {
		return nil
	}
	var buf [36]byte
	nb := 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case k < 2:
		case isDigit(c):
		case c == ' ' && k > 0 && s[k-1] != ' ' && k+1 < len(s):
			continue
		default:
			return nil
		}
		if nb == len(buf) {
			return nil
		}
		buf[nb] = c
		nb++
	}
	if nb == want || nb < want-2 || nb > want+2 || nb < 15 || nb > 34 || !mod97(buf[:nb]) {
		return nil
	}
	return []span{{start: 0, end: len(s), kind: KindIBAN}}
}
