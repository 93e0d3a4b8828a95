package rules

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/conf"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/parser"
	"github.com/expr-lang/expr/types"
	"github.com/expr-lang/expr/vm"
)

// maxNodes bounds the size of one expression, and with it the cost of
// evaluating it; the VM's memory budget bounds what it may allocate. The
// now() built-in is disabled: rules see event time only, so a replay gives
// the alerts the live run gave.
const (
	maxNodes     = 500
	memoryBudget = 100_000
)

// exprError is a compile error at a position inside an expression (1-based
// line and column, counted in runes).
type exprError struct {
	line, col int
	msg       string
}

func (e *exprError) Error() string { return fmt.Sprintf("%d:%d: %s", e.line, e.col, e.msg) }

// asExprError converts an expr error into an exprError.
func asExprError(err error) *exprError {
	var ee *exprError
	if errors.As(err, &ee) {
		return ee
	}
	var fe *file.Error
	if errors.As(err, &fe) {
		line := fe.Line
		if line < 1 {
			line = 1
		}
		return &exprError{line: line, col: fe.Column + 1, msg: fe.Message}
	}
	return &exprError{line: 1, col: 1, msg: err.Error()}
}

// errAt makes an exprError at a rune offset of src.
func errAt(src string, loc file.Location, format string, args ...any) *exprError {
	line, col := 1, 1
	i := 0
	for _, r := range src {
		if i >= loc.From {
			break
		}
		if r == '\n' {
			line++
			col = 1
		} else {
			col++
		}
		i++
	}
	return &exprError{line: line, col: col, msg: fmt.Sprintf(format, args...)}
}

// eventProgram is an expression over one event's fields.
type eventProgram struct {
	src   string
	prog  *vm.Program
	slots []slotKey
	// direct is set when the expression is a bare field: the engine reads
	// the slot instead of running the program.
	direct     *slotKey
	directSlot int
}

// result types an event expression may be asked for.
type resultKind uint8

const (
	resultBool resultKind = iota
	resultNumber
	resultAny
)

// parsePatched parses src and patches field paths; it returns the tree and
// the patcher with the fields it found.
func parsePatched(src string, reserved map[string]bool, opts ...expr.Option) (*parser.Tree, *fieldPatcher, error) {
	cfg := conf.CreateNew()
	for _, op := range opts {
		op(cfg)
	}
	tree, err := parser.ParseWithConfig(src, cfg)
	if err != nil {
		return nil, nil, asExprError(err)
	}
	fp := newFieldPatcher(reserved)
	ast.Walk(&tree.Node, fp)
	tf := &typoFinder{fields: fp.fields, explicit: fp.explicit}
	ast.Walk(&tree.Node, tf)
	if tf.path != "" {
		return nil, nil, errAt(src, tf.loc, "unknown field %s: did you mean %s? (write field(%q) for a field of your own)",
			tf.path, tf.suggested, tf.path)
	}
	return tree, fp, nil
}

// usedSlots lists the field slots a compiled program reads.
func usedSlots(n ast.Node, fields map[string]slotKey) []slotKey {
	c := &identCollector{want: fields, seen: map[string]bool{}}
	ast.Walk(&n, c)
	out := make([]slotKey, 0, len(c.seen))
	for _, name := range c.order {
		out = append(out, fields[name])
	}
	return out
}

type identCollector struct {
	want  map[string]slotKey
	seen  map[string]bool
	order []string
}

func (c *identCollector) Visit(node *ast.Node) {
	if id, ok := (*node).(*ast.IdentifierNode); ok {
		if _, ok := c.want[id.Value]; ok && !c.seen[id.Value] {
			c.seen[id.Value] = true
			c.order = append(c.order, id.Value)
		}
	}
}

