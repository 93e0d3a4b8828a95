package estest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
)

// predicate reports whether a document (id and parsed source) matches.
type predicate func(id string, src map[string]any) bool

type searchRequest struct {
	Query json.RawMessage `json:"query"`
	Size  *int            `json:"size"`
	From  *int            `json:"from"`
	Sort  json.RawMessage `json:"sort"`
}

type hitDoc struct {
	index string
	id    string
	seqNo int64
	raw   json.RawMessage
	src   map[string]any
}

func (s *Server) handleCount(w http.ResponseWriter, r *http.Request, target string) {
	s.count(func(c *Counters) { c.Count++ })
	_, pred, ok := readSearch(w, r)
	if !ok {
		return
	}
	hits, ok := s.matching(w, target, pred)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"count":   len(hits),
		"_shards": map[string]any{"total": 1, "successful": 1, "skipped": 0, "failed": 0},
	})
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request, target string) {
	start := time.Now()
	s.count(func(c *Counters) { c.Search++ })
	req, pred, ok := readSearch(w, r)
	if !ok {
		return
	}
	size, from := 10, 0
	if req.Size != nil {
		size = *req.Size
	}
	if req.From != nil {
		from = *req.From
	}
	var err error
	if size, err = queryInt(r, "size", size); err != nil {
		writeError(w, http.StatusBadRequest, "illegal_argument_exception", "Failed to parse int parameter [size]")
		return
	}
	if from, err = queryInt(r, "from", from); err != nil {
		writeError(w, http.StatusBadRequest, "illegal_argument_exception", "Failed to parse int parameter [from]")
		return
	}
	if size < 0 || from < 0 {
		writeError(w, http.StatusBadRequest, "illegal_argument_exception", "[from] and [size] must not be negative")
		return
	}
	keys, err := parseSort(req.Sort)
	if err != nil {
		writeError(w, http.StatusBadRequest, "parsing_exception", err.Error())
		return
	}
	hits, ok := s.matching(w, target, pred)
	if !ok {
		return
	}
	if len(keys) > 0 {
		sort.SliceStable(hits, func(i, j int) bool { return lessBy(keys, hits[i], hits[j]) })
	}
	total := len(hits)
	if from > len(hits) {
		from = len(hits)
	}
	hits = hits[from:]
	if size < len(hits) {
		hits = hits[:size]
	}
	out := make([]map[string]any, 0, len(hits))
	for _, h := range hits {
		e := map[string]any{"_index": h.index, "_id": h.id, "_score": 1.0, "_source": h.raw}
		if len(keys) > 0 {
			e["_score"] = nil
			var sv []any
			for _, k := range keys {
				vals := fieldValues(h.src, k.field)
				if len(vals) == 0 {
					sv = append(sv, nil)
				} else {
					sv = append(sv, vals[0])
				}
			}
			e["sort"] = sv
		}
		out = append(out, e)
	}
	var maxScore any = 1.0
	if len(keys) > 0 || total == 0 {
		maxScore = nil
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"took":      time.Since(start).Milliseconds(),
		"timed_out": false,
		"_shards":   map[string]any{"total": 1, "successful": 1, "skipped": 0, "failed": 0},
		"hits": map[string]any{
			"total":     map[string]any{"value": total, "relation": "eq"},
			"max_score": maxScore,
			"hits":      out,
		},
	})
}

// readSearch decodes the request body and the q parameter into a predicate.
func readSearch(w http.ResponseWriter, r *http.Request) (searchRequest, predicate, bool) {
	var req searchRequest
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, "parse_exception", "cannot read request body")
		return req, nil, false
	}
	if len(bytes.TrimSpace(body)) > 0 {
		if err := json.Unmarshal(body, &req); err != nil {
			writeError(w, http.StatusBadRequest, "x_content_parse_exception", "failed to parse search request")
			return req, nil, false
		}
	}
	pred := predicate(func(string, map[string]any) bool { return true })
	if len(req.Query) > 0 {
		if pred, err = compileQuery(req.Query); err != nil {
			writeError(w, http.StatusBadRequest, "parsing_exception", err.Error())
			return req, nil, false
		}
	}
	if q := r.URL.Query().Get("q"); q != "" {
		field, value, found := strings.Cut(q, ":")
		if !found {
			writeError(w, http.StatusBadRequest, "parsing_exception", "the fake supports only q=field:value")
			return req, nil, false
		}
		inner := pred
		pred = func(id string, src map[string]any) bool {
			return inner(id, src) && anyEqual(fieldValues(src, field), value)
		}
	}
	return req, pred, true
}

