package twentyeightheval

import (
	"os"
	"testing"
)

func TestDumpSamples(t *testing.T) {
	if os.Getenv("VIGIL_TWENTYEIGHTH_DUMP") == "" {
		t.Skip("set VIGIL_TWENTYEIGHTH_DUMP=1 to print one case per template")
	}
	seen := map[string]bool{}
	for _, c := range corpus(corpusSeed()) {
		k := c.tmpl
		if c.dead {
			k += "/dead"
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		t.Logf("=== %s loc=%s dead=%v\n%s", c.tmpl, c.loc, c.dead, c.input())
	}
}
