package redact

// nginx writes a variable's quote, backslash and bytes outside printable
// ASCII as "\xHH" (log_format escape=default: "$request_body" holding JSON
// becomes {\x22login\x22:\x22…\x22}); Apache's mod_log_config and
// HAProxy do the same. hexEscapes23 reads the text with those escapes
// decoded, as the application saw it, and maps what it finds back.

// mayHoldHexEscapes23 is hexEscapes23's gate: a backslash (sig) and the
// escape of a quote, a backslash, a byte of UTF-8 or Python's no-break
// space ("\xa0").
func mayHoldHexEscapes23(sig uint32, tp *textPairs) bool {
	return sig&sigBackslash != 0 && (tp.contains(`\x22`) || tp.contains(`\x5C`) || tp.contains(`\x5c`) || tp.contains(`\xC`) ||
		tp.contains(`\xD`) || tp.contains(`\xE`) || tp.contains(`\xc`) || tp.contains(`\xd`) || tp.contains(`\xe`) || tp.contains(`\xa0`))
}

// hexEscapes23 decodes "\xHH" escapes and scans the result (folded, as
// the other escapes' readers do), when it decoded one.
func (sc *scanner) hexEscapes23() {
	n := 0
	fold := func(s string, p int) (byte, int) {
		if s[p] == '\\' && p+3 < len(s) && s[p+1] == 'x' && isHex(s[p+2]) && isHex(s[p+3]) {
			if b := unhex(s[p+2])<<4 | unhex(s[p+3]); b >= 0x20 && b != 0x7f {
				n++
				if b == 0xA0 && !(p >= 4 && s[p-4] == '\\' && s[p-3] == 'x' && isHex(s[p-2]) && unhex(s[p-2]) >= 8 && isHex(s[p-1])) {
					return ' ', 4 // Python's repr of a no-break space ("u'6275\xa01093…'"), not a byte of UTF-8 after another ("\xc2\xa0", "\xef\xbc\xa0")
				}
				return b, 4
			}
		}
		return 0, 0
	}
	sc.mergeSpans(folded(nil, sc.s, 0, len(sc.s), fold, func(dec string) []span {
		if n == 0 {
			return nil
		}
		sub := sc.r.findDepth(dec, sc.off, 2)
		defer sub.release()
		return append([]span(nil), sub.spans...)
	}))
}
