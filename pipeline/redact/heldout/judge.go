package heldout

import (
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The judge. The criterion, applied to the redacted output line of a case:
//
// The output is searched in all of these forms: as written; JSON-unescaped,
// repeatedly, until nothing changes (so a JSON string inside a JSON string
// is read too, \u00e9 escapes included); each of those URL-decoded (%XX,
// and once more with '+' read as a space) and XML/HTML-entity-decoded. All
// comparisons are case-insensitive except the look-alike check.
//
//   - phone, card, iban, cn_id ("digit kinds"): the value is reduced to its
//     digits (IBAN and cn_id: digits and letters); the output forms are
//     upper-cased and stripped of separators (space, tab, newline, - . / ( )
//     + and narrow/no-break/ideographic spaces). The value leaks if any 6
//     consecutive characters of it appear in a stripped output form.
//   - email: leaks if its local part (before '@') appears in any form.
//   - credential: leaks if any 6-character substring of it appears in any
//     form; windows lying wholly inside a vendor's public prefix ("shpat_",
//     "sk_live_", "AKIA") are not counted. A secret under 6 chars leaks if
//     it appears whole.
//   - name, address: leaks if any word of the value with at least 4 letters
//     (Latin, Cyrillic... letters and combining marks) appears as a whole
//     word in any form, or if any 2 consecutive CJK / kana / Thai / Hangul
//     characters of the value appear in any form. A value with no such word
//     or pair (e.g. "Lim Jia Hui", "Lê Văn An") leaks if it appears whole,
//     as whole words.
//   - A value also written in other spellings elsewhere in the event (upper
//     case, digits only, trunk 0 instead of country code, first name alone,
//     accents stripped) leaks if any of its spellings leaks by the rule of
//     its kind (without the whole-value fallback for those spellings).
//
// In every rule, a word, pair, window or local part that also appears in
// the case's template (the same line with every planted value replaced by
// a placeholder, so: the log's own wording, keys and look-alikes) is not
// evidence and is skipped, as are the words of the redactor's own markers
// ("redacted", "name", "address"...). The template is searched in the same
// forms as the output.
//
// A look-alike is damaged if its exact text (case-sensitive) is found in
// none of the output forms.

// Text is a string prepared for searching.
type Text struct {
	cs     []string
	lc     []string
	norm   []string
	tokens map[string]bool
}

var normDrop = strings.NewReplacer(" ", "", "\t", "", "\n", "", "\r", "", "-", "", ".", "", "/", "", "(", "", ")", "", "+", "", "\u00a0", "", "\u202f", "", "\u3000", "", "\u2009", "")

// NewText prepares s.
func NewText(s string) *Text {
	t := &Text{tokens: map[string]bool{}}
	seen := map[string]bool{}
	add := func(x string) {
		if !seen[x] {
			seen[x] = true
			t.cs = append(t.cs, x)
		}
	}
	add(s)
	cur := s
	for i := 0; i < 5; i++ {
		nx := jsonUnescape(cur)
		if nx == cur {
			break
		}
		add(nx)
		cur = nx
	}
	base := append([]string(nil), t.cs...)
	for _, b := range base {
		if strings.Contains(b, "%") {
			add(pctDecode(b, false))
			add(pctDecode(b, true))
		} else if strings.Contains(b, "+") {
			add(pctDecode(b, true))
		}
		if strings.Contains(b, "&") {
			add(html.UnescapeString(b))
		}
	}
	for _, x := range t.cs {
		l := strings.ToLower(x)
		t.lc = append(t.lc, l)
		t.norm = append(t.norm, strings.ToUpper(normDrop.Replace(x)))
		for _, w := range words(l) {
			t.tokens[w] = true
		}
	}
	return t
}

// Has reports whether sub (lower-case) is in any lower-cased form.
func (t *Text) Has(sub string) bool {
	for _, x := range t.lc {
		if strings.Contains(x, sub) {
			return true
		}
	}
	return false
}

// HasCS reports whether sub is in any form, case-sensitively.
func (t *Text) HasCS(sub string) bool {
	for _, x := range t.cs {
		if strings.Contains(x, sub) {
			return true
		}
	}
	return false
}

// HasNorm reports whether sub (upper-case, no separators) is in any
// stripped form.
func (t *Text) HasNorm(sub string) bool {
	for _, x := range t.norm {
		if strings.Contains(x, sub) {
			return true
		}
	}
	return false
}

// HasWords reports whether the words ws appear consecutively as whole words
// in some form.
func (t *Text) HasWords(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	for _, x := range t.lc {
		got := words(x)
		for i := 0; i+len(ws) <= len(got); i++ {
			ok := true
			for j := range ws {
				if got[i+j] != ws[j] {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func isScript(r rune) bool {
	if r < 0x0E00 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Hangul) || r == 'ー'
}

// words splits s into runs of letters (and marks) and digits: digits are
// kept so "address1" is one token. A change between CJK/Thai/Hangul and
// other letters also ends a word ("Zihan手机" is two).
func words(s string) []string {
	var out []string
	start := -1
	prevScript := false
	for i, r := range s {
		if isWordRune(r) || r >= '0' && r <= '9' || r >= 0x80 && unicode.IsDigit(r) {
			sc := isScript(r) || (unicode.IsMark(r) && prevScript)
			if start >= 0 && sc != prevScript {
				out = append(out, s[start:i])
				start = -1
			}
			if start < 0 {
				start = i
			}
			prevScript = sc
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// markerWords are the words of the redactor's markers.
var markerWords = map[string]bool{"redacted": true, "hash": true, "email": true, "phone": true, "card": true, "iban": true, "cn_id": true, "credential": true, "name": true, "address": true, "field": true, "custom": true}

// units splits a name or address into its evidence: Latin words of >= 4
// letters and CJK/Thai/Hangul pairs.
func units(v string) (latinWords, pairs []string) {
	lv := strings.ToLower(v)
	for _, w := range words(lv) {
		var run []rune
		flush := func() {
			for i := 0; i+1 < len(run); i++ {
				pairs = append(pairs, string(run[i:i+2]))
			}
			run = run[:0]
		}
		letters := 0
		script := false
		for _, r := range w {
			if isScript(r) {
				script = true
				run = append(run, r)
				continue
			}
			flush()
			if unicode.IsLetter(r) {
				letters++
			}
		}
		flush()
		if !script && letters >= 4 && !markerWords[w] {
			// a Latin word: strip digits at its ends ("12a" is no word).
			latinWords = append(latinWords, w)
		}
	}
	return
}

// Verdict is the judgement of one planted value.
type Verdict struct {
	Leak bool
	// Evidence is what survived (a word, window or local part).
	Evidence string
}

// JudgeValue judges one planted value, and each of its alternative
// spellings, against the output and template.
func JudgeValue(p *Planted, out, tmpl *Text) Verdict {
	if v := judgeOne(p.Kind, p.Value, p.Public, out, tmpl, true); v.Leak {
		return v
	}
	for _, a := range p.Alts {
		if v := judgeOne(p.Kind, a, p.Public, out, tmpl, false); v.Leak {
			return v
		}
	}
	return Verdict{}
}

// judgeOne judges one spelling; whole is false for alternative spellings,
// which get no whole-value fallback (a 3-letter first name alone is not
// evidence under the word rule).
func judgeOne(kind, value, public string, out, tmpl *Text, whole bool) Verdict {
	p := struct{ Kind, Value, Public string }{kind, value, public}
	switch p.Kind {
	case KPhone, KCard, KIBAN, KCNID:
		v := strings.ToUpper(p.Value)
		if p.Kind == KPhone || p.Kind == KCard {
			v = digitsOnly(v)
		} else {
			v = alnumOnly(v)
		}
		if len(v) < 6 {
			if out.HasNorm(v) && !tmpl.HasNorm(v) {
				return Verdict{true, v}
			}
			return Verdict{}
		}
		for i := 0; i+6 <= len(v); i++ {
			w := v[i : i+6]
			if out.HasNorm(w) && !tmpl.HasNorm(w) {
				return Verdict{true, w}
			}
		}
		return Verdict{}
	case KEmail:
		lv := strings.ToLower(p.Value)
		local := lv
		if i := strings.LastIndexByte(lv, '@'); i > 0 {
			local = lv[:i]
		}
		if tmpl.Has(local) {
			local = lv
		}
		if out.Has(local) {
			return Verdict{true, local}
		}
		return Verdict{}
	case KCred:
		lv := strings.ToLower(p.Value)
		pub := len(p.Public)
		if utf8.RuneCountInString(lv) < 6 {
			if out.Has(lv) {
				return Verdict{true, lv}
			}
			return Verdict{}
		}
		for i := 0; i+6 <= len(lv); i++ {
			if i+6 <= pub {
				continue
			}
			w := lv[i : i+6]
			if out.Has(w) && !tmpl.Has(w) {
				return Verdict{true, w}
			}
		}
		return Verdict{}
	case KName, KAddr:
		lw, pairs := units(p.Value)
		n := 0
		for _, w := range lw {
			if tmpl.tokens[w] {
				continue
			}
			n++
			if out.tokens[w] {
				return Verdict{true, w}
			}
		}
		for _, pr := range pairs {
			if tmpl.Has(pr) {
				continue
			}
			n++
			if out.Has(pr) {
				return Verdict{true, pr}
			}
		}
		if n == 0 && whole {
			ws := words(strings.ToLower(p.Value))
			if out.HasWords(ws) && !tmpl.HasWords(ws) {
				return Verdict{true, p.Value}
			}
		}
		return Verdict{}
	}
	panic("judge: kind " + p.Kind)
}

func alnumOnly(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// Result is the judgement of a case.
type Result struct {
	Verdicts []Verdict // per c.PII
	Damaged  []bool    // per c.Looks
}

// Judge judges the redacted output of case c.
func Judge(c *Case, out string) Result {
	ot := NewText(out)
	tt := c.TemplateText()
	var r Result
	for _, p := range c.PII {
		r.Verdicts = append(r.Verdicts, JudgeValue(p, ot, tt))
	}
	for _, l := range c.Looks {
		r.Damaged = append(r.Damaged, !ot.HasCS(l.Value))
	}
	return r
}

// ---- decoding helpers ----

func jsonUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		n := s[i+1]
		switch n {
		case '"', '\\', '/':
			b.WriteByte(n)
			i++
		case 'n':
			b.WriteByte('\n')
			i++
		case 't':
			b.WriteByte('\t')
			i++
		case 'r':
			b.WriteByte('\r')
			i++
		case 'b', 'f':
			b.WriteByte(' ')
			i++
		case 'u':
			if i+6 <= len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
					r := rune(v)
					i += 5
					if r >= 0xD800 && r < 0xDC00 && i+7 <= len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
						if lo, err := strconv.ParseUint(s[i+3:i+7], 16, 32); err == nil && lo >= 0xDC00 && lo < 0xE000 {
							r = 0x10000 + (r-0xD800)<<10 + (rune(lo) - 0xDC00)
							i += 6
						}
					}
					b.WriteRune(r)
					continue
				}
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// pctDecode decodes %XX escapes leniently (and '+' as space if plus).
func pctDecode(s string, plus bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) {
			h, ok1 := unhex(s[i+1])
			l, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				b.WriteByte(h<<4 | l)
				i += 2
				continue
			}
		}
		if c == '+' && plus {
			b.WriteByte(' ')
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
