package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigilops/vigil/config"
	"github.com/vigilops/vigil/sinks/elasticsearch/estest"
	"github.com/vigilops/vigil/sinks/kibana"
	"github.com/vigilops/vigil/sinks/kibana/kibanatest"
)

// fakeKibanaKey is an obviously fake API key.
const fakeKibanaKey = "ZmFrZS1pZDpmYWtlLWtleS1mb3ItdGVzdHM="

func writeSetupConfig(t *testing.T, esURL, kibanaURL string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "vigil.yaml")
	doc := fmt.Sprintf(`elasticsearch:
  urls: [%q]
  index: "shop-{service.name}-{yyyy.MM.dd}"
alerting:
  kibana_url: %s
  data_view: shop-logs
kibana:
  api_key: ${VIGIL_TEST_KIBANA_API_KEY}
  space: oncall
`, esURL, kibanaURL)
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// vigil setup installs the index template, then in Kibana the data view the
// alerts' links name, the alert history's and the dashboard, one line each;
// run again it changes nothing and says so.
func TestSetupInstallsKibanaDataViewsAndDashboard(t *testing.T) {
	t.Setenv("VIGIL_TEST_KIBANA_API_KEY", fakeKibanaKey)
	es := estest.NewServer(t)
	k := kibanatest.NewServer(t, kibanatest.Options{APIKey: fakeKibanaKey, Spaces: []string{"oncall"}})
	path := writeSetupConfig(t, es.URL, k.URL)

	var out, errs bytes.Buffer
	if code := run([]string{"setup", "-c", path}, nil, &out, &errs); code != 0 {
		t.Fatalf("setup exit %d: %s", code, errs.String())
	}
	if _, ok := es.Templates()["vigil-logs"]; !ok {
		t.Errorf("no index template: %v", es.Templates())
	}
	// The data view every alert's link opens exists, with the logs' pattern.
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	_, view, _ := kibanaTarget(cfg.Alerting, cfg.Elasticsearch)
	if title, tf, _, ok := k.DataView("oncall", view); !ok || title != "shop-*" || tf != "@timestamp" {
		t.Errorf("links' data view %q: %q %q %v", view, title, tf, ok)
	}
	if title, _, _, ok := k.DataView("oncall", kibana.DefaultAlertsID); !ok || title != kibana.DefaultAlertsTitle {
		t.Errorf("alert history data view: %q %v", title, ok)
	}
	objs, err := kibana.Overview(view, kibana.DefaultAlertsID)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if want := 1 + 2 + len(objs); len(lines) != want {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), want, out.String())
	}
	if !strings.HasPrefix(lines[0], `installed index template "vigil-logs" for shop-*`) {
		t.Errorf("line 1: %s", lines[0])
	}
	if want := `kibana data view "shop-logs" (shop-*): created`; lines[1] != want {
		t.Errorf("line 2: %s, want %s", lines[1], want)
	}
	for _, o := range objs {
		if _, ok := k.Object("oncall", o.Type, o.ID); !ok {
			t.Errorf("%s/%s not in Kibana", o.Type, o.ID)
		}
		if !strings.Contains(out.String(), fmt.Sprintf("kibana %s %q (%s): created", o.Type, o.ID, o.Title())) {
			t.Errorf("no created line for %s/%s:\n%s", o.Type, o.ID, out.String())
		}
	}
	if strings.Contains(out.String()+errs.String(), fakeKibanaKey) {
		t.Error("the API key was printed")
	}
	writes := k.Writes()
	t.Logf("first run:\n%s", out.String())

	out.Reset()
	errs.Reset()
	if code := run([]string{"setup", "-c", path}, nil, &out, &errs); code != 0 {
		t.Fatalf("second setup exit %d: %s", code, errs.String())
	}
	if k.Writes() != writes {
		t.Errorf("the second run wrote %d times", k.Writes()-writes)
	}
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n")[1:] {
		if !strings.HasSuffix(l, ": unchanged") {
			t.Errorf("second run: %s", l)
		}
	}

	// --skip-kibana leaves Kibana alone.
	before := len(k.Requests())
	if code := run([]string{"setup", "-c", path, "--skip-kibana"}, nil, &out, &errs); code != 0 {
		t.Fatalf("--skip-kibana exit %d: %s", code, errs.String())
	}
	if n := len(k.Requests()); n != before {
		t.Errorf("--skip-kibana sent %d requests", n-before)
	}
}

// --kibana-url with the built-in config: the logs data view is the
// default index's pattern, logs-*, in the default space.
func TestSetupKibanaURLFlag(t *testing.T) {
	es := estest.NewServer(t)
	k := kibanatest.NewServer(t, kibanatest.Options{})
	var out, errs bytes.Buffer
	if code := run([]string{"setup", "--es-url", es.URL, "--kibana-url", k.URL}, nil, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if title, _, _, ok := k.DataView("default", "logs-*"); !ok || title != "logs-*" {
		t.Errorf("logs data view: %q %v\n%s", title, ok, out.String())
	}
	if code := run([]string{"setup", "--es-url", es.URL, "--kibana-url", "kibana:5601"}, nil, &out, &errs); code != exitUsage ||
		!strings.Contains(errs.String(), "--kibana-url: must be an absolute http or https URL") {
		t.Errorf("a bad --kibana-url: exit %d: %s", code, errs.String())
	}
}

// A Kibana error fails setup (exit 1) with a message naming Kibana, the
// endpoint, the status and Kibana's own message, and never the key.
func TestSetupKibanaErrorExitsNonZero(t *testing.T) {
	t.Setenv("VIGIL_TEST_KIBANA_API_KEY", "d3JvbmctZmFrZS1rZXk=")
	es := estest.NewServer(t)
	k := kibanatest.NewServer(t, kibanatest.Options{APIKey: fakeKibanaKey, Spaces: []string{"oncall"}})
	path := writeSetupConfig(t, es.URL, k.URL)
	var out, errs bytes.Buffer
	code := run([]string{"setup", "-c", path}, nil, &out, &errs)
	if code != exitError {
		t.Fatalf("exit %d, want %d: %s", code, exitError, errs.String())
	}
	msg := errs.String()
	for _, want := range []string{"vigil: setup: Kibana at " + k.URL, "GET /s/oncall/api/data_views/data_view/shop-logs", "401 Unauthorized", "unable to authenticate", "kibana.api_key"} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q lacks %q", msg, want)
		}
	}
	if strings.Contains(msg, "d3JvbmctZmFrZS1rZXk=") {
		t.Error("the error shows the API key")
	}
	if !strings.Contains(out.String(), "installed index template") || strings.Contains(out.String(), "kibana data view") {
		t.Errorf("stdout: %s", out.String())
	}
	if len(k.Objects("oncall")) != 0 {
		t.Error("objects were written")
	}
}
