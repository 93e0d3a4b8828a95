package kibana

import (
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
)

// overviewNDJSON is the overview dashboard and its Lens panels, as Kibana's
// saved objects export writes them (Kibana 8.9 or later). Its panels name
// the data views by their default ids, PlaceholderLogsID and
// DefaultAlertsID; Overview rewrites them.
//
//go:embed dashboard/overview.ndjson
var overviewNDJSON []byte

// PlaceholderLogsID is the logs data view's id in the embedded dashboard.
const PlaceholderLogsID = defaultLogsPlaceholder

// SavedObject is one line of a saved objects import or export.
type SavedObject struct {
	Type                 string         `json:"type"`
	ID                   string         `json:"id"`
	Attributes           map[string]any `json:"attributes"`
	References           []Reference    `json:"references"`
	CoreMigrationVersion string         `json:"coreMigrationVersion,omitempty"`
	TypeMigrationVersion string         `json:"typeMigrationVersion,omitempty"`
}

// Reference is a saved object's reference to another.
type Reference struct {
	Type string `json:"type"`
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Title is the object's attributes.title.
func (o *SavedObject) Title() string {
	s, _ := o.Attributes["title"].(string)
	return s
}

// revRE finds the revision vigil appends to each description.
var revRE = regexp.MustCompile(`\(vigil setup rev ([0-9a-f]{12})\)$`)

// Overview returns the overview dashboard's saved objects (the Lens
// panels, then the dashboard), their data view references pointing at
// logsID and alertsID. Each description ends with "(vigil setup rev R)",
// R a digest of the object as imported, by which Setup tells an object
// already in Kibana from one to update.
func Overview(logsID, alertsID string) ([]SavedObject, error) {
	objs, err := ParseNDJSON(overviewNDJSON)
	if err != nil {
		return nil, fmt.Errorf("kibana: the embedded dashboard: %w", err)
	}
	for i := range objs {
		o := &objs[i]
		for j := range o.References {
			r := &o.References[j]
			if r.Type != "index-pattern" {
				continue
			}
			switch r.ID {
			case PlaceholderLogsID:
				r.ID = logsID
			case DefaultAlertsID:
				r.ID = alertsID
			}
		}
		rev, err := revision(o)
		if err != nil {
			return nil, err
		}
		desc, _ := o.Attributes["description"].(string)
		o.Attributes["description"] = strings.TrimSpace(desc + " (vigil setup rev " + rev + ")")
	}
	return objs, nil
}

// revision digests what an object's import writes.
func revision(o *SavedObject) (string, error) {
	b, err := json.Marshal(o) // map keys sorted: a stable encoding
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:6]), nil
}

// ParseNDJSON reads saved objects, one JSON object a line; blank lines
// are skipped. Numbers keep their text.
func ParseNDJSON(data []byte) ([]SavedObject, error) {
	var objs []SavedObject
	for i, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.UseNumber()
		var o SavedObject
		if err := dec.Decode(&o); err != nil {
			return nil, fmt.Errorf("line %d: %v", i+1, err)
		}
		if o.Type == "" || o.ID == "" || o.Attributes == nil {
			return nil, fmt.Errorf("line %d: want an object with type, id and attributes", i+1)
		}
		if o.References == nil {
			o.References = []Reference{}
		}
		objs = append(objs, o)
	}
	return objs, nil
}

