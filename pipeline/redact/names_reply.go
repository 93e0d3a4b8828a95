package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The header of a quoted reply. Mail clients and marketplaces' messaging
// quote the message answered under a line that names its writer: "On
// 3 Mar 2026 at 10:14, Ng Wei Ling <…> wrote:", "El 2026-10-17, 최지우
// escribió:", "Am 03.03.2026 um 10:14 schrieb Hans Müller:", "2026年3月3日
// 10:14，李雨桐 写道：". The line holds a date or a time, then the writer's
// name beside a verb of writing, and ends at a colon. Nothing but a name
// stands there, so it is taken in any script, caseless ones included; a
// team or a shop's one word ("Support wrote:") is not.

// replyVerbsLast are the verbs that follow the writer's name, in the
// languages of mail clients (lower case).
var replyVerbsLast = []string{"wrote", "has written", "escribió", "escribio", "a écrit", "a ecrit", "ha scritto",
	"escreveu", "napisał", "napisała", "napisal", "napisala", "pisze", "yazdı", "yazdi", "написал", "написала",
	"menulis", "đã viết", "viết", "kirjoitti", "skrev", "写道", "寫道", "が書きました", "님이 작성", "님이 씀",
	"kathab", "كتب", "เขียน", "wrote the following", "sumulat"}

// replyVerbsFirst are the verbs that stand before the writer's name
// ("schrieb Hans Müller:", "schreef …", "skrev …").
var replyVerbsFirst = []string{"schrieb", "schreef", "skrev", "écrivait", "escribía", "scrisse", "kirjoitti"}

// mayHoldReplyHeader reports a text with a colon and a digit: a header
// has both.
func mayHoldReplyHeader(s string, sig uint32) bool {
	return sig&(sigColon|sigHigh) != 0 && strings.IndexAny(s, "0123456789") >= 0
}

// replyHeaderSpans returns the writers' names in the quoted-reply headers
// of s.
func replyHeaderSpans(s string) []span {
	var out []span
	for p := 0; p < len(s); {
		c := strings.IndexByte(s[p:], ':')
		w := 1
		if f := indexRare(s[p:], "："); f >= 0 && (c < 0 || f < c) {
			c, w = f, len("：")
		}
		if c < 0 {
			break
		}
		c += p
		p = c + w
		if w == 1 && c+1 < len(s) && s[c+1] != ' ' && s[c+1] != '\n' && s[c+1] != '\\' {
			continue // "10:14", "https:", "key":…: no header ends here
		}
		if a, b, ok := replyWriter(s, c); ok {
			out = append(out, span{start: a, end: b, kind: KindName})
		}
	}
	return out
}

// replyWriter reads the header line that ends at the colon at c and
// returns its writer's name.
func replyWriter(s string, c int) (int, int, bool) {
	e := c
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	if e < 2 || s[e-1] < 0x80 && !isAlpha(s[e-1]) && s[e-1] != '>' {
		return 0, 0, false // most colons: after a digit, a quote, a bracket
	}
	if replyVerbPair[lowerByte(s[e-2])][lowerByte(s[e-1])] {
		ls := replyLineStart(s, c)
		line := s[ls:e]
		for _, v := range replyVerbsLast {
			if foldSuffix(line, v) && (len(line) == len(v) || !isAlnum(line[len(line)-len(v)-1]) || v[0] >= 0x80) {
				a, b := replyName(line, len(line)-len(v), true)
				if b > a && hasDigitByte(line[:a]) {
					return ls + a, ls + b, true
				}
				return 0, 0, false
			}
		}
	}
	// A verb before the name ("schrieb Hans Müller:"): the name first,
	// read back a short way, then the line only when one stands there.
	lo := max(0, e-120)
	a, b := replyName(s[lo:e], e-lo, false)
	if b <= a || a == 0 {
		return 0, 0, false
	}
	ls := replyLineStart(s, c)
	if lo+a <= ls {
		return 0, 0, false
	}
	before := strings.TrimRight(s[ls:lo+a], " ")
	for _, v := range replyVerbsFirst {
		if foldSuffix(before, v) && (len(before) == len(v) || before[len(before)-len(v)-1] == ' ') && hasDigitByte(before) {
			return lo + a, lo + b, true
		}
	}
	return 0, 0, false
}

