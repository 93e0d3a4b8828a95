package rules

import (
	"strings"
	"sync"

	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/types"

	"github.com/vigilops/vigil/event"
)

// fieldType is the expression type of an event field.
type fieldType uint8

const (
	typeAny fieldType = iota
	typeString
	typeNumber
	typeBool // presence tests: has(path)
)

// Schema lists the event fields vigil knows the type of (docs/architecture.md §3). An
// expression that compares a known field with a value of the wrong type is
// refused at load. Other dotted paths are allowed and typed "any".
var schema = map[string]fieldType{
	"service.name":              typeString,
	"service.version":           typeString,
	"service.environment":       typeString,
	"host.name":                 typeString,
	"log.level":                 typeString,
	"log.logger":                typeString,
	"message":                   typeString,
	"event.action":              typeString,
	"event.outcome":             typeString,
	"event.dataset":             typeString,
	"event.duration":            typeNumber,
	"http.request.method":       typeString,
	"http.response.status_code": typeNumber,
	"url.path":                  typeString,
	"url.domain":                typeString,
	"url.full":                  typeString,
	"error.code":                typeString,
	"error.type":                typeString,
	"error.message":             typeString,
	"trace.id":                  typeString,
	"transaction.id":            typeString,
	"span.id":                   typeString,
	"shop.platform":             typeString,
	"shop.id":                   typeString,
	"shop.region":               typeString,
	"sync.kind":                 typeString,
	"sync.delay_seconds":        typeNumber,
	"job.name":                  typeString,
	"job.status":                typeString,
	"db.statement":              typeString,
	"db.system":                 typeString,
	"db.operation":              typeString,
	"order.id":                  typeString,
	"payment.provider":          typeString,
	"payment.status":            typeString,
}

// slotKey names one value the engine extracts from each event for the
// expressions: a field's value, or whether the field is present.
type slotKey struct {
	path string
	typ  fieldType
}

// envName is the name the expressions use for the slot.
func (k slotKey) envName() string {
	if k.typ == typeBool {
		return "has(" + k.path + ")"
	}
	return k.path
}

func (k slotKey) exprType() types.Type {
	switch k.typ {
	case typeString:
		return types.String
	case typeNumber:
		return types.Float64
	case typeBool:
		return types.Bool
	}
	return types.Any
}

// keyFor returns the slot for a field path (its value).
func keyFor(path string) slotKey {
	t, ok := schema[path]
	if !ok {
		t = typeAny
	}
	return slotKey{path: path, typ: t}
}

// zeroValues are the values a missing field takes, by type: "" and 0, so
// `sync.delay_seconds > 300` is simply false on an event without it.
var (
	zeroString any = ""
	zeroNumber any = float64(0)
	boxTrue    any = true
	boxFalse   any = false
)

func (k slotKey) missing() any {
	switch k.typ {
	case typeString:
		return zeroString
	case typeNumber:
		return zeroNumber
	case typeBool:
		return boxFalse
	}
	return nil
}

// convertAny turns an event value into the expression value of an untyped
// field.
func convertAny(v event.Value) any {
	switch v.Kind {
	case event.String:
		return v.Str
	case event.Number:
		return v.Num
	case event.Bool:
		return v.Num != 0
	case event.Array:
		out := make([]any, len(v.Items))
		for i, it := range v.Items {
			out[i] = convertAny(it)
		}
		return out
	case event.Object:
		m := make(map[string]any, len(v.Fields))
		for _, f := range v.Fields {
			m[f.Path] = convertAny(f.Value)
		}
		return m
	}
	return nil
}

// fieldPatcher rewrites member chains that spell a field path
// (`http.response.status_code`) into a single identifier naming the slot,
// `has(a.b)` into a presence slot and `field("odd-name")` into a value slot.
// Names in reserved (variables of the condition environment) are left alone.
type fieldPatcher struct {
	reserved map[string]bool
	// fields records each patched identifier's slot, so later passes can
	// tell a field from an aggregate variable.
	fields map[string]slotKey
	// explicit are the paths written field("…"): never typos.
	explicit map[string]bool
}

// typoFinder finds the first untyped field path, in the patched tree,
// that looks like a misspelt schema field.
type typoFinder struct {
	fields          map[string]slotKey
	explicit        map[string]bool
	path, suggested string
	loc             file.Location
}

