package thirdeval

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

const (
	corpusSeed = 0x7431_0a11_2025
	perPair    = 125  // cases per (context, kind)
	lookCases  = 8000 // events holding only look-alikes
)

type caseT struct {
	idx  int
	seed uint64
	ctx  string
	loc  *locale
	vals []*value

	line, base string // with values; with placeholders
	text       bool   // a text line for String, not a JSON event
	looks      []look // look-alikes to check
}

func chooseLoc(r *rand.Rand, kind string, idx int) *locale {
	if kind == kCNID {
		return locByCode(pick(r, L("cn|cn|cn|hk|tw")))
	}
	return locales[(idx*7+r.IntN(3))%len(locales)]
}

func buildCorpus() []*caseT {
	var cs []*caseT
	idx := 0
	newCase := func(ctx string, loc *locale, vals []*value) {
		cs = append(cs, &caseT{idx: idx, seed: corpusSeed ^ uint64(idx)*0x9E3779B97F4A7C15, ctx: ctx, loc: loc, vals: vals})
		idx++
	}
	for _, ctx := range contexts {
		ks := ctxKinds[ctx]
		if ks == nil {
			ks = kinds
		}
		for _, k := range ks {
			for range perPair {
				r := rand.New(rand.NewPCG(corpusSeed, uint64(idx)))
				f := gofakeit.NewFaker(rand.NewPCG(corpusSeed^0xabc, uint64(idx)), false)
				loc := chooseLoc(r, k, idx)
				vals := []*value{newValue(k, loc, r, f)}
				extra := ""
				switch ctx {
				case "chat":
					switch k {
					case kName:
						extra = pick(r, []string{kPhone, kEmail, kAddr})
					case kPhone, kEmail, kAddr:
						extra = kName
					}
				case "sms":
					if k != kPhone {
						extra = kPhone
					}
				case "smtp":
					if k == kName {
						extra = kEmail
					}
				}
				if extra != "" {
					vals = append(vals, newValue(extra, loc, r, f))
				}
				newCase(ctx, loc, vals)
			}
		}
	}
	for j := range lookCases {
		newCase(lookContexts[j%len(lookContexts)], locales[(j*5)%len(locales)], nil)
	}
	for _, c := range cs {
		prepare(c)
	}
	return cs
}

func prepare(c *caseT) {
	line, looks, text := renderCase(c, false)
	base, looks2, text2 := renderCase(c, true)
	if text != text2 || len(looks) != len(looks2) {
		panic(fmt.Sprintf("case %d (%s): renders diverge", c.idx, c.ctx))
	}
	for i := range looks {
		if looks[i] != looks2[i] {
			panic(fmt.Sprintf("case %d (%s): look-alikes diverge", c.idx, c.ctx))
		}
	}
	c.line, c.base, c.text = line, base, text
	in := makeViews(line)
	// keep look-alikes that overlap no PII value and no other look-alike
	for i, l := range looks {
		ok := len(l.s) >= 3 && strings.Count(in[1].text, l.s) > 0
		for _, v := range c.vals {
			for _, p := range v.parts() {
				if p != "" && strings.Contains(p, l.s) {
					ok = false
				}
			}
		}
		for j, o := range looks {
			if j != i && o.s != l.s && strings.Contains(o.s, l.s) {
				ok = false
			}
		}
		if ok {
			c.looks = append(c.looks, l)
		}
	}
}

var (
	corpusOnce sync.Once
	corpus     []*caseT
)

func getCorpus() []*caseT {
	corpusOnce.Do(func() { corpus = buildCorpus() })
	return corpus
}

// ---- judging ----

type tally struct{ n, bad int }

func (t *tally) rate() float64 { // recall (values) or damage (look-alikes), in %
	if t.n == 0 {
		return 100
	}
	return 100 * float64(t.n-t.bad) / float64(t.n)
}

type report struct {
	values, leaks, looks, damaged int
	looksAlone                    int // look-alikes in events without PII
	kind, ctx, loc, look, lookCtx map[string]*tally
	kindCtx, kindSub              map[string]*tally
	class                         map[string]int // kind | ctx | sub
	classLoc                      map[string]int // kind | loc | sub
	examples                      map[string][]string
	lookEx                        map[string][]string
	firstMiss                     []string // self-check: values not seen as leaked
}

