package tentheval

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- normalisation ----

// jsonUnescape undoes JSON string escapes wherever they stand.
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
		case 'u':
			if i+6 <= len(s) {
				if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
					r := rune(v)
					i += 5
					if r >= 0xD800 && r < 0xDC00 && i+7 <= len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
						if v2, err := strconv.ParseUint(s[i+3:i+7], 16, 32); err == nil && v2 >= 0xDC00 && v2 < 0xE000 {
							r = (r-0xD800)<<10 + (rune(v2) - 0xDC00) + 0x10000
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

func unhex(c byte) int {
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

// urlDecode undoes %XX escapes and '+' for a space.
func urlDecode(s string) string {
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
		if c == '%' && i+2 < len(s) && unhex(s[i+1]) >= 0 && unhex(s[i+2]) >= 0 {
			b.WriteByte(byte(unhex(s[i+1])<<4 | unhex(s[i+2])))
			i += 2
			continue
		}
		b.WriteByte(c)
	}
	if !utf8.ValidString(b.String()) {
		return strings.ToValidUTF8(b.String(), "\uFFFD")
	}
	return b.String()
}

// stripMarkers replaces the redactor's markers with a separator.
func stripMarkers(s string) string {
	for _, open := range []string{"[REDACTED:", "[HASH:"} {
		for {
			i := strings.Index(s, open)
			if i < 0 {
				break
			}
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				j = len(s) - i - 1
			}
			s = s[:i] + " ¦ " + s[i+j+1:]
		}
	}
	return s
}

// normLower folds case, full-width forms and the digits of other scripts.
func normLower(s string) string {
	s = strings.ToLower(s)
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + r - '０'
		case r >= 'ａ' && r <= 'ｚ':
			return 'a' + r - 'ａ'
		case r == '＋':
			return '+'
		case r == '－':
			return '-'
		case r == '（':
			return '('
		case r == '）':
			return ')'
		case r == '\u00a0', r == '\u202f':
			return ' '
		case r > 0x7f && unicode.IsDigit(r):
			for _, z := range []rune{'٠', '۰', '०', '০', '๐', '០'} {
				if r >= z && r <= z+9 {
					return '0' + r - z
				}
			}
		}
		return r
	}, s)
}

// normalise: what a reader of the stored text could recover.
func normalise(s string) string {
	for k := 0; k < 3; k++ {
		t := urlDecode(jsonUnescape(s))
		if t == s {
			break
		}
		s = t
	}
	return normLower(stripMarkers(s))
}

func isAlnum(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isDigitRune(r rune) bool {
	if r < 0x80 {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isLight(r rune) bool {
	switch r {
	case ' ', '-', '.', '(', ')', '/', '+':
		return true
	}
	return false
}

// squeeze drops short runs of separators between letters or digits when
// one side is a digit (so "0917 940 4315" and "DE89 3704" read as one
// run) and turns every other non-alphanumeric rune into '|'.
func squeeze(s string) string {
	if isASCII(s) {
		b := []byte(s)
		out := make([]byte, 0, len(b))
		for i := 0; i < len(b); i++ {
			r := rune(b[i])
			if isAlnum(r) {
				out = append(out, b[i])
				continue
			}
			if isLight(r) {
				j := i
				for j < len(b) && isLight(rune(b[j])) && j-i < 3 {
					j++
				}
				if i > 0 && j < len(b) && isAlnum(rune(b[i-1])) && isAlnum(rune(b[j])) && (isDigitRune(rune(b[i-1])) || isDigitRune(rune(b[j]))) {
					i = j - 1
					continue
				}
			}
			out = append(out, '|')
		}
		return string(out)
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if isAlnum(r) {
			out = append(out, r)
			continue
		}
		if isLight(r) {
			j := i
			for j < len(rs) && isLight(rs[j]) && j-i < 3 {
				j++
			}
			if i > 0 && j < len(rs) && isAlnum(rs[i-1]) && isAlnum(rs[j]) && (isDigitRune(rs[i-1]) || isDigitRune(rs[j])) {
				i = j - 1
				continue
			}
		}
		out = append(out, '|')
	}
	return string(out)
}

func words(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	sp := true
	for _, r := range s {
		if isAlnum(r) {
			b.WriteRune(r)
			sp = false
		} else if !sp {
			b.WriteByte(' ')
			sp = true
		}
	}
	if !sp {
		b.WriteByte(' ')
	}
	return b.String()
}

// view is a rendered line in the three forms fragments are looked for in.
type view struct{ norm, sq, words string }

func viewOf(s string) view {
	n := normalise(s)
	return view{norm: n, sq: squeeze(n), words: words(n)}
}

func (v view) count(f frag) int {
	switch f.form {
	case formSqueezed:
		return strings.Count(v.sq, f.s)
	case formWord:
		return strings.Count(v.words, " "+f.s+" ")
	case formSub:
		return strings.Count(v.words, f.s)
	}
	return strings.Count(v.norm, f.s)
}

// countLook counts a look-alike where it is not part of a longer run of
// letters and digits.
func countLook(text, val string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], val)
		if j < 0 {
			return n
		}
		a, b := i+j, i+j+len(val)
		okA, okB := true, true
		if a > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:a])
			first, _ := utf8.DecodeRuneInString(val)
			okA = !(isAlnum(r) && isAlnum(first))
		}
		if b < len(text) {
			r, _ := utf8.DecodeRuneInString(text[b:])
			last, _ := utf8.DecodeLastRuneInString(val)
			okB = !(isAlnum(r) && isAlnum(last))
		}
		if okA && okB {
			n++
		}
		i = a + 1
	}
}

