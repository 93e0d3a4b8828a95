package redact

import "strings"

// A secret logged without its key: a positional argument ("Payment failed
// \"2000…\", \"Sunshine1975*\""), a bound SQL parameter ("[VARCHAR] -
// [qL0p6x…]"), a cell of a header-less CSV row. Nothing names it, so only
// its shape can: a whole cell or quoted argument that reads as a password
// or a random key, never as an id, a word, a version or a name.

// loneSecret redacts a secret-shaped token at i that stands alone between
// delimiters in a list; it returns its end, or 0.
func (sc *scanner) loneSecret(i int) int {
	s := sc.s
	if i == 0 || i == sc.lastEnd {
		return 0
	}
	if s[i-1] == '=' {
		return sc.indexedArg(i) // "{1}=Vd37…" (creds_positional.go)
	}
	var closer byte
	p := i - 1 // the opener
	switch s[p] {
	case '"', '\'':
		closer = s[p]
		if p > 0 && s[p-1] == '\\' {
			p-- // JSON inside a string: \"…\"
		}
	case '[':
		closer = ']'
	case ',', ';', '\t', '|':
		closer = s[p]
	case ' ':
		if p >= 1 && s[p-1] == ',' {
			return sc.listItemSecret(i) // "duplicate key value is (…, CBcd7y…, …)" (creds_lists8.go)
		}
		// The first cell of a row after a message's colon ("parsed row 9:
		// Qm7v…\t…"): the separator after the token is the row's.
		if p < 1 || s[p-1] != ':' {
			return 0
		}
		e := i
		for e < len(s) && e-i <= 128 && s[e] > ' ' && s[e] < 0x7f && !loneStop[s[e]] {
			e++
		}
		if e >= len(s) || strings.IndexByte(",;\t|", s[e]) < 0 {
			return 0
		}
		closer = s[e]
	case '(':
		if e := sc.constraintSecret(i); e > 0 {
			return e // "constraint 'UQ_Buyers_Password'. … duplicate key value is (…)" (creds_keys9.go)
		}
		return sc.listItemSecret(i)
	default:
		return 0
	}
	cell := closer == ',' || closer == ';' || closer == '\t' || closer == '|'
	if closer == ',' && decimalComma18(s, p) {
		return 0 // "₺74.214,33~REF*…": an amount's decimals, no cell (damage18_fields.go)
	}
	if !cell && !positional(s, p) {
		return 0
	}
	e := i
	for e < len(s) && e-i <= 128 && s[e] > ' ' && s[e] < 0x7f && !loneStop[s[e]] {
		e++
	}
	if e-i < 8 || e-i > 128 || e-i < 10 && !wordAndTail(s[i:e]) && !wordAndNumber(s[i:e]) {
		return 0 // (eight or nine bytes only for a word and its digits and symbols: "Kimchi!55", "Tango1987")
	}
	switch {
	case e == len(s):
		if !cell {
			return 0
		}
	case s[e] == closer, s[e] == '\\' && e+1 < len(s) && s[e+1] == closer:
	case cell && (s[e] == '\n' || s[e] == '\r' || s[e] == '"' || s[e] == '\\'):
	case closer == '|' && s[e] == '}' && captureBlock(s, i):
		// the last of HAProxy's captured headers: "{host|agent|…}" (creds_keys9.go)
	default:
		return 0
	}
	if cell {
		// A cell of a row: the line has two separators or more.
		ls := strings.LastIndexByte(s[:i], '\n') + 1
		le := strings.IndexByte(s[i:], '\n')
		if le < 0 {
			le = len(s) - i
		}
		rs := ls
		if c := strings.LastIndex(s[ls:i], ": "); c >= 0 {
			rs = ls + c + 2 // "import … line 39: 160-8843619-1631921;Liverpool1970@"
		}
		row := s[rs : i+le]
		if n := strings.Count(row, string(closer)); n < 2 {
			// Two cells are a row when the line is nothing else
			// ("5503…;6XgM…") and holds nothing found already: a value
			// redacted on a first pass must not make a second pass read
			// the line otherwise.
			if n < 1 || strings.IndexByte(row, ' ') >= 0 || strings.Contains(row, "[REDACTED:") || strings.Contains(row, "[HASH:") ||
				overlaps(sc.spans, rs, i+le) {
				return 0
			}
		}
	}
	if !(secretShaped(s[i:e]) || lowerRandomKey(s[i:e]) || cell && cellPassword21(s[i:e]) || (!cell || closer == '|' && captureBlock(s, i)) && (base32Seed(s[i:e]) || recoveryCodeShaped(s[i:e]))) || coordinate(s[i:e]) || zplCommands(s[i:e]) || requestIDCell30(s, p, i) || !sc.emit(i, e, KindCredential, 0) { // (a request id by its key: cr30_ids.go)
		return 0
	}
	return e
}

