package estest

import (
	"fmt"
	"strconv"
	"strings"
)

// KQL translates a query in Kibana's query language to the Elasticsearch
// query Kibana sends for it, so a test can run a Discover link's query
// against the fake as Kibana would. The subset is vigil's link queries:
//
//	field:"phrase"  field:value  field:*  field:(v1 or v2)
//	field < n, field <= n, field > n, field >= n
//	a and b, a or b, not a, (a)
//
// and/or/not in any case, not binding tighter than and, and tighter than
// or. As Kibana does, field:"phrase" and field:value become match_phrase
// (compared by the field's mapping), field:* exists, comparisons range,
// and the operators bool filter, should and must_not. Anything else
// (wildcards inside values, fields without a name, bare terms, nested
// field queries {…}) is an error rather than a guess.
func KQL(query string) (map[string]any, error) {
	toks, err := lexKQL(query)
	if err != nil {
		return nil, err
	}
	p := &kqlParser{toks: toks}
	if len(toks) == 0 {
		return map[string]any{"match_all": map[string]any{}}, nil
	}
	q, err := p.or()
	if err != nil {
		return nil, err
	}
	if p.pos < len(p.toks) {
		return nil, fmt.Errorf("kql: unexpected %q at %d", p.toks[p.pos].text, p.toks[p.pos].at)
	}
	return q, nil
}

type kqlTok struct {
	kind   byte // 'w' word, 'q' quoted, or the punctuation itself: ( ) : < > ≤ (L) ≥ (G)
	text   string
	at     int
	quoted bool
}

func lexKQL(s string) ([]kqlTok, error) {
	var toks []kqlTok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case c == '(' || c == ')' || c == ':':
			toks = append(toks, kqlTok{kind: c, text: string(c), at: i})
			i++
		case c == '<' || c == '>':
			k, t := c, string(c)
			if i+1 < len(s) && s[i+1] == '=' {
				k, t = map[byte]byte{'<': 'L', '>': 'G'}[c], t+"="
			}
			toks = append(toks, kqlTok{kind: k, text: t, at: i})
			i += len(t)
		case c == '"':
			var b strings.Builder
			j := i + 1
			for ; j < len(s) && s[j] != '"'; j++ {
				if s[j] == '\\' {
					j++
					if j == len(s) {
						break
					}
				}
				b.WriteByte(s[j])
			}
			if j >= len(s) {
				return nil, fmt.Errorf("kql: unterminated phrase at %d", i)
			}
			toks = append(toks, kqlTok{kind: 'q', text: b.String(), at: i, quoted: true})
			i = j + 1
		case c == '{' || c == '}':
			return nil, fmt.Errorf("kql: nested field queries are not supported (at %d)", i)
		default:
			var b strings.Builder
			j := i
			for ; j < len(s) && strings.IndexByte(" \t\n()\":<>{}", s[j]) < 0; j++ {
				if s[j] == '\\' && j+1 < len(s) {
					j++
				}
				b.WriteByte(s[j])
			}
			toks = append(toks, kqlTok{kind: 'w', text: b.String(), at: i})
			i = j
		}
	}
	return toks, nil
}

type kqlParser struct {
	toks []kqlTok
	pos  int
}

