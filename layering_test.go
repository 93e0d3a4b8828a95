package vigil_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// allowedUpward lists the imports against the layering of
// docs/architecture.md §2 ("Layers") that exist today, each with its
// reason. Nothing else may be added here without a reason and an issue that
// removes it; an entry whose import is gone fails the test, so the list only
// shrinks.
var allowedUpward = map[importEdge]string{
	// None today. An entry names an import against the layering that exists
	// for a reason, and goes once the import does.
}

// importEdge is an import by module-relative package path ("" is the module
// root).
type importEdge struct{ from, to string }

// TestImportsFollowTheLayers checks every non-test import between the
// module's packages against the layer table of docs/architecture.md.
func TestImportsFollowTheLayers(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH to list the import graph")
	}
	doc, err := os.ReadFile("docs/architecture.md")
	if err != nil {
		t.Fatal(err)
	}
	layers, err := parseLayers(doc)
	if err != nil {
		t.Fatalf("docs/architecture.md: %v", err)
	}
	cmd := exec.Command(goTool, "list", "-e", "-json=ImportPath,Imports,GoFiles,CgoFiles,Module,Error", "./...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	pkgs, err := parseGoList(out)
	if err != nil {
		t.Fatalf("go list output: %v", err)
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list found only %d packages; is the test running at the module root?", len(pkgs))
	}
	for _, p := range checkLayers(layers, pkgs, allowedUpward) {
		t.Error(p)
	}
}

// layerRule is one package pattern of the layer table.
type layerRule struct {
	pattern string // module-relative; "x/..." is x and every package below it
	layer   int
	name    string // the table's description, for messages
}

func (r layerRule) matches(pkg string) bool {
	if base, ok := strings.CutSuffix(r.pattern, "/..."); ok {
		return pkg == base || strings.HasPrefix(pkg, base+"/")
	}
	return pkg == r.pattern
}

// specificity orders the rules a package matches: an exact name beats any
// "/..." pattern, and a longer prefix beats a shorter one.
func (r layerRule) specificity() int {
	if base, ok := strings.CutSuffix(r.pattern, "/..."); ok {
		return 2 * len(base)
	}
	return 2*len(r.pattern) + 1
}

var (
	layersHeading = regexp.MustCompile(`(?m)^###\s+Layers\s*$`)
	backticked    = regexp.MustCompile("`([^`]+)`")
)

// parseLayers reads the table that follows the "### Layers" heading:
// | layer number | `pattern`, `pattern` | description |.
func parseLayers(doc []byte) ([]layerRule, error) {
	loc := layersHeading.FindIndex(doc)
	if loc == nil {
		return nil, errors.New(`no "### Layers" section`)
	}
	var rules []layerRule
	inTable := false
	sc := bufio.NewScanner(bytes.NewReader(doc[loc[1]:]))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "|") {
			if inTable {
				break
			}
			if strings.HasPrefix(line, "#") {
				break
			}
			continue
		}
		inTable = true
		cells := strings.Split(strings.Trim(line, "|"), "|")
		if len(cells) < 2 {
			return nil, fmt.Errorf("layer table row %q has fewer than two cells", line)
		}
		first := strings.TrimSpace(cells[0])
		if first == "layer" || strings.Trim(first, "-: ") == "" {
			continue // header and separator
		}
		n, err := strconv.Atoi(first)
		if err != nil {
			return nil, fmt.Errorf("layer table row %q: the first cell is not a layer number", line)
		}
		name := "" // the description up to its first colon or semicolon
		if len(cells) > 2 {
			name, _, _ = strings.Cut(cells[2], ":")
			name, _, _ = strings.Cut(name, ";")
			name = strings.TrimSpace(name)
		}
		ms := backticked.FindAllStringSubmatch(cells[1], -1)
		if len(ms) == 0 {
			return nil, fmt.Errorf("layer %d names no `package`", n)
		}
		for _, m := range ms {
			rules = append(rules, layerRule{pattern: m[1], layer: n, name: name})
		}
	}
	if len(rules) == 0 {
		return nil, errors.New(`the "### Layers" section has no table`)
	}
	seen := map[string]int{}
	for _, r := range rules {
		if l, dup := seen[r.pattern]; dup {
			return nil, fmt.Errorf("`%s` is in layers %d and %d", r.pattern, l, r.layer)
		}
		seen[r.pattern] = r.layer
	}
	return rules, nil
}

// listedPackage is one package of `go list`, with module-relative paths.
type listedPackage struct {
	path    string
	imports []string // the module's packages only
}

// parseGoList reads the JSON stream of `go list -json` and keeps the main
// module's packages that have non-test Go files (a directory of tests
// alone, such as the module root, can be imported by nobody).
func parseGoList(out []byte) ([]listedPackage, error) {
	type goPkg struct {
		ImportPath        string
		Imports           []string
		GoFiles, CgoFiles []string
		Module            *struct{ Path string }
		Error             *struct{ Err string }
	}
	var pkgs []listedPackage
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p goPkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, err
		}
		if p.Error != nil {
			return nil, fmt.Errorf("%s: %s", p.ImportPath, p.Error.Err)
		}
		if p.Module == nil || len(p.GoFiles)+len(p.CgoFiles) == 0 {
			continue
		}
		mod := p.Module.Path
		rel := func(path string) (string, bool) {
			if path == mod {
				return "", true
			}
			r, ok := strings.CutPrefix(path, mod+"/")
			return r, ok
		}
		self, ok := rel(p.ImportPath)
		if !ok {
			continue
		}
		lp := listedPackage{path: self}
		for _, imp := range p.Imports {
			if r, ok := rel(imp); ok {
				lp.imports = append(lp.imports, r)
			}
		}
		pkgs = append(pkgs, lp)
	}
	return pkgs, nil
}

