package redact

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A person's name after the phrase of an event that names who did or
// received something ("received by …", "login as …", "chargeback opened by
// …", "account holder …", "synced for …", "entregado a …"), written in any
// case: the word scanner reads a capitalised name after the intros and the
// eventPhrases; here the same phrases also take
//
//   - a name in lower case ("received by mihai testovici at the door",
//     "login as juan miguel dela cruz"): two or three words and their
//     particles, letters only, none a word of the sentence (stop30), up to
//     a punctuation mark, the text's end or such a word;
//   - the family name first, in capitals or capitalised, before a comma
//     ("synced for Testrousseau, Eloise;", "received by TESTOVICI, Sergio at
//     …"), which the event phrases' reader does not take.
//
// intros30 are the phrases this class adds to the intros (each ends with a
// space): logging in as someone, opening a dispute, an account's holder and
// "for the attention of", in the buyers' languages. ("handed to" is not
// one: a parcel is handed to a carrier's firm as often as to a person.)
var intros30 = []string{
	"login as ", "logged in as ", "log in as ", "signed in as ", "sign in as ", "logging in as ", "impersonating ",
	"opened by ", "raised by ", "filed by ", "disputed by ", "reported by ", "flagged by ",
	"account holder ", "accountholder ", "attn ", "attn: ",
	// "logged in as", "handed over to", "opened by", "account holder" in more of the buyers' languages
	"angemeldet als ", "eingeloggt als ", "connecté en tant que ", "conectado como ", "sesión iniciada como ",
	"accesso come ", "ingelogd als ", "zalogowano jako ", "masuk sebagai ", "inloggad som ", "logget inn som ",
	"přihlášen jako ", "entregue para ", "entregado para ", "ausgehändigt an ",
	"abierto por ", "aberto por ", "ouvert par ", "eröffnet von ", "geopend door ", "aperto da ",
	"otwarty przez ", "dibuka oleh ", "kontoinhaber ", "titular de la cuenta ", "titular da conta ",
	"titulaire du compte ", "intestatario ", "pemilik rekening ", "właściciel rachunku ", "chủ tài khoản ",
}

func init() {
	introIndex = newPhraseIndex(append(append(append(append(append([]string(nil), intros...), intros19...), intros30...), intros32...), intros33...)) // intros32: prose32_frames.go; intros33: nm33_frames.go
}

// stop30 are words of the sentence after a phrase, beyond stop29 and
// notNames: prepositions and conjunctions that end a name written in lower
// case, and the posts, places and accounts a parcel or a login is handed
// to ("handed to front desk", "login as root").
var stop30 = setOf("at", "on", "in", "by", "via", "then", "and", "as", "after", "before", "into", "since",
	"until", "per", "using", "but", "if", "when", "while", "who", "which", "because", "during", "without",
	"neighbour", "neighbor", "neighbours", "reception", "receptionist", "concierge", "security", "guard", "front",
	"desk", "door", "office", "mailroom", "locker", "driver", "staff", "warehouse", "store", "shop", "seller",
	"merchant", "system", "admin", "administrator", "root", "bot", "test", "demo", "default", "owner", "manager",
	"operator", "superuser", "sales", "billing", "finance", "ops", "qa", "dev", "devops", "carrier", "courier",
	"post", "postman", "mail", "family", "member", "friend", "someone", "somebody", "anyone", "same", "other",
	"another", "new", "old", "main", "primary", "secondary", "personal", "business", "company", "corporate",
	"joint", "sole", "holder", "customs", "broker", "agency", "authority", "dept", "department", "clerk", "officer",
	"inspector", "hub", "depot", "branch", "counter", "point", "station", "centre", "center", "facility", "lobby",
	"porter", "doorman", "landlord", "building", "management", "housekeeping", "pharmacy", "clinic", "school", "user", "users", "account", "agent", "api", "service", "bank", "team", "support",
	"marketplace", "market", "channel", "platform", "integration", "app", "apps", "stores", "inventory", "catalog",
	"catalogue", "product", "products", "item", "items", "sku", "listing", "listings", "feed", "region", "country",
	"every", "each", "batch", "job", "task", "queue", "webhook", "endpoint", "partner", "vendor", "supplier",
	"clients", "tenant", "site", "website", "web", "mobile", "android", "ios", "online", "offline", "retail",
	"wholesale", "express", "logistics", "shipping", "delivery", "fulfillment", "fulfilment", "payments", "payment",
	"de", "la", "el", "le", "der", "die", "das", "den", "het", "en", "et", "und", "y", "e", "o", "ou", "oder",
	"um", "am", "im", "au", "aux", "du", "des", "del", "da", "do", "dos", "das", "na", "no", "nos", "ao", "para",
	"por", "pour", "par", "für", "von", "van", "voor", "door", "con", "com", "mit", "avec", "with", "a", "à")

