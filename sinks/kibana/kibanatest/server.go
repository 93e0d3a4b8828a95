// Package kibanatest is an in-process fake of the Kibana HTTP API endpoints
// vigil setup calls, following Kibana 8's documented requests and answers:
//
//	GET  /api/data_views/data_view/{id}     {"data_view":{…}} or 404
//	POST /api/data_views/data_view          create: {"data_view":{…},"override":false}
//	POST /api/data_views/data_view/{id}     update: {"data_view":{"title":…}}
//	POST /api/saved_objects/_bulk_get       [{"type":…,"id":…}] → {"saved_objects":[…]}
//	POST /api/saved_objects/_import         multipart/form-data, field file, an .ndjson file
//
// each also under /s/{space}/. Like Kibana it refuses a write without the
// kbn-xsrf header, a request without the configured credentials (401),
// unknown keys in JSON bodies, malformed ndjson lines and references to
// objects that are neither in the import nor stored, with Kibana's error
// bodies ({"statusCode":400,"error":"Bad Request","message":"…"}). Data
// views are stored as saved objects of type index-pattern, as in Kibana, so
// that imported panels can reference them. FailNext injects failures.
package kibanatest

import (
	"bytes"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
)

// Options configure a Server.
type Options struct {
	// APIKey, when set, is the only credential accepted
	// (Authorization: ApiKey <APIKey>).
	APIKey string
	// Username and Password, when set, are accepted as basic auth.
	Username, Password string
	// Spaces are the spaces besides "default".
	Spaces []string
	// TLS serves HTTPS with a self-signed certificate (see CertPEM).
	TLS bool
}

// Object is a stored saved object.
type Object struct {
	Type       string
	ID         string
	Attributes map[string]any
	References []Reference
	// Version counts the writes of the object (1 when created).
	Version int
}

// Reference is a saved object's reference.
type Reference struct {
	Type string `json:"type"`
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Request is one request the server answered.
type Request struct {
	Method string
	Space  string
	Path   string // without the /s/{space} prefix
	Status int
}

// Server is the fake Kibana.
type Server struct {
	// URL is the base URL, e.g. http://127.0.0.1:38123.
	URL string

	srv  *httptest.Server
	opts Options

	mu       sync.Mutex
	spaces   map[string]map[string]*Object // space → "type/id" → object
	failures []int                         // statuses of the next requests
	lost     []int                         // statuses of the next writes, applied
	requests []Request
	writes   int
}

// NewServer starts a fake Kibana, closed when the test ends.
func NewServer(t testing.TB, opts Options) *Server {
	t.Helper()
	s := &Server{opts: opts, spaces: map[string]map[string]*Object{"default": {}}}
	for _, sp := range opts.Spaces {
		s.spaces[sp] = map[string]*Object{}
	}
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	// A client refusing the certificate is a test's point, not noise.
	s.srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	if opts.TLS {
		s.srv.StartTLS()
	} else {
		s.srv.Start()
	}
	s.URL = s.srv.URL
	t.Cleanup(s.srv.Close)
	return s
}

// CertPEM is the TLS server's certificate in PEM (Options.TLS).
func (s *Server) CertPEM() []byte {
	c := s.srv.Certificate()
	if c == nil {
		return nil
	}
	var b bytes.Buffer
	b.WriteString("-----BEGIN CERTIFICATE-----\n")
	enc := base64.StdEncoding.EncodeToString(c.Raw)
	for len(enc) > 64 {
		b.WriteString(enc[:64] + "\n")
		enc = enc[64:]
	}
	b.WriteString(enc + "\n-----END CERTIFICATE-----\n")
	return b.Bytes()
}

// FailNext answers the next n requests with status and Kibana's error
// body, whatever they ask.
func (s *Server) FailNext(n, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.failures = append(s.failures, status)
	}
}

// LoseNextWrite applies the next request that changes a stored object,
// then answers it with status as if its answer had been lost (a proxy's
// 502, say): the client cannot tell that it succeeded.
func (s *Server) LoseNextWrite(status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lost = append(s.lost, status)
}

// Requests returns the requests answered so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.requests)
}

// Writes counts the requests that changed a stored object.
func (s *Server) Writes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.writes
}

// DataView returns a stored data view's title, time field and name.
func (s *Server) DataView(space, id string) (title, timeField, name string, ok bool) {
	o, ok := s.Object(space, "index-pattern", id)
	if !ok {
		return "", "", "", false
	}
	title, _ = o.Attributes["title"].(string)
	timeField, _ = o.Attributes["timeFieldName"].(string)
	name, _ = o.Attributes["name"].(string)
	return title, timeField, name, true
}

