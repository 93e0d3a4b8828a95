package estest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
)

// predicate reports whether a document matches.
type predicate func(h *hitDoc) bool

type searchRequest struct {
	Query          json.RawMessage   `json:"query"`
	Size           *int              `json:"size"`
	From           *int              `json:"from"`
	Sort           json.RawMessage   `json:"sort"`
	SearchAfter    []json.RawMessage `json:"search_after"`
	TrackTotalHits json.RawMessage   `json:"track_total_hits"`
	PIT            *pitRef           `json:"pit"`
}

// pitRef is the "pit" section of a search request.
type pitRef struct {
	ID        string `json:"id"`
	KeepAlive string `json:"keep_alive"`
}

type hitDoc struct {
	index string
	id    string
	seqNo int64
	raw   json.RawMessage
	src   map[string]any
	types map[string]string // the mapping of the index (field path -> type)
	shard int               // position of the index among the searched ones
	sortv []sortVal         // the hit's sort values, when the request sorts
}

func (s *Server) handleCount(w http.ResponseWriter, r *http.Request, target string) {
	s.count(func(c *Counters) { c.Count++ })
	_, pred, ok := readSearch(w, r)
	if !ok {
		return
	}
	hits, _, ok := s.matching(w, target, pred)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"count":   len(hits),
		"_shards": map[string]any{"total": 1, "successful": 1, "skipped": 0, "failed": 0},
	})
}

// defaultTrackTotalHits is how far Elasticsearch counts hits exactly when
// the request does not say.
const defaultTrackTotalHits = 10000

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
	track, err := parseTrackTotalHits(req.TrackTotalHits)
	if err != nil {
		writeError(w, http.StatusBadRequest, "x_content_parse_exception", err.Error())
		return
	}
	keys, err := parseSort(req.Sort)
	if err != nil {
		writeError(w, http.StatusBadRequest, "parsing_exception", err.Error())
		return
	}
	if len(req.SearchAfter) > 0 {
		switch {
		case len(keys) == 0:
			writeError(w, http.StatusBadRequest, "action_request_validation_exception",
				"Validation Failed: 1: [search_after] requires a sort;")
			return
		case len(req.SearchAfter) != len(keys):
			writeError(w, http.StatusBadRequest, "illegal_argument_exception",
				fmt.Sprintf("search_after has %d value(s) but sort has %d.", len(req.SearchAfter), len(keys)))
			return
		case from > 0:
			writeError(w, http.StatusBadRequest, "action_request_validation_exception",
				"Validation Failed: 1: [from] parameter must be set to 0 when [search_after] is used;")
			return
		}
	}

	var hits []hitDoc
	var nShards int
	pitID := ""
	if req.PIT != nil {
		if target != "" {
			writeError(w, http.StatusBadRequest, "action_request_validation_exception",
				"Validation Failed: 1: [indices] cannot be used with point in time. Do not specify any index with point in time.;")
			return
		}
		p, id, ok := s.usePIT(w, req.PIT)
		if !ok {
			return
		}
		key := string(req.Query) + "\x00" + string(req.Sort) + "\x00" + r.URL.Query().Get("q")
		hits, nShards, pitID = p.search(key, pred, keys), p.shards, id
	} else {
		for _, k := range keys {
			if k.field == "_shard_doc" {
				writeError(w, http.StatusBadRequest, "action_request_validation_exception",
					"Validation Failed: 1: [_shard_doc] sort field cannot be used without [point in time];")
				return
			}
		}
		if hits, nShards, ok = s.matching(w, target, pred); !ok {
			return
		}
		for i := range hits {
			hits[i].sortv = sortValues(keys, &hits[i])
		}
		sortHits(hits, keys)
	}
	total := len(hits)
	if len(req.SearchAfter) > 0 {
		after := afterValues(keys, req.SearchAfter, hits)
		i := sort.Search(len(hits), func(i int) bool { return compareSort(keys, hits[i].sortv, after) > 0 })
		hits = hits[i:]
	}
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
			sv := make([]any, len(h.sortv))
			for i, v := range h.sortv {
				sv[i] = v.value()
			}
			e["sort"] = sv
		}
		out = append(out, e)
	}
	var maxScore any = 1.0
	if len(keys) > 0 || total == 0 {
		maxScore = nil
	}
	hitsObj := map[string]any{"max_score": maxScore, "hits": out}
	if track >= 0 {
		if total > track {
			hitsObj["total"] = map[string]any{"value": track, "relation": "gte"}
		} else {
			hitsObj["total"] = map[string]any{"value": total, "relation": "eq"}
		}
	}
	resp := map[string]any{
		"took":      time.Since(start).Milliseconds(),
		"timed_out": false,
		"_shards":   map[string]any{"total": nShards, "successful": nShards, "skipped": 0, "failed": 0},
		"hits":      hitsObj,
	}
	if pitID != "" {
		resp["pit_id"] = pitID
	}
	writeJSON(w, http.StatusOK, resp)
}

