package twentysecondeval

import (
	"fmt"
	"os"
	"testing"
)

// TestTwentySecondSample writes some lines of the corpus to VIGIL_TWENTYSECOND_DUMP.
func TestTwentySecondSample(t *testing.T) {
	p := os.Getenv("VIGIL_TWENTYSECOND_DUMP")
	if p == "" {
		t.Skip("set VIGIL_TWENTYSECOND_DUMP=file to write sample lines")
	}
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := defaultCorpus()
	seen := map[string]int{}
	for _, ln := range c.lines {
		if seen[ln.tmpl] >= 2 {
			continue
		}
		seen[ln.tmpl]++
		fmt.Fprintf(f, "### %s/%s %s %s ndjson=%v\n%s\n", ln.ctx, ln.tmpl, ln.form, ln.loc, ln.ndjson, ln.text)
		for _, x := range ln.vals {
			fmt.Fprintf(f, "   V %s %q keys=%q\n", x.kind, x.text, x.keys)
		}
	}
}
