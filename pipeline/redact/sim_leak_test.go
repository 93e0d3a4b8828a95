package redact_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
	"github.com/vigilops/vigil/sim"
)

// TestSimulatedStoreLeaksNothing redacts two hours of the demo's simulated
// store (the same traffic `vigil demo` plays) and looks for every PII value
// the simulator emitted. A failure prints the line around the leak with the
// leaked value itself masked as ⟦LEAK:kind⟧, never the value.
func TestSimulatedStoreLeaksNothing(t *testing.T) {
	cfg := sim.DefaultConfig()
	cfg.Seed, cfg.Rate, cfg.Duration = 1, 8, 2*time.Hour
	cfg.MalformedEvery = 0
	s := sim.New(cfg)
	var lines [][]byte
	for {
		l, _, ok := s.Next()
		if !ok {
			break
		}
		lines = append(lines, l)
	}
	var pairs []string
	for _, v := range s.PII() {
		if len(v.Value) >= 6 { // shorter values also occur in innocent text
			pairs = append(pairs, v.Value, "⟦LEAK:"+v.Kind+"⟧")
		}
	}
	mask := strings.NewReplacer(pairs...)
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	dec := event.NewDecoder(nil)
	leaks := 0
	for _, l := range lines {
		var ev event.Event
		if err := dec.Decode(l, &ev); err != nil {
			t.Fatal(err)
		}
		r.Event(&ev)
		out := string(ev.JSON())
		masked := mask.Replace(out)
		if masked == out {
			continue
		}
		if leaks++; leaks <= 5 {
			i := strings.Index(masked, "⟦LEAK:")
			t.Errorf("leak: …%s…", masked[max(0, i-120):min(len(masked), i+100)])
		}
	}
	if leaks > 0 {
		t.Errorf("%d of %d simulated lines leak PII after redaction", leaks, len(lines))
	}
}

// TestWriterIsSafeForConcurrentUse: zerolog writes from many goroutines
// without a lock of its own, so the log writer must serialise its lines
// (run with -race).
func TestWriterIsSafeForConcurrentUse(t *testing.T) {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var out lockedBuffer
	w := r.Writer(&out)
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := 0; i < 200; i++ {
				if _, err := w.Write([]byte(`{"level":"info","message":"mail from someone@example.com"}` + "\n")); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	got := out.String()
	if n := strings.Count(got, "\n"); n != 800 {
		t.Errorf("%d lines written, want 800", n)
	}
	if strings.Contains(got, "someone@example.com") {
		t.Error("an email survived the log writer")
	}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

// luhnComplete appends the Luhn check digit to body.
func luhnComplete(body string) string {
	sum := 0
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if (len(body)-1-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return body + string(rune('0'+(10-sum%10)%10))
}

// A 12-digit Maestro number is a card after a card key, and only there.
func TestTwelveDigitCardAfterCardKey(t *testing.T) {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	pan := luhnComplete("50123456789")
	for _, c := range []struct {
		in    string
		leaks bool
	}{
		{"raw callback body: card_number=" + pan + " exp=04/32", false},
		{`{"card_number":"` + pan + `"}`, false},
		{"order_number=" + pan + " shipped", true}, // an id, not a card
	} {
		out := r.String(c.in)
		if strings.Contains(out, pan) != c.leaks {
			t.Errorf("%q -> %q", c.in, out)
		}
	}
}
