package main

import (
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
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
		if strings.HasPrefix(host, "./") {
			if _, err := os.Stat("../../" + host); err != nil {
				t.Errorf("volume %s: %v", vol, err)
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
