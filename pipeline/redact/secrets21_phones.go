package redact

import "strings"

// Phone numbers in the addresses telephony writes:
//
//   - a SIP or tel URI whose user part is a subscriber number (RFC 3261
//     §19.1.6, RFC 3966): "sip:+84989899032@172.64.60.73:5060",
//     "sips:+4915112345678@sbc…", "tel:+1-201-555-0123",
//     "sip:442071234567@trunk;user=phone" — a '+' and 7–15 digits (RFC
//     3966's visual separators '-' and '.' allowed), or 10–15 digits
//     without it; an extension ("sip:581@pbx") is shorter and stays;
//   - a caller id as Asterisk writes it, a quoted name and the number in
//     angle brackets ("\"Given Family\" <729672851>"), 7–15 digits;
//   - an SMPP PDU's source and destination addresses (source_addr,
//     destination_addr, dest_addr) of 8–15 digits in a line that names
//     SMPP; an alphanumeric sender ("SHOPOPS") or a short code stays.
//
// The host, the port, the tag and branch parameters, Call-IDs and CSeq
// are not read.

// mayHoldTelURI21 is telURISpans21's cheap test: a colon after "sip",
// "sips" or "tel" and before a '+', or a '<' after a quote and a space
// (both found by rare bytes, not by the words).
func mayHoldTelURI21(s string, sig uint32) bool {
	if sig&sigLT != 0 && sig&sigQuote != 0 {
		for p := 0; ; {
			i := strings.IndexByte(s[p:], '<')
			if i < 0 {
				break
			}
			i += p
			if i >= 2 && s[i-1] == ' ' && s[i-2] == '"' {
				return true
			}
			p = i + 1
		}
	}
	if sig&sigColon == 0 {
		return false
	}
	for p := 0; ; {
		i := strings.IndexByte(s[p:], ':')
		if i < 0 {
			return false
		}
		i += p
		if i >= 3 && (s[i-3:i] == "sip" || s[i-3:i] == "ips" || s[i-3:i] == "tel" && i+1 < len(s) && s[i+1] == '+') {
			return true
		}
		p = i + 1
	}
}

// telURISpans21 returns the numbers of s's SIP and tel URIs and caller ids
// that no earlier span covers.
func telURISpans21(s string, have []span) []span {
	var out []span
	add := func(a, e int) {
		if !overlapsSpan21(have, a, e) {
			out = append(out, span{start: a, end: e, kind: KindPhone})
		}
	}
	for _, scheme := range []string{"sip:", "sips:", "tel:"} {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], scheme)
			if i < 0 {
				break
			}
			i += off
			off = i + len(scheme)
			if i > 0 && isAlnum(s[i-1]) {
				continue // "voip:", "mysip:"
			}
			a := i + len(scheme)
			if e := uriNumberEnd21(s, a); e > 0 {
				add(a, e)
				off = e
			}
		}
	}
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "\" <")
		if i < 0 {
			break
		}
		i += off
		off = i + 3
		a := i + 3
		p := a
		if p < len(s) && s[p] == '+' {
			p++
		}
		e := p
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if e-p >= 7 && e-p <= 15 && e < len(s) && s[e] == '>' {
			add(a, e)
		}
	}
	return out
}

// uriNumberEnd21 returns the end of a subscriber number that is the user
// part of a URI at a, or 0.
func uriNumberEnd21(s string, a int) int {
	p := a
	plus := p < len(s) && s[p] == '+'
	if plus {
		p++
	}
	e, digits := p, 0
	for e < len(s) && e-p < 24 {
		c := s[e]
		if isDigit(c) {
			digits++
		} else if !(plus && (c == '-' || c == '.') && e > p && isDigit(s[e-1]) && e+1 < len(s) && isDigit(s[e+1])) {
			break
		}
		e++
	}
	if digits > 15 || plus && digits < 7 || !plus && digits < 10 {
		return 0
	}
	// the user part ends at the host, a parameter or the URI's end
	if e < len(s) && s[e] != '@' && s[e] != ';' && s[e] != '>' && s[e] != ' ' && s[e] != '"' && s[e] != '\'' &&
		s[e] != '\\' && s[e] != ',' && s[e] != '\n' && s[e] != '\r' && s[e] != '&' && s[e] != '?' {
		return 0
	}
	if e < len(s) && s[e] == '@' && !plus && strings.HasPrefix(s[a:], "tel:") {
		return 0
	}
	return e
}

// overlapsSpan21 reports whether [a,e) meets one of the spans.
func overlapsSpan21(spans []span, a, e int) bool {
	for _, x := range spans {
		if x.start < e && a < x.end {
			return true
		}
	}
	return false
}

// mayHoldSMPP21 is smppSpans21's cheap test: an SMPP PDU's name
// ("deliver_sm", "submit_sm", "short_message") or a delivery receipt's
// "dlvrd:", found by their '_' and ':'.
func mayHoldSMPP21(s string, sig uint32) bool {
	for p := 0; ; {
		i := strings.IndexByte(s[p:], '_')
		if i < 0 {
			break
		}
		i += p
		if i+3 <= len(s) && s[i+1] == 's' && s[i+2] == 'm' || i >= 5 && s[i-5:i] == "short" {
			return true
		}
		p = i + 1
	}
	if sig&sigColon == 0 {
		return false
	}
	for p := 0; ; {
		i := strings.IndexByte(s[p:], ':')
		if i < 0 {
			return false
		}
		i += p
		if i >= 5 && s[i-5:i] == "dlvrd" {
			return true
		}
		p = i + 1
	}
}

// smppAddrKeys21 are the SMPP fields that hold a phone number.
var smppAddrKeys21 = []string{"source_addr", "destination_addr", "dest_addr"}

// smppSpans21 returns the subscriber numbers of an SMPP PDU's addresses
// and the one-time code of a delivery receipt's or message's text.
func smppSpans21(s string, have []span) []span {
	low := lowerASCII21(s)
	if !strings.Contains(low, "smpp") && !strings.Contains(low, "deliver_sm") && !strings.Contains(low, "submit_sm") &&
		!strings.Contains(low, "short_message") && !strings.Contains(low, "dlvrd:") {
		return nil
	}
	var out []span
	for _, k := range smppAddrKeys21 {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], k)
			if i < 0 {
				break
			}
			i += off
			off = i + len(k)
			if i > 0 && (isAlnum(s[i-1]) || s[i-1] == '_') {
				continue // "source_addr_ton"
			}
			p := i + len(k)
			for p < len(s) && (s[p] == '=' || s[p] == ':' || s[p] == ' ' || s[p] == '"' || s[p] == '\'' || s[p] == '\\') && p-i-len(k) < 6 {
				p++
			}
			if p == i+len(k) || p < len(s) && s[p-1] == ' ' && s[i+len(k)] == ' ' {
				continue // no key's separator: "source_addr_ton", prose
			}
			a := p
			if p < len(s) && s[p] == '+' {
				p++
			}
			e := p
			for e < len(s) && isDigit(s[e]) {
				e++
			}
			if e-p < 8 || e-p > 15 || e < len(s) && isAlnum(s[e]) || overlapsSpan21(have, a, e) {
				continue
			}
			out = append(out, span{start: a, end: e, kind: KindPhone})
			off = e
		}
	}
	out = append(out, smsTextCodeSpans21(s, low, have)...)
	sortByStart(out)
	return out
}

// lowerASCII21 returns s with its ASCII letters in lower case, byte for
// byte.
func lowerASCII21(s string) string {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if isUpper(b[k]) {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
