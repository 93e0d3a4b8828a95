package redact

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// span is a found value: s[start:end] gets replaced.
type span struct {
	start, end int
	kind       Kind
	custom     int // index into Redactor.custom when kind is KindCustom
}

// Byte classes of the scanner's dispatch table.
const (
	cNone = iota
	cLetter
	cDigit
	cPlus
	cParen
	cAt
	cPercent
	cBracket
	cHigh
	cClause
	cDot
	cColon
)

var class [256]uint8

func init() {
	for c := 'a'; c <= 'z'; c++ {
		class[c] = cLetter
		class[c-'a'+'A'] = cLetter
	}
	class['_'] = cLetter
	for c := '0'; c <= '9'; c++ {
		class[c] = cDigit
	}
	class['+'] = cPlus
	class['('] = cParen
	class['@'] = cAt
	class['%'] = cPercent
	class['['] = cBracket
	class[';'] = cClause
	class['|'] = cClause
	class['\n'] = cClause
	class['.'] = cDot
	class[':'] = cColon
	class['!'] = cDot
	class['?'] = cDot
	for c := 0x80; c < 0x100; c++ {
		class[c] = cHigh
	}
	for c := range class {
		wordByte[c] = class[c] == cLetter || class[c] == cDigit
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool { return isDigit(c) || isAlpha(c) }

// isWord reports letters, digits and '_'.
func isWord(c byte) bool { return class[c] == cLetter || class[c] == cDigit }

// isTokenChar reports the bytes credentials are made of.
func isTokenChar(c byte) bool {
	return isWord(c) || c == '-' || c == '.' || c == '|' || c == '+' || c == '/' || c == '=' || c == '%' || c == '~'
}

// Contexts set by a preceding word and consumed by the next digit group.
const (
	ctxNone = iota
	ctxPhone
	ctxID
	ctxCard
	ctxOrder // ctxID after an order's word or key ("order_id", "pedido")
)

type scanner struct {
	r       *Redactor
	s       string
	off     uint32
	spans   []span
	lastEnd int // end of the last span or marker: a boundary
	ctx     int
	noQuote [9]int  // see closing
	chunks  []chunk // number's buffer
	// ship is set by a shipping verb ("shipped", "deliver") and makes the
	// next "to" introduce an address; ';', '|', newlines and ". " end it.
	// The scanner never reads those inside a value it later redacts, so a
	// second pass agrees.
	ship    bool
	sms     int8 // whether the text is about SMS messages: 0 not known yet, 1 yes, 2 no
	sawHigh bool // whether run met a byte >= 0x80 (native digits are looked for only then)
	sawDest bool // whether a word starts a destPhrases phrase (destinationSpans reads them only then)
	// house is houseAt's last answer: its position + 1 and houseNumber's
	// end there (prefilters.go).
	house [2]int
	// rescanned is set on a scanner that reads a cut-off tail again
	// (rescan, depth 3): its own cuts are read once more, at depth 4.
	rescanned bool
	// fd is what findDepth's passes share about the text (sp30_passes.go).
	fd fdCtx
}

var scanners = sync.Pool{New: func() any { return &scanner{spans: make([]span, 0, 16), chunks: make([]chunk, 0, 16)} }}

// find returns a pooled scanner holding the spans to replace in s, in order
// and without overlaps. Give it back with release.
func (r *Redactor) find(s string, off uint32) *scanner {
	return r.findDepth(s, off, 0)
}

// findDepth is find at a depth of URL decoding.
func (r *Redactor) findDepth(s string, off uint32, depth int) *scanner {
	// depth -1: a URL-decoded view (urlEncoded) read by every reader of
	// plain text, as depth 0 is; only its own URL decoding is a second one
	// (depth 2). enc29_echo.go.
	urlView := depth < 0
	if urlView {
		depth = 0
	}
	sc := scanners.Get().(*scanner)
	*sc = scanner{r: r, s: s, off: off, spans: sc.spans[:0], chunks: sc.chunks[:0], lastEnd: -1, rescanned: depth >= 3}
	sc.run()
	if len(sc.spans) > 0 {
		sc.trimAmountTails()    // amounts.go
		sc.trimPhoneAmounts20() // "(+52) 99 4787 6548  21 616,77 kr": a grid's next cell (secrets20_amounts.go)
	}
	if len(sc.spans) > 0 {
		sc.shiftLabelSecrets()      // amounts.go
		sc.extendTitleNames()       // amounts.go
		sc.extendInitialNames()     // names_initial.go
		sc.extendKeyedGiven18()     // "customer=van der Meulen, Julia" (names18_tails.go)
		sc.trimAtBreaks(depth <= 3) // amounts.go (depth 3: a rescan's tail, read once more)
	}
	c := &sc.fd // what the passes share (sp30_passes.go)
	c.s, c.depth, c.urlView, c.tp.s = s, depth, urlView, s
	if depth == 0 {
		c.sig = sigPairs28(s, &c.tp) // sigOf(s) (sig.go), tp's pairs filled in the same walk (sp28_gates.go)
	}
	sc.runPasses() // every pass, each behind its features' mask (sp30_passes.go)

	if len(r.regexOnly) > 0 {
		added := false
		for _, ci := range r.regexOnly {
			c := &r.custom[ci]
			if c.action == ActionOff {
				continue
			}
			for _, loc := range c.re.FindAllStringIndex(s, -1) {
				if loc[1] > loc[0] && !isMarkerAt(s, loc[0]) && !r.allowed(s[loc[0]:loc[1]]) {
					sc.spans = append(sc.spans, span{loc[0], loc[1], KindCustom, ci})
					added = true
				}
			}
		}
		if added {
			sc.spans = sortSpans(sc.spans)
		}
	}
	return sc
}

func (sc *scanner) release() {
	if cap(sc.spans) > 1024 {
		sc.spans = nil
	}
	if cap(sc.chunks) > 1024 {
		sc.chunks = nil
	}
	sc.r, sc.s = nil, ""
	scanners.Put(sc)
}

// emit records a span unless its kind is off, it overlaps the previous
// one, or the allow-list exempts it; it reports whether it did.
func (sc *scanner) emit(start, end int, k Kind, custom int) bool {
	if start >= end || sc.off&(1<<k) != 0 {
		return false
	}
	if k < KindCustom && sc.r.kindAction[k] == ActionOff {
		return false
	}
	if n := len(sc.spans); n > 0 && sc.spans[n-1].end > start {
		return false
	}
	if k == KindCredential && strings.IndexFunc(sc.s[start:end], func(r rune) bool { return r < 0x80 && isAlnum(byte(r)) || r >= 0x80 }) < 0 {
		return false // "auth:&…": punctuation alone is no secret
	}
	if sc.r.allowed(sc.s[start:end]) {
		return false
	}
	sc.spans = append(sc.spans, span{start, end, k, custom})
	sc.lastEnd = end
	return true
}

func (sc *scanner) run() {
	s := sc.s
	n := len(s)
	var greet []span // names after greetings, merged at the end (greetings.go)
	for i := 0; i < n; {
		if (i == 0 || startByte[s[i-1]]) && i+1 < n && greetingPair[s[i]][s[i+1]] && messageStart(s, i) {
			if a, b, ok := greetingAt(s, i); ok {
				greet = append(greet, span{start: a, end: b, kind: KindName})
			} else if a, b, ok := greetingThenName(s, i); ok {
				greet = append(greet, span{start: a, end: b, kind: KindName}) // names_greetpunct.go
			}
		}
		switch class[s[i]] {
		case cNone:
			if s[i] == '/' && i > 0 && strings.IndexByte(",;\t|", s[i-1]) >= 0 || symbolLead27(s, i) { // (".rUZ0*…": cred27_shapes.go)
				if e := sc.loneSecret(i); e > 0 {
					i = e // a cell that starts with '/': "…,/ityODjK65np1v…"
					continue
				}
			}
			if s[i] == '=' && i >= 3 && s[i-3] == '%' && s[i-2] == '5' && s[i-1]|0x20 == 'd' {
				sc.encodedBracketKey(i) // "checkout%5Bawb%5D=0088836268" (ids.go)
			}
			i++
		case cLetter:
			if i > 0 && s[i-1] == '\\' && escapeSep29(s, i) {
				i++ // "\t4403…": a JSON escape in raw text separates (x29_pairs.go)
				sc.lastEnd = i
				continue
			}
			if s[i]|0x20 == 'i' && i > 0 && s[i-1] == ' ' && i+3 < n && s[i+1] == 's' && s[i+2] == ' ' && isDigit(s[i+3]) {
				if e := sc.otpAt(i, i+3); e > 0 {
					i = e // "Your one-time passcode is 4471" (otp.go)
					continue
				}
			}
			i = sc.word(i)
		case cDigit:
			if i > 2 && i+3 < n && isDigit(s[i+3]) && otpBracketBefore(s, i) {
				if e := sc.otpBracketAt(i); e > 0 {
					i = e // "인증번호는 [500619] 입니다", "验证码是【482913】" (otp16_bracket.go)
					continue
				}
			}
			if i > 2 && s[i-1] == ' ' && (s[i-2] >= 0x80 || isAlpha(s[i-2])) && i+3 < n && isDigit(s[i+3]) {
				if e := sc.otpAfterWord(i); e > 0 {
					i = e // "verification code 1992", "OTP 498575" (otp.go)
					continue
				}
			}
			if i > 2 && (s[i-1] == ' ' && (s[i-2] >= 0x80 || isAlpha(s[i-2])) || s[i-1] >= 0x80) && i+3 < n && isDigit(s[i+3]) {
				if e := sc.otpBeforeDigits(i); e > 0 {
					i = e // "codice di verifica è 123456", "验证码是872811" (otp_copula.go)
					continue
				}
				if e := sc.otpUse(i); e > 0 {
					i = e // "use 482913 to sign in", "ログインには 482913" (otp_use.go)
					continue
				}
			}
			if (sc.ctx == ctxPhone || sc.ctx == ctxNone) && i > 9 && s[i-1] == ' ' && callbackLast[s[i-2]] && callbackIDAt(s, i) {
				sc.ctx = ctxOrder // "payment callback 5565…": a webhook's order, not a phone (damage_callback.go)
			}
			if sc.ctx == ctxPhone && i > 3 && s[i-1] == ' ' && ((s[i-2] == 't' || s[i-2] == 's' || s[i-2] == 'e' || s[i-2] == 'p' || s[i-2] == '@') && epochAfterAt(s, i) || isAlpha(s[i-2]) && orderWordBefore(s, i)) {
				sc.ctx = ctxOrder // "callback at 1732122095", "callback order 6956…": a time, an order (damage_times.go)
			}
			if s[i] == '2' && i+3 < n && s[i+1]|0x20 == 'f' {
				if e := sc.digitKey(i); e > 0 {
					i = e // "2fa_code = '…'", <ns2:2faCode> (creds_keys9.go)
					continue
				}
			}
			if i > 4 && s[i-1] == ' ' && s[i-2]|0x20 == 'y' && sc.ctx == ctxNone && recordKeyDigits(s, i) {
				sc.ctx = ctxOrder // "… at offset 493347: key 5734…:" (ids.go)
			}
			if sc.ctx == ctxNone && i > 4 && s[i-1] == ' ' && s[i-2] == ',' && orderListAt(s, i) {
				sc.ctx = ctxOrder // "orders: 702-9324123-9674259, 91-75710-71835" (damage16_orders.go)
			}
			i = sc.number(i)
		case cPlus, cParen:
			if s[i] == '(' && i > 1 && i+4 < n && isDigit(s[i+1]) && isDigit(s[i+4]) {
				if e := sc.otpBracketAt(i + 1); e > 0 {
					i = e // "Mã xác minh của bạn là (482913)" (otp16_bracket.go)
					continue
				}
			}
			if i+1 < n && (isDigit(s[i+1]) || s[i+1] == '(' && s[i] == '+' || s[i+1] == '+' && s[i] == '(') {
				i = sc.number(i)
			} else {
				i++
			}
		case cAt:
			if i > 0 && strings.IndexByte(",;\t|", s[i-1]) >= 0 {
				if e := sc.loneSecret(i); e > 0 {
					i = e // a cell that starts with '@': "…\t@9v8eWqsn9uPu"
					continue
				}
			}
			i = sc.email(i, 1)
		case cPercent:
			if i+2 < n && s[i+1] == '4' && s[i+2] == '0' {
				i = sc.email(i, 3)
			} else {
				i++
			}
		case cBracket:
			if e := markerEnd(s, i); e > 0 {
				if i > 0 && s[i-1] == '<' && (strings.HasPrefix(s[i:], "[REDACTED:email") || strings.HasPrefix(s[i:], "[HASH:email")) {
					sc.displayName(i - 1) // "Stefan Schröder" <[REDACTED:email]>
				}
				sc.lastEnd = e
				sc.ctx = ctxNone
				if strings.HasPrefix(s[i:], "[REDACTED:iban") || strings.HasPrefix(s[i:], "[REDACTED:card") {
					i = sc.holderInParens(e) // an earlier pass's account, then its holder
				} else {
					i = e
				}
			} else {
				i++
			}
		case cHigh:
			sc.sawHigh = true
			if s[i] == 0xEF && strings.HasPrefix(s[i:], "：") {
				if e := sc.otpAt(i, i+len("：")); e > 0 {
					i = e // "認証コード：493021" (otp.go)
					continue
				}
			}
			i = sc.high(i)
		case cClause:
			sc.ship = false
			i++
		case cColon:
			if i+2 < n && s[i+1] == '/' && s[i+2] == '/' {
				i = sc.userinfo(i + 3)
			} else if e := sc.otpAt(i, i+1); e > 0 {
				i = e // "doğrulama kodunuz: 744832" (otp.go)
			} else if e := sc.spacedCredKey(i); e > 0 {
				i = e // "otp seed: …", "SECRET KEY BASE: …" (creds_keys9.go)
			} else {
				i = sc.colon(i, i+1)
			}
		case cDot: // a full stop ends a shipping clause; "v1.2" does not
			if symbolLead27(s, i) { // (".rUZ0*…": cred27_shapes.go)
				if e := sc.loneSecret(i); e > 0 {
					i = e
					continue
				}
			}
			if i+1 == len(s) || s[i+1] == ' ' {
				sc.ship = false
			}
			i++
		}
	}
	if greet != nil {
		sc.mergeSpans(sc.allowedSpans(greet))
	}
}

// markerEnd returns the end of a well-formed marker at s[i:], or 0. Only
// exact marker shapes are skipped, so text dressed up as a marker is still
// scanned.
func markerEnd(s string, i int) int {
	rest := s[i:]
	var j int
	hashed := false
	switch {
	case strings.HasPrefix(rest, "[REDACTED:"):
		j = 10
	case strings.HasPrefix(rest, "[HASH:"):
		j, hashed = 6, true
	default:
		return 0
	}
	ls := j
	for j < len(rest) && j-ls < 32 && (rest[j] >= 'a' && rest[j] <= 'z' || isDigit(rest[j]) || rest[j] == '_') {
		j++
	}
	if j == ls || j >= len(rest) {
		return 0
	}
	if rest[j] == ']' && !hashed {
		return i + j + 1
	}
	if rest[j] != ':' {
		return 0
	}
	j++
	t := rest[j:]
	switch {
	case hashed:
		if len(t) < 17 || t[16] != ']' {
			return 0
		}
		for k := 0; k < 16; k++ {
			if !(isDigit(t[k]) || t[k] >= 'a' && t[k] <= 'f') {
				return 0
			}
		}
		return i + j + 17
	case strings.HasPrefix(t, "****"): // card: last four
		if len(t) < 9 || t[8] != ']' || !isDigit(t[4]) || !isDigit(t[5]) || !isDigit(t[6]) || !isDigit(t[7]) {
			return 0
		}
		return i + j + 9
	case len(t) > 2 && t[0] == '+': // phone: country code
		k := 1
		for k < len(t) && k <= 3 && isDigit(t[k]) {
			k++
		}
		if k == 1 || k >= len(t) || t[k] != ']' {
			return 0
		}
		return i + j + k + 1
	case len(t) >= 3 && isUpper(t[0]) && isUpper(t[1]) && t[2] == ']': // iban: country
		return i + j + 3
	}
	return 0
}

func isMarkerAt(s string, i int) bool { return markerEnd(s, i) > 0 }

// markerEndsAt reports whether a well-formed marker ends just before s[i]:
// a reader that refuses a word glued to the letters before it must refuse it
// glued to the marker that replaced them, or redacting twice would differ.
func markerEndsAt(s string, i int) bool {
	if i == 0 || s[i-1] != ']' {
		return false
	}
	lb := strings.LastIndexByte(s[:i], '[')
	return lb >= 0 && markerEnd(s, lb) == i
}

// leftOK reports whether a value may start at i: not glued to a word, an
// id ("SKU-123", "v1.2"), an order number ("#1001") or an amount ("$12").
func (sc *scanner) leftOK(i int) bool {
	if i == 0 {
		return true
	}
	p := sc.s[i-1]
	if sc.s[i] == '+' && (isWord(p) || p == ']' && i == sc.lastEnd) {
		// A '+' glued to a value joins it ("NAD+…+00+1000000'", "Rua 5+0100…"),
		// whether a span of this pass ends there or the marker of an
		// earlier pass's: both passes read the digits alike.
		return false
	}
	if i == sc.lastEnd {
		return true
	}
	if isWord(p) || p == '#' || p == '$' {
		return false
	}
	if (p == '-' || p == '.' || p == '/' || p == '_' || p == '\\') && i >= 2 && i-1 != sc.lastEnd && isWord(sc.s[i-2]) {
		return false
	}
	return true
}

// skipRun skips the letters, digits and '_' at i (and a leading '+' or '(').
func (sc *scanner) skipRun(i int) int {
	s := sc.s
	if i < len(s) && (s[i] == '+' || s[i] == '(') {
		i++
	}
	return sc.skipTail(i)
}

// email validates an address around the '@' at s[at:at+w] ("@" or "%40").
func (sc *scanner) email(at, w int) int {
	s := sc.s
	n := len(s)
	floor := sc.lastEnd
	if floor < 0 {
		floor = 0
	}
	lim := at - 64
	if lim < floor {
		lim = floor
	}
	ls := at
	for ls > lim && (isLocal(s[ls-1]) || s[ls-1] >= 0x80) {
		// Local parts may be in any script (RFC 6531): "王欣怡@…", "पूजा.गुप्ता@…".
		if s[ls-1] >= 0x80 {
			r, size := utf8.DecodeLastRuneInString(s[:ls])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
				break
			}
			if ls < at && s[ls] < 0x80 && isAlnum(s[ls]) && (unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul)) {
				break // "領収書をkenta612@…": the sentence, then an ASCII address ("淑芬.huang@…" is one local part)
			}
			ls -= size
			continue
		}
		ls--
	}
	if ls == lim && ls > floor && isLocal(s[ls-1]) {
		return at + w // local part longer than 64 bytes
	}
	for ls < at && (s[ls] == '.' || s[ls] == '+' || s[ls] == '-') {
		ls++
	}
	if ls == at || s[at-1] == '.' {
		return at + w
	}
	j := emailDomainEnd(s, at+w)
	if j < 0 {
		return at + w
	}
	if j < n && s[j] == ':' && scpRemote(s[ls:at], s[j+1:]) {
		return j // git@github.com:org/repo.git (email_idn.go)
	}
	if messageID(s[ls:at]) && !relayDomain25(s[at+w:j]) {
		return j // <5b2c…-…@mail.example.com>: a message id, not a mailbox
	}
	if roleMailbox(s[ls:at]) {
		return j // noreply@…, MAILER-DAEMON@…: a role mailbox, not a person's (damage19_mailboxes.go)
	}
	if ls > 0 && s[ls-1] == '*' && maskedLocal25(s, ls, at) {
		return j // "j***n@…": masked by the platform before (keep25_signed.go)
	}
	if ls > 0 && (s[ls-1] == '<' || s[ls-1] == '(') {
		sc.displayName(ls - 1)
	}
	sc.emit(ls, j, KindEmail, 0)
	if j+2 < n && s[j] == ' ' && s[j+1] == '(' {
		// "mailed to ana@example.com (Ana Lima)": the name after it.
		if e := strings.IndexByte(s[j+2:min(n, j+2+96)], ')'); e > 0 {
			if v := s[j+2 : j+2+e]; hasLowerOrHigh(v) && !isSlug(v) && (isUpper(v[0]) || v[0] >= 0x80) {
				sc.emit(j+2, j+2+e, KindName, 0)
				return j + 2 + e
			}
		}
	}
	return j
}

