package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names in the free text buyers and staff write, found by the place that
// writing gives them rather than by a key or a trigger:
//   - the first line of a signature, after its "-- " delimiter (RFC 3676;
//     "--" alone too): "…\n-- \nAroha Ngata\n", also with the newlines
//     escaped in JSON held in a string;
//   - the name written before an order's reference in brackets, in the
//     buyers' languages: "Wanjiru Chebet (order 467-3020583-…)", "Fleur
//     van 't Hof (bestelling 671-…)", "Ayşe Kaya (sipariş #4411)".
//
// Two name-shaped words or more (capitalised, or of a script without
// case; particles between), or one given name of the lexicon
// (names_lexicon.go). A line or a run that holds a word of teams,
// services, places or goods (notNames, stopNouns) or a legal form is no
// person's: "-- \nCustomer Service Team", "Acme Store (order 1234)".

// mayHoldFreeNames is the cheap test before freeNameSpans.
func mayHoldFreeNames(s string, sig uint32) bool {
	return sig&sigLParen != 0 || sig&(sigNL|sigBackslash) != 0 && strings.Contains(s, "--")
}

// freeNameSpans returns the names of signatures and before order
// references in s.
func freeNameSpans(s string, sig uint32) []span {
	var out []span
	if sig&(sigNL|sigBackslash) != 0 {
		for p := 0; p < len(s); {
			d := strings.Index(s[p:], "--")
			if d < 0 {
				break
			}
			d += p
			p = d + 2
			if k := sigLineStart(s, d); k > 0 {
				if e := freeNameEnd(s, k); e > 0 {
					out = append(out, span{start: k, end: e, kind: KindName})
				}
			}
			if k := sigLine14(s, d); k > 0 {
				if e := sigName14(s, k); e > k {
					out = append(out, span{start: k, end: e, kind: KindName}) // the shapes the lexicon does not know (names14_free.go)
				}
			}
		}
	}
	if sig&sigLParen != 0 {
		for p := 0; p < len(s); {
			o := strings.IndexByte(s[p:], '(')
			if o < 0 {
				break
			}
			o += p
			p = o + 1
			if !bracketOrderRef(s, o+1) {
				continue
			}
			if a := freeNameBefore(s, o); a >= 0 {
				e := o
				for e > a && s[e-1] == ' ' {
					e--
				}
				out = append(out, span{start: a, end: e, kind: KindName})
			}
			if o >= 2 && s[o-1] == ' ' {
				if a, b := bracketName14(s, o-1); a < b {
					out = append(out, span{start: a, end: b, kind: KindName}) // (names14_free.go)
				}
			}
		}
	}
	return out
}

// sigLineStart returns where the line after a signature delimiter at d
// ("--" at a line's start, alone on it but for one space) starts, or 0.
func sigLineStart(s string, d int) int {
	switch {
	case d >= 1 && s[d-1] == '\n':
	case d >= 2 && s[d-2] == '\\' && s[d-1] == 'n':
	default:
		return 0
	}
	k := d + 2
	if k < len(s) && s[k] == ' ' {
		k++
	}
	b := k
	for b < len(s) && s[b] == '\\' && b-k < 8 {
		b++ // "\n", "\\n": a newline escaped once or more in JSON held in strings
	}
	switch {
	case k < len(s) && s[k] == '\n':
		k++
	case b > k && b < len(s) && s[b] == 'n':
		k = b + 1
	case k+3 < len(s) && s[k] == '\r' && s[k+1] == '\n':
		k += 2
	default:
		return 0
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) {
		return 0
	}
	return k
}

// freeNameEnd returns the end of a name that starts at k and ends its
// clause (the line's end, punctuation, a dash, a word in lower case), or 0.
func freeNameEnd(s string, k int) int {
	words, known, end := 0, 0, 0
	first, firstEnd := k, nameWordEnd(s, k)
	for words < 4 && k < len(s) {
		if words > 0 {
			pe := k
			for pe < len(s) && isAlpha(s[pe]) || pe < len(s) && s[pe] == '\'' {
				pe++
			}
			if pe > k && pe+1 < len(s) && s[pe] == ' ' && (particles[s[k:pe]] || s[k:pe] == "'t") {
				k = pe + 1 // "Fleur van 't Hof", "Ana de Souza"
				continue
			}
		}
		if !(isUpper(s[k]) || s[k] >= 0x80 && nameInitial(s[k:])) {
			break
		}
		we := nameWordEnd(s, k)
		if we-k < 1 || we < len(s) && (isDigit(s[we]) || s[we] == '_' || s[we] == '@' || s[we] == '/') {
			return 0
		}
		w := s[k:we]
		if plainWord(w) || legalForm(s, k, we) {
			return 0
		}
		cls := lexClass(strings.TrimSuffix(w, "."))
		if words >= 2 && cls == 0 && !(capsWord(w) && capsWord(s[first:firstEnd])) && !clauseEndsAt(s, we) {
			break // "Liam Gagnon Montréal card …": a third word goes on the name when it is known, in the name's capitals, or ends the clause
		}
		if cls != 0 {
			known++
		}
		words++
		end = we
		if we+1 < len(s) && s[we] == ' ' && s[we+1] != ' ' {
			k = we + 1
			continue
		}
		break
	}
	if words == 0 || words == 1 && known == 0 || signOffs[strings.ToLower(s[first:firstEnd])] {
		return 0 // ("-- \nBest regards": a closing, its name on the next line)
	}
	// The clause ends with the name: the line's end, punctuation, a dash,
	// a word in lower case ("Aroha Ngata tracking …"), or a place after it.
	if end < len(s) && words < 2 || end < len(s) && words >= 2 && !(s[end] == ' ' && end+1 < len(s) && (isUpper(s[end+1]) || s[end+1] >= 0x80)) {
		c := s[end]
		switch {
		case c == '\n' || c == '\r' || c == ',' || c == ';' || c == '.' || c == '|' || c == '"' || c == '\\' || c == '(' || c == '<':
		case c == ' ' && end+1 < len(s) && (isLowerASCII(s[end+1]) || strings.HasPrefix(s[end+1:], "—") || strings.HasPrefix(s[end+1:], "–") || strings.IndexByte("-|<([", s[end+1]) >= 0):
		default:
			return 0
		}
	}
	return end
}