// matching returns the documents of the target indices that match pred, in
// index name then insertion order.
func (s *Server) matching(w http.ResponseWriter, target string, pred predicate) ([]hitDoc, bool) {
	s.mu.Lock()
	if missing := s.missingConcrete(target); missing != "" {
		s.mu.Unlock()
		writeIndexNotFound(w, missing)
		return nil, false
	}
	var all []hitDoc
	for _, ix := range s.resolve(target) {
		start := len(all)
		for id, d := range ix.docs {
			all = append(all, hitDoc{index: ix.name, id: id, seqNo: d.seqNo, raw: d.source})
		}
		part := all[start:]
		sort.Slice(part, func(i, j int) bool { return part[i].seqNo < part[j].seqNo })
	}
	s.mu.Unlock()

	out := all[:0]
	for _, h := range all {
		src, err := parseSource(h.raw)
		if err != nil {
			continue
		}
		h.src = src
		if pred(h.id, src) {
			out = append(out, h)
		}
	}
	return out, true
}

// compileQuery supports match_all, match_none, term, terms, match, exists,
// ids, range and bool (must, filter, should, must_not).
func compileQuery(raw json.RawMessage) (predicate, error) {
	var q map[string]json.RawMessage
	if err := json.Unmarshal(raw, &q); err != nil || len(q) != 1 {
		return nil, fmt.Errorf("query malformed, expected a single query clause")
	}
	for kind, body := range q {
		switch kind {
		case "match_all":
			return func(string, map[string]any) bool { return true }, nil
		case "match_none":
			return func(string, map[string]any) bool { return false }, nil
		case "term", "match":
			field, val, err := singleField(body, kind)
			if err != nil {
				return nil, err
			}
			want, err := decodeScalar(val, kind)
			if err != nil {
				return nil, err
			}
			if kind == "match" {
				return func(_ string, src map[string]any) bool {
					return anyMatchText(fieldValues(src, field), want)
				}, nil
			}
			return func(_ string, src map[string]any) bool { return anyEqual(fieldValues(src, field), want) }, nil
		case "terms":
			var m map[string][]json.RawMessage
			if err := json.Unmarshal(body, &m); err != nil || len(m) != 1 {
				return nil, fmt.Errorf("[terms] query malformed")
			}
			for field, list := range m {
				var wants []string
				for _, v := range list {
					s, err := scalarJSON(v)
					if err != nil {
						return nil, fmt.Errorf("[terms] query malformed: %w", err)
					}
					wants = append(wants, s)
				}
				return func(_ string, src map[string]any) bool {
					vals := fieldValues(src, field)
					for _, w := range wants {
						if anyEqual(vals, w) {
							return true
						}
					}
					return false
				}, nil
			}
		case "exists":
			var e struct {
				Field string `json:"field"`
			}
			if err := json.Unmarshal(body, &e); err != nil || e.Field == "" {
				return nil, fmt.Errorf("[exists] query malformed, no field specified")
			}
			return func(_ string, src map[string]any) bool {
				for _, v := range fieldValues(src, e.Field) {
					if v != nil {
						return true
					}
				}
				return false
			}, nil
		case "ids":
			var e struct {
				Values []string `json:"values"`
			}
			if err := json.Unmarshal(body, &e); err != nil {
				return nil, fmt.Errorf("[ids] query malformed")
			}
			return func(id string, _ map[string]any) bool {
				for _, v := range e.Values {
					if v == id {
						return true
					}
				}
				return false
			}, nil
		case "range":
			return compileRange(body)
		case "bool":
			return compileBool(body)
		default:
			return nil, fmt.Errorf("unknown query [%s]", kind)
		}
	}
	return nil, fmt.Errorf("query malformed")
}

func singleField(body json.RawMessage, kind string) (string, json.RawMessage, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil || len(m) != 1 {
		return "", nil, fmt.Errorf("[%s] query malformed, expected a single field", kind)
	}
	for f, v := range m {
		return f, v, nil
	}
	return "", nil, fmt.Errorf("[%s] query malformed", kind)
}

