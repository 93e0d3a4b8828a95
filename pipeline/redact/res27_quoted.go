package redact

import "strings"

// A phone a few words after its label, quoted: a step or a field named by
// a phone word and, before any digit on its line, a quoted value that is
// wholly a phone number as people type it (phoneShaped24, or two dotted
// groups: twoDotPhoneR27): `step 4 (fill phone): expected "81.6689.9562"`,
// `mobile field: got '0721.696579'`, `Telefon → "59.28.47.86"`. The words
// between are at most 32 bytes: brackets, a colon, an arrow and at most two
// words of a report ("expected", "got", "value"…), no digit, no comma, no
// other key or quote.

// quotedPhoneWordsR27 are the phone words that name such a value (lower case).
var quotedPhoneWordsR27 = []string{"phone", "telephone", "mobile", "cellphone", "cell", "tel", "msisdn", "whatsapp",
	"telefon", "telefone", "telefono", "teléfono", "telémovel", "telemóvel", "celular", "móvil", "movil", "handphone",
	"puhelin", "mobil", "mobilnummer", "tlf", "телефон", "тел", "電話", "电话", "手机", "手機", "휴대폰", "전화"}

// mayHoldQuotedPhoneR27 is the cheap test before quotedPhoneSpansR27.
func mayHoldQuotedPhoneR27(sig uint32, tp *textPairs) bool {
	if sig&sigDigit == 0 || sig&(sigQuote|sigApos) == 0 {
		return false
	}
	return tp.contains("hone") || tp.contains("obil") || tp.contains("elef") || tp.contains("tel") || tp.contains("ell") ||
		tp.contains("Tel") || tp.contains("PHONE") || sig&sigHigh != 0
}

// quotedPhoneSpansR27 returns the quoted phones named a few words before.
func quotedPhoneSpansR27(s string, have []span) []span {
	var out []span
	for i := 0; i < len(s); i++ {
		q := s[i]
		if q != '"' && q != '\'' {
			continue
		}
		j := i + 1
		for j < len(s) && j-i <= 24 && s[j] != q && s[j] != '\n' {
			j++
		}
		if j >= len(s) || s[j] != q || j == i+1 {
			continue
		}
		v := s[i+1 : j]
		if s[j-1] == '\\' {
			v = v[:len(v)-1] // `\"81.6689.9562\"`
		}
		if v == "" || !isDigit(v[0]) && v[0] != '+' || !(phoneShaped24(v) || twoDotPhoneR27(v)) || overlapsAny(have, i+1, i+1+len(v)) {
			i = j
			continue
		}
		if phoneWordBeforeR27(s, i) {
			out = append(out, span{start: i + 1, end: i + 1 + len(v), kind: KindPhone})
		}
		i = j
	}
	return out
}

// phoneWordBeforeR27 reports a phone word within 32 bytes before the quote
// at q on its line, with no digit and no other quote between.
func phoneWordBeforeR27(s string, q int) bool {
	a := q
	for a > 0 && q-a < 48 {
		c := s[a-1]
		if c == '\n' || isDigit(c) || c == '"' || c == '\'' {
			break
		}
		a--
	}
	seg := strings.ToLower(s[a:q])
	for _, w := range quotedPhoneWordsR27 {
		for off := 0; ; {
			k := strings.Index(seg[off:], w)
			if k < 0 {
				break
			}
			k += off
			off = k + 1
			e := k + len(w)
			if (k == 0 || !isWord(seg[k-1]) || seg[k-1] == '_') && (e == len(seg) || !isAlpha(seg[e])) && len(seg)-e <= 32 && labelTailR27(seg[e:]) {
				return true
			}
		}
	}
	return false
}

// labelTailR27 reports what may stand between a phone's label and its
// quoted value: brackets, ':', '=', '-', '>' and spaces, and at most two
// words of a test's or a form's report ("expected", "got", "value",
// "entered"…), no comma and no other key.
func labelTailR27(t string) bool {
	words := 0
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c == ' ' || c == ':' || c == '=' || c == '(' || c == ')' || c == '-' || c == '>' || c == '\\':
			i++
		case isAlpha(c):
			j := i
			for j < len(t) && isAlpha(t[j]) {
				j++
			}
			if !tailWordsR27[t[i:j]] {
				return false
			}
			if words++; words > 2 {
				return false
			}
			i = j
		default:
			return false
		}
	}
	return true
}

// tailWordsR27 are the words of a report between a label and its value.
var tailWordsR27 = setOf("expected", "got", "value", "was", "is", "set", "to", "entered", "typed", "input", "field",
	"number", "no", "nr", "now", "new", "old", "from", "received", "actual", "want", "wanted")
