package estest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode"
)

// The query_string subset: field:value terms, bare terms (searched in the
// default fields, "*" unless default_field or fields say otherwise),
// quoted phrases, the wildcards * and ? in values and field names,
// AND/OR/NOT, &&/||/!, the +/- prefixes, parentheses (also after a field,
// as in field:(a OR b)), _exists_:field and the one-sided ranges
// field:>v, >=v, <v, <=v. Clauses combine as the classic Lucene query
// parser combines them (default_operator OR or AND), and a purely negative
// group matches everything not excluded, as in Elasticsearch.
//
// Values are compared by the field's mapping in each index: text fields by
// lowercased tokens (a phrase by consecutive tokens), keyword-like fields
// by the whole value, numbers numerically, dates as instants (a bare date
// matches its whole UTC day), booleans as true/false. Unmapped fields
// match nothing. Fuzzy (~), boosts (^), regular expressions (/re/) and
// bracketed ranges ([a TO b], {a TO b}) are refused with a 400 parse
// error rather than guessed at.

// queryShardError is a query that fails to parse on the shards; it is
// reported as Elasticsearch does, a 400 search_phase_execution_exception
// whose root cause is a query_shard_exception.
type queryShardError struct {
	query  string
	detail string
}

func (e *queryShardError) Error() string {
	return fmt.Sprintf("Failed to parse query [%s]: %s", e.query, e.detail)
}

func (e *queryShardError) write(w http.ResponseWriter) {
	root := map[string]any{"type": "query_shard_exception", "reason": "Failed to parse query [" + e.query + "]",
		"index_uuid": "estest-index-uuid", "index": "estest"}
	shardReason := map[string]any{"type": "query_shard_exception", "reason": root["reason"],
		"index_uuid": root["index_uuid"], "index": root["index"],
		"caused_by": map[string]any{"type": "parse_exception",
			"reason": "Cannot parse '" + e.query + "': " + e.detail}}
	writeShardsFailed(w, http.StatusBadRequest, root,
		map[string]any{"shard": 0, "index": "estest", "node": "estest-node", "reason": shardReason}, nil)
}

// writeShardsFailed writes Elasticsearch's "all shards failed" search
// error with its root cause, one shard failure and, when set, caused_by.
func writeShardsFailed(w http.ResponseWriter, status int, root, shard, causedBy map[string]any) {
	e := map[string]any{
		"root_cause":    []any{root},
		"type":          "search_phase_execution_exception",
		"reason":        "all shards failed",
		"phase":         "query",
		"grouped":       true,
		"failed_shards": []any{shard},
	}
	if causedBy != nil {
		e["caused_by"] = causedBy
	}
	writeJSON(w, status, map[string]any{"error": e, "status": status})
}

