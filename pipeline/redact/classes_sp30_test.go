package redact

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"testing"
)

// testTexts returns the string literals of the package's tests (6 bytes or
// more): the texts every class's tests redact, traps included.
func testTexts(t *testing.T) []string {
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var texts []string
	fset := token.NewFileSet()
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			if bl, ok := n.(*ast.BasicLit); ok && bl.Kind == token.STRING {
				if v, err := strconv.Unquote(bl.Value); err == nil && len(v) >= 6 && !seen[v] {
					seen[v] = true
					texts = append(texts, v)
				}
			}
			return true
		})
	}
	return texts
}

// TestPassMasksAreNecessary holds each pass's feature mask (sp30_passes.go)
// to its gate: with every pass called whatever its mask, the spans found in
// every text of the package's tests, as free text and as a JSON line, are
// the same. A mask that names a feature its gate can do without fails here
// on a text that lacks the feature and that the pass redacts.
func TestPassMasksAreNecessary(t *testing.T) {
	texts := testTexts(t)
	if len(texts) < 1000 {
		t.Fatalf("only %d texts", len(texts))
	}
	on, off := newDefault(t), newDefault(t)
	defer func() { passMasksOff = false }()
	differ := 0
	for _, s := range texts {
		passMasksOff = false
		a := on.String(s)
		aj, _ := on.AppendJSON(nil, []byte(s))
		passMasksOff = true
		b := off.String(s)
		bj, _ := off.AppendJSON(nil, []byte(s))
		if a != b || string(aj) != string(bj) {
			differ++
			if differ <= 5 {
				t.Errorf("masks change the output of %q:\n with  %q\n without %q", s, a, b)
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d of %d texts differ", differ, len(texts))
	}
}

// TestPassMasksRuleOut: a plain message with none of the marked bytes calls
// none of the passes that need them (the table is read, not bypassed).
func TestPassMasksRuleOut(t *testing.T) {
	sc := &scanner{}
	sc.fd = fdCtx{s: "order sync completed for 40 orders", sig: sigOf("order sync completed for 40 orders")}
	called := 0
	for _, p := range passTable {
		st := uint64(sc.fd.sig) | fAlways | fDepth0 | fDepthLt2 | fLen24
		if st&p.all == p.all && st&p.any != 0 {
			called++
		}
	}
	if called == 0 || called >= len(passTable) {
		t.Fatalf("%d of %d passes open to a plain message", called, len(passTable))
	}
	t.Logf("%d of %d passes open to a plain message", called, len(passTable))
}
