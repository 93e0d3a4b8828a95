package twentietheval

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

const defaultSeed = 20

func seedFromEnv() (uint64, bool) {
	if s := os.Getenv("VIGIL_TWENTIETH_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err == nil {
			return n, n == defaultSeed
		}
	}
	return defaultSeed, true
}

var (
	corpusOnce sync.Once
	corpusData []line
)

func corpus(t testing.TB) []line {
	seed, def := seedFromEnv()
	if !def {
		return build(seed, corpusLines)
	}
	corpusOnce.Do(func() { corpusData = build(seed, corpusLines) })
	return corpusData
}

// outputFn redacts one line and returns the text the judge reads.
type outputFn func(text string, nd bool) string

func realRedactor(t testing.TB) outputFn {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	dec := event.NewDecoder(nil)
	var ev event.Event
	return func(text string, nd bool) string {
		if !nd {
			return r.String(text)
		}
		if err := dec.Decode([]byte(text), &ev); err != nil {
			panic("generated NDJSON does not decode: " + err.Error())
		}
		r.Event(&ev)
		return eventOutput(&ev)
	}
}

func maskAll(text string, nd bool) string {
	if !nd {
		return "[REDACTED]"
	}
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(text), &ev); err != nil {
		panic(err)
	}
	for i := range ev.Fields {
		if ev.Fields[i].Path == event.TimestampPath {
			continue
		}
		ev.Fields[i].Value = event.StringValue("[REDACTED]")
	}
	return eventOutput(&ev)
}

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

type example struct {
	n      int
	sample string
	value  string
	input  string
}

// result is what the judge found.
type result struct {
	values, leaked, looks, damaged int
	byKind, byCtx, byLoc, byForm   map[string]*tally
	byLook, dmgCtx                 map[string]*tally
	classes                        map[string]*example
	damageEx                       map[string]*example
	leaksBy                        map[string]int
}

func inc(m map[string]*tally, k string, bad bool) {
	t := m[k]
	if t == nil {
		t = &tally{}
		m[k] = t
	}
	t.add(bad)
}

// outputs runs a redactor over every line, on two goroutines (each with its
// own decoder), keeping the lines' order.
func outputs(lines []line, mk func() outputFn) []string {
	outs := make([]string, len(lines))
	var wg sync.WaitGroup
	const workers = 2
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			out := mk()
			for i := w; i < len(lines); i += workers {
				outs[i] = out(lines[i].text, lines[i].nd)
			}
		}(w)
	}
	wg.Wait()
	return outs
}

func judge(lines []line, out outputFn) *result {
	return judgeOutputs(lines, outputs(lines, func() outputFn { return out }))
}

func judgeOutputs(lines []line, outs []string) *result {
	res := &result{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{}, byForm: map[string]*tally{},
		byLook: map[string]*tally{}, dmgCtx: map[string]*tally{}, classes: map[string]*example{}, damageEx: map[string]*example{},
		leaksBy: map[string]int{}}
	for li, l := range lines {
		o := outs[li]
		rd := newReading(o)
		for i := range l.vals {
			v := &l.vals[i]
			bad := rd.leaks(v)
			res.values++
			k := kindNames[v.kind]
			inc(res.byKind, k, bad)
			inc(res.byCtx, l.ctx, bad)
			inc(res.byLoc, l.loc, bad)
			inc(res.byForm, l.form, bad)
			if bad {
				res.leaked++
				res.leaksBy[k]++
				key := k + " · " + l.ctx + "/" + l.tmpl + " · " + l.form
				e := res.classes[key]
				if e == nil {
					e = &example{sample: excerpt(o, v.text), value: v.text}
					res.classes[key] = e
				}
				e.n++
			}
		}
		for _, lk := range l.looks {
			bad := !rd.intact(lk.text)
			res.looks++
			inc(res.byLook, lk.typ, bad)
			inc(res.dmgCtx, l.ctx, bad)
			if bad {
				res.damaged++
				e := res.damageEx[lk.typ]
				if e == nil {
					e = &example{sample: excerpt(o, ""), value: lk.text, input: excerpt(l.text, lk.text)}
					res.damageEx[lk.typ] = e
				}
				e.n++
			}
		}
	}
	return res
}

