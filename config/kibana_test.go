package config

import (
	"strings"
	"testing"
)

// The kibana section: strict keys, ${ENV} for the API key, errors at the
// key's line, and the logs data view's id agreeing with the links'.
func TestKibanaSection(t *testing.T) {
	const key = "ZmFrZS1rZXktaWQ6ZmFrZS1rZXk=" // obviously fake
	vars := env(map[string]string{"VIGIL_TEST_KIBANA_KEY": key})
	c, err := Parse("vigil.yaml", []byte(`
alerting:
  kibana_url: https://kibana.example.com
  data_view: shop-logs
kibana:
  api_key: ${VIGIL_TEST_KIBANA_KEY}
  space: oncall
  timeout: 10s
  alerts_data_view: {id: shop-alerts}
`), vars)
	if err != nil {
		t.Fatal(err)
	}
	if k := c.Kibana; k.APIKey != key || k.Space != "oncall" || k.Timeout.Seconds() != 10 || !k.Dashboard || k.AlertsDataView.ID != "shop-alerts" {
		t.Errorf("kibana: %+v", k)
	}
	if Default().Kibana.Dashboard != true {
		t.Error("the dashboard is not imported by default")
	}

	for doc, want := range map[string]string{
		"kibana:\n  url: https://k.example.com\n  colour: red\n":        `vigil.yaml:3: unknown key "colour"`,
		"kibana:\n  url: kibana.example.com\n":                          "vigil.yaml:2: kibana.url: must be an absolute http or https URL",
		"kibana:\n  space: On Call\n":                                   `vigil.yaml:2: kibana.space: want a Kibana space id`,
		"kibana:\n  api_key: " + key + "\n  username: vigil\n":          "vigil.yaml:2: kibana.api_key: cannot be combined with username/password",
		"alerting:\n  data_view: a\nkibana:\n  data_view:\n    id: b\n": `vigil.yaml:5: kibana.data_view.id: must be alerting.data_view ("a")`,
		"kibana:\n  dashboard: maybe\n":                                 "vigil.yaml:2:",
	} {
		_, err := Parse("vigil.yaml", []byte(doc), vars)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q:\n got %v\nwant %s", doc, err, want)
			continue
		}
		if strings.Contains(err.Error(), key) {
			t.Errorf("%q: the error quotes the key: %v", doc, err)
		}
	}
}
