package redact

import (
	"encoding/base64"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word handles the word at i: credential tokens, IBANs, trigger phrases,
// key=value and JSON key contexts. It returns where scanning resumes.
func (sc *scanner) word(i int) int {
	s := sc.s
	n := len(s)
	j := i
	for j < n && wordByte[s[j]] {
		j++
	}
	if j == i {
		return i + 1 // not reached: word is called on a letter
	}
	if j < n && s[j] == ',' && i > 0 && s[i-1] == '[' {
		if e := sc.bracketPair29(i, j); e > 0 {
			return e // ".NET's Exception.Data: [Passwd, …]" (x29_pairs.go)
		}
	}
	ld := leadAt(s, i) // the phrases that may start here (lead.go)
	if ld != nil && ld.dest != nil && !sc.sawDest && ld.may3(leadDest, s, i) && sc.phraseIn(ld.dest, i) != "" {
		sc.sawDest = true // destinationSpans reads the address after it (address_dest.go)
	}
	if ld != nil && ld.otp != nil && ld.may3(leadOTP, s, i) {
		if e := sc.otpAfter(i, sc.phraseIn(ld.otp, i)); e > 0 {
			return e
		}
	}
	if ld != nil && ld.addr != nil && ld.may3(leadAddr, s, i) {
		if e := sc.addressAfter(i, sc.phraseIn(ld.addr, i)); e > 0 {
			return e
		}
	}
	if phoneLeadMay(s, i, j) { // (phonePhraseAt's first test, inlined: speed27_gates.go)
		if e := phonePhraseAt(s, i, j); e > 0 && (i == 0 || !isWord(s[i-1]) || escapedBreakBefore33(s, i)) {
			sc.ctx = ctxPhone // "reach me at …", "my number is …" (phone_words.go)
			return sc.phoneAhead(e)
		}
	}
	if isUpper(s[i]) && (i == 0 || s[i-1] == '"') && j-i <= 5 {
		if e := sc.cardGreeting(i, j); e > 0 {
			return e
		}
	}
	intro := 0
	if i+1 < n && s[i+1] >= 'A' && s[i+1] <= 'Z' {
		intro = introAt(s, i) // "HI …": introAt folds the second letter too
	} else if ld != nil && ld.intro != nil && ld.mayLen(leadIntro, j-i) && ld.may3(leadIntro, s, i) {
		intro = introIn(s, i, ld.intro)
	}
	if intro == i+5 && strings.EqualFold(s[i:intro], "main ") && streetAfterAt(s, intro) {
		intro = 0 // "Main St": a street, not the Hindi "main" (I) before a name (names_sentence.go)
	}
	if intro > 0 && properIntro(s, i, intro) {
		intro = 0 // "best seller at Ben Thanh Market": a proper noun, not Turkish "ben" (damage16_intro.go)
	}
	if intro > 0 && introInRun18(s, i, intro) {
		intro = 0 // "Grill Pan Air": goods, not Polish "Pan" (Mr) before a name (damage18_goods.go)
	}
	k33 := uint8(0)
	if intro > 0 {
		if k33 = frameKind33(s, i, intro); k33&f33New != 0 {
			if k33&^f33New == f33Intro && !frameReadsLower32(s, intro) {
				k33 = 0 // "hi this is Given Family": the older intro at the next word reads it
			} else if e := sc.frame33(i, intro, k33); e > 0 {
				return e // "Love, kayl xx", "gift for j. zhang, …" (nm33_frames.go)
			}
			intro = 0 // a phrase of nm33's alone: not the older readers'
		}
	}
	if intro > 0 {
		// "hi it's Mariya Pavlov", "my name is …", "ben Tuğba Şahin"
		if e := sc.personName(intro - 1); e > 0 {
			return e
		}
		if e := sc.frameName30(intro, frameReadsLower32(s, intro) && lowerIntro30(s[i:intro])); e > 0 {
			return e // "handed to mihai testovici at …", "login as FAKEBERG, Mark" (nm30_frames.go)
		}
		if k33 != 0 {
			if e := sc.frame33(i, intro, k33); e > 0 {
				return e // "leave it with p. rattanakul next door" (nm33_frames.go)
			}
		}
	}
	if k := participleFor(s, i, j); k > 0 {
		if e := sc.participleName(k); e > 0 {
			return e // "address validated for Goh Wei Ling" (names_after.go)
		}
	}
	if ld != nil && ld.event != nil && ld.mayLen(leadEvent, j-i) && ld.may3(leadEvent, s, i) {
		if k := eventNameIn(s, i, j, ld.event, ld.longest[leadEvent]); k > 0 {
			if e := sc.eventName(k); e > 0 {
				return e // "checkout completed for …", "payment by … declined" (names_event.go)
			}
			if e := sc.frameName30(k, true); e > 0 {
				return e // "synced for Testrousseau, Eloise;" (nm30_frames.go)
			}
		} else if k := eventLowerIn30(s, i, j); k > 0 {
			if e := sc.frameName30(k, true); e > 0 {
				return e // "chargeback opened by gregoire faure, …" (nm30_frames.go)
			}
		}
	}
	if j < n && s[j] >= 0x80 {
		// A Latin word with diacritics after its first ASCII letters
		// ("Người nhận", "gọi", "müşteri"): the non-ASCII trigger lists.
		if e := sc.latinTrigger(i); e > 0 {
			return e
		}
	}
	if j < n && (s[j] == ' ' || s[j] == '-') && (j-i == 3 || j-i == 4 || j-i == 7) {
		switch w := s[i:j]; w {
		case "kata", "Kata", "mot", "Mot", "palavra", "Palavra": // "kata sandi", "mot de passe"
			if e := sc.credWord(i); e > 0 {
				return e
			}
		}
	}
	ctx := sc.ctx
	sc.ctx = ctxNone
	if len(sc.r.prefixes[s[i]]) > 0 {
		if e := sc.customAt(i); e > 0 {
			return e
		}
	}
	if i >= 2 && i != sc.lastEnd && i-1 != sc.lastEnd && (s[i-1] == '-' || s[i-1] == '.') && isWord(s[i-2]) {
		// Inside a compound id: only key contexts apply.
		return sc.keyAfter(i, j, ctx)
	}
	if s[i] == 'B' && i >= 5 && s[i-5:i] == "-----" && (strings.HasPrefix(s[i:], "BEGIN ") || strings.HasPrefix(s[i:], "BEGIN+")) {
		if e := sc.pem(i - 5); e > 0 {
			return e
		}
	}
	if tokenFirst[s[i]] {
		if e := sc.token(i, j); e > 0 {
			return e
		}
	}
	if e := sc.loneSecret(i); e > 0 {
		return e
	}
	if i > 0 && s[i-1] == '"' && isUpper(s[i]) {
		if e := sc.quotedNamePair(i); e > 0 {
			return e
		}
	}
	if i > 0 && isUpper(s[i]) {
		if e := sc.cellNamePair(i); e > 0 {
			return e
		}
	}
	if j-i >= 4 && isAlpha(s[i]) && isAlpha(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) {
		if e := sc.iban(i); e > 0 {
			return sc.holderInParens(e)
		}
	}
	if j-i <= 12 && (j-i == 1 || wordShape[shapeOf(s[i]|0x20, s[i+1]|0x20, j-i)]) {
		if j+1 < n && (s[j] == ' ' || s[j] == ':') && (j-i == 3 || j-i == 4) {
			if e := sc.otpCode(i, j); e > 0 {
				return e
			}
		}
		var buf [12]byte
		w := lower(buf[:0], s[i:j])
		switch cls, _ := wordTable.get(w); cls {
		case wordBearer:
			if j < n && s[j] == ' ' {
				if e := sc.bearer(j + 1); e > 0 {
					return e
				}
			}
		case wordBasic:
			if j < n && s[j] == ' ' {
				if e := sc.basic(j + 1); e > 0 {
					return e
				}
			}
		case wordShip:
			if !(j+1 < n && (s[j] == '-' || s[j] == '.') && isWord(s[j+1])) {
				sc.ship = true // not in a name: "[shipping-label]", "shipping.rate"
			}
			sc.ctx = ctx
		case wordTo:
			if !sc.ship {
				sc.ctx = ctx // "sms to 010.6950.3188"
			}
			if s[i] == 'T' && (i == 0 || s[i-1] == '"') && j+1 < n && s[j] == ' ' {
				// A card's greeting: "To Jérôme Durand!" ("To Be Shipped," is no name).
				if e := strings.IndexAny(s[j+1:min(n, j+82)], "!,\n"); e > 0 && s[j+1+e] == '!' && nameShaped(s[j+1:j+1+e]) &&
					sc.emit(j+1, j+1+e, KindName, 0) {
					return j + 1 + e
				}
			}
			if sc.ship && j < n && (s[j] == ' ' || s[j] == ':') {
				sc.ship = false
				k := j + 1
				if s[j] == ':' && k < n && (s[k] == ' ' || s[k] == '\n') {
					k++ // "ship to: …", and labels: "SHIP TO:\n…"
				}
				k = keyIndexEnd18(s, k) // "ship to 2: USLGB": the second field's value (damage18_fields.go)
				if e := sc.value(k, KindAddress, modeAddress); e > 0 {
					return e
				}
				return k
			}
		case wordAddress:
			// In a sentence; as a key ("address:", "Address:{…}") it goes
			// the way of every key, below.
			if e := sc.addressInProse(i, j); e > 0 {
				return e
			}
		case wordPhone:
			if j < n && s[j] == '>' && sc.classOfWord(i, j) == keyCred {
				return max(sc.xmlElement(i, j), j) // <ns2:otp><![CDATA[…]]>: a credential's element, no phone's (cc31_creds.go)
			}
			if e := sc.key(i, j, ctx); e != j || sc.ctx != ctxNone {
				return e
			}
			if j < len(s) && s[j] >= 0x80 {
				if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) {
					return j // the word goes on in its diacritics: "Phương" is no "ph"
				}
			}
			sc.ctx = ctxPhone
			return sc.phoneAhead(j)
		case wordID:
			if e := sc.key(i, j, ctx); e != j || sc.ctx != ctxNone {
				return e
			}
			sc.ctx = ctxID
			if _, ok := orderWordSet.get(w); ok {
				sc.ctx = ctxOrder
			}
			return j
		case wordCard:
			sc.sawCard = true
			if e := sc.key(i, j, ctx); e != j || sc.ctx != ctxNone {
				return e
			}
			sc.ctx = ctxCard
			return j
		case wordName:
			if j < n && s[j] == ':' && i >= 2 && s[i-2] == ']' && s[i-1] == ' ' && clockBracket(s, i-2) {
				return j + 1 // a speaker's label in a chat transcript ("[09:15] Customer: …"), no name after it
			}
			if e := sc.key(i, j, ctx); e != j {
				return e
			}
			if e := sc.spacedNameValue32(i, j); e > 0 {
				return e // "name خالد …": a name in another script (nm32_keys.go)
			}
			if j < n && s[j] == '.' && greetings[string(w)] {
				return j + 1 // "Hello. My new address …": a sentence, not a name, follows
			}
			if goodsHolder15(s, i, j) {
				return j // "Toilet Paper Holder Genesis": goods, no role (names15_lines.go)
			}
			if e := sc.personName(j); e > 0 {
				return e
			}
			if j+1 < n && s[j] == ',' && s[j+1] == ' ' && greetings[string(w)] {
				if e := sc.personName(j + 1); e > 0 {
					return e // "hi, Minji Kim"
				}
			}
		case wordFiller:
			sc.ctx = ctx
		case wordVerb:
			if i > 1 && s[i-1] == ' ' {
				sc.subjectName(i - 1)
			}
		}
	}
	if (j+1 < n && s[j] == ' ' || s[i] == 'p' && i >= 2 && s[i-1] == '-') && flagSecretMay(s, i, j) {
		if e := sc.flagSecret(i, j); e > 0 {
			return e
		}
	}
	if isUpper(s[i]) {
		jj := j
		for jj < n && s[jj] >= 0x80 {
			r, w := utf8.DecodeRuneInString(s[jj:])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) {
				break
			}
			jj += w // "Ngõ": the street word goes on in its diacritics
		}
		if e := sc.street(i, jj); e > 0 {
			return e
		}
		if e := sc.lexName(i); e > 0 {
			return e // a name known by its words (names_lexicon.go)
		}
	}
	if j+1 < n && s[j] == ' ' && s[j+1] != ' ' && (j-i >= 3 && credEnding(s[j-3:j]) || pwNoun2(s, i, j)) {
		if e := sc.secretAfter(i, j); e > 0 {
			return e
		}
	}
	if j+1 < n && s[j] == ' ' && (j-i >= 3 && j-i <= 6 && loginPrepAt33(s, i) || s[j+1] == ' ' && (i == 0 || s[i-1] == '\n' || s[i-1] == 'n')) {
		if e := sc.prosePw33(i, j); e > 0 {
			return e // "login with tigerlily_6396", "PW  sheaf-each-873" (cr33_prose.go)
		}
	}
	return sc.keyAfter(i, j, ctx)
}

// credEnding is the cheap test before secretAfter: the last three letters
// of a secret's key word ("secret", "token", "api key", "password", …).
func credEnding(t string) bool {
	if len(t) == 3 {
		// Three letters, folded here as lower folds them: one table load.
		a, b, c := t[0]|0x20, t[1]|0x20, t[2]|0x20
		if isLowerASCII(a) && isLowerASCII(b) && isLowerASCII(c) { // (c|0x20 is a lower-case letter only for a letter c)
			return credEnd3[int(a-'a')*676+int(b-'a')*26+int(c-'a')] // most words: no map's hash
		}
	}
	var buf [3]byte
	return credEndings[string(lower(buf[:0], t))]
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// credEnd3 holds the endings of credEndings made of three lower-case
// letters, indexed by them.
var credEnd3 = func() (t [26 * 26 * 26]bool) {
	for w := range credEndings {
		if len(w) == 3 && isLowerASCII(w[0]) && isLowerASCII(w[1]) && isLowerASCII(w[2]) {
			t[int(w[0]-'a')*676+int(w[1]-'a')*26+int(w[2]-'a')] = true
		}
	}
	return t
}()

// credEndings are the last three letters of the key words of secrets.
var credEndings = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range [][]string{credSuffix, credTails, slices.Collect(maps.Keys(credExact))} {
		for _, w := range list {
			if len(w) >= 3 && w[len(w)-1] < 0x80 && w[len(w)-2] < 0x80 && w[len(w)-3] < 0x80 {
				m[w[len(w)-3:]] = true
			}
		}
	}
	return m
}()