// compileQueryString compiles the body of a query_string query.
func compileQueryString(body json.RawMessage) (predicate, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(body, &raw); err != nil {
		return nil, fmt.Errorf("[query_string] query malformed")
	}
	var opts struct {
		Query           *string
		DefaultFields   []string
		DefaultOperator string
	}
	for k, v := range raw {
		switch k {
		case "query":
			var q string
			if err := json.Unmarshal(v, &q); err != nil {
				return nil, fmt.Errorf("[query_string] query must be a string")
			}
			opts.Query = &q
		case "default_field":
			var f string
			if err := json.Unmarshal(v, &f); err != nil {
				return nil, fmt.Errorf("[query_string] default_field must be a string")
			}
			opts.DefaultFields = []string{f}
		case "fields":
			if err := json.Unmarshal(v, &opts.DefaultFields); err != nil {
				return nil, fmt.Errorf("[query_string] fields must be a list of strings")
			}
		case "default_operator":
			if err := json.Unmarshal(v, &opts.DefaultOperator); err != nil {
				return nil, fmt.Errorf("[query_string] default_operator must be a string")
			}
			switch strings.ToUpper(opts.DefaultOperator) {
			case "AND", "OR":
			default:
				return nil, fmt.Errorf("[query_string] unknown default_operator [%s]", opts.DefaultOperator)
			}
		case "analyze_wildcard", "allow_leading_wildcard", "lenient", "boost", "time_zone", "escape", "_name":
		default:
			return nil, fmt.Errorf("[query_string] query does not support [%s]", k)
		}
	}
	if opts.Query == nil {
		return nil, fmt.Errorf("[query_string] must be provided with a [query]")
	}
	if len(opts.DefaultFields) == 0 {
		opts.DefaultFields = []string{"*"}
	}
	toks, err := lexQueryString(*opts.Query)
	if err != nil {
		return nil, &queryShardError{query: *opts.Query, detail: err.Error()}
	}
	p := &qsParser{toks: toks, defaultAnd: strings.EqualFold(opts.DefaultOperator, "AND"), defaults: opts.DefaultFields}
	node, err := p.parseQuery("", 0)
	if err == nil && p.pos < len(p.toks) {
		err = fmt.Errorf("Encountered \" %s \" at position %d", p.toks[p.pos].show(), p.toks[p.pos].at)
	}
	if err != nil {
		return nil, &queryShardError{query: *opts.Query, detail: err.Error()}
	}
	return node.match, nil
}

// ---- lexer ----

type qsKind int

const (
	qsEOF qsKind = iota
	qsAnd
	qsOr
	qsNot // NOT, !, and the - prefix
	qsReq // the + prefix
	qsLParen
	qsRParen
	qsField // name:
	qsOp    // > >= < <= right after a field
	qsWord
	qsPhrase
)

// Wildcards inside a term's glob are stored as these runes, so that escaped
// '*' and '?' stay literal.
const (
	globStar = '\uE000'
	globOne  = '\uE001'
)

type qsToken struct {
	kind qsKind
	text string // literal text (unescaped) of a term, phrase, field or op
	glob string // a term with its wildcards as globStar/globOne
	wild bool
	at   int
}

func (t qsToken) show() string {
	switch t.kind {
	case qsAnd:
		return "AND"
	case qsOr:
		return "OR"
	case qsNot:
		return "NOT"
	case qsReq:
		return "+"
	case qsLParen:
		return "("
	case qsRParen:
		return ")"
	case qsField:
		return t.text + ":"
	case qsPhrase:
		return `"` + t.text + `"`
	case qsEOF:
		return "<EOF>"
	}
	return t.text
}

