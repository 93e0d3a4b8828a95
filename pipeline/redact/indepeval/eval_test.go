package indepeval

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

const (
	corpusSeed  = 20250917
	corpusCases = 11000
)

var (
	corpusOnce sync.Once
	corpusData []Case
)

func corpus() []Case {
	corpusOnce.Do(func() { corpusData = Generate(corpusSeed, corpusCases) })
	return corpusData
}

// Targets (the test fails below them).
var zeroLeakKinds = map[string]bool{"card": true, "iban": true, "cn_id": true, "credential": true}

const (
	minRecall  = 0.995 // per other kind and per context
	maxDamage  = 0.001 // look-alikes damaged, overall
	maxExample = 5
)

// result aggregates verdicts.
type result struct {
	total, leaks       map[string]int // by kind, by "ctx:"+context, by kind+"/"+context
	unjudgeable        int
	laTotal, laDamaged map[string]int
	examples           map[string][]string
}

func newResult() *result {
	return &result{total: map[string]int{}, leaks: map[string]int{}, laTotal: map[string]int{}, laDamaged: map[string]int{}, examples: map[string][]string{}}
}

func (r *result) add(c *Case, vs []verdict, damaged []bool, out string, show bool) {
	for i, v := range vs {
		p := &c.PII[i]
		for _, k := range []string{p.Kind, "ctx:" + p.Context, p.Kind + "/" + p.Context} {
			r.total[k]++
			if v.leaked {
				r.leaks[k]++
			}
		}
		if !v.judgeable {
			r.unjudgeable++
		}
		key := p.Kind + "/" + p.Context
		if v.leaked && len(r.examples[key]) < maxExample {
			ex := fmt.Sprintf("value=%q leaked=%q around=%q", shape(p.Value), shape(v.unit), shape(v.excerpt))
			if show {
				ex = fmt.Sprintf("value=%q leaked=%q around=%q\n        out=%s", p.Value, v.unit, strings.ReplaceAll(v.excerpt, "\x01", "[R]"), out)
			}
			r.examples[key] = append(r.examples[key], ex)
		}
	}
	for i, d := range damaged {
		cl := c.LookAlikeClasses[i]
		r.laTotal[cl]++
		if d {
			r.laDamaged[cl]++
			key := "lookalike/" + cl
			if len(r.examples[key]) < maxExample {
				ex := fmt.Sprintf("lookalike=%q", shape(c.LookAlikes[i]))
				if show {
					ex = fmt.Sprintf("lookalike=%q out=%s", c.LookAlikes[i], out)
				}
				r.examples[key] = append(r.examples[key], ex)
			}
		}
	}
}

func (r *result) planted() int {
	n := 0
	for _, k := range Kinds {
		n += r.total[k]
	}
	return n
}

func (r *result) damage() (int, int) {
	d, n := 0, 0
	for cl, t := range r.laTotal {
		n += t
		d += r.laDamaged[cl]
	}
	return d, n
}

func recall(total, leaks int) float64 {
	if total == 0 {
		return 1
	}
	return 1 - float64(leaks)/float64(total)
}

// report logs the tables.
func (r *result) report(t testing.TB) {
	var b strings.Builder
	fmt.Fprintf(&b, "planted values: %d (unjudgeable: %d)\n", r.planted(), r.unjudgeable)
	fmt.Fprintf(&b, "%-11s %7s %6s %8s\n", "kind", "total", "leaks", "recall")
	for _, k := range Kinds {
		fmt.Fprintf(&b, "%-11s %7d %6d %7.2f%%\n", k, r.total[k], r.leaks[k], 100*recall(r.total[k], r.leaks[k]))
	}
	fmt.Fprintf(&b, "\n%-18s %7s %6s %8s\n", "context", "total", "leaks", "recall")
	for _, c := range Contexts {
		k := "ctx:" + c
		fmt.Fprintf(&b, "%-18s %7d %6d %7.2f%%\n", c, r.total[k], r.leaks[k], 100*recall(r.total[k], r.leaks[k]))
	}
	fmt.Fprintf(&b, "\nleaks/total, kind × context\n%-11s", "")
	short := map[string]string{"field": "field", "message": "message", "json_in_string": "json_str", "json_nested_twice": "json_2x", "url_query": "url", "form_body": "form", "kv": "kv", "headers": "headers", "echo": "echo"}
	for _, c := range Contexts {
		fmt.Fprintf(&b, " %9s", short[c])
	}
	b.WriteString("\n")
	for _, k := range Kinds {
		fmt.Fprintf(&b, "%-11s", k)
		for _, c := range Contexts {
			key := k + "/" + c
			if r.total[key] == 0 {
				fmt.Fprintf(&b, " %9s", "-")
			} else {
				fmt.Fprintf(&b, " %9s", fmt.Sprintf("%d/%d", r.leaks[key], r.total[key]))
			}
		}
		b.WriteString("\n")
	}
	d, n := r.damage()
	fmt.Fprintf(&b, "\nlook-alikes damaged: %d/%d (%.3f%%)\n", d, n, 100*float64(d)/float64(max(n, 1)))
	for _, cl := range lookAlikeClasses {
		fmt.Fprintf(&b, "  %-14s %5d/%-5d\n", cl, r.laDamaged[cl], r.laTotal[cl])
	}
	t.Log("\n" + b.String())
}

