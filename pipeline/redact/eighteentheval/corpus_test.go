package eighteentheval

import (
	"math/rand/v2"
	"runtime"
	"sort"
	"strconv"
	"sync"

	"github.com/vigilops/vigil/event"
)

// line is one corpus line with the values and look-alikes planted in it.
type line struct {
	n                    int
	ctx, form, tmpl, loc string
	event                bool
	text, ph             string
	vals                 []value
	looks                []look
}

type corpus struct {
	seed            uint64
	lines           []line
	rebuilt, given  int // lines rebuilt because the placeholder showed a value; lines given up
	droppedLooks    int
	nValues, nLooks int
	invisibleInPH   int
}

const (
	piiLines   = 17500
	cleanLines = 4200
)

var kindWeight = map[string]int{"name": 20, "email": 15, "phone": 18, "address": 15, "card": 11, "iban": 10, "cn_id": 12, "credential": 16}

func newRand(seed uint64, n, attempt int) *rand.Rand {
	return rand.New(rand.NewPCG(seed, uint64(n)<<6|uint64(attempt)))
}

type plan struct {
	ctx   *ctxDef
	loc   *locData
	form  string
	kinds []string
	clean bool
}

func choosePlan(m *rand.Rand, n int) plan {
	c := &contexts[n%len(contexts)]
	p := plan{ctx: c, loc: locTable[m.IntN(len(locTable))], form: pick(m, c.forms), clean: n >= piiLines}
	if p.clean {
		return p
	}
	k := 1
	if m.IntN(100) < 45 {
		k = 2
	}
	if m.IntN(100) < 8 {
		k = 3
	}
	total := 0
	for _, kd := range c.kinds {
		total += kindWeight[kd]
	}
	seen := map[string]bool{}
	for len(p.kinds) < k {
		x := m.IntN(total)
		for _, kd := range c.kinds {
			if x -= kindWeight[kd]; x < 0 {
				if !seen[kd] {
					seen[kd] = true
					p.kinds = append(p.kinds, kd)
				}
				break
			}
		}
	}
	for _, kd := range p.kinds {
		if kd == "cn_id" && m.IntN(100) < 70 {
			for _, l := range locTable {
				if l.code == "zh_CN" {
					p.loc = l
				}
			}
		}
	}
	return p
}

func buildOnce(seed uint64, n, attempt int, p plan, ph bool) (*builder, string, bool, string) {
	r := newRand(seed, n, attempt)
	b := &builder{r: r, ph: ph, loc: p.loc, ctx: p.ctx, svc: pick(r, p.ctx.services), when: ts(r)}
	var groups [][]item
	for _, k := range p.kinds {
		groups = append(groups, b.piiItems(k))
	}
	nl := 2 + r.IntN(3)
	if p.clean {
		nl = 3 + r.IntN(3)
	}
	for i := 0; i < nl; i++ {
		groups = append(groups, []item{b.lookItem(pick(r, p.ctx.looks))})
	}
	if r.IntN(100) < 30 {
		groups = append(groups, []item{b.trapItem(pick(r, p.ctx.traps))})
	}
	r.Shuffle(len(groups), func(i, j int) { groups[i], groups[j] = groups[j], groups[i] })
	var its []item
	seen := map[string]int{}
	for _, g := range groups {
		for _, it := range g {
			if seen[it.key]++; seen[it.key] > 1 {
				it.key += "_" + strconv.Itoa(seen[it.key])
			}
			its = append(its, it)
		}
	}
	text, ev, tmpl := b.render(p.form, its)
	return b, text, ev, tmpl
}

func buildCorpus(seed uint64) *corpus { return buildLines(seed, piiLines+cleanLines) }

// buildLines builds the corpus's first count lines. Plans are drawn in order
// from one generator; each line then has its own, so lines build in parallel.
func buildLines(seed uint64, count int) *corpus {
	c := &corpus{seed: seed}
	m := rand.New(rand.NewPCG(seed, 0x18))
	plans := make([]plan, count)
	for n := range plans {
		plans[n] = choosePlan(m, n)
	}
	type built struct {
		ln                          line
		ok                          bool
		rebuilt, dropped, invisible int
	}
	out := make([]built, count)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			dec := event.NewDecoder(nil)
			for n := w; n < count; n += workers {
				o := &out[n]
				o.ln, o.ok, o.rebuilt, o.dropped, o.invisible = buildLine(seed, n, plans[n], dec)
			}
		}(w)
	}
	wg.Wait()
	for _, o := range out {
		c.rebuilt += o.rebuilt
		c.droppedLooks += o.dropped
		c.invisibleInPH += o.invisible
		if !o.ok {
			c.given++
			continue
		}
		c.nValues += len(o.ln.vals)
		c.nLooks += len(o.ln.looks)
		c.lines = append(c.lines, o.ln)
	}
	return c
}

// buildLine builds line n: with its values and with placeholders, from the
// same random state; a line whose placeholder version already shows a value
// is rebuilt from another state, and a look-alike holding a value is dropped.
func buildLine(seed uint64, n int, p plan, dec *event.Decoder) (ln line, ok bool, rebuilt, dropped, invisible int) {
	for attempt := 0; attempt < 40; attempt++ {
		b, text, ev, tmpl := buildOnce(seed, n, attempt, p, false)
		_, phText, _, _ := buildOnce(seed, n, attempt, p, true)
		phv := inputViews(phText, ev, dec)
		bad := false
		for i := range b.vals {
			if leaks(&b.vals[i], phv) {
				bad = true
				break
			}
		}
		if bad {
			rebuilt++
			continue
		}
		realv := inputViews(text, ev, dec)
		ln = line{n: n, ctx: p.ctx.name, form: p.form, tmpl: tmpl, loc: p.loc.code, event: ev, text: text, ph: phText, vals: b.vals}
		for _, lk := range b.looks {
			lv := newViews([]string{lk.text})
			drop := false
			for i := range b.vals {
				if leaks(&b.vals[i], lv) {
					drop = true
					break
				}
			}
			if drop {
				dropped++
				continue
			}
			// how often it stands in the line: the fewer of the placeholder
			// version and the line itself (a form that prints a value's
			// length, like var_dump, differs between the two)
			t := foldDigits(lk.text)
			needPH, needReal := 0, 0
			for _, f := range phv.forms {
				if k := countIn(f, t); k > 0 && (needPH == 0 || k < needPH) {
					needPH = k
				}
			}
			for _, f := range realv.forms {
				if k := countIn(f, t); k > 0 && (needReal == 0 || k < needReal) {
					needReal = k
				}
			}
			lk.need = min(needPH, needReal)
			if lk.need == 0 {
				invisible++
				continue
			}
			ln.looks = append(ln.looks, lk)
		}
		return ln, true, rebuilt, dropped, invisible
	}
	return ln, false, rebuilt, dropped, invisible
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
