package redact

import "strings"

// The address headers of a raw e-mail (RFC 5322: From, To, Cc, Bcc,
// Reply-To, Sender) name a mailbox by a display name as well as by its
// address, and a client writes the name quoted when it holds a comma, a
// dot or letters outside ASCII: From: "Family, Given" <…>, From: "Given
// Family". A quoted display name is the mailbox owner's name whatever
// stands after it (the address, a marker, nothing when a gateway dropped
// it), unless it is an organisation's or a service's ("Marketplace
// Notifications", "Acme GmbH"); written without quotes before "<…>" it
// needs a word the name lists know.

// mailboxHeaders are the headers whose values are mailboxes.
var mailboxHeaders = []string{"From:", "To:", "Cc:", "CC:", "Bcc:", "Reply-To:", "Sender:", "Delivered-To:"}

// mayHoldMailboxHeader is mailboxNameSpans's cheap test.
func mayHoldMailboxHeader(s string) bool {
	return strings.Contains(s, "From:") || strings.Contains(s, "To:") || strings.Contains(s, "Cc:")
}

// mailboxNameSpans returns the display names of the address headers of s
// that no span of have touches (a name another pass found there, without
// its title, is the one the text's echoes are looked for by).
func mailboxNameSpans(s string, have []span) []span {
	var out []span
	for _, h := range mailboxHeaders {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], h)
			if i < 0 {
				break
			}
			i += off
			off = i + len(h)
			// a header opens a line: the text's start, a line break, an
			// escaped one inside a JSON string, or the string's start
			if i > 0 && s[i-1] != '\n' && s[i-1] != '"' && !(i >= 2 && s[i-2:i] == `\n`) {
				continue
			}
			e := off
			for e < len(s) && s[e] != '\r' && s[e] != '\n' && !(s[e] == '\\' && e+1 < len(s) && (s[e+1] == 'r' || s[e+1] == 'n')) {
				e++
			}
			n := len(out)
			out = mailboxNames(s, off, e, out)
			kept := out[:n]
			for _, x := range out[n:] {
				if !overlapsAny(have, x.start, x.end) {
					kept = append(kept, x)
				}
			}
			out = kept
			off = e
		}
	}
	return out
}

// mailboxNames appends the display names of the mailboxes in s[a:e].
func mailboxNames(s string, a, e int, out []span) []span {
	for p := a; p < e; {
		for p < e && (s[p] == ' ' || s[p] == ',') {
			p++
		}
		if p >= e {
			break
		}
		q := `"`
		if s[p] == '\\' && p+1 < e && s[p+1] == '"' {
			q = `\"`
		}
		if strings.HasPrefix(s[p:e], q) {
			na := p + len(q)
			j := strings.Index(s[na:e], q)
			if j < 0 {
				break
			}
			nb := na + j
			if v := strings.TrimSpace(s[na:nb]); mailboxName(v, true) {
				out = append(out, span{start: na, end: nb, kind: KindName})
			}
			p = nb + len(q)
			// the address after it, up to the next mailbox
			if c := strings.IndexByte(s[p:e], ','); c >= 0 {
				p += c + 1
			} else {
				p = e
			}
			continue
		}
		lt := strings.IndexByte(s[p:e], '<')
		c := strings.IndexByte(s[p:e], ',')
		if lt > 0 && (c < 0 || lt < c) {
			if v := strings.TrimSpace(s[p : p+lt]); mailboxName(v, false) {
				out = append(out, span{start: p, end: p + len(strings.TrimRight(s[p:p+lt], " ")), kind: KindName})
			}
		}
		if c < 0 {
			break
		}
		p += c + 1
	}
	return out
}

// mailboxName reports a display name that is a person's.
func mailboxName(v string, quoted bool) bool {
	if len(v) < 3 || strings.ContainsAny(v, "@[]<>") || companyName(v) {
		return false
	}
	ok, caseless := fieldNameShape(v)
	return ok && (caseless || quoted || zplNameEvidence(v))
}
