package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names in the lines of reports and transcripts that no key or role word
// before them gives away to the word scanner:
//
//   - a bank statement's ":86:" field (SWIFT MT940/MT942) names the parties
//     by subfield codes, in capitals as often as not: "/BENM/GIVEN FAMILY/",
//     "/ORDP//NAME/Given Family/", "/ULTD/…", and the German "?32GIVEN
//     FAMILY?33…";
//   - a transcript says the word for "name" and the name after it, without
//     a colon, as a clause of its own: "Hi, name Given Family, phone …",
//     "Bonjour, nom …", "こんにちは, 氏名 …", "Merhaba, ad soyad …";
//   - a tax report's row without a header (the EU's VAT OSS return,
//     "OSS;Q4-2026;MX;Given Family;FR700221746;…") puts the buyer's name
//     beside a VAT number and nothing else says it is a name;
//   - a fixed-width report wraps a holder's name onto the next line
//     ("holder Given\nFamily amount …"): the word scanner takes the first
//     part after the role word and stops at the line's end.
//
// Every value is held to a person's shape as a role key's is (roleName): a
// company, a team, a status or a code in the same place stays.

// mayHoldNames15 is the cheap test before names15Spans.
func mayHoldNames15(s string, sig uint32) bool {
	return sig&(sigComma|sigNL) != 0 || strings.Contains(s, ":86:")
}

// names15Spans returns the names of s found by the readers of this file;
// rows says s has three or more of ';', '\t', '|', and have are the spans
// found so far.
func names15Spans(s string, sig uint32, rows bool, have []span) []span {
	var out []span
	if rows {
		out = taxRowNameSpans(s, out)
	}
	if strings.Contains(s, ":86:") {
		out = statementPartySpans(s, out)
	}
	if sig&sigComma != 0 {
		out = spokenNameSpans(s, out)
	}
	if sig&sigNL != 0 && len(have) > 0 {
		out = wrappedNameSpans(s, have, out)
	}
	return out
}

// partyCodes are the :86: subfield codes of a party's name.
var partyCodes = []string{"/BENM/", "/ORDP/", "/ULTB/", "/ULTD/", "/NAME/", "?32", "?33"}

// statementPartySpans reads the parties' names of a statement's ":86:"
// fields.
func statementPartySpans(s string, out []span) []span {
	for f := strings.Index(s, ":86:"); f >= 0; {
		end := strings.Index(s[f+4:], "\n:")
		if end < 0 {
			end = len(s)
		} else {
			end += f + 4
		}
		field := s[f:end]
		for _, code := range partyCodes {
			for p := strings.Index(field, code); p >= 0; {
				a := f + p + len(code)
				if strings.HasPrefix(s[a:], "/NAME/") {
					a += len("/NAME/") // "/ORDP//NAME/…"
				}
				stop := "/"
				if code[0] == '?' {
					stop = "?"
				}
				b := strings.Index(s[a:end], stop)
				if b < 0 {
					b = end - a
				}
				if v := strings.TrimSpace(s[a : a+b]); v != "" && roleName(v) {
					out = append(out, span{start: a, end: a + b, kind: KindName})
				}
				q := strings.Index(field[p+len(code):], code)
				if q < 0 {
					break
				}
				p += len(code) + q
			}
		}
		n := strings.Index(s[end:], ":86:")
		if n < 0 {
			break
		}
		f = end + n
	}
	return out
}

// spokenNameWords are the words for "name" that a speaker says before
// their name, lower-cased, in the languages of the shops' buyers.
var spokenNameWords = setOf("name", "names", "full name", "nom", "nom complet", "nombre", "nome", "naam", "nama",
	"nama lengkap", "ad soyad", "adı soyadı", "adım", "isim", "imię i nazwisko", "imię", "имя", "фио", "tên",
	"họ tên", "navn", "namn", "nimi", "jina", "pangalan", "氏名", "姓名", "名前", "お名前", "이름", "성명", "ชื่อ",
	"الاسم", "اسمي", "नाम", "שם")

// spokenNameSpans reads "…, name Given Family, …": the word for "name"
// opening a clause (at the text's start or after ", "), the name after it
// up to the clause's end.
func spokenNameSpans(s string, out []span) []span {
	for c := 0; c < len(s); {
		k := c
		if c > 0 || !spokenNameStart(s, 0) {
			i := indexRare(s[c:], ", ")
			if i < 0 {
				break
			}
			k = c + i + 2
			c = k
			if !spokenNameStart(s, k) {
				continue
			}
		} else {
			c = 1
		}
		a := spokenNameWordEnd(s, k)
		if a <= k {
			continue
		}
		e := a
		for e < len(s) && e-a < 96 && !strings.ContainsRune(",;.!?\n\"()[]{}<>", rune(s[e])) {
			e++
		}
		if e == len(s) || s[e] == ',' || s[e] == '.' || s[e] == '\n' || s[e] == ';' {
			if v := strings.TrimRight(s[a:e], " "); v != "" && roleName(v) {
				out = append(out, span{start: a, end: a + len(v), kind: KindName})
				c = e
			}
		}
	}
	return out
}