// decodeScalar accepts "v" or {"value"|"query": "v"}.
func decodeScalar(val json.RawMessage, kind string) (string, error) {
	if s, err := scalarJSON(val); err == nil {
		return s, nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(val, &obj); err != nil {
		return "", fmt.Errorf("[%s] query malformed", kind)
	}
	for _, key := range []string{"value", "query"} {
		if v, ok := obj[key]; ok {
			return scalarJSON(v)
		}
	}
	return "", fmt.Errorf("[%s] query malformed, no value specified", kind)
}

// scalarJSON renders a JSON scalar as the string terms are compared with.
func scalarJSON(v json.RawMessage) (string, error) {
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.UseNumber()
	var x any
	if err := dec.Decode(&x); err != nil {
		return "", err
	}
	s, ok := scalarString(x)
	if !ok {
		return "", fmt.Errorf("expected a scalar value")
	}
	return s, nil
}

func scalarString(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case json.Number:
		return numberString(x), true
	case bool:
		return strconv.FormatBool(x), true
	}
	return "", false
}

func anyEqual(vals []any, want string) bool {
	for _, v := range vals {
		if s, ok := scalarString(v); ok {
			if s == want {
				return true
			}
			if n, ok := v.(json.Number); ok {
				if f, err := strconv.ParseFloat(want, 64); err == nil {
					if g, err := n.Float64(); err == nil && f == g {
						return true
					}
				}
			}
		}
	}
	return false
}

// anyMatchText reports whether any query token occurs as a token of a value
// (lowercased, split on non-alphanumerics), a rough full-text match.
func anyMatchText(vals []any, query string) bool {
	qt := tokens(query)
	for _, v := range vals {
		s, ok := scalarString(v)
		if !ok {
			continue
		}
		have := map[string]bool{}
		for _, t := range tokens(s) {
			have[t] = true
		}
		for _, t := range qt {
			if have[t] {
				return true
			}
		}
	}
	return false
}

func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
}

// fieldValues returns the values at a dotted path, following nested
// objects, dotted keys and arrays.
func fieldValues(m map[string]any, path string) []any {
	var out []any
	var walk func(v any, rest string)
	walk = func(v any, rest string) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, rest)
			}
			return
		case map[string]any:
			if rest == "" {
				out = append(out, x)
				return
			}
			for i := 0; i <= len(rest); i++ {
				if i < len(rest) && rest[i] != '.' {
					continue
				}
				if child, ok := x[rest[:i]]; ok {
					next := ""
					if i < len(rest) {
						next = rest[i+1:]
					}
					walk(child, next)
				}
			}
			return
		default:
			if rest == "" {
				out = append(out, x)
			}
		}
	}
	walk(m, path)
	return out
}

func compileRange(body json.RawMessage) (predicate, error) {
	var m map[string]map[string]json.RawMessage
	if err := json.Unmarshal(body, &m); err != nil || len(m) != 1 {
		return nil, fmt.Errorf("[range] query malformed")
	}
	for field, bounds := range m {
		type bound struct {
			op  string
			val string
		}
		var bs []bound
		for op, raw := range bounds {
			switch op {
			case "gt", "gte", "lt", "lte":
				v, err := scalarJSON(raw)
				if err != nil {
					return nil, fmt.Errorf("[range] query malformed: %w", err)
				}
				bs = append(bs, bound{op, v})
			case "format", "time_zone", "boost":
			default:
				return nil, fmt.Errorf("[range] query does not support [%s]", op)
			}
		}
		return func(_ string, src map[string]any) bool {
			for _, v := range fieldValues(src, field) {
				s, ok := scalarString(v)
				if !ok {
					continue
				}
				all := true
				for _, b := range bs {
					c := compareValues(s, b.val)
					switch b.op {
					case "gt":
						all = all && c > 0
					case "gte":
						all = all && c >= 0
					case "lt":
						all = all && c < 0
					case "lte":
						all = all && c <= 0
					}
				}
				if all {
					return true
				}
			}
			return false
		}, nil
	}
	return nil, fmt.Errorf("[range] query malformed")
}