// zplCommands reports a label printer's commands inside a token
// ("N^FD1Z…^FS^FO500"): a caret and two capitals or a capital and a digit.
func zplCommands(t string) bool {
	for k := strings.IndexByte(t, '^'); k >= 0 && k+2 < len(t); {
		if isUpper(t[k+1]) && (isUpper(t[k+2]) || isDigit(t[k+2])) {
			return true
		}
		n := strings.IndexByte(t[k+1:], '^')
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return false
}

// coordinate reports a position written name/number@position, as logs
// name a topic's partition and offset ("orders/3@1852", "logs/0@earliest"):
// an address in a stream, not a secret.
func coordinate(t string) bool {
	at := strings.LastIndexByte(t, '@')
	sl := strings.LastIndexByte(t[:max(at, 0)], '/')
	if at < 0 || sl < 1 || sl+1 == at || at+1 == len(t) {
		return false
	}
	for k := sl + 1; k < at; k++ {
		if !isDigit(t[k]) {
			return false
		}
	}
	pos := t[at+1:]
	digits := true
	for k := 0; k < len(pos); k++ {
		digits = digits && isDigit(pos[k])
	}
	return digits || pos == "earliest" || pos == "latest"
}

// loneStop are the bytes that end a lone token.
var loneStop = func() (t [256]bool) {
	for _, c := range []byte("\"'\\,;[](){}<>`|") {
		t[c] = true
	}
	return t
}()

// positional reports whether the quote or bracket at p opens a list item,
// not a key's value: what precedes it is the start, a newline, '[', '(',
// ',', ';', a tab or " - " (Hibernate's "[VARCHAR] - [value]").
func positional(s string, p int) bool {
	q := p - 1
	for q >= 0 && s[q] == ' ' {
		q--
	}
	if q < 0 {
		return p > 0 // a quoted line start, not the value itself
	}
	switch s[q] {
	case '[', '(', ',', ';', '\t', '\n', '|': // ('|': a quoted cell of a pipe row, cred27_codes.go)
		return true
	case '=':
		return bindIndexBefore(s, q) // Oracle's "binds: :1='…', :2='…'" (creds_lists8.go)
	case '-':
		return q > 0 && s[q-1] == ' ' && q+1 < p
	}
	return false
}

// secretShaped reports a token that reads as a password or a random key:
// a word with a year and a symbol ("Winter1974#"), or letters of both cases
// with digits in two runs or more and no long lower-case run ("4yiRufj893GC2DC0",
// not "iPhone15ProMax"). Object ids with a short lower-case prefix
// ("pi_3DUV…", "cus_Ucs…"), versions, hosts and e-mail addresses (a '.' or
// ':'), URL-encoded text and queries are no secrets.
func secretShaped(t string) bool {
	if strings.ContainsAny(t, ":&") || urlEncoded(t) || strings.Contains(t[:max(0, len(t)-2)], "=") {
		return false // no host, version, address, URL encoding or query
	}
	if wordAndTail(t) {
		return true // "troop_15!": a symbol no object id has
	}
	if lp := lowerPrefix(t); lp > 0 {
		if h := strings.IndexByte(t, '_'); h == 2 && (strings.HasPrefix(t[h:], "_live_") || strings.HasPrefix(t[h:], "_test_")) &&
			t[:h] != "sk" && t[:h] != "rk" {
			// Stripe's two-letter prefixes: "cs_live_…", "pk_test_…" are an
			// object id and a publishable key; its secret ones (sk_, rk_) are
			// read by their prefix.
			return false
		}
		u := strings.LastIndexByte(t, '_')
		if rest := t[u+1:]; len(rest) <= 30 && u == strings.IndexByte(t, '_') {
			return false // "pi_3DUV…", "cus_Ucs…": an object id
		}
		if rest := t[u+1:]; len(rest) >= 16 {
			t = rest // "xnd_production_s2L4…": a vendor's prefix, then the key
		}
	}
	if humanPassword(t) || wordAndNumber(t) {
		return true
	}
	sh := shapeOfToken(t)
	if sh.digitRuns >= 2 && sh.upper+sh.lower >= 3 && strings.ContainsAny(t, "!@#$^*?") && strings.IndexByte(t, '.') < 0 {
		return true // "190cm04b!fUs9": letters, digits in runs and a symbol no id has
	}
	if len(t) >= 10 && sh.upper >= 1 && sh.lower >= 2 && sh.digitRuns >= 1 && sh.maxLowRun <= 4 &&
		strings.ContainsAny(t, "!#$^*?~") && (strings.IndexByte(t, '.') < 0 || dottedRandom27(t)) { // (cred27_shapes.go)
		return true // a generator's password, all four classes and short runs: "58Rd_!paRmM_v" (creds_keys9.go)
	}
	if strings.IndexByte(t, '.') >= 0 {
		// A dot is a host's or a version's, unless the token is random: both
		// cases, digits in runs, no long word and a symbol ("EFHrx40.U0m!z.2T").
		return sh.upper >= 2 && sh.lower >= 2 && sh.digitRuns >= 2 && sh.maxLowRun <= 5 && strings.ContainsAny(t, "!@#$^*?_-~")
	}
	if sh.upper >= 2 && sh.lower > 0 && sh.digitRuns >= 2 && sh.maxLowRun <= 6 {
		return true
	}
	// Few digits, but the cases alternate as no word does: "QwRtYuIoPa9xZc",
	// or a long random key whose case changes every few letters
	// ("h6emuFpbPCXJpGJsLddvyKYM…"; camel-case names change once a word).
	return sh.upper >= 4 && sh.lower >= 4 && sh.digitRuns > 0 && (sh.maxLowRun <= 3 && len(t) >= 12 ||
		len(t) >= 24 && sh.upper >= 6 && sh.lower >= 6 && caseSwitches(t)*4 >= len(t))
}

// caseSwitches counts the places where a letter's case differs from the
// letter's before it.
func caseSwitches(t string) int {
	n, prev := 0, byte(0)
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !isAlpha(c) {
			continue
		}
		up := byte(1)
		if isUpper(c) {
			up = 2
		}
		if prev != 0 && up != prev {
			n++
		}
		prev = up
	}
	return n
}

