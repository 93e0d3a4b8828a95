package twentysixtheval

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The judge. A PII value leaks when an identifying piece of it is found in
// the redacted field more often than in the ideal redaction of that field
// (every PII value replaced by a marker, everything else as written): so a
// piece that the template or another value happens to repeat is not counted
// against the redactor. Pieces are searched as encoded in the field and, raw,
// in the field decoded (JSON escapes, %XX and +, quoted-printable, XML
// entities, doubled quotes).
//
//	name        each token of two letters or more that is not a particle
//	            (de, van, bin, al…), case-insensitive, whole word in scripts
//	            with spaces, anywhere in Han, kana, Hangul and Thai
//	address     the street and the house number, both (the number as a
//	            whole number, not inside a longer one)
//	phone       any 6 consecutive digits of it in a run of digits joined
//	            across separators and words (gaps of up to 12 bytes holding
//	            no digit and no bracket), digits of any script
//	email       the local part, as a whole (not inside a longer local part)
//	card        any 8 consecutive digits (first six and last four apart pass)
//	iban, cn_id any 8 consecutive characters of the compact value, in runs
//	            joined across spaces and dashes
//	credential  the secret as a whole token when up to 12 bytes, else any 12
//	            consecutive bytes of it (the scheme or key before it is
//	            template: Bearer, Basic, eyJhbGciOi…, shpat_)
//
// A look-alike is damaged when its bytes as written (encoded) are found in
// the redacted field fewer times than in the ideal redaction.

const marker = "[REDACTED]"

type view struct {
	raw, dec   string // as-is (QP soft breaks removed) and decoded, lower-cased copies below
	rawL, decL string
	runsPhone  []string
	runsCard   []string
	runsAlnum  []string
}

func newView(s string, u *unit) *view {
	if u.qp {
		s = strings.ReplaceAll(s, "=\r\n", "")
		s = strings.ReplaceAll(s, "=\n", "")
	}
	d := s
	for i := len(u.decode) - 1; i >= 0; i-- {
		d = decode(u.decode[i], d)
	}
	v := &view{raw: s, dec: d, rawL: strings.ToLower(s), decL: strings.ToLower(d)}
	v.runsPhone = digitRuns(d, 12, true)
	v.runsCard = digitRuns(d, 3, false)
	v.runsAlnum = alnumRuns(d)
	return v
}

func decode(e enc, s string) string {
	switch e {
	case eJSON:
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
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				if i+4 < len(s) {
					if n, err := strconv.ParseUint(s[i+1:i+5], 16, 32); err == nil {
						r := rune(n)
						if r >= 0xD800 && r < 0xDC00 && i+10 < len(s) && s[i+5] == '\\' && s[i+6] == 'u' {
							if m, err := strconv.ParseUint(s[i+7:i+11], 16, 32); err == nil {
								r = (r-0xD800)<<10 + (rune(m) - 0xDC00) + 0x10000
								i += 6
							}
						}
						b.WriteRune(r)
						i += 4
						continue
					}
				}
				b.WriteString(`\u`)
			default:
				b.WriteByte(s[i])
			}
		}
		return b.String()
	case ePct, eForm:
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '%' && i+2 < len(s) {
				if n, err := strconv.ParseUint(s[i+1:i+3], 16, 8); err == nil {
					b.WriteByte(byte(n))
					i += 2
					continue
				}
			}
			if c == '+' {
				c = ' '
			}
			b.WriteByte(c)
		}
		return b.String()
	case eQP:
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '=' && i+2 < len(s) {
				if n, err := strconv.ParseUint(s[i+1:i+3], 16, 8); err == nil {
					b.WriteByte(byte(n))
					i += 2
					continue
				}
			}
			b.WriteByte(c)
		}
		return strings.ReplaceAll(b.String(), "\r\n", "\n")
	case eXML:
		return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'", "&#39;", "'").Replace(s)
	case eCSV:
		return strings.ReplaceAll(s, `""`, `"`)
	case eSQL:
		return strings.ReplaceAll(s, `''`, `'`)
	}
	return s
}

// digitRuns joins digits (any script) across gaps that hold no digit and no
// bracket; phone gaps may hold words.
func digitRuns(s string, gap int, words bool) []string {
	var runs []string
	var cur strings.Builder
	gapLen := 0
	broken := false
	flush := func() {
		if cur.Len() > 0 {
			runs = append(runs, cur.String())
			cur.Reset()
		}
	}
	for _, c := range s {
		if d, ok := digitVal(c); ok {
			if broken || gapLen > gap {
				flush()
			}
			broken, gapLen = false, 0
			cur.WriteByte(byte('0' + d))
			continue
		}
		if cur.Len() == 0 {
			continue
		}
		gapLen += utf8.RuneLen(c)
		if c == '[' || c == ']' || c == '\n' || c == '*' || c == 'X' || c == '#' {
			broken = true
		}
		if !words && (unicode.IsLetter(c)) {
			broken = true
		}
	}
	flush()
	return runs
}

func alnumRuns(s string) []string {
	var runs []string
	var cur strings.Builder
	gapLen := 0
	for _, c := range strings.ToUpper(s) {
		if d, ok := digitVal(c); ok {
			c = rune('0' + d)
		}
		if (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') {
			if gapLen > 2 {
				runs = append(runs, cur.String())
				cur.Reset()
			}
			gapLen = 0
			cur.WriteRune(c)
			continue
		}
		if c == ' ' || c == '-' || c == '.' || c == '　' || c == '/' {
			gapLen++
		} else {
			gapLen = 99
		}
	}
	if cur.Len() > 0 {
		runs = append(runs, cur.String())
	}
	return runs
}