func newReport() *report {
	return &report{kind: map[string]*tally{}, ctx: map[string]*tally{}, loc: map[string]*tally{}, look: map[string]*tally{}, lookCtx: map[string]*tally{}, kindCtx: map[string]*tally{}, kindSub: map[string]*tally{},
		class: map[string]int{}, classLoc: map[string]int{}, examples: map[string][]string{}, lookEx: map[string][]string{}}
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

var show = os.Getenv("VIGIL_EVAL_SHOW") == "1"

func hide(s string) string {
	s = strings.ReplaceAll(s, "\n", "⏎")
	if show {
		return s
	}
	return shape(s)
}

func excerpt(out string, n needle, w string) string {
	u := jsonUnescapeAll(out)
	pos := -1
	if n.mode == mDigits {
		var ds []byte
		var at []int
		for i := 0; i < len(u); i++ {
			if u[i] >= '0' && u[i] <= '9' {
				ds = append(ds, u[i])
				at = append(at, i)
			}
		}
		if k := strings.Index(string(ds), w); k >= 0 {
			pos = at[k]
		}
	} else {
		pos = strings.Index(strings.ToLower(u), strings.ToLower(w))
		if pos < 0 {
			u = urlDecode(u)
			pos = strings.Index(strings.ToLower(u), strings.ToLower(w))
		}
	}
	if pos < 0 {
		pos = 0
	}
	a, b := max(0, pos-70), min(len(u), pos+len(w)+70)
	for a > 0 && !utf8.RuneStart(u[a]) {
		a--
	}
	for b < len(u) && !utf8.RuneStart(u[b]) {
		b++
	}
	return strings.ReplaceAll(u[a:b], "\n", "⏎")
}

// around shows the input around a look-alike and the output from the same
// distance to its end (outputs are shorter or longer by the markers only).
func around(line, out, s string) (string, string) {
	u, o := urlDecode(jsonUnescapeAll(line)), urlDecode(jsonUnescapeAll(out))
	p := strings.Index(u, s)
	if p < 0 {
		p = 0
	}
	cut := func(t string, a, b int) string {
		a, b = max(0, min(a, len(t))), max(0, min(b, len(t)))
		for a > 0 && !utf8.RuneStart(t[a]) {
			a--
		}
		for b < len(t) && !utf8.RuneStart(t[b]) {
			b++
		}
		return strings.ReplaceAll(t[a:b], "\n", "⏎")
	}
	tail := len(u) - p // distance from the look-alike to the end
	q := len(o) - tail
	return cut(u, p-60, p+len(s)+40), cut(o, q-60, q+len(s)+40)
}

func judge(cs []*caseT, redactFn func(*caseT) string) *report {
	rp := newReport()
	for _, c := range cs {
		out := redactFn(c)
		ov := makeViews(out)
		if len(c.vals) > 0 {
			bv := makeViews(c.base)
			for _, v := range c.vals {
				var w string
				var wn needle
				for _, n := range v.needles {
					if w = leak([]needle{n}, &ov, &bv); w != "" {
						wn = n
						break
					}
				}
				bad := w != ""
				rp.values++
				inc(rp.kind, v.kind, bad)
				inc(rp.ctx, c.ctx, bad)
				inc(rp.loc, v.loc, bad)
				kc := v.kind + " / " + c.ctx
				inc(rp.kindCtx, kc, bad)
				inc(rp.kindSub, v.kind+" / "+v.sub, bad)
				if !bad {
					if len(rp.firstMiss) < 10 {
						rp.firstMiss = append(rp.firstMiss, fmt.Sprintf("%s/%s/%s %q in %q", v.kind, c.ctx, v.loc, v.s, out))
					}
					continue
				}
				rp.leaks++
				rp.class[v.kind+" | "+c.ctx+" | "+v.sub]++
				rp.classLoc[v.kind+" | "+v.loc+" | "+v.sub]++
				if len(rp.examples[kc]) < 5 {
					rp.examples[kc] = append(rp.examples[kc], fmt.Sprintf("[%s %s] value %s — survived %s — in: …%s…", v.loc, v.sub, hide(v.s), hide(w), hide(excerpt(out, wn, w))))
				}
			}
		}
		if len(c.looks) > 0 {
			iv := makeViews(c.line)
			for _, l := range c.looks {
				bad := damaged(l.s, &ov, &iv)
				rp.looks++
				if len(c.vals) == 0 {
					rp.looksAlone++
				}
				inc(rp.look, l.typ, bad)
				inc(rp.lookCtx, c.ctx, bad)
				if bad {
					rp.damaged++
					if len(rp.lookEx[l.typ]) < 5 {
						in, o := around(c.line, out, l.s)
						rp.lookEx[l.typ] = append(rp.lookEx[l.typ], fmt.Sprintf("[%s %s] %s\n        input:  …%s…\n        output: …%s…", c.loc.code, c.ctx, l.s, hide(in), hide(o)))
					}
				}
			}
		}
	}
	return rp
}

func decodeAppend(line string, r *redact.Redactor) (string, error) {
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(line), &ev); err != nil {
		return "", err
	}
	if r != nil {
		r.Event(&ev)
	}
	return string(ev.AppendJSON(nil)), nil
}