// lowerPrefix returns the length of a prefix of lower-case words and
// underscores before the last '_' ("pi_", "xnd_production_"), or 0.
func lowerPrefix(t string) int {
	u := strings.LastIndexByte(t, '_')
	if u < 2 || !allLower(strings.ReplaceAll(t[:u], "_", "")) {
		return 0
	}
	return u + 1
}

// tokenShape counts what a token is made of.
type tokenShape struct{ upper, lower, digitRuns, maxLowRun int }

func shapeOfToken(t string) tokenShape {
	var sh tokenShape
	lowRun, inDigits := 0, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'a' && c <= 'z' {
			sh.lower++
			lowRun++
			sh.maxLowRun = max(sh.maxLowRun, lowRun)
		} else {
			lowRun = 0
		}
		if isUpper(c) {
			sh.upper++
		}
		if isDigit(c) && !inDigits {
			sh.digitRuns++
		}
		inDigits = isDigit(c)
	}
	return sh
}

func allLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// humanPassword matches a word, two to four digits and a symbol:
// "Sunshine1975*", "MarkoP2024!"; or a word of five letters or more and a
// tail of digits and symbols with a symbol in it: "Sakura0857!!",
// "Shadow2022*38", "chocolate#".
func humanPassword(t string) bool {
	if wordAndTail(t) {
		return true
	}
	i, lowers := 0, 0
	for i < len(t) && isAlpha(t[i]) {
		if t[i] >= 'a' {
			lowers++
		}
		i++
	}
	if i < 4 || lowers == 0 {
		return false
	}
	d := i
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	if i-d < 2 || i-d > 4 || i != len(t)-1 {
		return false
	}
	return strings.IndexByte("!@#$%^&*?", t[i]) >= 0
}

