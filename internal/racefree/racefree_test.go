package racefree

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestNoraceRunSelectsExactlyTheCallers holds scripts/test's norace pattern
// and package list to the tests that call Only: each of them runs there
// (a skipped test that nothing runs again would be lost silently), and no
// other test of those packages does (it would run twice).
func TestNoraceRunSelectsExactlyTheCallers(t *testing.T) {
	root := filepath.Join("..", "..")
	script, err := os.ReadFile(filepath.Join(root, "scripts", "test"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^norace='([^']+)'$`).FindSubmatch(script)
	if m == nil {
		t.Fatal("scripts/test sets no norace='…' pattern")
	}
	pattern, err := regexp.Compile(string(m[1]))
	if err != nil {
		t.Fatalf("scripts/test's norace pattern: %v", err)
	}

	callers, others := map[string]bool{}, map[string]bool{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != root || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "Test") || fn.Body == nil {
				continue
			}
			name := filepath.Dir(path) + " " + fn.Name.Name
			calls := false
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "Only" {
					if id, ok := sel.X.(*ast.Ident); ok && id.Name == "racefree" {
						calls = true
					}
				}
				return !calls
			})
			if calls {
				callers[name] = true
			} else {
				others[name] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(callers) == 0 {
		t.Fatal("no test calls racefree.Only: scripts/test's norace run selects nothing")
	}
	dirs := map[string]bool{}
	for c := range callers {
		dir, test, _ := strings.Cut(c, " ")
		dirs[dir] = true
		if !pattern.MatchString(test) {
			t.Errorf("%s calls racefree.Only but scripts/test's norace pattern %q does not select it", c, m[1])
		}
	}
	for o := range others {
		dir, test, _ := strings.Cut(o, " ")
		if dirs[dir] && pattern.MatchString(test) {
			t.Errorf("scripts/test's norace pattern %q also selects %s, which runs under -race already", m[1], o)
		}
	}
}
