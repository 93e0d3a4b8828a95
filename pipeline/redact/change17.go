package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// Change records end where the record's next field begins. A logfmt line
// that writes a field's change goes on with the record's other fields:
//
//	config diff: buyer_name: Ana Lima -> Ana Souza SerialNo=KL4X2 case_id=CASE-7767-390
//
// the new value is "Ana Souza"; "SerialNo=…" and what follows are the
// record's, read on their own.

// pairAfter reports a key=value pair starting at p: a key of two or more
// letters, digits, '_', '.', '-' or brackets, then '=' that is no arrow's
// ("=>") and no comparison's ("==").
func pairAfter(s string, p int) bool {
	k := p
	for k < len(s) && k-p <= 48 && (isAlnum(s[k]) || s[k] == '_' || s[k] == '.' || s[k] == '-' || s[k] == '[' || s[k] == ']') {
		k++
	}
	if k-p < 2 || k >= len(s) || s[k] != '=' || !isAlpha(s[p]) && s[p] != '_' {
		return false
	}
	return k+1 >= len(s) || s[k+1] != '>' && s[k+1] != '='
}

// Audit changes logged as an event's flat fields name the changed field in
// a sibling: "audit.field":"sftp_password" beside "audit.old_value" and
// "audit.new_value". Both values are read as that field's, as they are
// when the change is an object (audit_trail.go).

// flatAuditValue returns the kind to mask the top-level field fs[k] as
// when its path ends in a value member of an audit change ("old_value",
// "new_value", "before", "after"…) and a sibling under the same parent
// names the field changed; ok false otherwise.
func (r *Redactor) flatAuditValue(path string, fs []event.Field, k int) (Kind, bool) {
	if !flatAuditPath(path) {
		return 0, false
	}
	dot := strings.LastIndexByte(path, '.')
	parent := path[:dot+1] // "" for the event's own members: "field":"phone","after":"…" (damage19_audit.go)
	for i := range fs {
		p := fs[i].Path
		if i == k || len(p) <= len(parent) || !strings.HasPrefix(p, parent) || !inLower(auditNameKeys, p[len(parent):]) {
			continue
		}
		if fs[i].Value.Kind != event.String {
			return 0, false
		}
		name := auditFieldPath(fs[i].Value.Str)
		if !pairName(name) {
			return 0, false
		}
		return r.implicit(parent+name, &fs[k].Value)
	}
	return 0, false
}

// flatAuditPath reports a path that flatAuditValue may read: its last
// segment is a value member of an audit change.
func flatAuditPath(path string) bool {
	dot := strings.LastIndexByte(path, '.')
	return dot != 0 && inLower(auditValueKeys, path[dot+1:])
}

// secretSide cuts the new value of a credential's change at its first
// space when the old one has none: a secret is one token, and what follows
// it ("-> Summer2025# order 403-…") is the record's.
func secretSide(s string, old, nv span) span {
	if old.kind != KindCredential || strings.IndexByte(s[old.start:old.end], ' ') >= 0 ||
		nv.start > 0 && (s[nv.start-1] == '"' || s[nv.start-1] == '\'') {
		return nv // (a quoted value is read to its quote)
	}
	if sp := strings.IndexByte(s[nv.start:nv.end], ' '); sp > 0 {
		nv.end = nv.start + sp
	}
	return nv
}

// A secret's change written as a sentence names the secret before its old
// and new values, in the staff's languages:
//
//	password changed from aeb97d63… to Xk29aPq81LmZ
//	user ops changed smtp pass of customer C-83515 from CSszZ#W3P9 to 6Rm33UY6…
//	password alterado de BF*CL*Fpue para 5ed30296…   password změněno z … na …
//	password đã đổi từ … thành …                      password 已更改 原 … 改為 …
//
// Both values are the secret's: one token each, after the word of "from"
// and the word of "to". The secret's name (a key by its parts: "smtp pass",
// "refresh token", "Authorization") stands up to six words before "from".

var (
	credChangeFrom = []string{"from", "de", "z", "από", "dari", "mula", "từ", "原", "von", "da", "van", "desde", "с", "з", "od", "depuis"}
	credChangeTo   = []string{"to", "para", "na", "σε", "kepada", "à", "a", "sa", "thành", "改為", "改为", "auf", "zu", "in", "naar",
		"en", "ke", "menjadi", "на", "do", "hasta", "into", "ni", "nach"}
	// credChangeFirst holds the first bytes of the words of "from".
	credChangeFirst = func() (t [256]bool) {
		for _, w := range credChangeFrom {
			t[w[0]] = true
			if w[0] < 0x80 {
				t[w[0]-('a'-'A')] = true
			}
		}
		return t
	}()
)

// credChangeSpans returns the old and new values of secrets' changes
// written as sentences in s, leaving out what have already covers.
func credChangeSpans(s string, have []span) []span {
	return credChangeSpansAt(s, have, changeFromSpace(s))
}