// excerpt shows up to 220 characters of an output around a value (or
// around the first redaction marker).
func excerpt(o, v string) string {
	i := -1
	if v != "" {
		i = strings.Index(o, v)
	}
	if i < 0 {
		i = strings.Index(o, "[REDACTED")
	}
	if i < 0 {
		i = 0
	}
	a := i - 100
	if a < 0 {
		a = 0
	}
	z := a + 220
	if z > len(o) {
		z = len(o)
	}
	for a > 0 && a < len(o) && o[a]&0xC0 == 0x80 {
		a--
	}
	for z < len(o) && o[z]&0xC0 == 0x80 {
		z++
	}
	return strings.ReplaceAll(o[a:z], "\n", "⏎")
}

func show(s string) string {
	if os.Getenv("VIGIL_EVAL_SHOW") == "1" {
		return s
	}
	return shape(s)
}

// maskKeepMarkers shapes an output excerpt but keeps redaction markers.
func maskKeepMarkers(s string) string {
	if os.Getenv("VIGIL_EVAL_SHOW") == "1" {
		return s
	}
	var sb strings.Builder
	for {
		i := strings.Index(s, "[REDACTED")
		j := strings.Index(s, "[HASH")
		if j >= 0 && (i < 0 || j < i) {
			i = j
		}
		if i < 0 {
			sb.WriteString(shape(s))
			return sb.String()
		}
		k := strings.IndexByte(s[i:], ']')
		if k < 0 {
			sb.WriteString(shape(s))
			return sb.String()
		}
		sb.WriteString(shape(s[:i]))
		sb.WriteString(s[i : i+k+1])
		s = s[i+k+1:]
	}
}

// maskExcept shapes an input excerpt but shows the look-alike itself.
func maskExcept(s, keep string) string {
	if os.Getenv("VIGIL_EVAL_SHOW") == "1" {
		return s
	}
	i := strings.Index(s, keep)
	if i < 0 {
		return shape(s)
	}
	return shape(s[:i]) + keep + shape(s[i+len(keep):])
}

func sortedKeys(m map[string]*tally) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (res *result) report(t *testing.T) {
	t.Logf("values %d, leaked %d, recall %.2f %%; look-alikes %d, damaged %d (%.3f %%)",
		res.values, res.leaked, 100*float64(res.values-res.leaked)/float64(res.values), res.looks, res.damaged, 100*float64(res.damaged)/float64(res.looks))
	section := func(title string, m map[string]*tally, what string) {
		var sb strings.Builder
		fmt.Fprintf(&sb, "%s:\n", title)
		for _, k := range sortedKeys(m) {
			tl := m[k]
			if what == "damage" {
				fmt.Fprintf(&sb, "  %-26s %6d  damaged %5d  %.2f %%\n", k, tl.n, tl.bad, 100*float64(tl.bad)/float64(tl.n))
			} else {
				fmt.Fprintf(&sb, "  %-26s %6d  leaked %5d  recall %.2f %%\n", k, tl.n, tl.bad, tl.pct())
			}
		}
		t.Log(sb.String())
	}
	section("recall by kind", res.byKind, "")
	section("recall by context", res.byCtx, "")
	section("recall by locale", res.byLoc, "")
	section("recall by form", res.byForm, "")
	section("damage by look-alike type", res.byLook, "damage")
	section("damage by context", res.dmgCtx, "damage")
	type kc struct {
		k string
		e *example
	}
	var cl []kc
	for k, e := range res.classes {
		cl = append(cl, kc{k, e})
	}
	sort.Slice(cl, func(i, j int) bool {
		if cl[i].e.n != cl[j].e.n {
			return cl[i].e.n > cl[j].e.n
		}
		return cl[i].k < cl[j].k
	})
	var sb strings.Builder
	sb.WriteString("largest leak classes (kind · context/template · form):\n")
	for i, c := range cl {
		if i == 40 {
			break
		}
		fmt.Fprintf(&sb, "  %5d  %s\n         value %s\n         in    %s\n", c.e.n, c.k, show(c.e.value), maskKeepMarkers(c.e.sample))
	}
	t.Log(sb.String())
	sb.Reset()
	sb.WriteString("first damaged example of each look-alike type:\n")
	var dk []string
	for k := range res.damageEx {
		dk = append(dk, k)
	}
	sort.Strings(dk)
	for i, k := range dk {
		if i == 25 {
			break
		}
		e := res.damageEx[k]
		fmt.Fprintf(&sb, "  %s (%d): %q\n         line %s\n         out  %s\n", k, e.n, e.value, maskExcept(e.input, e.value), maskKeepMarkers(e.sample))
	}
	t.Log(sb.String())
}