// capsWord reports a word written in capitals.
func capsWord(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// clauseEndsAt reports the end of a clause at e: the text's or the line's
// end, or punctuation.
func clauseEndsAt(s string, e int) bool {
	return e >= len(s) || strings.IndexByte("\n\r,;.|\"\\(<", s[e]) >= 0
}

// signOffs open a closing line, not a name.
var signOffs = setOf("best", "kind", "warm", "warmest", "regards", "thanks", "thank", "cheers", "sincerely", "sent",
	"greetings", "mit", "viele", "beste", "liebe", "cordialement", "bien", "saludos", "atentamente", "un", "cordiali",
	"distinti", "atenciosamente", "abraços", "pozdrawiam", "groeten", "met", "hälsningar", "vänliga", "med",
	"ystävällisin", "terima", "salam", "regards,", "thanks,")

// plainWord reports a word of teams, services, places, goods or
// organisations: no person's.
func plainWord(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	lw := string(lower(buf[:0], strings.TrimSuffix(w, ".")))
	return notNames[lw] || stopNouns[lw]
}

// orderRefWords are "order" and its number's words in the buyers'
// languages, as they open a reference in brackets: orderWords and more.
var orderRefWords = setOf(append([]string{"encomenda", "bestelling", "beställning", "zamówienie", "objednávka",
	"rendelés", "sipariş", "oda", "agizo", "đơn", "order#", "order_id", "заказ", "замовлення", "поръчка",
	"παραγγελία", "طلب", "הזמנה", "注文", "订单", "訂單", "주문", "คำสั่งซื้อ", "ऑर्डर", "narudžba", "užsakymas",
	"pasūtījums", "tellimus", "pöntun", "bestillingsnr", "auftrag", "ord", "ref", "ticket"}, orderWords...)...)

// bracketOrderRef reports an order's reference at k, just inside a bracket:
// an order word, then a number ("order 467-…", "bestelling #6714", "注文
// 1234").
func bracketOrderRef(s string, k int) bool {
	e := k
	for e < len(s) && e-k < 40 {
		r, n := utf8.DecodeRuneInString(s[e:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '#' && r != '_' {
			break
		}
		e += n
	}
	if e == k || e-k > 36 {
		return false
	}
	w := strings.ToLower(strings.TrimSuffix(s[k:e], "#"))
	if !orderRefWords[w] {
		return false
	}
	e = orderRefNext28(s, e) // "đơn hàng 579-…" (nm28_orderref.go)
	for e < len(s) && (s[e] == ' ' || s[e] == '#' || s[e] == ':' || s[e] == '.' || s[e] == 'n' && e+2 < len(s) && s[e+1] == 'o' && s[e+2] == '.') {
		if s[e] == 'n' {
			e += 2
		}
		e++
	}
	return e < len(s) && isDigit(s[e])
}

// freeNameBefore returns the start of a name that ends before the bracket
// at o (one space between), or -1.
func freeNameBefore(s string, o int) int {
	q := o
	if q > 0 && s[q-1] == ' ' {
		q--
	} else {
		return -1
	}
	words, known, start, givenSeen := 0, 0, -1, false
	for words < 4 && q > 0 {
		a := q
		for a > 0 && s[a-1] != ' ' && s[a-1] != '\n' && s[a-1] != '\t' && s[a-1] != '"' && s[a-1] != '>' && s[a-1] != '(' && s[a-1] != ':' {
			a--
		}
		if a == q {
			break
		}
		w := s[a:q]
		if words > 0 && (particles[w] || w == "'t") {
			q = a
			if q > 0 && s[q-1] == ' ' {
				q--
				continue
			}
			break
		}
		if !(isUpper(w[0]) || w[0] >= 0x80 && nameInitial(w)) || nameWordEnd(s, a) != q && !(nameWordEnd(s, a) == q-1 && s[q-1] == '.') {
			break
		}
		if plainWord(w) || legalForm(s, a, q) || strings.HasSuffix(w, ".") && len(w) > 2 {
			break // "… delivered. Jane Roe (order …)": a sentence's full stop is no initial
		}
		cls := lexClass(strings.TrimSuffix(w, "."))
		if givenSeen && cls == 0 {
			break // "The Govtech Fund Abdullah Al Shamsi (…": a name starts at its given name
		}
		if cls != 0 {
			known++
		}
		givenSeen = givenSeen || cls&lexGiven != 0
		words++
		start = a
		q = a
		if q > 0 && s[q-1] == ' ' {
			q--
			continue
		}
		break
	}
	if start < 0 || known == 0 || words == 1 && strings.HasSuffix(s[start:o], ".") {
		return -1 // ("Payment Failed (order 5521)": a status, no known name's word in it)
	}
	// The name opens its clause: what is before it ends one.
	if start > 0 {
		p := start - 1
		for p > 0 && s[p] == ' ' {
			p--
		}
		c := s[p]
		if !(c == '.' || c == ',' || c == ':' || c == ';' || c == '\n' || c == '"' || c == '>' || c == '|' || c == '(' || c == '!' || c == '?' || c == ']' || c == 'n' && p > 0 && s[p-1] == '\\' || c >= 0x80 || isLowerASCII(c)) {
			return -1
		}
	}
	return start
}
