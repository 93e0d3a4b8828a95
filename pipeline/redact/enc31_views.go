package redact

import (
	"encoding/base64"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Two more decoded views of a text, read by the same detectors as the text
// itself (see urlEncoded and fullwidth in scan.go for the others):
//
//   - base64 of text (a relay's "payload_b64=eyJ…", a queue message's
//     body, a header that carries JSON): a run of the base64 alphabet that
//     decodes to printable UTF-8 is read decoded, and when it holds PII the
//     whole run is replaced, since anyone who reads the log can decode it;
//   - the segments of a URL's path ("/search/<what the buyer typed>/…",
//     "/customers/<e-mail>/orders"): a segment is read alone, %XX decoded,
//     and replaced when it is, as a whole, a value of a kind (a bare run of
//     digits only as a card, an IBAN or a resident id, whose check digits
//     vouch for them; an order's number in a path stays).

// mayHoldBase64Text31 is the cheap test before base64View31: the prefixes
// base64 gives JSON and XML ("{"", "{\n", "[{", "<?"), padding, or a key
// that says base64.
func mayHoldBase64Text31(tp *textPairs) bool {
	return tp.contains("eyJ") || tp.contains("ewo") || tp.contains("W3s") || tp.contains("PD9") ||
		tp.contains("==") || tp.contains("b64") || tp.contains("B64") || tp.contains("ase64") || tp.contains("ASE64")
}

// isB64Byte reports the bytes of either base64 alphabet (standard and
// URL-safe).
func isB64Byte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '-' || c == '_'
}

// base64View31 reads every base64 run of the text decoded (decodeB64Text31)
// and replaces a run whose decoded text holds PII, as the kind found first.
func (sc *scanner) base64View31() {
	s := sc.s
	var extra []span
	for i := 0; i < len(s); {
		if !isB64Byte(s[i]) {
			i++
			continue
		}
		st := i
		for i < len(s) && isB64Byte(s[i]) {
			i++
		}
		en := i
		for i < len(s) && s[i] == '=' && i-en < 2 {
			i++
		}
		if st > 0 && (s[st-1] == '.' || isB64Byte(s[st-1])) || i < len(s) && s[i] == '.' && en == i {
			continue // a piece of a dotted token: a JWT (read as a credential), a host, a file name
		}
		dec, ok := decodeB64Text31(s[st:en])
		if !ok {
			continue
		}
		sub := sc.r.findDepth(dec, sc.off, -1)
		if len(sub.spans) > 0 {
			extra = append(extra, span{start: st, end: i, kind: sub.spans[0].kind, custom: sub.spans[0].custom})
		}
		sub.release()
	}
	sc.mergeSpans(extra)
}

// decodeB64Text31 decodes t (a run of one base64 alphabet, its padding cut
// off) when it is long enough to carry a value (24 bytes: 18 decoded), mixes
// upper and lower case (hex, words and paths do not), and decodes to
// printable UTF-8 text; a run cut short by a log's line limit is decoded as
// far as it goes.
func decodeB64Text31(t string) (string, bool) {
	if len(t) < 24 || len(t) > 1<<16 {
		return "", false
	}
	var upper, lower, std, url bool
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c == '+' || c == '/':
			std = true
		case c == '-' || c == '_':
			url = true
		}
	}
	if !upper || !lower || std && url {
		return "", false
	}
	if len(t)%4 == 1 {
		t = t[:len(t)-1] // cut short: the last character holds no whole byte
	}
	enc := base64.RawStdEncoding
	if url {
		enc = base64.RawURLEncoding
	}
	b, err := enc.DecodeString(t)
	if err != nil || len(b) < 18 {
		return "", false
	}
	if !utf8.Valid(b) {
		// the cut fell inside a character: drop the partial one
		k := 1
		for k <= 3 && !utf8.Valid(b[:len(b)-k]) {
			k++
		}
		if k > 3 {
			return "", false
		}
		b = b[:len(b)-k]
	}
	for _, c := range b {
		if c < ' ' && c != '\n' && c != '\r' && c != '\t' || c == 0x7f {
			return "", false
		}
	}
	return string(b), true
}