func (p *kqlParser) peek() *kqlTok {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

// keyword reports whether the next token is the operator word kw.
func (p *kqlParser) keyword(kw string) bool {
	t := p.peek()
	if t != nil && t.kind == 'w' && strings.EqualFold(t.text, kw) {
		p.pos++
		return true
	}
	return false
}

func (p *kqlParser) errorf(format string, args ...any) error {
	at := -1
	if t := p.peek(); t != nil {
		at = t.at
	}
	return fmt.Errorf("kql: "+format+" (at %d)", append(args, at)...)
}

func (p *kqlParser) or() (map[string]any, error) {
	qs, err := p.list("or", p.and)
	if err != nil || len(qs) == 1 {
		return first(qs), err
	}
	return boolQuery("should", qs), nil
}

func (p *kqlParser) and() (map[string]any, error) {
	qs, err := p.list("and", p.not)
	if err != nil || len(qs) == 1 {
		return first(qs), err
	}
	return boolQuery("filter", qs), nil
}

func first(qs []map[string]any) map[string]any {
	if len(qs) == 0 {
		return nil
	}
	return qs[0]
}

func (p *kqlParser) list(op string, next func() (map[string]any, error)) ([]map[string]any, error) {
	var qs []map[string]any
	for {
		q, err := next()
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
		if !p.keyword(op) {
			return qs, nil
		}
	}
}

func (p *kqlParser) not() (map[string]any, error) {
	if p.keyword("not") {
		q, err := p.not()
		if err != nil {
			return nil, err
		}
		return boolQuery("must_not", []map[string]any{q}), nil
	}
	return p.primary()
}

func (p *kqlParser) primary() (map[string]any, error) {
	t := p.peek()
	if t == nil {
		return nil, p.errorf("query ends early")
	}
	if t.kind == '(' {
		p.pos++
		q, err := p.or()
		if err != nil {
			return nil, err
		}
		if t := p.peek(); t == nil || t.kind != ')' {
			return nil, p.errorf("missing )")
		}
		p.pos++
		return q, nil
	}
	if t.kind != 'w' || isKQLKeyword(t.text) {
		return nil, p.errorf("want a field, got %q", t.text)
	}
	field := t.text
	if strings.ContainsAny(field, "*") {
		return nil, p.errorf("wildcard field names are not supported")
	}
	p.pos++
	op := p.peek()
	if op == nil {
		return nil, p.errorf("bare term %q: name its field", field)
	}
	p.pos++
	switch op.kind {
	case '<', '>', 'L', 'G':
		v := p.peek()
		if v == nil || v.kind != 'w' {
			return nil, p.errorf("a comparison wants a number")
		}
		if _, err := strconv.ParseFloat(v.text, 64); err != nil {
			return nil, p.errorf("a comparison wants a number, got %q", v.text)
		}
		p.pos++
		bound := map[byte]string{'<': "lt", '>': "gt", 'L': "lte", 'G': "gte"}[op.kind]
		return map[string]any{"range": map[string]any{field: map[string]any{bound: v.text}}}, nil
	case ':':
	default:
		return nil, p.errorf("want : after field %s", field)
	}
	if v := p.peek(); v != nil && v.kind == '(' {
		p.pos++
		var qs []map[string]any
		for {
			q, err := p.value(field)
			if err != nil {
				return nil, err
			}
			qs = append(qs, q)
			if p.keyword("or") {
				continue
			}
			if t := p.peek(); t == nil || t.kind != ')' {
				return nil, p.errorf("want or or ) in the values of %s", field)
			}
			p.pos++
			break
		}
		if len(qs) == 1 {
			return qs[0], nil
		}
		return boolQuery("should", qs), nil
	}
	return p.value(field)
}

// value parses one value of field: a phrase, a bare value or *.
func (p *kqlParser) value(field string) (map[string]any, error) {
	v := p.peek()
	if v == nil || (v.kind != 'w' && v.kind != 'q') || (!v.quoted && isKQLKeyword(v.text)) {
		return nil, p.errorf("want a value for %s", field)
	}
	p.pos++
	if !v.quoted {
		if v.text == "*" {
			return map[string]any{"exists": map[string]any{"field": field}}, nil
		}
		if strings.ContainsAny(v.text, "*?") {
			return nil, fmt.Errorf("kql: wildcard value %q is not supported (at %d)", v.text, v.at)
		}
	}
	return map[string]any{"match_phrase": map[string]any{field: v.text}}, nil
}

func isKQLKeyword(s string) bool {
	return strings.EqualFold(s, "and") || strings.EqualFold(s, "or") || strings.EqualFold(s, "not")
}

func boolQuery(occur string, qs []map[string]any) map[string]any {
	clauses := make([]any, len(qs))
	for i, q := range qs {
		clauses[i] = q
	}
	b := map[string]any{occur: clauses}
	if occur == "should" {
		b["minimum_should_match"] = 1
	}
	return map[string]any{"bool": b}
}