func lexQueryString(q string) ([]qsToken, error) {
	var toks []qsToken
	rs := []rune(q)
	i := 0
	afterField := false
	for i < len(rs) {
		c := rs[i]
		if unicode.IsSpace(c) {
			i++
			afterField = false
			continue
		}
		start := i
		switch {
		case c == '(':
			toks = append(toks, qsToken{kind: qsLParen, at: i})
			i++
		case c == ')':
			toks = append(toks, qsToken{kind: qsRParen, at: i})
			i++
		case c == '&' && i+1 < len(rs) && rs[i+1] == '&':
			toks = append(toks, qsToken{kind: qsAnd, at: i})
			i += 2
		case c == '|' && i+1 < len(rs) && rs[i+1] == '|':
			toks = append(toks, qsToken{kind: qsOr, at: i})
			i += 2
		case c == '!' || c == '-':
			toks = append(toks, qsToken{kind: qsNot, at: i})
			i++
		case c == '+':
			toks = append(toks, qsToken{kind: qsReq, at: i})
			i++
		case (c == '>' || c == '<') && afterField:
			op := string(c)
			i++
			if i < len(rs) && rs[i] == '=' {
				op += "="
				i++
			}
			toks = append(toks, qsToken{kind: qsOp, text: op, at: start})
			afterField = false
			continue
		case c == '"':
			var b strings.Builder
			i++
			closed := false
			for i < len(rs) {
				if rs[i] == '\\' && i+1 < len(rs) {
					b.WriteRune(rs[i+1])
					i += 2
					continue
				}
				if rs[i] == '"' {
					closed = true
					i++
					break
				}
				b.WriteRune(rs[i])
				i++
			}
			if !closed {
				return nil, fmt.Errorf("Lexical error at position %d: unterminated quoted string", start)
			}
			toks = append(toks, qsToken{kind: qsPhrase, text: b.String(), at: start})
		case strings.ContainsRune("[]{}^~/<>=", c):
			return nil, fmt.Errorf("the [%c] syntax at position %d is not supported by the fake", c, i)
		default:
			var lit, glob strings.Builder
			wild := false
			for i < len(rs) {
				r := rs[i]
				if r == '\\' {
					if i+1 >= len(rs) {
						return nil, fmt.Errorf("Lexical error at position %d: escape at end of query", i)
					}
					lit.WriteRune(rs[i+1])
					glob.WriteRune(rs[i+1])
					i += 2
					continue
				}
				if unicode.IsSpace(r) || strings.ContainsRune(`()":`, r) || strings.ContainsRune("[]{}^~/", r) {
					break
				}
				switch r {
				case '*':
					wild = true
					glob.WriteRune(globStar)
				case '?':
					wild = true
					glob.WriteRune(globOne)
				default:
					glob.WriteRune(r)
				}
				lit.WriteRune(r)
				i++
			}
			if i < len(rs) && strings.ContainsRune("[]{}^~/", rs[i]) {
				return nil, fmt.Errorf("the [%c] syntax at position %d is not supported by the fake", rs[i], i)
			}
			text := lit.String()
			if i < len(rs) && rs[i] == ':' {
				toks = append(toks, qsToken{kind: qsField, text: text, at: start})
				i++
				afterField = true
				continue
			}
			kind := qsWord
			if !wild {
				switch text {
				case "AND":
					kind = qsAnd
				case "OR":
					kind = qsOr
				case "NOT":
					kind = qsNot
				}
			}
			toks = append(toks, qsToken{kind: kind, text: text, glob: glob.String(), wild: wild, at: start})
		}
		afterField = false
	}
	return toks, nil
}

// ---- parser ----

type qsNode interface {
	match(h *hitDoc) bool
}

const (
	occurShould = iota
	occurMust
	occurMustNot
)

type qsClause struct {
	occur int
	q     qsNode
}

type qsBool struct{ clauses []qsClause }

func (b *qsBool) match(h *hitDoc) bool {
	must, should, shouldHit := false, false, false
	for _, c := range b.clauses {
		switch c.occur {
		case occurMust:
			must = true
			if !c.q.match(h) {
				return false
			}
		case occurMustNot:
			if c.q.match(h) {
				return false
			}
		default:
			should = true
			if !shouldHit && c.q.match(h) {
				shouldHit = true
			}
		}
	}
	// With required clauses the optional ones only score; a purely
	// negative group matches everything it does not exclude.
	return must || !should || shouldHit
}

type qsParser struct {
	toks       []qsToken
	pos        int
	defaultAnd bool
	defaults   []string
}

func (p *qsParser) peek() qsToken {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return qsToken{kind: qsEOF, at: -1}
}

const maxQueryDepth = 32

// parseQuery parses clauses up to the end or a closing parenthesis.
func (p *qsParser) parseQuery(field string, depth int) (qsNode, error) {
	if depth > maxQueryDepth {
		return nil, fmt.Errorf("query is nested too deeply")
	}
	var clauses []qsClause
	for {
		t := p.peek()
		if t.kind == qsEOF || t.kind == qsRParen {
			break
		}
		conj := qsEOF
		if t.kind == qsAnd || t.kind == qsOr {
			if len(clauses) == 0 {
				return nil, fmt.Errorf("Encountered \" %s \" at position %d", t.show(), t.at)
			}
			conj = t.kind
			p.pos++
		}
		mod := qsEOF
		if t := p.peek(); t.kind == qsNot || t.kind == qsReq {
			mod = t.kind
			p.pos++
		}
		q, err := p.parseClause(field, depth)
		if err != nil {
			return nil, err
		}
		clauses = p.addClause(clauses, conj, mod, q)
	}
	if len(clauses) == 0 {
		t := p.peek()
		return nil, fmt.Errorf("Encountered \" %s \" at position %d: expected a term", t.show(), t.at)
	}
	if len(clauses) == 1 && clauses[0].occur != occurMustNot {
		return clauses[0].q, nil
	}
	return &qsBool{clauses: clauses}, nil
}

