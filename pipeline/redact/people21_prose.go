package redact

import "strings"

// People in the lines of documents and notes (see people21_scan.go):
//
//   - a line that ends with a person's name after "from" or "signed by"
//     ("Return form from Given Family", "Order form signed by Given
//     Family"; not "received by", whose next line is where it was left) when
//     the next line is an address (it reads as one, or a pass redacted
//     it): the name, and that address, as a letter's or a form's sender
//     block writes them;
//   - the new side of an address change whose old side was redacted
//     ("… the delivery address [REDACTED:address] #1042 to Street 12, …"):
//     after the old address and at most two references, "to" and what
//     reads as an address, up to the clause's end.

// mayHoldSenderLine21 is senderLineSpans21's cheap test.
func mayHoldSenderLine21(tp *textPairs, sig uint32) bool {
	return sig&(sigNL|sigBackslash) != 0 && (tp.contains(" from ") || tp.contains(" signed by "))
}

// senderLineSpans21 adds the names that end a line after "from" or
// "signed by"
// above an address, and the address.
func senderLineSpans21(s string, have []span, out []span) []span {
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls)
		line := s[ls:le]
		ls = next
		k := strings.LastIndex(line, " from ")
		w := len(" from ")
		if b := strings.LastIndex(line, " signed by "); b > k {
			k, w = b, len(" signed by ")
		}
		if k < 0 || next >= len(s) {
			continue
		}
		a := le - len(line) + k + w
		v := strings.TrimRight(s[a:le], " .:")
		marked := v == "[REDACTED:name]" || nameSpanAt21(have, a, a+len(v))
		if v == "" || !marked && (countDigits(v) > 0 || hasMarker(v) || overlapsAny(have, a, a+len(v)) || !(personName21(v) || caselessWords(v))) {
			continue
		}
		ne, _ := otpLineEnd(s, next)
		nl := strings.TrimSpace(s[next:ne])
		addr := false
		switch {
		case strings.HasPrefix(nl, "[REDACTED:address]"):
			addr = true
		case nl != "" && !hasMarker(nl) && (zplAddress(nl) || senderAddressLine21(nl) || sheetAddress23(nl)): // (sheetAddress23: parts and a number, people23_cells.go)
			addr = true
			if !overlapsAny(have, next, ne) {
				na := next + strings.Index(s[next:ne], nl)
				out = append(out, span{start: na, end: na + len(nl), kind: KindAddress})
			}
		default:
			for _, x := range have {
				if x.kind == KindAddress && x.start >= next && x.start < ne {
					addr = true
					break
				}
			}
		}
		if addr && !marked {
			out = append(out, span{start: a, end: a + len(v), kind: KindName})
		}
	}
	return out
}

// senderAddressLine21 reports the line under a sender's name that holds
// the address in a script without case (Thai, Ethiopic, Arabic…), where
// zplAddress knows no street words: a number and three letters of that
// script or more, no label or reference, at most 160 bytes.
func senderAddressLine21(v string) bool {
	if len(v) > 160 || countDigits(v) == 0 || labelled(v) || referenceLine(v) || strings.ContainsAny(v, "@=<>{}[]|") {
		return false
	}
	n := 0
	for _, r := range v {
		if caselessLetter21(r) {
			n++
		}
	}
	return n >= 3 // Latin lines must read as an address by their parts (zplAddress)
}

// mayHoldChangeTo21 is changeToSpans21's cheap test.
func mayHoldChangeTo21(tp *textPairs, have []span) bool {
	return tp.contains(" to ") && (hasAddressSpan(have) || tp.contains("[REDACTED:address]"))
}

// changeToSpans21 adds the address after "to" that follows a redacted
// address and at most two references.
func changeToSpans21(s string, have []span, out []span) []span {
	var ends []int
	for _, x := range have {
		if x.kind == KindAddress {
			ends = append(ends, x.end)
		}
	}
	for p := 0; ; {
		i := strings.Index(s[p:], "[REDACTED:address]")
		if i < 0 {
			break
		}
		p += i + len("[REDACTED:address]")
		ends = append(ends, p)
	}
	for _, e := range ends {
		p := e
		for n := 0; n < 3; n++ {
			for p < len(s) && s[p] == ' ' {
				p++
			}
			if strings.HasPrefix(s[p:], "to ") {
				k := p + 3
				if x := dest14End(s, k, 0); x > k && dest14Reads(s[k:x]) && dest14Free(s, have, k, x) {
					out = append(out, span{start: k, end: x, kind: KindAddress})
				}
				break
			}
			if n == 2 {
				break
			}
			// a reference: a token with a digit or a '#'
			q := p
			for q < len(s) && s[q] != ' ' && s[q] != '\n' {
				q++
			}
			if q == p || !strings.ContainsAny(s[p:q], "0123456789#") {
				break
			}
			p = q
		}
	}
	return out
}

