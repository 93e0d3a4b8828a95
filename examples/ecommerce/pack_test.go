package ecommerce_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/vigilops/vigil/examples/ecommerce"
	"github.com/vigilops/vigil/rules"
)

// The starter pack's rule tests pass, and the embedded rules are the ones
// on disk.
func TestStarterPack(t *testing.T) {
	tests, err := filepath.Glob("tests/*.yaml")
	if err != nil || len(tests) == 0 {
		t.Fatalf("no rule tests: %v", err)
	}
	var out bytes.Buffer
	failed, err := rules.RunTests(tests, &out)
	if err != nil || failed > 0 {
		t.Fatalf("%d rule tests failed (%v):\n%s", failed, err, out.String())
	}
	embedded, err := rules.LoadFS(ecommerce.FS, "rules")
	if err != nil {
		t.Fatal(err)
	}
	onDisk, err := rules.LoadDir("rules")
	if err != nil {
		t.Fatal(err)
	}
	if embedded.Len() != onDisk.Len() || embedded.Len() < 10 {
		t.Errorf("embedded %d rules, on disk %d", embedded.Len(), onDisk.Len())
	}
	var testText []byte
	for _, f := range tests {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		testText = append(testText, b...)
	}
	for _, r := range onDisk.Rules {
		if embedded.Rule(r.Name) == nil {
			t.Errorf("rule %s is not embedded", r.Name)
		}
		if !bytes.Contains(testText, []byte(r.Name)) {
			t.Errorf("rule %s has no rule test", r.Name)
		}
	}
}