// secretAfter redacts a secret written after its key word and a space, as
// people write in messages: "client_secret PvglFRA5t0z", "api key 7YFNpJ…",
// "password Tr0ub4dor!". The word must name a secret and the token must look
// like one (letters with digits or symbols, or long and of mixed case), so
// "password reset requested" keeps "reset".
func (sc *scanner) secretAfter(i, j int) int {
	s := sc.s
	var buf [64]byte
	if j-i > len(buf) {
		return 0
	}
	if c := keyClass(normKey(buf[:0], s[i:j])); c != keyCred && c != keyAuth {
		return 0
	}
	if w := strings.ToLower(s[i:j]); (w == "key" || w == "keys" || w == "pass") && i >= 2 && s[i-1] == ' ' {
		p := i - 1
		for p > 0 && isAlpha(s[p-1]) {
			p--
		}
		if prev := strings.ToLower(s[p : i-1]); prev != "" && endsWithAny(prev, notSecretSet) {
			return 0 // "idempotency key 5215e80b-…", "partition key …"
		}
	}
	k := skipIntros(s, j+1)
	if nextField22(s, k) {
		return 0 // "reason=bad_password ip=10.1.2.3": the next field, no secret (keep22_fields.go)
	}
	if structFieldNext28(s, i, k) {
		return 0 // "&{Flag:one_tap_otp PayoutIban:…}": a field's value, then the next field (zr28_fields.go)
	}
	if sessionIDAt(s, i, j, k) {
		return 0 // "payment attempt for session 6c9d…": a session's UUID (damage16_session.go)
	}
	if k2, ok := pwCopula33(s, j+1); ok {
		if e := sc.pwProseValue33(k2); e > 0 || pwNoun2(s, i, j) {
			return e // "la clave es …", "das PW ist …" (cr33_prose.go)
		}
	}
	if pwNoun2(s, i, j) {
		return 0 // "pw" is read only before a copula (cr33_prose.go)
	}
	if isMarkerAt(s, k) || len(sc.r.prefixes[s[k]]) > 0 || strings.HasPrefix(s[k:], "-----") {
		return 0 // a custom pattern's token, or a PEM block: theirs to redact
	}
	e := unquotedEnd(s, k, modeToken, maxValue)
	for e > k && strings.IndexByte(".,;:)", s[e-1]) >= 0 {
		e--
	}
	// A sentence's '!' or '?' ends the secret, unless the secret needs it:
	// "password koshary!!", "Sisu84!!." keep theirs.
	e2 := e
	for e2 > k && (s[e2-1] == '!' || s[e2-1] == '?') {
		e2--
	}
	if e-e2 < 2 && (secretLooking(s[k:e2]) || !secretLooking(s[k:e])) {
		e = e2
	}
	if e < len(s) && isMarkerAt(s, e) {
		return 0 // "pass pass_00=[REDACTED:…]": a key whose value a first pass redacted
	}
	if !secretLooking(s[k:e]) || !sc.emit(k, e, KindCredential, 0) {
		return 0
	}
	return e
}

// secretIntros are the words between a secret's key word and the secret.
var secretIntros = []string{"is now ", "is ", "was ", "rotated to ", "changed to ", "set to ", "updated to ", "reset to ",
	"to ", "-> ", "=> ", "→ ", "Basic ", "Bearer ", "basic ", "bearer ", "("}

// skipIntros skips the words at k that introduce a secret: "the password
// is M*pb…", "secret rotated to AIza…", "api key Basic c2hv…", "auth_token
// (fc9e…)", "şifre to …".
func skipIntros(s string, k int) int {
	for _, w := range secretIntros {
		if strings.HasPrefix(s[k:], w) && k+len(w) < len(s) && s[k+len(w)] != ' ' {
			k += len(w)
		}
	}
	return k
}

func secretLooking(t string) bool {
	if len(t) < 8 {
		return false
	}
	var digit, lowerC, upperC, sym bool
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isDigit(c):
			digit = true
		case c >= 'a' && c <= 'z':
			lowerC = true
		case isUpper(c):
			upperC = true
		case c >= 0x80:
			return false
		default:
			sym = true
		}
	}
	letters := lowerC || upperC
	return letters && (digit || sym) || len(t) >= 16 && lowerC && upperC
}

// wordByte marks letters, digits and '_' (filled in by scan.go's init).
var wordByte [256]bool

// tokenFirst marks the first letters of credential prefixes.
var tokenFirst = [256]bool{'e': true, 'A': true, 's': true, 'r': true, 'w': true, 'g': true, 'x': true, 'b': true,
	'n': true, 'S': true, 'k': true, 'y': true, 'h': true, 'p': true, 'd': true, 'E': true, 'l': true}

// keyAfter calls key when the byte after the word can start a separator.
func (sc *scanner) keyAfter(i, j, ctx int) int {
	s := sc.s
	if j >= len(s) {
		return j
	}
	switch s[j] {
	case '=', ':', '"', '\'', '\\', ']', '`':
		return sc.key(i, j, ctx)
	case '?':
		if releasedColon31(s, i, j) > 0 {
			return sc.key(i, j, ctx) // EDIFACT's "db_pass?: …" (cc31_creds.go)
		}
		return j
	case '>':
		if e := sc.xmlElement(i, j); e > 0 {
			return e
		}
		return j
	case ' ':
		if j+1 < len(s) && (s[j+1] == ' ' || s[j+1] == '=' || s[j+1] == ':') {
			return sc.key(i, j, ctx)
		}
		if gt := xmlOpenWithAttrsAfter(s, i, j); gt > 0 {
			// <wsse:Password Type="…#PasswordText">secret</wsse:Password>
			if e := sc.xmlElement(i, gt); e > 0 {
				return e
			}
		}
		if j+1 < len(s) && (s[j+1] == '"' || s[j+1] == '\'') {
			// A key word before a quoted value: `recipient "Ana Lima"`,
			// `address 'Rua Augusta 15'`.
			return sc.quotedAfterWord(i, j, ctx)
		}
		if j+1 < len(s) && s[j+1] >= 0x80 {
			if e := sc.spacedNameValue32(i, j); e > 0 {
				return e // "name خالد …": a name in another script (nm32_keys.go)
			}
		}
		return j
	}
	if s[j] >= 0x80 {
		// A key that goes on in another script or with diacritics:
		// "müşteri_adı": …, "fullständigt_namn=…".
		e := j
		for e < len(s) && e-i < 64 {
			r, n := utf8.DecodeRuneInString(s[e:])
			if r != '_' && r != '-' && !unicode.IsLetter(r) && !unicode.IsMark(r) && !(r < 0x80 && isDigit(byte(r))) {
				break
			}
			e += n
		}
		if e > j && e < len(s) && s[e] == '>' {
			// An XML element named in another script or with diacritics:
			// <contraseña>…</contraseña>.
			if r := sc.xmlElement(i, e); r > 0 {
				return r
			}
			return e
		}
		if e > j && e < len(s) && strings.IndexByte("\"'=: \\]`", s[e]) >= 0 {
			if r := sc.key(i, e, ctx); r != e {
				return r
			}
			return e
		}
		return sc.key(i, j, ctx)
	}
	return j
}

// addressInProse reads the address after the word "address" (at j, just
// after it; i is where the word began) in a sentence: "address 170-B,
// F-7/2, Islamabad", "address changed to Boulevard d'Avroy 376, 6000
// Charleroi". What follows must begin as an address does (addressStart),
// and "IP address", "email address", "memory address" hold none.
func (sc *scanner) addressInProse(i, j int) int {
	s := sc.s
	if p := strings.LastIndexByte(s[max(0, i-24):i], ' '); p >= 0 {
		prev := strings.ToLower(strings.TrimRight(s[max(0, i-24)+p+1:i], " "))
		if prev == "" && i >= 2 {
			q := strings.LastIndexByte(s[max(0, i-25):i-1], ' ')
			prev = strings.ToLower(s[max(0, i-25)+q+1 : i-1])
		}
		if slices.Contains(networkBefore, prev) || prev == "memory" || prev == "wallet" {
			return 0
		}
	}
	k := j
	for _, p := range []string{" changed to ", " updated to ", " set to ", " is now ", " now ", " is ", " to ", ": ",
		" est ", " es ", " é ", " ist ", " är ", " er ", " on ", " jest ", " je ", " este ", " adalah ", " ni ", " "} {
		if strings.HasPrefix(s[k:], p) {
			k += len(p)
			break
		}
	}
	if k == j || k >= len(s) || !addressStart(s, k) {
		return 0
	}
	return sc.value(k, KindAddress, modeAddress)
}

// streetHeads begin an address in the languages whose street type (or a
// unit) comes first, often abbreviated and in lower case.
var streetHeads = []string{"vul. ", "ul. ", "jl. ", "jln ", "jalan ", "rua ", "av. ", "calle ", "al. ", "pl. ", "nám. ",
	"náměstí ", "ulica ", "ulice ", "str. ", "strada ", "calea ", "aleea ", "bd. ", "bul. ", "bulevardul ", "sokak ",
	"cad. ", "mah. ", "via ", "viale ", "piazza ", "rue ", "avenue ", "chemin ", "boulevard ", "avenida ", "avda. ",
	"carrera ", "cra. ", "kr. ", "cl. ", "travessa ", "praça ", "estrada ", "h.no. ", "hse no. ", "plot ", "flat ",
	"unit ", "apt ", "apartment ", "blk ", "block ", "số ", "ngõ ", "đường ", "г. ", "пр-т ", "ул. ", "вул. ",
	"пр. ", "бул. ", "улица ", "вулиця ", "проспект ", "רחוב ", "שדרות ", "شارع ", "طريق ", "حي ", "مكان "}

// addressStart reports whether s[k:] begins as an address does: a street
// abbreviation ("vul.", "Jl."), or within a few words a house or plot
// number followed by a comma, a line's end or a capitalised word
// ("Åboulevarden 60, …", "Plot 452, …", "170-B, F-7/2, …", "Blk 846
// Jurong West …") — not "Book 2 synced", "10.0.0.1" or "0x7ffe1234".
func addressStart(s string, k int) bool {
	for _, a := range streetHeads {
		if prefixFold1(s[k:], a) {
			return true
		}
	}
	if streetTypeAt(s, k) || unitWordAt(s, k) {
		return true // "ulica Polna 139C", "al. Grunwaldzka 1/19", "nám. Korunní 52"
	}
	c := s[k]
	if !(isDigit(c) || c == '#' || c >= 'A' && c <= 'Z' || c >= 0x80) || strings.HasPrefix(s[k:], "0x") {
		return false
	}
	end := min(len(s), k+96)
	for p := k; p < end; p++ {
		switch s[p] {
		case '\n', ';', '|', '(', '=':
			return false
		case ':':
			if !(p+2 < len(s) && s[p+1] == ' ' && isDigit(s[p+2]) || p+1 < len(s) && isDigit(s[p+1])) {
				return false // (an address's own "No: 37" goes on)
			}
		}
		if !isDigit(s[p]) || p > k && isWord(s[p-1]) {
			continue
		}
		// A number starts at p: it may carry a letter or a slash ("170-B",
		// "52/8"); then a comma, the end, or a capitalised word or number.
		q := p
		for q < len(s) && (isDigit(s[q]) || s[q] == '/' || s[q] == '-' || isAlpha(s[q]) && q-p < 8) {
			q++
		}
		if strings.Count(s[p:q], ".") == 0 && q < len(s) && s[q] == '.' && q+1 < len(s) && isDigit(s[q+1]) {
			return false // 10.0.0.1, 3.14
		}
		switch {
		case q >= len(s) || s[q] == ',' || s[q] == '\n':
			return true
		case s[q] == ' ' && q+1 < len(s) && (s[q+1] >= 'A' && s[q+1] <= 'Z' || isDigit(s[q+1]) || s[q+1] >= 0x80):
			return true
		}
		return false
	}
	return false
}

// Classes of trigger words.
const (
	wordNone = iota
	wordBearer
	wordBasic
	wordShip
	wordPhone
	wordID
	wordCard
	wordFiller
	wordTo
	wordName
	wordVerb
	wordOTP // read by otpCode before the switch
	wordAddress
)

