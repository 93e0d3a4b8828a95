package redact

import "strings"

// Asterisk's voicemail.conf (and the same lines in app_voicemail's
// realtime dumps and FreePBX backups) defines a mailbox a line:
//
//	mailbox => password,full name,email,pager email,options
//	1001 => 4242,Given Family,given@example.com,,attach=yes
//	1002 => -0583,Given Family          (a leading '-': the user may not change it)
//
// voicemailPinSpans21 masks the password: the digits after "=>" on a line
// that opens with a mailbox number (an extension, optionally @context),
// up to the comma. The name and the addresses after it are read by the
// other passes.

// mayHoldVoicemail21 is voicemailPinSpans21's cheap test.
func mayHoldVoicemail21(s string) bool {
	return strings.Contains(s, "=>")
}

// voicemailPinSpans21 returns the mailbox passwords of s.
func voicemailPinSpans21(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "=>")
		if i < 0 {
			break
		}
		i += off
		off = i + 2
		// the mailbox: digits (@context) opening the line
		b := i
		for b > 0 && s[b-1] == ' ' {
			b--
		}
		m := b
		for m > 0 && (isWord(s[m-1]) || s[m-1] == '@' || s[m-1] == '-') && b-m < 40 && !(m >= 2 && s[m-2] == '\\' && s[m-1] == 'n') {
			m-- // (up to a line break escaped in JSON: "\n1001 => …")
		}
		if m == b || !isDigit(s[m]) || !voicemailLineStart21(s, m) {
			continue
		}
		for k := m; k < b && s[k] != '@'; k++ {
			if !isDigit(s[k]) {
				m = -1
				break
			}
		}
		if m < 0 {
			continue
		}
		a := i + 2
		for a < len(s) && s[a] == ' ' {
			a++
		}
		if a < len(s) && s[a] == '-' {
			a++
		}
		e := a
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if e-a < 3 || e-a > 12 || e < len(s) && s[e] != ',' && s[e] != '\n' && s[e] != '\r' && s[e] != '\\' && s[e] != '"' {
			continue
		}
		out = append(out, span{start: a, end: e, kind: KindCredential})
		off = e
	}
	return out
}

// voicemailLineStart21 reports whether p opens a line (a real one or one
// escaped in JSON).
func voicemailLineStart21(s string, p int) bool {
	return p == 0 || s[p-1] == '\n' || s[p-1] == '\r' || p >= 2 && s[p-2] == '\\' && s[p-1] == 'n' || s[p-1] == '\t'
}
