package redact

import (
	"unicode"
	"unicode/utf8"
)

// Names written in capitals. Passports, airline manifests, card
// embossers and many shops' exports write a whole name in capitals, and a
// message then carries it so after a role word, an honorific or a
// self-introduction ("customer KAVITHA IBRAHIM", "holder WOJCIECH
// KOWALCZYK", "saya AHMAD SUBRAMANIAM"). personName reads capitalised
// words but wants a letter in lower case (or beyond ASCII) to tell a name
// from an acronym or a status ("customer API KEY", "recipient NOT FOUND");
// capsName lets a run of capitals count as a name when it cannot be one
// of those.

// capsName reports two to four words in capitals, each of three letters
// or more (a hyphen or an apostrophe inside: "AL-MUTAIRI", "O'NEIL"), none
// a word of commerce, status or HTTP (argWords), of a program
// (capsNotNames) or a legal form.
func capsName(v string) bool {
	var wb [5]string
	ws := wb[:0]
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		if w == "" {
			continue
		}
		if len(ws) == len(wb) {
			return false
		}
		letters := 0
		for k := 0; k < len(w); {
			r, n := utf8.DecodeRuneInString(w[k:])
			switch {
			case r >= 'A' && r <= 'Z':
				letters++
			case r >= 0x80 && unicode.IsUpper(r): // "PHẠM", "ÇELİK"
				letters++
			case r >= 0x80 && unicode.IsMark(r) && k > 0:
			case (r == '-' || r == '\'') && k > 0 && k < len(w)-1:
			default:
				return false
			}
			k += n
		}
		if letters < 3 {
			var lb [8]byte
			if len(ws) == 0 || len(w) > len(lb) || rest == "" || !particleWord(string(lower(lb[:0], w))) {
				return false
			}
			continue // a particle inside: "SAEED BIN AL MANSOORI", "KEN DE LA FLATLEY"
		}
		var buf [24]byte
		if len(w) <= len(buf) && capsNotNames[string(lower(buf[:0], w))] {
			return false
		}
		ws = append(ws, w)
	}
	return len(ws) >= 2 && len(ws) <= 4 && argWords(ws)
}

// capsNotNames are words written in capitals in logs that are no part of
// a name: programs, protocols, formats, log levels and placeholders.
var capsNotNames = setOf(
	// carriers and their services, written in capitals on labels and in codes
	"ups", "usps", "dhl", "fedex", "tnt", "dpd", "gls", "ems", "jne", "lbc", "sicepat", "yamato", "sagawa", "correos",
	"chronopost", "colissimo", "hermes", "evri", "postnl", "bpost", "inpost", "aramex", "smsa", "naqel", "delhivery",
	"bluedart", "ninja", "kerry", "ground", "freight", "overnight", "economy", "standard", "priority", "sameday",
	"api", "key", "keys", "sku", "skus", "vip", "null", "nil", "none", "n/a", "http", "https",
	"json", "xml", "csv", "pdf", "sms", "otp", "pin", "url", "uri", "uuid", "guid", "info", "warn", "warning",
	"debug", "trace", "fatal", "error", "errors", "invalid", "missing", "required", "empty", "blank", "unknown",
	"redacted", "masked", "hidden", "test", "demo", "sample", "example", "guest", "anonymous", "admin", "root",
	"system", "user", "users", "customer", "customers", "buyer", "seller", "name", "first", "last", "full",
	"address", "phone", "email", "mail", "number", "code", "type", "status", "state", "new", "old", "not", "and",
	"the", "for", "with", "from", "all", "any", "yes", "off", "cod", "usd", "eur", "gbp", "idr", "myr", "sgd",
	"thb", "php", "vnd", "inr", "cny", "jpy", "krw", "aud", "cad", "brl", "mxn", "try", "rub", "uah", "pln",
	"czk", "huf", "ron", "sek", "nok", "dkk", "chf", "zar", "ngn", "kes", "egp", "sar", "aed", "pkr", "lkr")

// tradeWordIn reports a word of shops' and carriers' names (tradeWords) in v.
func tradeWordIn(v string) bool {
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		var buf [24]byte
		if len(w) <= len(buf) && tradeWords[string(lower(buf[:0], w))] {
			return true
		}
	}
	return false
}
