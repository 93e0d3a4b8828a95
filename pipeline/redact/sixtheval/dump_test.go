package sixtheval

import (
	"os"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

// TestDump prints, for investigation, up to five lines whose leak or damage
// class contains VIGIL_SIXTH_DUMP (e.g. "name local in grpc_status", "ulid in
// curl"): the input and vigil's output, shape-masked unless VIGIL_EVAL_SHOW=1.
func TestDump(t *testing.T) {
	want := os.Getenv("VIGIL_SIXTH_DUMP")
	if want == "" {
		t.Skip("set VIGIL_SIXTH_DUMP to a leak or damage class")
	}
	lines, _ := loadCorpus(t)
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	out := vigilOutput(r)
	dec := event.NewDecoder(nil)
	show := os.Getenv("VIGIL_EVAL_SHOW") == "1"
	mask := func(s string) string {
		if show {
			return s
		}
		return shapeMask(s)
	}
	n := 0
	for _, l := range lines {
		if n == 5 {
			break
		}
		o, err := out(l, dec)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := background(l, dec)
		ov, bv := viewsOf(o), viewsOf(b)
		hit := ""
		for _, it := range l.items {
			if ok, _ := leaks(it, ov, bv); ok && strings.Contains(it.kind+" "+it.form+" in "+it.ctx, want) {
				hit = "leak " + it.kind + " " + mask(it.shown)
			}
		}
		for _, lk := range l.looks {
			v := strings.ToLower(lk.val)
			if strings.Contains(lk.typ+" in "+lk.ctx, want) && (countTok(ov.t1, v) < countTok(bv.t1, v) || countTok(ov.t2, v) < countTok(bv.t2, v)) {
				hit = "damaged " + lk.typ + " " + mask(lk.val)
			}
		}
		if hit == "" {
			continue
		}
		n++
		t.Logf("line %d %s (%s): %s\n  in:  %s\n  out: %s", l.idx, l.ctx, l.loc, hit, mask(l.real), mask(o))
	}
}