func isLocal(c byte) bool {
	return isWord(c) || c == '.' || c == '+' || c == '-'
}

// asciiDomainEnds reports an ASCII domain that already ends in a top-level
// domain of two letters or more ("gmail.com").
func asciiDomainEnds(d string) bool {
	dot := strings.LastIndexByte(d, '.')
	if dot <= 0 || len(d)-dot-1 < 2 {
		return false
	}
	for i := 0; i < len(d); i++ {
		if d[i] >= 0x80 {
			return false
		}
	}
	return allAlpha(d[dot+1:])
}

// letterTLD reports an internationalised top-level domain in letters of
// any script: "рф", "中国".
func letterTLD(t string) bool {
	n := 0
	for _, r := range t {
		if !unicode.IsLetter(r) && (n == 0 || !unicode.IsMark(r)) {
			return false // vowel signs count: "भारत", "ไทย"
		}
		n++
	}
	return n >= 2 || n >= 1 && t[0] >= 0x80
}

func allAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) {
			return false
		}
	}
	return true
}

// mayBeURLEncoded is the cheap test before urlEncoded: a '%', or a '+'
// and a '=' (a form body that writes spaces as '+').
func mayBeURLEncoded(s string) bool {
	if strings.IndexByte(s, '%') >= 0 {
		return true
	}
	return strings.IndexByte(s, '+') >= 0 && strings.IndexByte(s, '=') >= 0
}