// Floors from the first run, on 47d45c3 (2026-12-06; see README.md):
// recall rounded down to 0.1 %, damage rounded up to 0.1 %, and the leaks
// of card, IBAN, cn_id and credentials that run counted.
var (
	floorKind = map[string]float64{
		"address": 87.0, "card": 100.0, "cn_id": 100.0, "credential": 93.7,
		"email": 100.0, "iban": 100.0, "name": 78.2, "phone": 96.2,
	}
	floorCtx = map[string]float64{
		"api_rpc": 99.9, "cdp": 87.8, "config": 89.2, "data_quality": 89.2, "errors": 99.4,
		"etl": 99.8, "llm_chat": 93.3, "notebook": 83.5, "orm": 94.7, "privacy": 95.5,
		"rag": 85.8, "recsys": 99.6, "search": 89.2, "sql": 86.2,
	}
	ceilDamage    = 0.4
	ceilHardLeaks = map[string]int{"card": 0, "iban": 0, "cn_id": 0, "credential": 234}
	hardKinds     = []string{"card", "iban", "cn_id", "credential"}
)

func TestTwentiethCorpus(t *testing.T) {
	lines := corpus(t)
	res := judgeOutputs(lines, outputs(lines, func() outputFn { return realRedactor(t) }))
	res.report(t)
	_, def := seedFromEnv()
	if os.Getenv("VIGIL_TWENTIETH_TARGETS") == "1" {
		for _, k := range hardKinds {
			if res.leaksBy[k] > 0 {
				t.Errorf("target: %s leaks %d, want 0", k, res.leaksBy[k])
			}
		}
		for _, k := range sortedKeys(res.byKind) {
			if tl := res.byKind[k]; !contains(hardKinds, k) && tl.pct() < 99.5 {
				t.Errorf("target: recall of %s %.2f %% < 99.5 %%", k, tl.pct())
			}
		}
		for _, c := range sortedKeys(res.byCtx) {
			if tl := res.byCtx[c]; tl.pct() < 99.5 {
				t.Errorf("target: recall in %s %.2f %% < 99.5 %%", c, tl.pct())
			}
		}
		if d := 100 * float64(res.damaged) / float64(res.looks); d > 0.1 {
			t.Errorf("target: damage %.3f %% > 0.1 %%", d)
		}
		return
	}
	if !def {
		return
	}
	for k, f := range floorKind {
		if tl := res.byKind[k]; tl == nil || tl.pct() < f {
			t.Errorf("recall of %s fell below its floor %.1f %%", k, f)
		}
	}
	for c, f := range floorCtx {
		if tl := res.byCtx[c]; tl == nil || tl.pct() < f {
			t.Errorf("recall in %s fell below its floor %.1f %%", c, f)
		}
	}
	if d := 100 * float64(res.damaged) / float64(res.looks); d > ceilDamage {
		t.Errorf("damage %.3f %% rose above its ceiling %.1f %%", d, ceilDamage)
	}
	for k, c := range ceilHardLeaks {
		if res.leaksBy[k] > c {
			t.Errorf("%s leaks %d, more than the first run's %d", k, res.leaksBy[k], c)
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
