package kibanatest

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
)

func call(t *testing.T, method, url, ctype string, body []byte, hdr map[string]string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("kbn-xsrf", "true")
	for k, v := range hdr {
		if v == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, v)
		}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	var out map[string]any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("%s %s: not JSON: %s", method, url, data)
	}
	return resp.StatusCode, out
}

func ndjsonForm(t *testing.T, filename, content string) (string, []byte) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, _ := mw.CreateFormFile("file", filename)
	fw.Write([]byte(content))
	mw.Close()
	return mw.FormDataContentType(), b.Bytes()
}

// The fake answers as Kibana's documentation says, errors in Kibana's
// shape.
func TestDocumentedAnswers(t *testing.T) {
	s := NewServer(t, Options{})
	dv := s.URL + "/api/data_views/data_view"

	st, body := call(t, "GET", dv+"/nope", "", nil, nil)
	if st != 404 || body["statusCode"] != float64(404) || body["error"] != "Not Found" || !strings.Contains(body["message"].(string), "index-pattern/nope") {
		t.Errorf("GET missing: %d %v", st, body)
	}
	st, body = call(t, "POST", dv, "application/json", []byte(`{"data_view":{"id":"v","title":"v-*","colour":"red"}}`), nil)
	if st != 400 || !strings.Contains(body["message"].(string), "colour") {
		t.Errorf("unknown key: %d %v", st, body)
	}
	st, _ = call(t, "POST", dv, "text/plain", []byte(`{"data_view":{"title":"v-*"}}`), nil)
	if st != 415 {
		t.Errorf("text/plain: %d", st)
	}
	st, body = call(t, "POST", dv, "application/json", []byte(`{"data_view":{"id":"v","title":"v-*","timeFieldName":"@timestamp"},"override":false}`), nil)
	if dvb, _ := body["data_view"].(map[string]any); st != 200 || dvb["id"] != "v" || dvb["title"] != "v-*" {
		t.Errorf("create: %d %v", st, body)
	}
	st, _ = call(t, "POST", dv, "application/json", []byte(`{"data_view":{"id":"v","title":"other-*"}}`), nil)
	if st != 409 {
		t.Errorf("create over an id: %d, want 409", st)
	}
	st, body = call(t, "POST", dv, "application/json", []byte(`{"data_view":{"id":"w","title":"v-*"}}`), nil)
	if st != 400 || body["message"] != "Duplicate data view: v-*" {
		t.Errorf("duplicate title: %d %v", st, body)
	}
	st, _ = call(t, "POST", dv+"/v", "application/json", []byte(`{"data_view":{"title":"v2-*"}}`), nil)
	if title, _, _, _ := s.DataView("default", "v"); st != 200 || title != "v2-*" {
		t.Errorf("update: %d %q", st, title)
	}
	st, _ = call(t, "POST", dv, "application/json", []byte(`{"data_view":{"title":"x-*"}}`), map[string]string{"kbn-xsrf": ""})
	if st != 400 {
		t.Errorf("without kbn-xsrf: %d", st)
	}

	imp := s.URL + "/api/saved_objects/_import?overwrite=true"
	ct, form := ndjsonForm(t, "x.json", `{"type":"lens","id":"l","attributes":{}}`)
	if st, body = call(t, "POST", imp, ct, form, nil); st != 400 || !strings.Contains(body["message"].(string), "extension") {
		t.Errorf("a .json file: %d %v", st, body)
	}
	ct, form = ndjsonForm(t, "x.ndjson", "{\"type\":\"lens\",\"id\":\"l\",\"attributes\":{}}\nnot json\n")
	if st, _ = call(t, "POST", imp, ct, form, nil); st != 400 {
		t.Errorf("a bad line: %d", st)
	}
	ct, form = ndjsonForm(t, "x.ndjson", `{"type":"lens","id":"l"}`)
	if st, _ = call(t, "POST", imp, ct, form, nil); st != 400 {
		t.Errorf("no attributes: %d", st)
	}
	ct, form = ndjsonForm(t, "x.ndjson", strings.Join([]string{
		`{"type":"lens","id":"l1","attributes":{"title":"ok"},"references":[{"type":"index-pattern","id":"v","name":"indexpattern-datasource-layer-a"}]}`,
		`{"type":"lens","id":"l2","attributes":{"title":"bad"},"references":[{"type":"index-pattern","id":"gone","name":"indexpattern-datasource-layer-a"}]}`,
		`{"type":"dashboard","id":"d","attributes":{"title":"d"},"references":[{"type":"lens","id":"l1","name":"p:panel_p"}]}`,
		`{"type":"canvas-workpad","id":"c","attributes":{"title":"c"}}`,
	}, "\n"))
	st, body = call(t, "POST", imp, ct, form, nil)
	if st != 200 || body["success"] != false || body["successCount"] != float64(2) {
		t.Fatalf("import: %d %v", st, body)
	}
	errs := body["errors"].([]any)
	if len(errs) != 2 {
		t.Fatalf("errors: %v", errs)
	}
	e0 := errs[0].(map[string]any)
	if e0["id"] != "l2" || e0["error"].(map[string]any)["type"] != "missing_references" {
		t.Errorf("first error: %v", e0)
	}
	if e1 := errs[1].(map[string]any); e1["error"].(map[string]any)["type"] != "unsupported_type" {
		t.Errorf("second error: %v", e1)
	}
	if _, ok := s.Object("default", "lens", "l2"); ok {
		t.Error("an object with a missing reference was stored")
	}

	ct, form = ndjsonForm(t, "x.ndjson", `{"type":"lens","id":"l1","attributes":{"title":"again"},"references":[]}`)
	st, body = call(t, "POST", s.URL+"/api/saved_objects/_import", ct, form, nil)
	if e := body["errors"].([]any)[0].(map[string]any)["error"].(map[string]any); st != 200 || e["type"] != "conflict" {
		t.Errorf("import over an object without overwrite: %d %v", st, body)
	}
	st, body = call(t, "POST", imp, ct, form, nil)
	if sr := body["successResults"].([]any)[0].(map[string]any); st != 200 || sr["overwrite"] != true {
		t.Errorf("overwrite: %d %v", st, body)
	}
	if o, _ := s.Object("default", "lens", "l1"); o.Version != 2 || o.Attributes["title"] != "again" {
		t.Errorf("stored: %+v", o)
	}

	st, body = call(t, "POST", s.URL+"/api/saved_objects/_bulk_get", "application/json", []byte(`[{"type":"lens","id":"l1"},{"type":"lens","id":"zz"}]`), nil)
	so := body["saved_objects"].([]any)
	if st != 200 || len(so) != 2 || so[0].(map[string]any)["attributes"] == nil || so[1].(map[string]any)["error"] == nil {
		t.Errorf("bulk get: %d %v", st, body)
	}
}

