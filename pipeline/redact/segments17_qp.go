package redact

import "strings"

// A raw e-mail that a helpdesk or a mail poller logs carries its body as
// the sender's client encoded it, quoted-printable as often as not
// (RFC 2045): a byte outside ASCII, and '=' itself, as "=XX" ("tel=C3=A9fono",
// "ana=40example.com"), and lines longer than 76 bytes broken by a soft
// line break, '=' at the end of a line, wherever the break falls, inside a
// word, an address or a card number:
//
//	Content-Transfer-Encoding: quoted-printable
//
//	pwd bFkj8=
//	rBnbM* / ship to Rua Augusta, 15=
//	2, Lisboa
//
// The body is read decoded, as URL-encoded text is (urlEncoded in scan.go):
// what the scanner finds in the decoded body, where an escape or a soft
// break stands inside it or just before it, replaces the whole encoded
// span, soft breaks and escapes included. The body is the text after the
// blank line that ends the headers of a part that declares the encoding
// (up to the next MIME boundary), or, in text without headers, the whole
// text when it has soft line breaks.

// mayHoldQP is quotedPrintable's cheap test: the encoding's name, or a
// soft line break.
func mayHoldQP(s string) bool {
	return strings.Contains(s, "=\r\n") || strings.Contains(s, "=\n") || qpHeaderAt(s, 0) >= 0
}

// qpHeaderAt returns the index of the first "quoted-printable" (any case)
// at or after p, or -1.
func qpHeaderAt(s string, p int) int {
	for p < len(s) {
		i := strings.Index(s[p:], "uoted-")
		if i < 0 {
			return -1
		}
		i += p
		if i >= 1 && (s[i-1]|0x20) == 'q' && i+15 <= len(s) && strings.EqualFold(s[i+6:i+15], "printable") {
			return i - 1
		}
		p = i + 6
	}
	return -1
}

// qpBodies returns the bounds of the quoted-printable bodies of s.
func qpBodies(s string) [][2]int {
	var out [][2]int
	for p := 0; p < len(s); {
		h := qpHeaderAt(s, p)
		if h < 0 {
			break
		}
		a := -1
		if i := strings.Index(s[h:], "\r\n\r\n"); i >= 0 {
			a = h + i + 4
		}
		if i := strings.Index(s[h:], "\n\n"); i >= 0 && (a < 0 || h+i+2 < a) {
			a = h + i + 2
		}
		esc := false
		if i := escapedBlankLine31(s[h:]); i >= 0 && (a < 0 || h+i < a) {
			a, esc = h+i, true // a mail in a JSON string (mm31_qp.go)
		}
		if a < 0 {
			break
		}
		e := len(s)
		if i := strings.Index(s[a:], "\n--"); i >= 0 {
			e = a + i + 1 // the next part's boundary
		}
		if i := strings.Index(s[a:], `\n--`); esc && i >= 0 && a+i+2 < e {
			e = a + i + 2
		}
		out = append(out, [2]int{a, e})
		p = e
	}
	if len(out) == 0 && wrappedQP(s) {
		out = append(out, [2]int{0, len(s)})
	}
	return out
}

// wrappedQP reports text without headers that a quoted-printable encoder
// wrapped: two lines of 60 bytes or more ending in a soft break, or one
// and an "=XX" escape elsewhere. A line that ends in a base64 value's
// padding ("X-Hmac: c9vT…4l=", "cn:: …==") is no soft break.
func wrappedQP(s string) bool {
	soft := 0
	for p := 0; p < len(s); {
		e := strings.IndexByte(s[p:], '\n')
		if e < 0 {
			break
		}
		line := strings.TrimSuffix(s[p:p+e], "\r")
		p += e + 1
		if len(line) < 60 || !strings.HasSuffix(line, "=") || strings.HasSuffix(line, "==") {
			continue
		}
		if t := line[strings.LastIndexByte(line, ' ')+1:]; len(t) >= 16 && base64Token(t[:len(t)-1]) {
			continue
		}
		soft++
	}
	return soft >= 2 || soft == 1 && qpEscapeIn(s)
}

// base64Token reports letters, digits, '+' and '/' only, of both cases.
func base64Token(t string) bool {
	up, lo := false, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isUpper(c):
			up = true
		case c >= 'a' && c <= 'z':
			lo = true
		case isDigit(c) || c == '+' || c == '/':
		default:
			return false
		}
	}
	return up && lo
}