// ---- judging one line ----

type verdict struct {
	leaked     []*plant
	caught     []*plant
	unmeasured []*plant // not visible in the unredacted line: a generator bug
	damaged    []*look
	kept       []*look
	lookLost   []*look // not visible in the background: a generator bug
	leakFrag   map[*plant]string
	dmgWhere   map[*look]string // the redacted text where a damaged look-alike stood
}

// where finds, in the redacted text, the place of a look-alike of the
// background: after the text that precedes it there.
func where(bg, out, val string) string {
	i := indexLook(bg, val)
	if i < 0 {
		return ""
	}
	for _, n := range []int{24, 8} {
		a := max(0, i-n)
		for a > 0 && !utf8.RuneStart(bg[a]) {
			a++
		}
		if j := strings.Index(out, bg[a:i]); j >= 0 && a < i {
			e := min(len(out), j+(i-a)+len(val)+60)
			for e < len(out) && !utf8.RuneStart(out[e]) {
				e++
			}
			return out[j:e]
		}
	}
	// the text before it is gone too: show the background there
	a, e := max(0, i-40), min(len(bg), i+len(val)+40)
	for a > 0 && !utf8.RuneStart(bg[a]) {
		a++
	}
	for e < len(bg) && !utf8.RuneStart(bg[e]) {
		e++
	}
	return "(background) " + bg[a:e]
}

// indexLook is the first place of a look-alike that countLook would count.
func indexLook(text, val string) int {
	for i := 0; ; {
		j := strings.Index(text[i:], val)
		if j < 0 {
			return -1
		}
		if countLook(text[i+j:min(len(text), i+j+len(val)+4)], val) > 0 && (i+j == 0 || countLook(text[i+j-1:min(len(text), i+j+len(val)+4)], val) > 0) {
			return i + j
		}
		i += j + 1
	}
}

