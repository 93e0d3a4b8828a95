package elasticsearch_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestNoTypedAPI fails when a non-test package of the module links
// go-elasticsearch's root client package or its typed API: they are most of
// a cold build (about 860 packages), and vigil only needs esapi and the
// transport.
func TestNoTypedAPI(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
	const module = "github.com/vigilops/vigil"
	// Each line: a package (the module's or a dependency) and its imports.
	out, err := exec.Command(goTool, "list", "-e", "-deps",
		"-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, module+"/...").Output()
	if err != nil {
		msg := err.Error()
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("go list: %s", msg)
	}
	forbidden := func(p string) bool {
		const root = "github.com/elastic/go-elasticsearch/v8"
		return p == root || p == root+"/typedapi" || strings.HasPrefix(p, root+"/typedapi/")
	}
	seen, linked := false, 0
	for line := range strings.Lines(string(out)) {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		pkg, imports := fields[0], fields[1:]
		seen = seen || pkg == module+"/sinks/elasticsearch"
		if forbidden(pkg) {
			linked++
			continue
		}
		if i := slices.IndexFunc(imports, forbidden); i >= 0 {
			t.Errorf("%s imports %s: use esapi over elastictransport", pkg, imports[i])
		}
	}
	if !seen {
		t.Fatalf("go list did not list %s/sinks/elasticsearch:\n%s", module, out)
	}
	if linked > 0 {
		t.Errorf("%d packages of go-elasticsearch's root client or typed API are linked", linked)
	}
}
