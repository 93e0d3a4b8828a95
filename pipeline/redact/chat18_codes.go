package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// One-time codes and PINs in a person's message. A buyer who forwards the
// code a shop's app or bank sent writes it as an item of their message,
// under the word for "code" in their language and nothing else, and a
// bot or an operator's log line lists a wallet's PIN the same way:
//
//	@seller Halo kak 🙏\nkode: 18108\npoints_balance=55456 pts\ntolong
//	Sveiki! sku: CAS-…; kodas: 4652; (total 268,72 €)! ačiū
//	Hola, código 934122. dirección …
//	points credited - PIN 3846 callback number …
//
// codeItemSpans18 reads 4 to 8 digits standing alone as an item's value
// (up to a separator, a line break, an emoji or the end) after a label
// that opens the item (the text's or a line's start, a greeting, a
// separator: ", ", "; ", " / ", ". ", " - ", "("; for PIN and OTP any
// space) and is a word for
// "code" (code, kod, kode, kodas, koodi, código, код, קוד, الكود, کوڈ,
// कोड, কোড, លេខកូដ, รหัส, mã…) or names a secret code by itself (PIN,
// OTP, passcode), with ':', '：', ' - ' or a space between them.
//
// A bare "code" is an error's, a status's or a product's as often, so the
// word for "code" is read only in a person's message — one opened by a
// greeting or an @mention, or holding an emoji — or in a text that already
// holds a buyer's data (a span found or an earlier pass's marker), and
// never right after an error's words. Words for other codes (promo, postal,
// zip, area, country, error) stand before the digits instead of the bare
// word and are not read; a six-digit Indian PIN code beside an address
// stays (postalPinAt).

// codeLabels18 are the words for "code", lower case, read only with a
// person's message or a buyer's data as evidence.
var codeLabels18 = setOf("code", "kod", "kode", "kód", "kodas", "koodi", "kodi", "kodu", "koda", "kods", "cod", "cód",
	"código", "codigo", "codice", "mã", "код", "кодът", "коду", "κωδικός", "κωδικό", "קוד", "הקוד", "كود", "الكود",
	"رمز", "الرمز", "کد", "کوڈ", "कोड", "কোড", "កូដ", "លេខកូដ", "รหัส", "코드", "コード")

// secretCodeLabels18 are the words that name a secret code by themselves.
var secretCodeLabels18 = setOf("pin", "otp", "passcode")

// codeAnchors18 are byte strings that every label holds, searched for to
// find the labels.
var codeAnchors18 = []string{"od", "OD", "ód", "pin", "PIN", "Pin", "otp", "OTP", "Otp", "mã", "Mã", "asscode"}

// codeAnchorsHigh18 are the anchors of labels in other scripts.
var codeAnchorsHigh18 = []string{"од", "Код", "κωδ", "Κωδ", "קוד", "كود", "رمز", "کد", "کوڈ", "कोड", "কোড", "កូដ", "รหัส",
	"코드", "コード"}

// codeAnchorsBy18 holds codeAnchors18 and codeAnchorsHigh18 (high) by
// their first byte: mayHoldCodeItem18 reads the text once for them all.
var codeAnchorsBy18 = func() (t [256][]struct {
	sub  string
	high bool
}) {
	for k, list := range [2][]string{codeAnchors18, codeAnchorsHigh18} {
		for _, a := range list {
			for c := range t {
				if a == "" || a[0] == byte(c) { // ("" is in every text)
					t[c] = append(t[c], struct {
						sub  string
						high bool
					}{a, k == 1})
				}
			}
		}
	}
	return t
}()

// codeAnchorNext18 holds, by an anchor's first byte, the bytes its second
// may be (a bit set per byte); an anchor shorter than two bytes allows any.
var codeAnchorNext18 = func() (t [256][4]uint64) {
	for c := range codeAnchorsBy18 {
		for _, a := range codeAnchorsBy18[c] {
			if len(a.sub) < 2 {
				t[c] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
				continue
			}
			t[c][a.sub[1]>>6] |= 1 << (a.sub[1] & 63)
		}
	}
	return t
}()