// PutDataView stores a data view as if a user had made it.
func (s *Server) PutDataView(space, id, title, name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.put(space, &Object{Type: "index-pattern", ID: id, References: []Reference{},
		Attributes: map[string]any{"title": title, "name": name, "timeFieldName": "@timestamp"}})
}

// Delete removes a stored object.
func (s *Server) Delete(space, typ, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.spaces[space], typ+"/"+id)
}

// Object returns a copy of a stored object.
func (s *Server) Object(space, typ, id string) (Object, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.spaces[space][typ+"/"+id]
	if !ok {
		return Object{}, false
	}
	return clone(o), true
}

// Objects returns copies of a space's objects, sorted by type and id.
func (s *Server) Objects(space string) []Object {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Object
	for _, o := range s.spaces[space] {
		out = append(out, clone(o))
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Type != out[j].Type {
			return out[i].Type < out[j].Type
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func clone(o *Object) Object {
	c := *o
	b, _ := json.Marshal(o.Attributes)
	c.Attributes = nil
	_ = json.Unmarshal(b, &c.Attributes)
	c.References = slices.Clone(o.References)
	return c
}

// put stores o (s.mu held), counting versions.
func (s *Server) put(space string, o *Object) {
	key := o.Type + "/" + o.ID
	if old, ok := s.spaces[space][key]; ok {
		o.Version = old.Version + 1
	} else {
		o.Version = 1
	}
	s.spaces[space][key] = o
}

// kerr is an error answer in Kibana's shape.
type kerr struct {
	status int
	msg    string
}

func errorf(status int, format string, args ...any) *kerr {
	return &kerr{status, fmt.Sprintf(format, args...)}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

var spaceRE = regexp.MustCompile(`^/s/([a-z0-9_-]+)(/.*)$`)

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	space, p := "default", r.URL.Path
	if m := spaceRE.FindStringSubmatch(p); m != nil {
		space, p = m[1], m[2]
	}
	status, body := s.handle(r, space, p)
	s.mu.Lock()
	s.requests = append(s.requests, Request{Method: r.Method, Space: space, Path: p, Status: status})
	s.mu.Unlock()
	writeJSON(w, status, body)
}

// handle answers one request: its status and JSON body.
func (s *Server) handle(r *http.Request, space, p string) (int, any) {
	fail := func(e *kerr) (int, any) {
		return e.status, map[string]any{"statusCode": e.status, "error": http.StatusText(e.status), "message": e.msg}
	}
	s.mu.Lock()
	if len(s.failures) > 0 {
		st := s.failures[0]
		s.failures = s.failures[1:]
		s.mu.Unlock()
		msg := "An internal server error occurred."
		if st < 500 {
			msg = http.StatusText(st)
		}
		return fail(&kerr{st, msg})
	}
	s.mu.Unlock()
	if e := s.authenticate(r); e != nil {
		return fail(e)
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead && r.Header.Get("kbn-xsrf") == "" {
		return fail(errorf(http.StatusBadRequest, "Request must contain a kbn-xsrf header."))
	}
	s.mu.Lock()
	_, known := s.spaces[space]
	s.mu.Unlock()
	if !known {
		return fail(errorf(http.StatusNotFound, "Saved object [space/%s] not found", space))
	}
	var (
		out any
		e   *kerr
	)
	switch {
	case p == "/api/data_views/data_view" && r.Method == http.MethodPost:
		out, e = s.createDataView(r, space)
	case strings.HasPrefix(p, "/api/data_views/data_view/") && (r.Method == http.MethodGet || r.Method == http.MethodPost):
		esc := r.URL.EscapedPath()
		if m := spaceRE.FindStringSubmatch(esc); m != nil {
			esc = m[2]
		}
		id, err := url.PathUnescape(strings.TrimPrefix(esc, "/api/data_views/data_view/"))
		if err != nil || id == "" || strings.Contains(id, "/") {
			e = errorf(http.StatusNotFound, "Not Found")
			break
		}
		if r.Method == http.MethodGet {
			out, e = s.getDataView(space, id)
		} else {
			out, e = s.updateDataView(r, space, id)
		}
	case p == "/api/saved_objects/_bulk_get" && r.Method == http.MethodPost:
		out, e = s.bulkGet(r, space)
	case p == "/api/saved_objects/_import" && r.Method == http.MethodPost:
		out, e = s.importObjects(r, space)
	default:
		e = errorf(http.StatusNotFound, "Not Found")
	}
	if e != nil {
		return fail(e)
	}
	if r.Method == http.MethodPost && p != "/api/saved_objects/_bulk_get" {
		s.mu.Lock()
		var lost int
		if len(s.lost) > 0 {
			lost, s.lost = s.lost[0], s.lost[1:]
		}
		s.mu.Unlock()
		if lost != 0 {
			return fail(&kerr{lost, http.StatusText(lost)})
		}
	}
	return http.StatusOK, out
}

func (s *Server) authenticate(r *http.Request) *kerr {
	if s.opts.APIKey == "" && s.opts.Username == "" {
		return nil
	}
	h := r.Header.Get("Authorization")
	if h == "" {
		return errorf(http.StatusUnauthorized, "[security_exception]: missing authentication credentials for REST request [%s]", r.URL.Path)
	}
	eq := func(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }
	if s.opts.APIKey != "" && strings.HasPrefix(h, "ApiKey ") && eq(strings.TrimPrefix(h, "ApiKey "), s.opts.APIKey) {
		return nil
	}
	if s.opts.Username != "" {
		if u, p, ok := r.BasicAuth(); ok && eq(u, s.opts.Username) && eq(p, s.opts.Password) {
			return nil
		}
	}
	return errorf(http.StatusUnauthorized, "[security_exception]: unable to authenticate user for REST request [%s]", r.URL.Path)
}

// decodeBody reads a JSON body strictly: Kibana's route schemas refuse
// unknown keys.
func decodeBody(r *http.Request, out any) *kerr {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "application/json" {
		return errorf(http.StatusUnsupportedMediaType, "Unsupported Media Type")
	}
	data, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return errorf(http.StatusBadRequest, "cannot read the request body")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(out); err != nil {
		msg := err.Error()
		if i := strings.Index(msg, "unknown field "); i >= 0 {
			return errorf(http.StatusBadRequest, "[request body.%s]: definition for this key is missing", strings.Trim(msg[i+len("unknown field "):], `"`))
		}
		return errorf(http.StatusBadRequest, "[request body]: %s", msg)
	}
	if dec.More() {
		return errorf(http.StatusBadRequest, "[request body]: more than one JSON value")
	}
	return nil
}

// dataViewSpec is the data_view object of the create and update bodies
// (the keys Kibana 8 accepts).
type dataViewSpec struct {
	ID              *string         `json:"id"`
	Title           *string         `json:"title"`
	Name            *string         `json:"name"`
	TimeFieldName   *string         `json:"timeFieldName"`
	Version         *string         `json:"version"`
	SourceFilters   json.RawMessage `json:"sourceFilters"`
	Fields          json.RawMessage `json:"fields"`
	TypeMeta        json.RawMessage `json:"typeMeta"`
	FieldFormats    json.RawMessage `json:"fieldFormats"`
	FieldAttrs      json.RawMessage `json:"fieldAttrs"`
	RuntimeFieldMap json.RawMessage `json:"runtimeFieldMap"`
	AllowNoIndex    *bool           `json:"allowNoIndex"`
	AllowHidden     *bool           `json:"allowHidden"`
	Namespaces      []string        `json:"namespaces"`
}

func (s *Server) dataViewBody(o *Object, space string) map[string]any {
	dv := map[string]any{
		"id": o.ID, "version": fmt.Sprintf("WzEsMV0=%d", o.Version), "namespaces": []string{space},
		"fields": map[string]any{}, "sourceFilters": []any{}, "fieldFormats": map[string]any{},
		"runtimeFieldMap": map[string]any{}, "fieldAttrs": map[string]any{}, "allowNoIndex": false,
	}
	for _, k := range []string{"title", "timeFieldName", "name"} {
		if v, ok := o.Attributes[k]; ok {
			dv[k] = v
		}
	}
	return map[string]any{"data_view": dv}
}

func (s *Server) getDataView(space, id string) (any, *kerr) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.spaces[space]["index-pattern/"+id]
	if !ok {
		return nil, errorf(http.StatusNotFound, "Saved object [index-pattern/%s] not found", id)
	}
	return s.dataViewBody(o, space), nil
}

func displayName(o *Object) string {
	if n, _ := o.Attributes["name"].(string); n != "" {
		return n
	}
	t, _ := o.Attributes["title"].(string)
	return t
}

func (s *Server) createDataView(r *http.Request, space string) (any, *kerr) {
	var body struct {
		DataView      *dataViewSpec `json:"data_view"`
		Override      *bool         `json:"override"`
		RefreshFields *bool         `json:"refresh_fields"`
	}
	if e := decodeBody(r, &body); e != nil {
		return nil, e
	}
	if body.DataView == nil {
		return nil, errorf(http.StatusBadRequest, "[request body.data_view]: expected value of type [object] but got [undefined]")
	}
	spec := body.DataView
	if spec.Title == nil || *spec.Title == "" {
		return nil, errorf(http.StatusBadRequest, "[request body.data_view.title]: expected value of type [string] but got [undefined]")
	}
	o := &Object{Type: "index-pattern", References: []Reference{}, Attributes: map[string]any{"title": *spec.Title}}
	if spec.ID != nil && *spec.ID != "" {
		o.ID = *spec.ID
	} else {
		o.ID = fmt.Sprintf("generated-%d", len(s.Requests()))
	}
	if spec.TimeFieldName != nil {
		o.Attributes["timeFieldName"] = *spec.TimeFieldName
	}
	if spec.Name != nil {
		o.Attributes["name"] = *spec.Name
	}
	override := body.Override != nil && *body.Override
	s.mu.Lock()
	defer s.mu.Unlock()
	objs := s.spaces[space]
	for key, other := range objs {
		if other.Type == "index-pattern" && displayName(other) == displayName(o) {
			if !override {
				return nil, errorf(http.StatusBadRequest, "Duplicate data view: %s", displayName(o))
			}
			delete(objs, key)
		}
	}
	if _, exists := objs["index-pattern/"+o.ID]; exists && !override {
		return nil, errorf(http.StatusConflict, "Saved object [index-pattern/%s] conflict", o.ID)
	}
	s.put(space, o)
	s.writes++
	return s.dataViewBody(o, space), nil
}

func (s *Server) updateDataView(r *http.Request, space, id string) (any, *kerr) {
	var body struct {
		DataView      *dataViewSpec `json:"data_view"`
		RefreshFields *bool         `json:"refresh_fields"`
	}
	if e := decodeBody(r, &body); e != nil {
		return nil, e
	}
	if body.DataView == nil {
		return nil, errorf(http.StatusBadRequest, "[request body.data_view]: expected value of type [object] but got [undefined]")
	}
	if body.DataView.ID != nil {
		return nil, errorf(http.StatusBadRequest, "[request body.data_view.id]: definition for this key is missing")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.spaces[space]["index-pattern/"+id]
	if !ok {
		return nil, errorf(http.StatusNotFound, "Saved object [index-pattern/%s] not found", id)
	}
	o := &Object{Type: old.Type, ID: old.ID, References: old.References, Attributes: map[string]any{}}
	for k, v := range old.Attributes {
		o.Attributes[k] = v
	}
	spec := body.DataView
	if spec.Title != nil {
		if *spec.Title == "" {
			return nil, errorf(http.StatusBadRequest, "[request body.data_view.title]: value has length [0] but it must have a minimum length of [1].")
		}
		o.Attributes["title"] = *spec.Title
	}
	if spec.TimeFieldName != nil {
		o.Attributes["timeFieldName"] = *spec.TimeFieldName
	}
	if spec.Name != nil {
		o.Attributes["name"] = *spec.Name
	}
	s.put(space, o)
	s.writes++
	return s.dataViewBody(o, space), nil
}

func (s *Server) bulkGet(r *http.Request, space string) (any, *kerr) {
	var refs []struct {
		Type   string   `json:"type"`
		ID     string   `json:"id"`
		Fields []string `json:"fields"`
	}
	if e := decodeBody(r, &refs); e != nil {
		return nil, e
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]map[string]any, 0, len(refs))
	for i, ref := range refs {
		if ref.Type == "" || ref.ID == "" {
			return nil, errorf(http.StatusBadRequest, "[request body.%d]: type and id are required", i)
		}
		o, ok := s.spaces[space][ref.Type+"/"+ref.ID]
		if !ok {
			out = append(out, map[string]any{"id": ref.ID, "type": ref.Type, "error": map[string]any{
				"statusCode": 404, "error": "Not Found", "message": fmt.Sprintf("Saved object [%s/%s] not found", ref.Type, ref.ID)}})
			continue
		}
		c := clone(o)
		out = append(out, map[string]any{"id": c.ID, "type": c.Type, "attributes": c.Attributes,
			"references": c.References, "namespaces": []string{space}, "version": fmt.Sprintf("W%d", c.Version)})
	}
	return map[string]any{"saved_objects": out}, nil
}

// importTypes are the saved object types the fake imports.
var importTypes = map[string]bool{"index-pattern": true, "dashboard": true, "lens": true, "visualization": true, "search": true, "tag": true}

var semverRE = regexp.MustCompile(`^\d+\.\d+\.\d+$`)

type importLine struct {
	Type                 string          `json:"type"`
	ID                   string          `json:"id"`
	Attributes           json.RawMessage `json:"attributes"`
	References           []Reference     `json:"references"`
	CoreMigrationVersion string          `json:"coreMigrationVersion"`
	TypeMigrationVersion string          `json:"typeMigrationVersion"`
}

func (s *Server) importObjects(r *http.Request, space string) (any, *kerr) {
	q := r.URL.Query()
	overwrite := q.Get("overwrite") == "true"
	if overwrite && q.Get("createNewCopies") == "true" {
		return nil, errorf(http.StatusBadRequest, "[request query]: cannot use [overwrite] with [createNewCopies]")
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		return nil, errorf(http.StatusUnsupportedMediaType, "Unsupported Media Type")
	}
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		return nil, errorf(http.StatusBadRequest, "[request body]: %v", err)
	}
	f, hdr, err := r.FormFile("file")
	if err != nil {
		return nil, errorf(http.StatusBadRequest, "[request body.file]: expected value of type [Stream] but got [undefined]")
	}
	defer f.Close()
	if ext := path.Ext(hdr.Filename); ext != ".ndjson" {
		return nil, errorf(http.StatusBadRequest, "Invalid file extension %s", ext)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, errorf(http.StatusBadRequest, "cannot read the file")
	}
	var lines []importLine
	for n, raw := range bytes.Split(data, []byte("\n")) {
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		var l importLine
		if err := json.Unmarshal(raw, &l); err != nil {
			return nil, errorf(http.StatusBadRequest, "line %d: %v", n+1, err)
		}
		var attrs map[string]any
		if l.Type == "" || l.ID == "" || json.Unmarshal(l.Attributes, &attrs) != nil || attrs == nil {
			return nil, errorf(http.StatusBadRequest, "line %d: a saved object needs type, id and an attributes object", n+1)
		}
		for _, v := range []string{l.CoreMigrationVersion, l.TypeMigrationVersion} {
			if v != "" && !semverRE.MatchString(v) {
				return nil, errorf(http.StatusBadRequest, "line %d: migration version %q is not x.y.z", n+1, v)
			}
		}
		for _, ref := range l.References {
			if ref.Type == "" || ref.ID == "" || ref.Name == "" {
				return nil, errorf(http.StatusBadRequest, "line %d: a reference needs type, id and name", n+1)
			}
		}
		lines = append(lines, l)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	objs := s.spaces[space]
	inFile := map[string]bool{}
	for _, l := range lines {
		inFile[l.Type+"/"+l.ID] = true
	}
	var errs, successes []map[string]any
	for _, l := range lines {
		var attrs map[string]any
		_ = json.Unmarshal(l.Attributes, &attrs)
		title, _ := attrs["title"].(string)
		key := l.Type + "/" + l.ID
		objErr := func(e map[string]any) {
			errs = append(errs, map[string]any{"id": l.ID, "type": l.Type, "title": title, "meta": map[string]any{"title": title}, "error": e})
		}
		if !importTypes[l.Type] {
			objErr(map[string]any{"type": "unsupported_type"})
			continue
		}
		var missing []map[string]any
		for _, ref := range l.References {
			k := ref.Type + "/" + ref.ID
			if !inFile[k] && objs[k] == nil {
				missing = append(missing, map[string]any{"type": ref.Type, "id": ref.ID})
			}
		}
		if len(missing) > 0 {
			objErr(map[string]any{"type": "missing_references", "references": missing})
			continue
		}
		_, exists := objs[key]
		if exists && !overwrite {
			objErr(map[string]any{"type": "conflict"})
			continue
		}
		refs := l.References
		if refs == nil {
			refs = []Reference{}
		}
		s.put(space, &Object{Type: l.Type, ID: l.ID, Attributes: attrs, References: refs})
		s.writes++
		sr := map[string]any{"type": l.Type, "id": l.ID, "meta": map[string]any{"title": title}}
		if exists {
			sr["overwrite"] = true
		}
		successes = append(successes, sr)
	}
	out := map[string]any{"success": len(errs) == 0, "successCount": len(successes), "warnings": []any{}}
	if len(successes) > 0 {
		out["successResults"] = successes
	}
	if len(errs) > 0 {
		out["errors"] = errs
	}
	return out, nil
}
