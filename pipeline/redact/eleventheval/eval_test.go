package eleventheval

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/vigilops/vigil/pipeline/redact"
)

const (
	defaultSeed = 0x11E1E7
	corpusLines = 15000
)

var (
	corpusOnce sync.Once
	corpusSeed uint64
	corpusData []line
)

// seedFromEnv returns the corpus seed and whether it is the default one.
func seedFromEnv(t *testing.T) (uint64, bool) {
	s := os.Getenv("VIGIL_ELEVENTH_SEED")
	if s == "" {
		return defaultSeed, true
	}
	n, err := strconv.ParseUint(s, 0, 64)
	if err != nil {
		t.Fatalf("VIGIL_ELEVENTH_SEED: expected an unsigned integer, got %q", s)
	}
	return n, n == defaultSeed
}

func corpus(t *testing.T) []line {
	seed, _ := seedFromEnv(t)
	corpusOnce.Do(func() {
		corpusSeed = seed
		n := corpusLines
		if raceEnabled {
			n = corpusLines / 5
		}
		corpusData = make([]line, n)
		for i := range corpusData {
			corpusData[i] = render(seed, i)
		}
	})
	return corpusData
}

type tally struct{ n, bad int }

func (t *tally) rate() float64 {
	if t.n == 0 {
		return 0
	}
	return float64(t.bad) / float64(t.n)
}

type report struct {
	pii, leaked, traps, damaged int
	kinds, ctxs, locs           map[string]*tally // PII: bad = leaked
	trapTypes, trapCtxs         map[string]*tally // look-alikes: bad = damaged
	classes                     map[string]*tally // kind/class/context
	examples                    map[string][]string
	trapExamples                map[string][]string
}

func newReport() *report {
	return &report{kinds: map[string]*tally{}, ctxs: map[string]*tally{}, locs: map[string]*tally{}, trapTypes: map[string]*tally{},
		trapCtxs: map[string]*tally{}, classes: map[string]*tally{}, examples: map[string][]string{}, trapExamples: map[string][]string{}}
}