// wordAndTail matches a word of five letters or more (four when digits
// follow too; one lower-case at least) and a tail of one to eight digits and
// symbols that holds one of "!@#$%^&*?" and is not a plain "#12" reference.
func wordAndTail(t string) bool {
	i, lowers := 0, 0
	for i < len(t) && isAlpha(t[i]) {
		if t[i] >= 'a' {
			lowers++
		}
		i++
	}
	tail := t[i:]
	if len(tail) > 2 && (tail[0] == '_' || tail[0] == '-') && isDigit(tail[1]) {
		tail = tail[1:] // "troop_15!", "mustering_84@@": the word joined to its digits
	}
	if i < 4 || lowers == 0 || len(tail) == 0 || len(tail) > 8 || i == 4 && strings.IndexAny(tail, "0123456789") < 0 {
		return false // (a word of four letters only with digits in its tail: "Kiwi!!27")
	}
	sym := false
	for k := 0; k < len(tail); k++ {
		switch c := tail[k]; {
		case isDigit(c):
		case strings.IndexByte("!@#$%^&*?", c) >= 0:
			sym = true
		default:
			return false
		}
	}
	return sym && !(tail[0] == '#' && len(tail) > 1 && isDigit(tail[1]))
}

// wordAndNumber matches the passwords people make of a word and a number
// without a symbol: a word of five letters or more, lower-case but for its
// first letter, and a year ("Sunshine2018", "tango1987"), or digits joined
// to more digits by '_' or '.' ("kozak080_92", "Samba2021.7", "tango2022_"),
// or a capitalised word, a full stop and digits ("Futbol.71"). A word and
// two digits alone ("server01", "node12") is a host's name, and a word,
// '_' and digits ("batch_2024") an identifier: neither matches.
func wordAndNumber(t string) bool {
	i, lowers := 0, 0
	for i < len(t) && isAlpha(t[i]) {
		if t[i] >= 'a' {
			lowers++
		}
		i++
	}
	if i < 5 || lowers < i-1 || !(lowers == i || isUpper(t[0])) {
		return false
	}
	d := i
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	switch {
	case i == len(t):
		// A year of a person's life: 1940–2039.
		return i-d == 4 && (t[d:d+2] == "19" && t[d+2] >= '4' || t[d:d+2] == "20" && t[d+2] <= '3')
	case i == d && t[i] == '.' && isUpper(t[0]):
		// A capitalised word, a full stop and two to four digits:
		// "Futbol.71" (not "build.12").
		k := i + 1
		for k < len(t) && isDigit(t[k]) {
			k++
		}
		return k == len(t) && k-i >= 3 && k-i <= 5
	case i-d < 2 || i-d > 4 || t[i] != '_' && t[i] != '.':
		return false
	}
	k := i + 1
	for k < len(t) && isDigit(t[k]) {
		k++
	}
	return k == len(t) && k-i <= 5 // ("tango2022_", "kozak080_92")
}

// loneToken reports a value that can be a secret on its own: 8 to 128
// printable ASCII bytes, none of them a space or a list's delimiter.
func loneToken(v string) bool {
	if len(v) < 8 || len(v) > 128 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] <= ' ' || v[i] >= 0x7f || loneStop[v[i]] {
			return false
		}
	}
	return true
}
