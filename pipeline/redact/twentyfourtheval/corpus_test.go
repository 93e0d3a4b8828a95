package twentyfourtheval

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

const defaultSeed = 24

const (
	wantValues = 24500
	wantLooks  = 61000
)

type line struct {
	ctx, tmpl, form, loc string
	text                 string
	json                 bool
	vals                 []val
	looks                []lk
}

func runTmpl(t tmpl, loc *locale, seed, stream uint64, ph bool) (*builder, string) {
	b := &builder{r: rand.New(rand.NewPCG(seed, stream)), ph: ph, loc: loc, form: t.form}
	s := t.fn(b)
	if b.json && !strings.HasPrefix(s, "{\"@timestamp\"") {
		s = "{\"@timestamp\":" + jq(tsAt(b.r).Format("2006-01-02T15:04:05.000Z")) + "," + s[1:]
	}
	return b, s
}

// buildLine writes a line from template t; a line whose placeholder version
// already shows one of its values is rebuilt from the next random state.
func buildLine(t tmpl, loc *locale, seed, idx uint64, dec *event.Decoder) (line, bool) {
	for try := uint64(0); try < 8; try++ {
		stream := idx<<4 | try
		rb, text := runTmpl(t, loc, seed, stream, false)
		pb, ptext := runTmpl(t, loc, seed, stream, true)
		pv := views(readOut(nil, 0, ptext, pb.json, dec))
		bad := false
		for i := range rb.vals {
			if leaks(&rb.vals[i], pv) {
				bad = true
				break
			}
		}
		if bad {
			continue
		}
		l := line{ctx: t.ctx, tmpl: t.name, form: rb.form, loc: loc.code, text: text, json: rb.json, vals: rb.vals}
		for _, k := range rb.looks {
			kv := []*view{newView(foldDigits(k.s))}
			drop := false
			for i := range rb.vals {
				if leaks(&rb.vals[i], kv) || strings.Contains(rb.vals[i].text, k.s) {
					drop = true
					break
				}
			}
			if !drop {
				l.looks = append(l.looks, k)
			}
		}
		return l, true
	}
	return line{}, false
}

func buildCorpus(seed uint64) []line { return build(seed, -1) }

// buildFirst builds the corpus's first n lines.
func buildFirst(seed uint64, n int) []line { return build(seed, n) }

func build(seed uint64, n int) []line {
	const batch = 1024
	var lines []line
	nv, nl := 0, 0
	done := func() bool {
		if n >= 0 {
			return len(lines) >= n
		}
		return nv >= wantValues && nl >= wantLooks
	}
	w := runtime.GOMAXPROCS(0)
	for start := uint64(0); ; start += batch {
		res := make([]line, batch)
		ok := make([]bool, batch)
		var wg sync.WaitGroup
		for g := 0; g < w; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				dec := event.NewDecoder(nil)
				for j := g; j < batch; j += w {
					i := start + uint64(j)
					r := rand.New(rand.NewPCG(seed^0x5eed, i))
					t := templates[r.IntN(len(templates))]
					loc := locales[r.IntN(len(locales))]
					res[j], ok[j] = buildLine(t, loc, seed, i, dec)
				}
			}(g)
		}
		wg.Wait()
		for j := range res {
			if done() {
				return lines
			}
			if !ok[j] {
				continue
			}
			nv += len(res[j].vals)
			nl += len(res[j].looks)
			lines = append(lines, res[j])
		}
	}
}

// readOut is what the judge reads: for NDJSON the event's JSON after
// redaction followed by every field's text; mode 0 leaves the line as it is,
// 1 redacts, 2 masks everything.
func readOut(r *redact.Redactor, mode int, text string, isJSON bool, dec *event.Decoder) string {
	if mode == 2 {
		return "[REDACTED]"
	}
	if isJSON {
		var ev event.Event
		if err := dec.Decode([]byte(text), &ev); err == nil {
			if mode == 1 {
				r.Event(&ev)
			}
			var sb strings.Builder
			sb.Write(ev.JSON())
			for _, f := range ev.Fields {
				sb.WriteByte('\n')
				sb.WriteString(f.Value.Text())
			}
			return sb.String()
		}
	}
	if mode == 1 {
		return r.String(text)
	}
	return text
}