// spokenNameStart is the cheap test of a clause's first byte: a letter
// that may start one of spokenNameWords.
func spokenNameStart(s string, k int) bool {
	if k >= len(s) {
		return false
	}
	switch c := s[k] | 0x20; {
	case c == 'n' || c == 'a' || c == 'i' || c == 't' || c == 'h' || c == 'f' || c == 'j' || c == 'p':
		return true
	}
	return s[k] >= 0xC0 // a word of another script
}

// spokenNameWordEnd returns where the name starts after a word for "name"
// at k (and its space), or 0.
func spokenNameWordEnd(s string, k int) int {
	// the word is one to three words long: "name", "ad soyad", "imię i nazwisko"
	e := k
	for w := 0; w < 3 && e < len(s); w++ {
		for e < len(s) && s[e] != ' ' && s[e] != ',' {
			e++
		}
		if e-k > 24 || e >= len(s) || s[e] != ' ' {
			return 0
		}
		var buf [32]byte
		lw := lowerWord15(buf[:0], s[k:e])
		if spokenNameWords[string(lw)] {
			a := e + 1
			if a < len(s) && (isUpper(s[a]) || s[a] >= 0xC0) {
				return a
			}
		}
		e++
	}
	return 0
}

// lowerWord15 appends w in lower case, letters beyond ASCII too.
func lowerWord15(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < 0x80 {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// wrapRoles are the role words whose name a report may wrap onto the next
// line.
var wrapRoles = []string{"holder ", "cardholder ", "account holder ", "beneficiary ", "recipient ", "payee ", "payer ",
	"customer ", "buyer ", "titular ", "inhaber ", "titulaire ", "intestatario ", "rekeninghouder "}

// wrappedNameSpans returns the rest of a name that a line break cut after
// a role word: a name span of have that ends the line, after a role word,
// and on the next line one to three capitalised words (particles inside)
// that go on in lower case or end the text ("holder Given\nFamily amount").
func wrappedNameSpans(s string, have []span, out []span) []span {
	for _, x := range have {
		if x.kind != KindName || x.end >= len(s)-1 || s[x.end] != '\n' || strings.IndexByte(s[x.start:x.end], ' ') >= 0 || !afterWrapRole(s, x.start) {
			continue // (a whole name on the role's line is followed by other lines, not by its rest)
		}
		a := x.end + 1
		e, words := a, 0
		for e < len(s) && particleNext(s, e) {
			e = strings.IndexByte(s[e:], ' ') + e + 1 // "holder Given\nvan der Family": the family name's particles
		}
		body := e
		for words < 3 && e < len(s) {
			we := nameWordEnd(s, e)
			if we <= e {
				break
			}
			w := s[e:we]
			if words > 0 && particles[w] {
				e = we + 1
				continue
			}
			if !capOrCaseless(w) {
				break
			}
			words++
			e = we
			if e < len(s) && s[e] == ' ' && e+1 < len(s) && (isUpper(s[e+1]) || s[e+1] >= 0xC0 || particleNext(s, e+1)) {
				e++
				continue
			}
			break
		}
		if words == 0 {
			continue
		}
		for e > a && s[e-1] == ' ' {
			e--
		}
		// the line goes on in lower case ("… amount 12.00") or the text ends
		if e == len(s) || s[e] == ' ' && lowerWordAt(s, e+1) {
			// one ASCII word the lexicon does not know may be a word of the
			// sentence ("holder Given\nRefund approved by …"): taken after
			// particles or before a field's label and its value ("… amount £10")
			v := s[body:e]
			known := body > a || e == len(s) || fieldNext15(s, e+1) || !asciiOnly15(v) || lexClass(v) != 0
			if roleName(v) || words == 1 && known && wrapWordAlone(v) {
				out = append(out, span{start: a, end: e, kind: KindName})
			}
		}
	}
	return out
}

// lowerWordAt reports a word of two or more lower-case ASCII letters at k
// ("amount"; not "x1").
func lowerWordAt(s string, k int) bool {
	e := k
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	return e-k >= 2 && (e == len(s) || !isWord(s[e]))
}

// particleNext reports a name's particle word at k ("de Vries").
func particleNext(s string, k int) bool {
	e := k
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	return e > k && e < len(s) && s[e] == ' ' && particles[s[k:e]]
}

// wrapWordAlone reports one word that may be the wrapped part of a name:
// no word of teams, trade or status.
func wrapWordAlone(w string) bool {
	if utf8.RuneCountInString(w) < 2 || hasDigitByte(w) {
		return false
	}
	var buf [48]byte
	if len(w) > len(buf) {
		return false
	}
	lw := string(lowerWord15(buf[:0], w))
	return !teamWords[lw] && !tradeWords[lw] && !notNames[lw] && !legalForms[lw] && !capsNotNames[lw]
}

// fieldNext15 reports a field's label in lower case at k and its value
// after it, which starts with no lower-case letter ("amount £10.00",
// "exp 09/29", "case CB-1").
func fieldNext15(s string, k int) bool {
	e := k
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	if e-k < 2 || e+1 >= len(s) || s[e] != ' ' && s[e] != ':' && s[e] != '=' {
		return false
	}
	if s[e] == ':' && s[e+1] == ' ' && e+2 < len(s) {
		e++
	}
	c := s[e+1]
	return !(c >= 'a' && c <= 'z') && c != ' ' && c != '\n'
}

// asciiOnly15 reports a word of ASCII letters only.
func asciiOnly15(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// afterWrapRole reports a role word right before k on its line.
func afterWrapRole(s string, k int) bool {
	ls := strings.LastIndexByte(s[:k], '\n') + 1
	line := s[max(ls, k-20):k]
	for _, r := range wrapRoles {
		if len(line) >= len(r) && strings.EqualFold(line[len(line)-len(r):], r) {
			return true
		}
	}
	return false
}

// taxRowNameSpans reads the rows of s split by ';', a tab or '|' for a
// cell shaped as a person's name next to a cell shaped as a VAT number.
// A company has a VAT number as often: the name must be written beyond
// ASCII or have a word the lexicon knows, and roleName leaves legal forms.
func taxRowNameSpans(s string, out []span) []span {
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		out = taxRowNames(s, ls, le, out)
		ls = le + 1
	}
	return out
}

// taxRowNames reads the row s[ls:le].
func taxRowNames(s string, ls, le int, out []span) []span {
	line := s[ls:le]
	var sep byte
	switch {
	case strings.Count(line, ";") >= 4:
		sep = ';'
	case strings.Count(line, "\t") >= 4:
		sep = '\t'
	case strings.Count(line, "|") >= 4:
		sep = '|'
	default:
		return out
	}
	var cb [24][2]int
	cells := cb[:0]
	for a := 0; a <= len(line) && len(cells) < len(cb); {
		b := strings.IndexByte(line[a:], sep)
		if b < 0 {
			b = len(line)
		} else {
			b += a
		}
		cells = append(cells, [2]int{a, b})
		a = b + 1
	}
	for i, c := range cells {
		if !vatShaped(line[c[0]:c[1]]) {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(cells) {
				continue
			}
			a, b := cells[j][0], cells[j][1]
			if v := line[a:b]; roleName(v) && (ossRow(line) || nameEvidence15(v)) {
				out = append(out, span{start: ls + a, end: ls + b, kind: KindName})
			}
		}
	}
	return out
}

// vatShaped reports a VAT number as tax reports write it: a country's two
// capitals, then 8 to 12 digits and capitals with 7 digits at least
// ("FR70022174611", "ATU12345678", "ESX1234567X").
func vatShaped(v string) bool {
	if len(v) < 10 || len(v) > 14 || !isUpper(v[0]) || !isUpper(v[1]) {
		return false
	}
	d := 0
	for i := 2; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			d++
		case isUpper(c):
		default:
			return false
		}
	}
	return d >= 7
}

