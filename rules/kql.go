package rules

import (
	"sort"
	"strconv"
	"strings"

	"github.com/expr-lang/expr/ast"

	"github.com/vigilops/vigil/alert"
)

// A rule's filter, for the links to the logs an alert is about, is
// translated to KQL (Kibana's query language) where it can be:
//
//	field == v, field != v     field:v, not field:v (strings quoted)
//	field < v … field >= v     field < v … field >= v
//	field in [a, b]            field:(a or b)
//	has(field)                 field:*
//	a && b, a || b, !a         a and b, a or b, not a
//
// A missing field is "" or 0 to a filter, so a comparison a missing field
// passes also matches documents without it (`error.code == ""` is
// `not error.code:*`). Anything else (lower(log.level) != "debug", a
// function, arithmetic) widens the query rather than narrow it wrongly:
// where the part is false for an event without the field it reads, it
// becomes field:* (the field exists); otherwise it matches every event.
// So the query always finds every event the filter selects, and perhaps
// a few more.

// kql is a translated (sub)expression: q is the query ("" matches every
// event); exact is false when q matches more events than the expression.
type kql struct {
	q     string
	exact bool
}

var kqlAll = kql{exact: true}

// filterKQL translates a filter expression to KQL ("": every event).
func filterKQL(src string) string {
	return kqlJoin(" and ", filterKQLParts(src)...)
}

// filterKQLParts translates a filter expression to KQL, the parts of its
// top-level && apart (none: every event).
func filterKQLParts(src string) []string {
	if strings.TrimSpace(src) == "" {
		return nil
	}
	tree, fp, err := parsePatched(src, nil)
	if err != nil {
		return nil
	}
	t := kqlTranslator{fields: fp.fields}
	var parts []string
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		if b, ok := n.(*ast.BinaryNode); ok && (b.Operator == "&&" || b.Operator == "and") {
			walk(b.Left)
			walk(b.Right)
			return
		}
		if q := t.node(n).q; q != "" {
			parts = append(parts, q)
		}
	}
	walk(tree.Node)
	return parts
}

type kqlTranslator struct {
	fields map[string]slotKey
}

func (t kqlTranslator) node(n ast.Node) kql {
	switch n := n.(type) {
	case *ast.BoolNode:
		if n.Value {
			return kqlAll
		}
	case *ast.IdentifierNode:
		if k, ok := t.fields[n.Value]; ok && k.typ == typeBool {
			return kql{q: alert.KQLField(k.path) + ":*", exact: true}
		}
	case *ast.UnaryNode:
		if n.Operator == "!" || n.Operator == "not" {
			in := t.node(n.Node)
			if in.exact && in.q != "" {
				return kql{q: "not " + kqlParen(in.q), exact: true}
			}
			return kql{}
		}
	case *ast.BinaryNode:
		switch n.Operator {
		case "&&", "and":
			l, r := t.node(n.Left), t.node(n.Right)
			return kql{q: kqlJoin(" and ", l.q, r.q), exact: l.exact && r.exact}
		case "||", "or":
			l, r := t.node(n.Left), t.node(n.Right)
			if l.q == "" || r.q == "" {
				return kql{exact: (l.q == "" && l.exact) || (r.q == "" && r.exact)}
			}
			return kql{q: kqlGroup(l.q) + " or " + kqlGroup(r.q), exact: l.exact && r.exact}
		}
		if q, ok := t.compare(n); ok {
			return q
		}
	}
	return t.widen(n)
}

