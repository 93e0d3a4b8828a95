package redact

import "strings"

// A secret printed by the command that decodes it: a shell session logs
// the command, then its output alone on the next line:
//
//	$ kubectl -n ai get secret db-creds -o jsonpath='{.data.password}' | base64 -d
//	0vrLhC-Cc3DTJ1D
//
// decodedSecretSpans20 reads a line that ends in a base64 decode ("base64
// -d", "--decode", "-D") of something the line names as a secret (a
// Kubernetes secret's data, a password, a token, a key) and masks the
// next line when it is a single word: what was decoded. A decoded
// certificate or JSON (many words, several lines) is left to the other
// readers.

// mayHoldDecodedSecret20 is decodedSecretSpans20's cheap test.
func mayHoldDecodedSecret20(s string, sig uint32) bool {
	return sig&(sigNL|sigBackslash) != 0 && strings.Contains(s, "base64 -")
}

// decodedSecretNouns are the words a decode command's line must hold.
var decodedSecretNouns = []string{"secret", "password", "passwd", "token", "apikey", "api_key", "api-key", "credential", ".data.", "private"}

// decodedSecretSpans20 returns the decoded secrets of s (see above).
func decodedSecretSpans20(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "base64 -")
		if i < 0 {
			break
		}
		i += off
		off = i + len("base64 -")
		f := i + len("base64 ")
		fe := f
		for fe < len(s) && (isAlnum(s[fe]) || s[fe] == '-') {
			fe++
		}
		switch s[f:fe] {
		case "-d", "--decode", "-D", "-di", "--decode --ignore-garbage":
		default:
			continue
		}
		nl, next := lineBreakAt20(s, fe)
		if nl < 0 {
			continue
		}
		ls := lineStart20(s, i)
		if !containsFoldAny20(s[ls:i], decodedSecretNouns) {
			continue
		}
		ve := next
		for ve < len(s) && ve-next <= 256 && s[ve] != ' ' && s[ve] != '\t' && s[ve] != '\n' && s[ve] != '\r' &&
			!(s[ve] == '\\' && ve+1 < len(s) && (s[ve+1] == 'n' || s[ve+1] == '"')) && s[ve] != '"' {
			ve++
		}
		if ve-next < 4 || ve-next > 256 || isMarkerAt(s, next) || strings.HasPrefix(s[next:], "$") || strings.HasPrefix(s[next:], "#") {
			continue
		}
		if e, _ := lineBreakAt20(s, ve); e < 0 && ve < len(s) && s[ve] != '"' {
			continue // more words on the line: no value alone
		}
		out = append(out, span{start: next, end: ve, kind: KindCredential})
		off = ve
	}
	return out
}

// lineBreakAt20 reports a line break at p after optional spaces (a real
// one, "\r\n", or one escaped in JSON, "\n"): where it is and where the
// next line starts; -1 when the line goes on.
func lineBreakAt20(s string, p int) (int, int) {
	for p < len(s) && (s[p] == ' ' || s[p] == '\t') {
		p++
	}
	switch {
	case p < len(s) && s[p] == '\n':
		return p, p + 1
	case p+1 < len(s) && s[p] == '\r' && s[p+1] == '\n':
		return p, p + 2
	case p+1 < len(s) && s[p] == '\\' && s[p+1] == 'n':
		return p, p + 2
	}
	return -1, -1
}

// lineStart20 returns where the line that holds i starts (after a real or
// an escaped line break).
func lineStart20(s string, i int) int {
	for p := i; p > 0; p-- {
		if s[p-1] == '\n' || p >= 2 && s[p-1] == 'n' && s[p-2] == '\\' {
			return p
		}
	}
	return 0
}

// containsFoldAny20 reports whether s holds one of the words (ASCII, any
// case).
func containsFoldAny20(s string, words []string) bool {
	for _, w := range words {
		if indexFold(s, w) >= 0 {
			return true
		}
	}
	return false
}
