package redact

import "strings"

// Clean values of edge and security telemetry that the text passes take
// for PII, told by their own format or by the line around them
// (keep23Spans runs with keep21Spans, on what every other pass found):
//
//   - a Unix time with a fraction of a second (`1782784678.0`, Zeek's and
//     Suricata's `ts`, Python's time.time()) is a time, not a phone: ten
//     digits from 1000000000, a '.', one to nine digits, alone in its cell;
//   - in an access log line (a quoted request line `"GET /… HTTP/1.1"`
//     before it), a run of numbers separated by single spaces outside any
//     quotes is several fields — status, bytes received and sent, duration,
//     upstream time (Envoy/Istio, nginx, HAProxy) — not a spaced phone,
//     unless a phone label stands right before it;
//   - an address ends before an identifier with its own registry prefix:
//     a CVE, CWE, CAPEC or GHSA id, or a MITRE ATT&CK technique beside one
//     (`… Hamilton 3770. Related T1190 CVE-2024-43052`): the address stops
//     at the sentence's end before them;
//   - a session counter (one to four digits) under a bare "session" key is
//     no secret (keep23_fields.go says why);
//   - Windows' well-known security principals (`SYSTEM`, `LOCAL SERVICE`,
//     `NT AUTHORITY\NETWORK SERVICE`, `Administrator`), alone or after a
//     resource's slug (`name=edge-waf-policy NT AUTHORITY\SYSTEM`), name
//     accounts of the system, not persons;
//   - an address family (`address_family=ipv6`, `inet6`) is no postal
//     address, and the word after `token_type=Bearer` is not a bearer token
//     (there "Bearer" is the type's name, not an Authorization scheme);
//   - a cookie of a known analytics or consent format (`_ga=GA1.2.…`,
//     `_gid`, `_fbp=fb.1.…`, `consent_id=<UUID>`) in a Cookie or Set-Cookie
//     header is an id the browser sends to every page, not a session.

// keep23Spans drops or trims the spans that hold one of the clean values
// above.
func (sc *scanner) keep23Spans() {
	s := sc.s
	out := sc.spans[:0]
	for _, x := range sc.spans {
		drop := false
		switch x.kind {
		case KindPhone:
			drop = epochFraction23(s, x.start, x.end) || accessLogNumbers23(s, x.start, x.end)
		case KindCredential:
			if st := publicCookieLead23(s, x.start, x.end); st > x.start {
				x.start = st // "_ga=GA1.2.…; PHPSESSID=…": the session cookie alone
			}
			drop = sessionCounterAt23(s, x.start, x.end) || publicCookie23(s, x.start, x.end) || afterTokenType23(s, x.start)
		case KindName:
			drop = principalWords23(s[x.start:x.end])
		case KindAddress:
			if addressFamilyAt23(s, x.start) {
				drop = true
				break
			}
			if e := registryIDCut23(s, x.start, x.end); e < x.end {
				if e <= x.start {
					drop = true
				}
				x.end = e
			}
		}
		if !drop {
			out = append(out, x)
		}
	}
	sc.spans = out
}

// epochFraction23 reports a span s[a:e] that is (or whose digits are) a
// Unix time with a fraction: ten digits from 1000000000 to 2147483647,
// '.', one to nine digits, with no digit, '.' or '+' around it.
func epochFraction23(s string, a, e int) bool {
	// the span may stop before the fraction or hold it
	if e-a < 10 || e-a > 20 || !isDigit(s[a]) || s[a] != '1' && s[a] != '2' {
		return false
	}
	for i := a; i < a+10; i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	if s[a:a+10] > "2147483647" {
		return false
	}
	p := a + 10
	if p >= len(s) || s[p] != '.' {
		return false
	}
	q := p + 1
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q == p+1 || q-p-1 > 9 || e > q {
		return false
	}
	if a > 0 && (isDigit(s[a-1]) || s[a-1] == '.' || s[a-1] == '+' || s[a-1] == '-') {
		return false
	}
	return q == len(s) || !isDigit(s[q]) && s[q] != '.' && s[q] != '-'
}