// compareValues compares numerically, then as dates, then as strings.
func compareValues(a, b string) int {
	fa, ea := strconv.ParseFloat(a, 64)
	fb, eb := strconv.ParseFloat(b, 64)
	if ea == nil && eb == nil {
		switch {
		case fa < fb:
			return -1
		case fa > fb:
			return 1
		}
		return 0
	}
	ta, ea := time.Parse(time.RFC3339Nano, a)
	tb, eb := time.Parse(time.RFC3339Nano, b)
	if ea == nil && eb == nil {
		return ta.Compare(tb)
	}
	return strings.Compare(a, b)
}

func compileBool(body json.RawMessage) (predicate, error) {
	var b map[string]json.RawMessage
	if err := json.Unmarshal(body, &b); err != nil {
		return nil, fmt.Errorf("[bool] query malformed")
	}
	clauses := map[string][]predicate{}
	minShould := -1
	for key, raw := range b {
		switch key {
		case "must", "filter", "should", "must_not":
			var list []json.RawMessage
			if len(bytes.TrimSpace(raw)) > 0 && bytes.TrimSpace(raw)[0] == '{' {
				list = []json.RawMessage{raw}
			} else if err := json.Unmarshal(raw, &list); err != nil {
				return nil, fmt.Errorf("[bool] query malformed in [%s]", key)
			}
			for _, q := range list {
				p, err := compileQuery(q)
				if err != nil {
					return nil, err
				}
				clauses[key] = append(clauses[key], p)
			}
		case "minimum_should_match":
			n, err := strconv.Atoi(strings.Trim(string(raw), `"`))
			if err != nil {
				return nil, fmt.Errorf("[bool] minimum_should_match must be an integer in the fake")
			}
			minShould = n
		case "boost":
		default:
			return nil, fmt.Errorf("[bool] query does not support [%s]", key)
		}
	}
	if minShould < 0 {
		minShould = 0
		if len(clauses["must"]) == 0 && len(clauses["filter"]) == 0 && len(clauses["should"]) > 0 {
			minShould = 1
		}
	}
	return func(id string, src map[string]any) bool {
		for _, p := range clauses["must"] {
			if !p(id, src) {
				return false
			}
		}
		for _, p := range clauses["filter"] {
			if !p(id, src) {
				return false
			}
		}
		for _, p := range clauses["must_not"] {
			if p(id, src) {
				return false
			}
		}
		n := 0
		for _, p := range clauses["should"] {
			if p(id, src) {
				n++
			}
		}
		return n >= minShould
	}, nil
}

type sortKey struct {
	field string
	desc  bool
}

// parseSort accepts "field", {"field":"asc|desc"}, {"field":{"order":..}}
// or a list of those.
func parseSort(raw json.RawMessage) ([]sortKey, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return nil, nil
	}
	var list []json.RawMessage
	if raw[0] == '[' {
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, fmt.Errorf("[sort] malformed")
		}
	} else {
		list = []json.RawMessage{raw}
	}
	var keys []sortKey
	for _, e := range list {
		var name string
		if json.Unmarshal(e, &name) == nil {
			keys = append(keys, sortKey{field: name, desc: name == "_score"})
			continue
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(e, &m); err != nil || len(m) != 1 {
			return nil, fmt.Errorf("[sort] malformed")
		}
		for f, o := range m {
			var order string
			if json.Unmarshal(o, &order) != nil {
				var obj struct {
					Order string `json:"order"`
				}
				if err := json.Unmarshal(o, &obj); err != nil {
					return nil, fmt.Errorf("[sort] malformed")
				}
				order = obj.Order
			}
			if order != "" && order != "asc" && order != "desc" {
				return nil, fmt.Errorf("[sort] unknown order [%s]", order)
			}
			keys = append(keys, sortKey{field: f, desc: order == "desc"})
		}
	}
	return keys, nil
}

func lessBy(keys []sortKey, a, b hitDoc) bool {
	for _, k := range keys {
		va, vb := fieldValues(a.src, k.field), fieldValues(b.src, k.field)
		if k.field == "_id" {
			va, vb = []any{a.id}, []any{b.id}
		}
		// missing values sort last in either direction
		switch {
		case len(va) == 0 && len(vb) == 0:
			continue
		case len(va) == 0:
			return false
		case len(vb) == 0:
			return true
		}
		sa, _ := scalarString(va[0])
		sb, _ := scalarString(vb[0])
		c := compareValues(sa, sb)
		if c == 0 {
			continue
		}
		if k.desc {
			return c > 0
		}
		return c < 0
	}
	return false
}