func (t *typoFinder) Visit(node *ast.Node) {
	id, ok := (*node).(*ast.IdentifierNode)
	if !ok || t.path != "" {
		return
	}
	k, ok := t.fields[id.Value]
	if !ok || k.typ != typeAny || id.Value != k.path || t.explicit[k.path] {
		return // a typed field, a presence test, or field("…")
	}
	if s := suggest(k.path); s != "" {
		t.path, t.suggested, t.loc = k.path, s, id.Location()
	}
}

func newFieldPatcher(reserved map[string]bool) *fieldPatcher {
	return &fieldPatcher{reserved: reserved, fields: map[string]slotKey{}, explicit: map[string]bool{}}
}

// suggest returns the schema field a path is probably a misspelling of:
// within two edits, same first segment.
func suggest(path string) string {
	dot := strings.IndexByte(path, '.')
	if dot < 0 {
		return ""
	}
	best, bestD := "", 3
	for known := range schema {
		if !strings.HasPrefix(known, path[:dot+1]) {
			continue
		}
		if d := editDistance(path, known, bestD); d < bestD || (d == bestD && known < best) {
			best, bestD = known, d
		}
	}
	if bestD <= 2 {
		return best
	}
	return ""
}

// editDistance is the Levenshtein distance of a and b, or limit when it
// is at least limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}

// memberPath returns the dotted path a chain of constant member accesses
// spells, starting at an identifier.
func memberPath(n ast.Node) (string, bool) {
	switch n := n.(type) {
	case *ast.IdentifierNode:
		return n.Value, true
	case *ast.MemberNode:
		if n.Optional || n.Method {
			return "", false
		}
		s, ok := n.Property.(*ast.StringNode)
		if !ok {
			return "", false
		}
		p, ok := memberPath(n.Node)
		if !ok {
			return "", false
		}
		return p + "." + s.Value, true
	}
	return "", false
}

func (p *fieldPatcher) add(k slotKey, node *ast.Node) {
	name := k.envName()
	p.fields[name] = k
	loc := rootLocation(*node)
	*node = &ast.IdentifierNode{Value: name}
	(*node).SetLocation(loc)
}

// rootLocation is where a member chain starts, so errors point at the
// beginning of a field path rather than its last part.
func rootLocation(n ast.Node) file.Location {
	for {
		m, ok := n.(*ast.MemberNode)
		if !ok {
			return n.Location()
		}
		n = m.Node
	}
}

// Visit implements ast.Visitor. Walk visits children first, so a chain is
// patched at its outermost member node; inner nodes are replaced with it.
func (p *fieldPatcher) Visit(node *ast.Node) {
	switch n := (*node).(type) {
	case *ast.MemberNode:
		path, ok := memberPath(n)
		if !ok {
			return
		}
		root := path[:strings.IndexByte(path, '.')]
		if p.reserved[root] {
			return
		}
		p.add(keyFor(path), node)
	case *ast.IdentifierNode:
		if p.reserved[n.Value] {
			return
		}
		if _, ok := p.fields[n.Value]; ok {
			return // already patched
		}
		if _, ok := schema[n.Value]; ok { // single-word fields: message
			p.add(keyFor(n.Value), node)
		}
	case *ast.CallNode:
		callee, ok := n.Callee.(*ast.IdentifierNode)
		if !ok || len(n.Arguments) != 1 {
			return
		}
		var path string
		switch a := n.Arguments[0].(type) {
		case *ast.StringNode:
			path = a.Value
		case *ast.IdentifierNode:
			k, ok := p.fields[a.Value]
			if !ok {
				return
			}
			path = k.path
		default:
			return
		}
		switch callee.Value {
		case "has":
			p.add(slotKey{path: path, typ: typeBool}, node)
		case "field":
			if _, isStr := n.Arguments[0].(*ast.StringNode); isStr {
				p.explicit[path] = true
				p.add(keyFor(path), node)
			}
		}
	}
}

// registry numbers every slot ever compiled, so compiled rules from any
// load share one index space and an engine can keep rules across reloads.
var registry struct {
	sync.Mutex
	index map[slotKey]int
	keys  []slotKey
}

// slotIndex returns the slot's global index.
func slotIndex(k slotKey) int {
	registry.Lock()
	defer registry.Unlock()
	if registry.index == nil {
		registry.index = map[slotKey]int{}
	}
	i, ok := registry.index[k]
	if !ok {
		i = len(registry.keys)
		registry.index[k] = i
		registry.keys = append(registry.keys, k)
	}
	return i
}

// slotCount returns the number of slots registered so far.
func slotCount() int {
	registry.Lock()
	defer registry.Unlock()
	return len(registry.keys)
}