// addClause applies the classic query parser's rules: AND makes the
// previous and the new clause required, NOT prohibits, and the default
// operator decides the rest.
func (p *qsParser) addClause(clauses []qsClause, conj, mod qsKind, q qsNode) []qsClause {
	if n := len(clauses); n > 0 {
		last := &clauses[n-1]
		if conj == qsAnd && last.occur != occurMustNot {
			last.occur = occurMust
		}
		if p.defaultAnd && conj == qsOr && last.occur != occurMustNot {
			last.occur = occurShould
		}
	}
	prohibited := mod == qsNot
	var required bool
	if p.defaultAnd {
		required = !prohibited && conj != qsOr
	} else {
		required = mod == qsReq || conj == qsAnd && !prohibited
	}
	occur := occurShould
	switch {
	case prohibited:
		occur = occurMustNot
	case required:
		occur = occurMust
	}
	return append(clauses, qsClause{occur: occur, q: q})
}

func (p *qsParser) parseClause(field string, depth int) (qsNode, error) {
	t := p.peek()
	op := ""
	if t.kind == qsField {
		if t.text == "" {
			return nil, fmt.Errorf("empty field name at position %d", t.at)
		}
		field = t.text
		p.pos++
		if t = p.peek(); t.kind == qsOp {
			op = t.text
			p.pos++
		}
		t = p.peek()
	}
	switch t.kind {
	case qsLParen:
		if op != "" {
			return nil, fmt.Errorf("Encountered \" ( \" at position %d after a range operator", t.at)
		}
		p.pos++
		q, err := p.parseQuery(field, depth+1)
		if err != nil {
			return nil, err
		}
		if c := p.peek(); c.kind != qsRParen {
			return nil, fmt.Errorf("Encountered \" %s \" at position %d: expected \")\"", c.show(), c.at)
		}
		p.pos++
		return q, nil
	case qsWord, qsPhrase:
		p.pos++
		if field == "_exists_" {
			return &qsExists{field: t.text}, nil
		}
		if op != "" && t.wild {
			return nil, fmt.Errorf("a range value cannot hold wildcards (position %d)", t.at)
		}
		return &qsTermQuery{field: field, defaults: p.defaults, text: t.text, glob: t.glob,
			wild: t.kind == qsWord && t.wild, phrase: t.kind == qsPhrase, op: op, defaultAnd: p.defaultAnd}, nil
	}
	return nil, fmt.Errorf("Encountered \" %s \" at position %d", t.show(), t.at)
}

// ---- matching ----

type qsExists struct{ field string }

func (e *qsExists) match(h *hitDoc) bool {
	for _, v := range fieldValues(h.src, e.field) {
		if v != nil {
			return true
		}
	}
	return false
}

type qsTermQuery struct {
	field      string   // "" for the default fields; may hold '*'
	defaults   []string // the default field patterns
	text       string   // the literal value
	glob       string   // the value with wildcard runes, when wild
	wild       bool
	phrase     bool
	op         string // "", ">", ">=", "<", "<="
	defaultAnd bool
}

func (t *qsTermQuery) match(h *hitDoc) bool {
	patterns := t.defaults
	if t.field != "" {
		patterns = []string{t.field}
	}
	for _, pat := range patterns {
		if !strings.ContainsRune(pat, '*') {
			if t.matchField(h, pat, h.types[pat]) {
				return true
			}
			continue
		}
		for f, typ := range h.types {
			if typ != "object" && typ != "nested" && wildcardMatch(pat, f) && t.matchField(h, f, typ) {
				return true
			}
		}
	}
	return false
}

