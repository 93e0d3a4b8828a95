package rules

import (
	"sync"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
)

// Live is an Engine shared between the goroutine that feeds it events and
// those that reload its rules, checkpoint it and read its counters (vigil
// run: the rule watcher, the state checkpoint, the HTTP API). One lock
// serialises them; it is uncontended except during a reload, a snapshot or
// a read. An Engine used from one goroutine (a replay, a test) needs none
// of it.
type Live struct {
	mu sync.Mutex
	e  *Engine
	// also are given every rule set reloaded (cluster mode's two stages).
	also []func(*RuleSet)
}

// NewLive shares e. Use e only through the Live from then on.
func NewLive(e *Engine) *Live { return &Live{e: e} }

// Observe folds one event into the engine (Engine.Observe).
func (l *Live) Observe(ev *event.Event) {
	l.mu.Lock()
	l.e.Observe(ev)
	l.mu.Unlock()
}

// Advance moves the engine's watermark (Engine.Advance).
func (l *Live) Advance(watermark time.Time) []alert.Alert {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.e.Advance(watermark)
}

// Reload installs set (Engine.Reload), then hands it to every function
// given to AlsoReload, outside the lock.
func (l *Live) Reload(set *RuleSet) {
	l.mu.Lock()
	l.e.Reload(set)
	also := l.also
	l.mu.Unlock()
	for _, f := range also {
		f(set)
	}
}

// AlsoReload adds f to what Reload hands each new rule set to (evaluators
// that run the same rules elsewhere).
func (l *Live) AlsoReload(f func(*RuleSet)) {
	l.mu.Lock()
	l.also = append(l.also, f)
	l.mu.Unlock()
}

// Stats returns the engine's counters (Engine.Stats).
func (l *Live) Stats() Stats {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.e.Stats()
}

// Early is how many rule evaluations refused an event as too far ahead of
// the watermark to be windowed, summed over the rules.
func (l *Live) Early() uint64 {
	var n uint64
	for _, r := range l.Stats().Rules {
		n += r.Early
	}
	return n
}

// Snapshot encodes the engine's state (Engine.Snapshot) between two events.
func (l *Live) Snapshot() ([]byte, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.e.Snapshot()
}

// Restore loads a snapshot (Engine.Restore).
func (l *Live) Restore(data []byte) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.e.Restore(data)
}
