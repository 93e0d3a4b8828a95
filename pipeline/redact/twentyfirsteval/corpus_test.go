package twentyfirsteval

import (
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

const defaultSeed = 21

// corpus size: lines built (a few are clean lines, look-alikes only).
const corpusLines = 12000

var contexts = []string{"mail", "telephony", "edi", "banking", "erp", "pos", "helpdesk", "edge", "directory", "syslog", "exports", "middleware", "disputes", "documents"}

// ctxKinds lists the kinds each context's lines carry.
var ctxKinds = map[string][]string{
	"mail":       {"name", "email", "phone", "address", "credential"},
	"telephony":  {"name", "email", "phone", "address", "credential"},
	"edi":        {"name", "email", "phone", "address", "iban", "credential"},
	"banking":    {"name", "email", "phone", "address", "iban", "card", "credential"},
	"erp":        {"name", "email", "phone", "address", "iban", "cn_id"},
	"pos":        {"name", "email", "phone", "card", "credential"},
	"helpdesk":   {"name", "email", "phone", "address", "credential"},
	"edge":       {"name", "email", "phone", "address", "card", "credential"},
	"directory":  {"name", "email", "phone", "address", "credential"},
	"syslog":     {"name", "email", "phone", "address", "credential"},
	"exports":    {"name", "email", "phone", "address", "iban", "credential"},
	"middleware": {"name", "email", "phone", "address", "iban", "card", "credential"},
	"disputes":   {"name", "email", "phone", "address", "iban", "card"},
	"documents":  {"name", "email", "phone", "address", "iban", "cn_id"},
}

var kinds = []string{"name", "email", "phone", "address", "card", "iban", "cn_id", "credential"}

func templates() map[string][]tmpl {
	m := map[string][]tmpl{}
	for _, ts := range [][]tmpl{tmplsMail, tmplsTelephony, tmplsEDI, tmplsBanking, tmplsERP, tmplsPOS, tmplsHelpdesk, tmplsEdge, tmplsDirectory, tmplsSyslog, tmplsExports, tmplsMiddleware, tmplsDisputes, tmplsDocuments} {
		for _, t := range ts {
			m[t.ctx] = append(m[t.ctx], t)
		}
	}
	return m
}

func cleanTemplates() map[string][]tmpl {
	m := map[string][]tmpl{}
	for _, t := range tmplsClean {
		m[t.ctx] = append(m[t.ctx], t)
	}
	return m
}

var fieldKeys = []string{"message", "message", "event.original", "mail.body", "log.original"}

func (b *B) wrap(t tmpl, s string) string {
	return b.nd("service.name", t.ctx+"-collector", "log.level", b.pickS("info warn error debug"), "host.name", "ops-"+t.ctx+"-0"+strconv.Itoa(1+b.intn(4)), b.pick(fieldKeys), s)
}

type corpus struct {
	lines   []line
	rebuilt int
	dropped int // look-alikes dropped for holding part of a value
}

// identity reads a line as the judge does, without redaction.
func identity(dec *event.Decoder, l *line) string {
	return render(dec, l, nil)
}

// render redacts a line as the judge does and returns the output to read.
func render(dec *event.Decoder, l *line, r *redact.Redactor) string {
	if !l.ndjson {
		if r == nil {
			return l.text
		}
		return r.String(l.text)
	}
	var ev event.Event
	if err := dec.Decode([]byte(l.text), &ev); err != nil {
		return "DECODE ERROR " + err.Error()
	}
	if r != nil {
		r.Event(&ev)
	}
	var sb strings.Builder
	sb.Write(ev.JSON())
	for _, fl := range ev.Fields {
		sb.WriteByte('\n')
		sb.WriteString(fl.Value.Text())
	}
	return sb.String()
}

func buildOne(seed uint64, i int, attempt int, pii map[string][]tmpl, clean map[string][]tmpl) (line, bool) {
	r := rand.New(rand.NewPCG(seed, uint64(i)<<8|uint64(attempt)))
	ctx := contexts[i%len(contexts)]
	var t tmpl
	if r.IntN(100) < 10 {
		ts := clean[ctx]
		t = ts[r.IntN(len(ts))]
	} else {
		ts := pii[ctx]
		t = ts[r.IntN(len(ts))]
	}
	loc := locales[r.IntN(len(locales))]
	wrap := t.text && r.IntN(100) < 40
	s1, s2 := r.Uint64(), r.Uint64()
	run := func(ph bool) (*B, string) {
		b := &B{r: rand.New(rand.NewPCG(s1, s2)), ph: ph, loc: loc}
		s := t.fn(b)
		if wrap {
			s = b.wrap(t, s)
		}
		return b, s
	}
	bv, text := run(false)
	_, phText := run(true)
	l := line{ctx: t.ctx, tmpl: t.name, form: t.form, loc: bv.loc.code, ndjson: wrap || t.form == "ndjson", text: text, vals: bv.vals}
	if len(bv.vals) > 0 {
		phForms := forms(phText)
		for _, v := range bv.vals {
			if v.leaksIn(phForms) {
				return l, false
			}
		}
	}
	for _, lk := range bv.looks {
		lf := forms(lk.text)
		keep := true
		for _, v := range bv.vals {
			if v.leaksIn(lf) {
				keep = false
				break
			}
		}
		if keep {
			l.looks = append(l.looks, lk)
		}
	}
	return l, true
}

var corpusCache = map[uint64]*corpus{}
var corpusMu sync.Mutex

func buildCorpus(seed uint64, n int) *corpus {
	corpusMu.Lock()
	defer corpusMu.Unlock()
	key := seed<<20 | uint64(n)
	if c, ok := corpusCache[key]; ok {
		return c
	}
	pii, clean := templates(), cleanTemplates()
	c := &corpus{lines: make([]line, n)}
	var wg sync.WaitGroup
	var mu sync.Mutex
	workers := 2
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			dec := event.NewDecoder(nil)
			rebuilt := 0
			for i := w; i < n; i += workers {
				for attempt := 0; attempt < 100; attempt++ {
					l, ok := buildOne(seed, i, attempt, pii, clean)
					if ok {
						// every value must show in the line as the judge reads it
						fs := forms(identity(dec, &l))
						for _, v := range l.vals {
							if !v.leaksIn(fs) {
								ok = false
								break
							}
						}
					}
					if ok {
						c.lines[i] = l
						break
					}
					rebuilt++
				}
			}
			mu.Lock()
			c.rebuilt += rebuilt
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	kept := c.lines[:0]
	for _, l := range c.lines {
		if l.text != "" {
			kept = append(kept, l)
		}
	}
	c.lines = kept
	corpusCache[key] = c
	return c
}

// ---- judging ----

type tally struct{ n, bad int }

func (t *tally) add(bad bool) {
	t.n++
	if bad {
		t.bad++
	}
}
func (t tally) pct() float64 {
	if t.n == 0 {
		return 100
	}
	return 100 * float64(t.n-t.bad) / float64(t.n)
}
func (t tally) dmg() float64 {
	if t.n == 0 {
		return 0
	}
	return 100 * float64(t.bad) / float64(t.n)
}

type example struct{ value, out string }

type result struct {
	values, leaked, looks, damaged int
	byKind, byCtx, byLoc, byForm   map[string]*tally
	lookByType, lookByCtx          map[string]*tally
	classes                        map[string]int
	classEx                        map[string]example
	dmgEx                          map[string]example
	leakKind                       map[string]int
}

func newResult() *result {
	return &result{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{}, byForm: map[string]*tally{}, lookByType: map[string]*tally{}, lookByCtx: map[string]*tally{},
		classes: map[string]int{}, classEx: map[string]example{}, dmgEx: map[string]example{}, leakKind: map[string]int{}}
}

func inc(m map[string]*tally, k string, bad bool) {
	t := m[k]
	if t == nil {
		t = &tally{}
		m[k] = t
	}
	t.add(bad)
}

func snippet(out, v string) string {
	fl := foldDigits(out)
	k := strings.Index(strings.ToLower(fl), strings.ToLower(v))
	if k < 0 {
		k = 0
	}
	a, z := k-120, k+len(v)+120
	if a < 0 {
		a = 0
	}
	if z > len(fl) {
		z = len(fl)
	}
	for a > 0 && a < len(fl) && fl[a]&0xC0 == 0x80 {
		a--
	}
	for z < len(fl) && fl[z]&0xC0 == 0x80 {
		z++
	}
	return fl[a:z]
}

// judge reads every line through out (one output per line) and tallies.
func judge(c *corpus, outs []string) *result {
	res := newResult()
	for i := range c.lines {
		l := &c.lines[i]
		fs := forms(outs[i])
		form := l.form
		for _, v := range l.vals {
			leak := v.leaksIn(fs)
			res.values++
			inc(res.byKind, v.kind, leak)
			inc(res.byCtx, l.ctx, leak)
			inc(res.byLoc, l.loc, leak)
			inc(res.byForm, form, leak)
			if leak {
				res.leaked++
				res.leakKind[v.kind]++
				cl := v.kind + " · " + l.ctx + "/" + l.tmpl + " · " + form
				res.classes[cl]++
				if _, ok := res.classEx[cl]; !ok {
					res.classEx[cl] = example{v.text, snippet(outs[i], v.text)}
				}
			}
		}
		for _, lk := range l.looks {
			bad := !lk.intactIn(fs)
			res.looks++
			inc(res.lookByType, lk.typ, bad)
			inc(res.lookByCtx, l.ctx, bad)
			if bad {
				res.damaged++
				if _, ok := res.dmgEx[lk.typ]; !ok {
					res.dmgEx[lk.typ] = example{lk.text, snippet(outs[i], "")}
				}
			}
		}
	}
	return res
}

func redactAll(t testing.TB, c *corpus, r *redact.Redactor) []string {
	outs := make([]string, len(c.lines))
	var wg sync.WaitGroup
	workers := 2
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			dec := event.NewDecoder(nil)
			for i := w; i < len(c.lines); i += workers {
				outs[i] = render(dec, &c.lines[i], r)
			}
		}(w)
	}
	wg.Wait()
	return outs
}