// ---- output ----

func pct(t *tally) string { return fmt.Sprintf("%7.3f%%", t.rate()) }

func table(b *strings.Builder, title string, m map[string]*tally, order []string, badWord string) {
	fmt.Fprintf(b, "\n%-34s %8s %8s %9s\n", title, "n", badWord, "rate")
	if order == nil {
		for k := range m {
			order = append(order, k)
		}
		sort.Strings(order)
	}
	for _, k := range order {
		t := m[k]
		if t == nil {
			continue
		}
		fmt.Fprintf(b, "%-34s %8d %8d %9s\n", k, t.n, t.bad, pct(t))
	}
}

func topN(m map[string]int, n int) []string {
	type e struct {
		k string
		v int
	}
	var es []e
	for k, v := range m {
		es = append(es, e{k, v})
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].v != es[j].v {
			return es[i].v > es[j].v
		}
		return es[i].k < es[j].k
	})
	var out []string
	for i := 0; i < len(es) && i < n; i++ {
		out = append(out, fmt.Sprintf("%6d  %s", es[i].v, es[i].k))
	}
	return out
}

func (rp *report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "PII values: %d, leaked: %d, recall %.3f%%\nlook-alikes: %d (%d in events without PII, %d next to PII), damaged: %d (%.3f%%)\n",
		rp.values, rp.leaks, 100*float64(rp.values-rp.leaks)/float64(rp.values), rp.looks, rp.looksAlone, rp.looks-rp.looksAlone, rp.damaged, 100*float64(rp.damaged)/float64(max(1, rp.looks)))
	table(&b, "RECALL BY KIND", rp.kind, kinds, "leaked")
	table(&b, "RECALL BY CONTEXT", rp.ctx, contexts, "leaked")
	var locs []string
	for _, l := range locales {
		locs = append(locs, l.code)
	}
	table(&b, "RECALL BY LOCALE", rp.loc, locs, "leaked")
	table(&b, "RECALL BY KIND / FORMAT", rp.kindSub, nil, "leaked")
	dmg := map[string]*tally{}
	for k, t := range rp.look {
		dmg[k] = &tally{n: t.n, bad: t.bad}
	}
	fmt.Fprintf(&b, "\n%-34s %8s %8s %9s\n", "LOOK-ALIKE DAMAGE BY TYPE", "n", "damaged", "damage")
	for _, k := range lookTypes {
		if t := dmg[k]; t != nil {
			fmt.Fprintf(&b, "%-34s %8d %8d %8.3f%%\n", k, t.n, t.bad, 100-t.rate())
		}
	}
	fmt.Fprintf(&b, "\n%-34s %8s %8s %9s\n", "LOOK-ALIKE DAMAGE BY CONTEXT", "n", "damaged", "damage")
	for _, k := range contexts {
		if t := rp.lookCtx[k]; t != nil {
			fmt.Fprintf(&b, "%-34s %8d %8d %8.3f%%\n", k, t.n, t.bad, 100-t.rate())
		}
	}
	b.WriteString("\nLEAKS BY KIND / CONTEXT (recall < 100%)\n")
	var kcs []string
	for k, t := range rp.kindCtx {
		if t.bad > 0 {
			kcs = append(kcs, k)
		}
	}
	sort.Strings(kcs)
	for _, k := range kcs {
		t := rp.kindCtx[k]
		fmt.Fprintf(&b, "%-34s %8d %8d %9s\n", k, t.n, t.bad, pct(t))
	}
	b.WriteString("\nMOST COMMON LEAK CLASSES (kind | context | format)\n")
	for _, l := range topN(rp.class, 30) {
		b.WriteString(l + "\n")
	}
	b.WriteString("\nMOST COMMON LEAK CLASSES (kind | locale | format)\n")
	for _, l := range topN(rp.classLoc, 30) {
		b.WriteString(l + "\n")
	}
	b.WriteString("\nLEAK EXAMPLES (up to 5 per kind / context")
	if !show {
		b.WriteString("; letters shown as a/A/x and digits as 9, VIGIL_EVAL_SHOW=1 for values")
	}
	b.WriteString(")\n")
	for _, k := range kcs {
		b.WriteString("  " + k + "\n")
		for _, e := range rp.examples[k] {
			b.WriteString("    " + e + "\n")
		}
	}
	if rp.damaged > 0 {
		b.WriteString("\nDAMAGED LOOK-ALIKES (up to 5 per type)\n")
		var ts []string
		for k := range rp.lookEx {
			ts = append(ts, k)
		}
		sort.Strings(ts)
		for _, k := range ts {
			b.WriteString("  " + k + "\n")
			for _, e := range rp.lookEx[k] {
				b.WriteString("    " + e + "\n")
			}
		}
	}
	return b.String()
}

