package seventheval

import (
	"os"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

// TestDump prints, for one leak class ("name/latin") or one class in one
// context ("name/latin in edifact") named by VIGIL_SEVENTH_DUMP, the lines
// where a value leaked: input and output. Values are shape-masked unless
// VIGIL_EVAL_SHOW=1.
func TestDump(t *testing.T) {
	want := os.Getenv("VIGIL_SEVENTH_DUMP")
	if want == "" {
		t.Skip("set VIGIL_SEVENTH_DUMP to a leak class, optionally followed by \" in <context>\"")
	}
	class, inCtx, _ := strings.Cut(want, " in ")
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	seed, _ := corpusSeed(t)
	dec := event.NewDecoder(nil)
	var ev event.Event
	shown := 0
	for i := 0; i < defaultLines && shown < 12; i++ {
		cx, _ := lineSpec(i)
		if inCtx != "" && cx.name != inCtx {
			continue
		}
		c, line := render(seed, i, false)
		_, bgLine := render(seed, i, true)
		out, bg := r.String(line), bgLine
		if cx.event {
			ev.Reset()
			if err := dec.Decode([]byte(bgLine), &ev); err != nil {
				t.Fatal(err)
			}
			bg = string(ev.AppendJSON(nil))
			ev.Reset()
			if err := dec.Decode([]byte(line), &ev); err != nil {
				t.Fatal(err)
			}
			r.Event(&ev)
			out = string(ev.AppendJSON(nil))
		}
		on, bn := mkNorms(out), mkNorms(bg)
		for k, v := range c.vals {
			if v.class != class || !leaked(v, k, c.vals, on, bn) {
				continue
			}
			t.Logf("line %d %s: leak %s\n  in:  %s\n  out: %s", i, cx.name, shape(v.text), shape(line), shape(out))
			shown++
			break
		}
	}
}