// mask writes an example's shape: letters a/A, digits 9, caseless scripts x.
func mask(s string) string {
	if os.Getenv("VIGIL_EVAL_SHOW") == "1" {
		return s
	}
	var o strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			o.WriteByte('9')
		case unicode.IsUpper(r):
			o.WriteByte('A')
		case unicode.IsLower(r):
			o.WriteByte('a')
		case unicode.IsLetter(r):
			o.WriteByte('x')
		case unicode.IsMark(r):
		default:
			o.WriteRune(r)
		}
	}
	return o.String()
}

func sortedKeys[T any](m map[string]T) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func seedFromEnv(t testing.TB) (uint64, bool) {
	if s := os.Getenv("VIGIL_TWENTYFIRST_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("VIGIL_TWENTYFIRST_SEED: %v", err)
		}
		return n, n == defaultSeed
	}
	return defaultSeed, true
}

func TestTwentyFirstCorpus(t *testing.T) {
	seed, isDefault := seedFromEnv(t)
	c := buildCorpus(seed, corpusLines)
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	outs := redactAll(t, c, r)
	res := judge(c, outs)
	recall := 100 * float64(res.values-res.leaked) / float64(res.values)
	dmg := 100 * float64(res.damaged) / float64(res.looks)
	t.Logf("values %d, leaked %d, recall %.2f %%; look-alikes %d, damaged %d (%.3f %%)", res.values, res.leaked, recall, res.looks, res.damaged, dmg)
	logTable := func(title string, m map[string]*tally, damage bool) {
		var sb strings.Builder
		sb.WriteString(title + ":\n")
		for _, k := range sortedKeys(m) {
			tl := m[k]
			if damage {
				fmt.Fprintf(&sb, "  %-28s %6d  damaged %5d  %7.3f %%\n", k, tl.n, tl.bad, tl.dmg())
			} else {
				fmt.Fprintf(&sb, "  %-28s %6d  leaked %5d  recall %7.2f %%\n", k, tl.n, tl.bad, tl.pct())
			}
		}
		t.Log(sb.String())
	}
	logTable("recall by kind", res.byKind, false)
	logTable("recall by context", res.byCtx, false)
	logTable("recall by locale", res.byLoc, false)
	logTable("recall by form", res.byForm, false)
	logTable("damage by look-alike type", res.lookByType, true)
	logTable("damage by context", res.lookByCtx, true)
	cls := sortedKeys(res.classes)
	sort.SliceStable(cls, func(i, j int) bool { return res.classes[cls[i]] > res.classes[cls[j]] })
	var sb strings.Builder
	sb.WriteString("largest leak classes (kind · context/template · form):\n")
	for i, k := range cls {
		if i == 40 {
			break
		}
		ex := res.classEx[k]
		fmt.Fprintf(&sb, "  %5d  %s\n         value %q\n         in    %q\n", res.classes[k], k, mask(ex.value), mask(ex.out))
	}
	t.Log(sb.String())
	sb.Reset()
	sb.WriteString("first damaged example of each look-alike type:\n")
	n := 0
	for _, k := range sortedKeys(res.dmgEx) {
		if n == 25 {
			break
		}
		n++
		ex := res.dmgEx[k]
		fmt.Fprintf(&sb, "  %-22s %q\n         in %q\n", k, mask(ex.value), mask(ex.out))
	}
	t.Log(sb.String())

	if os.Getenv("VIGIL_TWENTYFIRST_TARGETS") == "1" {
		for _, k := range []string{"card", "iban", "cn_id", "credential"} {
			if res.leakKind[k] > 0 {
				t.Errorf("issue 10: %d %s leaks, want 0", res.leakKind[k], k)
			}
		}
		for _, k := range []string{"name", "email", "phone", "address"} {
			if tl := res.byKind[k]; tl != nil && tl.pct() < 99.5 {
				t.Errorf("issue 10: %s recall %.2f %% < 99.5 %%", k, tl.pct())
			}
		}
		for _, k := range sortedKeys(res.byCtx) {
			if tl := res.byCtx[k]; tl.pct() < 99.5 {
				t.Errorf("issue 10: context %s recall %.2f %% < 99.5 %%", k, tl.pct())
			}
		}
		if dmg > 0.1 {
			t.Errorf("issue 10: look-alikes damaged %.3f %% > 0.1 %%", dmg)
		}
		return
	}
	if !isDefault {
		return
	}
	for k, fl := range kindFloors {
		if tl := res.byKind[k]; tl == nil || tl.pct() < fl {
			t.Errorf("recall of %s %.2f %% below its floor %.1f %%", k, tallyPct(tl), fl)
		}
	}
	for k, fl := range contextFloors {
		if tl := res.byCtx[k]; tl == nil || tl.pct() < fl {
			t.Errorf("recall of context %s %.2f %% below its floor %.1f %%", k, tallyPct(tl), fl)
		}
	}
	if damageCeiling >= 0 && dmg > damageCeiling {
		t.Errorf("look-alikes damaged %.3f %% above the ceiling %.1f %%", dmg, damageCeiling)
	}
	for k, ceil := range leakCeilings {
		if res.leakKind[k] > ceil {
			t.Errorf("%d %s leaks, more than the first run's %d", res.leakKind[k], k, ceil)
		}
	}
}

func tallyPct(t *tally) float64 {
	if t == nil {
		return 0
	}
	return t.pct()
}
