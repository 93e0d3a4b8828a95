package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"
	"gopkg.in/yaml.v3"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config"
	"github.com/vigilops/vigil/sinks/notify"
)

// No Docker engine runs where vigil is tested, so this checks that
// docker-compose.yml is well-formed and wires the stack the README promises.
func TestComposeFileWiresTheStack(t *testing.T) {
	data, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Services map[string]struct {
			Image       string            `yaml:"image"`
			Build       any               `yaml:"build"`
			Command     []string          `yaml:"command"`
			Environment map[string]any    `yaml:"environment"`
			Volumes     []string          `yaml:"volumes"`
			DependsOn   map[string]any    `yaml:"depends_on"`
			Healthcheck map[string]any    `yaml:"healthcheck"`
			Ports       []string          `yaml:"ports"`
			Extra       map[string]string `yaml:",inline"`
		} `yaml:"services"`
		Volumes map[string]any `yaml:"volumes"`
		Name    string         `yaml:"name"`
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(false)
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	for _, name := range []string{"kafka", "elasticsearch", "kibana", "alertmanager", "vigil", "simulator"} {
		if _, ok := f.Services[name]; !ok {
			t.Errorf("service %s missing", name)
		}
	}
	if k := f.Services["kafka"]; k.Environment["KAFKA_PROCESS_ROLES"] != "broker,controller" {
		t.Errorf("kafka is not a single KRaft node: %v", k.Environment["KAFKA_PROCESS_ROLES"])
	}
	if es := f.Services["elasticsearch"]; !strings.Contains(es.Image, "elasticsearch:8.") || es.Healthcheck == nil {
		t.Errorf("elasticsearch: image %q, healthcheck %v", es.Image, es.Healthcheck)
	}
	if kb := f.Services["kibana"]; !strings.Contains(kb.Image, "kibana:8.") {
		t.Errorf("kibana image %q", kb.Image)
	}
	v := f.Services["vigil"]
	if v.Build == nil {
		t.Error("vigil is not built from the repository's Dockerfile")
	}
	if _, err := os.Stat("../../Dockerfile"); err != nil {
		t.Error(err)
	}
	for _, dep := range []string{"kafka", "elasticsearch"} {
		if _, ok := v.DependsOn[dep]; !ok {
			t.Errorf("vigil does not wait for %s", dep)
		}
	}
	// Every file mounted into vigil exists in the repository, and the
	// config it names parses with vigil's own loader.
	for _, vol := range v.Volumes {
		host := strings.SplitN(vol, ":", 2)[0]
		if !strings.HasPrefix(host, "./") {
			continue
		}
		if _, err := os.Stat("../../" + host); err != nil {
			t.Errorf("volume %s: %v", vol, err)
			continue
		}
		if strings.HasSuffix(host, ".yaml") {
			cfg, err := config.Load("../../" + host)
			if err != nil {
				t.Errorf("%s does not load: %v", host, err)
				continue
			}
			if err := cfg.Kafka.Validate(); err != nil {
				t.Errorf("%s: kafka: %v", host, err)
			}
			if len(cfg.Elasticsearch.URLs) == 0 || len(cfg.Alerting.Receivers) == 0 {
				t.Errorf("%s: no elasticsearch or receivers", host)
			}
			// An alert reaches both the terminal and Alertmanager.
			built, err := notify.Build(cfg.Alerting.Receivers, notify.Env{Stdout: io.Discard})
			if err != nil {
				t.Fatal(err)
			}
			d, err := alerting.NewDispatcher(cfg.Alerting, built, zerolog.Nop())
			if err != nil {
				t.Fatal(err)
			}
			got := d.Receivers(alert.Alert{Rule: "r", Severity: alert.P1, Labels: map[string]string{"service.name": "x"}})
			if strings.Join(got, ",") != "terminal,alertmanager" {
				t.Errorf("%s routes an alert to %v, want terminal and alertmanager", host, got)
			}
		}
	}
	sim := f.Services["simulator"]
	if sim.Build == nil || len(sim.Command) == 0 || sim.Command[0] != "simulate" {
		t.Errorf("simulator command %v", sim.Command)
	}
	// The commands compose runs exist in the CLI.
	root := newRoot(nil, nil, nil)
	for _, svc := range []string{"vigil", "simulator"} {
		cmd := f.Services[svc].Command
		if c, _, err := root.Find(cmd); err != nil || c == root {
			t.Errorf("%s: command %v is not a vigil command", svc, cmd)
		}
	}
}

// Every example config loads with vigil's strict loader and builds a stack.
func TestExampleConfigsLoad(t *testing.T) {
	paths, err := filepath.Glob("../../examples/*/vigil.yaml")
	if err != nil || len(paths) < 2 {
		t.Fatalf("example configs: %v %v", paths, err)
	}
	t.Setenv("VIGIL_RULES_DIR", "../../examples/ecommerce/rules")
	t.Setenv("VIGIL_REDACT_KEY", "test-only-key-0123456789abcdef")
	for _, p := range paths {
		cfg, err := config.Load(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		g := &globals{stdout: io.Discard, stderr: io.Discard}
		if _, err := g.newStack(cfg, nil, nil); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// The README's configuration reference is a valid vigil.yaml.
func TestREADMEConfigReferenceParses(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i := strings.Index(s, "## Configuration reference")
	if i < 0 {
		t.Fatal("no configuration reference in the README")
	}
	start := strings.Index(s[i:], "```yaml\n")
	end := strings.Index(s[i+start+8:], "```")
	if start < 0 || end < 0 {
		t.Fatal("no yaml block in the configuration reference")
	}
	block := s[i+start+8 : i+start+8+end]
	env := func(k string) (string, bool) { return "https://hooks.example.com/" + strings.ToLower(k), true }
	cfg, err := config.Parse("README.md", []byte(block), env)
	if err != nil {
		t.Fatalf("the README's vigil.yaml does not load:\n%v", err)
	}
	if err := cfg.Kafka.Validate(); err != nil {
		t.Errorf("kafka: %v", err)
	}
	if len(cfg.Alerting.Receivers) != 2 || len(cfg.Alerting.MaintenanceWindows) != 1 || len(cfg.Redact.Custom) != 1 {
		t.Errorf("sections lost: %+v", cfg.Alerting)
	}
}
