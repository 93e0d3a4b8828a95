package fiftheval

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

// line is one generated log line, rendered with its PII (real) and with
// placeholders instead (bg, the background).
type line struct {
	ctx, loc  string
	event     bool
	real, bg  string
	pii       []planted
	traps     []trap
	lineIndex int
}

const defaultLines = 15_000

// buildCorpus renders n lines from seed. Contexts take turns; locales
// rotate so that every context meets every locale.
func buildCorpus(seed uint64, n int) ([]line, error) {
	out := make([]line, 0, n)
	for i := 0; i < n; i++ {
		c := contexts[i%len(contexts)]
		loc := locales[(i/len(contexts))%len(locales)]
		render := func(bg bool) *gen {
			g := newGen(seed, i, bg)
			g.ctx, g.loc = c.name, loc
			p := g.person(loc)
			s := c.fn(g, p)
			g.pii = append(g.pii, planted{value: s}) // the text rides along in the last slot
			return g
		}
		rg, bgg := render(false), render(true)
		realText, bgText := rg.pii[len(rg.pii)-1].value, bgg.pii[len(bgg.pii)-1].value
		rg.pii, bgg.pii = rg.pii[:len(rg.pii)-1], bgg.pii[:len(bgg.pii)-1]
		if len(rg.pii) != len(bgg.pii) || len(rg.traps) != len(bgg.traps) {
			return nil, fmt.Errorf("line %d (%s): the background rendering drew differently from the real one", i, c.name)
		}
		for j := range rg.traps {
			if rg.traps[j] != bgg.traps[j] {
				return nil, fmt.Errorf("line %d (%s): look-alike %d differs between renderings", i, c.name, j)
			}
		}
		out = append(out, line{ctx: c.name, loc: loc.code, event: c.event, real: realText, bg: bgText, pii: rg.pii, traps: rg.traps, lineIndex: i})
	}
	return out, nil
}

// ---- views: what a reader of the output can recover ----

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