// codeAnchorPairs18 rules out the positions where no anchor starts.
var codeAnchorPairs18 = newPairFilter(codeAnchors18, codeAnchorsHigh18)

// mayHoldCodeItem18 is codeItemSpans18's cheap test: a label's anchor.
func mayHoldCodeItem18(s string, sig uint32) bool {
	if len(s) < 8 {
		return false
	}
	high := sig&sigHigh != 0
	for i := codeAnchorPairs18.next(s, 0); i < len(s); i = codeAnchorPairs18.next(s, i+1) { // (where an anchor may start: prefilters.go)
		if codeItemAt18(s, i, high) {
			return true
		}
	}
	return false
}

// codeItemAt18 reports whether an anchor of the code items (of the other
// scripts' too when high) starts at i: mayHoldCodeItem18's test at a
// position its filter lets through.
func codeItemAt18(s string, i int, high bool) bool {
	as := codeAnchorsBy18[s[i]]
	if len(as) == 0 || i+1 < len(s) && codeAnchorNext18[s[i]][s[i+1]>>6]&(1<<(s[i+1]&63)) == 0 {
		return false // no anchor starts with these two bytes
	}
	for _, a := range as {
		if (high || !a.high) && strings.HasPrefix(s[i:], a.sub) {
			return true
		}
	}
	return false
}

// codeItemSpans18 returns the codes of s written as items under a code's
// label (see above); have are the spans found so far.
func codeItemSpans18(s string, sig uint32, have []span) []span {
	var out []span
	evidence := -1 // unknown until a bare code word needs it
	lists := [2][]string{codeAnchors18}
	if sig&sigHigh != 0 {
		lists[1] = codeAnchorsHigh18
	}
	for _, a := range lists[0] {
		out = codeItemsAt18(s, a, have, out, &evidence)
	}
	for _, a := range lists[1] {
		out = codeItemsAt18(s, a, have, out, &evidence)
	}
	return out
}

// codeItemsAt18 appends to out the codes under the labels that hold the
// anchor a; evidence caches whether s is a person's message or holds a
// buyer's data (-1: not known yet).
func codeItemsAt18(s, a string, have, out []span, evidence *int) []span {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], a)
		if i < 0 {
			break
		}
		i += off
		off = i + len(a)
		ws, we := wordAround18(s, i, i+len(a))
		if ws < 0 {
			continue
		}
		off = max(off, we)
		var buf [32]byte
		w := s[ws:we]
		if len(w) <= len(buf) {
			w = bytesToString(lowerWord18(buf[:0], w))
		}
		secret := secretCodeLabels18[w]
		if !secret && !codeLabels18[w] && !otpCodeWordWithStem18(w) {
			continue
		}
		p := codeSeparator18(s, we)
		if p < 0 {
			continue
		}
		e := otpDigitsEnd(s, p)
		if e == 0 || !itemOpens18(s, ws) && !(secret && ws > 0 && s[ws-1] == ' ') || !itemEnds18(s, e) && !(e < len(s) && s[e] == ' ') {
			continue
		}
		if overlaps(have, p, e) || overlaps(out, p, e) {
			continue
		}
		if w == "pin" && (postalPinAt(s, ws, p) || e-p == 6 && s[p] >= '1' && s[p] <= '8' && placeBefore18(s, ws, have)) {
			continue // a six-digit Indian PIN code in an address
		}
		if !secret {
			if errorBefore18(s, ws) {
				continue
			}
			if *evidence < 0 {
				*evidence = 0
				if personMessage18(s) || len(have) > 0 || hasMarker(s) {
					*evidence = 1
				}
			}
			if *evidence == 0 {
				continue
			}
		}
		out = append(out, span{start: p, end: e, kind: KindCredential})
		off = max(off, e)
	}
	return out
}

