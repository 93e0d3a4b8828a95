package redact

import "strings"

// Two classes read here, after every other pass has run:
//
//   - a mailbox written "Display Name <local@domain.tld>": the address inside
//     the angle brackets is an e-mail address, whatever pass read the label
//     and the display name before it (a diff's "> OWNER: Given Family <…>");
//     Message-IDs and role mailboxes stay, as the e-mail detector keeps them;
//   - a value that is wholly a phone number as people type it (7–15 digits,
//     in one piece or in groups set apart by dots, dashes or spaces) under a
//     key one of whose parts names SMS ("SMS_SENDER_FALLBACK=0733.280724",
//     Spring's actuator "APP_SMS_FALLBACK":{"value":"…"}), or as the first
//     positional argument of a task whose name says it sends an SMS or a
//     one-time code ("send_login_otp … args=('9-1162-7673', …)").

// mayHoldMisc24 gates misc24Spans: an '@' inside angle brackets, or the
// letters "sms"/"otp" with a digit somewhere.
func mayHoldMisc24(s string, sig uint32, have []span, marked bool) bool {
	if sig&sigLT != 0 && sig&sigGT != 0 && strings.IndexByte(s, '@') >= 0 {
		return true
	}
	if sig&sigDigit != 0 && (len(have) > 0 || marked) {
		return true
	}
	return sig&sigDigit != 0 && (containsFold3(s, 's', 'm', 's') || containsFold3(s, 'o', 't', 'p'))
}

// containsFold3 reports the three lower-case letters a, b, c in s, in either case.
func containsFold3(s string, a, b, c byte) bool {
	if k := fold3Anchor(a, b, c); k >= 0 {
		return indexFold3At(s, a, b, c, k) >= 0 // (the same answer, searched from its rarest letter: speed27_gates.go)
	}
	for i := 0; i+2 < len(s); i++ {
		if s[i]|0x20 == a && s[i+1]|0x20 == b && s[i+2]|0x20 == c {
			return true
		}
	}
	return false
}

func misc24Spans(s string, have []span) []span {
	var out []span
	out = mailboxEmails24(s, have, out)
	out = smsKeyPhones24(s, have, out)
	out = otpTaskPhones24(s, have, out)
	out = neighbourPhones24(s, have, out)
	return out
}

func spanCovers24(have []span, i int) bool {
	for _, sp := range have {
		if sp.start <= i && i < sp.end {
			return true
		}
	}
	return false
}

// mailboxEmails24 finds "<local@domain.tld>" addresses not yet covered.
func mailboxEmails24(s string, have, out []span) []span {
	for off := 0; ; {
		lt := strings.IndexByte(s[off:], '<')
		if lt < 0 {
			return out
		}
		lt += off
		off = lt + 1
		gt := strings.IndexByte(s[lt+1:min(len(s), lt+260)], '>')
		if gt < 0 {
			continue
		}
		gt += lt + 1
		v := s[lt+1 : gt]
		at := strings.IndexByte(v, '@')
		if at <= 0 || at > 64 || strings.IndexByte(v[at+1:], '@') >= 0 || spanCovers24(have, lt+1) {
			continue
		}
		local, dom := v[:at], v[at+1:]
		ok := true
		for i := 0; i < len(local); i++ {
			if c := local[i]; !(isLocal(c) || c >= 0x80) {
				ok = false
				break
			}
		}
		if !ok || local[0] == '.' || local[len(local)-1] == '.' || messageID(local) || roleMailbox(local) {
			continue
		}
		dot := strings.LastIndexByte(dom, '.')
		if dot <= 0 {
			continue
		}
		for i := 0; i < len(dom); i++ {
			if c := dom[i]; !(isAlnum(c) || c == '-' || c == '.' || c >= 0x80) {
				ok = false
				break
			}
		}
		tld := dom[dot+1:]
		if !ok || len(tld) < 2 || !(allAlpha(tld) || strings.HasPrefix(tld, "xn--") || letterTLD(tld)) {
			continue
		}
		out = append(out, span{start: lt + 1, end: gt, kind: KindEmail})
		off = gt
	}
}

