package fourtheval

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

const (
	defaultSeed uint64 = 20261207
	numCases           = 16000
)

// ---- building the corpus ----

func (g *gen) itemPII(p *pii) *item {
	it := &item{p: p}
	k := p.Kind
	if k == "name" && p.Sub != "full" {
		k = p.Sub
	}
	en, ll := langs["en"], langs[g.loc.lang]
	if k == "credential" {
		if p.cred.pw {
			k = "password"
		} else {
			it.key = words(pick(g, p.cred.keys))
			return it
		}
	}
	if ll.code != "en" && len(ll.keys[k]) > 0 && g.p(0.4) {
		it.key, it.local = words(pick(g, ll.keys[k])), true
	} else {
		it.key = words(pick(g, en.keys[k]))
	}
	return it
}

func (g *gen) itemLook(l *look) *item {
	return &item{l: l, key: words(pick(g, laByName[l.Type].keys))}
}

// buildCase renders case id; with blank every PII value is replaced by the
// placeholder and nothing else changes.
func buildCase(seed uint64, id int, blank bool) *tcase {
	g := newGen(seed, id, blank)
	c := &tcase{ID: id}
	g.c = c
	cx := contexts[id%len(contexts)]
	c.Ctx = cx.name
	g.loc = locales[(id/len(contexts))%len(locales)]
	c.Loc = g.loc.code
	ln := "en"
	if g.loc.lang != "en" && g.p(0.55) {
		ln = g.loc.lang
	}
	g.lg, g.ln, c.Lang = langs[ln], ln, ln

	np := 0
	switch x := g.n(100); {
	case x < 20:
	case x < 56:
		np = 1
	case x < 84:
		np = 2
	default:
		np = 3
	}
	cur := g.loc.person(g)
	used := map[string]bool{}
	var its []*item
	for i := 0; i < np; i++ {
		k := pick(g, kinds)
		pr := cur
		if used[k] {
			pr = g.loc.person(g)
		}
		used[k] = true
		var p *pii
		switch k {
		case "name":
			p = newName(g, pr)
		case "phone":
			p = newPhone(g)
		case "email":
			p = newEmail(g, pr)
		case "address":
			p = newAddress(g, c.Ctx)
		case "card":
			p = newCard(g)
		case "iban":
			p = newIBAN(g)
		case "cn_id":
			p = newCNID(g)
		default:
			p = newCred(g)
		}
		p.Female = pr.Female
		its = append(its, g.itemPII(p))
	}
	for i, nl := 0, g.rng(2, 4); i < nl; i++ {
		its = append(its, g.itemLook(newLook(g)))
	}
	g.r.Shuffle(len(its), func(i, j int) { its[i], its[j] = its[j], its[i] })
	cx.fn(g, its)
	return c
}

type pairCase struct {
	c     *tcase
	blank string
}

func buildCorpus(seed uint64, n int) []pairCase {
	out := make([]pairCase, n)
	for i := 0; i < n; i++ {
		c := buildCase(seed, i, false)
		b := buildCase(seed, i, true)
		out[i] = pairCase{c, b.Line}
	}
	return out
}

// ---- running a redactor ----

type redactFn struct {
	name string
	ev   func(*event.Event)
	str  func(string) string
}

func vigil(t testing.TB) redactFn {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return redactFn{"vigil", func(e *event.Event) { r.Event(e) }, r.String}
}

var identity = redactFn{"identity", func(*event.Event) {}, func(s string) string { return s }}

var replaceAll = redactFn{"replace-everything", func(e *event.Event) {
	for i := range e.Fields {
		e.Fields[i].Value = event.StringValue("[REDACTED:all]")
	}
}, func(string) string { return "[REDACTED:all]" }}

type tally struct{ n, bad int }

func (t *tally) add(bad bool) {
	t.n++
	if bad {
		t.bad++
	}
}

func (t tally) rate() float64 {
	if t.n == 0 {
		return 0
	}
	return 100 * float64(t.bad) / float64(t.n)
}

type example struct {
	class string
	value string // shape or real value
	out   string
}