func countRuns(runs []string, w string) int {
	n := 0
	for _, r := range runs {
		n += strings.Count(r, w)
	}
	return n
}

func caseless(t string) bool {
	for _, c := range t {
		if unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai) {
			return true
		}
	}
	return false
}

// countBounded counts needle in hay where the runes around it satisfy ok.
func countBounded(hay, needle string, edge func(rune) bool) int {
	if needle == "" {
		return 0
	}
	n := 0
	for i := 0; ; {
		j := strings.Index(hay[i:], needle)
		if j < 0 {
			return n
		}
		a, b := i+j, i+j+len(needle)
		before, _ := utf8.DecodeLastRuneInString(hay[:a])
		after, _ := utf8.DecodeRuneInString(hay[b:])
		if (a == 0 || !edge(before)) && (b == len(hay) || !edge(after)) {
			n++
		}
		i = a + 1
	}
}

func isWordRune(c rune) bool {
	return (unicode.IsLetter(c) || unicode.IsMark(c)) && !unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
}
func isDigitRune(c rune) bool {
	_, ok := digitVal(c)
	return ok
}
func isLocalRune(c rune) bool {
	return c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c) || strings.ContainsRune("._+-", c))
}
func isAlnumRune(c rune) bool { return c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)) }

// more says whether the piece is found more often in out than in ideal, as
// encoded for its segment or raw in the decoded field.
func more(out, ideal *view, piece string, chain []enc, edge func(rune) bool, fold bool) bool {
	encd := encodeChain(chain, piece)
	o, i := out.raw, ideal.raw
	od, id := out.dec, ideal.dec
	if fold {
		encd, piece = strings.ToLower(encd), strings.ToLower(piece)
		o, i, od, id = out.rawL, ideal.rawL, out.decL, ideal.decL
	}
	if edge == nil {
		if strings.Count(o, encd) > strings.Count(i, encd) {
			return true
		}
		return strings.Count(od, piece) > strings.Count(id, piece)
	}
	if countBounded(o, encd, edge) > countBounded(i, encd, edge) {
		return true
	}
	return countBounded(od, piece, edge) > countBounded(id, piece, edge)
}

func windows(s string, n int) []string {
	if len(s) <= n {
		return []string{s}
	}
	var w []string
	for i := 0; i+n <= len(s); i++ {
		w = append(w, s[i:i+n])
	}
	return w
}

// leaks judges one PII segment of a unit.
func leaks(s seg, out, ideal *view) bool {
	v := s.v
	switch v.kind {
	case kName:
		for _, t := range v.tokens {
			var edge func(rune) bool
			if !caseless(t) {
				edge = isWordRune
			}
			if more(out, ideal, t, s.chain, edge, true) {
				return true
			}
		}
		return false
	case kAddress:
		var edge func(rune) bool
		if !caseless(v.tokens[0]) {
			edge = isWordRune
		}
		return more(out, ideal, v.tokens[0], s.chain, edge, true) && more(out, ideal, v.tokens[1], s.chain, isDigitRune, true)
	case kEmail:
		return more(out, ideal, v.secret, s.chain, isLocalRune, true)
	case kPhone:
		for _, w := range windows(v.digits, 6) {
			if countRuns(out.runsPhone, w) > countRuns(ideal.runsPhone, w) {
				return true
			}
		}
		return false
	case kCard:
		for _, w := range windows(v.digits, 8) {
			if countRuns(out.runsCard, w) > countRuns(ideal.runsCard, w) {
				return true
			}
		}
		return false
	case kIBAN, kCNID:
		for _, w := range windows(v.digits, 8) {
			if countRuns(out.runsAlnum, w) > countRuns(ideal.runsAlnum, w) {
				return true
			}
		}
		return false
	case kCredential:
		if len(v.secret) <= 12 {
			return more(out, ideal, v.secret, s.chain, isAlnumRune, false)
		}
		for _, w := range windows(v.secret, 12) {
			if more(out, ideal, w, s.chain, nil, false) {
				return true
			}
		}
		return false
	}
	return false
}

func damaged(s seg, out, ideal *view) bool {
	t := strings.ReplaceAll(s.text, "=\r\n", "")
	return strings.Count(out.raw, t) < strings.Count(ideal.raw, t)
}

// idealText is the unit with every PII value replaced by a marker.
func idealText(u *unit) string {
	var b strings.Builder
	for _, s := range u.segs {
		if s.v != nil {
			b.WriteString(marker)
		} else {
			b.WriteString(s.text)
		}
	}
	return b.String()
}

type verdict struct {
	seg    seg
	unit   *unit
	leaked bool // PII
	broken bool // look-alike
	out    string
}

// judgeUnit returns a verdict for every PII value and look-alike of the unit.
func judgeUnit(u *unit, out string) []verdict {
	ideal := newView(idealText(u), u)
	o := newView(out, u)
	var vs []verdict
	for _, s := range u.segs {
		switch {
		case s.v != nil:
			vs = append(vs, verdict{seg: s, unit: u, leaked: leaks(s, o, ideal), out: out})
		case s.look != "":
			vs = append(vs, verdict{seg: s, unit: u, broken: damaged(s, o, ideal), out: out})
		}
	}
	return vs
}