// phoneShaped24 reports a value that is wholly a phone number as typed:
// an optional '+', 7–15 digits in groups of one or more set apart by one
// '.', '-' or ' ' (the same separator throughout), not a date, an IPv4
// address or a decimal.
func phoneShaped24(v string) bool {
	if strings.HasPrefix(v, "+") {
		v = v[1:]
	}
	if len(v) == 0 || !isDigit(v[0]) || !isDigit(v[len(v)-1]) {
		return false
	}
	digits, groups := 0, 1
	var sep byte
	for i := 0; i < len(v); i++ {
		c := v[i]
		if isDigit(c) {
			digits++
			continue
		}
		if c != '.' && c != '-' && c != ' ' || !isDigit(v[i-1]) || !isDigit(v[i+1]) {
			return false
		}
		if sep != 0 && c != sep {
			return false
		}
		sep = c
		groups++
	}
	if digits < 7 || digits > 15 {
		return false
	}
	if groups == 2 && sep == '.' {
		// "0660.0812352" is a phone; "1234.5678" could be a decimal: want a trunk 0 or a long tail
		if v[0] != '0' && len(v)-strings.IndexByte(v, '.')-1 < 5 {
			return false
		}
	}
	if groups == 3 && sep != ' ' {
		p := strings.Split(v, string(sep))
		if len(p[0]) == 4 && len(p[1]) == 2 && len(p[2]) == 2 || len(p[0]) == 2 && len(p[1]) == 2 && len(p[2]) == 4 {
			return false // a date
		}
	}
	if groups == 4 && sep == '.' {
		octets := true
		for _, p := range strings.Split(v, ".") {
			if len(p) > 3 || len(p) > 1 && p[0] == '0' || len(p) == 3 && p > "255" {
				octets = false
			}
		}
		if octets {
			return false // an IPv4 address
		}
	}
	return true
}

// smsKeyPart24 reports a key one of whose parts (split at '_', '-', '.' and
// case changes) is "sms", and none of which names a quantity or an id.
func smsKeyPart24(k string) bool {
	parts := strings.FieldsFunc(strings.ToLower(k), func(r rune) bool { return r == '_' || r == '-' || r == '.' })
	sms := false
	for _, p := range parts {
		switch p {
		case "sms":
			sms = true
		case "ttl", "timeout", "limit", "max", "min", "retries", "retry", "port", "size", "ms", "sec", "seconds",
			"count", "rate", "id", "sid", "key", "secret", "token", "template", "length", "len", "interval", "delay", "window", "quota", "cost", "price":
			return false
		}
	}
	return sms
}

// smsKeyPhones24 finds a phone-shaped value under an SMS key: "KEY=v" to the
// line's end, `"KEY":"v"`, `"KEY":{"value":"v"`, "KEY: v".
func smsKeyPhones24(s string, have, out []span) []span {
	for off := 0; off < len(s); {
		i := indexFold3(s[off:], 's', 'm', 's')
		if i < 0 {
			return out
		}
		i += off
		off = i + 3
		ks := i
		for ks > 0 && (isWord(s[ks-1]) || s[ks-1] == '-' || s[ks-1] == '.') && s[ks-1] < 0x80 {
			ks--
		}
		ke := i + 3
		for ke < len(s) && (isWord(s[ke]) || s[ke] == '-' || s[ke] == '.') && s[ke] < 0x80 {
			ke++
		}
		off = ke
		if !smsKeyPart24(s[ks:ke]) {
			continue
		}
		j := ke
		if j < len(s) && s[j] == '"' {
			j++
		} else if j+1 < len(s) && s[j] == '\\' && s[j+1] == '"' {
			j += 2
		}
		rest := s[j:min(len(s), j+64)]
		var vs int
		var stop string
		switch {
		case strings.HasPrefix(rest, "="):
			vs, stop = j+1, "\n\"';,&"
			if strings.HasPrefix(rest, "=\"") || strings.HasPrefix(rest, "='") {
				vs, stop = j+2, "\"'\n"
			}
		case strings.HasPrefix(rest, `:{"value":"`):
			vs, stop = j+len(`:{"value":"`), `"`
		case strings.HasPrefix(rest, `:"`):
			vs, stop = j+2, `"`
		case strings.HasPrefix(rest, `: "`):
			vs, stop = j+3, `"`
		case strings.HasPrefix(rest, `: `):
			vs, stop = j+2, "\n\""
		default:
			continue
		}
		e := vs
		for e < len(s) && e-vs < 24 && strings.IndexByte(stop, s[e]) < 0 {
			e++
		}
		if e-vs >= 24 || e == vs || spanCovers24(have, vs) {
			continue
		}
		v := s[vs:e]
		if sp := strings.IndexByte(v, ' '); sp > 0 && !phoneShaped24(v) && s[vs-1] == '=' {
			v = v[:sp] // "SMS_TO=941281629 REGION=…"
		}
		if phoneShaped24(v) {
			out = append(out, span{start: vs, end: vs + len(v), kind: KindPhone})
		}
	}
	return out
}

func indexFold3(s string, a, b, c byte) int {
	if k := fold3Anchor(a, b, c); k >= 0 {
		return indexFold3At(s, a, b, c, k) // (the same answer, searched from its rarest letter: speed27_gates.go)
	}
	for i := 0; i+2 < len(s); i++ {
		if s[i]|0x20 == a && s[i+1]|0x20 == b && s[i+2]|0x20 == c {
			return i
		}
	}
	return -1
}