// nameEvidence15 reports a name written beyond ASCII, or with a word the
// lexicon knows or a particle inside ("Nabilah bin Othman").
func nameEvidence15(v string) bool {
	if !asciiOnly15(v) {
		return true
	}
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		if w != "" && (lexClass(w) != 0 || particles[w]) {
			return true
		}
	}
	return false
}

// ossRow reports a row of the EU's One-Stop-Shop VAT returns (OSS, IOSS,
// the older MOSS): supplies to consumers, so the party named is a person.
func ossRow(line string) bool {
	for _, p := range []string{"OSS", "IOSS", "MOSS", "NUOSS"} {
		if len(line) > len(p) && strings.HasPrefix(line, p) && !isWord(line[len(p)]) {
			return true
		}
	}
	return false
}

// holderHeads are the words before "Holder" of a role: an account's, a
// card's, a policy's holder ("Account Holder Given Family").
var holderHeads = setOf("card", "account", "bank", "policy", "licence", "license", "title", "share", "stock", "debit",
	"credit", "konto", "kartu", "rekening", "permit", "visa", "record")

// goodsHolder15 reports a capitalised "Holder" at s[i:j] inside a
// capitalised product's name ("Toilet Paper Holder Genesis", "Phone+Holder+
// Motion", "Key Holder Ex"): a thing that holds, not a person, so no name
// follows it.
func goodsHolder15(s string, i, j int) bool {
	if j-i != 6 || !isUpper(s[i]) || i < 3 || s[i-1] != ' ' && s[i-1] != '+' || !strings.EqualFold(s[i:j], "holder") {
		return false
	}
	k := i - 1
	for k > 0 && isAlpha(s[k-1]) {
		k--
	}
	if k == i-1 || !isUpper(s[k]) {
		return false
	}
	var buf [16]byte
	if i-1-k > len(buf) {
		return true
	}
	return !holderHeads[string(lower(buf[:0], s[k:i-1]))]
}
