package redact

import "strings"

// People in the fixed places of interchange formats. Directory entries,
// label printers, payment terminals, SWIFT messages, telephony configs,
// spreadsheet dumps and fixed-width exports each put a person's name (and
// an address) where the format says it goes, whatever the name looks like:
//
//   - an LDIF entry of a person's object class (person, inetOrgPerson,
//     organizationalPerson, residentialPerson, user, contact): its name
//     attributes (cn, sn, givenName, displayName…) whatever its dn says
//     (people21_scan.go);
//   - a ZPL text field that opens with a party's heading ("^FDSHIP TO:
//     Given Family^FS"): the rest of the field is the party's name, or its
//     address when it reads as one;
//   - the cardholder name of an EMV tag dump (tag 5F20, "FAMILY/GIVEN");
//   - a receipt's member line ("LOYALTY: A. Family  …", "Member: …");
//   - a display name in quotes before a number in angle brackets, as
//     telephony writes a caller ("callerid=\"Given Family\" <642>", a CDR's
//     clid "\"Given Family\" <+…>"), and the full name of an Asterisk
//     voicemail box ("642 => 1234,Given Family,mail@…");
//   - the SWIFT MT beneficiary (":59:", ":59F:"): the line after the
//     account is the party's name when it is shaped as a person's, and the
//     lines after it that hold a digit or a comma its address (the ordering
//     customer, a shop's own name in its payouts, is kept);
//   - a spreadsheet's cell dump ("B275='Given Family' C275='…'"): a quoted
//     cell shaped as a name, or reading as an address, in a row whose other
//     cells hold PII (people21_cells.go);
//   - a fixed-width record whose first column runs into the name (a
//     customer number padded to its width, "0073563819NJERI WANJIKU   …"),
//     in a row that holds other PII (people21_cells.go);
//   - a sender's name above an address, and the new side of an address
//     change (people21_prose.go).
//
// Each needs the format's own marker before anything is read.

// mayHoldPeople21 is people21Spans's cheap test.
func mayHoldPeople21(s string, sig uint32, have []span, tp *textPairs) bool {
	return sig&sigNL != 0 && tp.contains("bjectClass") ||
		tp.contains("^FD") ||
		tp.contains("5F20") ||
		sig&sigColon != 0 && mayHoldMember21(tp) ||
		sig&sigQuote != 0 && tp.contains("\" <") ||
		tp.contains(" => ") ||
		sig&sigColon != 0 && mayHoldSwift59(s) ||
		sig&sigApos != 0 && tp.contains("='") ||
		mayHoldFixedWidth(s, tp) ||
		mayHoldSenderLine21(tp, sig) ||
		mayHoldChangeTo21(tp, have) ||
		mayHoldCallerParen21(tp, have) ||
		mayHoldClosing21(s, sig, len(have) > 0) ||
		mayHoldLatinRole21(s, sig) ||
		mayHoldSortCodeRow21(s, sig) ||
		mayHoldRecipientList21(tp, sig) ||
		mayHoldContact23(tp)
}