// compileEvent compiles an expression over an event.
func compileEvent(src string, want resultKind) (*eventProgram, error) {
	tree, fp, err := parsePatched(src, nil)
	if err != nil {
		return nil, err
	}
	env := types.Map{}
	for name, k := range fp.fields {
		env[name] = k.exprType()
	}
	opts := []expr.Option{expr.Env(env), expr.Patch(newFieldPatcher(nil)), expr.MaxNodes(maxNodes), expr.DisableBuiltin("now")}
	switch want {
	case resultBool:
		opts = append(opts, expr.AsBool())
	case resultNumber:
		opts = append(opts, expr.AsFloat64())
	}
	prog, err := expr.Compile(src, opts...)
	if err != nil {
		return nil, asExprError(err)
	}
	p := &eventProgram{src: src, prog: prog, slots: usedSlots(prog.Node(), fp.fields)}
	if id, ok := tree.Node.(*ast.IdentifierNode); ok {
		if k, ok := fp.fields[id.Value]; ok && k.typ != typeBool {
			p.direct = &k
			p.directSlot = slotIndex(k)
		}
	}
	return p, nil
}

// aggKind is one of the window aggregates a condition may use.
type aggKind uint8

const (
	aggCount aggKind = iota
	aggRate
	aggRatio
	aggSum
	aggAvg
	aggMin
	aggMax
	aggQuantile
	aggDistinct
	aggConsecutive
	aggAbsent
	aggNewValue
	aggChanged
)

var aggNames = map[string]aggKind{
	"count":       aggCount,
	"rate":        aggRate,
	"ratio":       aggRatio,
	"sum":         aggSum,
	"avg":         aggAvg,
	"min":         aggMin,
	"max":         aggMax,
	"quantile":    aggQuantile,
	"distinct":    aggDistinct,
	"consecutive": aggConsecutive,
	"absent":      aggAbsent,
	"new_value":   aggNewValue,
	"changed":     aggChanged,
}

// isBool reports whether the aggregate is a condition by itself.
func (k aggKind) isBool() bool { return k == aggAbsent || k == aggNewValue || k == aggChanged }

// bucketed reports whether the aggregate lives in the per-minute buckets.
func (k aggKind) bucketed() bool { return k != aggAbsent && k != aggNewValue }

// aggSpec is one aggregate of a condition, computed per group.
type aggSpec struct {
	kind aggKind
	// name is the condition variable holding its value ("__a0").
	name string
	// text is the aggregate as written, the key of .Values in templates.
	text string
	// prev selects the window before the current one.
	prev bool
	// arg is the predicate or value expression (nil for count and rate).
	arg    *eventProgram
	q      float64
	dur    time.Duration
	warmup time.Duration

	// Layout, filled by layout(): offsets into a bucket's numbers,
	// sketches and HLLs, and into the group's per-aggregate state.
	off, sk, hll, st int
	// twin is the current-window sibling of a previous() aggregate; only
	// the sibling updates the shared state.
	twin *aggSpec
}

func (a *aggSpec) key() string {
	return fmt.Sprintf("%d|%t|%s|%g|%s|%s", a.kind, a.prev, a.text, a.q, a.dur, a.warmup)
}

// condProgram is a compiled condition (or value expression) over the
// window aggregates of one group.
type condProgram struct {
	src  string
	prog *vm.Program
	aggs []*aggSpec
	// labels are group_by fields the condition reads, by env name.
	labels []slotKey
	// value and threshold are the sides of the condition's deciding
	// comparison; valueAgg is the bool aggregate deciding it otherwise.
	value, threshold *vm.Program
	valueAgg         *aggSpec
	// needsPrev is set when an aggregate reads the previous window.
	needsPrev bool
	// bareRatio is set when the expression is one ratio() and nothing else.
	bareRatio *aggSpec
}

// stub is the implementation behind aggregate declarations; the engine
// replaces every call before running, so it never runs.
func stub(...any) (any, error) { return nil, errors.New("aggregate evaluated outside a window") }