// jsonUnescape undoes one level of JSON string escaping wherever it occurs.
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
		case 'r':
			b.WriteByte('\r')
			i++
		case 't':
			b.WriteByte('\t')
			i++
		case 'u':
			if i+5 < len(s) {
				v := 0
				ok := true
				for k := 2; k < 6; k++ {
					h := hexVal(s[i+k])
					if h < 0 {
						ok = false
						break
					}
					v = v<<4 | h
				}
				if ok {
					i += 5
					if v >= 0xD800 && v < 0xDC00 && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
						w := 0
						for k := 3; k < 7; k++ {
							h := hexVal(s[i+k])
							if h < 0 {
								w = -1
								break
							}
							w = w<<4 | h
						}
						if w >= 0xDC00 && w < 0xE000 {
							v = 0x10000 + (v-0xD800)<<10 + (w - 0xDC00)
							i += 6
						}
					}
					b.WriteRune(rune(v))
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

// urlDecode undoes %XX and + wherever they occur, and XML's entities.
func urlDecode(s string) string {
	if strings.ContainsRune(s, '&') {
		s = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#39;", "'").Replace(s)
	}
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '+' {
			b.WriteByte(' ')
			continue
		}
		if c == '%' && i+2 < len(s) {
			h, l := hexVal(s[i+1]), hexVal(s[i+2])
			if h >= 0 && l >= 0 {
				b.WriteByte(byte(h<<4 | l))
				i += 2
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// stripMarkers removes the redactor's own markers, so that the hex of a
// [HASH:kind:hex] marker or the last four digits of a partial card are not
// read as surviving PII.
func stripMarkers(s string) string {
	if !strings.Contains(s, "[REDACTED:") && !strings.Contains(s, "[HASH:") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "[REDACTED:")
		j := strings.Index(s, "[HASH:")
		if j >= 0 && (i < 0 || j < i) {
			i = j
		}
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		end := strings.IndexByte(s[i:], ']')
		if end < 0 || end > 120 {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteString(" ▮ ")
		s = s[i+end+1:]
	}
}

const nViews = 5

// views returns the text as read raw, after one and two levels of JSON
// unescaping, and URL-decoded once and twice: markers removed, lower case.
func views(s string) [nViews]string {
	var v [nViews]string
	v[0] = s
	v[1] = jsonUnescape(v[0])
	v[2] = jsonUnescape(v[1])
	v[3] = urlDecode(v[2])
	v[4] = urlDecode(v[3])
	for i := range v {
		if i > 0 && v[i] == s {
			v[i] = v[0]
			continue
		}
		v[i] = strings.ToLower(stripMarkers(v[i]))
	}
	return v
}

func normDigit(r rune) (byte, bool) {
	switch {
	case r >= '0' && r <= '9':
		return byte(r), true
	case r >= 0xFF10 && r <= 0xFF19:
		return byte('0' + r - 0xFF10), true
	case r >= 0x0660 && r <= 0x0669:
		return byte('0' + r - 0x0660), true
	case r >= 0x06F0 && r <= 0x06F9:
		return byte('0' + r - 0x06F0), true
	}
	return 0, false
}

func isDigitSep(r rune) bool {
	switch r {
	case ' ', '-', '.', '(', ')', '/', '+', '－', '\u00a0', '\u3000', '（', '）', '_':
		return true
	}
	return false
}

// digitView keeps digits (full-width and Arabic-Indic ones as ASCII) and
// joins the groups of a number written with separators: "+81 90-1234"
// reads "81901234". Anything else becomes "|".
func digitView(s string) string {
	b := make([]byte, 0, len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if d, ok := normDigit(rs[i]); ok {
			b = append(b, d)
			continue
		}
		if len(b) > 0 && isDigitSep(rs[i]) {
			if last := b[len(b)-1]; last >= '0' && last <= '9' {
				j := i
				for j < len(rs) && j < i+3 && isDigitSep(rs[j]) {
					j++
				}
				if j < len(rs) {
					if _, ok := normDigit(rs[j]); ok {
						i = j - 1
						continue
					}
				}
			}
		}
		if len(b) == 0 || b[len(b)-1] != '|' {
			b = append(b, '|')
		}
	}
	return string(b)
}

// alnumOnly keeps letters (with their combining marks) and digits.
func alnumOnly(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// derive applies f to each view, once per distinct view.
func derive(v *[nViews]string, f func(string) string) [nViews]string {
	var out [nViews]string
	for i := range v {
		if i > 0 && v[i] == v[i-1] {
			out[i] = out[i-1]
			continue
		}
		out[i] = f(v[i])
	}
	return out
}

func isEmailByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' || c == '+' || c == '%' || c >= 'A' && c <= 'Z'
}

// blankEmails hides email addresses, so that a leaked email whose local
// part holds a name is counted once, as an email.
func blankEmails(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		if b[i] != '@' {
			continue
		}
		l := i
		for l > 0 && isEmailByte(b[l-1]) {
			l--
		}
		r := i + 1
		for r < len(b) && isEmailByte(b[r]) {
			r++
		}
		if l < i && r > i+1 {
			for k := l; k < r; k++ {
				b[k] = ' '
			}
		}
	}
	return string(b)
}

type lineViews struct {
	out, bg               [nViews]string
	outD, bgD             *[nViews]string
	outNoMail, bgNoMail   *[nViews]string
	outCompact, bgCompact *[nViews]string
}

func (lv *lineViews) digits() (*[nViews]string, *[nViews]string) {
	if lv.outD == nil {
		o, b := derive(&lv.out, digitView), derive(&lv.bg, digitView)
		lv.outD, lv.bgD = &o, &b
	}
	return lv.outD, lv.bgD
}

// compact keeps only letters and digits (emails blanked first), for values
// written in groups or re-wrapped over lines.
func (lv *lineViews) compact() (*[nViews]string, *[nViews]string) {
	if lv.outCompact == nil {
		om, bm := lv.noMail()
		o, b := derive(om, alnumOnly), derive(bm, alnumOnly)
		lv.outCompact, lv.bgCompact = &o, &b
	}
	return lv.outCompact, lv.bgCompact
}

func (lv *lineViews) noMail() (*[nViews]string, *[nViews]string) {
	if lv.outNoMail == nil {
		o, b := derive(&lv.out, blankEmails), derive(&lv.bg, blankEmails)
		lv.outNoMail, lv.bgNoMail = &o, &b
	}
	return lv.outNoMail, lv.bgNoMail
}

// ---- fragments: what counts as a value surviving ----

var particles = map[string]bool{"van": true, "der": true, "de": true, "la": true, "du": true, "da": true, "dos": true, "das": true, "del": true, "di": true, "bin": true, "binti": true, "bint": true, "s/o": true, "d/o": true, "al": true, "el": true, "ben": true, "mrs": true, "mr": true, "ms": true, "dr": true, "mag.": true, "ing.": true, "بن": true}

func scriptOf(r rune) string {
	switch {
	case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
		return "cjk"
	case unicode.Is(unicode.Thai, r):
		return "thai"
	case unicode.Is(unicode.Hebrew, r), unicode.Is(unicode.Arabic, r):
		return "semitic"
	}
	return "other"
}

func digitWindows(v string, n int) []string {
	var d []byte
	for _, r := range v {
		if x, ok := normDigit(r); ok {
			d = append(d, x)
		}
	}
	if len(d) <= n {
		return []string{string(d)}
	}
	var out []string
	for i := 0; i+n <= len(d); i++ {
		out = append(out, string(d[i:i+n]))
	}
	return out
}

func charWindows(v string, n, maxWin int) []string {
	v = strings.ToLower(v)
	if len(v) <= n {
		return []string{v}
	}
	stride := 1
	if w := len(v) - n + 1; w > maxWin {
		stride = (w + maxWin - 1) / maxWin
	}
	var out []string
	for i := 0; i+n <= len(v); i += stride {
		out = append(out, v[i:i+n])
	}
	return out
}

// nameFragments: every word of a name with four letters or more (three in
// Thai, Hebrew and Arabic script) that is no particle; in Chinese and
// Japanese script every two characters of a word. A name with no such word
// is its whole self.
func nameFragments(p planted) []string {
	var out []string
	for _, w := range p.words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, ","), ".")
		w = strings.TrimPrefix(w, "คุณ")
		lw := strings.ToLower(w)
		if particles[lw] || lw == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		n := runeLen(w)
		switch scriptOf(r) {
		case "cjk":
			rs := []rune(lw)
			if len(rs) == 1 {
				continue
			}
			for i := 0; i+2 <= len(rs); i++ {
				out = append(out, string(rs[i:i+2]))
			}
		case "thai", "semitic":
			if n >= 3 {
				out = append(out, lw)
			}
		default:
			if n >= 4 {
				out = append(out, lw)
			}
		}
	}
	if len(out) == 0 {
		out = append(out, strings.ToLower(p.value))
	}
	return out
}

