package indepeval

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// The leak criterion (strict). The redacted line is searched in several
// views at once: raw, JSON-unescaped once, twice and three times (a value
// in json_nested_twice sits three escaping levels deep in the line), and
// each of those URL-decoded (%XX, '+' as space); all compared
// case-insensitively, with redaction markers ("[REDACTED:…]", "[HASH:…]")
// cut out. A planted value is leaked when:
//
//   - card, phone, iban, cn_id: any 6 consecutive digits of the value
//     (separators removed from the value; letters in an IBAN break a digit
//     run) occur in the output with separators (space - . / ( ) +) removed;
//   - email: its local part (≥ 3 chars) occurs;
//   - name, address: any word of ≥ 4 letters of the value occurs as a word,
//     or any 2 consecutive characters of a CJK/kana/Hangul/Thai run occur
//     (a value with no such word is judged on its words of ≥ 2 letters);
//   - credential: any 6-char substring of the secret occurs (a public
//     provider prefix like "sk_live_" or "ghp_" is not part of the secret).
//
// A unit (digit window, word, substring) that also occurs in the case's
// look-alikes or in the line's template text (the line with every planted
// spelling cut out, in the same views) is ignored: it cannot be told apart.
//
// Damage: a look-alike is damaged when its exact text no longer occurs in
// the output (raw or in one of the decoded views, case-sensitively).

var markerRE = regexp.MustCompile(`\[(REDACTED|HASH)(:[A-Za-z0-9_:.-]*)?\]`)

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// jsonUnescape undoes JSON string escapes wherever they appear (lenient).
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
		switch n := s[i+1]; n {
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
			r, ok := hex4(s, i+2)
			if !ok {
				b.WriteByte(c)
				continue
			}
			i += 5
			if r >= 0xd800 && r < 0xdc00 && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
				if r2, ok := hex4(s, i+3); ok && r2 >= 0xdc00 && r2 < 0xe000 {
					r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
					i += 6
				}
			}
			b.WriteRune(r)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for j := i; j < i+4; j++ {
		h := hexVal(s[j])
		if h < 0 {
			return 0, false
		}
		r = r<<4 | rune(h)
	}
	return r, true
}

// urlDecode undoes %XX and '+' (lenient).
func urlDecode(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '+':
			b.WriteByte(' ')
		case c == '%' && i+2 < len(s) && hexVal(s[i+1]) >= 0 && hexVal(s[i+2]) >= 0:
			b.WriteByte(byte(hexVal(s[i+1])<<4 | hexVal(s[i+2])))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// views holds a text in every searched spelling.
type views struct {
	exact   string // case-sensitive, for damage
	lower   string
	compact string // lower, separators removed
}

func makeViews(s string) views {
	u1 := jsonUnescape(s)
	u2 := jsonUnescape(u1)
	u3 := jsonUnescape(u2)
	all := []string{s, u1, u2, u3}
	for _, v := range all[:4] {
		all = append(all, urlDecode(v))
	}
	exact := strings.Join(all, "\x00")
	lower := strings.ToLower(exact)
	compact := strings.Map(func(r rune) rune {
		if isSep(r) {
			return -1
		}
		return r
	}, lower)
	return views{exact, lower, compact}
}

// find reports where u occurs in vs (-1 if not).
func find(vs *views, u unit) int {
	switch u.mode {
	case modeCompact:
		return strings.Index(vs.compact, u.s)
	case modeSub:
		return strings.Index(vs.lower, u.s)
	}
	s := vs.lower
	off := 0
	for {
		i := strings.Index(s[off:], u.s)
		if i < 0 {
			return -1
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(u.s):])
		if !isLetter(before) && !isLetter(after) {
			return i
		}
		off = i + 1
	}
}

func (vs *views) text(m unitMode) string {
	if m == modeCompact {
		return vs.compact
	}
	return vs.lower
}

// caseJudge holds a case's template and look-alike views.
type caseJudge struct {
	tmpl, looks views
}

func newCaseJudge(c *Case) *caseJudge {
	var forms []string
	for _, p := range c.PII {
		forms = append(forms, p.Forms...)
	}
	sort.Slice(forms, func(i, j int) bool { return len(forms[i]) > len(forms[j]) })
	t := string(c.Line)
	for _, f := range forms {
		t = strings.ReplaceAll(t, f, "\x00")
	}
	return &caseJudge{tmpl: makeViews(t), looks: makeViews(strings.Join(c.LookAlikes, "\x00"))}
}

func (cj *caseJudge) ignored(u unit) bool {
	m := u.mode
	if m == modeWord {
		m = modeSub
	}
	return strings.Contains(cj.tmpl.text(m), u.s) || strings.Contains(cj.looks.text(m), u.s)
}

// verdict is the judgement of one planted value.
type verdict struct {
	leaked    bool
	judgeable bool   // had at least one unit not ignored
	unit      string // the leaked unit
	excerpt   string // output around the leak
}

func judgeValue(cj *caseJudge, out *views, p *Planted) verdict {
	var v verdict
	for _, u := range units(p.Kind, p.Value) {
		if cj.ignored(u) {
			continue
		}
		v.judgeable = true
		if i := find(out, u); i >= 0 {
			t := out.text(u.mode)
			lo, hi := max(0, i-60), min(len(t), i+len(u.s)+60)
			v.leaked, v.unit, v.excerpt = true, u.s, strings.ToValidUTF8(t[lo:hi], "")
			return v
		}
	}
	return v
}

// judgeOutput judges one redacted output line against its case.
func judgeOutput(c *Case, out string) (vs []verdict, damaged []bool) {
	cj := newCaseJudge(c)
	ov := makeViews(markerRE.ReplaceAllString(out, "\x01"))
	for i := range c.PII {
		vs = append(vs, judgeValue(cj, &ov, &c.PII[i]))
	}
	exact := makeViews(out).exact
	for _, la := range c.LookAlikes {
		damaged = append(damaged, !strings.Contains(exact, la))
	}
	return vs, damaged
}

// shape hides a value: letters → a/A, digits → 9, non-ASCII → '*',
// ASCII punctuation kept; redaction markers are kept as they are.
func shape(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range markerRE.FindAllStringIndex(s, -1) {
		b.WriteString(shapeRaw(s[last:m[0]]))
		b.WriteString(s[m[0]:m[1]])
		last = m[1]
	}
	b.WriteString(shapeRaw(s[last:]))
	return b.String()
}

func shapeRaw(s string) string {
	s = strings.ReplaceAll(s, "\x01", "\x02\x04\x03")
	return strings.Map(func(r rune) rune {
		switch {
		case r == 2:
			return '['
		case r == 3:
			return ']'
		case r == 4:
			return 'R'
		case r >= 'a' && r <= 'z':
			return 'a'
		case r >= 'A' && r <= 'Z':
			return 'A'
		case r >= '0' && r <= '9':
			return '9'
		case r == 0:
			return '|'
		case r < 0x20:
			return ' '
		case r > 0x7e:
			return '*'
		}
		return r
	}, s)
}