// frameName30 redacts the name at k after a phrase of the intros or the
// eventPhrases when it is written in lower case or with the family name
// first before a comma; it returns the name's end, or 0.
//
// lower says whether a name in lower case is taken: after an event's phrase
// and the intros this class adds (lowerIntro30), not after the older intros
// ("it's", "this is", "i am", "name is"), which precede a state or a thing
// as often ("this is broken", "file name is report final.csv"); a name in
// lower case after "my name is" is names21_intro.go's.
func (sc *scanner) frameName30(k int, lower bool) int {
	s := sc.s
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || s[k] == '[' {
		return 0
	}
	var a, e int
	if isLowerASCII(s[k]) || s[k] >= 0x80 && lowerLatinAt30(s, k) {
		if !lower {
			return 0
		}
		a, e = lowerName30(s, k)
	} else {
		a, e = commaName30(s, k)
	}
	if e <= a || !sc.emit(a, e, KindName, 0) {
		return 0
	}
	return e
}

// lowerIntro30 reports an intro (p, as written) after which a name in lower
// case is taken: one of intros30 or intros19 (a login, a dispute, a
// handover), or one whose last word hands something to or from someone (a
// preposition or a verb of receiving: "received by", "entregado a", "c/o").
// An intro that ends in a copula ("it's", "this is", "ich bin", "sono")
// precedes a state as often as a name, and is left to the capitalised
// reading.
func lowerIntro30(p string) bool {
	if lowerIntroIn32(p) {
		return true // one of intros30 or intros19 (sp32_gates.go: filed by length)
	}
	p = strings.TrimRight(p, " ")
	return lowerIntroEnds30[strings.ToLower(p[strings.LastIndexByte(p, ' ')+1:])]
}

// lowerIntroEnds30 are the last words of intros that hand something to or
// from someone.
var lowerIntroEnds30 = setOf("by", "to", "a", "à", "por", "de", "of", "von", "door", "af", "av", "da", "di", "an",
	"aan", "par", "lui", "oleh", "ngu", "alan", "c/o", "v.", "hd.", "händen", "handen", "c.a.", "recibió", "recebeu",
	"vastaanottanut", "applicant", "co-applicant", "referee", "invitee")

// lowerLatinAt30 reports a Latin letter in lower case beyond ASCII at k
// ("émilie", "ömer").
func lowerLatinAt30(s string, k int) bool {
	r, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.IsLower(r) && unicode.Is(unicode.Latin, r)
}

// lowerName30 reads a name in lower case at k: two or three words besides
// its particles, each of letters, then a punctuation mark, the text's end,
// a dash or a word of stop30.
func lowerName30(s string, k int) (int, int) {
	e, n := k, 0
	for p := k; p < len(s); {
		we := nameWordEnd(s, p)
		if we == p {
			break
		}
		w := s[p:we]
		if we < len(s) && (s[we] == ':' || s[we] == '=') {
			break // "… mehmet yilmaz şifre: …": the next clause's key
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
			return k, 0 // "mihai Testovici": not a name written in lower case
		}
		if n > 0 && particles[w] {
			// a particle inside ("sem van der berg", "juan miguel dela cruz")
		} else {
			if stopWord30(w) {
				break
			}
			n++
			if n > 3 {
				return k, 0
			}
		}
		e = we
		if we >= len(s) || s[we] != ' ' {
			break
		}
		p = we + 1
	}
	if n < 2 || e <= k || !lowerEnd30(s, e) {
		return k, 0
	}
	for e > k && particles[s[strings.LastIndexByte(s[k:e], ' ')+k+1:e]] {
		e = strings.LastIndexByte(s[k:e], ' ') + k // a particle does not end a name
	}
	if !name29(s[k:e], true, true) {
		return k, 0
	}
	return k, e
}

