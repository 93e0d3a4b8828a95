package eightheval

import (
	"os"
	"strings"
	"testing"
)

// TestDump prints the lines where values of one leak class leaked, or
// look-alikes of one type were damaged: VIGIL_EIGHTH_DUMP names a class
// as the report prints it ("name/plain in zpl_label", "name/plain", or
// "damage fedex", optionally "damage fedex in pdf_invoice_text"). Values
// are shape-masked unless VIGIL_EVAL_SHOW=1.
func TestDump(t *testing.T) {
	want := os.Getenv("VIGIL_EIGHTH_DUMP")
	if want == "" {
		t.Skip("set VIGIL_EIGHTH_DUMP to a leak class or \"damage <type>\"")
	}
	seed, _ := corpusSeed(t)
	lines, err := generate(seed, corpusLines, false)
	if err != nil {
		t.Fatal(err)
	}
	red := vigilRedactor(t)
	show := func(s string) string {
		if showReal() {
			return s
		}
		return maskShape(s)
	}
	dtyp, damage := strings.CutPrefix(want, "damage ")
	class, inCtx, _ := strings.Cut(want, " in ")
	if damage {
		dtyp, inCtx, _ = strings.Cut(dtyp, " in ")
	}
	shown := 0
	for i := range lines {
		ln := &lines[i]
		if inCtx != "" && ln.ctx != inCtx {
			continue
		}
		res, err := judge(lines[i:i+1], red, false)
		if err != nil {
			t.Fatal(err)
		}
		hit := ""
		if damage {
			if tl := res.lookByType[dtyp]; tl != nil && tl.bad > 0 {
				hit = "damage " + dtyp
			}
		} else {
			for k := range res.byShape {
				if c, _, _ := strings.Cut(k, " in "); (c == class || k == want) && res.byShape[k].bad > 0 {
					hit = k
				}
			}
		}
		if hit == "" {
			continue
		}
		out, _ := red(ln.ndjson, ln.text)
		t.Logf("line %d %s (%s): %s\n  in:  %s\n  out: %s", ln.idx, ln.ctx, ln.loc, hit, show(ln.text), show(out))
		if shown++; shown >= 10 {
			break
		}
	}
}
