package redact

import (
	"runtime"
	"strings"
	"testing"
)

// A value repeated all over a text is chased once: every copy is masked,
// and the work stays linear in the text (the n spans of one value used to
// add n echoes each, n² spans to sort and merge).
func TestEchoesChaseEachValueOnce(t *testing.T) {
	r := newDefault(t)
	in := strings.Repeat(`password="hunter2hunter2" note: hunter2hunter2; `, 400)
	out := r.String(in)
	if strings.Contains(out, "hunter2") {
		t.Fatalf("a copy of the password survived: %.120s…", out)
	}

	hostile := strings.Repeat(`password="`, 64<<10/len(`password="`))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r.String(hostile)
	runtime.ReadMemStats(&after)
	if got, limit := after.TotalAlloc-before.TotalAlloc, uint64(64*len(hostile)); got > limit {
		t.Errorf("redacting %d bytes of %q allocated %d bytes, more than %d: quadratic", len(hostile), `password="`, got, limit)
	}
}