// ---- floors ----

// floors are the recall (%) reached by the first run, rounded down to 0.1,
// so the test passes today and fails on any regression below them; "damage"
// is the most look-alike damage (%) allowed, rounded up.
//
// The real targets (VIGIL_THIRD_TARGETS=1 enforces them): 0 leaks of
// card, iban, cn_id and credential; recall >= 99.5% for every other kind and
// for every context; at most 0.1% of look-alikes damaged.
var floors = map[string]float64{
	// raised as the redactor improves (VIGIL_THIRD_PRINT_FLOORS=1 prints them)
	"kind/email":           99.9,
	"kind/phone":           99.6,
	"kind/card":            100.0,
	"kind/iban":            100.0,
	"kind/cn_id":           100.0,
	"kind/credential":      99.9,
	"kind/name":            96.7,
	"kind/address":         98.0,
	"context/field":        99.9,
	"context/message":      99.5,
	"context/json_body":    99.9,
	"context/json_nested2": 99.3,
	"context/url_query":    100.0,
	"context/form_body":    99.9,
	"context/headers":      99.8,
	"context/framework":    99.9,
	"context/dotnet":       92.9,
	"context/node":         99.9,
	"context/tostring":     99.9,
	"context/logfmt":       100.0,
	"context/kv":           100.0,
	"context/csv":          94.0,
	"context/sql":          100.0,
	"context/k8s":          100.0,
	"context/smtp":         98.9,
	"context/sms":          99.4,
	"context/webhook":      99.9,
	"context/shipping":     100.0,
	"context/chat":         99.7,
	"context/echo":         99.9,
	"locale/tr":            98.5,
	"locale/pl":            98.6,
	"locale/cz":            99.2,
	"locale/se":            99.2,
	"locale/ru":            99.3,
	"locale/ae":            98.7,
	"locale/sa":            99.3,
	"locale/in":            99.3,
	"locale/il":            99.2,
	"locale/gr":            98.5,
	"locale/ro":            99.6,
	"locale/pt":            99.0,
	"locale/ca":            99.6,
	"locale/za":            99.3,
	"locale/ng":            99.5,
	"locale/ke":            99.2,
	"locale/tw":            99.0,
	"locale/hk":            99.4,
	"locale/us":            99.3,
	"locale/uk":            99.7,
	"locale/de":            99.5,
	"locale/id":            98.9,
	"locale/vn":            99.0,
	"locale/th":            99.4,
	"locale/jp":            97.6,
	"locale/cn":            99.6,
	"damage":               0.10,
}

func checkFloors(t *testing.T, rp *report) {
	get := func(m map[string]*tally, k string) *tally {
		if x := m[k]; x != nil {
			return x
		}
		return &tally{}
	}
	damage := 100 * float64(rp.damaged) / float64(max(1, rp.looks))
	if os.Getenv("VIGIL_THIRD_TARGETS") == "1" {
		for _, k := range kinds {
			tl := get(rp.kind, k)
			switch k {
			case kCard, kIBAN, kCNID, kCred:
				if tl.bad > 0 {
					t.Errorf("target: %d %s leaks, want 0", tl.bad, k)
				}
			default:
				if tl.rate() < 99.5 {
					t.Errorf("target: %s recall %.3f%%, want >= 99.5%%", k, tl.rate())
				}
			}
		}
		for _, c := range contexts {
			if r := get(rp.ctx, c).rate(); r < 99.5 {
				t.Errorf("target: context %s recall %.3f%%, want >= 99.5%%", c, r)
			}
		}
		if damage > 0.1 {
			t.Errorf("target: %.3f%% look-alikes damaged, want <= 0.1%%", damage)
		}
		return
	}
	if os.Getenv("VIGIL_THIRD_PRINT_FLOORS") == "1" {
		var b strings.Builder
		w := func(k string, v float64) { fmt.Fprintf(&b, "\t%q: %.1f,\n", k, math.Floor(v*10)/10) }
		for _, k := range kinds {
			w("kind/"+k, get(rp.kind, k).rate())
		}
		for _, k := range contexts {
			w("context/"+k, get(rp.ctx, k).rate())
		}
		for _, l := range locales {
			w("locale/"+l.code, get(rp.loc, l.code).rate())
		}
		fmt.Fprintf(&b, "\t%q: %.2f,\n", "damage", math.Ceil(damage*100)/100)
		t.Log("floors:\n" + b.String())
	}
	keys := make([]string, 0, len(floors))
	for k := range floors {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		f := floors[k]
		if k == "damage" {
			if damage > f {
				t.Errorf("look-alike damage %.3f%% above the floor %.2f%%", damage, f)
			}
			continue
		}
		grp, name, _ := strings.Cut(k, "/")
		m := map[string]map[string]*tally{"kind": rp.kind, "context": rp.ctx, "locale": rp.loc}[grp]
		if r := get(m, name).rate(); r < f {
			t.Errorf("%s recall %.3f%% below the floor %.1f%%", k, r, f)
		}
	}
}