// judge compares the redacted line (out) with the unredacted real line
// (real) and the unredacted background (bg).
func judge(pii []*plant, looks []*look, real, out, bg view) verdict {
	var v verdict
	v.leakFrag = map[*plant]string{}
	v.dmgWhere = map[*look]string{}
	// A fragment that another value of the line also holds (two buyers
	// with one family name, two addresses on one street) cannot tell which
	// of them survived: it is used only when the value has no other, or
	// when the other value is part of this one (a given name and the whole
	// name, a street line and the whole address).
	owners := map[frag][]*plant{}
	for _, p := range pii {
		for _, f := range p.frags {
			owners[f] = append(owners[f], p)
		}
	}
	related := func(p, q *plant) bool {
		a, b := normLower(p.val), normLower(q.val)
		return strings.Contains(a, b) || strings.Contains(b, a)
	}
	for _, p := range pii {
		frags := p.frags
		var own []frag
		for _, f := range p.frags {
			shared := false
			for _, q := range owners[f] {
				if q != p && !related(p, q) {
					shared = true
					break
				}
			}
			if !shared {
				own = append(own, f)
			}
		}
		if len(own) > 0 {
			frags = own
		}
		leaked := ""
		for _, f := range frags {
			if co := out.count(f); co > 0 && co > bg.count(f) && real.count(f) > bg.count(f) {
				leaked = f.s
				break
			}
		}
		if leaked != "" {
			v.leaked = append(v.leaked, p)
			v.leakFrag[p] = leaked
			continue
		}
		visible := false
		for _, f := range frags {
			if real.count(f) > bg.count(f) {
				visible = true
				break
			}
		}
		if visible {
			v.caught = append(v.caught, p)
		} else {
			v.unmeasured = append(v.unmeasured, p)
		}
	}
	for _, l := range looks {
		val := normLower(l.val)
		nb := countLook(bg.norm, val)
		if nb == 0 {
			v.lookLost = append(v.lookLost, l)
			continue
		}
		if countLook(out.norm, val) < nb {
			v.damaged = append(v.damaged, l)
			v.dmgWhere[l] = where(bg.norm, out.norm, val)
		} else {
			v.kept = append(v.kept, l)
		}
	}
	return v
}

// ---- tallies ----

type tally struct{ n, bad int }

func (t tally) rate() float64 {
	if t.n == 0 {
		return 0
	}
	return float64(t.bad) / float64(t.n)
}

type report struct {
	values, leaks, looks, damaged, unmeasured, lookLost int
	byKind, byCtx, byLoc                                map[string]*tally
	dmgType, dmgCtx                                     map[string]*tally
	classes                                             map[string]int
	examples                                            map[string][]string
	genBugs                                             []string
}

func newReport() *report {
	return &report{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{},
		dmgType: map[string]*tally{}, dmgCtx: map[string]*tally{}, classes: map[string]int{}, examples: map[string][]string{}}
}

func bump(m map[string]*tally, k string, bad bool) {
	t := m[k]
	if t == nil {
		t = &tally{}
		m[k] = t
	}
	t.n++
	if bad {
		t.bad++
	}
}

func (r *report) add(v verdict, out string, show bool) {
	for _, p := range v.caught {
		r.values++
		bump(r.byKind, p.kind, false)
		bump(r.byCtx, p.ctx, false)
		bump(r.byLoc, p.loc, false)
	}
	for _, p := range v.leaked {
		r.values++
		r.leaks++
		bump(r.byKind, p.kind, true)
		bump(r.byCtx, p.ctx, true)
		bump(r.byLoc, p.loc, true)
		cl := p.kind + " in " + p.ctx
		r.classes[cl]++
		if len(r.examples[cl]) < 2 {
			r.examples[cl] = append(r.examples[cl], excerpt(out, v.leakFrag[p], p.val, show))
		}
	}
	for _, l := range v.kept {
		r.looks++
		bump(r.dmgType, l.typ, false)
		bump(r.dmgCtx, l.ctx, false)
	}
	for _, l := range v.damaged {
		r.looks++
		r.damaged++
		bump(r.dmgType, l.typ, true)
		bump(r.dmgCtx, l.ctx, true)
		cl := "damaged " + l.typ + " in " + l.ctx
		r.classes[cl]++
		if len(r.examples[cl]) < 2 {
			r.examples[cl] = append(r.examples[cl], fmt.Sprintf("value %q … %q", mask(l.val, show), mask(strings.ReplaceAll(v.dmgWhere[l], "\n", "⏎"), show)))
		}
	}
	r.unmeasured += len(v.unmeasured)
	r.lookLost += len(v.lookLost)
	for _, p := range v.unmeasured {
		if len(r.genBugs) < 10 {
			r.genBugs = append(r.genBugs, fmt.Sprintf("unmeasurable %s in %s: %s", p.kind, p.ctx, mask(p.val, show)))
		}
	}
	for _, l := range v.lookLost {
		if len(r.genBugs) < 20 {
			r.genBugs = append(r.genBugs, fmt.Sprintf("look-alike %s in %s not in background: %s", l.typ, l.ctx, mask(l.val, show)))
		}
	}
}