func (t *qsTermQuery) matchField(h *hitDoc, field, typ string) bool {
	if typ == "" || typ == "object" || typ == "nested" {
		return false // unmapped
	}
	for _, v := range fieldValues(h.src, field) {
		if v != nil && t.matchValue(typ, v) {
			return true
		}
	}
	return false
}

func (t *qsTermQuery) matchValue(typ string, v any) bool {
	s, ok := scalarString(v)
	if !ok {
		return false
	}
	switch typ {
	case "text", "match_only_text":
		if t.op != "" {
			return rangeHolds(t.op, strings.Compare(strings.ToLower(s), strings.ToLower(t.text)))
		}
		vt := tokens(s)
		switch {
		case t.wild:
			g := strings.ToLower(t.glob)
			for _, tok := range vt {
				if globMatch(g, tok) {
					return true
				}
			}
			return false
		case t.phrase:
			return containsRun(vt, tokens(t.text))
		}
		qt := tokens(t.text)
		if len(qt) == 0 {
			return false
		}
		have := make(map[string]bool, len(vt))
		for _, tok := range vt {
			have[tok] = true
		}
		for _, tok := range qt {
			if have[tok] != t.defaultAnd {
				return !t.defaultAnd
			}
		}
		return t.defaultAnd
	case "long", "integer", "short", "byte", "unsigned_long", "double", "float", "half_float", "scaled_float":
		if t.wild {
			return false
		}
		want, err := strconv.ParseFloat(t.text, 64)
		have, err2 := strconv.ParseFloat(s, 64)
		if err != nil || err2 != nil {
			return false
		}
		return rangeHolds(t.op, cmpFloat(have, want))
	case "date", "date_nanos":
		if t.wild {
			return false
		}
		have, ok1 := parseDate(s)
		want, ok2 := parseDate(t.text)
		if !ok1 || !ok2 {
			return false
		}
		if t.op == "" && len(t.text) == len("2006-01-02") {
			return !have.Before(want) && have.Before(want.AddDate(0, 0, 1))
		}
		return rangeHolds(t.op, have.Compare(want))
	case "boolean":
		return !t.wild && t.op == "" && s == t.text
	}
	// keyword-like: the whole value
	switch {
	case t.op != "":
		return rangeHolds(t.op, strings.Compare(s, t.text))
	case t.wild:
		return globMatch(t.glob, s)
	}
	return s == t.text
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// rangeHolds reports whether a comparison result c (value vs term)
// satisfies op; "" means equality.
func rangeHolds(op string, c int) bool {
	switch op {
	case ">":
		return c > 0
	case ">=":
		return c >= 0
	case "<":
		return c < 0
	case "<=":
		return c <= 0
	}
	return c == 0
}

// containsRun reports whether want occurs as consecutive tokens in have.
func containsRun(have, want []string) bool {
	if len(want) == 0 {
		return false
	}
outer:
	for i := 0; i+len(want) <= len(have); i++ {
		for j, w := range want {
			if have[i+j] != w {
				continue outer
			}
		}
		return true
	}
	return false
}

// globMatch matches s against a pattern whose globStar matches any run of
// characters and globOne exactly one.
func globMatch(pattern, s string) bool {
	p, r := []rune(pattern), []rune(s)
	pi, ri := 0, 0
	star, mark := -1, 0
	for ri < len(r) {
		switch {
		case pi < len(p) && (p[pi] == globOne || p[pi] == r[ri]):
			pi++
			ri++
		case pi < len(p) && p[pi] == globStar:
			star, mark = pi, ri
			pi++
		case star >= 0:
			pi = star + 1
			mark++
			ri = mark
		default:
			return false
		}
	}
	for pi < len(p) && p[pi] == globStar {
		pi++
	}
	return pi == len(p)
}