// people21Spans returns the names and addresses of s's formats above.
func people21Spans(s string, sig uint32, have []span, tp *textPairs) []span {
	var out []span
	if sig&sigNL != 0 && strings.Contains(s, "bjectClass") {
		out = ldifPersonSpans21(s, out)
	}
	if strings.Contains(s, "^FD") {
		out = zplHeadingSpans21(s, have, out)
		out = zplShipToLines23(s, have, out) // the address lines under it (people23_zpl.go)
	}
	if strings.Contains(s, "5F20") {
		out = emvNameSpans21(s, out)
	}
	if sig&sigColon != 0 && mayHoldMember21(tp) {
		out = memberNameSpans21(s, out)
	}
	if sig&sigQuote != 0 && strings.Contains(s, "\" <") {
		out = displayNameSpans21(s, out)
	}
	if strings.Contains(s, " => ") {
		out = voicemailNameSpans21(s, out)
	}
	if sig&sigColon != 0 && mayHoldSwift59(s) {
		out = swiftPartySpans21(s, out)
	}
	marked := sig&sigLBrack != 0 && hasMarker(s)
	if sig&sigApos != 0 && strings.Contains(s, "='") && (len(have) > 0 || marked) {
		out = sheetCellSpans21(s, have, out)
	}
	if (len(have) > 0 || marked) && mayHoldFixedWidth(s, tp) {
		out = gluedFixedNameSpans21(s, have, out)
		out = fixedStreetSpans23(s, have, out, out) // the street after the name (people23_cells.go)
	}
	if (len(have) > 0 || marked) && mayHoldSenderLine21(tp, sig) {
		out = senderLineSpans21(s, have, out) // people21_prose.go
	}
	if mayHoldChangeTo21(tp, have) {
		out = changeToSpans21(s, have, out)
	}
	if mayHoldCallerParen21(tp, have) {
		out = callerParenSpans21(s, have, out)
	}
	if mayHoldClosing21(s, sig, len(have) > 0 || marked) {
		out = closingNameSpans21(s, have, out)
	}
	if mayHoldLatinRole21(s, sig) {
		out = latinRoleSpans21(s, out)
	}
	if mayHoldSortCodeRow21(s, sig) {
		out = sortCodeRowSpans21(s, out) // people21_cells.go
	}
	if mayHoldRecipientList21(tp, sig) {
		out = recipientListSpans21(s, have, out)
	}
	if mayHoldContact23(tp) {
		out = contactPhoneNameSpans23(s, have, out) // "BENEFICIARY CONTACT Given Family +30 …" (people23_contact.go)
	}
	return out
}

// personName21 reports a value shaped as a person's name as a role key's
// value is (roleName): capitalised or capital words, initials, a script
// without case, "Family, Given"; no word of teams, trade or goods.
func personName21(v string) bool {
	return v != "" && roleName(v) && !plainRun(withoutInitials21(v))
}

