package elasticsearch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/vigilops/vigil/event"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/elastic/go-elasticsearch/v8/esapi"
)

// errTooLarge marks a bulk request refused with 413.
var errTooLarge = errors.New("elasticsearch: bulk request too large")

// bulkFilterPath trims the bulk response to what the indexer reads.
var bulkFilterPath = []string{"errors", "items.*.status", "items.*.error.type", "items.*.error.reason"}

// maxReasonLen caps error reasons kept in errors and logs.
const maxReasonLen = 300

type bulkResponse struct {
	Errors bool       `json:"errors"`
	Items  []bulkItem `json:"items"`
}

// bulkItem holds the result of one action; exactly one field is set.
type bulkItem struct {
	Index  *itemResult `json:"index"`
	Create *itemResult `json:"create"`
	Update *itemResult `json:"update"`
	Delete *itemResult `json:"delete"`
}

type itemResult struct {
	Status int `json:"status"`
	Error  *struct {
		Type   string `json:"type"`
		Reason string `json:"reason"`
	} `json:"error"`
}

func (b *bulkItem) result() *itemResult {
	switch {
	case b.Index != nil:
		return b.Index
	case b.Create != nil:
		return b.Create
	case b.Update != nil:
		return b.Update
	}
	return b.Delete
}

// statusError is a transient whole-request failure with an HTTP status.
type statusError struct {
	status int
	msg    string
}

func (e *statusError) Error() string { return e.msg }

// requestStatus is the HTTP status of a transient whole-request failure, 0
// for a connection error, a timeout or an unreadable response.
func requestStatus(err error) int {
	var se *statusError
	if errors.As(err, &se) {
		return se.status
	}
	return 0
}

// send performs one bulk request for docs. Documents that succeeded or
// failed for good are finished; the ones to retry are returned in again,
// each with the status it failed with, and itemErr describes the first
// transient item failure. A non-nil err means the request failed as a whole
// and no document was finished: errTooLarge, an error wrapping
// ErrRequestFailed (permanent) or any other error (transient; a
// *statusError when Elasticsearch answered).
func (ix *Indexer) send(buf *bytes.Buffer, docs []item) (again []item, itemErr, err error) {
	buf.Reset()
	for i := range docs {
		appendAction(buf, &docs[i].doc)
	}
	ctx, cancel := context.WithTimeout(ix.runCtx, ix.cfg.RequestTimeout)
	defer cancel()
	req := esapi.BulkRequest{Body: bytes.NewReader(buf.Bytes()), FilterPath: bulkFilterPath}
	if ix.sourceOnErrorParam.Load() {
		no := false
		req.IncludeSourceOnError = &no
	}
	ix.requests.Add(1)
	ix.bytes.Add(uint64(buf.Len()))
	start := time.Now()
	res, err := req.Do(ctx, ix.client)
	ix.observeRequest(time.Since(start), res, err) // observe.go
	if err != nil {
		ix.requestErrors.Add(1)
		return nil, nil, fmt.Errorf("bulk request: %w", err)
	}
	defer func() {
		_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 1<<20))
		res.Body.Close()
	}()

	if res.StatusCode < 200 || res.StatusCode > 299 {
		ix.requestErrors.Add(1)
		typ, reason := readError(res.Body)
		switch s := res.StatusCode; {
		case s == http.StatusRequestEntityTooLarge:
			return nil, nil, errTooLarge
		case s == http.StatusTooManyRequests, s == http.StatusRequestTimeout, s >= 500,
			s == http.StatusUnauthorized, s == http.StatusForbidden:
			return nil, nil, &statusError{status: s, msg: fmt.Sprintf("bulk request: HTTP %d %s: %s", s, typ, reason)}
		default:
			return nil, nil, fmt.Errorf("%w: HTTP %d %s: %s", ErrRequestFailed, s, typ, reason)
		}
	}

	var br bulkResponse
	if err := json.NewDecoder(res.Body).Decode(&br); err != nil {
		ix.requestErrors.Add(1)
		return nil, nil, fmt.Errorf("bulk response: %w", err)
	}
	if len(br.Items) != len(docs) {
		ix.requestErrors.Add(1)
		return nil, nil, fmt.Errorf("bulk response has %d items for %d documents", len(br.Items), len(docs))
	}

	var nRejected int
	var firstRejected *RejectedError
	for i := range br.Items {
		r := br.Items[i].result()
		switch {
		case r == nil || r.Status == 0:
			docs[i].status = 0
			again = append(again, docs[i])
			if itemErr == nil {
				itemErr = errors.New("bulk response item without status")
			}
		case r.Status >= 200 && r.Status <= 299:
			ix.indexed.Add(1)
			ix.complete(&docs[i], nil)
		case r.Status == http.StatusTooManyRequests || r.Status >= 500:
			docs[i].status = r.Status
			again = append(again, docs[i])
			if itemErr == nil {
				typ, reason := errFields(r)
				itemErr = fmt.Errorf("HTTP %d %s: %s", r.Status, typ, reason)
			}
		default:
			typ, reason := errFields(r)
			rej := &RejectedError{Status: r.Status, Type: typ, Reason: reason}
			if firstRejected == nil {
				firstRejected = rej
			}
			nRejected++
			ix.rejected.Add(1)
			ix.complete(&docs[i], rej)
		}
	}
	ix.observeItems(br.Items) // observe.go
	if nRejected > 0 {
		ix.log.Warn().Int("rejected", nRejected).Int("docs", len(docs)).Int("status", firstRejected.Status).
			Str("type", firstRejected.Type).Str("reason", firstRejected.Reason).
			Msg("documents rejected by elasticsearch")
	}
	if itemErr != nil {
		itemErr = fmt.Errorf("%d of %d items failed transiently (first: %w)", len(again), len(docs), itemErr)
	}
	return again, itemErr, nil
}

