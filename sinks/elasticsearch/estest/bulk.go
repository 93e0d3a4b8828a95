package estest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"
)

// bulkResult is one entry of a bulk response, in Elasticsearch's field order.
type bulkResult struct {
	Index       string         `json:"_index"`
	ID          string         `json:"_id"`
	Version     int64          `json:"_version,omitempty"`
	Result      string         `json:"result,omitempty"`
	Shards      map[string]any `json:"_shards,omitempty"`
	SeqNo       *int64         `json:"_seq_no,omitempty"`
	PrimaryTerm int64          `json:"_primary_term,omitempty"`
	Status      int            `json:"status"`
	Error       *itemError     `json:"error,omitempty"`
}

type itemError struct {
	Type     string     `json:"type"`
	Reason   string     `json:"reason"`
	Index    string     `json:"index,omitempty"`
	Shard    string     `json:"shard,omitempty"`
	IndexID  string     `json:"index_uuid,omitempty"`
	CausedBy *itemError `json:"caused_by,omitempty"`
}

type bulkAction struct {
	op     string
	index  string
	id     string
	source []byte
}

func (s *Server) handleBulk(w http.ResponseWriter, r *http.Request, pathIndex string) {
	start := time.Now()
	s.mu.Lock()
	s.counters.Bulk++
	gate := s.gate
	s.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-r.Context().Done():
			return
		}
	}

	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, "parse_exception", "cannot read request body")
		return
	}
	actions, status, typ, reason := parseBulk(body, pathIndex)
	if status != 0 {
		writeError(w, status, typ, reason)
		return
	}

	s.mu.Lock()
	s.counters.BulkItems += len(actions)
	items := make([]map[string]*bulkResult, len(actions))
	errors := false
	for i := range actions {
		res := s.apply(&actions[i])
		if res.Error != nil {
			errors = true
		}
		items[i] = map[string]*bulkResult{actions[i].op: res}
	}
	s.mu.Unlock()

	writeJSON(w, http.StatusOK, map[string]any{
		"errors": errors,
		"took":   time.Since(start).Milliseconds(),
		"items":  items,
	})
}

// parseBulk splits an NDJSON bulk body into actions. A non-zero status
// means the whole request is invalid.
func parseBulk(body []byte, pathIndex string) (actions []bulkAction, status int, typ, reason string) {
	if len(body) == 0 {
		return nil, http.StatusBadRequest, "action_request_validation_exception",
			"Validation Failed: 1: no requests added;"
	}
	if body[len(body)-1] != '\n' {
		return nil, http.StatusBadRequest, "illegal_argument_exception",
			"The bulk request must be terminated by a newline [\\n]"
	}
	lines := bytes.Split(body[:len(body)-1], []byte("\n"))
	for n := 0; n < len(lines); n++ {
		line := bytes.TrimSpace(lines[n])
		if len(line) == 0 {
			continue
		}
		var meta map[string]struct {
			Index *string `json:"_index"`
			ID    *string `json:"_id"`
		}
		if err := json.Unmarshal(line, &meta); err != nil || len(meta) != 1 {
			return nil, http.StatusBadRequest, "illegal_argument_exception",
				fmt.Sprintf("Malformed action/metadata line [%d], expected START_OBJECT with a single action", n+1)
		}
		var a bulkAction
		for op, m := range meta {
			switch op {
			case "index", "create", "update", "delete":
			default:
				return nil, http.StatusBadRequest, "illegal_argument_exception",
					fmt.Sprintf("Malformed action/metadata line [%d], expected field [create], [delete], [index] or [update] but found [%s]", n+1, op)
			}
			a.op = op
			a.index = pathIndex
			if m.Index != nil {
				a.index = *m.Index
			}
			if m.ID != nil {
				a.id = *m.ID
			}
		}
		if a.index == "" {
			return nil, http.StatusBadRequest, "action_request_validation_exception",
				"Validation Failed: 1: index is missing;"
		}
		if a.op == "delete" || a.op == "update" {
			if a.id == "" {
				return nil, http.StatusBadRequest, "action_request_validation_exception",
					"Validation Failed: 1: id is missing;"
			}
		}
		if a.op != "delete" {
			n++
			if n >= len(lines) {
				return nil, http.StatusBadRequest, "illegal_argument_exception",
					fmt.Sprintf("The bulk request must be terminated by a newline [\\n] (action on line [%d] has no source)", n)
			}
			a.source = bytes.TrimSpace(lines[n])
		}
		actions = append(actions, a)
	}
	if len(actions) == 0 {
		return nil, http.StatusBadRequest, "action_request_validation_exception",
			"Validation Failed: 1: no requests added;"
	}
	return actions, 0, "", ""
}