func TestAuthAndFaults(t *testing.T) {
	s := NewServer(t, Options{APIKey: "ZmFrZTpmYWtl", Spaces: []string{"ops"}})
	url := s.URL + "/s/ops/api/data_views/data_view/x"
	if st, body := call(t, "GET", url, "", nil, nil); st != 401 || body["error"] != "Unauthorized" {
		t.Errorf("no credentials: %d %v", st, body)
	}
	if st, _ := call(t, "GET", url, "", nil, map[string]string{"Authorization": "ApiKey d3Jvbmc="}); st != 401 {
		t.Errorf("a wrong key: %d", st)
	}
	auth := map[string]string{"Authorization": "ApiKey ZmFrZTpmYWtl"}
	if st, _ := call(t, "GET", url, "", nil, auth); st != 404 {
		t.Errorf("a good key: %d, want 404 (no such view)", st)
	}
	s.FailNext(1, 500)
	if st, body := call(t, "GET", url, "", nil, auth); st != 500 || body["statusCode"] != float64(500) {
		t.Errorf("injected 500: %d %v", st, body)
	}
	if st, _ := call(t, "GET", s.URL+"/s/nope/api/data_views/data_view/x", "", nil, auth); st != 404 {
		t.Errorf("unknown space: %d", st)
	}
	rq := s.Requests()
	if len(rq) != 5 || rq[0].Space != "ops" || rq[0].Path != "/api/data_views/data_view/x" {
		t.Errorf("requests: %+v", rq)
	}
}