type verdict struct {
	leaked  []bool
	damaged []bool
	out     string
}

func judgeAll(lines []line, r *redact.Redactor, mode int) []verdict {
	res := make([]verdict, len(lines))
	var wg sync.WaitGroup
	w := runtime.GOMAXPROCS(0)
	for g := 0; g < w; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			dec := event.NewDecoder(nil)
			for i := g; i < len(lines); i += w {
				l := &lines[i]
				out := readOut(r, mode, l.text, l.json, dec)
				vs := views(out)
				v := verdict{out: out, leaked: make([]bool, len(l.vals)), damaged: make([]bool, len(l.looks))}
				for j := range l.vals {
					v.leaked[j] = leaks(&l.vals[j], vs)
				}
				for j, k := range l.looks {
					v.damaged[j] = !intact(k.s, vs)
				}
				res[i] = v
			}
		}(g)
	}
	wg.Wait()
	return res
}

type tally struct{ n, bad int }

func (t tally) pct() float64 {
	if t.n == 0 {
		return 100
	}
	return 100 * float64(t.n-t.bad) / float64(t.n)
}

type report struct {
	values, leaked, looks, damaged int
	kind, ctx, loc, form           map[string]*tally
	lookType, lookCtx              map[string]*tally
	classes                        map[string]int
	classEx                        map[string]string
	damEx                          map[string]string
	critical                       map[string]int
}

func inc(m map[string]*tally, k string, bad bool) {
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

func newReport(lines []line, vs []verdict) *report {
	rep := &report{kind: map[string]*tally{}, ctx: map[string]*tally{}, loc: map[string]*tally{}, form: map[string]*tally{},
		lookType: map[string]*tally{}, lookCtx: map[string]*tally{}, classes: map[string]int{}, classEx: map[string]string{}, damEx: map[string]string{}, critical: map[string]int{}}
	for i, l := range lines {
		form := l.form
		for j, v := range l.vals {
			bad := vs[i].leaked[j]
			rep.values++
			inc(rep.kind, v.kind, bad)
			inc(rep.ctx, l.ctx, bad)
			inc(rep.loc, l.loc, bad)
			inc(rep.form, form, bad)
			if bad {
				rep.leaked++
				c := v.kind + " · " + l.ctx + "/" + l.tmpl + " · " + form
				rep.classes[c]++
				if _, ok := rep.classEx[c]; !ok {
					rep.classEx[c] = v.text + "  in  " + clip(vs[i].out, 240)
				}
				switch v.kind {
				case "card", "iban", "cn_id", "credential":
					rep.critical[v.kind]++
				}
			}
		}
		for j, k := range l.looks {
			bad := vs[i].damaged[j]
			rep.looks++
			inc(rep.lookType, k.typ, bad)
			inc(rep.lookCtx, l.ctx, bad)
			if bad {
				rep.damaged++
				if _, ok := rep.damEx[k.typ]; !ok {
					rep.damEx[k.typ] = k.s + "  in  " + clip(vs[i].out, 240)
				}
			}
		}
	}
	return rep
}

func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", "⏎")
	if len(s) > n {
		cut := n
		for cut > 0 && !utf8Start(s[cut]) {
			cut--
		}
		return s[:cut] + "…"
	}
	return s
}

func utf8Start(c byte) bool { return c&0xC0 != 0x80 }