// accessLogNumbers23 reports a phone span s[a:e] made of numbers separated
// by single spaces that stands outside quotes in an access log line: one
// with a quoted request line before the span and no phone label right
// before it.
func accessLogNumbers23(s string, a, e int) bool {
	groups, short := 1, false
	glen := 0
	for i := a; i < e; i++ {
		switch {
		case isDigit(s[i]):
			glen++
		case s[i] == ' ' && i > a && isDigit(s[i-1]) && i+1 < e && isDigit(s[i+1]):
			if glen <= 2 {
				short = true
			}
			groups++
			glen = 0
		default:
			return false
		}
	}
	if glen <= 2 {
		short = true
	}
	if groups < 3 && !(groups == 2 && short) {
		return false
	}
	if a == 0 || s[a-1] != ' ' || e < len(s) && s[e] != ' ' && s[e] != '"' && s[e] != '\n' && s[e] != '\\' {
		return false
	}
	ls := strings.LastIndexByte(s[:a], '\n') + 1
	line := s[ls:a]
	if len(line) > 4096 {
		line = line[len(line)-4096:]
	}
	// outside quotes: an even number of '"' before the span on its line
	if strings.Count(line, `"`)%2 != 0 {
		return false
	}
	r := strings.LastIndex(line, ` HTTP/`)
	if r < 0 {
		return false
	}
	if q := strings.IndexByte(line[r:], '"'); q < 0 {
		return false
	}
	// no phone label right before: the word before the span
	w := strings.TrimRight(line, " :=")
	k := len(w)
	for k > 0 && isAlpha(w[k-1]) {
		k--
	}
	var buf [16]byte
	if lw := w[k:]; len(lw) > 0 && len(lw) <= 16 && phoneLabels23[string(lower(buf[:0], lw))] {
		return false
	}
	return true
}

// phoneLabels23 are the words that own a number after them as a phone.
var phoneLabels23 = setOf("phone", "tel", "telephone", "mobile", "mob", "cell", "msisdn", "fax", "whatsapp", "sms", "call")

// sessionCounterAt23 reports a credential span of one to four digits right
// after a bare "session" key (`session=139`, `"session":"139"`,
// `\"session\": 139`).
func sessionCounterAt23(s string, a, e int) bool {
	if e-a > 4 || countDigits(s[a:e]) != e-a {
		return false
	}
	if e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '.') {
		return false
	}
	k := a
	for k > 0 && (s[k-1] == '"' || s[k-1] == '\\' || s[k-1] == '\'' || s[k-1] == ' ') {
		k--
	}
	if k == 0 || s[k-1] != '=' && s[k-1] != ':' {
		return false
	}
	k--
	for k > 0 && (s[k-1] == '"' || s[k-1] == '\\' || s[k-1] == '\'' || s[k-1] == ' ') {
		k--
	}
	st := k
	for st > 0 && k-st < 9 && isAlpha(s[st-1]) {
		st--
	}
	if st > 0 && (isWord(s[st-1]) || s[st-1] == '-' || s[st-1] == '.') {
		return false // "x_session=", "checkout.session="
	}
	w := s[st:k]
	return strings.EqualFold(w, "session") || strings.EqualFold(w, "sessions")
}

// registryIDCut23 returns where the address span s[a:e] ends when it runs
// into a run of registry ids (a CVE, CWE, CAPEC or GHSA id, or ATT&CK
// techniques with one of them or in the sub-technique form T1234.001):
// at the sentence end before the run when only a word or two lie between,
// else before the run. It returns e when the span holds no such run.
func registryIDCut23(s string, a, e int) int {
	t := s[a:e]
	if len(t) < 12 || strings.IndexByte(t, '-') < 0 && strings.IndexByte(t, '.') < 0 {
		return e
	}
	for i := 0; i < len(t); i++ {
		if i > 0 && t[i-1] != ' ' && t[i-1] != ',' && t[i-1] != '(' && t[i-1] != '/' {
			continue
		}
		if n, strong := registryID23(t[i:]); n > 0 && registryRun23(t[i:], strong) {
			cut := a + i
			// back over spaces and a word or two ("Related", "see also")
			// to a sentence end
			k := cut
			for k > a && (s[k-1] == ' ' || s[k-1] == ',' || s[k-1] == '(' || s[k-1] == '/') {
				k--
			}
			j, words := k, 0
			for j > a && words < 3 {
				w := j
				for w > a && isAlpha(s[w-1]) {
					w--
				}
				if w == j {
					break
				}
				words++
				j = w
				if j > a && s[j-1] == ' ' {
					j--
					continue
				}
				break
			}
			if j < k && j > a && (s[j-1] == '.' || s[j-1] == ';' || s[j-1] == ':') {
				k = j - 1
			}
			for k > a && (s[k-1] == ' ' || s[k-1] == ',') {
				k--
			}
			return k
		}
	}
	return e
}