// parseTrackTotalHits returns the count limit: -1 for false, MaxInt for true.
func parseTrackTotalHits(raw json.RawMessage) (int, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return defaultTrackTotalHits, nil
	}
	var b bool
	if json.Unmarshal(raw, &b) == nil {
		if b {
			return int(^uint(0) >> 1), nil
		}
		return -1, nil
	}
	var n int
	if err := json.Unmarshal(raw, &n); err != nil || n < -1 {
		return 0, fmt.Errorf("[track_total_hits] must be a boolean or a non-negative integer")
	}
	if n == -1 {
		return int(^uint(0) >> 1), nil
	}
	return n, nil
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
	pred := predicate(func(*hitDoc) bool { return true })
	if len(req.Query) > 0 {
		if pred, err = compileQuery(req.Query); err != nil {
			var qe *queryShardError
			if errors.As(err, &qe) {
				qe.write(w)
			} else {
				writeError(w, http.StatusBadRequest, "parsing_exception", err.Error())
			}
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
		pred = func(h *hitDoc) bool {
			return inner(h) && anyEqual(fieldValues(h.src, field), value)
		}
	}
	return req, pred, true
}

// matching returns the documents of the target indices that match pred, in
// index name then insertion order, and the number of indices searched.
func (s *Server) matching(w http.ResponseWriter, target string, pred predicate) ([]hitDoc, int, bool) {
	s.mu.Lock()
	if missing := s.missingConcrete(target); missing != "" {
		s.mu.Unlock()
		writeIndexNotFound(w, missing)
		return nil, 0, false
	}
	all, n := s.snapshot(target)
	s.mu.Unlock()

	out := all[:0]
	for _, h := range all {
		if h.src == nil {
			continue // not a JSON object (never stored)
		}
		if pred(&h) {
			out = append(out, h)
		}
	}
	return out, n, true
}

// snapshot lists the documents of the target indices (with their sources
// as decoded when written) in index name then insertion order, each with a copy of its
// index's mapping, and returns the number of indices. Must be called with
// s.mu held.
func (s *Server) snapshot(target string) ([]hitDoc, int) {
	var all []hitDoc
	indices := s.resolve(target)
	for shard, ix := range indices {
		types := make(map[string]string, len(ix.mappings))
		for k, v := range ix.mappings {
			types[k] = v
		}
		start := len(all)
		for id, d := range ix.docs {
			all = append(all, hitDoc{index: ix.name, id: id, seqNo: d.seqNo, raw: d.source, src: d.parsed, types: types, shard: shard})
		}
		part := all[start:]
		sort.Slice(part, func(i, j int) bool { return part[i].seqNo < part[j].seqNo })
	}
	return all, len(indices)
}

