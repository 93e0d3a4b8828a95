package redact

import (
	"mime"
	"strings"
)

// A raw e-mail's headers carry text outside ASCII as RFC 2047 encoded
// words: "=?UTF-8?B?…?=" (base64) or "=?ISO-8859-1?Q?…?=" (quoted-printable
// with '_' for a space), in any charset, several words in a row joined
// (the blanks and folds between two encoded words are no part of the
// text). A display name written so ("To: =?UTF-8?B?…?= <…>") or a
// subject naming a buyer is no text the scanner can read raw. Each line
// that holds encoded words is read decoded, as the URL-decoded view is
// (enc29, scan.go's urlEncoded): a run of adjacent encoded words becomes
// its decoded text (in an address header, before "<…>", quoted, as a
// client quotes a display name it does not encode), the line is scanned,
// and what the scanner finds in a run replaces the encoded words that
// carry it, each whole, from its "=?" to its "?=" (a quoted display name
// all the run's words). A run that decodes to no value (a subject
// "Re: Your order") stays as it is.

// mayHoldEncodedWord31 is encodedWords31's cheap test.
func mayHoldEncodedWord31(s string) bool {
	i := strings.Index(s, "=?")
	return i >= 0 && strings.Contains(s[i+2:], "?=")
}

// encodedWordEnd31 returns the end of the encoded word that starts at p
// ("=?charset?B?text?="), or -1.
func encodedWordEnd31(s string, p int) int {
	if !strings.HasPrefix(s[p:], "=?") {
		return -1
	}
	i := p + 2
	for i < len(s) && i-p < 40 && (isWord(s[i]) || s[i] == '-' || s[i] == '.' || s[i] == ':' || s[i] == '*') {
		i++
	}
	if i == p+2 || i+2 >= len(s) || s[i] != '?' || s[i+1]|0x20 != 'b' && s[i+1]|0x20 != 'q' || s[i+2] != '?' {
		return -1
	}
	for i += 3; i < len(s) && i-p < 320; i++ {
		c := s[i]
		if c == '?' {
			if i+1 < len(s) && s[i+1] == '=' {
				return i + 2
			}
			return -1
		}
		if c <= ' ' || c >= 0x7f {
			return -1
		}
	}
	return -1
}

// wordGap31 returns the end of the blanks after p that may stand between
// two encoded words of one run: spaces and tabs, and a folded line (a
// line break, real or escaped in a JSON string, then a blank).
func wordGap31(s string, p int) int {
	for p < len(s) {
		switch {
		case s[p] == ' ' || s[p] == '\t':
			p++
		case s[p] == '\r' || s[p] == '\n':
			q := p
			for q < len(s) && (s[q] == '\r' || s[q] == '\n') {
				q++
			}
			if q >= len(s) || s[q] != ' ' && s[q] != '\t' {
				return p
			}
			p = q
		case s[p] == '\\' && p+1 < len(s) && (s[p+1] == 'r' || s[p+1] == 'n'):
			q := p
			for q+1 < len(s) && s[q] == '\\' && (s[q+1] == 'r' || s[q+1] == 'n') {
				q += 2
			}
			if q >= len(s) || s[q] != ' ' && s[q] != '\t' {
				return p
			}
			p = q
		default:
			return p
		}
	}
	return p
}

// lineBreakAt31 reports a line break at p, real or escaped.
func lineBreakAt31(s string, p int) bool {
	return s[p] == '\n' || s[p] == '\r' || s[p] == '\\' && p+1 < len(s) && (s[p+1] == 'n' || s[p+1] == 'r')
}

