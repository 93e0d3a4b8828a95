package rules

import (
	"fmt"
	"math"
	"sort"
	"text/template"
	"time"

	"github.com/expr-lang/expr/vm"
	"gopkg.in/yaml.v3"
)

// compiledRule is a rule ready to run.
type compiledRule struct {
	filter  *eventProgram
	sample  *eventProgram
	cond    *condProgram
	value   *condProgram
	groupBy []slotKey
	annot   []annotation
	// aggs are the condition's and the value's aggregates, laid out.
	aggs           []*aggSpec
	nf, nsk, nhll  int
	nStreak, nLast int
	nNew           int
	fops           []byte // how each bucket number merges (partial.go)
	windowMin      int64
	needsPrev      bool
	firesOnEmpty   bool
	retain         bool // groups keep state across quiet windows
	hasAbsent      bool
	slots          []slotKey
	envSlots       map[slotKey]bool // slots expressions read (others: raw only)
	groupSlots     []int
	traceSlot      int
	hash           string
	det            *detectorSpec
	// narrow are the narrowing fields (narrowKeys) the rule does not group
	// by, followed in each minute's bucket (see narrowLabels); narrowHits
	// limits them to a ratio's failures.
	narrow     []string
	narrowHits bool
	// kql is the filter in KQL, its top-level and-ed parts, for the
	// links to an alert's events.
	kql []string
}

// aggIndex returns the position of a in c.aggs.
func (c *compiledRule) aggIndex(a *aggSpec) int {
	for i, b := range c.aggs {
		if b == a {
			return i
		}
	}
	return -1
}

type annotation struct {
	key  string
	tmpl *template.Template
}

const (
	condPrefix  = "__a"
	valuePrefix = "__v"
	// minRingSlack is how many minutes ahead of the last evaluated
	// boundary an event may be, at least; Options.AllowedLateness raises it.
	minRingSlack = 16
)

func (r *Rule) compile(f *fileCtx, nodes map[string]*yaml.Node) []error {
	c := &compiledRule{}
	var errs []error
	if r.Filter != "" {
		p, err := compileEvent(r.Filter, resultBool)
		if err != nil {
			errs = append(errs, f.exprErr(nodes["filter"], "rule "+r.Name+": filter", err))
		}
		c.filter = p
	}
	if r.Sample != "" {
		p, err := compileEvent(r.Sample, resultBool)
		if err != nil {
			errs = append(errs, f.exprErr(nodes["sample"], "rule "+r.Name+": sample", err))
		}
		c.sample = p
	}
	for _, g := range r.GroupBy {
		c.groupBy = append(c.groupBy, keyFor(g))
	}
	condSrc := r.Condition
	if condSrc == "" && r.Detector == nil {
		condSrc = "count > 0"
	}
	if condSrc != "" {
		cp, err := compileCondition(condSrc, r.GroupBy, true, condPrefix)
		if err != nil {
			if n := nodes["condition"]; n != nil {
				errs = append(errs, f.exprErr(n, "rule "+r.Name+": condition", err))
			} else {
				errs = append(errs, fmt.Errorf("%s:%d:1: rule %s: condition: %w", f.name, r.Line, r.Name, err))
			}
		}
		c.cond = cp
	}
	if r.Value != "" {
		vp, err := compileCondition(r.Value, r.GroupBy, false, valuePrefix)
		if err != nil {
			errs = append(errs, f.exprErr(nodes["value"], "rule "+r.Name+": value", err))
		}
		c.value = vp
	}
	if r.Detector != nil {
		spec, err := resolveDetector(r.Detector, f.presets)
		if err != nil {
			errs = append(errs, f.errorf(nodes["detector"], "rule %s: detector: %v", r.Name, err))
		}
		c.det = spec
	}
	for _, key := range sortedKeys(r.Annotations) {
		t, err := parseTemplate(r.Name+"/"+key, r.Annotations[key])
		if err != nil {
			errs = append(errs, f.errorf(annotationNode(nodes["annotations"], key), "rule %s: annotation %s: %v", r.Name, key, err))
			continue
		}
		c.annot = append(c.annot, annotation{key: key, tmpl: t})
	}
	if len(errs) > 0 {
		return errs
	}
	if r.Window == 0 {
		r.Window = 5 * time.Minute // the window was invalid and reported
	}
	c.layout(r)
	if c.det != nil && c.windowMin > 1 {
		// Presets count their calm points as minutes ("5 calm points end an
		// episode"); a rule scored once per longer window reaches the same
		// duration in fewer points. Entering keeps its points (a window is
		// already that much evidence), and so does adopting a new level:
		// a degraded state that lasts is not accepted as normal any sooner.
		cfg := c.det.cfg
		cfg.ExitPoints = max(1, int((int64(cfg.ExitPoints)+c.windowMin-1)/c.windowMin))
		c.det = &detectorSpec{name: c.det.name, cfg: cfg}
	}
	// Try the templates once with representative data, so a template that
	// reads a missing field fails the load, not the first alert.
	for _, a := range c.annot {
		if _, err := render(a.tmpl, sampleData(r)); err != nil {
			errs = append(errs, f.errorf(annotationNode(nodes["annotations"], a.key), "rule %s: annotation %s: %v", r.Name, a.key, err))
		}
	}
	c.kql = filterKQLParts(r.Filter)
	r.c = c
	return errs
}