// isURLByte reports the bytes a URL or form body token is made of: anything
// but white space, quotes, backslashes and the brackets that end a token in
// JSON and logfmt text. Markers ('[', ']') stay inside a token, so a second
// pass sees the same tokens.
func isURLByte(c byte) bool {
	return c > ' ' && c != '"' && c != '\'' && c != '\\' && c != '<' && c != '>' && c != '{' && c != '}' && c != '|' && c != '`'
}

// urlEncoded decodes every token that holds %XX escapes (or, with a '=',
// '+' for spaces), scans the decoded text with the same detectors, and maps
// what they find back onto the encoded bytes, so that
// "email=thomas.davis%2Bshop%40example.com" loses the whole address and
// "phone=%28020%29+2708+7505" the whole number. Spans found in both views
// are merged.
func (sc *scanner) urlEncoded(depth int) {
	var extra []span
	eachEncoded(sc.s, func(st, en int) {
		extra = decoded(extra, sc.s, st, en, func(dec string) []span {
			d := depth + 1
			if depth == 0 {
				d = -1 // read as plain text is (findDepth)
			}
			sub := sc.r.findDepth(dec, sc.off, d)
			out := append([]span(nil), sub.spans...)
			sub.release()
			return out
		})
	})
	plusLocalParts(sc.s, extra) // email_idn.go
	sc.mergeSpans(extra)
	escapeStarts29(sc.s, sc.spans) // "to%20ana%40…" read raw gave "20ana%40…" (enc29_echo.go)
}