// pathSegments31 reads the segments of the URL paths in the text alone
// (see the file's comment).
func (sc *scanner) pathSegments31() {
	s := sc.s
	var extra []span
	for i := strings.IndexByte(s, '/'); i >= 0 && i+1 < len(s); {
		st := i + 1
		en, spaced := pathSegmentEnd31(s, st)
		next := strings.IndexByte(s[st:], '/')
		if next < 0 {
			i = -1
		} else {
			i = st + next
		}
		if en-st < 7 || !maySegmentValue31(s[st:en]) {
			continue
		}
		if spaced && (en == len(s) || s[en] != '/' && s[en] != '?') {
			en = st + strings.IndexByte(s[st:en], ' ') // spaces end a path unless the path goes on after them
			if en-st < 7 || !maySegmentValue31(s[st:en]) {
				continue
			}
		}
		if s[st-1] == '/' && st >= 2 && s[st-2] == '/' || !inURLPath31(s, st-1) {
			continue // a URL's authority ("//host"), a bank's "//reference", a "HTTP/host@REALM" principal
		}
		dec := s[st:en]
		if strings.IndexByte(dec, '%') >= 0 {
			dec, _ = foldedView(s, st, en, func(s string, p int) (byte, int) {
				if s[p] == '%' && p+2 < en && isHex(s[p+1]) && isHex(s[p+2]) {
					return unhex(s[p+1])<<4 | unhex(s[p+2]), 3
				}
				return 0, 0
			})
		}
		if k, ok := sc.wholeValue31(dec); ok { // the whole segment is replaced
			extra = append(extra, span{start: st, end: en, kind: k})
		}
	}
	sc.mergeSpans(extra)
}

// inURLPath31 reports whether the '/' at i belongs to a URL's path: the
// token it stands in starts with '/' ("/search/…", "GET /api/…") or holds
// "://" before it ("https://host/…").
func inURLPath31(s string, i int) bool {
	lim := max(0, i-2048)
	for p := i; p > lim; p-- {
		switch c := s[p-1]; c {
		case ' ', '=', '"', '\'', '\t', '\n', '\r', '(', '<', '>', ',', '[', '{', '`':
			return s[p] == '/' || strings.Contains(s[p:i], "://")
		}
	}
	return s[lim] == '/' || strings.Contains(s[lim:i], "://")
}

// pathSegmentEnd31 returns the end of the path segment that starts at st,
// and whether it holds a space.
func pathSegmentEnd31(s string, st int) (int, bool) {
	spaced := false
	for p := st; p < len(s); p++ {
		switch c := s[p]; c {
		case '/', '?', '#', '&', '"', '\'', '<', '>', '\\', '|', '`', '{', '}', '[', ']', '\n', '\r', '\t':
			return p, spaced
		case ' ':
			spaced = true
		}
	}
	return len(s), spaced
}

// maySegmentValue31 is the cheap test of a segment: seven digits, an '@'
// (or its escape), or an escape of a byte beyond ASCII (a full-width or
// native digit, a name in another script).
func maySegmentValue31(seg string) bool {
	digits := 0
	for i := 0; i < len(seg); i++ {
		switch c := seg[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '@':
			return true
		case c == '%' && i+2 < len(seg) && (seg[i+1] == '4' && seg[i+2] == '0' || seg[i+1] >= '8' && isHex(seg[i+2])):
			return true
		case c >= 0x80:
			return true
		}
	}
	return digits >= 7
}