// registryRun23 reports a run of registry ids starting at t that holds a
// strong one (a prefixed id or a sub-technique).
func registryRun23(t string, strong bool) bool {
	for !strong {
		n, _ := registryID23(t)
		t = t[n:]
		for len(t) > 0 && (t[0] == ' ' || t[0] == ',') {
			t = t[1:]
		}
		m, st := registryID23(t)
		if m == 0 {
			return false
		}
		strong = st
	}
	return true
}

// registryID23 returns the length of the registry id at the start of t
// (0 when none) and whether it is a strong one: CVE-YYYY-NNNN+, CWE-N+,
// CAPEC-N+, GHSA-xxxx-xxxx-xxxx, or T1234.001; a bare T1234 or TA0001 is
// weak.
func registryID23(t string) (int, bool) {
	end := func(n int) bool { return n == len(t) || !isAlnum(t[n]) && t[n] != '-' }
	digits := func(i int) int {
		j := i
		for j < len(t) && isDigit(t[j]) {
			j++
		}
		return j - i
	}
	switch {
	case strings.HasPrefix(t, "CVE-"):
		if digits(4) == 4 && len(t) > 9 && t[8] == '-' {
			if d := digits(9); d >= 4 && d <= 7 && end(9+d) {
				return 9 + d, true
			}
		}
	case strings.HasPrefix(t, "CWE-"):
		if d := digits(4); d >= 1 && d <= 5 && end(4+d) {
			return 4 + d, true
		}
	case strings.HasPrefix(t, "CAPEC-"):
		if d := digits(6); d >= 1 && d <= 5 && end(6+d) {
			return 6 + d, true
		}
	case strings.HasPrefix(t, "GHSA-"):
		if len(t) >= 19 && t[9] == '-' && t[14] == '-' && end(19) {
			return 19, true
		}
	case strings.HasPrefix(t, "TA"):
		if digits(2) == 4 && end(6) {
			return 6, false
		}
	case len(t) >= 5 && t[0] == 'T':
		if digits(1) == 4 {
			if len(t) >= 9 && t[5] == '.' && digits(6) == 3 && end(9) {
				return 9, true
			}
			if end(5) {
				return 5, false
			}
		}
	}
	return 0, false
}

// publicCookie23 reports a credential span `name=value` (or the value
// alone) of a Cookie or Set-Cookie header whose cookie is one of the
// analytics and consent cookies of known formats.
func publicCookie23(s string, a, e int) bool {
	if e-a > 120 {
		return false
	}
	st := a
	name := ""
	if eq := strings.IndexByte(s[a:e], '='); eq > 0 {
		name, st = s[a:a+eq], a+eq+1
	} else if a > 1 && s[a-1] == '=' {
		k := a - 1
		for k > 0 && (isWord(s[k-1]) || s[k-1] == '-') {
			k--
		}
		name = s[k : a-1]
	}
	if name == "" || strings.IndexAny(s[st:e], "; ,=") >= 0 || !publicCookieValue23(name, s[st:e]) {
		return false
	}
	ls := strings.LastIndexByte(s[:a], '\n') + 1
	return strings.Contains(strings.ToLower(s[max(ls, a-2048):a]), "cookie")
}

// publicCookieValue23 reports the value of an analytics or consent cookie
// in its vendor's format: Google Analytics' `_ga`/`_gid` (`GA1.2.…`),
// `_ga_<id>` (`GS1.1.…`), Meta's `_fbp` (`fb.1.…`), and a consent
// record's id (a UUID, or a flag) under a consent cookie's name.
func publicCookieValue23(name, v string) bool {
	n := strings.ToLower(name)
	switch {
	case n == "_ga" || n == "_gid" || n == "_gac" || strings.HasPrefix(n, "_ga_") || n == "__utma" || n == "__utmz":
		return strings.HasPrefix(v, "GA1.") || strings.HasPrefix(v, "GS1.") || strings.HasPrefix(v, "GS2.") || dottedNumbers23(v)
	case n == "_fbp" || n == "_fbc":
		return strings.HasPrefix(v, "fb.")
	case strings.Contains(n, "consent"):
		return canonicalUUID(v) || len(v) <= 5 && strings.IndexFunc(v, func(r rune) bool { return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z') }) < 0
	}
	return false
}

// dottedNumbers23 reports digits and dots only, with at least one dot.
func dottedNumbers23(v string) bool {
	if strings.IndexByte(v, '.') < 0 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) && v[i] != '.' {
			return false
		}
	}
	return true
}