// apply executes one bulk action. Must be called with s.mu held.
func (s *Server) apply(a *bulkAction) *bulkResult {
	res := &bulkResult{Index: a.index, ID: a.id}
	fail := func(status int, typ, reason string, cause *itemError) *bulkResult {
		res.Status = status
		res.Error = &itemError{Type: typ, Reason: reason, Index: a.index, CausedBy: cause}
		return res
	}

	if a.id == "" {
		s.autoID++
		a.id = fmt.Sprintf("estest-%012d", s.autoID)
		res.ID = a.id
	}
	key := a.index + "\x00" + a.id
	s.attempts[key]++
	if s.itemFault != nil {
		if code := s.itemFault(a.index, a.id, s.attempts[key]); code != 0 {
			s.counters.ItemFaults++
			typ, reason := faultError(code)
			return fail(code, typ, reason, nil)
		}
	}
	if s.reject.fails(a.index, a.id, s.attempts[key]) {
		s.counters.ItemFaults++
		typ, reason := faultError(s.reject.status)
		return fail(s.reject.status, typ, reason, nil)
	}
	if why := invalidIndexName(a.index); why != "" {
		return fail(http.StatusBadRequest, "invalid_index_name_exception",
			fmt.Sprintf("Invalid index name [%s], %s", a.index, why), nil)
	}

	ix, ok := s.indices[a.index]
	if !ok {
		if a.op == "delete" {
			res.Result, res.Status, res.Version = "not_found", http.StatusNotFound, 1
			s.finishWrite(res, nil)
			return res
		}
		ix = s.createIndex(a.index)
	}

	switch a.op {
	case "delete":
		d, ok := ix.docs[a.id]
		if !ok {
			res.Result, res.Status = "not_found", http.StatusNotFound
			res.Version = 1
			s.finishWrite(res, ix)
			return res
		}
		delete(ix.docs, a.id)
		res.Result, res.Status, res.Version = "deleted", http.StatusOK, d.version+1
		s.finishWrite(res, ix)
		return res
	case "update":
		var u struct {
			Doc         json.RawMessage `json:"doc"`
			DocAsUpsert bool            `json:"doc_as_upsert"`
		}
		if err := json.Unmarshal(a.source, &u); err != nil || len(u.Doc) == 0 {
			return fail(http.StatusBadRequest, "action_request_validation_exception",
				"Validation Failed: 1: script or doc is missing;", nil)
		}
		old, exists := ix.docs[a.id]
		if !exists && !u.DocAsUpsert {
			return fail(http.StatusNotFound, "document_missing_exception",
				fmt.Sprintf("[%s]: document missing", a.id), nil)
		}
		merged := u.Doc
		if exists {
			m, err := mergeJSON(old.source, u.Doc)
			if err != nil {
				return fail(http.StatusBadRequest, "document_parsing_exception", "failed to parse", nil)
			}
			if bytes.Equal(m, old.source) {
				res.Result, res.Status, res.Version = "noop", http.StatusOK, old.version
				seq := old.seqNo
				res.SeqNo = &seq
				res.PrimaryTerm = 1
				res.Shards = shards(0, 0, 0)
				return res
			}
			merged = m
		}
		a.source = merged
	case "create":
		if d, ok := ix.docs[a.id]; ok {
			return fail(http.StatusConflict, "version_conflict_engine_exception",
				fmt.Sprintf("[%s]: version conflict, document already exists (current version [%d])", a.id, d.version), nil)
		}
	}

	// index, create, update: parse and map the source.
	source, perr := parseSource(a.source)
	if perr != nil {
		return fail(http.StatusBadRequest, "document_parsing_exception", perr.Error(),
			&itemError{Type: "json_parse_exception", Reason: "Unexpected character or end of input"})
	}
	updates, merr := checkMapping(ix, a.id, source)
	if merr != nil {
		return fail(http.StatusBadRequest, merr.typ, merr.reason, merr.cause)
	}
	for k, v := range updates {
		ix.mappings[k] = v
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, a.source); err != nil {
		return fail(http.StatusBadRequest, "document_parsing_exception", "failed to parse", nil)
	}
	old, exists := ix.docs[a.id]
	d := &doc{source: compact.Bytes(), parsed: source, version: 1}
	res.Result, res.Status = "created", http.StatusCreated
	if exists {
		d.version = old.version + 1
		res.Result, res.Status = "updated", http.StatusOK
	}
	ix.docs[a.id] = d
	res.Version = d.version
	s.finishWrite(res, ix)
	d.seqNo = *res.SeqNo
	return res
}