// eachEncoded calls f with the bounds of every token of s that holds %XX
// escapes, or '+' for spaces next to a '='.
func eachEncoded(s string, f func(st, en int)) {
	for i := 0; i < len(s); {
		if !isURLByte(s[i]) {
			i++
			continue
		}
		st := i
		for i < len(s) && isURLByte(s[i]) {
			i++
		}
		if encodedToken(s[st:i]) {
			f(st, i)
		}
	}
}

// encodedToken reports a token (of URL bytes) that holds %XX escapes, or
// '+' for spaces next to a '='. A token of words joined by '+'
// ("customs+ID+510107+19651226+5000") is a piece of a form body whose
// spaces were '+' (the caller saw a '=' elsewhere in the text).
func encodedToken(t string) bool {
	eq, plus, words := false, false, 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '%':
			if i+2 < len(t) && isHex(t[i+1]) && isHex(t[i+2]) {
				return true
			}
		case '=':
			eq = true
		case '+':
			plus = true
			if i > 0 && isAlnum(t[i-1]) && i+1 < len(t) && isAlnum(t[i+1]) {
				words++
			}
		}
	}
	return plus && (eq || words >= 2)
}

// manySeps is the cheap test before rowSpans: three ';', tabs or '|'.
func manySeps(s string) bool {
	// Counted a separator at a time: each count is a vectorised pass,
	// cheaper than one loop over the bytes.
	n := strings.Count(s, ";")
	if n >= 3 {
		return true
	}
	if n += strings.Count(s, "\t"); n >= 3 {
		return true
	}
	return n+strings.Count(s, "|") >= 3
}

