package cluster

import "testing"

// The fence holds while the generation that ended is the source's, is
// lifted once the next one starts (said once), and asks the source
// nothing while it is down.
func TestFenceHoldsUntilTheNextGeneration(t *testing.T) {
	var f fence
	asked := 0
	gen := int32(4)
	current := func() int32 { asked++; return gen }
	if h, l := f.holding(current); h || l || asked != 0 {
		t.Fatalf("no generation ended: holding %v, lifted %v, asked %d times", h, l, asked)
	}
	f.end(4)
	if h, l := f.holding(current); !h || l {
		t.Fatalf("generation 4 ended and still current: holding %v, lifted %v", h, l)
	}
	gen = 5
	if h, l := f.holding(current); h || !l {
		t.Fatalf("generation 5 started: holding %v, lifted %v", h, l)
	}
	if h, l := f.holding(current); h || l {
		t.Fatalf("after the fence was lifted: holding %v, lifted %v", h, l)
	}
}