var wordTable = newTable(func() map[string]int {
	m := map[string]int{"bearer": wordBearer, "basic": wordBasic, "to": wordTo}
	// "address" in prose: "delivery address Åboulevarden 60, …", "address
	// changed to vul. Khreshchatyk 130, …" (a key "address:" is the key's).
	for _, w := range []string{"address", "adresse", "direccion", "endereco", "indirizzo", "alamat", "anschrift",
		"lieferadresse", "adres", "osoite", "cim"} {
		m[w] = wordAddress
	}
	for _, w := range []string{"ship", "ships", "shipping", "shipped", "deliver", "delivers", "delivered", "delivering",
		"delivery", "dispatch", "dispatched", "bill", "billed", "billing"} {
		m[w] = wordShip
	}
	for _, w := range []string{"phone", "tel", "telephone", "mobile", "cell", "call", "fax", "whatsapp", "sms", "contact", "ph", "phoneno", "msisdn",
		"hubungi", "telepon", "telp", "llamar", "ligar", "anrufen", "appeler", "chiamare", "bellen", "telefon", "telefone", "telefono", "celular", "handphone",
		"calling", "callback", "otp", "dial", "dialled", "dialed", "ring", "zavolejte", "zadzwon", "telemovel",
		// more phone words: Nordic, Swiss, Portuguese, Spanish, Filipino, Turkish
		"tlf", "tlfnr", "mobil", "mobilnr", "natel", "handy", "fone", "cel", "celu", "movil", "cellphone",
		"gsm", "puhelin", "telp", "fono",
		// the mobile of Italian, French and Dutch (ph28)
		"cellulare", "cellulaire", "mobiel"} {
		m[w] = wordPhone
	}
	for _, w := range []string{"order", "orders", "ord", "id", "tracking", "waybill", "awb", "shipment", "parcel", "invoice",
		// "order" in the shops' languages, and product codes
		"pedido", "pedidos", "ordre", "ordine", "ordem", "orden", "bestellung", "bestellnr", "commande", "pesanan",
		"tilaus", "bestilling", "zamowienie", "objednavka", "siparis", "comanda", "narudzba", "upc", "ean", "gtin",
		"isbn", "barcode", "mpn",
		"ref", "sku", "asin", "item", "listing", "txn", "transaction", "request", "req", "po", "batch",
		"build", "version", "port", "pid", "code", "status", "error", "errno", "job", "trace", "span", "seq",
		"offset", "partition", "qty", "quantity", "amount", "total", "price", "took", "duration", "ms", "at", "report", "feed"} {
		m[w] = wordID
	}
	for _, w := range []string{"card", "cc", "pan", "paid", "visa", "mastercard", "amex", "jcb", "unionpay", "maestro", "discover", "diners", "elo"} {
		m[w] = wordCard
	}
	for _, w := range []string{"number", "no", "nr", "num", "is", "me", "on", "my", "the", "a", "of", "with", "our", "his", "her", "their", "your", "via"} {
		m[w] = wordFiller
	}
	m["kode"], m["pin"] = wordOTP, wordOTP // "otp" is a phone word above
	// Verbs of contact after their subject: "Ana Lima called about order …".
	for _, w := range []string{"called", "phoned", "rang", "emailed", "mailed", "wrote", "messaged", "texted", "complained",
		"asked", "requested", "replied", "contacted", "ligou", "escreveu", "schrieb", "rief", "belde", "ringde", "menelepon",
		"chiamato", "llamo"} {
		m[w] = wordVerb
	}
	// Words a person's name follows: roles ("account holder Sophie Koch",
	// "recipient Ana Lima", "attn Max Mustermann") and honorifics.
	for _, w := range []string{"holder", "cardholder", "recipient", "consignee", "addressee", "receiver", "attn",
		"attention", "dear", "customer", "buyer", "payer", "payee", "beneficiary", "mr", "mrs", "ms", "miss", "mx",
		"dr", "sr", "sra", "srta", "herr", "frau", "mme", "mlle", "sig", "bapak", "bpk", "ibu", "tuan", "puan",
		"encik", "khun", "signor", "signora", "senhor", "senhora", "señor", "don", "dona", "doña",
		"intestato", "intestata", "destinataire", "titulaire", "titular", "inhaber", "pemilik", "si", "kay", "cho",
		"spedito", "spedita", "enviado", "enviada", "entregue", "envoyé", "envoyée", "geliefert", "dikirim", "cliente", "kunde",
		"shopper", "purchaser", "pembeli", "penerima", "pelanggan", "dihantar", "klant", "ontvanger", "verzonden",
		"bezorgd", "geleverd", "verstuurd", "comprador", "compradora", "destinatario", "destinataria", "acheteur",
		"acheteuse", "client", "cliente", "odbiorca", "klient", "klienta", "zakaznik", "kunden", "kundin",
		// Greetings a name follows in notes and messages to the buyer.
		"hello", "hi", "hey", "hola", "birthday", "congratulations", "congrats", "bonjour", "hallo", "halo", "ciao",
		"caro", "cara", "querido", "querida", "prezado", "prezada", "estimado", "estimada", "liebe", "lieber", "beste",
		"beloved", "thanks",
		// More roles, greetings and self-introductions: "untuk Syahirah binti
		// Razak", "contact person: …", "Tisztelt Kovács Ágnes", "soy María …".
		"untuk", "kepada", "person", "tisztelt", "kedves", "geachte", "gentile", "egregio", "szanowny", "szanowna",
		"vazeny", "vazena", "vevo", "soy", "sou", "escribe", "escreve",
		// Account holders, contacts and the names on a document in more
		// languages; honorifics and greetings of the Nordic, Dutch, German,
		// French, Italian, Filipino and Malay buyers.
		"kontoinhaber", "kontohaver", "nominativo", "intestatario", "intestataria", "contacto", "contato",
		"tenaamstelling", "holdername", "herra", "rouva", "neiti", "hr", "fru", "frk", "hej", "hei", "moi", "terve",
		"geehrte", "geehrter", "mevr", "mevrouw", "meneer", "dhr", "heer", "madame", "monsieur", "mademoiselle",
		"madam", "sir", "ate", "kuya", "cik", "datuk", "dato", "pak", "bu", "kak", "mbak", "estimada", "sigra",
		"fr", "titolare", "beneficiario", "beneficiaria", "bénéficiaire", "begunstigde", "mottaker", "modtager",
		"mottagare", "vastaanottaja", "asiakas", "kunde", "klantnaam", "kontoinnehaver", "kontoindehaver",
		// Customers and recipients of the Nordic, Romanian, Balkan, Baltic,
		// Swahili, Filipino and Polish buyers, with their articles.
		"kund", "mottagaren", "modtageren", "mottakeren", "clientul", "clienta", "clientului", "destinatar",
		"destinatarul", "destinatara", "cumparator", "mteja", "mpokeaji", "primatelj", "kupac", "prejemnik", "kupec",
		"klientas", "klients", "saaja", "tatanggap", "mamimili", "kustomer", "adresat", "adresata", "adresatka",
		// romanised recipients and customers of the Baltic, Nordic, Balkan,
		// Central Asian and African buyers (names_vocab.go has the scripts)
		"gavejas", "pirkejas", "pircejs", "sanemejs", "vidtakandi", "kaupandi", "primalac", "marresi", "klienti",
		"ostja", "mijoz", "xaridor", "onibara", "umamukeli", "ikhasimende", "mpokeaji", "olugba",
		// "dear" and "respected" of the Baltic letters ("Gerb. Darius …")
		"gerb", "gerbiamas", "gerbiama", "gerbiamasis", "gerbiamoji", "cien", "cienijamais", "cienijama"} {
		m[w] = wordName
	}
	for w := range m {
		if len(w) > 1 {
			wordShape[shapeOf(w[0], w[1], len(w))] = true
		}
	}
	return m
}())

// wordShape is a filter before the table: set for the (first letter,
// second letter, length) of every trigger word.
var wordShape [1024]bool

func shapeOf(a, b byte, n int) int { return (int(a)*31 + int(b)*7 + n*131) & 1023 }