func sortByStart(sp []span) {
	sort.Slice(sp, func(a, b int) bool { return sp[a].start < sp[b].start })
}

// decoded URL-decodes s[st:en], passes the result to find, and appends
// what find returns, mapped back onto the encoded bytes of s, to dst.
func decoded(dst []span, s string, st, en int, find func(string) []span) []span {
	return folded(dst, s, st, en, func(s string, p int) (byte, int) { return urlFold(s, p, en) }, find)
}

// urlFold is decoded's fold: the byte a %XX escape or a '+' for a space at
// s[p:] (in a token ending at en) stands for, and its length; 0 for a byte
// kept.
func urlFold(s string, p, en int) (byte, int) {
	switch {
	case s[p] == '%' && p+2 < en && isHex(s[p+1]) && isHex(s[p+2]):
		return unhex(s[p+1])<<4 | unhex(s[p+2]), 3
	case s[p] == '+':
		if p+1 < en && isDigit(s[p+1]) && p > 0 && (s[p-1] == '=' || s[p-1] == '(' || p >= 3 && s[p-3:p] == "%28") {
			return 0, 0 // "phone=+7%28727%29…", "%28+855%29": a country code's plus left unescaped
		}
		return ' ', 1
	}
	return 0, 0
}

// folded passes find a view of s[st:en] in which fold rewrote what it
// reads (fold returns a byte and the length it stands for, or 0 to keep
// the byte), and appends what find returns, mapped back onto the bytes of
// s, to dst.
func folded(dst []span, s string, st, en int, fold func(s string, p int) (byte, int), find func(string) []span) []span {
	dec, pos := foldedView(s, st, en, fold)
	for _, x := range find(dec) {
		dst = append(dst, span{start: pos[x.start], end: pos[x.end], kind: x.kind, custom: x.custom})
	}
	return dst
}