func bump(m map[string]*tally, k string, bad bool) {
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

var showRaw = os.Getenv("VIGIL_EVAL_SHOW") == "1"

func show(s string) string {
	if showRaw {
		return s
	}
	return shapeMask(s)
}

// excerpt is up to 70 bytes of text around needle (already normalised).
func excerpt(text, needle string) string {
	i := strings.Index(text, needle)
	if i < 0 {
		return ""
	}
	lo, hi := max(0, i-40), min(len(text), i+len(needle)+30)
	for lo > 0 && lo < len(text) && text[lo]&0xC0 == 0x80 {
		lo--
	}
	for hi < len(text) && text[hi]&0xC0 == 0x80 {
		hi++
	}
	return strings.NewReplacer("\n", "⏎", "\x00", "▮", "\t", "⇥").Replace(text[lo:hi])
}

func judgeAll(lines []line, rf redactFunc) (*report, error) {
	rep := newReport()
	for i := range lines {
		ln := &lines[i]
		red, err := rf(ln)
		if err != nil {
			return nil, fmt.Errorf("line %d (%s): %w", ln.idx, ln.ctx, err)
		}
		v, err := judge(ln, red)
		if err != nil {
			return nil, err
		}
		for j, p := range ln.pii {
			bad := v.leaked[j]
			rep.pii++
			if bad {
				rep.leaked++
			}
			bump(rep.kinds, p.kind, bad)
			bump(rep.ctxs, ln.ctx, bad)
			bump(rep.locs, ln.loc, bad)
			ck := p.kind + " · " + p.class + " · " + ln.ctx
			bump(rep.classes, ck, bad)
			if bad && len(rep.examples[ck]) < 2 {
				rep.examples[ck] = append(rep.examples[ck], fmt.Sprintf("line %d %s: %s … %s", ln.idx, ln.loc, show(p.val), show(excerpt(norm(red), v.leakAt[j]))))
			}
		}
		for j, tr := range ln.traps {
			bad := v.damaged[j]
			rep.traps++
			if bad {
				rep.damaged++
			}
			bump(rep.trapTypes, tr.typ, bad)
			bump(rep.trapCtxs, ln.ctx, bad)
			k := tr.typ + " · " + ln.ctx
			if bad && len(rep.trapExamples[k]) < 2 {
				rep.trapExamples[k] = append(rep.trapExamples[k], fmt.Sprintf("line %d: %s in … %s", ln.idx, show(tr.val), show(excerpt(norm(red), "\x00"))))
			}
		}
	}
	return rep, nil
}

func pct(x float64) string { return fmt.Sprintf("%.3f %%", 100*x) }

func sortedKeys(m map[string]*tally) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (r *report) recall() float64 { return 1 - float64(r.leaked)/float64(max(1, r.pii)) }
func (r *report) damage() float64 { return float64(r.damaged) / float64(max(1, r.traps)) }

func (r *report) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "PII values %d, leaked %d, recall %s; look-alikes %d, damaged %d (%s)\n", r.pii, r.leaked, pct(r.recall()), r.traps, r.damaged, pct(r.damage()))
	section := func(title string, m map[string]*tally, recall bool) {
		fmt.Fprintf(&sb, "\n%s\n", title)
		for _, k := range sortedKeys(m) {
			t := m[k]
			if recall {
				fmt.Fprintf(&sb, "  %-22s %6d  leaked %5d  recall %s\n", k, t.n, t.bad, pct(1-t.rate()))
			} else {
				fmt.Fprintf(&sb, "  %-22s %6d  damaged %5d  (%s)\n", k, t.n, t.bad, pct(t.rate()))
			}
		}
	}
	section("recall per kind", r.kinds, true)
	section("recall per context", r.ctxs, true)
	section("recall per locale", r.locs, true)
	section("damage per look-alike type", r.trapTypes, false)
	section("damage per context", r.trapCtxs, false)
	type cls struct {
		k string
		t *tally
	}
	var cs []cls
	for k, t := range r.classes {
		if t.bad > 0 {
			cs = append(cs, cls{k, t})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].t.bad != cs[j].t.bad {
			return cs[i].t.bad > cs[j].t.bad
		}
		return cs[i].k < cs[j].k
	})
	fmt.Fprintf(&sb, "\ntop leak classes per kind (kind · class · context: leaked/planted)\n")
	for _, kind := range allKinds {
		shown := 0
		for _, c := range cs {
			if !strings.HasPrefix(c.k, kind+" · ") || shown == 10 {
				continue
			}
			shown++
			fmt.Fprintf(&sb, "  %4d/%-5d %s\n", c.t.bad, c.t.n, c.k)
			for _, e := range r.examples[c.k] {
				fmt.Fprintf(&sb, "        %s\n", e)
			}
		}
	}
	var tk []string
	for k := range r.trapExamples {
		tk = append(tk, k)
	}
	sort.Strings(tk)
	fmt.Fprintf(&sb, "\ndamaged look-alikes (type · context)\n")
	for _, k := range tk {
		fmt.Fprintf(&sb, "  %s\n", k)
		for _, e := range r.trapExamples[k] {
			fmt.Fprintf(&sb, "        %s\n", e)
		}
	}
	return sb.String()
}

// floorsSource prints the measured figures as floors: recall rounded down
// to 0.1 %, damage rounded up to 0.1 %.
func (r *report) floorsSource() string {
	down := func(x float64) float64 { return math.Floor(x*1000) / 10 }
	up := func(x float64) float64 { return math.Ceil(x*1000) / 10 }
	var sb strings.Builder
	fmt.Fprintf(&sb, "var floors = floorSet{\n\trecall: %.1f,\n\tdamage: %.1f,\n\tkind: map[string]float64{", down(r.recall()), up(r.damage()))
	for _, k := range sortedKeys(r.kinds) {
		fmt.Fprintf(&sb, "%q: %.1f, ", k, down(1-r.kinds[k].rate()))
	}
	sb.WriteString("},\n\tctx: map[string]float64{")
	for _, k := range sortedKeys(r.ctxs) {
		fmt.Fprintf(&sb, "%q: %.1f, ", k, down(1-r.ctxs[k].rate()))
	}
	sb.WriteString("},\n\tloc: map[string]float64{")
	for _, k := range sortedKeys(r.locs) {
		fmt.Fprintf(&sb, "%q: %.1f, ", k, down(1-r.locs[k].rate()))
	}
	sb.WriteString("},\n\ttrap: map[string]float64{")
	for _, k := range sortedKeys(r.trapTypes) {
		fmt.Fprintf(&sb, "%q: %.1f, ", k, up(r.trapTypes[k].rate()))
	}
	sb.WriteString("},\n}\n")
	return sb.String()
}

type floorSet struct {
	recall, damage       float64 // percent
	kind, ctx, loc, trap map[string]float64
}