// lower appends s in lower case (ASCII).
func lower(dst []byte, s string) []byte {
	if n := len(dst); len(s) <= cap(dst)-n {
		return lowerInto28(dst[:n+len(s)], n, s) // (room for s: no append per byte, sp28_gates.go)
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// customAt matches the custom patterns with a prefix at i.
func (sc *scanner) customAt(i int) int {
	r := sc.r
	list := r.prefixes[sc.s[i]]
	if len(list) == 0 {
		return 0
	}
	s := sc.s
	for _, ci := range list {
		c := &r.custom[ci]
		if c.action == ActionOff || !strings.HasPrefix(s[i:], c.prefix) {
			continue
		}
		end := i + len(c.prefix)
		if c.re != nil {
			lim := i + 512
			if lim > len(s) {
				lim = len(s)
			}
			loc := c.re.FindStringIndex(s[i:lim])
			if loc == nil {
				continue
			}
			end = i + loc[1]
		} else {
			for end < len(s) && isTokenChar(s[end]) {
				end++
			}
			for end > i+len(c.prefix) && (s[end-1] == '.' || s[end-1] == '-') {
				end--
			}
		}
		if end <= i {
			continue
		}
		before := len(sc.spans)
		sc.emit(i, end, KindCustom, ci)
		if len(sc.spans) > before {
			return end
		}
	}
	return 0
}

// tokenEnd returns the end of the run of bytes accepted by ok from i.
func tokenEnd(s string, i int, ok func(byte) bool) int {
	for i < len(s) && ok(s[i]) {
		i++
	}
	return i
}

func isB64URL(c byte) bool { return isWord(c) || c == '-' }
func isHex(c byte) bool    { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }
func isUpperNum(c byte) bool {
	return isUpper(c) || isDigit(c)
}
func isLWA(c byte) bool {
	return isWord(c) || c == '-' || c == '|' || c == '.' || c == '%' || c == '+' || c == '/' || c == '='
}

// token recognises credentials by their prefix: JWTs, AWS access key ids,
// Shopify, Stripe, GitHub, Slack and Google keys, Amazon LWA tokens.
func (sc *scanner) token(i, j int) int {
	s := sc.s
	w := s[i:j]
	end := 0
	switch s[i] {
	case 'e':
		if strings.HasPrefix(w, "eyJ") {
			a := tokenEnd(s, i, isB64URL)
			if a-i >= 10 && a < len(s) && s[a] == '.' {
				b := tokenEnd(s, a+1, isB64URL)
				if b-a > 2 && b < len(s) && s[b] == '.' {
					end = tokenEnd(s, b+1, isB64URL)
				}
			}
		}
	case 'A':
		switch {
		case len(w) == 20 && (strings.HasPrefix(w, "AKIA") || strings.HasPrefix(w, "ASIA") || strings.HasPrefix(w, "AGPA") ||
			strings.HasPrefix(w, "AIDA") || strings.HasPrefix(w, "AROA") || strings.HasPrefix(w, "ANPA") ||
			strings.HasPrefix(w, "ANVA") || strings.HasPrefix(w, "AIPA") || strings.HasPrefix(w, "ABIA") || strings.HasPrefix(w, "ACCA")):
			if tokenEnd(s, i, isUpperNum) == j {
				end = j
			}
		case strings.HasPrefix(s[i:], "Atzr|") || strings.HasPrefix(s[i:], "Atza|") || strings.HasPrefix(s[i:], "Atc|"):
			e := tokenEnd(s, i, isLWA)
			if e-i >= 20 {
				end = e
			}
		case strings.HasPrefix(w, "AIza"):
			// Google API keys: "AIza" and 35 characters of base64url, '-' and
			// '_' included anywhere.
			if e := tokenEnd(s, i, isB64URL); e-i >= 30 {
				end = e
			}
		case strings.HasPrefix(s[i:], "APP_USR-"):
			// Mercado Pago access tokens: APP_USR-<digits>-<digits>-<hex>-<digits>.
			if e := tokenEnd(s, i+8, isB64URL); e-i-8 >= 40 {
				end = e
			}
		}
	case 's':
		switch {
		case len(w) >= 6 && (strings.HasPrefix(w, "shpat_") || strings.HasPrefix(w, "shpss_") || strings.HasPrefix(w, "shpca_") || strings.HasPrefix(w, "shppa_")):
			if len(w) >= 6+16 && tokenEnd(s, i+6, isHex) == j {
				end = j
			}
		case strings.HasPrefix(w, "sk_live_") || strings.HasPrefix(w, "sk_test_"):
			if len(w) >= 8+10 {
				end = j
			}
		case strings.HasPrefix(s[i:], "sk-"): // OpenAI-style secret keys
			if e := tokenEnd(s, i+3, isB64URL); e-i-3 >= 32 {
				end = e
			}
		}
	case 'n':
		if strings.HasPrefix(w, "npm_") && len(w) >= 4+30 {
			end = j // npm access tokens
		}
	case 'S':
		if strings.HasPrefix(s[i:], "SG.") { // SendGrid: SG.<22>.<43>
			a := tokenEnd(s, i+3, isB64URL)
			if a-i-3 >= 16 && a < len(s) && s[a] == '.' {
				if b := tokenEnd(s, a+1, isB64URL); b-a-1 >= 30 {
					end = b
				}
			}
		}
	case 'k':
		if strings.HasPrefix(s[i:], "key-") { // Mailgun: key-<32 hex>
			if e := tokenEnd(s, i+4, isHex); e-i-4 == 32 {
				end = e
			}
		}
	case 'y':
		if strings.HasPrefix(s[i:], "ya29.") { // Google OAuth access tokens
			if e := tokenEnd(s, i+5, func(c byte) bool { return isB64URL(c) || c == '.' }); e-i-5 >= 20 {
				end = e
			}
		}
	case 'h':
		if strings.HasPrefix(w, "hf_") && len(w) >= 3+30 {
			end = j // Hugging Face
		}
	case 'p':
		if strings.HasPrefix(s[i:], "pypi-") {
			if e := tokenEnd(s, i+5, isB64URL); e-i-5 >= 50 {
				end = e
			}
		}
	case 'd':
		switch {
		case strings.HasPrefix(w, "dop_v1_") && len(w) >= 7+64, strings.HasPrefix(w, "dapi") && len(w) == 36 && tokenEnd(s, i+4, isHex) == j:
			end = j // DigitalOcean, Databricks
		}
	case 'r':
		if (strings.HasPrefix(w, "rk_live_") || strings.HasPrefix(w, "rk_test_") || strings.HasPrefix(w, "rzp_live_") ||
			strings.HasPrefix(w, "rzp_test_")) && len(w) >= 18 {
			end = j
		}
	case 'w':
		if strings.HasPrefix(w, "whsec_") && len(w) >= 6+16 {
			end = j
		}
	case 'g':
		switch {
		case len(w) >= 4+20 && w[0] == 'g' && w[1] == 'h' && w[3] == '_' && strings.IndexByte("pousr", w[2]) >= 0:
			end = j // GitHub: 36 characters after the prefix; fewer in older and test tokens
		case strings.HasPrefix(w, "github_pat_") && len(w) >= 11+30:
			end = j
		case strings.HasPrefix(s[i:], "glpat-"):
			if e := tokenEnd(s, i+6, isB64URL); e-i-6 >= 20 {
				end = e // GitLab
			}
		}
	case 'b':
		// A Telegram bot's token in its API URL: /bot<id>:<secret>/sendMessage.
		if len(w) > 3 && w[:3] == "bot" && isDigit(w[3]) {
			if e := telegramToken(s, i+3); e > 0 {
				end = e
				i += 3
			}
		}
	case 'x':
		if strings.HasPrefix(w, "xnd_") && len(w) >= 4+40 {
			end = j // Xendit: xnd_production_…, xnd_development_…, xnd_public_…
			break
		}
		if len(w) == 4 && strings.HasPrefix(w, "xox") && strings.IndexByte("bpars", w[3]) >= 0 && j < len(s) && s[j] == '-' {
			e := tokenEnd(s, j, func(c byte) bool { return isWord(c) || c == '-' })
			if e-i >= 15 {
				end = e
			}
		}
	}
	if end == 0 {
		end = vendorTokenEnd(s, i, j) // vendor_tokens.go
	}
	if end > 0 {
		sc.emit(i, end, KindCredential, 0)
		return end
	}
	return 0
}

// telegramToken returns the end of a Telegram bot token at d (the bot's
// numeric id, ':', then the secret, which starts "AA"), or 0.
func telegramToken(s string, d int) int {
	p := d
	for p < len(s) && isDigit(s[p]) {
		p++
	}
	if p-d < 6 || p-d > 12 || !strings.HasPrefix(s[p:], ":AA") {
		return 0
	}
	e := tokenEnd(s, p+1, isB64URL)
	if e-p-1 < 30 {
		return 0
	}
	return e
}

// pem redacts a PEM private key block from its BEGIN line to its END line
// (or, unterminated, the next 8 KiB).
func (sc *scanner) pem(i int) int {
	s := sc.s
	head := s[i:min(len(s), i+64)]
	nl := strings.Index(head[5:], "-----")
	// (a form body writes the spaces as '+': "-----BEGIN+RSA+PRIVATE+KEY-----")
	if nl < 0 || !strings.Contains(head[:nl+5], "PRIVATE KEY") && !strings.Contains(head[:nl+5], "PRIVATE+KEY") {
		return 0
	}
	lim := min(len(s), i+8192)
	e := lim
	k := strings.Index(s[i+10:lim], "-----END ")
	if k2 := strings.Index(s[i+10:lim], "-----END+"); k2 >= 0 && (k < 0 || k2 < k) {
		k = k2
	}
	if k >= 0 {
		e = i + 10 + k + 9
		if m := strings.Index(s[e:min(len(s), e+64)], "-----"); m >= 0 {
			e += m + 5
		}
	} else if b := pemBodyEnd24(s, i+nl+10, lim); b >= 0 {
		e = b // unterminated: up to the body's end (keep24_pem.go)
	}
	if !sc.emit(i, e, KindCredential, 0) {
		return 0
	}
	return e
}

// bearer redacts the token after "Bearer ".
func (sc *scanner) bearer(k int) int {
	s := sc.s
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if isMarkerAt(s, k) || k < len(s) && (s[k] == '=' || s[k] == ':') {
		return 0 // an earlier pass's marker; "bearer = …" is a key's
	}
	e := tokenEnd(s, k, func(c byte) bool {
		// RFC 6750's token68 and then some: what follows "Bearer " up to a
		// space, a quote or a separator is the secret.
		return c > ' ' && c < 0x7f && strings.IndexByte("\"',;<>\\`[&", c) < 0
	})
	for e < len(s) && s[e] == '=' {
		e++
	}
	if e-k < 8 || !sc.emit(k, e, KindCredential, 0) {
		return 0
	}
	return e
}

// basic redacts the credentials of HTTP Basic authentication written
// anywhere ("auth header \"Basic c2hvcDpz…\" rejected"): base64 that decodes
// to printable "user:password".
func (sc *scanner) basic(k int) int {
	s := sc.s
	e := tokenEnd(s, k, func(c byte) bool { return isWord(c) && c != '_' || c == '+' || c == '/' })
	for e < len(s) && e-k < 2048 && s[e] == '=' {
		e++
	}
	if e-k < 8 || e-k > 2048 {
		return 0
	}
	var buf [1536]byte
	n, err := base64.StdEncoding.Strict().Decode(buf[:], []byte(s[k:e]))
	if err != nil {
		n, err = base64.RawStdEncoding.Decode(buf[:], []byte(strings.TrimRight(s[k:e], "=")))
	}
	if err != nil || n < 3 {
		return 0
	}
	colon := false
	for _, c := range buf[:n] {
		if c < ' ' || c == 0x7f {
			return 0
		}
		colon = colon || c == ':'
	}
	if !colon || !sc.emit(k, e, KindCredential, 0) {
		return 0
	}
	return e
}

// ibanLen holds the IBAN length of each country that issues them.
var ibanLen = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
	"BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
	"ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
	"HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
	"LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
	"MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
	"RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
	"TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
	// joined the registry since 2020
	"BI": 27, "DJ": 27, "FK": 18, "HN": 28, "LY": 25, "MN": 20, "NI": 28, "OM": 23, "RU": 33, "SD": 18, "SO": 23,
	"YE": 30,
	// not in the registry, but issued in IBAN form by the countries' banks
	// (North and West Africa, Iran): the same check digits, read the same way
	"AO": 25, "BF": 28, "BJ": 28, "CF": 27, "CG": 27, "CI": 28, "CM": 27, "CV": 25, "DZ": 26, "GA": 27,
	"GQ": 27, "GW": 25, "IR": 26, "KM": 27, "MA": 28, "MG": 27, "ML": 28, "MZ": 25, "NE": 28, "SN": 28,
	"TD": 27, "TG": 28,
}

// iban reads an IBAN at i, compact or in groups of four, and checks its
// length and mod-97 checksum.
func (sc *scanner) iban(i int) int {
	s := sc.s
	cc := [2]byte{s[i] &^ 0x20, s[i+1] &^ 0x20} // "it73 c127 …" is written in lower case too
	want, ok := ibanLen[string(cc[:])]
	if !ok {
		return 0
	}
	if e := sc.ibanNamed(i, want); e > 0 {
		return e
	}
	var buf [34]byte
	nb, k := ibanChars(s, i, want, true, &buf)
	if nb < 0 {
		return 0
	}
	if nb != want || k < len(s) && isWord(s[k]) {
		return 0
	}
	// Move the first four characters to the end, letters to numbers, mod 97.
	rem := 0
	for p := 0; p < want; p++ {
		c := buf[(p+4)%want]
		if isDigit(c) {
			rem = (rem*10 + int(c-'0')) % 97
		} else {
			rem = (rem*100 + int(c-'A') + 10) % 97
		}
	}
	if rem != 1 {
		return 0
	}
	sc.emit(i, k, KindIBAN, 0)
	return k
}

// ibanChars reads up to want characters of an IBAN at i into buf, compact
// or in groups of four parted by one space, folding lower case when fold
// is set. It returns how many it read and where it stopped, or nb < 0 when
// a character that is none of these comes first.
func ibanChars(s string, i, want int, fold bool, buf *[34]byte) (nb, k int) {
	k = i
	group := 0
	for k < len(s) && nb < want {
		c := s[k]
		if fold && c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		switch {
		case isUpperNum(c):
			buf[nb] = c
			nb++
			group++
			k++
		case c == ' ' && group == 4 && k+1 < len(s) && isAlnum(s[k+1]):
			group = 0
			k++
		default:
			return -1, k
		}
	}
	return nb, k
}

// ibanNamed reads, right after an "iban" key or word, an account number
// whose length is not its country's (a system that pads or drops a digit):
// 15 to 34 characters, compact or in groups of four, that pass the mod-97
// check. It returns the end, or 0 (the country's length is read by iban).
func (sc *scanner) ibanNamed(i, want int) int {
	s := sc.s
	if !ibanWordBefore(s, i) {
		return 0
	}
	var buf [34]byte
	nb, k, group := 0, i, 0
	for k < len(s) && nb < len(buf) {
		c := s[k]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		switch {
		case isUpperNum(c):
			buf[nb] = c
			nb++
			group++
			k++
			continue
		case c == ' ' && group == 4 && k+1 < len(s) && isAlnum(s[k+1]):
			group = 0
			k++
			continue
		}
		break
	}
	for k > i && s[k-1] == ' ' {
		k--
	}
	if nb == want || nb < 15 || k < len(s) && isWord(s[k]) || !mod97(buf[:nb]) {
		return 0
	}
	for p := 2; p < 4; p++ {
		if !isDigit(buf[p]) {
			return 0
		}
	}
	sc.emit(i, k, KindIBAN, 0)
	return k
}

// ibanWordBefore reports the word "iban" in the 24 bytes before i, not as
// the label of a marker ("[REDACTED:iban]" names no account: what a first
// pass redacted must not change what a second pass reads after it; the
// marker's opening may lie before those 24 bytes).
func ibanWordBefore(s string, i int) bool {
	lo := max(0, i-24)
	var buf [24]byte
	w := string(lower(buf[:0], s[lo:i])) // (ASCII only: the offsets stay those of s)
	for {
		p := strings.LastIndex(w, "iban")
		if p < 0 {
			return false
		}
		pre := string(lower(buf[:0], s[max(0, lo+p-len("[redacted:")):lo+p]))
		if !strings.HasSuffix(pre, "[redacted:") && !strings.HasSuffix(pre, "[hash:") {
			return true
		}
		w = w[:p]
	}
}

// mod97 reports whether an IBAN's characters pass ISO 7064 MOD 97-10.
func mod97(b []byte) bool {
	rem := 0
	for p := 0; p < len(b); p++ {
		c := b[(p+4)%len(b)]
		if isDigit(c) {
			rem = (rem*10 + int(c-'0')) % 97
		} else {
			rem = (rem*100 + int(c-'A') + 10) % 97
		}
	}
	return rem == 1
}

// particles are the lower-case words inside names: "Pérez de la Cruz",
// "van der Berg", "bin Abdullah".
var particles = map[string]bool{"de": true, "des": true, "dels": true, "da": true, "do": true, "dos": true, "das": true, "del": true,
	"della": true, "di": true, "du": true, "la": true, "le": true, "van": true, "von": true, "der": true,
	"den": true, "ter": true, "dela": true, "delos": true, "bin": true, "binti": true, "binte": true, "bint": true, "bte": true, "bt": true, "ibn": true, "al": true, "el": true, "y": true, "e": true,
	"a/p": true, "a/l": true, "s/o": true, "d/o": true}

// patronymicAbbrev are the abbreviations of "son of" and "daughter of"
// written with a full stop inside Malay and Arabic names ("b.", "bt.", "bte.").
var patronymicAbbrev = map[string]bool{"b": true, "bt": true, "bte": true, "bin": true, "binti": true}

// notNames are capitalised words that follow a role word without naming a
// person: "customer Service", "buyer ID", "recipient List".
var notNames = map[string]bool{"service": true, "services": true, "support": true, "id": true, "ids": true,
	"no": true, "number": true, "care": true, "account": true, "accounts": true, "order": true, "orders": true,
	"the": true, "a": true, "an": true, "is": true, "was": true, "has": true, "not": true, "name": true,
	"list": true, "info": true, "data": true, "details": true, "type": true, "group": true, "segment": true,
	"portal": true, "api": true, "email": true, "phone": true, "address": true, "unknown": true, "none": true,
	"null": true, "n": true, "and": true, "or": true, "of": true, "in": true, "on": true, "for": true,
	"to": true, "from": true, "with": true, "record": true, "profile": true, "status": true, "team": true,
	"message": true, "notification": true, "sync": true, "update": true, "updated": true, "created": true,
	"deleted": true, "missing": true, "invalid": true, "required": true, "found": true, "not_found": true,
	"guest": true, "anonymous": true, "all": true, "new": true, "vip": true, "tier": true, "level": true}

// nameWordEnd returns the end of the name word at k: letters and non-ASCII
// letters, with inner apostrophes, hyphens and a final full stop after an
// initial ("J."); k itself when there is none.
func nameWordEnd(s string, k int) int {
	e := k
	for e < len(s) {
		c := s[e]
		switch {
		case isAlpha(c):
			e++
		case c >= 0x80:
			if fullwidthStop(s[e:]) || moneyNext(s, e) || c == 0xD8 && e+1 < len(s) && (s[e+1] == 0x8C || s[e+1] == 0x9B) {
				return e // (the Arabic comma and semicolon too)
			}
			e++
		case (c == '\'' || c == '-') && e > k && e+1 < len(s) && (isAlpha(s[e+1]) || s[e+1] >= 0x80):
			e++
		case c == '.' && e == k+1 && isUpper(s[k]):
			return e + 1 // an initial
		case isDigit(c):
			return k // "DE89…", "SKU9": letters glued to digits are no name
		default:
			return e
		}
	}
	return e
}

func hasLowerOrHigh(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' || w[i] >= 0x80 {
			return true
		}
	}
	return false
}

// personName redacts the name that follows a role word or honorific at k
// ("account holder Sophie Koch", "Mr. John Smith", "attn LIM Jia Hui"): one to
// five capitalised (or non-Latin) words, particles allowed inside. It
// returns the name's end, or 0.
func (sc *scanner) personName(k int) int {
	s := sc.s
	n := len(s)
	if k < n && s[k] == '.' {
		k++
	}
	sp := 0
	for k < n && s[k] == ' ' && sp < 2 {
		k++
		sp++
	}
	if sp == 0 && !(k > 0 && s[k-1] >= 0x80 && k < n && (s[k] >= 0x80 || isUpper(s[k]))) || k >= n || isMarkerAt(s, k) {
		return 0 // (after a word of a script without spaces, the name may follow at once: "我是Sun Chao")
	}
	if e := sc.quotedPersonName(k); e > 0 {
		return e // `buyer "Jane Roe"` (names_comma.go)
	}
	if k < n && (s[k] == '{' || s[k] == '(') {
		// "recipient {5429760 Blanche Velazquez …}": a struct's id first.
		q := k + 1
		for q < n && isDigit(s[q]) {
			q++
		}
		if q > k+1 && q+1 < n && s[q] == ' ' {
			k = q + 1
		}
	}
	for _, prep := range []string{"a ", "à ", "an ", "to ", "für ", "para ", "untuk ", "ke ", "kepada ", "naar ", "aan ", "cho ", "de ", ": "} {
		if strings.HasPrefix(s[k:], prep) && k+len(prep) < n && (isUpper(s[k+len(prep)]) || s[k+len(prep)] >= 0x80) {
			k += len(prep) // "intestato a Giuseppe Lombardi", "destinataire : Océane Richard"
			break
		}
	}
	k = skipHonorific26(s, k) // "vevő ifj. Varga Ádám" (names26_role.go)
	if triggerFirst[s[k]] && sc.credWordAt(k) {
		return 0 // "Pelanggan: Kata laluan: …": a password word, and its secret after it
	}
	if introAt(s, k) > 0 || s[k] >= 0x80 && roleWordAt(s, k) || greetingNext(s, k) {
		return 0 // "Здравствуйте, меня зовут …": the name comes after the phrase
	}
	if e := capsFamilyFirst(s, k); e > 0 && sc.emit(k, e, KindName, 0) {
		return e // "Sir GARCIA, ROMMEL D.", "customer DEL ROSARIO, MARIA R."
	}
	st, end, words, good := k, 0, 0, false
	for words < 5 && k < n {
		c := s[k]
		if c >= 0x80 && words > 0 {
			r, _ := utf8.DecodeRuneInString(s[k:])
			if unicode.IsLower(r) && !unicode.Is(unicode.Georgian, r) {
				break // "Клиент Новиков Светлана оформил …": a verb in lower case ends the name (Georgian's letters have no case that tells)
			}
			if st < len(s) && s[st] < 0x80 && !unicode.Is(unicode.Latin, r) {
				break // "คุณSomchai Thongdee โทร …": a word of another script after a Latin name
			}
		}
		if c >= 0x80 && words == 0 && lowerLatinAt23(s, k) {
			break // "bu ünvana göndərin": a word in lower case, as "bu adrese" is (people23_dest.go)
		}
		if !isUpper(c) && c < 0x80 {
			pe := k
			for pe < n && (isAlpha(s[pe]) || s[pe] == '/') {
				pe++
			}
			if words > 0 && pe < n && s[pe] == ' ' && particles[s[k:pe]] {
				k = pe + 1
				continue
			}
			if words > 0 && pe+1 < n && s[pe] == '.' && s[pe+1] == ' ' && patronymicAbbrev[s[k:pe]] {
				k = pe + 2 // "Siti Aminah bt. Razak", "Ahmad b. Aziz"
				continue
			}
			break
		}
		if lookAlikeNext(s, k) || amountAt(s, k) {
			break // "consignee Ana Lima HTTP 204", "Customer wrote: ₪12,415.97"
		}
		we := nameWordEnd(s, k)
		if we == k {
			break
		}
		w := s[k:we]
		if we < n && (s[we] == '=' || s[we] == ':' && we+1 < n && s[we+1] != ' ') {
			break // "<Recipient Pwd=\"…\"": an attribute's key, not a name
		}
		if legalForm(s, k, we) {
			return 0 // "buyer Andina Ltda.", "holder Tisza Zrt.": a company
		}
		if we+1 < n && s[we] == '/' && isDigit(s[we+1]) {
			break // "client Chrome/114.0": a program and its version
		}
		if words == 0 {
			var buf [16]byte
			if len(w) <= len(buf) {
				lw := lower(buf[:0], w)
				if notNames[string(lw)] {
					return 0
				}
				if cls, _ := wordTable.get(lw); cls == wordName && st == k {
					// "Dear Mr. John Smith": the honorific is not the name.
					if we < n && s[we] == '.' {
						we++
					}
					if we+1 < n && s[we] == ' ' && s[we+1] != ' ' {
						k = we + 1
						st = k
						continue
					}
					return 0
				}
			}
		}
		if hasLowerOrHigh(w) {
			good = true
		}
		words++
		end = we
		k = we
		if k+1 < n && s[k] == ' ' && s[k+1] != ' ' {
			k++
			continue
		}
		break
	}
	if words >= 1 && words <= 3 && end < n && s[end] == ',' && invertedName(s, st, end) && !nextIsKey(s, end) {
		end = givenEnd(s, givenAfter(s, end)) // "account holder Yılmaz, Oğuz", "my name is RAJPUT, Ayesha": the family name first
		good = good || hasLowerOrHigh(s[st:end])
	}
	if end > 0 && measureAfter(s, end) {
		return 0 // "hi Rice Cooker Jet 3000W x1": goods, with their measure or quantity
	}
	if !good && words >= 2 && end > st && capsName(s[st:end]) {
		good = true // "customer KAVITHA IBRAHIM", "saya AHMAD SUBRAMANIAM" (names_caps.go)
	}
	if !good || end == 0 || utf8.RuneCountInString(s[st:end]) < 2 && (end == n || s[end] != '.') || notPersonRun14(s, st, end) || receiptRole20(s[st:end]) || !sc.emit(st, end, KindName, 0) { // one letter is no name ("Hi é"; an initial has its dot); titles, brands: damage14_titles.go; posts: names20_receipt.go
		return 0
	}
	return end
}