// foldedView returns s[st:en] as fold rewrites it, and for each of its
// bytes (and its end) the position in s it was read from.
func foldedView(s string, st, en int, fold func(s string, p int) (byte, int)) (string, []int) {
	dec := make([]byte, 0, en-st)
	pos := make([]int, 0, en-st+1)
	for p := st; p < en; {
		pos = append(pos, p)
		if c, n := fold(s, p); n > 0 {
			dec = append(dec, c)
			p += n
			continue
		}
		dec = append(dec, s[p])
		p++
	}
	return string(dec), append(pos, en)
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// userinfo redacts the password of a URL's user information, as
// connection strings carry it: postgres://oms:Winter2022@db:5432/oms. k is
// just after "://".
func (sc *scanner) userinfo(k int) int {
	s := sc.s
	if e := sc.webhookURL(k); e > 0 {
		return e
	}
	end := min(len(s), k+256)
	colon, at := -1, -1
	query := false
	for p := k; p < end; p++ {
		c := s[p]
		if c == '?' && colon >= 0 && p > colon+1 && countDigits(s[colon+1:p]) < p-colon-1 {
			// A '?' inside a password ("app:Kangaroo1999?@db"): the password
			// runs to the '@', unless a query's '=' or '&' comes first; after
			// a port ("host:8080?") it starts the query.
			query = true
			continue
		}
		if query && (c == '=' || c == '&') {
			at = -1
			break
		}
		if c == '/' || c == ' ' || c == '"' || c == '\'' || c == '\\' || c == '?' || c == '#' && colon < 0 {
			break
		}
		if c == ':' && colon < 0 {
			colon = p
		}
		if c == '@' {
			at = p // the last '@' before the host ends the password
		}
	}
	if colon >= 0 && at >= colon+2 && (strings.HasPrefix(s[colon+1:at], "[REDACTED:") || strings.HasPrefix(s[colon+1:at], "[HASH:")) &&
		markerEnd(s, colon+1) == at {
		return at // an earlier pass's password: its user was not read then either
	}
	if colon < 0 || at < colon+2 || strings.Contains(s[k:at], "[REDACTED:") || strings.Contains(s[k:at], "[HASH:") {
		return k // no userinfo, or an earlier pass's
	}
	if sc.emit(colon+1, at, KindCredential, 0) {
		return at
	}
	return k
}

// messageID reports a local part that is an id: a UUID or a long run of hex
// with digits, as mail servers write Message-IDs.
func messageID(local string) bool {
	if len(local) < 16 {
		return false
	}
	digits := 0
	for i := 0; i < len(local); i++ {
		c := local[i]
		switch {
		case isDigit(c):
			digits++
		case isHex(c) || c == '-' || c == '.':
		default:
			return false
		}
	}
	return digits >= 4
}

// Japanese and Chinese forms write numbers in full-width digits:
// "０９０－９１６８－４１８６". fullwidth scans a copy of the text with
// those digits, and the signs written around them, folded to ASCII, and
// maps what it finds back onto the original bytes.

// hasFullwidthDigit reports a full-width digit (U+FF10–U+FF19) in s.
func hasFullwidthDigit(s string) bool {
	for i := strings.IndexByte(s, 0xEF); i >= 0 && i+2 < len(s); {
		if s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xEF)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// foldFullwidth returns the ASCII byte a full-width digit or sign at s[i:]
// folds to, and its length; 0 when there is none.
func foldFullwidth(s string, i int) (byte, int) {
	if b, n := nativeDigit(s, i); n > 0 {
		return b, n // fold.go
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r >= 0xFF10 && r <= 0xFF19:
		return byte('0' + r - 0xFF10), n
	case r == 0xFF0B:
		return '+', n
	case r == 0xFF0D || r == 0x30FC || r >= 0x2010 && r <= 0x2015:
		return '-', n
	case r == 0xFF08:
		return '(', n
	case r == 0xFF09:
		return ')', n
	case r == 0x3000 || isSpaceLike(r):
		return ' ', n
	}
	return 0, 0
}

// isSpaceLike reports the spaces that keep digit groups together: the
// no-break space (U+00A0, French and Russian typography, and what a
// form's "1 234" thousands grouping types), the narrow no-break, figure
// and thin spaces.
func isSpaceLike(r rune) bool {
	return r == 0x00A0 || r == 0x202F || r == 0x2007 || r == 0x2009
}

// hasSpaceLike reports a space-like character (isSpaceLike) in s.
func hasSpaceLike(s string) bool {
	if strings.IndexByte(s, 0xC2) < 0 && strings.IndexByte(s, 0xE2) < 0 {
		return false // (the common case: no lead byte of them)
	}
	return strings.Contains(s, "\u00a0") || strings.Contains(s, "\u202f") || strings.Contains(s, "\u2009") || strings.Contains(s, "\u2007")
}

func (sc *scanner) fullwidth() {
	fold := func(s string, p int) (byte, int) {
		if s[p] < 0x80 {
			return 0, 0
		}
		return foldFullwidth(s, p)
	}
	sc.mergeSpans(folded(nil, sc.s, 0, len(sc.s), fold, func(dec string) []span {
		sub := sc.r.findDepth(dec, sc.off, 2)
		defer sub.release()
		var out []span
		for _, x := range sub.spans {
			if x.kind == KindPhone || x.kind == KindCard || x.kind == KindCNID {
				out = append(out, x)
			}
		}
		return out
	}))
}

// escapedSlashes reads the URLs of JSON that escapes its slashes (PHP's
// json_encode writes "redis:\/\/:pw@host:6379\/0" and
// "https:\/\/hooks.slack.com\/services\/…"): the text is scanned once
// more with "\/" read as "/", and the secrets found there (a URL's
// password, a webhook's path) are redacted in the escaped text.
func (sc *scanner) escapedSlashes() {
	fold := func(s string, p int) (byte, int) {
		if s[p] == '\\' && p+1 < len(s) && s[p+1] == '/' {
			return '/', 2
		}
		return 0, 0
	}
	sc.foldedRescan(fold, func(x span, _ string) bool {
		return x.kind == KindCredential || x.kind == KindPhone // (phones: "0476\/46.95.13", "06 20\/073 5638")
	})
}

// foldedRescan reads the text again with fold's escapes undone (folded)
// and merges the spans found there that keep accepts, mapped back onto
// the escaped text.
func (sc *scanner) foldedRescan(fold func(string, int) (byte, int), keep func(x span, dec string) bool) {
	sc.mergeSpans(folded(nil, sc.s, 0, len(sc.s), fold, func(dec string) []span {
		sub := sc.r.findDepth(dec, sc.off, 2)
		defer sub.release()
		var out []span
		for _, x := range sub.spans {
			if keep(x, dec) {
				out = append(out, x)
			}
		}
		return out
	}))
}

// digitEscapedSlash reports "\/" between two digits: a phone number's area
// code written by JSON that escapes its slashes.
func digitEscapedSlash(s string) bool {
	for i := strings.Index(s, `\/`); i >= 0; {
		if i > 0 && isDigit(s[i-1]) && i+2 < len(s) && isDigit(s[i+2]) {
			return true
		}
		j := strings.Index(s[i+2:], `\/`)
		if j < 0 {
			return false
		}
		i += 2 + j
	}
	return false
}

// unicodeEscapes reads JSON that writes every non-ASCII letter as \uXXXX
// (PHP's json_encode, Python's json.dumps by default): keys and values in
// other scripts ("\u043f\u0430\u0440\u043e\u043b\u044c":"…") are
// scanned once more decoded, and what is found there is redacted in the
// escaped text.
func (sc *scanner) unicodeEscapes() {
	s := sc.s
	dec := make([]byte, 0, len(s))
	pos := make([]int, 0, len(s)+1)
	decodedAny := false
	for p := 0; p < len(s); {
		if s[p] == '\\' && p+5 < len(s) && s[p+1] == 'u' && isHex(s[p+2]) && isHex(s[p+3]) && isHex(s[p+4]) && isHex(s[p+5]) {
			r := rune(unhex(s[p+2]))<<12 | rune(unhex(s[p+3]))<<8 | rune(unhex(s[p+4]))<<4 | rune(unhex(s[p+5]))
			n := 6
			if r >= 0xD800 && r < 0xDC00 && p+11 < len(s) && s[p+6] == '\\' && s[p+7] == 'u' &&
				isHex(s[p+8]) && isHex(s[p+9]) && isHex(s[p+10]) && isHex(s[p+11]) {
				lo := rune(unhex(s[p+8]))<<12 | rune(unhex(s[p+9]))<<8 | rune(unhex(s[p+10]))<<4 | rune(unhex(s[p+11]))
				r, n = utf16.DecodeRune(r, lo), 12
			}
			if isSpaceLike(r) {
				r = ' ' // a no-break space is a space: digit groups read across it
				// Escaped once more (JSON in a JSON string: "2202\\u00a00006"):
				// the backslashes before it belong to the space too.
				for len(dec) > 0 && dec[len(dec)-1] == '\\' {
					dec, pos = dec[:len(dec)-1], pos[:len(pos)-1]
				}
			}
			if r == ' ' {
				pos = append(pos, p)
				dec = append(dec, ' ')
				p += n
				decodedAny = true
				continue
			}
			if r >= 0x80 {
				// Escaped once more ("@\\u0438\\u043d…" in JSON held in a
				// JSON string): the backslashes before it belong to the letter.
				at := p
				for len(dec) > 0 && dec[len(dec)-1] == '\\' {
					at = pos[len(pos)-1]
					dec, pos = dec[:len(dec)-1], pos[:len(pos)-1]
				}
				var b [4]byte
				w := utf8.EncodeRune(b[:], r)
				for q := 0; q < w; q++ {
					pos = append(pos, at)
				}
				dec = append(dec, b[:w]...)
				p += n
				decodedAny = true
				continue
			}
		}
		pos = append(pos, p)
		dec = append(dec, s[p])
		p++
	}
	if !decodedAny {
		return
	}
	pos = append(pos, len(s))
	sub := sc.r.findDepth(string(dec), sc.off, 2)
	var extra []span
	for _, x := range sub.spans {
		if x.end < len(pos) {
			extra = append(extra, span{start: pos[x.start], end: pos[x.end], kind: x.kind, custom: x.custom})
		}
	}
	sub.release()
	sc.mergeSpans(extra)
}

// fstrings reads a Python traceback as a message template and its
// rendering: the source line that raised ("raise IdMismatch(f\"{id_no} !=
// {real_name}\")") names the values of the exception's message on a later
// line ("kyc.errors.IdMismatch: 1101… != 欧阳伟强"); a placeholder named like
// a PII key makes its value PII, as {CustomerName} does in @mt.
func (sc *scanner) fstrings() {
	s := sc.s
	var extra []span
	for off := 0; off < len(s); {
		p := strings.IndexByte(s[off:], 'f')
		if p < 0 {
			break
		}
		p += off
		off = p + 1
		if p+2 >= len(s) || s[p+1] != '"' && s[p+1] != '\'' || p > 0 && isWord(s[p-1]) {
			continue
		}
		q := s[p+1]
		e := strings.IndexByte(s[p+2:min(len(s), p+2+512)], q)
		if e <= 0 {
			continue
		}
		tmpl := s[p+2 : p+2+e]
		if strings.IndexByte(tmpl, '{') < 0 || strings.IndexByte(tmpl, '\n') >= 0 {
			continue
		}
		ls := strings.IndexByte(s[p+2+e:], '\n')
		if ls < 0 {
			continue
		}
		ls += p + 2 + e + 1
		for lines := 0; lines < 8 && ls < len(s); lines++ {
			le := strings.IndexByte(s[ls:], '\n')
			if le < 0 {
				le = len(s) - ls
			}
			line := s[ls : ls+le]
			found := false
			if c := strings.Index(line, ": "); c > 0 {
				base := ls + c + 2
				rendered := s[base : ls+le]
				cur := 0
				alignTemplate(tmpl, rendered, func(name, value string) {
					k, _ := columnKind(name)
					if k == 255 || !plausible(k, value) || strings.Contains(value, "[REDACTED:") || strings.Contains(value, "[HASH:") {
						return
					}
					if i := strings.Index(rendered[cur:], value); i >= 0 {
						extra = append(extra, span{start: base + cur + i, end: base + cur + i + len(value), kind: k})
						cur += i + len(value)
						found = true
					}
				})
			}
			if found {
				break
			}
			ls += le + 1
		}
	}
	sc.mergeSpans(extra)
}

// echoes redacts the other occurrences, in the same text, of a value found
// once by its context: a statement and its bound values ("… \"given_name\"
// = 'Li Ting' …; args=(…, 'Li Ting', …)"), a message that names the buyer
// twice. Only whole words of five bytes or more are chased.
//
// Each distinct value is chased once: a text that repeats one value n times
// ("password=\"password=\"…") would otherwise add n echoes for each of its
// n spans, n² spans to sort (64 KiB of it took 35 s).
func (sc *scanner) echoes() {
	s := sc.s
	var extra []span
	var chased map[string]bool // the values chased so far, once there are many
	for i, x := range sc.spans {
		if !chaseable(x) {
			continue
		}
		v := s[x.start:x.end]
		if i >= 8 {
			if chased == nil {
				chased = make(map[string]bool, len(sc.spans))
				for _, y := range sc.spans[:i] {
					if chaseable(y) {
						chased[s[y.start:y.end]] = true
					}
				}
			}
			if chased[v] {
				continue
			}
			chased[v] = true
		} else if sc.chasedBefore(i) {
			continue
		}
		for off := 0; off < len(s); {
			p := strings.Index(s[off:], v)
			if p < 0 {
				break
			}
			p += off
			off = p + len(v)
			if p == x.start || p > 0 && (isWord(s[p-1]) || s[p-1] >= 0x80 && v[0] >= 0x80 || strings.IndexByte("/.-:", s[p-1]) >= 0) ||
				off < len(s) && (isWord(s[off]) || strings.IndexByte("/-", s[off]) >= 0) {
				continue // a whole value, not a piece of a path or an id ("gid://shopify/Customer/…")
			}
			if inEncodedToken29(s, p, off) {
				continue // read decoded there, where "%E6%9D%8E%E5%A8%9C" may be a piece of a word (enc29_echo.go)
			}
			extra = append(extra, span{start: p, end: off, kind: x.kind, custom: x.custom})
		}
	}
	sc.mergeSpans(extra)
}

// lineEnd is where what was cut off a span at from (it ran to to) is read
// to: the end of its line, as the value cut off may run on past the old
// span, but no further than maxValue.
func lineEnd(s string, from, to int) int {
	e := len(s)
	if nl := strings.IndexByte(s[from:], '\n'); nl >= 0 {
		e = from + nl
	}
	return max(to, min(e, from+maxValue))
}

// rescan reads s[from:to] again on its own (depth 3: no decoding, no
// rescan of its own) and merges what it finds: a value cut off a span.
func (sc *scanner) rescan(from, to int) {
	d := 3
	if sc.rescanned {
		d = 4 // a tail cut off a rescan's span: the last reading (trimAtBreaks)
	}
	rest := sc.r.findDepth(sc.s[from:to], sc.off, d)
	extra := make([]span, 0, len(rest.spans))
	for _, y := range rest.spans {
		y.start += from
		y.end += from
		extra = append(extra, y)
	}
	rest.release()
	sc.mergeSpans(extra)
}

// chaseable reports whether echoes chases the span's value: whole values of
// five to 256 bytes, not a custom kind's.
func chaseable(x span) bool {
	return x.kind != KindCustom && x.end-x.start >= 5 && x.end-x.start <= 256
}

// chasedBefore reports whether a chased span before the i-th holds the same
// text.
func (sc *scanner) chasedBefore(i int) bool {
	x := sc.spans[i]
	for _, y := range sc.spans[:i] {
		if chaseable(y) && y.end-y.start == x.end-x.start && sc.s[y.start:y.end] == sc.s[x.start:x.end] {
			return true
		}
	}
	return false
}

// secretPaths are chat webhooks whose URL path is their secret: whoever
// holds it can post to the channel.
var secretPaths = []string{"hooks.slack.com/services/", "hooks.slack.com/workflows/", "discord.com/api/webhooks/",
	"discordapp.com/api/webhooks/", "open.feishu.cn/open-apis/bot/v2/hook/", "open.larksuite.com/open-apis/bot/v2/hook/",
	"webhook.office.com/webhookb2/", "outlook.office.com/webhook/"}

// webhookURL redacts the path of a chat webhook's URL after "://" at k
// ("https://hooks.slack.com/services/[REDACTED:credential]"); it returns
// its end, or 0.
func (sc *scanner) webhookURL(k int) int {
	s := sc.s
	for _, p := range secretPaths {
		if !strings.HasPrefix(s[k:], p) {
			continue
		}
		st := k + len(p)
		e := st
		for e < len(s) && s[e] > ' ' && s[e] < 0x7f && strings.IndexByte("\"'<>`\\?#&,;)]}|", s[e]) < 0 {
			e++ // (a webhook's path is ASCII without '|': "…/uLI8…|₸ 259 860|…" in a row ends at the '|')
		}
		if e-st >= 8 && !isMarkerAt(s, st) && sc.emit(st, e, KindCredential, 0) {
			return e
		}
		return 0
	}
	return 0
}
