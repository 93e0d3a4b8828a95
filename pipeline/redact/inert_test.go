package redact

import (
	"testing"

	"github.com/vigilops/vigil/event"
)

// redactLines decodes and redacts each line with r and returns the JSON.
func redactLines(t *testing.T, r *Redactor, lines [][]byte) []string {
	t.Helper()
	dec := event.NewDecoder(nil)
	out := make([]string, len(lines))
	for i, l := range lines {
		var ev event.Event
		if err := dec.Decode(l, &ev); err != nil {
			t.Fatal(err)
		}
		r.Event(&ev)
		out[i] = string(ev.JSON())
	}
	return out
}

// A value served from the cache of inert values is redacted exactly as
// when it was scanned: values that repeat (levels, services, constant
// messages) come out alike, values that carry PII are never cached.
func TestInertCacheRedactsAlike(t *testing.T) {
	r := newDefault(t)
	lines := realisticLines(64)
	first := redactLines(t, r, lines)
	for round := 1; round <= 3; round++ {
		got := redactLines(t, r, lines)
		for i := range got {
			if got[i] != first[i] {
				t.Fatalf("round %d, event %d:\n got %s\nwant %s", round, i, got[i], first[i])
			}
		}
	}
	fresh := redactLines(t, newDefault(t), lines)
	for i := range fresh {
		if fresh[i] != first[i] {
			t.Fatalf("event %d differs from a fresh redactor's", i)
		}
	}
	// a constant message (a top-level key read for values hidden in keys,
	// "@timestamp", is remembered by the path cache instead: keyClean).
	// The cache is direct-mapped under a random seed, so another value may
	// take the message's slot: a collision is allowed on two redactors, not
	// on three.
	const constant = "order sync completed for 40 orders in 1234 ms"
	if !inertHolds(r, constant) {
		ok := false
		for try := 0; try < 2 && !ok; try++ {
			r2 := newDefault(t)
			for round := 0; round < 4; round++ {
				redactLines(t, r2, lines)
			}
			ok = inertHolds(r2, constant)
		}
		if !ok {
			t.Errorf("%q repeated in every event is not cached", constant)
		}
	}
	n := 0
	for i := range r.inert.hot {
		if e := r.inert.hot[i].Load(); e != nil && hasMarkerOrPII(r, e.s) {
			t.Errorf("cached value holds PII: %q", e.s)
		}
		if r.inert.hot[i].Load() != nil {
			n++
		}
	}
	if n == 0 {
		t.Fatal("nothing cached")
	}
}

// inertHolds reports whether r's cache of inert values holds v.
func inertHolds(r *Redactor, v string) bool {
	for i := range r.inert.hot {
		if e := r.inert.hot[i].Load(); e != nil && e.s == v {
			return true
		}
	}
	return false
}

// hasMarkerOrPII reports whether a fresh redactor changes s.
func hasMarkerOrPII(_ *Redactor, s string) bool {
	r, err := New(DefaultConfig())
	if err != nil {
		panic(err)
	}
	return r.String(s) != s
}

// An entry answers only for its own value and the kinds switched off when
// it was scanned; a value is admitted on its second sighting.
func TestInertCacheExact(t *testing.T) {
	r := newDefault(t)
	c := &r.inert
	s := "order_sync"
	h := c.hash(s, 0)
	c.offer(h, s, 0)
	if c.has(h, s, 0) {
		t.Fatal("admitted on the first sighting")
	}
	c.offer(h, s, 0)
	if !c.has(h, s, 0) {
		t.Fatal("not admitted on the second sighting")
	}
	if c.has(h, "order_syns", 0) {
		t.Error("an entry answered for another value with the same hash")
	}
	if c.has(c.hash(s, 1<<KindName), s, 1<<KindName) {
		t.Error("an entry answered for other kinds switched off")
	}
	if c.hash("", 0) != 0 || c.hash(string(make([]byte, maxInert+1)), 0) != 0 {
		t.Error("empty and over-long values must not be cached")
	}
}

// Many goroutines share one cache (run with -race).
func TestInertCacheConcurrent(t *testing.T) {
	r := newDefault(t)
	lines := realisticLines(32)
	want := redactLines(t, newDefault(t), lines)
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		go func() {
			dec := event.NewDecoder(nil)
			for round := 0; round < 5; round++ {
				for i, l := range lines {
					var ev event.Event
					if err := dec.Decode(l, &ev); err != nil {
						errs <- err.Error()
						return
					}
					r.Event(&ev)
					if got := string(ev.JSON()); got != want[i] {
						errs <- got
						return
					}
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 4; g++ {
		if e := <-errs; e != "" {
			t.Errorf("goroutine: %s", e)
		}
	}
}