// shape masks an example: letters a/A, digits 9, caseless scripts x.
func shape(s string) string {
	if os.Getenv("VIGIL_EVAL_SHOW") == "1" {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case unicode.IsDigit(c):
			b.WriteByte('9')
		case unicode.IsUpper(c):
			b.WriteByte('A')
		case unicode.IsLower(c):
			b.WriteByte('a')
		case unicode.IsLetter(c) || unicode.IsMark(c):
			b.WriteByte('x')
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (rep *report) summary() string {
	return fmt.Sprintf("values %d, leaked %d, recall %.2f %%; look-alikes %d, damaged %d (%.3f %%)",
		rep.values, rep.leaked, tally{rep.values, rep.leaked}.pct(), rep.looks, rep.damaged, 100*float64(rep.damaged)/float64(max(rep.looks, 1)))
}

func (rep *report) print(t *testing.T) {
	t.Log(rep.summary())
	for _, sec := range []struct {
		name string
		m    map[string]*tally
	}{{"kind", rep.kind}, {"context", rep.ctx}, {"locale", rep.loc}, {"form", rep.form}} {
		var sb strings.Builder
		fmt.Fprintf(&sb, "recall by %s:\n", sec.name)
		for _, k := range sortedKeys(sec.m) {
			v := sec.m[k]
			fmt.Fprintf(&sb, "  %-16s %6d values %5d leaked  %7.2f %%\n", k, v.n, v.bad, v.pct())
		}
		t.Log(sb.String())
	}
	for _, sec := range []struct {
		name string
		m    map[string]*tally
	}{{"look-alike type", rep.lookType}, {"context", rep.lookCtx}} {
		var sb strings.Builder
		fmt.Fprintf(&sb, "damage by %s:\n", sec.name)
		for _, k := range sortedKeys(sec.m) {
			v := sec.m[k]
			fmt.Fprintf(&sb, "  %-22s %6d  %5d damaged  %6.3f %%\n", k, v.n, v.bad, 100*float64(v.bad)/float64(v.n))
		}
		t.Log(sb.String())
	}
	cs := sortedKeys(rep.classes)
	sort.SliceStable(cs, func(i, j int) bool { return rep.classes[cs[i]] > rep.classes[cs[j]] })
	var sb strings.Builder
	sb.WriteString("largest leak classes (kind · context/template · form):\n")
	for i, c := range cs {
		if i == 40 {
			break
		}
		fmt.Fprintf(&sb, "  %5d  %s\n         e.g. %s\n", rep.classes[c], c, shape(rep.classEx[c]))
	}
	t.Log(sb.String())
	sb.Reset()
	sb.WriteString("first damaged example per look-alike type:\n")
	for i, k := range sortedKeys(rep.damEx) {
		if i == 25 {
			break
		}
		fmt.Fprintf(&sb, "  %-22s %s\n", k, rep.damEx[k])
	}
	t.Log(sb.String())
}

func seedFromEnv() (uint64, bool) {
	if s := os.Getenv("VIGIL_TWENTYFOURTH_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err == nil {
			return n, n == defaultSeed
		}
	}
	return defaultSeed, true
}

func TestTwentyFourthCorpus(t *testing.T) {
	seed, def := seedFromEnv()
	lines := buildCorpus(seed)
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rep := newReport(lines, judgeAll(lines, r, 1))
	rep.print(t)
	if os.Getenv("VIGIL_TWENTYFOURTH_TARGETS") == "1" {
		for _, k := range []string{"card", "iban", "cn_id", "credential"} {
			if rep.critical[k] > 0 {
				t.Errorf("target: %s leaks %d, want 0", k, rep.critical[k])
			}
		}
		for k, v := range rep.kind {
			if v.pct() < 99.5 {
				t.Errorf("target: recall of %s %.2f %% < 99.5 %%", k, v.pct())
			}
		}
		for k, v := range rep.ctx {
			if v.pct() < 99.5 {
				t.Errorf("target: recall in %s %.2f %% < 99.5 %%", k, v.pct())
			}
		}
		if d := 100 * float64(rep.damaged) / float64(rep.looks); d > 0.1 {
			t.Errorf("target: damage %.3f %% > 0.1 %%", d)
		}
		return
	}
	if !def || !floorsSet {
		return
	}
	for k, fl := range floorKind {
		if v := rep.kind[k]; v == nil || v.pct() < fl {
			t.Errorf("recall of %s fell below its floor %.1f %%", k, fl)
		}
	}
	for k, fl := range floorCtx {
		if v := rep.ctx[k]; v == nil || v.pct() < fl {
			t.Errorf("recall in %s fell below its floor %.1f %%", k, fl)
		}
	}
	if d := 100 * float64(rep.damaged) / float64(rep.looks); d > ceilDamage {
		t.Errorf("damage %.3f %% rose above its ceiling %.1f %%", d, ceilDamage)
	}
	for k, c := range ceilLeaks {
		if rep.critical[k] > c {
			t.Errorf("%s leaks %d, more than the first run's %d", k, rep.critical[k], c)
		}
	}
}