// lowerWord18 appends w to dst with its letters in lower case (ASCII and
// the cased scripts' capitals: "Код", "Κωδικός", "Mã").
func lowerWord18(dst []byte, w string) []byte {
	for _, r := range w {
		if r < 0x80 {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// placeBefore18 reports a label at ws after an address's item: an
// address found or redacted, or a place's capitalised words alone
// ("Bengaluru, Karnataka, PIN: 560001").
func placeBefore18(s string, ws int, have []span) bool {
	a := max(0, ws-48)
	for _, x := range have {
		if x.kind == KindAddress && x.end <= ws && x.end >= a {
			return true
		}
	}
	w := strings.TrimRight(s[a:ws], " ,;-/")
	if strings.HasSuffix(w, "[REDACTED:address]") {
		return true
	}
	if b := strings.LastIndexAny(w, ",;/\n(|"); b >= 0 {
		w = w[b+1:]
	} else if a > 0 {
		return false
	}
	w = strings.TrimSpace(w)
	if w == "" {
		return false
	}
	for _, f := range strings.Fields(w) {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) || strings.IndexFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return true
}

// otpCodeWordWithStem18 reports a label of one word that joins a word for
// "code" and an OTP stem ("인증번호", "認証コード", "验证码"), as scripts
// without spaces write the phrase.
func otpCodeWordWithStem18(w string) bool {
	return w != "" && w[0] >= 0x80 && containsAnyOf(w, otpStems) && (containsAnyOf(w, otpCodeWords) || strings.Contains(w, "번호"))
}

// wordAround18 returns the word of letters (and the marks of their
// scripts) that holds s[a:b], or -1 when s[a:b] starts or ends inside
// something else.
func wordAround18(s string, a, b int) (int, int) {
	ws := a
	for ws > 0 && a-ws < 32 {
		r, n := utf8.DecodeLastRuneInString(s[:ws])
		if !wordRune18(r) {
			break
		}
		ws -= n
	}
	we := b
	for we < len(s) && we-b < 32 {
		r, n := utf8.DecodeRuneInString(s[we:])
		if !wordRune18(r) {
			break
		}
		we += n
	}
	if a-ws >= 32 || we-b >= 32 {
		return -1, -1
	}
	return ws, we
}

// wordRune18 reports a letter or a mark (Khmer, Thai, Indic vowel signs).
func wordRune18(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// codeSeparator18 returns where the value starts after a label ending at
// e: after ':', '：' or ' - ' (spaces around), or after one space; -1 for
// anything else (a '=' is a key's, read by the key rules).
func codeSeparator18(s string, e int) int {
	p := e
	if p < len(s) && s[p] == ':' {
		p++
	} else if strings.HasPrefix(s[p:], "：") {
		p += len("：")
	} else if strings.HasPrefix(s[p:], " - ") || strings.HasPrefix(s[p:], " – ") {
		p = p + 1 + strings.IndexByte(s[p+1:], ' ') + 1
	} else if p < len(s) && s[p] == ' ' {
		p++
		return p
	} else {
		return -1
	}
	if p < len(s) && s[p] == ' ' {
		p++
	}
	return p
}

// itemOpens18 reports a label at ws that opens an item of a message: the
// text's or a line's start (a line break escaped too), an opening
// bracket, a separator and a space, or the greeting that opens the text.
func itemOpens18(s string, ws int) bool {
	if ws == 0 {
		return true
	}
	c := s[ws-1]
	switch c {
	case '\n', '(', '"', '\t':
		return true
	case 'n':
		return ws >= 2 && s[ws-2] == '\\'
	case ' ':
	default:
		for _, p := range []string{"，", "。", "；", "、", "：", "（"} {
			if strings.HasSuffix(s[:ws], p) {
				return true
			}
		}
		return false
	}
	if ws < 2 {
		return false
	}
	switch s[ws-2] {
	case ';', ',', '.', '/', '!', '?', '|', ')', ':', ']':
		return true // (']': an earlier item's marker)
	case '-':
		return ws >= 3 && s[ws-3] == ' '
	}
	if g := greetingEnd18(s); g > 0 && g == ws-1 {
		return true
	}
	// after an emoji: "📦 kod: …"
	r, _ := utf8.DecodeLastRuneInString(s[:ws-1])
	return emojiRune18(r)
}

// itemEnds18 reports an item that ends at e: the text's or a line's end,
// a separator, a closing bracket or quote, an emoji, after spaces.
func itemEnds18(s string, e int) bool {
	for e < len(s) && s[e] == ' ' {
		e++
	}
	if e >= len(s) {
		return true
	}
	switch s[e] {
	case '\n', '\r', '\\', ';', ',', '.', '!', '?', ')', '/', '|', '"', '\'', '\t':
		return true
	case '-':
		return e > 0 && s[e-1] == ' ' && e+1 < len(s) && s[e+1] == ' '
	}
	if s[e] < 0x80 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[e:])
	return emojiRune18(r) || r == '。' || r == '，' || r == '！' || r == '；' || r == '）'
}

// emojiRune18 reports a pictograph or a dingbat (U+2600–U+27BF,
// U+1F000–U+1FAFF) as chat messages carry.
func emojiRune18(r rune) bool {
	return r >= 0x2600 && r <= 0x27BF || r >= 0x1F000 && r <= 0x1FAFF
}

// errorBefore18 reports an error's or a status's word in the 40 bytes
// before ws on its line ("error: timeout, code 5001", "http_status=…
// code: 4012").
func errorBefore18(s string, ws int) bool {
	a := max(0, ws-40)
	if nl := strings.LastIndexByte(s[a:ws], '\n'); nl >= 0 {
		a += nl + 1
	}
	for _, x := range [...]string{"error", "err ", "err=", "errno", "exception", "status", "exit", "fault", "http", "fail"} {
		if indexFold(s[a:ws], x) >= 0 {
			return true
		}
	}
	return false
}

// personMessage18 reports a text written as a person's message: opened by
// a greeting (after an @mention or not) or by an @mention, or holding an
// emoji.
func personMessage18(s string) bool {
	if greetingEnd18(s) > 0 || len(s) > 1 && s[0] == '@' && isAlnum(s[1]) {
		return true
	}
	for _, lead := range [...]byte{0xF0, 0xE2} {
		for off := 0; off < len(s); {
			i := strings.IndexByte(s[off:], lead)
			if i < 0 {
				break
			}
			off += i
			if r, _ := utf8.DecodeRuneInString(s[off:]); emojiRune18(r) {
				return true
			}
			off++
		}
	}
	return false
}

// greetingEnd18 returns the end of the greeting that opens s (after an
// @mention), or 0.
func greetingEnd18(s string) int {
	p := 0
	if len(s) > 1 && s[0] == '@' {
		sp := strings.IndexByte(s, ' ')
		if sp < 0 || sp > 32 {
			return 0
		}
		p = sp + 1
	}
	if p+1 >= len(s) || greetingFold2[s[p]][s[p+1]>>6]&(1<<(s[p+1]&63)) == 0 {
		return 0 // (no greeting of greetingFirst[s[p]] goes on with this byte: prefilters.go)
	}
	g := ""
	for _, w := range greetingCands28(s, p) {
		if len(w) > len(g) && len(s)-p > len(w) && !foldDiffers(s[p:p+len(w)], w) && strings.EqualFold(s[p:p+len(w)], w) {
			g = w
		}
	}
	if g == "" {
		return 0
	}
	e := p + len(g)
	if e < len(s) && wordRune18(rune(s[e])) && s[e] < 0x80 {
		return 0 // "Hijau", "Highlights": no greeting
	}
	for _, w := range []string{" kak", " po", " shop"} { // "Halo kak", "Hello po", "Chào shop"
		if strings.HasPrefix(s[e:], w) && (e+len(w) == len(s) || !isAlnum(s[e+len(w)])) {
			e += len(w)
			break
		}
	}
	for e < len(s) && (s[e] == '!' || s[e] == ',') {
		e++
	}
	return e
}
