//go:build race

package redact

// raceEnabled: under the race detector sync.Pool drops pooled items at
// random (on purpose), so allocation counts are not meaningful.
const raceEnabled = true