// fragments returns the pieces of a planted value whose survival is a
// leak, and whether they are read in the digit view.
func fragments(p planted) ([]string, bool) {
	switch p.kind {
	case kPhone, kCard, kCNID:
		return digitWindows(p.value, 6), true
	case kIBAN:
		v := strings.ReplaceAll(p.value, " ", "")
		return charWindows(v[4:], 6, 64), false
	case kEmail:
		local, _, _ := strings.Cut(strings.ToLower(p.value), "@")
		if base, _, ok := strings.Cut(local, "+"); ok && len(base) >= 3 {
			local = base
		}
		return []string{local}, false
	case kCred:
		return charWindows(p.value, 6, 64), false
	case kName:
		return nameFragments(p), false
	case kAddr:
		return []string{alnumOnly(strings.ToLower(p.street))}, false
	}
	return nil, false
}

// ---- scoring ----

type ratio struct{ n, bad int }

func (r *ratio) good() float64 {
	if r.n == 0 {
		return 1
	}
	return float64(r.n-r.bad) / float64(r.n)
}

type leakClass struct {
	n       int
	example string
}

type result struct {
	values, leaked  int
	traps, damaged  int
	byKind, byCtx   map[string]*ratio
	byLoc           map[string]*ratio
	dmgType, dmgCtx map[string]*ratio
	classes         map[string]*leakClass
	dmgExamples     map[string]string
	leaksByKind     map[string]int
}

