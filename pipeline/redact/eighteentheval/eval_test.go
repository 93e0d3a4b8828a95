package eighteentheval

import (
	"fmt"
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

const defaultSeed = 18

func seedFromEnv(t *testing.T) (uint64, bool) {
	if s := os.Getenv("VIGIL_EIGHTEENTH_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("VIGIL_EIGHTEENTH_SEED=%q: %v", s, err)
		}
		return n, n == defaultSeed
	}
	return defaultSeed, true
}

var (
	corpusOnce sync.Once
	corpusMain *corpus
	corpusSeed uint64
)

func getCorpus(seed uint64) *corpus {
	corpusOnce.Do(func() { corpusSeed = seed; corpusMain = buildCorpus(seed) })
	if seed != corpusSeed {
		return buildCorpus(seed)
	}
	return corpusMain
}

type tally struct{ n, bad int }

func (t tally) pct() float64 {
	if t.n == 0 {
		return 100
	}
	return 100 * float64(t.n-t.bad) / float64(t.n)
}

type evaluation struct {
	values, leaked, looks, damaged int
	byKind, byCtx, byLoc, byForm   map[string]*tally
	damType, damCtx                map[string]*tally
	classes                        map[string]*leakClass
	firstDamage                    map[string]string
	leakByKind                     map[string]int
}

type leakClass struct {
	n       int
	example string
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

func evaluate(c *corpus, m masker) *evaluation {
	e := &evaluation{byKind: map[string]*tally{}, byCtx: map[string]*tally{}, byLoc: map[string]*tally{}, byForm: map[string]*tally{},
		damType: map[string]*tally{}, damCtx: map[string]*tally{}, classes: map[string]*leakClass{}, firstDamage: map[string]string{}, leakByKind: map[string]int{}}
	results := make([]result, len(c.lines))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			dec := event.NewDecoder(nil)
			for li := w; li < len(c.lines); li += workers {
				results[li] = judgeLine(&c.lines[li], m, dec)
			}
		}(w)
	}
	wg.Wait()
	for li := range c.lines {
		ln := &c.lines[li]
		res := results[li]
		for i, v := range ln.vals {
			bad := res.leaked[i]
			e.values++
			inc(e.byKind, v.kind, bad)
			inc(e.byCtx, ln.ctx, bad)
			inc(e.byLoc, ln.loc, bad)
			inc(e.byForm, ln.form, bad)
			if bad {
				e.leaked++
				e.leakByKind[v.kind]++
				key := v.kind + " · " + ln.ctx + "/" + ln.tmpl + " · " + ln.form
				lc := e.classes[key]
				if lc == nil {
					lc = &leakClass{example: v.text + "  ⇒  " + around(res.out, v.text, 240)}
					e.classes[key] = lc
				}
				lc.n++
			}
		}
		for i, lk := range ln.looks {
			bad := res.damaged[i]
			e.looks++
			inc(e.damType, lk.typ, bad)
			inc(e.damCtx, ln.ctx, bad)
			if bad {
				e.damaged++
				if _, ok := e.firstDamage[lk.typ]; !ok && len(e.firstDamage) < 25 {
					e.firstDamage[lk.typ] = lk.text + "  ⇒  " + around(res.out, lk.text, 240)
				}
			}
		}
	}
	return e
}

// around returns about n characters of s, from a little before where near
// stands (or its start, when it does not).
func around(s, near string, n int) string {
	if i := strings.Index(s, near); i > 80 {
		r := []rune(s[:i])
		if len(r) > 60 {
			s = "…" + string(r[len(r)-60:]) + s[i:]
		}
	}
	return excerpt(s, n)
}