// otpTaskPhones24 finds a phone-shaped first positional argument of a task
// whose name names an SMS or a one-time code: "send_login_otp[…] received:
// args=('…', …)", "SendSmsJob.perform('…', …)".
func otpTaskPhones24(s string, have, out []span) []span {
	for off := 0; off < len(s); {
		a := indexRareAt(s[off:], "args=(", 5)
		if a < 0 {
			return out
		}
		a += off
		off = a + 6
		// the task's name: the last word of letters and '_'/'.' within 200 bytes before
		back := s[max(0, a-200):a]
		if !taskNamesSend24(back) {
			continue
		}
		q := off
		if q >= len(s) || s[q] != '\'' && s[q] != '"' {
			continue
		}
		e := strings.IndexByte(s[q+1:min(len(s), q+26)], s[q])
		if e <= 0 || spanCovers24(have, q+1) {
			continue
		}
		if v := s[q+1 : q+1+e]; phoneShaped24(v) {
			out = append(out, span{start: q + 1, end: q + 1 + e, kind: KindPhone})
		}
	}
	return out
}

// taskNamesSend24 reports a dotted task name ("shop.tasks.send_login_otp")
// in text whose last part holds "otp" or "sms" as a part of its own.
func taskNamesSend24(back string) bool {
	for _, w := range strings.Fields(back) {
		if strings.IndexByte(w, '.') < 0 {
			continue
		}
		if b := strings.IndexByte(w, '['); b > 0 {
			w = w[:b]
		}
		last := w[strings.LastIndexByte(w, '.')+1:]
		for _, p := range strings.Split(strings.ToLower(last), "_") {
			if p == "otp" || p == "sms" {
				return true
			}
		}
	}
	return false
}

// neighbourPhones24 finds a phone-shaped value right after a person's name,
// e-mail address or address (a span or an earlier marker), set apart by a
// space, a comma, a middle dot or a quoted list's separator: "buyer: Given
// Family · given@… · 973.10.596", `Render("Given Family", "street…",
// "11.91482.6032", 1, …)`. The value must end there: not before a word
// ("3 043 kr" is an amount) and not run on into more digits.
func neighbourPhones24(s string, have, out []span) []span {
	try := func(e int) {
		j := e
		for j < len(s) && j-e < 8 {
			c := s[j]
			if c == ' ' || c == ',' || c == '"' || c == '\\' || c == '|' || c == ';' {
				j++
				continue
			}
			if c == 0xC2 && j+1 < len(s) && s[j+1] == 0xB7 { // '·'
				j += 2
				continue
			}
			break
		}
		if j == e || j >= len(s) || !(isDigit(s[j]) || s[j] == '+') || spanCovers24(have, j) {
			return
		}
		if sep := s[e:j]; !strings.Contains(sep, "·") && !(strings.IndexByte(sep, '"') >= 0 && strings.IndexByte(sep, ',') >= 0) {
			return // a row's next cell or a column gap: read by the row's passes
		}
		k := j
		if s[k] == '+' {
			k++
		}
		quoted := !strings.Contains(s[e:j], "·")
		for k < len(s) && (isDigit(s[k]) || (s[k] == '.' || s[k] == '-' || s[k] == ' ') && k+1 < len(s) && isDigit(s[k+1]) && isDigit(s[k-1])) {
			k++
		}
		if k < len(s) && (isAlnum(s[k]) || s[k] == '.' && k+1 < len(s) && isAlnum(s[k+1]) || s[k] == '/' || s[k] == '@') {
			return
		}
		if quoted && (s[j-1] != '"' || k >= len(s) || s[k] != '"') {
			return // after a quoted list's separator the value is quoted too: a bare CSV cell is the row's
		}
		if k+1 < len(s) && s[k] == ' ' && (isAlpha(s[k+1]) || s[k+1] >= 0x80) {
			return // "3 043 kr": a quantity and its unit
		}
		v := s[j:k]
		if !phoneShaped24(v) {
			return
		}
		if g := strings.FieldsFunc(v, func(r rune) bool { return r == '.' || r == '-' || r == ' ' }); len(g) == 3 && len(g[0]) == 4 && len(g[1]) == 4 && len(g[2]) == 4 || len(g) > 1 && len(g[len(g)-1]) == 1 {
			return // a 4-4-4 tracking number, an id with a check digit
		}
		if strings.IndexAny(v, ". -") < 0 {
			if len(v) < 8 || len(v) > 11 || len(v) == 10 && v[0] == '1' || len(v) == 8 && compactDate20(v) {
				return // an epoch, a count, an id or a YYYYMMDD date in one piece
			}
		}
		out = append(out, span{start: j, end: k, kind: KindPhone})
	}
	for _, sp := range have {
		if sp.kind == KindName || sp.kind == KindEmail || sp.kind == KindAddress {
			try(sp.end)
		}
	}
	for off := 0; ; {
		m := indexRare(s[off:], "[REDACTED:")
		if m < 0 {
			break
		}
		m += off
		off = m + 10
		e := strings.IndexByte(s[off:min(len(s), off+12)], ']')
		if e < 0 {
			continue
		}
		switch s[off : off+e] {
		case "name", "email", "address":
			try(off + e + 1)
		}
	}
	return out
}