func (r *report) merge(o *report) {
	r.values += o.values
	r.leaks += o.leaks
	r.looks += o.looks
	r.damaged += o.damaged
	r.unmeasured += o.unmeasured
	r.lookLost += o.lookLost
	for _, pair := range []struct{ a, b map[string]*tally }{{r.byKind, o.byKind}, {r.byCtx, o.byCtx}, {r.byLoc, o.byLoc}, {r.dmgType, o.dmgType}, {r.dmgCtx, o.dmgCtx}} {
		for k, t := range pair.b {
			if pair.a[k] == nil {
				pair.a[k] = &tally{}
			}
			pair.a[k].n += t.n
			pair.a[k].bad += t.bad
		}
	}
	for k, n := range o.classes {
		r.classes[k] += n
	}
	for k, ex := range o.examples {
		for _, e := range ex {
			if len(r.examples[k]) < 2 {
				r.examples[k] = append(r.examples[k], e)
			}
		}
	}
	for _, b := range o.genBugs {
		if len(r.genBugs) < 20 {
			r.genBugs = append(r.genBugs, b)
		}
	}
}

func (r *report) recall() float64 {
	if r.values == 0 {
		return 0
	}
	return 1 - float64(r.leaks)/float64(r.values)
}

func (r *report) damage() float64 {
	if r.looks == 0 {
		return 0
	}
	return float64(r.damaged) / float64(r.looks)
}

// mask shapes a value (letters a/A, digits 9) unless show is set.
func mask(s string, show bool) string {
	if show {
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

// excerpt shows the redacted output around the surviving fragment (or the
// value), shape-masked unless show.
func excerpt(out, fragment, val string, show bool) string {
	n := normalise(out)
	key := fragment
	if key == "" {
		key = normLower(val)
	}
	i := strings.Index(n, key)
	if i < 0 {
		// a fragment of the squeezed text: show that text
		n = squeeze(n)
		if i = strings.Index(n, key); i < 0 {
			i = 0
		}
	}
	a, b := max(0, i-60), min(len(n), i+len(key)+60)
	for a > 0 && !utf8.RuneStart(n[a]) {
		a--
	}
	for b < len(n) && !utf8.RuneStart(n[b]) {
		b++
	}
	return fmt.Sprintf("value %q … %q", mask(val, show), mask(strings.ReplaceAll(n[a:b], "\n", "⏎"), show))
}

func pct(t *tally, recall bool) string {
	if recall {
		return fmt.Sprintf("%6d  %7.3f %%  (%d leaked)", t.n, 100*(1-t.rate()), t.bad)
	}
	return fmt.Sprintf("%6d  %7.3f %%  (%d damaged)", t.n, 100*t.rate(), t.bad)
}

func sortedKeys(m map[string]*tally) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (r *report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "values %d, leaked %d, recall %.3f %%; look-alikes %d, damaged %d (%.3f %%); unmeasurable values %d, look-alikes %d\n",
		r.values, r.leaks, 100*r.recall(), r.looks, r.damaged, 100*r.damage(), r.unmeasured, r.lookLost)
	for _, sec := range []struct {
		title  string
		m      map[string]*tally
		recall bool
	}{{"recall per kind", r.byKind, true}, {"recall per context", r.byCtx, true}, {"recall per locale", r.byLoc, true},
		{"damage per look-alike type", r.dmgType, false}, {"damage per context", r.dmgCtx, false}} {
		fmt.Fprintf(&b, "-- %s\n", sec.title)
		for _, k := range sortedKeys(sec.m) {
			fmt.Fprintf(&b, "  %-22s %s\n", k, pct(sec.m[k], sec.recall))
		}
	}
	type kv struct {
		k string
		n int
	}
	var cl []kv
	for k, n := range r.classes {
		cl = append(cl, kv{k, n})
	}
	sort.Slice(cl, func(i, j int) bool { return cl[i].n > cl[j].n || cl[i].n == cl[j].n && cl[i].k < cl[j].k })
	fmt.Fprintf(&b, "-- top leak and damage classes\n")
	for i, c := range cl {
		if i == 25 {
			break
		}
		fmt.Fprintf(&b, "  %5d  %s\n", c.n, c.k)
		for _, e := range r.examples[c.k] {
			fmt.Fprintf(&b, "           %s\n", e)
		}
	}
	for _, g := range r.genBugs {
		fmt.Fprintf(&b, "  generator: %s\n", g)
	}
	return b.String()
}