// compileQuery supports match_all, match_none, term, terms, match,
// match_phrase, exists, ids, range, bool (must, filter, should, must_not)
// and query_string (see compileQueryString).
func compileQuery(raw json.RawMessage) (predicate, error) {
	var q map[string]json.RawMessage
	if err := json.Unmarshal(raw, &q); err != nil || len(q) != 1 {
		return nil, fmt.Errorf("query malformed, expected a single query clause")
	}
	for kind, body := range q {
		switch kind {
		case "match_all":
			return func(*hitDoc) bool { return true }, nil
		case "match_none":
			return func(*hitDoc) bool { return false }, nil
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
				return func(h *hitDoc) bool {
					return anyMatchText(fieldValues(h.src, field), want)
				}, nil
			}
			return func(h *hitDoc) bool { return anyEqual(fieldValues(h.src, field), want) }, nil
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
				return func(h *hitDoc) bool {
					vals := fieldValues(h.src, field)
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
			return func(h *hitDoc) bool {
				for _, v := range fieldValues(h.src, e.Field) {
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
			return func(h *hitDoc) bool {
				for _, v := range e.Values {
					if v == h.id {
						return true
					}
				}
				return false
			}, nil
		case "range":
			return compileRange(body)
		case "bool":
			return compileBool(body)
		case "query_string":
			return compileQueryString(body)
		case "match_phrase":
			// As query_string's field:"phrase": by the field's mapping,
			// a text field's consecutive tokens, a keyword's whole value.
			field, val, err := singleField(body, kind)
			if err != nil {
				return nil, err
			}
			want, err := decodeScalar(val, kind)
			if err != nil {
				return nil, err
			}
			phrase := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(want)
			qs, _ := json.Marshal(map[string]string{"query": escapeQSField(field) + `:"` + phrase + `"`})
			return compileQueryString(qs)
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
		return func(h *hitDoc) bool {
			for _, v := range fieldValues(h.src, field) {
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
	return func(h *hitDoc) bool {
		for _, p := range clauses["must"] {
			if !p(h) {
				return false
			}
		}
		for _, p := range clauses["filter"] {
			if !p(h) {
				return false
			}
		}
		for _, p := range clauses["must_not"] {
			if p(h) {
				return false
			}
		}
		n := 0
		for _, p := range clauses["should"] {
			if p(h) {
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
// or a list of those. Options other than order (format, unmapped_type,
// missing, mode, numeric_type) are accepted and ignored.
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
			keys = append(keys, sortKey{field: f, desc: order == "desc" || order == "" && f == "_score"})
		}
	}
	return keys, nil
}

// sortVal is one sort value of a hit, typed as Elasticsearch reports it:
// dates as epoch milliseconds (nanoseconds for date_nanos), numbers as
// numbers, keywords as strings.
type sortVal struct {
	kind int8 // 0 missing, 1 integer, 2 float, 3 string
	i    int64
	f    float64
	s    string
}

const (
	svMissing int8 = iota
	svInt
	svFloat
	svString
)

func (v sortVal) value() any {
	switch v.kind {
	case svInt:
		return v.i
	case svFloat:
		return v.f
	case svString:
		return v.s
	}
	return nil
}

func (v sortVal) float() float64 {
	if v.kind == svInt {
		return float64(v.i)
	}
	return v.f
}

// cmpVal orders two present values: numbers before strings.
func cmpVal(a, b sortVal) int {
	an, bn := a.kind != svString, b.kind != svString
	switch {
	case an && bn:
		if a.kind == svInt && b.kind == svInt {
			switch {
			case a.i < b.i:
				return -1
			case a.i > b.i:
				return 1
			}
			return 0
		}
		switch fa, fb := a.float(), b.float(); {
		case fa < fb:
			return -1
		case fa > fb:
			return 1
		}
		return 0
	case an:
		return -1
	case bn:
		return 1
	}
	return strings.Compare(a.s, b.s)
}

// compareSort compares two sort value lists under keys; missing values
// sort last whatever the order, as Elasticsearch's default "missing: _last".
func compareSort(keys []sortKey, a, b []sortVal) int {
	for i, k := range keys {
		x, y := a[i], b[i]
		if x.kind == svMissing || y.kind == svMissing {
			if x.kind == y.kind {
				continue
			}
			if x.kind == svMissing {
				return 1
			}
			return -1
		}
		c := cmpVal(x, y)
		if c == 0 {
			continue
		}
		if k.desc {
			return -c
		}
		return c
	}
	return 0
}

func sortHits(hits []hitDoc, keys []sortKey) {
	if len(keys) == 0 {
		return
	}
	sort.SliceStable(hits, func(i, j int) bool { return compareSort(keys, hits[i].sortv, hits[j].sortv) < 0 })
}

// sortValues computes the sort values of h (whose source is parsed). A
// multi-valued field sorts by its minimum ascending, maximum descending.
func sortValues(keys []sortKey, h *hitDoc) []sortVal {
	if len(keys) == 0 {
		return nil
	}
	out := make([]sortVal, len(keys))
	for i, k := range keys {
		switch k.field {
		case "_shard_doc", "_doc":
			out[i] = sortVal{kind: svInt, i: int64(h.shard)<<32 | h.seqNo}
		case "_id":
			out[i] = sortVal{kind: svString, s: h.id}
		case "_index":
			out[i] = sortVal{kind: svString, s: h.index}
		case "_score":
			out[i] = sortVal{kind: svFloat, f: 1}
		default:
			typ := h.types[k.field]
			best := sortVal{}
			for _, v := range fieldValues(h.src, k.field) {
				sv := typedSortVal(typ, v)
				if sv.kind == svMissing {
					continue
				}
				if best.kind == svMissing {
					best = sv
				} else if c := cmpVal(sv, best); !k.desc && c < 0 || k.desc && c > 0 {
					best = sv
				}
			}
			out[i] = best
		}
	}
	return out
}

// typedSortVal converts a source value to the sort value of a field of type typ.
func typedSortVal(typ string, v any) sortVal {
	switch typ {
	case "date", "date_nanos":
		switch x := v.(type) {
		case string:
			t, ok := parseDate(x)
			if !ok {
				return sortVal{}
			}
			if typ == "date_nanos" {
				return sortVal{kind: svInt, i: t.UnixNano()}
			}
			return sortVal{kind: svInt, i: t.UnixMilli()}
		case json.Number:
			if n, err := x.Int64(); err == nil {
				return sortVal{kind: svInt, i: n}
			}
		}
		return sortVal{}
	case "long", "integer", "short", "byte", "unsigned_long",
		"double", "float", "half_float", "scaled_float":
		var n json.Number
		switch x := v.(type) {
		case json.Number:
			n = x
		case string:
			n = json.Number(x)
		default:
			return sortVal{}
		}
		if i, err := n.Int64(); err == nil {
			return sortVal{kind: svInt, i: i}
		}
		if f, err := n.Float64(); err == nil {
			return sortVal{kind: svFloat, f: f}
		}
		return sortVal{}
	case "boolean":
		if b, ok := v.(bool); ok {
			if b {
				return sortVal{kind: svInt, i: 1}
			}
			return sortVal{kind: svInt, i: 0}
		}
		return sortVal{}
	}
	if typ == "" { // unmapped: numbers stay numbers
		if n, ok := v.(json.Number); ok {
			return typedSortVal("double", n)
		}
	}
	if s, ok := scalarString(v); ok {
		return sortVal{kind: svString, s: s}
	}
	return sortVal{}
}

// parseDate parses the date forms the fake understands: RFC 3339 with
// optional fraction, a date and time without zone (UTC), or a date.
func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// afterValues converts search_after values to sort values, reading date
// strings as dates where the sort field is a date in the searched indices.
func afterValues(keys []sortKey, raw []json.RawMessage, hits []hitDoc) []sortVal {
	out := make([]sortVal, len(keys))
	for i, k := range keys {
		dec := json.NewDecoder(bytes.NewReader(raw[i]))
		dec.UseNumber()
		var v any
		if dec.Decode(&v) != nil || v == nil {
			continue
		}
		typ := ""
		for j := range hits {
			if t := hits[j].types[k.field]; t != "" {
				typ = t
				break
			}
		}
		switch x := v.(type) {
		case json.Number:
			out[i] = typedSortVal("double", x)
		case string:
			if typ == "date" || typ == "date_nanos" {
				out[i] = typedSortVal(typ, x)
			} else {
				out[i] = sortVal{kind: svString, s: x}
			}
		case bool:
			out[i] = typedSortVal("boolean", x)
		}
	}
	return out
}

// escapeQSField escapes the query_string syntax in a field name.
func escapeQSField(f string) string {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if strings.IndexByte(`+-=&|><!(){}[]^"~*?:\/ `, f[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(f[i])
	}
	return b.String()
}