// mayHoldCallerParen21 is callerParenSpans21's cheap test.
func mayHoldCallerParen21(tp *textPairs, have []span) bool {
	return (hasKind21(have, KindPhone) || tp.contains("[REDACTED:phone]") || tp.contains("from ")) && tp.contains(" (")
}

func hasKind21(have []span, k Kind) bool {
	for _, x := range have {
		if x.kind == k {
			return true
		}
	}
	return false
}

// callerParenSpans21 adds the display name telephony writes in brackets
// right after a caller's number ("New voicemail from +44… (Given
// Family) on …", "call from [REDACTED:phone] (Given Family)").
func callerParenSpans21(s string, have []span, out []span) []span {
	var ends []int
	for _, x := range have {
		if x.kind == KindPhone {
			ends = append(ends, x.end)
		}
	}
	for p := 0; ; {
		i := strings.Index(s[p:], "[REDACTED:phone]")
		if i < 0 {
			break
		}
		p += i + len("[REDACTED:phone]")
		ends = append(ends, p)
	}
	for p := 0; ; {
		// a number written out before the bracket: seven digits or more
		i := strings.Index(s[p:], " (")
		if i < 0 {
			break
		}
		i += p
		p = i + 2
		d, b := 0, i
		for b > 0 && (isDigit(s[b-1]) || s[b-1] == ' ' || s[b-1] == '-' || s[b-1] == '.' || s[b-1] == '+') && i-b < 24 {
			if isDigit(s[b-1]) {
				d++
			}
			b--
		}
		if t := strings.TrimRight(s[:b], " :"); d >= 7 && d <= 15 && (strings.HasSuffix(t, "from") || strings.HasSuffix(t, "tel") || strings.HasSuffix(t, "caller")) {
			ends = append(ends, i)
		}
	}
	for _, e := range ends {
		if e+2 >= len(s) || s[e] != ' ' || s[e+1] != '(' {
			continue
		}
		a := e + 2
		c := strings.IndexByte(s[a:], ')')
		if c <= 0 || c > 80 {
			continue
		}
		v := s[a : a+c]
		if countDigits(v) == 0 && !hasMarker(v) && !overlapsAny(have, a, a+c) && (personName21(v) || n14HanOrHangulName(v)) {
			out = append(out, span{start: a, end: a + c, kind: KindName})
		}
	}
	return out
}

// closings21 are the words that close a message above the sender's name,
// lower case, in the buyers' languages.
var closings21 = setOf("thanks", "thank you", "thanks a lot", "thanks a million", "many thanks", "cheers", "regards",
	"best regards", "kind regards", "best", "br", "gracias", "muchas gracias", "saludos", "merci", "cordialement",
	"danke", "vielen dank", "grüße", "obrigado", "obrigada", "grazie", "bedankt", "dank je", "dank u", "groeten",
	"baie dankie", "dankie", "dziękuję", "pozdrawiam", "děkuji", "díky", "ďakujem", "köszönöm", "mulțumesc",
	"multumesc", "aitäh", "tänan", "paldies", "ačiū", "hvala", "lp", "takk", "tack", "tak", "kiitos", "ευχαριστώ",
	"дякую", "спасибо", "благодарю", "teşekkürler", "teşekkür ederim", "təşəkkür edirəm", "təşəkkürlər", "rahmat",
	"terima kasih", "salamat", "cảm ơn", "ขอบคุณ", "ขอบคุณครับ", "ขอบคุณค่ะ", "谢谢", "謝謝", "唔該", "多謝",
	"ありがとう", "ありがとうございます", "よろしくお願いします", "감사합니다", "고맙습니다", "asante", "ngiyabonga",
	"enkosi", "sthuthiyi", "stuthi", "ẹ ṣé", "e se", "na gode", "daalu", "շնորհակալություն", "მადლობა", "धन्यवाद",
	"شكرا", "شكراً", "متشکرم", "תודה", "አመሰግናለሁ", "raxmat", "katta rahmat")

// mayHoldClosing21 is closingNameSpans21's cheap test: lines, and PII
// found in the text already.
func mayHoldClosing21(s string, sig uint32, pii bool) bool {
	return pii && sig&(sigNL|sigBackslash) != 0
}

// closingNameSpans21 adds the name on the line under a line that is only
// a closing word ("gracias\nGiven Family\n+51…"), in a text that holds
// other PII: a message's signature.
func closingNameSpans21(s string, have []span, out []span) []span {
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls)
		line := strings.TrimSpace(strings.TrimRight(s[ls:le], ",.!"))
		ls = next
		if line == "" || len(line) > 48 || next >= len(s) {
			continue
		}
		var buf [64]byte
		if !closings21[string(lower(buf[:0], line))] {
			continue
		}
		ne, _ := otpLineEnd(s, next)
		v := strings.TrimSpace(s[next:ne])
		if v == "" || countDigits(v) > 0 || hasMarker(v) {
			continue
		}
		a := next + strings.Index(s[next:ne], v)
		if !overlapsAny(have, a, a+len(v)) && (personName21(v) || n14HanOrHangulName(v)) {
			out = append(out, span{start: a, end: a + len(v), kind: KindName})
		}
	}
	return out
}

