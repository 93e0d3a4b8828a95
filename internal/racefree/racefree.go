// Package racefree marks the tests that scripts/test runs without the race
// detector.
//
// Some tests replay hours or days of events through the rules engine, the
// deploy watcher or the whole pipeline on one goroutine or one pipeline
// worker. The detector finds nothing there and slows them several times
// over: under -race they took most of CI's time. Such a test calls Only:
// under -race it skips itself, and scripts/test runs it in a separate
// go test without -race, selected by the norace pattern there (a test in
// this package holds that pattern to the tests that call Only). The code's
// concurrency stays under the detector in the tests that exercise it.
package racefree

import "testing"

// Only skips t when the race detector is on; scripts/test runs t again
// without it.
func Only(t testing.TB) {
	t.Helper()
	if Enabled {
		t.Skip("runs without the race detector (scripts/test's norace run)")
	}
}
