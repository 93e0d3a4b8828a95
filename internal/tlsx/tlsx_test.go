package tlsx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCAPool(t *testing.T) {
	dir := t.TempDir()
	if _, err := CAPool(filepath.Join(dir, "missing.pem")); err == nil {
		t.Error("a missing file gave no error")
	}
	junk := filepath.Join(dir, "junk.pem")
	if err := os.WriteFile(junk, []byte("not a certificate"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := CAPool(junk); err == nil || !strings.Contains(err.Error(), "junk.pem holds no PEM certificate") {
		t.Errorf("junk: %v", err)
	}
}
