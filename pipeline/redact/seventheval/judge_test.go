package seventheval

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

// ---------- normalisation ----------

// jsonUnescape undoes JSON string escapes wherever they stand (several
// levels deep: it is applied until nothing changes, at most four times).
func jsonUnescape(s string) string {
	for range 4 {
		if !strings.Contains(s, `\`) {
			return s
		}
		var b strings.Builder
		changed := false
		for i := 0; i < len(s); i++ {
			ch := s[i]
			if ch != '\\' || i+1 >= len(s) {
				b.WriteByte(ch)
				continue
			}
			n := s[i+1]
			switch n {
			case '"', '\\', '/':
				b.WriteByte(n)
				i++
				changed = true
			case 'n':
				b.WriteByte('\n')
				i++
				changed = true
			case 't':
				b.WriteByte('\t')
				i++
				changed = true
			case 'r':
				b.WriteByte('\r')
				i++
				changed = true
			case 'u':
				if i+6 <= len(s) {
					if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
						r := rune(v)
						adv := 5
						if r >= 0xd800 && r < 0xdc00 && i+12 <= len(s) && s[i+6] == '\\' && s[i+7] == 'u' {
							if lo, err := strconv.ParseUint(s[i+8:i+12], 16, 32); err == nil && lo >= 0xdc00 && lo < 0xe000 {
								r = (r-0xd800)<<10 + (rune(lo) - 0xdc00) + 0x10000
								adv = 11
							}
						}
						b.WriteRune(r)
						i += adv
						changed = true
						continue
					}
				}
				b.WriteByte(ch)
			default:
				b.WriteByte(ch)
			}
		}
		if !changed {
			return s
		}
		s = b.String()
	}
	return s
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

// urlDecode undoes %XX and + (twice, for values encoded twice).
func urlDecode(s string) string {
	for range 2 {
		if !strings.ContainsAny(s, "%+") {
			return s
		}
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			switch {
			case s[i] == '+':
				b.WriteByte(' ')
			case s[i] == '%' && i+2 < len(s):
				h, ok1 := unhex(s[i+1])
				l, ok2 := unhex(s[i+2])
				if ok1 && ok2 {
					b.WriteByte(h<<4 | l)
					i += 2
				} else {
					b.WriteByte('%')
				}
			default:
				b.WriteByte(s[i])
			}
		}
		s = b.String()
	}
	return s
}

var xmlUnescape = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'")

// decoded undoes JSON escapes, URL encoding and XML entities; case kept.
func decoded(s string) string { return xmlUnescape.Replace(urlDecode(jsonUnescape(s))) }

func normText(s string) string { return strings.ToLower(decoded(s)) }

func normFrags(fs []string) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		if f = normText(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func asciiDigit(r rune) (rune, bool) {
	if r >= '0' && r <= '9' {
		return r, true
	}
	if unicode.IsDigit(r) {
		for _, set := range digitSets {
			for i, d := range set {
				if d == r {
					return rune('0' + i), true
				}
			}
		}
	}
	return 0, false
}

// normDigits: native digits to ASCII, separators people put in numbers
// removed.
func normDigits(s string) string {
	s = normText(s)
	var b strings.Builder
	for _, r := range s {
		if d, ok := asciiDigit(r); ok {
			b.WriteRune(d)
			continue
		}
		switch r {
		case ' ', '-', '.', '(', ')', '/', '\u00a0', '\u202f', '\u2009', '\t', '－', '\u200f', '\u200e':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func normAlnum(s string) string {
	s = normText(s)
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '\u00a0', '\t':
			return -1
		}
		return r
	}, s)
}

// countTok counts occurrences of v in s that are not part of a longer
// run of letters or digits.
func countTok(s, v string) int {
	if v == "" {
		return 0
	}
	n := 0
	first, _ := utf8.DecodeRuneInString(v)
	last, _ := utf8.DecodeLastRuneInString(v)
	checkL := unicode.IsLetter(first) || unicode.IsDigit(first)
	checkR := unicode.IsLetter(last) || unicode.IsDigit(last)
	for i := 0; ; {
		j := strings.Index(s[i:], v)
		if j < 0 {
			return n
		}
		j += i
		ok := true
		if checkL && j > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:j])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				ok = false
			}
		}
		if e := j + len(v); ok && checkR && e < len(s) {
			r, _ := utf8.DecodeRuneInString(s[e:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				ok = false
			}
		}
		if ok {
			n++
		}
		i = j + 1
	}
}

// shape masks a value for output: letters a/A, digits 9, rest kept.
func shape(s string) string {
	if os.Getenv("VIGIL_EVAL_SHOW") == "1" {
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

// ---------- judging ----------

type rate struct{ n, bad int }

func (r rate) pct() float64 {
	if r.n == 0 {
		return 100
	}
	return 100 * float64(r.n-r.bad) / float64(r.n)
}

func (r rate) badPct() float64 {
	if r.n == 0 {
		return 0
	}
	return 100 * float64(r.bad) / float64(r.n)
}

type result struct {
	lines       int
	kinds       map[string]*rate
	ctxs        map[string]*rate
	locs        map[string]*rate
	kindCtx     map[string]*rate
	classes     map[string]*rate
	traps       map[string]*rate
	trapCtx     map[string]*rate
	all, damage rate
	leakEx      map[string][]string
	damageEx    map[string][]string
	unmeasured  int
}

func newResult() *result {
	return &result{kinds: map[string]*rate{}, ctxs: map[string]*rate{}, locs: map[string]*rate{}, kindCtx: map[string]*rate{}, classes: map[string]*rate{}, traps: map[string]*rate{}, trapCtx: map[string]*rate{}, leakEx: map[string][]string{}, damageEx: map[string][]string{}}
}

func bump(m map[string]*rate, k string, bad bool) {
	r := m[k]
	if r == nil {
		r = &rate{}
		m[k] = r
	}
	r.n++
	if bad {
		r.bad++
	}
}

type norms struct{ text, digits, alnum string }

func mkNorms(s string) norms { return norms{normText(s), normDigits(s), normAlnum(s)} }

// leaked tells whether a fragment of v survives in out more often than
// the background holds it, and more often than other planted values of the
// line contain it.
func leaked(v planted, i int, vals []planted, out, bg norms) bool {
	check := func(frs []string, o, b string, norm func(string) string) bool {
		for _, f := range frs {
			got := strings.Count(o, f)
			if got == 0 {
				continue
			}
			allow := strings.Count(b, f)
			for j, w := range vals {
				if j != i && w.text != v.text {
					allow += strings.Count(norm(w.text), f)
				}
			}
			if got > allow {
				return true
			}
		}
		return false
	}
	return check(v.textFr, out.text, bg.text, normText) || check(v.digitFr, out.digits, bg.digits, normDigits) || check(v.alnumFr, out.alnum, bg.alnum, normAlnum)
}

// judgeLine records one line's outcome.
func (res *result) judgeLine(ctxName, loc string, vals []planted, traps []trapRec, out, bg string) {
	res.lines++
	on, bn := mkNorms(out), mkNorms(bg)
	for i, v := range vals {
		bad := leaked(v, i, vals, on, bn)
		k := kindNames[v.kind]
		res.all.n++
		if bad {
			res.all.bad++
		}
		bump(res.kinds, k, bad)
		bump(res.ctxs, ctxName, bad)
		bump(res.locs, loc, bad)
		bump(res.kindCtx, k+" in "+ctxName, bad)
		bump(res.classes, v.class, bad)
		if bad && len(res.leakEx[v.class]) < 2 {
			res.leakEx[v.class] = append(res.leakEx[v.class], fmt.Sprintf("%s (%s, %s): %s", shape(v.text), ctxName, loc, shape(excerpt(out, v))))
		}
	}
	od, bd := decoded(out), decoded(bg)
	seen := map[string]bool{}
	for _, t := range traps {
		if seen[t.val] {
			continue
		}
		seen[t.val] = true
		tv := decoded(t.val)
		want := countTok(bd, tv)
		if want == 0 {
			res.unmeasured++
			continue
		}
		bad := countTok(od, tv) < want
		res.damage.n++
		if bad {
			res.damage.bad++
		}
		bump(res.traps, t.typ, bad)
		bump(res.trapCtx, ctxName, bad)
		if bad && len(res.damageEx[t.typ]) < 2 {
			ex := ""
			if i := strings.Index(bd, tv); i >= 0 {
				ex = clip(bd, i, len(tv))
			}
			res.damageEx[t.typ] = append(res.damageEx[t.typ], fmt.Sprintf("%s (%s, %s): %s", shape(t.val), ctxName, loc, shape(ex)))
		}
	}
}

// excerpt is the output around where the value's first fragment survived.
func excerpt(out string, v planted) string {
	o := normText(out)
	for _, f := range v.textFr {
		if i := strings.Index(o, f); i >= 0 {
			return clip(o, i, len(f))
		}
	}
	for _, f := range v.digitFr {
		if i := strings.Index(normDigits(out), f); i >= 0 {
			return clip(normDigits(out), i, len(f))
		}
	}
	for _, f := range v.alnumFr {
		if i := strings.Index(normAlnum(out), f); i >= 0 {
			return clip(normAlnum(out), i, len(f))
		}
	}
	return ""
}

func clip(s string, i, n int) string {
	a, b := max(0, i-40), min(len(s), i+n+40)
	for a > 0 && !utf8.RuneStart(s[a]) {
		a--
	}
	for b < len(s) && !utf8.RuneStart(s[b]) {
		b++
	}
	return strings.ReplaceAll(s[a:b], "\n", "⏎")
}

// ---------- running ----------

// mode selects the redactor under judgement.
type mode int

const (
	modeVigil    mode = iota // redact.New(redact.DefaultConfig())
	modeIdentity             // changes nothing
	modePerfect              // replaces every planted value
)

const defaultLines = 15000

// lineSpec picks a line's context and locale.
func lineSpec(i int) (*context, *locale) {
	cx := &contexts[i%len(contexts)]
	lo := locales[(i/len(contexts)+i*7)%len(locales)]
	return cx, lo
}

func render(seed uint64, i int, bg bool) (*ctx, string) {
	cx, lo := lineSpec(i)
	c := newCtx(seed, i, lo, bg)
	return c, cx.fn(c)
}

func runCorpus(seed uint64, lines int, m mode) (*result, error) {
	var r *redact.Redactor
	if m == modeVigil {
		var err error
		if r, err = redact.New(redact.DefaultConfig()); err != nil {
			return nil, err
		}
	}
	dec := event.NewDecoder(nil)
	res := newResult()
	var ev event.Event
	for i := range lines {
		cx, lo := lineSpec(i)
		c, line := render(seed, i, false)
		_, bgLine := render(seed, i, true)
		var out, bg string
		if cx.event {
			ev.Reset()
			if err := dec.Decode([]byte(bgLine), &ev); err != nil {
				return nil, fmt.Errorf("line %d (%s): background does not decode: %v", i, cx.name, err)
			}
			bg = string(ev.AppendJSON(nil))
			ev.Reset()
			if err := dec.Decode([]byte(line), &ev); err != nil {
				return nil, fmt.Errorf("line %d (%s): line does not decode: %v", i, cx.name, err)
			}
			switch m {
			case modeVigil:
				r.Event(&ev)
				out = string(ev.AppendJSON(nil))
			case modeIdentity:
				out = string(ev.AppendJSON(nil))
			case modePerfect:
				out = bg
			}
		} else {
			bg = bgLine
			switch m {
			case modeVigil:
				out = r.String(line)
			case modeIdentity:
				out = line
			case modePerfect:
				out = bg
			}
		}
		res.judgeLine(cx.name, lo.code, c.vals, c.traps, out, bg)
	}
	return res, nil
}

// ---------- reporting ----------

func sortedKeys(m map[string]*rate) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (res *result) report(logf func(string, ...any)) {
	logf("lines %d, PII values %d, look-alikes %d (unmeasured %d)", res.lines, res.all.n, res.damage.n, res.unmeasured)
	logf("overall recall %.2f %% (%d leaked), look-alikes damaged %.3f %% (%d)", res.all.pct(), res.all.bad, res.damage.badPct(), res.damage.bad)
	section := func(title string, m map[string]*rate, dmg bool) {
		logf("-- %s", title)
		for _, k := range sortedKeys(m) {
			r := m[k]
			if dmg {
				logf("   %-22s %6d  damaged %5d  %.3f %%", k, r.n, r.bad, r.badPct())
			} else {
				logf("   %-22s %6d  leaked %5d  recall %.2f %%", k, r.n, r.bad, r.pct())
			}
		}
	}
	section("recall per kind", res.kinds, false)
	section("recall per context", res.ctxs, false)
	section("recall per locale", res.locs, false)
	section("damage per look-alike type", res.traps, true)
	section("damage per context", res.trapCtx, true)
	type kv struct {
		k string
		r *rate
	}
	var top []kv
	for k, r := range res.classes {
		if r.bad > 0 {
			top = append(top, kv{k, r})
		}
	}
	sort.Slice(top, func(i, j int) bool {
		return top[i].r.bad > top[j].r.bad || top[i].r.bad == top[j].r.bad && top[i].k < top[j].k
	})
	logf("-- top leak classes (value shape)")
	for i, t := range top {
		if i == 40 {
			break
		}
		logf("   %-32s leaked %5d of %5d", t.k, t.r.bad, t.r.n)
		for _, ex := range res.leakEx[t.k] {
			logf("      e.g. %s", ex)
		}
	}
	top = top[:0]
	for k, r := range res.kindCtx {
		if r.bad > 0 {
			top = append(top, kv{k, r})
		}
	}
	sort.Slice(top, func(i, j int) bool {
		return top[i].r.bad > top[j].r.bad || top[i].r.bad == top[j].r.bad && top[i].k < top[j].k
	})
	logf("-- top leak classes (kind in context)")
	for i, t := range top {
		if i == 40 {
			break
		}
		logf("   %-40s leaked %5d of %5d", t.k, t.r.bad, t.r.n)
	}
	logf("-- damage examples")
	for _, k := range sortedKeys(res.traps) {
		for _, ex := range res.damageEx[k] {
			logf("   %-16s %s", k, ex)
		}
	}
}
