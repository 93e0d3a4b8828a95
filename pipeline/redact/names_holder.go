package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A payment's log names the account's holder in brackets right after the
// account, often family name first ("from iban DE89… (Kulkarni, Kavitha)",
// "card 4111… (María José Ortega)"). holderSpans reads such a bracket after
// an IBAN or a card: two to four words, each capitalised or of a script
// without case (a name's particles inside), one comma at most, no digit.
// A card's brand or an account's type in brackets ("(Visa Debit)",
// "(Business Account)") stays.

// holderSpans returns the holders' names in brackets after the IBAN and
// card spans of sp.
func holderSpans(s string, sp []span) []span {
	var out []span
	for _, x := range sp {
		if x.kind != KindIBAN && x.kind != KindCard {
			continue
		}
		k := x.end
		if k+2 >= len(s) || s[k] != ' ' || s[k+1] != '(' {
			continue
		}
		a := k + 2
		b := strings.IndexByte(s[a:min(len(s), a+64)], ')')
		if b <= 0 {
			continue
		}
		if holderShaped(s[a : a+b]) {
			out = append(out, span{start: a, end: a + b, kind: KindName})
		}
	}
	return out
}

// holderWords are the words of a card's brand or an account's type.
var holderWords = setOf("visa", "mastercard", "amex", "american", "express", "debit", "credit", "card", "bank", "account",
	"maestro", "unionpay", "jcb", "discover", "diners", "club", "elo", "mir", "rupay", "troy", "savings", "checking",
	"current", "business", "personal", "corporate", "prepaid", "virtual", "gold", "platinum", "classic", "premium",
	"sepa", "swift", "bic", "verified", "default", "primary", "expired", "blocked")

func holderShaped(v string) bool {
	if strings.Count(v, ",") > 1 {
		return false
	}
	words := strings.Fields(strings.ReplaceAll(v, ",", " "))
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	var buf [32]byte
	caps := 0
	for _, w := range words {
		if len(w) > len(buf) || hasDigitByte(w) || strings.ContainsAny(w, "[]/=:@#*") {
			return false
		}
		if holderWords[string(lower(buf[:0], w))] || stopNouns[string(lower(buf[:0], w))] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case r < 0x80 && isUpper(byte(r)), r >= 0x80 && unicode.IsLetter(r) && !unicode.IsLower(r):
			caps++
		case particles[w]:
		default:
			return false
		}
	}
	return caps >= 2
}