// aggDecls declares the aggregate functions with their types, for the
// type check of a condition.
func aggDecls() []expr.Option {
	return []expr.Option{
		expr.DisableBuiltin("min"), expr.DisableBuiltin("max"), expr.DisableBuiltin("sum"),
		expr.DisableBuiltin("count"),
		expr.Function("ratio", stub, new(func(bool) float64)),
		expr.Function("sum", stub, new(func(float64) float64)),
		expr.Function("avg", stub, new(func(float64) float64)),
		expr.Function("min", stub, new(func(float64) float64)),
		expr.Function("max", stub, new(func(float64) float64)),
		expr.Function("quantile", stub, new(func(float64, float64) float64)),
		expr.Function("distinct", stub, new(func(any) float64)),
		expr.Function("consecutive", stub, new(func(bool) float64)),
		expr.Function("absent", stub, new(func(string) bool)),
		expr.Function("new_value", stub, new(func(any, string) bool), new(func(any, string, string) bool)),
		expr.Function("changed", stub, new(func(any) bool)),
		expr.Function("previous", stub, new(func(float64) float64), new(func(bool) bool)),
	}
}

// compileCondition compiles a condition over window aggregates. groupBy
// fields may be read outside aggregates (they are constant per group);
// other fields only inside one. asBool is false for value expressions.
func compileCondition(src string, groupBy []string, asBool bool, prefix string) (*condProgram, error) {
	reserved := map[string]bool{"count": true, "rate": true}
	_, fp, err := parsePatched(src, reserved, aggDecls()...)
	if err != nil {
		return nil, err
	}
	isLabel := map[string]bool{}
	for _, g := range groupBy {
		isLabel[keyFor(g).envName()] = true
	}
	// Pass 1: type check with aggregates declared as functions, so errors
	// point at the source as written.
	env := types.Map{"count": types.Float64, "rate": types.Float64}
	for name, k := range fp.fields {
		env[name] = k.exprType()
	}
	opts := append([]expr.Option{expr.Env(env), expr.Patch(newFieldPatcher(reserved)), expr.MaxNodes(maxNodes), expr.DisableBuiltin("now")}, aggDecls()...)
	if asBool {
		opts = append(opts, expr.AsBool())
	} else {
		opts = append(opts, expr.AsFloat64())
	}
	if _, err := expr.Compile(src, opts...); err != nil {
		return nil, asExprError(err)
	}

	// Pass 2: replace each aggregate by a variable.
	tree, fp, err := parsePatched(src, reserved, aggDecls()...)
	if err != nil {
		return nil, err
	}
	x := &aggExtractor{prefix: prefix, src: src, fields: fp.fields, isLabel: isLabel, byKey: map[string]*aggSpec{}, inside: map[*ast.IdentifierNode]bool{}}
	ast.Walk(&tree.Node, x)
	if x.err != nil {
		return nil, x.err
	}
	for _, id := range x.fieldRefs {
		if !x.inside[id] && !isLabel[id.Value] {
			return nil, errAt(src, id.Location(), "field %s outside an aggregate: wrap it in one (max, ratio, …) or add it to group_by", fp.fields[id.Value].path)
		}
	}
	env2 := types.Map{}
	for _, a := range x.aggs {
		if a.kind.isBool() {
			env2[a.name] = types.Bool
		} else {
			env2[a.name] = types.Float64
		}
	}
	cp := &condProgram{src: src, aggs: x.aggs}
	for name, k := range fp.fields {
		if isLabel[name] {
			env2[name] = k.exprType()
			cp.labels = append(cp.labels, k)
		}
	}
	rewritten := tree.Node.String()
	opts2 := []expr.Option{expr.Env(env2), expr.Patch(newFieldPatcher(reserved))}
	if asBool {
		opts2 = append(opts2, expr.AsBool())
	} else {
		opts2 = append(opts2, expr.AsFloat64())
	}
	cp.prog, err = expr.Compile(rewritten, opts2...)
	if err != nil {
		return nil, fmt.Errorf("internal: recompiling %q: %w", rewritten, err)
	}
	for _, a := range x.aggs {
		if a.prev {
			cp.needsPrev = true
		}
	}
	if asBool {
		cp.findValue(tree.Node, env2, reserved)
	} else if id, ok := tree.Node.(*ast.IdentifierNode); ok {
		for _, a := range cp.aggs {
			if a.name == id.Value && a.kind == aggRatio && !a.prev {
				cp.bareRatio = a
			}
		}
	}
	return cp, nil
}