func TestEleventhEval(t *testing.T) {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatalf("redact.New: %v", err)
	}
	lines := corpus(t)
	rep, err := judgeAll(lines, vigilRedactor(r))
	if err != nil {
		t.Fatal(err)
	}
	seed, isDefault := seedFromEnv(t)
	enforce := isDefault && !raceEnabled
	if testing.Verbose() {
		t.Logf("seed %#x, %d lines (%d contexts, %d locales)\n%s", seed, len(lines), len(rep.ctxs), len(rep.locs), rep)
		if os.Getenv("VIGIL_ELEVENTH_PRINT_FLOORS") == "1" {
			t.Logf("measured floors:\n%s", rep.floorsSource())
		}
	}
	if !raceEnabled && (rep.pii < 20000 || len(rep.ctxs) < 14 || len(rep.locs) < 20 || rep.traps < rep.pii) {
		t.Errorf("corpus too small: %d PII values (want ≥ 20000) in %d contexts (≥ 14), %d locales (≥ 20), %d look-alikes (> PII)", rep.pii, len(rep.ctxs), len(rep.locs), rep.traps)
	}
	check := func(what string, got, floor float64, higherBetter bool) {
		if higherBetter && got < floor-1e-9 || !higherBetter && got > floor+1e-9 {
			msg := fmt.Sprintf("%s: %.3f %%, floor %.1f %%", what, got, floor)
			if enforce {
				t.Error(msg)
			} else {
				t.Log("(not enforced for a non-default seed or under -race) " + msg)
			}
		}
	}
	check("overall recall", 100*rep.recall(), floors.recall, true)
	check("overall damage", 100*rep.damage(), floors.damage, false)
	for k, f := range floors.kind {
		if tl := rep.kinds[k]; tl != nil {
			check("recall of "+k, 100*(1-tl.rate()), f, true)
		}
	}
	for k, f := range floors.ctx {
		if tl := rep.ctxs[k]; tl != nil {
			check("recall in "+k, 100*(1-tl.rate()), f, true)
		}
	}
	for k, f := range floors.loc {
		if tl := rep.locs[k]; tl != nil {
			check("recall for "+k, 100*(1-tl.rate()), f, true)
		}
	}
	for k, f := range floors.trap {
		if tl := rep.trapTypes[k]; tl != nil {
			check("damage of "+k, 100*tl.rate(), f, false)
		}
	}
	if os.Getenv("VIGIL_ELEVENTH_TARGETS") == "1" {
		for _, k := range []string{kCard, kIBAN, kCNID, kCred} {
			if tl := rep.kinds[k]; tl != nil && tl.bad > 0 {
				t.Errorf("target: %d %s leaks, want 0", tl.bad, k)
			}
		}
		for k, tl := range rep.kinds {
			if 1-tl.rate() < 0.995 {
				t.Errorf("target: recall of %s %s, want ≥ 99.5 %%", k, pct(1-tl.rate()))
			}
		}
		for k, tl := range rep.ctxs {
			if 1-tl.rate() < 0.995 {
				t.Errorf("target: recall in %s %s, want ≥ 99.5 %%", k, pct(1-tl.rate()))
			}
		}
		if rep.damage() > 0.001 {
			t.Errorf("target: look-alikes damaged %s, want ≤ 0.1 %%", pct(rep.damage()))
		}
	}
}

