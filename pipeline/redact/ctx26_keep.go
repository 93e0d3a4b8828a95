package redact

import "strings"

// Three look-alikes that security tools print next to a buyer's data, kept
// whichever pass took them:
//
//   - a run of hexadecimal byte pairs joined by colons, a certificate's
//     serial or fingerprint, a MAC address ("4A:31:D2:AC:C0:9D:…"): no pair
//     of it is a name ("AD") or a piece of a phone;
//   - a number that starts at a clock time's seconds ("2026-11-25 23:51:00
//     24.239.205.49", a W3C log's date, time and server address): the
//     seconds are the time's, so what follows them is no phone's tail;
//   - the digits in one piece of an "Account:" label ("Account:
//     917328983912", a cloud account's id in TruffleHog's or a billing
//     report's text): an account's number is an id, not a phone.

// dropLookalikes26 drops the spans that lie over one of those look-alikes.
func (sc *scanner) dropLookalikes26() {
	s := sc.s
	out := sc.spans[:0]
	for _, x := range sc.spans {
		if (x.kind == KindName || x.kind == KindPhone) && inHexPairs26(s, x.start, x.end) ||
			x.kind == KindPhone && (afterClock26(s, x.start) || accountValue26(s, x.start, x.end)) {
			continue
		}
		out = append(out, x)
	}
	sc.spans = out
}

// isHexByte26 reports a hexadecimal digit.
func isHexByte26(c byte) bool {
	return isDigit(c) || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f'
}

// inHexPairs26 reports s[a:e] inside a run of five or more hexadecimal
// pairs joined by colons.
func inHexPairs26(s string, a, e int) bool {
	i, j := a, e
	for i > 0 && a-i < 64 && (isHexByte26(s[i-1]) || s[i-1] == ':') {
		i--
	}
	for j < len(s) && j-e < 64 && (isHexByte26(s[j]) || s[j] == ':') {
		j++
	}
	run := strings.Trim(s[i:j], ":")
	if len(run) < 14 || (len(run)+1)%3 != 0 {
		return false
	}
	for k := 0; k < len(run); k++ {
		if k%3 == 2 {
			if run[k] != ':' {
				return false
			}
		} else if !isHexByte26(run[k]) {
			return false
		}
	}
	// the span itself holds nothing but the run's bytes
	for k := a; k < e; k++ {
		if !isHexByte26(s[k]) && s[k] != ':' {
			return false
		}
	}
	return true
}

// afterClock26 reports a span starting at the seconds of a clock time:
// "HH:MM:" just before a.
func afterClock26(s string, a int) bool {
	return a >= 6 && s[a-1] == ':' && isDigit(s[a-2]) && isDigit(s[a-3]) && s[a-4] == ':' && isDigit(s[a-5]) && isDigit(s[a-6]) &&
		a+1 < len(s) && isDigit(s[a]) && isDigit(s[a+1])
}

// accountValue26 reports s[a:e], digits in one piece, as the value of an
// "Account:" label ("Account", "Account ID", "AccountId", "account_id").
func accountValue26(s string, a, e int) bool {
	for k := a; k < e; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	p := a
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p == 0 || s[p-1] != ':' && s[p-1] != '=' {
		return false
	}
	k := p - 1
	st := k
	for st > 0 && k-st < 12 && (isAlpha(s[st-1]) || s[st-1] == '_' || s[st-1] == ' ' && st-1 > 0 && isAlpha(s[st-2])) {
		st--
	}
	if st > 0 && isAlnum(s[st-1]) {
		return false
	}
	key := strings.ToLower(strings.NewReplacer(" ", "", "_", "").Replace(s[st:k]))
	if i := strings.LastIndexAny(key, " \t"); i >= 0 {
		key = key[i+1:]
	}
	return key == "account" || key == "accountid" || key == "awsaccount" || key == "awsaccountid"
}