// encodedWords31 scans the lines of the scanner's text that hold encoded
// words decoded and adds what it finds there over the encoded runs.
func (sc *scanner) encodedWords31() {
	s := sc.s
	var dec mime.WordDecoder
	var out []span
	var runs []encodedRun31
	var words []encodedWord31
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "=?")
		if i < 0 {
			break
		}
		rs := off + i
		re := encodedWordEnd31(s, rs)
		if re < 0 {
			off = rs + 2
			continue
		}
		// the line the run stands on
		ls := rs
		for ls > 0 && s[ls-1] != '\n' && s[ls-1] != '\r' && !(ls >= 2 && s[ls-2] == '\\' && (s[ls-1] == 'n' || s[ls-1] == 'r')) {
			ls--
		}
		runs, words = runs[:0], words[:0]
		le := rs
		for rs >= 0 {
			n := len(words)
			ok := true
			e := rs
			for p := rs; ; {
				w, err := dec.Decode(s[p:re])
				if err != nil {
					ok = false
				}
				words = append(words, encodedWord31{p, re, w})
				e = re
				g := wordGap31(s, re)
				if g >= len(s) {
					break
				}
				if nre := encodedWordEnd31(s, g); nre > 0 {
					p, re = g, nre
					continue
				}
				break
			}
			if ok {
				runs = append(runs, encodedRun31{rs, e, n, len(words)})
			} else {
				words = words[:n]
			}
			// the next run on the same line
			le, rs = e, -1
			for le < len(s) && !lineBreakAt31(s, le) {
				if s[le] == '=' && le+1 < len(s) && s[le+1] == '?' {
					if re = encodedWordEnd31(s, le); re > 0 {
						rs = le
						break
					}
				}
				le++
			}
		}
		off = le
		if len(runs) > 0 {
			out = sc.encodedLine31(out, ls, le, runs, words)
		}
	}
	sc.mergeSpans(out)
}

// encodedWord31 is an encoded word at s[start:end] and its decoded text.
type encodedWord31 struct {
	start, end int
	text       string
}

// encodedRun31 is a run of adjacent encoded words at s[start:end]: the
// words w0 to w1 (exclusive) of a line's.
type encodedRun31 struct{ start, end, w0, w1 int }

// encodedLine31 scans s[ls:le] with its runs replaced by their decoded
// texts and appends what it finds in a run, over the whole run, to dst.
func (sc *scanner) encodedLine31(dst []span, ls, le int, runs []encodedRun31, words []encodedWord31) []span {
	s := sc.s
	header := mailboxHeaderAt31(s, ls)
	var b strings.Builder
	from := make([]int, 0, le-ls+16) // where each byte of the view starts in s
	to := make([]int, 0, le-ls+16)   // and ends
	put := func(t string, a, e int) {
		b.WriteString(t)
		for range len(t) {
			from = append(from, a)
			to = append(to, e)
		}
	}
	p := ls
	for _, r := range runs {
		for ; p < r.start; p++ {
			b.WriteByte(s[p])
			from = append(from, p)
			to = append(to, p+1)
		}
		// a display name: quoted, unless the run stands inside quotes
		quote := header && !quotedBefore31(s, ls, r.start) && (nextIs31(s, r.end, le, '<') || nextIs31(s, r.end, le, ',') || r.end >= le)
		if quote {
			put(`"`, r.start, r.end)
		}
		for _, w := range words[r.w0:r.w1] {
			put(w.text, w.start, w.end) // a value in a word is the whole word
		}
		if quote {
			put(`"`, r.start, r.end)
		}
		p = r.end
	}
	for ; p < le; p++ {
		b.WriteByte(s[p])
		from = append(from, p)
		to = append(to, p+1)
	}
	sub := sc.r.find(b.String(), sc.off)
	for _, x := range sub.spans {
		if x.end <= x.start {
			continue
		}
		a, e := from[x.start], to[x.end-1]
		for _, r := range runs {
			if a < r.end && e > r.start {
				dst = append(dst, span{start: a, end: e, kind: x.kind, custom: x.custom})
				break
			}
		}
	}
	sub.release()
	return dst
}

// mailboxHeaderAt31 reports an address header (mailboxHeaders) opening
// the line at ls.
func mailboxHeaderAt31(s string, ls int) bool {
	for _, h := range mailboxHeaders {
		if strings.HasPrefix(s[ls:], h) {
			return true
		}
	}
	return false
}

// quotedBefore31 reports a quote (or an escaped one) just before the run
// at p, blanks skipped.
func quotedBefore31(s string, ls, p int) bool {
	for p > ls && s[p-1] == ' ' {
		p--
	}
	return p > ls && s[p-1] == '"'
}

// nextIs31 reports c as the first byte after p, before e, that is no blank.
func nextIs31(s string, p, e int, c byte) bool {
	for p < e && s[p] == ' ' {
		p++
	}
	return p < e && s[p] == c
}
