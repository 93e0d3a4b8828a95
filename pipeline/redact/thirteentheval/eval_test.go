package thirteentheval

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

const defaultSeed = 13

// lines in the corpus: a multiple of the contexts' count.
var corpusLines = len(contexts) * 680

type item struct {
	ctx, loc string
	event    bool
	line, bg string
	piis     []*pii
	traps    []trap
}

var kindWeights = map[string]float64{"name": 3, "phone": 3, "email": 2, "address": 2.2, "card": 1.5, "iban": 1.1, "cn_id": 0.8, "credential": 2.2}

func pickKinds(r *rand.Rand) []string {
	total := 0.0
	for _, k := range kinds {
		total += kindWeights[k]
	}
	n := 1 + r.IntN(3)
	var out []string
	for len(out) < n {
		x := r.Float64() * total
		for _, k := range kinds {
			x -= kindWeights[k]
			if x < 0 {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

var (
	corpusMu    sync.Mutex
	corpusCache = map[uint64][]item{}
)

// corpus builds the full corpus of a seed once per test binary.
func corpus(seed uint64) ([]item, error) {
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if c, ok := corpusCache[seed]; ok {
		return c, nil
	}
	c, err := build(seed, corpusLines)
	if err == nil {
		corpusCache[seed] = c
	}
	return c, err
}

func build(seed uint64, n int) ([]item, error) {
	items := make([]item, 0, n)
	for i := 0; i < n; i++ {
		c := contexts[i%len(contexts)]
		l := locales[(i/len(contexts)+i)%len(locales)]
		kr := rand.New(rand.NewPCG(seed, uint64(i)))
		ks := pickKinds(kr)
		ga := newGen(seed, i, false, l, c.name)
		line, isEv := c.gen(ga, ks)
		gb := newGen(seed, i, true, l, c.name)
		bg, _ := c.gen(gb, ks)
		if len(ga.piis) != len(gb.piis) || len(ga.traps) != len(gb.traps) {
			return nil, fmt.Errorf("line %d (%s): the two renderings differ in shape", i, c.name)
		}
		items = append(items, item{ctx: c.name, loc: l.code, event: isEv, line: line, bg: bg, piis: ga.piis, traps: ga.traps})
	}
	return items, nil
}

// redactor is what the judge measures: an event redactor and a text redactor.
type redactor struct {
	event func(*event.Event, *item)
	text  func(string, *item) string
}

type tally struct{ n, leaked int }

func (t tally) recall() float64 {
	if t.n == 0 {
		return 1
	}
	return 1 - float64(t.leaked)/float64(t.n)
}

type dtally struct{ n, damaged int }

func (d dtally) rate() float64 {
	if d.n == 0 {
		return 0
	}
	return float64(d.damaged) / float64(d.n)
}

type report struct {
	all                  tally
	byShape              map[string]*tally
	byKind, byCtx, byLoc map[string]*tally
	leakClass            map[string]int
	examples             map[string]string
	damage               dtally
	byTrap, damageCtx    map[string]*dtally
	damageExamples       map[string]string
	missing              int
	decodeErrors         int
	bytes                int
	critical             map[string]int
	missingTypes         map[string]int
}

func add[T any](m map[string]*T, k string) *T {
	if v, ok := m[k]; ok {
		return v
	}
	v := new(T)
	m[k] = v
	return v
}

func run(items []item, r redactor) report {
	rep := report{byShape: map[string]*tally{}, byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{}, leakClass: map[string]int{}, examples: map[string]string{},
		byTrap: map[string]*dtally{}, damageCtx: map[string]*dtally{}, damageExamples: map[string]string{}, critical: map[string]int{}, missingTypes: map[string]int{}}
	dec := event.NewDecoder(nil)
	var ev, evb event.Event
	for idx := range items {
		it := &items[idx]
		rep.bytes += len(it.line)
		var out, bg string
		if it.event {
			ev.Reset()
			evb.Reset()
			if err := dec.Decode([]byte(it.line), &ev); err != nil {
				rep.decodeErrors++
				continue
			}
			if err := dec.Decode([]byte(it.bg), &evb); err != nil {
				rep.decodeErrors++
				continue
			}
			r.event(&ev, it)
			out, bg = string(ev.AppendJSON(nil)), string(evb.AppendJSON(nil))
		} else {
			out, bg = r.text(it.line, it), it.bg
		}
		vd := judge(out, bg, it.piis, it.traps)
		rep.missing += len(vd.missing)
		for _, m := range vd.missing {
			rep.missingTypes[m]++
		}
		for i, p := range it.piis {
			l := vd.leaked[i]
			for _, t := range []*tally{&rep.all, add(rep.byKind, p.kind), add(rep.byCtx, p.ctx), add(rep.byLoc, p.locale), add(rep.byShape, p.kind+"/"+p.shape)} {
				t.n++
				if l {
					t.leaked++
				}
			}
			if l {
				cls := p.kind + "/" + p.shape + " in " + p.ctx
				rep.leakClass[cls]++
				if p.kind == "card" || p.kind == "iban" || p.kind == "cn_id" || p.kind == "credential" {
					rep.critical[p.kind]++
				}
				if _, ok := rep.examples[cls]; !ok {
					rep.examples[cls] = show(out)
				}
			}
		}
		for typ, n := range vd.trapTotal {
			d := vd.trapDamaged[typ]
			for _, t := range []*dtally{&rep.damage, add(rep.byTrap, typ), add(rep.damageCtx, it.ctx)} {
				t.n += n
				t.damaged += d
			}
			if d > 0 {
				if _, ok := rep.damageExamples[typ]; !ok {
					rep.damageExamples[typ] = it.ctx + ": " + show(out)
				}
			}
		}
	}
	return rep
}

func show(s string) string {
	if len(s) > 600 {
		s = s[:600] + "…"
	}
	if os.Getenv("VIGIL_EVAL_SHOW") == "1" {
		return s
	}
	return shapeMask(s)
}

func seedFromEnv(t *testing.T) (uint64, bool) {
	v := os.Getenv("VIGIL_THIRTEENTH_SEED")
	if v == "" {
		return defaultSeed, true
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		t.Fatalf("VIGIL_THIRTEENTH_SEED: expected an unsigned integer, got %q", v)
	}
	return n, n == defaultSeed
}

func realRedactor(t *testing.T) redactor {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return redactor{event: func(ev *event.Event, _ *item) { r.Event(ev) }, text: func(s string, _ *item) string { return r.String(s) }}
}

func sortedKeys[T any](m map[string]*T) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (rep report) log(t *testing.T) {
	free := 0
	for _, c := range contexts {
		if c.free {
			if v := rep.byCtx[c.name]; v != nil {
				free += v.n
			}
		}
	}
	if rep.all.n > 0 {
		t.Logf("%d values (%.0f%%) in free text written by people, the rest in structured shapes", free, 100*float64(free)/float64(rep.all.n))
	}
	t.Logf("PII values %d, leaked %d, recall %.3f%%; look-alikes %d, damaged %d (%.3f%%); %d bytes", rep.all.n, rep.all.leaked, 100*rep.all.recall(), rep.damage.n, rep.damage.damaged, 100*rep.damage.rate(), rep.bytes)
	for _, sec := range []struct {
		name string
		m    map[string]*tally
	}{{"kind", rep.byKind}, {"context", rep.byCtx}, {"locale", rep.byLoc}} {
		for _, k := range sortedKeys(sec.m) {
			v := sec.m[k]
			t.Logf("recall %-8s %-18s %6d values %5d leaked %7.3f%%", sec.name, k, v.n, v.leaked, 100*v.recall())
		}
	}
	for _, k := range sortedKeys(rep.byShape) {
		if v := rep.byShape[k]; v.leaked > 0 {
			t.Logf("leaks of shape %-24s %5d of %6d", k, v.leaked, v.n)
		}
	}
	for _, sec := range []struct {
		name string
		m    map[string]*dtally
	}{{"type", rep.byTrap}, {"context", rep.damageCtx}} {
		for _, k := range sortedKeys(sec.m) {
			v := sec.m[k]
			t.Logf("damage %-8s %-18s %6d occurrences %5d damaged %7.3f%%", sec.name, k, v.n, v.damaged, 100*v.rate())
		}
	}
	type kc struct {
		k string
		n int
	}
	var cls []kc
	for k, n := range rep.leakClass {
		cls = append(cls, kc{k, n})
	}
	sort.Slice(cls, func(i, j int) bool { return cls[i].n > cls[j].n || cls[i].n == cls[j].n && cls[i].k < cls[j].k })
	for i, c := range cls {
		critical := strings.HasPrefix(c.k, "card/") || strings.HasPrefix(c.k, "iban/") || strings.HasPrefix(c.k, "cn_id/")
		if i >= 40 && !critical {
			continue
		}
		t.Logf("leak class %4d  %s\n    e.g. %s", c.n, c.k, rep.examples[c.k])
	}
	for _, k := range sortedKeys(rep.byTrap) {
		if ex, ok := rep.damageExamples[k]; ok {
			t.Logf("damaged %s e.g. %s", k, ex)
		}
	}
}

func floorPct(x float64) float64 { return math.Floor(x*1000) / 10 }
func ceilPct(x float64) float64  { return math.Ceil(x*1000) / 10 }

// TestThirteenthCorpus generates the corpus, redacts it with the default
// configuration and holds the redactor to the floors (and, with
// VIGIL_THIRTEENTH_TARGETS=1, to the targets).
func TestThirteenthCorpus(t *testing.T) {
	seed, isDefault := seedFromEnv(t)
	items, err := corpus(seed)
	if err != nil {
		t.Fatal(err)
	}
	rep := run(items, realRedactor(t))
	rep.log(t)
	if rep.decodeErrors > 0 || rep.missing > 0 {
		t.Fatalf("judge: %d events failed to decode, %d look-alikes missing from their background %v", rep.decodeErrors, rep.missing, rep.missingTypes)
	}
	if rep.all.n < 20000 || len(rep.byCtx) < 16 || len(rep.byLoc) < 24 {
		t.Fatalf("corpus too small: %d values, %d contexts, %d locales", rep.all.n, len(rep.byCtx), len(rep.byLoc))
	}
	if os.Getenv("VIGIL_THIRTEENTH_PRINT_FLOORS") == "1" {
		printFloors(t, rep)
	}
	if isDefault {
		checkFloors(t, rep)
	} else {
		t.Logf("seed %d: floors reported, not enforced", seed)
	}
	if os.Getenv("VIGIL_THIRTEENTH_TARGETS") == "1" {
		for _, k := range []string{"card", "iban", "cn_id", "credential"} {
			if n := rep.critical[k]; n > 0 {
				t.Errorf("target: %d %s leaks, want 0", n, k)
			}
		}
		for _, m := range []map[string]*tally{rep.byKind, rep.byCtx} {
			for _, k := range sortedKeys(m) {
				if r := m[k].recall(); r < 0.995 {
					t.Errorf("target: recall of %s %.3f%% < 99.5%%", k, 100*r)
				}
			}
		}
		if d := rep.damage.rate(); d > 0.001 {
			t.Errorf("target: damage %.3f%% > 0.1%%", 100*d)
		}
	}
}

func printFloors(t *testing.T, rep report) {
	var b strings.Builder
	fmt.Fprintf(&b, "\toverallRecall: %.1f, overallDamage: %.1f,\n\trecall: map[string]float64{\n", floorPct(rep.all.recall()), ceilPct(rep.damage.rate()))
	for _, m := range []map[string]*tally{rep.byKind, rep.byCtx, rep.byLoc} {
		for _, k := range sortedKeys(m) {
			fmt.Fprintf(&b, "\t\t%q: %.1f,\n", k, floorPct(m[k].recall()))
		}
	}
	b.WriteString("\t},\n\tdamage: map[string]float64{\n")
	for _, k := range sortedKeys(rep.byTrap) {
		fmt.Fprintf(&b, "\t\t%q: %.1f,\n", k, ceilPct(rep.byTrap[k].rate()))
	}
	for _, k := range sortedKeys(rep.damageCtx) {
		fmt.Fprintf(&b, "\t\t%q: %.1f,\n", "ctx:"+k, ceilPct(rep.damageCtx[k].rate()))
	}
	b.WriteString("\t},\n")
	t.Log("floors:\nBEGIN FLOORS\n" + b.String() + "END FLOORS")
}

func checkFloors(t *testing.T, rep report) {
	if r := 100 * rep.all.recall(); r < floors.overallRecall {
		t.Errorf("overall recall %.3f%% below its floor %.1f%%", r, floors.overallRecall)
	}
	if d := 100 * rep.damage.rate(); d > floors.overallDamage {
		t.Errorf("overall damage %.3f%% above its ceiling %.1f%%", d, floors.overallDamage)
	}
	for _, m := range []map[string]*tally{rep.byKind, rep.byCtx, rep.byLoc} {
		for _, k := range sortedKeys(m) {
			f, ok := floors.recall[k]
			if !ok {
				t.Errorf("no recall floor for %q", k)
				continue
			}
			if r := 100 * m[k].recall(); r < f {
				t.Errorf("recall of %s %.3f%% below its floor %.1f%%", k, r, f)
			}
		}
	}
	for _, sec := range []struct {
		prefix string
		m      map[string]*dtally
	}{{"", rep.byTrap}, {"ctx:", rep.damageCtx}} {
		for _, k := range sortedKeys(sec.m) {
			f, ok := floors.damage[sec.prefix+k]
			if !ok {
				t.Errorf("no damage ceiling for %q", sec.prefix+k)
				continue
			}
			if d := 100 * sec.m[k].rate(); d > f {
				t.Errorf("damage of %s%s %.3f%% above its ceiling %.1f%%", sec.prefix, k, d, f)
			}
		}
	}
}