// stopWord30 reports a word of the sentence around a name (lower case).
func stopWord30(w string) bool {
	return stopAll32[w] // stop29, stop30, notNames and agentNotNames in one map (sp32_gates.go)
}

// lowerEnd30 reports what may follow a name in lower case at e: the end, a
// punctuation mark, a quote, a dash, a bracket, or a word (a stop word has
// ended the name's words).
func lowerEnd30(s string, e int) bool {
	if e >= len(s) {
		return true
	}
	switch s[e] {
	case ' ':
		return e+1 < len(s) && s[e+1] != '[' && !isDigit(s[e+1]) || e+1 >= len(s)
	case ',', ';', '.', ':', ')', '|', '\n', '\r', '\t', '"', '\'', '\\', '}', ']', '&', '<':
		return true
	}
	return s[e] >= 0x80 && clauseStop29(s, e+utf8RuneLen30(s, e)) > 0
}

// utf8RuneLen30 is the width of the rune at e.
func utf8RuneLen30(s string, e int) int {
	_, n := utf8.DecodeRuneInString(s[e:])
	return n
}

// commaName30 reads "FAMILY, Given" or "Family, Given Given" at k: one to
// three words, a comma, one to three capitalised words (argName), up to a
// punctuation mark, the end or a word in lower case.
func commaName30(s string, k int) (int, int) {
	c := k
	for f := 0; ; f++ {
		we := nameWordEnd(s, c)
		if f == 3 || we == c || we >= len(s) || !firstUpperOrCaseless29(s[c:we]) {
			return k, 0
		}
		c = we
		if s[c] == ',' {
			break
		}
		if s[c] != ' ' {
			return k, 0
		}
		c++
	}
	if c+2 >= len(s) || s[c+1] != ' ' {
		return k, 0
	}
	e := 0
	for p, g := c+2, 0; g < 3; g++ {
		we := nameWordEnd(s, p)
		if we == p || !firstUpperOrCaseless29(s[p:we]) || we < len(s) && (s[we] == ':' || s[we] == '=') {
			break
		}
		e = we
		if we+1 >= len(s) || s[we] != ' ' {
			break
		}
		p = we + 1
	}
	if e == 0 || e < len(s) && isAlnum(s[e]) || !argName(s[k:e]) {
		return k, 0
	}
	return k, e
}

// eventByShape30 holds eventIndex's phrases by the shape of their first word
// (shapeOf: its first two letters and its length), in the index's order: the
// few phrases a word may start.
var eventByShape30 = sync.OnceValue(func() *[1024][]string {
	t := new([1024][]string)
	for _, l := range eventIndex.lists {
		for _, p := range l {
			w := 0
			for w < len(p) && p[w] < 0x80 && (isAlnum(p[w]) || p[w] == '_') {
				w++
			}
			k := shapeOf(p[0]|0x20, p[1]|0x20, w)
			t[k] = append(t[k], p)
		}
	}
	return t
})

// eventLowerIn30 returns the end of the phrase of eventPhrases at
// i when a letter in lower case follows it, or 0; "for" after an order's
// number (orderFor) is not taken.
func eventLowerIn30(s string, i, j int) int {
	if j >= len(s) || s[j] != ' ' || i+1 >= len(s) || !eventShape[shapeOf(s[i]|0x20, s[i+1]|0x20, j-i)] || i > 0 && (isWord(s[i-1]) || s[i-1] == '\'') {
		return 0 // (eventShape: no phrase's first word has this word's shape; names_event.go)
	}
	return eventLowerAt32(s, i, j-i) // (the phrases of eventByShape30 it may return: sp32_gates.go)
}