// findValue locates the comparison that decides the condition (the last
// one of an && chain) and compiles its sides for the alert's value and
// threshold.
func (cp *condProgram) findValue(n ast.Node, env types.Map, reserved map[string]bool) {
	for {
		b, ok := n.(*ast.BinaryNode)
		if !ok || (b.Operator != "&&" && b.Operator != "and") {
			break
		}
		n = b.Right
	}
	switch n := n.(type) {
	case *ast.BinaryNode:
		switch n.Operator {
		case "<", "<=", ">", ">=", "==", "!=":
		default:
			return
		}
		l, err1 := expr.Compile(n.Left.String(), expr.Env(env), expr.Patch(newFieldPatcher(reserved)), expr.AsFloat64())
		r, err2 := expr.Compile(n.Right.String(), expr.Env(env), expr.Patch(newFieldPatcher(reserved)), expr.AsFloat64())
		if err1 == nil && err2 == nil {
			cp.value, cp.threshold = l, r
		}
	case *ast.IdentifierNode:
		for _, a := range cp.aggs {
			if a.name == n.Value {
				cp.valueAgg = a
			}
		}
	}
}

// aggExtractor replaces aggregate calls (and count, rate) with variables.
type aggExtractor struct {
	prefix    string
	src       string
	fields    map[string]slotKey
	isLabel   map[string]bool
	aggs      []*aggSpec
	byKey     map[string]*aggSpec
	fieldRefs []*ast.IdentifierNode
	inside    map[*ast.IdentifierNode]bool
	err       error
}

func (x *aggExtractor) add(a *aggSpec, node *ast.Node) {
	if old, ok := x.byKey[a.key()]; ok {
		a = old
	} else {
		a.name = x.prefix + strconv.Itoa(len(x.aggs))
		x.aggs = append(x.aggs, a)
		x.byKey[a.key()] = a
	}
	ast.Patch(node, &ast.IdentifierNode{Value: a.name})
}

func (x *aggExtractor) fail(loc file.Location, format string, args ...any) {
	if x.err == nil {
		x.err = errAt(x.src, loc, format, args...)
	}
}

func (x *aggExtractor) Visit(node *ast.Node) {
	if x.err != nil {
		return
	}
	switch n := (*node).(type) {
	case *ast.IdentifierNode:
		switch n.Value {
		case "count":
			x.add(&aggSpec{kind: aggCount, text: "count"}, node)
			return
		case "rate":
			x.add(&aggSpec{kind: aggRate, text: "rate"}, node)
			return
		}
		if _, ok := x.fields[n.Value]; ok {
			x.fieldRefs = append(x.fieldRefs, n)
		}
	case *ast.CallNode:
		callee, ok := n.Callee.(*ast.IdentifierNode)
		if !ok {
			return
		}
		if callee.Value == "previous" {
			x.previous(n, node)
			return
		}
		kind, ok := aggNames[callee.Value]
		if !ok {
			return
		}
		for _, arg := range n.Arguments {
			ast.Walk(&arg, markInside{x})
		}
		x.aggregate(kind, n, node)
	}
}

type markInside struct{ x *aggExtractor }

func (m markInside) Visit(node *ast.Node) {
	if id, ok := (*node).(*ast.IdentifierNode); ok {
		m.x.inside[id] = true
	}
}

