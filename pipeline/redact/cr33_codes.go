package redact

import "strings"

// One-time codes in forms and clauses that the readers before this round
// left:
//
//   - a form's label line "Code: 1784" (a scanned return form, a pasted
//     block of labels): the label opens its line, the 4 to 8 digits close
//     it, and the text names no error or status;
//   - "der Code lautet 729243" after a word of politeness that opens the
//     clause ("Bitte der Code lautet …", "please, the code is …") or as a
//     form field's whole value ("note=der Code lautet …").

// lineStart33 reports that p opens a line: after a newline, real or
// escaped.
func lineStart33(s string, p int) bool {
	return p > 0 && (s[p-1] == '\n' || s[p-1] == '\r' || p >= 2 && s[p-1] == 'n' && s[p-2] == '\\')
}

// lineEnds33 reports that e closes a line: the text's end or a newline,
// real or escaped.
func lineEnds33(s string, e int) bool {
	return e == len(s) || s[e] == '\n' || s[e] == '\r' || s[e] == '\\' && e+1 < len(s) && s[e+1] == 'n'
}

// formCodeLine33 reports the bare "Code" label at ks..j (then ':') on a
// line of its own whose value p..e is all its line holds, in a text that
// names no error or status.
func formCodeLine33(s string, ks, j, p, e int) bool {
	if j >= len(s) || s[j] != ':' || !lineStart33(s, ks) || !lineEnds33(s, e) {
		return false
	}
	for q := j + 1; q < p; q++ {
		if s[q] != ' ' && s[q] != '\t' {
			return false // quoted, bracketed: another reader's
		}
	}
	t := s[max(0, ks-1024):min(len(s), e+1024)]
	return !errorWordIn19(t) && !strings.Contains(t, "HTTP") && !strings.Contains(t, "http")
}

// clausePolite33 are words of politeness and greeting that may stand
// before the article opening a clause: "Bitte der Code lautet …".
var clausePolite33 = setOf("bitte", "please", "pls", "plz", "favor", "hola", "hi", "hello", "hallo", "ok", "okay",
	"oi", "olá", "ola", "bonjour", "salut", "ciao", "also", "so", "und", "and", "y", "e", "et", "danke", "thanks",
	"gracias", "obrigado", "obrigada", "merci", "grazie")

// clauseOpens33 reports a clause opened at w beyond itemOpens18: as a
// form field's whole value ("note=der Code …") or after a word of
// politeness that opens it ("Bitte der Code …").
func clauseOpens33(s string, w int) bool {
	if w > 0 && s[w-1] == '=' {
		return true
	}
	q := spacesBack20(s, w)
	if q == w || q == 0 {
		return false
	}
	if s[q-1] == ',' || s[q-1] == '!' {
		q-- // "Please, the code is …"
	}
	a0, a1 := wordBefore20(s, q)
	if a0 < 0 || a1-a0 > 9 {
		return false
	}
	var b [12]byte
	return clausePolite33[bytesToString(lowerWord18(b[:0], s[a0:a1]))] && (a0 == 0 || itemOpens18(s, a0) || s[a0-1] == '=')
}

// escapedCodeKey33 reports the bare "Code" key at ks..j read with the 'n'
// of an escaped line break before it ("…\nCode: 1784").
func escapedCodeKey33(s string, ks, j int) bool {
	return j-ks == 5 && ks > 0 && s[ks] == 'n' && s[ks-1] == '\\' && strings.EqualFold(s[ks+1:j], "code")
}