func annotationNode(m *yaml.Node, key string) *yaml.Node {
	if m == nil {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return m
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// layout assigns each aggregate its place in buckets and group state, and
// derives the rule's window geometry.
func (c *compiledRule) layout(r *Rule) {
	if c.cond != nil {
		c.aggs = append(c.aggs, c.cond.aggs...)
		c.needsPrev = c.cond.needsPrev
	}
	if c.value != nil {
		c.aggs = append(c.aggs, c.value.aggs...)
		c.needsPrev = c.needsPrev || c.value.needsPrev
	}
	var twins []*aggSpec
	for _, a := range c.aggs {
		if a.prev {
			twins = append(twins, a)
			continue
		}
		switch a.kind {
		case aggRatio, aggConsecutive, aggChanged:
			a.off = c.nf
			c.nf++
		case aggSum, aggAvg, aggMin, aggMax:
			a.off = c.nf
			c.nf += 2
		case aggQuantile:
			a.sk = c.nsk
			c.nsk++
		case aggDistinct:
			a.hll = c.nhll
			c.nhll++
		}
		switch a.kind {
		case aggConsecutive:
			a.st = c.nStreak
			c.nStreak++
		case aggChanged:
			a.st = c.nLast
			c.nLast++
		case aggNewValue:
			a.st = c.nNew
			c.nNew++
		case aggAbsent:
			c.hasAbsent = true
		}
	}
	// A previous() twin reads the same buckets and state as its
	// current-window sibling, only further back.
	for _, a := range twins {
		for _, b := range c.aggs {
			if !b.prev && b.kind == a.kind && "previous("+b.text+")" == a.text {
				a.off, a.sk, a.hll, a.st = b.off, b.sk, b.hll, b.st
				a.twin = b
			}
		}
	}
	c.fops = c.mergeOps()
	c.windowMin = int64((r.Window + time.Minute - 1) / time.Minute)
	c.layoutNarrow()
	c.retain = c.nLast > 0 || c.nNew > 0 || c.hasAbsent
	c.firesOnEmpty = c.cond != nil && condOnEmpty(c.cond, r.GroupBy)
	c.slots, c.envSlots = c.collectSlots()
	for _, k := range c.groupBy {
		c.groupSlots = append(c.groupSlots, slotIndex(k))
	}
	c.traceSlot = slotIndex(keyFor("trace.id"))
	for _, k := range c.slots {
		slotIndex(k)
	}
	c.hash = r.hash()
	if c.det != nil {
		// A retuned preset changes the rule: its series start afresh
		// rather than restore baselines learnt under other settings.
		c.hash += fmt.Sprintf("/%s%+v", c.det.name, c.det.cfg)
	}
}

// condOnEmpty reports whether the condition holds over an empty window (a
// flatline rule): such a rule waits until it has watched a full window.
func condOnEmpty(cp *condProgram, groupBy []string) bool {
	env := map[string]any{}
	for _, a := range cp.aggs {
		env[a.name] = emptyValue(a.kind)
	}
	for _, k := range cp.labels {
		env[k.envName()] = k.missing()
	}
	var m vm.VM
	out, err := m.Run(cp.prog, env)
	if err != nil {
		return false
	}
	b, _ := out.(bool)
	return b
}

func emptyValue(k aggKind) any {
	switch k {
	case aggCount, aggRate, aggSum, aggDistinct, aggConsecutive:
		return float64(0)
	case aggAbsent, aggNewValue, aggChanged:
		return false
	}
	return math.NaN()
}

func (c *compiledRule) collectSlots() ([]slotKey, map[slotKey]bool) {
	seen := map[slotKey]bool{}
	env := map[slotKey]bool{}
	var out []slotKey
	add := func(inEnv bool, ks ...slotKey) {
		for _, k := range ks {
			if inEnv {
				env[k] = true
			}
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	if c.filter != nil {
		add(true, c.filter.slots...)
	}
	if c.sample != nil {
		add(true, c.sample.slots...)
	}
	add(false, c.groupBy...)
	for _, a := range c.aggs {
		if a.arg != nil {
			add(a.arg.direct == nil, a.arg.slots...)
		}
	}
	add(false, keyFor("trace.id"))
	return out, env
}

// minutesDur converts a number of minutes to a duration.
func minutesDur(n int64) time.Duration { return time.Duration(n) * time.Minute }