// principalWords23 reports a name span made of Windows' well-known
// principals' words (upper case as Windows writes them, or the built-in
// accounts' names), optionally after one lower-case slug of two or more
// parts joined by '-' (a policy's or a resource's name), or such a slug
// and a Unix service's account ("edge-waf-policy www-data").
func principalWords23(v string) bool {
	ws := strings.Fields(strings.TrimSpace(v))
	if len(ws) == 0 {
		return false
	}
	slug := false
	if len(ws) > 1 && slugWord23(ws[0]) {
		ws, slug = ws[1:], true
	}
	if len(ws) == 1 && slug && unixAccount23[ws[0]] {
		return true // "edge-waf-policy www-data"
	}
	for _, w := range ws {
		w = strings.Trim(w, `\,;"'`)
		if !principalWord23[w] {
			return false
		}
	}
	return true
}

// unixAccount23 are the system accounts of Unix services and daemons.
var unixAccount23 = setOf("root", "daemon", "nobody", "www-data", "nginx", "apache", "httpd", "postgres", "mysql",
	"redis", "mongodb", "elasticsearch", "kibana", "haproxy", "squid", "postfix", "dovecot", "bind", "named",
	"sshd", "systemd-network", "systemd-resolve", "_apt", "syslog", "messagebus", "polkitd", "chrony", "ntp")

// principalWord23 are the words of Windows' well-known security
// principals (NT AUTHORITY\SYSTEM, LOCAL SERVICE, NETWORK SERVICE,
// ANONYMOUS LOGON, BUILTIN\Administrators) and built-in accounts.
var principalWord23 = setOf("NT", "AUTHORITY", "SYSTEM", "LOCAL", "SERVICE", "NETWORK", "ANONYMOUS", "LOGON",
	"BUILTIN", "Administrator", "Administrators", "ADMINISTRATOR", "Guest", "GUEST", "DefaultAccount",
	"WDAGUtilityAccount", "TrustedInstaller", "krbtgt", "DWM-1", "UMFD-0", "UMFD-1")

// slugWord23 reports two or more parts of lower-case letters and digits
// joined by '-': a policy's, a service's or a resource's name.
func slugWord23(w string) bool {
	parts := 1
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z' || isDigit(c):
		case c == '-' && i > 0 && i < len(w)-1 && w[i-1] != '-':
			parts++
		default:
			return false
		}
	}
	return parts >= 2
}

// addressFamilyAt23 reports an address span that starts with an address
// family: "ipv4", "ipv6", "inet", "inet6", "AF_INET", "AF_INET6".
func addressFamilyAt23(s string, a int) bool {
	e := a
	for e < len(s) && (isWord(s[e])) {
		e++
	}
	if e < len(s) && isAlnum(s[e]) {
		return false
	}
	switch strings.ToLower(s[a:e]) {
	case "ipv4", "ipv6", "inet", "inet6", "af_inet", "af_inet6":
		return true
	}
	return false
}

// afterTokenType23 reports a span right after "Bearer" written as the
// value of a token_type key (`token_type=Bearer x`, `"token_type":"Bearer" x`).
func afterTokenType23(s string, a int) bool {
	k := a
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '"' || s[k-1] == '\\' || s[k-1] == ',') {
		k--
	}
	if k < 6 || !strings.EqualFold(s[k-6:k], "bearer") {
		return false
	}
	k -= 6
	for k > 0 && (s[k-1] == '"' || s[k-1] == '\\' || s[k-1] == ' ') {
		k--
	}
	if k == 0 || s[k-1] != '=' && s[k-1] != ':' {
		return false
	}
	k--
	for k > 0 && (s[k-1] == '"' || s[k-1] == '\\') {
		k--
	}
	return k >= 10 && strings.EqualFold(s[k-10:k], "token_type") || k >= 9 && strings.EqualFold(s[k-9:k], "tokentype")
}

// publicCookieLead23 returns where a credential span s[a:e] that starts
// with analytics or consent cookies (`_ga=GA1.2.…; PHPSESSID=…`) starts
// once they are skipped: at the first other cookie; a when none leads.
func publicCookieLead23(s string, a, e int) int {
	st := a
	for st < e {
		sc := strings.IndexByte(s[st:e], ';')
		if sc <= 0 {
			break
		}
		eq := strings.IndexByte(s[st:st+sc], '=')
		if eq <= 0 || !cookieName23(s[st:st+eq]) || !publicCookieValue23(s[st:st+eq], s[st+eq+1:st+sc]) {
			break
		}
		n := st + sc + 1
		for n < e && s[n] == ' ' {
			n++
		}
		if n >= e {
			break
		}
		st = n
	}
	if st == a {
		return a
	}
	ls := strings.LastIndexByte(s[:a], '\n') + 1
	if !strings.Contains(strings.ToLower(s[max(ls, a-2048):a]), "cookie") {
		return a
	}
	return st
}