// quotedNamePair redacts a given and a family name logged as two
// positional arguments side by side ("Customer registered "OD81…",
// "Małgorzata", "Jankowski""): two quoted single words, each capitalised
// (or of a script without case), in a list. It returns the end, or 0.
func (sc *scanner) quotedNamePair(i int) int {
	s := sc.s
	open, sep := i-1, `", "`
	if i >= 2 && s[i-2] == '\\' {
		open, sep = i-2, `\", \"` // JSON inside a string: \"Astrid\", \"Karlsson\"
	}
	if !positional(s, open) {
		return 0
	}
	word := func(a int) int { // the end of a quoted single name word at a, or -1
		if e := singleNameWord(s, a); e >= 0 && e < len(s) && s[e] == sep[0] {
			return e
		}
		return -1
	}
	e1, b, e2 := nameWordPair(s, i, sep, word)
	if e2 < 0 {
		return 0
	}
	if q := e2 + len(sep)/2 - 1; q < len(s) && strings.IndexByte(",)\"\n]\\", s[q]) < 0 {
		return 0 // the pair ends the list or a comma follows it
	}
	if !sc.emit(i, e1, KindName, 0) {
		return 0
	}
	sc.emit(b, e2, KindName, 0)
	return e2
}

// capsFamilyFirst returns the end of a name written in capitals, family
// name first, at k ("GARCIA, ROMMEL D.", "DEL ROSARIO, JOHN PAUL M."): one
// to three words of capitals, a comma, one to three words of capitals and
// an optional initial with its full stop; or 0.
func capsFamilyFirst(s string, k int) int {
	capsWord := func(p int) int {
		q := p
		for q < len(s) && s[q] >= 'A' && s[q] <= 'Z' {
			q++
		}
		if q-p < 2 || q < len(s) && (isAlnum(s[q]) || s[q] >= 0x80) {
			return -1
		}
		return q
	}
	words := func(p int) (int, int) {
		n, long := 0, false
		for n < 3 {
			q := capsWord(p)
			if q < 0 {
				break
			}
			long = long || q-p >= 4
			n, p = n+1, q
			if p+1 < len(s) && s[p] == ' ' && s[p+1] >= 'A' && s[p+1] <= 'Z' && capsWord(p+1) > 0 {
				p++
				continue
			}
			break
		}
		if !long {
			return p, 0 // (a word of four letters at least: "DHL, UPS" are carriers)
		}
		return p, n
	}
	p, n := words(k)
	if n == 0 || p+2 >= len(s) || s[p] != ',' || s[p+1] != ' ' {
		return 0
	}
	e, m := words(p + 2)
	if m == 0 {
		return 0
	}
	if e+2 < len(s) && s[e] == ' ' && s[e+1] >= 'A' && s[e+1] <= 'Z' && s[e+2] == '.' {
		e += 3 // the middle initial
	}
	return e
}

// cellNamePair redacts a given and a family name written as two cells side
// by side in a row ("OD67…;Benoît;Côté", "#14219,Jakub,Grabowski,SKU-…",
// "\"#15282\"\t\"Riaan\"\t\"Venter\""): two single words, each capitalised
// (or of a script without case), between the row's separators. It returns
// the end, or 0.
func (sc *scanner) cellNamePair(i int) int {
	s := sc.s
	if i == sc.lastEnd {
		return 0
	}
	q := ""
	p := i - 1
	if s[p] == '"' {
		q, p = `"`, p-1
	}
	if p < 0 || strings.IndexByte(",;\t|", s[p]) < 0 || p > 0 && s[p] == ',' && s[p-1] == ' ' {
		return 0
	}
	sep := q + s[p:p+1] + q
	e1, b, e2 := nameWordPair(s, i, sep, func(a int) int { return singleNameWord(s, a) })
	if e2 < 0 {
		return 0
	}
	end := e2 + len(q)
	if q != "" && !strings.HasPrefix(s[e2:], q) || end < len(s) && s[end] != s[p] && s[end] != '\n' && s[end] != '\r' && s[end] != '"' && s[end] != '\\' {
		return 0 // the pair ends the row or a separator follows it
	}
	if h, ok := findHeader(s); ok && i >= h.start {
		return 0 // under a header (or in it), the header names the columns
	}
	if notNamePair18(s[i:e1], s[b:e2]) {
		return 0 // "Sailor;Musician": occupations, a company (damage18_goods.go)
	}
	if !sc.emit(i, e1, KindName, 0) {
		return 0
	}
	sc.emit(b, e2, KindName, 0)
	return e2
}

// cardGreetings open a gift message to a person, in the buyers' languages:
// "Für Jane Thompson!", "Pour Océane Bonnet!", "Para Ana Lima!".
var cardGreetings = setOf("for", "für", "pour", "para", "per", "voor", "för", "dla", "untuk", "cho", "pra")

// cardGreeting redacts the name of a gift message that opens a text: a
// greeting word, a name and '!' ("To …!" is read with the word "to").
func (sc *scanner) cardGreeting(i, j int) int {
	s := sc.s
	we := j
	for we < len(s) && (s[we] >= 0x80 || isAlpha(s[we])) && we-i < 8 {
		we++ // "Für": the word goes on in its diacritics
	}
	var buf [8]byte
	if we-i > len(buf) || !cardGreetings[string(lower(buf[:0], s[i:we]))] || we+1 >= len(s) || s[we] != ' ' {
		return 0
	}
	e := strings.IndexAny(s[we+1:min(len(s), we+83)], "!,\n")
	if e <= 0 || s[we+1+e] != '!' || !nameShaped(s[we+1:we+1+e]) || !sc.emit(we+1, we+1+e, KindName, 0) {
		return 0
	}
	return we + 1 + e
}

// measureAfter reports a measure or a quantity right after a name-shaped
// run of words at e: "3000W", "850mm", "1.5kg", "22 x1", "x2".
func measureAfter(s string, e int) bool {
	if e >= len(s) || s[e] != ' ' {
		return false
	}
	p := e + 1
	d := p
	for d < len(s) && (isDigit(s[d]) || s[d] == '.' && d > p) {
		d++
	}
	if d == p {
		return p+1 < len(s) && s[p] == 'x' && isDigit(s[p+1]) // "x2"
	}
	u := d
	for u < len(s) && isAlpha(s[u]) {
		u++
	}
	if u > d && u-d <= 3 && (u == len(s) || !isWord(s[u])) {
		return true // "3000W", "850mm", "128GB"
	}
	return u == d && d+2 < len(s) && s[d] == ' ' && s[d+1] == 'x' && isDigit(s[d+2]) // "22 x1"
}

// greetings may stand before a name with a comma between: "hi, Minji Kim".
var greetings = setOf("hi", "hello", "hey", "hola", "hallo", "halo", "hei", "hej", "moi", "bonjour", "ciao", "dear", "ola")

// orderWords are "order" in the shops' languages.
var orderWords = []string{"order", "pedido", "ordre", "ordine", "ordem", "orden", "bestellung", "bestellnr", "commande",
	"pesanan", "tilaus", "bestilling", "zamowienie", "objednavka", "siparis", "comanda", "narudzba", "ordersn"}

// orderWordSet holds orderWords and their plurals, for whole words.
var orderWordSet = func() *table {
	m := map[string]int{}
	for _, w := range orderWords {
		m[w], m[w+"s"] = 1, 1
	}
	return newTable(m)
}()

// orderWord reports a lower-case word or key that names an order
// ("order", "lazada_order_id", "pedido").
func orderWord(w string) bool {
	for _, o := range orderWords {
		if strings.Contains(w, o) {
			return true
		}
	}
	return false
}

// amountAt reports an amount at k: a currency sign ("₪12", "£4,022.90") or
// a three-letter code in capitals before a number ("SEK 20 445,15").
func amountAt(s string, k int) bool {
	r, w := utf8.DecodeRuneInString(s[k:])
	if unicode.Is(unicode.Sc, r) {
		return true
	}
	if r == '￥' || r == '＄' || r == '￡' || r == '€' {
		return true
	}
	return w == 1 && k+4 < len(s) && isUpper(s[k]) && isUpper(s[k+1]) && isUpper(s[k+2]) && s[k+3] == ' ' && isDigit(s[k+4])
}

// legalForms end the names of companies in the shops' countries: "Ltd",
// "GmbH", "S.A.", "Oy", "Zrt.", "Sdn Bhd", "Ltda.", "A/S", "ООО".
var legalForms = setOf("ltd", "ltd.", "limited", "llc", "l.l.c.", "inc", "inc.", "incorporated", "corp", "corp.",
	"corporation", "co.", "company", "gmbh", "ag", "kg", "ohg", "e.k.", "ug", "sa", "s.a.", "sas", "s.a.s.", "sarl",
	"s.a.r.l.", "sprl", "srl", "s.r.l.", "spa", "s.p.a.", "snc", "bv", "b.v.", "nv", "n.v.", "vof", "oy", "oyj", "ab",
	"as", "asa", "a/s", "aps", "i/s", "kft.", "kft", "zrt.", "zrt", "nyrt.", "nyrt", "bt.", "sp.", "z.o.o.", "o.o.", "r.o.",
	"s.r.o.", "a.s.", "d.o.o.", "d.d.", "ad", "ood", "eood", "pty", "pty.", "bhd", "bhd.", "sdn", "plc", "llp", "lp",
	"ltda", "ltda.", "eireli", "me", "s.l.", "sl", "slu", "s.c.", "sab", "cv", "c.v.", "tbk", "tbk.", "pt",
	"k.k.", "kk", "gk", "jsc", "ojsc", "ooo", "ООО", "ТОВ", "ПАТ", "АО", "ЗАО", "ПП", "ФОП", "ИП", "ОАО", "ПАО", "АТ",
	"ПрАТ", "ТзОВ", "ЕООД", "ООД", "enterprises", "enterprise",
	"trading", "holdings", "group", "industries", "logistics", "stores", "ventures", "imports", "exports", "traders",
	"solutions", "services", "cia", "cía", "cía.", "hnos", "hnos.", "e.i.r.l.", "s.a.c.", "sac", "s.a.a.",
	"spółka", "a.ş.", "ltd.şti.", "şti.", "şti", "ticaret", "gbr", "se", "scs", "scrl", "sccl", "coop", "kgaa",
	"saic", "s.a.i.c.", "saci", "s.a.c.i.", "sapi", "eirl", "pjsc", "tov", "pvt", "pvt.", "s.r.o.", "sro",
	// carriers named by their trade ("… Express", "… Freight")
	"express", "transport", "courier", "freight", "cargo", "shipping", "forwarding")

// legalForm reports whether the word at s[k:we] is a company's legal form
// ("Ltd", "GmbH", "S.A.", "Zrt.") and ends the name it is part of.
func legalForm(s string, k, we int) bool {
	e := we
	for e < len(s) && e-k < 12 && (s[e] == '.' || s[e] == '/' || isAlpha(s[e])) {
		e++
	}
	if e-k > 12 || e < len(s) && isWord(s[e]) && s[e] < 0x80 {
		return false
	}
	w := strings.TrimRight(s[k:e], ",")
	if len(w) <= 2 && strings.ToUpper(w) != w && w != "Oy" && w != "Ab" {
		return false // "AG", "AS", "SA", "ME" only in capitals: "Sa", "Me" may be names
	}
	var buf [16]byte
	return legalForms[string(lower(buf[:0], w))]
}

// subjectName redacts the name that ends at end, the subject of a verb of
// contact: two to five capitalised words, particles between them
// ("Martim de Souza Carvalho called about order …"), or a family name, a
// comma and a given name ("Herzog, Tiffany called …").
func (sc *scanner) subjectName(end int) {
	s := sc.s
	floor := max(sc.lastEnd, 0)
	if n := len(sc.spans); n > 0 && sc.spans[n-1].end > floor {
		floor = sc.spans[n-1].end
	}
	st, words, caps, inverted := end, 0, 0, false
	for words < 6 && st > floor {
		p := st
		for p > floor {
			r, n := utf8.DecodeLastRuneInString(s[:p])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' && r != '\'' {
				break
			}
			p -= n
		}
		if p == st {
			break
		}
		w := s[p:st]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			var buf [16]byte
			if len(w) <= len(buf) && (notNames[string(lower(buf[:0], w))] || logLevels[string(lower(buf[:0], w))] || shopWords[string(lower(buf[:0], w))]) {
				break
			}
			caps++
		} else if words == 0 || !particles[w] {
			break
		}
		words++
		st = p
		if inverted || st-2 <= floor || s[st-1] != ' ' || s[st-2] == ' ' {
			break
		}
		if s[st-2] == ',' {
			if words != 1 {
				break
			}
			inverted = true // "Herzog, Tiffany"
			st--
		}
		st--
	}
	for st < end && (s[st] == ' ' || s[st] == ',') {
		st++
	}
	for st < end {
		// A particle does not start a name.
		q := st
		for q < end && s[q] != ' ' {
			q++
		}
		if q == end || !particles[s[st:q]] {
			break
		}
		st = q + 1
	}
	if caps >= 2 && st < end {
		sc.emit(st, end, KindName, 0)
	}
}

