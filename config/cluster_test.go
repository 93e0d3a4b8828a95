package config

import (
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/pipeline/cluster"
)

// The cluster section: single by default; kafka with its topics and
// liveness; a bad value or an unknown key is refused with its line and key.
func TestClusterSection(t *testing.T) {
	c, err := Parse("vigil.yaml", []byte("kafka: {brokers: [\"k:9092\"]}\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Cluster.Enabled() {
		t.Fatalf("cluster on by default: %+v", c.Cluster)
	}
	c, err = Parse("vigil.yaml", []byte(`
cluster:
  mode: kafka
  partials_topic: vigil-partials
  instance_id: vigil-a
  liveness: 10s
`), nil)
	if err != nil {
		t.Fatal(err)
	}
	d := c.Cluster.WithDefaults("grp")
	if !d.Enabled() || d.PartialsTopic != "vigil-partials" || d.ProgressTopic != "grp.progress" || d.StateTopic != "grp.state" ||
		d.InstanceID != "vigil-a" || d.Liveness != 10*time.Second {
		t.Fatalf("cluster section: %+v", d)
	}
	for src, want := range map[string]string{
		"cluster:\n  mode: sharded\n":               `vigil.yaml:2: cluster.mode: want single or kafka, got "sharded"`,
		"cluster:\n  mode: kafka\n  liveness: 1s\n": `vigil.yaml:3: cluster.liveness: must be at least 2s`,
		"cluster:\n  state_topic: \"a/b\"\n":        `vigil.yaml:2: cluster.state_topic: topic name "a/b" may hold only`,
		"cluster:\n  partitions: 3\n":               `partitions`,
	} {
		_, err := Parse("vigil.yaml", []byte(src), nil)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q:\n got %v\nwant %s", src, err, want)
		}
	}
	_ = cluster.ModeKafka
}