func newResult() *result {
	return &result{byKind: map[string]*ratio{}, byCtx: map[string]*ratio{}, byLoc: map[string]*ratio{},
		dmgType: map[string]*ratio{}, dmgCtx: map[string]*ratio{}, classes: map[string]*leakClass{},
		dmgExamples: map[string]string{}, leaksByKind: map[string]int{}}
}

func inc(m map[string]*ratio, k string, bad bool) {
	r := m[k]
	if r == nil {
		r = &ratio{}
		m[k] = r
	}
	r.n++
	if bad {
		r.bad++
	}
}

func isASCIIAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// countToken counts occurrences of t in s not run into ASCII letters or
// digits on either side.
func countToken(s, t string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(s[i:], t)
		if j < 0 {
			return n
		}
		j += i
		okL := j == 0 || !isASCIIAlnum(s[j-1]) || !isASCIIAlnum(t[0])
		e := j + len(t)
		okR := e == len(s) || !isASCIIAlnum(s[e]) || !isASCIIAlnum(t[len(t)-1])
		if okL && okR {
			n++
		}
		i = j + 1
	}
}

// leaks reports the first fragment of p that survives: one that occurs
// more often in some view of the output than in the same view of the
// background.
func leaks(p planted, lv *lineViews) (string, bool) {
	frags, dig := fragments(p)
	out, bg := &lv.out, &lv.bg
	if dig {
		out, bg = lv.digits()
	} else if p.kind == kIBAN || p.kind == kAddr {
		out, bg = lv.compact()
	} else if p.kind == kName || p.kind == kAddr {
		out, bg = lv.noMail()
	}
	for _, f := range frags {
		if f == "" {
			continue
		}
		for i := 0; i < nViews; i++ {
			if i > 0 && out[i] == out[i-1] && bg[i] == bg[i-1] {
				continue
			}
			if c := strings.Count(out[i], f); c > 0 && c > strings.Count(bg[i], f) {
				return f, true
			}
		}
	}
	return "", false
}

func trapCount(v *[nViews]string, t string) int {
	best := 0
	for i := range v {
		if c := countToken(v[i], t); c > best {
			best = c
		}
	}
	return best
}

// judge scores one line's output against its background.
func (res *result) judge(l *line, out, bg string) {
	lv := &lineViews{out: views(out), bg: views(bg)}
	for _, p := range l.pii {
		frag, bad := leaks(p, lv)
		res.values++
		inc(res.byKind, p.kind, bad)
		inc(res.byCtx, p.ctx, bad)
		inc(res.byLoc, p.loc, bad)
		if bad {
			res.leaked++
			res.leaksByKind[p.kind]++
			key := p.kind + " | " + p.ctx + " | " + p.shape
			c := res.classes[key]
			if c == nil {
				c = &leakClass{example: showValue(p.value) + "  (surviving: " + showValue(frag) + ")"}
				res.classes[key] = c
			}
			c.n++
		}
	}
	for _, t := range l.traps {
		lt := strings.ToLower(t.value)
		want := trapCount(&lv.bg, lt)
		got := trapCount(&lv.out, lt)
		bad := got < want
		res.traps++
		inc(res.dmgType, t.typ, bad)
		inc(res.dmgCtx, t.ctx, bad)
		if bad {
			res.damaged++
			if _, ok := res.dmgExamples[t.typ]; !ok {
				res.dmgExamples[t.typ] = showValue(t.value) + " in " + t.ctx
			}
		}
	}
}

func (res *result) recall() float64 {
	if res.values == 0 {
		return 1
	}
	return float64(res.values-res.leaked) / float64(res.values)
}

func (res *result) damage() float64 {
	if res.traps == 0 {
		return 0
	}
	return float64(res.damaged) / float64(res.traps)
}

// ---- redactors under judgement ----

// subject turns a line into (output, background) as they are compared.
type subject func(l *line) (out, bg string, err error)