// compare translates field OP literal (or literal OP field).
func (t kqlTranslator) compare(n *ast.BinaryNode) (kql, bool) {
	op := n.Operator
	k, fok := t.valueField(n.Left)
	lit := n.Right
	if !fok {
		var ok bool
		if k, ok = t.valueField(n.Right); !ok {
			return kql{}, false
		}
		lit = n.Left
		flip := map[string]string{"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}
		if op, ok = flip[op]; !ok {
			return kql{}, false
		}
	}
	f := alert.KQLField(k.path)
	missing := k.missing()
	var q string
	var onMissing bool // does an event without the field pass?
	switch op {
	case "==", "!=":
		v, ok := kqlLiteral(lit)
		if !ok {
			return kql{}, false
		}
		onMissing = literalEquals(lit, missing)
		if isEmptyString(lit) {
			q = "not " + f + ":*"
		} else {
			q = f + ":" + v
		}
		if op == "!=" {
			switch {
			case isEmptyString(lit):
				q = f + ":*"
			case onMissing: // f != 0: an event without f is 0
				q = f + ":* and not " + q
			default:
				q = "not " + q
			}
			onMissing = false
		}
	case "<", "<=", ">", ">=":
		v, ok := lit.(*ast.IntegerNode)
		var x float64
		switch {
		case ok:
			x = float64(v.Value)
		default:
			fv, ok := lit.(*ast.FloatNode)
			if !ok || k.typ != typeNumber {
				return kql{}, false
			}
			x = fv.Value
		}
		if k.typ != typeNumber {
			return kql{}, false
		}
		q = f + " " + op + " " + strconv.FormatFloat(x, 'g', -1, 64)
		switch op {
		case "<":
			onMissing = 0 < x
		case "<=":
			onMissing = 0 <= x
		case ">":
			onMissing = 0 > x
		case ">=":
			onMissing = 0 >= x
		}
	case "in":
		arr, ok := lit.(*ast.ArrayNode)
		if !ok || len(arr.Nodes) == 0 || lit != n.Right {
			return kql{}, false
		}
		var vs []string
		for _, e := range arr.Nodes {
			v, ok := kqlLiteral(e)
			if !ok || isEmptyString(e) {
				return kql{}, false
			}
			onMissing = onMissing || literalEquals(e, missing)
			vs = append(vs, v)
		}
		q = f + ":(" + strings.Join(vs, " or ") + ")"
	default:
		return kql{}, false
	}
	if onMissing && !strings.HasPrefix(q, "not ") {
		q = "not " + f + ":* or " + kqlGroup(q)
	}
	return kql{q: q, exact: true}, true
}

// widen is the query for a part the translation does not cover: the fields
// it reads must exist when it is false without them, else every event.
func (t kqlTranslator) widen(n ast.Node) kql {
	c := &identCollector{want: t.fields, seen: map[string]bool{}}
	ast.Walk(&n, c)
	if len(c.order) == 0 || t.passesMissing(n) {
		return kql{}
	}
	var paths []string
	for _, name := range c.order {
		paths = append(paths, alert.KQLField(t.fields[name].path)+":*")
	}
	sort.Strings(paths)
	if len(paths) > 1 {
		// Any one of them missing may be what makes it false.
		return kql{q: strings.Join(paths, " or ")}
	}
	return kql{q: paths[0]}
}

// passesMissing reports whether n may hold for an event without the fields
// it reads: unless it is a comparison with a non-empty literal (or a
// string test of one), whose other side is "" or 0 then, it may.
func (t kqlTranslator) passesMissing(n ast.Node) bool {
	b, ok := n.(*ast.BinaryNode)
	if !ok {
		return true
	}
	switch b.Operator {
	case "==", "contains", "startsWith", "endsWith", "matches":
		return !nonEmptyLiteral(b.Right) && !nonEmptyLiteral(b.Left)
	case "in":
		arr, ok := b.Right.(*ast.ArrayNode)
		if !ok {
			return true
		}
		for _, e := range arr.Nodes {
			if !nonEmptyLiteral(e) {
				return true
			}
		}
		return false
	}
	return true
}

func nonEmptyLiteral(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.StringNode:
		return n.Value != ""
	case *ast.IntegerNode:
		return n.Value != 0
	case *ast.FloatNode:
		return n.Value != 0
	}
	return false
}

// valueField returns the field whose value n is.
func (t kqlTranslator) valueField(n ast.Node) (slotKey, bool) {
	id, ok := n.(*ast.IdentifierNode)
	if !ok {
		return slotKey{}, false
	}
	k, ok := t.fields[id.Value]
	if !ok || k.typ == typeBool {
		return slotKey{}, false
	}
	return k, true
}

func isEmptyString(n ast.Node) bool {
	s, ok := n.(*ast.StringNode)
	return ok && s.Value == ""
}

// literalEquals reports whether a literal equals a missing field's value.
func literalEquals(n ast.Node, missing any) bool {
	switch n := n.(type) {
	case *ast.StringNode:
		return missing == zeroString && n.Value == ""
	case *ast.IntegerNode:
		return missing == zeroNumber && n.Value == 0
	case *ast.FloatNode:
		return missing == zeroNumber && n.Value == 0
	case *ast.NilNode:
		return missing == nil
	}
	return false
}

// kqlLiteral writes a literal as a KQL value: strings quoted.
func kqlLiteral(n ast.Node) (string, bool) {
	switch n := n.(type) {
	case *ast.StringNode:
		return alert.KQLPhrase(n.Value), true
	case *ast.IntegerNode:
		return strconv.Itoa(n.Value), true
	case *ast.FloatNode:
		return strconv.FormatFloat(n.Value, 'g', -1, 64), true
	case *ast.BoolNode:
		return strconv.FormatBool(n.Value), true
	}
	return "", false
}

// kqlGroup parenthesizes a query holding a top-level or.
func kqlGroup(q string) string {
	if kqlTopLevel(q, " or ") {
		return "(" + q + ")"
	}
	return q
}

// kqlTopLevel reports whether op occurs in q outside parentheses and
// quotes.
func kqlTopLevel(q, op string) bool {
	depth, quoted := 0, false
	for i := 0; i < len(q); i++ {
		switch c := q[i]; {
		case quoted && c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '(':
			depth++
		case c == ')':
			depth--
		case depth == 0 && strings.HasPrefix(q[i:], op):
			return true
		}
	}
	return false
}

// kqlParen parenthesizes a query of more than one clause, for not.
func kqlParen(q string) string {
	if kqlTopLevel(q, " or ") || kqlTopLevel(q, " and ") {
		return "(" + q + ")"
	}
	return q
}

// kqlJoin joins the non-empty queries with sep (" and "), grouping ors.
func kqlJoin(sep string, qs ...string) string {
	var parts []string
	for _, q := range qs {
		if q != "" {
			parts = append(parts, q)
		}
	}
	if len(parts) > 1 {
		for i, q := range parts {
			parts[i] = kqlGroup(q)
		}
	}
	return strings.Join(parts, sep)
}