func (x *aggExtractor) aggregate(kind aggKind, n *ast.CallNode, node *ast.Node) {
	a := &aggSpec{kind: kind, text: n.String()}
	args := n.Arguments
	argSrc := func(i int) string { return args[i].String() }
	var err error
	switch kind {
	case aggRatio, aggConsecutive:
		a.arg, err = compileEvent(argSrc(0), resultBool)
	case aggSum, aggAvg, aggMin, aggMax:
		a.arg, err = compileEvent(argSrc(0), resultNumber)
	case aggQuantile:
		a.arg, err = compileEvent(argSrc(0), resultNumber)
		q, ok := constNumber(args[1])
		if !ok || q < 0 || q > 1 {
			x.fail(args[1].Location(), "quantile: the second argument must be a number between 0 and 1, like 0.99")
			return
		}
		a.q = q
	case aggDistinct, aggChanged:
		a.arg, err = compileEvent(argSrc(0), resultAny)
	case aggAbsent:
		a.dur = x.duration(args[0], "absent", false)
	case aggNewValue:
		a.arg, err = compileEvent(argSrc(0), resultAny)
		a.dur = x.duration(args[1], "new_value lookback", false)
		a.warmup = min(a.dur, time.Hour)
		if len(args) == 3 {
			a.warmup = x.duration(args[2], "new_value warm-up", true)
		}
	}
	if err != nil {
		x.fail(args[0].Location(), "%s: %v", n.Callee.(*ast.IdentifierNode).Value, asExprError(err).msg)
		return
	}
	if x.err != nil {
		return
	}
	x.add(a, node)
}

// duration reads a constant duration argument ("2h", "90s").
func (x *aggExtractor) duration(n ast.Node, what string, zeroOK bool) time.Duration {
	s, ok := n.(*ast.StringNode)
	if !ok {
		x.fail(n.Location(), "%s must be a duration in quotes, like \"2h\"", what)
		return 0
	}
	d, err := parseDuration(s.Value)
	if err != nil || d < 0 || (d == 0 && !zeroOK) {
		x.fail(n.Location(), "%s: %q is not a positive duration (like \"90s\", \"2h\", \"7d\")", what, s.Value)
		return 0
	}
	return d
}

// previous(X) marks every aggregate inside X as reading the previous
// window and replaces the call by X.
func (x *aggExtractor) previous(n *ast.CallNode, node *ast.Node) {
	if len(n.Arguments) != 1 {
		x.fail(n.Location(), "previous takes one argument")
		return
	}
	inner := n.Arguments[0]
	v := &prevMarker{x: x}
	ast.Walk(&inner, v)
	if x.err != nil {
		return
	}
	ast.Patch(node, inner)
}

type prevMarker struct{ x *aggExtractor }

func (p *prevMarker) Visit(node *ast.Node) {
	id, ok := (*node).(*ast.IdentifierNode)
	if !ok {
		return
	}
	for _, a := range p.x.aggs {
		if a.name != id.Value {
			continue
		}
		if !a.kind.bucketed() {
			p.x.fail(id.Location(), "previous: %s has no previous window", a.text)
			return
		}
		if a.prev {
			p.x.fail(id.Location(), "previous cannot be nested")
			return
		}
		b := *a
		b.prev = true
		b.text = "previous(" + a.text + ")"
		p.x.add(&b, node)
		return
	}
}

func constNumber(n ast.Node) (float64, bool) {
	switch n := n.(type) {
	case *ast.IntegerNode:
		return float64(n.Value), true
	case *ast.FloatNode:
		return n.Value, true
	}
	return 0, false
}

// parseDuration is time.ParseDuration plus days ("7d").
func parseDuration(s string) (time.Duration, error) {
	if n := len(s); n > 1 && s[n-1] == 'd' {
		days, err := strconv.ParseFloat(s[:n-1], 64)
		if err != nil || days < 0 || days > 3650 {
			return 0, fmt.Errorf("bad duration %q", s)
		}
		return time.Duration(days * float64(24*time.Hour)), nil
	}
	return time.ParseDuration(s)
}

// toFloat converts an expression result to a float64.
func toFloat(v any) float64 {
	switch v := v.(type) {
	case float64:
		return v
	case int:
		return float64(v)
	case int64:
		return float64(v)
	case bool:
		if v {
			return 1
		}
		return 0
	case string:
		f, err := strconv.ParseFloat(v, 64)
		if err == nil {
			return f
		}
	}
	return math.NaN()
}
