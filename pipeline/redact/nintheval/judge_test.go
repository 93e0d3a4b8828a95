package nintheval

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

// ---- normalisation: the views a fragment is searched in ----

// unescapeJSON undoes JSON string escapes (\" \\ \/ \n \t \r \b \f \uXXXX
// with surrogate pairs) anywhere in s.
func unescapeJSON(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
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
					adv := 5
					if r >= 0xD800 && r < 0xDC00 && i+12 <= len(s) && s[i+6] == '\\' && s[i+7] == 'u' {
						if lo, err := strconv.ParseUint(s[i+8:i+12], 16, 32); err == nil && lo >= 0xDC00 && lo < 0xE000 {
							r = 0x10000 + (r-0xD800)<<10 + (rune(lo) - 0xDC00)
							adv = 11
						}
					}
					b.WriteRune(r)
					i += adv
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

// percentDecode decodes %XX sequences (twice-encoded %25XX too); '+' is kept.
func percentDecode(s string) string {
	for round := 0; round < 2 && strings.IndexByte(s, '%') >= 0; round++ {
		var b strings.Builder
		b.Grow(len(s))
		for i := 0; i < len(s); i++ {
			if s[i] == '%' && i+2 < len(s) {
				h, ok1 := unhex(s[i+1])
				l, ok2 := unhex(s[i+2])
				if ok1 && ok2 {
					b.WriteByte(h<<4 | l)
					i += 2
					continue
				}
			}
			b.WriteByte(s[i])
		}
		s = b.String()
	}
	return s
}

// foldDigits maps the digits of other systems to ASCII.
func foldDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, c := range s {
		if d, ok := digitOf(c); ok {
			b.WriteByte(byte('0' + d))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

type views struct {
	u string // JSON-unescaped (up to three levels), percent-decoded, digits folded, lower case
	p string // the same with '+' read as a space before percent-decoding (form encoding)
	k string // u without separators: spaces, dashes, dots, brackets, slashes, plus signs, commas
}

func makeViews(s string) views {
	for i := 0; i < 3 && strings.IndexByte(s, '\\') >= 0; i++ {
		s = unescapeJSON(s)
	}
	u := strings.ToLower(foldDigits(percentDecode(s)))
	v := views{u: u, p: strings.ToLower(foldDigits(percentDecode(strings.ReplaceAll(s, "+", " "))))}
	var b strings.Builder
	b.Grow(len(u))
	for _, c := range u {
		switch c {
		case ' ', '-', '.', '(', ')', '/', '+', ',', '\t', '\n', '\u00a0', '_':
			continue
		}
		b.WriteRune(c)
	}
	v.k = b.String()
	return v
}

// ---- the judge ----

type counter struct{ n, bad int }

func (c *counter) rate() float64 {
	if c.n == 0 {
		return 0
	}
	return float64(c.bad) / float64(c.n)
}

type report struct {
	values, leaks        int
	traps, damaged       int
	lines                int
	byKind, byCtx, byLoc map[string]*counter
	trapType, trapCtx    map[string]*counter
	classes              map[string]int
	examples             map[string][]string
	unfoundTraps         int
	decodeErrors         int
	mismatch             int // renderings that planted different values (a generator bug)
	kindCtx              map[string]int
}

func newReport() *report {
	return &report{byKind: map[string]*counter{}, byCtx: map[string]*counter{}, byLoc: map[string]*counter{},
		trapType: map[string]*counter{}, trapCtx: map[string]*counter{}, classes: map[string]int{}, examples: map[string][]string{}, kindCtx: map[string]int{}}
}

func inc(m map[string]*counter, k string, bad bool) {
	c := m[k]
	if c == nil {
		c = &counter{}
		m[k] = c
	}
	c.n++
	if bad {
		c.bad++
	}
}

func (r *report) recall() float64 {
	if r.values == 0 {
		return 0
	}
	return 1 - float64(r.leaks)/float64(r.values)
}

func (r *report) damage() float64 {
	if r.traps == 0 {
		return 0
	}
	return float64(r.damaged) / float64(r.traps)
}

// line is one generated line in its three renderings.
type line struct {
	ctx    context
	loc    *locale
	pii    string
	bg     string
	marker string
	vals   []value
	traps  []trapUse
}

func generate(seed uint64, idx int, withMarker bool) line {
	ctx := contexts[idx%len(contexts)]
	loc := locales[(idx/len(contexts)+int(seed%97))%len(locales)]
	var out [3]*bld
	var txt [3]string
	last := modeBG
	if withMarker {
		last = modeMarker
	}
	for m := modePII; m <= last; m++ {
		b := newBld(seed, idx, m)
		b.l = loc
		txt[m] = ctx.gen(b)
		out[m] = b
	}
	ln := line{ctx: ctx, loc: loc, pii: txt[modePII], bg: txt[modeBG], marker: txt[modeMarker], vals: out[modePII].vals, traps: out[modePII].traps}
	return ln
}

// renderingsAgree reports whether the three renderings planted the same values and look-alikes.
func renderingsAgree(seed uint64, idx int) bool {
	ctx := contexts[idx%len(contexts)]
	loc := locales[(idx/len(contexts)+int(seed%97))%len(locales)]
	var bs [3]*bld
	for m := modePII; m <= modeMarker; m++ {
		bs[m] = newBld(seed, idx, m)
		bs[m].l = loc
		ctx.gen(bs[m])
	}
	for m := modeBG; m <= modeMarker; m++ {
		if len(bs[m].vals) != len(bs[0].vals) || len(bs[m].traps) != len(bs[0].traps) {
			return false
		}
		for i := range bs[0].vals {
			if bs[m].vals[i].text != bs[0].vals[i].text {
				return false
			}
		}
		for i := range bs[0].traps {
			if bs[m].traps[i] != bs[0].traps[i] {
				return false
			}
		}
	}
	return true
}

// redactFunc redacts one line. For an event line it receives the decoded
// event (and returns its JSON); for text the text.
type redactFunc func(dec *event.Decoder, ln *line, ev *event.Event, text string) string

// eventJSON decodes an NDJSON line and encodes it back (no redaction).
func eventJSON(dec *event.Decoder, s string) (string, error) {
	var ev event.Event
	if err := dec.Decode([]byte(s), &ev); err != nil {
		return "", err
	}
	return string(ev.JSON()), nil
}

// judge generates n lines from seed, redacts them with red and judges the
// output. Lines are split into contiguous chunks judged in parallel and
// merged in order, so the report does not depend on the number of workers.
func judge(seed uint64, n int, withMarker bool, red redactFunc) *report {
	workers := min(runtime.GOMAXPROCS(0), 4)
	chunk := (n + workers - 1) / workers
	reps := make([]*report, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reps[w] = judgeRange(seed, w*chunk, min(n, (w+1)*chunk), withMarker, red)
		}()
	}
	wg.Wait()
	rep := newReport()
	for _, r := range reps {
		rep.merge(r)
	}
	return rep
}

func (r *report) merge(o *report) {
	r.values += o.values
	r.leaks += o.leaks
	r.traps += o.traps
	r.damaged += o.damaged
	r.lines += o.lines
	r.unfoundTraps += o.unfoundTraps
	r.decodeErrors += o.decodeErrors
	for _, p := range [][2]map[string]*counter{{r.byKind, o.byKind}, {r.byCtx, o.byCtx}, {r.byLoc, o.byLoc}, {r.trapType, o.trapType}, {r.trapCtx, o.trapCtx}} {
		for k, c := range p[1] {
			d := p[0][k]
			if d == nil {
				d = &counter{}
				p[0][k] = d
			}
			d.n += c.n
			d.bad += c.bad
		}
	}
	for k, n := range o.classes {
		r.classes[k] += n
	}
	for k, n := range o.kindCtx {
		r.kindCtx[k] += n
	}
	for _, k := range sortedKeys(o.examples) {
		for _, e := range o.examples[k] {
			if len(r.examples[k]) < 3 {
				r.examples[k] = append(r.examples[k], e)
			}
		}
	}
}

func judgeRange(seed uint64, from, to int, withMarker bool, red redactFunc) *report {
	rep := newReport()
	dec := event.NewDecoder(nil)
	for i := from; i < to; i++ {
		ln := generate(seed, i, withMarker)
		rep.lines++
		var out, bg string
		if ln.ctx.event {
			var ev event.Event
			if err := dec.Decode([]byte(ln.pii), &ev); err != nil {
				rep.decodeErrors++
				continue
			}
			out = red(dec, &ln, &ev, "")
			var err error
			if bg, err = eventJSON(dec, ln.bg); err != nil {
				rep.decodeErrors++
				continue
			}
		} else {
			out = red(dec, &ln, nil, ln.pii)
			bg = ln.bg
		}
		ov, bv := makeViews(out), makeViews(bg)
		for _, v := range ln.vals {
			frag, leaked := leakOf(v, ov, bv)
			rep.values++
			inc(rep.byKind, v.kind, leaked)
			inc(rep.byCtx, ln.ctx.name, leaked)
			inc(rep.byLoc, ln.loc.code, leaked)
			rep.kindCtx[v.kind+"/"+ln.ctx.name]++
			if leaked {
				rep.leaks++
				cls := v.kind + " in " + ln.ctx.name
				rep.classes[cls]++
				if len(rep.examples[cls]) < 3 {
					rep.examples[cls] = append(rep.examples[cls], fmt.Sprintf("[%s] value %q, fragment %q, near %q", ln.loc.code, show(v.text), show(frag), show(around(ov.u, frag))))
				}
			}
		}
		for _, t := range ln.traps {
			tv := strings.ToLower(foldDigits(t.text))
			bc, oc := strings.Count(bv.u, tv), strings.Count(ov.u, tv)
			if bc == 0 {
				bc, oc = strings.Count(bv.p, tv), strings.Count(ov.p, tv)
			}
			if bc == 0 {
				rep.unfoundTraps++
				continue
			}
			bad := oc < bc
			rep.traps++
			inc(rep.trapType, t.typ, bad)
			inc(rep.trapCtx, ln.ctx.name, bad)
			if bad {
				rep.damaged++
				cls := "damaged " + t.typ + " in " + ln.ctx.name
				rep.classes[cls]++
				if len(rep.examples[cls]) < 3 {
					rep.examples[cls] = append(rep.examples[cls], fmt.Sprintf("[%s] look-alike %q, output %q", ln.loc.code, show(t.text), show(trim(ov.u, 300))))
				}
			}
		}
	}
	return rep
}

// leakOf reports the first fragment of v that survives in the output more
// often than in the background.
func leakOf(v value, ov, bv views) (string, bool) {
	for _, f := range v.frags {
		if f == "" {
			continue
		}
		if strings.Contains(ov.u, f) && strings.Count(ov.u, f) > strings.Count(bv.u, f) {
			return f, true
		}
		if strings.Contains(ov.p, f) && strings.Count(ov.p, f) > strings.Count(bv.p, f) {
			return f, true
		}
	}
	for _, f := range v.compact {
		if f == "" {
			continue
		}
		if strings.Contains(ov.k, f) && strings.Count(ov.k, f) > strings.Count(bv.k, f) {
			return f, true
		}
	}
	return "", false
}

func around(s, f string) string {
	i := strings.Index(s, f)
	if i < 0 {
		return trim(s, 120)
	}
	lo, hi := max(0, i-60), min(len(s), i+len(f)+60)
	for lo > 0 && !utf8.RuneStart(s[lo]) {
		lo--
	}
	for hi < len(s) && !utf8.RuneStart(s[hi]) {
		hi++
	}
	return s[lo:hi]
}

func trim(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

var showReal = os.Getenv("VIGIL_EVAL_SHOW") == "1"

// show masks the shape of generated values unless VIGIL_EVAL_SHOW=1:
// letters become a/A, digits 9.
func show(s string) string {
	if showReal {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte('9')
		case c >= 'A' && c <= 'Z':
			b.WriteByte('A')
		case c >= 'a' && c <= 'z':
			b.WriteByte('a')
		case c > 0x7f && (c < 0x2000 || c > 0x206f):
			if _, ok := digitOf(c); ok {
				b.WriteByte('9')
			} else {
				b.WriteByte('x')
			}
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// ---- output ----

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (r *report) write(logf func(string, ...any)) {
	logf("lines %d, PII values %d, leaked %d, recall %.3f %%; look-alikes %d, damaged %d (%.3f %%)",
		r.lines, r.values, r.leaks, 100*r.recall(), r.traps, r.damaged, 100*r.damage())
	if r.decodeErrors > 0 || r.unfoundTraps > 0 {
		logf("JUDGE: %d event lines failed to decode, %d look-alikes not found in their background", r.decodeErrors, r.unfoundTraps)
	}
	table := func(title string, m map[string]*counter, word string) {
		logf("%s", title)
		for _, k := range sortedKeys(m) {
			c := m[k]
			logf("  %-22s %7d values  %5d %s  recall %7.3f %%", k, c.n, c.bad, word, 100*(1-c.rate()))
		}
	}
	table("recall per kind:", r.byKind, "leaked")
	table("recall per context:", r.byCtx, "leaked")
	table("recall per locale:", r.byLoc, "leaked")
	dtable := func(title string, m map[string]*counter) {
		logf("%s", title)
		for _, k := range sortedKeys(m) {
			c := m[k]
			logf("  %-22s %7d look-alikes  %5d damaged  %6.3f %%", k, c.n, c.bad, 100*c.rate())
		}
	}
	dtable("damage per look-alike type:", r.trapType)
	dtable("damage per context:", r.trapCtx)
	type kv struct {
		k string
		n int
	}
	var cls []kv
	for k, n := range r.classes {
		cls = append(cls, kv{k, n})
	}
	sort.Slice(cls, func(i, j int) bool { return cls[i].n > cls[j].n || cls[i].n == cls[j].n && cls[i].k < cls[j].k })
	logf("top leak and damage classes:")
	for i, c := range cls {
		if i == 25 {
			break
		}
		logf("  %5d  %s", c.n, c.k)
		for _, e := range r.examples[c.k] {
			logf("         e.g. %s", e)
		}
	}
}