// logLevels are capitalised words before a message that are no name.
var logLevels = map[string]bool{"error": true, "warn": true, "warning": true, "info": true, "debug": true, "trace": true,
	"fatal": true, "notice": true, "critical": true, "crit": true, "err": true, "alert": true, "emerg": true}

// displayName redacts the name before an email in angle brackets or
// parentheses: "Lim Jia Hui <lim@example.sg>", `"Juan González" <…>`. lt is the
// '<' or '('; the name must end right before it.
func (sc *scanner) displayName(lt int) {
	s := sc.s
	p := lt
	for sp := 0; p > 0 && s[p-1] == ' ' && sp < 2; sp++ {
		p--
	}
	if p > 0 && s[p-1] == '"' {
		p--
	}
	end := p
	st := -1
	floor := sc.lastEnd
	if n := len(sc.spans); n > 0 && sc.spans[n-1].end > floor {
		floor = sc.spans[n-1].end
	}
	if floor < 0 {
		floor = 0
	}
	for words := 0; words < 6 && p > floor; words++ {
		ws := p
		for ws > floor && (isAlpha(s[ws-1]) || s[ws-1] >= 0x80 || s[ws-1] == '\'' || s[ws-1] == '-' || s[ws-1] == '.' || s[ws-1] == '/') {
			ws--
		}
		if ws == p {
			break
		}
		w := s[ws:p]
		first := w[0]
		if strings.IndexByte(w, '/') >= 0 && !particles[w] {
			break // "a/l" and "s/o" only
		}
		switch {
		case isUpper(first) || first >= 0x80:
			if fullwidthStop(w) {
				words = 6
				continue
			}
			st = ws
		case particles[w] && words > 0:
			words-- // "… de la Fuente": particles are not counted
		default:
			words = 6
			continue
		}
		p = ws
		if p > floor && s[p-1] == '"' {
			break
		}
		if words == 0 && p-2 > floor && s[p-1] == ' ' && s[p-2] == ',' && p-3 >= floor && s[p-3] != ' ' {
			p -= 2 // "Şahin, Emre" <…>: the family name first
			continue
		}
		if p-1 > floor && s[p-1] == ' ' && s[p-2] != ' ' {
			p--
			continue
		}
		break
	}
	if st < 0 || st >= end {
		return
	}
	if w := s[st:end]; !hasLowerOrHigh(w) {
		return
	}
	sc.emit(st, end, KindName, 0)
}

// classOfWord classifies the word s[i:j] (with the compound it ends, as
// key does) as a key.
func (sc *scanner) classOfWord(i, j int) int {
	s := sc.s
	ks := i
	floor := max(sc.lastEnd, 0)
	for ks > floor && i-ks < 48 && (isWord(s[ks-1]) || s[ks-1] == '.' || s[ks-1] == '-') {
		ks--
	}
	var buf [64]byte
	if j-ks > len(buf) {
		return keyNone
	}
	return keyClass(normKey(buf[:0], s[ks:j]))
}

// quotedAfterWord redacts a quoted value after a key word and a space.
func (sc *scanner) quotedAfterWord(i, j, ctx int) int {
	var kind Kind
	mode := modeToken
	switch sc.classOfWord(i, j) {
	case keyName:
		kind, mode = KindName, modeName
	case keyAddress:
		kind, mode = KindAddress, modeAddress
	case keyCred, keyAuth:
		kind = KindCredential
	default:
		return j
	}
	if e := sc.value(j+1, kind, mode); e > 0 {
		return e
	}
	return j
}

// xmlElement redacts the text of an XML element whose tag names a value:
// <Name>Ana Lima</Name>, <AddressLine>…</AddressLine>, <CardNumber>…,
// <ns:Phone>…. Digits of a phone or card tag are read in that context.
func (sc *scanner) xmlElement(i, gt int) int {
	s := sc.s
	j := i
	for j < gt && (isWord(s[j]) || s[j] == '-' || s[j] >= 0x80) {
		j++ // the tag's own name ends before its attributes
	}
	t := i
	for t > 0 && t > i-48 && (isWord(s[t-1]) || s[t-1] == ':' || s[t-1] == '-' || s[t-1] == '.') {
		t--
	}
	if t == 0 || s[t-1] != '<' {
		return 0
	}
	k := gt + 1
	e := strings.IndexByte(s[k:min(len(s), k+maxValue)], '<')
	if e == 0 {
		k, e = cdataText30(s, k) // "<Name><![CDATA[Ana Lima]]></Name>" (doc30_docs.go)
	}
	if e <= 0 {
		return 0
	}
	e += k
	var kind Kind
	switch sc.classOfWord(i, j) {
	case keyName:
		kind = KindName
	case keyAddress:
		kind = KindAddress
	case keyCred, keyAuth, keyCard:
		kind = KindCredential
		if sc.classOfWord(i, j) == keyCard {
			kind = KindCard
		}
	case keyPhone:
		sc.ctx = ctxPhone
		return k
	case keyCardCtx:
		sc.ctx = ctxCard
		return k
	default:
		if x := sc.accessCodeElement20(i, j, k, e); x > 0 {
			return x // <PickupCode>83169891</PickupCode> (codekeys20_keys.go)
		}
		if routingElement21(s[i:j], s[k:e]) {
			return e // <RtgNb>026009593</RtgNb>: a bank's routing number (ids21_values.go)
		}
		return max(sc.xmlRoleElement19(i, j, k, e), 0) // <Denominazione>, <购买方名称> (keys19_parties.go)
	}
	v := s[k:e]
	if strings.TrimSpace(v) == "" || isMarkerAt(s, k) || isLiteral(v) || kind == KindName && isSlug(v) || notKindValue(kind, v) {
		return 0 // (not: "<ShipTo>DEHAM</ShipTo>", a UN/LOCODE; "<Contact>Line Cook</Contact>", damage17_traps.go)
	}
	if !sc.emit(k, e, kind, 0) {
		return 0
	}
	return e
}

// colonTrigger is a word, in one of the languages sellers log in, that
// names what follows a colon a few words later: "indirizzo di fatturazione
// aggiornato: Via del Corso 66", "cập nhật địa chỉ giao hàng: 102/14 Trần
// Hưng Đạo", "お届け先: 木村 太郎 様、住所: 大阪府…".
type colonTrigger struct {
	w   string // lower case
	cls int
}

var colonTriggers = func() []colonTrigger {
	var t []colonTrigger
	add := func(cls int, words string) {
		for _, w := range strings.Split(words, "|") {
			t = append(t, colonTrigger{w, cls})
		}
	}
	add(keyAddress, "address|adresse|addr|dirección|direccion|endereço|endereco|indirizzo|alamat|địa chỉ|dia chi|"+
		"ที่อยู่|住所|お届け先|주소|배송지|地址|lieferadresse|anschrift|domicilio|morada|ship to|deliver to")
	add(keyName, "name|nombre|nome|nama|tên|họ tên|ho ten|ชื่อ|氏名|名前|이름|姓名|destinatario|destinatário|empfänger|"+
		"empfaenger|penerima|người nhận|nguoi nhan|ผู้รับ|受取人|수령인|받는 분|cliente|kunde|customer|recipient|consignee|holder")
	add(keyPhone, "phone|teléfono|telefono|telefone|telefon|điện thoại|dien thoai|sdt|โทร|電話|전화|연락처|celular|handphone|telp")
	// "password" as a label, with words after it ("Clave acceso:", "Passwort
	// neu:", "Nytt passord:", "new password:")
	add(keyCred, "password|passwort|kennwort|passord|lösenord|wachtwoord|senha|contraseña|contrasena|clave|clave acceso|"+
		"clave de acceso|mot de passe|salasana|jelszó|jelszo|hasło|haslo|heslo|parola|şifre|sifre|kata sandi|kata laluan|"+
		"chiave|parola d'ordine|palavra-passe|adgangskode|kodeord|lozinka|geslo|parool")
	return t
}()

// asciiColonTriggers are the colonTriggers written in ASCII, by word.
var asciiColonTriggers = func() map[string]int {
	m := map[string]int{}
	for _, t := range colonTriggers {
		ascii := true
		for i := 0; i < len(t.w); i++ {
			if t.w[i] >= 0x80 {
				ascii = false
			}
		}
		if ascii {
			m[t.w] = t.cls
		}
	}
	return m
}()

// colon handles a colon at c (value from k): when a trigger word stands up
// to four words before it, what follows is read as that kind of value. A
// key written just before the colon ("name:") was handled by key already.
func (sc *scanner) colon(c, k int) int {
	s := sc.s
	after := k
	for k < len(s) && s[k] == ' ' && k-c < 6 {
		k++
	}
	if k >= len(s) || k == c+1 && s[k] < 0x80 || isMarkerAt(s, k) {
		return after // a value after "key: " only (or a full-width colon, or non-Latin text)
	}
	floor := max(sc.lastEnd, 0)
	st := max(floor, c-48)
	for st > floor && s[st]&0xC0 == 0x80 {
		st++
	}
	var buf [48]byte
	w := buf[:0]
	for p := st; p < c; p++ {
		b := s[p]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		w = append(w, b)
	}
	win := bytesToString(w)
	best, cls := -1, keyNone
	// ASCII triggers: the last five words before the colon, looked up
	// (two-word triggers too); the words after a trigger may only be
	// letters and spaces.
	we := len(win)
	prevStart, prevEnd := -1, -1
	for words := 0; words < 5 && we > 0; words++ {
		for we > 0 && win[we-1] == ' ' {
			we--
		}
		ws := we
		for ws > 0 && (isAlpha(win[ws-1]) || win[ws-1] >= 0x80 || win[ws-1] == '\'' && ws >= 2 && isAlpha(win[ws-2]) && ws < we) {
			ws-- // (an apostrophe inside a word: "parola d'ordine")
		}
		// A label may open a bracket or a line: "(Clave acceso: …",
		// "Oi,\nSenha acesso: …".
		opened := ws > 0 && (win[ws-1] == '(' || win[ws-1] == '[' || win[ws-1] == '\n' || win[ws-1] == '\t')
		if ws == we || ws > 0 && win[ws-1] != ' ' && !opened {
			break
		}
		if c, ok := asciiColonTriggers[win[ws:we]]; ok {
			best, cls = ws, c
			break
		}
		if prevStart >= 0 {
			if c, ok := asciiColonTriggers[win[ws:prevEnd]]; ok {
				best, cls = ws, c
				break
			}
		}
		if opened {
			break
		}
		prevStart, prevEnd = ws, we
		we = ws
	}
	if best < 0 && strings.IndexFunc(win, func(r rune) bool { return r >= 0x80 }) >= 0 {
		for _, t := range colonTriggers {
			if t.w[0] < 0x80 {
				continue
			}
			p := strings.LastIndex(win, t.w)
			if p < 0 || p <= best {
				continue
			}
			rest := win[p+len(t.w):]
			if strings.ContainsAny(rest, "0123456789,;.=|()[]{}\"'") || strings.Count(rest, " ") > 4 {
				continue
			}
			best, cls = p, t.cls
		}
	}
	if best >= 0 && thingLabel(win[best:]) {
		return after // "password policy: min12-upper-digit", "recipient group: …": a thing's name (damage17_traps.go)
	}
	if best >= 0 && eventHeader18(win[best:], s, k) {
		sc.ctx = ctxNone
		return after // "address book entry edited: job title …": an event's header, not a key (damage18_labels.go)
	}
	if best >= 0 && speechAfter(win[best:]) {
		return after // "Customer wrote: please refund …": what they said, not a label
	}
	switch cls {
	case keyAddress:
		if e := sc.value(k, KindAddress, modeAddress); e > 0 {
			return e
		}
	case keyName:
		if e := sc.value(k, KindName, modeName); e > 0 {
			return e
		}
	case keyPhone:
		sc.ctx = ctxPhone
		return k
	case keyCred:
		if e := sc.value(k, KindCredential, modeToken); e > 0 {
			return e
		}
	}
	return after
}

// speechAfter reports a verb of speech or contact among the words of a
// label before its colon ("customer wrote", "buyer asked"): the colon
// then quotes a person, it does not label a value.
func speechAfter(label string) bool {
	for _, w := range strings.Fields(label) {
		var buf [16]byte
		if len(w) > len(buf) {
			continue
		}
		if cls, _ := wordTable.get(lower(buf[:0], w)); cls == wordVerb {
			return true
		}
		switch w {
		case "said", "says", "say", "writes", "write", "asks", "replies", "commented", "comments", "noted", "typed", "reported":
			return true
		}
	}
	return false
}

// flagSecret redacts the secrets of command lines and statements that take
// them after a flag or phrase: curl -u 'user:pass', --user user:pass, SQL's
// IDENTIFIED BY 'pass'. It returns where scanning resumes, or 0.
// flagSecretMay is flagSecret's cheap test: each of its cases needs a
// '-' before the word ("-u", "-user", "-pSECRET") or a word of two
// letters ("by": strings.EqualFold matches no other byte length for it).
func flagSecretMay(s string, i, j int) bool {
	return j-i == 2 || i >= 2 && s[i-1] == '-'
}

func (sc *scanner) flagSecret(i, j int) int {
	s := sc.s
	w := s[i:j]
	switch {
	case (w == "u" || w == "user") && i >= 2 && s[i-1] == '-' && (s[i-2] == ' ' || s[i-2] == '-'):
		k := j + 1
		q := byte(0)
		if k < len(s) && (s[k] == '\'' || s[k] == '"') {
			q = s[k]
			k++
		}
		e := k
		for e < len(s) && e-k < 256 && s[e] != ' ' && (q == 0 || s[e] != q) {
			e++
		}
		if c := strings.IndexByte(s[k:e], ':'); c > 0 && k+c+1 < e {
			if strings.Contains(s[k:e], "[REDACTED:") || strings.Contains(s[k:e], "[HASH:") {
				return e // redacted on an earlier pass: the user before it is read as then, not at all
			}
			if sc.emit(k+c+1, e, KindCredential, 0) {
				return e
			}
		}
	case len(w) > 1 && w[0] == 'p' && i >= 2 && s[i-1] == '-' && s[i-2] == ' ' && mysqlCommand(s, i):
		// mysql -pSECRET: the password glued to its flag.
		e := i + 1
		for e < len(s) && e-i < 256 && s[e] != ' ' && s[e] != '\n' && s[e] != '\'' && s[e] != '"' {
			e++
		}
		if !strings.Contains(s[i+1:e], "[REDACTED:") && sc.emit(i+1, e, KindCredential, 0) {
			return e
		}
	case strings.EqualFold(w, "by") && i >= 11 && strings.EqualFold(s[i-11:i], "identified "):
		if e := sc.value(j+1, KindCredential, modeToken); e > 0 {
			return e
		}
	}
	return 0
}