// changeFromSpace returns the first space of s that a word of "from"
// (credChangeFrom) and a space follow, or -1: the first place where
// credChangeSpans and nameChangeSpans18, which read from their text's
// spaces, can take a change (findDepth looks for it once for both).
func changeFromSpace(s string) int {
	for i := strings.IndexByte(s, ' '); i >= 0 && i+2 < len(s); {
		p := i + 1
		if credChangeFirst[s[p]] && credChangeWordAt(s, p, credChangeFromBy[s[p]]) > 0 {
			return i
		}
		n := strings.IndexByte(s[p:], ' ')
		if n < 0 {
			break
		}
		i = p + n
	}
	return -1
}

// credChangeSpansAt is credChangeSpans reading from the space i0
// (changeFromSpace(s)).
func credChangeSpansAt(s string, have []span, i0 int) []span {
	var out []span
	for i := i0; i >= 0 && i+2 < len(s); {
		p := i + 1
		if credChangeFirst[s[p]] {
			if w := credChangeWordAt(s, p, credChangeFromBy[s[p]]); w > 0 && credNameBefore(s, i) {
				if a, b := changeToken(s, w); b > a {
					if t := credChangeWordAt(s, b+1, credChangeTo); b+1 < len(s) && s[b] == ' ' && t > 0 {
						if c, d := changeToken(s, t); d > c {
							if !changeSpanOver(have, a, b) {
								out = append(out, span{start: a, end: b, kind: KindCredential})
							}
							if !changeSpanOver(have, c, d) {
								out = append(out, span{start: c, end: d, kind: KindCredential})
							}
							i = d
							continue
						}
					}
				}
			}
		}
		n := strings.IndexByte(s[p:], ' ')
		if n < 0 {
			break
		}
		i = p + n
	}
	return out
}

// credChangeWordAt returns where the value after one of words at p starts
// (the word, then one space), or 0.
func credChangeWordAt(s string, p int, words []string) int {
	for _, w := range words {
		q := p + len(w)
		if q < len(s) && s[q] == ' ' && (s[p] >= 0x80 && s[p:q] == w || s[p] < 0x80 && strings.EqualFold(s[p:q], w)) {
			return q + 1
		}
	}
	return 0
}

// changeToken returns the token at p: four to 200 bytes up to a space, a
// quote or the end, not a marker; a trailing comma or full stop left out.
func changeToken(s string, p int) (int, int) {
	if p >= len(s) || isMarkerAt(s, p) {
		return 0, 0
	}
	e := p
	for e < len(s) && e-p <= 200 && s[e] != ' ' && s[e] != '"' && s[e] != '\'' && s[e] != '\n' && s[e] != '\\' {
		e++
	}
	for e > p && (s[e-1] == ',' || s[e-1] == '.' || s[e-1] == ';') {
		e--
	}
	if e-p < 4 || e-p > 200 {
		return 0, 0
	}
	return p, e
}

// credNameBefore reports a secret's name among the six words before the
// space at i, read as a key alone or with the word before it ("smtp pass",
// "refresh token", "ZENDESK TOKEN"), within the clause.
func credNameBefore(s string, i int) bool {
	e := i
	prev := ""
	for n := 0; n < 6 && e > 0; n++ {
		st := e
		for st > 0 && s[st-1] != ' ' {
			st--
		}
		w := s[st:e]
		if w == "" || strings.ContainsAny(w, ".;:!?()[]{}\"=") && !strings.Contains(w, "-") {
			return false // the clause ends
		}
		var buf [48]byte
		if len(w) < len(buf) {
			nk := normKey(buf[:0], w)
			for _, c := range nk {
				if c >= 0x80 {
					nk = lowerHigh(nk)
					break
				}
			}
			if c := keyClass(nk); c == keyCred || c == keyAuth {
				return true
			}
			if prev != "" && len(nk)+len(prev) < len(buf) {
				nk = normKey(append(nk, prev...), "")
				if c := keyClass(nk); c == keyCred || c == keyAuth {
					return true
				}
			}
			if len(nk) < 24 {
				prev = string(nk)
			}
		}
		e = st - 1
	}
	return false
}

// secretAfterQuoted reads the new value of a secret's change whose old value
// was quoted and the new one is not (`Authorization: "Basic …" -> d21z…`):
// one token of eight bytes or more, not digits alone, after the quote, the
// arrow and spaces.
func secretAfterQuoted(s string, e int) (int, int, bool) {
	q := quoteLen(s, e)
	if q == 0 {
		return 0, 0, false
	}
	p, arrow := skipArrow(s, e+q)
	if !arrow || p >= len(s) || s[p] != ' ' {
		return 0, 0, false
	}
	for p < len(s) && s[p] == ' ' {
		p++
	}
	if quoteLen(s, p) > 0 {
		return 0, 0, false
	}
	a, b := changeToken(s, p)
	if b-a < 8 || countDigits(s[a:b]) == b-a {
		return 0, 0, false
	}
	return a, b, true
}
