package redact

// nginx writes a variable's quote, backslash and bytes outside printable
// ASCII as "\xHH" (log_format escape=default: "$request_body" holding JSON
// becomes {\x22login\x22:\x22…\x22}); Apache's mod_log_config and
// HAProxy do the same. hexEscapes23 reads the text with those escapes
// decoded, as the application saw it, and maps what it finds back.

// mayHoldHexEscapes23 is hexEscapes23's gate: a backslash (sig) and the
// escape of a quote, a backslash or a byte of UTF-8.
func mayHoldHexEscapes23(sig uint32, tp *textPairs) bool {
	return sig&sigBackslash != 0 && (tp.contains(`\x22`) || tp.contains(`\x5C`) || tp.contains(`\x5c`) || tp.contains(`\xC`) ||
		tp.contains(`\xD`) || tp.contains(`\xE`) || tp.contains(`\xc`) || tp.contains(`\xd`) || tp.contains(`\xe`))
}

// hexEscapes23 decodes "\xHH" escapes and scans the result.
func (sc *scanner) hexEscapes23() {
	s := sc.s
	dec := make([]byte, 0, len(s))
	pos := make([]int, 0, len(s)+1)
	n := 0
	for p := 0; p < len(s); {
		if s[p] == '\\' && p+3 < len(s) && s[p+1] == 'x' && isHex(s[p+2]) && isHex(s[p+3]) {
			b := unhex(s[p+2])<<4 | unhex(s[p+3])
			if b >= 0x20 && b != 0x7f {
				pos = append(pos, p)
				dec = append(dec, byte(b))
				p += 4
				n++
				continue
			}
		}
		pos = append(pos, p)
		dec = append(dec, s[p])
		p++
	}
	if n == 0 {
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