// latinRoles21 are role words written before a buyer's name in a line of
// Latin script, capitalised.
var latinRoles21 = []string{"Caller ", "Customer ", "Buyer ", "Recipient ", "Client ", "Consignee "}

// mayHoldLatinRole21 is latinRoleSpans21's cheap test: a role word and
// letters of a script above Latin's (sig is s's signature: text all
// ASCII holds none).
func mayHoldLatinRole21(s string, sig uint32) bool {
	if sig&sigHigh == 0 || !hasRoleScript21(s) {
		return false
	}
	for _, w := range latinRoles21 {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasRoleScript21 reports whether s holds a lead byte of the scripts
// mayHoldLatinRole21 asks for: Hebrew, Arabic (0xD7–0xD9) and the
// three-byte scripts (0xE0–0xED).
func hasRoleScript21(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c-0xD7 < 3 || c-0xE0 < 14 {
			return true
		}
	}
	return false
}

// latinRoleSpans21 adds one to three words of a script without case
// (Han, Hangul, Thai, Ethiopic, Arabic, Hebrew, Devanagari…) right after a
// capitalised role word of a Latin line ("Caller 周秀兰 asked to …"),
// ending where Latin text or punctuation resumes.
func latinRoleSpans21(s string, out []span) []span {
	for _, w := range latinRoles21 {
		for p := 0; ; {
			i := strings.Index(s[p:], w)
			if i < 0 {
				break
			}
			i += p
			p = i + len(w)
			if i > 0 && isAlnum(s[i-1]) {
				continue
			}
			a := p
			e := a
			words := 0
			for q := a; q < len(s) && words < 3; {
				r, n := utf8DecodeRune21(s[q:])
				if !caselessLetter21(r) {
					break
				}
				k := q
				for k < len(s) {
					r2, n2 := utf8DecodeRune21(s[k:])
					if !(caselessLetter21(r2) || unicodeIsMark21(r2)) {
						break
					}
					k += n2
				}
				_ = n
				words++
				e = k
				if k < len(s) && s[k] == ' ' && k+1 < len(s) && s[k+1] >= 0x80 {
					q = k + 1
					continue
				}
				break
			}
			if words == 0 || e-a < 6 || hasHan21(s[a:e]) && !n14HanOrHangulName(s[a:e]) {
				continue // Han: a name of a known family name's shape, not "客服"
			}
			// Latin text, punctuation or the end must follow
			if e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != '.' && s[e] != ')' && s[e] != '"' && s[e] != '\\' && s[e] != '\n' {
				continue
			}
			out = append(out, span{start: a, end: e, kind: KindName})
		}
	}
	return out
}

// mayHoldRecipientList21 is recipientListSpans21's cheap test.
func mayHoldRecipientList21(tp *textPairs, sig uint32) bool {
	return sig&sigComma != 0 && tp.contains(" for ") && (tp.contains(", tel") || tp.contains(", phone") ||
		tp.contains(", [REDACTED:phone]") || tp.contains(", mobile"))
}

// recipientListSpans21 adds a recipient written as a list after "for": the
// name, then the address up to the phone that closes the list ("label for
// Given Family, Street 12, 110 00 Town, tel +420 …"). The address must
// hold a number; the name is shaped as a person's or was redacted.
func recipientListSpans21(s string, have []span, out []span) []span {
	for p := 0; ; {
		i := strings.Index(s[p:], " for ")
		if i < 0 {
			break
		}
		a := p + i + 5
		p = a
		c := strings.Index(s[a:min(len(s), a+80)], ", ")
		if c <= 0 {
			continue
		}
		name := s[a : a+c]
		k := a + c + 2
		lim := min(len(s), k+160)
		e := -1
		for _, w := range []string{", tel", ", phone", ", [REDACTED:phone]", ", mobile", ", +"} {
			if j := strings.Index(s[k:lim], w); j > 0 && (e < 0 || k+j < e) {
				e = k + j
			}
		}
		if e < 0 {
			continue
		}
		addr := s[k:e]
		if countDigits(addr) == 0 || strings.ContainsAny(addr, "\n\"\\;|") || hasMarker(addr) || strings.Contains(addr, "://") {
			continue
		}
		marked := name == "[REDACTED:name]"
		if !marked && (countDigits(name) > 0 || hasMarker(name) || !(personName21(name) || caselessWords(name))) {
			continue
		}
		if !marked && !overlapsAny(have, a, a+c) {
			out = append(out, span{start: a, end: a + c, kind: KindName})
		}
		if !overlapsAny(have, k, e) {
			out = append(out, span{start: k, end: e, kind: KindAddress})
		}
	}
	return out
}

// nameSpanAt21 reports a name span of have that covers s[a:e].
func nameSpanAt21(have []span, a, e int) bool {
	for _, x := range have {
		if x.kind == KindName && x.start <= a && x.end >= e {
			return true
		}
	}
	return false
}