func errFields(r *itemResult) (typ, reason string) {
	if r.Error == nil {
		return http.StatusText(r.Status), ""
	}
	return r.Error.Type, sanitizeReason(r.Error.Reason)
}

// readError extracts type and reason from an Elasticsearch error body.
func readError(body io.Reader) (typ, reason string) {
	var e struct {
		Error json.RawMessage `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(body, 1<<20)).Decode(&e); err != nil || len(e.Error) == 0 {
		return "unknown", "no error details"
	}
	var obj struct {
		Type   string `json:"type"`
		Reason string `json:"reason"`
	}
	if json.Unmarshal(e.Error, &obj) == nil && obj.Type != "" {
		return obj.Type, sanitizeReason(obj.Reason)
	}
	var s string
	if json.Unmarshal(e.Error, &s) == nil {
		return "error", sanitizeReason(s)
	}
	return "unknown", "no error details"
}

// sanitizeReason drops any preview of document content that Elasticsearch
// appends to parse failures, and caps the length.
func sanitizeReason(r string) string {
	for _, marker := range []string{"Preview of field's value", "document_source"} {
		if i := strings.Index(r, marker); i >= 0 {
			r = strings.TrimRight(r[:i], " .,;:") + "."
		}
	}
	if len(r) > maxReasonLen {
		cut := maxReasonLen
		for cut > 0 && !utf8.RuneStart(r[cut]) {
			cut--
		}
		r = r[:cut] + "…"
	}
	return r
}

// appendAction writes the bulk action line and source line of d.
func appendAction(buf *bytes.Buffer, d *Document) {
	buf.WriteString(`{"index":{"_index":`)
	buf.Write(event.AppendString(buf.AvailableBuffer(), d.Index))
	if d.ID != "" {
		buf.WriteString(`,"_id":`)
		buf.Write(event.AppendString(buf.AvailableBuffer(), d.ID))
	}
	buf.WriteString("}}\n")
	buf.Write(d.Body)
	buf.WriteByte('\n')
}
