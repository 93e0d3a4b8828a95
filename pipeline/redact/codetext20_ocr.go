package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Secrets in text laid out in columns. OCR of a scanned form and
// pdftotext -layout write a row of labels and, on the next line, their
// values, each value starting where its label starts:
//
//	Broker user                  Broker password    Mrn
//	name@example.com             Tz9!fakefake1      26NLUCXRJWA4AYNIBA3
//
// columnSecretSpans20 reads a line of labels (two cells or more, apart by
// two spaces or a tab, each a few words of letters) and the line below
// it: a label that is a credential's key (keyClass: "Broker password",
// "Client secret", "API key", "PIN"; not "Password policy", "Secret ref"
// or "Pin code", India's postcode) names the value in its place when both
// lines hold as many cells, or else, in a layout of spaces, the value that
// starts in its column; it is taken when it is one token.

// columnSecretWords20 are the byte strings a credential's label holds,
// for the cheap test: ASCII ones in any case.
var columnSecretWords20 = []string{"pass", "secret", "token", "key", "pin", "pwd", "contraseña", "senha", "kennwort",
	"wachtwoord", "şifre", "hasło", "heslo", "jelszó", "parola", "lozinka", "salasana", "lösenord", "adgangskode",
	"парол", "密码", "密碼", "パスワード", "비밀번호", "รหัสผ่าน", "كلمة المرور", "סיסמה", "κωδικός"}

// mayHoldColumnSecret20 is columnSecretSpans20's cheap test: lines, a
// column's gap and a credential's word.
func mayHoldColumnSecret20(s string, sig uint32) bool {
	if sig&sigNL == 0 || !strings.Contains(s, "  ") && strings.IndexByte(s, '\t') < 0 {
		return false
	}
	for _, w := range columnSecretWords20 {
		if w[0] < 0x80 && indexFold(s, w) >= 0 || w[0] >= 0x80 && sig&sigHigh != 0 && strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// columnCell20 is a cell of a line laid out in columns: its bytes and the
// column (in runes) where it starts.
type columnCell20 struct{ a, b, col int }

// columnCells20 splits s[a:b] at gaps of two spaces or more, or tabs.
func columnCells20(s string, a, b int, out []columnCell20) []columnCell20 {
	col, p := 0, a
	for p < b {
		for p < b && (s[p] == ' ' || s[p] == '\t') {
			p++
			col++
		}
		if p >= b {
			break
		}
		st, stCol := p, col
		for p < b {
			if s[p] == '\t' || s[p] == ' ' && p+1 < b && s[p+1] == ' ' {
				break
			}
			_, n := utf8.DecodeRuneInString(s[p:b])
			p += n
			col++
		}
		out = append(out, columnCell20{st, p, stCol})
	}
	return out
}

// columnLabel20 reports a cell that reads as a label: one to four words
// of letters (a '.', '#', '/' or '-' inside), no digit.
func columnLabel20(v string) bool {
	if len(v) > 40 || strings.Count(v, " ") > 3 {
		return false
	}
	letters := 0
	for _, r := range v {
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			letters++
		case r == ' ' || r == '.' || r == '#' || r == '/' || r == '-' || r == '_' || r == '(' || r == ')':
		default:
			return false
		}
	}
	return letters >= 2
}

// columnSecretLabel20 reports a label that is a credential's key.
func columnSecretLabel20(v string) bool {
	var buf [64]byte
	k := buf[:0]
	for _, r := range v {
		if r == ' ' || r == '_' || r == '-' || r == '.' || r == '/' {
			continue
		}
		if len(k)+utf8.RuneLen(r) > len(buf) {
			return false
		}
		k = utf8.AppendRune(k, unicode.ToLower(r))
	}
	if string(k) == "pincode" {
		return false // India's postcode
	}
	return keyClass(k) == keyCred
}

// columnSecretSpans20 returns the values under a credential's label in
// text laid out in columns (see above); have are the spans found so far.
func columnSecretSpans20(s string, have []span) []span {
	var out []span
	var hb, vb [12]columnCell20
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			break
		}
		le += ls
		next := le + 1
		hs := ls
		head := columnCells20(s, ls, trimCR20(s, ls, le), hb[:0])
		ls = next
		if len(head) < 2 || len(head) > len(hb) {
			continue
		}
		secret := -1
		for j, c := range head {
			v := s[c.a:c.b]
			if !columnLabel20(v) {
				secret = -2
				break
			}
			if secret == -1 && columnSecretLabel20(v) {
				secret = j
			}
		}
		if secret < 0 {
			continue
		}
		ne := strings.IndexByte(s[next:], '\n')
		if ne < 0 {
			ne = len(s)
		} else {
			ne += next
		}
		vals := columnCells20(s, next, trimCR20(s, next, ne), vb[:0])
		for j, c := range head {
			if j != secret && !columnSecretLabel20(s[c.a:c.b]) {
				continue
			}
			k := -1
			if len(vals) == len(head) {
				k = j
			} else if strings.IndexByte(s[hs:ne], '\t') < 0 {
				// a cell left empty: the value that starts in the label's
				// column (tabs say nothing of columns)
				for m, v := range vals {
					if v.col == c.col {
						k = m
						break
					}
				}
			}
			if k < 0 {
				continue
			}
			v := vals[k]
			t := s[v.a:v.b]
			if len(t) < 4 || strings.ContainsAny(t, " \t") || strings.Contains(t, "[REDACTED") || strings.Contains(t, "[HASH:") ||
				columnLabel20(t) && !strings.ContainsAny(t, "._-#/") && (allLower(t) || len(t) < 6) {
				continue // a word, not a secret: "none", "pending"
			}
			if !overlaps(have, v.a, v.b) && !overlaps(out, v.a, v.b) {
				out = append(out, span{start: v.a, end: v.b, kind: KindCredential})
			}
		}
	}
	return out
}

// trimCR20 returns the end of the line s[a:e] without its '\r'.
func trimCR20(s string, a, e int) int {
	if e > a && s[e-1] == '\r' {
		return e - 1
	}
	return e
}
