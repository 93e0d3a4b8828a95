package redact

import "strings"

// The caller's number after "from" in a clause about a call, a voicemail,
// a fax or a text message, as PBXs, helpdesks and dispute write-ups put
// it: "New voicemail from 5519.7968 (…)", "Inbound call 4f1c… from
// 0815.1000.5572 at …", "The customer called us from 0065 8722 5608 on …",
// "missed call from +44 20 7946 0018". callFromSpans21 masks 7 to 15
// digits written as numbers are (a '+', spaces, dots, dashes, brackets)
// right after "from", when the clause before it (up to a sentence's end)
// names a call; a date (2026-10-06, 26.09.2026), an IPv4 address, a time
// and a number with letters glued to it stay.

// callWords21 name a call, a voicemail, a fax or an SMS (lower case).
var callWords21 = []string{"call", "voicemail", "voice mail", "fax", "sms", "text message", "dialled", "dialed", "phoned", "rang"}

// mayHoldCallFrom21 is callFromSpans21's cheap test (tp: the text's
// pairs).
func mayHoldCallFrom21(tp *textPairs) bool {
	return tp.contains("from ") && (tp.contains("all") || tp.contains("ALL") || tp.contains("oice") ||
		tp.contains("ax ") || tp.contains("SMS") || tp.contains("sms") || tp.contains("hone") ||
		tp.contains("ial") || tp.contains("rang"))
}

// callFromSpans21 returns the callers' numbers of s (see above).
func callFromSpans21(s string, have []span) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], " from ")
		if i < 0 {
			break
		}
		i += off
		off = i + 6
		a := i + 6
		if a >= len(s) || !isDigit(s[a]) && !(s[a] == '+' || s[a] == '(') {
			continue
		}
		if !callClauseBefore21(s, i) {
			continue
		}
		e, digits, ok := callNumberEnd21(s, a)
		if !ok || digits < 7 || digits > 15 || overlapsSpan21(have, a, e) {
			continue
		}
		out = append(out, span{start: a, end: e, kind: KindPhone})
		off = e
	}
	return out
}

// callClauseBefore21 reports a call's word in the clause that ends at i.
func callClauseBefore21(s string, i int) bool {
	a := max(0, i-80)
	seg := s[a:i]
	for _, stop := range []string{". ", "\n", `\n`, "; ", "? ", "! "} {
		if k := strings.LastIndex(seg, stop); k >= 0 {
			seg = seg[k+len(stop):]
		}
	}
	low := lowerASCII21(seg)
	for _, w := range callWords21 {
		for k := strings.Index(low, w); k >= 0; {
			if (k == 0 || !isAlpha(low[k-1])) && !strings.HasPrefix(low[k:], "callback") {
				return true // (a webhook's callback is no phone call)
			}
			n := strings.Index(low[k+1:], w)
			if n < 0 {
				break
			}
			k += 1 + n
		}
	}
	return false
}

// callNumberEnd21 reads a number at a: its end and its count of digits,
// and whether it reads as a phone (not a date, an IPv4 address or a time).
func callNumberEnd21(s string, a int) (int, int, bool) {
	e, digits := a, 0
	if s[e] == '+' {
		e++
	}
	var groups []int
	var seps []byte
	run := 0
	for e < len(s) {
		c := s[e]
		switch {
		case isDigit(c):
			digits++
			run++
			e++
			continue
		case (c == ' ' || c == '.' || c == '-' || c == '/') && e+1 < len(s) && isDigit(s[e+1]) && run > 0,
			c == '(' && e+1 < len(s) && isDigit(s[e+1]),
			c == ')' && run > 0 && e+1 < len(s) && (s[e+1] == ' ' || isDigit(s[e+1])):
			if run > 0 {
				groups = append(groups, run)
				seps = append(seps, c)
			}
			run = 0
			e++
			if c == ')' && e < len(s) && s[e] == ' ' {
				e++
			}
			continue
		}
		break
	}
	if run > 0 {
		groups = append(groups, run)
	}
	if e < len(s) && (isAlpha(s[e]) || s[e] == ':' || s[e] == '@' || s[e] >= 0x80) {
		return 0, 0, false // "from 10:00", "from 3pm", an address
	}
	if len(groups) == 0 {
		return 0, 0, false
	}
	if len(groups) == 3 && len(seps) == 2 && seps[0] == seps[1] && seps[0] != ' ' &&
		(groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2 || groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4) {
		return 0, 0, false // a date
	}
	if len(groups) == 4 && seps[0] == '.' && seps[1] == '.' && seps[2] == '.' && groups[0] <= 3 && groups[1] <= 3 && groups[2] <= 3 && groups[3] <= 3 && s[a] != '0' {
		return 0, 0, false // an IPv4 address
	}
	// a trailing sentence stop is not the number's
	return e, digits, true
}
