package redact

import "strings"

// hasUnicodeEscape reports a JSON \uXXXX escape of a character beyond
// ASCII anywhere in s: "\u00e9", but also the Georgian, CJK or Devanagari
// letters of an internationalised address ("@\u10e1\u10d0…",
// "@\u516c\u53f8.\u4e2d\u56fd") that json_encode and json.dumps write.
func hasUnicodeEscape(s string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], `\u`)
		if k < 0 {
			return false
		}
		i += k + 2
		if i+4 <= len(s) && isHex(s[i]) && isHex(s[i+1]) && isHex(s[i+2]) && isHex(s[i+3]) &&
			!(s[i] == '0' && s[i+1] == '0' && s[i+2] < '8') {
			return true
		}
	}
}

// plusLocalParts widens an address found in URL-decoded text over the part
// of its local part that decoding cut at a literal '+': a query that sends
// "email=ana+shop@…" unescaped reads "ana shop@…" decoded, yet the '+' is
// the address's own (a sub-address tag), so "ana+" is redacted with it.
func plusLocalParts(s string, spans []span) {
	for i := range spans {
		x := &spans[i]
		if x.kind != KindEmail || x.start < 2 || s[x.start-1] != '+' {
			continue
		}
		p := x.start - 1
		for p > 0 && isLocal(s[p-1]) && s[p-1] != '+' {
			p-- // one tag only: "Body=sent+to+ana@…" is a sentence whose spaces were '+'
		}
		if p < x.start-1 && p > 0 && s[p-1] == '=' { // the whole value of a query key: "email=ana+shop@…"
			x.start = p
		}
	}
}

// scpRemote reports the scp-like remote of git and ssh ("git@github.com:
// org/repo.git", "deploy@build.example.com:releases/") rather than a
// mailbox: an account of a service (git, hg, svn, deploy…) or a path
// right after the colon, without a space.
func scpRemote(local, rest string) bool {
	end := 0
	for end < len(rest) && end < 256 && rest[end] > ' ' && rest[end] != '"' && rest[end] != '\'' && rest[end] != ',' {
		end++
	}
	if end == 0 {
		return false
	}
	p := rest[:end]
	switch strings.ToLower(local) {
	case "git", "hg", "svn", "gitlab", "gitea", "forgejo", "deploy", "aur", "ubuntu", "ec2-user", "root":
		return isWord(p[0]) || p[0] == '/' || p[0] == '~'
	}
	return strings.IndexByte(p, '/') > 0 && (strings.HasSuffix(p, ".git") || strings.HasSuffix(p, ".git/") || strings.HasSuffix(p, "/"))
}