// failures checks the targets.
func (r *result) failures() []string {
	var fs []string
	for _, k := range Kinds {
		if zeroLeakKinds[k] {
			if r.leaks[k] > 0 {
				fs = append(fs, fmt.Sprintf("kind %s: %d leaks, target 0", k, r.leaks[k]))
			}
		} else if rc := recall(r.total[k], r.leaks[k]); rc < minRecall {
			fs = append(fs, fmt.Sprintf("kind %s: recall %.2f%%, target ≥ %.1f%%", k, 100*rc, 100*minRecall))
		}
	}
	for _, c := range Contexts {
		k := "ctx:" + c
		if rc := recall(r.total[k], r.leaks[k]); rc < minRecall {
			fs = append(fs, fmt.Sprintf("context %s: recall %.2f%%, target ≥ %.1f%%", c, 100*rc, 100*minRecall))
		}
	}
	if d, n := r.damage(); float64(d) > maxDamage*float64(n) {
		fs = append(fs, fmt.Sprintf("look-alike damage %.3f%%, target ≤ %.1f%%", 100*float64(d)/float64(n), 100*maxDamage))
	}
	return fs
}

func (r *result) logExamples(t testing.TB) {
	keys := make([]string, 0, len(r.examples))
	for k := range r.examples {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s:\n", k)
		for _, e := range r.examples[k] {
			fmt.Fprintf(&b, "    %s\n", e)
		}
	}
	if b.Len() > 0 {
		t.Log("examples (SHAPE form; VIGIL_EVAL_SHOW=1 for the values):\n" + b.String())
	}
}

// runCorpus redacts every case with redactFn (in parallel) and judges it.
func runCorpus(t testing.TB, cases []Case, redactFn func(dec *event.Decoder, c *Case) string) *result {
	type judged struct {
		vs      []verdict
		damaged []bool
		out     string
	}
	res := make([]judged, len(cases))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			dec := event.NewDecoder(nil)
			for i := w; i < len(cases); i += workers {
				out := redactFn(dec, &cases[i])
				vs, dm := judgeOutput(&cases[i], out)
				res[i] = judged{vs, dm, out}
			}
		}(w)
	}
	wg.Wait()
	show := os.Getenv("VIGIL_EVAL_SHOW") == "1"
	r := newResult()
	for i := range cases {
		r.add(&cases[i], res[i].vs, res[i].damaged, res[i].out, show)
	}
	return r
}

func decodeOrFail(t testing.TB, dec *event.Decoder, line []byte) *event.Event {
	var ev event.Event
	if err := dec.Decode(line, &ev); err != nil {
		t.Errorf("corpus line does not decode: %v", err)
		return nil
	}
	return &ev
}

func TestIndependentCorpus(t *testing.T) {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	cases := corpus()
	res := runCorpus(t, cases, func(dec *event.Decoder, c *Case) string {
		ev := decodeOrFail(t, dec, c.Line)
		if ev == nil {
			return ""
		}
		r.Event(ev)
		return string(ev.AppendJSON(nil))
	})
	if n := res.planted(); n < 20000 {
		t.Fatalf("corpus has %d planted values, want ≥ 20000", n)
	}
	res.report(t)
	if fs := res.failures(); len(fs) > 0 {
		res.logExamples(t)
		for _, f := range fs {
			t.Error(f)
		}
	}
}

func BenchmarkIndependentCorpusEvent(b *testing.B) {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	cases := corpus()
	dec := event.NewDecoder(nil)
	evs := make([]*event.Event, len(cases))
	size := 0
	for i := range cases {
		evs[i] = decodeOrFail(b, dec, cases[i].Line)
		size += len(cases[i].Line)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, ev := range evs {
			r.Event(ev.Clone())
		}
	}
}