// allDigits31 reports a run of digits alone, in any script (full-width and
// native digits too).
func allDigits31(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// wholeValue31 reads seg alone and returns the kind of a value that spans
// all of it (spaces at its ends aside). A run of digits alone is taken only
// as a card, an IBAN or a resident id.
func (sc *scanner) wholeValue31(seg string) (Kind, bool) {
	a, b := 0, len(seg)
	for a < b && seg[a] == ' ' {
		a++
	}
	for b > a && seg[b-1] == ' ' {
		b--
	}
	if a == b {
		return 0, false
	}
	sub := sc.r.findDepth(seg, sc.off, -1)
	defer sub.release()
	bare := allDigits31(seg[a:b])
	for _, x := range sub.spans {
		if x.start > a || x.end < b || x.kind == KindCustom {
			continue
		}
		if bare && x.kind != KindCard && x.kind != KindIBAN && x.kind != KindCNID {
			continue
		}
		return x.kind, true
	}
	return 0, false
}

// dropByte, returned by a view's fold with a length, leaves the character
// out of the view (foldedView). No byte of UTF-8 text is 0xFF, so nothing a
// value is made of is dropped by it.
const dropByte = 0xFF

// foldCompat31 is the fold of the compatibility view (fullwidth in scan.go):
// what buyers' keyboards and input methods write for ASCII read as ASCII.
// Native and full-width digits become digits; the full-width forms of
// ASCII (letters, '@', '.', '／', U+FF01–FF5E) their ASCII; ideographic
// and no-break spaces a space; dashes, the minus sign, the prolonged sound
// mark and the katakana middle dots a '-'; the ideographic full stop a
// '.'; and the characters that show nothing (zero-width spaces and joiners,
// bidi marks and embeddings, word joiners, a byte order mark, a soft
// hyphen) are left out, so "139\u200b5902…" is read as one number.
func foldCompat31(s string, i int) (byte, int) {
	if b, n := nativeDigit(s, i); n > 0 {
		return b, n // fold.go
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return byte(r - 0xFEE0), n
	case r == 0x3000 || isSpaceLike(r):
		return ' ', n
	case r == 0x30FC || r >= 0x2010 && r <= 0x2015 || r == 0x2212 || r == 0x30FB || r == 0xFF65 || r == 0x00B7:
		return '-', n
	case r == 0x3002 || r == 0xFF61:
		return '.', n
	case invisible31(r):
		return dropByte, n
	}
	return 0, 0
}

// invisible31 reports the characters that show nothing: zero-width space,
// non-joiner and joiner, the bidi marks, embeddings, overrides and
// isolates, the word joiner and invisible operators, a byte order mark and
// a soft hyphen.
func invisible31(r rune) bool {
	return r >= 0x200B && r <= 0x200F || r >= 0x202A && r <= 0x202E || r >= 0x2060 && r <= 0x2069 || r == 0xFEFF || r == 0x00AD
}

// hasCompat31 is the cheap test before the compatibility view for what
// hasFullwidthDigit and hasNativeDigit do not see: a full-width form
// (EF BC/BD), an invisible character or a middle dot (E2 80/81, E3 83 BB,
// EF BB BF, C2 AD), a no-break, figure, thin or narrow space (C2 A0,
// E2 80 87/89/AF: in a view decoded from escapes, which hasSpaceLike's
// reading does not reach), or a dash between two digits (E2 80 90–95).
func hasCompat31(s string) bool {
	for i := 0; i < len(s)-1; i++ {
		switch s[i] {
		case 0xEF:
			if c := s[i+1]; c == 0xBC || c == 0xBD || c == 0xBB {
				return true
			}
		case 0xE2:
			if i+2 < len(s) && (s[i+1] == 0x80 && (s[i+2] >= 0x8B && s[i+2] <= 0x8F || s[i+2] >= 0xAA && s[i+2] <= 0xAE) || s[i+1] == 0x81 && s[i+2] >= 0xA0 && s[i+2] <= 0xA9) {
				return true
			}
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x87 || s[i+2] == 0x89 || s[i+2] == 0xAF) {
				return true // a figure, thin or narrow no-break space
			}
			if i+3 < len(s) && i > 0 && s[i+1] == 0x80 && s[i+2] >= 0x90 && s[i+2] <= 0x95 && isDigit(s[i-1]) && isDigit(s[i+3]) {
				return true // a dash between digits: "015‑1926‑0834"
			}
		case 0xE3:
			if i+2 < len(s) && s[i+1] == 0x83 && s[i+2] == 0xBB {
				return true
			}
		case 0xC2:
			if s[i+1] == 0xAD || s[i+1] == 0xA0 {
				return true
			}
		}
	}
	return false
}

// foldedInside31 reports a character of v (a span of the compatibility
// view, read back in the text) that the view folded into a part of the
// value: a letter, a digit, '@' or '+', a character that shows nothing, or
// a dash, slash or dot between two of its characters. A full-width comma or
// colon the view read as ASCII punctuation is no part of a value: a span
// that only crosses one (a chat's "，#order") is the plain reading's to make.
func foldedInside31(v string) bool {
	for i := 0; i < len(v); {
		if v[i] < 0x80 {
			i++
			continue
		}
		c, n := foldCompat31(v, i)
		if n == 0 {
			_, n = utf8.DecodeRuneInString(v[i:])
			i += n
			continue
		}
		switch {
		case c == dropByte || isAlnum(c) || c == '@' || c == '+':
			return true
		case (c == '-' || c == '/' || c == '.' || c == ' ') && i > 0 && i+n < len(v):
			return true
		}
		i += n
	}
	return false
}