// finishWrite fills in the sequence number and shard header of a write.
func (s *Server) finishWrite(res *bulkResult, ix *index) {
	var seq int64
	if ix != nil {
		seq = ix.seqNo
		ix.seqNo++
	}
	res.SeqNo = &seq
	res.PrimaryTerm = 1
	res.Shards = shards(2, 1, 0)
}

// parseSource decodes a document source, which must be a JSON object.
func parseSource(src []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("[1:1] failed to parse: %s", "malformed JSON")
	}
	if dec.More() {
		return nil, fmt.Errorf("[1:1] failed to parse: %s", "trailing content after document")
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("[1:1] failed to parse: %s", "document must be a JSON object")
	}
	return m, nil
}

// mergeJSON merges patch into base recursively (objects merge, everything
// else replaces), as a partial-document update does.
func mergeJSON(base, patch []byte) ([]byte, error) {
	var b, p map[string]any
	if err := json.Unmarshal(base, &b); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(patch, &p); err != nil {
		return nil, err
	}
	mergeMaps(b, p)
	out, err := json.Marshal(b)
	if err != nil {
		return nil, err
	}
	var c bytes.Buffer
	if err := json.Compact(&c, base); err == nil && bytes.Equal(c.Bytes(), out) {
		return c.Bytes(), nil
	}
	return out, nil
}

func mergeMaps(dst, src map[string]any) {
	for k, v := range src {
		if sm, ok := v.(map[string]any); ok {
			if dm, ok := dst[k].(map[string]any); ok {
				mergeMaps(dm, sm)
				continue
			}
		}
		dst[k] = v
	}
}

// numberString renders a JSON number the way term comparison needs it.
func numberString(n json.Number) string {
	if i, err := strconv.ParseInt(string(n), 10, 64); err == nil {
		return strconv.FormatInt(i, 10)
	}
	if f, err := strconv.ParseFloat(string(n), 64); err == nil {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	return string(n)
}

// handleDoc serves the single-document API: GET, HEAD, PUT/POST (index)
// and DELETE /{index}/_doc/{id}, and POST /{index}/_doc (generated id).
func (s *Server) handleDoc(w http.ResponseWriter, r *http.Request, indexName, id string) {
	s.count(func(c *Counters) { c.Index++ })
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		if id == "" {
			writeError(w, http.StatusMethodNotAllowed, "illegal_argument_exception", "document id is required")
			return
		}
		s.mu.Lock()
		ix, ok := s.indices[indexName]
		var d *doc
		if ok {
			d = ix.docs[id]
		}
		var out map[string]any
		if d != nil {
			out = map[string]any{"_index": indexName, "_id": id, "_version": d.version, "_seq_no": d.seqNo,
				"_primary_term": 1, "found": true, "_source": json.RawMessage(append([]byte(nil), d.source...))}
		}
		s.mu.Unlock()
		switch {
		case !ok:
			if r.Method == http.MethodHead {
				w.WriteHeader(http.StatusNotFound)
				return
			}
			writeIndexNotFound(w, indexName)
		case d == nil:
			if r.Method == http.MethodHead {
				w.WriteHeader(http.StatusNotFound)
				return
			}
			writeJSON(w, http.StatusNotFound, map[string]any{"_index": indexName, "_id": id, "found": false})
		case r.Method == http.MethodHead:
			w.WriteHeader(http.StatusOK)
		default:
			writeJSON(w, http.StatusOK, out)
		}
	case http.MethodPut, http.MethodPost, http.MethodDelete:
		a := bulkAction{op: "index", index: indexName, id: id}
		if r.Method == http.MethodDelete {
			a.op = "delete"
		} else {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				writeError(w, http.StatusBadRequest, "parse_exception", "cannot read request body")
				return
			}
			a.source = bytes.TrimSpace(body)
		}
		if a.op == "delete" && id == "" || r.Method == http.MethodPut && id == "" {
			writeError(w, http.StatusMethodNotAllowed, "illegal_argument_exception", "document id is required")
			return
		}
		s.mu.Lock()
		res := s.apply(&a)
		s.mu.Unlock()
		if res.Error != nil {
			writeJSON(w, res.Status, map[string]any{"error": errorObject(res.Error.Type, res.Error.Reason), "status": res.Status})
			return
		}
		writeJSON(w, res.Status, res)
	default:
		writeError(w, http.StatusMethodNotAllowed, "illegal_argument_exception", "method not allowed")
	}
}