type score struct {
	cases, texts         int
	values, unjudged     int
	byKind, byCtx, byLoc map[string]*tally
	byClass              map[string]*tally // kind | form | ctx
	byKindCtx            map[string]*tally // kind | ctx
	byShape              map[string]*tally // kind | form
	looks                tally
	laType, laCtx        map[string]*tally
	laClass              map[string]*tally    // type | ctx/sub
	leakEx               map[string][]example // by kind
	leakCtx              map[string][]example // by context
	dmgEx                map[string][]example
	unplaced             int // look-alikes not found in the blank rendering
	badDecode            int
}

func newScore() *score {
	return &score{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{}, byClass: map[string]*tally{},
		laType: map[string]*tally{}, laCtx: map[string]*tally{}, laClass: map[string]*tally{}, leakEx: map[string][]example{}, leakCtx: map[string][]example{}, dmgEx: map[string][]example{},
		byKindCtx: map[string]*tally{}, byShape: map[string]*tally{}}
}

func tl(m map[string]*tally, k string) *tally {
	t := m[k]
	if t == nil {
		t = &tally{}
		m[k] = t
	}
	return t
}

func (s *score) recall(m map[string]*tally, k string) float64 { return 100 - m[k].rate() }

func (s *score) all() tally {
	var t tally
	for _, x := range s.byKind {
		t.n += x.n
		t.bad += x.bad
	}
	return t
}

var showReal = os.Getenv("VIGIL_EVAL_SHOW") == "1"

func run(t testing.TB, corpus []pairCase, rf redactFn) *score {
	s := newScore()
	dec := event.NewDecoder(nil)
	var ev, bev event.Event
	for _, pc := range corpus {
		c := pc.c
		s.cases++
		var out, blank string
		if c.Text {
			s.texts++
			out = rf.str(c.Line)
			blank = pc.blank
		} else {
			if err := dec.Decode([]byte(c.Line), &ev); err != nil {
				s.badDecode++
				t.Errorf("case %d (%s) does not decode: %v", c.ID, c.Ctx, err)
				continue
			}
			rf.ev(&ev)
			out = docText(&ev)
			if err := dec.Decode([]byte(pc.blank), &bev); err != nil {
				s.badDecode++
				t.Errorf("blank case %d (%s) does not decode: %v", c.ID, c.Ctx, err)
				continue
			}
			blank = docText(&bev)
		}
		oh, bh := mkHay(out), mkHay(blank)
		var bt map[string]bool
		for _, p := range c.PII {
			if p.frags == nil {
				p.frags = fragsOf(p)
			}
			var judged []frag
			for _, f := range p.frags {
				if !bh.has(f) {
					judged = append(judged, f)
				}
			}
			s.values++
			if len(judged) == 0 {
				s.unjudged++
				continue
			}
			leaked := false
			var hit frag
			for _, f := range judged {
				if oh.has(f) {
					leaked, hit = true, f
					break
				}
			}
			tl(s.byKind, p.Kind).add(leaked)
			tl(s.byCtx, c.Ctx).add(leaked)
			tl(s.byLoc, c.Loc).add(leaked)
			cls := p.Kind + " | " + p.Form + " | " + c.Ctx
			tl(s.byClass, cls).add(leaked)
			tl(s.byKindCtx, p.Kind+" | "+c.Ctx).add(leaked)
			tl(s.byShape, p.Kind+" | "+p.Form).add(leaked)
			if leaked && (len(s.leakEx[p.Kind]) < 400 || len(s.leakCtx[c.Ctx]) < 400) {
				if bt == nil {
					bt = setOfTokens(bh.words)
				}
				e := example{class: cls + " (" + c.Sub + ", " + c.Lang + ")", value: shown(p.Text, p.Shape), out: excerpt(out, p, hit, c, bt)}
				if len(s.leakEx[p.Kind]) < 400 {
					s.leakEx[p.Kind] = append(s.leakEx[p.Kind], e)
				}
				if len(s.leakCtx[c.Ctx]) < 400 {
					s.leakCtx[c.Ctx] = append(s.leakCtx[c.Ctx], e)
				}
			}
		}
		for _, l := range c.Looks {
			nb := boundedCount(blank, l.Text)
			if nb == 0 {
				s.unplaced++
				continue
			}
			dmg := boundedCount(out, l.Text) < nb
			s.looks.add(dmg)
			tl(s.laType, l.Type).add(dmg)
			tl(s.laCtx, c.Ctx).add(dmg)
			cls := l.Type + " | " + c.Ctx + "/" + c.Sub
			tl(s.laClass, cls).add(dmg)
			if dmg && len(s.dmgEx[l.Type]) < 400 {
				if bt == nil {
					bt = setOfTokens(bh.words)
				}
				s.dmgEx[l.Type] = append(s.dmgEx[l.Type], example{class: cls, value: shown(l.Text, ""), out: excerptLook(out, blank, l.Text, c, bt)})
			}
		}
	}
	return s
}