func decodeJSON(dec *event.Decoder, s string) (*event.Event, error) {
	var ev event.Event
	if err := dec.Decode([]byte(s), &ev); err != nil {
		return nil, err
	}
	return &ev, nil
}

// eventSubject applies fn to decoded events and returns text lines as fn
// says; the background is decoded and re-encoded but never redacted.
func eventSubject(onEvent func(*event.Event), onText func(string) string, useBG bool) subject {
	dec := event.NewDecoder(nil)
	return func(l *line) (string, string, error) {
		src := l.real
		if useBG {
			src = l.bg
		}
		if !l.event {
			return onText(src), l.bg, nil
		}
		ev, err := decodeJSON(dec, src)
		if err != nil {
			return "", "", fmt.Errorf("line %d (%s): %v", l.lineIndex, l.ctx, err)
		}
		onEvent(ev)
		bev, err := decodeJSON(dec, l.bg)
		if err != nil {
			return "", "", fmt.Errorf("line %d (%s) background: %v", l.lineIndex, l.ctx, err)
		}
		return string(ev.JSON()), string(bev.JSON()), nil
	}
}

func evaluate(lines []line, s subject) (*result, error) {
	res := newResult()
	for i := range lines {
		out, bg, err := s(&lines[i])
		if err != nil {
			return nil, err
		}
		res.judge(&lines[i], out, bg)
	}
	return res, nil
}

// ---- report ----

// showValue masks a value's shape (letters a/A, digits 9) unless
// VIGIL_EVAL_SHOW=1 asks for the generated value itself.
func showValue(s string) string {
	if showReal {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsDigit(r):
			return '9'
		case unicode.IsUpper(r):
			return 'A'
		case unicode.IsLetter(r):
			return 'a'
		}
		return r
	}, s)
}

var showReal bool

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (res *result) report() string {
	var b strings.Builder
	fmt.Fprintf(&b, "values %d, leaked %d, recall %.3f %%; look-alikes %d, damaged %d (%.3f %%)\n",
		res.values, res.leaked, 100*res.recall(), res.traps, res.damaged, 100*res.damage())
	table := func(title string, m map[string]*ratio, dmg bool) {
		fmt.Fprintf(&b, "\n%s\n", title)
		for _, k := range sortedKeys(m) {
			r := m[k]
			if dmg {
				fmt.Fprintf(&b, "  %-24s %6d  damaged %4d  %7.3f %%\n", k, r.n, r.bad, 100*(1-r.good()))
			} else {
				fmt.Fprintf(&b, "  %-24s %6d  leaked %5d  recall %7.3f %%\n", k, r.n, r.bad, 100*r.good())
			}
		}
	}
	table("recall per kind", res.byKind, false)
	table("recall per context", res.byCtx, false)
	table("recall per locale", res.byLoc, false)
	table("damage per look-alike type", res.dmgType, true)
	table("damage per context", res.dmgCtx, true)
	type kc struct {
		k string
		c *leakClass
	}
	var cs []kc
	for k, c := range res.classes {
		cs = append(cs, kc{k, c})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].c.n != cs[j].c.n {
			return cs[i].c.n > cs[j].c.n
		}
		return cs[i].k < cs[j].k
	})
	fmt.Fprintf(&b, "\ntop leak classes (kind | context | shape: count, example)\n")
	for i, x := range cs {
		if i == 40 {
			break
		}
		fmt.Fprintf(&b, "  %4d  %s\n        %s\n", x.c.n, x.k, x.c.example)
	}
	fmt.Fprintf(&b, "\nevery leak class of card, iban and cn_id (their target is zero)\n")
	for _, x := range cs {
		if k, _, _ := strings.Cut(x.k, " |"); k == kCard || k == kIBAN || k == kCNID {
			fmt.Fprintf(&b, "  %4d  %s\n        %s\n", x.c.n, x.k, x.c.example)
		}
	}
	fmt.Fprintf(&b, "\ndamaged look-alikes, one example per type\n")
	for _, k := range sortedKeys(res.dmgExamples) {
		fmt.Fprintf(&b, "  %-20s %s\n", k, res.dmgExamples[k])
	}
	return b.String()
}