// NDJSON encodes objects one a line.
func NDJSON(objs []SavedObject) ([]byte, error) {
	var b bytes.Buffer
	for i := range objs {
		line, err := json.Marshal(&objs[i])
		if err != nil {
			return nil, err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}

// ImportResponse is the answer of POST /api/saved_objects/_import.
type ImportResponse struct {
	Success       bool                `json:"success"`
	SuccessCount  int                 `json:"successCount"`
	SuccessResult []ImportSuccess     `json:"successResults"`
	Errors        []ImportObjectError `json:"errors"`
}

// ImportSuccess is one object imported.
type ImportSuccess struct {
	Type      string `json:"type"`
	ID        string `json:"id"`
	Overwrite bool   `json:"overwrite"`
}

// ImportObjectError is one object Kibana did not import.
type ImportObjectError struct {
	Type  string `json:"type"`
	ID    string `json:"id"`
	Title string `json:"title"`
	Error struct {
		Type       string `json:"type"` // conflict, missing_references, unsupported_type, unknown…
		Message    string `json:"message"`
		StatusCode int    `json:"statusCode"`
		References []struct {
			Type string `json:"type"`
			ID   string `json:"id"`
		} `json:"references"`
	} `json:"error"`
}

func (e ImportObjectError) String() string {
	s := fmt.Sprintf("%s %q: %s", e.Type, e.ID, e.Error.Type)
	var refs []string
	for _, r := range e.Error.References {
		refs = append(refs, r.Type+" "+strconvQuote(r.ID))
	}
	if len(refs) > 0 {
		s += " (" + strings.Join(refs, ", ") + ")"
	}
	if e.Error.Message != "" {
		s += ": " + clip(e.Error.Message, 300)
	}
	return s
}

func strconvQuote(s string) string { return fmt.Sprintf("%q", s) }

// ImportError is an import Kibana answered with success false.
type ImportError struct {
	Endpoint string
	Errors   []ImportObjectError
}

func (e *ImportError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "kibana: POST %s: %d saved object(s) not imported", e.Endpoint, len(e.Errors))
	for i, oe := range e.Errors {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(oe.String())
		if oe.Error.Type == "missing_references" {
			b.WriteString(" (is the data view in this Kibana space?)")
		}
	}
	return b.String()
}

// Import imports objects with POST /api/saved_objects/_import, replacing
// those of the same type and id (overwrite=true). An answer with success
// false is an *ImportError listing each object's error.
func (c *Client) Import(ctx context.Context, objs []SavedObject) (ImportResponse, error) {
	data, err := NDJSON(objs)
	if err != nil {
		return ImportResponse{}, err
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", "vigil-overview.ndjson")
	if err != nil {
		return ImportResponse{}, err
	}
	if _, err := fw.Write(data); err != nil {
		return ImportResponse{}, err
	}
	if err := mw.Close(); err != nil {
		return ImportResponse{}, err
	}
	r := request{
		method: http.MethodPost, path: "/api/saved_objects/_import",
		query:       url.Values{"overwrite": {"true"}},
		contentType: mw.FormDataContentType(), body: body.Bytes(),
	}
	var out ImportResponse
	err = c.retrying(ctx, func() error {
		out = ImportResponse{}
		return c.do(ctx, r, &out)
	})
	if err != nil {
		return out, err
	}
	if !out.Success || len(out.Errors) > 0 {
		return out, &ImportError{Endpoint: c.prefix + r.path + "?" + r.query.Encode(), Errors: out.Errors}
	}
	return out, nil
}

// revisions returns, for each object, the vigil revision of the object of
// the same type and id in Kibana: "" when it is missing or carries none.
// ok is false when Kibana does not serve the bulk get API.
func (c *Client) revisions(ctx context.Context, objs []SavedObject) (revs map[string]string, exists map[string]bool, ok bool, err error) {
	type ref struct {
		Type string `json:"type"`
		ID   string `json:"id"`
	}
	refs := make([]ref, len(objs))
	for i, o := range objs {
		refs[i] = ref{o.Type, o.ID}
	}
	r, err := jsonRequest(http.MethodPost, "/api/saved_objects/_bulk_get", refs)
	if err != nil {
		return nil, nil, false, err
	}
	var out struct {
		SavedObjects []struct {
			Type       string         `json:"type"`
			ID         string         `json:"id"`
			Attributes map[string]any `json:"attributes"`
			Error      *struct {
				StatusCode int `json:"statusCode"`
			} `json:"error"`
		} `json:"saved_objects"`
	}
	err = c.retrying(ctx, func() error { return c.do(ctx, r, &out) })
	var ae *APIError
	if errors.As(err, &ae) && (ae.Status == http.StatusNotFound || ae.Status == http.StatusGone || ae.Status == http.StatusBadRequest) {
		return nil, nil, false, nil // no bulk get here: import everything
	}
	if err != nil {
		return nil, nil, false, err
	}
	revs, exists = map[string]string{}, map[string]bool{}
	for _, so := range out.SavedObjects {
		key := so.Type + "/" + so.ID
		if so.Error != nil {
			if so.Error.StatusCode != http.StatusNotFound {
				return nil, nil, false, fmt.Errorf("kibana: POST %s/api/saved_objects/_bulk_get: %s: status %d", c.prefix, key, so.Error.StatusCode)
			}
			continue
		}
		exists[key] = true
		if d, _ := so.Attributes["description"].(string); d != "" {
			if m := revRE.FindStringSubmatch(d); m != nil {
				revs[key] = m[1]
			}
		}
	}
	return revs, exists, true, nil
}

// EnsureObjects imports the objects Kibana lacks or holds at another
// revision (see Overview) and leaves the others; it returns one result
// per object, in order.
func (c *Client) EnsureObjects(ctx context.Context, objs []SavedObject) ([]Result, error) {
	revs, exists, ok, err := c.revisions(ctx, objs)
	if err != nil {
		return nil, err
	}
	results := make([]Result, len(objs))
	var todo []SavedObject
	for i := range objs {
		o := &objs[i]
		results[i] = Result{Kind: o.Type, ID: o.ID, Title: o.Title()}
		key := o.Type + "/" + o.ID
		want := ""
		if d, _ := o.Attributes["description"].(string); d != "" {
			if m := revRE.FindStringSubmatch(d); m != nil {
				want = m[1]
			}
		}
		switch {
		case !ok:
			todo = append(todo, *o)
		case !exists[key]:
			results[i].Action = Created
			todo = append(todo, *o)
		case want != "" && revs[key] == want:
			results[i].Action = Unchanged
		default:
			results[i].Action = Updated
			if revs[key] != "" {
				results[i].Detail = "was rev " + revs[key]
			}
			todo = append(todo, *o)
		}
	}
	if len(todo) == 0 {
		return results, nil
	}
	resp, err := c.Import(ctx, todo)
	if err != nil {
		return nil, err
	}
	if !ok {
		over := map[string]bool{}
		for _, s := range resp.SuccessResult {
			over[s.Type+"/"+s.ID] = s.Overwrite
		}
		for i := range results {
			results[i].Action = Created
			if over[results[i].Kind+"/"+results[i].ID] {
				results[i].Action = Updated
			}
		}
	}
	return results, nil
}