// ---- tests ----

func TestThirdCorpus(t *testing.T) {
	cs := getCorpus()
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	dec := event.NewDecoder(nil)
	var ev event.Event
	rp := judge(cs, func(c *caseT) string {
		if c.text {
			return r.String(c.line)
		}
		if err := dec.Decode([]byte(c.line), &ev); err != nil {
			t.Fatalf("case %d (%s): %v: %s", c.idx, c.ctx, err, c.line)
		}
		r.Event(&ev)
		return string(ev.AppendJSON(nil))
	})
	t.Log("\n" + rp.String())
	checkFloors(t, rp)
}

// TestThirdJudgeSelfCheck: the judge works. Without redaction every value
// is counted as leaked and no look-alike as damaged; with a perfect
// redaction (the placeholder render) nothing leaks and nothing is damaged.
// It also checks the corpus: sizes, and that generated cards, IBANs and
// resident ids are valid.
func TestThirdJudgeSelfCheck(t *testing.T) {
	cs := getCorpus()
	values, looks := 0, 0
	locs, ctxs := map[string]bool{}, map[string]bool{}
	for _, c := range cs {
		values += len(c.vals)
		looks += len(c.looks)
		ctxs[c.ctx] = true
		for _, v := range c.vals {
			locs[v.loc] = true
			switch v.kind {
			case kCard:
				if d := onlyDigits(v.s); !luhnValid(d) {
					t.Errorf("card %s fails Luhn", v.s)
				}
			case kIBAN:
				s := strings.ToUpper(strings.ReplaceAll(v.s, " ", ""))
				if ibanCheck(s[:2], s[4:]) != s[2:4] {
					t.Errorf("iban %s bad check digits", v.s)
				}
			case kCNID:
				s := strings.ToUpper(strings.ReplaceAll(v.s, " ", ""))
				if len(s) != 18 || cnCheck(s[:17]) != s[17] {
					t.Errorf("cn_id %s bad check", v.s)
				}
			}
		}
	}
	t.Logf("corpus: %d cases, %d PII values, %d look-alikes, %d locales, %d contexts", len(cs), values, looks, len(locs), len(ctxs))
	if values < 20000 || looks < 20000 || len(locs) < 15 || len(ctxs) < 10 {
		t.Errorf("corpus too small")
	}
	ident := judge(cs, func(c *caseT) string {
		if c.text {
			return c.line
		}
		out, err := decodeAppend(c.line, nil)
		if err != nil {
			t.Fatalf("case %d (%s): %v: %s", c.idx, c.ctx, err, c.line)
		}
		return out
	})
	if ident.leaks != ident.values {
		t.Errorf("no redaction: %d of %d values counted as leaked; first misses:\n%s", ident.leaks, ident.values, strings.Join(ident.firstMiss, "\n"))
	}
	if ident.damaged != 0 {
		t.Errorf("no redaction: %d look-alikes counted as damaged\n%s", ident.damaged, ident.String())
	}
	perfect := judge(cs, func(c *caseT) string {
		if c.text {
			return c.base
		}
		out, err := decodeAppend(c.base, nil)
		if err != nil {
			t.Fatalf("case %d (%s) placeholder render: %v: %s", c.idx, c.ctx, err, c.base)
		}
		return out
	})
	if perfect.leaks != 0 || perfect.damaged != 0 {
		t.Errorf("perfect redaction: %d leaks, %d damaged\n%s", perfect.leaks, perfect.damaged, perfect.String())
	}
}
