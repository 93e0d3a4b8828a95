package alerting_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config"
)

func decode(t *testing.T, y string) alerting.Config {
	t.Helper()
	var c alerting.Config
	if err := config.Decode("test.yaml", []byte(y), &c, func(string) (string, bool) { return "", false }); err != nil {
		t.Fatalf("config: %v", err)
	}
	return c
}

// TestInvalidConfigs checks every fixture in testdata/invalid against the
// error named by its "# want:" line (a prefix of the full message).
func TestInvalidConfigs(t *testing.T) {
	files, err := filepath.Glob("testdata/invalid/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			_, want, ok := strings.Cut(string(data), "# want: ")
			if !ok {
				t.Fatal("fixture has no # want: line")
			}
			want = strings.TrimSpace(want)
			var c alerting.Config
			err = config.Decode("test.yaml", data, &c, func(string) (string, bool) { return "", false })
			if err == nil {
				t.Fatalf("accepted; want %s", want)
			}
			found := false
			for _, line := range strings.Split(err.Error(), "\n") {
				if strings.HasPrefix(line, want) {
					found = true
				}
			}
			if !found {
				t.Errorf("error:\n%v\nwant a line starting with:\n%s", err, want)
			}
		})
	}
}

func TestValidConfig(t *testing.T) {
	c := decode(t, `
route:
  receiver: default
  group_by: [service.name, rule]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h
  routes:
    - matchers: ["severity<=P1"]
      receiver: pager
      continue: true
    - matchers: ["shop.platform=~amazon|shopify", service.name!=batch]
      receiver: hook
receivers:
  - name: default
    terminal: true
  - name: pager
    pagerduty: {routing_key: abc}
  - name: hook
    send_resolved: false
    webhook:
      url: https://hooks.example.test/vigil
      headers: {Authorization: Bearer t}
      batch: true
      timeout: 5s
silences:
  - matchers: [shop.id=S1]
    ends_at: 2026-12-01T00:00:00Z
maintenance_windows:
  - name: weekly-db
    matchers: [service.name=orders-db]
    time_zone: Europe/Berlin
    weekdays: [sun]
    start: "23:00"
    end: "01:00"
  - name: migration
    matchers: [service.name=~".*"]
    ranges:
      - {starts_at: 2026-12-02T01:00:00Z, ends_at: 2026-12-02T02:00:00Z}
inhibit:
  - source: [severity=P0]
    target: ["severity=~P2|P3"]
    equal: [service.name]
kibana_url: https://kibana.example.test
data_view: vigil-logs
retry: {initial: 2s, max: 1m, attempts: 5}
queue_size: 64
nflog_file: /var/lib/vigil/nflog
nflog_retention: 12h
`)
	if err := c.ValidateAt("alerting."); err != nil {
		t.Fatal(err)
	}
	if c.Receivers[2].WantsResolved() || !c.Receivers[0].WantsResolved() {
		t.Error("send_resolved not honoured")
	}
	if got := c.Receivers[1].Type(); got != "pagerduty" {
		t.Errorf("Type = %q", got)
	}
}

func TestValidateAtPrefixesPaths(t *testing.T) {
	c := alerting.Config{Receivers: []alerting.ReceiverConfig{{Name: "x", Terminal: true}}}
	for _, prefix := range []string{"alerting", "alerting."} {
		err := c.ValidateAt(prefix)
		if err == nil || !strings.Contains(err.Error(), "alerting.route.receiver: is required") {
			t.Errorf("ValidateAt(%q) = %v", prefix, err)
		}
	}
	if err := (&alerting.Config{}).Validate(); err != nil {
		t.Errorf("an empty (unconfigured) alerting section is invalid: %v", err)
	}
}
