package estest

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// pit is an open point in time: a snapshot of the documents of its indices
// as they were when it was opened. Documents indexed, updated or deleted
// afterwards do not change what searches through it see.
type pit struct {
	num     int64
	gen     int64 // bumped by every search, as Elasticsearch may return a new id
	expires time.Time
	shards  int

	mu       sync.Mutex // guards docs' parsed sources and the cache
	docs     []hitDoc
	parsed   bool
	cacheKey string
	cache    []hitDoc // sorted matches of the last query and sort seen
}

// pitIDPrefix starts the decoded form of every point-in-time id.
const pitIDPrefix = "estest-pit:"

func encodePITID(num, gen int64) string {
	return base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("%s%d:%d", pitIDPrefix, num, gen)))
}

// decodePITID returns the point-in-time number of an id of any generation.
func decodePITID(id string) (int64, bool) {
	b, err := base64.StdEncoding.DecodeString(id)
	if err != nil || !strings.HasPrefix(string(b), pitIDPrefix) {
		return 0, false
	}
	numStr, _, ok := strings.Cut(strings.TrimPrefix(string(b), pitIDPrefix), ":")
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(numStr, 10, 64)
	return n, err == nil
}

// parseTimeValue parses an Elasticsearch time value such as "2m", "30s",
// "500ms", "1h" or "1d".
func parseTimeValue(s string) (time.Duration, error) {
	units := []struct {
		suffix string
		unit   time.Duration
	}{{"nanos", time.Nanosecond}, {"micros", time.Microsecond}, {"ms", time.Millisecond},
		{"s", time.Second}, {"m", time.Minute}, {"h", time.Hour}, {"d", 24 * time.Hour}}
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			n, err := strconv.ParseInt(num, 10, 64)
			if err != nil || n < 0 {
				break
			}
			return time.Duration(n) * u.unit, nil
		}
	}
	return 0, fmt.Errorf("failed to parse setting [keep_alive] with value [%s] as a time value: unit is missing or unrecognized", s)
}

// OpenPITs returns the number of points in time that are open and not
// expired.
func (s *Server) OpenPITs() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expirePITs()
	return len(s.pits)
}

// ExpirePITs makes every open point in time expire now, as if its
// keep_alive had elapsed: later searches through it get 404
// search_context_missing_exception.
func (s *Server) ExpirePITs() {
	s.mu.Lock()
	clear(s.pits)
	s.mu.Unlock()
}

// expirePITs drops the points in time whose keep_alive has elapsed. Must be
// called with s.mu held.
func (s *Server) expirePITs() {
	now := s.now()
	for n, p := range s.pits {
		if !now.Before(p.expires) {
			delete(s.pits, n)
		}
	}
}

// handleOpenPIT serves POST /{target}/_pit?keep_alive=...
func (s *Server) handleOpenPIT(w http.ResponseWriter, r *http.Request, target string) {
	s.count(func(c *Counters) { c.PIT++ })
	ka := r.URL.Query().Get("keep_alive")
	if ka == "" {
		writeError(w, http.StatusBadRequest, "action_request_validation_exception",
			"Validation Failed: 1: [keep_alive] is not specified;")
		return
	}
	keepAlive, err := parseTimeValue(ka)
	if err != nil {
		writeError(w, http.StatusBadRequest, "illegal_argument_exception", err.Error())
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if missing := s.missingConcrete(target); missing != "" {
		writeIndexNotFound(w, missing)
		return
	}
	s.expirePITs()
	docs, n := s.snapshot(target)
	s.pitSeq++
	s.pits[s.pitSeq] = &pit{num: s.pitSeq, expires: s.now().Add(keepAlive), shards: n, docs: docs}
	writeJSON(w, http.StatusOK, map[string]any{
		"id":      encodePITID(s.pitSeq, 0),
		"_shards": map[string]any{"total": n, "successful": n, "skipped": 0, "failed": 0},
	})
}

// handleClosePIT serves DELETE /_pit with {"id": ...}.
func (s *Server) handleClosePIT(w http.ResponseWriter, r *http.Request) {
	s.count(func(c *Counters) { c.PIT++ })
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, "parse_exception", "cannot read request body")
		return
	}
	var req struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(body, &req); err != nil || req.ID == "" {
		writeError(w, http.StatusBadRequest, "action_request_validation_exception",
			"Validation Failed: 1: [id] is required;")
		return
	}
	num, ok := decodePITID(req.ID)
	if !ok {
		writeError(w, http.StatusBadRequest, "illegal_argument_exception", "invalid id")
		return
	}
	s.mu.Lock()
	s.expirePITs()
	p, found := s.pits[num]
	delete(s.pits, num)
	s.mu.Unlock()
	if !found {
		writeJSON(w, http.StatusNotFound, map[string]any{"succeeded": true, "num_freed": 0})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"succeeded": true, "num_freed": p.shards})
}

// usePIT looks up the point in time of a search, extends its keep_alive
// and returns it with the id to report, or writes the error response.
func (s *Server) usePIT(w http.ResponseWriter, ref *pitRef) (*pit, string, bool) {
	if ref.ID == "" {
		writeError(w, http.StatusBadRequest, "action_request_validation_exception",
			"Validation Failed: 1: [pit] requires an [id];")
		return nil, "", false
	}
	num, ok := decodePITID(ref.ID)
	if !ok {
		writeError(w, http.StatusBadRequest, "illegal_argument_exception", "invalid id")
		return nil, "", false
	}
	var keepAlive time.Duration
	if ref.KeepAlive != "" {
		d, err := parseTimeValue(ref.KeepAlive)
		if err != nil {
			writeError(w, http.StatusBadRequest, "illegal_argument_exception", err.Error())
			return nil, "", false
		}
		keepAlive = d
	}
	s.mu.Lock()
	s.expirePITs()
	p, found := s.pits[num]
	if found {
		if keepAlive > 0 {
			p.expires = s.now().Add(keepAlive)
		}
		p.gen++
	}
	var gen int64
	if found {
		gen = p.gen
	}
	s.mu.Unlock()
	if !found {
		cause := map[string]any{"type": "search_context_missing_exception",
			"reason": fmt.Sprintf("No search context found for id [%d]", num)}
		writeShardsFailed(w, http.StatusNotFound, cause, map[string]any{"shard": -1, "index": nil, "reason": cause}, cause)
		return nil, "", false
	}
	return p, encodePITID(num, gen), true
}

// search returns the snapshot's documents that match pred, sorted by keys,
// with their sort values. The result of the last query and sort is cached
// (key identifies them), so paging through a point in time with
// search_after costs a binary search per page. The returned slice must
// not be modified.
func (p *pit) search(key string, pred predicate, keys []sortKey) []hitDoc {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cache != nil && p.cacheKey == key {
		return p.cache
	}
	if !p.parsed {
		for i := range p.docs {
			if p.docs[i].src != nil {
				continue // decoded when written
			}
			if src, err := parseSource(p.docs[i].raw); err == nil {
				p.docs[i].src = src
			}
		}
		p.parsed = true
	}
	out := make([]hitDoc, 0, len(p.docs)/4)
	for i := range p.docs {
		h := p.docs[i]
		if h.src == nil || !pred(&h) {
			continue
		}
		h.sortv = sortValues(keys, &h)
		out = append(out, h)
	}
	sortHits(out, keys)
	p.cache, p.cacheKey = out, key
	return out
}