// qpEscapeIn reports an "=XX" escape of a byte outside ASCII (or of '=' or
// '@') in s.
func qpEscapeIn(s string) bool {
	for p := 0; p < len(s); {
		i := strings.IndexByte(s[p:], '=')
		if i < 0 {
			return false
		}
		i += p
		p = i + 1
		if i+2 < len(s) && (s[i+1] >= '8' && s[i+1] <= '9' || s[i+1] >= 'A' && s[i+1] <= 'F') && (isDigit(s[i+2]) || s[i+2] >= 'A' && s[i+2] <= 'F') {
			return true
		}
		if i+2 < len(s) && (s[i+1:i+3] == "3D" || s[i+1:i+3] == "40") {
			return true
		}
	}
	return false
}

// quotedPrintable reads the quoted-printable bodies of the scanner's text
// decoded.
func (sc *scanner) quotedPrintable() {
	s := sc.s
	var extra []span
	var split []idRange
	var cuts []qpCut18
	for _, b := range qpBodies(s) {
		n := len(extra)
		extra = sc.qpDecoded(extra, b[0], b[1])
		bc := qpCuts18(s, b[0], b[1])
		split = append(split, qpSplitIDs18(s, b[0], b[1], bc, extra[n:])...) // "124-547=\r\n6207-…" (damage18_qp.go)
		cuts = append(cuts, bc...)
	}
	sc.dropPhonesIn(split)
	sc.dropCutValues18(cuts, extra)
	sc.mergeSpans(extra)
}

// qpDecoded decodes s[a:e], scans it, and appends what it finds, mapped
// back onto the encoded bytes, to dst.
func (sc *scanner) qpDecoded(dst []span, a, e int) []span {
	s := sc.s
	dec := make([]byte, 0, e-a)
	from := make([]int, 0, e-a) // where each decoded byte starts in s
	to := make([]int, 0, e-a)   // and ends
	changed := false
	for p := a; p < e; {
		c := s[p]
		switch {
		case c == '=' && p+2 < e && s[p+1] == '\r' && s[p+2] == '\n':
			p += 3 // soft line break
			changed = true
			continue
		case c == '=' && p+1 < e && s[p+1] == '\n':
			p += 2
			changed = true
			continue
		case c == '=' && p+2 < e && isHex(s[p+1]) && isHex(s[p+2]) && (isDigit(s[p+1]) || isUpper(s[p+1])) && (isDigit(s[p+2]) || isUpper(s[p+2])):
			dec = append(dec, unhex(s[p+1])<<4|unhex(s[p+2]))
			from = append(from, p)
			to = append(to, p+3)
			p += 3
			changed = true
			continue
		case c == '\r' && p+1 < e && s[p+1] == '\n':
			dec = append(dec, '\n') // a hard line break
			from = append(from, p)
			to = append(to, p+2)
			p += 2
			continue
		case c == '\\' && p+1 < e:
			if n, d, _ := jsonEscapeQP31(s, p, e); n > 0 {
				dec = append(dec, d) // a JSON escape (mm31_qp.go)
				from = append(from, p)
				to = append(to, p+n)
				p += n
				changed = true
				continue
			}
		case c == '=' && p+1 < e && s[p+1] == '\\':
			if n, _, soft := jsonEscapeQP31(s, p+1, e); soft {
				p += 1 + n // a soft line break, escaped
				changed = true
				continue
			}
		}
		dec = append(dec, c)
		from = append(from, p)
		to = append(to, p+1)
		p++
	}
	if !changed {
		return dst
	}
	sub := sc.r.find(string(dec), sc.off)
	for _, x := range sub.spans {
		if x.end <= x.start {
			continue
		}
		a, b := from[x.start], to[x.end-1]
		// the text as written is the scanner's too: a value found
		// decoded counts where the encoding changed what it reads (an
		// escape or a soft break inside it or in the words before it: "api
		// ke=\r\ny …")
		if strings.IndexByte(s[max(a-48, 0):b], '=') < 0 {
			continue
		}
		dst = append(dst, span{start: a, end: b, kind: x.kind, custom: x.custom})
	}
	sub.release()
	return dst
}