// TestJudge checks the judge on redactors whose answers are known.
func TestJudge(t *testing.T) {
	lines := corpus(t)
	if n := len(lines) / 5; n >= 3000 || raceEnabled {
		lines = lines[:n] // every context and locale, at a fifth of the cost
	}
	id, err := judgeAll(lines, identityRedactor)
	if err != nil {
		t.Fatal(err)
	}
	if id.leaked != id.pii {
		var miss []string
		for k, tl := range id.classes {
			if tl.bad < tl.n {
				miss = append(miss, fmt.Sprintf("%s %d/%d", k, tl.n-tl.bad, tl.n))
			}
		}
		sort.Strings(miss)
		if len(miss) > 30 {
			miss = miss[:30]
		}
		t.Errorf("identity redactor: %d of %d values judged not leaked; classes:\n%s", id.pii-id.leaked, id.pii, strings.Join(miss, "\n"))
	}
	if id.damaged != 0 {
		var ks []string
		for k := range id.trapExamples {
			ks = append(ks, k+": "+strings.Join(id.trapExamples[k], " | "))
		}
		sort.Strings(ks)
		t.Errorf("identity redactor damaged %d look-alikes:\n%s", id.damaged, strings.Join(ks, "\n"))
	}
	or, err := judgeAll(lines, oracleRedactor)
	if err != nil {
		t.Fatal(err)
	}
	if or.leaked != 0 || or.damaged != 0 {
		t.Errorf("oracle redactor: %d leaks, %d damaged; want none\n%s", or.leaked, or.damaged, or)
	}
	atLeast := 100
	if raceEnabled {
		atLeast = 20
	}
	for _, k := range allKinds {
		if id.kinds[k] == nil || id.kinds[k].n < atLeast {
			t.Errorf("kind %s: %v values, want ≥ 100", k, id.kinds[k])
		}
	}
	for _, c := range contexts {
		if id.ctxs[c.name] == nil || id.ctxs[c.name].n < atLeast {
			t.Errorf("context %s: %v values, want ≥ 200", c.name, id.ctxs[c.name])
		}
	}
	for _, l := range locales {
		if id.locs[l.code] == nil || id.locs[l.code].n < atLeast {
			t.Errorf("locale %s: %v values, want ≥ 200", l.code, id.locs[l.code])
		}
	}
	for _, ty := range trapTypes {
		if id.trapTypes[ty] == nil {
			t.Errorf("look-alike type %s never planted", ty)
		}
	}
	// a redactor that only masks e-mails leaks every other kind
	emailOnly := func(ln *line) (string, error) {
		l2 := *ln
		var keep []planted
		for _, p := range ln.pii {
			if p.kind == kEmail {
				keep = append(keep, p)
			}
		}
		l2.pii = keep
		return oracleRedactor(&l2)
	}
	eo, err := judgeAll(lines, emailOnly)
	if err != nil {
		t.Fatal(err)
	}
	if eo.kinds[kEmail].bad != 0 {
		t.Errorf("e-mail-only redactor: %d e-mails leaked, want 0", eo.kinds[kEmail].bad)
	}
	for _, k := range []string{kPhone, kCard, kIBAN, kCNID, kAddr} {
		if tl := eo.kinds[k]; tl.rate() < 0.99 {
			t.Errorf("e-mail-only redactor: %s judged leaked %s, want ≥ 99 %%", k, pct(tl.rate()))
		}
	}
}

func TestGenerators(t *testing.T) {
	if !luhnValid("4111111111111111") || luhnValid("4111111111111112") || !luhnValid("79927398713") {
		t.Error("Luhn check wrong on known numbers")
	}
	if !ibanValid("DE89370400440532013000") || !ibanValid("GB82 WEST 1234 5698 7654 32") || ibanValid("DE89370400440532013001") {
		t.Error("mod-97 wrong on known IBANs")
	}
	if c := cnCheck("11010519491231002"); c != 'X' {
		t.Errorf("MOD 11-2 check of a known id: got %c, want X", c)
	}
	if ean13Complete("400638133393") != "4006381333931" || gtinComplete("400638133393") != "4006381333931" {
		t.Error("EAN-13 check digit wrong")
	}
	if s10Complete("12345678") != "123456785" {
		t.Errorf("S10 check digit: got %s", s10Complete("12345678"))
	}
	lengths := map[string]int{}
	for _, is := range issuers {
		for _, n := range is.lengths {
			lengths[is.name+strconv.Itoa(n)] = n
		}
	}
	var seenLen = map[int]bool{}
	for _, ln := range corpus(t) {
		for _, p := range ln.pii {
			switch p.kind {
			case kCard:
				if !luhnValid(p.val) {
					t.Fatalf("line %d: card fails Luhn", ln.idx)
				}
				seenLen[len(p.val)] = true
			case kIBAN:
				if !ibanValid(p.val) {
					t.Fatalf("line %d: IBAN fails mod-97", ln.idx)
				}
				if want := len(ibanFormats[p.val[:2]]) + 4; len(p.val) != want {
					t.Fatalf("line %d: IBAN of %s has %d characters, want %d", ln.idx, p.val[:2], len(p.val), want)
				}
			case kCNID:
				if !cnValid(p.val) {
					t.Fatalf("line %d: resident id fails MOD 11-2", ln.idx)
				}
			}
		}
		for _, tr := range ln.traps {
			switch tr.typ {
			case "ean13", "isbn":
				if ean13Complete(tr.val[:12]) != tr.val {
					t.Fatalf("line %d: EAN-13 look-alike has a wrong check digit", ln.idx)
				}
			case "gtin14", "upc":
				if gtinComplete(tr.val[:len(tr.val)-1]) != tr.val {
					t.Fatalf("line %d: GTIN look-alike has a wrong check digit", ln.idx)
				}
			}
		}
	}
	for _, n := range []int{13, 14, 15, 16, 19} {
		if !seenLen[n] {
			t.Errorf("no %d-digit card planted", n)
		}
	}
}