// withoutInitials21 returns v without its initials ("A. Family" →
// "Family"): an initial is no word of goods or places.
func withoutInitials21(v string) string {
	if !strings.Contains(v, ". ") {
		return v
	}
	var b strings.Builder
	for _, w := range strings.Fields(v) {
		if len(w) <= 3 && strings.HasSuffix(w, ".") {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// ldifPersonClasses are the LDAP object classes of a person's entry.
var ldifPersonClasses = setOf("person", "organizationalperson", "inetorgperson", "residentialperson", "user",
	"contact", "shadowperson")

// ldifPersonSpans21 adds the name attributes of the LDIF entries of s (an
// entry ends at an empty line) whose object class is a person's.
func ldifPersonSpans21(s string, out []span) []span {
	for a := 0; a < len(s); {
		e := strings.Index(s[a:], "\n\n")
		if e < 0 {
			e = len(s)
		} else {
			e += a
		}
		if ent := s[a:e]; ldifPersonEntry21(ent) {
			for _, x := range ldifNameSpans(ent, nil) {
				if v := ent[x.start:x.end]; !serviceLike21(v) {
					out = append(out, span{start: a + x.start, end: a + x.end, kind: KindName})
				}
			}
		}
		a = e + 2
	}
	return out
}

// ldifPersonEntry21 reports an entry with an objectClass line of a
// person's class.
func ldifPersonEntry21(ent string) bool {
	for off := 0; ; {
		i := strings.Index(ent[off:], "bjectClass:")
		if i < 0 {
			i = strings.Index(ent[off:], "bjectclass:")
			if i < 0 {
				return false
			}
		}
		i += off
		le := strings.IndexByte(ent[i:], '\n')
		if le < 0 {
			le = len(ent)
		} else {
			le += i
		}
		v := strings.TrimSpace(strings.TrimRight(ent[i+len("bjectClass:"):le], "\r"))
		var buf [32]byte
		if len(v) <= len(buf) && ldifPersonClasses[string(lower(buf[:0], v))] {
			return true
		}
		off = le
	}
}

// serviceLike21 reports a value written as an account's name rather than
// a person's: lower case joined by '-', '_' or '.' ("svc-backup").
func serviceLike21(v string) bool {
	if strings.ContainsAny(v, "_@") {
		return true
	}
	return v != "" && v[0] >= 'a' && v[0] <= 'z' && strings.ContainsAny(v, "-.")
}

// zplHeadingSpans21 adds the rest of each ZPL text field that opens with a
// party's heading and a colon ("^FDSHIP TO: Given Family^FS"), in a text
// that holds other PII; a name the name lists know (zplName) needs none.
func zplHeadingSpans21(s string, have []span, out []span) []span {
	other := len(have) > 0 || hasMarker(s)
	for p := 0; ; {
		i := strings.Index(s[p:], "^FD")
		if i < 0 {
			break
		}
		a := p + i + 3
		j := strings.Index(s[a:], "^FS")
		if j < 0 {
			break
		}
		b := a + j
		p = b + 3
		v := s[a:b]
		c := strings.IndexAny(v, ":：")
		if c <= 0 || c > 32 || !isBlockHeading(v[:c]) {
			continue
		}
		k := c + 1
		if v[c] != ':' {
			k = c + len("：")
		}
		for k < len(v) && v[k] == ' ' {
			k++
		}
		e := len(v)
		for e > k && v[e-1] == ' ' {
			e--
		}
		rest := v[k:e]
		if rest == "" || hasMarker(rest) || overlapsAny(have, a+k, a+e) {
			continue
		}
		switch {
		case countDigits(rest) == 0 && personName21(rest) && (other || zplName(rest)): // (alone: dm31_labels.go)
			out = append(out, span{start: a + k, end: a + e, kind: KindName})
		case other && zplAddress(rest):
			out = append(out, span{start: a + k, end: a + e, kind: KindAddress})
		}
	}
	return out
}

// emvNameSpans21 adds the cardholder name of EMV tag 5F20 written as
// "5F20=FAMILY/GIVEN" or "5F20: …" in a tag dump: up to the next tag
// ("57=…") or the line's end.
func emvNameSpans21(s string, out []span) []span {
	for p := 0; ; {
		i := strings.Index(s[p:], "5F20")
		if i < 0 {
			break
		}
		i += p
		p = i + 4
		if i > 0 && isAlnum(s[i-1]) {
			continue
		}
		a := i + 4
		if a >= len(s) || s[a] != '=' && s[a] != ':' {
			continue
		}
		a++
		for a < len(s) && s[a] == ' ' {
			a++
		}
		e := emvValueEnd21(s, a)
		v := strings.TrimRight(s[a:e], " ,;")
		if v == "" || hasMarker(v) || countDigits(v) > 0 {
			continue
		}
		// the name is written FAMILY/GIVEN: read it as words
		w := strings.TrimSpace(strings.ReplaceAll(v, "/", " "))
		if w != "" && (personName21(w) || argName(w) && !plainRun(w) || n14HanOrHangulName(w) || caselessWords(w)) {
			out = append(out, span{start: a, end: a + len(v), kind: KindName})
		}
	}
	return out
}

// emvValueEnd21 returns the end of the tag value at a: a line break, a
// quote, or a space before the next tag ("9F26=…", "57=…").
func emvValueEnd21(s string, a int) int {
	for e := a; e < len(s); e++ {
		switch s[e] {
		case '\n', '\r', '"', '\\', '|', '\t':
			return e
		case ' ':
			k := e + 1
			for k < len(s) && k-e <= 5 && (isDigit(s[k]) || s[k] >= 'A' && s[k] <= 'F') {
				k++
			}
			if k-e >= 3 && k < len(s) && (s[k] == '=' || s[k] == ':') {
				return e
			}
		}
	}
	return len(s)
}

// memberLabels21 are the labels of a receipt's or a till's member line,
// lower case.
var memberLabels21 = setOf("loyalty", "loyalty member", "loyalty card holder", "member", "member name", "club member",
	"cardholder", "card holder", "mitglied", "kundenkarte", "membre", "fidélité", "carte fidélité", "socio", "miembro",
	"cliente fidelidade", "lid", "klantenkaart", "üye", "член", "участник", "член клубу", "会员", "會員", "会員",
	"회원", "สมาชิก", "anggota", "member card", "thành viên", "tagja", "člen", "członek", "μέλος", "félag")

// mayHoldMember21 reports text that may hold a member line (tp: the
// text's pairs).
func mayHoldMember21(tp *textPairs) bool {
	return tp.contains("OYALTY") || tp.contains("oyalty") || tp.contains("EMBER") ||
		tp.contains("ember") || tp.contains("older") || tp.contains("OLDER") || tp.contains("itglied") ||
		tp.contains("embre") || tp.contains("ocio") || tp.contains("iembro") ||
		tp.contains("idél") || tp.contains("会員") || tp.contains("会员") ||
		tp.contains("會員") || tp.contains("회원") || tp.contains("สมาชิก") ||
		tp.contains("член") || tp.contains("üye") || tp.contains("nggota")
}

// memberNameSpans21 adds the name after a member label and a colon, up to
// a column gap (two spaces), a tab or the line's end.
func memberNameSpans21(s string, out []span) []span {
	for p := 0; p < len(s); {
		c := strings.IndexByte(s[p:], ':')
		if c < 0 {
			break
		}
		c += p
		p = c + 1
		ls := c
		for ls > 0 && c-ls < 28 && s[ls-1] != '\n' && s[ls-1] != '\t' && s[ls-1] != '"' && s[ls-1] != ',' && s[ls-1] != ';' && !(s[ls-1] == 'n' && ls >= 2 && s[ls-2] == '\\') {
			ls--
		}
		lab := strings.TrimSpace(s[ls:c])
		if lab == "" || len(lab) > 26 {
			continue
		}
		var buf [32]byte
		if !memberLabels21[string(lower(buf[:0], lab))] {
			continue
		}
		a := c + 1
		for a < len(s) && s[a] == ' ' {
			a++
		}
		e := a
		for e < len(s) && s[e] != '\n' && s[e] != '\r' && s[e] != '\t' && s[e] != '"' && s[e] != '\\' && !(s[e] == ' ' && e+1 < len(s) && s[e+1] == ' ') {
			e++
		}
		if v := strings.TrimRight(s[a:e], " ,;"); v != "" && countDigits(v) == 0 && !hasMarker(v) && personName21(v) {
			out = append(out, span{start: a, end: a + len(v), kind: KindName})
		}
	}
	return out
}

// displayNameSpans21 adds a display name in quotes right before a number
// in angle brackets ("\"Given Family\" <642>", "\"Given Family\"
// <+3712…>", "<sip:…>", "<[REDACTED:phone]>"), as SIP, Asterisk and CDRs
// write a caller. An e-mail address in the brackets is another pass's.
func displayNameSpans21(s string, out []span) []span {
	for p := 0; ; {
		i := strings.Index(s[p:], "\" <")
		if i < 0 {
			break
		}
		q := p + i // the closing quote
		p = q + 3
		t := s[q+3:]
		if !(len(t) > 0 && (isDigit(t[0]) || t[0] == '+') || strings.HasPrefix(t, "sip:") || strings.HasPrefix(t, "tel:") ||
			strings.HasPrefix(t, "[REDACTED:phone") || strings.HasPrefix(t, "+[REDACTED:phone")) {
			continue
		}
		e := q
		for e > 0 && s[e-1] == '"' || e > 0 && s[e-1] == '\\' {
			e-- // a quote doubled in a CSV cell, or escaped
		}
		a := strings.LastIndexByte(s[:e], '"')
		if a < 0 || e-a > 80 {
			continue
		}
		a++
		v := s[a:e]
		if v == "" || strings.ContainsAny(v, "\n\\") || countDigits(v) > 0 || hasMarker(v) {
			continue
		}
		if personName21(v) || n14HanOrHangulName(v) {
			out = append(out, span{start: a, end: e, kind: KindName})
		}
	}
	return out
}

// voicemailNameSpans21 adds the full name of an Asterisk voicemail.conf
// mailbox line: "mailbox => password,full name,email[,pager,options]".
func voicemailNameSpans21(s string, out []span) []span {
	for p := 0; ; {
		i := strings.Index(s[p:], " => ")
		if i < 0 {
			break
		}
		i += p
		p = i + 4
		ls := i
		for ls > 0 && isDigit(s[ls-1]) {
			ls--
		}
		if ls == i || ls > 0 && s[ls-1] != '\n' && s[ls-1] != ' ' && !(s[ls-1] == 'n' && ls >= 2 && s[ls-2] == '\\') {
			continue
		}
		le, _ := otpLineEnd(s, i)
		line := s[i+4 : le]
		c1 := strings.IndexByte(line, ',')
		if c1 < 0 {
			continue
		}
		rest := line[c1+1:]
		c2 := strings.IndexByte(rest, ',')
		if c2 < 0 {
			c2 = len(rest)
		}
		v := strings.TrimSpace(rest[:c2])
		if v == "" || countDigits(v) > 0 || hasMarker(v) {
			continue
		}
		if personName21(v) || n14HanOrHangulName(v) {
			a := i + 4 + c1 + 1 + strings.Index(rest[:c2], v)
			out = append(out, span{start: a, end: a + len(v), kind: KindName})
		}
	}
	return out
}

// swiftPartyTags21 are the SWIFT MT tags of the beneficiary customer
// written as lines. The ordering customer (":50K:") of a shop's outgoing
// payments (refunds, payouts) is the shop itself, often named as a person
// is ("Nova Poshta"), and is not read by shape.
var swiftPartyTags21 = []string{":59:", ":59F:"}

// mayHoldSwift59 reports a ":59:" or ":59F:" tag at a line's start.
func mayHoldSwift59(s string) bool {
	for p := 0; ; {
		i := indexRare(s[p:], ":59")
		if i < 0 {
			return false
		}
		i += p
		p = i + 3
		if (i == 0 || s[i-1] == '\n' || i >= 2 && s[i-1] == 'n' && s[i-2] == '\\') && p < len(s) && (s[p] == ':' || s[p] == 'F') {
			return true
		}
	}
}

// swiftPartySpans21 adds the name and address lines of the SWIFT MT party
// fields of s.
func swiftPartySpans21(s string, out []span) []span {
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls)
		line := s[ls:le]
		ls0 := ls
		ls = next
		tag := ""
		for _, t := range swiftPartyTags21 {
			if strings.HasPrefix(line, t) {
				tag = t
				break
			}
		}
		if tag == "" {
			continue
		}
		// the tag's own line holds the account ("/DE…") or the name
		type ln struct{ a, b int }
		var lines []ln
		if r := strings.TrimSpace(line[len(tag):]); r != "" && r[0] != '/' {
			lines = append(lines, ln{ls0 + len(tag), le})
		}
		for p := next; p < len(s) && len(lines) < 5; {
			e, n := otpLineEnd(s, p)
			if e == p || s[p] == ':' && p+1 < len(s) && isDigit(s[p+1]) || s[p] == '-' || s[p] == '}' {
				break
			}
			lines = append(lines, ln{p, e})
			p = n
		}
		if len(lines) == 0 {
			continue
		}
		name := false
		for k, l := range lines {
			a, b := l.a, l.b
			v := s[a:b]
			if tag == ":59F:" {
				// structured: "1/NAME", "2/ADDRESS", "3/CC/TOWN"
				if len(v) >= 2 && isDigit(v[0]) && v[1] == '/' {
					a += 2
					v = v[2:]
				}
			}
			v = strings.TrimRight(v, " \r")
			if v == "" || hasMarker(v) {
				continue
			}
			if k == 0 {
				if countDigits(v) == 0 && personName21(v) {
					out = append(out, span{start: a, end: a + len(v), kind: KindName})
					name = true
				}
				continue
			}
			if name && (countDigits(v) > 0 || strings.Contains(v, ",")) {
				out = append(out, span{start: a, end: a + len(v), kind: KindAddress})
			}
		}
	}
	return out
}