// mysqlCommand reports whether the flag at i belongs to a MySQL or MariaDB
// client's command line (its name earlier on the same line).
func mysqlCommand(s string, i int) bool {
	line := s[max(0, i-96):i]
	if nl := strings.LastIndexByte(line, '\n'); nl >= 0 {
		line = line[nl+1:]
	}
	return strings.Contains(line, "mysql") || strings.Contains(line, "mariadb")
}

// xmlOpenWithAttrsAfter is xmlOpenWithAttrs for a word after a space
// answered without the call: its walk back stops at once on the space,
// which is no '<'.
func xmlOpenWithAttrsAfter(s string, i, j int) int {
	if i > 0 && s[i-1] == ' ' {
		return 0
	}
	return xmlOpenWithAttrs(s, i, j)
}

// xmlOpenWithAttrs returns the '>' that closes an opening tag whose name
// s[i:j] is followed by attributes, or 0.
func xmlOpenWithAttrs(s string, i, j int) int {
	t := i
	for t > 0 && t > i-48 && (isWord(s[t-1]) || s[t-1] == ':' || s[t-1] == '-') {
		t--
	}
	if t == 0 || s[t-1] != '<' {
		return 0
	}
	lim := min(len(s), j+512)
	for p := j; p < lim; p++ {
		switch s[p] {
		case '>':
			if s[p-1] == '/' {
				return 0 // <Tag a="1"/>: no text
			}
			return p
		case '<', '\n':
			return 0
		}
	}
	return 0
}

// phoneAhead moves a phone word's context over the few words between it and
// the number ("call before 0917 940 4315", "gọi trước 60128447628"): when a
// digit group starts within 24 bytes of letters and spaces, scanning resumes
// there with the phone context; otherwise at k.
func (sc *scanner) phoneAhead(k int) int {
	s := sc.s
	p := k
	for p < len(s) && p-k < 40 {
		c := s[p]
		switch {
		case isDigit(c) || c == '+' || c == '(':
			if p > k && isDigit(c) && idWordBefore18(s, k, p) {
				sc.ctx = ctxNone
				return k // "contact updated: shopify order id 6044…": the id word names it (damage18_labels.go)
			}
			if p > k {
				sc.ctx = ctxPhone
			}
			return p
		case c == ' ' || c >= 'a' && c <= 'z':
			p++
		case (c == ':' || c == '-') && p > k && (s[p-1] != ' ' || c == ':') && p+1 < len(s) && (s[p+1] == ' ' || isDigit(s[p+1]) || s[p+1] == '+'):
			p++ // "callback requested: …", "ל-972…"
		case c == '.' && (p == k || isAlpha(s[p-1])) && p+1 < len(s) && (isAlpha(s[p+1]) || s[p+1] == ' '):
			p++ // "tlf.nr. 38 50 01 75"
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(s[p:])
			if !unicode.IsLetter(r) || unicode.IsUpper(r) {
				return k
			}
			p += n
		default:
			return k // a capitalised word may be a name: the scan reads it
		}
	}
	return k
}

// holderInParens redacts an account holder's name written in brackets
// right after the account ("IBAN DE89… (Kamonwan Charoenphon)"); it returns
// where scanning resumes.
func (sc *scanner) holderInParens(e int) int {
	s := sc.s
	if e+3 >= len(s) || s[e] != ' ' || s[e+1] != '(' {
		return e
	}
	c := strings.IndexByte(s[e+2:min(len(s), e+2+82)], ')')
	if c < 0 || !nameShaped(s[e+2:e+2+c]) {
		return e
	}
	if sc.emit(e+2, e+2+c, KindName, 0) {
		return e + 2 + c
	}
	return e
}

// intros are the phrases people introduce themselves with, in the
// languages of the shops' buyers; a name follows ("hi it's Ana Lima", "je
// m'appelle …", "ben Tuğba Şahin"). Each ends with a space.
var intros = []string{"it's ", "it is ", "this is ", "i'm ", "i am ", "my name is ", "name is ", "me llamo ",
	"mi nombre es ", "je m'appelle ", "je suis ", "ich bin ", "ich heiße ", "ich heisse ", "mi chiamo ", "sono ",
	"meu nome é ", "me chamo ", "eu sou ", "nazywam się ", "jestem ", "jmenuji se ", "jsem ", "benim adım ",
	"adım ", "ben ", "nama saya ", "saya ", "aku ", "tên tôi là ", "tôi là ", "mijn naam is ", "ik ben ",
	"jag heter ", "jeg hedder ", "jeg heter ", "mă numesc ", "numele meu este ", "το όνομά μου είναι ",
	"με λένε ", "mera naam ", "main ", "jina langu ni ", "naitwa ", "pickup by ", "opened by ", "placed by ",
	"requested by ", "submitted by ", "collected by ", "signed by ", "received by ", "ordered by ", "sent by ", "issued to ", "refunded to ", "invoiced to ", "addressed to ",
	// "received by", "in the name of", "for the attention of", "this is" in
	// the languages of the shops' buyers
	"signed for by ", "recibió ", "recibido por ", "recebido por ", "recebeu ", "entregue a ", "entregado a ",
	"a nombre de ", "en nombre de ", "em nome de ", "a nome di ", "au nom de ", "im namen von ", "on behalf of ",
	"in the name of ", "care of ", "c/o ", "t.a.v. ", "z. hd. ", "z.hd. ", "zu händen ", "zu handen ",
	"all'attenzione di ", "alla c.a. ", "à l'attention de ", "a l'attention de ", "ter attentie van ",
	"a nevem ", "nevem ", "c'est ", "dette er ", "det er ", "det är ", "detta är ", "ini ", "minun nimeni on ",
	"nimeni on ", "mit navn er ", "mitt navn er ", "mitt namn är ", "ako si ", "ako po si ", "ang pangalan ko ay ",
	"saya ialah ", "my name's ", "mein name ist ", "il mio nome è ", "tilinomistaja ", "rekeninghouder ",
	"számlatulajdonos ", "pemegang akaun ", "empfangen von ", "ontvangen door ", "mottatt av ", "modtaget af ",
	"vastaanottanut ",
	// "this is", "my name is", "here is" in more of the buyers' languages
	"dzień dobry, ", "chamo-me ", "tu ", "tady ", "hier ist ", "sunt ", "my naam is ", "ek is ", "em là ", "anh là ",
	"chị là ", "mình là ", "mình tên là ", "tên là ", "tôi tên là ", "ik heet ", "je m'appelle ", "me chamo ",
	// greetings written for either gender, and more honorifics
	"estimado/a ", "estimada/o ", "estimado(a) ", "prezado(a) ", "prezada(o) ", "prezado/a ", "querido/a ",
	"querida/o ", "caro/a ", "cara/o ", "liebe/r ", "sehr geehrte/r ", "hyvä ", "sig.ra ", "sig.na ", "ma'am ",
	"täällä ", "pan ", "pani ", "paní ", "mevrouw ", "señor/a ",
	// "here is", "speaking", "I am" in chats: Portuguese, Spanish, Italian,
	// Polish, Turkish (in scripts without case, see intro_enclosed.go)
	"aqui é ", "aqui fala ", "quem fala é ", "aquí habla ", "habla ", "soy ", "ici ", "qui è ", "z tej strony ",
	"ben de ",
	// a role a name follows in a screening or a referral ("for applicant …", names15_keys.go),
	// British and Filipino greetings ("Hiya …", "Hello po …": "po" is a particle of respect)
	"applicant ", "co-applicant ", "referee ", "invitee ", "hiya ", "hello po ", "hi po ", "good morning po ",
	"good afternoon po ", "good evening po ",
	// "my name is" in Estonian, Latvian, Uzbek, Zulu, Yoruba, Slovene, Azerbaijani, Sinhala (romanised)
	"minu nimi on ", "mani sauc ", "mans vārds ir ", "mening ismim ", "igama lami ngu ",
	"orúkọ mi ni ", "oruko mi ni ", "ime mi je ", "moje ime je ", "mənim adım ", "menim adim ", "mage nama "}

// introAt returns the end of an introduction phrase at i (a word start),
// or 0.
func introAt(s string, i int) int {
	if i > 0 && (isWord(s[i-1]) || s[i-1] == '\'') {
		return 0
	}
	if i+1 >= len(s) {
		return 0
	}
	c2 := s[i+1]
	if c2 >= 'A' && c2 <= 'Z' {
		c2 |= 0x20
	}
	a := s[i] | 0x20
	if a < 'a' || a > 'z' {
		return 0
	}
	if n := introIndex.at[uint16(a)<<8|uint16(c2)]; n > 0 {
		return introIn(s, i, introIndex.lists[n-1])
	}
	return 0
}

// introIn returns the end of the first of the intros cands at i, or 0.
func introIn(s string, i int, cands []string) int {
	if i > 0 && (isWord(s[i-1]) || s[i-1] == '\'') || s[i]|0x20 < 'a' || s[i]|0x20 > 'z' {
		return 0
	}
	for _, p := range cands {
		if len(s)-i > len(p) && s[i+len(p)-1] == p[len(p)-1] && strings.EqualFold(s[i:i+len(p)], p) {
			return i + len(p)
		}
	}
	return 0
}

// introIndex indexes intros by their first two bytes.
var introIndex = newPhraseIndex(append(intros[:len(intros):len(intros)], intros19...)) // intros19: names19_words.go

// otpWords say that the code after them is a one-time password.
var otpWords = setOf("verification", "verify", "confirmation", "otp", "2fa", "mfa", "one-time", "login", "sms", "auth",
	"authentication", "activation", "security", "access", "kode", "verifikasi", "verificación", "verificacion",
	"verificação", "verificacao", "vérification", "bestätigungs", "ellenőrző", "vahvistus")

// otpCode redacts a one-time password: four to eight digits after "OTP" or
// after "code" that a word of verification precedes ("your verification
// code is 482910", "OTP: 7731"). The word is s[i:j]; it returns the end,
// or 0.
func (sc *scanner) otpCode(i, j int) int {
	s := sc.s
	var wb [4]byte
	switch string(lower(wb[:0], s[i:j])) {
	case "otp":
	case "code", "kode", "pin":
		p := i - 1
		if p < 1 || s[p] != ' ' && s[p] != '-' && s[p] != '_' {
			return 0
		}
		q := p
		for q > 0 && (isAlnum(s[q-1]) || s[q-1] == '-' || s[q-1] >= 0x80) {
			q--
		}
		var pb [16]byte
		if p-q > len(pb) || !otpWords[string(lower(pb[:0], s[q:p]))] {
			return 0
		}
	default:
		return 0
	}
	k := j
	if k < len(s) && s[k] == ':' {
		k++
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	for _, w := range []string{"is ", "was ", "= ", "[", "("} {
		if strings.HasPrefix(s[k:], w) {
			k += len(w)
		}
	}
	e := k
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-k < 4 || e-k > 8 || e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
		return 0
	}
	if !sc.emit(k, e, KindCredential, 0) {
		return 0
	}
	return e
}

// otpPhrases say "verification code" in the languages that put the noun
// first or write it as one word; the 4–8 digits after one are a one-time
// password ("código de verificación: 925701", "код подтверждения 4471").
var otpPhrases = []string{"código de verificación", "codigo de verificacion", "código de verificação",
	"codigo de verificacao", "código de confirmación", "código de confirmação", "código de seguridad",
	"código de acceso", "código otp", "codigo otp", "code de vérification", "code de verification",
	"code de confirmation", "code de sécurité", "codice di verifica", "codice di conferma", "codice otp",
	"kod weryfikacyjny", "kod potwierdzający", "kod sms", "ověřovací kód", "kód pro ověření", "doğrulama kodu",
	"onay kodu", "kode verifikasi", "kode otp", "kode konfirmasi", "mã xác nhận", "mã xác minh", "mã otp",
	"bestätigungscode", "verifizierungscode", "sicherheitscode", "verificatiecode", "bevestigingscode",
	"verifieringskod", "bekräftelsekod", "bekræftelseskode", "bekreftelseskode", "engangskode", "vahvistuskoodi",
	"varmennuskoodi", "ellenőrző kód", "megerősítő kód", "biztonsági kód", "cod de verificare",
	"cod de confirmare", "κωδικός επαλήθευσης", "код подтверждения", "код верификации", "код підтвердження",
	"код верифікації", "رمز التحقق", "كود التحقق", "رمز التأكيد", "تصدیقی کوڈ", "ویریفکیشن کوڈ", "যাচাইকরণ কোড",
	"ভেরিফিকেশন কোড", "인증 코드", "확인 코드", "รหัสยืนยัน", "รหัส otp", "קוד אימות", "सत्यापन कोड",
	"verification code", "confirmation code", "security code", "one-time code", "one time code",
	// a login's second factor logged as its "token" (a26_creds.go: digits only, 4 to 8)
	"token",
	// Zulu, Xhosa, Swahili, Malay, Bulgarian, Macedonian, the Balkans,
	// Estonian, Slovak, Catalan, Basque, Albanian, Afrikaans, Hausa, Uzbek,
	// Azerbaijani, Persian, Russian "SMS code", and the Indian scripts.
	"ikhodi yokuqinisekisa", "ikhowudi yokuqinisekisa", "msimbo wa uthibitisho", "nambari ya uthibitisho", "nambari ya siri", "namba ya siri",
	"kod pengesahan", "код за потвърждение", "код за потвърждаване", "код за потврда", "код за потврду",
	"kod za potvrdu", "kod za verifikaciju", "verifikacijski kod", "kinnituskood", "kontrollkood",
	"overovací kód", "kód na overenie", "potvrdzovací kód", "codi de verificació", "codi de confirmació",
	"egiaztapen kodea", "kodi i verifikimit", "verifikasiekode", "bevestigingskode", "lambar tabbatarwa",
	"tasdiqlash kodi", "təsdiq kodu", "کد تایید", "کد تأیید", "کد یکبار مصرف", "sms-код", "смс-код",
	"ચકાસણી કોડ", "ਪੁਸ਼ਟੀਕਰਨ ਕੋਡ", "ಪರಿಶೀಲನಾ ಕೋಡ್", "സ്ഥിരീകരണ കോഡ്", "प्रमाणीकरण कोड", "සත්‍යාපන කේතය"}