// replyVerbPair marks the last two bytes of replyVerbsLast, lower-cased:
// a colon after any other pair ends no such verb.
var replyVerbPair = func() (t [256][256]bool) {
	for _, v := range replyVerbsLast {
		t[lowerByte(v[len(v)-2])][lowerByte(v[len(v)-1])] = true
	}
	return t
}()

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// replyLineStart returns where the line holding c begins, looking back at
// most 200 bytes: after a newline (raw or escaped) and the quote marks of
// earlier replies.
func replyLineStart(s string, c int) int {
	lo := max(0, c-200)
	ls := lo
	if i := strings.LastIndexByte(s[lo:c], '\n'); i >= 0 {
		ls = lo + i + 1
	}
	if i := strings.LastIndex(s[lo:c], `\n`); i >= 0 && lo+i+2 > ls {
		ls = lo + i + 2
	}
	for ls < c && (s[ls] == '>' || s[ls] == ' ') {
		ls++
	}
	return ls
}

// replyName reads the name that ends at e in a header line (before the
// verb when verbLast, before the colon otherwise), skipping an address in
// angle brackets after it. It reads back up to five words: capitalised,
// of a caseless script, or a particle inside the name.
func replyName(line string, e int, verbLast bool) (int, int) {
	for e > 0 && line[e-1] == ' ' {
		e--
	}
	if e > 0 && line[e-1] == '>' {
		if lt := strings.LastIndexByte(line[:e], '<'); lt > 0 {
			e = lt
			for e > 0 && line[e-1] == ' ' {
				e--
			}
		}
	}
	for e > 0 && line[e-1] == ',' {
		e-- // a comma before the verb is not the name's
	}
	end := e
	st, words, latin, caps := e, 0, 0, 0
	for words < 5 && st > 0 {
		p := st
		for p > 0 {
			r, n := utf8.DecodeLastRuneInString(line[:p])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' && r != '\'' && r != '.' && r != '’' {
				break
			}
			p -= n
		}
		if p == st {
			break
		}
		w := line[p:st]
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			var buf [24]byte
			if len(w) <= len(buf) {
				lw := string(lower(buf[:0], w))
				if notNames[lw] || logLevels[lw] || teamWords[lw] || shopWords[lw] || legalForms[lw] {
					return 0, 0
				}
			}
			latin++
			caps++
		case r >= 0x80 && !unicode.IsLower(r):
			caps++ // 최지우, 李雨桐, ปิยะนุช
		case words > 0 && (particles[w] || particleWord(w)):
		default:
			words = 5 // a lower-case word ends the name
			continue
		}
		words++
		st = p
		if st == 0 || line[st-1] != ' ' {
			break
		}
		if st >= 2 && (line[st-2] == ',' || isDigit(line[st-2])) {
			break // "…, Name", "10:14 Name"
		}
		st--
	}
	for st < end && line[st] == ' ' {
		st++
	}
	if caps == 0 || latin == 1 && caps == 1 || !verbLast && st == 0 {
		return 0, 0 // one capitalised word is a team or a shop as often
	}
	if w := line[st:end]; utf8.RuneCountInString(w) < 2 {
		return 0, 0
	}
	return st, end
}

// shopWords are words of a shop's or a marketplace's name: "Acme Store
// wrote:" is the seller's side.
var shopWords = setOf("store", "shop", "official", "mall", "outlet", "boutique", "marketplace", "seller", "sellers",
	"tienda", "loja", "boutique", "negozio", "laden", "winkel", "sklep", "toko", "cửa", "ร้าน")

// foldSuffix reports whether s ends with v, ignoring case.
func foldSuffix(s, v string) bool {
	return len(s) >= len(v) && strings.EqualFold(s[len(s)-len(v):], v)
}