// checkLayers returns one problem per upward import not in allowed, per
// package that no rule names, and per allowed import that no longer
// exists or is no longer upward.
func checkLayers(rules []layerRule, pkgs []listedPackage, allowed map[importEdge]string) []string {
	var problems []string
	layerOf := map[string]layerRule{}
	for _, p := range pkgs {
		var best *layerRule
		for i, r := range rules {
			if !r.matches(p.path) {
				continue
			}
			if best == nil || r.specificity() > best.specificity() {
				best = &rules[i]
			}
		}
		if best == nil {
			problems = append(problems, fmt.Sprintf("package %s is in no layer: add it to the layer table of docs/architecture.md §2", show(p.path)))
			continue
		}
		layerOf[p.path] = *best
	}
	used := map[importEdge]bool{}
	for _, p := range pkgs {
		from, ok := layerOf[p.path]
		if !ok {
			continue
		}
		for _, imp := range p.imports {
			to, ok := layerOf[imp]
			if !ok || to.layer <= from.layer {
				continue
			}
			e := importEdge{p.path, imp}
			if _, ok := allowed[e]; ok {
				used[e] = true
				continue
			}
			problems = append(problems, fmt.Sprintf("%s (layer %d, %s) imports %s (layer %d, %s), a higher layer: "+
				"invert the dependency (declare the interface in %s) or move the code; the layers are in docs/architecture.md §2",
				show(p.path), from.layer, from.name, show(imp), to.layer, to.name, show(p.path)))
		}
	}
	edges := make([]importEdge, 0, len(allowed))
	for e := range allowed {
		edges = append(edges, e)
	}
	slices.SortFunc(edges, func(a, b importEdge) int { return strings.Compare(a.from+" "+a.to, b.from+" "+b.to) })
	for _, e := range edges {
		if !used[e] {
			problems = append(problems, fmt.Sprintf("allowed upward import %s -> %s (%s) is gone or no longer upward: remove it from allowedUpward",
				show(e.from), show(e.to), allowed[e]))
		}
	}
	return problems
}

func show(pkg string) string {
	if pkg == "" {
		return "the module root"
	}
	return pkg
}

// The checker on a made-up graph: a new upward import, a package outside
// every layer and a stale allowance each fail; same-layer and downward
// imports, and an allowed upward one, pass.
func TestCheckLayersOnAFakeGraph(t *testing.T) {
	doc := []byte("## 2. Packages\n\n### Layers\n\nprose\n\n" +
		"| layer | packages | what they are |\n|---|---|---|\n" +
		"| 0 | `event`, `internal/...` | contracts |\n" +
		"| 1 | `detectors/...` | models |\n" +
		"| 4 | `pipeline` | wiring |\n" +
		"| 5 | `pipeline/kafka`, `sinks/...` | I/O |\n" +
		"| 6 | `internal/special` | an exception below a broader row |\n" +
		"\n## 3. Next\n\n| 9 | `ignored` | after the table |\n")
	rules, err := parseLayers(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) != 7 {
		t.Fatalf("parsed %d rules, want 7: %+v", len(rules), rules)
	}
	graph := []listedPackage{
		{path: "event"},
		{path: "internal/backoff"},
		{path: "internal/special", imports: []string{"pipeline"}}, // 6 -> 4: down, most specific row
		{path: "detectors", imports: []string{"event", "internal/backoff"}},
		{path: "detectors/cadence", imports: []string{"detectors"}},
		{path: "pipeline", imports: []string{"event", "pipeline/kafka", "sinks/elasticsearch"}},
		{path: "pipeline/kafka", imports: []string{"internal/backoff"}},
		{path: "sinks/elasticsearch", imports: []string{"sinks/elasticsearch/estest"}}, // same layer
		{path: "sinks/elasticsearch/estest"},
		{path: "event/fast", imports: []string{"detectors"}}, // in no layer
		{path: "", imports: []string{"event"}},               // the module root, in no layer
	}
	allowed := map[importEdge]string{
		{"pipeline", "pipeline/kafka"}: "adapters",
		{"detectors", "pipeline"}:      "long gone",
	}
	got := checkLayers(rules, graph, allowed)
	want := []string{
		"package event/fast is in no layer",
		"package the module root is in no layer",
		"pipeline (layer 4, wiring) imports sinks/elasticsearch (layer 5, I/O), a higher layer",
		"allowed upward import detectors -> pipeline (long gone) is gone or no longer upward",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d:\n got %s\nwant %s…", i, got[i], want[i])
		}
	}

	for name, bad := range map[string]string{
		"no section":     "## 2. Packages\n",
		"no table":       "### Layers\n\nprose only\n\n## 3. Next\n",
		"no number":      "### Layers\n\n| layer | packages |\n|---|---|\n| top | `cmd/...` |\n",
		"no package":     "### Layers\n\n| layer | packages |\n|---|---|\n| 1 | nothing quoted |\n",
		"pattern twice":  "### Layers\n\n| layer | packages |\n|---|---|\n| 1 | `a` |\n| 2 | `a` |\n",
		"one cell a row": "### Layers\n\n|1|\n",
	} {
		if _, err := parseLayers([]byte(bad)); err == nil {
			t.Errorf("%s: parsed without an error", name)
		}
	}
}