func excerpt(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", "⏎")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// shape masks letters as a/A, digits as 9 and letters of caseless scripts as x.
func shape(s string) string {
	if os.Getenv("VIGIL_EVAL_SHOW") == "1" {
		return s
	}
	var sb strings.Builder
	for _, c := range s {
		switch {
		case unicode.IsDigit(c):
			sb.WriteByte('9')
		case unicode.IsUpper(c):
			sb.WriteByte('A')
		case unicode.IsLower(c):
			sb.WriteByte('a')
		case unicode.IsLetter(c) || unicode.Is(unicode.Mn, c) || unicode.Is(unicode.Mc, c):
			sb.WriteByte('x')
		default:
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

func (e *evaluation) summary() string {
	return fmt.Sprintf("values %d, leaked %d, recall %.2f %%; look-alikes %d, damaged %d (%.3f %%)",
		e.values, e.leaked, 100*float64(e.values-e.leaked)/float64(e.values), e.looks, e.damaged, 100*float64(e.damaged)/float64(e.looks))
}

func (e *evaluation) report(t *testing.T) {
	t.Log(e.summary())
	table := func(title string, m map[string]*tally, damage bool) {
		var sb strings.Builder
		sb.WriteString(title + "\n")
		for _, k := range sortedKeys(m) {
			v := m[k]
			if damage {
				fmt.Fprintf(&sb, "  %-26s %7d  damaged %5d  (%.3f %%)\n", k, v.n, v.bad, 100*float64(v.bad)/float64(v.n))
			} else {
				fmt.Fprintf(&sb, "  %-26s %7d  leaked %5d  recall %7.3f %%\n", k, v.n, v.bad, v.pct())
			}
		}
		t.Log(sb.String())
	}
	table("recall by kind", e.byKind, false)
	table("recall by context", e.byCtx, false)
	table("recall by locale", e.byLoc, false)
	table("recall by form", e.byForm, false)
	table("damage by look-alike type", e.damType, true)
	table("damage by context", e.damCtx, true)
	keys := sortedKeys(e.classes)
	sort.SliceStable(keys, func(i, j int) bool { return e.classes[keys[i]].n > e.classes[keys[j]].n })
	var sb strings.Builder
	sb.WriteString("largest leak classes (kind · context/template · form)\n")
	for i, k := range keys {
		if i == 40 {
			break
		}
		fmt.Fprintf(&sb, "  %5d  %s\n         e.g. %s\n", e.classes[k].n, k, shape(e.classes[k].example))
	}
	t.Log(sb.String())
	sb.Reset()
	sb.WriteString("first damaged look-alike of each type\n")
	for _, k := range sortedKeys(e.firstDamage) {
		fmt.Fprintf(&sb, "  %-22s %s\n", k, shape(e.firstDamage[k]))
	}
	t.Log(sb.String())
}

func TestEighteenthCorpus(t *testing.T) {
	seed, isDefault := seedFromEnv(t)
	c := getCorpus(seed)
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	e := evaluate(c, redactorMasker{r})
	t.Logf("seed %d: %d lines (%d rebuilt, %d given up; look-alikes dropped: %d holding a value, %d changed by their form's escaping)", seed, len(c.lines), c.rebuilt, c.given, c.droppedLooks, c.invisibleInPH)
	e.report(t)
	if os.Getenv("VIGIL_EIGHTEENTH_TARGETS") == "1" {
		for _, k := range []string{"card", "iban", "cn_id", "credential"} {
			if e.leakByKind[k] > 0 {
				t.Errorf("issue 10: %d %s leaks, want 0", e.leakByKind[k], k)
			}
		}
		for k, v := range e.byKind {
			if v.pct() < 99.5 && !map[string]bool{"card": true, "iban": true, "cn_id": true, "credential": true}[k] {
				t.Errorf("issue 10: recall of %s %.3f %% < 99.5 %%", k, v.pct())
			}
		}
		for k, v := range e.byCtx {
			if v.pct() < 99.5 {
				t.Errorf("issue 10: recall in context %s %.3f %% < 99.5 %%", k, v.pct())
			}
		}
		if d := 100 * float64(e.damaged) / float64(e.looks); d > 0.1 {
			t.Errorf("issue 10: look-alikes damaged %.3f %% > 0.1 %%", d)
		}
		return
	}
	if !isDefault {
		return
	}
	for k, floor := range kindFloor {
		if v := e.byKind[k]; v == nil || v.pct() < floor {
			t.Errorf("recall of %s %.3f %% below its floor %.1f %%", k, e.byKind[k].pct(), floor)
		}
	}
	for k, floor := range ctxFloor {
		if v := e.byCtx[k]; v == nil || v.pct() < floor {
			t.Errorf("recall in context %s %.3f %% below its floor %.1f %%", k, e.byCtx[k].pct(), floor)
		}
	}
	if d := 100 * float64(e.damaged) / float64(e.looks); d > damageCeiling {
		t.Errorf("look-alikes damaged %.3f %% above the ceiling %.1f %%", d, damageCeiling)
	}
	for k, ceil := range leakCeiling {
		if e.leakByKind[k] > ceil {
			t.Errorf("%s leaks %d, more than the first run's %d", k, e.leakByKind[k], ceil)
		}
	}
}

func TestEighteenthGenerator(t *testing.T) {
	seed, _ := seedFromEnv(t)
	c := getCorpus(seed)
	if c.nValues < 24000 {
		t.Errorf("values %d < 24000", c.nValues)
	}
	if c.nLooks < 60000 {
		t.Errorf("look-alikes %d < 60000", c.nLooks)
	}
	if c.invisibleInPH > c.nLooks/1000 {
		t.Errorf("%d look-alikes not visible as written in their line", c.invisibleInPH)
	}
	if c.given > len(c.lines)/200 {
		t.Errorf("%d lines given up", c.given)
	}
	kindsSeen, ctxSeen, locSeen, formSeen, lookSeen := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	ctxKinds := map[string]map[string]bool{}
	issuersSeen, ibanSeen, credSeen := map[string]bool{}, map[string]bool{}, map[string]bool{}
	xSeen := false
	for _, ln := range c.lines {
		ctxSeen[ln.ctx]++
		locSeen[ln.loc]++
		formSeen[ln.form]++
		if ctxKinds[ln.ctx] == nil {
			ctxKinds[ln.ctx] = map[string]bool{}
		}
		for _, v := range ln.vals {
			kindsSeen[v.kind]++
			ctxKinds[ln.ctx][v.kind] = true
			switch v.kind {
			case "card":
				d := strings.NewReplacer(" ", "", "-", "").Replace(v.text)
				if !isCard(d) {
					t.Errorf("card %s fails Luhn or issuer", d)
				}
				issuersSeen[strings.TrimSuffix(strings.TrimSuffix(v.style, "19"), "2")] = true
			case "iban":
				s := strings.ReplaceAll(v.text, " ", "")
				if ibanMod97(s) != 1 || len(s) != 4+ibanLen(s[:2]) {
					t.Errorf("iban %s invalid", s)
				}
				ibanSeen[v.style] = true
			case "cn_id":
				s := strings.ToUpper(strings.ReplaceAll(v.text, " ", ""))
				if len(s) != 18 || cnCheck(s[:17]) != s[17] || !validCNDate(s[6:14]) || !validRegion(s[:6]) {
					t.Errorf("cn_id %s invalid", s)
				}
				if s[17] == 'X' {
					xSeen = true
				}
			case "credential":
				credSeen[v.style] = true
			}
		}
		for _, lk := range ln.looks {
			lookSeen[lk.typ]++
			if strings.HasPrefix(lk.typ, "psp") && isCard(lk.text) {
				t.Errorf("PSP reference %s is a card number", lk.text)
			}
		}
	}
	for _, k := range kinds {
		if kindsSeen[k] == 0 {
			t.Errorf("kind %s missing", k)
		}
	}
	for _, cx := range contexts {
		if ctxSeen[cx.name] == 0 {
			t.Errorf("context %s missing", cx.name)
		}
		for _, k := range cx.kinds {
			if !ctxKinds[cx.name][k] {
				t.Errorf("context %s never holds %s", cx.name, k)
			}
		}
		for _, f := range cx.forms {
			if formSeen[f] == 0 {
				t.Errorf("form %s missing", f)
			}
		}
	}
	for _, l := range locales {
		if locSeen[l.code] == 0 {
			t.Errorf("locale %s missing", l.code)
		}
	}
	for _, lt := range lookTypes {
		if lookSeen[lt.name] == 0 {
			t.Errorf("look-alike type %s missing", lt.name)
		}
	}
	for _, tr := range traps {
		if lookSeen[tr.name] == 0 {
			t.Errorf("trap %s missing", tr.name)
		}
	}
	if len(ctxSeen) < 14 || len(formSeen) < 14 || len(locSeen) < 30 || len(lookSeen) < 50 {
		t.Errorf("contexts %d, forms %d, locales %d, look-alike types %d", len(ctxSeen), len(formSeen), len(locSeen), len(lookSeen))
	}
	if len(issuersSeen) < 10 || len(ibanSeen) < 15 || len(credSeen) < 20 || !xSeen {
		t.Errorf("issuers %d, IBAN countries %d, credential styles %d, cn_id with X %v", len(issuersSeen), len(ibanSeen), len(credSeen), xSeen)
	}
	t.Logf("%d lines, %d values %v, %d look-alikes of %d types; %d contexts, %d forms, %d locales; %d issuers, %d IBAN countries, %d credential styles",
		len(c.lines), c.nValues, kindsSeen, c.nLooks, len(lookSeen), len(ctxSeen), len(formSeen), len(locSeen), len(issuersSeen), len(ibanSeen), len(credSeen))

	// determinism: the same seed builds the same lines (the first 3,000 of them
	// and the clean lines' start, built again)
	d := buildLines(seed, 3000)
	for i := range d.lines {
		if d.lines[i].text != c.lines[i].text || len(d.lines[i].vals) != len(c.lines[i].vals) || len(d.lines[i].looks) != len(c.lines[i].looks) {
			t.Fatalf("line %d differs between two builds", i)
		}
	}

	// the judge: masking nothing leaks every value and damages nothing;
	// masking everything leaks nothing and damages every look-alike.
	none := evaluate(c, nothingMasker{})
	if none.leaked != none.values || none.damaged != 0 {
		t.Errorf("masking nothing: %s", none.summary())
		for k, v := range none.firstDamage {
			t.Logf("  intact look-alike read as damaged: %s %s", k, v)
		}
		n := 0
		for li := range c.lines {
			res := judgeLine(&c.lines[li], nothingMasker{}, event.NewDecoder(nil))
			for i, l := range res.leaked {
				if !l && n < 10 {
					n++
					t.Logf("  value read as caught: %s %q in %q", c.lines[li].vals[i].kind, c.lines[li].vals[i].text, excerpt(c.lines[li].text, 300))
				}
			}
		}
	}
	all := evaluate(c, everythingMasker{})
	if all.leaked != 0 || all.damaged != all.looks {
		t.Errorf("masking everything: %s", all.summary())
		n := 0
		for li := range c.lines {
			res := judgeLine(&c.lines[li], everythingMasker{}, event.NewDecoder(nil))
			for i, dmg := range res.damaged {
				if !dmg && n < 10 {
					n++
					t.Logf("  look-alike read as intact: %s %q", c.lines[li].looks[i].typ, c.lines[li].looks[i].text)
				}
			}
		}
	}
}

func ibanLen(cc string) int {
	n := 0
	f := ibanFormats[cc]
	for i := 0; i < len(f); {
		j := i
		for f[j] >= '0' && f[j] <= '9' {
			j++
		}
		k, _ := strconv.Atoi(f[i:j])
		n += k
		i = j + 1
	}
	return n
}

func validCNDate(s string) bool {
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[4:6])
	d, _ := strconv.Atoi(s[6:8])
	return y >= 1900 && y <= 2026 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

func validRegion(s string) bool {
	for _, r := range cnRegions {
		if r == s {
			return true
		}
	}
	return false
}