// ---- masking examples ----

func shape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('9')
		case unicode.IsUpper(r):
			b.WriteByte('A')
		case unicode.IsLetter(r):
			b.WriteByte('a')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// shown is a value as the report prints it: its shape, or itself with
// VIGIL_EVAL_SHOW=1; a phone also shows the pattern it was written in.
func shown(s, pattern string) string {
	if showReal {
		return s
	}
	if pattern != "" {
		return shape(s) + "  (" + pattern + ")"
	}
	return shape(s)
}

func setOfTokens(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// maskOut shape-masks every word of an output that holds a digit, is long,
// or belongs to one of the case's PII values (and is not also a word of the
// line without them); markers and template words stay readable.
func maskOut(s string, c *tcase, background map[string]bool) string {
	if showReal {
		return s
	}
	piiTok := map[string]bool{}
	for _, p := range c.PII {
		for _, t := range tokens(normText(p.Text + " " + p.Secret)) {
			if !background[t] {
				piiTok[t] = true
			}
		}
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !isWordRune(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		digit := false
		for j < len(rs) && isWordRune(rs[j]) {
			if unicode.IsDigit(rs[j]) {
				digit = true
			}
			j++
		}
		w := string(rs[i:j])
		if digit || j-i >= 16 || piiTok[strings.ToLower(w)] {
			b.WriteString(shape(w))
		} else {
			b.WriteString(w)
		}
		i = j
	}
	return b.String()
}

func around(s string, at, width int) string {
	if at < 0 {
		at = 0
	}
	start := max(0, at-width)
	end := min(len(s), at+width)
	for start > 0 && !isRuneStart(s[start]) {
		start--
	}
	for end < len(s) && !isRuneStart(s[end]) {
		end++
	}
	pre, post := "", ""
	if start > 0 {
		pre = "…"
	}
	if end < len(s) {
		post = "…"
	}
	return pre + s[start:end] + post
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// excerpt shows the redacted text around the leak: where the value, its
// first characters or the fragment that survived stand.
func excerpt(out string, p *pii, f frag, c *tcase, bt map[string]bool) string {
	low := strings.ToLower(out)
	at := strings.Index(out, p.Text)
	if at < 0 && len(p.Text) >= 6 {
		at = strings.Index(out, p.Text[:6])
	}
	if at < 0 {
		w := strings.Fields(f.s)
		if len(w) > 0 {
			at = strings.Index(low, w[0])
		}
	}
	return strings.ReplaceAll(maskOut(around(out, at, 140), c, bt), "\n", "⏎")
}

// excerptLook shows the redacted text around where v stood in the blank
// rendering.
func excerptLook(out, blank, v string, c *tcase, bt map[string]bool) string {
	at := strings.Index(blank, v)
	if at > len(out) {
		at = len(out) - 1
	}
	return strings.ReplaceAll(maskOut(around(out, at, 140), c, bt), "\n", "⏎")
}

// ---- report ----

func pct(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) + " %" }

func sortedKeys(m map[string]*tally) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (s *score) report(seed uint64) string {
	var b strings.Builder
	all := s.all()
	fmt.Fprintf(&b, "vigil PII corpus (fourtheval), seed %d: %d lines (%d events, %d plain text), %d contexts, %d locales\n", seed, s.cases, s.cases-s.texts, s.texts, len(s.byCtx), len(s.byLoc))
	fmt.Fprintf(&b, "PII values: %d judged, %d unjudged (every fragment also in the background)\n", all.n, s.unjudged)
	fmt.Fprintf(&b, "recall, all values: %s (%d leaked)\n\n", pct(100-all.rate()), all.bad)
	table := func(title string, m map[string]*tally, keys []string) {
		fmt.Fprintf(&b, "%-24s %8s %8s %10s\n", title, "values", "leaked", "recall")
		for _, k := range keys {
			x := m[k]
			fmt.Fprintf(&b, "%-24s %8d %8d %10s\n", k, x.n, x.bad, pct(100-x.rate()))
		}
		b.WriteByte('\n')
	}
	table("by kind", s.byKind, kinds)
	var ctxs []string
	for _, c := range contexts {
		ctxs = append(ctxs, c.name)
	}
	table("by context", s.byCtx, ctxs)
	table("by locale", s.byLoc, sortedKeys(s.byLoc))
	fmt.Fprintf(&b, "look-alikes: %d, damaged %d (%s); %d not placed\n\n", s.looks.n, s.looks.bad, pct(s.looks.rate()), s.unplaced)
	dtable := func(title string, m map[string]*tally, keys []string) {
		fmt.Fprintf(&b, "%-24s %8s %8s %10s\n", title, "values", "damaged", "damage")
		for _, k := range keys {
			x := m[k]
			fmt.Fprintf(&b, "%-24s %8d %8d %10s\n", k, x.n, x.bad, pct(x.rate()))
		}
		b.WriteByte('\n')
	}
	dtable("damage by type", s.laType, sortedKeys(s.laType))
	dtable("damage by context", s.laCtx, ctxs)
	top := func(title string, m map[string]*tally, n int) {
		type kv struct {
			k string
			t tally
		}
		var xs []kv
		for k, t := range m {
			if t.bad > 0 {
				xs = append(xs, kv{k, *t})
			}
		}
		sort.Slice(xs, func(i, j int) bool {
			if xs[i].t.bad != xs[j].t.bad {
				return xs[i].t.bad > xs[j].t.bad
			}
			return xs[i].k < xs[j].k
		})
		fmt.Fprintf(&b, "%s\n", title)
		for i, x := range xs {
			if i == n {
				break
			}
			fmt.Fprintf(&b, "  %4d of %4d  %s\n", x.t.bad, x.t.n, x.k)
		}
		b.WriteByte('\n')
	}
	top("most common leak classes (kind | context)", s.byKindCtx, 20)
	top("most common leak classes (kind | shape)", s.byShape, 25)
	top("most common leak classes (kind | shape | context)", s.byClass, 25)
	top("most common damage classes (type | context/shape)", s.laClass, 25)
	exs := func(title string, m map[string][]example, keys []string) {
		fmt.Fprintf(&b, "%s\n", title)
		for _, k := range keys {
			ex := m[k]
			if len(ex) == 0 {
				continue
			}
			// Spread the five examples over different classes.
			var picked []example
			seen := map[string]bool{}
			for _, e := range ex {
				if len(picked) < 5 && !seen[e.class] {
					picked = append(picked, e)
					seen[e.class] = true
				}
			}
			for _, e := range ex {
				if len(picked) >= 5 {
					break
				}
				dup := false
				for _, p := range picked {
					if p == e {
						dup = true
					}
				}
				if !dup {
					picked = append(picked, e)
				}
			}
			fmt.Fprintf(&b, "  %s:\n", k)
			for _, e := range picked {
				fmt.Fprintf(&b, "    [%s] value %q\n      out: %s\n", e.class, e.value, e.out)
			}
		}
		b.WriteByte('\n')
	}
	exs("leak examples by kind (shape-masked; VIGIL_EVAL_SHOW=1 shows values)", s.leakEx, kinds)
	exs("leak examples by context", s.leakCtx, ctxs)
	exs("damage examples", s.dmgEx, sortedKeys(s.laType))
	return b.String()
}

// ---- floors ----

// figures returns every measured figure by its floors-map key: recall/…
// figures must not fall below their floor, damage/… figures must not rise
// above their ceiling.
func (s *score) figures() map[string]float64 {
	f := map[string]float64{}
	all := s.all()
	f["recall/all"] = 100 - all.rate()
	for k, t := range s.byKind {
		f["recall/kind/"+k] = 100 - t.rate()
	}
	for k, t := range s.byCtx {
		f["recall/context/"+k] = 100 - t.rate()
	}
	for k, t := range s.byLoc {
		f["recall/locale/"+k] = 100 - t.rate()
	}
	f["damage/all"] = s.looks.rate()
	for k, t := range s.laType {
		f["damage/type/"+k] = t.rate()
	}
	for k, t := range s.laCtx {
		f["damage/context/"+k] = t.rate()
	}
	return f
}

func floorsFrom(fig map[string]float64) string {
	var ks []string
	for k := range fig {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var b strings.Builder
	b.WriteString("var floors = map[string]float64{\n")
	for _, k := range ks {
		v := fig[k]
		if strings.HasPrefix(k, "recall/") {
			v = math.Floor(v*10+1e-9) / 10
		} else {
			v = math.Ceil(v*10-1e-9) / 10
		}
		if v == 0 {
			v = 0 // no negative zero
		}
		fmt.Fprintf(&b, "\t%q: %s,\n", k, strconv.FormatFloat(v, 'f', 1, 64))
	}
	b.WriteString("}\n")
	return b.String()
}

// TestFourthCorpus generates the corpus, redacts it with vigil's default
// configuration and scores it. It fails when a figure falls below its floor
// (floors.go); with VIGIL_FOURTH_TARGETS=1 also below the targets.
func TestFourthCorpus(t *testing.T) {
	seed := defaultSeed
	custom := false
	if v := os.Getenv("VIGIL_FOURTH_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("VIGIL_FOURTH_SEED: %v", err)
		}
		seed, custom = n, n != defaultSeed
	}
	corpus := buildCorpus(seed, numCases)
	s := run(t, corpus, vigil(t))
	t.Log("\n" + s.report(seed))
	fig := s.figures()
	if os.Getenv("VIGIL_FOURTH_PRINT_FLOORS") == "1" {
		fmt.Println(floorsFrom(fig))
	}
	if s.unplaced > 0 {
		t.Errorf("%d look-alikes were not found in their own line: generator error", s.unplaced)
	}
	if !custom {
		for k, v := range fig {
			fl, ok := floors[k]
			if !ok {
				t.Errorf("no floor for %s (%.2f): run with VIGIL_FOURTH_PRINT_FLOORS=1", k, v)
				continue
			}
			if strings.HasPrefix(k, "recall/") && v < fl-1e-9 {
				t.Errorf("%s = %.3f %%, below its floor %.1f %%", k, v, fl)
			}
			if strings.HasPrefix(k, "damage/") && v > fl+1e-9 {
				t.Errorf("%s = %.3f %%, above its ceiling %.1f %%", k, v, fl)
			}
		}
	}
	if os.Getenv("VIGIL_FOURTH_TARGETS") == "1" {
		for _, k := range kinds {
			x := s.byKind[k]
			if x == nil {
				continue
			}
			if strictKinds[k] && x.bad > 0 {
				t.Errorf("target: %d %s leaks, want 0", x.bad, k)
			}
			if !strictKinds[k] && 100-x.rate() < 99.5 {
				t.Errorf("target: %s recall %.3f %% < 99.5 %%", k, 100-x.rate())
			}
		}
		for _, cx := range contexts {
			if x := s.byCtx[cx.name]; x != nil && 100-x.rate() < 99.5 {
				t.Errorf("target: context %s recall %.3f %% < 99.5 %%", cx.name, 100-x.rate())
			}
		}
		if s.looks.rate() > 0.1 {
			t.Errorf("target: %.3f %% look-alikes damaged > 0.1 %%", s.looks.rate())
		}
	}
}

// TestJudge checks the judge itself: planted values are found, a redactor
// that changes nothing scores 0 % recall and 0 % damage, one that replaces
// everything 100 % and 100 %.
func TestJudge(t *testing.T) {
	corpus := buildCorpus(defaultSeed, 4*len(contexts)*len(locales))

	id := run(t, corpus, identity)
	all := id.all()
	if all.bad != all.n || all.n == 0 {
		t.Errorf("identity: %d of %d values counted as leaked, want all", all.bad, all.n)
	}
	if id.looks.bad != 0 || id.looks.n == 0 {
		t.Errorf("identity: %d of %d look-alikes damaged, want 0", id.looks.bad, id.looks.n)
	}
	if id.unplaced != 0 {
		t.Errorf("%d look-alikes not found in their own line", id.unplaced)
	}
	if float64(id.unjudged) > 0.005*float64(id.values) {
		t.Errorf("%d of %d values cannot be judged (> 0.5 %%)", id.unjudged, id.values)
	}
	for _, k := range kinds {
		if id.byKind[k] == nil || id.byKind[k].n == 0 {
			t.Errorf("no %s values", k)
		}
	}
	for _, c := range contexts {
		if id.byCtx[c.name] == nil || id.byCtx[c.name].n == 0 {
			t.Errorf("no values in context %s", c.name)
		}
	}
	if len(id.byLoc) != len(locales) {
		t.Errorf("%d locales with values, want %d", len(id.byLoc), len(locales))
	}

	ra := run(t, corpus, replaceAll)
	all = ra.all()
	if all.bad != 0 {
		t.Errorf("replace-everything: %d values counted as leaked, want 0", all.bad)
	}
	if ra.looks.bad != ra.looks.n {
		t.Errorf("replace-everything: %d of %d look-alikes damaged, want all", ra.looks.bad, ra.looks.n)
	}
}

// TestGenerators checks the generators' own promises: checksums, phone
// patterns, placeholders.
func TestGenerators(t *testing.T) {
	for _, l := range locales {
		for _, nt := range l.phone.types {
			for _, pat := range append(append([]string{}, nt.nat...), nt.intl...) {
				if strings.Count(pat, "#") != nt.n {
					t.Errorf("%s: pattern %q has %d digits, want %d", l.code, pat, strings.Count(pat, "#"), nt.n)
				}
			}
			for _, pre := range nt.pre {
				if len(pre) >= nt.n {
					t.Errorf("%s: prefix %q too long", l.code, pre)
				}
			}
		}
		if langs[l.lang] == nil {
			t.Errorf("%s: no language %s", l.code, l.lang)
		}
	}
	corpus := buildCorpus(defaultSeed, 3000)
	for _, pc := range corpus {
		for _, p := range pc.c.PII {
			switch p.Kind {
			case "card":
				if !luhnOK(p.Digits) {
					t.Errorf("card %s fails Luhn", shape(p.Text))
				}
			case "iban":
				if mod97(p.Digits[4:]+p.Digits[:4]) != 1 {
					t.Errorf("IBAN %s fails mod-97", shape(p.Text))
				}
			case "cn_id":
				id := strings.ToUpper(strings.ReplaceAll(p.Text, " ", ""))
				if len(id) != 18 || cnCheck(id[:17]) != id[17] {
					t.Errorf("cn_id %s has a bad check character", shape(p.Text))
				}
			}
		}
		if strings.Contains(pc.blank, "PIIPLACEHOLDER") != (len(pc.c.PII) > 0) {
			t.Errorf("case %d: blank rendering and PII disagree", pc.c.ID)
		}
	}
}

// TestDump prints the first VIGIL_FOURTH_DUMP generated lines (shape-masked
// unless VIGIL_EVAL_SHOW=1), to see what the corpus looks like.
func TestDump(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("VIGIL_FOURTH_DUMP"))
	if n <= 0 {
		t.Skip("set VIGIL_FOURTH_DUMP=N to print N lines")
	}
	for i := 0; i < n; i++ {
		c := buildCase(defaultSeed, i, false)
		line := c.Line
		if !showReal {
			line = maskOut(line, c, nil)
		}
		fmt.Printf("---- case %d: %s/%s, %s, text=%v\n%s\n", i, c.Ctx, c.Sub, c.Loc, c.Text, line)
	}
}