var otpIndex = newPhraseIndex(joinedPhrases32(otpPhrases)) // (joined by '_' too: cr32_keys.go)

// otpPhrase redacts the one-time password after an otpPhrases phrase at i;
// it returns its end, or 0.
func (sc *scanner) otpPhrase(i int) int {
	return sc.otpAfter(i, sc.phraseAt(otpIndex, i))
}

// otpAfter redacts the code after the otpPhrases phrase w at i ("": none);
// it returns the code's end, or 0.
func (sc *scanner) otpAfter(i int, w string) int {
	s := sc.s
	if w == "" {
		return 0
	}
	k := i + len(w)
	for k < len(s) && k-i-len(w) < 6 && (s[k] == ' ' || s[k] == ':' || s[k] == '=' || s[k] == '#') {
		k++
	}
	if strings.HasPrefix(s[k:], "：") {
		k += len("：")
	}
	k = otpOwnerA26(s, k) // "kod pengesahan anda 005218" (a26_creds.go)
	e := k
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-k < 4 || e-k > 8 || e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
		return 0
	}
	if sc.emit(k, e, KindCredential, 0) {
		return e
	}
	return 0
}

// phraseAt returns the first phrase of x that starts at i on a word
// boundary ("": none).
func (sc *scanner) phraseAt(x *phraseIndex, i int) string {
	return sc.phraseIn(x.candidates(sc.s, i), i)
}

// phraseIn returns the first of the phrases cands that starts at i on a
// word boundary ("": none).
func (sc *scanner) phraseIn(cands []string, i int) string {
	s := sc.s
	if cands == nil || i > 0 && i != sc.lastEnd && (isWord(s[i-1]) || s[i-1] >= 0x80 && s[i] < 0x80) {
		return ""
	}
	for _, w := range cands {
		if len(s)-i >= len(w) && s[i+len(w)-1] == w[len(w)-1] && prefixFold1(s[i:], w) {
			return w
		}
	}
	return ""
}

// addressPhrases say "my (new) address is" and "shipped to this address"
// in the languages of the shops' buyers and staff; the address follows at
// once, whatever its first word ("My new address is ulica Polna 139C, …",
// "Adresim değişti: Papatya Sk. No: 186 …").
var addressPhrases = []string{"my new address is ", "my address is ", "my new address: ", "new address: ",
	"new delivery address: ", "address validation failed for ", "pickup scheduled at ", "return label generated from ",
	"adresim değişti: ", "yeni adresim: ", "adresim: ", "şu adrese gönderildi: ", "alamat baru saya ", "alamat saya ",
	"anwani yangu mpya ni ", "anwani yangu ni ", "mi nueva dirección es ", "mi dirección es ", "meu novo endereço é ",
	"meu endereço é ", "meine neue adresse ist ", "meine adresse ist ", "neue adresse: ", "mijn nieuwe adres is ",
	"mijn adres is ", "nieuw adres: ", "il mio nuovo indirizzo è ", "il mio indirizzo è ", "ma nouvelle adresse est ",
	"mon adresse est ", "nouvelle adresse : ", "mój nowy adres to ", "mój adres to ", "nowy adres: ", "moje nová adresa je ",
	"moje adresa je ", "nová adresa: ", "noua mea adresă este ", "adresa mea este ", "min nya adress är ", "min adress är ",
	"min nye adresse er ", "min adresse er ", "uusi osoitteeni on ", "osoitteeni on ", "az új címem ", "a címem ",
	"η νέα μου διεύθυνση είναι ", "η διεύθυνσή μου είναι ", "мой новый адрес: ", "мой новый адрес ", "мой адрес: ",
	"новый адрес: ", "моя нова адреса: ", "моя адреса: ", "нова адреса: ", "عنواني الجديد: ", "عنواني الجديد ", "عنواني: ",
	"العنوان الجديد: ", "הכתובת החדשה שלי: ", "הכתובת שלי: ", "כתובת חדשה: ", "मेरा नया पता ", "मेरा पता ", "नया पता: ",
	"địa chỉ mới của tôi là ", "địa chỉ của tôi là ", "địa chỉ mới: ", "ที่อยู่ใหม่: ", "ที่อยู่ใหม่คือ ", "새 주소: ",
	"새 주소는 ", "新地址：", "新地址: ", "新住所：", "新住所: ", "expédiée au ", "expédié au ", "livrée au ", "livré au ",
	// "ship to", "deliver to", "delivery address" as a buyer or a system
	// writes them in more languages (what follows must begin as an address)
	"despachar a ", "enviar a ", "entregar en ", "entregar a ", "dirección de entrega ", "dirección de envío ",
	"domicilio ", "ipadala sa ", "padala sa ", "deliver po sa ", "hantar ke ", "penghantaran ke ", "kirim ke ",
	"sendes til ", "leveres til ", "levereres til ", "skickas till ", "levereras till ", "toimitetaan ", "katuosoite ",
	"toimitusosoite ", "liefern an ", "lieferung an ", "lieferadresse ", "expédier à ", "livraison au ", "livraison à ",
	"bezorgen op ", "bezorgadres ", "afleveradres ", "kiszállítás ide: ", "szállítási cím ", "számlázási cím ",
	"відправити на ", "доставити за адресою ", "доставка за адресою ", "доставить по адресу ", "отправить на ",
	"شحن إلى ", "التوصيل إلى ", "عنوان التوصيل: ", "الشحن إلى ", "পাঠাবেন ", "ঠিকানা: ", "ارسال به ", "پتہ: ",
	"배송지: ", "배송 주소 ", "배송 주소: ", "주소: ", "адреса: ", "адрес: ", "العنوان: ", "delivery address ",
	"shipping address: ", "spedire a ", "consegna a ", "indirizzo di consegna ", "entregar em ", "endereço de entrega ",
	// "delivery address:", "sent to the address", "could not verify the
	// address" in more languages
	"адрес доставки: ", "адреса доставки: ", "по адресу ", "проверить адрес ", "перевірити адресу ", "за адресою ",
	"adresa de livrare: ", "adresa ", "adresu ", "adres dostawy: ", "adres doğrulanamadı: ", "teslimat adresi: ",
	"địa chỉ giao hàng: ", "địa chỉ ", "đã gửi tới ", "στη διεύθυνση ", "διεύθυνση αποστολής: ", "διεύθυνση: ",
	"את הכתובת ", "הכתובת: ", "כתובת למשלוח: ", "anwani ya kufikisha: ", "anwani: ", "お届け先住所: ", "お届け先: ",
	"配送先住所: ", "住所: ", "expediată la ", "expediat la ", "livrare la ", "odesláno na ", "doručit na ",
	"doručovací adresa: ", "wysłano na adres ", "na adres ", "dostawa na adres ", "gönderildi: ", "adresine gönderildi ",
	// "delivery failed at", "changed to"
	"bezorging mislukt op ", "levering mislukt op ", "entrega fallida en ", "zustellung fehlgeschlagen an ",
	"geändert auf ", "geändert in ", "livraison échouée au ", "livraison échouée à ", "consegna fallita a ",
	"entrega falhou em ", "配送先住所を ", "住所を ",
	// "shipped to", "delivered to" in more languages
	"verzenden naar ", "verzonden naar ", "versturen naar ", "verstuurd naar ", "geleverd op ", "bezorgd op ",
	"versand an ", "versendet an ", "geliefert an ", "zugestellt an ", "enviado a ", "enviada a ", "entregado en ",
	"spedito a ", "spedita a ", "consegnato a ", "envoyé à ", "envoyée à ", "expédié à ", "expédiée à ", "skickat till ",
	"sendt til ", "levert til ", "leveret til ", "wysłano do ", "dostarczono do ", "odesláno do ", "dikirim ke ",
	"dihantar ke ", "ipinadala sa ", "toimitettu "}

// addressEvents are the phrases of addressPhrases that a system writes, not
// a person: what follows them must begin as an address does.
var addressEvents = setOf("address validation failed for ", "pickup scheduled at ", "return label generated from ",
	"şu adrese gönderildi: ", "expédiée au ", "expédié au ", "livrée au ", "livré au ", "despachar a ", "enviar a ",
	"entregar en ", "entregar a ", "domicilio ", "ipadala sa ", "padala sa ", "deliver po sa ", "hantar ke ",
	"penghantaran ke ", "kirim ke ", "sendes til ", "leveres til ", "levereres til ", "skickas till ",
	"levereras till ", "toimitetaan ", "liefern an ", "lieferung an ", "expédier à ", "livraison au ", "livraison à ",
	"bezorgen op ", "відправити на ", "отправить на ", "شحن إلى ", "التوصيل إلى ", "الشحن إلى ", "پাঠাবেন ",
	"ارسال به ", "spedire a ", "consegna a ", "entregar em ", "по адресу ", "проверить адрес ", "перевірити адресу ",
	"за адресою ", "adresa ", "adresu ", "địa chỉ ", "đã gửi tới ", "στη διεύθυνση ", "את הכתובת ", "expediată la ",
	"expediat la ", "livrare la ", "odesláno na ", "doručit na ", "wysłano na adres ", "na adres ", "gönderildi: ",
	"adresine gönderildi ", "bezorging mislukt op ", "levering mislukt op ", "entrega fallida en ",
	"zustellung fehlgeschlagen an ", "geändert auf ", "geändert in ", "livraison échouée au ", "livraison échouée à ",
	"consegna fallita a ", "entrega falhou em ", "配送先住所を ", "住所を ",
	// "shipped to", "delivered to" in more languages
	"verzenden naar ", "verzonden naar ", "versturen naar ", "verstuurd naar ", "geleverd op ", "bezorgd op ",
	"versand an ", "versendet an ", "geliefert an ", "zugestellt an ", "enviado a ", "enviada a ", "entregado en ",
	"spedito a ", "spedita a ", "consegnato a ", "envoyé à ", "envoyée à ", "expédié à ", "expédiée à ", "skickat till ",
	"sendt til ", "levert til ", "leveret til ", "wysłano do ", "dostarczono do ", "odesláno do ", "dikirim ke ",
	"dihantar ke ", "ipinadala sa ", "toimitettu ")

// phraseIndex finds the phrases of a list that may start at a position by
// their first two bytes (the first lower-cased), so a word costs one array
// lookup, not a comparison with every phrase.
type phraseIndex struct {
	first [256]bool
	at    [1 << 16]uint8 // 1 + index into lists, or 0
	lists [][]string
}

func newPhraseIndex(phrases []string) *phraseIndex {
	x := &phraseIndex{}
	var all []string
	for _, w := range phrases {
		all = append(all, w)
		// A phrase that starts with a letter beyond ASCII is also found
		// capitalised ("Địa chỉ …", "Адрес …"); prefixFold1 folds ASCII only.
		if r, n := utf8.DecodeRuneInString(w); r >= 0x80 && unicode.IsLower(r) {
			all = append(all, string(unicode.ToUpper(r))+w[n:])
		}
	}
	for _, w := range all {
		x.first[w[0]] = true
		if w[0] >= 'a' && w[0] <= 'z' {
			x.first[w[0]-'a'+'A'] = true
		}
		k := uint16(w[0])<<8 | uint16(w[1])
		if x.at[k] == 0 {
			x.lists = append(x.lists, nil)
			x.at[k] = uint8(len(x.lists))
		}
		x.lists[x.at[k]-1] = append(x.lists[x.at[k]-1], w)
	}
	return x
}

// candidates returns the phrases that may start at s[i:].
func (x *phraseIndex) candidates(s string, i int) []string {
	if !x.first[s[i]] || i+1 >= len(s) {
		return nil
	}
	a := s[i]
	if a >= 'A' && a <= 'Z' {
		a += 'a' - 'A'
	}
	if n := x.at[uint16(a)<<8|uint16(s[i+1])]; n > 0 {
		return x.lists[n-1]
	}
	return nil
}

var addrIndex = newPhraseIndex(addressPhrases)

// addressPhrase redacts the address after an addressPhrases phrase at i; it
// returns its end, or 0.
func (sc *scanner) addressPhrase(i int) int {
	return sc.addressAfter(i, sc.phraseAt(addrIndex, i))
}

// addressAfter redacts the address after the addressPhrases phrase w at i
// ("": none); it returns its end, or 0.
func (sc *scanner) addressAfter(i int, w string) int {
	s := sc.s
	if w == "" {
		return 0
	}
	k := addressOfIDTo21(s, i+len(w)) // "address of ORD-1 to …" (ids21_values.go)
	if k >= len(s) || !(startsWithLetter(s[k:]) || isDigit(s[k]) || s[k] == '#') {
		return 0
	}
	if addressEvents[w] && s[k] < 0x80 && !addressStart(s, k) && !addressAhead(s, k) { // address_parts.go
		return 0 // "address validation failed for order 12345": no address follows
	}
	if s[k] >= 0x80 && !phraseNumber20(s, k, w) {
		return 0 // "διεύθυνση παράδοσης άλλαξε": no number, no address (names20_addrphrases.go)
	}
	return sc.value(k, KindAddress, modeAddress)
}

// clockBracket reports whether the ']' at e closes a time in brackets
// ("[09:15]", "[2025-01-02 09:15:07]"), as chat transcripts stamp their
// lines.
func clockBracket(s string, e int) bool {
	o := strings.LastIndexByte(s[max(0, e-24):e], '[')
	if o < 0 {
		return false
	}
	o += max(0, e-24)
	colon := false
	for p := o + 1; p < e; p++ {
		switch c := s[p]; {
		case c == ':':
			colon = true
		case isDigit(c) || c == ' ' || c == '-' || c == '.' || c == 'T':
		default:
			return false
		}
	}
	return colon
}

// singleNameWord returns the end of a single name word at a (not a word
// that names no person, not a legal form), or -1.
func singleNameWord(s string, a int) int {
	e := nameWordEnd(s, a)
	if e <= a || e-a > 40 || !hasLowerOrHigh(s[a:e]) {
		return -1
	}
	var buf [16]byte
	if e-a <= len(buf) && (notNames[string(lower(buf[:0], s[a:e]))] || legalForms[string(lower(buf[:0], s[a:e]))]) {
		return -1
	}
	return e
}

// nameWordPair reads two name words at i joined by sep, the second
// capitalised (or in another script), each ending where word says: the
// end of the first, the start and end of the second; e2 is -1 when there
// is no such pair.
func nameWordPair(s string, i int, sep string, word func(int) int) (e1, b, e2 int) {
	e1 = word(i)
	if e1 < 0 || !strings.HasPrefix(s[e1:], sep) {
		return e1, 0, -1
	}
	b = e1 + len(sep)
	if b >= len(s) || !(isUpper(s[b]) || s[b] >= 0x80) {
		return e1, b, -1
	}
	return e1, b, word(b)
}
